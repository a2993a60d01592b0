// TREC-style <DOC> files: records cut at </DOC>, each parsed by pugixml; where a record is not
// well-formed XML (a bare "&" is common), a tolerant tag reader takes over, with a warning.
#include <strings.h>

#include <algorithm>
#include <cstring>
#include <pugixml.hpp>
#include <utility>

#include "loader/detail_formats.h"
#include "loader/detail_text.h"

namespace akhbar::detail {
namespace {

// Ends a record after each "</DOC>" (any case).
class TrecScanner : public Scanner {
 public:
  std::size_t scan(std::string_view d) override {
    static constexpr std::string_view close = "</doc>";
    for (std::size_t i = 0; i < d.size(); ++i) {
      char c = static_cast<char>(std::tolower(static_cast<unsigned char>(d[i])));
      if (c == close[m_matched]) {
        if (++m_matched == close.size()) {
          m_matched = 0;
          return i + 1;
        }
      } else {
        m_matched = c == '<' ? 1 : 0;
        if (m_matched == 0) {
          // Jump to the next '<'.
          const void* lt = std::memchr(d.data() + i + 1, '<', d.size() - i - 1);
          if (!lt) return std::string_view::npos;
          i = static_cast<std::size_t>(static_cast<const char*>(lt) - d.data()) - 1;
        }
      }
    }
    return std::string_view::npos;
  }
  bool inside_close_tag() const { return m_matched > 0; }

 private:
  std::size_t m_matched = 0;
};

bool is_block(std::string_view name) {
  // h4-h6 and blockquote too: trafilatura's XML keeps HTML's names for them, and two <h4>
  // headings with only blanks between are two lines ("...2019" / "متطلبات ...").
  static const char* blocks[] = {"p",     "P",          "br",  "BR",   "div",   "DIV",  "li",     "LI",
                                 "h1",    "h2",         "h3",  "h4",   "h5",    "h6",   "H1",     "H2",
                                 "H3",    "H4",         "H5",  "H6",   "head",  "item", "list",   "main",
                                 "quote", "blockquote", "row", "cell", "table", "lb",   "section"};
  for (const char* b : blocks)
    if (name == b) return true;
  return false;
}

// The text of an element, with paragraph-like children on lines of their own.
void text_of(const pugi::xml_node& node, std::string& out) {
  for (auto child : node.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      out += child.value();
    } else if (child.type() == pugi::node_element) {
      // trafilatura: readers' comments, as <comments> or (its XML output) <section class="comments">.
      if (std::strcmp(child.name(), "comments") == 0 ||
          (std::strcmp(child.name(), "section") == 0 &&
           std::strcmp(child.attribute("class").value(), "comments") == 0))
        continue;
      bool block = is_block(child.name());
      if (block && !out.empty() && out.back() != '\n') out += '\n';
      text_of(child, out);
      if (block && !out.empty() && out.back() != '\n') out += '\n';
    }
  }
}

// The content between <TAG> and </TAG> (any case), without inner tags; nullopt when absent.
std::optional<std::string> tolerant_field(std::string_view rec, std::string_view tag) {
  auto find_ci = [&](std::string_view needle, std::size_t from) {
    for (std::size_t i = from; i + needle.size() <= rec.size(); ++i) {
      bool eq = true;
      for (std::size_t k = 0; k < needle.size() && eq; ++k)
        eq = std::tolower(static_cast<unsigned char>(rec[i + k])) ==
             std::tolower(static_cast<unsigned char>(needle[k]));
      if (eq) return i;
    }
    return std::string_view::npos;
  };
  std::string open = "<" + std::string(tag) + ">", close = "</" + std::string(tag) + ">";
  std::size_t a = find_ci(open, 0);
  if (a == std::string_view::npos) return std::nullopt;
  a += open.size();
  std::size_t b = find_ci(close, a);
  // An unclosed field ends where the next field begins.
  for (const char* other : {"<DOCNO>", "<URL>", "<SRC>", "<CAT>", "<TITLE>", "<TIME>", "<AUTHOR>",
                            "<ABSTRACT>", "<TEXT>", "</DOC>"}) {
    std::size_t o = find_ci(other, a);
    if (o != std::string_view::npos && o < b) b = o;
  }
  if (b == std::string_view::npos) b = rec.size();
  std::string_view inner = rec.substr(a, b - a);
  std::string out;
  for (std::size_t i = 0; i < inner.size(); ++i) {
    if (inner[i] == '<') {
      std::size_t gt = inner.find('>', i);
      if (gt != std::string_view::npos && gt - i < 64 &&
          inner.substr(i, gt - i).find('\n') == std::string_view::npos) {
        std::string_view name = trim(inner.substr(i + 1, gt - i - 1));
        if (!name.empty() && name[0] == '/') name.remove_prefix(1);
        if (is_block(name) && !out.empty() && out.back() != '\n') out += '\n';
        i = gt;
        continue;
      }
    }
    out += inner[i];
  }
  return out;
}

struct TrecFields {
  std::optional<std::string> values[9];
};

constexpr const char* trec_tags[] = {"DOCNO", "URL",    "SRC",      "CAT", "TITLE",
                                     "TIME",  "AUTHOR", "ABSTRACT", "TEXT"};

std::optional<std::string> non_empty(std::optional<std::string> v) {
  if (!v) return v;
  std::string c = clean_field(*v);
  if (c.empty()) return std::nullopt;
  return c;
}

}  // namespace

