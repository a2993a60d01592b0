// LineReader: streaming, decoding, line ends, gzip.
#include <akhbar/loader.h>
#include <gtest/gtest.h>
#include <zlib.h>

#include "test_util.h"

namespace akhbar {
namespace {

std::vector<std::string> read_lines(const std::string& path, const LoadOptions& options = {}) {
  auto reader = LineReader::open(path, options);
  EXPECT_TRUE(reader) << (reader ? "" : reader.error().str());
  std::vector<std::string> lines;
  if (!reader) return lines;
  for (std::string line; (*reader)->next(line);) lines.push_back(line);
  return lines;
}

std::string gzip(std::string_view data) {
  z_stream z{};
  deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, static_cast<uLong>(data.size())) + 64, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

TEST(LineReader, EveryLineEndKind) {
  test::TempDir dir;
  auto p = dir.write("a.txt",
                     "\xEF\xBB\xBF"
                     "one\r\ntwo\rthree\nfour\xC2\x85"
                     "five\xE2\x80\xA8six\xE2\x80\xA9seven");
  auto lines = read_lines(p);
  EXPECT_EQ(lines, (std::vector<std::string>{"one", "two", "three", "four", "five", "six", "seven"}));
}

TEST(LineReader, CrlfAcrossChunkBoundary) {
  test::TempDir dir;
  std::string body(256 * 1024 - 1, 'a');
  body += "\r\nb\n";
  auto p = dir.write("a.txt", body);
  auto lines = read_lines(p);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[1], "b");
}

TEST(LineReader, Windows1256IsDecoded) {
  test::TempDir dir;
  // "السلام عليكم" in windows-1256, CRLF.
  auto p =
      dir.write("a.txt", "\xC7\xE1\xD3\xE1\xC7\xE3 \xDA\xE1\xED\xDF\xE3\r\n\xC7\xE1\xD3\xE1\xC7\xE3\r\n");
  auto reader = LineReader::open(p, {});
  ASSERT_TRUE(reader);
  EXPECT_EQ((*reader)->encoding(), "windows-1256");
  std::string line;
  ASSERT_TRUE((*reader)->next(line));
  EXPECT_EQ(line, "السلام عليكم");
}

TEST(LineReader, Utf16WithBomSplitAcrossChunks) {
  test::TempDir dir;
  std::string text;
  for (int i = 0; i < 40000; ++i) text += "سطر\n";
  std::string bytes = "\xFF\xFE";
  for (std::size_t i = 0; i < text.size();) {
    // Only ASCII and Arabic here, so every code point fits one UTF-16 unit.
    unsigned char b = static_cast<unsigned char>(text[i]);
    char32_t c = b < 0x80 ? b : ((b & 0x1F) << 6) | (static_cast<unsigned char>(text[i + 1]) & 0x3F);
    i += b < 0x80 ? 1 : 2;
    bytes += static_cast<char>(c & 0xFF);
    bytes += static_cast<char>(c >> 8);
  }
  auto p = dir.write("a.txt", bytes);
  auto lines = read_lines(p);
  ASSERT_EQ(lines.size(), 40000u);
  EXPECT_EQ(lines.back(), "سطر");
}

TEST(LineReader, GzipIsUnwrapped) {
  test::TempDir dir;
  auto p = dir.write("a.anything", gzip("أول\nثاني\n"));
  EXPECT_EQ(read_lines(p), (std::vector<std::string>{"أول", "ثاني"}));
}

TEST(LineReader, ForcedEncoding) {
  test::TempDir dir;
  auto p = dir.write("a.txt", "\xC7\xE4\xD3\xE4\xC7\xE5\n");  // "السلام" in ISO-8859-6
  LoadOptions o;
  o.encoding = "iso-8859-6";
  EXPECT_EQ(read_lines(p, o), (std::vector<std::string>{"السلام"}));
}

TEST(LineReader, InvalidBytesBecomeReplacementCharacters) {
  test::TempDir dir;
  std::string good;
  for (int i = 0; i < 100; ++i) good += "نص عربي سليم ";
  auto p = dir.write("a.txt", good + "\n" + "x\xFFy\n");
  auto lines = read_lines(p);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[1], "x\xEF\xBF\xBDy");
}

TEST(LineReader, LongLineComesOutInPieces) {
  test::TempDir dir;
  auto p = dir.write("a.txt", std::string(3000, 'a') + "\n");
  LoadOptions o;
  o.max_record_bytes = 1000;
  auto lines = read_lines(p, o);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0].size(), 1000u);
}

TEST(LineReader, ManyPiecesOfALongLineStayLinear) {
  // fuzz_loader: each small piece rescanned the rest of the line (3 s for 160 KB in 1-byte pieces).
  test::TempDir dir;
  std::string arabic;
  for (int i = 0; i < 40000; ++i) arabic += "نص ";
  auto p = dir.write("a.txt", std::string(200000, '[') + "\n" + arabic + "\xE2\x80\xA8" + "x");
  LoadOptions o;
  o.max_record_bytes = 2;
  auto lines = read_lines(p, o);
  ASSERT_EQ(lines.size(), 100000u + 3 * 40000 + 1);
  EXPECT_EQ(lines[99999], "[[");
  EXPECT_EQ(lines[100000], "ن");  // cut before a character that does not fit
  EXPECT_EQ(lines.back(), "x");
}

TEST(LineReader, Errors) {
  test::TempDir dir;
  auto missing = LineReader::open(dir.path() + "/nope.txt", {});
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().message, "cannot open: No such file or directory");
  auto bin = LineReader::open(dir.write("b.bin", std::string("\x01\x02\x00\x00\x05\x06\x00\x07", 8)), {});
  ASSERT_FALSE(bin);
  EXPECT_EQ(bin.error().message, "binary file, skipped");
  LoadOptions o;
  o.encoding = "no-such-encoding";
  auto bad = LineReader::open(dir.write("c.txt", "x"), o);
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().message, "unknown encoding 'no-such-encoding'");
}

TEST(LineReader, EmptyFileHasNoLines) {
  test::TempDir dir;
  EXPECT_TRUE(read_lines(dir.write("e.txt", "")).empty());
}

}  // namespace
}  // namespace akhbar
