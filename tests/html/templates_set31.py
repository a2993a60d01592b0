#!/usr/bin/env python3
"""Sealed HTML template set 31 (issue 14): seven more kinds of Arabic news pages, labelled by construction.

Written by a helper who did not change the HTML extractor's rules, did not read them (src/, include/, data/, bench/, nor
docs/segmenter.md, loader.md or markers.md), never ran akhbar on these pages (nor any other binary of that name), never
built it and never ran git: the set stays sealed until it is scored once. None of these platforms is named by
make_templates.py or templates_set5..30.py (their docstrings and strings were searched for each), nor by set 32, written
at the same time by another helper (Yola, Ucraft, Micro.blog, WriteFreely, Textcube, VuePress, Medium): Stibo DX CUE
(its CUE Front templates), Naviga Web (the Newscycle/Saxotech lineage), the Eidos Méthode front end, Payload CMS 3 with
a Next.js App Router front end, Keystone 6 with a plain server-rendered (Express) front end, Hostinger Website Builder
(formerly Zyro) and DokuWiki (with the blog, tag and discussion plugins); the seven the brief suggested. Every chrome
sentence is new wording: --wording checks that no run of three Arabic words of a string of this file, docstrings aside,
appears, after templates_set5.fold()'s letter folding, in the string constants of make_templates.py or
templates_set5..30.py (templates_set24.wording_problems()).

The texts are Al Arabiya's and Sky News Arabia's TREC records (CORPUS/ant-multisource/Alarabia and SkyNews, 2018; cue
and naviga: Al Arabiya; methode, payload and keystone: Sky News) and Goud.ma's texts (CORPUS/marsum-goud, largely
Moroccan Darija; hostinger and dokuwiki). A record's page takes its <TITLE> and its <TIME> made local in the kind's zone;
a Goud page takes its first line as the headline and its own day where the text dates itself ("اليوم الأحد 4 أبريل
2021", templates_set28.goud_own_date()), else a day of 2019 to 2024 drawn by the page's generator, at a drawn clock time
(07:00 to 22:59). Page N (counted over the whole set, kinds in the order below) has a generator,
random.Random("templates_set31 page N"), that draws, in this order, that day and clock time, the update's delay (1 to 2
days, 1 to 9 hours, 5 to 55 minutes), the hours and minutes before the page was saved (its "today", tickers, ages,
comments and later lists fall between publication and that moment) and a count. Zones: Manama's +03:00 (cue), Beirut's
+02:00 and +03:00 from 25 March 2018 (naviga, set 19's table), Abu Dhabi's and Dubai's +04:00 (methode, payload),
Amman's +02:00 and +03:00 from 30 March 2018 (keystone), Casablanca's +01:00 and +00:00 in Ramadan (hostinger, set 28's
table) and Paris' +01:00 and +02:00 in summer (dokuwiki, set 28's EU table); every page's publication and update times
are checked against zoneinfo when the set is written. Three pages are moved just after local midnight for a UTC trap
(MOVED): cue-2 (00:45, its JSON-LD in UTC), payload-1 (01:10, Payload's ISO "Z" dates in the payload and Open Graph)
and hostinger-3 (00:30, its Open Graph time in UTC); each is the day before in UTC. Two pages of each kind are updated
(14 of 28): one shows the update, one declares it only in metadata; the other pages carry updated null. Every page
shows dates that are not the article's: a header's "today", ticker clock times, comments and their dates, later lists'
dates, earlier related items' dates, a wiki's recent changes, footers' years.

Each kind carries a related list or a most-read box or both (labelled related, in page order) and lists that look
related but are not (latest news, a ticker or strip, previous and next posts, recent changes), and every other page
(14) an inline read-also line or card in new wording. Four kinds are built to be hard: the Méthode page's text is split
over sibling story parts (the lead alone in the standfirst under the <h1>, then parts with an ad slot and a facts box
between them) and its headline sits in a masthead block outside <main>; the Payload page's hero (kicker, <h1>, byline,
date) is outside <main> and the whole text is again in the App Router's self.__next_f.push rows as Lexical JSON; the
Hostinger page's text is one text box whose paragraphs are separated only by <br>; the DokuWiki page's sidebar (the
wiki's navigation, recent changes) comes before the text in source order and its discussion thread (8 Darija comments, 167 words; texts of at most 165)
is longer than the text. CUE puts its headline in a story-top section before <main>.

  cue        a Manama daily on Stibo DX CUE Front (Asia/Bahrain, +03:00; Al Arabiya): body.cue-front, data-cue-id
             attributes, a NewsArticle JSON-LD in UTC ("Z"; dateModified on pages 1 and 3, page 3's update only there);
             the top bar with the saved day, menu, "شريط المنامة العاجل" (three headlines with clock times: not
             related); the story-top section OUTSIDE <main>: the section, <h1>, "بقلم NAME", the date line "الأحد 4
             مارس 2018 | 10:38", page 1 "عُدّل النص في DATE" (the updated date); <main>: the picture, the body text with,
             on odd pages, a teaser "ارجع كذلك إلى تغطيتنا:" and a link after the second paragraph (read-also), the
             source line; share; "تغطيات تتشابك مع القصة" (four with dates: related); the aside: "ما يتداوله قراء
             أصداء" (five: related), "المستجد في أصداء" (five with times: not related); footer, consent
  naviga     a Beirut daily on Naviga Web (Asia/Beirut; Al Arabiya): /article/YYYYMMDD/SECTION/ID URLs, nw- classes,
             a JSON-LD with local offsets (dateModified on pages 0 and 2, page 2's only there), "نُشر 04/05/2018 - 09:30
             م" (12-hour), page 0 "عُدّل 05/05/2018 - 11:05 ص"; on even pages "على الرف نفسه من أرشيفنا:" and a link
             (read-also); "من ملف القضية في أرشيف الجريدة" (four: related); readers' comments with dates; "حصاد
             القراءة هذا الأسبوع" (five: related); "بين الأقسام" (five: not related); "يجري الآن" ticker
  methode    an Abu Dhabi daily's site on the Eidos Méthode front end (Asia/Dubai, +04:00; Sky News): mtd- classes,
             data-methode-uuid, DC.date.issued and a compact "eidos.pubdate" meta YYYYMMDDHHMMSS, the masthead block with
             <h1> OUTSIDE <main>, date lines in Arabic-Indic digits; the standfirst holds the lead alone, then sibling
             story-part blocks with an ad slot and a facts box between; page 1 shows "آخر مراجعة DATE", page 3 declares
             its update only in DC.date.modified; odd pages a card "التقرير السابق في السلسلة:" (read-also); "قراءات
             تستكمل الخبر" (related), "المتصفَّح أكثر في الموقع" (related), "ما وصل إلى غرفة الأخبار للتو" (not related)
  payload    a Dubai outlet on Payload CMS 3 with a Next.js App Router front end (Asia/Dubai, +04:00; Sky News): the hero
             outside <main>, publishedAt/updatedAt in ISO "Z" with milliseconds in Open Graph and the RSC payload (the
             Lexical JSON of the whole text: the text twice), Intl ar-AE visible dates; page 0 shows "تحديث DATE", page 2
             declares updatedAt only; even pages a block "خلفية القصة عندنا:" (read-also); "خيوط أخرى للقصة نفسها"
             (related), "الأعلى متابعة على المنصة" (related), "نبض الدقيقة" strip (not related)
  keystone   an Amman site on Keystone 6 with an Express front end (Asia/Amman; Sky News): the document field rendered
             as <p>s in a data-keystone-document block, Levantine months "الجمعة 4 أيار 2018", a JSON-LD with local
             offsets; page 1 shows "عُدّلت المادة DATE", page 3 declares it only in dateModified; odd pages "في أرشيف
             المنصة حول الأمر:" (read-also); "مواد تُكمل الحكاية" (related), "الأوفر قراءة منذ الصباح" (related),
             "المُدرج حديثاً" (not related)
  hostinger  a Casablanca site on Hostinger Website Builder (Africa/Casablanca; Goud): Zyro's block-blog-header,
             text-box and data-qa attributes, the text ONE <p> whose paragraphs are separated by <br>, Moroccan months
             "4 أبريل 2021", article:published_time in UTC with milliseconds; page 0 shows "تبدّل المقال نهار DATE",
             page 2 declares article:modified_time only; even pages "شوف حتى هادي عندنا:" (read-also); "تدوينات من
             نفس الخيط" (related), "آخر ما تزاد في المدونة" (not related)
  dokuwiki   a Paris diaspora collective's news wiki on DokuWiki (Europe/Paris; Goud, texts of at most DW_MAX_WORDS
             words): the dokuwiki template's #dokuwiki__aside sidebar BEFORE the content (navigation, "آخر التعديلات في
             الويكي" with dates: not related), the blog plugin's "2021/04/04 14:05 · NAME" line, sectionedit classes,
             the tag plugin's "صفحات تحمل الوسم ذاته" (related), the discussion plugin's thread (8 Darija comments with
             'Y/m/d H:i' dates, longer than the text), docInfo "…txt · آخر تعديل: DATE" (page 1 later: the updated date,
             page 3's update only in the meta date); odd pages "بغيتي تعرف أكثر؟ راجع:" (read-also)

Labels (the format of tests/html/labels): title (the <h1>), published (the local date in the kind's zone), updated (the
local date where the page shows or declares an update; null elsewhere), body_with = the opening of each paragraph
(templates_set5.opening(); 6 to 8 a page), body_without = visible chrome texts, read_also, related (in page order).
Other stories' headlines are the titles of the records of the same source that follow the article's, wrapping around
(templates_set14.following()): the first 11 shuffled by random.Random(20261231), one shuffle a page, then the rest in
order (the read-also is the 12th, tickers and later lists from the 14th on). Left out (frozen): the records and files
labels or blind draws named (LABEL_NAMED, GOUD_LABEL_NAMED) and those sets 13, 14, 15, 18, 24, 25, 27 and 28 built pages
around (EARLIER_SETS_READ, GOUD_EARLIER_SETS_READ). Page k of a kind takes the first article of FOLDERS[kind][k] (or the
kind's next folders) that no page took before (templates_set24.pick_from_folders()).

Usage: templates_set31.py OUT_DIR [--corpus DIR] [--per-kind 4] [--kinds a,b] [--wording]
writes OUT_DIR/pages/KIND-N.html and OUT_DIR/labels/KIND-N.json (templates_set24.run_set()), checks every labelled text
against the page's visible text, the link and balance checks, the zones against zoneinfo; with --wording also the
wording check. The output is the same byte for byte from run to run."""
import datetime
import json
import os
import random
import sys

