// The month chart (detail_svg.h).
#include <algorithm>
#include <map>

#include "serve/detail_html.h"
#include "serve/detail_svg.h"

namespace akhbar::serve_detail {
namespace {

// Colour-blind-safe (Okabe–Ito), then grey for the other sources.
const char* const palette[chart_sources] = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00"};
const char* const other_colour = "#999999";

// "YYYY-MM" → months since year 0; -1 when malformed.
int month_index(const std::string& m) {
  if (m.size() != 7 || m[4] != '-') return -1;
  for (std::size_t i : {0, 1, 2, 3, 5, 6})
    if (m[i] < '0' || m[i] > '9') return -1;
  int month = std::stoi(m.substr(5, 2));
  if (month < 1 || month > 12) return -1;
  return std::stoi(m.substr(0, 4)) * 12 + month - 1;
}

std::string month_name(int index) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", index / 12, index % 12 + 1);
  return buf;
}

// A round step for about five grid lines up to `top`.
std::int64_t grid_step(std::int64_t top) {
  std::int64_t step = 1;
  while (top / step > 5) {
    if (top / (step * 2) <= 5) return step * 2;
    if (top / (step * 5) <= 5) return step * 5;
    step *= 10;
  }
  return step;
}

std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

}  // namespace

std::string month_chart_svg(const std::vector<MonthCount>& rows) {
  // The sources with most articles get colours.
  std::map<std::string, std::int64_t> totals;
  int first = -1, last = -1;
  for (const auto& r : rows) {
    int m = month_index(r.month);
    if (m < 0) continue;
    totals[r.source] += r.articles;
    first = first < 0 ? m : std::min(first, m);
    last = std::max(last, m);
  }
  if (first < 0) return {};
  std::vector<std::pair<std::string, std::int64_t>> ranked(totals.begin(), totals.end());
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  std::vector<std::string> named;
  for (std::size_t i = 0; i < ranked.size() && i < chart_sources; ++i) named.push_back(ranked[i].first);
  const bool by_year = last - first >= 120;
  auto bucket_of = [&](int m) { return by_year ? m / 12 - first / 12 : m - first; };
  const int buckets = bucket_of(last) + 1;
  // counts[bucket][series]; series chart_sources is "other".
  std::vector<std::vector<std::int64_t>> counts(static_cast<std::size_t>(buckets),
                                                std::vector<std::int64_t>(named.size() + 1, 0));
  for (const auto& r : rows) {
    int m = month_index(r.month);
    if (m < 0) continue;
    auto it = std::find(named.begin(), named.end(), r.source);
    std::size_t series = static_cast<std::size_t>(it - named.begin());
    counts[static_cast<std::size_t>(bucket_of(m))][series] += r.articles;
  }
  std::int64_t top = 1;
  for (const auto& b : counts) {
    std::int64_t sum = 0;
    for (auto n : b) sum += n;
    top = std::max(top, sum);
  }
  const std::int64_t step = grid_step(top);
  top = (top + step - 1) / step * step;

  const double width = 800, height = 300, left = 48, right = 8, top_pad = 10, bottom = 40;
  const double plot_w = width - left - right, plot_h = height - top_pad - bottom;
  const double slot = plot_w / buckets, bar = std::max(1.0, slot * 0.8);
  auto y_of = [&](std::int64_t v) { return top_pad + plot_h - plot_h * static_cast<double>(v) / top; };
  auto label_of = [&](int b) { return by_year ? std::to_string(first / 12 + b) : month_name(first + b); };

  std::string svg =
      "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 800 300\" direction=\"ltr\" "
      "role=\"img\" aria-label=\"";
  svg += by_year ? "Articles per year and source" : "Articles per month and source";
  svg += "\">\n";
  // Grid and axis labels.
  for (std::int64_t v = 0; v <= top; v += step) {
    std::string y = num(y_of(v));
    svg += "<line x1=\"" + num(left) + "\" x2=\"" + num(width - right) + "\" y1=\"" + y + "\" y2=\"" + y +
           "\" stroke=\"#ddd\"/>";
    svg += "<text x=\"" + num(left - 4) + "\" y=\"" + num(y_of(v) + 4) +
           "\" text-anchor=\"end\" font-size=\"11\" fill=\"#555\">" + std::to_string(v) + "</text>\n";
  }
  const int label_every = std::max(1, static_cast<int>(buckets / 8.0 + 0.999));
  for (int b = 0; b < buckets; ++b) {
    double x = left + slot * b + (slot - bar) / 2;
    std::int64_t base = 0;
    std::string since = label_of(b);
    for (std::size_t s = 0; s < counts[static_cast<std::size_t>(b)].size(); ++s) {
      std::int64_t n = counts[static_cast<std::size_t>(b)][s];
      if (!n) continue;
      bool other = s == named.size();
      std::string who = other ? "other sources" : (named[s].empty() ? "(no source)" : named[s]);
      std::vector<std::pair<std::string, std::string>> params{{"since", since}, {"until", since}};
      if (!other && !named[s].empty()) params.insert(params.begin(), {"source", named[s]});
      double y0 = y_of(base + n), y1 = y_of(base);
      svg += "<a href=\"" + link("/search", params) + "\"><rect x=\"" + num(x) + "\" y=\"" + num(y0) +
             "\" width=\"" + num(bar) + "\" height=\"" + num(std::max(0.5, y1 - y0)) + "\" fill=\"" +
             (other ? other_colour : palette[s]) + "\"><title>";
      append_escaped(svg, who + ", " + since + ": " + std::to_string(n));
      svg += "</title></rect></a>\n";
      base += n;
    }
    if (b % label_every == 0)
      svg += "<text x=\"" + num(left + slot * b + slot / 2) + "\" y=\"" + num(height - bottom + 16) +
             "\" text-anchor=\"middle\" font-size=\"11\" fill=\"#555\">" + since + "</text>\n";
  }
  svg += "</svg>\n<ul class=\"legend\">";
  for (std::size_t s = 0; s <= named.size(); ++s) {
    if (s == named.size() && ranked.size() <= named.size()) break;
    bool other = s == named.size();
    svg += "<li><span class=\"swatch s" + std::to_string(other ? chart_sources : s) + "\"></span>";
    if (other) {
      svg += "other sources";
    } else {
      svg += "<a href=\"" + link("/search", {{"source", named[s]}}) + "\"><bdi>";
      append_escaped(svg, named[s].empty() ? "(no source)" : named[s]);
      svg += "</bdi></a>";
    }
    svg += "</li>";
  }
  svg += "</ul>\n";
  return svg;
}

}  // namespace akhbar::serve_detail
