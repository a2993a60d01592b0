// Escaping, links and the page layout (detail_html.h).
#include <akhbar/archive.h>
#include <akhbar/text.h>

#include <cctype>

#include "serve/detail_html.h"

namespace akhbar::serve_detail {

void append_escaped(std::string& out, std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      switch (c) {
        case '&':
          out += "&amp;";
          break;
        case '<':
          out += "&lt;";
          break;
        case '>':
          out += "&gt;";
          break;
        case '"':
          out += "&quot;";
          break;
        case '\'':
          out += "&#39;";
          break;
        default:
          if (c >= 0x20 && c != 0x7f)
            out += static_cast<char>(c);
          else if (c == '\t' || c == '\n' || c == '\r')
            out += static_cast<char>(c);
      }
      ++i;
      continue;
    }
    std::size_t start = i;
    char32_t cp = next_code_point(text, i);
    if (cp == 0xFFFD) {
      out += "\xEF\xBF\xBD";  // ill-formed bytes as one replacement character each, as a browser shows them
    } else if (cp < 0xA0) {
      // C1 controls: nothing to show.
    } else {
      out.append(text.substr(start, i - start));
    }
  }
}

std::string escape_html(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 16);
  append_escaped(out, text);
  return out;
}

std::string url_encode(std::string_view text) {
  static const char hex[] = "0123456789ABCDEF";
  std::string out;
  for (char ch : text) {
    auto c = static_cast<unsigned char>(ch);
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
        c == '.' || c == '~') {
      out += ch;
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

std::string safe_href(std::string_view url) {
  auto starts = [&](std::string_view prefix) {
    if (url.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
      if (std::tolower(static_cast<unsigned char>(url[i])) != prefix[i]) return false;
    return true;
  };
  if (!starts("http://") && !starts("https://")) return {};
  for (char c : url)
    if (static_cast<unsigned char>(c) <= 0x20) return {};  // no whitespace or controls inside
  return escape_html(url);
}

std::string snippet_html(std::string_view snippet) {
  std::string out;
  std::size_t i = 0;
  while (i < snippet.size()) {
    auto open = snippet.find(snippet_open, i);
    auto close = open == std::string_view::npos ? open : snippet.find(snippet_close, open + 1);
    if (close == std::string_view::npos) {
      append_escaped(out, snippet.substr(i));
      break;
    }
    append_escaped(out, snippet.substr(i, open - i));
    out += "<mark>";
    append_escaped(out, snippet.substr(open + snippet_open.size(), close - open - snippet_open.size()));
    out += "</mark>";
    i = close + snippet_close.size();
  }
  return out;
}

std::string link(std::string_view path, const std::vector<std::pair<std::string, std::string>>& params) {
  std::string url(path);
  char sep = '?';
  for (const auto& [k, v] : params) {
    if (v.empty()) continue;
    url += sep;
    url += url_encode(k) + "=" + url_encode(v);
    sep = '&';
  }
  return escape_html(url);
}

std::string page(const Layout& layout, std::string_view main_html) {
  std::string out;
  out.reserve(main_html.size() + 2048);
  out +=
      "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta name=\"referrer\" content=\"no-referrer\">\n<title>";
  append_escaped(out, layout.title);
  out +=
      " · akhbar</title>\n<link rel=\"stylesheet\" href=\"/static/style.css\">\n"
      "<link rel=\"icon\" href=\"/static/icon.svg\" type=\"image/svg+xml\">\n</head>\n<body>\n"
      "<header class=\"top\">\n<a class=\"brand\" href=\"/\">akhbar · أخبار</a>\n"
      "<form class=\"box\" action=\"/search\" method=\"get\" role=\"search\">"
      "<input type=\"search\" name=\"q\" aria-label=\"بحث\" placeholder=\"ابحث في الأرشيف\" value=\"";
  append_escaped(out, layout.query);
  out +=
      "\"><button type=\"submit\">بحث</button></form>\n<nav><a href=\"/search\">المقالات</a> "
      "<a href=\"/stats\">إحصاءات</a> <a href=\"/sources\">المصادر</a> <a "
      "href=\"/duplicates\">المتشابهة</a></nav>\n"
      "</header>\n<main>\n";
  out += main_html;
  out += "\n</main>\n<footer><span dir=\"ltr\">";
  append_escaped(out, layout.version);
  out += " · read-only</span>";
  if (!layout.json_href.empty()) out += " · <a href=\"" + layout.json_href + "\" dir=\"ltr\">JSON</a>";
  out += "</footer>\n</body>\n</html>\n";
  return out;
}

}  // namespace akhbar::serve_detail
