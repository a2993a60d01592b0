#!/usr/bin/env python3
"""Sealed HTML template set 9 (issue 14): six more kinds of Arabic news pages, labelled by construction.

Written by someone who did not change the HTML extractor's rules and never ran akhbar on these pages:
their first score, taken once after the session's rules are merged, measures the rules on templates nobody
looked at while writing them. None of these kinds is in make_templates.py or templates_set5/6/7/8.py, and
every chrome sentence is new wording (no chrome constant of the earlier sets is imported). The kinds vary
where the date comes from and how the related list is shaped, and each carries lists that look related but
are not (latest, same author, section index, other stories, bulletins), so that precision is measured.

  railfirst  regional paper with a two-column float layout whose sidebar comes BEFORE the article in source
             order: "ملفات ذات صلة" (related; each item with its section name and date), "من الكاتب نفسه"
             (same author: not related) and a section index (not related) all above the <h1>; schema.org
             microdata, the date only in itemprop=datePublished on a <span content=...> whose text is a
             relative "منذ N أيام" (even pages) or empty (odd pages); an inline "مادة مرتبطة:" link line
             in the body on even pages (read-also)
  hcard      HTML5-era hAtom blog theme: <article class="hentry">, entry-title, "by" line with an hCard
             author (vcard, fn) and <time pubdate datetime=...> (no meta date), an "آخر تعديل" <time
             class="updated"> on even pages (the updated date, the next day), Levantine/Gregorian month
             pairs ("أيار/مايو") on odd pages, an inline "يهمك أيضاً:" line on even pages (read-also),
             an hCard author box, "في السياق" (related; items with section name and date in brackets),
             pingbacks ("تعقيبات"), a latest-posts widget and a monthly archive (not related)
  govportal  ministry news portal on SharePoint: s4-workspace and ms-rtestate-field ids, accessibility bar,
             breadcrumb ending in the headline, paragraphs with zero-width spaces, no visible article date
             (the date only in <meta name="date"> on even pages, Dublin Core DC.date.issued on odd ones),
             a later "تاريخ آخر تعديل على الصفحة" stamp of the CMS (not labelled), an attachments list with file
             sizes, quick e-services, page-feedback question, "مستجدات ذات صلة" (related, dated), the
             ministry's latest-news index (not related)
  webstory   AMP Web Story (<amp-story>): a cover page with the <h1> and a credit, then one
             <amp-story-page> card per paragraph with a photo credit; the last page lists "قصص مصورة
             أخرى" (other stories: not related) and a page outlink; the date only in NewsArticle JSON-LD,
             with a dateModified the next day on odd pages (the updated date) and equal to datePublished on
             even ones (no update: not labelled)
  tvnews     a regional TV channel's news page: live-stream button, satellite frequency line, the video
             player with duration and views, the article as the text under the clip, a "شاهد أيضاً"
             strip of clips (each a thumbnail link with its duration and a title link: labelled
             read-also, as the project's markers file "شاهد أيضاً" with "اقرأ أيضاً"), "الأكثر مشاهدة
             اليوم" (related, as the project's most-read boxes), today's programme schedule and the
             news-bulletin episodes (not related); a visible date line and NewsArticle JSON-LD in UTC (on
             odd pages 01:10 local, the day before in UTC: the label keeps the local date)
  breaking   a developing breaking-news page: "عاجل" badge, "قصة متطورة" notice, visible published and
             "آخر تحديث" lines (updated the same day on even pages, the next day on odd ones; the meta
             times only on even pages), "(يتبع)" after the text, an inline "خلفية:" link line on odd pages
             (read-also), "لمتابعة القصة" timeline (related; items with a date and a section name), a
             breaking-news rail (not related), push-alerts prompt

Labels (the format of tests/html/labels): title (the <h1>), published (the local date), updated (the local
date, where the page shows or declares an article update), body_with = the opening of each paragraph,
body_without = visible chrome texts and other stories' headlines, read_also, related (headed related and
most-read lists only). Articles: make_templates.articles() after skipping the first 1000 (sets 5-8 use
fewer than 850).

Usage: templates_set9.py OUT_DIR [--corpus DIR] [--per-kind 4] [--skip 1000] [--kinds a,b]
writes OUT_DIR/pages/KIND-N.html and OUT_DIR/labels/KIND-N.json, checks every labelled text against the
page's visible text with templates_set5's check() (its driver, templates_set5.drive(), is reused), and also
checks that every read-also and related title is the text of a link on the page and that each label has
the keys and types ../shared/eval/score.py reads.
"""
import datetime
import html.parser
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
# Helpers and calendar data only; no chrome sentence of the earlier sets.
from templates_set5 import DAYS, GULF_MONTHS, LEVANT_MONTHS, drive, esc, fold, hijri, labelled_page  # noqa: E402

KINDS = ('railfirst', 'hcard', 'govportal', 'webstory', 'tvnews', 'breaking')


def anchors(items, href, cls=''):
    c = f' class="{cls}"' if cls else ''
    return ''.join(f'<li{c}><a href="{href}{i}">{esc(t)}</a></li>' for i, t in enumerate(items))


def ar_date(day):
    return f'{day.day} {GULF_MONTHS[day.month - 1]} {day.year}'


def slashed(day):
    return f'{day.day:02d}/{day.month:02d}/{day.year}'


