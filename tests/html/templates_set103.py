#!/usr/bin/env python3
"""Sealed HTML template set 103 (issue 14): seven kinds of Arabic news pages set into forms, quizzes and shared sheets
(the article as a form's description or a quiz's reading passage among its questions and answer fields, a shared
view's record, a published spreadsheet's cells), labelled by construction.

Written by a helper who did not change the HTML extractor's rules, did not read them (src/, include/, data/, bench/, nor
docs/segmenter.md, loader.md or markers.md), never ran akhbar on these pages (nor any other binary of that name, nor
anything under build*, bins or ci-check), never built it and never ran git: the set stays sealed until it is scored
once, and that first score measures the rules on templates nobody tuned them for. The brief named Google Forms,
Microsoft Forms, Typeform, SurveyMonkey, Jotform, Airtable (a shared view) and Google Sheets (published to the web);
grep -il of "google form", "docs.google.com/forms", "forms.gle", "microsoft forms", "forms.office", "typeform",
"surveymonkey", "survey", "jotform", "airtable", "google sheet", "docs.google.com/spreadsheets" and "spreadsheet"
returned no file of make_templates.py or templates_set5..101.py, so no kind was replaced. Set 102, written at the same
time by another helper, was neither read nor run, and its output was not opened (the wording check leaves it out).
Every chrome sentence is new wording: --wording checks that no run of three Arabic words of a string of this file,
docstrings aside, appears, after templates_set5.fold()'s letter folding, in the string constants of make_templates.py
and templates_set5..101.py (templates_set21.wording_problems()). The chrome is Arabic (a Manama teacher's reading quiz
on Google Forms, a Doha media-education centre's Microsoft Forms quiz, a Dubai media-awareness club's typeform, a
Tripoli readers' society's SurveyMonkey survey, a Muscat public library's Jotform, an Algiers school-press society's
Airtable shared view, a Riyadh monitoring team's Google Sheets spreadsheet published to the web), with what the
platforms leave in English: Google Forms' "Sign in to Google to save your progress. Learn more", "* Indicates required
question", "Your answer", "Section 2 of 2", "Submit", "Page 2 of 2", "Clear form", "Never submit passwords through
Google Forms.", "This content is neither created nor endorsed by Google.", "Report Abuse", "Terms of Service", "Privacy
Policy" and "Google Forms"; Microsoft Forms' "Microsoft", "Sign in", "Quiz", "3/15/2024 8:40 PM", "* Required",
"Section N", "Enter your answer", "Submit", "Responses N", "Average time to complete", "Status Active", "Latest
response 3/17/2024", the owner's other quizzes' "3/1/2024" days and the form footer ("This content is created by the
owner of the form. …", "Report abuse", "Powered by Microsoft Forms"); Typeform's "Friday, 15 March 2024", "Start",
"press Enter ↵", "Takes 4 minutes", "N of M", "Continue", "Type your answer here...", "OK", "Thanks for completing
this typeform", "Powered by Typeform", "Create your own typeform" and "Cookie settings"; SurveyMonkey's "0 of 3
answered", "Done", "Survey created March 15, 2024", "3 questions", "N responses", "Powered by SurveyMonkey", "See how
easy it is to create surveys and forms." and "Privacy & Cookie Notice"; Jotform's "Friday, March 15, 2024", "First
Name", "Last Name", "E-mail", "example@example.com", "Rating", "Submit", "Now create your own Jotform - It's free!" and
"Create your own Jotform"; Airtable's "Airtable", "Grid view", "Sign up for free", "Download CSV", "Name", "Notes",
"Created", the created cells "3/14/2024 9:10pm", "N records", "Tags", "Revision history", "Nassima B. created this
record · 5 hours ago" and "Powered by Airtable"; Google Sheets' column letters and row numbers, the date-time cells
"3/15/2024 20:40:00", "Published by Google Sheets", "Report Abuse" and "Updated automatically every 5 minutes".

The kinds and what each page holds:
  googleforms   a Manama teacher's reading quiz, docs.google.com/forms/d/e/ID/viewform (Asia/Bahrain): the sign-in bar;
                the form's header card: <h1> (the form's title), "ورقة عمل القراءة الموزعة على الصف يوم DATE" (the saved
                day) and the teacher; the form's description holding the text in ONE block, the instruction line
                first and the paragraphs separated ONLY by <br><br> (on even pages "ومن فاتها نص الحصة الماضية تجده على
                هذا الرابط:" and a link: read-also), the source line, page 0 "صوّبت المعلمة في النص خطأً طباعياً يوم
                DATE" (updated); "تُستقبل إجابات الطالبات إلى غاية DATE" (a deadline three days after the saving: not
                the article's); three questions with their options and answer field; "Section 2 of 2" titled "نصوص
                إثرائية تلتقي مع قراءة اليوم" (four: related); "استمارات سابقة صمّمتها الأستاذة فاطمة لصفّها" (five other
                headlines with their own deadlines, before publication: not related); the Google footer. NO visible
                date of the article: it is only in article:published_time (local) and in FB_PUBLIC_LOAD_DATA_, the
                form's state array, which holds the text WHOLE again and [published, modified] in Unix milliseconds
                (page 2's update only there and in article:modified_time)
  msforms       a Doha centre's quiz on Microsoft Forms, forms.office.com/Pages/ResponsePage.aspx?id=ID (Asia/Qatar):
                the header with "اختبار المركز كما عُرض على المتدربين في DATE" (the saved day); "Quiz" and "3/15/2024
                8:40 PM" ABOVE <h1> (the article's only visible date, month first); the description and the owner; the text
                SPLIT across two sibling section descriptions ("Section 1" and "Section 2", each with an Arabic title),
                two numbered questions after each half (on odd pages "نص اختبار سابق يضيء ما سبق الواقعة:" and a link
                in the first: read-also), the source line, page 1 "أدخل المركز تعديلاً على صياغة القسم الثاني في DATE"
                (updated); Submit; the responses summary with "Latest response M/D/YYYY"; "مراجع يقترحها المركز لتعميق
                فهم المادة" (four: related); "اختبارات نشرها المركز في الأسابيع الفائتة" (the owner's other quizzes:
                five other headlines with M/D/YYYY days: not related); the footer; article:published_time (in UTC on
                page 1; page 3's update only in article:modified_time)
  typeform      a Dubai club's typeform, form.typeform.com/to/ID (Asia/Dubai): the bar with "جلسة النادي المسائية، DATE"
                (the saved day); the welcome screen: <h1>, "Friday, 15 March 2024" (the article's only visible date, an
                English day-first format), the welcome line, Start; the text SPLIT across sibling statement screens, ONE
                paragraph a screen, each with its "N of M" progress line, Continue and "press Enter ↵" between the
                paragraphs (on even pages a screen "خبر الجلسة الفائتة باقٍ لمن يود الرجوع إليه:" and a link after the
                second paragraph: read-also), the source screen, page 2 "نقّح النادي صياغة إحدى الشاشات في DATE"
                (updated); two question screens; the ending screen with "إن شدّتك المادة فهذه أخبار تقترب منها"
                (four: related); "نماذج أخرى محفوظة في مساحة عمل النادي" (the workspace's other forms: five other
                headlines: not related); the footer; article:published_time (page 0's update only in
                article:modified_time)
  surveymonkey  a Tripoli society's survey, surveymonkey.com/r/CODE (Africa/Tripoli): the header with the society and
                "استطلاع الجمعية مفتوح للأعضاء، DATE" (the saved day); <h1> (the survey's title), the progress line, the
                page title (h2); the presentation text (on odd pages "ناقشت الجمعية قبل أسابيع واقعة ممهِّدة لهذه:" and a
                link: read-also), the source line, page 3 "استدركت الجمعية على النص تصحيحاً بتاريخ DATE" (updated);
                three numbered questions with options and a text box; Done; "Survey created March 15, 2024" AFTER the
                text and OUTSIDE main (the article's only visible date); "مقالات أعضاء الجمعية الأكثر قراءة" (a
                most-read box of four: related); "استطلاعات يتداولها الأعضاء الآن" (trending surveys: five other
                headlines with response counts: not related); the footer; article:published_time (page 1's update
                only in article:modified_time)
  jotform       a Muscat library's reading form, form.jotform.com/ID (Asia/Muscat): the bar with the library and
                "استمارة النادي للأسبوع الجاري، DATE" (the saved day); the Heading element in its own list item:
                <h1 class="form-header"> and the sub-header "Friday, March 15, 2024" (the article's only visible date);
                the name and e-mail fields BEFORE the text in source order; the Paragraph element holding the
                instruction line and the text (on even pages "لقاء النادي السابق دار حول خبر قريب منه:" and a link
                after the third paragraph: read-also), the source line, page 0 "بدّلت المكتبة كلمة في الخبر بعد نشر
                الاستمارة، DATE" (updated); the opinion box, the rating; a second Paragraph element "قراءات مكمّلة
                اختارها أمناء المكتبة للخبر" (four: related); Submit; the series' previous and next forms (two other
                headlines: not related); the Jotform footer; article:published_time (in UTC on page 3; page 3's
                update only in article:modified_time)
  airtable      an Algiers society's Airtable shared view with a record expanded, airtable.com/shrID/recID
                (Africa/Algiers): the top bar with the base, the view, "Grid view" and "تصفّح الجمعية للقاعدة بتاريخ
                DATE" (the saved day, Maghreb month names); the grid BEFORE the record in source order and longer than
                the text on every page (checked when the set is written): eight other headlines, each with an excerpt
                (the first 60 words of that file's two lines after its title) and a created cell "3/14/2024 9:10pm"
                (not related); the expanded record: <h1>, the Notes field (on odd pages "سجل أقدم في القاعدة يعرض
                بدايات القصة:" and a link: read-also), the source line, page 1 "راجعت نسيمة حقل النص فعدّلت جملة منه يوم
                DATE" (Maghreb month names; updated); Tags; the linked-record field "سجلات مرتبطة بالسجل المفتوح"
                (four: related); "Revision history" with ONLY an English relative age ("Nassima B. created this record
                · 5 hours ago": the article's only visible date; the page is saved 3 to 9 hours after publication or,
                after its update, later); window.initData with createdTime and lastModifiedTime in UTC;
                article:published_time (page 2's update only in initData and article:modified_time)
  sheets        a Riyadh team's spreadsheet published to the web, docs.google.com/spreadsheets/d/e/2PACX-ID/pubhtml
                (Asia/Riyadh): the title bar with <h1> (the spreadsheet's name) OUTSIDE the table, and the team; the
                sheet tabs; the table with its column letters and a row number beside every row: "جدول المتابعة اليومي
                لفريق الرصد: DATE" (the saved day), "توقيت نشر المادة" and "3/15/2024 20:40:00" (the article's only
                visible date, a date-time cell in the US locale); then ONE paragraph a row, its ordinal in column A (on
                even pages a row "صف آخر من الجدول يسرد ما سبق هذا الخبر:" and a link after the second paragraph:
                read-also), the source row, page 3 "غيّر الفريق صياغة خلية من خلايا النص في DATE" (updated); a heading
                row "صفوف الجدول المرتبطة بمضمون الخبر" and four link rows (related); a heading row "آخر ما أدخله الفريق
                إلى ورقة الأرشيف" and five link rows with date-time cells (not related); the footer;
                article:published_time (in UTC on page 2; page 0's update only in article:modified_time)

The texts and how they were picked: Sky News Arabia's records are used up by earlier sets (and SaudiNewsNet's split
files too: set 96 took the last 15 that set 92 left), so this set REUSES the 28 texts of set 92 (SaudiNewsNet's split
files saudinewsnet_26993 to saudinewsnet_28085, CORPUS/saudinewsnet/split), read off templates_set92.pick_articles()
when this set was written and frozen in REUSED (each kind takes one kind of set 92's four texts, page k that kind's
page k + 2, wrapping around: Google Forms Wattpad's, Microsoft Forms Penzu's, Typeform Royal Road's, SurveyMonkey
AO3's, Jotform FanFiction.Net's, Airtable Webnovel's, Google Sheets Inkitt's). Set 92 was scored in session 28; the
kinds, the chrome, the zones, the drawn days and the structure here are all new. The files are read as set 92 reads
them (templates_set92.records(): its left-out lists, so the files, their order and the headlines after each text are
set 92's) and each text as set 92 reads it (templates_set44.article_of(): the first line the title, no marker, at
least five lines of 12 words or more, all at the head of the text; the first eight kept). Nine texts have fewer than
six paragraphs and get, besides the openings, eight words from the middle of their longest paragraphs
(templates_set32.relabel()). A split file, undated, is a repost: it takes a drawn day of 2022 to 2024 (every platform
here was open then) at a drawn clock time (07:00 to 22:59) in the kind's zone. Page N (counted over the whole set,
kinds in the order above) has a generator, random.Random("templates_set103 page N"), that draws, in this order, that
day, a clock time, the update's delay (1 to 2 days, 1 to 9 hours, 5 to 55 minutes), the hours and minutes before the
page was saved (its "today" lines, deadlines, response stamps, ages and other stamps fall between publication and
that moment or near it, other forms' and records' days before publication; a page is always saved after its own
update) and a count (responses). Page-time helpers are templates_set24.page_helpers()'s. Zones (none with summer time
in 2022 to 2024): Dubai's and Muscat's +04:00, Bahrain's, Doha's and Riyadh's +03:00, Tripoli's +02:00, Algiers'
+01:00; every page's publication and update times are checked against zoneinfo when the set is written. Three pages
are moved just after local midnight, keeping their day, for a UTC trap (MOVED): msforms-1 (00:20 in Doha;
article:published_time in UTC, the visible "1/17/2022 12:20 AM" the local day), sheets-2 (00:15 in Riyadh;
article:published_time in UTC, the date-time cell the local day) and jotform-3 (00:25 in Muscat; article:published_time
in UTC, the sub-header the local day); each is the day before in UTC (checked when the set is written) and the label
holds the local day. Two pages of each kind are updated (14 of 28): one shows the update (an update note), the other
declares it only in metadata (article:modified_time, and Google Forms' FB_PUBLIC_LOAD_DATA_ and Airtable's initData);
the other pages carry updated null and declare no modified time later than their publication (their state's modified
times are the publication's). Every page shows dates that are not the article's: "today" lines, deadlines, response
stamps, other quizzes' and records' days, date-time cells of other rows, ages.

Each kind carries a related list or a most-read box (labelled related, in page order: Google Forms' enrichment
section, Microsoft Forms' reading list, Typeform's ending screen, SurveyMonkey's most-read box, Jotform's second
Paragraph element, Airtable's linked-record field, Google Sheets' related rows) and lists that look related but are
not (the teacher's earlier forms, the centre's other quizzes, the workspace's other typeforms, trending surveys,
Jotform's previous and next forms in the series, Airtable's grid of other records with excerpts, the sheet's latest
archive rows), and every other page (14) an inline read-also line in new wording. Hard in structure, as real pages
are: Google Forms' text is one description block whose paragraphs are separated only by <br><br>, held whole again in
FB_PUBLIC_LOAD_DATA_, and its date is only in metadata and that state array while a deadline is visible; Microsoft
Forms' text is split across two sections with questions between them and its date, month first, stands above the
headline; Typeform's text is one paragraph a screen with buttons and progress lines between; SurveyMonkey's date
stands after the text, outside main; Jotform's headline and date stand in their own list item, answer fields between
them and the text; Airtable's grid of other records, longer than the text, comes before the record, whose only
visible date is an English relative age; Google Sheets' headline stands outside the table and its text is one row a
paragraph beside row numbers and ordinals.

Labels (the format of tests/html/labels): title (the <h1>), published (the local date in the kind's zone), updated (the
local date where the page shows or declares an update: 14 of the 28 pages; null elsewhere), body_with = the opening of
each paragraph (templates_set5.opening(); for a text of fewer than six paragraphs, eight words from the middle of its
longest paragraphs are added, templates_set32.relabel()), body_without = visible chrome texts, names, instruction
lines, questions, section and page titles, date lines, deadlines, stamps and ages, response counts, update notes,
source lines, tags and sheet tabs, other stories' headlines, excerpts and their days, the first two related
headlines, read_also, related (headed related lists and the most-read box only, in page order).

Left out: nothing beyond set 92's own left-out lists (templates_set92.records(): set 90's snn_left_out() and set 92's
LABEL_NAMED and EARLIER_SETS_READ), which leave the files out of the headline lists as they did there; the texts are
REUSED's. Other stories' headlines are the titles of the files of the same source that follow the text's, wrapping
around (templates_set14.following()), as set 92 reads them: the first 11 shuffled by random.Random(20261303), one
shuffle a page, then the rest in order (related lists and the most-read box come from the first 11, the read-also is
the 12th, the other lists from the 14th on; 24 are read a page); a headline that repeats the page's own title is left
out, and a read-also that would repeat it takes the 13th (templates_set77.distinct()).

Usage: templates_set103.py OUT_DIR [--corpus DIR] [--per-kind 4] [--kinds a,b] [--wording]
writes OUT_DIR/pages/KIND-N.html and OUT_DIR/labels/KIND-N.json (templates_set24.run_set()), checks every labelled text
against the page's visible text, the link and balance checks, the zones against zoneinfo; with --wording also the
wording check over make_templates.py and templates_set5..101.py. The output is the same byte for byte from run to
run."""
import datetime
import os
import random
import sys

