// TEI XML export and import with pugixml.
//
// One article:
//   <TEI xml:id="akhbar-ID" xml:lang="ar">
//     <teiHeader><fileDesc>
//       <titleStmt><title>…</title></titleStmt>
//       <publicationStmt><authority>akhbar</authority><idno type="akhbar">ID</idno></publicationStmt>
//       <notesStmt><note type="warning">…</note></notesStmt>            (parser warnings, if any)
//       <sourceDesc><bibl>  title? author? publisher(source)? date[@type=published|updated]?
//                           idno[@type=URL|path|record|encoding|sha256]  </bibl></sourceDesc>
//     </fileDesc></teiHeader>
//     <text><body><div type="article">
//       <head type="title">…</head>? <dateline>…</dateline>? <byline>…</byline>?
//       <p>…</p>…  <div type="section"><head>…</head><p>…</p></div>…
//     </div></body>
//     <back>  <div type="read-also|related"><list><item><title/><idno type="URL"/>?<p/>…</item></list></div>
//             <div type="removed"><list><item n="KIND">…</item></list></div>  </back>
//   </text></TEI>
// The record's fields are read back from the header's <bibl>, so the body's title head is only
// for readers. TEI does not let a <div> hold a <head> alone, so a heading followed directly by
// another one nests the second section inside the first, and an empty section or body gets a
// <p rend="empty"/> that the reader skips.
#include <cstring>
#include <istream>
#include <ostream>
#include <pugixml.hpp>
#include <string_view>

#include "export/detail_tei.h"

