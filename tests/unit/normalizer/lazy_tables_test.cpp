// The rule tables are built page by page on first use: rows must not depend on which thread built
// a page or in what order, and a short Arabic/Latin text must build only the pages it touches.
// Also token_lines(), the bulk form of tokens() that `normalize --tokens` uses.
#include <akhbar/normalizer.h>
#include <gtest/gtest.h>

#include <thread>

#include "normalizer/tables.h"

namespace akhbar {
namespace {

using detail::Entry;
using detail::Table;

bool same(const Table& a, const Table& b, std::int32_t c) {
  const Entry x = a.at(c), y = b.at(c);
  if (x.action != y.action || x.ccc != y.ccc || x.flags != y.flags) return false;
  if (x.action == detail::Action::replace) return a.replacement(c, x) == b.replacement(c, y);
  return x.value == y.value;
}

// Four threads race over fresh tables, each walking the BMP from a different page, while the
// reference is built by one thread in order: every row and every plain bit agrees.
TEST(NormalizerTables, PagesBuiltConcurrentlyEqualPagesBuiltInOrder) {
  for (auto [search, ascii] : {std::pair{false, false}, std::pair{false, true}, std::pair{true, true}}) {
    Table shared(search, ascii), reference(search, ascii);
    std::vector<std::thread> threads;
    for (std::int32_t k = 0; k < 4; ++k)
      threads.emplace_back([&shared, k] {
        for (std::int32_t i = 0; i < 0x10000; ++i) (void)shared.at((i + k * 0x4000 + k * 0x80) & 0xFFFF);
      });
    for (auto& t : threads) t.join();
    int different = 0;
    for (std::int32_t c = 0; c < 0x10000; ++c) different += !same(shared, reference, c);
    EXPECT_EQ(different, 0) << "search " << search << " ascii " << ascii;
    EXPECT_EQ(shared.pages_built(), 256u);
    for (std::int32_t c = 0; c < 0x800; ++c)
      ASSERT_EQ(shared.plain()[static_cast<std::size_t>(c)].load(),
                (reference.at(c).flags & detail::flag_plain) != 0)
          << c;
  }
}

// ctest runs each test in its own process, so here the shared tables start empty: tokens of an
// Arabic and Latin line need two pages of each table (U+00xx and U+06xx), not all 256.
TEST(NormalizerTables, ShortTextBuildsOnlyTheTouchedPages) {
  const std::size_t display_before = detail::display_table(false).pages_built();
  const std::size_t search_before = detail::search_table().pages_built();
  Normalizer n;
  EXPECT_EQ(n.tokens("قال الرئيس إن Reuters ٢٠٢٤"),
            (std::vector<std::string>{"قال", "رييس", "ان", "reuters", "2024"}));
  EXPECT_LE(detail::display_table(false).pages_built(), display_before + 2);
  EXPECT_LE(detail::search_table().pages_built(), search_before + 2);
}

TEST(NormalizerTokenLines, OneLinePerInputLineLikeTokens) {
  Normalizer n;
  const std::vector<std::string> lines = {
      "وإسرائيل للإسرائيليين", "",   "  ... !!", "كَتَبَ 2024 Hello-World", "漢字かな交じり文",
      "\u0640\u200F",          "ﻷ ﷺ"};
  std::string block, expected;
  for (const auto& l : lines) {
    block += l + "\n";
    std::string joined;
    for (const auto& t : n.tokens(l)) joined += (joined.empty() ? "" : " ") + t;
    expected += joined + "\n";
  }
  std::string out = "old";
  n.token_lines(block, out);
  EXPECT_EQ(out, expected);
  n.token_lines("والانتخابات", out);  // a last line without '\n' is a line too
  EXPECT_EQ(out, "انتخاب\n");
  n.token_lines("", out);
  EXPECT_EQ(out, "");
}

}  // namespace
}  // namespace akhbar
