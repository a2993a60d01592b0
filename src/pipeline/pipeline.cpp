// The parse pipeline: one loader thread, N parser threads (each with its own Normalizer, since
// ICU iterators are not thread-safe), and delivery in input order on the calling thread.
#include <akhbar/pipeline.h>

#include <condition_variable>
#include <deque>
#include <exception>
#include <map>
#include <mutex>
#include <thread>
#include <variant>

namespace akhbar {
namespace {

// What the calling thread delivers: a parsed record or a diagnostic, in loader order.
using Item = std::variant<Parsed, Diagnostic>;

Parsed parse_one(Document&& doc, const Segmenter& segmenter, const Normalizer& normalizer, bool explain) {
  Parsed p;
  p.article = segmenter.segment(doc, normalizer, explain ? &p.trace : nullptr);
  p.doc = std::move(doc);
  return p;
}

Diagnostic crash_diagnostic(const Document& doc, const char* what) {
  return {Severity::error, doc.input.path + (doc.input.record ? ":" + std::to_string(doc.input.record) : ""),
          std::string("could not parse this record: ") + what};
}

}  // namespace

LoadStats run_pipeline(const std::vector<std::string>& paths, const PipelineOptions& options,
                       const Segmenter& segmenter, const std::function<void(Parsed&&)>& sink,
                       const DiagnosticSink& diag) {
  unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  if (jobs == 1) {
    // No threads: load, parse and deliver in one loop, which keeps memory at one record.
    Normalizer normalizer(options.normalize);
    return load(
        paths, options.load,
        [&](Document&& doc) {
          try {
            sink(parse_one(std::move(doc), segmenter, normalizer, options.explain));
          } catch (const std::exception& e) {
            diag(crash_diagnostic(doc, e.what()));
          }
        },
        diag);
  }

  const std::size_t depth = options.queue_depth ? options.queue_depth : 4 * jobs;
  std::mutex mu;
  std::condition_variable work_cv, done_cv, space_cv;
  std::deque<std::pair<std::size_t, Document>> work;
  std::map<std::size_t, Item> done;
  std::size_t next_seq = 0, delivered = 0;
  bool loading = true;
  LoadStats stats;

  std::thread loader([&] {
    auto admit = [&](std::unique_lock<std::mutex>& lock) {
      space_cv.wait(lock, [&] { return next_seq - delivered < depth; });
      return next_seq++;
    };
    stats = load(
        paths, options.load,
        [&](Document&& doc) {
          std::unique_lock lock(mu);
          std::size_t seq = admit(lock);
          work.emplace_back(seq, std::move(doc));
          work_cv.notify_one();
        },
        [&](const Diagnostic& d) {
          std::unique_lock lock(mu);
          std::size_t seq = admit(lock);
          done.emplace(seq, d);
          done_cv.notify_one();
        });
    std::lock_guard lock(mu);
    loading = false;
    work_cv.notify_all();
    done_cv.notify_all();
  });

  std::vector<std::thread> workers;
  for (unsigned i = 0; i < jobs; ++i) {
    workers.emplace_back([&] {
      Normalizer normalizer(options.normalize);
      for (;;) {
        std::pair<std::size_t, Document> job;
        {
          std::unique_lock lock(mu);
          work_cv.wait(lock, [&] { return !work.empty() || !loading; });
          if (work.empty()) return;
          job = std::move(work.front());
          work.pop_front();
        }
        Item item;
        try {
          item = parse_one(std::move(job.second), segmenter, normalizer, options.explain);
        } catch (const std::exception& e) {
          item = crash_diagnostic(job.second, e.what());
        }
        std::lock_guard lock(mu);
        done.emplace(job.first, std::move(item));
        done_cv.notify_all();
      }
    });
  }

  for (;;) {
    Item item;
    {
      std::unique_lock lock(mu);
      done_cv.wait(lock, [&] { return done.count(delivered) || (!loading && delivered == next_seq); });
      auto it = done.find(delivered);
      if (it == done.end()) break;
      item = std::move(it->second);
      done.erase(it);
      ++delivered;
      space_cv.notify_one();
    }
    if (auto* p = std::get_if<Parsed>(&item))
      sink(std::move(*p));
    else
      diag(std::get<Diagnostic>(item));
  }
  loader.join();
  for (auto& w : workers) w.join();
  return stats;
}

}  // namespace akhbar
