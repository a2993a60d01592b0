// Per-site line statistics in the archive: counted per stored story, read back with a floor,
// pruned to the cap, carried by merge (merged = one archive of everything; merging again adds
// nothing), and a version 2 archive upgraded to them.
#include <akhbar/archive.h>
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>

namespace akhbar {
namespace {
namespace fs = std::filesystem;

class SiteStatsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    m_dir = fs::temp_directory_path() / ("akhbar-site-stats-test-" + std::to_string(::getpid()) + "-" +
                                         ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(m_dir);
    fs::create_directories(m_dir);
  }
  void TearDown() override { fs::remove_all(m_dir); }
  std::string path(const std::string& name) const { return (m_dir / name).string(); }
  static Archive open_rw(const std::string& p) {
    auto a = Archive::open(p, OpenMode::read_write);
    EXPECT_TRUE(a) << a.error().str();
    return std::move(a).value();
  }
  fs::path m_dir;
};

// Stores a distinct article `n` and counts `keys` for `site` as ingest does.
void ingest(Archive& ar, int n, const std::string& site, std::vector<LineKey> keys) {
  Article a;
  a.input.path = "in/" + std::to_string(n) + ".txt";
  a.input.encoding = "UTF-8";
  a.input.sha256 = std::string(56, '0') + std::to_string(10000000 + n);
  a.title = "خبر " + std::to_string(n);
  a.body = {{Block::Type::paragraph,
             "نص الخبر رقم " + std::to_string(n) + " عن موضوع مختلف " + std::to_string(n * 7)}};
  Document d;
  d.input = a.input;
  d.format = "text";
  d.raw = d.text = *a.title + "\n" + a.body[0].text + "\n";
  auto r = ar.store(a, d);
  ASSERT_TRUE(r) << r.error().str();
  ASSERT_FALSE(r->duplicate);
  std::sort(keys.begin(), keys.end());
  auto c = ar.add_site_lines(r->id, DocLines{site, keys});
  ASSERT_TRUE(c) << c.error().str();
}

constexpr LineKey share = 0xA1B2C3D4E5F60003ull, footer = 0x8000000000001105ull;

TEST_F(SiteStatsTest, CountsStoriesAndReadsThemBackAboveAFloor) {
  Archive ar = open_rw(path("a.db"));
  for (int i = 0; i < 5; ++i)
    ingest(ar, i, "host:example.com", {share, footer, LineKey(0x100 * (i + 1) + 7)});
  ingest(ar, 9, "folder:x", {share});
  auto all = ar.site_stats();
  ASSERT_TRUE(all) << all.error().str();
  EXPECT_EQ(all->at("host:example.com").docs, 5);
  EXPECT_EQ(all->at("host:example.com").lines.size(), 7u);
  EXPECT_EQ(all->at("host:example.com").lines.at(share), 5);
  EXPECT_EQ(all->at("host:example.com").lines.at(footer), 5);  // keys above 2^63 survive the INTEGER column
  EXPECT_EQ(all->at("folder:x").docs, 1);
  auto frequent = ar.site_stats(3);
  ASSERT_TRUE(frequent);
  EXPECT_EQ(frequent->at("host:example.com").lines.size(), 2u);
  EXPECT_EQ(frequent->at("folder:x").lines.size(), 0u);
}

TEST_F(SiteStatsTest, MergeCarriesThemExactlyOnce) {
  {
    Archive a = open_rw(path("a.db"));
    for (int i = 0; i < 4; ++i) ingest(a, i, "host:example.com", {share, LineKey(0x100 * (i + 1) + 7)});
    Archive b = open_rw(path("b.db"));
    for (int i = 4; i < 7; ++i) ingest(b, i, "host:example.com", {share, footer});
    ingest(b, 7, "source:BBC", {footer});
    Archive all = open_rw(path("all.db"));
    for (int i = 0; i < 4; ++i) ingest(all, i, "host:example.com", {share, LineKey(0x100 * (i + 1) + 7)});
    for (int i = 4; i < 7; ++i) ingest(all, i, "host:example.com", {share, footer});
    ingest(all, 7, "source:BBC", {footer});
  }
  Archive out = open_rw(path("out.db"));
  ASSERT_TRUE(out.merge_from(path("a.db")));
  ASSERT_TRUE(out.merge_from(path("b.db")));
  Archive all = open_rw(path("all.db"));
  auto merged = out.site_stats();
  auto whole = all.site_stats();
  ASSERT_TRUE(merged && whole);
  EXPECT_EQ(*merged, *whole);
  EXPECT_EQ(merged->at("host:example.com").docs, 7);
  EXPECT_EQ(merged->at("host:example.com").lines.at(share), 7);
  // Idempotent: merging a shard again (or this archive's own shard) adds nothing.
  ASSERT_TRUE(out.merge_from(path("a.db")));
  ASSERT_TRUE(out.merge_from(path("b.db")));
  auto again = out.site_stats();
  ASSERT_TRUE(again);
  EXPECT_EQ(*again, *whole);
}

TEST_F(SiteStatsTest, PruneKeepsTheCapMostFrequentKeys) {
  Archive ar = open_rw(path("a.db"));
  std::vector<LineKey> many;
  for (std::int64_t k = 0; k < site_lines_cap + 50; ++k) many.push_back(static_cast<LineKey>((k + 1) << 8));
  ingest(ar, 1, "host:big", many);
  ingest(ar, 2, "host:big", {many[10], many[20]});
  ASSERT_TRUE(ar.prune_site_lines());
  auto s = ar.site_stats();
  ASSERT_TRUE(s);
  const SiteLines& big = s->at("host:big");
  EXPECT_EQ(static_cast<std::int64_t>(big.lines.size()), site_lines_cap);
  EXPECT_EQ(big.lines.at(many[10]), 2);
  EXPECT_EQ(big.lines.at(many[20]), 2);
  EXPECT_EQ(big.docs, 2);
}

TEST_F(SiteStatsTest, AVersion2ArchiveIsUpgradedWithEmptyStatistics) {
  {
    Archive ar = open_rw(path("a.db"));
    ingest(ar, 1, "host:a", {share});
  }
  // Take the archive back to version 2 as an older akhbar left it.
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path("a.db").c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db,
                         "DROP TABLE article_lines; DROP TABLE site_lines; DROP TABLE sites; "
                         "PRAGMA user_version = 2;",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  auto ro = Archive::open(path("a.db"), OpenMode::read_only);
  ASSERT_FALSE(ro);
  EXPECT_NE(ro.error().message.find("schema version 2 is older"), std::string::npos) << ro.error().message;
  Archive ar = open_rw(path("a.db"));
  auto s = ar.site_stats();
  ASSERT_TRUE(s) << s.error().str();
  EXPECT_TRUE(s->empty());
  ingest(ar, 2, "host:a", {share});
  EXPECT_EQ(ar.site_stats()->at("host:a").lines.at(share), 1);
}

}  // namespace
}  // namespace akhbar
