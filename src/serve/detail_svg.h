#pragma once
// The stats page's chart, drawn on the server as SVG: articles per month, stacked by source.

#include <akhbar/archive.h>

#include <cstddef>
#include <string>
#include <vector>

namespace akhbar::serve_detail {

// The colours of the first sources, in order; the rest are drawn as one grey "other".
inline constexpr std::size_t chart_sources = 6;

// A stacked bar per month from the first month to the last (empty months included; per year when
// they span more than ten years) for `rows` (months_by_source()). Each bar part links to the
// search for that source and month; every label is escaped. "" when there is nothing to draw.
std::string month_chart_svg(const std::vector<MonthCount>& rows);

}  // namespace akhbar::serve_detail
