#!/usr/bin/env python3
"""Sealed HTML template set 6 (issue 14): seven more kinds of Arabic news pages, labelled by construction.

Written while the HTML extractor's rules were being changed, by someone who did not change them and did
not run akhbar on these pages: their first score, taken after the rules are merged, measures the rules on
templates nobody looked at while writing them. None of these kinds is in make_templates.py or
templates_set5.py, and every chrome sentence is new wording (no chrome constant of either is imported).

  splitbody  Egyptian daily (Al-Masry-Al-Youm-like): the body cut into three <div>s by inline ad slots, a
             "محتوى مدفوع" sponsored widget and an inline "اقرأ كذلك" link; byline with a visible date and
             article:published_time; "أخبار مرتبطة" (related), sponsored links and a latest rail (not)
  print      newspaper print-edition page: issue and page numbers, a PDF link, a strip of the issue's
             page links, the article in a <pre> of fixed-width lines (OCR-like), the date only in the
             visible issue line; "في هذه الصفحة أيضاً" (other stories of the same printed page: not related)
  match      sports site: a match box above the article (teams, score, stadium, referee, a minute-by-minute
             events table, line-ups), a league table; NewsArticle JSON-LD with the publication date beside
             a SportsEvent whose startDate is the day before; "مزيد من تغطية المباراة" (related)
  infinite   infinite-scroll page: the NEXT article already appended below the first (its <h2> headline,
             visible date and first paragraphs are not the article); the first article's date only in
             article:published_time and JSON-LD; "قصص مرتبطة" (related)
  joomla15   Joomla 1.5 export: the headline and body inside <table class="contentpaneopen">, PDF/print/
             e-mail icons, createdate and modifydate cells (the visible date only), pagenav, mod_mainmenu,
             "مواد ذات علاقة بهذا الموضوع" (related), latest-added news module (not related)
  release    ministry / company press release: "للنشر الفوري" and "بيان صحفي" headers, a Hijri + Gregorian
             date line (no meta date), a dateline paragraph, "-انتهى-", an "about the company" boilerplate
             and a media-contacts block (not the article), "بيانات ذات صلة" (related), earlier releases (not)
  hero       magazine-style page: the headline, kicker and photo credit in a hero image overlay outside
             <article>, the body inside it with an inline "موضوع ذو صلة" card (read-also), the date only in
             JSON-LD with +03:00 (on odd pages 00:40 local: the day before in UTC), "من الملف نفسه"
             (related), editors' picks (not related)

Labels (the format of tests/html/labels): title (the <h1>), published (the local date), body_with = the
opening of each paragraph, body_without = visible chrome texts and other stories' headlines, read_also,
related (headed related lists only). Articles: make_templates.articles() after skipping the first 400
(make_templates and templates_set5 use fewer).

Usage: templates_set6.py OUT_DIR [--corpus DIR] [--per-kind 4] [--skip 400] [--kinds a,b]
writes OUT_DIR/pages/KIND-N.html and OUT_DIR/labels/KIND-N.json and checks every labelled text against
the page's visible text with templates_set5's check() (its driver, templates_set5.drive(), is reused).
"""
import datetime
import json
import os
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
# Helpers and calendar data only; no chrome sentence of the earlier sets.
from templates_set5 import DAYS, GULF_MONTHS, drive, esc, labelled_page, hijri, opening  # noqa: E402

KINDS = ('splitbody', 'print', 'match', 'infinite', 'joomla15', 'release', 'hero')


def links(items, href, cls=''):
    c = f' class="{cls}"' if cls else ''
    return ''.join(f'<li{c}><a href="{href}{i}">{esc(t)}</a></li>' for i, t in enumerate(items))


def long_date(day):
    return f'{DAYS[day.weekday()]} {day.day} {GULF_MONTHS[day.month - 1]} {day.year}'


# --- splitbody: Egyptian daily with the body cut by ads and paid content ------------------------
SB_SITE = 'بوابة النهار الجديد'
SB_MENU = ['الرئيسية', 'أخبار مصر', 'حوادث وقضايا', 'اقتصاد', 'رياضة محلية', 'فن ومشاهير', 'المحافظات', 'منوعات']
SB_AD = 'مساحة إعلانية'
SB_PAID = 'محتوى مدفوع'
SB_PAID_NOTE = 'روابط مقدمة من شركائنا الإعلانيين'
SB_READMORE = 'اقرأ كذلك:'
SB_SHARE = 'انشر الخبر على صفحاتك'
SB_FOLLOW = 'لمتابعة آخر المستجدات لحظة بلحظة انضم إلى قناتنا على واتساب'
SB_LATEST = 'أحدث ما نشرنا'
SB_FOOTER = 'يصدر عن مؤسسة النهار الجديد للصحافة والنشر، والآراء المنشورة تعبر عن أصحابها'
SB_WRITERS = ['محمود عبد الحميد', 'سارة الجمال', 'أحمد فتحي', 'هبة الله منصور']


