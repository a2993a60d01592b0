#pragma once
// zlib for the raw copies: compress on store, inflate for reparse and export of provenance.

#include <optional>
#include <string>
#include <string_view>

namespace akhbar::archive_detail {

// zlib-compressed `bytes` (level 6: raw copies are written once and kept for years).
std::string deflate_bytes(std::string_view bytes);
// The `size` bytes that `z` inflates to; nullopt when `z` is damaged.
std::optional<std::string> inflate_bytes(std::string_view z, std::size_t size);

}  // namespace akhbar::archive_detail
