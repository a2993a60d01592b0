// Query strings (detail_query.h).
#include <akhbar/text.h>

#include "serve/detail_query.h"

namespace akhbar::serve_detail {
namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

Result<std::string> decode(std::string_view part) {
  std::string out;
  out.reserve(part.size());
  for (std::size_t i = 0; i < part.size(); ++i) {
    char c = part[i];
    if (c == '+') {
      out += ' ';
    } else if (c == '%') {
      int hi = i + 1 < part.size() ? hex_value(part[i + 1]) : -1;
      int lo = i + 2 < part.size() ? hex_value(part[i + 2]) : -1;
      if (hi < 0 || lo < 0)
        return Error{"malformed query string: bad escape '" + std::string(part.substr(i, 3)) + "'", {}};
      out += static_cast<char>(hi * 16 + lo);
      i += 2;
    } else {
      out += c;
    }
  }
  for (std::size_t i = 0; i < out.size();) {
    auto c = static_cast<unsigned char>(out[i]);
    if (c < 0x20 || c == 0x7f) return Error{"malformed query string: a control character", {}};
    std::size_t start = i;
    char32_t cp = next_code_point(out, i);
    if (cp == 0xFFFD && out.compare(start, i - start, "\xEF\xBF\xBD") != 0)
      return Error{"malformed query string: not UTF-8", {}};
  }
  return out;
}

bool digits(std::string_view s) {
  if (s.empty() || s.size() > 9) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

}  // namespace

Result<Params> parse_query_string(std::string_view query) {
  Params out;
  while (!query.empty()) {
    auto amp = query.find('&');
    std::string_view part = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    if (part.empty()) continue;
    auto eq = part.find('=');
    auto name = decode(part.substr(0, eq));
    if (!name) return name.error();
    auto value = decode(eq == std::string_view::npos ? std::string_view() : part.substr(eq + 1));
    if (!value) return value.error();
    out.emplace_back(std::move(*name), std::move(*value));
  }
  return out;
}

std::string param(const Params& params, std::string_view name) {
  for (auto it = params.rbegin(); it != params.rend(); ++it)
    if (it->first == name) return it->second;
  return {};
}

Filters SearchRequest::filters() const {
  Filters f;
  if (!source.empty()) f.source = source;
  if (!since.empty()) f.since = since;
  if (!until.empty()) f.until = until;
  f.limit = per_page;
  f.offset = (page - 1) * per_page;
  return f;
}

Params SearchRequest::params(std::int64_t page_no) const {
  Params p{{"q", q}, {"source", source}, {"since", since}, {"until", until}};
  if (page_no > 1) p.emplace_back("page", std::to_string(page_no));
  if (per_page != 20) p.emplace_back("n", std::to_string(per_page));
  return p;
}

Result<std::int64_t> read_page(const Params& params) {
  std::string page = param(params, "page");
  if (page.empty()) return std::int64_t{1};
  if (!digits(page) || std::stoll(page) < 1) return Error{"page: not a page number: '" + page + "'", {}};
  return std::stoll(page);
}

Result<SearchRequest> read_search(const Params& params) {
  SearchRequest r;
  r.q = param(params, "q");
  // Surrounding spaces are the form's, not the query's.
  while (!r.q.empty() && r.q.back() == ' ') r.q.pop_back();
  while (!r.q.empty() && r.q.front() == ' ') r.q.erase(0, 1);
  if (r.q.size() > max_query_bytes)
    return Error{"q: the query is longer than " + std::to_string(max_query_bytes) + " bytes", {}};
  r.source = param(params, "source");
  r.since = param(params, "since");
  r.until = param(params, "until");
  for (auto [name, value] : {std::pair{"since", &r.since}, std::pair{"until", &r.until}})
    if (!value->empty() && !valid_filter_date(*value))
      return Error{
          std::string(name) + ": not a date: '" + *value + "' (expected YYYY, YYYY-MM or YYYY-MM-DD)", {}};
  if (!r.since.empty() && !r.until.empty()) {
    auto n = std::min(r.since.size(), r.until.size());
    if (r.since.substr(0, n) > r.until.substr(0, n))
      return Error{"since " + r.since + " is after until " + r.until, {}};
  }
  auto page = read_page(params);
  if (!page) return page.error();
  r.page = *page;
  std::string n = param(params, "n");
  if (!n.empty()) {
    if (!digits(n) || std::stoll(n) < 1 || std::stoll(n) > max_per_page)
      return Error{"n: results per page must be 1 to " + std::to_string(max_per_page) + ": '" + n + "'", {}};
    r.per_page = std::stoll(n);
  }
  // Far pages cost a scan: 10,000 results is as deep as paging goes (the JSON API included).
  if ((r.page - 1) * r.per_page >= max_counted)
    return Error{"page: only the first 10,000 results can be paged to", {}};
  return r;
}

}  // namespace akhbar::serve_detail
