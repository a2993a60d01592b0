// The article record as JSON, written directly (see detail_json.h for why).
#include <cstdint>
#include <cstring>
#include <simdjson.h>

#include "record/detail_json.h"

namespace akhbar::detail {
namespace {

// Appends JSON values to one buffer, remembering whether every string was valid UTF-8.
struct Out {
  std::string& out;
  bool ok = true;

  void str(std::string_view s) { ok = append_json_string(s, out) && ok; }
  void opt(const std::optional<std::string>& v) {
    if (v)
      str(*v);
    else
      out += "null";
  }
  void blocks(const std::vector<Block>& blocks) {
    out += '[';
    for (std::size_t i = 0; i < blocks.size(); ++i) {
      if (i) out += ',';
      out += blocks[i].type == Block::Type::heading ? "{\"type\":\"heading\",\"text\":"
                                                    : "{\"type\":\"paragraph\",\"text\":";
      str(blocks[i].text);
      out += '}';
    }
    out += ']';
  }
  void links(const std::vector<Link>& links) {
    out += '[';
    for (std::size_t i = 0; i < links.size(); ++i) {
      if (i) out += ',';
      out += "{\"title\":";
      str(links[i].title);
      out += ",\"url\":";
      opt(links[i].url);
      if (!links[i].body.empty()) {
        out += ",\"body\":";
        blocks(links[i].body);
      }
      out += '}';
    }
    out += ']';
  }
};

}  // namespace

bool valid_utf8(std::string_view s) {
  // simdjson's validator checks 16-64 bytes per step: about ten times the byte loop on Arabic text.
  return simdjson::validate_utf8(s.data(), s.size());
}

// True when one of the 8 bytes in w is below 0x20, '"' or '\\' (the bytes JSON escapes); exact
// for the word as a whole (Anderson's bit hacks: "determine if a word has a byte less than n").
bool needs_escape(std::uint64_t w) {
  constexpr std::uint64_t ones = 0x0101010101010101, high = 0x8080808080808080;
  auto has_zero = [](std::uint64_t v) { return (v - ones) & ~v & high; };
  return (((w - 0x20 * ones) & ~w & high) | has_zero(w ^ ('"' * ones)) | has_zero(w ^ ('\\' * ones))) != 0;
}

bool append_json_string(std::string_view s, std::string& out) {
  // Validate first, then escape: two tight loops are faster than one that does both a byte at a
  // time, and most strings (Arabic paragraphs) have nothing to escape at all.
  if (!valid_utf8(s)) return false;
  out += '"';
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t run = 0;  // start of the bytes not yet copied
  for (std::size_t i = 0; i < n;) {
    if (i + 8 <= n) {
      std::uint64_t w;
      std::memcpy(&w, p + i, 8);
      if (!needs_escape(w)) {
        i += 8;
        continue;
      }
    }
    auto c = p[i];
    if (c >= 0x20 && c != '"' && c != '\\') {
      ++i;
      continue;
    }
    out.append(s.data() + run, i - run);
    run = ++i;
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\r':
        out += "\\r";
        break;
      default: {
        static const char hex[] = "0123456789abcdef";
        out += "\\u00";
        out += hex[c >> 4];
        out += hex[c & 0xF];
      }
    }
  }
  out.append(s.data() + run, s.size() - run);
  out += '"';
  return true;
}

void append_record_json(const Article& a, std::string& buffer) {
  std::size_t start = buffer.size();
  Out o{buffer};
  std::string& out = buffer;
  out += "{\"schema\":";
  o.str(article_schema_id);
  out += ",\"input\":{\"path\":";
  o.str(a.input.path);
  out += ",\"record\":";
  out += std::to_string(a.input.record);
  out += ",\"url\":";
  o.opt(a.input.url);
  out += ",\"encoding\":";
  o.str(a.input.encoding);
  out += ",\"sha256\":";
  o.str(a.input.sha256);
  out += "},\"title\":";
  o.opt(a.title);
  out += ",\"published\":";
  o.opt(a.published);
  out += ",\"updated\":";
  o.opt(a.updated);
  out += ",\"dateline\":";
  o.opt(a.dateline);
  out += ",\"source\":";
  o.opt(a.source);
  out += ",\"author\":";
  o.opt(a.author);
  out += ",\"body\":";
  o.blocks(a.body);
  out += ",\"read_also\":";
  o.links(a.read_also);
  out += ",\"related\":";
  o.links(a.related);
  out += ",\"removed\":[";
  for (std::size_t i = 0; i < a.removed.size(); ++i) {
    if (i) out += ',';
    out += "{\"kind\":";
    o.str(a.removed[i].kind);
    out += ",\"text\":";
    o.str(a.removed[i].text);
    out += '}';
  }
  out += ']';
  if (!a.warnings.empty()) {
    out += ",\"warnings\":[";
    for (std::size_t i = 0; i < a.warnings.size(); ++i) {
      if (i) out += ',';
      o.str(a.warnings[i].message);
    }
    out += ']';
  }
  out += '}';
  // Invalid UTF-8 cannot come from the loader; if it is there anyway, nlohmann's replacement
  // rules decide what is printed, so let it print.
  if (!o.ok) {
    buffer.resize(start);
    buffer += record_json_reference(a);
  }
}

}  // namespace akhbar::detail