sys.dont_write_bytecode = True  # the set writes nothing beside itself (no __pycache__ of the sets it imports)
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
# Helpers, calendar data and the corpus readers only; no chrome sentence of the earlier sets.
from templates_set5 import DAYS, GULF_MONTHS, LEVANT_MONTHS, MAGHREB_MONTHS, esc  # noqa: E402
from templates_set10 import renderer  # noqa: E402
from templates_set12 import hm, indic, trec_records  # noqa: E402
from templates_set14 import usable_title  # noqa: E402
from templates_set15 import outside, upd_of  # noqa: E402
from templates_set16 import dmy  # noqa: E402
from templates_set18 import paragraphs as goud_paragraphs  # noqa: E402
from templates_set19 import AMMAN_SUMMER, BEIRUT_SUMMER, MARKERS, ampm, h12, iso_z, lead_words, zone_helpers  # noqa: E402
from templates_set20 import iso_ms_z  # noqa: E402
from templates_set21 import with_null_update  # noqa: E402
from templates_set23 import hex_id, spaced  # noqa: E402
from templates_set24 import moment_helpers, pick_from_folders, run_set  # noqa: E402
from templates_set28 import MA_PLUS_ONE, eu_summer, goud_own_date  # noqa: E402

KINDS = ('cue', 'naviga', 'methode', 'payload', 'keystone', 'hostinger', 'dokuwiki')
UTC = datetime.timezone.utc
ZONES = {'cue': (3, []), 'naviga': (2, BEIRUT_SUMMER), 'methode': (4, []), 'payload': (4, []), 'keystone': (2, AMMAN_SUMMER),
         'hostinger': (0, MA_PLUS_ONE), 'dokuwiki': (1, eu_summer(2015, 2026))}
TZ = {'cue': 'Asia/Bahrain', 'naviga': 'Asia/Beirut', 'methode': 'Asia/Dubai', 'payload': 'Asia/Dubai', 'keystone': 'Asia/Amman',
      'hostinger': 'Africa/Casablanca', 'dokuwiki': 'Europe/Paris'}
SOURCE = {'cue': 'alarabia', 'naviga': 'alarabia', 'methode': 'skynews', 'payload': 'skynews', 'keystone': 'skynews',
          'hostinger': 'goud', 'dokuwiki': 'goud'}
FOLDERS = {'cue': ('economy', 'internationalNews', 'culture', 'economy'),
           'naviga': ('internationalNews', 'sport', 'technology', 'internationalNews'),
           'methode': ('middleEast', 'economy', 'middleEast', 'internationalNews'),
           'payload': ('technology', 'middleEast', 'sport', 'middleEast'),
           'keystone': ('internationalNews', 'middleEast', 'economy', 'sport'),
           'hostinger': ('marsum-goud',) * 4, 'dokuwiki': ('marsum-goud',) * 4}
MOVED = {('cue', 2): (0, 45), ('payload', 1): (1, 10), ('hostinger', 3): (0, 30)}
DW_MAX_WORDS = 165
offset_hours, zone, in_zone, later, earlier = zone_helpers(ZONES)
between, saved_after = moment_helpers(in_zone, later)


class Page:
    """One page's shared draws: the article, the dates (publication, update, saving) and the other headlines."""
    def __init__(self, kind, art, others, extra, k, upd_pages):
        self.kind, self.k = kind, k
        self.name, self.title, self.paras = art
        self.pub, self.draw = extra['at'], extra['draw']
        if k in upd_pages:
            self.mod = later(kind, self.pub, **self.draw['update'])
            self.upd_day = self.mod.date()
        else:
            self.mod, self.upd_day = self.pub, None
        self.now = saved_after(kind, later(kind, self.pub, hours=self.draw['saved_hours'], minutes=self.draw['saved_minutes']),
                               self.mod if self.upd_day else None, self.draw)
        self.rel, self.most, self.latest = others[:4], others[4:9], others[9:11] + extra['more'][:3]
        self.ticker, self.prev, self.next = extra['more'][3:6], extra['more'][6], extra['more'][7]
        self.also = extra['also']
        self.rel_days = [earlier(kind, self.pub, days=2 + 5 * i, hours=3) for i in range(4)]
        self.latest_days = [between(kind, self.pub, self.now, i, 5) for i in range(5)]
        self.ticker_days = [earlier(kind, self.now, minutes=15 + 40 * i) for i in range(3)]
        self.node = hex_id(self.title)


def links(titles, href, wrap='<li>{}</li>', cls=''):
    c = f' class="{cls}"' if cls else ''
    return ''.join(wrap.format(f'<a{c} href="{href}{i}">{esc(t)}</a>') for i, t in enumerate(titles))


def gulf(t):
    return f'{DAYS[t.weekday()]} {t.day} {GULF_MONTHS[t.month - 1]} {t.year}'


def levant(t):
    return f'{DAYS[t.weekday()]} {t.day} {LEVANT_MONTHS[t.month - 1]} {t.year}'


def maghreb(t):
    return f'{t.day} {MAGHREB_MONTHS[t.month - 1]} {t.year}'


def slash(t):
    return f'{t.year}/{t.month:02d}/{t.day:02d} {hm(t)}'


def ld(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False).replace('</', '<\\/') + '</script>'


# --- cue: a Manama daily on Stibo DX CUE Front ---------------------------------------------------------------------
CU_SITE = 'أصداء المنامة'
CU_HOST = 'https://www.asdaa-manama.bh.example'
CU_MENU = ['الرئيسية', 'محليات', 'خليجيات', 'اقتصاد', 'ثقافة', 'العالم', 'رياضة']
CU_SECTIONS = {'economy': 'اقتصاد', 'internationalNews': 'العالم', 'culture': 'ثقافة'}
CU_TICKER = 'شريط المنامة العاجل'
CU_BY = 'بقلم'
CU_AUTHORS = ['سلمان الجودر', 'نورة البنعلي', 'حسن المرزوق', 'فاطمة القصاب']
CU_UPDATED = 'عُدّل النص في {date}'
CU_CAPTION = 'الصورة لمصوّري أصداء خلال تغطية سابقة'
CU_ALSO = 'ارجع كذلك إلى تغطيتنا:'
CU_SOURCE = 'أعدّ القسم هذه المادة استناداً إلى ما بثّته قناة العربية على موقعها'
CU_SHARE = ['واتساب', 'إكس', 'تيليغرام', 'انسخ الرابط']
CU_RELATED = 'تغطيات تتشابك مع القصة'
CU_MOST = 'ما يتداوله قراء أصداء'
CU_LATEST = 'المستجد في أصداء'
CU_FOOT = 'أصداء المنامة يومية بحرينية شاملة يملكها بيت الساحل للصحافة'
CU_COPY = 'الحقوق لبيت الساحل للصحافة {year} ©'
CU_CONSENT = 'نستخدم ملفات الارتباط لقياس جمهورنا ولتخصيص ما يظهر لك من مواد'
CU_CONSENT_BUTTONS = ['موافقة', 'إدارة التفضيلات']