namespace akhbar::detail {
namespace {

// XML 1.0 forbids most control characters; replace them (and U+FFFE/U+FFFF) with U+FFFD so that
// the document stays well-formed whatever the text holds.
std::string xml_safe(std::string_view s) {
  bool clean = true;
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') ||
        (c == 0xEF && i + 2 < s.size() && s[i + 1] == '\xBF' && (s[i + 2] == '\xBE' || s[i + 2] == '\xBF'))) {
      clean = false;
      break;
    }
  }
  if (clean) return std::string(s);
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
      out += "\xEF\xBF\xBD";
    } else if (c == 0xEF && i + 2 < s.size() && s[i + 1] == '\xBF' &&
               (s[i + 2] == '\xBE' || s[i + 2] == '\xBF')) {
      out += "\xEF\xBF\xBD";
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

pugi::xml_node add_text(pugi::xml_node parent, const char* name, std::string_view text) {
  auto node = parent.append_child(name);
  if (!text.empty()) node.append_child(pugi::node_pcdata).set_value(xml_safe(text).c_str());
  return node;
}

bool digits(std::string_view s, std::size_t from, std::size_t n) {
  if (s.size() < from + n) return false;
  for (std::size_t i = from; i < from + n; ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

// The W3C form of an ISO 8601 date for @when (TEI's teidata.temporal.w3c), or "" when the text
// has none: YYYY, YYYY-MM, YYYY-MM-DD, or a date-time with seconds (added when missing).
std::string w3c_when(std::string_view s) {
  if (!digits(s, 0, 4)) return "";
  if (s.size() == 4) return std::string(s);
  if (s[4] != '-' || !digits(s, 5, 2)) return "";
  if (s.size() == 7) return std::string(s);
  if (s[7] != '-' || !digits(s, 8, 2)) return "";
  if (s.size() == 10) return std::string(s);
  if (s[10] != 'T' || !digits(s, 11, 2) || s.size() < 16 || s[13] != ':' || !digits(s, 14, 2)) return "";
  std::string out(s.substr(0, 16));
  std::size_t i = 16;
  if (i < s.size() && s[i] == ':') {
    if (!digits(s, i + 1, 2)) return "";
    out += s.substr(i, 3);
    i += 3;
    if (i < s.size() && s[i] == '.') {
      std::size_t j = i + 1;
      while (j < s.size() && s[j] >= '0' && s[j] <= '9') ++j;
      if (j == i + 1) return "";
      out += s.substr(i, j - i);
      i = j;
    }
  } else {
    out += ":00";
  }
  if (i == s.size()) return out;
  if (s[i] == 'Z' && i + 1 == s.size()) return out + "Z";
  if ((s[i] == '+' || s[i] == '-') && s.size() == i + 6 && digits(s, i + 1, 2) && s[i + 3] == ':' &&
      digits(s, i + 4, 2))
    return out + std::string(s.substr(i));
  return "";
}

void add_date(pugi::xml_node bibl, const char* type, const std::optional<std::string>& value) {
  if (!value) return;
  auto date = bibl.append_child("date");
  date.append_attribute("type").set_value(type);
  if (auto when = w3c_when(*value); !when.empty()) date.append_attribute("when").set_value(when.c_str());
  if (!value->empty()) date.append_child(pugi::node_pcdata).set_value(xml_safe(*value).c_str());
}

void add_idno(pugi::xml_node parent, const char* type, std::string_view value) {
  auto idno = add_text(parent, "idno", value);
  idno.append_attribute("type").set_value(type);
}

void add_empty_p(pugi::xml_node parent) {
  parent.append_child("p").append_attribute("rend").set_value("empty");
}

// True when a section <div> holds nothing but its <head> (and nested sections may go in it).
bool only_head(pugi::xml_node div) {
  auto first = div.first_child();
  return first && std::strcmp(first.name(), "head") == 0 && !first.next_sibling();
}

void add_body(pugi::xml_node article, const std::vector<Block>& body) {
  pugi::xml_node current = article;
  for (const auto& block : body) {
    if (block.type == Block::Type::heading) {
      pugi::xml_node parent = current != article && only_head(current) ? current : article;
      current = parent.append_child("div");
      current.append_attribute("type").set_value("section");
      add_text(current, "head", block.text);
    } else {
      add_text(current, "p", block.text);
    }
  }
  if (current != article && only_head(current)) add_empty_p(current);
  bool has_content = false;
  for (auto child : article.children())
    if (std::strcmp(child.name(), "p") == 0 || std::strcmp(child.name(), "div") == 0) has_content = true;
  if (!has_content) add_empty_p(article);
}

void add_links(pugi::xml_node back, const char* type, const std::vector<Link>& links) {
  if (links.empty()) return;
  auto div = back.append_child("div");
  div.append_attribute("type").set_value(type);
  auto list = div.append_child("list");
  for (const auto& link : links) {
    auto item = list.append_child("item");
    add_text(item, "title", link.title);
    if (link.url) add_idno(item, "URL", *link.url);
    for (const auto& b : link.body) {
      auto p = add_text(item, "p", b.text);
      if (b.type == Block::Type::heading) p.append_attribute("rend").set_value("heading");
    }
  }
}

void build(std::int64_t id, const Article& a, pugi::xml_node tei) {
  if (id > 0) tei.append_attribute("xml:id").set_value(("akhbar-" + std::to_string(id)).c_str());
  tei.append_attribute("xml:lang").set_value("ar");

  auto file_desc = tei.append_child("teiHeader").append_child("fileDesc");
  add_text(file_desc.append_child("titleStmt"), "title", a.title.value_or(""));
  auto publication = file_desc.append_child("publicationStmt");
  add_text(publication, "authority", "akhbar");
  if (id > 0) add_idno(publication, "akhbar", std::to_string(id));
  if (!a.warnings.empty()) {
    auto notes = file_desc.append_child("notesStmt");
    for (const auto& w : a.warnings)
      add_text(notes, "note", w.message).append_attribute("type").set_value("warning");
  }
  auto bibl = file_desc.append_child("sourceDesc").append_child("bibl");
  if (a.title) add_text(bibl, "title", *a.title);
  if (a.author) add_text(bibl, "author", *a.author);
  if (a.source) add_text(bibl, "publisher", *a.source);
  add_date(bibl, "published", a.published);
  add_date(bibl, "updated", a.updated);
  if (a.input.url) add_idno(bibl, "URL", *a.input.url);
  add_idno(bibl, "path", a.input.path);
  add_idno(bibl, "record", std::to_string(a.input.record));
  add_idno(bibl, "encoding", a.input.encoding);
  add_idno(bibl, "sha256", a.input.sha256);

  auto text = tei.append_child("text");
  auto article = text.append_child("body").append_child("div");
  article.append_attribute("type").set_value("article");
  if (a.title && !a.title->empty())
    add_text(article, "head", *a.title).append_attribute("type").set_value("title");
  if (a.dateline) add_text(article, "dateline", *a.dateline);
  if (a.author) add_text(article, "byline", *a.author);
  add_body(article, a.body);

  if (a.read_also.empty() && a.related.empty() && a.removed.empty()) return;
  auto back = text.append_child("back");
  add_links(back, "read-also", a.read_also);
  add_links(back, "related", a.related);
  if (!a.removed.empty()) {
    auto div = back.append_child("div");
    div.append_attribute("type").set_value("removed");
    auto list = div.append_child("list");
    for (const auto& r : a.removed)
      add_text(list, "item", r.text).append_attribute("n").set_value(r.kind.c_str());
  }
}

// ---- reading ----

bool is(pugi::xml_node node, const char* name) { return std::strcmp(node.name(), name) == 0; }

std::string type_of(pugi::xml_node node) { return node.attribute("type").value(); }

void read_body(pugi::xml_node div, std::vector<Block>& body) {
  for (auto child : div.children()) {
    if (is(child, "head") && type_of(child) != "title") {
      body.push_back({Block::Type::heading, child.child_value()});
    } else if (is(child, "p") && std::strcmp(child.attribute("rend").value(), "empty") != 0) {
      body.push_back({Block::Type::paragraph, child.child_value()});
    } else if (is(child, "div")) {
      read_body(child, body);
    }
  }
}

void read_links(pugi::xml_node div, std::vector<Link>& links) {
  for (auto item : div.child("list").children("item")) {
    Link link;
    link.title = item.child_value("title");
    for (auto child : item.children()) {
      if (is(child, "idno") && type_of(child) == "URL") link.url = child.child_value();
      if (is(child, "p"))
        link.body.push_back({std::strcmp(child.attribute("rend").value(), "heading") == 0
                                 ? Block::Type::heading
                                 : Block::Type::paragraph,
                             child.child_value()});
    }
    links.push_back(std::move(link));
  }
}

Result<Article> read_tei(pugi::xml_node tei) {
  Article a;
  auto file_desc = tei.child("teiHeader").child("fileDesc");
  auto bibl = file_desc.child("sourceDesc").child("bibl");
  if (!bibl) return Error{"<TEI> has no teiHeader/fileDesc/sourceDesc/bibl", ""};
  for (auto note : file_desc.child("notesStmt").children("note"))
    if (type_of(note) == "warning") a.warnings.push_back({kind::stored, note.child_value()});
  for (auto child : bibl.children()) {
    if (is(child, "title")) a.title = child.child_value();
    if (is(child, "author")) a.author = child.child_value();
    if (is(child, "publisher")) a.source = child.child_value();
    if (is(child, "date")) {
      if (type_of(child) == "published") a.published = child.child_value();
      if (type_of(child) == "updated") a.updated = child.child_value();
    }
    if (is(child, "idno")) {
      std::string type = type_of(child), value = child.child_value();
      if (type == "URL") a.input.url = value;
      if (type == "path") a.input.path = value;
      if (type == "encoding") a.input.encoding = value;
      if (type == "sha256") a.input.sha256 = value;
      if (type == "record") {
        try {
          a.input.record = std::stoll(value);
        } catch (const std::exception&) {
          return Error{"<idno type=\"record\"> is not a number: '" + value + "'", ""};
        }
      }
    }
  }
  auto text = tei.child("text");
  for (auto div : text.child("body").children("div")) {
    if (type_of(div) != "article") continue;
    if (auto dateline = div.child("dateline")) a.dateline = dateline.child_value();
    read_body(div, a.body);
  }
  for (auto div : text.child("back").children("div")) {
    std::string type = type_of(div);
    if (type == "read-also") read_links(div, a.read_also);
    if (type == "related") read_links(div, a.related);
    if (type == "removed")
      for (auto item : div.child("list").children("item"))
        a.removed.push_back({item.attribute("n").value(), item.child_value()});
  }
  return a;
}

// Where "<TEI" starts an element (not "<TEIx" or "<teiHeader") at or after `from`.
std::size_t find_tei_start(const std::string& buf, std::size_t from) {
  for (std::size_t at = buf.find("<TEI", from); at != std::string::npos; at = buf.find("<TEI", at + 1)) {
    if (at + 4 >= buf.size()) return std::string::npos;  // need the next byte to decide
    char next = buf[at + 4];
    if (next == '>' || next == ' ' || next == '\t' || next == '\n' || next == '\r' || next == '/') return at;
  }
  return std::string::npos;
}

}  // namespace

void tei_begin(std::ostream& out) {
  pugi::xml_document doc;
  auto corpus = doc.append_child("teiCorpus");
  corpus.append_attribute("xmlns").set_value(tei_namespace);
  auto file_desc = corpus.append_child("teiHeader").append_child("fileDesc");
  add_text(file_desc.append_child("titleStmt"), "title", "akhbar export");
  add_text(file_desc.append_child("publicationStmt"), "p", "Exported from an akhbar archive.");
  add_text(file_desc.append_child("sourceDesc"), "p",
           "Arabic news articles parsed by akhbar; the header of each TEI element names its source.");
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<teiCorpus xmlns=\"" << tei_namespace << "\">\n";
  corpus.first_child().print(out, "  ", pugi::format_indent, pugi::encoding_utf8, 1);
}

void tei_article(std::int64_t id, const Article& article, std::ostream& out) {
  pugi::xml_document doc;
  auto tei = doc.append_child("TEI");
  build(id, article, tei);
  tei.print(out, "  ", pugi::format_indent, pugi::encoding_utf8, 1);
}

void tei_end(std::ostream& out) { out << "</teiCorpus>\n"; }

Result<void> tei_import(std::istream& in, const std::string& name, const std::function<void(Article&&)>& fn) {
  // Streams: keeps only the unread part of the input, parsing each <TEI>…</TEI> on its own, so a
  // large corpus never sits in memory as one DOM.
  std::string buf;
  std::size_t consumed = 0;  // bytes of the input before buf[0]
  std::size_t scan = 0;
  bool eof = false, corpus = false, seen = false;
  std::string head;  // what came before the first <TEI>, to know whether a </teiCorpus> must end it
  auto fill = [&] {
    char chunk[1 << 16];
    in.read(chunk, sizeof chunk);
    buf.append(chunk, static_cast<std::size_t>(in.gcount()));
    if (!in) eof = true;
  };
  while (true) {
    std::size_t start = find_tei_start(buf, scan);
    if (start == std::string::npos) {
      if (eof) break;
      scan = buf.size() > 4 ? buf.size() - 4 : 0;
      fill();
      continue;
    }
    if (!seen) {
      head = buf.substr(0, start);
      corpus = head.find("<teiCorpus") != std::string::npos;
      seen = true;
    }
    std::size_t end = buf.find("</TEI>", start);
    while (end == std::string::npos && !eof) {
      std::size_t from = buf.size() > 6 ? buf.size() - 6 : start;
      fill();
      end = buf.find("</TEI>", std::max(from, start));
    }
    if (end == std::string::npos)
      return Error{"unterminated <TEI> element", name + ": byte " + std::to_string(consumed + start)};
    end += 6;
    pugi::xml_document doc;
    auto parsed = doc.load_buffer(buf.data() + start, end - start,
                                  pugi::parse_default | pugi::parse_ws_pcdata_single, pugi::encoding_utf8);
    if (!parsed)
      return Error{parsed.description(), name + ": byte " + std::to_string(consumed + start + parsed.offset)};
    auto article = read_tei(doc.child("TEI"));
    if (!article) return Error{article.error().message, name + ": byte " + std::to_string(consumed + start)};
    fn(std::move(article).value());
    buf.erase(0, end);
    consumed += end;
    scan = 0;
  }
  if (in.bad()) return Error{"read error", name};
  if (!seen) return Error{"no <TEI> element", name};
  if (corpus && buf.find("</teiCorpus>") == std::string::npos)
    return Error{"truncated: no </teiCorpus> after the last <TEI>",
                 name + ": byte " + std::to_string(consumed)};
  return {};
}

}  // namespace akhbar::detail
