// The parse pipeline. The input is cut into slots in input order: one slot per file of the folder
// walk (or one per walk problem). N worker threads each claim the next slot and load it, so that
// loading and decoding run in parallel too; a worker segments the documents it loads and runs the
// worker step on them itself, except that it hands a document to an idle worker when there is one
// (a single big JSON Lines file is then loaded by one worker and segmented by all). Each worker has
// its own Normalizer (ICU iterators are not thread-safe); the Segmenter is immutable and shared.
// The calling thread delivers slot by slot, item by item, taking every ready item under one lock.
// Memory: records and diagnostics in flight are bounded by queue_depth (a worker that would go past
// it helps the others or waits), slots by queue_depth + jobs.
#include <akhbar/pipeline.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <variant>

#include "loader/detail_walk.h"

namespace akhbar {
namespace {

// A parsed record with what the worker step made of it.
struct Done {
  Parsed parsed;
  std::unique_ptr<detail::AnyProduct> product;
};

// One item of a slot: a document waiting for a worker, a finished record, or a diagnostic.
using Item = std::variant<Document, Done, Diagnostic>;

struct Entry {
  Item item;
  bool ready = false;  // item is Done or Diagnostic
};

// One unit of loading: what one load() call reads, and its items not yet delivered, in order.
struct Slot {
  std::vector<std::string> paths;  // empty for a walk problem
  std::deque<Entry> items;         // deque: entries keep their address while others come and go
  bool loaded = false;             // load() returned (or nothing to load): no more items will come
};

Diagnostic crash_diagnostic(const Document& doc, const char* what) {
  return {Severity::error, doc.input.path + (doc.input.record ? ":" + std::to_string(doc.input.record) : ""),
          std::string("could not parse this record: ") + what};
}

void add(LoadStats& to, const LoadStats& s) {
  to.inputs += s.inputs;
  to.records += s.records;
  to.bytes += s.bytes;
  to.failed += s.failed;
  to.warnings += s.warnings;
}

// Segments one document and runs the step on it; a throw becomes an error in the record's place.
Item process(Document&& doc, const Segmenter& segmenter, const Normalizer& normalizer, bool explain,
             const detail::ErasedStep& step) {
  Done d;
  bool moved = false;
  try {
    d.parsed.article = segmenter.segment(doc, normalizer, explain ? &d.parsed.trace : nullptr);
    d.parsed.doc = std::move(doc);
    moved = true;
    if (step) d.product = step(d.parsed, normalizer);
  } catch (const std::exception& e) {
    return crash_diagnostic(moved ? d.parsed.doc : doc, e.what());
  }
  return d;
}

// How long the calling thread sleeps before it looks for ready records unasked (see wake_consumer):
// the most a record waits for delivery when input trickles in, e.g. from a pipe.
constexpr auto consumer_poll = std::chrono::milliseconds(2);

class Pipeline {
 public:
  Pipeline(const std::vector<std::string>& paths, const PipelineOptions& options, const Segmenter& segmenter,
           const detail::ErasedStep& step, unsigned jobs)
      : m_paths(paths), m_options(options), m_segmenter(segmenter), m_step(step), m_jobs(jobs) {
    m_depth = options.queue_depth ? options.queue_depth : 16 * std::size_t{jobs};
    m_max_slots = m_depth + jobs;
    m_user_cancel = options.load.cancel;
    m_load = options.load;
    m_load.cancel = &m_stop;
    // load() checks its options (--field names) once per call: when it objects, one load() over
    // every path reports it once, as without threads (its documents are still segmented by all).
    bool options_ok = true;
    load(
        {}, options.load, [](Document&&) {}, [&](const Diagnostic&) { options_ok = false; });
    m_one_slot = !options_ok;
  }

  LoadStats run(const detail::ErasedSink& sink, const DiagnosticSink& diag) {
    std::thread walker([this] { walk(); });
    std::vector<std::thread> workers;
    for (unsigned i = 0; i < m_jobs; ++i) workers.emplace_back([this] { work(); });
    std::exception_ptr failure;
    try {
      consume(sink, diag);
    } catch (...) {
      // The sink or diag failed (e.g. a write error): stop everything, then pass the error on.
      failure = std::current_exception();
      std::lock_guard lock(m_mu);
      m_stop = true;
      m_walk_cv.notify_all();
      m_space_cv.notify_all();
      m_idle_cv.notify_all();
    }
    walker.join();
    for (auto& w : workers) w.join();
    if (failure) std::rethrow_exception(failure);
    return m_stats;
  }

