// Query compilation and snippets. The user's query is never handed to FTS5 as typed: it is parsed
// here, every term folded and stemmed like the indexed text, and re-emitted as quoted strings, so
// that no input can reach FTS5's own syntax (column filters, NEAR, ^) or produce a raw SQL error.
#include <algorithm>
#include <optional>

#include "archive/detail_query.h"

namespace akhbar::archive_detail {
namespace {

enum class Kind { word, phrase, prefix, op_or, op_and, op_not, open, close, end };

struct Lexeme {
  Kind kind = Kind::end;
  std::vector<std::string> tokens;  // word, phrase, prefix: the search tokens
};

std::string quote(const std::vector<std::string>& tokens) {
  std::string out = "\"";
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (i) out += ' ';
    for (char c : tokens[i]) {
      out += c;
      if (c == '"') out += '"';
    }
  }
  out += '"';
  return out;
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

class Parser {
 public:
  Parser(std::string_view query, const Normalizer& n) : m_query(query), m_n(n) {}

  Result<CompiledQuery> run() {
    if (auto e = lex(); !e.empty()) return fail(e);
    if (m_lex.size() == 1) return fail("the query has no words to search for");
    std::string expr = parse_or(false);
    if (!m_error.empty()) return fail(m_error);
    if (peek() == Kind::close) return fail("a ')' has no matching '('");
    if (peek() != Kind::end) return fail("cannot read the query here");
    m_out.match = std::move(expr);
    return std::move(m_out);
  }

 private:
  Error fail(const std::string& why) const {
    return Error{"bad query \"" + std::string(m_query) + "\": " + why, ""};
  }

  // Splits the query; words that fold to nothing (punctuation alone) are dropped here.
  std::string lex() {
    std::size_t i = 0;
    const std::string_view q = m_query;
    auto add_words = [&](std::string_view text, Kind kind) {
      auto toks = m_n.tokens(text);
      if (toks.empty()) return;
      Lexeme l;
      l.kind = kind == Kind::word && toks.size() > 1 ? Kind::phrase : kind;
      l.tokens = std::move(toks);
      m_lex.push_back(std::move(l));
    };
    while (i < q.size()) {
      char c = q[i];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        ++i;
        continue;
      }
      if (c == '(' || c == ')') {
        m_lex.push_back({c == '(' ? Kind::open : Kind::close, {}});
        ++i;
        continue;
      }
      // Phrases: "…", or the Arabic «…» and typographic “…”.
      std::string_view close;
      std::size_t open_len = 0;
      if (c == '"') {
        close = "\"", open_len = 1;
      } else if (starts_with(q.substr(i), "\xC2\xAB")) {
        close = "\xC2\xBB", open_len = 2;
      } else if (starts_with(q.substr(i), "\xE2\x80\x9C")) {
        close = "\xE2\x80\x9D", open_len = 3;
      }
      if (open_len) {
        std::size_t end = q.find(close, i + open_len);
        if (end == std::string_view::npos) return "a quote is not closed";
        auto inner = q.substr(i + open_len, end - i - open_len);
        auto toks = m_n.tokens(inner);
        if (!toks.empty()) m_lex.push_back({Kind::phrase, std::move(toks)});
        i = end + close.size();
        continue;
      }
      std::size_t j = i;
      while (j < q.size() && q[j] != ' ' && q[j] != '\t' && q[j] != '\n' && q[j] != '\r' && q[j] != '(' &&
             q[j] != ')' && q[j] != '"')
        ++j;
      std::string_view word = q.substr(i, j - i);
      i = j;
      if (word == "OR" || word == "|") {
        m_lex.push_back({Kind::op_or, {}});
      } else if (word == "AND") {
        m_lex.push_back({Kind::op_and, {}});
      } else if (word == "NOT") {
        m_lex.push_back({Kind::op_not, {}});
      } else {
        // "-word" excludes the word; a dash with no word after it ("--") is punctuation.
        if (word.size() > 1 && word[0] == '-') {
          word.remove_prefix(1);
          if (m_n.tokens(word).empty()) continue;
          m_lex.push_back({Kind::op_not, {}});
        }
        bool prefix = false;
        while (!word.empty() && word.back() == '*') {
          word.remove_suffix(1);
          prefix = true;
        }
        if (prefix && word.empty()) return "'*' must follow the beginning of a word, as in انتخاب*";
        if (word.find('*') != std::string_view::npos) return "'*' may only end a word, as in انتخاب*";
        add_words(word, prefix ? Kind::prefix : Kind::word);
      }
    }
    m_lex.push_back({Kind::end, {}});
    return {};
  }

