// Date parsing with ICU: month names come from ICU's locale data for the regional Arabic namings
// (plus the spellings news sites use that CLDR lacks), Hijri dates convert through ICU's Umm
// al-Qura calendar, relative dates are computed with ICU's Gregorian calendar.
#include <akhbar/dates.h>
#include <unicode/calendar.h>
#include <unicode/dtfmtsym.h>
#include <unicode/gregocal.h>
#include <unicode/locid.h>
#include <unicode/smpdtfmt.h>
#include <unicode/strenum.h>
#include <unicode/timezone.h>
#include <unicode/tznames.h>

#include <array>
#include <cctype>
#include <cstdio>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "segmenter/detail_text.h"

namespace akhbar {
namespace {

// A month name: its number and whether it names a Hijri month.
struct MonthName {
  int month = 0;
  bool hijri = false;
};

// A Latin letter of a month or weekday name: ASCII, or Latin-1 and Latin Extended-A/B ("août",
// "février"), without the signs × and ÷ that sit among them.
bool latin_letter(char32_t c) {
  return (c < 0x80 && std::isalpha(static_cast<int>(c))) || (c >= 0x00C0 && c <= 0x024F && c != 0x00D7 && c != 0x00F7);
}

// Folds a name the way the tokenizer folds words (marks dropped, trivial letter fold).
std::string fold_word(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    char32_t c = next_code_point(s, i);
    if (is_arabic_mark(c)) continue;
    if (c == 0x00A0 || c == '\t') c = ' ';
    append_utf8(out, detail::fold_letter(c));
  }
  return out;
}

std::string to_utf8(const icu::UnicodeString& u) {
  std::string s;
  u.toUTF8String(s);
  return s;
}

// Every month and weekday name we recognise, folded; built once from ICU locale data.
class Names {
 public:
  Names() {
    // Gregorian month names: Egypt/Gulf (ar), Levant and Iraq (ar_SY), Algeria/Tunisia (ar_DZ),
    // Morocco (ar_MA), Mauritania (ar_MR), English for RFC 2822 / TREC fields, and French, which
    // the Maghreb's Arabic sites print their dates in ("jeudi 12 juillet 2018").
    for (const char* loc : {"ar", "ar_SY", "ar_DZ", "ar_MA", "ar_MR", "en", "fr"}) {
      UErrorCode st = U_ZERO_ERROR;
      icu::DateFormatSymbols sym{icu::Locale(loc), st};
      if (U_FAILURE(st)) continue;
      int32_t n = 0;
      const icu::UnicodeString* m = sym.getMonths(n);
      for (int32_t i = 0; i < n && i < 12; ++i) add(to_utf8(m[i]), i + 1, false);
      m = sym.getShortMonths(n);
      for (int32_t i = 0; i < n && i < 12; ++i) add(to_utf8(m[i]), i + 1, false);
      const icu::UnicodeString* w = sym.getWeekdays(n);
      for (int32_t i = 1; i < n; ++i) weekdays_.emplace(fold_word(to_utf8(w[i])), i);
      w = sym.getShortWeekdays(n);
      for (int32_t i = 1; i < n; ++i) weekdays_.emplace(fold_word(to_utf8(w[i])), i);
    }
    // Hijri month names from ICU's Islamic calendar symbols.
    {
      UErrorCode st = U_ZERO_ERROR;
      icu::SimpleDateFormat fmt(icu::UnicodeString(u"MMMM"), icu::Locale("ar@calendar=islamic-umalqura"), st);
      if (U_SUCCESS(st)) {
        int32_t n = 0;
        const icu::UnicodeString* m = fmt.getDateFormatSymbols()->getMonths(n);
        for (int32_t i = 0; i < n && i < 12; ++i) add(to_utf8(m[i]), i + 1, true);
      }
    }
    // Spellings in everyday use that CLDR does not list.
    static const std::pair<const char*, int> gregorian_extra[] = {
        {"إبريل", 4},      {"ابريل", 4},      {"أفريل", 4},      {"مايو", 5},        {"ماي", 5},
        {"يونيه", 6},      {"يوليه", 7},      {"اغسطس", 8},      {"أغشت", 8},        {"آب", 8},
        {"أوت", 8},        {"سبتمبر", 9},     {"شتمبر", 9},      {"اكتوبر", 10},     {"نوفمبر", 11},
        {"ديسمبر", 12},    {"دجمبر", 12},     {"جانفييه", 1},    {"فيفرييه", 2},     {"جوييه", 7},
        {"كانون ثاني", 1}, {"كانون اول", 12}, {"تشرين اول", 10}, {"تشرين ثاني", 11}, {"كانون ثان", 1},
        {"تشرين ثان", 11}, {"sept", 9}};
    for (const auto& [name, m] : gregorian_extra) add(name, m, false);
    static const std::pair<const char*, int> hijri_extra[] = {
        {"محرم", 1},         {"المحرم", 1},      {"صفر", 2},          {"ربيع الأول", 3},
        {"ربيع أول", 3},     {"ربيع الآخر", 4},  {"ربيع الثاني", 4},  {"ربيع ثاني", 4},
        {"جمادى الأولى", 5}, {"جمادى الأول", 5}, {"جمادى الآخرة", 6}, {"جمادى الثانية", 6},
        {"جمادى الآخر", 6},  {"رجب", 7},         {"شعبان", 8},        {"رمضان", 9},
        {"شوال", 10},        {"ذو القعدة", 11},  {"ذي القعدة", 11},   {"ذو الحجة", 12},
        {"ذي الحجة", 12}};
    for (const auto& [name, m] : hijri_extra) add(name, m, true);
  }

  // The month named by one or two folded words ("كانون الثاني"), or nullptr.
  const MonthName* month(std::string_view folded) const {
    auto it = months_.find(folded);
    return it == months_.end() ? nullptr : &it->second;
  }
  // True when `folded` opens a two-word month name ("كانون", "ربيع", "ذو"): only then is the
  // pair of words looked up (lines are scanned word by word, so this saves building keys).
  bool opens_two_words(std::string_view folded) const {
    return first_words_.find(folded) != first_words_.end();
  }
  bool weekday(std::string_view folded) const { return weekdays_.find(folded) != weekdays_.end(); }

