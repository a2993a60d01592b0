// The archive: schema and migrations, store/get round trip, deduplication, search, errors.
#include <akhbar/archive.h>
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "archive/detail_query.h"
#include "archive/detail_schema.h"
#include "archive/detail_zip.h"

namespace akhbar {
namespace {
namespace fs = std::filesystem;

// A fresh folder per test, removed afterwards.
class ArchiveTest : public ::testing::Test {
 protected:
  void SetUp() override {
    m_dir = fs::temp_directory_path() / ("akhbar-archive-test-" + std::to_string(::getpid()) + "-" +
                                         ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(m_dir);
    fs::create_directories(m_dir);
    m_db = (m_dir / "a.db").string();
  }
  void TearDown() override { fs::remove_all(m_dir); }

  Archive open_rw() {
    auto a = Archive::open(m_db, OpenMode::read_write);
    EXPECT_TRUE(a) << a.error().str();
    return std::move(a).value();
  }

  // Runs SQL on the archive file directly, as another program would.
  void raw_sql(const std::string& sql) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(m_db.c_str(), &db), SQLITE_OK);
    char* err = nullptr;
    int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err);
    std::string msg = err ? err : "";
    sqlite3_free(err);
    sqlite3_close(db);
    ASSERT_EQ(rc, SQLITE_OK) << msg;
  }

  fs::path m_dir;
  std::string m_db;
};

int g_serial = 0;

Article article(const std::string& title, std::vector<std::string> paragraphs, std::string path = "") {
  Article a;
  ++g_serial;
  a.input.path = path.empty() ? "in/" + std::to_string(g_serial) + ".txt" : path;
  a.input.encoding = "UTF-8";
  a.input.sha256 = std::string(60, '0') + std::to_string(1000 + g_serial);
  a.title = title;
  for (auto& p : paragraphs) a.body.push_back({Block::Type::paragraph, std::move(p)});
  return a;
}

Document doc_for(const Article& a) {
  Document d;
  d.input = a.input;
  d.format = "text";
  d.raw = (a.title ? *a.title : "") + "\n" + body_text(a.body) + "\n";
  d.text = d.raw;
  return d;
}

std::int64_t store(Archive& ar, const Article& a) {
  auto r = ar.store(a, doc_for(a));
  EXPECT_TRUE(r) << r.error().str();
  return r ? r->id : 0;
}

std::vector<std::int64_t> ids(const Result<std::vector<Summary>>& r) {
  EXPECT_TRUE(r) << r.error().str();
  std::vector<std::int64_t> out;
  if (r)
    for (const auto& s : r.value()) out.push_back(s.id);
  return out;
}

// A long body for the deduplication tests: `n` distinct sentences.
std::vector<std::string> long_body(int n, const std::string& topic) {
  std::vector<std::string> out;
  const char* words[] = {"الحكومة",  "أعلنت",  "اليوم", "عن",     "خطة",    "جديدة",    "لدعم",
                         "الاقتصاد", "الوطني", "في",    "المدن",  "والقرى", "بعد",      "اجتماع",
                         "طويل",     "مع",     "ممثلي", "القطاع", "الخاص",  "والنقابات"};
  for (int i = 0; i < n; ++i) {
    std::string s = topic + " ";
    for (int j = 0; j < 12; ++j) s += std::string(words[(i * 7 + j * 3) % 20]) + " ";
    s += std::to_string(i) + ".";
    out.push_back(s);
  }
  return out;
}

TEST_F(ArchiveTest, MissingArchiveIsNotCreatedByReaders) {
  auto a = Archive::open(m_db, OpenMode::read_only);
  ASSERT_FALSE(a);
  EXPECT_EQ(a.error().str(), "no archive at " + m_db + " — create one with `akhbar ingest`");
  EXPECT_FALSE(fs::exists(m_db));
}

TEST_F(ArchiveTest, WriterCreatesCurrentSchema) {
  { open_rw(); }
  auto a = Archive::open(m_db, OpenMode::read_only);
  ASSERT_TRUE(a) << a.error().str();
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(m_db.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* s = nullptr;
  sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &s, nullptr);
  ASSERT_EQ(sqlite3_step(s), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int(s, 0), Archive::schema_version());
  sqlite3_finalize(s);
  sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &s, nullptr);
  ASSERT_EQ(sqlite3_step(s), SQLITE_ROW);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(s, 0)), "wal");
  sqlite3_finalize(s);
  sqlite3_close(db);
}

TEST_F(ArchiveTest, NewerSchemaIsRefusedNamingBothVersions) {
  { open_rw(); }
  raw_sql("PRAGMA user_version = 99");
  for (auto mode : {OpenMode::read_only, OpenMode::read_write}) {
    auto a = Archive::open(m_db, mode);
    ASSERT_FALSE(a);
    EXPECT_EQ(a.error().str(),
              m_db +
                  ": written by a newer akhbar (schema version 99); this akhbar reads schema "
                  "versions up to " +
                  std::to_string(Archive::schema_version()) + " — upgrade akhbar");
  }
}

TEST_F(ArchiveTest, NotAnArchive) {
  {
    std::ofstream(m_db)
        << "this is a text file, not a database, and it is long enough to have a header......";
  }
  auto a = Archive::open(m_db, OpenMode::read_only);
  ASSERT_FALSE(a);
  EXPECT_EQ(a.error().str(), m_db + ": not an akhbar archive (not an SQLite database)");
  auto b = Archive::open(m_db, OpenMode::read_write);
  ASSERT_FALSE(b);
  EXPECT_EQ(b.error().str(), m_db + ": not an akhbar archive (not an SQLite database)");
}

TEST_F(ArchiveTest, OtherProgramsDatabaseIsLeftAlone) {
  raw_sql("CREATE TABLE t(x)");
  auto a = Archive::open(m_db, OpenMode::read_write);
  ASSERT_FALSE(a);
  EXPECT_EQ(a.error().str(), m_db + ": not an akhbar archive (an SQLite database of another program)");
}

