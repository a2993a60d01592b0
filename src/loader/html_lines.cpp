// The shapes of a page's short lines, told apart by their words: date lines and rows, issue lines,
// share bars, clock times, comment headings; a link's words as a headline; addresses resolved against
// the page's own.


#include <cstring>

#include "loader/detail_formats.h"
#include "loader/detail_html.h"
#include "loader/detail_text.h"

namespace akhbar::detail {


const GumboNode* first_heading(const GumboNode* n, int depth) {
  if (n->type != GUMBO_NODE_ELEMENT || depth > 8) return nullptr;
  GumboTag t = n->v.element.tag;
  if (t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6) return n;
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i)
    if (const GumboNode* h = first_heading(static_cast<const GumboNode*>(kids.data[i]), depth + 1)) return h;
  return nullptr;
}

namespace {

bool numbering(std::string_view t) {
  bool digit = false;
  for (std::size_t i = 0; i < t.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(t[i]);
    if (c >= '0' && c <= '9') {
      digit = true;
    } else if (c == 0xD9 && i + 1 < t.size() && static_cast<unsigned char>(t[i + 1]) >= 0xA0 &&
               static_cast<unsigned char>(t[i + 1]) <= 0xA9) {
      digit = true;
      ++i;
    } else if (std::isalpha(c) || c >= 0x80) {
      return false;
    }
  }
  return digit;
}

// Calls `f` with each space-separated word of `t` in order until it returns false (the two word
// tests below stop at the first word that decides).
template <typename F>
void for_each_word(std::string_view t, F f) {
  for (std::size_t at = 0; at < t.size();) {
    std::size_t end = t.find(' ', at);
    if (end == std::string_view::npos) end = t.size();
    if (!f(t.substr(at, end - at))) return;
    at = end + 1;
  }
}

// Month names of the Arab world's calendars (Egyptian/Gulf, Levantine, Maghrebi).
const std::string_view months[] = {
    "يناير",  "فبراير", "مارس",   "أبريل",  "ابريل",  "إبريل",  "مايو",  "يونيو",  "يوليو", "أغسطس",
    "اغسطس",  "سبتمبر", "أكتوبر", "اكتوبر", "نوفمبر", "ديسمبر", "كانون", "شباط",   "آذار",  "اذار",
    "نيسان",  "أيار",   "ايار",   "حزيران", "تموز",   "آب",     "أيلول", "ايلول",  "تشرين", "الأول",
    "الثاني", "جانفي",  "فيفري",  "أفريل",  "افريل",  "ماي",    "جوان",  "جويلية", "أوت",   "اوت"};

// A date and nothing more ("ديسمبر 24, 2020", "12 أيار 2021", a forum's "الثلاثاء الساعة 03:32"): a card's
// date line, no headline.
bool date_only(std::string_view t) {
  bool digits = false;
  bool other = false;
  for_each_word(t, [&](std::string_view w) {
    while (!w.empty() && (w.back() == ',' || w.back() == '.' || w.back() == '/' || w.back() == '-'))
      w.remove_suffix(1);
    if (w.size() >= 2 && w.substr(w.size() - 2) == "،") w.remove_suffix(2);
    if (w.empty() || w == "/" || w == "-") return true;
    if (numbering(w)) {
      digits = true;
      return true;
    }
    static constexpr std::string_view day_words[] = {"الأحد",  "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الاربعاء",
                                                     "الخميس", "الجمعة",  "السبت",   "الساعة",   "أمس",      "اليوم"};
    other = std::find(std::begin(months), std::end(months), w) == std::end(months) &&
            std::find(std::begin(day_words), std::end(day_words), w) == std::end(day_words);
    return !other;
  });
  return digits && !other;
}

// Three words or more with an Arabic letter, not list numbering, not a date, not a paragraph.
// A card's "read more" link ("اقرأ المزيد »", "تابع القراءة", "التفاصيل ..."): a prompt, no title.
bool read_more_prompt(const std::string& t) {
  if (std::count(t.begin(), t.end(), ' ') > 3) return false;
  for (const char* p : {"اقرأ المزيد", "إقرأ المزيد", "اقرا المزيد", "قراءة المزيد", "المزيد", "تابع القراءة",
                        "أكمل القراءة", "اكمل القراءة", "اقرأ التفاصيل", "التفاصيل", "اقرأ أكثر"})
    if (t.rfind(p, 0) == 0) return true;
  return false;
}

}  // namespace

