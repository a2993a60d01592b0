// Walk rule "site_address": the site speaking to its reader about itself ("اسعدنا انكم تتصفحون
// موقع الزاجل مرحبا بكم ...", "سعدنا كثيرا لتصفحك خبر ... في موقع الزاجل ...") or showing its own
// tagline ("المسطرة: نقيس الأخبار بالشبر") is its template.
#include "segmenter/detail_rules.h"
#include "segmenter/detail_text.h"
#include "segmenter/thresholds.h"

namespace akhbar::detail {

namespace {

// "المسطرة: نقيس الأخبار بالشبر": the page's own site (the input's source, "جريدة المسطرة", with or without
// the outlet's kind before its name) opening a short line with a colon, its tagline or motto shown
// between the text's blocks. A story quoting another outlet ("رويترز: ...") names no page's own site.
bool site_tagline(const Page& p, const Line& l) {
  if (!p.ctx.doc.source || l.words > threshold::site_address::tagline_max_words || ends_sentence(l)) return false;
  std::string_view key = l.key;
  std::size_t colon = key.find(':');
  if (colon == std::string_view::npos) return false;
  std::string site = fold_key(p.ctx.normalizer.search(*p.ctx.doc.source));
  if (site.empty() || !has_arabic(site)) return false;
  std::string_view head = trim_chars(key.substr(0, colon), " ");
  if (head.empty()) return false;
  if (head == site) return true;
  // The site's name without its kind ("جريدة", "صحيفة", "موقع").
  std::size_t sp = site.find(' ');
  if (sp == std::string::npos) return false;
  std::string first = site.substr(0, sp);
  return (p.markers().in_list(MarkerKind::press_word, first) || p.markers().in_list(MarkerKind::site_word, first) ||
          p.markers().in_list(MarkerKind::agency_word, first)) &&
         head == std::string_view(site).substr(sp + 1);
}

}  // namespace

// A line naming the page's own site after "موقع" ("موقع الزاجل": the source the input gives) and
// addressing the reader ("بكم", "لديكم") is the site's welcome or sign-off, not the article: a
// story quoting a site names it without speaking to the reader.
std::size_t rule_site_address(Page& p, std::size_t i) {
  Line& l = p.lines[i];
  if (!l.hit && site_tagline(p, l)) {
    p.remove(l, "promo", "the page's own site and its tagline ('SITE: ...')");
    return i + 1;
  }
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
