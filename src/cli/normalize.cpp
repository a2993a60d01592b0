// `akhbar normalize`: a streaming filter, line in, line out — the display form, the search form
// or the search tokens of every input line (like CAMeL Tools' camel_arclean, but keeping emoji).
#include <akhbar/loader.h>
#include <akhbar/normalizer.h>
#include <fnmatch.h>

#include <algorithm>
#include <filesystem>

#include "cli/command.h"
#include "cli/common.h"

namespace akhbar::cli {
namespace {

namespace fs = std::filesystem;

// Lines are read, normalized and written in blocks of about this many bytes: one call per block
// keeps the per-call cost negligible while memory stays bounded whatever the input size (a block
// ends at a line end; a line longer than --max-record-size comes in pieces).
constexpr std::size_t block_bytes = 256 * 1024;

class NormalizeCommand : public Command {
 public:
  void setup(CLI::App& app) override {
    m_inputs.add_to(app, false);
    app.add_option("--form", m_form, "display (clean but faithful) or search (folded for matching)")
        ->capture_default_str()
        ->check(CLI::IsMember({"display", "search"}));
    app.add_flag("--tokens", m_tokens, "Print the search tokens (stemmed) of each line, separated by spaces");
    app.add_option("--digits", m_digits, "Digits in the display form: keep or ascii")
        ->capture_default_str()
        ->check(CLI::IsMember({"keep", "ascii"}));
    app.footer(
        "Reads each input (any encoding, gzip too) and prints one output line per input line.\n"
        "Folders are read file by file, sorted. docs/normalizer.md lists every rule.");
  }

  int run() override {
    m_inputs.finish();
    NormalizeOptions options;
    options.digits = m_digits == "ascii" ? Digits::ascii : Digits::keep;
    Normalizer normalizer(options);
    Reporter reporter("normalize");
    bool failed = false;
    for (const std::string& path : expand(m_inputs.paths, reporter, failed)) {
      auto reader = LineReader::open(path, m_inputs.load);
      if (!reader) {
        // An Error carries no kind; normalize neither counts nor logs diagnostics by kind.
        reporter({Severity::error, "", {reader.error().where}, reader.error().message});
        failed = true;
        continue;
      }
      filter(**reader, normalizer);
    }
    if (std::fflush(stdout) != 0) throw Failure("cannot write output");
    return failed ? exit_failed : exit_ok;
  }

 private:
  // Normalizes one input to stdout: blocks of whole lines in, one write per block out.
  void filter(LineReader& reader, const Normalizer& normalizer) {
    std::string block, out;
    while (reader.next_lines(block, block_bytes)) {
      if (m_tokens)
        normalizer.token_lines(block, out);
      else if (m_form == "search")
        normalizer.search(block, out);
      else
        normalizer.display(block, out);
      write_out(stdout, out);
    }
  }

  // Paths with folders replaced by their files (sorted, --include/--exclude/--hidden applied).
  std::vector<std::string> expand(const std::vector<std::string>& paths, Reporter& reporter,
                                  bool& failed) const {
    std::vector<std::string> out;
    for (const auto& p : paths) {
      std::error_code ec;
      if (p == "-" || !fs::is_directory(p, ec)) {
        out.push_back(p);
        continue;
      }
      std::vector<std::string> files;
      auto it = fs::recursive_directory_iterator(p, fs::directory_options::skip_permission_denied, ec);
      for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        std::string name = it->path().filename().string();
        if (!m_inputs.load.hidden && name.starts_with('.')) {
          if (it->is_directory(ec)) it.disable_recursion_pending();
          continue;
        }
        if (it->is_regular_file(ec) && wanted(name)) files.push_back(it->path().string());
      }
      if (ec) {
        reporter({Severity::error, kind::unreadable_folder, {p}, "cannot read folder: " + ec.message()});
        failed = true;
      }
      std::sort(files.begin(), files.end());
      out.insert(out.end(), files.begin(), files.end());
    }
    return out;
  }

  bool wanted(const std::string& name) const {
    auto matches = [&](const std::vector<std::string>& globs) {
      return std::any_of(globs.begin(), globs.end(),
                         [&](const std::string& g) { return fnmatch(g.c_str(), name.c_str(), 0) == 0; });
    };
    if (!m_inputs.load.include.empty() && !matches(m_inputs.load.include)) return false;
    return !matches(m_inputs.load.exclude);
  }

  InputOptions m_inputs;
  std::string m_form = "display";
  bool m_tokens = false;
  std::string m_digits = "keep";
};

const Registration registration("normalize", "Print the display form, search form or search tokens of text",
                                80, [] { return std::make_unique<NormalizeCommand>(); });

}  // namespace
}  // namespace akhbar::cli
