// HTML character references in text inputs (scrapers often leave &quot; and &nbsp; behind).
#include <algorithm>
#include <cstring>

#include "loader/detail_text.h"

namespace akhbar::detail {
namespace {

struct Entity {
  const char* name;
  char32_t cp;
};

// The references that show up in scraped news text; sorted by name for binary search.
constexpr Entity entities[] = {
    {"AElig", 0xC6},    {"Aacute", 0xC1},   {"Agrave", 0xC0},   {"Ccedil", 0xC7},   {"Eacute", 0xC9},
    {"Egrave", 0xC8},   {"Ouml", 0xD6},     {"Uuml", 0xDC},     {"aacute", 0xE1},   {"acirc", 0xE2},
    {"acute", 0xB4},    {"aelig", 0xE6},    {"agrave", 0xE0},   {"amp", '&'},       {"apos", '\''},
    {"auml", 0xE4},     {"bdquo", 0x201E},  {"brvbar", 0xA6},   {"bull", 0x2022},   {"ccedil", 0xE7},
    {"cent", 0xA2},     {"copy", 0xA9},     {"curren", 0xA4},   {"dagger", 0x2020}, {"deg", 0xB0},
    {"divide", 0xF7},   {"eacute", 0xE9},   {"ecirc", 0xEA},    {"egrave", 0xE8},   {"emsp", 0x2003},
    {"ensp", 0x2002},   {"euml", 0xEB},     {"euro", 0x20AC},   {"frac12", 0xBD},   {"frac14", 0xBC},
    {"frac34", 0xBE},   {"gt", '>'},        {"hellip", 0x2026}, {"iacute", 0xED},   {"icirc", 0xEE},
    {"iexcl", 0xA1},    {"iquest", 0xBF},   {"laquo", 0xAB},    {"larr", 0x2190},   {"ldquo", 0x201C},
    {"lrm", 0x200E},    {"lsaquo", 0x2039}, {"lsquo", 0x2018},  {"lt", '<'},        {"mdash", 0x2014},
    {"micro", 0xB5},    {"middot", 0xB7},   {"nbsp", 0xA0},     {"ndash", 0x2013},  {"not", 0xAC},
    {"oacute", 0xF3},   {"ocirc", 0xF4},    {"ouml", 0xF6},     {"para", 0xB6},     {"permil", 0x2030},
    {"plusmn", 0xB1},   {"pound", 0xA3},    {"quot", '"'},      {"raquo", 0xBB},    {"rarr", 0x2192},
    {"rdquo", 0x201D},  {"reg", 0xAE},      {"rlm", 0x200F},    {"rsaquo", 0x203A}, {"rsquo", 0x2019},
    {"sbquo", 0x201A},  {"sect", 0xA7},     {"shy", 0xAD},      {"sup2", 0xB2},     {"sup3", 0xB3},
    {"thinsp", 0x2009}, {"times", 0xD7},    {"trade", 0x2122},  {"uacute", 0xFA},   {"ucirc", 0xFB},
    {"uuml", 0xFC},     {"yen", 0xA5},      {"zwj", 0x200D},    {"zwnj", 0x200C},
};

}  // namespace

std::string decode_entities(std::string_view s) {
  std::size_t amp = s.find('&');
  if (amp == std::string_view::npos) return std::string(s);
  std::string out(s.substr(0, amp));
  out.reserve(s.size());
  std::size_t i = amp;
  while (i < s.size()) {
    if (s[i] != '&') {
      std::size_t next = s.find('&', i);
      if (next == std::string_view::npos) next = s.size();
      out.append(s.substr(i, next - i));
      i = next;
      continue;
    }
    std::size_t semi = s.find(';', i + 1);
    if (semi == std::string_view::npos || semi - i > 12 || semi == i + 1) {
      out += '&';
      ++i;
      continue;
    }
    std::string_view name = s.substr(i + 1, semi - i - 1);
    char32_t cp = 0;
    if (name[0] == '#') {
      bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
      std::string_view digits = name.substr(hex ? 2 : 1);
      bool ok = !digits.empty();
      for (char c : digits) {
        int d = c >= '0' && c <= '9'          ? c - '0'
                : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                              : -1;
        if (d < 0 || cp > 0x10FFFF) {
          ok = false;
          break;
        }
        cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(d);
      }
      if (!ok || cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0;
    } else {
      auto it =
          std::lower_bound(std::begin(entities), std::end(entities), name,
                           [](const Entity& e, std::string_view n) { return std::string_view(e.name) < n; });
      if (it != std::end(entities) && std::string_view(it->name) == name) cp = it->cp;
    }
    if (cp == 0) {
      out += '&';
      ++i;
      continue;
    }
    append_utf8(out, cp);
    i = semi + 1;
  }
  return out;
}

}  // namespace akhbar::detail
