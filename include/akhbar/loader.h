#pragma once
// Loader: raw scraped input (files, folder trees, standard input; text, TREC, JSON, JSON Lines,
// CSV, WARC/WET, HTML; gzip; any Arabic encoding) → decoded Documents with provenance.

#include <atomic>
#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <akhbar/record.h>
#include <akhbar/result.h>

namespace akhbar {

// The container format of an input; auto_detect looks at the content, not the name.
enum class InputFormat { auto_detect, text, trec, json, jsonl, csv, warc, html };

// Parses "auto", "text", "trec", "json", "jsonl", "csv", "warc", "html".
std::optional<InputFormat> parse_input_format(std::string_view name);

// How to find and read inputs.
struct LoadOptions {
  std::optional<std::string> encoding;  // forced encoding (ICU converter name); else detected
  InputFormat format = InputFormat::auto_detect;
  std::vector<std::string> include;  // globs on file names, used while walking folders
  std::vector<std::string> exclude;
  bool hidden = false;  // also walk hidden files and folders
  // Record field → input field/column for JSON and CSV ("body" → "content"); defaults apply otherwise.
  std::map<std::string, std::string> fields;
  std::size_t max_record_bytes = 50u * 1024 * 1024;  // larger records are skipped with an error
  bool keep_garbage = false;                          // keep records with no Arabic text
  const std::atomic<bool>* cancel = nullptr;  // when set and true, load() stops before the next record
};

// Counts over one load() call.
struct LoadStats {
  std::size_t inputs = 0;   // files (and standard input) opened
  std::size_t records = 0;  // Documents delivered
  std::size_t bytes = 0;    // raw bytes read
  std::size_t failed = 0;   // inputs (or records) lost to an error
  std::size_t warnings = 0;
};

// Receives each Document, in input order (sorted folder walk, record order inside a file).
using DocumentSink = std::function<void(Document&&)>;
// Receives each warning and error as it happens.
using DiagnosticSink = std::function<void(const Diagnostic&)>;

// Streams every record of every path ("-" is standard input) to `sink`, reporting problems to
// `diag` and going on with the next record or input; memory stays bounded by the largest record.
LoadStats load(const std::vector<std::string>& paths, const LoadOptions& options,
               const DocumentSink& sink, const DiagnosticSink& diag);

// Turns command-line paths into the files load() would read, in its order (folders walked sorted,
// globs and hidden-file rules applied, symlinks followed once; "-" passes through): calls `file`
// for each, and `problem` for each path that cannot be walked; stops early when `file` returns
// false. For callers that share the files of one run among threads (the pipeline).
void walk_inputs(const std::vector<std::string>& paths, const LoadOptions& options,
                 const std::function<bool(const std::string&)>& file, const DiagnosticSink& problem);

// Reads a --files-from list: one path a line, blank lines ignored; "-" reads standard input.
Result<std::vector<std::string>> read_path_list(const std::string& list_file);

// Text decoded to UTF-8, with what it was decoded from.
struct Decoded {
  std::string text;
  std::string encoding;                // canonical name: "UTF-8", "UTF-16LE", "windows-1256", ...
  std::size_t replaced = 0;            // invalid sequences turned into U+FFFD
  std::vector<Warning> repairs;        // e.g. "repaired UTF-8 mojibake read as windows-1256"
};

// The canonical name of an encoding ("cp1256" → "windows-1256", "ibm-720" → "CP720"); nullopt when
// neither akhbar nor ICU knows it (for validating --encoding).
std::optional<std::string> canonical_encoding(std::string_view name);

// Detects (or uses `forced`) the encoding of `bytes` and decodes them; line ends become '\n'.
Decoded decode(std::string_view bytes, const std::optional<std::string>& forced = std::nullopt);

// Reads one text input line by line, decoded to UTF-8, in bounded memory (for `akhbar normalize`).
class LineReader {
 public:
  virtual ~LineReader() = default;
  // Opens `path` ("-" for standard input); gzip is unwrapped and the encoding detected.
  static Result<std::unique_ptr<LineReader>> open(const std::string& path, const LoadOptions& options);
  // Reads the next line without its line end; false at the end of input.
  virtual bool next(std::string& line) = 0;
  // Reads the next lines into `block` (replaced), each followed by '\n', until it holds at least
  // `bytes` bytes or the input ends: the same lines as next(), in bulk. False at the end of input.
  virtual bool next_lines(std::string& block, std::size_t bytes) = 0;
  // The encoding the input is being decoded from.
  virtual const std::string& encoding() const = 0;
};

}  // namespace akhbar