sys.dont_write_bytecode = True  # the set writes nothing beside itself (no __pycache__ of the sets it imports)
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
# Helpers, calendar data, the corpus readers and set 92's record list only; no chrome sentence of the earlier sets.
import templates_set77 as set77  # noqa: E402
import templates_set92 as set92  # noqa: E402
from templates_set5 import esc  # noqa: E402
from templates_set10 import renderer  # noqa: E402
from templates_set15 import upd_of  # noqa: E402
from templates_set19 import iso_z, lead_words, zone_helpers  # noqa: E402
from templates_set21 import with_null_update  # noqa: E402
from templates_set21 import wording_problems as set21_wording  # noqa: E402
from templates_set23 import hex_id, spaced  # noqa: E402
from templates_set24 import moment_helpers, page_helpers, run_set  # noqa: E402
from templates_set32 import relabel  # noqa: E402
from templates_set44 import article_of as set44_article_of  # noqa: E402
from templates_set48 import ld_json  # noqa: E402
from templates_set60 import gulf, hm, iso_local, tunis  # noqa: E402
from templates_set82 import head, ul  # noqa: E402
from templates_set88 import EN_LONG, EN_WEEK_LONG, clock12, en_ago, en_long  # noqa: E402

KINDS = ('googleforms', 'msforms', 'typeform', 'surveymonkey', 'jotform', 'airtable', 'sheets')
UTC = datetime.timezone.utc
ZONES = {'googleforms': (3, []), 'msforms': (3, []), 'typeform': (4, []), 'surveymonkey': (2, []), 'jotform': (4, []),
         'airtable': (1, []), 'sheets': (3, [])}
