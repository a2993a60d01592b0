// Site templates: line keys, site keys, learning with near duplicates left out, the thresholds,
// and the segmenter removing template lines (and never a title, a byline or a date).
#include <akhbar/segmenter.h>
#include <akhbar/template.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace akhbar {
namespace {

// A paragraph of `n` words that no other call with another `seed` shares a line with.
std::string sentence(int seed, int n = 14) {
  static const char* words[] = {"الحكومة",  "أعلنت",  "اليوم",  "خطة",     "جديدة",  "لدعم",
                                "الاقتصاد", "الوطني", "وتحسين", "الخدمات", "العامة", "في",
                                "المدن",    "والقرى", "خلال",   "العام"};
  std::string s;
  for (int i = 0; i < n; ++i) {
    if (i) s += ' ';
    s += words[(seed * 7 + i * (seed % 5 + 1)) % 16];
  }
  return s + " " + std::to_string(seed) + ".";
}

// line_key() as first written, byte by byte: the keys an archive stores must not change when
// line_key() is made faster.
std::optional<LineKey> reference_line_key(std::string_view line) {
  std::uint64_t h = 0xcbf29ce484222325ull, chunk = 0;
  unsigned n = 0, len = 0;
  auto mix = [&](std::uint64_t v) {
    h = (h ^ v) * 0x9e3779b97f4a7c15ull;
    h ^= h >> 29;
  };
  auto end_word = [&] {
    mix(chunk ^ (std::uint64_t{len} << 56) ^ 0x5a);
    chunk = 0;
    n = len = 0;
  };
  int words = 0;
  bool in_word = false, letter = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    auto b = static_cast<unsigned char>(line[i]);
    unsigned char k = b >= 0x80 || (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') ? b
                      : b >= 'A' && b <= 'Z'                                         ? b | 0x20
                                                                                     : 0;
    if ((b == 0xD8 || b == 0xC2) && i + 1 < line.size()) {
      auto x = static_cast<unsigned char>(line[i + 1]);
      if (b == 0xD8 ? (x == 0x8C || x == 0x9B || x == 0x9F) : (x == 0xAB || x == 0xBB || x == 0xA0)) {
        ++i;
        k = 0;
      }
    }
    if (k == 0) {
      if (in_word) end_word();
      in_word = false;
      continue;
    }
    words += !in_word;
    in_word = true;
    letter |= b > '9';
    chunk |= std::uint64_t{k} << (8 * n);
    ++len;
    if (++n == 8) {
      mix(chunk);
      chunk = 0;
      n = 0;
    }
  }
  if (!letter) return std::nullopt;
  if (in_word) end_word();
  std::uint64_t z = h;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  z ^= z >> 31;
  return (z & ~LineKey{0xFF}) | static_cast<LineKey>(std::min(words, 255));
}

Document page(const std::string& path, const std::string& text) {
  Document d;
  d.input.path = path;
  d.format = "text";
  d.text = text;
  return d;
}

// Page `i` of a site: its own title and story, then the site's share prompt and contact footer.
Document site_page(int i, const std::string& folder = "site") {
  return page(folder + "/p" + std::to_string(i) + ".txt",
              "عنوان الخبر رقم " + std::to_string(i) + "\n\n" + sentence(i * 3) + "\n\n" +
                  sentence(i * 3 + 1) +
                  "\n\nشاركونا آراءكم عبر صفحتنا\n\nللتواصل مع التحرير راسلونا على البريد\n");
}

bool removed(const Article& a, const std::string& kind, const std::string& text) {
  for (const auto& r : a.removed)
    if (r.kind == kind && r.text == text) return true;
  return false;
}

bool in_body(const Article& a, const std::string& text) {
  for (const auto& b : a.body)
    if (b.text == text) return true;
  return false;
}

TEST(LineKey, IgnoresSpacingAndPunctuationAndCountsWords) {
  auto a = line_key("شاركونا آراءكم عبر صفحتنا");
  auto b = line_key("  شاركونا  آراءكم، عبر صفحتنا!");
  ASSERT_TRUE(a && b);
  EXPECT_EQ(*a, *b);
  EXPECT_EQ(line_key_words(*a), 4);
  EXPECT_NE(*a, *line_key("شاركونا آراءكم عبر موقعنا"));
  EXPECT_EQ(*line_key("Share THIS"), *line_key("share this"));
  EXPECT_FALSE(line_key("-----"));
  EXPECT_FALSE(line_key("2024 / 12"));
  EXPECT_FALSE(line_key(""));
}

TEST(LineKey, SameKeysAsTheByteByByteDefinition) {
  // Words of every length around the eight-byte chunks, each punctuation pair at every offset
  // (and cut at the end of the line), ASCII mixed in, and random bytes.
  const std::vector<std::string> pieces = {"ا",  "ال", "الح", "الحكو", "الحكومة", "والمستشفيات", "،", "؛", "؟",
                                           "«",  "»",  "\xC2\xA0", " ", "Ab", "2024", "-", "\xD8", "\xC2"};
  std::uint64_t state = 12345;
  auto next = [&] {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<std::size_t>(state >> 33);
  };
  for (int round = 0; round < 20000; ++round) {
    std::string line;
    const std::size_t parts = next() % 12;
    for (std::size_t i = 0; i < parts; ++i) {
      if (next() % 10 == 0)
        line += static_cast<char>(next() % 256);
      else
        line += pieces[next() % pieces.size()];
    }
    ASSERT_EQ(line_key(line), reference_line_key(line)) << line;
  }
  // And one value pinned, so that a change in both would show too.
  EXPECT_EQ(*line_key("شاركونا آراءكم عبر صفحتنا"), 0x8863c239d9a35704ull);
}

TEST(SiteOf, HostThenSourceThenFolder) {
  Document d = page("corpus/bbc/a.txt", "x");
  EXPECT_EQ(site_of(d, SiteKey::auto_detect), "folder:corpus/bbc");
  d.source = " BBC ";
  EXPECT_EQ(site_of(d, SiteKey::auto_detect), "source:BBC");
  d.input.url = "https://WWW.Example.com:8443/news/1?x=2";
  EXPECT_EQ(site_of(d, SiteKey::auto_detect), "host:example.com");
  EXPECT_EQ(site_of(d, SiteKey::folder), "folder:corpus/bbc");
  EXPECT_EQ(site_of(d, SiteKey::source), "source:BBC");
  EXPECT_EQ(site_of(d, SiteKey::none), "");
  EXPECT_EQ(site_of(page("-", "x"), SiteKey::auto_detect), "");
  EXPECT_EQ(site_of(page("a.txt", "x"), SiteKey::folder), "folder:.");
  EXPECT_EQ(parse_site_key("folder"), SiteKey::folder);
  EXPECT_FALSE(parse_site_key("domain"));
}

TEST(Thresholds, ShortLinesNeedAShareAndSentencesMuchMore) {
  EXPECT_FALSE(passes_template_thresholds(3, 3, 3));     // a site of 3 pages has no template
  EXPECT_TRUE(passes_template_thresholds(4, 4, 3));      // one of 4 pages: a short line on every page
  EXPECT_FALSE(passes_template_thresholds(3, 4, 3));     // ... not on 3 of them
  EXPECT_FALSE(passes_template_thresholds(4, 4, 12));    // ... nor a sentence
  EXPECT_TRUE(passes_template_thresholds(3, 5, 3));      // 3 of 5 pages
  EXPECT_FALSE(passes_template_thresholds(2, 5, 3));     // 2 pages are not enough
  EXPECT_FALSE(passes_template_thresholds(9, 1000, 3));  // an expression, not the page
  EXPECT_TRUE(passes_template_thresholds(100, 1000, 3));
  EXPECT_TRUE(passes_template_thresholds(200, 50000, 3));
  EXPECT_FALSE(passes_template_thresholds(5, 5, 12));  // a sentence on 5 pages: not enough
  EXPECT_TRUE(passes_template_thresholds(10, 20, 30));
  EXPECT_FALSE(passes_template_thresholds(250, 1000, 30));  // a sentence needs 30 %
}

TEST(Learner, CountsEachLineOncePerDocument) {
  TemplateLearner learner(SiteKey::auto_detect);
  learner.add(page("s/a.txt", "سطر مكرر\nسطر مكرر\n" + sentence(1)));
  learner.add(page("s/b.txt", "سطر مكرر\n" + sentence(2)));
  const SiteLines& s = learner.stats().at("folder:s");
  EXPECT_EQ(s.docs, 2);
  EXPECT_EQ(s.lines.at(*line_key("سطر مكرر")), 2);
}

TEST(Learner, LeavesNearDuplicatesOut) {
  TemplateLearner learner(SiteKey::auto_detect);
  std::string lead = sentence(40), second = sentence(41), third = sentence(42);
  // The same story three times (a syndicated lead), then a different one.
  EXPECT_TRUE(learner.add(
      doc_lines(page("s/a.txt", "عنوان أ\n" + lead + "\n" + second + "\n" + third), SiteKey::auto_detect)));
  EXPECT_FALSE(learner.add(
      doc_lines(page("s/b.txt", "عنوان ب\n" + lead + "\n" + second + "\n" + third), SiteKey::auto_detect)));
  EXPECT_FALSE(
      learner.add(doc_lines(page("s/c.txt", "عنوان ج\n" + lead + "\n" + second), SiteKey::auto_detect)));
  EXPECT_TRUE(learner.add(
      doc_lines(page("s/d.txt", "عنوان د\n" + sentence(50) + "\n" + sentence(51)), SiteKey::auto_detect)));
  EXPECT_EQ(learner.near_duplicates(), 2u);
  EXPECT_EQ(learner.stats().at("folder:s").docs, 2);
  EXPECT_EQ(learner.stats().at("folder:s").lines.at(*line_key(lead)), 1);
}

// A story comes back as new once 256 other documents of its site have passed (only recent ones are
// compared), and a near duplicate is found among them however many share a key with it.
TEST(Learner, ComparesWithTheSitesRecentDocumentsOnly) {
  TemplateLearner learner(SiteKey::auto_detect);
  auto story = [](int i) {
    return sentence(1000 + 3 * i) + "\n" + sentence(1001 + 3 * i) + "\n" + sentence(1002 + 3 * i) +
           "\nوأضاف المتحدث أن الجلسة المقبلة ستعقد في العاصمة خلال الأسبوع القادم بحضور الوفود.";
  };
  EXPECT_TRUE(learner.add(doc_lines(page("s/first.txt", story(0)), SiteKey::auto_detect)));
  for (int i = 1; i <= 255; ++i) learner.add(doc_lines(page("s/" + std::to_string(i) + ".txt", story(i)), SiteKey::auto_detect));
  // 255 others since the first: still recent.
  EXPECT_FALSE(learner.add(doc_lines(page("s/again.txt", story(0)), SiteKey::auto_detect)));
  learner.add(doc_lines(page("s/256.txt", story(256)), SiteKey::auto_detect));
  // 256 others since: the first has left the recent ones.
  EXPECT_TRUE(learner.add(doc_lines(page("s/later.txt", story(0)), SiteKey::auto_detect)));
}

TEST(Learner, KeepsAtMostTheCapOfKeysPerSite) {
  TemplateLearner learner(SiteKey::auto_detect, 64);
  for (int i = 0; i < 50; ++i) {
    std::string text = "سطر الموقع الثابت\n";
    for (int k = 0; k < 5; ++k) text += "سطر نادر " + std::to_string(i * 10 + k) + " كلمة\n";
    learner.add(page("s/" + std::to_string(i) + ".txt", text));
  }
  const SiteLines& s = learner.stats().at("folder:s");
  EXPECT_LE(s.lines.size(), 64u);
  EXPECT_EQ(s.lines.at(*line_key("سطر الموقع الثابت")), 50);
}

class TemplateSegmenterTest : public ::testing::Test {
 protected:
  Article parse(const Document& doc, const SiteStats& stats, std::vector<TraceLine>* trace = nullptr) {
    SegmentOptions o;
    o.templates = TemplateModel::build(stats, SiteKey::auto_detect);
    auto seg = Segmenter::create(o);
    EXPECT_TRUE(seg) << (seg ? "" : seg.error().str());
    return seg->segment(doc, normalizer, trace);
  }
  static SiteStats learn(const std::vector<Document>& docs) {
    TemplateLearner learner(SiteKey::auto_detect);
    for (const auto& d : docs) learner.add(d);
    return learner.stats();
  }
  Normalizer normalizer;
};

TEST_F(TemplateSegmenterTest, RemovesTheSitesRepeatedLines) {
  std::vector<Document> docs;
  for (int i = 0; i < 6; ++i) docs.push_back(site_page(i));
  SiteStats stats = learn(docs);
  std::vector<TraceLine> trace;
  Article a = parse(docs[2], stats, &trace);
  EXPECT_TRUE(removed(a, "template", "شاركونا آراءكم عبر صفحتنا"));
  EXPECT_TRUE(removed(a, "template", "للتواصل مع التحرير راسلونا على البريد"));
  EXPECT_EQ(a.title, "عنوان الخبر رقم 2");
  EXPECT_TRUE(in_body(a, sentence(6)));
  EXPECT_TRUE(in_body(a, sentence(7)));
  EXPECT_EQ(a.body.size(), 2u);
  bool labelled = false;
  for (const auto& t : trace)
    if (t.text == "شاركونا آراءكم عبر صفحتنا")
      labelled = t.label == "removed:template" && t.rule == "site template (folder:site)";
  EXPECT_TRUE(labelled);
}

TEST_F(TemplateSegmenterTest, AnotherSiteAndASmallSiteKeepTheirLines) {
  std::vector<Document> docs;
  for (int i = 0; i < 6; ++i) docs.push_back(site_page(i));
  for (int i = 0; i < 3; ++i) docs.push_back(site_page(i + 10, "small"));
  for (int i = 0; i < 4; ++i) docs.push_back(site_page(i + 30, "four"));
  SiteStats stats = learn(docs);
  // The same prompt on a page of a site that was not learned, and on one of a 3-page site.
  Article other = parse(site_page(20, "other"), stats);
  EXPECT_TRUE(in_body(other, "شاركونا آراءكم عبر صفحتنا"));
  Article small = parse(docs[7], stats);
  EXPECT_TRUE(in_body(small, "شاركونا آراءكم عبر صفحتنا"));
  // A site of four pages, the short line on every one of them: its template (a blog's motto).
  Article four = parse(docs[10], stats);
  EXPECT_FALSE(in_body(four, "شاركونا آراءكم عبر صفحتنا"));
  // Without a model nothing is template.
  Article none = parse(docs[2], {});
  EXPECT_TRUE(in_body(none, "شاركونا آراءكم عبر صفحتنا"));
}

TEST_F(TemplateSegmenterTest, NeverTheTitleABylineOrADate) {
  // Every page of a column repeats its name as the title line, the columnist's byline and a date.
  std::vector<Document> docs;
  for (int i = 0; i < 6; ++i)
    docs.push_back(page("col/p" + std::to_string(i) + ".txt",
                        "زاوية الأسبوع\n\nالرياض - شريف صلاح\n\nالخميس 26 يوليو 2012\n\n" + sentence(i * 5) +
                            "\n\n" + sentence(i * 5 + 1) + "\n"));
  SiteStats stats = learn(docs);
  Article a = parse(docs[3], stats);
  EXPECT_EQ(a.title, "زاوية الأسبوع");
  EXPECT_EQ(a.published, "2012-07-26");
  EXPECT_EQ(a.author, "شريف صلاح");
  for (const auto& r : a.removed) EXPECT_NE(r.kind, "template") << r.text;
}

TEST_F(TemplateSegmenterTest, ASyndicatedLeadIsNotTemplate) {
  // Six pages of one site: two copies of one agency story, four others; all share a footer.
  std::string lead = sentence(90, 20), more = sentence(91, 16);
  std::vector<Document> docs;
  docs.push_back(
      page("s/a.txt", "خبر الوكالة\n\n" + lead + "\n\n" + more + "\n\nنرحب بآرائكم حول هذا الموضوع\n"));
  docs.push_back(
      page("s/b.txt", "خبر الوكالة محدثا\n\n" + lead + "\n\n" + more + "\n\nنرحب بآرائكم حول هذا الموضوع\n"));
  for (int i = 0; i < 4; ++i)
    docs.push_back(page(
        "s/o" + std::to_string(i) + ".txt",
        "عنوان " + std::to_string(i) + "\n\n" + sentence(i * 11) + "\n\nنرحب بآرائكم حول هذا الموضوع\n"));
  SiteStats stats = learn(docs);
  Article a = parse(docs[1], stats);
  EXPECT_TRUE(in_body(a, lead));
  EXPECT_TRUE(in_body(a, more));
  EXPECT_TRUE(removed(a, "template", "نرحب بآرائكم حول هذا الموضوع"));
}

}  // namespace
}  // namespace akhbar
