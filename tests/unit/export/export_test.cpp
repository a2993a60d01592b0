// Export writers and the import reader: exact bytes for jsonl, RFC 4180 and formula protection
// for CSV, well-formed and schema-valid TEI that imports back losslessly, ES bulk pairs and a
// mapping that covers every field the documents carry.
#include <akhbar/export.h>
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <sstream>
#include <string>

#include <unistd.h>

#include "export/detail_csv.h"

namespace akhbar {
namespace {

Article sample() {
  Article a;
  a.input = {"news/2024/a.txt", 0, "https://example.com/ar/1?x=1&y=2", "windows-1256",
             "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"};
  a.title = "مباحثات عراقية أمريكية \"حاسمة\" <في> بغداد & واشنطن";
  a.published = "2024-03-05T10:30+03:00";
  a.updated = "2024-03-05";
  a.dateline = "بغداد";
  a.source = "المستقلة";
  a.author = "=HYPERLINK(\"http://evil\")";
  a.body = {{Block::Type::paragraph, "قال مسؤول إن الاجتماع انتهى."},
            {Block::Type::heading, "خلفية"},
            {Block::Type::heading, "تفاصيل"},
            {Block::Type::paragraph, "-1 نقطة\nسطر ثان"},
            {Block::Type::paragraph, "  مسافات في الطرفين  "},
            {Block::Type::heading, "خاتمة"}};
  a.read_also = {{"عنوان آخر",
                  std::nullopt,
                  {{Block::Type::paragraph, "نص كامل"}, {Block::Type::heading, "عنوان فرعي"}}},
                 {"رابط", "https://example.com/2", {}}};
  a.related = {{"@مقال مشابه", std::nullopt, {}}};
  a.removed = {{"date", "الثلاثاء 5 مارس 2024"}, {"marker", "إقرأ أيضاً:"}};
  a.warnings = {{kind::encoding_repaired, "line 3: repaired mojibake"}};
  return a;
}

Article minimal() {
  Article a;
  a.input.path = "-";
  a.input.encoding = "UTF-8";
  a.input.sha256 = "ff";
  return a;
}

std::string export_all(ExportFormat format, const std::vector<Article>& articles, std::int64_t first_id = 1) {
  std::ostringstream out;
  auto writer = ExportWriter::create(format, out);
  std::int64_t id = first_id;
  for (const auto& a : articles) writer->write(id > 0 ? id++ : 0, a);
  writer->finish();
  return out.str();
}

std::vector<Article> import_all(const std::string& text, const std::string& name = "in") {
  std::istringstream in(text);
  std::vector<Article> out;
  auto r = import_export(in, name, [&](Article&& a) { out.push_back(std::move(a)); });
  EXPECT_TRUE(r) << r.error().str();
  return out;
}

std::string import_error(const std::string& text) {
  std::istringstream in(text);
  auto r = import_export(in, "in.x", [](Article&&) {});
  return r ? std::string("(no error)") : r.error().str();
}

// A small RFC 4180 reader for checking what the writer produced.
std::vector<std::vector<std::string>> read_csv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false, in_quotes = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_quotes) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        in_quotes = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      EXPECT_TRUE(field.empty()) << "quote inside an unquoted field";
      in_quotes = quoted = true;
    } else if (c == ',') {
      rows.back().push_back(field);
      field.clear();
      quoted = false;
    } else if (c == '\r') {
      EXPECT_EQ(text[i + 1], '\n') << "bare CR outside quotes";
      rows.back().push_back(field);
      field.clear();
      quoted = false;
      ++i;
      if (i + 1 < text.size()) rows.emplace_back();
    } else {
      EXPECT_NE(c, '\n') << "bare LF outside quotes at byte " << i;
      field += c;
    }
  }
  EXPECT_FALSE(in_quotes);
  EXPECT_TRUE(field.empty() && !quoted) << "last row does not end with CRLF";
  return rows;
}

