// Walk rule "update_note": an editor's note that the story was updated ("تحديث بتاريخ 03 يوليو 2020
// 21:02: أضاف محرر الموقع إلى الخبر ما استجد", "حُيّن هذا الخبر يوم السبت 02 أكتوبر 2021", "ملاحظة
// المحرر: حُدّث هذا المنشور في ديسمبر 19, 2019 بعد ...") or a forum post's edit notice ("آخر تعديل
// بواسطة NAME في DATE") gives `updated` and is no body.
#include <akhbar/dates.h>

#include "segmenter/detail_rules.h"
#include "segmenter/detail_text.h"
#include "segmenter/thresholds.h"

namespace akhbar::detail {

namespace th = threshold;

namespace {

// Whether the line names an editor (markers: editor_word: "بواسطة", "على يد"), before the date or
// after it (MyBB: "آخر تعديل لهذه المشاركة: DATE بواسطة NAME").
bool names_editor(const Page& p, std::string_view key) {
  for (const auto& w : key_words(key))
    if (p.markers().in_list(MarkerKind::editor_word, w)) return true;
  return false;
}

// Whether the line opens with a form of "did again" (أعاد، أعادت، أُعيد، أُعيدت، أعدنا) and names the
// drafting within its next three words (صياغة، تحرير، كتابة، ضبط، ترتيب: "أعاد صاحب الدفتر ضبط بعض الجمل").
bool redrafted(std::string_view key) {
  std::vector<std::string> words = key_words(key);
  if (words.size() < 2) return false;
  bool again = false;
  for (std::string_view w : {"\xD8\xA7\xD8\xB9\xD8\xA7\xD8\xAF", "\xD8\xA7\xD8\xB9\xD8\xA7\xD8\xAF\xD8\xAA",
                             "\xD8\xA7\xD8\xB9\xD9\x8A\xD8\xAF", "\xD8\xA7\xD8\xB9\xD9\x8A\xD8\xAF\xD8\xAA",
                             "\xD8\xA7\xD8\xB9\xD8\xAF\xD9\x86\xD8\xA7"})  // اعاد اعادت اعيد اعيدت اعدنا
    again = again || words[0] == w;
  if (!again) return false;
  for (std::size_t k = 1; k < std::min<std::size_t>(words.size(), 4); ++k)
    for (std::string_view w : {"\xD8\xB5\xD9\x8A\xD8\xA7\xD8\xBA\xD9\x87", "\xD8\xAA\xD8\xAD\xD8\xB1\xD9\x8A\xD8\xB1",
                               "\xD9\x83\xD8\xAA\xD8\xA7\xD8\xA8\xD9\x87", "\xD8\xB6\xD8\xA8\xD8\xB7",
                               "\xD8\xAA\xD8\xB1\xD8\xAA\xD9\x8A\xD8\xA8"})  // صياغه تحرير كتابه ضبط ترتيب
      if (words[k] == w) return true;
  return false;
}

// Whether a word names an update (markers: update_verb, date_update), in the forms a verb takes: the
// feminine past ("حُدّثت" of حدث), an object pronoun ("عدّلها"). Arabic inflects what the lists hold once.
bool update_word(const Page& p, std::string_view w) {
  auto listed = [&](std::string_view k) {
    return !k.empty() && (p.markers().in_list(MarkerKind::update_verb, std::string(k)) ||
                          p.markers().in_list(MarkerKind::date_update, std::string(k)));
  };
  if (listed(w)) return true;
  for (std::string_view suffix : {"\xD8\xAA", "\xD9\x87\xD8\xA7", "\xD9\x87"})  // ت ها ه
    if (w.size() > suffix.size() + 4 && w.ends_with(suffix) && listed(w.substr(0, w.size() - suffix.size())))
      return true;
  return false;
}

// The line's first word, or the verbal noun after a passive's auxiliary ("تمت مراجعة المادة في DATE",
// "جرى تحديث النص"): the word that says what was done.
std::string_view deed_word(std::string_view key) {
  std::string_view first = key.substr(0, key.find_first_of(" :-|"));
  for (std::string_view aux : {"\xD8\xAA\xD9\x85", "\xD8\xAA\xD9\x85\xD8\xAA", "\xD8\xAC\xD8\xB1\xD9\x89",
                               "\xD8\xAC\xD8\xB1\xD8\xAA"})  // تم تمت جرى جرت
    if (first == aux && first.size() < key.size()) {
      std::string_view rest = key.substr(first.size() + 1);
      return rest.substr(0, rest.find_first_of(" :-|"));
    }
  return first;
}

}  // namespace

std::size_t rule_update_note(Page& p, std::size_t i) {
  Line& l = p.lines[i];
  // The page's update note that the loader gave as the update field (an HTML element classed "edited" in
  // words no label names: "عدت إلى التدوينة ونقحتها في 10 شباط 2020"), shown again in the text.
  if (p.ctx.doc.updated && !l.blank && trim_chars(l.text, "") == trim_chars(*p.ctx.doc.updated, "")) {
    p.remove(l, "date", "the input's update field, shown in the text (a note its page's markup names)");
    return i + 1;
  }
  // A date marker may have matched the label ("تحديث" of "آخر تحديث"); any other marker names the line, but for a
  // writer's verb opening a note at the publication's minute (minute_note below: "كتب فهد الموجز وأطلقه ... DATE").
  const bool author_hit = l.hit && l.hit.marker->kind == MarkerKind::author;
  if (l.hit && !author_hit && l.hit.marker->kind != MarkerKind::updated && l.hit.marker->kind != MarkerKind::published)
    return not_taken;
  if (l.blank || l.bullet || l.words > th::update_note::max_words || !has_digit(l.text)) return not_taken;
  // The words first, the date after (reading a date is the costly part, and most lines with a digit
  // name no update).
  bool opens = update_word(p, deed_word(l.key));
  // "أعاد المكتب صياغة البرقية DATE", "أُعيدت صياغة فقرات منه في DATE": a form of "did again" with the
  // drafting named within two words is an update's label too, its date a few words on.
  // Only a short line with no sentence's end, in the top matter (under a deck or a credit row) or closing
  // the text: "أعاد البرلمان كتابة الدستور في DATE." opens a story.
  const bool redraft = l.words <= th::update_note::redraft_max_words && !ends_sentence(l) && redrafted(l.key) &&
                       (in_top_matter(p) || p.next_nonblank(i + 1) >= p.lines.size());
  // Otherwise where editors put a note: above the text, or as its last line, naming the story itself
  // and an update; in the text a sentence may well quote "هذا الخبر" beside a date.
  bool top = p.state.body_lines == 0;
  bool last = p.next_nonblank(i + 1) >= p.lines.size();
  // Or closing the text above a line or two that are no paragraph of it (a repost note, a platform's "Last edited
  // by" stamp): short, no sentence's end, no day but the publication's (a schedule's rows "مراجعة ملفات الشهر - الاثنين
  // 27 يوليو 2015" are each dated).
  auto dated = [&](const Line& o) {
    if (!has_digit(o.text)) return false;
    auto od = find_date(o.text, p.ctx.now);
    // (The post's own stamp under the note, "posted 3/1/2018 at 11:07 AM", is dated on the publication's day.)
    return od && !od->relative &&
           !(p.article.published && day_number(od->iso) == day_number(*p.article.published));
  };
  // (Only a short line of a dated story is such a note: most lines are neither, and the lines after them go unread.)
  bool closing = !last && p.article.published && l.words <= th::update_note::later_note_max_words;
  {
    std::size_t after = 0;
    for (std::size_t k = p.next_nonblank(i + 1); closing && k < p.lines.size(); k = p.next_nonblank(k + 1))
      closing = ++after <= th::update_note::closing_max_lines && p.lines[k].words <= th::update_note::later_note_max_words &&
                !ends_sentence(p.lines[k]) && !dated(p.lines[k]);
  }
  // A note that opens with the update verb may stand anywhere ("عدّل NAME هذا المقال بتاريخ DATE", a
  // portal's notice under the summary).
  bool named = (top || last || opens) && p.names_the_story(l.key) &&
               p.has_listed_word(key_words(l.key), MarkerKind::update_verb);
  // A forum post's edit notice: its label (a date marker), the editor, then the date ("آخر تعديل
  // بواسطة NAME في DATE، عدل مرتين"); a sentence opening with "آخر تعديل" names no editor.
  bool notice = l.hit && l.hit.begin == 0 && l.hit.marker->kind == MarkerKind::updated && names_editor(p, l.key);
  // Above the text or closing it, a short line naming the story and dated after the story's own day is
  // its update, whatever verb it takes ("مرّ المحررون على النص ثانيةً يوم 4 جوان 2024", "ألحقتُ بالتدوينة
  // سطوراً جديدة في ..."): a text does not date itself after it was published.
  // So is one opening with, or holding, an update word ("جرى تصويب الوصف المرافق للمقطع يوم DATE", "حُدّثت صفحة
  // الوثيقة في DATE").
  const bool later_note = (top || last || closing) && p.article.published && l.words <= th::update_note::later_note_max_words &&
                          (p.names_the_story(l.key) || opens || redraft ||
                           p.has_listed_word(key_words(l.key), MarkerKind::update_verb));
  // A short line above the text or closing it that dates the update the input already gave (the page's
  // metadata) is its note, whatever its words ("رجعتُ لاحقاً فأصلحت مواضع منها يوم 2 مايو 2022").
  const bool known_update = (top || last) && p.article.updated && p.article.published &&
                            l.words <= th::update_note::later_note_max_words;
  // Above the text or closing it, a short line naming the text itself that dates its arrival, no update word in
  // it, when nothing has dated the story ("دخلت الصفحةُ ويكي المكتب في DATE", "أودعنا هذه المذكرة في المجلد يوم
  // DATE"): the publication's own line, whatever its verb.
  const bool first_note = (top || last) && !l.hit && !p.article.published && !opens && !redraft &&
                          l.words <= th::update_note::later_note_max_words && p.names_the_story(l.key) &&
                          !p.has_listed_word(key_words(l.key), MarkerKind::update_verb);
  // Above the text or closing it, a short line whose one date, with its clock, is the publication's very minute (in
  // the input's zone, or the page's clock of the input's UTC time: "دوّنها يوسف في الدفتر الثلاثاء 19 مارس 2024،
  // 00:20" beside "2024-03-18T21:20:00Z") is the publication's own line, whatever its words.
  const bool minute_note = (top || last) && (!l.hit || author_hit) && p.article.published &&
                           l.words <= th::update_note::later_note_max_words && l.text.find(':') != std::string::npos;
  // Above the text or closing it, a short line with no sentence's end whose date closes it after a comma, the way a
  // stamp is signed ("استبدلت الخلاصة صفحة العدد بطبعة مصحّحة، 8 أبريل 2018"), is a note of its own; dated after the
  // story, its update, whatever its words (checked below, once the date is read). A story's own last sentence ends.
  const bool stamp = (top || last || closing) && p.article.published && !l.hit && !ends_sentence(l) &&
                     l.words <= th::update_note::later_note_max_words && (l.text.find("\xD8\x8C") != std::string::npos ||
                                                                          l.text.find(',') != std::string::npos);  // ، ,
  if (author_hit && !minute_note) return not_taken;
  if (!opens && !named && !notice && !redraft && !later_note && !known_update && !first_note && !minute_note && !stamp)
    return not_taken;
  auto d = find_date(l.text, p.ctx.now);
  if (!d || d->relative) return not_taken;
  const bool stamp_only = stamp && !opens && !named && !notice && !redraft && !later_note && !known_update &&
                          !first_note && !minute_note;
  if (stamp_only) {
    // The date ends the line (a period aside) and a comma stands right before it; one date.
    std::string_view before = trim_chars(std::string_view(l.text).substr(0, d->begin), "");
    std::string_view after = trim_chars(std::string_view(l.text).substr(d->end), "");
    if (!(after.empty() || after == ".") || !(before.ends_with("\xD8\x8C") || before.ends_with(',')) ||
        find_date(std::string_view(l.text).substr(0, d->begin), p.ctx.now))
      return not_taken;
  }
  if (minute_note) {
    const std::string& pub = *p.article.published;
    // (The clock may stand a few words after the date: "بغداد، الاثنين 18 آذار 2024 — وضعه فريق الدليل على الموقع
    // الساعة 14:16".)
    std::string at = d->iso;
    if (at.size() == 10)
      if (auto t = find_time(std::string_view(l.text).substr(d->end), at)) at = t->iso;
    const bool same_minute = at.size() >= 16 && pub.size() >= 16 && pub.compare(0, 16, at, 0, 16) == 0;
    // (After a writer's verb, a note's words before its date, not a byline's name: "كتب: محمد علي - DATE" credits
    // the writer, whom the bylines rule reads.)
    const bool note_words = !author_hit || count_words(std::string_view(l.text).substr(0, d->begin)) >=
                                               th::update_note::credit_note_min_words;
    if (note_words && (same_minute || (at.size() > 10 && zone_offset(pub, at))) &&
        !find_date(std::string_view(l.text).substr(d->end), p.ctx.now)) {
      p.fill(Field::published, at, "update_note");  // the page's local day over the input's UTC one
      p.remove(l, "date", "the publication's own line (" + at + ": the published minute)");
      return i + 1;
    }
    if (author_hit || (!opens && !named && !notice && !redraft && !later_note && !known_update && !first_note))
      return not_taken;
  }
  if (first_note && !named && !notice) {
    // One date only, with its year (not a day the text talks about: "هذه الصفحة عن أحداث 5 يونيو" names none); and
    // no label's colon before it, which the date rules read ("تاريخ دخول الخبر: NAME في الدليل DATE" names an editor).
    if (find_date(std::string_view(l.text).substr(d->end), p.ctx.now) || d->iso.size() < 10) return not_taken;
    if (std::size_t colon = l.text.find(':'); colon != std::string::npos && colon < d->begin) return not_taken;
    p.fill(Field::published, d->iso, "update_note");
    p.remove(l, "date", "a note naming the text that dates its arrival (published=" + d->iso + ")");
    return i + 1;
  }
  bool later = false;
  if (later_note || known_update || stamp_only) {
    auto note_day = day_number(d->iso), story_day = day_number(*p.article.published);
    later = note_day && story_day && *note_day > *story_day &&
            (later_note || stamp_only || note_day == day_number(*p.article.updated));
  }
  // A label: the update word opens the line and a colon or the date follows within a few words
  // ("تحديث:", "تحديث بتاريخ DATE:", "تحديث 1 يوليو 2021:"), wherever the note sits; "تحديث أنظمة
  // الدفاع ..." opens a sentence.
  bool label = opens && (count_words(std::string_view(l.text).substr(0, d->begin)) <= th::update_note::label_max_words ||
                         count_words(std::string_view(l.text).substr(0, l.text.find(':'))) <= th::update_note::label_max_words);
  const bool redraft_label =
      redraft && count_words(std::string_view(l.text).substr(0, d->begin)) <= th::update_note::redraft_label_max_words;
  if (!label && !named && !notice && !redraft_label && !later) return not_taken;
  // A second date in the note makes it something else (a range, a timeline).
  if (find_date(std::string_view(l.text).substr(d->end), p.ctx.now)) return not_taken;
  // Nor is a note dated before the story's publication its update (a wiki's "page added on DATE" line under a
  // last-edit stamp read as the publication).
  if (const auto& pub = p.article.published) {
    auto note_day = day_number(d->iso), story_day = day_number(*pub);
    if (note_day && story_day && *note_day < *story_day) return not_taken;
  }
  // A note dated at the very minute of publication, in the page's zone or the input's ("أضيف الخبر إلى الموقع
  // 3 أبريل 2024 الساعة 21:46" beside "2024-04-03T18:46:00Z"), is the publication's own line: no update.
  if (const auto& pub = p.article.published;
      pub && d->iso.size() > 10 && (pub->starts_with(d->iso) || zone_offset(*pub, d->iso))) {
    p.remove(l, "date", "the publication's own line (" + d->iso + ": the published moment)");
    return i + 1;
  }
  p.fill(Field::updated, d->iso, "update_note");
  p.remove(l, "date", "an editor's note that the story was updated (updated=" + d->iso + ")");
  p.take_box_heading(l, "date");
  return i + 1;
}

}  // namespace akhbar::detail
