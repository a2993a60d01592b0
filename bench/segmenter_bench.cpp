// Segmenter throughput on real text: the UTF-8 plain-text files of the shared corpus, loaded into
// memory once, then segmented (display + search forms, rules, metadata) without I/O or JSON.
#include <akhbar/dates.h>
#include <akhbar/segmenter.h>
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

std::vector<akhbar::Document> corpus_docs() {
  std::vector<akhbar::Document> docs;
  namespace fs = std::filesystem;
  if (!fs::exists(AKHBAR_CORPUS)) return docs;
  for (const auto& e : fs::recursive_directory_iterator(AKHBAR_CORPUS)) {
    std::string p = e.path().string();
    if (!e.is_regular_file() || e.path().extension() != ".txt" || p.find("cp1256") != std::string::npos ||
        p.find("chardet") != std::string::npos || p.find("/ant-") != std::string::npos)
      continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    akhbar::Document d;
    d.input.path = p;
    d.text = ss.str();
    docs.push_back(std::move(d));
  }
  return docs;
}

void BM_SegmentCorpus(benchmark::State& state) {
  static const auto docs = corpus_docs();
  auto seg = akhbar::Segmenter::create();
  akhbar::Normalizer normalizer;
  std::size_t bytes = 0;
  for (auto _ : state) {
    for (const auto& d : docs) {
      benchmark::DoNotOptimize(seg->segment(d, normalizer));
      bytes += d.text.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["docs"] = static_cast<double>(docs.size());
}
BENCHMARK(BM_SegmentCorpus)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_FindDate(benchmark::State& state) {
  const char* lines[] = {"يوليو 23, 2024آخر تحديث: يوليو 23, 2024", "السبت 15 رجب 1442هـ 27 فبراير 2021م",
                         "Sun, 11 Mar 2018 12:16:13 +0400", "تاريخ النشر: 2024-07-23 10:30"};
  for (auto _ : state)
    for (const char* l : lines) benchmark::DoNotOptimize(akhbar::find_date(l));
  state.SetItemsProcessed(state.iterations() * 4);
}
BENCHMARK(BM_FindDate);

}  // namespace

BENCHMARK_MAIN();
