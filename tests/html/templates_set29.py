#!/usr/bin/env python3
"""Sealed HTML template set 29 (issue 14): seven more kinds of Arabic news pages, labelled by construction.

Written by a helper who did not change the HTML extractor's rules, did not read them (src/, include/, data/, bench/, nor
docs/segmenter.md, loader.md or markers.md), never ran akhbar on these pages (nor any other binary of that name), never
built it and never ran git: the set stays sealed until it is scored once, and that first score measures the rules on
templates nobody tuned them for. None of these platforms is named by make_templates.py or templates_set5..28.py (their
docstrings and strings were searched for each), nor by set 30, written at the same time by another helper (Jahia, Fork
CMS, Webnode, Zoho Sites, Prismic, Directus, Nikola): Tiki Wiki CMS Groupware (its Articles feature), Mambo 4.6 (the
Joomla ancestor old Arabic portals still run), Nucleus CMS 3.8, NodeBB 3 with the Harmony theme (a forum whose members
post the news), Bloomreach Experience Manager (the former Hippo CMS, its HST containers), dotCMS 23 (Velocity and the
Block Editor) and Sanity behind a Next.js 14 App Router front end; they are the seven the brief suggested. Every chrome
sentence is new wording (no chrome constant of the earlier sets is imported; --wording checks automatically that no run
of three Arabic words of a string of this file, docstrings aside, appears, after templates_set5.fold()'s letter folding,
in the string constants of make_templates.py or templates_set5..28.py, docstrings included). The chrome is Arabic
(Algerian, Yemeni, Jordanian, Kuwaiti, Emirati, Egyptian and Omani where the site speaks them), with what such
platforms leave in English ("Powered by Tiki Wiki CMS Groupware", Mambo's GPL line, "Powered by Nucleus CMS",
"Powered by NodeBB", Next.js' and Sanity's URLs).

The texts are the nahla-scraper split files of CNN Arabic (nodebb, dotcms), Aljazeera (mambo, nucleus) and Misbar
(sanity), with Fatabyyano's beside Misbar's for other stories' headlines only (its files hold at most four paragraphs),
and Ar-APT's human-written articles (tiki: Med and Sci; bloomreach: Fin, Tour and Bus). A CNN or Aljazeera file's
headline is its first line and its day that of its URL in the scraper's CSV record of the same number (the record with
the same title: "/article/2024/04/13/...", "/arts/2024/4/13/..."), taken as the page's local day; a Misbar verdict
file's headline is the verdict clause of its lead (templates_set23.misbar_title()) and its day the one its text names as
its own ("اليوم الخميس الرابع من إبريل", or "أمس ..." and the day after, in 2024), else a day of 3 to 12 April 2024 (the
weeks its texts are about); an Ar-APT file's headline is its first line where templates_set19's rule makes it one, else
it is made from the text's first sentence (that sentence without its stop, or its first clause up to a comma, when it
has 5 to 16 words), and its day is drawn in 2018-2024. Page N (counted over the whole set, kinds in the order below) has
a generator, random.Random("templates_set29 page N"), that draws, in this order, a day of the kind's SPAN (used where
the text has none), a clock time (07:00 to 22:59), a time just after midnight (00:05 to 01:55), the update's delay (1 to
2 days, 1 to 9 hours, 5 to 55 minutes), the delay before the page was saved (its "today", relative ages, comments and
later lists fall between publication and that moment; a page is always saved after its own update) and a count (reads,
views, votes). Zones: Algiers' +01:00, Aden's, Amman's and Kuwait's +03:00, Dubai's and Muscat's +04:00, Cairo's +02:00
(+03:00 from 26 April 2024, set 19's table); every page's publication and update times are checked against zoneinfo
when the set is written. Three pages take the time after midnight for a UTC trap (AFTER_MIDNIGHT): nodebb-2 (its Open
Graph and microdata times in UTC), bloomreach-3 (its JSON-LD in UTC) and sanity-1 (its metadata and payload in UTC),
each the day before in UTC. Two pages of each kind are updated (14 of 28), most kinds showing one and declaring the
other only in metadata (Tiki, Mambo and Nucleus, which have no metadata dates, show both); the others carry updated null
and declare no modified time later than their publication. Every page shows dates that are not the article's: a
header's "today", ticker and latest-list clock times, relative ages, readers' comments and replies, later lists' and
earlier related items' dates, coming events, archive months, a site's last update, footers' years.

Each kind carries a related list and a most-read box (labelled related, in page order) and lists that look related but
are not (latest articles, a newsflash marquee or ticker, recent posts and topics, the previous and next links, partner
fact-checks, coming events), and every other page (14) an inline read-also line, block or card in new wording ("سبق أن
تناولت الشبكة:", "مادة أرشيفية قريبة:", "كتبت في المدونة قبل ذلك:", "سبق وناقشناه هنا بالديوانية:", a Bloomreach
related-link item "ضمن أخبار المركز السابقة:", an embedded dotCMS contentlet "على الفسطاط كمان:", a Portable Text
block "تحقق سابق من فريقنا:"). Four kinds are built to be hard: the NodeBB topic's reply thread (Kuwaiti members) is
longer than the article, its visible dates are only relative ages ("منذ 4 أيام", the full local time in Arabic-Indic
digits in title attributes), and the whole text is again in the ajaxify-data JSON; the Bloomreach page's headline and
date sit in a hero container outside <main>, and its text is split over sibling HST container items (the intro alone,
the image, a content block, on odd pages a related-link item, a content block); the Nucleus item's paragraphs are
separated only by <br /><br /> (convertBreaks) and split between the item's body (two paragraphs) and its "more" part;
the dotCMS page's sidebar column (most-read, ad, latest, poll) comes before the article's column, and the CNN dateline
opens the lead in a <strong>. Three more have twists: Tiki prints the lead alone in the article heading, then the
article trailer (size, print, PDF, comments count) before the body; Mambo's table layout puts the left column of
modules before the text and the headline in td.contentheading; the Sanity page's text is again in the RSC payload
(self.__next_f) as Portable Text, with Misbar's subheadings as <h2>s and a methodology box after the text.

  tiki        an Algerian health and science awareness network on Tiki Wiki CMS Groupware (Africa/Algiers, +01:00;
              Ar-APT Med and Sci): generator "Tiki Wiki CMS Groupware", Open Graph without times, no machine date; the
              header modules (logo, the site's name in a <div>, slogan, search, "نحن اليوم" and the saved day with
              Algerian month names), the top menu; col1: breadcrumbs, article.article: the topline (a kicker),
              header.articletitle with the <h1> (Tiki's <h2>, changed so that the page has one), "كاتب المقالة: NAME -
              تاريخ النشر: DATE - (N قراءة)" with DATE tiki_short_datetime '%Y-%m-%d %H:%M' (pages 0 and 2), the long
              date "الأربعاء 5 أوت 2020 21:38" (page 1), '%d/%m/%Y %H:%M' (page 3); div.articleheading: the topic image
              and the lead alone; div.articletrailer between heading and body (size, print, PDF, share, comments count;
              page 1 "عُدّلت المقالة يوم DATE": the updated date); div.articlebody: the other paragraphs, on even pages
              "سبق أن تناولت الشبكة:" and a link after its second (read-also), page 3 ending with an italic "راجع طبيب
              الشبكة هذه المعلومات وحدّثها بتاريخ DATE" (the updated date; not body); "مقالات يجمعها بهذه المقالة موضوع
              واحد" (Related content, four: related); the copyright help-block; two or three Algerian comments dated in
              the page's format and the form; col2 after col1: "مقالات الشبكة الأكثر قراءة" (Top articles, five:
              related), "مقالات أضيفت حديثاً إلى الشبكة" (five with dates: not related), coming events, login,
              newsletter; the footer ("Powered by Tiki Wiki CMS Groupware", the year) and the cookie consent
  mambo       a Yemeni portal still on Mambo 4.6 (Asia/Aden, +03:00; Aljazeera's opinion, arts, science and midan
              texts): XHTML 1.0, <base>, Mambo's Generator meta, no Open Graph, no JSON-LD, no machine date; a table
              layout: the header row (logo, slogan, "اليوم:" and mosCurrentDate's saved day), mainlevel-nav, a marquee
              "شريط المرافئ" (three headlines with clock times: not related); the LEFT column of modules before the
              content (menu, latestnews "وصلت للتو إلى المرافئ": five, not related; poll; who's online); the pathway
              ending with the title; contentpaneopen tables: td.contentheading holding the <h1>, the PDF, print and
              e-mail buttons; "كتبه NAME"; createdate in _DATE_FORMAT_LC2 "السبت, 13 أبريل 2024 20:52" (pages 0 and 2),
              "13-04-2024 14:41" (page 1), "الأحد، 25 فبراير 2024" (page 3); the intro and fulltext in one cell (<p>s),
              on odd pages "مادة أرشيفية قريبة:" and a link after the third (read-also), a source line (not body);
              pages 0 and 2 modifydate "عُدّلت المادة ( DATE )" (the updated date); pagenav "< السابق" and "التالي >";
              akocomment "ماذا قال القراء (N)" (Yemeni readers, LC2 dates) and its form; the right column: mostread
              "المواد الأكثر قراءة شهرياً" (five: related), related items "مواد يجمعها بهذه المادة ملف واحد" (four:
              related), the mailing list, RSS; the footer (the year, Mambo's GPL line)
  nucleus     an Amman family blog on Nucleus CMS 3.80 (Asia/Amman, +03:00; Aljazeera's lifestyle and family texts):
              XHTML 1.0 Strict, generator "Nucleus CMS v3.80", RSS, RSD, bookmark, archives, prev and next links, no
              machine date; the header (the blog's name in a <div>, description, nav); the date header <h2> with the
              skin's DATE_HEADER '%A %d %B %Y' in Levantine months ("السبت 13 نيسان 2024"; page 2 '%d/%m/%Y'); the
              item's <h1>; div.itembody (the lead and the second paragraph) and div.itemmore (the rest), paragraphs
              separated only by <br /><br />; on odd pages "كتبت في المدونة قبل ذلك:" and a link as one more line after
              the more's second paragraph (read-also); the source note; page 1's more ends with "إضافة بتاريخ DATE: ..."
              (the updated date; not body); iteminfo "نشرتها NAME الساعة HH:MM في تصنيف CAT" (page 3 also "عدّلتُ
              التدوينة للمرة الأخيرة في DATE": the updated date), permalink, karma votes; "تدوينات تلامس موضوع هذه
              التدوينة" (four: related); comments "NAME كتب:" with 'dd/mm/yyyy HH:MM' and the form; the sidebar after
              the content: navigation, categories, search, "تدويناتي الأكثر قراءة" (five: related), "آخر ما نشرت" (five
              with dates: not related), archive months, login, the Nucleus button; the footer (the year)
  nodebb      a Kuwaiti community forum on NodeBB 3 with Harmony, saved after its client ran (Asia/Kuwait, +03:00; CNN
              Arabic, texts of at most NB_MAX_WORDS words): Open Graph with article:published_time in UTC with
              milliseconds ("Z"; article:modified_time on pages 1 and 3 only), article:section, the client config
              script; the left sidebar's nav texts, guest links, the brand; breadcrumbs ending with the title;
              DiscussionForumPosting microdata with datePublished and dateModified in UTC (the topic's dateModified is
              its first post's edit or its publication, as set 15 did for Discourse: NodeBB's own is the last reply's);
              <h1 component="post/header">; category badge, tags, post and view counts; the first post is the article:
              "كتب" and a timeago "منذ 4 أيام" (the relative age at the saving, its title the browser's toLocaleString
              in Arabic-Indic digits), its content (<p>s; on even pages "سبق وناقشناه هنا بالديوانية:" and a link after
              the second: read-also; "نقله العضو من موقع CNN بالعربية": not body); page 1's first post was edited (the
              edit indicator's title, the visually-hidden "عدّلها NAME منذ يومين", its own dateModified: the updated
              date), page 3's update is only in article:modified_time and the topic's dateModified (the updated date);
              9 to 11 replies of Kuwaiti members (31 to 37 words each), as many as it takes for the thread to outgrow
              the text by 100 words; browsing users and the guest's reply button; the sidebar widgets "الأكثر مشاهدة
              بالديوانية هالأسبوع" (five: related, a most-read box) and "آخر المواضيع المضافة" (five with relative ages:
              not related); the footer widget "مواضيع لها علاقة بهالخبر" (four: related); the footer (rules, the year,
              "Powered by NodeBB"), the cookie consent; script#ajaxify-data with the topic as JSON (every post's HTML,
              the whole text again; ISO times in UTC, epoch milliseconds)
  bloomreach  a Dubai business and tourism centre's media centre on Bloomreach Experience Manager (Asia/Dubai, +04:00;
              Ar-APT Fin, Tour and Bus): /webfiles/ and /binaries/content/gallery/ paths, hst-container and
              hst-container-item wrappers, Open Graph without times, a NewsArticle JSON-LD with datePublished and
              dateModified in UTC ("Z"; modified = published unless updated; page 3's update only there: the updated
              date); the top bar (English, accessibility links), the nav; the hero container OUTSIDE <main>:
              breadcrumb, category, <h1>, <time datetime> (local, offset) with fmt:formatDate under ar_AE: 'dd MMMM
              yyyy' (page 0), 'EEEE، d MMMM yyyy' (page 1), 'dd/MM/yyyy' (page 2), 'd MMMM yyyy - hh:mm a' (page 3, at
              01:44 local: the day before in the JSON-LD), page 0 "تاريخ آخر تحديث: DATE" (the updated date), the
              reading time; <main>: the text over sibling container items (the intro alone, the image and its caption, a
              content block with the second and third paragraphs, on odd pages a related-link item "ضمن أخبار المركز
              السابقة:" with a link: read-also, a content block with the rest); share and tags; "أخبار تمسّ موضوع هذا
              البيان" (four with earlier dates: related); a feedback question; the side container: "الأكثر تصفحاً عند
              زوار المركز الإعلامي" (five numbered: related), "جديد المركز الإعلامي" (five with dates: not related),
              coming events; the footer (a happiness question, the media line, links, "حُدّثت محتويات الموقع في" the
              saving, the year) and the cookie banner
  dotcms      a Cairo news portal on dotCMS 23 (Africa/Cairo, +02:00 in these weeks; CNN Arabic): /dA/ image filters,
              /application/themes/ paths, article:published_time (and article:modified_time on pages 1 and 3, page 3's
              update only there: the updated date) in Java's 'Z' form "+0200"; the top bar (the saved day, the
              e-paper), the nav, "شريط الفسطاط" (three headlines with clock times: not related); the sidebar column
              BEFORE the article's column: "الأكثر قراءة بالفسطاط" (five numbered: related), an ad slot, "نزل جديد على
              الفسطاط" (five with clock times: not related), a poll; the breadcrumb, the section label, <h1>, "كتب:
              NAME", $date.format's 'EEEE dd MMMM yyyy - hh:mm a' (page 0), 'dd/MM/yyyy | HH:mm' (page 1), 'dd MMMM
              yyyy' (page 2), 'EEEE، d MMMM yyyy' (page 3), page 1 "آخر تعديل: DATE" (the updated date); the image and
              caption; the Block Editor's <p>s (the lead's CNN dateline in <strong>), on even pages an embedded
              contentlet card "على الفسطاط كمان:" with a link after the third (read-also), the source line (not body);
              tags, share; "أخبار متعلقة بالموضوع ده" (four cards: related); the footer (the year) and the cookie notice
  sanity      a Muscat fact-checking outlet on Sanity with a Next.js 14 App Router front end (Asia/Muscat, +04:00;
              Misbar's verdict files): Next's metadata (Open Graph with article:published_time in UTC with milliseconds
              "Z", article:modified_time on pages 0 and 2), a ClaimReview JSON-LD (datePublished in UTC),
              cdn.sanity.io images; the header and nav; <main>: the kicker "تحقق", the verdict "الحكم: مضلل" (not body),
              <h1>, "إعداد: NAME", <time dateTime> in UTC showing Intl ar-OM in Arabic-Indic digits: 'long' "٤ أبريل
              ٢٠٢٤" (page 0), 'full' (page 1, at 00:xx local: the day before in UTC), 'numeric' (page 2), 'long' with
              the time (page 3); page 0 "آخر مراجعة للتحقق: DATE" (the updated date; page 2's update only in the
              metadata and the payload's _updatedAt); the Portable Text body: <p>s with Misbar's subheadings as <h2>s
              (not body), on odd pages a relatedCheck block "تحقق سابق من فريقنا:" with a link after the third
              paragraph (read-also); "كيف تحققنا؟" (a methodology paragraph), share; "تحققات تتناول ادعاءات مشابهة"
              (four: related); the rail: "تحققاتنا الأكثر قراءة" (five: related), "أحدث ما نشره شركاؤنا في التحقق"
              (five dated Misbar and Fatabyyano headlines: not related), the newsletter; the footer, the consent
              dialog; RSC payload rows (self.__next_f.push) with the document (_createdAt: the draft, five hours
              before; _updatedAt; publishedAt; the Portable Text blocks holding the whole text again; the related
              titles), the most-read and partner lists

Labels (the format of tests/html/labels): title (the <h1>), published (the local date in the kind's zone), updated (the
local date where the page shows or declares an update: 14 of the 28 pages; null elsewhere), body_with = the opening of
each paragraph (templates_set5.opening(); 6 to 9 a page, from the first paragraph to the last; a lead's CNN dateline or
Aljazeera place dateline is metadata, not the opening), body_without = visible chrome texts, bylines, date lines,
source and update notes, subheadings, readers' comments and replies and their dates, other stories' headlines,
read_also, related (headed related lists and most-read boxes only, in page order).

Articles: a CNN file is an article when templates_set17.article_of() takes it (a usable title that is no earlier file's,
a lead with a CNN dateline, lines of 12 words or more as paragraphs, at most two shorter lines, no read-also marker)
with at least 6 paragraphs; an Aljazeera or Misbar file when templates_set23.article_of() takes it (Aljazeera's
paragraphs by templates_set23.aljazeera_paragraphs(), Misbar's verdict files by misbar_text()) with at least 6; an
Ar-APT file when its headline (above) is usable and no earlier file's, it is not cut at a fixed width, not in set 19's
CUT_LEADS or NOT_ARTICLES, its lead does not open with a lone letter (a cut word), no line holds a marker and
templates_set19.paragraphs() gives at least 6 paragraphs without a backslash; a page shows the first 9 (CNN's 8). Left
out (frozen, so that later labels do not shift the set): the files a label of tests/segmenter/labels or
../shared/eval/dev names or a segmenter blind draw (tests/segmenter/blind*-draw.txt, blind30 and blind31 included)
lists (a label of the scraper's CSV record N names the split file N), and those set 16, set 17, set 19 and set 23 built
pages around; a later file with a left-out file's headline is a duplicate. Page k of a kind takes the first article, in
the source's order, of the folder FOLDERS[kind][k] (the CSV record's section or category, the Ar-APT category; or of the
kind's next folders) that no page took before, kinds in the order above (templates_set24.pick_from_folders()). Other
stories' headlines are the titles of the records of the same source that follow the article's (wrapping around,
templates_set14.following(); Misbar's and Fatabyyano's files in the order of their numbers): the first 11 shuffled by
random.Random(20261229), one shuffle a page, then the rest in order (the read-also is the 12th, tickers and the like
from the 14th on).

Usage: templates_set29.py OUT_DIR [--corpus DIR] [--per-kind 4] [--kinds a,b] [--wording]
writes OUT_DIR/pages/KIND-N.html and OUT_DIR/labels/KIND-N.json (templates_set24.run_set()), checks every labelled text
against the page's visible text with templates_set5's check() (templates_set12.write_page()), checks with
templates_set9's link check that every read-also and related title is the whole text of a link and that each label has
the keys and types ../shared/eval/score.py reads, and with templates_set10's balance check that every non-void element
is closed in order (templates_set10.renderer() runs those two), checks the pages' offsets against zoneinfo; with
--wording it also runs wording_problems() over make_templates.py and templates_set5..28.py; fails if any check does.
The output is the same byte for byte from run to run."""
import csv
import datetime
import glob
import json
import os
import random
import re
import sys

