// The article record as JSON, written directly (see detail_json.h for why).
#include "export/detail_json.h"

namespace akhbar::detail {
namespace {

bool continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

void append_opt(const std::optional<std::string>& v, std::string& out) {
  if (v)
    append_json_string(*v, out);
  else
    out += "null";
}

void append_blocks(const std::vector<Block>& blocks, std::string& out) {
  out += '[';
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (i) out += ',';
    out += blocks[i].type == Block::Type::heading ? "{\"type\":\"heading\",\"text\":" : "{\"type\":\"paragraph\",\"text\":";
    append_json_string(blocks[i].text, out);
    out += '}';
  }
  out += ']';
}

void append_links(const std::vector<Link>& links, std::string& out) {
  out += '[';
  for (std::size_t i = 0; i < links.size(); ++i) {
    if (i) out += ',';
    out += "{\"title\":";
    append_json_string(links[i].title, out);
    out += ",\"url\":";
    append_opt(links[i].url, out);
    if (!links[i].body.empty()) {
      out += ",\"body\":";
      append_blocks(links[i].body, out);
    }
    out += '}';
  }
  out += ']';
}

}  // namespace

bool article_valid_utf8(const Article& a) {
  auto ok = [](const std::optional<std::string>& v) { return !v || valid_utf8(*v); };
  auto blocks_ok = [](const std::vector<Block>& blocks) {
    for (const auto& b : blocks)
      if (!valid_utf8(b.text)) return false;
    return true;
  };
  auto links_ok = [&](const std::vector<Link>& links) {
    for (const auto& l : links)
      if (!valid_utf8(l.title) || !ok(l.url) || !blocks_ok(l.body)) return false;
    return true;
  };
  if (!valid_utf8(a.input.path) || !ok(a.input.url) || !valid_utf8(a.input.encoding) || !valid_utf8(a.input.sha256))
    return false;
  if (!ok(a.title) || !ok(a.published) || !ok(a.updated) || !ok(a.dateline) || !ok(a.source) || !ok(a.author))
    return false;
  if (!blocks_ok(a.body) || !links_ok(a.read_also) || !links_ok(a.related)) return false;
  for (const auto& r : a.removed)
    if (!valid_utf8(r.kind) || !valid_utf8(r.text)) return false;
  for (const auto& w : a.warnings)
    if (!valid_utf8(w)) return false;
  return true;
}

bool valid_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  std::size_t n = s.size(), i = 0;
  while (i < n) {
    unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len;
    unsigned char lo = 0x80, hi = 0xBF;  // the allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      return false;
    }
    if (i + len > n || p[i + 1] < lo || p[i + 1] > hi) return false;
    for (std::size_t k = 2; k < len; ++k)
      if (!continuation(p[i + k])) return false;
    i += len;
  }
  return true;
}

void append_json_string(std::string_view s, std::string& out) {
  out += '"';
  std::size_t run = 0;  // start of the bytes not yet copied
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(s.data() + run, i - run);
    run = i + 1;
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

void append_record_json(const Article& a, std::string& out) {
  // Invalid UTF-8 cannot come from the loader; if it is there anyway, nlohmann's replacement
  // rules decide what is printed, so let it print.
  if (!article_valid_utf8(a)) {
    out += to_json_line(a);
    return;
  }
  out += "{\"schema\":";
  append_json_string(article_schema_id, out);
  out += ",\"input\":{\"path\":";
  append_json_string(a.input.path, out);
  out += ",\"record\":";
  out += std::to_string(a.input.record);
  out += ",\"url\":";
  append_opt(a.input.url, out);
  out += ",\"encoding\":";
  append_json_string(a.input.encoding, out);
  out += ",\"sha256\":";
  append_json_string(a.input.sha256, out);
  out += "},\"title\":";
  append_opt(a.title, out);
  out += ",\"published\":";
  append_opt(a.published, out);
  out += ",\"updated\":";
  append_opt(a.updated, out);
  out += ",\"dateline\":";
  append_opt(a.dateline, out);
  out += ",\"source\":";
  append_opt(a.source, out);
  out += ",\"author\":";
  append_opt(a.author, out);
  out += ",\"body\":";
  append_blocks(a.body, out);
  out += ",\"read_also\":";
  append_links(a.read_also, out);
  out += ",\"related\":";
  append_links(a.related, out);
  out += ",\"removed\":[";
  for (std::size_t i = 0; i < a.removed.size(); ++i) {
    if (i) out += ',';
    out += "{\"kind\":";
    append_json_string(a.removed[i].kind, out);
    out += ",\"text\":";
    append_json_string(a.removed[i].text, out);
    out += '}';
  }
  out += ']';
  if (!a.warnings.empty()) {
    out += ",\"warnings\":[";
    for (std::size_t i = 0; i < a.warnings.size(); ++i) {
      if (i) out += ',';
      append_json_string(a.warnings[i], out);
    }
    out += ']';
  }
  out += '}';
}

}  // namespace akhbar::detail
