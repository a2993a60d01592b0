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

// Finds the first date expression in `text`; relative ones ("أمس") resolve against `now`
// (ISO 8601) and are skipped when `now` is unset. A Hijri date followed by its Gregorian
// equivalent gives the Gregorian one (and the match covers both).
std::optional<FoundDate> find_date(std::string_view text,
                                   const std::optional<std::string>& now = std::nullopt);

// True when `text` holds a relative date expression ("منذ 3 ساعات", "أمس", "قبل يومين").
bool has_relative_date(std::string_view text);

// Parses a whole date field of a structured input (TREC TIME, JSON date, WARC-Date).
std::optional<std::string> parse_date_field(std::string_view text,
                                            const std::optional<std::string>& now = std::nullopt);

// Converts a Hijri (Umm al-Qura) date to the Gregorian ISO date; nullopt when out of range.
std::optional<std::string> hijri_to_gregorian(int year, int month, int day);

}  // namespace akhbar
