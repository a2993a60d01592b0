// Pass "title_site": a title's site part ("headline | site", "headline - site", "site: headline")
// is cut when it names the page's host or its source, and gives the source when there is none.
#include <akhbar/text.h>

#include <algorithm>

#include "segmenter/detail_rules.h"
#include "segmenter/detail_text.h"
#include "segmenter/thresholds.h"

namespace akhbar::detail {

namespace th = threshold;

namespace {

// The separators a site part hangs on, with their spaces: "headline | site", "site - headline".
constexpr std::string_view separators[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ", " \xC2\xBB "};

// A key with its spaces dropped ("زايو سيتي" and "زايوسيتي" are one name).
std::string squeezed(std::string_view key) {
  std::string out;
  for (char c : key)
    if (c != ' ') out += c;
  return out;
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// A site's name written in Latin letters by its shape alone, for a title with no host or source
// to compare ("أفيون | Metro al Madina", "... - muntada.com", "سلع — TradingView"): a domain, an
// Arabic article spelled out ("al", "el", "Al-"), or one brand word with a capital inside. Plain
// English words are not enough: a glossary's title gives its term in both languages ("تنظيف
// اللسان | Tongue Scraping").
bool latin_site_shape(std::string_view part) {
  if (part.empty() || count_words(part) > th::title::site_part_max_words) return false;
  for (char c : part)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ' ||
          c == '.' || c == '-' || c == '&' || c == '\''))
      return false;
  std::string low = ascii_lower(part);
  if (std::size_t dot = low.rfind('.'); dot != std::string::npos && dot + 3 <= low.size() &&
                                        dot + 7 > low.size() && low.find(' ') == std::string::npos)
    return std::all_of(low.begin() + static_cast<std::ptrdiff_t>(dot) + 1, low.end(),
                       [](char c) { return c >= 'a' && c <= 'z'; });
  std::string_view words(low);
  for (std::size_t at = 0; at < words.size();) {
    std::size_t end = std::min(words.find(' ', at), words.size());
    std::string_view w = words.substr(at, end - at);
    if (w == "al" || w == "el" || w.starts_with("al-") || w.starts_with("el-")) return true;
    at = end + 1;
  }
  if (part.find(' ') == std::string_view::npos)
    for (std::size_t i = 1; i + 1 < part.size(); ++i)
      if (part[i] >= 'A' && part[i] <= 'Z' && part[i - 1] >= 'a' && part[i - 1] <= 'z') return true;
  return false;
}

}  // namespace

std::string host_name(std::string_view url) {
  std::size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return {};
  std::string_view host = url.substr(scheme + 3);
  host = host.substr(0, host.find_first_of("/?#:"));
  // The registered name: "zaiocity" of "www.zaiocity.net", "bbc" of "www.bbc.co.uk".
  std::vector<std::string_view> labels;
  for (std::size_t at = 0; at <= host.size();) {
    std::size_t dot = host.find('.', at);
    if (dot == std::string_view::npos) dot = host.size();
    labels.push_back(host.substr(at, dot - at));
    at = dot + 1;
  }
  if (labels.size() < 2) return {};
  std::size_t k = labels.size() - 2;
  static constexpr std::string_view second_level[] = {"co", "com", "net", "org", "gov", "edu", "ac"};
  if (k > 0 && labels.back().size() == 2)
    for (auto s : second_level)
      if (labels[k] == s) --k;
  std::string name = ascii_lower(labels[k]);
  return name.size() >= th::title::site_host_min_chars ? name : std::string();
}

bool names_site(const Normalizer& n, std::string_view part, std::string_view host, std::string_view source,
                bool only) {
  if (count_words(part) > th::title::site_part_max_words) return false;
  std::string lower = ascii_lower(squeezed(part));
  if (!host.empty() && (only ? lower.rfind(host, 0) == 0 && lower.find_first_of(" ") == std::string::npos &&
                                   (lower.size() == host.size() || lower[host.size()] == '.')
                             : lower.find(host) != std::string::npos))
    return true;
  // The site's name in Arabic letters after the headline ("... - برامج بلس" on pramgplus.com).
  if (!only && letter_count(part) >= th::title::site_spelled_min_letters && spells_site(part, host, source))
    return true;
  // The site's name in both scripts, one spelling the other ("Anwalpress - أنوال بريس"): a site
  // part even when there is no host or source to compare.
  if (!only) {
    for (auto sep : separators) {
      std::size_t at = part.find(sep);
      if (at == std::string_view::npos) continue;
      std::string_view a = trim_chars(part.substr(0, at), ""), b = trim_chars(part.substr(at + sep.size()), "");
      if (has_arabic(a)) std::swap(a, b);
      std::string latin = ascii_lower(squeezed(a));
      if (!has_arabic(a) && has_arabic(b) && letter_count(b) >= th::title::site_spelled_min_letters &&
          latin.size() >= th::title::site_host_min_chars && spells_site(b, latin, ""))
        return true;
    }
  }
  if (source.empty()) return false;
  std::string a = squeezed(fold_key(n.search(part))), b = squeezed(fold_key(n.search(source)));
  if (letter_count(a) < th::title::site_name_min_letters || letter_count(b) < th::title::site_name_min_letters)
    return false;
  return b.find(a) != std::string::npos || (!only && a.find(b) != std::string::npos);
}

namespace {

// A name's consonants as classes, vowels and long-vowel letters dropped and doubled letters once:
// Arabic (ب→b, ث and ت→t, ق and ك→k, ...; ا و ي ى ة ء ع dropped) and its Latin spelling in a
// host or site field (th→t, kh→k, sh→s, dh→d, gh→g, q→k; a e i o u w y dropped, a final "ah" is
// ة) meet: "المدينة" and "almadina" are both "lmdn", "عكاظ" and "okaz" both "ks" (z and s are one
// class, "نيوز" and "news").
std::string arabic_consonants(std::string_view word) {
  std::string out;
  for (std::size_t i = 0; i < word.size();) {
    char c = 0;
    switch (next_code_point(word, i)) {
      case 0x0628:
        c = 'b';
        break;
      case 0x062A:
      case 0x062B:
      case 0x0637:
        c = 't';
        break;
      case 0x062C:
      case 0x063A:
        c = 'g';
        break;
      case 0x062D:
      case 0x0647:
        c = 'h';
        break;
      case 0x062E:
      case 0x0642:
      case 0x0643:
        c = 'k';
        break;
      case 0x062F:
      case 0x0630:
      case 0x0636:
        c = 'd';
        break;
      case 0x0631:
        c = 'r';
        break;
      case 0x0632:
      case 0x0638:
        c = 's';  // z and s are one class: "news" is written نيوز ("يافع نيوز" on yafa-news.net)
        break;
      case 0x0633:
      case 0x0634:
      case 0x0635:
        c = 's';
        break;
      case 0x0641:
        c = 'f';
        break;
      case 0x0644:
        c = 'l';
        break;
      case 0x0645:
        c = 'm';
        break;
      case 0x0646:
        c = 'n';
        break;
      default:
        break;
    }
    if (c && (out.empty() || out.back() != c)) out += c;
  }
  return out;
}

std::string latin_consonants(std::string_view name) {
  std::string s;
  for (char c : name)
    if (c >= 'a' && c <= 'z') s += c;
  if (s.size() > 2 && s.ends_with("ah")) s.resize(s.size() - 1);  // "aljazirah": the ة
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i], next = i + 1 < s.size() ? s[i + 1] : 0;
    if (next == 'h' && (c == 't' || c == 'k' || c == 's' || c == 'd' || c == 'g')) ++i;
    if (c == 'q' || c == 'c') c = 'k';
    if (c == 'j') c = 'g';
    // Arabic writes p as ب and v as ف ("pramgplus": "برامج بلس").
    if (c == 'p') c = 'b';
    if (c == 'v') c = 'f';
    if (c == 'z') c = 's';
    if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'w' || c == 'y') continue;
    if (out.empty() || out.back() != c) out += c;
  }
  return out;
}

}  // namespace

