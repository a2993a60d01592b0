#pragma once
// Site templates inside the segmenter: the thresholds that make a recurring line template, and
// the step at the head of the rules that takes template lines out of a page (template.cpp).

#include <akhbar/record.h>
#include <akhbar/template.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "segmenter/lines.h"

namespace akhbar::detail {

// The thresholds of docs/segmenter.md ("Site templates"). Documents are counted documents: one
// document per story (near duplicates are not counted), one count per document for a line.
namespace threshold::site_template {
// A site with fewer counted documents has no template: a line on two or three of four pages is
// as likely one day's story told twice as the site's furniture ...
inline constexpr std::int64_t min_site_docs = 5;
// ... except that a short line on every one of at least this many (a blog's motto, a newsletter's
// greeting on each of four issues) is the site's: four stories told on four days do not all
// share a short line that is not a title, a date or a byline (those are never counted).
inline constexpr std::int64_t small_site_docs = 4;
// A line ending in a colon of at most this many words is a label whose value follows ("تاريخ
// الانضمام:"): never template, whatever its count.
inline constexpr int label_max_words = 3;
// A short line is template when at least this many documents carry it (trafilatura drops a
// segment on its third sighting) ...
inline constexpr std::int64_t min_docs = template_min_docs;
// ... and at least this share of the site's documents: a phrase on a few of thousands of pages is
// an expression of the writers, not part of the page; a prompt is on most pages ...
inline constexpr double min_share = 0.10;
// ... or, in a big site, at least this many documents whatever the share (a footer of one section
// of a 50,000-page site).
inline constexpr std::int64_t enough_docs = 200;
// A line of this many words or more reads as a sentence, which a story may share with another
// (a syndicated lead, a quoted statement): it needs much stronger evidence ...
inline constexpr int sentence_words = 12;
// ... at least this many documents ...
inline constexpr std::int64_t sentence_min_docs = 10;
// ... and at least this share of the site's documents (a disclaimer is on every opinion page).
inline constexpr double sentence_min_share = 0.30;
// Near duplicates: a document's signature is the smallest keys of its lines of at least this
// many words (prompts and menus are short; a story's sentences are long) ...
inline constexpr int signature_min_words = 8;
// ... this many of them ...
inline constexpr std::size_t signature_size = 8;
// ... and it is the same story as a recent document of the site when at least this share of the
// smaller signature is in the other (two copies of one story share most sentences; two stories
// of one site share none).
inline constexpr double near_duplicate_share = 0.5;
// The recent documents of a site a new one is compared with.
inline constexpr std::size_t recent_docs = 256;
}  // namespace threshold::site_template

// Template lines taken out of a page before the rules run, to be put back after them.
using TemplateLines = std::vector<std::pair<std::size_t, Line>>;

// Replaces each template line of `lines` (display lines of `doc`, classified) by a blank line
// labelled removed:template, so that the rules neither see it nor join across it, and returns the
// originals. Never a title (the input's title field, else the first line), a line a marker names
// (its rule knows it better), a line that holds a date or reads as a byline or credit ("الرؤية -
// شريف صلاح", "فرانس24/ أ ف ب": a columnist's or agency's recurring credit is metadata).
TemplateLines take_template_lines(const TemplateModel& model, const Document& doc, std::vector<Line>& lines);

// Puts the taken lines back with their label and adds their text to the Article's removed lines
// (kind "template").
void restore_template_lines(TemplateLines& taken, std::vector<Line>& lines, Article& article);

}  // namespace akhbar::detail