def before(day, n):
    return day - datetime.timedelta(days=n)


# --- railfirst: the sidebar (with the related files) before the article in source order ----------
RF_SITE = 'أخبار المرتفعات'
RF_MENU = ['الواجهة', 'شؤون محلية', 'العالم من حولنا', 'اقتصاد وتنمية', 'ملاعب', 'أدب وفكر', 'حوارات', 'الأرشيف']
RF_FILES = 'ملفات ذات صلة'
RF_SAME_WRITER = 'من الكاتب نفسه'
RF_INDEX = 'جديد قسم الشؤون المحلية'
RF_SECTIONS = ['سياسة', 'مجتمع', 'اقتصاد', 'تقارير']
RF_WRITERS = ['عبد الرحمن القباطي', 'أروى الحمادي', 'فهد السقاف', 'نادية الأهدل']
RF_INLINE = 'مادة مرتبطة:'
RF_VIEWS = 'المطالعات'
RF_SHARE = 'انشر المادة على حساباتك'
RF_NO_COMMENTS = 'لم يعلّق أحد على هذه المادة بعد، كن صاحب التعليق الأول'
RF_TICKER = 'أخبار متتابعة'
RF_FOOTER = 'أخبار المرتفعات صحيفة إلكترونية مستقلة، والمواد المنشورة تعبّر عن آراء كتّابها'


def render_railfirst(art, others, extra, day, slug, k):
    _, title, paras = art
    files, same_writer, index, ticker = others[:4], others[4:7], others[7:10], others[10]
    writer = RF_WRITERS[k % len(RF_WRITERS)]
    stamp = f'{day.isoformat()}T{10 + k}:40:00+03:00'
    shown_date = ('منذ يومين' if k == 0 else f'منذ {2 + k} أيام') if k % 2 == 0 else ''
    files_html = ''.join(
        f'<li><a href="/files/{640 + i}.html">{esc(t)}</a><div class="meta"><span class="sec">{RF_SECTIONS[i]}</span>'
        f' - <span class="dt">{ar_date(before(day, 3 * i + 2))}</span></div></li>' for i, t in enumerate(files))
    writer_html = ''.join(
        f'<li><a href="/writer/{k}/{i}.html">{esc(t)}</a><div class="meta"><span class="dt">{ar_date(before(day, 9 + 5 * i))}</span></div></li>'
        for i, t in enumerate(same_writer))
    index_html = ''.join(
        f'<li><a href="/local/{880 + i}.html">{esc(t)}</a><div class="meta"><span class="sec">{RF_MENU[1]}</span>'
        f' - <span class="dt">{ar_date(day)}</span></div></li>' for i, t in enumerate(index))
    body = [f'<p>{esc(p)}</p>' for p in paras]
    read_also = []
    if k % 2 == 0:
        body.insert(2, f'<p class="inline-rel"><b>{RF_INLINE}</b> <a href="/files/{700 + k}.html">{esc(extra["inline2"])}</a></p>')
        read_also = [extra['inline2']]
    page = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="ar" dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{RF_SITE} | {esc(title)}</title><link rel="stylesheet" href="/themes/highlands/style.css" type="text/css" />
