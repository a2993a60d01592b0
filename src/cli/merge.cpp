// `akhbar merge OUT.db SHARD.db...`: archives made anywhere (another machine, another ingest) into
// one, without reparsing. Each shard is merged on its own: a shard that fails is reported and the
// others still merge; a re-run after a kill completes the merge without doubling anything.
#include <chrono>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "cli/common.h"

namespace akhbar::cli {
namespace {

class MergeCommand : public Command {
 public:
  void setup(CLI::App& app) override {
    app.add_option("archive", m_out, "The archive to merge into (created when missing)")->required();
    app.add_option("shards", m_shards, "The archives to merge into it")->required();
    app.add_flag("-q,--quiet", m_quiet, "No text summary (errors are still printed)");
    m_write.add_to(app);
    app.footer(
        "Copies the shards' articles, raw copies, provenance and links (ids renumbered, nothing reparsed)\n"
        "and finds exact and near duplicates across them. Articles already in the archive (same input\n"
        "bytes, path and record) are skipped, so merging a shard twice adds nothing, and re-running after\n"
        "a crash completes the merge. Exit code 1 when a shard failed (the others are still merged).");
  }

  int run() override {
    auto opened = Archive::open(m_out, OpenMode::read_write, m_write.open_options());
    if (!opened) throw Failure(opened.error().str());
    Archive archive = std::move(opened).value();
    auto start = std::chrono::steady_clock::now();
    MergeStats total;
    std::size_t read = 0, failed = 0;
    for (const auto& shard : m_shards) {
      std::error_code ec;
      if (std::filesystem::equivalent(shard, m_out, ec)) {
        std::fprintf(stderr, "akhbar: error: %s: is the archive being merged into\n", shard.c_str());
        ++failed;
        continue;
      }
      auto r = archive.merge_from(shard, static_cast<std::int64_t>(m_write.batch));
      if (!r) {
        std::fprintf(stderr, "akhbar: error: %s\n", r.error().str().c_str());
        ++failed;
        continue;
      }
      ++read;
      total.inputs += r->inputs;
      total.added += r->added;
      total.children += r->children;
      total.duplicates += r->duplicates;
      total.near_duplicates += r->near_duplicates;
      total.known += r->known;
    }
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    double rate = secs > 0 ? static_cast<double>(total.inputs) / secs : 0;
    if (m_write.summary == "json") {
      nlohmann::ordered_json j = {{"shards", read},
                                  {"failed_shards", failed},
                                  {"records", total.inputs},
                                  {"stored", total.added},
                                  {"read_also_articles", total.children},
                                  {"duplicates", total.duplicates},
                                  {"near_duplicates", total.near_duplicates},
                                  {"already_archived", total.known},
                                  {"seconds", std::round(secs * 1000) / 1000},
                                  {"records_per_second", std::round(rate)}};
      write_out(stdout, j.dump() + "\n");
      std::fflush(stdout);
    } else if (!m_quiet) {
      std::fprintf(
          stderr,
          "merge: %zu shards read, %zu failed, %lld records: %lld articles stored (+%lld read-also), "
          "%lld exact duplicates, %lld near duplicates, %lld already archived; %.1f s (%.0f records/s)\n",
          read, failed, static_cast<long long>(total.inputs), static_cast<long long>(total.added),
          static_cast<long long>(total.children), static_cast<long long>(total.duplicates),
          static_cast<long long>(total.near_duplicates), static_cast<long long>(total.known), secs, rate);
    }
    return failed ? exit_failed : exit_ok;
  }

 private:
  std::string m_out;
  std::vector<std::string> m_shards;
  bool m_quiet = false;
  WriteOptions m_write;
};

const Registration registration("merge", "Merge archives (shards made anywhere) into one, without reparsing",
                                78, [] { return std::make_unique<MergeCommand>(); });

}  // namespace
}  // namespace akhbar::cli