TEST_F(ArchiveTest, MigratesVersionOneArchive) {
  // A version-1 archive as the first release wrote it: no fingerprints yet.
  raw_sql(std::string(archive_detail::migration_sql(1)) +
          "PRAGMA user_version = 1; PRAGMA application_id = " +
          std::to_string(archive_detail::application_id) + ";");
  auto body = long_body(8, "ميناء");
  std::string sql =
      "INSERT INTO articles(id, title, words) VALUES(7, 'عنوان قديم', 10);"
      "INSERT INTO inputs(article_id, path, record, encoding, sha256, size, format, ingested, "
      "parser_version) "
      "VALUES(7, 'old.txt', 0, 'UTF-8', 'abc', 3, 'text', '2024-01-01T00:00:00Z', 'akhbar 0.0.1');";
  raw_sql(sql);
  std::vector<Block> blocks;
  for (const auto& p : body) blocks.push_back({Block::Type::paragraph, p});
  std::string z = archive_detail::encode_blocks(blocks);
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(m_db.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db, "INSERT INTO blocks(article_id, count, size, data) VALUES(7, ?1, ?2, ?3)",
                               -1, &st, nullptr),
            SQLITE_OK);
  sqlite3_bind_int64(st, 1, static_cast<sqlite3_int64>(blocks.size()));
  sqlite3_bind_int64(st, 2, static_cast<sqlite3_int64>(archive_detail::blocks_size(blocks)));
  sqlite3_bind_blob(st, 3, z.data(), static_cast<int>(z.size()), SQLITE_TRANSIENT);
  EXPECT_EQ(sqlite3_step(st), SQLITE_DONE);
  sqlite3_finalize(st);
  sqlite3_close(db);
  {
    auto ro = Archive::open(m_db, OpenMode::read_only);
    ASSERT_FALSE(ro);
    EXPECT_NE(ro.error().message.find("schema version 1 is older"), std::string::npos) << ro.error().str();
  }
  Archive ar = open_rw();
  auto got = ar.get(7);
  ASSERT_TRUE(got && got->has_value());
  EXPECT_EQ((*got)->input.path, "old.txt");
  EXPECT_EQ((*got)->body.size(), 8u);
  EXPECT_EQ(ids(ar.search("ميناء", {})), std::vector<std::int64_t>{7});
  // The fingerprints were filled: the same body again is an exact duplicate of article 7.
  Article again = article("نسخة", body);
  auto r = ar.store(again, doc_for(again));
  ASSERT_TRUE(r) << r.error().str();
  EXPECT_TRUE(r->duplicate);
  EXPECT_EQ(r->id, 7);
}

TEST_F(ArchiveTest, GetReturnsWhatParsePrinted) {
  Archive ar = open_rw();
  Article a = article("العنوان الرئيسي", {"الفقرة الأولى من الخبر.", "الفقرة الثانية."});
  a.body.insert(a.body.begin() + 1, Block{Block::Type::heading, "عنوان فرعي"});
  a.input.url = "https://example.com/a/1";
  a.input.record = 3;
  a.published = "2024-03-01T10:00:00+03:00";
  a.updated = "2024-03-02";
  a.dateline = "بغداد";
  a.source = "المستقلة";
  a.author = "كاتب";
  a.removed = {{"share", "شارك على فيسبوك"}, {"date", "2024/03/01"}};
  a.warnings = {{kind::relative_date, "a warning"}};
  a.read_also = {{"خبر آخر كامل",
                  "https://example.com/a/2",
                  {{Block::Type::paragraph, "نص الخبر الآخر."}, {Block::Type::heading, "فرع"}}},
                 {"عنوان فقط", std::nullopt, {}}};
  a.related = {{"خبر ذو صلة", "https://example.com/a/3", {}}};
  auto r = ar.store(a, doc_for(a));
  ASSERT_TRUE(r) << r.error().str();
  EXPECT_FALSE(r->duplicate);
  EXPECT_EQ(r->children, 1u);
  auto got = ar.get(r->id);
  ASSERT_TRUE(got && got->has_value());
  EXPECT_EQ(to_json_line(**got), to_json_line(a));

  // The read-also article is an article of its own, linked to its parent.
  auto child = ar.search("الآخر", {});
  ASSERT_EQ(ids(child).size(), 1u);
  EXPECT_NE(child->front().id, r->id);
  EXPECT_EQ(child->front().title, "خبر آخر كامل");
  EXPECT_EQ(child->front().url, "https://example.com/a/2");
  auto rel = ar.related(r->id);
  EXPECT_EQ(ids(rel), std::vector<std::int64_t>{child->front().id});
  auto c = ar.get(child->front().id);
  ASSERT_TRUE(c && c->has_value());
  EXPECT_EQ((*c)->input.path, a.input.path);
  EXPECT_EQ((*c)->body, a.read_also[0].body);
  auto none = ar.get(999);
  ASSERT_TRUE(none);
  EXPECT_FALSE(none->has_value());
}

TEST_F(ArchiveTest, ExactDuplicateStoredOnceWithBothSources) {
  Archive ar = open_rw();
  Article a = article("خبر", {"نص واحد مكرر في مصدرين مختلفين تماما."});
  Article b = article("خبر منقول", {"نص واحد مكرر في مصدرين مختلفين تماما."});
  b.input.url = "https://other.example/x";
  std::int64_t ia = store(ar, a);
  auto rb = ar.store(b, doc_for(b));
  ASSERT_TRUE(rb);
  EXPECT_TRUE(rb->duplicate);
  EXPECT_FALSE(rb->known_input);
  EXPECT_EQ(rb->id, ia);
  auto st = ar.stats();
  ASSERT_TRUE(st);
  EXPECT_EQ(st->articles, 1);
  EXPECT_EQ(st->inputs, 2);
  EXPECT_EQ(st->duplicates, 1);
  auto by_url = ar.find_url("https://other.example/x");
  ASSERT_TRUE(by_url && by_url->has_value());
  EXPECT_EQ(**by_url, ia);
  // The same input again writes nothing at all.
  auto again = ar.store(a, doc_for(a));
  ASSERT_TRUE(again);
  EXPECT_TRUE(again->known_input);
  EXPECT_EQ(ar.stats()->inputs, 2);
  auto has = ar.has_input(a.input);
  ASSERT_TRUE(has);
  EXPECT_TRUE(*has);
  EXPECT_TRUE(ar.has_input(a.input.sha256).value());
  EXPECT_FALSE(ar.has_input(std::string("nope")).value());
}