bool headline_shaped(const std::string& t) {
  return !t.empty() && t.size() <= 300 && !numbering(t) && !date_only(t) && has_arabic_letter(t) &&
         std::count(t.begin(), t.end(), ' ') >= 2 && !read_more_prompt(t);
}

namespace {

// A Latin month's name, English or French, whole or cut ("Sep", "Sept.", "September", "août"), lower case:
// the dates of pages in those languages' chrome ("Sep 10, 2022", "10 août 2018").
bool latin_month(std::string_view w) {
  static constexpr std::string_view names[] = {
      "january", "february", "march",   "april",   "may",      "june",     "july",    "august",  "september",
      "october", "november", "december", "janvier", "f\xC3\xA9" "vrier", "fevrier", "mars", "avril", "mai",
      "juin",    "juillet",  "ao\xC3\xBBt", "aout", "septembre", "octobre", "novembre", "d\xC3\xA9" "cembre",
      "decembre"};
  if (w.size() < 3) return false;
  for (std::string_view n : names)
    if (w == n || (w.size() <= 4 && w == n.substr(0, w.size()))) return true;  // "sep", "sept", "déc"
  return false;
}

}  // namespace

// A date and what dates carry (a weekday, a time, "م"): at most html_date_alone_max_other_words words
// that are neither numbers nor months ("الأربعاء، 07 أكتوبر 2020 - 12:09 م", "Sep 10, 2022"; not
// "افتتاح المعرض في 12 مايو 2022 بالرياض").
bool date_alone(std::string_view t) {
  int other = 0;
  for_each_word(t, [&](std::string_view w) {
    while (!w.empty() && std::strchr(",.-/:|()", w.back())) w.remove_suffix(1);
    if (w.size() >= 2 && w.substr(w.size() - 2) == "\xD8\x8C") w.remove_suffix(2);  // ،
    if (w.empty() || numbering(w) || std::find(std::begin(months), std::end(months), w) != std::end(months))
      return true;
    std::string lower;
    for (char c : w) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (!latin_month(lower) && !std::all_of(w.begin(), w.end(), [](char c) { return std::strchr(":-/", c); }))
      ++other;
    return other <= html_date_alone_max_other_words;
  });
  return other <= html_date_alone_max_other_words;
}