TZ = {'googleforms': 'Asia/Bahrain', 'msforms': 'Asia/Qatar', 'typeform': 'Asia/Dubai', 'surveymonkey': 'Africa/Tripoli',
      'jotform': 'Asia/Muscat', 'airtable': 'Africa/Algiers', 'sheets': 'Asia/Riyadh'}
SNN_FOLDER = set92.SNN_FOLDER
SOURCE = {kind: 'split' for kind in KINDS}
# Set 92's twenty-eight texts, read off templates_set92.pick_articles() when this set was written (set 92's kind in
# the comment; page k here takes that kind's page k + 2, wrapping around). Frozen.
REUSED = {
    'googleforms': ('saudinewsnet_27038', 'saudinewsnet_27045', 'saudinewsnet_26993', 'saudinewsnet_27025'),  # wattpad
    'msforms': ('saudinewsnet_27185', 'saudinewsnet_27205', 'saudinewsnet_27052', 'saudinewsnet_27059'),  # penzu
    'typeform': ('saudinewsnet_27386', 'saudinewsnet_27444', 'saudinewsnet_27218', 'saudinewsnet_27264'),  # royalroad
    'surveymonkey': ('saudinewsnet_27612', 'saudinewsnet_27616', 'saudinewsnet_27482', 'saudinewsnet_27542'),  # ao3
    'jotform': ('saudinewsnet_27833', 'saudinewsnet_27838', 'saudinewsnet_27733', 'saudinewsnet_27784'),  # fanfiction
    'airtable': ('saudinewsnet_27961', 'saudinewsnet_27963', 'saudinewsnet_27872', 'saudinewsnet_27907'),  # webnovel
    'sheets': ('saudinewsnet_27997', 'saudinewsnet_28085', 'saudinewsnet_27968', 'saudinewsnet_27972')}  # inkitt
MOVED = {('msforms', 1): (0, 20), ('sheets', 2): (0, 15), ('jotform', 3): (0, 25)}
offset_hours, zone, in_zone, later, earlier = zone_helpers(ZONES)
between, saved_after = moment_helpers(in_zone, later)
updates, saved, moments = page_helpers(later, between, saved_after, page_of=lambda k: k % 4)


def modified_meta(k, pages, mod):
    return f'<meta property="article:modified_time" content="{iso_z(mod)}">\n' if k % 4 in pages else ''


# --- dates as the platforms print them --------------------------------------------------------------------------------
def mdy_num(t):
    """Microsoft Forms' "3/15/2024"."""
    return f'{t.month}/{t.day}/{t.year}'


def ms_stamp(t):
    """Microsoft Forms' "3/15/2024 8:40 PM"."""
    return f'{mdy_num(t)} {clock12(t)}'


def sheets_stamp(t):
    """A Google Sheets date-time cell in the default (US) locale, "3/15/2024 20:40:00"."""
    return f'{mdy_num(t)} {hm(t)}:{t.second:02d}'


def airtable_stamp(t):
    """Airtable's created-time cells "3/15/2024 8:40pm"."""
    return f'{mdy_num(t)} {(t.hour + 11) % 12 + 1}:{t.minute:02d}{"am" if t.hour < 12 else "pm"}'


def week_dmy(t):
    """Typeform's welcome-screen line as the club typed it, "Friday, 15 March 2024"."""
    return f'{EN_WEEK_LONG[t.weekday()]}, {t.day} {EN_LONG[t.month - 1]} {t.year}'


def week_mdy(t):
    """Jotform's date-style sub-header "Friday, March 15, 2024"."""
    return f'{EN_WEEK_LONG[t.weekday()]}, {en_long(t)}'


def ms(t):
    return int(t.timestamp() * 1000)


def teaser(t, n=60):
    return ' '.join(set92.OPENINGS.get(t, t).split()[:n]) + ' …'


# --- googleforms: a Manama teacher's reading quiz on Google Forms ------------------------------------------------------
GF_HOST = 'https://docs.google.com/forms'
GF_WHO = 'أ. فاطمة الدوسري'
GF_TODAY = 'ورقة عمل القراءة الموزعة على الصف يوم {date}'
GF_DUE = 'تُستقبل إجابات الطالبات إلى غاية {date}'
GF_INTRO = 'اقرئي الخبر أدناه بتمعّن، ثم انتقلي إلى الأسئلة تحته'
GF_ALSO = 'ومن فاتها نص الحصة الماضية تجده على هذا الرابط:'
GF_SOURCE = 'نص القراءة مأخوذ بلفظه من SaudiNewsNet'
GF_EDITED = 'صوّبت المعلمة في النص خطأً طباعياً يوم {date}'
GF_QUESTIONS = ['ما الفكرة المركزية لنص القراءة؟', 'اكتبي جهتين ورد ذكرهما في النص',
                'هل تلمحين في الصياغة رأياً لكاتب الخبر؟']
