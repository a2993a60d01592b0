// CSV rows whose text moves between columns: header-less files choose the text column per row,
// a row left without text keeps its title and says so, and a header's named columns stay as named.
#include <akhbar/loader.h>
#include <gtest/gtest.h>

#include "test_util.h"

namespace akhbar {
namespace {

using test::run;

const std::string kText1 = "نص الخبر الأول وهو أطول من العنوان بكثير ويقع في العمود الخامس";
const std::string kText2 = "نص الخبر الثاني وهو أطول من العنوان بكثير لكنه في العمود السابع";
const std::string kText3 = "نص الخبر الثالث وهو أطول من العنوان بكثير وفي العمودين معا";

// The CNN Arabic scrape's shape: title, label, date, section, url, text, a second timestamp, and
// a second text column that later rows fill instead of the first.
std::string cnn_like() {
  return "\"عنوان أول\",real,2024-04-13 21:14:10,world,https://a/1,\"" + kText1 + "\",,\n" +
         "\"عنوان ثان\",real,,world,https://a/2,,2024-04-13 21:55:41,\"\n\n" + kText2 + "\"\n" +
         "\"عنوان ثالث\",real,2024-04-14 08:00:00,world,https://a/3,\"" + kText3 +
         "\",2024-04-14 09:00:00,\"" + kText3 + "\"\n";
}

TEST(CsvTextColumn, HeaderlessRowsTakeTheirTextFromWhicheverColumnHoldsIt) {
  test::TempDir dir;
  auto l = run({dir.write("cnn.csv", cnn_like())});
  EXPECT_TRUE(l.diags.empty());
  ASSERT_EQ(l.docs.size(), 3u);
  EXPECT_EQ(l.docs[0].text, kText1);
  EXPECT_EQ(l.docs[1].text, kText2);
  EXPECT_EQ(l.docs[2].text, kText3);
  for (const auto& d : l.docs) EXPECT_TRUE(d.warnings.empty()) << d.input.record;
  // The other columns keep the roles the first row gave them: the second row's date column is
  // empty, and its scrape timestamp in the 7th column is not taken for the date.
  EXPECT_EQ(l.docs[1].title, "عنوان ثان");
  EXPECT_EQ(l.docs[1].input.url, "https://a/2");
  EXPECT_EQ(l.docs[1].date, std::nullopt);
  EXPECT_EQ(l.docs[2].date, "2024-04-14 08:00:00");
}

TEST(CsvTextColumn, AShortCellInTheBodyColumnGivesWayToTheRowsText) {
  test::TempDir dir;
  auto p =
      dir.write("x.csv", "\"عنوان أول\",\"" + kText1 + "\",\n" + "\"عنوان ثان\",\"اقرأ المزيد\",\"" + kText2 +
                             "\"\n" + "\"عنوان ثالث\",\"" + kText3 + "\",\"" + "نص الخبر الثالث" + "\"\n");
  auto l = run({p});
  ASSERT_EQ(l.docs.size(), 3u);
  EXPECT_EQ(l.docs[1].text, kText2);
  // The first row's column keeps a row while it holds as much text as another column, nearly.
  EXPECT_EQ(l.docs[2].text, kText3);
}

TEST(CsvTextColumn, ALabelShorterThanTheTitleIsNotTheText) {
  test::TempDir dir;
  auto p = dir.write("x.csv",
                     "\"عنوان الخبر الأول\",سياسة,\"" + kText1 + "\"\n" + "\"عنوان الخبر الثاني\",رياضة,\n");
  auto l = run({p});
  ASSERT_EQ(l.docs.size(), 2u);
  EXPECT_EQ(l.docs[1].text, "");
  EXPECT_EQ(l.docs[1].title, "عنوان الخبر الثاني");
}

TEST(CsvTextColumn, ARowWithoutTextKeepsItsTitleWithAWarning) {
  test::TempDir dir;
  auto p = dir.write("x.csv", "\"عنوان أول\",real,2024-04-13 21:14:10,https://a/1,\"" + kText1 + "\",\n" +
                                  "\"عنوان ثان\",real,2024-04-13 22:00:00,https://a/2,,\n");
  auto l = run({p});
  EXPECT_TRUE(l.diags.empty());
  ASSERT_EQ(l.docs.size(), 2u);
  EXPECT_TRUE(l.docs[0].warnings.empty());
  EXPECT_EQ(l.docs[1].text, "");
  EXPECT_EQ(l.docs[1].title, "عنوان ثان");
  EXPECT_EQ(l.docs[1].input.record, 1);
  EXPECT_EQ(l.docs[1].warnings,
            (std::vector<Warning>{{kind::empty_body, "CSV row without text: no column holds its body"}}));
  EXPECT_EQ(l.stats.warnings, 1u);
  EXPECT_EQ(l.stats.failed, 0u);
}

TEST(CsvTextColumn, AHeaderKeepsItsNamedBodyColumn) {
  test::TempDir dir;
  // The summary column is longer than the text in the second row: a header says which is the body.
  auto p = dir.write("x.csv", "Title,Summary,Text\n\"عنوان أول\",\"ملخص\",\"" + kText1 + "\"\n" +
                                  "\"عنوان ثان\",\"" + kText2 + "\",\"نص قصير\"\n" + "\"عنوان ثالث\",\"" +
                                  kText3 + "\",\n");
  auto l = run({p});
  ASSERT_EQ(l.docs.size(), 3u);
  EXPECT_EQ(l.docs[0].text, kText1);
  EXPECT_EQ(l.docs[1].text, "نص قصير");
  EXPECT_EQ(l.docs[1].abstract, kText2);
  EXPECT_TRUE(l.docs[1].warnings.empty());
  EXPECT_EQ(l.docs[2].text, "");
  EXPECT_EQ(
      l.docs[2].warnings,
      (std::vector<Warning>{{kind::empty_body, "CSV row without text: its body column 'Text' is empty"}}));
}

TEST(CsvTextColumn, AColumnNamedByNumberIsNotChosenAgain) {
  test::TempDir dir;
  auto p = dir.write("x.csv", cnn_like());
  LoadOptions o;
  o.fields = {{"body", "6"}};
  auto l = run({p}, o);
  ASSERT_EQ(l.docs.size(), 3u);
  EXPECT_EQ(l.docs[0].text, kText1);
  EXPECT_EQ(l.docs[1].text, "");
  EXPECT_EQ(l.docs[1].warnings,
            (std::vector<Warning>{{kind::empty_body, "CSV row without text: its body column 6 is empty"}}));
}

}  // namespace
}  // namespace akhbar