bool date_shaped(std::string_view line) {
  // The line's shape: N a number, Y a year (four digits), / a date separator, M a month's name;
  // other words and signs are x, spaces and commas nothing.
  std::string shape;
  std::string digits;
  auto end_number = [&] {
    if (!digits.empty()) shape += digits.size() == 4 ? 'Y' : digits.size() <= 2 ? 'N' : 'x';
    digits.clear();
  };
  for (std::size_t i = 0; i < line.size();) {
    auto c = static_cast<unsigned char>(line[i]);
    if (c >= '0' && c <= '9') {
      digits += static_cast<char>(c);
      ++i;
      continue;
    }
    if (c == 0xD9 && i + 1 < line.size() && static_cast<unsigned char>(line[i + 1]) >= 0xA0 &&
        static_cast<unsigned char>(line[i + 1]) <= 0xA9) {  // Arabic-Indic digits
      digits += static_cast<char>('0' + static_cast<unsigned char>(line[i + 1]) - 0xA0);
      i += 2;
      continue;
    }
    // Direction marks inside a date ("١٣‏/٤‏/٢٠٢٤": a browser's Arabic locale puts U+200F after each
    // number) are no sign of their own.
    if (c == 0xE2 && i + 2 < line.size() && static_cast<unsigned char>(line[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(line[i + 2]) == 0x8E || static_cast<unsigned char>(line[i + 2]) == 0x8F)) {
      i += 3;
      continue;
    }
    if (c == 0xD8 && i + 1 < line.size() && static_cast<unsigned char>(line[i + 1]) == 0x9C) {  // U+061C
      i += 2;
      continue;
    }
    end_number();
    if (c == '/' || c == '-' || c == '.') {
      shape += '/';
      ++i;
    } else if (c == ' ' || c == ',' || c == '\t') {
      ++i;
    } else if (c == 0xD8 && i + 1 < line.size() && static_cast<unsigned char>(line[i + 1]) == 0x8C) {  // ،
      i += 2;
    } else if (c >= 0xD8 && c <= 0xDB) {  // an Arabic word: a month or another word
      std::size_t end = i;
      while (end < line.size() && static_cast<unsigned char>(line[end]) >= 0xD8 &&
             static_cast<unsigned char>(line[end]) <= 0xDB && end + 1 < line.size())
        end += 2;
      std::string_view w = line.substr(i, end - i);
      shape += std::find(std::begin(months), std::end(months), w) != std::end(months) ? 'M' : 'x';
      i = std::max(end, i + 1);  // a lead byte cut off at the end is a sign of its own
    } else if (std::isalpha(c) || (c == 0xC3 && i + 1 < line.size())) {  // a Latin word (French accents too)
      bool after_digit = i > 0 && line[i - 1] >= '0' && line[i - 1] <= '9';
      std::string w;
      while (i < line.size()) {
        auto d = static_cast<unsigned char>(line[i]);
        if (std::isalpha(d)) {
          w += static_cast<char>(std::tolower(d));
          ++i;
        } else if (d == 0xC3 && i + 1 < line.size()) {
          w += line.substr(i, 2);
          i += 2;
        } else {
          break;
        }
      }
      if (i < line.size() && line[i] == '.') ++i;  // "Sept."
      if (after_digit && (w == "st" || w == "nd" || w == "rd" || w == "th")) continue;  // "January 30th"
      shape += latin_month(w) ? 'M' : 'x';
    } else {
      shape += 'x';
      i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    }
  }
  end_number();
  for (std::string_view form : {"N/N/Y", "Y/N/N", "NMY", "MNY"})
    if (shape.find(form) != std::string::npos) return true;
  return false;
}

bool day_month(std::string_view line, bool latin) {
  if (line.size() > 40) return false;
  std::string shape;
  for (std::size_t i = 0; i < line.size();) {
    auto c = static_cast<unsigned char>(line[i]);
    if (c >= '0' && c <= '9') {
      std::size_t end = i;
      while (end < line.size() && line[end] >= '0' && line[end] <= '9') ++end;
      shape += end - i <= 2 ? 'N' : 'x';
      i = end;
    } else if (c == ' ' || c == ',') {
      ++i;
    } else if (c >= 0xD8 && c <= 0xDB) {
      std::size_t end = i;
      while (end + 1 < line.size() && static_cast<unsigned char>(line[end]) >= 0xD8 &&
             static_cast<unsigned char>(line[end]) <= 0xDB)
        end += 2;
      std::string_view w = line.substr(i, end - i);
      shape += std::find(std::begin(months), std::end(months), w) != std::end(months) ? 'M' : 'x';
      i = std::max(end, i + 1);
    } else if (latin && std::isalpha(c)) {  // "Jun 5", "5 June"
      std::string w;
      for (; i < line.size() && std::isalpha(static_cast<unsigned char>(line[i])); ++i)
        w += static_cast<char>(std::tolower(static_cast<unsigned char>(line[i])));
      if (i < line.size() && line[i] == '.') ++i;  // "Sept."
      shape += latin_month(w) ? 'M' : 'x';
    } else {
      return false;
    }
  }
  return shape == "NM" || shape == "MN";
}

bool issue_line(std::string_view line) {
  if (line.size() > 100 || !date_shaped(line)) return false;
  std::string h = fold_heading(line);
  // "العدد 18230 - ...", "عدد رقم 512 ...": the word for an issue, then its number.
  for (std::string_view issue : {"العدد ", "عدد ", "العدد رقم ", "عدد رقم "})
    if (h.rfind(issue, 0) == 0 && h.size() > issue.size() && h[issue.size()] >= '0' && h[issue.size()] <= '9')
      return true;
  // "عدد السبت 30 يونيو 2018": a newsletter's issue named by its day.
  for (std::string_view issue : {"العدد ", "عدد "})
    if (h.rfind(issue, 0) == 0)
      for (std::string_view day : {"السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه"})
        if (h.compare(issue.size(), day.size(), day) == 0) return true;
  return false;
}

namespace {

// A card link's title when its parts are elements of their own and no heading marks it
// ("<span>طالع أيضا</span><strong>title</strong>", a kicker or a date beside the title): its
// first headline-shaped part (a bookmark card's title before its description); "" when the
// link's text is one run (its words and inline marks).
std::string card_part_title(const GumboNode* a) {
  const GumboNode* n = a;
  for (int depth = 0; depth < 8; ++depth) {
    std::vector<const GumboNode*> parts;
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) {
      const auto* k = static_cast<const GumboNode*>(kids.data[i]);
      if (k->type == GUMBO_NODE_TEXT && !trim(k->v.text.text).empty()) return {};  // text beside the parts
      if (k->type == GUMBO_NODE_ELEMENT && !html_skipped_tag(k->v.element.tag) && !trim(html_text(k)).empty())
        parts.push_back(k);
    }
    if (parts.empty()) return {};
    if (parts.size() == 1) {  // a wrapper: look inside it
      n = parts[0];
      continue;
    }
    for (const GumboNode* p : parts) {
      std::string t(trim(html_text(p)));
      std::replace(t.begin(), t.end(), '\n', ' ');
      if (headline_shaped(t)) return t;
    }
    return {};
  }
  return {};
}

}  // namespace

