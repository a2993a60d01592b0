#!/usr/bin/env python3
"""Sealed HTML template set 100 (issue 14): seven kinds of Arabic news pages set as reading on learning platforms and
Arabic MOOCs (the article inside an assignment, a lesson or a unit, the teacher's instructions and questions around it,
the course's navigation, classmates' submissions and comments, the due date beside the article's own date), labelled
by construction.

Written by a helper who did not change the HTML extractor's rules, did not read them (src/, include/, data/, bench/, nor
docs/segmenter.md, loader.md or markers.md), never ran akhbar on these pages (nor any other binary of that name, nor
anything under build*, bins or ci-check), never built it and never ran git: the set stays sealed until it is scored
once, and that first score measures the rules on templates nobody tuned them for. The brief named Google Classroom,
Microsoft Teams for Education (an assignment), Schoology, Brightspace (D2L), Seesaw, Edraak and Rwaq; grep -il of
"classroom", "teams", "schoology", "brightspace", "d2l", "seesaw", "edraak", "إدراك", "rwaq" and "رواق" over
make_templates.py and templates_set5..99.py found no kind of those platforms: "teams" matches only set 6's sports teams
(MA_TEAMS) and set 67's Tettra address (app.tettra.co/teams/...), and "رواق" only magazine and blog names in sets 36,
43, 72 and 79 (مجلة الرواق, منصة رواق الظفرة, أعداد الرواق, مستجدات الرواق), not the Rwaq MOOC; the other names matched no
file. So no kind was replaced. Set 101, written at the same time by another helper, was neither read nor run, and its
output was not opened; the wording check therefore leaves it out. Every chrome sentence is new wording: --wording checks
that no run of three Arabic words of a string of this file, docstrings aside, appears, after templates_set5.fold()'s
letter folding, in the string constants of make_templates.py and templates_set5..99.py
(templates_set21.wording_problems()). The chrome is Arabic (a Kuwait girls' school class in Google Classroom, an Abu
Dhabi school team's assignment in Teams, a Doha school's Schoology course, a Muscat college's Brightspace course, a
Manama primary class's Seesaw journal, an Edraak course unit followed from Cairo, a Riyadh lecturer's Rwaq lesson), with
what the platforms leave in English: Classroom's "Stream", "Classwork", "People", "Grades", "Due Jul 13, 11:59 PM", the
yearless "Jul 11", "Class comments", "Your work", "Assigned", "Add or create", "Mark as done", "Private comments";
Teams' "Assignments", "Back", "Due July 13, 2018 11:59 PM", "Instructions", "Points", "Reference materials", "Turn in",
the Word viewer's "View only", "Page 1 of 2" and the document line "Sky News Arabia · 7/11/2018 8:40 PM"; Schoology's
"Home", "Courses", "Groups", "Resources", "Grades", "Posted Wed Jul 11, 2018 at 8:40 pm", "Due Fri Jul 13, 2018 at
11:59 pm", "Materials", "Submissions", "Comments", "Post" and "Schoology © YEAR"; Brightspace's "Course Home",
"Content", "Assessments", "Communication", "Table of Contents", "Starts July 11, 2018 8:40 PM", "Due July 13, 2018
11:59 PM", "Previous", "Next", "Download", "Mark as Complete" and "Powered by D2L Brightspace"; Seesaw's "Journal",
"Activities", "Messages", "Add", "Like", "Comment", the ages "5h" and "2d", "Approved" and "© YEAR Seesaw Learning,
Inc."; Edraak's Open edX leftovers "Course", "Progress", "Discussion", "Bookmark this page", "Submit", "Show answer",
"Previous", "Next" and the day "11/07/2018" (day first); Rwaq's "Sign out", "(video) 12:40" durations and "© YEAR Rwaq".

The kinds and what each page holds:
  classroom    a Kuwait girls' school class in Google Classroom, classroom.google.com/c/ID/a/ID/details (Asia/Kuwait): the
               top bar with the class name, Stream, Classwork, People, Grades and "فتحت الصفحة من حساب المدرسة في DATE"
               (the saved day); the assignment: <h1>, the teacher "· Jul 11" (the article's only visible date, with NO
               year: the year is only in an AF_initDataCallback data blob holding creation and update times in epoch
               seconds), "Due Jul 13, 11:59 PM" (the due date, two days on) and the points; the instructions in ONE
               block, the teacher's instruction line, then the text, paragraphs separated ONLY by <br><br> (on even
               pages "لمن فاتتها حصة الأمس، هذه قراءتها المرجعية:" and a link: read-also), the source line, page 1
               "صححت المعلمة خطأ نسخ وقع في نص القراءة، DATE" (updated), then the three questions; Class comments (two
               classmates with yearless days); the "Your work" card; "قراءات أخرى أدرجتها المعلمة تحت الموضوع نفسه"
               (four: related); "مهام يقترب موعد تسليمها" (four other headlines with due days: not related); no
               article:published_time (page 3's update only in the blob and in article:modified_time)
  teams        an Abu Dhabi school team's assignment in Microsoft Teams for Education, teams.microsoft.com/_#/school/
               classroom/.../assignments/ID (Asia/Dubai): the app bar with "آخر مزامنة لتطبيق الفريق: DATE" (the saved
               day); "Assignments" and "Back"; the assignment's own name (a div, not the headline), "Due July 13, 2018
               11:59 PM" (the due date), the instructions and points; "Reference materials": the attached Word document
               in the viewer, whose <h1> is the headline BELOW the assignment's chrome, with "Sky News Arabia ·
               7/11/2018 8:40 PM" (en-US numbers; the article's only visible date) and the text SPLIT across two
               sibling Word pages, each closed by "Page N of 2" (on odd pages "مستند الأسبوع الفائت الذي يمهد لهذا
               الواجب:" and a link in the first: read-also), the source line, page 0 "أعاد خالد رفع المستند بعد تصحيح
               فقرة منه، DATE" (updated); Turn in; "مراجع إضافية ألحقها المعلم بالواجب" (four: related); "واجبات أخرى
               في هذا الفريق" (four other headlines with due days: not related); the channels list; article:
               published_time (page 2's update only in article:modified_time)
  schoology    a Doha school's Schoology course assignment, app.schoology.com/assignment/ID (Asia/Qatar): the header
               with Home, Courses, Groups, Resources, Grades and "دخولك الأخير إلى الحساب كان في DATE" (the saved day);
               the course's left column BEFORE the assignment in source order and longer than the text on every page
               (checked when the set is written): the course's name and "محتويات مجلد الوحدة الرابعة" (ten other
               headlines, each with an excerpt, the first 90 words of that record's first two lines: not related); the
               assignment: "Due Fri Jul 13, 2018 at 11:59 pm" ABOVE <h1 class="page-title">, then "Posted Wed Jul 11,
               2018 at 8:40 pm" (the article's only visible date) and the teacher; the instructions line, div.s-page-
               content with the text (on even pages "قبل هذه المادة يحسن الرجوع إلى مادة أسبق من المجلد:" and a link:
               read-also), the source line, page 2 "حدثت عائشة المادة بعد مراجعة مصدرها، DATE" (updated); Submissions
               (two classmates' replies with English stamps); "روابط إثرائية تتمم المادة المقررة" (four: related);
               the footer with the year; article:published_time (page 0's update only in article:modified_time)
  brightspace  a Muscat college's Brightspace content topic, /d2l/le/content/ID/viewContent/ID/View (Asia/Muscat): the
               navbar (Course Home, Content, Assessments, Communication) with "جلسة الطالب على المنصة منذ DATE" (the
               saved day); the module breadcrumb; the topic header OUTSIDE and ABOVE the content container: <h1
               class="d2l-page-title">, "Starts July 11, 2018 8:40 PM" (the article's only visible date) and "Due July
               13, 2018 11:59 PM"; the Previous/Next bar with two other headlines (not related) BETWEEN the header and
               the content; the instructions line; the file viewer's content (on odd pages "موضوع سابق من هذه الوحدة
               يرسم الأرضية:" and a link: read-also), the source line, page 3 "استبدل سالم ملف الموضوع بنسخة مصوبة،
               DATE" (updated); a D2L topic payload in a script holding the text WHOLE again (html, startDate and
               lastModified in UTC); "موضوعات في مكتبة المقرر تستكمل قراءة اليوم" (four: related); "Table of Contents"
               (the modules: not related); the footer; article:published_time (in UTC on page 2; page 1's update only
               there, in the payload and in article:modified_time)
  seesaw       a Manama primary class's Seesaw journal with one post opened, app.seesaw.me/#/class/ID/item/ID
               (Asia/Bahrain): the header with "دفتر الصف كما بدا عند زيارتك في DATE" (the saved day); the class feed
               BEFORE the opened post in source order: "منشورات التلاميذ في دفتر الصف" (five other headlines, each
               with a pupil's name, a 30-word caption and an age: not related); the opened post (a modal at the END of
               the body): the activity card "نشاط: لخص الخبر بصوتك في دقيقة واحدة ثم اكتب كلمتين جديدتين تعلمتهما",
               <h1 class="item-title">, the teacher and ONLY an English relative age ("5h", "2d"; the article's only
               visible date: its day is in a JSON state blob, window.__SEESAW_STATE__, and article:published_time);
               the caption (on even pages "نشاط الأسبوع الماضي يكمل هذه القصة:" and a link: read-also), the source
               line, page 0 "أضافت فاطمة تصويباً إلى النشاط، DATE" (updated); Like, Comment; two family comments; "أنشطة
               من مكتبة Seesaw تلائم هذا الدرس" (four: related); the footer with the year (page 2's update only in the
               state blob and in article:modified_time)
  edraak       an Edraak course unit followed from Cairo, edraak.org/courses/course-v1:Edraak+ID/courseware/... (Africa/
               Cairo; Open edX): the header with the course's name, Course, Progress, Discussion and "متابعتك للمساق حتى
               DATE" (the saved day); the breadcrumbs (the section); the sequence nav "وحدات هذا القسم" (five other
               headlines as units: not related) and Previous/Next ABOVE the unit; <h1 class="unit-title">, "Bookmark
               this page"; "نشرت المادة في الأصل يوم 11/07/2018" (day first; the article's only visible date); the
               text SPLIT across two sibling html xblocks with a problem xblock of the course's questions BETWEEN them
               (on odd pages "وحدة سبقت هذه في القسم تشرح السياق:" and a link in the first: read-also), the source line,
               page 1 "حدث فريق المساق هذه الوحدة، DATE" (updated); "موارد إضافية اقترحها فريق إدراك" (four: related);
               "مشاركات المتعلمين حول الوحدة" (two learners' posts with days: not related); the footer with the year;
               article:published_time (in UTC on page 3; page 0's update only in article:modified_time)
  rwaq         a Riyadh lecturer's Rwaq lesson, rwaq.org/courses/SLUG/lectures/ID (Asia/Riyadh): the header with "آخر
               دخول لك إلى رواق: DATE" (the saved day); the course's name and lecturer; <h1 class="lecture-title">;
               the course's lessons list "دروس المساق كما رتبها المحاضر" (ten other headlines with video durations: not
               related) BETWEEN the headline and the text in source order; the reading tab (on odd pages "درس تمهيدي
               مر بنا يوضح الخلفية:" and a link: read-also), the source line, page 2 "أدخل المحاضر تعديلاً على مادة
               الدرس، DATE" (updated); "أسئلة للنقاش بعد القراءة" (three questions); the lesson's discussion (two
               learners with days); "مقالات ينصح المحاضر بقراءتها بعد الدرس" (four: related); the footer with the year;
               NO visible date of the article: its day is only in article:published_time and a JSON-LD
               LearningResource (page 3's update only there and in article:modified_time)

The texts and how they were picked: Sky News Arabia's records are used up by earlier sets, so this set REUSES the 28
texts of set 87 (CORPUS/ant-multisource/SkyNews), read off templates_set87.pick_articles() when this set was written
and frozen in REUSED (each kind takes one kind of set 87's four texts, page k that kind's page k + 2, wrapping around:
Classroom goo's, Teams Rambler's, Schoology TWiki's, Brightspace Minds', Seesaw Paragraph's, Edraak Mirror's, Rwaq
Hive's). Set 87 was scored in session 28; the kinds, the chrome, the zones and the structure here are all new. The
records are read as set 87 reads them (templates_set87.records(): templates_set12.trec_records() with set 87's
left-out lists, so the records, their order and the headlines after each text are set 87's) and each text as set 87
reads it (templates_set31.article_of(): a usable headline, a date, no marker line, at least six lines of 12 words or
more, the first eight kept). A text of fewer than six paragraphs gets, besides the openings, eight words from the
middle of its longest paragraphs (templates_set32.relabel()). A record keeps its <TIME> (2018) made local in the
kind's zone (the platforms are shown as they are now; the dates are the texts' own). Page N (counted over the whole
set, kinds in the order above) has a generator, random.Random("templates_set100 page N"), that draws, in this order, a
day (2019 to 2024) and a clock time (07:00 to 22:59), both for a record without a time (none here), the update's delay
(1 to 2 days, 1 to 9 hours, 5 to 55 minutes), the hours and minutes before the page was saved (its "today" lines,
ages, comments' and submissions' days and other stamps fall between publication and that moment or near it; a page is
always saved after its own update) and a count (points, views). Due dates are two days after publication at 23:59.
Page-time helpers are templates_set24.page_helpers()'s. Zones (none with summer time in 2018): Dubai's and Muscat's
+04:00, Kuwait's, Doha's, Bahrain's and Riyadh's +03:00, Cairo's +02:00; every page's publication and update times are
checked against zoneinfo when the set is written. Three pages are moved just after local midnight, keeping their day,
for a UTC trap (MOVED): teams-1 (00:20 in Dubai; article:published_time in UTC, the document line "7/…/2018 12:20 AM"
the local day), brightspace-2 (00:15 in Muscat; article:published_time and the topic payload's startDate in UTC,
"Starts" the local day) and edraak-3 (00:25 in Cairo; article:published_time in UTC, "نشرت المادة في الأصل يوم" the
local day); each is the day before in UTC (checked when the set is written) and the label holds the local day. Two
pages of each kind are updated (14 of 28): one shows the update (an update note), the other declares it only in
metadata (article:modified_time, and Classroom's data blob, Brightspace's topic payload, Seesaw's state blob and Rwaq's
JSON-LD); the other pages carry updated null and declare no modified time later than their publication (their JSON's
modified times are the publication's). Every page shows dates that are not the article's: "today" lines, due dates,
other assignments' due days, ages, comments' and submissions' days and stamps, footers' years.

Each kind carries a related list (labelled related, in page order: Classroom's readings under the same topic, Teams'
extra references, Schoology's enrichment links, Brightspace's library topics, Seesaw's library activities, Edraak's
extra resources, Rwaq's recommended articles) and lists that look related but are not (Classroom's upcoming work,
Teams' other assignments and channels, Schoology's folder contents with excerpts, Brightspace's previous/next topics
and table of contents, Seesaw's class feed, Edraak's units and learners' posts, Rwaq's lessons list), and every other
page (14) an inline read-also line in new wording. Hard in structure, as real pages are: Classroom's text shares one
block with the teacher's instructions and questions, paragraphs separated only by <br><br>, under a visible date with
no year; Teams' headline is inside an attached document below the assignment's own name, its date is en-US numbers and
its text is split across two Word pages; Schoology's folder contents, longer than the text, come BEFORE it and its due
date stands above the headline; Brightspace's headline and date stand outside the content container, a prev/next bar
between them and the text, which a script holds whole again; Seesaw's post comes at the end of the source after a feed
of other posts and its only visible date is an English relative age; Edraak's text is split across two xblocks around
a block of questions and its date is day first; Rwaq shows no date of the article and a long lessons list stands
between its headline and its text.

Labels (the format of tests/html/labels): title (the <h1>), published (the local date in the kind's zone), updated (the
local date where the page shows or declares an update: 14 of the 28 pages; null elsewhere), body_with = the opening of
each paragraph (templates_set5.opening(); for a text of fewer than six paragraphs, eight words from the middle of its
longest paragraphs are added, templates_set32.relabel()), body_without = visible chrome texts, names, class, course and
assignment names, instructions and questions, comments and submissions, date lines, due dates, ages and stamps, update
notes, source lines, other stories' headlines, excerpts and captions, the first two related headlines, read_also,
related (headed related lists only, in page order).

Left out: nothing beyond set 87's own left-out lists (templates_set87.records(): its MS_LEFT_OUT), which leave the
records out of the headline lists as they did there; the texts are REUSED's. Other stories' headlines are the titles
of the records of the same source that follow the text's, wrapping around (templates_set14.following()), as set 87
reads them: the first 11 shuffled by random.Random(20261300), one shuffle a page, then the rest in order (related
lists come from the first 11, the read-also is the 12th, the other lists from the 14th on; 24 are read a page); a
headline that repeats the page's own title is left out, and a read-also that would repeat it takes the 13th
(templates_set80.distinct()).

Usage: templates_set100.py OUT_DIR [--corpus DIR] [--per-kind 4] [--kinds a,b] [--wording]
writes OUT_DIR/pages/KIND-N.html and OUT_DIR/labels/KIND-N.json (templates_set24.run_set()), checks every labelled text
against the page's visible text, the link and balance checks, the zones against zoneinfo; with --wording also the
wording check over make_templates.py and templates_set5..99.py. The output is the same byte for byte from run to run."""
import datetime
import os
import random
import sys

