#pragma once
// The JSON shapes of the archive's answers, one writer each: what the query commands print with
// `--format json` and what `akhbar serve`'s JSON API answers are the same objects.

#include <akhbar/archive.h>

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace akhbar {

// A JSON string, or null when unset.
nlohmann::ordered_json json_or_null(const std::optional<std::string>& v);
// A list row (list, related): id, published, source, title, url.
nlohmann::ordered_json summary_json(const Summary& s);
// A search hit: summary_json plus score (bm25) and snippet (matches marked [like this]).
nlohmann::ordered_json search_hit_json(const Summary& s);
// One source and its article count: {"source", "articles"}.
nlohmann::ordered_json source_json(const std::string& source, std::int64_t articles);
// A near-duplicate pair: a, b, distance, title_a, title_b.
nlohmann::ordered_json duplicate_json(const DuplicatePair& p);
// The archive's figures as `akhbar stats --format json` prints them.
nlohmann::ordered_json stats_json(const Stats& s);

}  // namespace akhbar
