#include "cli/suggest.h"

#include <gtest/gtest.h>

namespace akhbar::cli {
namespace {

const std::vector<std::string> commands = {"parse",  "ingest",    "search",  "show",       "list",
                                           "stats",  "sources",   "related", "duplicates", "export",
                                           "import", "normalize", "reparse"};

TEST(EditDistance, CountsInsertionsDeletionsSubstitutionsAndSwaps) {
  EXPECT_EQ(edit_distance("", ""), 0u);
  EXPECT_EQ(edit_distance("", "abc"), 3u);
  EXPECT_EQ(edit_distance("search", "search"), 0u);
  EXPECT_EQ(edit_distance("serch", "search"), 1u);    // deletion
  EXPECT_EQ(edit_distance("searchh", "search"), 1u);  // insertion
  EXPECT_EQ(edit_distance("seerch", "search"), 1u);   // substitution
  EXPECT_EQ(edit_distance("saerch", "search"), 1u);   // swap of neighbours
  EXPECT_EQ(edit_distance("kitten", "sitting"), 3u);
  EXPECT_EQ(edit_distance("ca", "abc"), 3u);  // optimal string alignment: no edit of a swapped pair
}

TEST(SimilarCommands, OneTypoFindsTheCommand) {
  EXPECT_EQ(similar_commands("serch", commands), std::vector<std::string>{"search"});
  EXPECT_EQ(similar_commands("lsit", commands), std::vector<std::string>{"list"});
  EXPECT_EQ(similar_commands("exprot", commands), std::vector<std::string>{"export"});
  EXPECT_EQ(similar_commands("Search", commands), std::vector<std::string>{"search"});
  EXPECT_EQ(similar_commands("imprt", commands), std::vector<std::string>{"import"});
}

TEST(SimilarCommands, PrefixNamesTheCommand) {
  EXPECT_EQ(similar_commands("dup", commands), std::vector<std::string>{"duplicates"});
  EXPECT_EQ(similar_commands("s", commands), std::vector<std::string>{});  // one letter says too little
}

TEST(SimilarCommands, TiesAreAllListed) {
  EXPECT_EQ(similar_commands("sxow", {"show", "snow", "list"}), (std::vector<std::string>{"show", "snow"}));
}

TEST(SimilarCommands, NothingCloseNoSuggestion) {
  EXPECT_TRUE(similar_commands("xyzzy", commands).empty());
  EXPECT_TRUE(similar_commands("stop", commands).empty());  // two edits from "show" in four letters
  EXPECT_TRUE(similar_commands("", commands).empty());
}

TEST(UnknownCommandMessage, WordForWord) {
  EXPECT_EQ(unknown_command_message("serch", commands),
            "'serch' is not an akhbar command. The most similar command is 'search'");
  EXPECT_EQ(unknown_command_message("sxow", {"show", "snow"}),
            "'sxow' is not an akhbar command. The most similar commands are 'show', 'snow'");
  EXPECT_EQ(unknown_command_message("xyzzy", commands), "'xyzzy' is not an akhbar command");
}

}  // namespace
}  // namespace akhbar::cli
