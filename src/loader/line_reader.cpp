// LineReader: one text input decoded and split into lines as it streams, for `akhbar normalize`.
// The decoded text is scanned for line ends sixteen bytes at a time and handed out in bulk
// (next_lines), so that reading costs little beside normalizing.
#include <akhbar/loader.h>

#include <algorithm>
#include <cstring>

#include "loader/detail_io.h"
#include "loader/detail_text.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace akhbar {
namespace {

// Offset of the first line end at or after `i` in valid UTF-8 `p[0, n)`: '\n', '\r', NEL (C2 85),
// LS or PS (E2 80 A8/A9); n when none starts there. The multi-byte ones are matched whole, since
// their lead bytes also start «», NBSP, quotes and dashes. A line end cut by `n` is not found.
std::size_t find_line_end(const unsigned char* p, std::size_t n, std::size_t i) {
#ifdef __SSE2__
  auto set1 = [](unsigned char b) { return _mm_set1_epi8(static_cast<char>(b)); };
  const __m128i nl = set1('\n'), cr = set1('\r'), c2 = set1(0xC2), x85 = set1(0x85), e2 = set1(0xE2),
                x80 = set1(0x80), a8 = set1(0xA8), a9 = set1(0xA9);
  for (; i + 18 <= n; i += 16) {
    const __m128i v0 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    // Most blocks hold no '\n', '\r', C2 or E2 at all: one test rules them out.
    __m128i any = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v0, nl), _mm_cmpeq_epi8(v0, cr)),
                               _mm_or_si128(_mm_cmpeq_epi8(v0, c2), _mm_cmpeq_epi8(v0, e2)));
    if (_mm_movemask_epi8(any) == 0) continue;
    const __m128i v1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i + 1));
    const __m128i v2 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i + 2));
    __m128i nel = _mm_and_si128(_mm_cmpeq_epi8(v0, c2), _mm_cmpeq_epi8(v1, x85));
    __m128i lsps = _mm_and_si128(_mm_and_si128(_mm_cmpeq_epi8(v0, e2), _mm_cmpeq_epi8(v1, x80)),
                                 _mm_or_si128(_mm_cmpeq_epi8(v2, a8), _mm_cmpeq_epi8(v2, a9)));
    __m128i ends =
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v0, nl), _mm_cmpeq_epi8(v0, cr)), _mm_or_si128(nel, lsps));
    if (unsigned m = static_cast<unsigned>(_mm_movemask_epi8(ends)))
      return i + static_cast<std::size_t>(__builtin_ctz(m));
  }
#endif
  for (; i < n; ++i) {
    const unsigned char b = p[i];
    if (b == '\n' || b == '\r') return i;
    if (b == 0xC2 && i + 1 < n && p[i + 1] == 0x85) return i;
    if (b == 0xE2 && i + 2 < n && p[i + 1] == 0x80 && (p[i + 2] == 0xA8 || p[i + 2] == 0xA9)) return i;
  }
  return n;
}

class StreamLineReader : public LineReader {
 public:
  StreamLineReader(detail::BufferedInput in, std::unique_ptr<detail::Converter> conv, std::string encoding,
                   std::size_t max_line)
      : m_in(std::move(in)), m_conv(std::move(conv)), m_encoding(std::move(encoding)), m_max(max_line) {}

  bool next(std::string& line) override {
    std::string_view v;
    if (!next_view(v)) return false;
    line.assign(v);
    return true;
  }

  bool next_lines(std::string& block, std::size_t bytes) override {
    block.clear();
    std::string_view v;
    while (block.size() < bytes && next_view(v)) {
      // A line ended by '\n' is copied together with it.
      const char* end = v.data() + v.size();
      if (end < m_text.data() + m_text.size() && *end == '\n' && end < m_text.data() + m_pos) {
        block.append(v.data(), v.size() + 1);
      } else {
        block += v;
        block += '\n';
      }
    }
    return !block.empty();
  }

  const std::string& encoding() const override { return m_encoding; }

