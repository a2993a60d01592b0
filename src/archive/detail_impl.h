#pragma once
// The state behind akhbar::Archive, shared by its source files (open, writer, reader, reparse).

#include <akhbar/archive.h>
#include <akhbar/normalizer.h>

#include <map>
#include <optional>
#include <string>
#include <type_traits>

#include "archive/detail_query.h"
#include "archive/detail_sqlite.h"

namespace akhbar {

namespace archive_detail {

// What the index and the deduplication need of one article, computed off the writer thread.
struct Indexed {
  std::optional<std::string> title_key;   // search form of the title, for link resolution
  std::string title_tokens, body_tokens;  // the FTS5 text (search tokens joined by spaces)
  std::optional<std::int64_t> body_hash;  // hash64 of the search-form body; unset for an empty body
  std::optional<std::int64_t> simhash;    // unset for short bodies
  std::string body_z;                     // encode_blocks
  std::int64_t body_size = 0, blocks = 0, words = 0;
};

// The line keys of an article_lines blob.
std::vector<LineKey> decode_line_keys(std::string_view blob);

// Folds, tokenizes, fingerprints and compresses one article's title and body.
Indexed make_indexed(const std::optional<std::string>& title, const std::vector<Block>& body,
                     const Normalizer& n);

// The WHERE clause shared by list, search, export, duplicates and the browser's counts, over table
// alias `t`; binds source, since and until at parameters ?1, ?2, ?3 (bind_filters).
inline std::string filter_sql(const char* t) {
  std::string a = t;
  return "(?1 IS NULL OR " + a + ".source = ?1) AND (?2 IS NULL OR " + a +
         ".published >= ?2) AND (?3 IS NULL OR " + a + ".published <= ?3)";
}

// Binds `f` for filter_sql. An inclusive "until" covers the whole day (or month): 2024-03-01
// admits 2024-03-01T23:00.
inline void bind_filters(Stmt& s, const Filters& f) {
  s.bind(1, f.source);
  s.bind(2, f.since);
  if (f.until)
    s.bind(3, *f.until + "\x7f");
  else
    s.bind_null(3);
}

// Steps `s` to the end, calling f(s) on each row; the statement is reset whatever happens.
template <class F>
Result<void> each_row(const Db& db, Stmt& s, F&& f) {
  Resetter reset(s);
  int rc;
  while ((rc = s.step()) == SQLITE_ROW) f(s);
  if (rc != SQLITE_DONE) return db.error(rc);
  return {};
}

}  // namespace archive_detail

struct PreparedArticle::Impl {
  Article article;
  archive_detail::Indexed main;
  std::vector<std::string> link_keys;             // per link: read_also, then related
  std::vector<archive_detail::Indexed> children;  // per link that carries a body, same order
  std::string format;
  std::optional<std::string> fetched, meta;
  bool has_raw = false;
  std::string raw_z, text_z;
  std::int64_t raw_size = 0, text_size = 0;
};

// Builds a PreparedArticle::Impl (Archive::prepare's work).
void prepare_into(PreparedArticle::Impl& p, const Article& a, const Document& doc, const Normalizer& n);

// Marks bytes to bind as a BLOB rather than TEXT.
struct Blob {
  std::string_view bytes;
};

struct Archive::Impl {
  archive_detail::Db db;
  OpenMode mode = OpenMode::read_only;
  // Built on first use: its tables cost ~15 ms per process, which show/list/stats/export never need.
  std::optional<Normalizer> lazy_normalizer;
  const Normalizer& normalizer() {
    if (!lazy_normalizer) lazy_normalizer.emplace();
    return *lazy_normalizer;
  }
  bool in_batch = false;
  // FTS5 rows of the open transaction, written by flush_index() just before it commits: FTS5 writes
  // its pending terms out as a new segment at every statement savepoint, and most of the writer's
  // statements open one, so rows inserted among them cost a segment (and later merges) each.
  struct IndexRow {
    std::int64_t id;
    std::string title, body;
  };
  std::vector<IndexRow> pending_index;
  static constexpr std::size_t max_pending_index = 5000;
  std::string parser_version = "akhbar";
  // akhbar_rank (detail_rank.h), added to the connection by the first search that uses it.
  bool rank_ready = false;
  Result<void> use_rank();
  // Prepared statements by their SQL text's address (each SQL is a string literal).
  std::map<const char*, archive_detail::Stmt> stmts;

