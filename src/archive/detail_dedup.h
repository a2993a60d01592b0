#pragma once
// Fingerprints for deduplication: a 64-bit hash of the search-form body (exact duplicates) and a
// 64-bit SimHash over word bigrams of the search tokens (near duplicates within 3 bits).

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace akhbar::archive_detail {

// Near duplicates differ in at most this many of the 64 SimHash bits.
inline constexpr int near_duplicate_bits = 3;
// Bodies with fewer search tokens than this get no SimHash: short texts collide too easily.
inline constexpr std::size_t simhash_min_tokens = 40;

// A well-mixed 64-bit hash of bytes (FNV-1a followed by the splitmix64 finalizer).
std::uint64_t hash64(std::string_view bytes);

// The SimHash of a token sequence, over its word bigrams (each weighted once per occurrence).
std::uint64_t simhash(const std::vector<std::string>& tokens);

// How many bits differ.
int hamming(std::uint64_t a, std::uint64_t b);

// The four 16-bit bands of a SimHash, tagged with their position (band index in the top bits).
// Two hashes within 3 bits agree on at least one band (pigeonhole), so the bands are the lookup keys.
std::array<std::int64_t, 4> simhash_bands(std::uint64_t h);

}  // namespace akhbar::archive_detail
