// Metadata rules; see docs/segmenter.md for the reasoning behind each threshold.
#include "segmenter/metadata.h"

#include <akhbar/dates.h>
#include <akhbar/normalizer.h>

#include "segmenter/detail_text.h"

namespace akhbar::detail {
namespace {

bool is_dash(char32_t c) { return c == '-' || c == 0x2013 || c == 0x2014 || c == 0x2012 || c == 0x2015; }

// A separator run at byte `i` of `text`: dashes and slashes with optional spaces, that is not a
// plain hyphen inside a word ("بايدن-ترامب", "يونيو/حزيران"). Returns its end, or npos.
std::size_t separator_at(std::string_view text, std::size_t i) {
  std::size_t j = i;
  int marks = 0, dashes = 0, slashes = 0;
  bool space_before = i > 0 && text[i - 1] == ' ';
  bool space_inside = false;
  while (j < text.size()) {
    std::size_t k = j;
    char32_t c = next_cp(text, k);
    if (is_dash(c)) {
      ++marks;
      ++dashes;
    } else if (c == '/') {
      ++marks;
      ++slashes;
    } else if (c == ' ') {
      space_inside = true;
    } else {
      break;
    }
    j = k;
  }
  if (marks == 0) return std::string_view::npos;
  bool ok = space_before || space_inside || marks >= 2 || (i > 0 && text[i - 1] == ')');
  return ok ? j : std::string_view::npos;
}

}  // namespace

std::optional<Dateline> find_dateline(std::string_view text, const MarkerSet& markers,
                                      const Normalizer& normalizer) {
  // Look at the first 7 words only; the dateline is a place and/or an agency.
  std::size_t limit = 0;
  int words = 0;
  bool in = false;
  for (; limit < text.size() && words <= 7; ++limit) {
    if (text[limit] == ' ') {
      in = false;
    } else if (!in) {
      in = true;
      ++words;
    }
  }
  std::size_t cut = std::string_view::npos, value_end = 0;
  for (std::size_t i = 0; i < limit && i < text.size();) {
    std::size_t k = i;
    char32_t c = next_cp(text, k);
    if (c == '.' || c == ':' || c == '"' || c == 0x061F || c == '?' || c == 0x00AB)
      break;  // a sentence, a quote
    if (is_dash(c) || c == '/') {
      std::size_t end = separator_at(text, i);
      if (end != std::string_view::npos) {
        std::string_view before = trim_chars(text.substr(0, i), "");
        if (cut == std::string_view::npos) {
          if (before.empty() || count_words(before) > 5) break;
          cut = end;
          value_end = i;
        } else {
          // A second part ("بغداد/ المستقلة/", "القاهرة – أ ش أ –") only when it names an agency.
          std::string_view part = trim_chars(text.substr(cut, i - cut), "");
          std::string key = fold_key(normalizer.search(part));
          if (count_words(part) <= 3 && (markers.agency(key) || markers.mentions_agency(key))) {
            cut = end;
            value_end = i;
          }
          break;
        }
        i = end;
        continue;
      }
    }
    i = k;
  }
  if (cut == std::string_view::npos) return std::nullopt;
  std::string_view rest = trim_chars(text.substr(cut), "");
  if (count_words(rest) < 3) return std::nullopt;
  std::string_view value = trim_chars(text.substr(0, value_end), "-/,");
  // The prefix must not read like a clause: no digits, at most one comma-separated place list.
  for (std::size_t i = 0; i < value.size();) {
    if (digit_value(next_cp(value, i)) >= 0) return std::nullopt;
  }
  // A dateline names a place or an agency: "اختتمت أمس - ..." opens a sentence, not a dateline.
  {
    std::string key = fold_key(normalizer.search(value));
    bool paren = value.find('(') != std::string_view::npos;
    if (!paren && !markers.mentions_place(key) && !markers.mentions_agency(key)) return std::nullopt;
  }
  if (value.size() > 2 && value.front() == '(' && value.back() == ')' &&
      value.find('(', 1) == std::string_view::npos)
    value = trim_chars(value.substr(1, value.size() - 2), "");
  if (value.empty()) return std::nullopt;
  Dateline d;
  d.value = std::string(value);
  d.fragment = std::string(trim_chars(text.substr(0, cut), ""));
  d.rest = std::string(rest);
  return d;
}

std::optional<DateLine> read_date_line(const Line& line, const Normalizer& normalizer,
                                       const std::optional<std::string>& now) {
  if (line.blank || line.words > 18) return std::nullopt;
  bool labelled = line.hit && (line.hit.marker->kind == MarkerKind::published ||
                               line.hit.marker->kind == MarkerKind::updated);
  bool digits = false;
  for (std::size_t i = 0; i < line.text.size() && !digits;) digits = digit_value(next_cp(line.text, i)) >= 0;
  DateLine out;
  int date_words = 0;
  std::string_view rest = line.text;
  std::size_t offset = 0;
  int found = 0;
  while (digits && found < 3) {
    auto d = find_date(rest, now);
    if (!d) break;
    ++found;
    // The words before the date say whether it is the update ("آخر تحديث: ...").
    std::string label = fold_key(normalizer.search(rest.substr(0, d->begin)));
    bool is_update = false;
    for (std::string_view probe : {"تحديث", "حدث", "عدل"}) {
      if (label.find(probe) != std::string::npos) is_update = true;
    }
    if (!is_update && line.hit && line.hit.marker->kind == MarkerKind::updated && found == 1 &&
        label.size() > 0)
      is_update = true;
    std::optional<std::string>& slot = is_update ? out.updated : out.published;
    if (!slot) slot = d->iso;
    date_words += count_words(rest.substr(d->begin, d->end - d->begin));
    offset += d->end;
    rest = std::string_view(line.text).substr(offset);
  }
  if (found == 0) {
    // "منذ 3 ساعات", "أمس" alone or after a label.
    if (line.words > 6 || !has_relative_date(line.text)) return std::nullopt;
    if (auto d = find_date(line.text, now)) {
      out.published = d->iso;
    } else {
      out.relative_unresolved = true;
    }
    return out;
  }
  // What is left besides the dates: labels, weekday names, separators. Keep it small.
  int left = line.words - date_words;
  int allowed = labelled ? line.hit.marker->words + 4 : 3;
  if (left > allowed + (found > 1 ? 3 : 0)) return std::nullopt;
  return out;
}

std::optional<Byline> split_byline(std::string_view text) {
  text = trim_chars(text, "");
  Byline out;
  std::size_t from = 0;
  auto take = [&](std::size_t end) {
    std::string_view part = trim_chars(text.substr(from, end - from), ":-/_*");
    if (part.empty() && out.parts.empty()) return;  // a leading separator ("/تونس / فلان")
    out.parts.emplace_back(part);
  };
  for (std::size_t i = 0; i < text.size();) {
    std::size_t k = i;
    char32_t c = next_cp(text, k);
    bool spaced = (i > 0 && text[i - 1] == ' ') || (k < text.size() && text[k] == ' ');
    // A slash needs no space ("عدن/مختار البعداني"): callers reject lines with digits, and a
    // part must still be a known place, agency or name.
    bool sep = c == ':' || c == '/' || ((is_dash(c) || c == '_') && spaced);
    if (sep) {
      if (out.parts.empty()) out.colon = c == ':';
      take(i);
      // Runs such as " - " or ":-" are one separator.
      while (k < text.size()) {
        std::size_t n = k;
        char32_t d = next_cp(text, n);
        if (d != ' ' && d != ':' && !is_dash(d) && d != '/' && d != '_') break;
        k = n;
      }
      from = k;
    }
    i = k;
  }
  if (out.parts.empty()) return std::nullopt;
  if (from < text.size()) take(text.size());
  // A trailing separator ("كتب – مهنا القمشوعي -") leaves an empty last part.
  while (!out.parts.empty() && out.parts.back().empty()) out.parts.pop_back();
  if (out.parts.size() < 2 || out.parts.size() > 3) return std::nullopt;
  for (std::size_t p = 0; p < out.parts.size(); ++p) {
    int w = count_words(out.parts[p]);
    if (w == 0 || w > (p == 0 ? 4 : 5)) return std::nullopt;
  }
  return out;
}

}  // namespace akhbar::detail

