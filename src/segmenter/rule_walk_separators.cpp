// Walk rule "separators": a rule line ("-----", "×××") goes to `removed`; so does what follows a rule
// glued inside the text's line ("... العاجل. ———————————— هذا المقال مترجم عن ... ترجمة: سمية زاهر."):
// a scraper that ran the page's paragraphs together flattened its <hr> there, and after it comes the
// article's appendix (a translator's note, sources, footnotes).
#include "segmenter/detail_rules.h"
#include "segmenter/detail_text.h"
#include "segmenter/thresholds.h"

namespace akhbar::detail {

namespace th = threshold;

namespace {

// Cuts the appendix after a glued rule off the line (kind "footer"); the line goes on to the other
// rules with the text before the rule.
void glued_rule(Page& p, Line& l) {
  if (l.words < th::separator::glued_min_text_words) return;
  // Cheap first: two marks in a row somewhere ("——", "--", "__", "=="), as any rule has.
  if (l.text.find("\xE2\x80\x94\xE2\x80\x94") == std::string::npos && l.text.find("--") == std::string::npos &&
      l.text.find("__") == std::string::npos && l.text.find("==") == std::string::npos &&
      l.text.find("\xE2\x80\x93\xE2\x80\x93") == std::string::npos)
    return;
  // The first run of rule characters (dashes of any width, underscores, '=') long enough to be a rule.
  std::size_t begin = std::string::npos, end = 0;
  int run = 0;
  for (std::size_t i = 0; i < l.text.size();) {
    std::size_t at = i;
    char32_t c = next_code_point(l.text, i);
    bool rule = c == '-' || (c >= 0x2012 && c <= 0x2015) || c == '_' || c == '=';
    if (rule && run++ == 0) begin = at;
    if (!rule) {
      if (run >= th::separator::glued_min_marks) {
        end = at;
        break;
      }
      run = 0;
      begin = std::string::npos;
    }
  }
  if (begin == std::string::npos || end == 0) return;
  std::string_view before = trim_chars(std::string_view(l.text).substr(0, begin), " ");
  std::string_view after = trim_chars(std::string_view(l.text).substr(end), " ");
  if (count_words(before) < th::separator::glued_min_text_words || after.empty() ||
      count_words(after) > th::separator::glued_appendix_max_words)
    return;
  p.article.removed.push_back({"footer", std::string(after)});
  l.rule = "cut the appendix after a rule glued in the text ('" + std::string(after.substr(0, 60)) + "'); ";
  ++p.state.edits;  // the line changed, though it is not labelled yet
  std::string text(before);
  l.text = text;
  classify(l, p.ctx.normalizer.search(text), p.markers());  // measured again, as the loader did
}

}  // namespace

std::size_t rule_separators(Page& p, std::size_t i) {
  Line& l = p.lines[i];
  if (!l.separator) {
    glued_rule(p, l);
    return not_taken;
  }
  p.remove(l, "separator", "a rule line with no letters");
  return i + 1;
}

}  // namespace akhbar::detail
