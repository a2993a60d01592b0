// `akhbar related ID`: the archived articles that ID's read-also and related items point to, and
// those whose items point to ID.
#include "cli/command.h"
#include "cli/common.h"
#include "cli/output.h"

namespace akhbar::cli {
namespace {

class RelatedCommand : public Command {
 public:
  void setup(CLI::App& app) override {
    app.add_option("id", m_id, "The article's id")->required();
    add_db_option(app, m_db);
    m_output.add_to(app);
    app.footer("Columns: id, published, source, title (and url in tsv and json).");
  }

  int run() override {
    std::int64_t id = parse_article_id(m_id);
    Archive archive = open_archive(m_db, OpenMode::read_only);
    if (!unwrap(archive.get(id))) throw Failure("no article with id " + std::to_string(id));
    auto rows = unwrap(archive.related(id));
    OutputMode mode = m_output.mode();
    if (mode == OutputMode::json) {
      for (const auto& s : rows) print_json_line(stdout, summary_json(s));
    } else {
      Table table = summary_table();
      for (const auto& s : rows) add_summary(table, s);
      table.print(stdout, mode, Style{m_output.use_color()});
    }
    std::fflush(stdout);
    return exit_ok;
  }

 private:
  std::string m_id, m_db;
  OutputOptions m_output;
};

const Registration registration("related", "List the archived articles related to one article", 60,
                                [] { return std::make_unique<RelatedCommand>(); });

}  // namespace
}  // namespace akhbar::cli
