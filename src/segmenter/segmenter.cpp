// Segmenter (first cut: every non-blank line is a paragraph; the segmenter issue builds the rules).
#include <akhbar/segmenter.h>

#include <sstream>

extern const char akhbar_builtin_markers[];
extern const std::size_t akhbar_builtin_markers_size;

namespace akhbar {

struct Segmenter::Impl {
  SegmentOptions options;
};

Segmenter::Segmenter(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Segmenter::~Segmenter() = default;
Segmenter::Segmenter(Segmenter&&) noexcept = default;
Segmenter& Segmenter::operator=(Segmenter&&) noexcept = default;

Result<Segmenter> Segmenter::create(const SegmentOptions& options) {
  return Segmenter(std::make_unique<Impl>(Impl{options}));
}

Article Segmenter::segment(const Document& doc, const Normalizer& normalizer,
                           std::vector<TraceLine>* trace) const {
  Article a;
  a.input = doc.input;
  a.title = doc.title;
  a.author = doc.author;
  a.source = doc.source;
  std::istringstream in(normalizer.display(doc.text));
  std::size_t n = 0;
  for (std::string line; std::getline(in, line);) {
    ++n;
    if (line.empty()) continue;
    if (trace) trace->push_back({n, line, "body", "default"});
    a.body.push_back({Block::Type::paragraph, line});
  }
  return a;
}

}  // namespace akhbar
