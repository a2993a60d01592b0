#include <akhbar/record.h>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <random>

#include "record/detail_json.h"

namespace akhbar {
namespace {

// The fast writer must print exactly what nlohmann prints (the reference).
std::string nlohmann_string(const std::string& s) {
  return nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::strict);
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
    detail::append_json_string(s, out);
    EXPECT_EQ(out, nlohmann_string(s)) << s;
  }
}

TEST(FastJson, RandomStringsAndUtf8Validation) {
  // Random byte soup from pieces that matter: controls, quotes, multi-byte sequences, and broken
  // ones (overlong, surrogate, truncated, past U+10FFFF). valid_utf8 must agree with nlohmann's
  // strict decoder, and valid strings must be escaped identically.
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
                                           " "};
  std::mt19937 rng(42);
  int valid = 0;
  for (int n = 0; n < 3000; ++n) {
    std::string s;
    for (int k = static_cast<int>(rng() % 8); k >= 0; --k) s += pieces[rng() % pieces.size()];
    bool strict_ok = true;
    std::string expected;
    try {
      expected = nlohmann_string(s);
    } catch (const nlohmann::json::exception&) {
      strict_ok = false;
    }
    ASSERT_EQ(detail::valid_utf8(s), strict_ok) << testing::PrintToString(s);
    if (!strict_ok) continue;
    ++valid;
    std::string out;
    detail::append_json_string(s, out);
    ASSERT_EQ(out, expected);
  }
  EXPECT_GT(valid, 300);
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
  invalid.title = "bad \xC3";  // falls back to nlohmann, which replaces the byte
  for (const auto& a : {full, Article{}, negative, invalid}) {
    std::string out;
    detail::append_record_json(a, out);
    EXPECT_EQ(out, detail::record_json_reference(a));
    EXPECT_EQ(out, to_json_line(a));
  }
}

}  // namespace
}  // namespace akhbar