<style type="text/css">#sidebar{{float:right;width:30%}} #content{{float:left;width:68%}}</style></head>
<body><div id="top"><a id="logo" href="/">{RF_SITE}</a><ul id="nav">{anchors(RF_MENU, '/cat/')}</ul></div>
<div id="ticker"><strong>{RF_TICKER}</strong> <a href="/news/t{k}.html">{esc(ticker)}</a></div>
<div id="wrap">
<div id="sidebar" class="col-right">
<form class="search" action="/search"><input type="text" name="q" /><input type="submit" value="بحث" /></form>
<div class="box files"><h3>{RF_FILES}</h3><ul>{files_html}</ul></div>
<div class="box same-writer"><h3>{RF_SAME_WRITER}</h3><ul>{writer_html}</ul></div>
<div class="box section-index"><h3>{RF_INDEX}</h3><ul>{index_html}</ul></div>
</div>
<div id="content" class="col-left"><div class="item" itemscope="itemscope" itemtype="https://schema.org/NewsArticle">
<h1 class="item-title" itemprop="headline">{esc(title)}</h1>
<div class="item-byline">كتب: <span itemprop="author">{writer}</span> · <span class="item-date" itemprop="datePublished" content="{stamp}">{shown_date}</span>
· <span class="hits">{RF_VIEWS}: {1200 + 317 * k}</span></div>
<div class="item-text" itemprop="articleBody">{''.join(body)}</div>
<div class="item-share">{RF_SHARE}: <a href="https://facebook.com/sharer">فيسبوك</a> <a href="https://x.com/intent">إكس</a></div>
<div class="item-comments"><p>{RF_NO_COMMENTS}</p></div>
</div></div>
<div class="clear"></div></div>
<div id="footer"><p>{RF_FOOTER} © {day.year}</p></div></body></html>'''
    without = [RF_MENU[2], ticker, RF_SAME_WRITER, RF_INDEX, RF_SHARE, RF_NO_COMMENTS, RF_FOOTER, writer] + \
        same_writer + index + files[:2]
    return page, title, read_also, files, without, None


# --- hcard: an HTML5-era hAtom theme with an hCard author and <time pubdate> -----------------------
HC_SITE = 'دفاتر الشأن العام'
HC_MENU = ['البداية', 'سياسة', 'مجتمع', 'اقتصاد', 'قراءات', 'عن الدفاتر']
HC_AUTHORS = [('لينا حداد', 'صحافية مستقلة تغطي شؤون البلديات والخدمات العامة منذ عام 2009.'),
              ('كريم عيسى', 'محرر اقتصادي، عمل مراسلاً لصحف عربية في بيروت ودبي.'),
              ('رنا الخوري', 'باحثة في الإعلام الرقمي وتكتب عن المجتمع المدني.')]
HC_SEE_ALSO = 'يهمك أيضاً:'
HC_CONTEXT = 'في السياق'
HC_SECTIONS = ['مجتمع', 'اقتصاد', 'سياسة', 'قراءات']
HC_FILED = 'نُشرت هذه التدوينة في تصنيف'
HC_PERMALINK = 'الرابط الدائم للتدوينة'
HC_ALL_POSTS = 'كل تدوينات'
HC_PINGS = 'تعقيبات'
HC_BLOGS = ['مدونة على الهامش', 'مدونة حبر وورق']
HC_LATEST = 'أحدث التدوينات'
HC_ARCHIVE = 'الأرشيف الشهري'
HC_REPLY = 'اترك تعقيباً'
HC_REPLY_NOTE = 'لن يظهر بريدك الإلكتروني للعموم، والحقول المطلوبة مؤشر عليها بنجمة'
HC_FOOTER = 'دفاتر الشأن العام تعمل بمحرك تدوين مفتوح المصدر'


def render_hcard(art, others, extra, day, slug, k):
    _, title, paras = art
    context, pings, latest = others[:4], others[4:6], others[6:10]
    name, bio = HC_AUTHORS[k % len(HC_AUTHORS)]
    if k % 2:
        shown = f'{day.day} {LEVANT_MONTHS[day.month - 1]}/{GULF_MONTHS[day.month - 1]} {day.year}'
    else:
        shown = ar_date(day)
    updated_day = day + datetime.timedelta(days=1)
    upd = ''
    if k % 2 == 0:
        upd = (f'<div class="entry-updated">آخر تعديل: <time class="updated" datetime="{updated_day.isoformat()}T08:05:00+03:00">'
               f'{ar_date(updated_day)}</time></div>')
    body = [f'<p>{esc(p)}</p>' for p in paras]
    read_also = []
    if k % 2 == 0:
        body.insert(1, f'<p class="see-also"><strong>{HC_SEE_ALSO}</strong> <a href="/{day.year}/04/{slug}-bg/">{esc(extra["inline2"])}</a></p>')
        read_also = [extra['inline2']]
    ctx = ''.join(f'<li><a href="/{day.year}/0{4 + i % 2}/ctx-{i}/">{esc(t)}</a> <span class="ctx-meta">({HC_SECTIONS[i]}، {ar_date(before(day, 4 + 6 * i))})</span></li>'
                  for i, t in enumerate(context))
    ping_html = ''.join(f'<li class="pingback"><p>{HC_BLOGS[i]} » <a href="https://blog{i}.example/p/{k}" rel="external nofollow" class="url">{esc(t)}</a></p></li>'
                        for i, t in enumerate(pings))
    months = [f'{GULF_MONTHS[(day.month - 1 - i) % 12]} {day.year if day.month - i > 0 else day.year - 1}' for i in range(4)]
    page = f'''<!DOCTYPE html>
