// `akhbar stats`: what the archive holds: articles, inputs, words, duplicates, date range, and
// articles per source and per month.
#include <algorithm>

#include "cli/command.h"
#include "cli/common.h"
#include "cli/output.h"

namespace akhbar::cli {
namespace {

class StatsCommand : public Command {
 public:
  void setup(CLI::App& app) override {
    add_dbs_option(app, m_dbs);
    m_output.add_to(app);
    app.footer(
        "tsv: one fact a line: articles, inputs, words, duplicates, near_duplicates, first_date, "
        "last_date (KEY<TAB>VALUE), then source<TAB>NAME<TAB>N and month<TAB>YYYY-MM<TAB>N lines.");
  }

  int run() override {
    Stats s;
    for (auto& archive : open_archives(m_dbs)) add(s, unwrap(archive.stats()));
    OutputMode mode = m_output.mode();
    if (mode == OutputMode::json)
      print_json_line(stdout, stats_json(s));
    else if (mode == OutputMode::tsv)
      print_tsv(s);
    else
      print_table(s);
    std::fflush(stdout);
    return exit_ok;
  }

 private:
  static void print_tsv(const Stats& s) {
    Table facts({{"KEY"}, {"VALUE"}});
    facts.add({"articles", std::to_string(s.articles)});
    facts.add({"inputs", std::to_string(s.inputs)});
    facts.add({"words", std::to_string(s.words)});
    facts.add({"duplicates", std::to_string(s.duplicates)});
    facts.add({"near_duplicates", std::to_string(s.near_duplicates)});
    facts.add({"first_date", s.first_date.value_or("")});
    facts.add({"last_date", s.last_date.value_or("")});
    facts.print(stdout, OutputMode::tsv, Style{});
    Table groups({{"KIND"}, {"NAME"}, {"ARTICLES"}});
    for (const auto& [name, n] : s.per_source) groups.add({"source", name, std::to_string(n)});
    for (const auto& [month, n] : s.per_month) groups.add({"month", month, std::to_string(n)});
    groups.print(stdout, OutputMode::tsv, Style{});
  }

  void print_table(const Stats& s) const {
    Style style{m_output.use_color()};
    // Numbers right-aligned among themselves, dates left-aligned after them.
    std::vector<std::pair<const char*, std::string>> numbers = {
        {"Articles", group_digits(s.articles)},
        {"Inputs", group_digits(s.inputs)},
        {"Words", group_digits(s.words)},
        {"Exact duplicates", group_digits(s.duplicates)},
        {"Near-duplicate pairs", group_digits(s.near_duplicates)}};
    std::size_t width = 0;
    for (const auto& [label, n] : numbers) width = std::max(width, n.size());
    Table facts({{""}, {""}});
    facts.hide_header();
    for (const auto& [label, n] : numbers) facts.add({label, std::string(width - n.size(), ' ') + n});
    facts.add({"First date", s.first_date.value_or("—")});
    facts.add({"Last date", s.last_date.value_or("—")});
    facts.print(stdout, OutputMode::table, style);
    if (!s.per_source.empty()) {
      write_out(stdout, "\n");
      Table sources({{"SOURCE", false, true}, {"ARTICLES", true}});
      for (const auto& [name, n] : s.per_source)
        sources.add({name.empty() ? "(none)" : name, group_digits(n)});
      sources.print(stdout, OutputMode::table, style);
    }
    if (!s.per_month.empty()) {
      write_out(stdout, "\n");
      Table months({{"MONTH"}, {"ARTICLES", true}});
      for (const auto& [month, n] : s.per_month) months.add({month, group_digits(n)});
      months.print(stdout, OutputMode::table, style);
    }
  }

  // Adds one archive's figures to `s` (several --db: the counts are summed; an article in two
  // archives is counted twice, as it is stored twice until they are merged).
  static void add(Stats& s, const Stats& t) {
    s.articles += t.articles;
    s.inputs += t.inputs;
    s.words += t.words;
    s.duplicates += t.duplicates;
    s.near_duplicates += t.near_duplicates;
    if (t.first_date && (!s.first_date || *t.first_date < *s.first_date)) s.first_date = t.first_date;
    if (t.last_date && (!s.last_date || *t.last_date > *s.last_date)) s.last_date = t.last_date;
    auto sum = [](std::vector<std::pair<std::string, std::int64_t>>& into,
                  const std::vector<std::pair<std::string, std::int64_t>>& from) {
      for (const auto& [name, n] : from) {
        auto it = std::find_if(into.begin(), into.end(), [&](const auto& e) { return e.first == name; });
        if (it == into.end())
          into.emplace_back(name, n);
        else
          it->second += n;
      }
    };
    sum(s.per_source, t.per_source);
    sum(s.per_month, t.per_month);
    // The same orders as one archive's: most articles first (then by name), months ascending.
    std::sort(s.per_source.begin(), s.per_source.end(), [](const auto& a, const auto& b) {
      return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    std::sort(s.per_month.begin(), s.per_month.end());
  }

  std::vector<std::string> m_dbs;
  OutputOptions m_output;
};

const Registration registration("stats",
                                "Summarise the archive: articles per source and month, words, duplicates", 50,
                                [] { return std::make_unique<StatsCommand>(); });

}  // namespace
}  // namespace akhbar::cli
