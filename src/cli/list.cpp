// `akhbar list`: archived articles, newest first, with the filters of search and export.
#include "cli/command.h"
#include "cli/common.h"
#include "cli/output.h"

namespace akhbar::cli {
namespace {

class ListCommand : public Command {
 public:
  void setup(CLI::App& app) override {
    add_dbs_option(app, m_dbs);
    m_filters.add_to(app, 50);
    m_output.add_to(app);
    app.footer(
        "Columns: id, published, source, title (and url in tsv and json). Newest first; "
        "articles with no date come last.");
  }

  int run() override {
    Filters filters = m_filters.finish();
    auto archives = open_archives(m_dbs);
    // Several archives: newest first over all of them, as one archive orders its articles.
    auto rows = query_all(
        archives, filters, [](Archive& a, const Filters& f) { return a.list(f); },
        [](const Summary& a, const Summary& b) {
          if (a.published.has_value() != b.published.has_value()) return a.published.has_value();
          return a.published && *a.published > *b.published;
        });
    print(rows);
    return exit_ok;
  }

 private:
  void print(const std::vector<Tagged>& rows) const {
    OutputMode mode = m_output.mode();
    bool several = m_dbs.size() > 1;
    if (mode == OutputMode::json) {
      for (const auto& t : rows) {
        auto j = summary_json(t.summary);
        if (several) j["db"] = m_dbs[t.db];
        print_json_line(stdout, j);
      }
    } else {
      Table table = summary_table();
      for (const auto& t : rows) add_summary(table, t.summary);
      table.print(stdout, mode, Style{m_output.use_color()});
    }
    std::fflush(stdout);
  }

  std::vector<std::string> m_dbs;
  FilterOptions m_filters;
  OutputOptions m_output;
};

const Registration registration("list", "List archived articles, newest first", 45,
                                [] { return std::make_unique<ListCommand>(); });

}  // namespace
}  // namespace akhbar::cli
