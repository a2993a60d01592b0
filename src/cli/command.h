#pragma once
// A subcommand: setup() declares and validates its options (no I/O), run() does the work.
// Each src/cli/<name>.cpp registers one with a static Registration.

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace akhbar::cli {

// One subcommand (the shape of osmium-tool's Command).
class Command {
 public:
  virtual ~Command() = default;
  // Declares the subcommand's options on `app`; called before parsing.
  virtual void setup(CLI::App& app) = 0;
  // Does the work after a successful parse; returns the exit code (0 ok, 1 some input failed).
  virtual int run() = 0;
};

// A registered subcommand: its name, one-line summary, place in --help, and factory.
struct CommandInfo {
  std::string name;
  std::string summary;
  int order;
  std::function<std::unique_ptr<Command>()> make;
};

// Every registered subcommand, in --help order.
std::vector<CommandInfo>& registry();

// Registers a subcommand at static-initialization time.
struct Registration {
  Registration(std::string name, std::string summary, int order, std::function<std::unique_ptr<Command>()> make) {
    registry().push_back({std::move(name), std::move(summary), order, std::move(make)});
  }
};

}  // namespace akhbar::cli