TEST(ExportFormat, Names) {
  EXPECT_EQ(parse_export_format("jsonl"), ExportFormat::jsonl);
  EXPECT_EQ(parse_export_format("csv"), ExportFormat::csv);
  EXPECT_EQ(parse_export_format("tei"), ExportFormat::tei);
  EXPECT_EQ(parse_export_format("es-bulk"), ExportFormat::es_bulk);
  EXPECT_EQ(parse_export_format("json"), std::nullopt);
  EXPECT_EQ(parse_export_format("es_bulk"), std::nullopt);
}

TEST(Jsonl, IsParseRecordPerLine) {
  auto text = export_all(ExportFormat::jsonl, {sample(), minimal()});
  EXPECT_EQ(text, to_json_line(sample()) + "\n" + to_json_line(minimal()) + "\n");
}

TEST(Jsonl, ImportGivesBackTheSameRecords) {
  auto text = export_all(ExportFormat::jsonl, {sample(), minimal()});
  auto back = import_all(text);
  ASSERT_EQ(back.size(), 2u);
  EXPECT_EQ(export_all(ExportFormat::jsonl, back), text);
}

TEST(Jsonl, ImportSkipsBlankLinesAndAcceptsCrlf) {
  auto line = to_json_line(minimal());
  auto back = import_all("\n" + line + "\r\n\n   \n" + line + "\n");
  EXPECT_EQ(back.size(), 2u);
}

TEST(Jsonl, ImportNamesTheBadLine) {
  auto line = to_json_line(minimal());
  EXPECT_EQ(import_error(line + "\n" + line + "\n{\"title\": 3}\n"), "in.x:3: \"title\" is not a string");
  EXPECT_EQ(import_error(line + "\n{broken\n"), "in.x:2: not valid JSON");
  EXPECT_EQ(import_error("{\"schema\":\"akhbar.article/2\",\"title\":\"x\"}\n"),
            "in.x:1: not an akhbar.article/1 record (schema \"akhbar.article/2\")");
  // Records without a schema key (hand-written, other tools) are read by their fields.
  EXPECT_EQ(import_all("{\"title\":\"x\",\"body\":[{\"type\":\"paragraph\",\"text\":\"y\"}]}\n").size(), 1u);
}

TEST(Import, RejectsOtherFormats) {
  EXPECT_EQ(import_error("id,url\r\n"), "in.x: neither a jsonl nor a TEI export (expected '{' or '<' first)");
  std::istringstream empty("  \n");
  int n = 0;
  EXPECT_TRUE(import_export(empty, "e", [&](Article&&) { ++n; }));
  EXPECT_EQ(n, 0);
}

TEST(Csv, HeaderAndShape) {
  auto rows = read_csv(export_all(ExportFormat::csv, {sample(), minimal()}));
  ASSERT_EQ(rows.size(), 3u);
  std::vector<std::string> header(std::begin(detail::csv_columns), std::end(detail::csv_columns));
  EXPECT_EQ(rows[0], header);
  for (const auto& row : rows) EXPECT_EQ(row.size(), header.size());
}

TEST(Csv, Fields) {
  auto rows = read_csv(export_all(ExportFormat::csv, {sample(), minimal()}, 41));
  const auto& r = rows[1];
  EXPECT_EQ(r[0], "41");
  EXPECT_EQ(r[1], "https://example.com/ar/1?x=1&y=2");
  EXPECT_EQ(r[2], *sample().title);  // quotes doubled on the way out, restored on the way in
  EXPECT_EQ(r[3], "2024-03-05T10:30+03:00");
  EXPECT_EQ(r[5], "المستقلة");
  EXPECT_EQ(r[8], "خلفية\nتفاصيل\nخاتمة");
  EXPECT_EQ(r[9],
            "قال مسؤول إن الاجتماع انتهى.\nخلفية\nتفاصيل\n-1 نقطة\nسطر ثان\n  مسافات في الطرفين  \nخاتمة");
  EXPECT_EQ(r[10], "عنوان آخر\nرابط <https://example.com/2>");
  EXPECT_EQ(r[12], "news/2024/a.txt");
  EXPECT_EQ(r[13], "0");
  EXPECT_EQ(r[14], "windows-1256");
  const auto& m = rows[2];
  EXPECT_EQ(m[0], "42");
  EXPECT_EQ(m[1], "");
  EXPECT_EQ(m[2], "");
}

