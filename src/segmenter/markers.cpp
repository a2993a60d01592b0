// Marker files: one marker a line, "KIND PHRASE"; see docs/markers.md for the format.
#include "segmenter/markers.h"

#include <algorithm>
#include <array>

#include "segmenter/detail_text.h"
#include "segmenter/thresholds.h"

namespace akhbar::detail {
namespace {

struct KindName {
  const char* name;
  MarkerKind kind;
};
constexpr KindName structural[] = {
    {"read_also", MarkerKind::read_also},
    {"related", MarkerKind::related},
    {"published", MarkerKind::published},
    {"updated", MarkerKind::updated},
    {"source", MarkerKind::source},
    {"author", MarkerKind::author},
    {"agency", MarkerKind::agency},
    {"place", MarkerKind::place},
    {"name", MarkerKind::name},
    {"title_label", MarkerKind::title_label},
    {"function_word", MarkerKind::function_word},
    {"connective", MarkerKind::connective},
    {"author_verb", MarkerKind::author_verb},
    {"date_preposition", MarkerKind::date_preposition},
    {"date_label", MarkerKind::date_label},
    {"date_label_weak", MarkerKind::date_label_weak},
    {"date_event", MarkerKind::date_event},
    {"date_update", MarkerKind::date_update},
    {"conjunction", MarkerKind::conjunction},
    {"day_word", MarkerKind::day_word},
    {"syndication", MarkerKind::syndication},
    {"agency_word", MarkerKind::agency_word},
    {"issue_label", MarkerKind::issue_label},
    {"name_initial", MarkerKind::name_initial},
    {"written_function_word", MarkerKind::written_function_word},
    {"site_list", MarkerKind::site_list},
    {"role_word", MarkerKind::role_word},
    {"desk_word", MarkerKind::desk_word},
    {"genre_word", MarkerKind::genre_word},
    {"update_verb", MarkerKind::update_verb},
    {"self_reference", MarkerKind::self_reference},
    {"contact_label", MarkerKind::contact_label},
    {"forum_profile", MarkerKind::forum_profile},
    {"mail_header", MarkerKind::mail_header},
    {"mail_divider", MarkerKind::mail_divider},
    {"network_word", MarkerKind::network_word},
    {"site_word", MarkerKind::site_word},
    {"editor_word", MarkerKind::editor_word},
    {"repost_word", MarkerKind::repost_word},
    {"superlative_word", MarkerKind::superlative_word},
    {"press_word", MarkerKind::press_word},
    {"lead_verb", MarkerKind::lead_verb},
    {"beat_word", MarkerKind::beat_word},
    {"own_waw", MarkerKind::own_waw},
    {"section_label", MarkerKind::section_label},
    {"lineage_word", MarkerKind::lineage_word},
};

// Kinds that are lists of words the rules read, not phrases matched on lines.
bool word_list(MarkerKind k) {
  return k == MarkerKind::function_word || k == MarkerKind::connective || k == MarkerKind::author_verb ||
         k == MarkerKind::date_preposition || k == MarkerKind::date_label ||
         k == MarkerKind::date_label_weak || k == MarkerKind::date_event || k == MarkerKind::date_update ||
         k == MarkerKind::conjunction || k == MarkerKind::day_word || k == MarkerKind::syndication ||
         k == MarkerKind::agency_word || k == MarkerKind::issue_label || k == MarkerKind::name_initial ||
         k == MarkerKind::written_function_word || k == MarkerKind::site_list || k == MarkerKind::role_word ||
         k == MarkerKind::desk_word || k == MarkerKind::genre_word || k == MarkerKind::update_verb ||
         k == MarkerKind::self_reference || k == MarkerKind::contact_label || k == MarkerKind::forum_profile ||
         k == MarkerKind::mail_header || k == MarkerKind::mail_divider ||
         k == MarkerKind::network_word || k == MarkerKind::site_word ||
         k == MarkerKind::editor_word || k == MarkerKind::repost_word || k == MarkerKind::superlative_word ||
         k == MarkerKind::press_word || k == MarkerKind::lead_verb || k == MarkerKind::beat_word ||
         k == MarkerKind::own_waw || k == MarkerKind::section_label || k == MarkerKind::lineage_word;
}
// Removal kinds: where boilerplate goes in `removed`.
constexpr const char* removal_kinds[] = {"share",   "follow",     "subscribe", "copyright", "tags", "photo",
                                         "navigation", "ad",      "comments",  "footer",    "promo", "headline"};

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Where the run of word characters that starts at `pos` ends.
std::size_t word_chars_end(std::string_view key, std::size_t pos) {
  while (pos < key.size()) {
    std::size_t k = pos;
    if (!is_word_char(next_code_point(key, k))) break;
    pos = k;
  }
  return pos;
}

// The first run of word characters: the index key for prefix markers.
std::string first_word(std::string_view key) { return std::string(key.substr(0, word_chars_end(key, 0))); }

int count_words(std::string_view s) {
  int n = 0;
  bool in = false;
  for (char c : s) {
    if (c == ' ') {
      in = false;
    } else if (!in) {
      in = true;
      ++n;
    }
  }
  return n;
}

}  // namespace

std::string marker_kind_name(const Marker& m) {
  if (m.kind == MarkerKind::removed) return m.removal;
  for (const auto& k : structural)
    if (k.kind == m.kind) return k.name;
  return "?";
}

bool word_boundary(std::string_view key, std::size_t pos) {
  if (pos >= key.size()) return true;
  std::size_t i = pos;
  return !is_word_char(next_code_point(key, i));
}

namespace {

// Whether the two bytes `lead` (0xD8 or 0xD9 for the rest to hold) and `next` are an Arabic letter
// of U+0621-U+063A or U+0641-U+064A that fold_letter() leaves as it is (not آ أ إ ة ى).
constexpr std::array<bool, 128> self_folding_letters = [] {
  std::array<bool, 128> t{};
  for (unsigned lead = 0xD8; lead <= 0xD9; ++lead)
    for (unsigned next = 0x80; next <= 0xBF; ++next) {
      char32_t c = static_cast<char32_t>((lead & 0x1F) << 6 | (next & 0x3F));
      bool letter = (c >= 0x0621 && c <= 0x063A) || (c >= 0x0641 && c <= 0x064A);
      t[(lead & 1) << 6 | (next & 0x3F)] = letter && c != 0x0622 && c != 0x0623 && c != 0x0625 && c != 0x0629 && c != 0x0649;
    }
  return t;
}();

bool self_folding(unsigned char lead, char next) {
  auto n = static_cast<unsigned char>(next);
  return (lead == 0xD8 || lead == 0xD9) && (n & 0xC0) == 0x80 && self_folding_letters[(lead & 1) << 6 | (n & 0x3F)];
}

}  // namespace

std::string fold_key(std::string_view search) {
  // Written through a pointer into a buffer of the worst case (an ill-formed byte becomes the
  // three bytes of U+FFFD): keys are made for every line, and append() per letter was a tenth
  // of a whole parse.
  std::string out(search.size() * 3, '\0');
  char* w = out.data();
  bool space = false;
  auto put_space = [&] {
    if (space) *w++ = ' ';
    space = false;
  };
  for (std::size_t i = 0; i < search.size();) {
    auto b = static_cast<unsigned char>(search[i]);
    if (b < 0x80) {
      // ASCII fast path: spaces collapse, Latin lowercases.
      ++i;
      if (b == ' ' || b == '\t') {
        space = w != out.data();
        continue;
      }
      put_space();
      *w++ = static_cast<char>(b >= 'A' && b <= 'Z' ? b | 0x20 : b);
      continue;
    }
    if (i + 1 < search.size() && self_folding(b, search[i + 1])) {
      // Arabic letters U+0621-U+063A and U+0641-U+064A that fold to themselves: most of the
      // text, copied without decoding, a word's run of them at once.
      put_space();
      do {
        *w++ = search[i];
        *w++ = search[i + 1];
        i += 2;
      } while (i + 1 < search.size() && self_folding(static_cast<unsigned char>(search[i]), search[i + 1]));
      continue;
    }
    char32_t c = next_code_point(search, i);
    if (is_arabic_mark(c) || c == 0x200C || c == 0x200D || c == 0x200E || c == 0x200F || c == 0xFEFF) continue;
    if (c == 0x00A0) {
      space = w != out.data();
      continue;
    }
    put_space();
    std::size_t n = 0;
    U8_APPEND_UNSAFE(reinterpret_cast<std::uint8_t*>(w), n, static_cast<UChar32>(fold_letter(c)));
    w += n;
  }
  out.resize(static_cast<std::size_t>(w - out.data()));
  // Trim bullets, dashes, quotes, spaces and other punctuation at both ends (keep '?' out of
  // keys too).
  auto edge = [](std::string_view s, std::size_t i) { return !is_word_char(next_code_point(s, i)); };
  std::size_t b = 0;
  while (b < out.size()) {
    std::size_t i = b;
    if (!edge(out, i)) break;
    next_code_point(out, i);
    b = i;
  }
  std::size_t e = out.size();
  while (e > b) {
    std::size_t s = e - 1;
    while (s > b && (static_cast<unsigned char>(out[s]) & 0xC0) == 0x80) --s;
    std::size_t i = s;
    if (!edge(out, i)) break;
    e = s;
  }
  out.erase(e);
  out.erase(0, b);
  return out;
}

Result<void> MarkerSet::add(std::string_view text, const std::string& name, const Normalizer& normalizer) {
  std::size_t line_no = 0;
  while (!text.empty()) {
    std::size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    ++line_no;
    line = trim(line);
    if (line.empty() || line.front() == '#') continue;
    std::string where = name + ":" + std::to_string(line_no);
    std::size_t sp = line.find_first_of(" \t");
    std::string kind(line.substr(0, sp));
    std::string_view phrase = sp == std::string_view::npos ? std::string_view{} : trim(line.substr(sp));
    Marker m;
    bool known = false;
    for (const auto& k : structural) {
      if (kind == k.name) {
        m.kind = k.kind;
        known = true;
      }
    }
    for (const char* r : removal_kinds) {
      if (kind == r) {
        m.kind = MarkerKind::removed;
        m.removal = r;
        known = true;
      }
    }
    if (!known) {
      std::string all;
      for (const auto& k : structural) all += std::string(all.empty() ? "" : ", ") + k.name;
      for (const char* r : removal_kinds) all += std::string(", ") + r;
      return Error{"unknown marker kind '" + kind + "' (expected one of: " + all + ")", where};
    }
    if (!phrase.empty() && (phrase.front() == '=' || phrase.front() == '*' || phrase.front() == '$')) {
      m.mode = phrase.front() == '=' ? MatchMode::whole : phrase.front() == '*' ? MatchMode::inside : MatchMode::tail;
      phrase = trim(phrase.substr(1));
    }
    // "photo الصورة:": the label counts only with its colon ("الصورة: أرشيف المجلة", not "الصورة المذهلة").
    if (m.mode == MatchMode::prefix && phrase.size() > 1 && phrase.back() == ':') {
      m.colon = true;
      phrase = trim(phrase.substr(0, phrase.size() - 1));
    }
    if (phrase.empty()) return Error{"marker '" + kind + "' has no phrase (write: KIND PHRASE)", where};
    m.text = std::string(phrase);
    m.phrase = fold_key(normalizer.search(phrase));
    if (m.phrase.empty())
      return Error{"marker phrase '" + std::string(phrase) + "' has no letters or digits", where};
    if ((m.kind == MarkerKind::agency || m.kind == MarkerKind::place || m.kind == MarkerKind::name ||
         m.kind == MarkerKind::title_label || word_list(m.kind)) &&
        m.mode != MatchMode::prefix)
      return Error{kind + " markers take a bare name (no '=', '*' or '$')", where};
    m.words = count_words(m.phrase);
    m.origin = where;
    m_markers.push_back(std::move(m));
  }
  return {};
}

void MarkerSet::finish() {
  m_prefix_by_first_word.clear();
  m_whole.clear();
  m_inside.clear();
  m_inside_by_first_word.clear();
  m_tail.clear();
  m_agencies_by_first_word.clear();
  m_places_by_first_word.clear();
  m_agency_phrases.clear();
  m_place_phrases.clear();
  m_names.clear();
  m_title_labels.clear();
  m_lists.clear();
  m_written.clear();
  for (std::size_t i = 0; i < m_markers.size(); ++i) {
    const Marker& m = m_markers[i];
    if (word_list(m.kind)) {
      m_lists[m.kind].push_back(m.phrase);
      m_written[m.kind].push_back(m.text);
      continue;
    }
    if (m.kind == MarkerKind::agency || m.kind == MarkerKind::place) {
      bool agency = m.kind == MarkerKind::agency;
      (agency ? m_agencies_by_first_word : m_places_by_first_word)[first_word(m.phrase)].push_back(i);
      (agency ? m_agency_phrases : m_place_phrases).emplace(m.phrase, i);  // the first of equal phrases
      continue;
    }
    if (m.kind == MarkerKind::name) {
      m_names.insert_or_assign(m.phrase, i);
      continue;
    }
    if (m.kind == MarkerKind::title_label) {  // read on titles only, never on body lines
      m_title_labels.push_back(i);
      continue;
    }
    switch (m.mode) {
      case MatchMode::prefix: m_prefix_by_first_word[first_word(m.phrase)].push_back(i); break;
      case MatchMode::whole: m_whole.insert_or_assign(m.phrase, i); break;  // a later file overrides
      case MatchMode::inside:
        m_inside_by_first_word[first_word(m.phrase)].emplace_back(m_inside.size(), i);
        m_inside.push_back(i);
        break;
      case MatchMode::tail: m_tail.push_back(i); break;
    }
  }
  for (auto* lists : {&m_lists, &m_written})
    for (auto& [k, v] : *lists) {
      std::sort(v.begin(), v.end());
      v.erase(std::unique(v.begin(), v.end()), v.end());
    }
  // Longer prefixes first, so "اقرا ايضا" wins over "اقرا"; at equal length a later file wins.
  for (auto& [w, v] : m_prefix_by_first_word)
    std::stable_sort(v.begin(), v.end(), [&](std::size_t a, std::size_t b) {
      if (m_markers[a].phrase.size() != m_markers[b].phrase.size())
        return m_markers[a].phrase.size() > m_markers[b].phrase.size();
      return a > b;
    });
}

const std::vector<std::string>& MarkerSet::list(MarkerKind kind) const {
  static const std::vector<std::string> none;
  auto it = m_lists.find(kind);
  return it == m_lists.end() ? none : it->second;
}

const std::vector<std::string>& MarkerSet::written(MarkerKind kind) const {
  static const std::vector<std::string> none;
  auto it = m_written.find(kind);
  return it == m_written.end() ? none : it->second;
}

bool MarkerSet::in_list(MarkerKind kind, std::string_view word) const {
  const auto& words = list(kind);
  return std::binary_search(words.begin(), words.end(), word,
                            [](std::string_view a, std::string_view b) { return a < b; });
}

const Marker* MarkerSet::title_label(std::string_view key) const {
  const Marker* best = nullptr;
  for (std::size_t i : m_title_labels) {
    const Marker& m = m_markers[i];
    if (key.compare(0, m.phrase.size(), m.phrase) == 0 && word_boundary(key, m.phrase.size()) &&
        (!best || m.phrase.size() >= best->phrase.size()))
      best = &m;
  }
  return best;
}

MarkerHit MarkerSet::match_line(std::string_view key, int words) const {
  if (key.empty()) return {};
  if (auto it = m_whole.find(std::string(key)); it != m_whole.end()) return {&m_markers[it->second], 0, key.size()};
  if (auto it = m_prefix_by_first_word.find(first_word(key)); it != m_prefix_by_first_word.end()) {
    for (std::size_t i : it->second) {
      const Marker& m = m_markers[i];
      if (key.compare(0, m.phrase.size(), m.phrase) != 0 || !word_boundary(key, m.phrase.size())) continue;
      // "PHRASE:" matches only with its colon; without it the line may still hold another marker
      // ("صورة أرشيفية" is photo *صورة أرشيفية, not photo صورة:).
      if (m.colon) {
        std::size_t at = key.find_first_not_of(' ', m.phrase.size());
        if (at == std::string_view::npos || key[at] != ':') continue;
      }
      return {&m, 0, m.phrase.size()};
    }
  }
  if (words <= threshold::marker::inside_line_max_words) {
    // The first marker (in m_inside's order) found at a word start, at its first place: a phrase
    // that matches at `pos` starts with the run of word characters that starts the key there.
    std::size_t best_order = m_inside.size(), best_pos = 0;
    for (std::size_t pos = 0;;) {
      std::size_t end = word_chars_end(key, pos);
      if (auto it = m_inside_by_first_word.find(key.substr(pos, end - pos)); it != m_inside_by_first_word.end())
        for (const auto& [order, i] : it->second) {
          const Marker& m = m_markers[i];
          if (order < best_order && key.compare(pos, m.phrase.size(), m.phrase) == 0 &&
              word_boundary(key, pos + m.phrase.size()))
            best_order = order, best_pos = pos;
        }
      std::size_t space = key.find(' ', pos);
      if (space == std::string_view::npos) break;
      pos = space + 1;
    }
    if (best_order < m_inside.size()) {
      const Marker& m = m_markers[m_inside[best_order]];
      return {&m, best_pos, best_pos + m.phrase.size()};
    }
  }
  return {};
}

MarkerHit MarkerSet::match_tail(std::string_view key) const {
  // A tail is the phrase plus a few words: only the end of the line can hold it.
  for (std::size_t i : m_tail) {
    const Marker& m = m_markers[i];
    // Back from the end over the phrase's length and the window, in characters.
    std::size_t from = key.size();
    for (std::size_t n = code_points(m.phrase) + threshold::marker::tail_window_chars; n > 0 && from > 0; --n) {
      --from;
      while (from > 0 && (static_cast<unsigned char>(key[from]) & 0xC0) == 0x80) --from;
    }
    std::size_t pos = key.substr(from).rfind(m.phrase);
    if (pos != std::string_view::npos) pos += from;
    if (pos == std::string_view::npos || pos == 0 || key[pos - 1] != ' ') continue;
    if (count_words(key.substr(pos)) > m.words + threshold::marker::tail_extra_words) continue;
    return {&m, pos, pos + m.phrase.size()};
  }
  return {};
}

bool headline_punctuation_at(std::string_view key, std::size_t pos) {
  pos = std::min(key.find_first_not_of(' ', pos), key.size());
  std::string_view at = key.substr(pos);
  return at.starts_with(':') || at.starts_with("..") || at.starts_with("\xE2\x80\xA6");  // …
}

MarkerHit MarkerSet::match_glued(std::string_view key, MarkerKind kind) const {
  auto it = m_prefix_by_first_word.find(first_word(key));
  if (it == m_prefix_by_first_word.end()) return {};
  // A phrase of two words or more is specific enough to be read without a word boundary after it.
  for (std::size_t i : it->second) {
    const Marker& m = m_markers[i];
    if (m.kind != kind || key.compare(0, m.phrase.size(), m.phrase) != 0) continue;
    // One word could open the next sentence ("... الخبر. اقرأ المقال ..."): only as a label.
    if (m.words >= 2 || headline_punctuation_at(key, m.phrase.size()))
      return {&m, 0, m.phrase.size()};
  }
  return {};
}

const Marker* MarkerSet::agency(std::string_view key) const {
  auto it = m_agency_phrases.find(key);
  return it == m_agency_phrases.end() ? nullptr : &m_markers[it->second];
}

bool MarkerSet::place(std::string_view key) const { return m_place_phrases.find(key) != m_place_phrases.end(); }

bool MarkerSet::opens_with_name(std::string_view key) const {
  if (m_names.empty()) return false;
  // The first words of the key, punctuation dropped ("ا .د . احمد" -> "ا", "د", "احمد").
  std::vector<std::string_view> words;
  for (std::size_t i = 0; i < key.size() && words.size() < threshold::marker::name_scan_words;) {
    std::size_t start = i, end = i;
    while (i < key.size()) {
      std::size_t k = i;
      if (!is_word_char(next_code_point(key, k))) break;
      i = end = k;
    }
    if (end > start) words.push_back(key.substr(start, end - start));
    while (i < key.size()) {
      std::size_t k = i;
      if (is_word_char(next_code_point(key, k))) break;
      i = k;
    }
  }
  for (std::size_t w = 0; w < words.size(); ++w) {
    std::string one(words[w]);
    if (m_names.count(one)) return true;
    // "عبدالخالق", "عبدالمنعم": the theophoric names written as one word, "عبد" + "ال" + a name.
    if (one.size() > std::string_view("عبدال").size() + 4 && one.rfind("عبدال", 0) == 0) return true;
    if (w + 1 < words.size() && m_names.count(one + " " + std::string(words[w + 1]))) return true;
    // أ، د، م alone abbreviate a title ("أ.د.", "د.", "م." for engineer: name_initial); anything
    // else ends the search ("ت: فلان" is a photo credit).
    if (!in_list(MarkerKind::name_initial, words[w])) return false;
  }
  return false;
}

bool MarkerSet::mentions_place(std::string_view key) const { return mentions(m_places_by_first_word, key); }

bool MarkerSet::mentions_agency(std::string_view key) const { return mentions(m_agencies_by_first_word, key); }

bool MarkerSet::mentions(const ByWord& by_word, std::string_view key) const {
  // A phrase found at a word start (the key's start or after a space) and ending at a word boundary
  // starts with the run of word characters that starts the key there: look that run up.
  for (std::size_t pos = 0;;) {
    std::size_t end = word_chars_end(key, pos);
    if (auto it = by_word.find(key.substr(pos, end - pos)); it != by_word.end())
      for (std::size_t i : it->second) {
        const std::string& p = m_markers[i].phrase;
        if (key.compare(pos, p.size(), p) == 0 && word_boundary(key, pos + p.size())) return true;
      }
    std::size_t space = key.find(' ', pos);
    if (space == std::string_view::npos) return false;
    pos = space + 1;
  }
}

}  // namespace akhbar::detail
