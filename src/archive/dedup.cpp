// Exact and near-duplicate fingerprints (see docs/schema.md, "Deduplication").
#include <bit>

#include "archive/detail_dedup.h"

namespace akhbar::archive_detail {

namespace {
std::uint64_t mix(std::uint64_t h);
}  // namespace

std::uint64_t hash64(std::string_view bytes) {
  std::uint64_t h = 0xcbf29ce484222325ull;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 0x100000001b3ull;
  }
  // FNV-1a alone mixes its last bytes poorly; the splitmix64 finalizer spreads every input bit.
  return mix(h);
}

namespace {
std::uint64_t mix(std::uint64_t h) {
  h ^= h >> 30;
  h *= 0xbf58476d1ce4e5b9ull;
  h ^= h >> 27;
  h *= 0x94d049bb133111ebull;
  h ^= h >> 31;
  return h;
}
}  // namespace

std::uint64_t simhash(const std::vector<std::string>& tokens) {
  if (tokens.size() < 2) return tokens.empty() ? 0 : hash64(tokens[0]);
  // Each token is hashed once; a bigram's feature mixes its two (order matters).
  std::vector<std::uint64_t> th(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) th[i] = hash64(tokens[i]);
  std::array<std::int32_t, 64> votes{};
  for (std::size_t i = 0; i + 1 < th.size(); ++i) {
    std::uint64_t h = mix(th[i] * 0x9e3779b97f4a7c15ull + th[i + 1]);
    for (std::size_t b = 0; b < 64; ++b) votes[b] += static_cast<std::int32_t>((h >> b) & 1) * 2 - 1;
  }
  std::uint64_t out = 0;
  for (std::size_t b = 0; b < 64; ++b)
    if (votes[b] > 0) out |= std::uint64_t{1} << b;
  return out;
}

int hamming(std::uint64_t a, std::uint64_t b) { return std::popcount(a ^ b); }

std::array<std::int64_t, 4> simhash_bands(std::uint64_t h) {
  std::array<std::int64_t, 4> out{};
  for (int i = 0; i < 4; ++i)
    out[static_cast<std::size_t>(i)] =
        (static_cast<std::int64_t>(i) << 16) | static_cast<std::int64_t>((h >> (16 * i)) & 0xffff);
  return out;
}

}  // namespace akhbar::archive_detail
