#include <akhbar/record.h>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <random>

namespace akhbar {
namespace {

// The writer must print exactly what nlohmann prints: nlohmann is the oracle, and only here.
std::string nlohmann_string(const std::string& s,
                            nlohmann::json::error_handler_t h = nlohmann::json::error_handler_t::strict) {
  return nlohmann::json(s).dump(-1, ' ', false, h);
}

using ordered_json = nlohmann::ordered_json;

ordered_json opt(const std::optional<std::string>& v) { return v ? ordered_json(*v) : ordered_json(nullptr); }

ordered_json blocks_json(const std::vector<Block>& blocks) {
  ordered_json a = ordered_json::array();
  for (const auto& b : blocks) a.push_back({{"type", to_string(b.type)}, {"text", b.text}});
  return a;
}

ordered_json links_json(const std::vector<Link>& links) {
  ordered_json a = ordered_json::array();
  for (const auto& l : links) {
    ordered_json o = {{"title", l.title}, {"url", opt(l.url)}};
    if (!l.body.empty()) o["body"] = blocks_json(l.body);
    a.push_back(std::move(o));
  }
  return a;
}

// The record built as an nlohmann tree in the key order of docs/article.schema.json and dumped
// with invalid UTF-8 replaced: what to_json_line must print, byte for byte.
std::string record_json_reference(const Article& a) {
  ordered_json removed = ordered_json::array();
  for (const auto& r : a.removed) removed.push_back({{"kind", r.kind}, {"text", r.text}});
  ordered_json j = {
      {"schema", article_schema_id},
      {"input",
       {{"path", a.input.path},
        {"record", a.input.record},
        {"url", opt(a.input.url)},
        {"encoding", a.input.encoding},
        {"sha256", a.input.sha256}}},
      {"title", opt(a.title)},
      {"published", opt(a.published)},
      {"updated", opt(a.updated)},
      {"dateline", opt(a.dateline)},
      {"source", opt(a.source)},
      {"author", opt(a.author)},
      {"body", blocks_json(a.body)},
      {"read_also", links_json(a.read_also)},
      {"related", links_json(a.related)},
      {"removed", std::move(removed)},
  };
  ordered_json warnings = ordered_json::array();
  for (const auto& w : a.warnings) warnings.push_back(w.message);
  if (!a.warnings.empty()) j["warnings"] = std::move(warnings);
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

TEST(FastJson, StringsEscapeLikeNlohmann) {
  std::vector<std::string> cases = {"",
                                    "plain",
                                    "\"q\" \\ /",
                                    "tab\there",
                                    "nl\ncr\r",
                                    "\b\f",
                                    std::string("nul\0x", 5),
                                    "\x01\x1f\x7f",
                                    "عربي «مقتبس»",
                                    "😀 4 bytes"};
  for (int c = 0; c < 0x20; ++c) cases.push_back(std::string(1, static_cast<char>(c)) + "x");
  for (const auto& s : cases) {
    std::string out;
    append_json_string(s, out);
    EXPECT_EQ(out, nlohmann_string(s)) << s;
  }
}

TEST(FastJson, RandomStringsValidOrNot) {
  // Random byte soup from pieces that matter: controls, quotes, multi-byte sequences, and broken
  // ones (overlong, surrogate, truncated, past U+10FFFF, lone continuation and lead bytes). Every
  // string must come out as nlohmann's replace handler prints it; valid ones as its strict one.
  const std::vector<std::string> pieces = {"a",
                                           "\"",
                                           "\\",
                                           "\n",
                                           "\x01",
                                           "\x7f",
                                           "ب",
                                           "€",
                                           "😀",
                                           "\xC0\xAF",
                                           "\xED\xA0\x80",
                                           "\xE2\x82",
                                           "\xF4\x90\x80\x80",
                                           "\x80",
                                           "\xFF",
                                           "\xC2",
                                           "\xC1\xBF",
                                           "\xE0\x80",
                                           "\xE0\xA0",
                                           "\xED\x9F\xBF",
                                           "\xF0\x8F\xBF\xBF",
                                           "\xF0\x90\x80",
                                           "\xF5\x80",
                                           "\xEF\xBF\xBD",
                                           " "};
  std::mt19937 rng(42);
  int valid = 0, invalid = 0;
  for (int n = 0; n < 20000; ++n) {
    std::string s;
    for (int k = static_cast<int>(rng() % 8); k >= 0; --k) s += pieces[rng() % pieces.size()];
    std::string out;
    append_json_string(s, out);
    ASSERT_EQ(out, nlohmann_string(s, nlohmann::json::error_handler_t::replace)) << testing::PrintToString(s);
    try {
      ASSERT_EQ(out, nlohmann_string(s));
      ++valid;
    } catch (const nlohmann::json::exception&) {
      ++invalid;
    }
  }
  EXPECT_GT(valid, 1000);
  EXPECT_GT(invalid, 1000);
}

TEST(FastJson, RecordMatchesReference) {
  Article full;
  full.input = {"a.txt", 3, "https://example.com/a", "UTF-8", std::string(64, 'f')};
  full.title = "\"\\\t\x02 عنوان";
  full.published = "2024-07-23";
  full.body = {{Block::Type::heading, "عنوان فرعي"}, {Block::Type::paragraph, "فقرة"}};
  full.read_also = {{"مقال", std::nullopt, {{Block::Type::paragraph, "نص"}}}};
  full.related = {{"رابط", std::string("https://example.com/b"), {}}};
  full.removed = {{"source", "المصدر: وكالة"}};
  full.warnings = {{kind::relative_date, "w"}};
  Article negative;
  negative.input.record = -7;
  Article invalid = full;
  invalid.title = "bad \xC3";  // replaced as nlohmann replaces it
  invalid.body[1].text = "\xE0\x80\xF0\x90 \xED\xA0\x80";
  invalid.warnings = {{kind::stored, "\xFF"}};
  for (const auto& a : {full, Article{}, negative, invalid}) {
    std::string out = "before";
    append_json_line(a, out);
    EXPECT_EQ(out, "before" + record_json_reference(a));
    EXPECT_EQ(out, "before" + to_json_line(a));
  }
}

}  // namespace
}  // namespace akhbar
