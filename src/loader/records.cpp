// What the format readers share: record splitting, per-record decoding, field names, format
// detection.
#include <algorithm>
#include <array>
#include <cstring>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

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
  // Trim in place: field values can be whole articles, so no second copy.
  std::string_view kept = trim(out);
  std::size_t lead = static_cast<std::size_t>(kept.data() - out.data());
  out.resize(lead + kept.size());
  out.erase(0, lead);
  return out;
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

Decoded InputContext::decode_html(std::string_view raw) const {
  Decoded d = decode_record(raw);
  if (forced || transcoded || d.encoding == "UTF-8" || d.encoding.rfind("UTF-", 0) == 0) return d;
  auto declared = html_meta_charset(raw);
  if (!declared) return d;
  auto canon = canonical_encoding_name(*declared);
  // A page that declares UTF-8 (or UTF-16) but is not: the bytes decide, as they did.
  if (!canon || *canon == d.encoding || canon->rfind("UTF-", 0) == 0 || !Converter::make(*canon)) return d;
  Decoded as_declared = decode(raw, *canon);
  // The declaration settles what detection finds close (short pages: "تونس" in windows-1256
  // reads as ISO-8859-6 "تنلس"), but not a clear win of the detected reading, which is then the
  // page's real encoding (pages that say ISO-8859-1 and are windows-1256 exist). 20 points is
  // what detection itself counts as a clear win.
  if (arabic_plausibility(as_declared.text) + 20 >= arabic_plausibility(d.text)) return as_declared;
  return d;
}

std::vector<std::string> InputContext::names_for(const std::string& field,
                                                 const std::vector<std::string>& defaults) const {
  if (auto it = options->fields.find(field); it != options->fields.end()) return {it->second};
  return defaults;
}

void InputContext::report_oversize(const Location& where, std::uint64_t size) const {
  report(Severity::error, kind::oversize_record, where,
         "record of " + std::to_string(size) + " bytes is over the size limit of " +
             std::to_string(options->max_record_bytes) + " bytes (--max-record-size), skipped");
}

namespace {

// Number of '\n' in `s`, sixteen bytes at a time.
std::uint64_t count_newlines(std::string_view s) {
  const char* p = s.data();
  std::size_t n = s.size(), i = 0;
  std::uint64_t count = 0;
#ifdef __SSE2__
  // Each compare gives -1 per newline; subtracting accumulates per-byte counts, which
  // _mm_sad_epu8 sums before they can overflow (at most 255 rounds).
  const __m128i nl = _mm_set1_epi8('\n');
  while (i + 16 <= n) {
    __m128i acc = _mm_setzero_si128();
    for (int round = 0; round < 255 && i + 16 <= n; ++round, i += 16) {
      __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
      acc = _mm_sub_epi8(acc, _mm_cmpeq_epi8(v, nl));
    }
    __m128i sums = _mm_sad_epu8(acc, _mm_setzero_si128());
    count += static_cast<std::uint64_t>(_mm_cvtsi128_si32(sums)) +
             static_cast<std::uint64_t>(_mm_cvtsi128_si32(_mm_unpackhi_epi64(sums, sums)));
  }
#endif
  for (; i < n; ++i) count += p[i] == '\n';
  return count;
}

}  // namespace

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
    line += count_newlines(piece);
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

// Field counts of the first few CSV records in `s` for each of the delimiters ',', '\t' and ';'
// (quote-aware; the last record, maybe cut, not counted). One scan serves all three: the quotes
// do not depend on the delimiter, and a prose file's first records can be all of it.
std::array<std::vector<std::size_t>, 3> csv_shapes(std::string_view s) {
  std::array<std::vector<std::size_t>, 3> counts;
  std::array<std::size_t, 3> fields = {1, 1, 1};
  static constexpr auto special = [] {
    std::array<bool, 256> t{};
    for (unsigned char c : {'"', ',', '\t', ';', '\n'}) t[c] = true;
    return t;
  }();
  bool quoted = false;
  for (std::size_t i = 0; i < s.size() && counts[0].size() < 8; ++i) {
    while (i < s.size() && !special[static_cast<unsigned char>(s[i])]) ++i;  // most of the bytes
    if (i == s.size()) break;
    char c = s[i];
    if (quoted) {
      if (c == '"') quoted = false;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      ++fields[0];
    } else if (c == '\t') {
      ++fields[1];
    } else if (c == ';') {
      ++fields[2];
    } else if (c == '\n') {
      for (std::size_t d = 0; d < 3; ++d) {
        counts[d].push_back(fields[d]);
        fields[d] = 1;
      }
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
  const auto shapes = csv_shapes(s);
  for (std::size_t d = 0; d < 3; ++d) {
    const char delim = ",\t;"[d];
    const auto& counts = shapes[d];
    if (counts.empty()) continue;
    bool same = std::all_of(counts.begin(), counts.end(), [&](std::size_t c) { return c == counts[0]; });
    // Prose has commas too: ask for several records of one shape, or a .csv name.
    if (csv_name && delim != ';' && counts[0] >= 2) return InputFormat::csv;
    if (same && counts.size() >= 3 && counts[0] >= 3) return InputFormat::csv;
  }
  return InputFormat::text;
}

}  // namespace akhbar::detail
