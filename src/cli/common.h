#pragma once
// What the subcommands share: archive location, loader options, diagnostics, exit codes.

#include <cstdio>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <akhbar/archive.h>
#include <akhbar/loader.h>
#include <akhbar/result.h>
#include <akhbar/segmenter.h>

#include "cli/report.h"

namespace akhbar::cli {

// Exit codes.
inline constexpr int exit_ok = 0;
inline constexpr int exit_failed = 1;  // some input failed, or the command could not be done
inline constexpr int exit_usage = 2;

// Aborts a command with a one-line message and exit code 1; caught once, in main.
struct Failure : std::runtime_error {
  using std::runtime_error::runtime_error;
};
// Aborts a command as a usage error (exit code 2).
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Adds --db to `app`, documented with the lookup order.
void add_db_option(CLI::App& app, std::string& db);
// The archive path: --db, else $AKHBAR_DB, else ./akhbar.db.
std::string resolve_db(const std::string& db_option);
// Adds a repeatable --db to `app`: search, list and stats answer over several archives at once.
void add_dbs_option(CLI::App& app, std::vector<std::string>& dbs);
// Opens every archive of a repeatable --db (none: resolve_db's default) read-only, or throws Failure.
std::vector<Archive> open_archives(const std::vector<std::string>& dbs);
// A result of a command that answers over several archives, with the index of its archive.
struct Tagged {
  Summary summary;
  std::size_t db = 0;
};
// Runs `query` with `filters` on every archive and merges the results: each archive is asked for
// its first offset + limit, those are ordered by `before` (stable: ties keep the --db order), and
// the page is cut from the whole. One archive: `query` alone, in its own order.
std::vector<Tagged> query_all(
    std::vector<Archive>& archives, const Filters& filters,
    const std::function<Result<std::vector<Summary>>(Archive&, const Filters&)>& query,
    const std::function<bool(const Summary&, const Summary&)>& before);
// Opens the archive or throws Failure ("no archive at X — create one with `akhbar ingest`").
Archive open_archive(const std::string& db_option, OpenMode mode);

// Loader options and the inputs they apply to (shared by parse, ingest, normalize).
struct InputOptions {
  std::vector<std::string> paths;
  std::string files_from;
  std::string encoding;
  std::string input_format = "auto";
  std::vector<std::string> fields;  // "body=content"
  std::string max_record_size = "50M";
  LoadOptions load;

  // Adds the input options to `app` (paths as the positional argument).
  void add_to(CLI::App& app, bool with_structure = true);
  // Validates and fills `load` and `paths`; throws UsageError on bad values.
  void finish();
};

// Options of the commands that write articles in batches (ingest, merge).
struct WriteOptions {
  std::string summary = "text";  // "text" (stderr) or "json" (stdout)
  std::size_t batch = 500;       // articles per transaction
  double wait = 10;              // seconds to wait for another writer

  // Adds --summary, --batch and --wait to `app`.
  void add_to(CLI::App& app);
  // Open options that wait `wait` seconds for another writer.
  OpenOptions open_options() const;
};

// Segmenter options shared by parse, ingest and reparse.
struct SegmentFlags {
  std::vector<std::string> markers;
  std::string now;

  void add_to(CLI::App& app);
  // Builds the Segmenter (with the sites' template lines, when given) or throws Failure naming
  // the bad marker file.
  Segmenter make(std::shared_ptr<const TemplateModel> templates = {}) const;
};

// The diagnostic options shared by parse, ingest and reparse: --log FILE and --all-warnings.
struct ReportFlags {
  std::string log;
  bool all_warnings = false;

  void add_to(CLI::App& app);
  // How warnings are shown: none with --quiet, all with --all-warnings, else the first of each kind.
  WarningDisplay display(bool quiet) const;
  // Opens --log on `reporter`; throws UsageError naming the file when it cannot be written.
  void open_log(Reporter& reporter) const;
  // Prints the per-kind warnings line and closes the log; throws Failure when the log was not written.
  void finish(Reporter& reporter) const;
};

// Reports an article's warnings at its input: "path", or "path:record" for a multi-record format.
void report_warnings(const Document& doc, const Article& article, Reporter& reporter);

// Writes a whole string to stdout, throwing Failure on a write error (disk full, closed pipe).
void write_out(std::FILE* f, std::string_view s);

// Parses a size such as "50M", "2G", "1000" into bytes; nullopt when malformed.
std::optional<std::size_t> parse_size(std::string_view text);

}  // namespace akhbar::cli
