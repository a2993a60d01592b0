#pragma once
// The archive's schema as a list of migrations: step N turns a version N-1 archive into version N.
// docs/schema.md describes every table; change both together.

#include <cstdint>

namespace akhbar::archive_detail {

// PRAGMA application_id of an akhbar archive ("AKHR"), so that other SQLite files are refused.
inline constexpr std::int32_t application_id = 0x414b4852;

// The newest schema version.
inline constexpr int current_version = 3;

// The SQL that takes an archive from version `to - 1` to `to` (1 ≤ to ≤ current_version).
// Steps that also need C++ (recomputing fingerprints) are finished by the Archive after the SQL.
const char* migration_sql(int to);

}  // namespace akhbar::archive_detail
