// The writer: one Article (with its read-also children) into the tables, the FTS5 index and the
// deduplication fingerprints; and reparse, which rewrites the derived rows from the raw copies.
#include <algorithm>
#include <chrono>
#include <ctime>
#include <nlohmann/json.hpp>
#include <set>

#include "archive/detail_dedup.h"
#include "archive/detail_impl.h"
#include "archive/detail_zip.h"

namespace akhbar {
namespace ad = archive_detail;
namespace {

std::string removed_json(const std::vector<Removed>& removed) {
  if (removed.empty()) return "[]";
  nlohmann::json a = nlohmann::json::array();
  for (const auto& r : removed) a.push_back({{"kind", r.kind}, {"text", r.text}});
  return a.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string strings_json(const std::vector<std::string>& v) {
  if (v.empty()) return "[]";
  return nlohmann::json(v).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// The metadata a structured input carried in fields of its own, and the page links the article's
// items point to, for reparse; nullopt when none.
std::optional<std::string> meta_json(const Document& d, const Article& a) {
  nlohmann::json o = nlohmann::json::object();
  auto put = [&](const char* k, const std::optional<std::string>& v) {
    if (v) o[k] = *v;
  };
  put("title", d.title);
  put("date", d.date);
  put("author", d.author);
  put("source", d.source);
  put("category", d.category);
  put("abstract", d.abstract);
  if (!d.warnings.empty()) o["warnings"] = messages(d.warnings);
  auto used = [&](const Anchor& anchor) {
    for (const auto* links : {&a.read_also, &a.related})
      for (const auto& l : *links)
        if (l.url && *l.url == anchor.href) return true;
    return false;
  };
  auto pairs = [](const std::vector<Anchor>& v) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& anchor : v) out.push_back({anchor.text, anchor.href});
    return out;
  };
  std::vector<Anchor> anchors;
  for (const auto& anchor : d.anchors)
    if (used(anchor)) anchors.push_back(anchor);
  if (!anchors.empty()) o["anchors"] = pairs(anchors);
  nlohmann::json boxes = nlohmann::json::array();
  for (const auto& box : d.link_boxes)
    if (std::any_of(box.links.begin(), box.links.end(), used))
      boxes.push_back(
          box.kind.empty()
              ? nlohmann::json{{"heading", box.heading}, {"links", pairs(box.links)}}
              : nlohmann::json{{"heading", box.heading}, {"links", pairs(box.links)}, {"kind", box.kind}});
  if (!boxes.empty()) o["link_boxes"] = std::move(boxes);
  if (o.empty()) return std::nullopt;
  return o.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string now_iso() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::int64_t count_words(const std::vector<Block>& body) {
  std::int64_t n = 0;
  for (const auto& b : body) {
    bool in = false;
    for (char c : b.text) {
      bool space = c == ' ' || c == '\n' || c == '\t';
      if (!space && !in) ++n;
      in = !space;
    }
  }
  return n;
}

// A read-also (or related) item that carried a whole article, as an Article of its own.
Article child_article(const Link& link, const Article& parent) {
  Article c;
  c.input = parent.input;
  c.title = link.title;
  c.source = parent.source;
  c.body = link.body;
  return c;
}

}  // namespace

namespace archive_detail {

Indexed make_indexed(const std::optional<std::string>& title, const std::vector<Block>& body,
                     const Normalizer& n) {
  Indexed ix;
  if (title && !title->empty()) ix.title_key = n.search(*title);
  if (title) ix.title_tokens = token_text(n.tokens(*title));
  std::string text = body_text(body);
  std::string search = n.search(text);
  auto tokens = n.tokens(text);
  ix.body_tokens = token_text(tokens);
  if (!search.empty()) ix.body_hash = static_cast<std::int64_t>(hash64(search));
  if (tokens.size() >= simhash_min_tokens) ix.simhash = static_cast<std::int64_t>(simhash(tokens));
  ix.body_z = encode_blocks(body);
  ix.body_size = static_cast<std::int64_t>(blocks_size(body));
  ix.blocks = static_cast<std::int64_t>(body.size());
  ix.words = count_words(body);
  return ix;
}

}  // namespace archive_detail

void prepare_into(PreparedArticle::Impl& p, const Article& a, const Document& doc, const Normalizer& n) {
  p.article = a;
  p.main = ad::make_indexed(a.title, a.body, n);
  for (const auto* links : {&a.read_also, &a.related})
    for (const auto& l : *links) {
      p.link_keys.push_back(n.search(l.title));
      if (!l.body.empty()) p.children.push_back(ad::make_indexed(l.title, l.body, n));
    }
  p.format = doc.format.empty() ? "text" : doc.format;
  p.fetched = doc.fetched;
  p.meta = meta_json(doc, a);
  // A record read back from parse's JSON Lines names its original input, whose bytes are not
  // here: its raw bytes (the JSON line) are not that input's and are not kept under its SHA-256.
  p.has_raw = !doc.raw.empty() && !doc.article;
  if (p.has_raw) {
    p.raw_z = ad::deflate_bytes(doc.raw);
    p.raw_size = static_cast<std::int64_t>(doc.raw.size());
    // Structured records keep their decoded text, since the raw record is more than the text.
    if (p.format != "text") {
      p.text_z = ad::deflate_bytes(doc.text);
      p.text_size = static_cast<std::int64_t>(doc.text.size());
    }
  }
}

PreparedArticle::PreparedArticle() : m_impl(std::make_unique<Impl>()) {}
PreparedArticle::~PreparedArticle() = default;
PreparedArticle::PreparedArticle(PreparedArticle&&) noexcept = default;
PreparedArticle& PreparedArticle::operator=(PreparedArticle&&) noexcept = default;

PreparedArticle Archive::prepare(const Article& article, const Document& source,
                                 const Normalizer& normalizer) {
  PreparedArticle p;
  prepare_into(*p.m_impl, article, source, normalizer);
  return p;
}

Result<StoreResult> Archive::Impl::store(PreparedArticle::Impl& p) {
  StoreResult res;
  const Article& a = p.article;
  // No savepoint per article: FTS5 flushes its pending terms to a new segment at every savepoint,
  // which made the index most of the writer's time. A failure abandons the whole batch instead
  // (Archive::store rolls it back), as every caller did anyway.
  auto body = [&]() -> Result<void> {
    const InputInfo& in = a.input;
    auto known = query_int("SELECT article_id FROM inputs WHERE sha256 = ?1 AND path = ?2 AND record = ?3",
                           in.sha256, in.path, in.record);
    if (!known) return known.error();
    if (known->has_value()) {
      res.id = **known;
      res.duplicate = true;
      res.known_input = true;
      return {};
    }
    if (p.has_raw) {
      AKHBAR_TRY(
          exec("INSERT INTO raws(sha256, size, data) VALUES(?1, ?2, ?3) ON CONFLICT(sha256) DO NOTHING",
               in.sha256, p.raw_size, Blob{p.raw_z}));
    }
    bool duplicate = false;
    if (p.main.body_hash) {
      auto same =
          query_int("SELECT id FROM articles WHERE body_hash = ?1 ORDER BY id LIMIT 1", *p.main.body_hash);
      if (!same) return same.error();
      if (same->has_value()) {
        res.id = **same;
        res.duplicate = duplicate = true;
      }
    }
    if (!duplicate) {
      auto id = insert_row(a, std::nullopt, a.input.url, p.main, res);
      if (!id) return id.error();
      res.id = *id;
      AKHBAR_TRY(insert_links(res.id, p, res));
    }
    auto s = prep(
        "INSERT INTO inputs(article_id, duplicate, path, record, url, encoding, sha256, size, format, "
        "fetched, "
        "meta, text, text_size, ingested, parser_version) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)");
    if (!s) return s.error();
    ad::Stmt& st = **s;
    st.bind(1, res.id).bind(2, duplicate ? 1 : 0).bind(3, in.path).bind(4, in.record).bind(5, in.url);
    st.bind(6, in.encoding).bind(7, in.sha256).bind(8, p.raw_size).bind(9, p.format).bind(10, p.fetched);
    st.bind(11, p.meta);
    if (p.text_z.empty()) {
      st.bind_null(12).bind_null(13);
    } else {
      st.bind_blob(12, p.text_z).bind(13, p.text_size);
    }
    st.bind(14, now_iso()).bind(15, parser_version);
    return st.run(db);
  }();
  if (!body) return body.error();
  return res;
}

Result<std::int64_t> Archive::Impl::insert_row(const Article& a, std::optional<std::int64_t> parent,
                                               const std::optional<std::string>& url, const ad::Indexed& ix,
                                               StoreResult& res) {
  auto s = prep(
      "INSERT INTO articles(parent_id, title, published, updated, dateline, source, author, url, removed, "
      "warnings, words, title_key, body_hash, simhash) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
      "?12, "
      "?13, ?14)");
  if (!s) return s.error();
  ad::Stmt& st = **s;
  if (parent)
    st.bind(1, *parent);
  else
    st.bind_null(1);
  st.bind(2, a.title).bind(3, a.published).bind(4, a.updated).bind(5, a.dateline).bind(6, a.source);
  st.bind(7, a.author)
      .bind(8, url)
      .bind(9, removed_json(a.removed))
      .bind(10, strings_json(messages(a.warnings)));
  st.bind(11, ix.words).bind(12, ix.title_key);
  if (ix.body_hash) st.bind(13, *ix.body_hash);
  if (ix.simhash) st.bind(14, *ix.simhash);
  AKHBAR_TRY(st.run(db));
  std::int64_t id = sqlite3_last_insert_rowid(db.get());
  AKHBAR_TRY(exec("INSERT INTO blocks(article_id, count, size, data) VALUES(?1, ?2, ?3, ?4)", id, ix.blocks,
                  ix.body_size, Blob{ix.body_z}));
  AKHBAR_TRY(index(id, ix, res, false));
  // Links stored earlier that name this article by its title now resolve to it.
  if (ix.title_key)
    AKHBAR_TRY(exec(
        "UPDATE links SET target_id = ?1 WHERE title_key = ?2 AND target_id IS NULL AND article_id != ?1", id,
        *ix.title_key));
  return id;
}

Result<void> Archive::Impl::insert_links(std::int64_t id, const PreparedArticle::Impl& p, StoreResult& res) {
  const Article& a = p.article;
  std::size_t key = 0, child_ix = 0;
  for (const char* kind : {"read_also", "related"}) {
    const auto& links = std::string_view(kind) == "read_also" ? a.read_also : a.related;
    for (std::size_t i = 0; i < links.size(); ++i, ++key) {
      const Link& l = links[i];
      const std::string& title_key = p.link_keys[key];
      std::optional<std::int64_t> child, target;
      if (!l.body.empty()) {
        auto c = insert_row(child_article(l, a), id, l.url, p.children[child_ix++], res);
        if (!c) return c.error();
        child = target = *c;
        ++res.children;
      } else if (!title_key.empty()) {
        auto t = query_int("SELECT id FROM articles WHERE title_key = ?1 AND id != ?2 ORDER BY id LIMIT 1",
                           title_key, id);
        if (!t) return t.error();
        target = *t;
      }
      auto s = prep(
          "INSERT INTO links(article_id, kind, pos, title, url, title_key, child_id, target_id) "
          "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
      if (!s) return s.error();
      ad::Stmt& st = **s;
      st.bind(1, id).bind(2, kind).bind(3, static_cast<std::int64_t>(i)).bind(4, l.title).bind(5, l.url);
      st.bind(6, title_key);
      if (child)
        st.bind(7, *child);
      else
        st.bind_null(7);
      if (target)
        st.bind(8, *target);
      else
        st.bind_null(8);
      AKHBAR_TRY(st.run(db));
    }
  }
  return {};
}

Result<void> Archive::Impl::index(std::int64_t id, const ad::Indexed& ix, StoreResult& res, bool update_row) {
  pending_index.push_back({id, ix.title_tokens, ix.body_tokens});
  // Bounded: a reparse or migration of a whole archive is one transaction.
  if (pending_index.size() >= max_pending_index) AKHBAR_TRY(flush_index());
  if (!ix.body_hash) return {};
  // A read-also child (or a reparsed article) may repeat an archived body: keep both, linked at distance 0.
  auto same = query_int("SELECT id FROM articles WHERE body_hash = ?1 AND id != ?2 ORDER BY id LIMIT 1",
                        *ix.body_hash, id);
  if (!same) return same.error();
  if (same->has_value())
    AKHBAR_TRY(
        exec("INSERT OR IGNORE INTO near_duplicates(a, b, distance) VALUES(min(?1, ?2), max(?1, ?2), 0)",
             **same, id));
  if (ix.simhash) {
    auto h = static_cast<std::uint64_t>(*ix.simhash);
    auto bands = ad::simhash_bands(h);
    auto s = prep(
        "SELECT DISTINCT b.article_id, a.simhash FROM simhash_bands b JOIN articles a ON a.id = b.article_id "
        "WHERE b.band IN (?1, ?2, ?3, ?4) AND b.article_id != ?5");
    if (!s) return s.error();
    std::vector<std::pair<std::int64_t, int>> near;
    {
      ad::Resetter reset(**s);
      bind_all(**s, 1, bands[0], bands[1], bands[2], bands[3], id);
      int rc;
      while ((rc = (*s)->step()) == SQLITE_ROW) {
        int d = ad::hamming(static_cast<std::uint64_t>((*s)->int64(1)), h);
        if (d <= ad::near_duplicate_bits) near.emplace_back((*s)->int64(0), d);
      }
      if (rc != SQLITE_DONE) return error(rc);
    }
    int best = 99;
    for (auto [other, d] : near) {
      if (same->has_value() && other == **same) continue;
      AKHBAR_TRY(
          exec("INSERT OR IGNORE INTO near_duplicates(a, b, distance) VALUES(min(?1, ?2), max(?1, ?2), ?3)",
               other, id, d));
      if (d < best) best = d, res.near_duplicate_of = other;
    }
    for (auto b : bands)
      AKHBAR_TRY(exec("INSERT OR IGNORE INTO simhash_bands(band, article_id) VALUES(?1, ?2)", b, id));
  }
  if (!update_row) return {};
  if (ix.simhash)
    return exec("UPDATE articles SET body_hash = ?1, simhash = ?2 WHERE id = ?3", *ix.body_hash, *ix.simhash,
                id);
  return exec("UPDATE articles SET body_hash = ?1 WHERE id = ?2", *ix.body_hash, id);
}

Result<void> Archive::Impl::flush_index() {
  for (const auto& row : pending_index)
    AKHBAR_TRY(exec("INSERT INTO fts(rowid, title, body) VALUES(?1, ?2, ?3)", row.id, row.title, row.body));
  pending_index.clear();
  return {};
}

Result<void> Archive::Impl::fingerprint_all() {
  // Version 1 archives have an index but no fingerprints: rebuild both from the stored rows.
  AKHBAR_TRY(exec("INSERT INTO fts(fts) VALUES('delete-all')"));
  std::vector<std::pair<std::int64_t, std::optional<std::string>>> rows;
  {
    auto s = prep("SELECT id, title FROM articles ORDER BY id");
    if (!s) return s.error();
    ad::Resetter reset(**s);
    int rc;
    while ((rc = (*s)->step()) == SQLITE_ROW) rows.emplace_back((*s)->int64(0), (*s)->opt_text(1));
    if (rc != SQLITE_DONE) return error(rc);
  }
  StoreResult ignored;
  for (const auto& [id, title] : rows) {
    auto b = blocks(id);
    if (!b) return b.error();
    AKHBAR_TRY(index(id, ad::make_indexed(title, *b, normalizer()), ignored));
  }
  return {};
}

Result<ReparseStats> Archive::Impl::reparse(const std::function<std::optional<Article>(Document&)>& segment) {
  ReparseStats stats;
  AKHBAR_TRY(db.exec("BEGIN IMMEDIATE"));
  std::int64_t at = 0;  // the article being rewritten, for the error's context
  auto work = [&]() -> Result<void> {
    // Everything derived is rebuilt: the index, fingerprints, near-duplicate pairs, children.
    AKHBAR_TRY(exec("INSERT INTO fts(fts) VALUES('delete-all')"));
    AKHBAR_TRY(exec("DELETE FROM near_duplicates"));
    AKHBAR_TRY(exec("DELETE FROM simhash_bands"));
    AKHBAR_TRY(exec("UPDATE articles SET body_hash = NULL, simhash = NULL"));
    std::vector<std::pair<std::int64_t, std::int64_t>> primary;  // input id, article id
    {
      auto s = prep(
          "SELECT i.id, i.article_id FROM inputs i JOIN articles a ON a.id = i.article_id "
          "WHERE i.duplicate = 0 AND a.parent_id IS NULL ORDER BY i.article_id, i.id");
      if (!s) return s.error();
      ad::Resetter reset(**s);
      int rc;
      while ((rc = (*s)->step()) == SQLITE_ROW) primary.emplace_back((*s)->int64(0), (*s)->int64(1));
      if (rc != SQLITE_DONE) return error(rc);
    }
    std::set<std::int64_t> done;
    StoreResult ignored;
    for (auto [input_id, article_id] : primary) {
      if (!done.insert(article_id).second) continue;
      at = article_id;
      auto doc = input_document(input_id);
      if (!doc) return doc.error();
      std::optional<Article> fresh;
      if (doc->has_value()) {
        ++stats.inputs;
        fresh = segment(**doc);
      }
      auto old = get(article_id);
      if (!old) return old.error();
      if (!fresh || !old->has_value()) {
        // No raw copy (or nothing new): keep the rows, re-index them and their children.
        ++stats.kept;
        auto kids = query_int("SELECT count(*) FROM articles WHERE parent_id = ?1", article_id);
        if (!kids) return kids.error();
        stats.children += kids->value_or(0);
        std::vector<std::pair<std::int64_t, std::optional<std::string>>> rows;
        {
          auto s = prep("SELECT id, title FROM articles WHERE id = ?1 OR parent_id = ?1 ORDER BY id");
          if (!s) return s.error();
          ad::Resetter reset(**s);
          (*s)->bind(1, article_id);
          int rc;
          while ((rc = (*s)->step()) == SQLITE_ROW) rows.emplace_back((*s)->int64(0), (*s)->opt_text(1));
          if (rc != SQLITE_DONE) return error(rc);
        }
        for (const auto& [id, title] : rows) {
          auto b = blocks(id);
          if (!b) return b.error();
          AKHBAR_TRY(index(id, ad::make_indexed(title, *b, normalizer()), ignored));
        }
        continue;
      }
      fresh->input = (*old)->input;
      if (to_json_line(*fresh) != to_json_line(**old)) ++stats.changed;
      AKHBAR_TRY(exec("DELETE FROM articles WHERE parent_id = ?1", article_id));
      AKHBAR_TRY(exec("DELETE FROM blocks WHERE article_id = ?1", article_id));
      AKHBAR_TRY(exec("DELETE FROM links WHERE article_id = ?1", article_id));
      PreparedArticle::Impl p;
      prepare_into(p, *fresh, Document{}, normalizer());
      const Article& a = p.article;
      AKHBAR_TRY(
          exec("UPDATE articles SET title = ?1, published = ?2, updated = ?3, dateline = ?4, source = ?5, "
               "author = ?6, removed = ?7, warnings = ?8, words = ?9, title_key = ?10 WHERE id = ?11",
               a.title, a.published, a.updated, a.dateline, a.source, a.author, removed_json(a.removed),
               strings_json(messages(a.warnings)), p.main.words, p.main.title_key, article_id));
      AKHBAR_TRY(exec("INSERT INTO blocks(article_id, count, size, data) VALUES(?1, ?2, ?3, ?4)", article_id,
                      p.main.blocks, p.main.body_size, Blob{p.main.body_z}));
      StoreResult r;
      AKHBAR_TRY(index(article_id, p.main, r));
      AKHBAR_TRY(insert_links(article_id, p, r));
      stats.children += static_cast<std::int64_t>(r.children);
    }
    // Titles may have changed: resolve every link that has no child article afresh.
    at = 0;
    AKHBAR_TRY(
        exec("UPDATE links SET target_id = (SELECT a.id FROM articles a WHERE a.title_key = links.title_key "
             "AND a.id != links.article_id ORDER BY a.id LIMIT 1) WHERE child_id IS NULL"));
    AKHBAR_TRY(flush_index());
    return db.exec("COMMIT");
  }();
  if (!work) {
    // All or nothing: whatever failed (a statement, the COMMIT), the archive stays as it was. Some
    // errors (a full disk, an interrupt) have rolled the transaction back already.
    pending_index.clear();
    if (sqlite3_get_autocommit(db.get()) == 0) (void)db.exec("ROLLBACK");
    Error e = work.error();
    e.message = "reparse " + (at ? "stopped at article " + std::to_string(at) : std::string("failed")) +
                " and was rolled back, the archive is unchanged: " + e.message;
    return e;
  }
  return stats;
}

}  // namespace akhbar
