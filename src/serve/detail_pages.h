#pragma once
// The pages, each a function from plain data to the page's <main> HTML (the layout is added by
// page()); every string from the archive goes through escape_html.

#include <akhbar/archive.h>
#include <akhbar/record.h>
#include <akhbar/segmenter.h>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "serve/detail_query.h"

namespace akhbar::serve_detail {

// The search (or browse, with no words) page.
struct SearchView {
  SearchRequest request;
  std::int64_t count = 0;  // up to max_counted
  bool more = false;       // more than max_counted results
  std::vector<Summary> rows;
  std::vector<std::pair<std::string, std::int64_t>> sources;  // for the source filter
};
std::string search_main(const SearchView& v);

// One article with everything the archive knows about it.
struct ArticleView {
  std::int64_t id = 0;
  Article article;
  std::vector<InputRecord> inputs;
  std::vector<Summary> related;  // archived articles linked either way
  std::vector<DuplicatePair> near;
  bool has_raw = false;
};
std::string article_main(const ArticleView& v);

// "How this was segmented": every line of the stored input with its label and rule.
struct SegmentationView {
  std::int64_t id = 0;
  std::optional<std::string> title;
  InputInfo input;
  std::string format;
  std::vector<TraceLine> trace;
};
std::string segmentation_main(const SegmentationView& v);

// The archive's figures, the month chart, top sources, duplicates.
std::string stats_main(const Stats& stats, const std::vector<MonthCount>& months);
// Every source with its count, each a link into search.
std::string sources_main(const std::vector<std::pair<std::string, std::int64_t>>& sources);
// A page of near-duplicate pairs.
std::string duplicates_main(const std::vector<DuplicatePair>& pairs, std::int64_t page, std::int64_t per_page,
                            std::int64_t total);
// An error: the status and the message.
std::string error_main(int status, const std::string& message);

// "1,234,567".
std::string group_digits(std::int64_t n);

}  // namespace akhbar::serve_detail