TEST(Csv, FormulaInjectionIsDefused) {
  // Each dangerous first character gets a leading quote; the rest of the cell is untouched.
  for (std::string bad : {"=1+2", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"}) {
    std::string out;
    detail::csv_field(bad, out);
    EXPECT_EQ(out, "\"'" + bad + "\"") << bad;
  }
  for (std::string ok : {"1-2", "عنوان =", "", "'already"}) {
    std::string out;
    detail::csv_field(ok, out);
    EXPECT_EQ(out, "\"" + ok + "\"") << ok;
  }
  auto rows = read_csv(export_all(ExportFormat::csv, {sample()}));
  EXPECT_EQ(rows[1][7], "'=HYPERLINK(\"http://evil\")");
  EXPECT_EQ(rows[1][11], "'@مقال مشابه");
}

TEST(Csv, EveryRowEndsWithCrlfAndNoBareLf) {
  auto text = export_all(ExportFormat::csv, {sample()});
  ASSERT_GE(text.size(), 2u);
  EXPECT_EQ(text.substr(text.size() - 2), "\r\n");
  read_csv(text);  // fails on a bare LF outside quotes
}

pugi::xml_document parse_xml(const std::string& text) {
  pugi::xml_document doc;
  auto r = doc.load_string(text.c_str(), pugi::parse_default | pugi::parse_ws_pcdata_single);
  EXPECT_TRUE(r) << r.description() << " at " << r.offset;
  return doc;
}

TEST(Tei, CorpusStructureAndNamespace) {
  auto text = export_all(ExportFormat::tei, {sample(), minimal()}, 7);
  EXPECT_EQ(text.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", 0), 0u);
  auto doc = parse_xml(text);
  auto corpus = doc.child("teiCorpus");
  ASSERT_TRUE(corpus);
  EXPECT_STREQ(corpus.attribute("xmlns").value(), "http://www.tei-c.org/ns/1.0");
  EXPECT_TRUE(corpus.child("teiHeader").child("fileDesc").child("titleStmt").child("title"));
  std::vector<pugi::xml_node> teis(corpus.children("TEI").begin(), corpus.children("TEI").end());
  ASSERT_EQ(teis.size(), 2u);
  EXPECT_STREQ(teis[0].attribute("xml:id").value(), "akhbar-7");
  EXPECT_STREQ(teis[1].attribute("xml:id").value(), "akhbar-8");
  EXPECT_STREQ(teis[0].attribute("xml:lang").value(), "ar");

  auto bibl = teis[0].child("teiHeader").child("fileDesc").child("sourceDesc").child("bibl");
  EXPECT_EQ(std::string(bibl.child_value("title")), *sample().title);
  EXPECT_EQ(std::string(bibl.child_value("publisher")), "المستقلة");
  auto date = bibl.find_child_by_attribute("date", "type", "published");
  EXPECT_STREQ(date.attribute("when").value(), "2024-03-05T10:30:00+03:00");
  EXPECT_STREQ(date.child_value(), "2024-03-05T10:30+03:00");
  EXPECT_STREQ(bibl.find_child_by_attribute("idno", "type", "URL").child_value(),
               "https://example.com/ar/1?x=1&y=2");

  auto article = teis[0].child("text").child("body").child("div");
  EXPECT_STREQ(article.attribute("type").value(), "article");
  EXPECT_STREQ(article.child_value("dateline"), "بغداد");
  EXPECT_STREQ(article.child_value("byline"), "=HYPERLINK(\"http://evil\")");
  EXPECT_STREQ(article.child_value("p"), "قال مسؤول إن الاجتماع انتهى.");
  // Two headings in a row nest; the trailing empty section gets a placeholder paragraph.
  auto section = article.child("div");
  EXPECT_STREQ(section.child_value("head"), "خلفية");
  EXPECT_STREQ(section.child("div").child_value("head"), "تفاصيل");
  EXPECT_STREQ(section.child("div").child_value("p"), "-1 نقطة\nسطر ثان");
  auto last = section.next_sibling("div");
  EXPECT_STREQ(last.child_value("head"), "خاتمة");
  EXPECT_STREQ(last.child("p").attribute("rend").value(), "empty");

  auto back = teis[0].child("text").child("back");
  auto read_also = back.find_child_by_attribute("div", "type", "read-also");
  EXPECT_STREQ(read_also.child("list").first_child().child_value("title"), "عنوان آخر");
  EXPECT_STREQ(
      back.find_child_by_attribute("div", "type", "related").child("list").child("item").child_value("title"),
      "@مقال مشابه");
  // A record with nothing still makes a body that TEI accepts.
  EXPECT_STREQ(teis[1].child("text").child("body").child("div").child("p").attribute("rend").value(),
               "empty");
}

TEST(Tei, ImportGivesBackTheSameRecords) {
  std::vector<Article> articles = {sample(), minimal()};
  Article no_body = sample();
  no_body.body.clear();
  no_body.title = "";
  articles.push_back(no_body);
  auto text = export_all(ExportFormat::tei, articles);
  auto back = import_all(text);
  ASSERT_EQ(back.size(), articles.size());
  for (std::size_t i = 0; i < articles.size(); ++i)
    EXPECT_EQ(to_json_line(back[i]), to_json_line(articles[i])) << i;
  EXPECT_EQ(export_all(ExportFormat::tei, back), text);
}

TEST(Tei, ControlCharactersDoNotBreakWellFormedness) {
  Article a = minimal();
  a.title = std::string("a\x01") + "b\xEF\xBF\xBF";
  a.body = {{Block::Type::paragraph, std::string("x\x0c") + "y"}};
  auto doc = parse_xml(export_all(ExportFormat::tei, {a}));
  EXPECT_STREQ(doc.child("teiCorpus")
                   .child("TEI")
                   .child("teiHeader")
                   .child("fileDesc")
                   .child("titleStmt")
                   .child_value("title"),
               "a\xEF\xBF\xBD"
               "b\xEF\xBF\xBD");
}

TEST(Tei, ImportErrors) {
  auto text = export_all(ExportFormat::tei, {sample(), minimal()});
  auto cut = text.substr(0, text.rfind("</TEI>"));
  EXPECT_NE(import_error(cut).find("unterminated <TEI> element"), std::string::npos) << import_error(cut);
  auto no_end = text.substr(0, text.rfind("</teiCorpus>"));
  EXPECT_NE(import_error(no_end).find("truncated: no </teiCorpus>"), std::string::npos);
  EXPECT_EQ(import_error("<teiCorpus/>"), "in.x: no <TEI> element");
  std::string broken = text;
  broken.replace(broken.find("<dateline>"), 10, "<dateline x>");
  EXPECT_NE(import_error(broken).find("in.x: byte "), std::string::npos) << import_error(broken);
}

TEST(Tei, ReadsASingleTeiDocument) {
  auto text = export_all(ExportFormat::tei, {sample()});
  auto start = text.find("  <TEI");
  auto end = text.find("</TEI>") + 6;
  std::string single = "<?xml version=\"1.0\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"" +
                       text.substr(start + 6, end - start - 6) + "\n";
  auto back = import_all(single);
  ASSERT_EQ(back.size(), 1u);
  EXPECT_EQ(to_json_line(back[0]), to_json_line(sample()));
}

// xmllint (libxml2-utils) checks well-formedness and the RELAX NG schema of the layout we claim.
bool have_xmllint() { return std::system("xmllint --version >/dev/null 2>&1") == 0; }

TEST(Tei, XmllintWellFormedAndValid) {
  if (!have_xmllint()) GTEST_SKIP() << "xmllint not installed (apt-get install libxml2-utils)";
  std::string path = ::testing::TempDir() + "akhbar-export-test-" + std::to_string(::getpid()) + ".xml";
  {
    std::ofstream f(path, std::ios::binary);
    Article no_body = sample();
    no_body.body.clear();
    f << export_all(ExportFormat::tei, {sample(), minimal(), no_body});
  }
  EXPECT_EQ(std::system(("xmllint --noout " + path).c_str()), 0);
  std::string rng = std::string(AKHBAR_TEST_DATA) + "/export/akhbar-tei.rng";
  EXPECT_EQ(std::system(("xmllint --noout --relaxng " + rng + " " + path + " 2>&1").c_str()), 0);
  std::remove(path.c_str());
}

TEST(EsBulk, ActionAndDocumentLines) {
  auto text = export_all(ExportFormat::es_bulk, {sample(), minimal()}, 5);
  std::istringstream in(text);
  std::vector<nlohmann::json> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(text.back(), '\n');
  EXPECT_EQ(lines[0], nlohmann::json::parse(R"({"index":{"_index":"akhbar","_id":"5"}})"));
  EXPECT_EQ(lines[1]["title"], *sample().title);
  EXPECT_EQ(lines[1]["id"], 5);
  EXPECT_EQ(lines[1]["url"], "https://example.com/ar/1?x=1&y=2");
  EXPECT_EQ(lines[1]["headings"], nlohmann::json::parse(R"(["خلفية","تفاصيل","خاتمة"])"));
  EXPECT_EQ(lines[1]["read_also"], nlohmann::json::parse(R"(["عنوان آخر","رابط"])"));
  EXPECT_EQ(lines[3]["title"], nullptr);
  EXPECT_EQ(lines[2]["index"]["_id"], "6");
}

TEST(EsBulk, IndexNameAndIdOutsideAnArchive) {
  std::ostringstream out;
  auto writer = ExportWriter::create(ExportFormat::es_bulk, out, "news-2024");
  writer->write(0, minimal());
  writer->finish();
  auto action = nlohmann::json::parse(out.str().substr(0, out.str().find('\n')));
  EXPECT_EQ(action["index"]["_index"], "news-2024");
  EXPECT_EQ(action["index"]["_id"], "ff-0");
}

// With "dynamic": "strict" a document field missing from the mapping would be rejected by the
// cluster, so every field the writer emits must be mapped, with the arabic analyzer on text.
void check_mapped(const nlohmann::json& doc, const nlohmann::json& properties, const std::string& path) {
  for (auto it = doc.begin(); it != doc.end(); ++it) {
    ASSERT_TRUE(properties.contains(it.key())) << path + it.key() << " is not in the mapping";
    const auto& m = properties[it.key()];
    if (it->is_object()) check_mapped(*it, m["properties"], path + it.key() + ".");
  }
}

TEST(EsBulk, MappingCoversEveryFieldWithTheArabicAnalyzer) {
  auto mapping = nlohmann::json::parse(es_mapping());
  const auto& props = mapping["mappings"]["properties"];
  for (const char* field : {"title", "body", "headings", "read_also", "related", "dateline", "author"})
    EXPECT_EQ(props[field]["analyzer"], "arabic") << field;
  EXPECT_EQ(props["published"]["type"], "date");
  EXPECT_EQ(props["source"]["type"], "keyword");
  auto text = export_all(ExportFormat::es_bulk, {sample()});
  auto doc = nlohmann::json::parse(text.substr(text.find('\n') + 1));
  check_mapped(doc, props, "");
}

TEST(EsBulk, FastLinesAreCanonicalJson) {
  // Re-dumping each line with nlohmann gives the same bytes: the fast writer formats like it.
  auto text = export_all(ExportFormat::es_bulk, {sample(), minimal()});
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) EXPECT_EQ(nlohmann::ordered_json::parse(line).dump(), line);
  Article invalid = sample();
  invalid.body[0].text = "x\xFFy";
  auto checked = export_all(ExportFormat::es_bulk, {invalid});
  EXPECT_NE(checked.find("x\xEF\xBF\xBDy"), std::string::npos);
}

}  // namespace
}  // namespace akhbar
