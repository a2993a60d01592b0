#pragma once
// The segmenter's marker table: phrases that name a line ("اقرأ أيضا", "المصدر", "شارك"),
// loaded from the built-in data/markers.txt and from users' --markers files (docs/markers.md).

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include <akhbar/normalizer.h>
#include <akhbar/result.h>

namespace akhbar::detail {

// What a marker says about the line it matches.
enum class MarkerKind {
  read_also,    // opens a "read also" block; the rest of the line is its first item
  related,      // opens a related-links list
  published,    // labels a publication date
  updated,      // labels an update date
  source,       // "المصدر: X"
  author,       // "بقلم: X"
  agency,       // a news agency or outlet name: a bare credit line, or the agency in a dateline
  place,        // a place name that datelines and bylines open with
  title_label,  // a label forums and CMSs print before a headline ("الموضوع:"): cut off the title
  name,  // a given name or honorific ("محمد", "فوزية", "الدكتور"): a short line opening with one names a
         // person
  removed,  // boilerplate: the line goes to `removed` with the marker's removal kind
  // Word lists the rules read (bare words, never matched on lines; docs/markers.md):
  function_word,  // a preposition or particle ("في", "عن", "هذا"): a line holding one is a phrase, not a name
  connective,   // a paragraph opening with it goes on from the one before ("أما", "كما", "لكن")
  author_verb,  // an author label that may run straight into the name ("كتبت هالة السيد: ...")
  date_preposition,  // a word before a date ("في", "منذ", "بتاريخ"): words before it name no outlet
  date_label,  // a word that names a date on a date line ("تاريخ", "النشر", "تحديث", "published")
  date_label_weak,  // a word that counts as a date label only next to a date_label ("في", "يوم")
  date_event,       // a word that says a date is not the article's ("مواليد", "التسجيل", "born")
  date_update,      // a label naming the update, found inside the label's words ("تحديث", "عدل")
  conjunction,  // glued to a line's first word or alone ("وقال", "فيما"): the line goes on from another
  day_word,     // "يوم": a date line's day word; the " يوم " before a syndication line's date
  syndication,            // "نشر في": an aggregator's "Xنشر في OUTLET يوم DATE" line
  agency_word,            // "وكالة": a byline's person part opening with it is an outlet
  issue_label,            // "العدد": the number after it is the issue's, part of the date line's label
  name_initial,           // "أ", "د", "م" alone abbreviate a title ("أ.د.", "م.") before a name
  written_function_word,  // "على": a function word that folds onto a name (علي), read as written
  site_list,  // a heading the site's own lists of stories open with ("الأحدث", "في عدد اليوم"): not related
  role_word,  // "Editor", "المحرر", "admin": a credit that is only a role names nobody
  desk_word,  // "فريق", "قسم": a credit that opens with one names a team or desk, not a person
  genre_word,  // "تحليل", "إضاءة": the kind of piece a credit opens with ("تحليل - NAME"), not a town
  update_verb,     // "تحديث", "حدث" (حُدّث), "اضيفت": an editor's note of an update names it
  self_reference,  // "هذا الخبر", "هذه المادة": a note naming the story itself
  contact_label,  // "للتواصل", "للاتصال": a short line opening with one, then an address, is a contact footer
  forum_profile,  // "عدد المساهمات", "تاريخ التسجيل": a forum member box's labels
  mail_header,    // "From", "Subject", "الموضوع": a mail message's header labels
  mail_divider,   // "forwarded message", "original message": a forwarded message's divider line
  network_word,   // "تيليغرام", "واتساب": a follow or subscribe prompt naming one may run longer
  site_word,      // "موقع", "مدونة": an input author field opening with one names a site, not a writer
  editor_word,    // "بواسطة", "يد": an edit notice names its editor with one ("آخر تعديل بواسطة NAME في DATE")
  repost_word,    // "منقول", "ننقله", "نعيد": a reposter's note on the site the text first ran on
  superlative_word,  // "أكثر", "أفضل": a short heading holding one over headlines heads a box of stories
  press_word,  // "صحيفة", "جريدة": a print paper's kind before its name in its credit line
  lead_verb,   // "أعلن", "قررت": a news lead's opening verb, where a glued headline ends in a text stripped of punctuation
  beat_word,   // "لشؤون": after a correspondent's role word, the beat ("مراسل لشؤون الزفت") of a byline
  own_waw,     // "وزير", "وفد": a word whose opening و is its own letter, not the conjunction
  section_label,  // "القسم", "التصنيف": with its colon, the section a page files the text under
  lineage_word,   // "بن", "ولد": a lineage name's link ("عز الدين بن كراي بن أحمديور"), kin share its family name
};

// How a marker's phrase must sit in the line's search form.
enum class MatchMode {
  prefix,  // the line starts with the phrase (at a word boundary)
  whole,   // "=phrase": the whole line is the phrase (surrounding punctuation ignored)
  inside,  // "*phrase": the phrase appears anywhere in a short line
  tail,    // "$phrase": the phrase and a short rest ending in ':' close the line; cut off
};

// One marker, its phrase already in the search form.
struct Marker {
  MarkerKind kind = MarkerKind::removed;
  std::string removal;  // for MarkerKind::removed: "share", "copyright", ...
  MatchMode mode = MatchMode::prefix;
  std::string phrase;   // search form
  int words = 1;        // words in the phrase
  bool colon = false;   // "PHRASE:": a prefix label only with its colon after it
  std::string origin;   // "builtin:12" or "FILE:LINE", for --explain
  std::string text;     // the phrase as written in the file
};

// The name of a kind as written in the file ("read_also", "share", ...).
std::string marker_kind_name(const Marker& m);

// A match: the marker and where in the search-form line the phrase ends (byte offset).
struct MarkerHit {
  const Marker* marker = nullptr;
  std::size_t begin = 0;  // byte offset of the phrase in the search form
  std::size_t end = 0;    // byte offset just past the phrase
  explicit operator bool() const { return marker != nullptr; }
};

// All markers, indexed for matching on search-form lines.
class MarkerSet {
 public:
  // Parses one marker file's text; `name` is used in error locations ("FILE:LINE").
  Result<void> add(std::string_view text, const std::string& name, const Normalizer& normalizer);
  // Indexes the markers; call once after the last add().
  void finish();

