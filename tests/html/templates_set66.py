#!/usr/bin/env python3
"""Sealed HTML template set 66 (issue 14): seven more kinds of Arabic news pages, labelled by construction.

Written by a helper who did not change the HTML extractor's rules, did not read them (src/, include/, data/, bench/, nor
docs/segmenter.md, loader.md or markers.md), never ran akhbar on these pages (nor any other binary of that name, nor
anything under build* or bins), never built it and never ran git: the set stays sealed until it is scored once, and that
first score measures the rules on templates nobody tuned them for. The brief named Obsidian Publish, Craft.do, Softr,
Zendesk Guide, Freshdesk, Document360 and Nuclino. grep -il of "softr", "zendesk", "freshdesk", "document360" and
"nuclino" returned no file of make_templates.py or templates_set5..64.py. "obsidian" returned set 41, whose Quartz kind
is an Obsidian vault published with its graph panel and backlinks, the very page the brief described; so this set takes
another notes app of the same family that publishes notes as pages and that no set names (grep -il "trilium" returned
no file): Trilium Notes, a shared note page of its share feature. "craft" returned sets 16, 19, 31, 32, 43 and 61, every
hit Craft CMS (Pixel & Tonic's PHP CMS), not Craft.do, the documents app; grep -il of "craft.do" and "craftdocs"
returned no file, so Craft.do stays. Set 65, written at the same time by another helper, was not read. The seven:
Trilium Notes (a shared note with its share tree), Craft.do (a shared document page), Softr (a no-code app: the
list-details page of a blog item), Zendesk Guide (a help center, Copenhagen theme: an announcement article with its
sidebar, votes, related articles and comments), Freshdesk (a support portal: a solution article page), Document360 (a
knowledge base article page with its category tree) and Nuclino (a shared wiki item page). Every chrome sentence is new
wording: --wording checks that no run of three Arabic words of a string of this file, docstrings aside, appears, after
templates_set5.fold()'s letter folding, in the string constants of make_templates.py, templates_set5..64.py and
templates_set65.py where it exists (templates_set21.wording_problems()). The chrome is Arabic (a Seeb science teacher's
notes, a Doha press-review desk, a Basra youth newsroom, a Riyadh broadband provider's help center, an Oran e-learning
platform's support portal, a Dubai freight firm's knowledge base, a Shuwaikh campus radio's wiki), with what the
platforms leave in English: Trilium's "parent:", "Child notes:" and its journal's day notes ("09 - Saturday" under "03 -
March"); Craft's "Try Craft" and "Made with Craft"; Softr's date field "Mar 4, 2024" and "Made with Softr"; Zendesk's
"Return to top", the share links and "Powered by Zendesk"; Freshdesk's "Login", "Sign up", "Home", "Solutions", "New
support ticket", "Solution home", "Print", "Modified on: Mon, 4 Mar, 2024 at 2:30 PM", "Yes", "No" and "Help Desk
Software powered by Freshdesk"; Document360's "Home", "Knowledge base", "API documentation", "Categories", "Published
on Mar 4, 2024", "Updated on ...", "N Minutes to read", "Was this article helpful?", "Yes", "No", "Related articles",
"Previous", "Next" and "Powered by Document360"; Nuclino's "Created by NAME · Mar 4, 2024, 2:30 PM", "Recently edited"
and "Mentioned in".

The kinds and what each page holds:
  trilium    a Seeb science teacher's notes shared from Trilium Notes (Asia/Muscat; CNN Arabic's nahla files), its
             share template (page.ejs): #layout, #main: nav#parentLink "parent: DD - Weekday" (the journal's day
             note), <h1 id="title">, #content.ck-content: the teacher's line "دوّنتُ هذه القراءة DAY DATE، الساعة HH:MM"
             (the article's only visible date), the text (on even pages "وفي صفحات الدفتر الأولى قراءة تمهّد لهذه:" and a
             link: read-also), the source line, page 1 "عدتُ إلى الملاحظة يوم DATE فزدت عليها سطوراً" (updated), "قراءات
             في الدفتر يجمعها بهذه خيط واحد" (four reference links: related); nav#childLinks "Child notes:" (three
             lesson tasks); then nav#menu, the share tree: the notebook's name, its book, the journal: year, month and
             the day notes of five earlier days, each with another headline (not related), then the article's day
             note; Open Graph and article:published_time with the local offset, added by the owner's share template
             (page 3's update only in article:modified_time)
  craftdo    a Doha press-review desk's shared document on Craft (Asia/Qatar; SaudiNewsNet's JSON records), a Next.js
             page: the share header (the space's name, "Try Craft"); main.document: <h1 class="block block--title">,
             a caption block "أعدّ الملخص زميلنا في المكتب يوم DAY DATE عند HH:MM" (the article's only visible date), a
             callout saying where the text comes from, one block a paragraph (on odd pages a callout block "ضمن
             ملفات الرصد وثيقة أقدم تسند هذه القراءة:" and a link: read-also), page 2 "حدّثنا محتوى الوثيقة في DATE
             بعد مراجعة ثانية" (updated); "وثائق رصد تقاسم هذه همّها" (four page cards: related); a toggle "رزمة الرصد
             السابقة" (four other headlines with earlier days: not related); "مواعيد اجتماع المكتب" (three meetings on
             later days); a caption; "Made with Craft"; __NEXT_DATA__ holds the document whole again (its blocks,
             created in UTC, lastModified: the publication's but on pages 0 and 2 the update's, page 0's update only
             there); no article:published_time
  softr      a Basra youth newsroom's app built with Softr (Asia/Baghdad; CNN Arabic's nahla files), the
             article-details page, one block a section: header1 (the name, the nav, "البصرة، DAY DATE": the saved day);
             list-details1 OUTSIDE the text's blocks: the tag "فريق التحرير", <h1>, the date field "Mar 4, 2024" (the
             article's only visible date); the text split over SIBLING blocks: rich-text1 the first half, cta1 a
             newsletter call "كن من قرّاء رسالتنا المسائية" between, rich-text2 the rest (on odd pages "نشرت الغرفة قبل
             مدة مادة تشرح خلفية هذه:" and a link: read-also), the source line, page 0 "بدّل محررو الغرفة جملاً من
             المادة يوم DATE" (updated); list2 "مواد تمشي مع هذه في خط واحد" (four: related); list3 "أضيف إلى المقالات
             هذا الأسبوع" (four other headlines with later dates: not related); footer1 with the year; "Made with
             Softr"; article:published_time with the local offset (in UTC on page 2; page 2's update only in
             article:modified_time)
  zendesk    a Riyadh broadband provider's Zendesk Guide help center, Copenhagen theme (Asia/Riyadh; SaudiNewsNet's
             JSON records): the header (the name, "افتح تذكرة دعم", "دخول المشتركين"), the breadcrumbs, the search;
             .article-container: aside.article-sidebar BEFORE the article in source order, "بقية إعلانات هذا القسم"
             (six other headlines: not related); article.article: <h1 class="article-title">, the author "فريق
             التواصل" and <time datetime> in UTC showing "DATE HH:MM" (on page 2 only a relative age in Arabic, moment's
             fromNow() over it), page 3 "حرّر فريق التواصل هذا الإعلان في DATE" in the meta (updated); .article-body: the
             text (on even pages "للاستزادة، راجع إعلاناً سابقاً لنا:" and a link: read-also), the source line; the
             share links, the votes "هل أفادك هذا الإعلان؟" with their count, "ما زال لديك استفسار؟"; "إعلانات تقرأ مع
             هذا" (four: related); "صفحات فتحتها أنت قبل قليل" (two other headlines: not related); "ملاحظات العملاء"
             (three comments with later dates); the footer with the year and "Powered by Zendesk";
             article:published_time in UTC (page 1's update only in article:modified_time)
  freshdesk  an Oran e-learning platform's Freshdesk support portal (Africa/Algiers; CNN Arabic's nahla files), its
             classic portal layout: the banner (the portal's name, not a heading, "مرحباً بكم في فضاء الدعم", Login, Sign
             up), the tabs, the search, the status line "حالة خوادم المنصة عند DATE، HH:MM: كل الخدمات تعمل" (the saved
             moment, Algerian month names); section.article-view: the breadcrumb (Solution home, the category, the
             folder), <h1 class="heading">, "Modified on: Mon, 4 Mar, 2024 at 2:30 PM" (the publication; on page 1 the
             update), article#article-body: each paragraph a <div dir="rtl"> and the paragraphs separated only by
             empty <div dir="rtl"><br></div> (on odd pages "وضعنا في هذا الفضاء سابقاً حلاً يوضح الخلفية:" and a link:
             read-also), the source line, page 1 "صدرت هذه المقالة في الفضاء أول مرة في DAY DATE، HH:MM" (the only
             visible publication date there; updated); the votes "هل وجدت ما تبحث عنه هنا؟" Yes No; the sidebar "حلول
             يرجع إليها قارئ هذه المقالة" (four: related) and "في المجلد ذاته أيضاً" (five other headlines: not
             related) with its count; the footer links, the year and "powered by Freshdesk"; article:published_time
             with the local offset (page 2's update only in article:modified_time)
  doc360     a Dubai freight firm's Document360 knowledge base (Asia/Dubai; SaudiNewsNet's JSON records): the header
             (the name, the nav); the category tree BEFORE the article in source order ("Categories", four categories,
             seven other headlines and the article's own title: not related); main: the breadcrumb, <h1
             class="article-title">, "Published on Mar 4, 2024" (page 0 also "Updated on DATE"), "أعدّها قسم الاتصال
             المؤسسي", "N Minutes to read"; the article content (on odd pages an info box "في الفئة نفسها ملخص سابق يحسن
             ربطه بهذا:" and a link: read-also), the source line, page 0 "نقّح قسم الاتصال عبارات المقالة يوم DATE"
             (updated); "Was this article helpful?"; "Related articles" with "ملخصات تكمّل ما قرأته" (four: related);
             Previous and Next (two other headlines: not related); the right panel "جديد القاعدة هذا الشهر" (three
             notes with earlier dates); the footer with the year and "Powered by Document360"; a TechArticle JSON-LD
             and article:published_time with the local offset (both in UTC on page 1; page 3's update only in
             article:modified_time and the JSON-LD's dateModified)
  nuclino    a Shuwaikh campus radio's public Nuclino workspace (Asia/Kuwait; CNN Arabic's nahla files), an item page:
             the sidebar BEFORE the item in source order (the workspace's name, "يبث الآن: برنامج صباح الحرم", the
             cluster "نشرات مقروءة على الهواء": six other headlines and the item's title, not related; "Recently edited":
             three other headlines with relative ages in Arabic over <time datetime>: not related); main.item-view:
             <h1 class="item-title">, "Created by Hessa A. · Mar 4, 2024, 2:30 PM" (on page 3 only a relative age in
             Arabic over a <time datetime> in UTC); the item content (on even pages "قرأنا في حلقة ماضية نصاً يوضح
             البداية:" and a link: read-also), the source line, page 2 "غيّرت هيئة البرامج بعض عبارات النص في DATE"
             (updated), "بنود الويكي المتصلة بهذا البند" (four: related); "Mentioned in" (two other headlines: not
             labelled related, a backlinks pane); window.__INITIAL_STATE__ holds the item whole again (its text,
             createdAt in UTC, lastUpdatedAt: the publication's but on pages 1 and 2 the update's, page 1's update only
             there and in article:modified_time); article:published_time in UTC

The texts and how they were picked: SaudiNewsNet's JSON records (CORPUS/saudinewsnet/json/2015-07-22.json, the folder's
one JSON file; craftdo, zendesk, doc360) read as sets 35, 39 and 61 read them: each page's headline the record's title,
its paragraphs the record's lines of 12 words or more (at least six, the first eight kept; no record whose title is a
saudinewsnet/split file's title, nor an earlier record's, nor one holding a teaser marker), its time the record's
date_extracted (Riyadh time) made local in the kind's zone; FOLDERS name the record's paper (its source field).
nahla-scraper's split files of CNN Arabic (CORPUS/nahla-scraper/split/nahla_cnnarabic_*.txt; trilium, softr, freshdesk,
nuclino) read as sets 33, 61 and 64 read them (templates_set33.article_of(), set 29's reading: CNN Arabic's day from its
URL; at least six paragraphs; Misbar's files, Aljazeera's and Fatabyyano's are not read); FOLDERS name CNN Arabic's
sections. A text of fewer than six paragraphs gets, besides the openings, eight words from the middle of its longest
paragraphs (templates_set32.relabel()); a CNN Arabic lead's dateline is metadata (set 29's relabel(), through
templates_set48.relabel() as sets 48 to 64 apply it). A JSON record keeps its time (some fall just after local
midnight: their UTC times are the day before, and the label holds the local day); a nahla text keeps its day and takes
a drawn clock time. Page N (counted over the whole set, kinds in the order above) has a generator,
random.Random("templates_set66 page N"), that draws, in this order, a day (used by no record here: every one has its
day), a clock time (07:00 to 22:59), the update's delay (1 to 2 days, 1 to 9 hours, 5 to 55 minutes), the hours and
minutes before the page was saved (its "today", comments, ages, status lines and later lists fall between publication
and that moment; a page is always saved after its own update) and a count. Zones (none with summer time in 2015 or
2023-2024): Muscat's and Dubai's +04:00, Doha's, Baghdad's, Riyadh's and Kuwait's +03:00, Algiers' +01:00; every page's
publication and update times are checked against zoneinfo when the set is written. Three pages are moved just after
local midnight, keeping their day, for a UTC trap (MOVED): softr-2 (00:20 in Baghdad; article:published_time in UTC,
the date field the local day), doc360-1 (00:15 in Dubai; the JSON-LD's datePublished and article:published_time in UTC,
"Published on" the local day) and nuclino-3 (00:25 in Kuwait; its only visible date a relative age over a <time
datetime> in UTC, __INITIAL_STATE__'s createdAt in UTC); each is the day before in UTC (checked when the set is written)
and the label holds the local day. Two pages of each kind are updated (14 of 28): one shows the update, the other
declares it only in metadata or a JSON state; the other pages carry updated null and declare no modified time later
than their publication (where a JSON state carries one, it is the publication's). Every page shows dates that are not
the article's: a journal's other day notes, meetings' later days, an archive's earlier days, a header's "today",
latest lists' dates, comments' stamps, a status line's moment, a knowledge base's news dates, relative ages of other
items, footers' years.

Each kind carries a related list (labelled related, in page order) and lists that look related but are not (a share
tree of day notes, a document's earlier press-review bundle, an app's latest items, a help center's section sidebar and
recently viewed articles, a folder's other articles, a category tree and previous/next links, a wiki's cluster,
recently edited items and backlinks), and every other page (14) an inline read-also line, callout, info box or link in
new wording. Every kind is hard in structure in a way real pages are: the Trilium page's share tree of day notes and other notes' titles is as
long as a list of headlines and its only visible date is the teacher's own line in the note; the Craft page's text is
held whole again in __NEXT_DATA__ and its date is a caption block; the Softr page's headline and date stand in a block
OUTSIDE the text's blocks, and the text is split over sibling blocks with a call to action between them; the Zendesk
page's section sidebar of six headlines comes BEFORE the article, three comments follow it, and page 2's only date is
a relative age; the Freshdesk page's paragraphs are separated only by empty <div><br></div>, its "Modified on" line on
page 1 shows the update, and the publication is written only in a line at the end of the text; the Document360 page's
category tree comes BEFORE the article; the Nuclino page's sidebar comes BEFORE the item, the item is held whole again
in __INITIAL_STATE__, and page 3's only date is a relative age.

Labels (the format of tests/html/labels): title (the <h1>), published (the local date in the kind's zone), updated (the
local date where the page shows or declares an update: 14 of the 28 pages; null elsewhere), body_with = the opening of
each paragraph (templates_set5.opening(); for a text of fewer than six paragraphs, eight words from the middle of its
longest paragraphs are added, templates_set32.relabel(); a CNN Arabic lead's dateline is metadata), body_without =
visible chrome texts, bylines, date lines and ages, update notes, source lines, comments, tree and menu entries, other
stories' headlines, the first two related headlines, read_also, related (headed related lists only, in page order).

Left out (frozen, so that later labels do not shift the set): the records and files a label of tests/segmenter/labels,
tests/html/labels or ../shared/eval/dev names or a segmenter blind draw (tests/segmenter/blind*-draw.txt, blind62 and
blind63 included) lists: set 61's SAUDI_LEFT_OUT (set 39's, which holds set 35's and through it those of sets 20, 28
and 32, the earlier sets that read the JSON file) and set 64's NAHLA_LEFT_OUT (set 61's, which holds set 58's and
through it those of the earlier sets that read CNN Arabic and Misbar: 16, 17, 19, 23, 29, 33, 37, 38, 43, 45, 48, 52 and 56),
and LABEL_NAMED here for the names found in them when this set was written that those lists did not hold (a JSON
record by its index, read from a label's "file" and "record" or its name "saudinewsnet-json-N"; a nahla name by its
number, a "csv-N" name or a CSV draw of record N standing for the split file N); and the texts earlier sets built pages
around: those lists, and EARLIER_SETS_READ here, set 61's twelve JSON records and set 64's sixteen CNN Arabic files, read
off their pick_articles() when this set was written (set 61 was the last set to read the JSON file and set 64 the last
to read CNN Arabic's files; sets 62 and 63 read neither; set 65, written at the same time, was not read). A nahla file
whose headline is a left-out file's is dropped; a JSON record whose title is a left-out record's is unusable. Page k of
a kind takes the first article of FOLDERS[kind][k] or of the kind's next folders that no page took before
(templates_set24.pick_from_folders()). Other stories' headlines are the titles of the records of the same source that
follow the text's, wrapping around (templates_set14.following()): the first 11 shuffled by random.Random(20261266), one
shuffle a page, then the rest in order (the read-also is the 12th, trees, sidebars, latest lists and the like from the
14th on; 24 are read a page).

Usage: templates_set66.py OUT_DIR [--corpus DIR] [--per-kind 4] [--kinds a,b] [--wording]
writes OUT_DIR/pages/KIND-N.html and OUT_DIR/labels/KIND-N.json (templates_set24.run_set()), checks every labelled text
against the page's visible text, the link and balance checks, the zones against zoneinfo; with --wording also the
wording check over make_templates.py, templates_set5..64.py and templates_set65.py where it exists. The output is the
same byte for byte from run to run."""
import datetime
import json
import os
import random
import sys