sys.dont_write_bytecode = True  # the set writes nothing beside itself (no __pycache__ of the sets it imports)
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
# Helpers, calendar data and the corpus readers only; no chrome sentence of the earlier sets.
from templates_set5 import DAYS, GULF_MONTHS, LEVANT_MONTHS, esc, opening  # noqa: E402
from templates_set10 import renderer  # noqa: E402
from templates_set12 import DZ_MONTHS, hm, indic, iso_local  # noqa: E402
from templates_set14 import usable_title  # noqa: E402
from templates_set15 import outside, upd_of  # noqa: E402
from templates_set16 import dmy, sentences, split_dateline as place_dateline  # noqa: E402
from templates_set17 import article_of as cnn_article_of, split_dateline as cnn_dateline  # noqa: E402
from templates_set18 import ymd  # noqa: E402
from templates_set19 import (AMMAN_SUMMER, CAIRO_SUMMER, CUT_LEADS, MARKERS, NOT_ARTICLES, ampm, apt_records,  # noqa: E402
                             iso_z, lead_words, paragraphs as apt_paragraphs, zone_helpers)
from templates_set20 import hash_int, iso_ms_z  # noqa: E402
from templates_set21 import with_null_update  # noqa: E402
from templates_set23 import (aljazeera_paragraphs, article_of as nahla_article_of, hex_id,  # noqa: E402
                             misbar_text, misbar_title, spaced)
from templates_set24 import after, moment_helpers, pick_from_folders, read_minutes, run_set, words_of  # noqa: E402

KINDS = ('tiki', 'mambo', 'nucleus', 'nodebb', 'bloomreach', 'dotcms', 'sanity')
UTC = datetime.timezone.utc
# The kind's standard offset (hours east of UTC) and the UTC spans in which it is one hour ahead (set 19's tables for
# Amman and Cairo); TZ names the zone each kind's times are checked against with zoneinfo.
ZONES = {'tiki': (1, []), 'mambo': (3, []), 'nucleus': (2, AMMAN_SUMMER), 'nodebb': (3, []), 'bloomreach': (4, []),
         'dotcms': (2, CAIRO_SUMMER), 'sanity': (4, [])}
TZ = {'tiki': 'Africa/Algiers', 'mambo': 'Asia/Aden', 'nucleus': 'Asia/Amman', 'nodebb': 'Asia/Kuwait',
      'bloomreach': 'Asia/Dubai', 'dotcms': 'Africa/Cairo', 'sanity': 'Asia/Muscat'}
# Where each kind's texts come from, and the folders (CSV categories, Ar-APT categories) its pages take them from, page
# by page (a folder that has no article left gives way to the kind's next ones).
SOURCE = {'tiki': 'apt', 'mambo': 'aljazeera', 'nucleus': 'aljazeera', 'nodebb': 'cnn', 'bloomreach': 'apt',
          'dotcms': 'cnn', 'sanity': 'factcheck'}
FOLDERS = {'tiki': ('Med', 'Sci', 'Med', 'Sci'),
           'mambo': ('opinion', 'arts', 'science', 'midan'),
           'nucleus': ('lifestyle', 'family', 'lifestyle', 'family'),
           'nodebb': ('middle-east', 'sport', 'science-and-health', 'middle-east'),
           'bloomreach': ('Fin', 'Tour', 'Bus', 'Tour'),
           'dotcms': ('entertainment', 'travel', 'middle-east', 'sport'),
           'sanity': ('misbar',) * 4}
# The days drawn for the texts that carry none: Ar-APT's over 2018-2024, Misbar's fact-checks in the weeks their texts
# name (early and mid April 2024).
SPAN = {'tiki': (datetime.date(2018, 1, 1), datetime.date(2024, 12, 31)),
        'bloomreach': (datetime.date(2018, 1, 1), datetime.date(2024, 12, 31)),
        'sanity': (datetime.date(2024, 4, 3), datetime.date(2024, 4, 12))}
# Pages that keep their day and take the drawn time just after midnight: their UTC metadata is the day before.
AFTER_MIDNIGHT = (('nodebb', 2), ('bloomreach', 3), ('sanity', 1))
# The NodeBB pages' reply thread is longer than their text: their texts have at most this many words.
NB_MAX_WORDS = 300
offset_hours, zone, in_zone, later, earlier = zone_helpers(ZONES)
between, saved_after = moment_helpers(in_zone, later)


def moments(kind, start, end, n):
    return [between(kind, start, end, i, n) for i in range(n)]


def updates(kind, k, pub, draw, pages):
    """(mod, upd_day): the page's update (the publication where there is none) and its local day (None)."""
    if k in pages:
        mod = later(kind, pub, **draw['update'])
        return mod, mod.date()
    return pub, None


def saved(kind, pub, mod, upd_day, draw, **delta):
    """The moment the page was saved: `delta` after publication, or after the update where that is later."""
    return saved_after(kind, later(kind, pub, **delta), mod if upd_day else None, draw)


def gulf(t):
    return f'{t.day} {GULF_MONTHS[t.month - 1]} {t.year}'


def dz(t):
    return f'{t.day} {DZ_MONTHS[t.month - 1]} {t.year}'


def link_list(titles, href, cls='', li=True):
    """Links to other stories, in <li>s or bare."""
    c = f' class="{cls}"' if cls else ''
    if li:
        return ''.join(f'<li><a href="{href}{hex_id(t)[:6]}"{c}>{esc(t)}</a></li>' for t in titles)
    return ''.join(f'<a href="{href}{hex_id(t)[:6]}"{c}>{esc(t)}</a>' for t in titles)


def lead_split(paras, name):
    """(dateline, rest) of the lead: a CNN dateline or an Aljazeera place dateline, else ('', lead)."""
    if 'nahla_cnnarabic' in name:
        return cnn_dateline(paras[0])
    if 'nahla_aljazeera' in name:
        return place_dateline(paras[0])
    return '', paras[0]


def lead_inner(paras, name, tag='strong'):
    """The lead's inner HTML, its dateline (if any) in `tag`."""
    dl, rest = lead_split(paras, name)
    if dl:
        return f'<{tag}>{esc(dl.strip())}</{tag}> {esc(rest)}'
    return esc(paras[0])


def ps_with(paras, name, block='', where=1, tag='strong'):
    """The paragraphs in <p>s (the lead's dateline in `tag`), with `block` (HTML, or '') after paragraph `where`."""
    out = []
    for i, p in enumerate(paras):
        out.append(f'<p>{lead_inner(paras, name, tag) if i == 0 else esc(p)}</p>')
        if block and i == min(where, len(paras) - 1):
            out.append(block)
    return ''.join(out)


class Text(tuple):
    """An article (name, title, paragraphs) that also carries what its record says beside its text (a fact-check's
    verdict and subheadings)."""
    def __new__(cls, art, **attrs):
        made = super().__new__(cls, art)
        made.__dict__.update(attrs)
        return made


# --- renderers ------------------------------------------------------------------------------------------------
# --- tiki: an Algerian health and science awareness network on Tiki Wiki CMS Groupware ---------------------------
TK_SITE = 'شبكة نبض المعرفة'
TK_HOST = 'https://nabd-maarifa.dz.example'
TK_SLOGAN = 'مقالات صحية وعلمية مبسطة يكتبها أطباء وطلبة متطوعون من الجزائر'
TK_TODAY = 'نحن اليوم'
TK_MENU = ['الصفحة الأولى', 'مقالات الصحة', 'ركن العلوم', 'الويكي', 'المنتدى', 'الأحداث', 'انضم إلينا']
TK_SEARCH = 'ابحث'
TK_TOPICS = {'Med': 'صحة وطب', 'Sci': 'علوم وطبيعة'}
TK_TOPLINE = {'Med': 'من ملف التوعية الصحية', 'Sci': 'من ملف الثقافة العلمية'}
TK_AUTHOR = 'كاتب المقالة:'
TK_PUBLISHED = 'تاريخ النشر:'
TK_READS = 'قراءة'
TK_AUTHORS = ['د. سمية بن علي', 'أمين قاسمي', 'فريق التحرير العلمي', 'د. رياض بوزيد']
TK_SIZE = '({n} بايت)'
TK_TOOLS = ['اطبع المقالة', 'نسخة PDF', 'أرسلها لصديق']
TK_COMMENT_COUNT = 'التعليقات ({n})'
TK_EDITED = 'عُدّلت المقالة يوم {date}'
TK_REVIEW = 'راجع طبيب الشبكة هذه المعلومات وحدّثها بتاريخ {date}'
TK_ALSO = 'سبق أن تناولت الشبكة:'
TK_RELATED = 'مقالات يجمعها بهذه المقالة موضوع واحد'
TK_COPY_NOTE = 'حقوق المقالة لكاتبها، ويُسمح بنقلها كاملة مع ذكر الشبكة ورابط الصفحة'
TK_COMMENTS_HEAD = 'آراء الأعضاء حول المقالة'
TK_COMMENTERS = [('نسرين من وهران', 'معلومات قيمة بزاف، ياريت تكتبو مقال آخر على تغذية الأطفال في المدرسة'),
                 ('Yacine B.', 'شكرا للشبكة، نتمنى تذكرو المراجع العلمية في آخر كل مقال باش نرجعو ليها'),
                 ('عمي الطاهر', 'الله يبارك فيكم، قريتها لولادي وفهموها مليح، واصلو هكا')]
TK_REPLY = 'ردّ'
TK_FORM_HEAD = 'شارك برأيك في المقالة'
TK_FORM = ['العنوان', 'نص التعليق', 'اسمك', 'انشر التعليق']
TK_FORM_NOTE = 'تعليقات الزوار تظهر بعد موافقة أحد مشرفي الشبكة'
TK_TOP = 'مقالات الشبكة الأكثر قراءة'
TK_LAST = 'مقالات أضيفت حديثاً إلى الشبكة'
TK_EVENTS_HEAD = 'مواعيد قادمة'
TK_EVENTS = ['يوم تحسيسي حول داء السكري', 'ورشة الإسعافات الأولية للشباب', 'محاضرة عن صحة الفم والأسنان']
TK_LOGIN_HEAD = 'دخول الأعضاء'
TK_LOGIN = ['اسم المستخدم', 'كلمة السر', 'دخول', 'استعادة كلمة السر']
TK_LETTER_HEAD = 'رسالة الشبكة الشهرية'
TK_LETTER = 'مقالات الشهر ومواعيد الأنشطة التحسيسية تصلك أول كل شهر'
TK_LETTER_BUTTON = 'اشترك'
TK_FOOT = '© {year} شبكة نبض المعرفة، الجزائر العاصمة. ما ننشره للتثقيف وليس بديلاً من زيارة الطبيب'
TK_POWERED = 'Powered by Tiki Wiki CMS Groupware'
TK_THEME = 'Theme: FiveAlive'
TK_COOKIE = 'يحفظ الموقع في متصفحك ما يلزم لتذكر دخولك ولغتك المفضلة'
TK_COOKIE_BUTTON = 'قبلت'


def tk_shown(t, k):
    """Tiki's tiki_short_datetime as the site's admin set it: '%Y-%m-%d %H:%M' (pages 0 and 2), the long date with the
    Algerian month names (page 1), '%d/%m/%Y %H:%M' (page 3)."""
    return (f'{ymd(t)} {hm(t)}', f'{DAYS[t.weekday()]} {dz(t)} {hm(t)}', f'{ymd(t)} {hm(t)}', f'{dmy(t)} {hm(t)}')[k]


def tk_module(mid, cls, title, inner):
    return (f'<div id="module_{mid}" class="card module {cls}"><div class="card-header"><h3 class="card-title">{title}</h3></div>'
            f'<div class="card-body">{inner}</div></div>')


