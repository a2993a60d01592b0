#pragma once
// Byte sources for the loader: files and standard input, gzip unwrapped by magic bytes, and a
// buffered reader that keeps only the current record in memory.

#include <akhbar/result.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace akhbar::detail {

// A stream of bytes; read() returns 0 at the end, and sets error() on failure.
class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Reads up to `n` bytes into `buf`; 0 means end of input or an error (see error()).
  virtual std::size_t read(char* buf, std::size_t n) = 0;
  // Empty, or what went wrong ("read error: ...", "corrupt gzip data: ...").
  const std::string& error() const { return m_error; }

 protected:
  std::string m_error;
};

// Opens a file ("-" is standard input) without reading it; the error reads "cannot open: <why>".
Result<std::unique_ptr<ByteSource>> open_file(const std::string& path);

// Wraps a source in a gzip decoder when its first bytes are gzip's magic (1f 8b); `gzipped`
// says whether it did. Concatenated gzip members are read one after the other.
std::unique_ptr<ByteSource> unwrap_gzip(std::unique_ptr<ByteSource> source, bool* gzipped = nullptr);

// A window over a ByteSource: fill() reads more, consume() drops bytes that have been used.
// Holds at most what the caller has not consumed yet plus one read chunk.
class BufferedInput {
 public:
  explicit BufferedInput(std::unique_ptr<ByteSource> source) : m_source(std::move(source)) {}

  // Makes at least `n` unconsumed bytes available, unless the input ends first; false when
  // fewer than `n` are available.
  bool fill(std::size_t n);
  // Reads one more chunk; false at the end of input.
  bool fill_more();
  // The unconsumed bytes.
  std::string_view view() const { return std::string_view(m_buf.get() + m_pos, m_size - m_pos); }
  // Drops the first `n` unconsumed bytes.
  void consume(std::size_t n);
  // True once the source has reported its end.
  bool eof() const { return m_eof; }
  // Offset of view()[0] in the whole (decompressed) stream.
  std::uint64_t offset() const { return m_offset; }
  // Error of the underlying source (empty when none).
  const std::string& error() const { return m_source->error(); }
  // Total bytes read from the source so far.
  std::uint64_t total_read() const { return m_total; }

  static constexpr std::size_t chunk = 256 * 1024;

 private:
  std::unique_ptr<ByteSource> m_source;
  // Not a std::string: growing one zero-fills the new bytes, a 256 KB memset per file in a walk.
  std::unique_ptr<char[]> m_buf;
  std::size_t m_capacity = 0;
  std::size_t m_size = 0;  // bytes held: m_buf[m_pos, m_size) is unconsumed
  std::size_t m_pos = 0;
  std::uint64_t m_offset = 0;
  std::uint64_t m_total = 0;
  bool m_eof = false;
};

}  // namespace akhbar::detail
