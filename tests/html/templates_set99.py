#!/usr/bin/env python3
"""Sealed HTML template set 99 (issue 14): seven kinds of Arabic news pages kept on content-curation boards and
reference managers (the article's text in a board card, a post or a snapshot, the curator's comment, other cards of
the board, the collection's breadcrumbs), labelled by construction.

Written by a helper who did not change the HTML extractor's rules, did not read them (src/, include/, data/, bench/, nor
docs/segmenter.md, loader.md or markers.md), never ran akhbar on these pages (nor any other binary of that name, nor
anything under build*, bins or ci-check), never built it and never ran git: the set stays sealed until it is scored
once, and that first score measures the rules on templates nobody tuned them for. The brief named Wakelet, Padlet,
Pearltrees, Scoop.it, Paper.li, Storify (an archived copy) and Zotero (a web library snapshot); grep -il of "wakelet",
"padlet", "pearltrees", "scoop.it", "scoopit", "paper.li", "paperli", "storify" and "zotero" returned no file of
make_templates.py or templates_set5..97.py, so no kind was replaced. Set 98, written at the same time by another
helper, was neither read nor run, and its output was not opened; the wording check therefore leaves it out. Every
chrome sentence is new wording: --wording checks that no run of three Arabic words of a string of this file,
docstrings aside, appears, after templates_set5.fold()'s letter folding, in the string constants of make_templates.py
and templates_set5..97.py (templates_set21.wording_problems()). The chrome is Arabic (a Muscat teacher's Wakelet
collection, a Cairo school press club's Padlet wall, a Tunis librarian's Pearltrees, a Kuwait curator's Scoop.it topic,
an Aden editor's Paper.li daily, a Manama reporter's Storify story in the Wayback Machine, a Khartoum research group's
Zotero library), with what the platforms leave in English: Wakelet's "Explore", "Sign in", "Create account", "by",
"N items", "Follow", the item's "skynewsarabia.com · Jun 24, 2018" and "© YEAR Wakelet Limited"; Padlet's "Log in",
"Sign up for free", the post's English relative age ("5 hours ago") and the other posts' ages, "(2/3)", "(3/3)" and
"Made with Padlet · © YEAR Wallwisher, Inc."; Pearltrees' "Explore", "Sign up", "Log in" and "© YEAR Broceliand SAS";
Scoop.it's "Explore", "Log in", "Sign up", "Curated by", "N views", "Follow", "From www.skynewsarabia.com - June 26,
2018 12:20 AM", "Curator's insight", "Scoop", "Share", "N Reactions", the topic's "Jun 26, 2018" days and "© YEAR
Scoop.it"; Paper.li's "Log in", "Create your own", "Edition of Saturday, July 7, 2018", "by … · Published daily",
"skynewsarabia.com · 5 July 2018 · 00:15" and "© YEAR paper.li"; the Wayback Machine's "INTERNET ARCHIVE Wayback
Machine", the captured URL, "N captures", "8 Jul 2018 - 17 Aug 2018" and the capture stamp "20180708015432" (UTC), and
Storify's "Browse", "Log in", "by", "N views" and "© YEAR Storify · Livefyre"; Zotero's "Groups", "Documentation", "Log
In", the items table ("Title", "Item Type", "Date", "Newspaper Article", "6/21/2018"), the info table ("Item Type",
"Author", "Publication", "Date" with "2018-06-21", "Language", "Accessed" and "Date Added" with "6/23/2018, 4:48:00
AM"), "Notes", "Tags" and "Zotero is a project of the Corporation for Digital Scholarship · © YEAR".

The kinds and what each page holds:
  wakelet     a Muscat teacher's Wakelet collection with an item opened, wakelet.com/wake/ID (Asia/Muscat): the top bar
              with "دخلت شيخة إلى الملف من مسقط في DATE" (the saved day); the collection's header (its name, the
              curator, the item count); "بطاقات رتّبتها شيخة في الملف قبل هذه" (eight other cards, each a headline, an
              excerpt, the first 90 words of that record's first two lines, and the host: not related) BEFORE the
              opened item in source order and longer than the text on every page (checked when the set is written);
              the opened item: the curator's comment ABOVE <h1>, "skynewsarabia.com · Jun 24, 2018" (the article's
              only visible date, English); the snapshot (on even pages "وفي الملف بطاقة قديمة تفيد في فهم الخلفية:" and
              a link: read-also), the source line, page 0 "جدّدت شيخة لقطة البطاقة بعد تعديل المصدر، DATE" (updated);
              "بطاقات من ملفات أخرى تمسّ الموضوع نفسه" (four: related); the footer with the year;
              article:published_time (page 2's update only in article:modified_time)
  padlet      a Cairo school press club's Padlet wall in the Shelf layout, padlet.com/USER/SLUG/wish/ID (Africa/Cairo):
              the header with "فتحت الحائط من القاهرة بتاريخ DATE" (the saved day); the wall's title, description and
              author; the first column holds the story SPLIT across three sibling post cards: the first with <h1>, the
              author and a <time datetime> (local) whose visible text is ONLY an English relative age ("5 hours ago":
              the page is saved 3 to 9 hours after publication or, after its update, later), the next two marked
              "(2/3)" and "(3/3)" (on odd pages "على حائطنا بطاقة أقدم تشرح مقدمات الحكاية:" and a link in the first
              card: read-also), the source line, page 1 "عدّلت منى البطاقات حين غيّر المصدر نصه، DATE" (updated);
              "عمود ما ألصقه الأعضاء أمس وقبله" (five other headlines with English ages: not related); "عمود قصص يرتبط
              مضمونها بخبر اليوم" (four: related); the footer with the year; article:published_time (page 3's update
              only in article:modified_time)
  pearltrees  a Tunis librarian's pearl in her Pearltrees, pearltrees.com/USER/itemID (Africa/Tunis): the header with
              "شجرة نجوى كما تظهر من تونس، DATE" (the saved day); the breadcrumbs of four nested collections (not
              related); "لآلئ مجاورة داخل المجموعة الفرعية" (six other headlines: not related) BEFORE the pearl; <h1>,
              the host, the curator's note; the text in ONE block, paragraphs separated ONLY by <br><br> (on even
              pages "علّقت نجوى في الشجرة لؤلؤة أسبق تشرح الأصل:" and a link: read-also), the source line, page 2
              "أعادت نجوى التقاط اللؤلؤة لأن المصدر نقّح الخبر، DATE" (Maghreb month names; updated); "لآلئ من أشجار
              أخرى يقرّبها الموقع من هذه" (four: related); the footer with the year; NO visible date and NO
              article:published_time: the date only in window.__PT_INITIAL_STATE__ (contentPublishedAt local, beside
              the pearl's pickedAt moment in UTC, later; page 0's update only there, as contentModifiedAt, and in
              article:modified_time)
  scoopit     a Kuwait curator's scoop on his Scoop.it topic, scoop.it/topic/SLUG/p/ID/SLUG (Asia/Kuwait): the header
              with "تصفّح بدر موضوعه من الكويت في DATE" (the saved day); the topic's header (name, curator, views);
              <h1>, "From www.skynewsarabia.com - June 26, 2018 12:20 AM" (the article's only visible date, English,
              12-hour clock); the scoop's text (on odd pages "جمع بدر قبل هذا خبراً يضيء الجذور:" and a link:
              read-also), the source line, page 3 "حدّث بدر الاقتطاف بعد أن عدّلت القناة خبرها، DATE" (updated);
              "Curator's insight" with the curator's comment AFTER the text; the side column: "اقتطافات في المنصة
              تلامس موضوع الاقتطاف" (four: related), "اقتطافات الموضوع الأكثر نقراً منذ أسبوع" (a most-read box of
              four: related), "أحدث ما ضمّه بدر إلى موضوعه" (five other headlines with English days: not related); the
              footer with the year; window.__SCOOP_POST__ holding the text WHOLE again (publicationDate and
              lastModificationDate in epoch milliseconds; page 1's update only there and in article:modified_time);
              article:published_time
  paperli     an Aden editor's Paper.li daily, paper.li/USER/daily?edition_id=ID (Asia/Aden): the header with "قرأت
              الصحيفة من عدن يوم DATE" (the saved day); the masthead with "Edition of Saturday, July 7, 2018" (the
              edition's day, not the article's); the sections; "عناوين العدد بحسب ترتيب صدارتها" (a LONG list of ten
              other headlines: not related) BEFORE the lead story in source order; <h1>, "skynewsarabia.com · 5 July
              2018 · 00:15" (the article's only visible date, English); the text SPLIT across three sibling e-paper
              columns (div.paper-column; on even pages "نشرت صحيفة وضاح قبل أيام ما يوطّئ لهذا:" and a link in the
              first: read-also), the source line, page 0 "أعادت الصحيفة جلب الخبر بصيغته المعدّلة، DATE" (updated);
              "أخبار العدد الأقرب إلى هذه القصة" (four: related); the footer with the year; article:published_time
              (page 2's update only in article:modified_time)
  storify     a Manama reporter's Storify story in an archived copy, web.archive.org/web/STAMP/storify.com/USER/SLUG
              (Asia/Bahrain): the Wayback Machine's bar with the captured URL, "N captures", the capture span ("8 Jul
              2018 - 17 Aug 2018") and the capture stamp (UTC, days after publication); Storify's header with "نسخة
              القصة في أرشيف الإنترنت كما طالعتها فاطمة، DATE" (the saved day); <h1>, the story's description (the
              curator's comment), the author, views; the text SPLIT across two sibling text elements around a link
              element ("رابط أدرجته فاطمة وسط القصة", another headline and the host: not related; on odd pages "لفاطمة
              حكاية أسبق ترسم أرضية هذه:" and a link in the first element: read-also), the source line, page 1 "ألحقت
              فاطمة بالقصة تطورات الخبر اللاحقة، DATE" (updated); "قصص على Storify تتناول الواقعة عينها" (four:
              related); "قصص فاطمة الأخرى في حسابها" (four other headlines: not related); the footer with the year; NO
              visible date of the article: the date only in article:published_time (local; page 3's update only in
              article:modified_time)
  zotero      a Khartoum research group's Zotero web library, zotero.org/groups/ID/SLUG/items/KEY/item-details
              (Africa/Khartoum): the header with "مكتبة المجموعة مفتوحة من الخرطوم، DATE" (the saved day); the
              collection tree (the group's name and four collections: not related) and "عناصر المجلد مرتبة بحسب
              العنوان" (a table of six other headlines with "Newspaper Article" and US days "6/14/2018": not related)
              BEFORE the item pane; <h1>, a COinS span (rft.date, the UTC day on page 3); the info table: Item Type,
              Author, Publication, "Date" with "2018-06-21" (the article's visible date), Language, "Accessed" and
              "Date Added" (US stamps of the saving, later); the snapshot note holding the text (on even pages "حفظت
              المجموعة عنصراً أقدم يضع هذا في سياقه:" and a link: read-also), the source line, page 2 "استبدل عبد المنعم
              اللقطة بعد تعديل القناة للخبر، DATE" (updated); a second note with the member's comment; "عناصر ربطها
              أعضاء المجموعة بهذا العنصر" (four: related); tags; the footer with the year; article:published_time
              (page 0's update only in article:modified_time)

The texts and how they were picked: Sky News Arabia's records are used up by earlier sets, so this set REUSES the 28
texts of set 85 (CORPUS/ant-multisource/SkyNews), read off templates_set85.pick_articles() when this set was written
and frozen in REUSED (each kind takes one kind of set 85's four texts, page k that kind's page k + 1, wrapping around:
Wakelet Sohu's, Padlet NetEase's, Pearltrees ifeng's, Scoop.it The Paper's, Paper.li Baijiahao's, Storify
Xiaohongshu's, Zotero Mail.ru News'). Set 85 was scored in session 28; the kinds, the chrome, the zones and the
structure here are all new. The records are read as set 85 reads them (templates_set85.records():
templates_set12.trec_records() with set 85's left-out lists, so the records, their order and the headlines after each
text are set 85's) and each text as set 85 reads it (templates_set31.article_of(): a usable headline, a date, no marker
line, at least six lines of 12 words or more, the first eight kept). A text of fewer than six paragraphs gets, besides
the openings, eight words from the middle of its longest paragraphs (templates_set32.relabel()). A record keeps its
<TIME> (2018) made local in the kind's zone (every platform is shown as it is now; the dates are the texts' own). Page
N (counted over the whole set, kinds in the order above) has a generator, random.Random("templates_set99 page N"), that
draws, in this order, a day (2019 to 2024) and a clock time (07:00 to 22:59), both for a record without a time (none
here), the update's delay (1 to 2 days, 1 to 9 hours, 5 to 55 minutes), the hours and minutes before the page was
saved (its "today" lines, ages, other items' days, capture stamps and other stamps fall between publication and that
moment or near it; a page is always saved after its own update) and a count (views, captures, reactions).
Page-time helpers are templates_set24.page_helpers()'s. Zones (none with summer time in 2018): Muscat's +04:00,
Kuwait's, Aden's and Bahrain's +03:00, Cairo's and Khartoum's +02:00, Tunis' +01:00; every page's publication and
update times are checked against zoneinfo when the set is written. Three pages are moved just after local midnight,
keeping their day, for a UTC trap (MOVED): scoopit-1 (00:20 in Kuwait; article:published_time in UTC, the
__SCOOP_POST__ epoch, "From … June 26, 2018 12:20 AM" the local day), paperli-2 (00:15 in Aden; article:published_time
in UTC, "5 July 2018 · 00:15" the local day) and zotero-3 (00:25 in Khartoum; article:published_time and the COinS
rft.date in UTC, the "Date" row the local day); each is the day before in UTC (checked when the set is written) and
the label holds the local day. Two pages of each kind are updated (14 of 28): one shows the update (an update note),
the other declares it only in metadata (article:modified_time, and Pearltrees' __PT_INITIAL_STATE__ and Scoop.it's
__SCOOP_POST__); the other pages carry updated null and declare no modified time later than their publication (their
JSON's modified times are the publication's). Every page shows dates that are not the article's: "today" lines, ages,
other items' days, edition days, capture spans and stamps, access stamps, footers' years.

Each kind carries a related list or a most-read box (labelled related, in page order: Wakelet's cards of other
collections, Padlet's related column, Pearltrees' pearls of other trees, Scoop.it's related scoops and then its
most-clicked box, Paper.li's related stories, Storify's stories on the same event, Zotero's related items) and lists
that look related but are not (the board's other cards with excerpts, the wall's other posts, the breadcrumbs and the
neighbouring pearls, the curator's newest scoops, the edition's index and sections, the link element inside the story
and the author's other stories, the collection tree and the items table), and every other page (14) an inline read-also
line in new wording. Hard in structure, as real pages are: Wakelet's eight cards with excerpts, longer than the text,
come BEFORE it, with the curator's comment above the headline; Padlet's story is split across three sibling post cards
and its only visible date is an English relative age; Pearltrees' text is one block whose paragraphs are separated
only by <br><br>, under breadcrumbs and a strip of other pearls, and its date is only in a JSON state blob; Scoop.it's
date is an English 12-hour line, its insight follows the text and the text is held whole again in a script;
Paper.li's lead story comes after a long index of the edition's other headlines and is split across three e-paper
columns, under an edition date that is not the article's; Storify's archived copy shows only the Wayback Machine's
UTC capture dates, its date is only in metadata and its text is split around a link element; Zotero's item comes
after a collection tree and a table of other dated items, and its visible date is one row of a table of English dates.

Labels (the format of tests/html/labels): title (the <h1>), published (the local date in the kind's zone), updated (the
local date where the page shows or declares an update: 14 of the 28 pages; null elsewhere), body_with = the opening of
each paragraph (templates_set5.opening(); for a text of fewer than six paragraphs, eight words from the middle of its
longest paragraphs are added, templates_set32.relabel()), body_without = visible chrome texts, names, collection,
wall, topic and paper names, comments and notes, date lines, ages, stamps and captures, update notes, source lines,
breadcrumbs and sections, other stories' headlines, excerpts and their days and ages, the first two related headlines,
read_also, related (headed related lists and the most-read box only, in page order).

Left out: nothing beyond set 85's own left-out lists (templates_set85.records(): its MS_LEFT_OUT), which leave the
records out of the headline lists as they did there; the texts are REUSED's. Other stories' headlines are the titles
of the records of the same source that follow the text's, wrapping around (templates_set14.following()), as set 85
reads them: the first 11 shuffled by random.Random(20261299), one shuffle a page, then the rest in order (related
lists and the most-read box come from the first 11, the read-also is the 12th, the other lists from the 14th on; 24
are read a page); a headline that repeats the page's own title is left out, and a read-also that would repeat it
takes the 13th (templates_set80.distinct()).

Usage: templates_set99.py OUT_DIR [--corpus DIR] [--per-kind 4] [--kinds a,b] [--wording]
writes OUT_DIR/pages/KIND-N.html and OUT_DIR/labels/KIND-N.json (templates_set24.run_set()), checks every labelled text
against the page's visible text, the link and balance checks, the zones against zoneinfo; with --wording also the
wording check over make_templates.py and templates_set5..97.py. The output is the same byte for byte from run to run."""
import datetime
import os
import random
import sys

