// Opening an archive: existence, version checks and migrations, connection settings, batches.
#include <akhbar/archive.h>

#include <cctype>
#include <filesystem>

#include "archive/detail_impl.h"
#include "archive/detail_schema.h"

namespace akhbar {
namespace ad = archive_detail;

Result<ad::Stmt*> Archive::Impl::prep(const char* sql) {
  auto it = stmts.find(sql);
  if (it != stmts.end()) return &it->second;
  auto s = ad::Stmt::prepare(db, sql);
  if (!s) return s.error();
  return &stmts.emplace(sql, std::move(s).value()).first->second;
}

namespace {

Result<std::int64_t> pragma_int(ad::Db& db, const char* sql) {
  auto s = ad::Stmt::prepare(db, sql);
  if (!s) return s.error();
  int rc = s->step();
  if (rc == SQLITE_ROW) return s->int64(0);
  if (rc == SQLITE_DONE) return std::int64_t{0};
  return db.error(rc);
}

// True when the first page can be read (false on a WAL archive whose -shm cannot be created).
bool readable(ad::Db& db) {
  auto s = ad::Stmt::prepare(db, "PRAGMA application_id");
  if (!s) return false;
  int rc = s->step() & 0xff;
  return rc != SQLITE_READONLY && rc != SQLITE_CANTOPEN;
}

std::string immutable_uri(const std::string& path) {
  std::string abs = std::filesystem::absolute(path).string();
  std::string out = "file:";
  static const char* hex = "0123456789ABCDEF";
  for (unsigned char c : abs) {
    if (std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out + "?immutable=1";
}

Error at(const std::string& path, std::string message) { return Error{std::move(message), path}; }

}  // namespace

int Archive::schema_version() { return ad::current_version; }

Result<Archive> Archive::open(const std::string& path, OpenMode mode) {
  return open(path, mode, OpenOptions{});
}

Result<Archive> Archive::open(const std::string& path, OpenMode mode, const OpenOptions& options) {
  std::error_code ec;
  bool exists = std::filesystem::exists(path, ec);
  if (mode == OpenMode::read_only && !exists)
    return Error{"no archive at " + path + " — create one with `akhbar ingest`", ""};
  if (exists && std::filesystem::is_directory(path, ec)) return at(path, "is a folder, not an archive");

  int flags = mode == OpenMode::read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  auto db = ad::Db::open(path, flags);
  if (!db) return db.error();
  if (mode == OpenMode::read_only && !readable(*db)) {
    // A WAL archive that we may not write (read-only file or folder) cannot get its shared-memory
    // index; nobody can be writing it then either, so read it as an immutable file.
    auto again = ad::Db::open(immutable_uri(path), flags | SQLITE_OPEN_URI, path);
    if (again && readable(*again)) db = std::move(again);
  }
  auto impl = std::make_unique<Impl>();
  impl->db = std::move(db).value();
  impl->mode = mode;
  ad::Db& d = impl->db;
  sqlite3_busy_timeout(d.get(), options.busy_timeout_ms);

  auto app = pragma_int(d, "PRAGMA application_id");
  if (!app) return app.error();
  auto version = pragma_int(d, "PRAGMA user_version");
  if (!version) return version.error();
  auto tables = pragma_int(d, "SELECT count(*) FROM sqlite_master");
  if (!tables) return tables.error();
  if (*app != ad::application_id && (*app != 0 || *version != 0 || *tables != 0))
    return at(path, "not an akhbar archive (an SQLite database of another program)");
  if (*version > ad::current_version)
    return at(path, "written by a newer akhbar (schema version " + std::to_string(*version) +
                        "); this akhbar reads schema versions up to " + std::to_string(ad::current_version) +
                        " — upgrade akhbar");

  if (auto r = d.exec("PRAGMA foreign_keys = ON"); !r) return r.error();
  if (options.mmap_bytes > 0) {
    std::string mmap = "PRAGMA mmap_size = " + std::to_string(options.mmap_bytes);
    auto s = ad::Stmt::prepare(d, mmap);
    if (!s) return s.error();
    if (int rc = s->step(); rc != SQLITE_ROW && rc != SQLITE_DONE) return d.error(rc);
  }
  if (mode == OpenMode::read_only) {
    if (*version == 0) return at(path, "not an akhbar archive (empty) — create one with `akhbar ingest`");
    if (*version < ad::current_version)
      return at(path, "schema version " + std::to_string(*version) + " is older than this akhbar's " +
                          std::to_string(ad::current_version) +
                          "; upgrade it once with a writing command such as `akhbar reparse`");
    if (auto r = d.exec("PRAGMA query_only = ON"); !r) return r.error();
    return Archive(std::move(impl));
  }

  // WAL lets searches run while an ingest writes; NORMAL sync keeps every committed batch across
  // a killed process (only an OS crash or power cut can lose the last batches, never consistency).
  // Checkpoints every 16,000 pages (64 MB) rather than 1,000: a batch rewrites the same index
  // pages, and each checkpoint copies a page once however often it was rewritten.
  for (const char* pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
                             "PRAGMA cache_size = -65536", "PRAGMA temp_store = MEMORY",
                             "PRAGMA wal_autocheckpoint = 16000"}) {
    auto s = ad::Stmt::prepare(d, pragma);
    if (!s) return s.error();
    if (int rc = s->step(); rc != SQLITE_ROW && rc != SQLITE_DONE) return d.error(rc);
  }
  if (*version < ad::current_version) {
    if (auto r = d.exec("BEGIN IMMEDIATE"); !r) return r.error();
    // Another writer may have migrated while we waited for the lock.
    auto now = pragma_int(d, "PRAGMA user_version");
    if (!now) {
      (void)d.exec("ROLLBACK");
      return now.error();
    }
    for (int v = static_cast<int>(*now) + 1; v <= ad::current_version; ++v) {
      Result<void> r = d.exec(ad::migration_sql(v));
      if (r && v == 2 && *now >= 1) r = impl->fingerprint_all();
      if (r) r = impl->flush_index();
      if (!r) {
        impl->pending_index.clear();
        (void)d.exec("ROLLBACK");
        return at(path, "cannot upgrade the archive to schema version " + std::to_string(v) + ": " +
                            r.error().message);
      }
    }
    std::string set = "PRAGMA user_version = " + std::to_string(ad::current_version) +
                      "; PRAGMA application_id = " + std::to_string(ad::application_id) + "; COMMIT";
    if (auto r = d.exec(set.c_str()); !r) {
      (void)d.exec("ROLLBACK");
      return r.error();
    }
  }
  return Archive(std::move(impl));
}

Result<void> Archive::check_query(const std::string& query) {
  // Building a Normalizer costs about as much as a search of a small archive: keep one per thread.
  thread_local Normalizer n;
  auto q = ad::compile_query(query, n);
  if (!q) return q.error();
  return {};
}

Archive::Archive(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Archive::~Archive() {
  if (m_impl && m_impl->in_batch) rollback();
}
Archive::Archive(Archive&&) noexcept = default;
Archive& Archive::operator=(Archive&&) noexcept = default;

const std::string& Archive::path() const { return m_impl->db.path(); }
void Archive::set_parser_version(std::string version) { m_impl->parser_version = std::move(version); }

Result<void> Archive::begin() {
  if (m_impl->in_batch) return {};
  // IMMEDIATE takes the write lock now, so a second writer waits here (busy timeout), not mid-batch.
  if (auto r = m_impl->db.exec("BEGIN IMMEDIATE"); !r) return r;
  m_impl->in_batch = true;
  return {};
}

Result<void> Archive::begin_read() {
  if (m_impl->in_batch || sqlite3_get_autocommit(m_impl->db.get()) == 0) return {};
  return m_impl->db.exec("BEGIN");
}

void Archive::end_read() {
  if (!m_impl->in_batch && sqlite3_get_autocommit(m_impl->db.get()) == 0) (void)m_impl->db.exec("COMMIT");
}

Result<void> Archive::commit() {
  if (!m_impl->in_batch) return {};
  auto r = m_impl->flush_index();
  if (r) r = m_impl->db.exec("COMMIT");
  if (!r) {
    rollback();
    return r;
  }
  m_impl->in_batch = false;
  return {};
}

void Archive::rollback() {
  if (!m_impl->in_batch) return;
  m_impl->in_batch = false;
  m_impl->pending_index.clear();
  if (sqlite3_get_autocommit(m_impl->db.get()) == 0) (void)m_impl->db.exec("ROLLBACK");
}

Result<StoreResult> Archive::store(const Article& article, const Document& source) {
  PreparedArticle p;
  prepare_into(*p.m_impl, article, source, m_impl->normalizer());
  return store(std::move(p));
}

Result<StoreResult> Archive::store(PreparedArticle&& prepared) {
  bool own = !m_impl->in_batch;
  if (own)
    if (auto r = begin(); !r) return r.error();
  auto r = m_impl->store(*prepared.m_impl);
  if (!r) {
    // The article may be half written: abandon the batch rather than commit a partial article.
    rollback();
    return r;
  }
  if (own)
    if (auto c = commit(); !c) return c.error();
  return r;
}

Result<bool> Archive::has_input(const std::string& sha256) {
  auto s = m_impl->prep("SELECT 1 FROM inputs WHERE sha256 = ?1 LIMIT 1");
  if (!s) return s.error();
  ad::Resetter reset(**s);
  (*s)->bind(1, sha256);
  int rc = (*s)->step();
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) return m_impl->error(rc);
  return rc == SQLITE_ROW;
}

Result<bool> Archive::has_input(const InputInfo& input) {
  auto s = m_impl->prep("SELECT 1 FROM inputs WHERE sha256 = ?1 AND path = ?2 AND record = ?3");
  if (!s) return s.error();
  ad::Resetter reset(**s);
  (*s)->bind(1, input.sha256).bind(2, input.path).bind(3, input.record);
  int rc = (*s)->step();
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) return m_impl->error(rc);
  return rc == SQLITE_ROW;
}

Result<std::optional<Article>> Archive::get(std::int64_t id) { return m_impl->get(id); }

Result<ReparseStats> Archive::reparse(const std::function<std::optional<Article>(Document&)>& segment) {
  if (m_impl->in_batch) return Error{"reparse cannot run inside a batch", path()};
  return m_impl->reparse(segment);
}

}  // namespace akhbar