def render_splitbody(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, sponsored, latest, ticker = others[:4], extra['teasers'], others[4:8], others[10]
    inline = extra['inline2']
    n = len(paras)
    cuts = [0, max(1, n // 3), max(2, 2 * n // 3), n]
    hour = 9 + k
    visible = f'{DAYS[day.weekday()]} {day.day:02d}-{day.month:02d}-{day.year} {hour:02d}:{10 + 9 * k:02d} م'
    published = f'{day.isoformat()}T{hour + 12:02d}:{10 + 9 * k:02d}:00+03:00'
    writer = SB_WRITERS[k % len(SB_WRITERS)]

    def part(a, b):
        return f'<div class="news-text part-{a}">' + ''.join(f'<p>{esc(p)}</p>' for p in paras[a:b]) + '</div>'

    ad = f'<div class="inread-ad"><span class="ad-label">{SB_AD}</span><div id="div-gpt-ad-{k}-inread" style="min-height:250px"></div></div>'
    paid = (f'<div class="ob-widget"><div class="ob-head"><span>{SB_PAID}</span> <small>{SB_PAID_NOTE}</small></div><ul>'
            + ''.join(f'<li><a href="https://ads.example.net/c?{i}" rel="sponsored nofollow"><img src="/ob/{i}.jpg" alt=""><span>{esc(t)}</span></a></li>'
                      for i, t in enumerate(sponsored)) + '</ul></div>')
    readmore = f'<p class="read-more"><strong>{SB_READMORE}</strong> <a href="/News/Details/{3300 + k}">{esc(inline)}</a></p>'
    body = part(0, cuts[1]) + ad + readmore + part(cuts[1], cuts[2]) + paid + part(cuts[2], cuts[3])
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{esc(title)} | {SB_SITE}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{esc(title)}"><meta property="og:site_name" content="{SB_SITE}"><meta property="og:type" content="article">
<meta property="article:published_time" content="{published}"><meta property="article:section" content="{SB_MENU[1]}">
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script></head>
<body class="news-details"><div class="top-strip"><span class="today">{long_date(day)}</span> <a href="/epaper">النسخة الورقية</a></div>
<header class="main-header"><a class="logo" href="/"><img src="/img/logo.svg" alt="{SB_SITE}"></a>
<nav class="main-nav"><ul>{links(SB_MENU, '/Section/')}</ul></nav></header>
<div class="breaking"><b>عاجل</b> <a href="/News/Details/{4400 + k}">{esc(ticker)}</a></div>
<div class="container"><div class="row"><div class="col-md-8 details">
<ol class="crumbs"><li><a href="/">الرئيسية</a></li><li><a href="/Section/1">{SB_MENU[1]}</a></li></ol>
<h1 class="news-title">{esc(title)}</h1>
<div class="news-meta"><span class="by">كتب: <a href="/Writer/{k}">{esc(writer)}</a></span> <span class="date">{visible}</span></div>
<figure class="main-img"><img src="/Upload/{slug}.jpg" alt="{esc(title)}"></figure>
<div class="news-content">{body}</div>
<div class="share-line"><span>{SB_SHARE}</span> <a href="#">فيسبوك</a> <a href="#">إكس</a> <a href="#">واتساب</a></div>
<p class="follow-us">{SB_FOLLOW}</p>
<section class="related-news"><h2 class="sec-title">أخبار مرتبطة</h2><ul>{links(rel, '/News/Details/5')}</ul></section>
</div><aside class="col-md-4 side"><section class="side-latest"><h2 class="sec-title">{SB_LATEST}</h2><ul>{links(latest, '/News/Details/6')}</ul></section>
<div class="side-ad"><span class="ad-label">{SB_AD}</span></div></aside></div></div>
<footer class="site-footer"><p>{SB_FOOTER}</p><p>© {day.year} {SB_SITE}</p></footer></body></html>'''
    without = [SB_MENU[2], ticker, SB_PAID, SB_PAID_NOTE, SB_SHARE, SB_FOLLOW, SB_LATEST, SB_FOOTER] + sponsored + latest + rel[:2]
    return page, title, [inline], rel, without


# --- print: newspaper print-edition page ---------------------------------------------------------
PR_SITE = 'جريدة الفجر الورقية'
PR_PDF = 'تنزيل الصفحة كاملة بصيغة PDF'
PR_ARCHIVE = 'تصفح أرشيف الأعداد السابقة'
PR_NOTE = 'النص مستخرج آلياً من الصفحة المطبوعة وقد يختلف قليلاً عن الأصل'
PR_SAME_PAGE = 'في هذه الصفحة أيضاً'
PR_SUBSCRIBE = 'اشترك في النسخة الرقمية لتصلك الجريدة كل صباح قبل توزيعها في الأسواق'
PR_FOOTER = 'الفجر - يومية سياسية مستقلة تصدر منذ عام 1974'
PR_SECTIONS = ['الأولى', 'محليات', 'اقتصاد', 'دوليات', 'رأي', 'رياضة', 'الأخيرة']


def render_print(art, others, extra, day, slug, k):
    _, title, paras = art
    same_page, ticker = others[:4], others[10]
    issue = 18230 + 3 * k
    pg = 3 + 2 * k
    issue_line = f'العدد {issue} - {long_date(day)}'
    page_line = f'الصفحة {pg} - {PR_SECTIONS[k % len(PR_SECTIONS)]}'
    pre = '\n\n'.join('\n'.join(esc(line) for line in textwrap.wrap(p, 58)) for p in paras)
    strip = ''.join(f'<a href="/print/{issue}/{i + 1}" class="pg{" on" if i + 1 == pg else ""}">{i + 1}</a>' for i in range(16))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{esc(title)} - العدد {issue} - {PR_SITE}</title>
<meta property="og:title" content="{esc(title)}"><meta property="og:site_name" content="{PR_SITE}">
<style>pre.ocr {{ white-space: pre-wrap; font-family: 'Amiri', serif; line-height: 1.9; }}</style></head>
<body><div id="wrap"><header class="paper-head"><a href="/" class="brand">{PR_SITE}</a><div class="issue-line">{issue_line}</div>
<a class="archive" href="/print/archive">{PR_ARCHIVE}</a></header>
<div class="pages-strip"><span>صفحات العدد:</span> {strip}</div>
<div class="edition"><div class="page-info">{page_line}</div>
<a class="pdf" href="/pdf/{issue}/p{pg}.pdf">{PR_PDF}</a>
<div class="page-thumb"><img src="/print/{issue}/{pg}/thumb.jpg" alt="صورة الصفحة {pg}"></div>
<h1 class="ptitle">{esc(title)}</h1>
<p class="ocr-note">{PR_NOTE}</p>
<pre class="ocr">{pre}</pre>
<section class="same-page"><h3>{PR_SAME_PAGE}</h3><ul>{links(same_page, f'/print/{issue}/{pg}/')}</ul></section></div>
<div class="subscribe"><p>{PR_SUBSCRIBE}</p><a href="/subscribe">اشترك الآن</a></div>
<div class="ticker-bottom"><a href="/news/{k}">{esc(ticker)}</a></div>
<footer><p>{PR_FOOTER}</p></footer></div></body></html>'''
    without = [PR_PDF, PR_ARCHIVE, PR_NOTE, PR_SAME_PAGE, PR_SUBSCRIBE, PR_FOOTER, page_line, ticker] + same_page
    return page, title, [], [], without


# --- match: sports site with a match box above the article ------------------------------------
MA_SITE = 'ستاد العرب'
MA_MENU = ['الرئيسية', 'الدوري المحلي', 'الكرة العالمية', 'أبطال آسيا', 'المنتخبات', 'ألعاب أخرى', 'فيديو']
MA_TEAMS = [('نادي الشعلة', 'نادي الوحدة الساحلي'), ('الاتفاق الرياضي', 'نجوم الجنوب'), ('نادي الفيصلية', 'شباب الوادي'),
            ('نادي الرمال', 'النسور الحمراء')]
MA_STADIUM = 'ملعب مدينة الأمير فهد الرياضية'
MA_REFEREE = 'الحكم: ماجد العنزي'
MA_STATUS = 'انتهت المباراة'
MA_EVENTS = [(12, 'هدف', 'رأسية من ركلة ركنية'), (38, 'بطاقة صفراء', 'تدخل عنيف في وسط الملعب'),
             (57, 'تبديل', 'خروج المهاجم ودخول لاعب الوسط'), (81, 'هدف', 'تسديدة قوية من خارج منطقة الجزاء'),
             (90, 'وقت بدل ضائع', 'أربع دقائق إضافية')]
MA_LINEUPS = 'التشكيلة الأساسية'
MA_TABLE = 'جدول ترتيب الدوري'
MA_APP = 'حمّل تطبيق ستاد العرب لتصلك أهداف المباريات ونتائجها فور حدوثها'
MA_FOOTER = 'ستاد العرب شبكة رياضية مستقلة، ولا نتحمل مسؤولية محتوى المواقع الخارجية'


def render_match(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, ticker = others[:4], others[10]
    home, away = MA_TEAMS[k % len(MA_TEAMS)]
    match_day = day - datetime.timedelta(days=1)
    score = f'{2 + k % 2} - {k % 3}'
    events = ''.join(f'<tr class="ev"><td class="min">{m}\'</td><td class="type">{esc(t)}</td><td class="desc">{esc(d)}</td></tr>'
                     for m, t, d in MA_EVENTS)
    table_rows = ''.join(f'<tr><td>{i + 1}</td><td>{esc(t)}</td><td>{30 - 3 * i}</td></tr>'
                         for i, t in enumerate([home, away, 'نادي الساحل', 'الأهلي الجنوبي']))
    ld = [{'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': title,
           'datePublished': f'{day.isoformat()}T10:05:00+03:00', 'dateModified': f'{day.isoformat()}T12:40:00+03:00',
           'publisher': {'@type': 'Organization', 'name': MA_SITE}},
          {'@context': 'https://schema.org', '@type': 'SportsEvent', 'name': f'{home} × {away}',
           'startDate': f'{match_day.isoformat()}T21:00:00+03:00', 'location': {'@type': 'Place', 'name': MA_STADIUM},
           'homeTeam': {'@type': 'SportsTeam', 'name': home}, 'awayTeam': {'@type': 'SportsTeam', 'name': away}}]
    box_date = f'{long_date(match_day)} - 21:00'
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{esc(title)} - {MA_SITE}</title>
<meta property="og:title" content="{esc(title)}"><meta property="og:site_name" content="{MA_SITE}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script></head>
<body class="article-page sport"><header><a class="logo" href="/">{MA_SITE}</a><nav><ul>{links(MA_MENU, '/league/')}</ul></nav>
<div class="live-scores-bar"><a href="/live">النتائج المباشرة</a></div></header>
<main><section class="match-center" data-match-id="{9100 + k}">
<div class="match-head"><span class="comp">{MA_MENU[1]} - الجولة {20 + k}</span><span class="status">{MA_STATUS}</span></div>
<div class="scoreboard"><div class="team home"><img src="/logos/h{k}.png" alt=""><span class="tname">{esc(home)}</span></div>
<div class="score">{score}</div><div class="team away"><img src="/logos/a{k}.png" alt=""><span class="tname">{esc(away)}</span></div></div>
<div class="match-info"><span class="when">{box_date}</span> <span class="venue">{MA_STADIUM}</span> <span class="ref">{MA_REFEREE}</span></div>
<table class="events"><thead><tr><th>الدقيقة</th><th>الحدث</th><th>التفاصيل</th></tr></thead><tbody>{events}</tbody></table>
<div class="lineups"><h4>{MA_LINEUPS}</h4><ul><li>حارس المرمى</li><li>قلب الدفاع</li><li>الظهير الأيسر</li><li>صانع الألعاب</li></ul></div>
</section>
<article class="story"><h1 class="story-title">{esc(title)}</h1>
<div class="story-meta"><span class="author">فريق التحرير الرياضي</span></div>
<div class="story-body">{''.join(f'<p>{esc(p)}</p>' for p in paras)}</div>
<div class="story-share"><a href="#">مشاركة</a> <a href="#">نسخ الرابط</a></div></article>
<section class="match-coverage"><h2>مزيد من تغطية المباراة</h2><ul>{links(rel, '/story/')}</ul></section>
<aside class="standings"><h3>{MA_TABLE}</h3><table><tr><th>#</th><th>الفريق</th><th>النقاط</th></tr>{table_rows}</table></aside>
<div class="ticker"><a href="/story/t{k}">{esc(ticker)}</a></div></main>
<div class="app-banner"><p>{MA_APP}</p></div>
<footer><p>{MA_FOOTER}</p></footer></body></html>'''
    without = [MA_MENU[2], MA_STATUS, MA_STADIUM, MA_REFEREE, MA_LINEUPS, MA_TABLE, MA_APP, MA_FOOTER, ticker, box_date] + \
        [d for _, _, d in MA_EVENTS] + rel[:2]
    return page, title, [], rel, without


# --- infinite: the next article appended below the first --------------------------------------
IN_SITE = 'موقع المشهد اليومي'
IN_MENU = ['الرئيسية', 'سياسة', 'اقتصاد وأسواق', 'تقنية', 'صحة', 'مجتمع', 'رياضة', 'ملفات خاصة']
IN_NEXT = 'المقال التالي'
IN_SCROLL = 'تابع التمرير لقراءة المزيد من الأخبار'
IN_SHARE = 'شارك القصة'
IN_NEWSLETTER = 'نشرة المشهد الصباحية: أبرز ما يجب أن تعرفه قبل بدء يومك'
IN_FOOTER = 'المشهد اليومي منصة إخبارية عربية مستقلة، جميع المواد محمية بحقوق النشر'


def render_infinite(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, ticker = others[:4], others[10]
    next_title, next_paras = extra['next']
    next_paras = next_paras[:2]
    next_day = day - datetime.timedelta(days=1 + k % 2)
    next_visible = f'{next_day.day} {GULF_MONTHS[next_day.month - 1]} {next_day.year}'
    published = f'{day.isoformat()}T{7 + k:02d}:30:00+03:00'
    ld = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': title, 'datePublished': published,
          'mainEntityOfPage': f'https://mashhad.example/news/{slug}', 'publisher': {'@type': 'Organization', 'name': IN_SITE}}
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{esc(title)} | {IN_SITE}</title>
<link rel="canonical" href="https://mashhad.example/news/{slug}">
<meta property="og:title" content="{esc(title)}"><meta property="og:site_name" content="{IN_SITE}">
<meta property="article:published_time" content="{published}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script></head>
<body><header class="site-header"><a class="logo" href="/">{IN_SITE}</a><nav><ul>{links(IN_MENU, '/category/')}</ul></nav></header>
<div class="hot-bar"><span>الآن</span> <a href="/news/hot{k}">{esc(ticker)}</a></div>
<div id="infinite-container">
<div class="post-item current" data-url="/news/{slug}" data-title="{esc(title)}">
<h1 class="post-title">{esc(title)}</h1>
<div class="post-author">بقلم: محرر المشهد</div>
<figure><img src="/media/{slug}.jpg" alt=""></figure>
<div class="post-content">{''.join(f'<p>{esc(p)}</p>' for p in paras)}</div>
<div class="post-share"><span>{IN_SHARE}</span> <a href="#">فيسبوك</a> <a href="#">إكس</a></div>
<div class="post-related"><h3>قصص مرتبطة</h3><ul>{links(rel, '/news/r')}</ul></div>
<div class="newsletter"><p>{IN_NEWSLETTER}</p><input type="email" placeholder="بريدك الإلكتروني"><button>سجّل</button></div>
</div>
<div class="next-divider"><span>{IN_NEXT}</span></div>
<div class="post-item next" data-url="/news/next-{slug}" data-title="{esc(next_title)}">
<h2 class="post-title">{esc(next_title)}</h2>
<div class="post-date">{next_visible}</div>
<figure><img src="/media/next-{slug}.jpg" alt=""></figure>
<div class="post-content">{''.join(f'<p>{esc(p)}</p>' for p in next_paras)}</div>
</div>
<div class="infinite-loader"><span>{IN_SCROLL}</span></div>
</div>
<footer class="site-footer"><p>{IN_FOOTER}</p></footer>
<script>window.nextPosts = ["/news/next-{slug}"];</script></body></html>'''
    without = [IN_MENU[2], ticker, IN_SHARE, IN_NEWSLETTER, IN_NEXT, IN_SCROLL, IN_FOOTER, next_title, next_visible] + \
        [opening(p) for p in next_paras] + rel[:2]
    return page, title, [], rel, without


# --- joomla15: Joomla 1.5 export with contentpaneopen tables ----------------------------------
JO_SITE = 'شبكة الرافدين الإخبارية'
JO_MENU = ['الصفحة الرئيسية', 'أخبار العراق', 'أخبار عربية', 'تحقيقات', 'مقالات', 'منوعات', 'راسلونا']
JO_LATEST = 'آخر الأخبار المضافة'
JO_RELATED = 'مواد ذات علاقة بهذا الموضوع'
JO_LOGIN = ['اسم المستخدم', 'كلمة المرور', 'تذكرني', 'هل نسيت كلمة المرور؟']
JO_VISITORS = 'لدينا 37 زائراً متواجدين الآن'
JO_FOOTER = 'حقوق النشر محفوظة لشبكة الرافدين، يسمح بإعادة النشر بشرط ذكر المصدر مع الرابط'
JO_AUTHORS = ['المحرر', 'قسم الأخبار', 'مراسل الشبكة', 'وكالات']


def render_joomla15(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, latest = others[:5], others[5:9]
    created = f'{DAYS[day.weekday()]}, {day.day:02d} {GULF_MONTHS[day.month - 1]} {day.year} {8 + k:02d}:{5 * k + 3:02d}'
    modified = day + datetime.timedelta(days=3 + k)
    modified_line = f'آخر تحديث {DAYS[modified.weekday()]}, {modified.day:02d} {GULF_MONTHS[modified.month - 1]} {modified.year} 11:47'
    item = 240 + 13 * k
    page = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="ar-aa" lang="ar-aa" dir="rtl">
<head>
  <meta http-equiv="content-type" content="text/html; charset=utf-8" />
  <meta name="robots" content="index, follow" />
  <meta name="title" content="{esc(title)}" />
  <meta name="author" content="{JO_AUTHORS[k % 4]}" />
  <meta name="generator" content="Joomla! 1.5 - Open Source Content Management" />
  <title>{esc(title)}</title>
  <link href="/templates/rafidain/css/template_rtl.css" rel="stylesheet" type="text/css" />
  <script type="text/javascript" src="/media/system/js/mootools.js"></script>
</head>
<body id="page_bg"><div id="wrapper"><div id="header"><a href="/"><img src="/templates/rafidain/images/logo.jpg" alt="{JO_SITE}" /></a></div>
<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr>
<td class="leftcol" valign="top" width="200">
<div class="moduletable_menu"><h3>القائمة الرئيسية</h3><ul class="menu">{links(JO_MENU, '/index.php?option=com_content&amp;view=section&amp;id=')}</ul></div>
<div class="moduletable"><h3>دخول الأعضاء</h3><form action="/index.php" method="post" name="login" id="form-login">
<p>{JO_LOGIN[0]}<br /><input name="username" type="text" /></p><p>{JO_LOGIN[1]}<br /><input type="password" name="passwd" /></p>
<p><input type="checkbox" name="remember" /> {JO_LOGIN[2]}</p><input type="submit" value="دخول" /><ul><li><a href="/index.php?option=com_user&amp;view=reset">{JO_LOGIN[3]}</a></li></ul></form></div>
<div class="moduletable"><h3>المتواجدون الآن</h3>{JO_VISITORS}</div>
</td>
<td class="maincol" valign="top">
<div class="breadcrumbs"><span class="pathway"><a href="/" class="pathway">الرئيسية</a> <img src="/templates/rafidain/images/arrow.png" alt="" /> <a href="/index.php?option=com_content&amp;view=section&amp;id=1" class="pathway">{JO_MENU[1]}</a></span></div>
<table class="contentpaneopen">
<tr>
  <td class="contentheading" width="100%"><h1 class="contentheading">{esc(title)}</h1></td>
  <td align="right" width="100%" class="buttonheading"><a href="/index.php?view=article&amp;id={item}&amp;format=pdf" title="PDF"><img src="/images/M_images/pdf_button.png" alt="PDF" /></a></td>
  <td align="right" width="100%" class="buttonheading"><a href="/index.php?view=article&amp;id={item}&amp;tmpl=component&amp;print=1" title="طباعة"><img src="/images/M_images/printButton.png" alt="طباعة" /></a></td>
  <td align="right" width="100%" class="buttonheading"><a href="/index.php?option=com_mailto&amp;tmpl=component&amp;link={item}" title="البريد الإلكتروني"><img src="/images/M_images/emailButton.png" alt="البريد الإلكتروني" /></a></td>
</tr>
</table>
<table class="contentpaneopen">
<tr><td valign="top"><span class="small">كتبها {JO_AUTHORS[k % 4]}</span>&nbsp;&nbsp;</td></tr>
<tr><td valign="top" class="createdate">{created}</td></tr>
<tr><td valign="top">{''.join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in paras)}</td></tr>
<tr><td class="modifydate">{modified_line}</td></tr>
</table>
<span class="article_separator">&nbsp;</span>
<table align="center" class="pagenav"><tr><th class="pagenav_prev"><a href="/index.php?id={item - 1}">&lt; السابق</a></th><td>&nbsp;</td><th class="pagenav_next"><a href="/index.php?id={item + 1}">التالي &gt;</a></th></tr></table>
<div class="moduletable"><h3>{JO_RELATED}</h3><ul class="relateditems">{links(rel, '/index.php?option=com_content&amp;view=article&amp;id=')}</ul></div>
</td>
<td class="rightcol" valign="top" width="200">
<div class="moduletable"><h3>{JO_LATEST}</h3><ul class="latestnews">{links(latest, '/index.php?option=com_content&amp;view=article&amp;id=9', 'latestnews')}</ul></div>
</td></tr></table>
<div id="footer"><p>{JO_FOOTER}</p><p>Powered by Joomla!. Valid XHTML and CSS.</p></div></div></body></html>'''
    without = [JO_MENU[2], JO_LATEST, JO_LOGIN[3], JO_VISITORS, JO_FOOTER, modified_line] + latest + rel[:2]
    return page, title, [], rel, without


# --- release: ministry / company press release ---------------------------------------------------
RE_ORGS = ['شركة الخليج للاتصالات المتقدمة', 'وزارة الشؤون البلدية والإسكان', 'مجموعة النخيل القابضة',
           'هيئة تنمية الصادرات الوطنية']
RE_CITIES = ['الرياض', 'جدة', 'الدمام', 'المدينة المنورة']
RE_IMMEDIATE = 'للنشر الفوري'
RE_KIND = 'بيان صحفي'
RE_END = '-انتهى-'
RE_ABOUT_HEAD = 'نبذة عن الجهة'
RE_ABOUT = ('تأسست الجهة قبل أكثر من عشرين عاماً، وتعمل على تقديم خدماتها في مختلف مناطق المملكة، '
            'وتلتزم بأعلى معايير الجودة والشفافية والاستدامة في جميع أعمالها.')
RE_CONTACT_HEAD = 'للتواصل الإعلامي'
RE_CONTACTS = ['إدارة الاتصال المؤسسي', 'هاتف: 966112345678+', 'البريد الإلكتروني: media@org.example']
RE_PDF = 'تحميل البيان بصيغة PDF'
RE_EARLIER = 'البيانات الصحفية السابقة'
RE_FOOTER = 'المركز الإعلامي - جميع البيانات متاحة لوسائل الإعلام للاستخدام دون قيود'
RE_MENU = ['عن الجهة', 'المركز الإعلامي', 'البيانات الصحفية', 'الصور', 'الفعاليات', 'تواصل معنا']


def render_release(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, earlier = others[:3], others[3:7]
    org, city = RE_ORGS[k % len(RE_ORGS)], RE_CITIES[k % len(RE_CITIES)]
    h = hijri(day)
    date_line = f'{DAYS[day.weekday()]} {h} هـ الموافق {day.day} {GULF_MONTHS[day.month - 1]} {day.year} م' if h else \
        f'{long_date(day)} م'
    dateline = f'{city}، {day.day} {GULF_MONTHS[day.month - 1]} {day.year}:'
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{RE_KIND}: {esc(title)} - {esc(org)}</title>
<meta property="og:title" content="{esc(title)}"><meta property="og:site_name" content="{esc(org)}"></head>
<body class="media-center"><header class="org-header"><a href="/" class="org-logo"><img src="/logo.png" alt="{esc(org)}"></a>
<nav><ul>{links(RE_MENU, '/ar/')}</ul></nav><a class="lang" href="/en/">English</a></header>
<main class="press-release"><div class="pr-labels"><span class="immediate">{RE_IMMEDIATE}</span> <span class="kind">{RE_KIND}</span></div>
<div class="pr-date">{date_line}</div>
<h1 class="pr-title">{esc(title)}</h1>
<div class="pr-body"><p class="dateline"><strong>{esc(dateline)}</strong></p>{''.join(f'<p>{esc(p)}</p>' for p in paras)}
<p class="end-mark" style="text-align:center">{RE_END}</p></div>
<div class="pr-about"><h3>{RE_ABOUT_HEAD}</h3><p>{RE_ABOUT}</p></div>
<div class="pr-contacts"><h3>{RE_CONTACT_HEAD}</h3><ul>{''.join(f'<li>{esc(c)}</li>' for c in RE_CONTACTS)}</ul></div>
<a class="pr-pdf" href="/media/releases/{slug}.pdf">{RE_PDF}</a>
<section class="pr-related"><h2>بيانات ذات صلة</h2><ul>{links(rel, '/ar/media/releases/r')}</ul></section>
<section class="pr-archive"><h2>{RE_EARLIER}</h2><ul>{''.join(f'<li><span class="d">{(day - datetime.timedelta(days=7 * (i + 1))).strftime("%d/%m/%Y")}</span> <a href="/ar/media/releases/e{i}">{esc(t)}</a></li>' for i, t in enumerate(earlier))}</ul></section></main>
<footer><p>{RE_FOOTER}</p></footer></body></html>'''
    without = [RE_MENU[1], RE_IMMEDIATE, RE_KIND, RE_END, RE_ABOUT_HEAD, RE_ABOUT, RE_CONTACT_HEAD, RE_PDF, RE_EARLIER,
               RE_FOOTER, date_line] + RE_CONTACTS[:1] + earlier + rel[:1]
    return page, title, [], rel, without


# --- hero: headline in a hero image overlay outside <article> -----------------------------------
HE_SITE = 'مجلة أفق'
HE_MENU = ['قصص', 'تحقيقات', 'حوارات', 'بيئة', 'علوم', 'سفر', 'صور']
HE_KICKERS = ['قصة غلاف', 'ملف العدد', 'تحقيق موسع', 'من الميدان']
HE_CREDIT = 'تصوير: فريق مجلة أفق'
HE_READING = 'مدة القراءة 6 دقائق'
HE_PICKS = 'اختيارات المحررين'
HE_SUPPORT = 'صحافتنا مستقلة بفضل قرائها، ادعم استمرارها باشتراك شهري رمزي'
HE_FOOTER = 'مجلة أفق الرقمية - كل المواد المنشورة تخضع لرخصة النشر الخاصة بالمجلة'


def render_hero(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, picks, ticker = others[:4], extra['teasers'], others[10]
    inline = extra['inline2']
    kicker = HE_KICKERS[k % len(HE_KICKERS)]
    # Odd pages: published 00:40 local (+03:00), i.e. the previous day in UTC; the label keeps the local date.
    published = f'{day.isoformat()}T{"00:40" if k % 2 else "15:20"}:00+03:00'
    ld = {'@context': 'https://schema.org', '@graph': [
        {'@type': 'WebPage', '@id': f'https://ofoq.example/{slug}#page', 'name': title},
        {'@type': 'Article', 'headline': title, 'datePublished': published, 'isPartOf': {'@id': f'https://ofoq.example/{slug}#page'},
         'author': {'@type': 'Organization', 'name': HE_SITE}}]}
    half = max(1, len(paras) // 2)
    card = (f'<aside class="inline-card"><span class="ic-label">موضوع ذو صلة</span>'
            f'<a href="/story/ic{k}"><img src="/ic/{k}.jpg" alt=""><span class="ic-title">{esc(inline)}</span></a></aside>')
    body = ''.join(f'<p>{esc(p)}</p>' for p in paras[:half]) + card + ''.join(f'<p>{esc(p)}</p>' for p in paras[half:])
    picks_html = ''.join(f'<div class="pick"><a href="/story/p{i}"><img src="/p/{i}.jpg" alt=""><h4>{esc(t)}</h4></a></div>'
                         for i, t in enumerate(picks))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{esc(title)} — {HE_SITE}</title><meta property="og:title" content="{esc(title)}"><meta property="og:site_name" content="{HE_SITE}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<style>.hero{{position:relative;min-height:70vh;background-size:cover;background-color:#1d2a33}}.hero-overlay{{position:absolute;bottom:0;padding:3rem;color:#fff}}</style></head>
<body><nav class="topnav"><a class="mark" href="/">{HE_SITE}</a><ul>{links(HE_MENU, '/topic/')}</ul><a class="subscribe" href="/join">اشترك</a></nav>
<div class="alert-strip"><a href="/story/a{k}">{esc(ticker)}</a></div>
<div class="hero" style="background-image:url('/hero/{slug}.jpg')"><div class="hero-overlay">
<span class="kicker">{kicker}</span><h1 class="hero-title">{esc(title)}</h1>
<div class="hero-meta"><span class="reading">{HE_READING}</span></div><span class="credit">{HE_CREDIT}</span></div></div>
<article class="longread"><div class="longread-body">{body}</div>
<div class="tags"><a href="/tag/1">مجتمع</a> <a href="/tag/2">ملفات</a></div></article>
<section class="same-file"><h2>من الملف نفسه</h2><ul>{links(rel, '/story/f')}</ul></section>
<section class="editors-picks"><h2>{HE_PICKS}</h2><div class="picks-grid">{picks_html}</div></section>
<div class="support-box"><p>{HE_SUPPORT}</p><a href="/support">ادعمنا</a></div>
<footer><p>{HE_FOOTER}</p></footer></body></html>'''
    without = [HE_MENU[1], ticker, kicker, HE_CREDIT, HE_READING, HE_PICKS, HE_SUPPORT, HE_FOOTER] + picks + rel[:2]
    return page, title, [inline], rel, without


RENDER = {'splitbody': render_splitbody, 'print': render_print, 'match': render_match, 'infinite': render_infinite,
          'joomla15': render_joomla15, 'release': render_release, 'hero': render_hero}


def render(kind, art, others, extra, date, slug, k):
    """One page of `kind` around `art` = (source name, title, paragraphs), with templates_set5.render()'s
    arguments (`extra` also needs 'next' = (headline, paragraphs) of another story for the infinite kind).
    Returns (page_html, label, encoding)."""
    return labelled_page(RENDER[kind], kind, art, others, extra, date, slug, k, 'templates_set6.py', 6)


def main():
    return drive('templates_set6', __doc__, KINDS, render, 400, 20261206)


if __name__ == '__main__':
    sys.exit(main())