 private:
  void add(const std::string& name, int month, bool hijri) {
    std::string f = fold_word(name);
    while (!f.empty() && f.back() == '.') f.pop_back();
    if (f.empty()) return;
    if (auto sp = f.find(' '); sp != std::string::npos) first_words_.emplace(f.substr(0, sp), true);
    months_.emplace(f, MonthName{month, hijri});
  }
  // Heterogeneous lookup: find by string_view without building a std::string.
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  template <typename V>
  using Map = std::unordered_map<std::string, V, Hash, std::equal_to<>>;
  Map<MonthName> months_;
  Map<int> weekdays_;
  Map<bool> first_words_;
};

const Names& names() {
  static const Names n;
  return n;
}

// Zones named in Arabic ("بتوقيت القاهرة"), built on first use from ICU: the Arabic exemplar city
// of every zone (TimeZoneNames), the Arabic name of every country that has one zone, and the
// names news sites use that CLDR has no entry for (Mecca time is Saudi time).
class ZoneNames {
 public:
  ZoneNames() {
    UErrorCode st = U_ZERO_ERROR;
    const icu::Locale ar("ar");
    std::unique_ptr<icu::TimeZoneNames> tzn(icu::TimeZoneNames::createInstance(ar, st));
    std::unique_ptr<icu::StringEnumeration> ids(
        icu::TimeZone::createTimeZoneIDEnumeration(UCAL_ZONE_TYPE_CANONICAL_LOCATION, nullptr, nullptr, st));
    // One pass over the zones: exemplar cities, and how many zones each country has.
    std::unordered_map<std::string, std::vector<std::string>> by_region;
    if (U_SUCCESS(st) && tzn && ids) {
      while (const icu::UnicodeString* id = ids->snext(st)) {
        if (U_FAILURE(st)) break;
        std::string zone = to_utf8(*id);
        icu::UnicodeString city;
        tzn->getExemplarLocationName(*id, city);
        if (!city.isBogus() && city.length() > 0) add(to_utf8(city), zone);
        char region[8] = {};
        UErrorCode rs = U_ZERO_ERROR;
        icu::TimeZone::getRegion(*id, region, sizeof region, rs);
        if (U_SUCCESS(rs)) by_region[region].push_back(std::move(zone));
      }
    }
    for (const auto& [region, zones] : by_region) {
      if (zones.size() != 1) continue;
      icu::UnicodeString name;
      icu::Locale("ar", region.c_str()).getDisplayCountry(ar, name);
      if (name.length() > 0) add(to_utf8(name), zones[0]);
    }
    static const std::pair<const char*, const char*> extra[] = {
        {"مكة المكرمة", "Asia/Riyadh"},   {"مكة", "Asia/Riyadh"},
        {"السعودية", "Asia/Riyadh"},      {"الإمارات", "Asia/Dubai"},
        {"أبوظبي", "Asia/Dubai"},         {"أبو ظبي", "Asia/Dubai"},
        {"القدس", "Asia/Jerusalem"},      {"غزة", "Asia/Gaza"},
        {"الخرطوم", "Africa/Khartoum"},   {"الدوحة", "Asia/Qatar"},
        {"تونس العاصمة", "Africa/Tunis"}, {"الجزائر العاصمة", "Africa/Algiers"}};
    for (const auto& [name, id] : extra) add(name, id);
  }

  // The zone ID named by the folded words `name`, or nullptr.
  const std::string* find(const std::string& name) const {
    auto it = zones_.find(name);
    return it == zones_.end() ? nullptr : &it->second;
  }

 private:
  void add(const std::string& name, const std::string& id) { zones_.emplace(fold_word(name), id); }
  std::unordered_map<std::string, std::string> zones_;
};

const ZoneNames& zone_names() {
  static const ZoneNames z;
  return z;
}

// One token of the text: a word (folded), a number (value and digit count) or a punctuation mark.
struct Token {
  enum class Kind { word, number, punct } kind = Kind::punct;
  std::string word;  // folded word, or the punctuation character
  long value = 0;
  int digits = 0;
  std::size_t begin = 0, end = 0;
  bool space_before = false;
};

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> out;
  bool space = false;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t start = i;
    char32_t c = next_code_point(text, i);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x00A0 || (c >= 0x2000 && c <= 0x200F) ||
        c == 0x202F || c == 0xFEFF) {
      space = true;
      continue;
    }
    Token t;
    t.begin = start;
    t.space_before = space;
    space = false;
    if (int d = detail::digit_value(c); d >= 0) {
      t.kind = Token::Kind::number;
      t.value = d;
      t.digits = 1;
      std::size_t j = i;
      while (j < text.size()) {
        std::size_t k = j;
        int dd = detail::digit_value(next_code_point(text, k));
        if (dd < 0) break;
        if (t.digits < 12) t.value = t.value * 10 + dd;
        ++t.digits;
        j = k;
      }
      i = j;
    } else if (is_arabic_letter(c) || is_arabic_mark(c) || latin_letter(c)) {
      t.kind = Token::Kind::word;
      std::size_t j = start;
      while (j < text.size()) {
        std::size_t k = j;
        char32_t cc = next_code_point(text, k);
        // Marks and tatweel are skipped inside a word ("يوليـــو" is "يوليو").
        bool mark = is_arabic_mark(cc);
        bool letter = !mark && (is_arabic_letter(cc) || latin_letter(cc));
        if (!letter && !mark) break;
        if (letter) append_utf8(t.word, detail::fold_letter(cc));
        j = k;
      }
      i = j;
    } else {
      t.kind = Token::Kind::punct;
      if (c == 0x060C) c = ',';  // Arabic comma
      if (c == 0x2013 || c == 0x2014) c = '-';
      append_utf8(t.word, c);
    }
    t.end = i;
    out.push_back(std::move(t));
  }
  return out;
}

// The fields of one parsed date and time.
struct Parts {
  int year = 0, month = 0, day = 0;
  int hour = -1, minute = 0, second = -1;
  bool has_offset = false;
  int offset_minutes = 0;
  bool hijri = false;
};

bool valid_gregorian(int y, int m, int d) {
  if (y < 1800 || y > 2199 || m < 1 || m > 12 || d < 1) return false;
  UErrorCode st = U_ZERO_ERROR;
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  thread_local std::unique_ptr<icu::GregorianCalendar> greg(new icu::GregorianCalendar(st));
  int max = days[m - 1] + (m == 2 && greg && greg->isLeapYear(y) ? 1 : 0);
  return d <= max;
}

std::string iso_of(const Parts& p) {
  char b[40];
  int n = std::snprintf(b, sizeof b, "%04d-%02d-%02d", p.year, p.month, p.day);
  if (p.hour >= 0) {
    n += std::snprintf(b + n, sizeof b - n, "T%02d:%02d", p.hour, p.minute);
    if (p.second >= 0) n += std::snprintf(b + n, sizeof b - n, ":%02d", p.second);
    if (p.has_offset) {
      int off = p.offset_minutes < 0 ? -p.offset_minutes : p.offset_minutes;
      n += std::snprintf(b + n, sizeof b - n, "%c%02d:%02d", p.offset_minutes < 0 ? '-' : '+', off / 60,
                         off % 60);
    }
  }
  return std::string(b, static_cast<std::size_t>(n));
}

// Matches date expressions over a token list.
class Matcher {
 public:
  explicit Matcher(const std::vector<Token>& t) : t_(t) {}

  bool num(std::size_t i, int min_digits, int max_digits) const {
    return i < t_.size() && t_[i].kind == Token::Kind::number && t_[i].digits >= min_digits &&
           t_[i].digits <= max_digits;
  }
  bool punct(std::size_t i, std::string_view chars) const {
    return i < t_.size() && t_[i].kind == Token::Kind::punct && t_[i].word.size() == 1 &&
           chars.find(t_[i].word[0]) != std::string_view::npos;
  }
  bool word(std::size_t i, std::string_view w) const {
    return i < t_.size() && t_[i].kind == Token::Kind::word && t_[i].word == w;
  }

