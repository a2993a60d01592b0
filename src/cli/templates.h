#pragma once
// Site templates on the command line: --site-key, the learning pass over a run's inputs, and the
// model the segmenter gets (learned counts plus an archive's).

#include <akhbar/loader.h>
#include <akhbar/template.h>

#include <CLI/CLI.hpp>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace akhbar::cli {

// --site-key, shared by parse, ingest and reparse.
struct TemplateFlags {
  std::string site_key = "auto";

  // Adds --site-key to `app`.
  void add_to(CLI::App& app);
  // The parsed --site-key (validated by CLI11).
  SiteKey how() const;
  // Counts the lines of every document of `paths` in a first pass of the loader alone (standard
  // input is read once, by the real pass, and learns nothing); `skip` leaves documents out.
  SiteStats learn(const std::vector<std::string>& paths, const LoadOptions& load,
                  const std::function<bool(const Document&)>& skip = {}) const;
};

}  // namespace akhbar::cli
