// JSON arrays of objects and JSON Lines, streamed: records are cut out of the byte stream by a
// small scanner (strings and nesting only), and each is parsed on its own by nlohmann-json, so a
// 2 GB file never sits in memory and one broken object loses only itself.
#include <algorithm>
#include <cstring>
#include <nlohmann/json.hpp>

#include "loader/detail_formats.h"
#include "loader/detail_text.h"

namespace akhbar::detail {
namespace {

using nlohmann::json;

// One line per record.
class LineScanner : public Scanner {
 public:
  std::size_t scan(std::string_view d) override {
    const void* nl = std::memchr(d.data(), '\n', d.size());
    return nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - d.data()) + 1
              : std::string_view::npos;
  }
};

// Ends a record after each complete object (or other value) at the top level of an array, or
// after each top-level object when the file is not an array.
class ValueScanner : public Scanner {
 public:
  std::size_t scan(std::string_view d) override {
    for (std::size_t i = 0; i < d.size(); ++i) {
      char c = d[i];
      if (m_string) {
        if (m_escape) {
          m_escape = false;
        } else if (c == '\\') {
          m_escape = true;
        } else if (c == '"') {
          m_string = false;
        } else {
          // Skip the plain part of a long string quickly.
          while (i + 1 < d.size() && d[i + 1] != '"' && d[i + 1] != '\\') ++i;
        }
        continue;
      }
      switch (c) {
        case '"':
          m_string = true;
          break;
        case '[':
          if (m_depth == 0) m_base = 1;
          ++m_depth;
          break;
        case '{':
          ++m_depth;
          break;
        case '}':
        case ']':
          if (m_depth == 0) break;
          --m_depth;
          if (m_depth == 0) {
            bool was_array = m_base == 1 && c == ']';
            m_base = 0;
            if (!was_array) return i + 1;  // a top-level object
          } else if (m_depth == m_base) {
            return i + 1;  // an element of the top-level array
          }
          break;
        default:
          break;
      }
    }
    return std::string_view::npos;
  }

 private:
  int m_depth = 0;
  int m_base = 0;
  bool m_string = false;
  bool m_escape = false;
};

// A JSON value as text: strings as they are, numbers as written, arrays of strings joined.
std::optional<std::string> as_text(const json& v, const char* joiner) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number()) return v.dump();
  if (v.is_array()) {
    std::string out;
    for (const auto& e : v) {
      auto t = as_text(e, joiner);
      if (!t || t->empty()) continue;
      if (!out.empty()) out += joiner;
      out += *t;
    }
    if (!out.empty()) return out;
  }
  if (v.is_object()) {
    for (const char* k : {"name", "text", "value"})
      if (auto it = v.find(k); it != v.end()) return as_text(*it, joiner);
  }
  return std::nullopt;
}

// Looks a field up by name, case-insensitively; "a.b" walks into nested objects.
const json* lookup(const json& obj, std::string_view name) {
  const json* cur = &obj;
  while (!name.empty()) {
    std::size_t dot = name.find('.');
    std::string_view part = name.substr(0, dot);
    const json* next = nullptr;
    if (cur->is_object()) {
      if (auto it = cur->find(std::string(part)); it != cur->end()) {
        next = &*it;
      } else {
        for (auto it2 = cur->begin(); it2 != cur->end(); ++it2) {
          const std::string& k = it2.key();
          if (k.size() == part.size() && std::equal(k.begin(), k.end(), part.begin(), [](char a, char b) {
                return std::tolower(static_cast<unsigned char>(a)) ==
                       std::tolower(static_cast<unsigned char>(b));
              })) {
            next = &*it2;
            break;
          }
        }
      }
    }
    if (!next) return nullptr;
    cur = next;
    if (dot == std::string_view::npos) break;
    name.remove_prefix(dot + 1);
  }
  return cur;
}

std::optional<std::string> pick(const json& obj, const std::vector<std::string>& names,
                                const char* joiner = ", ") {
  for (const auto& n : names)
    if (const json* v = lookup(obj, n))
      if (auto t = as_text(*v, joiner); t && !trim(*t).empty()) return clean_field(*t);
  return std::nullopt;
}