def render_tiki(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'tiki'
    pub, draw = extra['at'], extra['draw']
    rel, top, last = others[:4], others[4:9], others[9:11] + extra['more'][:3]
    article_id = 212 + 37 * k
    topic = TK_TOPICS.get(extra['folder'], 'صحة وطب')
    topline = TK_TOPLINE.get(extra['folder'], 'من ملف التوعية الصحية')
    author = TK_AUTHORS[k]
    mod, upd_day = updates(kind, k, pub, draw, (1, 3))
    now = saved(kind, pub, mod, upd_day, draw, days=1, hours=draw['saved_hours'], minutes=draw['saved_minutes'])
    shown = tk_shown(pub, k)
    reads = draw['count']
    titleb = [f'{TK_AUTHOR} {author}', f'{TK_PUBLISHED} {shown}', f'({reads} {TK_READS})']
    edited = TK_EDITED.format(date=tk_shown(mod, k)) if k == 1 else ''
    review = TK_REVIEW.format(date=tk_shown(mod, k)) if k == 3 else ''
    also = ''
    if k % 2 == 0:
        also = f'<p><strong>{TK_ALSO}</strong> <a href="tiki-read_article.php?articleId={article_id - 19}" class="wiki">{esc(extra["also"])}</a></p>'
    body = after(paras[1:], also, 1) + (f'<p><em>{review}</em></p>' if review else '')
    comments = (TK_COMMENTERS[k % 3:] + TK_COMMENTERS[:k % 3])[:2 + k % 2]
    comment_days = moments(kind, pub, now, len(comments))
    comment_lines = [tk_shown(d, k) for d in comment_days]
    comments_html = ''.join(
        f'<li class="media comment" id="threadId{article_id * 10 + i}"><div class="media-body"><div class="comment-item">'
        f'<div class="comment-header"><span class="author">{esc(n)}</span> <span class="date">{line}</span></div>'
        f'<div class="comment-content"><p>{esc(c)}</p></div>'
        f'<div class="buttons comment-form"><a class="btn btn-link btn-sm" href="tiki-read_article.php?articleId={article_id}&amp;comments_reply_threadId={article_id * 10 + i}#form">{TK_REPLY}</a></div></div></div></li>'
        for i, ((n, c), line) in enumerate(zip(comments, comment_lines)))
    size = sum(len(p.encode('utf-8')) for p in paras)
    trailer = (f'<span class="articlesize">{TK_SIZE.format(n=size)}</span> '
               f'<a href="tiki-print_article.php?articleId={article_id}" title="{TK_TOOLS[0]}">{TK_TOOLS[0]}</a> '
               f'<a href="tiki-print_article.php?display=pdf&amp;articleId={article_id}" title="{TK_TOOLS[1]}">{TK_TOOLS[1]}</a> '
               f'<a href="tiki-share.php?url=tiki-read_article.php%3FarticleId%3D{article_id}" title="{TK_TOOLS[2]}">{TK_TOOLS[2]}</a> '
               f'<a href="#comments">{TK_COMMENT_COUNT.format(n=len(comments))}</a>'
               + (f' <span class="articledate">{edited}</span>' if edited else ''))
    rel_html = link_list(rel, 'tiki-read_article.php?articleId=', 'link')
    top_html = ''.join(f'<li><a class="linkmodule" href="tiki-read_article.php?articleId={article_id - 60 - 3 * i}">{esc(t)}</a></li>' for i, t in enumerate(top))
    last_days = moments(kind, pub, now, len(last))
    last_html = ''.join(f'<li><a class="linkmodule" href="tiki-read_article.php?articleId={article_id + 1 + i}">{esc(t)}</a> <span class="date">{ymd(d)}</span></li>'
                        for i, (t, d) in enumerate(zip(last, last_days)))
    event_days = [later(kind, now, days=4 + 9 * i) for i in range(len(TK_EVENTS))]
    events_html = ''.join(f'<li><span class="date">{dz(d)}</span> <a href="tiki-calendar_edit_item.php?viewcalitemId={40 + i}">{t}</a></li>'
                          for i, (t, d) in enumerate(zip(TK_EVENTS, event_days)))
    menu = ''.join(f'<li class="nav-item"><a class="nav-link" href="{TK_HOST}/{["", "Articles_sante", "Sciences", "Wiki", "tiki-forums.php", "tiki-calendar.php", "tiki-register.php"][i]}">{t}</a></li>'
                   for i, t in enumerate(TK_MENU))
    today = f'{TK_TODAY} {DAYS[now.weekday()]} {dz(now)}'
    url = f'{TK_HOST}/article{article_id}-{hex_id(title)[:8]}'
    login = (f'<form class="form" method="post" action="tiki-login.php"><label for="login-user">{TK_LOGIN[0]}</label><input type="text" id="login-user" name="user" class="form-control">'
             f'<label for="login-pass">{TK_LOGIN[1]}</label><input type="password" id="login-pass" name="pass" class="form-control"><button type="submit" class="btn btn-primary">{TK_LOGIN[2]}</button></form>'
             f'<a href="tiki-remind_password.php">{TK_LOGIN[3]}</a>')
    letter = tk_module(15, 'box-newsletters', TK_LETTER_HEAD, f'<p>{TK_LETTER}</p><form><input type="email" class="form-control" aria-label="email"><button type="submit" class="btn btn-secondary">{TK_LETTER_BUTTON}</button></form>')
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl" id="page_{article_id}">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=Edge">
<meta charset="utf-8">
<meta name="generator" content="Tiki Wiki CMS Groupware - https://tiki.org">
<meta content="{TK_HOST}" name="twitter:domain">
<link rel="canonical" href="{url}">
<meta name="description" content="{esc(lead_words(paras, 22))}" property="og:description">
<meta name="twitter:description" content="{esc(lead_words(paras, 22))}">
<meta content="{TK_SITE}" property="og:site_name">
<meta content="{esc(title)}" property="og:title">
<meta content="article" property="og:type">
<meta content="{url}" property="og:url">
<meta name="twitter:card" content="summary">
<title>{TK_SITE} | {esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="temp/public/min_main_{hex_id("tk css")[:32]}.css" type="text/css">
<link rel="alternate" type="application/rss+xml" title="RSS" href="tiki-articles_rss.php?ver=2">
</head>
<body class="tiki tiki-read_article tiki_cms layout_basic fixed_width rtl" dir="rtl">
<div id="tikifeedback"></div>
<div class="container container-std">
<div class="page-header row" id="page-header"><div class="col-md-12 top_modules">
<div id="module_1" class="module box-logo"><div class="sitelogo"><a href="./"><img src="img/tiki/nabd-logo.png" alt="{TK_SITE}" width="220" height="64"></a></div><div class="sitetitles"><div class="sitetitle">{TK_SITE}</div><div class="sitesubtitle">{TK_SLOGAN}</div></div></div>
<div id="module_2" class="module box-search"><form class="form-inline" method="get" action="tiki-searchindex.php"><input type="text" name="filter~content" class="form-control" aria-label="{TK_SEARCH}"><button type="submit" class="btn btn-info">{TK_SEARCH}</button></form></div>
<div id="module_3" class="module box-rcontent"><span class="tiki-date">{today}</span></div>
</div></div>
<div class="row topbar" id="topbar"><nav class="navbar navbar-expand-md"><ul class="navbar-nav cssmenu_horiz">{menu}</ul></nav></div>
<div class="row row-middle" id="row-middle">
<div class="col col1 col-md-12 col-lg-9 order-md-1" id="col1">
<div id="role_main">
<nav class="nav-breadcrumb" aria-label="breadcrumbs"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="./">{TK_MENU[0]}</a></li><li class="breadcrumb-item"><a href="tiki-view_articles.php?topic={3 + k % 2}">{topic}</a></li></ol></nav>
<article class="article media article{article_id}">
<div class="articletopline">{topline}</div>
<header class="articletitle">
<h1>{esc(title)}</h1>
<span class="titleb">{titleb[0]} - {titleb[1]} - {titleb[2]}</span>
</header>
<div class="articleheading"><div class="garys"><a href="tiki-view_articles.php?topic={3 + k % 2}" class="thumbnail" title="{topic}"><img class="articleimage" alt="{topic}" src="article_image.php?image_type=topic&amp;id={3 + k % 2}"></a>
<div class="articleheadingtext">{esc(paras[0])}</div>
</div></div>
<div class="articletrailer">{trailer}</div>
<div class="articlebody clearfix">
{body}
</div>
<div class="related_articles"><h4>{TK_RELATED}</h4><ul>{rel_html}</ul></div>
<footer class="help-block">{TK_COPY_NOTE}</footer>
</article>
<div id="comments"><div id="comment-container" class="comment-container"><h3>{TK_COMMENTS_HEAD}</h3><ol class="media-list">{comments_html}</ol></div>
<div id="form"><h3>{TK_FORM_HEAD}</h3><p class="description">{TK_FORM_NOTE}</p><form method="post" action="tiki-read_article.php?articleId={article_id}" class="comment-form"><label>{TK_FORM[0]}</label><input type="text" name="comments_title" class="form-control"><label>{TK_FORM[1]}</label><textarea name="comments_data" rows="6" class="form-control"></textarea><label>{TK_FORM[2]}</label><input type="text" name="anonymous_name" class="form-control"><button type="submit" class="btn btn-primary">{TK_FORM[3]}</button></form></div></div>
</div>
</div>
<div class="col col2 col-md-12 col-lg-3 order-md-0" id="col2">
{tk_module(11, "box-top_articles", TK_TOP, "<ol>" + top_html + "</ol>")}
{tk_module(12, "box-articles", TK_LAST, "<ul>" + last_html + "</ul>")}
{tk_module(13, "box-upcoming_events", TK_EVENTS_HEAD, "<ul>" + events_html + "</ul>")}
{tk_module(14, "box-login_box", TK_LOGIN_HEAD, login)}
{letter}
</div>
</div>
<footer class="row footer main-footer" id="footer"><div class="footer_liner"><div id="module_21" class="module box-rcontent"><p>{TK_FOOT.format(year=now.year)}</p></div>
<div id="module_22" class="module box-poweredby"><div class="power"><a href="https://tiki.org" title="Tiki Wiki CMS Groupware" target="_blank">{TK_POWERED}</a> <span class="separator">|</span> <span class="theme">{TK_THEME}</span></div></div></div></footer>
</div>
<div id="cookie_consent_div" class="alert alert-primary" role="dialog"><span>{TK_COOKIE}</span> <button type="button" class="btn btn-success" id="cookie_consent_button">{TK_COOKIE_BUTTON}</button></div>
<script src="temp/public/min_main_{hex_id("tk js")[:32]}.js"></script>
</body>
</html>
'''
    without = [TK_SLOGAN, today, topline, TK_SIZE.format(n=size), TK_COMMENT_COUNT.format(n=len(comments)), TK_RELATED, TK_COPY_NOTE,
               TK_COMMENTS_HEAD, TK_FORM_HEAD, TK_FORM_NOTE, TK_TOP, TK_LAST, TK_EVENTS_HEAD, TK_LOGIN_HEAD, TK_LETTER_HEAD, TK_LETTER,
               TK_FOOT.format(year=now.year), TK_POWERED, TK_COOKIE] + titleb + TK_TOOLS + outside(TK_MENU[1:] + [topic], paras) + \
        [c for _, c in comments] + comment_lines + last + [ymd(d) for d in last_days] + TK_EVENTS + [dz(d) for d in event_days] + \
        rel[:2] + top[:2] + [x for x in (edited, review) if x]
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel + top, without, upd_of(upd_day)


# --- mambo: a Yemeni news portal still on Mambo 4.6 -------------------------------------------------------------
MB_SITE = 'مرافئ اليمن'
MB_HOST = 'http://www.marafie-yemen.example'
MB_SLOGAN = 'بوابة أخبار يمنية مستقلة انطلقت من عدن سنة 2006'
MB_TODAY = 'اليوم:'
MB_MENU = ['الرئيسية', 'أخبار محلية', 'عربي ودولي', 'مقالات الرأي', 'ثقافة وفنون', 'علوم', 'اتصل بنا']
MB_SECTIONS = {'opinion': 'مقالات الرأي', 'arts': 'ثقافة وفنون', 'science': 'علوم', 'midan': 'ملفات وتحقيقات'}
MB_FLASH = 'شريط المرافئ'
MB_MAINMENU_HEAD = 'أقسام البوابة'
MB_MAINMENU = ['الصفحة الرئيسية', 'أرشيف المواد', 'دليل المواقع اليمنية', 'خريطة البوابة', 'راسل التحرير']
MB_LATEST = 'وصلت للتو إلى المرافئ'
MB_POLL_HEAD = 'استفتاء المرافئ'
MB_POLL = 'ما وسيلتك الأولى لمعرفة ما يجري؟'
MB_POLL_OPTIONS = ['الهاتف المحمول', 'القنوات الفضائية', 'الإذاعات المحلية', 'الصحف الورقية']
MB_POLL_BUTTONS = ['صوّت', 'النتائج']
MB_ONLINE_HEAD = 'زوار البوابة'
MB_ONLINE = 'يتصفح البوابة الآن {g} زائراً'
MB_WRITTEN = 'كتبه'
MB_AUTHORS = ['التحرير', 'عبدالرحمن باعلوي', 'قسم الثقافة', 'هدى الشرجبي']
MB_MODIFIED = 'عُدّلت المادة'
MB_SOURCE = 'نقلتها المرافئ بتصرف يسير من الجزيرة نت'
MB_ALSO = 'مادة أرشيفية قريبة:'
MB_PREV, MB_NEXT = '&lt; السابق', 'التالي &gt;'
MB_COMMENTS_HEAD = 'ماذا قال القراء ({n})'
MB_COMMENTERS = [('أبو صالح الحضرمي', 'مقال يستحق القراءة بتأنٍ، ونتمنى أن يصل إلى كل من يهمه الأمر'),
                 ('منى - تعز', 'شكراً للمرافئ على نقل هذه المادة، فهي نادرة في صحافتنا المحلية'),
                 ('قارئ من المكلا', 'نحتاج مقالات تحليلية من هذا النوع بدلاً من الأخبار المكررة')]
MB_COMMENT_ON = 'في'
MB_FORM_HEAD = 'علّق على ما قرأت'
MB_FORM = ['الاسم', 'البريد', 'التعليق', 'أرسل']
MB_FORM_NOTE = 'تحجب إدارة التحرير أي تعليق مسيء أو بعيد عن موضوع المادة'
MB_POPULAR = 'المواد الأكثر قراءة شهرياً'
MB_RELATED = 'مواد يجمعها بهذه المادة ملف واحد'
MB_SYNDICATE = 'تابع البوابة بخلاصات RSS'
MB_LETTER_HEAD = 'القائمة البريدية'
MB_LETTER = 'اكتب بريدك لتصلك عناوين المرافئ كل مساء'
MB_LETTER_BUTTON = 'اشترك'
MB_FOOT = '© {year} مرافئ اليمن. ما يُنشر من مقالات يمثل كتّابه وحدهم'
MB_GPL = 'Mambo is Free Software released under the GNU/GPL License.'


def mb_long(t, time=True):
    """Mambo's _DATE_FORMAT_LC2 ('%A, %d %B %Y %H:%M') under the Arabic locale (the comma is the template's)."""
    return f'{DAYS[t.weekday()]}, {t.day:02d} {GULF_MONTHS[t.month - 1]} {t.year}' + (f' {hm(t)}' if time else '')


def mb_shown(t, k):
    return (mb_long(t), f'{t.day:02d}-{t.month:02d}-{t.year} {hm(t)}', mb_long(t), f'{DAYS[t.weekday()]}، {gulf(t)}')[k]


def mb_module(title, inner, cls=''):
    """mosLoadModules()'s table of one module (style 0)."""
    sfx = f'{cls}' if cls else ''
    return (f'<table cellpadding="0" cellspacing="0" class="moduletable{sfx}"><tr><th valign="top">{title}</th></tr>'
            f'<tr><td>{inner}</td></tr></table>\n')


def render_mambo(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'mambo'
    pub, draw = extra['at'], extra['draw']
    rel, popular, latest = others[:4], others[4:9], others[9:11] + extra['more'][:3]
    flash = extra['more'][3:6]
    cid = 3180 + 53 * k
    section = MB_SECTIONS.get(extra['folder'], 'مقالات الرأي')
    author = MB_AUTHORS[k]
    mod, upd_day = updates(kind, k, pub, draw, (0, 2))
    now = saved(kind, pub, mod, upd_day, draw, days=2, hours=draw['saved_hours'], minutes=draw['saved_minutes'])
    shown = mb_shown(pub, k)
    modified = f'{MB_MODIFIED} ( {mb_shown(mod, k)} )' if upd_day else ''
    also = ''
    if k % 2 == 1:
        also = f'<p><b>{MB_ALSO}</b> <a href="index.php?option=com_content&amp;task=view&amp;id={cid - 27}&amp;Itemid=34">{esc(extra["also"])}</a></p>'
    text = ps_with(paras, name, also, 2, 'b') + f'<p><i>{MB_SOURCE}</i></p>'
    flash_days = [earlier(kind, now, minutes=35 + 50 * i) for i in range(len(flash))]
    flash_html = ' &nbsp;|&nbsp; '.join(f'<span class="flashtime">{hm(d)}</span> <a href="index.php?option=com_content&amp;task=view&amp;id={cid + 9 + i}&amp;Itemid=2">{esc(t)}</a>'
                                        for i, (t, d) in enumerate(zip(flash, flash_days)))
    topmenu = ''.join(f'<a href="index.php?option=com_content&amp;task=section&amp;id={i + 1}&amp;Itemid={10 + i}" class="mainlevel-nav"{" id=" + chr(34) + "active_menu-nav" + chr(34) if t == section else ""}>{t}</a>'
                      for i, t in enumerate(MB_MENU))
    mainmenu = ''.join(f'<tr align="right"><td><a href="index.php?option=com_content&amp;Itemid={60 + i}" class="mainlevel">{t}</a></td></tr>' for i, t in enumerate(MB_MAINMENU))
    latest_html = '<ul class="latestnews">' + ''.join(f'<li class="latestnews"><a href="index.php?option=com_content&amp;task=view&amp;id={cid + 1 + i}&amp;Itemid=2" class="latestnews">{esc(t)}</a></li>' for i, t in enumerate(latest)) + '</ul>'
    poll = (f'<form action="index.php?option=com_poll&amp;Itemid=41" method="post" name="form2"><table width="95%" border="0" cellspacing="0" cellpadding="1" align="center" class="poll"><tr><td colspan="2" class="poll"><b>{MB_POLL}</b></td></tr>'
            + ''.join(f'<tr><td class="sectiontableentry{1 + i % 2}" valign="top"><input type="radio" name="voteid" id="voteid{i}" value="{i}" class="inputbox"></td><td class="sectiontableentry{1 + i % 2}" valign="top"><label for="voteid{i}">{o}</label></td></tr>' for i, o in enumerate(MB_POLL_OPTIONS))
            + f'<tr><td colspan="2" align="center"><input type="submit" name="task_button" class="button" value="{MB_POLL_BUTTONS[0]}"> <input type="button" name="option" class="button" value="{MB_POLL_BUTTONS[1]}"></td></tr></table></form>')
    online = MB_ONLINE.format(g=15 + draw['count'] % 60)
    popular_html = '<ul class="mostread">' + ''.join(f'<li class="mostread"><a href="index.php?option=com_content&amp;task=view&amp;id={cid - 90 - 7 * i}&amp;Itemid=2" class="mostread">{esc(t)}</a></li>' for i, t in enumerate(popular)) + '</ul>'
    rel_html = '<ul class="relateditems">' + ''.join(f'<li><a href="index.php?option=com_content&amp;task=view&amp;id={cid - 200 - 11 * i}&amp;Itemid=2">{esc(t)}</a></li>' for i, t in enumerate(rel)) + '</ul>'
    comments = (MB_COMMENTERS[k % 3:] + MB_COMMENTERS[:k % 3])[:2 + k % 2]
    comment_days = moments(kind, pub, now, len(comments))
    comment_lines = [mb_long(d) for d in comment_days]
    comments_html = ''.join(f'<tr><td class="sectiontableentry{1 + i % 2}"><b>{esc(n)}</b> <span class="small">{MB_COMMENT_ON} {line}</span><br>{esc(c)}</td></tr>'
                            for i, ((n, c), line) in enumerate(zip(comments, comment_lines)))
    today = mb_long(now, time=False)
    keywords = ', '.join([MB_SITE, section])
    modified_row = f'<tr><td colspan="2" align="right" class="modifydate">{modified}</td></tr>' if modified else ''
    page = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl">
<head>
<title>{MB_SITE} - {esc(title)}</title>
<meta name="description" content="{esc(lead_words(paras, 20))}" />
<meta name="keywords" content="{esc(keywords)}" />
<meta name="Generator" content="Mambo - Copyright 2000 - 2008 Mambo Foundation Inc. All rights reserved." />
<meta name="robots" content="index, follow" />
<base href="{MB_HOST}/" />
<link rel="shortcut icon" href="{MB_HOST}/images/favicon.ico" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link href="{MB_HOST}/templates/marafie_rtl/css/template_css.css" rel="stylesheet" type="text/css" />
<script language="JavaScript1.2" src="{MB_HOST}/includes/js/mambojavascript.js" type="text/javascript"></script>
</head>
<body>
<table width="970" border="0" align="center" cellpadding="0" cellspacing="0" id="main">
<tr><td colspan="3" id="header"><table width="100%" cellpadding="0" cellspacing="0"><tr><td width="320"><a href="index.php"><img src="templates/marafie_rtl/images/logo.gif" alt="{MB_SITE}" width="320" height="90" border="0" /></a></td><td class="slogan">{MB_SLOGAN}</td><td class="date" width="200">{MB_TODAY} {today}</td></tr></table></td></tr>
<tr><td colspan="3" id="topmenu">{topmenu}</td></tr>
<tr><td colspan="3" id="newsflash"><b>{MB_FLASH}</b> <marquee direction="right" scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()">{flash_html}</marquee></td></tr>
<tr valign="top">
<td width="190" id="left">
{mb_module(MB_MAINMENU_HEAD, '<table width="100%" border="0" cellpadding="0" cellspacing="0">' + mainmenu + '</table>', '_menu')}{mb_module(MB_LATEST, latest_html)}{mb_module(MB_POLL_HEAD, poll)}{mb_module(MB_ONLINE_HEAD, online)}</td>
<td id="content" valign="top">
<span class="pathway"><a href="index.php" class="pathway">{MB_MENU[0]}</a> <img src="images/M_images/arrow.png" alt="arrow" /> <a href="index.php?option=com_content&amp;task=section&amp;id=4&amp;Itemid=13" class="pathway">{section}</a> <img src="images/M_images/arrow.png" alt="arrow" /> {esc(title)}</span>
<table class="contentpaneopen">
<tr>
<td class="contentheading" width="100%"><h1 class="contentheading">{esc(title)}</h1></td>
<td align="right" width="100%" class="buttonheading"><a href="index2.php?option=com_content&amp;do_pdf=1&amp;id={cid}" target="_blank" title="PDF"><img src="images/M_images/pdf_button.png" alt="PDF" align="middle" border="0" /></a></td>
<td align="right" width="100%" class="buttonheading"><a href="index2.php?option=com_content&amp;task=view&amp;id={cid}&amp;pop=1&amp;page=0&amp;Itemid=2" target="_blank" title="Print"><img src="images/M_images/printButton.png" alt="Print" align="middle" border="0" /></a></td>
<td align="right" width="100%" class="buttonheading"><a href="index2.php?option=com_content&amp;task=emailform&amp;id={cid}&amp;itemid=2" target="_blank" title="E-mail"><img src="images/M_images/emailButton.png" alt="E-mail" align="middle" border="0" /></a></td>
</tr>
</table>
<table class="contentpaneopen">
<tr><td width="70%" align="right" valign="top" colspan="2"><span class="small">{MB_WRITTEN} {esc(author)}</span>&nbsp;&nbsp;</td></tr>
<tr><td valign="top" colspan="2" class="createdate">{shown}</td></tr>
<tr><td valign="top" colspan="2">
{text}
</td></tr>
{modified_row}
</table>
<span class="article_seperator">&nbsp;</span>
<table align="center" style="margin-top: 25px;"><tr><th class="pagenav_prev"><a href="index.php?option=com_content&amp;task=view&amp;id={cid - 1}&amp;Itemid=2">{MB_PREV}</a></th><td width="50">&nbsp;</td><th class="pagenav_next"><a href="index.php?option=com_content&amp;task=view&amp;id={cid + 1}&amp;Itemid=2">{MB_NEXT}</a></th></tr></table>
<br />
<table width="100%" cellpadding="4" cellspacing="0" class="akocomment"><tr><td class="sectiontableheader">{MB_COMMENTS_HEAD.format(n=len(comments))}</td></tr>{comments_html}</table>
<form action="index.php?option=com_akocomment&amp;Itemid=2" method="post" name="akoform"><table width="100%" class="akocommentform"><tr><td class="sectiontableheader">{MB_FORM_HEAD}</td></tr><tr><td class="small">{MB_FORM_NOTE}</td></tr>
<tr><td>{MB_FORM[0]}<br /><input type="text" name="acname" class="inputbox" size="40" /></td></tr><tr><td>{MB_FORM[1]}<br /><input type="text" name="acmail" class="inputbox" size="40" /></td></tr><tr><td>{MB_FORM[2]}<br /><textarea name="comment" cols="50" rows="6" class="inputbox"></textarea></td></tr>
<tr><td><input type="hidden" name="contentid" value="{cid}" /><input type="submit" name="send" value="{MB_FORM[3]}" class="button" /></td></tr></table></form>
</td>
<td width="190" id="right">
{mb_module(MB_POPULAR, popular_html)}{mb_module(MB_RELATED, rel_html)}{mb_module(MB_LETTER_HEAD, '<p>' + MB_LETTER + '</p><form action="index.php?option=com_letterman" method="post"><input type="text" name="subscriber_email" class="inputbox" size="16" /><input type="submit" class="button" value="' + MB_LETTER_BUTTON + '" /></form>')}{mb_module(MB_SYNDICATE, '<a href="index2.php?option=com_rss&amp;feed=RSS2.0&amp;no_html=1"><img src="images/M_images/rss20.gif" alt="RSS 2.0" border="0" /></a>')}</td>
</tr>
<tr><td colspan="3" id="footer"><div align="center">{MB_FOOT.format(year=now.year)}</div><div align="center">{MB_GPL}</div></td></tr>
</table>
</body>
</html>
'''
    without = [MB_SLOGAN, today, MB_FLASH, MB_MAINMENU_HEAD, MB_LATEST, MB_POLL_HEAD, MB_POLL, MB_ONLINE_HEAD, online, section,
               f'{MB_WRITTEN} {author}', shown, MB_SOURCE, MB_COMMENTS_HEAD.format(n=len(comments)), MB_FORM_HEAD, MB_FORM_NOTE,
               MB_POPULAR, MB_RELATED, MB_SYNDICATE, MB_LETTER, MB_FOOT.format(year=now.year), MB_GPL] + \
        outside(MB_MENU[1:] + MB_MAINMENU + MB_POLL_OPTIONS + ['السابق', 'التالي'], paras) + flash + [hm(d) for d in flash_days[:1]] + latest + \
        [c for _, c in comments] + comment_lines + popular[:2] + rel[:2] + ([modified] if modified else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, popular + rel, without, upd_of(upd_day)


# --- nucleus: an Amman family blog on Nucleus CMS ----------------------------------------------------------------
NC_SITE = 'حكايا البيت العمّاني'
NC_HOST = 'https://hakaya-bait.jo.example'
NC_DESC = 'مدونة أسرية أنقل فيها ما أقرأه وأجربه عن التربية والصحة وتدبير البيت'
NC_NAV = ['الصفحة الأولى', 'أرشيف المدونة', 'من أنا', 'راسليني']
NC_CATEGORIES = {'lifestyle': 'أسلوب حياة', 'family': 'أسرة وتربية'}
NC_POSTED = 'نشرتها {name} الساعة {time} في تصنيف {cat}'
NC_AUTHORS = ['أم يزن', 'أم يزن', 'ضيفة المدونة: رشا', 'أم يزن']
NC_KARMA = 'رأي القراء: +{plus} / -{minus}'
NC_VOTES = ['أعجبتني', 'لم تعجبني']
NC_PERMALINK = 'الرابط الثابت'
NC_SOURCE = 'المادة الأصلية منشورة على الجزيرة نت، وأعدت نشرها هنا مع اختصار يسير'
NC_ALSO = 'كتبت في المدونة قبل ذلك:'
NC_ADDED = 'إضافة بتاريخ {date}: أعدت صياغة فقرتين بعد ملاحظات وصلتني من القارئات'
NC_EDITED = 'عدّلتُ التدوينة للمرة الأخيرة في {date}'
NC_RELATED = 'تدوينات تلامس موضوع هذه التدوينة'
NC_COMMENTS_HEAD = 'ما كتبه الزوار'
NC_WROTE = 'كتب:'
NC_COMMENTERS = [('أم ليث', 'كلامك صحيح، جربته مع أولادي وفرق معنا كثير، يسلم إيدك'),
                 ('Rami', 'تدوينة مرتبة وحلوة، ومعلوماتها مفيدة لكل بيت عنده أطفال'),
                 ('سلمى - إربد', 'بتمنى تكتبي مرة عن تنظيم وقت الأم العاملة بين الشغل والبيت')]
NC_FORM_HEAD = 'اتركي أو اترك تعليقاً'
NC_FORM = ['الاسم', 'البريد أو الموقع', 'تذكّر بياناتي', 'أضف التعليق']
NC_SIDE_NAV = 'تصفح المدونة'
NC_CATS_HEAD = 'التصنيفات'
NC_SEARCH = 'ابحثي في المدونة'
NC_SEARCH_BUTTON = 'بحث'
NC_POPULAR = 'تدويناتي الأكثر قراءة'
NC_RECENT = 'آخر ما نشرت'
NC_ARCHIVE = 'أرشيف الشهور'
NC_LOGIN = 'دخول صاحبة المدونة'
NC_POWERED = 'Powered by Nucleus CMS'
NC_FOOT = '© {year} حكايا البيت العمّاني. النصوص المنقولة تبقى لأصحابها'


def nc_header(t, k):
    """The item's date header: the skin's DATE_HEADER '%A %d %B %Y' with Levantine month names, or '%d/%m/%Y' (page 2)."""
    return dmy(t) if k == 2 else f'{DAYS[t.weekday()]} {t.day:02d} {LEVANT_MONTHS[t.month - 1]} {t.year}'


def nc_br(paras, name=''):
    """Nucleus' convertBreaks: the item's paragraphs separated by <br /> twice (the lead's dateline in <b>)."""
    return '<br />\n<br />\n'.join(lead_inner(paras, name, 'b') if i == 0 and name else esc(p) for i, p in enumerate(paras))


def render_nucleus(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'nucleus'
    pub, draw = extra['at'], extra['draw']
    rel, popular, recent = others[:4], others[4:9], others[9:11] + extra['more'][:3]
    item_id = 431 + 23 * k
    cat = NC_CATEGORIES.get(extra['folder'], 'أسلوب حياة')
    author = NC_AUTHORS[k]
    mod, upd_day = updates(kind, k, pub, draw, (1, 3))
    now = saved(kind, pub, mod, upd_day, draw, days=2, hours=draw['saved_hours'], minutes=draw['saved_minutes'])
    header = nc_header(pub, k)
    posted = NC_POSTED.format(name=author, time=hm(pub), cat=cat)
    plus, minus = 5 + draw['count'] % 40, draw['count'] % 7
    karma = NC_KARMA.format(plus=plus, minus=minus)
    added = NC_ADDED.format(date=f'{dmy(mod)} {hm(mod)}') if k == 1 else ''
    edited = NC_EDITED.format(date=nc_header(mod, 0)) if k == 3 else ''
    # The item's body (the lead and the second paragraph) and its "more" (the rest), both nl2br'd.
    more = [esc(p) for p in paras[2:]]
    if k % 2 == 1:
        more.insert(2, f'<b>{NC_ALSO}</b> <a href="{NC_HOST}/index.php?itemid={item_id - 17}">{esc(extra["also"])}</a>')
    more.append(f'<i>{NC_SOURCE}</i>')
    if added:
        more.append(f'<i>{added}</i>')
    body_html = nc_br(paras[:2], name)
    more_html = '<br />\n<br />\n'.join(more)
    comments = (NC_COMMENTERS[k % 3:] + NC_COMMENTERS[:k % 3])[:2 + k % 2]
    comment_days = moments(kind, pub, now, len(comments))
    comment_lines = [f'{dmy(d)} {hm(d)}' for d in comment_days]
    comments_html = ''.join(f'<div class="itemcomment id{i + 1}"><h3><a href="{NC_HOST}/index.php?itemid={item_id}#c{item_id * 10 + i}" title="#{i + 1}">{esc(n)}</a> {NC_WROTE}</h3>'
                            f'<div class="commentbody">{esc(c)}</div><div class="commentinfo">{line}</div></div>'
                            for i, ((n, c), line) in enumerate(zip(comments, comment_lines)))
    recent_days = moments(kind, pub, now, len(recent))
    recent_html = ''.join(f'<li><a href="{NC_HOST}/index.php?itemid={item_id + 1 + i}">{esc(t)}</a> <span class="date">{dmy(d)}</span></li>'
                          for i, (t, d) in enumerate(zip(recent, recent_days)))
    popular_html = ''.join(f'<li><a href="{NC_HOST}/index.php?itemid={item_id - 100 - 9 * i}">{esc(t)}</a></li>' for i, t in enumerate(popular))
    rel_html = ''.join(f'<li><a href="{NC_HOST}/index.php?itemid={item_id - 50 - 13 * i}">{esc(t)}</a></li>' for i, t in enumerate(rel))
    months, y, m = [], now.year, now.month
    for _ in range(4):
        months.append((y, m, f'{LEVANT_MONTHS[m - 1]} {y}'))
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    archive_html = ''.join(f'<li><a href="{NC_HOST}/index.php?archive={y}-{m:02d}&amp;blogid=1">{t}</a></li>' for y, m, t in months)
    cats_html = ''.join(f'<li><a href="{NC_HOST}/index.php?catid={i + 1}">{c}</a></li>' for i, c in enumerate(NC_CATEGORIES.values()))
    nav = ''.join(f'<li><a href="{NC_HOST}/{["index.php", "index.php?archivelist=1", "index.php?special=about", "index.php?special=contact"][i]}">{t}</a></li>' for i, t in enumerate(NC_NAV))
    url = f'{NC_HOST}/index.php?itemid={item_id}'
    edited_html = f'<span class="edited">{edited}</span> · ' if edited else ''
    page = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="ar" lang="ar" dir="rtl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="generator" content="Nucleus CMS v3.80" />
<title>{NC_SITE} - {esc(title)}</title>
<link rel="stylesheet" title="Nucleus" type="text/css" href="{NC_HOST}/skins/hakaya/default.css" />
<link rel="alternate" type="application/rss+xml" title="RSS" href="{NC_HOST}/xml-rss2.php?blogid=1" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{NC_HOST}/rsd.php" />
<link rel="bookmark" title="Nucleus" href="http://nucleuscms.org/" />
<link rel="archives" title="Archives" href="{NC_HOST}/index.php?archivelist=1" />
<link rel="top" title="Today" href="{NC_HOST}/" />
<link rel="prev" href="{NC_HOST}/index.php?itemid={item_id - 1}" />
<link rel="next" href="{NC_HOST}/index.php?itemid={item_id + 1}" />
</head>
<body>
<div id="wrapper">
<div id="header"><div class="blogname"><a href="{NC_HOST}/" accesskey="1">{NC_SITE}</a></div><div class="blogdesc">{NC_DESC}</div>
<ul class="topnav">{nav}</ul></div>
<div id="container">
<div class="content">
<div class="contenttitle"><h2>{header}</h2></div>
<div class="item">
<div class="itemtitle"><h1>{esc(title)}</h1></div>
<div class="itembody">
{body_html}
</div>
<div class="itemmore"><a id="more"></a>
{more_html}
</div>
<div class="iteminfo">{posted} · {edited_html}<a href="{url}" title="{NC_PERMALINK}">{NC_PERMALINK}</a> · <span class="karma">{karma}</span> <a href="{NC_HOST}/action.php?action=votepositive&amp;itemid={item_id}">{NC_VOTES[0]}</a> <a href="{NC_HOST}/action.php?action=votenegative&amp;itemid={item_id}">{NC_VOTES[1]}</a></div>
</div>
<div class="related"><h3>{NC_RELATED}</h3><ul>{rel_html}</ul></div>
</div>
<div class="content">
<div class="contenttitle"><h2>{NC_COMMENTS_HEAD}</h2></div>
<a id="c"></a>
{comments_html}
</div>
<div class="content">
<div class="contenttitle"><h2>{NC_FORM_HEAD}</h2></div>
<form method="post" action="#c"><div class="commentform"><input type="hidden" name="action" value="addcomment" /><input type="hidden" name="itemid" value="{item_id}" />
<textarea name="body" class="formfield" cols="40" rows="10" id="nucleus_cf_body"></textarea>
<label for="nucleus_cf_name">{NC_FORM[0]}</label> <input name="user" size="40" maxlength="40" value="" class="formfield" id="nucleus_cf_name" />
<label for="nucleus_cf_mail">{NC_FORM[1]}</label> <input name="userid" size="40" maxlength="60" value="" class="formfield" id="nucleus_cf_mail" />
<input type="checkbox" value="1" name="remember" id="nucleus_cf_remember" /><label for="nucleus_cf_remember">{NC_FORM[2]}</label>
<input type="submit" value="{NC_FORM[3]}" class="formbutton" /></div></form>
</div>
</div>
<div id="sidebar">
<dl class="sidebardl"><dt>{NC_SIDE_NAV}</dt><dd><a href="{NC_HOST}/index.php?itemid={item_id - 1}">&laquo;</a> | <a href="{NC_HOST}/">{NC_NAV[0]}</a> | <a href="{NC_HOST}/index.php?itemid={item_id + 1}">&raquo;</a></dd></dl>
<dl class="sidebardl"><dt>{NC_CATS_HEAD}</dt><dd><ul>{cats_html}</ul></dd></dl>
<dl class="sidebardl"><dt>{NC_SEARCH}</dt><dd><form method="get" action="{NC_HOST}/index.php"><div class="searchform"><input name="query" class="formfield" size="10" maxlength="60" value="" /><input type="submit" value="{NC_SEARCH_BUTTON}" class="formbutton" /></div></form></dd></dl>
<dl class="sidebardl"><dt>{NC_POPULAR}</dt><dd><ol>{popular_html}</ol></dd></dl>
<dl class="sidebardl"><dt>{NC_RECENT}</dt><dd><ul>{recent_html}</ul></dd></dl>
<dl class="sidebardl"><dt>{NC_ARCHIVE}</dt><dd><ul>{archive_html}</ul></dd></dl>
<dl class="sidebardl"><dt>{NC_LOGIN}</dt><dd><a href="{NC_HOST}/nucleus/">{NC_LOGIN}</a></dd></dl>
<dl class="sidebardl"><dt>Powered by</dt><dd><a href="http://nucleuscms.org/" title="{NC_POWERED}"><img src="{NC_HOST}/nucleus/nucleus2.gif" width="85" height="31" alt="{NC_POWERED}" /></a></dd></dl>
</div>
<div id="footer"><p>{NC_FOOT.format(year=now.year)}</p></div>
</div>
</body>
</html>
'''
    without = [NC_DESC, header, posted, karma, NC_SOURCE, NC_RELATED, NC_COMMENTS_HEAD, NC_FORM_HEAD, NC_SIDE_NAV, NC_CATS_HEAD, NC_SEARCH,
               NC_POPULAR, NC_RECENT, NC_ARCHIVE, NC_LOGIN, NC_FOOT.format(year=now.year)] + \
        outside(NC_NAV[1:] + NC_VOTES + [NC_PERMALINK], paras) + [c for _, c in comments] + comment_lines + recent + \
        [dmy(d) for d in recent_days] + [t for _, _, t in months] + popular[:2] + rel[:2] + [x for x in (added, edited) if x]
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel + popular, without, upd_of(upd_day)


# --- nodebb: a Kuwaiti community forum on NodeBB (Harmony) where members post the news -------------------------
NB_SITE = 'ديوانية الشبكة'
NB_HOST = 'https://dewaniya-net.kw.example'
NB_SKIP = 'اقفز إلى المحتوى'
NB_NAV = ['الأقسام', 'الأحدث', 'الوسوم', 'الأكثر تفاعلاً', 'الأعضاء', 'المجموعات']
NB_GUEST = ['تسجيل', 'دخول']
NB_HOME = 'الرئيسية'
NB_CATEGORIES = {'middle-east': 'أخبار المنطقة', 'sport': 'الملاعب والرياضة', 'science-and-health': 'صحة وعلوم'}
NB_TAGS = {'middle-east': ['المنطقة', 'سياسة'], 'sport': ['كورة'], 'science-and-health': ['صحة']}
NB_STATS = ['مشاركة', 'مشاهدة']
NB_POSTERS = [('ناقل_الخبر', 'naqel'), ('بوعبدالله', 'bu-abdullah'), ('مشرف الأخبار', 'news-mod'), ('ناقل_الخبر', 'naqel')]
NB_WROTE = 'كتب'
NB_EDITED_BY = 'عدّلها {name}'
NB_EDITED_TITLE = 'عُدّلت في {date}'
NB_SOURCE = 'نقله العضو من موقع CNN بالعربية'
NB_ALSO = 'سبق وناقشناه هنا بالديوانية:'
NB_REPLY_GUEST = 'سجّل دخولك أولاً حتى تقدر ترد على الموضوع'
NB_QUOTE = 'اقتباس'
NB_UPVOTE = 'تصويت'
NB_POPULAR = 'الأكثر مشاهدة بالديوانية هالأسبوع'
NB_RECENT = 'آخر المواضيع المضافة'
NB_SUGGESTED = 'مواضيع لها علاقة بهالخبر'
NB_BROWSING = 'يتصفح الموضوع الآن {n} زوار'
NB_RULES = 'قوانين الديوانية'
NB_FOOT = '{site} © {year} — مجتمع كويتي للنقاش الهادئ'
NB_POWERED = 'Powered by NodeBB'
NB_COOKIE = 'الديوانية تستخدم الكوكيز حق تسجيل الدخول وحفظ إعداداتك'
NB_COOKIE_BUTTON = 'تمام'
NB_MEMBERS = [
    ('أبو فهد', 'abufahad', 'والله الموضوع هذا يبيله متابعة، الأخبار تتغير كل ساعة والواحد ما يدري شنو الصج من الغلط. تسلم إيدك يا بو عبدالله، بس ياليت تحط لنا التحديثات هني أول بأول عشان ما نضيع بين الحسابات.'),
    ('نوف', 'nouf_kw', 'قريت الخبر أمس بالإنجليزي وكان فيه معلومات زيادة عن هذي الترجمة، خصوصاً الجزء اللي يتكلم عن ردود الفعل. مو شرط كل شي ينقل، بس الصورة ناقصة شوي وأتمنى أحد يضيف الرابط الأصلي للي يبي يتعمق.'),
    ('متابع من الجهراء', 'jahra_watch', 'الحين الناس بالدواوين ما عندها سالفة غير هالموضوع. اللي أبي أفهمه شنو تأثيره علينا احنا هني بالكويت، لأن أغلب التحليلات تتكلم عن الصورة الكبيرة وتنسى الناس العاديين اللي يتأثرون بالأسعار والسفر.'),
    ('Dr. Hamad', 'drhamad', 'ملاحظة بسيطة: العنوان فيه مبالغة شوي مقارنة بالمحتوى، والأرقام اللي فيه تحتاج مصدر ثاني يأكدها. أنا ما أشكك بالنقل، بس تعودنا إن أول يومين تطلع أرقام وبعدين تنعدل، فخلونا ننتظر شوي قبل لا نحكم.'),
    ('شيخة', 'sheikha_q', 'الله يستر ويعدي الأمور على خير. كل مرة نقول خلاص هدأت الأوضاع يطلع لنا خبر جديد. أتمنى الإخوان بالمنتدى يحطون الأخبار من مصادر موثوقة بس، لأن الواتساب صار مليان إشاعات وكلام ما له أساس.'),
    ('بو ناصر', 'bunasser', 'أنا عشت فترة طويلة برا وأعرف إن الإعلام الأجنبي يغطي هالأمور بطريقة مختلفة عن إعلامنا. عشان جذي أحب أتابع القصة بأكثر من موقع وأقارن، وهالموضوع مثال حلو على شلون تختلف الزوايا بين قناة وثانية.'),
    ('Ghadeer', 'ghadeer_m', 'سؤال للمشرفين: ليش ما تسوون قسم خاص للأخبار المترجمة؟ لاحظت إن أغلب المواضيع الإخبارية بالديوانية منقولة من مواقع أجنبية بالعربي، ولو انحطت بمكان واحد بيكون أسهل للمتابعة والبحث بدل ما تضيع بين الأقسام.'),
    ('ابن الفنطاس', 'fintas_son', 'الخبر زين بس التعليقات هني أحلى من الخبر نفسه، كل واحد جايب زاوية. اللي يعجبني بالديوانية إن النقاش محترم، مو مثل تويتر كل واحد يسب الثاني. استمروا على هالمستوى يا جماعة والله يحفظ الكويت وأهلها.'),
    ('مراقب', 'moraqeb', 'ترى فيه تحديث طلع الصبح على نفس القصة، والأرقام تغيرت عن اللي بالموضوع. ما أبي أحط رابط من برا عشان القوانين، بس اللي يبي يتأكد يدور على الخبر بالمواقع الرسمية وبيلقى الفرق واضح بين الروايتين.'),
    ('أم عبدالعزيز', 'um_aziz', 'الله يجزاك خير على النقل. أنا أتابع الديوانية من سنين وأحب إن المواضيع هني تنكتب بهدوء. بس ياليت تكبرون الخط شوي بالجوال، لأن القراءة صعبة شوي على الشاشة الصغيرة خصوصاً المواضيع الطويلة مثل هذا.'),
    ('Faisal.Q8', 'faisalq8', 'كلام منطقي، بس لازم نفرق بين الخبر والتحليل. اللي بالموضوع خبر، واللي بالردود آراء ناس، وهذا شي طبيعي. المهم ما ننقل الردود كأنها حقائق لأن بعض الأعضاء صاروا ياخذون كلام المنتدى وينشرونه بالقروبات كأنه خبر رسمي.'),
    ('سعود', 'saud_81', 'قبل سنتين صار شي مشابه وكلنا نتذكر شلون انتهى. التاريخ يعيد نفسه بس بأسماء جديدة. اللي أتمناه إن المسؤولين يتعلمون من اللي فات ويحطون حلول حقيقية بدل التصريحات اللي ما تأكل عيش وتنسى بعد أسبوع.'),
    ('Latifa', 'latifa_r', 'أضيف معلومة صغيرة: فيه تقرير نشرته جهة دولية الشهر اللي طاف يتكلم عن نفس الموضوع بالتفصيل وفيه جداول وأرقام. لو أحد مهتم يقدر يدور عليه، لأنه يشرح الخلفية اللي ما ذكرها الخبر هني وتساعد نفهم القصة كاملة.'),
    ('بو خالد', 'bukhaled', 'شكراً على الموضوع. بس عندي عتب بسيط على المشرفين: المواضيع الإخبارية تنقفل بسرعة وما نلحق نناقش. خلوها مفتوحة أسبوع على الأقل، لأن الأخبار مثل هذي تتطور والناس تحب ترجع تضيف وتعلق على الجديد.'),
]


def nb_ago(t, now):
    """jquery.timeago's Arabic strings as NodeBB's client leaves them in the page."""
    s = (now - t).total_seconds()
    minutes, hours, days = int(s // 60), int(s // 3600), int(s // 86400)

    def plural(n, one, two, few, many):
        return one if n == 1 else two if n == 2 else f'{n} {few}' if 3 <= n <= 10 else f'{n} {many}'
    if hours < 1:
        return 'منذ ' + plural(max(1, minutes), 'دقيقة', 'دقيقتين', 'دقائق', 'دقيقة')
    if days < 1:
        return 'منذ ' + plural(hours, 'ساعة', 'ساعتين', 'ساعات', 'ساعة')
    if days < 30:
        return 'منذ ' + plural(days, 'يوم', 'يومين', 'أيام', 'يوماً')
    months = days // 30
    if months < 12:
        return 'منذ ' + plural(months, 'شهر', 'شهرين', 'أشهر', 'شهراً')
    return 'منذ ' + plural(days // 365, 'سنة', 'سنتين', 'سنوات', 'سنة')


def nb_locale(t):
    """The title the client gives a timeago element: Date.toLocaleString() in an Arabic browser in Kuwait."""
    return (f'{indic(t.day)}\u200f/{indic(t.month)}\u200f/{indic(t.year)}، '
            f'{indic(t.hour % 12 or 12)}:{indic(f"{t.minute:02d}")}:{indic(f"{t.second:02d}")} {ampm(t)}')


def nb_timeago(t, now):
    return f'<span class="timeago" title="{nb_locale(t)}">{nb_ago(t, now)}</span>'


def nb_json(value):
    """NodeBB's ajaxify data as the template prints it (the closing-tag sequence escaped)."""
    return json.dumps(value, ensure_ascii=False, separators=(',', ':')).replace('</', '<\\/')


def nb_post(index, pid, user, slug_user, when, now, content, tid, edited=None, editor=None):
    uid = 100 + hash_int(slug_user) % 9000
    edit_meta = f'<meta itemprop="dateModified" content="{iso_ms_z(edited)}">' if edited else ''
    edit_html = ''
    if edited:
        edit_html = (f'<i component="post/edit-indicator" class="fa fa-edit text-muted edit-icon" title="{NB_EDITED_TITLE.format(date=nb_locale(edited))}"></i>'
                     f'<span data-editor="{editor[1]}" component="post/editor" class="visually-hidden">{NB_EDITED_BY.format(name=esc(editor[0]))} {nb_timeago(edited, now)}</span>')
    return (f'<li component="post" class="pt-4 {"topic-owner-post" if index == 0 else ""}" data-index="{index}" data-pid="{pid}" data-uid="{uid}" data-timestamp="{int(when.timestamp()) * 1000}" data-username="{esc(user)}" data-userslug="{slug_user}" itemprop="comment" itemtype="http://schema.org/Comment" itemscope>'
            f'<a component="post/anchor" data-index="{index}" id="{index + 1}"></a><meta itemprop="datePublished" content="{iso_ms_z(when)}">{edit_meta}'
            f'<div class="d-flex align-items-start gap-3 post-container-parent"><div class="bg-body d-none d-sm-block rounded-circle"><a class="d-inline-block position-relative text-decoration-none" href="/user/{slug_user}"><span title="{esc(user)}" data-uid="{uid}" class="avatar avatar-rounded" component="user/picture" style="--avatar-size: 48px; background-color: #009688;">{esc(user[0])}</span></a></div>'
            f'<div class="post-container d-flex gap-2 flex-grow-1 flex-column w-100"><div class="d-flex align-items-start justify-content-between gap-1 flex-nowrap w-100 post-header" itemprop="author" itemscope itemtype="https://schema.org/Person"><div class="d-flex gap-1 flex-wrap align-items-center text-truncate"><meta itemprop="name" content="{esc(user)}">'
            f'<a class="fw-bold text-nowrap text-truncate" href="/user/{slug_user}" data-username="{esc(user)}" data-uid="{uid}">{esc(user)}</a>'
            f'<div class="d-flex gap-1 align-items-center"><span class="text-muted">{NB_WROTE} <a href="/post/{pid}" class="timeago-link">{nb_timeago(when, now)}</a></span>{edit_html}</div></div>'
            f'<div class="d-flex align-items-center gap-1 justify-content-end"><a href="/post/{pid}" class="post-index text-muted d-none d-md-inline">#{index + 1}</a></div></div>'
            f'<div class="content text-break" component="post/content" itemprop="text">{content}</div>'
            f'<div component="post/footer" class="post-footer border-bottom pb-2"><div component="post/actions" class="d-flex flex-grow-1 align-items-center justify-content-end gap-1 post-tools">'
            f'<a component="post/quote" href="#" class="btn btn-ghost btn-sm" title="{NB_QUOTE}"><i class="fa fa-fw fa-quote-right text-primary"></i></a>'
            f'<a component="post/upvote" href="#" class="btn btn-ghost btn-sm" title="{NB_UPVOTE}"><i class="fa fa-fw fa-chevron-up text-primary"></i></a>'
            f'<a href="#" class="px-2 mx-1 btn btn-ghost btn-sm" component="post/vote-count" data-votes="{(pid * 7) % 23}">{(pid * 7) % 23}</a></div></div></div></div></li>')


def render_nodebb(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'nodebb'
    pub, draw = extra['at'], extra['draw']
    popular, suggested, recent = others[:5], others[5:9], others[9:11] + extra['more'][:3]
    tid = 18240 + 311 * k
    cid = {'middle-east': 5, 'sport': 9, 'science-and-health': 12}.get(extra['folder'], 5)
    category = NB_CATEGORIES.get(extra['folder'], 'أخبار المنطقة')
    tags = NB_TAGS.get(extra['folder'], ['أخبار'])
    poster, poster_slug = NB_POSTERS[k]
    mod, upd_day = updates(kind, k, pub, draw, (1, 3))
    # The thread runs three to five days; the page is saved after its last reply.
    now = saved(kind, pub, mod, upd_day, draw, days=3 + k % 3, hours=draw['saved_hours'], minutes=draw['saved_minutes'])
    also = ''
    if k % 2 == 0:
        also = f'<p>{NB_ALSO} <a href="/topic/{tid - 977}/{hex_id(extra["also"])[:8]}">{esc(extra["also"])}</a></p>'
    content = ''.join(f'<p>{esc(p)}</p>' for p in paras[:2]) + also + ''.join(f'<p>{esc(p)}</p>' for p in paras[2:]) + f'<p><em>{NB_SOURCE}</em></p>'
    # As many replies as it takes for the thread to outgrow the text.
    thread, words = [], 0
    order = NB_MEMBERS[k * 4 % len(NB_MEMBERS):] + NB_MEMBERS[:k * 4 % len(NB_MEMBERS)]
    for member in order:
        thread.append(member)
        words += len(member[2].split())
        if len(thread) >= 8 and words > words_of(paras) + 100:
            break
    if words <= words_of(paras):
        raise SystemExit(f'templates_set29: {slug}: the reply thread ({words} words) is not longer than the text')
    reply_days = moments(kind, pub, now, len(thread))
    pid0 = 90210 + 1733 * k
    posts = [nb_post(0, pid0, poster, poster_slug, pub, now, content, tid, mod if k == 1 else None, NB_POSTERS[2] if k == 1 else None)]
    posts += [nb_post(i + 1, pid0 + 40 + 17 * i, n, h, d, now, f'<p>{esc(c)}</p>', tid) for i, ((n, h, c), d) in enumerate(zip(thread, reply_days))]
    edited_text = f'{NB_EDITED_BY.format(name=NB_POSTERS[2][0])} {nb_ago(mod, now)}' if k == 1 else ''
    views = draw['count']
    popular_html = ''.join(f'<li><a href="/topic/{tid - 200 - 31 * i}/{hex_id(t)[:8]}">{esc(t)}</a></li>' for i, t in enumerate(popular))
    recent_days = moments(kind, pub, now, len(recent))
    recent_html = ''.join(f'<li><a href="/topic/{tid + 3 + i}/{hex_id(t)[:8]}">{esc(t)}</a> <span class="text-muted text-xs">{nb_timeago(d, now)}</span></li>'
                          for i, (t, d) in enumerate(zip(recent, recent_days)))
    recent_ages = [nb_ago(d, now) for d in recent_days]
    suggested_html = ''.join(f'<li component="category/topic" class="category-item"><a href="/topic/{tid - 600 - 41 * i}/{hex_id(t)[:8]}">{esc(t)}</a></li>' for i, t in enumerate(suggested))
    nav_icons = ['fa-list', 'fa-clock-o', 'fa-tags', 'fa-fire', 'fa-user', 'fa-group']
    nav = ''.join(f'<li class="nav-item mx-2"><a class="nav-link navigation-link d-flex gap-2 align-items-center" href="/{["categories", "recent", "tags", "popular", "users", "groups"][i]}"><i class="fa fa-fw {ic}"></i><span class="nav-text small">{t}</span></a></li>'
                  for i, (t, ic) in enumerate(zip(NB_NAV, nav_icons)))
    tags_html = ''.join(f'<a href="/tags/{t}"><span class="badge border border-gray-300 fw-normal tag tag-class-light" data-tag="{t}">{t}</span></a>' for t in tags)
    url = f'{NB_HOST}/topic/{tid}/{hex_id(title)[:8]}'
    ajax = {'tid': tid, 'uid': 100 + hash_int(poster_slug) % 9000, 'cid': cid, 'title': title, 'slug': f'{tid}/{hex_id(title)[:8]}',
            'timestamp': int(pub.timestamp()) * 1000, 'lastposttime': int(reply_days[-1].timestamp()) * 1000,
            'postcount': len(thread) + 1, 'viewcount': views, 'timestampISO': iso_ms_z(pub), 'lastposttimeISO': iso_ms_z(reply_days[-1]),
            'tags': [{'value': t, 'valueEscaped': t, 'class': t} for t in tags],
            'posts': [{'pid': pid0, 'tid': tid, 'content': content, 'timestamp': int(pub.timestamp()) * 1000, 'timestampISO': iso_ms_z(pub),
                       'edited': int(mod.timestamp()) * 1000 if k == 1 else 0, 'editedISO': iso_ms_z(mod) if k == 1 else '', 'index': 0,
                       'user': {'username': poster, 'userslug': poster_slug, 'displayname': poster}}]
            + [{'pid': pid0 + 40 + 17 * i, 'tid': tid, 'content': f'<p>{esc(c)}</p>', 'timestamp': int(d.timestamp()) * 1000, 'timestampISO': iso_ms_z(d),
                'edited': 0, 'editedISO': '', 'index': i + 1, 'user': {'username': n, 'userslug': h, 'displayname': n}}
               for i, ((n, h, c), d) in enumerate(zip(thread, reply_days))],
            'category': {'cid': cid, 'name': category, 'slug': f'{cid}/{extra["folder"]}'},
            'breadcrumbs': [{'text': NB_HOME, 'url': '/'}, {'text': category, 'url': f'/category/{cid}/{extra["folder"]}'}, {'text': title}],
            'url': url, 'template': {'name': 'topic', 'topic': True}}
    topic_mod = mod if k in (1, 3) else pub
    og_mod = f'<meta property="article:modified_time" content="{iso_ms_z(mod)}">' if upd_day else ''
    browsing = NB_BROWSING.format(n=2 + draw['count'] % 9)
    page = f'''<!DOCTYPE html>
<html lang="ar" data-dir="rtl" style="direction: rtl;">
<head>
<title>{esc(title)} | {NB_SITE}</title>
<meta name="viewport" content="width&#x3D;device-width, initial-scale&#x3D;1.0">
<meta name="content-type" content="text/html; charset=UTF-8">
<meta name="apple-mobile-web-app-capable" content="yes">
<meta name="mobile-web-app-capable" content="yes">
<meta property="og:site_name" content="{NB_SITE}">
<meta name="msapplication-badge" content="frequency=30; polling-uri={NB_HOST}/sitemap.xml">
<meta name="theme-color" content="#ffffff">
<meta name="title" content="{esc(title)}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{iso_ms_z(pub)}">
{og_mod}<meta property="article:section" content="{category}">
<meta name="description" content="{esc(lead_words(paras, 20))}">
<meta property="og:description" content="{esc(lead_words(paras, 20))}">
<meta property="og:image" content="{NB_HOST}/assets/uploads/system/og-image.png">
<meta property="og:url" content="{url}">
<link rel="stylesheet" type="text/css" href="/assets/client-rtl.css?v={hex_id('nb css')[:11]}">
<link rel="icon" type="image/x-icon" href="/assets/uploads/system/favicon.ico?v={hex_id('nb ico')[:11]}">
<link rel="manifest" href="/manifest.webmanifest" crossorigin="use-credentials">
<link rel="search" type="application/opensearchdescription+xml" title="{NB_SITE}" href="/osd.xml">
<link rel="canonical" href="{url}">
<link rel="alternate" type="application/rss+xml" href="/topic/{tid}.rss">
<link rel="up" href="{NB_HOST}/category/{cid}/{extra["folder"]}">
<script>var config = JSON.parse('{{"relative_path":"","upload_url":"/assets/uploads","asset_base_url":"/assets","assetBaseUrl":"/assets","siteTitle":"{NB_SITE}","browserTitle":"{NB_SITE}","timeagoCutoff":30,"userLang":"ar","defaultLang":"ar","usePagination":false,"theme":{{"enableBreadcrumbs":true}}}}');</script>
</head>
<body class="page-topic page-topic-{tid} page-topic-{hex_id(title)[:8]} template-topic page-topic-category-{cid} page-topic-category-{extra["folder"]} parent-category-{cid} page-status-200 theme-harmony user-guest skin-noskin">
<a class="visually-hidden-focusable position-absolute top-0 start-0 p-3 m-3 bg-body" style="z-index: 1021;" href="#content">{NB_SKIP}</a>
<div class="layout-container d-flex justify-content-between pb-4 pb-md-0">
<nav component="sidebar/left" class="text-dark bg-light sidebar sidebar-left start-0 border-end vh-100 d-none d-lg-flex flex-column justify-content-between sticky-top"><ul id="main-nav" class="list-unstyled d-flex flex-column w-100 gap-2 mt-2 overflow-y-auto">{nav}</ul>
<div class="sidebar-toggle-container align-self-start"><ul class="list-unstyled d-flex flex-column gap-2"><li><a class="nav-link" href="/register"><span class="nav-text small">{NB_GUEST[0]}</span></a></li><li><a class="nav-link" href="/login"><span class="nav-text small">{NB_GUEST[1]}</span></a></li></ul></div></nav>
<main id="panel" class="d-flex flex-column gap-3 flex-grow-1 mt-3" style="min-width: 0;">
<div class="container-lg px-md-4 brand-container"><div class="col-12 d-flex border-bottom pb-3"><div component="brand/wrapper" class="d-flex align-items-center gap-3 p-2 rounded-1 align-content-stretch"><a component="brand/anchor" href="/" title="{NB_SITE}"><img component="brand/logo" alt="{NB_SITE}" class="" src="/assets/uploads/system/site-logo.png?v={hex_id('nb logo')[:11]}"></a><a component="siteTitle" class="text-truncate align-self-stretch align-items-center d-flex" href="/"><span class="fs-6 fw-bold text-body">{NB_SITE}</span></a></div></div></div>
<div class="container-lg px-md-4 d-flex flex-column gap-3 h-100 mb-5 mb-lg-0" id="content">
<ol class="breadcrumb mb-0" itemscope="itemscope" itemprop="breadcrumb" itemtype="http://schema.org/BreadcrumbList"><li itemscope="itemscope" itemprop="itemListElement" itemtype="http://schema.org/ListItem" class="breadcrumb-item"><meta itemprop="position" content="1"><a href="/" itemprop="item"><span class="fw-semibold" itemprop="name">{NB_HOME}</span></a></li><li itemscope="itemscope" itemprop="itemListElement" itemtype="http://schema.org/ListItem" class="breadcrumb-item"><meta itemprop="position" content="2"><a href="/category/{cid}/{extra["folder"]}" itemprop="item"><span class="fw-semibold" itemprop="name">{category}</span></a></li><li component="breadcrumb/current" itemscope="itemscope" itemprop="itemListElement" itemtype="http://schema.org/ListItem" class="breadcrumb-item active"><meta itemprop="position" content="3"><span class="fw-semibold" itemprop="name">{esc(title)}</span></li></ol>
<div itemid="{url}" itemscope itemtype="https://schema.org/DiscussionForumPosting">
<meta itemprop="headline" content="{esc(title)}">
<meta itemprop="url" content="{url}">
<meta itemprop="datePublished" content="{iso_ms_z(pub)}">
<meta itemprop="dateModified" content="{iso_ms_z(topic_mod)}">
<div itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="{esc(poster)}"><meta itemprop="url" content="/user/{poster_slug}"></div>
<div class="d-flex flex-column gap-3">
<div class="d-flex flex-wrap"><div class="d-flex flex-column gap-3 flex-grow-1">
<h1 component="post/header" class="tracking-tight fw-semibold fs-3 mb-0 text-break"><span class="topic-title" component="topic/title">{esc(title)}</span></h1>
<div class="topic-info d-flex gap-2 align-items-center flex-wrap"><a href="/category/{cid}/{extra["folder"]}" class="badge px-1 text-truncate text-decoration-none border" style="color: #ffffff;background-color: #b71c1c;border-color: #b71c1c!important;"><i class="fa fa-fw fa-newspaper-o"></i> {category}</a>
<div data-tid="{tid}" component="topic/tags" class="lh-1 tags tag-list d-flex flex-wrap hidden-xs hidden-empty gap-2">{tags_html}</div>
<div class="d-flex hidden-xs gap-2"><span class="badge text-body border stats text-xs"><i class="fa fa-fw fa-message text-muted"></i> <span component="topic/post-count" class="fw-normal">{len(thread) + 1}</span> <span class="text-lowercase fw-normal">{NB_STATS[0]}</span></span> <span class="badge text-body border stats text-xs"><i class="fa fa-fw fa-eye text-muted"></i> <span class="fw-normal">{views}</span> <span class="text-lowercase fw-normal">{NB_STATS[1]}</span></span></div></div>
</div></div>
<div class="row mb-4 mb-lg-0"><div class="topic col-lg-9 col-sm-12">
<div class="d-flex gap-0 gap-lg-5"><div class="posts-container" style="min-width: 0;">
<ul component="topic" class="posts timeline list-unstyled mt-sm-2 p-0 py-3" style="min-width: 0;" data-tid="{tid}" data-cid="{cid}">
{"".join(posts)}
</ul>
<div class="text-muted text-sm"><span component="topic/browsing-users">{browsing}</span></div>
<div component="topic/quickreply/container" class="quick-reply d-flex gap-3 mb-4"><a href="/login" class="btn btn-primary btn-sm">{NB_REPLY_GUEST}</a></div>
</div></div>
</div>
<div data-widget-area="sidebar" class="col-lg-3 col-sm-12">
<div class="card mb-3"><h5 class="card-header">{NB_POPULAR}</h5><div class="card-body"><ul class="popular-topics list-unstyled">{popular_html}</ul></div></div>
<div class="card mb-3"><h5 class="card-header">{NB_RECENT}</h5><div class="card-body"><ul class="recent-topics list-unstyled">{recent_html}</ul></div></div>
</div>
</div>
</div>
</div>
<div data-widget-area="footer"><div class="card mb-3"><h5 class="card-header">{NB_SUGGESTED}</h5><div class="card-body"><ul class="topics-list list-unstyled">{suggested_html}</ul></div></div></div>
</div>
<footer class="text-center text-muted small py-3"><a href="/topic/3/rules">{NB_RULES}</a> · <span>{NB_FOOT.format(site=NB_SITE, year=now.year)}</span> · <a href="https://nodebb.org" target="_blank">{NB_POWERED}</a></footer>
</main>
</div>
<div class="cookie-consent d-flex fixed-bottom"><span>{NB_COOKIE}</span> <button class="btn btn-primary btn-sm">{NB_COOKIE_BUTTON}</button></div>
<script id="ajaxify-data" type="application/json">{nb_json(ajax)}</script>
<script defer src="/assets/nodebb.min.js?v={hex_id('nb js')[:11]}"></script>
</body>
</html>
'''
    comment_ages = [nb_ago(d, now) for d in reply_days]
    without = [NB_SKIP, NB_SITE, NB_HOME, category, f'{NB_WROTE} {nb_ago(pub, now)}', NB_SOURCE, browsing, NB_REPLY_GUEST, NB_POPULAR,
               NB_RECENT, NB_SUGGESTED, NB_RULES, NB_FOOT.format(site=NB_SITE, year=now.year), NB_POWERED, NB_COOKIE] + \
        outside(NB_NAV + NB_GUEST + tags, paras) + [n for n, _, _ in thread[:3]] + [c for _, _, c in thread] + comment_ages + recent + \
        recent_ages + popular[:2] + suggested[:2] + ([edited_text] if edited_text else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, popular + suggested, without, upd_of(upd_day)


# --- bloomreach: a Dubai business and tourism centre's media centre on Bloomreach Experience Manager -------------
BR_SITE = 'مركز الخليج للأعمال والسياحة'
BR_HOST = 'https://www.gulf-bt-centre.ae.example'
BR_TOP = ['English', 'تكبير النص', 'قارئ الشاشة', 'خريطة الموقع']
BR_NAV = ['عن المركز', 'الخدمات', 'المركز الإعلامي', 'الفعاليات', 'البيانات المفتوحة', 'تواصل معنا']
BR_CRUMBS = ['الرئيسية', 'المركز الإعلامي', 'الأخبار']
BR_SECTIONS = {'Fin': 'المال والاستثمار', 'Tour': 'السياحة والسفر', 'Bus': 'الأعمال والشركات'}
BR_READ = 'مدة القراءة: {n} دقائق'
BR_UPDATED = 'تاريخ آخر تحديث: {date}'
BR_CAPTION = 'لقطة أرشيفية يوفرها المركز الإعلامي'
BR_ALSO = 'ضمن أخبار المركز السابقة:'
BR_SHARE = 'شارك الخبر'
BR_TAGS = 'الموضوعات:'
BR_RELATED = 'أخبار تمسّ موضوع هذا البيان'
BR_MOST = 'الأكثر تصفحاً عند زوار المركز الإعلامي'
BR_LATEST = 'جديد المركز الإعلامي'
BR_EVENTS = 'فعاليات مقبلة'
BR_EVENT_NAMES = ['منتدى رواد الأعمال الخليجي', 'معرض الوجهات السياحية الشتوية', 'ملتقى التمويل الأخضر']
BR_FEEDBACK = 'هل أفادتك محتويات هذه الصفحة؟'
BR_FEEDBACK_BUTTONS = ['نعم', 'لا']
BR_HAPPINESS = 'كيف تقيّم تجربتك مع الموقع اليوم؟'
BR_MEDIA = 'لطلبات المقابلات والتصريحات يرجى التواصل مع إدارة الاتصال'
BR_FOOT_LINKS = ['سياسة الخصوصية', 'الشروط والأحكام', 'إمكانية الوصول', 'الأسئلة المتكررة']
BR_SITE_UPDATED = 'حُدّثت محتويات الموقع في {date}'
BR_COPY = '© {year} مركز الخليج للأعمال والسياحة. المحتوى مرخّص للاستخدام غير التجاري مع الإشارة'
BR_COOKIE = 'يترك الموقع ملفات قياس صغيرة لفهم استخدام الخدمات الرقمية وتطويرها'
BR_COOKIE_BUTTONS = ['أوافق', 'تخصيص']


def br_shown(t, k):
    """fmt:formatDate under ar_AE: 'dd MMMM yyyy' (page 0), 'EEEE، d MMMM yyyy' (page 1), 'dd/MM/yyyy' (page 2),
    'd MMMM yyyy - hh:mm a' (page 3)."""
    return (f'{t.day:02d} {GULF_MONTHS[t.month - 1]} {t.year}', f'{DAYS[t.weekday()]}، {gulf(t)}', dmy(t),
            f'{gulf(t)} - {t.hour % 12 or 12:02d}:{t.minute:02d} {ampm(t)}')[k]


def br_box(cls, inner):
    return f'<div class="hst-container-item"><div class="br-component {cls}">{inner}</div></div>'


def render_bloomreach(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'bloomreach'
    pub, draw = extra['at'], extra['draw']
    rel, most, latest = others[:4], others[4:9], others[9:11] + extra['more'][:3]
    doc = hex_id(f'{slug} document')
    section = BR_SECTIONS.get(extra['folder'], 'الأعمال والشركات')
    mod, upd_day = updates(kind, k, pub, draw, (0, 3))
    now = saved(kind, pub, mod, upd_day, draw, hours=draw['saved_hours'], minutes=draw['saved_minutes'])
    shown = br_shown(pub, k)
    upd_text = BR_UPDATED.format(date=br_shown(mod, k)) if k == 0 else ''
    read = BR_READ.format(n=read_minutes(paras, 180))
    path = f'/ar/media-centre/news/{pub.year}/{pub.month:02d}/{doc[:10]}'
    image = f'/binaries/content/gallery/gbtc/news/{pub.year}/{pub.month:02d}/{doc[10:20]}.jpg'
    # The text over sibling container items: the intro (the lead), the image, two content blocks with, on odd pages, a
    # related-link item between them.
    cut = min(3, len(paras) - 1)
    items = [br_box('br-intro', f'<p class="intro lead">{esc(paras[0])}</p>'),
             br_box('br-image', f'<figure><img src="{image}" alt="" width="1200" height="675"><figcaption>{BR_CAPTION}</figcaption></figure>'),
             br_box('br-content', ''.join(f'<p>{esc(p)}</p>' for p in paras[1:cut]))]
    if k % 2 == 1:
        items.append(br_box('br-related-link', f'<p class="related-link"><span>{BR_ALSO}</span> <a href="/ar/media-centre/news/{hex_id(extra["also"])[:10]}">{esc(extra["also"])}</a></p>'))
    items.append(br_box('br-content', ''.join(f'<p>{esc(p)}</p>' for p in paras[cut:])))
    tags = outside([section], paras)
    tags_html = ''.join(f'<a class="tag" href="/ar/search?tag={hash_int(t) % 500}">{t}</a>' for t in tags)
    rel_days = [earlier(kind, pub, days=6 + 8 * i) for i in range(len(rel))]
    rel_html = ''.join(f'<li class="card news-card"><a href="/ar/media-centre/news/{hex_id(t)[:10]}">{esc(t)}</a><span class="date">{br_shown(d, 0)}</span></li>'
                       for t, d in zip(rel, rel_days))
    most_html = ''.join(f'<li><span class="num">{i + 1}</span><a href="/ar/media-centre/news/{hex_id(t)[:10]}">{esc(t)}</a></li>' for i, t in enumerate(most))
    latest_days = moments(kind, pub, now, len(latest))
    latest_html = ''.join(f'<li><a href="/ar/media-centre/news/{hex_id(t)[:10]}">{esc(t)}</a><span class="date">{br_shown(d, 0)}</span></li>' for t, d in zip(latest, latest_days))
    event_days = [later(kind, now, days=9 + 12 * i) for i in range(len(BR_EVENT_NAMES))]
    events_html = ''.join(f'<li><span class="date">{br_shown(d, 0)}</span> <a href="/ar/events/{i + 1}">{t}</a></li>' for i, (t, d) in enumerate(zip(BR_EVENT_NAMES, event_days)))
    top = ''.join(f'<li><a href="{["/en" + path[3:], "#", "#", "/ar/sitemap"][i]}">{t}</a></li>' for i, t in enumerate(BR_TOP))
    nav = ''.join(f'<li class="nav-item{" active" if t == BR_NAV[2] else ""}"><a class="nav-link" href="/ar/{["about", "services", "media-centre", "events", "open-data", "contact"][i]}">{t}</a></li>' for i, t in enumerate(BR_NAV))
    crumbs = ''.join(f'<li class="breadcrumb-item"><a href="/ar/{["", "media-centre", "media-centre/news"][i]}">{t}</a></li>' for i, t in enumerate(BR_CRUMBS))
    foot = ''.join(f'<li><a href="/ar/{["privacy", "terms", "accessibility", "faq"][i]}">{t}</a></li>' for i, t in enumerate(BR_FOOT_LINKS))
    site_updated = BR_SITE_UPDATED.format(date=f'{dmy(now)} {hm(now)}')
    ld = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'mainEntityOfPage': f'{BR_HOST}{path}', 'headline': title,
          'image': f'{BR_HOST}{image}', 'datePublished': iso_z(pub), 'dateModified': iso_z(mod),
          'publisher': {'@type': 'GovernmentOrganization', 'name': BR_SITE, 'logo': {'@type': 'ImageObject', 'url': f'{BR_HOST}/webfiles/1712138400000/images/logo.svg'}},
          'description': lead_words(paras, 24)}
    upd_html = f'<span class="news-updated">{upd_text}</span>' if upd_text else ''
    after_items = '\n'.join([
        br_box('br-share', f'<div class="share"><span>{BR_SHARE}</span> <a href="https://twitter.com/intent/tweet?url={BR_HOST}{path}">X</a> '
                           f'<a href="https://www.linkedin.com/sharing/share-offsite/?url={BR_HOST}{path}">LinkedIn</a> <a href="https://wa.me/?text={BR_HOST}{path}">WhatsApp</a></div>'
                           f'<div class="tags">{BR_TAGS} {tags_html}</div>'),
        br_box('br-related-news', f'<h2>{BR_RELATED}</h2><ul class="news-cards">{rel_html}</ul>'),
        br_box('br-feedback', f'<p>{BR_FEEDBACK}</p><button type="button">{BR_FEEDBACK_BUTTONS[0]}</button> <button type="button">{BR_FEEDBACK_BUTTONS[1]}</button>')])
    side_items = '\n'.join([br_box('br-most-read', f'<h2>{BR_MOST}</h2><ol>{most_html}</ol>'),
                            br_box('br-latest-news', f'<h2>{BR_LATEST}</h2><ul>{latest_html}</ul>'),
                            br_box('br-events', f'<h2>{BR_EVENTS}</h2><ul>{events_html}</ul>')])
    page = f'''<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{esc(title)} - {BR_SITE}</title>
<meta name="description" content="{esc(lead_words(paras, 24))}"/>
<meta property="og:title" content="{esc(title)}"/>
<meta property="og:type" content="article"/>
<meta property="og:url" content="{BR_HOST}{path}"/>
<meta property="og:image" content="{BR_HOST}{image}"/>
<meta property="og:locale" content="ar_AE"/>
<link rel="canonical" href="{BR_HOST}{path}"/>
<link rel="alternate" hreflang="en" href="{BR_HOST}/en{path[3:]}"/>
<link rel="stylesheet" href="/webfiles/1712138400000/css/main.rtl.css" type="text/css"/>
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="page-news-detail lang-ar">
<div class="topbar"><div class="container"><ul class="topbar-links">{top}</ul></div></div>
<header class="site-header"><div class="container"><a class="logo" href="/ar"><img src="/webfiles/1712138400000/images/logo.svg" alt="{BR_SITE}" width="240" height="60"/></a>
<nav class="main-nav"><ul class="nav">{nav}</ul></nav></div></header>
<div class="hst-container hero-container"><div class="hst-container-item"><section class="br-component br-news-hero">
<div class="container"><ol class="breadcrumb">{crumbs}</ol>
<a class="news-category" href="/ar/media-centre/news?category={hash_int(section) % 90}">{section}</a>
<h1 class="news-title">{esc(title)}</h1>
<div class="news-meta"><time class="news-date" datetime="{iso_local(pub)}">{shown}</time>{upd_html}<span class="news-read">{read}</span></div>
</div></section></div></div>
<main id="main-content" class="main">
<div class="container"><div class="row">
<div class="col-lg-8">
<div class="hst-container main-container">
{"".join(items)}
{after_items}
</div>
</div>
<aside class="col-lg-4">
<div class="hst-container side-container">
{side_items}
</div>
</aside>
</div></div>
</main>
<footer class="site-footer"><div class="container"><div class="happiness"><p>{BR_HAPPINESS}</p></div><p class="media-contact">{BR_MEDIA}</p>
<ul class="footer-links">{foot}</ul><p class="site-updated">{site_updated}</p><p class="copyright">{BR_COPY.format(year=now.year)}</p></div></footer>
<div class="cookie-banner" role="dialog"><p>{BR_COOKIE}</p><button type="button">{BR_COOKIE_BUTTONS[0]}</button> <button type="button">{BR_COOKIE_BUTTONS[1]}</button></div>
<script src="/webfiles/1712138400000/js/main.js"></script>
</body>
</html>
'''
    without = [BR_CRUMBS[1], shown, read, BR_CAPTION, BR_SHARE, BR_RELATED, BR_FEEDBACK, BR_MOST, BR_LATEST, BR_EVENTS, BR_HAPPINESS,
               BR_MEDIA, site_updated, BR_COPY.format(year=now.year), BR_COOKIE] + outside(BR_TOP[1:] + BR_NAV + BR_FOOT_LINKS + [section], paras) + \
        latest + [br_shown(d, 0) for d in latest_days] + BR_EVENT_NAMES + [br_shown(d, 0) for d in event_days] + \
        [br_shown(d, 0) for d in rel_days[:2]] + rel[:2] + most[:2] + ([upd_text] if upd_text else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel + most, without, upd_of(upd_day)


# --- dotcms: a Cairo news portal on dotCMS ---------------------------------------------------------------------------
DT_SITE = 'الفسطاط نيوز'
DT_HOST = 'https://www.fustat-news.eg.example'
DT_EDITION = 'النسخة الورقية'
DT_NAV = ['الرئيسية', 'أخبار مصر', 'عرب وعالم', 'فن ومشاهير', 'ملاعب', 'سفر وسياحة', 'صحة', 'فيديو']
DT_SECTIONS = {'entertainment': 'فن ومشاهير', 'travel': 'سفر وسياحة', 'middle-east': 'عرب وعالم', 'sport': 'ملاعب'}
DT_TICKER = 'شريط الفسطاط'
DT_MOST = 'الأكثر قراءة بالفسطاط'
DT_LATEST = 'نزل جديد على الفسطاط'
DT_AD = 'مساحة إعلانية'
DT_POLL = 'سؤال النهارده'
DT_POLL_Q = 'بتتابع الأخبار العالمية من مواقع مصرية ولا أجنبية؟'
DT_POLL_OPTIONS = ['مواقع مصرية', 'مواقع أجنبية', 'الاتنين']
DT_POLL_BUTTON = 'صوّت'
DT_BY = 'كتب:'
DT_AUTHORS = ['محمد الشريف', 'سارة عبد المنعم', 'أحمد فكري', 'نهى سليمان']
DT_UPDATED = 'آخر تعديل: {date}'
DT_CAPTION = 'صورة أرشيفية للخبر'
DT_ALSO = 'على الفسطاط كمان:'
DT_SOURCE = 'المصدر: CNN بالعربية'
DT_TAGS = 'كلمات مفتاحية:'
DT_SHARE = 'شيّر الخبر على'
DT_RELATED = 'أخبار متعلقة بالموضوع ده'
DT_FOOT = ['من نحن', 'سياسة الخصوصية', 'اعلن معنا', 'اتصل بنا']
DT_COPY = 'كل الحقوق لموقع الفسطاط نيوز © {year}'
DT_DEV = 'تطوير وإدارة: قسم المنصات الرقمية بالفسطاط'
DT_COOKIE = 'بنستخدم ملفات الارتباط عشان نفهم زوارنا ونحسّن الموقع، ولو كملت تصفح يبقى موافق'
DT_COOKIE_BUTTON = 'موافق'


def dt_shown(t, k):
    """$date.format() with the site's Arabic locale: 'EEEE dd MMMM yyyy - hh:mm a' (page 0), 'dd/MM/yyyy | HH:mm'
    (page 1), 'dd MMMM yyyy' (page 2), 'EEEE، d MMMM yyyy' (page 3)."""
    return (f'{DAYS[t.weekday()]} {t.day:02d} {GULF_MONTHS[t.month - 1]} {t.year} - {t.hour % 12 or 12:02d}:{t.minute:02d} {ampm(t)}',
            f'{dmy(t)} | {hm(t)}', f'{t.day:02d} {GULF_MONTHS[t.month - 1]} {t.year}', f'{DAYS[t.weekday()]}، {gulf(t)}')[k]


def dt_java(t):
    """Java's 'yyyy-MM-dd'T'HH:mm:ssZ' (the offset without a colon)."""
    return t.strftime('%Y-%m-%dT%H:%M:%S%z')


def render_dotcms(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'dotcms'
    pub, draw = extra['at'], extra['draw']
    most, rel, latest = others[:5], others[5:9], others[9:11] + extra['more'][:3]
    ticker = extra['more'][3:6]
    ident = hex_id(f'{slug} identifier')
    section = DT_SECTIONS.get(extra['folder'], 'عرب وعالم')
    author = DT_AUTHORS[k]
    mod, upd_day = updates(kind, k, pub, draw, (1, 3))
    now = saved(kind, pub, mod, upd_day, draw, hours=draw['saved_hours'], minutes=draw['saved_minutes'])
    shown = dt_shown(pub, k)
    upd_text = DT_UPDATED.format(date=dt_shown(mod, k)) if k == 1 else ''
    card = ''
    if k % 2 == 0:
        card = (f'<div class="dot-block-contentlet" data-identifier="{hex_id(extra["also"])[:8]}"><span class="dot-card-label">{DT_ALSO}</span> '
                f'<a href="/news/{hex_id(extra["also"])[:12]}">{esc(extra["also"])}</a></div>')
    body = ps_with(paras, name, card, 2, 'strong') + f'<p class="source">{DT_SOURCE}</p>'
    ticker_days = [earlier(kind, now, minutes=20 + 45 * i) for i in range(len(ticker))]
    ticker_html = ''.join(f'<li><span class="time">{hm(d)}</span> <a href="/news/{hex_id(t)[:12]}">{esc(t)}</a></li>' for t, d in zip(ticker, ticker_days))
    most_html = ''.join(f'<li><span class="rank">{i + 1}</span> <a href="/news/{hex_id(t)[:12]}">{esc(t)}</a></li>' for i, t in enumerate(most))
    latest_days = moments(kind, pub, now, len(latest))
    latest_html = ''.join(f'<li><a href="/news/{hex_id(t)[:12]}">{esc(t)}</a> <span class="time">{hm(d)}</span></li>' for t, d in zip(latest, latest_days))
    rel_html = ''.join(f'<div class="col-md-6"><div class="card related-card"><img src="/dA/{hex_id(t)[:8]}/image/400w/70q" alt=""><a href="/news/{hex_id(t)[:12]}">{esc(t)}</a></div></div>' for t in rel)
    poll = ''.join(f'<label><input type="radio" name="poll" value="{i}"> {o}</label>' for i, o in enumerate(DT_POLL_OPTIONS))
    nav = ''.join(f'<li class="nav-item{" active" if t == section else ""}"><a class="nav-link" href="/{["", "egypt", "world", "art", "sport", "travel", "health", "video"][i]}">{t}</a></li>' for i, t in enumerate(DT_NAV))
    foot = ''.join(f'<li><a href="/{["about", "privacy", "advertise", "contact"][i]}">{t}</a></li>' for i, t in enumerate(DT_FOOT))
    tags = outside([section.split()[0], 'CNN'], paras)
    tags_html = ''.join(f'<a href="/tags/{hash_int(t) % 1000}" class="tag">{t}</a>' for t in tags)
    today = f'{DAYS[now.weekday()]} {gulf(now)}'
    url = f'{DT_HOST}/news/{pub.year}/{pub.month:02d}/{ident[:12]}'
    image = f'/dA/{ident[:8]}/image/1200w/80q/photo.webp'
    og_mod = f'<meta property="article:modified_time" content="{dt_java(mod)}">\n' if upd_day else ''
    upd_html = f'<span class="updated">{upd_text}</span>' if upd_text else ''
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | {DT_SITE}</title>
<meta name="description" content="{esc(lead_words(paras, 22))}">
<meta name="keywords" content="{esc(', '.join([section, DT_SITE]))}">
<meta property="og:site_name" content="{DT_SITE}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{DT_HOST}{image}">
<meta property="article:published_time" content="{dt_java(pub)}">
{og_mod}<meta property="article:section" content="{section}">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="/application/themes/fustat/css/styles.min.css?v=23.10">
<link rel="shortcut icon" href="/application/themes/fustat/images/favicon.ico">
</head>
<body class="news-detail">
<div class="top-bar"><div class="container"><span class="today">{today}</span> <a href="/epaper" class="edition">{DT_EDITION}</a></div></div>
<header class="site-header"><div class="container"><a href="/" class="brand"><img src="/application/themes/fustat/images/logo.svg" alt="{DT_SITE}" width="220" height="56"></a>
<nav class="navbar"><ul class="navbar-nav">{nav}</ul></nav></div></header>
<div class="ticker"><div class="container"><span class="ticker-label">{DT_TICKER}</span><ul>{ticker_html}</ul></div></div>
<div class="container"><div class="row">
<div class="col-md-3" id="sidebar">
<div class="widget most-read"><h3>{DT_MOST}</h3><ol>{most_html}</ol></div>
<div class="widget ad-slot"><span class="ad-label">{DT_AD}</span><div class="ad" data-slot="sidebar-1"></div></div>
<div class="widget latest"><h3>{DT_LATEST}</h3><ul>{latest_html}</ul></div>
<div class="widget poll"><h3>{DT_POLL}</h3><form><p>{DT_POLL_Q}</p>{poll}<button type="submit">{DT_POLL_BUTTON}</button></form></div>
</div>
<div class="col-md-9" id="main-col">
<ol class="breadcrumb"><li><a href="/">{DT_NAV[0]}</a></li><li><a href="/{extra["folder"]}">{section}</a></li></ol>
<article class="news-article">
<a class="section-label" href="/{extra["folder"]}">{section}</a>
<h1 class="news-title">{esc(title)}</h1>
<div class="news-byline"><span class="author">{DT_BY} {esc(author)}</span> <span class="date">{shown}</span> {upd_html}</div>
<figure class="news-image"><img src="{image}" alt="{esc(title)}" width="1200" height="675"><figcaption>{DT_CAPTION}</figcaption></figure>
<div class="news-body block-editor">
{body}
</div>
<div class="news-tags">{DT_TAGS} {tags_html}</div>
<div class="news-share">{DT_SHARE} <a href="https://www.facebook.com/sharer/sharer.php?u={url}">فيسبوك</a> <a href="https://twitter.com/intent/tweet?url={url}">إكس</a> <a href="https://wa.me/?text={url}">واتساب</a></div>
</article>
<section class="related-news"><h2>{DT_RELATED}</h2><div class="row">{rel_html}</div></section>
</div>
</div></div>
<footer class="site-footer"><div class="container"><ul class="footer-links">{foot}</ul><p>{DT_COPY.format(year=now.year)}</p><p>{DT_DEV}</p></div></footer>
<div class="cookie-notice"><p>{DT_COOKIE}</p><button type="button">{DT_COOKIE_BUTTON}</button></div>
<script src="/application/themes/fustat/js/scripts.min.js?v=23.10"></script>
</body>
</html>
'''
    without = [today, DT_EDITION, DT_TICKER, DT_MOST, DT_AD, DT_LATEST, DT_POLL, DT_POLL_Q, f'{DT_BY} {author}', shown, DT_CAPTION,
               DT_SOURCE, DT_SHARE, DT_RELATED, DT_COPY.format(year=now.year), DT_DEV, DT_COOKIE] + \
        outside(DT_NAV[1:] + DT_FOOT + DT_POLL_OPTIONS + [section], paras) + ticker + [hm(d) for d in ticker_days[:1]] + latest + \
        most[:2] + rel[:2] + ([DT_TAGS] if tags else []) + ([upd_text] if upd_text else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, most + rel, without, upd_of(upd_day)


# --- sanity: a Muscat fact-checking outlet on Sanity with a Next.js (App Router) front end ------------------------
SN_SITE = 'مسقط تتحقق'
SN_HOST = 'https://muscat-checks.om.example'
SN_NAV = ['التحققات', 'أدلة التحقق', 'عن المنصة', 'أرسل ادعاءً']
SN_KICKER = 'تحقق'
SN_VERDICT = 'الحكم: {verdict}'
SN_BY = 'إعداد:'
SN_AUTHORS = ['ليلى البلوشية', 'فريق التحقق', 'سالم الحارثي', 'مريم الرواحية']
SN_UPDATED = 'آخر مراجعة للتحقق: {date}'
SN_ALSO = 'تحقق سابق من فريقنا:'
SN_METHOD_HEAD = 'كيف تحققنا؟'
SN_METHOD = 'نبحث عن أصل الصور والمقاطع بالبحث العكسي، ونقارن ما يُتداول بالمصادر المفتوحة والتغطيات الموثوقة قبل إصدار الحكم'
SN_SHARE = 'انشر التحقق'
SN_RELATED = 'تحققات تتناول ادعاءات مشابهة'
SN_MOST = 'تحققاتنا الأكثر قراءة'
SN_PARTNERS = 'أحدث ما نشره شركاؤنا في التحقق'
SN_LETTER_HEAD = 'نشرة الخميس'
SN_LETTER = 'خلاصة ما تحققنا منه خلال الأسبوع، مرة واحدة كل خميس'
SN_LETTER_BUTTON = 'أريد النشرة'
SN_FOOT = '© {year} مسقط تتحقق — منصة مستقلة لمحو الأمية الإعلامية'
SN_CONSENT = 'نستعمل أدوات قياس لا تحدد هويتك لنعرف أي التحققات تصل إلى الناس'
SN_CONSENT_BUTTONS = ['موافق', 'رفض']


def sn_shown(t, k):
    """Intl.DateTimeFormat('ar-OM') (Arabic-Indic digits): 'long' (page 0), 'full' (page 1), 'numeric' (page 2), 'long'
    with the time (page 3)."""
    long_ = f'{indic(t.day)} {GULF_MONTHS[t.month - 1]} {indic(t.year)}'
    return (long_, f'{DAYS[t.weekday()]}، {long_}', f'{indic(t.day)}\u200f/{indic(t.month)}\u200f/{indic(t.year)}',
            f'{long_} في {indic(t.hour % 12 or 12)}:{indic(f"{t.minute:02d}")} {ampm(t)}')[k]


def sn_key(seed):
    return hex_id(seed)[:12]


def sn_flight(value):
    """One row of the RSC payload, as Next.js pushes it (self.__next_f.push([1, "..."]))."""
    text = json.dumps(value, ensure_ascii=False, separators=(',', ':'))
    return '<script>self.__next_f.push([1,' + json.dumps(text, ensure_ascii=False).replace('</', '<\\/') + '])</script>'


def render_sanity(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'sanity'
    pub, draw = extra['at'], extra['draw']
    rel, most, partners = others[:4], others[4:9], others[9:11] + extra['more'][:3]
    subheads = getattr(art, 'subheads', {})
    doc_id = f'{sn_key(slug)[:8]}-{sn_key(slug)[8:12]}-4{sn_key(title)[:3]}-a{sn_key(title)[3:6]}-{sn_key(title + slug)}'
    verdict = getattr(art, 'verdict', '') or 'مضلل'
    author = SN_AUTHORS[k]
    mod, upd_day = updates(kind, k, pub, draw, (0, 2))
    now = saved(kind, pub, mod, upd_day, draw, hours=draw['saved_hours'], minutes=draw['saved_minutes'])
    created = earlier(kind, pub, hours=5, minutes=draw['saved_minutes'])
    shown = sn_shown(pub, k)
    upd_text = SN_UPDATED.format(date=sn_shown(mod, k)) if k == 0 else ''
    blocks, html_parts = [], []
    for i, p in enumerate(paras):
        if i in subheads:
            blocks.append({'_key': sn_key(f'{slug} h{i}'), '_type': 'block', 'style': 'h2', 'markDefs': [],
                           'children': [{'_key': sn_key(f'{slug} hs{i}'), '_type': 'span', 'marks': [], 'text': subheads[i]}]})
            html_parts.append(f'<h2>{esc(subheads[i])}</h2>')
        blocks.append({'_key': sn_key(f'{slug} p{i}'), '_type': 'block', 'style': 'normal', 'markDefs': [],
                       'children': [{'_key': sn_key(f'{slug} s{i}'), '_type': 'span', 'marks': [], 'text': p}]})
        html_parts.append(f'<p>{esc(p)}</p>')
        if k % 2 == 1 and i == min(2, len(paras) - 1):
            blocks.append({'_key': sn_key(f'{slug} also'), '_type': 'relatedCheck', 'title': extra['also'], 'slug': hex_id(extra['also'])[:10]})
            html_parts.append(f'<aside class="related-check"><span class="related-check__label">{SN_ALSO}</span> '
                              f'<a href="/checks/{hex_id(extra["also"])[:10]}">{esc(extra["also"])}</a></aside>')
    sub_texts = [subheads[i] for i in sorted(subheads) if i < len(paras)]
    rel_html = ''.join(f'<li><a href="/checks/{hex_id(t)[:10]}">{esc(t)}</a></li>' for t in rel)
    most_html = ''.join(f'<li><span class="rank">{indic(i + 1)}</span><a href="/checks/{hex_id(t)[:10]}">{esc(t)}</a></li>' for i, t in enumerate(most))
    partner_days = moments(kind, pub, now, len(partners))
    partners_html = ''.join(f'<li><a href="/partners/{hex_id(t)[:10]}" rel="nofollow">{esc(t)}</a><time dateTime="{iso_ms_z(d)}">{sn_shown(d, 0)}</time></li>'
                            for t, d in zip(partners, partner_days))
    nav = ''.join(f'<li><a href="/{["checks", "guides", "about", "submit"][i]}">{t}</a></li>' for i, t in enumerate(SN_NAV))
    url = f'{SN_HOST}/checks/{hex_id(title)[:10]}'
    image = f'https://cdn.sanity.io/images/q7x3m2pf/production/{hex_id(title + "img")[:40]}-1600x900.jpg'
    post = {'_id': doc_id, '_type': 'factCheck', '_createdAt': iso_z(created), '_updatedAt': iso_z(mod if upd_day else pub),
            '_rev': hex_id(f'{slug} rev')[:22], 'title': title, 'slug': {'_type': 'slug', 'current': hex_id(title)[:10]},
            'publishedAt': iso_ms_z(pub), 'verdict': verdict, 'author': {'name': author}, 'body': blocks,
            'related': [{'title': t, 'slug': hex_id(t)[:10]} for t in rel]}
    flights = [sn_flight(['$', 'article', None, {'post': post}]), sn_flight({'mostRead': most, 'partners': partners})]
    ld = {'@context': 'https://schema.org', '@type': 'ClaimReview', 'url': url, 'datePublished': iso_ms_z(pub),
          'author': {'@type': 'Organization', 'name': SN_SITE}, 'claimReviewed': title,
          'reviewRating': {'@type': 'Rating', 'alternateName': verdict, 'ratingValue': 2, 'bestRating': 5, 'worstRating': 1}}
    og_mod = f'<meta property="article:modified_time" content="{iso_ms_z(mod)}"/>' if upd_day else ''
    upd_html = f'<p class="article__updated">{upd_text}</p>' if upd_text else ''
    page = f'''<!DOCTYPE html><html lang="ar" dir="rtl" class="__variable_{hex_id('font')[:6]}"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><link rel="stylesheet" href="/_next/static/css/{hex_id('sn css')[:16]}.css" data-precedence="next"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-{hex_id('sn wp')[:16]}.js"/><script src="/_next/static/chunks/fd9d1056-{hex_id('sn fd')[:16]}.js" async=""></script><script src="/_next/static/chunks/main-app-{hex_id('sn main')[:16]}.js" async=""></script><title>{esc(title)} | {SN_SITE}</title><meta name="description" content="{esc(lead_words(paras, 22))}"/><link rel="canonical" href="{url}"/><meta property="og:title" content="{esc(title)}"/><meta property="og:description" content="{esc(lead_words(paras, 22))}"/><meta property="og:url" content="{url}"/><meta property="og:site_name" content="{SN_SITE}"/><meta property="og:locale" content="ar_OM"/><meta property="og:image" content="{image}?w=1200&amp;h=630&amp;fit=crop"/><meta property="og:type" content="article"/><meta property="article:published_time" content="{iso_ms_z(pub)}"/>{og_mod}<meta property="article:author" content="{esc(author)}"/><meta name="twitter:card" content="summary_large_image"/><script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script></head><body><header class="site-header"><a class="site-header__logo" href="/"><img alt="{SN_SITE}" src="/logo.svg" width="160" height="44"/></a><nav><ul>{nav}</ul></nav></header><main class="layout"><article class="article"><header class="article__header"><a class="article__kicker" href="/checks">{SN_KICKER}</a><p class="article__verdict verdict--misleading">{SN_VERDICT.format(verdict=verdict)}</p><h1 class="article__title">{esc(title)}</h1><div class="article__meta"><span class="article__author">{SN_BY} {esc(author)}</span><time dateTime="{iso_ms_z(pub)}">{shown}</time></div>{upd_html}</header><figure class="article__image"><img alt="" loading="lazy" width="1600" height="900" src="{image}?w=1600&amp;auto=format"/></figure><div class="article__body portable-text">{"".join(html_parts)}</div><section class="method"><h2>{SN_METHOD_HEAD}</h2><p>{SN_METHOD}</p></section><div class="share"><span>{SN_SHARE}</span><a href="https://twitter.com/intent/tweet?url={url}">X</a><a href="https://wa.me/?text={url}">WhatsApp</a></div></article><section class="related"><h2>{SN_RELATED}</h2><ul>{rel_html}</ul></section><aside class="rail"><section class="most-read"><h2>{SN_MOST}</h2><ol>{most_html}</ol></section><section class="partners"><h2>{SN_PARTNERS}</h2><ul>{partners_html}</ul></section><section class="newsletter"><h2>{SN_LETTER_HEAD}</h2><p>{SN_LETTER}</p><form><input type="email" aria-label="email" placeholder="name@example.com"/><button type="submit">{SN_LETTER_BUTTON}</button></form></section></aside></main><footer class="site-footer"><p>{SN_FOOT.format(year=now.year)}</p></footer><div class="consent" role="dialog"><p>{SN_CONSENT}</p><button type="button">{SN_CONSENT_BUTTONS[0]}</button><button type="button">{SN_CONSENT_BUTTONS[1]}</button></div><script src="/_next/static/chunks/webpack-{hex_id('sn wp')[:16]}.js" async=""></script><script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([2,null])</script>{"".join(flights)}</body></html>
'''
    without = [SN_VERDICT.format(verdict=verdict), f'{SN_BY} {author}', shown, SN_METHOD_HEAD, SN_METHOD, SN_SHARE, SN_RELATED,
               SN_MOST, SN_PARTNERS, SN_LETTER_HEAD, SN_LETTER, SN_FOOT.format(year=now.year), SN_CONSENT] + \
        outside(SN_NAV + [SN_KICKER] + sub_texts, paras) + partners + [sn_shown(d, 0) for d in partner_days[:2]] + rel[:2] + most[:2] + \
        ([upd_text] if upd_text else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel + most, without, upd_of(upd_day)


RENDER = {kind: spaced(fn) for kind, fn in (('tiki', render_tiki), ('mambo', render_mambo), ('nucleus', render_nucleus),
                                             ('nodebb', render_nodebb), ('bloomreach', render_bloomreach),
                                             ('dotcms', render_dotcms), ('sanity', render_sanity))}
render = with_null_update(renderer(RENDER, 'templates_set29.py', 29))  # updated: null where none is declared


# --- the corpus and the driver ----------------------------------------------------------------------------
CORPUS_FOLDER = 'nahla-scraper/split'
APT_FOLDER = 'ar-apt-human'
CNN_CSV = 'nahla-scraper/csv/CNN-ARABIA_CNN-ARABIA-FINAL.csv'
ALJ_CSV = 'nahla-scraper/csv/Aljazeera_aljazeera_articles_.csv'
# The files (by number) that a label of tests/segmenter/labels or ../shared/eval/dev named, or that a segmenter blind
# draw (tests/segmenter/blind*-draw.txt, blind30 and blind31 included) listed, when the set was written; a label or draw
# of the scraper's CSV record N names the split file N, which holds the same article. Frozen, so that later labels do
# not shift the set's articles.
LABEL_NAMED = {
    'cnnarabic': (3, 8, 64, 107, 110, 117, 180, 190, 195, 208, 215, 217, 244, 255, 286, 366, 391, 410, 438, 453, 454, 476,
                  489, 502, 503, 509, 566, 585, 594, 597, 624, 635, 705),
    'aljazeera': (7, 14, 17, 19, 21, 22, 24, 27, 34, 36, 47, 50, 51, 56, 64, 65, 73, 80, 81, 88, 91, 100, 101, 108, 115,
                  122, 125, 134, 135, 150, 161),
    'misbar': (8, 38, 188, 254, 292, 310, 315, 331, 380, 381, 426, 497, 503, 704, 751, 819),
    'fatabyyano': (12, 162, 190, 253, 268, 276, 306, 308, 323, 341, 344, 353, 356, 367, 368, 384)}
# The files the earlier sets on these texts built their pages around, as they read them: set 16 (Aljazeera and
# Misbar), set 17 (CNN Arabic), set 19 (Fatabyyano) and set 23 (Aljazeera and Misbar).
EARLIER_SETS_READ = {
    'cnnarabic': (0, 4, 5, 6, 7, 9, 11, 15, 16, 17, 18, 20, 21, 30, 34, 35, 36, 39, 41, 42, 43, 44, 45, 46, 47, 48, 53, 59),
    'aljazeera': (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 28, 29, 30,
                  31, 32, 33, 37, 38, 39, 41, 53, 57, 59, 61, 63, 67, 68, 69, 71),
    'misbar': (249, 557, 609, 613, 729, 731, 746, 753, 766, 769, 771, 781),
    'fatabyyano': (297, 334, 336, 348, 353, 365, 366, 372)}
# The Ar-APT files a label or a draw named (as above), and the 20 set 19 built pages around.
APT_LABEL_NAMED = (
    'Bus-3', 'Bus-4', 'Bus-5', 'Bus-12', 'Bus-13', 'Bus-23', 'Bus-27', 'Bus-28', 'Bus-45', 'Bus-47', 'Bus-49', 'Fin-1',
    'Fin-8', 'Fin-9', 'Fin-13', 'Fin-15', 'Fin-18', 'Fin-24', 'Fin-25', 'Fin-31', 'Fin-34', 'Fin-41', 'Med-1', 'Med-5',
    'Med-6', 'Med-10', 'Med-13', 'Med-24', 'Med-27', 'Med-28', 'Med-30', 'Med-35', 'Med-47', 'Pol-3', 'Pol-7', 'Pol-11',
    'Pol-16', 'Pol-19', 'Pol-23', 'Pol-31', 'Pol-36', 'Pol-41', 'Pol-47', 'Pol-48', 'Sci-10', 'Sci-11', 'Sci-12',
    'Sci-20', 'Sci-21', 'Sci-22', 'Sci-27', 'Sci-40', 'Sci-43', 'Sci-46', 'Sci-48', 'Sci-50', 'Spo-4', 'Spo-9', 'Spo-10',
    'Spo-11', 'Spo-16', 'Spo-17', 'Spo-21', 'Spo-25', 'Spo-26', 'Spo-35', 'Spo-42', 'Tech-3', 'Tech-9', 'Tech-16',
    'Tech-20', 'Tech-21', 'Tech-23', 'Tech-31', 'Tech-37', 'Tech-43', 'Tech-45', 'Tech-46', 'Tech-48', 'Tour-1', 'Tour-3',
    'Tour-8', 'Tour-14', 'Tour-20', 'Tour-29', 'Tour-31', 'Tour-35', 'Tour-45', 'Tour-48', 'Tour-49')
APT_EARLIER_SETS_READ = (
    'Bus-8', 'Bus-28', 'Bus-34', 'Fin-36', 'Med-42', 'Med-43', 'Med-44', 'Med-45', 'Pol-40', 'Spo-3', 'Tech-1', 'Tech-4',
    'Tech-7', 'Tech-8', 'Tech-29', 'Tour-15', 'Tour-23', 'Tour-25', 'Tour-26', 'Tour-34')
LEFT_OUT = {src: frozenset(f'nahla_{src}_{n:05d}.txt' for n in LABEL_NAMED[src] + EARLIER_SETS_READ[src]) for src in LABEL_NAMED}
APT_LEFT_OUT = frozenset(f'{n}.txt' for n in APT_LABEL_NAMED + APT_EARLIER_SETS_READ)
MIN_PARAGRAPHS = 6
MAX_PARAGRAPHS = 9
# A URL's day: "/politics/2024/4/13/..." (Aljazeera) or "/article/2024/04/13/..." (CNN Arabic).
URL_DAY = re.compile(r'/(20\d\d)/(\d{1,2})/(\d{1,2})/')
# The ordinals a Misbar text names its days with (1 to 31) and its month names; its texts are of the spring of 2024.
ORDINALS = (['الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر']
            + [f'{u} عشر' for u in ('الحادي', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع')]
            + ['العشرين'] + [f'{u} والعشرين' for u in ('الحادي', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع',
                                                     'الثامن', 'التاسع')] + ['الثلاثين', 'الحادي والثلاثين'])
MONTH_NAMES = {name: i + 1 for i, name in enumerate(GULF_MONTHS)} | {'إبريل': 4}
MISBAR_YEAR = 2024
MISBAR_OWN_DAY = re.compile(r'(اليوم|أمس) (?:' + '|'.join(DAYS) + r') (' + '|'.join(sorted(ORDINALS, key=len, reverse=True))
                            + r') من (' + '|'.join(MONTH_NAMES) + ')')
# An Ar-APT headline made from the lead: its first sentence (or that sentence's first clause) of this many words.
MADE_TITLE_WORDS = (5, 16)


def url_day(link):
    m = URL_DAY.search(link or '')
    return datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def csv_rows(corpus, path, header):
    """The rows of one of the scraper's CSV files (the header row dropped where there is one)."""
    csv.field_size_limit(1 << 30)
    with open(os.path.join(corpus, path), encoding='utf-8', newline='') as fh:
        rows = list(csv.reader(fh))
    return rows[1:] if header else rows


def split_files(corpus, src):
    """(number, base, lines, left_out) of every CORPUS/nahla-scraper/split/nahla_SRC_*.txt, in name order (a left-out
    file's headline still makes a later file with the same headline a duplicate)."""
    out = []
    for path in sorted(glob.glob(os.path.join(corpus, CORPUS_FOLDER, f'nahla_{src}_*.txt'))):
        base = os.path.basename(path)
        with open(path, encoding='utf-8') as fh:
            lines = [' '.join(line.split()) for line in fh.read().split('\n') if line.strip()]
        if lines:
            out.append((int(base[-9:-4]), base, lines, base in LEFT_OUT[src]))
    return out


def cnn_records(corpus):
    """CNN Arabic's split files, each with its CSV record of the same number (same title): folder = the record's
    section, when = its URL's day."""
    rows, out, seen = csv_rows(corpus, CNN_CSV, False), [], set()
    for n, base, lines, left_out in split_files(corpus, 'cnnarabic'):
        if left_out:
            seen.add(lines[0])
            continue
        row = rows[n] if n < len(rows) and ' '.join(rows[n][0].split()) == lines[0] else ['', '', '', '', '']
        out.append({'name': f'{CORPUS_FOLDER}/{base}', 'folder': row[3], 'title': lines[0], 'lines': lines[1:],
                    'when': url_day(row[4]), 'dup': lines[0] in seen})
        seen.add(lines[0])
    return out


def aljazeera_records(corpus):
    """Aljazeera's split files, each with its CSV record of the same number (same title): folder = the record's
    category, when = its URL's day; paragraphs as templates_set23.aljazeera_paragraphs() cuts them."""
    rows, out, seen = csv_rows(corpus, ALJ_CSV, True), [], set()
    for n, base, lines, left_out in split_files(corpus, 'aljazeera'):
        if left_out:
            seen.add(lines[0])
            continue
        row = rows[n] if n < len(rows) and ' '.join(rows[n][1].split()) == lines[0] else ['', '', '']
        out.append({'name': f'{CORPUS_FOLDER}/{base}', 'base': base, 'source': 'aljazeera', 'folder': row[0],
                    'title': lines[0], 'lines': lines, 'verdict': '', 'when': url_day(row[2]),
                    'paragraphs': aljazeera_paragraphs(lines[1:]), 'dup': lines[0] in seen})
        seen.add(lines[0])
    return out


def factcheck_records(corpus):
    """Misbar's and Fatabyyano's split files, in the order of their numbers (the scraper numbered both sources in one
    run): Misbar's verdict files (first line "مضلل" or "زائف") with their text and subheadings as
    templates_set23.misbar_text() reads them and the verdict clause as their headline; the others (Misbar's claim
    files, Fatabyyano's short fact-checks) give their first line as a headline only."""
    files = [(n, src, base, lines, left_out) for src in ('misbar', 'fatabyyano') for n, base, lines, left_out in split_files(corpus, src)]
    out, seen = [], set()
    for n, src, base, lines, left_out in sorted(files):
        rec = {'name': f'{CORPUS_FOLDER}/{base}', 'base': base, 'source': src, 'folder': src, 'title': lines[0],
               'lines': lines, 'verdict': '', 'when': None, 'paragraphs': [], 'subheads': {}, 'dup': False}
        if src == 'misbar' and len(lines[0].split()) < 3 and len(lines) > 1:
            rec['verdict'] = lines[0]
            rec['paragraphs'], rec['subheads'] = misbar_text(lines[1:])
            rec['title'] = misbar_title(rec['paragraphs'][0]) if rec['paragraphs'] else ''
            rec['when'] = misbar_day(' '.join(lines[1:]))
        rec['dup'] = rec['title'] in seen
        seen.add(rec['title'])
        if not left_out:
            out.append(rec)
    return out


def misbar_day(text):
    """The day a Misbar fact-check names as its own: "اليوم الخميس الرابع من إبريل" (that day) or "أمس الأربعاء الثالث من
    إبريل" (the day after), in the scrape's year (MISBAR_YEAR); None when it names neither."""
    m = MISBAR_OWN_DAY.search(text)
    if not m:
        return None
    try:
        day = datetime.date(MISBAR_YEAR, MONTH_NAMES[m.group(3)], ORDINALS.index(m.group(2)) + 1)
    except ValueError:
        return None
    return day + datetime.timedelta(days=1 if m.group(1) == 'أمس' else 0)


def made_title(lead):
    """An Ar-APT headline made from a text without one: the lead's first sentence without its stop, or that sentence's
    first clause (up to a comma), when it has MADE_TITLE_WORDS words; else ''."""
    first = sentences(lead)[0] if lead else ''
    for cand in (first, re.split(r'[،,]', first)[0]):
        cand = cand.strip().rstrip('.').strip()
        if MADE_TITLE_WORDS[0] <= len(cand.split()) <= MADE_TITLE_WORDS[1] and not re.search(r'[\\():«»"“”]', cand):
            return cand
    return ''


def apt_recs(corpus):
    """Ar-APT's files in (category, number) order (templates_set19.apt_records()), the left-out ones left out: a file's
    headline is its first line where that line is one (set 19's rule), else made from its lead (made_title())."""
    out, seen = [], set()
    for r in apt_records(corpus):
        if r['base'] in APT_LEFT_OUT:
            continue
        r = dict(r, folder=r['category'], when=None, made=not r['title'])
        if not r['title']:
            r['title'] = made_title(r['lines'][0]) if r['lines'] else ''
        r['dup'] = bool(r['title']) and r['title'] in seen
        seen.add(r['title'])
        out.append(r)
    return out


def records(corpus):
    """{source: [record, ...]}: the texts of the four sources the kinds read (see the docstring)."""
    return {'cnn': cnn_records(corpus), 'aljazeera': aljazeera_records(corpus), 'factcheck': factcheck_records(corpus),
            'apt': apt_recs(corpus)}


def article_of(rec, source):
    """(name, title, paragraphs) when the record is an article (see the docstring), else None."""
    if source == 'cnn':
        art = cnn_article_of(rec)
    elif source == 'apt':
        art = None
        if rec['title'] and not rec['dup'] and not rec['wrapped'] and rec['base'] not in CUT_LEADS | NOT_ARTICLES \
                and usable_title(rec['title']) and not any(m in line for line in rec['lines'] for m in MARKERS):
            paras = apt_paragraphs(rec)
            if paras and len(paras[0].split()[0]) > 1 and not any('\\' in p for p in paras):
                art = (rec['name'], rec['title'], paras)
    else:
        art = nahla_article_of(rec, rec['lines'], rec['dup'])
    if not art or len(art[2]) < MIN_PARAGRAPHS:
        return None
    shown = art[2][:MAX_PARAGRAPHS]
    return Text((art[0], art[1], shown), verdict=rec.get('verdict', ''),
                subheads={i: s for i, s in rec.get('subheads', {}).items() if i < len(shown)})


def pick_articles(sources, per_kind):
    """The pages' articles (templates_set24.pick_from_folders()); a nodebb page's text has at most NB_MAX_WORDS words."""
    return pick_from_folders(sys.modules[__name__], sources, per_kind, article_of, 'nodebb', NB_MAX_WORDS)


def page_time(n, kind, k, rec):
    """Page n's local publication time and the page's other draws. The generator random.Random("templates_set29 page
    N") draws, in this order, a day of the kind's SPAN, a clock time (07:00 to 22:59), a clock time after midnight
    (00:05 to 01:55), the update's delay (1 to 2 days, 1 to 9 hours, 5 to 55 minutes), the hours and minutes before the
    page was saved and a count. The day is the text's own (its URL's day) where it has one, else the drawn one; the
    pages of AFTER_MIDNIGHT take the time after midnight, the others the drawn clock time."""
    rng = random.Random(f'templates_set29 page {n}')
    first, last = SPAN.get(kind, (datetime.date(2024, 1, 1), datetime.date(2024, 12, 31)))
    drawn_day = first + datetime.timedelta(days=rng.randrange((last - first).days + 1))
    clock = (rng.randrange(7, 23), rng.randrange(60))
    midnight = (rng.randrange(0, 2), rng.randrange(5, 56))
    draw = {'update': {'days': rng.randint(1, 2), 'hours': rng.randint(1, 9), 'minutes': rng.randint(5, 55)},
            'saved_hours': rng.randint(3, 9), 'saved_minutes': rng.randrange(60), 'count': rng.randint(300, 9000)}
    h, m = midnight if (kind, k) in AFTER_MIDNIGHT else clock
    return zone(kind, datetime.datetime.combine(rec['when'] or drawn_day, datetime.time(h, m))), draw


def relabel(label, art):
    """A lead's CNN or place dateline is metadata, not the paragraph's opening (the development set's convention)."""
    dl, rest = lead_split(art[2], art[0])
    if dl:
        label['body_with'][0] = opening(rest)


def main(argv=None):
    return run_set(sys.modules[__name__], argv, f'{CORPUS_FOLDER} and {APT_FOLDER}', 20261229, 30, 29, relabel)


if __name__ == '__main__':
    sys.exit(main())
