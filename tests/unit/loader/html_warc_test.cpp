// HTML pages that declare their charset, and the record index of WARC/WET files.
#include <akhbar/loader.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "loader/detail_formats.h"
#include "loader/detail_text.h"
#include "test_util.h"

namespace akhbar {
namespace {

const std::string data = std::string(AKHBAR_TEST_DATA) + "/loader/";

using test::Loaded;
using test::run;

std::vector<std::int64_t> indices(const Loaded& l) {
  std::vector<std::int64_t> out;
  for (const auto& d : l.docs) out.push_back(d.input.record);
  return out;
}

TEST(HtmlCharset, MetaDeclarationsAreFound) {
  using detail::html_meta_charset;
  EXPECT_EQ(html_meta_charset("<html><head><meta charset=\"windows-1256\"></head>"), "windows-1256");
  EXPECT_EQ(html_meta_charset("<META CHARSET=ISO-8859-6>"), "ISO-8859-6");
  EXPECT_EQ(html_meta_charset("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=cp1256\" />"),
            "cp1256");
  EXPECT_EQ(html_meta_charset("<meta content='text/html;charset = windows-1256' http-equiv='content-type'>"),
            "windows-1256");
  EXPECT_EQ(html_meta_charset("<meta name=\"description\" content=\"x\"><p>charset=utf-8</p>"), std::nullopt);
  EXPECT_EQ(html_meta_charset("<head></head><body><meta charset=\"windows-1256\"></body>"), std::nullopt);
  EXPECT_EQ(html_meta_charset("<meta charset=\"\">"), std::nullopt);
}

// The page in tests/data/loader/page-1256.html was written for this test: a short article in
// windows-1256 that says so in <meta http-equiv="Content-Type">. Its bytes alone read better as
// ISO-8859-6 ("أخبار تنلس" for "أخبار تونس"): only the declaration gets it right.
TEST(HtmlCharset, Windows1256PageIsDecodedAsDeclared) {
  auto l = run({data + "page-1256.html"});
  ASSERT_EQ(l.docs.size(), 1u);
  const Document& d = l.docs[0];
  EXPECT_EQ(d.format, "html");
  EXPECT_EQ(d.input.encoding, "windows-1256");
  EXPECT_EQ(d.title, "أخبار تونس");
  EXPECT_EQ(d.text, "نتائج تونس");
  EXPECT_EQ(d.date, "2024-03-01T10:00:00Z");
  EXPECT_TRUE(d.warnings.empty());
  EXPECT_EQ(d.raw, test::slurp(data + "page-1256.html"));
}

// The headline, not the site's name around it: the <h1> the <title> contains, else the title
// without a part that names the site; a part that may belong to the headline stays.
TEST(HtmlTitle, TheSiteNameIsCutOff) {
  test::TempDir dir;
  auto title_of = [&](const std::string& head, const std::string& body = "") {
    auto l = run({dir.write("p.html", "<html><head><meta charset=\"utf-8\">" + head + "</head><body>" + body +
                                          "<p>نص الخبر هنا بما يكفي من الكلمات العربية.</p></body></html>")});
    EXPECT_EQ(l.docs.size(), 1u);
    return l.docs.empty() ? std::optional<std::string>() : l.docs[0].title;
  };
  EXPECT_EQ(title_of("<title>ارتفاع أسعار النفط | صحيفة الأخبار</title>", "<h1>ارتفاع أسعار النفط</h1>"),
            "ارتفاع أسعار النفط");
  EXPECT_EQ(title_of("<title>ارتفاع أسعار النفط | صحيفة الأخبار</title>"), "ارتفاع أسعار النفط");
  EXPECT_EQ(title_of("<title>معارضون يسيطرون على مخازن - CNNArabic.com</title>"), "معارضون يسيطرون على مخازن");
  EXPECT_EQ(title_of("<title>الجزيرة نت | غارات على غزة</title><meta property=\"og:site_name\" content=\"الجزيرة نت\">"),
            "غارات على غزة");
  EXPECT_EQ(title_of("<meta property=\"og:title\" content=\"غارات على غزة - Sky News عربية\">"), "غارات على غزة - Sky News عربية");
  // Parts that may be the headline's own are kept.
  EXPECT_EQ(title_of("<title>ليبيا - مقتل 5 في اشتباكات</title>"), "ليبيا - مقتل 5 في اشتباكات");
  EXPECT_EQ(title_of("<title>ميزانية مصر - 2024</title>"), "ميزانية مصر - 2024");
  EXPECT_EQ(title_of("<title>وزير الخارجية : المحادثات مستمرة</title>"), "وزير الخارجية : المحادثات مستمرة");
}

// Links keep their text and an address made absolute against the page's own (canonical) one;
// fragments, scripts and mail links are not addresses of articles.
TEST(HtmlAnchors, LinksAreKeptWithAbsoluteAddresses) {
  test::TempDir dir;
  const std::string links =
      "<ul><li><a href=\"/eco/a1\">الذهب يتراجع</a></li><li><a href=\"a2.html\"> البورصة تربح </a></li>"
      "<li><a href=\"//cdn.example.com/v\">فيديو</a></li><li><a href=\"https://other.org/x\">خبر آخر</a></li>"
      "<li><a href=\"#top\">أعلى</a></li><li><a href=\"javascript:void(0)\">طباعة</a></li>"
      "<li><a href=\"mailto:a@b.c\">راسلنا</a></li><li><a href=\"/empty\"> </a></li></ul>";
  auto page = [&](const std::string& head) {
    return "<html><head><meta charset=\"utf-8\">" + head + "</head><body><article><p>" +
           std::string(40, 'x') + " نص الخبر هنا بما يكفي من الكلمات العربية.</p>" + links + "</article></body></html>";
  };
  auto l = run({dir.write("p.html", page("<link rel=\"canonical\" href=\"https://news.example.com/eco/oil?id=3\">"))});
  ASSERT_EQ(l.docs.size(), 1u);
  std::vector<std::pair<std::string, std::string>> got;
  for (const auto& a : l.docs[0].anchors) got.emplace_back(a.text, a.href);
  EXPECT_EQ(got, (std::vector<std::pair<std::string, std::string>>{
                     {"الذهب يتراجع", "https://news.example.com/eco/a1"},
                     {"البورصة تربح", "https://news.example.com/eco/a2.html"},
                     {"فيديو", "https://cdn.example.com/v"},
                     {"خبر آخر", "https://other.org/x"}}));
  // Without an address of its own the page's links stay as written.
  l = run({dir.write("q.html", page(""))});
  ASSERT_EQ(l.docs.size(), 1u);
  ASSERT_FALSE(l.docs[0].anchors.empty());
  EXPECT_EQ(l.docs[0].anchors[0].href, "/eco/a1");
  // Text formats carry none.
  l = run({dir.write("t.txt", "عنوان\nنص الخبر هنا بما يكفي من الكلمات العربية.\n")});
  ASSERT_EQ(l.docs.size(), 1u);
  EXPECT_TRUE(l.docs[0].anchors.empty());
}

// A headed list of headline links outside the article becomes a box: the links after its heading
// in the nearest element holding links, up to the next heading; menus (short link texts), the
// footer's links and the article's own links are not in it.
TEST(HtmlAnchors, HeadedLinkListsOutsideTheArticleAreBoxes) {
  test::TempDir dir;
  const std::string page =
      "<html><head><meta charset=\"utf-8\"><link rel=\"canonical\" href=\"https://x.com/news/1\"></head><body>"
      "<div class=\"menu\"><h3>الأقسام</h3><a href=\"/eco\">اقتصاد</a><a href=\"/sport\">رياضة</a></div>"
      "<div class=\"story\"><p>نص الخبر هنا بما يكفي من الكلمات العربية في الفقرة الأولى من الخبر، وهي فقرة طويلة "
      "تحمل ما يكفي من الحروف العربية ليكون هذا العنصر نص المقال.</p>"
      "<p>وفقرة ثانية من الخبر فيها <a href=\"/in-text\">رابط داخل نص الخبر هنا</a> أيضا.</p></div>"
      "<div class=\"side\"><h4>الأكثر تصفحاً</h4><ul><li><h2><a href=\"/a1\">الذهب يتراجع مع صعود الدولار</a></h2></li>"
      "<li><a href=\"https://y.org/a2\">البورصة المصرية تربح 10 مليارات</a></li><li><a href=\"/more\">المزيد</a></li></ul>"
      "<h4>تابعونا</h4><a href=\"https://fb.com/x\">صفحتنا على فيسبوك الرسمية هنا</a></div>"
      "<footer><a href=\"/terms\">شروط الخدمة والاستخدام للموقع</a></footer></body></html>";
  auto l = run({dir.write("p.html", page)});
  ASSERT_EQ(l.docs.size(), 1u);
  const auto& boxes = l.docs[0].link_boxes;
  ASSERT_EQ(boxes.size(), 2u);
  EXPECT_EQ(boxes[0].heading, "الأكثر تصفحاً");
  std::vector<std::pair<std::string, std::string>> got;
  for (const auto& a : boxes[0].links) got.emplace_back(a.text, a.href);
  EXPECT_EQ(got, (std::vector<std::pair<std::string, std::string>>{
                     {"الذهب يتراجع مع صعود الدولار", "https://x.com/a1"},
                     {"البورصة المصرية تربح 10 مليارات", "https://y.org/a2"}}));
  EXPECT_EQ(boxes[1].heading, "تابعونا");  // the segmenter keeps only boxes its markers name
  ASSERT_EQ(boxes[1].links.size(), 1u);
  // A page read whole (no article element found) has its lists in the text already: no boxes.
  l = run({dir.write("q.html", "<html><body><h4>الأكثر تصفحاً</h4><a href=\"/a1\">الذهب يتراجع مع صعود الدولار</a>"
                                 "<p>نص قصير.</p></body></html>")});
  ASSERT_EQ(l.docs.size(), 1u);
  EXPECT_TRUE(l.docs[0].link_boxes.empty());
}

std::string without_meta(std::string page) {
  std::size_t at = page.find("<meta http-equiv");
  page.erase(at, page.find('>', at) - at + 1);
  return page;
}

TEST(HtmlCharset, WithoutTheDeclarationDetectionAloneGetsItWrong) {
  // What the test above guards against: the same page without its <meta>.
  test::TempDir dir;
  auto l = run({dir.write("bare.html", without_meta(test::slurp(data + "page-1256.html")))});
  ASSERT_EQ(l.docs.size(), 1u);
  EXPECT_EQ(l.docs[0].input.encoding, "ISO-8859-6");
  EXPECT_EQ(l.docs[0].title, "أخبار تنلس");
}

TEST(HtmlCharset, WrongDeclarationsDoNotWinOverAClearReading) {
  // Declarations that make the text worse than detection's reading (Latin letters, box drawing)
  // or that akhbar cannot use are passed over.
  const std::string page = test::slurp(data + "page-1256.html");
  const std::string declared = "charset=windows-1256";
  for (const char* other : {"ISO-8859-1", "windows-1252", "CP720", "utf-8", "x-no-such-charset"}) {
    std::string p = page;
    p.replace(p.find(declared), declared.size(), std::string("charset=") + other);
    test::TempDir dir;
    auto l = run({dir.write("page.html", p)});
    ASSERT_EQ(l.docs.size(), 1u) << other;
    EXPECT_EQ(l.docs[0].input.encoding, "ISO-8859-6") << other;  // what detection reads
  }
}

TEST(HtmlCharset, ForcedEncodingAndUtf8PagesStillRule) {
  test::TempDir dir;
  // --encoding wins over the page.
  LoadOptions forced;
  forced.encoding = "ISO-8859-6";
  forced.keep_garbage = true;
  auto l = run({data + "page-1256.html"}, forced);
  ASSERT_EQ(l.docs.size(), 1u);
  EXPECT_EQ(l.docs[0].input.encoding, "ISO-8859-6");
  forced.encoding = "windows-1256";
  l = run({dir.write("bare.html", without_meta(test::slurp(data + "page-1256.html")))}, forced);
  ASSERT_EQ(l.docs.size(), 1u);
  EXPECT_EQ(l.docs[0].title, "أخبار تونس");
  // A UTF-8 page that declares windows-1256 is read as the UTF-8 it is.
  std::string utf8 = "<html><head><meta charset=\"windows-1256\"><title>عنوان</title></head><body><p>" +
                     std::string("نص الخبر") + "</p></body></html>";
  l = run({dir.write("utf8.html", utf8)});
  ASSERT_EQ(l.docs.size(), 1u);
  EXPECT_EQ(l.docs[0].input.encoding, "UTF-8");
  EXPECT_EQ(l.docs[0].title, "عنوان");
}

// input.record counts articles from 0, as in JSON, TREC and CSV: not the warcinfo record.
TEST(WarcIndex, WarcinfoDoesNotCount) {
  auto l = run({data + "sample.wet"});
  ASSERT_EQ(l.docs.size(), 2u);
  // warcinfo (not counted), conversion 0, a malformed record (keeps its place, like a malformed
  // JSON line), conversion 2.
  EXPECT_EQ(indices(l), (std::vector<std::int64_t>{0, 2}));
}

std::string record(const std::string& type, const std::string& content_type, const std::string& body,
                   const std::string& uri = "http://a/") {
  return "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri +
         "\r\nWARC-Date: 2024-03-01T10:00:00Z\r\nContent-Type: " + content_type +
         "\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body + "\r\n\r\n";
}

TEST(WarcIndex, OnlyArticleRecordsCount) {
  const std::string html = "<html><body><p>نص الخبر الأول في الصفحة</p></body></html>";
  auto http = [](const std::string& type, const std::string& body) {
    return "HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\n\r\n" + body;
  };
  std::string warc =
      record("warcinfo", "application/warc-fields", "software: test\r\n") +
      record("request", "application/http; msgtype=request", "GET / HTTP/1.1\r\n\r\n") +
      record("response", "application/http; msgtype=response", http("text/html", html), "http://a/1") +
      record("metadata", "application/warc-fields", "fetchTimeMs: 12\r\n") +
      record("response", "application/http; msgtype=response", http("image/png", "\x89PNG"), "http://a/img") +
      record("conversion", "text/plain", "نص محول من الصفحة الثانية", "http://a/2") +
      record("resource", "text/html", html, "http://a/3");
  test::TempDir dir;
  auto l = run({dir.write("crawl.warc", warc)});
  EXPECT_TRUE(l.diags.empty()) << l.diags[0];
  ASSERT_EQ(l.docs.size(), 3u);
  EXPECT_EQ(indices(l), (std::vector<std::int64_t>{0, 1, 2}));
  EXPECT_EQ(l.docs[0].input.url, "http://a/1");
  EXPECT_EQ(l.docs[1].input.url, "http://a/2");
  EXPECT_EQ(l.docs[2].input.url, "http://a/3");
}

TEST(WarcIndex, MalformedAndOversizedRecords) {
  std::string bad_length = "WARC/1.0\r\nWARC-Type: conversion\r\nContent-Length: x\r\n\r\n";
  std::string bad_info = "WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: x\r\n\r\n";
  std::string big(4096, 'x');
  std::string warc = record("conversion", "text/plain", "الخبر الأول", "http://a/1") + bad_length +
                     record("conversion", "text/plain", "الخبر الثاني", "http://a/2") + bad_info +
                     record("warcinfo", "text/plain", big) +
                     record("conversion", "text/plain", big + " عربي") +
                     record("conversion", "text/plain", "الخبر الثالث", "http://a/3");
  test::TempDir dir;
  std::string path = dir.write("mixed.wet", warc);
  LoadOptions small;
  small.max_record_bytes = 1024;
  auto l = run({path}, small);
  ASSERT_EQ(l.docs.size(), 3u);
  // The conversion record with a bad length keeps its place; the warcinfo one does not; the
  // oversized records are not counted (as in JSON Lines) and only the conversion one is reported.
  EXPECT_EQ(indices(l), (std::vector<std::int64_t>{0, 2, 3}));
  ASSERT_EQ(l.diags.size(), 3u);
  EXPECT_NE(l.diags[0].find("malformed WARC record: missing or bad Content-Length"), std::string::npos);
  EXPECT_NE(l.diags[1].find("malformed WARC record: missing or bad Content-Length"), std::string::npos);
  EXPECT_NE(l.diags[2].find("over the size limit of 1024 bytes"), std::string::npos) << l.diags[2];
}

TEST(WarcIndex, HtmlResponseHonoursItsMetaCharset) {
  std::string page = test::slurp(data + "page-1256.html");
  std::string warc = record("response", "application/http; msgtype=response",
                            "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page, "http://a/1256");
  test::TempDir dir;
  auto l = run({dir.write("page.warc", warc)});
  ASSERT_EQ(l.docs.size(), 1u);
  EXPECT_EQ(l.docs[0].input.encoding, "windows-1256");
  EXPECT_EQ(l.docs[0].title, "أخبار تونس");
  EXPECT_EQ(l.docs[0].input.record, 0);
}

}  // namespace
}  // namespace akhbar