 private:
  // The next line, as a view into m_text valid until the next call; false at the end of input.
  bool next_view(std::string_view& line) {
    for (;;) {
      std::size_t end = 0, len = 0;
      bool found = find_end(end, len);
      // A line longer than the limit comes out in pieces, cut at a character boundary.
      if ((found ? end : m_text.size()) - m_pos > m_max) {
        std::size_t cut = m_pos + m_max;
        while (cut > m_pos && (static_cast<unsigned char>(m_text[cut]) & 0xC0) == 0x80) --cut;
        if (cut == m_pos) cut = m_pos + m_max;
        line = std::string_view(m_text).substr(m_pos, cut - m_pos);
        m_pos = cut;
        // The scan already went past the cut: starting it again there made a long line with a
        // small limit quadratic (fuzz_loader: a 160 KB line of '[' in pieces of 1 byte took 3 s).
        m_scanned = std::max(found ? end : m_scanned, m_pos);
        return true;
      }
      if (found) {
        line = std::string_view(m_text).substr(m_pos, end - m_pos);
        m_pos = end + len;
        m_scanned = m_pos;
        return true;
      }
      if (m_done) {
        if (m_pos >= m_text.size()) return false;
        line = std::string_view(m_text).substr(m_pos);
        m_pos = m_scanned = m_text.size();
        return true;
      }
      read_more();
    }
  }

  // Finds the next line end at or after m_pos: its offset and length in bytes.
  bool find_end(std::size_t& end, std::size_t& len) {
    const auto* p = reinterpret_cast<const unsigned char*>(m_text.data());
    const std::size_t n = m_text.size();
    // Bytes before m_scanned hold no line end; a multi-byte one may have been cut by the end of
    // the text then, so the scan resumes two bytes back.
    std::size_t i = find_line_end(p, n, std::max(m_pos, m_scanned >= 2 ? m_scanned - 2 : 0));
    if (i == n) {
      m_scanned = n;
      return false;
    }
    if (p[i] == '\r') {
      if (i + 1 == n && !m_done) {  // the '\n' of a CRLF may be in the next chunk
        m_scanned = i;
        return false;
      }
      end = i, len = (i + 1 < n && p[i + 1] == '\n') ? 2 : 1;
      return true;
    }
    end = i, len = p[i] == '\n' ? 1 : p[i] == 0xC2 ? 2 : 3;
    return true;
  }

  void read_more() {
    if (m_pos > 0) {
      m_text.erase(0, m_pos);
      m_scanned -= m_pos;
      m_pos = 0;
    }
    if (m_in.view().empty() && !m_in.fill_more()) {
      m_conv->convert({}, m_text, true);
      m_done = true;
      return;
    }
    auto v = m_in.view();
    m_conv->convert(v, m_text, false);
    m_in.consume(v.size());
  }

  detail::BufferedInput m_in;
  std::unique_ptr<detail::Converter> m_conv;
  std::string m_encoding;
  std::size_t m_max;
  std::string m_text;         // decoded text not yet returned
  std::size_t m_pos = 0;      // where the next line starts in m_text
  std::size_t m_scanned = 0;  // m_text[m_pos, m_scanned) holds no line end
  bool m_done = false;
};

}  // namespace

Result<std::unique_ptr<LineReader>> LineReader::open(const std::string& path, const LoadOptions& options) {
  auto file = detail::open_file(path);
  if (!file) return file.error();
  detail::BufferedInput in(detail::unwrap_gzip(std::move(file.value())));
  in.fill(64 * 1024);
  if (!in.error().empty()) return Error{in.error(), path};
  std::string encoding;
  if (options.encoding) {
    auto canon = detail::canonical_encoding_name(*options.encoding);
    if (!canon) return Error{"unknown encoding '" + *options.encoding + "'", path};
    encoding = *canon;
  } else {
    auto d = detail::detect_encoding(in.view(), in.eof());
    if (d.binary) return Error{"binary file, skipped", path};
    encoding = d.encoding;
  }
  auto conv = detail::Converter::make(encoding);
  if (!conv) return Error{"unknown encoding '" + encoding + "'", path};
  return std::unique_ptr<LineReader>(
      std::make_unique<StreamLineReader>(std::move(in), std::move(conv), encoding, options.max_record_bytes));
}

}  // namespace akhbar
