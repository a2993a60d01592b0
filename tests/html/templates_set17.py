#!/usr/bin/env python3
"""Sealed HTML template set 17 (issue 14): seven more kinds of Arabic news pages, labelled by construction.

Written by a helper who did not change the HTML extractor's rules, did not read them (src/, include/,
data/markers.txt), and never ran akhbar on these pages: their first score, taken once after the session's rules
are merged, measures the rules on templates nobody looked at while writing them. None of these kinds is in
make_templates.py or templates_set5..16.py (a XenForo forum thread, a Telegraph page of a Telegram channel, a Notion
workspace published as a site, a DNN portal with EasyDNNnews, a Plone 6 news item, a Tilda Feeds post, a Jimdo blog
post; the earlier sets' Wix, Wikinews, Elementor, Ghost and e-mail newsletter kinds were left alone), and every chrome
sentence is new wording (no chrome constant of the earlier sets is imported; the wording was checked automatically
against the earlier sets' files: no run of three Arabic words or more of a string of this file, docstrings aside,
appears in the string constants of make_templates.py and templates_set5..16.py, docstrings included). The articles
are CNN Arabic's stories (the nahla-scraper split files), which carry no date: every page gets a day of 2019-2024
and a time of day drawn from a generator seeded by its number, made local in the kind's own time zone. The kinds vary
where the dates come from (XenForo's <time> with a "+0300" offset, a Unix data-time and a text that is a long date
or, on a page saved within the week, "الخميس الساعة 22:32", beside a DiscussionForumPosting JSON-LD in UTC;
Telegraph's UTC "+0000" <time> with an English date and Open Graph times, its Unix T.datetime; Notion's date
property in its English formats with a UTC <time>, a typed Arabic line, epoch milliseconds and a zone name in the
__NEXT_DATA__ record map; EasyDNNnews' Arabic long, numeric or 12-hour lines beside NewsArticle microdata in UTC;
Plone's byline with Algerian month names or numeric dates beside Dublin Core metas in UTC; Tilda's "21.11.2019",
"February 6, 2020" or Arabic dates beside its odd microdata "2020-04-14+0400:20:00+04:00" and a zone-less UTC time
in t_feed_init; Jimdo's date alone in three spans with Mauritanian month names) and where dates that are not the
article's appear (members' join dates, readers' replies and comments, the forum's and the portal's current time, a
draft's creation time, the site's last publication in a stylesheet's ?t=, earlier and later stories, coming events,
an archive's months), how the update is given (an edit line, an editor's note at the top or the end of the text, a
"last edited" property, a modified date in the byline, a declared dateModified or modified_time only), and how the
related list is shaped (similar threads, a list inside the article under an <h4> or a bold line, a Notion relation
property in the property table above the text or a heading block and a list after it, EasyDNNnews' related
articles, Plone's related items viewlet, Tilda's relevants, a Jimdo heading module and a text module), besides
most-read boxes (labelled related) and lists that look related but are not (the forum's latest posts, the
channel's earlier posts, the newsroom's latest stories, the portal's new articles, previous and next items, latest
news portlets, a magazine's feed, a blog selection of the latest posts, an archive).

  xenforo    a Saudi discussion forum's news thread on XenForo 2.2 (+03:00): the <html> data attributes (data-csrf
             with the save time), the guest notice, the navigation and section links, the breadcrumb, h1.p-title-value,
             the thread's starter and start date in p-description, the page navigation; the first post is the
             article: the member's card (a join date years before), the bbWrapper text with an attached image and
             paragraphs separated by <br /><br /> (the lead's dateline in <b> on odd pages), an inline "<b>اقرأ
             أيضاً:</b>" / "إقرأ أيضا:" line after the second paragraph on pages 0 and 2 (read-also), a source line
             (not labelled), the moderator's signature, the reactions bar; three members' replies 2 h to 1 day 8 h
             later. Every <time> has the local time with a colon-less offset, a Unix data-time and the text as
             XenForo shows it: the long date ("5 أبريل 2023"), or on page 1, saved three days after the post, the
             weekday form ("الخميس الساعة 22:32"; "اليوم" and "أمس" where they apply); the DiscussionForumPosting
             JSON-LD is in UTC ("+00:00"); XF.config's time block holds the save time (Unix), weeks to months later
             except on page 1; page 2 is posted at 00:40 local, the day before in the JSON-LD and data-time; pages 1
             and 3 carry "آخر تعديل بواسطة مشرف:" under the post (1 day 4 h 5 min and 2 days 1 h 40 min later,
             the first in the weekday form: the updated date, also in dateModified). "مواضيع مشابهة" (similar
             threads with earlier start dates: related); the sidebar's members online, "آخر المشاركات" (latest
             posts with "منذ N دقيقة": not related) and statistics; the guests' reply prompt, share buttons, the
             cookie notice, the footer's style and language choosers, links and copyright
  telegraph  an Iraqi Telegram news channel's article on Telegraph, telegra.ph (+03:00): the header's <h1> and
             <address> (the channel's t.me link, then a <time datetime> in UTC "+0000" whose text is the English UTC
             date "January 15, 2019", rewritten by the inline script from T.datetime, a Unix time); Open Graph
             article:published_time and article:modified_time in UTC; the article: the lead (its dateline in
             <strong> on even pages), a figure and its caption, an inline "اقرأ كذلك:" / "طالع أيضاً:" paragraph on
             pages 1 and 2 (read-also), the channel's invitation with its t.me link, "قراءات على صلة بالخبر" under an
             <h4> (even pages) or a bold paragraph (odd pages) over a list of Telegraph links (related), "من منشورات
             القناة السابقة" with earlier dates in Iraqi month names (pages 0, 2, 3: not related); the Edit and
             Publish buttons, "Report content on this page" and the report form. Telegraph gives its times in UTC
             only, so no page of this kind is published near midnight, and its updates fall in the afternoon: page 1
             declares the update only in article:modified_time (the next day), page 3 also in an italic note "تحديث:
             ... بتاريخ 26 حزيران 2023" (the updated dates). Telegraph's editable copy of the <h1> is left out.
  notion     a Sudanese newsroom whose site is a Notion workspace published with Super (+02:00): Next.js markup, the
             navbar and its support button, the cover, h1.notion-header__title, the page's property table: "إعداد"
             (a person), "القسم" (a select), "تاريخ النشر" in Notion's date formats ("July 24, 2022" on page 0;
             "04/01/2023 1:15 AM" on page 1, published at 01:15 local, with a <time datetime> in UTC milliseconds,
             the day before; "2020/10/29" on page 2), on page 3 no date property but a typed first line "نُشرت يوم
             الثلاثاء 29 يونيو 2021"; the __NEXT_DATA__ record map with the page's created_time (the draft, 2 days 5 h
             12 min before publication) and last_edited_time in epoch milliseconds and the date property's
             start_date, start_time and time_zone; the text as notion-text blocks (the lead's dateline in <strong> on
             odd pages) around an image block and its caption; page 1 shows "آخر تعديل" as a last-edited-time
             property (1 day 14 h 25 min later), page 3 ends with a callout "تحديث ...: ..." (2 days 3 h later): the
             updated dates, also in last_edited_time (4 minutes after publication on the other pages, not labelled);
             read-also: an inline "اقرأ أيضاً:" text block on page 1, a bare link-to-page block after the third
             paragraph on page 3; related: the relation property "قصص مرتبطة" in the property table above the text
             (even pages), a heading block "قصص تتصل بهذا الحدث" over a bulleted list after it (odd pages); the
             newsletter callout, "جديد منصة الضفتين" (a gallery view of later stories with English dates: not
             related), the footer and the "Made with Super" badge
  dnn        an Emirati regional portal on DNN Platform 9 with the EasyDNNnews module (+04:00): the WebForms <form> and
             __VIEWSTATE, skin objects: the current date (the day the page was saved, 41 to 260 days later), the
             language link, login and register links, the search box, logo, menu and breadcrumb; the EasyDNNnews
             article with NewsArticle microdata (datePublished and dateModified in UTC "Z"), the category,
             h1.edn_articleTitle, the meta line "تاريخ النشر:" in "dddd، dd MMMM yyyy" (pages 0 and 2), "dd/MM/yyyy
             HH:mm" (page 1) or "d MMMM yyyy - h:mm م" (page 3) and a views counter, the image and its caption, the
             text (the lead's dateline in <strong> on even pages), an inline "طالع أيضاً:" / "اقرأ أيضاً:" paragraph
             on pages 0 and 3 (read-also), tags, share and print links, the previous and next articles with their
             titles (not related), "أخبار متصلة بهذا الخبر" with earlier dates (related; pages 0, 1, 3), readers'
             comments hours to a day later (pages 0, 2) and the comment form; the right pane's modules: "الأكثر
             مشاهدة على البوابة" numbered (related, a most-read box), "جديد البوابة" dated around the save date and
             "فعاليات الأسبوع المقبل" after it (not related), the app's promotion; the footer's copyright (the save
             year), terms and privacy links. Page 2 is published at 02:30 local, the day before in the microdata;
             page 1 shows "آخر تحديث:" 1 day 2 h 25 min later, page 3 declares an update 1 day 5 h later only in
             dateModified and article:modified_time (local, beside article:published_time on pages 0 and 3): the
             updated dates
  plone      an Algerian research centre's news item on Plone 6 Classic with Barceloneta (+01:00): site actions,
             the search box, the login link, the language selector, the global navigation, the breadcrumb ending with
             the title, the hidden social-tags span with the title again, h1.documentFirstHeading, the byline "بقلم
             ... — نُشر ... — آخر تعديل ..." in "dd/mm/yyyy HH:MM" (pages 0, 3), with Algerian month names ("18
             ديسمبر 2019 00:35", page 1) or in "dd-mm-yyyy HH:MM" (page 2); Dublin Core metas in the server's UTC
             ("+00:00"): DC.date.created (the draft, the day before), DC.date.modified and DC.date.valid_range (the
             effective day in UTC); the news image and its caption, the text (the lead's dateline in <strong> on even
             pages), an inline "اقرأ كذلك:" / "طالع أيضاً:" paragraph with a resolveuid link on pages 1 and 2
             (read-also), document actions, "مصنّف ضمن:" tags, the related items viewlet "مواد مرتبطة بهذا الخبر"
             (related), the previous and next items (not related); portlets: "آخر المستجدات" dated after the
             article (not related), "الأكثر اطلاعاً هذا الشهر" (pages 0 and 2: related, a most-read box), "مواعيد
             المرصد القادمة" (coming events with Algerian month names: not related); the footer and colophon. Page 1
             is published at 00:35 local, the day before in the Dublin Core metas; the byline's "آخر تعديل" is the
             publication time except on pages 1 (1 day 8 h 35 min later) and 3 (2 days 4 h later): the updated dates,
             also in DC.date.modified
  tilda      an Omani magazine's Feeds post on Tilda Publishing (+04:00): t-records and t-rec blocks, the T228 menu and
             its subscribe button, the post page (a static popup container) with BlogPosting microdata whose dates are
             Tilda's PHP format with "T" printed as the zone's abbreviation ("2020-04-14+0400:20:00+04:00"), the date
             part "6 ديسمبر 2023" (pages 0 and 3), "21.11.2019" (page 1) or "February 6, 2020" (page 2) and the
             section tag, h1.t-feed__post-popup__title, the text in t-redactor__text blocks whose paragraphs are
             separated by <br /><br /> (the lead's dateline in <strong> on odd pages) around a figure, an inline
             "اقرأ أيضاً:" / "إقرأ أيضاً:" link after the second paragraph on pages 0 and 3 (read-also); the share
             block, the relevants "موضوعات قريبة من هذه المادة" (related); the T915 feed "جديد مجلة الفلج" with
             later dates and a load-more button (not related), "مواعيد ثقافية في مسقط" (coming events), the T678
             subscription form (its success message hidden), the T420 footer, the T657 cookie notice, the "Made on
             Tilda" label; t_feed_init's JSON with the post's "published" in UTC without a zone; the stylesheets'
             ?t= (the site's last publication, 12 to 28 days after the article). Page 3 is published at 00:20 local,
             the day before in t_feed_init; page 1 declares an update only in dateModified (1 day 6 h later), page 2
             ends with an italic note "تحديث: ... في 8 فبراير 2020" (2 days 2 h later, also in dateModified): the
             updated dates
  jimdo      a Mauritanian local news site's blog post on Jimdo Creator (UTC, Mauritania's zone): jimdoData, the
             site title and tagline, the navigation, the post header with its <h1> inside the post's own link, tags,
             the date alone as <time datetime="YYYY-MM-DD"> around three spans (day, month, year: "30 سبتمبر 2021",
             Mauritanian month names such as "أغشت" and "دجمبر"); the text in j-text modules (the lead's dateline in
             <strong> on even pages) around an image module and its caption, an inline "اقرأ أيضا:" / "للاطلاع
             أيضا:" paragraph on pages 1 and 2 (read-also), on even pages a heading module "أخبار مرتبطة بهذا
             الحدث" over a list of links (related), share buttons; readers' comments (pages 0, 3) hours to a day
             later, with weekdays and month names, and the comment form; the sidebar's "الأكثر قراءة لدى زوارنا"
             (related, a most-read box), "أحدث منشورات صدى الحوض" (a blog selection with later dates: not related),
             the archive's months, the contact line; the footer (print, sitemap, login; the editor's links hidden)
             and the cookie banner. No machine-readable time; page 1 ends with an italic note "تحديث بتاريخ ...:
             ..." (1 day 3 h later), page 3 opens with a bold line "حُيّن هذا الخبر يوم ..." (2 days 1 h later): the
             updated dates

Labels (the format of tests/html/labels): title (the <h1>), published (the local date in the kind's time zone),
updated (the local date, where the page shows or declares an update of the article: 14 of the 28 pages),
body_with = the opening of each paragraph, body_without = visible chrome texts and other stories' headlines,
read_also, related (headed related and most-read lists only). A lead's CNN dateline ("دبي، الإمارات العربية
المتحدة (CNN)--", "(CNN)—", "القدس (CNN)--") is metadata, not body, as the development set labels it: the opening
starts after it.

Articles: not the corpora of the earlier sets but the files CORPUS/nahla-scraper/split/nahla_cnnarabic_*.txt (plain
text: the title on the first non-blank line, then the text, one paragraph a line), sorted by name. Every file that a
label in tests/segmenter/labels/*.json or ../shared/eval/dev/*.json named in its "file" value when the set was
written is left out (SEGMENTER_NAMED and DEV_NAMED, frozen, so that later labels do not shift the set), and so is a
later file with the title of an earlier one. A file's paragraphs are its text lines of 12 words or more, in order,
stopping before a line with a social post's trace (a tweet's link, a URL, a handle, a hashtag or an emoji) or a line
that repeats an earlier paragraph. A file is an article when its title has 3 to 20 words, none of its lines holds
"اقرأ", "إقرأ", "للمزيد" or "قد يهمك" (no read-also line), its first text line is a paragraph that opens with a CNN
dateline (a place or nothing, "(CNN)" and a dash, or "--(CNN)"; a series' note or an analyst's byline first is left
out), at most two of its text lines are shorter than 12 words (those are not shown; lists, recipes and features with
subheadings, which would lose theirs, are left out) and it has at least 3 paragraphs (the page takes the first 8).
Page n (counted over the whole set, kinds in the order above) takes the next article in name order
(templates_set12.pick_articles with the one source): the 28 pages take nahla_cnnarabic_00000 to 00059. The page's
local time is drawn by random.Random("templates_set17 page N"): a day of 2019-01-01 to 2024-12-31 and a time from
07:00 to 22:59 in the kind's zone, except xenforo-2 (00:40), notion-1 (01:15), dnn-2 (02:30), plone-1 (00:35) and
tilda-3 (00:20), whose UTC date is the day before (the label keeps the local date). Other stories' headlines
(related, latest and the like) are the titles of the files that follow the page's article in name order, wrapping
around (any title of 3 to 20 words without such a marker, the left-out files and the article's own title excepted):
the first 11 shuffled, then the rest in order.

Usage: templates_set17.py OUT_DIR [--corpus DIR] [--per-kind 4] [--kinds a,b]
writes OUT_DIR/pages/KIND-N.html and OUT_DIR/labels/KIND-N.json, checks every labelled text against the
page's visible text with templates_set5's check() (templates_set12.write_page()), checks with templates_set9's
link check that every read-also and related title is the whole text of a link and that each label has the keys and
types ../shared/eval/score.py reads, and with templates_set10's balance check that every non-void element is
closed in order (templates_set10.renderer() runs those two); fails if any check does. The pages' text was also
compared with headless Chromium's document.body.innerText once while writing them (every labelled text is in it;
Telegraph's date, which runs into the channel's link there, is not labelled).
"""
import datetime
import glob
import hashlib
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
# Helpers and calendar data only; no chrome sentence of the earlier sets.
from templates_set5 import DAYS, GULF_MONTHS, LEVANT_MONTHS, esc, opening  # noqa: E402
from templates_set10 import renderer  # noqa: E402
from templates_set12 import (  # noqa: E402
    DZ_MONTHS, epoch_ms, hm, iso_local, iso_z, opening_words, pick_articles as shared_pick_articles, set_arguments,
    write_page,
)
from templates_set15 import clock12, outside, upd_of  # noqa: E402

KINDS = ('xenforo', 'telegraph', 'notion', 'dnn', 'plone', 'tilda', 'jimdo')
# Hours east of UTC (none of these zones kept daylight saving time in 2019-2024).
TZ_HOURS = {'xenforo': 3, 'telegraph': 3, 'notion': 2, 'dnn': 4, 'plone': 1, 'tilda': 4, 'jimdo': 0}
# The pages published just after local midnight (their UTC date is the day before): (kind, page) -> (hour, minute).
AFTER_MIDNIGHT = {('xenforo', 2): (0, 40), ('notion', 1): (1, 15), ('dnn', 2): (2, 30), ('plone', 1): (0, 35),
                  ('tilda', 3): (0, 20)}
CORPUS_FOLDER = 'nahla-scraper/split'
SOURCE = 'cnnarabic'
MARKERS = ('اقرأ', 'إقرأ', 'للمزيد', 'قد يهمك')
EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
             'November', 'December']
# Mauritania's month names (Hassaniya forms of August and December).
MR_MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغشت', 'سبتمبر', 'أكتوبر', 'نوفمبر',
             'دجمبر']
UTC = datetime.timezone.utc


def zone(kind):
    return datetime.timezone(datetime.timedelta(hours=TZ_HOURS[kind]))


def at(extra):
    """The page's local publication time."""
    return extra['at']


def later(t, **delta):
    return t + datetime.timedelta(**delta)


def unix(t):
    return int(t.timestamp())


def iso_plus(t):
    """UTC as '+00:00'."""
    return t.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S+00:00')


def iso_compact(t):
    """A colon-less offset ('+0300'), as XenForo's and Telegraph's <time>s write it."""
    return t.strftime('%Y-%m-%dT%H:%M:%S%z')


def ar_date(t, months=GULF_MONTHS, pad=False):
    return f'{t.day:02d} {months[t.month - 1]} {t.year}' if pad else f'{t.day} {months[t.month - 1]} {t.year}'


def dmy(t, sep='/'):
    return f'{t.day:02d}{sep}{t.month:02d}{sep}{t.year}'


def en_date(t, pad=False):
    return f'{EN_MONTHS[t.month - 1]} {t.day:02d}, {t.year}' if pad else f'{EN_MONTHS[t.month - 1]} {t.day}, {t.year}'


def en_clock(t):
    return f'{t.hour % 12 or 12}:{t.minute:02d} {"PM" if t.hour >= 12 else "AM"}'


def links(titles, href, cls=''):
    c = f' class="{cls}"' if cls else ''
    return ''.join(f'<li><a href="{href}{i}"{c}>{esc(t)}</a></li>' for i, t in enumerate(titles))


# A CNN dateline: a place (or nothing), "(CNN)" and a dash, or "--(CNN)"; a stray damma may precede the place.
CNN_DATELINE = re.compile(r'^\u064f?[^()\n]{0,60}?\s*(?:--\s*)?\(CNN\)\s*(?:--|\u2014|\u2013|-)?\s*')


