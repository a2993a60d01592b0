// The read side: get() rebuilds the Article that parse printed; search, list, stats, related,
// duplicates and the streaming walks used by export and reparse.
#include <algorithm>
#include <limits>
#include <nlohmann/json.hpp>

#include "archive/detail_impl.h"
#include "archive/detail_rank.h"
#include "archive/detail_zip.h"

namespace akhbar {
namespace ad = archive_detail;
using ad::bind_filters;
using ad::each_row;
using ad::filter_sql;
namespace {


Summary summary_row(const ad::Stmt& s) {
  Summary m;
  m.id = s.int64(0);
  m.title = s.opt_text(1);
  m.published = s.opt_text(2);
  m.source = s.opt_text(3);
  m.url = s.opt_text(4);
  return m;
}

// Prepared statements with a filter clause are built once per process: the text lives here.
const std::string& sql_text(int which) {
  static const std::string list =
      "SELECT a.id, a.title, a.published, a.source, a.url FROM articles a WHERE " + filter_sql("a") +
      " ORDER BY a.published IS NULL, a.published DESC, a.id DESC "
      "LIMIT ?4 OFFSET ?5";
  static const std::string each =
      "SELECT a.id FROM articles a WHERE " + filter_sql("a") + " ORDER BY a.id LIMIT ?4 OFFSET ?5";
  static const std::string search =
      "SELECT a.id, a.title, a.published, a.source, a.url, f.rank FROM fts f CROSS JOIN articles a ON a.id = "
      "f.rowid "
      "WHERE fts MATCH ?6 AND f.rowid >= ?7 AND f.rowid < ?8 AND " +
      filter_sql("a") + " ORDER BY f.rank LIMIT ?4 OFFSET ?5";
  static const std::string dups =
      "SELECT d.a, d.b, d.distance, x.title, y.title FROM near_duplicates d JOIN articles x ON x.id = d.a "
      "JOIN articles y ON y.id = d.b WHERE " +
      filter_sql("x") + " ORDER BY d.a, d.b LIMIT ?4 OFFSET ?5";
  switch (which) {
    case 0:
      return list;
    case 1:
      return each;
    case 2:
      return search;
    default:
      return dups;
  }
}


}  // namespace

Result<std::vector<Block>> Archive::Impl::blocks(std::int64_t id) {
  auto s = prep("SELECT data, size FROM blocks WHERE article_id = ?1");
  if (!s) return s.error();
  ad::Resetter reset(**s);
  (*s)->bind(1, id);
  int rc = (*s)->step();
  if (rc == SQLITE_DONE) return std::vector<Block>();
  if (rc != SQLITE_ROW) return error(rc);
  auto blocks = ad::decode_blocks((*s)->blob(0), static_cast<std::size_t>((*s)->int64(1)));
  if (!blocks) return Error{"the stored text of article " + std::to_string(id) + " is damaged", db.path()};
  return std::move(*blocks);
}

Result<std::optional<Article>> Archive::Impl::get(std::int64_t id) {
  Article a;
  std::optional<std::int64_t> parent;
  {
    auto s = prep(
        "SELECT parent_id, title, published, updated, dateline, source, author, removed, warnings "
        "FROM articles WHERE id = ?1");
    if (!s) return s.error();
    ad::Resetter reset(**s);
    (*s)->bind(1, id);
    int rc = (*s)->step();
    if (rc == SQLITE_DONE) return std::optional<Article>();
    if (rc != SQLITE_ROW) return error(rc);
    ad::Stmt& r = **s;
    if (!r.is_null(0)) parent = r.int64(0);
    a.title = r.opt_text(1);
    a.published = r.opt_text(2);
    a.updated = r.opt_text(3);
    a.dateline = r.opt_text(4);
    a.source = r.opt_text(5);
    a.author = r.opt_text(6);
    auto removed = nlohmann::json::parse(r.text(7), nullptr, false);
    if (removed.is_array())
      for (const auto& x : removed) a.removed.push_back({x.value("kind", ""), x.value("text", "")});
    auto warnings = nlohmann::json::parse(r.text(8), nullptr, false);
    if (warnings.is_array())
      for (const auto& x : warnings)
        if (x.is_string()) a.warnings.push_back({kind::stored, x.get<std::string>()});
  }
  {
    // A read-also child carries its parent's provenance.
    auto s = prep(
        "SELECT path, record, url, encoding, sha256 FROM inputs WHERE article_id = ?1 ORDER BY id LIMIT 1");
    if (!s) return s.error();
    ad::Resetter reset(**s);
    (*s)->bind(1, parent.value_or(id));
    int rc = (*s)->step();
    if (rc == SQLITE_ROW) {
      ad::Stmt& r = **s;
      a.input.path = r.text(0);
      a.input.record = r.int64(1);
      a.input.url = r.opt_text(2);
      a.input.encoding = r.text(3);
      a.input.sha256 = r.text(4);
    } else if (rc != SQLITE_DONE) {
      return error(rc);
    }
  }
  auto b = blocks(id);
  if (!b) return b.error();
  a.body = std::move(b).value();
  struct Row {
    bool related;
    Link link;
    std::optional<std::int64_t> child;
  };
  std::vector<Row> rows;
  {
    auto s = prep("SELECT kind, title, url, child_id FROM links WHERE article_id = ?1 ORDER BY kind, pos");
    if (!s) return s.error();
    (*s)->bind(1, id);
    AKHBAR_TRY(each_row(db, **s, [&](ad::Stmt& r) {
      Row row{r.text(0) == "related", Link{r.text(1), r.opt_text(2), {}}, std::nullopt};
      if (!r.is_null(3)) row.child = r.int64(3);
      rows.push_back(std::move(row));
    }));
  }
  for (auto& row : rows) {
    if (row.child) {
      auto cb = blocks(*row.child);
      if (!cb) return cb.error();
      row.link.body = std::move(cb).value();
    }
    (row.related ? a.related : a.read_also).push_back(std::move(row.link));
  }
  return std::optional<Article>(std::move(a));
}

Result<std::optional<Document>> Archive::Impl::input_document(std::int64_t input_id) {
  auto s = prep(
      "SELECT i.path, i.record, i.url, i.encoding, i.sha256, i.format, i.fetched, i.meta, i.text, "
      "i.text_size, "
      "r.data, r.size FROM inputs i LEFT JOIN raws r ON r.sha256 = i.sha256 WHERE i.id = ?1");
  if (!s) return s.error();
  ad::Resetter reset(**s);
  (*s)->bind(1, input_id);
  int rc = (*s)->step();
  if (rc == SQLITE_DONE) return std::optional<Document>();
  if (rc != SQLITE_ROW) return error(rc);
  ad::Stmt& r = **s;
  if (r.is_null(10)) return std::optional<Document>();
  Document d;
  d.input.path = r.text(0);
  d.input.record = r.int64(1);
  d.input.url = r.opt_text(2);
  d.input.encoding = r.text(3);
  d.input.sha256 = r.text(4);
  d.format = r.text(5);
  d.fetched = r.opt_text(6);
  if (!r.is_null(7)) {
    auto m = nlohmann::json::parse(r.text(7), nullptr, false);
    auto get = [&](const char* k, std::optional<std::string>& out) {
      if (m.is_object() && m.contains(k) && m[k].is_string()) out = m[k].get<std::string>();
    };
    get("title", d.title);
    get("date", d.date);
    get("author", d.author);
    get("source", d.source);
    get("category", d.category);
    get("abstract", d.abstract);
    if (m.is_object() && m.contains("warnings") && m["warnings"].is_array())
      for (const auto& w : m["warnings"])
        if (w.is_string()) d.warnings.push_back({kind::stored, w.get<std::string>()});
    auto anchors = [](const nlohmann::json& v) {
      std::vector<Anchor> out;
      if (v.is_array())
        for (const auto& p : v)
          if (p.is_array() && p.size() == 2 && p[0].is_string() && p[1].is_string())
            out.push_back({p[0].get<std::string>(), p[1].get<std::string>()});
      return out;
    };
    if (m.is_object() && m.contains("anchors")) d.anchors = anchors(m["anchors"]);
    if (m.is_object() && m.contains("link_boxes") && m["link_boxes"].is_array())
      for (const auto& b : m["link_boxes"])
        if (b.is_object() && b.contains("heading") && b["heading"].is_string() && b.contains("links"))
          d.link_boxes.push_back(
              {b["heading"].get<std::string>(), anchors(b["links"]),
               b.contains("kind") && b["kind"].is_string() ? b["kind"].get<std::string>() : ""});
  }
  if (!r.is_null(8)) {
    auto text = ad::inflate_bytes(r.blob(8), static_cast<std::size_t>(r.int64(9)));
    if (!text) return Error{"the stored text of input " + d.input.path + " is damaged", db.path()};
    d.text = std::move(*text);
  }
  auto raw = ad::inflate_bytes(r.blob(10), static_cast<std::size_t>(r.int64(11)));
  if (!raw) return Error{"the raw copy of input " + d.input.path + " is damaged", db.path()};
  d.raw = std::move(*raw);
  return std::optional<Document>(std::move(d));
}

Result<std::int64_t> Archive::Impl::rank_floor(const ad::CompiledQuery& q) {
  // The rowid of the window-th newest match (FTS5 walks a doclist backwards cheaply): ranking from
  // there covers exactly the newest search_rank_window matches. 0, rank all, when there are fewer.
  auto s = prep("SELECT rowid FROM fts WHERE fts MATCH ?1 ORDER BY rowid DESC LIMIT 1 OFFSET ?2");
  if (!s) return s.error();
  (*s)->bind(1, q.match).bind(2, search_rank_window - 1);
  std::int64_t floor = 0;
  AKHBAR_TRY(each_row(db, **s, [&](ad::Stmt& r) { floor = r.int64(0); }));
  return floor;
}

Result<void> Archive::Impl::use_rank() {
  if (rank_ready) return {};
  AKHBAR_TRY(ad::register_rank(db));
  rank_ready = true;
  return {};
}

Result<std::vector<Summary>> Archive::search(const std::string& query, const Filters& filters) {
  auto q = ad::compile_query(query, m_impl->normalizer());
  if (!q) return q.error();
  std::vector<Summary> out;
  auto floor = filters.rank_all ? Result<std::int64_t>(std::int64_t{0}) : m_impl->rank_floor(*q);
  if (!floor) return floor.error();
  const bool filtered = filters.source || filters.since || filters.until;
  // One ranked page of the matches with lo <= rowid < hi, appended to `out`.
  auto page = [&](std::int64_t lo, std::int64_t hi, std::int64_t limit, std::int64_t offset) -> Result<void> {
    if (!filtered) {
      // Without filters the index alone ranks (joining every match to articles costs a table
      // lookup per match, which dominates for frequent words). Every match in [lo, hi) is keyed by
      // akhbar_rank (detail_rank.h: the table's rank, bm25(5.0, 1.0) as schema.cpp configures it,
      // without its IDF scan when no score is wanted) and the first offset + limit sorted here,
      // equal keys by rowid as ORDER BY rank gives them: FTS5's own sort runs the query twice and
      // sorts every match.
      AKHBAR_TRY(m_impl->use_rank());
      auto s = m_impl->prep(
          "SELECT rowid, akhbar_rank(fts, ?4, 5.0, 1.0) FROM fts WHERE fts MATCH ?1 AND rowid >= ?2 AND "
          "rowid < ?3");
      if (!s) return s.error();
      (*s)->bind(1, q->match).bind(2, lo).bind(3, hi).bind(4, filters.scores ? 1 : 0);
      std::vector<std::pair<double, std::int64_t>> keyed;
      AKHBAR_TRY(each_row(m_impl->db, **s, [&](ad::Stmt& r) { keyed.emplace_back(r.real(1), r.int64(0)); }));
      const auto from = std::min(keyed.size(), static_cast<std::size_t>(std::max<std::int64_t>(offset, 0)));
      const auto to =
          limit < 0 ? keyed.size() : std::min(keyed.size(), from + static_cast<std::size_t>(limit));
      std::partial_sort(keyed.begin(), keyed.begin() + static_cast<std::ptrdiff_t>(to), keyed.end());
      for (std::size_t i = from; i < to; ++i) {
        Summary m;
        m.id = keyed[i].second;
        if (filters.scores) m.score = keyed[i].first;
        out.push_back(std::move(m));
      }
      return {};
    }
    auto s = m_impl->prep(sql_text(2).c_str());
    if (!s) return s.error();
    bind_filters(**s, filters);
    (*s)->bind(4, limit).bind(5, offset).bind(6, q->match).bind(7, lo).bind(8, hi);
    return each_row(m_impl->db, **s, [&](ad::Stmt& r) {
      Summary m = summary_row(r);
      m.score = r.real(5);
      out.push_back(std::move(m));
    });
  };
  constexpr std::int64_t top = std::numeric_limits<std::int64_t>::max();
  AKHBAR_TRY(page(*floor, top, filters.limit, filters.offset));
  const auto wanted = static_cast<std::size_t>(filters.limit);
  if (*floor > 0 && (filters.limit < 0 || out.size() < wanted)) {
    // The window is used up: the older matches follow, ranked among themselves, so that paging
    // on reaches every match (and ranks only the pages asked for).
    std::int64_t offset = 0;
    if (out.empty() && filters.offset > 0) {
      auto s = m_impl->prep(
          filtered ? "SELECT count(*) FROM fts f JOIN articles a ON a.id = f.rowid WHERE fts MATCH ?6 AND "
                     "f.rowid >= ?7 AND (?1 IS NULL OR a.source = ?1) AND (?2 IS NULL OR a.published >= ?2) "
                     "AND (?3 IS NULL OR a.published <= ?3)"
                   : "SELECT count(*) FROM fts WHERE fts MATCH ?6 AND rowid >= ?7");
      if (!s) return s.error();
      if (filtered) bind_filters(**s, filters);
      (*s)->bind(6, q->match).bind(7, *floor);
      std::int64_t in_window = 0;
      AKHBAR_TRY(each_row(m_impl->db, **s, [&](ad::Stmt& r) { in_window = r.int64(0); }));
      offset = std::max<std::int64_t>(0, filters.offset - in_window);
    }
    std::int64_t limit = filters.limit < 0 ? -1 : filters.limit - static_cast<std::int64_t>(out.size());
    AKHBAR_TRY(page(0, *floor, limit, offset));
  }
  if (!filtered) {
    auto a = m_impl->prep("SELECT id, title, published, source, url FROM articles WHERE id = ?1");
    if (!a) return a.error();
    for (auto& m : out) {
      (*a)->bind(1, m.id);
      double score = m.score;
      AKHBAR_TRY(each_row(m_impl->db, **a, [&](ad::Stmt& r) { m = summary_row(r); }));
      m.score = score;
    }
  }
  for (auto& m : out) {
    auto b = m_impl->blocks(m.id);
    if (!b) return b.error();
    m.snippet = ad::make_snippet(*b, *q, m_impl->normalizer(), snippet_open, snippet_close);
  }
  return out;
}

Result<std::vector<Summary>> Archive::list(const Filters& filters) {
  auto s = m_impl->prep(sql_text(0).c_str());
  if (!s) return s.error();
  bind_filters(**s, filters);
  (*s)->bind(4, filters.limit).bind(5, filters.offset);
  std::vector<Summary> out;
  AKHBAR_TRY(each_row(m_impl->db, **s, [&](ad::Stmt& r) { out.push_back(summary_row(r)); }));
  return out;
}

Result<std::optional<std::int64_t>> Archive::find_url(const std::string& url) {
  auto id = m_impl->query_int("SELECT id FROM articles WHERE url = ?1 ORDER BY id LIMIT 1", url);
  if (!id) return id.error();
  if (id->has_value()) return *id;
  // An exact duplicate's own address is recorded on its input.
  return m_impl->query_int("SELECT article_id FROM inputs WHERE url = ?1 ORDER BY id LIMIT 1", url);
}

Result<void> Archive::for_each(const Filters& filters,
                               const std::function<void(std::int64_t, const Article&)>& fn) {
  auto s = m_impl->prep(sql_text(1).c_str());
  if (!s) return s.error();
  bind_filters(**s, filters);
  (*s)->bind(4, filters.limit).bind(5, filters.offset);
  Result<void> inner;
  AKHBAR_TRY(each_row(m_impl->db, **s, [&](ad::Stmt& r) {
    if (!inner) return;
    auto a = m_impl->get(r.int64(0));
    if (!a) {
      inner = a.error();
      return;
    }
    if (a->has_value()) fn(r.int64(0), **a);
  }));
  return inner;
}

Result<Stats> Archive::stats() {
  Stats st;
  auto& impl = *m_impl;
  auto one = [&](const char* sql, std::int64_t& out) -> Result<void> {
    auto v = impl.query_int(sql);
    if (!v) return v.error();
    out = v->value_or(0);
    return {};
  };
  AKHBAR_TRY(one("SELECT count(*) FROM articles", st.articles));
  AKHBAR_TRY(one("SELECT count(*) FROM inputs", st.inputs));
  AKHBAR_TRY(one("SELECT sum(words) FROM articles", st.words));
  AKHBAR_TRY(one("SELECT count(*) FROM inputs WHERE duplicate = 1", st.duplicates));
  AKHBAR_TRY(one("SELECT count(*) FROM near_duplicates", st.near_duplicates));
  {
    auto s = impl.prep("SELECT min(published), max(published) FROM articles");
    if (!s) return s.error();
    AKHBAR_TRY(each_row(impl.db, **s, [&](ad::Stmt& r) {
      st.first_date = r.opt_text(0);
      st.last_date = r.opt_text(1);
    }));
  }
  auto src = sources();
  if (!src) return src.error();
  st.per_source = std::move(src).value();
  auto s = impl.prep(
      "SELECT substr(published, 1, 7) AS m, count(*) FROM articles WHERE published IS NOT NULL GROUP BY m "
      "ORDER BY m");
  if (!s) return s.error();
  AKHBAR_TRY(each_row(impl.db, **s, [&](ad::Stmt& r) { st.per_month.emplace_back(r.text(0), r.int64(1)); }));
  return st;
}

Result<std::vector<std::pair<std::string, std::int64_t>>> Archive::sources() {
  // Articles without a source are counted under "".
  auto s = m_impl->prep(
      "SELECT coalesce(source, ''), count(*) AS n FROM articles GROUP BY source ORDER BY n DESC, source");
  if (!s) return s.error();
  std::vector<std::pair<std::string, std::int64_t>> out;
  AKHBAR_TRY(each_row(m_impl->db, **s, [&](ad::Stmt& r) { out.emplace_back(r.text(0), r.int64(1)); }));
  return out;
}

Result<std::vector<Summary>> Archive::related(std::int64_t id) {
  auto s = m_impl->prep(
      "SELECT a.id, a.title, a.published, a.source, a.url FROM articles a WHERE a.id != ?1 AND a.id IN ("
      "SELECT target_id FROM links WHERE article_id = ?1 AND target_id IS NOT NULL "
      "UNION SELECT article_id FROM links WHERE target_id = ?1) ORDER BY a.id");
  if (!s) return s.error();
  (*s)->bind(1, id);
  std::vector<Summary> out;
  AKHBAR_TRY(each_row(m_impl->db, **s, [&](ad::Stmt& r) { out.push_back(summary_row(r)); }));
  return out;
}

Result<std::vector<DuplicatePair>> Archive::duplicates(const Filters& filters) {
  auto s = m_impl->prep(sql_text(3).c_str());
  if (!s) return s.error();
  bind_filters(**s, filters);
  (*s)->bind(4, filters.limit).bind(5, filters.offset);
  std::vector<DuplicatePair> out;
  AKHBAR_TRY(each_row(m_impl->db, **s, [&](ad::Stmt& r) {
    out.push_back({r.int64(0), r.int64(1), static_cast<int>(r.int64(2)), r.opt_text(3), r.opt_text(4)});
  }));
  return out;
}

Result<void> Archive::for_each_input(const std::function<void(const Document&)>& fn) {
  std::vector<std::int64_t> ids;
  {
    auto s = m_impl->prep("SELECT id FROM inputs ORDER BY id");
    if (!s) return s.error();
    AKHBAR_TRY(each_row(m_impl->db, **s, [&](ad::Stmt& r) { ids.push_back(r.int64(0)); }));
  }
  for (auto id : ids) {
    auto d = m_impl->input_document(id);
    if (!d) return d.error();
    if (d->has_value()) fn(**d);
  }
  return {};
}

}  // namespace akhbar
