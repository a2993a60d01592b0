// JSON arrays of objects and JSON Lines, streamed: records are cut out of the byte stream by a
// small scanner (strings and nesting only), and each is parsed on its own, so a 2 GB file never
// sits in memory and one broken object loses only itself. simdjson's On Demand API reads the
// records; a record it rejects (or one whose wanted fields hold objects) is read again by
// nlohmann-json, whose error messages users see and whose field semantics are the reference.
#include <simdjson.h>

#include <algorithm>
#include <cstring>
#include <deque>
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

// The record fields a JSON object maps onto, with the input names each is looked up under by
// default and what joins the elements of an array value.
struct FieldDef {
  const char* field;
  std::vector<std::string> defaults;
  const char* joiner;
};

const std::vector<FieldDef>& field_defs() {
  static const std::vector<FieldDef> defs = {
      {"body",
       {"content", "text", "body", "maintext", "article", "article_text", "articleBody", "story",
        "full_text"},
       "\n"},
      {"title", {"title", "headline", "name"}, ", "},
      {"url", {"url", "link", "source_url", "uri", "href"}, ", "},
      {"date",
       {"date", "date_publish", "published", "published_at", "publish_date", "pubDate", "datePublished",
        "datetime", "time"},
       ", "},
      {"author", {"author", "authors", "byline", "writer"}, ", "},
      {"source", {"source", "source_domain", "site", "sitename", "publisher"}, ", "},
      {"category", {"category", "section", "categories", "cat", "topic"}, ", "},
      {"abstract", {"abstract", "summary", "description", "lead", "excerpt"}, ", "},
      {"fetched",
       {"date_download", "date_extracted", "date_crawled", "crawled_at", "fetched", "scraped_at"},
       ", "},
  };
  return defs;
}

// Stores the value picked for field number `i` of field_defs().
void set_field(Document& doc, std::size_t i, std::optional<std::string> v) {
  switch (i) {
    case 0:
      if (v) doc.text = std::move(*v);
      break;
    case 1:
      doc.title = std::move(v);
      break;
    case 2:
      doc.input.url = std::move(v);
      break;
    case 3:
      doc.date = std::move(v);
      break;
    case 4:
      doc.author = std::move(v);
      break;
    case 5:
      doc.source = std::move(v);
      break;
    case 6:
      doc.category = std::move(v);
      break;
    case 7:
      doc.abstract = std::move(v);
      break;
    default:
      if (v) doc.fetched = std::move(v);
      break;
  }
}

// Maps an object's fields onto a Document (the usual scraper names, or --field).
void fill_from_object(const json& obj, const InputContext& ctx, Document& doc) {
  const auto& defs = field_defs();
  for (std::size_t i = 0; i < defs.size(); ++i)
    set_field(doc, i, pick(obj, ctx.names_for(defs[i].field, defs[i].defaults), defs[i].joiner));
}

namespace od = simdjson::ondemand;

