#pragma once
// Per-site line statistics: how many documents of a site carry each line. Plain data shared by
// the segmenter (which learns and reads them, template.h) and the archive (which keeps them).

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace akhbar {

// A line's identity across documents: 56 bits of a hash of its folded letters and digits, and in
// the low 8 bits its word count (capped at 255), so that a count knows how long its line is.
using LineKey = std::uint64_t;

// The words of the line a key stands for (255 for 255 or more).
inline int line_key_words(LineKey key) { return static_cast<int>(key & 0xFF); }

// One site's counts: documents counted, and for each line the documents that carried it.
struct SiteLines {
  std::int64_t docs = 0;
  std::unordered_map<LineKey, std::int64_t> lines;

  bool operator==(const SiteLines&) const = default;
};

// Site key → its counts ("host" of a URL, a source name, or a folder; see template.h).
using SiteStats = std::unordered_map<std::string, SiteLines>;

// What one document adds to its site: the site key and its distinct line keys, sorted.
struct DocLines {
  std::string site;  // empty: the document belongs to no site and counts nowhere
  std::vector<LineKey> keys;
};

// Adds every count of `from` into `into` (documents and lines).
inline void add_site_stats(SiteStats& into, const SiteStats& from) {
  for (const auto& [site, s] : from) {
    SiteLines& t = into[site];
    t.docs += s.docs;
    for (const auto& [key, n] : s.lines) t.lines[key] += n;
  }
}

}  // namespace akhbar
