// Files, standard input and gzip, streamed in fixed-size chunks.
#include <fcntl.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "loader/detail_io.h"

namespace akhbar::detail {
namespace {

// A file descriptor; closes it unless it is standard input.
class FdSource : public ByteSource {
 public:
  FdSource(int fd, bool owned) : m_fd(fd), m_owned(owned) {}
  ~FdSource() override {
    if (m_owned) ::close(m_fd);
  }
  FdSource(const FdSource&) = delete;
  FdSource& operator=(const FdSource&) = delete;

  std::size_t read(char* buf, std::size_t n) override {
    for (;;) {
      ssize_t got = ::read(m_fd, buf, n);
      if (got >= 0) return static_cast<std::size_t>(got);
      if (errno == EINTR) continue;
      m_error = std::string("read error: ") + std::strerror(errno);
      return 0;
    }
  }

 private:
  int m_fd;
  bool m_owned;
};

// Bytes already read while sniffing, then the rest of the source.
class PrefixedSource : public ByteSource {
 public:
  PrefixedSource(std::string prefix, std::unique_ptr<ByteSource> rest)
      : m_prefix(std::move(prefix)), m_rest(std::move(rest)) {}

  std::size_t read(char* buf, std::size_t n) override {
    if (m_pos < m_prefix.size()) {
      std::size_t k = std::min(n, m_prefix.size() - m_pos);
      std::memcpy(buf, m_prefix.data() + m_pos, k);
      m_pos += k;
      return k;
    }
    std::size_t got = m_rest->read(buf, n);
    if (got == 0) m_error = m_rest->error();
    return got;
  }

 private:
  std::string m_prefix;
  std::size_t m_pos = 0;
  std::unique_ptr<ByteSource> m_rest;
};

// zlib's inflate over another source; gzip members may follow one another.
class GzipSource : public ByteSource {
 public:
  explicit GzipSource(std::unique_ptr<ByteSource> in) : m_in(std::move(in)), m_inbuf(new char[inbuf_size]) {
    std::memset(&m_z, 0, sizeof m_z);
    m_ok = inflateInit2(&m_z, 15 + 16) == Z_OK;
    if (!m_ok) m_error = "corrupt gzip data: cannot initialise zlib";
  }
  ~GzipSource() override { inflateEnd(&m_z); }
  GzipSource(const GzipSource&) = delete;
  GzipSource& operator=(const GzipSource&) = delete;

  std::size_t read(char* buf, std::size_t n) override {
    if (!m_ok || m_done) return 0;
    m_z.next_out = reinterpret_cast<Bytef*>(buf);
    m_z.avail_out = static_cast<uInt>(std::min<std::size_t>(n, 1u << 30));
    while (m_z.avail_out > 0) {
      if (m_z.avail_in == 0) {
        std::size_t got = m_in->read(m_inbuf.get(), inbuf_size);
        if (got == 0) {
          if (!m_in->error().empty()) {
            m_error = m_in->error();
            m_ok = false;
          } else if (m_in_member) {
            m_error = "corrupt gzip data: unexpected end of compressed data";
            m_ok = false;
          }
          m_done = true;
          break;
        }
        m_z.next_in = reinterpret_cast<Bytef*>(m_inbuf.get());
        m_z.avail_in = static_cast<uInt>(got);
      }
      m_in_member = true;
      int rc = inflate(&m_z, Z_NO_FLUSH);
      if (rc == Z_STREAM_END) {
        m_in_member = false;
        // Another member may follow (concatenated .gz files are valid gzip).
        if (inflateReset(&m_z) != Z_OK) {
          m_ok = false;
          break;
        }
        continue;
      }
      if (rc != Z_OK && rc != Z_BUF_ERROR) {
        m_error = std::string("corrupt gzip data: ") + (m_z.msg ? m_z.msg : "inflate failed");
        m_ok = false;
        break;
      }
    }
    return n - m_z.avail_out;
  }

 private:
  static constexpr std::size_t inbuf_size = 64 * 1024;
  std::unique_ptr<ByteSource> m_in;
  std::unique_ptr<char[]> m_inbuf;  // uninitialised: no memset per file
  z_stream m_z;
  bool m_ok = true;
  bool m_done = false;
  bool m_in_member = false;
};

}  // namespace

Result<std::unique_ptr<ByteSource>> open_file(const std::string& path) {
  if (path == "-") return std::unique_ptr<ByteSource>(std::make_unique<FdSource>(0, false));
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Error{std::string("cannot open: ") + std::strerror(errno), path};
  return std::unique_ptr<ByteSource>(std::make_unique<FdSource>(fd, true));
}

std::unique_ptr<ByteSource> unwrap_gzip(std::unique_ptr<ByteSource> source, bool* gzipped) {
  std::string head(2, '\0');
  std::size_t got = 0;
  while (got < 2) {
    std::size_t k = source->read(head.data() + got, 2 - got);
    if (k == 0) break;
    got += k;
  }
  head.resize(got);
  bool gz =
      got == 2 && static_cast<unsigned char>(head[0]) == 0x1f && static_cast<unsigned char>(head[1]) == 0x8b;
  if (gzipped) *gzipped = gz;
  auto prefixed = std::make_unique<PrefixedSource>(std::move(head), std::move(source));
  if (!gz) return prefixed;
  return std::make_unique<GzipSource>(std::move(prefixed));
}

bool BufferedInput::fill_more() {
  if (m_eof) return false;
  // Compact once the consumed part dominates, so the buffer stays near one record.
  if (m_pos > 0 && m_pos >= m_size / 2) {
    std::memmove(m_buf.get(), m_buf.get() + m_pos, m_size - m_pos);
    m_size -= m_pos;
    m_pos = 0;
  }
  if (m_capacity - m_size < chunk) {
    // Room for one more chunk, growing by half so a long record costs amortised linear time.
    std::size_t capacity = std::max(m_size + chunk, m_capacity + m_capacity / 2);
    std::unique_ptr<char[]> grown(new char[capacity]);  // uninitialised on purpose
    if (m_size) std::memcpy(grown.get(), m_buf.get(), m_size);
    m_buf = std::move(grown);
    m_capacity = capacity;
  }
  std::size_t got = m_source->read(m_buf.get() + m_size, chunk);
  m_size += got;
  m_total += got;
  if (got == 0) m_eof = true;
  return got > 0;
}

bool BufferedInput::fill(std::size_t n) {
  while (m_size - m_pos < n)
    if (!fill_more()) return false;
  return true;
}

void BufferedInput::consume(std::size_t n) {
  m_pos += n;
  m_offset += n;
  if (m_pos == m_size) {
    m_size = 0;
    m_pos = 0;
    // A huge record is gone: give its memory back rather than keep it for the whole run.
    if (m_capacity > 8 * chunk) {
      m_buf.reset();
      m_capacity = 0;
    }
  }
}

}  // namespace akhbar::detail
