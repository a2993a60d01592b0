#pragma once
// The plain record types that flow between the stages: Document (loader → segmenter) and
// Article (segmenter → archive, exports, JSON). No stage-specific types here.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <akhbar/result.h>

namespace akhbar {

// Where a record came from (the schema's `input`).
struct InputInfo {
  std::string path;                // as given on the command line, "-" for standard input
  std::int64_t record = 0;         // index inside a multi-record input, 0 for a one-article file
  std::optional<std::string> url;  // the article's address when the input carries one
  std::string encoding;            // what the bytes were decoded from: "UTF-8", "windows-1256", ...
  std::string sha256;              // lowercase hex SHA-256 of the record's raw bytes
};

// A hyperlink of an HTML page: its text and where it points, so that "read also" and related
// items keep their addresses.
struct Anchor {
  std::string text;
  std::string href;  // absolute when the page's address is known
};

// A list of links outside an HTML page's article text, under its heading ("الأكثر تصفحاً",
// "اقرأ أيضاً"): the segmenter keeps the lists its markers name as read-also or related, and
// those the page's structure names (`kind`) when the heading is no marker or there is none.
struct LinkBox {
  std::string heading;
  std::vector<Anchor> links;
  // "read_also" (a promo inside the article), "related" (class hints), "list" (related by its place
  // unless the heading names one of the site's own lists: site_list markers), "" (markers decide).
  std::string kind = {};
};

struct Article;

// One decoded input record, as the loader hands it to the segmenter.
struct Document {
  InputInfo input;
  std::string format;  // "text", "trec", "json", "jsonl", "csv", "warc", "html"
  std::string text;    // decoded UTF-8 text to segment, lines separated by '\n'
  std::string raw;     // the record's raw bytes before decoding (kept compressed by the archive)
  // Metadata that a structured input carried in fields of its own; unset when absent.
  std::optional<std::string> title, date, author, source, category, abstract;
  std::optional<std::string> updated;  // when the record says it was last modified (an HTML page's metadata)
  std::optional<std::string> fetched;  // when the input was captured (WARC-Date, file mtime), ISO 8601
  std::vector<Warning> warnings;       // the loader's remarks on this record (repairs, bad bytes)
  std::vector<Anchor> anchors;         // an HTML page's links in page order (empty for other formats)
  std::vector<LinkBox> link_boxes;     // an HTML page's headed link lists outside the article text
  // How an HTML page's text was chosen, one line per decision ("kept\tbody > article\tsemantic
  // container, score 84"), for `parse --explain`; empty for other formats.
  std::vector<std::string> extraction;
  // Set when the record already is an article (a JSON record of parse's own schema,
  // akhbar.article/1): the pipeline takes it as it is instead of segmenting `text`. Its `input`
  // names the original input (whose raw bytes are not here); the Document's, the JSON record.
  std::shared_ptr<const Article> article;
};

// A body block: a paragraph, or a sub-heading inside the article.
struct Block {
  enum class Type { paragraph, heading };
  Type type = Type::paragraph;
  std::string text;

  bool operator==(const Block&) const = default;
};

// A "read also" or related-links item; `body` holds a whole article when the item carried one.
struct Link {
  std::string title;
  std::optional<std::string> url;
  std::vector<Block> body;

  bool operator==(const Link&) const = default;
};

// An input line (or fragment) that left the body, and why: "date", "dateline", "source",
// "marker", "share", "copyright", "navigation", ...
struct Removed {
  std::string kind;
  std::string text;

  bool operator==(const Removed&) const = default;
};

// One parsed article: the record `akhbar parse` prints (schema akhbar.article/1).
struct Article {
  InputInfo input;
  std::optional<std::string> title;
  std::optional<std::string> published;  // ISO 8601, Gregorian
  std::optional<std::string> updated;
  std::optional<std::string> dateline;
  std::optional<std::string> source;
  std::optional<std::string> author;
  std::vector<Block> body;
  std::vector<Link> read_also;
  std::vector<Link> related;
  std::vector<Removed> removed;
  std::vector<Warning> warnings;  // the loader's and the segmenter's remarks, with their kinds
};

// The schema identifier every record carries.
inline constexpr std::string_view article_schema_id = "akhbar.article/1";

// The record as one line of JSON (no trailing newline), keys in schema order.
std::string to_json_line(const Article& article);

// Appends to_json_line(article) to `out` (for writers that reuse one buffer per record).
void append_json_line(const Article& article, std::string& out);

// Appends `s` to `out` as a JSON string, quotes included, escaped as nlohmann's compact dump
// escapes it; ill-formed UTF-8 becomes U+FFFD as with nlohmann's error_handler_t::replace.
void append_json_string(std::string_view s, std::string& out);

// Reads a record printed by to_json_line (or any JSON object of the schema's shape).
Result<Article> article_from_json(std::string_view json);

// Reads `json` as a record of parse's own schema when its "schema" member is article_schema_id:
// nullopt for any other JSON (another object, or not valid JSON), an Error naming the first bad
// field when it is such a record but malformed (its "input" must name a path and a SHA-256).
Result<std::optional<Article>> article_record_from_json(std::string_view json);

// The body as plain text: blocks joined by '\n'.
std::string body_text(const std::vector<Block>& blocks);

// "paragraph" or "heading".
std::string_view to_string(Block::Type type);

}  // namespace akhbar