namespace akhbar::detail {

std::optional<Credit> read_credit(std::string_view text, const MarkerSet& markers,
                                  const Normalizer& normalizer, bool need_anchor) {
  // A part is a known agency or place, a person (it opens with a given name or honorific), or
  // unknown: an unknown part is the person only when no part is a named person.
  enum class Part { place, agency, person, unknown };
  auto kind = [&](std::string_view part) {
    std::string key = fold_key(normalizer.search(part));
    // "من الرياض", "«الاقتصادية» من الرياض": the outlet reporting from a place.
    if (markers.agency(key) || markers.mentions_agency(key)) return Part::agency;
    if (markers.place(key) || (count_words(part) <= 3 && markers.mentions_place(key))) return Part::place;
    if (markers.opens_with_name(key)) return Part::person;
    return Part::unknown;
  };
  Credit c;
  auto put = [&](std::string_view part, Part k) {
    part = trim_chars(part, "-*():/_");
    std::string& slot = k == Part::place ? c.place : k == Part::agency ? c.agency : c.person;
    if (slot.empty()) slot = std::string(part);
  };
  if (auto b = split_byline(text)) {
    std::vector<Part> kinds;
    bool anchored = false, named = false;
    for (const auto& p : b->parts) {
      kinds.push_back(kind(p));
      anchored = anchored || kinds.back() != Part::unknown;
      named = named || kinds.back() == Part::person;
    }
    if (need_anchor && !anchored) return std::nullopt;
    // "محمد صلاح: لن أرحل" is a quote headline, not a byline: after a colon the name comes
    // second ("القاهرة: وليد عقيلة"), unless a place or an agency anchors the line.
    if (need_anchor && b->colon && kinds[0] == Part::person && kinds.size() == 2 && kinds[1] == Part::unknown)
      return std::nullopt;
    for (std::size_t i = 0; i < kinds.size(); ++i) {
      if (kinds[i] != Part::unknown)
        put(b->parts[i], kinds[i]);
      else if (!named)
        put(b->parts[i], Part::person);
    }
    return c;
  }
  Part k = kind(text);
  put(text, k == Part::unknown ? Part::person : k);
  if (c.empty()) return std::nullopt;
  return c;
}

}  // namespace akhbar::detail
