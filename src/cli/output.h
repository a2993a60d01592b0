#pragma once
// What the query commands share: --format and --color, the archive filters (--source, --since,
// --until, --limit, --offset), and printing rows as an aligned table (stdout is a terminal),
// tab-separated values (otherwise) or JSON Lines. Arabic goes out in logical order; nothing adds
// bidi controls, and text meant for a terminal loses the control characters it carried.

#include <akhbar/archive.h>
#include <akhbar/archive_json.h>
#include <akhbar/result.h>

#include <CLI/CLI.hpp>
#include <cstdint>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "cli/common.h"

namespace akhbar::cli {

// How rows are printed.
enum class OutputMode { table, tsv, json };

// --format auto|table|tsv|json and --color auto|always|never.
struct OutputOptions {
  std::string format = "auto";
  std::string color = "auto";

  // Adds both options to `app`.
  void add_to(CLI::App& app);
  // Adds only --color (for commands whose --format means something else).
  void add_color_to(CLI::App& app);
  // table when stdout is a terminal, tsv otherwise, unless --format said which.
  OutputMode mode() const;
  // always; never; auto: stdout is a terminal, $NO_COLOR is unset and $TERM is not "dumb".
  bool use_color() const;
};

// The filters of list, search, export and duplicates.
struct FilterOptions {
  std::string source, since, until;
  std::int64_t limit = -1;
  std::int64_t offset = 0;

  // Adds --source, --since, --until, --offset, and --limit with `default_limit` (-1: none).
  void add_to(CLI::App& app, std::int64_t default_limit, bool with_paging = true);
  // Validates the dates (YYYY, YYYY-MM or YYYY-MM-DD, a real day; since not after until); throws
  // UsageError. Call in run() before touching the archive.
  Filters finish() const;
};

// The width of UTF-8 text in terminal columns: combining marks and format characters take
// none, East Asian wide and fullwidth characters two, everything else one.
std::size_t display_width(std::string_view text);
// `text` cut to at most `width` columns, ending in "…" when something was cut.
std::string truncate_to_width(std::string_view text, std::size_t width);
// Text made safe for one table cell or TSV field: tabs and line breaks become spaces, other
// control characters go; with `for_terminal`, bidi embedding/override/isolate controls and marks
// go too, so that data cannot reorder or recolour the table around it.
std::string clean_cell(std::string_view text, bool for_terminal);
// The terminal's width in columns ($COLUMNS, else the tty's size), 0 when unknown.
std::size_t terminal_width();
// 1234567 → "1,234,567".
std::string group_digits(std::int64_t n);

// SGR styling that does nothing when colour is off.
struct Style {
  bool on = false;
  std::string bold(std::string_view s) const { return wrap("1", s); }
  std::string dim(std::string_view s) const { return wrap("2", s); }
  std::string cyan(std::string_view s) const { return wrap("36", s); }
  std::string yellow(std::string_view s) const { return wrap("33", s); }
  std::string wrap(std::string_view code, std::string_view s) const;
};

// Rows printed as an aligned table (header, widths by display width, flexible columns cut to the
// terminal) or as TSV (no header, nothing cut).
class Table {
 public:
  struct Column {
    std::string name;
    bool numeric = false;   // right-aligned
    bool flexible = false;  // may be cut to fit the terminal
    bool tsv_only = false;  // printed in tsv only (long values such as URLs)
    bool date = false;      // an ISO 8601 date-time: the table shows its day only
  };
  explicit Table(std::vector<Column> columns) : m_columns(std::move(columns)) {}
  // Adds one row; it must have one cell per column.
  void add(std::vector<std::string> row) { m_rows.push_back(std::move(row)); }
  bool empty() const { return m_rows.empty(); }
  // Leaves out the header line in table mode (key/value lists).
  void hide_header() { m_header = false; }
  // Prints in `mode` (table or tsv) on `out`.
  void print(std::FILE* out, OutputMode mode, const Style& style) const;

 private:
  std::vector<Column> m_columns;
  std::vector<std::vector<std::string>> m_rows;
  bool m_header = true;
};

// Prints one JSON value as one line.
void print_json_line(std::FILE* out, const nlohmann::ordered_json& value);

// The value of a Result, or a Failure carrying its error.
template <class T>
T unwrap(Result<T>&& result) {
  if (!result) throw Failure(result.error().str());
  return std::move(result).value();
}
inline void unwrap(Result<void>&& result) {
  if (!result) throw Failure(result.error().str());
}

// Parses an article id argument ("42"); throws UsageError for anything else.
std::int64_t parse_article_id(const std::string& text);

// The rows of list, related and search results: id, published, source, title, url.
Table summary_table();
void add_summary(Table& table, const Summary& s);

}  // namespace akhbar::cli
