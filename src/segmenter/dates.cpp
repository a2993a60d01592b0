// Date parsing (first cut; the segmenter issue builds it on ICU calendars).
#include <akhbar/dates.h>

namespace akhbar {

std::optional<FoundDate> find_date(std::string_view, const std::optional<std::string>&) { return std::nullopt; }

std::optional<std::string> parse_date_field(std::string_view, const std::optional<std::string>&) {
  return std::nullopt;
}

}  // namespace akhbar
