#pragma once
// SHA-256 of record bytes, as lowercase hex (OpenSSL's libcrypto does the hashing).

#include <string>
#include <string_view>

namespace akhbar::detail {

// Lowercase hex SHA-256 of `bytes`.
std::string sha256_hex(std::string_view bytes);

}  // namespace akhbar::detail
