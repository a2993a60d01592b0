// The writers for the four export formats, the Elasticsearch mapping, and the import reader.
// Every writer streams: one article in, its bytes out, nothing kept between articles.
#include <akhbar/export.h>

#include <istream>
#include <nlohmann/json.hpp>
#include <ostream>

#include "export/detail_csv.h"
#include "export/detail_tei.h"

namespace akhbar {
namespace {

using ordered_json = nlohmann::ordered_json;

// jsonl: exactly parse's record, one per line.
class JsonlWriter : public ExportWriter {
 public:
  explicit JsonlWriter(std::ostream& out) : m_out(out) {}
  void write(std::int64_t, const Article& a) override {
    m_line.clear();
    append_json_line(a, m_line);
    m_line += '\n';
    m_out.write(m_line.data(), static_cast<std::streamsize>(m_line.size()));
  }
  void finish() override { m_out.flush(); }

 private:
  std::ostream& m_out;
  std::string m_line;
};

class CsvWriter : public ExportWriter {
 public:
  explicit CsvWriter(std::ostream& out) : m_out(out) {
    m_line.clear();
    detail::csv_header(m_line);
    m_out.write(m_line.data(), static_cast<std::streamsize>(m_line.size()));
  }
  void write(std::int64_t id, const Article& a) override {
    m_line.clear();
    detail::csv_row(id, a, m_line);
    m_out.write(m_line.data(), static_cast<std::streamsize>(m_line.size()));
  }
  void finish() override { m_out.flush(); }

 private:
  std::ostream& m_out;
  std::string m_line;
};

class TeiWriter : public ExportWriter {
 public:
  explicit TeiWriter(std::ostream& out) : m_out(out) { detail::tei_begin(m_out); }
  void write(std::int64_t id, const Article& a) override { detail::tei_article(id, a, m_out); }
  void finish() override {
    detail::tei_end(m_out);
    m_out.flush();
  }

 private:
  std::ostream& m_out;
};

// es-bulk: an "index" action line, then a flat document made for full-text search.
class EsBulkWriter : public ExportWriter {
 public:
  EsBulkWriter(std::ostream& out, std::string index) : m_out(out), m_index(std::move(index)) {}
  void write(std::int64_t id, const Article& a) override {
    m_line.clear();
    append(id, a);
    m_out.write(m_line.data(), static_cast<std::streamsize>(m_line.size()));
  }
  void finish() override { m_out.flush(); }

 private:
  // Straight into the buffer with the record's string writer (record.h).
  void append(std::int64_t id, const Article& a) {
    auto opt = [&](const std::optional<std::string>& v) {
      if (v)
        append_json_string(*v, m_line);
      else
        m_line += "null";
    };
    auto titles = [&](const std::vector<Link>& links) {
      m_line += '[';
      for (std::size_t i = 0; i < links.size(); ++i) {
        if (i) m_line += ',';
        append_json_string(links[i].title, m_line);
      }
      m_line += ']';
    };
    m_line += "{\"index\":{\"_index\":";
    append_json_string(m_index, m_line);
    m_line += ",\"_id\":";
    // Archive ids are stable; outside an archive the input's hash and record index are.
    append_json_string(id > 0 ? std::to_string(id) : a.input.sha256 + "-" + std::to_string(a.input.record),
                       m_line);
    m_line += "}}\n{\"id\":";
    m_line += id > 0 ? std::to_string(id) : std::string("null");
    m_line += ",\"url\":";
    opt(a.input.url);
    m_line += ",\"title\":";
    opt(a.title);
    m_line += ",\"published\":";
    opt(a.published);
    m_line += ",\"updated\":";
    opt(a.updated);
    m_line += ",\"source\":";
    opt(a.source);
    m_line += ",\"dateline\":";
    opt(a.dateline);
    m_line += ",\"author\":";
    opt(a.author);
    m_line += ",\"headings\":[";
    bool first = true;
    for (const auto& b : a.body) {
      if (b.type != Block::Type::heading) continue;
      if (!first) m_line += ',';
      first = false;
      append_json_string(b.text, m_line);
    }
    m_line += "],\"body\":";
    append_json_string(body_text(a.body), m_line);
    m_line += ",\"read_also\":";
    titles(a.read_also);
    m_line += ",\"related\":";
    titles(a.related);
    m_line += ",\"input\":{\"path\":";
    append_json_string(a.input.path, m_line);
    m_line += ",\"record\":";
    m_line += std::to_string(a.input.record);
    m_line += ",\"encoding\":";
    append_json_string(a.input.encoding, m_line);
    m_line += ",\"sha256\":";
    append_json_string(a.input.sha256, m_line);
    m_line += "}}\n";
  }

