#include <akhbar/pipeline.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>

namespace akhbar {
namespace {

namespace fs = std::filesystem;

// Runs the pipeline and returns one line per delivered item: JSON for records, "!" + message for
// diagnostics, in delivery order.
std::vector<std::string> run(const std::vector<std::string>& paths, unsigned jobs, std::size_t depth = 0,
                             Preloaded* preloaded = nullptr) {
  auto seg = Segmenter::create();
  EXPECT_TRUE(seg);
  PipelineOptions options;
  options.jobs = jobs;
  options.queue_depth = depth;
  options.preloaded = preloaded;
  std::vector<std::string> out;
  run_pipeline(
      paths, options, *seg, [&](Parsed&& p) { out.push_back(to_json_line(p.article)); },
      [&](const Diagnostic& d) { out.push_back("!" + d.str()); });
  return out;
}

class PipelineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir = fs::temp_directory_path() / ("akhbar-pipeline-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    for (int i = 0; i < 40; ++i) {
      std::ofstream f(dir / ("a" + std::to_string(100 + i) + ".txt"));
      f << "خبر رقم " << i << "\nالقاهرة - نص الخبر " << i << ".\n";
    }
  }
  void TearDown() override { fs::remove_all(dir); }
  fs::path dir;
};

TEST_F(PipelineTest, OutputInInputOrderWhateverTheThreads) {
  auto one = run({dir.string()}, 1);
  ASSERT_EQ(one.size(), 40u);
  for (unsigned jobs : {2u, 3u, 8u}) {
    EXPECT_EQ(run({dir.string()}, jobs), one) << jobs << " jobs";
    EXPECT_EQ(run({dir.string()}, jobs, 1), one) << jobs << " jobs, depth 1";
  }
}

TEST_F(PipelineTest, DiagnosticsKeepTheirPlace) {
  std::string a = (dir / "a100.txt").string(), b = (dir / "a101.txt").string();
  std::string missing = (dir / "missing.txt").string();
  for (unsigned jobs : {1u, 4u}) {
    auto out = run({a, missing, b}, jobs);
    ASSERT_EQ(out.size(), 3u);
    EXPECT_EQ(out[0].rfind("{", 0), 0u);
    EXPECT_EQ(out[1], "!akhbar: error: " + missing + ": cannot open: No such file or directory");
    EXPECT_EQ(out[2].rfind("{", 0), 0u);
  }
}

// What load() gives for `path` alone, as the site-template pass keeps it.
LoadedFile load_file(const std::string& path) {
  LoadedFile f;
  f.stats = load(
      {path}, {}, [&](Document&& d) { f.items.emplace_back(std::move(d)); },
      [&](const Diagnostic& d) { f.items.emplace_back(d); });
  return f;
}

TEST_F(PipelineTest, PreloadedFilesAreReplayedOnceInTheirPlace) {
  auto fresh = run({dir.string()}, 1);
  ASSERT_EQ(fresh.size(), 40u);
  for (unsigned jobs : {1u, 3u}) {
    // Every other file kept, then changed on disk: the kept ones must come out as they were read,
    // the others as they are now; a kept diagnostic keeps its place before the file's record.
    Preloaded kept(std::size_t{1} << 20);
    std::vector<std::string> expected = fresh;
    for (int i = 0; i < 40; i += 2) {
      std::string path = (dir / ("a" + std::to_string(100 + i) + ".txt")).string();
      LoadedFile f = load_file(path);
      if (i == 10) f.items.insert(f.items.begin(), load_file((dir / "missing.txt").string()).items.front());
      ASSERT_TRUE(kept.keep(path, std::move(f), 1000));
    }
    for (int i = 0; i < 40; ++i) {
      std::ofstream f(dir / ("a" + std::to_string(100 + i) + ".txt"));
      f << "خبر آخر " << i << "\nنص جديد " << i << ".\n";
    }
    auto changed = run({dir.string()}, 1);
    for (int i = 1; i < 40; i += 2) expected[i] = changed[i];
    expected.insert(expected.begin() + 10, "!akhbar: error: " + (dir / "missing.txt").string() +
                                               ": cannot open: No such file or directory");
    EXPECT_EQ(run({dir.string()}, jobs, 0, &kept), expected) << jobs << " jobs";
    // Replayed once: a second run reads every file again.
    EXPECT_EQ(run({dir.string()}, jobs, 0, &kept), changed) << jobs << " jobs";
    SetUp();  // the original files again
  }
}

