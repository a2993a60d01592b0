// Per-site line statistics (schema version 3): the counts the segmenter's site templates read.
// Each counted article keeps its keys (article_lines), and the sums per site (sites, site_lines)
// are kept up to date with them, pruned to site_lines_cap keys per site.
#include <akhbar/archive.h>

#include "archive/detail_impl.h"

namespace akhbar {
namespace ad = archive_detail;

namespace {

// Keys as stored: 8 bytes each, little-endian, sorted.
std::string encode_keys(const std::vector<LineKey>& keys) {
  std::string out;
  out.reserve(keys.size() * 8);
  for (LineKey k : keys)
    for (int b = 0; b < 8; ++b) out.push_back(static_cast<char>((k >> (8 * b)) & 0xFF));
  return out;
}

}  // namespace

namespace archive_detail {

std::vector<LineKey> decode_line_keys(std::string_view blob) {
  std::vector<LineKey> keys;
  keys.reserve(blob.size() / 8);
  for (std::size_t i = 0; i + 8 <= blob.size(); i += 8) {
    LineKey k = 0;
    for (int b = 0; b < 8; ++b) k |= static_cast<LineKey>(static_cast<unsigned char>(blob[i + b])) << (8 * b);
    keys.push_back(k);
  }
  return keys;
}

}  // namespace archive_detail

Result<void> Archive::Impl::count_site_lines(std::int64_t article_id, const std::string& site,
                                             const std::vector<LineKey>& keys, std::string_view blob) {
  AKHBAR_TRY(exec(
      "INSERT INTO sites(site, docs) VALUES(?1, 1) ON CONFLICT(site) DO UPDATE SET docs = docs + 1", site));
  auto id = query_int("SELECT id FROM sites WHERE site = ?1", site);
  if (!id) return id.error();
  std::int64_t site_id = id->value_or(0);
  AKHBAR_TRY(exec("INSERT OR REPLACE INTO article_lines(article_id, site_id, keys) VALUES(?1, ?2, ?3)",
                  article_id, site_id, Blob{blob}));
  for (LineKey k : keys)
    AKHBAR_TRY(
        exec("INSERT INTO site_lines(site_id, key, docs) VALUES(?1, ?2, 1) "
             "ON CONFLICT(site_id, key) DO UPDATE SET docs = docs + 1",
             site_id, static_cast<std::int64_t>(k)));
  return {};
}

Result<void> Archive::add_site_lines(std::int64_t article_id, const DocLines& lines) {
  Impl& d = *m_impl;
  if (d.mode != OpenMode::read_write) return Error{"the archive is open read-only", path()};
  if (lines.site.empty() || lines.keys.empty()) return {};
  bool own = !d.in_batch;
  if (own) AKHBAR_TRY(begin());
  auto r = d.count_site_lines(article_id, lines.site, lines.keys, encode_keys(lines.keys));
  if (!r) {
    if (own) rollback();
    return r;
  }
  if (own) return commit();
  return {};
}

Result<SiteStats> Archive::site_stats(std::int64_t min_docs) {
  Impl& d = *m_impl;
  SiteStats out;
  auto s = d.prep("SELECT id, site, docs FROM sites");
  if (!s) return s.error();
  std::unordered_map<std::int64_t, SiteLines*> by_id;
  {
    ad::Resetter reset(**s);
    int rc;
    while ((rc = (*s)->step()) == SQLITE_ROW) {
      SiteLines& site = out[(*s)->text(1)];
      site.docs = (*s)->int64(2);
      by_id[(*s)->int64(0)] = &site;
    }
    if (rc != SQLITE_DONE) return d.error(rc);
  }
  auto l = d.prep("SELECT site_id, key, docs FROM site_lines WHERE docs >= ?1");
  if (!l) return l.error();
  ad::Resetter reset(**l);
  (*l)->bind(1, min_docs);
  int rc;
  while ((rc = (*l)->step()) == SQLITE_ROW) {
    auto it = by_id.find((*l)->int64(0));
    if (it != by_id.end()) it->second->lines[static_cast<LineKey>((*l)->int64(1))] = (*l)->int64(2);
  }
  if (rc != SQLITE_DONE) return d.error(rc);
  return out;
}

Result<void> Archive::prune_site_lines() {
  Impl& d = *m_impl;
  if (d.mode != OpenMode::read_write) return Error{"the archive is open read-only", path()};
  std::vector<std::int64_t> over;
  {
    auto s = d.prep("SELECT site_id FROM site_lines GROUP BY site_id HAVING count(*) > ?1");
    if (!s) return s.error();
    ad::Resetter reset(**s);
    (*s)->bind(1, site_lines_cap);
    int rc;
    while ((rc = (*s)->step()) == SQLITE_ROW) over.push_back((*s)->int64(0));
    if (rc != SQLITE_DONE) return d.error(rc);
  }
  if (over.empty()) return {};
  bool own = !d.in_batch;
  if (own) AKHBAR_TRY(begin());
  for (std::int64_t site : over) {
    // Rarest first; among equals the larger key first, so that the result does not depend on order.
    auto r = d.exec(
        "DELETE FROM site_lines WHERE site_id = ?1 AND key IN (SELECT key FROM site_lines WHERE site_id = ?1 "
        "ORDER BY docs DESC, key LIMIT -1 OFFSET ?2)",
        site, site_lines_cap);
    if (!r) {
      if (own) rollback();
      return r;
    }
  }
  if (own) return commit();
  return {};
}

}  // namespace akhbar
