// An HTML page's own metadata: the article object of its JSON-LD (schema.org), read with
// nlohmann-json (the blocks are small, nested and often slightly broken; simdjson's On Demand
// reader is for the large record streams of json.cpp).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <strings.h>
#include <nlohmann/json.hpp>

#include "loader/detail_formats.h"
#include "loader/detail_html.h"
#include "loader/detail_text.h"

namespace akhbar::detail {
namespace {

using nlohmann::json;

// schema.org types of a news page's main object.
bool article_type(const std::string& t) {
  static const char* const types[] = {"NewsArticle",          "Article",
                                      "ReportageNewsArticle", "AnalysisNewsArticle",
                                      "OpinionNewsArticle",   "BackgroundNewsArticle",
                                      "ReviewNewsArticle",    "BlogPosting",
                                      "LiveBlogPosting",      "Report",
                                      "ScholarlyArticle",     "TechArticle",
                                      // a forum thread's first post, a social network's post
                                      "DiscussionForumPosting", "SocialMediaPosting"};
  for (const char* a : types)
    if (t == a || t == std::string("https://schema.org/") + a || t == std::string("http://schema.org/") + a)
      return true;
  return false;
}

std::string type_of(const json& o) {
  auto it = o.find("@type");
  if (it == o.end()) {
    // ActivityStreams' context aliases @type as "type" (a federated blog's object: Plume, WriteFreely).
    auto t = o.find("type"), c = o.find("@context");
    if (t != o.end() && t->is_string() && c != o.end() && c->dump().find("activitystreams") != std::string::npos)
      return t->get<std::string>();
    return {};
  }
  if (it->is_string()) return it->get<std::string>();
  if (it->is_array())
    for (const auto& t : *it)
      if (t.is_string() && article_type(t.get<std::string>())) return t.get<std::string>();
  return {};
}

// A text value: a string, a number, the "name" of an object, the names of an array joined.
std::optional<std::string> text_value(const json& v, int depth = 0) {
  if (depth > 4) return std::nullopt;
  if (v.is_string()) {
    std::string s(trim(v.get<std::string>()));
    if (!s.empty()) return decode_entities(s);
    return std::nullopt;
  }
  if (v.is_number()) return v.dump();
  if (v.is_object()) {
    for (const char* k : {"name", "@value", "headline"})
      if (auto it = v.find(k); it != v.end())
        if (auto t = text_value(*it, depth + 1)) return t;
    return std::nullopt;
  }
  if (v.is_array()) {
    std::string out;
    for (const auto& e : v)
      if (auto t = text_value(e, depth + 1)) out += (out.empty() ? "" : ", ") + *t;
    if (!out.empty()) return out;
  }
  return std::nullopt;
}

std::optional<std::string> field(const json& o, std::initializer_list<const char*> keys) {
  for (const char* k : keys)
    if (auto it = o.find(k); it != o.end())
      if (auto t = text_value(*it)) return t;
  return std::nullopt;
}

// The main object of a page that is not an article: a video page's VideoObject (dated by
// uploadDate), a fact-check's ClaimReview (Google's fact-check markup, dated by datePublished), a
// podcast's or radio programme's episode (PodcastEpisode, RadioEpisode, Episode, AudioObject).
// Taken only when the page has no article object, since an article page may describe its
// embedded clip or a claim it reviews too.
bool other_main_type(const std::string& t) {
  for (const char* a : {"VideoObject", "ClaimReview", "PodcastEpisode", "RadioEpisode", "TVEpisode", "Episode",
                        "AudioObject"})
    if (t == a || t == std::string("https://schema.org/") + a || t == std::string("http://schema.org/") + a)
      return true;
  return false;
}

// The first object of a type `wanted` accepts in `v`: itself, an element of an array, or a
// member of @graph.
const json* find_article(const json& v, bool (*wanted)(const std::string&) = article_type, int depth = 0) {
  if (depth > 6) return nullptr;
  if (v.is_array()) {
    for (const auto& e : v)
      if (const json* a = find_article(e, wanted, depth + 1)) return a;
    return nullptr;
  }
  if (!v.is_object()) return nullptr;
  if (wanted(type_of(v))) return &v;
  if (auto g = v.find("@graph"); g != v.end())
    if (const json* a = find_article(*g, wanted, depth + 1)) return a;
  // A WebPage whose mainEntity is the article.
  if (auto m = v.find("mainEntity"); m != v.end())
    if (const json* a = find_article(*m, wanted, depth + 1)) return a;
  return nullptr;
}

// The object of `o`'s @graph (or array) with @id `id`: publishers and authors are often
// references ({"@id": "https://x/#org"}) to another member of the graph.
const json* by_id(const json& root, const std::string& id, int depth = 0) {
  if (depth > 6) return nullptr;
  if (root.is_array()) {
    for (const auto& e : root)
      if (const json* f = by_id(e, id, depth + 1)) return f;
    return nullptr;
  }
  if (!root.is_object()) return nullptr;
  if (auto it = root.find("@id"); it != root.end() && it->is_string() && *it == id && root.size() > 1)
    return &root;
  if (auto g = root.find("@graph"); g != root.end()) return by_id(*g, id, depth + 1);
  return nullptr;
}

std::optional<std::string> person(const json& root, const json& o, const char* key) {
  auto it = o.find(key);
  if (it == o.end()) return std::nullopt;
  const json* v = &*it;
  if (v->is_array() && v->size() == 1) v = &(*v)[0];
  if (v->is_object() && !v->contains("name"))
    if (auto id = v->find("@id"); id != v->end() && id->is_string())
      if (const json* f = by_id(root, id->get<std::string>())) v = f;
  return text_value(*v);
}

}  // namespace

void read_json_ld(std::string_view text, JsonLdArticle& out) {
  // A video or claim review read from an earlier script gives way to an article in a later one.
  if (!out.type.empty() && !other_main_type(out.type)) return;
  // CDATA wrappers (BBC) and HTML comments around the JSON.
  std::string s(trim(text));
  for (const char* open : {"<![CDATA[", "<!--", "//<![CDATA["})
    if (s.rfind(open, 0) == 0) s.erase(0, std::strlen(open));
  for (const char* close : {"]]>", "-->", "//]]>"}) {
    std::string_view t = trim(s);
    if (t.size() >= std::strlen(close) && t.substr(t.size() - std::strlen(close)) == close)
      s = std::string(t.substr(0, t.size() - std::strlen(close)));
  }
  json root = json::parse(s, nullptr, false);
  if (root.is_discarded()) {
    // Trailing commas are the usual breakage ("...", }): drop them and try once more.
    std::string fixed;
    fixed.reserve(s.size());
    bool in_string = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
      char c = s[i];
      if (in_string) {
        fixed += c;
        if (c == '\\' && i + 1 < s.size())
          fixed += s[++i];
        else if (c == '"')
          in_string = false;
        continue;
      }
      if (c == '"') in_string = true;
      if (c == ',') {
        std::size_t j = i + 1;
        while (j < s.size() && std::isspace(static_cast<unsigned char>(s[j]))) ++j;
        if (j < s.size() && (s[j] == '}' || s[j] == ']')) continue;
      }
      fixed += c;
    }
    root = json::parse(fixed, nullptr, false);
    if (root.is_discarded()) return;
  }
  const json* a = find_article(root);
  if (!a && out.type.empty()) a = find_article(root, other_main_type);
  // Baidu's "cambrian" markup (Xiongzhang, Baijiahao: a typeless object with "title", "pubDate" and "upDate") is the
  // page's article.
  if (!a && out.type.empty() && root.is_object())
    if (auto ctx = root.find("@context"); ctx != root.end() && ctx->is_string() &&
                                          ctx->get<std::string>().find("cambrian") != std::string::npos) {
      out.type = "Cambrian";
      out.headline = field(root, {"title"});
      out.published = field(root, {"pubDate"});
      out.modified = field(root, {"upDate"});
      return;
    }
  if (!a) return;
  out.type = type_of(*a);
  out.headline = field(*a, {"headline", "name", "alternativeHeadline"});
  // ActivityStreams' own words, in the object federated blogs (Plume, WriteFreely) embed as JSON-LD.
  out.published = field(*a, {"datePublished", "dateCreated", "uploadDate", "published"});
  out.modified = field(*a, {"dateModified", "updated"});
  // Yoast's graph may date the WebPage the article "isPartOf" and not the article itself.
  if (!out.published)
    if (auto part = a->find("isPartOf"); part != a->end() && part->is_object())
      if (auto id = part->find("@id"); id != part->end() && id->is_string())
        if (const json* page = by_id(root, id->get<std::string>())) {
          out.published = field(*page, {"datePublished"});
          if (!out.modified) out.modified = field(*page, {"dateModified"});
        }
  out.author = person(root, *a, "author");
  out.publisher = person(root, *a, "publisher");
  out.section = field(*a, {"articleSection"});
  out.description = field(*a, {"description"});
  out.url = field(*a, {"url", "mainEntityOfPage"});
  if (out.url && out.url->find("://") == std::string::npos) out.url.reset();
}

