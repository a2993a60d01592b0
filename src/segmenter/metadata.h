#pragma once
// Metadata rules: datelines opening the lead, date lines (published/updated), byline lines
// ("القاهرة: فلان"), credit values ("دبي - البيان").

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "segmenter/lines.h"
#include "segmenter/markers.h"

namespace akhbar::detail {

// A dateline cut off the start of a lead paragraph.
struct Dateline {
  std::string value;  // "المستقلة", "دبي، الإمارات العربية المتحدة (CNN)", "CNN"
  std::string fragment;  // the text removed from the paragraph, separators included
  std::string rest;      // the paragraph without it
};

// Finds a dateline at the start of a lead paragraph ("القاهرة - ", "المستقلة/-", "(رويترز) -").
std::optional<Dateline> find_dateline(std::string_view text, const MarkerSet& markers,
                                      const class Normalizer& normalizer);

// What a date line gives.
struct DateLine {
  std::optional<std::string> published, updated;
  bool relative_unresolved = false;
  // Whether the updated date was a relative one ("قبل 3 ساعات") resolved against `now` ...
  bool updated_relative = false;
  // ... and the line's first other relative date, resolved so ("قبل 2 أيام" beside the writer's name):
  // it should fall on the page's own publication day, which tells whether `now` was the page's.
  std::optional<std::string> relative_witness;
  // The line's text that is neither a date, a label, a weekday nor a separator, one piece per
  // run: a byline or credit for the caller to read ("الجزائر: حميد عبد القادر", "الرياض", "واس").
  std::vector<std::string> rest;
  // SPA's own-line dateline "الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس": the known place
  // before the line's only date and the agency (known, or bracketed) after it; empty otherwise.
  std::string wire_place, wire_agency;
};

// Reads a line made of dates and date labels ("يوليو 23, 2024آخر تحديث: يوليو 23, 2024",
// "التاريخ: 10 ديسمبر 2012", "نشر في: 2024-07-23 10:30", "السبت 28 يوليوز 2012 آخر تحديث
// 01:40:21"). Labels before a date name it (تحديث/حدث/عدل/Update: the update), a label after the
// line's only date too; a label naming another event ("تاريخ التسجيل", "من مواليد") or two
// dates with no label between them (a range, a table row) make no date line. At most 3 other
// words (the label's words + 4 after a date marker), or one byline at the line's edge ("الأحد
// 16 سبتمبر 2012الجزائر: حميد عبد القادر"). nullopt when the line is not one.
// Whether `text` is a section's label, its colon and a word or three ("القسم: رياضة").
bool section_labelled(std::string_view text, const Normalizer& normalizer, const MarkerSet& markers);

std::optional<DateLine> read_date_line(const Line& line, const Normalizer& normalizer,
                                       const MarkerSet& markers, const std::optional<std::string>& now);

// "place - name", "place: name", "outlet / name - place": splits a short byline or credit value
// into two or three parts at ':' or at a dash, slash or underscore with a space on one side at
// least, or at a dash with none when it is the value's one separator and `bare_dash` ("بغداد-الصباح";
// "روستوف-اون-دون" stays whole). nullopt when there is no separator or a part is too long.
struct Byline {
  std::vector<std::string> parts;
  bool colon = false;  // the first separator is ':' ("القاهرة: فلان", also "فلان: قال كذا")
  bool bare = false;   // parted at a dash with no space ("بغداد-الصباح")
};
std::optional<Byline> split_byline(std::string_view text, bool bare_dash = false);

// "كتبه محمد علي القفصي" (SPIP's "DATE، كتبه NAME"): a credit verb (markers: author_verb) run
// straight into a name of person::min_words to person::max_words words; the name, or "" when not.
std::string credit_verb_name(std::string_view piece, const Normalizer& normalizer, const MarkerSet& markers);

// "مريم الكواري، قسم المال": where a comma tail naming the writer's desk or post (markers: desk_word,
// role_word) begins, at the comma; npos when the text has none.
std::size_t desk_tail(std::string_view text, const Normalizer& normalizer, const MarkerSet& markers);

// A credit read from a byline or a label's value: each part is a place, an agency or a person.
struct Credit {
  std::string place, agency, person;
  // The kind of piece or the label the credit opens with ("تحليل - NAME", markers: genre_word),
  // when it has one: the rest is the writer.
  std::string genre;
  bool empty() const { return place.empty() && agency.empty() && person.empty(); }
};

// Reads "القاهرة: وليد عقيلة", "عين اليوم – جدة", "دبي - البيان", "فرانس 24", "فلان".
// With `need_anchor`, a two-part text must name a known place or agency to count.
std::optional<Credit> read_credit(std::string_view text, const MarkerSet& markers,
                                  const Normalizer& normalizer, bool need_anchor);

}  // namespace akhbar::detail
