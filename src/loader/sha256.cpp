// SHA-256 through OpenSSL's EVP interface.
#include <openssl/evp.h>

#include "loader/detail_sha256.h"

namespace akhbar::detail {

std::string sha256_hex(std::string_view bytes) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  // Fetched once: OpenSSL 3 otherwise looks the implementation up (under a lock) every call.
  static EVP_MD* const sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
  EVP_Digest(bytes.data(), bytes.size(), md, &n, sha256 ? sha256 : EVP_sha256(), nullptr);
  static const char* hex = "0123456789abcdef";
  std::string out;
  out.reserve(2 * n);
  for (unsigned i = 0; i < n; ++i) {
    out += hex[md[i] >> 4];
    out += hex[md[i] & 15];
  }
  return out;
}

}  // namespace akhbar::detail