 private:
  // The folder walk: appends slots, at most m_max_slots ahead of delivery.
  void walk() {
    auto push = [&](Slot&& slot) {
      std::unique_lock lock(m_mu);
      ++m_walk_waiting;
      if (m_slots.size() >= m_max_slots) wake_consumer(true);
      m_walk_cv.wait(lock, [&] { return m_stop || m_slots.size() < m_max_slots; });
      --m_walk_waiting;
      if (m_stop) return false;
      m_inflight += slot.items.size();
      m_slots.push_back(std::move(slot));
      if (m_idle) m_idle_cv.notify_one();
      return true;
    };
    if (m_one_slot) {
      Slot s;
      s.paths = m_paths;
      push(std::move(s));
    } else {
      detail::walk_inputs(
          m_paths, m_load,
          [&](const std::string& path) {
            if (user_cancelled()) return false;
            Slot s;
            s.paths.push_back(path);
            return push(std::move(s));
          },
          [&](const Diagnostic& d) {
            Slot s;
            s.items.push_back({d, true});
            s.loaded = true;
            if (push(std::move(s))) {
              std::lock_guard lock(m_mu);
              (d.severity == Severity::error ? m_stats.failed : m_stats.warnings) += 1;
            }
          });
    }
    std::lock_guard lock(m_mu);
    m_walk_done = true;
    wake_consumer(true);
    m_idle_cv.notify_all();
  }

  // A worker: documents waiting for a hand first, then the next slot to load, else sleep.
  void work() {
    Normalizer normalizer(m_options.normalize);
    std::unique_lock lock(m_mu);
    for (;;) {
      if (!m_pending.empty()) {
        help(lock, normalizer);
        continue;
      }
      if (Slot* s = claim()) {
        ++m_loading;
        lock.unlock();
        LoadStats stats = load_slot(*s, normalizer);
        lock.lock();
        add(m_stats, stats);
        --m_loading;
        s->loaded = true;
        wake_consumer();
        if (finished()) m_idle_cv.notify_all();
        continue;
      }
      if (finished()) {
        m_idle_cv.notify_all();  // the others may be asleep since the last document was handed out
        wake_consumer(true);
        return;
      }
      ++m_idle;
      m_idle_cv.wait(lock);
      --m_idle;
    }
  }

  // The next slot nobody loads yet (slots are claimed in order, so the one being delivered is
  // always claimed before any later one).
  Slot* claim() {
    skip_loaded();
    if (m_next_claim - m_first_seq == m_slots.size()) return nullptr;
    return &m_slots[m_next_claim++ - m_first_seq];
  }

  // Moves the claim position past delivered slots and walk problems (nothing to load there).
  void skip_loaded() {
    if (m_next_claim < m_first_seq) m_next_claim = m_first_seq;
    while (m_next_claim - m_first_seq < m_slots.size() && m_slots[m_next_claim - m_first_seq].loaded)
      ++m_next_claim;
  }

  // Nothing left to do for any worker.
  bool finished() {
    skip_loaded();
    return m_walk_done && m_pending.empty() && m_loading == 0 && m_next_claim - m_first_seq == m_slots.size();
  }

  bool user_cancelled() {
    if (m_user_cancel && m_user_cancel->load()) m_stop = true;
    return m_stop;
  }

  LoadStats load_slot(Slot& s, const Normalizer& normalizer) {
    return load(
        s.paths, m_load,
        [&](Document&& doc) {
          if (user_cancelled()) return;
          std::unique_lock lock(m_mu);
          if (!admit(lock, s, normalizer)) return;
          Entry& e = s.items.emplace_back();
          ++m_inflight;
          if (m_pending.size() < 2 * (m_jobs - m_loading)) {
            // Workers that load nothing segment: keep two documents ready for each of them,
            // and read on; when they have enough, segment this one here.
            e.item = std::move(doc);
            m_pending.emplace_back(&s, &e);
            if (m_idle)
              m_idle_cv.notify_one();
            else if (m_space_waiting)
              m_space_cv.notify_all();
            return;
          }
          lock.unlock();
          Item r = process(std::move(doc), m_segmenter, normalizer, m_options.explain, m_step);
          lock.lock();
          complete(s, e, std::move(r));
        },
        [&](const Diagnostic& d) {
          std::unique_lock lock(m_mu);
          if (!admit(lock, s, normalizer)) return;
          s.items.push_back({d, true});
          ++m_inflight;
          wake_consumer();
        });
  }

  // Waits until one more item of `s` fits in memory, helping with waiting documents meanwhile;
  // false when the pipeline stops. The slot being delivered always gets room of its own, so
  // that a later slot filling the queue cannot block delivery.
  bool admit(std::unique_lock<std::mutex>& lock, Slot& s, const Normalizer& normalizer) {
    for (;;) {
      if (m_stop) return false;
      if (m_inflight < m_depth || (&s == &m_slots.front() && s.items.size() < m_depth)) return true;
      if (!m_pending.empty()) {
        help(lock, normalizer);
        continue;
      }
      ++m_space_waiting;
      wake_consumer(true);
      m_space_cv.wait(lock);
      --m_space_waiting;
    }
  }

  // Parses the oldest waiting document (called and returns with the lock held).
  void help(std::unique_lock<std::mutex>& lock, const Normalizer& normalizer) {
    auto [s, e] = m_pending.front();
    m_pending.pop_front();
    Document doc = std::move(std::get<Document>(e->item));
    lock.unlock();
    Item r = process(std::move(doc), m_segmenter, normalizer, m_options.explain, m_step);
    lock.lock();
    complete(*s, *e, std::move(r));
  }

