// The JSON readers' two paths: simdjson (On Demand) for speed, nlohmann-json as the reference.
// Whatever the fast path delivers must equal what nlohmann would have given; whatever nlohmann
// rejects, the fast path must hand over (so the messages stay nlohmann's).
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "loader/detail_formats.h"
#include "loader/detail_text.h"
#include "test_util.h"

namespace akhbar {
namespace {

using test::Loaded;
using test::run;

// Compares every field a JSON object maps onto.
void expect_same(const Document& a, const Document& b, const std::string& record) {
  EXPECT_EQ(a.text, b.text) << record;
  EXPECT_EQ(a.title, b.title) << record;
  EXPECT_EQ(a.input.url, b.input.url) << record;
  EXPECT_EQ(a.date, b.date) << record;
  EXPECT_EQ(a.author, b.author) << record;
  EXPECT_EQ(a.source, b.source) << record;
  EXPECT_EQ(a.category, b.category) << record;
  EXPECT_EQ(a.abstract, b.abstract) << record;
  EXPECT_EQ(a.fetched, b.fetched) << record;
}

// Runs both paths over one record; returns whether the fast path took it.
bool compare(const std::string& record, const LoadOptions& options = {}) {
  detail::InputContext ctx;
  ctx.path = "test.jsonl";
  ctx.options = &options;
  auto fast = detail::json_fields_fast(record, ctx);
  auto ref = detail::json_fields_reference(record, ctx);
  if (!ref) {
    EXPECT_FALSE(fast) << "simdjson took a record nlohmann rejects: " << record;
    return false;
  }
  if (fast) expect_same(*fast, *ref, record);
  return fast.has_value();
}

TEST(JsonPaths, FastPathTakesOrdinaryRecords) {
  EXPECT_TRUE(compare(R"({"title": "عنوان", "content": "نص &amp; نص\r\nسطر", "url": "http://x/1"})"));
  EXPECT_TRUE(compare(R"({"title":"a","title":"b","content":"last duplicate wins"})"));
  EXPECT_TRUE(compare(R"({"Title":"A","TITLE":"B","tItle":"C","content":"smallest key ignoring case"})"));
  EXPECT_TRUE(compare(R"({"TITLE":"B","title":"exact","content":"x"})"));
  EXPECT_TRUE(compare(R"({"authors":["a","",["b",["c"]],null,1.5e2,true],"content":["p1","","p2"]})"));
  EXPECT_TRUE(compare(R"({"date":20150722,"title":-0,"content":1.50,"abstract":1e2,"source":-12.5E-1})"));
  EXPECT_TRUE(compare(R"({"content":null,"text":"from text"})"));
  EXPECT_TRUE(compare(R"({"content":"   ","text":"whitespace-only skipped"})"));
  EXPECT_TRUE(compare(R"({"content":"a\u0000b\u0627\ud83d\ude00\/\"\\\t\r\nz"})"));
  EXPECT_TRUE(compare(R"({"meta":{"x":[1,{"y":null}],"z":false},"content":"z"})"));
  EXPECT_TRUE(compare(R"({"tit\u006ce":"escaped key","content":"x"})"));
  EXPECT_TRUE(compare(R"({"عنوان":"x","content":"y","empty":{},"list":[]})"));
  EXPECT_TRUE(compare(R"({})"));
  EXPECT_TRUE(compare(R"({"content":"  &nbsp;&#1575;&#x627;&quot;  ","date_extracted":"2015-07-22"})"));
  EXPECT_TRUE(compare(R"({"category":["a","b"],"authors":[],"author":"x","content":true})"));
  EXPECT_TRUE(compare(R"({"title":123456789012345678901234567890,"content":"nlohmann reads a double"})"));
}

TEST(JsonPaths, ObjectsWhereFieldsAreLookedUpGoToNlohmann) {
  EXPECT_FALSE(compare(R"({"author":{"name":"X"},"content":"y"})"));
  EXPECT_FALSE(compare(R"({"authors":[{"name":"X"},"Y"],"content":"y"})"));
  LoadOptions nested;
  nested.fields["body"] = "a.b";
  EXPECT_FALSE(compare(R"({"a":{"b":"nested body"}})", nested));
  EXPECT_TRUE(compare(R"({"a":"not an object","content":"x"})", nested));
  LoadOptions named;
  named.fields["body"] = "Story";
  EXPECT_TRUE(compare(R"({"story":"by --field, any case","content":"not this"})", named));
}

TEST(JsonPaths, WhatNlohmannRejectsIsHandedOver) {
  for (const char* bad : {R"({"content":"x",})",
                          R"({"content":"x" "a":1})",
                          R"({"content":"x"} y)",
                          R"({"content":"x"}})",
                          R"({"a":[1,,2],"content":"x"})",
                          R"({"a":"\q","content":"x"})",
                          "{\"a\":\"tab\there\",\"content\":\"x\"}",
                          R"({"a":01,"content":"x"})",
                          R"({"a":nul,"content":"x"})",
                          R"({"a":tru})",
                          R"({"a":-})",
                          R"({"a":"\ud800","content":"x"})",
                          R"({"a":1e400})",
                          R"({"a":[})",
                          R"({,})",
                          R"([1,2])",
                          R"("str")",
                          "",
                          "{",
                          R"({"content":"x"}{"content":"y"})"})
    EXPECT_FALSE(compare(bad)) << bad;
}

TEST(JsonPaths, DeepNestingGoesToNlohmann) {
  std::string deep = R"({"a":)" + std::string(200, '[') + std::string(200, ']') + R"(,"content":"x"})";
  EXPECT_FALSE(compare(deep));
}

// Every object of SaudiNewsNet's JSON file, read by both paths (as JSON and as JSON Lines).
TEST(JsonPaths, CorpusRecordsAgree) {
  if (!std::filesystem::exists(AKHBAR_CORPUS)) GTEST_SKIP() << "no shared corpus at " << AKHBAR_CORPUS;
  const std::string file = std::string(AKHBAR_CORPUS) + "/saudinewsnet/json/2015-07-22.json";
  LoadOptions keep;
  keep.keep_garbage = true;
  auto l = run({file}, keep);
  ASSERT_EQ(l.docs.size(), 2050u);
  std::size_t fast = 0;
  test::TempDir dir;
  std::string lines;
  for (const auto& d : l.docs) {
    Decoded text = decode(d.raw);
    fast += compare(text.text);
    detail::InputContext ctx;
    ctx.options = &keep;
    auto ref = detail::json_fields_reference(text.text, ctx);
    ASSERT_TRUE(ref);
    expect_same(d, *ref, d.raw.substr(0, 80));  // what load() delivered is what nlohmann gives
    // The same object on one line (escaped line breaks inside strings stay escaped).
    std::string one = d.raw;
    for (auto& c : one)
      if (c == '\n' || c == '\r') c = ' ';
    lines += one + "\n";
  }
  EXPECT_EQ(fast, l.docs.size());
  auto jl = run({dir.write("saudinewsnet.jsonl", lines)}, keep);
  ASSERT_EQ(jl.docs.size(), l.docs.size());
  for (std::size_t i = 0; i < jl.docs.size(); ++i) {
    expect_same(jl.docs[i], l.docs[i], std::to_string(i));
    EXPECT_EQ(jl.docs[i].input.record, static_cast<std::int64_t>(i));
    EXPECT_EQ(jl.docs[i].format, "jsonl");
  }
}

TEST(JsonPaths, MalformedRecordMessagesStayNlohmanns) {
  test::TempDir dir;
  std::string path = dir.write("mixed.jsonl",
                               "{\"content\": \"نص أول\"}\n"
                               "{\"content\": \"نص\", }\n"
                               "{\"content\": \"tab\there\"}\n"
                               "[1, 2]\n"
                               "{\"content\": \"نص أخير\"}\n");
  auto l = run({path});
  ASSERT_EQ(l.docs.size(), 2u);
  EXPECT_EQ(l.docs[0].text, "نص أول");
  EXPECT_EQ(l.docs[1].text, "نص أخير");
  EXPECT_EQ(l.docs[1].input.record, 4);
  ASSERT_EQ(l.diags.size(), 3u);
  EXPECT_EQ(l.diags[0],
            "akhbar: error: " + path +
                ":2: malformed JSON record: parse error at column 21: syntax error while parsing "
                "object key - unexpected '}'; expected string literal, skipped")
      << l.diags[0];
  EXPECT_NE(l.diags[1].find(path + ":3: malformed JSON record: "), std::string::npos) << l.diags[1];
  EXPECT_NE(l.diags[1].find("control character U+0009 (HT) must be escaped"), std::string::npos)
      << l.diags[1];
  EXPECT_EQ(l.diags[2], "akhbar: error: " + path + ":4: JSON record is not an object, skipped");
}

TEST(JsonPaths, RecordsLargerThanThePaddingAndGrowing) {
  // Records growing past the parser's capacity, one after the other, and back to small.
  test::TempDir dir;
  std::string lines;
  for (std::size_t n : {10u, 100000u, 300000u, 20u, 5000000u, 30u}) {
    std::string body;
    while (body.size() < n) body += "كلمة ";
    lines += "{\"title\": \"t\", \"content\": \"" + body + "\"}\n";
  }
  auto l = run({dir.write("grow.jsonl", lines)});
  ASSERT_EQ(l.docs.size(), 6u);
  EXPECT_GE(l.docs[4].text.size(), 5000000u - 16);
  EXPECT_EQ(l.docs[5].text, "كلمة كلمة كلمة كلمة");
}

TEST(JsonRecords, ParsesOwnRecordsAreReadWhole) {
  test::TempDir dir;
  const std::string sha(64, 'c');
  const std::string record =
      R"({"schema":"akhbar.article/1","input":{"path":"news/a.txt","record":3,"url":null,"encoding":"windows-1256",)"
      R"("sha256":")" +
      sha +
      R"("},"title":"عنوان","published":"2024-07-23","updated":"2024-07-24",)"
      R"("dateline":"القاهرة","source":null,"author":null,"body":[{"type":"heading","text":"فرعي"},)"
      R"({"type":"paragraph","text":"نص"}],"read_also":[{"title":"مقال","url":null,"body":[{"type":"paragraph",)"
      R"("text":"نصه"}]}],"related":[],"removed":[{"kind":"dateline","text":"القاهرة -"}]})";
  // Every line of it left the body: still a record of an input with Arabic text.
  const std::string emptied =
      R"({"schema":"akhbar.article/1","input":{"path":"b.txt","record":0,"url":null,"encoding":"UTF-8",)"
      R"("sha256":")" +
      sha +
      R"("},"title":null,"published":null,"updated":null,"dateline":null,)"
      R"("source":null,"author":null,"body":[],"read_also":[],"related":[],)"
      R"("removed":[{"kind":"navigation","text":"اتصل بنا"}]})";
  std::string path = dir.write("parsed.jsonl", record + "\n{\"content\": \"نص من مكشطة\"}\n" +
                                                   R"({"schema":"akhbar.article/1","title":"بلا مدخل"})"
                                                   "\n" +
                                                   emptied + "\n");
  auto l = run({path});
  ASSERT_EQ(l.docs.size(), 3u);
  const Document& d = l.docs[0];
  ASSERT_TRUE(d.article);
  EXPECT_EQ(to_json_line(*d.article), record);
  // The Document's provenance is the JSON line's; the Article's, the original input's.
  EXPECT_EQ(d.input.path, path);
  EXPECT_EQ(d.input.record, 0);
  EXPECT_EQ(d.article->input.path, "news/a.txt");
  EXPECT_EQ(d.article->input.record, 3);
  EXPECT_EQ(d.format, "jsonl");
  EXPECT_FALSE(d.fetched);  // the JSON file's time is not when the article's input was captured
  EXPECT_FALSE(d.title);    // no scraper fields: nothing for the segmenter, nothing stored as metadata
  EXPECT_FALSE(l.docs[1].article);
  EXPECT_EQ(l.docs[1].text, "نص من مكشطة");
  ASSERT_TRUE(l.docs[2].article);
  EXPECT_EQ(l.docs[2].article->input.path, "b.txt");
  ASSERT_EQ(l.diags.size(), 1u);
  EXPECT_EQ(l.diags[0], "akhbar: error: " + path +
                            ":3: malformed akhbar.article/1 record: \"input\" is not an object, skipped");
}

}  // namespace
}  // namespace akhbar
