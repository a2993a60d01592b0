// zlib helpers for the stored raw copies.
#include "archive/detail_zip.h"

#include <zlib.h>

namespace akhbar::archive_detail {

std::string deflate_bytes(std::string_view bytes) {
  uLongf n = compressBound(static_cast<uLong>(bytes.size()));
  std::string out(n, '\0');
  compress2(reinterpret_cast<Bytef*>(out.data()), &n, reinterpret_cast<const Bytef*>(bytes.data()),
            static_cast<uLong>(bytes.size()), 6);
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

}  // namespace akhbar::archive_detail
