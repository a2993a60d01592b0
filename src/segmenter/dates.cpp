// Date parsing with ICU: month names come from ICU's locale data for the regional Arabic namings
// (plus the spellings news sites use that CLDR lacks), Hijri dates convert through ICU's Umm
// al-Qura calendar, relative dates are computed with ICU's Gregorian calendar.
#include <akhbar/dates.h>

#include <unicode/calendar.h>
#include <unicode/dtfmtsym.h>
#include <unicode/gregocal.h>
#include <unicode/locid.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

#include <array>
#include <cstdio>
#include <memory>
#include <unordered_map>
#include <vector>

#include "segmenter/detail_text.h"

namespace akhbar {
namespace {

using detail::next_cp;

// A month name: its number and whether it names a Hijri month.
struct MonthName {
  int month = 0;
  bool hijri = false;
};

// Folds a name the way the tokenizer folds words (marks dropped, trivial letter fold).
std::string fold_word(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    char32_t c = next_cp(s, i);
    if (detail::is_arabic_mark(c)) continue;
    if (c == 0x00A0 || c == '\t') c = ' ';
    detail::append_utf8(out, detail::fold_letter(c));
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
    // Morocco (ar_MA), Mauritania (ar_MR), and English for RFC 2822 / TREC fields.
    for (const char* loc : {"ar", "ar_SY", "ar_DZ", "ar_MA", "ar_MR", "en"}) {
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
        {"إبريل", 4}, {"ابريل", 4}, {"أفريل", 4}, {"مايو", 5}, {"ماي", 5},   {"يونيه", 6},
        {"يوليه", 7}, {"اغسطس", 8}, {"أغشت", 8},  {"آب", 8},   {"أوت", 8},   {"سبتمبر", 9},
        {"شتمبر", 9}, {"اكتوبر", 10}, {"نوفمبر", 11}, {"ديسمبر", 12}, {"دجمبر", 12}, {"جانفييه", 1},
        {"فيفرييه", 2}, {"جوييه", 7}, {"كانون ثاني", 1}, {"كانون اول", 12}, {"تشرين اول", 10},
        {"تشرين ثاني", 11}, {"sept", 9}};
    for (const auto& [name, m] : gregorian_extra) add(name, m, false);
    static const std::pair<const char*, int> hijri_extra[] = {
        {"محرم", 1},          {"المحرم", 1},         {"صفر", 2},           {"ربيع الأول", 3},
        {"ربيع أول", 3},      {"ربيع الآخر", 4},     {"ربيع الثاني", 4},   {"ربيع ثاني", 4},
        {"جمادى الأولى", 5},  {"جمادى الأول", 5},    {"جمادى الآخرة", 6},  {"جمادى الثانية", 6},
        {"جمادى الآخر", 6},   {"رجب", 7},            {"شعبان", 8},         {"رمضان", 9},
        {"شوال", 10},         {"ذو القعدة", 11},     {"ذي القعدة", 11},    {"ذو الحجة", 12},
        {"ذي الحجة", 12}};
    for (const auto& [name, m] : hijri_extra) add(name, m, true);
  }

  // The month named by one or two folded words ("كانون الثاني"), or nullptr.
  const MonthName* month(const std::string& folded) const {
    auto it = months_.find(folded);
    return it == months_.end() ? nullptr : &it->second;
  }
  bool weekday(const std::string& folded) const { return weekdays_.count(folded) > 0; }

 private:
  void add(const std::string& name, int month, bool hijri) {
    std::string f = fold_word(name);
    while (!f.empty() && f.back() == '.') f.pop_back();
    if (f.empty()) return;
    months_.emplace(f, MonthName{month, hijri});
    // Lower-case English and the Arabic forms are already folded; also accept "al-" free forms.
  }
  std::unordered_map<std::string, MonthName> months_;
  std::unordered_map<std::string, int> weekdays_;
};

const Names& names() {
  static const Names n;
  return n;
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
    char32_t c = next_cp(text, i);
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
        int dd = detail::digit_value(next_cp(text, k));
        if (dd < 0) break;
        if (t.digits < 12) t.value = t.value * 10 + dd;
        ++t.digits;
        j = k;
      }
      i = j;
    } else if (detail::is_arabic_letter(c) || detail::is_arabic_mark(c) || (c < 0x80 && std::isalpha(static_cast<int>(c)))) {
      t.kind = Token::Kind::word;
      std::size_t j = start;
      while (j < text.size()) {
        std::size_t k = j;
        char32_t cc = next_cp(text, k);
        bool letter = detail::is_arabic_letter(cc) || (cc < 0x80 && std::isalpha(static_cast<int>(cc)));
        if (!letter && !detail::is_arabic_mark(cc)) break;
        if (letter) detail::append_utf8(t.word, detail::fold_letter(cc));
        j = k;
      }
      i = j;
    } else {
      t.kind = Token::Kind::punct;
      if (c == 0x060C) c = ',';  // Arabic comma
      if (c == 0x2013 || c == 0x2014) c = '-';
      detail::append_utf8(t.word, c);
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
  if (y < 1000 || y > 2999 || m < 1 || m > 12 || d < 1) return false;
  UErrorCode st = U_ZERO_ERROR;
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  thread_local std::unique_ptr<icu::GregorianCalendar> greg(new icu::GregorianCalendar(st));
  int max = days[m - 1] + (m == 2 && greg && greg->isLeapYear(y) ? 1 : 0);
  return d <= max;
}