  Kind peek() const { return m_lex[m_pos].kind; }

  static bool starts_primary(Kind k) {
    return k == Kind::word || k == Kind::phrase || k == Kind::prefix || k == Kind::open;
  }

  // The chains below are emitted flat ("a AND b AND c", not "((a AND b) AND c)"): FTS5 gives OR,
  // AND and NOT the same precedence and left associativity as this parser, and its parser fails
  // on about 100 nested parentheses ("SQL logic error" for a query of 98 words).
  std::string parse_or(bool negated) {
    std::string out = parse_and(negated);
    while (m_error.empty() && peek() == Kind::op_or) {
      ++m_pos;
      if (!starts_primary(peek())) return error_at("OR needs a word on each side");
      out += " OR " + parse_and(negated);
    }
    return out;
  }

  std::string parse_and(bool negated) {
    std::string out = parse_not(negated);
    while (m_error.empty()) {
      if (peek() == Kind::op_and) {
        ++m_pos;
        if (!starts_primary(peek())) return error_at("AND needs a word on each side");
      } else if (!starts_primary(peek())) {
        break;
      }
      out += " AND " + parse_not(negated);
    }
    return out;
  }

  std::string parse_not(bool negated) {
    std::string out = parse_primary(negated);
    while (m_error.empty() && peek() == Kind::op_not) {
      ++m_pos;
      if (!starts_primary(peek())) return error_at("NOT needs a word after it, as in: اقتصاد NOT نفط");
      out += " NOT " + parse_primary(!negated);
    }
    return out;
  }

  std::string parse_primary(bool negated) {
    Lexeme& l = m_lex[m_pos];
    switch (l.kind) {
      case Kind::word:
      case Kind::phrase:
        ++m_pos;
        ++m_out.phrases;
        if (!negated) m_out.terms.insert(l.tokens.begin(), l.tokens.end());
        return quote(l.tokens);
      case Kind::prefix:
        ++m_pos;
        ++m_out.phrases;
        if (!negated) {
          m_out.terms.insert(l.tokens.begin(), l.tokens.end() - 1);
          m_out.prefixes.push_back(l.tokens.back());
        }
        return quote(l.tokens) + " *";
      case Kind::open: {
        ++m_pos;
        if (peek() == Kind::close) return error_at("empty parentheses");
        // FTS5's parser stack (100 entries) takes up to 7 per level ("a OR b AND c NOT ("), so 14
        // levels fail as "SQL logic error"; this parser also recurses once per level.
        if (++m_depth > max_depth)
          return error_at("parentheses nested more than " + std::to_string(max_depth) + " deep");
        std::string inner = parse_or(negated);
        --m_depth;
        if (!m_error.empty()) return {};
        if (peek() != Kind::close) return error_at("a '(' is not closed");
        ++m_pos;
        return "(" + inner + ")";
      }
      case Kind::op_or:
        return error_at("OR needs a word on each side");
      case Kind::op_and:
        return error_at("AND needs a word on each side");
      case Kind::op_not:
        return error_at("NOT needs a word before it, as in: اقتصاد NOT نفط");
      case Kind::close:
        return error_at("a ')' has no matching '('");
      case Kind::end:
        return error_at("the query ends too early");
    }
    return {};
  }

  std::string error_at(const std::string& why) {
    if (m_error.empty()) m_error = why;
    return {};
  }

  static constexpr int max_depth = 10;

  std::string_view m_query;
  const Normalizer& m_n;
  int m_depth = 0;
  std::vector<Lexeme> m_lex;
  std::size_t m_pos = 0;
  std::string m_error;
  CompiledQuery m_out;
};

// Punctuation that stays outside the match marks: "[كلمة]،" reads better than "[كلمة،]".
bool is_punct_start(std::string_view w, std::size_t& len) {
  static const std::string_view marks[] = {"(", "\"", "'", "\xC2\xAB", "\xE2\x80\x9C", "["};
  for (auto m : marks)
    if (starts_with(w, m)) return len = m.size(), true;
  return false;
}
bool is_punct_end(std::string_view w, std::size_t& len) {
  static const std::string_view marks[] = {".",        ",",        ":",        ";",        "!",
                                           "?",        ")",        "\"",       "'",        "]",
                                           "\xD8\x8C", "\xD8\x9B", "\xD8\x9F", "\xC2\xBB", "\xE2\x80\x9D"};
  for (auto m : marks)
    if (w.size() >= m.size() && w.substr(w.size() - m.size()) == m) return len = m.size(), true;
  return false;
}

std::vector<std::string_view> split_words(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t')) ++i;
    std::size_t j = i;
    while (j < text.size() && text[j] != ' ' && text[j] != '\n' && text[j] != '\t') ++j;
    if (j > i) out.push_back(text.substr(i, j - i));
    i = j;
  }
  return out;
}