  std::ostream& m_out;
  std::string m_index;
  std::string m_line;
};

// Reads JSON Lines records; blank lines are skipped, a bad line stops the import naming it.
Result<void> import_jsonl(std::istream& in, const std::string& name,
                          const std::function<void(Article&&)>& fn) {
  std::string line;
  std::int64_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    std::string where = name + ":" + std::to_string(number);
    // Our own records start with the schema; anything else is checked before it is trusted.
    static const std::string ours = std::string("{\"schema\":\"") + std::string(article_schema_id) + "\"";
    if (line.compare(0, ours.size(), ours) != 0) {
      auto j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_object())
        if (auto it = j.find("schema"); it != j.end() && !(it->is_string() && *it == article_schema_id))
          return Error{"not an " + std::string(article_schema_id) + " record (schema " + it->dump() + ")",
                       where};
    }
    auto article = article_from_json(line);
    if (!article) return Error{article.error().message, where};
    fn(std::move(article).value());
  }
  if (in.bad()) return Error{"read error", name};
  return {};
}

}  // namespace

std::optional<ExportFormat> parse_export_format(std::string_view name) {
  if (name == "jsonl") return ExportFormat::jsonl;
  if (name == "csv") return ExportFormat::csv;
  if (name == "tei") return ExportFormat::tei;
  if (name == "es-bulk") return ExportFormat::es_bulk;
  return std::nullopt;
}

std::unique_ptr<ExportWriter> ExportWriter::create(ExportFormat format, std::ostream& out,
                                                   const std::string& index) {
  switch (format) {
    case ExportFormat::jsonl:
      return std::make_unique<JsonlWriter>(out);
    case ExportFormat::csv:
      return std::make_unique<CsvWriter>(out);
    case ExportFormat::tei:
      return std::make_unique<TeiWriter>(out);
    case ExportFormat::es_bulk:
      return std::make_unique<EsBulkWriter>(out, index);
  }
  return nullptr;
}

std::string es_mapping() {
  auto arabic_text = [] { return ordered_json{{"type", "text"}, {"analyzer", "arabic"}}; };
  auto arabic_with_raw = [] {
    return ordered_json{{"type", "text"},
                        {"analyzer", "arabic"},
                        {"fields", {{"raw", {{"type", "keyword"}, {"ignore_above", 1024}}}}}};
  };
  // Dates are ISO 8601 at whatever precision the article gave (a year, a day, a minute);
  // ignore_malformed keeps one odd date from rejecting its whole document.
  auto date = [] {
    return ordered_json{
        {"type", "date"}, {"format", "strict_date_optional_time||yyyy-MM||yyyy"}, {"ignore_malformed", true}};
  };
  auto keyword = [] { return ordered_json{{"type", "keyword"}}; };
  ordered_json mapping = {{"mappings",
                           {{"dynamic", "strict"},
                            {"properties",
                             {{"id", {{"type", "long"}}},
                              {"url", keyword()},
                              {"title", arabic_with_raw()},
                              {"published", date()},
                              {"updated", date()},
                              {"source", keyword()},
                              {"dateline", arabic_with_raw()},
                              {"author", arabic_with_raw()},
                              {"headings", arabic_text()},
                              {"body", arabic_text()},
                              {"read_also", arabic_text()},
                              {"related", arabic_text()},
                              {"input",
                               {{"properties",
                                 {{"path", keyword()},
                                  {"record", {{"type", "long"}}},
                                  {"encoding", keyword()},
                                  {"sha256", keyword()}}}}}}}}}};
  return mapping.dump(2) + "\n";
}

Result<void> import_export(std::istream& in, const std::string& name,
                           const std::function<void(Article&&)>& fn) {
  // The first non-blank byte tells the formats apart: '{' starts a record, '<' an XML document.
  int c;
  while ((c = in.peek()) != EOF && (c == ' ' || c == '\t' || c == '\r' || c == '\n')) in.get();
  if (c == EOF) {
    if (in.bad()) return Error{"read error", name};
    return {};
  }
  if (c == 0xEF) {  // a UTF-8 byte order mark in front of XML
    std::string bom(3, '\0');
    in.read(bom.data(), 3);
    if (bom != "\xEF\xBB\xBF") return Error{"neither a jsonl nor a TEI export", name};
    return import_export(in, name, fn);
  }
  if (c == '{') return import_jsonl(in, name, fn);
  if (c == '<') return detail::tei_import(in, name, fn);
  return Error{"neither a jsonl nor a TEI export (expected '{' or '<' first)", name};
}

}  // namespace akhbar
