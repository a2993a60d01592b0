#include <akhbar/record.h>

#include <gtest/gtest.h>

namespace akhbar {
namespace {

Article sample() {
  Article a;
  a.input = {"samples/a.txt", 2, "https://example.com/a", "windows-1256", std::string(64, 'a')};
  a.title = "عنوان";
  a.published = "2024-07-23";
  a.dateline = "القاهرة";
  a.body = {{Block::Type::heading, "عنوان فرعي"}, {Block::Type::paragraph, "فقرة \"مقتبسة\"."}};
  a.read_also = {{"مقال آخر", std::nullopt, {{Block::Type::paragraph, "نص"}}}};
  a.related = {{"رابط", std::string("https://example.com/b"), {}}};
  a.removed = {{"source", "المصدر: وكالة"}};
  a.warnings = {{kind::replaced_bytes, "replaced 2 invalid bytes"}};
  return a;
}

TEST(RecordJson, KeysInSchemaOrder) {
  std::string j = to_json_line(sample());
  EXPECT_EQ(j.rfind(R"({"schema":"akhbar.article/1","input":{"path":"samples/a.txt","record":2,)", 0), 0u) << j;
  EXPECT_LT(j.find("\"title\""), j.find("\"published\""));
  EXPECT_LT(j.find("\"body\""), j.find("\"read_also\""));
  EXPECT_EQ(j.find('\n'), std::string::npos);
}

TEST(RecordJson, NullsForAbsentFields) {
  Article a;
  std::string j = to_json_line(a);
  EXPECT_NE(j.find(R"("title":null,"published":null,"updated":null,"dateline":null,"source":null,"author":null)"),
            std::string::npos)
      << j;
  EXPECT_EQ(j.find("warnings"), std::string::npos);
}

TEST(RecordJson, RoundTrips) {
  Article a = sample();
  auto back = article_from_json(to_json_line(a));
  ASSERT_TRUE(back) << back.error().str();
  EXPECT_EQ(to_json_line(*back), to_json_line(a));
  EXPECT_EQ(back->body, a.body);
  EXPECT_EQ(back->read_also, a.read_also);
}

TEST(RecordJson, RejectsBadInput) {
  EXPECT_EQ(article_from_json("{").error().message, "not valid JSON");
  EXPECT_EQ(article_from_json("[1]").error().message, "not a JSON object");
  EXPECT_EQ(article_from_json(R"({"title": 3})").error().message, "\"title\" is not a string");
  EXPECT_EQ(article_from_json(R"({"body": [{"type":"paragraph"}]})").error().message,
            "a block of \"body\" has no text");
  // Caught by fuzz_import (tests/fuzz/regressions/import/): these threw nlohmann::type_error
  // out of the importer.
  EXPECT_EQ(article_from_json(R"({"body": [{"type":1, "text":"x"}]})").error().message,
            "a block of \"body\" has a \"type\" that is not a string");
  EXPECT_EQ(article_from_json(R"({"removed": [{"kind":[], "text":"x"}]})").error().message,
            "a removed item has a \"kind\" that is not a string");
  auto nulls =
      article_from_json(R"({"body": [{"type":null, "text":"x"}], "removed": [{"kind":null, "text":"y"}]})");
  ASSERT_TRUE(nulls);
  EXPECT_EQ(nulls->body.at(0).type, Block::Type::paragraph);
  EXPECT_EQ(nulls->removed.at(0).kind, "removed");
}

TEST(RecordJson, BodyText) {
  EXPECT_EQ(body_text(sample().body), "عنوان فرعي\nفقرة \"مقتبسة\".");
  EXPECT_EQ(body_text({}), "");
}

TEST(RecordJson, ReadsParsesOwnRecordsOnly) {
  Article a = sample();
  auto back = article_record_from_json(to_json_line(a));
  ASSERT_TRUE(back) << back.error().str();
  ASSERT_TRUE(back->has_value());
  EXPECT_EQ(to_json_line(**back), to_json_line(a));
  // Other JSON is no record of the schema: the loader reads it as a scraper's object.
  for (const char* other : {R"({"title": "x", "content": "akhbar.article/1"})", R"({"schema": "other/1"})",
                            R"({"schema": ["akhbar.article/1"]})", "{", "[1]", R"("akhbar.article/1")"}) {
    auto r = article_record_from_json(other);
    ASSERT_TRUE(r) << other;
    EXPECT_FALSE(r->has_value()) << other;
  }
}

TEST(RecordJson, ParsesOwnRecordsNeedTheirInput) {
  auto message = [](const std::string& json) {
    auto r = article_record_from_json(json);
    return r ? std::string("accepted") : r.error().message;
  };
  const std::string sha(64, 'a');
  EXPECT_EQ(message(R"({"schema":"akhbar.article/1"})"), "\"input\" is not an object");
  EXPECT_EQ(message(R"({"schema":"akhbar.article/1","input":{"sha256":")" + sha + R"("}})"),
            "\"input\" has no \"path\"");
  EXPECT_EQ(message(R"({"schema":"akhbar.article/1","input":{"path":"a","sha256":"ABC"}})"),
            "\"input\" has no \"sha256\" of 64 lowercase hex digits");
  EXPECT_EQ(
      message(R"({"schema":"akhbar.article/1","input":{"path":"a","sha256":")" + sha + R"("},"title":1})"),
      "\"title\" is not a string");
  EXPECT_EQ(message(R"({"schema":"akhbar.article/1","input":{"path":"a","sha256":")" + sha + R"("}})"),
            "accepted");
}

}  // namespace
}  // namespace akhbar