sys.dont_write_bytecode = True  # the set writes nothing beside itself (no __pycache__ of the sets it imports)
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
# Helpers, calendar data, the corpus readers and set 85's record list only; no chrome sentence of the earlier sets.
import templates_set80 as set80  # noqa: E402
import templates_set85 as set85  # noqa: E402
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
from templates_set60 import gulf, hm, iso_local, tunis, with_block  # noqa: E402
from templates_set81 import ul  # noqa: E402
from templates_set83 import head  # noqa: E402
from templates_set89 import EN_LONG, EN_WEEK, en_long, en_short  # noqa: E402

KINDS = ('wakelet', 'padlet', 'pearltrees', 'scoopit', 'paperli', 'storify', 'zotero')
UTC = datetime.timezone.utc
ZONES = {'wakelet': (4, []), 'padlet': (2, []), 'pearltrees': (1, []), 'scoopit': (3, []), 'paperli': (3, []),
         'storify': (3, []), 'zotero': (2, [])}
TZ = {'wakelet': 'Asia/Muscat', 'padlet': 'Africa/Cairo', 'pearltrees': 'Africa/Tunis', 'scoopit': 'Asia/Kuwait',
      'paperli': 'Asia/Aden', 'storify': 'Asia/Bahrain', 'zotero': 'Africa/Khartoum'}