  // A month name at i (one or two words, or "كانون 2"); sets `next` past it.
  const MonthName* month(std::size_t i, std::size_t& next) const {
    if (i >= t_.size() || t_[i].kind != Token::Kind::word) return nullptr;
    const std::string& w = t_[i].word;
    if ((w == "كانون" || w == "تشرين") && num(i + 1, 1, 1) &&
        (t_[i + 1].value == 1 || t_[i + 1].value == 2)) {
      static const MonthName jan{1, false}, dec{12, false}, oct{10, false}, nov{11, false};
      next = i + 2;
      if (w == "كانون") return t_[i + 1].value == 2 ? &jan : &dec;
      return t_[i + 1].value == 1 ? &oct : &nov;
    }
    if (i + 1 < t_.size() && t_[i + 1].kind == Token::Kind::word && names().opens_two_words(w)) {
      if (const MonthName* m = names().month(w + " " + t_[i + 1].word)) {
        next = i + 2;
        return m;
      }
    }
    // "بيوليو", "ليوليو": a one-letter preposition glued to the month.
    const MonthName* m = names().month(w);
    if (!m && (w.rfind("\xD8\xA8", 0) == 0 || w.rfind("\xD9\x84", 0) == 0) && w.size() > 4)
      m = names().month(std::string_view(w).substr(2));
    if (m) next = i + 1;
    return m;
  }

  // Skips an English ordinal suffix glued to a day number ("23rd").
  std::size_t ordinal(std::size_t k) const {
    if (k < t_.size() && !t_[k].space_before &&
        (word(k, "st") || word(k, "nd") || word(k, "rd") || word(k, "th")))
      return k + 1;
    return k;
  }

  // True when the numeric date at [i, end) is part of a longer run of numbers ("1.23.07.2024",
  // "23/07/2024/55", a phone number): then it is not a date.
  bool glued_number(std::size_t i, std::size_t end) const {
    if (i >= 2 && punct(i - 1, "-/.:") && !t_[i].space_before && !t_[i - 1].space_before &&
        t_[i - 2].kind == Token::Kind::number)
      return true;
    return punct(end, "-/.") && num(end + 1, 1, 12) && !t_[end].space_before && !t_[end + 1].space_before;
  }

  // "9/3/2018 12:31:00 PM": a clock with seconds and a Latin meridiem right after a slash date is
  // .NET's en-US general format (Ektron, SharePoint and ASP.NET pages' metadata), which puts the
  // month first; Arab sites that write the day first print no seconds with a Latin AM/PM.
  bool us_clock(std::size_t k) const {
    if (!(num(k, 1, 2) && punct(k + 1, ":") && num(k + 2, 2, 2) && punct(k + 3, ":") && num(k + 4, 2, 2)))
      return false;
    return word(k + 5, "am") || word(k + 5, "pm");
  }

  // A whole date starting at token i; `end` is the token past it.
  std::optional<Parts> date_at(std::size_t i, std::size_t& end) const {
    Parts p;
    // 2024-07-23, 2024/07/23
    if (num(i, 4, 4) && punct(i + 1, "-/.") && num(i + 2, 1, 2) && punct(i + 3, t_[i + 1].word) &&
        num(i + 4, 1, 2) && !t_[i + 2].space_before && !t_[i + 4].space_before) {
      p.year = static_cast<int>(t_[i].value);
      p.month = static_cast<int>(t_[i + 2].value);
      p.day = static_cast<int>(t_[i + 4].value);
      if (glued_number(i, i + 5)) return std::nullopt;
      end = era(i + 5, p);
      return check(p);
    }
    // "2018. 4. 27.": Korean platforms' dates (Naver, Tistory), a dot and a space after each part, the
    // last dot too (so that a year closing a sentence before a number is no date).
    if (num(i, 4, 4) && punct(i + 1, ".") && num(i + 2, 1, 2) && punct(i + 3, ".") && num(i + 4, 1, 2) &&
        punct(i + 5, ".") && !t_[i + 1].space_before && t_[i + 2].space_before && !t_[i + 3].space_before &&
        t_[i + 4].space_before && !t_[i + 5].space_before) {
      p.year = static_cast<int>(t_[i].value);
      p.month = static_cast<int>(t_[i + 2].value);
      p.day = static_cast<int>(t_[i + 4].value);
      end = era(i + 6, p);
      return check(p);
    }
    // 23/07/2024, 23-07-2024, 23.07.2024: day first, as Arab sites write it. Only when the
    // second number cannot be a month is it month first ("05-30-2012 11:25 PM", forum software).
    if (num(i, 1, 2) && punct(i + 1, "-/.") && num(i + 2, 1, 2) && punct(i + 3, t_[i + 1].word) &&
        num(i + 4, 4, 4)) {
      p.day = static_cast<int>(t_[i].value);
      p.month = static_cast<int>(t_[i + 2].value);
      p.year = static_cast<int>(t_[i + 4].value);
      if ((p.month > 12 && p.day <= 12) || (p.day <= 12 && punct(i + 1, "/") && us_clock(i + 5))) std::swap(p.day, p.month);
      if (glued_number(i, i + 5)) return std::nullopt;
      end = era(i + 5, p);
      return check(p);
    }
    std::size_t j = 0;
    // 23 يوليو 2024, 15 رجب 1442هـ, 2 أكتوبر/ تشرين الأول 2018, 11 Mar 2018
    if (num(i, 1, 2)) {
      std::size_t k = ordinal(i + 1);           // "23rd July 2024"
      if (punct(k, "-/.")) ++k;                 // "23-يوليو-2024", "01/ديسمبر/2020"
      if (word(k, "من") || word(k, "of")) ++k;  // "23 من يوليو 2024", "23rd of July 2024"
      if (const MonthName* m = month(k, j)) {
        p.day = static_cast<int>(t_[i].value);
        p.month = m->month;
        p.hijri = m->hijri;
        j = skip_paired_month(j, *m);
        if (punct(j, ",-/.")) ++j;
        if (num(j, 4, 4)) {
          p.year = static_cast<int>(t_[j].value);
          end = era(j + 1, p);
          return check(p);
        }
      }
    }
    // يوليو 23, 2024; March 11, 2018
    if (const MonthName* m = month(i, j)) {
      p.month = m->month;
      p.hijri = m->hijri;
      j = skip_paired_month(j, *m);
      if (num(j, 1, 2)) {
        p.day = static_cast<int>(t_[j].value);
        std::size_t k = ordinal(j + 1);  // "July 23rd, 2024"
        if (punct(k, ",")) ++k;
        if (num(k, 4, 4)) {
          p.year = static_cast<int>(t_[k].value);
          end = era(k + 1, p);
          return check(p);
        }
      }
    }
    return std::nullopt;
  }