void read_trec(BufferedInput& in, InputContext& ctx) {
  TrecScanner scanner;
  std::int64_t index = 0;
  split_records(
      in, scanner, ctx, [&](std::string_view raw, std::uint64_t line, std::uint64_t, bool complete) {
        // Skip whatever precedes <DOC> (whitespace, or stray text, which is reported).
        std::size_t start = std::string_view::npos;
        for (std::size_t i = 0; i + 5 <= raw.size(); ++i)
          if (raw[i] == '<' && (raw.substr(i, 4) == "<DOC" || raw.substr(i, 4) == "<doc") &&
              (raw[i + 4] == '>' || raw[i + 4] == ' ' || raw[i + 4] == '\n' || raw[i + 4] == '\t')) {
            start = i;
            break;
          }
        std::string_view before = raw.substr(0, start == std::string_view::npos ? raw.size() : start);
        std::uint64_t doc_line =
            line + static_cast<std::uint64_t>(std::count(before.begin(), before.end(), '\n'));
        if (start == std::string_view::npos) {
          if (!trim(raw).empty())
            ctx.report(Severity::error, kind::malformed_trec, ctx.at_line(line),
                       complete ? "malformed TREC record: </DOC> without <DOC>, skipped"
                                : "malformed TREC input: text after the last </DOC> ignored");
          return;
        }
        if (!trim(before).empty())
          ctx.report(Severity::warning, kind::text_outside_records, ctx.at_line(line),
                     "text outside <DOC> records ignored");
        raw.remove_prefix(start);
        std::int64_t my_index = index++;
        if (!complete) {
          ctx.report(Severity::error, kind::malformed_trec, ctx.at_record(doc_line, my_index),
                     "malformed TREC record: <DOC> without </DOC>, skipped");
          return;
        }
        Decoded d = ctx.decode_record(raw);
        Document doc;
        doc.format = "trec";
        doc.input.record = my_index;
        doc.raw = std::string(raw);
        TrecFields f;
        pugi::xml_document xml;
        auto parsed =
            xml.load_buffer(d.text.data(), d.text.size(), pugi::parse_default | pugi::parse_ws_pcdata_single,
                            pugi::encoding_utf8);
        pugi::xml_node root = parsed ? xml.first_child() : pugi::xml_node();
        if (root && (std::strcmp(root.name(), "DOC") == 0 || std::strcmp(root.name(), "doc") == 0)) {
          // trafilatura's XML output keeps the metadata in attributes of <doc>.
          static const std::pair<const char*, std::size_t> attrs[] = {
              {"source", 1}, {"sitename", 2}, {"categories", 3}, {"title", 4},
              {"date", 5},   {"author", 6},   {"excerpt", 7}};
          for (const auto& [name, k] : attrs)
            if (auto a = root.attribute(name)) f.values[k] = a.value();
          if (!root.child("TEXT") && !root.child("text")) {
            std::string text;
            text_of(root, text);
            f.values[8] = text;
          }
          for (std::size_t k = 0; k < 9; ++k) {
            for (auto child : root.children()) {
              if (strcasecmp(child.name(), trec_tags[k]) != 0) continue;
              std::string text;
              text_of(child, text);
              f.values[k] = text;
              break;
            }
          }
        } else {
          std::string why = parsed ? "unexpected root element" : parsed.description();
          d.repairs.push_back({kind::malformed_xml, "not well-formed XML (" + why + " at byte " +
                                                        std::to_string(parsed.offset) +
                                                        "), read with the tolerant TREC reader"});
          for (std::size_t k = 0; k < 9; ++k) f.values[k] = tolerant_field(d.text, trec_tags[k]);
        }
        // --field can point a record field at another tag.
        auto value = [&](const std::string& field, std::size_t default_tag) -> std::optional<std::string> {
          if (auto it = ctx.options->fields.find(field); it != ctx.options->fields.end()) {
            for (std::size_t k = 0; k < 9; ++k)
              if (strcasecmp(it->second.c_str(), trec_tags[k]) == 0) return non_empty(f.values[k]);
            return non_empty(tolerant_field(d.text, it->second));
          }
          return non_empty(f.values[default_tag]);
        };
        doc.input.url = value("url", 1);
        doc.source = value("source", 2);
        doc.category = value("category", 3);
        doc.title = value("title", 4);
        doc.date = value("date", 5);
        doc.author = value("author", 6);
        doc.abstract = value("abstract", 7);
        doc.text = value("body", 8).value_or("");
        ctx.deliver(std::move(doc), d, ctx.at_line(doc_line));
      });
}

}  // namespace akhbar::detail
