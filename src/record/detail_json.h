#pragma once
// The fast writer behind to_json_line(): it appends straight into one buffer instead of building
// an nlohmann tree first (several times faster for parse and the jsonl/es-bulk exports), and
// prints byte for byte what nlohmann's compact dump prints; nlohmann remains the reference and
// the fallback for invalid UTF-8.

#include <akhbar/record.h>

#include <string>
#include <string_view>

namespace akhbar::detail {

// True when `s` is well-formed UTF-8 (RFC 3629: no overlongs, surrogates or values past U+10FFFF).
bool valid_utf8(std::string_view s);
// Appends `s` as a JSON string (quotes included), escaped as nlohmann escapes it; false (with
// `out` holding a partial string) when `s` is not valid UTF-8.
bool append_json_string(std::string_view s, std::string& out);
// Appends to_json_line(article) to `out`.
void append_record_json(const Article& article, std::string& out);
// The record built as an nlohmann tree and dumped: the reference, and the path for invalid UTF-8.
std::string record_json_reference(const Article& article);

}  // namespace akhbar::detail
