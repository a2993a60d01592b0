// Walk rule "removal_markers": share, copyright, tags, navigation ... lines go to `removed`.
#include "segmenter/detail_rules.h"
#include "segmenter/detail_text.h"
#include "segmenter/thresholds.h"

namespace akhbar::detail {

namespace th = threshold;

namespace {

bool image_address(std::string_view t) {
  t = trim_chars(t, "");
  if (!(t.starts_with("http://") || t.starts_with("https://")) || t.find(' ') != std::string_view::npos)
    return false;
  std::string_view path = t.substr(0, t.find_first_of("?#"));
  std::size_t dot = path.rfind('.');
  if (dot == std::string_view::npos) return false;
  std::string ext(path.substr(dot + 1));
  for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext == "jpg" || ext == "jpeg" || ext == "png" || ext == "gif" || ext == "webp" || ext == "svg";
}

// Digits only, Western or Arabic-Indic ("12", "١٢").
bool number_word(std::string_view w) {
  for (std::size_t k = 0; k < w.size();)
    if (digit_value(next_code_point(w, k)) < 0) return false;
  return !w.empty();
}

// A pager's count alone on its line ("صفحة 2 من 5", "الصفحة 3 من 12"): where a paged story or a
// listing stands, not its text.
bool pager_count(const Line& l) {
  if (l.words != 4) return false;
  auto w = key_words(l.key);
  return w.size() == 4 && (w[0] == "صفحه" || w[0] == "الصفحه") && number_word(w[1]) && w[2] == "من" &&
         number_word(w[3]);
}

// "الاسم *", "البريد الالكتروني *", "مراجعتك *": a comment or review form's field, its label and the
// asterisk forms print for a required field. No heading or sentence ends in a lone asterisk.
bool form_field(const Line& l) {
  std::string_view t = trim_chars(l.text, "");
  return !l.hit && l.words >= 1 && l.words <= th::marker::form_field_max_words && t.ends_with(" *");
}

// A form has more than one field, or its notice beside them ("لن يتم نشر عنوان بريدك ..."): a line next
// to another field or to a comments marker's line. A writer's name flagged for a footnote alone at the
// end ("معن بشور *") is a signature.
bool in_a_form(const Page& p, std::size_t i) {
  auto form_line = [&](std::size_t k) {
    const Line& n = p.lines[k];
    return form_field(n) ||
           (n.hit && n.hit.marker->kind == MarkerKind::removed && n.hit.marker->removal == "comments");
  };
  std::size_t next = p.next_nonblank(i + 1);
  if (next < p.lines.size() && form_line(next)) return true;
  for (std::size_t k = i; k-- > 0;)
    if (!p.lines[k].blank) return form_line(k);
  return false;
}

}  // namespace

std::size_t rule_removal_markers(Page& p, std::size_t i) {
  Line& l = p.lines[i];
  if (std::string_view t = l.text;
      (t.starts_with("\xC2\xA9") || t.starts_with("(c) ") || t.starts_with("(C) ")) &&
      l.words <= th::marker::copyright_sign_max_words) {
    p.remove(l, "copyright", "opens with the copyright sign");
    p.state.closed = p.state.lead_seen;
    return i + 1;
  }
  // A picture's address alone on its line (a page's image metadata written out as text: Sputnik's
  // "https://cdnarabic1.img.sputniknews.com/img/....jpg"); an address to a page may be the text's own.
  if (image_address(l.text)) {
    p.remove(l, "photo", "a picture's address alone on its line");
    return i + 1;
  }
  if (pager_count(l)) {
    p.remove(l, "navigation", "a pager's count alone on its line");
    return i + 1;
  }
  if (form_field(l) && in_a_form(p, i)) {
    p.remove(l, "comments", "a form's field label with its required-field mark");
    return i + 1;
  }
  if (!l.hit && l.words <= 1 + th::dates::row_section_max_words &&
      section_labelled(trim_chars(l.text, ""), p.ctx.normalizer, p.markers())) {
    p.remove(l, "tags", "the section the page files the text under, alone on its line");
    return i + 1;
  }
  if (!l.hit || l.hit.marker->kind != MarkerKind::removed || !p.removal_ok(l)) return not_taken;
  const Marker& m = *l.hit.marker;
  // A date line that also prints a counter ("30 نيسان 2012 03:04 عدد القراءات 1829") dates the
  // article: rule date_lines reads it. A marker that opens the line still wins.
  if (m.mode == MatchMode::inside && l.hit.begin > 0 && p.is_date_line(l)) return not_taken;
  p.remove(l, m.removal, "marker " + m.removal + " " + quoted(m));
  if (m.removal == "copyright" || m.removal == "tags" || m.removal == "share")
    p.state.closed = p.state.lead_seen;
  std::size_t next = i + 1;
  // A tags label alone on its line ("كلمات دالة:") heads the tags under it, a word or three each.
  if (m.removal == "tags" && trim_chars(after_words(l.text, m.words), " :").empty())
    for (int n = 0; n < th::marker::tag_lines_max; ++n) {
      std::size_t j = p.next_nonblank(next);
      if (j >= p.lines.size()) break;
      Line& t = p.lines[j];
      if (t.hit || t.bullet || t.words > th::marker::tag_max_words || ends_sentence(t) || has_digit(t.text)) break;
      p.remove(t, "tags", "a tag under the tags label on line " + std::to_string(l.no));
      next = j + 1;
    }
  return next;
}

}  // namespace akhbar::detail
