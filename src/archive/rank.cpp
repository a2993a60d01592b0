// akhbar_rank (detail_rank.h): bm25 as SQLite's ext/fts5/fts5_aux.c computes it (Robertson and
// Zaragoza's BM25, k1 1.2, b 0.75), the same operations in the same order so that a score is the
// same double as bm25(fts) gives, with the IDF computed only when it is needed.
#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

#include "archive/detail_rank.h"

namespace akhbar::archive_detail {
namespace {

// bm25's parameters, as FTS5 fixes them.
constexpr double k1 = 1.2;
constexpr double b = 0.75;

// Per query (FTS5 auxiliary data): the average row length in tokens, and each phrase's IDF when
// the caller wants scores or the query has several phrases (empty otherwise).
struct RankData {
  double avgdl = 0;
  std::vector<double> idf;
  std::vector<double> freq;  // the current row's, per phrase
};

int count_row(const Fts5ExtensionApi*, Fts5Context*, void* user) {
  ++*static_cast<sqlite3_int64*>(user);
  return SQLITE_OK;
}

// The query's RankData, made on its first row.
int rank_data(const Fts5ExtensionApi* api, Fts5Context* fts, bool scores, RankData*& out) {
  out = static_cast<RankData*>(api->xGetAuxdata(fts, 0));
  if (out) return SQLITE_OK;
  sqlite3_int64 rows = 0, tokens = 0;
  int rc = api->xRowCount(fts, &rows);
  if (rc == SQLITE_OK) rc = api->xColumnTotalSize(fts, -1, &tokens);
  if (rc != SQLITE_OK) return rc;
  auto data = std::make_unique<RankData>();
  data->avgdl = static_cast<double>(tokens) / static_cast<double>(rows);
  const int phrases = api->xPhraseCount(fts);
  data->freq.assign(static_cast<std::size_t>(phrases), 0.0);
  if (scores || phrases != 1) {
    for (int i = 0; i < phrases; ++i) {
      // The documents that hold phrase i: this walk is the cost the one-phrase order avoids.
      sqlite3_int64 hits = 0;
      rc = api->xQueryPhrase(fts, i, &hits, count_row);
      if (rc != SQLITE_OK) return rc;
      double idf = std::log((static_cast<double>(rows) - static_cast<double>(hits) + 0.5) /
                            (static_cast<double>(hits) + 0.5));
      data->idf.push_back(idf <= 0.0 ? 1e-6 : idf);
    }
  }
  out = data.get();
  // On failure xSetAuxdata deletes what it was given.
  rc = api->xSetAuxdata(fts, data.release(), [](void* p) { delete static_cast<RankData*>(p); });
  if (rc != SQLITE_OK) out = nullptr;
  return rc;
}

void rank_function(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* ctx, int nargs,
                   sqlite3_value** args) {
  const bool scores = nargs > 0 && sqlite3_value_int(args[0]) != 0;
  RankData* data = nullptr;
  int rc = rank_data(api, fts, scores, data);
  // Each phrase's frequency in the row: an instance weighs its column's weight (the arguments after
  // `scores`, as bm25's arguments; 1 for a column without one).
  int instances = 0;
  if (rc == SQLITE_OK) {
    std::fill(data->freq.begin(), data->freq.end(), 0.0);
    rc = api->xInstCount(fts, &instances);
  }
  for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
    int phrase = 0, column = 0, offset = 0;
    rc = api->xInst(fts, i, &phrase, &column, &offset);
    if (rc == SQLITE_OK) {
      const double w = nargs - 1 > column ? sqlite3_value_double(args[1 + column]) : 1.0;
      data->freq[static_cast<std::size_t>(phrase)] += w;
    }
  }
  int row_tokens = 0;
  if (rc == SQLITE_OK) rc = api->xColumnSize(fts, -1, &row_tokens);
  if (rc != SQLITE_OK) {
    sqlite3_result_error_code(ctx, rc);
    return;
  }
  const double d = static_cast<double>(row_tokens);
  double score = 0.0;
  for (std::size_t i = 0; i < data->freq.size(); ++i) {
    const double f = data->freq[i];
    const double part = (f * (k1 + 1.0)) / (f + k1 * (1 - b + b * d / data->avgdl));
    score += data->idf.empty() ? part : data->idf[i] * part;
  }
  sqlite3_result_double(ctx, -1.0 * score);
}

}  // namespace

Result<void> register_rank(Db& db) {
  // The documented way to reach FTS5's API from outside it: SELECT fts5(?1) fills a pointer
  // (bound with sqlite3_bind_pointer, which Stmt does not wrap).
  fts5_api* api = nullptr;
  sqlite3_stmt* raw = nullptr;
  if (int rc = sqlite3_prepare_v2(db.get(), "SELECT fts5(?1)", -1, &raw, nullptr); rc != SQLITE_OK)
    return db.error(rc);
  std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> s(raw, sqlite3_finalize);
  sqlite3_bind_pointer(s.get(), 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
  if (int rc = sqlite3_step(s.get()); rc != SQLITE_ROW && rc != SQLITE_DONE) return db.error(rc);
  if (!api || api->iVersion < 2) return Error{"this SQLite's FTS5 is too old for akhbar_rank", db.path()};
  if (int rc = api->xCreateFunction(api, "akhbar_rank", nullptr, rank_function, nullptr); rc != SQLITE_OK)
    return db.error(rc);
  return {};
}

}  // namespace akhbar::archive_detail
