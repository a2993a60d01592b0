#pragma once
// Site templates: the lines a site repeats on many of its pages (share and follow prompts, tag
// lines, disclaimers, contact and subscription footers, "most read" headings). The segmenter
// removes them with kind "template" (docs/segmenter.md, "Site templates"). Counts are learned from
// a run's inputs (TemplateLearner) and kept per site by the archive (site_lines.h).

#include <akhbar/record.h>
#include <akhbar/site_lines.h>

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace akhbar {

// No line carried by fewer documents of its site is template (so a reader of stored counts may
// leave rarer lines out).
inline constexpr std::int64_t template_min_docs = 3;

// Which site a document belongs to.
enum class SiteKey {
  auto_detect,  // the URL's host, else the source field, else the folder of the file
  host,         // the URL's host only (records without one belong to no site)
  source,       // the input's source field only
  folder,       // the folder the input file sits in
  none,         // no site: nothing is learned and nothing removed as template
};

// Parses "auto", "host", "source", "folder", "none".
std::optional<SiteKey> parse_site_key(std::string_view name);

// The site of `doc` under `how` ("" when it has none): a host is lowercased without "www." and
// port ("host:aljazeera.net"), a source is trimmed ("source:BBC"), a folder is the input's parent
// path as given ("folder:corpus/bbc"); the prefix keeps the three kinds apart.
std::string site_of(const Document& doc, SiteKey how);

// The key of one line of text: its words (runs of bytes other than spaces and punctuation, ASCII
// lowercased) with their count; nullopt for a line with no letter (a rule, a number).
std::optional<LineKey> line_key(std::string_view line);

// The site of `doc` and the distinct keys of its lines.
DocLines doc_lines(const Document& doc, SiteKey how);

// Learns line counts from documents as they stream by, in bounded memory: a document that is a
// near duplicate of one of the site's recent documents (the same story again) is not counted, so
// that a syndicated story's lead does not pass for template; each site keeps at most
// `max_keys_per_site` keys, the rarest dropped first.
class TemplateLearner {
 public:
  explicit TemplateLearner(SiteKey how, std::size_t max_keys_per_site = 200000);
  // Counts one document (nothing when it has no site or is a near duplicate).
  void add(const Document& doc);
  // The same for lines already keyed (doc_lines); false when skipped as a near duplicate.
  bool add(const DocLines& lines);
  // What was counted so far.
  const SiteStats& stats() const { return m_stats; }
  // Documents skipped as near duplicates of a recent document of their site.
  std::size_t near_duplicates() const { return m_near; }

 private:
  struct Recent;
  SiteKey m_how;
  std::size_t m_max_keys;
  SiteStats m_stats;
  std::unordered_map<std::string, std::shared_ptr<Recent>> m_recent;
  std::size_t m_near = 0;
};

// The template lines of every site, decided once from counts (immutable; shared by threads).
class TemplateModel {
 public:
  // Keeps, per site, the keys whose counts pass the thresholds (docs/segmenter.md).
  static std::shared_ptr<const TemplateModel> build(const SiteStats& stats, SiteKey how);
  // The site key rule the model was learned with (the segmenter finds a document's site with it).
  SiteKey how() const { return m_how; }
  // True when `key` is a template line of `site`.
  bool is_template(const std::string& site, LineKey key) const;
  // The template keys of `site` (nullptr when it has none).
  const std::unordered_set<LineKey>* site(const std::string& site) const;
  // Sites with at least one template line, and the lines in all.
  std::size_t sites() const { return m_sites.size(); }
  std::size_t lines() const;

 private:
  SiteKey m_how = SiteKey::auto_detect;
  std::unordered_map<std::string, std::unordered_set<LineKey>> m_sites;
};

// True when a line with `docs` documents in a site of `site_docs` counted documents, and `words`
// words, is template by the thresholds of docs/segmenter.md.
bool passes_template_thresholds(std::int64_t docs, std::int64_t site_docs, int words);

}  // namespace akhbar
