#pragma once
// RAII wrappers for sqlite3* and sqlite3_stmt*, and the translation of SQLite's result codes into
// one-line messages that name the archive (the user never sees a raw SQLite error).

#include <akhbar/result.h>
#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace akhbar::archive_detail {

// Owns one sqlite3 connection; closes it on destruction.
class Db {
 public:
  Db() = default;
  ~Db();
  Db(Db&& other) noexcept : m_db(other.m_db), m_path(std::move(other.m_path)) { other.m_db = nullptr; }
  Db& operator=(Db&& other) noexcept;
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;

  // Opens `path` with sqlite3_open_v2 `flags`; errors name `shown` (default: `path`), translated.
  static Result<Db> open(const std::string& path, int flags, const std::string& shown = {});
  sqlite3* get() const { return m_db; }
  const std::string& path() const { return m_path; }
  // Runs SQL without parameters (schema, pragmas, transaction control).
  Result<void> exec(const char* sql);
  // The translated error for result code `rc` on this connection, while doing `what`.
  Error error(int rc, std::string_view what = {}) const;

 private:
  sqlite3* m_db = nullptr;
  std::string m_path;
};

// Owns one prepared statement; reset (bindings cleared) between uses by Stmt::reset().
class Stmt {
 public:
  Stmt() = default;
  ~Stmt();
  Stmt(Stmt&& other) noexcept : m_stmt(other.m_stmt) { other.m_stmt = nullptr; }
  Stmt& operator=(Stmt&& other) noexcept;
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  // Prepares `sql` once (persistent: it is reused for every call).
  static Result<Stmt> prepare(const Db& db, std::string_view sql);
  explicit operator bool() const { return m_stmt != nullptr; }

  // Binding, 1-based like SQLite; the text and blobs are copied (SQLITE_TRANSIENT).
  Stmt& bind(int i, std::int64_t v);
  Stmt& bind(int i, int v) { return bind(i, static_cast<std::int64_t>(v)); }
  Stmt& bind(int i, double v);
  Stmt& bind(int i, std::string_view v);
  Stmt& bind(int i, const std::string& v) { return bind(i, std::string_view(v)); }
  Stmt& bind(int i, const char* v) { return bind(i, std::string_view(v)); }
  Stmt& bind(int i, const std::optional<std::string>& v);
  Stmt& bind_null(int i);
  Stmt& bind_blob(int i, std::string_view bytes);

  // Steps once: SQLITE_ROW, SQLITE_DONE, or an error code.
  int step();
  // Steps to the end (for statements without rows); translates errors.
  Result<void> run(const Db& db, std::string_view what = {});
  // Resets for the next use and clears the bindings.
  void reset();

  bool is_null(int col) const;
  std::int64_t int64(int col) const;
  double real(int col) const;
  std::string text(int col) const;
  std::optional<std::string> opt_text(int col) const;
  std::string_view blob(int col) const;

 private:
  sqlite3_stmt* m_stmt = nullptr;
};

// Resets a statement when the scope ends, whichever way it ends.
class Resetter {
 public:
  explicit Resetter(Stmt& s) : m_s(s) {}
  ~Resetter() { m_s.reset(); }
  Resetter(const Resetter&) = delete;
  Resetter& operator=(const Resetter&) = delete;

 private:
  Stmt& m_s;
};

// The one-line message for SQLite result code `rc` on connection `db` (may be null).
std::string describe(int rc, sqlite3* db);

}  // namespace akhbar::archive_detail
