// Normalizer throughput on the UTF-8 text of ../shared/corpus, one call per file as the pipeline
// makes them, beside ICU's own NFC over the same bytes. Bytes/s are input bytes.
#include <akhbar/normalizer.h>
#include <benchmark/benchmark.h>
#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/utf8.h>

#include <time.h>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

bool valid_utf8(const std::string& s) {
  const auto* p = reinterpret_cast<const std::uint8_t*>(s.data());
  const auto n = static_cast<std::int32_t>(s.size());
  for (std::int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return false;
  }
  return true;
}

// Every UTF-8 file of the corpus, in sorted order.
const std::vector<std::string>& texts() {
  static const std::vector<std::string> all = [] {
    std::vector<fs::path> files;
    for (const auto& e : fs::recursive_directory_iterator(AKHBAR_CORPUS))
      if (e.is_regular_file()) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    std::vector<std::string> out;
    for (const auto& f : files) {
      std::ifstream in(f, std::ios::binary);
      std::stringstream buf;
      buf << in.rdbuf();
      if (valid_utf8(buf.str())) out.push_back(buf.str());
    }
    return out;
  }();
  return all;
}

std::int64_t total_bytes() {
  std::int64_t n = 0;
  for (const auto& t : texts()) n += static_cast<std::int64_t>(t.size());
  return n;
}

void BM_Display(benchmark::State& state) {
  akhbar::Normalizer n;
  std::string out;
  for (auto _ : state) {
    for (const auto& t : texts()) {
      n.display(t, out);
      benchmark::DoNotOptimize(out.data());
    }
  }
  state.SetBytesProcessed(state.iterations() * total_bytes());
}
BENCHMARK(BM_Display)->Unit(benchmark::kMillisecond);

void BM_DisplayAsciiDigits(benchmark::State& state) {
  akhbar::Normalizer n(akhbar::NormalizeOptions{akhbar::Digits::ascii});
  std::string out;
  for (auto _ : state) {
    for (const auto& t : texts()) {
      n.display(t, out);
      benchmark::DoNotOptimize(out.data());
    }
  }
  state.SetBytesProcessed(state.iterations() * total_bytes());
}
BENCHMARK(BM_DisplayAsciiDigits)->Unit(benchmark::kMillisecond);

void BM_Search(benchmark::State& state) {
  akhbar::Normalizer n;
  std::string out;
  for (auto _ : state) {
    for (const auto& t : texts()) {
      n.search(t, out);
      benchmark::DoNotOptimize(out.data());
    }
  }
  state.SetBytesProcessed(state.iterations() * total_bytes());
}
BENCHMARK(BM_Search)->Unit(benchmark::kMillisecond);

// What the archive does per article: search form, word breaks, stemming.
void BM_SearchTokensStem(benchmark::State& state) {
  akhbar::Normalizer n;
  std::vector<std::string> tokens;
  std::size_t count = 0;
  for (auto _ : state) {
    for (const auto& t : texts()) {
      tokens.clear();
      n.tokens(t, tokens);
      count += tokens.size();
    }
  }
  state.SetBytesProcessed(state.iterations() * total_bytes());
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(count), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_SearchTokensStem)->Unit(benchmark::kMillisecond);

// ICU's NFC alone over the same bytes, the floor any ICU-based normalizer starts from.
void BM_IcuNfcOnly(benchmark::State& state) {
  UErrorCode st = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(st);
  std::string out;
  for (auto _ : state) {
    for (const auto& t : texts()) {
      out.clear();
      icu::StringByteSink<std::string> sink(&out, static_cast<int32_t>(t.size()));
      nfc->normalizeUTF8(0, icu::StringPiece(t.data(), static_cast<int32_t>(t.size())), sink, nullptr, st);
      benchmark::DoNotOptimize(out.data());
    }
  }
  state.SetBytesProcessed(state.iterations() * total_bytes());
}
BENCHMARK(BM_IcuNfcOnly)->Unit(benchmark::kMillisecond);

// One Normalizer per pipeline thread: what constructing one costs once the tables exist.
void BM_Construct(benchmark::State& state) {
  akhbar::Normalizer warm;
  for (auto _ : state) {
    akhbar::Normalizer n;
    benchmark::DoNotOptimize(&n);
  }
}
BENCHMARK(BM_Construct)->Unit(benchmark::kMicrosecond);

// CPU time of `f`, in milliseconds of this thread.
template <class F>
double cpu_ms(F&& f) {
  timespec a{}, b{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &a);
  f();
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &b);
  return static_cast<double>(b.tv_sec - a.tv_sec) * 1e3 + static_cast<double>(b.tv_nsec - a.tv_nsec) / 1e6;
}

}  // namespace

// Before any benchmark touches the normalizer: what the first use costs a fresh process (the
// rule tables are built page by page on first touch), as `akhbar search` or `show` pays it.
int main(int argc, char** argv) {
  const std::string query = "الانتخابات في إسرائيل Reuters ٢٠٢٤";
  std::optional<akhbar::Normalizer> n;
  std::vector<std::string> tokens;
  std::string out;
  const double construct = cpu_ms([&] { n.emplace(); });
  const double display = cpu_ms([&] { n->display(query, out); });
  const double search = cpu_ms([&] { n->search(query, out); });
  const double first_tokens = cpu_ms([&] { n->tokens(query, tokens); });
  const double again = cpu_ms([&] {
    tokens.clear();
    n->tokens(query, tokens);
  });
  char line[256];
  std::snprintf(line, sizeof line,
                "construct %.3f ms, first display %.3f ms, first search %.3f ms, first tokens %.3f ms, "
                "tokens again %.3f ms (CPU, query \"%s\")",
                construct, display, search, first_tokens, again, query.c_str());
  benchmark::AddCustomContext("first use", line);
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
