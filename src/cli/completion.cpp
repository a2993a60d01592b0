// `akhbar completion bash|zsh`: prints a shell completion script generated from the command
// line's own definition (the CLI11 App tree), so the completions cannot drift from the options.
// Hidden from --help: the Debian package installs its output (cmake/Packaging.cmake).
#include <cstdio>
#include <string>
#include <vector>

#include "cli/command.h"
#include "cli/common.h"

namespace akhbar::cli {
namespace {

// What the shells need to know about one option or positional argument.
struct OptionSpec {
  std::vector<std::string> names;  // "-j", "--jobs"; empty for a positional
  std::string label;               // "jobs", "inputs": what the value is called
  std::string description;
  bool takes_value = false;
  bool repeatable = false;
  bool path = false;                 // the value is a file or folder
  std::vector<std::string> choices;  // the value is one of these
};

// One subcommand: its options and its positional arguments, in declaration order.
struct CommandSpec {
  std::string name;
  std::string description;
  std::vector<OptionSpec> options;
  std::vector<OptionSpec> positionals;
};

std::vector<std::string> split(const std::string& text, const std::string& separator) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    std::size_t end = text.find(separator, start);
    out.push_back(text.substr(start, end - start));
    if (end == std::string::npos) return out;
    start = end + separator.size();
  }
}

// A lowercase word such as "es-bulk".
bool is_value_word(const std::string& w) {
  if (w.empty() || w[0] < 'a' || w[0] > 'z') return false;
  for (char c : w)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  return true;
}

// The value set of an option: a CLI::IsMember check shows in its type name as "TEXT:{a,b,c}";
// a description that is nothing but a list of words ("auto, text, trec, json") is one too.
// (Plain string scanning: GCC 12's <regex> trips -Wmaybe-uninitialized under the sanitizers.)
std::vector<std::string> choices_of(const CLI::Option& opt) {
  std::string type = opt.get_type_name();
  std::size_t open = type.find('{'), close = type.find('}');
  if (open != std::string::npos && close != std::string::npos && open + 1 < close)
    return split(type.substr(open + 1, close - open - 1), ",");
  std::vector<std::string> words = split(opt.get_description(), ", ");
  for (const auto& w : words)
    if (!is_value_word(w)) return {};
  return words.size() > 1 ? words : std::vector<std::string>{};
}

// Whether `text` holds one of `words` as a whole word (letters on neither side).
bool has_word(const std::string& text, const std::vector<std::string>& words) {
  auto is_letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  for (const auto& w : words)
    for (std::size_t at = text.find(w); at != std::string::npos; at = text.find(w, at + 1))
      if ((at == 0 || !is_letter(text[at - 1])) &&
          (at + w.size() == text.size() || !is_letter(text[at + w.size()])))
        return true;
  return false;
}

// A value is a path when the option's name or description speaks of a file or folder ("Write to
// FILE", "Files or folders to read", "files..."), unless it is a name pattern ("glob").
bool is_path(const CLI::Option& opt) {
  static const std::vector<std::string> file_words = {
      "FILE",   "file",    "files",     "File",        "Files",     "folder",     "folders",
      "Folder", "Folders", "directory", "directories", "Directory", "Directories"};
  const std::string& description = opt.get_description();
  if (description.find("glob") != std::string::npos) return false;
  return has_word(description, file_words) || has_word(opt.get_name(), file_words);
}

OptionSpec spec_of(const CLI::Option& opt) {
  OptionSpec s;
  if (opt.nonpositional()) {
    for (const auto& n : opt.get_snames()) s.names.push_back("-" + n);
    for (const auto& n : opt.get_lnames()) s.names.push_back("--" + n);
  }
  s.label = opt.nonpositional() && !opt.get_lnames().empty() ? opt.get_lnames().front() : opt.get_name();
  s.description = opt.get_description();
  s.takes_value = opt.get_items_expected_max() > 0;
  s.repeatable =
      opt.get_items_expected_max() > 1 || opt.get_multi_option_policy() == CLI::MultiOptionPolicy::TakeAll;
  if (s.takes_value) {
    s.choices = choices_of(opt);
    s.path = s.choices.empty() && is_path(opt);
  }
  return s;
}

