#pragma once
// The diagnostics of one run, reported calmly: every error and the first few warnings of each kind
// on stderr, the rest counted by kind for the summary, and all of them in the --log file.
// No CLI11 here, so that the unit tests build it alone.

#include <akhbar/result.h>

#include <cstddef>
#include <cstdio>
#include <functional>
#include <map>
#include <string>
#include <string_view>

namespace akhbar::cli {

// How the Reporter shows warnings (errors are always shown).
enum class WarningDisplay {
  first_of_each_kind,  // the first `Reporter::shown_per_kind` of each kind, the rest counted
  all,                 // --all-warnings
  none,                // --quiet
};

// Receives diagnostics in input order on one thread; prints, counts and logs them.
class Reporter {
 public:
  // Warnings of one kind shown before the rest are only counted: three show which files have the
  // problem and whether it repeats, and still fit on a screen next to the errors when a run has
  // ten kinds; on 100,000 files the 4th to 10,000th "no Arabic text" tell nothing new.
  static constexpr std::size_t shown_per_kind = 3;

  // `command` starts the summary line ("ingest: warnings: ..."); `print` receives each line to
  // show, newline included (stderr when empty).
  explicit Reporter(std::string command, WarningDisplay display = WarningDisplay::first_of_each_kind,
                    std::function<void(std::string_view)> print = {});
  ~Reporter();
  Reporter(const Reporter&) = delete;
  Reporter& operator=(const Reporter&) = delete;

  // Writes every diagnostic from now on to `path` as JSON Lines; false (with errno set) when the
  // file cannot be opened for writing.
  bool open_log(const std::string& path);
  // Called before a line is printed, e.g. to clear a progress bar.
  void before_print(std::function<void()> hook) { m_before_print = std::move(hook); }

  // Counts, logs and (per the display rule) prints one diagnostic.
  void operator()(const Diagnostic& d);

  std::size_t errors() const { return m_errors; }
  std::size_t warnings() const { return m_warnings; }
  // Warnings not printed because their kind had already been shown `shown_per_kind` times.
  std::size_t held_back() const { return m_held_back; }
  // Counts by kind, kinds in alphabetical order.
  const std::map<std::string, std::size_t>& warnings_by_kind() const { return m_warning_kinds; }
  const std::map<std::string, std::size_t>& errors_by_kind() const { return m_error_kinds; }

  // "<command>: warnings: 412 no-arabic-text, 37 input-author-ignored (first 3 of each kind shown;
  // all in FILE)": kinds by count, most first. Empty when no warning was held back (then every
  // warning is on screen already) or warnings are not shown at all.
  std::string summary_line() const;
  // Prints summary_line() when it is not empty.
  void print_summary();
  // Flushes and closes the log; false when writing it failed (disk full).
  bool close_log();

  // One diagnostic as a line of the log (no newline): {"severity","kind","file","record","line",
  // "byte","message"}, unknown fields null.
  static std::string log_line(const Diagnostic& d);

 private:
  void print(std::string_view line);

  std::string m_command;
  WarningDisplay m_display;
  std::function<void(std::string_view)> m_print;
  std::function<void()> m_before_print;
  std::FILE* m_log = nullptr;
  std::string m_log_path;
  bool m_log_failed = false;
  std::size_t m_errors = 0, m_warnings = 0, m_held_back = 0;
  std::map<std::string, std::size_t> m_warning_kinds, m_error_kinds;
};

}  // namespace akhbar::cli