std::string two(int v) {
  char b[8];
  std::snprintf(b, sizeof b, "%02d", v);
  return b;
}

std::string iso_of(const Parts& p) {
  char b[16];
  std::snprintf(b, sizeof b, "%04d-%02d-%02d", p.year, p.month, p.day);
  std::string s = b;
  if (p.hour >= 0) {
    s += "T" + two(p.hour) + ":" + two(p.minute);
    if (p.second >= 0) s += ":" + two(p.second);
    if (p.has_offset) {
      int off = p.offset_minutes;
      s += off < 0 ? '-' : '+';
      if (off < 0) off = -off;
      s += two(off / 60) + ":" + two(off % 60);
    }
  }
  return s;
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
    if ((w == "كانون" || w == "تشرين") && num(i + 1, 1, 1) && (t_[i + 1].value == 1 || t_[i + 1].value == 2)) {
      static const MonthName jan{1, false}, dec{12, false}, oct{10, false}, nov{11, false};
      next = i + 2;
      if (w == "كانون") return t_[i + 1].value == 2 ? &jan : &dec;
      return t_[i + 1].value == 1 ? &oct : &nov;
    }
    if (i + 1 < t_.size() && t_[i + 1].kind == Token::Kind::word) {
      if (const MonthName* m = names().month(w + " " + t_[i + 1].word)) {
        next = i + 2;
        return m;
      }
    }
    std::string base = w;
    // "بيوليو", "ليوليو": a one-letter preposition glued to the month.
    const MonthName* m = names().month(base);
    if (!m && (base.rfind("\xD8\xA8", 0) == 0 || base.rfind("\xD9\x84", 0) == 0) && base.size() > 4)
      m = names().month(base.substr(2));
    if (m) next = i + 1;
    return m;
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
      end = i + 5;
      return check(p);
    }
    // 23/07/2024, 23-07-2024, 23.07.2024: day first
    if (num(i, 1, 2) && punct(i + 1, "-/.") && num(i + 2, 1, 2) && punct(i + 3, t_[i + 1].word) &&
        num(i + 4, 4, 4)) {
      p.day = static_cast<int>(t_[i].value);
      p.month = static_cast<int>(t_[i + 2].value);
      p.year = static_cast<int>(t_[i + 4].value);
      end = i + 5;
      return check(p);
    }
    std::size_t j = 0;
    // 23 يوليو 2024, 15 رجب 1442هـ, 2 أكتوبر/ تشرين الأول 2018, 11 Mar 2018
    if (num(i, 1, 2)) {
      std::size_t k = i + 1;
      if (punct(k, "-")) ++k;
      if (const MonthName* m = month(k, j)) {
        p.day = static_cast<int>(t_[i].value);
        p.month = m->month;
        p.hijri = m->hijri;
        j = skip_paired_month(j, *m);
        if (punct(j, ",-")) ++j;
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
        std::size_t k = j + 1;
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

  // A time after a date (10:30, 10:30 م, 00:07:37 GMT, T12:16:13Z, +0400, GMT+3).
  std::size_t time_at(std::size_t i, Parts& p) const {
    std::size_t k = i;
    for (int skip = 0; skip < 3 && k < t_.size(); ++skip) {
      if (punct(k, ",-|") || word(k, "t") || word(k, "الساعه") || word(k, "في") || word(k, "at") ||
          word(k, "علي") || word(k, "ساعه"))
        ++k;
      else
        break;
    }
    if (!(num(k, 1, 2) && punct(k + 1, ":") && num(k + 2, 2, 2))) return i;
    int h = static_cast<int>(t_[k].value), mi = static_cast<int>(t_[k + 2].value), s = -1;
    k += 3;
    if (punct(k, ":") && num(k + 1, 2, 2)) {
      s = static_cast<int>(t_[k + 1].value);
      k += 2;
    }
    if (h > 23 || mi > 59 || s > 59) return i;
    if (word(k, "م") || word(k, "مساء") || word(k, "pm") || word(k, "مساءا")) {
      if (h < 12) h += 12;
      ++k;
    } else if (word(k, "ص") || word(k, "صباحا") || word(k, "صباح") || word(k, "am")) {
      if (h == 12) h = 0;
      ++k;
    }
    p.hour = h;
    p.minute = mi;
    p.second = s;
    // Zones: GMT, UTC, Z, GMT+3, +0400, +04:00, "بتوقيت غرينتش".
    bool utc_word = word(k, "gmt") || word(k, "utc") || word(k, "z") || word(k, "غرينتش") || word(k, "جرينتش");
    if (word(k, "بتوقيت") && (word(k + 1, "غرينتش") || word(k + 1, "جرينتش"))) {
      ++k;
      utc_word = true;
    }
    if (utc_word) {
      p.has_offset = true;
      p.offset_minutes = 0;
      ++k;
    }
    if (punct(k, "+-") && num(k + 1, 1, 4) && (utc_word || !t_[k + 1].space_before)) {
      int sign = t_[k].word == "-" ? -1 : 1;
      long v = t_[k + 1].value;
      int hh = 0, mm = 0;
      if (t_[k + 1].digits == 4) {
        hh = static_cast<int>(v / 100);
        mm = static_cast<int>(v % 100);
        k += 2;
      } else {
        hh = static_cast<int>(v);
        k += 2;
        if (punct(k, ":") && num(k + 1, 2, 2)) {
          mm = static_cast<int>(t_[k + 1].value);
          k += 2;
        }
      }
      if (hh <= 14 && mm < 60) {
        p.has_offset = true;
        p.offset_minutes = sign * (hh * 60 + mm);
      }
    }
    return k;
  }

  const std::vector<Token>& tokens() const { return t_; }

 private:
  // "يونيو/حزيران", "أكتوبر/ تشرين الأول", "(حزيران)": a second naming of the same month.
  std::size_t skip_paired_month(std::size_t j, const MonthName& m) const {
    std::size_t k = j;
    bool paren = punct(k, "(");
    if (punct(k, "/-(")) ++k;
    std::size_t n = 0;
    if (k != j) {
      if (const MonthName* m2 = month(k, n); m2 && m2->month == m.month && m2->hijri == m.hijri) {
        if (paren && punct(n, ")")) ++n;
        return n;
      }
    }
    return j;
  }
  // Skips "هـ" / "م" / "ميلادي" after a year, noting which calendar it names.
  std::size_t era(std::size_t k, Parts& p) const {
    if (word(k, "ه") || word(k, "هجري") || word(k, "هجريه") || word(k, "ah")) {
      p.hijri = true;
      return k + 1;
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

// Resolves a Hijri Parts to Gregorian in place; false when ICU rejects the date.
bool to_gregorian(Parts& p) {
  auto iso = hijri_to_gregorian(p.year, p.month, p.day);
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

// A relative expression at token i: amount and ICU field (minutes, hours, days, weeks, months).
struct Relative {
  int amount = 0;
  UCalendarDateFields field = UCAL_DATE;
  std::size_t end = 0;
};

std::optional<Relative> relative_at(const Matcher& m, std::size_t i) {
  const auto& t = m.tokens();
  if (m.word(i, "امس") || m.word(i, "البارحه")) return Relative{1, UCAL_DATE, i + 1};
  if (m.word(i, "اول") && m.word(i + 1, "امس")) return Relative{2, UCAL_DATE, i + 2};
  if (!(m.word(i, "منذ") || m.word(i, "قبل"))) return std::nullopt;
  std::size_t k = i + 1;
  int amount = 1;
  bool counted = false;
  if (m.num(k, 1, 4)) {
    amount = static_cast<int>(t[k].value);
    counted = true;
    ++k;
  }
  if (k >= t.size() || t[k].kind != Token::Kind::word) return std::nullopt;
  const std::string& w = t[k].word;
  struct Unit {
    const char* word;
    UCalendarDateFields field;
    int dual;
  };
  static const Unit units[] = {
      {"دقيقه", UCAL_MINUTE, 1}, {"دقائق", UCAL_MINUTE, 0}, {"دقيقتين", UCAL_MINUTE, 2}, {"دقيقتان", UCAL_MINUTE, 2},
      {"ساعه", UCAL_HOUR, 1},    {"ساعات", UCAL_HOUR, 0},   {"ساعتين", UCAL_HOUR, 2},    {"ساعتان", UCAL_HOUR, 2},
      {"يوم", UCAL_DATE, 1},     {"ايام", UCAL_DATE, 0},    {"يومين", UCAL_DATE, 2},     {"يومان", UCAL_DATE, 2},
      {"اسبوع", UCAL_WEEK_OF_YEAR, 1}, {"اسابيع", UCAL_WEEK_OF_YEAR, 0}, {"اسبوعين", UCAL_WEEK_OF_YEAR, 2},
      {"شهر", UCAL_MONTH, 1},    {"اشهر", UCAL_MONTH, 0},   {"شهور", UCAL_MONTH, 0},     {"شهرين", UCAL_MONTH, 2},
      {"minutes", UCAL_MINUTE, 0}, {"hours", UCAL_HOUR, 0}, {"days", UCAL_DATE, 0}};
  for (const auto& u : units) {
    if (w != u.word) continue;
    if (u.dual == 0 && !counted) return std::nullopt;
    if (!counted) amount = u.dual;
    return Relative{amount, u.field, k + 1};
  }
  return std::nullopt;
}

std::optional<std::string> resolve_relative(const Relative& r, const Parts& now) {
  UErrorCode st = U_ZERO_ERROR;
  icu::GregorianCalendar cal(*icu::TimeZone::getGMT(), st);
  if (U_FAILURE(st)) return std::nullopt;
  cal.clear();
  cal.set(now.year, now.month - 1, now.day, now.hour < 0 ? 0 : now.hour, now.minute, now.second < 0 ? 0 : now.second);
  cal.add(r.field, -r.amount, st);
  if (U_FAILURE(st)) return std::nullopt;
  Parts p = now;
  p.year = cal.get(UCAL_YEAR, st);
  p.month = cal.get(UCAL_MONTH, st) + 1;
  p.day = cal.get(UCAL_DATE, st);
  if (U_FAILURE(st)) return std::nullopt;
  if ((r.field == UCAL_HOUR || r.field == UCAL_MINUTE) && now.hour >= 0) {
    p.hour = cal.get(UCAL_HOUR_OF_DAY, st);
    p.minute = cal.get(UCAL_MINUTE, st);
    p.second = -1;
  } else {
    p.hour = -1;
  }
  return iso_of(p);
}

}  // namespace

std::optional<std::string> hijri_to_gregorian(int year, int month, int day) {
  if (month < 1 || month > 12 || day < 1 || day > 30) return std::nullopt;
  UErrorCode st = U_ZERO_ERROR;
  thread_local std::unique_ptr<icu::Calendar> hijri(
      icu::Calendar::createInstance(icu::TimeZone::getGMT()->clone(), icu::Locale("@calendar=islamic-umalqura"), st));
  thread_local std::unique_ptr<icu::GregorianCalendar> greg(new icu::GregorianCalendar(*icu::TimeZone::getGMT(), st));
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
    if (auto p = m.date_at(i, end)) {
      if (p->hijri) {
        // "15 رجب 1442هـ 27 فبراير 2021م": prefer the Gregorian date written next to it.
        for (std::size_t k = end; k < end + 4 && k < toks.size(); ++k) {
          std::size_t end2 = 0;
          if (auto g = m.date_at(k, end2); g && !g->hijri) {
            *p = *g;
            end = end2;
            break;
          }
        }
        if (p->hijri && !to_gregorian(*p)) continue;
      }
      end = m.time_at(end, *p);
      return FoundDate{iso_of(*p), toks[i].begin, toks[end - 1].end, false};
    }
    if (auto r = relative_at(m, i)) {
      if (!ref_parsed) {
        ref = parse_now(now);
        ref_parsed = true;
      }
      if (!ref) continue;
      if (auto iso = resolve_relative(*r, *ref)) return FoundDate{*iso, toks[i].begin, toks[r->end - 1].end, true};
    }
  }
  return std::nullopt;
}

bool has_relative_date(std::string_view text) {
  auto toks = tokenize(text);
  Matcher m(toks);
  for (std::size_t i = 0; i < toks.size(); ++i)
    if (relative_at(m, i)) return true;
  return false;
}

std::optional<std::string> parse_date_field(std::string_view text, const std::optional<std::string>& now) {
  auto d = find_date(text, now);
  if (!d) return std::nullopt;
  return d->iso;
}

}  // namespace akhbar