sys.dont_write_bytecode = True  # the set writes nothing beside itself (no __pycache__ of the sets it imports)
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
# Helpers, calendar data, the corpus readers and the frozen left-out lists only; no chrome sentence of the earlier sets.
import templates_set80 as set80  # noqa: E402
import templates_set87 as set87  # noqa: E402
from templates_set5 import esc  # noqa: E402
from templates_set10 import renderer  # noqa: E402
from templates_set15 import upd_of  # noqa: E402
from templates_set19 import iso_z, lead_words, zone_helpers  # noqa: E402
from templates_set21 import with_null_update  # noqa: E402
from templates_set21 import wording_problems as set21_wording  # noqa: E402
from templates_set23 import hex_id, spaced  # noqa: E402
from templates_set24 import moment_helpers, page_helpers, run_set  # noqa: E402
from templates_set31 import article_of as set31_article_of  # noqa: E402
from templates_set32 import relabel  # noqa: E402
from templates_set48 import ld_json  # noqa: E402
from templates_set60 import gulf, iso_local, with_block  # noqa: E402
from templates_set81 import ul  # noqa: E402
from templates_set83 import head  # noqa: E402
from templates_set89 import EN_LONG, EN_WEEK, en_long  # noqa: E402

KINDS = ('classroom', 'teams', 'schoology', 'brightspace', 'seesaw', 'edraak', 'rwaq')
UTC = datetime.timezone.utc
ZONES = {'classroom': (3, []), 'teams': (4, []), 'schoology': (3, []), 'brightspace': (4, []), 'seesaw': (3, []),
         'edraak': (2, []), 'rwaq': (3, [])}
