// `akhbar parse`: inputs → one JSON record per article on stdout (or --explain's line labels).
#include <akhbar/pipeline.h>

#include "cli/command.h"
#include "cli/common.h"
#include "cli/templates.h"

namespace akhbar::cli {
namespace {

class ParseCommand : public Command {
 public:
  void setup(CLI::App& app) override {
    m_inputs.add_to(app);
    m_segment.add_to(app);
    m_templates.add_to(app);
    app.add_option("--db", m_db,
                   "Also remove the template lines this archive's sites are known for (read only)");
    app.add_option("-j,--jobs", m_jobs, "Parser threads (0: one per core); output stays in input order")
        ->capture_default_str()
        ->check(CLI::Range(0, 256));
    app.add_flag("--explain", m_explain,
                 "Print every input line with its label and the rule that decided it, then the passes "
                 "that changed something and the rule that filled each field");
    app.add_option("--digits", m_digits, "Digits in the display form: keep or ascii")
        ->capture_default_str()
        ->check(CLI::IsMember({"keep", "ascii"}));
    app.add_flag("-q,--quiet", m_quiet, "Do not print warnings (errors are still printed)");
    m_report.add_to(app);
    app.footer(
        "Prints one JSON object per line (schema: docs/article.schema.json). Lines that recur on many pages "
        "of a\n"
        "site (--site-key) are removed as template: learned from the inputs in a first pass, and from --db "
        "when\n"
        "given. Writes to no archive.");
  }

  int run() override {
    Reporter reporter("parse", m_report.display(m_quiet));
    m_report.open_log(reporter);
    m_inputs.finish();
    SiteStats site_stats;
    if (!m_db.empty()) {
      Archive archive = open_archive(m_db, OpenMode::read_only);
      auto known = archive.site_stats(template_min_docs);
      if (!known) throw Failure(known.error().str());
      site_stats = std::move(*known);
    }
    Preloaded preloaded(template_pass_keep_bytes);
    add_site_stats(site_stats, m_templates.learn(m_inputs.paths, m_inputs.load, {}, &preloaded));
    Segmenter segmenter = m_segment.make(TemplateModel::build(site_stats, m_templates.how()));
    PipelineOptions options;
    options.load = m_inputs.load;
    options.jobs = m_jobs;
    options.explain = m_explain;
    options.preloaded = &preloaded;
    options.normalize.digits = m_digits == "ascii" ? Digits::ascii : Digits::keep;
    // The JSON line (or the --explain listing) is made on the worker thread; this thread only
    // prints warnings and writes, in input order.
    auto stats = run_pipeline(
        m_inputs.paths, options, segmenter,
        [&](Parsed& p, const Normalizer&) {
          std::string out;
          if (m_explain) {
            explain(p, out);
          } else {
            out = to_json_line(p.article);
            out += '\n';
          }
          return out;
        },
        [&](Parsed&& p, std::string&& out) {
          report_warnings(p.doc, p.article, reporter);
          write_out(stdout, out);
        },
        std::ref(reporter));
    std::fflush(stdout);
    m_report.finish(reporter);
    return stats.failed || reporter.errors() ? exit_failed : exit_ok;
  }

 private:
  static void explain(const Parsed& p, std::string& out) {
    out += "# " + p.doc.input.path + " record " + std::to_string(p.doc.input.record) + " (" +
           p.doc.input.encoding + ")\n";
    // A record of parse's own output has nothing to explain: it was not segmented.
    if (p.doc.article)
      out += "# an " + std::string(article_schema_id) + " record of " + p.doc.article->input.path +
             " record " + std::to_string(p.doc.article->input.record) + ": kept as it is, not segmented\n";
    // An HTML page first says how its text was chosen: "# html\tkept|dropped|title|...\tWHERE\tWHY".
    for (const auto& e : p.doc.extraction) out += "# html\t" + e + "\n";
    for (const auto& t : p.trace) {
      out += std::to_string(t.line) + "\t" + t.label + "\t" + t.rule + "\t" + t.text + "\n";
    }
    // Then the chain as a whole: the passes that changed something, and where each field came from.
    for (const auto& pass : p.summary.passes) {
      out += "# pass " + pass.name + ": changed";
      for (std::size_t i = 0; i < pass.rules.size(); ++i) out += (i ? ", " : " (") + pass.rules[i];
      out += pass.rules.empty() ? "\n" : ")\n";
    }
    for (const auto& f : p.summary.fields) {
      out += "# field " + f.field + " = \"" + f.value + "\" by " + f.rule;
      out += f.line ? " (line " + std::to_string(f.line) + ")\n" : "\n";
    }
  }

  InputOptions m_inputs;
  SegmentFlags m_segment;
  TemplateFlags m_templates;
  std::string m_db;
  ReportFlags m_report;
  unsigned m_jobs = 1;
  bool m_explain = false;
  bool m_quiet = false;
  std::string m_digits = "keep";
};

const Registration registration("parse", "Parse articles and print one JSON record per line", 10,
                                [] { return std::make_unique<ParseCommand>(); });

}  // namespace
}  // namespace akhbar::cli