def cu_line(t):
    return f'{gulf(t)} | {hm(t)}'


def render_cue(art, others, extra, day, slug, k):
    p = Page('cue', art, others, extra, k, (1, 3))
    section = CU_SECTIONS.get(extra['folder'], 'العالم')
    author = CU_AUTHORS[k % 4]
    shown = cu_line(p.pub)
    upd_text = CU_UPDATED.format(date=cu_line(p.mod)) if k == 1 else ''
    also = (f'<div class="teaser teaser--inline" data-cue-id="{p.node[:7]}"><span class="teaser__label">{CU_ALSO}</span> '
            f'<a href="{CU_HOST}/article/{p.node[7:14]}">{esc(p.also)}</a></div>') if k % 2 == 1 else ''
    body = ''
    for i, para in enumerate(p.paras):
        body += f'<p>{esc(para)}</p>'
        if i == 1 and also:
            body += also
    ld_obj = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': p.title, 'datePublished': iso_z(p.pub),
              'author': {'@type': 'Person', 'name': author}, 'publisher': {'@type': 'Organization', 'name': CU_SITE}}
    if p.upd_day:
        ld_obj['dateModified'] = iso_z(p.mod)
    ticker = ''.join(f'<li><time>{hm(d)}</time> <a href="{CU_HOST}/article/t{i}">{esc(t)}</a></li>' for i, (t, d) in enumerate(zip(p.ticker, p.ticker_days)))
    rel = ''.join(f'<li class="teaser" data-cue-id="r{i}"><a href="{CU_HOST}/article/r{i}">{esc(t)}</a> <span class="teaser__date">{dmy(d)}</span></li>'
                  for i, (t, d) in enumerate(zip(p.rel, p.rel_days)))
    latest = ''.join(f'<li class="teaser"><a href="{CU_HOST}/article/n{i}">{esc(t)}</a> <time>{hm(d)}</time></li>' for i, (t, d) in enumerate(zip(p.latest, p.latest_days)))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8"/>
<title>{esc(p.title)} | {CU_SITE}</title>
<meta name="description" content="{esc(lead_words(p.paras, 24))}"/>
<meta property="og:title" content="{esc(p.title)}"/>
<meta property="og:type" content="article"/>
<meta name="cue-section" content="{section}"/>
{ld(ld_obj)}
<link rel="stylesheet" href="{CU_HOST}/view-resources/dachser2/public/asdaa/css/main.css"/>
</head>
<body class="cue-front article-page" data-cue-site="asdaa">
<div class="top-bar"><span class="today">{gulf(p.now)}</span></div>
<header class="site-header"><a class="logo" href="{CU_HOST}/">{CU_SITE}</a>
<nav class="main-menu"><ul>{links(CU_MENU, CU_HOST + '/section/s')}</ul></nav></header>
<div class="breaking-bar"><h2>{CU_TICKER}</h2><ul>{ticker}</ul></div>
<section class="story-top" data-cue-id="{p.node[:7]}">
<div class="story-top__section">{section}</div>
<h1 class="headline">{esc(p.title)}</h1>
<div class="byline">{CU_BY} <a href="{CU_HOST}/author/{k}">{author}</a></div>
<div class="dateline"><time datetime="{iso_z(p.pub)}">{shown}</time></div>
{f'<div class="dateline dateline--updated">{upd_text}</div>' if upd_text else ''}
</section>
<main id="main" class="layout-main">
<article class="story" data-cue-id="{p.node[:7]}">
<figure class="story__image"><img src="{CU_HOST}/image/{p.node[:12]}.jpg" alt=""/><figcaption>{CU_CAPTION}</figcaption></figure>
<div class="body-text">{body}<p class="source-note"><em>{CU_SOURCE}</em></p></div>
<div class="share-bar">{''.join(f'<a href="#s{i}">{s}</a>' for i, s in enumerate(CU_SHARE))}</div>
<section class="related-content"><h3>{CU_RELATED}</h3><ul>{rel}</ul></section>
</article>
<aside class="sidebar">
<section class="most-read"><h3>{CU_MOST}</h3><ol>{links(p.most, CU_HOST + '/article/m')}</ol></section>
<section class="latest"><h3>{CU_LATEST}</h3><ul>{latest}</ul></section>
</aside>
</main>
<footer class="site-footer"><p>{CU_FOOT}</p><p>{CU_COPY.format(year=p.now.year)}</p></footer>
<div class="consent-banner"><p>{CU_CONSENT}</p>{''.join(f'<button>{b}</button>' for b in CU_CONSENT_BUTTONS)}</div>
</body>
</html>
'''
    without = [CU_TICKER, f'{CU_BY} {author}', shown, CU_CAPTION, CU_SOURCE, CU_RELATED, CU_MOST, CU_LATEST, CU_FOOT,
               CU_COPY.format(year=p.now.year), CU_CONSENT, gulf(p.now)] + p.ticker + p.latest + outside(CU_MENU, p.paras) + ([upd_text] if upd_text else [])
    return page, p.title, ([p.also] if also else []), p.rel + p.most, without, upd_of(p.upd_day)


# --- naviga: a Beirut daily on Naviga Web -------------------------------------------------------------------------
NV_SITE = 'المرفأ'
NV_HOST = 'https://www.almarfaa-lb.example'
NV_MENU = ['الأولى', 'لبنان', 'عربي ودولي', 'مال', 'رياضة', 'تكنولوجيا', 'رأي']
NV_SECTIONS = {'internationalNews': 'عربي ودولي', 'sport': 'رياضة', 'technology': 'تكنولوجيا'}
NV_CODES = {'internationalNews': 'WORLD', 'sport': 'SPORT', 'technology': 'TECH'}
NV_TICKER = 'يجري الآن'
NV_PUB = 'نُشر'
NV_UPD = 'عُدّل'
NV_DESK = 'قسم الشؤون الخارجية في المرفأ'
NV_ALSO = 'على الرف نفسه من أرشيفنا:'
NV_SOURCE = 'رجعت الجريدة في صياغتها إلى العربية نت'
NV_PRINT = ['اطبع', 'كبّر الخط', 'أرسل لصديق']
NV_RELATED = 'من ملف القضية في أرشيف الجريدة'
NV_COMMENTS = 'آراء القراء ({n})'
NV_COMMENTERS = [('جورج ع.', 'معقول هالحكي بس العبرة بالتطبيق، كل شوي وعود وما عم يتغير شي عالأرض'),
                 ('ريما', 'شكراً عالمتابعة الدقيقة، ياريت تكملوا بتفاصيل أكتر بكرا'),
                 ('سامر من النبطية', 'الله يستر من اللي جايي، الوضع ما بيطمن أبداً')]
NV_FORM = ['اكتب رأيك', 'الاسم', 'أرسل التعليق']
NV_RULES = 'تخضع الآراء لمراجعة المحرر قبل ظهورها ولا تعبّر إلا عن كتّابها'
NV_MOST = 'حصاد القراءة هذا الأسبوع'
NV_OTHER = 'بين الأقسام'
NV_FOOT = ['من نحن', 'الاشتراكات', 'الإعلان', 'اتصل بالتحرير']
NV_COPY = '© {year} المرفأ. يحق للإدارة ملاحقة كل ناسخ'
NV_COOKIE = 'يحفظ الموقع بعض المعلومات على جهازك كي يتذكّر تفضيلاتك عند عودتك'
NV_COOKIE_BUTTON = 'فهمت'


def nv_line(t):
    return f'{dmy(t)} - {h12(t)} {ampm(t)}'


def render_naviga(art, others, extra, day, slug, k):
    p = Page('naviga', art, others, extra, k, (0, 2))
    section = NV_SECTIONS.get(extra['folder'], 'عربي ودولي')
    code = NV_CODES.get(extra['folder'], 'WORLD')
    aid = f'{p.pub:%y%m%d}{int(p.node[:5], 16) % 1000:03d}'
    url = f'{NV_HOST}/article/{p.pub:%Y%m%d}/{code}/{aid}'
    shown = f'{NV_PUB} {nv_line(p.pub)}'
    upd_text = f'{NV_UPD} {nv_line(p.mod)}' if k == 0 else ''
    also = (f'<p class="nw-inline-link"><strong>{NV_ALSO}</strong> <a href="{NV_HOST}/article/{p.pub:%Y%m%d}/{code}/{aid[:-1]}9">{esc(p.also)}</a></p>'
            if k % 2 == 0 else '')
    body = ''
    for i, para in enumerate(p.paras):
        body += f'<p>{esc(para)}</p>'
        if i == 2 and also:
            body += also
    ld_obj = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': p.title, 'url': url,
              'datePublished': p.pub.isoformat(timespec='seconds'), 'author': {'@type': 'Organization', 'name': NV_DESK}}
    if p.upd_day:
        ld_obj['dateModified'] = p.mod.isoformat(timespec='seconds')
    cdays = [between('naviga', p.pub, p.now, i, 3) for i in range(3)]
    comments = ''.join(f'<li class="nw-comment"><strong>{n}</strong> <span class="nw-comment-date">{nv_line(d)}</span><p>{c}</p></li>'
                       for (n, c), d in zip(NV_COMMENTERS, cdays))
    ticker = ''.join(f'<li><span>{hm(d)}</span> <a href="{NV_HOST}/breaking/{i}">{esc(t)}</a></li>' for i, (t, d) in enumerate(zip(p.ticker, p.ticker_days)))
    rel = ''.join(f'<li><a href="{NV_HOST}/article/r{i}">{esc(t)}</a> <small>{dmy(d)}</small></li>' for i, (t, d) in enumerate(zip(p.rel, p.rel_days)))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8"/>
<title>{esc(p.title)} - {NV_SITE}</title>
<link rel="canonical" href="{url}"/>
<meta property="og:title" content="{esc(p.title)}"/>
<meta property="og:url" content="{url}"/>
<meta name="nw-section" content="{code}"/>
{ld(ld_obj)}
</head>
<body class="nw-body nw-article">
<div id="nw-ticker" class="nw-ticker"><h4>{NV_TICKER}</h4><ul>{ticker}</ul></div>
<header class="nw-header"><a href="{NV_HOST}/" class="nw-logo">{NV_SITE}</a>
<ul class="nw-menu">{links(NV_MENU, NV_HOST + '/section/')}</ul></header>
<div class="nw-container">
<div class="nw-main" id="nw-main">
<div class="nw-article-header" data-nw-article="{aid}">
<span class="nw-kicker">{section}</span>
<h1 class="nw-headline">{esc(p.title)}</h1>
<div class="nw-byline">{NV_DESK}</div>
<div class="nw-dates"><span class="nw-date-published">{shown}</span>{f' <span class="nw-date-updated">{upd_text}</span>' if upd_text else ''}</div>
<div class="nw-tools">{''.join(f'<a href="#t{i}">{t}</a>' for i, t in enumerate(NV_PRINT))}</div>
</div>
<div id="ArticleText" class="nw-article-text">{body}<p class="nw-source">{NV_SOURCE}</p></div>
<div class="nw-related"><h3>{NV_RELATED}</h3><ul>{rel}</ul></div>
<div class="nw-comments"><h3>{NV_COMMENTS.format(n=len(NV_COMMENTERS))}</h3><ul>{comments}</ul>
<form><textarea placeholder="{NV_FORM[0]}"></textarea><input type="text" placeholder="{NV_FORM[1]}"/><button>{NV_FORM[2]}</button></form><p class="nw-rules">{NV_RULES}</p></div>
</div>
<div class="nw-rail">
<div class="nw-box nw-mostread"><h3>{NV_MOST}</h3><ol>{links(p.most, NV_HOST + '/article/m')}</ol></div>
<div class="nw-box nw-other"><h3>{NV_OTHER}</h3><ul>{links(p.latest, NV_HOST + '/article/o')}</ul></div>
</div>
</div>
<footer class="nw-footer"><ul>{links(NV_FOOT, NV_HOST + '/page/')}</ul><p>{NV_COPY.format(year=p.now.year)}</p></footer>
<div class="nw-cookie"><span>{NV_COOKIE}</span> <button>{NV_COOKIE_BUTTON}</button></div>
</body>
</html>
'''
    without = [NV_TICKER, NV_DESK, shown, NV_SOURCE, NV_RELATED, NV_COMMENTS.format(n=len(NV_COMMENTERS)), NV_RULES, NV_MOST, NV_OTHER,
               NV_COPY.format(year=p.now.year), NV_COOKIE] + [c for _, c in NV_COMMENTERS] + [nv_line(d) for d in cdays] + p.ticker + p.latest \
        + outside(NV_MENU + NV_FOOT, p.paras) + ([upd_text] if upd_text else [])
    return page, p.title, ([p.also] if also else []), p.rel + p.most, without, upd_of(p.upd_day)


