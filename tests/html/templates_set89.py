#!/usr/bin/env python3
"""Sealed HTML template set 89 (issue 14): seven kinds of Arabic news pages on read-later services and feed readers,
labelled by construction.

Written by a helper who did not change the HTML extractor's rules, did not read them (src/, include/, data/, bench/, nor
docs/segmenter.md, loader.md or markers.md), never ran akhbar on these pages (nor any other binary of that name, nor
anything under build* or bins), never built it and never ran git: the set stays sealed until it is scored once, and that
first score measures the rules on templates nobody tuned them for. The brief named Pocket, Instapaper, Omnivore,
wallabag, Feedly, Inoreader and NewsBlur; grep -il of "pocket", "getpocket", "instapaper", "omnivore", "wallabag",
"feedly", "inoreader" and "newsblur" returned no file of make_templates.py or templates_set5..88.py, so no kind was
replaced. Set 90, written at the same time by another helper, was not read (only its strings, by the wording check,
where it exists). Every chrome sentence is new wording: --wording checks that no run of three Arabic words of a string
of this file, docstrings aside, appears, after templates_set5.fold()'s letter folding, in the string constants of
make_templates.py, templates_set5..88.py and templates_set90.py where it exists (templates_set21.wording_problems()).
The chrome is Arabic (Pocket's Explore page curated from Manama, a Baghdad reader's Instapaper, a Muscat reader's
Omnivore library, a Sousse reader's self-hosted wallabag, a Jahra editor's Feedly board, a Tripoli monitoring desk's
Inoreader, a Wakra reader's NewsBlur blurblog), with what the platforms leave in English: Pocket's header (Home, Saves,
Collections, Log in, Sign up), "June 2, 2018", "N min read", "Save", "N saves", "Share", its topics (Business, Career,
Education, Health & Fitness, Science, Technology, Travel), "Curated · MONTH YEAR" and "© YEAR Mozilla Corporation ·
Pocket"; Instapaper's bar (Home, Liked, Archive, Log In), "skynewsarabia.com · June 2, 2018 · shared by USER", Like,
Move, Share, Archive, Folders, other bookmarks' "Jun 2, 2018" and "© YEAR Instapaper, Inc. · Privacy · Terms";
Omnivore's header (Home, Library, Log in), "skynewsarabia.com • By Sky News Arabia • 5 hours ago", "Saved by",
"Notebook", English ages and "Omnivore © YEAR · GitHub"; wallabag's tools ("Estimated reading time: N min", "Published
on 02/06/2018", its Material icon names "timer" and "today") and "Powered by wallabag · YEAR"; Feedly's left nav
(Today, Read Later, Follow Sources, unread counts), ages "5h" with "Published: Sat, 02 Jun 2018 18:12:45 GMT" titles,
"Save to Board", "Mark as read", "Visit Website" and "© YEAR Feedly, Inc."; Inoreader's "Sign in", "Sign up free",
"Sat, Jun 2, 2018 21:12", "Upgrade", Star, Share, "Save to", other items' "Jun 2, 2018" and "Inoreader © 2013-YEAR ·
Innologica"; NewsBlur's "A NewsBlur blurblog", "Saturday, June 2, 2018 9:12pm", share and comment stamps "Jun 3, 2018
10:11am", « » and "© YEAR NewsBlur · RSS".

The kinds and what each page holds:
  pocket      Pocket's Explore item page, getpocket.com/explore/item/SLUG (Asia/Bahrain; Next.js): the header;
              div.syndicated-header OUTSIDE and ABOVE main: the publisher, <h1 class="article-title">, "Sky News Arabia ·
              <time> June 2, 2018 · N min read" (the article's only visible date), the curators' note; main: the save
              bar; article.syndicated-article (on even pages "نصّ قديم حفظه كثيرون يشرح جذور هذه الحكاية:" and a link:
              read-also), the source line, page 0 "أعاد محررو الاستكشاف مطابقة النص بأصله فأثبتوا تعديلاً، DATE"
              (updated); "قراءات يقترحها المحررون بعد هذه القطعة" (four: related); "قطع تصدّرت قوائم الحفظ عند قرائنا" (a
              most-saved box of four: related); "مجموعات الاستكشاف هذا الشهر" with "Curated · MONTH YEAR" (four other
              headlines: not related); the topics; the footer with the year; script#__NEXT_DATA__ holds the text WHOLE
              again (datePublished and dateModified local; page 2's update only there and in article:modified_time)
  instapaper  a Baghdad reader's shared Instapaper read view, instapaper.com/read/ID (Asia/Baghdad): the top bar with
              "بغداد، DAY DATE: ما حفظته للقراءة هذا المساء" (the saved day); div#titlebar: <h1 class="title">, the
              origin line with "June 2, 2018" in a <time> (the article's only visible date); div#story (on odd pages "في
              مجلدي قطعة محفوظة منذ أيام تسبق الحكاية:" and a link: read-also), the source line, page 3 "جدّد القارئ نسخته
              المحفوظة بعدما تبدّل الأصل، DATE" (updated); the control bar; "من مجلد القارئ: قطع يشترك موضوعها وموضوع
              القطعة" (four: related); the profile side: "ما أضافه القارئ إلى مجلده أخيراً" (five other headlines with
              days: not related), Folders; the footer with the year; page 1's update only in article:modified_time
  omnivore    a Muscat reader's shared Omnivore article, omnivore.app/@USER/SLUG (Asia/Muscat; a repost): the header;
              the subtitle line ABOVE <h1 class="ArticleTitle"> with ONLY an English relative age ("5 hours ago") over a
              <time datetime> in UTC (the article's only visible date: the page is saved 3 to 9 hours after publication
              or, after its update, later), no article:published_time; "Saved by"; div#readability-page-1 (on even pages
              "في مكتبتي مقال أقدم يوطّئ للقضية:" and a link: read-also), the source line, page 1 "أعادت المكتبة جلب المقال
              من مصدره فتغيّرت فيه جملة، DATE" (updated); the Notebook (a note with its age); the labels; "في المكتبة
              مقالات تقاسم هذا المقال موضوعه" (four: related); "أضيف إلى المكتبة منذ ساعات" (five other headlines with
              ages: not related); the footer with the year; page 3's update only in article:modified_time
  wallabag    a Sousse reader's wallabag shared article, INSTANCE/share/ID (Africa/Tunis): the instance header; <h1>; the
              tools (the source, the reading time, "Published on 02/06/2018": the article's only visible date); the
              article's div.content holding the text in ONE block, paragraphs separated ONLY by <br><br> (on odd pages
              "ضمن المحفوظات مقال أقدم يروي مقدمات الأمر:" and a link: read-also), the source line, page 2 "استعاد صاحب
              الحساب المقال من مصدره بعد تعديله، DATE" (Tunisian month names; updated); "محفوظات أخرى في الحساب قريبة
              المضمون" (four: related); the tag cloud; "محفوظات الأشهر الماضية" (four "MM/YYYY" months: not related); the
              footer with the year; page 0's update only in article:modified_time
  feedly      a Jahra editor's Feedly entry page, feedly.com/i/entry/ID (Asia/Kuwait): the left nav (the board, its feeds
              with unread counts) and the stream BEFORE the entry in source order, longer than the text on every page
              (checked when the set is written): "تدفق المصادر المتابَعة، الأحدث أولاً" (eight other headlines, each with
              an excerpt, the first 90 words of that record's first two lines, and an age: not related); the entry: <h1
              class="entryTitle">, "Sky News Arabia / 5h", the age over a <time datetime> with the local offset whose title
              gives "Published:" and "Received:" in GMT (the article's only visible date: an age), no
              article:published_time; div.entryBody (on even pages "وصلتنا من المصدر نفسه قبل ذلك مادة تفسّر السياق:" and
              a link: read-also), the source line, page 1 "حدّث المصدر المادة في خلاصته وجاءت بنصها الجديد، DATE"
              (updated); the toolbar; "مواد في اللوحة تنسج على منوال المادة المفتوحة" (four: related); the footer with
              the year; page 2's update only in article:modified_time and the "Received:" title
  inoreader   a Tripoli desk's Inoreader article share page, inoreader.com/article/ID (Africa/Tripoli): the header;
              "نبض الخلاصات الليبية ساعة بساعة" (a ticker of five other headlines with clock times: not related); the
              article header OUTSIDE and ABOVE the reader pane: the feed, <h1 class="article_title">, the desk and "Sat,
              Jun 2, 2018 21:12" (the article's only visible date); the text SPLIT across two sibling div.article_content
              around an Inoreader Pro upsell card (on odd pages "سبق لمكتبنا أن رصد مادة تمهد لهذه:" and a link in the
              first: read-also), the source line, page 0 "وصلت من الخلاصة صيغة معدّلة للمادة فحلّت محل الأولى، DATE"
              (updated); Star, Share, Save to; "رصدنا أيضاً مواد تتشعب عن موضوعها" (four: related); "جديد الخلاصة نفسها"
              (four other headlines with days: not related); the footer with the years; a JSON-LD Article and
              article:published_time (page 3's update only there and in article:modified_time)
  newsblur    a Wakra reader's NewsBlur blurblog story, USER.newsblur.com/story/SLUG/ID (Asia/Qatar): the blurblog
              header; "Saturday, June 2, 2018 9:12pm" ABOVE <h1 class="NB-story-title"> (the article's only visible
              date), the feed; the sharer's comment with its stamp; div.NB-story-content (on even pages "شاركت في المدونة
              قبلاً قصة تتقدمها زمنياً:" and a link: read-also), the source line, page 2 "التقط NewsBlur من الخلاصة صيغة
              أحدث للقصة، DATE" (updated); two comments with stamps; "قصص شاركتها وتتقاطع مع هذه" (four: related);
              prev/next stories (not related); the side bar "أكثر القصص قراءة بين أصحاب المدونات على NewsBlur" (a
              most-read box of four: related); the footer with the year; page 1's update only in article:modified_time

The texts and how they were picked: the multisource TREC split files of Sky News Arabia (CORPUS/ant-multisource/SkyNews;
all seven kinds) read as sets 85 and 87 read them (templates_set12.trec_records(), templates_set31.article_of(): a
usable headline, a date, no marker line, at least six lines of 12 words or more, the first eight kept); FOLDERS name the
channel's sections. After the left-out records Sky News Arabia holds 145 articles (internationalNews 52, middleEast
45, sport 31, technology 14, economy 3); the pages take 28 (internationalNews 8, middleEast 9, sport 6, technology 3,
economy 2), 117 stay unused (internationalNews 44, middleEast 36, sport 25, technology 11, economy 1). France 24 and Al
Arabiya hold too few articles for a kind and BBC and CNN are not read (as sets 81, 83, 85 and 87 say). A text of fewer
than six paragraphs gets, besides the openings, eight words from the middle of its longest paragraphs
(templates_set32.relabel()). A record keeps its <TIME> (2018) made local in the kind's zone (every platform but Omnivore
was open then), except on Omnivore, opened in 2022 (REPOSTED): there the page is a repost and takes a drawn day of 2022
to 2024 at a drawn clock time. Page N (counted over the whole set, kinds in the order above) has a generator,
random.Random("templates_set89 page N"), that draws, in this order, a day (2022 to 2024; used by the reposts only), a
clock time (07:00 to 22:59; likewise), the update's delay (1 to 2 days, 1 to 9 hours, 5 to 55 minutes), the hours and
minutes before the page was saved (its "today" lines, comments, ages, tickers and other stamps fall between publication
and that moment or near it; a page is always saved after its own update) and a count (saves). Page-time helpers are
templates_set24.page_helpers()'s. Zones (none with summer time in 2018 to 2024): Muscat's +04:00, Bahrain's, Baghdad's,
Kuwait's and Doha's +03:00, Tripoli's +02:00, Tunis' +01:00; every page's publication and update times are checked
against zoneinfo when the set is written. Three pages are moved just after local midnight, keeping their day, for a UTC
trap (MOVED): instapaper-1 (00:25 in Baghdad; article:published_time and the <time datetime> in UTC, the visible date
the local day), wallabag-2 (00:20 in Tunis; article:published_time in UTC, the "Published on" line the local day) and
inoreader-3 (00:15 in Tripoli; article:published_time and the JSON-LD in UTC, the date line the local day); each is the
day before in UTC (checked when the set is written) and the label holds the local day. Two records fall so of
themselves (feedly-1 at 02:41 and feedly-2 at 01:05 in Kuwait, the day before in UTC: the <time datetime> carries the
local offset, its title the GMT day before). Two pages of each kind are updated (14 of 28): one shows the update, the
other declares it only in metadata (article:modified_time, and Pocket's __NEXT_DATA__ dateModified, Feedly's
"Received:" title and Inoreader's JSON-LD dateModified); the other pages carry updated null and declare no modified
time later than their publication (their JSON's modified times are the publication's). Every page shows dates that are
not the article's: "today" lines, curated months, other items' days and ages, a note's age, archive months, the
stream's ages, tickers' clock times, share and comment stamps, footers' years.

Each kind carries a related list or a most-read box or both (labelled related, in page order: Pocket's related list and
then its most-saved box, NewsBlur's related list and then its most-read side bar) and lists that look related but are
not (Pocket's collections and topics, Instapaper's latest bookmarks and folders, Omnivore's recently saved and labels,
wallabag's tag cloud and archive months, Feedly's stream with excerpts, Inoreader's ticker and the feed's latest items,
NewsBlur's prev/next), and every other page (14) an inline read-also line in new wording. Hard in structure, as real
pages are: Pocket's and Inoreader's headline and date stand OUTSIDE the content container, Pocket's text is held whole
again in __NEXT_DATA__ and Inoreader's is split across two sibling blocks around an upsell card; Omnivore's only visible
date is an English relative age over a <time datetime> in UTC, above the headline; wallabag's text is one block whose
paragraphs are separated only by <br><br>; Feedly's stream, longer than the text, comes BEFORE the entry and its date is
an age; NewsBlur's date stands above the headline and the sharer's comment between the headline and the text.

Labels (the format of tests/html/labels): title (the <h1>), published (the local date in the kind's zone), updated (the
local date where the page shows or declares an update: 14 of the 28 pages; null elsewhere), body_with = the opening of
each paragraph (templates_set5.opening(); for a text of fewer than six paragraphs, eight words from the middle of its
longest paragraphs are added, templates_set32.relabel()), body_without = visible chrome texts, names, date lines, stamps
and ages, update notes, source lines, notes and comments, other stories' headlines, excerpts and their ages, tags,
archive months, the first two related headlines, read_also, related (headed related lists and most-read boxes only, in
page order).

Left out (frozen, so that later labels do not shift the set): the records a label of tests/segmenter/labels,
tests/html/labels or ../shared/eval/dev names or a segmenter blind draw (tests/segmenter/blind*-draw.txt, blind86 and
blind87 included) lists: set 87's MS_LEFT_OUT (set 85's, which holds set 83's and through it those of the earlier sets
that read the multisource channels, and set 87's own LABEL_NAMED and EARLIER_SETS_READ), and LABEL_NAMED here for the
names found in them when this set was written that that list did not hold (one, from blind86; a multisource name
without its date stands for every record of that prefix); and the texts earlier sets built pages around: that list,
and EARLIER_SETS_READ here, set 87's twenty-eight records read off its pick_articles() when this set was written (set
87 was the last set to read the multisource channels; set 88 read SaudiNewsNet's split files, not these; set 90,
written at the same time, was not read). The pick_articles() of every earlier set that reads Sky News Arabia (13 to 15,
25, 31, 36, 40, 48, 52, 56, 60, 62, 65, 67, 72, 74, 76, 80, 81, 83, 85, 87) was run when this set was written: none of
their records is among this set's. Page k of a kind takes the first text of FOLDERS[kind][k] or of the kind's next
folders that no page took before (templates_set24.pick_from_folders()). Other stories' headlines are the titles of the
records of the same source that follow the text's, wrapping around (templates_set14.following()): the first 11
shuffled by random.Random(20261289), one shuffle a page, then the rest in order (related lists and most-read boxes come
from the first 11, the read-also is the 12th, the other lists from the 14th on; 24 are read a page); a headline that
repeats the page's own title is left out, and a read-also that would repeat it takes the 13th
(templates_set80.distinct()).

Usage: templates_set89.py OUT_DIR [--corpus DIR] [--per-kind 4] [--kinds a,b] [--wording]
writes OUT_DIR/pages/KIND-N.html and OUT_DIR/labels/KIND-N.json (templates_set24.run_set()), checks every labelled text
against the page's visible text, the link and balance checks, the zones against zoneinfo; with --wording also the
wording check over make_templates.py, templates_set5..88.py and templates_set90.py where it exists. The output is the
same byte for byte from run to run."""
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
from templates_set12 import trec_records  # noqa: E402
from templates_set15 import upd_of  # noqa: E402
from templates_set19 import iso_z, lead_words, zone_helpers  # noqa: E402
from templates_set21 import with_null_update  # noqa: E402
from templates_set21 import wording_problems as set21_wording  # noqa: E402
from templates_set23 import hex_id, spaced  # noqa: E402
from templates_set24 import moment_helpers, page_helpers, pick_from_folders, run_set  # noqa: E402
from templates_set31 import article_of as set31_article_of  # noqa: E402
from templates_set32 import relabel  # noqa: E402
from templates_set48 import ld_json  # noqa: E402
from templates_set60 import gulf, hm, iso_local, tunis, with_block  # noqa: E402
from templates_set81 import months_before, ul, unix  # noqa: E402
from templates_set83 import day_line, head  # noqa: E402

