#pragma once
// Pipeline: loader → normalizer → segmenter (→ an optional worker step) on N threads, results
// delivered in input order.

#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <variant>
#include <vector>

#include <akhbar/loader.h>
#include <akhbar/normalizer.h>
#include <akhbar/record.h>
#include <akhbar/segmenter.h>

namespace akhbar {

// What one load() of one file gave, in the order it gave it.
struct LoadedFile {
  std::vector<std::variant<Document, Diagnostic>> items;
  LoadStats stats;
};

// Files an earlier pass over the same inputs already read (the site-template pass), kept so that
// the pipeline replays them instead of reading and decoding them again: for HTML pages that
// halves the work. Memory is bounded by a budget; a file over it is simply read again.
// Thread-safe; each file is replayed once.
class Preloaded {
 public:
  // Holds at most `budget` bytes (as counted by bytes_of()).
  explicit Preloaded(std::size_t budget) : m_budget(budget) {}
  // Bytes the budget still has room for.
  std::size_t room() const;
  // Keeps what `path` gave when its `bytes` fit in the room left; false (nothing kept) if not.
  bool keep(const std::string& path, LoadedFile&& file, std::size_t bytes);
  // What `path` gave, taken out (a second call for the same path gives nullopt, as does a path
  // that was not kept).
  std::optional<LoadedFile> take(const std::string& path);
  // The memory a document holds, roughly: its raw bytes, its text and a fixed allowance.
  static std::size_t bytes_of(const Document& doc);

 private:
  mutable std::mutex m_mu;
  std::unordered_map<std::string, LoadedFile> m_files;
  std::size_t m_budget;
  std::size_t m_held = 0;
};

// How the pipeline runs.
struct PipelineOptions {
  LoadOptions load;
  NormalizeOptions normalize;
  unsigned jobs = 1;            // worker threads; 0 means one per core
  bool explain = false;         // fill Parsed::trace
  std::size_t queue_depth = 0;  // records (and diagnostics) in flight; 0 picks 64 × jobs
  Preloaded* preloaded = nullptr;  // files read before, replayed instead of read again
};

// One parsed record with what made it.
struct Parsed {
  Document doc;
  Article article;
  std::vector<TraceLine> trace;  // only with PipelineOptions::explain
  TraceSummary summary;          // only with PipelineOptions::explain
};

namespace detail {
// The type-erased product of a worker step (the template run_pipeline below wraps and unwraps it),
// so that the thread machinery lives in one compiled function whatever the product type.
struct AnyProduct {
  virtual ~AnyProduct() = default;
};
template <class T>
struct ProductOf final : AnyProduct {
  explicit ProductOf(T&& v) : value(std::move(v)) {}
  T value;
};
using ErasedStep = std::function<std::unique_ptr<AnyProduct>(Parsed&, const Normalizer&)>;
// The product stays owned by the pipeline, which frees it on the thread that made it.
using ErasedSink = std::function<void(Parsed&&, AnyProduct*)>;
// The pipeline itself; `step` may be empty (then the sink gets a null product).
LoadStats run_pipeline_erased(const std::vector<std::string>& paths, const PipelineOptions& options,
                              const Segmenter& segmenter, const ErasedStep& step, const ErasedSink& sink,
                              const DiagnosticSink& diag);
}  // namespace detail

// Parses every input and calls `sink` for each record in input order, on the calling thread;
// diagnostics go to `diag` (also on the calling thread, in their place among the records).
// Returns the loader's counts.
LoadStats run_pipeline(const std::vector<std::string>& paths, const PipelineOptions& options,
                       const Segmenter& segmenter, const std::function<void(Parsed&&)>& sink,
                       const DiagnosticSink& diag);

// The same with a worker step: `step(Parsed&, const Normalizer&)` runs on the worker thread right
// after segmentation, records in no particular order, with that worker's own Normalizer; what it
// returns (any movable type: a JSON line, an Archive::prepare result) reaches
// `sink(Parsed&&, Product&&)` with its record, in input order on the calling thread. Work that does
// not depend on order belongs in the step, so that the one in-order thread only writes.
template <class Step, class Sink>
LoadStats run_pipeline(const std::vector<std::string>& paths, const PipelineOptions& options,
                       const Segmenter& segmenter, Step&& step, Sink&& sink, const DiagnosticSink& diag) {
  using Product = std::decay_t<std::invoke_result_t<Step&, Parsed&, const Normalizer&>>;
  return detail::run_pipeline_erased(
      paths, options, segmenter,
      [&step](Parsed& p, const Normalizer& n) -> std::unique_ptr<detail::AnyProduct> {
        return std::make_unique<detail::ProductOf<Product>>(step(p, n));
      },
      [&sink](Parsed&& p, detail::AnyProduct* product) {
        sink(std::move(p), std::move(static_cast<detail::ProductOf<Product>*>(product)->value));
      },
      diag);
}

}  // namespace akhbar
