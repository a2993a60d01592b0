// WARC and WET (Common Crawl's extracted text): a header block, Content-Length bytes of content,
// then the next record. Conversion records (WET) are articles; response and resource records
// carrying HTML are read as pages. A malformed header is reported with its byte offset and the
// reader resynchronises at the next "WARC/" line. input.record counts the records that are (or,
// malformed, may be) articles, from 0 as in the other multi-record formats: warcinfo, request,
// metadata and non-text responses do not shift it.
#include <strings.h>

#include <algorithm>
#include <cstring>
#include <tuple>
#include <utility>

#include "loader/detail_formats.h"
#include "loader/detail_text.h"

namespace akhbar::detail {
namespace {

constexpr std::size_t max_header = 64 * 1024;

std::string header_value(std::string_view block, std::string_view name) {
  std::size_t pos = 0;
  while (pos < block.size()) {
    std::size_t eol = block.find('\n', pos);
    if (eol == std::string_view::npos) eol = block.size();
    std::string_view line = block.substr(pos, eol - pos);
    pos = eol + 1;
    std::size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon != name.size()) continue;
    if (strncasecmp(line.data(), name.data(), name.size()) == 0)
      return std::string(trim(line.substr(colon + 1)));
  }
  return {};
}

// Where the header block ends: the first "\r\n\r\n" or "\n\n", whichever starts first, and
// the separator's length; npos when neither is there yet. Looks only as far as the first blank
// line (searching the whole buffer for "\n\n", which CRLF headers never hold, cost a pass over
// up to 256 KB per record).
std::pair<std::size_t, std::size_t> header_end(std::string_view v) {
  for (std::size_t p = v.find('\n'); p != std::string_view::npos; p = v.find('\n', p + 1)) {
    if (p >= 1 && v[p - 1] == '\r' && v.substr(p + 1, 2) == "\r\n") return {p - 1, 4};
    if (p + 1 < v.size() && v[p + 1] == '\n') return {p, 2};
  }
  return {std::string_view::npos, 0};
}

// Drops bytes up to the next line starting with "WARC/"; false when the input ends first.
// `here` accepts one at the current position (after a header block whose length was unreadable,
// the next record may follow at once).
bool resync(BufferedInput& in, bool here = false) {
  if (here && in.fill(5) && in.view().substr(0, 5) == "WARC/") return true;
  for (;;) {
    std::string_view v = in.view();
    std::size_t at = v.find("\nWARC/");
    if (at != std::string_view::npos) {
      in.consume(at + 1);
      return true;
    }
    if (v.size() > 6) in.consume(v.size() - 6);
    if (!in.fill_more()) return false;
  }
}

// Record types that never hold an article (warcinfo, request, metadata, revisit, ...); an empty
// type (unreadable header) may.
bool may_be_article(const std::string& type) {
  return type.empty() || type == "conversion" || type == "response" || type == "resource";
}

}  // namespace

