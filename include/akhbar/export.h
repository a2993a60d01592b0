#pragma once
// Export and import formats: JSON Lines (parse's records), CSV (RFC 4180), TEI XML, and
// Elasticsearch/OpenSearch bulk NDJSON.

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include <akhbar/record.h>
#include <akhbar/result.h>

namespace akhbar {

// The export formats.
enum class ExportFormat { jsonl, csv, tei, es_bulk };

// Parses "jsonl", "csv", "tei", "es-bulk".
std::optional<ExportFormat> parse_export_format(std::string_view name);

// Writes Articles one at a time to a stream in one format (header/footer handled by the writer).
class ExportWriter {
 public:
  virtual ~ExportWriter() = default;
  // A writer for `format` on `out`; `index` names the Elasticsearch index for es-bulk.
  static std::unique_ptr<ExportWriter> create(ExportFormat format, std::ostream& out,
                                              const std::string& index = "akhbar");
  // Writes one article; `id` is its archive id (0 when there is none).
  virtual void write(std::int64_t id, const Article& article) = 0;
  // Writes what closes the document (TEI's </teiCorpus>); call once at the end.
  virtual void finish() = 0;
};

// The Elasticsearch/OpenSearch index mapping (the `arabic` analyzer) that es-bulk exports go with.
std::string es_mapping();

// Reads a jsonl or tei export back, calling `fn` for each Article; errors name the line/offset.
Result<void> import_export(std::istream& in, const std::string& name,
                           const std::function<void(Article&&)>& fn);

}  // namespace akhbar
