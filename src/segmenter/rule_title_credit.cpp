// Pass "title_credit": a photo credit left at the end of a title ("... على الوصافة (ارشيف)",
// the picture's caption taken for the headline) is cut off, and so is a writer's name after a slash
// ("... الصحراء الغربية/ سيدي محمد بن جعفر", which gives the author) (docs/segmenter.md, step 3).
#include "segmenter/detail_rules.h"
#include "segmenter/detail_text.h"
#include "segmenter/thresholds.h"

namespace akhbar::detail {

namespace th = threshold;

namespace {

// "HEADLINE/ NAME": a column's title line that ends with its writer after a slash (the Maghreb's
// papers: "تجاهل أم عجز العرب وقضية الصحراء الغربية/ سيدي محمد بن جعفر"). The writer's part is a
// few words, no digit, opening with a given name (or with one after an honorific: "سيدي محمد").
bool writer_after_slash(Page& p) {
  std::string& title = *p.article.title;
  std::string_view t = trim_chars(title, " ");
  std::size_t slash = t.rfind('/');
  if (slash == std::string_view::npos || slash == 0 || slash + 1 >= t.size() || t[slash + 1] != ' ') return false;
  std::string_view name = trim_chars(t.substr(slash + 1), " ");
  std::string_view headline = trim_chars(t.substr(0, slash), " ");
  int words = count_words(name);
  if (words < 2 || words > th::title::writer_max_words || has_digit(name) || count_words(headline) < th::title::min_words)
    return false;
  std::string key = fold_key(p.ctx.normalizer.search(name));
  std::string_view rest = key;
  rest = rest.substr(std::min(rest.size(), rest.find(' ') + 1));  // after an honorific
  if (!p.markers().opens_with_name(key) && !p.markers().opens_with_name(rest)) return false;
  std::string writer(name), cut(headline);
  if (p.state.title_from_line) p.state.at = p.lines[p.state.title_line].no;
  p.fill(Field::author, writer, "title_credit");
  title = std::move(cut);
  ++p.state.edits;
  return true;
}

}  // namespace

void rule_title_credit(Page& p) {
  if (!p.article.title) return;
  if (writer_after_slash(p)) return;
  std::string& title = *p.article.title;
  std::string_view t = trim_chars(title, " ");
  if (t.empty() || t.back() != ')') return;
  std::size_t open = t.rfind('(');
  if (open == std::string_view::npos || open == 0) return;
  std::string_view inside = t.substr(open + 1, t.size() - open - 2);
  std::string_view headline = trim_chars(t.substr(0, open), " ");
  if (count_words(inside) > th::title::credit_max_words || count_words(headline) < th::title::min_words)
    return;
  // The bracket names a photo credit as a whole ("ارشيف", "صورة أرشيفية", "AFP"): the photo
  // markers of data/markers.txt, so users extend them; "(صور)" and "(فيديو)" say what the page
  // holds and stay.
  MarkerHit hit = p.markers().match_line(fold_key(p.ctx.normalizer.search(inside)), count_words(inside));
  if (!hit || hit.marker->kind != MarkerKind::removed || hit.marker->removal != "photo") return;
  std::string credit(t.substr(open));
  std::string cut(headline);
  if (p.state.title_from_line) {
    p.state.at = p.lines[p.state.title_line].no;
    p.article.removed.push_back({"photo", credit});  // the title line's text stays accounted for
  }
  title = std::move(cut);
  ++p.state.edits;
}

}  // namespace akhbar::detail
