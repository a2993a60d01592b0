#include "cli/output.h"

#include <sys/ioctl.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace akhbar::cli {
namespace {

bool stdout_is_terminal() { return ::isatty(STDOUT_FILENO) == 1; }

int code_point_width(UChar32 c) {
  if (c < 0) return 1;  // an invalid byte prints as one replacement character
  if (c < 0x20 || (c >= 0x7F && c < 0xA0)) return 0;
  auto type = u_charType(c);
  if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_FORMAT_CHAR) return 0;
  if (c >= 0x1160 && c <= 0x11FF) return 0;  // Hangul medial vowels and final consonants join
  auto ea = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
  return ea == U_EA_WIDE || ea == U_EA_FULLWIDTH ? 2 : 1;
}

bool is_bidi_control(UChar32 c) {
  return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2066 && c <= 0x2069);
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

void OutputOptions::add_to(CLI::App& app) {
  app.add_option("--format", format,
                 "auto (table on a terminal, else tsv), table, tsv (tab-separated, no header), or json "
                 "(one object per line)")
      ->capture_default_str()
      ->check(CLI::IsMember({"auto", "table", "tsv", "json"}));
  add_color_to(app);
}

void OutputOptions::add_color_to(CLI::App& app) {
  app.add_option("--color", color, "Colour: auto (on a terminal, unless $NO_COLOR is set), always, never")
      ->capture_default_str()
      ->check(CLI::IsMember({"auto", "always", "never"}));
}

OutputMode OutputOptions::mode() const {
  if (format == "table") return OutputMode::table;
  if (format == "tsv") return OutputMode::tsv;
  if (format == "json") return OutputMode::json;
  return stdout_is_terminal() ? OutputMode::table : OutputMode::tsv;
}

bool OutputOptions::use_color() const {
  if (color == "always") return true;
  if (color == "never") return false;
  if (const char* no = std::getenv("NO_COLOR"); no && *no) return false;
  if (const char* term = std::getenv("TERM"); term && std::strcmp(term, "dumb") == 0) return false;
  return stdout_is_terminal();
}

void FilterOptions::add_to(CLI::App& app, std::int64_t default_limit, bool with_paging) {
  limit = default_limit;
  app.add_option("--source", source,
                 "Only articles from this source (exact name, as `akhbar sources` prints it)");
  app.add_option("--since", since,
                 "Only articles published on or after this date: YYYY, YYYY-MM or YYYY-MM-DD");
  app.add_option("--until", until,
                 "Only articles published on or before this date (the whole month or year "
                 "when only YYYY-MM or YYYY is given)");
  if (!with_paging) return;
  auto* opt = app.add_option("--limit", limit,
                             default_limit < 0 ? "At most N results" : "At most N results (0: all)");
  if (default_limit >= 0) opt->capture_default_str();
  opt->check(CLI::NonNegativeNumber);
  app.add_option("--offset", offset, "Skip the first N results")->check(CLI::NonNegativeNumber);
}

Filters FilterOptions::finish() const {
  Filters f;
  for (auto [name, value] : {std::pair{"--since", &since}, std::pair{"--until", &until}}) {
    if (!value->empty() && !valid_filter_date(*value))
      throw UsageError(std::string(name) + ": not a date: '" + *value +
                       "' (expected YYYY, YYYY-MM or YYYY-MM-DD)");
  }
  if (!since.empty() && !until.empty()) {
    // Compare at the shorter precision: --since 2024-05 --until 2024 is a fine range.
    auto n = std::min(since.size(), until.size());
    if (since.substr(0, n) > until.substr(0, n))
      throw UsageError("--since " + since + " is after --until " + until);
  }
  if (!source.empty()) f.source = source;
  if (!since.empty()) f.since = since;
  if (!until.empty()) f.until = until;
  f.limit = limit == 0 ? -1 : limit;
  f.offset = offset;
  return f;
}

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  auto length = static_cast<std::int32_t>(text.size());
  for (std::int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(text.data(), i, length, c);
    width += static_cast<std::size_t>(code_point_width(c));
  }
  return width;
}

std::string truncate_to_width(std::string_view text, std::size_t width) {
  if (display_width(text) <= width) return std::string(text);
  if (width == 0) return "";
  std::size_t used = 0;
  auto length = static_cast<std::int32_t>(text.size());
  std::int32_t i = 0;
  while (i < length) {
    std::int32_t next = i;
    UChar32 c;
    U8_NEXT(text.data(), next, length, c);
    auto w = static_cast<std::size_t>(code_point_width(c));
    if (used + w > width - 1) break;  // keep one column for the ellipsis
    used += w;
    i = next;
  }
  // Marks that belong to the last kept letter stay with it.
  while (i < length) {
    std::int32_t next = i;
    UChar32 c;
    U8_NEXT(text.data(), next, length, c);
    if (code_point_width(c) != 0 || c < 0x20) break;
    i = next;
  }
  std::string out(text.substr(0, static_cast<std::size_t>(i)));
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out + "…";
}

