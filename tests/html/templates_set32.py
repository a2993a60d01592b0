#!/usr/bin/env python3
"""Sealed HTML template set 32 (issue 14): seven more kinds of Arabic news pages, labelled by construction.

Written by a helper who did not change the HTML extractor's rules, did not read them (src/, include/, data/, bench/, nor
docs/segmenter.md, loader.md or markers.md), never ran akhbar on these pages (nor any other binary of that name), never
built it and never ran git: the set stays sealed until it is scored once, and that first score measures the rules on
templates nobody tuned them for. None of these platforms is a kind of make_templates.py or templates_set5..30.py (their
docstrings and strings were searched for each; set 22's docstring names WriteFreely only among the platforms its brief
suggested and it did not build), nor of set 31, written at the same time by another helper (Stibo DX CUE, Naviga Web,
Eidos Methode, Payload CMS, Keystone 6, Hostinger Website Builder, DokuWiki): Yola's site builder (its text widget and
blog), Ucraft's site builder, Micro.blog (a hosted blog with a custom Hugo theme and the conversation embed), WriteFreely
(the federated minimalist blog), Textcube (a Korean blog engine with an Arabic skin), VuePress 2 (a Vue static site
generator, the default theme with a blog layout) and Fresh (Deno's islands framework). The brief suggested a Medium
custom-domain publication too; a Medium-like platform is set 7's and Medium is named by set 23, so Fresh took its place.
Every chrome sentence is new wording (no chrome constant of the earlier sets is imported; --wording checks automatically
that no run of three Arabic words of a string of this file, docstrings aside, appears, after templates_set5.fold()'s
letter folding, in the string constants of make_templates.py or templates_set5..30.py, docstrings included). The chrome
is Arabic (Saudi, Iraqi, Tunisian, Omani, Kuwaiti and Emirati readers where the site speaks them), with what such
platforms leave in English: "Made with Yola", Ucraft's badge, Micro.blog's "Also on Micro.blog" and English reply
dates, WriteFreely's "published with write.as"-like footer, Textcube's "Trackback" and "Comment" counters, VuePress'
"Last Updated" label and prev/next arrows, Fresh's "Made with Fresh" badge.

The texts: SaudiNewsNet's JSON records (CORPUS/saudinewsnet/json/2015-07-22.json; yola, textcube and vuepress), each
page's headline the record's title and its time the record's date_extracted (Riyadh time) made local in the kind's
zone; Al-Hudood's satire (CORPUS/satirical-hudood; ucraft and writefreely), whose files carry no date, the headline
glued to the text: the number of the headline's words of ten files after those set 21 read was read by hand
(HD_TITLE_WORDS), the rest of the file cut into paragraphs where its sentences most likely start (hd_paragraphs(), set
21's cuts at shorter lengths, since these texts are short), each page's day and clock time drawn; JawharaFM's TREC
records (CORPUS/ant-jawharafm; microblog and fresh), each page's day the record's <TIME> and its clock time the record's
or a drawn one. Page N (counted over the whole set, kinds in the order below) has a generator, random.Random(
"templates_set32 page N"), that draws, in this order, a day of 2016 to 2024 (used by the undated Hudood texts), a clock
time (07:00 to 22:59), the update's delay (1 to 2 days, 1 to 9 hours, 5 to 55 minutes), the hours and minutes before
the page was saved (its "today", tickers, comments and later lists fall between publication and that moment; a page is
always saved after its own update) and a count. Zones: Riyadh's, Baghdad's and Kuwait's +03:00, Muscat's and Dubai's
+04:00, Tunis' +01:00 (none of them has summer time in the years used); every page's publication and update times are
checked against zoneinfo when the set is written. Three pages are moved just after local midnight, keeping their day,
for a UTC trap (MOVED): yola-2 (00:40, Yola's Open Graph time in UTC), vuepress-1 (01:10, the SEO plugin's UTC ISO
times) and fresh-3 (00:30, the island's props and JSON-LD in UTC); each is the day before in UTC. Two pages of each kind
are updated (14 of 28): one shows the update, the other declares it only in metadata; the other pages carry updated null
and declare no modified time later than their publication. Every page shows dates that are not the article's: a
header's "today", ticker clock times, readers' replies and comments, later lists' dates, earlier related items' dates,
archive months, footers' years.

Each kind carries a related list or a most-read box or both (labelled related, in page order) and lists that look
related but are not (latest or recent posts, a ticker, previous and next posts, recent comments, "on this day", a
series' other parts), and every other page (14) an inline read-also line or card in new wording. Four kinds are built
to be hard: the Yola page's text is one text widget whose paragraphs are separated only by <br><br>; the Ucraft page
puts its kicker, <h1> and date in a hero block OUTSIDE <main> and splits the text over sibling text blocks with a quote
block between them; the Micro.blog page's conversation (Tunisian replies, 8 to 12, each with its English date) is
longer than the text; the Fresh page holds the whole text again in its island's props (__FRSH_STATE, a text-to-speech
button). Two more have twists: Textcube's skin and VuePress' default theme put the sidebar (with its lists) before the
text in source order; WriteFreely's page is nearly bare (the collective's name in a <div>, WriteFreely's own <h1> being
the blog's name: changed so that the page has one <h1>, the post's title).

  yola        a Jeddah community news site on Yola's builder (Asia/Riyadh, +03:00; SaudiNewsNet): sys_* ids, Yola widget
              classes (Text_2_Default, yola_blog_*), og:article:published_time in UTC ("Z"; og modified on pages 1 and 3,
              page 3's update only there); the top strip with the saved day, logo, nav, "شريط جدة الآن" (three headlines
              with clock times: not related); the post: <h1>, "نشرها NAME" and the English blog date "July 22, 2015"
              (Yola's blog widget), page 1 "عُدّل المنشور في DATE" (updated; not body); a picture and caption; the one text
              widget, its paragraphs separated only by <br><br>, on even pages a bold line "من الأرشيف على صلة:" and a
              link inside it (read-also); the source line; share; "يكثر الرجوع إليه هذا الأسبوع" (five: related, a most-read
              box); "أحدث ما أضيف إلى الموقع" (five with dates: not related); newsletter, footer ("Made with Yola", year)
  ucraft      a Baghdad satire site on Ucraft (Asia/Baghdad, +03:00; Hudood): uc-* blocks with data-block-id, a hero block
              OUTSIDE <main> (kicker, <h1>, "بريشة: NAME", the date "22 تموز 2018" in Iraqi month names; page 0 "آخر
              تنقيح: DATE", updated), a BlogPosting JSON-LD in local time (dateModified on pages 0 and 2, page 2's only
              there); <main>: text blocks (the first paragraphs, a quote block repeating no sentence but a satirical
              motto, the rest), on odd pages a block "لمن فاته الجزء السابق:" and a link (read-also); "سخريات من الطينة
              نفسها" (four: related); "طازج من المطبعة" (five later with dates: not related); the badge, the cookie bar
  microblog   a Sfax radio journalist's Micro.blog (Africa/Tunis, +01:00; JawharaFM, texts of at most MB_MAX_WORDS words):
              h-entry, <time class="dt-published"> in local time with the offset, shown "10 مارس 2017" with Tunisian month
              names; page 2 "أدخلت تعديلاً على النص في DATE" (updated), page 0 only a dt-updated <time> hidden in data
              (metadata: the updated date); the text, on odd pages "سبق أن كتبت هنا:" and a link (read-also); "تدوينات
              تجاورها في الموضوع" (four: related); the conversation (Micro.blog's embed: replies with English dates
              "Mar 11, 2017", longer than the text); "دوّنتُ في التاريخ نفسه سابقاً" (earlier years: not related); recent posts (not
              related); footer "Also on Micro.blog"
  writefreely an Omani writers' collective on WriteFreely (Asia/Muscat, +04:00; Hudood): the collective's name in a <div>
              (see above), <h1 id="title" class="p-name">, <time class="dt-published" datetime="...Z"> (UTC) showing
              "22 يوليو 2019"; article:published_time in UTC, article:modified_time on pages 1 and 3 (page 3's only
              there), page 1 a closing line "حرّرنا النص مجدداً في DATE" (updated; not body); the e-content paragraphs, on
              even pages a blockquote "خيط سابق من الحكاية:" and a link (read-also); the instance's post footer: "نصوص من
              الرف نفسه" (four: related), "وضعه الكتّاب على الرف حديثاً" (five: not related), the footer
  textcube    a Kuwaiti blogger's Textcube blog (Asia/Kuwait, +03:00; SaudiNewsNet): the sidebar FIRST (profile, "ما
              يتداوله زوار المدونة" most-read five: related, recent entries with dates: not related, recent comments,
              archive months, counters), then the entry: category, <h1> (the skin's title), Textcube's "2015/07/22 14:13",
              og article times with +03:00 (modified on pages 0 and 2, page 2's only there), page 0 "※ أضفت تعديلاً على
              المكتوب في DATE" (updated); the text, on odd pages "على الهامش، من المدونة:" and a link (read-also); tags;
              "Trackback 0 : Comment N"; "تدوينات على الوتر نفسه" (four: related); comments with "2015/07/22 18:04"
  vuepress    a Dubai developer-news site on VuePress 2 (Asia/Dubai, +04:00; SaudiNewsNet): the navbar, the sidebar
              BEFORE <main> ("أخبار القسم بالترتيب الزمني", six: not related; "ما يفتحه القراء أولاً", five:
              related, a most-read box); <main class="page">: the theme-default-content with <h1> and a header-anchor, the custom
              article-info line "تاريخ النشر: 22/07/2015", the editor and the reading time, the text, on even pages a custom
              container "تتمة مفيدة:" and a link (read-also); page-meta: on page 0 "Last Updated: 7/24/2015, 3:20:11 PM"
              (en-US toLocaleString of the update: updated), page 2's update only in the SEO plugin's
              article:modified_time; the page-nav prev/next (not related); seo2's JSON-LD and Open Graph in UTC ("Z")
  fresh       a Tunis radio's news site on Deno Fresh (Africa/Tunis, +01:00; JawharaFM): islands markers (<!--frsh-...-->),
              __FRSH_STATE with the text-to-speech island's props (the title and every paragraph: the text again, and
              publishedAt in UTC "Z"); a NewsArticle JSON-LD in UTC; the header ("اليوم DAY DD/MM/YYYY"), the "تونس الآن" ticker
              (not related); <h1>, "DAY D MONTH YYYY - HH:MM" in Tunisian months, page 1 "حيّنا الخبر في: DATE"
              (updated; not body), page 3's update only in the JSON-LD's dateModified and the props; the text with, on odd
              pages, a card "مما بثته الإذاعة سابقاً:" and a link (read-also); "أخبار تتقاطع معه" (four: related); "الأكثر
              استماعاً هذا الأسبوع" (five: related); "جديد الأخبار" (five with clock times: not related); footer

Labels (the format of tests/html/labels): title (the <h1>), published (the local date in the kind's zone), updated (the
local date where the page shows or declares an update: 14 of the 28 pages; null elsewhere), body_with = the opening of
each paragraph (templates_set5.opening(); for a text of fewer than six paragraphs, eight words from the middle of its
longest paragraphs are added, so that each label has six to ten, from the first paragraph to the last), body_without =
visible chrome texts, bylines, date lines, source and update notes, readers' comments and replies and their dates,
other stories' headlines, read_also, related (headed related lists and most-read boxes only, in page order).

Articles: a SaudiNewsNet record is one when its title is usable (3 to 20 words, no read-also marker, not a split file's
first line nor an earlier record's title), no line holds a marker and it has at least 6 lines of 12 words or more (the
first 8 kept); a JawharaFM record as set 24 reads it (templates_set24.article_of()); a Hudood file of HD_TITLE_WORDS when
its text holds no marker and hd_paragraphs() gives at least 4 paragraphs (the first 8 kept). Left out (frozen, so that
later labels do not shift the set): the records and files a label of tests/segmenter/labels, tests/html/labels or
../shared/eval/dev names or a segmenter blind draw (tests/segmenter/blind*-draw.txt, blind32 and blind33 included) lists
(SAUDI_LABEL_NAMED, JA_LABEL_NAMED, HD_LABEL_NAMED), and the records sets 20 and 28 (SaudiNewsNet JSON), 12, 24 and 27
(JawharaFM) built pages around and the 58 files set 21 read (EARLIER_SETS_READ lists; set 21's files give headlines
only). Page k of a kind takes the first article (in the file's or sorted path order) of FOLDERS[kind][k] or of the
kind's next folders that no page took before (templates_set24.pick_from_folders()). Other stories' headlines are the
titles of the records of the same source that follow the article's, wrapping around (templates_set14.following()): the
first 11 shuffled by random.Random(20261232), one shuffle a page, then the rest in order (the read-also is the 12th,
tickers, previous and next titles and the like from the 14th on).

Usage: templates_set32.py OUT_DIR [--corpus DIR] [--per-kind 4] [--kinds a,b] [--wording]
writes OUT_DIR/pages/KIND-N.html and OUT_DIR/labels/KIND-N.json (templates_set24.run_set()), checks every labelled text
against the page's visible text with templates_set5's check() (templates_set12.write_page()), the links and keys with
templates_set9's check and the balance with templates_set10's (templates_set10.renderer()), the pages' offsets against
zoneinfo; with --wording it also runs the wording check over make_templates.py and templates_set5..30.py; fails if any
check does. The output is the same byte for byte from run to run."""
import datetime
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
from templates_set10 import EN_MONTHS, renderer  # noqa: E402
from templates_set12 import TN_MONTHS, hm, indic, records as jawhara_records  # noqa: E402
from templates_set14 import usable_title  # noqa: E402
from templates_set15 import outside, upd_of  # noqa: E402
from templates_set16 import dmy  # noqa: E402
from templates_set18 import ymd  # noqa: E402
from templates_set19 import MARKERS, iso_z, lead_words, zone_helpers  # noqa: E402
from templates_set20 import clean, hash_int, split_titles  # noqa: E402
from templates_set21 import (STARTERS, TITLE_WORDS as SET21_TITLE_WORDS, tokens, with_null_update)  # noqa: E402
from templates_set23 import hex_id, spaced  # noqa: E402
from templates_set24 import (after, article_of as jawhara_article_of, moment_helpers, pick_from_folders, run_set,  # noqa: E402
                             words_of)

