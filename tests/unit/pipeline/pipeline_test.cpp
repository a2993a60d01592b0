#include <akhbar/pipeline.h>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

namespace akhbar {
namespace {

namespace fs = std::filesystem;

// Runs the pipeline and returns one line per delivered item: JSON for records, "!" + message for
// diagnostics, in delivery order.
std::vector<std::string> run(const std::vector<std::string>& paths, unsigned jobs, std::size_t depth = 0) {
  auto seg = Segmenter::create();
  EXPECT_TRUE(seg);
  PipelineOptions options;
  options.jobs = jobs;
  options.queue_depth = depth;
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

TEST_F(PipelineTest, RealCorpusSameWithOneAndTwoThreads) {
  fs::path corpus = fs::path(AKHBAR_CORPUS) / "ant-jawharafm" / "culture";
  if (!fs::exists(corpus)) GTEST_SKIP() << "no corpus at " << corpus;
  auto one = run({corpus.string()}, 1);
  EXPECT_FALSE(one.empty());
  EXPECT_EQ(run({corpus.string()}, 2), one);
}

}  // namespace
}  // namespace akhbar
