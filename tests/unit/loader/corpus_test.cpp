// Data-driven: every file of the shared corpus loads, with the record counts its format implies,
// and every chardet-encodings sample decodes to the same text as its twins.
#include <akhbar/loader.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <regex>

#include "test_util.h"

namespace akhbar {
namespace {

namespace fs = std::filesystem;
const std::string corpus = AKHBAR_CORPUS;

struct Loaded {
  std::vector<Document> docs;
  std::vector<Diagnostic> diags;
  LoadStats stats;
};

Loaded load_all(const std::vector<std::string>& paths, LoadOptions options = {}) {
  Loaded l;
  l.stats = load(
      paths, options, [&](Document&& d) { l.docs.push_back(std::move(d)); },
      [&](const Diagnostic& d) { l.diags.push_back(d); });
  return l;
}

std::size_t count_of(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

TEST(Corpus, EveryFileLoadsWithExpectedRecordCounts) {
  if (!fs::exists(corpus)) GTEST_SKIP() << "no shared corpus at " << corpus;
  std::map<std::string, std::size_t> per_file;
  std::map<std::string, std::string> formats;
  std::vector<Diagnostic> diags;
  std::size_t garbage = 0;
  LoadOptions keep;
  keep.keep_garbage = true;  // count every record, destroyed ones too
  LoadStats stats = load(
      {corpus}, keep,
      [&](Document&& d) {
        ++per_file[d.input.path];
        formats[d.input.path] = d.format;
        EXPECT_EQ(d.input.sha256.size(), 64u);
        EXPECT_EQ(d.text.find('\r'), std::string::npos) << d.input.path;
        for (const auto& w : d.warnings)
          if (w.kind == kind::no_arabic_text) ++garbage;
      },
      [&](const Diagnostic& d) { diags.push_back(d); });
  std::size_t files = 0;
  for (const auto& d : diags) {
    // The only inputs that are not articles: the folders' index files and the README.
    bool index = d.where.file.find("split_index.tsv") != std::string::npos;
    EXPECT_TRUE(index) << d.str();
  }
  // About 20 destroyed DZP* files in the windows-1256 set, the English README, the empty
  // SaudiNewsNet records.
  EXPECT_GE(garbage, 15u);
  EXPECT_LE(garbage, 35u);
  EXPECT_EQ(per_file[corpus + "/saudinewsnet/json/2015-07-22.json"], 2050u);
  for (const auto& entry : fs::recursive_directory_iterator(corpus)) {
    if (!entry.is_regular_file()) continue;
    ++files;
    std::string path = entry.path().string();
    std::string bytes = test::slurp(path);
    if (path.find("/ant-") != std::string::npos) {
      EXPECT_EQ(per_file[path], count_of(bytes, "<DOC>")) << path;
      EXPECT_EQ(formats[path], "trec") << path;
    }
  }
  EXPECT_EQ(stats.inputs, files);
  EXPECT_EQ(per_file[corpus + "/saudinewsnet/json/2015-07-22.json"], 2050u);
  EXPECT_EQ(per_file[corpus + "/nahla-scraper/csv/Aljazeera_aljazeera_articles_.csv"], 168u);
  EXPECT_EQ(per_file[corpus + "/nahla-scraper/csv/CNN-ARABIA_CNN-ARABIA-FINAL.csv"], 741u);
  EXPECT_EQ(formats[corpus + "/newspaper4k-html/html__arabic_article.html"], "html");
  EXPECT_EQ(formats[corpus + "/commoncrawl-arcore/xml/arcore_001.xml"], "trec");
}

TEST(Corpus, SaudiNewsNetJsonFields) {
  if (!fs::exists(corpus)) GTEST_SKIP() << "no shared corpus at " << corpus;
  auto l = load_all({corpus + "/saudinewsnet/json/2015-07-22.json"});
  // Three of the 2050 objects have an empty title and content.
  ASSERT_EQ(l.docs.size(), 2047u);
  ASSERT_EQ(l.diags.size(), 3u);
  EXPECT_EQ(l.diags[0].str(),
            "akhbar: warning: " + corpus + "/saudinewsnet/json/2015-07-22.json:3978: no Arabic text");
  LoadOptions keep;
  keep.keep_garbage = true;
  EXPECT_EQ(load_all({corpus + "/saudinewsnet/json/2015-07-22.json"}, keep).docs.size(), 2050u);
  const Document& d = l.docs[0];
  EXPECT_EQ(d.format, "json");
  EXPECT_EQ(d.input.record, 0);
  EXPECT_EQ(l.docs[2046].input.record, 2049);
  EXPECT_EQ(d.title, "الفقر أحد أسباب تأخر النمو العقلي لدى الأطفال");
  EXPECT_EQ(d.source, "aawsat");
  EXPECT_EQ(d.author, "القاهرة: «الشرق الأوسط أونلاين»");
  ASSERT_TRUE(d.input.url);
  EXPECT_EQ(d.input.url->rfind("http://aawsat.com/home/article/411641/", 0), 0u);
  EXPECT_EQ(d.fetched, "2015-07-22 00:05:53");
  EXPECT_EQ(d.text.rfind("توصلت دراسة جديدة", 0), 0u);
  // Entities such as &quot; are decoded in every record.
  for (const auto& doc : l.docs) EXPECT_EQ(doc.text.find("&quot;"), std::string::npos);
}

TEST(Corpus, TrecFieldsAndAbstractIsNotBody) {
  if (!fs::exists(corpus)) GTEST_SKIP() << "no shared corpus at " << corpus;
  auto l = load_all({corpus + "/ant-multisource/Alarabia/culture/AL-culture-153-20180311.txt"});
  ASSERT_EQ(l.docs.size(), 1u);
  const Document& d = l.docs[0];
  EXPECT_EQ(d.title, "قصص ونوادر \"أشعب الأكول\" أطرف متطفل على موائد العرب");
  EXPECT_EQ(d.source, "alarabia");
  EXPECT_EQ(d.category, "culture");
  EXPECT_EQ(d.date, "Sun, 11 Mar 2018 12:16:13 +0400");
  EXPECT_EQ(d.author, "العربية.نت – عماد البليك");
  ASSERT_TRUE(d.abstract);
  EXPECT_EQ(d.abstract->rfind("من منا لم يسمع بأشعب", 0), 0u);
  EXPECT_EQ(d.text.rfind("من منا لم يسمع بأشعب", 0), 0u);
  EXPECT_EQ(d.text.find("<TEXT>"), std::string::npos);
}

TEST(Corpus, TrecWithBareAmpersandsLoads) {
  // libxml2 rejects these records (a bare "&"); pugixml keeps the "&" as text, which is right.
  if (!fs::exists(corpus)) GTEST_SKIP() << "no shared corpus at " << corpus;
  auto l = load_all({corpus + "/ant-jawharafm/sport/JA-sport-533-20170224.txt"});
  ASSERT_EQ(l.docs.size(), 1u);
  EXPECT_TRUE(l.docs[0].title);
  EXPECT_FALSE(l.docs[0].text.empty());
  EXPECT_TRUE(l.diags.empty());
}

TEST(Corpus, HtmlPage) {
  if (!fs::exists(corpus)) GTEST_SKIP() << "no shared corpus at " << corpus;
  auto l = load_all({corpus + "/newspaper4k-html/html__arabic_article.html"});
  ASSERT_EQ(l.docs.size(), 1u);
  const Document& d = l.docs[0];
  EXPECT_EQ(d.title, "معارضون يسيطرون على مخازن للصواريخ بريف دمشق");
  // The article's paragraphs, not the page's menus: the text starts as newspaper4k's does.
  EXPECT_EQ(d.text.rfind("دمشق، سوريا (CNN) -- أكدت جهات سورية معارضة", 0), 0u) << d.text.substr(0, 300);
  EXPECT_EQ(d.text.find("INTERNATIONAL"), std::string::npos);
  EXPECT_EQ(d.text.find("<p"), std::string::npos);
  EXPECT_EQ(d.text.find("function("), std::string::npos);
}

TEST(Corpus, Windows1256FolderWithArabicNames) {
  if (!fs::exists(corpus)) GTEST_SKIP() << "no shared corpus at " << corpus;
  auto l = load_all({corpus + "/arabic-newspapers-cp1256/علمية وتقنية"});
  ASSERT_FALSE(l.docs.empty());
  for (const auto& d : l.docs) {
    EXPECT_EQ(d.input.encoding, "windows-1256") << d.input.path;
    EXPECT_TRUE(d.warnings.empty()) << d.input.path << ": " << d.warnings[0].message;
  }
  // Sorted walk: paths come in byte order.
  for (std::size_t i = 1; i < l.docs.size(); ++i) EXPECT_LT(l.docs[i - 1].input.path, l.docs[i].input.path);
}

TEST(Corpus, DestroyedFilesAreNotDelivered) {
  if (!fs::exists(corpus)) GTEST_SKIP() << "no shared corpus at " << corpus;
  std::string dzp = corpus + "/arabic-newspapers-cp1256/سياسيه/DZP2.txt";
  auto l = load_all({dzp});
  EXPECT_TRUE(l.docs.empty());
  ASSERT_EQ(l.diags.size(), 1u);
  EXPECT_EQ(l.diags[0].str(), "akhbar: warning: " + dzp + ": no Arabic text");
  EXPECT_EQ(l.stats.failed, 0u);
  LoadOptions keep;
  keep.keep_garbage = true;
  auto k = load_all({dzp}, keep);
  ASSERT_EQ(k.docs.size(), 1u);
  EXPECT_EQ(k.docs[0].warnings, (std::vector<Warning>{{kind::no_arabic_text, "no Arabic text"}}));
}

// Every sample decodes to the same text as the samples of the same name in the other folders
// (the UTF-8 one where there is one).
TEST(Corpus, ChardetTwinsAgree) {
  if (!fs::exists(corpus)) GTEST_SKIP() << "no shared corpus at " << corpus;
  std::string root = corpus + "/chardet-encodings";
  std::map<std::string, std::vector<std::pair<std::string, std::string>>> by_name;  // name → (folder, text)
  std::size_t samples = 0;
  for (const auto& dir : fs::directory_iterator(root)) {
    if (!dir.is_directory()) continue;
    std::string folder = dir.path().filename().string();
    for (const auto& f : fs::directory_iterator(dir.path())) {
      auto l = load_all({f.path().string()});
      ASSERT_EQ(l.docs.size(), 1u) << f.path();
      ++samples;
      const Document& d = l.docs[0];
      EXPECT_TRUE(d.warnings.empty()) << f.path() << ": " << d.warnings[0].message;
      // The folder names the encoding: utf-16-arabic (with BOM) is UTF-16LE here.
      std::string expect = folder.substr(0, folder.size() - std::string("-arabic").size());
      std::string got = d.input.encoding;
      for (auto& c : got) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (expect == "utf-16") expect = "utf-16le";
      if (expect == "utf-32") expect = "utf-32le";
      if (f.path().filename().string().find("_chromium_windows-1256") != std::string::npos)
        expect = "windows-1256";
      EXPECT_EQ(got, expect) << f.path();
      std::string text = d.text;
      while (!text.empty() && text.back() == '\n') text.pop_back();
      // The samples themselves differ in one respect: chardet's generator wrote the Arabic comma
      // as ',' in some of the single-byte files (a Python decode shows the same), so compare
      // with the two commas taken as one.
      for (std::size_t at = text.find("،"); at != std::string::npos; at = text.find("،", at))
        text.replace(at, 2, ",");
      by_name[f.path().filename().string()].emplace_back(folder, text);
    }
  }
  EXPECT_GE(samples, 30u);
  for (const auto& [name, versions] : by_name) {
    auto ref = std::find_if(versions.begin(), versions.end(),
                            [](const auto& v) { return v.first == "utf-8-arabic"; });
    if (ref == versions.end()) ref = versions.begin();
    for (const auto& v : versions)
      EXPECT_EQ(v.second, ref->second) << name << ": " << v.first << " vs " << ref->first;
  }
}

}  // namespace
}  // namespace akhbar
