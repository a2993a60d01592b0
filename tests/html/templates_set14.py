#!/usr/bin/env python3
"""Sealed HTML template set 14 (issue 14): seven more kinds of Arabic news pages, labelled by construction.

Written by a helper who did not change the HTML extractor's rules, did not read them (src/, include/,
data/markers.txt), and never ran akhbar on these pages: their first score, taken once after the session's rules
are merged, measures the rules on templates nobody looked at while writing them. None of these kinds is in
make_templates.py or templates_set5..13.py, and every chrome sentence is new wording (no chrome constant of the
earlier sets is imported; the wording was checked automatically against the earlier sets' files: no run of three
words or more of a string of this file, docstrings aside, appears in their string constants). The articles are
Al Arabiya's and BBC Arabic's stories (the antcorpus multi-source folders), each dated by its own record, so the
pages' dates run through 2018; every kind has its own time zone (the record's time made local; London's GMT or
BST for the broadcaster). The kinds vary where the dates come from (Joomla's microdata <time itemprop> with a
creation date that is not the publication's, a <time datetime="YYYY-MM-DD"> with both month names beside a UTC
JSON-LD and a state blob in epoch milliseconds, a Nuxt payload in UTC beside a relative visible time, GitHub's
<relative-time> element with its fallback text and Open Graph article times, Webflow's English date formats with
"MM/DD/YYYY", Sitefinity's .NET formats, ExpressionEngine's entry and edit dates with the Algerian month names;
and dates that are not the article's: a draft's creation, the dates of related promos, of later news, of readers'
comments, of coming events, of the site's last publication, an archive's months) and how the related list is
shaped (Joomla's related-items module in the sidebar or under the article, a region that mixes topic links with
story promos, a numbered most-read box in Arabic-Indic digits, light-DOM items slotted into a web component, a
Webflow collection list of cards, a sidebar list with dates), and each carries lists that look related but are
not (the latest additions, top stories, trending, most commented this week, coming events, a site's latest,
later news, previous and next entries, sponsored banners).

  cassiopeia  a Joomla 4 site with the default Cassiopeia template (a Libyan news site, +02:00): the
              joomla-script-options JSON, mod-menu and mod-finder search, breadcrumbs "موقعك الحالي:", the article
              in com-content-article with schema.org microdata only (no JSON-LD, no meta date): <h1
              itemprop="headline">, the article-info <dl> (a "بيانات المقال" <dt>, author, category, the date in
              <time datetime=...+02:00 itemprop=...>, hits with an interactionCount <meta>); even pages "تاريخ
              النشر: 2 مارس 2018" (datePublished) except page 2, which shows only "تاريخ الإنشاء:" (dateCreated:
              the article's only date); odd pages the long format with the weekday and clock, page 1 also a
              creation date the evening before (a draft's date: not the article's), and an "عُدّل آخر مرة:" line
              (dateModified, the updated date: 1 day 2 h later on page 1, 4 h 50 later on page 3); TinyMCE
              paragraphs, an inline "اقرأ أيضاً:" paragraph after the second on even pages (read-also), tags, the
              page navigation whose previous and next titles sit in visually-hidden spans (not related);
              mod_related_items "مقالات ذات علاقة" in the right sidebar, on page 3 under the article (related),
              mod_articles_popular "الأكثر قراءة" (related, a most-read box), the latest module "أُضيف حديثاً إلى
              المنبر", a banner (sponsored) and a follow line (not related)
  simorgh     an international broadcaster's Arabic service on a Simorgh-like React front end (London time):
              emotion class names, a skip link, the h1 in a headline-block, a byline section on even pages, the
              timestamp-block's <time datetime="YYYY-MM-DD"> with both month names ("19 أبريل/ نيسان 2018"),
              on odd pages a second "آخر تحديث:" <time> (the updated date: the next day on page 1, the same day
              on page 3); every paragraph in its own <div data-component="text-block">, an image-block with
              visually-hidden "صدر الصورة،" and "التعليق على الصورة،" before its credit and caption, on even
              pages a links-block "قد يهمك أيضاً" of two links after the third paragraph (read-also); a
              ReportageNewsArticle JSON-LD in UTC with milliseconds (dateModified equal to datePublished on even
              pages) and window.SIMORGH_DATA with the text and epoch-millisecond times; page 2 is published at
              00:35 British Summer Time, the day before in UTC (the label keeps London's date); the record's
              abstract, where it is a sentence of its own, as the description; "موضوعات ذات صلة": topic links
              (not labelled related; body_without where they are not words of the text) then story promos
              with their own earlier dates (related), "الأكثر قراءة" numbered in Arabic-Indic digits (related),
              "أهم ما تنشره الأثير اليوم" (top stories: not related), a podcast promo, the footer's links, a
              copyright line and a note on external links
  nuxtapp     the shared web view of an Egyptian news app (Nuxt 3, +02:00): no menu, data-v-* attributes, a
              smart app banner with "افتح في التطبيق", a category chip and desk line, the h1; page 0 "السبت 29
              سبتمبر 2018 - 05:07 ص" (weekday, month, 12-hour clock), page 2 a relative "منذ 3 ساعات" in a
              <time datetime=...+02:00> at 01:10 local while the payload's publishedAt is in UTC, the day before
              (the label keeps the local date), odd pages "d/m/yyyy HH:MM" and a "تم التعديل" line (the updated
              date: 4 h 14 later on page 1, the next day on page 3); an inline "طالع كذلك" card after the second
              paragraph on odd pages (read-also), reactions with counts, a share button; "أخبار متعلقة" mini
              cards (related), "رائج على مرسال الآن" ranked "#1".. (trending: not related), store links; the
              state in <script type="application/json" id="__NUXT_DATA__"> (devalue's flat array with
              ShallowReactive wrappers: the story's paragraphs, UTC times, related and trending) and
              window.__NUXT__.config
  lit         a Saudi digital outlet built of web components rendered on the server by Lit (+03:00): custom
              elements (mj-shell, mj-header, mj-article, mj-rail, mj-footer), each with a declarative shadow root
              (<template shadowrootmode="open">) holding its styles, layout and <slot>s, and the content in the
              light DOM, slotted into them (a browser renders it through the slots); the components' own words
              (tool buttons, the menu button) exist only inside the templates (shown by a browser, not labelled:
              check() skips <template>); lit-part comments, a ticker of the latest stories in the header (not
              related), kicker, h1 slot="headline", byline, a <relative-time datetime=...+03:00> whose text is
              the absolute fallback date; even pages: article:published_time and article:modified_time (equal on
              page 0; on page 2 modified 1 day 5 h later, the updated date, declared only there); odd pages: no
              meta date, pages 1 and 3 published after midnight local (the day before in UTC), page 1 with a
              "حُدّثت القصة:" <relative-time> 1 day 2 h 15 later (the updated date); a figure with caption, an
              "إقرأ كذلك:" aside after the second paragraph on even pages (read-also); rails "تقارير مرتبطة"
              (related), "الأكثر تعليقاً هذا الأسبوع" with comment counts (not related), "ملتقيات قادمة" (coming
              events dated 6 and 11 days after the article: not its date)
  webflow     a Qatari magazine on Webflow's CMS (+03:00): the "created in Webflow" and "Last Published" comments
              (the site's last publication in October 2018, not the article's date), data-wf-* attributes, w-nav
              with its menu button, an <article> whose <header> holds the category tag, h1.post-title and, where
              the record's abstract is a sentence of its own (pages 0, 2, 3), an <h2 class="post-summary"> deck
              (not the title; not labelled), author, date and reading time; the date in Webflow's English
              formats: "May 2, 2018" (page 0), "Aug 30, 2018" with a BlogPosting JSON-LD of a bare date in a
              w-embed (page 2), "MM/DD/YYYY" on odd pages (05/11/2018 and 10/03/2018: read day first they are
              other dates) with an "آخر تحديث:" line in the same format (the updated date: the next day on page
              1, the same day with an English 12-hour clock on page 3); the w-richtext body with a figure, an
              inline "طالع أيضاً:" line after the first paragraph on odd pages (read-also), a share row;
              "مقالات مشابهة" collection list of cards (thumbnail link, category, title link, English date;
              related), "جديد سدرة" (latest: not related), a newsletter form with Webflow's success and failure
              messages in the DOM, footer
  sitefinity  a Gulf public broadcaster's news portal on Sitefinity 10 (+04:00): generator meta, sf_cols/
              sf_colsOut/sf_colsIn layout, a RadMenu, language switch and accessibility tools, breadcrumb, the
              classic news widget (sfnewsDetails, h1.sfnewsTitle, sfnewsAuthorAndDate, the first paragraph as
              sfnewsSummary text without <p>, the rest in sfnewsContent; page 2 has no summary); the date only
              visible, in four .NET formats ("11 أبريل 2018", "24/04/2018 04:13 ص", "الخميس، 15 فبراير 2018",
              "فبراير 25, 2018"), on odd pages "تاريخ التحديث: dd/mm/yyyy" (the updated date: the next day on page
              1, the same day on page 3), no meta or JSON-LD date; a photo credit, a link to download the photos
              (an attachment: not read-also), a back link, an inline "للاطلاع أيضاً:" line on even pages
              (read-also); "أخبار مرتبطة بالموضوع" with earlier dates (related), "آخر الأخبار" dated one to three
              days after the article (later news: not related, not its date), a happiness meter, an apps line
  eecms       an Algerian regional daily on ExpressionEngine (+01:00): index.php URLs, slogan and weather strip,
              h1.entry-title, an entry-meta line with "بقلم:" and, on even pages, "الثلاثاء 8 ماي 2018 - 01:10"
              (Algerian month names), on odd pages "dd/mm/yyyy HH:MM" and an "آخر تعديل:" edit date (the updated
              date: 2 days 3 h later on page 1, 1 h 35 later on page 3); the text field formatted "Auto <br />":
              the whole text in one div.entry-body, its paragraphs separated only by <br />s, on even pages with
              an inline "<b>اقرأ أيضاً:</b> <a>" line between the second and third paragraphs in the same run
              (read-also); categories, "مقالات لها صلة" (related), previous and next entries with their titles
              (not related), readers' comments with names, towns and dates one to three days after the article
              (not the article), the comment form with its hidden ACT and csrf_token fields and its rules;
              "الأكثر مطالعة" (related, a most-read box), "جديد الصدى اليوم" (latest: not related), a monthly
              archive with counts, a "إشهار" sponsored link, the footer's "page rendered in" line

Labels (the format of tests/html/labels): title (the <h1>), published (the local date in the kind's time zone),
updated (the local date, where the page shows or declares an update of the article), body_with = the opening of
each paragraph, body_without = visible chrome texts and other stories' headlines, read_also, related (headed
related and most-read lists only).

Articles: not make_templates.articles() (SaudiNewsNet), ant-jawharafm (set 12) nor France24 and SkyNews (set 13),
but the TREC records of CORPUS/ant-multisource/Alarabia/*/*.txt and CORPUS/ant-multisource/BBC/*/*.txt (one <DOC>
a file). Every file that a label in tests/segmenter/labels/*.json named in its "file" value when the set was
written is left out (matched by file name; SEGMENTER_NAMED, frozen, so that later labels do not shift the set). A
record is an article when its <TITLE> has 3 to 20 words, its <TIME> parses (an RFC 2822 time, "+0400" for Al
Arabiya, "GMT" for the BBC), its <TEXT> has at least 3 lines of 12 words or more (its paragraphs, up to 8) and
neither the title nor any line of the text holds "اقرأ", "إقرأ" or "للمزيد". The eleven folders are taken in sorted
path order (Alarabia/culture, economy, internationalNews, sport, technology, then BBC/culture, economy,
internationalNews, middleEast, sport, technology), each folder's files in sorted order; page n (counted over the
whole set, kinds in the order above) takes the next article of folder n mod 11, or of the next folder that still
has one. The page's dates come from the record's <TIME> made local in the kind's time zone: the label's published
date is that local date, and the page's times are the record's local time except simorgh-2 (00:35) and nuxtapp-2
(01:10), for their UTC traps. Other stories' headlines (related, latest and the like) are the titles of the
records that follow the page's article in sorted path order over all the files, wrapping around (any record whose
title has 3 to 20 words and no such marker, the left-out files and the article's own title excepted): the first 11
shuffled, then the rest in order.

Usage: templates_set14.py OUT_DIR [--corpus DIR] [--per-kind 4] [--kinds a,b]
writes OUT_DIR/pages/KIND-N.html and OUT_DIR/labels/KIND-N.json, checks every labelled text against the
page's visible text with templates_set5's check(), checks with templates_set9's link check that every
read-also and related title is the whole text of a link and that each label has the keys and types
../shared/eval/score.py reads, and with templates_set10's balance check that every non-void element is closed
in order (templates_set10.renderer() runs those two); fails if any check does. The pages' text was also
compared with headless Chromium's innerText once while writing them (every labelled text is in it, the
web-component pages' slotted text included).
"""
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
# Helpers and calendar data only; no chrome sentence of the earlier sets.
from templates_set5 import DAYS, GULF_MONTHS, LEVANT_MONTHS, esc, fold  # noqa: E402
from templates_set10 import renderer  # noqa: E402
from templates_set12 import (  # noqa: E402
    set_arguments, DZ_MONTHS, at, dz_date, epoch_ms, gulf_date, hm, indic, iso_local, iso_ms_z, moved, opening_words,
    pick_articles as shared_pick_articles, trec_records, write_page,
)

