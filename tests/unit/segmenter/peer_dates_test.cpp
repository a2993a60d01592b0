// dateparser's own Arabic cases (../shared/peer-suites/dateparser-ar.tsv) read as a test of
// akhbar's date API: every row that asserts a date must give that date, bare and on a labelled
// date line of an article, unless it is one of the few differences kept on purpose (below).
#include <akhbar/dates.h>
#include <akhbar/normalizer.h>
#include <akhbar/segmenter.h>
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace akhbar {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono;

// The fixed reference time: early in the day and at a month's end, so that hours cross into the
// day before and months are cut to a shorter month (March 31 minus a month is February 29).
constexpr int kNowYear = 2024, kNowMonth = 3, kNowDay = 31, kNowHour = 1, kNowMinute = 30;
const char* const kNow = "2024-03-31T01:30:00+03:00";

// Where akhbar differs from dateparser on purpose: the input, what akhbar gives instead (the
// empty string: no date) and why. docs/segmenter.md "Differences from dateparser" lists them.
struct Difference {
  const char* input;
  const char* akhbar;
  const char* reason;
};
const Difference kDifferences[] = {
    // The TSV skips it too ("no day"): a count of years alone, with no منذ/قبل, is how long
    // something lasted ("مدة العقد: 4 عام"), and names no day to publish on.
    {"4 عام", "", "a bare span of years names no day"},
    // The TSV skips them too: dateparser's HijriCalendar API names the calendar and century;
    // akhbar's caller names neither, and a two-digit year is not read.
    {"30-02-33", "", "a two-digit year, no calendar named"},
    {"10-03-90", "", "a two-digit year, no calendar named"},
};

struct Row {
  std::string where, input, expect;
};

fs::path suite_path() { return fs::path(AKHBAR_CORPUS) / ".." / "peer-suites" / "dateparser-ar.tsv"; }

std::vector<Row> read_rows(const fs::path& path) {
  std::vector<Row> rows;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;  // the header and the source notes
    std::vector<std::string> cols;
    std::stringstream s(line);
    for (std::string c; std::getline(s, c, '\t');) cols.push_back(c);
    if (cols.size() >= 3) rows.push_back({cols[0], cols[1], cols[2]});
  }
  return rows;
}

std::string iso_day(const year_month_day& d) {
  char b[16];
  std::snprintf(b, sizeof b, "%04d-%02u-%02u", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                static_cast<unsigned>(d.day()));
  return b;
}

// "ago:years=1,months=1,days=2" → the day of kNow minus that: years and months calendar-wise
// (cut to the month's last day, as dateparser's relativedelta and ICU do), then weeks, days,
// hours and minutes as a span of time.
std::string day_ago(const std::string& spec) {
  std::map<std::string, int> ago;
  std::stringstream s(spec.substr(4));
  for (std::string part; std::getline(s, part, ',');) {
    auto eq = part.find('=');
    ago[part.substr(0, eq)] = std::stoi(part.substr(eq + 1));
  }
  year_month_day d{year{kNowYear}, month{static_cast<unsigned>(kNowMonth)},
                   day{static_cast<unsigned>(kNowDay)}};
  d = d - years{ago["years"]} - months{ago["months"]};
  if (!d.ok()) d = year_month_day_last{d.year(), month_day_last{d.month()}};
  sys_time<minutes> t = sys_days{d} + hours{kNowHour} + minutes{kNowMinute};
  t -= days{7 * ago["weeks"] + ago["days"]} + hours{ago["hours"]} + minutes{ago["minutes"]};
  return iso_day(year_month_day{floor<days>(t)});
}

std::string expected_day(const Row& r) {
  return r.expect.rfind("ago:", 0) == 0 ? day_ago(r.expect) : r.expect;
}

const Difference* difference(const std::string& input) {
  for (const auto& d : kDifferences)
    if (input == d.input) return &d;
  return nullptr;
}