TEST_F(ArchiveTest, NearDuplicatesAreLinkedNotDropped) {
  Archive ar = open_rw();
  auto body = long_body(12, "الاتفاق");
  Article a = article("الأصل", body);
  auto edited = body;
  edited[3] += " وأضاف المتحدث";
  edited[9] = "جملة مختلفة تماما عن الباقي.";
  Article b = article("النسخة المعدلة", edited);
  Article other = article("خبر آخر", long_body(12, "الرياضة"));
  for (auto& p : other.body)
    p.text = "مباراة كرة القدم انتهت بفوز الفريق " + p.text.substr(p.text.size() / 2);
  std::int64_t ia = store(ar, a);
  auto rb = ar.store(b, doc_for(b));
  ASSERT_TRUE(rb);
  EXPECT_FALSE(rb->duplicate);
  ASSERT_TRUE(rb->near_duplicate_of.has_value());
  EXPECT_EQ(*rb->near_duplicate_of, ia);
  auto ro = ar.store(other, doc_for(other));
  ASSERT_TRUE(ro);
  EXPECT_FALSE(ro->near_duplicate_of.has_value());
  auto d = ar.duplicates({});
  ASSERT_TRUE(d);
  ASSERT_EQ(d->size(), 1u);
  EXPECT_EQ(d->front().a, ia);
  EXPECT_EQ(d->front().b, rb->id);
  EXPECT_LE(d->front().distance, 3);
  EXPECT_EQ(d->front().title_b, "النسخة المعدلة");
  EXPECT_EQ(ar.stats()->articles, 3);
}

TEST_F(ArchiveTest, SearchOperatorsAndSnippets) {
  Archive ar = open_rw();
  std::int64_t a = store(ar, article("أسعار النفط", {"ارتفعت أسعار النفط اليوم في الأسواق العالمية."}));
  std::int64_t b = store(ar, article("الذهب", {"تراجع سعر الذهب بينما استقرت أسعار النفط."}));
  std::int64_t c = store(ar, article("الطقس", {"أمطار غزيرة على السواحل."}));
  auto sorted = [](std::vector<std::int64_t> v) {
    std::sort(v.begin(), v.end());
    return v;
  };
  // Title weighted above body: both mention النفط, the one with it in the title ranks first.
  EXPECT_EQ(ids(ar.search("النفط", {})), (std::vector<std::int64_t>{a, b}));
  EXPECT_EQ(ids(ar.search("\"أسعار النفط اليوم\"", {})), std::vector<std::int64_t>{a});
  EXPECT_EQ(sorted(ids(ar.search("الذهب OR أمطار", {}))), (std::vector<std::int64_t>{b, c}));
  EXPECT_EQ(ids(ar.search("النفط NOT الذهب", {})), std::vector<std::int64_t>{a});
  EXPECT_EQ(ids(ar.search("النفط -الذهب", {})), std::vector<std::int64_t>{a});
  EXPECT_EQ(ids(ar.search("غزير*", {})), std::vector<std::int64_t>{c});
  EXPECT_EQ(ids(ar.search("(الذهب OR الطقس) سعر", {})), std::vector<std::int64_t>{b});
  auto hits = ar.search("الذهب", {});
  ASSERT_TRUE(hits);
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_EQ(hits->front().snippet, "تراجع سعر [الذهب] بينما استقرت أسعار النفط.");
  auto phrase = ar.search("\"أسعار النفط\"", {});
  ASSERT_TRUE(phrase);
  EXPECT_EQ(phrase->back().snippet, "تراجع سعر الذهب بينما استقرت [أسعار النفط].");
  // FTS5 syntax typed by the user is only words here, never an error or an injection.
  for (const char* q :
       {"title:النفط", "NEAR(النفط الذهب)", "النفط^", "'; DROP TABLE articles; --", "{title}"}) {
    auto r = ar.search(q, {});
    EXPECT_TRUE(r) << q << ": " << r.error().str();
  }
  EXPECT_EQ(ar.stats()->articles, 3);
}

// search ranks unfiltered queries with akhbar_rank and sorts the page itself (issue 15): the hits,
// their order and their scores are those of FTS5's own ORDER BY rank, bit for bit, equal scores
// by rowid; without scores (the HTML page) the same hits in the same order.
TEST_F(ArchiveTest, SearchRanksAsFts5Rank) {
  Archive ar = open_rw();
  store(ar, article("أسعار النفط", {"ارتفعت أسعار النفط اليوم في الأسواق العالمية."}));
  store(ar, article("الذهب", {"تراجع سعر الذهب بينما استقرت أسعار النفط."}));
  store(ar, article("النفط والذهب", {"النفط النفط والذهب في السوق", "خبر قصير عن النفط"}));
  store(ar, article("خبر أول", {"النفط في السوق اليوم"}));
  store(ar, article("خبر ثان", {"النفط في السوق أمس"}));  // the same length and frequency: a tie
  store(ar, article("الطقس", {"أمطار غزيرة على السواحل.", "ارتفعت درجات الحرارة"}));
  Normalizer n;
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open_v2(m_db.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  for (const char* query : {"النفط", "الذهب", "اسعار", "أسعار النفط", "\"أسعار النفط\"", "ارتفع*", "النفط OR أمطار",
                            "النفط -الذهب", "السوق النفط"}) {
    auto compiled = archive_detail::compile_query(query, n);
    ASSERT_TRUE(compiled) << query;
    std::vector<std::pair<std::int64_t, double>> want;
    sqlite3_stmt* s = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(db, "SELECT rowid, rank FROM fts WHERE fts MATCH ?1 ORDER BY rank", -1, &s, nullptr),
              SQLITE_OK);
    sqlite3_bind_text(s, 1, compiled->match.c_str(), -1, SQLITE_TRANSIENT);
    while (sqlite3_step(s) == SQLITE_ROW) want.emplace_back(sqlite3_column_int64(s, 0), sqlite3_column_double(s, 1));
    sqlite3_finalize(s);
    auto got = ar.search(query, {});
    ASSERT_TRUE(got) << got.error().str();
    std::vector<std::pair<std::int64_t, double>> have;
    for (const auto& h : *got) have.emplace_back(h.id, h.score);
    EXPECT_EQ(have, want) << query;
    Filters page;
    page.scores = false;
    auto unscored = ar.search(query, page);
    ASSERT_TRUE(unscored);
    EXPECT_EQ(ids(unscored), ids(got)) << query;
    for (std::size_t i = 0; i < unscored->size() && i < got->size(); ++i)
      EXPECT_EQ((*unscored)[i].snippet, (*got)[i].snippet) << query;
    // Paged: the same order, cut.
    Filters second;
    second.limit = 2;
    second.offset = 1;
    second.scores = false;
    auto cut = ids(ar.search(query, second));
    auto all = ids(got);
    std::vector<std::int64_t> expected(all.begin() + std::min<std::ptrdiff_t>(1, std::ssize(all)),
                                       all.begin() + std::min<std::ptrdiff_t>(3, std::ssize(all)));
    EXPECT_EQ(cut, expected) << query;
  }
  sqlite3_close(db);
}

