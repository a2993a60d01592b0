// zlib helpers for the stored raw copies.
#include <zlib.h>

#include <cstdint>

#include "archive/detail_zip.h"

namespace akhbar::archive_detail {

std::string deflate_bytes(std::string_view bytes) {
  uLongf n = compressBound(static_cast<uLong>(bytes.size()));
  std::string out(n, '\0');
  compress2(reinterpret_cast<Bytef*>(out.data()), &n, reinterpret_cast<const Bytef*>(bytes.data()),
            static_cast<uLong>(bytes.size()), 4);
  out.resize(n);
  return out;
}

std::optional<std::string> inflate_bytes(std::string_view z, std::size_t size) {
  std::string out(size, '\0');
  uLongf n = static_cast<uLongf>(size);
  int rc = uncompress(reinterpret_cast<Bytef*>(out.data()), &n, reinterpret_cast<const Bytef*>(z.data()),
                      static_cast<uLong>(z.size()));
  if (rc != Z_OK || n != size) return std::nullopt;
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
