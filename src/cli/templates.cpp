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
                               const std::function<bool(const Document&)>& skip) const {
  TemplateLearner learner(how());
  if (how() == SiteKey::none) return learner.stats();
  std::vector<std::string> files;
  for (const auto& p : paths)
    if (p != "-") files.push_back(p);
  if (files.empty()) return learner.stats();
  // Problems are reported once, by the pass that parses.
  akhbar::load(
      files, load,
      [&](Document&& doc) {
        // A record of parse's own output carries the article, not the page's lines.
        if (!doc.article && (!skip || !skip(doc))) learner.add(doc);
      },
      [](const Diagnostic&) {});
  return learner.stats();
}

}  // namespace akhbar::cli
