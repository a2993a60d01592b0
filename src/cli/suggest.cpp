#include "cli/suggest.h"

#include <algorithm>
#include <cctype>

namespace akhbar::cli {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  // Three rolling rows: the swap rule looks two rows back.
  std::vector<std::size_t> before(b.size() + 1), previous(b.size() + 1), current(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        current[j] = std::min(current[j], before[j - 2] + 1);
    }
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return previous[b.size()];
}

std::vector<std::string> similar_commands(std::string_view word, const std::vector<std::string>& commands) {
  std::string lower(word);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::vector<std::string> out;
  // A short prefix ("dup", "rel") names the command the user had in mind better than a distance.
  if (lower.size() >= 2)
    for (const auto& c : commands)
      if (c.size() > lower.size() && c.compare(0, lower.size(), lower) == 0) out.push_back(c);
  if (!out.empty()) return out;
  // Two edits in a four-letter word leave half of it: "stop" is not "show". Longer words keep
  // enough letters for two typos ("imprt" → "import", "serach" → "search").
  std::size_t limit = lower.size() <= 4 ? 1 : 2;
  std::size_t best = limit + 1;
  for (const auto& c : commands) {
    std::size_t d = edit_distance(lower, c);
    if (d < best) {
      best = d;
      out.clear();
    }
    if (d == best && d <= limit) out.push_back(c);
  }
  return out;
}

std::string unknown_command_message(std::string_view word, const std::vector<std::string>& commands) {
  std::string msg = "'" + std::string(word) + "' is not an akhbar command";
  auto similar = similar_commands(word, commands);
  if (similar.empty()) return msg;
  msg += similar.size() == 1 ? ". The most similar command is " : ". The most similar commands are ";
  for (std::size_t i = 0; i < similar.size(); ++i) msg += (i ? ", '" : "'") + similar[i] + "'";
  return msg;
}

}  // namespace akhbar::cli