  // The cached statement for `sql`, prepared on first use.
  Result<archive_detail::Stmt*> prep(const char* sql);
  // The translated error for result code `rc`.
  Error error(int rc, std::string_view what = {}) const { return db.error(rc, what); }

  // Binds `args` to the cached statement for `sql` (1, 2, ...) and runs it to the end.
  template <class... A>
  Result<void> exec(const char* sql, const A&... args) {
    auto s = prep(sql);
    if (!s) return s.error();
    bind_all(**s, 1, args...);
    return (*s)->run(db);
  }
  // The first column of the first row (nullopt when there is no row or it is NULL).
  template <class... A>
  Result<std::optional<std::int64_t>> query_int(const char* sql, const A&... args) {
    auto s = prep(sql);
    if (!s) return s.error();
    archive_detail::Resetter reset(**s);
    bind_all(**s, 1, args...);
    int rc = (*s)->step();
    if (rc == SQLITE_DONE || (rc == SQLITE_ROW && (*s)->is_null(0))) return std::optional<std::int64_t>();
    if (rc != SQLITE_ROW) return error(rc);
    return std::optional<std::int64_t>((*s)->int64(0));
  }
  static void bind_all(archive_detail::Stmt&, int) {}
  template <class T, class... A>
  static void bind_all(archive_detail::Stmt& s, int i, const T& v, const A&... rest) {
    if constexpr (std::is_same_v<T, std::nullptr_t>)
      s.bind_null(i);
    else if constexpr (std::is_same_v<T, Blob>)
      s.bind_blob(i, v.bytes);
    else if constexpr (std::is_integral_v<T>)
      s.bind(i, static_cast<std::int64_t>(v));
    else
      s.bind(i, v);
    bind_all(s, i + 1, rest...);
  }

  // Writer (store.cpp).
  Result<StoreResult> store(PreparedArticle::Impl& p);
  // Inserts one article row (blocks, index entries, fingerprints); links are separate.
  Result<std::int64_t> insert_row(const Article& a, std::optional<std::int64_t> parent,
                                  const std::optional<std::string>& url, const archive_detail::Indexed& ix,
                                  StoreResult& result);
  // Writes the links of `id` and the read-also children they carry.
  Result<void> insert_links(std::int64_t id, const PreparedArticle::Impl& p, StoreResult& result);
  // Adds `id` to the FTS index and the deduplication tables; `update_row` also writes the
  // fingerprints into the articles row (insert_row binds them itself).
  Result<void> index(std::int64_t id, const archive_detail::Indexed& ix, StoreResult& result,
                     bool update_row = true);
  // Counts one article's line keys for `site` and keeps them (`blob`: the keys as stored) with it.
  Result<void> count_site_lines(std::int64_t article_id, const std::string& site,
                                const std::vector<LineKey>& keys, std::string_view blob);
  // Writes pending_index into the FTS5 table (before every COMMIT of a writing transaction).
  Result<void> flush_index();
  // Fills the fingerprints of articles from an older schema (migration to version 2).
  Result<void> fingerprint_all();
  Result<ReparseStats> reparse(const std::function<std::optional<Article>(Document&)>& segment);

  // Reader (read.cpp).
  // The lowest article id a search ranks first: 0, or for a query with more than
  // search_rank_window matches, the id of the window-th newest match.
  Result<std::int64_t> rank_floor(const archive_detail::CompiledQuery& q);
  Result<std::optional<Article>> get(std::int64_t id);
  Result<std::vector<Block>> blocks(std::int64_t id);
  Result<std::optional<Document>> input_document(std::int64_t input_id);
};

}  // namespace akhbar

// Returns the Error of a failed Result from the enclosing function.
#define AKHBAR_TRY(expr)                          \
  do {                                            \
    auto akhbar_try_ = (expr);                    \
    if (!akhbar_try_) return akhbar_try_.error(); \
  } while (0)