  // A time after a date (10:30, 10:30 م, الساعة 10:30, 00:07:37 GMT, T12:16:13Z, +0400, GMT+3),
  // after at most three joining tokens ("-", "|", "@", "الساعة", "في"; Slashcode's "February 15, 2015
  // @02:02PM"). Returns `i` when there is none.
  std::size_t time_at(std::size_t i, Parts& p) const {
    std::size_t k = i;
    for (int skip = 0; skip < 3 && k < t_.size(); ++skip) {
      if (punct(k, ",-|@") || word(k, "t") || word(k, "الساعه") || word(k, "في") || word(k, "at") ||
          word(k, "علي") || word(k, "ساعه"))
        ++k;
      else
        break;
    }
    std::size_t end = clock_at(k, p);
    if (end == k && k > i && word(k - 1, "الساعه") && num(k, 1, 2) && t_[k].value >= 1 && t_[k].value <= 12) {
      // "الساعة 09 مساءً": an hour and a meridiem, no minutes.
      int h = static_cast<int>(t_[k].value);
      std::size_t n = meridiem(k + 1, h);
      if (n != k + 1) {
        p.hour = h;
        p.minute = 0;
        p.second = -1;
        return zone_at(n, p);
      }
    }
    return end == k ? i : end;
  }

  // A meridiem word at k ("م", "مساءً", "ص", "صباحاً", "PM"); adjusts the hour, returns the token
  // past it (k when there is none).
  std::size_t meridiem(std::size_t k, int& h) const {
    if (word(k, "م") || word(k, "مساء") || word(k, "pm") || word(k, "مساءا") || word(k, "ليلا")) {
      if (h < 12) h += 12;
      return k + 1;
    }
    if (word(k, "ص") || word(k, "صباحا") || word(k, "صباح") || word(k, "am") || word(k, "ظهرا")) {
      if (h == 12 && !word(k, "ظهرا")) h = 0;
      return k + 1;
    }
    return k;
  }

  // A clock time exactly at k with its meridiem and zone; returns k when there is none.
  std::size_t clock_at(std::size_t k, Parts& p) const {
    if (!(num(k, 1, 2) && punct(k + 1, ":") && num(k + 2, 2, 2) && !t_[k + 1].space_before &&
          !t_[k + 2].space_before))
      return k;
    const std::size_t start = k;
    int h = static_cast<int>(t_[k].value), mi = static_cast<int>(t_[k + 2].value), s = -1;
    k += 3;
    if (punct(k, ":") && num(k + 1, 2, 2) && !t_[k + 1].space_before) {
      s = static_cast<int>(t_[k + 1].value);
      k += 2;
      if (punct(k, ".") && num(k + 1, 1, 9) && !t_[k].space_before && !t_[k + 1].space_before)
        k += 2;  // .000
    }
    // "10:30:15:20", "10:305": not a clock.
    if (punct(k, ":") && num(k + 1, 1, 9) && !t_[k + 1].space_before) return start;
    if (h > 23 || mi > 59 || s > 59) return start;
    k = meridiem(k, h);
    p.hour = h;
    p.minute = mi;
    p.second = s;
    return zone_at(k, p);
  }

  // A zone after a time: GMT, UTC, Z, "ت.غ", GMT+3, (GMT+3), +0400, +04:00, "بتوقيت غرينتش",
  // "بتوقيت مكة المكرمة" (a city or country ICU names in Arabic: its offset on that day).
  std::size_t zone_at(std::size_t k, Parts& p) const {
    const std::size_t start = k;
    const Parts before = p;
    bool paren = punct(k, "(");
    if (paren) ++k;
    bool utc_word = false, named = false;
    if (word(k, "gmt") || word(k, "utc") || word(k, "z") || word(k, "غرينتش") || word(k, "جرينتش") ||
        word(k, "غرينيتش")) {
      utc_word = true;
      ++k;
    } else if (word(k, "ت") && punct(k + 1, ".") && word(k + 2, "غ") && !t_[k + 1].space_before) {
      utc_word = true;  // ت.غ: توقيت غرينتش
      k += 3;
      if (punct(k, ".") && !t_[k].space_before) ++k;
    } else if ((word(k, "بتوقيت") || word(k, "توقيت")) &&
               (word(k + 1, "غرينتش") || word(k + 1, "جرينتش") || word(k + 1, "غرينيتش"))) {
      utc_word = true;
      k += 2;
    } else if (word(k, "بتوقيت") || word(k, "توقيت") || word(k, "بالتوقيت")) {
      std::size_t n = 0;
      if (auto off = named_zone(k + 1, p, n)) {
        named = true;
        p.has_offset = true;
        p.offset_minutes = *off;
        k = n;
      }
    }
    if (utc_word) {
      p.has_offset = true;
      p.offset_minutes = 0;
    }
    if (!named && punct(k, "+-") && num(k + 1, 1, 4) && (utc_word || !t_[k + 1].space_before) &&
        !t_[k + 1].space_before) {
      int sign = t_[k].word == "-" ? -1 : 1;
      long v = t_[k + 1].value;
      int hh = 0, mm = 0;
      std::size_t n = k + 2;
      if (t_[k + 1].digits >= 3) {
        hh = static_cast<int>(v / 100);
        mm = static_cast<int>(v % 100);
      } else {
        hh = static_cast<int>(v);
        if (punct(n, ":") && num(n + 1, 2, 2)) {
          mm = static_cast<int>(t_[n + 1].value);
          n += 2;
        }
      }
      if (hh <= 14 && mm < 60) {
        p.has_offset = true;
        p.offset_minutes = sign * (hh * 60 + mm);
        k = n;
      }
    }
    if (paren) {
      if (k == start + 1 || !punct(k, ")")) {
        p = before;  // "(" opened something else
        return start;
      }
      ++k;
    }
    return k;
  }

  // A zone named by one to four words at k ("مكه المكرمه", "القاهره"); its offset on p's date.
  std::optional<int> named_zone(std::size_t k, const Parts& p, std::size_t& next) const;

  // Skips what joins a date to its equivalent in the other calendar: "-", "/", "(", "الموافق",
  // "الموافق ل:", "م" (at most four tokens).
  std::size_t skip_joiners(std::size_t k) const {
    for (int n = 0; n < 4 && k < t_.size(); ++n, ++k) {
      if (t_[k].kind == Token::Kind::punct && punct(k, ",-|/():")) continue;
      if (word(k, "الموافق") || word(k, "الموافقه") || word(k, "ل") || word(k, "يوافقه") || word(k, "م") ||
          weekday_at(k))
        continue;
      break;
    }
    return k;
  }

  // A weekday name at k ("الثلاثاء").
  bool weekday_at(std::size_t k) const {
    return k < t_.size() && t_[k].kind == Token::Kind::word && names().weekday(t_[k].word);
  }

  const std::vector<Token>& tokens() const { return t_; }

