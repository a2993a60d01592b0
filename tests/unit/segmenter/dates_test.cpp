// Table-driven tests of the date parser: regional month names, Hijri conversion, numeric
// forms, times and zones, relative dates, structured fields.
#include <akhbar/dates.h>
#include <gtest/gtest.h>

#include <string>

namespace akhbar {
namespace {

struct Case {
  const char* text;
  const char* iso;  // nullptr: no date expected
};

std::string found(const char* text, const std::optional<std::string>& now = std::nullopt) {
  auto d = find_date(text, now);
  return d ? d->iso : std::string("(none)");
}

TEST(Dates, GregorianMonthNamesInEveryRegionalNaming) {
  const Case cases[] = {
      {"23 يناير 2024", "2024-01-23"},
      {"5 فبراير 2021", "2021-02-05"},
      {"الثلاثاء 23 يوليو 2024", "2024-07-23"},
      {"يوليو 23, 2024", "2024-07-23"},
      {"1 كانون الثاني 2019", "2019-01-01"},
      {"1 كانون 2 2019", "2019-01-01"},
      {"3 كانون 1 2019", "2019-12-03"},
      {"10 تشرين الأول 2018", "2018-10-10"},
      {"7 تشرين 2 2018", "2018-11-07"},
      {"4 شباط 2020", "2020-02-04"},
      {"9 آذار 2020", "2020-03-09"},
      {"14 نيسان 2020", "2020-04-14"},
      {"9 أيار 2020", "2020-05-09"},
      {"30 حزيران 2020", "2020-06-30"},
      {"1 تموز 2020", "2020-07-01"},
      {"15 آب 2020", "2020-08-15"},
      {"28 أيلول 2016", "2016-09-28"},
      {"12 جانفي 2017", "2017-01-12"},
      {"3 فيفري 2017", "2017-02-03"},
      {"8 أفريل 2017", "2017-04-08"},
      {"8 ماي 2017", "2017-05-08"},
      {"21 جوان 2017", "2017-06-21"},
      {"14 جويلية 2017", "2017-07-14"},
      {"20 أوت 2017", "2017-08-20"},
      {"30 يوليوز 2019", "2019-07-30"},
      {"14 غشت 2019", "2019-08-14"},
      {"2 شتنبر 2019", "2019-09-02"},
      {"6 نونبر 2019", "2019-11-06"},
      {"31 دجنبر 2019", "2019-12-31"},
      {"2 أكتوبر/ تشرين الأول 2018", "2018-10-02"},
      {"24 يونيو/حزيران 2024", "2024-06-24"},
      {"2 نيسان/ إبريل 2024", "2024-04-02"},
      {"الخميس، 21 أغسطس 2014", "2014-08-21"},
      {"٢٣ يوليو ٢٠٢٤", "2024-07-23"},
      {"التاريخ: 10 ديسمبر 2012", "2012-12-10"},
  };
  for (const auto& c : cases) EXPECT_EQ(found(c.text), c.iso) << c.text;
}

TEST(Dates, NumericFormsAreDayFirst) {
  const Case cases[] = {
      {"2024-07-23", "2024-07-23"},
      {"23/07/2024", "2024-07-23"},
      {"03/12/2016", "2016-12-03"},
      {"23-07-2024", "2024-07-23"},
      {"2024/07/23", "2024-07-23"},
      {"٢٣/٠٧/٢٠٢٤", "2024-07-23"},
      {"31/02/2024", nullptr},
      {"29/02/2024", "2024-02-29"},
      {"29/02/2023", nullptr},
  };
  for (const auto& c : cases) EXPECT_EQ(found(c.text), c.iso ? c.iso : "(none)") << c.text;
}

TEST(Dates, TimesAndZones) {
  const Case cases[] = {
      {"2024-07-23 10:30", "2024-07-23T10:30"},
      {"23 يوليو 2024 - 10:30 م", "2024-07-23T22:30"},
      {"23 يوليو 2024 الساعة 09:15 ص", "2024-07-23T09:15"},
      {"23 يوليو 2024 12:05 ص", "2024-07-23T00:05"},
      {"23 يوليو 2024 10:30 GMT+3", "2024-07-23T10:30+03:00"},
      {"Sun, 11 Mar 2018 12:16:13 +0400", "2018-03-11T12:16:13+04:00"},
      {"Sat, 31 Mar 2018 00:07:37 GMT", "2018-03-31T00:07:37+00:00"},
      {"2015-07-22 00:05:53", "2015-07-22T00:05:53"},
      {"2018-03-11T12:16:13Z", "2018-03-11T12:16:13+00:00"},
      {"2024-07-23T10:00:00+03:00", "2024-07-23T10:00:00+03:00"},
  };
  for (const auto& c : cases) EXPECT_EQ(found(c.text), c.iso) << c.text;
}

TEST(Dates, HijriConvertsWithUmmAlQura) {
  EXPECT_EQ(found("السبت 15 رجب 1442هـ 27 فبراير 2021م"), "2021-02-27");
  EXPECT_EQ(found("15 رجب 1442هـ"), "2021-02-27");
  // Numeric dates with a Hijri year, with or without "ه" (arabic-newspapers-cp1256 has both).
  EXPECT_EQ(found("بتاريخ 19-3-1433 ه"), hijri_to_gregorian(1433, 3, 19));
  EXPECT_EQ(found("19-3-1433"), "2012-02-11");
  EXPECT_EQ(found("07-03-1433 02:08 AM").substr(0, 10), *hijri_to_gregorian(1433, 3, 7));
  EXPECT_EQ(found("1 رمضان 1445 هـ"), "2024-03-11");
  EXPECT_EQ(found("10 ذو الحجة 1444هـ"), "2023-06-28");
  EXPECT_EQ(hijri_to_gregorian(1442, 7, 15), "2021-02-27");
  auto d = find_date("السبت 15 رجب 1442هـ 27 فبراير 2021م آخر");
  ASSERT_TRUE(d);
  EXPECT_EQ(std::string("السبت 15 رجب 1442هـ 27 فبراير 2021م آخر").substr(d->begin, d->end - d->begin),
            "15 رجب 1442هـ 27 فبراير 2021م");
}

TEST(Dates, RelativeDatesNeedAReferenceTime) {
  EXPECT_EQ(found("منذ 3 ساعات"), "(none)");
  EXPECT_TRUE(has_relative_date("منذ 3 ساعات"));
  EXPECT_TRUE(has_relative_date("أمس"));
  EXPECT_FALSE(has_relative_date("قبل الاجتماع"));
  const std::optional<std::string> now = "2024-07-23T10:00:00+03:00";
  EXPECT_EQ(found("منذ 3 ساعات", now), "2024-07-23T07:00+03:00");
  EXPECT_EQ(found("منذ 12 ساعة", now), "2024-07-22T22:00+03:00");
  EXPECT_EQ(found("أمس", now), "2024-07-22");
  EXPECT_EQ(found("منذ يومين", now), "2024-07-21");
  EXPECT_EQ(found("قبل 3 أيام", std::optional<std::string>("2024-03-01")), "2024-02-27");
  auto d = find_date("نشر منذ 5 دقائق", now);
  ASSERT_TRUE(d);
  EXPECT_TRUE(d->relative);
}

TEST(Dates, OffsetsPointIntoTheInput) {
  std::string text = "يوليو 23, 2024آخر تحديث: يوليو 23, 2024";
  auto d = find_date(text);
  ASSERT_TRUE(d);
  EXPECT_EQ(text.substr(d->begin, d->end - d->begin), "يوليو 23, 2024");
  auto d2 = find_date(std::string_view(text).substr(d->end));
  ASSERT_TRUE(d2);
  EXPECT_EQ(d2->iso, "2024-07-23");
}

TEST(Dates, StructuredFields) {
  EXPECT_EQ(parse_date_field("Sun, 11 Mar 2018 12:16:13 +0400"), "2018-03-11T12:16:13+04:00");
  EXPECT_EQ(parse_date_field("2015-07-22 00:05:53"), "2015-07-22T00:05:53");
  EXPECT_EQ(parse_date_field("03/12/2016"), "2016-12-03");
  EXPECT_EQ(parse_date_field("2018-10-03T09:51:05Z"), "2018-10-03T09:51:05+00:00");
  EXPECT_EQ(parse_date_field("لا تاريخ"), std::nullopt);
  EXPECT_EQ(parse_date_field(""), std::nullopt);
}

TEST(Dates, NotDates) {
  for (const char* t : {"قتل 23 شخصا في 2024", "الساعة 10:30", "رقم 12/34", "في عام 1442", "45936 مواطن"})
    EXPECT_EQ(found(t), "(none)") << t;
}

}  // namespace
}  // namespace akhbar
