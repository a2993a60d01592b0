// `akhbar list`: archived articles, newest first, with the filters of search and export.
#include "cli/command.h"
#include "cli/common.h"
#include "cli/output.h"

namespace akhbar::cli {
namespace {

class ListCommand : public Command {
 public:
  void setup(CLI::App& app) override {
    add_db_option(app, m_db);
    m_filters.add_to(app, 50);
    m_output.add_to(app);
    app.footer(
        "Columns: id, published, source, title (and url in tsv and json). Newest first; "
        "articles with no date come last.");
  }

  int run() override {
    Filters filters = m_filters.finish();
    Archive archive = open_archive(m_db, OpenMode::read_only);
    auto rows = unwrap(archive.list(filters));
    print(rows);
    return exit_ok;
  }

 private:
  void print(const std::vector<Summary>& rows) const {
    OutputMode mode = m_output.mode();
    if (mode == OutputMode::json) {
      for (const auto& s : rows) print_json_line(stdout, summary_json(s));
    } else {
      Table table = summary_table();
      for (const auto& s : rows) add_summary(table, s);
      table.print(stdout, mode, Style{m_output.use_color()});
    }
    std::fflush(stdout);
  }

  std::string m_db;
  FilterOptions m_filters;
  OutputOptions m_output;
};

const Registration registration("list", "List archived articles, newest first", 45,
                                [] { return std::make_unique<ListCommand>(); });

}  // namespace
}  // namespace akhbar::cli
