// akhbar's entry point: builds the subcommands from the registry, parses, runs, and is the one
// place where errors become messages and exit codes (0 ok, 1 some input failed, 2 usage).
#include <algorithm>
#include <clocale>
#include <cstdio>
#include <exception>
#include <iostream>
#include <string_view>

#include "cli/build_info.h"
#include "cli/command.h"
#include "cli/common.h"
#include "cli/suggest.h"

namespace {

// The command word of the command line: its first word that is not an option (akhbar's own
// options take no value), or empty.
std::string_view command_word(int argc, char** argv) {
  for (int i = 1; i < argc; ++i)
    if (argv[i][0] != '-') return argv[i];
  return {};
}

}  // namespace

int main(int argc, char** argv) {
  using namespace akhbar::cli;
  std::setlocale(LC_ALL, "C.UTF-8");
  CLI::App app{"akhbar — parse, archive and search Arabic news articles", "akhbar"};
  app.set_version_flag("--version", std::string("akhbar ") + build_version + " (commit " + build_commit + ")",
                       "Print the version and the commit it was built from");
  app.require_subcommand(1);
  app.footer(
      "Archive: --db FILE, else $AKHBAR_DB, else ./akhbar.db.\n"
      "Exit codes: 0 ok, 1 some input failed, 2 usage error.\n"
      "Run `akhbar COMMAND --help` for one command; docs/cli.md has examples.");

  auto& commands = registry();
  std::stable_sort(commands.begin(), commands.end(),
                   [](const CommandInfo& a, const CommandInfo& b) { return a.order < b.order; });
  std::vector<std::pair<CLI::App*, std::unique_ptr<Command>>> built;
  for (const auto& info : commands) {
    CLI::App* sub = app.add_subcommand(info.name, info.summary);
    auto cmd = info.make();
    cmd->setup(*sub);
    built.emplace_back(sub, std::move(cmd));
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    // The error belongs to the subcommand that was being parsed, so its help is the one to read.
    auto parsed = app.get_subcommands();
    std::string help = parsed.empty() ? "akhbar --help" : "akhbar " + parsed.front()->get_name() + " --help";
    std::string what = e.what();
    std::string_view word = command_word(argc, argv);
    auto known = app.get_subcommands([&](const CLI::App* a) { return a->get_name() == word; });
    if (parsed.empty() && !word.empty() && known.empty()) {
      std::vector<std::string> visible;  // hidden commands are not suggested
      for (const CLI::App* sub :
           app.get_subcommands([](const CLI::App* a) { return !a->get_group().empty(); }))
        visible.push_back(sub->get_name());
      what = unknown_command_message(word, visible);
    }
    std::replace(what.begin(), what.end(), '\n', ' ');
    std::fprintf(stderr, "akhbar: error: %s (see `%s`)\n", what.c_str(), help.c_str());
    return exit_usage;
  }

  try {
    for (auto& [sub, cmd] : built)
      if (sub->parsed()) return cmd->run();
    return exit_usage;
  } catch (const UsageError& e) {
    std::fprintf(stderr, "akhbar: error: %s\n", e.what());
    return exit_usage;
  } catch (const Failure& e) {
    std::fprintf(stderr, "akhbar: error: %s\n", e.what());
    return exit_failed;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "akhbar: error: %s\n", e.what());
    return exit_failed;
  }
}
