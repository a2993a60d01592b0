#pragma once
// akhbar_rank(fts, scores, weights...): FTS5's bm25() per row without two of the costs of
// `ORDER BY rank`. bm25 multiplies each phrase's part by the phrase's IDF, which it computes by
// walking the phrase's whole doclist once per query (2.5 ms for a word in all of 100,000 articles,
// where search ranks only the search_rank_window newest matches); with one phrase that IDF is the
// same positive factor for every row, so the order does not need it. And FTS5's ORDER BY rank runs
// the query a second time through SQLite's sorter to sort every match; search keeps only a page.

#include <akhbar/result.h>

#include "archive/detail_sqlite.h"

namespace akhbar::archive_detail {

// Adds the FTS5 auxiliary function akhbar_rank(fts, scores, w0, w1, ...) to connection `db`; the
// weights are bm25's column weights. With `scores` 1, or a query of several phrases, it returns
// the row's bm25(fts, w0, w1, ...) (k1 1.2, b 0.75) computed with the same floating-point
// operations; with `scores` 0 and one phrase, minus bm25's per-row part without the IDF factor,
// which orders rows as bm25 does.
Result<void> register_rank(Db& db);

}  // namespace akhbar::archive_detail