namespace {

// A link text that opens or closes with an arrow ("◄ TITLE", "TITLE ►", "‹ السابق") points to the
// previous or next item: navigation, not a story listed for its own sake.
bool arrow_marked(std::string_view t) {
  t = trim(t);
  auto arrow = [](char32_t c) {
    return c == 0x25C4 || c == 0x25BA || c == 0x25C0 || c == 0x25B6 || c == 0x2190 || c == 0x2192 ||
           c == 0x2039 || c == 0x203A;
  };
  if (t.empty()) return false;
  std::size_t i = 0;
  if (arrow(next_code_point(t, i))) return true;
  std::size_t last = t.size() - 1;
  while (last > 0 && (static_cast<unsigned char>(t[last]) & 0xC0) == 0x80) --last;
  return arrow(next_code_point(t, last));
}

}  // namespace

std::string headline_of_link(const GumboNode* a) {
  const GumboNode* h = first_heading(a);
  if (!h)
    if (std::string part = card_part_title(a); !part.empty()) return part;
  std::string text(trim(html_text(h ? h : a)));
  std::string t = text;
  std::replace(t.begin(), t.end(), '\n', ' ');
  if (!h && text.find('\n') != std::string::npos && t.size() > 200) {
    // A card without a heading element (a bookmark card: title, description, publisher in
    // blocks of their own): its first headline-shaped line is its title.
    for (std::size_t at = 0; at < text.size();) {
      std::size_t end = std::min(text.find('\n', at), text.size());
      std::string line(trim(std::string_view(text).substr(at, end - at)));
      if (headline_shaped(line)) return line;
      at = end + 1;
    }
  }
  return headline_shaped(t) && !arrow_marked(t) ? t : std::string();
}

namespace {

// Appends the text of `n` up to its first block boundary; false once the line is complete.
bool first_line_walk(const GumboNode* n, std::string& out, int depth) {
  if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE) {
    out += n->v.text.text;
    return out.size() < 200;
  }
  if (n->type != GUMBO_NODE_ELEMENT || depth > 32 || html_skipped_tag(n->v.element.tag)) return true;
  bool block = html_block_tag(n->v.element.tag);
  if (block && !trim(out).empty()) return false;
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i)
    if (!first_line_walk(static_cast<const GumboNode*>(kids.data[i]), out, depth + 1)) return false;
  return !(block && !trim(out).empty());
}

}  // namespace

std::string html_first_line(const GumboNode* n) {
  std::string out;
  first_line_walk(n, out, 0);
  std::string line(trim(out));
  std::replace(line.begin(), line.end(), '\n', ' ');
  return line;
}

bool share_line(std::string_view line) {
  line = trim(line);
  if (line.empty() || line.size() > 160) return false;
  static const std::string_view networks[] = {
      "فيسبوك",  "فيس",     "بوك",    "تويتر",    "واتساب",   "واتس",     "اب",     "تيليجرام",
      "تيلجرام", "تليجرام", "تلغرام", "انستغرام", "إنستغرام", "انستجرام", "يوتيوب", "لينكدإن",
      "لينكد",   "إن",      "إكس",    "سناب",     "شات",      "تيك",      "توك"};
  static const std::string_view words[] = {"شارك",   "شاركوا",     "مشاركة", "المشاركة", "عبر",    "على",
                                           "في",     "الخبر",      "المقال", "تابعونا",  "تابعنا", "تابعوا",
                                           "البريد", "الإلكتروني", "نسخ",    "الرابط",   "طباعة"};
  int names = 0;
  bool other = false;
  for_each_word(line, [&](std::string_view w) {
    // Punctuation around a word (":" "،" "|") does not count.
    while (!w.empty() && static_cast<unsigned char>(w.back()) < 0x80 &&
           !std::isalnum(static_cast<unsigned char>(w.back())))
      w.remove_suffix(1);
    if (w.size() >= 2 && (w.substr(w.size() - 2) == "،")) w.remove_suffix(2);
    while (!w.empty() && static_cast<unsigned char>(w.front()) < 0x80 &&
           !std::isalnum(static_cast<unsigned char>(w.front())))
      w.remove_prefix(1);
    if (w.empty()) return true;
    auto in = [](std::string_view x, const auto& set) {
      return std::find(std::begin(set), std::end(set), x) != std::end(set);
    };
    std::string_view bare = w.substr(0, 2) == "و" && w.size() > 4 ? w.substr(2) : w;  // "وتويتر"
    if (in(w, networks) || in(bare, networks)) {
      ++names;
    } else if (!in(w, words) && !in(bare, words)) {
      other = true;
    }
    return !other;
  });
  return names >= 2 && !other;
}

