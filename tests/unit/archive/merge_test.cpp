// Archive::merge_from: shards into one archive, duplicates across shards, ids renumbered, links
// remapped, idempotence, refusals.
#include <akhbar/archive.h>
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>

namespace akhbar {
namespace {
namespace fs = std::filesystem;

class MergeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    m_dir = fs::temp_directory_path() / ("akhbar-merge-test-" + std::to_string(::getpid()) + "-" +
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

int g_serial = 0;

Article article(const std::string& title, std::vector<std::string> paragraphs) {
  Article a;
  ++g_serial;
  a.input.path = "in/" + std::to_string(g_serial) + ".txt";
  a.input.encoding = "UTF-8";
  a.input.sha256 = std::string(58, '0') + std::to_string(100000 + g_serial);
  a.title = title;
  for (auto& p : paragraphs) a.body.push_back({Block::Type::paragraph, std::move(p)});
  return a;
}

std::int64_t store(Archive& ar, const Article& a) {
  Document d;
  d.input = a.input;
  d.format = "text";
  d.raw = (a.title ? *a.title : "") + "\n" + body_text(a.body) + "\n";
  d.text = d.raw;
  auto r = ar.store(a, d);
  EXPECT_TRUE(r) << r.error().str();
  return r ? r->id : 0;
}

std::vector<std::string> long_body(int n, const std::string& topic) {
  std::vector<std::string> out;
  const char* words[] = {"الحكومة",  "أعلنت",  "اليوم", "عن",    "خطة",    "جديدة", "لدعم",
                         "الاقتصاد", "الوطني", "في",    "المدن", "والقرى", "بعد",   "اجتماع"};
  for (int i = 0; i < n; ++i) {
    std::string s = topic + " ";
    for (int j = 0; j < 12; ++j) s += std::string(words[(i * 5 + j * 3) % 14]) + " ";
    out.push_back(s + std::to_string(i) + ".");
  }
  return out;
}

TEST_F(MergeTest, CopiesArticlesChildrenAndLinksAndFindsDuplicatesAcrossShards) {
  Article oil = article("النفط", {"ارتفعت أسعار النفط اليوم."});
  Article parent = article("خبر رئيسي", {"نص الخبر الرئيسي عن الانتخابات."});
  parent.read_also = {{"خبر مرفق", "https://example.com/c", {{Block::Type::paragraph, "نص الخبر المرفق."}}},
                      {"النفط", std::nullopt, {}}};
  auto body = long_body(12, "الاتفاق");
  Article near_a = article("الأصل", body);
  {
    Archive a = open_rw(path("a.db"));
    store(a, oil);
    store(a, parent);
    store(a, near_a);
  }
  Article copy = article("نسخة", {"ارتفعت أسعار النفط اليوم."});  // same body as `oil`
  auto edited = body;
  edited[3] += " وأضاف المتحدث";
  Article near_b = article("المعدل", edited);
  {
    Archive b = open_rw(path("b.db"));
    store(b, article("سابق", {"خبر سابق في الشارد الثاني فقط."}));  // ids differ from shard a's
    store(b, copy);
    store(b, near_b);
  }
  Archive out = open_rw(path("out.db"));
  auto ra = out.merge_from(path("a.db"));
  ASSERT_TRUE(ra) << ra.error().str();
  EXPECT_EQ(ra->inputs, 3);
  EXPECT_EQ(ra->added, 3);
  EXPECT_EQ(ra->children, 1);
  auto rb = out.merge_from(path("b.db"));
  ASSERT_TRUE(rb) << rb.error().str();
  EXPECT_EQ(rb->added, 2);
  EXPECT_EQ(rb->duplicates, 1);
  EXPECT_EQ(rb->near_duplicates, 1);

  auto st = out.stats();
  ASSERT_TRUE(st);
  EXPECT_EQ(st->articles, 6);  // 3 + 1 read-also + 2
  EXPECT_EQ(st->inputs, 6);
  EXPECT_EQ(st->duplicates, 1);
  EXPECT_EQ(st->near_duplicates, 1);
  // The merged article reads back exactly as stored, its read-also child and links remapped.
  auto hits = out.search("الرئيسي", {});
  ASSERT_TRUE(hits);
  ASSERT_EQ(hits->size(), 1u);
  auto got = out.get(hits->front().id);
  ASSERT_TRUE(got && got->has_value());
  EXPECT_EQ(to_json_line(**got), to_json_line(parent));
  auto rel = out.related(hits->front().id);
  ASSERT_TRUE(rel);
  EXPECT_EQ(rel->size(), 2u);  // the child, and the article titled النفط
  auto d = out.duplicates({});
  ASSERT_TRUE(d);
  ASSERT_EQ(d->size(), 1u);
  EXPECT_EQ(d->front().title_a, "الأصل");
  EXPECT_EQ(d->front().title_b, "المعدل");

  // Idempotent: merging either shard again adds nothing.
  for (const char* shard : {"a.db", "b.db"}) {
    auto again = out.merge_from(path(shard));
    ASSERT_TRUE(again) << again.error().str();
    EXPECT_EQ(again->added, 0);
    EXPECT_EQ(again->duplicates, 0);
    EXPECT_EQ(again->known, 3);
  }
  EXPECT_EQ(out.stats()->articles, 6);
  EXPECT_EQ(out.stats()->inputs, 6);
}

TEST_F(MergeTest, RefusesWhatIsNotAShardOfThisVersion) {
  { open_rw(path("a.db")); }
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path("a.db").c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "PRAGMA user_version = 1", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
  std::ofstream(path("junk.db")) << std::string(4096, 'x');
  Archive out = open_rw(path("out.db"));
  auto r = out.merge_from(path("a.db"));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().str(), path("a.db") +
                                 ": schema version 1 is older than this akhbar's 3; upgrade it once with a "
                                 "writing command such as `akhbar reparse`");
  r = out.merge_from(path("junk.db"));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().str(), path("junk.db") + ": not an akhbar archive (not an SQLite database)");
  r = out.merge_from(path("none.db"));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().str(), path("none.db") + ": no such file");
  auto ro = Archive::open(path("out.db"), OpenMode::read_only);
  ASSERT_TRUE(ro);
  r = ro->merge_from(path("a.db"));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().str(), path("out.db") + ": the archive is open read-only");
}

}  // namespace
}  // namespace akhbar
