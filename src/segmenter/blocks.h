#pragma once
// Block segmentation: walks the classified lines of one Document and fills the Article
// (title, body blocks, read-also and related items, metadata fields, removed lines).

#include <optional>
#include <string>
#include <vector>

#include <akhbar/normalizer.h>
#include <akhbar/record.h>

#include "segmenter/lines.h"
#include "segmenter/markers.h"

namespace akhbar::detail {

// Everything one segmentation reads and writes.
struct SegmentContext {
  const MarkerSet& markers;
  const Normalizer& normalizer;
  const Document& doc;
  const std::optional<std::string>& now;  // reference time for relative dates
  std::vector<Line>& lines;               // classified; labels and rules are written back
  Article& article;
};

// Runs the rules over `ctx.lines` (see docs/segmenter.md for their order).
void segment_lines(SegmentContext& ctx);

}  // namespace akhbar::detail
