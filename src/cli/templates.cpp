// Site templates on the command line (see templates.h and docs/segmenter.md, "Site templates").
#include "cli/templates.h"

namespace akhbar::cli {

void TemplateFlags::add_to(CLI::App& app) {
  app.add_option("--site-key", site_key,
                 "What makes a site for template lines: auto (URL host, else source field, else the "
                 "file's folder), host, source, folder, or none (no template removal)")
      ->capture_default_str()
      ->check(CLI::IsMember({"auto", "host", "source", "folder", "none"}));
}

SiteKey TemplateFlags::how() const { return parse_site_key(site_key).value_or(SiteKey::auto_detect); }

SiteStats TemplateFlags::learn(const std::vector<std::string>& paths, const LoadOptions& load,
                               const std::function<bool(const Document&)>& skip, Preloaded* keep) const {
  TemplateLearner learner(how());
  if (how() == SiteKey::none) return learner.stats();
  std::vector<std::string> files;
  for (const auto& p : paths)
    if (p != "-") files.push_back(p);
  if (files.empty()) return learner.stats();
  // File by file, as the pipeline reads them, so that each file's documents can be kept for it.
  // Problems are reported once, by the pass that parses (a kept file's with it, in their place).
  walk_inputs(
      files, load,
      [&](const std::string& file) {
        LoadedFile kept;
        std::size_t bytes = 0;
        bool keeping = keep && keep->room() > 0;
        auto hold = [&](auto&& item, std::size_t size) {
          if (!keeping) return;
          bytes += size;
          if (bytes > keep->room()) {  // over the budget: this file is read again
            keeping = false;
            kept.items.clear();
            return;
          }
          kept.items.emplace_back(std::forward<decltype(item)>(item));
        };
        kept.stats = akhbar::load(
            {file}, load,
            [&](Document&& doc) {
              // A record of parse's own output carries the article, not the page's lines.
              if (!doc.article && (!skip || !skip(doc))) learner.add(doc);
              // Only files of HTML pages are worth their memory: extracting a page is half of its
              // parse, decoding text a few percent (docs/benchmarks.md, "Parsing HTML once").
              if (doc.extraction.empty()) keeping = false, kept.items.clear();
              const std::size_t size = Preloaded::bytes_of(doc);
              hold(std::move(doc), size);
            },
            [&](const Diagnostic& d) { hold(d, 256); });
        if (keeping) keep->keep(file, std::move(kept), bytes);
        return true;
      },
      [](const Diagnostic&) {});
  return learner.stats();
}

}  // namespace akhbar::cli
