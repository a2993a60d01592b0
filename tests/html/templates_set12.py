#!/usr/bin/env python3
"""Sealed HTML template set 12 (issue 14): seven more kinds of Arabic news pages, labelled by construction.

Written by a helper who did not change the HTML extractor's rules, did not read them (src/, include/,
data/markers.txt), and never ran akhbar on these pages: their first score, taken once after the session's
rules are merged, measures the rules on templates nobody looked at while writing them. None of these kinds is
in make_templates.py or templates_set5..11.py, and every chrome sentence is new wording (no chrome constant of
the earlier sets is imported). Unlike the earlier sets, the articles are Tunisian radio news (JawharaFM, the
antcorpus folder ant-jawharafm), each dated by its own record, so the pages' dates run from 2013 to 2017 and
the visible dates use the Tunisian month names (جانفي، فيفري، أفريل، ماي، جوان، جويلية، أوت) that no earlier
set prints. The kinds vary where the dates come from (a visible line only, article:published_time in local or
UTC form, SPIP's <abbr class="published" title=...Z>, a top-level JSON-LD array with an @type array, JSON-LD
with bare dates, <time datetime> with microdata, a relative visible date; Word's document properties and a
site-wide "last updated" stamp that are not the article's) and how the related list is shaped (cards with
thumbnails whose alt text is not a title, a numbered list with dates, an aside after a same-section list, a
TYPO3 related-news box beside an attachments box), and each carries lists that look related but are not
(latest-news ticker, programme grid and replays, the same section, the site's latest, more from the wire
service, today's headlines, older news, useful links, the issue's contents, latest news and events).

  radio        a Tunisian private radio station's news page: a live-player bar with the show on air, the
               station's frequencies, a ticker of latest news (not related), the correspondent line, a
               visible "نُشر في الثلاثاء 19 جانفي 2016 - 16:19" line; article:published_time with +01:00 on
               page 0 and in UTC on page 2 (00:35 local there: the day before in UTC; the label keeps the local
               date), the visible line only on odd pages, which show an "آخر تحيين" line (the updated date: the
               same day on page 1, the next day on page 3); an <audio> clip of the statement with its caption
               inside the body, an inline "طالع أيضا :" line on odd pages (read-also); "أخبار لها علاقة
               بالموضوع" cards with thumbnails whose alt is "صورة أرشيفية" (related), "الأكثر قراءة خلال 24
               ساعة" (related, a most-read box), today's programme grid and the replays of yesterday's shows
               (not related)
  spip         a SPIP 3 site of a regional citizen-journalism collective: the dist templates' arbo breadcrumb
               ending in the headline, cartouche with h1.surlignable, info-publi with
               <abbr class="published" title="...Z"> (UTC: page 2 is published at 00:25 local, the day before
               in UTC) and a visible Tunisian date, on odd pages a second line with <abbr class="updated">
               (the updated date, one or two days later); the lead in div.chapo and the rest in div.texte
               (both the article), an inline "طالع كذلك:" line in the texte on even pages (read-also), a
               portfolio, readers' forum with replies and a reply link; in the aside "مقالات أخرى من هذا
               القسم" (same section: not related) BEFORE "مقالات مرتبطة بهذا الموضوع" (related), keywords,
               the site's latest (not related); SPIP colophon
  wordhtml     a regional news sheet's item saved from Microsoft Word ("Save as Web Page"): the Office
               namespaces, <meta name=Generator content="Microsoft Word 15">, unquoted attributes, the
               document properties (o:Created the day before, o:LastSaved) in a conditional comment, a <title>
               that is "Microsoft Word - FILE.docx" (even pages) or the letterhead's first line (odd pages), a
               letterhead layout table (Arabic and French), the issue number, a visible "CITY في 19 جانفي 2016"
               line (the only date), an <h1> with Word runs (a _Toc bookmark on odd pages), MsoNormal
               paragraphs whose Latin digits sit in their own dir=LTR spans, <o:p> spacers, a signature and a
               contacts line; no lists; UTF-8 on even pages, windows-1256 declared in <meta http-equiv> on odd
               ones
  syndicated   an online daily republishing news-agency copy (وات، د ب أ، أ ف ب، الأناضول): "أخبار الوكالات"
               kicker, a "المصدر:" line naming the agency (also the JSON-LD author), the dateline "تونس (وات) -" in bold glued before the
               lead (inside the first paragraph; not labelled either way), an automatic-publication disclaimer
               and the agency's "© ... جميع الحقوق محفوظة" line after the text (not the article); even pages:
               a relative "منذ N ساعات" visible date and a top-level JSON-LD array [WebSite, NewsArticle] whose
               article has "@type": ["NewsArticle", "ReportageNewsArticle"]; odd pages: a visible dd/mm/yyyy
               line, a "محدَّث" badge and "حُدّث الخبر" line (the updated date: the same day on page 1, the next
               day on page 3) and JSON-LD in UTC with milliseconds; "أخبار ذات صلة" numbered with dates
               (related), "الأكثر قراءة" (related, a most-read box), "المزيد من أخبار الوكالات" (more from the
               wire service: not related) and "عناوين اليوم" (not related)
  dreamweaver  a small regional site built from a Dreamweaver template, in UTF-8 WITHOUT any charset
               declaration (no <meta charset>, no http-equiv, no XML prolog, no BOM): XHTML 1.0 doctype,
               InstanceBegin/InstanceBeginEditable comments, MM_swapImage scripts, a Spry menu bar with a
               nested submenu, h1.newsTitle, a visible "تاريخ الإضافة" line only (dd-mm-yyyy on even pages, the
               weekday and Tunisian month on odd ones; no meta date at all), a reads counter, <p>&nbsp;</p>
               spacers on odd pages, print/send links; "مواضيع لها صلة" (related); "أخبار سابقة" and "روابط
               مفيدة" in the sidebar (not related), a visitors counter and a site-wide "آخر تحديث للموقع" stamp
               three days later in the footer (not the article's update: no updated key)
  feature      a weekly magazine's feature ("ريبورتاج"): the issue line with the week's range "من 19 إلى 25
               جانفي 2016" in the masthead, kicker, writer and photographer credits, a cover photo with caption,
               a drop cap (the first letter in a <strong class="dropcap">, even pages, when the text starts
               with an Arabic letter), a "في سطور" fact box aside after the first paragraph (not the article), a
               pull quote repeating words of the second paragraph (not labelled: its words are the article's),
               an "اقرأ أيضا في هذا الملف" card on even pages (read-also), a note on the print edition; even
               pages: JSON-LD Article with a bare "datePublished": "YYYY-MM-DD"; odd pages:
               article:published_time and article:modified_time (the updated date, one or three days later);
               "مقالات ذات صلة بالملف" cards whose thumbnails' alt is the photographer's credit (related), "في
               هذا العدد" (the issue's contents: not related), subscription box
  typo3        a TYPO3 site (tx_news) of a foundation's Tunis office: the TYPO3 generator comment, a language
               menu (Deutsch, English, Français, العربية), breadcrumb, news-single with h1 itemprop=headline,
               the date as "19.01.2016" in <time> (even pages: datetime="YYYY-MM-DD" with a
               <meta itemprop="datePublished"> inside; odd pages: itemprop on the <time> with a full local
               datetime), category and author line, the lead in div.teaser-text and the rest in
               div.news-text-wrap (both the article), an image caption, an inline "انظر أيضا:" line on odd
               pages (read-also), "أخبار ذات صلة" with dd.mm.yyyy dates (related) beside an attachments box
               (file names: not related), the back link, a latest-news list and upcoming events in the sidebar
               (not related), imprint and privacy links, a cookie notice

Labels (the format of tests/html/labels): title (the <h1>), published (the local date, Tunisia being UTC+1),
updated (the local date, where the page shows or declares an update of the article), body_with = the opening of
each paragraph, body_without = visible chrome texts and other stories' headlines, read_also, related (headed
related and most-read lists only).

Articles: not make_templates.articles() (SaudiNewsNet, used up by sets 5-11) but every <DOC> record of
CORPUS/ant-jawharafm/*/*.txt, read in sorted path order (culture, diverse, economy, internationalNews,
localNews, politic, society, sport, technology; files by name). A record is an article when its <TITLE> has 3 to
20 words, its <TEXT> has at least 3 lines of 12 words or more (its paragraphs, up to 8) and neither has an
"اقرأ"/"إقرأ" line; its date is the record's <TIME> (dd/mm/yyyy, or an ISO time with +01:00 whose clock the
pages then use). The folder yields 31 such articles; the 28 pages take the first 28 in order (JA-culture-59 to
JA-sport-533). Other stories' headlines (related, latest and the like) are the titles of the records that follow
the page's article in the same sorted order, wrapping around (any record whose title has 3 to 20 words and no
"اقرأ", the article's own title left out): the first 11 shuffled as the shared driver does, then the rest in
order.

Usage: templates_set12.py OUT_DIR [--corpus DIR] [--per-kind 4] [--kinds a,b]
writes OUT_DIR/pages/KIND-N.html and OUT_DIR/labels/KIND-N.json, checks every labelled text against the
page's visible text with templates_set5's check(), checks with templates_set9's link check that every
read-also and related title is the whole text of a link and that each label has the keys and types
../shared/eval/score.py reads, and with templates_set10's balance check that every non-void element is closed
in order (templates_set10.renderer() runs those two); fails if any check does.
"""
import argparse
import datetime
import email.utils
import glob
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
# Helpers and calendar data only; no chrome sentence of the earlier sets.
from templates_set5 import DAYS, GULF_MONTHS, check, esc  # noqa: E402
from templates_set10 import renderer  # noqa: E402

