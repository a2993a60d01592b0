// What a link list's heading says: related stories, the same file, most read, the site's latest or picks,
// the writer's other pieces, where stories are kept. Headings are compared folded (fold_heading).


#include <algorithm>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "loader/detail_formats.h"
#include "loader/detail_html.h"


namespace akhbar::detail {

std::string fold_heading(std::string_view s) {
  std::string out;
  bool space = false;
  auto put = [&](std::string_view letter) {
    if (space && !out.empty()) out += ' ';
    space = false;
    out += letter;
  };
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    auto c1 = i + 1 < s.size() ? static_cast<unsigned char>(s[i + 1]) : 0;
    auto c2 = i + 2 < s.size() ? static_cast<unsigned char>(s[i + 2]) : 0;
    if (c == 0xEF && c1 == 0xBB && c2 >= 0xB5 && c2 <= 0xBC) {  // lam-alef ligatures (ﻷ)
      put("لا");
      i += 2;
    } else if (c == 0xD8 && (c1 == 0xA2 || c1 == 0xA3 || c1 == 0xA5)) {  // آ أ إ
      put("ا");
      ++i;
    } else if (c == 0xD9 && c1 == 0xB1) {  // ٱ
      put("ا");
      ++i;
    } else if (c == 0xD8 && c1 == 0xA9) {  // ة
      put("ه");
      ++i;
    } else if (c == 0xD9 && c1 == 0x89) {  // ى
      put("ي");
      ++i;
    } else if (c == 0xD9 && (c1 == 0x80 || (c1 >= 0x8B && c1 <= 0x92))) {  // tatweel, harakat
      ++i;
    } else if (c == 0xD9 && c1 >= 0xA0 && c1 <= 0xA9) {  // Arabic-Indic digits
      put(std::string(1, static_cast<char>('0' + (c1 - 0xA0))));
      ++i;
    } else if ((c == 0xD8 && (c1 == 0x8C || c1 == 0x9B || c1 == 0x9F)) || (c == 0xD9 && c1 >= 0xAA && c1 <= 0xAD)) {
      space = true;  // Arabic comma, semicolon, question mark, percent and separators ("الأكثر قراءة، بعدّاد الشبكة")
      ++i;
    } else if ((c == 0xD8 || c == 0xD9) && c1) {
      put(s.substr(i, 2));
      ++i;
    } else if (std::isalnum(c)) {
      put(std::string(1, static_cast<char>(std::tolower(c))));
    } else {
      if (c >= 0xC0) {  // another script's letter or a sign: a separator
        while (i + 1 < s.size() && (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80) ++i;
      }
      space = true;
    }
  }
  return out;
}

namespace {

// The words of a folded heading (fold_heading: one space between words), as views into it.
std::vector<std::string_view> words_of_folded(const std::string& h) {
  std::vector<std::string_view> words;
  for (std::size_t at = 0; at < h.size();) {
    std::size_t end = h.find(' ', at);
    if (end == std::string::npos) end = h.size();
    words.emplace_back(h.data() + at, end - at);
    at = end + 1;
  }
  return words;
}

}  // namespace

namespace {
// "في", "من", "إلى", "على", "عن" before the same thing ("من الملف ذاته", "على الدرب ذاته").
// (And "حول", about: "عروض للوحدة تدور حول الحدث ذاته".)
bool place_preposition(std::string_view w) {
  return w == "في" || w == "من" || w == "الي" || w == "علي" || w == "عن" || w == "حول";
}
// A definite noun the stories share with this one ("الملف", "الطينة", "الدرب"), not where they are kept or
// who wrote them ("من الكاتب نفسه" is the writer's list, "من القسم نفسه" the section's, "في المنتدى نفسه" the
// forum's).
bool same_story_noun(std::string_view w) {
  if (!w.starts_with("ال")) return false;
  for (std::string_view k : {"الكاتب", "الكاتبه", "المؤلف", "المحرر", "المراسل", "القسم", "الباب", "الموقع", "المصدر",
                             "التاريخ", "اليوم", "العدد", "الشهر", "الاسبوع", "الصفحه", "المنتدي", "المدونه",
                             "الصحيفه", "الجريده", "المجله", "القناه", "الركن", "الزاويه",
                             // where a user keeps what they pin or upload ("ما ثبّتته مهرة على اللوحة ذاتها")
                             "اللوحه", "الالبوم", "المعرض", "الحساب", "القائمه"})
    if (w == k) return false;
  return true;
}
}  // namespace

std::string without_permalink_mark(std::string_view heading) {
  heading = trim(heading);
  for (bool cut = true; cut;) {
    cut = false;
    for (std::string_view mark : {"\xC2\xB6", "\xC2\xA7", "#", "\xF0\x9F\x94\x97"})  // ¶ § # 🔗
      if (heading.size() > mark.size() && heading.ends_with(mark)) {
        heading = trim(heading.substr(0, heading.size() - mark.size()));
        cut = true;
      }
  }
  return std::string(heading);
}

namespace {
// What recommends a story: a verb or noun of suggesting, advising or linking ("مقالات يرشحها لك القراء").
constexpr std::string_view recommend_stems[] = {"يرشح", "ترشح", "ترشيح", "يقترح", "تقترح", "مقترح", "يوصي", "توصي", "ينصح", "تنصح", "يربط", "تربط"};

// "مراجع إضافية ألحقها المعلم بالواجب", "روابط إثرائية تتمم المادة المقررة", "موارد إضافية اقترحها الفريق",
// "مقالات ينصح المحاضر بقراءتها بعد الدرس": further reading — what there is to read first (references,
// resources, links, articles, readings), then more of it (additional, enriching) or someone recommending it.
}  // namespace

bool further_reading_heading(std::string_view heading) {
  std::string h = fold_heading(heading);
  std::vector<std::string_view> words = words_of_folded(h);
  if (words.size() < 2 || words.size() > 8) return false;
  bool material = false;
  for (std::string_view noun : {"مراجع", "موارد", "روابط", "مقالات", "قراءات", "مواد", "نصوص", "مصادر"})
    material = material || words[0] == noun;
  if (!material) return false;
  if (words[1] == "اضافيه" || words[1] == "اثرائيه" || words[1] == "مكمله") return true;
  for (std::size_t i = 1; i < words.size(); ++i) {
    for (std::string_view stem : recommend_stems)
      if (words[i].starts_with(stem)) return true;
    // (The past: "اقترحها", "نصح بها", "أوصى بها".)
    for (std::string_view stem : {"اقترح", "نصح", "اوصي", "رشح"})
      if (words[i].starts_with(stem)) return true;
  }
  return false;
}

bool names_relation(std::string_view heading) {
  std::string h = fold_heading(heading);
  // "تغطيات ذات صلة", "قصص ذات علاقة", "أخبار لها علاقة", "قراءات على صلة بالخبر", "قصص تتصل بهذا الحدث",
  // "الأخبار المتعلقة": whatever the noun, the heading says the list is about this story.
  // The indefinite forms too ("أخبار متعلقة", "أخبار مشابهة": similar stories are related ones), and
  // the masculine after a masculine noun ("محتوى مشابه", "موضوع مرتبط").
  // The phrase may end the heading or take its object after it ("مواد ذات علاقة بهذا الموضوع",
  // "أخبار متعلقة بالخبر"): one or two words starting with the preposition "ب".
  std::vector<std::string_view> words = words_of_folded(h);
  if (words.empty() || words.size() > 7) return false;
  std::size_t tail = words.size();
  // ... or the place the stories come from ("أخبار مشابهة من مصادر أخرى"): "من"/"عن"/"حول" and one
  // or two words.
  // (Or "لـ": "روابط المجموعة المقاربة لمادة الإشارة".)
  auto object = [](std::string_view w) {
    return w.rfind("ب", 0) == 0 || w.rfind("ل", 0) == 0 || w == "من" || w == "عن" || w == "حول";
  };
  if (words.size() >= 3 && words.back().rfind("ب", 0) == 0) tail = words.size() - 1;
  if (words.size() >= 4 && object(words[words.size() - 2])) tail = words.size() - 2;
  if (words.size() >= 5 && (words[words.size() - 3] == "من" || words[words.size() - 3] == "عن" ||
                            words[words.size() - 3] == "حول"))
    tail = words.size() - 3;
  for (std::size_t stop : {words.size(), tail}) {
    std::string_view head(h.data(), stop == words.size() ? h.size() : words[stop].data() - h.data() - 1);
    for (std::string_view end :
         {" ذات صله", " ذات الصله", " ذات علاقه", " ذات العلاقه", " لها علاقه", " لها صله", " ذو صله", " متصله",
          " على صله", " علي صله", " على علاقه", " علي علاقه", " تتصل", " يتصل", " ترتبط", " يرتبط", " تتعلق", " يتعلق",
          // after what the stories are ("ادعاءات فحصناها من قبل وتتصل بهذا الادعاء")
          " وتتصل", " ويتصل", " وترتبط", " ويرتبط", " وتتعلق", " ويتعلق",
          " المتصله", " قريبه الصله", " قريب الصله", " وثيقه الصله", " ملف القصه", " ملف الخبر", " ملف الحدث",
          " ذي صله", " المتعلقه", " المرتبطه", " متعلقه", " مرتبطه", " مشابهه", " المشابهه", " مماثله",
          " المماثله", " مشابه", " المشابه", " مماثل", " المماثل", " متعلق", " المتعلق", " مرتبط", " المرتبط",
          // close to it ("روابط المجموعة المقاربة لمادة الإشارة")
          " المقاربه", " مقاربه", " المقارب", " مقارب"})
      if (head.size() > end.size() && head.compare(head.size() - end.size(), end.size(), end) == 0) {
        // Up to five words; or an invitation whose last words are the stories after a preposition
        // ("امضِ في القراءة عبر مواد متصلة": read on through related pieces).
        // (`head` is the heading's first `stop` words.)
        if (stop <= 5 || place_preposition(words[stop - 3]) || words[stop - 3] == "عبر") return true;
      }
  }
  // "مواد يجمعها بهذه المادة ملف واحد", "مقالات يجمعها بهذه المقالة موضوع واحد", "بلاغات يضمها ملف واحد",
  // "يجمعه بهذا المقال وسم مشترك": one file, subject or shared tag brings them together with this story.
  if (words.size() >= 4 && (words.back() == "واحد" || words.back() == "واحده" || words.back() == "مشترك" ||
                            words.back() == "مشتركه"))
    for (std::string_view w : words)
      if (w == "يجمعها" || w == "تجمعها" || w == "يجمعه" || w == "تجمعه" || w == "يجمعهما" ||
          // "بلاغات يضمها ملف واحد": one file holds them
          w == "يضمها" || w == "تضمها" || w == "يضمه" || w == "تضمه" || w == "يضمهما")
        return true;
  // "رصدنا أيضاً مواد تتشعب عن موضوعها": a heading closing on the story's subject, case or file with the pronoun that
  // points back at the story ("its subject") after a preposition.
  if (words.size() >= 3 && words.size() <= 7 && place_preposition(words[words.size() - 2]))
    for (std::string_view noun : {"موضوعها", "موضوعه", "قضيتها", "قضيته", "ملفها", "ملفه", "سياقها", "سياقه"})
      if (words.back() == noun) return true;
  // "ملاحظات أخرى في الدفتر تقرأ معها": read along with this one (a form of reading, then "with it").
  if (words.size() >= 3 && (words.back() == "معها" || words.back() == "معه")) {
    std::string_view verb = words[words.size() - 2];
    for (std::string_view stem : {"تقرا", "يقرا", "اقرا", "تقر", "يقر", "تطالع", "يطالع"})
      if (verb.starts_with(stem)) return true;
  }
  // "في السياق نفسه", "من الملف نفسه", "في نفس الموضوع": stories from this one's context, file
  // or subject ("the same <noun>"), a heading of three words.
  auto same = [](std::string_view w) {
    return w == "نفسه" || w == "ذاته" || w == "نفسها" || w == "ذاتها" || w == "عينه" || w == "عينها";
  };
  // "مواد إعلامية في السياق ذاته", "تغطيات أخرى للقصة نفسها": a noun or two, then the same story's
  // context or the story itself ("لـ"/"بـ" and a definite noun, then نفسه/ذاته).
  // "مواد رصدها المركز في الملف نفسه": up to three words of what the items are before "في الملف نفسه".
  // (Up to seven words: "دفاتر زملائك في الورشة عن الخبر ذاته", who wrote them and where, then the relation.)
  if (words.size() >= 3 && words.size() <= 7 && same(words.back())) {
    std::string_view w = words[words.size() - 2];
    bool story = false;
    for (std::string_view noun : {"القصه", "الخبر", "الموضوع", "الحدث", "القضيه", "الملف", "السياق"})
      for (std::string_view pre : {"لل", "بال"})
        story = story || (w.size() == pre.size() + noun.size() - 4 && w.starts_with(pre) &&
                          w.substr(pre.size()) == noun.substr(4));
    if (story) return true;
    // "صفحات تحمل الوسم ذاته", "مقالات من التصنيف نفسه": stories filed under the same tag or category.
    if (w == "الوسم" || w == "الوسوم" || w == "الوسمين" || w == "التصنيف" || w == "الكلمات" || w == "الكلمه")
      return true;
    // "مواد تنتمي إلى الملف ذاته": belonging to the same file; "حكايات خرجت من الطينة ذاتها": from the same
    // clay — whatever the definite noun, unless it names where stories are kept or who wrote them ("من
    // الكاتب نفسه" is the writer's list, "من القسم نفسه" the section's).
    // "أخبار من رحم الحدث نفسه": the preposition may stand a word further off.
    if (words.size() >= 4 && same_story_noun(w) &&
        (place_preposition(words[words.size() - 3]) || (words.size() >= 5 && place_preposition(words[words.size() - 4]))))
      return true;
    // "صفحات ينسجها الخيط ذاته": a verb taking the items as its object ("ينسجها", "تجمعهم"), then the same noun.
    std::string_view verb = words[words.size() - 3];
    if (same_story_noun(w) && (verb.starts_with("ي") || verb.starts_with("ت")) &&
        (verb.ends_with("ها") || verb.ends_with("هم")) && verb.size() > 8)
      return true;
    // "تدوينات تسلك المسار ذاته": the items, then a present verb of going or taking (no object pronoun), then
    // the same noun: three words, or more when the verb's items are "other" ones where the site keeps them ("رسائل
    // أخرى على اللوحة تمس الشأن ذاته").
    const bool other_items = std::find(words.begin(), words.end(), std::string_view("اخري")) != words.end() ||
                             std::find(words.begin(), words.end(), std::string_view("اخرى")) != words.end();
    if ((words.size() == 4 || other_items) && same_story_noun(w) && (verb.starts_with("ي") || verb.starts_with("ت")) &&
        verb.size() >= (words.size() == 4 ? 8u : 6u))
      return true;
    // Or that verb as the items' second clause, after "and" ("رسائل سبقتها إلى القائمة وتتناول الشأن نفسه"): the items
    // an indefinite plural opening the heading, the verb in the feminine that such things take ("الوزير يزور المدينة
    // ويتفقد المشروع ذاته" is a headline: a definite subject, a man's verb).
    if (verb.starts_with("و") && verb.size() >= 10 && !words[0].starts_with("ال")) {
      std::string_view rest = verb.substr(std::string_view("و").size());
      if (same_story_noun(w) && rest.starts_with("ت")) return true;
    }
  }
  // "مراجعات أعضاء الرف التي تقاطعت مع هذه": a verb of meeting, then "with this" closing the heading.
  if (words.size() >= 4 && words.size() <= 8 && (words.back() == "هذه" || words.back() == "هذا") &&
      words[words.size() - 2] == "مع")
    for (std::string_view v : {"تقاطعت", "تتقاطع", "يتقاطع", "تقاطع", "التقت", "تلتقي", "يلتقي", "اشتركت", "تشترك", "يشترك"})
      if (words[words.size() - 3] == v) return true;
  // "مواد تشارك هذه موضوعها", "نصوص تقاسمه ملفه": a verb of sharing, then the story's subject, file or tale
  // with its pronoun.
  if (words.size() >= 3 && words.size() <= 6) {
    bool sharing = false;
    for (std::string_view w : words)
      for (std::string_view stem : {"تشارك", "يشارك", "تشاطر", "يشاطر", "تقاسم", "تتقاسم", "يتقاسم"})
        sharing = sharing || w.starts_with(stem);
    std::string_view last = words.back();
    bool its = last.ends_with("ها") || last.ends_with("ه");
    bool subject = false;
    for (std::string_view noun : {"موضوع", "ملف", "قصت", "حكايت", "سياق", "قضيت"}) subject = subject || last.starts_with(noun);
    // Or this story named before whatever they share of it ("وثائق رصد تقاسم هذه همّها").
    const bool this_story = words.size() >= 2 && (words[words.size() - 2] == "هذه" || words[words.size() - 2] == "هذا");
    if (sharing && its && (subject || this_story)) return true;
  }
  // "مقالات قرأناها في حلقات تشبه هذه": stories (or where they ran) resembling this one, the verb of likeness and
  // "this" closing the heading.
  if (words.size() >= 3 && words.size() <= 8 && (words.back() == "هذه" || words.back() == "هذا"))
    for (std::string_view v : {"تشبه", "يشبه", "تشابه", "يشابه", "تماثل", "يماثل"})
      if (words[words.size() - 2] == v) return true;
  // "حكايات من ذات الدفتر", "مواد في نفس الملف": the same noun named first ("ذات"/"نفس" before it).
  if (words.size() >= 4 && words.size() <= 6 && place_preposition(words[words.size() - 3]) &&
      (words[words.size() - 2] == "ذات" || words[words.size() - 2] == "نفس") && same_story_noun(words.back()))
    return true;
  // "تحققات سابقة لنا تتناول الموضوع", "مقالات حول القضية", "قصاصات تتقاطع مع هذا الموضوع": a list about
  // this story's subject (a verb or preposition of relation within the three words before it).
  if (words.size() >= 2 && words.size() <= 6) {
    std::string_view last = words.back();
    // "قصص تكمل الصورة": what the story shows (its picture, its tale, its scene) stands for it too.
    // "مقالات لي تدور حول المسألة": the matter it treats.
    bool subject = last == "الموضوع" || last == "القصه" || last == "الخبر" || last == "الحدث" || last == "القضيه" ||
                   last == "الصوره" || last == "الحكايه" || last == "المشهد" || last == "المساله";
    // "أخبار تتقاطع معه", "قصص تتصل به": the story itself named by a pronoun after the verb.
    auto pronoun_word = [](std::string_view w) { return w == "معه" || w == "معها" || w == "به" || w == "بها"; };
    const bool pronoun = pronoun_word(last);
    for (std::size_t k = words.size() - 1; (subject || pronoun) && k-- > 0 && k + 4 >= words.size();)
      for (std::string_view verb : {"تتناول", "يتناول", "تخص", "يخص", "حول", "تتقاطع", "يتقاطع", "تلتقي", "تتصل", "يتصل",
                                    "ترتبط", "يرتبط", "تتعلق", "يتعلق", "تلامس", "يلامس", "تمس", "يمس",
                                    // completing it: "قصص تكمل الصورة", "خيوط أخرى تكمل الحكاية"
                                    "تكمل", "يكمل", "تستكمل", "يستكمل", "تتمم", "يتمم",
                                    // the past: "مدونات الصحبة تناولت الموضوع"
                                    "تناولت", "تناول", "تقاطعت", "تقاطع", "التقت", "التقي", "اتصلت", "اتصل",
                                    "ارتبطت", "ارتبط", "تعلقت", "تعلق", "لامست", "لامس", "مست", "مس"})
        if (words[k] == verb && (subject || k + 2 == words.size())) return true;
    // "نصوص تشترك معه في الهمّ": a verb of sharing or meeting with the story's pronoun right after it.
    for (std::size_t k = 1; k + 1 < words.size(); ++k)
      for (std::string_view verb : {"تشترك", "يشترك", "تتقاطع", "يتقاطع", "تلتقي", "يلتقي", "تتصل", "يتصل"})
        if (words[k] == verb && pronoun_word(words[k + 1])) return true;
  }
  // "قصص تحاور هذه القصة", "تدوينات يقترحها المحرر لهذه الصفحة": stories a verb ties to this story or
  // page, named by a demonstrative; not a box asking the reader to act on it ("شارك هذه القصة").
  if (words.size() >= 3 && words.size() <= 6) {
    std::string_view dem = words[words.size() - 2], noun = words.back();
    bool demonstrative = false;
    for (std::string_view pre : {"", "ل", "ب"})
      demonstrative = demonstrative || (dem.starts_with(pre) && (dem.substr(pre.size()) == "هذه" ||
                                                                 dem.substr(pre.size()) == "هذا"));
    bool story = false;
    // "أوراق رصد تتقاطع مع هذه الورقة": a paper or a post is the piece too.
    for (std::string_view n : {"القصه", "الخبر", "المقال", "المقاله", "الصفحه", "الموضوع", "التدوينه", "الماده",
                               "التقرير", "الحدث", "النص", "الملف", "الورقه", "المنشور"})
      story = story || noun == n;
    bool act = false;
    for (std::string_view verb : {"شارك", "انشر", "علق", "اطبع", "ارسل", "قيم", "احفظ", "ابلغ", "اقرا", "استمع"})
      act = act || words[0].starts_with(verb);
    if (demonstrative && story && !act) return true;
    // "تدوينات تكمل هذه": the demonstrative standing for the story itself, after a verb.
    bool alone = noun == "هذه" || noun == "هذا";
    if (alone && !act && words.size() <= 4) return true;
    // "أوراق يتقاطع موضوعها مع هذه": "with this" after a verb of relation, a word more.
    if (alone && !act && words.size() == 5 && dem == "مع") return true;
  }
  // ... and where they come from after it ("في ذات السياق من أرشيفنا").
  if (words.size() >= 5 && words.size() <= 6 && words[3] == "من") words.resize(3);
  if (words.size() == 3 && (words[0] == "في" || words[0] == "من")) {
    // "من الكاتب نفسه" is the same writer, not the same story: the writer's list (below); "في الصفحة
    // نفسها", "من العدد نفسه", "في القسم نفسه" the same page, issue or section: where the stories are.
    auto definite = [](std::string_view w) {
      return w.rfind("ال", 0) == 0 && w.size() > 6 && w != "الكاتب" && w != "الكاتبه" && w != "المؤلف" &&
             w != "المحرر" && w != "الصفحه" && w != "العدد" && w != "القسم" && w != "الموقع" && w != "الباب";
    };
    if ((definite(words[1]) && same(words[2])) ||
        ((words[1] == "نفس" || words[1] == "ذات") && definite(words[2])))
      return true;
  }
  // "مزيد من تغطية المباراة", "تغطية الحدث": the coverage of this story's event, a heading naming
  // the coverage of a definite noun.
  if (words.size() <= 5)
    for (std::size_t i = 0; i + 1 < words.size(); ++i)
      if ((words[i] == "تغطيه" || words[i] == "تغطيات") && words[i + 1].rfind("ال", 0) == 0 &&
          i + 2 == words.size())
        return true;
  // "مرتبط بهذا التقرير", "متعلق بالخبر": the adjective first, then what the list relates to.
  if (words.size() >= 2 && words.size() <= 4 &&
      (words[0] == "مرتبط" || words[0] == "مرتبطه" || words[0] == "متعلق" || words[0] == "متعلقه") &&
      words[1].rfind("ب", 0) == 0)
    return true;
  // "تابع تطورات هذا الملف", "تسلسل أحداث القضية": the thread of this story's file, in a few words.
  if (words.size() >= 2 && words.size() <= 5) {
    std::string_view last = words.back();
    bool story = last == "القصه" || last == "الملف" || last == "القضيه" || last == "الحدث" || last == "الخبر";
    for (std::size_t k = 0; story && k + 1 < words.size(); ++k)
      if (words[k] == "تطورات" || words[k] == "تسلسل" || words[k] == "متابعه" || words[k] == "لمتابعه" ||
          words[k] == "خلفيات")
        return true;
  }
  // "لمتابعة القصة", "تسلسل الأحداث", "تطورات القصة": the story's own thread, its earlier parts.
  for (std::string_view thread : {"لمتابعه القصه", "تابع القصه", "تطورات القصه", "تسلسل الاحداث", "القصه كامله",
                                  "خلفيات القصه", "ملف القصه"})
    if (h == thread) return true;
  return false;
}

namespace {
// "الأكثر", "الأوفر", "الأعلى": an elative with the article (ال, then أ and a root of three letters,
// folded "الا" and three letters): "الأوفر حظاً من القراءة" is read most.
// The elatives of time ("الأحدث أولاً", the newest first; "الأقدم", "الأجدّ"): an order of arrival, no degree of reading.
bool recency_elative(std::string_view w) { return w == "الاحدث" || w == "الاقدم" || w == "الاجد" || w == "الاسبق"; }
// Letters of a folded word (ASCII one byte, Arabic two).
std::size_t folded_letters(std::string_view w) {
  std::size_t letters = 0;
  for (std::size_t i = 0; i < w.size(); ++letters) i += static_cast<unsigned char>(w[i]) < 0x80 ? 1 : 2;
  return letters;
}
bool elative(std::string_view w) {
  constexpr std::string_view al_alif = "الا";
  return w.starts_with(al_alif) && folded_letters(w.substr(al_alif.size())) == 3;
}
// The verbs of recommending ("يرشحها", "ترشيحات", "توصي") and of linking ("يربطها"): the site's choice for this story.
}  // namespace

bool most_read_heading(std::string_view heading) {
  std::string h = fold_heading(heading);
  // "ما يقرؤه أعضاء النادي أكثر من غيره", "أكثر ما يقرأ الزوار": "more" beside a form of reading (يقرأ،
  // يقرؤه، قرأ), a heading of up to seven words.
  {
    // Other ways to take up a story count as reading: browsing, opening, watching, listening, following,
    // drawing one's attention, going back to it ("المتصفَّح أكثر في الموقع", "يكثر الرجوع إليه هذا الأسبوع"); and readers named
    // with what they do ("ما يفتحه القراء أولاً", "ما يتابعه الزوار").
    std::vector<std::string_view> words = words_of_folded(h);
    bool more = false, read = false, readers = false;
    // An elative in construct opening the heading ("أعلى الأوراق تنزيلاً", "أوسع المقالات انتشاراً"): alif and three
    // letters before a definite noun ("أخرى", other, is no degree).
    more = words.size() >= 2 && words[0].starts_with("ا") && words[0] != "اخري" && words[1].starts_with("ال") &&
           folded_letters(words[0]) == 4;
    for (std::string_view w : words) {
      // "تصدّر قراءات سهيل", "تصدّرت مطالعات الواحة": what tops the readings is read most.
      more = more || w == "اكثر" || w == "الاكثر" || w == "يكثر" || w == "بكثره" || w == "بكثافه" || w.starts_with("تصدر") ||
             w.starts_with("يتصدر") || w.starts_with("تتصدر") || w == "المتصدر" || w == "المتصدره" || w == "صداره" ||
             w == "الصداره" || (elative(w) && !recency_elative(w)) ||
             // what is done again and again ("ما تكرر فتحه من أوراق الكراسة", "يعاد فتحه مرارا")
             w.starts_with("تكرر") || w.starts_with("يتكرر") || w == "مرارا" ||
             // what reaped the readings, a ranking by the readers' number ("تدوينات سفيان التي حصدت القراءات",
             // "ترتيب التدوينات بعدد القرّاء")
             w.starts_with("حصد") || w.starts_with("تحصد") || w.starts_with("يحصد") || w == "ترتيب" || w == "بعدد";
      // The readers, or the site's public named by what it is to the site ("أخبار يتابعها أهالي البلدة").
      const bool readers_word = w == "القراء" || w == "قراؤنا" || w == "قرائنا" || w == "الزوار" || w == "زوارنا" || w == "زوار" ||
                                w == "المتابعون" || w == "المتابعين" || w == "المستمعون" || w == "المستمعين" ||
                                w == "اهالي" || w == "الاهالي" || w == "الناس" || w == "مشتركونا" || w == "مشتركينا" ||
                                w == "المشتركون" || w == "المشتركين" || w == "مشتركو" || w == "مشتركي" ||
                                // a platform's users ("قصص يتداولها مستخدمو المنصة بكثافة")
                                w == "مستخدمو" || w == "مستخدمي" || w == "المستخدمون" || w == "المستخدمين";
      // The deed may carry the article ("يتصدر القراءات"); the readers ("القرّاء") are no deed.
      const std::string_view deed =
          w.starts_with("ال") && !readers_word ? w.substr(std::string_view("ال").size()) : w;
      bool deed_word = false;
      for (std::string_view stem : {"يقر", "قرا", "تقر", "المتصفح", "تصفح", "يتصفح", "يفتح", "فتح", "يشاهد", "شوهد", "نقرا",
                                    "يستمع", "استماع", "يتابع", "متابعه", "الرجوع", "يرجع", "زيار", "يزور",
                                    "يطالع", "مطالع", "مشاهد",
                                    // what they turn to ("الأكثر إقبالاً", "تجارب يقبل عليها زوار الاستوديو بكثرة"),
                                    // what they rush to ("عناوين يتهافت عليها مشتركو النشرة")
                                    "يقبل", "اقبال", "يتهافت", "تتهافت", "تهافت",
                                    // what drew the readers' attention or eyes ("أخبار شدّت انتباه الزوار")
                                    "انتباه", "انظار",
                                    // what the readers recommend ("مقالات يرشحها لك القراء", "ترشيحات القراء"): their picks
                                    "يرشح", "ترشح", "ترشيح",
                                    // what they download from a repository ("أعلى الأوراق تنزيلاً في الشبكة هذا الأسبوع"),
                                    // what they play ("الأكثر تشغيلاً بين مستمعي الأخبار")
                                    // (the accusative "تشغيلاً", not the noun of "قوائم تشغيل": playlists)
                                    "تنزيل", "تحميل", "تشغيلا", "يشغل"})
        deed_word = deed_word || w.starts_with(stem) || deed.starts_with(stem);
      // The reader's own deed ("فتحك", "قراءتك": your opening, your reading) ranks nothing by the public: the moment
      // of a top-stories list ("صدارة التطبيق ساعة فتحك الرابط"), a personal pick.
      const bool yours = w.size() > 4 && w.ends_with("\xD9\x83");  // ك
      read = read || (deed_word && !yours);
      readers = readers || readers_word;
    }
    // (Eight words when "more" opens it and the public is named: "أكثر القصص قراءة بين أصحاب المدونات على NewsBlur".)
    if ((more || readers) && read &&
        (words.size() <= 7 || (words.size() == 8 && (words[0] == "اكثر" || words[0] == "الاكثر"))))
      return true;
    // "يتداوله زوار البوابة اليوم", "ما تناقلته أيدي القراء طوال الأسبوع": what circulates over a day or a week
    // is ranked over that span, a most-read box; what circulates "now" ("يتداوله القرّاء الآن") trends, and so
    // does what circulates on the networks ("الأكثر تداولاً على المنصات", no public named).
    // So is what the site's own public passes around, unless "now" ("ما يتناقله جمهور الخور").
    bool circulates = false, span = false, now = false, public_ = readers;
    for (std::string_view w : words) {
      // (Exchanged too: "ما يتبادله راكبونا بكثرة".)
      for (std::string_view stem : {"تداول", "يتداول", "تتداول", "تناقل", "يتناقل", "تتناقل", "تبادل", "يتبادل", "تتبادل"})
        circulates = circulates || w.starts_with(stem);
      span = span || w == "اليوم" || w == "الاسبوع" || w == "الشهر";
      // "this hour" is now too ("يتداوله قراء المجلة الساعة").
      now = now || w == "الان" || w == "الساعه";
      // The site's members are its public ("ما ضاعفه الأعضاء تداولاً من منشورات النشرة").
      public_ = public_ || w == "جمهور" || w == "الجمهور" || w == "متابعو" || w == "زوار" || w == "قراء" || w == "الاعضاء" ||
                w == "اعضاء" ||
                // "راكبونا", "مشتركونا": a plural the site calls its own ("our riders").
                (w.size() >= 10 && w.ends_with("ونا"));
    }
    if (circulates && (span || (public_ && !now)) && words.size() <= 8) return true;
    // "منشورات استوقفت المتابعين أكثر من سواها", "أكثر ما دار بين أيدي القراء منذ مطلع الأسبوع": more, among the
    // site's readers, whatever they did.
    if (more && readers && words.size() <= 9) return true;
    // "الأكثر رواجاً بين المتابعين": a superlative among the site's readers, whatever the deed (not
    // "الأكثر تداولاً على المنصات", which names no readers: a trending box).
    if (readers && words.size() <= 6 && !words.empty() &&
        (words[0] == "الاكثر" || words[0] == "الاعلي" || words[0] == "الاوسع"))
      return true;
  }
  // "الأكثر قراءة هذا الأسبوع", "الأخبار الأكثر قراءة": a most-read box however the site words
  // around it (the markers name the bare heading only); a heading, not a sentence.
  if (std::count(h.begin(), h.end(), ' ') > 5) return false;
  // A superlative ("الأكثر", "الأعلى", "الأوسع") before what readers do with a story: "الفيديوهات الأعلى
  // مشاهدة هذا الأسبوع", "الأوسع انتشاراً بين قرائنا". Not "الأكثر تداولاً" (what circulates on the
  // networks: a trending box, as set 10's "الأكثر تداولاً على المنصات").
  std::vector<std::string_view> words = words_of_folded(h);
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    if (words[i] != "الاكثر" && words[i] != "الاعلي" && words[i] != "الاوسع") continue;
    // Not "الأكثر تعليقاً" (most commented: the comments' box, as the labels of sets 11-25 leave it).
    // (Or what is most in vogue with them: "صفحات الوكرة الأوسع رواجاً", "الأكثر شعبية".)
    for (std::string_view deed : {"قراءه", "تصفحا", "مشاهده", "زياره", "اطلاعا", "انتشارا", "مشاركه", "استماعا",
                                  "متابعه", "نقرا", "تصويتا", "رواجا", "شعبيه"})
      if (words[i + 1] == deed) return true;
  }
  return false;
}

