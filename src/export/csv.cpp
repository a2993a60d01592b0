// CSV export: RFC 4180 with formula-injection protection.
#include "export/detail_csv.h"

namespace akhbar::detail {
namespace {

// A spreadsheet runs a cell as a formula when it starts with one of these (OWASP's list:
// = + - @, and tab or carriage return, which some spreadsheets skip before looking).
bool looks_like_formula(std::string_view text) {
  if (text.empty()) return false;
  switch (text.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
      return true;
    default:
      return false;
  }
}

std::string links_cell(const std::vector<Link>& links) {
  std::string cell;
  for (const auto& l : links) {
    if (!cell.empty()) cell += '\n';
    cell += l.title;
    if (l.url) cell += " <" + *l.url + ">";
  }
  return cell;
}

}  // namespace

void csv_field(std::string_view text, std::string& out) {
  out += '"';
  if (looks_like_formula(text)) out += '\'';
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

void csv_header(std::string& out) {
  bool first = true;
  for (auto name : csv_columns) {
    if (!first) out += ',';
    first = false;
    out += name;
  }
  out += "\r\n";
}

void csv_row(std::int64_t id, const Article& a, std::string& out) {
  std::string headings, body;
  for (const auto& b : a.body) {
    if (b.type == Block::Type::heading) {
      if (!headings.empty()) headings += '\n';
      headings += b.text;
    }
    if (!body.empty()) body += '\n';
    body += b.text;
  }
  auto field = [&](std::string_view text) {
    csv_field(text, out);
    out += ',';
  };
  auto opt = [&](const std::optional<std::string>& v) {
    field(v ? std::string_view(*v) : std::string_view());
  };
  // Numbers are written bare: they are never formulas and spreadsheets should read them as numbers.
  if (id > 0) out += std::to_string(id);
  out += ',';
  opt(a.input.url);
  opt(a.title);
  opt(a.published);
  opt(a.updated);
  opt(a.source);
  opt(a.dateline);
  opt(a.author);
  field(headings);
  field(body);
  field(links_cell(a.read_also));
  field(links_cell(a.related));
  field(a.input.path);
  out += std::to_string(a.input.record);
  out += ',';
  field(a.input.encoding);
  csv_field(a.input.sha256, out);
  out += "\r\n";
}

}  // namespace akhbar::detail