 private:
  // "يونيو/حزيران", "أكتوبر/ تشرين الأول", "(حزيران)": a second naming of the same month.
  std::size_t skip_paired_month(std::size_t j, const MonthName& m) const {
    std::size_t k = j;
    bool paren = punct(k, "(");
    if (punct(k, "/-(")) ++k;
    std::size_t n = 0;
    const MonthName* m2 = month(k, n);
    if (!m2 || m2->hijri != m.hijri) return j;
    // "13 يونيو حزيران" (Reuters) pairs only equal months. With a slash the first naming wins
    // when the two disagree ("28 سبتمبر/آب 2016" is a typo for September).
    if (k == j && m2->month != m.month) return j;
    if (paren && punct(n, ")")) ++n;
    return n;
  }
  // Skips "هـ" / "م" / "ميلادي" after a year, noting which calendar it names.
  std::size_t era(std::size_t k, Parts& p) const {
    if (word(k, "ه") || word(k, "\u06BE") || word(k, "هجري") || word(k, "هجريه") || word(k, "ah") ||
        word(k, "للهجره")) {
      p.hijri = true;
      // "1433 ه." : the abbreviation's dot belongs to it.
      return punct(k + 1, ".") && !t_[k + 1].space_before ? k + 2 : k + 1;
    }
    if (word(k, "م") || word(k, "ميلادي") || word(k, "ميلاديه") || word(k, "ad")) return k + 1;
    return k;
  }
  static std::optional<Parts> check(Parts p) {
    if (p.hijri) {
      if (p.year < 1300 || p.year > 1600) return std::nullopt;
      return p;
    }
    // No Arabic news is dated 1300-1500 CE: such a year is Hijri even without "هـ" ("19-3-1433").
    if (p.year >= 1300 && p.year <= 1500) {
      p.hijri = true;
      return p;
    }
    if (!valid_gregorian(p.year, p.month, p.day)) return std::nullopt;
    return p;
  }
  const std::vector<Token>& t_;
};

std::optional<int> Matcher::named_zone(std::size_t k, const Parts& p, std::size_t& next) const {
  std::string name;
  const std::string* id = nullptr;
  std::size_t n = k;
  for (std::size_t j = k; j < k + 4 && j < t_.size() && t_[j].kind == Token::Kind::word; ++j) {
    if (j > k) name += ' ';
    name += t_[j].word;
    if (const std::string* z = zone_names().find(name)) {
      id = z;
      n = j + 1;
    }
  }
  if (!id) return std::nullopt;
  // A page names the same zone on every line ("بتوقيت مكة المكرمة"): building ICU's zone and a
  // calendar costs more than the rest of the date's parse, so each thread keeps its own.
  thread_local std::unordered_map<std::string, std::unique_ptr<icu::TimeZone>> zones;
  auto& tz = zones[*id];
  if (!tz) tz.reset(icu::TimeZone::createTimeZone(icu::UnicodeString::fromUTF8(*id)));
  UErrorCode st = U_ZERO_ERROR;
  thread_local std::unique_ptr<icu::GregorianCalendar> cal(new icu::GregorianCalendar(*icu::TimeZone::getGMT(), st));
  if (!tz || !cal || U_FAILURE(st)) return std::nullopt;
  cal->clear();
  cal->set(p.year, p.month - 1, p.day, p.hour < 0 ? 12 : p.hour, p.minute);
  UDate local = cal->getTime(st);
  int32_t raw = 0, dst = 0;
  tz->getOffset(local, true, raw, dst, st);
  if (U_FAILURE(st)) return std::nullopt;
  next = n;
  return (raw + dst) / 60000;
}

// Resolves a Hijri Parts to Gregorian in place; false when ICU rejects the date.
bool to_gregorian(Parts& p) {
  auto iso = hijri_to_gregorian(p.year, p.month, p.day);
  // Pages reckon Hijri months by other sightings: a "30th" of a month that has 29 days in Umm
  // al-Qura ("بتاريخ 30-5-1433 ه") is the day after the 29th, the first of the next month.
  if (!iso && p.day == 30)
    iso = p.month == 12 ? hijri_to_gregorian(p.year + 1, 1, 1) : hijri_to_gregorian(p.year, p.month + 1, 1);
  if (!iso) return false;
  std::sscanf(iso->c_str(), "%d-%d-%d", &p.year, &p.month, &p.day);
  p.hijri = false;
  return true;
}

// Parses the reference time ("2024-07-23T10:00:00+03:00") into Parts.
std::optional<Parts> parse_now(const std::optional<std::string>& now) {
  if (!now) return std::nullopt;
  auto toks = tokenize(*now);
  Matcher m(toks);
  for (std::size_t i = 0; i < toks.size(); ++i) {
    std::size_t end = 0;
    if (auto p = m.date_at(i, end)) {
      m.time_at(end, *p);
      if (p->hijri && !to_gregorian(*p)) return std::nullopt;
      return p;
    }
  }
  return std::nullopt;
}

// A relative expression at token i: one or more spans back from `now` ("منذ 3 ساعات"; dateparser's
// compound "1 عام, 1 شهر, 1 يوم, 1 ساعة"), and the clock time written after a day ("أمس الساعة
// 10:30 م").
struct Relative {
  struct Span {
    UCalendarDateFields field = UCAL_DATE;
    int amount = 0;
  };
  std::array<Span, 6> spans{};
  std::size_t count = 0;
  std::size_t end = 0;
  Parts clock;        // hour < 0: none
  bool bare = false;  // a span without منذ/قبل ("يومين", "1 يوم, 1 ساعة")

  Relative() = default;
  Relative(int amount, UCalendarDateFields field, std::size_t e) : count(1), end(e) {
    spans[0] = {field, amount};
  }
  // The finest unit written: minutes and hours keep `now`'s time, a day or longer gives a date.
  UCalendarDateFields finest() const {
    UCalendarDateFields f = spans[0].field;
    for (std::size_t k = 1; k < count; ++k)
      if (rank(spans[k].field) > rank(f)) f = spans[k].field;
    return f;
  }
  bool keeps_time() const { return finest() == UCAL_HOUR || finest() == UCAL_MINUTE; }
  // Coarse to fine: years and months are taken off first (calendar-wise), then the rest.
  static int rank(UCalendarDateFields f) {
    switch (f) {
      case UCAL_YEAR:
        return 0;
      case UCAL_MONTH:
        return 1;
      case UCAL_WEEK_OF_YEAR:
        return 2;
      case UCAL_DATE:
        return 3;
      case UCAL_HOUR:
        return 4;
      default:
        return 5;
    }
  }
};

// Words that may stand right before or after a relative date on a date line: its labels.
bool date_label(const std::string& w) {
  static const char* const labels[] = {"نشر",    "نشرت", "النشر", "تحديث", "التحديث",   "اخر",     "تاريخ",
                                       "بتاريخ", "حدث",  "في",    "تم",    "اضيف",      "عدل",     "التعديل",
                                       "تعديل",  "محدث", "منشور", "نشره",  "published", "updated", "posted"};
  for (const char* l : labels)
    if (w == l) return true;
  return false;
}

