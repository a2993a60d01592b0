// Pass "closing_signature": a person's name as the last body line is the author (step 6).
#include "segmenter/detail_rules.h"
#include "segmenter/detail_text.h"
#include "segmenter/thresholds.h"

namespace akhbar::detail {

namespace th = threshold;

namespace {

// A signature's name: it opens with a given name or an honorific, holds no function word, and
// its surname is named neither in the title nor in the text above it (unless it is the byline's name).
bool is_name(Page& p, std::size_t at, const std::string& key) {
  std::vector<std::string> words = key_words(key);
  if (words.size() < static_cast<std::size_t>(th::person::min_words) || !p.markers().opens_with_name(key))
    return false;
  for (const auto& w : words)
    if (p.function_word(w)) return false;
  const std::string& family = words.back();
  if (letter_count(family) < th::person::surname_min_letters) return false;
  // A lineage name's kin share its family name ("امحمد ولد أحمديور" in an essay signed "عز الدين بن كراي بن
  // أحمديور"): a long one is told by its last link, the lineage word and the family name together.
  std::string surname = family;
  if (words.size() >= th::signature::lineage_min_words &&
      p.markers().in_list(MarkerKind::lineage_word, words[words.size() - 2]))
    surname = words[words.size() - 2] + " " + family;
  // The byline's name signed again under the text.
  if (p.article.author && fold_key(p.ctx.normalizer.search(*p.article.author)) == key) return true;
  if (p.article.title && mentions_word(fold_key(p.ctx.normalizer.search(*p.article.title)), surname)) return false;
  for (std::size_t k = 0; k < at; ++k)
    if (!p.lines[k].blank && mentions_word(p.lines[k].key, surname)) return false;
  return true;
}
bool is_name(Page& p, std::size_t at) { return is_name(p, at, p.lines[at].key); }

// "الوطن – محمد منار حميجو": the paper or the town (at most two words, no digit), a spaced dash, then
// the writer's name; where the name starts in the line's text (npos when the line is not so).
std::size_t name_after_dash(Page& p, std::size_t at) {
  const std::string& t = p.lines[at].text;
  for (std::string_view dash : {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "}) {  // - – —
    std::size_t d = t.find(dash);
    if (d == std::string::npos || t.find(dash, d + 1) != std::string::npos) continue;
    std::string_view head = trim_chars(std::string_view(t).substr(0, d), "");
    if (head.empty() || count_words(head) > th::signature::outlet_max_words || has_digit(head)) return std::string::npos;
    std::size_t from = d + dash.size();
    if (is_name(p, at, p.key_of(std::string_view(t).substr(from)))) return from;
  }
  // "شعر : صلاح الكبيسي" (a poem's credit, often bulleted): the kind of piece (genre_word), a colon, the name.
  if (std::size_t colon = t.find(':'); colon != std::string::npos) {
    std::string head = p.key_of(trim_chars(std::string_view(t).substr(0, colon), "-*"));
    std::size_t from = t.find_first_not_of(' ', colon + 1);
    if (from != std::string::npos && p.markers().in_list(MarkerKind::genre_word, head) &&
        is_name(p, at, p.key_of(std::string_view(t).substr(from))))
      return from;
  }
  return std::string::npos;
}

}  // namespace

// A person's name closing the text ("شكري بن منصور"): the writer's signature. The same tests
// as a name above the lead: a given name or honorific first, no function word, and a surname
// that the title and the text do not mention. A signature may carry the writer's full name
// ("الدكتور/ عبد العزيز بن عبد الله الأحمد") and, under it, a line or two of the writer's posts
// ("أستاذ التوجيه والإرشاد النفسي"): short lines without a sentence's end, closing the text too.
void rule_closing_signature(Page& p) {
  if (p.state.body_line.size() < 2) return;  // a text and its signature
  for (std::size_t k = p.state.body_line.back() + 1; k < p.lines.size(); ++k)
    if (!p.lines[k].blank && !p.lines[k].label.empty() && !p.lines[k].removed) return;
  // A credit ("X – NAME", "شعر : NAME") may carry the scrape's list sign; a bare name may not.
  auto short_plain = [&](const Line& l, int max_words, bool credit = false) {
    return !l.hit && (credit || !l.bullet) && l.words >= 1 && l.words <= max_words && headline_like(l, max_words) &&
           !has_digit(l.text) && l.text.find_first_of("\"'()?!") == std::string::npos &&
           l.text.find("؟") == std::string::npos && l.text.find("..") == std::string::npos &&
           l.text.find('@') == std::string::npos;  // a reader's contact line, not a signature
  };
  // The name is the last body line, or one of the last few when only post lines follow it; or the
  // last line is "PAPER – NAME" (the name from `from` on).
  std::size_t n = p.state.body_line.size();
  std::size_t posts = 0;
  std::size_t from = is_name(p, p.state.body_line[n - 1]) ? std::string::npos : name_after_dash(p, p.state.body_line[n - 1]);
  if (from == std::string::npos) {
    from = 0;
    for (; posts < th::signature::max_post_lines && posts + 2 < n; ++posts)
      if (is_name(p, p.state.body_line[n - 1 - posts])) break;
    if (posts > 0)
      for (std::size_t k = 0; k < posts; ++k)
        if (!short_plain(p.lines[p.state.body_line[n - 1 - k]], th::signature::post_max_words)) return;
  }
  Line& l = p.lines[p.state.body_line[n - 1 - posts]];
  if (!short_plain(l, th::signature::name_max_words, from > 0) || l.words < th::person::min_words ||
      (from == 0 && !is_name(p, p.state.body_line[n - 1 - posts])))
    return;
  // The part before the dash is the paper's or the town's: read as a credit's.
  if (from > 0)
    if (auto c = read_credit(std::string_view(l.text).substr(0, from), p.markers(), p.ctx.normalizer, false))
      p.fill(Credit{c->place, c->agency, {}, {}}, "closing_signature");
  p.state.at = l.no;
  // "الدكتور/ عبد العزيز الأحمد": a title written as a label before the name is not the name.
  std::string_view name = trim_chars(std::string_view(l.text).substr(from), "-*:/_()|");
  if (std::size_t slash = name.find('/'); slash != std::string_view::npos && name.substr(0, slash).find(' ') == std::string_view::npos)
    name = trim_chars(name.substr(slash + 1), " ");
  // "نوف بنت طلال - مذيعة قناة الإخبارية", "عبد العزيز القبيِّل - عنيزة": the post or the town after a
  // spaced dash is not the name.
  for (std::string_view dash : {" - ", " – ", " — "})
    if (std::size_t at = name.find(dash); at != std::string_view::npos) name = trim_chars(name.substr(0, at), " ");
  p.fill(Field::author, std::string(name), "closing_signature");
  std::size_t name_at = n - 1 - posts;
  for (std::size_t k = name_at; k < n; ++k) {
    Line& s = p.lines[p.state.body_line[k]];
    p.article.removed.push_back({"author", s.text});
    p.label_removed(s, "author",
                    k == name_at ? "a person's name closing the text (a signature; opens with a given name, not "
                                   "named in the text)"
                                 : "the writer's post under the closing signature");
  }
  p.article.body.resize(p.article.body.size() - (posts + 1));
  p.state.body_line.resize(name_at);
}

}  // namespace akhbar::detail