KINDS = ('yola', 'ucraft', 'microblog', 'writefreely', 'textcube', 'vuepress', 'fresh')
UTC = datetime.timezone.utc
ZONES = {'yola': (3, []), 'ucraft': (3, []), 'microblog': (1, []), 'writefreely': (4, []), 'textcube': (3, []),
         'vuepress': (4, []), 'fresh': (1, [])}
TZ = {'yola': 'Asia/Riyadh', 'ucraft': 'Asia/Baghdad', 'microblog': 'Africa/Tunis', 'writefreely': 'Asia/Muscat',
      'textcube': 'Asia/Kuwait', 'vuepress': 'Asia/Dubai', 'fresh': 'Africa/Tunis'}
SOURCE = {'yola': 'saudi', 'ucraft': 'hudood', 'microblog': 'jawhara', 'writefreely': 'hudood', 'textcube': 'saudi',
          'vuepress': 'saudi', 'fresh': 'jawhara'}
FOLDERS = {'yola': ('sabq', 'okaz', 'alweeam', 'almadina'),
           'ucraft': ('satirical-hudood',) * 4,
           'microblog': ('localNews', 'society', 'culture', 'economy'),
           'writefreely': ('satirical-hudood',) * 4,
           'textcube': ('alyaum', 'aljazirah', 'alwatan', 'alyaum'),
           'vuepress': ('aleqtisadiya', 'alriyadh', 'aleqtisadiya', 'aawsat'),
           'fresh': ('politic', 'sport', 'internationalNews', 'diverse')}
MOVED = {('yola', 2): (0, 40), ('vuepress', 1): (1, 10), ('fresh', 3): (0, 30)}
# The microblog pages' conversation is longer than their text: their texts have at most this many words.
MB_MAX_WORDS = 300
offset_hours, zone, in_zone, later, earlier = zone_helpers(ZONES)
between, saved_after = moment_helpers(in_zone, later)


def updates(kind, k, pub, draw, pages):
    """(mod, upd_day): page k's update when k is one of `pages` (else the publication and None)."""
    if k in pages:
        mod = later(kind, pub, **draw['update'])
        return mod, mod.date()
    return pub, None


def saved(kind, pub, draw, mod, upd_day, **delta):
    return saved_after(kind, later(kind, pub, **delta), mod if upd_day else None, draw)


def moments(kind, start, end, n):
    return [between(kind, start, end, i, n) for i in range(n)]


def gulf(t):
    return f'{t.day} {GULF_MONTHS[t.month - 1]} {t.year}'


def tn(t):
    return f'{t.day} {TN_MONTHS[t.month - 1]} {t.year}'


def iraqi(t):
    return f'{t.day} {LEVANT_MONTHS[t.month - 1]} {t.year}'


def en_long(t):
    return f'{EN_MONTHS[t.month - 1]} {t.day}, {t.year}'


def en_short(t):
    return f'{EN_MONTHS[t.month - 1][:3]} {t.day}, {t.year}'


def links(items, href):
    return ''.join(f'<li><a href="{href(t)}">{esc(t)}</a></li>' for t in items)


# --- yola: a Jeddah community news site on Yola's site builder ---------------------------------------------------
YL_SITE = 'حارة البلد'
YL_HOST = 'https://www.harat-albalad.example'
YL_NAV = ['الرئيسية', 'أخبار جدة', 'المملكة', 'منوعات', 'راسلونا']
YL_TODAY = 'جدة، {date}'
YL_TICKER = 'شريط جدة الآن'
YL_BY = 'نشرها {name}'
YL_AUTHORS = ['ريم باعشن', 'فريق الحارة', 'عبدالله الغامدي', 'نوف الزهراني']
YL_EDITED = 'عُدّل المنشور في {date}'
YL_CAPTION = 'عدسة الحارة، لقطة للتوضيح'
YL_ALSO = 'من الأرشيف على صلة:'
YL_SOURCE = 'المادة منقولة بحرفها عن جريدة {paper}'
YL_PAPERS = {'sabq': 'سبق', 'okaz': 'عكاظ', 'alweeam': 'الوئام', 'almadina': 'المدينة', 'alyaum': 'اليوم',
             'aljazirah': 'الجزيرة', 'alwatan': 'الوطن', 'aleqtisadiya': 'الاقتصادية', 'alriyadh': 'الرياض', 'aawsat': 'الشرق الأوسط'}
YL_SHARE = 'وزّعها على أصحابك'
YL_MOST = 'يكثر الرجوع إليه هذا الأسبوع'
YL_LATEST = 'أحدث ما أضيف إلى الموقع'
YL_LETTER_HEAD = 'رسالة الحارة كل خميس'
YL_LETTER = 'اكتب بريدك وتصلك حكايات جدة القديمة وأخبارها مع نهاية كل أسبوع'
YL_LETTER_BUTTON = 'أضفني'
YL_FOOT = 'جميع الحقوق لموقع حارة البلد {year}'
YL_MADE = 'Made with Yola'
YL_COOKIE = 'نخزّن في متصفحك معرّفات بسيطة لنحصي الزوار'
YL_COOKIE_BUTTON = 'موافق'