TEST(Preloaded, KeepsWithinItsBudgetAndGivesEachFileOnce) {
  Preloaded p(1000);
  EXPECT_EQ(p.room(), 1000u);
  EXPECT_TRUE(p.keep("a", LoadedFile{}, 600));
  EXPECT_FALSE(p.keep("b", LoadedFile{}, 600));  // over the budget: read again later
  EXPECT_FALSE(p.keep("a", LoadedFile{}, 10));   // kept already
  EXPECT_EQ(p.room(), 400u);
  EXPECT_TRUE(p.take("a"));
  EXPECT_FALSE(p.take("a"));
  EXPECT_FALSE(p.take("b"));
}

// Runs the pipeline with a worker step that makes the JSON line (and notes its thread), as parse
// does; one line per delivered item as run() gives.
std::vector<std::string> run_step(const std::vector<std::string>& paths, unsigned jobs, std::size_t depth,
                                  std::set<std::thread::id>* step_threads = nullptr) {
  auto seg = Segmenter::create();
  EXPECT_TRUE(seg);
  PipelineOptions options;
  options.jobs = jobs;
  options.queue_depth = depth;
  std::mutex mu;
  std::vector<std::string> out;
  auto caller = std::this_thread::get_id();
  run_pipeline(
      paths, options, *seg,
      [&](Parsed& p, const Normalizer&) {
        if (step_threads) {
          std::lock_guard lock(mu);
          step_threads->insert(std::this_thread::get_id());
        }
        return to_json_line(p.article);
      },
      [&](Parsed&& p, std::string&& line) {
        EXPECT_EQ(std::this_thread::get_id(), caller);
        EXPECT_EQ(line, to_json_line(p.article));  // the product travels with its own record
        out.push_back(std::move(line));
      },
      [&](const Diagnostic& d) {
        EXPECT_EQ(std::this_thread::get_id(), caller);
        out.push_back("!" + d.str());
      });
  return out;
}

// A JSON Lines file of `n` articles (numbered, so that each record differs).
void write_jsonl(const fs::path& path, int n) {
  std::ofstream f(path);
  for (int i = 0; i < n; ++i)
    f << R"({"title": "عنوان الخبر )" << i << R"(", "body": "القاهرة - نص الخبر رقم )" << i
      << R"( في سطره الأول.\nوفقرة ثانية من الخبر )" << i << R"(."})"
      << "\n";
}

TEST_F(PipelineTest, WorkerStepKeepsOrderAndDeliversEverything) {
  // Many small files, a missing one, one big JSON Lines file (a single loader) and an empty file.
  write_jsonl(dir / "a120.jsonl", 300);
  std::ofstream(dir / "a121.txt").close();  // empty: a warning in its place
  std::string missing = (dir / "missing.txt").string();
  std::vector<std::string> paths = {dir.string(), missing, (dir / "a105.txt").string()};
  auto plain = run(paths, 1);
  auto one = run_step(paths, 1, 0);
  ASSERT_EQ(one, plain);
  // 39 text files (a121.txt is now empty: a warning) + 300 records + the missing file + a105 again.
  ASSERT_EQ(one.size(), 39u + 1 + 300 + 1 + 1);
  for (unsigned jobs = 1; jobs <= 4; ++jobs)
    for (std::size_t depth : {0, 1, 2, 7})
      EXPECT_EQ(run_step(paths, jobs, depth), one) << jobs << " jobs, depth " << depth;
}