# --- methode: an Abu Dhabi daily on the Eidos Méthode front end ----------------------------------------------------
MT_SITE = 'الظفرة اليوم'
MT_HOST = 'https://www.aldhafra-today.ae.example'
MT_MENU = ['الإمارات', 'الخليج', 'الشرق الأوسط', 'العالم', 'الأعمال', 'الملاعب']
MT_UPD = 'آخر مراجعة {date}'
MT_AD = 'مساحة مخصصة للمعلنين'
MT_FACTS = 'أرقام في الخلفية'
MT_FACT_ROWS = ['تعتمد الصحيفة على مراسليها وشبكة وكالات شريكة', 'تُراجع كل مادة محررتان قبل نشرها']
MT_ALSO = 'التقرير السابق في السلسلة:'
MT_SOURCE = 'المصدر الأساسي لهذه المادة: سكاي نيوز عربية'
MT_RELATED = 'قراءات تستكمل الخبر'
MT_MOST = 'المتصفَّح أكثر في الموقع'
MT_LATEST = 'ما وصل إلى غرفة الأخبار للتو'
MT_COPY = 'الظفرة اليوم © {year} — إحدى إصدارات مجموعة الواحة للإعلام'


def mt_date(t):
    return indic(f'{t.day:02d}') + f' {GULF_MONTHS[t.month - 1]} ' + indic(t.year) + ' - ' + indic(hm(t))


def render_methode(art, others, extra, day, slug, k):
    p = Page('methode', art, others, extra, k, (1, 3))
    shown = mt_date(p.pub)
    upd_text = MT_UPD.format(date=mt_date(p.mod)) if k == 1 else ''
    also = (f'<div class="mtd-card mtd-card--inline"><span>{MT_ALSO}</span> <a href="{MT_HOST}/story/{p.node[20:28]}">{esc(p.also)}</a></div>'
            if k % 2 == 1 else '')
    rest = p.paras[1:]
    cut = 2 if len(rest) > 3 else 1
    part = '<div class="mtd-story-part" data-methode-uuid="{u}">{b}</div>'
    parts = (part.format(u=p.node[:8], b=''.join(f'<p>{esc(x)}</p>' for x in rest[:cut]))
             + f'<div class="mtd-ad-slot"><span>{MT_AD}</span></div>'
             + part.format(u=p.node[8:16], b=''.join(f'<p>{esc(x)}</p>' for x in rest[cut:cut + 2])) + also
             + f'<aside class="mtd-factbox"><h4>{MT_FACTS}</h4><ul>{"".join(f"<li>{r}</li>" for r in MT_FACT_ROWS)}</ul></aside>'
             + part.format(u=p.node[16:24], b=''.join(f'<p>{esc(x)}</p>' for x in rest[cut + 2:]) + f'<p class="mtd-source">{MT_SOURCE}</p>'))
    stamp = p.pub.strftime('%Y%m%d%H%M%S')
    mod_meta = f'<meta name="DC.date.modified" content="{p.mod.isoformat(timespec="seconds")}"/>\n' if p.upd_day else ''
    rel = ''.join(f'<li><a href="{MT_HOST}/story/r{i}">{esc(t)}</a> <span>{indic(dmy(d))}</span></li>' for i, (t, d) in enumerate(zip(p.rel, p.rel_days)))
    latest = ''.join(f'<li><span>{indic(hm(d))}</span> <a href="{MT_HOST}/story/n{i}">{esc(t)}</a></li>' for i, (t, d) in enumerate(zip(p.latest, p.latest_days)))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8"/>