<!--[if IE 8]><html id="ie8" dir="rtl" lang="ar"><![endif]-->
<!--[if !(IE 8)]><!--><html dir="rtl" lang="ar"><!--<![endif]-->
<head><meta charset="UTF-8" /><title>{esc(title)} | {HC_SITE}</title><link rel="profile" href="http://microformats.org/profile/hcard" />
<link rel="stylesheet" type="text/css" media="all" href="/wp-content/themes/daftar/style.css" /><link rel="pingback" href="/xmlrpc.php" /></head>
<body class="single single-post rtl"><div id="page" class="hfeed">
<header id="branding" role="banner"><hgroup><p id="site-title"><a href="/" rel="home">{HC_SITE}</a></p></hgroup>
<nav id="access" role="navigation"><ul class="menu">{anchors(HC_MENU, '/category/')}</ul></nav></header>
<div id="main"><div id="primary"><div id="content" role="main">
<article id="post-{3300 + k}" class="post-{3300 + k} post type-post status-publish hentry">
<header class="entry-header"><h1 class="entry-title">{esc(title)}</h1>
<div class="entry-meta"><span class="sep">نُشرت في </span><a href="/{day.year}/{day.month:02d}/{slug}/" rel="bookmark"><time class="entry-date" datetime="{day.isoformat()}T09:30:00+03:00" pubdate>{shown}</time></a>
<span class="by-author"> <span class="sep">بواسطة</span> <span class="author vcard"><a class="url fn n" href="/author/a{k % 3}/" rel="author">{name}</a></span></span></div>{upd}</header>
<div class="entry-content">{''.join(body)}</div>
<footer class="entry-meta">{HC_FILED} <a href="/category/{k % 4}/" rel="category tag">{HC_SECTIONS[k % 4]}</a>. <a href="/{day.year}/{day.month:02d}/{slug}/" rel="bookmark">{HC_PERMALINK}</a>.
<div id="author-info" class="vcard"><div id="author-avatar"><img class="photo" src="/avatars/{k % 3}.jpg" alt="" width="68" height="68" /></div>
<div id="author-description"><h2>عن <span class="fn">{name}</span></h2><p class="note">{bio}</p>
<a class="url" href="/author/a{k % 3}/" rel="author">{HC_ALL_POSTS} {name}</a></div></div></footer>
</article>
<section id="in-context" class="related-context"><h2>{HC_CONTEXT}</h2><ul>{ctx}</ul></section>
<div id="comments"><h2 id="pings-title">{HC_PINGS}</h2><ol class="commentlist">{ping_html}</ol>
<div id="respond"><h3 id="reply-title">{HC_REPLY}</h3><form action="/wp-comments-post.php" method="post"><p class="comment-notes">{HC_REPLY_NOTE}</p>
<textarea name="comment" rows="8"></textarea><input type="submit" value="أرسل التعقيب" /></form></div></div>
</div></div>
<div id="secondary" class="widget-area" role="complementary">
<aside class="widget widget_recent_entries"><h3 class="widget-title">{HC_LATEST}</h3><ul>{anchors(latest, '/recent/')}</ul></aside>
<aside class="widget widget_archive"><h3 class="widget-title">{HC_ARCHIVE}</h3><ul>{anchors(months, '/archive/')}</ul></aside>
</div></div>
<footer id="colophon" role="contentinfo"><div id="site-generator">{HC_FOOTER}</div></footer></div></body></html>'''
    without = [HC_MENU[2], HC_FILED, HC_PERMALINK, bio, f'{HC_ALL_POSTS} {name}', HC_PINGS, HC_REPLY, HC_REPLY_NOTE,
               HC_LATEST, HC_ARCHIVE, HC_FOOTER, HC_BLOGS[0]] + pings + latest + context[:2]
    return page, title, read_also, context, without, updated_day.isoformat() if k % 2 == 0 else None


# --- govportal: a ministry's news page on SharePoint -------------------------------------------
GV_SITE = 'وزارة الموارد المائية والري'
GV_PORTAL = 'البوابة الرسمية لوزارة الموارد المائية والري'
GV_UTILITY = ['English', 'دليل الموقع', 'تواصل مع الوزارة', 'الأسئلة المتكررة']
GV_ACCESS = ['تكبير النص', 'تصغير النص', 'وضع التباين', 'قارئ الشاشة']
GV_MENU = ['الوزارة', 'خدماتنا الرقمية', 'الإعلام والأخبار', 'منصة البيانات', 'مشروعات قيد التنفيذ', 'فرص العمل']
GV_NEWS = 'آخر ما نشرته الوزارة'
GV_PRESS = 'الأخبار الصحفية'
GV_CAPTION = 'من أرشيف المركز الإعلامي بالوزارة'
GV_ATTACH = 'المرفقات'
GV_FILES = [('الكلمة الكاملة لمعالي الوزير', 'PDF', '1.4'), ('عرض تقديمي عن مؤشرات الموسم المائي', 'PPTX', '6.2'),
            ('صور الفعالية بدقة عالية', 'ZIP', '18.7')]
GV_RELATED = 'مستجدات ذات صلة'
GV_ALL_NEWS = 'عرض جميع الأخبار'
GV_QUICK = 'خدمات سريعة'
GV_SERVICES = ['حجز موعد في مراكز الخدمة', 'الاستعلام عن حالة معاملة', 'تقديم بلاغ عن تسرب مياه', 'بوابة الموردين والمقاولين']
GV_FEEDBACK = 'هل كان محتوى هذه الصفحة مفيداً لك؟'
GV_VISITS = 'عدد زوار الصفحة'
GV_PAGE_UPDATED = 'تاريخ آخر تعديل على الصفحة'
GV_FOOTER = 'جميع الحقوق محفوظة لوزارة الموارد المائية والري، ويعرض الموقع بأفضل شكل على المتصفحات الحديثة'


def render_govportal(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, news = others[:4], others[4:9]
    touched = day + datetime.timedelta(days=20 + 3 * k)  # the CMS's stamp: the page was saved again later
    if k % 2 == 0:
        date_meta = f'<meta name="date" content="{day.isoformat()}" />'
        body = ''.join(f'<p dir="RTL" style="text-align:justify;">{esc(p)}&#8203;</p>' for p in paras)
    else:
        date_meta = (f'<meta name="DC.title" content="{esc(title)}" /><meta name="DC.publisher" content="{GV_SITE}" />'
                     f'<meta name="DC.language" content="ar" /><meta name="DC.date.issued" scheme="W3CDTF" content="{day.isoformat()}" />')
        body = ''.join(f'<div>{esc(p)}&#8203;</div><div><br /></div>' for p in paras)
    rel_html = ''.join(f'<li><a href="/ar/MediaCenter/News/Pages/{5100 + i}.aspx">{esc(t)}</a><span class="rel-date">{slashed(before(day, 7 * i + 5))}</span></li>'
                       for i, t in enumerate(rel))
    files = ''.join(f'<li><a href="/ar/Documents/{slug}-{i}.{ext.lower()}" class="file-{ext.lower()}">{name}</a> <span class="size">({ext}، {size} ميجابايت)</span></li>'
                    for i, (name, ext, size) in enumerate(GV_FILES))
    page = f'''<!DOCTYPE html>
