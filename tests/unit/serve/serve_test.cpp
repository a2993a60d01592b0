// The serve stage's pieces without a server: escaping, links, query strings, the chart, the pages.
#include <akhbar/serve.h>
#include <gtest/gtest.h>

#include "serve/detail_assets.h"
#include "serve/detail_html.h"
#include "serve/detail_pages.h"
#include "serve/detail_query.h"
#include "serve/detail_svg.h"

namespace akhbar::serve_detail {
namespace {

// The parameters of a well-formed query string.
Params qs(const std::string& text) {
  auto p = parse_query_string(text);
  return p ? *p : Params{};
}

TEST(Escape, MarkupCharactersBecomeEntities) {
  EXPECT_EQ(escape_html("<script>alert('x')</script> & \"q\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
  EXPECT_EQ(escape_html("\"><img src=x onerror=alert(1)>"), "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
  EXPECT_EQ(escape_html("خبر عاجل"), "خبر عاجل");
}

TEST(Escape, ControlsDroppedBadUtf8Replaced) {
  EXPECT_EQ(escape_html(std::string("a\x01\x7f"
                                    "b\tc\nd",
                                    9)),
            "ab\tc\nd");
  EXPECT_EQ(escape_html("x\xC2\x85y"), "xy");  // C1 NEL
  EXPECT_EQ(escape_html("a\xFF"
                        "b\xC3"),
            "a\xEF\xBF\xBD"
            "b\xEF\xBF\xBD");
  EXPECT_EQ(escape_html("\xEF\xBF\xBD"), "\xEF\xBF\xBD");
}

TEST(Links, OnlyHttpAddressesAreLinked) {
  EXPECT_EQ(safe_href("https://example.com/a?b=1&c=2"), "https://example.com/a?b=1&amp;c=2");
  EXPECT_EQ(safe_href("HTTP://EXAMPLE.COM/"), "HTTP://EXAMPLE.COM/");
  EXPECT_EQ(safe_href("javascript:alert(1)"), "");
  EXPECT_EQ(safe_href("JaVaScRiPt:alert(1)"), "");
  EXPECT_EQ(safe_href(" javascript:alert(1)"), "");
  EXPECT_EQ(safe_href("data:text/html,<b>"), "");
  EXPECT_EQ(safe_href("//evil.example/"), "");
  EXPECT_EQ(safe_href("http://a.example/\njavascript:x"), "");
}

TEST(Links, QueryParametersEncodedAndEscaped) {
  EXPECT_EQ(url_encode("أ b&c=/"), "%D8%A3%20b%26c%3D%2F");
  EXPECT_EQ(link("/search", {{"q", "نفط"}, {"source", ""}, {"since", "2024-05"}}),
            "/search?q=%D9%86%D9%81%D8%B7&amp;since=2024-05");
}

TEST(Snippet, MarksBecomeMarkElementsAndTheRestIsEscaped) {
  EXPECT_EQ(snippet_html("… ارتفعت [أسعار] <b> [النفط]"),
            "… ارتفعت <mark>أسعار</mark> &lt;b&gt; <mark>النفط</mark>");
  EXPECT_EQ(snippet_html("open [only"), "open [only");
  EXPECT_EQ(snippet_html("[<script>]"), "<mark>&lt;script&gt;</mark>");
}

TEST(QueryString, DecodesPlusAndPercent) {
  auto p = parse_query_string("q=%D9%86%D9%81%D8%B7+%D8%A3&source=BBC&x&&page=2&q=last");
  ASSERT_TRUE(p) << p.error().str();
  ASSERT_EQ(p->size(), 5u);
  EXPECT_EQ((*p)[0], (std::pair<std::string, std::string>{"q", "نفط أ"}));
  EXPECT_EQ((*p)[2], (std::pair<std::string, std::string>{"x", ""}));
  EXPECT_EQ(param(*p, "q"), "last");  // the last value wins
  EXPECT_EQ(param(*p, "missing"), "");
}

TEST(QueryString, RefusesMalformedInput) {
  EXPECT_EQ(parse_query_string("q=%ZZ").error().message, "malformed query string: bad escape '%ZZ'");
  EXPECT_EQ(parse_query_string("q=%4").error().message, "malformed query string: bad escape '%4'");
  EXPECT_EQ(parse_query_string("q=%C3%28").error().message, "malformed query string: not UTF-8");
  EXPECT_EQ(parse_query_string("q=a%00b").error().message, "malformed query string: a control character");
  EXPECT_EQ(parse_query_string("q=a%0Ab").error().message, "malformed query string: a control character");
  EXPECT_TRUE(parse_query_string("q=%EF%BF%BD"));  // a real U+FFFD is fine
}

TEST(SearchRequest, ReadsAndValidates) {
  auto r = read_search(qs("q=+%D9%86%D9%81%D8%B7+&source=BBC&since=2024-02&until=2024&page=3&n=10"));
  ASSERT_TRUE(r) << r.error().str();
  EXPECT_EQ(r->q, "نفط");
  Filters f = r->filters();
  EXPECT_EQ(f.source, "BBC");
  EXPECT_EQ(f.since, "2024-02");
  EXPECT_EQ(f.until, "2024");
  EXPECT_EQ(f.limit, 10);
  EXPECT_EQ(f.offset, 20);
  EXPECT_EQ(
      link("/search", r->params(4)),
      "/search?q=%D9%86%D9%81%D8%B7&amp;source=BBC&amp;since=2024-02&amp;until=2024&amp;page=4&amp;n=10");
  auto error = [](const std::string& text) { return read_search(qs(text)).error().message; };
  EXPECT_EQ(error("since=2024-02-30"),
            "since: not a date: '2024-02-30' (expected YYYY, YYYY-MM or YYYY-MM-DD)");
  EXPECT_EQ(error("until=24"), "until: not a date: '24' (expected YYYY, YYYY-MM or YYYY-MM-DD)");
  EXPECT_EQ(error("since=2024-03&until=2024-02"), "since 2024-03 is after until 2024-02");
  EXPECT_EQ(error("page=-1"), "page: not a page number: '-1'");
  EXPECT_EQ(error("page=9999999999"), "page: not a page number: '9999999999'");
  EXPECT_EQ(error("n=0"), "n: results per page must be 1 to 100: '0'");
  EXPECT_EQ(error("page=501"), "page: only the first 10,000 results can be paged to");
  EXPECT_EQ(error("q=" + std::string(1001, 'a')), "q: the query is longer than 1000 bytes");
  EXPECT_TRUE(read_search(qs("since=2024-02-29")));
}

TEST(Chart, StackedBarsPerMonthWithLinksIntoSearch) {
  std::vector<MonthCount> rows = {{"2024-01", "BBC", 4}, {"2024-01", "CNN", 2}, {"2024-03", "BBC", 1}};
  std::string svg = month_chart_svg(rows);
  EXPECT_NE(svg.find("<svg class=\"chart\""), std::string::npos);
  // Three months (February empty), three bar parts, each a link to its source and month.
  EXPECT_EQ(std::count(svg.begin(), svg.end(), '\n') > 3, true);
  auto count = [&](const std::string& s) {
    std::size_t n = 0;
    for (auto i = svg.find(s); i != std::string::npos; i = svg.find(s, i + 1)) ++n;
    return n;
  };
  EXPECT_EQ(count("<rect"), 3u);
  EXPECT_EQ(count(">2024-02</text>"), 1u);
  EXPECT_EQ(count("href=\"/search?source=BBC&amp;since=2024-01&amp;until=2024-01\""), 1u);
  EXPECT_EQ(count("<title>CNN, 2024-01: 2</title>"), 1u);
  EXPECT_EQ(month_chart_svg({}), "");
}

TEST(Chart, LabelsEscapedYearsWhenLong) {
  std::vector<MonthCount> rows = {{"1990-01", "<script>", 1}, {"2024-12", "x\"y", 1}, {"bad", "z", 1}};
  std::string svg = month_chart_svg(rows);
  EXPECT_EQ(svg.find("<script>"), std::string::npos);
  EXPECT_NE(svg.find("&lt;script&gt;"), std::string::npos);
  EXPECT_NE(svg.find(">1990</text>"), std::string::npos);  // 35 years: one bar a year
  EXPECT_NE(svg.find("since=2024&amp;until=2024"), std::string::npos);
}

TEST(Pages, ArticleEscapesEverythingScraped) {
  ArticleView v;
  v.id = 7;
  v.article.title = "<script>x</script>";
  v.article.source = "\"><b>";
  v.article.input.url = "javascript:alert(1)";
  v.article.body = {{Block::Type::heading, "<h1>"}, {Block::Type::paragraph, "a & b"}};
  v.article.read_also = {{"<i>t</i>", std::string("javascript:x"), {{Block::Type::paragraph, "<u>"}}}};
  v.has_raw = true;
  std::string html = article_main(v);
  for (const char* bad : {"<script>", "<b>", "<i>", "<u>", "<h1>", "href=\"javascript"})
    EXPECT_EQ(html.find(bad), std::string::npos) << bad;
  EXPECT_NE(html.find("&lt;script&gt;x&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(html.find("<h2 dir=\"auto\">&lt;h1&gt;</h2>"), std::string::npos);
  EXPECT_NE(html.find("href=\"/article/7/segmentation\""), std::string::npos);
}

TEST(Pages, SegmentationRowsCarryTheirLabel) {
  SegmentationView v;
  v.id = 3;
  v.trace = {{1, "<t>", "title", "first line"}, {2, "x", "removed:share", "marker 'شارك'"}};
  std::string html = segmentation_main(v);
  EXPECT_NE(html.find("<tr class=\"title\"><td class=\"n\">1</td><td class=\"label\">title</td>"),
            std::string::npos);
  EXPECT_NE(html.find("<tr class=\"removed\">"), std::string::npos);
  EXPECT_NE(html.find("&lt;t&gt;"), std::string::npos);
  EXPECT_NE(html.find("marker &#39;شارك&#39;"), std::string::npos);
}

TEST(Pages, SearchCountsAndPages) {
  SearchView v;
  v.request.q = "نفط";
  v.request.page = 2;
  v.count = 10000;
  v.more = true;
  v.rows = {Summary{41, std::string("t"), std::nullopt, std::nullopt, std::nullopt, "[نفط]", 0}};
  std::string html = search_main(v);
  EXPECT_NE(html.find("<span id=\"total\">أكثر من 10,000</span>"), std::string::npos);
  EXPECT_NE(html.find("<span class=\"ltr\">21–21</span>"), std::string::npos);
  EXPECT_NE(html.find("<a rel=\"prev\" href=\"/search?q=%D9%86%D9%81%D8%B7\">"), std::string::npos);
  EXPECT_NE(html.find("<a rel=\"next\" href=\"/search?q=%D9%86%D9%81%D8%B7&amp;page=3\">"),
            std::string::npos);
  EXPECT_NE(html.find("<mark>نفط</mark>"), std::string::npos);
}

TEST(Pages, LayoutIsRtlWithOneStylesheetAndNoScript) {
  std::string html = page({"<t>", "\"q", "/api/stats", "akhbar 0.1.0"}, "<p>x</p>");
  EXPECT_NE(html.find("<html lang=\"ar\" dir=\"rtl\">"), std::string::npos);
  EXPECT_NE(html.find("<title>&lt;t&gt; · akhbar</title>"), std::string::npos);
  EXPECT_NE(html.find("value=\"&quot;q\""), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("style=\""), std::string::npos);  // no inline style: the CSP allows none
  EXPECT_EQ(group_digits(1234567), "1,234,567");
}

TEST(Assets, OnlyKnownNames) {
  ASSERT_NE(find_asset("style.css"), nullptr);
  EXPECT_NE(
      find_asset("style.css")->body.find("\"Noto Naskh Arabic\", \"Noto Sans Arabic\", Amiri, sans-serif"),
      std::string_view::npos);
  for (const char* name : {"", "../style.css", "style.css/", "STYLE.CSS", "%2e%2e/etc/passwd", "/etc/passwd"})
    EXPECT_EQ(find_asset(name), nullptr) << name;
}

TEST(Loopback, Addresses) {
  EXPECT_TRUE(is_loopback("127.0.0.1"));
  EXPECT_TRUE(is_loopback("127.1.2.3"));
  EXPECT_TRUE(is_loopback("::1"));
  EXPECT_TRUE(is_loopback("localhost"));
  EXPECT_FALSE(is_loopback("0.0.0.0"));
  EXPECT_FALSE(is_loopback("192.168.1.2"));
  EXPECT_FALSE(is_loopback("::"));
}

}  // namespace
}  // namespace akhbar::serve_detail
