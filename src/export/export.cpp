// Export formats (placeholder until the query issue lands).
#include <akhbar/export.h>

#include <ostream>

namespace akhbar {
namespace {
class JsonlWriter : public ExportWriter {
 public:
  explicit JsonlWriter(std::ostream& out) : m_out(out) {}
  void write(std::int64_t, const Article& a) override { m_out << to_json_line(a) << '\n'; }
  void finish() override {}

 private:
  std::ostream& m_out;
};
}  // namespace

std::optional<ExportFormat> parse_export_format(std::string_view name) {
  if (name == "jsonl") return ExportFormat::jsonl;
  if (name == "csv") return ExportFormat::csv;
  if (name == "tei") return ExportFormat::tei;
  if (name == "es-bulk") return ExportFormat::es_bulk;
  return std::nullopt;
}

std::unique_ptr<ExportWriter> ExportWriter::create(ExportFormat, std::ostream& out, const std::string&) {
  return std::make_unique<JsonlWriter>(out);
}

std::string es_mapping() { return "{}"; }

Result<void> import_export(std::istream&, const std::string& name, const std::function<void(Article&&)>&) {
  return Error{"import is not built yet", name};
}

}  // namespace akhbar
