#pragma once
// Site templates on the command line: --site-key, the learning pass over a run's inputs, and the
// model the segmenter gets (learned counts plus an archive's).

#include <akhbar/loader.h>
#include <akhbar/pipeline.h>
#include <akhbar/template.h>

#include <CLI/CLI.hpp>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace akhbar::cli {

// Memory the learning pass may keep the documents of HTML files in, for the pass that parses to
// replay rather than read again (extraction is half the work of an HTML page): some 20,000 pages;
// a larger run keeps its first files and reads the rest twice.
constexpr std::size_t template_pass_keep_bytes = std::size_t{256} << 20;

// --site-key, shared by parse, ingest and reparse.
struct TemplateFlags {
  std::string site_key = "auto";

  // Adds --site-key to `app`.
  void add_to(CLI::App& app);
  // The parsed --site-key (validated by CLI11).
  SiteKey how() const;
  // Counts the lines of every document of `paths` in a first pass of the loader alone (standard
  // input is read once, by the real pass, and learns nothing); `skip` leaves documents out of the
  // counts. With `keep`, what each file of HTML pages gave is kept there while its budget lasts.
  SiteStats learn(const std::vector<std::string>& paths, const LoadOptions& load,
                  const std::function<bool(const Document&)>& skip = {}, Preloaded* keep = nullptr) const;
};

}  // namespace akhbar::cli