MS_FOLDER = set85.MS_FOLDER
SOURCE = {kind: 'SkyNews' for kind in KINDS}
# Set 85's twenty-eight texts, read off its pick_articles() when this set was written (set 85's kind in the comment;
# page k here takes that kind's page k + 1, wrapping around). Frozen.
REUSED = {
    'wakelet': ('SK-middleEast-2573-20180624', 'SK-sport-2276-20180720', 'SK-technology-36-20180219',
                'SK-internationalNews-2469-20180704'),  # sohu
    'padlet': ('SK-internationalNews-2474-20180704', 'SK-technology-433-20180417', 'SK-sport-2283-20180720',
               'SK-middleEast-2574-20180624'),  # netease
    'pearltrees': ('SK-middleEast-26-20180223', 'SK-internationalNews-2478-20180704', 'SK-economy-792-20180616',
                   'SK-sport-2321-20180725'),  # ifeng
    'scoopit': ('SK-technology-44-20180221', 'SK-middleEast-2617-20180626', 'SK-sport-2354-20180731',
                'SK-internationalNews-2486-20180705'),  # thepaper
    'paperli': ('SK-sport-2427-20180809', 'SK-economy-809-20180619', 'SK-internationalNews-2488-20180705',
                'SK-technology-516-20180427'),  # baijiahao
    'storify': ('SK-sport-2465-20180812', 'SK-technology-518-20180427', 'SK-internationalNews-2500-20180705',
                'SK-middleEast-2652-20180629'),  # xiaohongshu
    'zotero': ('SK-economy-823-20180621', 'SK-middleEast-2696-20180702', 'SK-sport-2519-20180816',
               'SK-internationalNews-2514-20180706')}  # mailru
MOVED = {('scoopit', 1): (0, 20), ('paperli', 2): (0, 15), ('zotero', 3): (0, 25)}
offset_hours, zone, in_zone, later, earlier = zone_helpers(ZONES)
between, saved_after = moment_helpers(in_zone, later)
updates, saved, moments = page_helpers(later, between, saved_after, page_of=lambda k: k % 4)


def modified_meta(k, pages, mod):
    return f'<meta property="article:modified_time" content="{iso_z(mod)}">\n' if k % 4 in pages else ''


# --- dates as the platforms print them --------------------------------------------------------------------------------
def ymd(t):
    return f'{t.year}-{t.month:02d}-{t.day:02d}'


def us_day(t):
    """Zotero's "6/21/2018"."""
    return f'{t.month}/{t.day}/{t.year}'


def us_stamp(t):
    """Zotero's "6/21/2018, 9:05:00 PM"."""
    h = t.hour % 12 or 12
    return f'{us_day(t)}, {h}:{t.minute:02d}:00 {"AM" if t.hour < 12 else "PM"}'


def ampm(t):
    h = t.hour % 12 or 12
    return f'{h}:{t.minute:02d} {"AM" if t.hour < 12 else "PM"}'


def dmy_long(t):
    """Paper.li's "21 June 2018"."""
    return f'{t.day} {EN_LONG[t.month - 1]} {t.year}'


def wayback(t):
    """The Wayback Machine's capture stamp "20180622193512" (UTC)."""
    return t.astimezone(UTC).strftime('%Y%m%d%H%M%S')


