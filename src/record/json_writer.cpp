// The one writer of JSON strings and of the article record: it appends straight into one buffer
// instead of building an nlohmann tree first (several times faster for parse and the jsonl/es-bulk
// exports), and prints byte for byte what nlohmann's compact dump with error_handler_t::replace
// prints (tests/unit/record/ keep nlohmann as the oracle).
#include <akhbar/record.h>
#include <akhbar/text.h>
#include <simdjson.h>

#include <cstdint>
#include <cstring>

namespace akhbar {
namespace {

// Appends JSON values to one buffer.
struct Out {
  std::string& out;

  void str(std::string_view s) { append_json_string(s, out); }
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

// True when `s` is well-formed UTF-8 (RFC 3629: no overlongs, surrogates or values past U+10FFFF).
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

// Appends valid UTF-8 `s` as a JSON string.
void append_escaped(std::string_view s, std::string& out) {
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
}

}  // namespace

void append_json_string(std::string_view s, std::string& out) {
  // Validate first, then escape: two tight loops are faster than one that does both a byte at a
  // time, and most strings (Arabic paragraphs) have nothing to escape at all.
  if (valid_utf8(s)) return append_escaped(s, out);
  // Ill-formed UTF-8 cannot come from the loader; if it is there anyway, print what nlohmann's
  // replace handler prints: one U+FFFD per maximal ill-formed subpart, as next_code_point reads.
  std::string fixed;
  fixed.reserve(s.size() + 8);
  for (std::size_t i = 0; i < s.size();) append_utf8(fixed, next_code_point(s, i));
  append_escaped(fixed, out);
}

void append_json_line(const Article& a, std::string& buffer) {
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
}

}  // namespace akhbar
