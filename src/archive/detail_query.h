#pragma once
// The user's search query → a safe FTS5 MATCH expression over the archive's token text, and the
// snippets that show the display text with the matched words marked.

#include <akhbar/normalizer.h>
#include <akhbar/record.h>
#include <akhbar/result.h>

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace akhbar::archive_detail {

// A parsed query: the MATCH expression and the tokens to mark in snippets.
struct CompiledQuery {
  std::string match;                      // FTS5 expression; every term a quoted string
  std::unordered_set<std::string> terms;  // stems of the positive words and phrases
  std::vector<std::string> prefixes;      // stems of the positive prefix* terms
  std::size_t phrases = 0;                // quoted strings in `match`, NOT ones included (FTS5's phrases)

  // True when search token `token` is one the query looks for.
  bool matches(std::string_view token) const;
};

// Parses words, "phrases" (also «…»), OR, AND, NOT, -word, prefix* and (groups); each term is
// folded and stemmed with `normalizer`, exactly as the archive's text was. Errors are one line.
Result<CompiledQuery> compile_query(std::string_view query, const Normalizer& normalizer);

// A snippet of the best-matching block of `body`: about `width` display words around the first
// match, matched words between `open` and `close`, "…" where text was cut.
std::string make_snippet(const std::vector<Block>& body, const CompiledQuery& query,
                         const Normalizer& normalizer, std::string_view open, std::string_view close,
                         std::size_t width = 30);

// The search tokens joined by spaces: what the FTS5 table indexes (its ascii tokenizer splits on
// the spaces and treats every non-ASCII byte as part of a word).
std::string token_text(const std::vector<std::string>& tokens);

}  // namespace akhbar::archive_detail