sys.dont_write_bytecode = True  # the set writes nothing beside itself (no __pycache__ of the sets it imports)
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
# Helpers, calendar data, the corpus readers and the frozen left-out lists only; no chrome sentence of the earlier sets.
import templates_set33 as set33  # noqa: E402
from templates_set5 import DAYS, esc  # noqa: E402
from templates_set10 import EN_MONTHS, renderer  # noqa: E402
from templates_set12 import DZ_MONTHS  # noqa: E402
from templates_set14 import usable_title  # noqa: E402
from templates_set15 import outside, upd_of  # noqa: E402
from templates_set19 import MARKERS, iso_z, lead_words, zone_helpers  # noqa: E402
from templates_set20 import clean, split_titles  # noqa: E402
from templates_set21 import with_null_update  # noqa: E402
from templates_set21 import wording_problems as set21_wording  # noqa: E402
from templates_set23 import hex_id, spaced  # noqa: E402
from templates_set24 import moment_helpers, page_helpers, pick_from_folders, read_minutes, run_set  # noqa: E402
from templates_set39 import JSON_FILE  # noqa: E402
from templates_set48 import EN_DAYS, EN_SHORT, ld_json, relabel  # noqa: E402
from templates_set60 import also_line, gulf, hm, iso_local, with_block  # noqa: E402
from templates_set61 import SAUDI_LEFT_OUT as SET61_SAUDI_LEFT_OUT, ar_ago  # noqa: E402
from templates_set64 import NAHLA_LEFT_OUT as SET64_NAHLA_LEFT_OUT  # noqa: E402