KINDS = ('pocket', 'instapaper', 'omnivore', 'wallabag', 'feedly', 'inoreader', 'newsblur')
UTC = datetime.timezone.utc
ZONES = {'pocket': (3, []), 'instapaper': (3, []), 'omnivore': (4, []), 'wallabag': (1, []), 'feedly': (3, []),
         'inoreader': (2, []), 'newsblur': (3, [])}
TZ = {'pocket': 'Asia/Bahrain', 'instapaper': 'Asia/Baghdad', 'omnivore': 'Asia/Muscat', 'wallabag': 'Africa/Tunis',
      'feedly': 'Asia/Kuwait', 'inoreader': 'Africa/Tripoli', 'newsblur': 'Asia/Qatar'}
MS_FOLDER = 'ant-multisource'
MS_SOURCES = ('SkyNews',)
SOURCE = {kind: 'SkyNews' for kind in KINDS}
FOLDERS = {'pocket': ('internationalNews', 'middleEast', 'technology', 'sport'),
           'instapaper': ('middleEast', 'internationalNews', 'sport', 'middleEast'),
           'omnivore': ('technology', 'middleEast', 'internationalNews', 'economy'),
           'wallabag': ('sport', 'internationalNews', 'middleEast', 'middleEast'),
           'feedly': ('internationalNews', 'sport', 'middleEast', 'technology'),
           'inoreader': ('middleEast', 'economy', 'internationalNews', 'sport'),
           'newsblur': ('internationalNews', 'middleEast', 'sport', 'internationalNews')}