bool recommends_for_story(std::string_view heading) {
  if (!recommended_beside_story(heading)) return false;
  std::string h = fold_heading(heading);
  for (std::string_view w : words_of_folded(h)) {
    for (std::string_view stem : recommend_stems)
      if (w.starts_with(stem)) return true;
  }
  return false;
}

bool recommended_beside_story(std::string_view heading) {
  std::string h = fold_heading(heading);
  std::vector<std::string_view> words = words_of_folded(h);
  if (words.size() < 3 || words.size() > 8) return false;
  // (A read-also label may name the story too: "اقرأ أيضاً عن هذا الموضوع" stays read-also.)
  for (std::string_view imperative : {"اقرا", "طالع", "شاهد", "انظر", "تابع", "اقراوا", "اقرؤوا", "طالعوا"})
    if (words.front() == imperative) return false;
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::string_view w = words[i];
    if (w != "هذه" && w != "هذا" && w != "بهذه" && w != "بهذا" && w != "لهذه" && w != "لهذا") continue;
    // "this day", "this week" name a moment, not the story ("من تيار المنصة لهذا اليوم").
    std::string_view next = i + 1 < words.size() ? words[i + 1] : std::string_view();
    if (next == "اليوم" || next == "الاسبوع" || next == "الشهر" || next == "العام" || next == "الصباح" ||
        next == "المساء" || next == "الموسم")
      continue;
    return true;
  }
  return false;
}