// The snippet comes from the first block with the most distinct matched words, also now that the
// scan stops at a block that has them all.
TEST_F(ArchiveTest, SnippetTakesTheFirstBlockWithMostMatches) {
  Archive ar = open_rw();
  store(ar, article("خبر", {"النفط في السوق", "الذهب مع النفط هنا", "الذهب مع النفط والفضة"}));
  auto one = ar.search("النفط", {});
  ASSERT_TRUE(one);
  ASSERT_EQ(one->size(), 1u);
  EXPECT_EQ(one->front().snippet, "[النفط] في السوق");
  auto two = ar.search("الذهب النفط", {});
  ASSERT_TRUE(two);
  ASSERT_EQ(two->size(), 1u);
  EXPECT_EQ(two->front().snippet, "[الذهب] مع [النفط] هنا");
  auto three = ar.search("الذهب OR النفط OR الفضة", {});
  ASSERT_TRUE(three);
  ASSERT_EQ(three->size(), 1u);
  EXPECT_EQ(three->front().snippet, "[الذهب] مع [النفط والفضة]");
  // A prefix can match any number of words: every block is read.
  auto prefix = ar.search("الذهب فض*", {});
  ASSERT_TRUE(prefix);
  ASSERT_EQ(prefix->size(), 1u);
  EXPECT_EQ(prefix->front().snippet, "[الذهب] مع النفط [والفضة]");
}

TEST_F(ArchiveTest, ArabicSpellingVariantsMeet) {
  // These need the normalizer's folding and stemming (FTS5's own tokenizers cannot do them).
  Archive ar = open_rw();
  std::int64_t k = store(ar, article("خبر", {"كتب الصحفي تقريرا عن الحدث."}));
  std::int64_t e = store(ar, article("خبر", {"جرت الانتخابات في موعدها."}));
  std::int64_t i = store(ar, article("خبر", {"قال المسؤول والإسرائيلي إن المحادثات مستمرة."}));
  std::int64_t y = store(ar, article("خبر", {"في عام 2024 تغير كل شيء."}));
  EXPECT_EQ(ids(ar.search("كَتَبَ", {})), std::vector<std::int64_t>{k});
  EXPECT_EQ(ids(ar.search("الإنتخابات", {})), std::vector<std::int64_t>{e});
  EXPECT_EQ(ids(ar.search("إسرائيل", {})), std::vector<std::int64_t>{i});
  EXPECT_EQ(ids(ar.search("٢٠٢٤", {})), std::vector<std::int64_t>{y});
  auto hit = ar.search("إسرائيل", {});
  ASSERT_TRUE(hit && !hit->empty());
  EXPECT_NE(hit->front().snippet.find("[والإسرائيلي]"), std::string::npos) << hit->front().snippet;
}

TEST_F(ArchiveTest, MalformedQueriesGiveOneLineErrors) {
  Archive ar = open_rw();
  store(ar, article("خبر", {"نص"}));
  const std::pair<const char*, const char*> cases[] = {
      {"\"غير مغلق", "a quote is not closed"},
      {"OR نفط", "OR needs a word on each side"},
      {"نفط OR", "OR needs a word on each side"},
      {"نفط AND", "AND needs a word on each side"},
      {"NOT نفط", "NOT needs a word before it, as in: اقتصاد NOT نفط"},
      {"نفط NOT", "NOT needs a word after it, as in: اقتصاد NOT نفط"},
      {"(نفط", "a '(' is not closed"},
      {"نفط)", "a ')' has no matching '('"},
      {"()", "empty parentheses"},
      {"*", "'*' must follow the beginning of a word, as in انتخاب*"},
      {"نف*ط", "'*' may only end a word, as in انتخاب*"},
      {"", "the query has no words to search for"},
      {" ، . ", "the query has no words to search for"},
      {"((((((((((( نفط )))))))))))", "parentheses nested more than 10 deep"},
  };
  for (const auto& [q, why] : cases) {
    auto r = ar.search(q, {});
    ASSERT_FALSE(r) << q;
    EXPECT_EQ(r.error().str(), std::string("bad query \"") + q + "\": " + why);
    EXPECT_EQ(r.error().str().find('\n'), std::string::npos);
    auto c = Archive::check_query(q);
    ASSERT_FALSE(c);
    EXPECT_EQ(c.error().str(), r.error().str());
  }
  EXPECT_TRUE(Archive::check_query("نفط OR (ذهب -فضة) \"سعر النفط\" انتخاب*"));
}

TEST_F(ArchiveTest, LongQueriesSearch) {
  // Caught by fuzz_query (tests/fuzz/regressions/query/): a query of 98 words, or a chain of as
  // many ORs or NOTs, went to FTS5 nested one level of parentheses per word, and FTS5's parser
  // failed with "SQL logic error".
  Archive ar = open_rw();
  std::int64_t a = store(ar, article("خبر", {"ارتفعت أسعار النفط اليوم في الأسواق العالمية."}));
  std::string words, any, none;
  for (int i = 0; i < 300; ++i) {
    words += i % 2 ? " النفط" : " أسعار";
    any += (i ? " OR كلمة" : "النفط OR كلمة") + std::to_string(i);
    none += " NOT كلمة" + std::to_string(i);
  }
  EXPECT_EQ(ids(ar.search(words, {})), std::vector<std::int64_t>{a});
  EXPECT_EQ(ids(ar.search(any, {})), std::vector<std::int64_t>{a});
  EXPECT_EQ(ids(ar.search("النفط" + none, {})), std::vector<std::int64_t>{a});
  // Ten levels of groups, each holding all three operators, is as deep as a query goes.
  std::string deep = "x";
  for (int i = 0; i < 10; ++i) deep = "أسعار OR النفط AND اليوم NOT (" + deep + ")";
  EXPECT_EQ(ids(ar.search(deep, {})), std::vector<std::int64_t>{a});
}

