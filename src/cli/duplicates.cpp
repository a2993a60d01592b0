// `akhbar duplicates`: the near-duplicate pairs the archive linked (same story, small edits).
#include "cli/command.h"
#include "cli/common.h"
#include "cli/output.h"

namespace akhbar::cli {
namespace {

class DuplicatesCommand : public Command {
 public:
  void setup(CLI::App& app) override {
    add_db_option(app, m_db);
    m_filters.add_to(app, -1);
    m_output.add_to(app);
    app.footer(
        "Columns: id a, id b, distance (SimHash bits that differ), title a, title b. Exact "
        "duplicates are stored once and counted by `akhbar stats`.");
  }

  int run() override {
    Filters filters = m_filters.finish();
    Archive archive = open_archive(m_db, OpenMode::read_only);
    auto pairs = unwrap(archive.duplicates(filters));
    OutputMode mode = m_output.mode();
    if (mode == OutputMode::json) {
      for (const auto& p : pairs) print_json_line(stdout, duplicate_json(p));
    } else {
      Table table(
          {{"A", true}, {"B", true}, {"DIST", true}, {"TITLE A", false, true}, {"TITLE B", false, true}});
      for (const auto& p : pairs)
        table.add({std::to_string(p.a), std::to_string(p.b), std::to_string(p.distance),
                   p.title_a.value_or(""), p.title_b.value_or("")});
      table.print(stdout, mode, Style{m_output.use_color()});
    }
    std::fflush(stdout);
    return exit_ok;
  }

 private:
  std::string m_db;
  FilterOptions m_filters;
  OutputOptions m_output;
};

const Registration registration("duplicates", "List near-duplicate articles (republished with small edits)",
                                65, [] { return std::make_unique<DuplicatesCommand>(); });

}  // namespace
}  // namespace akhbar::cli
