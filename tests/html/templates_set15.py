#!/usr/bin/env python3
"""DOCSTRING"""
import argparse
import datetime
import email.utils
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
from templates_set5 import DAYS, GULF_MONTHS, LEVANT_MONTHS, esc, fold  # noqa: E402
from templates_set10 import renderer  # noqa: E402
from templates_set12 import write_page  # noqa: E402

KINDS = ('liferay', 'bitrix', 'angular', 'astro', 'inertia', 'epaper', 'discourse')
# Hours east of UTC; None: Beirut's zone (+02:00, or +03:00 in summer).
TZ_HOURS = {'liferay': 4, 'bitrix': 3, 'angular': 2, 'astro': None, 'inertia': 3, 'epaper': 3, 'discourse': 0}
CORPUS_FOLDER = 'ant-multisource'
SOURCES = ('CNN',)
# "قد يهمك" is the CNN records' own inline read-also line: a record holding one is left out as well.
MARKERS = ('اقرأ', 'إقرأ', 'للمزيد', 'قد يهمك')
INDIC = str.maketrans('0123456789', '٠١٢٣٤٥٦٧٨٩')
# The record's folder as each site's section name.
CAT_AR = {'economy': 'اقتصاد', 'internationalNews': 'العالم', 'middleEast': 'الشرق الأوسط', 'sport': 'رياضة',
          'technology': 'تكنولوجيا'}


def indic(x):
    return str(x).translate(INDIC)


def gulf_date(day):
    return f'{day.day} {GULF_MONTHS[day.month - 1]} {day.year}'


def levant_date(day):
    return f'{day.day} {LEVANT_MONTHS[day.month - 1]} {day.year}'


def hm(t):
    return f'{t.hour:02d}:{t.minute:02d}'


def clock12(t, pad=True, digits=str):
    h = t.hour % 12 or 12
    hh = f'{h:02d}' if pad else str(h)
    return f'{digits(hh)}:{digits(f"{t.minute:02d}")} {"م" if t.hour >= 12 else "ص"}'


def iso_local(t):
    return t.isoformat(timespec='seconds')


def iso_z(t):
    return t.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')


def iso_ms_z(t):
    return t.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%S.000Z')


def laravel_z(t):
    """Laravel's default JSON form of a date: UTC with microseconds."""
    return t.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%S.000000Z')


def beirut(utc):
    """A UTC time in Beirut's zone: +02:00, or +03:00 from the last Sunday of March 00:00 to the last Sunday of
    October 00:00 local time."""
    def last_sunday(month):
        d = datetime.date(utc.year, month, 31)
        while d.weekday() != 6:
            d -= datetime.timedelta(days=1)
        return d
    start = datetime.datetime.combine(last_sunday(3), datetime.time(0), datetime.timezone.utc) - datetime.timedelta(hours=2)
    end = datetime.datetime.combine(last_sunday(10), datetime.time(0), datetime.timezone.utc) - datetime.timedelta(hours=3)
    return utc.astimezone(datetime.timezone(datetime.timedelta(hours=3 if start <= utc < end else 2)))


def local_time(kind, utc):
    if TZ_HOURS[kind] is None:
        return beirut(utc)
    return utc.astimezone(datetime.timezone(datetime.timedelta(hours=TZ_HOURS[kind])))


def at(extra):
    """The page's local publication time (the record's <TIME> in the kind's zone)."""
    return extra['at']


def moved(pub, hour, minute):
    """The same local day at another clock time (for the pages whose UTC date is the day before)."""
    return pub.replace(hour=hour, minute=minute, second=0)


def outside(items, paras):
    """The short chrome items (tags, sections) whose text is not inside the article's paragraphs."""
    article = ' ' + ' | '.join(fold(p) for p in paras) + ' '
    return [t for t in items if ' ' + fold(t) + ' ' not in article]


def opening_words(text, n):
    words = text.split()
    return ' '.join(words[:n]) + ('…' if len(words) > n else '')


def upd_of(day):
    return {'updated': day.isoformat() if day else None}


# --- liferay: a state news agency's portal on Liferay 7 ----------------------------------------------------
LF_SITE = 'وكالة الرمال للأنباء'
LF_HOST = 'https://www.ramal-news.example'
LF_SKIP = 'انتقل مباشرة إلى المحتوى'
LF_LANGS = ['English', 'Français']
LF_SEARCH = 'ابحث في أرشيف الوكالة'
LF_MENU = ['الرئيسية', 'الإمارات', 'الخليج', 'عربي', 'دولي', 'اقتصاد', 'رياضة', 'صور وفيديو', 'عن الوكالة']
LF_DETAILS = 'تفاصيل الخبر'
LF_DESKS = ['أبوظبي - الرمال', 'دبي - الرمال', 'الشارقة - الرمال', 'العين - الرمال']
LF_PUBLISHED = 'نُشر بتاريخ:'
LF_MODIFIED = 'عُدّل الخبر في'
LF_TOOLS = ['طباعة', 'إرسال بالبريد', 'نسخة نصية']
LF_CAPTION = 'لقطة وزعتها الوكالة على مشتركيها مع الخبر'
LF_ALSO = 'اقرأ أيضاً:'
LF_RATE = 'ما تقييمك لهذا الخبر؟'
LF_VOTES = 'صوتاً'
LF_RELATED = 'أخبار ذات علاقة'
LF_MOST = 'الأكثر تصفحاً هذا الشهر'
LF_LATEST = 'آخر ما بثته الوكالة'
LF_VISITORS = 'عدد زوار البوابة منذ 1 يناير 2016:'
LF_FOOTER = 'المواد المنشورة على البوابة ملك لوكالة الرمال، ويجوز الاقتباس منها بشرط الإشارة إليها'
LF_LINKS = ['سياسة الخصوصية', 'شروط الاستخدام', 'خريطة البوابة', 'تواصل مع الوكالة']
LF_POWERED = 'تعمل البوابة بمنصة Liferay'


def lf_portlet(pid, inner, title=None, cls=''):
    """A portlet as Liferay 7 writes it: the boundary div, the section, the optional header and the body."""
    head = (f'<div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-expand">'
            f'<h2 class="portlet-title-text">{title}</h2></div></div>') if title else ''
    deco = 'portlet-decorate' if title else 'portlet-barebone'
    return (f'<div class="portlet-boundary portlet-boundary_{pid}_ portlet-static portlet-static-end {deco} {cls}" id="p_p_id_{pid}_">'
            f'<span id="p_{pid}"></span>\n<section class="portlet" id="portlet_{pid}">{head}\n'
            f'<div class="portlet-content"><div class=" portlet-content-container"><div class="portlet-body">\n{inner}\n'
            f'</div></div></div>\n</section></div>')