// False when no token of the search form `folded` can be one `query` looks for.
bool may_match(std::string_view folded, const CompiledQuery& query) {
  for (const auto& t : query.terms)
    if (folded.find(t) != std::string_view::npos) return true;
  for (const auto& p : query.prefixes)
    if (folded.find(p) != std::string_view::npos) return true;
  return false;
}

}  // namespace

bool CompiledQuery::matches(std::string_view token) const {
  if (terms.count(std::string(token))) return true;
  for (const auto& p : prefixes)
    if (starts_with(token, p)) return true;
  return false;
}

Result<CompiledQuery> compile_query(std::string_view query, const Normalizer& normalizer) {
  return Parser(query, normalizer).run();
}

std::string token_text(const std::vector<std::string>& tokens) {
  std::string out;
  std::size_t n = 0;
  for (const auto& t : tokens) n += t.size() + 1;
  out.reserve(n);
  for (const auto& t : tokens) {
    if (!out.empty()) out += ' ';
    out += t;
  }
  return out;
}

std::string make_snippet(const std::vector<Block>& body, const CompiledQuery& query,
                         const Normalizer& normalizer, std::string_view open, std::string_view close,
                         std::size_t width) {
  if (body.empty()) return {};
  // The block with the most distinct matched tokens (the first of equals) holds the snippet.
  // Without prefixes a block can match no more distinct tokens than the query has terms, so the
  // first block that matches them all is the one: the rest of the body need not be normalized.
  const std::size_t most = query.prefixes.empty() ? query.terms.size() : std::size_t(-1);
  std::size_t best = 0, best_count = 0;
  std::string folded;
  std::vector<std::string> tokens;
  for (std::size_t i = 0; i < body.size() && best_count < most; ++i) {
    // Every search token is a light stem of a run of the block's search form, hence a substring of
    // it: a block whose search form holds no term or prefix has no match, and needs no tokenizing.
    normalizer.search(body[i].text, folded);
    if (!may_match(folded, query)) continue;
    tokens.clear();
    normalizer.search_tokens(folded, tokens);
    std::unordered_set<std::string> seen;
    for (auto& t : tokens)
      if (query.matches(t)) seen.insert(std::move(t));
    if (seen.size() > best_count) best = i, best_count = seen.size();
  }
  auto words = split_words(body[best].text);
  std::vector<bool> marked(words.size(), false);
  std::optional<std::size_t> first;
  if (best_count) {
    for (std::size_t i = 0; i < words.size(); ++i) {
      for (const auto& t : normalizer.tokens(words[i]))
        if (query.matches(t)) {
          marked[i] = true;
          break;
        }
      if (marked[i] && !first) first = i;
      if (first && i >= *first + width) break;
    }
  }
  std::size_t start = first && *first > width / 4 ? *first - width / 4 : 0;
  std::size_t end = std::min(words.size(), start + width);
  std::string out;
  if (start > 0) out += "… ";
  for (std::size_t i = start; i < end; ++i) {
    if (i > start) out += ' ';
    std::string_view w = words[i];
    if (!marked[i]) {
      out += w;
      continue;
    }
    std::size_t lead = 0, trail = 0;
    if (is_punct_start(w, lead) && lead < w.size()) out += w.substr(0, lead), w.remove_prefix(lead);
    std::string_view tail;
    if (is_punct_end(w, trail) && trail < w.size()) tail = w.substr(w.size() - trail), w.remove_suffix(trail);
    // Consecutive matched words (a phrase) share one pair of marks.
    bool continues = i > start && marked[i - 1] && out.size() >= close.size() + 1 &&
                     std::string_view(out).substr(out.size() - 1 - close.size(), close.size()) == close &&
                     lead == 0;
    if (continues) {
      out.erase(out.size() - 1 - close.size(), close.size());
      out += w;
    } else {
      out += open;
      out += w;
    }
    out += close;
    out += tail;
  }
  if (end < words.size()) out += " …";
  return out;
}

}  // namespace akhbar::archive_detail
