// LineReader's line-end scan (sixteen bytes at a time) and its bulk next_lines(), checked against
// a plain byte-by-byte splitter on random text whose line ends straddle the read chunks.
#include <akhbar/loader.h>
#include <gtest/gtest.h>

#include <random>

#include "test_util.h"

namespace akhbar {
namespace {

// The reference: valid UTF-8 split at CRLF, CR, LF, NEL, LS and PS; a last line without its end
// is a line, an empty remainder is not.
std::vector<std::string> split_reference(std::string_view s) {
  std::vector<std::string> lines;
  std::string cur;
  for (std::size_t i = 0; i < s.size();) {
    auto at = [&](std::string_view e) { return s.substr(i, e.size()) == e; };
    std::size_t len = at("\r\n")                                 ? 2
                      : at("\r") || at("\n")                     ? 1
                      : at("\xC2\x85")                           ? 2
                      : at("\xE2\x80\xA8") || at("\xE2\x80\xA9") ? 3
                                                                 : 0;
    if (len == 0) {
      cur += s[i++];
      continue;
    }
    lines.push_back(cur);
    cur.clear();
    i += len;
  }
  if (!cur.empty()) lines.push_back(cur);
  return lines;
}

// Random text with every line end and every look-alike lead byte («» C2 AB/BB, NBSP C2 A0,
// quotes E2 80 9C, E2 80 A6 …), about `size` bytes; long plain stretches so that ends fall on
// the 16-byte steps and on the 256 KiB chunk boundaries in every position.
std::string random_text(std::size_t size, std::mt19937& rng) {
  static const std::vector<std::string> pieces = {
      "\n",           "\r\n",         "\r",       "\xC2\x85",        "\xE2\x80\xA8",
      "\xE2\x80\xA9", "\xC2\xAB",     "\xC2\xBB", "\xC2\xA0",        "\xE2\x80\x9C",
      "\xE2\x80\xA6", "\xE2\x80\x8F", "\xC2\x80", "\xE2\x81\xA8",    "\r\r\n",
      "\n\r",         "قال",          "a",        "\xF0\x9F\x98\x80"};
  std::string s;
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1), run(0, 40);
  while (s.size() < size) {
    s.append(run(rng), 'x');
    s += pieces[pick(rng)];
  }
  return s;
}

std::vector<std::string> read_each(const std::string& path, const LoadOptions& o = {}) {
  auto reader = LineReader::open(path, o);
  EXPECT_TRUE(reader);
  std::vector<std::string> lines;
  if (reader)
    for (std::string line; (*reader)->next(line);) lines.push_back(line);
  return lines;
}

std::string read_blocks(const std::string& path, std::size_t bytes, const LoadOptions& o = {}) {
  auto reader = LineReader::open(path, o);
  EXPECT_TRUE(reader);
  std::string all;
  if (reader)
    for (std::string block; (*reader)->next_lines(block, bytes);) {
      EXPECT_FALSE(block.empty());
      EXPECT_EQ(block.back(), '\n');
      all += block;
    }
  return all;
}

std::string joined(const std::vector<std::string>& lines) {
  std::string s;
  for (const auto& l : lines) s += l + '\n';
  return s;
}

TEST(LineReaderScan, RandomTextMatchesByteByByteSplit) {
  test::TempDir dir;
  std::mt19937 rng(42);
  for (int round = 0; round < 4; ++round) {
    std::string text = random_text(600 * 1024 + static_cast<std::size_t>(round) * 7919, rng);
    auto p = dir.write("r" + std::to_string(round) + ".txt", text);
    auto expected = split_reference(text);
    EXPECT_EQ(read_each(p), expected) << "round " << round;
    for (std::size_t bytes : {std::size_t{1}, std::size_t{4096}, std::size_t{1} << 20})
      EXPECT_EQ(read_blocks(p, bytes), joined(expected)) << "round " << round << ", blocks of " << bytes;
  }
}

TEST(LineReaderScan, LineEndAtEveryOffsetOfAChunkBoundary) {
  test::TempDir dir;
  const std::size_t chunk = 256 * 1024;
  for (std::string end : {"\r\n", "\xC2\x85", "\xE2\x80\xA8", "\xE2\x80\xA9", "\r"}) {
    for (std::size_t back = 0; back <= 4; ++back) {
      std::string text(chunk - back, 'a');
      text += end + "b" + end + "\xC2\xAB" + "c\n";
      auto p = dir.write("b.txt", text);
      auto expected = split_reference(text);
      ASSERT_EQ(expected.size(), 3u);
      EXPECT_EQ(read_each(p), expected) << back;
      EXPECT_EQ(read_blocks(p, 100), joined(expected)) << back;
    }
  }
}

TEST(LineReaderScan, BlocksCutLongLinesLikeNext) {
  test::TempDir dir;
  std::string first;
  for (int i = 0; i < 700; ++i) first += "كلمة ";  // two-byte letters: cuts must back up
  std::string text = first + "\nقصير\n" + std::string(2500, 'z') + "\r\n";
  auto p = dir.write("long.txt", text);
  LoadOptions o;
  o.max_record_bytes = 1001;
  auto lines = read_each(p, o);
  ASSERT_GT(lines.size(), 4u);
  for (const auto& l : lines) EXPECT_LE(l.size(), 1001u);
  std::string whole;
  for (const auto& l : lines) whole += l;
  EXPECT_EQ(whole, first + "قصير" + std::string(2500, 'z'));
  EXPECT_EQ(read_blocks(p, 1, o), joined(lines));
  EXPECT_EQ(read_blocks(p, 1 << 20, o), joined(lines));
}

TEST(LineReaderScan, EmptyAndUnterminatedInputs) {
  test::TempDir dir;
  EXPECT_EQ(read_blocks(dir.write("e.txt", ""), 10), "");
  EXPECT_EQ(read_blocks(dir.write("n.txt", "one\ntwo"), 10), "one\ntwo\n");
  EXPECT_EQ(read_blocks(dir.write("c.txt", "\r"), 10), "\n");
  EXPECT_EQ(read_blocks(dir.write("b.txt", "\n\n"), 1), "\n\n");
}

}  // namespace
}  // namespace akhbar
