#pragma once
// Suggestions for a mistyped command word, as git gives them ("did you mean …").

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace akhbar::cli {

// The optimal-string-alignment (restricted Damerau-Levenshtein) distance between two words:
// insertions, deletions, substitutions and swaps of two neighbouring bytes each cost 1.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The commands nearest to `word` (in `commands` order), or none when nothing is close enough:
// a command `word` is a prefix of (two letters or more), else those at the smallest distance when
// that distance is at most 1 for words of up to four letters and at most 2 for longer ones.
std::vector<std::string> similar_commands(std::string_view word, const std::vector<std::string>& commands);

// The one-line message for an unknown command word, with the suggestion when there is one:
// "'serch' is not an akhbar command. The most similar command is 'search'".
std::string unknown_command_message(std::string_view word, const std::vector<std::string>& commands);

}  // namespace akhbar::cli
