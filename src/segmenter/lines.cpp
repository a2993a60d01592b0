// Line features. Everything here works on bytes and code points, with no regex: the segmenter
// must run at tens of MB/s.
#include "segmenter/lines.h"

#include <algorithm>

#include "segmenter/detail_text.h"
#include "segmenter/thresholds.h"

namespace akhbar::detail {
namespace {

bool is_bullet_cp(char32_t c) {
  return c == 0x2022 || c == 0x00B7 || c == 0x25AA || c == 0x25CF || c == 0x25A0 || c == 0x2023 || c == 0x25E6 ||
         c == 0x2043 || c == 0x2219 || c == 0x27A2 || c == 0x2713 || c == 0x2714 || c == 0x25BA || c == 0x25B6 ||
         c == 0x2756 || c == 0x274F || c == 0x25C6 || c == 0x25C7 || c == 0x2666;
}

}  // namespace

int count_words(std::string_view text) {
  int n = 0;
  bool in = false;
  for (char c : text) {
    if (c == ' ' || c == '\t') {
      in = false;
    } else if (!in) {
      in = true;
      ++n;
    }
  }
  return n;
}

std::vector<Line> split_lines(std::string_view display) {
  std::vector<Line> lines;
  std::size_t no = 0;
  while (true) {
    std::size_t nl = display.find('\n');
    std::string_view l = display.substr(0, nl);
    Line line;
    line.no = ++no;
    line.text = std::string(trim_chars(l, ""));
    line.blank = line.text.empty();
    lines.push_back(std::move(line));
    if (nl == std::string_view::npos) break;
    display.remove_prefix(nl + 1);
  }
  // A final newline does not start another line.
  if (lines.size() > 1 && lines.back().blank) lines.pop_back();
  return lines;
}

std::string_view strip_bullet(std::string_view text) {
  std::size_t i = 0;
  char32_t c = next_code_point(text, i);
  bool bullet = is_bullet_cp(c) || ((c == '-' || c == '*' || c == 0x2013 || c == 0x2014 || c == '+' || c == '>') &&
                                    i < text.size() && text[i] == ' ');
  if (!bullet) {
    // "1. ", "2- ", "3) ", "١) ": a numbered item (a number alone at the start is not a bullet).
    std::size_t j = 0;
    int digits = 0;
    while (j < text.size()) {
      std::size_t k = j;
      if (digit_value(next_code_point(text, k)) < 0) break;
      ++digits;
      j = k;
    }
    if (digits >= 1 && digits <= threshold::line::bullet_number_max_digits && j + 1 < text.size() &&
        (text[j] == '.' || text[j] == '-' || text[j] == ')') && text[j + 1] == ' ') {
      i = j + 1;
      bullet = true;
    }
  }
  if (!bullet) return text;
  while (i < text.size() && text[i] == ' ') ++i;
  return text.substr(i);
}

void classify(Line& line, std::string_view search_line, const MarkerSet& markers) {
  if (line.blank) return;
  line.key = fold_key(search_line);
  line.words = count_words(line.text);
  line.bullet = strip_bullet(line.text).size() != line.text.size();
  bool letters = false;
  for (std::size_t i = 0; i < line.text.size();) {
    char32_t c = next_code_point(line.text, i);
    if (is_word_char(c)) {
      letters = true;
      break;
    }
  }
  line.chars = code_points(line.text);
  line.separator = !letters && line.chars >= threshold::line::separator_min_chars;
  // The last code point: step back over continuation bytes.
  std::size_t s = line.text.size() - 1;
  while (s > 0 && (static_cast<unsigned char>(line.text[s]) & 0xC0) == 0x80) --s;
  std::size_t i = s;
  line.last = next_code_point(line.text, i);
  line.hit = markers.match_line(line.key, line.words);
}

bool ends_sentence(const Line& line) { return line.last == '.' || line.last == '!' || line.last == 0x2026; }

bool headline_like(const Line& line, int max_words) {
  if (line.blank || line.separator || line.words > max_words ||
      line.chars > threshold::line::headline_max_chars)
    return false;
  char32_t c = line.last;
  return !(c == '.' || c == ',' || c == 0x060C || c == ':' || c == 0x061B || c == ';' || c == 0x2026);
}

std::string_view dash_framed(std::string_view text) {
  text = trim_chars(text, "");
  for (std::string_view dash : {"-", "\xE2\x80\x93"})  // - –
    if (text.size() > 2 * dash.size() && text.starts_with(dash) && text.ends_with(dash)) {
      std::string_view inner = trim_chars(text.substr(dash.size(), text.size() - 2 * dash.size()), "");
      // Not a rule of dashes ("-----"), nor a heading between them ("---------- نصائح الطبيب ---").
      if (!inner.empty() && !inner.starts_with("-") && !inner.ends_with("-")) return inner;
    }
  return {};
}

std::string_view trim_chars(std::string_view s, std::string_view chars) {
  auto strip = [&](char32_t c) {
    if (c == ' ' || c == '\t' || c == '\r' || c == 0x00A0 || c == 0x200F || c == 0x200E || c == 0xFEFF) return true;
    if (c < 0x80) return chars.find(static_cast<char>(c)) != std::string_view::npos;
    if (c == 0x2013 || c == 0x2014) return chars.find('-') != std::string_view::npos;
    if (c == 0x060C) return chars.find(',') != std::string_view::npos;
    if (c == 0x00AB || c == 0x00BB) return chars.find('"') != std::string_view::npos;  // «» are quotes too
    if (c == 0x061B) return chars.find(';') != std::string_view::npos;
    return is_bullet_cp(c) && chars.find('*') != std::string_view::npos;
  };
  while (!s.empty()) {
    std::size_t i = 0;
    char32_t c = next_code_point(s, i);
    if (!strip(c)) break;
    s.remove_prefix(i);
  }
  while (!s.empty()) {
    std::size_t b = s.size() - 1;
    while (b > 0 && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) --b;
    std::size_t i = b;
    char32_t c = next_code_point(s, i);
    if (!strip(c)) break;
    s.remove_suffix(s.size() - b);
  }
  return s;
}

std::string_view after_words(std::string_view text, int n) {
  // Skip leading bullets/punctuation, then n words.
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t k = i;
    if (is_word_char(next_code_point(text, k))) break;
    i = k;
  }
  for (int w = 0; w < n && i < text.size(); ++w) {
    while (i < text.size() && text[i] != ' ') {
      // A label glued to its value ("المصدر:وكالة", "استطلاع/محمد مطير"): stop the word at the colon or slash.
      if (w == n - 1 && (text[i] == ':' || text[i] == '|' || text[i] == '/')) break;
      ++i;
    }
    while (i < text.size() && text[i] == ' ') ++i;
  }
  // ";" also drops the Arabic semicolon of "اقرء ايضا ؛ عنوان".
  return trim_chars(text.substr(i), ":|-*/;");
}

std::vector<std::string> content_words(std::string_view key) {
  std::vector<std::string> out;
  std::string cur;
  int letters = 0;
  auto flush = [&] {
    if (letters >= threshold::line::content_word_min_letters) out.push_back(cur);
    cur.clear();
    letters = 0;
  };
  for (std::size_t i = 0; i < key.size();) {
    std::size_t start = i;
    char32_t c = next_code_point(key, i);
    if (is_word_char(c)) {
      cur.append(key.substr(start, i - start));
      ++letters;
    } else {
      flush();
    }
  }
  flush();
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace akhbar::detail
