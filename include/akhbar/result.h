#pragma once
// Errors as values, and the diagnostics that stages report while they keep going.

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace akhbar {

// What went wrong and where: `where` is "path", "path:line" or "path: byte N" (may be empty).
struct Error {
  std::string message;
  std::string where;

  // The message with its location in front, as printed after "akhbar: error: ".
  std::string str() const { return where.empty() ? message : where + ": " + message; }
};

// A value or an Error; converts to bool like pugixml's xml_parse_result.
template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : m_v(std::move(value)) {}
  Result(Error error) : m_v(std::move(error)) {}

  // True when a value is held.
  explicit operator bool() const { return m_v.index() == 0; }
  // The value; only valid when the result is true.
  T& value() & { return std::get<0>(m_v); }
  const T& value() const& { return std::get<0>(m_v); }
  T&& value() && { return std::get<0>(std::move(m_v)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  // The error; only valid when the result is false.
  const Error& error() const { return std::get<1>(m_v); }

 private:
  std::variant<T, Error> m_v;
};

// Success or an Error, for operations with no value.
template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Error error) : m_error(std::move(error)), m_failed(true) {}

  // True on success.
  explicit operator bool() const { return !m_failed; }
  // The error; only valid when the result is false.
  const Error& error() const { return m_error; }

 private:
  Error m_error;
  bool m_failed = false;
};

// How serious a diagnostic is: a warning keeps the record, an error loses (part of) an input.
enum class Severity { warning, error };

// The machine names of the diagnostic families: short, stable slugs that a run counts warnings by
// and a --log line carries, set where the diagnostic is made (never guessed from its wording).
// docs/diagnostics.md describes each one.
namespace kind {
// Errors: an input, or a record of it, is lost.
inline constexpr const char* unknown_field = "unknown-field";          // --field names no record field
inline constexpr const char* cannot_open = "cannot-open";              // a file or path that cannot be opened
inline constexpr const char* unreadable_folder = "unreadable-folder";  // a folder that cannot be listed
inline constexpr const char* read_error = "read-error";  // I/O error or corrupt gzip data mid-input
inline constexpr const char* unknown_encoding = "unknown-encoding";  // --encoding names no converter
inline constexpr const char* binary_file = "binary-file";            // not text: skipped
inline constexpr const char* oversize_record = "oversize-record";    // over --max-record-size: skipped
inline constexpr const char* malformed_json = "malformed-json";
inline constexpr const char* json_not_object = "json-not-object";
inline constexpr const char* malformed_csv = "malformed-csv";
inline constexpr const char* csv_no_body = "csv-no-body-column";
inline constexpr const char* malformed_trec = "malformed-trec";
inline constexpr const char* malformed_warc = "malformed-warc";
inline constexpr const char* parse_failed = "parse-failed";    // the segmenter threw on a record
inline constexpr const char* archive_write = "archive-write";  // ingest could not write the archive
// Warnings: the record is kept (or, for no-arabic-text without --keep-garbage, dropped as noise).
inline constexpr const char* empty_file = "empty-file";
inline constexpr const char* no_arabic_text = "no-arabic-text";
inline constexpr const char* text_outside_records = "text-outside-records";  // TREC text outside <DOC>
inline constexpr const char* replaced_bytes = "replaced-bytes";              // invalid bytes became U+FFFD
inline constexpr const char* encoding_repaired = "encoding-repaired";        // mojibake undone
inline constexpr const char* malformed_xml = "malformed-xml";  // TREC record read by the tolerant reader
inline constexpr const char* html_too_deep = "html-too-deep";  // HTML read with a tag stripper
inline constexpr const char* empty_body = "empty-body";  // a CSV row kept without text (title, date only)
inline constexpr const char* destroyed_letters = "destroyed-letters";  // Arabic letters turned into '?'
inline constexpr const char* input_author_ignored = "input-author-ignored";
inline constexpr const char* input_title_ignored = "input-title-ignored";
inline constexpr const char* input_date_unreadable = "input-date-unreadable";
inline constexpr const char* input_date_ignored = "input-date-ignored";  // a crawl's time, days after the address's date
inline constexpr const char* relative_date = "relative-date";  // a relative date with no reference time
inline constexpr const char* stored = "stored";  // a warning read back from an archive or a record file
}  // namespace kind

// A remark kept with a record (Document::warnings, Article::warnings): its family and its text.
struct Warning {
  std::string kind;     // one of akhbar::kind
  std::string message;  // the text the record's JSON `warnings` array and the archive keep

  bool operator==(const Warning&) const = default;
};

// Where a diagnostic points; each field is set when the reporting site knows it.
struct Location {
  std::string file;                    // the input path; empty for a problem of the options
  std::optional<std::int64_t> record;  // index of the record inside a multi-record input
  std::optional<std::uint64_t> line;   // 1-based line where the record (or the problem) starts
  std::optional<std::uint64_t> byte;   // byte offset of the record (WARC)

  Location() = default;
  // A whole input (or nothing, when `file` is empty); implicit, as most sites know just the file.
  Location(std::string file) : file(std::move(file)) {}

  // "path:line", else "path: byte N", else "path:record", else "path" ("" when no file).
  std::string str() const {
    if (file.empty()) return {};
    if (line) return file + ":" + std::to_string(*line);
    if (byte) return file + ": byte " + std::to_string(*byte);
    if (record) return file + ":" + std::to_string(*record);
    return file;
  }
};

// One message for the user about one input; the run goes on after it.
struct Diagnostic {
  Severity severity = Severity::warning;
  std::string kind;  // one of akhbar::kind
  Location where;
  std::string message;

  // "akhbar: error: where: message", the one-line form printed on stderr.
  std::string str() const {
    std::string s = severity == Severity::error ? "akhbar: error: " : "akhbar: warning: ";
    if (std::string w = where.str(); !w.empty()) s += w + ": ";
    return s + message;
  }
};

// The messages of `warnings`, in order (what the record's JSON and the archive keep).
inline std::vector<std::string> messages(const std::vector<Warning>& warnings) {
  std::vector<std::string> out;
  out.reserve(warnings.size());
  for (const auto& w : warnings) out.push_back(w.message);
  return out;
}

}  // namespace akhbar