KINDS = ('cassiopeia', 'simorgh', 'nuxtapp', 'lit', 'webflow', 'sitefinity', 'eecms')
TZ_HOURS = {'cassiopeia': 2, 'simorgh': None, 'nuxtapp': 2, 'lit': 3, 'webflow': 3, 'sitefinity': 4, 'eecms': 1}
CORPUS_FOLDER = 'ant-multisource'
SOURCES = ('Alarabia', 'BBC')
MARKERS = ('اقرأ', 'إقرأ', 'للمزيد')
EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
             'November', 'December']
# The record's folder as each site's section name.
CAT_AR = {'culture': 'ثقافة', 'economy': 'اقتصاد', 'internationalNews': 'العالم', 'middleEast': 'الشرق الأوسط',
          'sport': 'رياضة', 'technology': 'تكنولوجيا'}


def dual_date(day):
    """The broadcaster's date: both month names, '18 فبراير/ شباط 2018'."""
    return f'{day.day} {GULF_MONTHS[day.month - 1]}/ {LEVANT_MONTHS[day.month - 1]} {day.year}'


def clock12(t):
    h = t.hour % 12 or 12
    return f'{h:02d}:{t.minute:02d} {"م" if t.hour >= 12 else "ص"}'


def london(utc):
    """A UTC time in London's zone: GMT, or BST (+01:00) from the last Sunday of March to the last Sunday of
    October, 01:00 UTC both."""
    def last_sunday(month):
        d = datetime.date(utc.year, month, 31)
        while d.weekday() != 6:
            d -= datetime.timedelta(days=1)
        return datetime.datetime(d.year, d.month, d.day, 1, tzinfo=datetime.timezone.utc)
    bst = last_sunday(3) <= utc < last_sunday(10)
    return utc.astimezone(datetime.timezone(datetime.timedelta(hours=1 if bst else 0)))


def local_time(kind, utc):
    if TZ_HOURS[kind] is None:
        return london(utc)
    return utc.astimezone(datetime.timezone(datetime.timedelta(hours=TZ_HOURS[kind])))


def outside(items, paras):
    """The short chrome items (tags, topics) whose text is not inside the article's paragraphs."""
    article = ' ' + ' | '.join(fold(p) for p in paras) + ' '
    return [t for t in items if ' ' + fold(t) + ' ' not in article]


def script_json(value):
    """JSON for inside a <script>, with '<' escaped as the frameworks write it."""
    return json.dumps(value, ensure_ascii=False, separators=(',', ':')).replace('<', '\\u003c')


# --- cassiopeia: a Joomla 4 site with the Cassiopeia template ---------------------------------------------
JM_SITE = 'منبر طرابلس'
JM_HOST = 'https://minbar-tripoli.example'
JM_TAGLINE = 'نافذتك على ما يجري في ليبيا وحولها، بأقلام مراسلين من الشرق والغرب والجنوب'
JM_MENU = ['الرئيسية', 'الشأن الليبي', 'المغرب العربي', 'دولي', 'اقتصاد', 'رياضة', 'منوعات', 'راسل المنبر']
JM_FIND = 'ابحث في المنبر'
JM_HERE = 'موقعك الحالي:'
JM_DETAILS = 'بيانات المقال'
JM_BY = 'الكاتب:'
JM_CATEGORY = 'التصنيف:'
JM_PUBLISHED = 'تاريخ النشر:'
JM_CREATED = 'تاريخ الإنشاء:'
JM_MODIFIED = 'عُدّل آخر مرة:'
JM_HITS = 'مرات القراءة:'
JM_AUTHORS = ['محمد الورفلي', 'سالمة الزوي', 'عبدالسلام بن سعد', 'هدى الترهوني']
JM_ALSO = 'اقرأ أيضاً:'
JM_TAG_WORDS = ['تقارير المنبر', 'متابعة خاصة', 'ملفات دولية', 'من الأرشيف']
JM_PREV, JM_NEXT = 'السابق', 'التالي'
JM_PREV_HIDDEN, JM_NEXT_HIDDEN = 'المادة السابقة:', 'المادة التالية:'
JM_RELATED = 'مقالات ذات علاقة'
JM_POPULAR = 'الأكثر قراءة'
JM_LATEST = 'أُضيف حديثاً إلى المنبر'
JM_ADS = 'مساحة إعلانية'
JM_BANNER = 'شحن يومي للطرود بين طرابلس وبنغازي ومصراتة بأسعار ثابتة طوال العام'
JM_FOLLOW = 'تابعوا المنبر على فيسبوك وتيليغرام وانضموا إلى أكثر من مئة ألف متابع'
JM_FOOTER = 'مواد منبر طرابلس محفوظة لأصحابها، ويُرجى ذكر المصدر عند الاقتباس'
JM_TOP = 'عودة إلى رأس الصفحة'


def jm_date(t, long):
    """Joomla's DATE_FORMAT_LC3 ('18 فبراير 2018') or LC2 with the weekday and clock."""
    if long:
        return f'{DAYS[t.weekday()]}، {gulf_date(t.date())} {hm(t)}'
    return gulf_date(t.date())