TZ = {'classroom': 'Asia/Kuwait', 'teams': 'Asia/Dubai', 'schoology': 'Asia/Qatar', 'brightspace': 'Asia/Muscat',
      'seesaw': 'Asia/Bahrain', 'edraak': 'Africa/Cairo', 'rwaq': 'Asia/Riyadh'}
MS_FOLDER = set87.MS_FOLDER
SOURCE = {kind: 'SkyNews' for kind in KINDS}
# Set 87's twenty-eight texts, read off its pick_articles() when this set was written (set 87's kind in the comment;
# page k here takes that kind's page k + 2, wrapping around). Frozen.
REUSED = {
    'classroom': ('SK-sport-2668-20180909', 'SK-middleEast-2963-20180718', 'SK-internationalNews-2764-20180721',
                  'SK-middleEast-2962-20180718'),  # goo
    'teams': ('SK-economy-923-20180706', 'SK-sport-2630-20180906', 'SK-middleEast-2960-20180718',
              'SK-internationalNews-2736-20180719'),  # rambler
    'schoology': ('SK-middleEast-294-20180314', 'SK-sport-2583-20180903', 'SK-internationalNews-2690-20180717',
                  'SK-technology-659-20180512'),  # twiki
    'brightspace': ('SK-middleEast-2772-20180705', 'SK-middleEast-2858-20180712', 'SK-sport-2576-20180819',
                    'SK-internationalNews-2689-20180717'),  # minds
    'seesaw': ('SK-internationalNews-2674-20180716', 'SK-technology-635-20180506', 'SK-middleEast-2757-20180704',
               'SK-sport-2559-20180818'),  # paragraph
    'edraak': ('SK-middleEast-274-20180313', 'SK-economy-834-20180625', 'SK-technology-63-20180223',
               'SK-internationalNews-2663-20180716'),  # mirror
    'rwaq': ('SK-sport-2529-20180816', 'SK-technology-519-20180427', 'SK-internationalNews-2589-20180711',
             'SK-middleEast-2713-20180701')}  # hive
MOVED = {('teams', 1): (0, 20), ('brightspace', 2): (0, 15), ('edraak', 3): (0, 25)}
offset_hours, zone, in_zone, later, earlier = zone_helpers(ZONES)
between, saved_after = moment_helpers(in_zone, later)
updates, saved, moments = page_helpers(later, between, saved_after, page_of=lambda k: k % 4)


def modified_meta(k, pages, mod):
    return f'<meta property="article:modified_time" content="{iso_z(mod)}">\n' if k % 4 in pages else ''


# --- dates as the platforms print them --------------------------------------------------------------------------------
def mon(t):
    return EN_LONG[t.month - 1][:3]


def ampm(t, lower=False):
    h = t.hour % 12 or 12
    s = f'{h}:{t.minute:02d} {"AM" if t.hour < 12 else "PM"}'
    return s.replace(' AM', ' am').replace(' PM', ' pm') if lower else s


def yearless(t):
    """Classroom's "Jul 11"."""
    return f'{mon(t)} {t.day}'


def us_num(t):
    """Teams' Word viewer "7/11/2018 8:40 PM"."""
    return f'{t.month}/{t.day}/{t.year} {ampm(t)}'


def sg_stamp(t):
    """Schoology's "Wed Jul 11, 2018 at 8:40 pm"."""
    return f'{EN_WEEK[t.weekday()][:3]} {mon(t)} {t.day}, {t.year} at {ampm(t, True)}'


def d2l(t):
    """Brightspace's "July 11, 2018 8:40 PM"."""
    return f'{en_long(t)} {ampm(t)}'


def dmy_num(t):
    """Edraak's "11/07/2018" (day first)."""
    return f'{t.day:02d}/{t.month:02d}/{t.year}'


