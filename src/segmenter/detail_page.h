#pragma once
// The page the rules work on: the classified lines with their labels, the Article being filled,
// and the named state the rules share (PageState). Every rule reads and writes only this.

#include <akhbar/normalizer.h>
#include <akhbar/record.h>

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "segmenter/lines.h"
#include "segmenter/markers.h"
#include "segmenter/metadata.h"

namespace akhbar::detail {

// Everything one segmentation reads and writes.
struct SegmentContext {
  const MarkerSet& markers;
  const Normalizer& normalizer;
  const Document& doc;
  const std::optional<std::string>& now;  // reference time for relative dates
  std::vector<Line>& lines;               // classified; labels and rules are written back
  Article& article;
  bool letters_destroyed = false;  // the text's Arabic letters were replaced by '?' (no words to compare)
};

// The metadata fields that the rules fill from the text.
enum class Field { dateline, source, author, published, updated };
inline constexpr std::size_t field_count = 5;

// The name of a field as the record spells it ("dateline", "source", ...).
const char* field_name(Field f);

// Which rule filled a field, and from which input line (0: not from one line).
struct Evidence {
  const char* rule = nullptr;
  std::size_t line = 0;
};

// One pass of the chain that changed the page, with the walk's line rules that fired in it.
struct PassReport {
  const char* name;
  std::vector<const char*> rules;  // the walk's line rules that took a line, in first-use order
};

// What the rules know about the page besides the lines (with their labels) and the Article's
// fields: where the walk stands (title, deck, lead, closing credit), which rule filled which
// field, and which passes changed anything. The rules share it through this one named state,
// not through flags of their own.
struct PageState {
  static constexpr std::size_t none = static_cast<std::size_t>(-1);
  std::size_t title_line = none;       // the line the title was taken from (the walk skips it)
  bool title_from_line = false;        // the title is a text line's (not the input's title field)
  bool lead_seen = false;              // the first body paragraph has been seen
  std::size_t resume_at = 0;           // where the walk goes on after a byline that took the next line too
  bool deck_only = true;               // every body line so far reads like a headline (a deck, not the lead)
  bool closed = false;                 // a closing credit (source, agency, copyright) followed the article
  int body_lines = 0;                  // body blocks added by the walk (deck lines included)
  int top_lines = 0;                   // body lines before the lead
  int bare_read_also = 0;              // read-also items that were bare headline lines under a marker
  std::size_t update_label = none;     // the line of a bare update label ("عُدّل الخبر بتاريخ:"): its date is next
  std::vector<std::size_t> body_line;  // the line of each body block
  std::array<Evidence, field_count> evidence{};  // the rule that filled each field (index: Field)
  std::size_t at = 0;                            // the input line (1-based) the current rule reads
  std::size_t edits = 0;                         // lines labelled and fields filled so far
  std::vector<PassReport> changed_by;            // the passes that labelled a line or filled a field
  std::vector<const char*> walk_rules;           // the walk's line rules that changed something
};

// The page and the few operations every rule needs: label a line, send it to `removed`, fill a
// field (the first rule wins), and the marker guards.
struct Page {
  explicit Page(SegmentContext& c) : ctx(c), lines(c.lines), article(c.article) {}

  SegmentContext& ctx;
  std::vector<Line>& lines;
  Article& article;
  PageState state;

  const MarkerSet& markers() const { return ctx.markers; }
  // The search key of a display string (what the markers match on).
  std::string key_of(std::string_view s) const;

  // Labels a line (and counts the edit).
  void label(Line& l, std::string label, std::string rule);
  // Labels the line "removed:KIND" (its text went to the record's `removed`).
  void label_removed(Line& l, const std::string& kind, std::string rule);
  // Sends the line's text (or `text`) to `removed` as KIND, and labels the line when no rule has.
  void remove(Line& l, const std::string& kind, const std::string& rule, std::string text = {});

  // The field's slot in the Article.
  std::optional<std::string>& slot(Field f);
  // The one way a rule sets a field: the first rule wins, an empty value sets nothing, and the
  // rule's name (and the line it reads) is kept as the field's evidence; an input's UTC time yields
  // to the page's own date of the same moment. True when it took the value.
  bool fill(Field f, std::string value, const char* rule);
  // A byline's or credit's parts: the place is the dateline, the agency the source, the person the author.
  void fill(const Credit& c, const char* rule);

