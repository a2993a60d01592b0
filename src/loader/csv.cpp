// CSV (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes), with or without a
// header row. With a header, columns map by name like JSON fields; without one, by content:
// the longest Arabic column is the body, a URL-shaped one the url, a date-shaped one the date.
// Without a header the body column is chosen again in every row (BodyColumn below): scrapers
// that changed layout mid-file leave the first row's text column empty and fill another.
#include <algorithm>
#include <cstring>
#include <map>

#include "loader/detail_formats.h"
#include "loader/detail_text.h"

namespace akhbar::detail {
namespace {

// Ends a record at a line break outside quotes.
class CsvScanner : public Scanner {
 public:
  std::size_t scan(std::string_view d) override {
    for (std::size_t i = 0; i < d.size(); ++i) {
      char c = d[i];
      if (c == '"') {
        m_quoted = !m_quoted;
      } else if (c == '\n' && !m_quoted) {
        return i + 1;
      }
    }
    return std::string_view::npos;
  }
  bool quoted() const { return m_quoted; }

 private:
  bool m_quoted = false;
};

std::vector<std::string> parse_fields(std::string_view rec, char delim) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (std::size_t i = 0; i < rec.size(); ++i) {
    char c = rec[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < rec.size() && rec[i + 1] == '"') {
          fields.back() += '"';
          ++i;
        } else {
          quoted = false;
        }
      } else {
        fields.back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == delim) {
      fields.emplace_back();
    } else if (c != '\r' && c != '\n') {
      fields.back() += c;
    }
  }
  return fields;
}

bool looks_like_url(std::string_view s) {
  s = trim(s);
  return s.rfind("http://", 0) == 0 || s.rfind("https://", 0) == 0 || s.rfind("www.", 0) == 0 ||
         (s.size() > 1 && s[0] == '/' && s.find(' ') == std::string_view::npos);
}

bool looks_like_date(std::string_view s) {
  s = trim(s);
  auto digit = [&](std::size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; };
  return s.size() <= 40 && digit(0) && digit(1) && digit(2) && digit(3) && s.size() > 4 &&
         (s[4] == '-' || s[4] == '/');
}

// A header row names its columns: short identifier-like cells, none of them data-shaped.
bool looks_like_header(const std::vector<std::string>& cells) {
  for (const auto& c : cells) {
    std::string_view t = trim(c);
    if (t.empty() || t.size() > 40 || looks_like_url(t) || looks_like_date(t) || count_arabic_letters(t) > 0)
      return false;
    if (!std::isalpha(static_cast<unsigned char>(t[0]))) return false;
    for (char ch : t)
      if (!std::isalnum(static_cast<unsigned char>(ch)) && ch != '_' && ch != '-' && ch != ' ' && ch != '.')
        return false;
  }
  return true;
}

std::string lower(std::string_view s) {
  std::string out(trim(s));
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

// Which column holds which record field.
struct Columns {
  std::map<std::string, std::size_t> field;  // "body" → column index
  // The body column was inferred from the first row's content (no header, no --field body), so
  // it is only a preference: each row's text may sit in another column.
  bool body_per_row = false;
  std::string body_name;  // how the body column is named in messages: 'Text', 6 (1-based)
};

// The column that holds one header-less row's text. The first row's body column keeps the row
// while it holds about as much text as any other; otherwise the row's longest Arabic cell wins,
// outside the columns that hold its title, url and date, and only when it is longer than the
// title (a shorter cell is a label such as a section name, not the article).
struct BodyColumn {
  // Another column takes the row only with more than this many times the body column's Arabic
  // letters: two copies of one text differ by a few characters (the CNN Arabic file's 6th and 8th
  // columns), a teaser or a "read more" left in the body column is a small fraction of the text.
  std::size_t takeover_factor = 2;

  // The row's text column: cols.field["body"] unless another column holds the row's text.
  std::size_t choose(const std::vector<std::string>& cells, const Columns& cols) const {
    std::size_t preferred = cols.field.at("body");
    auto letters = [&](std::size_t i) { return i < cells.size() ? count_arabic_letters(cells[i]) : 0; };
    std::size_t title_letters = 0;
    if (auto t = cols.field.find("title"); t != cols.field.end()) title_letters = letters(t->second);
    std::optional<std::size_t> best;
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (i == preferred || takes_other_field(i, cols)) continue;
      std::string_view c = trim(cells[i]);
      if (looks_like_url(c) || looks_like_date(c)) continue;
      if (letters(i) > title_letters && (!best || letters(i) > letters(*best))) best = i;
    }
    if (!best || letters(*best) <= takeover_factor * letters(preferred)) return preferred;
    return *best;
  }

 private:
  static bool takes_other_field(std::size_t column, const Columns& cols) {
    return std::any_of(cols.field.begin(), cols.field.end(),
                       [&](const auto& f) { return f.first != "body" && f.second == column; });
  }
};