TEST_F(ArchiveTest, Filters) {
  Archive ar = open_rw();
  auto mk = [&](const char* source, const char* date) {
    Article a = article("خبر", {std::string("نص مشترك من ") + source + " " + date});
    a.source = source;
    a.published = date;
    return store(ar, a);
  };
  std::int64_t a1 = mk("الجزيرة", "2024-01-15T08:00:00Z");
  std::int64_t a2 = mk("الجزيرة", "2024-03-01T22:00:00Z");
  std::int64_t b1 = mk("العربية", "2024-02-10");
  Filters f;
  f.source = "الجزيرة";
  EXPECT_EQ(ids(ar.list(f)), (std::vector<std::int64_t>{a2, a1}));
  EXPECT_EQ(ids(ar.search("مشترك", f)).size(), 2u);
  f = {};
  f.since = "2024-02";
  EXPECT_EQ(ids(ar.list(f)), (std::vector<std::int64_t>{a2, b1}));
  f = {};
  f.until = "2024-03-01";
  EXPECT_EQ(ids(ar.list(f)), (std::vector<std::int64_t>{a2, b1, a1}));
  f.until = "2024-02-28";
  EXPECT_EQ(ids(ar.list(f)), (std::vector<std::int64_t>{b1, a1}));
  f = {};
  f.limit = 1;
  f.offset = 1;
  EXPECT_EQ(ids(ar.list(f)), std::vector<std::int64_t>{b1});
  auto st = ar.stats();
  ASSERT_TRUE(st);
  EXPECT_EQ(st->first_date, "2024-01-15T08:00:00Z");
  EXPECT_EQ(st->per_month.size(), 3u);
  ASSERT_EQ(st->per_source.size(), 2u);
  EXPECT_EQ(st->per_source[0], (std::pair<std::string, std::int64_t>{"الجزيرة", 2}));
  std::vector<std::int64_t> seen;
  ASSERT_TRUE(ar.for_each({}, [&](std::int64_t id, const Article&) { seen.push_back(id); }));
  EXPECT_EQ(seen, (std::vector<std::int64_t>{a1, a2, b1}));
}

TEST_F(ArchiveTest, LinksResolveToLaterArrivals) {
  Archive ar = open_rw();
  Article a = article("الخبر الأول", {"نص الخبر الأول."});
  a.related = {{"الخبر الثاني", std::nullopt, {}}};
  std::int64_t ia = store(ar, a);
  EXPECT_TRUE(ids(ar.related(ia)).empty());
  std::int64_t ib = store(ar, article("الخبر الثاني", {"نص الخبر الثاني."}));
  EXPECT_EQ(ids(ar.related(ia)), std::vector<std::int64_t>{ib});
  EXPECT_EQ(ids(ar.related(ib)), std::vector<std::int64_t>{ia});
  Article c = article("الخبر الثالث", {"نص الخبر الثالث."});
  c.read_also = {{"الخبر الأول", std::nullopt, {}}};
  std::int64_t ic = store(ar, c);
  EXPECT_EQ(ids(ar.related(ic)), std::vector<std::int64_t>{ia});
}

TEST_F(ArchiveTest, SecondWriterWaitsThenFailsClearly) {
  Archive first = open_rw();
  ASSERT_TRUE(first.begin());
  OpenOptions quick;
  quick.busy_timeout_ms = 200;
  auto second = Archive::open(m_db, OpenMode::read_write, quick);
  ASSERT_TRUE(second) << second.error().str();
  auto t0 = std::chrono::steady_clock::now();
  Article a = article("خبر", {"نص"});
  auto r = second->store(a, doc_for(a));
  auto waited = std::chrono::steady_clock::now() - t0;
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().str(),
            m_db +
                ": the archive is locked by another writer (gave up waiting); try again when it "
                "has finished");
  EXPECT_GE(waited, std::chrono::milliseconds(150));
  // Readers are not blocked by the writer.
  auto reader = Archive::open(m_db, OpenMode::read_only);
  ASSERT_TRUE(reader) << reader.error().str();
  EXPECT_TRUE(reader->list({}));
  first.rollback();
}

TEST_F(ArchiveTest, ReadOnlyArchiveRefusesWrites) {
  { open_rw(); }
  auto ro = Archive::open(m_db, OpenMode::read_only);
  ASSERT_TRUE(ro);
  Article a = article("خبر", {"نص"});
  auto r = ro->store(a, doc_for(a));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().str(),
            m_db +
                ": cannot write to the archive: it is read-only (check the permissions of the "
                "file and its folder)");
}

TEST_F(ArchiveTest, BatchRollbackKeepsCommittedWork) {
  Archive ar = open_rw();
  ASSERT_TRUE(ar.begin());
  store(ar, article("أول", {"الأول"}));
  ASSERT_TRUE(ar.commit());
  ASSERT_TRUE(ar.begin());
  store(ar, article("ثان", {"الثاني"}));
  ar.rollback();
  EXPECT_EQ(ar.stats()->articles, 1);
  EXPECT_EQ(ids(ar.search("الثاني", {})).size(), 0u);
  // The index rows of the abandoned batch are gone too, not written with the next batch.
  ASSERT_TRUE(ar.begin());
  std::int64_t third = store(ar, article("ثالث", {"الثالث"}));
  ASSERT_TRUE(ar.commit());
  EXPECT_EQ(ids(ar.search("الثاني", {})).size(), 0u);
  EXPECT_EQ(ids(ar.search("الثالث", {})), std::vector<std::int64_t>{third});
}

