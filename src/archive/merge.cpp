// Merging another archive (a shard) into this one: its rows are copied as stored (compressed
// bodies and raw copies included, nothing reparsed), ids renumbered, and every new article goes
// through the same index() as ingest, so exact and near duplicates are found across shards.
// Idempotent and crash-safe by the same rule as ingest: an input whose (sha256, path, record) is
// archived is skipped, and each article is written with all its inputs, children and links in one
// transaction.
#include <akhbar/archive.h>

#include <chrono>
#include <filesystem>

#include "archive/detail_impl.h"
#include "archive/detail_query.h"
#include "archive/detail_zip.h"

namespace akhbar {
namespace ad = archive_detail;
namespace {

// One articles row of the shard with its blocks.
struct ShardArticle {
  std::int64_t id = 0;
  std::optional<std::string> title, published, updated, dateline, source, author, url, removed, warnings;
  std::int64_t words = 0;
  std::optional<std::string> title_key;
  std::optional<std::int64_t> body_hash, simhash;
  std::int64_t blocks = 0, size = 0;
  std::string data;
};

// The columns read_article() expects, in its order.
#define AKHBAR_SHARD_ARTICLE                                                                           \
  "SELECT a.id, a.title, a.published, a.updated, a.dateline, a.source, a.author, a.url, a.removed, "   \
  "a.warnings, a.words, a.title_key, a.body_hash, a.simhash, b.count, b.size, b.data FROM articles a " \
  "LEFT JOIN blocks b ON b.article_id = a.id "

ShardArticle read_article(ad::Stmt& s) {
  ShardArticle a;
  a.id = s.int64(0);
  a.title = s.opt_text(1);
  a.published = s.opt_text(2);
  a.updated = s.opt_text(3);
  a.dateline = s.opt_text(4);
  a.source = s.opt_text(5);
  a.author = s.opt_text(6);
  a.url = s.opt_text(7);
  a.removed = s.opt_text(8);
  a.warnings = s.opt_text(9);
  a.words = s.int64(10);
  a.title_key = s.opt_text(11);
  if (!s.is_null(12)) a.body_hash = s.int64(12);
  if (!s.is_null(13)) a.simhash = s.int64(13);
  if (!s.is_null(14)) {
    a.blocks = s.int64(14);
    a.size = s.int64(15);
    a.data = std::string(s.blob(16));
  }
  return a;
}

// One inputs row of the shard.
struct ShardInput {
  bool duplicate = false;
  std::string path;
  std::int64_t record = 0;
  std::optional<std::string> url;
  std::string encoding, sha256;
  std::int64_t size = 0;
  std::string format;
  std::optional<std::string> fetched, meta, text;
  std::optional<std::int64_t> text_size;
  std::string ingested, parser_version;
  std::optional<std::int64_t> known;  // the article it belongs to in this archive, when present
};

// One links row of the shard.
struct ShardLink {
  std::string kind;
  std::int64_t pos = 0;
  std::string title;
  std::optional<std::string> url;
  std::string title_key;
  std::optional<std::int64_t> child;
};

// Collects every row of `s` (bound by the caller) with `read`.
template <class T, class F>
Result<std::vector<T>> rows(ad::Stmt& s, const ad::Db& db, F read) {
  ad::Resetter reset(s);
  std::vector<T> out;
  int rc;
  while ((rc = s.step()) == SQLITE_ROW) out.push_back(read(s));
  if (rc != SQLITE_DONE) return db.error(rc);
  return out;
}

}  // namespace

Result<MergeStats> Archive::merge_from(const std::string& shard_path, std::int64_t batch) {
  Impl& out = *m_impl;
  if (out.mode != OpenMode::read_write) return Error{"the archive is open read-only", path()};
  if (out.in_batch) return Error{"merge cannot run inside a batch", path()};
  std::error_code ec;
  if (!std::filesystem::exists(shard_path, ec)) return Error{"no such file", shard_path};
  // Open's checks give the one-line refusals: not an archive, a newer or an older schema.
  auto opened = Archive::open(shard_path, OpenMode::read_only);
  if (!opened) return opened.error();
  Impl& in = *opened->m_impl;

  MergeStats stats;
  std::int64_t in_batch = 0, at = 0;
  auto last_commit = std::chrono::steady_clock::now();

  // Counts the shard article `from`'s line keys (when it has any) for this archive's article `to`.
  auto merge_site_lines = [&](std::int64_t from, std::int64_t to) -> Result<void> {
    auto s = in.prep(
        "SELECT s.site, l.keys FROM article_lines l JOIN sites s ON s.id = l.site_id WHERE l.article_id = "
        "?1");
    if (!s) return s.error();
    ad::Resetter reset(**s);
    (*s)->bind(1, from);
    int rc = (*s)->step();
    if (rc == SQLITE_DONE) return {};
    if (rc != SQLITE_ROW) return in.error(rc);
    std::string blob((*s)->blob(1));
    return out.count_site_lines(to, (*s)->text(0), ad::decode_line_keys(blob), blob);
  };

  // Writes one shard article (top-level, with its children and links) whose inputs are not all
  // archived; `inputs` has `known` filled.
  auto merge_one = [&](const ShardArticle& a, std::vector<ShardInput>& inputs) -> Result<void> {
    StoreResult res;
    std::optional<std::int64_t> target;
    for (const auto& i : inputs)
      if (i.known) target = i.known;
    bool partial = target.has_value(), exact = false;
    if (!target && a.body_hash) {
      auto same =
          out.query_int("SELECT id FROM articles WHERE body_hash = ?1 ORDER BY id LIMIT 1", *a.body_hash);
      if (!same) return same.error();
      if (same->has_value()) target = **same, exact = true;
    }

    // Inserts one articles row (and its blocks, index entries and fingerprints) under `parent`.
    auto insert = [&](const ShardArticle& s, std::optional<std::int64_t> parent) -> Result<std::int64_t> {
      auto st = out.prep(
          "INSERT INTO articles(parent_id, title, published, updated, dateline, source, author, url, "
          "removed, "
          "warnings, words, title_key, body_hash, simhash) "
          "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
      if (!st) return st.error();
      ad::Stmt& q = **st;
      if (parent)
        q.bind(1, *parent);
      else
        q.bind_null(1);
      q.bind(2, s.title).bind(3, s.published).bind(4, s.updated).bind(5, s.dateline).bind(6, s.source);
      q.bind(7, s.author)
          .bind(8, s.url)
          .bind(9, s.removed.value_or("[]"))
          .bind(10, s.warnings.value_or("[]"));
      q.bind(11, s.words).bind(12, s.title_key);
      if (s.body_hash) q.bind(13, *s.body_hash);
      if (s.simhash) q.bind(14, *s.simhash);
      AKHBAR_TRY(q.run(out.db));
      std::int64_t id = sqlite3_last_insert_rowid(out.db.get());
      // The body is copied compressed as stored; only the index needs its text.
      AKHBAR_TRY(out.exec("INSERT INTO blocks(article_id, count, size, data) VALUES(?1, ?2, ?3, ?4)", id,
                          s.blocks, s.size, Blob{s.data}));
      std::vector<Block> body;
      if (!s.data.empty()) {
        auto b = ad::decode_blocks(s.data, static_cast<std::size_t>(s.size));
        if (!b)
          return Error{"the stored text of article " + std::to_string(s.id) + " is damaged", in.db.path()};
        body = std::move(*b);
      }
      const Normalizer& n = out.normalizer();
      ad::Indexed ix;
      ix.title_key = s.title_key;
      if (s.title) ix.title_tokens = ad::token_text(n.tokens(*s.title));
      ix.body_tokens = ad::token_text(n.tokens(body_text(body)));
      // The shard's fingerprints: the same functions of the same text, already computed.
      ix.body_hash = s.body_hash;
      ix.simhash = s.simhash;
      AKHBAR_TRY(out.index(id, ix, res, false));
      if (s.title_key)
        AKHBAR_TRY(out.exec(
            "UPDATE links SET target_id = ?1 WHERE title_key = ?2 AND target_id IS NULL AND article_id != ?1",
            id, *s.title_key));
      return id;
    };

    if (!target) {
      auto id = insert(a, std::nullopt);
      if (!id) return id.error();
      target = *id;
      // Children and links, in the order ingest wrote them (each child just before its link).
      auto cs = in.prep(AKHBAR_SHARD_ARTICLE "WHERE a.parent_id = ?1 ORDER BY a.id");
      if (!cs) return cs.error();
      (*cs)->bind(1, a.id);
      auto children = rows<ShardArticle>(**cs, in.db, read_article);
      if (!children) return children.error();
      auto ls = in.prep(
          "SELECT kind, pos, title, url, title_key, child_id FROM links WHERE article_id = ?1 "
          "ORDER BY kind = 'related', pos");
      if (!ls) return ls.error();
      (*ls)->bind(1, a.id);
      auto links = rows<ShardLink>(**ls, in.db, [](ad::Stmt& s) {
        ShardLink l;
        l.kind = s.text(0);
        l.pos = s.int64(1);
        l.title = s.text(2);
        l.url = s.opt_text(3);
        l.title_key = s.text(4);
        if (!s.is_null(5)) l.child = s.int64(5);
        return l;
      });
      if (!links) return links.error();
      std::vector<bool> done(children->size());
      auto child_row = [&](std::int64_t shard_id) -> std::optional<std::size_t> {
        for (std::size_t k = 0; k < children->size(); ++k)
          if ((*children)[k].id == shard_id && !done[k]) return k;
        return std::nullopt;
      };
      for (const auto& l : *links) {
        std::optional<std::int64_t> child, link_target;
        if (l.child) {
          if (auto k = child_row(*l.child)) {
            auto c = insert((*children)[*k], *target);
            if (!c) return c.error();
            done[*k] = true;
            child = link_target = *c;
            ++stats.children;
          }
        } else if (!l.title_key.empty()) {
          auto t =
              out.query_int("SELECT id FROM articles WHERE title_key = ?1 AND id != ?2 ORDER BY id LIMIT 1",
                            l.title_key, *target);
          if (!t) return t.error();
          link_target = *t;
        }
        auto st = out.prep(
            "INSERT INTO links(article_id, kind, pos, title, url, title_key, child_id, target_id) "
            "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        if (!st) return st.error();
        ad::Stmt& q = **st;
        q.bind(1, *target)
            .bind(2, l.kind)
            .bind(3, l.pos)
            .bind(4, l.title)
            .bind(5, l.url)
            .bind(6, l.title_key);
        if (child)
          q.bind(7, *child);
        else
          q.bind_null(7);
        if (link_target)
          q.bind(8, *link_target);
        else
          q.bind_null(8);
        AKHBAR_TRY(q.run(out.db));
      }
      // A child no link names (not written by ingest, but kept if a shard has one).
      for (std::size_t k = 0; k < children->size(); ++k)
        if (!done[k]) {
          auto c = insert((*children)[k], *target);
          if (!c) return c.error();
          ++stats.children;
        }
      if (res.near_duplicate_of) ++stats.near_duplicates;
      // A new story brings its line counts (site templates), as its ingest here would have.
      if (!res.near_duplicate_of) AKHBAR_TRY(merge_site_lines(a.id, *target));
    }

    // A new article keeps the shard's flags (its original and its exact duplicates); an article
    // already here (merged before, or the same body) gets every input as another source.
    bool added = !exact && !partial;
    if (added) ++stats.added;
    for (const auto& i : inputs) {
      if (i.known) {
        ++stats.known;
        continue;
      }
      // Raw copies are stored once per SHA-256: copy the shard's compressed bytes unless present.
      auto have = out.query_int("SELECT 1 FROM raws WHERE sha256 = ?1", i.sha256);
      if (!have) return have.error();
      if (!have->has_value()) {
        auto rs = in.prep("SELECT size, data FROM raws WHERE sha256 = ?1");
        if (!rs) return rs.error();
        ad::Resetter reset(**rs);
        (*rs)->bind(1, i.sha256);
        int rc = (*rs)->step();
        if (rc == SQLITE_ROW) {
          AKHBAR_TRY(out.exec("INSERT INTO raws(sha256, size, data) VALUES(?1, ?2, ?3)", i.sha256,
                              (*rs)->int64(0), Blob{(*rs)->blob(1)}));
        } else if (rc != SQLITE_DONE) {
          return in.error(rc);
        }
      }
      bool duplicate = !added || i.duplicate;
      if (duplicate) ++stats.duplicates;
      auto st = out.prep(
          "INSERT INTO inputs(article_id, duplicate, path, record, url, encoding, sha256, size, format, "
          "fetched, "
          "meta, text, text_size, ingested, parser_version) "
          "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)");
      if (!st) return st.error();
      ad::Stmt& q = **st;
      q.bind(1, *target).bind(2, duplicate ? 1 : 0).bind(3, i.path).bind(4, i.record).bind(5, i.url);
      q.bind(6, i.encoding).bind(7, i.sha256).bind(8, i.size).bind(9, i.format).bind(10, i.fetched);
      q.bind(11, i.meta);
      if (i.text)
        q.bind_blob(12, *i.text);
      else
        q.bind_null(12);
      if (i.text_size)
        q.bind(13, *i.text_size);
      else
        q.bind_null(13);
      q.bind(14, i.ingested).bind(15, i.parser_version);
      AKHBAR_TRY(q.run(out.db));
    }
    return {};
  };

  auto work = [&]() -> Result<void> {
    // One statement walks the shard's articles; holding it open keeps one consistent snapshot.
    auto walk = in.prep(AKHBAR_SHARD_ARTICLE "WHERE a.parent_id IS NULL ORDER BY a.id");
    if (!walk) return walk.error();
    ad::Resetter reset(**walk);
    auto is = in.prep(
        "SELECT duplicate, path, record, url, encoding, sha256, size, format, fetched, meta, text, "
        "text_size, "
        "ingested, parser_version FROM inputs WHERE article_id = ?1 ORDER BY id");
    if (!is) return is.error();
    int rc;
    while ((rc = (*walk)->step()) == SQLITE_ROW) {
      ShardArticle a = read_article(**walk);
      at = a.id;
      (*is)->bind(1, a.id);
      auto inputs = rows<ShardInput>(**is, in.db, [](ad::Stmt& s) {
        ShardInput i;
        i.duplicate = s.int64(0) != 0;
        i.path = s.text(1);
        i.record = s.int64(2);
        i.url = s.opt_text(3);
        i.encoding = s.text(4);
        i.sha256 = s.text(5);
        i.size = s.int64(6);
        i.format = s.text(7);
        i.fetched = s.opt_text(8);
        i.meta = s.opt_text(9);
        if (!s.is_null(10)) i.text = std::string(s.blob(10));
        if (!s.is_null(11)) i.text_size = s.int64(11);
        i.ingested = s.text(12);
        i.parser_version = s.text(13);
        return i;
      });
      if (!inputs) return inputs.error();
      stats.inputs += static_cast<std::int64_t>(inputs->size());
      bool all_known = true;
      for (auto& i : *inputs) {
        auto k =
            out.query_int("SELECT article_id FROM inputs WHERE sha256 = ?1 AND path = ?2 AND record = ?3",
                          i.sha256, i.path, i.record);
        if (!k) return k.error();
        i.known = *k;
        all_known = all_known && k->has_value();
      }
      if (all_known && !inputs->empty()) {
        stats.known += static_cast<std::int64_t>(inputs->size());
        continue;
      }
      if (in_batch == 0) AKHBAR_TRY(begin());
      AKHBAR_TRY(merge_one(a, *inputs));
      auto now = std::chrono::steady_clock::now();
      if (++in_batch >= batch || now - last_commit >= std::chrono::seconds(1)) {
        AKHBAR_TRY(commit());
        in_batch = 0;
        last_commit = now;
      }
    }
    if (rc != SQLITE_DONE) return in.error(rc);
    return commit();
  };
  if (auto r = work(); !r || !(r = prune_site_lines())) {
    // Every committed batch stays; the open one (whole articles only) is abandoned.
    rollback();
    Error e = r.error();
    if (e.where.empty()) e.where = shard_path;
    if (at) e.message = "merge stopped at article " + std::to_string(at) + " of the shard: " + e.message;
    return e;
  }
  return stats;
}

}  // namespace akhbar