const std::vector<std::pair<std::string, std::vector<std::string>>>& field_defaults() {
  static const std::vector<std::pair<std::string, std::vector<std::string>>> d = {
      {"body", {"content", "text", "body", "maintext", "article", "article_text", "story", "full_text"}},
      {"title", {"title", "headline"}},
      {"url", {"url", "link", "source_url", "uri", "href"}},
      {"date",
       {"date", "date_publish", "published", "published_at", "publish_date", "pubdate", "datetime", "time"}},
      {"author", {"author", "authors", "byline", "writer"}},
      {"source", {"source", "source_domain", "site", "sitename", "publisher"}},
      {"category", {"category", "section", "cat", "topic"}},
      {"abstract", {"abstract", "summary", "description", "lead", "excerpt"}},
      {"fetched",
       {"date_download", "date_extracted", "date_crawled", "crawled_at", "fetched", "scraped_at"}}};
  return d;
}

// --field values may name a header column or give a column number (1-based).
std::optional<std::size_t> column_number(const std::string& name, std::size_t ncols) {
  if (name.empty() || !std::all_of(name.begin(), name.end(), [](unsigned char c) { return std::isdigit(c); }))
    return std::nullopt;
  std::size_t n = std::stoul(name);
  if (n == 0 || n > ncols) return std::nullopt;
  return n - 1;
}

Columns from_header(const std::vector<std::string>& header, const InputContext& ctx) {
  Columns cols;
  for (const auto& [field, defaults] : field_defaults()) {
    for (const auto& name : ctx.names_for(field, defaults)) {
      if (auto n = column_number(name, header.size())) {
        cols.field[field] = *n;
        break;
      }
      auto it = std::find_if(header.begin(), header.end(),
                             [&](const std::string& h) { return lower(h) == lower(name); });
      if (it != header.end()) {
        cols.field[field] = static_cast<std::size_t>(it - header.begin());
        break;
      }
    }
  }
  if (auto b = cols.field.find("body"); b != cols.field.end()) cols.body_name = "'" + header[b->second] + "'";
  return cols;
}

Columns from_content(const std::vector<std::string>& row, const InputContext& ctx) {
  Columns cols;
  std::size_t best_len = 0;
  for (std::size_t i = 0; i < row.size(); ++i) {
    std::string_view c = trim(row[i]);
    if (!cols.field.count("url") && looks_like_url(c)) cols.field["url"] = i;
    if (!cols.field.count("date") && looks_like_date(c)) cols.field["date"] = i;
    if (count_arabic_letters(c) > 0 && c.size() > best_len) {
      best_len = c.size();
      cols.field["body"] = i;
    }
  }
  for (std::size_t i = 0; i < row.size(); ++i) {
    std::string_view c = trim(row[i]);
    if ((!cols.field.count("body") || cols.field["body"] != i) && count_arabic_letters(c) > 0 &&
        c.size() < 400 && c.find('\n') == std::string_view::npos) {
      cols.field["title"] = i;
      break;
    }
  }
  for (const auto& [field, name] : ctx.options->fields)
    if (auto n = column_number(name, row.size())) cols.field[field] = *n;
  if (auto b = cols.field.find("body"); b != cols.field.end()) {
    cols.body_per_row = !ctx.options->fields.count("body");
    cols.body_name = std::to_string(b->second + 1);
  }
  return cols;
}