def render_yola(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'yola'
    pub, draw = extra['at'], extra['draw']
    most, latest = others[:5], others[5:10]
    ticker = extra['more'][:3]
    mod, upd_day = updates(kind, k, pub, draw, (1, 3))
    now = saved(kind, pub, draw, mod, upd_day, hours=draw['saved_hours'], minutes=draw['saved_minutes'])
    paper = YL_PAPERS.get(extra['folder'], 'سعودية')
    author = YL_AUTHORS[k]
    shown = en_long(pub)
    edited = YL_EDITED.format(date=en_long(mod)) if k == 1 else ''
    widget = 'I' + hex_id(title)[:24]
    host = lambda t: f'{YL_HOST}/blog/{hex_id(t)[:10]}'  # noqa: E731
    # Yola's text widget: one <p>, paragraphs separated only by <br><br>.
    parts = []
    for i, p in enumerate(paras):
        parts.append(esc(p))
        if k % 2 == 0 and i == 1:
            parts.append(f'<b>{YL_ALSO}</b> <a href="{host(extra["also"])}">{esc(extra["also"])}</a>')
    text = '<br/><br/>'.join(parts)
    source = YL_SOURCE.format(paper=paper)
    ticker_days = [earlier(kind, now, minutes=15 + 40 * i) for i in range(3)]
    ticker_html = ''.join(f'<span class="tick"><b>{hm(d)}</b> <a href="{host(t)}">{esc(t)}</a></span> ' for t, d in zip(ticker, ticker_days))
    latest_days = moments(kind, pub, now, len(latest))
    latest_html = ''.join(f'<li><a href="{host(t)}">{esc(t)}</a> <span class="yola_blog_date">{en_long(d)}</span></li>' for t, d in zip(latest, latest_days))
    nav = ''.join(f'<li class="sys_navigation_item"><a href="{YL_HOST}/{["", "jeddah", "ksa", "misc", "contact"][i]}">{t}</a></li>' for i, t in enumerate(YL_NAV))
    today = YL_TODAY.format(date=f'{DAYS[now.weekday()]} {gulf(now)}')
    og_mod = f'<meta property="og:updated_time" content="{iso_z(mod)}" />\n' if upd_day else ''
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)} - {YL_SITE}</title>
<meta name="generator" content="Yola Sitebuilder" />
<meta name="description" content="{esc(lead_words(paras, 20))}" />
<meta property="og:title" content="{esc(title)}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{host(title)}" />
<meta property="og:site_name" content="{YL_SITE}" />
<meta property="article:published_time" content="{iso_z(pub)}" />
{og_mod}<link rel="stylesheet" type="text/css" href="https://assets.yolacdn.net/0-0-1/yola_sitebuilder.css" />
<link rel="stylesheet" type="text/css" href="{YL_HOST}/resources/style.css?{hash_int(YL_SITE)}" />
<script type="text/javascript">var yola_site = {{"id":"8a4986c{hex_id(YL_SITE)[:10]}","locale":"ar","blog":true}};</script>
</head>
<body id="sys_background">
<div id="sys_banner" class="yola_banner"><div class="sys_today">{today}</div>
<div id="sys_heading"><a href="{YL_HOST}/"><img src="{YL_HOST}/resources/logo.png" alt="{YL_SITE}" /></a></div>
<ul id="sys_navigation" class="sys_navigation">{nav}</ul></div>
<div class="yola_ticker"><strong>{YL_TICKER}</strong> {ticker_html}</div>
<div id="sys_layout" class="sys_layout"><table class="sys_layout_table"><tr>
<td id="sys_region_1" class="sys_region">
<div id="{widget}" class="Blog_Post_1_Default yola_blog_post">
<h1 class="yola_blog_post_title">{esc(title)}</h1>
<div class="yola_blog_post_meta"><span class="yola_blog_author">{YL_BY.format(name=author)}</span> <span class="yola_blog_date">{shown}</span></div>
{f'<div class="yola_blog_post_edited">{edited}</div>' if edited else ''}
<div class="Image_Default"><img src="{YL_HOST}/resources/{hex_id(title)[:12]}.jpg" alt="" width="620" /><div class="caption">{YL_CAPTION}</div></div>
<div id="{widget}T" style="display:block;clear:both;" class="Text_2_Default"><p>{text}</p></div>
<div class="Text_2_Default"><p><i>{source}</i></p></div>
<div class="yola_share"><span>{YL_SHARE}</span> <a href="https://twitter.com/share?url={host(title)}">X</a> <a href="https://wa.me/?text={host(title)}">WhatsApp</a></div>
</div>
</td>
<td id="sys_region_2" class="sys_region">
<div class="Panel_Default"><h2>{YL_MOST}</h2><ol>{links(most, host)}</ol></div>
<div class="Panel_Default"><h2>{YL_LATEST}</h2><ul>{latest_html}</ul></div>
<div class="Form_Default"><h3>{YL_LETTER_HEAD}</h3><p>{YL_LETTER}</p><form action="{YL_HOST}/form" method="post"><input type="email" name="email" /><button type="submit">{YL_LETTER_BUTTON}</button></form></div>
</td></tr></table></div>
<div id="sys_footer"><p>{YL_FOOT.format(year=now.year)}</p><p><a href="https://www.yola.com/">{YL_MADE}</a></p></div>
<div id="yola_cookie_notice"><p>{YL_COOKIE}</p><button type="button">{YL_COOKIE_BUTTON}</button></div>
<script src="https://assets.yolacdn.net/0-0-1/yola.js"></script>
</body>
</html>
'''
    without = [today, YL_TICKER, YL_BY.format(name=author), shown, YL_CAPTION, source, YL_SHARE, YL_MOST, YL_LATEST, YL_LETTER_HEAD,
               YL_LETTER, YL_FOOT.format(year=now.year), YL_MADE, YL_COOKIE] + outside(YL_NAV[1:], paras) + ticker + latest + \
        [en_long(d) for d in latest_days[:2]] + most[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, most, without, upd_of(upd_day)


# --- ucraft: a Baghdad satire site on Ucraft ------------------------------------------------------------------
UC_SITE = 'جريدة المسطرة'
UC_HOST = 'https://almastara.example'
UC_NAV = ['الصفحة الأولى', 'سياسة بلا سياسة', 'مجتمع مقلوب', 'اقتصاد الحصة', 'عن المسطرة']
UC_KICKER = 'أخبار لا تصدقها'
UC_BY = 'بريشة: {name}'
UC_AUTHORS = ['حسون المعيدي', 'هيئة التحرير الساخر', 'زهراء الكربلائي', 'علي أبو التمن']
UC_EDITED = 'آخر تنقيح: {date}'
UC_MOTTO = 'المسطرة: نقيس الأخبار بالشبر، ونزيد عليها نصف شبر'
UC_ALSO = 'لمن فاته الجزء السابق:'
UC_DISCLAIMER = 'كل ما في الجريدة من نسج الخيال، وأي تشابه مع مسؤول حقيقي محض مصادفة مقصودة'
UC_RELATED = 'سخريات من الطينة نفسها'
UC_FRESH = 'طازج من المطبعة'
UC_FOLLOW = 'تابعونا حيث لا تراقبنا الرقابة'
UC_FOOT = '© {year} جريدة المسطرة - بغداد'
UC_BADGE = 'Made with Ucraft'
UC_COOKIE = 'نستخدم الكعك الرقمي حتى نعرف من يضحك علينا ومن يضحك معنا'
UC_COOKIE_BUTTON = 'ماشي'


def uc_block(kind_, inner, bid, cls=''):
    return f'<div class="uc-block uc-block--{kind_}{cls}" data-block-id="{bid}" data-block-type="{kind_}"><div class="uc-block__inner">{inner}</div></div>'


def render_ucraft(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'ucraft'
    pub, draw = extra['at'], extra['draw']
    rel, fresh = others[:4], others[4:9]
    mod, upd_day = updates(kind, k, pub, draw, (0, 2))
    now = saved(kind, pub, draw, mod, upd_day, days=1, hours=draw['saved_hours'])
    author = UC_AUTHORS[k]
    shown = iraqi(pub)
    edited = UC_EDITED.format(date=f'{iraqi(mod)} {hm(mod)}') if k == 0 else ''
    host = lambda t: f'{UC_HOST}/blog/{hex_id(t)[:9]}'  # noqa: E731
    bid = hash_int(title)
    half = (len(paras) + 1) // 2
    blocks = uc_block('text', ''.join(f'<p class="uc-text">{esc(p)}</p>' for p in paras[:half]), bid + 1)
    blocks += uc_block('quote', f'<blockquote class="uc-quote">{UC_MOTTO}</blockquote>', bid + 2)
    if k % 2 == 1:
        blocks += uc_block('text', f'<p class="uc-text"><strong>{UC_ALSO}</strong> <a href="{host(extra["also"])}">{esc(extra["also"])}</a></p>', bid + 3)
    blocks += uc_block('text', ''.join(f'<p class="uc-text">{esc(p)}</p>' for p in paras[half:]), bid + 4)
    blocks += uc_block('text', f'<p class="uc-text uc-text--small"><em>{UC_DISCLAIMER}</em></p>', bid + 5)
    fresh_days = moments(kind, pub, now, len(fresh))
    fresh_html = ''.join(f'<div class="uc-blog-card"><a class="uc-blog-card__title" href="{host(t)}">{esc(t)}</a><span class="uc-blog-card__date">{iraqi(d)}</span></div>'
                         for t, d in zip(fresh, fresh_days))
    nav = ''.join(f'<li class="uc-menu__item"><a href="{UC_HOST}/{i}">{t}</a></li>' for i, t in enumerate(UC_NAV))
    ld = {'@context': 'https://schema.org', '@type': 'BlogPosting', 'headline': title, 'datePublished': pub.isoformat(timespec='seconds'),
          'author': {'@type': 'Person', 'name': author}, 'publisher': {'@type': 'Organization', 'name': UC_SITE}, 'mainEntityOfPage': host(title)}
    if upd_day:
        ld['dateModified'] = mod.isoformat(timespec='seconds')
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl" class="uc-site">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | {UC_SITE}</title>
<meta name="generator" content="Ucraft">
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="article">
<meta property="og:image" content="https://static.ucraft.net/fs/userFiles/almastara/images/{hex_id(title)[:8]}.jpg">
<link rel="stylesheet" href="https://static.ucraft.net/assets/css/site.min.css?v={bid}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="uc-page uc-page--blog-post">
<header class="uc-header" data-block-type="header"><div class="uc-row"><a class="uc-logo" href="{UC_HOST}/">{UC_SITE}</a><nav class="uc-menu"><ul>{nav}</ul></nav></div></header>
<section class="uc-section uc-section--hero" data-section-id="{bid}">
<div class="uc-row"><div class="uc-col uc-col-12">
{uc_block('label', f'<span class="uc-kicker">{UC_KICKER}</span>', bid)}
{uc_block('heading', f'<h1 class="uc-heading">{esc(title)}</h1>', bid + 7)}
{uc_block('meta', f'<span class="uc-author">{UC_BY.format(name=author)}</span> <time datetime="{pub.isoformat(timespec="seconds")}">{shown}</time>' + (f' <span class="uc-edited">{edited}</span>' if edited else ''), bid + 8)}
</div></div>
<div class="uc-hero-image" style="background-image:url(https://static.ucraft.net/fs/userFiles/almastara/images/{hex_id(title)[:8]}.jpg)"></div>
</section>
<main class="uc-main">
<section class="uc-section uc-section--content"><div class="uc-row"><div class="uc-col uc-col-8">
{blocks}
</div></div></section>
<section class="uc-section"><div class="uc-row"><div class="uc-col uc-col-12">
<h2 class="uc-heading">{UC_RELATED}</h2><ul class="uc-blog-related">{links(rel, host)}</ul>
<h2 class="uc-heading">{UC_FRESH}</h2><div class="uc-blog-list">{fresh_html}</div>
</div></div></section>
</main>
<footer class="uc-footer"><p>{UC_FOLLOW}</p><p>{UC_FOOT.format(year=now.year)}</p><a class="uc-badge" href="https://www.ucraft.com">{UC_BADGE}</a></footer>
<div class="uc-cookie-bar"><span>{UC_COOKIE}</span> <button type="button">{UC_COOKIE_BUTTON}</button></div>
</body>
</html>
'''
    without = [UC_KICKER, UC_BY.format(name=author), shown, UC_MOTTO, UC_DISCLAIMER, UC_RELATED, UC_FRESH, UC_FOLLOW,
               UC_FOOT.format(year=now.year), UC_BADGE, UC_COOKIE] + outside(UC_NAV[1:], paras) + fresh + \
        [iraqi(d) for d in fresh_days[:2]] + rel[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- microblog: a Sfax radio journalist's Micro.blog --------------------------------------------------------
MB_NAME = 'دفتر سنية'
MB_HOST = 'https://sonia-sfax.micro.blog'
MB_OWNER = 'سنية الطرابلسي'
MB_BIO = 'صحفية في إذاعة محلية بصفاقس، أدوّن هنا ما يفيض عن النشرة'
MB_NAV = ['الأرشيف', 'صور', 'عنّي', 'RSS']
MB_EDITED = 'أدخلت تعديلاً على النص في {date}'
MB_ALSO = 'سبق أن كتبت هنا:'
MB_FROM = 'الخبر كما بثّته موجات الجوهرة، وأنقله بتصرف بسيط'
MB_RELATED = 'تدوينات تجاورها في الموضوع'
MB_CONVO = 'ردود من المدونين'
MB_ON_DAY = 'دوّنتُ في التاريخ نفسه سابقاً'
MB_RECENT = 'كتبتها مؤخراً'
MB_ALSO_ON = 'Also on Micro.blog'
MB_FOOT = '© {year} سنية الطرابلسي'
MB_REPLY_BUTTON = 'Reply on Micro.blog'
MB_REPLIES = [
    ('@hedi', 'هادي الشابي', 'يعطيك الصحة يا سنية، الحكاية هذي سمعتها الصباح في الكرهبة وما فهمتش التفاصيل الكل. توا وضحت، أما باقي عندي سؤال على شكون باش يتابع الملف بعد ما تهدا الضجة.'),
    ('@amira', 'أميرة', 'برشا ناس في صفاقس يحكيو على نفس الموضوع في القهاوي، والكل عندو رأي. المشكلة اللي الأخبار الرسمية ديما تجي متأخرة والناس تبني على الإشاعة قبل ما تجي المعلومة الصحيحة.'),
    ('@nabil_tn', 'نبيل', 'كلام في بلاصتو. أما نحب نزيد حاجة: الإذاعات الجهوية هي الوحيدة اللي تتبع الملفات هذي بالتفصيل، والتلفزة الوطنية تعديها في دقيقة. لازم نحافظو على الصحافة المحلية هذي.'),
    ('@fatma_ks', 'فاطمة', 'قريت التدوينة مرتين. أول مرة حسيت بالغضب وثاني مرة فهمت اللي الموضوع أعمق. شكراً على الأسلوب البسيط، خاطر برشا مقالات تكتب بطريقة ما يفهمها كان المختصين.'),
    ('@karim', 'كريم بن عمر', 'نعرف ناس خدامين في القطاع هذا وقالولي اللي الوضع أصعب من اللي يتقال في الأخبار. ما نجمش نزيد أكثر، أما إذا تحبي تعملي روبورتاج نجم نعرفك بيهم.'),
    ('@salma', 'سلمى', 'أنا من قرقنة وعندنا نفس المشكل من سنين. كل مرة يجيو يوعدو ويمشيو. ربي يقدّر والمرة هذي يكون فما تطبيق فعلي موش كان كلام في الجرايد والإذاعات.'),
    ('@youssef', 'يوسف', 'شكراً على الرابط. حبيت نسأل: علاش ما تحطيش الموقع اللي جاب منو الخبر بالرابط متاعو؟ ساعات نحب نقرا النص الكامل ونشوف التصريحات كما جات من غير تصرف.'),
    ('@rim', 'ريم', 'التدوينات متاعك ولات عندي عادة كل نهار في الصباح مع الكاس. نحب الطريقة اللي تحكي بيها على الجهة، فيها قرب من الناس موش كيف المواقع الكبيرة اللي تكتب من تونس العاصمة.'),
    ('@mourad', 'مراد', 'الموضوع هذا يرجعني لعام ألفين وثلاثة كي صار حاجة شبيهة. ساعتها ما تحاسب حتى واحد. نتمنى اللي الجيل الجديد من الصحفيين يبقى يسأل ويلح حتى يطلع الحق.'),
    ('@ines', 'إيناس', 'عندي ملاحظة صغيرة: الصورة في الصفحة الأولى ما تتحلش عندي في التليفون. نستعمل متصفح قديم شوية، يمكن المشكل مني. أما النص يتقرا عادي وواضح برشا.'),
    ('@walid', 'وليد', 'نحب نشكرك على الشجاعة. موش ساهل تكتب على المواضيع هذي باسمك الحقيقي في مدينة الكل يعرف فيها الكل. ربي يحفظك ويعطيك الصحة باش تكمل في الخدمة هذي.'),
    ('@olfa', 'ألفة', 'سؤال برا الموضوع: وقتاش ترجع الحصة الأسبوعية متاعك في الإذاعة؟ ولينا نستناو فيها من شهر فات، وما فماش حتى إعلان رسمي على موعدها الجديد.'),
]


def render_microblog(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'microblog'
    pub, draw = extra['at'], extra['draw']
    rel, recent = others[:4], others[4:9]
    on_day = extra['more'][:3]
    mod, upd_day = updates(kind, k, pub, draw, (0, 2))
    now = saved(kind, pub, draw, mod, upd_day, days=2, hours=draw['saved_hours'])
    host = lambda t: f'{MB_HOST}/{pub.year}/{hex_id(t)[:6]}.html'  # noqa: E731
    shown = tn(pub)
    edited = MB_EDITED.format(date=tn(mod)) if k == 2 else ''
    also = f'<p><strong>{MB_ALSO}</strong> <a href="{host(extra["also"])}">{esc(extra["also"])}</a></p>' if k % 2 == 1 else ''
    body = after(paras, also, 2) + f'<p><em>{MB_FROM}</em></p>' + (f'<p><small>{edited}</small></p>' if edited else '')
    thread, total = [], 0
    for i in range(len(MB_REPLIES)):
        thread.append(MB_REPLIES[(k * 3 + i) % len(MB_REPLIES)])
        total += len(thread[-1][2].split())
        if len(thread) >= 8 and total > words_of(paras) + 30:
            break
    if total <= words_of(paras):
        raise SystemExit(f'templates_set32: {slug}: the conversation ({total} words) is not longer than the text')
    reply_days = moments(kind, pub, now, len(thread))
    convo = ''.join(f'<div class="microblog_post"><div class="microblog_user"><img class="microblog_avatar" src="https://avatars.micro.blog/avatars/{hex_id(u)[:4]}.jpg" alt="" width="30" height="30">'
                    f' <span class="microblog_fullname">{esc(n)}</span> <a class="microblog_username" href="https://micro.blog/{u[1:]}">{u}</a></div>'
                    f'<div class="microblog_text"><p>{esc(c)}</p></div><div class="microblog_time"><a href="https://micro.blog/{u[1:]}/{hash_int(c)}">{en_short(d)}</a></div></div>'
                    for (u, n, c), d in zip(thread, reply_days))
    recent_days = moments(kind, pub, now, len(recent))
    recent_html = ''.join(f'<li><a href="{host(t)}">{esc(t)}</a> <time>{tn(d)}</time></li>' for t, d in zip(recent, recent_days))
    on_day_dates = [pub.replace(year=pub.year - 1 - i) for i in range(len(on_day))]
    on_day_html = ''.join(f'<li><a href="{host(t)}">{esc(t)}</a> <span>{d.year}</span></li>' for t, d in zip(on_day, on_day_dates))
    nav = ''.join(f'<a href="{MB_HOST}/{["archive", "photos", "about", "feed.xml"][i]}/">{t}</a> ' for i, t in enumerate(MB_NAV))
    upd_meta = f'<data class="dt-updated" value="{mod.isoformat(timespec="seconds")}"></data>' if upd_day else ''
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - {MB_NAME}</title>
<link rel="me" href="https://micro.blog/sonia">
<link rel="alternate" type="application/rss+xml" href="{MB_HOST}/feed.xml">
<link rel="authorization_endpoint" href="https://micro.blog/indieauth/auth">
<link rel="stylesheet" href="{MB_HOST}/custom.css">
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="article">
<meta name="generator" content="Hugo 0.91.2">
</head>
<body>
<div class="container">
<header class="masthead"><p class="masthead-title"><a href="{MB_HOST}/">{MB_NAME}</a></p><p class="bio">{MB_BIO}</p><nav>{nav}</nav></header>
<div class="content">
<article class="h-entry post">
<h1 class="p-name post-title">{esc(title)}</h1>
<p class="post-meta"><a href="{host(title)}" class="u-url"><time class="dt-published" datetime="{pub.isoformat(timespec="seconds")}">{shown}</time></a>{upd_meta}</p>
<div class="e-content">
{body}
</div>
</article>
<section class="related"><h2>{MB_RELATED}</h2><ul>{links(rel, host)}</ul></section>
<section class="conversation"><h2>{MB_CONVO}</h2><div class="microblog_conversation">{convo}</div><p><a class="reply-button" href="https://micro.blog/sonia/{hash_int(title)}">{MB_REPLY_BUTTON}</a></p></section>
<section class="on-this-day"><h2>{MB_ON_DAY}</h2><ul>{on_day_html}</ul></section>
<section class="recent"><h2>{MB_RECENT}</h2><ul>{recent_html}</ul></section>
</div>
<footer><p>{MB_FOOT.format(year=now.year)}</p><p><a href="https://micro.blog/sonia">{MB_ALSO_ON}</a></p></footer>
</div>
<script type="text/javascript" src="https://micro.blog/conversation.js?url={host(title)}"></script>
</body>
</html>
'''
    without = [MB_NAME, MB_BIO, shown, MB_FROM, MB_RELATED, MB_CONVO, MB_REPLY_BUTTON, MB_ON_DAY, MB_RECENT,
               MB_FOOT.format(year=now.year), MB_ALSO_ON] + outside(MB_NAV[:3], paras) + [c for _, _, c in thread] + \
        [n for _, n, _ in thread[:3]] + [en_short(d) for d in reply_days] + recent + [tn(d) for d in recent_days] + on_day + \
        rel[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- writefreely: an Omani writers' collective on WriteFreely -------------------------------------------------
WF_NAME = 'رفّ الساخرين'
WF_HOST = 'https://raf.om.example'
WF_DESC = 'كتّاب عمانيون يكتبون الأخبار كما كان ينبغي ألا تحدث'
WF_EDITED = 'حرّرنا النص مجدداً في {date}'
WF_ALSO = 'خيط سابق من الحكاية:'
WF_CREDIT = 'أصل النص لدى الحدود، والرف ينشره تضامناً مع الضحك'
WF_RELATED = 'نصوص من الرف نفسه'
WF_LATEST = 'وضعه الكتّاب على الرف حديثاً'
WF_FOOT = 'published with WriteFreely'
WF_ABOUT = ['عن الرف', 'شروط المشاركة', 'الخصوصية']
WF_COPY = 'رفّ الساخرين، مسقط {year}'


def render_writefreely(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'writefreely'
    pub, draw = extra['at'], extra['draw']
    rel, latest = others[:4], others[4:9]
    mod, upd_day = updates(kind, k, pub, draw, (1, 3))
    now = saved(kind, pub, draw, mod, upd_day, hours=draw['saved_hours'], minutes=draw['saved_minutes'])
    host = lambda t: f'{WF_HOST}/satire/{hex_id(t)[:12]}'  # noqa: E731
    shown = gulf(pub)
    edited = WF_EDITED.format(date=gulf(mod)) if k == 1 else ''
    also = f'<blockquote><p>{WF_ALSO} <a href="{host(extra["also"])}">{esc(extra["also"])}</a></p></blockquote>' if k % 2 == 0 else ''
    body = after(paras, also, 1, '<p dir="auto">{}</p>') + f'<p dir="auto"><em>{WF_CREDIT}</em></p>' + (f'<p dir="auto"><em>{edited}</em></p>' if edited else '')
    utc = pub.astimezone(UTC)
    og_mod = f'<meta property="article:modified_time" content="{iso_z(mod)}" />\n' if upd_day else ''
    about = ' '.join(f'<a href="{WF_HOST}/{["about", "terms", "privacy"][i]}">{t}</a>' for i, t in enumerate(WF_ABOUT))
    page = f'''<!DOCTYPE HTML>
<html>
<head>
<meta charset="utf-8">
<title>{esc(title)} — {WF_NAME}</title>
<link rel="stylesheet" type="text/css" href="/css/write.css" />
<link rel="shortcut icon" href="/favicon.ico" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="canonical" href="{host(title)}" />
<meta name="generator" content="WriteFreely">
<meta name="description" content="{esc(lead_words(paras, 20))}">
<meta itemprop="name" content="{esc(title)}">
<meta property="og:title" content="{esc(title)}" />
<meta property="og:site_name" content="{WF_NAME}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{host(title)}" />
<meta property="article:published_time" content="{iso_z(pub)}">
{og_mod}<link rel="alternate" type="application/rss+xml" title="{WF_NAME} &raquo; Feed" href="{WF_HOST}/satire/feed/" />
</head>
<body id="post">
<div id="overlay"></div>
<header>
<div dir="rtl" id="blog-title"><a rel="author" href="{WF_HOST}/satire/" class="h-card p-author">{WF_NAME}</a></div>
<p class="description p-note">{WF_DESC}</p>
</header>
<article id="post-body" class="norm h-entry" dir="rtl" lang="ar">
<h1 dir="auto" id="title" class="p-name dated">{esc(title)}</h1>
<time class="dt-published" datetime="{utc.strftime("%Y-%m-%dT%H:%M:%SZ")}" pubdate itemprop="datePublished" content="{utc.strftime("%Y-%m-%d %H:%M:%S +0000 UTC")}">{shown}</time>
<div class="e-content">{body}</div>
</article>
<div id="post-footer-extra" dir="rtl">
<h3>{WF_RELATED}</h3><ul>{links(rel, host)}</ul>
<h3>{WF_LATEST}</h3><ul>{links(latest, host)}</ul>
</div>
<footer dir="ltr"><hr><nav><p style="font-size: 0.9em">{about}</p><p>{WF_COPY.format(year=now.year)}</p><a class="home pubd" href="https://writefreely.org">{WF_FOOT}</a></nav></footer>
<script src="/js/localdate.js"></script>
</body>
</html>
'''
    without = [WF_NAME, WF_DESC, shown, WF_CREDIT, WF_RELATED, WF_LATEST, WF_FOOT, WF_COPY.format(year=now.year)] + \
        outside(WF_ABOUT, paras) + latest + rel[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- textcube: a Kuwaiti blogger's Textcube blog ---------------------------------------------------------------
TC_BLOG = 'مدونة ديوانية القرين'
TC_HOST = 'https://qurain.kw.example'
TC_OWNER = 'بو فهد'
TC_PROFILE = 'كويتي متقاعد يجمع أخبار الصحف ويعلق عليها مع ربع الديوانية'
TC_MOST = 'ما يتداوله زوار المدونة'
TC_RECENT = 'آخر التدوينات'
TC_RECENT_COMMENTS = 'آخر الردود'
TC_ARCHIVE = 'أرشيف الشهور'
TC_COUNTER = ['الكل: {a}', 'اليوم: {b}', 'أمس: {c}']
TC_CATEGORIES = {'alyaum': 'من الصحف', 'aljazirah': 'أخبار الخليج', 'alwatan': 'مقالات مختارة'}
TC_EDITED = '※ أضفت تعديلاً على المكتوب في {date}'
TC_ALSO = 'على الهامش، من المدونة:'
TC_SOURCE = 'نقلاً عن صحيفة {paper} السعودية'
TC_TAGS = 'Tag'
TC_TRAIL = 'Trackback 0 : Comment {n}'
TC_RELATED = 'تدوينات على الوتر نفسه'
TC_COMMENTERS = [('أبو سالم', 'كلام صحيح يا بو فهد، والله الخبر يستاهل نتناقش فيه بالديوانية الخميس الياي'),
                 ('مشاري', 'مشكور على النقل، بس ياريت تكتب رأيك أنت بعد مو بس الخبر'),
                 ('أم عبدالله', 'متابعة للمدونة من زمان، تسلم إيدك على الاستمرار')]
TC_FORM = ['الاسم', 'كلمة السر', 'الموقع', 'إرسال']
TC_FOOT = 'Powered by Textcube, designed by {name}'
TC_COPY = 'ديوانية القرين © {year}'


def tc_date(t):
    """Textcube's entry and comment stamp: 'Y/m/d H:i'."""
    return f'{t.year}/{t.month:02d}/{t.day:02d} {hm(t)}'


def render_textcube(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'textcube'
    pub, draw = extra['at'], extra['draw']
    most, recent, rel = others[:5], others[5:9], others[9:11] + extra['more'][:2]
    mod, upd_day = updates(kind, k, pub, draw, (0, 2))
    now = saved(kind, pub, draw, mod, upd_day, days=1, hours=draw['saved_hours'])
    entry = 300 + 17 * k
    host = lambda t: f'{TC_HOST}/{hash_int(t) % 900 + 10}'  # noqa: E731
    category = TC_CATEGORIES.get(extra['folder'], 'من الصحف')
    paper = YL_PAPERS.get(extra['folder'], 'سعودية')
    shown = tc_date(pub)
    edited = TC_EDITED.format(date=tc_date(mod)) if k == 0 else ''
    also = f'<p><b>{TC_ALSO}</b> <a href="{host(extra["also"])}">{esc(extra["also"])}</a></p>' if k % 2 == 1 else ''
    source = TC_SOURCE.format(paper=paper)
    body = after(paras, also, 2) + f'<p style="text-align:left"><span style="color:#888">{source}</span></p>' + (f'<p>{edited}</p>' if edited else '')
    comments = TC_COMMENTERS[:2 + k % 2]
    c_days = moments(kind, pub, now, len(comments))
    c_html = ''.join(f'<li id="comment{entry * 10 + i}" class="rp_general"><span class="name">{esc(n)}</span> <span class="date">{tc_date(d)}</span>'
                     f'<p>{esc(c)}</p><a class="control" href="#reply">Reply</a></li>' for i, ((n, c), d) in enumerate(zip(comments, c_days)))
    recent_days = moments(kind, pub, now, len(recent))
    recent_html = ''.join(f'<li><a href="{host(t)}">{esc(t)}</a> <span class="date">{tc_date(d)[:10]}</span></li>' for t, d in zip(recent, recent_days))
    rc_html = ''.join(f'<li><a href="{host(title)}#comment{entry * 10 + i}">{esc(c[:28])}…</a> <span class="name">{esc(n)}</span></li>'
                      for i, (n, c) in enumerate(comments))
    months = [(pub.replace(day=1) - datetime.timedelta(days=31 * i)) for i in range(3)]
    months_html = ''.join(f'<li><a href="{TC_HOST}/archive/{m.year}{m.month:02d}">{m.year}/{m.month:02d}</a></li>' for m in months)
    count = draw['count']
    counter = ' '.join(s.format(a=count * 37, b=count // 9, c=count // 7) for s in TC_COUNTER)
    tags = outside(['الكويت', 'صحافة'], paras)
    tags_html = ', '.join(f'<a href="{TC_HOST}/tag/{hash_int(t)}" rel="tag">{t}</a>' for t in tags)
    og_mod = f'<meta property="article:modified_time" content="{mod.isoformat(timespec="seconds")}" />\n' if upd_day else ''
    page = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="ar" dir="rtl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{TC_BLOG} :: {esc(title)}</title>
<meta name="generator" content="Textcube 1.10.10 : Tempo primo" />
<meta property="og:title" content="{esc(title)}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{TC_HOST}/{entry}" />
<meta property="article:published_time" content="{pub.isoformat(timespec="seconds")}" />
{og_mod}<link rel="stylesheet" type="text/css" href="{TC_HOST}/skin/blog/qurain/style.css" />
<script type="text/javascript" src="{TC_HOST}/resources/script/EAF4.js"></script>
<script type="text/javascript">var servicePath = ""; var blogURL = "{TC_HOST}"; var entryId = {entry};</script>
</head>
<body id="tt-body-page">
<div id="container">
<div id="header"><p class="blogTitle"><a href="{TC_HOST}/">{TC_BLOG}</a></p></div>
<div id="sidebar">
<div class="module profile"><img src="{TC_HOST}/attach/1/profile.jpg" alt="" /><p class="owner">{TC_OWNER}</p><p>{TC_PROFILE}</p></div>
<div class="module popular"><h3>{TC_MOST}</h3><ol>{links(most, host)}</ol></div>
<div class="module recentEntries"><h3>{TC_RECENT}</h3><ul>{recent_html}</ul></div>
<div class="module recentComments"><h3>{TC_RECENT_COMMENTS}</h3><ul>{rc_html}</ul></div>
<div class="module archive"><h3>{TC_ARCHIVE}</h3><ul>{months_html}</ul></div>
<div class="module counter"><p>{counter}</p></div>
</div>
<div id="content">
<div class="entry" id="entry{entry}">
<div class="titleWrap"><p class="category"><a href="{TC_HOST}/category/{hash_int(category)}">{category}</a></p><h1><a href="{TC_HOST}/{entry}">{esc(title)}</a></h1><span class="date">{shown}</span></div>
<div class="article">{body}</div>
<div class="tagTrail"><span class="tagText">{TC_TAGS}</span> {tags_html}</div>
<div class="actionTrail"><a href="#tb">{TC_TRAIL.format(n=len(comments))}</a></div>
<div class="relatedEntries"><h3>{TC_RELATED}</h3><ul>{links(rel, host)}</ul></div>
<div class="communicate"><div id="entry{entry}Comment"><ol class="commentList">{c_html}</ol>
<form method="post" action="{TC_HOST}/comment/add/{entry}"><label>{TC_FORM[0]}</label> <input type="text" name="name" /> <label>{TC_FORM[1]}</label> <input type="password" name="password" /> <label>{TC_FORM[2]}</label> <input type="text" name="homepage" /><textarea name="comment"></textarea><button type="submit">{TC_FORM[3]}</button></form></div></div>
</div>
</div>
<div id="footer"><p>{TC_COPY.format(year=now.year)}</p><p>{TC_FOOT.format(name=TC_OWNER)}</p></div>
</div>
</body>
</html>
'''
    without = [TC_BLOG, TC_OWNER, TC_PROFILE, TC_MOST, TC_RECENT, TC_RECENT_COMMENTS, TC_ARCHIVE, counter, shown, source,
               TC_TRAIL.format(n=len(comments)), TC_RELATED, TC_FOOT.format(name=TC_OWNER), TC_COPY.format(year=now.year)] + \
        outside([category] + TC_FORM[:3], paras) + recent + [tc_date(d) for d in c_days] + [c for _, c in comments] + \
        most[:2] + rel[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, most + rel, without, upd_of(upd_day)


# --- vuepress: a Dubai developer-news site on VuePress 2 ----------------------------------------------------
VP_SITE = 'منصة الخور التقنية'
VP_HOST = 'https://alkhor-dev.ae.example'
VP_NAV = ['الرئيسية', 'الأخبار', 'الأدلة', 'المجتمع', 'GitHub']
VP_SIDE_HEAD = 'أخبار القسم بالترتيب الزمني'
VP_MOST = 'ما يفتحه القراء أولاً'
VP_PUBLISHED = 'تاريخ النشر: {date}'
VP_AUTHOR = 'المحرر: {name}'
VP_AUTHORS = ['ميثاء الشامسي', 'فريق المنصة', 'حمد المنصوري', 'سارة الكتبي']
VP_READ = 'مدة القراءة {n} دقائق'
VP_ALSO = 'تتمة مفيدة:'
VP_SOURCE = 'مصدر الخبر: صحيفة {paper}'
VP_EDIT = 'Edit this page on GitHub'
VP_UPDATED = 'Last Updated: '
VP_CONTRIB = 'Contributors: '
VP_FOOT = 'رخصة المحتوى CC BY-SA 4.0 | منصة الخور التقنية {year}'


def vp_en(t):
    """en-US toLocaleString(): 'M/D/YYYY, h:mm:ss AM'."""
    return f'{t.month}/{t.day}/{t.year}, {t.hour % 12 or 12}:{t.minute:02d}:{t.second:02d} {"AM" if t.hour < 12 else "PM"}'


def render_vuepress(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'vuepress'
    pub, draw = extra['at'], extra['draw']
    side, most = others[:6], others[6:11]
    prev_t, next_t = extra['more'][0], extra['more'][1]
    mod, upd_day = updates(kind, k, pub, draw, (0, 2))
    now = saved(kind, pub, draw, mod, upd_day, hours=draw['saved_hours'], minutes=draw['saved_minutes'])
    host = lambda t: f'/news/{hex_id(t)[:10]}.html'  # noqa: E731
    anchor = hex_id(title)[:8]
    author = VP_AUTHORS[k]
    published = VP_PUBLISHED.format(date=dmy(pub))
    read = VP_READ.format(n=max(2, words_of(paras) // 180 + 1))
    paper = YL_PAPERS.get(extra['folder'], 'سعودية')
    source = VP_SOURCE.format(paper=paper)
    also = (f'<div class="custom-container tip"><p class="custom-container-title">{VP_ALSO}</p><p><a href="{host(extra["also"])}">{esc(extra["also"])}</a></p></div>'
            if k % 2 == 0 else '')
    body = after(paras, also, 2) + f'<p><em>{source}</em></p>'
    side_html = ''.join(f'<li><a href="{host(t)}" class="sidebar-item">{esc(t)}</a></li>' for t in side)
    nav = ''.join(f'<div class="navbar-item"><a href="{["/", "/news/", "/guide/", "/community/", "https://github.com/alkhor-dev"][i]}" class="{"external-link" if i == 4 else "router-link-active"}">{t}</a></div>'
                  for i, t in enumerate(VP_NAV))
    updated_html = (f'<div class="meta-item last-updated"><span class="meta-item-label">{VP_UPDATED}</span><span class="meta-item-info">{vp_en(mod)}</span></div>'
                    if k == 0 else '')
    ld = {'@context': 'https://schema.org', '@type': 'Article', 'headline': title, 'image': [], 'datePublished': pub.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S.000Z'),
          'dateModified': mod.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S.000Z'), 'author': [{'@type': 'Person', 'name': author}]}
    og_mod = f'<meta property="article:modified_time" content="{mod.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")}">\n' if upd_day else ''
    page = f'''<!DOCTYPE html>
<html lang="ar-AE" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="generator" content="VuePress 2.0.0-beta.61">
<title>{esc(title)} | {VP_SITE}</title>
<meta name="description" content="{esc(lead_words(paras, 20))}">
<meta property="og:url" content="{VP_HOST}{host(title)}">
<meta property="og:site_name" content="{VP_SITE}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="article">
<meta property="og:locale" content="ar-AE">
<meta property="article:author" content="{author}">
<meta property="article:published_time" content="{pub.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")}">
{og_mod}<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel="preload" href="/assets/style-{hex_id(VP_SITE)[:8]}.css" as="style"><link rel="stylesheet" href="/assets/style-{hex_id(VP_SITE)[:8]}.css">
<link rel="modulepreload" href="/assets/app-{hex_id(VP_SITE)[8:16]}.js">
<link rel="prefetch" href="/assets/{anchor}.html-{hex_id(title)[8:16]}.js" as="script">
</head>
<body>
<div id="app"><!--[--><div class="theme-container"><!--[--><header class="navbar"><span class="toggle-sidebar-button" title="toggle sidebar" aria-expanded="false" role="button" tabindex="0"><div class="icon" aria-hidden="true"><span></span><span></span><span></span></div></span><span><a href="/" class=""><span class="site-name">{VP_SITE}</span></a></span><div class="navbar-items-wrapper"><nav class="navbar-items can-hide">{nav}</nav></div></header><!--]-->
<div class="sidebar-mask"></div><!--[--><aside class="sidebar"><nav class="navbar-items"></nav><!--[--><!--]--><ul class="sidebar-items"><li><p tabindex="0" class="sidebar-item sidebar-heading">{VP_SIDE_HEAD}</p><ul class="sidebar-item-children">{side_html}</ul></li>
<li><p tabindex="0" class="sidebar-item sidebar-heading">{VP_MOST}</p><ul class="sidebar-item-children">{links(most, host)}</ul></li></ul><!--[--><!--]--></aside><!--]-->
<!--[--><main class="page"><!--[--><!--]--><div class="theme-default-content"><!--[--><!--]--><div>
<h1 id="{anchor}" tabindex="-1"><a class="header-anchor" href="#{anchor}" aria-hidden="true">#</a> {esc(title)}</h1>
<div class="article-info"><span>{published}</span> <span>{VP_AUTHOR.format(name=author)}</span> <span>{read}</span></div>
{body}
</div><!--[--><!--]--></div>
<footer class="page-meta"><div class="meta-item edit-link"><a class="external-link meta-item-label" href="https://github.com/alkhor-dev/site/edit/main/docs/news/{anchor}.md" rel="noopener noreferrer" target="_blank">{VP_EDIT}</a></div>{updated_html}<div class="meta-item contributors"><span class="meta-item-label">{VP_CONTRIB}</span><span class="meta-item-info"><span class="contributor" title="email: newsroom@alkhor-dev.ae.example">{author}</span></span></div></footer>
<nav class="page-nav"><p class="inner"><span class="prev"><a href="{host(prev_t)}">{esc(prev_t)}</a></span><span class="next"><a href="{host(next_t)}">{esc(next_t)}</a></span></p></nav><!--[--><!--]-->
<div class="footer">{VP_FOOT.format(year=now.year)}</div>
</main><!--]--></div><!--]--></div>
<script type="module" src="/assets/app-{hex_id(VP_SITE)[8:16]}.js" defer></script>
</body>
</html>
'''
    without = [VP_SITE, VP_SIDE_HEAD, VP_MOST, published, VP_AUTHOR.format(name=author), read, source, VP_EDIT, VP_CONTRIB.strip(),
               prev_t, next_t, VP_FOOT.format(year=now.year)] + outside(VP_NAV[1:4], paras) + side + most[:2] + \
        ([VP_UPDATED.strip(), vp_en(mod)] if k == 0 else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, most, without, upd_of(upd_day)


# --- fresh: a Tunis radio's news site on Deno Fresh ---------------------------------------------------------
FR_SITE = 'إذاعة البحيرة'
FR_HOST = 'https://radio-bouhaira.tn.example'
FR_NAV = ['الأخبار', 'وطنية', 'جهات', 'رياضة', 'عالمية', 'البث المباشر']
FR_TODAY = 'اليوم {date}'
FR_TICKER = 'تونس الآن'
FR_EDITED = 'حيّنا الخبر في: {date}'
FR_LISTEN = 'استمع إلى الخبر'
FR_ALSO = 'مما بثته الإذاعة سابقاً:'
FR_SOURCE = 'المصدر: موزاييك الجهات بالتعاون مع الجوهرة'
FR_RELATED = 'أخبار تتقاطع معه'
FR_MOST = 'الأكثر استماعاً هذا الأسبوع'
FR_LATEST = 'جديد الأخبار'
FR_FOOT = '© {year} إذاعة البحيرة. النقل مسموح بذكر اسم المحطة'
FR_MADE = 'Made with Fresh'
FR_CONSENT = 'باش نحسنو التصفح، نخزنو في متصفحك شوية معطيات'
FR_CONSENT_BUTTON = 'قبلت'


def fr_long(t):
    return f'{DAYS[t.weekday()]} {tn(t)} - {hm(t)}'


def render_fresh(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'fresh'
    pub, draw = extra['at'], extra['draw']
    rel, most, latest = others[:4], others[4:9], others[9:11] + extra['more'][3:6]
    ticker = extra['more'][:3]
    mod, upd_day = updates(kind, k, pub, draw, (1, 3))
    now = saved(kind, pub, draw, mod, upd_day, hours=draw['saved_hours'], minutes=draw['saved_minutes'])
    host = lambda t: f'{FR_HOST}/news/{hash_int(t)}'  # noqa: E731
    shown = fr_long(pub)
    edited = FR_EDITED.format(date=fr_long(mod)) if k == 1 else ''
    also = (f'<div class="my-4 p-3 border-r-4 border-red-600 bg-gray-50"><span class="font-bold">{FR_ALSO}</span> <a class="text-red-700" href="{host(extra["also"])}">{esc(extra["also"])}</a></div>'
            if k % 2 == 1 else '')
    body = after(paras, also, 1, '<p class="mb-4 leading-8">{}</p>') + f'<p class="text-sm text-gray-500">{FR_SOURCE}</p>'
    props = {'title': title, 'paragraphs': paras, 'publishedAt': iso_z(pub), 'lang': 'ar-TN'}
    if upd_day:
        props['updatedAt'] = iso_z(mod)
    state = json.dumps({'v': [[props]], 'r': []}, ensure_ascii=False).replace('</', '<\\/')
    ld = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': title, 'datePublished': iso_z(pub),
          'publisher': {'@type': 'RadioStation', 'name': FR_SITE}}
    if upd_day:
        ld['dateModified'] = iso_z(mod)
    ticker_days = [earlier(kind, now, minutes=10 + 25 * i) for i in range(3)]
    ticker_html = ''.join(f'<li><span class="font-mono">{hm(d)}</span> <a href="{host(t)}">{esc(t)}</a></li>' for t, d in zip(ticker, ticker_days))
    latest_days = moments(kind, pub, now, len(latest))
    latest_html = ''.join(f'<li><span class="text-xs">{hm(d)}</span> <a href="{host(t)}">{esc(t)}</a></li>' for t, d in zip(latest, latest_days))
    nav = ''.join(f'<a class="px-3" href="{FR_HOST}/{i}">{t}</a>' for i, t in enumerate(FR_NAV))
    today = FR_TODAY.format(date=f'{DAYS[now.weekday()]} {dmy(now)}')
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(title)} | {FR_SITE}</title>
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="article">
<meta name="description" content="{esc(lead_words(paras, 20))}">
<link rel="stylesheet" href="/styles.css?__frsh_c={hex_id(FR_SITE)[:12]}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="bg-white text-gray-900">
<header class="border-b"><div class="container mx-auto flex justify-between"><a href="/" class="text-2xl font-bold">{FR_SITE}</a><span class="text-sm">{today}</span></div>
<nav class="bg-red-700 text-white">{nav}</nav>
<div class="ticker flex"><strong class="px-2">{FR_TICKER}</strong><ul class="flex gap-4">{ticker_html}</ul></div></header>
<div class="container mx-auto grid grid-cols-12 gap-6">
<main class="col-span-8">
<article>
<h1 class="text-3xl font-bold my-4">{esc(title)}</h1>
<div class="text-sm text-gray-600"><time datetime="{iso_z(pub)}">{shown}</time>{f' <span class="mr-2">{edited}</span>' if edited else ''}</div>
<!--frsh-listenbutton_default:0--><button class="my-3 px-4 py-2 rounded bg-red-700 text-white" type="button">{FR_LISTEN}</button><!--/frsh-listenbutton_default:0-->
<img class="w-full my-4" src="{FR_HOST}/img/{hex_id(title)[:10]}.webp" alt="" width="800" height="450">
<div class="article-body">{body}</div>
</article>
<section class="my-6"><h2 class="text-xl font-bold">{FR_RELATED}</h2><ul>{links(rel, host)}</ul></section>
</main>
<aside class="col-span-4">
<section><h2 class="font-bold">{FR_MOST}</h2><ol>{links(most, host)}</ol></section>
<section><h2 class="font-bold">{FR_LATEST}</h2><ul>{latest_html}</ul></section>
</aside>
</div>
<footer class="border-t mt-8"><p>{FR_FOOT.format(year=now.year)}</p><a href="https://fresh.deno.dev"><span>{FR_MADE}</span></a></footer>
<div class="fixed bottom-0 consent"><p>{FR_CONSENT}</p><button type="button">{FR_CONSENT_BUTTON}</button></div>
<script id="__FRSH_STATE" type="application/json">{state}</script>
<script type="module" nonce="{hex_id(title)[:16]}">import {{ deserialize }} from "/_frsh/js/{hex_id(FR_SITE)[:10]}/deserializer.js";import {{ revive }} from "/_frsh/js/{hex_id(FR_SITE)[:10]}/main.js";import listenbutton_default from "/_frsh/js/{hex_id(FR_SITE)[:10]}/island-listenbutton.js";const ST = document.getElementById("__FRSH_STATE").textContent;const [islandProps] = deserialize(ST);revive({{listenbutton_default}}, islandProps);</script>
</body>
</html>
'''
    without = [today, FR_TICKER, shown, FR_LISTEN, FR_SOURCE, FR_RELATED, FR_MOST, FR_LATEST, FR_FOOT.format(year=now.year), FR_MADE,
               FR_CONSENT] + outside(FR_NAV[1:], paras) + ticker + latest + [hm(d) for d in latest_days[:2]] + rel[:2] + most[:2] + \
        ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel + most, without, upd_of(upd_day)


RENDER = {kind: spaced(fn) for kind, fn in (('yola', render_yola), ('ucraft', render_ucraft), ('microblog', render_microblog),
                                             ('writefreely', render_writefreely), ('textcube', render_textcube),
                                             ('vuepress', render_vuepress), ('fresh', render_fresh))}
render = with_null_update(renderer(RENDER, 'templates_set32.py', 32))  # updated: null where none is declared


# --- the corpus and the driver ----------------------------------------------------------------------------
CORPUS_FOLDER = 'saudinewsnet/json'
JSON_FILE = 'saudinewsnet/json/2015-07-22.json'
HD_FOLDER = 'satirical-hudood'
JA_FOLDER = 'ant-jawharafm'
# The SaudiNewsNet records (indices in JSON_FILE), JawharaFM records and Hudood files a label of tests/segmenter/labels,
# tests/html/labels or ../shared/eval/dev named, or a segmenter blind draw (tests/segmenter/blind*-draw.txt, blind32 and
# blind33 included) listed, when the set was written: frozen, so that later labels do not shift the set.
SAUDI_LABEL_NAMED = (
    11, 40, 48, 62, 105, 130, 131, 192, 211, 269, 274, 287, 304, 312, 314, 382, 418, 431, 446, 489, 505, 572, 585, 602,
    605, 612, 631, 835, 875, 1167, 1224, 1287, 1342, 1347, 1365, 1373, 1388, 1405, 1417, 1428, 1457, 1473, 1482, 1485,
    1488, 1508, 1609, 1667, 1681, 1722, 1746, 1768, 1801, 1809, 1823, 1880, 1919, 1964, 1973, 1976, 2015, 2029)
# The records sets 20 and 28 built pages around.
SAUDI_EARLIER_SETS_READ = (
    0, 1, 2, 3, 4, 5, 457, 458, 459, 460, 462, 463, 1340, 1341, 1343, 1344, 1345, 1469, 1529, 1542, 1543, 1545, 1767,
    1769, 1770, 1771, 1772, 1774, 6, 7, 8, 9, 464, 476, 478, 1347, 1348, 1349, 1776, 1779, 1782, 1786, 1963, 1966)
JA_LABEL_NAMED = (
    'JA-diverse-180-20160801', 'JA-diverse-238-20170405', 'JA-diverse-257-20170414', 'JA-diverse-27-20170107',
    'JA-diverse-423-20170605', 'JA-diverse-90-20170213', 'JA-economy-93-20160527', 'JA-internationalNews-1247-20170619',
    'JA-internationalNews-339-20161120', 'JA-internationalNews-364-20161213', 'JA-internationalNews-484-20161203',
    'JA-internationalNews-513-20170314', 'JA-internationalNews-632-20170322', 'JA-internationalNews-736-20161030',
    'JA-internationalNews-82-23122016', 'JA-internationalNews-836-20150811', 'JA-internationalNews-956-20170524',
    'JA-localNews-1075-20170210', 'JA-localNews-1135-20160421', 'JA-localNews-1217-20170207', 'JA-localNews-1295-20150510',
    'JA-localNews-1933-20161117', 'JA-localNews-2145-20131109', 'JA-localNews-2394-20170308', 'JA-localNews-2518-20170309',
    'JA-localNews-2603-20140404', 'JA-localNews-2695-20160702', 'JA-localNews-3023-20160129', 'JA-localNews-3027-20170317',
    'JA-localNews-3239-20160907', 'JA-localNews-3384-20140801', 'JA-localNews-3619-20150920', 'JA-localNews-3871-20170423',
    'JA-localNews-3947-20170510', 'JA-localNews-3995-20170516', 'JA-localNews-4190-20170522', 'JA-localNews-440-20170130',
    'JA-localNews-4474-20170510', 'JA-localNews-4646-20170519', 'JA-localNews-4818-20131129', 'JA-localNews-740-20141126',
    'JA-localNews-776-20170110', 'JA-politic-276-20170317', 'JA-politic-279-20161102', 'JA-politic-367-20160804',
    'JA-politic-409-20160821', 'JA-society-1035-20170613', 'JA-society-1073-20160511', 'JA-society-26-20170112',
    'JA-society-60-20170128', 'JA-society-849-20140913', 'JA-sport-1133-20170505', 'JA-sport-1173-20161209',
    'JA-sport-1177-20160627', 'JA-sport-1192-20170516', 'JA-sport-1414-20170617', 'JA-sport-190-20170204',
    'JA-sport-2-20170121', 'JA-sport-233-20170207', 'JA-sport-385-20170216', 'JA-sport-520-20170224', 'JA-sport-6-20170121',
    'JA-sport-843-20170315', 'JA-sport-973-20161010')
# The JawharaFM records sets 12, 24 and 27 built pages around (set 24's and 27's frozen lists and their own picks).
JA_EARLIER_SETS_READ = (
    'JA-culture-59-20160119', 'JA-diverse-257-20170414', 'JA-diverse-339-20160805', 'JA-diverse-392-20170521',
    'JA-economy-121-20151223', 'JA-economy-157-20150705', 'JA-economy-93-20160527', 'JA-internationalNews-158-20160603',
    'JA-localNews-1011-20161219', 'JA-localNews-1150-20161229', 'JA-localNews-1347-20170216', 'JA-localNews-1370-20151205',
    'JA-localNews-1572-20170221', 'JA-localNews-158-20170126', 'JA-localNews-1593-20170222', 'JA-localNews-1631-20151028',
    'JA-localNews-2128-20170303', 'JA-localNews-2252-20161205', 'JA-localNews-2991-20161020', 'JA-localNews-3209-20170321',
    'JA-localNews-3602-20140305', 'JA-localNews-3693-20131221', 'JA-localNews-4646-20170519', 'JA-localNews-4656-20170607',
    'JA-localNews-654-20161207', 'JA-localNews-740-20141126', 'JA-localNews-858-20161013', 'JA-politic-127-20150902',
    'JA-politic-210-20150308', 'JA-politic-239-20170312', 'JA-politic-279-20161102', 'JA-politic-338-20140705',
    'JA-politic-443-20160119', 'JA-politic-45-11122016', 'JA-politic-83-29102013', 'JA-society-1078-20170620',
    'JA-society-849-20140913', 'JA-society-851-20151111', 'JA-sport-1197-20170515', 'JA-sport-1249-20170527',
    'JA-sport-233-20170207', 'JA-sport-533-20170224', 'JA-sport-754-20170310', 'JA-sport-907-20170331')
HD_LABEL_NAMED = (
    728, 795, 962, 1941, 2019, 2026, 3047, 3073, 3090, 3486, 3950, 4065, 4718, 4768, 4803, 5721, 6221, 6269, 6930, 7095,
    7124, 7284, 8231, 8304, 8337, 8519, 8786, 9066, 9436, 9743, 9749, 10819, 11063, 11251, 11321, 11326, 12389, 12634,
    12699, 13058, 13392, 13425, 13578, 13627, 13629, 13670, 13759, 14412, 14809, 14818, 14845, 16736, 16883, 17030, 17073,
    17149, 18072, 19147, 19316, 19751, 21763, 22256, 22581, 22632, 22979)
# The Hudood files read as articles, in number order: the first ten files after set 21's (which ends at 5667) that no
# label names, that are not a caricature's caption (5675, 5873, 6126, 6566, 6714: a few words) and whose headline does
# not end cut before the site's name (5896, 6323: "... مع", "... لشبكة"); 7441 (an honour-crime satire) and 7262 (a
# correspondent's credit line) passed over. The number of words of each headline was read by hand: the corpus glues
# the headline to the text on one line with no mark between them.
HD_TITLE_WORDS = {5863: 9, 6297: 14, 6474: 10, 6650: 9, 6698: 11, 6935: 13, 6984: 12, 7002: 16, 7043: 16, 7492: 14}
SAUDI_LEFT_OUT = frozenset(SAUDI_LABEL_NAMED + SAUDI_EARLIER_SETS_READ)
JA_LEFT_OUT = frozenset(JA_LABEL_NAMED + JA_EARLIER_SETS_READ)
MIN_PARAGRAPHS = 6
MAX_PARAGRAPHS = 8
RIYADH = datetime.timezone(datetime.timedelta(hours=3))


def hd_paragraphs(toks):
    """A short Hudood text's paragraphs: set 21's cuts at shorter lengths (16 words or more before a word of STARTERS; 28
    or more before a word of four letters or more that opens with "و" after a gap; 40 or more at the next gap; 55 or
    more before the next such word); a last one under 10 words joined to the one before."""
    out, cur = [], []
    for gap, w in toks:
        n = len(cur)
        wa = w.startswith('و') and len(w) > 3
        if (n >= 16 and STARTERS.match(w)) or (n >= 28 and gap >= 2 and wa) or (n >= 40 and gap >= 2) or (n >= 55 and wa):
            out.append(' '.join(cur))
            cur = []
        cur.append(w)
    if cur:
        if len(cur) < 10 and out:
            out[-1] += ' ' + ' '.join(cur)
        else:
            out.append(' '.join(cur))
    return out


def records(corpus):
    """{'saudi': [...], 'jawhara': [...], 'hudood': [...]}: dicts with name, folder, title, lines, when. SaudiNewsNet's
    in the file's order (when: date_extracted in Riyadh time; usable: not a split file's title nor an earlier record's);
    JawharaFM's in sorted path order (templates_set12.records(), when: (date, clock or None)); Hudood's: the files of
    HD_TITLE_WORDS (own: True), then set 21's 58 files (headlines only), when None."""
    with open(os.path.join(corpus, JSON_FILE), encoding='utf-8') as fh:
        data = json.load(fh)
    taken = split_titles(corpus)
    saudi, seen = [], set()
    for i, r in enumerate(data):
        title = clean(r.get('title') or '')
        if i in SAUDI_LEFT_OUT:
            seen.add(title)
            continue
        lines = [clean(line) for line in (r.get('content') or '').split('\n') if line.strip()]
        when = datetime.datetime.strptime(r['date_extracted'], '%Y-%m-%d %H:%M:%S').replace(tzinfo=RIYADH)
        saudi.append({'name': f'{JSON_FILE} record {i}', 'folder': r.get('source', ''), 'title': title, 'lines': lines, 'when': when,
                      'usable': title not in taken and title not in seen and usable_title(title)})
        seen.add(title)
    jawhara = []
    for r in jawhara_records(corpus):
        docno = r['name'].rsplit('/', 1)[1]
        if docno in JA_LEFT_OUT:
            continue
        jawhara.append(r | {'name': r['name'] + '.txt', 'folder': r['name'].split('/')[1]})
    hudood = []
    for num, own in [(n, True) for n in sorted(HD_TITLE_WORDS)] + [(n, False) for n in sorted(SET21_TITLE_WORDS)]:
        if num in HD_LABEL_NAMED:
            continue
        with open(os.path.join(corpus, HD_FOLDER, f'{num}.hudood.txt'), encoding='utf-8') as fh:
            text = fh.read()
        toks = tokens(text)
        t, c = (HD_TITLE_WORDS[num], 0) if own else SET21_TITLE_WORDS[num]
        hudood.append({'name': f'{HD_FOLDER}/{num}.hudood.txt', 'folder': HD_FOLDER, 'title': ' '.join(w for _, w in toks[:t]),
                       'lines': hd_paragraphs(toks[t + c:]) if own else [], 'text': text, 'own': own, 'when': None})
    return {'saudi': saudi, 'jawhara': jawhara, 'hudood': hudood}


def article_of(rec, source):
    """(name, title, paragraphs) when the record is an article (see the docstring), else None."""
    if source == 'jawhara':
        return jawhara_article_of(rec, 'jawhara')
    if source == 'hudood':
        if not rec['own'] or not usable_title(rec['title']) or any(m in rec['text'] for m in MARKERS) or len(rec['lines']) < 4:
            return None
        return rec['name'], rec['title'], rec['lines'][:MAX_PARAGRAPHS]
    if not rec['usable'] or any(m in line for line in rec['lines'] for m in MARKERS):
        return None
    paras = [line for line in rec['lines'] if len(line.split()) >= 12]
    if len(paras) < MIN_PARAGRAPHS:
        return None
    return rec['name'], rec['title'], paras[:MAX_PARAGRAPHS]


def pick_articles(sources, per_kind):
    """The pages' articles (templates_set24.pick_from_folders()); a microblog page's text has at most MB_MAX_WORDS words."""
    return pick_from_folders(sys.modules[__name__], sources, per_kind, article_of, 'microblog', MB_MAX_WORDS)


def page_time(n, kind, k, rec):
    """Page n's local publication time and the page's other draws (see the docstring)."""
    rng = random.Random(f'templates_set32 page {n}')
    drawn_day = datetime.date(2016, 1, 1) + datetime.timedelta(days=rng.randrange(3288))
    clock = (rng.randrange(7, 23), rng.randrange(60))
    draw = {'update': {'days': rng.randint(1, 2), 'hours': rng.randint(1, 9), 'minutes': rng.randint(5, 55)},
            'saved_hours': rng.randint(3, 9), 'saved_minutes': rng.randrange(60), 'count': rng.randint(300, 9000)}
    if isinstance(rec['when'], datetime.datetime):
        local = in_zone(kind, rec['when'])
    elif rec['when']:
        d, at_clock = rec['when']
        local = zone(kind, datetime.datetime.combine(d, datetime.time(*(at_clock or clock))))
    else:
        local = zone(kind, datetime.datetime.combine(drawn_day, datetime.time(*clock)))
    if (kind, k) in MOVED:
        h, m = MOVED[kind, k]
        local = zone(kind, local.replace(tzinfo=None, hour=h, minute=m, second=0))
    return local, draw


def relabel(label, art):
    """Six to ten openings: a text of fewer than six paragraphs adds eight words from the middle of its longest ones."""
    paras = art[2]
    extra = []
    for p in sorted(paras, key=lambda p: -len(p.split())):
        if len(paras) + len(extra) >= 6:
            break
        words = p.split()
        if len(words) >= 24:
            mid = len(words) // 2
            extra.append((paras.index(p), ' '.join(words[mid:mid + 8])))
    if extra:
        body = [opening(p) for p in paras]
        for i, snippet in sorted(extra, reverse=True):
            body.insert(i + 1, snippet)
        label['body_with'] = body


def main(argv=None):
    return run_set(sys.modules[__name__], argv, f'{JSON_FILE}, {HD_FOLDER}/ and {JA_FOLDER}/', 20261232, 24, 31, relabel)


if __name__ == '__main__':
    sys.exit(main())
