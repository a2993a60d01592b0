#include "cli/common.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>

#include "cli/command.h"

namespace akhbar::cli {

std::vector<CommandInfo>& registry() {
  static std::vector<CommandInfo> commands;
  return commands;
}

void add_db_option(CLI::App& app, std::string& db) {
  app.add_option("--db", db, "Archive file (default: $AKHBAR_DB, else akhbar.db in the current directory)")
      ->envname("AKHBAR_DB");
}

std::string resolve_db(const std::string& db_option) {
  if (!db_option.empty()) return db_option;
  if (const char* env = std::getenv("AKHBAR_DB"); env && *env) return env;
  return "akhbar.db";
}

void add_dbs_option(CLI::App& app, std::vector<std::string>& dbs) {
  // One value per flag, so that `--db a.db QUERY` keeps QUERY positional.
  app.add_option("--db", dbs,
                 "Archive file (default: $AKHBAR_DB, else akhbar.db in the current directory); repeat it to "
                 "answer over several archives, e.g. shards not merged yet")
      ->envname("AKHBAR_DB")
      ->allow_extra_args(false);
}

std::vector<Archive> open_archives(const std::vector<std::string>& dbs) {
  std::vector<Archive> out;
  if (dbs.empty()) out.push_back(open_archive("", OpenMode::read_only));
  for (const auto& db : dbs) out.push_back(open_archive(db, OpenMode::read_only));
  return out;
}

std::vector<Tagged> query_all(
    std::vector<Archive>& archives, const Filters& filters,
    const std::function<Result<std::vector<Summary>>(Archive&, const Filters&)>& query,
    const std::function<bool(const Summary&, const Summary&)>& before) {
  std::vector<Tagged> out;
  auto take = [&](Result<std::vector<Summary>>&& r, std::size_t db) {
    if (!r) throw Failure(r.error().str());
    for (auto& s : r.value()) out.push_back({std::move(s), db});
  };
  if (archives.size() == 1) {
    take(query(archives.front(), filters), 0);
    return out;
  }
  Filters each = filters;
  each.offset = 0;
  each.limit = filters.limit < 0 ? -1 : filters.limit + filters.offset;
  for (std::size_t i = 0; i < archives.size(); ++i) take(query(archives[i], each), i);
  std::stable_sort(out.begin(), out.end(),
                   [&](const Tagged& a, const Tagged& b) { return before(a.summary, b.summary); });
  auto skip =
      std::min<std::size_t>(out.size(), static_cast<std::size_t>(std::max<std::int64_t>(0, filters.offset)));
  out.erase(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(skip));
  if (filters.limit >= 0 && out.size() > static_cast<std::size_t>(filters.limit))
    out.resize(static_cast<std::size_t>(filters.limit));
  return out;
}

Archive open_archive(const std::string& db_option, OpenMode mode) {
  std::string path = resolve_db(db_option);
  auto archive = Archive::open(path, mode);
  if (!archive) throw Failure(archive.error().str());
  return std::move(archive).value();
}

void InputOptions::add_to(CLI::App& app, bool with_structure) {
  app.add_option("inputs", paths, "Files or folders to read; - or nothing reads standard input");
  app.add_option("--files-from", files_from, "Read input paths from FILE, one a line (- for standard input)");
  app.add_option("--encoding", encoding, "Decode every input from this encoding instead of detecting it");
  // Repeatable options take one value per flag, so that `--include '*.txt' folder` keeps folder an input.
  app.add_option("--include", load.include, "Only files whose name matches this glob (folders; repeatable)")
      ->allow_extra_args(false);
  app.add_option("--exclude", load.exclude, "Skip files whose name matches this glob (folders; repeatable)")
      ->allow_extra_args(false);
  app.add_flag("--hidden", load.hidden, "Also read hidden files and folders");
  if (!with_structure) return;
  app.add_option("--input-format", input_format, "auto, text, trec, json, jsonl, csv, warc, html")
      ->capture_default_str();
  app.add_option("--field", fields, "Map a record field to an input field or column: body=content (repeatable)")
      ->allow_extra_args(false);
  app.add_option("--max-record-size", max_record_size, "Skip records larger than this (K, M, G suffixes)")
      ->capture_default_str();
  app.add_flag("--keep-garbage", load.keep_garbage, "Keep records with no Arabic text");
}

void InputOptions::finish() {
  if (!encoding.empty()) {
    auto canonical = canonical_encoding(encoding);
    if (!canonical) throw UsageError("--encoding: unknown encoding '" + encoding + "'");
    load.encoding = *canonical;
  }
  auto fmt = parse_input_format(input_format);
  if (!fmt) throw UsageError("--input-format: unknown format '" + input_format + "' (auto, text, trec, json, jsonl, csv, warc, html)");
  load.format = *fmt;
  for (const auto& f : fields) {
    auto eq = f.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == f.size())
      throw UsageError("--field: expected FIELD=NAME, got '" + f + "'");
    load.fields[f.substr(0, eq)] = f.substr(eq + 1);
  }
  auto size = parse_size(max_record_size);
  if (!size || *size == 0) throw UsageError("--max-record-size: not a size: '" + max_record_size + "'");
  load.max_record_bytes = *size;
  if (!files_from.empty()) {
    auto list = read_path_list(files_from);
    if (!list) throw Failure(list.error().str());
    paths.insert(paths.end(), list->begin(), list->end());
  }
  if (paths.empty() && files_from.empty()) paths.push_back("-");
}

