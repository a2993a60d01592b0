// Article <-> JSON, in the key order of docs/article.schema.json (written by json_writer.cpp).
#include <akhbar/record.h>

#include <algorithm>
#include <nlohmann/json.hpp>

namespace akhbar {
namespace {

// Reads an optional string member; a present member of another type is an error.
bool get_opt(const nlohmann::json& o, const char* key, std::optional<std::string>& out, std::string& err) {
  auto it = o.find(key);
  if (it == o.end() || it->is_null()) return true;
  if (!it->is_string()) {
    err = std::string("\"") + key + "\" is not a string";
    return false;
  }
  out = it->get<std::string>();
  return true;
}

bool get_blocks(const nlohmann::json& o, const char* key, std::vector<Block>& out, std::string& err) {
  auto it = o.find(key);
  if (it == o.end() || it->is_null()) return true;
  if (!it->is_array()) {
    err = std::string("\"") + key + "\" is not an array";
    return false;
  }
  for (const auto& b : *it) {
    if (!b.is_object() || !b.contains("text") || !b["text"].is_string()) {
      err = std::string("a block of \"") + key + "\" has no text";
      return false;
    }
    // json::value() throws on a "type" that is not a string: check rather than abort the import.
    std::optional<std::string> type;
    if (!get_opt(b, "type", type, err)) {
      err = std::string("a block of \"") + key + "\" has a \"type\" that is not a string";
      return false;
    }
    Block blk;
    blk.text = b["text"].get<std::string>();
    blk.type = type == "heading" ? Block::Type::heading : Block::Type::paragraph;
    out.push_back(std::move(blk));
  }
  return true;
}

bool get_links(const nlohmann::json& o, const char* key, std::vector<Link>& out, std::string& err) {
  auto it = o.find(key);
  if (it == o.end() || it->is_null()) return true;
  if (!it->is_array()) {
    err = std::string("\"") + key + "\" is not an array";
    return false;
  }
  for (const auto& l : *it) {
    Link link;
    if (l.is_string()) {
      link.title = l.get<std::string>();
    } else if (l.is_object() && l.contains("title") && l["title"].is_string()) {
      link.title = l["title"].get<std::string>();
      if (!get_opt(l, "url", link.url, err) || !get_blocks(l, "body", link.body, err)) return false;
    } else {
      err = std::string("an item of \"") + key + "\" has no title";
      return false;
    }
    out.push_back(std::move(link));
  }
  return true;
}

}  // namespace

std::string_view to_string(Block::Type type) {
  return type == Block::Type::heading ? "heading" : "paragraph";
}

std::string body_text(const std::vector<Block>& blocks) {
  std::string out;
  for (const auto& b : blocks) {
    if (!out.empty()) out += '\n';
    out += b.text;
  }
  return out;
}

std::string to_json_line(const Article& a) {
  std::string out;
  append_json_line(a, out);
  return out;
}

namespace {

// The fields of a parsed JSON object that has the schema's shape.
Result<Article> read_article(const nlohmann::json& o) {
  Article a;
  std::string err;
  if (auto it = o.find("input"); it != o.end() && it->is_object()) {
    const auto& in = *it;
    std::optional<std::string> s;
    if (!get_opt(in, "path", s, err)) return Error{err, ""};
    a.input.path = s.value_or("");
    s.reset();
    if (!get_opt(in, "encoding", s, err)) return Error{err, ""};
    a.input.encoding = s.value_or("");
    s.reset();
    if (!get_opt(in, "sha256", s, err)) return Error{err, ""};
    a.input.sha256 = s.value_or("");
    if (!get_opt(in, "url", a.input.url, err)) return Error{err, ""};
    if (auto r = in.find("record"); r != in.end() && r->is_number_integer()) a.input.record = r->get<std::int64_t>();
  }
  if (!get_opt(o, "title", a.title, err) || !get_opt(o, "published", a.published, err) ||
      !get_opt(o, "updated", a.updated, err) || !get_opt(o, "dateline", a.dateline, err) ||
      !get_opt(o, "source", a.source, err) || !get_opt(o, "author", a.author, err) ||
      !get_blocks(o, "body", a.body, err) || !get_links(o, "read_also", a.read_also, err) ||
      !get_links(o, "related", a.related, err))
    return Error{err, ""};
  if (auto it = o.find("removed"); it != o.end() && it->is_array()) {
    for (const auto& r : *it) {
      if (!r.is_object() || !r.contains("text") || !r["text"].is_string()) return Error{"a removed item has no text", ""};
      std::optional<std::string> kind;
      if (!get_opt(r, "kind", kind, err))
        return Error{"a removed item has a \"kind\" that is not a string", ""};
      a.removed.push_back({kind.value_or("removed"), r["text"].get<std::string>()});
    }
  }
  if (auto it = o.find("warnings"); it != o.end() && it->is_array()) {
    for (const auto& w : *it)
      if (w.is_string()) a.warnings.push_back({kind::stored, w.get<std::string>()});
  }
  return a;
}

bool is_sha256(std::string_view s) {
  return s.size() == 64 && std::all_of(s.begin(), s.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

}  // namespace

Result<Article> article_from_json(std::string_view text) {
  nlohmann::json o = nlohmann::json::parse(text, nullptr, false);
  if (o.is_discarded()) return Error{"not valid JSON", ""};
  if (!o.is_object()) return Error{"not a JSON object", ""};
  return read_article(o);
}

Result<std::optional<Article>> article_record_from_json(std::string_view text) {
  nlohmann::json o = nlohmann::json::parse(text, nullptr, false);
  if (o.is_discarded() || !o.is_object()) return std::optional<Article>();
  auto schema = o.find("schema");
  if (schema == o.end() || !schema->is_string() || schema->get_ref<const std::string&>() != article_schema_id)
    return std::optional<Article>();
  // The archive knows an input by its path, record and SHA-256: a record without them names none.
  auto in = o.find("input");
  if (in == o.end() || !in->is_object()) return Error{"\"input\" is not an object", ""};
  if (auto p = in->find("path"); p == in->end() || !p->is_string())
    return Error{"\"input\" has no \"path\"", ""};
  if (auto h = in->find("sha256");
      h == in->end() || !h->is_string() || !is_sha256(h->get_ref<const std::string&>()))
    return Error{"\"input\" has no \"sha256\" of 64 lowercase hex digits", ""};
  auto a = read_article(o);
  if (!a) return a.error();
  return std::optional<Article>(std::move(a).value());
}

}  // namespace akhbar
