// libFuzzer target over the search query parser: the input is a query as a user types it. It
// goes through Archive::check_query and then a real search of a small archive built once, with
// and without filters (the two SQL paths). Checks: no crash or hang; a query either searches or
// fails with the parser's one-line "bad query" error, never with an SQL/FTS5 error; check_query
// and search agree; snippets mark only what the query holds.
#include <akhbar/archive.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace {

// A dozen short articles: words, prefixes, phrases and sources for the queries to meet.
const char* const bodies[][2] = {
    {"أسعار النفط", "ارتفعت أسعار النفط اليوم في الأسواق العالمية بعد قرار أوبك خفض الإنتاج."},
    {"الذهب", "تراجع سعر الذهب بينما استقرت أسعار النفط في بورصة نيويورك."},
    {"الطقس", "أمطار غزيرة على السواحل وتحذيرات من السيول في المناطق المنخفضة."},
    {"الانتخابات", "جرت الانتخابات التشريعية في موعدها وبلغت نسبة المشاركة 45 في المئة."},
    {"المحادثات", "قال المسؤول إن المحادثات بين الجانبين مستمرة في القاهرة والدوحة."},
    {"كرة القدم", "فاز المنتخب الوطني على نظيره بهدفين مقابل هدف في تصفيات كأس العالم 2026."},
    {"الاقتصاد", "الاقتصاد الرقمي ينمو بسرعة، والبنك المركزي يرفع سعر الفائدة «للمرة الثالثة»."},
    {"Technology", "شركة Apple تعلن عن iPhone جديد في مؤتمرها السنوي (WWDC) يوم الاثنين."},
    {"الصحة", "وزارة الصحة: تسجيل 120 إصابة جديدة بفيروس كورونا خلال 24 ساعة."},
    {"الثقافة", "افتتاح معرض الكتاب الدولي بمشاركة أكثر من ألف دار نشر عربية وأجنبية."},
};

akhbar::Archive& archive() {
  static akhbar::Archive a = [] {
    // SQLite's private in-memory database: nothing on disk to clean up, even after a crash.
    auto r = akhbar::Archive::open(":memory:", akhbar::OpenMode::read_write);
    if (!r) {
      std::fprintf(stderr, "fuzz_query: %s\n", r.error().str().c_str());
      std::abort();
    }
    int n = 0;
    for (const auto& b : bodies) {
      ++n;
      akhbar::Article art;
      art.input.path = "fuzz/" + std::to_string(n) + ".txt";
      art.input.encoding = "UTF-8";
      art.input.sha256 = std::string(60, '0') + std::to_string(1000 + n);
      art.title = b[0];
      art.source = n % 2 ? "الجزيرة" : "BBC";
      art.published = "2024-07-" + std::to_string(10 + n);
      art.body.push_back({akhbar::Block::Type::paragraph, b[1]});
      akhbar::Document doc;
      doc.input = art.input;
      doc.format = "text";
      doc.text = doc.raw = std::string(b[0]) + "\n" + b[1] + "\n";
      if (auto s = r->store(art, doc); !s) {
        std::fprintf(stderr, "fuzz_query: %s\n", s.error().str().c_str());
        std::abort();
      }
    }
    return std::move(r).value();
  }();
  return a;
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// A failed search must be the parser's own error, word for word what check_query gave.
void check_search(const akhbar::Result<std::vector<akhbar::Summary>>& r,
                  const akhbar::Result<void>& checked) {
  if (bool(r) != bool(checked)) {
    std::fprintf(stderr, "check_query %s but search %s\n", checked ? "passed" : checked.error().str().c_str(),
                 r ? "passed" : r.error().str().c_str());
    __builtin_trap();
  }
  if (!r) {
    if (r.error().str() != checked.error().str()) __builtin_trap();
    return;
  }
  for (const auto& s : r.value()) {
    if (s.id <= 0 || s.id > static_cast<std::int64_t>(std::size(bodies))) __builtin_trap();
    // Marks come in pairs.
    std::size_t open = 0, close = 0;
    for (std::size_t at = 0; (at = s.snippet.find(akhbar::snippet_open, at)) != std::string::npos; ++at)
      ++open;
    for (std::size_t at = 0; (at = s.snippet.find(akhbar::snippet_close, at)) != std::string::npos; ++at)
      ++close;
    if (open != close) __builtin_trap();
  }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  // A search that must match proves the archive is there to be searched.
  auto r = archive().search("النفط", {});
  if (!r || r->size() != 2) std::abort();
  return 0;
}

namespace {

// One query through check_query and a search (with filters too when `both`).
bool one_query(const std::string& query, bool both) {
  auto checked = akhbar::Archive::check_query(query);
  // The error is the parser's, on one line (the query quoted in it may hold line breaks).
  if (!checked &&
      (!starts_with(checked.error().message, "bad query \"") ||
       (checked.error().message.find('\n') != std::string::npos && query.find('\n') == std::string::npos)))
    __builtin_trap();

  akhbar::Filters plain;
  plain.limit = 5;
  check_search(archive().search(query, plain), checked);
  if (!both) return bool(checked);
  akhbar::Filters filtered;
  filtered.source = "الجزيرة";
  filtered.since = "2024-07-12";
  filtered.rank_all = true;
  check_search(archive().search(query, filtered), checked);
  return bool(checked);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string query(reinterpret_cast<const char*>(data), size);
  // A short query that parses also goes in 120 times, joined as AND or as OR (by the size's
  // parity, to keep the cost down): a pasted paragraph is a query too, and length is what
  // mutations of short inputs rarely reach.
  if (one_query(query, true) && size < 64) {
    std::string joined = "(" + query + ")";
    for (int i = 1; i < 120; ++i) joined += (size % 2 ? " OR (" : " (") + query + ")";
    one_query(joined, false);
  }
  return 0;
}
