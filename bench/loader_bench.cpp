// Loader benchmarks. Without arguments (or with Google Benchmark flags): micro-benchmarks of
// UTF-8 validation, whole-record decoding, legacy detection and JSON Lines splitting on text
// built from the corpus. With `--load PATH...`: a whole-process run of load() alone (no
// segmenter), printing records, bytes, seconds and MB/s, for bench/loader.sh.
#include <akhbar/loader.h>
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

namespace fs = std::filesystem;

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// About 8 MB of real UTF-8 Arabic articles (the SaudiNewsNet split folder, repeated).
const std::string& utf8_text() {
  static const std::string text = [] {
    std::string t;
    fs::path dir = fs::path(AKHBAR_CORPUS) / "saudinewsnet" / "split";
    while (t.size() < 8u << 20) {
      std::size_t before = t.size();
      for (const auto& e : fs::directory_iterator(dir)) {
        t += slurp(e.path());
        if (t.size() >= 8u << 20) break;
      }
      if (t.size() == before) break;
    }
    return t;
  }();
  return text;
}

void BM_DecodeUtf8(benchmark::State& state) {
  const std::string& t = utf8_text();
  for (auto _ : state) {
    auto d = akhbar::decode(t, std::string("UTF-8"));
    benchmark::DoNotOptimize(d.text.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * t.size()));
}
BENCHMARK(BM_DecodeUtf8)->Unit(benchmark::kMillisecond);

void BM_DecodeDetect(benchmark::State& state) {
  const std::string& t = utf8_text();
  for (auto _ : state) {
    auto d = akhbar::decode(t);
    benchmark::DoNotOptimize(d.text.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * t.size()));
}
BENCHMARK(BM_DecodeDetect)->Unit(benchmark::kMillisecond);

void BM_DecodeWindows1256Article(benchmark::State& state) {
  fs::path dir = fs::path(AKHBAR_CORPUS) / "arabic-newspapers-cp1256";
  std::string sample;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) {
      sample = slurp(e.path());
      if (sample.size() > 2000) break;
    }
  for (auto _ : state) {
    auto d = akhbar::decode(sample);
    benchmark::DoNotOptimize(d.text.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * sample.size()));
}
BENCHMARK(BM_DecodeWindows1256Article);

void BM_LoadJsonLines(benchmark::State& state) {
  // The UTF-8 text as JSON Lines, one article per line, in a temporary file.
  fs::path p = fs::temp_directory_path() / "akhbar-bench-loader.jsonl";
  {
    std::ofstream out(p, std::ios::binary);
    const std::string& t = utf8_text();
    for (std::size_t at = 0, end = 0; at < t.size(); at = end) {
      // About 4,000 bytes a record, cut before a lead byte so that every record is valid UTF-8
      // (cutting inside a character made each record go the invalid-bytes path).
      end = std::min(t.size(), at + 4000);
      while (end < t.size() && (static_cast<unsigned char>(t[end]) & 0xC0) == 0x80) --end;
      std::string chunk = t.substr(at, end - at);
      std::string esc;
      for (char c : chunk) {
        if (c == '"' || c == '\\') esc += '\\';
        if (c == '\n') {
          esc += "\\n";
          continue;
        }
        if (static_cast<unsigned char>(c) < 0x20) continue;
        esc += c;
      }
      out << "{\"title\": \"t\", \"content\": \"" << esc << "\"}\n";
    }
  }
  std::size_t bytes = fs::file_size(p);
  akhbar::LoadOptions o;
  for (auto _ : state) {
    std::size_t n = 0;
    akhbar::load(
        {p.string()}, o, [&](akhbar::Document&& d) { n += d.text.size(); }, [](const akhbar::Diagnostic&) {});
    benchmark::DoNotOptimize(n);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  fs::remove(p);
}
BENCHMARK(BM_LoadJsonLines)->Unit(benchmark::kMillisecond);

// load() alone over the given paths, timed as a whole.
int run_load(int argc, char** argv) {
  std::vector<std::string> paths(argv + 2, argv + argc);
  akhbar::LoadOptions o;
  std::size_t text = 0, errors = 0;
  auto start = std::chrono::steady_clock::now();
  auto stats = akhbar::load(
      paths, o, [&](akhbar::Document&& d) { text += d.text.size(); },
      [&](const akhbar::Diagnostic& d) { errors += d.severity == akhbar::Severity::error; });
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("inputs %zu records %zu bytes %zu text %zu errors %zu seconds %.3f MB/s %.1f\n", stats.inputs,
              stats.records, stats.bytes, text, errors, secs, static_cast<double>(stats.bytes) / 1e6 / secs);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc >= 2 && std::strcmp(argv[1], "--load") == 0) return run_load(argc, argv);
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