def split_dateline(p):
    """(dateline, rest) for a lead that opens with a CNN dateline, else ('', p)."""
    m = CNN_DATELINE.match(p)
    if m and len(p[m.end():].split()) >= 8:
        return p[:m.end()], p[m.end():]
    return '', p


def lead_html(p, bold=False):
    """A paragraph's inner HTML, a lead's dateline in <strong> where asked."""
    dl, rest = split_dateline(p)
    if dl and bold:
        return f'<strong>{esc(dl.strip())}</strong> {esc(rest)}'
    return esc(p)


def lead_text(p, n):
    """The opening words of a paragraph after its dateline (descriptions and snippets)."""
    return opening_words(split_dateline(p)[1], n)


# --- xenforo: a Saudi discussion forum's news thread on XenForo 2 ---------------------------------------------
XF_SITE = 'منتديات مجالس الديرة'
XF_HOST = 'https://www.majales-aldeera.example'
XF_NAV = ['الرئيسية', 'المنتديات', 'ما الجديد', 'الأعضاء']
XF_SUBNAV = ['مشاركات جديدة', 'ابحث في المجالس']
XF_LOGIN, XF_REGISTER, XF_SEARCH, XF_MENU = 'دخول', 'تسجيل', 'بحث', 'القائمة'
XF_CRUMBS = ['المنتديات', 'الساحة الإخبارية', 'أخبار العرب والعالم']
XF_GUEST = 'أهلاً بك في مجالس الديرة! أنت تتصفح بصفة زائر، وبتسجيلك تستطيع المشاركة في النقاشات ومتابعة المواضيع.'
XF_STARTER, XF_STARTED = 'بادئ الموضوع', 'تاريخ البدء'
XF_AT, XF_TODAY, XF_YESTERDAY = 'الساعة', 'اليوم', 'أمس'
XF_STAFF = [('أبو نايف', 'مشرف الساحة الإخبارية'), ('ناقل الخبر', 'عضو مميز'), ('مراسل المجالس', 'مشرف عام'),
            ('عين الديرة', 'مشرف الساحة الإخبارية')]
XF_BANNER = 'طاقم الإشراف'
XF_MEMBER_TITLES = ['عضو نشيط', 'عضو جديد', 'عضو نشيط']
XF_USER_LABELS = ['انضم', 'المشاركات', 'مستوى التفاعل', 'الإقامة']
XF_CITIES = ['الرياض', 'بريدة', 'جدة', 'الخبر']
XF_ALSO = {0: 'اقرأ أيضاً:', 2: 'إقرأ أيضا:'}
XF_SOURCE, XF_SOURCE_NAME = 'المصدر:', 'سي إن إن بالعربية'
XF_SIGNATURE = 'ننقل الأخبار بنصها من مصادرها، ونرحب بالنقاش الهادئ تحت مظلة قوانين المجالس'
XF_LAST_EDIT = 'آخر تعديل بواسطة مشرف:'
XF_ACTIONS = ['إعجاب', 'رد', 'تبليغ']
XF_REACTIONS_LABEL = 'التفاعلات:'
XF_OTHERS = 'آخرون'
XF_REPLIES = [('أبو فيصل', 'الله يستر، الأمور تتسارع بشكل ما يطمّن أحد، مشكور على سرعة النقل'),
              ('غيمة نجد', 'متابعين معكم أول بأول، ياليت تحدّثون الموضوع إذا جاء شي جديد'),
              ('سلطان_ق', 'نقل موفق، والأهم نعرف وش موقف الدول المجاورة من هالكلام')]
XF_MUST = 'لا يمكنك الرد في هذا الموضوع قبل الدخول بحسابك أو فتح حساب جديد.'
XF_SHARE = 'شارك:'
XF_SIMILAR = 'مواضيع مشابهة'
XF_REPLIES_LBL, XF_VIEWS_LBL = 'الردود', 'المشاهدات'
XF_ONLINE = 'المتواجدون الآن'
XF_ONLINE_NAMES = ['بو سعود', 'ريم الشمال', 'المستشار', 'دانة']
XF_ONLINE_TOTAL = 'المجموع: {t} (أعضاء: {m}، زوار: {g})'
XF_LATEST = 'آخر المشاركات'
XF_LATEST_BY = 'آخر رد:'
XF_AGO = 'منذ {n} دقيقة'
XF_STATS = 'إحصائيات المجالس'
XF_STATS_LBL = ['المواضيع', 'المشاركات', 'الأعضاء', 'أحدث الأعضاء']
XF_COOKIE = 'تحفظ المجالس ملفات صغيرة في متصفحك لتبقى مسجلاً وتُعرض الصفحات أسرع، وبقاؤك في الموقع يعني موافقتك.'
XF_COOKIE_MORE, XF_COOKIE_OK = 'التفاصيل', 'موافق'
XF_FOOTER = ['اتصل بنا', 'الشروط والقواعد', 'سياسة الخصوصية', 'مساعدة']
XF_STYLE, XF_LANG = 'النمط الافتراضي', 'العربية (AR)'
XF_COPY = 'Community platform by XenForo® © 2010-2024 XenForo Ltd.'
XF_CREDIT = 'تعريب الواجهة: فريق مجالس الديرة'
XF_NEXT = 'التالي'


def xf_shown(t, now):
    """XenForo's date as it shows it: today / yesterday / a weekday within the week, else the long date."""
    gap = (now.date() - t.date()).days
    if gap == 0:
        return f'{XF_TODAY} {XF_AT} {hm(t)}'
    if gap == 1:
        return f'{XF_YESTERDAY} {XF_AT} {hm(t)}'
    if gap < 7:
        return f'{DAYS[t.weekday()]} {XF_AT} {hm(t)}'
    return ar_date(t)


def xf_time(t, now, text=None):
    """XenForo's <time>: the local time with a colon-less offset, the Unix time, the date and time strings."""
    return (f'<time  class="u-dt" dir="auto" datetime="{iso_compact(t)}" data-time="{unix(t)}" data-date-string="{ar_date(t)}" '
            f'data-time-string="{hm(t)}" title="{ar_date(t)} {XF_AT} {hm(t)}">{text or xf_shown(t, now)}</time>')


