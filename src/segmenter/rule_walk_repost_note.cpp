// Walk rule "repost_note": a reposter's note naming the site the text first ran on ("منقول كما هو من
// موقع X", "أُعيد نشر المقال عن موقع X", "نُشر هذا النص أول مرة على موقع X، وننقله هنا بحروفه") is
// the page's, not the article's.
#include "segmenter/detail_rules.h"
#include "segmenter/detail_text.h"
#include "segmenter/thresholds.h"

namespace akhbar::detail {

namespace th = threshold;

namespace {

// Whether a site word ("موقع", "مدونة", "منتدى") is followed by a name on the line, the word alone
// or after "ل" ("لموقع كود"); or an outlet's word ("صحيفة", "جريدة": agency_word) where the text came
// from or first ran ("عن صحيفة عكاظ", "لصحيفة الوطن", "في صحيفة عمانية"): in "نقلتها صحيفة الغارديان"
// the paper reported a story.
bool names_a_site(const Page& p, const std::vector<std::string>& words) {
  constexpr std::string_view lam = "\xD9\x84";  // ل
  for (std::size_t k = 0; k + 1 < words.size(); ++k) {
    std::string_view w = words[k];
    bool glued = w.starts_with(lam) && w.size() > 2 * lam.size();
    std::string_view bare = glued ? w.substr(lam.size()) : w;
    if (p.markers().in_list(MarkerKind::site_word, w) || (glued && p.markers().in_list(MarkerKind::site_word, bare)))
      return true;
    // عن، من، في ("نُشرت المادة أولاً في صحيفة عمانية")
    bool from = glued || (k > 0 && (words[k - 1] == "\xD8\xB9\xD9\x86" || words[k - 1] == "\xD9\x85\xD9\x86" ||
                                    words[k - 1] == "\xD9\x81\xD9\x8A"));
    if (from && p.markers().in_list(MarkerKind::agency_word, bare)) return true;
  }
  return false;
}

// Whether only short lines that end no sentence follow line `i` (a page's footer, tags, buttons, a
// signature), besides a forum's replies: `i` closes the text. A short last paragraph ends with its
// full stop.
bool closes_the_text(const Page& p, std::size_t i) {
  for (std::size_t j = p.next_nonblank(i + 1); j < p.lines.size(); j = p.next_nonblank(j + 1)) {
    const Line& l = p.lines[j];
    // A marker's line (a credit row under the text: "نشرتها NAME الساعة ... · الرابط الثابت") is the page's too.
    if (l.hit && p.label_ok(l)) continue;
    if (!l.forum && !l.removed && (l.words > th::repost_note::after_max_words || ends_sentence(l))) return false;
  }
  return true;
}

// The key with "ل" + "ال" written as it is ("للجزيرة" -> "الجزيرة"): an outlet named after the
// preposition ("أعدت هنا نصاً للجزيرة") is the outlet.
std::string lam_to_definite(std::string_view key) {
  constexpr std::string_view lil = "\xD9\x84\xD9\x84";  // لل
  std::string out;
  for (std::size_t at = 0; at <= key.size();) {
    std::size_t end = std::min(key.find(' ', at), key.size());
    std::string_view w = key.substr(at, end - at);
    if (!out.empty()) out += ' ';
    if (w.starts_with(lil) && w.size() > lil.size() + 2)
      out.append("\xD8\xA7").append(w.substr(2));  // ا + ل...
    else
      out.append(w);
    at = end + 1;
  }
  return out;
}

}  // namespace

// A short line with a reposter's word (markers: repost_word: "منقول", "ننقله", "أُعيد", "نعيد") and a
// site word with a name after it or a known outlet, above the text or closing it → removed as the page's `source`
// note; inside the text "وقال إن الخبر منقول عن موقع إسرائيلي" is a sentence and stays.
std::size_t rule_repost_note(Page& p, std::size_t i) {
  Line& l = p.lines[i];
  // A date label may open the note ("نُشر هذا النص أول مرة على موقع ..."): with no date after it,
  // it is no date line.
  bool date_label = l.hit && (l.hit.marker->kind == MarkerKind::published || l.hit.marker->kind == MarkerKind::updated);
  if ((l.hit && !(date_label && !has_digit(l.text))) || l.words > th::repost_note::max_words) return not_taken;
  // A poster's intro above the text it reposts, announcing it with a colon and speaking to the readers
  // ("أنقل لكم هذا التقرير كما ورد بنصه:", "خبر يستحق المتابعة، أضعه بين أيديكم للنقاش:") or naming
  // the text ("نص الخبر كما نشرته الجريدة ...:"); a news lead announcing a quote ("وجاء في البيان:")
  // does neither.
  // (Above the text: no sentence of it yet; a forum's post number "#1" or a member's rating "92" may be.)
  auto above = [&] {
    for (std::size_t b : p.state.body_line)
      if (p.lines[b].words >= th::repost_note::intro_max_words / 4) return false;
    return true;
  };
  if (l.last == ':' && l.words <= th::repost_note::intro_max_words && above() &&
      (addresses_reader(l.key) || p.names_the_story(l.key))) {
    p.remove(l, "source", "a poster's intro to the text it reposts (a colon, the readers or the text named)");
    return i + 1;
  }
  if (p.state.body_lines != 0 && !closes_the_text(p, i)) return not_taken;
  std::vector<std::string> words = key_words(l.key);
  // The text's credit closing it, "النص لـ" and whose it is ("النص لموقع الحدود، والعنوان كما نشره",
  // "النص لفرانس 24، والإخراج الفني للمجلة"): no sentence, a name after the preposition (not "النص لم
  // يتغير").
  if (p.state.body_lines != 0 && !ends_sentence(l) && words.size() >= 2 && words[0] == "\xD8\xA7\xD9\x84\xD9\x86\xD8\xB5" &&
      words[1].starts_with("\xD9\x84") && letter_count(words[1]) >= 4) {  // النص ل...
    p.remove(l, "source", "the text's credit closing it (whose the text is)");
    return i + 1;
  }
  // The site may be an outlet the agency list knows ("منقول من بي بي سي عربي بتصرف"); with a date it
  // is an aggregator's syndication line ("منقول عن الشروق يوم 10 - 09 - 2012"), which rule syndication reads.
  // A note closing the text may name the text itself instead of the site ("الخبر كما بثّته موجات
  // الجوهرة، وأنقله بتصرف"); above the text such a line is the lead's own sentence.
  const bool closing = p.state.body_lines != 0 && !ends_sentence(l) && p.names_the_story(l.key);
  bool outlet = !has_digit(l.text) && (p.markers().mentions_agency(l.key) || p.markers().mentions_agency(lam_to_definite(l.key)));
  if (!p.has_listed_word(words, MarkerKind::repost_word)) {
    // Closing the text, no sentence, naming the text and where it came from, whatever the verb ("الخبر منشور في
    // صحيفة من صحف المملكة، ويُعرض هنا لتمرين التحليل", "المنشور مأخوذ كاملاً عن SaudiNewsNet"); not a label and
    // what it introduces ("رابط الخبر بصحيفة الوئام: TITLE", SaudiNewsNet's closing line, is the text's).
    if (!(closing && l.text.find(':') == std::string::npos && (names_a_site(p, words) || outlet ||
                      has_latin_word(l.text, th::repost_note::latin_site_min_letters))))
      return not_taken;
  } else if (!(names_a_site(p, words) || outlet || closing ||
                 // Closing the text with no sentence, the reposter's word and a name in Latin letters, the site's
                 // ("التعليق المرافق للصورة منقول عن SaudiNewsNet بلا حذف").
                 (p.state.body_lines != 0 && !ends_sentence(l) && l.text.find(':') == std::string::npos &&
                  has_latin_word(l.text, th::repost_note::latin_site_min_letters)))) {
    return not_taken;
  }
  p.remove(l, "source", "a reposter's note naming the site the text first ran on");
  p.take_box_heading(l, "source");
  return i + 1;
}

}  // namespace akhbar::detail