GF_OPTIONS = ['نعم', 'لا', 'لم أتبيّن ذلك']
GF_RELATED = 'نصوص إثرائية تلتقي مع قراءة اليوم'
GF_OTHER = 'استمارات سابقة صمّمتها الأستاذة فاطمة لصفّها'


def render_googleforms(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'googleforms'
    pub, draw = extra['at'], extra['draw']
    rel, other = others[:4], extra['more'][:5]
    mod, upd_day = updates(kind, k, pub, draw, (0, 2))
    now = saved(kind, pub, draw, mod, upd_day, days=1, hours=draw['saved_hours'])
    fid = lambda t: '1FAIpQLS' + hex_id('gf ' + t)[:24]  # noqa: E731
    href = lambda t: f'{GF_HOST}/d/e/{fid(t)}/viewform'  # noqa: E731
    edited = GF_EDITED.format(date=gulf(mod)) if k % 4 == 0 else ''
    today = GF_TODAY.format(date=gulf(now))
    due = GF_DUE.format(date=gulf(later(kind, now, days=3)))
    other_due = [GF_DUE.format(date=gulf(t)) for t in moments(kind, earlier(kind, pub, days=40), earlier(kind, pub, days=2), len(other))]
    chunks = [GF_INTRO] + [esc(p) for p in paras]
    if k % 2 == 0:
        chunks.insert(min(3, len(chunks)), f'{GF_ALSO} <a href="{href(extra["also"])}">{esc(extra["also"])}</a>')
    chunks.append(f'<i>{GF_SOURCE}</i>')
    if edited:
        chunks.append(f'<b>{edited}</b>')
    questions = ''.join(
        f'<div class="Qr7Oae" role="listitem"><div class="geS5n"><div class="z12JJ" role="heading">{q} <span class="vnumgf">*</span></div>'
        + (f'<div class="AgroKb"><input type="text" aria-label="Your answer"><span class="hint">Your answer</span></div>' if i == 1 else
           '<div role="radiogroup">' + ''.join(f'<label class="docssharedWizToggleLabeledContainer"><span class="aDTYNe">{o}</span></label>' for o in GF_OPTIONS) + '</div>')
        + '</div></div>' for i, q in enumerate(GF_QUESTIONS))
    blob = [None, ['\n\n'.join(paras), [[int(hex_id(f'gf q {i} {title}')[:8], 16), q, None, 1 if i == 1 else 2] for i, q in enumerate(GF_QUESTIONS)],
                   None, None, None, None, None, None, title],
            '/forms', title, None, None, None, '', None, 0, 0, None, '', 0, fid(title),
            [ms(pub), ms(mod if k % 4 in (0, 2) else pub)]]
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
{head(title, lead_words(paras, 20), 'Google Docs', href(title), iso_local(pub), modified_meta(k, (2,), mod))}<script>var FB_PUBLIC_LOAD_DATA_ = {ld_json(blob)};</script>
</head>
<body class="freebirdLightBackground">
<div class="Uc2NEf">
<div class="teQAzf">
<div class="sign-in-bar">Sign in to Google to save your progress. <a href="https://support.google.com/docs/answer/139706">Learn more</a></div>
<div class="N0gd6"><div class="ahS2Le"><h1 class="F9yp7e ikZYwf LgNcQe" dir="auto" role="heading">{esc(title)}</h1></div>
<div class="class-line"><span>{today}</span> · <span>{GF_WHO}</span></div>
<div class="cBGGJ OIC90c" dir="rtl">{"<br><br>".join(chunks)}</div>
<div class="md0UAd"><span>{due}</span> <span aria-hidden="true">* Indicates required question</span></div></div>
<div role="list">{questions}</div>
<div class="section-card"><div class="section-head">Section 2 of 2</div><h2 class="section-title">{GF_RELATED}</h2><ul>{ul(rel, href)}</ul></div>
<div class="lRwqcd"><button>Submit</button> <span class="page-count">Page 2 of 2</span> <button>Clear form</button></div>
<div class="more-forms"><h3>{GF_OTHER}</h3><ul>{"".join(f'<li><a href="{href(t)}">{esc(t)}</a> <small>{d}</small></li>' for t, d in zip(other, other_due))}</ul></div>
<div class="T2dutf">Never submit passwords through Google Forms.</div>
<div class="ePRP5d">This content is neither created nor endorsed by Google. <a href="{GF_HOST}/d/e/{fid(title)}/reportabuse">Report Abuse</a> - <a href="https://policies.google.com/terms">Terms of Service</a> - <a href="https://policies.google.com/privacy">Privacy Policy</a></div>
<div class="logo"><a href="https://www.google.com/forms/about/">Google Forms</a></div>
</div></div>
</body>
</html>
'''
    without = [today, GF_WHO, due, GF_INTRO, GF_SOURCE, GF_RELATED, GF_OTHER] + GF_QUESTIONS + other + other_due + rel[:2] + \
        ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- msforms: a Doha media-education centre's quiz on Microsoft Forms ---------------------------------------------------
MF_HOST = 'https://forms.office.com'
MF_WHO = 'مركز الدوحة للتربية على الإعلام'
MF_TODAY = 'اختبار المركز كما عُرض على المتدربين في {date}'
MF_INTRO = 'في هذا الاختبار نص إخباري مقسوم على قسمين، وبعد كل قسم سؤالان'
MF_PART = ['الجزء الافتتاحي من النص', 'الجزء الختامي من النص']
MF_ALSO = 'نص اختبار سابق يضيء ما سبق الواقعة:'
MF_SOURCE = 'نقل المركز النص عن SaudiNewsNet بلا مساس'
MF_EDITED = 'أدخل المركز تعديلاً على صياغة القسم الثاني في {date}'
MF_QUESTIONS = [['أين وقع الحدث الذي يرويه القسم الأول؟', 'من الجهة التي يُنسب إليها الخبر؟'],
                ['ما النتيجة التي انتهى إليها القسم الثاني؟', 'قيّم وضوح لغة الخبر من واحد إلى خمسة']]
MF_RELATED = 'مراجع يقترحها المركز لتعميق فهم المادة'
MF_OTHER = 'اختبارات نشرها المركز في الأسابيع الفائتة'


def render_msforms(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'msforms'
    pub, draw = extra['at'], extra['draw']
    rel, other = others[:4], extra['more'][:5]
    moved = (kind, k % 4) in MOVED
    mod, upd_day = updates(kind, k, pub, draw, (1, 3))
    now = saved(kind, pub, draw, mod, upd_day, days=2, hours=draw['saved_hours'])
    fid = lambda t: hex_id('mf ' + t)[:24]  # noqa: E731
    href = lambda t: f'{MF_HOST}/Pages/ResponsePage.aspx?id={fid(t)}'  # noqa: E731
    edited = MF_EDITED.format(date=gulf(mod)) if k % 4 == 1 else ''
    today = MF_TODAY.format(date=gulf(now))
    stamp = ms_stamp(pub)
    other_days = [mdy_num(t) for t in reversed(moments(kind, earlier(kind, pub, days=50), earlier(kind, pub, days=3), len(other)))]
    latest = f'Latest response {mdy_num(earlier(kind, now, hours=1))}'
    responses = f'Responses {draw["count"] % 200 + 12}'
    half = (len(paras) + 1) // 2
    parts = [paras[:half], paras[half:]]
    sections, n = [], 0
    for s, chunk in enumerate(parts):
        ps = [f'<p>{esc(p)}</p>' for p in chunk]
        if s == 0 and k % 2 == 1:
            ps.insert(min(1, len(ps)), f'<p>{MF_ALSO} <a href="{href(extra["also"])}">{esc(extra["also"])}</a></p>')
        if s == 1:
            ps.append(f'<p><em>{MF_SOURCE}</em></p>')
            if edited:
                ps.append(f'<p><strong>{edited}</strong></p>')
        qs = []
        for q in MF_QUESTIONS[s]:
            n += 1
            qs.append(f'<div class="office-form-question"><div class="office-form-question-title"><span class="ordinal-number">{n}.</span> <span class="text-format-content">{q}</span></div>'
                      f'<div class="office-form-question-element"><input type="text" placeholder="Enter your answer"></div></div>')
        sections.append(f'<div class="office-form-section"><div class="section-title"><span class="section-index">Section {s + 1}</span> <span class="text-format-content">{MF_PART[s]}</span></div>'
                        f'<div class="section-description text-format-content" dir="rtl">{"".join(ps)}</div>'
                        f'<div class="office-form-question-list">{"".join(qs)}</div></div>')
    pub_meta = iso_z(pub) if moved else iso_local(pub)
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
{head(title, lead_words(paras, 20), 'Microsoft Forms', href(title), pub_meta, modified_meta(k, (3,), mod))}</head>
<body class="office-form-body">
<div class="office-form-theme-header"><a class="ms-logo" href="https://www.microsoft.com/">Microsoft</a> <span class="header-today">{today}</span> <a href="https://login.microsoftonline.com/">Sign in</a></div>
<div class="office-form-container">
<div class="office-form-title-content">
<div class="form-kind"><span class="quiz-badge">Quiz</span> <span class="created-stamp">{stamp}</span></div>
<h1 class="office-form-title-heading" dir="rtl">{esc(title)}</h1>
<div class="office-form-description text-format-content">{MF_INTRO}</div>
<div class="owner-line">{MF_WHO} · * Required</div>
</div>
{"".join(sections)}
<div class="office-form-navigation-container"><button>Submit</button></div>
<div class="office-form-results-summary"><span>{responses}</span> · <span>Average time to complete 06:40</span> · <span>Status Active</span> · <span>{latest}</span></div>
<div class="reading-list"><h2>{MF_RELATED}</h2><ul>{ul(rel, href)}</ul></div>
<div class="my-recent-forms"><h2>{MF_OTHER}</h2><ul>{"".join(f'<li><a href="{href(t)}">{esc(t)}</a> <span>{d}</span></li>' for t, d in zip(other, other_days))}</ul></div>
<div class="office-form-footer">This content is created by the owner of the form. The data you submit will be sent to the form owner. Microsoft is not responsible for the privacy or security practices of its customers, including those of this form owner. Never give out your password. <a href="https://go.microsoft.com/fwlink/?linkid=2109081">Report abuse</a> · Powered by Microsoft Forms</div>
</div>
</body>
</html>
'''
    without = [today, stamp, MF_INTRO, MF_WHO, MF_SOURCE, MF_RELATED, MF_OTHER] + MF_PART + \
        [q for qs in MF_QUESTIONS for q in qs] + other + other_days + [latest, responses] + rel[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- typeform: a Dubai media-literacy club's typeform, one paragraph a screen ----------------------------------------
TF_HOST = 'https://form.typeform.com'
TF_WHO = 'نادي دبي للوعي بوسائل الإعلام'
TF_TODAY = 'جلسة النادي المسائية، {date}'
TF_WELCOME = 'سنعرض عليك خبراً مقطعاً على شاشات متتابعة، فتابع القراءة حتى آخره'
TF_ALSO = 'خبر الجلسة الفائتة باقٍ لمن يود الرجوع إليه:'
TF_SOURCE = 'نص الشاشات مقتبس كاملاً من SaudiNewsNet'
TF_EDITED = 'نقّح النادي صياغة إحدى الشاشات في {date}'
TF_QUESTIONS = ['بكلمة واحدة، كيف تصف نبرة الخبر؟', 'هل ترى أن العنوان يلخص المضمون بأمانة؟']
TF_RELATED = 'إن شدّتك المادة فهذه أخبار تقترب منها'
TF_WORKSPACE = 'نماذج أخرى محفوظة في مساحة عمل النادي'


def render_typeform(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'typeform'
    pub, draw = extra['at'], extra['draw']
    rel, ws = others[:4], extra['more'][:5]
    mod, upd_day = updates(kind, k, pub, draw, (2, 0))
    now = saved(kind, pub, draw, mod, upd_day, days=1, hours=draw['saved_hours'])
    fid = lambda t: hex_id('tf ' + t)[:8]  # noqa: E731
    href = lambda t: f'{TF_HOST}/to/{fid(t)}'  # noqa: E731
    edited = TF_EDITED.format(date=gulf(mod)) if k % 4 == 2 else ''
    today = TF_TODAY.format(date=gulf(now))
    stamp = week_dmy(pub)
    screens = [esc(p) for p in paras]
    if k % 2 == 0:
        screens.insert(min(2, len(screens)), f'{TF_ALSO} <a href="{href(extra["also"])}">{esc(extra["also"])}</a>')
    screens.append(f'<em>{TF_SOURCE}</em>' + (f'<br><strong>{edited}</strong>' if edited else ''))
    total = len(screens) + len(TF_QUESTIONS)
    blocks = ''.join(f'<div class="screen statement" data-qa="block-{i + 1}"><div class="progress">{i + 1} of {total}</div>'
                     f'<div class="statement-text" dir="rtl"><p>{s}</p></div><div class="actions"><button>Continue</button> <span class="hint">press <strong>Enter ↵</strong></span></div></div>'
                     for i, s in enumerate(screens))
    qs = ''.join(f'<div class="screen question" data-qa="question-{i + 1}"><div class="progress">{len(screens) + i + 1} of {total}</div>'
                 f'<div class="question-title"><span class="number">{i + 1}→</span> <span>{q}</span></div><input type="text" placeholder="Type your answer here..."><button>OK</button></div>'
                 for i, q in enumerate(TF_QUESTIONS))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
{head(title, lead_words(paras, 20), 'Typeform', href(title), iso_local(pub), modified_meta(k, (0,), mod))}<meta name="robots" content="noindex">
</head>
<body class="typeform-renderer">
<div class="tf-header"><span class="brand">{TF_WHO}</span> <span class="tf-today">{today}</span></div>
<main class="tf-form">
<div class="screen welcome-screen">
<h1 class="welcome-title">{esc(title)}</h1>
<div class="welcome-date">{stamp}</div>
<div class="welcome-description">{TF_WELCOME}</div>
<div class="actions"><button>Start</button> <span class="hint">press <strong>Enter ↵</strong></span> <span class="time-to-complete">Takes 4 minutes</span></div>
</div>
{blocks}
{qs}
<div class="screen ending-screen"><p class="ending-title">Thanks for completing this typeform</p>
<div class="ending-related"><h3>{TF_RELATED}</h3><ul>{ul(rel, href)}</ul></div></div>
</main>
<aside class="workspace-list"><h3>{TF_WORKSPACE}</h3><ul>{ul(ws, href)}</ul></aside>
<div class="tf-footer"><a href="https://www.typeform.com/">Powered by Typeform</a> · <a href="https://admin.typeform.com/signup">Create your own typeform</a> · Cookie settings</div>
</body>
</html>
'''
    without = [today, TF_WHO, stamp, TF_WELCOME, TF_SOURCE, TF_RELATED, TF_WORKSPACE] + TF_QUESTIONS + ws + rel[:2] + \
        ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- surveymonkey: a Tripoli readers' society's survey on SurveyMonkey ----------------------------------------------
SM_HOST = 'https://www.surveymonkey.com'
SM_WHO = 'جمعية طرابلس لقرّاء الصحف'
SM_TODAY = 'استطلاع الجمعية مفتوح للأعضاء، {date}'
SM_PAGE = 'الصفحة الأولى: النص المقترح للنقاش'
SM_ALSO = 'ناقشت الجمعية قبل أسابيع واقعة ممهِّدة لهذه:'
SM_SOURCE = 'النص المقترح مصدره SaudiNewsNet دون تصرف'
SM_EDITED = 'استدركت الجمعية على النص تصحيحاً بتاريخ {date}'
SM_QUESTIONS = ['من أين بلغك الخبر قبل قراءته هنا؟', 'إلى أي حد تثق بالمصدر الذي نقل الخبر؟',
                'ما الذي تود أن تضيفه الجمعية إلى نقاشها القادم؟']
SM_OPTIONS = ['من الصحف', 'من المنصات الاجتماعية', 'من الأصدقاء']
SM_MOST = 'مقالات أعضاء الجمعية الأكثر قراءة'
SM_TRENDING = 'استطلاعات يتداولها الأعضاء الآن'


def render_surveymonkey(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'surveymonkey'
    pub, draw = extra['at'], extra['draw']
    most, trending = others[:4], extra['more'][:5]
    mod, upd_day = updates(kind, k, pub, draw, (3, 1))
    now = saved(kind, pub, draw, mod, upd_day, days=2, hours=draw['saved_hours'])
    code = lambda t: hex_id('sm ' + t)[:7].upper()  # noqa: E731
    href = lambda t: f'{SM_HOST}/r/{code(t)}'  # noqa: E731
    edited = SM_EDITED.format(date=gulf(mod)) if k % 4 == 3 else ''
    today = SM_TODAY.format(date=gulf(now))
    created = f'Survey created {en_long(pub)}'
    counts = [f'{(draw["count"] * (i + 2)) % 700 + 30} responses' for i in range(len(trending))]
    also = f'<p>{SM_ALSO} <a href="{href(extra["also"])}">{esc(extra["also"])}</a></p>' if k % 2 == 1 else ''
    body = []
    for i, p in enumerate(paras):
        body.append(f'<p>{esc(p)}</p>')
        if also and i == min(1, len(paras) - 1):
            body.append(also)
    qs = ''.join(f'<div class="question-container"><h4 class="question-title"><span class="question-number">{i + 1}.</span> <span class="user-generated">{q}</span></h4>'
                 + ('<textarea class="textarea"></textarea>' if i == 2 else
                    ''.join(f'<label class="radio-button-label"><span class="radio-button-label-text">{o}</span></label>' for o in SM_OPTIONS))
                 + '</div>' for i, q in enumerate(SM_QUESTIONS))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
{head(title, lead_words(paras, 20), 'SurveyMonkey', href(title), iso_local(pub), modified_meta(k, (1,), mod))}</head>
<body class="survey-page">
<header class="survey-header"><div class="logo-container">{SM_WHO}</div> <span class="today">{today}</span></header>
<main class="survey-body">
<div class="survey-title-container"><h1 class="survey-title user-generated">{esc(title)}</h1></div>
<div class="progress-bar"><span>0 of 3 answered</span></div>
<div class="page-title"><h2>{SM_PAGE}</h2></div>
<div class="question-presentation-text user-generated" dir="rtl">
{"".join(body)}
<p><em>{SM_SOURCE}</em></p>
{f'<p><strong>{edited}</strong></p>' if edited else ''}</div>
{qs}
<div class="survey-submit-actions"><button>Done</button></div>
</main>
<div class="survey-meta"><span>{created}</span> · <span>3 questions</span></div>
<section class="most-read"><h3>{SM_MOST}</h3><ol>{ul(most, href)}</ol></section>
<section class="trending-surveys"><h3>{SM_TRENDING}</h3><ul>{"".join(f'<li><a href="{href(t)}">{esc(t)}</a> <span>{c}</span></li>' for t, c in zip(trending, counts))}</ul></section>
<footer class="survey-footer">Powered by <a href="{SM_HOST}/">SurveyMonkey</a> · See how easy it is to create surveys and forms. · Privacy &amp; Cookie Notice</footer>
</body>
</html>
'''
    without = [today, SM_WHO, SM_PAGE, SM_SOURCE, created, SM_MOST, SM_TRENDING] + SM_QUESTIONS + trending + counts + \
        most[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, most, without, upd_of(upd_day)


# --- jotform: a Muscat public library's reading form on Jotform --------------------------------------------------------
JF_HOST = 'https://form.jotform.com'
JF_WHO = 'مكتبة مسقط العامة، نادي القراءة'
JF_TODAY = 'استمارة النادي للأسبوع الجاري، {date}'
JF_NAME = 'اسم المشارك في النادي'
JF_INTRO = 'النص التالي هو مادة لقاء هذا الأسبوع، تُقرأ قبل ملء بقية الحقول'
JF_ALSO = 'لقاء النادي السابق دار حول خبر قريب منه:'
JF_SOURCE = 'أوردت المكتبة الخبر بنصه نقلاً عن SaudiNewsNet'
JF_EDITED = 'بدّلت المكتبة كلمة في الخبر بعد نشر الاستمارة، {date}'
JF_OPINION = 'اكتب انطباعك عن الخبر في سطرين'
JF_RELATED = 'قراءات مكمّلة اختارها أمناء المكتبة للخبر'
JF_PREV, JF_NEXT = 'الاستمارة السابقة في السلسلة:', 'الاستمارة اللاحقة:'


def render_jotform(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'jotform'
    pub, draw = extra['at'], extra['draw']
    rel, nav = others[:4], extra['more'][:2]
    moved = (kind, k % 4) in MOVED
    mod, upd_day = updates(kind, k, pub, draw, (0, 3))
    now = saved(kind, pub, draw, mod, upd_day, days=1, hours=draw['saved_hours'])
    fid = lambda t: int(hex_id('jf ' + t)[:10], 16) % 90000000000000 + 240000000000000  # noqa: E731
    href = lambda t: f'{JF_HOST}/{fid(t)}'  # noqa: E731
    edited = JF_EDITED.format(date=gulf(mod)) if k % 4 == 0 else ''
    today = JF_TODAY.format(date=gulf(now))
    stamp = week_mdy(pub)
    also = f'<p>{JF_ALSO} <a href="{href(extra["also"])}">{esc(extra["also"])}</a></p>' if k % 2 == 0 else ''
    body = []
    for i, p in enumerate(paras):
        body.append(f'<p>{esc(p)}</p>')
        if also and i == min(2, len(paras) - 1):
            body.append(also)
    pub_meta = iso_z(pub) if moved else iso_local(pub)
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
{head(title, lead_words(paras, 20), 'Jotform', href(title), pub_meta, modified_meta(k, (3,), mod))}</head>
<body class="jotform-form">
<div class="form-top-bar"><span class="form-owner">{JF_WHO}</span> <span class="form-today">{today}</span></div>
<form class="jotform-form" action="https://submit.jotform.com/submit/{fid(title)}" method="post">
<div role="main" class="form-all">
<ul class="form-section page-section">
<li id="cid_1" class="form-input-wide" data-type="control_head"><div class="form-header-group header-large"><div class="header-text httal htvam">
<h1 id="header_1" class="form-header" data-component="header">{esc(title)}</h1>
<div id="subHeader_1" class="form-subHeader">{stamp}</div></div></div></li>
<li class="form-line jf-required" data-type="control_fullname" id="id_3"><label class="form-label form-label-top" id="label_3">{JF_NAME}<span class="form-required">*</span></label>
<div class="form-input-wide"><span class="form-sub-label-container"><input type="text" class="form-textbox"><label class="form-sub-label">First Name</label></span> <span class="form-sub-label-container"><input type="text" class="form-textbox"><label class="form-sub-label">Last Name</label></span></div></li>
<li class="form-line" data-type="control_email" id="id_4"><label class="form-label form-label-top" id="label_4">E-mail</label><div class="form-input-wide"><input type="email" class="form-textbox validate[Email]" placeholder="ex: myname@example.com"><label class="form-sub-label">example@example.com</label></div></li>
<li class="form-line" data-type="control_text" id="id_5"><div id="cid_5" class="form-input-wide"><div id="text_5" class="form-html" data-component="text" dir="rtl">
<p><strong>{JF_INTRO}</strong></p>
{"".join(body)}
<p><em>{JF_SOURCE}</em></p>
{f'<p><strong>{edited}</strong></p>' if edited else ''}</div></div></li>
<li class="form-line" data-type="control_textarea" id="id_6"><label class="form-label form-label-top" id="label_6">{JF_OPINION}</label><div class="form-input-wide"><textarea class="form-textarea"></textarea></div></li>
<li class="form-line" data-type="control_rating" id="id_7"><label class="form-label form-label-top">Rating</label><div class="form-star-rating"><span>1</span> <span>2</span> <span>3</span> <span>4</span> <span>5</span></div></li>
<li class="form-line" data-type="control_text" id="id_8"><div class="form-html" data-component="text"><h3>{JF_RELATED}</h3><ul>{ul(rel, href)}</ul></div></li>
<li class="form-line" data-type="control_button" id="id_2"><div class="form-buttons-wrapper"><button type="submit" class="form-submit-button">Submit</button></div></li>
</ul>
</div>
</form>
<div class="form-series-nav"><p>{JF_PREV} <a href="{href(nav[0])}">{esc(nav[0])}</a></p><p>{JF_NEXT} <a href="{href(nav[1])}">{esc(nav[1])}</a></p></div>
<div class="formFooter"><a href="https://www.jotform.com/">Now create your own Jotform - It's free!</a> <a class="formFooter-button" href="https://www.jotform.com/signup">Create your own Jotform</a></div>
</body>
</html>
'''
    without = [today, JF_WHO, stamp, JF_NAME, JF_INTRO, JF_SOURCE, JF_OPINION, JF_RELATED, JF_PREV, JF_NEXT] + nav + \
        rel[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- airtable: an Algiers school-press society's shared view on Airtable ---------------------------------------------
AT_HOST = 'https://airtable.com'
AT_BASE = 'قاعدة مواد جمعية الصحافة المدرسية بالجزائر'
AT_VIEW = 'كل المواد المنقولة'
AT_TODAY = 'تصفّح الجمعية للقاعدة بتاريخ {date}'
AT_WHO = 'Nassima B.'
AT_ALSO = 'سجل أقدم في القاعدة يعرض بدايات القصة:'
AT_SOURCE = 'حقل النص منسوخ بكامل ألفاظه من SaudiNewsNet'
AT_EDITED = 'راجعت نسيمة حقل النص فعدّلت جملة منه يوم {date}'
AT_LINKED = 'سجلات مرتبطة بالسجل المفتوح'
AT_TAGS = ['أخبار الخليج', 'منقول', 'للنشرة المدرسية']


def render_airtable(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'airtable'
    pub, draw = extra['at'], extra['draw']
    rel, rows = others[:4], extra['more'][:8]
    mod, upd_day = updates(kind, k, pub, draw, (1, 2))
    now = saved(kind, pub, draw, mod, upd_day, days=0, hours=draw['saved_hours'])
    rid = lambda t: 'rec' + hex_id('at ' + t)[:14]  # noqa: E731
    shr = 'shr' + hex_id('at share')[:14]
    href = lambda t: f'{AT_HOST}/{shr}/{rid(t)}'  # noqa: E731
    edited = AT_EDITED.format(date=tunis(mod)) if k % 4 == 1 else ''
    today = AT_TODAY.format(date=tunis(now))
    age = f'{AT_WHO} created this record · {en_ago(pub, now)}'
    teasers = [teaser(t) for t in rows]
    row_days = [airtable_stamp(t) for t in reversed(moments(kind, earlier(kind, pub, days=30), earlier(kind, pub, hours=2), len(rows)))]
    if sum(len(x.split()) for x in teasers + rows) <= sum(len(p.split()) for p in paras):
        raise SystemExit(f'templates_set103: {slug}: the grid is not longer than the text')
    also = f'<p>{AT_ALSO} <a href="{href(extra["also"])}">{esc(extra["also"])}</a></p>' if k % 2 == 1 else ''
    body = []
    for i, p in enumerate(paras):
        body.append(f'<p>{esc(p)}</p>')
        if also and i == min(1, len(paras) - 1):
            body.append(also)
    grid = ''.join(f'<div class="dataRow" data-rowid="{rid(t)}"><div class="cell primary"><a href="{href(t)}">{esc(t)}</a></div>'
                   f'<div class="cell multilineText">{esc(x)}</div><div class="cell createdTime">{d}</div></div>'
                   for t, x, d in zip(rows, teasers, row_days))
    init = {'sharedViewData': {'tableName': 'Materials', 'viewName': AT_VIEW,
                               'expandedRow': {'id': rid(title), 'createdTime': iso_z(pub),
                                               'lastModifiedTime': iso_z(mod if k % 4 in (1, 2) else pub),
                                               'cellValuesByColumnId': {'fldName': title}}}}
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
{head(title, lead_words(paras, 20), 'Airtable', href(title), iso_local(pub), modified_meta(k, (2,), mod))}<script>window.initData = {ld_json(init)};</script>
</head>
<body class="sharedView">
<div class="sharedViewTopBar"><a class="airtableLogo" href="{AT_HOST}/">Airtable</a> <span class="baseName">{AT_BASE}</span> <span class="viewName">{AT_VIEW}</span> <span class="grid-label">Grid view</span> <span class="today">{today}</span> <a href="{AT_HOST}/signup">Sign up for free</a> <button>Download CSV</button></div>
<div class="gridView" role="grid">
<div class="headerRow"><div class="cell">Name</div><div class="cell">Notes</div><div class="cell">Created</div></div>
{grid}
<div class="summaryBar">{len(rows) + 1} records</div>
</div>
<div class="expandedRecord" role="dialog">
<div class="recordTitle"><h1 class="recordName">{esc(title)}</h1></div>
<div class="fieldList">
<div class="field"><div class="fieldName">Notes</div><div class="cellEditor richText" dir="rtl">
{"".join(body)}
<p><em>{AT_SOURCE}</em></p>
{f'<p><strong>{edited}</strong></p>' if edited else ''}</div></div>
<div class="field"><div class="fieldName">Tags</div><div class="cell multipleSelect">{"".join(f'<span class="choiceToken">{t}</span>' for t in AT_TAGS)}</div></div>
<div class="field foreignKey"><div class="fieldName"><h3>{AT_LINKED}</h3></div><ul class="foreignRecords">{ul(rel, href)}</ul></div>
</div>
<div class="recordActivity"><div class="activityHeader">Revision history</div><div class="activityItem">{age}</div></div>
</div>
<div class="sharedViewFooter">Powered by Airtable · Terms · Privacy</div>
</body>
</html>
'''
    without = [today, AT_BASE, AT_VIEW, AT_SOURCE, AT_LINKED, age] + AT_TAGS[:2] + rows + teasers + row_days + rel[:2] + \
        ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- sheets: a Riyadh monitoring team's spreadsheet published to the web ---------------------------------------------
GS_HOST = 'https://docs.google.com/spreadsheets'
GS_TEAM = 'فريق الرصد الإعلامي بالرياض'
GS_TODAY = 'جدول المتابعة اليومي لفريق الرصد: {date}'
GS_DATE = 'توقيت نشر المادة'
GS_ALSO = 'صف آخر من الجدول يسرد ما سبق هذا الخبر:'
GS_SOURCE = 'الخلايا أدناه تنقل الخبر كاملاً عن SaudiNewsNet'
GS_EDITED = 'غيّر الفريق صياغة خلية من خلايا النص في {date}'
GS_RELATED = 'صفوف الجدول المرتبطة بمضمون الخبر'
GS_LATEST = 'آخر ما أدخله الفريق إلى ورقة الأرشيف'
GS_TABS = ['النص', 'الأرشيف', 'ملاحظات الفريق']


def render_sheets(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'sheets'
    pub, draw = extra['at'], extra['draw']
    rel, latest = others[:4], extra['more'][:5]
    moved = (kind, k % 4) in MOVED
    mod, upd_day = updates(kind, k, pub, draw, (3, 0))
    now = saved(kind, pub, draw, mod, upd_day, days=1, hours=draw['saved_hours'])
    did = lambda t: '2PACX-1v' + hex_id('gs ' + t)[:30]  # noqa: E731
    href = lambda t: f'{GS_HOST}/d/e/{did(t)}/pubhtml'  # noqa: E731
    edited = GS_EDITED.format(date=gulf(mod)) if k % 4 == 3 else ''
    today = GS_TODAY.format(date=gulf(now))
    stamp = sheets_stamp(pub)
    lt_stamps = [sheets_stamp(t) for t in reversed(moments(kind, later(kind, pub, hours=1), now, len(latest)))]
    rows = [('', f'<td class="s0">{today}</td>'), ('', f'<td class="s0">{GS_DATE}</td><td class="s2" dir="ltr">{stamp}</td>')]
    cells = [esc(p) for p in paras]
    if k % 2 == 0:
        cells.insert(min(2, len(cells)), f'{GS_ALSO} <a href="{href(extra["also"])}">{esc(extra["also"])}</a>')
    rows += [('', f'<td class="s1">{i + 1}</td><td class="s3" dir="rtl">{c}</td>') for i, c in enumerate(cells)]
    rows.append(('', f'<td class="s1"></td><td class="s4"><i>{GS_SOURCE}</i></td>'))
    if edited:
        rows.append(('', f'<td class="s1"></td><td class="s4"><b>{edited}</b></td>'))
    rows.append(('', '<td class="s1"></td><td class="s1"></td>'))
    rows.append(('', f'<td class="s0" colspan="2"><h3 class="block-head">{GS_RELATED}</h3></td>'))
    rows += [('', f'<td class="s1"></td><td class="s5"><a href="{href(t)}">{esc(t)}</a></td>') for t in rel]
    rows.append(('', f'<td class="s0" colspan="2"><h3 class="block-head">{GS_LATEST}</h3></td>'))
    rows += [('', f'<td class="s2" dir="ltr">{d}</td><td class="s5"><a href="{href(t)}">{esc(t)}</a></td>') for t, d in zip(latest, lt_stamps)]
    table = ''.join(f'<tr style="height: 20px"><th id="0R{i}" class="row-headers-background"><div class="row-header-wrapper">{i + 1}</div></th>{r}</tr>'
                    for i, (_, r) in enumerate(rows))
    pub_meta = iso_z(pub) if moved else iso_local(pub)
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
{head(title, lead_words(paras, 20), 'Google Docs', href(title), pub_meta, modified_meta(k, (0,), mod))}</head>
<body>
<div id="top-bar"><div id="doc-title"><h1 class="doc-title-text">{esc(title)}</h1></div><div class="team-name">{GS_TEAM}</div></div>
<div id="sheet-menu"><ul>{"".join(f'<li class="{"active" if i == 0 else ""}"><a href="#gid={i}">{t}</a></li>' for i, t in enumerate(GS_TABS))}</ul></div>
<div id="sheets-viewport"><div class="grid-container">
<table class="waffle" cellspacing="0" cellpadding="0"><thead><tr><th class="row-header freezebar-origin-rtl"></th><th id="0C0" class="column-headers-background">A</th><th id="0C1" class="column-headers-background">B</th></tr></thead>
<tbody>{table}</tbody></table>
</div></div>
<div id="footer"><a href="https://www.google.com/sheets/about/">Published by Google Sheets</a> – <a href="{GS_HOST}/abuse?id={did(title)}">Report Abuse</a> – Updated automatically every 5 minutes</div>
</body>
</html>
'''
    without = [today, GS_TEAM, GS_DATE, stamp, GS_SOURCE, GS_RELATED, GS_LATEST] + GS_TABS[1:] + latest + lt_stamps + rel[:2] + \
        ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


RENDER = {kind: spaced(set77.distinct(fn)) for kind, fn in (('googleforms', render_googleforms), ('msforms', render_msforms),
                                                             ('typeform', render_typeform), ('surveymonkey', render_surveymonkey),
                                                             ('jotform', render_jotform), ('airtable', render_airtable),
                                                             ('sheets', render_sheets))}
render = with_null_update(renderer(RENDER, 'templates_set103.py', 103))  # updated: null where none is declared


# --- the corpus and the driver ----------------------------------------------------------------------------
def records(corpus):
    """{'split': [...]}: the split files exactly as set 92 read them (templates_set92.records(): its left-out lists;
    set 92's OPENINGS filled for Airtable's grid excerpts), so that the texts and the headlines after them are set 92's."""
    return set92.records(corpus)


def article_of(rec, source):
    """(name, title, paragraphs) when the record is an article (see the docstring), else None."""
    return set44_article_of(rec, 'snn')


def pick_articles(sources, per_kind):
    """{kind: [(index, article), ...]}: page k of a kind takes REUSED[kind][k]."""
    out = {}
    for kind in KINDS:
        if per_kind > len(REUSED[kind]):
            raise SystemExit(f'templates_set103: {len(REUSED[kind])} articles for {kind}, {per_kind} needed')
        recs, chosen = sources[SOURCE[kind]], []
        for want in REUSED[kind][:per_kind]:
            hits = [(i, r) for i, r in enumerate(recs) if r['base'] == want + '.txt']
            art = article_of(hits[0][1], SOURCE[kind]) if len(hits) == 1 else None
            if art is None:
                raise SystemExit(f'templates_set103: {want} is not an article of {SOURCE[kind]} here')
            chosen.append((hits[0][0], art))
        out[kind] = chosen
    return out


def page_time(n, kind, k, rec):
    """Page n's local publication time and the page's other draws (see the docstring)."""
    rng = random.Random(f'templates_set103 page {n}')
    first, last = datetime.date(2022, 1, 1), datetime.date(2024, 12, 31)
    drawn_day = first + datetime.timedelta(days=rng.randrange((last - first).days + 1))
    clock = (rng.randrange(7, 23), rng.randrange(60))
    draw = {'update': {'days': rng.randint(1, 2), 'hours': rng.randint(1, 9), 'minutes': rng.randint(5, 55)},
            'saved_hours': rng.randint(3, 9), 'saved_minutes': rng.randrange(60), 'count': rng.randint(300, 9000)}
    local = zone(kind, datetime.datetime.combine(drawn_day, datetime.time(*clock)))
    if (kind, k) in MOVED:
        h, m = MOVED[kind, k]
        local = zone(kind, local.replace(tzinfo=None, hour=h, minute=m, second=0))
        if local.astimezone(UTC).date() >= local.date():
            raise SystemExit(f'templates_set103: {kind}-{k}: not the day before in UTC')
    return local, draw


def wording_problems():
    """templates_set21's wording check of this file against make_templates.py and templates_set5..101.py (set 102,
    written at the same time, is not read)."""
    earlier_sets = ['make_templates.py'] + [f'templates_set{i}.py' for i in range(5, 102)]
    return set21_wording(os.path.basename(__file__), earlier_sets)


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    wording = '--wording' in argv
    code = run_set(sys.modules[__name__], [a for a in argv if a != '--wording'], f'{SNN_FOLDER}/', 20261303, 24, 103,
                   relabel)
    if wording:
        problems = wording_problems()
        for problem in problems:
            print(f'templates_set103: {problem}', file=sys.stderr)
        if problems:
            print(f'{len(problems)} wording problems')
            return 1
    return code


if __name__ == '__main__':
    sys.exit(main())