// The visible subcommands of `root`, each with its options (--help included) and positionals.
std::vector<CommandSpec> describe(const CLI::App& root) {
  std::vector<CommandSpec> out;
  for (const CLI::App* sub :
       root.get_subcommands([](const CLI::App* a) { return !a->get_group().empty(); })) {
    CommandSpec c{sub->get_name(), sub->get_description(), {}, {}};
    for (const CLI::Option* opt : sub->get_options()) {
      if (opt->nonpositional())
        c.options.push_back(spec_of(*opt));
      else
        c.positionals.push_back(spec_of(*opt));
    }
    out.push_back(std::move(c));
  }
  return out;
}

std::string join(const std::vector<std::string>& items, const std::string& separator) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? separator : "") + items[i];
  return out;
}

// Text inside a single-quoted shell word.
std::string single_quoted(const std::string& text) {
  std::string out;
  for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out;
}

// The bash lines that complete a value described by `s` (files, a word list, or nothing).
std::string bash_values(const OptionSpec& s) {
  if (s.path) return "_akhbar_files; return";
  if (!s.choices.empty()) return "_akhbar_words '" + single_quoted(join(s.choices, " ")) + "'; return";
  return "return";
}

std::string bash_script(const std::vector<CommandSpec>& commands) {
  std::vector<std::string> names;
  for (const auto& c : commands) names.push_back(c.name);
  std::string out =
      "# bash completion for akhbar. Generated by `akhbar completion bash` from the command line's\n"
      "# own definition; do not edit.\n\n"
      "_akhbar_words() {\n"
      "  local IFS=$'\\n'\n"
      "  COMPREPLY=($(IFS=' ' compgen -W \"$1\" -- \"$cur\"))\n"
      "}\n\n"
      "_akhbar_files() {\n"
      "  if declare -F _filedir >/dev/null; then\n"
      "    _filedir\n"
      "  else\n"
      "    compopt -o filenames 2>/dev/null\n"
      "    local IFS=$'\\n'\n"
      "    COMPREPLY=($(compgen -f -- \"$cur\"))\n"
      "  fi\n"
      "}\n\n"
      "_akhbar() {\n"
      "  local cur=${COMP_WORDS[COMP_CWORD]} prev= cword=$COMP_CWORD\n"
      "  COMPREPLY=()\n"
      "  # --opt=value: bash splits at '=' (COMP_WORDBREAKS).\n"
      "  if [[ $cur == = ]]; then\n"
      "    cur=\n"
      "  elif ((cword > 1)) && [[ ${COMP_WORDS[cword - 1]} == = ]]; then\n"
      "    ((cword--))\n"
      "  fi\n"
      "  ((cword > 0)) && prev=${COMP_WORDS[cword - 1]}\n"
      "  local i cmd=\n"
      "  for ((i = 1; i < cword; i++)); do\n"
      "    case ${COMP_WORDS[i]} in\n"
      "      -*) ;;\n"
      "      *) cmd=${COMP_WORDS[i]}; break ;;\n"
      "    esac\n"
      "  done\n"
      "  case $cmd in\n"
      "    '')\n"
      "      if [[ $cur == -* ]]; then _akhbar_words '--help --version'; else _akhbar_words '" +
      join(names, " ") +
      "'; fi\n"
      "      return ;;\n";
  for (const auto& c : commands) {
    std::vector<std::string> option_names;
    std::string value_cases;
    for (const auto& o : c.options) {
      option_names.insert(option_names.end(), o.names.begin(), o.names.end());
      if (o.takes_value) value_cases += "        " + join(o.names, "|") + ") " + bash_values(o) + " ;;\n";
    }
    out += "    " + c.name + ")\n";
    if (!value_cases.empty()) out += "      case $prev in\n" + value_cases + "      esac\n";
    out += "      if [[ $cur == -* ]]; then _akhbar_words '" + join(option_names, " ") + "'; return; fi\n";
    // Positionals: akhbar's commands take one kind of positional argument each.
    if (!c.positionals.empty() && (c.positionals[0].path || !c.positionals[0].choices.empty()))
      out += "      " + bash_values(c.positionals[0]) + " ;;\n";
    else
      out += "      return ;;\n";
  }
  out += "    *) _akhbar_files ;;\n  esac\n}\n\ncomplete -F _akhbar akhbar\n";
  return out;
}