void SegmentFlags::add_to(CLI::App& app) {
  app.add_option("--markers", markers, "Extra segmenter markers file (repeatable; see docs/markers.md)")
      ->allow_extra_args(false);
  app.add_option("--now", now, "Reference time for relative dates such as \"منذ 3 ساعات\" (ISO 8601)");
}

void WriteOptions::add_to(CLI::App& app) {
  app.add_option("--summary", summary, "The end-of-run summary: text (on stderr) or json (on stdout)")
      ->capture_default_str()
      ->check(CLI::IsMember({"text", "json"}));
  app.add_option("--batch", batch, "Articles per transaction (a batch also ends after one second)")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000000));
  app.add_option("--wait", wait, "Seconds to wait for another writer before giving up")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 86400.0));
}

OpenOptions WriteOptions::open_options() const {
  OpenOptions options;
  options.busy_timeout_ms = static_cast<int>(wait * 1000);
  return options;
}

Segmenter SegmentFlags::make(std::shared_ptr<const TemplateModel> templates) const {
  SegmentOptions options;
  options.templates = std::move(templates);
  options.marker_files = markers;
  if (!now.empty()) options.now = now;
  auto seg = Segmenter::create(options);
  if (!seg) throw Failure(seg.error().str());
  return std::move(seg).value();
}

void ReportFlags::add_to(CLI::App& app) {
  app.add_option("--log", log,
                 "Also write every error and warning to FILE, one JSON object a line (docs/diagnostics.md)");
  app.add_flag("--all-warnings", all_warnings,
               "Print every warning (by default the first " + std::to_string(Reporter::shown_per_kind) +
                   " of each kind, the rest counted)");
}

WarningDisplay ReportFlags::display(bool quiet) const {
  if (quiet) return WarningDisplay::none;
  return all_warnings ? WarningDisplay::all : WarningDisplay::first_of_each_kind;
}

void ReportFlags::open_log(Reporter& reporter) const {
  if (log.empty()) return;
  if (!reporter.open_log(log)) throw UsageError("--log: cannot write '" + log + "': " + std::strerror(errno));
}

void ReportFlags::finish(Reporter& reporter) const {
  reporter.print_summary();
  if (!reporter.close_log()) throw Failure("--log: cannot write '" + log + "': " + std::strerror(errno));
}

void report_warnings(const Document& doc, const Article& article, Reporter& reporter) {
  Location where{doc.input.path};
  if (doc.format != "text") where.record = doc.input.record;
  for (const auto& w : article.warnings) reporter(Diagnostic{Severity::warning, w.kind, where, w.message});
}

void write_out(std::FILE* f, std::string_view s) {
  if (std::fwrite(s.data(), 1, s.size(), f) != s.size())
    throw Failure(std::string("cannot write output: ") + std::strerror(errno));
}

std::optional<std::size_t> parse_size(std::string_view text) {
  if (text.empty()) return std::nullopt;
  std::size_t mult = 1;
  char last = text.back();
  if (last == 'K' || last == 'k') mult = 1024;
  if (last == 'M' || last == 'm') mult = 1024 * 1024;
  if (last == 'G' || last == 'g') mult = 1024ull * 1024 * 1024;
  if (mult != 1) text.remove_suffix(1);
  if (text.empty()) return std::nullopt;
  std::size_t n = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + static_cast<std::size_t>(c - '0');
    if (n > (std::size_t{1} << 50)) return std::nullopt;
  }
  return n * mult;
}

}  // namespace akhbar::cli
