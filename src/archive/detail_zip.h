#pragma once
// Compressed copies (raw inputs, decoded texts, body blocks) in the zlib format (RFC 1950), made
// and read with libdeflate: whole buffers are all the archive needs, and libdeflate does them 3-4x
// faster than zlib, at level 1 smaller than zlib's level 4. Archives written with zlib read alike.

#include <akhbar/record.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace akhbar::archive_detail {

// `bytes` in the zlib format, libdeflate level 1 (0.39 of the corpus's size; zlib level 4: 0.385).
std::string deflate_bytes(std::string_view bytes);
// The `size` bytes that `z` inflates to; nullopt when `z` is damaged.
std::optional<std::string> inflate_bytes(std::string_view z, std::size_t size);

// The body blocks as one compressed string (type byte, 4-byte length, text; per block).
std::string encode_blocks(const std::vector<Block>& blocks);
// The blocks that encode_blocks wrote, given the uncompressed `size`; nullopt when damaged.
std::optional<std::vector<Block>> decode_blocks(std::string_view z, std::size_t size);
// The uncompressed size of what encode_blocks compresses.
std::size_t blocks_size(const std::vector<Block>& blocks);

}  // namespace akhbar::archive_detail
