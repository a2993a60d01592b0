// The queries a browser needs beyond the command line's: result counts for paging, articles per
// month and source for the chart, one article's inputs, near duplicates and raw copy.
#include <cctype>

#include "archive/detail_impl.h"

namespace akhbar {
namespace ad = archive_detail;
namespace {


bool is_digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}

int number(std::string_view s) {
  int n = 0;
  for (char c : s) n = n * 10 + (c - '0');
  return n;
}

}  // namespace

bool valid_filter_date(std::string_view text) {
  if (text.size() != 4 && text.size() != 7 && text.size() != 10) return false;
  if (!is_digits(text.substr(0, 4))) return false;
  if (text.size() == 4) return true;
  if (text[4] != '-' || !is_digits(text.substr(5, 2))) return false;
  int month = number(text.substr(5, 2));
  if (month < 1 || month > 12) return false;
  if (text.size() == 7) return true;
  if (text[7] != '-' || !is_digits(text.substr(8, 2))) return false;
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int year = number(text.substr(0, 4));
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  int day = number(text.substr(8, 2));
  return day >= 1 && day <= days[month - 1] + (month == 2 && leap ? 1 : 0);
}

Result<std::int64_t> Archive::count(const std::string& query, const Filters& filters, std::int64_t cap) {
  const bool filtered = filters.source || filters.since || filters.until;
  std::int64_t n = 0;
  if (query.empty()) {
    static const std::string sql =
        std::string("SELECT count(*) FROM (SELECT 1 FROM articles a WHERE ") + ad::filter_sql("a") + " LIMIT ?4)";
    auto s = m_impl->prep(sql.c_str());
    if (!s) return s.error();
    ad::bind_filters(**s, filters);
    (*s)->bind(4, cap);
    AKHBAR_TRY(ad::each_row(m_impl->db, **s, [&](ad::Stmt& r) { n = r.int64(0); }));
    return n;
  }
  auto q = ad::compile_query(query, m_impl->normalizer());
  if (!q) return q.error();
  if (!filtered) {
    // The index alone: no lookup in articles per match.
    auto s = m_impl->prep("SELECT count(*) FROM (SELECT 1 FROM fts WHERE fts MATCH ?1 LIMIT ?2)");
    if (!s) return s.error();
    (*s)->bind(1, q->match).bind(2, cap);
    AKHBAR_TRY(ad::each_row(m_impl->db, **s, [&](ad::Stmt& r) { n = r.int64(0); }));
    return n;
  }
  static const std::string sql = std::string(
                                     "SELECT count(*) FROM (SELECT 1 FROM fts f CROSS JOIN articles a ON "
                                     "a.id = f.rowid WHERE fts MATCH ?4 "
                                     "AND ") +
                                  ad::filter_sql("a") + " LIMIT ?5)";
  auto s = m_impl->prep(sql.c_str());
  if (!s) return s.error();
  ad::bind_filters(**s, filters);
  (*s)->bind(4, q->match).bind(5, cap);
  AKHBAR_TRY(ad::each_row(m_impl->db, **s, [&](ad::Stmt& r) { n = r.int64(0); }));
  return n;
}

Result<std::vector<MonthCount>> Archive::months_by_source() {
  auto s = m_impl->prep(
      "SELECT substr(published, 1, 7) AS m, coalesce(source, ''), count(*) AS n FROM articles "
      "WHERE published IS NOT NULL GROUP BY m, source ORDER BY m, n DESC, source");
  if (!s) return s.error();
  std::vector<MonthCount> out;
  AKHBAR_TRY(ad::each_row(m_impl->db, **s, [&](ad::Stmt& r) {
    out.push_back({r.text(0), r.text(1), r.int64(2)});
  }));
  return out;
}

Result<std::vector<InputRecord>> Archive::inputs(std::int64_t id) {
  // A read-also article has no input of its own: it came with its parent's.
  auto parent = m_impl->query_int("SELECT coalesce(parent_id, id) FROM articles WHERE id = ?1", id);
  if (!parent) return parent.error();
  std::vector<InputRecord> out;
  if (!parent->has_value()) return out;
  auto s = m_impl->prep(
      "SELECT path, record, url, encoding, sha256, duplicate, format, size FROM inputs WHERE article_id = ?1 "
      "ORDER BY duplicate, id");
  if (!s) return s.error();
  (*s)->bind(1, **parent);
  AKHBAR_TRY(ad::each_row(m_impl->db, **s, [&](ad::Stmt& r) {
    InputRecord in;
    in.input.path = r.text(0);
    in.input.record = r.int64(1);
    in.input.url = r.opt_text(2);
    in.input.encoding = r.text(3);
    in.input.sha256 = r.text(4);
    in.duplicate = r.int64(5) != 0;
    in.format = r.text(6);
    in.size = r.int64(7);
    out.push_back(std::move(in));
  }));
  return out;
}

Result<std::vector<DuplicatePair>> Archive::near_duplicates(std::int64_t id) {
  auto s = m_impl->prep(
      "SELECT d.a, d.b, d.distance, x.title, y.title FROM near_duplicates d JOIN articles x ON x.id = d.a "
      "JOIN articles y ON y.id = d.b WHERE d.a = ?1 OR d.b = ?1 ORDER BY d.distance, d.a, d.b");
  if (!s) return s.error();
  (*s)->bind(1, id);
  std::vector<DuplicatePair> out;
  AKHBAR_TRY(ad::each_row(m_impl->db, **s, [&](ad::Stmt& r) {
    out.push_back({r.int64(0), r.int64(1), static_cast<int>(r.int64(2)), r.opt_text(3), r.opt_text(4)});
  }));
  return out;
}

Result<std::optional<Document>> Archive::source_document(std::int64_t id) {
  auto input = m_impl->query_int(
      "SELECT i.id FROM articles a JOIN inputs i ON i.article_id = coalesce(a.parent_id, a.id) WHERE a.id = "
      "?1 "
      "ORDER BY i.duplicate, i.id LIMIT 1",
      id);
  if (!input) return input.error();
  if (!input->has_value()) return std::optional<Document>();
  return m_impl->input_document(**input);
}

}  // namespace akhbar
