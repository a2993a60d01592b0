// The JSON shapes of the archive's answers (include/akhbar/archive_json.h).
#include <akhbar/archive_json.h>

namespace akhbar {

nlohmann::ordered_json json_or_null(const std::optional<std::string>& v) {
  return v ? nlohmann::ordered_json(*v) : nlohmann::ordered_json(nullptr);
}

nlohmann::ordered_json summary_json(const Summary& s) {
  return {{"id", s.id},
          {"published", json_or_null(s.published)},
          {"source", json_or_null(s.source)},
          {"title", json_or_null(s.title)},
          {"url", json_or_null(s.url)}};
}

nlohmann::ordered_json search_hit_json(const Summary& s) {
  auto j = summary_json(s);
  j["score"] = s.score;
  j["snippet"] = s.snippet;
  return j;
}

nlohmann::ordered_json source_json(const std::string& source, std::int64_t articles) {
  return {{"source", source}, {"articles", articles}};
}

nlohmann::ordered_json duplicate_json(const DuplicatePair& p) {
  return {{"a", p.a},
          {"b", p.b},
          {"distance", p.distance},
          {"title_a", json_or_null(p.title_a)},
          {"title_b", json_or_null(p.title_b)}};
}

nlohmann::ordered_json stats_json(const Stats& s) {
  nlohmann::ordered_json per_source = nlohmann::ordered_json::array();
  for (const auto& [name, n] : s.per_source) per_source.push_back(source_json(name, n));
  nlohmann::ordered_json per_month = nlohmann::ordered_json::array();
  for (const auto& [month, n] : s.per_month) per_month.push_back({{"month", month}, {"articles", n}});
  return {{"articles", s.articles},
          {"inputs", s.inputs},
          {"words", s.words},
          {"duplicates", s.duplicates},
          {"near_duplicates", s.near_duplicates},
          {"first_date", json_or_null(s.first_date)},
          {"last_date", json_or_null(s.last_date)},
          {"per_source", std::move(per_source)},
          {"per_month", std::move(per_month)}};
}

}  // namespace akhbar