REPOSTED = ('omnivore',)  # a platform opened after 2018: the page is a repost on a drawn day
MOVED = {('instapaper', 1): (0, 25), ('wallabag', 2): (0, 20), ('inoreader', 3): (0, 15)}
offset_hours, zone, in_zone, later, earlier = zone_helpers(ZONES)
between, saved_after = moment_helpers(in_zone, later)
updates, saved, moments = page_helpers(later, between, saved_after, page_of=lambda k: k % 4)


def modified_meta(k, pages, mod):
    return f'<meta property="article:modified_time" content="{iso_z(mod)}">\n' if k % 4 in pages else ''


# --- dates as the platforms print them -------------------------------------------------------------------------------
EN_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
           'December']
EN_WEEK = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def en_long(t):
    """"June 2, 2018" (Pocket, Instapaper)."""
    return f'{EN_LONG[t.month - 1]} {t.day}, {t.year}'


def en_short(t):
    """"Jun 2, 2018"."""
    return f'{EN_LONG[t.month - 1][:3]} {t.day}, {t.year}'


def ampm(t):
    """NewsBlur's "9:12pm"."""
    return f'{(t.hour + 11) % 12 + 1}:{t.minute:02d}{"am" if t.hour < 12 else "pm"}'


def nb_date(t):
    """NewsBlur's story date "Saturday, June 2, 2018 9:12pm"."""
    return f'{EN_WEEK[t.weekday()]}, {en_long(t)} {ampm(t)}'


def ino_date(t):
    """Inoreader's "Sat, Jun 2, 2018 21:12"."""
    return f'{EN_WEEK[t.weekday()][:3]}, {en_short(t)} {hm(t)}'


def wb_date(t):
    """wallabag's "02/06/2018" (a French-made instance's day/month/year)."""
    return f'{t.day:02d}/{t.month:02d}/{t.year}'