bool writers_list_heading(std::string_view heading, std::string_view author) {
  std::string h = fold_heading(heading);
  // "مقالات الكاتب", "المزيد من الكاتب", "مقالات أخرى للكاتبة", "من الكاتب نفسه": the writer's other pieces, a
  // heading of a few words naming both; "عن الكاتب" (a bio) names no pieces. The writer may be
  // named by the page's author ("المزيد من مقالات سامر الخطيب"), a name of two words or more.
  std::string name = fold_heading(author);
  bool named = std::count(name.begin(), name.end(), ' ') >= 1 && name.size() < h.size() &&
               (" " + h + " ").find(" " + name + " ") != std::string::npos;
  long extra = named ? std::count(name.begin(), name.end(), ' ') : 0;
  if (h.empty() || std::count(h.begin(), h.end(), ' ') > 4 + extra) return false;
  bool writer = named, pieces = false;
  std::size_t at = 0;
  while (at <= h.size()) {
    std::size_t end = h.find(' ', at);
    if (end == std::string::npos) end = h.size();
    std::string_view w(h.data() + at, end - at);
    for (std::string_view x :
         {"الكاتب", "للكاتب", "الكاتبه", "للكاتبه", "المؤلف", "للمؤلف", "المولف", "للمولف"})
      writer = writer || w == x;
    for (std::string_view x : {"مقالات", "المزيد", "اخرى", "كتابات", "مقالاته", "مقالاتها", "نفسه", "ذاته",
                               "نفسها", "ذاتها"})
      pieces = pieces || w == x;
    at = end + 1;
  }
  return writer && pieces;
}