std::optional<long long> iso_instant_minutes(std::string_view iso) {
  iso = trim(iso);
  auto num = [&](std::size_t at, std::size_t n) -> int {
    int v = 0;
    for (std::size_t i = at; i < at + n; ++i) {
      if (i >= iso.size() || iso[i] < '0' || iso[i] > '9') return -1;
      v = v * 10 + (iso[i] - '0');
    }
    return v;
  };
  if (iso.size() < 16 || iso[4] != '-' || iso[7] != '-' || iso[10] != 'T' || iso[13] != ':') return std::nullopt;
  int y = num(0, 4), m = num(5, 2), d = num(8, 2), hh = num(11, 2), mm = num(14, 2);
  if (y < 0 || m < 1 || m > 12 || d < 1 || d > 31 || hh < 0 || mm < 0) return std::nullopt;
  // The zone: 'Z', or a sign after the time (seconds and fractions before it are skipped).
  std::size_t z = 16;
  while (z < iso.size() && (iso[z] == ':' || iso[z] == '.' || (iso[z] >= '0' && iso[z] <= '9'))) ++z;
  int offset = 0;
  if (z < iso.size() && iso[z] == 'Z') {
    offset = 0;
  } else if (z < iso.size() && (iso[z] == '+' || iso[z] == '-')) {
    int oh = num(z + 1, 2);
    int om = z + 3 < iso.size() && iso[z + 3] == ':' ? num(z + 4, 2) : num(z + 3, 2);
    if (oh < 0 || om < 0) return std::nullopt;
    offset = (iso[z] == '-' ? -1 : 1) * (oh * 60 + om);
  } else {
    return std::nullopt;
  }
  // Days from the civil date (Howard Hinnant's algorithm).
  y -= m <= 2;
  long long era = (y >= 0 ? y : y - 399) / 400;
  long long yoe = y - era * 400;
  long long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  long long days = era * 146097 + doe - 719468;
  return days * 1440 + hh * 60 + mm - offset;
}

