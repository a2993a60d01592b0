// Properties of both forms over every text of the shared corpus (../shared/corpus): line counts
// kept, idempotence, nothing forbidden left in the output, and the display form's letters checked
// against an independent, slow ICU-only reference of the rules.
#include <akhbar/normalizer.h>
#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "normalizer/tables.h"
#include "normalizer/tokenizer.h"

namespace akhbar {
namespace {

namespace fs = std::filesystem;

struct Text {
  std::string path;
  std::string utf8;
};

bool valid_utf8(const std::string& s) {
  const auto* p = reinterpret_cast<const std::uint8_t*>(s.data());
  const auto n = static_cast<std::int32_t>(s.size());
  for (std::int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return false;
  }
  return true;
}

#if defined(__SANITIZE_ADDRESS__)
// Under ASan+UBSan (about 15 times slower) every 4th file; the plain build checks them all.
constexpr std::size_t stride = 4;
#else
constexpr std::size_t stride = 1;
#endif

// Every corpus file as UTF-8: UTF-8 files as they are, the windows-1256 folder decoded with ICU's
// converter; other encodings (the chardet samples in UTF-16 and friends) are skipped.
const std::vector<Text>& corpus() {
  static const std::vector<Text> texts = [] {
    std::vector<Text> out;
    fs::path root(AKHBAR_CORPUS);
    if (!fs::exists(root)) return out;
    std::vector<fs::path> files;
    for (const auto& e : fs::recursive_directory_iterator(root))
      if (e.is_regular_file()) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (std::size_t i = 0; i < files.size(); i += stride) {
      const fs::path& f = files[i];
      std::ifstream in(f, std::ios::binary);
      std::stringstream buf;
      buf << in.rdbuf();
      std::string bytes = buf.str();
      if (f.string().find("cp1256") != std::string::npos) {
        icu::UnicodeString u(bytes.data(), static_cast<int32_t>(bytes.size()), "windows-1256");
        std::string utf8;
        u.toUTF8String(utf8);
        out.push_back({f.string(), std::move(utf8)});
      } else if (valid_utf8(bytes)) {
        out.push_back({f.string(), std::move(bytes)});
      }
    }
    return out;
  }();
  return texts;
}

std::u32string code_points(const std::string& s) {
  std::u32string out;
  const auto* p = reinterpret_cast<const std::uint8_t*>(s.data());
  const auto n = static_cast<std::int32_t>(s.size());
  for (std::int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    out += static_cast<char32_t>(c < 0 ? 0xFFFD : c);
  }
  return out;
}

long lines(const std::string& s) { return std::count(s.begin(), s.end(), '\n'); }

const icu::Normalizer2& nfc() {
  UErrorCode st = U_ZERO_ERROR;
  return *icu::Normalizer2::getNFCInstance(st);
}
const icu::Normalizer2& nfd() {
  UErrorCode st = U_ZERO_ERROR;
  return *icu::Normalizer2::getNFDInstance(st);
}
const icu::Normalizer2& nfkc() {
  UErrorCode st = U_ZERO_ERROR;
  return *icu::Normalizer2::getNFKCInstance(st);
}

// The base letters of NFD(text), with ى and ي counted as one letter (the display form chooses
// between them for ی by position).
std::u32string letters(const icu::UnicodeString& text) {
  UErrorCode st = U_ZERO_ERROR;
  icu::UnicodeString d = nfd().normalize(text, st);
  std::u32string out;
  for (int32_t i = 0; i < d.length(); i += U16_LENGTH(d.char32At(i))) {
    UChar32 c = d.char32At(i);
    if (!(U_GET_GC_MASK(c) & U_GC_L_MASK) || c == 0x0640) continue;
    out += static_cast<char32_t>(c == 0x0649 ? 0x064A : c);
  }
  return out;
}

// The letters the rules promise, computed the slow way with ICU alone: NFC, presentation
// forms replaced by their NFKC decomposition, Persian look-alikes replaced, tatweel dropped.
std::u32string expected_letters(const std::string& utf8) {
  UErrorCode st = U_ZERO_ERROR;
  icu::UnicodeString u = nfc().normalize(icu::UnicodeString::fromUTF8(utf8), st);
  icu::UnicodeString mapped;
  for (int32_t i = 0; i < u.length(); i += U16_LENGTH(u.char32At(i))) {
    UChar32 c = u.char32At(i);
    icu::UnicodeString decomposition;
    bool presentation = (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF);
    if (presentation && nfkc().getDecomposition(c, decomposition)) {
      mapped += nfc().normalize(decomposition, st);
      continue;
    }
    switch (c) {
      case 0x06A9:
        c = 0x0643;
        break;
      case 0x06C0:
      case 0x06C1:
        c = 0x0647;
        break;
      case 0x06CC:
        c = 0x064A;
        break;
      default:
        break;
    }
    mapped.append(c);
  }
  icu::UnicodeString again;
  for (int32_t i = 0; i < mapped.length(); i += U16_LENGTH(mapped.char32At(i))) {
    UChar32 c = mapped.char32At(i);
    if (c == 0x06C0 || c == 0x06C1) c = 0x0647;
    if (c == 0x06A9) c = 0x0643;
    if (c == 0x06CC) c = 0x064A;
    again.append(c);
  }
  return letters(again);
}

bool forbidden_in_display(char32_t c) {
  return c == 0x0640 || c == 0x061C || (c >= 0x200B && c <= 0x200F && c != 0x200D) ||
         (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF || c == 0x00A0 ||
         c == 0x06A9 || c == 0x06CC || c == 0x06C0 || c == 0x06C1 || c == '\t' || c == '\r';
}

TEST(NormalizerCorpus, CorpusIsThere) {
  if (!fs::exists(AKHBAR_CORPUS)) GTEST_SKIP() << "no shared corpus at " << AKHBAR_CORPUS;
  EXPECT_GT(corpus().size() * stride, 5000u);
}

TEST(NormalizerCorpus, DisplayFormProperties) {
  if (!fs::exists(AKHBAR_CORPUS)) GTEST_SKIP() << "no shared corpus at " << AKHBAR_CORPUS;
  Normalizer n;
  std::string once, twice;
  for (const Text& t : corpus()) {
    n.display(t.utf8, once);
    ASSERT_EQ(lines(once), lines(t.utf8)) << t.path;
    n.display(once, twice);
    ASSERT_EQ(twice, once) << "not idempotent: " << t.path;
    UErrorCode st = U_ZERO_ERROR;
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(once);
    ASSERT_TRUE(nfc().isNormalized(u, st)) << "not NFC: " << t.path;
    std::u32string cps = code_points(once);
    for (std::size_t i = 0; i < cps.size(); ++i) {
      char32_t c = cps[i];
      ASSERT_FALSE(forbidden_in_display(c)) << t.path << ": U+" << std::hex << static_cast<unsigned>(c);
      if (c == 0x200D) {  // only inside emoji sequences
        ASSERT_TRUE(i > 0 && i + 1 < cps.size() &&
                    u_hasBinaryProperty(static_cast<UChar32>(cps[i + 1]), UCHAR_EXTENDED_PICTOGRAPHIC))
            << t.path;
      }
      if (c == ' ') {
        ASSERT_TRUE(i > 0 && i + 1 < cps.size() && cps[i - 1] != ' ' && cps[i - 1] != '\n' &&
                    cps[i + 1] != ' ' && cps[i + 1] != '\n')
            << "space not collapsed or trimmed: " << t.path;
      }
      bool presentation = (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF);
      icu::UnicodeString decomposition;
      ASSERT_FALSE(presentation && nfkc().getDecomposition(static_cast<UChar32>(c), decomposition))
          << t.path << ": presentation form U+" << std::hex << static_cast<unsigned>(c);
    }
  }
}

TEST(NormalizerCorpus, DisplayKeepsEveryLetterDigitAndEmoji) {
  if (!fs::exists(AKHBAR_CORPUS)) GTEST_SKIP() << "no shared corpus at " << AKHBAR_CORPUS;
  Normalizer n;
  std::string out;
  for (const Text& t : corpus()) {
    n.display(t.utf8, out);
    ASSERT_EQ(letters(icu::UnicodeString::fromUTF8(out)), expected_letters(t.utf8)) << t.path;
    auto count = [](const std::string& s, auto pred) {
      std::u32string cps = code_points(s);
      return std::count_if(cps.begin(), cps.end(), pred);
    };
    auto digit = [](char32_t c) { return u_charType(static_cast<UChar32>(c)) == U_DECIMAL_DIGIT_NUMBER; };
    auto emoji = [](char32_t c) {
      return u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_EXTENDED_PICTOGRAPHIC);
    };
    ASSERT_EQ(count(out, digit), count(t.utf8, digit)) << t.path;
    ASSERT_EQ(count(out, emoji), count(t.utf8, emoji)) << t.path;
  }
}

TEST(NormalizerCorpus, SearchFormProperties) {
  if (!fs::exists(AKHBAR_CORPUS)) GTEST_SKIP() << "no shared corpus at " << AKHBAR_CORPUS;
  Normalizer n;
  std::string display, once, twice, via_display;
  for (const Text& t : corpus()) {
    n.search(t.utf8, once);
    ASSERT_EQ(lines(once), lines(t.utf8)) << t.path;
    n.search(once, twice);
    ASSERT_EQ(twice, once) << "not idempotent: " << t.path;
    n.display(t.utf8, display);
    n.search(display, via_display);
    ASSERT_EQ(via_display, once) << "search(display(x)) != search(x): " << t.path;
    for (char32_t c : code_points(once)) {
      auto u = static_cast<UChar32>(c);
      ASSERT_FALSE(forbidden_in_display(c)) << t.path;
      bool diacritic = (c >= 0x064B && c <= 0x065F) || c == 0x0670 || (c >= 0x0610 && c <= 0x061A) ||
                       (c >= 0x06D6 && c <= 0x06ED);
      ASSERT_FALSE(diacritic) << t.path << ": U+" << std::hex << static_cast<unsigned>(c);
      ASSERT_EQ(std::u32string(U"آأإٱىةؤئ").find(c), std::u32string::npos) << t.path;
      ASSERT_EQ(u_tolower(u), u) << t.path << ": U+" << std::hex << static_cast<unsigned>(c);
      ASSERT_FALSE(u_charType(u) == U_DECIMAL_DIGIT_NUMBER && c > 0x7F) << t.path;
    }
  }
}

TEST(NormalizerCorpus, TokensAreSafeForFts5) {
  if (!fs::exists(AKHBAR_CORPUS)) GTEST_SKIP() << "no shared corpus at " << AKHBAR_CORPUS;
  Normalizer n;
  std::vector<std::string> tokens;
  std::size_t total = 0;
  for (const Text& t : corpus()) {
    tokens.clear();
    n.tokens(t.utf8, tokens);
    total += tokens.size();
    for (const auto& tok : tokens) {
      ASSERT_FALSE(tok.empty()) << t.path;
      for (char32_t c : code_points(tok)) {
        auto u = static_cast<UChar32>(c);
        ASSERT_TRUE(U_GET_GC_MASK(u) & (U_GC_L_MASK | U_GC_M_MASK | U_GC_N_MASK))
            << t.path << ": token " << tok;
        ASSERT_EQ(u_tolower(u), u) << t.path << ": token " << tok;
      }
    }
  }
  if (!corpus().empty()) {
    EXPECT_GT(total * stride, 1000000u);
  }
}

// The tokenizer skips ICU's iterator inside runs where UAX #29 cannot break; over the whole
// corpus that must give exactly the tokens of ICU's word BreakIterator run on everything.
TEST(NormalizerCorpus, FastSegmentationEqualsIcuEverywhere) {
  if (!fs::exists(AKHBAR_CORPUS)) GTEST_SKIP() << "no shared corpus at " << AKHBAR_CORPUS;
  Normalizer n;
  detail::Tokenizer tokenizer;
  const detail::Table& table = detail::search_table();
  std::vector<std::string> fast, icu;
  std::size_t total = 0;
  for (const Text& t : corpus()) {
    std::string folded = n.search(t.utf8);
    fast.clear();
    icu.clear();
    tokenizer.tokenize(folded, table, fast, detail::Segmentation::fast);
    tokenizer.tokenize(folded, table, icu, detail::Segmentation::always_icu);
    ASSERT_EQ(fast, icu) << t.path;
    fast.clear();
    n.tokens(t.utf8, fast);
    ASSERT_EQ(fast, icu) << t.path;
    // Tokens of a search form already made (the snippet's path) are the tokens of the text.
    fast.clear();
    n.search_tokens(folded, fast);
    ASSERT_EQ(fast, icu) << t.path;
    total += icu.size();
  }
  if (!corpus().empty()) {
    EXPECT_GT(total * stride, 1000000u);
  }
}

TEST(NormalizerCorpus, FastSegmentationEqualsIcuOnOtherScripts) {
  Normalizer n;
  detail::Tokenizer tokenizer;
  const detail::Table& table = detail::search_table();
  for (const char* text : {"東京都に住んでいます and カタカナ", "ภาษาไทยง่ายนิดเดียว", "مصر日本語 abcカナdef",
                           "a \u0301b", "\u064Eمصر « \u0651x", "יִשְׂרָאֵל ישראל"}) {
    std::vector<std::string> fast, icu;
    std::string folded = n.search(text);
    tokenizer.tokenize(folded, table, fast, detail::Segmentation::fast);
    tokenizer.tokenize(folded, table, icu, detail::Segmentation::always_icu);
    EXPECT_EQ(fast, icu) << text;
    EXPECT_FALSE(fast.empty()) << text;
  }
}

}  // namespace
}  // namespace akhbar
