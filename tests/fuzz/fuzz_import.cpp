// libFuzzer target over the importers of `akhbar import`: the input is a file as import reads it
// (import_export tells JSON Lines from TEI by its first byte), and the same bytes also go to
// article_from_json whole. Every Article read must export again: through all four writers without
// a crash, and as jsonl and TEI that import back to the same record (a fixpoint after one round).
#include <akhbar/export.h>
#include <akhbar/record.h>

#include <cstdint>
#include <cstdio>
#include <sstream>
#include <string>
#include <vector>

namespace {

std::string export_as(akhbar::ExportFormat format, const akhbar::Article& a) {
  std::ostringstream out;
  auto w = akhbar::ExportWriter::create(format, out);
  w->write(7, a);
  w->finish();
  return out.str();
}

std::vector<akhbar::Article> import_all(const std::string& text, const char* what) {
  std::vector<akhbar::Article> out;
  std::istringstream in(text);
  auto r = akhbar::import_export(in, what, [&](akhbar::Article&& a) { out.push_back(std::move(a)); });
  if (!r) {
    std::fprintf(stderr, "an export did not import back: %s\n%s\n", r.error().str().c_str(), text.c_str());
    __builtin_trap();
  }
  return out;
}

// Exports `a` in `format`, imports it back, and checks that the round trip is stable: the record
// read back exports to exactly the same bytes.
void round_trip(akhbar::ExportFormat format, const akhbar::Article& a) {
  std::string first = export_as(format, a);
  auto back = import_all(first, format == akhbar::ExportFormat::tei ? "tei" : "jsonl");
  if (back.size() != 1) __builtin_trap();
  std::string second = export_as(format, back[0]);
  auto again = import_all(second, "again");
  if (again.size() != 1) __builtin_trap();
  if (export_as(format, again[0]) != second) {
    std::fprintf(stderr, "round trip is not stable:\n%s\n%s\n", second.c_str(),
                 export_as(format, again[0]).c_str());
    __builtin_trap();
  }
}

void exercise(const akhbar::Article& a) {
  (void)export_as(akhbar::ExportFormat::csv, a);
  (void)export_as(akhbar::ExportFormat::es_bulk, a);
  round_trip(akhbar::ExportFormat::jsonl, a);
  round_trip(akhbar::ExportFormat::tei, a);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  std::istringstream in(text);
  std::size_t n = 0;
  auto r = akhbar::import_export(in, "fuzz", [&](akhbar::Article&& a) {
    if (n++ < 4) exercise(a);  // the first few records of a long input are enough
  });
  // An error says what and where: the file's name, then its line (jsonl) or byte offset (TEI).
  if (!r && (r.error().message.empty() || r.error().where.rfind("fuzz", 0) != 0)) __builtin_trap();
  if (auto a = akhbar::article_from_json(text)) exercise(*a);
  return 0;
}