TEST(Compression, ZlibStreamsOfEarlierArchivesStillRead) {
  // Written by zlib's compress2 (level 6), as akhbar's first archives stored their copies.
  const std::string_view zlib_stream(
      "\x78\x9c\xbb\xd9\x7a\x63\xe3\x8d\xb5\x37\x56\xdc\x58\xae\x00\x22\x6e\xb6\xdc\xd8\x09\x22\x6f"
      "\xb6\xde\xe8\x51\xb8\xd9\x7e\x63\x03\x50\xfc\x66\xdb\x8d\xad\x0a\x40\x81\x6d\x37\x76\xdd\xec"
      "\xb8\xb1\x1d\xa8\xee\x66\x83\x42\x55\x4e\x66\x92\x1e\xd7\xcd\x01\xd4\x0d\x00\x18\x61\x75\xac",
      69);
  std::string line = "مرحبا بالعالم، هذا نص مضغوط بـ zlib.\n";
  EXPECT_EQ(archive_detail::inflate_bytes(zlib_stream, 186), line + line + line);
  // A wrong size or a damaged stream is an error, never a short or garbled text.
  EXPECT_EQ(archive_detail::inflate_bytes(zlib_stream, 185), std::nullopt);
  std::string damaged(zlib_stream);
  damaged[20] = static_cast<char>(damaged[20] ^ 0x55);
  EXPECT_EQ(archive_detail::inflate_bytes(damaged, 186), std::nullopt);
  // And what we write now is a zlib stream too (RFC 1950 header, deflate, Adler-32).
  std::string z = archive_detail::deflate_bytes(line + line);
  ASSERT_GE(z.size(), 6u);
  EXPECT_EQ(static_cast<unsigned char>(z[0]) & 0x0f, 8);  // CM = deflate
  EXPECT_EQ(((static_cast<unsigned char>(z[0]) << 8) | static_cast<unsigned char>(z[1])) % 31, 0);
  EXPECT_EQ(archive_detail::inflate_bytes(z, 2 * line.size()), line + line);
  EXPECT_EQ(archive_detail::inflate_bytes(archive_detail::deflate_bytes(""), 0), std::string());
}

TEST_F(ArchiveTest, FrequentWordsRankTheNewestMatchesUnlessRankAll) {
  Archive ar = open_rw();
  ASSERT_TRUE(ar.begin());
  // The best match for زيتون (in the title, twice in a short body) is the oldest article.
  std::int64_t best = store(ar, article("زيتون", {"زيتون زيتون قديم"}));
  const int n = static_cast<int>(search_rank_window) + 500;
  for (int i = 0; i < n; ++i)
    store(ar, article("خبر " + std::to_string(i), {"موسم الزيتون في القرية رقم " + std::to_string(i) +
                                                      " بدأ مع أمطار الخريف والحقول الواسعة"}));
  ASSERT_TRUE(ar.commit());
  Filters first;
  first.limit = 1;
  // زيتون has more than search_rank_window matches: the newest window of them are ranked first.
  auto top = ids(ar.search("زيتون", first));
  ASSERT_EQ(top.size(), 1u);
  EXPECT_NE(top[0], best);
  EXPECT_GT(top[0], n / 10);
  first.rank_all = true;
  EXPECT_EQ(ids(ar.search("زيتون", first)), std::vector<std::int64_t>{best});
  first.rank_all = false;
  // A rarer word in the query ranks every match.
  EXPECT_EQ(ids(ar.search("زيتون قديم", first)), std::vector<std::int64_t>{best});
  // Every match is still found: the window's matches first, then the older ones, ranked among
  // themselves (the best of which is the oldest article), and paging reaches them all.
  auto all = ids(ar.search("زيتون", {}));
  ASSERT_EQ(all.size(), static_cast<std::size_t>(n) + 1);
  auto window = static_cast<std::size_t>(std::find(all.begin(), all.end(), best) - all.begin());
  EXPECT_EQ(window, static_cast<std::size_t>(search_rank_window));
  EXPECT_GT(*std::min_element(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(window)),
            *std::max_element(all.begin() + static_cast<std::ptrdiff_t>(window), all.end()));
  EXPECT_EQ(std::set<std::int64_t>(all.begin(), all.end()).size(), all.size());
  for (std::int64_t offset : {std::int64_t{0}, std::int64_t{7}, static_cast<std::int64_t>(window) - 3,
                              static_cast<std::int64_t>(window), static_cast<std::int64_t>(window) + 5}) {
    Filters f;
    f.limit = 10;
    f.offset = offset;
    auto got = ids(ar.search("زيتون", f));
    EXPECT_EQ(got, std::vector<std::int64_t>(all.begin() + offset, all.begin() + offset + 10)) << offset;
  }
}

TEST_F(ArchiveTest, RawCopiesAndReparseKeepIds) {
  Archive ar = open_rw();
  Article a = article("عنوان", {"سطر أول", "سطر ثان"});
  std::int64_t id = store(ar, a);
  std::vector<Document> docs;
  ASSERT_TRUE(ar.for_each_input([&](const Document& d) { docs.push_back(d); }));
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].raw, doc_for(a).raw);
  EXPECT_EQ(docs[0].input.sha256, a.input.sha256);
  EXPECT_TRUE(docs[0].text.empty());

  // A "new parser" that makes one paragraph of the whole raw text and finds a read-also article.
  auto stats = ar.reparse([](Document& d) -> std::optional<Article> {
    Article n;
    n.input = d.input;
    n.title = "عنوان جديد";
    n.body = {{Block::Type::paragraph, "نص معاد تحليله " + std::to_string(d.raw.size())}};
    n.read_also = {{"مقال مرفق", std::nullopt, {{Block::Type::paragraph, "نص المقال المرفق"}}}};
    return n;
  });
  ASSERT_TRUE(stats) << stats.error().str();
  EXPECT_EQ(stats->inputs, 1);
  EXPECT_EQ(stats->changed, 1);
  EXPECT_EQ(stats->children, 1);
  auto got = ar.get(id);
  ASSERT_TRUE(got && got->has_value());
  EXPECT_EQ((*got)->title, "عنوان جديد");
  EXPECT_EQ((*got)->input.path, a.input.path);
  EXPECT_EQ(ids(ar.search("معاد", {})), std::vector<std::int64_t>{id});
  EXPECT_TRUE(ids(ar.search("أول", {})).empty());
  EXPECT_EQ(ids(ar.search("المرفق", {})).size(), 1u);
  // Reparsing again with the same parser changes nothing and keeps the same counts.
  auto again = ar.reparse([](Document& d) -> std::optional<Article> {
    Article n;
    n.input = d.input;
    n.title = "عنوان جديد";
    n.body = {{Block::Type::paragraph, "نص معاد تحليله " + std::to_string(d.raw.size())}};
    n.read_also = {{"مقال مرفق", std::nullopt, {{Block::Type::paragraph, "نص المقال المرفق"}}}};
    return n;
  });
  ASSERT_TRUE(again);
  EXPECT_EQ(again->changed, 0);
  EXPECT_EQ(ar.stats()->articles, 2);
}

