// `akhbar sources`: every source in the archive with its number of articles, most first.
#include "cli/command.h"
#include "cli/common.h"
#include "cli/output.h"

namespace akhbar::cli {
namespace {

class SourcesCommand : public Command {
 public:
  void setup(CLI::App& app) override {
    add_db_option(app, m_db);
    m_output.add_to(app);
    app.footer("Columns: source, articles. The names are those --source takes.");
  }

  int run() override {
    Archive archive = open_archive(m_db, OpenMode::read_only);
    auto rows = unwrap(archive.sources());
    OutputMode mode = m_output.mode();
    if (mode == OutputMode::json) {
      for (const auto& [name, count] : rows) print_json_line(stdout, source_json(name, count));
    } else {
      Table table({{"SOURCE", false, true}, {"ARTICLES", true}});
      for (const auto& [name, count] : rows)
        table.add({mode == OutputMode::table && name.empty() ? "(none)" : name,
                   mode == OutputMode::table ? group_digits(count) : std::to_string(count)});
      table.print(stdout, mode, Style{m_output.use_color()});
    }
    std::fflush(stdout);
    return exit_ok;
  }

 private:
  std::string m_db;
  OutputOptions m_output;
};

const Registration registration("sources", "List the archive's sources with their article counts", 55,
                                [] { return std::make_unique<SourcesCommand>(); });

}  // namespace
}  // namespace akhbar::cli