def render_xenforo(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, latest = others[:4], others[4:9]
    pub = at(extra)
    tid, pid = 48213 + 977 * k, 913402 + 5531 * k
    url = f'{XF_HOST}/threads/{slug}.{tid}/'
    starter, utitle = XF_STAFF[k]
    upd = None
    if k == 1:
        upd = later(pub, days=1, hours=4, minutes=5)
    elif k == 3:
        upd = later(pub, days=2, hours=1, minutes=40)
    # The page was saved three days after the post on page 1 (XenForo shows weekdays there), months later elsewhere.
    now = later(pub, days=3, hours=2) if k == 1 else later(pub, days=57 + 90 * k, hours=5)
    shown = xf_shown(pub, now)
    also = extra['also']
    parts = []
    for i, p in enumerate(paras):
        parts.append(lead_html(p, bold=k % 2 == 1) if i == 0 else esc(p))
        if i == 1 and k in XF_ALSO:
            parts.append(f'<b>{XF_ALSO[k]}</b> <a href="{XF_HOST}/threads/{tid - 23}/" class="link link--internal">{esc(also)}</a>')
    parts.append(f'<b>{XF_SOURCE}</b> {XF_SOURCE_NAME}')
    img = (f'<img src="{XF_HOST}/attachments/{slug}-jpg.{77120 + k}/" data-url="" class="bbImage " loading="lazy" alt="{slug}.jpg" '
           f'title="{slug}.jpg" style="" width="800" height="450" />')
    bb = img + '<br />\n<br />\n' + '<br />\n<br />\n'.join(parts)
    last_edit = (f'<div class="message-lastEdit">{XF_LAST_EDIT} {xf_time(upd, now)}</div>' if upd else '')
    name_of = [n for n, _ in XF_REPLIES]

    def avatar(uid, name):
        return (f'<a href="{XF_HOST}/members/{uid}/" class="avatar avatar--m avatar--default avatar--default--dynamic" data-user-id="{uid}" data-xf-init="member-tooltip" '
                f'style="background-color: #7a5c29; color: #e0c797"><span class="avatar-u{uid}-m" role="img" aria-label="{esc(name)}">{esc(name[0])}</span></a>')

    def message(post_id, uid, name, user_title, t, body, n, first=False):
        banner = (f'<div class="userBanner userBanner--staff message-userBanner" dir="auto" itemprop="jobTitle"><span class="userBanner-before"></span><strong>{XF_BANNER}</strong><span class="userBanner-after"></span></div>'
                  if first else '')
        joined = later(pub, days=-(1900 + 300 * n + 37 * k))
        sig = f'<aside class="message-signature"><div class="bbWrapper">{XF_SIGNATURE}</div></aside>' if first else ''
        reactions = (f'<div class="reactionsBar js-reactionsList is-active"><ul class="reactionSummary"><li><span class="reaction reaction--small reaction--1" data-reaction-id="1"><i aria-hidden="true"></i><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" class="reaction-sprite js-reaction" alt="Like" title="Like" /></span></li></ul>'
                     f'<span class="u-srOnly">{XF_REACTIONS_LABEL} </span><a class="reactionsBar-link" href="{XF_HOST}/posts/{post_id}/reactions" data-xf-click="overlay" data-cache="false" rel="nofollow"><bdi>{name_of[0]}</bdi>، <bdi>{name_of[1]}</bdi> و{11 + 3 * k} {XF_OTHERS}</a></div>'
                     if first else '')
        return f'''<article class="message message--post js-post js-inlineModContainer{' is-first' if first else ''}" data-author="{esc(name)}" data-content="post-{post_id}" id="js-post-{post_id}">
<span class="u-anchorTarget" id="post-{post_id}"></span>
<div class="message-inner">
<div class="message-cell message-cell--user"><section class="message-user" aria-label="{esc(name)}">
<div class="message-avatar"><div class="message-avatar-wrapper">{avatar(uid, name)}</div></div>
<div class="message-userDetails"><h4 class="message-name"><a href="{XF_HOST}/members/{uid}/" class="username " dir="auto" data-user-id="{uid}" data-xf-init="member-tooltip"><span class="username--style{3 if first else 2}">{esc(name)}</span></a></h4><h5 class="userTitle message-userTitle" dir="auto">{user_title}</h5>{banner}</div>
<div class="message-userExtras"><dl class="pairs pairs--justified"><dt>{XF_USER_LABELS[0]}</dt><dd>{ar_date(joined)}</dd></dl><dl class="pairs pairs--justified"><dt>{XF_USER_LABELS[1]}</dt><dd>{14382 - 4100 * n + 7 * k:,}</dd></dl><dl class="pairs pairs--justified"><dt>{XF_USER_LABELS[2]}</dt><dd>{2901 - 700 * n:,}</dd></dl><dl class="pairs pairs--justified"><dt>{XF_USER_LABELS[3]}</dt><dd>{XF_CITIES[(n + k) % 4]}</dd></dl></div>
<span class="message-userArrow"></span>
</section></div>
<div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget">
<header class="message-attribution message-attribution--split"><ul class="message-attribution-main listInline "><li class="u-concealed"><a href="{url}post-{post_id}" rel="nofollow">{xf_time(t, now)}</a></li></ul>
<ul class="message-attribution-opposite message-attribution-opposite--list "><li><a href="{url}post-{post_id}" class="message-attribution-gadget" data-xf-init="share-tooltip" data-href="{XF_HOST}/posts/{post_id}/share" aria-label="{XF_SHARE}" rel="nofollow"><i class="fa--xf far fa-share-alt" aria-hidden="true"></i></a></li><li><a href="{url}post-{post_id}" rel="nofollow">#{n + 1}</a></li></ul></header>
<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer " data-lb-id="post-{post_id}" data-lb-caption-desc="{esc(name)} &middot; {ar_date(t)} {XF_AT} {hm(t)}">
<article class="message-body js-selectToQuote"><div class="bbWrapper">{body}</div><div class="js-selectToQuoteEnd">&nbsp;</div></article>
{last_edit if first else ''}</div>{sig}</div>
<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external"><a href="{XF_HOST}/posts/{post_id}/react?reaction_id=1" class="reaction actionBar-action actionBar-action--reaction" data-xf-click="overlay" rel="nofollow"><i aria-hidden="true"></i><span class="reaction-text">{XF_ACTIONS[0]}</span></a><a href="{XF_HOST}/threads/{tid}/reply?quote={post_id}" class="actionBar-action actionBar-action--reply" data-xf-click="quote" data-quote-href="{XF_HOST}/posts/{post_id}/quote" rel="nofollow">{XF_ACTIONS[1]}</a></div>
<div class="actionBar-set actionBar-set--internal"><a href="{XF_HOST}/posts/{post_id}/report" class="actionBar-action actionBar-action--report" data-xf-click="overlay">{XF_ACTIONS[2]}</a></div></div>
{reactions}<div class="js-historyTarget message-historyTarget toggleTarget" data-href="trigger-href"></div></footer>
</div></div>
</div>
</article>'''
    reply_times = [later(pub, hours=2, minutes=12), later(pub, hours=9, minutes=40), later(pub, days=1, hours=8)]
    posts = [message(pid, 12 + k, starter, utitle, pub, bb, 0, first=True)]
    for i, ((n, c), t) in enumerate(zip(XF_REPLIES, reply_times)):
        posts.append(message(pid + 40 + 17 * i, 3400 + 211 * i, n, XF_MEMBER_TITLES[i], t, esc(c), i + 1))
    rel_start = [later(pub, days=-(5 + 11 * i), hours=-3 * i) for i in range(len(rel))]
    similar = ''.join(f'''<div class="structItem structItem--thread js-inlineModContainer js-threadListItem-{tid - 600 - 91 * i}" data-author="{esc(XF_ONLINE_NAMES[i])}">
<div class="structItem-cell structItem-cell--icon"><div class="structItem-iconContainer">{avatar(5100 + i, XF_ONLINE_NAMES[i])}</div></div>
<div class="structItem-cell structItem-cell--main" data-xf-init="touch-proxy"><div class="structItem-title"><a href="{XF_HOST}/threads/{tid - 600 - 91 * i}/" class="" data-tp-primary="on" data-xf-init="preview-tooltip" data-preview-url="{XF_HOST}/threads/{tid - 600 - 91 * i}/preview">{esc(t)}</a></div>
<div class="structItem-minor"><ul class="structItem-parts"><li><a href="{XF_HOST}/members/{5100 + i}/" class="username " dir="auto" data-user-id="{5100 + i}">{esc(XF_ONLINE_NAMES[i])}</a></li><li class="structItem-startDate"><a href="{XF_HOST}/threads/{tid - 600 - 91 * i}/" rel="nofollow">{xf_time(d, now)}</a></li><li><a href="{XF_HOST}/forums/12/">{XF_CRUMBS[2]}</a></li></ul></div></div>
<div class="structItem-cell structItem-cell--meta"><dl class="pairs pairs--justified"><dt>{XF_REPLIES_LBL}</dt><dd>{7 + 5 * i}</dd></dl><dl class="pairs pairs--justified structItem-minor"><dt>{XF_VIEWS_LBL}</dt><dd>{1 + i}K</dd></dl></div>
<div class="structItem-cell structItem-cell--latest"><a href="{XF_HOST}/threads/{tid - 600 - 91 * i}/latest" rel="nofollow">{xf_time(later(d, days=2, hours=5), now)}</a><div class="structItem-minor"><a href="{XF_HOST}/members/{5200 + i}/" class="username " dir="auto">{esc(name_of[i % 3])}</a></div></div>
</div>''' for i, (t, d) in enumerate(zip(rel, rel_start)))
    latest_html = ''.join(f'''<li class="block-row"><div class="contentRow"><div class="contentRow-figure">{avatar(5300 + i, XF_ONLINE_NAMES[(i + 1) % 4])}</div><div class="contentRow-main contentRow-main--close"><a href="{XF_HOST}/threads/{tid + 40 + i}/post-{pid + 900 + i}">{esc(t)}</a>
<div class="contentRow-minor contentRow-minor--hideLinks"><ul class="listInline listInline--bullet"><li>{XF_LATEST_BY} {esc(XF_ONLINE_NAMES[(i + 1) % 4])}</li><li><time  class="u-dt" dir="auto" datetime="{iso_compact(later(now, minutes=-m))}" data-time="{unix(later(now, minutes=-m))}">{XF_AGO.format(n=m)}</time></li></ul></div></div></div></li>'''
                          for i, (t, m) in enumerate(zip(latest, (3, 12, 26, 41, 58))))
    nav = ''.join(f'<li><div class="p-navEl {"is-selected" if i == 1 else ""}"><a href="{XF_HOST}/{["", "forums/", "whats-new/", "members/"][i]}" class="p-navEl-link " data-nav-id="{["home", "forums", "whatsNew", "members"][i]}">{t}</a></div></li>'
                  for i, t in enumerate(XF_NAV))
    crumbs = ''.join(f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="{XF_HOST}/{["", "#news.4", "forums/12/"][i]}" itemprop="item"><span itemprop="name">{t}</span></a><meta itemprop="position" content="{i + 1}" /></li>'
                     for i, t in enumerate(XF_CRUMBS))
    ld = {'@context': 'https://schema.org', '@type': 'DiscussionForumPosting', '@id': url, 'headline': title,
          'articleBody': ' '.join(split_dateline(paras[0])[1].split()[:60]) + ' …', 'articleSection': XF_CRUMBS[2],
          'author': {'@type': 'Person', '@id': f'{XF_HOST}/members/{12 + k}/', 'name': starter, 'url': f'{XF_HOST}/members/{12 + k}/'},
          'datePublished': iso_plus(pub), 'dateModified': iso_plus(upd or pub),
          'image': f'{XF_HOST}/attachments/{slug}-jpg.{77120 + k}/',
          'interactionStatistic': {'@type': 'InteractionCounter', 'interactionType': 'https://schema.org/ReplyAction',
                                   'userInteractionCount': len(XF_REPLIES)},
          'publisher': {'@type': 'Organization', 'name': XF_SITE, 'logo': {'@type': 'ImageObject', 'url': f'{XF_HOST}/styles/diwan/logo.png'}},
          'mainEntityOfPage': {'@type': 'WebPage', '@id': url}}
    ld_json = json.dumps(ld, ensure_ascii=False, indent=2)
    today = datetime.datetime.combine(now.date(), datetime.time(0), now.tzinfo)
    config = {'userId': 0, 'enablePush': True, 'skipServiceWorkerRegistration': False, 'skipPushNotificationSubscription': False,
              'skipPushNotificationCta': False, 'pushAppServerKey': 'BPc3Cn2JQvFsdj1mD6_0y3H2aXbPvQJ0c6WV3eL4nU2k', 'url': {
                  'fullBase': f'{XF_HOST}/', 'basePath': '/', 'css': f'/css.php?css=__SENTINEL__&s=3&l=2&d={unix(pub) - 86400 * 200}',
                  'keepAlive': '/login/keep-alive'}, 'cookie': {'path': '/', 'domain': '', 'prefix': 'xf_', 'secure': True,
                                                                'consentMode': 'simple', 'consented': []},
              'cacheKey': 'f3b0c2d41e5a6978b8c7d6e5f4a3b2c1', 'csrf': f'{unix(now)},6be1d7c0a59e3f21',
              'js': {'/js/xf/action.min.js?_v=2b1c7e44': True}, 'time': {'now': unix(now), 'today': unix(today),
                                                                         'todayDow': (now.weekday() + 1) % 7, 'tomorrow': unix(today) + 86400,
                                                                         'yesterday': unix(today) - 86400, 'week': unix(today) - 6 * 86400},
              'borderSizeFeature': '3px', 'fontAwesomeWeight': 'r', 'enableRtnProtect': True, 'enableFormSubmitSticky': True,
              'imageOptimization': '0', 'uploadMaxFilesize': 268435456, 'allowedVideoExtensions': ['m4v', 'mov', 'mp4', 'mp4v', 'mpeg', 'mpg', 'ogv', 'webm'],
              'shortcodeToEmoji': True, 'visitorCounts': {'conversations_unread': '0', 'alerts_unviewed': '0', 'total_unread': '0',
                                                           'title_count': True, 'icon_indicator': True},
              'jsState': {}, 'publicMetadataLogoUrl': f'{XF_HOST}/styles/diwan/og.png', 'publicPushBadgeUrl': f'{XF_HOST}/styles/default/xenforo/bell.png'}
    online = '، '.join(f'<a href="{XF_HOST}/members/{6000 + i}/" class="username " dir="auto">{esc(n)}</a>' for i, n in enumerate(XF_ONLINE_NAMES))
    total_m, total_g = 9 + k, 403 + 37 * k
    stats = [f'{48213 + 977 * k:,}', f'{1204776 + 30211 * k:,}', f'{31870 + 402 * k:,}']
    page = f'''<!DOCTYPE html>
<html id="XF" lang="ar-SA" dir="RTL"
	data-xf="2.2"
	data-app="public"
	data-template="thread_view"
	data-container-key="node-12"
	data-content-key="thread-{tid}"
	data-logged-in="false"
	data-cookie-prefix="xf_"
	data-csrf="{unix(now)},6be1d7c0a59e3f21"
	class="has-no-js template-thread_view"
	>
<head>
	<meta charset="utf-8" />
	<meta http-equiv="X-UA-Compatible" content="IE=Edge" />
	<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
	<title>{esc(title)} | {XF_SITE}</title>
	<link rel="manifest" href="/webmanifest.php">
	<meta name="theme-color" content="#1d5a43" />
	<meta name="apple-mobile-web-app-title" content="المجالس">
	<meta name="description" content="{esc(lead_text(paras[0], 24))}" />
	<meta property="og:description" content="{esc(lead_text(paras[0], 24))}" />
	<meta name="twitter:description" content="{esc(lead_text(paras[0], 24))}" />
	<link rel="canonical" href="{url}" />
	<link rel="next" href="{url}page-2" />
	<meta property="og:site_name" content="{XF_SITE}" />
	<meta property="og:type" content="website" />
	<meta property="og:title" content="{esc(title)}" />
	<meta name="twitter:title" content="{esc(title)}" />
	<meta property="og:url" content="{url}" />
	<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Afa.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=3&amp;l=2&amp;d={unix(pub) - 86400 * 200}&amp;k=8b1e2c" />
	<script src="/js/xf/preamble.min.js?_v=2b1c7e44"></script>
	<script type="application/ld+json">
	{ld_json}
	</script>
</head>
<body data-template="thread_view">
<div class="p-pageWrapper" id="top">
<header class="p-header" id="header"><div class="p-header-inner"><div class="p-header-content"><div class="p-header-logo p-header-logo--image"><a href="{XF_HOST}/"><img src="/styles/diwan/logo.png" srcset="/styles/diwan/logo-2x.png 2x" alt="{XF_SITE}" width="220" height="60" /></a></div></div></div></header>
<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header"><nav class="p-nav"><div class="p-nav-inner">
<button type="button" class="button--plain p-nav-menuTrigger button" data-xf-click="off-canvas" data-menu=".js-headerOffCanvasMenu" tabindex="0" aria-label="{XF_MENU}"><span class="button-text"><i aria-hidden="true"></i></span></button>
<div class="p-nav-scroller hScroller" data-xf-init="h-scroller" data-auto-scroll=".p-navEl.is-selected"><div class="hScroller-scroll"><ul class="p-nav-list js-offCanvasNavSource">{nav}</ul></div></div>
<div class="p-nav-opposite"><div class="p-navgroup p-account p-navgroup--guest"><a href="{XF_HOST}/login/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--logIn" data-xf-click="overlay" data-follow-redirects="on"><span class="p-navgroup-linkText">{XF_LOGIN}</span></a><a href="{XF_HOST}/register/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--register" data-xf-click="overlay" data-follow-redirects="on"><span class="p-navgroup-linkText">{XF_REGISTER}</span></a></div>
<div class="p-navgroup p-discovery"><a href="{XF_HOST}/search/" class="p-navgroup-link p-navgroup-link--iconic p-navgroup-link--search" data-xf-click="menu" data-xf-key="/" aria-label="{XF_SEARCH}" aria-expanded="false" aria-haspopup="true" title="{XF_SEARCH}"><i aria-hidden="true"></i><span class="p-navgroup-linkText">{XF_SEARCH}</span></a></div></div>
</div></nav></div>
<div class="p-sectionLinks"><div class="p-sectionLinks-inner hScroller" data-xf-init="h-scroller"><div class="hScroller-scroll"><ul class="p-sectionLinks-list"><li><div class="p-navEl "><a href="{XF_HOST}/whats-new/posts/" class="p-navEl-link " data-xf-key="alt+1" data-nav-id="newPosts">{XF_SUBNAV[0]}</a></div></li><li><div class="p-navEl "><a href="{XF_HOST}/search/?type=post" class="p-navEl-link " data-xf-key="alt+2" data-nav-id="searchForums">{XF_SUBNAV[1]}</a></div></li></ul></div></div></div>
<div class="p-body"><div class="p-body-inner">
<ul class="notices notices--block  js-notices" data-xf-init="notices" data-type="block" data-scroll-interval="6"><li class="notice js-notice notice--primary" data-notice-id="1" data-delay-duration="0" data-display-duration="0" data-auto-dismiss="" data-visibility=""><div class="notice-content">{XF_GUEST}</div></li></ul>
<ul class="p-breadcrumbs " itemscope itemtype="https://schema.org/BreadcrumbList">{crumbs}</ul>
<noscript class="js-jsWarning"><div class="blockMessage blockMessage--important blockMessage--iconic u-noJsOnly">JavaScript is disabled. For a better experience, please enable JavaScript in your browser before proceeding.</div></noscript>
<div class="p-body-header"><div class="p-title "><h1 class="p-title-value">{esc(title)}</h1></div>
<div class="p-description"><ul class="listInline listInline--bullet"><li><i class="fa--xf far fa-user" aria-hidden="true" title="{XF_STARTER}"></i><span class="u-srOnly">{XF_STARTER}</span> <a href="{XF_HOST}/members/{12 + k}/" class="username  u-concealed" dir="auto" data-user-id="{12 + k}" data-xf-init="member-tooltip">{esc(starter)}</a></li>
<li><i class="fa--xf far fa-clock" aria-hidden="true" title="{XF_STARTED}"></i><span class="u-srOnly">{XF_STARTED}</span> <a href="{url}" class="u-concealed">{xf_time(pub, now)}</a></li></ul></div></div>
<div class="p-body-main p-body-main--withSidebar "><div class="p-body-contentCol"></div><div class="p-body-sidebarCol"></div>
<div class="p-body-content"><div class="p-body-pageContent">
<div class="block block--messages" data-xf-init="" data-type="post" data-href="{XF_HOST}/inline-mod/" data-search-target="*">
<div class="block-outer"><div class="block-outer-main"><nav class="pageNavWrapper pageNavWrapper--mixed "><div class="pageNav  "><ul class="pageNav-main"><li class="pageNav-page pageNav-page--current "><a href="{url}">1</a></li><li class="pageNav-page "><a href="{url}page-2">2</a></li></ul><a href="{url}page-2" class="pageNav-jump pageNav-jump--next">{XF_NEXT}</a></div></nav></div></div>
<div class="block-container lbContainer" data-xf-init="lightbox select-to-quote" data-message-selector=".js-post" data-lb-id="thread-{tid}" data-lb-universal="0">
<div class="block-body js-replyNewMessageContainer">
{chr(10).join(posts)}
</div></div>
<div class="block-outer block-outer--after"><div class="block-outer-main"><nav class="pageNavWrapper pageNavWrapper--mixed "><div class="pageNav  "><ul class="pageNav-main"><li class="pageNav-page pageNav-page--current "><a href="{url}">1</a></li><li class="pageNav-page "><a href="{url}page-2">2</a></li></ul><a href="{url}page-2" class="pageNav-jump pageNav-jump--next">{XF_NEXT}</a></div></nav></div>
<div class="block-outer-opposite"><a href="{XF_HOST}/login/" class="button--link button--wrap button" data-xf-click="overlay"><span class="button-text">{XF_MUST}</span></a></div></div>
</div>
<div class="blockMessage blockMessage--none"><div class="shareButtons shareButtons--iconic" data-xf-init="share-buttons" data-page-url="" data-page-title="" data-page-desc="" data-page-image=""><span class="shareButtons-label">{XF_SHARE}</span><div class="shareButtons-buttons"><a class="shareButtons-button shareButtons-button--brand shareButtons-button--facebook" data-href="https://www.facebook.com/sharer.php?u={{url}}"><i aria-hidden="true"></i><span>Facebook</span></a><a class="shareButtons-button shareButtons-button--brand shareButtons-button--twitter" data-href="https://twitter.com/intent/tweet?url={{url}}&amp;text={{title}}"><i aria-hidden="true"></i><span>Twitter</span></a><a class="shareButtons-button shareButtons-button--brand shareButtons-button--whatsApp" data-href="https://api.whatsapp.com/send?text={{title}}&nbsp;{{url}}"><i aria-hidden="true"></i><span>WhatsApp</span></a><a class="shareButtons-button shareButtons-button--share is-hidden" data-xf-init="web-share" data-title="" data-text="" data-url="" data-hide=".shareButtons-button:not(.shareButtons-button--share)"><i aria-hidden="true"></i><span>Share</span></a></div></div></div>
<div class="block" data-widget-id="31" data-widget-key="xfes_thread_view_below_quick_reply_similar_threads" data-widget-definition="xfes_similar_threads"><div class="block-container"><h3 class="block-header">{XF_SIMILAR}</h3><div class="block-body"><div class="structItemContainer">
{similar}
</div></div></div></div>
</div></div>
<div class="p-body-sidebar"><div class="block" data-widget-id="7" data-widget-key="forum_overview_members_online" data-widget-definition="members_online"><div class="block-container"><h3 class="block-minorHeader"><a href="{XF_HOST}/online/">{XF_ONLINE}</a></h3><div class="block-body"><div class="block-row block-row--minor"><ul class="listInline listInline--comma"><li>{online}</li></ul></div></div><div class="block-footer">{XF_ONLINE_TOTAL.format(t=total_m + total_g, m=total_m, g=total_g)}</div></div></div>
<div class="block" data-widget-id="9" data-widget-key="forum_overview_new_posts" data-widget-definition="new_posts"><div class="block-container"><h3 class="block-minorHeader"><a href="{XF_HOST}/whats-new/posts/" rel="nofollow">{XF_LATEST}</a></h3><ul class="block-body">{latest_html}</ul></div></div>
<div class="block" data-widget-id="10" data-widget-key="forum_overview_forum_statistics" data-widget-definition="forum_statistics"><div class="block-container"><h3 class="block-minorHeader">{XF_STATS}</h3><div class="block-body block-row"><dl class="pairs pairs--justified count--threads"><dt>{XF_STATS_LBL[0]}</dt><dd>{stats[0]}</dd></dl><dl class="pairs pairs--justified count--messages"><dt>{XF_STATS_LBL[1]}</dt><dd>{stats[1]}</dd></dl><dl class="pairs pairs--justified count--users"><dt>{XF_STATS_LBL[2]}</dt><dd>{stats[2]}</dd></dl><dl class="pairs pairs--justified"><dt>{XF_STATS_LBL[3]}</dt><dd><a href="{XF_HOST}/members/{31870 + 402 * k}/" class="username " dir="auto">{esc(XF_ONLINE_NAMES[3])}</a></dd></dl></div></div></div>
</div>
</div>
</div></div>
<footer class="p-footer" id="footer"><div class="p-footer-inner">
<div class="p-footer-row"><div class="p-footer-row-main"><ul class="p-footer-linkList"><li><a href="{XF_HOST}/misc/style" data-xf-click="overlay" data-xf-init="tooltip" title="Style chooser" rel="nofollow">{XF_STYLE}</a></li><li><a href="{XF_HOST}/misc/language" data-xf-click="overlay" data-xf-init="tooltip" title="Language chooser" rel="nofollow"><i class="fa--xf far fa-globe" aria-hidden="true"></i> {XF_LANG}</a></li></ul></div>
<div class="p-footer-row-opposite"><ul class="p-footer-linkList">{''.join(f'<li><a href="{XF_HOST}/{["misc/contact", "help/terms/", "help/privacy-policy/", "help/"][i]}">{t}</a></li>' for i, t in enumerate(XF_FOOTER))}</ul></div></div>
<div class="p-footer-copyright"><a href="https://xenforo.com" class="u-concealed" dir="ltr" target="_blank" rel="sponsored noopener">{XF_COPY}</a><br />{XF_CREDIT}</div>
</div></footer>
</div>
<div class="u-bottomFixer js-bottomFixTarget"><ul class="notices notices--bottom_fixer  js-notices" data-xf-init="notices" data-type="bottom_fixer" data-scroll-interval="6"><li class="notice js-notice notice--primary notice--cookie" data-notice-id="-1" data-delay-duration="0" data-display-duration="0" data-auto-dismiss="0" data-visibility=""><div class="notice-content"><div class="u-alignCenter">{XF_COOKIE} <a href="{XF_HOST}/help/cookies">{XF_COOKIE_MORE}</a></div><div class="u-inputSpacer u-alignCenter"><a href="{XF_HOST}/account/dismiss-notice" class="js-noticeDismiss button--notice button"><span class="button-text">{XF_COOKIE_OK}</span></a></div></div></li></ul></div>
<script src="/js/vendor/jquery/jquery-3.5.1.min.js?_v=2b1c7e44"></script>
<script src="/js/xf/core-compiled.js?_v=2b1c7e44"></script>
<script>
	jQuery.extend(true, XF.config, {json.dumps(config, ensure_ascii=False)});
	jQuery.extend(XF.phrases, {{"date_x_at_time_y": "{{date}} {XF_AT} {{time}}", "day_x_at_time_y": "{{day}} {XF_AT} {{time}}", "yesterday_at_x": "{XF_YESTERDAY} {XF_AT} {{time}}", "today_at_x": "{XF_TODAY} {XF_AT} {{time}}"}});
</script>
</body>
</html>'''
    without = [XF_GUEST, XF_SIGNATURE, XF_MUST, XF_SIMILAR, XF_ONLINE, XF_LATEST, XF_STATS, XF_COOKIE, XF_CREDIT, XF_SUBNAV[1],
               XF_CRUMBS[2], shown] + [c for _, c in XF_REPLIES] + latest + rel[:2] + \
        ([f'{XF_LAST_EDIT} {xf_shown(upd, now)}'] if upd else [])
    read_also = [also] if k in XF_ALSO else []
    return page, title, read_also, rel, without, upd_of(upd.date() if upd else None)


# --- telegraph: an Iraqi Telegram news channel's article on Telegraph ------------------------------------------
TG_CHANNEL = 'نبض الرافدين'
TG_HANDLE = 'nabd_alrafidain'
TG_AUTHOR = 'قناة نبض الرافدين | عاجل'
TG_CAPTION = 'لقطة أرفقتها القناة بالخبر'
TG_ALSO = {1: 'اقرأ كذلك:', 2: 'طالع أيضاً:'}
TG_PROMO = 'انضموا إلى نبض الرافدين على تيليغرام، ففيها يصلكم الخبر قبل أن تكتمل صفحته هنا:'
TG_RELATED = 'قراءات على صلة بالخبر'
TG_EARLIER = 'من منشورات القناة السابقة'
TG_NOTE = 'تحديث: أضافت القناة إلى هذه الصفحة تفاصيل جديدة بتاريخ {date}.'
TG_UI = {'edit': 'Edit', 'publish': 'Publish', 'report': 'Report content on this page', 'report_page': 'Report Page',
         'cancel': 'Cancel', 'submit': 'Report', 'comment': 'Add Comment…'}
TG_REASONS = [('violence', 'Violence'), ('childabuse', 'Child Abuse'), ('copyright', 'Copyright'),
              ('illegal_drugs', 'Illegal Drugs'), ('personal_details', 'Personal Details'), ('other', 'Other')]


def tg_path(k, t, n=0):
    """A Telegraph page's path: the title's Latin form (here a made-up one) and the UTC month and day."""
    u = t.astimezone(UTC)
    return f'Nabd-Alrafidain-{k}{n:02d}-{u.month:02d}-{u.day:02d}'


def render_telegraph(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, earlier = others[:3], others[3:6]
    pub = at(extra).replace(second=11 + 9 * k)
    mod, note = pub, ''
    # Telegraph states its times in UTC only: the updates fall in the afternoon, when UTC has the local date.
    if k == 1:
        mod = datetime.datetime.combine(pub.date() + datetime.timedelta(days=1), datetime.time(14, 17, 40), pub.tzinfo)
    elif k == 3:
        mod = datetime.datetime.combine(pub.date() + datetime.timedelta(days=1), datetime.time(18, 3, 5), pub.tzinfo)
        note = TG_NOTE.format(date=ar_date(mod, LEVANT_MONTHS))
    upd_day = mod.date() if mod != pub else None
    path = tg_path(k, pub)
    shown = en_date(pub.astimezone(UTC), pad=True)
    body = []
    for i, p in enumerate(paras):
        body.append(f'<p>{lead_html(p, bold=k % 2 == 0) if i == 0 else esc(p)}</p>')
        if i == 0:
            body.append(f'<figure><img src="/file/{"5be0c7a1d2e3f4" if k % 2 else "a91f33c0d8e2b4"}{k}c.jpg"><figcaption>{TG_CAPTION}</figcaption></figure>')
        if i == 1 and k in TG_ALSO:
            body.append(f'<p><strong>{TG_ALSO[k]}</strong> <a href="https://telegra.ph/{tg_path(k, pub - datetime.timedelta(days=4), 1)}">{esc(extra["also"])}</a></p>')
    if note:
        body.append(f'<p><em>{note}</em></p>')
    body.append(f'<p>{TG_PROMO} <a href="https://t.me/{TG_HANDLE}" target="_blank">t.me/{TG_HANDLE}</a></p>')
    rel_items = ''.join(f'<li><a href="https://telegra.ph/{tg_path(k, pub - datetime.timedelta(days=3 + 6 * i), 10 + i)}">{esc(t)}</a></li>' for i, t in enumerate(rel))
    head = f'<h4>{TG_RELATED}</h4>' if k % 2 == 0 else f'<p><strong>{TG_RELATED}</strong></p>'
    body.append(f'{head}<ul>{rel_items}</ul>')
    if k != 1:
        days = [pub - datetime.timedelta(days=9 + 13 * i) for i in range(len(earlier))]
        items = ''.join(f'<li><a href="https://telegra.ph/{tg_path(k, d, 20 + i)}">{esc(t)}</a> ({ar_date(d, LEVANT_MONTHS)})</li>' for i, (t, d) in enumerate(zip(earlier, days)))
        body.append(f'<h4>{TG_EARLIER}</h4><ul>{items}</ul>')
    reasons = ''.join(f'''
            <label class="tl_radio_item">
              <input type="radio" class="radio" name="reason" value="{v}">
              <span class="tl_radio_item_label">{t}</span>
            </label>''' for v, t in TG_REASONS)
    desc = lead_text(paras[0], 28)
    page = f'''<!DOCTYPE html>
<html>
  <head>
    <meta charset="utf-8">
    <title>{esc(title)} – Telegraph</title>
    <meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, maximum-scale=1.0, user-scalable=no" />
    <meta name="format-detection" content="telephone=no" />
    <meta http-equiv="X-UA-Compatible" content="IE=edge" />
    <meta name="MobileOptimized" content="176" />
    <meta name="HandheldFriendly" content="True" />
    <meta name="robots" content="index, follow" />
    <meta property="og:type" content="article">
    <meta property="og:title" content="{esc(title)}">
    <meta property="og:description" content="{esc(desc)}">
    <meta property="og:image" content="https://telegra.ph/file/{"5be0c7a1d2e3f4" if k % 2 else "a91f33c0d8e2b4"}{k}c.jpg">
    <meta property="og:site_name" content="Telegraph">
    <meta property="article:published_time" content="{iso_compact(pub.astimezone(UTC))}">
    <meta property="article:modified_time" content="{iso_compact(mod.astimezone(UTC))}">
    <meta property="article:author" content="{TG_AUTHOR}">
    <meta name="twitter:card" content="summary">
    <meta name="twitter:title" content="{esc(title)}">
    <meta name="twitter:description" content="{esc(desc)}">
    <meta name="twitter:image" content="">
    <meta property="al:android:app_name" content="Telegram">
    <meta property="al:android:package" content="org.telegram.messenger">
    <meta property="al:android:url" content="tg://resolve?domain={TG_HANDLE}">
    <meta property="telegram:channel" content="@{TG_HANDLE}">
    <link rel="canonical" href="https://telegra.ph/{path}" />
    <link rel="shorturl" href="https://telegra.ph/{path}" />
    <link rel="icon" type="image/png" href="/images/favicon.png?1" sizes="16x16" />
    <link rel="icon" type="image/png" href="/images/favicon_2x.png?1" sizes="32x32" />
    <link href="/css/quill.core.min.css" rel="stylesheet" />
    <link href="/css/core.min.css?47" rel="stylesheet" />
  </head>
  <body>
    <div class="tl_page_wrap">
      <div class="tl_page">
        <main class="tl_article">
          <header class="tl_article_header" dir="auto">
            <h1>{esc(title)}</h1>
            <address>
              <a rel="author" href="https://t.me/{TG_HANDLE}" target="_blank">{TG_AUTHOR}</a><!--
           --><time datetime="{iso_compact(pub.astimezone(UTC))}">{shown}</time>
            </address>
          </header>
          <article id="_tl_editor" class="tl_article_content">{''.join(body)}</article>
          <div id="_tl_link_tooltip" class="tl_link_tooltip"></div>
          <div id="_tl_tooltip" class="tl_tooltip">
            <div class="buttons">
              <span class="button_hover"></span>
              <span class="button_group"><button id="_bold_button"></button><button id="_italic_button"></button><button id="_link_button"></button></span><!--
           --><span class="button_group"><button id="_header_button"></button><button id="_subheader_button"></button><button id="_quote_button"></button></span>
            </div>
            <div class="prompt">
              <span class="close"></span>
              <div class="prompt_input_wrap"><input type="url" class="prompt_input" /></div>
            </div>
          </div>
          <div id="_tl_blocks" class="tl_blocks">
            <div class="buttons">
              <button id="_image_button"></button><button id="_embed_button"></button>
            </div>
          </div>
          <aside class="tl_article_buttons">
            <div class="account account_top"></div>
            <button id="_edit_button" class="button edit_button">{TG_UI['edit']}</button><button id="_publish_button" class="button publish_button">{TG_UI['publish']}</button>
            <div class="account account_bottom"></div>
            <div id="_error_msg" class="error_msg"></div>
          </aside>
        </main>
      </div>
          <div class="tl_page_footer">
      <div id="_report_button" class="report_button">{TG_UI['report']}</div>
    </div>
    </div>
      <div class="tl_popup tl_popup_hidden" id="_report_popup">
    <main class="tl_popup_body tl_report_popup">
      <form id="_report_form" method="post">
        <section>
          <h2 class="tl_popup_header">{TG_UI['report_page']}</h2>
          <div class="tl_radio_items">{reasons}
          </div>
          <div class="tl_textfield_item tl_comment_field">
            <input type="text" class="tl_textfield" name="comment" value="" placeholder="{TG_UI['comment']}" />
          </div>
          <div class="tl_copyright_field">
            Please submit your DMCA takedown request to <a href="mailto:dmca@telegram.org?subject=Report%20to%20Telegraph%20page%20%22{path}%22&body=Reported%20page%3A%20https%3A%2F%2Ftelegra.ph%2F{path}%0A%0A%0A" target="_blank">dmca@telegram.org</a>
          </div>
        </section>
        <section class="tl_popup_buttons">
          <button type="reset" class="button" id="_report_cancel">{TG_UI['cancel']}</button>
          <button type="submit" class="button submit_button">{TG_UI['submit']}</button>
        </section>
      </form>
    </main>
  </div>

    <script>var T={{"apiUrl":"https:\\/\\/edit.telegra.ph","datetime":{unix(pub)},"pageId":"{(unix(pub) * 2654435761) % (1 << 64):x}","editable":true}};(function(){{var b=document.querySelector('time');if(b&&T.datetime){{var a=new Date(1E3*T.datetime),d='January February March April May June July August September October November December'.split(' ')[a.getMonth()],c=a.getDate();b.innerText=d+' '+(10>c?'0':'')+c+', '+a.getFullYear()}}}})();</script>
    <script src="/js/jquery.min.js"></script>
    <script src="/js/jquery.selection.min.js"></script>
    <script src="/js/autosize.min.js"></script>
    <script src="/js/load-image.all.min.js?1"></script>
    <script src="/js/quill.min.js?10"></script>
    <script src="/js/core.min.js?67"></script>
    <script async src="https://t.me/_websync_?path={path}&hash=7b2e4f1c0a9d8e3b"></script>
  </body>
</html>'''
    without = [TG_CAPTION, TG_PROMO, TG_UI['report']] + rel[:2] + ([note] if note else []) + \
        ([TG_EARLIER] + earlier if k != 1 else [])
    read_also = [extra['also']] if k in TG_ALSO else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- notion: a Sudanese newsroom whose site is a Notion workspace published with Super ---------------------------
NT_SITE = 'منصة الضفتين'
NT_HOST = 'https://www.aldiffatain.example'
NT_NAV = ['القصص', 'تقارير معمّقة', 'عن المنصة']
NT_SUPPORT = 'ادعم صحافتنا'
NT_PROPS = {'editor': 'إعداد', 'section': 'القسم', 'date': 'تاريخ النشر', 'edited': 'آخر تعديل', 'rel': 'قصص مرتبطة'}
NT_EDITORS = ['رؤى عثمان', 'مجاهد الطيب', 'غرفة الأخبار', 'سارة عبد الرحيم']
NT_SECTIONS = ['العالم', 'الإقليم', 'شؤون دولية', 'متابعات']
NT_CAPTION = 'الصورة من مكتبة الصور المرخّصة للمنصة'
NT_ALSO = 'اقرأ أيضاً:'
NT_REL_HEAD = 'قصص تتصل بهذا الحدث'
NT_TYPED = 'نُشرت يوم {date}'
NT_UPDATE = 'تحديث {date}: راجع فريق المنصة هذه القصة وأضاف إليها معلومات وصلت بعد نشرها.'
NT_NEWSLETTER = 'نشرة الضفتين تأتيك كل خميس بالبريد، مجاناً ومن دون إعلانات.'
NT_NEWSLETTER_LINK = 'سجّل بريدك'
NT_LATEST = 'جديد منصة الضفتين'
NT_FOOTER = 'منصة الضفتين: صحافة سودانية مستقلة تُكتب من الداخل والمهجر'
NT_FOOTER_LINKS = ['سياسة التحرير', 'تواصل معنا', 'فيسبوك', 'إكس']
NT_BADGE = 'Made with Super'


def nt_id(k, n):
    """A Notion block id (a UUID made from the page and block numbers)."""
    h = hashlib.md5(f'templates_set17 notion {k} {n}'.encode()).hexdigest()
    return f'{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}'


def render_notion(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, latest = others[:3], others[3:6]
    pub = at(extra)
    odd = k % 2 == 1
    page_id = nt_id(k, 0)
    created = later(pub, days=-2, hours=-5, minutes=-12)  # the draft, two days before publication
    upd, edited = None, later(pub, minutes=4)
    if k == 1:
        upd = edited = later(pub, days=1, hours=14, minutes=25)
    elif k == 3:
        upd = edited = later(pub, days=2, hours=3)
    date_prop = None
    if k == 0:
        date_prop = en_date(pub)
    elif k == 1:
        date_prop = f'{dmy(pub)} {en_clock(pub)}'
    elif k == 2:
        date_prop = f'{pub.year}/{pub.month:02d}/{pub.day:02d}'
    typed = NT_TYPED.format(date=f'{DAYS[pub.weekday()]} {ar_date(pub)}') if k == 3 else ''
    note = NT_UPDATE.format(date=ar_date(upd)) if k == 3 else ''
    n = [0]

    def block_id():
        n[0] += 1
        return nt_id(k, n[0])

    def prop(name, cls, inner):
        return (f'<div class="notion-page__property"><div class="notion-page__property-name-wrapper"><div class="notion-page__property-name"><span>{name}</span></div></div>'
                f'<div class="notion-property notion-property__{cls}">{inner}</div></div>')
    props = [prop(NT_PROPS['editor'], 'person', f'<span class="individual-with-image"><span class="individual-letter-avatar">{NT_EDITORS[k][0]}</span> <span>{NT_EDITORS[k]}</span></span>'),
             prop(NT_PROPS['section'], 'select', f'<span class="notion-pill pill-{["blue", "green", "purple", "orange"][k]}">{NT_SECTIONS[k]}</span>')]
    if date_prop:
        stamp = f'<time datetime="{pub.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")}">{date_prop}</time>' if k == 1 else date_prop
        props.append(prop(NT_PROPS['date'], 'date', f'<span class="date">{stamp}</span>'))
    if k == 1:
        props.append(prop(NT_PROPS['edited'], 'last_edited_time', f'<span class="date">{dmy(upd)} {en_clock(upd)}</span>'))
    if not odd:
        items = ''.join(f'<div class="notion-property__relation__item-wrapper"><a href="/stories/{nt_id(k, 50 + i)[:8]}" class="notion-link notion-property__relation__item"><img class="notion-property__relation__icon" src="https://www.notion.so/icons/document_gray.svg" alt="" /><span class="notion-semantic-string">{esc(t)}</span></a></div>'
                        for i, t in enumerate(rel))
        props.append(prop(NT_PROPS['rel'], 'relation', items))
    content = []
    if typed:
        content.append(f'<p id="block-{block_id()}" class="notion-text notion-text__content notion-semantic-string"><em>{typed}</em></p>')
    for i, p in enumerate(paras):
        content.append(f'<p id="block-{block_id()}" class="notion-text notion-text__content notion-semantic-string">{lead_html(p, bold=odd) if i == 0 else esc(p)}</p>')
        if i == 0:
            content.append(f'<div id="block-{block_id()}" class="notion-image align-center page-width"><span data-full-size="https://images.spr.example/{page_id}/{slug}.jpg" data-lightbox-src="https://images.spr.example/{page_id}/{slug}.jpg" style="display:contents"><img alt="" src="https://images.spr.example/{page_id}/{slug}.jpg" loading="lazy" decoding="async" style="color:transparent;width:100%;height:auto" /></span>'
                           f'<span class="notion-image__caption"><span class="notion-semantic-string">{NT_CAPTION}</span></span></div>')
        if i == 1 and k == 1:
            content.append(f'<p id="block-{block_id()}" class="notion-text notion-text__content notion-semantic-string"><strong>{NT_ALSO}</strong> <a href="/stories/{nt_id(k, 90)[:8]}" class="notion-link link">{esc(extra["also"])}</a></p>')
        if i == 2 and k == 3:
            content.append(f'<a id="block-{block_id()}" href="/stories/{nt_id(k, 90)[:8]}" class="notion-page-link notion-semantic-string"><span class="notion-page-link__icon"><img src="https://www.notion.so/icons/document_gray.svg" alt="" /></span><span class="notion-page-link__title">{esc(extra["also"])}</span></a>')
    if note:
        content.append(f'<div id="block-{block_id()}" class="notion-callout bg-yellow-light border"><div class="notion-callout__icon"><img class="notion-icon" src="https://www.notion.so/icons/pencil_yellow.svg" alt="" /></div><div class="notion-callout__content"><p class="notion-callout__title notion-semantic-string"><em>{note}</em></p></div></div>')
    if odd:
        items = ''.join(f'<li class="notion-list-item notion-semantic-string"><a href="/stories/{nt_id(k, 50 + i)[:8]}" class="notion-link link">{esc(t)}</a></li>' for i, t in enumerate(rel))
        content.append(f'<h3 id="block-{block_id()}" class="notion-heading notion-semantic-string">{NT_REL_HEAD}</h3><ul id="block-{block_id()}" class="notion-bulleted-list">{items}</ul>')
    content.append(f'<div id="block-{block_id()}" class="notion-divider"></div>')
    content.append(f'<div id="block-{block_id()}" class="notion-callout bg-gray-light border"><div class="notion-callout__icon"><img class="notion-icon" src="https://www.notion.so/icons/mail_gray.svg" alt="" /></div><div class="notion-callout__content"><p class="notion-callout__title notion-semantic-string">{NT_NEWSLETTER} <a href="https://tally.example/r/wd{k}QxE" class="notion-link link">{NT_NEWSLETTER_LINK}</a></p></div></div>')
    latest_days = [later(pub, days=2 + 3 * i, hours=5) for i in range(len(latest))]
    cards = ''.join(f'''<a href="/stories/{nt_id(k, 70 + i)[:8]}" class="notion-collection-card gallery"><div class="notion-collection-card__cover medium"><img src="https://images.spr.example/cover/{nt_id(k, 70 + i)[:8]}.jpg" alt="" loading="lazy" style="object-fit:cover;object-position:center 50%" /></div><div class="notion-collection-card__content"><div class="notion-property notion-property__title notion-collection-card__property"><span class="notion-semantic-string">{esc(t)}</span></div><div class="notion-property notion-property__date notion-collection-card__property"><span class="date">{en_date(d)}</span></div></div></a>'''
                    for i, (t, d) in enumerate(zip(latest, latest_days)))
    content.append(f'<div id="block-{block_id()}" class="notion-collection inline"><div class="notion-collection__header-wrapper"><h3 class="notion-collection__header"><span class="notion-semantic-string">{NT_LATEST}</span></h3></div><div class="notion-collection-gallery medium">{cards}</div></div>')
    date_value = {'type': 'datetime' if k == 1 else 'date', 'start_date': pub.date().isoformat()}
    if k == 1:
        date_value.update({'start_time': hm(pub), 'time_zone': 'Africa/Khartoum'})
    properties = {'title': [[title]], 'Y@xf': [[NT_SECTIONS[k]]]}
    if date_prop:
        properties['d;Nz'] = [['‣', [['d', date_value]]]]
    record = {'props': {'pageProps': {'site': {'name': NT_SITE, 'domain': 'aldiffatain.example', 'rootNotionPageId': nt_id(9, 9).replace('-', '')},
                                      'pageId': page_id.replace('-', ''),
                                      'recordMap': {'block': {page_id: {'role': 'reader', 'value': {
                                          'id': page_id, 'version': 214 + k, 'type': 'page', 'properties': properties,
                                          'format': {'page_cover': f'https://images.spr.example/{page_id}/{slug}.jpg', 'page_full_width': False},
                                          'created_time': epoch_ms(created), 'last_edited_time': epoch_ms(edited),
                                          'parent_id': nt_id(8, 8), 'parent_table': 'collection', 'alive': True,
                                          'created_by_table': 'notion_user', 'last_edited_by_table': 'notion_user'}}}}}},
              'page': '/[[...slug]]', 'query': {'slug': ['stories', slug]}, 'buildId': f'sUp3r{k}bU1ld', 'isFallback': False, 'gsp': True,
              'scriptLoader': []}
    nav = ''.join(f'<div class="super-navbar__item-wrapper"><a href="/{["stories", "reports", "about"][i]}" class="notion-link super-navbar__item">{t}</a></div>' for i, t in enumerate(NT_NAV))
    page = f'''<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{esc(title)} — {NT_SITE}</title><meta name="description" content="{esc(lead_text(paras[0], 25))}"/><meta property="og:title" content="{esc(title)}"/><meta property="og:description" content="{esc(lead_text(paras[0], 25))}"/><meta property="og:image" content="https://images.spr.example/{page_id}/{slug}.jpg"/><meta property="og:site_name" content="{NT_SITE}"/><meta name="twitter:card" content="summary_large_image"/><link rel="canonical" href="{NT_HOST}/stories/{slug}"/><link rel="preload" href="/_next/static/css/7d1e2c3b4a596877.css" as="style"/><link rel="stylesheet" href="/_next/static/css/7d1e2c3b4a596877.css" data-n-g=""/><link rel="stylesheet" href="https://assets.super.example/{page_id}/styles.css"/><noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script src="/_next/static/chunks/webpack-1e2d3c4b5a697887.js" defer=""></script><script src="/_next/static/chunks/pages/%5B%5B...slug%5D%5D-0a9b8c7d6e5f4a3b.js" defer=""></script></head><body class="super-body"><div id="__next"><div class="super-root"><div class="notion-navbar"><nav class="super-navbar simple" style="position:sticky"><div class="super-navbar__content"><a class="notion-link super-navbar__logo" href="/"><div class="super-navbar__logo-text">{NT_SITE}</div></a><div class="super-navbar__item-list">{nav}</div><div class="super-navbar__actions"><a href="/support" class="notion-link super-navbar__button">{NT_SUPPORT}</a></div><div class="super-navbar__menu-wrapper"><button class="super-navbar__menu-open" aria-label="menu"></button></div></div></nav></div>
<main class="super-content page__{page_id.replace('-', '')} parent-page__stories has-cover"><div class="notion-header page"><div class="notion-header__cover has-cover"><img alt="Page cover image" src="https://images.spr.example/{page_id}/{slug}.jpg" decoding="async" class="notion-header__cover-image" style="object-position:center 50%"/></div><div class="notion-header__content has-cover max-width"><div class="notion-header__title-wrapper"><h1 class="notion-header__title">{esc(title)}</h1></div></div></div>
<article id="block-{page_id.replace('-', '')}" class="notion-root max-width has-footer"><div class="notion-page__properties">{''.join(props)}<div id="block-root-divider" class="notion-divider"></div></div>
{chr(10).join(content)}
</article>
<footer class="super-footer"><div class="super-footer__content"><p class="super-footer__text">{NT_FOOTER}</p><div class="super-footer__links">{''.join(f'<a href="/{["policy", "contact"][i]}" class="notion-link super-footer__link">{t}</a>' if i < 2 else f'<a href="https://{["facebook.com", "x.com"][i - 2]}/aldiffatain" class="notion-link super-footer__link">{t}</a>' for i, t in enumerate(NT_FOOTER_LINKS))}</div></div></footer>
<a href="https://super.example/?ref=aldiffatain" target="_blank" rel="noopener" class="super-badge">{NT_BADGE}</a></main></div></div>
<script id="__NEXT_DATA__" type="application/json">{json.dumps(record, ensure_ascii=False)}</script></body></html>'''
    without = [NT_CAPTION, NT_NEWSLETTER, NT_LATEST, NT_FOOTER, NT_SUPPORT, NT_NAV[1], NT_EDITORS[k]] + latest + rel[:2] + \
        ([date_prop] if date_prop else []) + ([typed, note] if k == 3 else []) + \
        ([f'{NT_PROPS["edited"]} {dmy(upd)} {en_clock(upd)}'] if k == 1 else [])
    read_also = [extra['also']] if k in (1, 3) else []
    return page, title, read_also, rel, without, upd_of(upd.date() if upd else None)


# --- dnn: an Emirati regional news portal on DNN Platform 9 with the EasyDNNnews module ------------------------
DN_SITE = 'بوابة الإمارات الشمالية'
DN_HOST = 'https://www.northern-emirates-portal.example'
DN_MENU = ['الرئيسية', 'محليات', 'عربي ودولي', 'اقتصاد', 'رياضة', 'منوعات', 'تواصل معنا']
DN_LOGIN, DN_REGISTER, DN_LANG = 'تسجيل الدخول', 'حساب جديد', 'English'
DN_SEARCH, DN_SEARCH_BTN = 'ابحث في البوابة', 'بحث'
DN_PUB, DN_UPD, DN_VIEWS = 'تاريخ النشر:', 'آخر تحديث:', 'مرات القراءة:'
DN_CAPTION = 'من أرشيف البوابة'
DN_ALSO = {0: 'طالع أيضاً:', 3: 'اقرأ أيضاً:'}
DN_TAGS = 'الكلمات الدلالية:'
DN_TAG_WORDS = ['الشرق الأوسط', 'أخبار دولية', 'متابعات', 'الخليج']
DN_SHARE = 'انشر الخبر:'
DN_PRINT = 'اطبع الخبر'
DN_PREV, DN_NEXT = 'الخبر السابق', 'الخبر التالي'
DN_RELATED = 'أخبار متصلة بهذا الخبر'
DN_MOST = 'الأكثر مشاهدة على البوابة'
DN_LATEST = 'جديد البوابة'
DN_EVENTS = 'فعاليات الأسبوع المقبل'
DN_EVENT_NAMES = ['معرض رأس الخيمة للكتاب', 'ماراثون الجزيرة الحمراء الخيري', 'ملتقى رواد الأعمال الشباب في الفجيرة']
DN_COMMENTS = 'آراء القراء'
DN_COMMENTERS = [('خالد المهيري', 'تغطية وافية، ونتمنى أن تتابعوا تطورات القصة خلال الأيام القادمة'),
                 ('Mariam S.', 'أين يمكن قراءة نص البيان كاملاً؟ شكراً للبوابة')]
DN_FORM = ['الاسم', 'البريد الإلكتروني', 'اكتب تعليقك', 'إرسال']
DN_FORM_NOTE = 'يراجع محرر البوابة كل تعليق قبل ظهوره، ويتحمل كاتبه وحده مسؤولية ما فيه.'
DN_APP = 'البوابة على هاتفك: حمّل التطبيق وفعّل التنبيهات لتصلك أخبار الإمارات الشمالية'
DN_COPY = 'حقوق النشر {y} بوابة الإمارات الشمالية'
DN_TERMS, DN_PRIVACY = 'شروط الاستخدام', 'بيان الخصوصية'


def dn_long(t):
    """EasyDNNnews' "dddd، dd MMMM yyyy" in the ar-AE culture."""
    return f'{DAYS[t.weekday()]}، {t.day:02d} {GULF_MONTHS[t.month - 1]} {t.year}'


def render_dnn(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, most, latest = others[:3], others[3:7], others[7:10]
    prev_next = extra['more'][:2]
    pub = at(extra)
    aid, mid = 5821 + 313 * k, 1234
    url = f'{DN_HOST}/ar-ae/الأخبار/ArticleID/{aid}/{slug}'
    crawl = later(pub, days=41 + 73 * k, hours=3)
    mod, upd_line, og_mod = pub, '', ''
    if k == 0:
        shown = dn_long(pub)
    elif k == 1:
        shown = f'{dmy(pub)} {hm(pub)}'
        mod = later(pub, days=1, hours=2, minutes=25)
        upd_line = f'<span class="edn_metaUpdated"><span class="edn_metaLabel">{DN_UPD}</span> <span class="edn_metaValue">{dmy(mod)} {hm(mod)}</span></span>'
    elif k == 2:
        shown = dn_long(pub)
    else:
        shown = f'{pub.day} {GULF_MONTHS[pub.month - 1]} {pub.year} - {clock12(pub, pad=False)}'
        mod = later(pub, days=1, hours=5)
        og_mod = f'<meta property="article:modified_time" content="{iso_local(mod)}" />'
    upd_day = mod.date() if mod != pub else None
    og_pub = f'<meta property="article:published_time" content="{iso_local(pub)}" />' if k in (0, 3) else ''
    body = []
    for i, p in enumerate(paras):
        body.append(f'<p>{lead_html(p, bold=k % 2 == 0) if i == 0 else esc(p)}</p>')
        if i == 1 and k in DN_ALSO:
            body.append(f'<p><strong>{DN_ALSO[k]}</strong> <a href="{DN_HOST}/ar-ae/الأخبار/ArticleID/{aid - 17}/also-{k}">{esc(extra["also"])}</a></p>')
    tags = outside(DN_TAG_WORDS[k % 2:k % 2 + 3], paras)
    tag_html = '، '.join(f'<a class="edn_tag" href="{DN_HOST}/ar-ae/الأخبار/tag/{7 + i}">{t}</a>' for i, t in enumerate(tags))
    rel_days = [later(pub, days=-(2 + 5 * i), hours=-4) for i in range(len(rel))]
    related = ''
    if k != 2:
        items = ''.join(f'<li class="edn_relatedItem"><a href="{DN_HOST}/ar-ae/الأخبار/ArticleID/{aid - 40 - 9 * i}/rel-{i}" class="edn_relatedTitle">{esc(t)}</a> <span class="edn_relatedDate">{dmy(d)}</span></li>' for i, (t, d) in enumerate(zip(rel, rel_days)))
        related = f'<div class="edn_relatedArticles"><h3 class="edn_relatedArticlesTitle">{DN_RELATED}</h3><ul class="edn_relatedArticlesList">{items}</ul></div>'
    comments = ''
    if k in (0, 2):
        times = [later(pub, hours=5, minutes=31), later(pub, days=1, hours=1, minutes=8)]
        items = ''.join(f'<li class="edn_comment"><div class="edn_commentAuthor">{esc(n)}</div><div class="edn_commentDate">{dmy(t)} {hm(t)}</div><div class="edn_commentText">{esc(c)}</div></li>' for (n, c), t in zip(DN_COMMENTERS, times))
        comments = f'<div class="edn_comments"><h3 class="edn_commentsTitle">{DN_COMMENTS} ({len(DN_COMMENTERS)})</h3><ul class="edn_commentsList">{items}</ul></div>'
    form = (f'<div class="edn_commentForm"><div class="edn_commentFormNote">{DN_FORM_NOTE}</div><input name="dnn$ctr{mid}$ViewEasyDNNNewsMain$ctl00$tbCommentName" type="text" id="dnn_ctr{mid}_tbCommentName" placeholder="{DN_FORM[0]}" />'
            f'<input name="dnn$ctr{mid}$ViewEasyDNNNewsMain$ctl00$tbCommentEmail" type="text" id="dnn_ctr{mid}_tbCommentEmail" placeholder="{DN_FORM[1]}" />'
            f'<textarea name="dnn$ctr{mid}$ViewEasyDNNNewsMain$ctl00$tbCommentText" rows="4" cols="20" id="dnn_ctr{mid}_tbCommentText" placeholder="{DN_FORM[2]}"></textarea>'
            f'<a id="dnn_ctr{mid}_lbAddComment" class="edn_commentButton" href="javascript:__doPostBack(&#39;dnn$ctr{mid}$ViewEasyDNNNewsMain$ctl00$lbAddComment&#39;,&#39;&#39;)">{DN_FORM[3]}</a></div>')
    most_html = ''.join(f'<li class="edn_mostItem"><span class="edn_mostRank">{i + 1}</span> <a href="{DN_HOST}/ar-ae/الأخبار/ArticleID/{aid - 300 - 11 * i}/most-{i}">{esc(t)}</a></li>' for i, t in enumerate(most))
    # The side modules show the portal on the day the page was saved (the skin's current date).
    latest_days = [later(crawl, days=-(2 * i), hours=-(3 + 5 * i)) for i in range(len(latest))]
    latest_html = ''.join(f'<div class="edn_listItem"><h4 class="edn_listTitle"><a href="{DN_HOST}/ar-ae/الأخبار/ArticleID/{aid + 12 + i}/new-{i}">{esc(t)}</a></h4><span class="edn_listDate">{dmy(d)}</span></div>' for i, (t, d) in enumerate(zip(latest, latest_days)))
    event_days = [later(crawl, days=3 + 2 * i) for i in range(len(DN_EVENT_NAMES))]
    events = ''.join(f'<li><span class="edn_eventDate">{ar_date(d)}</span> <a href="{DN_HOST}/ar-ae/الفعاليات/EventID/{300 + i}">{n}</a></li>' for i, (n, d) in enumerate(zip(DN_EVENT_NAMES, event_days)))
    menu = ''.join(f'<li class="{"active " if i == 2 else ""}dropdown"><a href="{DN_HOST}/ar-ae/{["", "محليات", "عربي-ودولي", "اقتصاد", "رياضة", "منوعات", "تواصل-معنا"][i]}">{t}</a></li>' for i, t in enumerate(DN_MENU))

    def module(mod_id, container, inner, title_text=''):
        head = f'<h2 class="c_title"><span id="dnn_ctr{mod_id}_dnnTITLE_titleLabel" class="TitleHead">{title_text}</span></h2>' if title_text else ''
        return (f'<div class="DnnModule DnnModule-{container} DnnModule-{mod_id}"><a name="{mod_id}"></a><div class="c_container {"c_head" if title_text else "c_noTitle"}">{head}'
                f'<div id="dnn_ctr{mod_id}_ContentPane"><!-- Start_Module_{mod_id} --><div id="dnn_ctr{mod_id}_ModuleContent" class="DNNModuleContent Mod{container.replace("-", "")}C">{inner}</div><!-- End_Module_{mod_id} --></div></div></div>')
    article = f'''<div class="eds_news_module_{mid} news eds_subCollection_news eds_news_Ozone eds_template_Details_Article_Default eds_templateGroup_articleDetailsDefault eds_styleSwitchCriteria_module-{mid}">
<div id="dnn_ctr{mid}_ViewEasyDNNNewsMain_ctl00_pnlViewArticle">
<div class="edn_article edn_clearFix" itemscope itemtype="http://schema.org/NewsArticle">
<meta itemprop="datePublished" content="{iso_z(pub)}" /><meta itemprop="dateModified" content="{iso_z(mod)}" /><meta itemprop="mainEntityOfPage" content="{url}" />
<div class="edn_articleInfo"><a class="EDN_article_category edn_category_{3 + k}" href="{DN_HOST}/ar-ae/{DN_MENU[2]}">{DN_MENU[2]}</a></div>
<h1 class="edn_articleTitle" itemprop="headline">{esc(title)}</h1>
<div class="edn_metaDetails"><span class="edn_metaPublished"><span class="edn_metaLabel">{DN_PUB}</span> <time class="edn_articleDate">{shown}</time></span> {upd_line} <span class="edn_metaViews"><span class="edn_metaLabel">{DN_VIEWS}</span> {1284 + 377 * k}</span></div>
<div class="edn_mediaContainer"><img itemprop="image" src="{DN_HOST}/Portals/0/EasyDNNnews/{aid}/img-{slug}.jpg" alt="{esc(title)}" /><div class="edn_mediaCaption">{DN_CAPTION}</div></div>
<div class="edn_articleContent" itemprop="articleBody">{''.join(body)}</div>
<div class="edn_articleTags"><span class="edn_metaLabel">{DN_TAGS}</span> {tag_html}</div>
<div class="edn_socialPrintWrapper"><span class="edn_shareLabel">{DN_SHARE}</span><ul class="edn_socialButtons"><li><a class="edn_facebook" href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" title="Facebook"></a></li><li><a class="edn_x" href="https://x.com/intent/tweet?url={url}" target="_blank" title="X"></a></li><li><a class="edn_whatsapp" href="https://wa.me/?text={url}" target="_blank" title="WhatsApp"></a></li></ul><a class="edn_printButton" href="{DN_HOST}/DesktopModules/EasyDNNNews/PrintArticle.aspx?aid={aid}&amp;mid={mid}" target="_blank">{DN_PRINT}</a></div>
<div class="edn_articleNavigation"><div class="edn_prevArticle"><span>{DN_PREV}</span> <a href="{DN_HOST}/ar-ae/الأخبار/ArticleID/{aid - 1}/prev">{esc(prev_next[0])}</a></div><div class="edn_nextArticle"><span>{DN_NEXT}</span> <a href="{DN_HOST}/ar-ae/الأخبار/ArticleID/{aid + 1}/next">{esc(prev_next[1])}</a></div></div>
{related}
{comments}
{form}
</div></div></div>'''
    page = f'''<!DOCTYPE html>
<html  lang="ar-AE" dir="rtl">
<head id="Head">
<!--*********************************************-->
<!-- DNN Platform - http://www.dnnsoftware.com   -->
<!-- Copyright (c) 2002-2023, by DNN Corporation -->
<!--*********************************************-->
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>{esc(title)}</title>
<meta id="MetaDescription" name="DESCRIPTION" content="{esc(lead_text(paras[0], 24))}" />
<meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" />
<link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv=212" type="text/css" rel="stylesheet"/><link href="/DesktopModules/EasyDNNnews/Templates/_default/Ozone/Ozone.css?cdv=212" type="text/css" rel="stylesheet"/><link href="/Portals/_default/skins/nep/skin.css?cdv=212" type="text/css" rel="stylesheet"/><script src="/Resources/libraries/jQuery/03_05_01/jquery.js?cdv=212" type="text/javascript"></script>
<meta property="og:type" content="article" /><meta property="og:title" content="{esc(title)}" /><meta property="og:url" content="{url}" /><meta property="og:image" content="{DN_HOST}/Portals/0/EasyDNNnews/{aid}/img-{slug}.jpg" />{og_pub}{og_mod}
<link rel='SHORTCUT ICON' href='/Portals/0/favicon.ico?ver=Ku3q0Pv6aS0Xk1YbTnZb-w%3d%3d' type='image/x-icon' />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
</head>
<body id="Body">
<form method="post" action="/ar-ae/الأخبار/ArticleID/{aid}/{slug}" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTE5OTI{k}NzQ5MzkPZBYGZg8WAh4EVGV4dAU+PCFET0NUWVBFIGh0bWw+ZAIBD2QWDAIBDxYCHgdWaXNpYmxlaGQCAg8WAh8BaGQ=" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['Form'];
if (!theForm) {{ theForm = document.Form; }}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZE0y3pGd4q&amp;t={unix(crawl) * 10000000 + 621355968000000000}" type="text/javascript"></script>
<!--CDF(Javascript|/js/dnncore.js?cdv=212|DnnBodyProvider|100)-->
<div id="siteWrapper">
<div class="topbar"><div class="container">
<span id="dnn_dnnCURRENTDATE_lblDate" class="DateToken">{dn_long(crawl)}</span>
<div class="language-object"><span class="Language" title="{DN_LANG}"><a href="{DN_HOST}/en-us/news/ArticleID/{aid}">{DN_LANG}</a></span></div>
<div id="login"><a id="dnn_dnnLOGIN_loginLink" title="{DN_LOGIN}" class="LoginLink" rel="nofollow" onclick="this.disabled=true;" href="{DN_HOST}/ar-ae/Login?returnurl=%2far-ae">{DN_LOGIN}</a> <a id="dnn_dnnUSER_registerLink" title="{DN_REGISTER}" class="SkinObject" rel="nofollow" href="{DN_HOST}/ar-ae/Register?returnurl=%2far-ae">{DN_REGISTER}</a></div>
<div id="search-top"><span id="dnn_dnnSearch_ClassicSearch"><span class="searchInputContainer" data-moreresults="المزيد" data-noresult="لا نتائج"><input name="dnn$dnnSearch$txtSearch" type="text" maxlength="255" size="20" id="dnn_dnnSearch_txtSearch" class="NormalTextBox" aria-label="Search" autocomplete="off" placeholder="{DN_SEARCH}" /><a class="dnnSearchBoxClearText" title="Clear search text"></a></span><a id="dnn_dnnSearch_cmdSearch" class="SearchButton" href="javascript:__doPostBack(&#39;dnn$dnnSearch$cmdSearch&#39;,&#39;&#39;)">{DN_SEARCH_BTN}</a></span></div>
</div></div>
<header class="header"><div class="container"><div id="logo"><a id="dnn_dnnLOGO_hypLogo" title="{DN_SITE}" aria-label="{DN_SITE}" href="{DN_HOST}/ar-ae/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/nep-logo.png?ver=2022-09-14-093021-447" alt="{DN_SITE}" /></a></div>
<nav id="mainMenu" class="navbar"><ul class="nav navbar-nav topLevel">{menu}</ul></nav></div></header>
<div class="breadcrumb-wrap"><div class="container"><span id="dnn_dnnBreadcrumb_lblBreadCrumb" itemprop="breadcrumb" itemscope="" itemtype="https://schema.org/breadcrumb"><span itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="{DN_HOST}/ar-ae/" class="breadcrumbLink" itemprop="item"><span itemprop="name">{DN_MENU[0]}</span></a><meta itemprop="position" content="1" /></span> &gt; <span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="{DN_HOST}/ar-ae/{DN_MENU[2]}" class="breadcrumbLink" itemprop="item"><span itemprop="name">{DN_MENU[2]}</span></a><meta itemprop="position" content="2" /></span></span></span></div></div>
<main class="container"><div class="row">
<div id="dnn_ContentPane" class="col-md-8 contentPane">{module(mid, 'EasyDNNnews', article)}</div>
<div id="dnn_RightPane" class="col-md-4 rightPane">
{module(1240, 'EasyDNNnews', f'<ol class="edn_mostList">{most_html}</ol>', DN_MOST)}
{module(1241, 'EasyDNNnews', f'<div class="edn_list">{latest_html}</div>', DN_LATEST)}
{module(1242, 'EasyDNNnewsCalendar', f'<ul class="edn_eventsList">{events}</ul>', DN_EVENTS)}
{module(1243, 'DNN_HTML', f'<div id="dnn_ctr1243_HtmlModule_lblContent" class="Normal"><p>{DN_APP}</p></div>')}
</div></div></main>
<footer class="footer"><div class="container"><span id="dnn_dnnCOPYRIGHT_lblCopyright" class="SkinObject">{DN_COPY.format(y=crawl.year)}</span>
<a id="dnn_dnnTERMS_hypTerms" class="SkinObject" rel="nofollow" href="{DN_HOST}/ar-ae/Terms">{DN_TERMS}</a> | <a id="dnn_dnnPRIVACY_hypPrivacy" class="SkinObject" rel="nofollow" href="{DN_HOST}/ar-ae/Privacy">{DN_PRIVACY}</a></div></footer>
</div>
<input name="ScrollTop" type="hidden" id="ScrollTop" />
<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{{`__scdoff`:`1`,`sf_siteRoot`:`/ar-ae/`,`sf_tabId`:`57`}}" />
<input name="__RequestVerificationToken" type="hidden" value="Xm0_c3M1rYk{k}Q2bJ8uV5pLZf7Tn0hE4sDqWgA" />
</form>
<!--CDF(Javascript|/js/dnn.modalpopup.js?cdv=212|DnnBodyProvider|50)-->
<script type="text/javascript" src="/js/dnncore.js?cdv=212"></script>
</body>
</html>'''
    without = [DN_CAPTION, DN_MOST, DN_LATEST, DN_EVENTS, DN_APP, DN_FORM_NOTE, DN_MENU[5], dn_long(crawl), shown,
               DN_COPY.format(y=crawl.year)] + DN_EVENT_NAMES + latest + prev_next + most[:2] + tags + \
        ([DN_RELATED] + rel[:2] if k != 2 else []) + ([c for _, c in DN_COMMENTERS] if comments else []) + \
        ([f'{DN_UPD} {dmy(mod)} {hm(mod)}'] if k == 1 else [])
    read_also = [extra['also']] if k in DN_ALSO else []
    related_all = (rel if k != 2 else []) + most
    return page, title, read_also, related_all, without, upd_of(upd_day)


# --- plone: an Algerian research centre's news item on Plone 6 (Classic UI, Barceloneta) -------------------------
PL_SITE = 'مرصد قسنطينة للشؤون الدولية'
PL_HOST = 'https://www.marsad-qsn.example'
PL_SITEACTIONS = ['خريطة الموقع', 'إمكانية الوصول', 'راسلنا']
PL_SEARCH, PL_SEARCH_BTN, PL_ADVANCED = 'ابحث في الموقع', 'بحث', 'بحث متقدم…'
PL_LOGIN = 'تسجيل الدخول'
PL_LANGS = ['العربية', 'Français']
PL_NAV = ['الرئيسية', 'عن المرصد', 'الأخبار', 'دراسات وتقارير', 'ندوات', 'المكتبة']
PL_BY, PL_PUBLISHED, PL_MODIFIED = 'بقلم', 'نُشر', 'آخر تعديل'
PL_AUTHORS = ['خلية الرصد الإعلامي', 'أمينة بوزيد', 'خلية الرصد الإعلامي', 'رياض بن عيسى']
PL_CAPTION = 'صورة توضيحية — عن وكالات'
PL_ALSO = {1: 'اقرأ كذلك:', 2: 'طالع أيضاً:'}
PL_TAGS = 'مصنّف ضمن:'
PL_TAG_WORDS = ['متابعات دولية', 'العالم العربي', 'رصد يومي', 'قضايا الساعة']
PL_ACTIONS = ['طباعة', 'أرسل الصفحة لصديق']
PL_RELATED = 'مواد مرتبطة بهذا الخبر'
PL_MOST = 'الأكثر اطلاعاً هذا الشهر'
PL_NEWS, PL_ALL_NEWS = 'آخر المستجدات', 'كل الأخبار…'
PL_EVENTS, PL_ALL_EVENTS = 'مواعيد المرصد القادمة', 'الرزنامة كاملة…'
PL_EVENT_NAMES = ['ندوة: الأمن الإقليمي في منطقة الساحل', 'يوم دراسي حول الإعلام وإدارة الأزمات',
                  'محاضرة مفتوحة عن الدبلوماسية الاقتصادية']
PL_PREV, PL_NEXT = 'السابق:', 'التالي:'
PL_ADDRESS = 'المرصد، نهج عبان رمضان، قسنطينة — الجزائر'
PL_REUSE = 'نقل المواد المنشورة هنا متاح شريطة ذكر المرصد مصدراً لها'
PL_POWERED = 'Powered by Plone & Python'
PL_TRADEMARK = 'Plone® and the Plone logo are registered trademarks of the Plone Foundation.'


def render_plone(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, most, news = others[:3], others[3:7], others[7:10]
    prev_next = extra['more'][:2]
    pub = at(extra)
    odd = k % 2 == 1
    created = later(pub, days=-1, hours=-3, minutes=-26)  # the draft, saved the day before
    mod = later(pub, minutes=0)
    if k == 1:
        mod = later(pub, days=1, hours=8, minutes=35)
    elif k == 3:
        mod = later(pub, days=2, hours=4)
    upd_day = mod.date() if mod != pub else None
    url = f'{PL_HOST}/ar/news/{slug}'
    if k == 1:
        def stamp(t):
            return f'{t.day:02d} {DZ_MONTHS[t.month - 1]} {t.year} {hm(t)}'
    elif k == 2:
        def stamp(t):
            return f'{dmy(t, "-")} {hm(t)}'
    else:
        def stamp(t):
            return f'{dmy(t)} {hm(t)}'
    author = PL_AUTHORS[k]
    pub_line = f'{PL_PUBLISHED} {stamp(pub)}'
    mod_line = f'{PL_MODIFIED} {stamp(mod)}'
    body = []
    for i, p in enumerate(paras):
        body.append(f'<p>{lead_html(p, bold=not odd) if i == 0 else esc(p)}</p>')
        if i == 1 and k in PL_ALSO:
            body.append(f'<p><strong>{PL_ALSO[k]}</strong> <a class="internal-link" href="resolveuid/{(unix(pub) * 7919) % (1 << 64):016x}{k}c2" target="_self" title="">{esc(extra["also"])}</a></p>')
    tags = outside(PL_TAG_WORDS[k % 2:k % 2 + 2], paras)
    tag_html = '\n'.join(f'<a class="link-category badge bg-primary" rel="tag" href="{PL_HOST}/ar/@@search?Subject%3Alist={i}">{t}</a>' for i, t in enumerate(tags))
    rel_html = ''.join(f'<li class="list-group-item"><a class="contenttype-news-item" href="{PL_HOST}/ar/news/rel-{k}-{i}" title=""><span>{esc(t)}</span></a></li>' for i, t in enumerate(rel))
    news_days = [later(pub, days=1 + 3 * i, hours=2) for i in range(len(news))]
    news_html = ''.join(f'<li class="portletItem"><a href="{PL_HOST}/ar/news/new-{k}-{i}" class="tile contenttype-news-item"><span>{esc(t)}</span></a>\n<span class="portletItemDetails">{dmy(d)}</span></li>' for i, (t, d) in enumerate(zip(news, news_days)))
    event_days = [later(pub, days=9 + 6 * i) for i in range(len(PL_EVENT_NAMES))]
    events_html = ''.join(f'<li class="portletItem"><a href="{PL_HOST}/ar/events/ev-{i}" class="tile contenttype-event"><span>{n}</span></a>\n<span class="portletItemDetails">{ar_date(d, DZ_MONTHS)}</span></li>' for i, (n, d) in enumerate(zip(PL_EVENT_NAMES, event_days)))
    most_portlet = ''
    if not odd:
        items = ''.join(f'<li class="portletItem"><a href="{PL_HOST}/ar/news/most-{k}-{i}" class="tile">{esc(t)}</a></li>' for i, t in enumerate(most))
        most_portlet = (f'<div class="portletWrapper" id="portletwrapper-706c6f6e652e7269676874636f6c756d6e0a636f6e746578740a2f0a6d6f7374" data-portlethash="706c6f6e652e72696768746d6f7374"><div class="card portlet portletStaticText portlet-static-most"><div class="card-header">{PL_MOST}</div>'
                        f'<div class="card-body"><div class="portletContent"><ol>{items}</ol></div></div></div></div>')
    nav = ''.join(f'<li class="{["index_html", "about", "news", "studies", "seminars", "library"][i]} nav-item{" inPath" if i == 2 else ""}"><a href="{PL_HOST}/ar/{["", "about", "news", "studies", "seminars", "library"][i]}" class="state-published nav-link">{t}</a></li>' for i, t in enumerate(PL_NAV))
    dc = (f'<meta name="DC.date.created" content="{iso_plus(created)}" />\n<meta name="DC.date.modified" content="{iso_plus(mod)}" />\n'
          f'<meta name="DC.date.valid_range" content="{pub.astimezone(UTC):%Y/%m/%d} - " />\n<meta name="DC.type" content="خبر" />\n<meta name="DC.format" content="text/plain" />\n'
          f'<meta name="DC.language" content="ar" />\n<meta name="DC.creator" content="{esc(author)}" />\n')
    page = f'''<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="ar" xml:lang="ar">
  <head><meta charset="utf-8" />
    <meta name="twitter:card" content="summary" /><meta property="og:site_name" content="{PL_SITE}" /><meta property="og:title" content="{esc(title)}" /><meta property="og:type" content="website" /><meta property="og:description" content="" /><meta property="og:url" content="{url}" /><meta property="og:image" content="{url}/@@images/image-1200-0.jpeg" /><meta property="og:image:type" content="image/jpeg" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <meta name="generator" content="Plone - https://plone.org/" />
{dc}    <title>{esc(title)} — {PL_SITE}</title>
    <link href="{url}" rel="canonical" />
    <link href="{PL_HOST}/ar/@@search" rel="search" title="البحث في هذا الموقع" />
    <link href="{PL_HOST}/++plone++static/bundle-plone/bundle.min.css" media="all" rel="stylesheet" type="text/css" />
    <link href="{PL_HOST}/++theme++barceloneta/css/barceloneta.min.css" media="all" rel="stylesheet" type="text/css" />
    <script integrity="sha384-Ag3h2RcUwC0A9k7VsOikj9ANYqGXNVQ0Lbg0nE7cmTw1y0L7r3z6bWGKoE1Kd1c" src="{PL_HOST}/++plone++static/bundle-plone/bundle.min.js"></script>
  </head>
  <body class="col-content col-one frontend icons-on portaltype-news-item section-news site-ar subsection-{slug} template-newsitem_view thumbs-on userrole-anonymous viewpermission-view" dir="rtl" data-base-url="{url}" data-portal-url="{PL_HOST}" data-view-url="{url}" data-i18ncatalogurl="{PL_HOST}/plonejsi18n" data-pat-plone-modal="{{&quot;actionOptions&quot;: {{&quot;displayInModal&quot;: false}}}}" data-pat-tinymce="{{&quot;language&quot;: &quot;ar&quot;}}">
    <div class="outer-wrapper flex-shrink-0">
      <header class="container d-flex pt-3 flex-column justify-content-between align-items-lg-start flex-lg-row" id="content-header">
        <div class="mb-3 d-flex justify-content-end" id="portal-top">
          <a class="d-flex pe-2" href="{PL_HOST}/ar" id="portal-logo" title="{PL_SITE}"><img alt="{PL_SITE}" src="{PL_HOST}/@@site-logo/logo-marsad.png" title="{PL_SITE}" /></a>
        </div>
        <div class="mb-3 d-flex justify-content-end">
          <ul class="d-flex justify-content-end list-inline mb-0" id="portal-siteactions">{''.join(f'<li class="portletItem portal-siteaction-{i} list-inline-item"><a href="{PL_HOST}/ar/{["sitemap", "accessibility-info", "contact-info"][i]}" title="{t}">{t}</a></li>' for i, t in enumerate(PL_SITEACTIONS))}</ul>
          <div id="portal-searchbox"><form action="{PL_HOST}/ar/@@search" class="d-flex pat-livesearch show_images" data-pat-livesearch="ajaxUrl:{PL_HOST}/ar/@@ajax-search" id="searchGadget_form" role="search"><label class="hiddenStructure" for="searchGadget">{PL_SEARCH}</label><div class="position-relative"><input aria-label="{PL_SEARCH}" autocomplete="off" class="searchField form-control me-3" id="searchGadget" name="SearchableText" placeholder="{PL_SEARCH}" size="18" title="{PL_SEARCH}" type="text" /></div><button class="searchButton btn btn-outline-light" type="submit">{PL_SEARCH_BTN}</button><div class="hiddenStructure" id="portal-advanced-search"><a href="{PL_HOST}/ar/@@search">{PL_ADVANCED}</a></div></form></div>
          <div id="portal-anontools"><ul class="list-inline"><li class="list-inline-item"><a href="{PL_HOST}/ar/login" id="personaltools-login" class="pat-plone-modal" data-pat-plone-modal="{{}}">{PL_LOGIN}</a></li></ul></div>
          <ul id="portal-languageselector">{''.join(f'<li class="language-{["ar", "fr"][i]}{" currentLanguage" if i == 0 else ""}"><a href="{PL_HOST}/{["ar", "fr"][i]}" title="{t}">{t}</a></li>' for i, t in enumerate(PL_LANGS))}</ul>
        </div>
      </header>
      <div id="mainnavigation-wrapper"><div id="mainnavigation"><nav class="navbar navbar-expand-lg navbar-barceloneta pat-navigationmarker" id="portal-globalnav-wrapper"><div class="container"><button aria-controls="offcanvasNavbar" aria-label="Toggle navigation" class="navbar-toggler" data-bs-target="#offcanvasNavbar" data-bs-toggle="offcanvas" type="button"><span class="navbar-toggler-icon"></span></button>
        <div aria-labelledby="offcanvasNavbarLabel" class="offcanvas offcanvas-end" id="offcanvasNavbar" tabindex="-1"><div class="offcanvas-header justify-content-end"><button aria-label="Close" class="btn-close btn-close-white text-reset" data-bs-dismiss="offcanvas" type="button"></button></div>
        <div class="offcanvas-body align-items-center"><ul class="navbar-nav me-auto" id="portal-globalnav">{nav}</ul></div></div></div></nav></div></div>
      <div id="above-content-wrapper"><div id="viewlet-above-content"><nav aria-label="breadcrumb" id="portal-breadcrumbs"><div class="container"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="{PL_HOST}/ar">{PL_NAV[0]}</a></li><li class="breadcrumb-item"><a href="{PL_HOST}/ar/news">{PL_NAV[2]}</a></li><li class="breadcrumb-item active" aria-current="page">{esc(title)}</li></ol></div></nav></div></div>
      <div class="container">
        <div class="row"><aside class="col-12" id="global_statusmessage"></aside></div>
        <main class="row" id="main-container">
          <section class="col-12 col-lg-9" id="portal-column-content">
            <article id="content">
              <header>
                <div id="viewlet-above-content-title"><span id="social-tags-body" itemscope itemtype="http://schema.org/WebPage" style="display: none"><span itemprop="name">{esc(title)}</span><span itemprop="url">{url}</span><span itemprop="image">{url}/@@images/image</span></span></div>
                <h1 class="documentFirstHeading">{esc(title)}</h1>
                <div id="viewlet-below-content-title"><div class="documentByLine" id="plone-document-byline"><span class="documentAuthor">{PL_BY} <a href="{PL_HOST}/ar/author/editor{k}">{esc(author)}</a></span> — <span class="documentPublished"><span>{PL_PUBLISHED}</span> {stamp(pub)}</span> — <span class="documentModified"><span>{PL_MODIFIED}</span> {stamp(mod)}</span></div></div>
              </header>
              <div id="viewlet-above-content-body"></div>
              <div id="content-core">
                <figure class="newsImageContainer"><a class="pat-plone-modal" data-pat-plone-modal="image: true" href="{url}/@@images/image/large"><img alt="{esc(title)}" class="newsImage" height="512" loading="lazy" src="{url}/@@images/image-768-{slug}.jpeg" title="{esc(title)}" width="768" /></a><figcaption class="figure-caption discreet">{PL_CAPTION}</figcaption></figure>
                <div id="parent-fieldname-text" class="">{''.join(body)}</div>
              </div>
              <footer>
                <div id="viewlet-below-content-body">
                  <div class="visualClear"><!-- --></div>
                  <div class="documentActions"><span class="hiddenStructure">إجراءات</span><ul>{''.join(f'<li id="document-action-{["print", "sendto"][i]}"><a href="{["javascript:this.print();", url + "/sendto_form"][i]}" title="">{t}</a></li>' for i, t in enumerate(PL_ACTIONS))}</ul></div>
                  <div id="section-category" class="section section-category"><span class="section-heading">{PL_TAGS}</span> {tag_html}</div>
                  <section class="relatedItems section" id="section-related"><header class="section-heading">{PL_RELATED}</header><ul class="list-group list-group-flush">{rel_html}</ul></section>
                  <nav class="pagination justify-content-between" id="section-next-prev"><a class="previous page-link" href="{PL_HOST}/ar/news/prev-{k}" title=""><span class="label">{PL_PREV}</span> <span>{esc(prev_next[0])}</span></a> <a class="next page-link" href="{PL_HOST}/ar/news/next-{k}" title=""><span class="label">{PL_NEXT}</span> <span>{esc(prev_next[1])}</span></a></nav>
                </div>
              </footer>
            </article>
          </section>
          <aside class="col-12 col-lg-3" id="portal-column-two">
            <div class="portletWrapper" id="portletwrapper-706c6f6e652e7269676874636f6c756d6e0a636f6e746578740a2f0a6e657773" data-portlethash="706c6f6e652e7269676874636f6c756d6e6e657773"><div class="card portlet portletNews"><div class="card-header"><a href="{PL_HOST}/ar/news" class="tile">{PL_NEWS}</a></div><div class="card-body"><ul>{news_html}</ul></div><div class="card-footer portletFooter"><a href="{PL_HOST}/ar/news" class="tile">{PL_ALL_NEWS}</a></div></div></div>
            {most_portlet}
            <div class="portletWrapper" id="portletwrapper-706c6f6e652e7269676874636f6c756d6e0a636f6e746578740a2f0a6576656e7473" data-portlethash="706c6f6e652e7269676874636f6c756d6e6576656e7473"><div class="card portlet portletEvents"><div class="card-header"><a href="{PL_HOST}/ar/events" class="tile">{PL_EVENTS}</a></div><div class="card-body"><ul>{events_html}</ul></div><div class="card-footer portletFooter"><a href="{PL_HOST}/ar/events" class="tile">{PL_ALL_EVENTS}</a></div></div></div>
          </aside>
        </main>
      </div>
    </div>
    <footer class="mt-auto" id="portal-footer-wrapper">
      <div class="container" id="portal-footer">
        <div class="doormat row"><div class="col-xs-12 col-md-6"><p>{PL_ADDRESS}</p></div><div class="col-xs-12 col-md-6"><p>{PL_REUSE}</p></div></div>
        <div class="row"><div class="col-12"><div id="portal-colophon"><div class="colophonWrapper"><a href="https://plone.org" target="_blank" title="This site was built using the Plone Open Source CMS/WCM.">{PL_POWERED}</a></div></div></div></div>
        <div class="row"><div class="col-12"><p class="portlet portletFooter text-center">{PL_TRADEMARK}</p></div></div>
      </div>
    </footer>
  </body>
</html>'''
    without = [PL_CAPTION, PL_NEWS, PL_EVENTS, PL_ADDRESS, PL_REUSE, PL_RELATED, PL_NAV[3], pub_line, mod_line,
               f'{PL_BY} {author}'] + PL_EVENT_NAMES + news + prev_next + rel[:2] + tags + \
        ([PL_MOST] + most[:2] if not odd else [])
    read_also = [extra['also']] if k in PL_ALSO else []
    return page, title, read_also, rel + (most if not odd else []), without, upd_of(upd_day)


# --- tilda: an Omani magazine's post on Tilda Publishing (a Feeds post page) ---------------------------------------
TL_SITE = 'مجلة الفلج'
TL_HOST = 'https://falaj-mag.example'
TL_MENU = ['الرئيسية', 'ثقافة', 'مجتمع', 'حول العالم', 'عن المجلة']
TL_SUBSCRIBE = 'اشترك'
TL_SECTIONS = ['حول العالم', 'مجتمع', 'حول العالم', 'ثقافة']
TL_CAPTION = 'عدسة الفلج'
TL_ALSO = {0: 'اقرأ أيضاً:', 3: 'إقرأ أيضاً:'}
TL_RELATED = 'موضوعات قريبة من هذه المادة'
TL_SHARE = 'شارك المادة'
TL_LATEST = 'جديد مجلة الفلج'
TL_MORE = 'تحميل المزيد'
TL_EVENTS = 'مواعيد ثقافية في مسقط'
TL_EVENT_NAMES = ['أمسية شعرية في النادي الثقافي', 'معرض صور عن حارات نزوى القديمة', 'عرض مسرحي على خشبة مسرح الشباب']
TL_FORM_HEAD = 'رسالة الفلج الأسبوعية'
TL_FORM_TEXT = 'مختارات المجلة تُرسل إليك أيام السبت، وإلغاء الاشتراك بنقرة واحدة.'
TL_FORM_FIELDS = ['بريدك الإلكتروني', 'اشتراك']
TL_FORM_OK = 'شكراً لك، سجّلنا بريدك.'
TL_COOKIE = 'نحتفظ ببعض الملفات في متصفحك لنعرف كيف تُقرأ المجلة، وتستطيع تعطيلها متى أردت.'
TL_COOKIE_OK = 'حسناً'
TL_FOOTER = 'مجلة الفلج تصدر من مسقط وتُعنى بالثقافة والمجتمع في عُمان وخارجها'
TL_NOTE = 'تحديث: أُضيفت إلى هذه المادة معلومات جديدة في {date}.'


def tl_quirk(t):
    """Tilda's microdata date: PHP's 'Y-m-dTH:i:sP' with 'T' read as the zone's abbreviation ('+04' in Muscat)."""
    off = t.strftime('%z')
    return f'{t:%Y-%m-%d}{off[:3]}{t:%H:%M:%S}{off[:3]}:{off[3:]}'


def render_tilda(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, latest = others[:3], others[3:6]
    pub = at(extra)
    rec = 598120233 + 1117 * k
    post_uid = f'{(unix(pub) * 40503) % (1 << 40):010x}'
    url = f'{TL_HOST}/tpost/{post_uid}-{slug}'
    mod, note = pub, ''
    if k == 0:
        shown = ar_date(pub)
    elif k == 1:
        shown = f'{pub.day:02d}.{pub.month:02d}.{pub.year}'
        mod = later(pub, days=1, hours=6)
    elif k == 2:
        shown = en_date(pub)
        mod = later(pub, days=2, hours=2)
        note = TL_NOTE.format(date=ar_date(mod))
    else:
        shown = ar_date(pub)
    upd_day = mod.date() if mod != pub else None
    republished = later(mod, days=12 + 5 * k, hours=7)  # the site's last publication (the CSS links' ?t=)
    chunks, cur = [], []
    for i, p in enumerate(paras):
        cur.append(lead_html(p, bold=k % 2 == 1) if i == 0 else esc(p))
        if i == 1 and k in TL_ALSO:
            cur.append(f'<strong>{TL_ALSO[k]} </strong><a href="{TL_HOST}/tpost/{(unix(pub) * 31) % (1 << 36):09x}-also" target="_blank" rel="noreferrer noopener">{esc(extra["also"])}</a>')
        if i == 1:
            chunks.append(f'<div class="t-redactor__text">{"<br /><br />".join(cur)}</div>')
            chunks.append(f'<figure class="t-redactor__figure"><img src="https://static.tildacdn.example/tild{rec % 10000}-{slug}/photo.jpg" data-original="https://static.tildacdn.example/tild{rec % 10000}-{slug}/photo.jpg" imgfield="img"><figcaption class="t-redactor__figcaption">{TL_CAPTION}</figcaption></figure>')
            cur = []
    if note:
        cur.append(f'<em>{note}</em>')
    if cur:
        chunks.append(f'<div class="t-redactor__text">{"<br /><br />".join(cur)}</div>')
    rel_items = ''.join(f'<div class="t-feed__post-popup__relevants-item t-col t-col_4"><div class="t-feed__post-popup__relevants-item-bgimg t-bgimg" data-original="https://static.tildacdn.example/tild{rec % 10000}/rel{i}.jpg" style="background-image:url(\'https://thb.tildacdn.example/tild{rec % 10000}/-/resize/20x/rel{i}.jpg\');"></div>'
                        f'<a href="{TL_HOST}/tpost/{post_uid[:6]}{i}-rel" class="t-feed__link t-feed__post-popup__relevants-item-title t-name t-name_xs">{esc(t)}</a></div>'
                        for i, t in enumerate(rel))
    latest_days = [later(pub, days=3 + 4 * i, hours=1) for i in range(len(latest))]
    latest_items = ''.join(f'<li class="t-feed__post t-item t-width t-feed__grid-col t-col t-col_4 t-align_right"><div class="t-feed__post-imgwrapper"><div class="t-feed__post-bgimg t-bgimg" data-original="https://static.tildacdn.example/tild{rec % 10000}/new{i}.jpg"></div></div>'
                           f'<div class="t-feed__textwrapper"><div class="t-feed__post-title t-name t-name_xs"><a class="t-feed__link" href="{TL_HOST}/tpost/{post_uid[:6]}{i}-new">{esc(t)}</a></div><span class="t-feed__post-date t-uptitle t-uptitle_xs">{ar_date(d)}</span></div></li>'
                           for i, (t, d) in enumerate(zip(latest, latest_days)))
    event_days = [later(pub, days=6 + 5 * i) for i in range(len(TL_EVENT_NAMES))]
    events = ''.join(f'<li class="t-list__item"><span class="t-name t-name_xs">{n}</span> <span class="t-descr t-descr_xxs">{ar_date(d)}</span></li>' for n, d in zip(TL_EVENT_NAMES, event_days))
    menu = ''.join(f'<li class="t228__list_item" style="padding:0 15px;"><a class="t-menu__link-item" href="{["/", "/culture", "/society", "/world", "/about"][i]}" data-menu-submenu-hook="" data-menu-item-number="{i + 1}">{t}</a></li>' for i, t in enumerate(TL_MENU))
    feed_state = {'feeduid': f'{rec % 1000000000:09d}', 'postuid': post_uid, 'title': title,
                  'published': pub.astimezone(UTC).strftime('%Y-%m-%d %H:%M:%S'), 'timezone': 'Asia/Muscat',
                  'parts': [TL_SECTIONS[k]], 'url': url}
    css_t = unix(republished)
    page = f'''<!DOCTYPE html> <html lang="ar"> <head> <meta charset="utf-8" /> <meta http-equiv="Content-Type" content="text/html; charset=utf-8" /> <meta name="viewport" content="width=device-width, initial-scale=1.0" /> <!--metatextblock--> <title>{esc(title)}</title> <meta name="description" content="{esc(lead_text(paras[0], 22))}" /> <meta property="og:url" content="{url}" /> <meta property="og:title" content="{esc(title)}" /> <meta property="og:description" content="{esc(lead_text(paras[0], 22))}" /> <meta property="og:type" content="website" /> <meta property="og:image" content="https://static.tildacdn.example/tild{rec % 10000}-{slug}/cover.jpg" /> <link rel="canonical" href="{url}"> <!--/metatextblock--> <meta name="format-detection" content="telephone=no" /> <meta http-equiv="x-dns-prefetch-control" content="on"> <link rel="dns-prefetch" href="https://ws.tildacdn.example"> <link rel="dns-prefetch" href="https://static.tildacdn.example"> <link rel="shortcut icon" href="https://static.tildacdn.example/tild3339-falaj/favicon.ico" type="image/x-icon" /> <!-- Assets --> <script src="https://neo.tildacdn.example/js/tilda-fallback-1.0.min.js" async charset="utf-8"></script> <link rel="stylesheet" href="https://static.tildacdn.example/css/tilda-grid-3.0.min.css" type="text/css" media="all" onerror="this.loaderr='y';"/> <link rel="stylesheet" href="https://static.tildacdn.example/ws/project7361245/tilda-blocks-page38829145.min.css?t={css_t}" type="text/css" media="all" onerror="this.loaderr='y';" /> <link rel="stylesheet" href="https://static.tildacdn.example/css/tilda-feed-1.0.min.css" type="text/css" media="all" onerror="this.loaderr='y';" /> <script type="text/javascript">window.dataLayer = window.dataLayer || [];</script> <script src="https://static.tildacdn.example/js/tilda-scripts-3.0.min.js" charset="utf-8" defer onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.example/ws/project7361245/tilda-blocks-page38829145.min.js?t={css_t}" charset="utf-8" onerror="this.loaderr='y';"></script> </head> <body class="t-body" style="margin:0;"> <!--allrecords--> <div id="allrecords" class="t-records" data-hook="blocks-collection-content-node" data-tilda-project-id="7361245" data-tilda-page-id="38829145" data-tilda-formskey="f0e1d2c3b4a5968778695a4b3c2d1e0f" data-tilda-lazy="yes" data-tilda-root-zone="com" data-tilda-project-headcode="yes">
<!--header--> <div id="t-header" class="t-records" data-hook="blocks-collection-content-node" data-tilda-project-id="7361245" data-tilda-page-id="38829146" data-tilda-page-alias="header" data-tilda-formskey="f0e1d2c3b4a5968778695a4b3c2d1e0f" data-tilda-lazy="yes" data-tilda-root-zone="com">
<div id="rec{rec}" class="r t-rec" style=" " data-animationappear="off" data-record-type="257"> <!-- T228 --> <div id="nav{rec}marker"></div> <div class="tmenu-mobile"> <div class="tmenu-mobile__container"> <div class="tmenu-mobile__text t-name t-name_md" field="menu_mob_title">{TL_SITE}</div> <button type="button" class="t-menuburger t-menuburger_first" aria-label="القائمة" aria-expanded="false"> <span style="background-color:#000;"></span> <span style="background-color:#000;"></span> <span style="background-color:#000;"></span> </button> </div> </div>
<div id="nav{rec}" class="t228 t228__positionstatic tmenu-mobile__menucontent_static" style="background-color: rgba(255,255,255,1); height:80px;" data-bgcolor-hex="#ffffff" data-bgcolor-rgba="rgba(255,255,255,1)" data-navmarker="nav{rec}marker" data-appearoffset="" data-bgopacity-two="" data-menushadow="" data-bgopacity="1" data-menu-items-align="center" data-menu="yes"> <div class="t228__maincontainer " style="height:80px;"> <div class="t228__padding40px"></div> <div class="t228__leftside"> <div class="t228__leftcontainer"> <a href="/" class="t228__imgwrapper"> <div class="t228__logo t-title" field="title" style="">{TL_SITE}</div> </a> </div> </div> <div class="t228__centerside "> <nav class="t228__centercontainer"> <ul role="list" class="t228__list t-menu__list">{menu}</ul> </nav> </div> <div class="t228__rightside"> <div class="t228__rightcontainer"> <div class="t228__right_buttons"> <div class="t228__right_buttons_wrap"> <div class="t228__right_buttons_but"> <a href="#subscribe" target="" class="t-btn t-btn_md " style="color:#ffffff;background-color:#0f6e62;border-radius:30px;"> <table role="presentation" style="width:100%; height:100%;"> <tbody><tr> <td>{TL_SUBSCRIBE}</td> </tr></tbody> </table> </a> </div> </div> </div> </div> </div> <div class="t228__padding40px"></div> </div> </div> </div>
</div> <!--/header-->
<div id="rec{rec + 1}" class="r t-rec" style=" " data-record-type="1002"> <div class="t-feed__post-popup t-popup t-popup_show" style="position:static;"> <div class="t-feed__post-popup__container t-container t-popup__container t-popup__container-static">
<div itemscope itemtype="https://schema.org/BlogPosting" class="t-feed__post-popup__content-wrapper"> <div class="t-feed__post-popup__content t-col t-col_8"> <div style="display: none;"> <meta itemprop="headline" content="{esc(title)}"> <meta itemprop="image" content="https://static.tildacdn.example/tild{rec % 10000}-{slug}/cover.jpg"> <meta itemprop="datePublished" content="{tl_quirk(pub)}"> <meta itemprop="dateModified" content="{tl_quirk(mod)}"> <meta itemprop="mainEntityOfPage" content="{url}"> <div itemprop="publisher" itemscope itemtype="https://schema.org/Organization"> <meta itemprop="logo" content="https://static.tildacdn.example/tild3339-falaj/logo.png"> <meta itemprop="name" content="{TL_SITE}"> </div> </div>
<div class="t-feed__post-popup__cover-wrapper t-feed__post-popup__cover-wrapper_aftertitle"> <img src="https://static.tildacdn.example/tild{rec % 10000}-{slug}/cover.jpg" alt="" class="js-feed-post-image t-feed__post-popup__img t-img"> </div>
<div class="t-feed__post-popup__text-wrapper" data-animationappear="off"> <div class="js-feed-post-date-parts t-feed__post-popup__date-parts-wrapper"> <span class="t-feed__post-popup__date-wrapper"> <span class="js-feed-post-date t-feed__post-popup__date t-uptitle t-uptitle_sm">{shown}</span> </span> <span class="t-feed__post-popup__tag"> <a href="{TL_HOST}/{["world", "society", "world", "culture"][k]}" class="t-uptitle t-uptitle_xs">{TL_SECTIONS[k]}</a> </span> </div>
<h1 class="js-feed-post-title t-feed__post-popup__title t-title t-title_xs" itemprop="name">{esc(title)}</h1>
<div id="feed-text" class="r t-feed__post-popup__text" style="" data-animationappear="off"><div class="t-redactor__tte-view">{''.join(chunks)}</div></div>
</div> </div> </div>
<div class="t-feed__share-container"> <div class="t-feed__share t-feed__share_black-white"> <div class="t-feed__share-label t-descr t-descr_xxs">{TL_SHARE}</div> <div class="t-feed__share-list"> <a class="t-feed__share-item t-feed__share-item_fb" href="https://www.facebook.com/sharer.php?u={url}" target="_blank" rel="nofollow noopener" aria-label="Facebook"></a> <a class="t-feed__share-item t-feed__share-item_wa" href="https://api.whatsapp.com/send?text={url}" target="_blank" rel="nofollow noopener" aria-label="WhatsApp"></a> <a class="t-feed__share-item t-feed__share-item_tw" href="https://twitter.com/share?url={url}" target="_blank" rel="nofollow noopener" aria-label="X"></a> </div> </div> </div>
<div class="t-feed__post-popup__relevants t-feed__post-popup__relevants_grid"> <div class="t-feed__post-popup__relevants-title t-name t-name_xl">{TL_RELATED}</div> <div class="t-feed__post-popup__relevants-container t-container">{rel_items}</div> </div>
</div> </div> </div>
<div id="rec{rec + 2}" class="r t-rec t-rec_pt_45 t-rec_pb_45" style="padding-top:45px;padding-bottom:45px;" data-record-type="915"> <!-- t915 --> <div class="t915"> <div class="t-section__container t-container"> <div class="t-col t-col_12"> <div class="t-section__topwrapper t-align_right"> <div class="t-section__title t-title t-title_xs" field="btitle">{TL_LATEST}</div> </div> </div> </div> <div class="js-feed t-feed t-feed_row" data-feed-grid-type="row" data-blocks-per-row="3"> <div class="t-feed__container t-container"> <ul role="list" class="t-feed__container js-feed-container" data-feed-show-count="3" data-feed-show-slice="1">{latest_items}</ul> <div class="t-feed__buttons-wrapper t-align_center"> <button class="t-feed__showmore-btn js-feed-btn-show-more t-btn t-btn_sm" type="button" style="color:#0f6e62;border:1px solid #0f6e62;"> <span class="t-feed__showmore-btn-text">{TL_MORE}</span> </button> </div> </div> </div> </div> </div>
<div id="rec{rec + 3}" class="r t-rec" data-record-type="503"> <!-- t503 --> <div class="t503"> <div class="t-container"> <div class="t-col t-col_8 t-prefix_2"> <div class="t-section__title t-title t-title_xs">{TL_EVENTS}</div> <ul class="t-list">{events}</ul> </div> </div> </div> </div>
<div id="rec{rec + 4}" class="r t-rec" data-record-type="678"> <!-- T678 --> <a name="subscribe" style="font-size:0;"></a> <div class="t678 "> <div class="t-container"> <div class="t-col t-col_8 t-prefix_2"> <div class="t-section__title t-title t-title_xs">{TL_FORM_HEAD}</div> <div class="t678__descr t-descr t-descr_xl">{TL_FORM_TEXT}</div> <form id="form{rec + 4}" name="form{rec + 4}" role="form" action="" method="POST" data-formactiontype="2" data-inputbox=".t-input-group" class="t-form js-form-proccess t-form_inputs-total_1" data-success-callback="t678_onSuccess"> <div class="js-successbox t-form__successbox t-text t-text_md" aria-live="polite" style="display:none;">{TL_FORM_OK}</div> <div class="t-form__inputsbox"> <div class="t-input-group t-input-group_em" data-input-lid="1495810359387"> <div class="t-input-block"> <input type="text" autocomplete="email" name="Email" class="t-input js-tilda-rule" value="" placeholder="{TL_FORM_FIELDS[0]}" data-tilda-req="1" data-tilda-rule="email" aria-required="true" style="color:#000000; border:1px solid #c9c9c9;"> </div> </div> <div class="t-form__submit"> <button type="submit" class="t-submit" style="color:#ffffff;background-color:#0f6e62;">{TL_FORM_FIELDS[1]}</button> </div> </div> </form> </div> </div> </div> </div>
<div id="rec{rec + 5}" class="r t-rec" data-record-type="420"> <!-- T420 --> <div class="t420"> <div class="t-container t-align_right"> <div class="t-col t-col_4"> <div class="t420__logo t-name t-name_xs">{TL_SITE}</div> <div class="t420__text t-descr t-descr_xxs">{TL_FOOTER}</div> </div> <div class="t-col t-col_4"> <div class="t420__descr t-descr t-descr_xxs"><a href="mailto:editor@falaj-mag.example">editor@falaj-mag.example</a></div> </div> </div> </div> </div>
<div id="rec{rec + 6}" class="r t-rec" data-record-type="657"> <!-- T657 --> <div class="t657 t657_closed" style="bottom:20px;"> <div class="t657__wrapper" style="background-color:#ffffff;"> <div class="t657__text t-descr t-descr_xxs">{TL_COOKIE}</div> <button class="t657__btn t-btn t-btn_sm" type="button" style="color:#fff;background-color:#000;"><span class="t657__btn-text">{TL_COOKIE_OK}</span></button> </div> </div> </div>
<!--/allrecords--> <div class="t-tildalabel " id="tildacopy" data-tilda-sign="7361245#38829145"> <a href="https://tilda.cc/?upm=7361245" class="t-tildalabel__link"> <div class="t-tildalabel__wrapper"> <div class="t-tildalabel__txtleft">Made on </div> <div class="t-tildalabel__wrapimg"> <img src="https://static.tildacdn.example/img/tildacopy.png" class="t-tildalabel__img" fetchpriority="low" alt=""> </div> <div class="t-tildalabel__txtright">Tilda</div> </div> </a> </div> </div>
<script type="text/javascript">t_onReady(function () {{ t_onFuncLoad('t_feed_init', function () {{ t_feed_init('{rec + 1}', {json.dumps(feed_state, ensure_ascii=False)}); }}); }});</script>
<script type="text/javascript">window.tildastatcode = '{post_uid[:8]}'; window.tildastatscroll = 'yes';</script>
</body> </html>'''
    without = [TL_CAPTION, TL_SHARE, TL_LATEST, TL_EVENTS, TL_FORM_HEAD, TL_FORM_TEXT, TL_COOKIE, TL_FOOTER, TL_MORE, shown] + \
        TL_EVENT_NAMES + latest + rel[:2] + ([note] if note else [])
    read_also = [extra['also']] if k in TL_ALSO else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- jimdo: a Mauritanian local news site's blog post on Jimdo Creator ------------------------------------------
JM_SITE = 'صدى الحوض الشرقي'
JM_TAGLINE = 'صحيفة رقمية مستقلة مقرها مدينة النعمة'
JM_HOST = 'https://www.sada-alhodh.example'
JM_NAV = ['الرئيسية', 'أخبار الولاية', 'أخبار وطنية', 'العالم', 'من نحن', 'راسلونا']
JM_TAGS = ['العالم', 'أخبار دولية']
JM_CAPTION = 'صورة من الإنترنت'
JM_ALSO = {1: 'اقرأ أيضا:', 2: 'للاطلاع أيضا:'}
JM_RELATED = 'أخبار مرتبطة بهذا الحدث'
JM_MOST = 'الأكثر قراءة لدى زوارنا'
JM_LATEST = 'أحدث منشورات صدى الحوض'
JM_ARCHIVE = 'أرشيف الأخبار'
JM_COMMENTS = 'التعليقات'
JM_COMMENTERS = [('محمد الأمين', 'شكرا لكم على هذا النقل، وننتظر تفاصيل أكثر'),
                 ('اعل ولد أحمد', 'متابعة موفقة كعادتكم، واصلوا على هذا النهج')]
JM_FORM_HEAD = 'اكتب تعليقك'
JM_FORM = ['الاسم (إلزامي)', 'البريد الإلكتروني (لا يظهر للزوار)', 'موقعك على الإنترنت', 'أرسل التعليق']
JM_FORM_NOTE = 'بالضغط على زر الإرسال توافق على نشر اسمك مع التعليق.'
JM_CONTACT = 'للتواصل مع التحرير: الهاتف 36 20 51 45 — النعمة، موريتانيا'
JM_FOOTER = ['نسخة للطباعة', 'خريطة الموقع', 'تسجيل الدخول']
JM_FOOTER_EDIT = ['تسجيل الخروج', 'تعديل']
JM_COOKIE = 'يستعمل صدى الحوض ملفات تُحفظ في جهازك لتشغيل بعض خدماته وعدّ زواره.'
JM_COOKIE_BTNS = ['قبول الكل', 'إعدادات الخصوصية']
JM_UPDATE_END = 'تحديث بتاريخ {date}: أضاف محرر الموقع إلى الخبر ما استجد من تفاصيل.'
JM_UPDATE_TOP = 'حُيّن هذا الخبر يوم {date}'


def jm_date(t):
    """Jimdo's post date: day, month and year in three spans inside a <time> (the date alone)."""
    return (f'<time class="datetime dt-published" datetime="{t.date().isoformat()}"><span class="day">{t.day:02d}</span> '
            f'<span class="mon">{MR_MONTHS[t.month - 1]}</span> <span class="yr">{t.year}</span></time>')


def render_jimdo(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, most, latest = others[:3], others[3:8], others[8:11]
    pub = at(extra)
    odd = k % 2 == 1
    page_id = 2934817201 + 4409 * k
    upd, top, end = None, '', ''
    if k == 1:
        upd = later(pub, days=1, hours=3)
        end = JM_UPDATE_END.format(date=f'{ar_date(upd, MR_MONTHS, pad=True)} {hm(upd)}')
    elif k == 3:
        upd = later(pub, days=2, hours=1)
        top = JM_UPDATE_TOP.format(date=f'{DAYS[upd.weekday()]} {ar_date(upd, MR_MONTHS, pad=True)}')
    shown = f'{pub.day:02d} {MR_MONTHS[pub.month - 1]} {pub.year}'
    m = [3344000 + 100 * k]

    def module(cls, inner):
        m[0] += 1
        return f'<div id="cc-m-{m[0]}" class="j-module n j-{cls} ">{inner}</div>'
    ps = [f'<p>{lead_html(p, bold=not odd) if i == 0 else esc(p)}</p>' for i, p in enumerate(paras)]
    if k in JM_ALSO:
        ps.insert(2, f'<p><strong>{JM_ALSO[k]}</strong> <a href="/{pub.year}/{pub.month:02d}/{max(pub.day - 2, 1):02d}/also-{k}/" title="{esc(extra["also"])}">{esc(extra["also"])}</a></p>')
    blocks = []
    if top:
        blocks.append(module('text', f'<p><strong>{top}</strong></p>'))
    blocks.append(module('text', ''.join(ps[:2])))
    blocks.append(module('imageSubtitle', f'<figure class="cc-imagewrapper cc-m-image-align-3 cc-m-width-maxed"><img srcset="https://image.jimcdn.example/app/cms/image/transf/dimension=768x1024:format=jpg/path/s1a2b3c4/image/i{page_id}/version/1/image.jpg 768w" sizes="(min-width: 768px) 768px, 100vw" id="cc-m-imagesubtitle-image-{m[0] + 1}" src="https://image.jimcdn.example/app/cms/image/transf/dimension=768x1024:format=jpg/path/s1a2b3c4/image/i{page_id}/version/1/image.jpg" alt="" class="" data-src-width="1200" data-src-height="800" /><figcaption style="width: 768px" class="cc-figure-caption">{JM_CAPTION}</figcaption></figure>'))
    blocks.append(module('text', ''.join(ps[2:])))
    if end:
        blocks.append(module('text', f'<p><em>{end}</em></p>'))
    if not odd:
        blocks.append(module('hr', '<hr />'))
        blocks.append(module('header', f'<h2 class="" id="cc-m-header-{m[0] + 1}">{JM_RELATED}</h2>'))
        blocks.append(module('text', '<ul>' + ''.join(f'<li><a href="/{pub.year}/{pub.month:02d}/rel-{k}{i}/" title="{esc(t)}">{esc(t)}</a></li>' for i, t in enumerate(rel)) + '</ul>'))
    blocks.append(module('sharebuttons', '<div class="cc-sharebuttons-element cc-sharebuttons-size-32 cc-sharebuttons-style-colored cc-sharebuttons-design-round cc-sharebuttons-align-right">'
                         + ''.join(f'<a class="cc-sharebuttons-{n}" href="#" title="{n.capitalize()}" target="_blank"></a>' for n in ('facebook', 'x', 'whatsapp', 'mail')) + '</div>'))
    comments = ''
    if k in (0, 3):
        times = [later(pub, hours=6, minutes=14), later(pub, days=1, hours=2, minutes=50)]
        items = ''.join(f'<li id="commentEntry{i + 1}" class="commentstd clearover cc-m-comment-entry"><div class="com-meta"><strong>{esc(n)}</strong> <em>({DAYS[t.weekday()]}، {ar_date(t, MR_MONTHS, pad=True)} {hm(t)})</em></div><div class="com-text">{esc(c)}</div></li>'
                        for i, ((n, c), t) in enumerate(zip(JM_COMMENTERS, times)))
        comments = f'<h2 class="cc-comments-head">{JM_COMMENTS}: {len(JM_COMMENTERS)}</h2><ul class="com-list-noava">{items}</ul>'
    form = (f'<div class="commentform"><h3>{JM_FORM_HEAD}</h3><form action="/app/module/comment/" method="post" class="cc-comment-form"><input type="text" name="name" placeholder="{JM_FORM[0]}" /><input type="text" name="email" placeholder="{JM_FORM[1]}" />'
            f'<input type="text" name="url" placeholder="{JM_FORM[2]}" /><textarea name="text" rows="6"></textarea><p class="cc-comment-note">{JM_FORM_NOTE}</p><input type="submit" class="submit" value="{JM_FORM[3]}" /></form></div>')
    most_html = ''.join(f'<li><a href="/{pub.year}/most-{k}{i}/" title="{esc(t)}">{esc(t)}</a></li>' for i, t in enumerate(most))
    latest_days = [later(pub, days=1 + 2 * i, hours=4) for i in range(len(latest))]
    latest_html = ''.join(f'<div class="n j-blog-meta j-blog-post--header"><div class="j-text j-module n"><a href="/{d.year}/{d.month:02d}/{d.day:02d}/new-{k}{i}/" class="j-blog-headline-link"><h2 class="j-blog-header j-blog-headline j-blog-post--headline">{esc(t)}</h2></a></div><div class="j-blog-post--date">{jm_date(d)}</div></div>'
                          for i, (t, d) in enumerate(zip(latest, latest_days)))
    months = []
    y, mo = pub.year, pub.month
    for i in range(4):
        months.append(f'<li><a href="/{y}/{mo:02d}/">{MR_MONTHS[mo - 1]} {y}</a> ({17 + 5 * ((i + k) % 3)})</li>')
        y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)
    nav = ''.join(f'<li id="cc-nav-view-{1000 + i}" class="jmd-nav__list-item-0{" cc-nav-parent j-nav-parent jmd-nav__item--parent" if i == 3 else ""}"><a href="/{["", "wilaya", "national", "world", "about", "contact"][i]}/" data-link-title="{t}">{t}</a></li>' for i, t in enumerate(JM_NAV))
    jimdo_data = {'isTestserver': False, 'isLcJimdoCom': False, 'isJimdoHelpCenter': False, 'isProtectedPage': False,
                  'cstok': f'{page_id:x}c0ffee', 'cacheJsKey': '8e3b1c77d0f24a9b', 'cacheCssKey': '8e3b1c77d0f24a9b',
                  'cdnUrl': 'https://assets.jimstatic.example/', 'minUrl': 'https://assets.jimstatic.example/app/cdn/min/file/',
                  'authUrl': 'https://account.e.jimdo.example/', 'webPath': f'{JM_HOST}/', 'appUrl': 'https://a.jimdo.example/',
                  'cmsLanguage': 'ar_EG', 'isFreePackage': False, 'mobile': False, 'isDevkitTemplateUsed': True,
                  'isTemplateResponsive': True, 'websiteId': 's1a2b3c4d5e6f7a8', 'pageId': page_id, 'packageId': 2,
                  'shop': {'deliveryTimeTexts': {}, 'checkoutButtonText': '', 'isReady': False, 'currencyFormat': {}, 'currencyLocale': 'ar_MR'},
                  'tr': {'gmap': {}, 'shop': {}, 'common': {'cancel': 'إلغاء', 'ok': 'موافق'}}, 'jQuery': 'jimdoGen002',
                  'isJimdoMobileApp': False, 'bgConfig': None, 'bgFullscreen': None, 'responsiveBreakpointLandscape': 767,
                  'responsiveBreakpointPortrait': 480, 'copyableHeadlineLinks': False}
    page = f'''<!DOCTYPE html>
<html lang="ar-MR" dir="rtl" class="cc-direction-rtl">
<head>
    <meta http-equiv="content-type" content="text/html; charset=utf-8"/>
    <title>{esc(title)} - {JM_SITE}</title>
    <meta name="description" content="{esc(lead_text(paras[0], 20))}"/>
    <meta name="robots" content="index, follow, archive"/>
    <meta property="st:section" content="{esc(lead_text(paras[0], 20))}"/>
    <meta name="generator" content="Jimdo Creator"/>
    <meta name="twitter:title" content="{esc(title)}"/>
    <meta name="twitter:card" content="summary_large_image"/>
    <meta property="og:url" content="{JM_HOST}/{pub.year}/{pub.month:02d}/{pub.day:02d}/{slug}/"/>
    <meta property="og:title" content="{esc(title)}"/>
    <meta property="og:type" content="article"/>
    <meta property="og:locale" content="ar_EG"/>
    <meta property="og:site_name" content="{JM_SITE}"/>
    <meta name="viewport" content="width=device-width, initial-scale=1"/>
    <link rel="canonical" href="{JM_HOST}/{pub.year}/{pub.month:02d}/{pub.day:02d}/{slug}/"/>
    <link rel="alternate" type="application/rss+xml" title="Blog" href="{JM_HOST}/rss/blog"/>
    <link rel="stylesheet" type="text/css" href="https://assets.jimstatic.example/app/cdn/min/group/web.css?t=1693912145" media="all"/>
    <script type="text/javascript">var jimdoData = {json.dumps(jimdo_data, ensure_ascii=False)};</script>
    <script type="text/javascript" src="https://assets.jimstatic.example/app/cdn/min/group/head.js?t=1693912145" crossorigin="anonymous"></script>
</head>
<body class="body cc-page cc-page-blog j-m-gallery-styles j-m-video-styles j-m-hr-styles j-m-header-styles j-m-text-styles j-m-imageSubtitle-styles j-m-blogSelection-styles j-m-comment-styles j-m-sharebuttons-styles j-footer-styles cc-pagemode-default cc-content-parent" id="page-{page_id}">
<div id="cc-inner" class="cc-content-parent">
<div class="jtpl-main cc-content-parent">
  <header class="jtpl-header"><div class="jtpl-header__inner">
    <div class="jtpl-title"><div id="cc-website-title" class="cc-single-module-element"><div id="cc-m-1001" class="j-module n j-header"><a href="{JM_HOST}/"><span class="cc-within-single-module-element j-website-title-content" id="cc-m-header-1001">{JM_SITE}</span></a></div></div></div>
    <div class="jtpl-subtitle"><div id="cc-m-1002" class="j-module n j-text "><p>{JM_TAGLINE}</p></div></div>
  </div></header>
  <nav class="jtpl-navigation"><div data-container="navigation"><div class="j-nav-variant-nested"><ul class="cc-nav-level-0 j-nav-level-0">{nav}</ul></div></div></nav>
  <div class="jtpl-section cc-content-parent"><div class="jtpl-content content-options cc-content-parent"><div id="content_area" data-container="content">
    <div id="content_start"></div>
    <article class="j-blog" itemscope itemtype="https://schema.org/BlogPosting"><div class="n j-blog-meta j-blog-post--header">
      <div class="j-text j-module n"><a href="{JM_HOST}/{pub.year}/{pub.month:02d}/{pub.day:02d}/{slug}/" class="j-blog-headline-link"><h1 class="j-blog-header j-blog-headline j-blog-post--headline" itemprop="headline">{esc(title)}</h1></a></div>
      <div class="j-blog-post--tags-wrapper"><div class="j-blog-post--tags"><ul>{''.join(f'<li><a class="j-blog-post--tag" href="{JM_HOST}/blog/?tag={i}">{t}</a></li>' for i, t in enumerate(JM_TAGS))}</ul></div></div>
      <div class="j-blog-post--date">{jm_date(pub)}</div>
    </div>
    <div class="post j-blog-content"><div id="cc-matrix-{page_id % 100000}">{''.join(blocks)}</div></div>
    <div class="j-blog-comments" id="commentsModule{page_id % 100000}">{comments}{form}</div>
    </article>
  </div></div>
  <aside class="jtpl-sidebar"><div data-container="sidebar"><div id="cc-matrix-sidebar" class="cc-m-all">
    {module('header', f'<h2 class="" id="cc-m-header-s1">{JM_MOST}</h2>')}
    {module('text', f'<ol>{most_html}</ol>')}
    {module('header', f'<h2 class="" id="cc-m-header-s2">{JM_LATEST}</h2>')}
    {module('blogSelection', f'<div class="blogselection">{latest_html}</div>')}
    {module('header', f'<h2 class="" id="cc-m-header-s3">{JM_ARCHIVE}</h2>')}
    {module('text', f'<ul>{"".join(months)}</ul>')}
    {module('text', f'<p>{JM_CONTACT}</p>')}
  </div></div></aside>
  </div>
  <footer class="jtpl-footer"><div id="contentfooter" data-container="footer"><div class="leftrow"><a rel="nofollow" href="javascript:window.print();"><span class="print-link"></span>{JM_FOOTER[0]}</a> | <a href="/sitemap/" rel="nofollow">{JM_FOOTER[1]}</a></div>
    <div class="rightrow"><span class="loggedout"><a rel="nofollow" id="login" href="/login">{JM_FOOTER[2]}</a></span> <span class="loggedin" style="display: none"><a rel="nofollow" id="logout" target="_top" href="https://cms.e.jimdo.example/app/cms/logout.php">{JM_FOOTER_EDIT[0]}</a> | <a rel="nofollow" id="edit" target="_top" href="https://a.jimdo.example/app/auth/signin/jumpcms/?page={page_id}">{JM_FOOTER_EDIT[1]}</a></span></div></div></footer>
</div>
<div class="cc-individual-cookie-settings" id="cc-individual-cookie-settings" data-nosnippet="true"><div class="cc-cookie-banner"><p class="cc-cookie-banner__text">{JM_COOKIE}</p><div class="cc-cookie-banner__buttons"><button type="button" class="cc-cookie-banner__accept">{JM_COOKIE_BTNS[0]}</button><button type="button" class="cc-cookie-banner__settings">{JM_COOKIE_BTNS[1]}</button></div></div></div>
</div>
<script type="text/javascript" src="https://assets.jimstatic.example/app/cdn/min/group/web.js?t=1693912145" crossorigin="anonymous"></script>
</body>
</html>'''
    without = [JM_TAGLINE, JM_CAPTION, JM_MOST, JM_LATEST, JM_ARCHIVE, JM_CONTACT, JM_COOKIE, JM_FORM_HEAD, JM_FORM_NOTE,
               JM_FOOTER[0], JM_NAV[1], shown] + latest + most[:2] + \
        (rel[:2] + [JM_RELATED] if not odd else []) + ([c for _, c in JM_COMMENTERS] if comments else []) + \
        ([end] if end else []) + ([top] if top else [])
    read_also = [extra['also']] if k in JM_ALSO else []
    return page, title, read_also, (rel if not odd else []) + most, without, upd_of(upd.date() if upd else None)


RENDER = {'xenforo': render_xenforo, 'telegraph': render_telegraph, 'notion': render_notion, 'dnn': render_dnn,
          'plone': render_plone, 'tilda': render_tilda, 'jimdo': render_jimdo}


render = renderer(RENDER, 'templates_set17.py', 17)


# --- the corpus and the driver ----------------------------------------------------------------------------
# The CNN Arabic files that a segmenter label named when the set was written, and the ones the development set
# ../shared/eval/dev labels, frozen so that later labels do not shift the set's articles.
SEGMENTER_NAMED = frozenset((
    'nahla_cnnarabic_00064.txt', 'nahla_cnnarabic_00180.txt', 'nahla_cnnarabic_00215.txt', 'nahla_cnnarabic_00244.txt',
    'nahla_cnnarabic_00597.txt', 'nahla_cnnarabic_00635.txt', 'nahla_cnnarabic_00705.txt'))
DEV_NAMED = frozenset(('nahla_cnnarabic_00476.txt', 'nahla_cnnarabic_00502.txt'))
PARAGRAPH_WORDS = 12
# Traces of an embedded social post (a tweet's link, a URL, a handle, a hashtag, an emoji): the article stops there.
SOCIAL = re.compile(r'pic\.twitter|https?:|www\.|@\w|#\w|[\U0001F300-\U0001FAFF\u2600-\u27BF]')


def usable_title(title):
    return 3 <= len(title.split()) <= 20 and not any(m in title for m in MARKERS)


def records(corpus):
    """Every file CORPUS/nahla-scraper/split/nahla_cnnarabic_*.txt in sorted name order, the files that a segmenter
    or development label names left out, as dicts: name, folder (the source), title (the first non-blank line),
    lines (the other non-blank lines, spaces squeezed), dup (a later file with the title of an earlier one)."""
    root = os.path.join(corpus, CORPUS_FOLDER)
    out, seen = [], set()
    for f in sorted(glob.glob(os.path.join(root, f'nahla_{SOURCE}_*.txt'))):
        base = os.path.basename(f)
        if base in SEGMENTER_NAMED or base in DEV_NAMED:
            continue
        with open(f, encoding='utf-8') as fh:
            lines = [' '.join(line.split()) for line in fh.read().split('\n') if line.strip()]
        title = lines[0] if lines else ''
        out.append({'name': f'{CORPUS_FOLDER}/{base}', 'folder': SOURCE, 'title': title, 'lines': lines[1:],
                    'dup': title in seen})
        seen.add(title)
    return out


def paragraphs(rec):
    """The record's paragraphs: its lines of 12 words or more, in order, up to a line with a social post's trace
    or one that repeats an earlier paragraph."""
    out = []
    for line in rec['lines']:
        if len(line.split()) < PARAGRAPH_WORDS:
            continue
        if SOCIAL.search(line) or line in out:
            break
        out.append(line)
    return out


def article_of(rec):
    """(name, title, paragraphs) when the record is an article (see the docstring), else None."""
    lines = rec['lines']
    if rec['dup'] or not usable_title(rec['title']) or not lines or any(m in line for line in lines for m in MARKERS):
        return None
    if len(lines[0].split()) < PARAGRAPH_WORDS or not split_dateline(lines[0])[0]:
        return None
    if sum(1 for line in lines if len(line.split()) < PARAGRAPH_WORDS) > 2:
        return None
    paras = paragraphs(rec)
    if len(paras) < 3:
        return None
    return rec['name'], rec['title'], paras[:8]


def following(recs, at_, title, n):
    """The titles of the n records after recs[at_] (wrapping around) that are usable headlines, without `title`
    (each title once)."""
    out = []
    for j in range(1, len(recs)):
        t = recs[(at_ + j) % len(recs)]['title']
        if usable_title(t) and t != title and t not in out:
            out.append(t)
            if len(out) == n:
                break
    return out


def pick_articles(recs, need):
    """`need` (index, article) pairs in order (templates_set12.pick_articles with the one source)."""
    return shared_pick_articles(recs, need, article_of, 'templates_set17', CORPUS_FOLDER)


def page_time(n, kind, k):
    """Page n's local publication time: a day of 2019-2024 and a time of day from 07:00 to 22:59 drawn from a
    generator seeded by n, in the kind's zone; the pages of AFTER_MIDNIGHT keep the day and take their hour."""
    rng = random.Random(f'templates_set17 page {n}')
    day = datetime.date(2019, 1, 1) + datetime.timedelta(days=rng.randrange(2192))
    hour, minute = rng.randrange(7, 23), rng.randrange(60)
    hour, minute = AFTER_MIDNIGHT.get((kind, k), (hour, minute))
    return datetime.datetime.combine(day, datetime.time(hour, minute), zone(kind))


def main(argv=None):
    args = set_arguments(__doc__, 'templates_set17', KINDS, RENDER, CORPUS_FOLDER, argv)
    kinds = args.kinds
    recs = records(args.corpus)
    # Pages are counted over the whole set (kinds in KINDS order), so that --kinds picks the same articles.
    chosen = pick_articles(recs, args.per_kind * len(KINDS))
    rng = random.Random(20261218)
    bad = 0
    written = 0
    for n, kind in enumerate(k for k in KINDS for _ in range(args.per_kind)):
        k = n % args.per_kind
        at_, art = chosen[n]
        heads = following(recs, at_, art[1], 20)
        others = heads[:11]
        rng.shuffle(others)
        if kind not in kinds:
            continue
        local = page_time(n, kind, k)
        extra = {'at': local, 'also': heads[11], 'also2': heads[12], 'more': heads[13:]}
        name = f'{kind}-{k}'
        page, label, encoding = render(kind, art, others, extra, local.date().isoformat(), name, k)
        # A lead's CNN dateline is metadata, not the paragraph's opening (the development set's convention).
        label['body_with'] = [opening(split_dateline(p)[1] if i == 0 else p) for i, p in enumerate(art[2])]
        bad += write_page(args.out, name, page, label, encoding, art[2], 'templates_set17')
        written += 1
    print(f'{written} pages in {args.out}' + (f', {bad} problems' if bad else ''))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