bool spells_site(std::string_view word, std::string_view host, std::string_view source) {
  std::string a = arabic_consonants(word);
  if (a.size() < th::title::site_consonants_min) return false;
  for (std::string_view latin : {host, source}) {
    std::string lower = ascii_lower(latin.substr(0, latin.find('.')));
    if (!lower.empty() && lower.find_first_not_of("abcdefghijklmnopqrstuvwxyz-_") == std::string::npos &&
        latin_consonants(lower) == a)
      return true;
  }
  return false;
}

void rule_title_site(Page& p) {
  if (!p.article.title) return;
  std::string& title = *p.article.title;
  std::string host = p.ctx.doc.input.url ? host_name(*p.ctx.doc.input.url) : std::string();
  std::string source = p.article.source.value_or("");
  // A line under the title (the first few non-blank ones) that repeats `headline` alone, or
  // lines.size().
  auto repeat_line = [&](std::string_view headline) {
    std::string key = fold_key(p.ctx.normalizer.search(headline));
    std::size_t k = p.state.title_from_line ? p.next_nonblank(p.state.title_line + 1) : p.next_nonblank(0);
    for (std::size_t seen = 0; k < p.lines.size() && seen < th::title::site_repeat_scan_lines;
         k = p.next_nonblank(k + 1), ++seen)
      if (p.lines[k].label.empty() && !key.empty() && p.lines[k].key == key) return k;
    return p.lines.size();
  };
  // The title's last separator: where it starts and its length ({npos, 0} when none).
  auto last_separator = [&]() -> std::pair<std::size_t, std::size_t> {
    std::size_t last = std::string::npos, len = 0;
    for (auto sep : separators)
      if (std::size_t at = title.rfind(sep); at != std::string::npos && (last == std::string::npos || at > last))
        last = at, len = sep.size();
    return {last, len};
  };
  // The site part after the headline: the earliest separator whose whole rest names the site.
  std::size_t cut = std::string::npos, rest = 0, site_end = std::string::npos;
  for (auto sep : separators)
    for (std::size_t at = title.find(sep); at != std::string::npos; at = title.find(sep, at + 1))
      if (at < cut && names_site(p.ctx.normalizer, std::string_view(title).substr(at + sep.size()), host, source, false)) {
        cut = at;
        rest = at + sep.size();
      }
  // No URL or source to compare: a part after the last " | ", or before the first, that opens
  // with an outlet's word ("جريدة الرياض | يا واسع المغفرة", "... | مجلة رقيقة", "... | وكالة صدى
  // الاعلام للانباء": agency_word in data/markers.txt) names the site. Only at a bar: "صحيفة
  // اسرائيلية: ..." quotes a newspaper, it is no site part.
  bool site_first = false;
  // No host or source: a part after the last separator shaped like a site's Latin name, after an
  // Arabic headline.
  bool latin_site = false;
  if (cut == std::string::npos && host.empty() && source.empty()) {
    auto [last, len] = last_separator();
    if (last != std::string::npos && has_arabic(std::string_view(title).substr(0, last)) &&
        latin_site_shape(std::string_view(title).substr(last + len))) {
      cut = last;
      rest = last + len;
      latin_site = true;
    }
  }
  // "HEADLINE - Map Ecology" over the line "HEADLINE": the page repeats its headline without the
  // part, which is then the site's name even in plain words; from the last separator leftwards,
  // since the part may be the site's name and its slogan ("... - قهوة 8 غرب | قهوتك بطعم الكتب").
  if (cut == std::string::npos) {
    std::vector<std::pair<std::size_t, std::size_t>> seps;  // where, length
    for (auto sep : separators)
      for (std::size_t at = title.find(sep); at != std::string::npos; at = title.find(sep, at + 1))
        seps.emplace_back(at, sep.size());
    std::sort(seps.rbegin(), seps.rend());
    for (std::size_t i = 0; i < seps.size() && cut == std::string::npos; ++i) {
      auto [at, len] = seps[i];
      std::string_view head = std::string_view(title).substr(0, at), part = std::string_view(title).substr(at + len);
      // A site's name is short beside the headline: "NAME - HEADLINE" over a line naming the
      // writer again is no site part. A name and its slogan: each piece a name's length, the
      // two no longer than the headline.
      const int part_words = count_words(part), head_words = count_words(head);
      const bool name = part_words <= th::title::site_part_max_words && part_words * 2 <= head_words;
      const bool name_and_slogan = i == 1 && part_words <= head_words &&
                                   count_words(part.substr(0, seps[0].first - at - len)) <= th::title::site_part_max_words &&
                                   count_words(std::string_view(title).substr(seps[0].first + seps[0].second)) <=
                                       th::title::site_part_max_words;
      if ((name || name_and_slogan) && repeat_line(head) < p.lines.size()) {
        cut = at;
        rest = at + len;
        if (!name) site_end = seps[0].first;
      }
    }
  }
  if (cut == std::string::npos) {
    auto outlet = [&](std::string_view part) {
      if (count_words(part) > th::title::site_part_max_words) return false;
      std::string key = fold_key(p.ctx.normalizer.search(part));
      // Opening with the outlet's word ("جريدة الرياض") or closing with a brand's ("كيفك نيوز").
      std::size_t last_space = key.rfind(' ');
      return p.markers().in_list(MarkerKind::agency_word, std::string_view(key).substr(0, key.find(' '))) ||
             (last_space != std::string::npos &&
              p.markers().in_list(MarkerKind::agency_word, std::string_view(key).substr(last_space + 1)));
    };
    constexpr std::string_view bar = " | ";
    if (std::size_t last = title.rfind(bar);
        last != std::string::npos && outlet(std::string_view(title).substr(last + bar.size()))) {
      cut = last;
      rest = last + bar.size();
    } else if (std::size_t first = title.find(bar);
               first != std::string::npos && outlet(std::string_view(title).substr(0, first))) {
      cut = first;
      rest = first + bar.size();
      site_first = true;
    }
  }
  std::string site, headline;
  if (site_first) {
    site = std::string(trim_chars(std::string_view(title).substr(0, cut), ""));
    headline = std::string(trim_chars(std::string_view(title).substr(rest), ""));
  } else if (cut != std::string::npos) {
    site = std::string(trim_chars(std::string_view(title).substr(rest), ""));
    headline = std::string(trim_chars(std::string_view(title).substr(0, cut), ""));
  } else {
    // "site: headline", "site | headline": the site part before the headline.
    std::size_t first = std::string::npos, len = 0;
    for (auto sep : separators)
      if (std::size_t at = title.find(sep); at < first) first = at, len = sep.size();
    if (std::size_t colon = title.find(": "); colon < first) first = colon, len = 2;
    if (first == std::string::npos) return;
    // The site's name spelled in Arabic letters before a separator ("يافع نيوز » ..." on
    // yafa-news.net); before a colon a name is a speaker ("فلان: ..."), so only the Latin name counts.
    std::string_view part = std::string_view(title).substr(0, first);
    if (!names_site(p.ctx.normalizer, part, host, source, true) &&
        (len == 2 || count_words(part) > th::title::site_part_max_words ||
         letter_count(part) < th::title::site_spelled_min_letters || !spells_site(part, host, source)))
      return;
    site = std::string(trim_chars(std::string_view(title).substr(0, first), ""));
    headline = std::string(trim_chars(std::string_view(title).substr(first + len), ""));
  }
  // A one-word headline is a rubric or a menu item on a text line; the page's own title field
  // may be one word before its site's name ("سلع — TradingView", a category page).
  // A site's Latin name by its shape makes the line a title field printed as text, even over one word.
  if (count_words(headline) < (p.state.title_from_line && !latin_site ? th::title::min_words : 1) ||
      site.empty())
    return;
  if (p.state.title_from_line) {
    p.state.at = p.lines[p.state.title_line].no;
    p.article.removed.push_back({"navigation", site});  // the title line's text stays accounted for
  }
  if (site_end != std::string::npos)  // the source is the site's name without its slogan
    site = std::string(trim_chars(std::string_view(title).substr(rest, site_end - rest), ""));
  title = headline;
  ++p.state.edits;
  p.fill(Field::source, site, "title_site");
  // The text's first line repeating the headline without its site part ("HEADLINE - SITE" over
  // "HEADLINE") is the title again, not body.
  if (std::size_t first = repeat_line(headline); first < p.lines.size()) {
    p.state.at = p.lines[first].no;
    p.article.removed.push_back({"title", p.lines[first].text});
    p.label_removed(p.lines[first], "title", "repeats the title without its site part");
    p.lines[first].blank = true;  // handled
  }
}

}  // namespace akhbar::detail
