#pragma once
// Archive: the SQLite store of Articles (schema in docs/schema.md) with FTS5 search over the
// normalizer's search form, deduplication, provenance and raw copies, and the read-side queries.

#include <akhbar/record.h>
#include <akhbar/result.h>
#include <akhbar/site_lines.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace akhbar {

// How an archive is opened: queries never create a file; ingest creates it when missing.
enum class OpenMode { read_only, read_write };

// Tuning for Archive::open.
struct OpenOptions {
  int busy_timeout_ms = 10000;  // how long a writer waits for another writer before giving up
  // Bytes of the file read through a memory map (PRAGMA mmap_size; 0: read() calls, SQLite's
  // default): a long-lived reader (serve) saves a system call and a copy per page it reads.
  std::int64_t mmap_bytes = 0;
};

// The line keys an archive keeps per site at most (Archive::prune_site_lines): the template lines
// of a site are a few hundred; the rest are the rare lines of its stories, pruned first.
inline constexpr std::int64_t site_lines_cap = 20000;

// A search with more matches than this ranks the newest this many first, then the older ones
// (unless Filters::rank_all): bm25 costs ~2 µs per match, ~180 ms for a word found in 90% of
// 100,000 articles, and for such frequent words recent matches are what people look for.
inline constexpr std::int64_t search_rank_window = 2000;

// The marks around matched words in Summary::snippet.
inline constexpr std::string_view snippet_open = "[";
inline constexpr std::string_view snippet_close = "]";

// Filters shared by search, list and export.
struct Filters {
  std::optional<std::string> source;  // exact source name
  std::optional<std::string> since;   // ISO date, inclusive, on published
  std::optional<std::string> until;   // ISO date, inclusive, on published
  std::int64_t limit = -1;            // -1: no limit
  std::int64_t offset = 0;
  bool rank_all = false;  // search: rank every match, not only the newest search_rank_window
  // search: fill Summary::score (bm25). false, for a page that shows no scores, gives the same hits
  // in the same order with every score 0, and saves a one-word query bm25's IDF scan.
  bool scores = true;
};

// What store() did with one Article.
struct StoreResult {
  std::int64_t id = 0;     // the article's id (the existing one for an exact duplicate)
  bool duplicate = false;  // same search-form body already archived; input recorded as another source
  std::optional<std::int64_t> near_duplicate_of;  // linked near-duplicate, if any
  std::size_t children = 0;                       // read-also items stored as articles of their own
  bool known_input = false;  // this very input (sha256, path, record) was archived before: nothing written
};

// What Archive::reparse did.
struct ReparseStats {
  std::int64_t inputs = 0;    // stored inputs re-segmented
  std::int64_t changed = 0;   // articles whose record changed
  std::int64_t kept = 0;      // articles kept as they were (no raw copy, e.g. imported records)
  std::int64_t children = 0;  // read-also articles after the reparse
};

// What Archive::merge_from did with one shard (counted per input record, as ingest counts them).
struct MergeStats {
  std::int64_t inputs = 0;           // the shard's input records read
  std::int64_t added = 0;            // stored as new articles
  std::int64_t children = 0;         // read-also articles stored with them
  std::int64_t duplicates = 0;       // exact duplicates: recorded as another source of an article
  std::int64_t near_duplicates = 0;  // added articles linked to a near duplicate
  std::int64_t known = 0;            // already in this archive (merged or ingested before): skipped
};

// One line of a list or search result.
struct Summary {
  std::int64_t id = 0;
  std::optional<std::string> title;
  std::optional<std::string> published;
  std::optional<std::string> source;
  std::optional<std::string> url;
  std::string snippet;  // search: display text with matches marked by the archive's markers
  double score = 0;     // search: bm25 (lower is better, as FTS5 gives it)
};

