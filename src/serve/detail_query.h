#pragma once
// The URL holds the whole query: parsing a query string into the search's parameters, strictly
// (a malformed escape or ill-formed UTF-8 is a 400, not a guess), and back.

#include <akhbar/archive.h>
#include <akhbar/result.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace akhbar::serve_detail {

// Name/value pairs in their order.
using Params = std::vector<std::pair<std::string, std::string>>;

// Splits and decodes `query` (the part after '?'): '+' is a space, %XX a byte; errors for a bad
// escape, ill-formed UTF-8 or a control character in a name or value.
Result<Params> parse_query_string(std::string_view query);
// The last value of `name`, or "".
std::string param(const Params& params, std::string_view name);

// The longest search text accepted (bytes).
inline constexpr std::size_t max_query_bytes = 1000;
// Results are counted (and paged) up to this many; a page says "more than" beyond.
inline constexpr std::int64_t max_counted = 10000;
// Most results one page shows.
inline constexpr std::int64_t max_per_page = 100;

// A search or browse request: every page's state is in its URL.
struct SearchRequest {
  std::string q, source, since, until;
  std::int64_t page = 1;  // 1-based
  std::int64_t per_page = 20;

  // The archive filters of this page.
  Filters filters() const;
  // The page's URL parameters (defaults left out), with `page` replaced by `page_no`.
  Params params(std::int64_t page_no) const;
};

// Reads q, source, since, until, page, n; errors say which parameter is wrong and why.
Result<SearchRequest> read_search(const Params& params);
// Reads a page number (1-based, the "page" parameter) for the other listings.
Result<std::int64_t> read_page(const Params& params);

}  // namespace akhbar::serve_detail