// Everything an archive file holds, read by another connection: each table's rows (FTS5's shadow
// tables included) as sorted strings, and the schema. Equal dumps mean an unchanged archive.
std::string dump(const std::string& path) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  std::vector<std::pair<std::string, std::string>> tables;
  std::string out;
  sqlite3_stmt* s = nullptr;
  sqlite3_prepare_v2(db, "SELECT type, name, sql FROM sqlite_master ORDER BY name", -1, &s, nullptr);
  while (sqlite3_step(s) == SQLITE_ROW) {
    std::string type = reinterpret_cast<const char*>(sqlite3_column_text(s, 0));
    std::string name = reinterpret_cast<const char*>(sqlite3_column_text(s, 1));
    const unsigned char* sql = sqlite3_column_text(s, 2);
    out += type + " " + name + " " + (sql ? reinterpret_cast<const char*>(sql) : "") + "\n";
    if (type == "table") tables.emplace_back(name, sql ? reinterpret_cast<const char*>(sql) : "");
  }
  sqlite3_finalize(s);
  for (const auto& [name, sql] : tables) {
    if (sql.rfind("CREATE VIRTUAL TABLE", 0) == 0) continue;  // its shadow tables hold its rows
    std::vector<std::string> rows;
    sqlite3_prepare_v2(db, ("SELECT * FROM \"" + name + "\"").c_str(), -1, &s, nullptr);
    while (sqlite3_step(s) == SQLITE_ROW) {
      std::string row;
      for (int c = 0; c < sqlite3_column_count(s); ++c) {
        const auto* v = static_cast<const char*>(sqlite3_column_blob(s, c));
        row += std::to_string(sqlite3_column_type(s, c)) + ":" +
               std::string(v ? v : "", static_cast<std::size_t>(sqlite3_column_bytes(s, c))) + "|";
      }
      rows.push_back(std::move(row));
    }
    sqlite3_finalize(s);
    std::sort(rows.begin(), rows.end());
    out += "-- " + name + " " + std::to_string(rows.size()) + "\n";
    for (const auto& r : rows) out += r + "\n";
  }
  sqlite3_close(db);
  return out;
}

// An archive for the reparse failure tests: near-duplicate bodies, a read-also article, an article
// the new parser keeps as it is, and one without a raw copy. Returns the stored articles by path.
std::map<std::string, Article> reparse_fixture(Archive& ar) {
  std::map<std::string, Article> by_path;
  Article oil = article("أسعار النفط", long_body(30, "النفط"));
  Article oil2 = article("ارتفاع الخام", long_body(30, "النفط"));
  oil2.body.push_back({Block::Type::paragraph, "فقرة أخيرة مختلفة قليلا."});
  Article gold = article("الذهب", {"تراجع سعر الذهب في التعاملات المبكرة."});
  gold.read_also = {{"مقال مرفق عن الفضة", std::nullopt, {{Block::Type::paragraph, "نص المقال المرفق"}}}};
  Article kept = article("يبقى كما هو", {"هذا المقال لا يتغير."});
  for (const Article* a : {&oil, &oil2, &gold, &kept}) {
    store(ar, *a);
    by_path[a->input.path] = *a;
  }
  Article no_raw = article("بلا نسخة", {"مقال بلا نسخة أصلية."});
  auto r = ar.store(no_raw, Document{});
  EXPECT_TRUE(r) << r.error().str();
  return by_path;
}

// A "new parser" for the fixture: every title changes, but the kept article's.
std::function<std::optional<Article>(Document&)> retitle(const std::map<std::string, Article>& by_path) {
  return [&by_path](Document& d) -> std::optional<Article> {
    auto it = by_path.find(d.input.path);
    if (it == by_path.end() || it->second.title == "يبقى كما هو") return std::nullopt;
    Article a = it->second;
    a.title = *a.title + " (محدث)";
    return a;
  };
}

TEST_F(ArchiveTest, FailedReparseRollsBackAndSaysWhere) {
  std::map<std::string, Article> by_path;
  std::int64_t second = 0;
  {
    Archive ar = open_rw();
    by_path = reparse_fixture(ar);
    second = ids(ar.search("الخام", {})).at(0);
  }
  const std::string before = dump(m_db);
  struct Case {
    std::string trigger, error;
  };
  const std::vector<Case> cases = {
      // Fails at reparse's first statement, before any article.
      {"BEFORE UPDATE ON articles BEGIN SELECT RAISE(ABORT, 'boom'); END",
       "reparse failed and was rolled back, the archive is unchanged: archive operation failed: "
       "constraint failed (boom)"},
      // Fails at the second article, after the first was rewritten.
      {"BEFORE UPDATE OF title ON articles WHEN old.id = " + std::to_string(second) +
           " BEGIN SELECT RAISE(ABORT, 'boom'); END",
       "reparse stopped at article " + std::to_string(second) +
           " and was rolled back, the archive is unchanged: archive operation failed: constraint failed "
           "(boom)"},
      // Fails while writing the read-also article of the third.
      {"BEFORE INSERT ON links BEGIN SELECT RAISE(FAIL, 'no links'); END",
       "reparse stopped at article 3 and was rolled back, the archive is unchanged: archive operation "
       "failed: constraint failed (no links)"},
  };
  for (const auto& c : cases) {
    raw_sql("CREATE TRIGGER fail_reparse " + c.trigger);
    {
      Archive ar = open_rw();
      auto r = ar.reparse(retitle(by_path));
      ASSERT_FALSE(r) << c.trigger;
      EXPECT_EQ(r.error().str(), m_db + ": " + c.error);
      // The same connection goes on working after the rollback.
      EXPECT_EQ(ids(ar.search("الخام", {})), std::vector<std::int64_t>{second});
      auto got = ar.get(second);
      ASSERT_TRUE(got && got->has_value());
      EXPECT_EQ((*got)->title, "ارتفاع الخام");
    }
    raw_sql("DROP TRIGGER fail_reparse");
    EXPECT_EQ(dump(m_db), before) << c.trigger;
  }
  // Without the trigger the same reparse goes through.
  Archive ar = open_rw();
  auto r = ar.reparse(retitle(by_path));
  ASSERT_TRUE(r) << r.error().str();
  EXPECT_EQ(r->changed, 3);
  EXPECT_EQ(r->kept, 2);
  EXPECT_NE(dump(m_db), before);
}