// Archive-wide figures for `akhbar stats`.
struct Stats {
  std::int64_t articles = 0;
  std::int64_t inputs = 0;
  std::int64_t words = 0;
  std::int64_t duplicates = 0;       // inputs that were exact duplicates
  std::int64_t near_duplicates = 0;  // linked pairs
  std::optional<std::string> first_date, last_date;
  std::vector<std::pair<std::string, std::int64_t>> per_source;  // most articles first
  std::vector<std::pair<std::string, std::int64_t>> per_month;   // "YYYY-MM", ascending
};

// Articles of one source in one month (`akhbar serve`'s chart).
struct MonthCount {
  std::string month;   // "YYYY-MM"
  std::string source;  // "" when unknown
  std::int64_t articles = 0;
};

// One input recorded for an article: the one it was parsed from, or an exact duplicate of it.
struct InputRecord {
  InputInfo input;
  bool duplicate = false;  // an exact duplicate, recorded as another source of the article
  std::string format;      // the loader's format: "text", "html", "jsonl", ...
  std::int64_t size = 0;   // the raw record's size in bytes
};

// A near-duplicate pair for `akhbar duplicates`.
struct DuplicatePair {
  std::int64_t a = 0, b = 0;
  int distance = 0;  // SimHash Hamming distance (or 100 - Jaccard%)
  std::optional<std::string> title_a, title_b;
};

// Checks a filter date: YYYY, YYYY-MM or YYYY-MM-DD naming a real month and day.
bool valid_filter_date(std::string_view text);

class Normalizer;

// An Article made ready for Archive::store off the writer thread (folded, tokenized, fingerprinted,
// compressed), so that ingest spreads that work over threads while one thread writes.
class PreparedArticle {
 public:
  PreparedArticle();
  ~PreparedArticle();
  PreparedArticle(PreparedArticle&&) noexcept;
  PreparedArticle& operator=(PreparedArticle&&) noexcept;
  struct Impl;

 private:
  friend class Archive;
  std::unique_ptr<Impl> m_impl;
};

// An open archive. Movable, not copyable; all SQL runs through prepared statements.
class Archive {
 public:
  // The newest schema version this build reads and writes (PRAGMA user_version).
  static int schema_version();
  // Opens (read_write: creates and migrates) the archive at `path`. Errors: no archive,
  // newer schema, locked, not an SQLite file — each one line naming the path.
  static Result<Archive> open(const std::string& path, OpenMode mode);
  // The same, with a busy timeout other than the default.
  static Result<Archive> open(const std::string& path, OpenMode mode, const OpenOptions& options);
  // Checks a search query without an archive: the same one-line Error search() would give.
  static Result<void> check_query(const std::string& query);
  ~Archive();
  Archive(Archive&&) noexcept;
  Archive& operator=(Archive&&) noexcept;

  // Starts / commits / abandons a batch; store() outside a batch commits by itself, and a failed
  // store() abandons the open batch (an article is never half stored).
  Result<void> begin();
  Result<void> commit();
  void rollback();

  // Runs the next queries in one read transaction, on one snapshot, until end_read(): a page's rows
  // and count agree while an ingest writes, and no query starts a transaction of its own.
  Result<void> begin_read();
  // Ends begin_read()'s transaction (nothing when none is open).
  void end_read();