def render_cassiopeia(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, most, latest = others[:4], others[4:8], others[8:11]
    prev_next = extra['more'][:2]
    odd = k % 2 == 1
    pub = at(extra)
    aid = 7310 + 53 * k
    section = CAT_AR.get(extra['cat'], 'منوعات')
    author = JM_AUTHORS[k % 4]
    hits = 412 + 389 * k
    base = f'{JM_HOST}/index.php/news/{aid}-{slug}'
    info = [f'<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">'
            f'<span class="icon-user icon-fw" aria-hidden="true"></span>\n{JM_BY} <span itemprop="name">{author}</span>\n</dd>',
            f'<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>\n{JM_CATEGORY} '
            f'<a href="{JM_HOST}/index.php/news/c{k}" itemprop="genre">{section}</a>\n</dd>']
    lines, upd_day = [], None
    if k == 2:  # only the creation date shown (show_publish_date off): it is the article's date
        line = f'{JM_CREATED} {jm_date(pub, False)}'
        info.append(f'<dd class="create"><span class="icon-calendar icon-fw" aria-hidden="true"></span>\n'
                    f'<time datetime="{iso_local(pub)}" itemprop="dateCreated">\n{line}</time>\n</dd>')
        lines.append(line)
    else:
        line = f'{JM_PUBLISHED} {jm_date(pub, odd)}'
        info.append(f'<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span>\n'
                    f'<time datetime="{iso_local(pub)}" itemprop="datePublished">\n{line}</time>\n</dd>')
        lines.append(line)
    if k == 1:  # saved as a draft the evening before it was published
        created = datetime.datetime.combine(day - datetime.timedelta(days=1), datetime.time(21, 40), pub.tzinfo)
        line = f'{JM_CREATED} {jm_date(created, True)}'
        info.append(f'<dd class="create"><span class="icon-calendar icon-fw" aria-hidden="true"></span>\n'
                    f'<time datetime="{iso_local(created)}" itemprop="dateCreated">\n{line}</time>\n</dd>')
        lines.append(line)
    if odd:
        upd = pub + (datetime.timedelta(days=1, hours=2) if k == 1 else datetime.timedelta(hours=4, minutes=50))
        upd_day = upd.date()
        line = f'{JM_MODIFIED} {jm_date(upd, True)}'
        info.append(f'<dd class="modified"><span class="icon-calendar icon-fw" aria-hidden="true"></span>\n'
                    f'<time datetime="{iso_local(upd)}" itemprop="dateModified">\n{line}</time>\n</dd>')
        lines.append(line)
    info.append(f'<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span>\n'
                f'<meta itemprop="interactionCount" content="UserPageVisits:{hits}">\n{JM_HITS} {hits}\n</dd>')
    body = []
    for i, p in enumerate(paras):
        body.append(f'<p style="text-align: justify;">{esc(p)}</p>')
        if i == 1 and not odd:
            body.append(f'<p style="text-align: justify;"><strong>{JM_ALSO}</strong> '
                        f'<a href="{JM_HOST}/index.php/news/{aid - 61}-also">{esc(extra["also"])}</a></p>')
    tags = outside(JM_TAG_WORDS[k % 2:k % 2 + 3], paras)
    tag_html = ''.join(f'<li class="list-inline-item tag-{i + 3} tag-list{i}" itemprop="keywords">'
                       f'<a href="{JM_HOST}/index.php/component/tags/tag/t{i + 3}" class="btn btn-sm btn-info">{t}</a></li>\n'
                       for i, t in enumerate(tags))
    menu = ''.join(f'<li class="nav-item item-{101 + i}{" current active" if i == 0 else ""}">'
                   f'<a href="{JM_HOST}/index.php/m{i}">{t}</a></li>\n' for i, t in enumerate(JM_MENU))
    related_mod = (f'<div class="moduletable {"main-bottom card" if k == 3 else "sidebar-right card"}">\n'
                   f'<h3 class="card-header">{JM_RELATED}</h3>\n<div class="card-body">\n'
                   f'<ul class="mod-relateditems relateditems mod-list">\n' +
                   ''.join(f'<li><a href="{JM_HOST}/index.php/news/{aid - 200 - 7 * i}-r">{esc(t)}</a></li>\n'
                           for i, t in enumerate(rel)) + '</ul>\n</div>\n</div>')
    popular = ''.join(f'<li itemscope itemtype="https://schema.org/Article"><a href="{JM_HOST}/index.php/news/{aid - 900 - i}-p" itemprop="url">'
                      f'<span itemprop="name">{esc(t)}</span></a></li>\n' for i, t in enumerate(most))
    latest_html = ''.join(f'<li itemscope itemtype="https://schema.org/Article"><a href="{JM_HOST}/index.php/news/{aid + 10 + i}-l" itemprop="url">'
                          f'<span itemprop="name">{esc(t)}</span></a></li>\n' for i, t in enumerate(latest))
    page = f'''<!DOCTYPE html>
<html lang="ar-aa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="author" content="{author}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{esc(opening_words(paras[0], 22))}">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(title)} - {JM_SITE}</title>
<link href="/media/templates/site/cassiopeia/images/joomla-favicon.svg" rel="icon" type="image/svg+xml">
<link href="/media/templates/site/cassiopeia/css/template-rtl.min.css?4f2c8d" rel="stylesheet">
<link href="/media/templates/site/cassiopeia/css/vendor/joomla-custom-elements/joomla-alert.min.css?0.2.0" rel="stylesheet">
<script type="application/json" class="joomla-script-options new">{{"joomla.jtext":{{"ERROR":"خطأ","MESSAGE":"رسالة"}},"system.paths":{{"root":"","rootFull":"{JM_HOST}/","base":"","baseFull":"{JM_HOST}/"}},"csrf.token":"5d1f0c6a9e2b7d43a8c1e0f9b6d2a731"}}</script>
<script src="/media/system/js/core.min.js?37ffe4186289eba9c5df81bea44080aff77b9684"></script>
<script src="/media/templates/site/cassiopeia/js/template.min.js?4f2c8d" defer></script>
</head>
<body class="site com_content wrapper-static view-article no-layout no-task itemid-{101 + k} has-sidebar-right">
<header class="header container-header full-width">
<div class="grid-child">
<div class="navbar-brand">
<a class="brand-logo" href="{JM_HOST}/"><span title="{JM_SITE}">{JM_SITE}</span></a>
<div class="site-description">{JM_TAGLINE}</div>
</div>
</div>
<div class="grid-child container-nav">
<ul class="mod-menu mod-list nav ">
{menu}</ul>
<div class="container-search">
<form class="mod-finder js-finder-searchform form-search" action="{JM_HOST}/index.php/search" method="get" role="search">
<label for="mod-finder-searchword117" class="visually-hidden finder">{JM_FIND}</label><input type="text" name="q" id="mod-finder-searchword117" class="js-finder-search-query form-control" value="" placeholder="{JM_FIND}…">
</form>
</div>
</div>
</header>
<div class="site-grid">
<div class="grid-child container-component">
<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs">
<ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2">
<li class="mod-breadcrumbs__here float-start">{JM_HERE} &#160;</li>
<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item"><a itemprop="item" href="{JM_HOST}/" class="pathway"><span itemprop="name">{JM_MENU[0]}</span></a><meta itemprop="position" content="1"></li>
<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item"><a itemprop="item" href="{JM_HOST}/index.php/news/c{k}" class="pathway"><span itemprop="name">{section}</span></a><meta itemprop="position" content="2"></li>
</ol>
</nav>
<div id="system-message-container" aria-live="polite"></div>
<main>
<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="ar-AA">
<div class="page-header">
<h1 itemprop="headline">{esc(title)}</h1>
</div>
<dl class="article-info text-muted">
<dt class="article-info-term">{JM_DETAILS}</dt>
{chr(10).join(info)}
</dl>
<figure class="left item-image"><img src="{JM_HOST}/images/{day.year}/{day.month:02d}/{slug}.jpg" itemprop="image" alt="" width="800" height="450" loading="eager"></figure>
<div itemprop="articleBody" class="com-content-article__body">
{chr(10).join(body)}
</div>
<ul class="tags list-inline">
{tag_html}</ul>
<nav class="pagenavigation" aria-label="Page Navigation">
<span class="pagination ms-0">
<a class="btn btn-sm btn-secondary previous" href="{base}-prev" rel="prev">
<span class="visually-hidden">{JM_PREV_HIDDEN} {esc(prev_next[0])}</span>
<span class="icon-chevron-right" aria-hidden="true"></span> <span aria-hidden="true">{JM_PREV}</span></a>
<a class="btn btn-sm btn-secondary next" href="{base}-next" rel="next">
<span class="visually-hidden">{JM_NEXT_HIDDEN} {esc(prev_next[1])}</span>
<span aria-hidden="true">{JM_NEXT}</span> <span class="icon-chevron-left" aria-hidden="true"></span></a>
</span>
</nav>
</div>
</main>
{related_mod if k == 3 else ''}
</div>
<div class="grid-child container-sidebar-right">
{'' if k == 3 else related_mod}
<div class="sidebar-right card">
<h3 class="card-header">{JM_POPULAR}</h3>
<div class="card-body">
<ul class="mostread mod-list">
{popular}</ul>
</div>
</div>
<div class="sidebar-right card">
<h3 class="card-header">{JM_LATEST}</h3>
<div class="card-body">
<ul class="mod-articleslatest latestnews mod-list">
{latest_html}</ul>
</div>
</div>
<div class="sidebar-right card">
<h3 class="card-header">{JM_ADS}</h3>
<div class="card-body">
<div class="mod-banners bannergroup">
<div class="mod-banners__item banneritem">
<a href="{JM_HOST}/index.php?option=com_banners&amp;task=click&amp;id={3 + k}" target="_blank" rel="noopener noreferrer" title="{JM_ADS}">{JM_BANNER}</a>
</div>
</div>
</div>
</div>
<div class="sidebar-right card">
<div class="card-body">
<div id="mod-custom121" class="mod-custom custom">
<p>{JM_FOLLOW}</p>
</div>
</div>
</div>
</div>
</div>
<footer class="container-footer footer full-width">
<div class="grid-child">
<div class="mod-footer">
<div class="footer1">{JM_FOOTER}</div>
</div>
</div>
</footer>
<a href="#top" id="back-top" class="back-to-top-link" aria-label="{JM_TOP}">
<span class="icon-arrow-up icon-fw" aria-hidden="true"></span>
</a>
</body>
</html>'''
    without = [JM_TAGLINE, JM_MENU[1], f'{JM_BY} {author}', f'{JM_HITS} {hits}', JM_LATEST, JM_BANNER, JM_FOLLOW,
               JM_FOOTER] + lines + latest + prev_next + rel[:2] + most[:2] + tags
    read_also = [] if odd else [extra['also']]
    return page, title, read_also, rel + most, without, {'updated': upd_day.isoformat() if upd_day else None}


# --- simorgh: an international broadcaster's Arabic service ------------------------------------------------
SM_SITE = 'الأثير عربي'
SM_HOST = 'https://www.alatheer.example'
SM_SKIP = 'تخطَّ القوائم نحو النص'
SM_MENU = ['الرئيسية', 'أخبار', 'العالم', 'الشرق الأوسط', 'اقتصاد', 'علوم وتكنولوجيا', 'ثقافة وفنون', 'رياضة', 'برامج']
SM_BYLINES = [('كريم الشاذلي', 'مراسل الأثير في لندن'), None, ('ندى الحسيني', 'محررة الشؤون الدولية'), None]
SM_TEAM = 'عن كاتب القصة'
SM_UPDATED = 'آخر تحديث:'
SM_SOURCE = 'صدر الصورة،'
SM_CREDITS = ['Getty Images', 'Reuters', 'EPA', 'AFP']
SM_CAPTION_HIDDEN = 'التعليق على الصورة،'
SM_CAPTIONS = ['مشهد من المكان في يوم سابق لما جرى', 'يتابع كثيرون هذه القضية منذ أشهر',
               'لقطة عامة تعود إلى العام الماضي', 'صورة أرشيفية لا تتعلق بتفاصيل الحدث']
SM_ALSO = 'قد يهمك أيضاً'
SM_RELATED = 'موضوعات ذات صلة'
SM_TOPICS = {'culture': ['فنون', 'متاحف', 'فرنسا'], 'economy': ['بنوك', 'أستراليا', 'الأسواق المالية'],
             'internationalNews': ['روسيا', 'انتخابات', 'الكونغرس'], 'technology': ['آبل', 'أجهزة لوحية', 'الهواتف الذكية'],
             'middleEast': ['الخليج', 'السياسة الإقليمية', 'النفط'], 'sport': ['كرة القدم', 'الأولمبياد', 'ملاعب']}
SM_MOST = 'الأكثر قراءة'
SM_TOP = 'أهم ما تنشره الأثير اليوم'
SM_PODCAST = 'استمع إلى «أصوات جديدة»: حلقة كل أسبوع عن قصص يرويها شباب المنطقة بأنفسهم'
SM_LINKS = ['لماذا تثق بالأثير', 'شروط الاستخدام', 'عن الأثير', 'سياسة الخصوصية', 'إعدادات الكوكيز', 'اتصل بالأثير']
SM_COPY = '© 2018 الأثير. لسنا مسؤولين عمّا تنشره المواقع الأخرى التي نحيل إليها.'
SM_EXTERNAL = 'تعرّف على نهجنا في التعامل مع الروابط الخارجية.'


def render_simorgh(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, most, top = others[:3], others[3:8], others[8:11]
    odd = k % 2 == 1
    pub = at(extra)
    if k == 2 and pub.utcoffset():  # 00:35 British Summer Time: the day before in UTC
        pub = moved(pub, 0, 35)
    aid = 43210000 + 7919 * k
    url = f'{SM_HOST}/arabic/{extra["cat"].lower()}-{aid}'
    credit, caption = SM_CREDITS[k % 4], SM_CAPTIONS[k % 4]
    byline = SM_BYLINES[k % 4]
    mod, upd_day, upd_html = pub, None, ''
    if odd:
        mod = pub + (datetime.timedelta(days=1, hours=3) if k == 1 else datetime.timedelta(hours=5, minutes=20))
        upd_day = mod.date()
        upd_html = (f'<div class="bbc-upd">\n<span>{SM_UPDATED}</span>\n<time datetime="{upd_day.isoformat()}">'
                    f'{dual_date(upd_day)}</time>\n</div>')
    if byline:
        by_html = (f'<section class="byline" aria-labelledby="byline-h"><h2 id="byline-h" class="visually-hidden">{SM_TEAM}</h2>'
                   f'<ul><li><span class="author">{byline[0]}</span></li>\n<li><span class="role">{byline[1]}</span></li></ul></section>')
        by_texts = [byline[0], byline[1]]
    else:
        by_html, by_texts = '', []

    def text_block(p):
        return (f'<div dir="rtl" data-component="text-block" class="bbc-19j92fr ebmt73l0">'
                f'<p dir="rtl" class="bbc-hhl7in e17g058b0">{esc(p)}</p></div>')
    blocks = []
    for i, p in enumerate(paras):
        blocks.append(text_block(p))
        if i == 0:
            blocks.append(
                f'<figure data-component="image-block" class="bbc-1qn0xuy"><div class="bbc-172p16q">'
                f'<img alt="" src="https://ichef.alatheer.example/ace/ws/640/cpsprodpb/{aid}.jpg" width="976" height="549">'
                f'<p role="text" class="bbc-1gevx5c copyrightText"><span class="visually-hidden">{SM_SOURCE} </span>{credit}</p></div>\n'
                f'<figcaption class="bbc-1ou1wvn"><span class="visually-hidden">{SM_CAPTION_HIDDEN} </span>{caption}</figcaption></figure>')
        if i == 2 and not odd:
            blocks.append(
                f'<section data-component="links-block" aria-labelledby="links-{aid}" class="bbc-1a3w4ok">'
                f'<h2 id="links-{aid}" class="bbc-k6wdzo">{SM_ALSO}</h2><ul role="list">'
                f'<li><a href="{SM_HOST}/arabic/{aid - 31}">{esc(extra["also"])}</a></li>\n'
                f'<li><a href="{SM_HOST}/arabic/{aid - 57}">{esc(extra["also2"])}</a></li></ul></section>')
    topics = SM_TOPICS.get(extra['cat'], SM_TOPICS['middleEast'])
    topic_html = ''.join(f'<li class="bbc-topic"><a href="{SM_HOST}/arabic/topics/c{i}x{k}">{t}</a></li>\n' for i, t in enumerate(topics))

    def promo(i, t, base):
        d = day - datetime.timedelta(days=5 + 9 * i)
        return (f'<li class="bbc-promo"><div class="promo-image"><img alt="" src="https://ichef.alatheer.example/ace/ws/240/{base + i}.jpg" loading="lazy"></div>'
                f'<h3 class="promo-headline"><a href="{SM_HOST}/arabic/{base + i}">{esc(t)}</a></h3>\n'
                f'<time datetime="{d.isoformat()}" class="promo-timestamp">{dual_date(d)}</time></li>\n')
    story_html = ''.join(promo(i, t, aid - 4000) for i, t in enumerate(rel))
    most_html = ''.join(f'<li class="bbc-most"><span class="bbc-rank">{indic(i + 1)}</span>\n'
                        f'<a href="{SM_HOST}/arabic/{aid - 900 - i}">{esc(t)}</a></li>\n' for i, t in enumerate(most))
    top_html = ''.join(f'<li><a href="{SM_HOST}/arabic/{aid + 100 + i}">{esc(t)}</a></li>\n' for i, t in enumerate(top))
    nav = ''.join(f'<li class="bbc-nav"><a href="{SM_HOST}/arabic/s{i}">{t}</a></li>' for i, t in enumerate(SM_MENU))
    links = ''.join(f'<li><a href="{SM_HOST}/help/{i}">{t}</a></li>' for i, t in enumerate(SM_LINKS))
    ld = {'@context': 'http://schema.org', '@type': 'ReportageNewsArticle', 'url': url,
          'publisher': {'@type': 'NewsMediaOrganization', 'name': SM_SITE,
                        'logo': {'@type': 'ImageObject', 'url': f'{SM_HOST}/images/logo.png', 'width': 1024, 'height': 576}},
          'image': {'@type': 'ImageObject', 'width': 1024, 'height': 576, 'url': f'{SM_HOST}/images/share.png'},
          'thumbnailUrl': f'{SM_HOST}/images/share.png', 'mainEntityOfPage': url, 'headline': title,
          'description': extra.get('deck') or opening_words(paras[0], 25), 'datePublished': iso_ms_z(pub), 'dateModified': iso_ms_z(mod),
          'inLanguage': {'@type': 'Language', 'name': 'Arabic', 'alternateName': 'ar'},
          'author': {'@type': 'NewsMediaOrganization', 'name': SM_SITE, 'noBylinesPolicy': f'{SM_HOST}/editorial'}}
    state = {'pageData': {'metadata': {'id': f'urn:atheer:optimo:asset:{aid}', 'language': 'ar', 'type': 'article',
                                       'firstPublished': epoch_ms(pub), 'lastPublished': epoch_ms(mod),
                                       'topics': [{'topicName': t} for t in topics]},
                          'content': {'model': {'blocks': [{'type': 'headline', 'model': {'text': title}}] +
                                                [{'type': 'text', 'model': {'blocks': [{'type': 'paragraph', 'model': {'text': p}}]}}
                                                 for p in paras]}},
                          'relatedContent': {'groups': [{'promos': [{'headline': t} for t in rel]}]},
                          'mostRead': [{'headline': t} for t in most]},
             'status': 200, 'service': 'arabic', 'isAmp': False}
    page = f'''<!DOCTYPE html><html lang="ar" dir="rtl" class="no-js"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1"/><title>{esc(title)} - {SM_SITE}</title><meta name="description" content="{esc(extra.get('deck') or opening_words(paras[0], 25))}"/><link rel="canonical" href="{url}"/><meta property="og:type" content="article"/><meta property="og:title" content="{esc(title)}"/><meta property="og:site_name" content="{SM_SITE}"/><meta property="og:locale" content="ar_EG"/><meta name="twitter:site" content="@AlatheerArabic"/><link rel="amphtml" href="{url}.amp"/><script type="application/ld+json">{script_json(ld)}</script><link rel="preload" href="https://static.alatheer.example/fonts/NassimArabic/Regular.woff2" as="font" type="font/woff2" crossorigin="anonymous"/><style data-emotion="bbc 19j92fr hhl7in">.bbc-19j92fr{{padding-bottom:1.5rem;}}.bbc-hhl7in{{font-family:"NassimArabic",Arial,Verdana,Geneva,Helvetica,sans-serif;}}</style></head><body><div id="root"><a href="#content" class="bbc-1i4ie53">{SM_SKIP}</a>
<header role="banner" class="bbc-1rbq8mt"><div class="bbc-brand"><a href="{SM_HOST}/arabic" class="bbc-1gjryo4"><svg viewBox="0 0 218 40" width="218" height="40" focusable="false" aria-hidden="true"></svg><span class="visually-hidden">{SM_SITE}</span></a></div>
<nav role="navigation" class="bbc-1cvxiy9"><ul role="list" class="bbc-lcrr4f">{nav}</ul></nav></header>
<div class="bbc-1hpzgjz"><main role="main" class="bbc-fa0wmp">
<div data-component="headline-block" class="bbc-1151pbn"><h1 id="content" class="bbc-1wbcqqc" tabindex="-1">{esc(title)}</h1></div>
{by_html}
<div data-component="timestamp-block" class="bbc-1jc62ta"><time datetime="{day.isoformat()}" class="bbc-14xtggo">{dual_date(day)}</time>
{upd_html}</div>
{chr(10).join(blocks)}
<section data-e2e="related-content-heading" aria-labelledby="related-content-heading" role="region" class="bbc-1qmtm4w"><h2 id="related-content-heading" class="bbc-y6u6ve">{SM_RELATED}</h2>
<ul role="list" class="bbc-topics">{topic_html}</ul>
<ul role="list" class="bbc-promos">{story_html}</ul></section>
</main>
<aside class="bbc-secondary">
<section aria-labelledby="Most-Read" role="region" class="bbc-1y5n2ay"><h2 id="Most-Read" class="bbc-1pfq6df">{SM_MOST}</h2><ol role="list" class="bbc-most-read">{most_html}</ol></section>
<section aria-labelledby="top-stories-heading" role="region" class="bbc-top"><h2 id="top-stories-heading">{SM_TOP}</h2><ul role="list">{top_html}</ul></section>
<section class="bbc-podcast-promo"><p>{SM_PODCAST}</p></section>
</aside></div>
<footer role="contentinfo" class="bbc-footer"><a href="{SM_HOST}/arabic" class="bbc-brand-footer"><span class="visually-hidden">{SM_SITE}</span></a><ul role="list">{links}</ul>
<p class="bbc-copyright"><span>{SM_COPY}</span> <a href="{SM_HOST}/editorial/external">{SM_EXTERNAL}</a></p></footer></div>
<script>window.SIMORGH_DATA={script_json(state)}</script>
<script nomodule="" src="https://static.alatheer.example/simorgh/legacy.3f2a81c4.js"></script><script type="module" src="https://static.alatheer.example/simorgh/main.9d1e7b20.js"></script></body></html>'''
    without = [SM_SKIP, SM_MENU[6], caption, credit, SM_TOP, SM_PODCAST, SM_COPY, SM_EXTERNAL, SM_LINKS[0], dual_date(day)] + \
        by_texts + top + rel[:2] + most[:2] + outside(topics, paras) + ([f'{SM_UPDATED} {dual_date(upd_day)}'] if odd else [])
    read_also = [] if odd else [extra['also'], extra['also2']]
    return page, title, read_also, rel + most, without, {'updated': upd_day.isoformat() if upd_day else None}


# --- nuxtapp: a news app's shared web view (Nuxt 3) -------------------------------------------------------
NX_SITE = 'مرسال'
NX_HOST = 'https://share.mersal.example'
NX_BANNER_TAG = 'أخبار مصر والعالم لحظة بلحظة في جيبك'
NX_OPEN = 'افتح في التطبيق'
NX_DESK = 'مرسال - القاهرة'
NX_AGO = 'منذ'
NX_HOURS = 'ساعات'
NX_EDITED = 'تم التعديل'
NX_ALSO = 'طالع كذلك'
NX_REACT = 'ما شعورك تجاه هذا الخبر؟'
NX_REACTIONS = ['أعجبني', 'أحزنني', 'أغضبني', 'فاجأني']
NX_SHARE = 'أرسل الخبر لأصدقائك'
NX_RELATED = 'أخبار متعلقة'
NX_TRENDING = 'رائج على مرسال الآن'
NX_GET = 'نزّل مرسال مجاناً وفعّل التنبيهات كي لا يفوتك أي خبر عاجل'
NX_STORES = ['App Store', 'Google Play', 'AppGallery']
NX_FOOTER = '© 2018 مرسال للخدمات الرقمية — القاهرة'


def devalue(root):
    """Nuxt 3's payload (devalue's flat array): every value once, objects and arrays holding the indexes of their
    members; ('ShallowReactive', value) is written as Nuxt writes its reactive wrappers."""
    out, memo = [], {}

    def add(v):
        if isinstance(v, tuple):
            i = len(out)
            out.append(None)
            out[i] = [v[0]] + [add(x) for x in v[1:]]
            return i
        key = None
        if not isinstance(v, (dict, list)):
            key = (type(v).__name__, v)
            if key in memo:
                return memo[key]
        i = len(out)
        out.append(None)
        if key:
            memo[key] = i
        if isinstance(v, dict):
            out[i] = {name: add(x) for name, x in v.items()}
        elif isinstance(v, list):
            out[i] = [add(x) for x in v]
        else:
            out[i] = v
        return i
    add(root)
    return out


def render_nuxtapp(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, trending = others[:4], others[4:8]
    odd = k % 2 == 1
    pub = at(extra)
    if k == 2:  # 01:10 in Cairo: the day before in UTC (the payload's time), a relative time on the page
        pub = moved(pub, 1, 10)
    sid = 55102 + 613 * k
    section = CAT_AR.get(extra['cat'], 'منوعات')
    v = 'data-v-5f1a2b3c'
    upd, upd_day, edited = None, None, ''
    if k == 2:
        shown = f'{NX_AGO} {3} {NX_HOURS}'
    elif odd:
        shown = f'{day.day}/{day.month}/{day.year} {hm(pub)}'
        upd = pub + (datetime.timedelta(hours=4, minutes=14) if k == 1 else datetime.timedelta(days=1, hours=1))
        upd_day = upd.date()
        edited = f'{NX_EDITED} {upd_day.day}/{upd_day.month}/{upd_day.year} {hm(upd)}'
    else:
        shown = f'{DAYS[day.weekday()]} {gulf_date(day)} - {clock12(pub)}'
    body = []
    for i, p in enumerate(paras):
        body.append(f'<p {v} class="story-p">{esc(p)}</p>')
        if i == 1 and odd:
            body.append(f'<div {v} class="inline-card"><span {v} class="inline-card__label">{NX_ALSO}</span>\n'
                        f'<a {v} class="inline-card__title" href="/story/{sid - 44}">{esc(extra["also"])}</a></div>')
    reactions = ''.join(f'<button {v} type="button" class="reaction"><span {v}>{r}</span>\n<span {v} class="count">{23 * (i + 1) + 7 * k}</span></button>\n'
                        for i, r in enumerate(NX_REACTIONS))
    rel_html = ''.join(f'<li {v} class="mini-card"><img {v} src="https://cdn.mersal.example/img/{sid - 80 - i}.webp" alt="" loading="lazy">'
                       f'<a {v} href="/story/{sid - 80 - i}">{esc(t)}</a></li>\n' for i, t in enumerate(rel))
    trend_html = ''.join(f'<li {v}><span {v} class="rank">#{i + 1}</span>\n<a {v} href="/story/{sid + 300 + i}">{esc(t)}</a></li>\n'
                         for i, t in enumerate(trending))
    stores = ''.join(f'<a {v} class="store" href="https://mersal.example/get/{i}">{s}</a>\n' for i, s in enumerate(NX_STORES))
    story = {'id': sid, 'title': title, 'category': section, 'source': NX_DESK, 'publishedAt': iso_ms_z(pub),
             'updatedAt': iso_ms_z(upd or pub), 'paragraphs': paras, 'shareUrl': f'{NX_HOST}/story/{sid}',
             'related': [{'id': sid - 80 - i, 'title': t} for i, t in enumerate(rel)]}
    payload = devalue(('ShallowReactive', {
        'data': ('ShallowReactive', {f'story-{sid}': story, 'trending': [{'id': sid + 300 + i, 'title': t} for i, t in enumerate(trending)]}),
        'state': {'$sapp': {'platform': 'web-share', 'locale': 'ar-EG'}},
        'once': ('Set',), '_errors': {f'story-{sid}': None}, 'serverRendered': True, 'path': f'/story/{sid}?utm_source=app_share'}))
    date_html = f'<time {v} class="story-time" datetime="{iso_local(pub)}">{shown}</time>'
    if edited:
        date_html += f'\n<span {v} class="story-edited">{edited}</span>'
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl" data-theme="light">
<head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no">
<title>{esc(title)} | {NX_SITE}</title>
<meta name="apple-itunes-app" content="app-id=1438000123, app-argument=mersal://story/{sid}">
<meta property="og:title" content="{esc(title)}"><meta property="og:image" content="https://cdn.mersal.example/og/{sid}.jpg">
<meta name="robots" content="noindex">
<link rel="canonical" href="{NX_HOST}/story/{sid}">
<link rel="stylesheet" href="/_nuxt/entry.a1b2c3d4.css">
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/entry.3f1c2a9b.js">
<link rel="prefetch" as="script" crossorigin href="/_nuxt/error-404.7c2d1e0a.js">
<script type="module" src="/_nuxt/entry.3f1c2a9b.js" crossorigin></script>
</head>
<body><div id="__nuxt"><div {v} class="webview">
<div {v} class="app-banner"><img {v} src="/icons/app-72.png" alt="" width="36" height="36"><div {v} class="app-banner__text"><strong {v}>{NX_SITE}</strong>
<span {v}>{NX_BANNER_TAG}</span></div>
<a {v} class="app-banner__cta" href="https://mersal.example/open?story={sid}">{NX_OPEN}</a></div>
<article {v} class="story">
<div {v} class="story-head"><span {v} class="chip">{section}</span>
<span {v} class="desk">{NX_DESK}</span>
<h1 {v} class="story-title">{esc(title)}</h1>
<div {v} class="story-dates">{date_html}</div></div>
<img {v} class="story-cover" src="https://cdn.mersal.example/img/{sid}.webp" alt="" width="720" height="405">
<div {v} class="story-body">{''.join(body)}</div>
<div {v} class="reactions"><p {v}>{NX_REACT}</p>
{reactions}</div>
<div {v} class="share"><button {v} type="button" class="share-btn">{NX_SHARE}</button></div>
</article>
<section {v} class="related"><h2 {v}>{NX_RELATED}</h2><ul {v}>{rel_html}</ul></section>
<section {v} class="trending"><h2 {v}>{NX_TRENDING}</h2><ol {v}>{trend_html}</ol></section>
<footer {v} class="get-app"><p {v}>{NX_GET}</p>
<div {v} class="stores">{stores}</div>
<small {v}>{NX_FOOTER}</small></footer>
</div></div><div id="teleports"></div>
<script type="application/json" id="__NUXT_DATA__" data-ssr="true">{script_json(payload)}</script>
<script>window.__NUXT__={{}};window.__NUXT__.config={{public:{{apiBase:"https://api.mersal.example/v3"}},app:{{baseURL:"/",buildAssetsDir:"/_nuxt/",cdnURL:""}}}}</script>
</body>
</html>'''
    without = [NX_BANNER_TAG, NX_OPEN, NX_DESK, shown, NX_REACT, NX_SHARE, NX_TRENDING, NX_GET, NX_FOOTER] + NX_REACTIONS + \
        trending + rel[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if odd else []
    return page, title, read_also, rel, without, {'updated': upd_day.isoformat() if upd_day else None}


# --- lit: a site of web components rendered on the server (Lit SSR, declarative shadow DOM) ----------------
LT_SITE = 'مجهر'
LT_HOST = 'https://mijhar.example'
LT_MENU = ['القصص', 'ملفات', 'بيانات', 'بودكاست', 'عن مجهر']
LT_BY = 'كتابة:'
LT_AUTHORS = ['ريما القحطاني', 'عمر باعشن', 'جود الغامدي', 'تركي السبيعي']
LT_UPDATED = 'حُدّثت القصة:'
LT_ALSO = 'إقرأ كذلك:'
LT_CAPTION = 'الصورة من أرشيف مجهر، وتُنشر للتوضيح فقط'
LT_RELATED = 'تقارير مرتبطة'
LT_COMMENTED = 'الأكثر تعليقاً هذا الأسبوع'
LT_COMMENTS = 'تعليقاً'
LT_EVENTS = 'ملتقيات قادمة'
LT_EVENT_NAMES = ['لقاء مفتوح مع فريق البيانات في مجهر', 'ورشة التحقق من الصور للطلاب الجامعيين']
LT_EVENT_AT = 'في الرياض، يوم'
LT_LETTER = 'رسالة مجهر تصل بريدك صباح كل أحد: قصة واحدة نشرحها بعمق'
LT_FOOTER = 'مجهر منصة صحافة رقمية سعودية، والآراء الواردة في القصص مسؤولية كتّابها'
# The components' own templates (inside <template shadowrootmode="open">): chrome a browser shows, not labelled.
LT_SHADOW_TOOLS = ['نسخ الرابط', 'احفظ القصة', 'استمع إلى القصة']


def lit_part(tag):
    return f'<!--lit-part {tag}-->'


def shadow(inner):
    return f'<template shadowrootmode="open"><style>:host{{display:block}}</style>{inner}</template>'


def render_lit(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, commented, latest = others[:3], others[3:7], others[7:11]
    odd = k % 2 == 1
    pub = at(extra)
    author = LT_AUTHORS[k % 4]
    sid = 2207 + 19 * k
    section = CAT_AR.get(extra['cat'], 'قصص')
    head_meta, upd_day, upd_html = '', None, ''
    shown = f'{gulf_date(day)} - {clock12(pub)}'
    if not odd:
        mod = pub + datetime.timedelta(days=1, hours=5) if k == 2 else pub
        if k == 2:
            upd_day = mod.date()
        head_meta = (f'<meta property="article:published_time" content="{iso_local(pub)}">\n'
                     f'<meta property="article:modified_time" content="{iso_local(mod)}">')
    elif k == 1:
        upd = pub + datetime.timedelta(days=1, hours=2, minutes=15)
        upd_day = upd.date()
        upd_html = (f'\n<span class="updated">{LT_UPDATED} <relative-time datetime="{iso_local(upd)}" lang="ar">'
                    f'{gulf_date(upd_day)} - {clock12(upd)}</relative-time></span>')
    events = []
    for i, name in enumerate(LT_EVENT_NAMES):
        d = day + datetime.timedelta(days=6 + 5 * i)
        events.append((name, f'{LT_EVENT_AT} {DAYS[d.weekday()]} {gulf_date(d)}'))
    body = []
    for i, p in enumerate(paras):
        body.append(f'<p>{esc(p)}</p>')
        if i == 0:
            body.append(f'<figure><img src="{LT_HOST}/media/{sid}.avif" alt="" width="1200" height="675"><figcaption>{LT_CAPTION}</figcaption></figure>')
        if i == 1 and not odd:
            body.append(f'<aside class="inline-more"><span>{LT_ALSO}</span> <a href="/story/{sid - 27}">{esc(extra["also"])}</a></aside>')
    tools = ''.join(f'<button part="tool">{t}</button>' for t in LT_SHADOW_TOOLS)
    rail_tpl = shadow('<section><h2><slot name="heading"></slot></h2><slot></slot></section>')
    rel_html = ''.join(f'<li><a href="/story/{sid - 100 - i}">{esc(t)}</a></li>\n' for i, t in enumerate(rel))
    com_html = ''.join(f'<li><a href="/story/{sid - 300 - i}">{esc(t)}</a>\n<span class="count">{41 - 6 * i} {LT_COMMENTS}</span></li>\n'
                       for i, t in enumerate(commented))
    latest_html = ''.join(f'<li><a href="/story/{sid + 5 + i}">{esc(t)}</a></li>\n' for i, t in enumerate(latest))
    ev_html = ''.join(f'<li><strong>{n}</strong>\n<span>{w}</span></li>\n' for n, w in events)
    menu = ''.join(f'<a href="/{i}">{t}</a>\n' for i, t in enumerate(LT_MENU))
    page = f'''<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} — {LT_SITE}</title>
<meta name="description" content="{esc(opening_words(paras[0], 24))}">
{head_meta}
<link rel="stylesheet" href="/assets/global-8c31.css">
<script type="module" src="/assets/lit-hydrate-support-2f9e.js"></script>
<script type="module" src="/assets/app-4f1a.js"></script>
</head>
<body>
<mj-shell>{shadow('<slot name="header"></slot><main><slot></slot></main><slot name="footer"></slot>')}
<mj-header slot="header">{shadow('<header part="bar"><slot name="logo"></slot><slot name="nav"></slot><slot name="ticker"></slot><button part="menu" aria-label="القائمة">☰</button></header>')}
<a slot="logo" href="/">{LT_SITE}</a>
<nav slot="nav">
{menu}</nav>
<ul slot="ticker" class="ticker">
{latest_html}</ul>
</mj-header>
<mj-article story-id="{sid}">{shadow('<article><header><slot name="kicker"></slot><slot name="headline"></slot><slot name="meta"></slot></header><div class="tools">' + tools + '</div><div class="prose"><slot></slot></div></article>')}
{lit_part('Qm9keQ==')}<a slot="kicker" href="/section/{extra['cat']}">{section}</a>
<h1 slot="headline">{esc(title)}</h1>
<div slot="meta"><span class="byline">{LT_BY} {author}</span>
<relative-time datetime="{iso_local(pub)}" lang="ar">{shown}</relative-time>{upd_html}</div>
{chr(10).join(body)}
<!--/lit-part--></mj-article>
<mj-rail kind="related">{rail_tpl}<span slot="heading">{LT_RELATED}</span>
<ul>{rel_html}</ul></mj-rail>
<mj-rail kind="commented">{rail_tpl}<span slot="heading">{LT_COMMENTED}</span>
<ol>{com_html}</ol></mj-rail>
<mj-rail kind="events">{rail_tpl}<span slot="heading">{LT_EVENTS}</span>
<ul>{ev_html}</ul></mj-rail>
<mj-footer slot="footer">{shadow('<footer><slot></slot></footer>')}
<p>{LT_LETTER}</p>
<p>{LT_FOOTER}</p>
</mj-footer>
</mj-shell>
</body>
</html>'''
    without = [LT_CAPTION, f'{LT_BY} {author}', shown, LT_COMMENTED, LT_EVENTS, LT_LETTER, LT_FOOTER] + \
        [n for n, _ in events] + [w for _, w in events] + commented + latest + rel[:2] + \
        ([f'{LT_UPDATED} {gulf_date(upd_day)}'] if k == 1 else [])
    read_also = [] if odd else [extra['also']]
    return page, title, read_also, rel, without, {'updated': upd_day.isoformat() if upd_day else None}


# --- webflow: a magazine built on Webflow's CMS ----------------------------------------------------------
WF_SITE = 'سدرة'
WF_HOST = 'https://www.sidra-mag.example'
WF_MENU = ['الرئيسية', 'قصص', 'حوارات', 'مختبر سدرة', 'اكتب معنا']
WF_MENU_BUTTON = 'القائمة'
WF_AUTHORS = ['مريم الكواري', 'جاسم المهندي', 'العنود النعيمي', 'خليفة السليطي']
WF_READ = 'دقائق للقراءة'
WF_UPDATED = 'آخر تحديث:'
WF_CAPTION = 'من أرشيف سدرة المصوّر؛ الصورة للتوضيح'
WF_ALSO = 'طالع أيضاً:'
WF_SHARE = 'شارك القصة:'
WF_SHARE_LINKS = ['إكس', 'فيسبوك', 'لينكدإن', 'واتساب']
WF_RELATED = 'مقالات مشابهة'
WF_LATEST = 'جديد سدرة'
WF_LETTER = 'رسالة سدرة الأسبوعية'
WF_LETTER_NOTE = 'أدخل بريدك لتصلك قصصنا المختارة مساء كل خميس'
WF_SUBMIT = 'اشترك'
WF_DONE = 'شكراً لك، وصلنا طلب اشتراكك بنجاح'
WF_FAIL = 'عذراً، تعذّر إرسال النموذج. حاول مرة أخرى بعد قليل'
WF_FOOTER = '© 2018 سدرة للنشر الرقمي، الدوحة'
WF_FOOTER_LINKS = ['من نحن', 'سياسة الخصوصية', 'تواصل معنا']


def wf_long(day):
    return f'{EN_MONTHS[day.month - 1]} {day.day}, {day.year}'


def wf_short(day):
    return f'{EN_MONTHS[day.month - 1][:3]} {day.day}, {day.year}'


def wf_us(day):
    return f'{day.month:02d}/{day.day:02d}/{day.year}'


def wf_clock(t):
    return f'{t.hour % 12 or 12}:{t.minute:02d} {"PM" if t.hour >= 12 else "AM"}'


def render_webflow(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, latest = others[:3], others[3:7]
    odd = k % 2 == 1
    pub = at(extra)
    author = WF_AUTHORS[k % 4]
    section = CAT_AR.get(extra['cat'], 'قصص')
    minutes = max(2, round(sum(len(p.split()) for p in paras) / 180))
    upd_day, upd_line, embed = None, '', ''
    if odd:  # Webflow's "MM/DD/YYYY" date format, read as day/month it is another date
        shown = wf_us(day)
        upd = pub + (datetime.timedelta(days=1, hours=6) if k == 1 else datetime.timedelta(hours=3, minutes=5))
        upd_day = upd.date()
        upd_line = f'{WF_UPDATED} {wf_us(upd_day)}' + (f' {wf_clock(upd)}' if k == 3 else '')
    elif k == 0:
        shown = wf_long(day)
    else:
        shown = wf_short(day)
        ld = {'@context': 'https://schema.org', '@type': 'BlogPosting', 'headline': title, 'datePublished': day.isoformat(),
              'author': {'@type': 'Person', 'name': author}, 'publisher': {'@type': 'Organization', 'name': WF_SITE}}
        embed = f'<div class="w-embed w-script"><script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script></div>'
    body = []
    for i, p in enumerate(paras):
        body.append(f'<p>{esc(p)}</p>')
        if i == 0 and odd:
            body.append(f'<p>‍<strong>{WF_ALSO}</strong> <a href="/post/also-{k}">{esc(extra["also"])}</a></p>')
        if i == 1:
            body.append(f'<figure style="max-width:1200px" class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div>'
                        f'<img src="https://uploads-ssl.webflow.example/5a7f1c2e9b3d/{slug}.jpg" loading="lazy" alt=""></div>'
                        f'<figcaption>{WF_CAPTION}</figcaption></figure>')

    def card(i, t, d):
        return (f'<div role="listitem" class="w-dyn-item"><a href="/post/r-{k}-{i}" class="related-thumb w-inline-block">'
                f'<img src="https://uploads-ssl.webflow.example/5a7f1c2e9b3d/t{i}.jpg" loading="lazy" alt="" class="thumb"></a>'
                f'<div class="related-cat">{CAT_AR.get(extra["cat"], "قصص")}</div>\n'
                f'<a href="/post/r-{k}-{i}" class="related-title">{esc(t)}</a>\n<div class="related-date">{wf_short(d)}</div></div>')
    rel_html = ''.join(card(i, t, day - datetime.timedelta(days=4 + 6 * i)) for i, t in enumerate(rel))
    latest_html = ''.join(f'<div role="listitem" class="w-dyn-item"><a href="/post/l-{k}-{i}" class="latest-link">{esc(t)}</a></div>'
                          for i, t in enumerate(latest))
    nav = '\n'.join(f'<a href="/{i}" class="nav-link w-nav-link">{t}</a>' for i, t in enumerate(WF_MENU))
    share = '\n'.join(f'<a href="#" class="share-link w-inline-block"><div>{t}</div></a>' for t in WF_SHARE_LINKS)
    flinks = '\n'.join(f'<a href="/p{i}" class="footer-link">{t}</a>' for i, t in enumerate(WF_FOOTER_LINKS))
    # The CMS item's summary field, shown as a deck under the headline (not the title, not a paragraph: unlabelled).
    deck = extra.get('deck', '')
    deck_html = f'<h2 class="post-summary">{esc(deck)}</h2>' if deck else ''
    page = f'''<!DOCTYPE html><!--  This site was created in Webflow. https://www.webflow.com  --><!--  Last Published: Tue Oct 09 2018 08:41:12 GMT+0000 (Coordinated Universal Time)  --><html data-wf-domain="www.sidra-mag.example" data-wf-page="5b0e1a7c2d9f3e4a5b6c7d{k:02d}" data-wf-site="5a7f1c2e9b3d4a5e6f708192" lang="ar" dir="rtl" data-wf-collection="5b0e1a7c2d9f3e4a5b6c7e00" data-wf-item-slug="{slug}"><head><meta charset="utf-8"><title>{esc(title)} | {WF_SITE}</title><meta content="{esc(extra.get('deck') or opening_words(paras[0], 20))}" name="description"><meta content="{esc(title)}" property="og:title"><meta property="og:type" content="website"><meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator"><link href="https://assets.webflow.example/5a7f1c2e9b3d/css/sidra.webflow.3c9a1f2e.css" rel="stylesheet" type="text/css"><script type="text/javascript">!function(o,c){{var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}}(window,document);</script><link href="https://assets.webflow.example/5a7f1c2e9b3d/images/favicon.png" rel="shortcut icon" type="image/x-icon"></head><body class="body">
<div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav"><div class="container w-container"><a href="/" class="brand w-nav-brand"><div class="brand-text">{WF_SITE}</div></a><nav role="navigation" class="nav-menu w-nav-menu">{nav}</nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div><div class="menu-label">{WF_MENU_BUTTON}</div></div></div></div>
<article class="post-article"><header class="section post-header"><div class="container w-container"><a href="/category/{extra['cat']}" class="category-tag">{section}</a><h1 class="post-title">{esc(title)}</h1>{deck_html}
<div class="post-meta"><div class="post-author">{author}</div><div class="meta-dot">·</div><div class="post-date">{shown}</div><div class="meta-dot">·</div><div class="read-time">{minutes} {WF_READ}</div></div>{f'<div class="post-updated">{upd_line}</div>' if odd else ''}</div></header>
<div class="section post-body"><div class="container narrow w-container"><div class="post-content w-richtext">{''.join(body)}</div>{embed}
<div class="share-row"><div class="share-label">{WF_SHARE}</div>{share}</div></div></div></article>
<div class="section related"><div class="container w-container"><h2 class="section-heading">{WF_RELATED}</h2><div class="w-dyn-list"><div role="list" class="related-grid w-dyn-items">{rel_html}</div></div></div></div>
<div class="section latest"><div class="container w-container"><h2 class="section-heading">{WF_LATEST}</h2><div class="w-dyn-list"><div role="list" class="latest-list w-dyn-items">{latest_html}</div></div></div></div>
<div class="section newsletter"><div class="container w-container"><h3>{WF_LETTER}</h3><p class="newsletter-note">{WF_LETTER_NOTE}</p><div class="w-form"><form id="wf-form-Newsletter" name="wf-form-Newsletter" data-name="Newsletter" method="get"><input type="email" class="w-input" maxlength="256" name="email" data-name="Email" placeholder="name@example.com" id="email" required=""><input type="submit" value="{WF_SUBMIT}" data-wait="..." class="w-button"></form><div class="w-form-done"><div>{WF_DONE}</div></div><div class="w-form-fail"><div>{WF_FAIL}</div></div></div></div></div>
<div class="footer"><div class="container w-container"><div class="footer-links">{flinks}</div><div class="footer-copy">{WF_FOOTER}</div></div></div>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript" crossorigin="anonymous"></script><script src="https://assets.webflow.example/5a7f1c2e9b3d/js/webflow.8b1f2a3c.js" type="text/javascript"></script></body></html>'''
    without = [author, shown, f'{minutes} {WF_READ}', WF_CAPTION, WF_SHARE, WF_LATEST, WF_LETTER, WF_LETTER_NOTE, WF_DONE, WF_FAIL,
               WF_FOOTER] + latest + rel[:2] + ([upd_line] if odd else [])
    read_also = [extra['also']] if odd else []
    return page, title, read_also, rel, without, {'updated': upd_day.isoformat() if upd_day else None}


# --- sitefinity: a public broadcaster's news portal on Sitefinity ------------------------------------------
SF_SITE = 'شبكة الشروق للإعلام'
SF_HOST = 'https://www.alshurooq-media.example'
SF_LANG = 'English'
SF_ACCESS = ['تكبير حجم الخط', 'تصغير حجم الخط', 'الألوان المعاكسة']
SF_MENU = ['الرئيسية', 'الأخبار', 'البرامج', 'البث المباشر', 'المركز الإعلامي', 'عن الشبكة']
SF_CRUMB = 'الأخبار'
SF_BY = 'بواسطة'
SF_AUTHORS = ['غرفة الأخبار', 'سارة المنصوري', 'غرفة الأخبار', 'أحمد الزعابي']
SF_UPDATED = 'تاريخ التحديث:'
SF_PHOTO = 'الصورة: المكتب الإعلامي للشبكة'
SF_ALSO = 'للاطلاع أيضاً:'
SF_HIRES = 'تنزيل الصور بدقة عالية'
SF_BACK = 'كل أخبار الشبكة'
SF_RELATED = 'أخبار مرتبطة بالموضوع'
SF_LATEST = 'آخر الأخبار'
SF_HAPPY = 'ما مدى رضاك عن تجربتك في تصفح موقع الشبكة اليوم؟'
SF_HAPPY_OPTIONS = ['راضٍ', 'محايد', 'غير راضٍ']
SF_APPS = 'شاهد بث الشروق عبر تطبيقها على الهواتف الذكية وأجهزة التلفاز'
SF_FOOTER = 'حقوق النشر © 2018 شبكة الشروق للإعلام، الشارقة، الإمارات العربية المتحدة'


def render_sitefinity(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, latest = others[:4], others[4:9]
    odd = k % 2 == 1
    pub = at(extra)
    nid = 'a3f0c1d2-5e6f-4a7b-8c9d-{:012x}'.format(0x1e2d3c4b5a60 + 977 * k)
    author = SF_AUTHORS[k % 4]
    if k == 0:
        shown = gulf_date(day)
    elif k == 1:
        shown = f'{day.day:02d}/{day.month:02d}/{day.year} {clock12(pub)}'
    elif k == 2:
        shown = f'{DAYS[day.weekday()]}، {gulf_date(day)}'
    else:
        shown = f'{GULF_MONTHS[day.month - 1]} {day.day:02d}, {day.year}'
    upd_day, upd_line = None, ''
    if odd:
        upd = pub + (datetime.timedelta(days=1, hours=1) if k == 1 else datetime.timedelta(hours=2, minutes=40))
        upd_day = upd.date()
        upd_line = f'{SF_UPDATED} {upd_day.day:02d}/{upd_day.month:02d}/{upd_day.year}'
    summary, rest = (paras[0], paras[1:]) if k != 2 else (None, paras)
    content = []
    for i, p in enumerate(rest):
        content.append(f'<p>{esc(p)}</p>')
        if i == 0 and not odd:
            content.append(f'<p><strong>{SF_ALSO}</strong> <a href="/ar/news/details/{day.year}/{day.month:02d}/also-{k}">{esc(extra["also"])}</a></p>')
    rel_html = ''.join(f'<li><a href="/ar/news/details/{day.year}/r{k}{i}">{esc(t)}</a>\n'
                       f'<span class="sfnewsDate">{gulf_date(day - datetime.timedelta(days=2 + 3 * i))}</span></li>\n'
                       for i, t in enumerate(rel))
    # The latest news are dated after the article: later stories of the same portal.
    latest_dates = [gulf_date(day + datetime.timedelta(days=1 + i // 2)) for i in range(len(latest))]
    latest_html = ''.join(f'<li><a href="/ar/news/details/l{k}{i}">{esc(t)}</a>\n<span class="sfnewsDate">{d}</span></li>\n'
                          for i, (t, d) in enumerate(zip(latest, latest_dates)))
    menu = ''.join(f'<li class="rmItem"><a class="rmLink" href="/ar/{i}"><span class="rmText">{t}</span></a></li>' for i, t in enumerate(SF_MENU))
    access = ''.join(f'<a href="#" class="acc-tool">{t}</a>\n' for t in SF_ACCESS)
    happy = ''.join(f'<button type="button" class="hm-option">{t}</button>\n' for t in SF_HAPPY_OPTIONS)
    summary_html = f'<div class="sfnewsSummary sfsummary">{esc(summary)}</div>' if summary else ''
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head><title>
	{esc(title)}
</title><meta name="Generator" content="Sitefinity 10.2.6602.0 PE" /><meta name="viewport" content="width=device-width, initial-scale=1.0" /><link href="/ResourcePackages/Shurooq/assets/dist/css/main.min.css" rel="stylesheet" type="text/css" /><meta property="og:title" content="{esc(title)}" /><meta property="og:type" content="website" /><meta property="og:url" content="{SF_HOST}/ar/news/details/{day.year}/{day.month:02d}/{day.day:02d}/{slug}" /><meta property="og:site_name" content="{SF_SITE}" /><link rel="canonical" href="{SF_HOST}/ar/news/details/{day.year}/{day.month:02d}/{day.day:02d}/{slug}" /><meta name="description" content="{esc(opening_words(paras[0], 20))}" /></head>
<body class="rtl">
<div class="sf_cols header-top"><div class="sf_colsOut sf_2cols_1_50"><div class="sf_colsIn">
<a class="lang-switch" href="/en/news">{SF_LANG}</a>
</div></div><div class="sf_colsOut sf_2cols_2_50"><div class="sf_colsIn acc-bar">
{access}</div></div></div>
<div class="sf_cols header"><div class="sf_colsOut"><div class="sf_colsIn">
<a class="logo" href="/ar"><img src="/images/default-source/logo/shurooq-logo.svg" alt="{SF_SITE}" /></a>
<div class="RadMenu RadMenu_Shurooq"><ul class="rmRootGroup rmHorizontal">{menu}</ul></div>
</div></div></div>
<div class="sf_cols main"><div class="sf_colsOut sf_2cols_1_67"><div class="sf_colsIn" id="Content_C001_Col00">
<div class="sfbreadcrumbWrp"><a href="/ar" class="sfBreadcrumbNavigation">{SF_MENU[0]}</a>
<span class="sfBreadcrumbNodeSeparator">/</span>
<a href="/ar/news" class="sfBreadcrumbNavigation">{SF_CRUMB}</a></div>
<div class="sfnewsDetails sfdetails" data-sf-provider="OpenAccessDataProvider" data-sf-type="Telerik.Sitefinity.News.Model.NewsItem" data-sf-id="{nid}">
<h1 class="sfnewsTitle sftitle">{esc(title)}</h1>
<div class="sfnewsAuthorAndDate sfmetainfo">{shown}
<span class="sfnewsAuthor">{SF_BY} {author}</span>{f'{chr(10)}<span class="sfnewsUpdated">{upd_line}</span>' if odd else ''}</div>
<div class="sfimageWrp"><img src="/images/default-source/news/{day.year}/{slug}.jpg" alt="" />
<span class="sfimageTitle">{SF_PHOTO}</span></div>
{summary_html}
<div class="sfnewsContent sfcontent">{''.join(content)}</div>
<div class="sfnewsAttachments"><a href="/docs/default-source/press/{slug}.zip" class="sfdownloadFile">{SF_HIRES}</a></div>
<a href="/ar/news" class="sfnewsBack">{SF_BACK}</a>
</div>
</div></div>
<div class="sf_colsOut sf_2cols_2_33"><div class="sf_colsIn" id="Content_C001_Col01">
<div class="sfContentBlock related-news"><h2>{SF_RELATED}</h2><ul class="sfnewsList">{rel_html}</ul></div>
<div class="sfContentBlock latest-news"><h2>{SF_LATEST}</h2><ul class="sfnewsList">{latest_html}</ul></div>
</div></div></div>
<div class="sf_cols happiness-meter"><div class="sf_colsOut"><div class="sf_colsIn">
<p class="hm-question">{SF_HAPPY}</p>
{happy}</div></div></div>
<div class="sf_cols footer"><div class="sf_colsOut"><div class="sf_colsIn">
<p>{SF_APPS}</p>
<p class="copyright">{SF_FOOTER}</p>
</div></div></div>
<script src="/ScriptResource.axd?d=Xk1Lm0c9pQ2rT7vW&amp;t=ffffffff9b4d0e52" type="text/javascript"></script>
</body>
</html>'''
    without = [SF_ACCESS[0], SF_MENU[4], f'{SF_BY} {author}', shown, SF_PHOTO, SF_HIRES, SF_BACK, SF_LATEST, SF_HAPPY, SF_APPS,
               SF_FOOTER] + latest + latest_dates + rel[:2] + ([upd_line] if odd else [])
    read_also = [] if odd else [extra['also']]
    return page, title, read_also, rel, without, {'updated': upd_day.isoformat() if upd_day else None}


# --- eecms: an Algerian regional paper on ExpressionEngine -------------------------------------------------
EE_SITE = 'صدى الهضاب'
EE_HOST = 'https://sada-elhidab.example'
EE_SLOGAN = 'يومية جهوية تصدر من سطيف وتغطي ولايات الهضاب العليا'
EE_WEATHER = 'سطيف: غائم جزئياً، 14 درجة'
EE_MENU = ['الرئيسية', 'الولايات', 'وطني', 'دولي', 'اقتصاد', 'رياضة', 'ثقافة', 'أرشيف الأعداد']
EE_BY = 'بقلم:'
EE_AUTHORS = ['ف. بوعلام', 'نسيمة بن عمارة', 'ع. مرزوقي', 'ياسين قاسمي']
EE_EDITED = 'آخر تعديل:'
EE_ALSO = 'اقرأ أيضاً:'
EE_CATEGORIES = 'التصنيفات:'
EE_RELATED = 'مقالات لها صلة'
EE_PREV, EE_NEXT = 'المقال السابق', 'المقال الموالي'
EE_COMMENTS = 'تعليقات القراء'
EE_READERS = [('مراد', 'العلمة', 'الموضوع يستحق المتابعة، نتمنى أن تنشروا التفاصيل حين تتضح الصورة أكثر.'),
              ('سعاد', 'بجاية', 'شكراً على التغطية، لكن العنوان لا يعكس كل ما جاء في الخبر.'),
              ('عبد القادر', 'برج بوعريريج', 'مقال جيد ونرجو الاهتمام أكثر بأخبار ولايتنا أيضاً.')]
EE_FROM = 'من'
EE_FORM = 'أضف تعليقاً'
EE_FORM_FIELDS = ['الاسم', 'البريد الإلكتروني (لن يُنشر)', 'المدينة', 'نص التعليق']
EE_REMEMBER = 'احفظ بياناتي لتعليقاتي القادمة'
EE_SUBMIT = 'أرسل'
EE_RULES = 'تُراجع التعليقات قبل نشرها، ولا تُنشر التعليقات المسيئة أو المكتوبة بأسماء مستعارة مهينة'
EE_MOST = 'الأكثر مطالعة'
EE_LATEST = 'جديد الصدى اليوم'
EE_ARCHIVE = 'أرشيف المقالات'
EE_ADS = 'إشهار'
EE_AD_TEXT = 'مدرسة الأمل الخاصة بسطيف تفتح باب التسجيل لدروس الدعم في الرياضيات والفيزياء'
EE_FOOTER = 'صدى الهضاب، جريدة يومية جهوية — حقوق المواد محفوظة للجريدة'
EE_ELAPSED = 'وُلّدت هذه الصفحة في'
EE_SECONDS = 'ثانية'


def render_eecms(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, most, latest = others[:4], others[4:8], others[8:11]
    prev_next = extra['more'][:2]
    odd = k % 2 == 1
    pub = at(extra)
    eid = 18240 + 97 * k
    author = EE_AUTHORS[k % 4]
    section = CAT_AR.get(extra['cat'], 'وطني')
    upd_day, edit_line = None, ''
    if odd:
        date_line = f'{day.day:02d}/{day.month:02d}/{day.year} {hm(pub)}'
        upd = pub + (datetime.timedelta(days=2, hours=3) if k == 1 else datetime.timedelta(hours=1, minutes=35))
        upd_day = upd.date()
        edit_line = f'{EE_EDITED} {upd_day.day:02d}/{upd_day.month:02d}/{upd_day.year} {hm(upd)}'
    else:
        date_line = f'{DAYS[day.weekday()]} {dz_date(day)} - {hm(pub)}'
    # The entry's text field formatted with "Auto <br />": paragraphs are separated by two <br />s only.
    chunks = [esc(p) for p in paras]
    if not odd:
        chunks.insert(2, f'<b>{EE_ALSO}</b> <a href="{EE_HOST}/index.php/news/article/also-{eid - 14}">{esc(extra["also"])}</a>')
    text = '<br />\n<br />\n'.join(chunks)
    comment_days = [day + datetime.timedelta(days=1 + i) for i in range(len(EE_READERS))]
    comments = ''.join(f'<div class="comment" id="comment_{eid * 10 + i}"><p class="comment-meta"><strong>{n}</strong> {EE_FROM} {c}\n'
                       f'<span class="comment-date">{dz_date(d)}</span></p>\n<p>{t}</p></div>\n'
                       for i, ((n, c, t), d) in enumerate(zip(EE_READERS, comment_days)))
    fields = ''.join(f'<label for="f{i}">{lab}</label>\n<input type="text" name="f{i}" id="f{i}" size="40"><br>\n'
                     for i, lab in enumerate(EE_FORM_FIELDS[:3]))
    cats = outside([section, EE_MENU[1]], paras)
    cat_html = ', '.join(f'<a href="{EE_HOST}/index.php/news/category/c{i}">{c}</a>' for i, c in enumerate(cats))
    rel_html = ''.join(f'<li><a href="{EE_HOST}/index.php/news/article/r{eid - 40 - i}">{esc(t)}</a></li>\n' for i, t in enumerate(rel))
    most_html = ''.join(f'<li><a href="{EE_HOST}/index.php/news/article/m{eid - 700 - i}">{esc(t)}</a></li>\n' for i, t in enumerate(most))
    latest_html = ''.join(f'<li><a href="{EE_HOST}/index.php/news/article/l{eid + 3 + i}">{esc(t)}</a></li>\n' for i, t in enumerate(latest))
    months = []
    for i in range(3):
        m = (day.month - 1 - i) % 12
        y = day.year - (1 if day.month - 1 - i < 0 else 0)
        months.append(f'{DZ_MONTHS[m]} {y}')
    archive = ''.join(f'<li><a href="{EE_HOST}/index.php/news/archive/{i}">{m}</a> ({34 - 5 * i})</li>\n' for i, m in enumerate(months))
    menu = ''.join(f'<li><a href="{EE_HOST}/index.php/{i}">{t}</a></li>\n' for i, t in enumerate(EE_MENU))
    elapsed = f'{EE_ELAPSED} 0.{1137 + 211 * k:04d} {EE_SECONDS}'
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>{esc(title)} | {EE_SITE}</title>
<meta name="description" content="{esc(opening_words(paras[0], 20))}">
<link rel="stylesheet" type="text/css" media="all" href="{EE_HOST}/index.php?css=site/main.v.1519215600">
<link rel="alternate" type="application/rss+xml" title="RSS" href="{EE_HOST}/index.php/rss">
</head>
<body id="article">
<div id="header">
<p class="slogan">{EE_SLOGAN}</p>
<a id="logo" href="{EE_HOST}/">{EE_SITE}</a>
<p class="weather">{EE_WEATHER}</p>
</div>
<ul id="nav">
{menu}</ul>
<div id="wrap">
<div id="content">
<div class="entry">
<h1 class="entry-title">{esc(title)}</h1>
<p class="entry-meta">{EE_BY} <a href="{EE_HOST}/index.php/member/{300 + k}">{author}</a> |
<span class="entry-date">{date_line}</span>{f' |{chr(10)}<span class="edit-date">{edit_line}</span>' if odd else ''}</p>
<div class="entry-photo"><img src="{EE_HOST}/images/uploads/{day.year}/{slug}.jpg" alt="" width="600" height="380"></div>
<div class="entry-body">
{text}
</div>
<p class="entry-categories">{EE_CATEGORIES} {cat_html}</p>
</div>
<div class="related-entries">
<h3>{EE_RELATED}</h3>
<ul>
{rel_html}</ul>
</div>
<div class="entry-nav">
<span class="prev">{EE_PREV}: <a href="{EE_HOST}/index.php/news/article/p{eid - 1}">{esc(prev_next[0])}</a></span>
<span class="next">{EE_NEXT}: <a href="{EE_HOST}/index.php/news/article/n{eid + 1}">{esc(prev_next[1])}</a></span>
</div>
<div id="comments">
<h3>{EE_COMMENTS} ({len(EE_READERS)})</h3>
{comments}<form method="post" action="{EE_HOST}/index.php" id="comment_form">
<div class="hiddenFields">
<input type="hidden" name="ACT" value="12">
<input type="hidden" name="RET" value="{EE_HOST}/index.php/news/article/{slug}">
<input type="hidden" name="URI" value="news/article/{slug}">
<input type="hidden" name="entry_id" value="{eid}">
<input type="hidden" name="csrf_token" value="9f3b2c1d8e7a6f5b4c3d2e1f0a9b8c7d6e5f4a3b">
</div>
<h4>{EE_FORM}</h4>
{fields}<label for="f3">{EE_FORM_FIELDS[3]}</label><br>
<textarea name="comment" id="f3" cols="60" rows="8"></textarea><br>
<input type="checkbox" name="save_info" value="yes" id="save_info"> <label for="save_info">{EE_REMEMBER}</label><br>
<input type="submit" name="submit" value="{EE_SUBMIT}">
</form>
<p class="comment-rules">{EE_RULES}</p>
</div>
</div>
<div id="sidebar">
<div class="box"><h3>{EE_MOST}</h3>
<ol>
{most_html}</ol></div>
<div class="box"><h3>{EE_LATEST}</h3>
<ul>
{latest_html}</ul></div>
<div class="box"><h3>{EE_ARCHIVE}</h3>
<ul>
{archive}</ul></div>
<div class="box ad"><h3>{EE_ADS}</h3>
<p><a href="{EE_HOST}/index.php?ACT=31&amp;ad=7{k}" rel="sponsored">{EE_AD_TEXT}</a></p></div>
</div>
</div>
<div id="footer">
<p>{EE_FOOTER}</p>
<p class="elapsed">{elapsed}</p>
</div>
</body>
</html>'''
    without = [EE_SLOGAN, EE_WEATHER, EE_MENU[7], f'{EE_BY} {author}', date_line, EE_COMMENTS, EE_FORM, EE_REMEMBER, EE_RULES, EE_LATEST,
               EE_ARCHIVE, EE_AD_TEXT, EE_FOOTER, elapsed] + [t for _, _, t in EE_READERS] + [dz_date(d) for d in comment_days] + \
        months + latest + prev_next + rel[:2] + most[:2] + ([edit_line] if odd else [])
    read_also = [] if odd else [extra['also']]
    return page, title, read_also, rel + most, without, {'updated': upd_day.isoformat() if upd_day else None}


RENDER = {'cassiopeia': render_cassiopeia, 'simorgh': render_simorgh, 'nuxtapp': render_nuxtapp, 'lit': render_lit,
          'webflow': render_webflow, 'sitefinity': render_sitefinity, 'eecms': render_eecms}


render = renderer(RENDER, 'templates_set14.py', 14)


# --- the corpus and the driver ----------------------------------------------------------------------------
# The Alarabia and BBC files that a segmenter label named when the set was written, frozen so that later labels
# do not shift the set's articles.
SEGMENTER_NAMED = frozenset((
    'AL-culture-458-20180605.txt', 'AL-culture-73-20180219.txt', 'AL-economy-828-20180614.txt',
    'AL-internationalNews-1318-20180525.txt', 'AL-internationalNews-1457-20180604.txt', 'AL-sport-1156-20180407.txt',
    'AL-sport-1762-20180531.txt', 'AL-sport-2350-20180713.txt', 'AL-sport-87-20180212.txt',
    'AL-technology-295-20180611.txt', 'BB-internationalNews-869-20180725.txt', 'BB-middleEast-111-20180228.txt',
    'BB-middleEast-508-20180517.txt', 'BB-middleEast-905-20180819.txt'))


def usable_title(title):
    return 3 <= len(title.split()) <= 20 and not any(m in title for m in MARKERS)


def records(corpus):
    """Every record of CORPUS/ant-multisource/{Alarabia,BBC}/*/*.txt in sorted path order, the files that a segmenter label
    names left out (templates_set12.trec_records)."""
    return trec_records(corpus, CORPUS_FOLDER, SOURCES, SEGMENTER_NAMED)


def article_of(rec):
    """(name, title, paragraphs) when the record is an article (see the docstring), else None."""
    lines = rec['lines']
    if not rec['when'] or not usable_title(rec['title']) or any(m in l for l in lines for m in MARKERS):
        return None
    paras = [l for l in lines if len(l.split()) >= 12]
    if len(paras) < 3:
        return None
    return rec['name'], rec['title'], paras[:8]


def deck_of(rec):
    """The record's <ABSTRACT> as a standfirst when it is its own sentence (not the opening of the text, cut or
    not, and not one of the paragraphs), else ''."""
    abstract = rec['abstract']
    if not abstract or any(m in abstract for m in MARKERS) or not 8 <= len(abstract.split()) <= 45:
        return ''
    head = ' '.join(fold(abstract).split()[:6])
    if any(head in fold(l) for l in rec['lines']):
        return ''
    return abstract


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
    """`need` (index, article) pairs, round robin over the set's folders (templates_set12.pick_articles)."""
    return shared_pick_articles(recs, need, article_of, 'templates_set14', CORPUS_FOLDER)


def main(argv=None):
    args = set_arguments(__doc__, 'templates_set14', KINDS, RENDER, CORPUS_FOLDER, argv)
    kinds = args.kinds
    recs = records(args.corpus)
    # Pages are counted over the whole set (kinds in KINDS order), so that --kinds picks the same articles.
    chosen = pick_articles(recs, args.per_kind * len(KINDS))
    rng = random.Random(20261215)
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
        rec = recs[at_]
        local = local_time(kind, rec['when'])
        extra = {'at': local, 'also': heads[11], 'also2': heads[12], 'more': heads[13:],
                 'cat': os.path.basename(rec['folder']), 'deck': deck_of(rec)}
        name = f'{kind}-{k}'
        page, label, encoding = render(kind, art, others, extra, local.date().isoformat(), name, k)
        bad += write_page(args.out, name, page, label, encoding, art[2], 'templates_set14')
        written += 1
    print(f'{written} pages in {args.out}' + (f', {bad} problems' if bad else ''))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