class PeerDates : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fs::exists(suite_path())) GTEST_SKIP() << "no shared peer-suites at " << suite_path().string();
    rows = read_rows(suite_path());
    ASSERT_GE(rows.size(), 20u) << "the suite lost its rows";
  }
  Article parse(const std::string& text) {
    SegmentOptions o;
    o.now = kNow;
    auto seg = Segmenter::create(o);
    EXPECT_TRUE(seg);
    Document doc;
    doc.input.path = "test.txt";
    doc.format = "text";
    doc.text = text;
    return seg->segment(doc, normalizer, nullptr);
  }
  std::vector<Row> rows;
  Normalizer normalizer;
};

const char* const kTitle = "وزير الخارجية: المحادثات مستمرة";
const char* const kLead =
    "قال وزير الخارجية إن المحادثات مستمرة بين الجانبين حتى نهاية الأسبوع المقبل في العاصمة.";
const char* const kPara = "وأضاف أن الوفدين سيلتقيان مجددا في العاصمة لبحث الملفات العالقة بينهما خلال أيام.";

TEST_F(PeerDates, EveryRowGivesDateparsersDay) {
  int checked = 0;
  for (const auto& r : rows) {
    const Difference* diff = difference(r.input);
    if (r.expect.rfind("skip:", 0) == 0 && !diff) continue;
    auto d = find_date(r.input, std::string(kNow));
    std::string got = d ? d->iso.substr(0, 10) : "";
    if (diff) {
      EXPECT_EQ(got, diff->akhbar) << r.where << ": " << r.input
                                   << " (a documented difference: " << diff->reason << ")";
      continue;
    }
    ++checked;
    EXPECT_EQ(got, expected_day(r)) << r.where << ": " << r.input;
    // The match runs to the end of the expression: nothing of it is left over (dateparser's
    // search also returns the "في" before "29 يوليو 1938"; akhbar's match is the date alone).
    if (d) {
      EXPECT_EQ(d->end, r.input.size()) << r.input << " matched only " << r.input.substr(0, d->end);
    }
  }
  EXPECT_GE(checked, 20);
}

// As articles carry them: on a date line under the title, after a label.
TEST_F(PeerDates, EveryRowOnALabelledDateLine) {
  for (const auto& r : rows) {
    if (r.expect.rfind("skip:", 0) == 0 || difference(r.input)) continue;
    std::vector<std::string> lines = {"تاريخ النشر: " + r.input};
    if (r.input.rfind("منذ", 0) == 0 || r.input.rfind("في", 0) == 0) lines.push_back("نشر " + r.input);
    if (r.expect.rfind("ago:", 0) == 0) lines.push_back("آخر تحديث: " + r.input);
    for (const auto& line : lines) {
      Article a = parse(std::string(kTitle) + "\n" + line + "\n" + kLead + "\n" + kPara + "\n");
      std::optional<std::string>& field = line.rfind("آخر تحديث", 0) == 0 ? a.updated : a.published;
      EXPECT_EQ(field ? field->substr(0, 10) : "", expected_day(r)) << r.where << ": " << line;
      EXPECT_EQ(a.body.size(), 2u) << line;
    }
  }
}

// A relative expression inside a sentence is prose: it never dates the article.
TEST_F(PeerDates, RelativeRowsInRunningTextAreNotTheDate) {
  for (const auto& r : rows) {
    if (r.expect.rfind("ago:", 0) != 0) continue;
    std::string sentence = "وقال المتحدث إن الوفد وصل " + r.input + " إلى العاصمة لبحث الملفات العالقة.";
    Article a = parse(std::string(kTitle) + "\n" + kLead + "\n" + sentence + "\n" + kPara + "\n");
    EXPECT_EQ(a.published, std::nullopt) << sentence;
    EXPECT_FALSE(has_relative_date(sentence)) << sentence;
  }
}

}  // namespace
}  // namespace akhbar
