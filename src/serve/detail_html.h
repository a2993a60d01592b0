#pragma once
// The one way scraped text enters a page: escape_html. Everything a page shows from the archive
// (titles, bodies, sources, URLs, rule names) goes through it; only the templates' own markup is
// written raw.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace akhbar::serve_detail {

// `text` safe as HTML text and as a quoted attribute value: & < > " ' become entities, control
// characters other than tab and line breaks are dropped, ill-formed UTF-8 becomes U+FFFD.
std::string escape_html(std::string_view text);
// Appends escape_html(text) to `out`.
void append_escaped(std::string& out, std::string_view text);
// `text` percent-encoded for a URL's query or path (unreserved characters kept, the rest %XX).
std::string url_encode(std::string_view text);
// An href for an address found in an article: the escaped address when it is http(s), else ""
// (javascript:, data: and other schemes are shown as text, never linked).
std::string safe_href(std::string_view url);
// A search snippet (matches between the archive's markers) as escaped HTML with <mark>s.
std::string snippet_html(std::string_view snippet);

// A link to `path` with query parameters (empty values left out), escaped for an href.
std::string link(std::string_view path, const std::vector<std::pair<std::string, std::string>>& params);

// What every page shares: the header with the search box and the navigation, the footer.
struct Layout {
  std::string title;      // the page's <title>, escaped here
  std::string query;      // the search box's value
  std::string json_href;  // the page's JSON form (already a safe href)
  std::string version;    // "akhbar 0.1.0"
};
// The whole document around `main_html` (which must already be safe HTML).
std::string page(const Layout& layout, std::string_view main_html);

}  // namespace akhbar::serve_detail
