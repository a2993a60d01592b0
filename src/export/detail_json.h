#pragma once
// A fast writer of the article record, byte for byte what to_json_line() prints (nlohmann's
// compact dump, non-ASCII kept), used by the jsonl and es-bulk exports: it appends straight into
// one buffer instead of building a JSON tree first, which makes exports several times faster.

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

}  // namespace akhbar::detail
