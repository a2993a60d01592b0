#include "cli/report.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <utility>
#include <vector>

namespace akhbar::cli {
namespace {

// A diagnostic made without a kind still gets counted under a name.
const std::string& kind_of(const Diagnostic& d) {
  static const std::string other = "other";
  return d.kind.empty() ? other : d.kind;
}

}  // namespace

Reporter::Reporter(std::string command, WarningDisplay display, std::function<void(std::string_view)> print)
    : m_command(std::move(command)), m_display(display), m_print(std::move(print)) {}

Reporter::~Reporter() {
  if (m_log) std::fclose(m_log);
}

bool Reporter::open_log(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "w");
  if (!f) return false;
  if (m_log) std::fclose(m_log);
  m_log = f;
  m_log_path = path;
  return true;
}

void Reporter::operator()(const Diagnostic& d) {
  const std::string& kind = kind_of(d);
  bool error = d.severity == Severity::error;
  std::size_t seen = ++(error ? m_error_kinds : m_warning_kinds)[kind];
  ++(error ? m_errors : m_warnings);
  if (m_log && !m_log_failed) {
    std::string line = log_line(d);
    line += '\n';
    m_log_failed = std::fwrite(line.data(), 1, line.size(), m_log) != line.size();
  }
  if (!error) {
    if (m_display == WarningDisplay::none) return;
    if (m_display == WarningDisplay::first_of_each_kind && seen > shown_per_kind) {
      ++m_held_back;
      return;
    }
  }
  print(d.str() + "\n");
}

std::string Reporter::log_line(const Diagnostic& d) {
  auto opt = [](const auto& v) -> nlohmann::json { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); };
  nlohmann::ordered_json j = {
      {"severity", d.severity == Severity::error ? "error" : "warning"},
      {"kind", kind_of(d)},
      {"file", d.where.file.empty() ? nlohmann::json(nullptr) : nlohmann::json(d.where.file)},
      {"record", opt(d.where.record)},
      {"line", opt(d.where.line)},
      {"byte", opt(d.where.byte)},
      {"message", d.message},
  };
  // A path or message that is not UTF-8 (a file name in a legacy encoding) is logged with U+FFFD
  // rather than aborting the run.
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string Reporter::summary_line() const {
  if (m_held_back == 0 || m_display != WarningDisplay::first_of_each_kind) return {};
  std::vector<std::pair<std::string, std::size_t>> kinds(m_warning_kinds.begin(), m_warning_kinds.end());
  std::stable_sort(kinds.begin(), kinds.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  std::string s = m_command + ": warnings:";
  for (std::size_t i = 0; i < kinds.size(); ++i)
    s += (i ? ", " : " ") + std::to_string(kinds[i].second) + " " + kinds[i].first;
  s += " (first " + std::to_string(shown_per_kind) + " of each kind shown; ";
  s += m_log ? "all in " + m_log_path + ")" : "all with --all-warnings or --log FILE)";
  return s;
}

void Reporter::print_summary() {
  if (std::string s = summary_line(); !s.empty()) print(s + "\n");
}

bool Reporter::close_log() {
  if (!m_log) return true;
  bool ok = !m_log_failed && std::fflush(m_log) == 0;
  ok = std::fclose(m_log) == 0 && ok;
  m_log = nullptr;
  return ok;
}

void Reporter::print(std::string_view line) {
  if (m_before_print) m_before_print();
  if (m_print)
    m_print(line);
  else
    std::fwrite(line.data(), 1, line.size(), stderr);
}

}  // namespace akhbar::cli