// Interrupts the archive's connection once, inside the statement `target` (SQL text), at the
// `at`-th progress callback that finds it running; or, when `count` is set, records every
// statement seen running and how often. Installed on every connection by sqlite3_auto_extension
// (the test's own connections too; it is armed only around reparse).
struct Interrupter {
  bool armed = false, count = false, fired = false;
  std::string target;
  int at = 0, seen = 0;
  std::map<std::string, int> running;
};
Interrupter g_interrupter;

int on_progress(void* handle) {
  Interrupter& g = g_interrupter;
  if (!g.armed || g.fired) return 0;
  // Only akhbar's own statements, running alone: inside one, FTS5 runs statements of its own
  // (PRAGMA data_version, its shadow tables) and may ignore an interrupt of those by design.
  auto* db = static_cast<sqlite3*>(handle);
  sqlite3_stmt* running = nullptr;
  for (sqlite3_stmt* s = sqlite3_next_stmt(db, nullptr); s; s = sqlite3_next_stmt(db, s)) {
    if (!sqlite3_stmt_busy(s)) continue;
    if (running) return 0;
    running = s;
  }
  if (!running || !sqlite3_sql(running)) return 0;
  std::string sql = sqlite3_sql(running);
  if (sql.find("'main'.") != std::string::npos) return 0;  // FTS5's own, run between ours
  if (g.count) {
    ++g.running[sql];
  } else if (sql == g.target && ++g.seen == g.at) {
    g.fired = true;
    return 1;
  }
  return 0;
}

// A COMMIT that fails: SQLite turns it into a rollback (the progress handler never sees it).
bool g_fail_commit = false;
int on_commit(void*) { return g_fail_commit ? 1 : 0; }

int install_progress(sqlite3* db, const char**, const sqlite3_api_routines*) {
  sqlite3_progress_handler(db, 1, on_progress, db);
  sqlite3_commit_hook(db, on_commit, nullptr);
  return SQLITE_OK;
}

// Whatever statement of a reparse fails, the COMMIT included, the reparse reports it and the
// archive is as it was: no step() result is left unchecked.
TEST_F(ArchiveTest, ReparseInterruptedAtAnyStatementLeavesTheArchiveWhole) {
  auto entry = reinterpret_cast<void (*)()>(install_progress);
  sqlite3_auto_extension(entry);
  struct Cancel {
    void (*entry)();
    ~Cancel() { sqlite3_cancel_auto_extension(entry); }
  } cancel{entry};
  std::map<std::string, Article> by_path;
  {
    Archive ar = open_rw();
    by_path = reparse_fixture(ar);
  }
  const std::string before = dump(m_db);
  Archive ar = open_rw();
  ASSERT_TRUE(ar.search("النفط", {}));  // prepares the reader's statements outside the count
  // A dry run: which statements a reparse runs. It changes the archive, so the sweep starts afresh.
  fs::copy_file(m_db, m_dir / "copy.db");
  {
    Archive dry = Archive::open((m_dir / "copy.db").string(), OpenMode::read_write).value();
    g_interrupter = {};
    g_interrupter.armed = g_interrupter.count = true;
    auto r = dry.reparse(retitle(by_path));
    g_interrupter.armed = false;
    ASSERT_TRUE(r) << r.error().str();
  }
  auto running = g_interrupter.running;
  ASSERT_GT(running.size(), 20u);
  EXPECT_TRUE(running.count("SELECT id, title FROM articles WHERE id = ?1 OR parent_id = ?1 ORDER BY id"));
  std::size_t runs = 0;
  for (const auto& [sql, calls] : running) {
    for (int at : {1, calls / 2 + 1, calls}) {
      g_interrupter = {};
      g_interrupter.armed = true;
      g_interrupter.target = sql;
      g_interrupter.at = at;
      auto r = ar.reparse(retitle(by_path));
      g_interrupter.armed = false;
      ++runs;
      ASSERT_TRUE(g_interrupter.fired) << sql << " @" << at;
      ASSERT_FALSE(r) << "an interrupt in `" << sql << "` (progress call " << at << ") went unnoticed";
      const std::string msg = r.error().str();
      EXPECT_TRUE(msg.rfind(m_db + ": reparse ", 0) == 0 || sql == "BEGIN IMMEDIATE") << msg;
      EXPECT_EQ(msg.substr(msg.size() - std::string("interrupted").size()), "interrupted") << msg;
      ASSERT_EQ(dump(m_db), before) << sql << " @" << at;
    }
  }
  EXPECT_GT(runs, 60u);
  g_fail_commit = true;
  auto failed = ar.reparse(retitle(by_path));
  g_fail_commit = false;
  ASSERT_FALSE(failed);
  const std::string rolled_back = ": reparse failed and was rolled back, the archive is unchanged: ";
  EXPECT_EQ(failed.error().str(), m_db + rolled_back + "archive operation failed: constraint failed");
  EXPECT_EQ(dump(m_db), before);
  auto r = ar.reparse(retitle(by_path));
  ASSERT_TRUE(r) << r.error().str();
  EXPECT_EQ(ids(ar.search("محدث", {})).size(), 3u);
}

}  // namespace
}  // namespace akhbar
