// The article record as JSON, written directly (see detail_json.h for why).
#include "record/detail_json.h"

namespace akhbar::detail {
namespace {

bool continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// The length of the well-formed UTF-8 sequence (RFC 3629: no overlongs, surrogates or values past
// U+10FFFF) that starts at p[0] (>= 0x80), or 0 when it is not one.
std::size_t sequence_length(const unsigned char* p, std::size_t n) {
  unsigned char c = p[0];
  if (c >= 0xC2 && c <= 0xDF) return n >= 2 && continuation(p[1]) ? 2 : 0;
  unsigned char lo = 0x80, hi = 0xBF;  // the allowed range of the second byte
  std::size_t len;
  if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (n < len || p[1] < lo || p[1] > hi) return 0;
  for (std::size_t k = 2; k < len; ++k)
    if (!continuation(p[k])) return 0;
  return len;
}

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
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  std::size_t n = s.size(), i = 0;
  while (i < n) {
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = sequence_length(p + i, n - i);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

bool append_json_string(std::string_view s, std::string& out) {
  out += '"';
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  std::size_t run = 0;  // start of the bytes not yet copied
  for (std::size_t i = 0; i < s.size();) {
    auto c = p[i];
    if (c >= 0x80) {
      std::size_t len = sequence_length(p + i, s.size() - i);
      if (len == 0) return false;
      i += len;
      continue;
    }
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
      o.str(a.warnings[i]);
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
