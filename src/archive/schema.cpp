// Schema migrations, oldest first. Never edit a released step: add a new one.
#include "archive/detail_schema.h"

namespace akhbar::archive_detail {

namespace {

// Version 1: articles with their blocks and links, inputs with raw copies, the FTS5 index.
constexpr const char* v1 = R"sql(
CREATE TABLE raws(
  id INTEGER PRIMARY KEY,
  sha256 TEXT NOT NULL UNIQUE,
  size INTEGER NOT NULL,
  data BLOB NOT NULL
);
CREATE TABLE articles(
  id INTEGER PRIMARY KEY,
  parent_id INTEGER REFERENCES articles(id) ON DELETE CASCADE,
  title TEXT,
  published TEXT,
  updated TEXT,
  dateline TEXT,
  source TEXT,
  author TEXT,
  url TEXT,
  removed TEXT NOT NULL DEFAULT '[]',
  warnings TEXT NOT NULL DEFAULT '[]',
  words INTEGER NOT NULL DEFAULT 0,
  title_key TEXT
);
CREATE INDEX articles_parent ON articles(parent_id) WHERE parent_id IS NOT NULL;
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_source ON articles(source, published);
CREATE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
CREATE INDEX articles_title_key ON articles(title_key) WHERE title_key IS NOT NULL;
CREATE TABLE blocks(
  article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  count INTEGER NOT NULL,
  size INTEGER NOT NULL,
  data BLOB NOT NULL
);
CREATE TABLE links(
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK(kind IN ('read_also', 'related')),
  pos INTEGER NOT NULL,
  title TEXT NOT NULL,
  url TEXT,
  title_key TEXT NOT NULL,
  child_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
  target_id INTEGER REFERENCES articles(id) ON DELETE SET NULL
);
CREATE UNIQUE INDEX links_article ON links(article_id, kind, pos);
CREATE INDEX links_unresolved ON links(title_key) WHERE target_id IS NULL;
CREATE INDEX links_target ON links(target_id) WHERE target_id IS NOT NULL;
CREATE INDEX links_child ON links(child_id) WHERE child_id IS NOT NULL;
CREATE TABLE inputs(
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  duplicate INTEGER NOT NULL DEFAULT 0,
  path TEXT NOT NULL,
  record INTEGER NOT NULL,
  url TEXT,
  encoding TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  size INTEGER NOT NULL,
  format TEXT NOT NULL,
  fetched TEXT,
  meta TEXT,
  text BLOB,
  text_size INTEGER,
  ingested TEXT NOT NULL,
  parser_version TEXT NOT NULL,
  UNIQUE(sha256, path, record)
);
CREATE INDEX inputs_article ON inputs(article_id);
CREATE VIRTUAL TABLE fts USING fts5(title, body, content='', tokenize='ascii');
INSERT INTO fts(fts, rank) VALUES('rank', 'bm25(5.0, 1.0)');
)sql";

// Version 2: deduplication fingerprints (exact body hash, SimHash bands) and near-duplicate pairs.
// The Archive fills the fingerprints of articles stored by version 1 after this SQL.
constexpr const char* v2 = R"sql(
ALTER TABLE articles ADD COLUMN body_hash INTEGER;
ALTER TABLE articles ADD COLUMN simhash INTEGER;
CREATE INDEX articles_body_hash ON articles(body_hash) WHERE body_hash IS NOT NULL;
CREATE TABLE simhash_bands(
  band INTEGER NOT NULL,
  article_id INTEGER NOT NULL,
  PRIMARY KEY(band, article_id)
) WITHOUT ROWID;
CREATE TABLE near_duplicates(
  a INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  b INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  distance INTEGER NOT NULL,
  PRIMARY KEY(a, b),
  CHECK(a < b)
) WITHOUT ROWID;
CREATE INDEX near_duplicates_b ON near_duplicates(b);
)sql";

// Version 3: per-site line statistics for site templates (docs/schema.md, "Site line
// statistics"): each site's counted documents, how many of them carry each line key, and each
// counted article's keys (so that merge adds exactly what a shard's articles add).
constexpr const char* v3 = R"sql(
CREATE TABLE sites(
  id INTEGER PRIMARY KEY,
  site TEXT NOT NULL UNIQUE,
  docs INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE site_lines(
  site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
  key INTEGER NOT NULL,
  docs INTEGER NOT NULL,
  PRIMARY KEY(site_id, key)
) WITHOUT ROWID;
CREATE TABLE article_lines(
  article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  site_id INTEGER NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
  keys BLOB NOT NULL
);
)sql";

}  // namespace

const char* migration_sql(int to) {
  switch (to) {
    case 1:
      return v1;
    case 2:
      return v2;
    case 3:
      return v3;
    default:
      return nullptr;
  }
}

}  // namespace akhbar::archive_detail
