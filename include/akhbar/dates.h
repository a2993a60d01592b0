#pragma once
// Date parsing for Arabic news text (ICU calendars and locale data): Gregorian month names in
// every regional naming, Hijri (Umm al-Qura) dates, numeric forms, times and zones, relative dates.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace akhbar {

// A date found in text: ISO 8601 (YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][±HH:MM]) and where it was.
struct FoundDate {
  std::string iso;
  std::size_t begin = 0;  // byte offsets of the matched expression in the input
  std::size_t end = 0;
  bool relative = false;  // "منذ 3 ساعات", "أمس": resolved against `now`
};

// Finds the first date expression in `text`. A date needs a day, a month and a year ("عام 2024",
// "يوليو 2024" and "23 يوليو" are not dates); numeric forms are day first unless the second
// number cannot be a month. A time before or after the date and its zone (GMT+3, +03:00,
// "بتوقيت القدس": the zone's offset on that day) are kept. A date next to its equivalent in the
// other calendar ("15 رجب 1442هـ 27 فبراير 2021م", "27/05/2012 م - الموافق 7-7-1433 ه") gives
// the Gregorian one and the match covers both. Relative dates ("منذ 3 ساعات", "يوم أمس", "منذ
// شهر ويومين", a bare "يومين" alone or after a label) resolve against `now` (ISO 8601) and are
// skipped when `now` is unset.
std::optional<FoundDate> find_date(std::string_view text,
                                   const std::optional<std::string>& now = std::nullopt);

// True when `text` holds a relative date expression that stands as a date: alone or after a
// label or separator ("نشر منذ 3 ساعات", "آخر تحديث: أمس 10:30"), not inside a sentence
// ("وصل الرئيس أمس إلى القاهرة").
bool has_relative_date(std::string_view text);

// A clock time in `text` ("01:40:21", "10:30 م", "09:15 GMT+3"; the first one) on the day of
// `date` (an ISO date as find_date gives it): "آخر تحديث 01:40:21" after "السبت 28 يوليوز 2012"
// is that day at that time. nullopt when `text` holds no clock time or `date` is not ISO.
std::optional<FoundDate> find_time(std::string_view text, std::string_view date);

// True when `word` (one word, any spelling: hamzas, diacritics, "Tuesday") names a day of the week.
bool is_weekday(std::string_view word);

// True when `word` (one word, any spelling) names a month of any calendar akhbar reads ("مايو",
// "أيار", "Ramadan"); two-word names ("كانون الثاني") are matched by their second word only by find_date.
bool is_month_name(std::string_view word);

// Parses a whole date field of a structured input (TREC TIME, JSON date, WARC-Date) like
// find_date; also a Unix time in seconds or milliseconds, and ISO 8601's basic day "20180226".
std::optional<std::string> parse_date_field(std::string_view text,
                                            const std::optional<std::string>& now = std::nullopt);

// The publication date written in an article's address: a path holding "/2015/07/22/",
// "/2015-07-22/", "/20150722/" (a part of the path on its own, or before "-title", ".html"),
// year 1990..`latest_year`, a real day. nullopt when there is none or two that disagree.
std::optional<std::string> url_date(std::string_view url, int latest_year);

// Converts a Hijri (Umm al-Qura) date to the Gregorian ISO date; nullopt when out of range
// (including a 30th that Umm al-Qura's month lacks; find_date reads that as the next day).
std::optional<std::string> hijri_to_gregorian(int year, int month, int day);

}  // namespace akhbar
