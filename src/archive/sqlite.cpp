// RAII over SQLite handles and the translation of its result codes into messages for people.
#include <cstring>

#include "archive/detail_sqlite.h"

namespace akhbar::archive_detail {

std::string describe(int rc, sqlite3* db) {
  int errno_value = db ? sqlite3_system_errno(db) : 0;
  std::string sys = errno_value ? std::string(": ") + std::strerror(errno_value) : std::string();
  switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return "the archive is locked by another writer (gave up waiting); try again when it has finished";
    case SQLITE_READONLY:
      return "cannot write to the archive: it is read-only (check the permissions of the file and its "
             "folder)";
    case SQLITE_PERM:
      return "cannot write to the archive: permission denied";
    case SQLITE_FULL:
      return "the disk is full: the batch being written was rolled back, everything committed before is kept";
    case SQLITE_NOTADB:
      return "not an akhbar archive (not an SQLite database)";
    case SQLITE_CORRUPT:
      return "the archive is damaged (its pages do not check out); restore it from a backup";
    case SQLITE_CANTOPEN:
      return "cannot open the archive" +
             (sys.empty() ? std::string(" (is its folder missing or unwritable?)") : sys);
    case SQLITE_IOERR:
      if (rc == SQLITE_IOERR_WRITE || rc == SQLITE_IOERR_FSYNC || rc == SQLITE_IOERR_TRUNCATE ||
          rc == SQLITE_IOERR_SHMSIZE)
        return "cannot write to the archive" +
               (sys.empty()
                    ? std::string(": the write failed (is the disk full, or the file over a size limit?)")
                    : sys) +
               "; everything committed before is kept";
      return "cannot read or write the archive" + (sys.empty() ? std::string(": input/output error") : sys);
    case SQLITE_NOMEM:
      return "out of memory while working on the archive";
    case SQLITE_INTERRUPT:
      return "interrupted";
    default: {
      // SQLite's own message says more when it has one (a constraint, a trigger's RAISE), as long as
      // it is about this error and not an earlier one.
      std::string msg = std::string("archive operation failed: ") + sqlite3_errstr(rc);
      if (db && sqlite3_extended_errcode(db) == rc &&
          std::strcmp(sqlite3_errmsg(db), sqlite3_errstr(rc)) != 0)
        msg += std::string(" (") + sqlite3_errmsg(db) + ")";
      return msg;
    }
  }
}

Db::~Db() {
  if (m_db) sqlite3_close_v2(m_db);
}

Db& Db::operator=(Db&& other) noexcept {
  if (this != &other) {
    if (m_db) sqlite3_close_v2(m_db);
    m_db = other.m_db;
    m_path = std::move(other.m_path);
    other.m_db = nullptr;
  }
  return *this;
}

Result<Db> Db::open(const std::string& path, int flags, const std::string& shown) {
  Db db;
  db.m_path = shown.empty() ? path : shown;
  int rc = sqlite3_open_v2(path.c_str(), &db.m_db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) return db.error(rc);
  sqlite3_extended_result_codes(db.m_db, 1);
  return db;
}

Result<void> Db::exec(const char* sql) {
  int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
  if (rc != SQLITE_OK) return error(rc);
  return {};
}

Error Db::error(int rc, std::string_view what) const {
  std::string msg = describe(rc, m_db);
  if (!what.empty()) msg = std::string(what) + ": " + msg;
  return Error{msg, m_path};
}

Stmt::~Stmt() {
  if (m_stmt) sqlite3_finalize(m_stmt);
}

Stmt& Stmt::operator=(Stmt&& other) noexcept {
  if (this != &other) {
    if (m_stmt) sqlite3_finalize(m_stmt);
    m_stmt = other.m_stmt;
    other.m_stmt = nullptr;
  }
  return *this;
}

Result<Stmt> Stmt::prepare(const Db& db, std::string_view sql) {
  Stmt s;
  int rc = sqlite3_prepare_v3(db.get(), sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                              &s.m_stmt, nullptr);
  if (rc != SQLITE_OK) {
    // A statement that does not prepare is a bug in akhbar or a damaged schema: say which.
    Error e = db.error(rc);
    if ((rc & 0xff) == SQLITE_ERROR)
      e.message = "the archive's tables are not what this akhbar expects (" +
                  std::string(sqlite3_errmsg(db.get())) + ")";
    return e;
  }
  return s;
}

Stmt& Stmt::bind(int i, std::int64_t v) {
  sqlite3_bind_int64(m_stmt, i, v);
  return *this;
}
Stmt& Stmt::bind(int i, double v) {
  sqlite3_bind_double(m_stmt, i, v);
  return *this;
}
Stmt& Stmt::bind(int i, std::string_view v) {
  sqlite3_bind_text64(m_stmt, i, v.data(), v.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  return *this;
}
Stmt& Stmt::bind(int i, const std::optional<std::string>& v) {
  if (v) return bind(i, std::string_view(*v));
  return bind_null(i);
}
Stmt& Stmt::bind_null(int i) {
  sqlite3_bind_null(m_stmt, i);
  return *this;
}
Stmt& Stmt::bind_blob(int i, std::string_view bytes) {
  sqlite3_bind_blob64(m_stmt, i, bytes.data(), bytes.size(), SQLITE_TRANSIENT);
  return *this;
}

int Stmt::step() { return sqlite3_step(m_stmt); }

Result<void> Stmt::run(const Db& db, std::string_view what) {
  int rc;
  while ((rc = sqlite3_step(m_stmt)) == SQLITE_ROW) {
  }
  if (rc != SQLITE_DONE) {
    Error e = db.error(rc, what);
    reset();
    return e;
  }
  reset();
  return {};
}

void Stmt::reset() {
  sqlite3_reset(m_stmt);
  sqlite3_clear_bindings(m_stmt);
}

bool Stmt::is_null(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }
std::int64_t Stmt::int64(int col) const { return sqlite3_column_int64(m_stmt, col); }
double Stmt::real(int col) const { return sqlite3_column_double(m_stmt, col); }
std::string Stmt::text(int col) const {
  const auto* p = sqlite3_column_text(m_stmt, col);
  int n = sqlite3_column_bytes(m_stmt, col);
  return p ? std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(n)) : std::string();
}
std::optional<std::string> Stmt::opt_text(int col) const {
  if (is_null(col)) return std::nullopt;
  return text(col);
}
std::string_view Stmt::blob(int col) const {
  const void* p = sqlite3_column_blob(m_stmt, col);
  int n = sqlite3_column_bytes(m_stmt, col);
  return p ? std::string_view(static_cast<const char*>(p), static_cast<std::size_t>(n)) : std::string_view();
}

}  // namespace akhbar::archive_detail
