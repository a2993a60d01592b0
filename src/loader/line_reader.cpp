// LineReader: one text input decoded and split into lines as it streams, for `akhbar normalize`.
#include <akhbar/loader.h>

#include "loader/detail_io.h"
#include "loader/detail_text.h"

namespace akhbar {
namespace {

class StreamLineReader : public LineReader {
 public:
  StreamLineReader(detail::BufferedInput in, std::unique_ptr<detail::Converter> conv, std::string encoding,
                   std::size_t max_line)
      : m_in(std::move(in)), m_conv(std::move(conv)), m_encoding(std::move(encoding)), m_max(max_line) {}

  bool next(std::string& line) override {
    for (;;) {
      std::size_t end = 0, len = 0;
      bool found = find_end(end, len);
      // A line longer than the limit comes out in pieces, cut at a character boundary.
      if ((found ? end : m_text.size()) - m_pos > m_max) {
        std::size_t cut = m_pos + m_max;
        while (cut > m_pos && (static_cast<unsigned char>(m_text[cut]) & 0xC0) == 0x80) --cut;
        if (cut == m_pos) cut = m_pos + m_max;
        line.assign(m_text, m_pos, cut - m_pos);
        m_pos = cut;
        return true;
      }
      if (found) {
        line.assign(m_text, m_pos, end - m_pos);
        m_pos = end + len;
        return true;
      }
      if (m_done) {
        if (m_pos >= m_text.size()) return false;
        line.assign(m_text, m_pos, std::string::npos);
        m_pos = m_text.size();
        return true;
      }
      read_more();
    }
  }

  const std::string& encoding() const override { return m_encoding; }

 private:
  // Finds the next line end at or after m_pos: its offset and length in bytes.
  bool find_end(std::size_t& end, std::size_t& len) {
    const std::size_t n = m_text.size();
    for (std::size_t i = m_pos; i < n; ++i) {
      auto b = static_cast<unsigned char>(m_text[i]);
      if (b == '\n') {
        end = i, len = 1;
        return true;
      }
      if (b == '\r') {
        if (i + 1 == n && !m_done) return false;  // the '\n' of a CRLF may be in the next chunk
        end = i, len = (i + 1 < n && m_text[i + 1] == '\n') ? 2 : 1;
        return true;
      }
      if (b == 0xC2 && i + 1 < n && static_cast<unsigned char>(m_text[i + 1]) == 0x85) {
        end = i, len = 2;
        return true;
      }
      if (b == 0xE2 && i + 2 < n && static_cast<unsigned char>(m_text[i + 1]) == 0x80 &&
          (static_cast<unsigned char>(m_text[i + 2]) == 0xA8 ||
           static_cast<unsigned char>(m_text[i + 2]) == 0xA9)) {
        end = i, len = 3;
        return true;
      }
    }
    return false;
  }

  void read_more() {
    if (m_pos > 0) {
      m_text.erase(0, m_pos);
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
  std::string m_text;  // decoded text not yet returned
  std::size_t m_pos = 0;
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