// A unit of time at k ("ساعات", "يومين", "اسبوع"), after a number when `counted`: the span it
// names. `amount` is the number before it (1 when there is none).
// With `glued_and`, the word carries the conjunction ("ويومين" in "منذ شهر ويومين").
std::optional<Relative::Span> unit_at(const Matcher& m, std::size_t k, bool counted, int amount,
                                      std::size_t& end, bool glued_and = false) {
  const auto& t = m.tokens();
  if (k >= t.size() || t[k].kind != Token::Kind::word) return std::nullopt;
  std::string_view w = t[k].word;
  if (glued_and) {  // و
    if (w.size() <= 2 || w.substr(0, 2) != "\xD9\x88") return std::nullopt;
    w.remove_prefix(2);
  }
  struct Unit {
    const char* word;
    UCalendarDateFields field;
    int dual;  // the amount the bare word means (1 singular, 2 dual); 0: needs a number
  };
  static const Unit units[] = {{"دقيقه", UCAL_MINUTE, 1},
                               {"دقائق", UCAL_MINUTE, 0},
                               {"دقيقتين", UCAL_MINUTE, 2},
                               {"دقيقتان", UCAL_MINUTE, 2},
                               {"ساعه", UCAL_HOUR, 1},
                               {"ساعات", UCAL_HOUR, 0},
                               {"ساعتين", UCAL_HOUR, 2},
                               {"ساعتان", UCAL_HOUR, 2},
                               {"يوم", UCAL_DATE, 1},
                               {"ايام", UCAL_DATE, 0},
                               {"يومين", UCAL_DATE, 2},
                               {"يومان", UCAL_DATE, 2},
                               {"اسبوع", UCAL_WEEK_OF_YEAR, 1},
                               {"اسابيع", UCAL_WEEK_OF_YEAR, 0},
                               {"اسبوعين", UCAL_WEEK_OF_YEAR, 2},
                               {"شهر", UCAL_MONTH, 1},
                               {"اشهر", UCAL_MONTH, 0},
                               {"شهور", UCAL_MONTH, 0},
                               {"شهرين", UCAL_MONTH, 2},
                               {"سنه", UCAL_YEAR, 1},
                               {"سنوات", UCAL_YEAR, 0},
                               {"سنتين", UCAL_YEAR, 2},
                               {"عام", UCAL_YEAR, 1},
                               {"اعوام", UCAL_YEAR, 0},
                               {"عامين", UCAL_YEAR, 2},
                               {"minutes", UCAL_MINUTE, 0},
                               {"hours", UCAL_HOUR, 0},
                               {"days", UCAL_DATE, 0}};
  // Every word of a scanned line is looked up here: one hash probe, not a walk of the table.
  static const std::unordered_map<std::string_view, const Unit*> by_word = [] {
    std::unordered_map<std::string_view, const Unit*> map;
    for (const auto& u : units) map.emplace(u.word, &u);
    return map;
  }();
  if (auto it = by_word.find(w); it != by_word.end()) {
    const Unit& u = *it->second;
    if (u.dual == 0 && !counted) return std::nullopt;
    if (!counted) amount = u.dual;
    end = k + 1;
    if (u.dual == 1 && !counted && (m.word(end, "واحده") || m.word(end, "واحد"))) ++end;  // "منذ ساعة واحدة"
    return Relative::Span{u.field, amount};
  }
  return std::nullopt;
}

// A span at k: a number and a unit, or a unit alone ("ساعة", "يومين"); sets `end` past it.
std::optional<Relative::Span> span_at(const Matcher& m, std::size_t k, std::size_t& end) {
  if (m.num(k, 1, 4)) return unit_at(m, k + 1, true, static_cast<int>(m.tokens()[k].value), end);
  return unit_at(m, k, false, 1, end);
}

// Spans after the first one, joined by a comma or و ("1 عام, 1 شهر, 1 أسبوع"; "منذ ساعة و10 دقائق").
void more_spans(const Matcher& m, Relative& r) {
  while (r.count < r.spans.size()) {
    std::size_t k = r.end;
    if (m.punct(k, ",") || m.word(k, "و")) ++k;
    std::size_t end = 0;
    auto s = k == r.end ? unit_at(m, k, false, 1, end, true) : span_at(m, k, end);
    if (!s) break;
    r.spans[r.count++] = *s;
    r.end = end;
  }
}

// The bare relative expression at i, without the checks on what surrounds it.
std::optional<Relative> relative_words_at(const Matcher& m, std::size_t i) {
  const auto& t = m.tokens();
  // "اليوم السابق" (the day before) is yesterday, as dateparser reads it.
  if (m.word(i, "اليوم"))
    return m.word(i + 1, "السابق") ? Relative{1, UCAL_DATE, i + 2} : Relative{0, UCAL_DATE, i + 1};
  // "يوم أمس" (the day of yesterday): "أمس" with the word for day before it.
  std::size_t y = m.word(i, "يوم") && m.word(i + 1, "امس") ? i + 1 : i;
  if (m.word(y, "امس") || m.word(y, "الامس") || m.word(y, "البارحه")) {
    if (m.word(y + 1, "الاول")) return Relative{2, UCAL_DATE, y + 2};  // "أمس الأول"
    return Relative{1, UCAL_DATE, y + 1};
  }
  if (m.word(i, "اول") && m.word(i + 1, "امس")) return Relative{2, UCAL_DATE, i + 2};
  if (!(m.word(i, "منذ") || m.word(i, "قبل"))) {
    // A span with no "ago" word ("يومين", "1 عام, 1 شهر, 1 يوم, 1 ساعة"): dateparser reads it
    // as past. Only when it names a day or a time: "4 عام" alone is a span of years.
    std::size_t end = 0;
    auto s = span_at(m, i, end);
    if (!s) return std::nullopt;
    Relative r{s->amount, s->field, end};
    r.bare = true;
    more_spans(m, r);
    if (Relative::rank(r.finest()) < Relative::rank(UCAL_DATE)) return std::nullopt;
    return r;
  }
  std::size_t k = i + 1;
  bool counted = m.num(k, 1, 4);
  if (k >= t.size()) return std::nullopt;
  // "منذ لحظات", "قبل قليل": just now.
  if (!counted && (m.word(k, "لحظات") || m.word(k, "قليل"))) return Relative{0, UCAL_MINUTE, k + 1};
  // "منذ نصف ساعة".
  if (!counted && m.word(k, "نصف") && m.word(k + 1, "ساعه")) return Relative{30, UCAL_MINUTE, k + 2};
  std::size_t end = 0;
  auto s = span_at(m, k, end);
  if (!s) return std::nullopt;
  Relative r{s->amount, s->field, end};
  more_spans(m, r);
  return r;
}