  // The best line-level marker (whole, prefix, inside) for a search-form line, or none.
  // `words` is the line's word count (used to keep "inside" markers to short lines).
  MarkerHit match_line(std::string_view key, int words) const;
  // A tail marker glued to the end of the line, or none.
  MarkerHit match_tail(std::string_view key) const;
  // A prefix marker of `kind` of two or more words opening `key`, its last word possibly glued to
  // the next one as scraped link lists join them ("مقالات اخري للكاتبتحقيق ..."), or of one word
  // with a headline label's punctuation after it ("اقرا.. TITLE"); the longest wins.
  MarkerHit match_glued(std::string_view key, MarkerKind kind) const;
  // True when the whole (punctuation-trimmed) key is an agency name.
  const Marker* agency(std::string_view key) const;
  // True when an agency name appears in `key` at word boundaries (for datelines).
  bool mentions_agency(std::string_view key) const;
  // True when the whole key is a place name.
  bool place(std::string_view key) const;
  // True when a place name appears in `key` at word boundaries.
  bool mentions_place(std::string_view key) const;
  // True when `key` opens with a given name or honorific (single letters such as the "ا" of
  // "أ.د." are skipped): "احمد البشيري", "د كومان", "ا د احمد فواد باشا".
  bool opens_with_name(std::string_view key) const;
  // The title_label marker that opens `key` at a word boundary ("الموضوع" in "الموضوع حتى الله ..."), or null.
  const Marker* title_label(std::string_view key) const;
  // True when `word` (one search-form word) is in the word list of `kind` (function_word, ...).
  bool in_list(MarkerKind kind, std::string_view word) const;
  // The words of the list of `kind`, sorted (empty when the list has none).
  const std::vector<std::string>& list(MarkerKind kind) const;
  // The words of the list of `kind` as the marker files write them (not folded), for the rules
  // that read the display text ("على" and "علي" are one search key, but not one word).
  const std::vector<std::string>& written(MarkerKind kind) const;

  std::size_t size() const { return m_markers.size(); }

 private:
  std::vector<Marker> m_markers;
  std::unordered_map<std::string, std::vector<std::size_t>> m_prefix_by_first_word;
  // Inside markers by their first run of word characters, each with its place in m_inside (the
  // order in which they win): a line is looked up at its word starts, not searched once per marker.
  struct WordHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::vector<std::pair<std::size_t, std::size_t>>, WordHash, std::equal_to<>>
      m_inside_by_first_word;
  // Agencies and places by their first run of word characters (for mentions: looked up at a key's
  // word starts, not searched for one by one) and by their whole phrase (agency, place).
  using ByWord = std::unordered_map<std::string, std::vector<std::size_t>, WordHash, std::equal_to<>>;
  ByWord m_agencies_by_first_word, m_places_by_first_word;
  std::unordered_map<std::string, std::size_t, WordHash, std::equal_to<>> m_agency_phrases, m_place_phrases;
  bool mentions(const ByWord& by_word, std::string_view key) const;
  std::unordered_map<std::string, std::size_t> m_whole;
  std::vector<std::size_t> m_inside, m_tail, m_title_labels;
  std::unordered_map<std::string, std::size_t> m_names;  // name phrase -> marker
  // The word lists, each sorted for binary search (no allocation per lookup).
  std::unordered_map<MarkerKind, std::vector<std::string>> m_lists;
  std::unordered_map<MarkerKind, std::vector<std::string>> m_written;  // the same, as written
};

// The search key of a line: `search` (the normalizer's search form) trimmed of bullets and
// punctuation at both ends, marks dropped and letters trivially folded (idempotent on a real
// search form; keeps matching right while the normalizer is a first cut).
std::string fold_key(std::string_view search);

// True when the byte at `pos` of `key` starts no word (end of text, space or punctuation).
bool word_boundary(std::string_view key, std::size_t pos);
// True when a headline label's punctuation opens `key` at `pos`, spaces skipped: ':' or CNN's ".." and
// '…' ("أيضاً.. TITLE", "... جداً.. اقرأ.. TITLE"), which a sentence's own next word never carries.
bool headline_punctuation_at(std::string_view key, std::size_t pos);

}  // namespace akhbar::detail
