// Merging another archive (a shard) into this one: its rows are copied as stored (compressed
// bodies and raw copies included, nothing reparsed), ids renumbered, and every new article goes
// through the same index() as ingest, so exact and near duplicates are found across shards.
// Idempotent and crash-safe by the same rule as ingest: an input whose (sha256, path, record) is
// archived is skipped, and each article is written with all its inputs, children and links in one
// transaction.
//
// Two threads, as ingest has a writer beside its parsers: a reader walks the shard and makes each
// article ready (its rows, raw copies and site lines read, its body decoded and tokenized for the
// index), and the calling thread only runs this archive's SQL, in the shard's order. On one
// thread, reading and tokenizing were a quarter of merge's CPU, and on a busy machine a lone
// thread mostly waits for a core: 61 s in the run queue for 35 s of CPU (100,000 articles).
#include <akhbar/archive.h>
#include <akhbar/normalizer.h>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <mutex>
#include <thread>

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
  std::string title_tokens, body_tokens;  // the FTS text, made on the reader thread
  bool damaged = false;                   // the stored body could not be decoded
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

// A raw copy as the shard stores it (compressed).
struct ShardRaw {
  std::string sha256;
  std::int64_t size = 0;
  std::string data;
};

// One top-level shard article with everything merge writes for it.
struct ShardItem {
  ShardArticle article;
  std::vector<ShardInput> inputs;
  std::vector<ShardArticle> children;
  std::vector<ShardLink> links;
  std::optional<std::string> site;  // the site its line keys count for, when it has any
  std::string line_keys;            // article_lines.keys
  std::vector<ShardRaw> raws;       // of its inputs, those the shard holds
};

// Articles the reader may have ready ahead of the writer: enough to keep the writer busy through
// a commit, few enough that memory stays small (an item is a few tens of KB).
constexpr std::size_t items_ahead = 256;

// The reader's hand-over to the writer: items in shard order, then the end or the reader's error.
class ItemQueue {
 public:
  // Waits for room; false when the writer has stopped (the reader then stops too).
  bool push(ShardItem&& item) {
    std::unique_lock lock(m_mutex);
    m_room.wait(lock, [&] { return m_items.size() < items_ahead || m_stopped; });
    if (m_stopped) return false;
    m_items.push_back(std::move(item));
    m_ready.notify_one();
    return true;
  }
  // The reader is done: `error` when it failed.
  void finish(std::optional<Error> error) {
    std::lock_guard lock(m_mutex);
    m_finished = true;
    m_error = std::move(error);
    m_ready.notify_one();
  }
  // The next item; nullopt at the end (then error() says whether the reader failed).
  std::optional<ShardItem> pop() {
    std::unique_lock lock(m_mutex);
    m_ready.wait(lock, [&] { return !m_items.empty() || m_finished; });
    if (m_items.empty()) return std::nullopt;
    ShardItem item = std::move(m_items.front());
    m_items.pop_front();
    m_room.notify_one();
    return item;
  }
  // The writer stops early: the reader's next push returns false.
  void stop() {
    std::lock_guard lock(m_mutex);
    m_stopped = true;
    m_room.notify_one();
  }
  const std::optional<Error>& error() const { return m_error; }  // after pop() gave nullopt

 private:
  std::mutex m_mutex;
  std::condition_variable m_ready, m_room;
  std::deque<ShardItem> m_items;
  bool m_finished = false, m_stopped = false;
  std::optional<Error> m_error;
};

