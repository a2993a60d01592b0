#pragma once
// Line classification: the features of one display-normalized line that the segmentation
// rules read (length, final punctuation, bullets, separators, marker hits).

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "segmenter/markers.h"
#include "segmenter/thresholds.h"

namespace akhbar::detail {

// One input line with its search key and features; `label`/`rule` are filled by the rules.
struct Line {
  std::size_t no = 0;     // 1-based line number in the Document's text
  std::string text;       // display form
  std::string key;        // search key (fold_key of the search form)
  int words = 0;          // words in the display form
  std::size_t chars = 0;  // code points in the display form (a length in letters, not bytes)
  bool blank = true;
  bool bullet = false;     // starts with a list bullet ("•", "-", "*", "1.", "١)")
  bool separator = false;  // a rule such as "-----" or "_____" (no letters)
  char32_t last = 0;       // the last code point of the text
  MarkerHit hit;           // the line-level marker, if any
  bool menu = false;       // one of a run of very short lines (a navigation menu)
  bool forum = false;      // a forum member's box or a reply after the thread's first post
  bool mail = false;       // a mail message's header or divider, or the forwarder's part above it
  std::string label, rule;
  bool removed = false;  // the rules sent the line to `removed` (its label is "removed:KIND")
};

// Splits display text into Lines (empty lines kept as blank Lines).
std::vector<Line> split_lines(std::string_view display);

// Fills key (from the search form of the same line), words, bullet, separator, last, hit.
void classify(Line& line, std::string_view search_line, const MarkerSet& markers);

// The text without its list bullet and the spaces after it.
std::string_view strip_bullet(std::string_view text);

// Words in a display string (space-separated runs).
int count_words(std::string_view text);

// True when a line reads like a headline: not too long, no sentence-final '.', ',' or ':'.
bool headline_like(const Line& line, int max_words = threshold::line::headline_max_words);

// True when the line ends like a sentence ('.', '!', '…').
bool ends_sentence(const Line& line);

// The display text after the first `n` words (and the label punctuation ": | - –" after them).
std::string_view after_words(std::string_view text, int n);

// The words a line frames between dashes ("- جميل الجعدبي -", a Yemeni paper's reporter over the
// headline), empty when the line is not so framed.
std::string_view dash_framed(std::string_view text);

// Trims spaces and the punctuation in `chars` from both ends.
std::string_view trim_chars(std::string_view s, std::string_view chars);

// The words of a key that carry meaning (two letters or more), for overlap tests.
std::vector<std::string> content_words(std::string_view key);

}  // namespace akhbar::detail