<html dir="rtl" lang="ar-SA"><head><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta name="GENERATOR" content="Microsoft SharePoint" />
<meta http-equiv="Content-type" content="text/html; charset=utf-8" /><title>{GV_PORTAL} - {esc(title)}</title>{date_meta}
<link rel="stylesheet" type="text/css" href="/_layouts/15/1025/styles/Themable/corev15.css" />
<script type="text/javascript">var _spPageContextInfo = {{webServerRelativeUrl: "/ar", currentLanguage: 1025, pageListId: "{{a3f1-{k}}}"}};</script></head>
<body><form method="post" action="./{slug}.aspx" id="aspnetForm"><div class="aspNetHidden"><input type="hidden" name="__REQUESTDIGEST" value="0x{4096 + k:X}" /></div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="utility-bar"><ul>{anchors(GV_UTILITY, '/ar/util/')}</ul><div class="accessibility">{' '.join(f'<a href="#" role="button">{t}</a>' for t in GV_ACCESS)}</div></div>
<div class="gov-header"><a href="/ar/" class="gov-logo"><img src="/SiteAssets/logo.png" alt="{GV_SITE}" /></a><span class="gov-name">{GV_SITE}</span></div>
<nav class="gov-nav"><ul>{anchors(GV_MENU, '/ar/Pages/m')}</ul></nav>
<div class="breadcrumb"><a href="/ar/">الرئيسية</a> &gt; <a href="/ar/MediaCenter/">{GV_MENU[2]}</a> &gt; <a href="/ar/MediaCenter/News/">{GV_PRESS}</a> &gt; <span class="current">{esc(title)}</span></div>
<div id="contentRow"><div id="contentBox"><div class="ms-webpart-zone ms-fullWidth"><div class="news-details">
<h1 class="news-title">{esc(title)}</h1>
<div class="news-image"><img src="/ar/MediaCenter/News/PublishingImages/{slug}.jpg" alt="" /><span class="img-caption">{GV_CAPTION}</span></div>
<div id="ctl00_PlaceHolderMain_ctl02__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline">{body}</div>
<div class="attachments"><h3>{GV_ATTACH}</h3><ul>{files}</ul></div>
<div class="related-news"><h3>{GV_RELATED}</h3><ul>{rel_html}</ul></div>
<div class="page-feedback"><p>{GV_FEEDBACK}</p><button type="button">نعم</button> <button type="button">لا</button></div>
<div class="page-info"><span>{GV_VISITS}: {3400 + 211 * k}</span> | <span>{GV_PAGE_UPDATED}: {slashed(touched)}</span></div>
</div></div></div>
<div id="sideBox"><div class="side-news"><h3>{GV_NEWS}</h3><ul>{anchors(news, '/ar/MediaCenter/News/Pages/n')}</ul><a href="/ar/MediaCenter/News/">{GV_ALL_NEWS}</a></div>
<div class="quick-services"><h3>{GV_QUICK}</h3><ul>{anchors(GV_SERVICES, '/ar/eServices/')}</ul></div></div></div>
<div class="gov-footer"><p>{GV_FOOTER}</p></div></div></div></form></body></html>'''
    without = [GV_UTILITY[2], GV_ACCESS[0], GV_MENU[3], GV_CAPTION, GV_ATTACH, GV_FILES[0][0], GV_FILES[1][0], GV_ALL_NEWS,
               GV_SERVICES[1], GV_FEEDBACK, GV_VISITS, GV_PAGE_UPDATED, GV_FOOTER] + news + rel[:2]
    return page, title, [], rel, without, None


# --- webstory: an AMP Web Story, one card per paragraph -------------------------------------------
WS_SITE = 'ومضة'
WS_BRAND = 'قصص ومضة المصورة'
WS_CREDIT_COVER = 'إعداد وتحرير: فريق ومضة الرقمي'
WS_CREDITS = ['تصوير: وكالات الأنباء', 'تصوير: أرشيف ومضة', 'تصوير: منصات التواصل']
WS_MORE = 'قصص مصورة أخرى'
WS_OUTLINK = 'التقرير الكامل على موقع ومضة'
WS_END = 'شاهدت القصة كاملة، مرّر لأعلى لمتابعة قصص أخرى'
WS_BOILER = ('body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 '
             'normal both}@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}')


def render_webstory(art, others, extra, day, slug, k):
    _, title, paras = art
    more = others[:4]
    published = f'{day.isoformat()}T{18 + k}:00:00+03:00'
    modified_day = day + datetime.timedelta(days=1) if k % 2 else day
    modified = f'{modified_day.isoformat()}T{9 + k}:30:00+03:00' if k % 2 else published
    ld = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': title, 'datePublished': published,
          'dateModified': modified, 'image': [f'https://wamda.example/stories/{slug}/cover.jpg'],
          'publisher': {'@type': 'Organization', 'name': WS_SITE, 'logo': {'@type': 'ImageObject', 'url': 'https://wamda.example/logo.png'}}}
    cards = ''.join(
        f'<amp-story-page id="card-{i + 1}" auto-advance-after="{8 + len(p.split()) // 10}s">'
        f'<amp-story-grid-layer template="fill"><amp-img src="https://wamda.example/stories/{slug}/{i + 1}.jpg" width="720" height="1280" layout="responsive" alt=""></amp-img></amp-story-grid-layer>'
        f'<amp-story-grid-layer template="thirds"><div grid-area="lower-third" class="card-text"><p>{esc(p)}</p>'
        f'<span class="credit">{WS_CREDITS[(i + k) % len(WS_CREDITS)]}</span></div></amp-story-grid-layer></amp-story-page>'
        for i, p in enumerate(paras))
    page = f'''<!doctype html>