KINDS = ('radio', 'spip', 'wordhtml', 'syndicated', 'dreamweaver', 'feature', 'typo3')
CORPUS_FOLDER = 'ant-jawharafm'
LOCAL = datetime.timezone(datetime.timedelta(hours=1))  # Tunisia: UTC+1 all year since 2009
TN_MONTHS = ['جانفي', 'فيفري', 'مارس', 'أفريل', 'ماي', 'جوان', 'جويلية', 'أوت', 'سبتمبر', 'أكتوبر', 'نوفمبر',
             'ديسمبر']


def tn_date(day):
    return f'{day.day} {TN_MONTHS[day.month - 1]} {day.year}'


def moment(day, hour, minute):
    return datetime.datetime(day.year, day.month, day.day, hour, minute, tzinfo=LOCAL)


def local_iso(t):
    return t.strftime('%Y-%m-%dT%H:%M:%S') + '+01:00'


def utc_iso(t, style='+00:00'):
    u = t.astimezone(datetime.timezone.utc)
    if style == 'Z':
        return u.strftime('%Y-%m-%dT%H:%M:%SZ')
    if style == 'ms':
        return u.strftime('%Y-%m-%dT%H:%M:%S') + '.000Z'
    return u.strftime('%Y-%m-%dT%H:%M:%S') + '+00:00'


def clock(extra, hour, minute):
    """The record's own time of day when its <TIME> has one, else (hour, minute)."""
    return extra['time'] or (hour, minute)


def dmy(day, sep='/'):
    return f'{day.day:02d}{sep}{day.month:02d}{sep}{day.year}'


def links(titles, href, cls=''):
    c = f' class="{cls}"' if cls else ''
    return ''.join(f'<li{c}><a href="{href}{i}">{esc(t)}</a></li>' for i, t in enumerate(titles))


def paragraphs(paras, attrs=''):
    return ''.join(f'<p{attrs}>{esc(p)}</p>' for p in paras)


# --- radio: a Tunisian private radio station's news page ----------------------------------------------------
RA_SITE = 'إذاعة الموج أف أم'
RA_MENU = ['الرئيسية', 'وطنية', 'جهات', 'عالمية', 'رياضة', 'ثقافة', 'البرامج', 'بودكاست', 'اتصل بالإذاعة']
RA_LIVE = 'استمع إلى البث المباشر'
RA_ON_AIR = 'على الهواء الآن'
RA_WITH = 'مع'
RA_SHOWS = [('06:00', 'صباح الموج'), ('09:00', 'ملف الساعة'), ('12:00', 'موجز منتصف النهار'), ('14:00', 'بين الجهات'),
            ('17:00', 'ساعة رياضة'), ('20:00', 'سهرة الموج')]
RA_HOSTS = ['أنيس الهمامي', 'ريم بن عمر', 'وليد الطرابلسي', 'سنية القاسمي', 'كريم الغربي', 'هند السويسي']
RA_FREQ_HEAD = 'ترددات الموج'
RA_FREQS = [('سوسة', '102.5'), ('المنستير', '88.9'), ('صفاقس', '96.3'), ('تونس الكبرى', '104.8')]
RA_TICKER = 'الأخبار بالتوالي'
RA_PUBLISHED = 'نُشر في'
RA_UPDATED = 'آخر تحيين'
RA_CORRESPONDENT = 'مراسل الموج في'
RA_CITIES = ['القيروان', 'سوسة', 'المهدية', 'صفاقس']
RA_REPORTERS = ['سامي الزواري', 'منية الفرجاني', 'حاتم بالحاج', 'آمنة الشابي']
RA_AUDIO = 'استمعوا إلى التصريح كاملا كما بثته نشرة الموج'
RA_ALSO = 'طالع أيضا :'
RA_KEYWORDS = 'كلمات مفاتيح'
RA_SHARE = 'انشر الخبر على صفحتك'
RA_RELATED = 'أخبار لها علاقة بالموضوع'
RA_THUMB_ALT = 'صورة أرشيفية'
RA_MOST = 'الأكثر قراءة خلال 24 ساعة'
RA_GRID = 'برمجة اليوم على الموج'
RA_REPLAY = 'فاتك البث؟ أعد الاستماع'
RA_EPISODE = 'حلقة'
RA_APP = 'نزّل تطبيق الموج على هاتفك وتابع البث من أي مكان'
RA_FOOTER = 'إذاعة الموج أف أم، إذاعة خاصة تبث من الساحل التونسي، كل الحقوق محفوظة للمؤسسة'


