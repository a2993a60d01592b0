// The marker file format: errors name FILE:LINE word for word; users' files extend the built-in set.
#include "segmenter/markers.h"

#include <akhbar/segmenter.h>
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

namespace akhbar {
namespace {

// CTest runs each test in a process of its own, two at a time: each process writes its files
// into a folder of its own ("words.txt" in two tests never collides), removed when it exits.
std::string write_temp(const std::string& name, const std::string& text) {
  struct Folder {
    std::filesystem::path path;
    Folder() {
      std::string tmpl = (std::filesystem::temp_directory_path() / "akhbar-markers-XXXXXX").string();
      if (::mkdtemp(tmpl.data())) path = tmpl;
    }
    ~Folder() {
      std::error_code ec;
      if (!path.empty()) std::filesystem::remove_all(path, ec);
    }
  };
  static Folder folder;
  std::string path = (folder.path / name).string();
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

std::string create_error(const std::string& file_text) {
  std::string path = write_temp("markers.txt", file_text);
  SegmentOptions o;
  o.marker_files = {path};
  auto seg = Segmenter::create(o);
  if (seg) return "ok";
  std::string msg = seg.error().str();
  return msg.substr(msg.find("markers.txt"));
}

TEST(Markers, BuiltInSetLoads) { EXPECT_TRUE(Segmenter::create()); }

// Search keys: hamza forms of alef, taa marbuta and alef maqsura fold inside a run of Arabic letters
// as at its ends, Latin lowercases, spaces collapse, punctuation leaves the ends.
TEST(Markers, FoldKeyFoldsInsideRunsOfLetters) {
  EXPECT_EQ(detail::fold_key("أحمد وإيمان في آخر القاعة الكبرى"), "احمد وايمان في اخر القاعه الكبري");
  EXPECT_EQ(detail::fold_key("مدرسةالمستقبل"), "مدرسهالمستقبل");
  EXPECT_EQ(detail::fold_key("  «اقرأ   أيضاً»:  "), "اقرا ايضا");
  EXPECT_EQ(detail::fold_key("BBC عربي ١٢٣"), "bbc عربي 123");
}

TEST(Markers, ErrorsNameFileAndLine) {
  EXPECT_EQ(
      create_error("# comment\n\nread_also اقرأ أيضا\nrelatd مقالات\n"),
      "markers.txt:4: unknown marker kind 'relatd' (expected one of: read_also, related, published, updated, "
      "source, author, agency, place, name, title_label, function_word, connective, author_verb, "
      "date_preposition, date_label, date_label_weak, date_event, date_update, conjunction, day_word, "
      "syndication, agency_word, issue_label, name_initial, written_function_word, site_list, role_word, "
      "desk_word, genre_word, update_verb, self_reference, contact_label, forum_profile, mail_header, mail_divider, "
      "network_word, site_word, "
      "editor_word, repost_word, superlative_word, press_word, lead_verb, beat_word, own_waw, section_label, "
            "lineage_word, share, "
      "follow, subscribe, copyright, tags, photo, "
      "navigation, ad, comments, footer, promo, headline)");
  EXPECT_EQ(create_error("share\n"), "markers.txt:1: marker 'share' has no phrase (write: KIND PHRASE)");
  EXPECT_EQ(create_error("share =\n"), "markers.txt:1: marker 'share' has no phrase (write: KIND PHRASE)");
  EXPECT_EQ(create_error("tags ***\n"), "markers.txt:1: marker phrase '**' has no letters or digits");
  EXPECT_EQ(create_error("place =القاهرة\n"),
            "markers.txt:1: place markers take a bare name (no '=', '*' or '$')");
  EXPECT_EQ(create_error("name *محمد\n"),
            "markers.txt:1: name markers take a bare name (no '=', '*' or '$')");
  EXPECT_EQ(create_error("title_label =الموضوع\n"),
            "markers.txt:1: title_label markers take a bare name (no '=', '*' or '$')");
  EXPECT_EQ(create_error("share =شارك\r\nfollow $تابعونا\r\n"), "ok");
}

TEST(Markers, MissingFileIsAnError) {
  SegmentOptions o;
  o.marker_files = {"/no/such/markers.txt"};
  auto seg = Segmenter::create(o);
  ASSERT_FALSE(seg);
  EXPECT_EQ(seg.error().str(), "/no/such/markers.txt: cannot read marker file: No such file or directory");
}

TEST(Markers, BadNowIsAnError) {
  SegmentOptions o;
  o.now = "yesterday";
  auto seg = Segmenter::create(o);
  ASSERT_FALSE(seg);
  EXPECT_EQ(seg.error().message,
            "--now: not a date: 'yesterday' (expected ISO 8601, e.g. 2024-07-23T10:00:00+03:00)");
}

TEST(Markers, UserFileExtendsWithoutRebuilding) {
  Normalizer normalizer;
  Document doc;
  doc.text =
      "عنوان الخبر هنا\nقال الوزير إن المحادثات مستمرة بين الجانبين حتى نهاية الأسبوع.\nمن أرشيفنا: عنوان "
      "آخر\n"
      "وأضاف أن الوفدين سيلتقيان مجددا في العاصمة.\nروابط سريعة للموقع\n";
  auto plain = Segmenter::create();
  ASSERT_TRUE(plain);
  Article a = plain->segment(doc, normalizer);
  EXPECT_TRUE(a.read_also.empty());
  EXPECT_EQ(a.body.size(), 4u);

  SegmentOptions o;
  o.marker_files = {
      write_temp("mine.txt", "# my site\nread_also من أرشيفنا\nnavigation =روابط سريعة للموقع\n")};
  auto mine = Segmenter::create(o);
  ASSERT_TRUE(mine);
  std::vector<TraceLine> trace;
  a = mine->segment(doc, normalizer, &trace);
  ASSERT_EQ(a.read_also.size(), 1u);
  EXPECT_EQ(a.read_also[0].title, "عنوان آخر");
  EXPECT_EQ(a.body.size(), 2u);
  ASSERT_EQ(a.removed.size(), 2u);
  EXPECT_EQ(a.removed[1].kind, "navigation");
  EXPECT_NE(trace[2].rule.find("mine.txt:2"), std::string::npos) << trace[2].rule;
}

// The rules' word lists are marker kinds: a user's file extends them, and a word-list marker
// never matches a line itself.
TEST(Markers, WordListsExtendFromUserFiles) {
  Normalizer normalizer;
  Document doc;
  doc.text =
      "شوارع الرياض تختنق بالسيارات في ساعات الذروة\nفوزية الحربي\n"
      "تشهد شوارع العاصمة زحاما شديدا كل صباح بسبب كثرة السيارات وقلة وسائل النقل العام في المدينة.\n";
  auto plain = Segmenter::create();
  ASSERT_TRUE(plain);
  EXPECT_EQ(plain->segment(doc, normalizer).author.value_or("(none)"), "فوزية الحربي");
  SegmentOptions o;
  o.marker_files = {write_temp("words.txt", "function_word الحربي\n")};
  auto mine = Segmenter::create(o);
  ASSERT_TRUE(mine);
  // A name holding a function word is a phrase: the line stays body.
  Article a = mine->segment(doc, normalizer);
  EXPECT_FALSE(a.author) << *a.author;
  EXPECT_EQ(a.body.size(), 2u);

  detail::MarkerSet set;
  ASSERT_TRUE(set.add("connective اما\nfunction_word إلى\n", "t", normalizer));
  set.finish();
  EXPECT_TRUE(set.in_list(detail::MarkerKind::connective, "اما"));
  EXPECT_TRUE(set.in_list(detail::MarkerKind::function_word, "الي"));  // the search form of إلى
  EXPECT_FALSE(set.in_list(detail::MarkerKind::function_word, "اما"));
  EXPECT_FALSE(set.match_line("اما بعد", 2));
  EXPECT_EQ(create_error("connective =اما\n"),
            "markers.txt:1: connective markers take a bare name (no '=', '*' or '$')");
}

TEST(Markers, TheRulesInlineWordsAreListsToo) {
  Normalizer normalizer;
  detail::MarkerSet set;
  ASSERT_TRUE(set.add("written_function_word على\nname_initial أ\nconjunction ثم\n", "t", normalizer));
  set.finish();
  // Lists hold the search form; `written` keeps the word as the file writes it.
  EXPECT_TRUE(set.in_list(detail::MarkerKind::written_function_word, "علي"));
  EXPECT_EQ(set.written(detail::MarkerKind::written_function_word), std::vector<std::string>{"على"});
  EXPECT_TRUE(set.in_list(detail::MarkerKind::name_initial, "ا"));
  EXPECT_TRUE(set.opens_with_name("ا محمد") == false);  // no name list in this set

  // A user's syndication phrase reads an aggregator's line like the built-in "نشر في".
  Document doc;
  doc.text =
      "عنوان الخبر هنا في سطر\n"
      "تشهد شوارع العاصمة زحاما شديدا كل صباح بسبب كثرة السيارات وقلة وسائل النقل العام في المدينة.\n"
      "منقول عن الشروق يوم 10 - 09 - 2012\n";
  auto plain = Segmenter::create();
  ASSERT_TRUE(plain);
  EXPECT_FALSE(plain->segment(doc, normalizer).published);
  SegmentOptions o;
  o.marker_files = {write_temp("words.txt", "syndication منقول عن\n")};
  auto mine = Segmenter::create(o);
  ASSERT_TRUE(mine);
  Article a = mine->segment(doc, normalizer);
  EXPECT_EQ(a.published.value_or("(none)"), "2012-09-10");
  EXPECT_EQ(a.source.value_or("(none)"), "الشروق");
}

TEST(Markers, OneSpellingMatchesAllVariants) {
  Normalizer normalizer;
  detail::MarkerSet set;
  ASSERT_TRUE(set.add("read_also اقرا ايضا\nshare =شارك\ncopyright *جميع الحقوق محفوظة\nfollow $تابعونا\n",
                      "t", normalizer));
  set.finish();
  for (const char* line : {"إقرأ أيضاً: عنوان", "اقـرأ أيضـا", "اقرأ ايضا", "• اقرأ أيضا -"}) {
    auto hit = set.match_line(detail::fold_key(normalizer.search(line)), 3);
    ASSERT_TRUE(hit) << line;
    EXPECT_EQ(hit.marker->origin, "t:1");
  }
  EXPECT_FALSE(set.match_line(detail::fold_key(normalizer.search("اقرأوا أيضا")), 2));
  EXPECT_TRUE(set.match_line(detail::fold_key(normalizer.search("شارك")), 1));
  EXPECT_FALSE(set.match_line(detail::fold_key(normalizer.search("شارك في المؤتمر")), 3));
  EXPECT_TRUE(set.match_line(detail::fold_key(normalizer.search("© 2024 جميع الحقوق محفوظة للموقع")), 6));
  EXPECT_TRUE(set.match_tail(detail::fold_key(normalizer.search("نهاية الخبر. تابعونا على:"))));
}

// Names: the first word (after lone letters such as the "أ" of "أ.د.") must be a given name
// or honorific; a two-word name ("عبد الله") is looked up as a whole; a name later in the line
// does not count, nor does a match inside a longer word.
TEST(Markers, OpensWithName) {
  Normalizer normalizer;
  detail::MarkerSet set;
  ASSERT_TRUE(set.add("name أحمد\nname د\nname عبد الله\nname الدكتورة\nname_initial أ\nname_initial د\n", "t",
                      normalizer));
  set.finish();
  auto key = [&](const char* s) { return detail::fold_key(normalizer.search(s)); };
  for (const char* line :
       {"أحمد البشيري", "احمد", "د. كومان", "أ .د . أحمد فؤاد باشا", "عبد الله الغامدي", "الدكتورة هالة"})
    EXPECT_TRUE(set.opens_with_name(key(line))) << line;
  for (const char* line : {"أحمدي نجاد", "وزير الخارجية أحمد", "عبد الرحمن", "ب ج ت", "دبي", "ت: أحمد"})
    EXPECT_FALSE(set.opens_with_name(key(line))) << line;
  detail::MarkerSet none;
  none.finish();
  EXPECT_FALSE(none.opens_with_name(key("أحمد البشيري")));
}

}  // namespace
}  // namespace akhbar
