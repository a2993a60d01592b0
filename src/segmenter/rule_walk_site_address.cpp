// Walk rule "site_address": the site speaking to its reader about itself ("اسعدنا انكم تتصفحون
// موقع الزاجل مرحبا بكم ...", "سعدنا كثيرا لتصفحك خبر ... في موقع الزاجل ...") is its template.
#include "segmenter/detail_rules.h"
#include "segmenter/detail_text.h"
#include "segmenter/thresholds.h"

namespace akhbar::detail {

namespace {

// Whether a word of `key` (search form) ends in the second person plural suffix "كم" after a
// letter or more ("بكم", "لديكم", "نجيبكم"): a site's welcome and sign-off address the reader.
bool addresses_reader(std::string_view key) {
  constexpr std::string_view kum = "\xD9\x83\xD9\x85";  // كم
  for (std::size_t at = 0; at < key.size();) {
    std::size_t end = std::min(key.find(' ', at), key.size());
    std::string_view w = key.substr(at, end - at);
    if (w.size() >= kum.size() + 2 && w.ends_with(kum)) return true;
    at = end + 1;
  }
  return false;
}

}  // namespace

// A line naming the page's own site after "موقع" ("موقع الزاجل": the source the input gives) and
// addressing the reader ("بكم", "لديكم") is the site's welcome or sign-off, not the article: a
// story quoting a site names it without speaking to the reader.
std::size_t rule_site_address(Page& p, std::size_t i) {
  Line& l = p.lines[i];
  if (!p.article.source || l.hit || l.words > threshold::site_address::max_words) return not_taken;
  std::string site = fold_key(p.ctx.normalizer.search(*p.article.source));
  if (site.empty() || !has_arabic(site)) return not_taken;
  std::string phrase = "\xD9\x85\xD9\x88\xD9\x82\xD8\xB9 " + site;  // "موقع " + the site's name
  std::string_view key = l.key;
  bool named = false;
  for (std::size_t pos = key.find(phrase); pos != std::string_view::npos && !named;
       pos = key.find(phrase, pos + 1))
    named = (pos == 0 || key[pos - 1] == ' ') &&
            (pos + phrase.size() == key.size() || key[pos + phrase.size()] == ' ');
  if (!named || !addresses_reader(key)) return not_taken;
  p.remove(l, "promo", "the site addressing its reader about itself (its welcome or sign-off)");
  return i + 1;
}

}  // namespace akhbar::detail
