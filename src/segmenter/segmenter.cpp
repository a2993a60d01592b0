// Segmenter: builds the marker table once (built-in data/markers.txt plus --markers files), then
// for each Document: display/search forms → classified lines → rules (chain.cpp and rule_*.cpp) → Article.
#include <akhbar/dates.h>
#include <akhbar/segmenter.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <cctype>
#include <array>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <fstream>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

#include "segmenter/detail_rules.h"
#include "segmenter/detail_template.h"
#include "segmenter/detail_text.h"
#include "segmenter/lines.h"
#include "segmenter/markers.h"
#include "segmenter/metadata.h"
#include "segmenter/thresholds.h"

extern const char akhbar_builtin_markers[];
extern const std::size_t akhbar_builtin_markers_size;

namespace akhbar {

struct Segmenter::Impl {
  SegmentOptions options;
  detail::MarkerSet markers;
};

Segmenter::Segmenter(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Segmenter::~Segmenter() = default;
Segmenter::Segmenter(Segmenter&&) noexcept = default;
Segmenter& Segmenter::operator=(Segmenter&&) noexcept = default;

Result<Segmenter> Segmenter::create(const SegmentOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  Normalizer normalizer;
  if (auto r = impl->markers.add(std::string_view(akhbar_builtin_markers, akhbar_builtin_markers_size),
                                 "builtin", normalizer);
      !r)
    return r.error();
  for (const auto& file : options.marker_files) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return Error{std::string("cannot read marker file: ") + std::strerror(errno), file};
    std::ostringstream ss;
    ss << in.rdbuf();
    if (auto r = impl->markers.add(ss.str(), file, normalizer); !r) return r.error();
  }
  if (options.now && !parse_date_field(*options.now))
    return Error{
        "--now: not a date: '" + *options.now + "' (expected ISO 8601, e.g. 2024-07-23T10:00:00+03:00)", ""};
  impl->markers.finish();
  return Segmenter(std::move(impl));
}

namespace {

// The latest year a date in an address may name: the year after `now` (or after today's).
int latest_year(const std::optional<std::string>& now) {
  if (now && now->size() >= 4 &&
      std::all_of(now->begin(), now->begin() + 4, [](char c) { return c >= '0' && c <= '9'; }))
    return std::stoi(now->substr(0, 4)) + detail::threshold::record::url_date_years_ahead;
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  return tm.tm_year + 1900 + detail::threshold::record::url_date_years_ahead;
}

std::optional<std::string> clean_field(const std::optional<std::string>& v, const Normalizer& normalizer) {
  if (!v) return std::nullopt;
  std::string d = normalizer.display(*v);
  for (char& c : d)
    if (c == '\n') c = ' ';
  std::string_view t = detail::trim_chars(d, "");
  if (t.empty()) return std::nullopt;
  return std::string(t);
}

// Counts Arabic letters and '?' marks: text with none of the first, or far more of the second,
// is flagged rather than guessed at. True when the letters look destroyed.
bool flag_text(const std::string& text, Article& a) {
  // The marks first (one vectorized count): as soon as the letters reach them, nothing is flagged,
  // so an Arabic text is decided after its first few letters rather than read whole.
  const auto question = static_cast<std::size_t>(std::count(text.begin(), text.end(), '?'));
  std::size_t arabic = 0, letters = 0;
  for (std::size_t i = 0; i < text.size();) {
    char32_t c = next_code_point(text, i);
    if (is_arabic_letter(c) && ++arabic >= std::max<std::size_t>(question, 1)) return false;
    if (detail::is_word_char(c) && detail::digit_value(c) < 0) ++letters;
  }
  if (letters == 0 && question == 0) return false;
  if (arabic == 0 && question > detail::threshold::record::destroyed_min_questions) {
    a.warnings.push_back(
        {kind::destroyed_letters,
         "the Arabic letters of this text look destroyed (replaced by '?'); not segmented further"});
    return true;
  }
  if (arabic == 0) {
    a.warnings.push_back({kind::no_arabic_text, "no Arabic text found"});
    return false;
  }
  if (question > arabic) {
    a.warnings.push_back(
        {kind::destroyed_letters, "many Arabic letters of this text look destroyed (replaced by '?')"});
    return true;
  }
  return false;
}

// A CMS id in a name field ("658c12ed-70e2-45ce-a111-3f759f607d34"): hex digits and dashes
// only, no space, long, with digits.
bool is_identifier(std::string_view v) {
  if (v.size() < detail::threshold::record::identifier_min_chars)
    return false;  // ASCII: bytes are characters
  bool digit = false;
  for (char c : v) {
    bool hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    if (!hex && c != '-' && c != '_') return false;
    digit = digit || (c >= '0' && c <= '9');
  }
  return digit;
}

// Whether a field holds a letter of any script: a scraper's leftover ("} },", "--", "0") is no name.
bool has_letter(std::string_view v) {
  for (std::size_t i = 0; i < v.size();) {
    if (u_isalpha(static_cast<UChar32>(next_code_point(v, i)))) return true;
  }
  return false;
}

// Whether a box's folded heading opens with a site_list marker (a one-word marker: is it): one of
// the site's own lists of stories (latest, trending, picks, today's issue, more from this source),
// not chosen for the article.
bool site_list_heading(std::string_view key, const detail::MarkerSet& markers) {
  for (const auto& phrase : markers.list(detail::MarkerKind::site_list))
    if (key.rfind(phrase, 0) == 0 && detail::word_boundary(key, phrase.size()) &&
        (phrase.find(' ') != std::string::npos || phrase.size() == key.size()))
      return true;
  return false;
}

// Headed link lists outside an HTML page's text: a heading the markers name as a read-also or
// related list ("الأكثر تصفحاً", "اقرأ أيضاً") brings its links in, after the items the text gave
// and without repeating one.
void add_link_boxes(const Document& doc, const Normalizer& normalizer, const detail::MarkerSet& markers,
                    Article& a) {
  bool listed = false;  // whether a list by its place was taken (only the first is)
  for (const auto& box : doc.link_boxes) {
    std::string key = detail::fold_key(normalizer.search(box.heading));
    detail::MarkerHit hit = markers.match_line(key, detail::count_words(key));
    std::vector<Link>* list = nullptr;
    // The heading is the marker, nothing more; a read-also marker may name where ("اقرأ أيضاً
    // بالساحة:", two words at most): nothing else opens with it.
    bool whole = hit && hit.end >= key.size();
    std::string_view where = detail::trim_chars(std::string_view(key).substr(hit ? hit.end : key.size()), ":");
    bool read_also_where = hit && hit.marker->kind == detail::MarkerKind::read_also && hit.marker->words >= 2 &&
                           detail::count_words(where) <= 2 && (where.starts_with("ب") || where.starts_with("في "));
    if (whole || read_also_where)
      list = hit.marker->kind == detail::MarkerKind::read_also ? &a.read_also
             : hit.marker->kind == detail::MarkerKind::related ? &a.related
                                                               : nullptr;
    else if (box.kind == "read_also" || box.kind == "related")  // the page's structure says what it is
      list = box.kind == "read_also" ? &a.read_also : &a.related;
    else if (box.kind == "list" && !listed && !site_list_heading(key, markers)) {
      list = &a.related;  // the page's related list by its place, under a heading of its own words
      listed = true;
    }
    if (!list) continue;
    std::unordered_set<std::string> seen;
    for (const auto& l : *list) seen.insert(detail::fold_key(normalizer.search(l.title)));
    for (const auto& anchor : box.links) {
      auto title = clean_field(anchor.text, normalizer);
      if (title && seen.insert(detail::fold_key(normalizer.search(*title))).second)
        list->push_back({*title, anchor.href, {}});
    }
  }
}

// A read-also or related item whose text is one of the page's links gets that link's address
// (HTML pages; text inputs carry no links).
void link_addresses(const Document& doc, const Normalizer& normalizer, Article& a) {
  if (doc.anchors.empty() || (a.read_also.empty() && a.related.empty())) return;
  std::unordered_map<std::string, const std::string*> by_key;
  for (const auto& anchor : doc.anchors)
    by_key.emplace(detail::fold_key(normalizer.search(anchor.text)), &anchor.href);
  for (auto* list : {&a.read_also, &a.related})
    for (auto& item : *list) {
      if (item.url) continue;
      auto it = by_key.find(detail::fold_key(normalizer.search(item.title)));
      if (it != by_key.end() && !it->first.empty()) item.url = *it->second;
    }
}

}  // namespace

Article Segmenter::segment(const Document& doc, const Normalizer& normalizer,
                           std::vector<TraceLine>* trace, TraceSummary* summary) const {
  Article a;
  a.input = doc.input;
  std::string author_place;  // the place of a byline in the author field ("واس - جدة")
  a.warnings = doc.warnings;
  a.source = clean_field(doc.source, normalizer);
  std::string host = doc.input.url ? detail::host_name(*doc.input.url) : std::string();
  auto role = [&](const std::string& v) {
    return m_impl->markers.in_list(detail::MarkerKind::role_word, detail::fold_key(normalizer.search(v)));
  };
  // A field holding a sentence (a crawler's author attribute filled with another story's
  // headline): more words than a credit carries, one of them a function word.
  auto sentence = [&](const std::string& v) {
    std::vector<std::string> words = detail::key_words(detail::fold_key(normalizer.search(v)));
    if (words.size() <= static_cast<std::size_t>(detail::threshold::top::credit_value_max_words)) return false;
    for (const auto& w : words)
      if (m_impl->markers.in_list(detail::MarkerKind::function_word, w)) return true;
    // "على" folds to the name "علي": it is looked for as written.
    for (const auto& w : m_impl->markers.written(detail::MarkerKind::written_function_word))
      if (detail::mentions_word(v, w)) return true;
    return false;
  };
  // "أطياف للتكنولوجيا، atyaf.co": a web address in the field is a web designer's or a site's credit.
  auto web_address = [](const std::string& v) {
    for (std::size_t at = v.find('.'); at != std::string::npos && at > 0; at = v.find('.', at + 1)) {
      std::size_t end = at + 1;
      while (end < v.size() && std::isalpha(static_cast<unsigned char>(v[end]))) ++end;
      if (std::isalnum(static_cast<unsigned char>(v[at - 1])) && end - at - 1 >= 2 && end - at - 1 <= 6 &&
          (end == v.size() || v[end] == ' ' || v[end] == '/' || v[end] == '.'))
        return true;
    }
    return false;
  };
  // "موقع أم سيرين": the field names a website (markers: site_word), which is the source.
  auto site_named = [&](const std::string& v) {
    std::string key = detail::fold_key(normalizer.search(v));
    return detail::count_words(key) >= 2 &&
           m_impl->markers.in_list(detail::MarkerKind::site_word, key.substr(0, key.find(' ')));
  };
  // "تصوير - محمد العصيلي:": the photographer's credit alone (markers: photo) names no writer.
  auto photographer = [&](const std::string& v) {
    std::string key = detail::fold_key(normalizer.search(v));
    detail::MarkerHit hit = m_impl->markers.match_line(key, detail::count_words(key));
    return hit && hit.begin == 0 && hit.marker->kind == detail::MarkerKind::removed && hit.marker->removal == "photo";
  };
  // "متابعة", "تقرير": a credit label with no name after it is no value (markers: author, genre_word).
  auto credit_label = [&](const std::string& v) {
    std::string key = detail::fold_key(normalizer.search(v));
    detail::MarkerHit hit = m_impl->markers.match_line(key, detail::count_words(key));
    return (hit && hit.begin == 0 && hit.end >= key.size() && hit.marker->kind == detail::MarkerKind::author) ||
           m_impl->markers.in_list(detail::MarkerKind::genre_word, key);
  };
  std::optional<std::string> author_field = clean_field(doc.author, normalizer);
  // A byline copied whole keeps the colon that led into the text ("القيصومة - خليف الزناتي:"): no part of it.
  if (author_field && author_field->ends_with(':')) {
    author_field = std::string(detail::trim_chars(*author_field, ":"));
    if (author_field->empty()) author_field.reset();
  }
  // trafilatura joins a page's author names with "; " and lists the site among them when the page
  // credits it ("مفكر حر; طلال عبدالله الخوري" on the site "Freethinker مفكر حر"): the parts that
  // name the site (words of the source, the host spelled) go, the writers stay.
  if (author_field && author_field->find(';') != std::string::npos) {
    std::string source_key = " " + detail::fold_key(normalizer.search(a.source.value_or(""))) + " ";
    std::string kept;
    std::string_view rest = *author_field;
    while (!rest.empty()) {
      std::size_t semi = std::min(rest.find(';'), rest.size());
      std::string_view part = detail::trim_chars(rest.substr(0, semi), " ");
      rest.remove_prefix(std::min(semi + 1, rest.size()));
      std::string key = detail::fold_key(normalizer.search(part));
      if (part.empty() || (!key.empty() && source_key.find(" " + key + " ") != std::string::npos) ||
          detail::names_site(normalizer, part, host, a.source.value_or(""), false))
        continue;
      kept += (kept.empty() ? "" : "; ") + std::string(part);
    }
    if (!kept.empty()) author_field = kept;
  }
  if (auto& author = author_field;
      author && (is_identifier(*author) || !has_letter(*author) || role(*author) || sentence(*author) ||
                 photographer(*author) || web_address(*author) || credit_label(*author))) {
    a.warnings.push_back({kind::input_author_ignored, "ignored the input's author field \"" + *author + "\": " +
                                                          (!has_letter(*author)  ? "no letters"
                                                           : role(*author)       ? "a role"
                                                           : sentence(*author)   ? "a sentence"
                                                           : photographer(*author) ? "a photographer's credit"
                                                           : web_address(*author)  ? "a web address"
                                                           : credit_label(*author) ? "a credit label"
                                                                                 : "an identifier") +
                                                          ", not a name"});
  } else if (author && (site_named(*author) || detail::names_site(normalizer, *author, host, a.source.value_or(""), true) ||
                        (author->find_first_of("-/(abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") ==
                             std::string::npos &&
                         !m_impl->markers.place(detail::fold_key(normalizer.search(*author))) &&
                         detail::spells_site(*author, host, a.source.value_or(""))))) {
    // The site's own name ("زايو سيتي" on zaiocity.net, "برامج بلس" on pramgplus.com) is no writer:
    // the text's byline may name one.
    if (!a.source) a.source = *author;
  } else if (author) {
    // An author field often holds a byline ("أبوظبي - سكاي نيوز عربية", "واس - جدة"): the
    // person stays the author, an outlet is a source, the place the dateline (after the rules:
    // the body's own dateline wins).
    auto c = detail::read_credit(*author, m_impl->markers, normalizer, false);
    // "المدينة - جدة" on almadina, "عكاظ (المكاتب)" on okaz: the site's name in Arabic letters is
    // the site crediting itself (its desk or bureaus), neither a writer nor a place.
    std::string site_source = a.source.value_or("");
    auto site_part = [&](std::string& part) {
      // A piece glued on with a hyphen or slash may be the site ("عدن-الوئام"): the rest stays.
      std::string rest;
      bool found = false;
      for (std::size_t at = 0; at <= part.size();) {
        std::size_t end = std::min(part.find_first_of("-/", at), part.size());
        std::string_view piece = detail::trim_chars(std::string_view(part).substr(at, end - at), " ");
        // The name before a bracket ("عكاظ (المكاتب)"); never a known place ("الرياض", the city
        // of the newspaper alriyadh; "المدينة المنورة").
        std::string_view name = detail::trim_chars(piece.substr(0, piece.find('(')), " ");
        if (!name.empty() && !m_impl->markers.place(detail::fold_key(normalizer.search(name))) &&
            detail::spells_site(name, host, site_source))
          found = true;
        else if (!piece.empty())
          rest += (rest.empty() ? "" : "-") + std::string(piece);
        at = end + 1;
      }
      if (found) part = rest;
      return found;
    };
    bool site_credit = false;
    if (c) {
      site_credit = site_part(c->person);
      site_credit = site_part(c->place) || site_credit;
    }
    if (c && (!c->place.empty() || !c->agency.empty() || (!c->genre.empty() && !c->person.empty()))) {
      if (!c->person.empty()) a.author = c->person;
      if (!c->agency.empty() && !a.source) a.source = c->agency;
      if (!c->place.empty()) author_place = c->place;
    } else if (site_credit) {
      if (!c->person.empty()) a.author = c->person;
    } else {
      a.author = *author;
    }
  }
  const std::optional<std::string>& now = m_impl->options.now ? m_impl->options.now : doc.fetched;
  if (auto d = clean_field(doc.date, normalizer)) {
    if (auto iso = parse_date_field(*d, now))
      a.published = *iso;
    else
      a.warnings.push_back(
          {kind::input_date_unreadable, "could not read the input's date field \"" + *d + "\""});
  }
  // A modification time no later than the publication is no update (pages often repeat it); nor is
  // one on the day of a publication given without its time (WordPress's day-only datePublished and
  // its dateModified "2016-12-19 9:22 pm": the evening's time may be the publication's own).
  if (auto u = clean_field(doc.updated, normalizer))
    if (auto iso = parse_date_field(*u, now);
        iso && (!a.published || (a.published->size() == 10 ? iso->substr(0, 10) > *a.published : *iso > *a.published)))
      a.updated = *iso;

  std::string display = normalizer.display(doc.text);
  std::vector<detail::Line> lines = detail::split_lines(display);
  std::string search = normalizer.search(display);
  std::vector<std::string_view> search_lines;
  for (std::string_view s = search;;) {
    std::size_t nl = s.find('\n');
    search_lines.push_back(s.substr(0, nl));
    if (nl == std::string_view::npos) break;
    s.remove_prefix(nl + 1);
  }
  bool aligned = search_lines.size() >= lines.size();
  std::string own;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank) continue;
    if (aligned) {
      detail::classify(lines[i], search_lines[i], m_impl->markers);
    } else {
      own = normalizer.search(lines[i].text);
      detail::classify(lines[i], own, m_impl->markers);
    }
  }

  // The fields a structured input gave, before any rule reads the text.
  std::array<bool, detail::field_count> from_input{a.dateline.has_value(), a.source.has_value(),
                                                   a.author.has_value(), a.published.has_value(),
                                                   a.updated.has_value()};
  bool destroyed = flag_text(display, a);
  detail::SegmentContext ctx{m_impl->markers, normalizer, doc, now, lines, a, destroyed};
  std::vector<detail::PassReport> passes;
  std::array<detail::Evidence, detail::field_count> evidence{};
  // A site's template lines leave the page before any rule reads it (docs/segmenter.md, "Site
  // templates") and come back labelled removed:template after.
  detail::TemplateLines templates;
  if (m_impl->options.templates)
    templates = detail::take_template_lines(*m_impl->options.templates, doc, lines);
  const std::optional<std::string> input_published = a.published;
  detail::segment_lines(ctx, summary ? &passes : nullptr, summary ? &evidence : nullptr);
  if (summary && !templates.empty()) passes.insert(passes.begin(), {"site_template", {}});
  detail::restore_template_lines(templates, lines, a);
  bool published_by_rules = a.published.has_value();
  if (!a.dateline && !author_place.empty()) a.dateline = author_place;
  // A date in the article's address ("/2015/07/22/", "/20150722/": SaudiNewsNet records carry no
  // date field) is the published date when neither the text nor a field states one, and not one
  // later than the update the page states.
  if (!a.published && doc.input.url) {
    if (auto d = url_date(*doc.input.url, latest_year(now));
        d && (!a.updated || *d <= a.updated->substr(0, 10)))
      a.published = *d;
  }
  // A crawl's own time in the date field (CNN Arabic's CSV: "2024-04-13 21:26:35" beside the address
  // /2024/04/07/, its neighbours' times seconds apart): an input date days after the date in the
  // article's address, which no rule replaced from the text, gives way to the address's.
  bool published_by_url = false;
  if (a.published && a.published == input_published && doc.input.url)
    if (auto d = url_date(*doc.input.url, latest_year(now))) {
      auto url_day = detail::day_number(*d), field_day = detail::day_number(*a.published);
      // The next day late enough that it is no zone's publication on the address's day ("2024-04-13 21:21"
      // beside /2024/04/12/): a local clock never shows the next day, a UTC one shows it only until noon
      // (UTC-12, the furthest zone behind).
      // Only a clock with no zone (a scrape's column): France 24's "2018-07-02T14:04:11+00:00" under
      // /20180701-…/ is the publication of a page whose address was made the day before.
      const std::string& f = *a.published;
      const bool naive = f.size() >= 16 && f.find_first_of("Z+", 16) == std::string::npos &&
                         f.find('-', 16) == std::string::npos;
      const bool late_next_day = naive && url_day && field_day && *field_day - *url_day == 1 && f.size() >= 16 &&
                                 f[10] == 'T' && std::isdigit(static_cast<unsigned char>(f[11])) &&
                                 std::isdigit(static_cast<unsigned char>(f[12])) &&
                                 (f[11] - '0') * 10 + (f[12] - '0') >= detail::threshold::record::crawl_next_day_min_hour;
      if (url_day && field_day &&
          (*field_day - *url_day >= detail::threshold::record::crawl_date_min_days || late_next_day)) {
        a.warnings.push_back({kind::input_date_ignored, "the input's date " + *a.published + " is " +
                                                            std::to_string(*field_day - *url_day) +
                                                            " days after the address's " + *d +
                                                            ": taken as the crawl's time"});
        a.published = *d;
        published_by_url = true;
      }
    }
  // An edit notice that names the very minute of publication ("آخر تعديل: 2023/01/27 14:46" under a
  // post dated 2023/01/27 14:46) tells of no update; a day alone may ("آخر تحديث: يوليو 23, 2024" under
  // the same day is the page saying it was updated that day).
  // Nor does an update long before the publication (a ticker's time on a listing dated by its record).
  // Nor one in UTC that is the publication's local clock at a zone's offset (a wiki's "edited" stamp on a
  // page never edited since: "2024-11-11T15:09:00+00:00" beside the page's own "2024-11-11T18:09").
  // (The same clock with no zone on one side is the same minute: Freshdesk's "Modified on: Mon, 5 Feb, 2024 at
  // 3:37 PM" under "2024-02-05T15:37:00+01:00".)
  if (a.updated && a.published) {
    auto u = detail::day_number(*a.updated), p = detail::day_number(*a.published);
    auto zoneless = [](const std::string& iso) { return iso.size() <= 19; };
    const bool same_clock = a.updated->size() >= 16 && a.published->size() >= 16 &&
                            a.updated->compare(0, 16, *a.published, 0, 16) == 0 &&
                            (zoneless(*a.updated) || zoneless(*a.published));
    if ((a.updated->size() > 10 && (*a.updated == *a.published || same_clock)) ||
        detail::zone_offset(*a.updated, *a.published) ||
        (u && p && *p - *u >= detail::threshold::record::stale_update_min_days))
      a.updated.reset();
  }
  add_link_boxes(doc, normalizer, m_impl->markers, a);
  link_addresses(doc, normalizer, a);

  if (summary) {
    for (const auto& pass : passes)
      summary->passes.push_back({pass.name, std::vector<std::string>(pass.rules.begin(), pass.rules.end())});
    for (std::size_t f = 0; f < detail::field_count; ++f) {
      auto field = static_cast<detail::Field>(f);
      const std::optional<std::string>* value = field == detail::Field::dateline    ? &a.dateline
                                                : field == detail::Field::source    ? &a.source
                                                : field == detail::Field::author    ? &a.author
                                                : field == detail::Field::published ? &a.published
                                                                                    : &a.updated;
      if (!*value) continue;
      std::string rule = evidence[f].rule        ? evidence[f].rule
                         : published_by_url && field == detail::Field::published ? "url_date"
                         : from_input[f]         ? "input"
                         : !published_by_rules && field == detail::Field::published ? "url_date"
                                                                                    : "input";
      summary->fields.push_back({detail::field_name(field), **value, rule, evidence[f].line});
    }
  }
  if (trace) {
    trace->reserve(trace->size() + lines.size());
    for (auto& l : lines) {
      if (l.label.empty()) l.label = l.blank ? "blank" : "body";
      trace->push_back({l.no, l.text, l.label, l.rule});
    }
  }
  return a;
}

}  // namespace akhbar
