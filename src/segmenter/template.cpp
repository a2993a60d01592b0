// Site templates: line keys, the site of a document, learning counts in bounded memory with near
// duplicates left out, the thresholds, and the step that takes template lines out of a page.
#include <akhbar/dates.h>
#include <akhbar/template.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstring>
#include <deque>
#include <filesystem>
#include <utility>

#include "segmenter/detail_template.h"
#include "segmenter/detail_text.h"
#include "segmenter/metadata.h"

namespace akhbar {
namespace th = detail::threshold::site_template;

std::optional<SiteKey> parse_site_key(std::string_view name) {
  if (name == "auto") return SiteKey::auto_detect;
  if (name == "host") return SiteKey::host;
  if (name == "source") return SiteKey::source;
  if (name == "folder") return SiteKey::folder;
  if (name == "none") return SiteKey::none;
  return std::nullopt;
}

namespace {

std::string_view trim_space(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// "https://www.AlJazeera.net:443/news/..." → "aljazeera.net"; "" when there is no host.
std::string url_host(std::string_view url) {
  std::size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return {};
  std::string_view rest = url.substr(scheme + 3);
  rest = rest.substr(0, rest.find_first_of("/?#"));
  if (std::size_t at = rest.rfind('@'); at != std::string_view::npos) rest.remove_prefix(at + 1);
  if (std::size_t colon = rest.rfind(':');
      colon != std::string_view::npos && rest.find(']') == std::string_view::npos)
    rest = rest.substr(0, colon);
  std::string host(rest);
  for (char& c : host)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
  if (host.rfind("www.", 0) == 0) host.erase(0, 4);
  while (!host.empty() && host.back() == '.') host.pop_back();
  return host;
}

std::string folder_of(const std::string& path) {
  if (path.empty() || path == "-") return {};
  std::string parent = std::filesystem::path(path).parent_path().string();
  return parent.empty() ? "." : parent;
}

// Words are hashed 8 bytes at a time (a multiply per 8 bytes, not per byte: this runs over every
// line of the input once more), each word closed with its length, and the sum finished with a
// 64-bit mix so that the top bits are well spread.
struct Hasher {
  std::uint64_t h = 0xcbf29ce484222325ull, chunk = 0;
  unsigned n = 0, len = 0;
  void mix(std::uint64_t v) {
    h = (h ^ v) * 0x9e3779b97f4a7c15ull;
    h ^= h >> 29;
  }
  void byte(unsigned char b) {
    chunk |= std::uint64_t{b} << (8 * n);
    ++len;
    if (++n == 8) {
      mix(chunk);
      chunk = 0;
      n = 0;
    }
  }
  void end_word() {
    mix(chunk ^ (std::uint64_t{len} << 56) ^ 0x5a);
    chunk = 0;
    n = len = 0;
  }
  std::uint64_t done() const {
    std::uint64_t z = h;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
  }
};

// Calls fn(line) for each line of `text` as split_lines cuts display text (a final newline
// starts no line).
template <class F>
void for_each_line(std::string_view text, F fn) {
  std::size_t count = 0;
  while (true) {
    std::size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    if (nl == std::string_view::npos) {
      if (!(count > 0 && trim_space(line).empty())) fn(line);
      break;
    }
    fn(line);
    ++count;
    text.remove_prefix(nl + 1);
  }
}

// Each byte's part in a line key: 0 separates words (ASCII spaces and punctuation), anything
// else is the byte the key takes (ASCII letters lowercased; UTF-8 bytes kept as they are).
constexpr std::array<unsigned char, 256> key_bytes = [] {
  std::array<unsigned char, 256> t{};
  for (unsigned b = 0; b < 256; ++b) {
    if (b >= 0x80 || (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z')) t[b] = static_cast<unsigned char>(b);
    if (b >= 'A' && b <= 'Z') t[b] = static_cast<unsigned char>(b | 0x20);
  }
  return t;
}();

// How many of the eight bytes at p, from the first, are word bytes the hash takes as they are: up to
// the first ASCII byte (a space, a mark, a Latin letter to lowercase) or the first byte that starts
// one of the two-byte punctuation marks line_key() separates words on (p[8] must be readable: a pair
// may end there). Only on little-endian machines, where the bytes loaded as one word are the chunk
// the hash builds byte by byte; 0 elsewhere.
unsigned plain_word_bytes(const unsigned char* p) {
  if constexpr (std::endian::native != std::endian::little) {
    return 0;
  } else {
    constexpr std::uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull, low = ~high;
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    const std::uint64_t next = (v >> 8) | (std::uint64_t{p[8]} << 56);  // each byte's following byte
    // The high bit of each byte of `x` that equals c (exact: no false hits).
    auto equal = [&](std::uint64_t x, unsigned char c) {
      std::uint64_t t = x ^ (ones * c);
      return ~(((t & low) + low) | t | low);
    };
    const std::uint64_t ascii = ~v & high;
    const std::uint64_t pairs = (equal(v, 0xD8) & (equal(next, 0x8C) | equal(next, 0x9B) | equal(next, 0x9F))) |
                                (equal(v, 0xC2) & (equal(next, 0xAB) | equal(next, 0xBB) | equal(next, 0xA0)));
    const std::uint64_t stop = ascii | pairs;
    return stop == 0 ? 8u : static_cast<unsigned>(std::countr_zero(stop)) / 8;
  }
}

}  // namespace

std::string site_of(const Document& doc, SiteKey how) {
  auto host = [&]() -> std::string {
    if (!doc.input.url) return {};
    std::string h = url_host(*doc.input.url);
    return h.empty() ? h : "host:" + h;
  };
  auto source = [&]() -> std::string {
    if (!doc.source) return {};
    std::string_view s = trim_space(*doc.source);
    return s.empty() ? std::string() : "source:" + std::string(s);
  };
  auto folder = [&]() -> std::string {
    std::string f = folder_of(doc.input.path);
    return f.empty() ? f : "folder:" + f;
  };
  switch (how) {
    case SiteKey::auto_detect: {
      if (std::string h = host(); !h.empty()) return h;
      if (std::string s = source(); !s.empty()) return s;
      return folder();
    }
    case SiteKey::host:
      return host();
    case SiteKey::source:
      return source();
    case SiteKey::folder:
      return folder();
    case SiteKey::none:
      break;
  }
  return {};
}

std::optional<LineKey> line_key(std::string_view line) {
  // Byte by byte (a site's template is the same bytes on every page, so no letter folding is
  // needed): spaces and punctuation separate words and are left out, ASCII letters are
  // lowercased, other bytes are kept.
  const auto* p = reinterpret_cast<const unsigned char*>(line.data());
  const std::size_t size = line.size();
  // The width of the separator at i (0 when a word byte is there): the Arabic comma, semicolon
  // and question mark (U+060C, U+061B, U+061F), guillemets and the no-break space are
  // punctuation too.
  auto separator = [&](std::size_t i) -> std::size_t {
    const unsigned char b = p[i];
    if (key_bytes[b] == 0) return 1;
    if ((b == 0xD8 || b == 0xC2) && i + 1 < size) {
      const unsigned char n = p[i + 1];
      if (b == 0xD8 ? (n == 0x8C || n == 0x9B || n == 0x9F) : (n == 0xAB || n == 0xBB || n == 0xA0)) return 2;
    }
    return 0;
  };
  Hasher h;
  int words = 0;
  bool letter = false;
  for (std::size_t i = 0; i < size;) {
    if (std::size_t w = separator(i)) {
      i += w;
      continue;
    }
    ++words;
    while (i < size) {
      // Up to eight bytes of Arabic at once (most of a line): the hash takes them as one chunk,
      // exactly as it would byte by byte, up to the first ASCII byte or punctuation pair.
      if (h.n == 0 && i + 8 < size) {
        if (const unsigned plain = plain_word_bytes(p + i)) {
          std::uint64_t chunk;
          std::memcpy(&chunk, p + i, 8);
          if (plain == 8) {
            h.mix(chunk);
          } else {
            h.chunk = chunk & ((std::uint64_t{1} << (8 * plain)) - 1);
            h.n = plain;
          }
          h.len += plain;
          letter = true;
          i += plain;
          continue;
        }
      }
      if (separator(i)) break;
      letter |= p[i] > '9';
      h.byte(key_bytes[p[i]]);
      ++i;
    }
    h.end_word();
  }
  if (!letter) return std::nullopt;
  return (h.done() & ~LineKey{0xFF}) | static_cast<LineKey>(std::min(words, 255));
}

DocLines doc_lines(const Document& doc, SiteKey how) {
  DocLines out;
  out.site = site_of(doc, how);
  if (out.site.empty()) return out;
  for_each_line(doc.text, [&](std::string_view line) {
    if (auto k = line_key(line)) out.keys.push_back(*k);
  });
  std::sort(out.keys.begin(), out.keys.end());
  out.keys.erase(std::unique(out.keys.begin(), out.keys.end()), out.keys.end());
  return out;
}

bool passes_template_thresholds(std::int64_t docs, std::int64_t site_docs, int words) {
  if (site_docs < th::min_site_docs)
    return site_docs >= th::small_site_docs && docs >= site_docs && words < th::sentence_words;
  auto share = [&](double s) { return static_cast<double>(docs) >= s * static_cast<double>(site_docs); };
  if (words >= th::sentence_words) return docs >= th::sentence_min_docs && share(th::sentence_min_share);
  return docs >= th::min_docs && (share(th::min_share) || docs >= th::enough_docs);
}

// ----- learning ---------------------------------------------------------------------------

// The signatures of a site's recent documents, oldest first, each numbered, and for each key the
// recent signatures holding it: a new document is compared only with those sharing a key with it.
struct TemplateLearner::Recent {
  struct Signature {
    std::uint64_t id;
    std::vector<LineKey> keys;
  };
  std::deque<Signature> signatures;
  std::unordered_map<LineKey, std::vector<std::uint64_t>> holders;
  std::uint64_t next_id = 0;

  // True when `sig` shares near_duplicate_share of the shorter signature with a recent one.
  bool near(const std::vector<LineKey>& sig) const {
    std::vector<std::pair<std::uint64_t, std::size_t>> common;  // signature id, keys shared
    for (LineKey k : sig) {
      auto it = holders.find(k);
      if (it == holders.end()) continue;
      for (std::uint64_t id : it->second) {
        auto c = std::find_if(common.begin(), common.end(), [&](const auto& e) { return e.first == id; });
        if (c == common.end())
          common.emplace_back(id, 1);
        else
          ++c->second;
      }
    }
    for (const auto& [id, n] : common) {
      // Ids are consecutive from the oldest held signature.
      const std::size_t other = signatures[id - signatures.front().id].keys.size();
      if (static_cast<double>(n) >= th::near_duplicate_share * static_cast<double>(std::min(sig.size(), other)))
        return true;
    }
    return false;
  }
  void push(std::vector<LineKey> sig) {
    for (LineKey k : sig) holders[k].push_back(next_id);
    signatures.push_back({next_id++, std::move(sig)});
    if (signatures.size() <= th::recent_docs) return;
    const Signature& old = signatures.front();
    for (LineKey k : old.keys) {
      auto it = holders.find(k);
      std::erase(it->second, old.id);
      if (it->second.empty()) holders.erase(it);
    }
    signatures.pop_front();
  }
};

TemplateLearner::TemplateLearner(SiteKey how, std::size_t max_keys_per_site)
    : m_how(how), m_max_keys(std::max<std::size_t>(max_keys_per_site, 16)) {}

void TemplateLearner::add(const Document& doc) {
  if (m_how == SiteKey::none) return;
  add(doc_lines(doc, m_how));
}

bool TemplateLearner::add(const DocLines& doc) {
  if (doc.site.empty() || doc.keys.empty()) return true;
  // The signature: the smallest keys of the long lines (keys are hashes, so "smallest" is a
  // random sample that two copies of one story draw alike).
  std::vector<LineKey> sig;
  for (LineKey k : doc.keys)
    if (line_key_words(k) >= th::signature_min_words) {
      sig.push_back(k);
      if (sig.size() == th::signature_size) break;  // keys are sorted
    }
  auto& recent = m_recent[doc.site];
  if (!recent) recent = std::make_shared<Recent>();
  if (!sig.empty()) {
    if (recent->near(sig)) {
      ++m_near;
      return false;
    }
    recent->push(std::move(sig));
  }
  SiteLines& s = m_stats[doc.site];
  ++s.docs;
  for (LineKey k : doc.keys) ++s.lines[k];
  // Bounded memory: past the cap, the keys seen least often go first (lossy counting); a
  // template line is on many pages and stays.
  for (std::int64_t floor = 1; s.lines.size() > m_max_keys; ++floor)
    std::erase_if(s.lines, [floor](const auto& kv) { return kv.second <= floor; });
  return true;
}

// ----- the model ------------------------------------------------------------------------------

std::shared_ptr<const TemplateModel> TemplateModel::build(const SiteStats& stats, SiteKey how) {
  auto model = std::make_shared<TemplateModel>();
  model->m_how = how;
  for (const auto& [site, s] : stats) {
    if (s.docs < th::small_site_docs) continue;
    std::unordered_set<LineKey> keys;
    for (const auto& [key, docs] : s.lines)
      if (passes_template_thresholds(docs, s.docs, line_key_words(key))) keys.insert(key);
    if (!keys.empty()) model->m_sites.emplace(site, std::move(keys));
  }
  return model;
}

bool TemplateModel::is_template(const std::string& site, LineKey key) const {
  const auto* keys = this->site(site);
  return keys && keys->count(key);
}

const std::unordered_set<LineKey>* TemplateModel::site(const std::string& site) const {
  auto it = m_sites.find(site);
  return it == m_sites.end() ? nullptr : &it->second;
}

std::size_t TemplateModel::lines() const {
  std::size_t n = 0;
  for (const auto& [site, keys] : m_sites) n += keys.size();
  return n;
}

// ----- the step at the head of the rules ---------------------------------------------------

namespace detail {

namespace {
// "المشاركات:", "تاريخ الانضمام:": a label alone on its line, its value on the next. The rules read
// the two together (a forum member's box, a date or source label over its value), so the label
// stays for them even when every page of the site prints it.
bool bare_label(const Line& l) {
  std::string_view text = trim_space(l.text);
  return !text.empty() && text.back() == ':' && l.words <= th::label_max_words;
}
}  // namespace

TemplateLines take_template_lines(const TemplateModel& model, const Document& doc, std::vector<Line>& lines) {
  TemplateLines taken;
  if (model.how() == SiteKey::none) return taken;
  std::string site = site_of(doc, model.how());
  const auto* keys = site.empty() ? nullptr : model.site(site);
  if (!keys) return taken;
  // Keys come from the loader's text, as the learner and the archive computed them; the display
  // form has the same lines (when it does not, the display lines are keyed instead).
  std::vector<std::string_view> raw;
  for_each_line(doc.text, [&](std::string_view l) { raw.push_back(l); });
  bool aligned = raw.size() == lines.size();
  std::optional<LineKey> title = doc.title ? line_key(*doc.title) : std::nullopt;
  bool first = !doc.title;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    Line& l = lines[i];
    if (l.blank) continue;
    bool title_line = std::exchange(first, false);
    if (l.hit || title_line) continue;
    auto key = line_key(aligned ? raw[i] : std::string_view(l.text));
    if (!key || key == title || !keys->count(*key)) continue;
    if (split_byline(l.text) || find_date(l.text) || has_relative_date(l.text) || bare_label(l)) continue;
    taken.emplace_back(i, l);
    Line blank;
    blank.no = l.no;
    blank.label = "removed:template";
    blank.rule = "site template (" + site + ")";
    blank.removed = true;
    l = std::move(blank);
  }
  return taken;
}

void restore_template_lines(TemplateLines& taken, std::vector<Line>& lines, Article& article) {
  for (auto& [i, original] : taken) {
    original.label = std::move(lines[i].label);
    original.rule = std::move(lines[i].rule);
    original.removed = true;
    article.removed.push_back({"template", original.text});
    lines[i] = std::move(original);
  }
}

}  // namespace detail
}  // namespace akhbar