<title>{esc(p.title)} | {MT_SITE}</title>
<meta name="DC.date.issued" content="{p.pub.isoformat(timespec="seconds")}"/>
{mod_meta}<meta name="eidos.pubdate" content="{stamp}"/>
<meta property="og:title" content="{esc(p.title)}"/>
</head>
<body class="mtd-page mtd-article">
<header class="mtd-header"><div class="mtd-today">{indic(dmy(p.now))}</div><a class="mtd-logo" href="{MT_HOST}/">{MT_SITE}</a>
<nav><ul>{links(MT_MENU, MT_HOST + '/section/')}</ul></nav></header>
<div class="mtd-masthead-story">
<h1 class="mtd-headline">{esc(p.title)}</h1>
<div class="mtd-dateline"><time datetime="{p.pub.isoformat(timespec="seconds")}">{shown}</time></div>
{f'<div class="mtd-dateline mtd-dateline--rev">{upd_text}</div>' if upd_text else ''}
</div>
<main class="mtd-main">
<div class="mtd-story" data-methode-uuid="{p.node[:24]}">
<p class="mtd-standfirst">{esc(p.paras[0])}</p>
<figure class="mtd-figure"><img src="{MT_HOST}/binaries/{p.node[:10]}.jpg" alt=""/></figure>
{parts}
</div>
<section class="mtd-related"><h3>{MT_RELATED}</h3><ul>{rel}</ul></section>
</main>
<aside class="mtd-rail">
<section><h3>{MT_MOST}</h3><ol>{links(p.most, MT_HOST + '/story/m')}</ol></section>
<section><h3>{MT_LATEST}</h3><ul>{latest}</ul></section>
</aside>
<footer class="mtd-footer"><p>{MT_COPY.format(year=p.now.year)}</p></footer>
</body>
</html>
'''
    without = [shown, MT_AD, MT_FACTS, MT_SOURCE, MT_RELATED, MT_MOST, MT_LATEST, MT_COPY.format(year=p.now.year)] + MT_FACT_ROWS \
        + p.latest + outside(MT_MENU, p.paras) + ([upd_text] if upd_text else [])
    return page, p.title, ([p.also] if also else []), p.rel + p.most, without, upd_of(p.upd_day)


# --- payload: a Dubai outlet on Payload CMS 3 with a Next.js App Router front end -----------------------------------
PL_SITE = 'مدار الخليج'
PL_HOST = 'https://www.madar-alkhaleej.ae.example'
PL_MENU = ['الأخبار', 'تقنية', 'رياضة', 'اقتصاد', 'بودكاست']
PL_SECTIONS = {'technology': 'تقنية', 'middleEast': 'الأخبار', 'sport': 'رياضة'}
PL_STRIP = 'نبض الدقيقة'
PL_BY = 'كتابة'
PL_DESK = 'فريق مدار الخليج'
PL_UPD = 'تحديث {date}'
PL_ALSO = 'خلفية القصة عندنا:'
PL_SOURCE = 'بالاستناد إلى تقارير سكاي نيوز عربية'
PL_RELATED = 'خيوط متفرعة عن القصة'
PL_MOST = 'الأعلى متابعة على المنصة'
PL_LETTER = 'اشترك في رسالة مدار المسائية لتصلك خلاصة اليوم'
PL_LETTER_BUTTON = 'اشترك'
PL_COPY = '© {year} مدار الخليج. الحقوق كلها للمنصة'


def pl_date(t):
    return f'{t.day} {GULF_MONTHS[t.month - 1]} {t.year}'


def lexical(paras):
    return {'root': {'type': 'root', 'children': [{'type': 'paragraph', 'children': [{'type': 'text', 'text': x, 'format': 0}]} for x in paras]}}


def render_payload(art, others, extra, day, slug, k):
    p = Page('payload', art, others, extra, k, (0, 2))
    section = PL_SECTIONS.get(extra['folder'], 'الأخبار')
    shown = pl_date(p.pub)
    upd_text = PL_UPD.format(date=pl_date(p.mod)) if k == 0 else ''
    also = (f'<div class="block block-relatedLink"><span>{PL_ALSO}</span> <a href="/posts/{p.node[:10]}">{esc(p.also)}</a></div>' if k % 2 == 0 else '')
    body = ''
    for i, para in enumerate(p.paras):
        body += f'<p>{esc(para)}</p>'
        if i == 2 and also:
            body += also
    doc = {'id': p.node[:24], 'title': p.title, 'publishedAt': iso_ms_z(p.pub), 'updatedAt': iso_ms_z(p.mod),
           'content': lexical(p.paras), 'relatedPosts': [{'title': t} for t in p.rel]}
    rsc = json.dumps(f'5:["$","article",null,{json.dumps({"doc": doc}, ensure_ascii=False)}]\n', ensure_ascii=False).replace('</', '<\\/')
    mod_meta = f'<meta property="article:modified_time" content="{iso_ms_z(p.mod)}"/>\n' if p.upd_day else ''
    strip = ''.join(f'<li><time>{hm(d)}</time> <a href="/posts/s{i}">{esc(t)}</a></li>' for i, (t, d) in enumerate(zip(p.ticker, p.ticker_days)))
    rel = ''.join(f'<li><a href="/posts/r{i}">{esc(t)}</a> <time>{pl_date(d)}</time></li>' for i, (t, d) in enumerate(zip(p.rel, p.rel_days)))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8"/>
<title>{esc(p.title)} | {PL_SITE}</title>
<meta property="og:title" content="{esc(p.title)}"/>
<meta property="article:published_time" content="{iso_ms_z(p.pub)}"/>
{mod_meta}<link rel="stylesheet" href="/_next/static/css/{p.node[:16]}.css"/>
</head>
<body class="__className_a1b2c3">
<header class="site-header"><a href="/">{PL_SITE}</a><nav><ul>{links(PL_MENU, '/category/')}</ul></nav>
<div class="now-strip"><h4>{PL_STRIP}</h4><ul>{strip}</ul></div></header>
<section class="post-hero">
<div class="post-hero__category">{section}</div>
<h1>{esc(p.title)}</h1>
<p class="post-hero__meta">{PL_BY} {PL_DESK} · <time datetime="{iso_ms_z(p.pub)}">{shown}</time></p>
{f'<p class="post-hero__updated">{upd_text}</p>' if upd_text else ''}
</section>
<main class="container">
<article class="post"><div class="rich-text payload-richtext">{body}<p class="post-source">{PL_SOURCE}</p></div>
<section class="related-posts"><h3>{PL_RELATED}</h3><ul>{rel}</ul></section></article>
<aside class="rail"><h3>{PL_MOST}</h3><ol>{links(p.most, '/posts/m')}</ol>
<form class="newsletter"><p>{PL_LETTER}</p><input type="email"/><button>{PL_LETTER_BUTTON}</button></form></aside>
</main>
<footer><p>{PL_COPY.format(year=p.now.year)}</p></footer>
<script>(self.__next_f=self.__next_f||[]).push([0])</script>
<script>self.__next_f.push([1,{rsc}])</script>
</body>
</html>
'''
    without = [PL_STRIP, f'{PL_BY} {PL_DESK}', shown, PL_SOURCE, PL_RELATED, PL_MOST, PL_LETTER, PL_COPY.format(year=p.now.year)] + p.ticker \
        + outside(PL_MENU, p.paras) + ([upd_text] if upd_text else [])
    return page, p.title, ([p.also] if also else []), p.rel + p.most, without, upd_of(p.upd_day)


# --- keystone: an Amman site on Keystone 6 with an Express front end ------------------------------------------------
KS_SITE = 'منصة السلط'
KS_HOST = 'https://www.salt-platform.jo.example'
KS_MENU = ['محلي', 'إقليمي', 'دولي', 'اقتصاد', 'رياضة']
KS_UPD = 'عُدّلت المادة {date}'
KS_ALSO = 'في أرشيف المنصة حول الأمر:'
KS_SOURCE = 'أعادت المنصة بث المادة بنصها الأصلي عن سكاي نيوز عربية'
KS_RELATED = 'مواد تُكمل الحكاية'
KS_MOST = 'الأوفر قراءة منذ الصباح'
KS_LATEST = 'المُدرج حديثاً'
KS_COPY = 'منصة السلط الإخبارية {year}'
KS_COOKIE = 'باستمرارك في التصفح توافق على استعمالنا لملفات تعريف الارتباط'


def render_keystone(art, others, extra, day, slug, k):
    p = Page('keystone', art, others, extra, k, (1, 3))
    shown = levant(p.pub) + ' ' + hm(p.pub)
    upd_text = KS_UPD.format(date=levant(p.mod)) if k == 1 else ''
    also = (f'<p class="inline-related"><b>{KS_ALSO}</b> <a href="/posts/{p.node[:8]}">{esc(p.also)}</a></p>' if k % 2 == 1 else '')
    body = ''
    for i, para in enumerate(p.paras):
        body += f'<p>{esc(para)}</p>'
        if i == 1 and also:
            body += also
    ld_obj = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': p.title, 'datePublished': p.pub.isoformat(timespec='seconds')}
    if p.upd_day:
        ld_obj['dateModified'] = p.mod.isoformat(timespec='seconds')
    latest = ''.join(f'<li><a href="/posts/n{i}">{esc(t)}</a> <small>{dmy(d)}</small></li>' for i, (t, d) in enumerate(zip(p.latest, p.latest_days)))
    rel = ''.join(f'<li><a href="/posts/r{i}">{esc(t)}</a></li>' for i, t in enumerate(p.rel))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8"/>
