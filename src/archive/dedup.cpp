// Exact and near-duplicate fingerprints (see docs/schema.md, "Deduplication").
#include "archive/detail_dedup.h"

#include <bit>

namespace akhbar::archive_detail {

std::uint64_t hash64(std::string_view bytes) {
  std::uint64_t h = 0xcbf29ce484222325ull;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 0x100000001b3ull;
  }
  // FNV-1a alone mixes its last bytes poorly; the finalizer spreads every input bit.
  h ^= h >> 30;
  h *= 0xbf58476d1ce4e5b9ull;
  h ^= h >> 27;
  h *= 0x94d049bb133111ebull;
  h ^= h >> 31;
  return h;
}

std::uint64_t simhash(const std::vector<std::string>& tokens) {
  if (tokens.size() < 2) return tokens.empty() ? 0 : hash64(tokens[0]);
  std::array<int, 64> votes{};
  std::string bigram;
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    bigram.assign(tokens[i]);
    bigram += ' ';
    bigram += tokens[i + 1];
    std::uint64_t h = hash64(bigram);
    for (int b = 0; b < 64; ++b) votes[static_cast<std::size_t>(b)] += (h >> b) & 1 ? 1 : -1;
  }
  std::uint64_t out = 0;
  for (int b = 0; b < 64; ++b)
    if (votes[static_cast<std::size_t>(b)] > 0) out |= std::uint64_t{1} << b;
  return out;
}

int hamming(std::uint64_t a, std::uint64_t b) { return std::popcount(a ^ b); }

std::array<std::int64_t, 4> simhash_bands(std::uint64_t h) {
  std::array<std::int64_t, 4> out{};
  for (int i = 0; i < 4; ++i)
    out[static_cast<std::size_t>(i)] = (static_cast<std::int64_t>(i) << 16) | static_cast<std::int64_t>((h >> (16 * i)) & 0xffff);
  return out;
}

}  // namespace akhbar::archive_detail
