// read_date_line on its own: which lines are date lines, which date is published and which
// updated, and what is left over (a byline glued to the date). Lines copied from the corpus.
#include "segmenter/metadata.h"

#include <akhbar/normalizer.h>
#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "segmenter/detail_rules.h"
#include "segmenter/lines.h"
#include "segmenter/markers.h"

extern const char akhbar_builtin_markers[];
extern const std::size_t akhbar_builtin_markers_size;

namespace akhbar::detail {
namespace {

class DateLines : public ::testing::Test {
 protected:
  void SetUp() override {
    auto r = markers.add(std::string_view(akhbar_builtin_markers, akhbar_builtin_markers_size), "builtin",
                         normalizer);
    ASSERT_TRUE(r);
    markers.finish();
  }
  // The line as the segmenter sees it: display form, search key, marker hit.
  std::optional<DateLine> read(const std::string& text,
                               const std::optional<std::string>& now = std::nullopt) {
    std::string display = normalizer.display(text);
    std::vector<Line> lines = split_lines(display);
    EXPECT_EQ(lines.size(), 1u) << text;
    classify(lines[0], normalizer.search(lines[0].text), markers);
    return read_date_line(lines[0], normalizer, markers, now);
  }
  static std::string opt(const std::optional<std::string>& s) { return s ? *s : "(none)"; }
  Normalizer normalizer;
  MarkerSet markers;
};

struct Expect {
  const char* line;
  const char* published;  // nullptr: none
  const char* updated;
};

void check(const std::optional<DateLine>& d, const Expect& e) {
  ASSERT_TRUE(d) << e.line;
  EXPECT_EQ(d->published, e.published ? std::optional<std::string>(e.published) : std::nullopt) << e.line;
  EXPECT_EQ(d->updated, e.updated ? std::optional<std::string>(e.updated) : std::nullopt) << e.line;
}

// The forms that were date lines already stay so.
TEST_F(DateLines, LabelledLines) {
  const Expect cases[] = {
      {"تاريخ النشر: 23/07/2024 آخر تحديث: 24/07/2024", "2024-07-23", "2024-07-24"},
      {"يوليو 23, 2024آخر تحديث: يوليو 24, 2024", "2024-07-23", "2024-07-24"},
      {"نشر في 23 يوليو 2024 | حدث في 24 يوليو 2024", "2024-07-23", "2024-07-24"},
      {"الثلاثاء 01/ديسمبر/2020 - 11:50 ص", "2020-12-01T11:50", nullptr},
      {"الاثنين 12 شعبان 1433 ه. الموافق 02 يوليو 2012 العدد 6839", "2012-07-02", nullptr},
      {"الرياض 12 يوليو 2012 واس", "2012-07-12", nullptr},
  };
  for (const auto& c : cases) check(read(c.line), c);
}

// "السبت 28 يوليوز 2012 آخر تحديث 01:40:21": the update is that day at that time, and the label's
// words are not leftover words.
TEST_F(DateLines, TimeOnlyUpdate) {
  check(read("السبت 28 يوليوز 2012 آخر تحديث 01:40:21"), {"", "2012-07-28", "2012-07-28T01:40:21"});
  check(read("23 يوليو 2024 - آخر تحديث: 10:30 م"), {"", "2024-07-23", "2024-07-23T22:30"});
  // A time after a label that is not an update's is not the update.
  auto d = read("السبت 28 يوليوز 2012 عدد القراءات 01:40:21");
  EXPECT_TRUE(!d || !d->updated) << opt(d ? d->updated : std::nullopt);
  // A time glued to more digits is no time.
  auto g = read("السبت 28 يوليوز 2012 آخر تحديث 01:40:21:99");
  EXPECT_TRUE(!g || !g->updated);
}

// A date glued to a byline, or a byline then '|' and the date: the date is published and the
// byline is left for the caller.
TEST_F(DateLines, BylineAroundTheDate) {
  auto d = read("الأحد 16 سبتمبر 2012الجزائر: حميد عبد القادر");
  check(d, {"", "2012-09-16", nullptr});
  ASSERT_EQ(d->rest.size(), 1u);
  EXPECT_EQ(d->rest[0], "الجزائر: حميد عبد القادر");
  auto q = read("الدوحة – العربي محمودي -ومجتبى عبدالرحمن | 2012-07-11");
  check(q, {"", "2012-07-11", nullptr});
  ASSERT_EQ(q->rest.size(), 1u);
  EXPECT_EQ(q->rest[0], "الدوحة – العربي محمودي -ومجتبى عبدالرحمن");
  check(read("الدوحة - علاء الدين قريعة | 2012-07-11"), {"", "2012-07-11", nullptr});
  check(read("4/8/2012 - الصحوة نت – متابعات"), {"", "2012-08-04", nullptr});
  auto w = read("الرياض 12 يوليو 2012 واس");
  ASSERT_TRUE(w);
  ASSERT_EQ(w->rest.size(), 2u);
  EXPECT_EQ(w->rest[0], "الرياض");
  EXPECT_EQ(w->rest[1], "واس");
  // Not bylines: a fixture row (teams joined by '*'), a sentence, a byline on both sides.
  EXPECT_FALSE(read("الهلال * الطليعة - العلفي - الجمعة 6يوليو 2012م"));
  EXPECT_FALSE(read("الأحد 16 سبتمبر 2012 وصل الرئيس إلى القاهرة في زيارة رسمية تستغرق يومين"));
  EXPECT_FALSE(read("رام الله 12-7-2012 وفا- زلفى شحرور"));
  EXPECT_FALSE(read("الأحد 16 سبتمبر 2012 رقم 12: حميد عبد القادر"));
}

// A label after the line's only date names it: "آخر تحديث" after it is the update.
TEST_F(DateLines, LabelAfterTheDate) {
  check(read("7/21/2012 9:17:47 PM أخر تحديث للصفحة في"), {"", nullptr, "2012-07-21T21:17:47"});
  check(read("7/24/2012 10:00:11 PM آخر تحديث"), {"", nullptr, "2012-07-24T22:00:11"});
  // Ending in ':' the label announces the next line's date; this one stays published.
  check(read("23/07/2024 آخر تحديث:"), {"", "2024-07-23", nullptr});
}

// Labels the marker file does not list still name the date.
TEST_F(DateLines, MoreLabels) {
  check(read("تم إضافته يوم الجمعة 13/04/2012 م - الموافق 22-5-1433 ه الساعة 4:25 صباحاً"),
        {"", "2012-04-13T04:25", nullptr});
  check(read("محمد محمود احمد يوم الاصدار: 2020-07-2"), {"", "2020-07-02", nullptr});
  check(read("تاريخ الإضافة: 12/05/2019"), {"", "2019-05-12", nullptr});
  check(read("Update date: 2020/05/05 11:39"), {"", nullptr, "2020-05-05T11:39"});
  check(read("Updated: 2020-05-05"), {"", nullptr, "2020-05-05"});
  check(read("Last modified: 5 May 2020"), {"", nullptr, "2020-05-05"});
  check(read("صحيفة الوطن - العدد 2403 الأثنين 9 يوليو 2012"), {"", "2012-07-09", nullptr});
  check(read("تونس في يوم الإربعاء 25 جويلية 2012"), {"", "2012-07-25", nullptr});
}

// Dates that are not the article's: a member's registration, a birth, a licence; two dates with
// nothing naming the second (a table row, a range).
TEST_F(DateLines, NotArticleDates) {
  for (const char* t : {"تاريخ التسجيل : 24/06/2011", "تاريخ الميلاد : 30/12/1980", "[من مواليد: 18/4/1993.",
                        "تاريخ الإنضمام : 2008-08-27", "- تاريخ انتهاء الترخيص30 ديسمبر 2024",
                        "| موعد المباراة | 06-04-2024 |", "31/12/2010 31/12/2011 بنك بيروت Alpha Group",
                        "من 10 - 09 - 2012 إلى 20 - 10 - 2012", "النتيجة 2 - 1 في المباراة"}) {
    auto d = read(t);
    EXPECT_FALSE(d) << t << " -> " << (d ? opt(d->published) + " " + opt(d->updated) : "");
  }
  // A sentence that mentions a date stays a sentence.
  EXPECT_FALSE(read("نشرت إحدى صفحات فيسبوك الادعاء بتاريخ 24 مارس 2024 مرفقًا بالتعليق الآتي"));
}

// A listing's record row: three or more short "label: value" fields parted by " | "; a byline with its
// date, or a sentence with a colon, is none.
TEST(FieldRow, LabelledFieldsSideBySide) {
  EXPECT_TRUE(field_row("السعر: 100 دينار | الحالة: جديد | المدينة: الرياض"));
  EXPECT_FALSE(field_row("كتب: محمد علي | التاريخ: 2020-01-01"));
  EXPECT_FALSE(field_row("قال الوزير: إن المحادثات مستمرة بين الجانبين | أ: ب | ج: د"));
  EXPECT_FALSE(field_row("الرئيسية | أخبار | رياضة | اقتصاد"));
  EXPECT_FALSE(field_row("القسم: عربي ودولي | عدد القراءات: 318 | بتاريخ: 22.09.2019"));  // dates the article
}

}  // namespace
}  // namespace akhbar::detail