def lf_dmy(t):
    return f'{t.day:02d}/{t.month:02d}/{t.year}'


def render_liferay(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, most, latest = others[:4], others[4:8], others[8:11]
    odd = k % 2 == 1
    pub = at(extra)
    aid = 1204557 + 3301 * k
    desk = LF_DESKS[k % 4]
    section = CAT_AR.get(extra['cat'], 'دولي')
    upd_day, mod_line = None, ''
    if k == 0:
        shown = lf_dmy(day)
    elif k == 1:
        shown = f'{DAYS[day.weekday()]}، {gulf_date(day)} {hm(pub)}'
        upd = pub + datetime.timedelta(hours=3, minutes=48)
        upd_day = upd.date()
        mod_line = f'{LF_MODIFIED} {DAYS[upd_day.weekday()]}، {gulf_date(upd_day)} {hm(upd)}'
    elif k == 2:
        shown = gulf_date(day)
    else:
        shown = f'{day.year}/{day.month:02d}/{day.day:02d} - {clock12(pub)}'
        upd = datetime.datetime.combine(day + datetime.timedelta(days=1), datetime.time(9, 40), pub.tzinfo)
        upd_day = upd.date()
        mod_line = f'{LF_MODIFIED} {upd_day.year}/{upd_day.month:02d}/{upd_day.day:02d} - {clock12(upd)}'
    pub_line = f'{LF_PUBLISHED} {shown}'
    body = []
    for i, p in enumerate(paras):
        body.append(f'<p>{esc(p)}</p>')
        if i == 1 and not odd:
            body.append(f'<p><strong>{LF_ALSO}</strong> <a href="/ar/w/{aid - 417}">{esc(extra["also"])}</a></p>')
    tools = ' | '.join(f'<a href="javascript:void(0);" class="news-tool">{t}</a>' for t in LF_TOOLS)
    article = f'''<div class="journal-content-article " data-analytics-asset-id="{aid}" data-analytics-asset-title="{esc(title)}" data-analytics-asset-type="web-content">
<div class="ramal-news">
<p class="news-desk">{desk}</p>
<h1 class="news-title">{esc(title)}</h1>
<div class="news-dates"><span class="news-date">{pub_line}</span>{f'{chr(10)}<span class="news-modified">{mod_line}</span>' if mod_line else ''}</div>
<div class="news-tools">{tools}</div>
<figure class="news-image"><img alt="" src="/documents/20143/{aid}/{slug}.jpg/{aid:x}?t=1519{k}04" /><figcaption>{LF_CAPTION}</figcaption></figure>
<div class="news-body">
{chr(10).join(body)}
</div>
</div>
</div>'''
    votes = 14 + 9 * k
    stars = ''.join(f'<a class="rating-element" href="javascript:void(0);" title="{i}"><span class="icon-star-empty"></span></a>' for i in range(1, 6))
    rating = (f'<div class="taglib-ratings stars"><p class="rating-label">{LF_RATE}</p>\n<div class="liferay-rating-vote">{stars}</div>\n'
              f'<span class="rating-count">({votes} {LF_VOTES})</span></div>')

    def asset_list(items, base, dates=None):
        rows = []
        for i, t in enumerate(items):
            d = f'\n<span class="asset-date">{dates[i]}</span>' if dates else ''
            rows.append(f'<li class="list-group-item"><a class="asset-title" href="/ar/w/{base - 11 * i}">{esc(t)}</a>{d}</li>')
        return '<ul class="list-group asset-links">\n' + '\n'.join(rows) + '\n</ul>'
    rel_dates = [lf_dmy(day - datetime.timedelta(days=3 + 5 * i)) for i in range(len(rel))]
    # The agency's latest wires are dated after the article (later dispatches: not its date).
    latest_times = [pub + datetime.timedelta(hours=5 + 7 * i, minutes=13 * i) for i in range(len(latest))]
    latest_dates = [f'{lf_dmy(t)} {hm(t)}' for t in latest_times]
    related = lf_portlet('com_liferay_asset_publisher_web_portlet_RelatedAssetsPortlet', asset_list(rel, aid - 90, rel_dates), LF_RELATED)
    most_p = lf_portlet('com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_mostViewed',
                        '<ol class="most-viewed">\n' + '\n'.join(f'<li><a href="/ar/w/{aid - 3000 - i}">{esc(t)}</a></li>' for i, t in enumerate(most)) + '\n</ol>',
                        LF_MOST)
    latest_p = lf_portlet('com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_latestWires',
                          asset_list(latest, aid + 300, latest_dates), LF_LATEST)
    visitors = f'{LF_VISITORS} {4512330 + 7919 * k:,}'
    counter = lf_portlet('com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_counter',
                         f'<div class="journal-content-article"><p class="visitors">{visitors}</p></div>')
    menu = ''.join(f'<li class="lfr-nav-item{" selected active" if i == 4 else ""}" role="presentation"><a href="{LF_HOST}/ar/web/guest/{i}" role="menuitem"><span>{t}</span></a></li>\n'
                   for i, t in enumerate(LF_MENU))
    langs = ' '.join(f'<a class="language-entry-long-text" href="/{code}/web/guest/news" lang="{code}">{t}</a>' for code, t in zip(('en', 'fr'), LF_LANGS))
    links = ' | '.join(f'<a href="/ar/web/guest/p{i}">{t}</a>' for i, t in enumerate(LF_LINKS))
    journal = lf_portlet(f'com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_{slug.replace("-", "")}x{k}', article)
    crumbs = (f'<ol class="breadcrumb"><li class="breadcrumb-item"><a class="breadcrumb-link" href="/ar/web/guest">{LF_MENU[0]}</a></li>'
              f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="/ar/web/guest/s{k}">{section}</a></li>'
              f'<li class="active breadcrumb-item"><span class="breadcrumb-text-truncate">{LF_DETAILS}</span></li></ol>')
    under = related if not odd else ''
    side = related if odd else ''
    page = f'''<!DOCTYPE html>

<html class="rtl" dir="rtl" lang="ar-SA">

<head>
	<title>{esc(title)} - {LF_DETAILS} - {LF_SITE}</title>

	<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta content="{esc(opening_words(paras[0], 24))}" lang="ar-SA" name="description" />
<link href="{LF_HOST}/o/ramal-theme/images/favicon.ico" rel="icon" />
<link class="lfr-css-file" data-senna-track="temporary" href="{LF_HOST}/o/ramal-theme/css/clay.css?browserId=other&amp;themeId=ramaltheme_WAR_ramaltheme&amp;languageId=ar_SA&amp;b=7010&amp;t=1517468400000" id="liferayAUICSS" rel="stylesheet" type="text/css" />
<script data-senna-track="permanent" src="/combo?browserId=other&amp;minifierType=js&amp;languageId=ar_SA&amp;b=7010&amp;t=1517468400000:/o/frontend-js-web/everything.jsp" type="text/javascript"></script>
<script data-senna-track="temporary" type="text/javascript">
// <![CDATA[
	var Liferay = Liferay || {{}};
	Liferay.ThemeDisplay = {{
		getLayoutId: function() {{ return "{42 + k}"; }},
		getLanguageId: function() {{ return "ar_SA"; }},
		getPathThemeImages: function() {{ return "{LF_HOST}/o/ramal-theme/images"; }},
		getScopeGroupId: function() {{ return "20143"; }},
		getSessionId: function() {{ return ""; }},
		isSignedIn: function() {{ return false; }}
	}};
	var themeDisplay = Liferay.ThemeDisplay;
	Liferay.authToken = 'pQ3xZ7Lm';
	Liferay.currentURL = '\\x2far\\x2fweb\\x2fguest\\x2fnews\\x2f-\\x2fasset_publisher\\x2f{slug}';
// ]]>
</script>
</head>

<body class="controls-visible chrome yui3-skin-sam signed-out public-page site">
<div class="d-block lfr-skip-to-content"><a href="#main-content" class="sr-only sr-only-focusable">{LF_SKIP}</a></div>
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner">
<div class="top-bar"><div class="language-portlet">{langs}</div>
<form action="/ar/web/guest/search" class="search-portlet" method="get"><input name="q" placeholder="{LF_SEARCH}" type="text" /></form></div>
<div id="heading"><a class="logo default-logo" href="{LF_HOST}/ar" title="{LF_SITE}"><img alt="{LF_SITE}" height="64" src="/image/layout_set_logo?img_id=20517" width="220" /></a></div>
<nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul aria-label="صفحات الموقع" role="menubar">
{menu}</ul></nav>
</header>
<section id="content">
<div class="columns-2" id="main-content" role="main">
<div class="portlet-layout row">
<div class="col-md-8 portlet-column portlet-column-first" id="column-1">
<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
{lf_portlet('com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet', crumbs)}
{journal}
{lf_portlet('com_liferay_ratings_web_portlet_RatingsPortlet', rating)}
{under}
</div>
</div>
<div class="col-md-4 portlet-column portlet-column-last" id="column-2">
<div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
{side}
{most_p}
{latest_p}
{counter}
</div>
</div>
</div>
</div>
</section>
<footer id="footer" role="contentinfo">
<p class="footer-links">{links}</p>
<p class="copyright">{LF_FOOTER}</p>
<p class="powered-by">{LF_POWERED}</p>
</footer>
</div>
<script type="text/javascript">
// <![CDATA[
	Liferay.Portlet.register('com_liferay_journal_content_web_portlet_JournalContentPortlet');
	Liferay.on('allPortletsReady', function() {{ Liferay.Util.focusFormField(); }});
// ]]>
</script>
</body>

</html>'''
    without = [LF_SKIP, LF_MENU[7], LF_MENU[8], LF_DETAILS, desk, pub_line, LF_CAPTION, LF_RATE, f'({votes} {LF_VOTES})', LF_LATEST,
               visitors, LF_FOOTER, LF_POWERED] + LF_TOOLS[1:] + LF_LINKS[2:] + latest + latest_dates + rel_dates[:1] + rel[:2] + most[:2] + \
        ([mod_line] if mod_line else [])
    read_also = [] if odd else [extra['also']]
    return page, title, read_also, rel + most, without, upd_of(upd_day)


# --- bitrix: the Arabic service of a Russian news agency on 1C-Bitrix ---------------------------------------
BX_SITE = 'وكالة الفولغا للأنباء'
BX_HOST = 'https://ar.volga-news.example'
BX_SLOGAN = 'الخدمة العربية لوكالة الفولغا: روسيا والعالم بلغة الضاد'
BX_LANGS = ['Русский', 'English', 'Türkçe']
BX_MENU = ['الرئيسية', 'روسيا', 'الشرق الأوسط', 'العالم', 'اقتصاد', 'رياضة', 'علوم وتقنية', 'مقابلات', 'صور']
BX_UPDATED = 'تاريخ التعديل:'
BX_PREPARED = 'إعداد'
BX_AUTHORS = ['سيرغي أنطونوف', 'ليلى حداد', 'مكتب موسكو', 'أندريه فولكوف']
BX_PHOTO = 'الصورة'
BX_PHOTO_SOURCES = ['الفولغا / ديمتري سميرنوف', 'الفولغا / أرشيف', 'خدمة الصور في الوكالة', 'الفولغا / أليكسي بافلوف']
BX_ALSO = 'اقرأ أيضا:'
BX_SHARE = 'انشر في:'
BX_SHARE_LINKS = ['VK', 'Telegram', 'فيسبوك', 'تويتر']
BX_TAGS = 'الكلمات الدلالية:'
BX_TAG_WORDS = {'economy': ['الأسواق', 'النفط', 'العقوبات'], 'internationalNews': ['الولايات المتحدة', 'أوروبا', 'أمن'],
                'middleEast': ['سوريا', 'الخليج', 'الدبلوماسية الروسية'], 'sport': ['كرة القدم', 'مونديال 2018', 'دوري الأبطال'],
                'technology': ['الإنترنت', 'تطبيقات', 'ريادة أعمال']}
BX_RELATED = 'مواد ذات صلة'
BX_MOST = 'الأكثر قراءة اليوم'
BX_FEED = 'شريط الأنباء'
BX_VIDEO = 'فيديو الفولغا'
BX_VIDEOS = ['جولة مصوّرة بين أجنحة معرض الكتاب الدولي في موسكو', 'لقطات من تدريبات فرق الإنقاذ على الجليد في سيبيريا']
BX_TELEGRAM = 'قناة الفولغا على تيليغرام تنقل إليكم العاجل قبل أي مكان آخر'
BX_FOOTER = '© 2018 وكالة الفولغا للأنباء. يلزم عند استخدام موادنا وضع رابط نشط إلى مصدرها'
BX_FOOTER_LINKS = ['عن الوكالة', 'الإعلان لدينا', 'راسل التحرير', 'سياسة البيانات الشخصية']


def bx_date(t):
    return f'{t.day:02d}.{t.month:02d}.{t.year}'


def render_bitrix(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, most, feed = others[:3], others[3:7], others[7:11]
    odd = k % 2 == 1
    pub = at(extra)
    eid = 88410 + 577 * k
    author = BX_AUTHORS[k % 4]
    photo = BX_PHOTO_SOURCES[k % 4]
    upd_day, upd_line, og = None, '', ''
    if k == 0:
        shown = f'{bx_date(day)} {hm(pub)}'
    elif k == 1:
        shown = f'{gulf_date(day)} - {hm(pub)}'
        upd = pub + datetime.timedelta(hours=16, minutes=35)
    elif k == 2:
        shown = bx_date(day)
    else:
        shown = f'{bx_date(day)} {hm(pub)}'
        upd = pub + datetime.timedelta(hours=1, minutes=45)
    if odd:
        upd_day = upd.date()
        upd_line = f'{BX_UPDATED} {bx_date(upd)} {hm(upd)}'
    else:
        og = (f'<meta property="article:published_time" content="{iso_local(pub)}" />\n'
              f'<meta property="article:modified_time" content="{iso_local(pub)}" />\n')
    # The page's render time in BX.message (SERVER_TIME): weeks after the article, not its date.
    server_time = int((pub + datetime.timedelta(days=47, hours=5)).timestamp())
    body = []
    for i, p in enumerate(paras):
        body.append(f'<p>{esc(p)}</p>')
        if i == 2 and not odd:
            body.append(f'<p><b>{BX_ALSO}</b> <a href="/news/{eid - 233}/">{esc(extra["also"])}</a></p>')
    tags = outside(BX_TAG_WORDS.get(extra['cat'], BX_TAG_WORDS['internationalNews']), paras)
    tag_html = ', '.join(f'<a href="/search/?tags={i}">{t}</a>' for i, t in enumerate(tags))
    share = ' '.join(f'<a class="share-{i}" href="#" rel="nofollow">{t}</a>' for i, t in enumerate(BX_SHARE_LINKS))
    menu = ''.join(f'<li><a href="/{i}/" class="{"root-item-selected" if i == 3 else "root-item"}">{t}</a></li>\n'
                   for i, t in enumerate(BX_MENU))
    langs = ' | '.join(f'<a href="https://{c}.volga-news.example/">{t}</a>' for c, t in zip(('ru', 'en', 'tr'), BX_LANGS))
    feed_times = [pub + datetime.timedelta(minutes=25 + 40 * i) for i in range(len(feed))]
    feed_html = ''.join(f'<div class="news-item" id="bx_3218110508_{eid + 5 + i}"><span class="news-date-time">{hm(t)}</span>\n'
                        f'<a href="/news/{eid + 5 + i}/">{esc(h)}</a></div>\n' for i, (h, t) in enumerate(zip(feed, feed_times)))
    rel_html = ''.join(f'<div class="news-item"><a href="/news/{eid - 60 - i}/"><img class="preview_picture" src="/upload/resize_cache/iblock/{i}a{k}/120_80_2/r{i}.jpg" alt="" /></a>\n'
                       f'<a href="/news/{eid - 60 - i}/"><b>{esc(h)}</b></a></div>\n' for i, h in enumerate(rel))
    most_html = ''.join(f'<li><a href="/news/{eid - 900 - i}/">{esc(h)}</a></li>\n' for i, h in enumerate(most))
    videos = ''.join(f'<div class="video-item"><a href="/video/{310 + i}/">{v}</a></div>\n' for i, v in enumerate(BX_VIDEOS))
    flinks = ''.join(f'<li><a href="/about/{i}/">{t}</a></li>' for i, t in enumerate(BX_FOOTER_LINKS))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="keywords" content="{', '.join(tags)}" />
<meta name="description" content="{esc(opening_words(paras[0], 22))}" />
<script type="text/javascript" data-skip-moving="true">(function(w, d, n) {{var cl = "bx-core";var ht = d.documentElement;var htc = ht ? ht.className : undefined;if (htc === undefined || htc.indexOf(cl) !== -1){{return;}}var ua = n.userAgent;if (/(iPad;)|(iPhone;)/i.test(ua)){{cl += " bx-ios";}}ht.className = htc ? htc + " " + cl : cl;}})(window, document, navigator);</script>
<link href="/bitrix/cache/css/s2/volga/page_5c9f0e1d2b3a4c5d/page_5c9f0e1d2b3a4c5d_v1.css?15194013411873" type="text/css" rel="stylesheet" />
<link href="/bitrix/cache/css/s2/volga/template_1a2b3c4d5e6f7a8b/template_1a2b3c4d5e6f7a8b_v1.css?151940134128771" type="text/css" data-template-style="true" rel="stylesheet" />
<script type="text/javascript">if(!window.BX)window.BX={{}};if(!window.BX.message)window.BX.message=function(mess){{if(typeof mess==='object'){{for(let i in mess) {{BX.message[i]=mess[i];}} return true;}}}};</script>
<script type="text/javascript">(window.BX||top.BX).message({{'JS_CORE_LOADING':'Loading...','JS_CORE_NO_DATA':'- No data -','JS_CORE_WINDOW_CLOSE':'Close','JS_CORE_WINDOW_SAVE':'Save'}});</script>
<script type="text/javascript">(window.BX||top.BX).message({{'LANGUAGE_ID':'ar','FORMAT_DATE':'DD.MM.YYYY','FORMAT_DATETIME':'DD.MM.YYYY HH:MI:SS','COOKIE_PREFIX':'BITRIX_SM','SERVER_TZ_OFFSET':'10800','SITE_ID':'s2','SITE_DIR':'/','USER_ID':'','SERVER_TIME':'{server_time}','USER_TZ_OFFSET':'0','USER_TZ_AUTO':'Y','bitrix_sessid':'7c1e5b2f9d0a4e3c8b6a1f2d3e4c5b6a'}});</script>
<script type="text/javascript" src="/bitrix/js/main/core/core.min.js?1519401341248810"></script>
<script type="text/javascript">BX.setJSList(['/bitrix/js/main/core/core_ajax.js','/bitrix/js/main/session.js','/bitrix/templates/volga/js/main.js']);</script>
<script type="text/javascript">BX.setCSSList(['/bitrix/templates/volga/components/bitrix/news/main/bitrix/news.detail/.default/style.css','/bitrix/templates/volga/template_styles.css']);</script>
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(title)}" />
<meta property="og:url" content="{BX_HOST}/news/{eid}/" />
<meta property="og:image" content="{BX_HOST}/upload/iblock/{eid % 1000:03x}/{slug}.jpg" />
{og}</head>
<body>
<div id="panel"></div>
<header class="header">
<div class="header-top"><div class="langs">{langs}</div><div class="slogan">{BX_SLOGAN}</div></div>
<div class="header-logo"><a href="/"><img src="/bitrix/templates/volga/images/logo-ar.svg" alt="{BX_SITE}" /></a></div>
<ul id="horizontal-multilevel-menu">
{menu}</ul>
<div class="menu-clear-left"></div>
</header>
<div class="page">
<div class="bx-breadcrumb" itemprop="http://schema.org/breadcrumb" itemscope itemtype="http://schema.org/BreadcrumbList">
<div class="bx-breadcrumb-item" id="bx_breadcrumb_0" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/" title="{BX_MENU[0]}" itemprop="item"><span itemprop="name">{BX_MENU[0]}</span></a><meta itemprop="position" content="1" /></div>
<div class="bx-breadcrumb-item" id="bx_breadcrumb_1" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><i class="fa fa-angle-left"></i><a href="/3/" title="{BX_MENU[3]}" itemprop="item"><span itemprop="name">{BX_MENU[3]}</span></a><meta itemprop="position" content="2" /></div>
<div style="clear:both"></div></div>
<div class="workarea">
<h1 id="pagetitle">{esc(title)}</h1>
<div class="news-detail">
<span class="news-date-time">{shown}</span>{f'{chr(10)}<span class="news-date-change">{upd_line}</span>' if odd else ''}
<img class="detail_picture" border="0" src="/upload/iblock/{eid % 1000:03x}/{slug}.jpg" width="800" height="450" alt="{esc(title)}" title="{esc(title)}" />
<div class="news-detail-photo">{BX_PHOTO}: {photo}</div>
<div class="news-detail-text">{''.join(body)}</div>
<div style="clear:both"></div>
<br />
<div class="news-detail-property">{BX_PREPARED}:&nbsp;{author}</div>
<div class="news-detail-tags">{BX_TAGS} {tag_html}</div>
<div class="news-detail-share"><span>{BX_SHARE}</span> {share}</div>
</div>
<div class="news-list related-list"><h3>{BX_RELATED}</h3>
{rel_html}</div>
</div>
<div class="sidebar">
<div class="news-list most-read"><h3>{BX_MOST}</h3><ol>
{most_html}</ol></div>
<div class="news-list news-feed"><h3>{BX_FEED}</h3>
{feed_html}</div>
<div class="video-block"><h3>{BX_VIDEO}</h3>
{videos}</div>
<div class="telegram-box"><p>{BX_TELEGRAM}</p></div>
</div>
</div>
<footer class="footer"><ul class="footer-menu">{flinks}</ul>
<p class="copyright">{BX_FOOTER}</p><span class="age">18+</span></footer>
<script type="text/javascript">(function(m,e,t,r,i,k,a){{m[i]=m[i]||function(){{(m[i].a=m[i].a||[]).push(arguments)}};m[i].l=1*new Date();k=e.createElement(t),a=e.getElementsByTagName(t)[0],k.async=1,k.src=r,a.parentNode.insertBefore(k,a)}})(window, document, "script", "https://mc.metrika.example/metrika/tag.js", "ym");ym(48201771, "init", {{clickmap:true, trackLinks:true, accurateTrackBounce:true}});</script>
<noscript><div><img src="https://mc.metrika.example/watch/48201771" style="position:absolute; left:-9999px;" alt="" /></div></noscript>
</body>
</html>'''
    without = [BX_SLOGAN, BX_MENU[6], shown, f'{BX_PHOTO}: {photo}', f'{BX_PREPARED}: {author}', BX_SHARE, BX_FEED, BX_VIDEO,
               BX_TELEGRAM, BX_FOOTER] + BX_VIDEOS + BX_FOOTER_LINKS[1:] + feed + rel[:2] + most[:2] + tags + ([upd_line] if odd else [])
    read_also = [] if odd else [extra['also']]
    return page, title, read_also, rel + most, without, upd_of(upd_day)


# --- angular: an Egyptian portal rendered by Angular Universal ----------------------------------------------
NG_SITE = 'بوابة الكنانة'
NG_HOST = 'https://www.kenana-gate.example'
NG_MENU = ['الرئيسية', 'أخبار مصر', 'عربي ودولي', 'اقتصاد وبورصة', 'رياضة', 'فن ومشاهير', 'تكنولوجيا', 'فيديو']
NG_TICKER = 'لحظة بلحظة'
NG_BY = 'كتب:'
NG_AUTHORS = ['محمود عبد الحميد', 'سارة منصور', 'أحمد فتحي', 'ياسمين الشريف']
NG_UPDATED = 'آخر تحديث:'
NG_CAPTION = 'صورة أرشيفية، بوابة الكنانة'
NG_ALSO = 'اقرأ أيضًا'
NG_SHARE = 'شارك الخبر عبر'
NG_SHARE_LINKS = ['فيسبوك', 'واتساب', 'تويتر', 'تيليجرام']
NG_TAGS = 'كلمات مفتاحية'
NG_RELATED = 'تقارير ذات صلة'
NG_TREND = 'ترند الكنانة'
NG_SHARES = 'مشاركة'
NG_ADS = 'روابط إعلانية'
NG_AD_ITEMS = ['كورسات لغة إنجليزية أونلاين بشهادة معتمدة وبأسعار تناسب الطلبة',
               'شقق بالتقسيط في العاصمة الإدارية الجديدة بمقدم عشرة في المائة فقط']
NG_APP = 'نزّل تطبيق الكنانة على موبايلك وخلّي الأخبار العاجلة توصلك أول بأول'
NG_FOOTER = 'بوابة الكنانة © 2018 — ممنوع نسخ المحتوى أو إعادة نشره بغير إذن مكتوب من إدارة التحرير'


def ng_state(value):
    """Angular Universal's TransferState script body: JSON with & " ' < > written as &a; &q; &s; &l; &g;."""
    s = json.dumps(value, ensure_ascii=False, separators=(',', ':'))
    for a, b in (('&', '&a;'), ('"', '&q;'), ("'", '&s;'), ('<', '&l;'), ('>', '&g;')):
        s = s.replace(a, b)
    return s


def ng_long(t):
    """Angular's DatePipe in ar-EG, 'EEEE، d MMMM y - h:mm a': Arabic-Indic digits."""
    return f'{DAYS[t.weekday()]}، {indic(t.day)} {GULF_MONTHS[t.month - 1]} {indic(t.year)} - {clock12(t, pad=False, digits=indic)}'


def ng_short(t):
    return f'{t.day}/{t.month}/{t.year}، {clock12(t, pad=False)}'


def render_angular(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, trend, ticker = others[:4], others[4:8], others[8:11]
    odd = k % 2 == 1
    pub = at(extra)
    if k == 2:  # 01:05 in Cairo: the day before in UTC (TransferState's publishDate)
        pub = moved(pub, 1, 5)
    nid = 3318870 + 4409 * k
    author = NG_AUTHORS[k % 4]
    section = CAT_AR.get(extra['cat'], 'عربي ودولي')
    c = '_ngcontent-sc55=""'
    upd, upd_day, upd_line, ld_html = None, None, '', ''
    if odd:
        shown = ng_short(pub)
        upd = pub + (datetime.timedelta(hours=3, minutes=28) if k == 1 else datetime.timedelta(days=1, hours=2, minutes=6))
        upd_line = f'{NG_UPDATED} {ng_short(upd)}'
    else:
        shown = ng_long(pub)
        if k == 2:  # an update declared in the JSON-LD only
            upd = pub + datetime.timedelta(hours=4, minutes=10)
    if upd:
        upd_day = upd.date()
    if k != 0:
        ld = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'mainEntityOfPage': f'{NG_HOST}/news/{nid}',
              'headline': title, 'datePublished': iso_local(pub), 'dateModified': iso_local(upd or pub),
              'author': {'@type': 'Person', 'name': author},
              'publisher': {'@type': 'Organization', 'name': NG_SITE, 'logo': {'@type': 'ImageObject', 'url': f'{NG_HOST}/assets/logo.png'}}}
        ld_html = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    blocks = []
    for i, p in enumerate(paras):
        blocks.append(f'<div {c} class="block-text"><p>{esc(p)}</p></div><!---->')
        if i == 1 and not odd:
            blocks.append(f'<app-read-also {c} _nghost-sc61=""><div _ngcontent-sc61="" class="read-also"><span _ngcontent-sc61="" class="read-also__label">{NG_ALSO}</span>'
                          f'<a _ngcontent-sc61="" class="read-also__link" href="/news/{nid - 77}">{esc(extra["also"])}</a></div></app-read-also><!---->')
    tags = outside([section, NG_MENU[1]], paras)
    tag_html = ''.join(f'<a {c} class="tag" href="/tags/{i}">{t}</a><!---->' for i, t in enumerate(tags))
    share = ''.join(f'<a {c} class="share__btn" href="#">{t}</a><!---->' for t in NG_SHARE_LINKS)
    cards = ''.join(f'<app-news-card _ngcontent-sc55="" _nghost-sc63=""><div _ngcontent-sc63="" class="card"><a _ngcontent-sc63="" href="/news/{nid - 500 - 13 * i}" class="card__img">'
                    f'<img _ngcontent-sc63="" src="https://img.kenana-gate.example/{nid - 500 - 13 * i}.webp" alt="" loading="lazy"></a>'
                    f'<h3 _ngcontent-sc63="" class="card__title"><a _ngcontent-sc63="" href="/news/{nid - 500 - 13 * i}">{esc(t)}</a></h3></div></app-news-card><!---->'
                    for i, t in enumerate(rel))
    shares = [indic(9800 - 1740 * i) for i in range(len(trend))]
    trend_html = ''.join(f'<li _ngcontent-sc57=""><a _ngcontent-sc57="" href="/news/{nid + 40 + i}">{esc(t)}</a>'
                         f'<span _ngcontent-sc57="" class="shares">{n} {NG_SHARES}</span></li><!---->' for i, (t, n) in enumerate(zip(trend, shares)))
    ticker_html = ''.join(f'<li _ngcontent-sc42=""><a _ngcontent-sc42="" href="/news/{nid + 90 + i}">{esc(t)}</a></li><!---->' for i, t in enumerate(ticker))
    ads = ''.join(f'<a _ngcontent-sc58="" class="ad-link" href="https://ads.kenana-gate.example/c/{k}{i}" rel="sponsored">{t}</a><!---->'
                  for i, t in enumerate(NG_AD_ITEMS))
    nav = ''.join(f'<li _ngcontent-sc41=""><a _ngcontent-sc41="" routerlinkactive="active" href="/section/{i}">{t}</a></li><!---->'
                  for i, t in enumerate(NG_MENU))
    state = {f'G.https://api.kenana-gate.example/v2/news/{nid}?': {
        'body': {'id': nid, 'title': title, 'section': section, 'author': author, 'publishDate': iso_z(pub),
                 'lastUpdate': iso_z(upd or pub), 'paragraphs': [f'<p>{p}</p>' for p in paras],
                 'related': [{'id': nid - 500 - 13 * i, 'title': t} for i, t in enumerate(rel)]},
        'headers': {}, 'status': 200, 'statusText': 'OK', 'url': f'https://api.kenana-gate.example/v2/news/{nid}', 'responseType': 'json'},
        f'G.https://api.kenana-gate.example/v2/trending?': {'body': [{'id': nid + 40 + i, 'title': t} for i, t in enumerate(trend)],
                                                             'headers': {}, 'status': 200, 'statusText': 'OK', 'responseType': 'json'}}
    dates = f'<span {c} class="meta__date">{shown}</span><!---->'
    if odd:
        dates += f'<span {c} class="meta__updated">{upd_line}</span><!---->'
    page = f'''<!DOCTYPE html><html lang="ar" dir="rtl"><head>
  <meta charset="utf-8">
  <title>{esc(title)} | {NG_SITE}</title>
  <base href="/">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="icon" type="image/x-icon" href="favicon.ico">
<link rel="stylesheet" href="styles.8c1f2e3d4a5b6c7d.css" media="print" onload="this.media='all'"><noscript><link rel="stylesheet" href="styles.8c1f2e3d4a5b6c7d.css"></noscript><style ng-transition="serverApp">.article[_ngcontent-sc55]{{max-width:760px;margin:0 auto}}.read-also[_ngcontent-sc61]{{border-right:4px solid #b8860b;padding:.5rem 1rem}}</style><meta name="description" content="{esc(opening_words(paras[0], 22))}"><meta property="og:title" content="{esc(title)}"><meta property="og:type" content="article"><meta property="og:url" content="{NG_HOST}/news/{nid}">{ld_html}</head>
<body>
  <app-root _nghost-sc40="" ng-version="13.3.11"><app-header _ngcontent-sc40="" _nghost-sc41=""><header _ngcontent-sc41="" class="header"><a _ngcontent-sc41="" routerlink="/" class="logo" href="/"><img _ngcontent-sc41="" src="assets/logo.svg" alt="{NG_SITE}"></a><nav _ngcontent-sc41=""><ul _ngcontent-sc41="">{nav}</ul></nav></header></app-header><app-ticker _ngcontent-sc40="" _nghost-sc42=""><div _ngcontent-sc42="" class="ticker"><span _ngcontent-sc42="" class="ticker__label">{NG_TICKER}</span><ul _ngcontent-sc42="">{ticker_html}</ul></div></app-ticker><router-outlet _ngcontent-sc40=""></router-outlet><app-news-details _nghost-sc55=""><main {c} class="page"><article {c} class="article"><a {c} class="article__section" href="/section/{k}">{section}</a><h1 {c} class="article__title">{esc(title)}</h1><div {c} class="meta"><span {c} class="meta__author">{NG_BY} {author}</span><!---->{dates}</div><figure {c} class="article__figure"><img {c} src="https://img.kenana-gate.example/{nid}.webp" alt="{esc(title)}"><figcaption {c}>{NG_CAPTION}</figcaption></figure><div {c} class="article__body">{''.join(blocks)}</div><div {c} class="tags"><span {c}>{NG_TAGS}</span>{tag_html}</div><div {c} class="share"><span {c}>{NG_SHARE}</span>{share}</div></article><section {c} class="related"><h2 {c}>{NG_RELATED}</h2><div {c} class="related__grid">{cards}</div></section></main><aside {c} class="side"><app-trending {c} _nghost-sc57=""><section _ngcontent-sc57="" class="trending"><h2 _ngcontent-sc57="">{NG_TREND}</h2><ol _ngcontent-sc57="">{trend_html}</ol></section></app-trending><app-sponsored {c} _nghost-sc58=""><section _ngcontent-sc58="" class="sponsored"><h2 _ngcontent-sc58="">{NG_ADS}</h2>{ads}</section></app-sponsored></aside></app-news-details><!----><app-footer _ngcontent-sc40="" _nghost-sc44=""><footer _ngcontent-sc44="" class="footer"><p _ngcontent-sc44="" class="footer__app">{NG_APP}</p><p _ngcontent-sc44="" class="footer__copy">{NG_FOOTER}</p></footer></app-footer></app-root>
<script src="runtime.1f2e3d4c5b6a7980.js" type="module"></script><script src="polyfills.0a1b2c3d4e5f6a7b.js" type="module"></script><script src="main.9f8e7d6c5b4a3210.js" type="module"></script>

<script id="serverApp-state" type="application/json">{ng_state(state)}</script></body></html>'''
    without = [NG_TICKER, NG_MENU[5], f'{NG_BY} {author}', shown, NG_CAPTION, NG_TAGS, NG_SHARE, NG_TREND, NG_ADS, NG_APP, NG_FOOTER] + \
        NG_AD_ITEMS + ticker + trend + rel[:2] + ([upd_line] if odd else [])
    read_also = [] if odd else [extra['also']]
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- astro: a Lebanese outlet built with Astro over a headless CMS ------------------------------------------
AS_SITE = 'شرفة'
AS_HOST = 'https://shurfa.example'
AS_TAGLINE = 'صحافة لبنانية مستقلة يموّلها قرّاؤها'
AS_MENU = ['قصص', 'تحقيقات', 'بيئة', 'اقتصاد', 'ثقافة', 'من نحن']
AS_THEME = 'الوضع الليلي'
AS_BY = 'بقلم'
AS_AUTHORS = ['كارين أبي نادر', 'رامي الحلبي', 'نور صعب', 'جاد خوري']
AS_MINUTES = 'دقائق قراءة'
AS_UPDATED = 'تحديث:'
AS_CAPTION = 'الصورة: أرشيف شرفة'
AS_ALSO = 'إقرأ أيضاً'
AS_SHARE = 'انشر القصة'
AS_SHORT = 'رابط مختصر'
AS_RELATED = 'قصص متصلة بالموضوع'
AS_LATEST = 'وصل للتو'
AS_ONTHISDAY = 'في مثل هذا اليوم'
AS_SUPPORT = 'شرفة لا تقبل تمويلاً من أحزاب أو مصارف، واشتراكك الشهري يبقي قصصنا مجانية للجميع'
AS_SUPPORT_BTN = 'ادعم شرفة'
AS_LETTER = 'نشرة الأحد: خلاصة ما نشرناه خلال أسبوع تصل إلى بريدك'
AS_FOOTER = 'شرفة © 2018 — يُسمح بإعادة النشر غير التجاري مع ذكر الكاتب ورابط القصة'
AS_CID = 'data-astro-cid-7ksqj2ua'


def astro_props(value):
    """Astro's serialized island props: every value as [type, value] (0 plain, 1 array), HTML-escaped."""
    def ser(v):
        if isinstance(v, list):
            return [1, [ser(x) for x in v]]
        if isinstance(v, dict):
            return [0, {key: ser(x) for key, x in v.items()}]
        return [0, v]
    return esc(json.dumps({key: ser(v) for key, v in value.items()}, ensure_ascii=False, separators=(',', ':')))


def island(uid, name, client, props, inner):
    return (f'<astro-island uid="{uid}" prefix="r{len(uid)}" component-url="/_astro/{name}.{hashlib.md5(name.encode()).hexdigest()[:8]}.js" '
            f'component-export="default" renderer-url="/_astro/client.4b3a2c1d.js" props="{astro_props(props)}" ssr="" client="{client}" '
            f'opts="{esc(json.dumps({"name": name, "value": True}, separators=(",", ":")))}" await-children="">{inner}</astro-island>')


def render_astro(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, latest, past = others[:3], others[3:7], others[7:10]
    odd = k % 2 == 1
    pub = at(extra)
    if k == 2:  # 00:40 in Beirut: the day before in UTC (the <time> and the JSON-LD are in UTC)
        pub = moved(pub, 0, 40)
    author = AS_AUTHORS[k % 4]
    words = sum(len(p.split()) for p in paras)
    minutes = max(2, round(words / 160))
    cid = AS_CID
    upd, upd_day, upd_html, ld_html = None, None, '', ''
    if k == 0:
        shown = levant_date(day)
        upd = pub + datetime.timedelta(hours=2, minutes=5)
    elif k == 1:
        shown = f'{levant_date(day)}، {hm(pub)}'
        upd = datetime.datetime.combine(day + datetime.timedelta(days=1), datetime.time(10, 15), pub.tzinfo)
    elif k == 2:
        shown = levant_date(day)
    else:
        shown = levant_date(day)
        upd = pub + datetime.timedelta(hours=4, minutes=11)
    if upd:
        upd_day = upd.date()
    if odd:
        upd_text = f'{AS_UPDATED} {levant_date(upd_day)}، {hm(upd)}'
        upd_html = f'\n<span class="updated" {cid}>{AS_UPDATED} <time datetime="{iso_ms_z(upd)}" {cid}>{levant_date(upd_day)}، {hm(upd)}</time></span>'
    if not odd:
        ld = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': title, 'datePublished': iso_ms_z(pub),
              'dateModified': iso_ms_z(upd or pub), 'author': [{'@type': 'Person', 'name': author}],
              'publisher': {'@type': 'NewsMediaOrganization', 'name': AS_SITE, 'url': AS_HOST}, 'inLanguage': 'ar-LB'}
        ld_html = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    body = []
    for i, p in enumerate(paras):
        body.append(f'<p {cid}>{esc(p)}</p>')
        if i == 0 and odd:
            body.append(f'<aside class="pt-readalso" {cid}><span {cid}>{AS_ALSO}</span>\n<a href="/stories/{slug}-also" {cid}>{esc(extra["also"])}</a></aside>')
    rel_items = [{'title': t, 'slug': f'story-{k}{i}'} for i, t in enumerate(rel)]
    rel_html = '<ul class="rel-list">' + ''.join(f'<li><a href="/stories/{it["slug"]}">{esc(it["title"])}</a></li>' for it in rel_items) + '</ul>'
    latest_html = ''.join(f'<li {cid}><a href="/stories/new-{k}{i}" {cid}>{esc(t)}</a></li>' for i, t in enumerate(latest))
    past_days = [day.replace(year=day.year - 1 - i % 2) for i in range(len(past))]
    past_html = ''.join(f'<li {cid}><span class="year" {cid}>{levant_date(d)}</span>\n<a href="/stories/old-{k}{i}" {cid}>{esc(t)}</a></li>'
                        for i, (t, d) in enumerate(zip(past, past_days)))
    nav = ''.join(f'<a href="/{i}" {cid}>{t}</a>' for i, t in enumerate(AS_MENU))
    share = island(f'Zq{k}x4n', 'ShareBar', 'visible', {'url': f'{AS_HOST}/stories/{slug}', 'title': title},
                   f'<div class="share"><span>{AS_SHARE}</span> <button type="button">واتساب</button> <button type="button">{AS_SHORT}</button></div>')
    related = island(f'Rl{k}7pc', 'RelatedList', 'idle', {'items': rel_items}, rel_html)
    theme = island(f'Th{k}2mw', 'ThemeToggle', 'load', {}, f'<button type="button" class="theme-toggle">{AS_THEME}</button>')
    page = f'''<!DOCTYPE html><html lang="ar" dir="rtl" {cid}><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="Astro v3.6.4"><title>{esc(title)} — {AS_SITE}</title><meta name="description" content="{esc(opening_words(paras[0], 24))}"><meta property="og:title" content="{esc(title)}"><meta property="og:type" content="article"><link rel="canonical" href="{AS_HOST}/stories/{slug}/">{ld_html}<link rel="stylesheet" href="/_astro/_slug_.3b9c1f2e.css"><style>astro-island,astro-slot,astro-static-slot{{display:contents}}</style><script>(()=>{{var e=async t=>{{await(await t())()}};(self.Astro||(self.Astro={{}})).load=e;window.dispatchEvent(new Event("astro:load"));}})();</script><script>(()=>{{var i=(n,t)=>{{let e=async()=>{{await(await n())()}};"requestIdleCallback"in window?window.requestIdleCallback(e):setTimeout(e,t.timeout||200)}};(self.Astro||(self.Astro={{}})).idle=i;window.dispatchEvent(new Event("astro:idle"));}})();</script></head>
<body {cid}><header class="site-header" {cid}><a class="logo" href="/" {cid}>{AS_SITE}</a><p class="tagline" {cid}>{AS_TAGLINE}</p><nav {cid}>{nav}</nav>{theme}</header>
<main {cid}><article class="story" {cid}><a class="kicker" href="/{extra['cat']}" {cid}>{CAT_AR.get(extra['cat'], 'قصص')}</a>
<h1 {cid}>{esc(title)}</h1>
<div class="byline" {cid}><span {cid}>{AS_BY} {author}</span> · <time datetime="{iso_ms_z(pub)}" {cid}>{shown}</time> · <span {cid}>{minutes} {AS_MINUTES}</span>{upd_html}</div>
<figure {cid}><img src="/_image?href=%2F_astro%2F{slug}.jpg&amp;w=1200&amp;f=webp" alt="" width="1200" height="675" loading="eager" decoding="async" {cid}><figcaption {cid}>{AS_CAPTION}</figcaption></figure>
<div class="prose" {cid}>{''.join(body)}</div>
{share}
</article>
<aside class="related" {cid}><h2 {cid}>{AS_RELATED}</h2>{related}</aside>
<section class="latest" {cid}><h2 {cid}>{AS_LATEST}</h2><ul {cid}>{latest_html}</ul></section>
<section class="on-this-day" {cid}><h2 {cid}>{AS_ONTHISDAY}</h2><ul {cid}>{past_html}</ul></section>
<section class="support" {cid}><p {cid}>{AS_SUPPORT}</p><a class="btn" href="/support" {cid}>{AS_SUPPORT_BTN}</a></section>
</main>
<footer {cid}><p {cid}>{AS_LETTER}</p><p {cid}>{AS_FOOTER}</p></footer>
<script type="module" src="/_astro/hoisted.6d5c4b3a.js"></script></body></html>'''
    without = [AS_TAGLINE, AS_THEME, f'{AS_BY} {author}', shown, f'{minutes} {AS_MINUTES}', AS_CAPTION, AS_SHARE, AS_LATEST, AS_ONTHISDAY,
               AS_SUPPORT, AS_SUPPORT_BTN, AS_LETTER, AS_FOOTER] + latest + past + [levant_date(d) for d in past_days] + rel[:2] + \
        ([upd_text] if odd else [])
    read_also = [extra['also']] if odd else []
    return page, title, read_also, rel, without, upd_of(upd_day)
