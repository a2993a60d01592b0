// The archive's parts in isolation, on real articles (../shared/corpus/saudinewsnet/split):
// prepare (folding, tokens, fingerprints, compression), store (SQL only, 500 per transaction),
// search (frequent words, snippets included) and get. bench/archive.sh times whole processes.
#include <akhbar/archive.h>
#include <akhbar/loader.h>
#include <akhbar/normalizer.h>
#include <akhbar/segmenter.h>
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace {
namespace fs = std::filesystem;
using namespace akhbar;

struct Sample {
  std::vector<Document> docs;
  std::vector<Article> articles;
};

// Up to 1,000 articles of the corpus, decoded and segmented once.
const Sample& sample() {
  static Sample s = [] {
    Sample out;
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(fs::path(AKHBAR_CORPUS) / "saudinewsnet" / "split"))
      files.push_back(e.path());
    std::sort(files.begin(), files.end());
    files.resize(std::min<std::size_t>(files.size(), 1000));
    auto seg = Segmenter::create();
    Normalizer n;
    for (const auto& f : files) {
      std::ifstream in(f, std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      Document d;
      d.raw = ss.str();
      d.format = "text";
      d.input.path = f.string();
      d.input.sha256 = std::to_string(std::hash<std::string>{}(d.raw)) + f.filename().string();
      Decoded dec = decode(d.raw);
      d.text = dec.text;
      d.input.encoding = dec.encoding;
      out.articles.push_back(seg->segment(d, n));
      out.docs.push_back(std::move(d));
    }
    return out;
  }();
  return s;
}

std::string temp_db(const char* name) {
  auto p = fs::temp_directory_path() /
           (std::string("akhbar-bench-") + name + "-" + std::to_string(getpid()) + ".db");
  for (const char* ext : {"", "-wal", "-shm"}) fs::remove(p.string() + ext);
  return p.string();
}

void BM_Prepare(benchmark::State& state) {
  const auto& s = sample();
  Normalizer n;
  std::size_t i = 0, bytes = 0;
  for (auto _ : state) {
    auto p = Archive::prepare(s.articles[i], s.docs[i], n);
    benchmark::DoNotOptimize(p);
    bytes += s.docs[i].raw.size();
    i = (i + 1) % s.articles.size();
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
}
BENCHMARK(BM_Prepare);

void BM_Store(benchmark::State& state) {
  const auto& s = sample();
  Normalizer n;
  std::vector<PreparedArticle> prepared;
  std::size_t stored = 0;
  for (auto _ : state) {
    state.PauseTiming();
    std::string db = temp_db("store");
    auto ar = Archive::open(db, OpenMode::read_write);
    prepared.clear();
    for (std::size_t i = 0; i < s.articles.size(); ++i)
      prepared.push_back(Archive::prepare(s.articles[i], s.docs[i], n));
    state.ResumeTiming();
    for (std::size_t i = 0; i < prepared.size(); ++i) {
      if (i % 500 == 0) (void)ar->begin();
      (void)ar->store(std::move(prepared[i]));
      if (i % 500 == 499 || i + 1 == prepared.size()) (void)ar->commit();
    }
    stored += prepared.size();
    state.PauseTiming();
    fs::remove(db);
    state.ResumeTiming();
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(stored));
}
BENCHMARK(BM_Store)->Unit(benchmark::kMillisecond);

// An archive of the sample for the read benchmarks, built once.
Archive& read_archive() {
  static std::string db = temp_db("read");
  static Archive ar = [] {
    auto a = Archive::open(db, OpenMode::read_write);
    const auto& s = sample();
    (void)a->begin();
    for (std::size_t i = 0; i < s.articles.size(); ++i) (void)a->store(s.articles[i], s.docs[i]);
    (void)a->commit();
    return std::move(a).value();
  }();
  return ar;
}

void BM_Search(benchmark::State& state) {
  Archive& ar = read_archive();
  const char* words[] = {"المملكة", "الرياض",           "وزارة",        "التعليم",
                         "الصحة",   "\"خادم الحرمين\"", "أمير OR وزير", "اقتصاد*"};
  Filters f;
  f.limit = 20;
  std::size_t i = 0;
  for (auto _ : state) {
    auto r = ar.search(words[i++ % std::size(words)], f);
    benchmark::DoNotOptimize(r);
  }
}
BENCHMARK(BM_Search)->Unit(benchmark::kMicrosecond);

void BM_Get(benchmark::State& state) {
  Archive& ar = read_archive();
  std::int64_t id = 1;
  for (auto _ : state) {
    auto a = ar.get(id);
    benchmark::DoNotOptimize(a);
    id = id % 900 + 1;
  }
}
BENCHMARK(BM_Get)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