  // Takes body blocks [from, to) out of the body (a pass that moved them elsewhere), with their lines.
  void drop_body(std::size_t from, std::size_t to);
  // A sub-heading right above line `note`, which a rule just removed as KIND (a contact line, a reposter's
  // or an editor's note), is that box's heading ("مركز الاتصال الوطني", "ملاحظة المحرر", "عن هذا
  // الموجز"), not the text's: it goes to `removed` as KIND too. A person's name there is a signature.
  void take_box_heading(const Line& note, const std::string& kind);
  // The first non-blank line at or after `i` (lines.size() when none).
  std::size_t next_nonblank(std::size_t i) const;
  // A one-word label ("كتب", "اقرأ", "المصدر") must be followed by ':' '|' or '-', or make up
  // most of a short line, so that a sentence starting with the same word stays body.
  bool label_ok(const Line& l) const;
  // "أم يزن الساعة 19:26 في تصنيف أسرة وتربية" (a byline row's first part): where a date label before
  // a number begins, after the first word (npos when none): the name ends there.
  std::size_t dated_tail(std::string_view text) const;
  // A short removal prefix ("شارك") applies only to a short line, and passes label_ok.
  bool removal_ok(const Line& l) const;
  // True when the line is a date line (read_date_line).
  bool is_date_line(const Line& l) const;
  // The display form of a structured field, trimmed.
  std::string display_of(std::string_view s) const;
  // Whether one of `words` (search keys), or one without a leading "و"/"ف" ("وحدّثها", "فننقله"), is in
  // `kind`'s list.
  bool has_listed_word(const std::vector<std::string>& words, MarkerKind kind) const;
  // Whether the key names the story itself (markers: self_reference: "هذا الخبر", "هذه المادة", "النص").
  bool names_the_story(std::string_view key) const;
  // Prepositions, conjunctions and particles: a line holding one is a phrase, not a name.
  bool function_word(std::string_view w) const;
  // "أما ...", "كما ...", "لكن ...": a paragraph that goes on from the one before it (a teaser
  // is a stand-alone lead sentence and never opens so).
  bool opens_with_connective(std::string_view key) const;
  // A conjunction glued to the first word ("وقال", "فيما") or standing alone: the text goes on
  // from something before it.
  bool starts_with_conjunction(std::string_view text) const;
};

// "'TEXT' (ORIGIN)": a marker as the trace names it.
std::string quoted(const Marker& m);
// After a source label, a qualifier of at most two words and a colon ("الأصلي للقصة: X"): where
// the value starts in `after`; 0 when there is no such qualifier.
std::size_t source_qualifier(std::string_view after);
// Whether a word of `key` (search form) ends in the second person plural suffix "كم" after a letter or
// more ("بكم", "لديكم", "آراءكم"): a site's welcome, a poster's intro address the reader.
bool addresses_reader(std::string_view key);
// True when the text holds a digit of any script.
bool has_digit(std::string_view s);
// The words of a key (letters and digits only).
std::vector<std::string> key_words(std::string_view key);
// True when `word` appears in `key` as a whole word, or glued to a one-letter prefix
// (و، ب، ل، ف، ك: "وبوضيف", "لبوضيف").
bool mentions_word(std::string_view key, std::string_view word);
// Letters (code points) of a key word, not its bytes: "علي" is 3, as "Ali" is.
std::size_t letter_count(std::string_view s);
// True when the text holds a letter or digit.
bool has_letters(std::string_view s);
// True when the text holds an Arabic letter.
bool has_arabic(std::string_view s);
// True when the text holds a run of `letters` Latin letters or more (five: "YouTube", "Shahid", not "CNN" in "لـCNN").
bool has_latin_word(std::string_view s, std::size_t letters);
// The number of words two sorted word lists share.
std::size_t overlap(const std::vector<std::string>& a, const std::vector<std::string>& b);
// Whether the key names the story itself (markers: self_reference: "هذا الخبر", "هذه المادة", "النص"),
// a definite noun after the preposition lam too ("للتدوينة" for "التدوينة": لـ + الـ is written لل).
bool names_story(std::string_view key, const MarkerSet& markers);
// Days since 1970-01-01 of "YYYY-MM-DD..." (Howard Hinnant's days_from_civil), or nullopt.
std::optional<long> day_number(std::string_view iso);
// The offset in minutes of the zone where the UTC time `utc` ("…T15:09:00Z") reads as the local
// clock time `local` ("…T18:09", no zone): a real zone's offset only; nullopt otherwise.
std::optional<int> zone_offset(std::string_view utc, std::string_view local);

}  // namespace akhbar::detail
