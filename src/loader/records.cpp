// What the format readers share: record splitting, per-record decoding, field names, format
// detection.
#include <algorithm>
#include <cstring>

#include "loader/detail_formats.h"
#include "loader/detail_text.h"

namespace akhbar::detail {

std::string_view trim(std::string_view s) {
  auto ws = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
  while (!s.empty() && ws(s.front())) s.remove_prefix(1);
  while (!s.empty() && ws(s.back())) s.remove_suffix(1);
  return s;
}

std::string clean_field(std::string_view s) {
  std::string out = decode_entities(s);
  normalize_line_ends(out);
  return std::string(trim(out));
}

Decoded InputContext::decode_record(std::string_view raw) const {
  if (transcoded) {
    // The stream was converted to UTF-8 already; only clean-up is left.
    Decoded d = decode(raw, std::string("UTF-8"));
    d.encoding = encoding;
    return d;
  }
  if (forced || encoding.rfind("UTF-16", 0) == 0 || encoding.rfind("UTF-32", 0) == 0)
    return decode(raw, encoding);
  if (is_utf8(raw)) {
    Decoded d;
    d.encoding = "UTF-8";
    finish_utf8(raw, d.text, d.replaced, d.repairs);
    return d;
  }
  if (encoding != "UTF-8") return decode(raw, encoding);
  return decode(raw);
}

std::vector<std::string> InputContext::names_for(const std::string& field,
                                                 const std::vector<std::string>& defaults) const {
  if (auto it = options->fields.find(field); it != options->fields.end()) return {it->second};
  return defaults;
}

void InputContext::report_oversize(const std::string& where, std::uint64_t size) const {
  report(Severity::error, where,
         "record of " + std::to_string(size) + " bytes is over the size limit of " +
             std::to_string(options->max_record_bytes) + " bytes (--max-record-size), skipped");
}

void split_records(BufferedInput& in, Scanner& scanner, const InputContext& ctx,
                   const RecordHandler& handler) {
  std::string rec;
  bool oversize = false;
  std::uint64_t size = 0, line = 1, rec_line = 1, rec_offset = in.offset();
  const std::size_t max = ctx.options->max_record_bytes;
  for (;;) {
    if (ctx.cancelled()) return;
    if (in.view().empty() && !in.fill_more()) break;
    std::string_view v = in.view();
    std::size_t k = scanner.scan(v);
    std::string_view piece = k == std::string_view::npos ? v : v.substr(0, k);
    line += static_cast<std::uint64_t>(std::count(piece.begin(), piece.end(), '\n'));
    size += piece.size();
    if (k != std::string_view::npos) {
      if (oversize || size > max) {
        ctx.report_oversize(ctx.at_line(rec_line), size);
      } else if (rec.empty()) {
        handler(piece, rec_line, rec_offset, true);  // whole record in the buffer: no copy
      } else {
        rec.append(piece);
        handler(rec, rec_line, rec_offset, true);
      }
      in.consume(piece.size());
      rec.clear();
      oversize = false;
      size = 0;
      rec_line = line;
      rec_offset = in.offset();
      continue;
    }
    if (!oversize) {
      if (size > max + 4096) {  // a little slack for separators between records
        oversize = true;
        rec.clear();
        rec.shrink_to_fit();
      } else {
        rec.append(piece);
      }
    }
    in.consume(piece.size());
  }
  if (size == 0) return;
  if (oversize || size > max)
    ctx.report_oversize(ctx.at_line(rec_line), size);
  else
    handler(rec, rec_line, rec_offset, false);
}

namespace {

bool starts_with_ci(std::string_view s, std::string_view p) {
  if (s.size() < p.size()) return false;
  for (std::size_t i = 0; i < p.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[i])) != std::tolower(static_cast<unsigned char>(p[i])))
      return false;
  return true;
}

bool contains_ci(std::string_view s, std::string_view p) {
  for (std::size_t i = 0; i + p.size() <= s.size(); ++i)
    if (starts_with_ci(s.substr(i), p)) return true;
  return false;
}

// Field counts of the first few CSV records in `s` (quote-aware; the last, maybe cut, not counted).
std::vector<std::size_t> csv_shape(std::string_view s, char delim) {
  std::vector<std::size_t> counts;
  std::size_t fields = 1;
  bool quoted = false;
  for (std::size_t i = 0; i < s.size() && counts.size() < 8; ++i) {
    char c = s[i];
    if (quoted) {
      if (c == '"') quoted = false;
    } else if (c == '"') {
      quoted = true;
    } else if (c == delim) {
      ++fields;
    } else if (c == '\n') {
      counts.push_back(fields);
      fields = 1;
    }
  }
  return counts;
}

bool ends_with(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

}  // namespace

InputFormat detect_format(std::string_view sample, const std::string& path) {
  std::string_view s = sample;
  if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  s = trim(s);
  if (s.substr(0, 5) == "WARC/") return InputFormat::warc;
  if (starts_with_ci(s, "<DOC>") || s.substr(0, 5) == "<doc ") return InputFormat::trec;
  if (!s.empty() && s[0] == '<') {
    std::string_view head = s.substr(0, 4096);
    if (contains_ci(head, "<html") || contains_ci(head, "<!doctype html") || contains_ci(head, "<head") ||
        contains_ci(head, "<body"))
      return InputFormat::html;
  }
  if (!s.empty() && s[0] == '[') return InputFormat::json;
  if (!s.empty() && s[0] == '{') {
    // JSON Lines when the first line is a whole object and another object follows on the next.
    std::size_t nl = s.find('\n');
    if (nl == std::string_view::npos) return InputFormat::json;
    std::string_view first = trim(s.substr(0, nl));
    std::string_view rest = trim(s.substr(nl));
    if (first.size() >= 2 && first.back() == '}' && (rest.empty() || rest[0] == '{'))
      return InputFormat::jsonl;
    return InputFormat::json;
  }
  std::string lower = path;
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  bool csv_name = ends_with(lower, ".csv") || ends_with(lower, ".csv.gz") || ends_with(lower, ".tsv") ||
                  ends_with(lower, ".tsv.gz");
  for (char delim : {',', '\t', ';'}) {
    auto counts = csv_shape(s, delim);
    if (counts.empty()) continue;
    bool same = std::all_of(counts.begin(), counts.end(), [&](std::size_t c) { return c == counts[0]; });
    // Prose has commas too: ask for several records of one shape, or a .csv name.
    if (csv_name && delim != ';' && counts[0] >= 2) return InputFormat::csv;
    if (same && counts.size() >= 3 && counts[0] >= 3) return InputFormat::csv;
  }
  return InputFormat::text;
}

}  // namespace akhbar::detail
