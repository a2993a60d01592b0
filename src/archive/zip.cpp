// Whole-buffer compression of the stored copies with libdeflate, in the zlib format.
#include <libdeflate.h>

#include <cstdint>
#include <memory>
#include <new>

#include "archive/detail_zip.h"

namespace akhbar::archive_detail {
namespace {

// libdeflate's (de)compressor state is ~100 KB: one per thread, made on first use.
struct Deleter {
  void operator()(libdeflate_compressor* c) const { libdeflate_free_compressor(c); }
  void operator()(libdeflate_decompressor* d) const { libdeflate_free_decompressor(d); }
};

libdeflate_compressor* compressor() {
  thread_local std::unique_ptr<libdeflate_compressor, Deleter> c(libdeflate_alloc_compressor(1));
  return c.get();
}

libdeflate_decompressor* decompressor() {
  thread_local std::unique_ptr<libdeflate_decompressor, Deleter> d(libdeflate_alloc_decompressor());
  return d.get();
}

}  // namespace

std::string deflate_bytes(std::string_view bytes) {
  libdeflate_compressor* c = compressor();
  if (!c) throw std::bad_alloc();
  std::string out(libdeflate_zlib_compress_bound(c, bytes.size()), '\0');
  // Never 0 with a buffer of the bound's size.
  out.resize(libdeflate_zlib_compress(c, bytes.data(), bytes.size(), out.data(), out.size()));
  return out;
}

std::optional<std::string> inflate_bytes(std::string_view z, std::size_t size) {
  libdeflate_decompressor* d = decompressor();
  if (!d) throw std::bad_alloc();
  std::string out(size, '\0');
  std::size_t n = 0;
  if (libdeflate_zlib_decompress(d, z.data(), z.size(), out.data(), size, &n) != LIBDEFLATE_SUCCESS || n != size)
    return std::nullopt;
  return out;
}

std::size_t blocks_size(const std::vector<Block>& blocks) {
  std::size_t n = 0;
  for (const auto& b : blocks) n += 5 + b.text.size();
  return n;
}

std::string encode_blocks(const std::vector<Block>& blocks) {
  std::string plain;
  plain.reserve(blocks_size(blocks));
  for (const auto& b : blocks) {
    plain += b.type == Block::Type::heading ? 'h' : 'p';
    auto n = static_cast<std::uint32_t>(b.text.size());
    for (int i = 0; i < 4; ++i) plain += static_cast<char>((n >> (8 * i)) & 0xff);
    plain += b.text;
  }
  return deflate_bytes(plain);
}

std::optional<std::vector<Block>> decode_blocks(std::string_view z, std::size_t size) {
  auto plain = inflate_bytes(z, size);
  if (!plain) return std::nullopt;
  std::vector<Block> out;
  std::string_view p = *plain;
  while (!p.empty()) {
    if (p.size() < 5 || (p[0] != 'h' && p[0] != 'p')) return std::nullopt;
    std::uint32_t n = 0;
    for (int i = 0; i < 4; ++i)
      n |= static_cast<std::uint32_t>(static_cast<unsigned char>(p[1 + static_cast<std::size_t>(i)]))
           << (8 * i);
    if (p.size() - 5 < n) return std::nullopt;
    out.push_back({p[0] == 'h' ? Block::Type::heading : Block::Type::paragraph, std::string(p.substr(5, n))});
    p.remove_prefix(5 + n);
  }
  return out;
}

}  // namespace akhbar::archive_detail