bool time_only(std::string_view line) {
  line = trim(line);
  if (line.empty() || line.size() > 32) return false;
  // "01:20 ت م", "9:12 ص", "13:05 GMT": a clock time, and beside it only one-letter marks of the
  // hour's half or zone (ص / م / ت م) or AM/PM/GMT.
  bool time = false, other = false;
  for_each_word(line, [&](std::string_view w) {
    while (!w.empty() && (w.back() == '.' || w.back() == ',')) w.remove_suffix(1);
    if (w.empty()) return true;
    std::size_t colon = w.find(':');
    auto digits = [](std::string_view d) {
      return !d.empty() && d.size() <= 2 &&
             std::all_of(d.begin(), d.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    if (colon != std::string_view::npos && digits(w.substr(0, colon)) && w.substr(colon + 1).size() == 2 &&
        digits(w.substr(colon + 1))) {
      time = true;
    } else if (!(w.size() == 2 && static_cast<unsigned char>(w[0]) >= 0xD8 &&
                 static_cast<unsigned char>(w[0]) <= 0xD9) &&
               w != "AM" && w != "PM" && w != "am" && w != "pm" && w != "GMT") {
      other = true;
    }
    return !other;
  });
  return time && !other;
}

bool comments_heading(std::string_view line) {
  line = trim(line);
  // A heading, not a sentence: a few words ("تعليقات القراء (2)", "أضف تعليقك", "3 تعليقات").
  if (line.empty() || line.size() > 80 || std::count(line.begin(), line.end(), ' ') > 5) return false;
  for (std::string_view w :
       {"تعليقات", "تعليقك", "أضف تعليق", "اضف تعليق", "إضافة تعليق", "اترك تعليق", "أترك تعليق",
        "آراء القراء", "اراء القراء", "تعقيبات", "التعقيبات",
        // SPIP's comments are its "forum": "ردود على المقال" (not "ردود فعل",
        // a section of the story's reactions).
        "ردود على المقال", "ردود على الموضوع", "ردود على الخبر", "ردود القراء", "أضف ردك"})
    if (line.find(w) != std::string_view::npos) return true;
  return false;
}

namespace {

std::string percent_decoded(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto hex = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) ? c - '0' : (std::tolower(c) - 'a' + 10) & 0xF; };
    if (s[i] == '%' && i + 2 < s.size() && std::isxdigit(static_cast<unsigned char>(s[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
      out += static_cast<char>(hex(s[i + 1]) * 16 + hex(s[i + 2]));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

// Link-protection services rewrite every link of a mail (and some sites' outbound links) to pass through
// them; the address they wrap sits in a query parameter, in the path percent-encoded (Cisco), or between
// "__" marks (Proofpoint's v3). Only these hosts: a share button's "?u=ADDRESS" is no redirect to it.
constexpr std::string_view link_protection_hosts[] = {
    "safelinks.protection.outlook.com", "urldefense.com", "urldefense.proofpoint.com", "secure-web.cisco.com",
    "linkprotect.cudasvc.com", "clicktime.cloud.postoffice.net", "google.com", "trendmicro.com"};

std::optional<std::string> unwrapped(std::string_view url) {
  std::size_t scheme = url.find("://");
  if (scheme == std::string_view::npos || scheme > 5) return std::nullopt;
  std::string_view rest = url.substr(scheme + 3);
  std::string_view host = rest.substr(0, rest.find_first_of("/?#"));
  bool known = false;
  for (std::string_view h : link_protection_hosts)
    known = known || host == h || (host.size() > h.size() && host.ends_with(h) && host[host.size() - h.size() - 1] == '.');
  if (!known) return std::nullopt;
  auto web = [](std::string_view s) { return s.starts_with("http://") || s.starts_with("https://"); };
  std::string_view path = rest.substr(host.size());
  // Proofpoint v3: "/v3/__https://site/story__;!!…$".
  if (std::size_t open = path.find("/__"); open != std::string_view::npos) {
    std::string_view inner = path.substr(open + 3);
    if (std::size_t close = inner.find("__;"); close != std::string_view::npos && web(inner))
      return std::string(inner.substr(0, close));
  }
  // "?url=", "?a=", "?q=", "?u=" (Safe Links, Barracuda, Google, Trend Micro).
  if (std::size_t q = path.find('?'); q != std::string_view::npos)
    for (std::string_view query = path.substr(q + 1); !query.empty();) {
      std::string_view pair = query.substr(0, query.find('&'));
      query = pair.size() < query.size() ? query.substr(pair.size() + 1) : std::string_view();
      std::size_t eq = pair.find('=');
      if (eq == std::string_view::npos) continue;
      std::string_view name = pair.substr(0, eq);
      if (name != "url" && name != "a" && name != "q" && name != "u" && name != "target") continue;
      if (std::string value = percent_decoded(pair.substr(eq + 1)); web(value)) return value;
    }
  // Cisco: "/ID/https%3A%2F%2Fsite%2Fstory".
  for (std::string_view enc : {"/https%3A%2F%2F", "/http%3A%2F%2F", "/https%3a%2f%2f", "/http%3a%2f%2f"})
    if (std::size_t at = path.find(enc); at != std::string_view::npos) return percent_decoded(path.substr(at + 1));
  return std::nullopt;
}

}  // namespace

std::string resolve_href(const std::string& href, const std::optional<std::string>& base) {
  if (auto inner = unwrapped(href)) return *inner;
  if (href.find("://") != std::string::npos || !base || href.empty()) return href;
  std::size_t scheme = base->find("://");
  if (scheme == std::string::npos) return href;
  if (href.rfind("//", 0) == 0) return base->substr(0, scheme + 1) + href;
  std::size_t host_end = base->find('/', scheme + 3);
  std::string origin = base->substr(0, host_end);
  if (href[0] == '/') return origin + href;
  if (href[0] == '?') return base->substr(0, base->find('?')) + href;
  std::string dir = host_end == std::string::npos ? origin + "/" : base->substr(0, base->rfind('/') + 1);
  return dir + href;
}

bool same_site_url(std::string_view url, const std::optional<std::string>& base) {
  // A path ("/web/2024/http://…" in an archive's capture) is on the page's site.
  std::size_t scheme = url.find("://");
  if (scheme == std::string_view::npos || url.find_first_of("/?") < scheme) return url.rfind("//", 0) != 0;
  if (!base) return false;
  std::size_t b = base->find("://");
  if (b == std::string::npos) return false;
  auto host = [](std::string_view u, std::size_t at) {
    std::string_view h = u.substr(at + 3);
    h = h.substr(0, h.find_first_of("/?#"));
    if (h.rfind("www.", 0) == 0) h.remove_prefix(4);
    return h;
  };
  if (host(url, scheme) == host(*base, b)) return true;
  // A proxy's or an archive's address wrapping the site's own ("https://via.hypothes.is/https://site/…",
  // "https://web.archive.org/web/2018…/https://site/…"): the wrapped address tells the site.
  if (std::size_t inner = url.find("://", scheme + 3); inner != std::string_view::npos)
    return host(url, inner) == host(*base, b);
  return false;
}

bool page_ancestor_url(std::string_view url, const std::optional<std::string>& base) {
  if (!base || !same_site_url(url, base)) return false;
  auto path = [](std::string_view u) {
    if (std::size_t s = u.find("://"); s != std::string_view::npos) {
      std::size_t p = u.find('/', s + 3);
      u = p == std::string_view::npos ? std::string_view() : u.substr(p);
    }
    u = u.substr(0, u.find_first_of("?#"));
    while (u.ends_with('/')) u.remove_suffix(1);
    return u;
  };
  std::string_view a = path(url), p = path(*base);
  return !a.empty() && a.size() < p.size() && p.starts_with(a) && p[a.size()] == '/';
}


}  // namespace akhbar::detail