// A relative date at i that stands as the date of its line: what comes before it is nothing, a
// separator or a date label ("نشر منذ 3 ساعات", "آخر تحديث: أمس"), and what follows is nothing,
// punctuation, a clock time or the next label. "وصل الرئيس أمس إلى القاهرة" is prose.
std::optional<Relative> relative_at(const Matcher& m, std::size_t i) {
  const auto& t = m.tokens();
  if (t[i].kind == Token::Kind::punct) return std::nullopt;
  auto r = relative_words_at(m, i);
  if (!r) return std::nullopt;
  if (i > 0 && t[i - 1].kind == Token::Kind::word && !date_label(t[i - 1].word)) return std::nullopt;
  if (i > 0 && t[i - 1].kind == Token::Kind::number) return std::nullopt;
  // A bare "اليوم" / "أمس" after punctuation only behind a label's ':' or '|' ("جدة.. اليوم" is a title).
  bool bare = !(m.word(i, "منذ") || m.word(i, "قبل"));
  if (bare && i > 0 && t[i - 1].kind == Token::Kind::punct && !m.punct(i - 1, ":|")) return std::nullopt;
  // A span with no "ago" word is a date only alone or after a publishing label: "في يومين",
  // "المرحلة الأولى: 3 أيام" are durations.
  if (r->bare) {
    for (std::size_t k = 0; k < i; ++k) {
      if (t[k].kind == Token::Kind::number) return std::nullopt;
      if (t[k].kind == Token::Kind::word &&
          (!date_label(t[k].word) || t[k].word == "في" || t[k].word == "تم"))
        return std::nullopt;
    }
  }
  if (!r->keeps_time()) {  // "منذ 2 أسبوع 01:58 PM"
    std::size_t k = m.time_at(r->end, r->clock);
    if (k != r->end) r->end = k;
  }
  std::size_t k = r->end;
  while (k < t.size() && t[k].kind == Token::Kind::punct) ++k;
  if (k < t.size() && t[k].kind == Token::Kind::word && !date_label(t[k].word)) return std::nullopt;
  if (k < t.size() && t[k].kind == Token::Kind::number && k == r->end) return std::nullopt;  // "منذ يومين 3"
  return r;
}

std::optional<std::string> resolve_relative(const Relative& r, const Parts& now) {
  UErrorCode st = U_ZERO_ERROR;
  icu::GregorianCalendar cal(*icu::TimeZone::getGMT(), st);
  if (U_FAILURE(st)) return std::nullopt;
  cal.clear();
  cal.set(now.year, now.month - 1, now.day, now.hour < 0 ? 0 : now.hour, now.minute,
          now.second < 0 ? 0 : now.second);
  // Coarse units first: "1 عام, 1 شهر" from March 31 is a year back, then to February's end.
  for (int rank = 0; rank <= 5; ++rank)
    for (std::size_t k = 0; k < r.count; ++k)
      if (Relative::rank(r.spans[k].field) == rank) cal.add(r.spans[k].field, -r.spans[k].amount, st);
  if (U_FAILURE(st)) return std::nullopt;
  Parts p = now;
  p.year = cal.get(UCAL_YEAR, st);
  p.month = cal.get(UCAL_MONTH, st) + 1;
  p.day = cal.get(UCAL_DATE, st);
  if (U_FAILURE(st)) return std::nullopt;
  if (r.keeps_time() && now.hour >= 0) {
    p.hour = cal.get(UCAL_HOUR_OF_DAY, st);
    p.minute = cal.get(UCAL_MINUTE, st);
    p.second = -1;
  } else if (r.clock.hour >= 0) {
    // "أمس 10:30": the day from `now`, the time (and zone, if any) as written.
    p.hour = r.clock.hour;
    p.minute = r.clock.minute;
    p.second = r.clock.second;
    p.has_offset = r.clock.has_offset;
    p.offset_minutes = r.clock.offset_minutes;
  } else {
    p.hour = -1;
  }
  return iso_of(p);
}

}  // namespace

std::optional<std::string> hijri_to_gregorian(int year, int month, int day) {
  if (month < 1 || month > 12 || day < 1 || day > 30) return std::nullopt;
  UErrorCode st = U_ZERO_ERROR;
  thread_local std::unique_ptr<icu::Calendar> hijri(icu::Calendar::createInstance(
      icu::TimeZone::getGMT()->clone(), icu::Locale("@calendar=islamic-umalqura"), st));
  thread_local std::unique_ptr<icu::GregorianCalendar> greg(
      new icu::GregorianCalendar(*icu::TimeZone::getGMT(), st));
  if (!hijri || !greg) return std::nullopt;
  st = U_ZERO_ERROR;
  hijri->clear();
  hijri->setLenient(false);
  hijri->set(year, month - 1, day);
  UDate when = hijri->getTime(st);
  if (U_FAILURE(st)) return std::nullopt;
  greg->setTime(when, st);
  Parts p;
  p.year = greg->get(UCAL_YEAR, st);
  p.month = greg->get(UCAL_MONTH, st) + 1;
  p.day = greg->get(UCAL_DATE, st);
  if (U_FAILURE(st)) return std::nullopt;
  return iso_of(p);
}

std::optional<FoundDate> find_date(std::string_view text, const std::optional<std::string>& now) {
  auto toks = tokenize(text);
  Matcher m(toks);
  std::optional<Parts> ref;
  bool ref_parsed = false;
  for (std::size_t i = 0; i < toks.size(); ++i) {
    std::size_t end = 0;
    std::optional<Parts> p = m.date_at(i, end);
    bool time_first = false;
    if (!p && toks[i].kind == Token::Kind::number) {
      // "10:30 ص - 23 يوليو 2024", "الساعة 10:30 م، الثلاثاء 23/07/2024".
      Parts c;
      std::size_t k = m.clock_at(i, c);
      if (k != i) {
        for (int skip = 0; skip < 3 && (m.punct(k, ",-|") || m.weekday_at(k)); ++skip) ++k;
        p = m.date_at(k, end);
        if (!p) {
          i = k - 1;  // the clock's tokens start no date
          continue;
        }
        time_first = true;
      }
    }
    if (p) {
      // The same day in the other calendar next to it ("15 رجب 1442هـ 27 فبراير 2021م",
      // "27/05/2012 م - الموافق 7-7-1433 ه"): the match covers both, and the Gregorian one wins.
      std::size_t k = m.skip_joiners(end);
      std::size_t end2 = 0;
      if (auto other = m.date_at(k, end2); other && other->hijri != p->hijri) {
        if (p->hijri) *p = *other;
        end = end2;
      }
      if (p->hijri && !to_gregorian(*p)) continue;
      if (time_first)
        m.clock_at(i, *p);  // again, now that the date is known (a named zone's offset needs it)
      else
        end = m.time_at(end, *p);
      return FoundDate{iso_of(*p), toks[i].begin, toks[end - 1].end, false};
    }
    if (auto r = relative_at(m, i)) {
      if (!ref_parsed) {
        ref = parse_now(now);
        ref_parsed = true;
      }
      if (!ref) continue;
      if (auto iso = resolve_relative(*r, *ref))
        return FoundDate{*iso, toks[i].begin, toks[r->end - 1].end, true};
    }
  }
  return std::nullopt;
}

