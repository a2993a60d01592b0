#pragma once
// Pipeline: loader → normalizer → segmenter on N threads, results delivered in input order.

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <akhbar/loader.h>
#include <akhbar/normalizer.h>
#include <akhbar/record.h>
#include <akhbar/segmenter.h>

namespace akhbar {

// How the pipeline runs.
struct PipelineOptions {
  LoadOptions load;
  NormalizeOptions normalize;
  unsigned jobs = 1;            // parser threads; 0 means one per core
  bool explain = false;         // fill Parsed::trace
  std::size_t queue_depth = 0;  // documents in flight; 0 picks 4 × jobs
};

// One parsed record with what made it.
struct Parsed {
  Document doc;
  Article article;
  std::vector<TraceLine> trace;  // only with PipelineOptions::explain
};

// Parses every input and calls `sink` for each record in input order, on the calling thread;
// diagnostics go to `diag` (also on the calling thread). Returns the loader's counts.
LoadStats run_pipeline(const std::vector<std::string>& paths, const PipelineOptions& options,
                       const Segmenter& segmenter, const std::function<void(Parsed&&)>& sink,
                       const DiagnosticSink& diag);

}  // namespace akhbar