def en_ago(t, now):
    """Omnivore's "35 minutes ago", "5 hours ago", "2 days ago"."""
    mins = int((now - t).total_seconds() // 60)
    for size, unit in ((1440, 'day'), (60, 'hour'), (1, 'minute')):
        if mins >= size or unit == 'minute':
            n = max(mins // size, 1)
            return f'{n} {unit}{"s" if n != 1 else ""} ago'


def short_ago(t, now):
    """Feedly's ages "35m", "5h", "2d"."""
    mins = int((now - t).total_seconds() // 60)
    if mins < 60:
        return f'{max(mins, 1)}m'
    return f'{mins // 60}h' if mins < 1440 else f'{mins // 1440}d'


def http_date(t):
    """Feedly's title attribute "Sat, 02 Jun 2018 18:12:45 GMT"."""
    u = t.astimezone(UTC)
    return f'{EN_WEEK[u.weekday()][:3]}, {u.day:02d} {EN_LONG[u.month - 1][:3]} {u.year} {hm(u)}:{u.second:02d} GMT'


def teaser(t, n=90):
    return ' '.join(OPENINGS.get(t, t).split()[:n]) + ' …'


def read_min(paras):
    return max(2, sum(len(p.split()) for p in paras) // 200 + 1)


# --- pocket: a Pocket Explore item page, curated from Manama ---------------------------------------------------------
PK_HOST = 'https://getpocket.com'
PK_CURATOR = 'فريق Pocket العربي في المنامة'
PK_INTRO = 'قطعة اختارها محررو الاستكشاف لقرائهم بالعربية'
PK_ALSO = 'نصّ قديم حفظه كثيرون يشرح جذور هذه الحكاية:'
PK_SOURCE = 'النص معروض على Pocket كما صدر في Sky News Arabia'
PK_EDITED = 'أعاد محررو الاستكشاف مطابقة النص بأصله فأثبتوا تعديلاً، {date}'
PK_RELATED = 'قراءات يقترحها المحررون بعد هذه القطعة'
PK_SAVED = 'قطع تصدّرت قوائم الحفظ عند قرائنا'
PK_COLLECTIONS = 'مجموعات الاستكشاف هذا الشهر'
PK_TOPICS = ['Business', 'Career', 'Education', 'Health & Fitness', 'Science', 'Technology', 'Travel']


def render_pocket(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'pocket'
    pub, draw = extra['at'], extra['draw']
    rel, popular, colls = others[:4], others[4:8], extra['more'][:4]
    mod, upd_day = updates(kind, k, pub, draw, (0, 2))
    now = saved(kind, pub, draw, mod, upd_day, days=1, hours=draw['saved_hours'])
    item = lambda t: f'{hex_id("pk " + t)[:6]}-{hex_id("pk2 " + t)[:4]}'  # noqa: E731
    href = lambda t: f'{PK_HOST}/explore/item/{item(t)}'  # noqa: E731
    edited = PK_EDITED.format(date=gulf(mod)) if k % 4 == 0 else ''
    shown = en_long(pub)
    minutes = f'{read_min(paras)} min read'
    saves = f'{draw["count"]} saves'
    month = f'Curated · {EN_LONG[now.month - 1]} {now.year}'
    also = f'<p>{PK_ALSO} <a href="{href(extra["also"])}">{esc(extra["also"])}</a></p>' if k % 2 == 0 else ''
    body = ''.join(with_block(paras, also, 1, '<p>{}</p>'))
    nd = {'props': {'pageProps': {'item': {
        'itemId': item(title), 'title': title, 'publisher': 'Sky News Arabia',
        'article': ''.join(f'<p>{esc(p)}</p>' for p in paras),
        'datePublished': iso_local(pub).replace('T', ' ')[:19],
        'dateModified': iso_local(mod if k % 4 in (0, 2) else pub).replace('T', ' ')[:19],
        'timeToRead': read_min(paras), 'syndicatedUrl': href(title)}}, '__N_SSP': True},
        'page': '/explore/item/[slug]', 'query': {'slug': item(title)}, 'buildId': hex_id('pk build')[:21],
        'isFallback': False, 'gssp': True, 'locale': 'ar'}
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
{head(title, lead_words(paras, 20), 'Pocket', href(title), iso_local(pub), modified_meta(k, (2,), mod))}<meta name="twitter:site" content="@Pocket">
<link rel="canonical" href="{href(title)}">
</head>
<body>
<div id="__next">
<header class="global-nav"><a class="pocket-logo" href="{PK_HOST}/explore">Pocket</a> <a href="{PK_HOST}/home">Home</a> <a href="{PK_HOST}/saves">Saves</a> <a href="{PK_HOST}/collections">Collections</a> <a href="{PK_HOST}/login">Log in</a> <a class="cta" href="{PK_HOST}/signup">Sign up</a></header>
<div class="syndicated-header">
<div class="publisher-logo">Sky News Arabia</div>
<h1 class="article-title">{esc(title)}</h1>
<div class="article-meta"><span class="publisher">Sky News Arabia</span> · <time datetime="{iso_local(pub)}">{shown}</time> · <span>{minutes}</span></div>
<p class="curator-note">{PK_INTRO} — {PK_CURATOR}</p>
</div>
<main class="syndicated-main">
<div class="save-bar"><button>Save</button> <span class="save-count">{saves}</span> <button>Share</button></div>
<article class="syndicated-article" dir="rtl">
{body}
<p><em>{PK_SOURCE}</em></p>
{f'<p><strong>{edited}</strong></p>' if edited else ''}</article>
<section class="recommendations"><h2>{PK_RELATED}</h2><ul>{ul(rel, href)}</ul></section>
<aside class="popular-rail"><h2>{PK_SAVED}</h2><ol>{ul(popular, href)}</ol></aside>
<section class="collections-rail"><h2>{PK_COLLECTIONS}</h2><span class="collections-month">{month}</span><ul>{ul(colls, href)}</ul></section>
<nav class="topic-list">{" ".join(f'<a href="{PK_HOST}/explore/{t.lower().split()[0]}">{esc(t)}</a>' for t in PK_TOPICS)}</nav>
</main>
<footer class="global-footer">© {now.year} Mozilla Corporation · Pocket</footer>
</div>
<script id="__NEXT_DATA__" type="application/json">{ld_json(nd)}</script>
</body>
</html>
'''
    without = [PK_CURATOR, PK_INTRO, shown, minutes, saves, PK_SOURCE, PK_RELATED, PK_SAVED, PK_COLLECTIONS, month] + colls + \
        rel[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel + popular, without, upd_of(upd_day)


# --- instapaper: a Baghdad reader's shared Instapaper read view ------------------------------------------------------
IP_HOST = 'https://www.instapaper.com'
IP_USER = 'baghdad_reader'
IP_WHO = 'قارئ من الكرادة'
IP_TODAY = 'بغداد، {date}: ما حفظته للقراءة هذا المساء'
IP_ALSO = 'في مجلدي قطعة محفوظة منذ أيام تسبق الحكاية:'
IP_SOURCE = 'نسخة للقراءة الهادئة من Sky News Arabia'
IP_EDITED = 'جدّد القارئ نسخته المحفوظة بعدما تبدّل الأصل، {date}'
IP_RELATED = 'من مجلد القارئ: قطع يشترك موضوعها وموضوع القطعة'
IP_FOLDER = 'ما أضافه القارئ إلى مجلده أخيراً'
IP_FOLDERS = ['أخبار العالم', 'قراءات طويلة', 'للأرشيف']


def render_instapaper(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'instapaper'
    pub, draw = extra['at'], extra['draw']
    rel, recent = others[:4], extra['more'][:5]
    moved = (kind, k % 4) in MOVED
    mod, upd_day = updates(kind, k, pub, draw, (3, 1))
    now = saved(kind, pub, draw, mod, upd_day, days=1, hours=draw['saved_hours'])
    bid = lambda t: int(hex_id('ip ' + t)[:8], 16) % 900000000 + 1000000000  # noqa: E731
    href = lambda t: f'{IP_HOST}/read/{bid(t)}'  # noqa: E731
    edited = IP_EDITED.format(date=gulf(mod)) if k % 4 == 3 else ''
    today = IP_TODAY.format(date=day_line(now))
    shown = en_long(pub)
    rc_days = [en_short(earlier(kind, pub, days=i + 1, hours=3 * i)) for i in range(len(recent))]
    pub_meta = iso_z(pub) if moved else iso_local(pub)
    also = f'<p class="ip-also">{IP_ALSO} <a href="{href(extra["also"])}">{esc(extra["also"])}</a></p>' if k % 2 == 1 else ''
    body = ''.join(with_block(paras, also, 2, '<p>{}</p>'))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
{head(title, lead_words(paras, 20), 'Instapaper', href(title), pub_meta, modified_meta(k, (1,), mod))}<link rel="stylesheet" href="https://staticinstapaper.s3.dualstack.us-west-2.amazonaws.com/css/reading_v2.css">
</head>
<body class="reading_view sans light">
<div id="top_nav"><a class="logo" href="{IP_HOST}/">Instapaper</a> <span class="today_line">{today}</span> <a href="{IP_HOST}/u">Home</a> <a href="{IP_HOST}/liked">Liked</a> <a href="{IP_HOST}/archive">Archive</a> <a href="{IP_HOST}/account/login">Log In</a></div>
<div id="titlebar">
<h1 class="title">{esc(title)}</h1>
<div class="origin_line"><a class="origin" href="https://www.skynewsarabia.com/">skynewsarabia.com</a> <span class="middot">·</span> <time datetime="{pub_meta}">{shown}</time> <span class="middot">·</span> <span>shared by <a href="{IP_HOST}/p/{IP_USER}">{IP_USER}</a></span></div>
</div>
<div id="story" dir="rtl">
{body}
<p><em>{IP_SOURCE}</em></p>
{f'<p><strong>{edited}</strong></p>' if edited else ''}</div>
<div id="controlbar"><a href="{IP_HOST}/like">Like</a> <a href="{IP_HOST}/move">Move</a> <a href="{IP_HOST}/share">Share</a> <a href="{IP_HOST}/archive">Archive</a></div>
<div class="related_bookmarks"><h3>{IP_RELATED}</h3><ul>{ul(rel, href)}</ul></div>
<div class="profile_side"><p class="profile_name">{IP_WHO}</p><h3>{IP_FOLDER}</h3><ul>{"".join(f'<li><a href="{href(t)}">{esc(t)}</a> <span class="date">{d}</span></li>' for t, d in zip(recent, rc_days))}</ul>
<h3>Folders</h3><ul>{"".join(f'<li><a href="{IP_HOST}/u/folder/{hex_id(f)[:7]}">{f}</a></li>' for f in IP_FOLDERS)}</ul></div>
<div id="footer">© {now.year} Instapaper, Inc. · <a href="{IP_HOST}/privacy">Privacy</a> · <a href="{IP_HOST}/terms">Terms</a></div>
</body>
</html>
'''
    without = [today, shown, IP_WHO, IP_SOURCE, IP_RELATED, IP_FOLDER] + IP_FOLDERS + recent + rc_days + rel[:2] + \
        ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- omnivore: a Muscat reader's shared Omnivore article -------------------------------------------------------------
OM_HOST = 'https://omnivore.app'
OM_USER = 'muscat_notes'
OM_WHO = 'دفتر قراءات من روي'
OM_ALSO = 'في مكتبتي مقال أقدم يوطّئ للقضية:'
OM_SOURCE = 'احتفظت المكتبة بنص المقال كما نشرته Sky News Arabia'
OM_EDITED = 'أعادت المكتبة جلب المقال من مصدره فتغيّرت فيه جملة، {date}'
OM_RELATED = 'في المكتبة مقالات تقاسم هذا المقال موضوعه'
OM_RECENT = 'أضيف إلى المكتبة منذ ساعات'
OM_NOTE = 'ظلّلت سطرين للرجوع إليهما لاحقاً'
OM_LABELS = ['Newsletter', 'عالم', 'للمراجعة']


def render_omnivore(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'omnivore'
    pub, draw = extra['at'], extra['draw']
    rel, recent = others[:4], extra['more'][:5]
    mod, upd_day = updates(kind, k, pub, draw, (1, 3))
    now = saved(kind, pub, draw, mod, upd_day, days=0, hours=draw['saved_hours'])
    href = lambda t: f'{OM_HOST}/@{OM_USER}/{hex_id("om " + t)[:10]}-{hex_id("om2 " + t)[:8]}'  # noqa: E731
    edited = OM_EDITED.format(date=gulf(mod)) if k % 4 == 1 else ''
    age = en_ago(pub, now)
    rc_ages = [en_ago(t, now) for t in reversed(moments(kind, earlier(kind, now, hours=6), now, len(recent)))]
    note_age = en_ago(moments(kind, pub, now, 1)[0], now)
    also = f'<p>{OM_ALSO} <a href="{href(extra["also"])}">{esc(extra["also"])}</a></p>' if k % 2 == 0 else ''
    body = ''.join(with_block(paras, also, 1, '<p>{}</p>'))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
{head(title, lead_words(paras, 20), 'Omnivore', href(title), '', modified_meta(k, (3,), mod))}<meta name="twitter:card" content="summary_large_image">
</head>
<body>
<div id="__next">
<header class="HeaderContainer"><a class="Logo" href="{OM_HOST}/home">Omnivore</a> <a href="{OM_HOST}/home">Home</a> <a href="{OM_HOST}/library">Library</a> <a href="{OM_HOST}/login">Log in</a></header>
<div class="ReaderLayout">
<article class="ArticleContainer">
<div class="ArticleSubtitle"><a href="https://www.skynewsarabia.com/">skynewsarabia.com</a> <span>•</span> <span>By Sky News Arabia</span> <span>•</span> <time class="ArticleDate" datetime="{iso_z(pub)}">{age}</time></div>
<h1 class="ArticleTitle">{esc(title)}</h1>
<div class="ArticleSavedBy">Saved by <a href="{OM_HOST}/@{OM_USER}">{OM_WHO}</a></div>
<div id="readability-page-1" class="page" dir="rtl">
{body}
<p><em>{OM_SOURCE}</em></p>
{f'<p><strong>{edited}</strong></p>' if edited else ''}</div>
</article>
<div class="HighlightsNotes"><h3>Notebook</h3><div class="Note"><p>{OM_NOTE}</p><span class="NoteAge">{note_age}</span></div></div>
<div class="LabelsList">{" ".join(f'<span class="Label">{esc(x)}</span>' for x in OM_LABELS)}</div>
<section class="RelatedItems"><h3>{OM_RELATED}</h3><ul>{ul(rel, href)}</ul></section>
<section class="RecentlySaved"><h3>{OM_RECENT}</h3><ul>{"".join(f'<li><a href="{href(t)}">{esc(t)}</a> <span>{a}</span></li>' for t, a in zip(recent, rc_ages))}</ul></section>
</div>
<footer class="Footer">Omnivore © {now.year} · <a href="https://github.com/omnivore-app/omnivore">GitHub</a></footer>
</div>
</body>
</html>
'''
    without = [age, OM_WHO, OM_SOURCE, OM_NOTE, note_age, OM_RELATED, OM_RECENT] + OM_LABELS[1:] + recent + rc_ages + \
        rel[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- wallabag: a Sousse reader's shared wallabag article -------------------------------------------------------------
WB_HOST = 'https://wallabag.sousse-lecteur.example'
WB_INSTANCE = 'نسخة سوسة الخاصة من wallabag'
WB_ALSO = 'ضمن المحفوظات مقال أقدم يروي مقدمات الأمر:'
WB_SOURCE = 'حُفظ النص بحاله من Sky News Arabia'
WB_EDITED = 'استعاد صاحب الحساب المقال من مصدره بعد تعديله، {date}'
WB_RELATED = 'محفوظات أخرى في الحساب قريبة المضمون'
WB_TAGS = 'وسوم الحساب'
WB_MONTHS = 'محفوظات الأشهر الماضية'
WB_TAGLIST = ['سياسة', 'رياضة', 'تقنية', 'مطوّلات', 'للمشاركة']


def render_wallabag(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'wallabag'
    pub, draw = extra['at'], extra['draw']
    rel = others[:4]
    moved = (kind, k % 4) in MOVED
    mod, upd_day = updates(kind, k, pub, draw, (2, 0))
    now = saved(kind, pub, draw, mod, upd_day, days=2, hours=draw['saved_hours'])
    uid = lambda t: hex_id('wb ' + t)[:13]  # noqa: E731
    href = lambda t: f'{WB_HOST}/share/{uid(t)}'  # noqa: E731
    edited = WB_EDITED.format(date=tunis(mod)) if k % 4 == 2 else ''
    shown = wb_date(pub)
    minutes = f'{read_min(paras)} min'
    months = [f'{m:02d}/{y}' for y, m in months_before(pub, 4)]
    pub_meta = iso_z(pub) if moved else iso_local(pub)
    chunks = [esc(p) for p in paras]
    if k % 2 == 1:
        chunks.insert(min(2, len(chunks)), f'{WB_ALSO} <a href="{href(extra["also"])}">{esc(extra["also"])}</a>')
    chunks.append(f'<em>{WB_SOURCE}</em>')
    if edited:
        chunks.append(f'<strong>{edited}</strong>')
    text = '<br><br>\n'.join(chunks)
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
{head(title, lead_words(paras, 20), 'wallabag', href(title), pub_meta, modified_meta(k, (0,), mod))}<meta property="og:image" content="{WB_HOST}/img/appicon/apple-touch-icon-152.png">
<link rel="stylesheet" href="{WB_HOST}/wallassets/share.css">
</head>
<body class="entry">
<header class="header"><a class="brand" href="{WB_HOST}/">wallabag</a> <span class="instance">{WB_INSTANCE}</span></header>
<div id="article">
<header class="mbm"><h1>{esc(title)}</h1></header>
<aside class="tools"><ul class="tools"><li><a class="tool link" href="https://www.skynewsarabia.com/" title="Original"><span>skynewsarabia.com</span></a></li>
<li><i class="material-icons">timer</i> <span>Estimated reading time: {minutes}</span></li>
<li><i class="material-icons">today</i> <span>Published on {shown}</span></li></ul></aside>
<article dir="rtl">
<div class="content">{text}</div>
</article>
</div>
<div class="entry-related"><h3>{WB_RELATED}</h3><ul>{ul(rel, href)}</ul></div>
<div class="entry-tags"><h3>{WB_TAGS}</h3><p>{" ".join(f'<a href="{WB_HOST}/tag/list/{hex_id(t)[:6]}">{t}</a>' for t in WB_TAGLIST)}</p></div>
<div class="entry-archive"><h3>{WB_MONTHS}</h3><ul>{"".join(f'<li><a href="{WB_HOST}/archive/{m.replace("/", "-")}">{m}</a></li>' for m in months)}</ul></div>
<footer class="footer">Powered by <a href="https://wallabag.org">wallabag</a> · {now.year}</footer>
</body>
</html>
'''
    without = [WB_INSTANCE, shown, WB_SOURCE, WB_RELATED, WB_TAGS, WB_MONTHS] + WB_TAGLIST + months + rel[:2] + \
        ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- feedly: a Kuwaiti editor's Feedly entry page, the stream before the entry ---------------------------------------
FD_HOST = 'https://feedly.com'
FD_BOARD = 'لوحة محرر الجهراء'
FD_STREAM = 'تدفق المصادر المتابَعة، الأحدث أولاً'
FD_ALSO = 'وصلتنا من المصدر نفسه قبل ذلك مادة تفسّر السياق:'
FD_SOURCE = 'المادة كما وصلت من خلاصة Sky News Arabia'
FD_EDITED = 'حدّث المصدر المادة في خلاصته وجاءت بنصها الجديد، {date}'
FD_RELATED = 'مواد في اللوحة تنسج على منوال المادة المفتوحة'
FD_FEEDS = [('Sky News Arabia', 214), ('عالم الجهراء', 37), ('اقتصاد الكويت اليوم', 58), ('Tech Arabic', 12)]


def render_feedly(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'feedly'
    pub, draw = extra['at'], extra['draw']
    rel, stream = others[:4], extra['more'][:8]
    mod, upd_day = updates(kind, k, pub, draw, (1, 2))
    now = saved(kind, pub, draw, mod, upd_day, days=0, hours=draw['saved_hours'])
    eid = lambda t: f'{hex_id("fd " + t)[:12]}:{hex_id("fd2 " + t)[:7]}:{hex_id("fd3 " + t)[:8]}'  # noqa: E731
    href = lambda t: f'{FD_HOST}/i/entry/{eid(t)}'  # noqa: E731
    edited = FD_EDITED.format(date=gulf(mod)) if k % 4 == 1 else ''
    age = short_ago(pub, now)
    st_times = list(reversed(moments(kind, earlier(kind, now, hours=7), now, len(stream))))
    st_ages = [short_ago(t, now) for t in st_times]
    teasers = [teaser(t) for t in stream]
    if sum(len(x.split()) for x in teasers + stream) <= sum(len(p.split()) for p in paras):
        raise SystemExit(f'templates_set89: {slug}: the stream is not longer than the text')
    also = f'<p>{FD_ALSO} <a href="{href(extra["also"])}">{esc(extra["also"])}</a></p>' if k % 2 == 0 else ''
    body = ''.join(with_block(paras, also, 1, '<p>{}</p>'))
    shown_mod = mod if k % 4 in (1, 2) else pub
    items = ''.join(f'<div class="entry entry--titleOnly" data-entryid="{eid(t)}"><a class="EntryTitle" href="{href(t)}">{esc(t)}</a>'
                    f'<div class="EntrySummary">{esc(x)}</div><span class="ago" title="Published: {http_date(tm)}">{a}</span></div>'
                    for t, x, tm, a in zip(stream, teasers, st_times, st_ages))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>{esc(title)} | Feedly</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{esc(title)}">
<meta property="og:url" content="{href(title)}">
<meta property="og:site_name" content="Feedly">
{modified_meta(k, (2,), mod)}</head>
<body class="home">
<div id="feedlyFrame">
<nav class="LeftnavList"><a href="{FD_HOST}/i/my">Today</a> <a href="{FD_HOST}/i/saved">Read Later</a> <a href="{FD_HOST}/i/discover">Follow Sources</a>
<div class="LeftnavList__folder"><span>{FD_BOARD}</span><ul>{"".join(f'<li><a href="{FD_HOST}/i/subscription/{hex_id(f)[:8]}">{esc(f)}</a> <span class="count">{n}</span></li>' for f, n in FD_FEEDS)}</ul></div></nav>
<div id="feedlyPageFX"><section class="StreamPage"><h2>{FD_STREAM}</h2>{items}</section>
<div class="EntryContainer">
<article class="entry--selected" data-entryid="{eid(title)}">
<div class="entryHeader"><h1 class="entryTitle"><a href="https://www.skynewsarabia.com/" class="EntryTitleLink">{esc(title)}</a></h1>
<div class="EntryMetadata"><span class="EntryMetadataSource">Sky News Arabia</span> / <time datetime="{iso_local(pub)}" title="Published: {http_date(pub)}&#10;Received: {http_date(shown_mod)}">{age}</time></div></div>
<div class="entryBody"><div class="content" dir="rtl">
{body}
<p><em>{FD_SOURCE}</em></p>
{f'<p><strong>{edited}</strong></p>' if edited else ''}</div></div>
<div class="EntryToolbar"><button>Save to Board</button> <button>Mark as read</button> <a href="https://www.skynewsarabia.com/">Visit Website</a></div>
</article>
<section class="RelatedEntries"><h3>{FD_RELATED}</h3><ul>{ul(rel, href)}</ul></section>
</div></div>
<footer class="Footer">© {now.year} Feedly, Inc.</footer>
</div>
</body>
</html>
'''
    without = [FD_BOARD, FD_STREAM, age, FD_SOURCE, FD_RELATED] + [f for f, _ in FD_FEEDS[1:3]] + stream + teasers + \
        st_ages + rel[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- inoreader: a Tripoli desk's Inoreader article share page --------------------------------------------------------
IN_HOST = 'https://www.inoreader.com'
IN_WHO = 'مكتب الرصد في طرابلس'
IN_TICKER = 'نبض الخلاصات الليبية ساعة بساعة'
IN_ALSO = 'سبق لمكتبنا أن رصد مادة تمهد لهذه:'
IN_SOURCE = 'رصدها المكتب من خلاصة Sky News Arabia'
IN_EDITED = 'وصلت من الخلاصة صيغة معدّلة للمادة فحلّت محل الأولى، {date}'
IN_UPSELL = 'وفّر على نفسك الإعلانات مع Inoreader Pro'
IN_RELATED = 'رصدنا أيضاً مواد تتشعب عن موضوعها'
IN_FEED_MORE = 'جديد الخلاصة نفسها'


def render_inoreader(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'inoreader'
    pub, draw = extra['at'], extra['draw']
    rel, ticker, feed_more = others[:4], extra['more'][:5], extra['more'][5:9]
    moved = (kind, k % 4) in MOVED
    mod, upd_day = updates(kind, k, pub, draw, (0, 3))
    now = saved(kind, pub, draw, mod, upd_day, days=1, hours=draw['saved_hours'])
    aid = lambda t: int(hex_id('in ' + t)[:9], 16) % 90000000000 + 10000000000  # noqa: E731
    href = lambda t: f'{IN_HOST}/article/{hex_id("in2 " + t)[:16]}-{aid(t)}'  # noqa: E731
    edited = IN_EDITED.format(date=gulf(mod)) if k % 4 == 0 else ''
    stamp = ino_date(pub)
    tk_times = [hm(t) for t in reversed(moments(kind, earlier(kind, now, hours=4), now, len(ticker)))]
    fm_days = [en_short(earlier(kind, pub, days=i + 1)) for i in range(len(feed_more))]
    pub_meta = iso_z(pub) if moved else iso_local(pub)
    half = (len(paras) + 1) // 2
    also = f'<p>{IN_ALSO} <a href="{href(extra["also"])}">{esc(extra["also"])}</a></p>' if k % 2 == 1 else ''
    first = ''.join(with_block(paras[:half], also, 1, '<p>{}</p>'))
    rest = ''.join(f'<p>{esc(p)}</p>' for p in paras[half:])
    ld = {'@context': 'https://schema.org', '@type': 'Article', 'headline': title, 'datePublished': pub_meta,
          'dateModified': iso_z(mod) if k % 4 in (0, 3) else pub_meta,
          'publisher': {'@type': 'Organization', 'name': 'Sky News Arabia'}, 'url': href(title)}
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
{head(title, lead_words(paras, 20), 'Inoreader', href(title), pub_meta, modified_meta(k, (3,), mod))}<script type="application/ld+json">{ld_json(ld)}</script>
</head>
<body class="article_page">
<div id="header_pane"><a class="logo" href="{IN_HOST}/">Inoreader</a> <a href="{IN_HOST}/login">Sign in</a> <a class="btn" href="{IN_HOST}/signup">Sign up free</a></div>
<div class="ticker_wrap"><span class="ticker_title">{IN_TICKER}</span><ul class="ticker">{"".join(f'<li><span>{c}</span> <a href="{href(t)}">{esc(t)}</a></li>' for t, c in zip(ticker, tk_times))}</ul></div>
<div class="article_header_outer">
<div class="article_feed_title"><a href="{IN_HOST}/feed/https%3A%2F%2Fwww.skynewsarabia.com%2Frss">Sky News Arabia</a></div>
<h1 class="article_title"><a href="https://www.skynewsarabia.com/" target="_blank">{esc(title)}</a></h1>
<div class="article_sub_title"><span class="article_author">{IN_WHO}</span> · <span class="article_date" title="{iso_local(pub)}">{stamp}</span></div>
</div>
<div id="reader_pane"><div class="article_full_contents">
<div class="article_content" dir="rtl">
{first}
</div>
<div class="inno_upsell"><p>{IN_UPSELL}</p><a href="{IN_HOST}/pricing">Upgrade</a></div>
<div class="article_content" dir="rtl">
{rest}
<p><em>{IN_SOURCE}</em></p>
{f'<p><strong>{edited}</strong></p>' if edited else ''}</div>
<div class="article_footer_buttons"><a href="{IN_HOST}/star">Star</a> <a href="{IN_HOST}/share">Share</a> <a href="{IN_HOST}/save">Save to</a></div>
<div class="similar_articles"><h3>{IN_RELATED}</h3><ul>{ul(rel, href)}</ul></div>
<div class="feed_more"><h3>{IN_FEED_MORE}</h3><ul>{"".join(f'<li><a href="{href(t)}">{esc(t)}</a> <span>{d}</span></li>' for t, d in zip(feed_more, fm_days))}</ul></div>
</div></div>
<div id="footer">Inoreader © 2013-{now.year} · Innologica</div>
</body>
</html>
'''
    without = [IN_TICKER, IN_WHO, stamp, IN_UPSELL, IN_SOURCE, IN_RELATED, IN_FEED_MORE] + ticker + tk_times + feed_more + \
        fm_days + rel[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- newsblur: a Doha reader's NewsBlur blurblog shared story --------------------------------------------------------
NB_USER = 'dohareader'
NB_HOST = f'https://{NB_USER}.newsblur.com'
NB_BLOG = 'مدونة قارئ من الوكرة'
NB_SHARE = 'أشارككم القصة لأن تفاصيلها لافتة برأيي'
NB_ALSO = 'شاركت في المدونة قبلاً قصة تتقدمها زمنياً:'
NB_SOURCE = 'القصة من خلاصة Sky News Arabia كما التقطها NewsBlur'
NB_EDITED = 'التقط NewsBlur من الخلاصة صيغة أحدث للقصة، {date}'
NB_RELATED = 'قصص شاركتها وتتقاطع مع هذه'
NB_POPULAR = 'أكثر القصص قراءة بين أصحاب المدونات على NewsBlur'
NB_COMMENTS = [('hamad_q', 'ممنون لك يا بو خليفة'), ('Latifa', 'قرأتها صباحاً في خلاصتي أيضاً')]


def render_newsblur(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'newsblur'
    pub, draw = extra['at'], extra['draw']
    rel, popular, prev_next = others[:4], others[4:8], extra['more'][:2]
    mod, upd_day = updates(kind, k, pub, draw, (2, 1))
    now = saved(kind, pub, draw, mod, upd_day, days=1, hours=draw['saved_hours'])
    sid = lambda t: f'{hex_id("nb " + t)[:6]}'  # noqa: E731
    href = lambda t: f'{NB_HOST}/story/{hex_id("nb2 " + t)[:12]}/{sid(t)}'  # noqa: E731
    edited = NB_EDITED.format(date=gulf(mod)) if k % 4 == 2 else ''
    stamp = nb_date(pub)
    shared_at = moments(kind, pub, now, 1)[0]
    shared = f'{en_short(shared_at)} {ampm(shared_at)}'
    cm_days = [f'{en_short(t)} {ampm(t)}' for t in moments(kind, shared_at, now, len(NB_COMMENTS))]
    also = f'<p>{NB_ALSO} <a href="{href(extra["also"])}">{esc(extra["also"])}</a></p>' if k % 2 == 0 else ''
    body = ''.join(with_block(paras, also, 1, '<p>{}</p>'))
    comments = ''.join(f'<div class="NB-story-comment"><div class="NB-story-comment-username">{w}</div>'
                       f'<div class="NB-story-comment-date">{d}</div><div class="NB-story-comment-content">{c}</div></div>'
                       for (w, c), d in zip(NB_COMMENTS, cm_days))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
{head(title, lead_words(paras, 20), NB_BLOG, href(title), iso_local(pub), modified_meta(k, (1,), mod))}<link rel="alternate" type="application/rss+xml" href="https://www.newsblur.com/social/rss/{int(hex_id(NB_USER)[:6], 16)}/{NB_USER}">
</head>
<body class="NB-blurblog">
<div class="NB-header"><div class="NB-header-title"><a href="{NB_HOST}/">{NB_BLOG}</a></div><div class="NB-header-feed">A <a href="https://www.newsblur.com">NewsBlur</a> blurblog</div></div>
<div class="NB-story">
<div class="NB-story-header">
<div class="NB-story-date">{stamp}</div>
<h1 class="NB-story-title"><a href="https://www.skynewsarabia.com/">{esc(title)}</a></h1>
<div class="NB-story-feed"><img src="https://www.newsblur.com/rss_feeds/icon/{int(hex_id("sky")[:6], 16)}" alt=""> Sky News Arabia</div>
</div>
<div class="NB-story-shares"><div class="NB-story-comment NB-story-comment-share"><div class="NB-story-comment-username">{NB_USER}</div><div class="NB-story-comment-date">{shared}</div><div class="NB-story-comment-content">{NB_SHARE}</div></div></div>
<div class="NB-story-content" dir="rtl">
{body}
<p><em>{NB_SOURCE}</em></p>
{f'<p><strong>{edited}</strong></p>' if edited else ''}</div>
<div class="NB-story-comments">{comments}</div>
<div class="NB-story-related"><h3>{NB_RELATED}</h3><ul>{ul(rel, href)}</ul></div>
<div class="NB-story-prevnext"><a class="NB-prev" href="{href(prev_next[0])}">« {esc(prev_next[0])}</a> <a class="NB-next" href="{href(prev_next[1])}">{esc(prev_next[1])} »</a></div>
</div>
<div class="NB-sidebar"><h3>{NB_POPULAR}</h3><ol>{ul(popular, href)}</ol></div>
<div class="NB-footer">© {now.year} NewsBlur · <a href="{NB_HOST}/rss">RSS</a></div>
</body>
</html>
'''
    without = [NB_BLOG, stamp, NB_USER, shared, NB_SHARE, NB_SOURCE, NB_RELATED, NB_POPULAR] + \
        [c for _, c in NB_COMMENTS] + cm_days + prev_next + rel[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel + popular, without, upd_of(upd_day)


RENDER = {kind: spaced(set80.distinct(fn)) for kind, fn in (('pocket', render_pocket), ('instapaper', render_instapaper),
                                                             ('omnivore', render_omnivore), ('wallabag', render_wallabag),
                                                             ('feedly', render_feedly), ('inoreader', render_inoreader),
                                                             ('newsblur', render_newsblur))}
render = with_null_update(renderer(RENDER, 'templates_set89.py', 89))  # updated: null where none is declared


# --- the corpus and the driver ----------------------------------------------------------------------------
# Listed by a segmenter blind draw (tests/segmenter/blind86-draw.txt) when this set was written, beyond what set 87's
# MS_LEFT_OUT holds; no label of tests/segmenter/labels, tests/html/labels or ../shared/eval/dev and no other blind
# draw (blind87 included) named a Sky News Arabia record it did not hold. Frozen.
LABEL_NAMED = {'multisource': ('SK-internationalNews-958-20180415',)}
# The records set 87 (the last set to read the multisource channels) built its pages around, read off its
# pick_articles() when this set was written; the earlier sets' are in its list (set 88 read SaudiNewsNet's split
# files, not these; set 90, written at the same time, was not read).
EARLIER_SETS_READ = {
    'multisource': ('SK-economy-834-20180625', 'SK-economy-923-20180706', 'SK-internationalNews-2589-20180711',
                    'SK-internationalNews-2663-20180716', 'SK-internationalNews-2674-20180716',
                    'SK-internationalNews-2689-20180717', 'SK-internationalNews-2690-20180717',
                    'SK-internationalNews-2736-20180719', 'SK-internationalNews-2764-20180721',
                    'SK-middleEast-2713-20180701', 'SK-middleEast-274-20180313', 'SK-middleEast-2757-20180704',
                    'SK-middleEast-2772-20180705', 'SK-middleEast-2858-20180712', 'SK-middleEast-294-20180314',
                    'SK-middleEast-2960-20180718', 'SK-middleEast-2962-20180718', 'SK-middleEast-2963-20180718',
                    'SK-sport-2529-20180816', 'SK-sport-2559-20180818', 'SK-sport-2576-20180819',
                    'SK-sport-2583-20180903', 'SK-sport-2630-20180906', 'SK-sport-2668-20180909',
                    'SK-technology-519-20180427', 'SK-technology-63-20180223', 'SK-technology-635-20180506',
                    'SK-technology-659-20180512')}
MS_LEFT_OUT = frozenset(set87.MS_LEFT_OUT) | frozenset(LABEL_NAMED['multisource'] + EARLIER_SETS_READ['multisource'])


def ms_left_out(base):
    """A multisource record left out: by its full name (without ".txt") or by its name without the date."""
    stem = base[:-4] if base.endswith('.txt') else base
    return stem in MS_LEFT_OUT or stem.rsplit('-', 1)[0] in MS_LEFT_OUT


OPENINGS = {}  # a record's title: its first two lines (Feedly's stream excerpts), filled by records()


def records(corpus):
    """{'SkyNews': [...]}: the multisource TREC records of Sky News Arabia in sorted path order as sets 85 and 87 read
    them (templates_set12.trec_records()); the left-out ones left out."""
    out = {}
    for src in MS_SOURCES:
        recs = [r for r in trec_records(corpus, MS_FOLDER, (src,), set()) if not ms_left_out(os.path.basename(r['name']))]
        for r in recs:
            r['folder'] = os.path.basename(r['folder'])
            OPENINGS.setdefault(r['title'], ' '.join(r['lines'][:2]) or r['title'])
        out[src] = recs
    return out


def article_of(rec, source):
    """(name, title, paragraphs) when the record is an article (see the docstring), else None."""
    return set31_article_of(rec, source)


def pick_articles(sources, per_kind):
    """The pages' articles (templates_set24.pick_from_folders(); no kind's text is capped)."""
    return pick_from_folders(sys.modules[__name__], sources, per_kind, article_of, None, 0)


def page_time(n, kind, k, rec):
    """Page n's local publication time and the page's other draws (see the docstring)."""
    rng = random.Random(f'templates_set89 page {n}')
    first, last = datetime.date(2022, 1, 1), datetime.date(2024, 12, 31)
    drawn_day = first + datetime.timedelta(days=rng.randrange((last - first).days + 1))
    clock = (rng.randrange(7, 23), rng.randrange(60))
    draw = {'update': {'days': rng.randint(1, 2), 'hours': rng.randint(1, 9), 'minutes': rng.randint(5, 55)},
            'saved_hours': rng.randint(3, 9), 'saved_minutes': rng.randrange(60), 'count': rng.randint(300, 9000)}
    when = rec.get('when')
    if kind not in REPOSTED and isinstance(when, datetime.datetime):
        local = in_zone(kind, when)
    else:
        local = zone(kind, datetime.datetime.combine(drawn_day, datetime.time(*clock)))
    if (kind, k) in MOVED:
        h, m = MOVED[kind, k]
        local = zone(kind, local.replace(tzinfo=None, hour=h, minute=m, second=0))
        if local.astimezone(UTC).date() >= local.date():
            raise SystemExit(f'templates_set89: {kind}-{k}: not the day before in UTC')
    return local, draw


def wording_problems():
    """templates_set21's wording check of this file against make_templates.py, templates_set5..88.py and
    templates_set90.py where it exists."""
    earlier_sets = ['make_templates.py'] + [f'templates_set{i}.py' for i in range(5, 89)]
    if os.path.exists(os.path.join(HERE, 'templates_set90.py')):
        earlier_sets.append('templates_set90.py')
    return set21_wording(os.path.basename(__file__), earlier_sets)


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    wording = '--wording' in argv
    code = run_set(sys.modules[__name__], [a for a in argv if a != '--wording'], f'{MS_FOLDER}/SkyNews', 20261289, 24, 89,
                   relabel)
    if wording:
        problems = wording_problems()
        for problem in problems:
            print(f'templates_set89: {problem}', file=sys.stderr)
        if problems:
            print(f'{len(problems)} wording problems')
            return 1
    return code


if __name__ == '__main__':
    sys.exit(main())