KINDS = ('trilium', 'craftdo', 'softr', 'zendesk', 'freshdesk', 'doc360', 'nuclino')
UTC = datetime.timezone.utc
ZONES = {'trilium': (4, []), 'craftdo': (3, []), 'softr': (3, []), 'zendesk': (3, []), 'freshdesk': (1, []),
         'doc360': (4, []), 'nuclino': (3, [])}
TZ = {'trilium': 'Asia/Muscat', 'craftdo': 'Asia/Qatar', 'softr': 'Asia/Baghdad', 'zendesk': 'Asia/Riyadh',
      'freshdesk': 'Africa/Algiers', 'doc360': 'Asia/Dubai', 'nuclino': 'Asia/Kuwait'}
NAHLA_FOLDER = 'nahla-scraper/split'
SOURCE = {'trilium': 'nahla', 'craftdo': 'snn', 'softr': 'nahla', 'zendesk': 'snn', 'freshdesk': 'nahla',
          'doc360': 'snn', 'nuclino': 'nahla'}
FOLDERS = {'trilium': ('science-and-health', 'travel', 'style', 'science-and-health'),
           'craftdo': ('aawsat', 'okaz', 'alwatan', 'aawsat'),
           'softr': ('sport', 'style', 'world', 'sport'),
           'zendesk': ('alwatan', 'aawsat', 'almadina', 'aawsat'),
           'freshdesk': ('style', 'entertainment', 'science-and-health', 'middle-east'),
           'doc360': ('okaz', 'aawsat', 'alwatan', 'aawsat'),
           'nuclino': ('world', 'style', 'sport', 'science-and-health')}
MOVED = {('softr', 2): (0, 20), ('doc360', 1): (0, 15), ('nuclino', 3): (0, 25)}
offset_hours, zone, in_zone, later, earlier = zone_helpers(ZONES)
between, saved_after = moment_helpers(in_zone, later)
updates, saved, moments = page_helpers(later, between, saved_after, page_of=lambda k: k % 4)


def modified_meta(k, pages, mod):
    return f'<meta property="article:modified_time" content="{iso_z(mod)}">\n' if k % 4 in pages else ''


def clock12(t):
    h = t.hour % 12 or 12
    return f'{h}:{t.minute:02d} {"AM" if t.hour < 12 else "PM"}'


def dz(t):
    return f'{t.day} {DZ_MONTHS[t.month - 1]} {t.year}'


def day_line(t):
    return f'{DAYS[t.weekday()]} {gulf(t)}'


# --- trilium: a Muscat science teacher's notes shared from Trilium Notes (its share page) -----------------------------
TR_SITE = 'دفتر معلمة العلوم في السيب'
TR_HOST = 'https://notes.seeb-teacher.example'
TR_ROOT = 'مذكرات الصف والقراءة'
TR_JOURNAL = 'اليوميات'
TR_WHEN = 'دوّنتُ هذه القراءة {date}، الساعة {time}'
TR_ALSO = 'وفي صفحات الدفتر الأولى قراءة تمهّد لهذه:'
TR_SOURCE = 'النص منقول بتمامه عن CNN بالعربية، أحتفظ به لحصص المناقشة'
TR_EDITED = 'عدتُ إلى الملاحظة يوم {date} فزدت عليها سطوراً'
TR_RELATED = 'قراءات في الدفتر يجمعها بهذه خيط واحد'
TR_TODO_HEAD = 'مهام الحصص القادمة'
TR_TODO = ['تجهيز ورقة عمل عن الخلية', 'تصحيح دفاتر الصف التاسع', 'موعد زيارة المختبر']


def tr_day_title(t):
    """Trilium's day-note title, "04 - Monday" (its journal's default, in English)."""
    return f'{t.day:02d} - {EN_DAYS[t.weekday()]}'