char sniff_delimiter(std::string_view first_record, const std::string& path) {
  std::size_t comma = 0, tab = 0, semi = 0;
  bool quoted = false;
  for (char c : first_record) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    comma += c == ',';
    tab += c == '\t';
    semi += c == ';';
  }
  if (path.find(".tsv") != std::string::npos && tab) return '\t';
  if (tab > comma && tab >= semi) return '\t';
  if (semi > comma && semi > tab) return ';';
  return ',';
}

}  // namespace

void read_csv(BufferedInput& in, InputContext& ctx) {
  CsvScanner scanner;
  std::int64_t index = 0;
  bool first = true;
  char delim = ',';
  std::size_t ncols = 0;
  Columns cols;
  split_records(
      in, scanner, ctx, [&](std::string_view raw, std::uint64_t line, std::uint64_t, bool complete) {
        if (first && raw.substr(0, 3) == "\xEF\xBB\xBF") raw.remove_prefix(3);
        if (trim(raw).empty()) return;
        if (!complete && scanner.quoted()) {
          ctx.report(Severity::error, kind::malformed_csv, ctx.at_line(line),
                     "malformed CSV record: unterminated quoted field, skipped");
          return;
        }
        Decoded d = ctx.decode_record(raw);
        if (first) {
          first = false;
          delim = sniff_delimiter(d.text, ctx.path);
          auto cells = parse_fields(d.text, delim);
          ncols = cells.size();
          if (looks_like_header(cells)) {
            cols = from_header(cells, ctx);
            if (!cols.field.count("body"))
              ctx.report(Severity::error, kind::csv_no_body, ctx.at_line(line),
                         "CSV header has no body column (use --field body=NAME), file skipped");
            return;
          }
          cols = from_content(cells, ctx);
          if (!cols.field.count("body")) {
            ctx.report(Severity::error, kind::csv_no_body, ctx.at_line(line),
                       "CSV without a header and no Arabic text column (use --field body=N), file skipped");
            return;
          }
        }
        if (!cols.field.count("body")) return;
        auto cells = parse_fields(d.text, delim);
        std::int64_t my_index = index++;
        if (cells.size() != ncols) {
          ctx.report(Severity::error, kind::malformed_csv, ctx.at_record(line, my_index),
                     "malformed CSV record: " + std::to_string(cells.size()) + " fields, expected " +
                         std::to_string(ncols) + ", skipped");
          return;
        }
        Document doc;
        doc.format = "csv";
        doc.input.record = my_index;
        doc.raw = std::string(raw);
        auto cell = [&](std::size_t column) -> std::optional<std::string> {
          if (column >= cells.size()) return std::nullopt;
          std::string v = clean_field(cells[column]);
          if (v.empty()) return std::nullopt;
          return v;
        };
        auto get = [&](const char* field) -> std::optional<std::string> {
          auto it = cols.field.find(field);
          if (it == cols.field.end()) return std::nullopt;
          return cell(it->second);
        };
        doc.text = (cols.body_per_row ? cell(BodyColumn{}.choose(cells, cols)) : get("body")).value_or("");
        if (doc.text.empty())
          doc.warnings.push_back(
              {kind::empty_body,
               cols.body_per_row ? "CSV row without text: no column holds its body"
                                 : "CSV row without text: its body column " + cols.body_name + " is empty"});
        doc.title = get("title");
        doc.input.url = get("url");
        doc.date = get("date");
        doc.author = get("author");
        doc.source = get("source");
        doc.category = get("category");
        doc.abstract = get("abstract");
        if (auto f = get("fetched")) doc.fetched = f;
        ctx.deliver(std::move(doc), d, ctx.at_line(line));
      });
}

}  // namespace akhbar::detail