  void complete(Slot& s, Entry& e, Item&& r) {
    (void)s;
    e.item = std::move(r);
    e.ready = true;
    wake_consumer();
  }

  // Wakes the calling thread when it must deliver now: `urgent` (someone is about to wait for
  // room, or the work is done) or half the queue in flight. Otherwise it finds ready items on its
  // own within consumer_poll: waking it for every record cost ~4 context switches per record,
  // which on an idle 2-core machine ate most of what the second worker brought.
  void wake_consumer(bool urgent = false) {
    if (m_consumer_waiting && (urgent || m_inflight >= m_depth / 2)) m_consumer_cv.notify_one();
  }

  // The calling thread: every ready item at the head under one lock, then delivery without it.
  void consume(const detail::ErasedSink& sink, const DiagnosticSink& diag) {
    std::vector<Item> batch;
    std::unique_lock lock(m_mu);
    for (;;) {
      bool popped = false;
      while (!m_slots.empty()) {
        Slot& s = m_slots.front();
        while (!s.items.empty() && s.items.front().ready) {
          batch.push_back(std::move(s.items.front().item));
          s.items.pop_front();
        }
        if (!s.items.empty() || !s.loaded) break;
        m_slots.pop_front();
        ++m_first_seq;
        popped = true;
      }
      // The walker refills in bulk once half the slots are free, not after every slot.
      if (popped && m_walk_waiting && m_slots.size() <= m_max_slots / 2) m_walk_cv.notify_one();
      // Room freed, or a new slot to deliver (whose loader may wait for room of its own).
      if ((popped || !batch.empty()) && m_space_waiting) m_space_cv.notify_all();
      if (batch.empty()) {
        if (m_slots.empty() && m_walk_done) return;
        m_consumer_waiting = true;
        m_consumer_cv.wait_for(lock, consumer_poll);
        m_consumer_waiting = false;
        continue;
      }
      m_inflight -= batch.size();
      lock.unlock();
      for (auto& item : batch) {
        if (auto* d = std::get_if<Done>(&item))
          sink(std::move(d->parsed), std::move(d->product));
        else
          diag(std::get<Diagnostic>(item));
      }
      batch.clear();
      lock.lock();
    }
  }

  const std::vector<std::string>& m_paths;
  const PipelineOptions& m_options;
  const Segmenter& m_segmenter;
  const detail::ErasedStep& m_step;
  const unsigned m_jobs;
  std::size_t m_depth = 0, m_max_slots = 0;
  LoadOptions m_load;  // the caller's, with our own cancel flag
  const std::atomic<bool>* m_user_cancel = nullptr;
  std::atomic<bool> m_stop{false};
  bool m_one_slot = false;

  std::mutex m_mu;  // guards everything below
  std::condition_variable m_idle_cv, m_space_cv, m_consumer_cv, m_walk_cv;
  std::deque<Slot> m_slots;                        // undelivered, in input order
  std::size_t m_first_seq = 0, m_next_claim = 0;   // slot numbers of m_slots.front() and the next claim
  std::deque<std::pair<Slot*, Entry*>> m_pending;  // documents waiting for an idle worker
  std::size_t m_inflight = 0;                      // items in all slots
  std::size_t m_idle = 0, m_space_waiting = 0, m_walk_waiting = 0, m_loading = 0;
  bool m_walk_done = false, m_consumer_waiting = false;
  LoadStats m_stats;
};

}  // namespace

namespace detail {

LoadStats run_pipeline_erased(const std::vector<std::string>& paths, const PipelineOptions& options,
                              const Segmenter& segmenter, const ErasedStep& step, const ErasedSink& sink,
                              const DiagnosticSink& diag) {
  unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  if (jobs == 1) {
    // No threads: load, parse and deliver in one loop, which keeps memory at one record.
    Normalizer normalizer(options.normalize);
    return load(
        paths, options.load,
        [&](Document&& doc) {
          Item r = process(std::move(doc), segmenter, normalizer, options.explain, step);
          if (auto* d = std::get_if<Done>(&r))
            sink(std::move(d->parsed), std::move(d->product));
          else
            diag(std::get<Diagnostic>(r));
        },
        diag);
  }
  Pipeline pipeline(paths, options, segmenter, step, jobs);
  return pipeline.run(sink, diag);
}

}  // namespace detail

LoadStats run_pipeline(const std::vector<std::string>& paths, const PipelineOptions& options,
                       const Segmenter& segmenter, const std::function<void(Parsed&&)>& sink,
                       const DiagnosticSink& diag) {
  return detail::run_pipeline_erased(
      paths, options, segmenter, nullptr,
      [&](Parsed&& p, std::unique_ptr<detail::AnyProduct>) { sink(std::move(p)); }, diag);
}

}  // namespace akhbar
