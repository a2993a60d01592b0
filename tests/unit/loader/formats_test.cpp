// Formats, encodings and bad input, on the small crafted files in tests/data/loader and on
// inline inputs: each bad case checks its message word for word and that the rest still loads.
#include <akhbar/loader.h>
#include <gtest/gtest.h>
#include <zlib.h>

#include <atomic>
#include <filesystem>

#include "loader/detail_text.h"
#include "test_util.h"

namespace akhbar {
namespace {

const std::string data = std::string(AKHBAR_TEST_DATA) + "/loader/";

using test::Loaded;
using test::run;

// --- bad input: one test per case ---

TEST(BadInput, BinaryFileIsSkippedAndOthersLoad) {
  auto l = run({data + "image.png", data + "short-utf8.txt"});
  EXPECT_EQ(l.diags, std::vector<std::string>{"akhbar: error: " + data + "image.png: binary file, skipped"});
  ASSERT_EQ(l.docs.size(), 1u);
  EXPECT_EQ(l.stats.failed, 1u);
}

TEST(BadInput, NulBytesMakeABinaryFile) {
  test::TempDir dir;
  std::string bin(4096, '\0');
  for (std::size_t i = 0; i < bin.size(); i += 7) bin[i] = static_cast<char>(i * 31);
  auto p = dir.write("x.dat", bin);
  auto l = run({p});
  EXPECT_EQ(l.diags, std::vector<std::string>{"akhbar: error: " + p + ": binary file, skipped"});
}

TEST(BadInput, EmptyFileIsAWarning) {
  auto l = run({data + "empty.txt", data + "short-utf8.txt"});
  EXPECT_EQ(l.diags, std::vector<std::string>{"akhbar: warning: " + data + "empty.txt: empty file"});
  EXPECT_EQ(l.docs.size(), 1u);
  EXPECT_EQ(l.stats.failed, 0u);
}

TEST(BadInput, MissingFileIsReported) {
  auto l = run({data + "no-such-file.txt", data + "short-utf8.txt"});
  EXPECT_EQ(l.diags, std::vector<std::string>{"akhbar: error: " + data +
                                              "no-such-file.txt: cannot open: No such file or directory"});
  EXPECT_EQ(l.docs.size(), 1u);
  EXPECT_EQ(l.stats.failed, 1u);
}

TEST(BadInput, UnreadableFileIsReported) {
  if (::geteuid() == 0) GTEST_SKIP() << "root reads everything";
  test::TempDir dir;
  auto p = dir.write("secret.txt", "نص");
  std::filesystem::permissions(p, std::filesystem::perms::none);
  auto l = run({p});
  EXPECT_EQ(l.diags, std::vector<std::string>{"akhbar: error: " + p + ": cannot open: Permission denied"});
}

TEST(BadInput, DanglingSymlinkInFolderIsReported) {
  test::TempDir dir;
  dir.write("a.txt", "نص عربي");
  std::filesystem::create_symlink(dir.path() + "/gone.txt", dir.path() + "/b.txt");
  auto l = run({dir.path()});
  EXPECT_EQ(l.docs.size(), 1u);
  EXPECT_EQ(l.diags, std::vector<std::string>{"akhbar: error: " + dir.path() +
                                              "/b.txt: cannot open: No such file or directory"});
}

TEST(BadInput, InvalidBytesAreReplacedAndCounted) {
  auto l = run({data + "invalid-bytes.txt"});
  ASSERT_EQ(l.docs.size(), 1u);
  EXPECT_EQ(l.docs[0].input.encoding, "UTF-8");
  std::vector<Warning> expected{
      {kind::replaced_bytes, "3 invalid byte sequences replaced by U+FFFD (decoded as UTF-8)"}};
  EXPECT_EQ(l.docs[0].warnings, expected);
  EXPECT_NE(l.docs[0].text.find("\xEF\xBF\xBD"), std::string::npos);
}

TEST(BadInput, MalformedJsonLinesNameTheLine) {
  auto l = run({data + "bad.jsonl"});
  ASSERT_EQ(l.docs.size(), 2u);
  EXPECT_EQ(l.diags[0].rfind(
                "akhbar: error: " + data + "bad.jsonl:2: malformed JSON record: parse error at column", 0),
            0u);
  EXPECT_EQ(l.diags[1], "akhbar: error: " + data + "bad.jsonl:4: JSON record is not an object, skipped");
  EXPECT_EQ(l.stats.failed, 2u);
  // Records keep their position in the file.
  EXPECT_EQ(l.docs[1].input.record, 3);
  EXPECT_EQ(l.docs[1].title, "خبر ثالث");
  EXPECT_EQ(l.docs[1].date, "2024-01-02");
  EXPECT_EQ(l.docs[1].author, "أ, ب");
  EXPECT_NE(l.docs[1].text.find("الدولي بحضور جمهور كبير.\nسطر ثان"), std::string::npos);
}

TEST(BadInput, MalformedObjectInJsonArray) {
  auto l = run({data + "broken.json"});
  ASSERT_EQ(l.docs.size(), 2u);
  ASSERT_EQ(l.diags.size(), 1u);
  EXPECT_EQ(
      l.diags[0].rfind("akhbar: error: " + data + "broken.json:3: malformed JSON record: parse error", 0),
      0u);
  EXPECT_EQ(l.docs[1].title, "ثلاثة");
  EXPECT_EQ(l.docs[1].input.record, 2);
}

TEST(BadInput, MalformedCsvRecords) {
  auto l = run({data + "bad.csv"});
  ASSERT_EQ(l.docs.size(), 2u);
  EXPECT_EQ(
      l.diags,
      (std::vector<std::string>{
          "akhbar: error: " + data + "bad.csv:4: malformed CSV record: 2 fields, expected 3, skipped",
          "akhbar: error: " + data + "bad.csv:6: malformed CSV record: unterminated quoted field, skipped"}));
  EXPECT_EQ(l.docs[0].title, "خبر \"أول\"");
  EXPECT_NE(l.docs[0].text.find("\nسطر ثان"), std::string::npos);
  EXPECT_EQ(l.docs[0].input.url, "http://a/1");
  EXPECT_EQ(l.docs[1].input.record, 2);
}

TEST(BadInput, MalformedTrecRecords) {
  auto l = run({data + "malformed.trec"});
  ASSERT_EQ(l.docs.size(), 2u);
  EXPECT_EQ(l.diags, std::vector<std::string>{
                         "akhbar: error: " + data +
                         "malformed.trec:18: malformed TREC record: <DOC> without </DOC>, skipped"});
  // The first record is not well-formed XML: read tolerantly, with a warning.
  ASSERT_EQ(l.docs[0].warnings.size(), 1u);
  EXPECT_NE(l.docs[0].warnings[0].message.find("read with the tolerant TREC reader"), std::string::npos);
  EXPECT_EQ(l.docs[0].warnings[0].kind, kind::malformed_xml);
  EXPECT_EQ(l.docs[0].title, "عنوان بلا نهاية");
  EXPECT_EQ(l.docs[0].input.url, "http://example.com/1");
  EXPECT_EQ(l.docs[1].title, "عنوان \"سليم\"\u00A0هنا");
  EXPECT_EQ(l.docs[1].abstract, "ملخص قصير");
  EXPECT_EQ(l.docs[1].input.url, "http://example.com/2?a=1&b=2");
  EXPECT_EQ(l.docs[1].text.find("ملخص"), std::string::npos);
}

TEST(BadInput, MalformedWarcRecord) {
  auto l = run({data + "sample.wet"});
  ASSERT_EQ(l.docs.size(), 2u);
  EXPECT_EQ(l.diags,
            std::vector<std::string>{
                "akhbar: error: " + data +
                "sample.wet: byte 573: malformed WARC record: expected a WARC/1.x header line, skipped"});
  EXPECT_EQ(l.docs[0].input.url, "http://a/1");
  EXPECT_EQ(l.docs[0].fetched, "2024-03-01T10:00:00Z");
  EXPECT_EQ(l.docs[0].date, "2024-03-01T10:00:00Z");
  EXPECT_EQ(l.docs[1].input.url, "http://a/2");
}

TEST(BadInput, RecordOverTheSizeLimit) {
  test::TempDir dir;
  std::string big = "{\"text\": \"" + std::string(5000, 'x') + "نص\"}\n";
  auto p = dir.write("big.jsonl", "{\"text\": \"نص قصير\"}\n" + big + "{\"text\": \"نص آخر\"}\n");
  LoadOptions o;
  o.max_record_bytes = 1000;
  auto l = run({p}, o);
  ASSERT_EQ(l.docs.size(), 2u);
  EXPECT_EQ(l.diags, std::vector<std::string>{
                         "akhbar: error: " + p + ":2: record of " + std::to_string(big.size()) +
                         " bytes is over the size limit of 1000 bytes (--max-record-size), skipped"});
  auto t = dir.write("big.txt", std::string(3000, 'x'));
  auto l2 = run({t}, o);
  EXPECT_TRUE(l2.docs.empty());
  EXPECT_EQ(l2.stats.failed, 1u);
}

TEST(BadInput, DestroyedTextIsNotDelivered) {
  test::TempDir dir;
  auto p = dir.write("DZP.txt", "?C? ???I ????? C??E?IE EC?? \xAB????\xBB\r\n");
  auto l = run({p});
  EXPECT_TRUE(l.docs.empty());
  EXPECT_EQ(l.diags, std::vector<std::string>{"akhbar: warning: " + p + ": no Arabic text"});
}

TEST(BadInput, CorruptGzip) {
  test::TempDir dir;
  std::string gz = test::slurp(data + "sample.wet.gz");
  auto p = dir.write("cut.wet.gz", gz.substr(0, gz.size() - 30));
  auto l = run({p});
  ASSERT_FALSE(l.diags.empty());
  EXPECT_EQ(l.diags.back().rfind("akhbar: error: " + p + ": corrupt gzip data", 0), 0u) << l.diags.back();
}

// --- formats ---

TEST(Formats, GzipByMagicBytesNotName) {
  test::TempDir dir;
  auto p = dir.write("plain-name.txt", test::slurp(data + "sample.wet.gz"));
  auto l = run({p});
  ASSERT_EQ(l.docs.size(), 2u);
  EXPECT_EQ(l.docs[0].format, "warc");
}

TEST(Formats, HtmlPage) {
  auto l = run({data + "page.html"});
  ASSERT_EQ(l.docs.size(), 1u);
  const Document& d = l.docs[0];
  EXPECT_EQ(d.format, "html");
  EXPECT_EQ(d.title, "عنوان الخبر");
  EXPECT_EQ(d.date, "2024-05-01T08:00:00+03:00");
  EXPECT_EQ(d.author, "محرر الموقع");
  EXPECT_EQ(d.input.url, "https://example.com/news/1");
  EXPECT_EQ(d.text.find("لا تظهر"), std::string::npos);
  EXPECT_EQ(d.text.find("الرئيسية"), std::string::npos);
  EXPECT_EQ(d.text.find("جميع الحقوق"), std::string::npos);
  EXPECT_NE(d.text.find("\nفقرة ثانية\u00A0فيها \"اقتباس\" و& رمز.\nبند أول\nبند ثان"), std::string::npos)
      << d.text;
}

TEST(Formats, DeeplyNestedHtmlDoesNotBlowUp) {
  // gumbo is quadratic in nesting depth (and was quadratic in memory through its error list).
  test::TempDir dir;
  std::string html = "<html><body>";
  for (int i = 0; i < 50000; ++i) html += "<div>";
  html += "نص عميق";
  auto l = run({dir.write("deep.html", html)});
  ASSERT_EQ(l.docs.size(), 1u);
  EXPECT_EQ(l.docs[0].text, "نص عميق");
  std::vector<Warning> expected{
      {kind::html_too_deep, "HTML nested too deeply for the HTML parser, read with a tag stripper"}};
  EXPECT_EQ(l.docs[0].warnings, expected);
}

TEST(Formats, ForcedFormat) {
  LoadOptions o;
  o.format = InputFormat::text;
  auto l = run({data + "bad.jsonl"}, o);
  ASSERT_EQ(l.docs.size(), 1u);
  EXPECT_EQ(l.docs[0].format, "text");
}

TEST(Formats, FieldMapping) {
  test::TempDir dir;
  auto p = dir.write(
      "a.jsonl", "{\"content\": \"ليس هذا\", \"story\": {\"body\": \"بل هذا\"}, \"head\": \"العنوان\"}\n");
  LoadOptions o;
  o.fields = {{"body", "story.body"}, {"title", "head"}};
  auto l = run({p}, o);
  ASSERT_EQ(l.docs.size(), 1u);
  EXPECT_EQ(l.docs[0].text, "بل هذا");
  EXPECT_EQ(l.docs[0].title, "العنوان");
  o.fields = {{"bdy", "x"}};
  auto bad = run({p}, o);
  ASSERT_FALSE(bad.diags.empty());
  EXPECT_EQ(bad.diags[0],
            "akhbar: error: --field: unknown record field 'bdy' (title, body, url, date, author, source, "
            "category, abstract, fetched)");
}

TEST(Formats, CsvWithoutHeaderAndColumnNumbers) {
  test::TempDir dir;
  auto p = dir.write(
      "x.csv",
      "\"عنوان أول\",real,2024-04-13 21:14:10,https://a/1,\"نص الخبر الأول وهو أطول من العنوان بكثير\"\n"
      "\"عنوان ثان\",real,2024-04-14 10:00:00,https://a/2,\"نص الخبر الثاني وهو أطول من العنوان بكثير\"\n");
  auto l = run({p});
  ASSERT_EQ(l.docs.size(), 2u);
  EXPECT_EQ(l.docs[0].title, "عنوان أول");
  EXPECT_EQ(l.docs[0].date, "2024-04-13 21:14:10");
  EXPECT_EQ(l.docs[0].input.url, "https://a/1");
  EXPECT_EQ(l.docs[1].text, "نص الخبر الثاني وهو أطول من العنوان بكثير");
  LoadOptions o;
  o.fields = {{"body", "1"}};
  auto m = run({p}, o);
  ASSERT_EQ(m.docs.size(), 2u);
  EXPECT_EQ(m.docs[0].text, "عنوان أول");
}

TEST(Formats, FolderWalkSortedFilteredHidden) {
  test::TempDir dir;
  dir.write("b.txt", "ب");
  dir.write("a/z.txt", "ز");
  dir.write("a/y.md", "ي");
  dir.write(".hidden/x.txt", "خ");
  dir.write(".h.txt", "ح");
  auto names = [](const Loaded& l) {
    std::vector<std::string> out;
    for (const auto& d : l.docs) out.push_back(std::filesystem::path(d.input.path).filename().string());
    return out;
  };
  EXPECT_EQ(names(run({dir.path()})), (std::vector<std::string>{"y.md", "z.txt", "b.txt"}));
  LoadOptions o;
  o.include = {"*.txt"};
  EXPECT_EQ(names(run({dir.path()}, o)), (std::vector<std::string>{"z.txt", "b.txt"}));
  o.exclude = {"a"};
  EXPECT_EQ(names(run({dir.path()}, o)), (std::vector<std::string>{"b.txt"}));
  LoadOptions h;
  h.hidden = true;
  EXPECT_EQ(names(run({dir.path()}, h)),
            (std::vector<std::string>{".h.txt", "x.txt", "y.md", "z.txt", "b.txt"}));
}

TEST(Formats, SymlinkLoopIsWalkedOnce) {
  test::TempDir dir;
  dir.write("a/x.txt", "نص");
  std::filesystem::create_directory_symlink(dir.path() + "/a", dir.path() + "/a/loop");
  std::filesystem::create_directory_symlink(dir.path() + "/a", dir.path() + "/b");
  auto l = run({dir.path()});
  EXPECT_EQ(l.docs.size(), 1u);
  EXPECT_TRUE(l.diags.empty());
}

TEST(Formats, CancelStopsBeforeNextRecord) {
  std::atomic<bool> cancel{false};
  LoadOptions o;
  o.cancel = &cancel;
  std::size_t n = 0;
  load(
      {data + "bad.jsonl", data + "page.html"}, o,
      [&](Document&&) {
        ++n;
        cancel = true;
      },
      [](const Diagnostic&) {});
  EXPECT_EQ(n, 1u);
}

TEST(Formats, ProvenanceOfAOneArticleFile) {
  auto l = run({data + "short-utf8.txt"});
  ASSERT_EQ(l.docs.size(), 1u);
  const Document& d = l.docs[0];
  EXPECT_EQ(d.input.path, data + "short-utf8.txt");
  EXPECT_EQ(d.input.record, 0);
  EXPECT_EQ(d.input.encoding, "UTF-8");
  EXPECT_EQ(d.raw, test::slurp(data + "short-utf8.txt"));
  // sha256 of the raw bytes (checked against sha256sum).
  EXPECT_EQ(d.input.sha256.size(), 64u);
  EXPECT_TRUE(d.fetched && d.fetched->size() == 20 && d.fetched->back() == 'Z');
}

TEST(Formats, ReadPathList) {
  test::TempDir dir;
  auto p = dir.write("list", "a b/ج.txt\r\n\n" + data + "short-utf8.txt\n");
  auto list = read_path_list(p);
  ASSERT_TRUE(list);
  EXPECT_EQ(*list, (std::vector<std::string>{"a b/ج.txt", data + "short-utf8.txt"}));
  EXPECT_FALSE(read_path_list(dir.path() + "/none"));
}

// --- encodings ---

TEST(Encodings, ShortLegacyTextsAreTellApart) {
  for (const auto& [file, enc] :
       std::vector<std::pair<std::string, std::string>>{{"short-1256.txt", "windows-1256"},
                                                        {"short-8859-6.txt", "ISO-8859-6"},
                                                        {"short-cp720.txt", "CP720"}}) {
    auto l = run({data + file});
    ASSERT_EQ(l.docs.size(), 1u);
    EXPECT_EQ(l.docs[0].input.encoding, enc) << file;
    EXPECT_EQ(l.docs[0].text, "قال الوزير إن الحكومة ستعلن القرار غدا") << file;
  }
}

TEST(Encodings, ForcedEncodingNames) {
  LoadOptions o;
  o.encoding = "cp1256";
  auto l = run({data + "short-1256.txt"}, o);
  ASSERT_EQ(l.docs.size(), 1u);
  EXPECT_EQ(l.docs[0].input.encoding, "windows-1256");
  o.encoding = "klingon";
  auto bad = run({data + "short-1256.txt"}, o);
  EXPECT_EQ(bad.diags, std::vector<std::string>{"akhbar: error: " + data +
                                                "short-1256.txt: unknown encoding 'klingon'"});
  EXPECT_EQ(canonical_encoding("IBM720"), "CP720");
  EXPECT_EQ(canonical_encoding("arabic"), "ISO-8859-6");
  EXPECT_EQ(canonical_encoding("latin1"), "ISO-8859-1");
  EXPECT_FALSE(canonical_encoding("klingon"));
}

TEST(Encodings, MojibakeIsRepairedWithAWarning) {
  auto l = run({data + "mojibake-1256.txt", data + "double-utf8.txt"});
  ASSERT_EQ(l.docs.size(), 2u);
  std::string expect = "القاهرة - أعلنت وزارة الصحة المصرية اليوم عن افتتاح مستشفى جديد في العاصمة.";
  for (const auto& d : l.docs) {
    EXPECT_EQ(d.text.substr(0, expect.size()), expect) << d.input.path;
    ASSERT_EQ(d.warnings.size(), 1u);
  }
  EXPECT_EQ(l.docs[0].warnings[0].message,
            "repaired mojibake: UTF-8 text that had been decoded as windows-1256");
  EXPECT_EQ(l.docs[1].warnings[0].message,
            "repaired doubly-encoded UTF-8: UTF-8 text that had been decoded as windows-1252");
  EXPECT_EQ(l.docs[1].warnings[0].kind, kind::encoding_repaired);
}

TEST(Encodings, MojibakeExampleFromTheIssue) {
  std::string s = "ظ…ط±ط­ط¨ط§ ط¨ظƒظ…";
  auto repairs = detail::repair_mojibake(s);
  EXPECT_EQ(s, "مرحبا بكم");
  EXPECT_EQ(repairs.size(), 1u);
}

TEST(Encodings, GenuineArabicIsNotRepaired) {
  std::string s = "ضبط النفس، وطالب الطلاب بالخطط، ظهر الظل؛ طائرة";
  std::string before = s;
  EXPECT_TRUE(detail::repair_mojibake(s).empty());
  EXPECT_EQ(s, before);
}

TEST(Encodings, LineEndsAndEntities) {
  Decoded d = decode(
      "a\r\nb\rc\xC2\x85"
      "d\xE2\x80\xA8"
      "e\xE2\x80\xA9"
      "f\n");
  EXPECT_EQ(d.text, "a\nb\nc\nd\ne\nf\n");
  EXPECT_EQ(detail::decode_entities("&quot;x&quot; &amp; &#1575;&#x644; &nbsp;&unknown; & a&b;"),
            "\"x\" & ال \u00A0&unknown; & a&b;");
}

TEST(Encodings, Utf16And32WithoutBom) {
  std::u16string u = u"نص عربي قصير للتجربة مع بعض الكلمات";
  std::string le, be;
  for (char16_t c : u) {
    le += static_cast<char>(c & 0xFF), le += static_cast<char>(c >> 8);
    be += static_cast<char>(c >> 8), be += static_cast<char>(c & 0xFF);
  }
  EXPECT_EQ(decode(le).encoding, "UTF-16LE");
  EXPECT_EQ(decode(be).encoding, "UTF-16BE");
  EXPECT_EQ(decode(le).text, "نص عربي قصير للتجربة مع بعض الكلمات");
  std::string le32;
  for (char16_t c : u)
    le32 += std::string{static_cast<char>(c & 0xFF), static_cast<char>(c >> 8), '\0', '\0'};
  EXPECT_EQ(decode(le32).encoding, "UTF-32LE");
}

TEST(Encodings, Utf16JsonLinesAreStreamedAndKeepRawBytes) {
  test::TempDir dir;
  std::u16string u =
      u"{\"title\": \"عنوان\", \"text\": \"نص أول\"}\n{\"title\": \"ثان\", \"text\": \"نص ثان\"}\n";
  std::string bytes = "\xFF\xFE";
  for (char16_t c : u) bytes += static_cast<char>(c & 0xFF), bytes += static_cast<char>(c >> 8);
  auto p = dir.write("u16.jsonl", bytes);
  auto l = run({p});
  ASSERT_EQ(l.docs.size(), 2u);
  EXPECT_EQ(l.docs[0].format, "jsonl");
  EXPECT_EQ(l.docs[0].input.encoding, "UTF-16LE");
  EXPECT_EQ(l.docs[1].text, "نص ثان");
  // The raw bytes are the record in the input's own encoding.
  EXPECT_NE(bytes.find(l.docs[1].raw), std::string::npos);
}

TEST(Encodings, EntityTableIsSorted) {
  // decode_entities looks names up by binary search; an unsorted table would miss some.
  for (const char* name :
       {"AElig", "Uuml", "aacute", "hellip", "laquo", "lsquo", "lt", "nbsp", "zwnj", "rsquo"}) {
    std::string in = std::string("&") + name + ";";
    EXPECT_NE(detail::decode_entities(in), in) << name;
  }
}

// trafilatura's XML keeps HTML's names for h4-h6 and blockquote: two <h4> headings and a
// <blockquote> are lines of their own, not glued ("...2019متطلبات...").
TEST(Formats, TrafilaturaHtmlBlocksAreLines) {
  test::TempDir dir;
  auto l = run({dir.write("page.xml",
                          "<doc title=\"عنوان\" source=\"https://s.ma/a\"><main>"
                          "<h4>نبذة عن البرنامج 2019</h4> <h4>متطلبات التنصيب</h4>"
                          "<blockquote>نص مقتبس هنا</blockquote></main></doc>")});
  ASSERT_EQ(l.docs.size(), 1u);
  EXPECT_NE(l.docs[0].text.find("نبذة عن البرنامج 2019\n"), std::string::npos) << l.docs[0].text;
  EXPECT_NE(l.docs[0].text.find("\nمتطلبات التنصيب\n"), std::string::npos) << l.docs[0].text;
  EXPECT_NE(l.docs[0].text.find("\nنص مقتبس هنا"), std::string::npos) << l.docs[0].text;
}

// trafilatura's XML output puts readers' comments in <section class="comments"> after the text
// (as its older <comments>): they are not the article's text.
TEST(Formats, TrafilaturaCommentsAreNotText) {
  test::TempDir dir;
  auto l = run({dir.write("page.xml",
                          "<doc sitename=\"s\" title=\"عنوان المقال\" source=\"https://s.ma/a\">"
                          "<main><p>نص المقال الأول هنا.</p></main>"
                          "<section class=\"comments\"><h4>قارئ</h4><p>تعليق القارئ هنا</p></section>"
                          "</doc>")});
  ASSERT_EQ(l.docs.size(), 1u);
  EXPECT_NE(l.docs[0].text.find("نص المقال الأول هنا."), std::string::npos);
  EXPECT_EQ(l.docs[0].text.find("تعليق القارئ"), std::string::npos) << l.docs[0].text;
}

}  // namespace
}  // namespace akhbar
