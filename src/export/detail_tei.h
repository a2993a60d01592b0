#pragma once
// TEI XML export and import: one <TEI> per article inside a <teiCorpus>, in the TEI namespace.
// The layout (documented in docs/cli.md, checked by tests/data/tei/akhbar-tei.rng) carries every
// field of the record, so that a TEI export imports back to the same articles.

#include <akhbar/record.h>
#include <akhbar/result.h>

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <string>

namespace akhbar::detail {

// The TEI namespace.
inline constexpr const char* tei_namespace = "http://www.tei-c.org/ns/1.0";

// Writes the XML declaration, <teiCorpus> and the corpus header.
void tei_begin(std::ostream& out);
// Writes one article as a <TEI> element; `id` > 0 becomes xml:id="akhbar-ID".
void tei_article(std::int64_t id, const Article& article, std::ostream& out);
// Closes the <teiCorpus>.
void tei_end(std::ostream& out);

// Reads the <TEI> elements of `in` (a teiCorpus or a single TEI document) one at a time.
Result<void> tei_import(std::istream& in, const std::string& name, const std::function<void(Article&&)>& fn);

}  // namespace akhbar::detail
