// The CLI's Reporter: every error shown, the first few warnings of each kind shown and the rest
// counted, a summary line by kind, and every diagnostic in the JSON Lines log.
#include "cli/report.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

using namespace akhbar;
using namespace akhbar::cli;

namespace {

Diagnostic warning(const char* kind, const std::string& file, const std::string& message) {
  return {Severity::warning, kind, Location(file), message};
}

// A Reporter whose printed lines land in `out`.
struct Captured {
  std::vector<std::string> out;
  Reporter reporter;
  explicit Captured(WarningDisplay display = WarningDisplay::first_of_each_kind)
      : reporter("ingest", display, [this](std::string_view line) { out.emplace_back(line); }) {}
};

}  // namespace

TEST(Reporter, ShowsTheFirstOfEachKindAndCountsTheRest) {
  Captured c;
  for (int i = 0; i < 10; ++i)
    c.reporter(warning(kind::no_arabic_text, "f" + std::to_string(i) + ".txt", "no Arabic text"));
  for (int i = 0; i < 2; ++i) c.reporter(warning(kind::relative_date, "d.txt", "relative"));
  c.reporter({Severity::error, kind::binary_file, Location("x.bin"), "binary file, skipped"});
  ASSERT_EQ(Reporter::shown_per_kind, 3u);
  EXPECT_EQ(c.out, (std::vector<std::string>{
                       "akhbar: warning: f0.txt: no Arabic text\n",
                       "akhbar: warning: f1.txt: no Arabic text\n",
                       "akhbar: warning: f2.txt: no Arabic text\n",
                       "akhbar: warning: d.txt: relative\n",
                       "akhbar: warning: d.txt: relative\n",
                       "akhbar: error: x.bin: binary file, skipped\n",
                   }));
  EXPECT_EQ(c.reporter.warnings(), 12u);
  EXPECT_EQ(c.reporter.errors(), 1u);
  EXPECT_EQ(c.reporter.held_back(), 7u);
  EXPECT_EQ(c.reporter.warnings_by_kind(),
            (std::map<std::string, std::size_t>{{"no-arabic-text", 10}, {"relative-date", 2}}));
  EXPECT_EQ(c.reporter.errors_by_kind(), (std::map<std::string, std::size_t>{{"binary-file", 1}}));
  EXPECT_EQ(c.reporter.summary_line(),
            "ingest: warnings: 10 no-arabic-text, 2 relative-date (first 3 of each kind shown; all with "
            "--all-warnings or --log FILE)");
}

TEST(Reporter, ErrorsAreNeverHeldBack) {
  Captured c(WarningDisplay::none);
  for (int i = 0; i < 5; ++i) {
    c.reporter({Severity::error, kind::malformed_json, Location("a.jsonl"), "bad"});
    c.reporter(warning(kind::no_arabic_text, "a.jsonl", "no Arabic text"));
  }
  EXPECT_EQ(c.out.size(), 5u);
  for (const auto& line : c.out) EXPECT_EQ(line, "akhbar: error: a.jsonl: bad\n");
  EXPECT_EQ(c.reporter.warnings(), 5u);
  EXPECT_EQ(c.reporter.summary_line(), "");  // quiet: no summary either
}

TEST(Reporter, AllWarningsShowsEveryOneAndNeedsNoSummary) {
  Captured c(WarningDisplay::all);
  for (int i = 0; i < 5; ++i) c.reporter(warning(kind::no_arabic_text, "a.txt", "no Arabic text"));
  EXPECT_EQ(c.out.size(), 5u);
  EXPECT_EQ(c.reporter.held_back(), 0u);
  EXPECT_EQ(c.reporter.summary_line(), "");
}

TEST(Reporter, NoSummaryWhenNothingWasHeldBack) {
  Captured c;
  for (int i = 0; i < 3; ++i) c.reporter(warning(kind::no_arabic_text, "a.txt", "no Arabic text"));
  EXPECT_EQ(c.out.size(), 3u);
  EXPECT_EQ(c.reporter.summary_line(), "");
}

TEST(Reporter, TiesAreListedByName) {
  Captured c;
  for (int i = 0; i < 4; ++i) {
    c.reporter(warning(kind::relative_date, "a", "r"));
    c.reporter(warning(kind::empty_file, "a", "e"));
  }
  EXPECT_EQ(c.reporter.summary_line().substr(0, 47), "ingest: warnings: 4 empty-file, 4 relative-date");
}

TEST(Reporter, BeforePrintRunsOnlyWhenALineIsPrinted) {
  Captured c;
  int cleared = 0;
  c.reporter.before_print([&] { ++cleared; });
  for (int i = 0; i < 5; ++i) c.reporter(warning(kind::no_arabic_text, "a", "n"));
  EXPECT_EQ(cleared, 3);
}

TEST(Reporter, LogLineHasEveryFieldNullWhenUnknown) {
  Location where("dir/a.jsonl");
  where.record = 4;
  where.line = 7;
  Diagnostic d{Severity::error, kind::malformed_json, where, "malformed JSON record: x, skipped"};
  EXPECT_EQ(d.str(), "akhbar: error: dir/a.jsonl:7: malformed JSON record: x, skipped");
  EXPECT_EQ(
      Reporter::log_line(d),
      R"({"severity":"error","kind":"malformed-json","file":"dir/a.jsonl","record":4,"line":7,"byte":null,)"
      R"("message":"malformed JSON record: x, skipped"})");
  EXPECT_EQ(Reporter::log_line({Severity::error, kind::unknown_field, Location(), "--field: x"}),
            R"({"severity":"error","kind":"unknown-field","file":null,"record":null,"line":null,"byte":null,)"
            R"("message":"--field: x"})");
}

TEST(Reporter, LogKeepsEveryDiagnosticEvenWhenQuiet) {
  auto path = std::filesystem::temp_directory_path() /
              ("akhbar_report_test_" + std::to_string(::getpid()) + ".jsonl");
  {
    Captured c(WarningDisplay::none);
    ASSERT_TRUE(c.reporter.open_log(path.string()));
    for (int i = 0; i < 20; ++i)
      c.reporter(warning(kind::no_arabic_text, "f" + std::to_string(i), "no Arabic text"));
    c.reporter({Severity::error, kind::binary_file, Location("b"), "binary file, skipped"});
    EXPECT_TRUE(c.reporter.close_log());
    EXPECT_EQ(c.out.size(), 1u);
  }
  std::ifstream in(path);
  std::string line;
  std::size_t n = 0;
  while (std::getline(in, line)) {
    auto j = nlohmann::json::parse(line);
    EXPECT_EQ(j.size(), 7u);
    EXPECT_EQ(j["file"], n < 20 ? "f" + std::to_string(n) : "b");
    ++n;
  }
  EXPECT_EQ(n, 21u);
  std::filesystem::remove(path);
}

TEST(Reporter, LogThatCannotBeOpened) {
  Captured c;
  EXPECT_FALSE(c.reporter.open_log("/nonexistent-dir/x.jsonl"));
}

TEST(Location, RendersAsBefore) {
  Location l("p");
  EXPECT_EQ(l.str(), "p");
  l.record = 2;
  EXPECT_EQ(l.str(), "p:2");
  l.byte = 100;
  EXPECT_EQ(l.str(), "p: byte 100");
  l.line = 5;
  EXPECT_EQ(l.str(), "p:5");
  EXPECT_EQ(Location().str(), "");
}