std::optional<std::string> url_date(std::string_view url, int latest_year) {
  // The path only: not the scheme and host, not the query or fragment.
  if (auto scheme = url.find("://"); scheme != std::string_view::npos) {
    url.remove_prefix(scheme + 3);
    auto slash = url.find('/');
    url = slash == std::string_view::npos ? std::string_view{} : url.substr(slash);
  }
  url = url.substr(0, url.find_first_of("?#"));
  auto digits_at = [&](std::size_t at, std::size_t n, int& value) {
    if (at + n > url.size()) return false;
    value = 0;
    for (std::size_t k = at; k < at + n; ++k) {
      if (url[k] < '0' || url[k] > '9') return false;
      value = value * 10 + (url[k] - '0');
    }
    return true;
  };
  // What may end a date inside a part of the path: its end, or "-title", "_1", ".html".
  auto ends_part = [&](std::size_t at) {
    return at == url.size() || url[at] == '/' || url[at] == '-' || url[at] == '_' || url[at] == '.';
  };
  auto is_digit = [&](std::size_t at) { return at < url.size() && url[at] >= '0' && url[at] <= '9'; };
  std::optional<std::string> found;
  bool conflict = false;
  auto take = [&](int y, int m, int d) {
    if (y < 1990 || y > latest_year || !valid_gregorian(y, m, d)) return;
    Parts p;
    p.year = y;
    p.month = m;
    p.day = d;
    std::string iso = iso_of(p);
    if (found && *found != iso) conflict = true;
    found = iso;
  };
  for (std::size_t i = 0; i < url.size(); ++i) {
    // A date opens a part of the path ("/2015/07/22", "/20150722-title"), or follows '-'/'_'
    // for the dashed form ("news-2015-07-22").
    bool part_start = i == 0 || url[i - 1] == '/';
    if (!part_start && url[i - 1] != '-' && url[i - 1] != '_') continue;
    int y = 0, m = 0, d = 0;
    if (!digits_at(i, 4, y)) continue;
    if (part_start && url.size() > i + 4 && url[i + 4] == '/') {
      // "/2015/07/22/", "/2024/4/13/": one or two digits each.
      std::size_t k = i + 5, mlen = is_digit(k + 1) ? 2 : 1;
      if (!digits_at(k, mlen, m) || k + mlen >= url.size() || url[k + mlen] != '/') continue;
      k += mlen + 1;
      std::size_t dlen = is_digit(k + 1) ? 2 : 1;
      if (!digits_at(k, dlen, d) || !ends_part(k + dlen)) continue;
      take(y, m, d);
    } else if (url.size() > i + 4 && url[i + 4] == '-') {
      // "/2015-07-22/", "/2020-06-03-1.3874341".
      if (digits_at(i + 5, 2, m) && i + 7 < url.size() && url[i + 7] == '-' && digits_at(i + 8, 2, d) &&
          ends_part(i + 10))
        take(y, m, d);
    } else if (part_start && digits_at(i + 4, 2, m) && digits_at(i + 6, 2, d) && ends_part(i + 8)) {
      take(y, m, d);  // "/20150722/", "/20180218-title"
    }
  }
  if (conflict) return std::nullopt;
  return found;
}

std::optional<FoundDate> find_time(std::string_view text, std::string_view date) {
  Parts day;
  if (date.size() < 10 || std::sscanf(std::string(date.substr(0, 10)).c_str(), "%4d-%2d-%2d", &day.year,
                                      &day.month, &day.day) != 3)
    return std::nullopt;
  auto toks = tokenize(text);
  Matcher m(toks);
  for (std::size_t i = 0; i < toks.size(); ++i) {
    Parts p = day;
    std::size_t end = m.clock_at(i, p);
    if (end == i) continue;
    // "12:30:45:10", "1:40:21/5": digits glued on either side make it not a clock.
    if (i > 0 && !toks[i].space_before && (toks[i - 1].kind == Token::Kind::number || m.punct(i - 1, ":/.")))
      continue;
    return FoundDate{iso_of(p), toks[i].begin, toks[end - 1].end, false};
  }
  return std::nullopt;
}

// The letters of a folded word, as the tokenizer keeps them (marks and tatweel dropped, Latin lowercased).
static std::string word_letters(std::string_view word) {
  std::string f = fold_word(word);
  // The tokenizer drops marks and tatweel and keeps letters only: do the same here.
  std::string letters;
  for (std::size_t i = 0; i < f.size();) {
    std::size_t k = i;
    char32_t c = next_code_point(f, k);
    if (is_arabic_letter(c) || (c >= 0x80 && latin_letter(c)))
      letters.append(f, i, k - i);
    else if (latin_letter(c))
      letters.push_back(static_cast<char>(std::tolower(static_cast<int>(c))));
    i = k;
  }
  return letters;
}

bool is_weekday(std::string_view word) { return names().weekday(word_letters(word)); }

bool is_month_name(std::string_view word) { return names().month(word_letters(word)) != nullptr; }

bool has_relative_date(std::string_view text) {
  auto toks = tokenize(text);
  Matcher m(toks);
  for (std::size_t i = 0; i < toks.size(); ++i)
    if (relative_at(m, i)) return true;
  return false;
}

std::optional<std::string> parse_date_field(std::string_view text, const std::optional<std::string>& now) {
  if (auto d = find_date(text, now)) return d->iso;
  // A Unix time: 10 digits of seconds or 13 of milliseconds (JSON exports), 1990-2100 only.
  std::string_view t = text;
  while (!t.empty() && (t.front() == ' ' || t.front() == '"')) t.remove_prefix(1);
  while (!t.empty() && (t.back() == ' ' || t.back() == '"')) t.remove_suffix(1);
  if (t.empty() || t.find_first_not_of("0123456789") != std::string_view::npos) return std::nullopt;
  // ISO 8601's basic form of a day, "20180226" (<meta name="pubdate" content="20180226">).
  if (t.size() == 8) {
    Parts p;
    p.year = std::stoi(std::string(t.substr(0, 4)));
    p.month = std::stoi(std::string(t.substr(4, 2)));
    p.day = std::stoi(std::string(t.substr(6, 2)));
    if (p.year < 1990 || p.year > 2100 || !valid_gregorian(p.year, p.month, p.day)) return std::nullopt;
    return iso_of(p);
  }
  if (t.size() != 10 && t.size() != 13) return std::nullopt;
  double seconds = std::stod(std::string(t.substr(0, 10)));
  if (seconds < 631152000.0 || seconds > 4102444800.0) return std::nullopt;
  UErrorCode st = U_ZERO_ERROR;
  icu::GregorianCalendar cal(*icu::TimeZone::getGMT(), st);
  cal.setTime(seconds * 1000.0, st);
  Parts p;
  p.year = cal.get(UCAL_YEAR, st);
  p.month = cal.get(UCAL_MONTH, st) + 1;
  p.day = cal.get(UCAL_DATE, st);
  p.hour = cal.get(UCAL_HOUR_OF_DAY, st);
  p.minute = cal.get(UCAL_MINUTE, st);
  p.second = cal.get(UCAL_SECOND, st);
  p.has_offset = true;
  if (U_FAILURE(st)) return std::nullopt;
  return iso_of(p);
}

}  // namespace akhbar