TEST_F(PipelineTest, MixedShapesAndUnevenTimingKeepOrder) {
  // Files of every size (one record, none, up to 60 records with broken lines among them: errors
  // inside a file, between its records), and a step whose time varies by record, so that workers
  // publish their batches, hand documents over and finish files in ever different orders.
  for (int i = 0; i < 30; ++i) {
    std::ofstream f(dir / ("b" + std::to_string(100 + i) + ".jsonl"));
    for (int r = 0; r < (i * 7) % 61; ++r) {
      if (r % 13 == 5)
        f << "{not json\n";
      else
        f << R"({"title": "عنوان )" << i << "-" << r << R"(", "body": "القاهرة - نص الخبر )" << r << R"(."})"
          << "\n";
    }
  }
  auto seg = Segmenter::create();
  ASSERT_TRUE(seg);
  auto run_uneven = [&](unsigned jobs, std::size_t depth) {
    PipelineOptions options;
    options.jobs = jobs;
    options.queue_depth = depth;
    std::vector<std::string> out;
    run_pipeline(
        {dir.string()}, options, *seg,
        [&](Parsed& p, const Normalizer&) {
          if (p.doc.input.record % 5 == 0) std::this_thread::sleep_for(std::chrono::microseconds(200));
          return to_json_line(p.article);
        },
        [&](Parsed&&, std::string&& line) { out.push_back(std::move(line)); },
        [&](const Diagnostic& d) { out.push_back("!" + d.str()); });
    return out;
  };
  auto one = run_uneven(1, 0);
  ASSERT_GT(one.size(), 800u);
  ASSERT_GT(std::count_if(one.begin(), one.end(), [](const std::string& l) { return l[0] == '!'; }), 40);
  for (unsigned jobs : {2u, 3u, 4u})
    for (std::size_t depth : {0, 1, 3, 40}) EXPECT_EQ(run_uneven(jobs, depth), one) << jobs << " jobs, depth " << depth;
}

TEST_F(PipelineTest, OneBigFileIsSegmentedByMoreThanOneWorker) {
  write_jsonl(dir / "big.jsonl", 200);
  std::string big = (dir / "big.jsonl").string();
  auto one = run_step({big}, 1, 0);
  ASSERT_EQ(one.size(), 200u);
  // A slow step (1 ms a record, far slower than loading one) makes the loading worker hand
  // documents to the other one.
  auto seg = Segmenter::create();
  ASSERT_TRUE(seg);
  PipelineOptions options;
  options.jobs = 2;
  std::mutex mu;
  std::set<std::thread::id> threads;
  std::vector<std::string> out;
  run_pipeline(
      {big}, options, *seg,
      [&](Parsed& p, const Normalizer&) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
        std::lock_guard lock(mu);
        threads.insert(std::this_thread::get_id());
        return to_json_line(p.article);
      },
      [&](Parsed&&, std::string&& line) { out.push_back(std::move(line)); }, [](const Diagnostic&) {});
  EXPECT_EQ(out, one);
  EXPECT_EQ(threads.size(), 2u);
}

TEST_F(PipelineTest, DiagnosticsKeepTheirPlaceWithAStep) {
  std::string a = (dir / "a100.txt").string(), b = (dir / "a101.txt").string();
  std::string missing = (dir / "missing.txt").string();
  fs::create_directories(dir / "sub");
  std::ofstream(dir / "sub" / "empty.txt").close();
  for (unsigned jobs : {1u, 2u, 3u, 4u}) {
    auto out = run_step({a, missing, (dir / "sub").string(), b, missing}, jobs, 1);
    ASSERT_EQ(out.size(), 5u) << jobs;
    EXPECT_EQ(out[0].rfind("{", 0), 0u);
    EXPECT_EQ(out[1], "!akhbar: error: " + missing + ": cannot open: No such file or directory");
    EXPECT_EQ(out[2].rfind("!akhbar: warning: ", 0), 0u) << out[2];
    EXPECT_NE(out[2].find("empty.txt"), std::string::npos) << out[2];
    EXPECT_EQ(out[3].rfind("{", 0), 0u);
    EXPECT_EQ(out[4], out[1]);
  }
}

