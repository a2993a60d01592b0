// The pages' HTML (detail_pages.h). Scraped text is escaped where it is written, and wrapped in
// <bdi> (or dir="auto") so that its direction cannot reorder the page around it.
#include <algorithm>

#include "serve/detail_html.h"
#include "serve/detail_pages.h"
#include "serve/detail_svg.h"

namespace akhbar::serve_detail {
namespace {

std::string esc(std::string_view s) { return escape_html(s); }

// Text in its own direction.
std::string bdi(std::string_view s) { return "<bdi>" + esc(s) + "</bdi>"; }

std::string day_of(const std::optional<std::string>& iso) { return iso ? iso->substr(0, 10) : std::string(); }

std::string article_href(std::int64_t id) { return "/article/" + std::to_string(id); }

// A link to an address found in an article, or the address as text when it is not http(s).
std::string outside_link(const std::string& url) {
  std::string href = safe_href(url);
  if (href.empty()) return "<span class=\"ltr\">" + esc(url) + "</span>";
  return "<a class=\"ltr\" href=\"" + href + "\" rel=\"noopener noreferrer nofollow\">" + esc(url) + "</a>";
}

std::string source_link(const std::optional<std::string>& source) {
  if (!source || source->empty()) return {};
  return "<a href=\"" + link("/search", {{"source", *source}}) + "\">" + bdi(*source) + "</a>";
}

void summary_item(std::string& out, const Summary& s, bool with_snippet) {
  out += "<li><a class=\"title\" href=\"" + article_href(s.id) + "\">" +
         bdi(s.title && !s.title->empty() ? *s.title : "(بلا عنوان)") + "</a>\n<div class=\"meta\">";
  std::string date = day_of(s.published);
  if (!date.empty())
    out += "<time class=\"ltr\" datetime=\"" + esc(*s.published) + "\">" + esc(date) + "</time>";
  if (s.source && !s.source->empty()) out += (date.empty() ? "" : " · ") + source_link(s.source);
  out += " · <span class=\"ltr\">#" + std::to_string(s.id) + "</span></div>";
  if (with_snippet && !s.snippet.empty())
    out += "\n<p class=\"snippet\" dir=\"auto\">" + snippet_html(s.snippet) + "</p>";
  out += "</li>\n";
}

void blocks_html(std::string& out, const std::vector<Block>& blocks) {
  for (const auto& b : blocks) {
    if (b.type == Block::Type::heading)
      out += "<h2 dir=\"auto\">" + esc(b.text) + "</h2>\n";
    else
      out += "<p dir=\"auto\">" + esc(b.text) + "</p>\n";
  }
}

void fact(std::string& out, const char* label, const std::string& html) {
  if (html.empty()) return;
  out += "<dt>";
  out += label;
  out += "</dt><dd>" + html + "</dd>\n";
}

void links_section(std::string& out, const char* heading, const char* id, const std::vector<Link>& items) {
  if (items.empty()) return;
  out += "<section id=\"" + std::string(id) + "\"><h2>" + heading + "</h2><ul>\n";
  for (const auto& l : items) {
    out += "<li>";
    std::string href = l.url ? safe_href(*l.url) : std::string();
    if (!href.empty())
      out += "<a href=\"" + href + "\" rel=\"noopener noreferrer nofollow\">" + bdi(l.title) + "</a>";
    else
      out += bdi(l.title) + (l.url ? " <span class=\"ltr\">" + esc(*l.url) + "</span>" : "");
    if (!l.body.empty()) {
      out += "<details><summary>المقال المرفق</summary><div class=\"article\">\n";
      blocks_html(out, l.body);
      out += "</div></details>";
    }
    out += "</li>\n";
  }
  out += "</ul></section>\n";
}

// The CSS class of a trace label: "removed:share" → "removed", others as they are if simple.
std::string label_class(const std::string& label) {
  std::string base = label.substr(0, label.find(':'));
  for (char c : base)
    if (!((c >= 'a' && c <= 'z') || c == '_')) return "other";
  return base.empty() ? "other" : base;
}

}  // namespace

std::string group_digits(std::int64_t n) {
  std::string digits = std::to_string(n < 0 ? -n : n), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return n < 0 ? "-" + out : out;
}

std::string search_main(const SearchView& v) {
  const SearchRequest& r = v.request;
  std::string out;
  out += "<h1>" + std::string(r.q.empty() ? "المقالات" : "نتائج البحث") + "</h1>\n";
  out +=
      "<form class=\"filters\" action=\"/search\" method=\"get\">\n"
      "<label class=\"q\">كلمات البحث<input type=\"search\" name=\"q\" id=\"q\" value=\"" +
      esc(r.q) +
      "\"></label>\n<label>المصدر<select name=\"source\" id=\"source\"><option value=\"\">كل "
      "المصادر</option>";
  for (const auto& [name, n] : v.sources) {
    if (name.empty()) continue;
    out += "<option value=\"" + esc(name) + "\"" + (name == r.source ? " selected" : "") + ">" + esc(name) +
           " (" + group_digits(n) + ")</option>";
  }
  out +=
      "</select></label>\n<label>من<input type=\"text\" name=\"since\" id=\"since\" class=\"ltr\" "
      "size=\"10\" "
      "placeholder=\"YYYY-MM-DD\" value=\"" +
      esc(r.since) +
      "\"></label>\n<label>إلى<input type=\"text\" name=\"until\" id=\"until\" class=\"ltr\" size=\"10\" "
      "placeholder=\"YYYY-MM-DD\" value=\"" +
      esc(r.until) + "\"></label>\n<button type=\"submit\">ابحث</button>\n</form>\n";
  std::int64_t first = (r.page - 1) * r.per_page + 1;
  std::int64_t last = first + static_cast<std::int64_t>(v.rows.size()) - 1;
  out += "<p class=\"count\" id=\"count\">";
  if (v.count == 0)
    out += "لا نتائج";
  else
    out += "<span class=\"ltr\">" + group_digits(first) + "–" + group_digits(last) +
           "</span> من <span id=\"total\">" + (v.more ? "أكثر من " : "") + group_digits(v.count) +
           "</span> " + (r.q.empty() ? "مقال" : "نتيجة");
  out += "</p>\n<ol class=\"results\" id=\"results\">\n";
  for (const auto& s : v.rows) summary_item(out, s, !r.q.empty());
  out += "</ol>\n<div class=\"pager\">";
  out += r.page > 1 ? "<a rel=\"prev\" href=\"" + link("/search", r.params(r.page - 1)) + "\">→ السابق</a>"
                    : "<span></span>";
  out += last < v.count
             ? "<a rel=\"next\" href=\"" + link("/search", r.params(r.page + 1)) + "\">التالي ←</a>"
             : "<span></span>";
  out += "</div>\n";
  return out;
}

std::string article_main(const ArticleView& v) {
  const Article& a = v.article;
  std::string out = "<article class=\"article\" lang=\"ar\" dir=\"rtl\">\n<h1 id=\"title\" dir=\"auto\">" +
                    esc(a.title && !a.title->empty() ? *a.title : "(بلا عنوان)") +
                    "</h1>\n<dl class=\"facts\">\n";
  auto text = [](const std::optional<std::string>& s) { return s && !s->empty() ? bdi(*s) : std::string(); };
  auto when = [](const std::optional<std::string>& s) {
    return s && !s->empty() ? "<time class=\"ltr\" datetime=\"" + esc(*s) + "\">" + esc(*s) + "</time>"
                            : std::string();
  };
  fact(out, "نُشر", when(a.published));
  fact(out, "حُدّث", when(a.updated));
  fact(out, "مكان الخبر", text(a.dateline));
  fact(out, "المصدر", source_link(a.source));
  fact(out, "الكاتب", text(a.author));
  fact(out, "الرابط", a.input.url ? outside_link(*a.input.url) : std::string());
  out += "</dl>\n<div id=\"body\">\n";
  blocks_html(out, a.body);
  out += "</div>\n</article>\n";
  links_section(out, "اقرأ أيضاً", "read-also", a.read_also);
  links_section(out, "روابط ذات صلة", "related-links", a.related);
  if (!v.related.empty()) {
    out += "<section id=\"related\"><h2>مقالات مرتبطة في الأرشيف</h2><ol class=\"results\">\n";
    for (const auto& s : v.related) summary_item(out, s, false);
    out += "</ol></section>\n";
  }
  if (!v.near.empty()) {
    out += "<section id=\"near-duplicates\"><h2>نسخ شبه مطابقة</h2><ul>\n";
    for (const auto& p : v.near) {
      bool self_a = p.a == v.id;
      std::int64_t other = self_a ? p.b : p.a;
      const auto& title = self_a ? p.title_b : p.title_a;
      out += "<li><a href=\"" + article_href(other) + "\">" +
             bdi(title.value_or("#" + std::to_string(other))) + "</a> <span class=\"meta ltr\">(" +
             std::to_string(p.distance) + " bits)</span></li>\n";
    }
    out += "</ul></section>\n";
  }
  out += "<section id=\"provenance\"><h2>المصدر المحفوظ</h2>\n";
  bool any_duplicate = false;
  for (const auto& in : v.inputs) any_duplicate |= in.duplicate;
  for (const auto& in : v.inputs) {
    if (in.duplicate) continue;
    out += "<dl class=\"facts ltr\" dir=\"ltr\">\n";
    fact(out, "file", "<span class=\"ltr\">" + esc(in.input.path) + "</span>");
    fact(out, "record", std::to_string(in.input.record));
    fact(out, "format", esc(in.format));
    fact(out, "encoding", esc(in.input.encoding));
    fact(out, "size", group_digits(in.size) + " bytes");
    fact(out, "SHA-256", "<code>" + esc(in.input.sha256) + "</code>");
    if (in.input.url) fact(out, "URL", outside_link(*in.input.url));
    out += "</dl>\n";
  }
  out += "<p>";
  if (v.has_raw)
    out += "<a id=\"segmentation-link\" href=\"" + article_href(v.id) +
           "/segmentation\">كيف قُسّم هذا المقال؟ (every line, its label and rule)</a> · <a href=\"" +
           article_href(v.id) + "/raw\">النسخة الخام (raw copy)</a>";
  else
    out += "لا نسخة خام محفوظة (no raw copy kept)";
  out += "</p></section>\n";
  if (any_duplicate) {
    out += "<section id=\"exact-duplicates\"><h2>نسخ مطابقة</h2><ul class=\"ltr\" dir=\"ltr\">\n";
    for (const auto& in : v.inputs) {
      if (!in.duplicate) continue;
      out += "<li>" + esc(in.input.path) +
             (in.input.record ? " (record " + std::to_string(in.input.record) + ")" : "");
      if (in.input.url) out += " " + outside_link(*in.input.url);
      out += "</li>\n";
    }
    out += "</ul></section>\n";
  }
  return out;
}

std::string segmentation_main(const SegmentationView& v) {
  std::string out = "<h1 dir=\"auto\">كيف قُسّم: <a href=\"" + article_href(v.id) + "\">" +
                    bdi(v.title && !v.title->empty() ? *v.title : "(بلا عنوان)") + "</a></h1>\n";
  out += "<p class=\"meta\" dir=\"ltr\">" + esc(v.input.path) + " record " + std::to_string(v.input.record) +
         " (" + esc(v.input.encoding) + ", " + esc(v.format) +
         "): every line of the stored copy, with the label this build's segmenter gives it and the rule that "
         "decided (<code>akhbar parse --explain</code>).</p>\n";
  out +=
      "<div class=\"scroll\"><table class=\"trace\" "
      "id=\"trace\">\n<thead><tr><th>#</th><th>label</th><th>rule</th>"
      "<th>النص</th></tr></thead>\n<tbody>\n";
  for (const auto& t : v.trace) {
    out += "<tr class=\"" + label_class(t.label) + "\"><td class=\"n\">" + std::to_string(t.line) +
           "</td><td class=\"label\">" + esc(t.label) + "</td><td class=\"rule\">" + esc(t.rule) +
           "</td><td class=\"text\" dir=\"auto\">" + esc(t.text) + "</td></tr>\n";
  }
  out += "</tbody></table></div>\n";
  return out;
}

std::string stats_main(const Stats& s, const std::vector<MonthCount>& months) {
  std::string out = "<h1>إحصاءات الأرشيف</h1>\n<dl class=\"facts\">\n";
  fact(out, "المقالات", "<a href=\"/search\">" + group_digits(s.articles) + "</a>");
  fact(out, "المدخلات", group_digits(s.inputs));
  fact(out, "الكلمات", group_digits(s.words));
  fact(out, "نسخ مطابقة", group_digits(s.duplicates));
  fact(out, "أزواج شبه مطابقة", "<a href=\"/duplicates\">" + group_digits(s.near_duplicates) + "</a>");
  if (s.first_date) fact(out, "أقدم تاريخ", "<span class=\"ltr\">" + esc(*s.first_date) + "</span>");
  if (s.last_date) fact(out, "أحدث تاريخ", "<span class=\"ltr\">" + esc(*s.last_date) + "</span>");
  out += "</dl>\n<h2>المقالات شهرياً حسب المصدر</h2>\n";
  std::string chart = month_chart_svg(months);
  out += chart.empty() ? "<p>لا تواريخ.</p>\n" : chart;
  out += "<h2>أكثر المصادر</h2>\n" +
         sources_main(std::vector<std::pair<std::string, std::int64_t>>(
             s.per_source.begin(), s.per_source.begin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(
                                                              s.per_source.size(), 10))));
  if (s.per_source.size() > 10) out += "<p><a href=\"/sources\">كل المصادر</a></p>\n";
  return out;
}

