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

// A pass of the rules' chain that changed the page, with the walk's line rules that did.
struct TracePass {
  std::string name;                // "title", "walk", ...
  std::vector<std::string> rules;  // for the walk: "separators", "date_lines", "body", ...
};

// Where a metadata field's value came from: the rule that filled it and its line, or the input.
struct TraceField {
  std::string field;  // "dateline", "source", "author", "published", "updated"
  std::string value;
  std::string rule;      // a rule's name, "input" (a structured field) or "url_date" (the address)
  std::size_t line = 0;  // the input line the rule read; 0 when none
};

// What the chain did as a whole (`akhbar parse --explain`, after the lines).
struct TraceSummary {
  std::vector<TracePass> passes;  // in chain order, only those that changed something
  std::vector<TraceField> fields;  // every field that has a value
};

// Turns Documents into Articles; immutable once created, so one instance serves every thread.
class Segmenter {
 public:
  // Loads the built-in markers and `options.marker_files`; an error names the bad file and line.
  static Result<Segmenter> create(const SegmentOptions& options = {});
  ~Segmenter();
  Segmenter(Segmenter&&) noexcept;
  Segmenter& operator=(Segmenter&&) noexcept;

  // Segments one Document; `normalizer` is the calling thread's own. Fills `trace` (every
  // line) and `summary` (passes and field evidence) when given.
  Article segment(const Document& doc, const Normalizer& normalizer, std::vector<TraceLine>* trace = nullptr,
                  TraceSummary* summary = nullptr) const;

 private:
  struct Impl;
  explicit Segmenter(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> m_impl;
};

}  // namespace akhbar