def en_ago(t, now):
    """An English relative age as Padlet prints it ("5 hours ago")."""
    mins = int((now - t).total_seconds() // 60)
    if mins < 60:
        return f'{max(mins, 1)} minutes ago'
    if mins < 1440:
        h = mins // 60
        return f'{h} hour ago' if h == 1 else f'{h} hours ago'
    d = mins // 1440
    return 'a day ago' if d == 1 else f'{d} days ago'


def teaser(t, n=90):
    return ' '.join(set85.OPENINGS.get(t, t).split()[:n]) + ' …'


def thirds(paras):
    """The paragraphs cut into three runs, as even as they go."""
    n = len(paras)
    a, b = (n + 2) // 3, (2 * n + 2) // 3
    return [paras[:a], paras[a:b], paras[b:]]


# --- wakelet: a Muscat teacher's Wakelet collection with an opened item ------------------------------------------------
WK_HOST = 'https://wakelet.com'
WK_WHO = 'شيخة البوسعيدية'
WK_COLL = 'ملف صف الإعلام في مسقط: قضايا الساعة'
WK_TODAY = 'دخلت شيخة إلى الملف من مسقط في {date}'
WK_CARDS = 'بطاقات رتّبتها شيخة في الملف قبل هذه'
WK_COMMENT = 'كلمة شيخة للطالبات: اقرأن الفقرتين الأوليين ثم ناقشن السبب والنتيجة'
WK_ALSO = 'وفي الملف بطاقة قديمة تفيد في فهم الخلفية:'
WK_SOURCE = 'لقطة النص محفوظة في Wakelet عن موقع Sky News Arabia'
WK_EDITED = 'جدّدت شيخة لقطة البطاقة بعد تعديل المصدر، {date}'
WK_RELATED = 'بطاقات من ملفات أخرى تمسّ الموضوع نفسه'


def render_wakelet(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'wakelet'
    pub, draw = extra['at'], extra['draw']
    rel, cards = others[:4], extra['more'][:8]
    mod, upd_day = updates(kind, k, pub, draw, (0, 2))
    now = saved(kind, pub, draw, mod, upd_day, days=1, hours=draw['saved_hours'])
    wid = lambda t: hex_id('wk ' + t)[:8] + '-' + hex_id('wk2 ' + t)[:4]  # noqa: E731
    href = lambda t: f'{WK_HOST}/wake/{wid(t)}'  # noqa: E731
    edited = WK_EDITED.format(date=gulf(mod)) if k % 4 == 0 else ''
    today = WK_TODAY.format(date=gulf(now))
    stamp = f'skynewsarabia.com · {en_short(pub)}'
    teasers = [teaser(t) for t in cards]
    if sum(len(x.split()) for x in teasers + cards) <= sum(len(p.split()) for p in paras):
        raise SystemExit(f'templates_set99: {slug}: the card list is not longer than the text')
    also = f'<p>{WK_ALSO} <a href="{href(extra["also"])}">{esc(extra["also"])}</a></p>' if k % 2 == 0 else ''
    body = ''.join(with_block(paras, also, 1, '<p>{}</p>'))
    deck = ''.join(f'<div class="wk-card"><a class="wk-card__title" href="{href(t)}">{esc(t)}</a><p class="wk-card__desc">{esc(x)}</p>'
                   f'<span class="wk-card__host">skynewsarabia.com</span></div>' for t, x in zip(cards, teasers))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
{head(title, lead_words(paras, 20), 'Wakelet', href(title), iso_local(pub), modified_meta(k, (2,), mod))}</head>
<body>
<div id="__wakelet">
<header class="wk-topbar"><a class="wk-logo" href="{WK_HOST}/">Wakelet</a> <a href="{WK_HOST}/explore">Explore</a> <a href="{WK_HOST}/signin">Sign in</a> <a href="{WK_HOST}/signup">Create account</a> <span class="wk-today">{today}</span></header>
<section class="wk-collection-header"><div class="wk-collection-title">{WK_COLL}</div><div class="wk-owner">by <a href="{WK_HOST}/@{hex_id(WK_WHO)[:8]}">{WK_WHO}</a> · {len(cards) + 1} items</div> <button>Follow</button></section>
<section class="wk-items"><h2>{WK_CARDS}</h2>{deck}</section>
<section class="wk-item-expanded">
<div class="wk-item-note"><p>{WK_COMMENT}</p></div>
<h1 class="wk-item-title">{esc(title)}</h1>
<div class="wk-item-source">{stamp}</div>
<div class="wk-item-snapshot" dir="rtl">
{body}
<p><em>{WK_SOURCE}</em></p>
{f'<p><strong>{edited}</strong></p>' if edited else ''}</div>
</section>
<section class="wk-related"><h2>{WK_RELATED}</h2><ul>{ul(rel, href)}</ul></section>
<footer class="wk-footer">© {now.year} Wakelet Limited · Terms · Privacy</footer>
</div>
</body>
</html>
'''
    without = [today, WK_COLL, WK_WHO, WK_CARDS, WK_COMMENT, stamp, WK_SOURCE, WK_RELATED] + cards + teasers + \
        rel[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- padlet: a Cairo school's Padlet wall, the story posted in three cards ---------------------------------------------
PD_HOST = 'https://padlet.com'
PD_WHO = 'أ. منى الشربيني'
PD_WALL = 'حائط نادي الصحافة المدرسية بمصر الجديدة'
PD_WALL_DESC = 'يلصق الأعضاء هنا خبراً كل يوم ونتحاور حوله في الحصة'
PD_TODAY = 'فتحت الحائط من القاهرة بتاريخ {date}'
PD_COLUMN = 'عمود خبر اليوم'
PD_OTHER = 'عمود ما ألصقه الأعضاء أمس وقبله'
PD_ALSO = 'على حائطنا بطاقة أقدم تشرح مقدمات الحكاية:'
PD_SOURCE = 'ألصقت منى الخبر مقسّماً على ثلاث بطاقات من Sky News Arabia'
PD_EDITED = 'عدّلت منى البطاقات حين غيّر المصدر نصه، {date}'
PD_RELATED = 'عمود قصص يرتبط مضمونها بخبر اليوم'


def render_padlet(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'padlet'
    pub, draw = extra['at'], extra['draw']
    rel, other = others[:4], extra['more'][:5]
    mod, upd_day = updates(kind, k, pub, draw, (1, 3))
    now = saved(kind, pub, draw, mod, upd_day, hours=draw['saved_hours'])
    pid = lambda t: int(hex_id('pd ' + t)[:8], 16) % 900000000 + 1000000000  # noqa: E731
    href = lambda t: f'{PD_HOST}/{hex_id(PD_WALL)[:8]}/nadi-sahafa/wish/{pid(t)}'  # noqa: E731
    edited = PD_EDITED.format(date=gulf(mod)) if k % 4 == 1 else ''
    today = PD_TODAY.format(date=gulf(now))
    age = en_ago(pub, now)
    other_ages = [en_ago(t, now) for t in moments(kind, earlier(kind, pub, days=2), earlier(kind, pub, hours=2), len(other))]
    parts = thirds(paras)
    also = f'<p>{PD_ALSO} <a href="{href(extra["also"])}">{esc(extra["also"])}</a></p>' if k % 2 == 1 else ''
    cards = []
    for i, run in enumerate(parts):
        inner = ''.join(with_block(run, also if i == 0 else '', 1, '<p>{}</p>'))
        if i == len(parts) - 1:
            inner += f'\n<p><em>{PD_SOURCE}</em></p>' + (f'<p><strong>{edited}</strong></p>' if edited else '')
        top = (f'<h1 class="post-subject">{esc(title)}</h1>\n<div class="post-meta"><span class="post-author">{PD_WHO}</span> · '
               f'<time datetime="{iso_local(pub)}">{age}</time></div>\n') if i == 0 else f'<div class="post-part">({i + 1}/3)</div>\n'
        cards.append(f'<div class="post" data-post-id="{pid(title) + i}">\n{top}<div class="post-body" dir="rtl">{inner}</div>\n</div>')
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
{head(title, lead_words(paras, 20), 'Padlet', href(title), iso_local(pub), modified_meta(k, (3,), mod))}</head>
<body class="padlet-shelf">
<header class="surface-header"><a class="padlet-logo" href="{PD_HOST}/">padlet</a> <a href="{PD_HOST}/auth/login">Log in</a> <a href="{PD_HOST}/auth/signup">Sign up for free</a> <span class="today">{today}</span></header>
<div class="wall-header"><div class="wall-title">{PD_WALL}</div><div class="wall-description">{PD_WALL_DESC}</div><div class="wall-author">{PD_WHO}</div></div>
<main class="shelf">
<section class="shelf-section"><div class="section-title">{PD_COLUMN}</div>
{chr(10).join(cards)}
</section>
<section class="shelf-section"><div class="section-title">{PD_OTHER}</div><ul>{"".join(f'<li class="post-mini"><a href="{href(t)}">{esc(t)}</a> <span>{a}</span></li>' for t, a in zip(other, other_ages))}</ul></section>
<section class="shelf-section related"><div class="section-title">{PD_RELATED}</div><ul>{ul(rel, href)}</ul></section>
</main>
<footer class="surface-footer">Made with Padlet · © {now.year} Wallwisher, Inc.</footer>
</body>
</html>
'''
    without = [today, PD_WALL, PD_WALL_DESC, PD_COLUMN, PD_OTHER, age, PD_SOURCE, PD_RELATED] + other + other_ages + \
        rel[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- pearltrees: a Tunis librarian's pearl in her Pearltrees collections ----------------------------------------------
PT_HOST = 'https://www.pearltrees.com'
PT_WHO = 'نجوى_المكتبية'
PT_TRAIL = ['مكتبة نجوى', 'صحافة وأخبار', 'المشرق العربي', 'ملف هذا الصيف']
PT_TODAY = 'شجرة نجوى كما تظهر من تونس، {date}'
PT_PEARLS = 'لآلئ مجاورة داخل المجموعة الفرعية'
PT_NOTE = 'تعليق نجوى على اللؤلؤة: مرجع جيد لطلبة السنة الثانية'
PT_ALSO = 'علّقت نجوى في الشجرة لؤلؤة أسبق تشرح الأصل:'
PT_SOURCE = 'النص ملتقط من Sky News Arabia ومعلّق في Pearltrees'
PT_EDITED = 'أعادت نجوى التقاط اللؤلؤة لأن المصدر نقّح الخبر، {date}'
PT_RELATED = 'لآلئ من أشجار أخرى يقرّبها الموقع من هذه'


def render_pearltrees(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'pearltrees'
    pub, draw = extra['at'], extra['draw']
    rel, pearls = others[:4], extra['more'][:6]
    mod, upd_day = updates(kind, k, pub, draw, (2, 0))
    now = saved(kind, pub, draw, mod, upd_day, days=1, hours=draw['saved_hours'])
    picked = between(kind, pub, now, 1, 3)
    iid = lambda t: int(hex_id('pt ' + t)[:7], 16) % 9000000 + 200000000  # noqa: E731
    href = lambda t: f'{PT_HOST}/{PT_WHO}/item{iid(t)}'  # noqa: E731
    edited = PT_EDITED.format(date=tunis(mod)) if k % 4 == 2 else ''
    today = PT_TODAY.format(date=tunis(now))
    chunks = [esc(p) for p in paras]
    if k % 2 == 0:
        chunks.insert(min(2, len(chunks)), f'{PT_ALSO} <a href="{href(extra["also"])}">{esc(extra["also"])}</a>')
    chunks.append(f'<i>{PT_SOURCE}</i>')
    if edited:
        chunks.append(f'<b>{edited}</b>')
    state = {'pearl': {'id': iid(title), 'title': title, 'url': f'https://www.skynewsarabia.com/{iid(title)}',
                       'contentPublishedAt': iso_local(pub), 'contentModifiedAt': iso_local(mod) if k % 4 in (0, 2) else iso_local(pub),
                       'pickedAt': iso_z(picked), 'owner': PT_WHO, 'tree': PT_TRAIL}}
    trail = ' › '.join(f'<a href="{PT_HOST}/{PT_WHO}/{hex_id(c)[:6]}/id{iid(c)}">{c}</a>' for c in PT_TRAIL)
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
{head(title, lead_words(paras, 20), 'Pearltrees', href(title), '', modified_meta(k, (0,), mod))}</head>
<body>
<div id="pt-app">
<header class="pt-header"><a class="pt-logo" href="{PT_HOST}/">Pearltrees</a> <a href="{PT_HOST}/s/explore">Explore</a> <a href="{PT_HOST}/s/signup">Sign up</a> <a href="{PT_HOST}/s/login">Log in</a> <span class="pt-today">{today}</span></header>
<nav class="pt-breadcrumb">{trail}</nav>
<div class="pt-collection-strip"><h3>{PT_PEARLS}</h3><ul>{ul(pearls, href)}</ul></div>
<div class="pt-pearl-view">
<h1 class="pt-pearl-title">{esc(title)}</h1>
<div class="pt-pearl-url"><a href="https://www.skynewsarabia.com/">skynewsarabia.com</a></div>
<div class="pt-pearl-note">{PT_NOTE}</div>
<div class="pt-pearl-content" dir="rtl">{"<br><br>".join(chunks)}</div>
</div>
<div class="pt-related"><h3>{PT_RELATED}</h3><ul>{ul(rel, href)}</ul></div>
<footer class="pt-footer">© {now.year} Broceliand SAS · Pearltrees</footer>
</div>
<script>window.__PT_INITIAL_STATE__ = {ld_json(state)};</script>
</body>
</html>
'''
    without = [today, PT_PEARLS, PT_NOTE, PT_SOURCE, PT_RELATED] + PT_TRAIL + pearls + rel[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- scoopit: a Kuwait curator's scoop on a Scoop.it topic ----------------------------------------------------------
SC_HOST = 'https://www.scoop.it'
SC_WHO = 'بدر العنزي'
SC_TOPIC = 'نشرة بدر: مقتطفات يتأملها القارئ الكويتي'
SC_TODAY = 'تصفّح بدر موضوعه من الكويت في {date}'
SC_INSIGHT = 'ما يراه بدر: الخبر يستحق المتابعة لأن تبعاته لم تتضح بعد'
SC_ALSO = 'جمع بدر قبل هذا خبراً يضيء الجذور:'
SC_SOURCE = 'اقتطف بدر النص كاملاً من Sky News Arabia'
SC_EDITED = 'حدّث بدر الاقتطاف بعد أن عدّلت القناة خبرها، {date}'
SC_RELATED = 'اقتطافات في المنصة تلامس موضوع الاقتطاف'
SC_TOP = 'اقتطافات الموضوع الأكثر نقراً منذ أسبوع'
SC_MORE = 'أحدث ما ضمّه بدر إلى موضوعه'


def render_scoopit(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'scoopit'
    pub, draw = extra['at'], extra['draw']
    rel, top, more = others[:4], others[4:8], extra['more'][:5]
    moved = (kind, k % 4) in MOVED
    mod, upd_day = updates(kind, k, pub, draw, (3, 1))
    now = saved(kind, pub, draw, mod, upd_day, days=1, hours=draw['saved_hours'])
    sid = lambda t: int(hex_id('sc ' + t)[:8], 16) % 9000000000 + 4000000000  # noqa: E731
    href = lambda t: f'{SC_HOST}/topic/nashrat-badr/p/{sid(t)}/{hex_id("sc2 " + t)[:10]}'  # noqa: E731
    edited = SC_EDITED.format(date=gulf(mod)) if k % 4 == 3 else ''
    today = SC_TODAY.format(date=gulf(now))
    stamp = f'From www.skynewsarabia.com - {en_long(pub)} {ampm(pub)}'
    more_days = [en_short(t) for t in reversed(moments(kind, later(kind, pub, hours=1), now, len(more)))]
    pub_meta = iso_z(pub) if moved else iso_local(pub)
    also = f'<p>{SC_ALSO} <a href="{href(extra["also"])}">{esc(extra["also"])}</a></p>' if k % 2 == 1 else ''
    body = ''.join(with_block(paras, also, 1, '<p>{}</p>'))
    data = {'post': {'id': sid(title), 'title': title, 'content': ''.join(f'<p>{esc(p)}</p>' for p in paras),
                     'publicationDate': int(pub.timestamp() * 1000),
                     'lastModificationDate': int((mod if k % 4 in (1, 3) else pub).timestamp() * 1000),
                     'curator': SC_WHO, 'url': 'https://www.skynewsarabia.com/'}}
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
{head(title, lead_words(paras, 20), 'Scoop.it', href(title), pub_meta, modified_meta(k, (1,), mod))}</head>
<body class="scoopit-topic">
<header id="scoopit-header"><a class="logo" href="{SC_HOST}/">Scoop.it</a> <a href="{SC_HOST}/search">Explore</a> <a href="{SC_HOST}/login">Log in</a> <a href="{SC_HOST}/subscribe">Sign up</a> <span class="today">{today}</span></header>
<div class="topic-header"><div class="topic-title">{SC_TOPIC}</div><div class="topic-curator">Curated by <a href="{SC_HOST}/u/{hex_id(SC_WHO)[:8]}">{SC_WHO}</a></div> <span>{draw["count"]} views</span> <button>Follow</button></div>
<div class="post-view">
<h1 class="postTitleView">{esc(title)}</h1>
<div class="post-metas">{stamp}</div>
<div class="post-description" dir="rtl">
{body}
<p><em>{SC_SOURCE}</em></p>
{f'<p><strong>{edited}</strong></p>' if edited else ''}</div>
<div class="post-insight"><h4>Curator's insight</h4><p>{SC_INSIGHT}</p></div>
<div class="post-actions"><button>Scoop</button> <button>Share</button> <span>{draw["count"] % 90 + 3} Reactions</span></div>
</div>
<aside class="topic-side">
<div class="box related-posts"><h3>{SC_RELATED}</h3><ul>{ul(rel, href)}</ul></div>
<div class="box top-posts"><h3>{SC_TOP}</h3><ol>{ul(top, href)}</ol></div>
<div class="box more-posts"><h3>{SC_MORE}</h3><ul>{"".join(f'<li><a href="{href(t)}">{esc(t)}</a> <small>{d}</small></li>' for t, d in zip(more, more_days))}</ul></div>
</aside>
<footer class="footer">© {now.year} Scoop.it · About · Terms · Privacy</footer>
<script>window.__SCOOP_POST__ = {ld_json(data)};</script>
</body>
</html>
'''
    without = [today, SC_TOPIC, SC_WHO, stamp, SC_SOURCE, SC_INSIGHT, SC_RELATED, SC_TOP, SC_MORE] + more + more_days + \
        rel[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel + top, without, upd_of(upd_day)


# --- paperli: an Aden editor's Paper.li daily, the story in three e-paper columns -------------------------------------
PL_HOST = 'https://paper.li'
PL_WHO = 'وضاح الحميري'
PL_PAPER = 'صحيفة وضاح اليومية من عدن'
PL_TODAY = 'قرأت الصحيفة من عدن يوم {date}'
PL_EDITION = 'عناوين العدد بحسب ترتيب صدارتها'
PL_ALSO = 'نشرت صحيفة وضاح قبل أيام ما يوطّئ لهذا:'
PL_SOURCE = 'انتقت خوارزمية الصحيفة النص من Sky News Arabia'
PL_EDITED = 'أعادت الصحيفة جلب الخبر بصيغته المعدّلة، {date}'
PL_RELATED = 'أخبار العدد الأقرب إلى هذه القصة'
PL_SECTIONS = ['الصفحة الأولى', 'سياسة', 'رياضة', 'تقنية', 'اقتصاد']


def render_paperli(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'paperli'
    pub, draw = extra['at'], extra['draw']
    rel, edition = others[:4], extra['more'][:10]
    moved = (kind, k % 4) in MOVED
    mod, upd_day = updates(kind, k, pub, draw, (0, 2))
    now = saved(kind, pub, draw, mod, upd_day, days=1, hours=draw['saved_hours'])
    eid = lambda t: int(hex_id('pl ' + t)[:7], 16) % 900000 + 100000  # noqa: E731
    href = lambda t: f'{PL_HOST}/{hex_id(PL_WHO)[:8]}/daily?edition_id={eid(t)}#{hex_id("pl2 " + t)[:8]}'  # noqa: E731
    edited = PL_EDITED.format(date=gulf(mod)) if k % 4 == 0 else ''
    today = PL_TODAY.format(date=gulf(now))
    masthead = f'Edition of {EN_WEEK[now.weekday()]}, {en_long(now)}'
    stamp = f'skynewsarabia.com · {dmy_long(pub)} · {hm(pub)}'
    pub_meta = iso_z(pub) if moved else iso_local(pub)
    parts = thirds(paras)
    also = f'<p>{PL_ALSO} <a href="{href(extra["also"])}">{esc(extra["also"])}</a></p>' if k % 2 == 0 else ''
    cols = []
    for i, run in enumerate(parts):
        inner = ''.join(with_block(run, also if i == 0 else '', 1, '<p>{}</p>'))
        if i == len(parts) - 1:
            inner += f'<p><em>{PL_SOURCE}</em></p>' + (f'<p><strong>{edited}</strong></p>' if edited else '')
        cols.append(f'<div class="paper-column" data-column="{i + 1}">{inner}</div>')
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
{head(title, lead_words(paras, 20), 'Paper.li', href(title), pub_meta, modified_meta(k, (2,), mod))}</head>
<body class="paper-edition">
<header class="pl-header"><a class="pl-logo" href="{PL_HOST}/">paper.li</a> <a href="{PL_HOST}/login">Log in</a> <a href="{PL_HOST}/signup">Create your own</a> <span class="pl-today">{today}</span></header>
<div class="masthead"><div class="paper-name">{PL_PAPER}</div><div class="paper-edition-date">{masthead}</div><div class="paper-by">by {PL_WHO} · Published daily</div></div>
<nav class="paper-sections">{" · ".join(f'<a href="{PL_HOST}/{hex_id(PL_WHO)[:8]}/daily#{hex_id(s)[:6]}">{s}</a>' for s in PL_SECTIONS)}</nav>
<div class="edition-index"><h3>{PL_EDITION}</h3><ol>{ul(edition, href)}</ol></div>
<article class="lead-story">
<h1 class="story-title">{esc(title)}</h1>
<div class="story-source">{stamp}</div>
<div class="paper-columns" dir="rtl">
{chr(10).join(cols)}
</div>
</article>
<div class="story-related"><h3>{PL_RELATED}</h3><ul>{ul(rel, href)}</ul></div>
<footer class="pl-footer">© {now.year} paper.li · Terms · Privacy</footer>
</body>
</html>
'''
    without = [today, PL_PAPER, masthead, PL_EDITION, stamp, PL_SOURCE, PL_RELATED] + PL_SECTIONS + edition + rel[:2] + \
        ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- storify: a Manama reporter's Storify story in an archived copy on the Wayback Machine --------------------------
SF_HOST = 'https://storify.com'
SF_WB = 'https://web.archive.org/web'
SF_WHO = 'fatima_bh'
SF_DESC = 'رتّبت فاطمة في هذه القصة ما نشرته القناة عن الحدث خطوة بخطوة'
SF_TODAY = 'نسخة القصة في أرشيف الإنترنت كما طالعتها فاطمة، {date}'
SF_LINK_NOTE = 'رابط أدرجته فاطمة وسط القصة'
SF_ALSO = 'لفاطمة حكاية أسبق ترسم أرضية هذه:'
SF_SOURCE = 'عناصر القصة مأخوذة من نص Sky News Arabia'
SF_EDITED = 'ألحقت فاطمة بالقصة تطورات الخبر اللاحقة، {date}'
SF_RELATED = 'قصص على Storify تتناول الواقعة عينها'
SF_MORE = 'قصص فاطمة الأخرى في حسابها'


def render_storify(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'storify'
    pub, draw = extra['at'], extra['draw']
    rel, more, inline = others[:4], extra['more'][:4], extra['more'][5]
    mod, upd_day = updates(kind, k, pub, draw, (1, 3))
    now = saved(kind, pub, draw, mod, upd_day, days=2, hours=draw['saved_hours'])
    last = later(kind, now, days=40)
    sslug = lambda t: hex_id('sf ' + t)[:12]  # noqa: E731
    href = lambda t: f'{SF_WB}/{wayback(now)}/{SF_HOST}/{SF_WHO}/{sslug(t)}'  # noqa: E731
    edited = SF_EDITED.format(date=gulf(mod)) if k % 4 == 1 else ''
    today = SF_TODAY.format(date=gulf(now))
    captures = f'{draw["count"] % 9 + 2} captures'
    span = f'{now.astimezone(UTC).day} {EN_LONG[now.astimezone(UTC).month - 1][:3]} {now.astimezone(UTC).year} - ' \
           f'{last.astimezone(UTC).day} {EN_LONG[last.astimezone(UTC).month - 1][:3]} {last.astimezone(UTC).year}'
    half = (len(paras) + 1) // 2
    also = f'<p>{SF_ALSO} <a href="{href(extra["also"])}">{esc(extra["also"])}</a></p>' if k % 2 == 1 else ''
    first = ''.join(with_block(paras[:half], also, 1, '<p>{}</p>'))
    rest = ''.join(f'<p>{esc(p)}</p>' for p in paras[half:])
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
{head(title, lead_words(paras, 20), 'Storify', f'{SF_HOST}/{SF_WHO}/{sslug(title)}', iso_local(pub), modified_meta(k, (3,), mod))}</head>
<body>
<div id="wm-ipp-base" lang="en" dir="ltr"><div id="wm-ipp"><a href="https://web.archive.org/">INTERNET ARCHIVE Wayback Machine</a> <span class="wm-url">{SF_HOST}/{SF_WHO}/{sslug(title)}</span> <span class="wm-captures">{captures}</span> <span class="wm-span">{span}</span> <span class="wm-stamp">{wayback(now)}</span></div></div>
<div class="sf-app">
<header class="sf-header"><a class="sf-logo" href="{SF_WB}/{wayback(now)}/{SF_HOST}/">Storify</a> <a href="{SF_WB}/{wayback(now)}/{SF_HOST}/browse">Browse</a> <a href="{SF_WB}/{wayback(now)}/{SF_HOST}/login">Log in</a> <span class="sf-today">{today}</span></header>
<div class="story-header">
<h1 class="story-title">{esc(title)}</h1>
<p class="story-description">{SF_DESC}</p>
<div class="story-author">by <a href="{SF_WB}/{wayback(now)}/{SF_HOST}/{SF_WHO}">{SF_WHO}</a> · <span>{draw["count"]} views</span></div>
</div>
<div class="story-elements" dir="rtl">
<div class="story-element element-text">{first}</div>
<div class="story-element element-link"><span class="element-note">{SF_LINK_NOTE}</span> <a href="{href(inline)}">{esc(inline)}</a> <span class="element-source">skynewsarabia.com</span></div>
<div class="story-element element-text">{rest}<p><em>{SF_SOURCE}</em></p>{f'<p><strong>{edited}</strong></p>' if edited else ''}</div>
</div>
<div class="sf-related"><h3>{SF_RELATED}</h3><ul>{ul(rel, href)}</ul></div>
<div class="sf-more"><h3>{SF_MORE}</h3><ul>{ul(more, href)}</ul></div>
<footer class="sf-footer">© {now.year} Storify · Livefyre</footer>
</div>
</body>
</html>
'''
    without = [today, captures, span, SF_DESC, SF_LINK_NOTE, inline, SF_SOURCE, SF_RELATED, SF_MORE] + more + rel[:2] + \
        ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- zotero: a Khartoum research group's Zotero web library, an item with its snapshot note -------------------------
ZT_HOST = 'https://www.zotero.org'
ZT_GROUP = 'مجموعة الخرطوم لتوثيق الأخبار'
ZT_WHO = 'عبد المنعم الطيب'
ZT_TODAY = 'مكتبة المجموعة مفتوحة من الخرطوم، {date}'
ZT_COLLECTIONS = ['قصاصات الصيف', 'ملف القرن الأفريقي', 'مصادر لرسائل الماجستير', 'قيد الفرز']
ZT_ITEMS = 'عناصر المجلد مرتبة بحسب العنوان'
ZT_NOTE = 'ملاحظة عبد المنعم: يصلح هذا النص مثالاً في فصل التغطية الإخبارية'
ZT_ALSO = 'حفظت المجموعة عنصراً أقدم يضع هذا في سياقه:'
ZT_SOURCE = 'لقطة النص حفظها موصل Zotero من Sky News Arabia'
ZT_EDITED = 'استبدل عبد المنعم اللقطة بعد تعديل القناة للخبر، {date}'
ZT_RELATED = 'عناصر ربطها أعضاء المجموعة بهذا العنصر'


def render_zotero(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'zotero'
    pub, draw = extra['at'], extra['draw']
    rel, items = others[:4], extra['more'][:6]
    moved = (kind, k % 4) in MOVED
    mod, upd_day = updates(kind, k, pub, draw, (2, 0))
    now = saved(kind, pub, draw, mod, upd_day, days=1, hours=draw['saved_hours'])
    added = between(kind, pub, now, 1, 3)
    key = lambda t: hex_id('zt ' + t)[:8].upper()  # noqa: E731
    href = lambda t: f'{ZT_HOST}/groups/{int(hex_id(ZT_GROUP)[:5], 16)}/khartoum-news/items/{key(t)}/item-details'  # noqa: E731
    edited = ZT_EDITED.format(date=gulf(mod)) if k % 4 == 2 else ''
    today = ZT_TODAY.format(date=gulf(now))
    item_days = [us_day(t) for t in moments(kind, earlier(kind, pub, days=9), earlier(kind, pub, hours=3), len(items))]
    accessed, date_added = us_stamp(added), us_stamp(later(kind, added, minutes=1))
    pub_meta = iso_z(pub) if moved else iso_local(pub)
    also = f'<p>{ZT_ALSO} <a href="{href(extra["also"])}">{esc(extra["also"])}</a></p>' if k % 2 == 0 else ''
    body = ''.join(with_block(paras, also, 1, '<p>{}</p>'))
    coins = f'ctx_ver=Z39.88-2004&amp;rft.genre=article&amp;rft.jtitle=Sky%20News%20Arabia&amp;rft.date={ymd(pub.astimezone(UTC)) if moved else ymd(pub)}'
    rows = ''.join(f'<tr><td class="title"><a href="{href(t)}">{esc(t)}</a></td><td class="itemType">Newspaper Article</td><td class="date">{d}</td></tr>'
                   for t, d in zip(items, item_days))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
{head(title, lead_words(paras, 20), 'Zotero', href(title), pub_meta, modified_meta(k, (0,), mod))}</head>
<body class="web-library">
<header class="zt-nav"><a class="zt-logo" href="{ZT_HOST}/">zotero</a> <a href="{ZT_HOST}/groups">Groups</a> <a href="{ZT_HOST}/support">Documentation</a> <a href="{ZT_HOST}/user/login">Log In</a> <span class="zt-today">{today}</span></header>
<div class="library-container">
<nav class="collection-tree"><div class="library-name">{ZT_GROUP}</div><ul>{"".join(f'<li><a href="{ZT_HOST}/groups/khartoum-news/collections/{hex_id(c)[:8].upper()}">{c}</a></li>' for c in ZT_COLLECTIONS)}</ul></nav>
<section class="items-container"><h3>{ZT_ITEMS}</h3><table class="items-table"><tr><th>Title</th><th>Item Type</th><th>Date</th></tr>{rows}</table></section>
<section class="item-details">
<h1 class="item-title">{esc(title)}</h1>
<span class="Z3988" title="{coins}"></span>
<table class="info-table">
<tr><th>Item Type</th><td>Newspaper Article</td></tr>
<tr><th>Author</th><td>{ZT_WHO}</td></tr>
<tr><th>Publication</th><td>Sky News Arabia</td></tr>
<tr><th>Date</th><td class="date">{ymd(pub)}</td></tr>
<tr><th>Language</th><td>ar</td></tr>
<tr><th>Accessed</th><td>{accessed}</td></tr>
<tr><th>Date Added</th><td>{date_added}</td></tr>
</table>
<div class="item-notes"><h4>Notes</h4>
<div class="note snapshot-note" dir="rtl">
{body}
<p><em>{ZT_SOURCE}</em></p>
{f'<p><strong>{edited}</strong></p>' if edited else ''}</div>
<div class="note"><p>{ZT_NOTE}</p></div></div>
<div class="item-related"><h4>{ZT_RELATED}</h4><ul>{ul(rel, href)}</ul></div>
<div class="item-tags"><h4>Tags</h4><ul><li>news</li><li>arabic</li></ul></div>
</section>
</div>
<footer class="zt-footer">Zotero is a project of the Corporation for Digital Scholarship · © {now.year}</footer>
</body>
</html>
'''
    without = [today, ZT_GROUP, ZT_ITEMS, ZT_WHO, accessed, date_added, ZT_SOURCE, ZT_NOTE, ZT_RELATED] + ZT_COLLECTIONS + \
        items + item_days + rel[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


RENDER = {kind: spaced(set80.distinct(fn)) for kind, fn in (('wakelet', render_wakelet), ('padlet', render_padlet),
                                                             ('pearltrees', render_pearltrees), ('scoopit', render_scoopit),
                                                             ('paperli', render_paperli), ('storify', render_storify),
                                                             ('zotero', render_zotero))}
render = with_null_update(renderer(RENDER, 'templates_set99.py', 99))  # updated: null where none is declared


# --- the corpus and the driver ----------------------------------------------------------------------------
def records(corpus):
    """{'SkyNews': [...]}: the multisource TREC records of Sky News Arabia exactly as set 85 read them
    (templates_set85.records(): its left-out lists), so that the texts and the headlines after them are set 85's."""
    return set85.records(corpus)


def article_of(rec, source):
    """(name, title, paragraphs) when the record is an article (see the docstring), else None."""
    return set31_article_of(rec, source)


def pick_articles(sources, per_kind):
    """{kind: [(index, article), ...]}: page k of a kind takes REUSED[kind][k]."""
    out = {}
    for kind in KINDS:
        if per_kind > len(REUSED[kind]):
            raise SystemExit(f'templates_set99: {len(REUSED[kind])} articles for {kind}, {per_kind} needed')
        recs, chosen = sources[SOURCE[kind]], []
        for want in REUSED[kind][:per_kind]:
            hits = [(i, r) for i, r in enumerate(recs) if os.path.basename(r['name'])[:-4] == want]
            art = article_of(hits[0][1], SOURCE[kind]) if len(hits) == 1 else None
            if art is None:
                raise SystemExit(f'templates_set99: {want} is not an article of {SOURCE[kind]} here')
            chosen.append((hits[0][0], art))
        out[kind] = chosen
    return out


def page_time(n, kind, k, rec):
    """Page n's local publication time and the page's other draws (see the docstring)."""
    rng = random.Random(f'templates_set99 page {n}')
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
            raise SystemExit(f'templates_set99: {kind}-{k}: not the day before in UTC')
    return local, draw


def wording_problems():
    """templates_set21's wording check of this file against make_templates.py and templates_set5..97.py (set 98, written
    at the same time, is not read)."""
    earlier_sets = ['make_templates.py'] + [f'templates_set{i}.py' for i in range(5, 98)]
    return set21_wording(os.path.basename(__file__), earlier_sets)


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    wording = '--wording' in argv
    code = run_set(sys.modules[__name__], [a for a in argv if a != '--wording'], f'{MS_FOLDER}/SkyNews', 20261299, 24,
                   99, relabel)
    if wording:
        problems = wording_problems()
        for problem in problems:
            print(f'templates_set99: {problem}', file=sys.stderr)
        if problems:
            print(f'{len(problems)} wording problems')
            return 1
    return code


if __name__ == '__main__':
    sys.exit(main())