// ASCII case-insensitive equality (what std::tolower does in the "C" locale, without its calls).
bool ci_equal(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  for (std::size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}

// Deeper records go the nlohmann way (it bounds the recursion below).
constexpr int max_fast_depth = 64;

// The simdjson path. One pass over the object keeps the values of keys some field may be looked
// up under (case-insensitively) and walks every other value, so that the whole record is checked
// as nlohmann would check it (On Demand alone checks only what it reads). Lookups then follow
// nlohmann's semantics: an exact key first (the last of duplicates), else the byte-wise smallest
// key equal ignoring case. Whatever it cannot take exactly like the nlohmann path (any error, an
// object where a field is looked up, a number nlohmann reads differently) makes fill() return
// false, and the record is read by nlohmann.
class FastReader {
 public:
  explicit FastReader(const InputContext& ctx) {
    for (const auto& def : field_defs()) {
      m_names.push_back(ctx.names_for(def.field, def.defaults));
      for (const auto& n : m_names.back()) {
        std::string_view first = std::string_view(n).substr(0, n.find('.'));
        if (std::none_of(m_keys.begin(), m_keys.end(),
                         [&](const std::string& k) { return ci_equal(k, first); }))
          m_keys.emplace_back(first);
      }
    }
  }

  // Fills `doc` from the JSON text of one record; false when the record needs the nlohmann path
  // (`doc` is then untouched).
  bool fill(const std::string& text, Document& doc) {
    m_entries.clear();
    m_owned.clear();
    if (m_padded.capacity() > 16 * 1024 * 1024) std::string().swap(m_padded);  // a huge record's copy
    simdjson::padded_string_view json;
    if (text.capacity() - text.size() >= simdjson::SIMDJSON_PADDING) {
      json = simdjson::padded_string_view(text.data(), text.size(), text.capacity());
    } else {
      m_padded.reserve(text.size() + simdjson::SIMDJSON_PADDING);
      m_padded.assign(text);
      json = simdjson::padded_string_view(m_padded.data(), m_padded.size(), m_padded.capacity());
    }
    // Grow the parser by a quarter at a time rather than record by record, and give the memory
    // of a huge record back once records are small again.
    constexpr std::size_t small = 64 * 1024;
    std::size_t cap = m_parser.capacity();
    if (text.size() > cap || (cap > 256 * small && text.size() < small)) {
      if (m_parser.allocate(std::max(text.size() + text.size() / 4, small)) != simdjson::SUCCESS)
        return false;
    }
    od::document d;
    od::object obj;
    if (m_parser.iterate(json).get(d) || d.get_object().get(obj)) return false;
    for (auto f : obj) {
      od::field field;
      std::string_view key;
      if (std::move(f).get(field) || field.unescaped_key().get(key)) return false;
      if (wanted(key)) {
        Entry& e = m_entries.emplace_back();
        e.key = key;
        if (!read(field.value(), e)) return false;
      } else if (!check(field.value(), 1)) {
        return false;
      }
    }
    const char* trailing = nullptr;
    if (d.current_location().get(trailing) == simdjson::SUCCESS) return false;  // text after the object
    const auto& defs = field_defs();
    for (std::size_t i = 0; i < defs.size(); ++i) set_field(doc, i, pick(m_names[i], defs[i].joiner));
    return true;
  }

 private:
  enum class Kind { none, text, list };
  // A value kept for lookups: a string or number (one part), an array (its non-empty leaves),
  // or none (null, true, false: no text).
  struct Entry {
    std::string key;
    Kind kind = Kind::none;
    std::vector<std::string_view> parts;  // into the parser's string buffer or m_owned
  };

  bool wanted(std::string_view key) const {
    return std::any_of(m_keys.begin(), m_keys.end(), [&](const std::string& k) { return ci_equal(k, key); });
  }

  // nlohmann's text for a number: its dump() of the number as nlohmann parses it.
  bool number_text(od::value& v, std::string_view& out) {
    std::string_view token = trim(v.raw_json_token());
    try {
      out = m_owned.emplace_back(json::parse(token).dump());
    } catch (const json::exception&) {
      return false;
    }
    return true;
  }

  bool read(od::value v, Entry& e) {
    od::json_type type;
    if (v.type().get(type)) return false;
    switch (type) {
      case od::json_type::string: {
        std::string_view s;
        if (v.get_string().get(s)) return false;
        e.kind = Kind::text;
        e.parts.push_back(s);
        return true;
      }
      case od::json_type::number: {
        std::string_view s;
        if (!number_text(v, s)) return false;
        e.kind = Kind::text;
        e.parts.push_back(s);
        return true;
      }
      case od::json_type::array:
        e.kind = Kind::list;
        return leaves(v, e.parts, 1);
      case od::json_type::object:
        return false;  // {"name": ...}-style values and dotted paths: nlohmann's lookups
      default:
        return check(v, 0);
    }
  }

  // The non-empty texts of an array, nested arrays flattened (what as_text() joins).
  bool leaves(od::value v, std::vector<std::string_view>& out, int depth) {
    if (depth > max_fast_depth) return false;
    od::array arr;
    if (v.get_array().get(arr)) return false;
    for (auto el : arr) {
      od::value ev;
      od::json_type type;
      if (std::move(el).get(ev) || ev.type().get(type)) return false;
      std::string_view s;
      switch (type) {
        case od::json_type::string:
          if (ev.get_string().get(s)) return false;
          if (!s.empty()) out.push_back(s);
          break;
        case od::json_type::number:
          if (!number_text(ev, s)) return false;
          out.push_back(s);
          break;
        case od::json_type::array:
          if (!leaves(ev, out, depth + 1)) return false;
          break;
        case od::json_type::object:
          return false;
        default:
          if (!check(ev, depth + 1)) return false;
          break;
      }
    }
    return true;
  }

  // Walks a value nobody reads, so that its syntax is checked all the same.
  static bool check(od::value v, int depth) {
    if (depth > max_fast_depth) return false;
    od::json_type type;
    if (v.type().get(type)) return false;
    switch (type) {
      case od::json_type::object: {
        od::object o;
        if (v.get_object().get(o)) return false;
        for (auto f : o) {
          od::field field;
          std::string_view key;
          if (std::move(f).get(field) || field.unescaped_key().get(key) || !check(field.value(), depth + 1))
            return false;
        }
        return true;
      }
      case od::json_type::array: {
        od::array a;
        if (v.get_array().get(a)) return false;
        for (auto el : a) {
          od::value ev;
          if (std::move(el).get(ev) || !check(ev, depth + 1)) return false;
        }
        return true;
      }
      case od::json_type::string: {
        std::string_view s;
        return !v.get_string().get(s);
      }
      case od::json_type::number: {
        od::number n;  // integers beyond 64 bits fail here; nlohmann reads them as doubles
        return !v.get_number().get(n);
      }
      case od::json_type::boolean: {
        bool b;
        return !v.get_bool().get(b);
      }
      case od::json_type::null: {
        bool null = false;
        return !v.is_null().get(null) && null;
      }
    }
    return false;
  }

  // lookup() over the kept entries.
  const Entry* find(std::string_view name) const {
    if (name.find('.') != std::string_view::npos) return nullptr;  // walks into an object: none kept
    const Entry* exact = nullptr;
    const Entry* folded = nullptr;
    for (const auto& e : m_entries) {
      if (e.key == name) {
        exact = &e;
      } else if (!exact && ci_equal(e.key, name) && (!folded || e.key <= folded->key)) {
        folded = &e;
      }
    }
    return exact ? exact : folded;
  }

  std::optional<std::string> pick(const std::vector<std::string>& names, const char* joiner) const {
    for (const auto& n : names) {
      const Entry* e = find(n);
      if (!e || e->kind == Kind::none) continue;
      if (e->kind == Kind::text) {
        if (!trim(e->parts[0]).empty()) return clean_field(e->parts[0]);
        continue;
      }
      std::string joined;
      for (std::string_view p : e->parts) {
        if (!joined.empty()) joined += joiner;
        joined += p;
      }
      if (!trim(joined).empty()) return clean_field(joined);
    }
    return std::nullopt;
  }

  std::vector<std::vector<std::string>> m_names;  // per field of field_defs()
  std::vector<std::string> m_keys;                // first parts of every name: the keys worth keeping
  od::parser m_parser;
  std::string m_padded;
  std::vector<Entry> m_entries;
  std::deque<std::string> m_owned;  // number texts the entries point into
};

std::string json_error_text(const std::exception& e) {
  std::string msg = e.what();
  // "[json.exception.parse_error.101] parse error at line 1, column 9: ..." → the part after ']'.
  if (auto close = msg.find("] "); msg.rfind("[json.exception", 0) == 0 && close != std::string::npos)
    msg = msg.substr(close + 2);
  return msg;
}

// Parses one object's text and delivers it; errors name the record's line.
void handle_object(std::string_view raw, std::uint64_t line, std::int64_t index, const char* format,
                   InputContext& ctx, FastReader& fast) {
  Decoded d = ctx.decode_record(raw);
  // Parse's own records are articles already: kept whole (dateline, updated, headings, read-also
  // with their articles, provenance), not mapped onto a scraper's fields to be segmented again.
  // The search for the schema's id keeps other records off this path at the cost of a memchr.
  if (d.text.find(article_schema_id) != std::string::npos) {
    auto record = article_record_from_json(d.text);
    if (!record) {
      ctx.report(
          Severity::error, kind::malformed_json, ctx.at_record(line, index),
          "malformed " + std::string(article_schema_id) + " record: " + record.error().message + ", skipped");
      return;
    }
    if (record->has_value()) {
      Document doc;
      doc.format = format;
      doc.input.record = index;
      doc.raw = std::string(raw);
      // What the loader's Arabic-text check reads (the pipeline does not segment it): every line
      // of the input the record accounts for, since parse kept a record whose lines all left the body.
      const Article& a = **record;
      if (a.title) doc.text = *a.title + "\n";
      doc.text += body_text(a.body);
      for (const auto& r : a.removed) doc.text += "\n" + r.text;
      doc.article = std::make_shared<const Article>(std::move(**record));
      ctx.deliver(std::move(doc), d, ctx.at_line(line));
      return;
    }
  }
  {
    Document doc;
    if (fast.fill(d.text, doc)) {
      doc.format = format;
      doc.input.record = index;
      doc.raw = std::string(raw);
      ctx.deliver(std::move(doc), d, ctx.at_line(line));
      return;
    }
  }
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
    ctx.report(Severity::error, kind::malformed_json, ctx.at_record(at, index),
               "malformed JSON record: " + msg + ", skipped");
    return;
  }
  if (!obj.is_object()) {
    ctx.report(Severity::error, kind::json_not_object, ctx.at_record(line, index),
               "JSON record is not an object, skipped");
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

std::optional<Document> json_fields_fast(const std::string& text, const InputContext& ctx) {
  FastReader fast(ctx);
  std::string padded = text;
  padded.reserve(text.size() + simdjson::SIMDJSON_PADDING);
  Document doc;
  if (!fast.fill(padded, doc)) return std::nullopt;
  return doc;
}

std::optional<Document> json_fields_reference(const std::string& text, const InputContext& ctx) {
  json obj;
  try {
    obj = json::parse(text);
  } catch (const json::exception&) {
    return std::nullopt;
  }
  if (!obj.is_object()) return std::nullopt;
  Document doc;
  fill_from_object(obj, ctx, doc);
  return doc;
}

void read_jsonl(BufferedInput& in, InputContext& ctx) {
  LineScanner scanner;
  FastReader fast(ctx);
  std::int64_t index = 0;
  bool first = true;
  split_records(in, scanner, ctx, [&](std::string_view raw, std::uint64_t line, std::uint64_t, bool) {
    if (first && raw.substr(0, 3) == "\xEF\xBB\xBF") raw.remove_prefix(3);
    first = false;
    raw = trim(raw);
    if (raw.empty()) return;
    handle_object(raw, line, index++, "jsonl", ctx, fast);
  });
}

void read_json(BufferedInput& in, InputContext& ctx) {
  ValueScanner scanner;
  FastReader fast(ctx);
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
                    ctx.report(Severity::error, kind::malformed_json, ctx.at_line(line), what);
                    return;
                  }
                  handle_object(raw, line, index++, "json", ctx, fast);
                });
}

}  // namespace akhbar::detail