// Decodes an article's stored body and makes its FTS text with the reader's normalizer. A damaged
// body is an error only if the writer has to insert it (not for a duplicate of an archived body).
void tokenize(ShardArticle& a, const Normalizer& n) {
  std::vector<Block> body;
  if (!a.data.empty()) {
    auto b = ad::decode_blocks(a.data, static_cast<std::size_t>(a.size));
    if (!b) {
      a.damaged = true;
      return;
    }
    body = std::move(*b);
  }
  if (a.title) a.title_tokens = ad::token_text(n.tokens(*a.title));
  a.body_tokens = ad::token_text(n.tokens(body_text(body)));
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
  const std::string shard_file = in.db.path();
  MergeStats stats;
  std::int64_t in_batch = 0, at = 0;
  auto last_commit = std::chrono::steady_clock::now();

  // ----- the reader thread: the shard's rows, in the shard's order, made ready to write -----------

  // Reads one top-level article's inputs, children, links, site lines and raw copies.
  auto read_item = [&](ShardItem& item, const Normalizer& n) -> Result<void> {
    const std::int64_t id = item.article.id;
    auto is = in.prep(
        "SELECT duplicate, path, record, url, encoding, sha256, size, format, fetched, meta, text, "
        "text_size, "
        "ingested, parser_version FROM inputs WHERE article_id = ?1 ORDER BY id");
    if (!is) return is.error();
    (*is)->bind(1, id);
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
    item.inputs = std::move(*inputs);
    tokenize(item.article, n);
    // Children and links, in the order ingest wrote them (each child just before its link).
    auto cs = in.prep(AKHBAR_SHARD_ARTICLE "WHERE a.parent_id = ?1 ORDER BY a.id");
    if (!cs) return cs.error();
    (*cs)->bind(1, id);
    auto children = rows<ShardArticle>(**cs, in.db, read_article);
    if (!children) return children.error();
    item.children = std::move(*children);
    for (auto& c : item.children) tokenize(c, n);
    auto ls = in.prep(
        "SELECT kind, pos, title, url, title_key, child_id FROM links WHERE article_id = ?1 "
        "ORDER BY kind = 'related', pos");
    if (!ls) return ls.error();
    (*ls)->bind(1, id);
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
    item.links = std::move(*links);
    {
      auto sl = in.prep(
          "SELECT s.site, l.keys FROM article_lines l JOIN sites s ON s.id = l.site_id WHERE "
          "l.article_id = ?1");
      if (!sl) return sl.error();
      ad::Resetter reset(**sl);
      (*sl)->bind(1, id);
      int rc = (*sl)->step();
      if (rc == SQLITE_ROW) {
        item.site = (*sl)->text(0);
        item.line_keys = std::string((*sl)->blob(1));
      } else if (rc != SQLITE_DONE) {
        return in.error(rc);
      }
    }
    // Raw copies are read whether or not this archive has them already: only the writer knows.
    auto rs = in.prep("SELECT size, data FROM raws WHERE sha256 = ?1");
    if (!rs) return rs.error();
    for (const auto& i : item.inputs) {
      ad::Resetter reset(**rs);
      (*rs)->bind(1, i.sha256);
      int rc = (*rs)->step();
      if (rc == SQLITE_ROW)
        item.raws.push_back({i.sha256, (*rs)->int64(0), std::string((*rs)->blob(1))});
      else if (rc != SQLITE_DONE)
        return in.error(rc);
    }
    return {};
  };

  ItemQueue queue;
  std::thread reader([&] {
    // The shard's connection is used on this thread only from here on.
    auto r = [&]() -> Result<void> {
      Normalizer n;
      // One statement walks the shard's articles; holding it open keeps one consistent snapshot.
      auto walk = in.prep(AKHBAR_SHARD_ARTICLE "WHERE a.parent_id IS NULL ORDER BY a.id");
      if (!walk) return walk.error();
      ad::Resetter reset(**walk);
      int rc;
      while ((rc = (*walk)->step()) == SQLITE_ROW) {
        ShardItem item;
        item.article = read_article(**walk);
        if (auto r = read_item(item, n); !r) {
          Error e = r.error();
          e.message =
              "merge stopped at article " + std::to_string(item.article.id) + " of the shard: " + e.message;
          return e;
        }
        if (!queue.push(std::move(item))) return {};
      }
      if (rc != SQLITE_DONE) return in.error(rc);
      return {};
    };
    try {
      auto done = r();
      queue.finish(done ? std::nullopt : std::optional<Error>(done.error()));
    } catch (const std::exception& e) {
      // Out of memory, or ICU failing to start: the writer reports it as it would its own.
      queue.finish(Error{e.what(), shard_file});
    }
  });
  // Whatever way the writer leaves, the reader is stopped and joined first.
  struct Joiner {
    ItemQueue& queue;
    std::thread& thread;
    ~Joiner() {
      queue.stop();
      thread.join();
    }
  } joiner{queue, reader};

  // ----- the writer (this thread): this archive's SQL only -------------------------------------------

  // Writes one shard article (top-level, with its children and links) whose inputs are not all
  // archived; its inputs have `known` filled.
  auto merge_one = [&](const ShardItem& item) -> Result<void> {
    const ShardArticle& a = item.article;
    const std::vector<ShardInput>& inputs = item.inputs;
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
      if (s.damaged)
        return Error{"the stored text of article " + std::to_string(s.id) + " is damaged", shard_file};
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
      // The body is copied compressed as stored; the index gets the reader's tokens.
      AKHBAR_TRY(out.exec("INSERT INTO blocks(article_id, count, size, data) VALUES(?1, ?2, ?3, ?4)", id,
                          s.blocks, s.size, Blob{s.data}));
      ad::Indexed ix;
      ix.title_key = s.title_key;
      ix.title_tokens = s.title_tokens;
      ix.body_tokens = s.body_tokens;
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
      const auto& children = item.children;
      std::vector<bool> done(children.size());
      auto child_row = [&](std::int64_t shard_id) -> std::optional<std::size_t> {
        for (std::size_t k = 0; k < children.size(); ++k)
          if (children[k].id == shard_id && !done[k]) return k;
        return std::nullopt;
      };
      for (const auto& l : item.links) {
        std::optional<std::int64_t> child, link_target;
        if (l.child) {
          if (auto k = child_row(*l.child)) {
            auto c = insert(children[*k], *target);
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
      for (std::size_t k = 0; k < children.size(); ++k)
        if (!done[k]) {
          auto c = insert(children[k], *target);
          if (!c) return c.error();
          ++stats.children;
        }
      if (res.near_duplicate_of) ++stats.near_duplicates;
      // A new story brings its line counts (site templates), as its ingest here would have.
      if (!res.near_duplicate_of && item.site)
        AKHBAR_TRY(
            out.count_site_lines(*target, *item.site, ad::decode_line_keys(item.line_keys), item.line_keys));
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
        for (const auto& r : item.raws)
          if (r.sha256 == i.sha256) {
            AKHBAR_TRY(out.exec("INSERT INTO raws(sha256, size, data) VALUES(?1, ?2, ?3)", i.sha256, r.size,
                                Blob{r.data}));
            break;
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
    while (auto item = queue.pop()) {
      at = item->article.id;
      stats.inputs += static_cast<std::int64_t>(item->inputs.size());
      bool all_known = true;
      for (auto& i : item->inputs) {
        auto k =
            out.query_int("SELECT article_id FROM inputs WHERE sha256 = ?1 AND path = ?2 AND record = ?3",
                          i.sha256, i.path, i.record);
        if (!k) return k.error();
        i.known = *k;
        all_known = all_known && k->has_value();
      }
      if (all_known && !item->inputs.empty()) {
        stats.known += static_cast<std::int64_t>(item->inputs.size());
        continue;
      }
      if (in_batch == 0) AKHBAR_TRY(begin());
      AKHBAR_TRY(merge_one(*item));
      auto now = std::chrono::steady_clock::now();
      if (++in_batch >= batch || now - last_commit >= std::chrono::seconds(1)) {
        AKHBAR_TRY(commit());
        in_batch = 0;
        last_commit = now;
      }
    }
    if (queue.error()) {
      // The reader's error already says where it stopped.
      at = 0;
      return *queue.error();
    }
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
