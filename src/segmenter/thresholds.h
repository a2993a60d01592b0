#pragma once
// Every cut-off the segmenter's rules use, named, with one line on why, grouped by the rule that
// reads it (the order of docs/segmenter.md). Word counts are space-separated words of the display
// form; letter and character counts are code points, never bytes.

#include <cstddef>

namespace akhbar::detail::threshold {

// Line features (lines.cpp).
namespace line {
// "1. ", "12) ", "١) ": a numbered item; a longer number ("2012 - ...") opens a sentence.
inline constexpr int bullet_number_max_digits = 2;
// A rule line ("---", "×××", "——") is at least this many characters (a lone "-" is a bullet).
inline constexpr std::size_t separator_min_chars = 2;
// A headline is at most this many words; longer lines are sentences.
inline constexpr int headline_max_words = 25;
// A headline-like line is at most this many characters (a run-on line of few, long words is not).
inline constexpr std::size_t headline_max_chars = 150;
// A word with fewer letters (a lone و, a letter of initials) carries no meaning for overlaps.
inline constexpr int content_word_min_letters = 2;
}  // namespace line

// The guard on a marker that opens a line ("كتب", "اقرأ", "المصدر"): label_ok, removal_ok.
namespace label {
// A prefix phrase of more words than this is specific enough to need no guard.
inline constexpr int guarded_max_words = 1;
// "كتبت هالة السيد: ...": the name between a "wrote" label and ':' is at most this many words.
inline constexpr std::size_t wrote_name_max_words = 4;
// A credit label without punctuation: only on a line this short ...
inline constexpr int credit_line_max_words = 4;
// ... with a name of at least this many words after it ("بقلم علي محسن", not "تقرير خبري").
inline constexpr int credit_name_min_words = 2;
// Any other one-word label without punctuation: only on a line this short.
inline constexpr int bare_line_max_words = 3;
// "المصدر الأصلي للقصة: صحيفة الشرق الأوسط", "المصدر الأساسي لهذه المادة: سكاي نيوز عربية": a source
// label's qualifier before the colon is at most this many words.
inline constexpr std::size_t source_qualifier_max_words = 3;
// A removal prefix this short ("شارك", "الوسوم") ...
inline constexpr int removal_short_max_words = 2;
// ... applies only to lines of at most this many words (a longer line is a sentence).
inline constexpr int removal_line_max_words = 12;
// ... unless a colon closes its label within this many words after a phrase of two words or more ("رابط الخبر
// بصحيفة الوئام:"; a one-word "صورة:" opens a long caption as often as it labels one).
inline constexpr int removal_label_extra_words = 3;
// A follow or subscribe prompt that names a network or an app ("انضموا إلى نبض الرافدين على تيليغرام،
// ففيها يصلكم الخبر ...", markers: network_word) is one up to this many words: a sentence of the text
// does not invite the reader to join a channel.
inline constexpr int network_prompt_max_words = 30;
// A date label alone on its line ("تاريخ النشر:") may carry this many more words ...
inline constexpr int date_label_extra_words = 1;
// ... and must itself be at least this many words (one word, "تاريخ", is too common).
inline constexpr int date_label_min_words = 2;
}  // namespace label

// Menus (mark_menus): runs of very short lines.
namespace forum {
// A member box: at least this many profile lines ("عدد المساهمات : 30") ...
inline constexpr std::size_t box_min_labels = 3;
// ... each at most this many words ...
inline constexpr int label_line_max_words = 8;
// ... no more than this many lines apart (the mood's value, a badge between them).
inline constexpr std::size_t box_max_gap = 2;
// Above the box, up to this many short lines are the member's name and rank ("فلانعضو جديد") ...
inline constexpr std::size_t name_lines = 2;
// ... of at most this many words.
inline constexpr int name_max_words = 4;
}  // namespace forum

namespace mail {
// A message header's line ("From: Sky News Arabia <newsletter@…>") is at most this many words ...
inline constexpr int header_line_max_words = 12;
// ... a header's value on the line after its bare label at most this many ("خالد العنزي <k@…>").
inline constexpr int value_max_words = 8;
// A header block is at least this many labels (From, To, Sent) ...
inline constexpr std::size_t block_min_labels = 3;
// ... or this many under a forward's divider: a line of prose opening "الموضوع:" is no header.
inline constexpr std::size_t block_min_labels_after_divider = 2;
}  // namespace mail

namespace menu {
// A menu is a run of at least this many short lines; fewer are sub-headings or a list.
inline constexpr std::size_t min_run = 5;
// A menu item is at most this many words.
inline constexpr int item_max_words = 4;
// Verse: one line in this many (a quarter) opening with و ...
inline constexpr std::size_t verse_joined_one_in = 4;
// ... or lines of at least this many words on average with no one-word line (hemistichs) ...
inline constexpr std::size_t verse_hemistich_words = 3;
// ... or one line in this many (a half) carrying its vowels ...
inline constexpr std::size_t verse_voweled_one_in = 2;
// ... where a line carries its vowels with at least this many harakat.
inline constexpr int voweled_min_marks = 2;
// This many blank lines part a menu from what stands above it (a signature).
inline constexpr std::size_t parting_blank_lines = 2;
// A page with a menu and no line of at least this many words holds no text: all of it is menu.
inline constexpr int prose_min_words = 8;
// A listing's record row has at least this many "label: value" fields parted by " | " (two are a
// byline and its date) ...
inline constexpr std::size_t field_row_min_fields = 3;
// ... each label of at most this many words and each value of at most this many (a sentence is
// no field).
inline constexpr int field_label_max_words = 2;
inline constexpr int field_value_max_words = 3;
}  // namespace menu

// The title (pick_title, overline, opening_byline, without_title_label).
namespace title {
// A first line of at least this many words without one punctuation mark is a text a dataset stripped
// of its punctuation (Al-Hudood's: headline and lead run together) ...
inline constexpr int stripped_min_words = 60;
// ... whose headline ends before the first lead_verb from this word on (its shortest headlines run
// seven words) to this one: a verb further on is as often the lead's second sentence, after an opening
// with no verb ("في حفل صاخب من قلب لاس فيغاس أعلنت ..."), as a long headline's end.
inline constexpr int stripped_title_min_words = 5;
inline constexpr int stripped_title_max_words = 17;
// The headline's present verb is looked for among its first this many
// words, and its past form opens the lead ("مبرمج يفرض ..." / "فرض المبرمج ...").
inline constexpr std::size_t echo_verb_scan_words = 8;
// A piece of a word the scrape split ("قر ر", "م راسل") has at most this many letters; joined to the
// next word, the pair is read as one word.
inline constexpr std::size_t split_piece_max_letters = 3;
// A correspondent's byline between the stripped headline and the lead ("... الشهر حسام الدين الجوادي
// مراسل لشؤون ..."): the name takes at least this many words before the role word ...
inline constexpr std::size_t correspondent_min_name_words = 2;
// ... the role word stands within the line's first this many words (headlines run to 20 words) ...
inline constexpr int correspondent_max_word = 30;
// ... and the beat after "لشؤون" runs at most this many words to the lead's verb (the longest seen: 17).
inline constexpr std::size_t correspondent_max_beat_words = 30;
// "الموضوع: X": the label is cut off only when at least this many words follow its colon.
inline constexpr int label_min_rest_words = 2;
// Date lines skipped above the headline ("2012-03-08 (علوم)" then the title).
inline constexpr int max_date_lines_above = 2;
// An author label opening the first line names someone when the name before ':' is this short ...
inline constexpr int author_name_max_words = 4;
// ... or when the value is this short; a longer value makes "تقرير: ..." a headline.
inline constexpr int author_value_max_words = 5;
// A headline is at least this many words (one word is a rubric or a menu item).
inline constexpr int min_words = 2;
// A page's header may print a kicker, the writer or a date line above the headline it repeats
// ("قراءة مطولة" / "ريم السالم" + "26 مايو 2024" over the <h1>): the repeat is looked for in this
// many first lines (a letterhead's three and an issue number, a date line, a kicker), none of them
// longer than line::headline_max_words or ending in a full stop (a paragraph: the text began) ...
inline constexpr int repeat_scan_lines = 8;
// ... and those lines above it of at most this many words are the header ("Association des
// journalistes du Sahel": 5).
inline constexpr int header_line_max_words = 6;
// A line of the page's header above a repeated headline that holds a date but too many other words for a
// date line (the site's name, its town and today's date) is at most this many words.
inline constexpr int dated_header_max_words = 10;
// Under the repeated headline, at most this many such lines before the header's date line.
inline constexpr std::size_t header_lines_below = 2;
// Text hard-wrapped at a fixed width (Ar-APT's research abstracts, "نعيش اليوم في عالم مليء
// بالأزمات، قد يؤدي بعضها الى عواقب وخيمة لذلك تحتاج" / "المنظمات التعرف على ..."): the first line
// is a piece of the first sentence, not a headline, when it and the next line are at least this
// many letters ...
inline constexpr std::size_t wrap_min_chars = 60;
// ... their lengths, and the third's unless it ends the sentence, differ by at most this share of
// the longest (a headline over its lead is rarely as long as the lead's first line) ...
inline constexpr double wrap_width_tolerance = 0.12;
// A headline of several parts ("RUBRIC. headline.. quote: ...", Goud.ma's Darija headlines) runs
// past line::headline_max_words / headline_max_chars, up to this many words and characters, when
// a part mark ('..', '. ', ':', '؟', '!') splits it, no comma does (a lead's clauses are joined by
// commas) ...
inline constexpr int long_max_words = 40;
inline constexpr std::size_t long_max_chars = 260;
// ... and the line after it is at least this many times as long (a headline over its text).
inline constexpr int long_next_ratio = 2;
// A line longer than this that opens with a lone "و" goes on from a sentence before it.
inline constexpr int lone_waw_max_words = 12;
// After a menu, a next line this short is one more menu item, not the headline's date or lead.
inline constexpr int after_menu_item_max_words = 4;
// An opening byline ("الرباط - هسبريس") is at most this many words ...
inline constexpr int opening_byline_max_words = 6;
// ... and its person part at most this many.
inline constexpr int opening_byline_name_max_words = 4;
// A rubric, overline or writer's name above the headline is at most this many words ...
inline constexpr int overline_max_words = 4;
// ... and the headline under it at least this many words longer.
inline constexpr int overline_min_extra_words = 2;
// A kicker that ends in a colon leads into the headline under it, so it may be longer: a clause
// ("والداخليّة توضّح:") of at most this many words.
inline constexpr int colon_overline_max_words = 8;
// A line under the overline this short, split like a byline, is a byline, not the headline.
inline constexpr int under_byline_max_words = 7;
// A line under the overline of this many words or fewer that opens with a name is a name.
inline constexpr std::size_t under_name_max_words = 5;
// "محمد ولد حمدو: كاتب ...": a name of at most this many words before ':'.
inline constexpr int under_name_colon_max_words = 4;
// A headline-like line of more words than this after the headline is another headline.
inline constexpr int next_headline_min_words = 8;
// A title's site part ("headline | site") is at most this many words ...
inline constexpr int site_part_max_words = 6;
// ... and names the site when it holds the host's name (at least this many characters: "bbc") ...
inline constexpr std::size_t site_host_min_chars = 3;
// ... or the source's name (both at least this many letters, spaces dropped: "زايو سيتي").
inline constexpr std::size_t site_name_min_letters = 3;
// A site's name read from its consonants ("المدينة" / "almadina": "lmdn") needs at least this
// many of them: two ("kz" of عكاظ / okaz) still tell sites apart, one does not.
inline constexpr std::size_t site_consonants_min = 2;
// A title's part read as the site's name in Arabic letters has at least this many letters: a
// short word ("العرب", "lrb" like alarabiya) is too likely a headline's word.
inline constexpr std::size_t site_spelled_min_letters = 7;
// A photo credit in brackets after a title is at most this many words ("صورة أرشيفية", "Getty
// Images"); a longer bracket is the headline's own aside.
inline constexpr int credit_max_words = 3;
// A writer's name after a slash at the end of a title is at most this many words ("سيدي محمد بن
// جعفر": an honorific, a given name, a family name with its "بن").
inline constexpr int writer_max_words = 5;
// A title line's part after its last separator is the site's name, whatever its shape, when one
// of this many non-blank lines under the title repeats the headline without it (a page's title
// field over its <h1>, a date line between them).
inline constexpr std::size_t site_repeat_scan_lines = 3;
// A stripped headline's subject is echoed, made definite, after the lead's verb when it has at least this many
// letters ("عروس" … "العروس"); a shorter first word is too often a particle's or a name's piece.
inline constexpr std::size_t echo_subject_min_letters = 3;
}  // namespace title

// Names of people (person_line, closing_signature, overline).
namespace person {
// A person's name is at least this many words ...
inline constexpr int min_words = 2;
// ... and at most this many.
inline constexpr int max_words = 5;
// A surname shorter than this (letters) is too common to say whether the text mentions it.
inline constexpr std::size_t surname_min_letters = 2;
}  // namespace person

// A writer's signature closing the text (rule closing_signature).
namespace signature {
// A signature carries the full name: an honorific and a compound name ("الدكتور/ عبد العزيز بن عبد
// الله الأحمد") run past a byline's five words.
inline constexpr int name_max_words = 7;
// Under the name, at most this many lines of the writer's posts ("أستاذ التوجيه والإرشاد النفسي") ...
inline constexpr std::size_t max_post_lines = 2;
// ... each at most this many words (a post, not a sentence).
inline constexpr int post_max_words = 8;
// "الوطن – محمد منار حميجو": before the name and a spaced dash, the paper or town in at most this many
// words ("الشرق الأوسط"); a longer part is a sentence's.
inline constexpr int outlet_max_words = 2;
// A lineage name of at least this many words ("عز الدين بن كراي بن أحمديور") is told from its kin by its last
// link ("بن أحمديور"); a shorter one ("محمد بن سالم") by its family name alone.
inline constexpr std::size_t lineage_min_words = 4;
}  // namespace signature

// Lines above the lead (the walk's top matter: bylines, decks, date lines).
namespace separator {
// A rule glued inside a line is a run of at least this many dashes, underscores or '=' ...
inline constexpr int glued_min_marks = 10;
// ... after at least this many words of text (the article's last paragraph, not a heading) ...
inline constexpr int glued_min_text_words = 20;
// ... and before an appendix of at most this many words (a translator's note, sources, notes);
// longer, the text goes on after the rule.
inline constexpr int glued_appendix_max_words = 60;
}  // namespace separator

namespace update_note {
// An editor's note of an update is a sentence or two ("تحديث بتاريخ DATE: أضاف محرر الموقع إلى الخبر
// ما استجد من تفاصيل ..."); a longer line is a paragraph that mentions an update.
inline constexpr int max_words = 40;
// Its label: the update word, then its date or a colon within this many words ("تحديث بتاريخ").
inline constexpr int label_max_words = 2;
// A re-drafting's label ("أعاد المكتب صياغة البرقية DATE", "أُعيدت صياغة فقرات منه في DATE") runs to its
// date within this many words.
inline constexpr int redraft_label_max_words = 6;
// ... on a line of at most this many words.
inline constexpr int redraft_max_words = 12;
// A note naming the story with a date after the story's own, in whatever verb ("مرّ المحررون على النص
// ثانيةً يوم 4 جوان 2024"), is at most this many words: a longer line is the text telling of a later day.
inline constexpr int later_note_max_words = 14;
// Such a note may close the text above at most this many short lines that are no paragraph (a repost note, a
// "Last edited by" stamp, a video page's privacy and category rows).
inline constexpr std::size_t closing_max_lines = 3;
// A note opening with a writer's verb at the publication's minute has at least this many words before its date ("كتب
// فهد الموجز وأطلقه على صفحة المشروع DATE"); fewer are a byline's name ("كتب: محمد علي - DATE").
inline constexpr int credit_note_min_words = 6;
}  // namespace update_note

namespace top {
// "المرصد – خاص": the outlet's name beside "خاص" (exclusive) runs at most this many words ("AI بالعربي").
inline constexpr int exclusive_credit_max_words = 3;
// "- تعز- احمد النويهي -": a credit framed by dashes runs at most this many words.
inline constexpr int framed_byline_max_words = 5;
// Bylines sit under at most this many deck lines ...
inline constexpr int max_deck_lines = 2;
// ... within the first this many lines of the text.
inline constexpr int max_top_lines = 4;
// A bare agency line ("سبأ") is at most this many words.
inline constexpr int agency_line_max_words = 5;
// A closing credit through a syndication service ("رسالة هارفارد الصحية، خدمات «تريبيون ميديا»") is at most this
// many words: a paragraph quoting a service goes on longer.
inline constexpr int syndicated_credit_max_words = 10;
// "المصدر:" with its value on the next line: that line is at most this many words.
inline constexpr int credit_next_line_max_words = 6;
// A source or author value longer than this is not a credit.
inline constexpr int credit_value_max_words = 8;
// A byline line ("القاهرة: وليد عقيلة") is at most this many words.
inline constexpr int byline_max_words = 7;
// "لندن (رويترز) –": a dateline alone on its line is at most this many words.
inline constexpr int dateline_line_max_words = 4;
// "دمشق-سانا": a hyphen without spaces splits a line of at most this many words.
inline constexpr int glued_byline_max_words = 3;
// "غزة-فاطمة أبو حية": the name glued after a place is at most this many words.
inline constexpr int glued_name_max_words = 4;
// "القاهرة: وكالة" / "الصحافة العربية": the rest of an agency name is at most this many words.
inline constexpr int agency_rest_max_words = 3;
// "رام الله 4-7-2012 وفا- يزن طه": the reporter after the agency is at most this many words.
inline constexpr int dated_byline_person_max_words = 4;
// A date line's lead-in ("الطريق الاربعاء ..."): the day name is within this many words ...
inline constexpr std::size_t lead_in_max_tokens = 5;
// ... a newspaper's name before it at most this many words ...
inline constexpr std::size_t lead_in_outlet_max_words = 3;
// ... a writer's name before it this many words or more ...
inline constexpr std::size_t lead_in_person_min_words = 2;
// ... and at most this many.
inline constexpr std::size_t lead_in_person_max_words = 4;
}  // namespace top

// Credits and sign-offs after the lead.
namespace after {
// "فرانس24/ أ ف ب": a credit line of agencies is at most this many words.
inline constexpr int agencies_line_max_words = 6;
// Editors' initials ("م.ل/و.أ"): at most this many words ...
inline constexpr int initials_max_words = 4;
// ... at most this many characters ("م.ل/و.أ" is 7) ...
inline constexpr std::size_t initials_max_chars = 20;
// ... each run of letters at most this many letters ...
inline constexpr int initials_run_max_letters = 2;
// ... and this many runs at least ...
inline constexpr int initials_min_runs = 2;
// ... and at most.
inline constexpr int initials_max_runs = 6;
// "Xنشر في OUTLET يوم DATE": a syndication line is at most this many words ...
inline constexpr int syndication_max_words = 16;
// ... its outlet and the author glued in front at most this many each.
inline constexpr int syndication_name_max_words = 4;
// A breadcrumb is at most this many words ...
inline constexpr int breadcrumb_max_words = 16;
// ... each part at most this many ...
inline constexpr int breadcrumb_part_max_words = 5;
// ... and it has at least this many parts (a title "X » Y" has two).
inline constexpr int breadcrumb_min_parts = 3;
// Two parts joined by '>' or '›' make a trail of at most this many words ("الاستقبال >اخبار").
inline constexpr int breadcrumb_two_parts_max_words = 4;
// "... تابع الجزيرة نت على:": a tail is looked for on lines ending in ':' or of at most this many words.
inline constexpr int tail_line_max_words = 8;
}  // namespace after

// The lead paragraph and body blocks (body).
// Contact footers (rule contact).
namespace contact {
// A contact line is at most this many words (an address and two numbers) ...
inline constexpr int footer_max_words = 30;
// ... with its label's colon among its first this many words ...
inline constexpr int colon_within_words = 5;
// ... or at least this many digits (a phone number).
inline constexpr int phone_min_digits = 6;
}  // namespace contact

namespace lead {
// An embed's credit ("A post shared by NAME (@handle)") runs at most this many words to the handle.
inline constexpr int embed_credit_max_words = 12;
// "كتب - حسن عبدالنبي:أكد ...": the name glued to the lead is at most this many words ...
inline constexpr int glued_name_max_words = 5;
// "NAME- OUTLET:" with no place runs at most this many words: the name, then an outlet of up to three ("سكاي نيوز عربية").
inline constexpr int name_outlet_max_words = glued_name_max_words + 3;
// ... and the text after the ':' at least this many.
inline constexpr int glued_rest_min_words = 3;
// A dateline is looked for only on a lead of at least this many words.
inline constexpr int dateline_min_lead_words = 6;
// WAFA's "رام الله 20-5-2012 وفا- ...": the place, date and agency sit in the first this many words
// (SPA's "الرياض 17 ذو القعدة 1445 هـ الموافق 25 مايو 2024 م (واس) -" gives both calendars: 13).
inline constexpr int dated_dateline_head_words = 14;
// An agency the list lacks, in brackets between the date and the dash ("(وكا)"), is at most this
// many words.
inline constexpr int dated_dateline_bracketed_agency_max_words = 3;
// A dateline leaves at least this many words of text after it.
inline constexpr int dateline_min_rest_words = 3;
// Sabq's "... سبق- الرياض: ...": the place before ':' is at most this many words.
inline constexpr int sabq_place_max_words = 3;
// A sub-heading is at most this many words (and is followed by a longer line).
inline constexpr int heading_max_words = 12;
// "محمد محمود البشتاوي - التاريخ حقل ...": a writer's name glued to the lead by a dash is a given
// name and one to three more words ...
inline constexpr int glued_writer_min_words = 2;
inline constexpr int glued_writer_max_words = 4;
// ... and no second dash within this many words after it ("أحمد شفيق - المرشح السابق - قال":
// an aside about the person the sentence is about).
inline constexpr int glued_writer_aside_words = 10;
}  // namespace lead

// Read-also and related blocks (collect_items, read_also, related).
namespace items {
// An episode's chapter under its clock reading ("00:36 التقرير الرئيسي") is a title of at most this many words.
inline constexpr int chapter_max_words = 9;
// A title a scrape wrote twice in a row ("A A B B", Misbar's read-also tail) has at least this many
// words (a word or two repeated is prose's own).
inline constexpr std::size_t doubled_title_min_words = 3;
// "اقرأ أيضاً في هذا السياق:": at most this many words after the marker, ended by ':', are still
// the label (blind11 ArCORE 071), not the first item.
inline constexpr int label_rest_max_words = 4;
// A bulleted item is at most this many words.
inline constexpr int bullet_max_words = 45;
// A read-also item (a headline) is at most this many words.
inline constexpr int read_also_max_words = 25;
// A related item, and a related marker line read as a heading, at most this many.
inline constexpr int related_max_words = 30;
// A related list glued after a paragraph's last sentence: the line is at least this many words
// (a sentence, then the marker and a title).
inline constexpr int related_tail_min_line_words = 8;
// A glued list's "title" with a word longer than this many letters is two titles joined: Arabic
// words, clitics included, rarely pass 12 letters ("والمستشفيات" is 11), two joined often do.
inline constexpr std::size_t glued_word_max_letters = 12;
// A read-more link glued after the last sentence ("… اقرا المزيد") is fewer words than this.
inline constexpr long glued_link_max_words = 4;
// A shop's price line is at most this many words: the amount and a one-word label ("الشحن: US$00.00").
inline constexpr int price_line_max_words = 2;
// A related marker line may carry this many words besides its phrase ...
inline constexpr int related_marker_extra_words = 2;
// ... or, ended by ':', up to this many in all: a label pointing to the list under it ("لمواضيع مشابهة
// يمكنك تصفح موقع X من الرابط التالي:"); a sentence of the text runs longer or ends otherwise.
inline constexpr int related_label_max_words = 12;
// In a carried read-also article, a headline-like line this short is a stray teaser.
inline constexpr int carried_headline_max_words = 40;
// A related block's summary teaser is at most this many words ...
inline constexpr int teaser_max_words = 80;
// ... and a block that runs to the end takes at most this many of them.
inline constexpr std::size_t teaser_max_lines = 12;
}  // namespace items

// Teaser lists (teaser_list): a listing page's headline + cut-off teaser pairs.
namespace teasers {
// A run of at least this many pairs is a list (one or two are an article's sub-headings).
inline constexpr std::size_t min_pairs = 3;
// A listed story's headline is at most this many words (line::headline_max_words).
inline constexpr int headline_max_words = 25;
// A teaser is at least this many words: a lead sentence cut off, not a short caption with "...".
inline constexpr int teaser_min_words = 12;
}  // namespace teasers

// Echo teasers (echo_teasers): CNN's related stories after the last paragraph.
namespace echo {
// A body shorter than this has no room for a story and a teaser box.
inline constexpr std::size_t min_body_blocks = 4;
// A teaser run is at least this many paragraphs ...
inline constexpr std::size_t min_run = 2;
// ... that do not start before this block (the story keeps its first paragraphs) ...
inline constexpr std::size_t first_block = 3;
// ... each at least this many words (a teaser is a whole lead sentence) ...
inline constexpr int teaser_min_words = 12;
// ... and the first at least this many content words to compare.
inline constexpr std::size_t min_content_words = 6;
// The first repeats an earlier paragraph when it shares this share of its content words ...
inline constexpr double paragraph_overlap = 0.6;
// ... or copies a clause of one, this many words in a row, in a run of one-sentence leads half of
// which name a weekday (a rewritten lead keeps the clause it quotes; a phrase of everyday words,
// "في وقت سابق من هذا الشهر", is shorter; a column repeating a verse goes on for sentences) ...
inline constexpr std::size_t copied_clause_words = 8;
// Leads just before the echoing one are other stories' teasers when they share at most this share
// of their content words with the text before the run.
inline constexpr double other_story_overlap = 0.25;
// ... or a read-also headline of at least this many words ...
inline constexpr std::size_t headline_min_words = 4;
// ... when it shares this share of the headline's words.
inline constexpr double headline_overlap = 0.5;
// A teaser rewrites the story's sentence ("كانت X قد قالت ..." -> "قالت X ..."); a paragraph
// that opens with the same this many words as the earlier one is the page printing it twice (an
// idea posted twice in a listing, a comment shown twice), not a teaser.
inline constexpr int same_opening_words = 5;
// A run of other stories' leads with none echoing the story is at least this many (two such
// paragraphs may close a story that changes subject).
inline constexpr std::size_t unechoed_min_run = 3;
// A run of at least this many may hold one lead past its first on the story's own subject (the box is
// the section's latest, and one may be about the same people).
inline constexpr std::size_t on_subject_min_run = 4;
// A lead the box cut off has this many words or more: a list's items (reasons, steps) are shorter.
inline constexpr int cut_off_lead_min_words = 20;
// A word of this many Latin letters makes a line no Arabic news lead or headline ("YouTube", "Shahid": a spam page's
// keywords, a listing's channels); "CNN", "BBC" in an Arabic line are shorter.
inline constexpr std::size_t latin_word_letters = 5;
}  // namespace echo

// A line inside a box whose marker lines frame it (boxed_lines) is at most this many words: a
// pitch or a prompt, not a paragraph.
namespace boxed {
inline constexpr int max_words = 15;
}  // namespace boxed

// A read-also box with its marker missing (unmarked_read_also): the page's marked box printed
// its items as bare headlines ...
namespace unmarked {
// ... at least this many of them (one headline under a marker may be a sub-heading's twin) ...
inline constexpr int min_marked_items = 2;
// ... and a later run of this many to ...
inline constexpr std::size_t min_run = 2;
// ... this many headline-like lines between two paragraphs is another such box ...
inline constexpr std::size_t max_run = 4;
// ... each of at least this many words (a shorter line is a sub-heading's rubric); the paragraphs
// around the run are at least this many words (short lines between them are a list of entries:
// "ميرال أكشينار البالغة من العمر 61 عن حزب الخير" over "تميل كرم الله أوغلو ... 77 عن حزب السعادة.") ...
inline constexpr int min_words = 4;
inline constexpr int frame_min_words = 15;
// ... and the run's last line shares less than this share of its content words with the paragraph
// under it: a sub-heading introduces its section ("عزل الاسطح من الامطار" over "تقدم شركة ...
// خدمات عزل الاسطح من الامطار"), another story's headline does not.
inline constexpr double heading_overlap = 0.5;
// On a page with no marked box, a line of the run sharing this share of its content words with another paragraph
// retells it: a pull quote of the text, not another story's headline.
inline constexpr double quote_overlap = 0.6;
}  // namespace unmarked

// A print paper's credit line (issue_credit): "صحيفة الوطن - العدد 2403" is at most this many words,
// the paper's name at most this many (a sentence citing an issue runs longer).
namespace issue {
inline constexpr int max_words = 7;
inline constexpr int outlet_max_words = 3;
// An issue alone on its line ("عدد مايو 2024", "العدد 245") is at most this many words.
inline constexpr int line_max_words = 4;
}  // namespace issue

// A box of the site's stories under a superlative heading with no marker (superlative_box): ...
namespace superlative {
// ... a heading of this many words at most ("المشاريع الأكثر ربحا", "أكثر المشاريع نجاحا"; a longer
// line holding "أكثر" is a sentence or a section's title) ...
inline constexpr int max_heading_words = 4;
// ... over at least this many headlines in a row (a body list under "أهم النصائح" is as often
// two or three lines), ...
inline constexpr std::size_t min_run = 4;
// ... each of at least this many words: a list's entries ("هواتف سامسونج", "مدينة دبي") are
// shorter than a story's headline.
inline constexpr int min_words = 5;
}  // namespace superlative

// Dates and datelines (metadata.cpp).
namespace dates {
// A date row's closing section ("القسم: رياضة") is the label and at most this many words.
inline constexpr int row_section_max_words = 3;
// find_dateline looks at the first this many words only.
inline constexpr int dateline_scan_words = 7;
// A dateline's first part is at most this many words ...
inline constexpr int dateline_max_words = 5;
// ... a second part, taken when it names an agency, at most this many.
inline constexpr int dateline_second_max_words = 3;
// A separator glued on both sides ("--", "/-") still cuts a dateline when it has this many marks.
inline constexpr int separator_min_marks = 2;
// A date line is at most this many words: a Hijri and Gregorian pair with their labels, the day
// name and a time runs to 20 ("الوئام: تم إضافته يوم الإثنين 21 ربيع الأول 1433 هـ - الموافق 13
// فبراير 2012 م - الساعه 8:07 مساءً"); the limit on other words keeps sentences out.
inline constexpr int date_line_max_words = 22;
// A line holding more dates than this is a table, not a date line.
inline constexpr std::size_t max_dates_per_line = 3;
// A relative date line ("منذ 3 ساعات") is at most this many words.
inline constexpr int relative_line_max_words = 6;
// Other words a date line may hold: this many ...
inline constexpr int other_max_words = 3;
// ... but a strong label's words that name the story are the label's, up to this many ("تاريخ دخول الخبر
// إلى الدليل:" holds four).
inline constexpr int story_label_max_words = 5;
// ... or, after a date label, the label's words and this many ...
inline constexpr int labelled_extra_words = 4;
// ... plus this many when the line holds two or more dates (a published and an updated).
inline constexpr int two_dates_extra_words = 3;
// One byline at the line's edge ("الأحد 16 سبتمبر 2012الجزائر: حميد ...") is at most this many words.
inline constexpr int edge_byline_max_words = 7;
// A row of short pieces set apart by a middle dot or bullet ("بعث بها نايف العتيبي · قبل 2 أيام"): each
// piece at most this many words, as a byline at the edge is; prose lists that use "•" run longer.
inline constexpr int row_piece_max_words = edge_byline_max_words;
}  // namespace dates

// Bylines and credits (split_byline, read_credit).
namespace byline {
// A byline has at least this many parts ...
inline constexpr std::size_t min_parts = 2;
// ... and at most this many.
inline constexpr std::size_t max_parts = 3;
// Its first part is at most this many words ...
inline constexpr int first_part_max_words = 4;
// ... the others at most this many.
inline constexpr int part_max_words = 5;
// A part of at most this many words that mentions a place ("من الرياض") is the place.
inline constexpr int place_phrase_max_words = 3;
// In an author field, an unknown part of at most this many words before a named writer is the town
// ("الرس", "وادي الدواسر"); longer is a desk or an outlet.
// ... and a name after such a town in an author field at most this many words ("خليف الزناتي").
inline constexpr int unknown_name_max_words = 4;
inline constexpr int unknown_town_max_words = 2;
}  // namespace byline

// Marker matching (markers.cpp).
namespace site_address {
// A site's welcome or sign-off line is a sentence or two (18 to 39 words seen); a paragraph that
// opens with the greeting and goes on into the article (95 words) is the article's.
inline constexpr int max_words = 45;
// The site's tagline under its name ("المسطرة: نقيس الأخبار بالشبر، ونزيد عليها نصف شبر") is a phrase of
// at most this many words.
inline constexpr int tagline_max_words = 12;
}  // namespace site_address

namespace repost_note {
// A reposter's note is a sentence ("نُشر هذا النص أول مرة على موقع الحدود، وننقله هنا بحروفه": 13
// words; "حكاية من زمن العبث كما رواها موقع الحدود الساخر، نعيد نشرها بصفحة مصوّرة": 13).
inline constexpr int max_words = 20;
// After the text it is followed only by the page's short lines (tags, buttons, a counter, a forum
// signature: "لا تحكم على العضو من توقيعه ولا على الموضوع من عنوانه", 10 words), as short as the
// lines an inside marker takes.
inline constexpr int after_max_words = 12;
// A poster's intro above a reposted text is a sentence of at most this many words ("هلا بيكم شباب، هذا
// مقال من موقع الحدود يستاهل القراية للآخر:": 12).
inline constexpr int intro_max_words = 16;
// A site named in Latin letters in a closing note ("SaudiNewsNet") has at least this many letters: "BBC" is an
// outlet the agency list knows.
inline constexpr std::size_t latin_site_min_letters = 4;
}  // namespace repost_note

namespace marker {
// An "inside" marker ("*جميع الحقوق محفوظة") matches only lines of at most this many words.
inline constexpr int inside_line_max_words = 12;
// A line that opens with the copyright sign is the site's notice up to this many words ("© وكالة
// تونس إفريقيا للأنباء 2017. جميع الحقوق محفوظة، ويُعاد نشرها هنا بموجب اتفاق تبادل إخباري": 17);
// the sign names no phrase a marker could hold.
inline constexpr int copyright_sign_max_words = 40;
// A "$tail" marker may be followed by at most this many words before the line's end.
inline constexpr int tail_extra_words = 4;
// A tail is looked for in this many characters before the phrase's length from the line's end.
inline constexpr std::size_t tail_window_chars = 80;
// A name is looked for among a key's first this many words (lone letters "أ.د." skipped).
inline constexpr std::size_t name_scan_words = 4;
// Under a tags label alone on its line ("كلمات دالة:"), the tags: up to this many lines of at most
// this many words each, none ending a sentence.
inline constexpr int tag_lines_max = 12;
inline constexpr int tag_max_words = 3;
// A form field's label ("البريد الالكتروني *") is at most this many words.
inline constexpr int form_field_max_words = 3;
}  // namespace marker

// Whole-record checks (segmenter.cpp).
namespace record {
// More '?' than this with no Arabic letter: the letters were destroyed, not a Latin text.
inline constexpr std::size_t destroyed_min_questions = 20;
// A CMS id in a name field is at least this many characters (hex digits and dashes: ASCII).
inline constexpr std::size_t identifier_min_chars = 16;
// A date in the address may name the year after `now` at the latest (time zones, early issues).
inline constexpr int url_date_years_ahead = 1;
// An input date this many days or more after the date in the article's address is the crawl's time
// (a scrape's timestamp column), not the publication's: the address's date wins.
inline constexpr long crawl_date_min_days = 2;
// ... or on the next day at this hour or later: a UTC clock shows the address's day on the next one only
// until noon (UTC-12's evening), two hours kept to spare.
inline constexpr int crawl_next_day_min_hour = 14;
// An update this many days or more before the publication is another item's time (a ticker's, months
// old), not the article's; a day or two before, the published date may be the wrong one (a header's
// "today"), and the update stays.
inline constexpr long stale_update_min_days = 7;
}  // namespace record

}  // namespace akhbar::detail::threshold
