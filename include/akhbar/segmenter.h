#pragma once
// Segmenter: decoded lines → Article. Decides what is the article and what is not (dates,
// dateline, source, author, read-also and related blocks, share/copyright/navigation lines),
// accounts for every non-blank input line, and can explain every decision.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <akhbar/normalizer.h>
#include <akhbar/record.h>
#include <akhbar/result.h>
#include <akhbar/template.h>

namespace akhbar {

// Where the segmenter's markers come from, and how relative dates resolve.
struct SegmentOptions {
  std::vector<std::string> marker_files;  // extra marker files on top of the built-in ones
  std::optional<std::string> now;         // ISO 8601 reference for "منذ 3 ساعات", "أمس"
  std::shared_ptr<const TemplateModel> templates;  // sites' template lines, removed before the rules
};

// One input line with the label it got and the rule that decided it (`akhbar parse --explain`).
struct TraceLine {
  std::size_t line = 0;  // 1-based line number in the Document's text
  std::string text;
  std::string label;  // "body", "heading", "title", "date", "read_also", "related", "removed:share", ...
  std::string rule;   // the marker or rule that decided it
};

// Turns Documents into Articles; immutable once created, so one instance serves every thread.
class Segmenter {
 public:
  // Loads the built-in markers and `options.marker_files`; an error names the bad file and line.
  static Result<Segmenter> create(const SegmentOptions& options = {});
  ~Segmenter();
  Segmenter(Segmenter&&) noexcept;
  Segmenter& operator=(Segmenter&&) noexcept;

  // Segments one Document; `normalizer` is the calling thread's own. Fills `trace` when given.
  Article segment(const Document& doc, const Normalizer& normalizer,
                  std::vector<TraceLine>* trace = nullptr) const;

 private:
  struct Impl;
  explicit Segmenter(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> m_impl;
};

}  // namespace akhbar