def age(t, now):
    """Seesaw's ages "35m", "5h", "2d"."""
    mins = int((now - t).total_seconds() // 60)
    if mins < 60:
        return f'{max(mins, 1)}m'
    return f'{mins // 60}h' if mins < 1440 else f'{mins // 1440}d'


def due(kind, pub):
    """The due date: two days after publication at 23:59 local."""
    d = later(kind, pub, days=2)
    return d.replace(hour=23, minute=59, second=0)


def teaser(t, n=90):
    return ' '.join(set87.OPENINGS.get(t, t).split()[:n]) + ' …'


# --- classroom: a Kuwait girls' school class in Google Classroom -------------------------------------------------------
CR_HOST = 'https://classroom.google.com'
CR_CLASS = 'الصف العاشر ب: مهارات القراءة الناقدة'
CR_WHO = 'منيرة الرشيدي'
CR_TODAY = 'فتحت الصفحة من حساب المدرسة في {date}'
CR_INSTR = 'اقرئي الخبر بتمعن، ثم أجيبي عن الأسئلة الثلاثة في خانة التعليقات الخاصة قبل انقضاء المهلة'
CR_QUESTIONS = ['س1: ما الواقعة المحورية التي يدور حولها النص؟', 'س2: من الجهات التي يذكرها الكاتب، وما موقف كل جهة؟',
                'س3: اقترحي عنواناً آخر لا يزيد على ست كلمات']
CR_ALSO = 'لمن فاتتها حصة الأمس، هذه قراءتها المرجعية:'
CR_SOURCE = 'نقلت المعلمة نص القراءة عن Sky News Arabia بلا اختصار'
CR_EDITED = 'صححت المعلمة خطأ نسخ وقع في نص القراءة، {date}'
CR_RELATED = 'قراءات أخرى أدرجتها المعلمة تحت الموضوع نفسه'
CR_UPCOMING = 'مهام يقترب موعد تسليمها'
CR_COMMENTS = [('دانة العنزي', 'هل نكتب الأجوبة بالفصحى أم يكفي الاختصار؟'), ('ريم الشمري', 'سلّمت إجاباتي قبل الموعد يا أستاذة')]


def render_classroom(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'classroom'
    pub, draw = extra['at'], extra['draw']
    rel, upcoming = others[:4], extra['more'][:4]
    mod, upd_day = updates(kind, k, pub, draw, (1, 3))
    now = saved(kind, pub, draw, mod, upd_day, days=1, hours=draw['saved_hours'])
    cid = int(hex_id('cr class')[:9], 16) % 900000000000 + 100000000000
    aid = lambda t: int(hex_id('cr ' + t)[:9], 16) % 900000000000 + 100000000000  # noqa: E731
    href = lambda t: f'{CR_HOST}/c/{cid}/m/{aid(t)}/details'  # noqa: E731
    edited = CR_EDITED.format(date=gulf(mod)) if k % 4 == 1 else ''
    today = CR_TODAY.format(date=gulf(now))
    posted = yearless(pub)
    due_at = due(kind, pub)
    due_line = f'Due {yearless(due_at)}, {ampm(due_at)}'
    up_due = [f'Due {yearless(later(kind, due_at, days=i + 1))}' for i in range(len(upcoming))]
    cm_days = [yearless(t) for t in moments(kind, later(kind, pub, hours=2), now, len(CR_COMMENTS))]
    chunks = [esc(CR_INSTR)] + [esc(p) for p in paras]
    if k % 2 == 0:
        chunks.insert(min(3, len(chunks)), f'{CR_ALSO} <a href="{href(extra["also"])}">{esc(extra["also"])}</a>')
    chunks.append(esc(CR_SOURCE))
    if edited:
        chunks.append(esc(edited))
    chunks += [esc(q) for q in CR_QUESTIONS]
    blob = [[str(aid(title)), title, [int(pub.timestamp()), 0],
             [int((mod if k % 4 in (1, 3) else pub).timestamp()), 0], [int(due_at.timestamp()), 0], draw['count'] % 90 + 10]]
    comments = ''.join(f'<li class="class-comment"><span class="YVvGBb">{w}</span> <span class="PazDv">{d}</span><div class="zfHcGc">{c}</div></li>'
                       for (w, c), d in zip(CR_COMMENTS, cm_days))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
{head(title, lead_words(paras, 20), 'Google Classroom', href(title), '', modified_meta(k, (3,), mod))}</head>
<body id="yDmH0d" class="EIlDfe">
<header class="joJglb"><a class="onkcGd" href="{CR_HOST}/c/{cid}">{CR_CLASS}</a> <nav class="QRiHXd"><a href="{CR_HOST}/c/{cid}">Stream</a> <a href="{CR_HOST}/w/{cid}/t/all">Classwork</a> <a href="{CR_HOST}/r/{cid}/sort-last-name">People</a> <a href="{CR_HOST}/c/{cid}/gb/sort-last-name">Grades</a></nav> <span class="today">{today}</span></header>
<main class="wEmfbf" role="main">
<div class="Ahssoe">
<div class="AbRuve">
<h1 class="fOvfyc">{esc(title)}</h1>
<div class="cSyPgb"><span class="YVvGBb">{CR_WHO}</span> · <span class="PazDv">{posted}</span></div>
<div class="AcxvXb"><span>{draw["count"] % 90 + 10} points</span> <span class="x7b6Jb">{due_line}</span></div>
<div class="nGi02b tLDEHd" dir="rtl">{"<br><br>".join(chunks)}</div>
</div>
<section class="class-comments"><h2>Class comments</h2><ul>{comments}</ul></section>
<section class="vZWnef"><h2>{CR_RELATED}</h2><ul>{ul(rel, href)}</ul></section>
</div>
<aside class="ohnfXe">
<div class="your-work"><h2>Your work</h2><span>Assigned</span> <button>+ Add or create</button> <button>Mark as done</button> <p>Private comments</p></div>
<div class="upcoming"><h2>{CR_UPCOMING}</h2><ul>{"".join(f'<li><span>{d}</span> <a href="{href(t)}">{esc(t)}</a></li>' for t, d in zip(upcoming, up_due))}</ul></div>
</aside>
</main>
<script nonce="cr">AF_initDataCallback({{key: 'ds:4', hash: '2', data:{ld_json(blob)}, sideChannel: {{}}}});</script>
</body>
</html>
'''
    without = [today, CR_CLASS, CR_WHO, CR_INSTR, CR_SOURCE, CR_RELATED, CR_UPCOMING, due_line] + CR_QUESTIONS + \
        upcoming + [c for _, c in CR_COMMENTS] + rel[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- teams: an Abu Dhabi school team's assignment in Microsoft Teams for Education ----------------------------------
TM_HOST = 'https://teams.microsoft.com'
TM_TEAM = 'الحادي عشر متقدم - لغة عربية - مدرسة الشروق'
TM_ASSIGN = 'واجب القراءة الأسبوعي: تقرير إخباري للتحليل'
TM_WHO = 'خالد المنصوري'
TM_TODAY = 'آخر مزامنة لتطبيق الفريق: {date}'
TM_INSTR = 'افتحوا المستند المرفق واقرؤوه كاملاً، ثم اكتبوا فقرة رأي في حدود مئة كلمة وأرفقوها قبل التسليم'
TM_ALSO = 'مستند الأسبوع الفائت الذي يمهد لهذا الواجب:'
TM_SOURCE = 'المستند يضم تقرير Sky News Arabia بصيغته الأصلية'
TM_EDITED = 'أعاد خالد رفع المستند بعد تصحيح فقرة منه، {date}'
TM_RELATED = 'مراجع إضافية ألحقها المعلم بالواجب'
TM_OTHERS = 'واجبات أخرى في هذا الفريق'
TM_CHANNELS = ['General', 'القراءة والتلخيص', 'مشاريع الفصل الثاني']


def render_teams(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'teams'
    pub, draw = extra['at'], extra['draw']
    rel, other = others[:4], extra['more'][:4]
    moved = (kind, k % 4) in MOVED
    mod, upd_day = updates(kind, k, pub, draw, (0, 2))
    now = saved(kind, pub, draw, mod, upd_day, days=1, hours=draw['saved_hours'])
    tid = hex_id('tm team')[:8]
    aid = lambda t: f'{hex_id("tm " + t)[:8]}-{hex_id("tm2 " + t)[:4]}-{hex_id("tm3 " + t)[:4]}'  # noqa: E731
    href = lambda t: f'{TM_HOST}/_#/school/classroom/{tid}/assignments/{aid(t)}'  # noqa: E731
    edited = TM_EDITED.format(date=gulf(mod)) if k % 4 == 0 else ''
    today = TM_TODAY.format(date=gulf(now))
    due_at = due(kind, pub)
    due_line = f'Due {d2l(due_at)}'
    doc_line = f'Sky News Arabia · {us_num(pub)}'
    other_due = [f'Due {mon(t)} {t.day}' for t in (later(kind, due_at, days=i + 2) for i in range(len(other)))]
    half = (len(paras) + 1) // 2
    also = f'<p>{TM_ALSO} <a href="{href(extra["also"])}">{esc(extra["also"])}</a></p>' if k % 2 == 1 else ''
    first = ''.join(with_block(paras[:half], also, 1, '<p class="Paragraph">{}</p>'))
    rest = ''.join(f'<p class="Paragraph">{esc(p)}</p>' for p in paras[half:])
    pub_meta = iso_z(pub) if moved else iso_local(pub)
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
{head(title, lead_words(paras, 20), 'Microsoft Teams', href(title), pub_meta, modified_meta(k, (2,), mod))}</head>
<body class="theme-default app-assignments">
<div class="app-bar"><a class="app-bar-link" href="{TM_HOST}/_#/school/classroom/{tid}">{TM_TEAM}</a> <span class="sync-note">{today}</span></div>
<nav class="team-channels"><ul>{"".join(f'<li><a href="{TM_HOST}/_#/school/classroom/{tid}/{hex_id(c)[:6]}">{c}</a></li>' for c in TM_CHANNELS)}</ul></nav>
<div class="assignments-app" role="main">
<div class="assignment-toolbar"><span>Assignments</span> <button>Back</button></div>
<div class="assignment-details">
<div class="assignment-title" role="heading" aria-level="2">{TM_ASSIGN}</div>
<div class="assignment-due">{due_line}</div>
<div class="assignment-instructions"><h3>Instructions</h3><p>{TM_INSTR}</p><p>{TM_WHO}</p></div>
<div class="assignment-points"><h3>Points</h3><p>{draw["count"] % 50 + 50} points possible</p></div>
<div class="assignment-references"><h3>Reference materials</h3>
<div class="word-viewer" data-app="WordOnline"><div class="viewer-toolbar">Word · View only</div>
<div class="WACPage" data-page="1" dir="rtl">
<h1 class="Title">{esc(title)}</h1>
<p class="Subtitle">{doc_line}</p>
{first}
<div class="PageFooter">Page 1 of 2</div></div>
<div class="WACPage" data-page="2" dir="rtl">
{rest}
<p class="Paragraph"><em>{TM_SOURCE}</em></p>
{f'<p class="Paragraph"><strong>{edited}</strong></p>' if edited else ''}<div class="PageFooter">Page 2 of 2</div></div>
</div></div>
<div class="assignment-actions"><button>Turn in</button></div>
<div class="assignment-extra"><h3>{TM_RELATED}</h3><ul>{ul(rel, href)}</ul></div>
</div>
<aside class="assignment-list"><h3>{TM_OTHERS}</h3><ul>{"".join(f'<li><a href="{href(t)}">{esc(t)}</a> <span>{d}</span></li>' for t, d in zip(other, other_due))}</ul></aside>
</div>
</body>
</html>
'''
    without = [today, TM_TEAM, TM_ASSIGN, due_line, TM_INSTR, TM_WHO, doc_line, TM_SOURCE, TM_RELATED, TM_OTHERS] + \
        other + TM_CHANNELS[1:] + rel[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- schoology: a Doha school's Schoology course assignment ----------------------------------------------------------
SG_HOST = 'https://app.schoology.com'
SG_COURSE = 'الإعلام والمجتمع: الشعبة الثالثة'
SG_WHO = 'عائشة المهندي'
SG_TODAY = 'دخولك الأخير إلى الحساب كان في {date}'
SG_FOLDER = 'محتويات مجلد الوحدة الرابعة'
SG_INSTR = 'المطلوب: حددوا ثلاث حقائق وردت في المادة ورأياً واحداً، وانشروها رداً في الأسفل'
SG_ALSO = 'قبل هذه المادة يحسن الرجوع إلى مادة أسبق من المجلد:'
SG_SOURCE = 'أوردنا المادة بنصها عن Sky News Arabia'
SG_EDITED = 'حدثت عائشة المادة بعد مراجعة مصدرها، {date}'
SG_RELATED = 'روابط إثرائية تتمم المادة المقررة'
SG_REPLIES = [('حمد الكبيسي', 'الحقائق: التاريخ والمكان وعدد المشاركين، أما الرأي فجاء في الفقرة الأخيرة'),
              ('نورة السليطي', 'لاحظت أن الكاتب ينقل تصريحين متعارضين دون ترجيح')]


def render_schoology(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'schoology'
    pub, draw = extra['at'], extra['draw']
    rel, folder = others[:4], extra['more'][:10]
    mod, upd_day = updates(kind, k, pub, draw, (2, 0))
    now = saved(kind, pub, draw, mod, upd_day, days=1, hours=draw['saved_hours'])
    aid = lambda t: int(hex_id('sg ' + t)[:9], 16) % 9000000000 + 1000000000  # noqa: E731
    href = lambda t: f'{SG_HOST}/assignment/{aid(t)}'  # noqa: E731
    edited = SG_EDITED.format(date=gulf(mod)) if k % 4 == 2 else ''
    today = SG_TODAY.format(date=gulf(now))
    due_at = due(kind, pub)
    due_line = f'Due {sg_stamp(due_at)}'
    posted = f'Posted {sg_stamp(pub)}'
    teasers = [teaser(t) for t in folder]
    if sum(len(x.split()) for x in teasers + folder) <= sum(len(p.split()) for p in paras):
        raise SystemExit(f'templates_set100: {slug}: the folder list is not longer than the text')
    rp_stamps = [sg_stamp(t) for t in moments(kind, later(kind, pub, hours=3), now, len(SG_REPLIES))]
    also = f'<p>{SG_ALSO} <a href="{href(extra["also"])}">{esc(extra["also"])}</a></p>' if k % 2 == 0 else ''
    body = ''.join(with_block(paras, also, 1, '<p>{}</p>'))
    side = ''.join(f'<li class="material-row"><a class="item-title" href="{href(t)}">{esc(t)}</a><p class="item-body">{esc(x)}</p></li>'
                   for t, x in zip(folder, teasers))
    replies = ''.join(f'<div class="discussion-card"><span class="comment-author">{w}</span> <span class="comment-time">{s}</span><div class="comment-body-wrapper">{c}</div></div>'
                      for (w, c), s in zip(SG_REPLIES, rp_stamps))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
{head(title, lead_words(paras, 20), 'Schoology', href(title), iso_local(pub), modified_meta(k, (0,), mod))}</head>
<body class="s-enable-rtl">
<header id="header"><a class="logo" href="{SG_HOST}/home">schoology</a> <a href="{SG_HOST}/home">Home</a> <a href="{SG_HOST}/courses">Courses</a> <a href="{SG_HOST}/groups">Groups</a> <a href="{SG_HOST}/resources">Resources</a> <a href="{SG_HOST}/grades">Grades</a> <span class="today">{today}</span></header>
<div id="wrapper">
<div id="left-nav"><div class="course-info"><a href="{SG_HOST}/course/{aid(SG_COURSE)}/materials">{SG_COURSE}</a></div>
<h3>Materials</h3><h4>{SG_FOLDER}</h4><ul class="materials-tree">{side}</ul></div>
<div id="main-content-wrapper"><div id="main-inner">
<div class="assignment-due-date">{due_line}</div>
<h1 class="page-title">{esc(title)}</h1>
<div class="submissions-info"><span class="posted">{posted}</span> · <span>{SG_WHO}</span></div>
<div class="info-body"><p class="instructions">{SG_INSTR}</p>
<div class="s-page-content" dir="rtl">
{body}
<p><em>{SG_SOURCE}</em></p>
{f'<p><strong>{edited}</strong></p>' if edited else ''}</div></div>
<div class="s-submissions"><h3>Submissions</h3>{replies}<button>Post</button></div>
<div class="enrichment-links"><h3>{SG_RELATED}</h3><ul>{ul(rel, href)}</ul></div>
</div></div>
</div>
<footer id="footer">Schoology © {now.year} · Support · Privacy Policy · Terms of Use</footer>
</body>
</html>
'''
    without = [today, SG_COURSE, SG_FOLDER, due_line, posted, SG_WHO, SG_INSTR, SG_SOURCE, SG_RELATED] + folder + teasers + \
        rp_stamps + [c for _, c in SG_REPLIES] + rel[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- brightspace: a Muscat college's Brightspace content topic -------------------------------------------------------
BS_HOST = 'https://learn.muscat-college.edu.om'
BS_COURSE = 'فنون الكتابة الصحفية (ص ح ف 210)'
BS_WHO = 'سالم الحارثي'
BS_TODAY = 'جلسة الطالب على المنصة منذ {date}'
BS_MODULE = 'الأسبوع السادس: تفكيك بنية الأخبار'
BS_INSTR = 'قبل المحاضرة القادمة اقرأ التقرير ودوّن في دفترك عناصر الهرم المقلوب كما تظهر فيه'
BS_ALSO = 'موضوع سابق من هذه الوحدة يرسم الأرضية:'
BS_SOURCE = 'التقرير مأخوذ عن Sky News Arabia بلا تعديل'
BS_EDITED = 'استبدل سالم ملف الموضوع بنسخة مصوبة، {date}'
BS_RELATED = 'موضوعات في مكتبة المقرر تستكمل قراءة اليوم'
BS_MODULES = ['الأسبوع الرابع: المصادر والإسناد', 'الأسبوع الخامس: العناوين والمقدمات', BS_MODULE, 'الأسبوع السابع: التحرير للشاشة']


def render_brightspace(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'brightspace'
    pub, draw = extra['at'], extra['draw']
    rel, nav = others[:4], extra['more'][:2]
    moved = (kind, k % 4) in MOVED
    mod, upd_day = updates(kind, k, pub, draw, (3, 1))
    now = saved(kind, pub, draw, mod, upd_day, days=1, hours=draw['saved_hours'])
    ou = int(hex_id('bs ou')[:5], 16) % 90000 + 10000
    tid = lambda t: int(hex_id('bs ' + t)[:6], 16) % 900000 + 100000  # noqa: E731
    href = lambda t: f'{BS_HOST}/d2l/le/content/{ou}/viewContent/{tid(t)}/View'  # noqa: E731
    edited = BS_EDITED.format(date=gulf(mod)) if k % 4 == 3 else ''
    today = BS_TODAY.format(date=gulf(now))
    due_at = due(kind, pub)
    starts = f'Starts {d2l(pub)}'
    due_line = f'Due {d2l(due_at)}'
    also = f'<p>{BS_ALSO} <a href="{href(extra["also"])}">{esc(extra["also"])}</a></p>' if k % 2 == 1 else ''
    body = ''.join(with_block(paras, also, 1, '<p>{}</p>'))
    pub_meta = iso_z(pub) if moved else iso_local(pub)
    payload = {'TopicId': tid(title), 'Title': title, 'TypeIdentifier': 'File', 'StartDate': iso_z(pub),
               'DueDate': iso_z(due_at), 'LastModifiedDate': iso_z(mod if k % 4 in (3, 1) else pub),
               'Html': ''.join(f'<p>{esc(p)}</p>' for p in paras)}
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
{head(title, lead_words(paras, 20), 'Brightspace', href(title), pub_meta, modified_meta(k, (1,), mod))}</head>
<body class="d2l-body d2l-typography">
<header class="d2l-navigation"><a class="d2l-navigation-s-link" href="{BS_HOST}/d2l/home/{ou}">{BS_COURSE}</a> <a href="{BS_HOST}/d2l/home/{ou}">Course Home</a> <a href="{BS_HOST}/d2l/le/content/{ou}/Home">Content</a> <a href="{BS_HOST}/d2l/lms/quizzing/{ou}">Assessments</a> <a href="{BS_HOST}/d2l/lms/discussions/{ou}">Communication</a> <span class="d2l-navigation-today">{today}</span></header>
<div class="d2l-page-main">
<div class="d2l-page-header">
<nav class="d2l-breadcrumbs"><a href="{BS_HOST}/d2l/le/content/{ou}/Home">Table of Contents</a> › <span>{BS_MODULE}</span></nav>
<h1 class="d2l-page-title">{esc(title)}</h1>
<div class="d2l-topic-dates"><span>{starts}</span> · <span>{due_line}</span></div>
</div>
<div class="d2l-sequence-nav"><a class="d2l-prev" href="{href(nav[0])}">Previous · {esc(nav[0])}</a> <a class="d2l-next" href="{href(nav[1])}">Next · {esc(nav[1])}</a></div>
<div class="d2l-page-collapsepane-container">
<p class="d2l-topic-instructions">{BS_INSTR} ({BS_WHO})</p>
<div class="d2l-fileviewer" dir="rtl"><div class="d2l-fileviewer-text">
{body}
<p><em>{BS_SOURCE}</em></p>
{f'<p><strong>{edited}</strong></p>' if edited else ''}</div></div>
<div class="d2l-topic-actions"><button>Download</button> <button>Mark as Complete</button></div>
</div>
<div class="d2l-related-topics"><h2>{BS_RELATED}</h2><ul>{ul(rel, href)}</ul></div>
<div class="d2l-toc"><h2>Table of Contents</h2><ul>{"".join(f'<li><a href="{BS_HOST}/d2l/le/content/{ou}/Home?itemIdentifier={hex_id(m)[:6]}">{m}</a></li>' for m in BS_MODULES)}</ul></div>
</div>
<footer class="d2l-footer">Powered by D2L Brightspace · Accessibility · Privacy</footer>
<script>D2L.LE.Content.Topic = {ld_json(payload)};</script>
</body>
</html>
'''
    without = [today, BS_COURSE, starts, due_line, BS_INSTR, BS_SOURCE, BS_RELATED] + nav + BS_MODULES + rel[:2] + \
        ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- seesaw: a Manama primary class's Seesaw journal with a post opened ----------------------------------------------
SW_HOST = 'https://app.seesaw.me'
SW_CLASS = 'صف الأستاذة فاطمة: الرابع الابتدائي'
SW_WHO = 'فاطمة الجودر'
SW_TODAY = 'دفتر الصف كما بدا عند زيارتك في {date}'
SW_FEED = 'منشورات التلاميذ في دفتر الصف'
SW_PUPILS = ['يوسف', 'مريم', 'علي', 'زينب', 'حسن']
SW_ACTIVITY = 'نشاط: لخص الخبر بصوتك في دقيقة واحدة ثم اكتب كلمتين جديدتين تعلمتهما'
SW_ALSO = 'نشاط الأسبوع الماضي يكمل هذه القصة:'
SW_SOURCE = 'نص الخبر مقتبس من Sky News Arabia كما هو'
SW_EDITED = 'أضافت فاطمة تصويباً إلى النشاط، {date}'
SW_RELATED = 'أنشطة من مكتبة Seesaw تلائم هذا الدرس'
SW_COMMENTS = [('والدة يوسف', 'شكراً على النشاط، استمتع به يوسف كثيراً'), ('والد زينب', 'قرأناه معاً في البيت')]


def render_seesaw(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'seesaw'
    pub, draw = extra['at'], extra['draw']
    rel, feed = others[:4], extra['more'][:5]
    mod, upd_day = updates(kind, k, pub, draw, (0, 2))
    now = saved(kind, pub, draw, mod, upd_day, days=0, hours=draw['saved_hours'])
    cid = hex_id('sw class')[:10]
    iid = lambda t: hex_id('sw ' + t)[:12]  # noqa: E731
    href = lambda t: f'{SW_HOST}/#/class/{cid}/item/{iid(t)}'  # noqa: E731
    edited = SW_EDITED.format(date=gulf(mod)) if k % 4 == 0 else ''
    today = SW_TODAY.format(date=gulf(now))
    shown = age(pub, now)
    feed_ages = [age(t, now) for t in reversed(moments(kind, later(kind, pub, minutes=20), now, len(feed)))]
    captions = [teaser(t, 30) for t in feed]
    cm_ages = [age(t, now) for t in moments(kind, later(kind, pub, minutes=40), now, len(SW_COMMENTS))]
    also = f'<p>{SW_ALSO} <a href="{href(extra["also"])}">{esc(extra["also"])}</a></p>' if k % 2 == 0 else ''
    body = ''.join(with_block(paras, also, 1, '<p>{}</p>'))
    state = {'item': {'itemId': iid(title), 'title': title, 'classId': cid, 'createdAt': iso_z(pub),
                      'updatedAt': iso_z(mod if k % 4 in (0, 2) else pub), 'approved': True, 'likes': draw['count'] % 40 + 2}}
    cards = ''.join(f'<div class="journal-item"><span class="student-name">{p}</span> <a class="item-caption-title" href="{href(t)}">{esc(t)}</a>'
                    f'<p class="item-caption">{esc(c)}</p><span class="item-age">{a}</span></div>'
                    for p, t, c, a in zip(SW_PUPILS, feed, captions, feed_ages))
    comments = ''.join(f'<li><b>{w}</b> <span class="comment-age">{a}</span> <span>{c}</span></li>' for (w, c), a in zip(SW_COMMENTS, cm_ages))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
{head(title, lead_words(paras, 20), 'Seesaw', href(title), iso_local(pub), modified_meta(k, (2,), mod))}</head>
<body class="seesaw-app">
<header class="class-header"><span class="class-name">{SW_CLASS}</span> <a href="{SW_HOST}/#/class/{cid}/journal">Journal</a> <a href="{SW_HOST}/#/class/{cid}/activities">Activities</a> <a href="{SW_HOST}/#/class/{cid}/messages">Messages</a> <button>+ Add</button> <span class="today">{today}</span></header>
<div class="journal-feed"><h2>{SW_FEED}</h2>{cards}</div>
<footer class="app-footer">© {now.year} Seesaw Learning, Inc. · Privacy · Terms</footer>
<div class="modal item-modal" role="dialog">
<div class="activity-card"><span class="activity-icon">★</span> {SW_ACTIVITY}</div>
<h1 class="item-title">{esc(title)}</h1>
<div class="item-meta"><span class="teacher">{SW_WHO}</span> · <span class="item-age">{shown}</span> · <span>Approved</span></div>
<div class="item-caption-full" dir="rtl">
{body}
<p><em>{SW_SOURCE}</em></p>
{f'<p><strong>{edited}</strong></p>' if edited else ''}</div>
<div class="item-actions"><button>Like</button> <button>Comment</button></div>
<ul class="item-comments">{comments}</ul>
<div class="library-activities"><h2>{SW_RELATED}</h2><ul>{ul(rel, href)}</ul></div>
</div>
<script>window.__SEESAW_STATE__ = {ld_json(state)};</script>
</body>
</html>
'''
    without = [today, SW_CLASS, SW_FEED, SW_ACTIVITY, SW_WHO, SW_SOURCE, SW_RELATED] + feed + captions + \
        [c for _, c in SW_COMMENTS] + rel[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- edraak: an Edraak course unit followed from Cairo ---------------------------------------------------------------
ED_HOST = 'https://www.edraak.org'
ED_COURSE = 'مساق التربية الإعلامية للشباب'
ED_TODAY = 'متابعتك للمساق حتى {date}'
ED_SECTION = 'القسم الثالث: من الحدث إلى الخبر'
ED_UNITS = 'وحدات هذا القسم'
ED_DATED = 'نشرت المادة في الأصل يوم {date}'
ED_QUIZ = 'تمرين فهم سريع: أي العبارات الآتية توافق مضمون التقرير؟'
ED_OPTIONS = ['العبارة الأولى مذكورة صراحة في الفقرة الأولى', 'العبارة الثانية استنتاج لا يقوله النص',
              'لا شيء مما سبق']
ED_ALSO = 'وحدة سبقت هذه في القسم تشرح السياق:'
ED_SOURCE = 'النص من أرشيف Sky News Arabia كما نشر أول مرة'
ED_EDITED = 'حدث فريق المساق هذه الوحدة، {date}'
ED_RELATED = 'موارد إضافية اقترحها فريق إدراك'
ED_POSTS = 'مشاركات المتعلمين حول الوحدة'
ED_LEARNERS = [('أحمد_من_أسيوط', 'أول مرة أنتبه إلى الفرق بين الخبر والتعليق عليه'), ('سلمى.م', 'التمرين مفيد، لكن الخيار الثاني محيّر')]


def render_edraak(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'edraak'
    pub, draw = extra['at'], extra['draw']
    rel, units = others[:4], extra['more'][:5]
    moved = (kind, k % 4) in MOVED
    mod, upd_day = updates(kind, k, pub, draw, (1, 0))
    now = saved(kind, pub, draw, mod, upd_day, days=2, hours=draw['saved_hours'])
    course = 'course-v1:Edraak+MIL101+2018_T1'
    block = lambda t: hex_id('ed ' + t)[:32]  # noqa: E731
    href = lambda t: f'{ED_HOST}/courses/{course}/jump_to/block-v1:Edraak+MIL101+2018_T1+type@vertical+block@{block(t)}'  # noqa: E731
    edited = ED_EDITED.format(date=gulf(mod)) if k % 4 == 1 else ''
    today = ED_TODAY.format(date=gulf(now))
    dated = ED_DATED.format(date=dmy_num(pub))
    post_days = [dmy_num(t) for t in moments(kind, later(kind, pub, hours=6), now, len(ED_LEARNERS))]
    half = (len(paras) + 1) // 2
    also = f'<p>{ED_ALSO} <a href="{href(extra["also"])}">{esc(extra["also"])}</a></p>' if k % 2 == 1 else ''
    first = ''.join(with_block(paras[:half], also, 1, '<p>{}</p>'))
    rest = ''.join(f'<p>{esc(p)}</p>' for p in paras[half:])
    pub_meta = iso_z(pub) if moved else iso_local(pub)
    quiz = ''.join(f'<li><label><input type="radio" name="q1"> {o}</label></li>' for o in ED_OPTIONS)
    posts = ''.join(f'<li class="forum-post"><span class="username">{w}</span> <span class="post-date">{d}</span><p>{c}</p></li>'
                    for (w, c), d in zip(ED_LEARNERS, post_days))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
{head(title, lead_words(paras, 20), 'إدراك', href(title), pub_meta, modified_meta(k, (0,), mod))}</head>
<body class="view-in-course view-courseware courseware">
<header class="global-header"><a class="logo" href="{ED_HOST}/">Edraak</a> <span class="course-name">{ED_COURSE}</span> <a href="{ED_HOST}/courses/{course}/course/">Course</a> <a href="{ED_HOST}/courses/{course}/progress">Progress</a> <a href="{ED_HOST}/courses/{course}/discussion/forum/">Discussion</a> <span class="today">{today}</span></header>
<div class="course-wrapper" role="main">
<nav class="breadcrumbs"><a href="{ED_HOST}/courses/{course}/course/">Course</a> › <span>{ED_SECTION}</span></nav>
<div class="sequence-nav"><h2 class="sr">{ED_UNITS}</h2><button class="sequence-nav-button button-previous">Previous</button><ol>{"".join(f'<li><a class="seq_other" href="{href(t)}">{esc(t)}</a></li>' for t in units)}</ol><button class="sequence-nav-button button-next">Next</button></div>
<div class="vert-mod">
<h1 class="unit-title">{esc(title)}</h1>
<button class="bookmark-button">Bookmark this page</button>
<p class="unit-dated">{dated}</p>
<div class="vert vert-0" data-id="{block(title + " a")}"><div class="xblock xblock-student_view xblock-student_view-html" dir="rtl">
{first}
</div></div>
<div class="vert vert-1" data-id="{block(title + " q")}"><div class="xblock xblock-student_view xblock-student_view-problem"><div class="problem"><p>{ED_QUIZ}</p><ul>{quiz}</ul><button>Submit</button> <button>Show answer</button></div></div></div>
<div class="vert vert-2" data-id="{block(title + " b")}"><div class="xblock xblock-student_view xblock-student_view-html" dir="rtl">
{rest}
<p><em>{ED_SOURCE}</em></p>
{f'<p><strong>{edited}</strong></p>' if edited else ''}</div></div>
</div>
<div class="extra-resources"><h3>{ED_RELATED}</h3><ul>{ul(rel, href)}</ul></div>
<div class="inline-discussion"><h3>{ED_POSTS}</h3><ul>{posts}</ul></div>
</div>
<footer class="edraak-footer">© {now.year} إدراك · مبادرة من مؤسسة الملكة رانيا</footer>
</body>
</html>
'''
    without = [today, ED_COURSE, ED_SECTION, dated, ED_QUIZ, ED_SOURCE, ED_RELATED, ED_POSTS] + ED_OPTIONS[:2] + units + \
        post_days + [c for _, c in ED_LEARNERS] + rel[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- rwaq: a Riyadh lecturer's Rwaq lesson ---------------------------------------------------------------------------
RQ_HOST = 'https://www.rwaq.org'
RQ_COURSE = 'مدخل إلى الصحافة الرقمية'
RQ_WHO = 'عبدالعزيز القحطاني'
RQ_TODAY = 'آخر دخول لك إلى رواق: {date}'
RQ_LESSONS = 'دروس المساق كما رتبها المحاضر'
RQ_ALSO = 'درس تمهيدي مر بنا يوضح الخلفية:'
RQ_SOURCE = 'مادة القراءة لهذا الدرس مصدرها Sky News Arabia'
RQ_EDITED = 'أدخل المحاضر تعديلاً على مادة الدرس، {date}'
RQ_QUESTIONS_HEAD = 'أسئلة للنقاش بعد القراءة'
RQ_QUESTIONS = ['كيف رتب المحرر المعلومات من الأهم إلى الأقل أهمية؟', 'ما المصادر التي استند إليها الخبر؟',
                'لو كنت المحرر، ما الذي كنت ستضيفه؟']
RQ_RELATED = 'مقالات ينصح المحاضر بقراءتها بعد الدرس'
RQ_DISCUSS = [('فيصل العتيبي', 'الخبر مثال واضح على الهرم المقلوب'), ('هيا الدوسري', 'لاحظت غياب رأي الطرف الثاني')]


def render_rwaq(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'rwaq'
    pub, draw = extra['at'], extra['draw']
    rel, lessons = others[:4], extra['more'][:10]
    mod, upd_day = updates(kind, k, pub, draw, (2, 3))
    now = saved(kind, pub, draw, mod, upd_day, days=1, hours=draw['saved_hours'])
    lid = lambda t: int(hex_id('rq ' + t)[:6], 16) % 90000 + 10000  # noqa: E731
    href = lambda t: f'{RQ_HOST}/courses/digital-journalism/lectures/{lid(t)}'  # noqa: E731
    edited = RQ_EDITED.format(date=gulf(mod)) if k % 4 == 2 else ''
    today = RQ_TODAY.format(date=gulf(now))
    durations = [f'(video) {int(hex_id("rq d " + t)[:2], 16) % 14 + 4}:{int(hex_id("rq s " + t)[:2], 16) % 60:02d}' for t in lessons]
    ds_days = [gulf(t) for t in moments(kind, later(kind, pub, hours=4), now, len(RQ_DISCUSS))]
    also = f'<p>{RQ_ALSO} <a href="{href(extra["also"])}">{esc(extra["also"])}</a></p>' if k % 2 == 1 else ''
    body = ''.join(with_block(paras, also, 1, '<p>{}</p>'))
    ld = {'@context': 'https://schema.org', '@type': 'LearningResource', 'name': title, 'inLanguage': 'ar',
          'datePublished': iso_local(pub), 'dateModified': iso_local(mod) if k % 4 in (2, 3) else iso_local(pub),
          'isPartOf': {'@type': 'Course', 'name': RQ_COURSE, 'provider': {'@type': 'Organization', 'name': 'Rwaq'}}}
    discuss = ''.join(f'<li class="comment"><b>{w}</b> <span class="date">{d}</span><p>{c}</p></li>' for (w, c), d in zip(RQ_DISCUSS, ds_days))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
{head(title, lead_words(paras, 20), 'رواق', href(title), iso_local(pub), modified_meta(k, (3,), mod))}<script type="application/ld+json">{ld_json(ld)}</script>
</head>
<body class="lectures show">
<header class="navbar"><a class="brand" href="{RQ_HOST}/">رواق</a> <span class="today">{today}</span> <a href="{RQ_HOST}/users/sign_out">Sign out</a></header>
<div class="course-header"><a href="{RQ_HOST}/courses/digital-journalism">{RQ_COURSE}</a> <span class="lecturer">{RQ_WHO}</span></div>
<div class="lecture-page">
<h1 class="lecture-title">{esc(title)}</h1>
<div class="lectures-list"><h3>{RQ_LESSONS}</h3><ol>{"".join(f'<li><a href="{href(t)}">{esc(t)}</a> <span class="duration">{d}</span></li>' for t, d in zip(lessons, durations))}</ol></div>
<div class="tab-content"><div class="tab-pane active" id="reading" dir="rtl">
{body}
<p><em>{RQ_SOURCE}</em></p>
{f'<p><strong>{edited}</strong></p>' if edited else ''}</div></div>
<div class="lecture-questions"><h3>{RQ_QUESTIONS_HEAD}</h3><ol>{"".join(f'<li>{q}</li>' for q in RQ_QUESTIONS)}</ol></div>
<div class="lecture-discussion"><ul>{discuss}</ul></div>
<div class="recommended-articles"><h3>{RQ_RELATED}</h3><ul>{ul(rel, href)}</ul></div>
</div>
<footer class="footer">© {now.year} Rwaq · رواق، منصة تعليمية عربية مفتوحة</footer>
</body>
</html>
'''
    without = [today, RQ_COURSE, RQ_WHO, RQ_LESSONS, RQ_SOURCE, RQ_QUESTIONS_HEAD, RQ_RELATED] + lessons + RQ_QUESTIONS + \
        ds_days + [c for _, c in RQ_DISCUSS] + rel[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


RENDER = {kind: spaced(set80.distinct(fn)) for kind, fn in (('classroom', render_classroom), ('teams', render_teams),
                                                             ('schoology', render_schoology),
                                                             ('brightspace', render_brightspace),
                                                             ('seesaw', render_seesaw), ('edraak', render_edraak),
                                                             ('rwaq', render_rwaq))}
render = with_null_update(renderer(RENDER, 'templates_set100.py', 100))  # updated: null where none is declared


# --- the corpus and the driver ----------------------------------------------------------------------------
def records(corpus):
    """{'SkyNews': [...]}: the multisource TREC records of Sky News Arabia exactly as set 87 read them
    (templates_set87.records(): its left-out lists), so that the texts and the headlines after them are set 87's."""
    return set87.records(corpus)


def article_of(rec, source):
    """(name, title, paragraphs) when the record is an article (see the docstring), else None."""
    return set31_article_of(rec, source)


def pick_articles(sources, per_kind):
    """{kind: [(index, article), ...]}: page k of a kind takes REUSED[kind][k]."""
    out = {}
    for kind in KINDS:
        if per_kind > len(REUSED[kind]):
            raise SystemExit(f'templates_set100: {len(REUSED[kind])} articles for {kind}, {per_kind} needed')
        recs, chosen = sources[SOURCE[kind]], []
        for want in REUSED[kind][:per_kind]:
            hits = [(i, r) for i, r in enumerate(recs) if os.path.basename(r['name'])[:-4] == want]
            art = article_of(hits[0][1], SOURCE[kind]) if len(hits) == 1 else None
            if art is None:
                raise SystemExit(f'templates_set100: {want} is not an article of {SOURCE[kind]} here')
            chosen.append((hits[0][0], art))
        out[kind] = chosen
    return out


def page_time(n, kind, k, rec):
    """Page n's local publication time and the page's other draws (see the docstring)."""
    rng = random.Random(f'templates_set100 page {n}')
    first, last = datetime.date(2019, 1, 1), datetime.date(2024, 12, 31)
    drawn_day = first + datetime.timedelta(days=rng.randrange((last - first).days + 1))
    clock = (rng.randrange(7, 23), rng.randrange(60))
    draw = {'update': {'days': rng.randint(1, 2), 'hours': rng.randint(1, 9), 'minutes': rng.randint(5, 55)},
            'saved_hours': rng.randint(3, 9), 'saved_minutes': rng.randrange(60), 'count': rng.randint(300, 9000)}
    when = rec.get('when')
    if isinstance(when, datetime.datetime):
        local = in_zone(kind, when)
    else:
        local = zone(kind, datetime.datetime.combine(drawn_day, datetime.time(*clock)))
    if (kind, k) in MOVED:
        h, m = MOVED[kind, k]
        local = zone(kind, local.replace(tzinfo=None, hour=h, minute=m, second=0))
        if local.astimezone(UTC).date() >= local.date():
            raise SystemExit(f'templates_set100: {kind}-{k}: not the day before in UTC')
    return local, draw


def wording_problems():
    """templates_set21's wording check of this file against make_templates.py and templates_set5..99.py (set 101,
    written at the same time, is not read)."""
    earlier_sets = ['make_templates.py'] + [f'templates_set{i}.py' for i in range(5, 100)]
    return set21_wording(os.path.basename(__file__), earlier_sets)


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    wording = '--wording' in argv
    code = run_set(sys.modules[__name__], [a for a in argv if a != '--wording'], f'{MS_FOLDER}/SkyNews', 20261300, 24,
                   100, relabel)
    if wording:
        problems = wording_problems()
        for problem in problems:
            print(f'templates_set100: {problem}', file=sys.stderr)
        if problems:
            print(f'{len(problems)} wording problems')
            return 1
    return code


if __name__ == '__main__':
    sys.exit(main())
