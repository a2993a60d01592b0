#pragma once
// The loader's format readers and what they share: one InputContext per input, through which
// records are decoded, checked and delivered, and problems reported.

#include <akhbar/loader.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "loader/detail_io.h"

namespace akhbar::detail {

// One input being read: its options, encoding and the sinks records and problems go to.
struct InputContext {
  std::string path;
  const LoadOptions* options = nullptr;
  std::string encoding;                // file-level encoding (canonical): what the sample was detected as
  bool forced = false;                 // the encoding came from --encoding
  bool transcoded = false;             // the stream was UTF-16/32, readers see it converted to UTF-8
  std::optional<std::string> fetched;  // file mtime, ISO 8601
  // Checks a record and hands it on; `where` locates it in messages.
  std::function<void(Document&&, const Decoded&, const Location& where)> deliver;
  std::function<void(Severity, const char* kind, const Location&, const std::string&)> report;
  std::function<bool()> cancelled;

  // The location of a record (or problem) starting at `line` ("path:line").
  Location at_line(std::uint64_t line) const {
    Location where(path);
    where.line = line;
    return where;
  }
  // at_line() that also names the record's index (a skipped record keeps its place in the numbering).
  Location at_record(std::uint64_t line, std::int64_t record) const {
    Location where = at_line(line);
    where.record = record;
    return where;
  }
  // The location of a record starting at byte `offset` ("path: byte N").
  Location at_byte(std::uint64_t offset) const {
    Location where(path);
    where.byte = offset;
    return where;
  }
  // Decodes one record's raw bytes with the file's encoding (re-detecting for legacy records
  // inside a file that started as ASCII).
  Decoded decode_record(std::string_view raw) const;
  // decode_record() for an HTML page: when its bytes are not UTF-8 and the encoding was not
  // forced, a <meta charset> (or http-equiv Content-Type) declaration is honoured.
  Decoded decode_html(std::string_view raw) const;
  // The input field names a record field is looked up under: the --field mapping when given,
  // else `defaults`.
  std::vector<std::string> names_for(const std::string& field,
                                     const std::vector<std::string>& defaults) const;
  // Reports a record over the size limit.
  void report_oversize(const Location& where, std::uint64_t size) const;
};

// Splits a byte stream into records: scan() returns how many bytes of `data` complete the
// current record (npos when all of it belongs to the record and more is needed).
class Scanner {
 public:
  virtual ~Scanner() = default;
  virtual std::size_t scan(std::string_view data) = 0;
};

// What a record splitter hands a format: the raw record (with any separator bytes before it),
// the line it starts on, its offset, and whether it ended properly (false: cut by end of input).
using RecordHandler =
    std::function<void(std::string_view raw, std::uint64_t line, std::uint64_t offset, bool complete)>;

// Runs `scanner` over the input, calling `handler` per record; records over the size limit are
// reported and skipped without being held in memory.
void split_records(BufferedInput& in, Scanner& scanner, const InputContext& ctx,
                   const RecordHandler& handler);

// Readers, one per format; each reads the whole input and delivers through `ctx`.
void read_jsonl(BufferedInput& in, InputContext& ctx);
void read_json(BufferedInput& in, InputContext& ctx);
void read_csv(BufferedInput& in, InputContext& ctx);
void read_trec(BufferedInput& in, InputContext& ctx);
void read_warc(BufferedInput& in, InputContext& ctx);

// The fields of one JSON object (decoded text) as the simdjson path reads them; nullopt when that
// path hands the record to nlohmann (malformed, or an object where a field is looked up).
std::optional<Document> json_fields_fast(const std::string& text, const InputContext& ctx);
// The same through nlohmann-json, the reference; nullopt when malformed or not an object.
std::optional<Document> json_fields_reference(const std::string& text, const InputContext& ctx);

// The charset an HTML page declares in its first 16 KB, from <meta charset=...> or
// <meta http-equiv="Content-Type" content="...; charset=...">, as written; nullopt when none.
std::optional<std::string> html_meta_charset(std::string_view bytes);

// Fills `doc` (text, title, date, url, author, category, abstract) from a decoded HTML page.
void html_to_document(const std::string& html, Document& doc);

// Detects the format from the first bytes of the (UTF-8 or ASCII-compatible) input.
InputFormat detect_format(std::string_view sample, const std::string& path);

// Removes leading and trailing ASCII whitespace.
std::string_view trim(std::string_view s);

// Plain text clean-up for a field value: line ends, entities, surrounding whitespace.
std::string clean_field(std::string_view s);

}  // namespace akhbar::detail