bool other_stories_heading(std::string_view heading) {
  std::string h = fold_heading(heading);
  // Latest news, the editors' picks and what is trending list what the site publishes or
  // pushes, not stories about this one (the labels of tests/html/README.md leave them out).
  static const char* const exact[] = {
      "اخر الاخبار",         "احدث الاخبار",  "الاحدث",       "اخر المقالات", "الاخبار العاجله",
      "اخر الاخبار العاجله", "اخترنا لك",     "اخترنا لكم",   "ترشيحاتنا",    "مقالات مختاره",
      "الاكثر تداولا", "الاكثر رواجا", "مواضيع ساخنه", "الاخبار الرئيسيه", "اخبار اخري",
      // a link its heading says is off the story's subject
      "خارج الموضوع"};
  for (const char* e : exact)
    if (h == e) return true;
  // "مختارات اليوم السابع", "اختيارات القراء": someone's picks, whoever picked them. "مستجدات ويكي
  // الأخبار": the site's updates (but "مستجدات ذات صلة" names a relation).
  // "من شريط الوكالات", "شريط الأخبار", "عاجل": the site's ticker, whatever just came in.
  std::vector<std::string_view> words = words_of_folded(h);
  if (words.size() <= 5)
    for (std::string_view w : words)
      if (w == "شريط" || w == "عاجل") return true;
  // "كتابات المرسم الأخيرة": the site's latest pieces (not "التطورات الأخيرة", the story's own developments).
  if (words.size() >= 2 && words.size() <= 5 && (words.back() == "الاخيره" || words.back() == "الاخير") &&
      words[0] != "التطورات" && words[0] != "تطورات" && words[0] != "المستجدات" && words[0] != "مستجدات" &&
      !names_relation(heading))
    return true;
  // "جديد الأقسام الأخرى", "جديد الموقع": what is new on the site (but "جديد الملف نفسه" names a relation).
  return h.rfind("مختارات", 0) == 0 || h.rfind("اختيارات", 0) == 0 ||
         ((h.rfind("مستجدات", 0) == 0 || (!words.empty() && words[0] == "جديد")) && !names_relation(heading));
}

bool container_heading(std::string_view heading) {
  std::string h = fold_heading(heading);
  // "في عدد اليوم أيضاً", "في هذه الصفحة أيضاً": also in this issue, on this page. "المزيد من هذا
  // المصدر", "مزيد من الرياضة": more from a source, a section, a writer. "المصادر", "المراجع": the
  // text's references. Each names where the stories are kept, not what they are about.
  std::vector<std::string_view> words = words_of_folded(h);
  if (words.empty()) return false;
  for (std::string_view w : words)
    if (w == "ايضا") return true;
  if ((words[0] == "المزيد" || words[0] == "مزيد") && (words.size() == 1 || words[1] == "من")) return true;
  for (std::string_view w : {"المصادر", "مصادر", "المراجع", "مراجع"})
    if (words[0] == w) return true;
  // "روابط", "الروابط": the text's links, unless a recommendation qualifies them ("روابط مقترحة في آخر النشرة").
  if (words[0] == "روابط" || words[0] == "الروابط")
    return words.size() == 1 || std::none_of(std::begin(recommend_stems), std::end(recommend_stems),
                                             [&](std::string_view stem) { return words[1].starts_with(stem); });
  return false;
}

}  // namespace akhbar::detail