<title>{esc(p.title)} — {KS_SITE}</title>
{ld(ld_obj)}
</head>
<body>
<header><a href="/" class="brand">{KS_SITE}</a> <span class="today">{levant(p.now)}</span><nav><ul>{links(KS_MENU, '/category/')}</ul></nav></header>
<div class="layout">
<aside class="side-column">
<section><h3>{KS_LATEST}</h3><ul>{latest}</ul></section>
</aside>
<main>
<article class="post" data-post-id="{p.node[:25]}">
<h1>{esc(p.title)}</h1>
<p class="post-date"><time datetime="{p.pub.isoformat(timespec="seconds")}">{shown}</time></p>
{f'<p class="post-updated">{upd_text}</p>' if upd_text else ''}
<div class="post-content" data-keystone-document="true">{body}<p>{KS_SOURCE}</p></div>
</article>
<section class="related"><h3>{KS_RELATED}</h3><ul>{rel}</ul></section>
<section class="popular"><h3>{KS_MOST}</h3><ol>{links(p.most, '/posts/m')}</ol></section>
</main>
</div>
<footer><p>{KS_COPY.format(year=p.now.year)}</p></footer>
<div class="cookie-note">{KS_COOKIE}</div>
</body>
</html>
'''
    without = [KS_LATEST, shown, KS_SOURCE, KS_RELATED, KS_MOST, KS_COPY.format(year=p.now.year), KS_COOKIE, levant(p.now)] + p.latest \
        + outside(KS_MENU, p.paras) + ([upd_text] if upd_text else [])
    return page, p.title, ([p.also] if also else []), p.rel + p.most, without, upd_of(p.upd_day)


# --- hostinger: a Casablanca site on Hostinger Website Builder (formerly Zyro) -------------------------------------
HS_SITE = 'دفاتر كازا'
HS_MENU = ['الرئيسية', 'المدونة', 'شكون حنا', 'تواصل']
HS_UPD = 'تبدّل المقال نهار {date}'
HS_BY = 'كتبها'
HS_AUTHOR = 'هيئة تحرير دفاتر كازا'
HS_ALSO = 'شوف حتى هادي عندنا:'
HS_RELATED = 'تدوينات من نفس الخيط'
HS_LATEST = 'آخر ما تزاد في المدونة'
HS_COPY = '{year} دفاتر كازا — Built with Hostinger Website Builder'
HS_COOKIE = 'الموقع كيخبي شي ملفات صغار فالتليفون ديالك باش يحسب الزوار'
HS_COOKIE_BUTTONS = ['قبلت', 'رفضت']


def render_hostinger(art, others, extra, day, slug, k):
    p = Page('hostinger', art, others, extra, k, (0, 2))
    shown = maghreb(p.pub)
    upd_text = HS_UPD.format(date=maghreb(p.mod)) if k == 0 else ''
    also = (f'<div class="text-box" data-qa="builder-gridelement-gridtextbox"><p><strong>{HS_ALSO}</strong> <a href="/blog/{p.node[:9]}">{esc(p.also)}</a></p></div>'
            if k % 2 == 0 else '')
    text = '<br>'.join(esc(x) for x in p.paras)
    mod_meta = f'<meta property="article:modified_time" content="{iso_ms_z(p.mod)}"/>\n' if p.upd_day else ''
    latest = ''.join(f'<div class="blog-list-item"><a href="/blog/n{i}">{esc(t)}</a> <span>{maghreb(d)}</span></div>' for i, (t, d) in enumerate(zip(p.latest, p.latest_days)))
    rel = ''.join(f'<div class="blog-list-item"><a href="/blog/r{i}">{esc(t)}</a></div>' for i, t in enumerate(p.rel))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8"/>
<title>{esc(p.title)} | {HS_SITE}</title>
<meta property="og:title" content="{esc(p.title)}"/>
<meta property="article:published_time" content="{iso_ms_z(p.pub)}"/>
{mod_meta}<meta name="generator" content="Hostinger Website Builder"/>
</head>
<body>
<div id="app" data-v-app="">
<header class="block-header" data-qa="builder-header"><a class="block-header-logo" href="/">{HS_SITE}</a>
<ul class="block-header__nav">{links(HS_MENU, '/p')}</ul></header>
<main class="page">
<section class="block block-blog-header" data-qa="builder-section-blogheader">
<h1 class="font-primary" data-qa="blog-post-title">{esc(p.title)}</h1>
<p class="block-blog-header__meta"><span>{HS_BY} {HS_AUTHOR}</span> <span data-qa="blog-post-date">{shown}</span></p>
{f'<p class="block-blog-header__meta">{upd_text}</p>' if upd_text else ''}
</section>
<section class="block block-blog-post" data-qa="builder-section-blogpost">
<div class="grid-image"><img src="https://assets.zyrosite.com/{p.node[:12]}/cover.jpg" alt=""/></div>
<div class="text-box" data-qa="builder-gridelement-gridtextbox"><p>{text}</p></div>
{also}
</section>
<section class="block block-blog-list"><h2>{HS_RELATED}</h2>{rel}</section>
<section class="block block-blog-list"><h2>{HS_LATEST}</h2>{latest}</section>
</main>
<footer class="block-footer"><p>{HS_COPY.format(year=p.now.year)}</p></footer>
<div class="cookie-banner"><p>{HS_COOKIE}</p>{''.join(f'<button>{b}</button>' for b in HS_COOKIE_BUTTONS)}</div>
</div>
</body>
</html>
'''
    without = [f'{HS_BY} {HS_AUTHOR}', shown, HS_RELATED, HS_LATEST, HS_COPY.format(year=p.now.year), HS_COOKIE] + p.latest \
        + outside(HS_MENU, p.paras) + ([upd_text] if upd_text else [])
    return page, p.title, ([p.also] if also else []), p.rel, without, upd_of(p.upd_day)


# --- dokuwiki: a Paris diaspora collective's news wiki on DokuWiki --------------------------------------------------
DW_SITE = 'ويكي الجالية'
DW_NAV = ['الصفحة الأولى', 'أخبار البلاد', 'أخبار المهجر', 'الفهرس']
DW_CHANGES = 'آخر التعديلات في الويكي'
DW_AUTHORS = ['يونس', 'سكينة', 'المهدي', 'خديجة']
DW_ALSO = 'بغيتي تعرف أكثر؟ راجع:'
DW_SOURCE = 'هذا النص منقول بحذافيره عن كود'
DW_TAGS = 'صفحات تحمل الوسم ذاته'
DW_DISCUSSION = 'النقاش'
DW_COMMENTS = [
    ('عزيز من ليون', 'هاد القضية كنهضرو عليها من زمان، البلاد محتاجة ناس كيخدمو بالمعقول ماشي غير الهضرة فالتلفزة، وحنا هنا فالغربة كنتبعو كلشي وكنتمناو يتبدل الحال قريب'),
    ('نادية', 'مرسي على المقال، غير كون شرحتو شوية الخلفية ديال القضية كون فهمنا مزيان، حيت بزاف ديال الناس هنا ما عارفينش التفاصيل'),
    ('حميد', 'أنا ماشي متفق مع هاد القراءة، كاين جوانب أخرى ما تذكراتش فالمقال، وخاصنا نسمعو حتى الطرف الآخر قبل ما نحكمو على الموضوع بهاد الطريقة'),
    ('سعاد من بروكسيل', 'برافو على هاد المجهود، الويكي ولا مرجع ديالنا كاملين، كنرجعو ليه فالصباح بكري نشوفو أش واقع فالبلاد'),
    ('رشيد', 'واش كاين شي مصدر آخر أكد هاد الخبر؟ حيت شفت فالفيسبوك رواية مختلفة شوية، وبغيت نعرف شكون اللي عندو الحق فهاد القصة'),
    ('مريم', 'كنتمنى تديرو صفحة خاصة كتجمع كاع الأخبار المرتبطة بهاد الموضوع، باش اللي جا جديد يقدر يفهم من اللول حتى اللخر بلا ما يضيع'),
    ('عبد الله من مرسيليا', 'الصراحة هاد الشي كيحشم، وخا بعاد على البلاد كنحسو بيه بزاف، والولاد ديالنا كيسولونا وما عرفناش شنو نجاوبوهم'),
    ('إلياس', 'زدت هاد الصفحة للفهرس ديال القضايا الاجتماعية، وصلحت واحد الخطأ صغير فالعنوان ديال القسم، الله يجازيكم على الخدمة'),
]
DW_FORM = ['التعليق', 'الاسم', 'أضف تعليقاً']
DW_MODIFIED = 'آخر تعديل:'
DW_BY = 'بواسطة'
DW_LICENSE = 'يجوز تداول المحتوى بشرط ذكر ويكي الجالية'