def render_trilium(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'trilium'
    pub, draw = extra['at'], extra['draw']
    rel, tree_items = others[:4], extra['more'][:5]
    mod, upd_day = updates(kind, k, pub, draw, (1, 3))
    now = saved(kind, pub, draw, mod, upd_day, days=2, hours=draw['saved_hours'])
    nid = lambda t: hex_id('tr ' + t)[:12]  # noqa: E731
    path = lambda t: f'{TR_HOST}/share/{nid(t)}'  # noqa: E731
    when = TR_WHEN.format(date=day_line(pub), time=hm(pub))
    edited = TR_EDITED.format(date=gulf(mod)) if k % 4 == 1 else ''
    also = also_line('tr-also', TR_ALSO, path(extra['also']), extra['also']) if k % 2 == 0 else ''
    body = f'<p><em>{when}</em></p>' + ''.join(with_block(paras, also, 2, '<p>{}</p>')) + f'<p><em>{TR_SOURCE}</em></p>' + \
        (f'<p><strong>{edited}</strong></p>' if edited else '')
    rel_html = ''.join(f'<li><a class="reference-link type-text" href="./{nid(t)}">{esc(t)}</a></li>' for t in rel)
    body += f'<h3>{TR_RELATED}</h3><ul>{rel_html}</ul>'
    # the journal's day notes around the article's: earlier days of the month (or the month before), one note each
    days = [pub - datetime.timedelta(days=2 * (i + 1)) for i in range(len(tree_items))][::-1]
    day_titles = [tr_day_title(d) for d in days] + [tr_day_title(pub)]

    def item(t, cls='type-text', inner='', active=False):
        a = f'<a class="{cls}{" active" if active else ""}" href="./{nid(t)}">{esc(t)}</a>'
        return f'<li>{a}{inner}</li>'
    months = {}
    for d, dt, t in zip(days + [pub], day_titles, tree_items + [title]):
        months.setdefault((d.year, d.month), []).append(item(dt, inner=f'<ul>{item(t, active=t == title)}</ul>'))
    years = {}
    for (y, m), notes in months.items():
        mt = f'{m:02d} - {EN_MONTHS[m - 1]}'
        years.setdefault(y, []).append(f'<li><a class="type-text" href="./{nid(f"{y} {mt}")}">{mt}</a><ul>{"".join(notes)}</ul></li>')
    month_titles = [f'{m:02d} - {EN_MONTHS[m - 1]}' for (_, m) in months]
    year_html = ''.join(f'<li><a class="type-text" href="./{nid(str(y))}">{y}</a><ul>{"".join(ms)}</ul></li>' for y, ms in years.items())
    tree = (f'<ul>{item(TR_ROOT, "type-book")}<li><a class="type-text" href="./{nid(TR_JOURNAL)}">{TR_JOURNAL}</a>'
            f'<ul>{year_html}</ul></li></ul>')
    todo = ''.join(f'<li><a class="type-text" href="./{nid(t)}">{t}</a></li>' for t in TR_TODO)
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="shortcut icon" href="../favicon.ico">
<script src="../app/share.js"></script>
<link href="../libraries/normalize.min.css" rel="stylesheet">
<link href="../stylesheets/share.css" rel="stylesheet">
<link href="../libraries/ckeditor/ckeditor-content.css" rel="stylesheet">
<meta property="og:title" content="{esc(title)}">
<meta property="og:description" content="{esc(lead_words(paras, 20))}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{iso_local(pub)}">
{modified_meta(k, (3,), mod)}<title>{esc(title)}</title>
</head>
<body data-note-id="{nid(title)}" data-ancestor-note-id="{nid(TR_ROOT)}">
<div id="layout">
<div id="main">
<nav id="parentLink">parent: <a href="./{nid(day_titles[-1])}" class="type-text">{day_titles[-1]}</a></nav>
<h1 id="title">{esc(title)}</h1>
<div id="content" class="type-text ck-content">{body}</div>
<nav id="childLinks" class="list"><hr><span>Child notes: </span><ul>{todo}</ul></nav>
</div>
<button id="toggleMenuButton"></button>
<nav id="menu"><p><a class="type-book" href="./{nid(TR_SITE)}">{TR_SITE}</a></p>{tree}</nav>
</div>
</body>
</html>
'''
    without = [TR_SITE, TR_ROOT, TR_JOURNAL, when, TR_SOURCE, TR_RELATED] + month_titles + day_titles + TR_TODO + \
        tree_items + rel[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- craftdo: a Doha press-review desk's shared document on Craft (craft.do/s/...) ----------------------------------------
CD_SPACE = 'مكتب الرصد الصحفي - الدوحة'
CD_HOST = 'https://www.craft.do'
CD_WHEN = 'أعدّ الملخص زميلنا في المكتب يوم {date} عند {time}'
CD_INTRO = 'ما يلي نقل حرفي لمادة نشرتها صحيفة سعودية، وضعناها في متناول فريق التحرير'
CD_ALSO = 'ضمن ملفات الرصد وثيقة أقدم تسند هذه القراءة:'
CD_EDITED = 'حدّثنا محتوى الوثيقة في {date} بعد مراجعة ثانية'
CD_RELATED = 'وثائق رصد تقاسم هذه همّها'
CD_MEETINGS = 'مواعيد اجتماع المكتب'
CD_MEET = ['اجتماع التخطيط الأسبوعي', 'مراجعة ملفات الشهر', 'لقاء مع فريق الترجمة']
CD_ARCHIVE = 'رزمة الرصد السابقة'
CD_FOOT = 'وثائق المكتب مخصصة لزملاء التحرير وحدهم'


def render_craftdo(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'craftdo'
    pub, draw = extra['at'], extra['draw']
    rel, archive = others[:4], extra['more'][:4]
    mod, upd_day = updates(kind, k, pub, draw, (2, 0))
    now = saved(kind, pub, draw, mod, upd_day, days=3, hours=draw['saved_hours'])
    bid = lambda t: hex_id('cd ' + t)[:8].upper() + '-' + hex_id('cd2 ' + t)[:4].upper()  # noqa: E731
    share = hex_id('cd ' + title)[:13]
    path = lambda t: f'{CD_HOST}/s/{hex_id("cdl " + t)[:13]}'  # noqa: E731
    when = CD_WHEN.format(date=day_line(pub), time=hm(pub))
    edited = CD_EDITED.format(date=gulf(mod)) if k % 4 == 2 else ''
    meet_at = [later(kind, now, days=i + 1) for i in range(len(CD_MEET))]
    meet_lines = [f'{m} - {day_line(d)}' for m, d in zip(CD_MEET, meet_at)]
    arch_at = [earlier(kind, pub, days=i + 1) for i in range(len(archive))]

    def block(inner, style='body', tag='div'):
        return f'<{tag} class="block block--{style}" data-block-id="{bid(inner[:40])}">{inner}</{tag}>'
    parts = [block(esc(p)) for p in paras]
    if k % 2 == 1:
        parts.insert(min(3, len(parts)), block(f'{CD_ALSO} <a class="link" href="{path(extra["also"])}">{esc(extra["also"])}</a>', 'callout'))
    blocks = ''.join(parts)
    cards = ''.join(f'<a class="page-card" href="{path(t)}" data-block-id="{bid(t)}"><span class="page-card__title">{esc(t)}</span></a>' for t in rel)
    arch = ''.join(f'<li><a class="link" href="{path(t)}">{esc(t)}</a> <span class="date-chip">{gulf(d)}</span></li>' for t, d in zip(archive, arch_at))
    meets = ''.join(f'<li class="block block--todo"><span class="checkbox"></span>{m}</li>' for m in meet_lines)
    modified = mod if k % 4 in (0, 2) else pub
    state = {'props': {'pageProps': {'share': {'id': share, 'spaceName': CD_SPACE, 'title': title,
                                               'created': iso_z(pub), 'lastModified': iso_z(modified),
                                               'blocks': [{'type': 'textBlock', 'style': 'body', 'content': p} for p in paras],
                                               'subPages': [{'title': t, 'url': path(t)} for t in rel]}}},
             'page': '/s/[shareId]', 'query': {'shareId': share}, 'buildId': 'craft-docs-web-4121'}
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta name="description" content="{esc(lead_words(paras, 20))}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:description" content="{esc(lead_words(paras, 20))}">
<meta property="og:site_name" content="Craft Docs">
<meta property="og:url" content="{CD_HOST}/s/{share}">
<meta property="og:image" content="{CD_HOST}/api/og/{share}.png">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/_next/static/css/6f1c2ab0d1e4.css">
</head>
<body>
<div id="__next">
<div class="share-page">
<header class="share-header"><div class="share-header__space">{CD_SPACE}</div><div class="share-header__actions"><a class="button" href="{CD_HOST}/signup">Try Craft</a></div></header>
<main class="document" data-document-id="{share}">
<h1 class="block block--title" data-block-id="{bid(title)}">{esc(title)}</h1>
{block(f"<em>{when}</em>", "caption")}
{block(CD_INTRO, "callout")}
{blocks}
{block(f"<strong>{edited}</strong>", "caption") if edited else ""}
{block(CD_RELATED, "heading", "h2")}
<div class="page-cards">{cards}</div>
<details class="block block--toggle"><summary>{CD_ARCHIVE}</summary><ul>{arch}</ul></details>
{block(CD_MEETINGS, "subheading", "h3")}
<ul class="todo-list">{meets}</ul>
{block(CD_FOOT, "caption")}
</main>
<footer class="share-footer">Made with <a href="{CD_HOST}">Craft</a></footer>
</div>
</div>
<script id="__NEXT_DATA__" type="application/json">{ld_json(state)}</script>
</body>
</html>
'''
    without = [CD_SPACE, when, CD_INTRO, CD_RELATED, CD_ARCHIVE, CD_MEETINGS, CD_FOOT] + meet_lines + archive + \
        [gulf(d) for d in arch_at] + rel[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- softr: a Basra youth newsroom's app built with Softr, the list-details page of a blog item ----------------------
SF_SITE = 'غرفة أخبار شباب البصرة'
SF_HOST = 'https://basra-youth.softr.app'
SF_NAV = ['الرئيسية', 'المقالات', 'الفريق', 'تواصل']
SF_TODAY = 'البصرة، {date}'
SF_BY = 'فريق التحرير'
SF_CTA_HEAD = 'كن من قرّاء رسالتنا المسائية'
SF_CTA = 'رسالة قصيرة كل مساء خميس بأبرز ما كتبه الفريق'
SF_CTA_BUTTON = 'أريد الاشتراك'
SF_ALSO = 'نشرت الغرفة قبل مدة مادة تشرح خلفية هذه:'
SF_SOURCE = 'المصدر: CNN بالعربية، أعدنا نشره كما هو'
SF_EDITED = 'بدّل محررو الغرفة جملاً من المادة يوم {date}'
SF_RELATED = 'مواد تمشي مع هذه في خط واحد'
SF_LATEST = 'أضيف إلى المقالات هذا الأسبوع'
SF_FOOT = 'مبادرة تطوعية لتدريب الصحفيين الشباب'


def sf_date(t):
    """Softr's date field as the list-details block shows it: "Mar 4, 2024"."""
    return f'{EN_SHORT[t.month - 1]} {t.day}, {t.year}'


def render_softr(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'softr'
    pub, draw = extra['at'], extra['draw']
    rel, latest = others[:4], extra['more'][:4]
    mod, upd_day = updates(kind, k, pub, draw, (0, 2))
    now = saved(kind, pub, draw, mod, upd_day, days=2, hours=draw['saved_hours'])
    rid = lambda t: 'rec' + hex_id('sf ' + t)[:14]  # noqa: E731
    path = lambda t: f'{SF_HOST}/article-details?recordId={rid(t)}'  # noqa: E731
    today = SF_TODAY.format(date=day_line(now))
    shown = sf_date(pub)
    edited = SF_EDITED.format(date=gulf(mod)) if k % 4 == 0 else ''
    half = (len(paras) + 1) // 2
    also = (f'<div class="sw-read-also">{SF_ALSO} <a href="{path(extra["also"])}">{esc(extra["also"])}</a></div>'
            if k % 2 == 1 else '')
    first = ''.join(f'<p>{esc(p)}</p>' for p in paras[:half])
    rest = ''.join(with_block(paras[half:], also, 0, '<p>{}</p>')) + f'<p><em>{SF_SOURCE}</em></p>' + \
        (f'<p><strong>{edited}</strong></p>' if edited else '')
    l_at = moments(kind, pub, now, len(latest))
    nav = ''.join(f'<a class="sw-nav-link" href="{SF_HOST}/{i}">{t}</a>' for i, t in enumerate(SF_NAV))
    cards = ''.join(f'<div class="sw-list-item"><a href="{path(t)}"><h3 class="sw-card-title">{esc(t)}</h3></a></div>' for t in rel)
    lat = ''.join(f'<div class="sw-list-item"><a href="{path(t)}"><h4 class="sw-card-title">{esc(t)}</h4></a><span class="sw-card-date">{sf_date(d)}</span></div>'
                  for t, d in zip(latest, l_at))
    meta_time = iso_z(pub) if k % 4 == 2 else iso_local(pub)
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | {SF_SITE}</title>
<meta name="description" content="{esc(lead_words(paras, 20))}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{path(title)}">
<meta property="article:published_time" content="{meta_time}">
{modified_meta(k, (2,), mod)}<link rel="stylesheet" href="https://assets.softr-files.com/assets/css/app.min.css">
<script>window.softrApplicationId = "{hex_id("sf app")[:8]}"; window.softrPageId = "article-details";</script>
</head>
<body class="softr-app">
<div id="header1" class="softr-block" data-block-type="header"><nav class="sw-navbar"><a class="sw-brand" href="{SF_HOST}/">{SF_SITE}</a>{nav}<span class="sw-header-date">{today}</span></nav></div>
<section id="list-details1" class="softr-block sw-list-details" data-block-type="list-details">
<div class="container"><span class="sw-tag">{SF_BY}</span><h1 class="sw-detail-title">{esc(title)}</h1><p class="sw-detail-date">{shown}</p></div>
</section>
<section id="rich-text1" class="softr-block sw-rich-text" data-block-type="rich-text"><div class="container sw-rich-text-body">{first}</div></section>
<section id="cta1" class="softr-block sw-cta" data-block-type="cta"><div class="container"><h3>{SF_CTA_HEAD}</h3><p>{SF_CTA}</p><a class="sw-button" href="{SF_HOST}/subscribe">{SF_CTA_BUTTON}</a></div></section>
<section id="rich-text2" class="softr-block sw-rich-text" data-block-type="rich-text"><div class="container sw-rich-text-body">{rest}</div></section>
<section id="list2" class="softr-block sw-list" data-block-type="list"><div class="container"><h2 class="sw-list-title">{SF_RELATED}</h2>{cards}</div></section>
<section id="list3" class="softr-block sw-list" data-block-type="list"><div class="container"><h2 class="sw-list-title">{SF_LATEST}</h2>{lat}</div></section>
<div id="footer1" class="softr-block" data-block-type="footer"><footer class="container"><p>© {now.year} {SF_SITE}. {SF_FOOT}</p></footer></div>
<a class="softr-badge" href="https://www.softr.io">Made with Softr</a>
</body>
</html>
'''
    without = [SF_SITE, today, SF_BY, shown, SF_CTA_HEAD, SF_CTA, SF_CTA_BUTTON, SF_SOURCE, SF_RELATED, SF_LATEST, SF_FOOT] + \
        outside(SF_NAV, paras) + latest + [sf_date(d) for d in l_at] + rel[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- zendesk: a Riyadh broadband provider's Zendesk Guide help center (Copenhagen theme), an announcement ---------------
ZD_SITE = 'مركز مساعدة شبكة الوادي'
ZD_HOST = 'https://help.alwadi-net.example'
ZD_CATEGORY = 'أخبار الشركة'
ZD_SECTION = 'إعلانات وتنبيهات'
ZD_SEARCH = 'اكتب سؤالك هنا'
ZD_SUBMIT = 'افتح تذكرة دعم'
ZD_SIGNIN = 'دخول المشتركين'
ZD_SIDE = 'بقية إعلانات هذا القسم'
ZD_AUTHOR = 'فريق التواصل'
ZD_ALSO = 'للاستزادة، راجع إعلاناً سابقاً لنا:'
ZD_SOURCE = 'ننقل هذا الخبر لعملائنا كما نشرته الصحافة المحلية'
ZD_EDITED = 'حرّر فريق التواصل هذا الإعلان في {date}'
ZD_VOTE = 'هل أفادك هذا الإعلان؟'
ZD_VOTE_YES = 'نعم، أفادني'
ZD_VOTE_NO = 'لم يفدني'
ZD_VOTE_COUNT = 'وجده {a} من أصل {b} مفيداً'
ZD_MORE = 'ما زال لديك استفسار؟'
ZD_RELATED = 'إعلانات تقرأ مع هذا'
ZD_RECENT = 'صفحات فتحتها أنت قبل قليل'
ZD_COMMENTS = 'ملاحظات العملاء'
ZD_REPLIES = [('أبو نايف', 'جزاكم الله خيراً، وصلتني المعلومة في وقتها'),
              ('مها القحطاني', 'أتمنى أن تصلنا هذه التنبيهات برسالة قصيرة كذلك'),
              ('عبدالإله', 'هل يشمل هذا مشتركي الألياف في حي الملقا؟')]
ZD_FOOT = 'شبكة الوادي لخدمات الإنترنت المنزلي'


def zd_date(t):
    return f'{gulf(t)} {hm(t)}'


def render_zendesk(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'zendesk'
    pub, draw = extra['at'], extra['draw']
    rel, side, recent = others[:4], extra['more'][:6], extra['more'][6:8]
    mod, upd_day = updates(kind, k, pub, draw, (3, 1))
    now = saved(kind, pub, draw, mod, upd_day, days=2, hours=draw['saved_hours'])
    aid = 36000000000000 + int(hex_id('zd ' + title)[:8], 16)
    path = lambda t: f'{ZD_HOST}/hc/ar/articles/{36000000000000 + int(hex_id("zd " + t)[:8], 16)}'  # noqa: E731
    relative = k % 4 == 2
    shown = ar_ago(pub, now) if relative else zd_date(pub)
    edited = ZD_EDITED.format(date=gulf(mod)) if k % 4 == 3 else ''
    also = also_line('zd-also', ZD_ALSO, path(extra['also']), extra['also']) if k % 2 == 0 else ''
    body = ''.join(with_block(paras, also, 1, '<p>{}</p>')) + f'<p><em>{ZD_SOURCE}</em></p>'
    upd_li = (f'<li class="meta-data">{edited} <time datetime="{iso_z(mod)}" title="{zd_date(mod)}" data-datetime="calendar"></time></li>'
              if edited else '')
    c_at = moments(kind, pub, now, len(ZD_REPLIES))
    comments = ''.join(f'<li class="comment" id="{aid + i}"><div class="comment-wrapper"><div class="comment-info"><div class="comment-author">'
                       f'<span class="comment-name">{who}</span><ul class="meta-group"><li class="meta-data"><time datetime="{iso_z(d)}" '
                       f'title="{zd_date(d)}" data-datetime="calendar">{zd_date(d)}</time></li></ul></div></div>'
                       f'<section class="comment-body">{text}</section></div></li>' for i, ((who, text), d) in enumerate(zip(ZD_REPLIES, c_at)))
    sidebar = ''.join(f'<li><a href="{path(t)}" class="sidenav-item">{esc(t)}</a></li>' for t in side)
    rel_html = ''.join(f'<li><a href="{path(t)}">{esc(t)}</a></li>' for t in rel)
    rec_html = ''.join(f'<li><a href="{path(t)}">{esc(t)}</a></li>' for t in recent)
    votes_b = 20 + draw['count'] % 40
    votes_a = votes_b - 3
    count = ZD_VOTE_COUNT.format(a=votes_a, b=votes_b)
    ago_script = ('<script>document.querySelectorAll("time[data-datetime=relative]").forEach(function(el){el.textContent=moment(el.dateTime).locale("ar").fromNow();});</script>\n'
                  if relative else '')
    page = f'''<!DOCTYPE html>
<html dir="rtl" lang="ar">
<head>
<meta charset="utf-8">
<title>{esc(title)} &ndash; {ZD_SITE}</title>
<meta content="width=device-width, initial-scale=1.0" name="viewport">
<link rel="canonical" href="{path(title)}">
<link rel="alternate" hreflang="ar" href="{path(title)}">
<meta property="og:image" content="https://theme.zdassets.com/theme_assets/1/logo.png">
<meta property="og:type" content="website">
<meta property="og:site_name" content="{ZD_SITE}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:description" content="{esc(lead_words(paras, 20))}">
<meta property="og:url" content="{path(title)}">
<meta property="article:published_time" content="{iso_z(pub)}">
{modified_meta(k, (1,), mod)}<link rel="stylesheet" href="//static.zdassets.com/hc/assets/application.css" media="all">
<script>window.HelpCenter = {{"account":{{"subdomain":"alwadinet"}},"user":{{"role":"anonymous","locale":"ar"}}}};</script>
</head>
<body class="community-enabled">
<header class="header"><div class="logo"><a title="الرئيسية" href="{ZD_HOST}/hc/ar">{ZD_SITE}</a></div>
<div class="nav-wrapper-desktop"><nav class="user-nav"><ul class="user-nav-list"><li><a class="submit-a-request" href="{ZD_HOST}/hc/ar/requests/new">{ZD_SUBMIT}</a></li>
<li><a class="sign-in" rel="nofollow" href="{ZD_HOST}/hc/ar/signin">{ZD_SIGNIN}</a></li></ul></nav></div></header>
<main role="main">
<div class="container-divider"></div>
<div class="container">
<div class="sub-nav"><nav aria-label="Current location"><ol class="breadcrumbs"><li title="{ZD_SITE}"><a href="{ZD_HOST}/hc/ar">{ZD_SITE}</a></li>
<li title="{ZD_CATEGORY}"><a href="{ZD_HOST}/hc/ar/categories/360001">{ZD_CATEGORY}</a></li><li title="{ZD_SECTION}"><a href="{ZD_HOST}/hc/ar/sections/360002">{ZD_SECTION}</a></li></ol></nav>
<div class="search-container"><form role="search" class="search" action="/hc/ar/search"><input type="search" name="query" placeholder="{ZD_SEARCH}"></form></div></div>
<div class="article-container" id="article-container">
<aside class="article-sidebar" aria-labelledby="section-articles-title"><div class="collapsible-sidebar"><h3 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">{ZD_SIDE}</h3>
<div class="collapsible-sidebar-body"><ul>{sidebar}</ul></div></div></aside>
<article id="main-content" class="article">
<header class="article-header"><h1 title="{esc(title)}" class="article-title">{esc(title)}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="https://assets.zendesk.com/hc/assets/default_avatar.png" alt="" class="user-avatar"></div>
<div class="article-meta"><span class="author">{ZD_AUTHOR}</span><ul class="meta-group"><li class="meta-data"><time datetime="{iso_z(pub)}" title="{zd_date(pub)}" data-datetime="{"relative" if relative else "calendar"}">{shown}</time></li>
{upd_li}</ul></div></div></header>
<section class="article-info"><div class="article-content"><div class="article-body">{body}</div>
<div class="article-attachments"></div></div>
<footer><div class="article-footer"><div class="article-share"><ul class="share"><li><a href="#" class="share-twitter">X</a></li><li><a href="#" class="share-linkedin">LinkedIn</a></li></ul></div></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">{ZD_VOTE}</h2>
<div class="article-votes-controls" role="group"><button type="button" class="button article-vote article-vote-up">{ZD_VOTE_YES}</button><button type="button" class="button article-vote article-vote-down">{ZD_VOTE_NO}</button></div>
<small class="article-votes-count"><span class="article-vote-label">{count}</span></small></div>
<div class="article-more-questions">{ZD_MORE} <a href="{ZD_HOST}/hc/ar/requests/new">{ZD_SUBMIT}</a></div>
<div class="article-return-to-top"><a href="#article-container">Return to top</a></div></footer>
<div class="article-relatives"><section class="related-articles"><h2 class="related-articles-title">{ZD_RELATED}</h2><ul>{rel_html}</ul></section>
<section class="recent-articles"><h2>{ZD_RECENT}</h2><ul>{rec_html}</ul></section></div>
<div class="article-comments" id="article-comments"><section class="comments"><header class="comment-overview"><h2 class="comment-heading">{ZD_COMMENTS}</h2></header>
<ul id="comments" class="comment-list">{comments}</ul></section></div>
</section>
</article>
</div>
</div>
</main>
<footer class="footer"><div class="footer-inner"><a title="الرئيسية" href="{ZD_HOST}/hc/ar">{ZD_SITE}</a><p>© {now.year} {ZD_FOOT}</p>
<div class="powered-by-zendesk"><a href="https://www.zendesk.com/service/help-center/">Powered by Zendesk</a></div></div></footer>
{ago_script}</body>
</html>
'''
    without = [ZD_SITE, ZD_CATEGORY, ZD_SECTION, ZD_SUBMIT, ZD_SIGNIN, ZD_SIDE, ZD_AUTHOR, shown, ZD_SOURCE, ZD_VOTE, ZD_VOTE_YES,
               ZD_VOTE_NO, count, ZD_MORE, ZD_RELATED, ZD_RECENT, ZD_COMMENTS, ZD_FOOT] + side + recent + \
        [w for w, _ in ZD_REPLIES] + [t for _, t in ZD_REPLIES] + [zd_date(d) for d in c_at] + rel[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- freshdesk: an Oran e-learning platform's Freshdesk support portal, a solution article page -----------------------
FD_SITE = 'منصة وهران للتعلم عن بعد'
FD_HOST = 'https://wahran-learn.freshdesk.com'
FD_WELCOME = 'مرحباً بكم في فضاء الدعم'
FD_SEARCH = 'عمّ تبحث اليوم؟'
FD_FOLDER = 'مستجدات يتابعها المتعلمون'
FD_CATEGORY = 'مقالات عامة'
FD_ALSO = 'وضعنا في هذا الفضاء سابقاً حلاً يوضح الخلفية:'
FD_SOURCE = 'نقلنا هذه المقالة من CNN بالعربية حرفياً'
FD_FIRST = 'صدرت هذه المقالة في الفضاء أول مرة في {date}'
FD_RELATED = 'حلول يرجع إليها قارئ هذه المقالة'
FD_FOLDER_LIST = 'في المجلد ذاته أيضاً'
FD_FOLDER_ALL = 'اعرض كل مقالات المجلد ({n})'
FD_HELPFUL = 'هل وجدت ما تبحث عنه هنا؟'
FD_FEEDBACK = 'شاركنا رأيك لنحسن المقالة'
FD_FOOT = 'الدعم متاح من الأحد إلى الخميس'
FD_STATUS = 'حالة خوادم المنصة عند {date}، {time}: كل الخدمات تعمل'


def fd_date(t):
    """Freshdesk's "Mon, 4 Mar, 2024 at 2:30 PM"."""
    return f'{EN_DAYS[t.weekday()][:3]}, {t.day} {EN_SHORT[t.month - 1]}, {t.year} at {clock12(t)}'


def render_freshdesk(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'freshdesk'
    pub, draw = extra['at'], extra['draw']
    rel, folder = others[:4], extra['more'][:5]
    mod, upd_day = updates(kind, k, pub, draw, (1, 2))
    now = saved(kind, pub, draw, mod, upd_day, days=2, hours=draw['saved_hours'])
    aid = 43000000000 + int(hex_id('fd ' + title)[:6], 16)
    path = lambda t: f'{FD_HOST}/ar/support/solutions/articles/{43000000000 + int(hex_id("fd " + t)[:6], 16)}'  # noqa: E731
    shown_mod = mod if k % 4 == 1 else pub
    modified = f'Modified on: {fd_date(shown_mod)}'
    first = FD_FIRST.format(date=f'{day_line(pub)}، {hm(pub)}') if k % 4 == 1 else ''
    parts = [f'<div dir="rtl">{esc(p)}</div>' for p in paras]
    if k % 2 == 1:
        parts.insert(min(2, len(parts)), f'<div dir="rtl">{FD_ALSO} <a href="{path(extra["also"])}" rel="noreferrer">{esc(extra["also"])}</a></div>')
    parts.append(f'<div dir="rtl"><em>{FD_SOURCE}</em></div>')
    if first:
        parts.append(f'<div dir="rtl"><strong>{first}</strong></div>')
    body = '<div dir="rtl"><br></div>'.join(parts)
    nav = ''.join(f'<a href="{FD_HOST}/ar/support/{h}" class="">{t}</a>' for h, t in (('home', 'Home'), ('solutions', 'Solutions'), ('tickets/new', 'New support ticket')))
    rel_html = ''.join(f'<li><div class="ellipsis"><a href="{path(t)}">{esc(t)}</a></div></li>' for t in rel)
    fold_html = ''.join(f'<li><div class="ellipsis"><a href="{path(t)}">{esc(t)}</a></div></li>' for t in folder)
    folder_all = FD_FOLDER_ALL.format(n=len(folder) + 7)
    status = FD_STATUS.format(date=dz(now), time=hm(now))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>{esc(title)} : {FD_SITE}</title>
<meta name="description" content="{esc(lead_words(paras, 20))}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:url" content="{path(title)}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{iso_local(pub)}">
{modified_meta(k, (2,), mod)}<link rel="canonical" href="{path(title)}">
<link rel="stylesheet" href="/assets/cdn/portal/styles/theme.css" type="text/css">
<script>var portal = {{"language":"ar","name":"{FD_SITE}","current_page":"article_view","current_tab":"solutions"}};</script>
</head>
<body>
<div class="page">
<header class="banner"><div class="banner-wrapper page"><div class="banner-title"><a href="{FD_HOST}/ar/support/home" class="portal-logo"><span class="portal-img"><i></i></span></a>
<span class="ellipsis heading portal-name">{FD_SITE}</span></div>
<nav class="banner-nav"><div class="welcome">{FD_WELCOME}</div><b><a href="{FD_HOST}/ar/support/login"><b>Login</b></a></b> <b><a href="{FD_HOST}/ar/support/signup"><b>Sign up</b></a></b></nav></div></header>
<nav class="page-tabs"><div class="nav-link" id="header-tabs">{nav}</div></nav>
<section class="help-center rounded-6"><div class="hc-search"><div class="hc-search-c"><form class="hc-search-form print--remove" autocomplete="off" action="/ar/support/search/solutions" id="hc-search-form"><div class="hc-search-input"><input placeholder="{FD_SEARCH}" type="text" name="term" class="special"></div></form></div></div>
<div class="hc-status"><p class="status-line">{status}</p></div>
<div class="hc-nav"><nav><div><a href="{FD_HOST}/ar/support/tickets/new" class="mobile-icon-nav-newticket new-ticket ellipsis">New support ticket</a></div></nav></div></section>
<div class="c-wrapper">
<section class="main content rounded-6 min-height-on-desktop fc-article-show" id="article-show-{aid}">
<div class="breadcrumb"><a href="{FD_HOST}/ar/support/solutions">Solution home</a> <a href="{FD_HOST}/ar/support/solutions/430001">{FD_CATEGORY}</a> <a href="{FD_HOST}/ar/support/solutions/folders/430002">{FD_FOLDER}</a></div>
<b class="page-stamp page-stamp-article"><b class="icon-page-article"></b></b>
<h1 class="heading">{esc(title)}</h1><a href="javascript:print();" class="solution-print--icon print--remove" title="Print this Article" arial-role="link"><span class="icon-print"></span><span class="text-print">Print</span></a>
<p>{modified}</p>
<hr>
<article class="article-body" id="article-body" rel="image-enlarge">{body}</article>
<hr>
<div id="article-vote" data-article-id="{aid}"><p class="article-vote" id="voting-container" data-user-id="" data-article-id="{aid}" data-language="ar">{FD_HELPFUL} <span class="vote-up a-link" id="article_thumbs_up">Yes</span> <span class="vote-down-container"><span class="vote-down a-link" id="article_thumbs_down">No</span></span></p>
<p class="hide" id="vote-feedback-form-link">{FD_FEEDBACK}</p></div>
</section>
<section class="sidebar content rounded-6 fc-related-articles" id="related_articles"><div class="cs-g-c"><section class="article-list"><h3 class="list-lead">{FD_RELATED}</h3><ul rel="remote" id="related-article-list">{rel_html}</ul></section></div></section>
<section class="sidebar content rounded-6 fc-folder-articles"><div class="cs-g-c"><section class="article-list"><h3 class="list-lead">{FD_FOLDER_LIST}</h3><ul>{fold_html}</ul><a href="{FD_HOST}/ar/support/solutions/folders/430002" class="see-more">{folder_all}</a></section></div></section>
</div>
<footer class="footer rounded-6"><nav class="footer-links page no-padding"><a href="{FD_HOST}/ar/support/home">Home</a> <a href="{FD_HOST}/ar/support/solutions">Solutions</a></nav></footer>
<div class="copyright"><p>© {now.year} {FD_SITE}. {FD_FOOT}</p><a href="https://freshdesk.com/helpdesk-software?utm_source=portal" target="_blank">Help Desk Software</a> powered by Freshdesk</div>
</div>
</body>
</html>
'''
    without = [FD_SITE, FD_WELCOME, status, FD_CATEGORY, FD_FOLDER, modified, FD_SOURCE, FD_HELPFUL, FD_RELATED, FD_FOLDER_LIST,
               folder_all, FD_FOOT] + folder + rel[:2] + ([first] if first else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- doc360: a Dubai logistics firm's Document360 knowledge base, its media-digest category -------------------------
DC_SITE = 'قاعدة معارف الخليج للشحن'
DC_HOST = 'https://kb.gulf-freight.example'
DC_NAV = ['Home', 'Knowledge base', 'API documentation']
DC_TREE_HEAD = 'Categories'
DC_CATS = ['دليل الموظف الجديد', 'سياسات الشحن والتخليص', 'ملخصات إعلامية', 'نماذج وطلبات']
DC_BY = 'أعدّها قسم الاتصال المؤسسي'
DC_ALSO = 'في الفئة نفسها ملخص سابق يحسن ربطه بهذا:'
DC_SOURCE = 'نقلنا الخبر بلفظه لموظفينا دون أي تحوير'
DC_EDITED = 'نقّح قسم الاتصال عبارات المقالة يوم {date}'
DC_HELPFUL = 'Was this article helpful?'
DC_RELATED = 'Related articles'
DC_RELATED_AR = 'ملخصات تكمّل ما قرأته'
DC_PREV = 'Previous'
DC_NEXT = 'Next'
DC_WHATSNEW = 'جديد القاعدة هذا الشهر'
DC_NEWS = ['إضافة نموذج طلب إجازة جديد', 'تحديث جدول مواعيد التخليص', 'ترجمة دليل السلامة في المستودعات']
DC_FOOT = 'للاستخدام الداخلي لموظفي الشركة وشركائها'


def dc_date(t):
    """Document360's "Mar 4, 2024"."""
    return f'{EN_SHORT[t.month - 1]} {t.day}, {t.year}'


def render_doc360(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'doc360'
    pub, draw = extra['at'], extra['draw']
    rel, tree_items, prevnext = others[:4], extra['more'][:7], extra['more'][7:9]
    mod, upd_day = updates(kind, k, pub, draw, (0, 3))
    now = saved(kind, pub, draw, mod, upd_day, days=3, hours=draw['saved_hours'])
    slugify = lambda t: hex_id('dc ' + t)[:10]  # noqa: E731
    path = lambda t: f'{DC_HOST}/docs/{slugify(t)}'  # noqa: E731
    utc_meta = k % 4 == 1
    shown = f'Published on {dc_date(pub)}'
    upd_line = f'Updated on {dc_date(mod)}' if k % 4 == 0 else ''
    edited = DC_EDITED.format(date=gulf(mod)) if k % 4 == 0 else ''
    minutes = f'{read_minutes(paras)} Minutes to read'
    also = (f'<div class="infoBox"><p>{DC_ALSO} <a href="{path(extra["also"])}">{esc(extra["also"])}</a></p></div>' if k % 2 == 1 else '')
    body = ''.join(with_block(paras, also, 2, '<p>{}</p>')) + f'<p><em>{DC_SOURCE}</em></p>' + (f'<p><strong>{edited}</strong></p>' if edited else '')
    news_at = moments(kind, earlier(kind, now, days=20), now, len(DC_NEWS))
    news_lines = [f'{n} ({dc_date(d)})' for n, d in zip(DC_NEWS, news_at)]

    def cat(name_, items, active=False):
        inner = ''.join(f'<li class="article-item{" active" if (active and t == title) else ""}"><a href="{path(t)}">{esc(t)}</a></li>' for t in items)
        return f'<li class="category-item{" expanded" if active else ""}"><span class="category-name">{name_}</span><ul>{inner}</ul></li>'
    tree = cat(DC_CATS[0], tree_items[:2]) + cat(DC_CATS[1], tree_items[2:4]) + \
        cat(DC_CATS[2], tree_items[4:6] + [title] + tree_items[6:7], True) + cat(DC_CATS[3], [])
    meta_pub = iso_z(pub) if utc_meta else iso_local(pub)
    data = {'@context': 'https://schema.org', '@type': 'TechArticle', 'headline': title, 'datePublished': meta_pub,
            'dateModified': iso_z(mod) if k % 4 in (0, 3) else meta_pub, 'author': {'@type': 'Organization', 'name': DC_SITE},
            'articleSection': DC_CATS[2]}
    nav = ''.join(f'<li class="nav-item"><a href="{DC_HOST}/{i}">{t}</a></li>' for i, t in enumerate(DC_NAV))
    rel_html = ''.join(f'<li><a href="{path(t)}">{esc(t)}</a></li>' for t in rel)
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>{esc(title)} | {DC_SITE}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{esc(lead_words(paras, 20))}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{path(title)}">
<meta property="article:published_time" content="{meta_pub}">
{modified_meta(k, (3,), mod)}<script type="application/ld+json">{ld_json(data)}</script>
<link rel="stylesheet" href="https://cdn.document360.io/static/css/kb-site.min.css">
<base href="/">
</head>
<body class="d360-kb">
<d360-root ng-version="16.2.12">
<header class="kb-header"><div class="header-logo"><a href="{DC_HOST}/">{DC_SITE}</a></div><ul class="header-nav">{nav}</ul></header>
<div class="kb-content-wrapper">
<aside class="category-tree-container"><div class="tree-header">{DC_TREE_HEAD}</div><ul class="category-tree">{tree}</ul></aside>
<main class="article-container">
<div class="article-header"><nav class="breadcrumb"><a href="{DC_HOST}/docs">{DC_CATS[2]}</a></nav>
<h1 class="article-title">{esc(title)}</h1>
<div class="article-meta"><span class="article-published">{shown}</span>{f' <span class="article-updated">{upd_line}</span>' if upd_line else ''} <span class="article-contributors">{DC_BY}</span> <span class="article-read-time">{minutes}</span></div></div>
<article class="article-content editor-content">{body}</article>
<div class="article-feedback"><p>{DC_HELPFUL}</p><button class="btn-feedback-yes">Yes</button><button class="btn-feedback-no">No</button></div>
<div class="related-articles"><h3>{DC_RELATED}</h3><p class="related-sub">{DC_RELATED_AR}</p><ul>{rel_html}</ul></div>
<div class="article-navigation"><a class="prev-article" href="{path(prevnext[0])}"><span>{DC_PREV}</span> {esc(prevnext[0])}</a> <a class="next-article" href="{path(prevnext[1])}"><span>{DC_NEXT}</span> {esc(prevnext[1])}</a></div>
</main>
<aside class="article-right-panel"><div class="whats-new"><h4>{DC_WHATSNEW}</h4><ul>{"".join(f"<li>{n}</li>" for n in news_lines)}</ul></div></aside>
</div>
<footer class="kb-footer"><p>© {now.year} {DC_SITE}. {DC_FOOT}</p><p class="powered-by">Powered by Document360</p></footer>
</d360-root>
</body>
</html>
'''
    without = [DC_SITE, DC_TREE_HEAD, shown, DC_BY, minutes, DC_SOURCE, DC_HELPFUL, DC_RELATED, DC_RELATED_AR, DC_WHATSNEW,
               DC_FOOT] + DC_CATS + tree_items + prevnext + news_lines + rel[:2] + ([upd_line, edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- nuclino: a Kuwait campus radio team's shared Nuclino workspace, an item page -------------------------------------
NC_SITE = 'إذاعة الحرم الجامعي - الشويخ'
NC_HOST = 'https://app.nuclino.com'
NC_CLUSTER = 'نشرات مقروءة على الهواء'
NC_AUTHOR = 'Hessa A.'
NC_ALSO = 'قرأنا في حلقة ماضية نصاً يوضح البداية:'
NC_SOURCE = 'تلاه المذيع على الهواء منقولاً من CNN بالعربية'
NC_EDITED = 'غيّرت هيئة البرامج بعض عبارات النص في {date}'
NC_RELATED = 'بنود الويكي المتصلة بهذا البند'
NC_MENTIONED = 'Mentioned in'
NC_RECENT = 'Recently edited'
NC_ONAIR = 'يبث الآن: برنامج صباح الحرم'


def nc_date(t):
    """Nuclino's "Mar 4, 2024, 2:30 PM"."""
    return f'{EN_SHORT[t.month - 1]} {t.day}, {t.year}, {clock12(t)}'


def render_nuclino(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'nuclino'
    pub, draw = extra['at'], extra['draw']
    rel, cluster, recent, mentioned = others[:4], extra['more'][:6], extra['more'][6:9], extra['more'][9:11]
    mod, upd_day = updates(kind, k, pub, draw, (2, 1))
    now = saved(kind, pub, draw, mod, upd_day, days=2, hours=draw['saved_hours'])
    iid = lambda t: f'{hex_id("nc " + t)[:8]}-{hex_id("nc2 " + t)[:4]}-{hex_id("nc3 " + t)[:4]}'  # noqa: E731
    path = lambda t: f'{NC_HOST}/p/{iid(t)}'  # noqa: E731
    relative = k % 4 == 3
    shown = ar_ago(pub, now) if relative else nc_date(pub)
    edited = NC_EDITED.format(date=gulf(mod)) if k % 4 == 2 else ''
    also = also_line('nc-also', NC_ALSO, path(extra['also']), extra['also']) if k % 2 == 0 else ''
    body = ''.join(with_block(paras, also, 1, '<p>{}</p>')) + f'<p><em>{NC_SOURCE}</em></p>' + (f'<p><strong>{edited}</strong></p>' if edited else '')
    r_at = moments(kind, pub, now, len(recent))
    rel_html = ''.join(f'<li><a class="item-link" data-item-id="{iid(t)}" href="{path(t)}">{esc(t)}</a></li>' for t in rel)
    side = ''.join(f'<li class="sidebar-item{" active" if t == title else ""}"><a href="{path(t)}">{esc(t)}</a></li>' for t in cluster[:3] + [title] + cluster[3:])
    rec_html = ''.join(f'<li><a href="{path(t)}">{esc(t)}</a> · <time datetime="{iso_z(d)}">{ar_ago(d, now)}</time></li>' for t, d in zip(recent, r_at))
    men_html = ''.join(f'<li><a href="{path(t)}">{esc(t)}</a></li>' for t in mentioned)
    modified = mod if k % 4 in (1, 2) else pub
    state = {'workspace': {'name': NC_SITE, 'public': True},
             'item': {'id': iid(title), 'title': title, 'createdAt': iso_z(pub), 'lastUpdatedAt': iso_z(modified),
                      'createdBy': NC_AUTHOR, 'content': '\n\n'.join(paras), 'cluster': NC_CLUSTER}}
    time_attr = iso_z(pub) if relative else iso_local(pub)
    script = ('<script>document.querySelectorAll("time.nc-relative").forEach(function(el){el.textContent=relativeAr(el.dateTime);});</script>\n'
              if relative else '')
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} · {NC_SITE}</title>
<meta name="description" content="{esc(lead_words(paras, 20))}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:site_name" content="Nuclino">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{iso_z(pub)}">
{modified_meta(k, (1,), mod)}<link rel="stylesheet" href="/static/css/app.3f9c2e.css">
</head>
<body class="nuclino-public">
<div id="root">
<div class="app-layout">
<nav class="sidebar"><div class="sidebar-workspace">{NC_SITE}</div><div class="sidebar-onair">{NC_ONAIR}</div>
<div class="sidebar-cluster"><div class="sidebar-cluster-title">{NC_CLUSTER}</div><ul>{side}</ul></div>
<div class="sidebar-recent"><div class="sidebar-cluster-title">{NC_RECENT}</div><ul>{rec_html}</ul></div></nav>
<main class="item-view">
<div class="item-header"><h1 class="item-title">{esc(title)}</h1>
<div class="item-meta">Created by {NC_AUTHOR} · <time class="{"nc-relative" if relative else "nc-date"}" datetime="{time_attr}">{shown}</time></div></div>
<div class="item-content ProseMirror" contenteditable="false">{body}
<h2>{NC_RELATED}</h2><ul>{rel_html}</ul></div>
<div class="item-backlinks"><div class="backlinks-title">{NC_MENTIONED}</div><ul>{men_html}</ul></div>
</main>
</div>
</div>
<script>window.__INITIAL_STATE__ = {ld_json(state)};</script>
{script}</body>
</html>
'''
    without = [NC_SITE, NC_ONAIR, NC_CLUSTER, f'Created by {NC_AUTHOR}', shown, NC_SOURCE, NC_RELATED, NC_MENTIONED, NC_RECENT] + cluster + recent + \
        [ar_ago(d, now) for d in r_at] + mentioned + rel[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


RENDER = {kind: spaced(fn) for kind, fn in (('trilium', render_trilium), ('craftdo', render_craftdo),
                                             ('softr', render_softr), ('zendesk', render_zendesk),
                                             ('freshdesk', render_freshdesk), ('doc360', render_doc360),
                                             ('nuclino', render_nuclino))}
render = with_null_update(renderer(RENDER, 'templates_set66.py', 66))  # updated: null where none is declared


# --- the corpus and the driver ----------------------------------------------------------------------------
# Named by a label of tests/segmenter/labels, tests/html/labels or ../shared/eval/dev, or listed by a segmenter blind
# draw (tests/segmenter/blind*-draw.txt, blind62 and blind63 included), when this set was written, beyond what set 61's
# SAUDI_LEFT_OUT (SaudiNewsNet's JSON records, by index) and set 64's NAHLA_LEFT_OUT (a number is the nahla split file
# of that source; a "csv-N" name or a CSV draw of record N leaves out the split file N) hold. Frozen.
LABEL_NAMED = {
    'json': (45, 328, 399, 548, 557, 872, 1451, 1536, 1645, 1804, 1955, 1989),
    'cnnarabic': (154, 472),
    'misbar': (636,)}
# The records and files set 61 (the last set to read the JSON file) and set 64 (the last to read nahla's CNN Arabic
# files) built their pages around, read off their pick_articles() when this set was written; the earlier sets' are in
# set 61's and set 64's lists (sets 62 and 63 read neither; set 65, written at the same time, was not read).
EARLIER_SETS_READ = {
    'json': (35, 1393, 1865, 36, 1398, 37, 526, 38, 1887, 41, 1400, 44),
    'cnnarabic': (297, 198, 716, 298, 419, 119, 587, 421, 589, 427, 511, 590, 429, 723, 595, 301),
    'misbar': ()}
SAUDI_LEFT_OUT = frozenset(SET61_SAUDI_LEFT_OUT) | frozenset(LABEL_NAMED['json'] + EARLIER_SETS_READ['json'])
NAHLA_LEFT_OUT = frozenset(SET64_NAHLA_LEFT_OUT) | frozenset(
    f'nahla_{src}_{n:05d}.txt' for table in (LABEL_NAMED, EARLIER_SETS_READ) for src in ('cnnarabic', 'misbar') for n in table[src])
MIN_PARAGRAPHS = 6
MAX_PARAGRAPHS = 8
RIYADH = datetime.timezone(datetime.timedelta(hours=3))


def records(corpus):
    """{'snn': [...], 'nahla': [...]}: SaudiNewsNet's JSON records in the file's order as sets 39 and 61 read them
    (title, lines, the paper as folder, when: date_extracted in Riyadh time; usable: not a split file's title nor an
    earlier record's), and nahla's CNN Arabic files as sets 33, 61 and 64 read them (a file whose headline is a left-out
    file's dropped); the left-out ones left out."""
    with open(os.path.join(corpus, JSON_FILE), encoding='utf-8') as fh:
        data = json.load(fh)
    taken = split_titles(corpus)
    snn, seen = [], set()
    for i, r in enumerate(data):
        title = clean(r.get('title') or '')
        if i in SAUDI_LEFT_OUT:
            seen.add(title)
            continue
        lines = [clean(line) for line in (r.get('content') or '').split('\n') if line.strip()]
        when = datetime.datetime.strptime(r['date_extracted'], '%Y-%m-%d %H:%M:%S').replace(tzinfo=RIYADH)
        snn.append({'name': f'{JSON_FILE} record {i}', 'folder': r.get('source', ''), 'title': title, 'lines': lines,
                    'when': when, 'usable': title not in taken and title not in seen and usable_title(title)})
        seen.add(title)
    nahla = set33.records(corpus)
    recs = nahla['cnn']
    gone = {r['title'] for r in recs if os.path.basename(r['name']) in NAHLA_LEFT_OUT}
    return {'snn': snn,
            'nahla': [r for r in recs if os.path.basename(r['name']) not in NAHLA_LEFT_OUT and r['title'] not in gone]}


def article_of(rec, source):
    """(name, title, paragraphs) when the record is an article (see the docstring), else None."""
    if source == 'nahla':
        return set33.article_of(rec, 'cnn')
    if not rec['usable'] or any(m in line for line in rec['lines'] for m in MARKERS):
        return None
    paras = [line for line in rec['lines'] if len(line.split()) >= 12]
    if len(paras) < MIN_PARAGRAPHS:
        return None
    return rec['name'], rec['title'], paras[:MAX_PARAGRAPHS]


def pick_articles(sources, per_kind):
    """The pages' articles (templates_set24.pick_from_folders(); no kind's text is capped)."""
    return pick_from_folders(sys.modules[__name__], sources, per_kind, article_of, None, 0)


def page_time(n, kind, k, rec):
    """Page n's local publication time and the page's other draws (see the docstring)."""
    rng = random.Random(f'templates_set66 page {n}')
    first, last = datetime.date(2024, 1, 1), datetime.date(2024, 12, 31)
    drawn_day = first + datetime.timedelta(days=rng.randrange((last - first).days + 1))
    clock = (rng.randrange(7, 23), rng.randrange(60))
    draw = {'update': {'days': rng.randint(1, 2), 'hours': rng.randint(1, 9), 'minutes': rng.randint(5, 55)},
            'saved_hours': rng.randint(3, 9), 'saved_minutes': rng.randrange(60), 'count': rng.randint(300, 9000)}
    when = rec.get('when')
    if isinstance(when, datetime.datetime):
        local = in_zone(kind, when)
    elif isinstance(when, datetime.date):
        local = zone(kind, datetime.datetime.combine(when, datetime.time(*clock)))
    else:
        local = zone(kind, datetime.datetime.combine(drawn_day, datetime.time(*clock)))
    if (kind, k) in MOVED:
        h, m = MOVED[kind, k]
        local = zone(kind, local.replace(tzinfo=None, hour=h, minute=m, second=0))
        if local.astimezone(UTC).date() >= local.date():
            raise SystemExit(f'templates_set66: {kind}-{k}: not the day before in UTC')
    return local, draw


def wording_problems():
    """templates_set21's wording check of this file against make_templates.py, templates_set5..64.py and
    templates_set65.py where it exists."""
    earlier_sets = ['make_templates.py'] + [f'templates_set{i}.py' for i in range(5, 65)]
    if os.path.exists(os.path.join(HERE, 'templates_set65.py')):
        earlier_sets.append('templates_set65.py')
    return set21_wording(os.path.basename(__file__), earlier_sets)


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    wording = '--wording' in argv
    code = run_set(sys.modules[__name__], [a for a in argv if a != '--wording'],
                   f'{JSON_FILE} and {NAHLA_FOLDER}', 20261266, 24, 66, relabel)
    if wording:
        problems = wording_problems()
        for problem in problems:
            print(f'templates_set66: {problem}', file=sys.stderr)
        if problems:
            print(f'{len(problems)} wording problems')
            return 1
    return code


if __name__ == '__main__':
    sys.exit(main())