// Maps an object's fields onto a Document (the usual scraper names, or --field).
void fill_from_object(const json& obj, const InputContext& ctx, Document& doc) {
  if (auto body = pick(obj,
                       ctx.names_for("body", {"content", "text", "body", "maintext", "article",
                                              "article_text", "articleBody", "story", "full_text"}),
                       "\n"))
    doc.text = *body;
  doc.title = pick(obj, ctx.names_for("title", {"title", "headline", "name"}));
  doc.input.url = pick(obj, ctx.names_for("url", {"url", "link", "source_url", "uri", "href"}));
  doc.date =
      pick(obj, ctx.names_for("date", {"date", "date_publish", "published", "published_at", "publish_date",
                                       "pubDate", "datePublished", "datetime", "time"}));
  doc.author = pick(obj, ctx.names_for("author", {"author", "authors", "byline", "writer"}));
  doc.source =
      pick(obj, ctx.names_for("source", {"source", "source_domain", "site", "sitename", "publisher"}));
  doc.category = pick(obj, ctx.names_for("category", {"category", "section", "categories", "cat", "topic"}));
  doc.abstract =
      pick(obj, ctx.names_for("abstract", {"abstract", "summary", "description", "lead", "excerpt"}));
  if (auto f = pick(obj, ctx.names_for("fetched", {"date_download", "date_extracted", "date_crawled",
                                                   "crawled_at", "fetched", "scraped_at"})))
    doc.fetched = f;
}

std::string json_error_text(const std::exception& e) {
  std::string msg = e.what();
  // "[json.exception.parse_error.101] parse error at line 1, column 9: ..." → the part after ']'.
  if (auto close = msg.find("] "); msg.rfind("[json.exception", 0) == 0 && close != std::string::npos)
    msg = msg.substr(close + 2);
  return msg;
}

// Parses one object's text and delivers it; errors name the record's line.
void handle_object(std::string_view raw, std::uint64_t line, std::int64_t index, const char* format,
                   InputContext& ctx) {
  Decoded d = ctx.decode_record(raw);
  json obj;
  try {
    obj = json::parse(d.text);
  } catch (const json::exception& e) {
    // nlohmann counts lines from the start of the record; report them from the start of the file.
    std::string msg = json_error_text(e);
    std::uint64_t at = line;
    if (auto p = msg.find("at line "); p != std::string::npos) {
      std::size_t comma = msg.find(", ", p);
      std::size_t colon = msg.find(": ", p);
      if (comma != std::string::npos && colon != std::string::npos && comma < colon) {
        at = line + std::stoull(msg.substr(p + 8, comma - p - 8)) - 1;
        msg = msg.substr(0, p) + "at " + msg.substr(comma + 2);
      }
    }
    ctx.report(Severity::error, ctx.at_line(at), "malformed JSON record: " + msg + ", skipped");
    return;
  }
  if (!obj.is_object()) {
    ctx.report(Severity::error, ctx.at_line(line), "JSON record is not an object, skipped");
    return;
  }
  Document doc;
  doc.format = format;
  doc.input.record = index;
  doc.raw = std::string(raw);
  fill_from_object(obj, ctx, doc);
  ctx.deliver(std::move(doc), d, ctx.at_line(line));
}

}  // namespace

void read_jsonl(BufferedInput& in, InputContext& ctx) {
  LineScanner scanner;
  std::int64_t index = 0;
  bool first = true;
  split_records(in, scanner, ctx, [&](std::string_view raw, std::uint64_t line, std::uint64_t, bool) {
    if (first && raw.substr(0, 3) == "\xEF\xBB\xBF") raw.remove_prefix(3);
    first = false;
    raw = trim(raw);
    if (raw.empty()) return;
    handle_object(raw, line, index++, "jsonl", ctx);
  });
}

void read_json(BufferedInput& in, InputContext& ctx) {
  ValueScanner scanner;
  std::int64_t index = 0;
  bool first = true;
  split_records(in, scanner, ctx,
                [&](std::string_view raw, std::uint64_t line, std::uint64_t, bool complete) {
                  if (first && raw.substr(0, 3) == "\xEF\xBB\xBF") raw.remove_prefix(3);
                  first = false;
                  // Skip what separates records: whitespace, the array's brackets, commas.
                  std::size_t i = 0;
                  while (i < raw.size() && std::strchr(" \t\r\n[],", raw[i]) && raw[i] != '\0') {
                    if (raw[i] == '\n') ++line;
                    ++i;
                  }
                  raw.remove_prefix(i);
                  if (raw.empty()) return;
                  if (!complete) {
                    std::string what =
                        raw.find('{') != std::string_view::npos || raw.find('"') != std::string_view::npos
                            ? "malformed JSON: unterminated object at the end of the input, skipped"
                            : "malformed JSON: unexpected text at the end of the input";
                    ctx.report(Severity::error, ctx.at_line(line), what);
                    return;
                  }
                  handle_object(raw, line, index++, "json", ctx);
                });
}

}  // namespace akhbar::detail
