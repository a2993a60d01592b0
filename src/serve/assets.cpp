// The stylesheet and icon (detail_assets.h). System fonts only: nothing is fetched.
#include "serve/detail_assets.h"

namespace akhbar::serve_detail {
namespace {

constexpr std::string_view style_css = R"css(:root {
  --ink: #1b1b1b; --dim: #5b5b5b; --line: #dcdcdc; --accent: #0b5394; --mark: #ffe58a; --bg: #fbfbf8;
  font-family: "Noto Naskh Arabic", "Noto Sans Arabic", Amiri, sans-serif;
}
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: var(--bg); font-size: 18px; line-height: 1.7; }
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
header.top { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1rem; padding: .6rem 1rem;
  background: #fff; border-bottom: 1px solid var(--line); }
.brand { font-weight: bold; font-size: 1.2rem; color: var(--ink); }
form.box { display: flex; flex: 1 1 18rem; gap: .4rem; min-width: 0; max-width: 100%; }
input, select, button { font: inherit; font-size: 1rem; }
input[type=search], input[type=text], select { padding: .3rem .5rem; border: 1px solid #bbb; border-radius: 4px;
  background: #fff; min-width: 0; }
form.box input { flex: 1 1 0; width: 0; min-width: 0; }
button { padding: .3rem .9rem; border: 1px solid var(--accent); background: var(--accent); color: #fff;
  border-radius: 4px; cursor: pointer; }
nav { display: flex; gap: 1rem; flex-wrap: wrap; }
main { max-width: 52rem; margin: 0 auto; padding: 1rem; }
footer { max-width: 52rem; margin: 2rem auto; padding: 1rem; color: var(--dim); font-size: .85rem;
  border-top: 1px solid var(--line); }
h1 { font-size: 1.6rem; line-height: 1.4; margin: .5rem 0 1rem; }
h2 { font-size: 1.25rem; margin: 1.6rem 0 .6rem; }
.filters { display: flex; flex-wrap: wrap; gap: .5rem; align-items: end; margin-bottom: 1rem; }
.filters label { display: flex; flex-direction: column; font-size: .85rem; color: var(--dim); }
.filters .q { flex: 1 1 14rem; }
.count { color: var(--dim); font-size: .95rem; }
ol.results { list-style: none; padding: 0; margin: 0; }
ol.results li { padding: .7rem 0; border-bottom: 1px solid var(--line); }
ol.results .title { font-size: 1.15rem; font-weight: bold; }
.meta { color: var(--dim); font-size: .9rem; }
.snippet { margin: .2rem 0 0; }
mark { background: var(--mark); color: inherit; padding: 0 .1em; }
.pager { display: flex; justify-content: space-between; margin: 1rem 0; }
.article p { margin: 0 0 1rem; text-align: justify; }
.article h2 { font-size: 1.2rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; font-size: .95rem; }
dl.facts dt { color: var(--dim); }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
.ltr { direction: ltr; unicode-bidi: isolate; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; font-size: .95rem; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .4rem; text-align: start; vertical-align: top; }
td.n { text-align: end; font-variant-numeric: tabular-nums; }
.scroll { overflow-x: auto; }
table.trace td.text { white-space: pre-wrap; overflow-wrap: anywhere; }
table.trace td.label, table.trace td.rule { font-family: monospace; font-size: .8rem; direction: ltr; }
tr.body td.label { color: #1a7f37; } tr.title td.label, tr.heading td.label { color: #0b5394; font-weight: bold; }
tr.removed td { color: #8a8a8a; } tr.removed td.text { text-decoration: line-through; text-decoration-color: #bbb; }
tr.date td.label, tr.dateline td.label, tr.source td.label, tr.author td.label { color: #9a6700; }
tr.read_also td.label, tr.related td.label { color: #8250df; }
pre.raw { white-space: pre-wrap; overflow-wrap: anywhere; background: #fff; border: 1px solid var(--line);
  padding: .6rem; font-size: .9rem; max-height: 30rem; overflow-y: auto; }
details { margin: .4rem 0; }
.error { border: 1px solid #d1242f; background: #fff5f5; padding: 1rem; border-radius: 4px; }
svg.chart { width: 100%; height: auto; background: #fff; border: 1px solid var(--line); }
svg.chart a:hover rect { opacity: .75; }
ul.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .3rem 1rem; font-size: .9rem; }
.swatch { display: inline-block; width: .8em; height: .8em; margin-inline-end: .3em; vertical-align: middle; }
.s0 { background: #0072B2; } .s1 { background: #E69F00; } .s2 { background: #009E73; }
.s3 { background: #CC79A7; } .s4 { background: #56B4E9; } .s5 { background: #D55E00; } .s6 { background: #999; }
@media (max-width: 600px) {
  body { font-size: 17px; }
  main { padding: .6rem; }
  h1 { font-size: 1.35rem; }
  dl.facts { grid-template-columns: 1fr; }
  dl.facts dt { margin-top: .4rem; }
  .filters label { flex: 1 1 45%; }
  table.trace td.rule { display: none; }
}
)css";

constexpr std::string_view icon_svg =
    "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 16 16\"><rect width=\"16\" height=\"16\" "
    "rx=\"3\" "
    "fill=\"#0b5394\"/><path d=\"M4 11h8M4 8h8M4 5h5\" stroke=\"#fff\" stroke-width=\"1.5\"/></svg>\n";

const Asset assets[] = {{style_css, "text/css; charset=utf-8"}, {icon_svg, "image/svg+xml"}};

}  // namespace

const Asset* find_asset(std::string_view name) {
  if (name == "style.css") return &assets[0];
  if (name == "icon.svg") return &assets[1];
  return nullptr;
}

}  // namespace akhbar::serve_detail
