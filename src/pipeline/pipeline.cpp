// The parse pipeline. The input is cut into slots in input order: one slot per file of the folder
// walk (or one per walk problem). N worker threads each claim the next slot and load it, so that
// loading and decoding run in parallel too; a worker segments the documents it loads and runs the
// worker step on them itself, except that it hands documents to workers that load nothing (a
// single big JSON Lines file is then loaded by one worker and segmented by all). Each worker has
// its own Normalizer (ICU iterators are not thread-safe); the Segmenter is immutable and shared.
// The calling thread delivers slot by slot, item by item, taking every ready item under one lock.
//
// Everything shared sits under one mutex, so the design is about taking it rarely: with small
// files (the common case: ~130 µs of work each) a lock per document and per claim made -j 2 spend
// 40 % more CPU than -j 1 in lock waits and context switches. So a worker keeps what it makes in a
// local batch and publishes it with one lock (at the end of a file it also claims the next one
// there), hands documents over in groups, and the walker adds slots in batches.
// Memory: items in flight are bounded by queue_depth plus one local batch per worker; slots by
// queue_depth + jobs.
#include <akhbar/pipeline.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <variant>


namespace akhbar {
namespace {

// A parsed record with what the worker step made of it.
struct Done {
  Parsed parsed;
  std::unique_ptr<detail::AnyProduct> product;
  unsigned maker = 0;  // the worker that made it, which also frees it
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
  Location where{doc.input.path};
  if (doc.input.record) where.record = doc.input.record;
  return {Severity::error, kind::parse_failed, std::move(where),
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
             const detail::ErasedStep& step, unsigned maker = 0) {
  Done d;
  d.maker = maker;
  bool moved = false;
  try {
    // A record of parse's own schema is an article already: segmenting its text again would lose
    // what the first parse found (dateline, updated date, headings, read-also articles).
    if (doc.article)
      d.parsed.article = *doc.article;
    else
      d.parsed.article = segmenter.segment(doc, normalizer, explain ? &d.parsed.trace : nullptr,
                                           explain ? &d.parsed.summary : nullptr);
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

// Items a worker publishes together: at most this many (records, documents to hand over,
// diagnostics) wait in a worker's local batch.
constexpr std::size_t local_batch = 16;
// Documents handed over in one group, and how many a worker that loads nothing should find
// waiting (groups per such worker) so that it never sleeps while the loader reads on.
constexpr std::size_t handoff_group = 4, handoff_ahead = 2;
// Slots the walker adds under one lock once the workers are busy.
constexpr std::size_t walk_batch = 32;

// False when load() objects to the options themselves (--field names), which it reports once per
// call: then the inputs go to one load() call, so that the objection is reported once, as without
// threads.
bool options_accepted(const LoadOptions& options) {
  bool ok = true;
  load(
      {}, options, [](Document&&) {}, [&](const Diagnostic&) { ok = false; });
  return ok;
}

class Pipeline {
 public:
  Pipeline(const std::vector<std::string>& paths, const PipelineOptions& options, const Segmenter& segmenter,
           const detail::ErasedStep& step, unsigned jobs)
      : m_paths(paths), m_options(options), m_segmenter(segmenter), m_step(step), m_jobs(jobs) {
    m_depth = options.queue_depth ? options.queue_depth : 64 * std::size_t{jobs};
    m_max_slots = m_depth + jobs;
    m_user_cancel = options.load.cancel;
    m_load = options.load;
    m_load.cancel = &m_stop;
    // load() checks its options (--field names) once per call: when it objects, one load() over
    // every path reports it once, as without threads (its documents are still segmented by all).
    m_one_slot = !options_accepted(options.load);
  }

  LoadStats run(const detail::ErasedSink& sink, const DiagnosticSink& diag) {
    std::thread walker([this] { walk(); });
    std::vector<std::thread> workers;
    m_spent.resize(m_jobs);
    for (unsigned i = 0; i < m_jobs; ++i) workers.emplace_back([this, i] { work(i); });
    std::exception_ptr failure;
    try {
      consume(sink, diag);
    } catch (...) {
      // The sink or diag failed (e.g. a write error): stop everything, then pass the error on.
      failure = std::current_exception();
      std::lock_guard lock(m_mu);
      stop();
    }
    walker.join();
    for (auto& w : workers) w.join();
    if (failure) std::rethrow_exception(failure);
    return m_stats;
  }

 private:
  // Stops every thread (called with the lock held).
  void stop() {
    m_stop = true;
    m_walk_cv.notify_all();
    m_space_cv.notify_all();
    m_idle_cv.notify_all();
    m_consumer_cv.notify_all();
  }

  // The folder walk: appends slots in batches, at most m_max_slots ahead of delivery.
  void walk() {
    std::deque<Slot> batch;  // deque: a Slot (holding a deque) has no noexcept move for vector
    auto flush = [&] {
      std::unique_lock lock(m_mu);
      for (std::size_t i = 0; i < batch.size();) {
        ++m_walk_waiting;
        if (m_slots.size() >= m_max_slots) wake_consumer(true);
        m_walk_cv.wait(lock, [&] { return m_stop || m_slots.size() < m_max_slots; });
        --m_walk_waiting;
        if (m_stop) return false;
        for (; i < batch.size() && m_slots.size() < m_max_slots; ++i) {
          Slot& s = batch[i];
          if (s.paths.empty())  // a walk problem
            (std::get<Diagnostic>(s.items.front().item).severity == Severity::error ? m_stats.failed
                                                                                     : m_stats.warnings) += 1;
          m_inflight += s.items.size();
          m_slots.push_back(std::move(s));
        }
        update_claimable();
        if (m_idle) m_idle_cv.notify_all();
      }
      batch.clear();
      return true;
    };
    // Batches while the workers are busy; the first files (and any file a worker waits for) at once.
    auto queue = [&](Slot&& s) {
      batch.push_back(std::move(s));
      return batch.size() < walk_batch && !m_idle.load(std::memory_order_relaxed) ? true : flush();
    };
    if (m_one_slot) {
      Slot s;
      s.paths = m_paths;
      queue(std::move(s));
    } else {
      walk_inputs(
          m_paths, m_load,
          [&](const std::string& path) {
            if (user_cancelled()) return false;
            Slot s;
            s.paths.push_back(path);
            return queue(std::move(s));
          },
          [&](const Diagnostic& d) {
            Slot s;
            s.items.push_back({d, true});
            s.loaded = true;
            queue(std::move(s));
          });
    }
    if (!m_stop) flush();
    std::lock_guard lock(m_mu);
    m_walk_done = true;
    if (m_stop) stop();  // a user's cancel: wake whoever waits
    wake_consumer(true);
    m_idle_cv.notify_all();
  }

  // A worker: documents waiting for a hand first, then the next slot to load, else sleep.
  void work(unsigned id) {
    Worker w{id, Normalizer(m_options.normalize), {}, {}};
    std::unique_lock lock(m_mu);
    for (;;) {
      if (!m_pending.empty()) {
        help(lock, w);
        continue;
      }
      if (Slot* s = claim()) {
        ++m_loading;
        update_claimable();
        take_spent(w);
        lock.unlock();
        w.spent.clear();
        LoadStats stats = load_slot(*s, w);
        lock.lock();
        // The slot's last items, its end and the next claim: one lock per small file.
        publish(lock, *s, w);
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

  // What a worker thread owns.
  struct Worker {
    unsigned id;
    Normalizer normalizer;
    std::vector<Item> local;  // made but not published yet
    std::vector<Item> spent;  // delivered records this worker made, to free here
  };

  // Takes the records of `w` that were delivered (with the lock held), to free them after
  // unlocking: on the thread that allocated them, since glibc's free() of another thread's memory
  // takes that thread's arena lock (a fifth of all context switches when the calling thread
  // freed everything).
  void take_spent(Worker& w) { std::swap(w.spent, m_spent[w.id]); }

  // Keeps m_claimable true while a slot waits to be claimed (with the lock held).
  void update_claimable() {
    skip_loaded();
    m_claimable = m_next_claim - m_first_seq < m_slots.size();
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

  // Whether the next document should go to another worker: one that loads nothing and has no file
  // of its own to claim (read without the lock: a stale answer only moves one document).
  bool hand_over(std::size_t local_docs) const {
    std::size_t loading = m_loading.load(std::memory_order_relaxed);
    if (loading >= m_jobs || m_claimable.load(std::memory_order_relaxed)) return false;
    return m_pending_docs.load(std::memory_order_relaxed) + local_docs <
           handoff_ahead * handoff_group * (m_jobs - loading);
  }

  // Loads one slot into `local`, publishing whenever a batch is full; the caller publishes the rest.
  LoadStats load_slot(Slot& s, Worker& w) {
    std::vector<Item>& local = w.local;
    std::size_t docs = 0;  // documents in `local` waiting for another worker
    auto flush = [&] {
      std::unique_lock lock(m_mu);
      publish(lock, s, w);
      take_spent(w);
      lock.unlock();
      w.spent.clear();
      docs = 0;
    };
    auto on_document = [&](Document&& doc) {
      if (user_cancelled()) return;
      if (hand_over(docs)) {
        local.emplace_back(std::move(doc));
        ++docs;
      } else {
        local.push_back(process(std::move(doc), m_segmenter, w.normalizer, m_options.explain, m_step, w.id));
      }
      if (local.size() >= local_batch || docs >= handoff_group || (docs && m_idle.load(std::memory_order_relaxed)))
        flush();
    };
    auto on_diagnostic = [&](const Diagnostic& d) {
      local.emplace_back(d);
      if (local.size() >= local_batch) flush();
    };
    // A file an earlier pass read is replayed as load() gave it.
    if (m_options.preloaded && s.paths.size() == 1)
      if (auto kept = m_options.preloaded->take(s.paths.front())) {
        for (auto& item : kept->items) {
          if (auto* doc = std::get_if<Document>(&item))
            on_document(std::move(*doc));
          else
            on_diagnostic(std::get<Diagnostic>(item));
        }
        return kept->stats;
      }
    return load(s.paths, m_load, on_document, on_diagnostic);
  }

  // Appends `local` to the slot once there is room (the documents in it become a group for other
  // workers) and empties it; drops it when the pipeline stops. Called with the lock held.
  void publish(std::unique_lock<std::mutex>& lock, Slot& s, Worker& w) {
    std::vector<Item>& local = w.local;
    if (local.empty()) return;
    if (!admit(lock, s, w)) {
      local.clear();
      return;
    }
    std::vector<Entry*> group;
    for (auto& item : local) {
      Entry& e = s.items.emplace_back();
      e.ready = !std::holds_alternative<Document>(item);
      e.item = std::move(item);
      if (!e.ready) group.push_back(&e);
    }
    m_inflight += local.size();
    local.clear();
    if (!group.empty()) {
      m_pending_docs += group.size();
      m_pending.emplace_back(&s, std::move(group));
      if (m_idle)
        m_idle_cv.notify_one();
      else if (m_space_waiting)
        m_space_cv.notify_all();  // a worker waiting for room helps meanwhile
    }
    wake_consumer();
  }

  // Waits until more items of `s` fit in memory, helping with waiting documents meanwhile; false
  // when the pipeline stops. The slot being delivered always gets room of its own, so that a later
  // slot filling the queue cannot block delivery.
  bool admit(std::unique_lock<std::mutex>& lock, Slot& s, Worker& w) {
    for (;;) {
      if (m_stop) return false;
      if (m_inflight < m_depth || (&s == &m_slots.front() && s.items.size() < m_depth)) return true;
      if (!m_pending.empty()) {
        help(lock, w);
        continue;
      }
      ++m_space_waiting;
      wake_consumer(true);
      m_space_cv.wait(lock);
      --m_space_waiting;
    }
  }

  // Parses the oldest group of waiting documents (called and returns with the lock held).
  void help(std::unique_lock<std::mutex>& lock, Worker& w) {
    std::vector<Entry*> group = std::move(m_pending.front().second);
    m_pending.pop_front();
    m_pending_docs -= group.size();
    std::vector<Item> done;
    done.reserve(group.size());
    for (Entry* e : group) done.emplace_back(std::move(std::get<Document>(e->item)));
    take_spent(w);
    lock.unlock();
    w.spent.clear();
    for (auto& item : done)
      item = process(std::move(std::get<Document>(item)), m_segmenter, w.normalizer, m_options.explain, m_step, w.id);
    lock.lock();
    for (std::size_t i = 0; i < group.size(); ++i) {
      group[i]->item = std::move(done[i]);
      group[i]->ready = true;
    }
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
    std::vector<std::vector<Item>> spent(m_jobs);  // delivered records, by the worker to free them
    std::unique_lock lock(m_mu);
    for (;;) {
      for (unsigned i = 0; i < m_jobs; ++i) {
        std::move(spent[i].begin(), spent[i].end(), std::back_inserter(m_spent[i]));
        spent[i].clear();
      }
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
      if (popped) update_claimable();
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
        if (auto* d = std::get_if<Done>(&item)) {
          sink(std::move(d->parsed), d->product.get());
          spent[d->maker].push_back(std::move(item));
        } else {
          diag(std::get<Diagnostic>(item));
        }
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

  std::mutex m_mu;  // guards everything below; the atomics are written under it, read without
  std::condition_variable m_idle_cv, m_space_cv, m_consumer_cv, m_walk_cv;
  std::deque<Slot> m_slots;                       // undelivered, in input order
  std::size_t m_first_seq = 0, m_next_claim = 0;  // slot numbers of m_slots.front() and the next claim
  std::deque<std::pair<Slot*, std::vector<Entry*>>> m_pending;  // document groups for idle workers
  std::atomic<std::size_t> m_pending_docs{0};                    // documents in m_pending
  std::size_t m_inflight = 0;                                    // items in all slots
  std::atomic<std::size_t> m_idle{0}, m_loading{0};              // workers asleep, workers loading
  std::atomic<bool> m_claimable{false};                          // a slot waits to be claimed
  std::vector<std::vector<Item>> m_spent;                        // delivered records, by maker
  std::size_t m_space_waiting = 0, m_walk_waiting = 0;
  bool m_walk_done = false, m_consumer_waiting = false;
  LoadStats m_stats;
};

}  // namespace

std::size_t Preloaded::room() const {
  std::lock_guard lock(m_mu);
  return m_budget - m_held;
}

bool Preloaded::keep(const std::string& path, LoadedFile&& file, std::size_t bytes) {
  std::lock_guard lock(m_mu);
  if (bytes > m_budget - m_held || m_files.count(path)) return false;
  m_held += bytes;
  m_files.emplace(path, std::move(file));
  return true;
}

std::optional<LoadedFile> Preloaded::take(const std::string& path) {
  std::lock_guard lock(m_mu);
  auto it = m_files.find(path);
  if (it == m_files.end()) return std::nullopt;
  std::optional<LoadedFile> out(std::move(it->second));
  m_files.erase(it);
  return out;
}

std::size_t Preloaded::bytes_of(const Document& doc) {
  // The fixed part stands for the fields, warnings, anchors and explain lines: a few hundred bytes
  // for most records.
  return doc.raw.size() + doc.text.size() + 512;
}

namespace detail {

LoadStats run_pipeline_erased(const std::vector<std::string>& paths, const PipelineOptions& options,
                              const Segmenter& segmenter, const ErasedStep& step, const ErasedSink& sink,
                              const DiagnosticSink& diag) {
  unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  if (jobs == 1) {
    // No threads: load, parse and deliver in one loop, which keeps memory at one record.
    Normalizer normalizer(options.normalize);
    auto on_document = [&](Document&& doc) {
      Item r = process(std::move(doc), segmenter, normalizer, options.explain, step);
      if (auto* d = std::get_if<Done>(&r))
        sink(std::move(d->parsed), d->product.get());
      else
        diag(std::get<Diagnostic>(r));
    };
    if (!options.preloaded || !options_accepted(options.load)) return load(paths, options.load, on_document, diag);
    // File by file as the threaded pipeline goes, so that a file read before is replayed.
    LoadStats stats;
    walk_inputs(
        paths, options.load,
        [&](const std::string& path) {
          if (options.load.cancel && options.load.cancel->load()) return false;
          if (auto kept = options.preloaded->take(path)) {
            for (auto& item : kept->items) {
              if (auto* doc = std::get_if<Document>(&item))
                on_document(std::move(*doc));
              else
                diag(std::get<Diagnostic>(item));
            }
            add(stats, kept->stats);
          } else {
            add(stats, load({path}, options.load, on_document, diag));
          }
          return true;
        },
        [&](const Diagnostic& d) {
          (d.severity == Severity::error ? stats.failed : stats.warnings) += 1;
          diag(d);
        });
    return stats;
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
      [&](Parsed&& p, detail::AnyProduct*) { sink(std::move(p)); }, diag);
}

}  // namespace akhbar
