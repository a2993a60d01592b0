#pragma once
// CSV export (RFC 4180): the header row and one row per article, CRLF line ends, every field
// quoted, and cells that a spreadsheet would run as a formula prefixed with a quote.

#include <akhbar/record.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace akhbar::detail {

// The column names, in order (docs/cli.md documents each).
inline constexpr std::string_view csv_columns[] = {
    "id",       "url",  "title",     "published", "updated",    "source",       "dateline", "author",
    "headings", "body", "read_also", "related",   "input_path", "input_record", "encoding", "sha256"};

// Appends the header row (with its CRLF) to `out`.
void csv_header(std::string& out);
// Appends one article's row (with its CRLF) to `out`.
void csv_row(std::int64_t id, const Article& article, std::string& out);
// Appends one quoted, formula-protected field to `out`.
void csv_field(std::string_view text, std::string& out);

}  // namespace akhbar::detail