  // Stores one parsed Article with its Document's provenance and raw bytes.
  Result<StoreResult> store(const Article& article, const Document& source);
  // The CPU-heavy half of store(), safe on any thread; `normalizer` is the calling thread's own.
  static PreparedArticle prepare(const Article& article, const Document& source,
                                 const Normalizer& normalizer);
  // Stores a prepared Article: the same as store(article, source).
  Result<StoreResult> store(PreparedArticle&& prepared);
  // True when an input with this SHA-256 (and record index) is already archived: ingest skips it.
  Result<bool> has_input(const std::string& sha256);
  // True when this very input (sha256, path and record) is already archived.
  Result<bool> has_input(const InputInfo& input);
  // Copies every article of the archive at `shard` not yet in this one (ids renumbered, raw copies
  // as stored, duplicates detected across both, indexed), committing `batch` articles at a time.
  Result<MergeStats> merge_from(const std::string& shard, std::int64_t batch = 500);
  // Adds the lines of a stored article (a new story: not a duplicate or near duplicate) to its
  // site's statistics and keeps them with the article, so that merge carries them.
  Result<void> add_site_lines(std::int64_t article_id, const DocLines& lines);
  // The per-site line statistics, with only the lines at least `min_docs` documents carry.
  Result<SiteStats> site_stats(std::int64_t min_docs = 1);
  // Keeps at most site_lines_cap keys per site, the rarest dropped first (ingest and merge call it
  // at their end).
  Result<void> prune_site_lines();
  // The parser version recorded with every input stored from now on (e.g. "akhbar 0.1.0").
  void set_parser_version(std::string version);
  // The archive's file.
  const std::string& path() const;

  // Full-text search (words, "phrases", OR, NOT, prefix*), best first; bad queries give an Error.
  Result<std::vector<Summary>> search(const std::string& query, const Filters& filters);
  // Articles newest first.
  Result<std::vector<Summary>> list(const Filters& filters);
  // One article as parse printed it (read-also and related included); nullopt for an unknown id.
  Result<std::optional<Article>> get(std::int64_t id);
  // The id of the article at `url`.
  Result<std::optional<std::int64_t>> find_url(const std::string& url);
  // Calls `fn` for each article matching `filters`, oldest id first (streaming, for export).
  Result<void> for_each(const Filters& filters, const std::function<void(std::int64_t, const Article&)>& fn);
  Result<Stats> stats();
  // Sources with their article counts, most first.
  Result<std::vector<std::pair<std::string, std::int64_t>>> sources();
  // Archived articles that `id`'s read-also and related items resolve to (and those linking to it).
  Result<std::vector<Summary>> related(std::int64_t id);
  // Near-duplicate pairs.
  Result<std::vector<DuplicatePair>> duplicates(const Filters& filters);
  // The stored raw copies, for `akhbar reparse`: fn(article id, provenance, raw bytes, format).
  // Document::text is filled only for structured formats (the record's text field); for "text"
  // inputs it is empty and the caller decodes Document::raw with Document::input.encoding.
  Result<void> for_each_input(const std::function<void(const Document&)>& fn);
  // Re-segments every stored input (not duplicates) in one transaction: `segment` gets the rebuilt
  // Document (text filled as for for_each_input) and returns the new Article, or nullopt to keep the
  // stored one. Derived rows are replaced, article ids stay; the index and duplicates are rebuilt.
  Result<ReparseStats> reparse(const std::function<std::optional<Article>(Document&)>& segment);

  // Browsing (`akhbar serve`).
  // How many articles search(query, filters) finds over all its pages (query "": list()'s count),
  // counting no further than `cap` when it is not -1 (a word in every article costs ~25 ms to
  // count at 100,000 articles, the first 10,000 less than 1 ms).
  Result<std::int64_t> count(const std::string& query, const Filters& filters, std::int64_t cap = -1);
  // Articles per month ("YYYY-MM") and source, months ascending, then most articles first.
  Result<std::vector<MonthCount>> months_by_source();
  // The inputs recorded for article `id`, first the one it was parsed from, then exact duplicates
  // (a read-also article: its parent's); empty for an unknown id.
  Result<std::vector<InputRecord>> inputs(std::int64_t id);
  // The near-duplicate pairs that involve article `id`, closest first.
  Result<std::vector<DuplicatePair>> near_duplicates(std::int64_t id);
  // The stored input article `id` was parsed from (a read-also article: its parent's), its raw copy
  // and text filled as for_each_input fills them; nullopt when the article has no raw copy.
  Result<std::optional<Document>> source_document(std::int64_t id);

 private:
  struct Impl;
  explicit Archive(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> m_impl;
};

}  // namespace akhbar