def render_radio(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, most, ticker = others[:4], others[4:8], others[8:11]
    also = extra['inline2']
    odd = k % 2 == 1
    h, m = (0, 35) if k == 2 else clock(extra, 16, 19)
    pub = moment(day, h, m)
    city, reporter = RA_CITIES[k % 4], RA_REPORTERS[k % 4]
    show, host = RA_SHOWS[(k + 1) % len(RA_SHOWS)][1], RA_HOSTS[(k + 1) % len(RA_HOSTS)]
    date_line = f'{RA_PUBLISHED} {DAYS[day.weekday()]} {tn_date(day)} - {h:02d}:{m:02d}'
    meta = ''
    if k == 0:
        meta = f'<meta property="article:published_time" content="{local_iso(pub)}">'
    elif k == 2:  # UTC form: 00:35 local is the day before in UTC
        meta = f'<meta property="article:published_time" content="{utc_iso(pub)}">'
    upd_day, upd_line = None, ''
    if odd:
        upd = pub + (datetime.timedelta(hours=2, minutes=10) if k == 1 else datetime.timedelta(hours=20, minutes=5))
        upd_day = upd.date()
        upd_line = f'{RA_UPDATED}: {tn_date(upd_day)} - {upd.hour:02d}:{upd.minute:02d}'
    blocks = []
    for i, p in enumerate(paras):
        blocks.append(f'<p>{esc(p)}</p>')
        if i == 1:
            blocks.append(f'<figure class="audio-clip"><audio controls preload="none" src="/media/audio/{slug}.mp3"></audio>'
                          f'<figcaption>{RA_AUDIO}</figcaption></figure>')
            if odd:
                blocks.append(f'<p class="see-also"><b>{RA_ALSO}</b> <a href="/ar/article/{61200 + k}">{esc(also)}</a></p>')
    on_air = f'{RA_ON_AIR}: <b>{show}</b> {RA_WITH} {host}'
    freqs = f'{RA_FREQ_HEAD}: ' + ' | '.join(f'{c} {f}' for c, f in RA_FREQS)
    byline = f'{RA_CORRESPONDENT} {city}: {reporter}'
    cards = ''.join(
        f'<div class="rel-card"><a class="rel-thumb" href="/ar/article/{60100 + i}"><img src="/media/thumbs/{60100 + i}.jpg" alt="{RA_THUMB_ALT}" width="160" height="90"></a>'
        f'<h3 class="rel-title"><a href="/ar/article/{60100 + i}">{esc(t)}</a></h3><span class="rel-cat">{RA_MENU[1 + i % 5]}</span></div>'
        for i, t in enumerate(rel))
    most_html = ''.join(f'<li><span class="rank">{i + 1}</span> <a href="/ar/article/{60300 + i}">{esc(t)}</a></li>' for i, t in enumerate(most))
    grid = ''.join(f'<tr><td>{t}</td><td>{s}</td><td>{RA_HOSTS[j]}</td></tr>' for j, (t, s) in enumerate(RA_SHOWS))
    yesterday = day - datetime.timedelta(days=1)
    replays = [f'{s} - {RA_EPISODE} {tn_date(yesterday)}' for _, s in RA_SHOWS[:3]]
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | {RA_SITE}</title>
<meta property="og:title" content="{esc(title)}"><meta property="og:site_name" content="{RA_SITE}"><meta property="og:type" content="article">{meta}
<link rel="stylesheet" href="/themes/mawj/css/main.css"></head>
<body class="node-type-article">
<div class="live-bar"><button class="live-play" type="button">{RA_LIVE}</button> <span class="on-air">{on_air}</span></div>
<header class="site-header"><a class="logo" href="/ar/">{RA_SITE}</a><nav class="main-nav"><ul>{links(RA_MENU, '/ar/section/')}</ul></nav></header>
<div class="freqs">{freqs}</div>
<div class="ticker"><span class="ticker-head">{RA_TICKER}</span><ul>{links(ticker, '/ar/article/6050')}</ul></div>
<main class="page"><div class="content-col"><article class="news-full">
<div class="crumbs"><a href="/ar/">{RA_MENU[0]}</a> / <a href="/ar/section/2">{RA_MENU[2]}</a></div>
<h1 class="news-title">{esc(title)}</h1>
<div class="news-meta"><span class="byline">{byline}</span> <span class="pub-date">{date_line}</span>{f' <span class="upd-date">{upd_line}</span>' if odd else ''}</div>
<figure class="news-photo"><img src="/media/news/{slug}.jpg" alt="" width="800" height="450"></figure>
<div class="news-body">{''.join(blocks)}</div>
<div class="news-tags"><span>{RA_KEYWORDS}:</span> <a href="/ar/tag/{k}">{city}</a> <a href="/ar/section/2">{RA_MENU[2]}</a></div>
<div class="news-share"><span>{RA_SHARE}</span> <a href="https://www.facebook.com/sharer/sharer.php?u={slug}">فيسبوك</a> <a href="https://twitter.com/intent/tweet?url={slug}">تويتر</a> <a href="whatsapp://send?text={slug}">واتساب</a></div>
</article>
<section class="related-news"><h2>{RA_RELATED}</h2><div class="cards">{cards}</div></section></div>
<aside class="side-col">
<section class="most-read"><h2>{RA_MOST}</h2><ol>{most_html}</ol></section>
<section class="grid"><h2>{RA_GRID}</h2><table>{grid}</table></section>
<section class="replay"><h2>{RA_REPLAY}</h2><ul>{links(replays, '/ar/podcast/')}</ul></section>
<div class="app-promo"><p>{RA_APP}</p></div></aside></main>
<footer class="site-footer"><p>{RA_FOOTER}</p></footer></body></html>'''
    without = [f'{RA_ON_AIR}: {show} {RA_WITH} {host}', RA_LIVE, freqs, RA_TICKER, byline, date_line, RA_AUDIO, RA_SHARE,
               RA_GRID, RA_REPLAY, RA_APP, RA_FOOTER] + replays + ticker + rel[:2] + most[:2] + ([upd_line] if odd else [])
    read_also = [also] if odd else []
    return page, title, read_also, rel + most, without, {'updated': upd_day.isoformat() if upd_day else None}


# --- spip: a SPIP 3 site of a regional citizen-journalism collective ---------------------------------------
SP_SITE = 'مرايا الجنوب'
SP_SLOGAN = 'صحافة مواطنة من قفصة وتوزر وقبلي وقابس'
SP_HOME = 'الصفحة الأولى'
SP_RUBRIQUES = ['أخبار الجهة', 'الحوض المنجمي', 'بيئة وماء', 'ثقافة', 'حقوق وحريات', 'رياضة', 'من نحن']
SP_BY = 'كتبه'
SP_AUTHORS = ['فريق المرايا', 'نجلاء العياري', 'محمد علي القفصي', 'سلوى بن يوسف']
SP_UPDATED = 'حُيّن في'
SP_ALSO = 'طالع كذلك:'
SP_PORTFOLIO = 'صور مرفقة بالمقال'
SP_FORUM = 'ردود على المقال'
SP_REPLIES = [('عادل', 'معلومة تستحق المتابعة، ونرجو أن تعودوا إلى الموضوع بعد أسبوع لنرى ما تحقق فعلا.'),
              ('سهام م.', 'كنت هناك في ذلك اليوم، والصورة التي نقلتموها قريبة جدا مما رأيته بعيني.')]
SP_BY_READER = 'بواسطة'
SP_REPLY = 'أضف ردك على هذا المقال'
SP_SAME = 'مقالات أخرى من هذا القسم'
SP_RELATED = 'مقالات مرتبطة بهذا الموضوع'
SP_TAGS = 'كلمات مفتاحية'
SP_TAG_WORDS = ['المجتمع المدني', 'الجنوب الغربي', 'التنمية الجهوية', 'الشأن المحلي']
SP_LATEST = 'أحدث ما نُشر على المرايا'
SP_PLAN = 'خريطة الموقع'
SP_PRIVATE = 'المجال الخاص'
SP_COLOPHON = 'مرايا الجنوب: موقع تحرره مجموعة من المتطوعين، وكل مقالاته قابلة لإعادة النشر بذكر المصدر'


def render_spip(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, same, latest = others[:4], others[4:9], others[9:11] + extra['teasers']
    also = extra['inline2']
    odd = k % 2 == 1
    art_id = 1480 + 17 * k
    h, m = (0, 25) if k == 2 else clock(extra, 11, 40)
    pub = moment(day, h, m)
    author = SP_AUTHORS[k % 4]
    visible = f'{DAYS[day.weekday()]} {tn_date(day)}'
    upd_day, upd_html, upd_line = None, '', ''
    if odd:
        upd = pub + datetime.timedelta(days=1 if k == 1 else 2, hours=3)
        upd_day = upd.date()
        upd_line = f'{SP_UPDATED} {DAYS[upd_day.weekday()]} {tn_date(upd_day)}'
        upd_html = (f'<p class="info-publi">{SP_UPDATED} <abbr class="updated" title="{utc_iso(upd, "Z")}">'
                    f'{DAYS[upd_day.weekday()]} {tn_date(upd_day)}</abbr></p>')
    texte = []
    for i, p in enumerate(paras[1:]):
        texte.append(f'<p>{esc(p)}</p>')
        if i == 0 and not odd:
            texte.append(f'<p><strong>{SP_ALSO}</strong> <a href="spip.php?article{art_id - 9}" class="spip_in">{esc(also)}</a></p>')
    reply_day = day + datetime.timedelta(days=1)
    forum = ''.join(f'<li class="forum-fil"><div class="forum-message"><div class="forum-chapo"><small>{DAYS[reply_day.weekday()]} {tn_date(reply_day)}، '
                    f'{SP_BY_READER} {esc(n)}</small></div><div class="forum-texte"><p>{esc(t)}</p></div></div></li>' for n, t in SP_REPLIES)
    portfolio = ''.join(f'<li><a href="IMG/jpg/{slug}-{j}.jpg" type="image/jpeg" rel="documents_portfolio-a{art_id}"><img src="local/cache-vignettes/L150xH100/{slug}-{j}.jpg" width="150" height="100" alt="" /></a></li>'
                        for j in range(1, 4))
    nav = ''.join(f'<li class="nav-item{" on" if i == 0 else ""}"><a href="spip.php?rubrique{i + 1}">{t}</a></li>' for i, t in enumerate(SP_RUBRIQUES))
    tags = ''.join(f'<li><a href="spip.php?mot{i + 3}" rel="tag">{t}</a></li>' for i, t in enumerate(SP_TAG_WORDS[:2 + k % 3]))
    page = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<!--[if lt IE 7 ]> <html dir="rtl" lang="ar" xmlns="http://www.w3.org/1999/xhtml" xml:lang="ar" class="rtl ar no-js ie ie6"> <![endif]-->
<html dir="rtl" lang="ar" xmlns="http://www.w3.org/1999/xhtml" xml:lang="ar" class="rtl ar no-js">
<head>
<script type="text/javascript">/*<![CDATA[*/(function(H){{H.className=H.className.replace(/\\bno-js\\b/,'js')}})(document.documentElement);/*]]>*/</script>
<title>{esc(title)} - {SP_SITE}</title>
<meta name="description" content="{esc(' '.join(paras[0].split()[:25]))}" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="generator" content="SPIP 3.2.7 [24473]" />
<link rel="alternate" type="application/rss+xml" title="تابع كامل الموقع" href="spip.php?page=backend" />
<link rel="stylesheet" href="local/cache-css/cssdyn-css_spip_css-4e8b1c3a.css?1485870101" type="text/css" />
</head>
<body class="pas_surlignable page_article">
<div class="page">
<div class="header" id="header"><div class="accueil"><a rel="start home" href="./" title="{SP_HOME}"><strong id="nom_site_spip">{SP_SITE}</strong></a><p id="slogan_site_spip">{SP_SLOGAN}</p></div></div>
<div class="nav clearfix" id="nav"><ul>{nav}</ul></div>
<div class="wrapper hfeed">
<div class="content hentry" id="content">
<p class="arbo"><a href="./">{SP_HOME}</a> &gt; <a href="spip.php?rubrique1">{SP_RUBRIQUES[0]}</a> &gt; <strong class="on">{esc(title)}</strong></p>
<div class="cartouche">
<h1 class="crayon article-titre-{art_id} surlignable entry-title">{esc(title)}</h1>
<p class="info-publi"><abbr class="published" title="{utc_iso(pub, 'Z')}">{visible}</abbr><span class="sep">، </span><span class="auteurs">{SP_BY} <span class="vcard author"><a class="url fn spip_in" href="spip.php?auteur{k + 2}">{author}</a></span></span></p>
{upd_html}
</div>
<div class="crayon article-chapo-{art_id} chapo surlignable entry-summary"><p>{esc(paras[0])}</p></div>
<div class="crayon article-texte-{art_id} texte surlignable clearfix entry-content">{''.join(texte)}</div>
<div class="documents_portfolio"><h2>{SP_PORTFOLIO}</h2><ul>{portfolio}</ul></div>
<div class="forum"><h2>{SP_FORUM}</h2><ul class="forum">{forum}</ul></div>
<p class="repondre"><a href="spip.php?page=forum&amp;id_article={art_id}" rel="noindex nofollow">{SP_REPLY}</a></p>
</div>
<div class="aside">
<div class="menu"><h2>{SP_SAME}</h2><ul>{links(same, 'spip.php?article13')}</ul></div>
<div class="menu articles_lies"><h2>{SP_RELATED}</h2><ul>{links(rel, 'spip.php?article12')}</ul></div>
<div class="menu"><h2>{SP_TAGS}</h2><ul>{tags}</ul></div>
<div class="menu"><h2>{SP_LATEST}</h2><ul>{links(latest, 'spip.php?article14')}</ul></div>
</div>
</div>
<div class="footer clearfix" id="footer"><p class="colophon">{SP_COLOPHON}<br /><a rel="contents" href="spip.php?page=plan">{SP_PLAN}</a><span class="sep"> | </span><a href="ecrire/" rel="nofollow">{SP_PRIVATE}</a><span class="sep"> | </span><a href="spip.php?page=backend" rel="alternate">RSS&nbsp;2.0</a></p>
<small class="generator"><a href="https://www.spip.net/" rel="generator" class="spip_out">SPIP</a></small></div>
</div>
</body>
</html>'''
    # the bare date line is not labelled: an article may name its own day (spip-2 does)
    without = [SP_SLOGAN, SP_RUBRIQUES[2], f'{SP_BY} {author}', SP_PORTFOLIO, SP_FORUM, SP_REPLY, SP_SAME, SP_TAGS,
               SP_LATEST, SP_PLAN, SP_COLOPHON] + [t for _, t in SP_REPLIES] + same + latest + rel[:2] + ([upd_line] if odd else [])
    read_also = [] if odd else [also]
    return page, title, read_also, rel, without, {'updated': upd_day.isoformat() if upd_day else None}


# --- wordhtml: a regional news sheet's item saved from Microsoft Word --------------------------------------
WD_ASSOC = 'جمعية صحافيي الساحل'
WD_SHEET = 'النشرية الإخبارية الجهوية'
WD_ISSUE = 'العدد'
WD_FR = ['Association des journalistes du Sahel', 'Bulletin régional d’information']
WD_CITIES = ['سوسة', 'المنستير', 'المهدية', 'القيروان']
WD_SIGN = 'عن هيئة تحرير النشرية'
WD_EDITORS = ['منير الساحلي', 'ليلى بن حميدة', 'رضا القلال', 'إيمان الجلاصي']
WD_CONTACT = 'للتواصل مع النشرية: نهج الحبيب ثامر، سوسة — الهاتف والفاكس 73 220 415'
WD_REUSE = 'يُسمح بنقل محتوى هذه النشرية كليا أو جزئيا شرط الإشارة إلى مصدرها'
WD_ENCODING = 'cp1256'
WD_SPAN = "lang=AR-TN style='font-size:14.0pt;line-height:150%;font-family:\"Simplified Arabic\",serif'"
WD_LTR = "dir=LTR style='font-size:14.0pt;line-height:150%;font-family:\"Simplified Arabic\",serif'"


def word_runs(text, span=WD_SPAN, ltr=WD_LTR):
    """Word's runs for an Arabic line: the words in AR-TN spans, every word holding a Latin digit in a span of its
    own with dir=LTR (split at spaces only)."""
    out, run = [], []
    for tok in re.split(r'(\s+)', text):
        if re.search(r'[0-9]', tok):
            if run:
                out.append(f'<span {span}>{esc("".join(run))}</span>')
                run = []
            out.append(f'<span {ltr}>{esc(tok)}</span>')
        elif tok:
            run.append(tok)
    if run:
        out.append(f'<span {span}>{esc("".join(run))}</span>')
    return ''.join(out)


def render_wordhtml(art, others, extra, day, slug, k):
    _, title, paras = art
    odd = k % 2 == 1
    city, editor = WD_CITIES[k % 4], WD_EDITORS[k % 4]
    issue = 188 + 9 * k + day.month
    fname = f'nachria_{dmy(day, "-")}'
    created = utc_iso(moment(day - datetime.timedelta(days=1), 18, 2 + k), 'Z')
    saved = utc_iso(moment(day, 9, 41 - k), 'Z')
    charset = 'windows-1256' if odd else 'utf-8'
    wtitle = WD_SHEET if odd else f'Microsoft Word - {fname}.docx'
    words = sum(len(p.split()) for p in paras)
    date_line = f'{city} في {tn_date(day)}'
    spacer = "<p class=MsoNormal dir=RTL><span lang=AR-TN><o:p>&nbsp;</o:p></span></p>"
    body = '\n'.join(f"<p class=MsoNormal dir=RTL style='text-align:justify;text-indent:35.4pt;line-height:150%'>{word_runs(p)}</p>"
                     for p in paras)
    head_span = "lang=AR-TN style='font-size:13.0pt;font-family:\"Simplified Arabic\",serif'"
    toc = f'<a name="_Toc{441200 + 37 * k}"></a>' if odd else ''
    h1_span = "lang=AR-TN style='font-size:18.0pt;font-family:\"Simplified Arabic\",serif'"
    h1_ltr = "dir=LTR style='font-size:18.0pt;font-family:\"Simplified Arabic\",serif'"
    page = f'''<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset={charset}">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="{fname}_files/filelist.xml">
<title>{esc(wtitle)}</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>redaction</o:Author>
  <o:LastAuthor>PC-Nachria</o:LastAuthor>
  <o:Revision>{3 + k}</o:Revision>
  <o:TotalTime>{41 + 6 * k}</o:TotalTime>
  <o:Created>{created}</o:Created>
  <o:LastSaved>{saved}</o:LastSaved>
  <o:Pages>1</o:Pages>
  <o:Words>{words}</o:Words>
  <o:Characters>{sum(len(p) for p in paras)}</o:Characters>
  <o:Lines>{words // 11 + 1}</o:Lines>
  <o:Paragraphs>{len(paras)}</o:Paragraphs>
  <o:Version>15.00</o:Version>
 </o:DocumentProperties>
</xml><![endif]-->
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Print</w:View>
  <w:Zoom>120</w:Zoom>
  <w:TrackMoves>false</w:TrackMoves>
  <w:TrackFormatting/>
  <w:DoNotOptimizeForBrowser/>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{{font-family:"Simplified Arabic";
	panose-1:2 2 6 3 5 4 5 2 3 4;
	mso-font-charset:0;
	mso-generic-font-family:roman;}}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{mso-style-unhide:no;
	margin:0cm;
	margin-bottom:.0001pt;
	text-align:right;
	direction:rtl;
	unicode-bidi:embed;
	font-size:12.0pt;
	font-family:"Times New Roman",serif;}}
h1
	{{mso-style-priority:9;
	margin-top:12.0pt;
	margin-bottom:6.0pt;
	text-align:center;
	direction:rtl;
	unicode-bidi:embed;
	font-size:18.0pt;
	font-family:"Simplified Arabic",serif;}}
@page WordSection1
	{{size:595.3pt 841.9pt;
	margin:70.85pt 70.85pt 70.85pt 70.85pt;}}
div.WordSection1
	{{page:WordSection1;}}
-->
</style>
</head>

<body lang=FR style='tab-interval:35.4pt'>

<div class=WordSection1 dir=RTL>

<table class=MsoTableGrid border=0 cellspacing=0 cellpadding=0 width=604
 style='width:453.1pt;border-collapse:collapse;border:none'>
 <tr>
  <td width=302 valign=top style='width:226.55pt;padding:0cm 5.4pt 0cm 5.4pt'>
  <p class=MsoNormal dir=RTL><b><span {head_span}>{WD_ASSOC}</span></b></p>
  <p class=MsoNormal dir=RTL><span {head_span}>{WD_SHEET}</span></p>
  <p class=MsoNormal dir=RTL><span {head_span}>{WD_ISSUE} </span><span dir=LTR>{issue}</span></p>
  </td>
  <td width=302 valign=top style='width:226.55pt;padding:0cm 5.4pt 0cm 5.4pt'>
  <p class=MsoNormal align=left style='text-align:left'><span lang=FR style='font-size:11.0pt'>{esc(WD_FR[0])}</span></p>
  <p class=MsoNormal align=left style='text-align:left'><span lang=FR style='font-size:11.0pt'>{esc(WD_FR[1])}</span></p>
  </td>
 </tr>
</table>

{spacer}

<p class=MsoNormal align=left dir=RTL style='text-align:left'>{word_runs(date_line)}</p>

{spacer}

<h1 dir=RTL>{toc}{word_runs(title, h1_span, h1_ltr)}</h1>

{body}

{spacer}

<p class=MsoNormal align=center dir=RTL style='text-align:center'><span lang=AR-TN>***</span></p>

<p class=MsoNormal align=left dir=RTL style='text-align:left'><b><span {head_span}>{WD_SIGN}</span></b></p>
<p class=MsoNormal align=left dir=RTL style='text-align:left'><span {head_span}>{editor}</span></p>

{spacer}

<div style='mso-element:para-border-div;border:none;border-top:solid windowtext 1.0pt;padding:1.0pt 0cm 0cm 0cm'>
<p class=MsoNormal align=center dir=RTL style='text-align:center;border:none;padding:0cm'>{word_runs(WD_CONTACT, "lang=AR-TN style='font-size:10.0pt'", "dir=LTR style='font-size:10.0pt'")}</p>
<p class=MsoNormal align=center dir=RTL style='text-align:center;border:none;padding:0cm'><span lang=AR-TN style='font-size:10.0pt'>{WD_REUSE}</span></p>
</div>

</div>

</body>

</html>
'''
    extras = {}
    if odd:
        page = page.encode(WD_ENCODING, 'xmlcharrefreplace').decode(WD_ENCODING)
        extras['encoding'] = WD_ENCODING
    without = [WD_ASSOC, WD_SHEET, f'{WD_ISSUE} {issue}', WD_FR[0], date_line, WD_SIGN, editor, WD_CONTACT, WD_REUSE]
    return page, title, [], [], without, extras


# --- syndicated: an online daily republishing news-agency copy ---------------------------------------------
SY_SITE = 'بوابة المرصد التونسي'
SY_MENU = ['الرئيسية', 'وطني', 'جهات', 'مغاربي', 'دولي', 'اقتصاد', 'رياضة', 'منوعات']
SY_KICKER = 'أخبار الوكالات'
SY_AGENCIES = [('وكالة تونس إفريقيا للأنباء', 'تونس (وات) -'), ('وكالة الأنباء الألمانية', 'تونس - (د ب أ) -'),
               ('وكالة الصحافة الفرنسية', 'تونس (أ ف ب) -'), ('وكالة الأناضول', 'تونس (الأناضول) -')]
SY_SOURCE = 'المصدر'
SY_SINCE = 'منذ'
SY_HOURS = 'ساعات'
SY_BADGE = 'محدَّث'
SY_UPDATED = 'حُدّث الخبر'
SY_AUTO = 'تُنشر هذه المادة آليا كما وردت من الوكالة، ولم يتدخل فريق تحرير المرصد في صياغتها'
SY_RIGHTS = 'جميع الحقوق محفوظة، ويُعاد نشرها هنا بموجب اتفاق تبادل إخباري'
SY_FONT = 'حجم النص'
SY_RELATED = 'أخبار ذات صلة'
SY_MOST = 'الأكثر قراءة'
SY_MORE = 'المزيد من أخبار الوكالات'
SY_TODAY = 'عناوين اليوم'
SY_ALERTS = 'فعّل التنبيهات لتصلك الأخبار العاجلة لحظة صدورها'
SY_FOOTER = 'المرصد التونسي بوابة إخبارية رقمية، والمواد المنقولة عن الوكالات ملك لأصحابها'


def render_syndicated(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, most, today, more = others[:4], others[4:8], others[8:11], extra['more'][:4]
    odd = k % 2 == 1
    agency, dateline = SY_AGENCIES[k % 4]
    h, m = clock(extra, 13, 5 + 4 * k)
    pub = moment(day, h, m)
    site_url = 'https://almarsad.example'
    url = f'{site_url}/wire/{day.year}/{slug}'
    upd_day = None
    if odd:
        upd = pub + (datetime.timedelta(hours=1, minutes=45) if k == 1 else datetime.timedelta(hours=22))
        upd_day = upd.date()
        ld = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': title, 'url': url,
              'datePublished': utc_iso(pub, 'ms'), 'dateModified': utc_iso(upd, 'ms'),
              'author': {'@type': 'Organization', 'name': agency}, 'publisher': {'@type': 'Organization', 'name': SY_SITE}}
        when = (f'<span class="date">{dmy(day)} {h:02d}:{m:02d}</span> <span class="badge">{SY_BADGE}</span> '
                f'<span class="updated">{SY_UPDATED}: {dmy(upd_day)} {upd.hour:02d}:{upd.minute:02d}</span>')
        when_texts = [f'{dmy(day)} {h:02d}:{m:02d}', f'{SY_UPDATED}: {dmy(upd_day)} {upd.hour:02d}:{upd.minute:02d}']
    else:
        ld = [{'@context': 'https://schema.org', '@type': 'WebSite', 'name': SY_SITE, 'url': site_url + '/'},
              {'@context': 'https://schema.org', '@type': ['NewsArticle', 'ReportageNewsArticle'], 'headline': title,
               'mainEntityOfPage': url, 'datePublished': local_iso(pub), 'dateModified': local_iso(pub),
               'author': [{'@type': 'Organization', 'name': agency}],
               'sourceOrganization': {'@type': 'NewsMediaOrganization', 'name': agency}}]
        ago = f'{SY_SINCE} {3 + k} {SY_HOURS}'
        when = f'<span class="date">{ago}</span>'
        when_texts = [ago]
    body = (f'<p><strong>{esc(dateline)}</strong> {esc(paras[0])}</p>' + paragraphs(paras[1:]))
    rights = f'© {agency} {day.year}. {SY_RIGHTS}'
    rel_html = ''.join(f'<li><a href="/wire/{day.year}/r{i}">{esc(t)}</a> <span class="rel-date">{dmy(day - datetime.timedelta(days=1 + 2 * i))}</span></li>'
                       for i, t in enumerate(rel))
    most_html = ''.join(f'<li><span class="n">{i + 1}</span> <a href="/news/m{i}">{esc(t)}</a></li>' for i, t in enumerate(most))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - {SY_SITE}</title><link rel="canonical" href="{url}">
<meta property="og:title" content="{esc(title)}"><meta property="og:site_name" content="{SY_SITE}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel="stylesheet" href="/assets/marsad.min.css"></head>
<body class="single wire-story">
<header class="hdr"><a class="hdr-logo" href="/">{SY_SITE}</a><nav class="hdr-nav"><ul>{links(SY_MENU, '/cat/')}</ul></nav></header>
<div class="alerts-bar"><p>{SY_ALERTS}</p><button type="button">تفعيل</button></div>
<div class="layout"><main class="main">
<article class="story">
<div class="story-kicker"><a href="/wire/">{SY_KICKER}</a></div>
<h1 class="story-title">{esc(title)}</h1>
<div class="story-meta"><span class="source">{SY_SOURCE}: {agency}</span> {when}</div>
<div class="story-tools"><span>{SY_FONT}</span> <button type="button">+</button> <button type="button">-</button></div>
<div class="story-body">{body}</div>
<p class="story-auto"><em>{SY_AUTO}</em></p>
<p class="story-rights">{esc(rights)}</p>
</article>
<section class="block related"><h2 class="block-title">{SY_RELATED}</h2><ol>{rel_html}</ol></section>
<section class="block wire-more"><h2 class="block-title">{SY_MORE}</h2><ul>{links(more, '/wire/more/')}</ul></section>
</main>
<aside class="sidebar"><section class="block most"><h2 class="block-title">{SY_MOST}</h2><ol>{most_html}</ol></section>
<section class="block today"><h2 class="block-title">{SY_TODAY}</h2><ul>{links(today, '/news/t')}</ul></section></aside></div>
<footer class="ftr"><p>{SY_FOOTER}</p></footer></body></html>'''
    without = [SY_MENU[3], f'{SY_SOURCE}: {agency}', SY_FONT, SY_AUTO, rights, SY_MORE, SY_TODAY, SY_ALERTS, SY_FOOTER] + \
        when_texts + more + today + rel[:2] + most[:2]
    return page, title, [], rel + most, without, {'updated': upd_day.isoformat() if upd_day else None}


# --- dreamweaver: a Dreamweaver-template site in UTF-8 with no charset declaration ------------------------
DW_SITE = 'صدى الجريد'
DW_MENU = ['الرئيسية', 'أخبار الجريد', 'واحات', 'ثقافة وسياحة', 'رياضة', 'مقالات', 'راسلونا']
DW_SUBMENU = ['توزر', 'نفطة', 'دقاش', 'تمغزة']
DW_DATE = 'تاريخ الإضافة'
DW_READS = 'قُرئ هذا الخبر'
DW_TIMES = 'مرة'
DW_CAPTION = 'صورة من أرشيف صدى الجريد'
DW_PRINT = 'نسخة ورقية من الخبر'
DW_SEND = 'ابعث الخبر إلى صديق'
DW_RELATED = 'مواضيع لها صلة'
DW_OLDER = 'أخبار سابقة'
DW_LINKS = 'روابط مفيدة'
DW_LINK_TEXTS = ['الموقع الرسمي لولاية توزر', 'المندوبية الجهوية للسياحة بالجريد', 'مواقيت القطارات والحافلات']
DW_COUNTER = 'زوار الموقع منذ افتتاحه'
DW_SITE_UPDATED = 'آخر تحديث للموقع'
DW_FOOTER = 'صدى الجريد، موقع إخباري جهوي مستقل من توزر — تصميم ورشة الواحة للإعلامية'


def render_dreamweaver(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, older = others[:4], others[4:10]
    odd = k % 2 == 1
    date_line = f'{DW_DATE} : {DAYS[day.weekday()]} {tn_date(day)}' if odd else f'{DW_DATE} : {dmy(day, "-")}'
    reads = f'{DW_READS} {311 + 97 * k} {DW_TIMES}'
    later = day + datetime.timedelta(days=3)
    site_upd = f'{DW_SITE_UPDATED}: {dmy(later)}'
    counter = f'{DW_COUNTER}: {153284 + 911 * k}'
    spacer = '<p class="newsText">&nbsp;</p>' if odd else ''
    body = ''.join(f'<p class="newsText">{esc(p)}</p>{spacer}' for p in paras)
    sub = ''.join(f'<li><a href="../../{i}.html">{t}</a></li>' for i, t in enumerate(DW_SUBMENU))
    menu = ''.join(f'<li><a href="../../section{i}.html">{t}</a></li>' if i != 2 else
                   f'<li><a class="MenuBarItemSubmenu" href="#">{t}</a>\n      <ul>{sub}</ul>\n    </li>' for i, t in enumerate(DW_MENU))
    rel_html = ''.join(f'<li><a href="../{day.year}/news{4100 + 7 * i}.html">{esc(t)}</a></li>' for i, t in enumerate(rel))
    older_html = ''.join(f'<li><a href="../{day.year}/news{4000 + i}.html">{esc(t)}</a></li>' for i, t in enumerate(older))
    link_html = ''.join(f'<li><a href="http://www.site{i}.example.tn/" target="_blank">{t}</a></li>' for i, t in enumerate(DW_LINK_TEXTS))
    page = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl"><!-- InstanceBegin template="/Templates/khabar.dwt" codeOutsideHTMLIsLocked="false" -->
<head>
<!-- InstanceBeginEditable name="doctitle" -->
<title>{DW_SITE} :: {esc(title)}</title>
<!-- InstanceEndEditable -->
<link href="../../css/sada.css" rel="stylesheet" type="text/css" />
<script src="../../SpryAssets/SpryMenuBar.js" type="text/javascript"></script>
<link href="../../SpryAssets/SpryMenuBarHorizontal.css" rel="stylesheet" type="text/css" />
<script type="text/javascript">
<!--
function MM_swapImgRestore() {{ //v3.0
  var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc;
}}
function MM_preloadImages() {{ //v3.0
  var d=document; if(d.images){{ if(!d.MM_p) d.MM_p=new Array();
    var i,j=d.MM_p.length,a=MM_preloadImages.arguments; for(i=0; i<a.length; i++)
    if (a[i].indexOf("#")!=0){{ d.MM_p[j]=new Image; d.MM_p[j++].src=a[i];}}}}
}}
function MM_swapImage() {{ //v3.0
  var i,j=0,x,a=MM_swapImage.arguments; document.MM_sr=new Array; for(i=0;i<(a.length-2);i+=3)
   if ((x=MM_findObj(a[i]))!=null){{document.MM_sr[j++]=x; if(!x.oSrc) x.oSrc=x.src; x.src=a[i+2];}}
}}
//-->
</script>
<!-- InstanceBeginEditable name="head" --><!-- InstanceEndEditable -->
</head>

<body onload="MM_preloadImages('../../images/home_on.gif','../../images/contact_on.gif')">
<div id="container">
  <div id="header"><a href="../../index.html" onmouseout="MM_swapImgRestore()" onmouseover="MM_swapImage('logo','','../../images/logo_on.gif',1)"><img src="../../images/logo.gif" alt="{DW_SITE}" name="logo" width="320" height="90" border="0" id="logo" /></a></div>
  <div id="navbar">
    <ul id="MenuBar1" class="MenuBarHorizontal">
    {menu}
    </ul>
  </div>
  <div id="mainContent">
  <!-- InstanceBeginEditable name="content" -->
    <h1 class="newsTitle">{esc(title)}</h1>
    <p class="newsDate">{date_line} &nbsp;|&nbsp; {reads}</p>
    <p align="center"><img src="../../images/news/{slug}.jpg" width="450" height="300" alt="" /></p>
    <p class="caption">{DW_CAPTION}</p>
    {body}
    <p class="tools"><a href="javascript:window.print()">{DW_PRINT}</a> | <a href="mailto:?subject={slug}">{DW_SEND}</a></p>
    <div class="boxRelated">
      <h3>{DW_RELATED}</h3>
      <ul>{rel_html}</ul>
    </div>
  <!-- InstanceEndEditable -->
  </div>
  <div id="sidebar1">
    <h3>{DW_OLDER}</h3>
    <ul class="older">{older_html}</ul>
    <h3>{DW_LINKS}</h3>
    <ul class="links">{link_html}</ul>
    <p class="counter">{counter}</p>
  </div>
  <br class="clearfloat" />
  <div id="footer">
    <p>{DW_FOOTER}</p>
    <p class="updated">{site_upd}</p>
  </div>
</div>
<script type="text/javascript">
<!--
var MenuBar1 = new Spry.Widget.MenuBar("MenuBar1", {{imgDown:"../../SpryAssets/SpryMenuBarDownHover.gif", imgRight:"../../SpryAssets/SpryMenuBarRightHover.gif"}});
//-->
</script>
</body>
<!-- InstanceEnd --></html>
'''
    without = [DW_MENU[3], date_line, reads, DW_CAPTION, DW_PRINT, DW_SEND, DW_OLDER, DW_LINKS, counter, DW_FOOTER, site_upd] + \
        DW_LINK_TEXTS + older + rel[:2]
    return page, title, [], rel, without, {}


# --- feature: a weekly magazine's feature ------------------------------------------------------------------
FE_SITE = 'أسبوعية المشهد'
FE_MENU = ['الغلاف', 'سياسة', 'مجتمع', 'اقتصاد', 'ثقافة', 'ريبورتاج', 'أرشيف الأعداد']
FE_ISSUE = 'العدد'
FE_FROM = 'من'
FE_TO = 'إلى'
FE_KICKERS = ['ريبورتاج', 'ملف الأسبوع', 'من الجهات', 'عين على الحدث']
FE_BY = 'نص'
FE_PHOTO = 'صور'
FE_WRITERS = ['يسرى الحمروني', 'نبيل الشواشي', 'هالة بن سالم', 'طارق المكي']
FE_PHOTOGRAPHERS = ['أيمن الخياري', 'مروى الدريدي', 'شكري البجاوي', 'رحمة القاسمي']
FE_CAPTION = 'عدسة المشهد، في قلب الحدث'
FE_FACTS_HEAD = 'في سطور'
FE_FACTS = ['تونس مقسمة إداريا إلى 24 ولاية', 'عدد السكان حسب تعداد 2014: قرابة 11 مليون نسمة',
            'طول الشريط الساحلي التونسي: أكثر من 1100 كيلومتر', 'أعلى قمة في البلاد: جبل الشعانبي بارتفاع 1544 مترا']
FE_SEE = 'اقرأ أيضا في هذا الملف'
FE_PRINT_NOTE = 'تجدون هذا المقال وسائر مواد العدد في النسخة الورقية المتوفرة لدى باعة الصحف'
FE_RELATED = 'مقالات ذات صلة بالملف'
FE_IN_ISSUE = 'في هذا العدد'
FE_SUBSCRIBE = 'اشترك في النسخة الرقمية واقرأ المشهد كاملا قبل وصوله إلى الأكشاك'
FE_SUBSCRIBE_BTN = 'أريد الاشتراك'
FE_FOOTER = 'المشهد أسبوعية تونسية مستقلة تصدر عن شركة المشهد للنشر والتوزيع'


def week_range(day):
    end = day + datetime.timedelta(days=6)
    if (end.month, end.year) == (day.month, day.year):
        return f'{FE_FROM} {day.day} {FE_TO} {tn_date(end)}'
    if end.year == day.year:
        return f'{FE_FROM} {day.day} {TN_MONTHS[day.month - 1]} {FE_TO} {tn_date(end)}'
    return f'{FE_FROM} {tn_date(day)} {FE_TO} {tn_date(end)}'


def render_feature(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, contents = others[:3], others[3:8]
    also = extra['inline2']
    odd = k % 2 == 1
    writer, photog = FE_WRITERS[k % 4], FE_PHOTOGRAPHERS[k % 4]
    issue_no = 480 + (day.year - 2013) * 52 + day.isocalendar()[1]
    issue_line = f'{FE_ISSUE} {issue_no} | {week_range(day)}'
    credits = f'{FE_BY}: {writer} — {FE_PHOTO}: {photog}'
    h, m = clock(extra, 8, 0)
    pub = moment(day, h, m)
    upd_day = None
    if odd:
        upd = pub + datetime.timedelta(days=1 if k == 1 else 3, hours=2)
        upd_day = upd.date()
        head_dates = (f'<meta property="article:published_time" content="{local_iso(pub)}">'
                      f'<meta property="article:modified_time" content="{local_iso(upd)}">')
    else:
        ld = {'@context': 'https://schema.org', '@type': 'Article', 'headline': title, 'datePublished': day.isoformat(),
              'author': {'@type': 'Person', 'name': writer}, 'publisher': {'@type': 'Organization', 'name': FE_SITE}}
        head_dates = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    first = paras[0]
    if not odd and re.match(r'[\u0621-\u064a]\S', first):
        lead = f'<p class="first"><strong class="dropcap">{esc(first[0])}</strong>{esc(first[1:])}</p>'
    else:
        lead = f'<p class="first">{esc(first)}</p>'
    facts = ''.join(f'<li>{f}</li>' for f in FE_FACTS)
    quote = ' '.join(paras[1].split()[:12])
    blocks = [lead, f'<aside class="factbox"><h3>{FE_FACTS_HEAD}</h3><ul>{facts}</ul></aside>', f'<p>{esc(paras[1])}</p>',
              f'<blockquote class="pull-quote"><p>«{esc(quote)}»</p></blockquote>']
    if not odd:
        blocks.append(f'<aside class="see-also-card"><span class="see-also-label">{FE_SEE}</span> <a href="/dossier/{7300 + k}">{esc(also)}</a></aside>')
    blocks += [f'<p>{esc(p)}</p>' for p in paras[2:]]
    cards = ''.join(
        f'<article class="card"><a class="card-img" href="/article/{7100 + i}"><img src="/media/c{7100 + i}.jpg" alt="{FE_PHOTO}: {FE_PHOTOGRAPHERS[(k + i + 1) % 4]}"></a>'
        f'<h3 class="card-title"><a href="/article/{7100 + i}">{esc(t)}</a></h3><p class="card-meta">{FE_ISSUE} {issue_no - 1 - i}</p></article>'
        for i, t in enumerate(rel))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - {FE_SITE}</title><meta property="og:title" content="{esc(title)}"><meta property="og:type" content="article">
{head_dates}<link rel="stylesheet" href="/static/machhad.css"></head>
<body class="feature-page">
<header class="mast"><a class="brand" href="/">{FE_SITE}</a><div class="issue">{issue_line}</div><nav><ul>{links(FE_MENU, '/rubrique/')}</ul></nav></header>
<main class="wrap"><article class="feature">
<header class="feature-head"><span class="kicker">{FE_KICKERS[k % 4]}</span>
<h1 class="feature-title">{esc(title)}</h1>
<p class="credits">{credits}</p></header>
<figure class="feature-cover"><img src="/media/cover/{slug}.jpg" alt="" width="1400" height="800"><figcaption>{FE_CAPTION}</figcaption></figure>
<div class="feature-body">{''.join(blocks)}</div>
<p class="print-note">{FE_PRINT_NOTE}</p>
</article>
<section class="feature-related"><h2>{FE_RELATED}</h2><div class="cards">{cards}</div></section>
<section class="issue-contents"><h2>{FE_IN_ISSUE}</h2><ul>{links(contents, '/article/72')}</ul></section>
<div class="subscribe"><p>{FE_SUBSCRIBE}</p><a class="btn" href="/abonnement">{FE_SUBSCRIBE_BTN}</a></div>
</main>
<footer class="foot"><p>{FE_FOOTER}</p></footer></body></html>'''
    without = [issue_line, credits, FE_CAPTION, FE_PRINT_NOTE, FE_IN_ISSUE, FE_SUBSCRIBE, FE_FOOTER] + FE_FACTS + contents + rel[:2]
    read_also = [] if odd else [also]
    return page, title, read_also, rel, without, {'updated': upd_day.isoformat() if upd_day else None}


# --- typo3: a TYPO3 (tx_news) site of a foundation's Tunis office ------------------------------------------
T3_SITE = 'مؤسسة جسور المتوسط – مكتب تونس'
T3_SHORT = 'جسور المتوسط'
T3_LANGS = ['Deutsch', 'English', 'Français', 'العربية']
T3_SKIP = 'انتقل مباشرة إلى المحتوى'
T3_MENU = ['عن المكتب', 'مجالات عملنا', 'الأخبار', 'الفعاليات', 'المنشورات', 'شركاؤنا', 'تواصل معنا']
T3_HOME = 'الرئيسية'
T3_CATS = ['شؤون تونسية', 'مجتمع مدني', 'حوكمة محلية', 'شباب']
T3_BY = 'إعداد'
T3_AUTHORS = ['فريق المكتب', 'أميرة الزغلامي', 'يوسف العبيدي', 'ضحى المستيري']
T3_CAPTION = 'الصورة: أرشيف مكتب تونس'
T3_ALSO = 'انظر أيضا:'
T3_RELATED = 'أخبار ذات صلة'
T3_FILES = 'ملفات للتحميل'
T3_FILE_NAMES = [('ورقة_تقديمية.pdf', '245 KB'), ('التقرير_الختامي.pdf', '1.2 MB')]
T3_BACK = 'العودة إلى قائمة الأخبار'
T3_LATEST = 'أحدث الأخبار'
T3_EVENTS = 'مواعيد قادمة'
T3_EVENT_NAMES = ['ورشة عمل حول الميزانية التشاركية في البلديات', 'لقاء حواري مع شباب الجهات الداخلية',
                  'ندوة: الإعلام المحلي والانتقال الديمقراطي']
T3_IMPRINT = 'بيانات الناشر'
T3_PRIVACY = 'حماية المعطيات الشخصية'
T3_COOKIE = 'يستعمل موقعنا ملفات تعريف ضرورية فقط، ولا نتتبع زياراتك لأغراض إشهارية'
T3_OK = 'فهمت'
T3_FOOTER = 'مؤسسة جسور المتوسط منظمة غير ربحية تعنى بالحوار والتعاون بين ضفتي المتوسط'


def render_typo3(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, latest = others[:3], others[3:7]
    also = extra['inline2']
    odd = k % 2 == 1
    h, m = clock(extra, 10, 30)
    pub = moment(day, h, m)
    shown = dmy(day, '.')
    if odd:
        time_html = f'<time itemprop="datePublished" datetime="{local_iso(pub)}">{shown}</time>'
    else:
        time_html = f'<time datetime="{day.isoformat()}">{shown}<meta itemprop="datePublished" content="{day.isoformat()}" /></time>'
    cat, author = T3_CATS[k % 4], T3_AUTHORS[k % 4]
    news_id = 812 + 23 * k
    text = []
    for i, p in enumerate(paras[1:]):
        text.append(f'<p>{esc(p)}</p>')
        if i == 0 and odd:
            text.append(f'<p>{T3_ALSO} <a href="/ar/news/detail/{news_id - 5}/" class="internal-link">{esc(also)}</a></p>')
    rel_html = ''.join(f'<li><span class="news-related-news-date">{dmy(day - datetime.timedelta(days=4 + 9 * i), ".")}</span> '
                       f'<a href="/ar/news/detail/{news_id - 30 - i}/" title="{esc(t)}">{esc(t)}</a></li>' for i, t in enumerate(rel))
    files = ''.join(f'<li><span class="news-related-files-link"><a href="fileadmin/user_upload/tunis/{esc(n)}" target="_blank">{esc(n)}</a></span> '
                    f'<span class="news-related-files-size">{s}</span></li>' for n, s in T3_FILE_NAMES)
    latest_html = ''.join(f'<div class="article articletype-0"><div class="header"><h3><a href="/ar/news/detail/{news_id + 1 + i}/" title="{esc(t)}">{esc(t)}</a></h3></div></div>'
                          for i, t in enumerate(latest))
    events = ''.join(f'<li><span class="ev-date">{dmy(day + datetime.timedelta(days=6 + 5 * i), ".")}</span> <span class="ev-title">{e}</span></li>'
                     for i, e in enumerate(T3_EVENT_NAMES))
    act = ' class="act"'
    langs = ''.join(f'<li{act if i == 3 else ""}><a href="/{code}/">{t}</a></li>' for i, (code, t) in enumerate(zip(('de', 'en', 'fr', 'ar'), T3_LANGS)))
    page = f'''<!DOCTYPE html>
<html dir="rtl" lang="ar-TN">
<head>

<meta charset="utf-8">
<!-- 
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
	TYPO3 is copyright 1998-2017 of Kasper Skaarhoj. Extensions are copyright of their respective owners.
	Information and contribution at https://typo3.org/
-->

<base href="https://jusour-med.example/">

<title>{T3_SHORT}: {esc(title)}</title>
<meta name="generator" content="TYPO3 CMS">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{esc(title)}">

<link rel="stylesheet" type="text/css" href="typo3temp/assets/css/7015c8c4ac.css?{1453200000 + k}" media="all">
<script src="typo3temp/assets/js/dd82474708.js?{1453200000 + k}" type="text/javascript"></script>

</head>
<body id="p57">
<a class="skip" href="#content">{T3_SKIP}</a>
<div id="lang-menu"><ul>{langs}</ul></div>
<header id="top"><a id="logo" href="/ar/"><img src="fileadmin/templates/img/logo.svg" alt="{T3_SITE}"></a>
<nav id="mainnav"><ul>{links(T3_MENU, '/ar/p')}</ul></nav></header>
<div id="breadcrumb"><ol><li><a href="/ar/">{T3_HOME}</a></li><li><a href="/ar/news/">{T3_MENU[2]}</a></li></ol></div>
<main id="content">
<!--TYPO3SEARCH_begin-->
<div id="c{4400 + k}" class="frame frame-default frame-type-list frame-layout-0">
<div class="news news-single"><div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">
<div class="header"><h1 itemprop="headline">{esc(title)}</h1></div>
<div class="footer"><p><span class="news-list-date">{time_html}</span> <span class="news-list-category">{cat}</span> <span class="news-list-author" itemprop="author">{T3_BY}: {author}</span></p></div>
<div class="teaser-text" itemprop="description"><p>{esc(paras[0])}</p></div>
<div class="news-img-wrap"><div class="outer"><div class="mediaelement mediaelement-image"><a href="fileadmin/_processed_/{slug}.jpg" class="lightbox" rel="lightbox[myImageSet]"><img itemprop="image" src="fileadmin/_processed_/{slug}_t.jpg" width="640" height="360" alt=""></a></div>
<p class="news-img-caption">{T3_CAPTION}</p></div></div>
<div class="news-text-wrap" itemprop="articleBody">{''.join(text)}</div>
<div class="news-related-wrap">
<div class="news-related news-related-news"><h4>{T3_RELATED}</h4><ul>{rel_html}</ul></div>
<div class="news-related news-related-files"><h4>{T3_FILES}</h4><ul>{files}</ul></div>
</div>
<div class="news-backlink-wrap"><a href="/ar/news/">{T3_BACK}</a></div>
</div></div>
</div>
<!--TYPO3SEARCH_end-->
</main>
<aside id="sidebar"><div class="frame news-latest"><h2>{T3_LATEST}</h2><div class="news-list-view">{latest_html}</div></div>
<div class="frame events"><h2>{T3_EVENTS}</h2><ul>{events}</ul></div></aside>
<footer id="footer"><p>{T3_FOOTER}</p><ul><li><a href="/ar/impressum/">{T3_IMPRINT}</a></li><li><a href="/ar/datenschutz/">{T3_PRIVACY}</a></li></ul></footer>
<div class="cc-window" role="dialog"><span class="cc-message">{T3_COOKIE}</span> <a class="cc-btn cc-dismiss" role="button" tabindex="0">{T3_OK}</a></div>
</body>
</html>'''
    without = [T3_SKIP, T3_MENU[4], f'{T3_BY}: {author}', T3_CAPTION, T3_FILES, T3_BACK, T3_LATEST, T3_EVENTS, T3_IMPRINT, T3_PRIVACY,
               T3_COOKIE, T3_FOOTER] + [n for n, _ in T3_FILE_NAMES] + T3_EVENT_NAMES + latest + rel[:2]
    read_also = [also] if odd else []
    return page, title, read_also, rel, without, {}


RENDER = {'radio': render_radio, 'spip': render_spip, 'wordhtml': render_wordhtml, 'syndicated': render_syndicated,
          'dreamweaver': render_dreamweaver, 'feature': render_feature, 'typo3': render_typo3}


render = renderer(RENDER, 'templates_set12.py', 12)


# --- the corpus and the driver ----------------------------------------------------------------------------
def record_date(stamp):
    """(date, (hour, minute) or None) of a record's <TIME>: 'dd/mm/yyyy' or an ISO time; None if neither."""
    stamp = stamp.strip()
    m = re.fullmatch(r'(\d{2})/(\d{2})/(\d{4})', stamp)
    if m:
        return datetime.date(int(m[3]), int(m[2]), int(m[1])), None
    m = re.fullmatch(r'(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2})?(?:[+-]\d{2}:?\d{2}|Z)?', stamp)
    if m:
        return datetime.date(int(m[1]), int(m[2]), int(m[3])), (int(m[4]), int(m[5]))
    return None


def usable_title(title):
    return 3 <= len(title.split()) <= 20 and 'اقرأ' not in title and 'إقرأ' not in title


def records(corpus):
    """Every <DOC> of CORPUS/ant-jawharafm/*/*.txt, in sorted path order, as a dict: name (folder/DOCNO), title,
    lines (the <TEXT>'s non-empty lines), when (record_date() of its <TIME>, or None)."""
    out = []
    for f in sorted(glob.glob(os.path.join(corpus, CORPUS_FOLDER, '*', '*.txt'))):
        with open(f, encoding='utf-8') as fh:
            raw = fh.read()
        for doc in re.findall(r'<DOC>(.*?)</DOC>', raw, re.S):
            fields = {key: value.strip() for key, value in re.findall(r'<([A-Z]+)>(.*?)</\1>', doc, re.S)}
            rel = os.path.relpath(f, os.path.join(corpus, CORPUS_FOLDER))
            out.append({'name': f'{CORPUS_FOLDER}/{os.path.dirname(rel)}/{fields.get("DOCNO") or os.path.basename(rel)[:-4]}',
                        'title': ' '.join(fields.get('TITLE', '').split()),
                        'lines': [line.strip() for line in fields.get('TEXT', '').split('\n') if line.strip()],
                        'when': record_date(fields.get('TIME', ''))})
    return out


def article_of(rec):
    """(name, title, paragraphs) when the record is an article (see the docstring), else None."""
    lines = rec['lines']
    if not rec['when'] or not usable_title(rec['title']) or any('اقرأ' in l or 'إقرأ' in l for l in lines):
        return None
    paras = [l for l in lines if len(l.split()) >= 12]
    if len(paras) < 3:
        return None
    return rec['name'], rec['title'], paras[:8]


def following_titles(recs, at, title, n):
    """The titles of the n records after recs[at] (wrapping around) that are usable headlines, without `title`."""
    out = []
    for j in range(1, len(recs)):
        t = recs[(at + j) % len(recs)]['title']
        if usable_title(t) and t != title and t not in out:
            out.append(t)
            if len(out) == n:
                break
    return out


def write_page(out, name, page, label, encoding, paras, prog):
    """Checks `page` against its `label` (templates_set5.check, problems to stderr named by `prog`), writes
    OUT/pages/NAME.html in `encoding` and OUT/labels/NAME.json; returns how many problems were found."""
    bad = 0
    for p in check(page, label, paras):
        print(f'{prog}: {name}: {p}', file=sys.stderr)
        bad += 1
    with open(os.path.join(out, 'pages', name + '.html'), 'w', encoding=encoding, errors='xmlcharrefreplace') as f:
        f.write(page)
    label['file'] = os.path.join('..', 'pages', name + '.html')
    with open(os.path.join(out, 'labels', name + '.json'), 'w', encoding='utf-8') as f:
        json.dump(label, f, ensure_ascii=False, indent=2)
    return bad


# ----- small helpers the later sets (13 to 16) share: digits, dates and times as pages print them -----
INDIC = str.maketrans('0123456789', '٠١٢٣٤٥٦٧٨٩')
DZ_MONTHS = ['جانفي', 'فيفري', 'مارس', 'أفريل', 'ماي', 'جوان', 'جويلية', 'أوت', 'سبتمبر', 'أكتوبر', 'نوفمبر',
             'ديسمبر']


def indic(x):
    return str(x).translate(INDIC)


def gulf_date(day):
    return f'{day.day} {GULF_MONTHS[day.month - 1]} {day.year}'


def dz_date(day):
    return f'{day.day} {DZ_MONTHS[day.month - 1]} {day.year}'


def hm(t):
    return f'{t.hour:02d}:{t.minute:02d}'


def iso_local(t):
    return t.isoformat(timespec='seconds')


def iso_z(t):
    return t.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')


def iso_ms_z(t):
    return t.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%S.000Z')


def epoch_ms(t):
    return int(t.timestamp()) * 1000


def at(extra):
    """The page's local publication time (the record's <TIME> in the kind's zone)."""
    return extra['at']


def moved(pub, hour, minute):
    """The same local day at another clock time (for the pages whose UTC date is the day before)."""
    return pub.replace(hour=hour, minute=minute, second=0)


def opening_words(text, n):
    words = text.split()
    return ' '.join(words[:n]) + ('…' if len(words) > n else '')


def set_arguments(doc, prog, kinds, render, corpus_folder, argv):
    """The command line of the sets 13 to 16 (OUT_DIR [--corpus DIR] [--per-kind 4] [--kinds a,b]): the parsed
    arguments with `kinds` (the kinds asked for, each checked against `render`), and OUT_DIR's pages/ and
    labels/ folders made."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('out')
    ap.add_argument('--corpus', default=os.path.join(HERE, '..', '..', '..', 'shared', 'corpus'),
                    help=f'where {corpus_folder}/ is')
    ap.add_argument('--per-kind', type=int, default=4)
    ap.add_argument('--kinds', default=','.join(kinds))
    args = ap.parse_args(argv)
    args.kinds = args.kinds.split(',')
    for kind in args.kinds:
        if kind not in render:
            raise SystemExit(f'{prog}: unknown kind {kind}')
    os.makedirs(os.path.join(args.out, 'pages'), exist_ok=True)
    os.makedirs(os.path.join(args.out, 'labels'), exist_ok=True)
    return args


def trec_records(corpus, corpus_folder, sources, skip):
    """Every record of CORPUS/CORPUS_FOLDER/SOURCE/*/*.txt (TREC, one or more <DOC>s a file) for the sets built
    on the antcorpus multi-source folders (13 to 15), in sorted path order, the files named in `skip` left out,
    as dicts: name, folder, title, abstract, lines (the <TEXT>'s non-empty lines), when (the <TIME> as an aware
    UTC datetime, or None)."""
    root = os.path.join(corpus, corpus_folder)
    files = sorted(f for src in sources for f in glob.glob(os.path.join(root, src, '*', '*.txt')))
    out = []
    for f in files:
        if os.path.basename(f) in skip:
            continue
        with open(f, encoding='utf-8') as fh:
            raw = fh.read()
        for doc in re.findall(r'<DOC>(.*?)</DOC>', raw, re.S):
            fields = {key: value.strip() for key, value in re.findall(r'<([A-Z]+)>(.*?)</\1>', doc, re.S)}
            try:
                when = email.utils.parsedate_to_datetime(fields.get('TIME', '')).astimezone(datetime.timezone.utc)
            except (TypeError, ValueError):
                when = None
            rel = os.path.relpath(f, root)
            out.append({'name': f'{corpus_folder}/{rel}', 'folder': os.path.dirname(rel),
                        'title': ' '.join(fields.get('TITLE', '').split()),
                        'abstract': ' '.join(fields.get('ABSTRACT', '').split()),
                        'lines': [' '.join(line.split()) for line in fields.get('TEXT', '').split('\n') if line.strip()],
                        'when': when})
    return out


def pick_articles(recs, need, article_of, prog, corpus_folder):
    """`need` (index, article) pairs for the sets that take their articles round robin over their folders
    (sets 13 to 15): page n takes the next article (`article_of(record)`, None when the record is none) of
    folder n mod the number of folders (folders in sorted order), or of the next folder that still has one."""
    folders = sorted({r['folder'] for r in recs})
    queues = {f: [(i, a) for i, a in ((i, article_of(r)) for i, r in enumerate(recs) if r['folder'] == f) if a]
              for f in folders}
    out = []
    for n in range(need):
        for step in range(len(folders)):
            q = queues[folders[(n + step) % len(folders)]]
            if q:
                out.append(q.pop(0))
                break
        else:
            raise SystemExit(f'{prog}: {len(out)} articles in {corpus_folder}, {need} needed')
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('out')
    ap.add_argument('--corpus', default=os.path.join(HERE, '..', '..', '..', 'shared', 'corpus'),
                    help=f'the folder holding {CORPUS_FOLDER}/')
    ap.add_argument('--per-kind', type=int, default=4)
    ap.add_argument('--kinds', default=','.join(KINDS))
    args = ap.parse_args(argv)
    kinds = args.kinds.split(',')
    for kind in kinds:
        if kind not in RENDER:
            raise SystemExit(f'templates_set12: unknown kind {kind}')
    recs = records(args.corpus)
    arts = [(at, a) for at, a in ((at, article_of(r)) for at, r in enumerate(recs)) if a]
    need = args.per_kind * len(kinds)
    if len(arts) < need:
        raise SystemExit(f'templates_set12: {len(arts)} articles in {CORPUS_FOLDER}, {need} needed')
    rng = random.Random(20261213)
    os.makedirs(os.path.join(args.out, 'pages'), exist_ok=True)
    os.makedirs(os.path.join(args.out, 'labels'), exist_ok=True)
    bad = 0
    i = 0
    for kind in kinds:
        for k in range(args.per_kind):
            at, art = arts[i]
            i += 1
            day, time = recs[at]['when']
            heads = following_titles(recs, at, art[1], 20)
            others = heads[:11]
            rng.shuffle(others)
            more = heads[11:]
            extra = {'teasers': more[:3], 'inline2': more[3], 'more': more[4:], 'time': time}
            name = f'{kind}-{k}'
            page, label, encoding = render(kind, art, others, extra, day.isoformat(), name, k)
            bad += write_page(args.out, name, page, label, encoding, art[2], 'templates_set12')
    print(f'{i} pages in {args.out}' + (f', {bad} problems' if bad else ''))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