std::optional<int> iso_offset_minutes(std::string_view iso) {
  iso = trim(iso);
  if (iso.size() < 16) return std::nullopt;
  auto at = iso_instant_minutes(iso);
  auto wall = iso_instant_minutes(std::string(iso.substr(0, 16)) + "Z");  // the clock read as if in UTC
  if (!at || !wall) return std::nullopt;
  return static_cast<int>(*wall - *at);
}

std::string iso_at_offset(std::string_view iso, int offset) {
  auto at = iso_instant_minutes(iso);
  if (!at) return std::string(iso);
  using namespace std::chrono;
  long long wall = *at + offset;
  long long day = wall >= 0 ? wall / 1440 : -((-wall + 1439) / 1440);
  year_month_day ymd{sys_days{days{day}}};
  int minute = static_cast<int>(wall - day * 1440);
  iso = trim(iso);
  // The seconds stay as written ("…T21:39:41.000Z" -> "…T01:39:41+04:00").
  std::string seconds = iso.size() >= 19 && iso[16] == ':' ? std::string(iso.substr(16, 3)) : ":00";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d%s%c%02d:%02d", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()), minute / 60, minute % 60,
                seconds.c_str(), offset < 0 ? '-' : '+', std::abs(offset) / 60, std::abs(offset) % 60);
  return buf;
}

std::optional<std::string> rfc2822_iso(std::string_view text) {
  text = trim(text);
  if (text.size() < 20 || text.size() > 48) return std::nullopt;
  // "[Tue, ]3 Jul 2018 00:25[:00] +0400": the day's name is optional, the rest is fixed.
  if (std::size_t comma = text.find(','); comma != std::string_view::npos && comma <= 9) text = trim(text.substr(comma + 1));
  int day = 0, year = 0, hour = 0, minute = 0, second = 0, used = 0;
  char month[4] = {}, sign = 0;
  unsigned zone = 0;
  std::string s(text);
  if (std::sscanf(s.c_str(), "%2d %3s %4d %2d:%2d:%2d %c%4u%n", &day, month, &year, &hour, &minute, &second, &sign, &zone,
                  &used) != 8) {
    second = 0;
    if (std::sscanf(s.c_str(), "%2d %3s %4d %2d:%2d %c%4u%n", &day, month, &year, &hour, &minute, &sign, &zone, &used) != 7)
      return std::nullopt;
  }
  static constexpr std::string_view months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  int m = 0;
  for (int i = 0; i < 12 && !m; ++i)
    if (strncasecmp(month, months[i].data(), 3) == 0) m = i + 1;
  if (!m || (sign != '+' && sign != '-') || static_cast<std::size_t>(used) != s.size() || day < 1 || day > 31 ||
      year < 1970 || hour > 23 || minute > 59 || second > 60 || zone % 100 > 59 || zone / 100 > 14)
    return std::nullopt;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d%c%02u:%02u", year, m, day, hour, minute, second, sign,
                zone / 100, zone % 100);
  return std::string(buf);
}

bool iso_is_utc(std::string_view iso) {
  iso = trim(iso);
  if (iso.size() < 17 || iso[10] != 'T') return false;
  return iso.back() == 'Z' || iso.substr(iso.size() - 6) == "+00:00" || iso.substr(iso.size() - 5) == "+0000";
}

}  // namespace akhbar::detail
