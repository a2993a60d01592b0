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