def render_dokuwiki(art, others, extra, day, slug, k):
    p = Page('dokuwiki', art, others, extra, k, (1, 3))
    author = DW_AUTHORS[k % 4]
    shown = f'{slash(p.pub)} · {author}'
    page_id = f'akhbar:{p.pub.year}:{p.node[:8]}'
    # docInfo: the last edit (page 1's update shown; page 3's declared only in the meta date; the others: the
    # page's creation, which is its publication).
    last = p.mod if k == 1 else p.pub
    docinfo = f'{p.node[:8]}.txt · {DW_MODIFIED} {slash(last)} {DW_BY} {author}'
    also = (f'<p><strong>{DW_ALSO}</strong> <a href="/doku.php?id=akhbar:{p.node[10:18]}" class="wikilink1">{esc(p.also)}</a></p>' if k % 2 == 1 else '')
    body = ''
    for i, para in enumerate(p.paras):
        body += f'<p>\n{esc(para)}\n</p>\n'
        if i == 2 and also:
            body += also + '\n'
    changes = ''.join(f'<li><div class="li"><a href="/doku.php?id=c{i}" class="wikilink1">{esc(t)}</a> <span class="date">{slash(d)}</span></div></li>'
                      for i, (t, d) in enumerate(zip(p.latest, p.latest_days)))
    rel = ''.join(f'<li class="level1"><div class="li"><a href="/doku.php?id=r{i}" class="wikilink1">{esc(t)}</a></div></li>' for i, t in enumerate(p.rel))
    cdays = [between('dokuwiki', p.pub, p.now, i, len(DW_COMMENTS)) for i in range(len(DW_COMMENTS))]
    comments = ''.join(f'<div class="comment_wrapper" id="comment_{i}"><div class="comment_head"><span class="vcard author">{n}</span>, '
                       f'<abbr class="published">{slash(d)}</abbr></div><div class="comment_body"><p>{c}</p></div></div>'
                       for i, ((n, c), d) in enumerate(zip(DW_COMMENTS, cdays)))
    meta_date = f'<meta name="date" content="{p.mod.isoformat(timespec="seconds")}"/>\n' if p.upd_day else ''
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl" class="no-js">
<head>
<meta charset="utf-8"/>
<title>{esc(p.title)} [{DW_SITE}]</title>
<meta name="generator" content="DokuWiki"/>
<meta name="robots" content="index,follow"/>
{meta_date}<link rel="stylesheet" href="/lib/exe/css.php?t=dokuwiki&amp;tseed={p.node[:32]}"/>
</head>
<body>
<div id="dokuwiki__site"><div id="dokuwiki__top" class="site dokuwiki mode_show tpl_dokuwiki showSidebar hasSidebar">
<div id="dokuwiki__header"><div class="pad group"><div class="headings group"><p class="sitename"><a href="/doku.php?id=start">{DW_SITE}</a></p></div></div></div>
<div class="wrapper group">
<div id="dokuwiki__aside"><div class="pad aside include group"><div class="aside include group">
<ul>{links(DW_NAV, '/doku.php?id=nav', '<li class="level1"><div class="li">{}</div></li>', 'wikilink1')}</ul>
<h3>{DW_CHANGES}</h3><ul>{changes}</ul>
</div></div></div>
<div id="dokuwiki__content"><div class="pad group">
<div class="page group">
<h1 class="sectionedit1" id="{slug}">{esc(p.title)}</h1>
<div class="level1">
<p class="blog-date">{shown}</p>
{body}<p><em>{DW_SOURCE}</em></p>
</div>
<div class="tags"><h3>{DW_TAGS}</h3><ul class="topic">{rel}</ul></div>
<div class="comment_wrapper" id="discussion__section"><h2>{DW_DISCUSSION}</h2>{comments}
<form class="comment_form"><textarea placeholder="{DW_FORM[0]}"></textarea><input type="text" placeholder="{DW_FORM[1]}"/><input type="submit" value="{DW_FORM[2]}"/></form></div>
</div>
<div class="docInfo"><bdi>{docinfo}</bdi></div>
</div></div>
</div>
<div id="dokuwiki__footer"><div class="pad"><div class="license">{DW_LICENSE}</div></div></div>
</div></div>
</body>
</html>
'''
    without = [DW_CHANGES, shown, DW_SOURCE, DW_TAGS, DW_DISCUSSION, docinfo, DW_LICENSE] + [c for _, c in DW_COMMENTS] \
        + [slash(d) for d in cdays] + p.latest + outside(DW_NAV, p.paras)
    return page, p.title, ([p.also] if also else []), p.rel, without, upd_of(p.upd_day)


RENDER = {kind: spaced(fn) for kind, fn in (('cue', render_cue), ('naviga', render_naviga), ('methode', render_methode),
                                             ('payload', render_payload), ('keystone', render_keystone),
                                             ('hostinger', render_hostinger), ('dokuwiki', render_dokuwiki))}
render = with_null_update(renderer(RENDER, 'templates_set31.py', 31))  # updated: null where none is declared


# --- the corpus and the driver ----------------------------------------------------------------------------
CORPUS_FOLDER = 'ant-multisource'
GOUD_FOLDER = 'marsum-goud'
# The records and files (names without ".txt") a label of tests/segmenter/labels, tests/html/labels or ../shared/eval/dev
# named, or a segmenter blind draw (tests/segmenter/blind*-draw.txt, blind32 and blind33 included) listed, when the set
# was written: frozen, so that later labels do not shift the set's articles.
LABEL_NAMED = (
    'AL-culture-458-20180605', 'AL-culture-73-20180219', 'AL-economy-237-20180314', 'AL-economy-828-20180614',
    'AL-internationalNews-1193-20180516', 'AL-internationalNews-1313-20180525', 'AL-internationalNews-1318-20180525',
    'AL-internationalNews-1457-20180604', 'AL-sport-1156-20180407', 'AL-sport-1762-20180531', 'AL-sport-1947-20180613',
    'AL-sport-2192-20180628', 'AL-sport-2350-20180713', 'AL-sport-469-20180307', 'AL-sport-507-20180309',
    'AL-sport-60-20180217', 'AL-sport-87-20180212', 'AL-sport-949-20180329', 'AL-technology-141-20180404',
    'AL-technology-15-20180209', 'AL-technology-238-20180513', 'AL-technology-295-20180611', 'AL-culture-153-20180311',
    'SK-economy-337-20180411', 'SK-economy-77-20180227', 'SK-internationalNews-1427-20180507',
    'SK-internationalNews-1454-20180509', 'SK-internationalNews-1565-20180514', 'SK-internationalNews-3179-20180909',
    'SK-middleEast-1357-20180430', 'SK-middleEast-1411-20180503', 'SK-middleEast-2769-20180705',
    'SK-middleEast-3193-20180731', 'SK-middleEast-3307-20180809', 'SK-middleEast-345-20180317',
    'SK-middleEast-3810-20181010', 'SK-middleEast-3822-20181011', 'SK-middleEast-927-20180411', 'SK-sport-233-20180312',
    'SK-sport-2376-20180802', 'SK-sport-496-20180330', 'SK-sport-569-20180404', 'SK-technology-594-20180506',
    'SK-technology-709-20180519', 'SK-technology-869-20180609')
GOUD_LABEL_NAMED = (
    '00016', '00034', '00035', '00066', '00074', '00115', '00124', '00154', '00170', '00187', '00189', '00231', '00276',
    '00295', '00343', '00375', '00424', '00446', '00453', '00457', '00476', '00497', '00572', '00580', '00584', '00618',
    '00621', '00721', '00745', '00749', '00771', '00834', '00839', '00863', '00885', '00928', '00966', '01044', '01083',
    '01098', '01109', '01199', '01253', '01299', '01325', '01344', '01345', '01350', '01414', '01436', '01439', '01463',
    '01502', '01509', '01517', '01519', '01534', '01581', '01690', '01721', '01727', '01732', '01769', '01786', '01878',
    '01888', '01927')
# The records and files the earlier sets on these sources built pages around, as they read them when they were frozen:
# sets 14, 15, 24 and 27 (Al Arabiya), 13, 14, 15 and 25 (Sky News Arabia), 18 and 28 (Goud) — read off their own
# pick_articles() when this set was written.
EARLIER_SETS_READ = (
    'AL-culture-112-20180302', 'AL-culture-118-20180303', 'AL-culture-14-20180215', 'AL-culture-154-20180311',
    'AL-culture-183-20180320', 'AL-culture-208-20180331', 'AL-culture-215-20180401', 'AL-culture-235-20180407',
    'AL-culture-236-20180407', 'AL-culture-275-20180502', 'AL-culture-28-20180209', 'AL-economy-1004-20180711',
    'AL-economy-1011-20180712', 'AL-economy-102-20180225', 'AL-economy-134-20180301', 'AL-economy-163-20180305',
    'AL-economy-179-20180306', 'AL-economy-184-20180307', 'AL-economy-187-20180307', 'AL-economy-199-20180308',
    'AL-economy-274-20180319', 'AL-economy-299-20180324', 'AL-economy-31-20180212', 'AL-internationalNews-1050-20180507',
    'AL-internationalNews-1053-20180508', 'AL-internationalNews-1055-20180508', 'AL-internationalNews-1115-20180511',
    'AL-internationalNews-1164-20180514', 'AL-internationalNews-1166-20180514', 'AL-internationalNews-117-20180220',
    'AL-internationalNews-1267-20180521', 'AL-internationalNews-1292-20180523', 'AL-internationalNews-1415-20180601',
    'AL-internationalNews-1453-20180603', 'AL-internationalNews-1573-20180612', 'AL-internationalNews-1590-20180613',
    'AL-internationalNews-166-20180223', 'AL-sport-100-20180219', 'AL-sport-1053-20180402', 'AL-sport-1063-20180403',
    'AL-sport-1155-20180407', 'AL-sport-1194-20180409', 'AL-sport-1311-20180415', 'AL-sport-1345-20180416',
    'AL-sport-1385-20180502', 'AL-sport-1422-20180505', 'AL-technology-125-20180328', 'AL-technology-141-20180404',
    'AL-technology-15-20180209', 'AL-technology-200-20180424', 'AL-technology-238-20180513', 'AL-technology-27-20180202',
    'AL-technology-278-20180531', 'AL-technology-311-20180622', 'AL-technology-4-20180216',
    'SK-economy-1-20180218', 'SK-economy-1056-20180723', 'SK-economy-1113-20180807', 'SK-economy-115-20180311',
    'SK-economy-1168-20180812', 'SK-economy-1204-20180815', 'SK-internationalNews-1014-20180419',
    'SK-internationalNews-1032-20180420', 'SK-internationalNews-104-20180223', 'SK-internationalNews-111-20180223',
    'SK-internationalNews-1111-20180423', 'SK-internationalNews-1124-20180424', 'SK-middleEast-1002-20180413',
    'SK-middleEast-106-20180226', 'SK-middleEast-1114-20180418', 'SK-middleEast-1142-20180420',
    'SK-middleEast-1176-20180422', 'SK-middleEast-121-20180228', 'SK-middleEast-1233-20180425', 'SK-sport-1011-20180504',
    'SK-sport-1018-20180504', 'SK-sport-1019-20180505', 'SK-sport-1027-20180506', 'SK-sport-1082-20180508',
    'SK-technology-1009-20180629', 'SK-technology-1014-20180630', 'SK-technology-1037-20180703',
    'SK-technology-1044-20180704', 'SK-technology-1067-20180708')
GOUD_EARLIER_SETS_READ = (
    '00009', '00011', '00016', '00021', '00023', '00025', '00031', '00034', '00052', '00053', '00057', '00062', '00074',
    '00081', '00084', '00086', '00089', '00096', '00102', '00118', '00123', '00129', '00140', '00162', '00166', '00169',
    '00170', '00183', '00238', '00273', '00283', '00340', '00400', '00409', '00415', '00450', '00454', '00504', '00531',
    '00594')
LEFT_OUT = frozenset(LABEL_NAMED + EARLIER_SETS_READ)
GOUD_LEFT_OUT = frozenset(f'marsum_goud_{n}.txt' for n in GOUD_LABEL_NAMED + GOUD_EARLIER_SETS_READ)
MIN_PARAGRAPHS = 6
MAX_PARAGRAPHS = 8


def records(corpus):
    """{'alarabia': [...], 'skynews': [...], 'goud': [...]}: the TREC records of Alarabia/ and SkyNews/ in sorted path
    order (templates_set12.trec_records(), folder made the category's name) and the Goud files in sorted order (title:
    the first line; when: the text's own day, templates_set28.goud_own_date(), or None), the left-out ones left out."""
    out = {}
    for key, src in (('alarabia', 'Alarabia'), ('skynews', 'SkyNews')):
        recs = trec_records(corpus, CORPUS_FOLDER, (src,), {f'{n}.txt' for n in LEFT_OUT})
        for r in recs:
            r['folder'] = os.path.basename(r['folder'])
        out[key] = recs
    goud, seen = [], set()
    folder = os.path.join(corpus, GOUD_FOLDER)
    for base in sorted(f for f in os.listdir(folder) if f.startswith('marsum_goud_') and f.endswith('.txt')):
        with open(os.path.join(folder, base), encoding='utf-8') as fh:
            lines = [' '.join(line.split()) for line in fh.read().split('\n') if line.strip()]
        title = lines[0] if lines else ''
        if base in GOUD_LEFT_OUT:
            seen.add(title)
            continue
        goud.append({'name': f'{GOUD_FOLDER}/{base}', 'folder': GOUD_FOLDER, 'title': title, 'lines': lines[1:],
                     'when': goud_own_date(lines[1:]), 'usable': title not in seen and usable_title(title)})
        seen.add(title)
    out['goud'] = goud
    return out


def article_of(rec, source):
    """(name, title, paragraphs) when the record is an article: a usable headline, no marker in its lines, at least
    MIN_PARAGRAPHS paragraphs (a TREC record's lines of 12 words or more, which needs a date; a Goud text's
    templates_set18.paragraphs()), the first MAX_PARAGRAPHS kept."""
    if source == 'goud':
        if not rec['usable']:
            return None
        paras = goud_paragraphs(rec)
    else:
        if not rec['when'] or not usable_title(rec['title']):
            return None
        paras = [line for line in rec['lines'] if len(line.split()) >= 12]
    if any(m in line for line in rec['lines'] for m in MARKERS) or len(paras) < MIN_PARAGRAPHS:
        return None
    return rec['name'], rec['title'], paras[:MAX_PARAGRAPHS]


def pick_articles(sources, per_kind):
    """The pages' articles (templates_set24.pick_from_folders()); a dokuwiki page's text has at most DW_MAX_WORDS words."""
    return pick_from_folders(sys.modules[__name__], sources, per_kind, article_of, 'dokuwiki', DW_MAX_WORDS)


def page_time(n, kind, k, rec):
    """Page n's local publication time and the page's other draws. The generator random.Random("templates_set31 page
    N") draws, in this order, a day of 2019 to 2024 and a clock time (07:00 to 22:59), the update's delay (1 to 2 days,
    1 to 9 hours, 5 to 55 minutes), the hours and minutes before the page was saved and a count. A TREC page is at its
    record's <TIME> made local in the kind's zone; a Goud page on its text's own day, or the drawn one, at the drawn
    clock time; the pages of MOVED keep their day and take their clock time."""
    rng = random.Random(f'templates_set31 page {n}')
    drawn_day = datetime.date(2019, 1, 1) + datetime.timedelta(days=rng.randrange(2192))
    clock = (rng.randrange(7, 23), rng.randrange(60))
    draw = {'update': {'days': rng.randint(1, 2), 'hours': rng.randint(1, 9), 'minutes': rng.randint(5, 55)},
            'saved_hours': rng.randint(3, 9), 'saved_minutes': rng.randrange(60), 'count': rng.randint(300, 9000)}
    if isinstance(rec['when'], datetime.datetime):
        local = in_zone(kind, rec['when'])
    else:
        local = zone(kind, datetime.datetime.combine(rec['when'] or drawn_day, datetime.time(*clock)))
    if (kind, k) in MOVED:
        h, m = MOVED[kind, k]
        local = zone(kind, local.replace(tzinfo=None, hour=h, minute=m, second=0))
    return local, draw


def main(argv=None):
    return run_set(sys.modules[__name__], argv, f'{CORPUS_FOLDER}/Alarabia/ and SkyNews/ and {GOUD_FOLDER}/', 20261231, 30, 31)


if __name__ == '__main__':
    sys.exit(main())