TEST_F(PipelineTest, OptionErrorsAreReportedOnceWhateverTheThreads) {
  auto seg = Segmenter::create();
  ASSERT_TRUE(seg);
  for (unsigned jobs : {1u, 2u, 4u}) {
    PipelineOptions options;
    options.jobs = jobs;
    options.load.fields["bogus"] = "x";
    std::vector<std::string> diags;
    std::size_t records = 0;
    auto stats = run_pipeline(
        {dir.string()}, options, *seg, [&](Parsed&&) { ++records; },
        [&](const Diagnostic& d) { diags.push_back(d.str()); });
    EXPECT_EQ(diags.size(), 1u) << jobs;
    EXPECT_EQ(records, 40u) << jobs;
    EXPECT_EQ(stats.failed, 1u) << jobs;
    EXPECT_EQ(stats.records, 40u) << jobs;
    EXPECT_EQ(stats.inputs, 40u) << jobs;
  }
}

TEST_F(PipelineTest, StatsAddUpOverWorkers) {
  std::string missing = (dir / "missing.txt").string();
  auto seg = Segmenter::create();
  ASSERT_TRUE(seg);
  std::vector<LoadStats> all;
  for (unsigned jobs : {1u, 2u, 3u}) {
    PipelineOptions options;
    options.jobs = jobs;
    all.push_back(run_pipeline(
        {dir.string(), missing}, options, *seg, [](Parsed&&) {}, [](const Diagnostic&) {}));
  }
  for (const auto& s : all) {
    EXPECT_EQ(s.inputs, 40u);
    EXPECT_EQ(s.records, 40u);
    EXPECT_EQ(s.failed, 1u);
    EXPECT_EQ(s.bytes, all[0].bytes);
  }
}

TEST_F(PipelineTest, AThrowingSinkStopsEveryThread) {
  write_jsonl(dir / "big.jsonl", 500);
  auto seg = Segmenter::create();
  ASSERT_TRUE(seg);
  for (unsigned jobs : {1u, 2u, 4u}) {
    PipelineOptions options;
    options.jobs = jobs;
    options.queue_depth = 3;
    std::size_t delivered = 0;
    EXPECT_THROW(run_pipeline(
                     {dir.string()}, options, *seg,
                     [&](Parsed&&) {
                       if (++delivered == 5) throw std::runtime_error("cannot write output");
                     },
                     [](const Diagnostic&) {}),
                 std::runtime_error)
        << jobs;
    EXPECT_EQ(delivered, 5u);
  }
}

TEST_F(PipelineTest, CancelStopsLoadingAndEndsCleanly) {
  write_jsonl(dir / "big.jsonl", 500);
  auto seg = Segmenter::create();
  ASSERT_TRUE(seg);
  for (unsigned jobs : {1u, 2u, 4u}) {
    std::atomic<bool> cancel{false};
    PipelineOptions options;
    options.jobs = jobs;
    options.load.cancel = &cancel;
    std::size_t delivered = 0;
    auto stats = run_pipeline(
        {dir.string()}, options, *seg,
        [&](Parsed&&) {
          if (++delivered == 3) cancel = true;
        },
        [](const Diagnostic&) {});
    EXPECT_GE(delivered, 3u) << jobs;
    EXPECT_LT(delivered, 540u) << jobs;  // what was in flight is delivered, nothing more is read
    EXPECT_LT(stats.records, 540u) << jobs;
  }
}

TEST_F(PipelineTest, RealCorpusSameWithOneAndTwoThreads) {
  // Text files, HTML pages and a JSON file of many records (satirical-hudood, marsum-goud).
  fs::path corpus(AKHBAR_CORPUS);
  if (!fs::exists(corpus)) GTEST_SKIP() << "no shared corpus at " << corpus.string();
  std::vector<std::string> paths;
  for (const char* sub :
       {"ant-jawharafm/culture", "seed", "newspaper4k-html", "satirical-hudood", "marsum-goud"})
    if (fs::exists(corpus / sub)) paths.push_back((corpus / sub).string());
  ASSERT_FALSE(paths.empty()) << corpus;
  auto one = run(paths, 1);
  EXPECT_GT(one.size(), 100u);
  EXPECT_EQ(run(paths, 2), one);
  EXPECT_EQ(run_step(paths, 3, 5), one);
}

}  // namespace
}  // namespace akhbar
