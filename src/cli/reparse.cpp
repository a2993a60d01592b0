// `akhbar reparse`: re-segments every stored raw copy with this build's parser, in one transaction.
#include <akhbar/loader.h>
#include <akhbar/normalizer.h>

#include "cli/command.h"
#include "cli/common.h"
#include "cli/templates.h"

namespace akhbar::cli {
namespace {

class ReparseCommand : public Command {
 public:
  void setup(CLI::App& app) override {
    add_db_option(app, m_db);
    m_segment.add_to(app);
    m_templates.add_to(app);
    app.add_flag("-q,--quiet", m_quiet, "No warnings or summary (errors are still printed)");
    m_report.add_to(app);
    app.footer(
        "Rebuilds articles, blocks, links, read-also articles, the search index and the duplicate pairs "
        "from\n"
        "the raw copies kept in the archive, without the original files. Article ids stay the same "
        "(read-also\n"
        "articles get new ones). All or nothing: an interrupted reparse leaves the archive as it was.");
  }

  int run() override {
    Reporter reporter("reparse", m_report.display(m_quiet));
    m_report.open_log(reporter);
    Archive archive = open_archive(m_db, OpenMode::read_write);
    // The stored inputs' site templates come from the archive's counts (kept by ingest and merge).
    auto site_stats = archive.site_stats(template_min_docs);
    if (!site_stats) throw Failure(site_stats.error().str());
    Segmenter segmenter = m_segment.make(TemplateModel::build(*site_stats, m_templates.how()));
    Normalizer normalizer;
    auto stats = archive.reparse([&](Document& doc) -> std::optional<Article> {
      if (doc.text.empty() && !doc.raw.empty()) {
        // Plain-text inputs keep only their raw bytes: decode them as the loader did.
        Decoded d =
            decode(doc.raw, doc.input.encoding.empty() ? std::nullopt
                                                       : std::optional<std::string>(doc.input.encoding));
        doc.text = std::move(d.text);
      }
      try {
        Article article = segmenter.segment(doc, normalizer);
        report_warnings(doc, article, reporter);
        return article;
      } catch (const std::exception& e) {
        reporter({Severity::error,
                  kind::parse_failed,
                  {doc.input.path},
                  std::string("could not parse this record: ") + e.what() + " (kept as it was)"});
        return std::nullopt;
      }
    });
    if (!stats) {
      reporter.close_log();
      throw Failure(stats.error().str());
    }
    if (!m_quiet)
      std::fprintf(stderr,
                   "reparse: %lld inputs re-segmented, %lld articles changed, %lld kept (no raw copy), %lld "
                   "read-also articles\n",
                   static_cast<long long>(stats->inputs), static_cast<long long>(stats->changed),
                   static_cast<long long>(stats->kept), static_cast<long long>(stats->children));
    m_report.finish(reporter);
    return reporter.errors() ? exit_failed : exit_ok;
  }

 private:
  std::string m_db;
  SegmentFlags m_segment;
  TemplateFlags m_templates;
  ReportFlags m_report;
  bool m_quiet = false;
};

const Registration registration("reparse", "Re-segment the archive's raw copies with this version's parser",
                                80, [] { return std::make_unique<ReparseCommand>(); });

}  // namespace
}  // namespace akhbar::cli