std::string sources_main(const std::vector<std::pair<std::string, std::int64_t>>& sources) {
  std::string out =
      "<table class=\"sources\" "
      "id=\"sources\"><thead><tr><th>المصدر</th><th>المقالات</th></tr></thead><tbody>\n";
  for (const auto& [name, n] : sources) {
    out += "<tr><td>";
    out += name.empty() ? "(بلا مصدر)"
                        : "<a href=\"" + link("/search", {{"source", name}}) + "\">" + bdi(name) + "</a>";
    out += "</td><td class=\"n\">" + group_digits(n) + "</td></tr>\n";
  }
  out += "</tbody></table>\n";
  return out;
}

std::string duplicates_main(const std::vector<DuplicatePair>& pairs, std::int64_t page, std::int64_t per_page,
                            std::int64_t total) {
  std::string out =
      "<h1>مقالات شبه مطابقة</h1>\n<p class=\"count\">" + group_digits(total) +
      " زوجاً (SimHash, the bits that differ)</p>\n<div class=\"scroll\"><table id=\"pairs\"><thead><tr>"
      "<th>أ</th><th>ب</th><th>bits</th></tr></thead><tbody>\n";
  for (const auto& p : pairs) {
    out += "<tr><td><a href=\"" + article_href(p.a) + "\">" +
           bdi(p.title_a.value_or("#" + std::to_string(p.a))) + "</a></td><td><a href=\"" +
           article_href(p.b) + "\">" + bdi(p.title_b.value_or("#" + std::to_string(p.b))) +
           "</a></td><td class=\"n\">" + std::to_string(p.distance) + "</td></tr>\n";
  }
  out += "</tbody></table></div>\n<div class=\"pager\">";
  out += page > 1 ? "<a rel=\"prev\" href=\"" + link("/duplicates", {{"page", std::to_string(page - 1)}}) +
                        "\">→ السابق</a>"
                  : "<span></span>";
  out += page * per_page < total
             ? "<a rel=\"next\" href=\"" + link("/duplicates", {{"page", std::to_string(page + 1)}}) +
                   "\">التالي ←</a>"
             : "<span></span>";
  out += "</div>\n";
  return out;
}

std::string error_main(int status, const std::string& message) {
  return "<div class=\"error\" id=\"error\"><h1>" + std::to_string(status) + "</h1>\n<p dir=\"auto\">" +
         esc(message) + "</p>\n<p><a href=\"/\">الصفحة الرئيسية</a></p></div>\n";
}

}  // namespace akhbar::serve_detail