std::string clean_cell(std::string_view text, bool for_terminal) {
  std::string out;
  out.reserve(text.size());
  auto length = static_cast<std::int32_t>(text.size());
  for (std::int32_t i = 0; i < length;) {
    std::int32_t start = i;
    UChar32 c;
    U8_NEXT(text.data(), i, length, c);
    if (c == '\t' || c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else if (c >= 0 && (c < 0x20 || (c >= 0x7F && c < 0xA0))) {
      continue;
    } else if (for_terminal && c >= 0 && is_bidi_control(c)) {
      continue;
    } else if (c < 0) {
      out += "\xEF\xBF\xBD";
    } else {
      out.append(text.data() + start, static_cast<std::size_t>(i - start));
    }
  }
  return out;
}

std::size_t terminal_width() {
  if (const char* cols = std::getenv("COLUMNS"); cols && all_digits(cols))
    return std::strtoul(cols, nullptr, 10);
  winsize ws{};
  if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  return 0;
}

std::string group_digits(std::int64_t n) {
  std::string digits = std::to_string(n < 0 ? -n : n);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return n < 0 ? "-" + out : out;
}

std::string Style::wrap(std::string_view code, std::string_view s) const {
  if (!on || s.empty()) return std::string(s);
  std::string out = "\x1b[";
  out += code;
  out += 'm';
  out += s;
  out += "\x1b[0m";
  return out;
}

void Table::print(std::FILE* out, OutputMode mode, const Style& style) const {
  std::string text;
  if (mode == OutputMode::tsv) {
    for (const auto& row : m_rows) {
      for (std::size_t c = 0; c < row.size(); ++c) {
        if (c) text += '\t';
        text += clean_cell(row[c], false);
      }
      text += '\n';
    }
    write_out(out, text);
    return;
  }
  // Clean once, then measure: widths come from what will be printed.
  std::vector<Column> columns;
  for (const auto& col : m_columns)
    if (!col.tsv_only) columns.push_back(col);
  std::vector<std::vector<std::string>> rows;
  rows.reserve(m_rows.size());
  for (const auto& row : m_rows) {
    std::vector<std::string> cells;
    for (std::size_t c = 0; c < row.size() && c < m_columns.size(); ++c) {
      if (m_columns[c].tsv_only) continue;
      std::string cell = clean_cell(row[c], true);
      if (m_columns[c].date && cell.size() > 10) cell.resize(10);
      cells.push_back(std::move(cell));
    }
    rows.push_back(std::move(cells));
  }
  std::vector<std::size_t> widths;
  for (const auto& col : columns) widths.push_back(m_header ? display_width(col.name) : 0);
  for (const auto& row : rows)
    for (std::size_t c = 0; c < row.size() && c < widths.size(); ++c)
      widths[c] = std::max(widths[c], display_width(row[c]));
  // Shrink the widest flexible column, one column at a time, until the table fits.
  if (std::size_t limit = terminal_width(); limit > 0) {
    auto total = [&] {
      std::size_t sum = widths.empty() ? 0 : 2 * (widths.size() - 1);
      for (auto w : widths) sum += w;
      return sum;
    };
    while (total() > limit) {
      std::size_t widest = widths.size();
      for (std::size_t c = 0; c < widths.size(); ++c)
        if (columns[c].flexible && widths[c] > 12 && (widest == widths.size() || widths[c] > widths[widest]))
          widest = c;
      if (widest == widths.size()) break;
      --widths[widest];
    }
  }
  auto emit_row = [&](const std::vector<std::string>& cells, bool header) {
    for (std::size_t c = 0; c < cells.size(); ++c) {
      std::string cell = truncate_to_width(cells[c], widths[c]);
      std::size_t pad = widths[c] - display_width(cell);
      bool last = c + 1 == cells.size();
      if (c) text += "  ";
      if (columns[c].numeric && !header) text.append(pad, ' ');
      text += header ? style.bold(cell) : (c == 0 ? style.cyan(cell) : cell);
      if ((!columns[c].numeric || header) && !last) text.append(pad, ' ');
    }
    text += '\n';
  };
  std::vector<std::string> names;
  for (const auto& col : columns) names.push_back(col.name);
  if (m_header) emit_row(names, true);
  for (const auto& row : rows) emit_row(row, false);
  write_out(out, text);
}

void print_json_line(std::FILE* out, const nlohmann::ordered_json& value) {
  std::string line = value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  line += '\n';
  write_out(out, line);
}

std::int64_t parse_article_id(const std::string& text) {
  if (!all_digits(text) || text.size() > 18) throw UsageError("not an article id: '" + text + "'");
  return std::stoll(text);
}

Table summary_table() {
  return Table({{"ID", true},
                {"DATE", false, false, false, true},
                {"SOURCE", false, true},
                {"TITLE", false, true},
                {"URL", false, false, true}});
}

void add_summary(Table& table, const Summary& s) {
  table.add({std::to_string(s.id), s.published.value_or(""), s.source.value_or(""), s.title.value_or(""),
             s.url.value_or("")});
}

}  // namespace akhbar::cli