// Text inside zsh's [description] or a _describe item's description, inside single quotes.
std::string zsh_text(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '[' || c == ']' || c == '\\') out += '\\';
    out += c;
  }
  return single_quoted(out);
}

// The `:message:action` tail of a zsh _arguments spec for a value.
std::string zsh_action(const OptionSpec& s, const std::string& message) {
  std::string m = ":" + message + ":";
  if (s.path) return m + "_files";
  if (!s.choices.empty()) return m + "(" + join(s.choices, " ") + ")";
  return m + " ";
}

std::string zsh_script(const std::vector<CommandSpec>& commands) {
  std::string out =
      "#compdef akhbar\n"
      "# zsh completion for akhbar. Generated by `akhbar completion zsh` from the command line's\n"
      "# own definition; do not edit.\n\n"
      "_akhbar() {\n"
      "  local curcontext=$curcontext state line ret=1\n"
      "  typeset -A opt_args\n"
      "  _arguments -C \\\n"
      "    '(- *)'{-h,--help}'[Print this help message and exit]' \\\n"
      "    '(- *)--version[Print the version and the commit it was built from]' \\\n"
      "    '1:command:->command' \\\n"
      "    '*::argument:->argument' && ret=0\n"
      "  case $state in\n"
      "    command)\n"
      "      local -a commands=(\n";
  for (const auto& c : commands)
    out += "        '" + single_quoted(c.name) + ":" + zsh_text(c.description) + "'\n";
  out +=
      "      )\n"
      "      _describe -t commands 'akhbar command' commands && ret=0 ;;\n"
      "    argument)\n"
      "      curcontext=${curcontext%:*:*}:akhbar-$line[1]:\n"
      "      case $line[1] in\n";
  for (const auto& c : commands) {
    out += "        " + c.name + ")\n          _arguments -S \\\n";
    for (const auto& o : c.options) {
      // "(-j --jobs)" makes the names exclusive; "*" lets a repeatable option come back.
      std::string prefix = o.repeatable ? "*" : "(" + join(o.names, " ") + ")";
      std::string value = o.takes_value ? zsh_action(o, o.label) : "";
      for (const auto& n : o.names) {
        std::string name = n + (o.takes_value ? (n.size() == 2 ? "+" : "=") : "");
        out += "            '" + prefix + name + "[" + zsh_text(o.description) + "]" + single_quoted(value) +
               "' \\\n";
      }
    }
    for (const auto& p : c.positionals)
      out += "            '" + std::string(p.repeatable ? "*" : "") + single_quoted(zsh_action(p, p.label)) +
             "' \\\n";
    out += "            && ret=0 ;;\n";
  }
  out += "      esac ;;\n  esac\n  return ret\n}\n\n_akhbar \"$@\"\n";
  return out;
}

class CompletionCommand : public Command {
 public:
  void setup(CLI::App& app) override {
    m_app = &app;
    app.group("");  // hidden: a tool for packagers, not a user command
    app.add_option("shell", m_shell, "The shell to print a completion script for")
        ->required()
        ->check(CLI::IsMember({"bash", "zsh"}));
    app.footer(
        "The Debian package installs both scripts; by hand: `akhbar completion bash > "
        "/etc/bash_completion.d/akhbar`.");
  }

  int run() override {
    auto commands = describe(*m_app->get_parent());
    write_out(stdout, m_shell == "bash" ? bash_script(commands) : zsh_script(commands));
    std::fflush(stdout);
    return exit_ok;
  }

 private:
  CLI::App* m_app = nullptr;
  std::string m_shell;
};

const Registration registration("completion", "Print a bash or zsh completion script", 1000,
                                [] { return std::make_unique<CompletionCommand>(); });

}  // namespace
}  // namespace akhbar::cli
