// `akhbar search QUERY`: full-text search over the archive, best first, with snippets.
#include "cli/command.h"
#include "cli/common.h"
#include "cli/output.h"

namespace akhbar::cli {
namespace {

class SearchCommand : public Command {
 public:
  void setup(CLI::App& app) override {
    app.add_option("query", m_query, "Words, \"a phrase\", a OR b, a NOT b (or -b), prefix*, (groups)")
        ->required();
    add_dbs_option(app, m_dbs);
    m_filters.add_to(app, 20);
    app.add_flag("--rank-all", m_rank_all,
                 "Rank all matches together; by default a query with more than " +
                     std::to_string(search_rank_window) + " matches ranks its newest " +
                     std::to_string(search_rank_window) + " first, then the older ones");
    m_output.add_to(app);
    app.footer(
        "Spelling variants meet: diacritics, hamza forms, ta marbuta, Arabic-Indic digits and common "
        "prefixes\n"
        "and suffixes are folded on both sides. Ranked by bm25 with the title weighted above the body.\n"
        "Snippets mark the matched words [like this]. Columns: id, published, source, title, snippet (tsv\n"
        "adds score and url).");
  }

  int run() override {
    // A malformed query is the user's typing: a usage error, reported before the archive is opened.
    if (auto q = Archive::check_query(m_query); !q) throw UsageError(q.error().str());
    Filters filters = m_filters.finish();
    filters.rank_all = m_rank_all;
    auto archives = open_archives(m_dbs);
    // Several archives: interleaved by bm25, each archive's score computed over its own articles.
    auto hits = query_all(
        archives, filters, [&](Archive& a, const Filters& f) { return a.search(m_query, f); },
        [](const Summary& a, const Summary& b) { return a.score < b.score; });
    print(hits);
    return exit_ok;
  }

 private:
  void print(const std::vector<Tagged>& hits) const {
    OutputMode mode = m_output.mode();
    Style style{m_output.use_color()};
    std::string out;
    bool several = m_dbs.size() > 1;
    if (mode == OutputMode::json) {
      for (const auto& t : hits) {
        auto j = search_hit_json(t.summary);
        if (several) j["db"] = m_dbs[t.db];
        print_json_line(stdout, j);
      }
    } else if (mode == OutputMode::tsv) {
      for (const auto& t : hits) {
        const Summary& s = t.summary;
        char score[32];
        std::snprintf(score, sizeof score, "%.3f", s.score);
        out += std::to_string(s.id) + "\t" + score + "\t" + clean_cell(s.published.value_or(""), false) +
               "\t" + clean_cell(s.source.value_or(""), false) + "\t" +
               clean_cell(s.title.value_or(""), false) + "\t" + clean_cell(s.url.value_or(""), false) + "\t" +
               clean_cell(s.snippet, false) + (several ? "\t" + clean_cell(m_dbs[t.db], false) : "") + "\n";
      }
    } else {
      for (const auto& t : hits) {
        const Summary& s = t.summary;
        std::string head = style.bold(std::to_string(s.id)) + "  " +
                           clean_cell(s.published.value_or("").substr(0, 10), true) + "  " +
                           style.cyan(clean_cell(s.source.value_or(""), true)) + "  " +
                           style.bold(clean_cell(s.title.value_or("(no title)"), true));
        out += head + "\n    " + highlight(clean_cell(s.snippet, true), style) + "\n";
      }
      if (hits.empty()) out += "no matches\n";
    }
    write_out(stdout, out);
    std::fflush(stdout);
  }

  // With colour, the [marks] become highlighting.
  static std::string highlight(const std::string& snippet, const Style& style) {
    if (!style.on) return snippet;
    std::string out;
    std::size_t i = 0;
    while (i < snippet.size()) {
      auto open = snippet.find(snippet_open, i);
      auto close = open == std::string::npos ? open : snippet.find(snippet_close, open + 1);
      if (close == std::string::npos) {
        out += snippet.substr(i);
        break;
      }
      out += snippet.substr(i, open - i);
      out += style.yellow(style.bold(snippet.substr(open + 1, close - open - 1)));
      i = close + 1;
    }
    return out;
  }

  std::string m_query;
  std::vector<std::string> m_dbs;
  FilterOptions m_filters;
  bool m_rank_all = false;
  OutputOptions m_output;
};

const Registration registration("search", "Full-text search of the archive, best matches first", 40,
                                [] { return std::make_unique<SearchCommand>(); });

}  // namespace
}  // namespace akhbar::cli