void read_warc(BufferedInput& in, InputContext& ctx) {
  std::int64_t index = 0;
  for (;;) {
    if (ctx.cancelled()) return;
    // Blank lines separate records.
    for (;;) {
      if (in.view().empty() && !in.fill_more()) return;
      std::string_view v = in.view();
      std::size_t skip = 0;
      while (skip < v.size() && (v[skip] == '\r' || v[skip] == '\n')) ++skip;
      in.consume(skip);
      if (!in.view().empty()) break;
    }
    std::uint64_t offset = in.offset();
    // The header block ends at the first empty line.
    std::size_t end = std::string_view::npos, sep = 0;
    for (;;) {
      std::string_view v = in.view();
      std::tie(end, sep) = header_end(v);
      if (end != std::string_view::npos || v.size() > max_header || !in.fill_more()) break;
    }
    std::string_view v = in.view();
    if (v.substr(0, 5) != "WARC/" || end == std::string_view::npos) {
      ctx.report(Severity::error, kind::malformed_warc, ctx.at_byte(offset),
                 end == std::string_view::npos && v.substr(0, 5) == "WARC/"
                     ? "malformed WARC record: header block without an end, skipped"
                     : "malformed WARC record: expected a WARC/1.x header line, skipped");
      ++index;  // its type is unknown: it may have been an article
      if (!resync(in)) return;
      continue;
    }
    std::string header(v.substr(0, end));
    std::string length_text = header_value(header, "Content-Length");
    char* stop = nullptr;
    unsigned long long length = std::strtoull(length_text.c_str(), &stop, 10);
    std::string type = header_value(header, "WARC-Type");
    if (length_text.empty() || (stop && *stop)) {
      ctx.report(Severity::error, kind::malformed_warc, ctx.at_byte(offset),
                 "malformed WARC record: missing or bad Content-Length, skipped");
      if (may_be_article(type)) ++index;  // it keeps its place, as a malformed JSON record does
      in.consume(end + sep);
      if (!resync(in, true)) return;
      continue;
    }
    in.consume(end + sep);
    if (length > ctx.options->max_record_bytes) {
      // Not loaded and, as in the other formats, not counted; what could not be an article is
      // skipped without a word (a crawl's videos are no error).
      if (may_be_article(type)) ctx.report_oversize(ctx.at_byte(offset), length);
      for (unsigned long long left = length; left > 0;) {
        if (in.view().empty() && !in.fill_more()) break;
        std::size_t k = static_cast<std::size_t>(std::min<unsigned long long>(left, in.view().size()));
        in.consume(k);
        left -= k;
      }
      continue;
    }
    if (!in.fill(static_cast<std::size_t>(length))) {
      ctx.report(Severity::error, kind::malformed_warc, ctx.at_byte(offset),
                 "malformed WARC record: input ends " + std::to_string(length - in.view().size()) +
                     " bytes before the end of its content, skipped");
      in.consume(in.view().size());
      return;
    }
    std::string_view block = in.view().substr(0, static_cast<std::size_t>(length));
    std::string content_type = header_value(header, "Content-Type");
    std::string lower_type = content_type;
    std::transform(lower_type.begin(), lower_type.end(), lower_type.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    std::string_view payload = block;
    bool html = false, wanted = false;
    if (type == "conversion") {
      wanted = true;
    } else if (type == "response" || type == "resource") {
      if (lower_type.find("application/http") != std::string::npos) {
        // Strip the HTTP status line and headers; the payload's own type decides.
        std::size_t a = payload.find("\r\n\r\n"), b = payload.find("\n\n");
        std::size_t cut = a != std::string_view::npos && (b == std::string_view::npos || a < b) ? a + 4
                          : b != std::string_view::npos                                         ? b + 2
                                                        : payload.size();
        std::string http(payload.substr(0, cut));
        std::transform(http.begin(), http.end(), http.begin(),
                       [](unsigned char c) { return std::tolower(c); });
        payload.remove_prefix(cut);
        html = http.find("text/html") != std::string::npos || http.find("xhtml") != std::string::npos;
        wanted = html || http.find("text/plain") != std::string::npos;
      } else {
        html = lower_type.find("html") != std::string::npos;
        wanted = html || lower_type.find("text/plain") != std::string::npos;
      }
    }
    if (wanted) {
      Decoded d = html ? ctx.decode_html(payload) : ctx.decode_record(payload);
      Document doc;
      doc.format = "warc";
      doc.input.record = index++;
      doc.raw = std::string(payload);
      if (html)
        html_to_document(d.text, doc);
      else
        doc.text = std::string(trim(d.text));
      std::string uri = header_value(header, "WARC-Target-URI");
      if (uri.size() > 2 && uri.front() == '<' && uri.back() == '>') uri = uri.substr(1, uri.size() - 2);
      if (!uri.empty()) doc.input.url = uri;
      std::string date = header_value(header, "WARC-Date");
      if (!date.empty()) {
        doc.fetched = date;
        if (!doc.date) doc.date = date;  // the capture date stands in when the page names none
      }
      ctx.deliver(std::move(doc), d, ctx.at_byte(offset));
    }
    in.consume(static_cast<std::size_t>(length));
  }
}

}  // namespace akhbar::detail