<html ⚡ lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{esc(title)} | {WS_BRAND}</title>
<link rel="canonical" href="https://wamda.example/stories/{slug}/"><meta name="viewport" content="width=device-width">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-story" src="https://cdn.ampproject.org/v0/amp-story-1.0.js"></script>
<style amp-boilerplate>{WS_BOILER}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
<style amp-custom>.card-text{{background:rgba(0,0,0,.55);color:#fff;padding:16px;font-size:19px}} .credit{{font-size:11px;opacity:.8}}</style>
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script></head>
<body><amp-story standalone title="{esc(title)}" publisher="{WS_SITE}" publisher-logo-src="https://wamda.example/logo.png"
poster-portrait-src="https://wamda.example/stories/{slug}/cover.jpg">
<amp-story-page id="cover"><amp-story-grid-layer template="fill"><amp-img src="https://wamda.example/stories/{slug}/cover.jpg" width="720" height="1280" layout="responsive" alt=""></amp-img></amp-story-grid-layer>
<amp-story-grid-layer template="vertical" class="cover-text"><div class="brand">{WS_BRAND}</div><h1>{esc(title)}</h1><p class="byline">{WS_CREDIT_COVER}</p></amp-story-grid-layer></amp-story-page>
{cards}
<amp-story-page id="more-stories"><amp-story-grid-layer template="vertical"><p class="end-note">{WS_END}</p><h2>{WS_MORE}</h2>
<ul>{anchors(more, 'https://wamda.example/stories/s')}</ul></amp-story-grid-layer>
<amp-story-page-outlink layout="nodisplay"><a href="https://wamda.example/news/{slug}">{WS_OUTLINK}</a></amp-story-page-outlink></amp-story-page>
</amp-story></body></html>'''
    without = [WS_BRAND, WS_CREDIT_COVER, WS_CREDITS[k % len(WS_CREDITS)], WS_END, WS_MORE, WS_OUTLINK] + more
    return page, title, [], [], without, modified_day.isoformat() if k % 2 else None


# --- tvnews: a regional TV channel's news page --------------------------------------------------
TV_SITE = 'تلفزيون الواحة'
TV_MENU = ['الرئيسية', 'الأخبار', 'البرامج', 'المذيعون', 'الترددات', 'تواصل معنا']
TV_LIVE = 'البث الحي'
TV_FREQ = 'تردد القناة على نايل سات 11258 أفقي، معدل الترميز 27500'
TV_URGENT = 'عاجل'
TV_VIEWS = 'مشاهدة'
TV_SOURCE = 'المصدر: غرفة أخبار تلفزيون الواحة'
TV_WATCH = 'شاهد أيضاً'
TV_MOST = 'الأكثر مشاهدة اليوم'
TV_SCHEDULE = 'جدول البرامج اليوم'
TV_SHOWS = [('07:00', 'صباح الواحة'), ('12:00', 'موجز الظهيرة'), ('17:30', 'ملف الأسبوع'), ('20:00', 'النشرة المسائية')]
TV_BULLETINS = 'النشرات الإخبارية'
TV_BULLETIN_NAMES = ['نشرة الثامنة مساءً', 'الحصاد الإخباري', 'موجز منتصف الليل']
TV_APP = 'تابع بث الواحة على هاتفك من خلال تطبيقنا الرسمي'
TV_FOOTER = 'تلفزيون الواحة، قناة إخبارية منوعة تبث من قلب الواحة على مدار الساعة'


def render_tvnews(art, others, extra, day, slug, k):
    _, title, paras = art
    clips, most, ticker = others[:4], others[4:8], others[10]
    late = k % 2 == 1  # odd pages: aired at 01:10 local, the day before in UTC
    local = datetime.datetime(day.year, day.month, day.day, 1 if late else 20, 10 if late else 15,
                              tzinfo=datetime.timezone(datetime.timedelta(hours=3)))
    utc = local.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')
    ld = {'@context': 'https://schema.org', '@graph': [
        {'@type': 'NewsArticle', 'headline': title, 'datePublished': utc, 'author': {'@type': 'Organization', 'name': TV_SITE}},
        {'@type': 'VideoObject', 'name': title, 'uploadDate': utc, 'duration': f'PT{2 + k}M{12 + 5 * k}S',
         'thumbnailUrl': f'https://wahatv.example/thumbs/{slug}.jpg'}]}
    strip = ''.join(
        f'<div class="clip"><a class="clip-thumb" href="/video/{9300 + i}"><img src="/thumbs/c{i}.jpg" alt="" /><span class="dur">0{1 + i}:{17 + 9 * i}</span></a>'
        f'<a class="clip-title" href="/video/{9300 + i}">{esc(t)}</a></div>' for i, t in enumerate(clips))
    most_html = ''.join(f'<li><span class="rank">{i + 1}</span> <a href="/video/{9400 + i}">{esc(t)}</a> <span class="v">{48 - 9 * i} ألف {TV_VIEWS}</span></li>'
                        for i, t in enumerate(most))
    shows = ''.join(f'<li><span class="t">{t}</span> {name}</li>' for t, name in TV_SHOWS)
    bulletins = ''.join(f'<li><a href="/bulletins/{slug}-{i}">{name} - {slashed(before(day, i))}</a></li>' for i, name in enumerate(TV_BULLETIN_NAMES))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{esc(title)} | {TV_SITE}</title>
<meta property="og:type" content="video.other"><meta property="og:title" content="{esc(title)}">
<meta property="og:video" content="https://wahatv.example/vod/{slug}.mp4">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script></head>
<body class="tv-news"><div class="tv-top"><a class="tv-logo" href="/">{TV_SITE}</a><a class="live-btn" href="/live">{TV_LIVE}</a>
<span class="freq">{TV_FREQ}</span></div>
<nav class="tv-nav"><ul>{anchors(TV_MENU, '/p/')}</ul></nav>
<div class="urgent-bar"><span class="u">{TV_URGENT}</span> <a href="/news/u{k}">{esc(ticker)}</a></div>
<div class="tv-main"><div class="tv-article">
<div class="player"><video controls preload="none" poster="/thumbs/{slug}.jpg"><source src="/vod/{slug}.mp4" type="video/mp4"></video>
<div class="player-meta"><span class="duration">0{2 + k}:{12 + 5 * k}</span> · <span class="views">{3 + k}.{k + 1} ألف {TV_VIEWS}</span></div></div>
<h1 class="news-head">{esc(title)}</h1>
<div class="news-date">{slashed(day)} | {local.strftime('%H:%M')}</div>
<div class="news-text">{''.join(f'<p>{esc(p)}</p>' for p in paras)}</div>
<p class="news-source">{TV_SOURCE}</p>
<section class="watch-also"><h2>{TV_WATCH}</h2><div class="strip">{strip}</div></section></div>
<aside class="tv-side"><div class="most-watched"><h3>{TV_MOST}</h3><ol>{most_html}</ol></div>
<div class="schedule"><h3>{TV_SCHEDULE}</h3><ul>{shows}</ul></div>
<div class="bulletins"><h3>{TV_BULLETINS}</h3><ul>{bulletins}</ul></div></aside></div>
<div class="app-strip"><p>{TV_APP}</p></div>
<footer class="tv-foot"><p>{TV_FOOTER}</p></footer></body></html>'''
    without = [TV_LIVE, TV_FREQ, TV_MENU[3], ticker, TV_SOURCE, TV_SCHEDULE, TV_SHOWS[2][1], TV_BULLETINS,
               f'{TV_BULLETIN_NAMES[1]} - {slashed(before(day, 1))}', TV_APP, TV_FOOTER] + clips[:2] + most[:2]
    return page, title, clips, most, without, None


# --- breaking: a developing breaking-news story ----------------------------------------------------
BR_SITE = 'بوابة المرصد'
BR_MENU = ['الأحدث', 'سياسة', 'حوادث', 'اقتصاد', 'رياضة', 'صحة', 'فيديو']
BR_BADGE = 'عاجل'
BR_DEVELOPING = 'قصة متطورة: نحدّث هذا الخبر تباعاً مع ورود المعلومات'
BR_PUBLISHED = 'نُشر'
BR_UPDATED = 'آخر تحديث'
BR_FOLLOWS = '(يتبع)'
BR_BACKGROUND = 'خلفية:'
BR_THREAD = 'لمتابعة القصة'
BR_SECTIONS = ['سياسة', 'حوادث', 'اقتصاد', 'سياسة']
BR_RAIL = 'شريط العواجل'
BR_PUSH = 'فعّل التنبيهات لتصلك الأخبار العاجلة لحظة وقوعها'
BR_CORRECT = 'لاحظت خطأ في هذا الخبر؟ راسل فريق التصحيح'
BR_FOOTER = 'بوابة المرصد الإخبارية، ترخيص المجلس الأعلى للإعلام'


def render_breaking(art, others, extra, day, slug, k):
    _, title, paras = art
    thread, rail = others[:4], others[4:9]
    updated_day = day + datetime.timedelta(days=1) if k % 2 else day
    pub_time, upd_time = f'{8 + k:02d}:15', (f'00:{25 + k}' if k % 2 else f'{13 + k:02d}:40')

    def line(d, t):
        return f'{DAYS[d.weekday()]} {ar_date(d)} - {t}'
    metas = ''
    if k % 2 == 0:
        metas = (f'<meta property="article:published_time" content="{day.isoformat()}T{pub_time}:00+03:00">'
                 f'<meta property="article:modified_time" content="{updated_day.isoformat()}T{upd_time}:00+03:00">')
    body = [f'<p>{esc(p)}</p>' for p in paras]
    read_also = []
    if k % 2:
        body.insert(len(body) - 1, f'<p class="background"><strong>{BR_BACKGROUND}</strong> <a href="/news/bg{k}">{esc(extra["inline2"])}</a></p>')
        read_also = [extra['inline2']]
    thread_html = ''.join(
        f'<li><time datetime="{before(day, 2 * i + 1).isoformat()}">{before(day, 2 * i + 1).day} {GULF_MONTHS[before(day, 2 * i + 1).month - 1]}</time>'
        f' <a href="/story/{6600 + i}">{esc(t)}</a> <span class="sec">{BR_SECTIONS[i]}</span></li>' for i, t in enumerate(thread))
    rail_html = ''.join(f'<li><span class="hh">{(9 + i) % 24:02d}:{5 * i:02d}</span> <a href="/urgent/{770 + i}">{esc(t)}</a></li>'
                        for i, t in enumerate(rail))
    h = hijri(day)
    today_line = f'{DAYS[day.weekday()]} {h} هـ' if h else DAYS[day.weekday()]
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{BR_BADGE} | {esc(title)} - {BR_SITE}</title><meta property="og:title" content="{esc(title)}">{metas}</head>
<body class="breaking"><div class="top-strip"><span class="today">{today_line}</span></div>
<header class="br-head"><a class="br-logo" href="/">{BR_SITE}</a><nav><ul>{anchors(BR_MENU, '/sec/')}</ul></nav></header>
<main class="br-main"><div class="br-story">
<div class="br-kicker"><span class="badge-urgent">{BR_BADGE}</span></div>
<h1 class="br-title">{esc(title)}</h1>
<p class="developing">{BR_DEVELOPING}</p>
<div class="br-times"><span class="pub">{BR_PUBLISHED}: {line(day, pub_time)}</span> <span class="upd">{BR_UPDATED}: {line(updated_day, upd_time)}</span></div>
<div class="br-body">{''.join(body)}<p class="follows">{BR_FOLLOWS}</p></div>
<p class="br-correct"><a href="/corrections">{BR_CORRECT}</a></p>
<section class="story-thread"><h2>{BR_THREAD}</h2><ol>{thread_html}</ol></section></div>
<aside class="br-rail"><h3>{BR_RAIL}</h3><ul>{rail_html}</ul></aside></main>
<div class="push-prompt"><p>{BR_PUSH}</p><button>تفعيل</button> <button>لاحقاً</button></div>
<footer class="br-foot"><p>{BR_FOOTER}</p></footer></body></html>'''
    without = [BR_MENU[1], BR_DEVELOPING, f'{BR_UPDATED}: {line(updated_day, upd_time)}', BR_THREAD, BR_RAIL, BR_PUSH,
               BR_CORRECT, BR_FOOTER] + rail + thread[:2]
    return page, title, read_also, thread, without, updated_day.isoformat()


RENDER = {'railfirst': render_railfirst, 'hcard': render_hcard, 'govportal': render_govportal,
          'webstory': render_webstory, 'tvnews': render_tvnews, 'breaking': render_breaking}


# --- checks beyond templates_set5.check() ----------------------------------------------------------
class LinkTexts(html.parser.HTMLParser):
    """The folded text of every <a> of a page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts, self.open = [], None

    def handle_starttag(self, tag, attrs):
        if tag == 'a':
            self.open = []

    def handle_endtag(self, tag):
        if tag == 'a' and self.open is not None:
            self.texts.append(fold(''.join(self.open)))
            self.open = None

    def handle_data(self, data):
        if self.open is not None:
            self.open.append(data)


LABEL_TYPES = {'title': str, 'published': str, 'updated': str, 'body_with': list, 'body_without': list,
               'read_also': list, 'related': list, 'note': str}


def link_problems(page, label):
    """A read-also or related title that is not the whole text of a link, or a label key of the wrong type."""
    p = LinkTexts()
    p.feed(page)
    texts = set(p.texts)
    problems = [f'{key} is not a link text: {t[:60]}' for key in ('read_also', 'related') for t in label[key]
                if fold(t) not in texts]
    for key, typ in LABEL_TYPES.items():
        if key in label and not isinstance(label[key], typ):
            problems.append(f'label key {key} is not a {typ.__name__}')
        if key in label and typ is list and not all(isinstance(s, str) and s for s in label[key]):
            problems.append(f'label key {key} holds an empty or non-text item')
    for key in ('published', 'updated'):
        if key in label:
            datetime.date.fromisoformat(label[key])
    return problems


def render(kind, art, others, extra, date, slug, k):
    """One page of `kind` around `art` = (source name, title, paragraphs), with templates_set5.render()'s
    arguments. A renderer returns templates_set5's tuple plus the updated date (or None); the label gets
    'updated' after 'published' where there is one. Returns (page_html, label, encoding)."""
    updated = []

    def run(*args):
        made = RENDER[kind](*args)
        updated.append(made[-1])
        return made[:-1]
    page, label, encoding = labelled_page(run, kind, art, others, extra, date, slug, k, 'templates_set9.py', 9)
    if updated[0]:
        keys = list(label)
        label = {key: label[key] for key in keys[:keys.index('published') + 1]} | {'updated': updated[0]} | \
            {key: label[key] for key in keys[keys.index('published') + 1:]}
    problems = link_problems(page, label)
    if problems:
        raise SystemExit(f'templates_set9: {slug}: ' + '; '.join(problems))
    return page, label, encoding


def main():
    return drive('templates_set9', __doc__, KINDS, render, 1000, 20261209)


if __name__ == '__main__':
    sys.exit(main())
