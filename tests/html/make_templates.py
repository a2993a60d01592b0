#!/usr/bin/env python3
"""Writes synthetic Arabic news pages of common CMS kinds around real articles, with labels.

Usage: make_templates.py OUT_DIR [--corpus ../shared/corpus] [--per-template N]

Each page wraps one article of ../shared/corpus/saudinewsnet/split (read at run time, not
copied into the repository) in the chrome such sites carry: menus, tickers, share bars, comment
forms and rules, cookie banners, most-read boxes with numbers and thumbnails, footers. The label
beside each page (OUT_DIR/labels/*.json, the format of ../shared/eval) is known by construction:
the article's paragraphs are `body_with`, the chrome's texts `body_without`, the headline, date,
and the read-also and related headlines the page links to.

Templates (the held-out ones were written after the extraction rules and not used to tune them):
  wordpress   WordPress news theme (JNews-like): inline "اقرأ أيضا" block, tags, related posts
  drupal      Drupal newspaper: field items, "submitted" date in RDFa, comment form, blocks
  amp         AMP page (held out): amp-img/amp-ad, amp-sidebar menu, JSON-LD only for the date
  portal      portal of tables and <br>-separated paragraphs (held out), numbered most-read list
  bootstrap   Bootstrap theme with transliterated-Arabic class names (held out): akhbar-mutaalika,
              taalikat, mawdoo3at
Held-out set 2 (issue 14, written before the second round of rules, run blind first):
  joomla      Joomla/K2 newspaper: itemIntroText + itemFullText in editor <span>s, breadcrumbs,
              an Arabic share line without class names, tags, K2 related items, comment thread,
              mod_mostread list; visible date only
  blogger     Blogger/Blogspot news blog: <br><br> paragraphs in post-body, bold inline read-also,
              labels line, older/newer pager, comments, popular posts with snippets of other posts
  nextjs      Next.js/React site: hashed CSS-module class names, the article also in __NEXT_DATA__
              JSON, most-read and latest tabs in one box, "picks" teaser grid, author bio, newsletter
  arc         Arc XP-style page: c-paragraph body, interstitial read-also, UTC publish time that is
              the next day locally on odd pages, trending rail, subscription box, most-read
  oldfont     old windows-1256 <font>/<td> portal: <br><br> paragraphs, two inline read-also links
              whose marker sits inside the link, most-read numbered in its own cell, readers'
              comments table, print/send-to-friend line
Held-out set 3 (written after the second round of rules, run blind once):
  ghost       Ghost CMS: gh-content body with a kg-bookmark card (title and a description sentence)
              as read-also, members call to action, comment section, "اقرأ التالي" cards, related
              headed "قصص ذات صلة", numbered most-read; UTC publish time
  liveblog    live coverage page: LiveBlogPosting JSON-LD, a summary then timestamped entries each
              with its own share line, auto-update toggle, "load more" button, app promo sentence
Held-out set 4 (written before the third round of rules, run blind first; every chrome sentence in
wording no earlier template uses):
  tagdiv      WordPress "Newspaper" (tagDiv) theme: td-post-content, an inline "اقرأ أيضا" box of two
              module cards, English share labels, prev/next links, author box, related block with a
              "المزيد من المؤلف" tab, a "المزيد من الكاتب" widget (by author, not labelled related),
              "الأكثر قراءة هذا الأسبوع", comment form, a later "today" date in the top bar
  webforms    ASP.NET WebForms ministry page: ctl00_ ids, __VIEWSTATE, <table> layout, an <h1> that
              names the section and the headline in an <h2> span, Word-pasted MsoNormal paragraphs,
              dd/mm/yyyy date with its Hijri date, "أخبار مشابهة" (related), "أخبار أخرى" (not),
              print/mail line, page-feedback question; no meta tags
  mobile      mobile-first card site: <section> blocks, lazy data-src images, a "طالع أيضا" inline
              card, related and most-read card lists, sponsored cards, "المزيد" load-more latest
              stream, tab bar, install prompt, a relative "منذ 3 ساعات" visible time (JSON-LD date)
  egyportal   Egyptian portal (Youm7/Masrawy-like): "اقرأ أيضا" as numbered "1- " link paragraphs
              inside the body, a video embed, a Telegram call in the body's last paragraph,
              "تابعونا على" line, "موضوعات متعلقة", poll, most-read tab with Arabic-Indic numbers
  drupal9     Drupal 9 regional paper with the paragraphs module: text/image/related-node paragraphs
              (a "ذات صلة" node card inside the body), Levantine month names (أيار), "في السياق
              نفسه" related view, "الأخبار الأكثر قراءة", Disqus <noscript>, currency table
"""
import argparse
import datetime
import glob
import html
import json
import os
import random

TEMPLATES = ('wordpress', 'drupal', 'amp', 'portal', 'bootstrap', 'joomla', 'blogger', 'nextjs', 'arc', 'oldfont',
             'ghost', 'liveblog', 'tagdiv', 'webforms', 'mobile', 'egyportal', 'drupal9')
HELD_OUT = ('amp', 'portal', 'bootstrap', 'joomla', 'blogger', 'nextjs', 'arc', 'oldfont', 'ghost', 'liveblog',
            'tagdiv', 'webforms', 'mobile', 'egyportal', 'drupal9')
# Templates written after the first round of rules (issue 14, set 2): rendered by render_set2().
SET2 = ('joomla', 'blogger', 'nextjs', 'arc', 'oldfont')
# Written after the second round of rules and run blind once (issue 14, set 3): render_set3().
SET3 = ('ghost', 'liveblog')
# Written before the third round of rules, with chrome in new wording, run blind first (set 4): render_set4().
SET4 = ('tagdiv', 'webforms', 'mobile', 'egyportal', 'drupal9')

MENU = ['الرئيسية', 'أخبار محلية', 'عربي ودولي', 'اقتصاد', 'رياضة', 'فن وثقافة', 'منوعات', 'اتصل بنا']
COOKIE = 'نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا، وبمتابعة التصفح فإنك توافق على ذلك'
COMMENT_RULES = 'يرجى الالتزام بآداب الحوار وعدم الإساءة، والتعليقات لا تعبر عن رأي الموقع'
COMMENT = 'تعليق من قارئ: هذا الخبر مهم جدا، ونتمنى أن تستمر المتابعة حتى النهاية.'
SHARE = 'شارك عبر فيسبوك تويتر واتساب'
FOOTER = 'جميع الحقوق محفوظة لمؤسسة الخبر للصحافة والنشر 2024'
NEWSLETTER = 'اشترك في النشرة البريدية ليصلك كل جديد'
# Chrome of set 2: written as sentences where real pages write them so (comments, bios, paywalls).
SHARE_AR = 'شارك الخبر'
SHARE_NETS = ['فيسبوك', 'تويتر', 'واتساب', 'تيليجرام']
BREADCRUMB = 'أنت هنا'
COMMENT_2 = 'بارك الله فيكم على هذا التقرير المفصل، وأتمنى أن تنقلوا لنا صورة أوضح عما يجري في المنطقة.'
COMMENT_3 = 'شكرا على المعلومات القيمة، وننتظر منكم المزيد من الأخبار عن هذا الموضوع في الأيام القادمة.'
AUTHOR_BIO = 'محرر في قسم الشؤون المحلية، يكتب عن الاقتصاد والمجتمع منذ أكثر من عشر سنوات.'
PAYWALL = 'اشترك الآن للوصول غير المحدود إلى جميع المقالات والتحليلات الحصرية بسعر مخفض.'
CONSENT_2 = 'يستخدم هذا الموقع ملفات الارتباط لتقديم خدماته وتحليل حركة الزيارات، ويمكنك تغيير إعداداتك في أي وقت.'
PRINT_LINE = 'طباعة أرسل لصديق'
WEEKDAYS = ['الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد']


def articles(corpus, n):
    files = sorted(glob.glob(os.path.join(corpus, 'saudinewsnet', 'split', '*.txt')))
    out = []
    for f in files:
        with open(f, encoding='utf-8') as fh:
            lines = [l.strip() for l in fh.read().split('\n')]
        lines = [l for l in lines if l]
        if len(lines) < 4 or any('اقرأ' in l or 'إقرأ' in l for l in lines):
            continue
        paras = [l for l in lines[1:] if len(l.split()) >= 12]
        if len(paras) >= 3 and 3 <= len(lines[0].split()) <= 20:
            out.append((os.path.basename(f), lines[0], paras[:8]))
        if len(out) >= n:
            break
    return out


def esc(t):
    return html.escape(t, quote=True)


def opening(p, words=8):
    return ' '.join(p.split()[:words])


def render(kind, art, others, date, slug):
    _, title, paras = art
    url = f'https://news.example.com/{kind}/2024/05/{slug}/'
    rel = others[:4]
    most = others[4:9]
    inline = others[9]
    ps = [f'<p>{esc(p)}</p>' for p in paras]
    ticker = others[10]
    menu = ''.join(f'<li><a href="/c/{i}">{m}</a></li>' for i, m in enumerate(MENU))
    y, m, d = date.split('-')
    visible = f'{int(d)} مايو {y}'
    without = [MENU[1], ticker, SHARE, COMMENT_RULES, COMMENT, COOKIE, FOOTER, NEWSLETTER] + most[:2] + rel[:2]
    read_also, related = [inline], rel + most
    if kind == 'wordpress':
        body = (ps[0] + ps[1] +
                f'<div class="jnews_inline_related_post"><div class="jeg_block_heading"><h3 class="jeg_block_title">'
                f'<span>اقرأ أيضا</span></h3></div><article class="jeg_post"><h3 class="jeg_post_title">'
                f'<a href="/2024/05/x1/">{esc(inline)}</a></h3></article></div>' + ''.join(ps[2:]))
        page = f'''<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{esc(title)} - موقع الخبر</title><meta property="og:title" content="{esc(title)} - موقع الخبر">
<meta property="og:site_name" content="موقع الخبر"><meta property="og:url" content="{url}">
<meta property="article:published_time" content="{date}T21:30:00+00:00">
<script type="application/ld+json">{{"@context":"https://schema.org","@graph":[{{"@type":"WebSite","@id":"#site","name":"موقع الخبر"}},{{"@type":"NewsArticle","headline":{json.dumps(title, ensure_ascii=False)},"datePublished":"{date}T23:30:00+02:00","publisher":{{"@id":"#site"}}}}]}}</script>
</head><body class="single-post"><div class="jeg_viewport"><header class="jeg_header"><div class="jeg_nav_row">
<ul class="jeg_menu">{menu}</ul></div><div class="jeg_breaking_news"><a href="/t/1">{esc(ticker)}</a></div></header>
<div class="jeg_main"><div class="jeg_container"><div class="jeg_content"><div class="jeg_inner_content">
<div class="jeg_breadcrumbs"><a href="/">الرئيسية</a> » <a href="/c/1">أخبار محلية</a></div>
<div class="entry-header"><h1 class="jeg_post_title">{esc(title)}</h1><div class="jeg_meta_date">{visible}</div></div>
<div class="jeg_share_top_container"><div class="jeg_share_button">{SHARE}</div></div>
<div class="entry-content"><div class="content-inner">{body}
<div class="jeg_post_tags"><span>الوسوم:</span><a href="/tag/1">أخبار محلية اليوم</a><a href="/tag/2">السعودية والخليج العربي</a></div></div></div>
<div class="jnews_related_post_container"><div class="jeg_block_heading"><h3>مقالات ذات صلة</h3></div>
{''.join(f'<article class="jeg_post"><div class="jeg_thumb"><a href="/2024/05/r{i}/"><img alt="{esc(r)}"></a></div><h3 class="jeg_post_title"><a href="/2024/05/r{i}/">{esc(r)}</a></h3></article>' for i, r in enumerate(rel))}</div>
<div id="comments" class="comments-area"><h3 class="comment-reply-title">اترك تعليقاً</h3><p class="comment-notes">{COMMENT_RULES}</p>
<ol class="comment-list"><li class="comment"><p>{COMMENT}</p></li></ol><form class="comment-form"><textarea></textarea></form></div>
</div></div><div class="jeg_sidebar"><div class="widget widget_popular"><div class="jeg_block_heading"><h3>الأكثر قراءة</h3></div>
<ul>{''.join(f'<li><span class="jeg_number">{i + 1}</span><a href="/2024/05/m{i}/">{esc(t)}</a></li>' for i, t in enumerate(most))}</ul></div>
<div class="widget newsletter-widget"><p>{NEWSLETTER}</p></div></div></div></div>
<footer class="jeg_footer"><p>{FOOTER}</p></footer></div><div class="cookie-notice">{COOKIE}</div></body></html>'''
    elif kind == 'drupal':
        body = ''.join(ps[:2]) + f'<p><strong>اقرأ أيضا: <a href="/node/77">{esc(inline)}</a></strong></p>' + ''.join(ps[2:])
        page = f'''<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{esc(title)} | جريدة الخبر</title>
<meta property="og:site_name" content="جريدة الخبر"><link rel="canonical" href="{url}"></head>
<body class="html not-front page-node"><div id="skip-link"><a href="#main-content">تجاوز إلى المحتوى الرئيسي</a></div>
<div id="page"><header id="header"><div class="region region-header"><ul class="menu nice-menu">{menu}</ul></div></header>
<div id="main"><div class="region region-content"><div class="block block-system"><div class="content">
<article class="node node-article node-full" about="/node/1"><h1 class="title" id="page-title">{esc(title)}</h1>
<footer class="submitted"><span class="date-display-single" property="dc:date" content="{date}T00:00:00+01:00">{visible}</span></footer>
<div class="content"><div class="field field-name-body"><div class="field-items"><div class="field-item even" property="content:encoded">{body}</div></div></div>
<div class="field field-name-field-tags"><div class="field-label">الكلمات المفتاحية:</div><div class="field-items"><a href="/t/1">السعودية</a></div></div></div>
<div class="comment-wrapper" id="comments"><h2 class="title">إضافة تعليق جديد</h2><p>{COMMENT_RULES}</p><div class="comment"><p>{COMMENT}</p></div>
<form class="comment-form"><label>الاسم</label><input></form></div></article></div></div></div>
<div class="region region-sidebar-first"><section class="block block-views"><h2 class="block-title">مواضيع ذات صلة</h2><div class="view-content">
{''.join(f'<div class="views-row"><span class="field-content"><a href="/node/{100 + i}">{esc(r)}</a></span></div>' for i, r in enumerate(rel))}</div></section>
<section class="block block-views"><h2 class="block-title">الأكثر قراءة</h2><ol>{''.join(f'<li><a href="/node/{200 + i}">{esc(t)}</a></li>' for i, t in enumerate(most))}</ol></section>
<section class="block block-ticker"><h2 class="block-title">آخر الأخبار</h2><div class="marquee"><a href="/node/300">{esc(ticker)}</a></div></section>
<section class="block block-newsletter"><p>{NEWSLETTER}</p></section></div></div>
<footer id="footer"><p>{FOOTER}</p><div class="eu-cookie-compliance-banner">{COOKIE}</div></footer><div>{SHARE}</div></div></body></html>'''
    elif kind == 'amp':
        body = ''.join(ps[:2]) + f'<amp-ad width="300" height="250" type="doubleclick"></amp-ad><aside class="read-more"><h4>اقرأ أيضا</h4><a href="/amp/77">{esc(inline)}</a></aside>' + ''.join(ps[2:])
        page = f'''<!doctype html><html amp lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{esc(title)}</title>
<link rel="canonical" href="{url}"><script async src="https://cdn.ampproject.org/v0.js"></script>
<style amp-custom>body{{font-family:sans-serif}}</style>
<script type="application/ld+json">{{"@context":"http://schema.org","@type":"NewsArticle","mainEntityOfPage":"{url}","headline":{json.dumps(title, ensure_ascii=False)},"datePublished":"{date}T08:15:00+03:00","publisher":{{"@type":"Organization","name":"شبكة الخبر"}}}}</script>
</head><body><amp-sidebar id="sidebar" layout="nodisplay"><ul>{menu}</ul></amp-sidebar>
<header class="amp-header"><button on="tap:sidebar.toggle">القائمة</button><a href="/">شبكة الخبر</a></header>
<div class="breaking">{esc(ticker)}</div>
<main id="content" role="main"><article class="amp-article"><header><h1 class="amp-title">{esc(title)}</h1>
<div class="amp-meta"><time datetime="{date}">{visible}</time></div></header>
<figure><amp-img src="a.jpg" width="600" height="400" layout="responsive" alt="صورة أرشيفية من الحدث"></amp-img><figcaption>صورة أرشيفية من الحدث</figcaption></figure>
<div class="amp-body">{body}</div><div class="social-share">{SHARE}</div>
<section class="related-stories"><h3>أخبار ذات صلة</h3><ul>{''.join(f'<li><a href="/amp/r{i}">{esc(r)}</a></li>' for i, r in enumerate(rel))}</ul></section>
</article></main><section class="most-read"><h3>الأكثر قراءة</h3><ol>{''.join(f'<li><a href="/amp/m{i}"><amp-img alt="{esc(t)}" src="t.jpg" width="80" height="60"></amp-img></a><a href="/amp/m{i}">{esc(t)}</a></li>' for i, t in enumerate(most))}</ol></section>
<div class="comments-note">{COMMENT_RULES}</div><div class="user-comment">{COMMENT}</div><div class="newsletter">{NEWSLETTER}</div>
<footer><p>{FOOTER}</p></footer><amp-user-notification layout="nodisplay" id="consent">{COOKIE}</amp-user-notification></body></html>'''
    elif kind == 'portal':
        text = '<br><br>'.join(esc(p) for p in paras[:2]) + f'<br><br><b>اقرأ أيضا:</b> <a href="news.php?id=77">{esc(inline)}</a><br><br>' + '<br><br>'.join(esc(p) for p in paras[2:])
        page = f'''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>بوابة الخبر - {esc(title)}</title></head>
<body bgcolor="#ffffff"><table width="100%"><tr><td colspan="2">{' | '.join(f'<a href="cat.php?id={i}">{m}</a>' for i, m in enumerate(MENU))}</td></tr>
<tr><td colspan="2"><marquee>{esc(ticker)}</marquee></td></tr>
<tr><td width="25%" valign="top"><table><tr><td><b>الأكثر قراءة</b></td></tr>{''.join(f'<tr><td>{i + 1}. <a href="news.php?id={200 + i}">{esc(t)}</a></td></tr>' for i, t in enumerate(most))}</table>
<table><tr><td>{NEWSLETTER}</td></tr></table></td>
<td valign="top"><font size="4"><b>{esc(title)}</b></font><br><font size="2" color="gray">نشر بتاريخ: {d}/{m}/{y}</font><br><br>
<font size="3">{text}</font><br><br><font size="2">{SHARE}</font><br>
<table><tr><td><b>أخبار ذات صلة</b></td></tr>{''.join(f'<tr><td><a href="news.php?id={100 + i}">{esc(r)}</a></td></tr>' for i, r in enumerate(rel))}</table>
<table><tr><td>التعليقات</td></tr><tr><td>{COMMENT_RULES}</td></tr><tr><td>{COMMENT}</td></tr></table></td></tr>
<tr><td colspan="2" align="center">{FOOTER}</td></tr></table><div id="cookies">{COOKIE}</div></body></html>'''
        read_also = [inline]
    else:  # bootstrap, transliterated-Arabic class names
        body = ''.join(ps[:2]) + f'<div class="iqra-aydan"><span>اقرأ أيضا</span><a href="/akhbar/77">{esc(inline)}</a></div>' + ''.join(ps[2:])
        page = f'''<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{esc(title)} | الخبر نت</title>
<meta name="twitter:title" content="{esc(title)}"><meta itemprop="datePublished" content="{date}T10:00:00+03:00"><link rel="canonical" href="{url}"></head>
<body><nav class="navbar"><ul class="nav">{menu}</ul></nav><div class="akhbar-ajela">{esc(ticker)}</div>
<div class="container"><div class="row"><div class="col-md-8"><div class="tafasil-khabar"><h1 class="onwan">{esc(title)}</h1>
<div class="tarikh">{visible}</div><div class="moshareka">{SHARE}</div><div class="nass-khabar">{body}</div>
<div class="akhbar-mutaalika"><h4>أخبار ذات صلة</h4>{''.join(f'<div class="khabar"><a href="/akhbar/{100 + i}">{esc(r)}</a></div>' for i, r in enumerate(rel))}</div>
<div class="taalikat"><h4>التعليقات</h4><p>{COMMENT_RULES}</p><p>{COMMENT}</p></div></div></div>
<div class="col-md-4"><div class="al-akthar-qiraa"><h4>الأكثر قراءة</h4>{''.join(f'<div class="raqam">{i + 1}</div><a href="/akhbar/{200 + i}">{esc(t)}</a>' for i, t in enumerate(most))}</div>
<div class="nashra">{NEWSLETTER}</div></div></div></div><footer class="footer">{FOOTER}</footer><div class="cookies-bar">{COOKIE}</div></body></html>'''
    label = {
        'title': title, 'published': date,
        'body_with': [opening(p) for p in paras],
        'body_without': without,
        'read_also': read_also, 'related': related,
        'note': f'synthetic {kind} page around {art[0]} (tests/html/make_templates.py)' + (' — held out' if kind in HELD_OUT else ''),
    }
    return page, label


def share_line():
    # No class names: the words alone say what it is.
    return f'<div><span>{SHARE_AR}:</span> ' + ' '.join(f'<a href="https://share.example.com/{i}">{n}</a>' for i, n in enumerate(SHARE_NETS)) + '</div>'


def render_set2(kind, art, others, extra, date, slug, k):
    _, title, paras = art
    url = f'https://news.example.com/{kind}/2024/05/{slug}/'
    rel, most, inline, ticker = others[:4], others[4:9], others[9], others[10]
    teasers, inline2, snippet = extra['teasers'], extra['inline2'], extra['snippet']
    y, m, d = date.split('-')
    day = datetime.date(int(y), int(m), int(d))
    wd = WEEKDAYS[day.weekday()]
    visible = f'{int(d)} مايو {y}'
    ps = [f'<p>{esc(p)}</p>' for p in paras]
    menu = ''.join(f'<li><a href="/c/{i}">{t}</a></li>' for i, t in enumerate(MENU))
    without = [MENU[1], ticker, COOKIE, FOOTER, NEWSLETTER] + most[:2] + rel[:2] + teasers
    read_also, related = [inline], rel + most
    encoding = 'utf-8'
    if kind == 'joomla':
        body = (f'<div class="itemIntroText"><p style="text-align: justify;"><strong>{esc(paras[0])}</strong></p></div>'
                f'<div class="itemFullText">' +
                ''.join(f'<p style="text-align: justify;"><span style="font-size: 12pt;">{esc(p)}</span></p>' for p in paras[1:2]) +
                f'<p><span style="color: #ff0000;"><strong>اقرأ أيضًا.. </strong></span><a href="/index.php/local/77-x">{esc(inline)}</a></p>' +
                ''.join(f'<p style="text-align: justify;"><span style="font-size: 12pt;">{esc(p)}</span></p>' for p in paras[2:]) + '</div>')
        page = f'''<!DOCTYPE html><html lang="ar-aa" dir="rtl"><head><meta charset="utf-8"><base href="{url}">
<meta name="generator" content="Joomla! - Open Source Content Management"><title>{esc(title)} - صحيفة الخبر</title>
<meta name="title" content="{esc(title)}"><meta name="author" content="هيئة التحرير"><meta property="og:type" content="article"></head>
<body class="site com_k2 view-item"><div class="t3-wrapper"><header id="t3-header"><div class="logo"><a href="/">صحيفة الخبر</a></div>
<nav class="t3-mainnav"><ul class="nav navbar-nav">{menu}</ul></nav></header>
<div class="ja-news-ticker"><span>عاجل</span><ul><li><a href="/t/1">{esc(ticker)}</a></li></ul></div>
<div id="t3-mainbody" class="container t3-mainbody"><div class="row"><div id="t3-content" class="t3-content col-md-8">
<div class="breadcrumbs"><span class="showHere">{BREADCRUMB}: </span><a href="/" class="pathway">الرئيسية</a> <a href="/c/1" class="pathway">أخبار محلية</a> <span>{esc(title[:30])}</span></div>
<div id="k2Container" class="itemView"><div class="itemHeader"><span class="itemDateCreated">{wd}، {visible} 10:30</span>
<h2 class="itemTitle">{esc(title)}</h2><span class="itemAuthor">كتب: هيئة التحرير</span></div>
<div class="itemToolbar"><ul><li><a class="itemPrintLink" href="?print=1">طباعة</a></li><li><a href="mailto:">أرسل لصديق</a></li></ul></div>
{share_line()}
<div class="itemBody">{body}<div class="clr"></div>
<div class="itemLinks"><div class="itemTagsBlock"><span>الكلمات الدالة</span><ul class="itemTags"><li><a href="/tag/a">مجلس الوزراء</a></li><li><a href="/tag/b">التنمية المستدامة</a></li></ul></div></div></div>
<div class="itemRelated"><h3>مواضيع ذات صلة</h3><ul>{''.join(f'<li class="even"><a class="itemRelTitle" href="/index.php/local/{100 + i}-r">{esc(r)}</a></li>' for i, r in enumerate(rel))}</ul></div>
<div class="itemComments"><h3 class="itemCommentsCounter"><span>2</span> تعليقات</h3><ul class="itemCommentsList">
<li class="even"><span class="commentDate">{visible}</span><span class="commentAuthorName">أبو محمد</span><p>{esc(COMMENT_2)}</p></li>
<li class="odd"><span class="commentAuthorName">سارة</span><p>{esc(COMMENT_3)}</p></li></ul>
<div class="itemCommentsForm"><h3>أضف تعليق</h3><p class="itemCommentsFormNotes">{COMMENT_RULES}</p><form><textarea></textarea><input type="submit" value="أرسل التعليق"></form></div></div>
</div></div><div id="t3-sidebar" class="t3-sidebar col-md-4"><div class="t3-module module"><h3 class="module-title"><span>الأكثر قراءة</span></h3>
<div class="module-ct"><ul class="mostread">{''.join(f'<li><a href="/index.php/local/{200 + i}-m"><span>{esc(t)}</span></a></li>' for i, t in enumerate(most))}</ul></div></div>
<div class="t3-module module"><h3 class="module-title"><span>اخترنا لك</span></h3><div class="module-ct">{''.join(f'<div class="catItemView"><h4><a href="/index.php/picks/{300 + i}">{esc(t)}</a></h4></div>' for i, t in enumerate(teasers))}</div></div>
<div class="acymailing_module"><p>{NEWSLETTER}</p><input type="email"></div></div></div></div>
<footer id="t3-footer"><small>{FOOTER}</small></footer></div><div id="cookieMessageContainer"><p>{COOKIE}</p></div></body></html>'''
        without += [BREADCRUMB, SHARE_AR, COMMENT_2, COMMENT_3, COMMENT_RULES, 'الكلمات الدالة', PRINT_LINE]
    elif kind == 'blogger':
        text = ('<br /><br />'.join(esc(p) for p in paras[:2]) +
                f'<br /><br /><b>اقرأ أيضا:</b> <a href="https://akhbar-blog.blogspot.com/2024/05/x77.html">{esc(inline)}</a><br /><br />' +
                '<br /><br />'.join(esc(p) for p in paras[2:]))
        published = f'{date}T10:00:00+03:00'
        page = f'''<!DOCTYPE html><html class="v2" dir="rtl" lang="ar" xmlns:b="http://www.google.com/2005/gml/b"><head>
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type"><meta content="blogger" name="generator">
<link href="https://akhbar-blog.blogspot.com/2024/05/{slug}.html" rel="canonical">
<meta content="https://akhbar-blog.blogspot.com/2024/05/{slug}.html" property="og:url"><meta content="{esc(title)}" property="og:title">
<title>أخبار اليوم: {esc(title)}</title></head><body class="loading variant-indie"><div class="navbar section" id="navbar"></div>
<div class="content-outer"><header><div class="header section" id="header"><div class="widget Header"><h1 class="title"><a href="/">أخبار اليوم</a></h1><p class="description">مدونة إخبارية مستقلة</p></div></div></header>
<div class="tabs section" id="crosscol"><div class="widget PageList"><ul>{menu}</ul></div></div>
<div class="widget HTML"><div class="widget-content"><marquee direction="right">{esc(ticker)}</marquee></div></div>
<div class="main-outer"><div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>{wd}، {int(d)} مايو، {y}</span></h2><div class="date-posts"><div class="post-outer">
<div class="post hentry" itemscope itemtype="http://schema.org/BlogPosting"><a name="123"></a>
<h3 class="post-title entry-title" itemprop="name">{esc(title)}</h3><div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-123" itemprop="description articleBody"><div dir="rtl" style="text-align: right;" trbidi="on">{text}
<div class="separator" style="clear: both; text-align: center;"><a href="https://blogger.example.com/img.jpg"><img border="0" src="https://blogger.example.com/img.jpg" width="320"></a></div></div>
<div style="clear: both;"></div></div><div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">نشر بواسطة <span class="fn">محرر المدونة</span></span>
<span class="post-timestamp">في <a class="timestamp-link" href="#" rel="bookmark"><abbr class="published" itemprop="datePublished" title="{published}">10:00 ص</abbr></a></span>
<span class="post-comment-link"></span></div><div class="post-share-buttons"><a class="share-button sb-email" href="#"><span class="share-button-link-text">إرسال بالبريد الإلكتروني</span></a><a class="share-button sb-blog" href="#"><span class="share-button-link-text">كتابة مدونة حول هذه المشاركة</span></a></div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">التسميات: <a href="/search/label/a" rel="tag">أخبار محلية</a>، <a href="/search/label/b" rel="tag">تقارير</a></span></div></div></div>
<div class="comments" id="comments"><a name="comments"></a><h4>2 تعليقات:</h4><div class="comments-content"><dl id="comments-block">
<dt class="comment-author">أبو محمد يقول...</dt><dd class="comment-body"><p>{esc(COMMENT_3)}</p></dd><dd class="comment-footer"><span class="comment-timestamp">{int(d)} مايو {y} في 11:02 ص</span></dd>
<dt class="comment-author">سارة يقول...</dt><dd class="comment-body"><p>{esc(COMMENT_2)}</p></dd></dl></div>
<p class="comment-footer"><a href="#">إرسال تعليق</a></p></div></div></div></div></div>
<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="#" title="رسالة أحدث">رسالة أحدث</a></span>
<span id="blog-pager-older-link"><a class="blog-pager-older-link" href="#" title="رسالة أقدم">رسالة أقدم</a></span><a class="home-link" href="/">الصفحة الرئيسية</a></div>
<div class="post-feeds"><div class="feed-links">الاشتراك في: <a class="feed-link" href="#">تعليقات الرسالة (Atom)</a></div></div></div></div></div>
<div class="sidebar section" id="sidebar-right-1"><div class="widget PopularPosts" id="PopularPosts1"><h2>الأكثر قراءة</h2><div class="widget-content popular-posts"><ul>
{''.join(f'<li><div class="item-content"><div class="item-thumbnail"><a href="https://akhbar-blog.blogspot.com/2024/05/m{i}.html"><img alt="" src="t.jpg"></a></div><div class="item-title"><a href="https://akhbar-blog.blogspot.com/2024/05/m{i}.html">{esc(t)}</a></div><div class="item-snippet">{esc(snippet if i == 0 else "")}</div></div></li>' for i, t in enumerate(most))}</ul></div></div>
<div class="widget BlogArchive"><h2>أرشيف المدونة</h2><ul><li><a href="#">مايو 2024</a> (31)</li><li><a href="#">أبريل 2024</a> (44)</li></ul></div>
<div class="widget Follow"><h2>تابعنا</h2><p>{NEWSLETTER}</p></div></div></div>
<footer><div class="widget Attribution"><p>{FOOTER}</p><p>يتم التشغيل بواسطة Blogger.</p></div></footer></div><div id="cookieChoiceInfo"><span>{COOKIE}</span></div></body></html>'''
        without = [MENU[1], ticker, COOKIE, FOOTER, NEWSLETTER] + most[:2] + [opening(snippet), COMMENT_2, COMMENT_3, 'رسالة أحدث', 'رسالة أقدم', 'التسميات', 'إرسال تعليق', 'أرشيف المدونة']
        related = list(most)
    elif kind == 'nextjs':
        h = f'{k:x}{len(title) % 97:02x}'
        body = (''.join(ps[:2]) +
                f'<div class="styles_card__9kL{h}"><span class="styles_label__2xQ">اقرأ أيضاً</span><a href="/ar/news/2024/05/77"><h4>{esc(inline)}</h4></a></div>' +
                ''.join(ps[2:]))
        data = {'props': {'pageProps': {'article': {'id': 1000 + k, 'title': title, 'publishedAt': f'{date}T09:20:00+03:00',
                                                    'body': ''.join(f'<p>{p}</p>' for p in paras), 'related': [{'title': r, 'slug': f'r{i}'} for i, r in enumerate(rel)]},
                                        'mostRead': [{'title': t} for t in most]}}, 'page': '/ar/news/[...slug]', 'buildId': 'x1y2z3'}
        page = f'''<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>{esc(title)} | الخبر 24</title><meta property="og:title" content="{esc(title)} | الخبر 24"/><meta property="og:site_name" content="الخبر 24"/>
<script type="application/ld+json">{json.dumps({'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': title, 'datePublished': f'{date}T09:20:00+03:00', 'publisher': {'@type': 'Organization', 'name': 'الخبر 24'}}, ensure_ascii=False)}</script>
<link rel="preload" href="/_next/static/css/a1b2.css" as="style"/></head><body><div id="__next"><div class="Layout_root__1aZ{h}">
<header class="Header_bar__3Rt"><a href="/ar">الخبر 24</a><nav><ul class="Header_list__x8">{menu}</ul></nav></header>
<div class="styles_ticker__Bq7"><span>عاجل</span><a href="/ar/news/t1">{esc(ticker)}</a></div>
<main class="styles_main__pL0"><div class="styles_grid__aa1"><div class="styles_col__9Zk">
<nav aria-label="breadcrumb" class="styles_crumbs__77"><a href="/ar">الرئيسية</a><span>/</span><a href="/ar/local">أخبار محلية</a></nav>
<h1 class="styles_title__Qw3{h}">{esc(title)}</h1><div class="styles_meta__Lm2"><span class="styles_author__9x">محمد العلي</span><time dateTime="{date}T09:20:00+03:00">{visible}</time></div>
<div class="styles_share__Zp1"><button aria-label="facebook">فيسبوك</button><button aria-label="twitter">تويتر</button><button aria-label="whatsapp">واتساب</button><button>نسخ الرابط</button></div>
<figure class="styles_figure__4d"><img alt="{esc(title)}" src="/img.jpg"/><figcaption>صورة من موقع الحدث</figcaption></figure>
<div class="styles_body__Hh4{h}">{body}</div>
<div class="styles_tags__Tg1"><a href="/ar/tag/1">#التنمية_المستدامة</a><a href="/ar/tag/2">#مجلس_الوزراء</a></div>
<div class="styles_bio__Ab5"><img alt="محمد العلي" src="/a.jpg"/><div><strong>محمد العلي</strong><p>{esc(AUTHOR_BIO)}</p></div></div>
<section class="styles_section__Rr8"><h2 class="styles_heading__H2">مواضيع ذات صلة</h2><div class="styles_row__R1">{''.join(f'<a class="styles_item__I{i}" href="/ar/news/2024/05/r{i}"><img alt="{esc(r)}" src="/r{i}.jpg"/><h3>{esc(r)}</h3></a>' for i, r in enumerate(rel))}</div></section>
</div><aside class="styles_side__Sd3"><div class="styles_tabs__Tb"><div role="tablist"><button role="tab" aria-selected="true">الأكثر قراءة</button><button role="tab" aria-selected="false">الأحدث</button></div>
<div role="tabpanel"><ol>{''.join(f'<li><span class="styles_num__N">{i + 1}</span><a href="/ar/news/2024/05/m{i}">{esc(t)}</a></li>' for i, t in enumerate(most))}</ol></div>
<div role="tabpanel" hidden=""><ol>{''.join(f'<li><a href="/ar/news/2024/05/n{i}">{esc(t)}</a></li>' for i, t in enumerate(teasers[:2]))}</ol></div></div>
<div class="styles_news__Nl"><h3>النشرة البريدية</h3><p>{NEWSLETTER}</p><form><input type="email" placeholder="بريدك الإلكتروني"/><button>اشترك</button></form></div></aside></div>
<section class="styles_picks__Pk"><h2>اخترنا لك</h2>{''.join(f'<article><a href="/ar/picks/{i}"><img alt="" src="/p.jpg"/><h3>{esc(t)}</h3><p>{esc(t)}</p></a></article>' for i, t in enumerate(teasers))}</section></main>
<footer class="Footer_root__F1"><p>{FOOTER}</p></footer><div class="styles_banner__Q1w"><p>{esc(CONSENT_2)}</p><button>موافق</button><button>الإعدادات</button></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script></body></html>'''
        without += [AUTHOR_BIO, CONSENT_2, 'نسخ الرابط', 'صورة من موقع الحدث']
    elif kind == 'arc':
        local = datetime.datetime(int(y), int(m), int(d), 0, 45 if k % 2 else 10, tzinfo=datetime.timezone(datetime.timedelta(hours=3)))
        if not k % 2:
            local = local.replace(hour=10)
        utc = local.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%S.000Z')
        body = (''.join(f'<p class="c-paragraph">{esc(p)}</p>' for p in paras[:2]) +
                f'<div class="c-interstitial"><span>طالع أيضا</span> <a href="/2024/05/77/story/">{esc(inline)}</a></div>' +
                ''.join(f'<p class="c-paragraph">{esc(p)}</p>' for p in paras[2:]))
        hh = local.strftime('%I:%M')
        ampm = 'م' if local.hour >= 12 else 'ص'
        page = f'''<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{esc(title)} | الشرق اليوم</title>
<meta property="og:title" content="{esc(title)}"><meta property="og:site_name" content="الشرق اليوم"><meta property="article:published_time" content="{utc}">
<link rel="canonical" href="{url}"><script>window.Fusion=window.Fusion||{{}};Fusion.globalContent={json.dumps({'headlines': {'basic': title}, 'first_publish_date': utc, 'content_elements': [{'type': 'text', 'content': p} for p in paras[:2]]}, ensure_ascii=False)};</script></head>
<body><div id="fusion-app"><div class="b-header-nav-chain"><nav class="c-nav"><ul>{menu}</ul></nav></div>
<div class="b-alert-bar"><a href="/breaking/1">{esc(ticker)}</a></div><div class="b-right-rail-advanced"><div class="c-stack b-right-rail-advanced__main">
<section class="b-article-header"><div class="c-overline"><a href="/c/1">أخبار محلية</a></div><h1 class="c-heading">{esc(title)}</h1>
<p class="c-subheadline b-subheadline">{esc(paras[0][:0])}</p><div class="b-byline"><span>بقلم</span> <a href="/author/1">سلمى الحربي</a></div>
<time class="c-date" datetime="{utc}">{int(local.day)} مايو {local.year} {hh} {ampm}</time></section>
<div class="b-share-bar"><a aria-label="مشاركة">مشاركة</a><a href="#">فيسبوك</a><a href="#">إكس</a><a href="#">واتساب</a></div>
<article class="b-article-body">{body}</article>
<div class="b-tag-list"><a href="/tags/a/">مجلس الوزراء</a><a href="/tags/b/">التنمية المستدامة</a></div>
<div class="b-author-bio"><p>{esc(AUTHOR_BIO)}</p></div>
<div class="b-subscription"><p>{esc(PAYWALL)}</p><a href="/subscribe">اشترك</a></div>
<div class="b-results-list"><h2>مقالات ذات صلة</h2>{''.join(f'<div class="b-results-list__item"><a href="/2024/05/r{i}/story/"><img alt="{esc(r)}" src="r.jpg"></a><h3><a href="/2024/05/r{i}/story/">{esc(r)}</a></h3><p class="c-date">{visible}</p></div>' for i, r in enumerate(rel))}</div>
</div><div class="c-stack b-right-rail-advanced__rail"><div class="b-numbered-list"><h2>الأكثر قراءة</h2>{''.join(f'<div class="b-numbered-list__item"><span class="b-numbered-list__number">{i + 1}</span><a href="/2024/05/m{i}/story/">{esc(t)}</a></div>' for i, t in enumerate(most))}</div>
<div class="b-top-table-list"><h2>الأكثر تداولاً</h2>{''.join(f'<a href="/2024/05/tr{i}/story/"><h3>{esc(t)}</h3></a>' for i, t in enumerate(teasers))}</div>
<div class="b-newsletter"><p>{NEWSLETTER}</p></div></div></div></div>
<footer class="b-footer"><p>{FOOTER}</p></footer><div id="onetrust-banner-sdk"><p>{esc(CONSENT_2)}</p></div></div></body></html>'''
        without += [AUTHOR_BIO, PAYWALL, CONSENT_2]
    else:  # oldfont: windows-1256 tables and <font>
        text = ('<br><br>'.join(esc(p) for p in paras[:2]) +
                f'<br><br><a href="news.asp?id=77"><font color="#CC0000"><b>إقرأ أيضا: {esc(inline)}</b></font></a><br><br>' +
                '<br><br>'.join(esc(p) for p in paras[2:4]) +
                f'<br><br><a href="news.asp?id=78"><font color="#CC0000"><b>إقرأ أيضا: {esc(inline2)}</b></font></a><br><br>' +
                '<br><br>'.join(esc(p) for p in paras[4:]))
        digits = '٠١٢٣٤٥٦٧٨٩'
        page = f'''<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"><title>جريدة الخبر :: {esc(title)}</title></head>
<body topmargin="0" leftmargin="0"><table width="780" align="center" border="0" cellpadding="0" cellspacing="0"><tr><td colspan="3" bgcolor="#003366">
{' - '.join(f'<a href="cat.asp?id={i}"><font color="#FFFFFF" size="2">{t}</font></a>' for i, t in enumerate(MENU))}</td></tr>
<tr><td colspan="3"><font size="2"><b>آخر الأخبار:</b></font> <marquee direction="right" scrollamount="3"><a href="news.asp?id=300">{esc(ticker)}</a></marquee></td></tr>
<tr><td width="160" valign="top" bgcolor="#EEEEEE"><table width="100%"><tr><td colspan="2" bgcolor="#003366"><font color="#FFFFFF"><b>الأكثر قراءة</b></font></td></tr>
{''.join(f'<tr><td width="15"><font size="2">{digits[i + 1]}</font></td><td><a href="news.asp?id={200 + i}"><font size="2">{esc(t)}</font></a></td></tr>' for i, t in enumerate(most))}</table>
<br><table width="100%"><tr><td><font size="2">{NEWSLETTER}</font><br><input type="text" size="12"></td></tr></table></td>
<td width="460" valign="top"><table width="100%" cellpadding="5"><tr><td><font face="Simplified Arabic" size="5" color="#990000"><b>{esc(title)}</b></font></td></tr>
<tr><td><font size="2" color="#666666">نشر في: {d}-{m}-{y} | 10:30 ص</font></td></tr>
<tr><td><font face="Simplified Arabic" size="3">{text}</font></td></tr>
<tr><td align="left"><a href="print.asp?id=1"><img src="print.gif" border="0" alt="طباعة"><font size="2">طباعة</font></a> <a href="send.asp?id=1"><font size="2">أرسل لصديق</font></a>
<a href="https://facebook.com/sharer"><img src="fb.gif" border="0" alt="فيسبوك"></a> <a href="https://twitter.com/share"><img src="tw.gif" border="0" alt="تويتر"></a></td></tr>
<tr><td><table width="100%" border="1" bordercolor="#CCCCCC"><tr><td bgcolor="#EEEEEE"><b>تعليقات القراء</b> (2)</td></tr>
<tr><td><font size="2"><b>أبو محمد</b> - {d}/{m}/{y}</font><br><font size="2">{esc(COMMENT_2)}</font></td></tr>
<tr><td><font size="2"><b>سارة</b></font><br><font size="2">{esc(COMMENT_3)}</font></td></tr>
<tr><td><font size="2">أضف تعليقك: {COMMENT_RULES}</font><br><textarea cols="40"></textarea></td></tr></table></td></tr></table></td>
<td width="160" valign="top"><table width="100%"><tr><td bgcolor="#003366"><font color="#FFFFFF"><b>أخبار ذات صلة</b></font></td></tr>
{''.join(f'<tr><td><img src="arrow.gif"> <a href="news.asp?id={100 + i}"><font size="2">{esc(r)}</font></a></td></tr>' for i, r in enumerate(rel))}</table></td></tr>
<tr><td colspan="3" align="center" bgcolor="#003366"><font color="#FFFFFF" size="1">{FOOTER}</font></td></tr></table></body></html>'''
        without += [PRINT_LINE, COMMENT_2, COMMENT_3, COMMENT_RULES, 'تعليقات القراء']
        read_also = [inline, inline2]
        encoding = 'cp1256'
    label = {
        'title': title, 'published': date,
        'body_with': [opening(p) for p in paras],
        'body_without': without,
        'read_also': read_also, 'related': related,
        'note': f'synthetic {kind} page around {art[0]} (tests/html/make_templates.py) — held out, set 2',
    }
    return page, label, encoding


def render_set3(kind, art, others, extra, date, slug, k):
    """Set 3 (written after the second round of rules, run blind once): Ghost and a live blog."""
    _, title, paras = art
    url = f'https://news.example.com/{kind}/2024/05/{slug}/'
    rel, most, inline, ticker = others[:4], others[4:9], others[9], others[10]
    teasers, snippet = extra['teasers'], extra['snippet']
    y, m, d = date.split('-')
    visible = f'{int(d)} مايو {y}'
    menu = ''.join(f'<li><a href="/c/{i}">{t}</a></li>' for i, t in enumerate(MENU))
    without = [MENU[1], ticker, FOOTER] + most[:2] + rel[:2] + teasers
    read_also, related = [inline], rel + most
    if kind == 'ghost':
        body = (''.join(f'<p>{esc(p)}</p>' for p in paras[:2]) +
                f'<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://news.example.com/2024/05/77/">'
                f'<div class="kg-bookmark-content"><div class="kg-bookmark-title">{esc(inline)}</div>'
                f'<div class="kg-bookmark-description">{esc(snippet[:140])}</div><div class="kg-bookmark-metadata">'
                f'<span class="kg-bookmark-author">الخبر</span><span class="kg-bookmark-publisher">هيئة التحرير</span></div></div></a></figure>' +
                ''.join(f'<p>{esc(p)}</p>' for p in paras[2:]))
        page = f'''<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{esc(title)}</title>
<meta name="generator" content="Ghost 5.82"><link rel="canonical" href="{url}"><meta property="og:site_name" content="نشرة الخبر">
<meta property="og:type" content="article"><meta property="og:title" content="{esc(title)}"><meta property="article:published_time" content="{date}T07:05:00.000Z">
<script type="application/ld+json">{json.dumps({'@context': 'https://schema.org', '@type': 'Article', 'publisher': {'@type': 'Organization', 'name': 'نشرة الخبر'}, 'headline': title, 'url': url, 'datePublished': f'{date}T07:05:00.000Z'}, ensure_ascii=False)}</script></head>
<body class="post-template"><div class="viewport"><header id="gh-head" class="gh-head"><div class="gh-head-inner"><a class="gh-head-logo" href="/">نشرة الخبر</a>
<nav class="gh-head-menu"><ul class="nav">{menu}</ul></nav><div class="gh-head-actions"><a href="#/portal/signin">تسجيل الدخول</a><a class="gh-head-button" href="#/portal/signup">اشترك</a></div></div></header>
<div class="site-content"><div class="gh-announcement">{esc(ticker)}</div><main id="site-main" class="site-main">
<article class="article post"><header class="article-header gh-canvas"><section class="article-tag"><a href="/tag/local/">أخبار محلية</a></section>
<h1 class="article-title">{esc(title)}</h1><div class="article-byline"><div class="article-byline-meta"><h4 class="author-name"><a href="/author/x/">سلمى الحربي</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="{date}">{visible}</time><span class="byline-reading-time"><span class="bull">•</span> 4 دقائق قراءة</span></div></div></div></header>
<section class="gh-content gh-canvas">{body}</section>
<section class="article-comments gh-canvas"><p>{esc(COMMENT_2)}</p></section>
<aside class="gh-cta"><h3>لا تفوّت أي خبر</h3><p>{esc(PAYWALL)}</p><a href="#/portal/signup">اشترك الآن</a></aside></article></main>
<aside class="read-more-wrap"><div class="read-more"><h3>اقرأ التالي</h3>{''.join(f'<article class="post-card"><a class="post-card-image-link" href="/2024/05/n{i}/"><img alt="{esc(t)}" src="n.jpg"></a><div class="post-card-content"><a href="/2024/05/n{i}/"><header class="post-card-header"><h2 class="post-card-title">{esc(t)}</h2></header></a></div></article>' for i, t in enumerate(teasers))}</div></aside>
<section class="gh-related"><h2>قصص ذات صلة</h2>{''.join(f'<div><a href="/2024/05/r{i}/">{esc(r)}</a></div>' for i, r in enumerate(rel))}</section>
<section class="gh-popular"><h2>الأكثر قراءة</h2><ol>{''.join(f'<li><a href="/2024/05/m{i}/"><span>{i + 1}</span> {esc(t)}</a></li>' for i, t in enumerate(most))}</ol></section></div>
<footer class="gh-foot"><p>{FOOTER}</p><p>يعمل بواسطة Ghost</p></footer></div></body></html>'''
        without += [COMMENT_2, PAYWALL, '4 دقائق قراءة', opening(snippet)]
    else:  # liveblog: a live coverage page of timestamped entries
        times = ['10:05', '10:31', '11:12', '11:47', '12:20', '13:02', '13:40', '14:15']
        entries = ''.join(
            f'<div class="live-entry" id="e{j}"><div class="live-entry__time"><time datetime="{date}T{t}:00+03:00">{t}</time></div>'
            f'<div class="live-entry__body"><p>{esc(p)}</p></div><div><span>شارك</span> <a href="https://share.example.com/fb">فيسبوك</a> <a href="https://share.example.com/x">إكس</a></div></div>'
            for j, (t, p) in enumerate(zip(times, paras[1:])))
        page = f'''<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>مباشر | {esc(title)} | قناة الخبر</title>
<meta property="og:title" content="مباشر | {esc(title)}"><meta property="og:site_name" content="قناة الخبر"><link rel="canonical" href="{url}">
<script type="application/ld+json">{json.dumps({'@context': 'https://schema.org', '@type': 'LiveBlogPosting', 'headline': title, 'coverageStartTime': f'{date}T10:00:00+03:00', 'datePublished': f'{date}T10:00:00+03:00', 'dateModified': f'{date}T14:15:00+03:00', 'liveBlogUpdate': [{'@type': 'BlogPosting', 'headline': p[:60], 'datePublished': f'{date}T{t}:00+03:00'} for t, p in zip(times, paras[1:])]}, ensure_ascii=False)}</script></head>
<body><header class="site-header"><nav><ul>{menu}</ul></nav></header><div class="breaking-bar"><a href="/b/1">{esc(ticker)}</a></div>
<main><div class="live-layout"><div class="live-main"><span class="live-badge">مباشر</span><h1>{esc(title)}</h1>
<div class="live-meta">بدأت التغطية: {visible} 10:00 · آخر تحديث: 14:15 <label><input type="checkbox" checked> تحديث تلقائي</label></div>
<div class="live-summary"><p>{esc(paras[0])}</p></div>
<div class="live-inline-link"><strong>اقرأ أيضا:</strong> <a href="/2024/05/77/">{esc(inline)}</a></div>
<div class="live-feed">{entries}<button>تحميل المزيد من التحديثات</button></div>
<div class="topics-line">مواضيع: <a href="/t/a">مجلس الوزراء</a> <a href="/t/b">التنمية المستدامة</a></div></div>
<div class="live-rail"><section><h2>تغطيات ذات صلة</h2>{''.join(f'<article><a href="/2024/05/r{i}/"><h3>{esc(r)}</h3></a></article>' for i, r in enumerate(rel))}</section>
<section><h2>الأكثر مشاهدة</h2>{''.join(f'<div><b>{i + 1}</b><a href="/2024/05/m{i}/">{esc(t)}</a></div>' for i, t in enumerate(most))}</section>
<section><h2>قصص مصورة</h2>{''.join(f'<a href="/2024/05/s{i}/"><img alt="{esc(t)}" src="s.jpg"><span>{esc(t)}</span></a>' for i, t in enumerate(teasers))}</section></div></div></main>
<div class="app-promo"><p>حمّل تطبيق قناة الخبر لتصلك التحديثات العاجلة لحظة بلحظة على هاتفك.</p></div>
<footer><p>{FOOTER}</p></footer><div class="consent-layer"><p>{esc(CONSENT_2)}</p></div></body></html>'''
        without += ['تحديث تلقائي', 'تحميل المزيد من التحديثات', 'حمّل تطبيق قناة الخبر لتصلك التحديثات العاجلة', CONSENT_2, 'مجلس الوزراء التنمية المستدامة']
    label = {
        'title': title, 'published': date,
        'body_with': [opening(p) for p in paras],
        'body_without': without,
        'read_also': read_also, 'related': related,
        'note': f'synthetic {kind} page around {art[0]} (tests/html/make_templates.py) — held out, set 3',
    }
    return page, label


# Chrome of set 4, in wording no earlier template (and so no rule) has seen.
MENU_4 = ['الصفحة الأولى', 'سياسة', 'محليات', 'مال وأعمال', 'ملاعب', 'صحة', 'تقنية', 'مقالات الرأي']
ARABIC_DIGITS = '٠١٢٣٤٥٦٧٨٩'
MONTHS_LEVANT = {5: 'أيار'}
TD_BIO = 'كاتب وصحفي يغطي شؤون البلديات والخدمات العامة، وله تحقيقات منشورة في عدد من الصحف الخليجية.'
TD_ABOUT = 'صحيفة إلكترونية مستقلة تصدر من جدة، تهتم بالشأن المحلي والخليجي وتقدم تغطية يومية على مدار الساعة.'
TD_COPY = '© حقوق النشر 2024 - صحيفة المرصد. تصميم وتطوير فريق الموقع'
TD_COOKIE = 'يستعين الموقع بملفات تعريف صغيرة لقياس الزيارات وتذكر تفضيلاتك، ويمكنك رفضها من إعدادات المتصفح'
TD_NEWS = 'انضم إلى قائمتنا البريدية واحصل على ملخص أسبوعي لأهم القصص'
TD_SAVE = 'احفظ اسمي، البريد الإلكتروني، والموقع على هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.'
GOV_FOOTER = 'حقوق الطبع والنشر لوزارة الشؤون البلدية والقروية 2024، ويسمح بالاقتباس مع ذكر المصدر'
GOV_BROWSER = 'أفضل عرض للموقع بدقة 1024×768 باستخدام متصفح إنترنت إكسبلورر 9 أو أحدث'
MOB_APP = 'ثبّت تطبيق خبرك على الشاشة الرئيسية لتقرأ الأخبار أسرع وبدون اتصال'
MOB_CONSENT = 'نحن وشركاؤنا نخزن معلومات على جهازك ونصل إليها لأغراض الإعلانات المخصصة وقياس المحتوى'
MOB_FOOTER = 'خبرك منصة إخبارية رقمية مرخصة من المجلس الأعلى لتنظيم الإعلام'
EG_TELEGRAM = 'لمتابعة آخر الأخبار العاجلة اشترك في قناتنا على تليجرام'
EG_POLL = 'هل تتوقع انخفاض أسعار السلع الغذائية خلال الشهر المقبل؟'
EG_COMMENTS = 'جميع التعليقات تخضع للمراجعة قبل النشر، ونعتذر عن عدم نشر ما يخالف القانون أو يسيء للآخرين'
EG_FOOTER = 'بوابة النيل الإخبارية، رئيس مجلس الإدارة ورئيس التحرير: سامح عبد الحميد'
D9_CAPTION = 'من الأرشيف (عدسة: سامر النابلسي)'
D9_NOSCRIPT = 'يرجى تفعيل جافاسكريبت لعرض التعليقات المدعومة من ديسكس.'
D9_NEWS = 'تصلك أبرز عناوين الصباح على بريدك مع فنجان قهوتك'
D9_COOKIE = 'نستعمل الكعكات لتحسين خدماتنا، اضغط على أوافق إن كنت لا تمانع ذلك'
D9_FOOTER = 'الرأي الشمالي، يومية سياسية مستقلة تأسست في إربد عام 1998'


def render_set4(kind, art, others, extra, date, slug, k):
    """Set 4 (written before the third round of rules, run blind first): tagDiv WordPress, an ASP.NET
    WebForms ministry page, a mobile-first card site, an Egyptian portal, a Drupal 9 regional paper."""
    _, title, paras = art
    url = f'https://news.example.com/{kind}/2024/05/{slug}/'
    rel, most, inline, ticker = others[:4], others[4:9], others[9], others[10]
    teasers, inline2, more = extra['teasers'], extra['inline2'], extra['more']
    y, m, d = (int(x) for x in date.split('-'))
    day = datetime.date(y, m, d)
    wd = WEEKDAYS[day.weekday()]
    later = day + datetime.timedelta(days=3)  # the "today" of a top bar, after the article
    visible = f'{d} مايو {y}'
    without = [ticker] + most[:2] + rel[:2]
    read_also, related = [inline], rel + most
    lazy = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7'
    if kind == 'tagdiv':
        def module(t, n, cls):
            return (f'<div class="{cls}"><div class="td_module_related_posts td-animation-stack td_mod_related_posts"><div class="td-module-image">'
                    f'<div class="td-module-thumb"><a href="/2024/05/{n}/" rel="bookmark" class="td-image-wrap" title="{esc(t)}">'
                    f'<img class="entry-thumb" src="{lazy}" data-img-url="/wp-content/uploads/{n}.jpg" alt="" title="{esc(t)}"/></a></div></div>'
                    f'<div class="item-details"><h3 class="entry-title td-module-title"><a href="/2024/05/{n}/" rel="bookmark" title="{esc(t)}">{esc(t)}</a></h3></div></div></div>')
        share = ('<div class="td-post-sharing-visible">' +
                 ''.join(f'<a class="td-social-sharing-button td-social-{n.lower()}" href="https://share.example.com/{n}"><div class="td-social-but-icon"><i class="td-icon-{n.lower()}"></i></div><div class="td-social-but-text">{n}</div></a>'
                         for n in ('Facebook', 'Twitter', 'WhatsApp', 'Telegram')) + '</div>')
        inline_box = (f'<div class="td_block_wrap td_block_related_posts td-related-left tdi_3 td_with_ajax_pagination td-pb-border-top td_block_template_1">'
                      f'<h4 class="td-related-title"><a id="tdi_4" class="td-related-left td-cur-simple-item" href="#">اقرأ أيضا</a></h4>'
                      f'<div id="tdi_3" class="td_block_inner"><div class="td-related-row">{module(inline, "ia", "td-related-span4")}{module(inline2, "ib", "td-related-span4")}</div></div></div>')
        body = (''.join(f'<p>{esc(p)}</p>' for p in paras[:2]) + inline_box + ''.join(f'<p>{esc(p)}</p>' for p in paras[2:]))
        menu = ''.join(f'<li class="menu-item"><a href="/category/{i}/">{t}</a></li>' for i, t in enumerate(MENU_4))
        ld = {'@context': 'https://schema.org', '@graph': [{'@type': 'WebPage', '@id': url, 'name': f'{title} - صحيفة المرصد'},
              {'@type': 'Article', 'headline': title, 'datePublished': f'{date}T09:10:00+00:00', 'dateModified': f'{date}T11:40:00+00:00', 'mainEntityOfPage': {'@id': url}}]}
        page = f'''<!doctype html><html lang="ar" dir="rtl"><head><meta charset="UTF-8"><title>{esc(title)} - صحيفة المرصد</title>
<meta property="og:type" content="article"><meta property="og:title" content="{esc(title)} - صحيفة المرصد"><meta property="og:site_name" content="صحيفة المرصد">
<meta property="article:published_time" content="{date}T09:10:00+00:00"><script type="application/ld+json" class="yoast-schema-graph">{json.dumps(ld, ensure_ascii=False)}</script>
</head><body class="post-template-default single single-post td-standard-pack global-block-template-1 single_template_3 td-full-layout">
<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div><div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-wrap td-header-style-1"><div class="td-header-top-menu-full td-container-wrap"><div class="td-header-top-menu"><div class="top-bar-style-1">
<div class="td-header-sp-top-menu"><div class="td_data_time">{WEEKDAYS[later.weekday()]}، {later.day} مايو {later.year}</div>
<ul class="top-header-menu"><li><a href="/about/">من نحن</a></li><li><a href="/ads/">أعلن لدينا</a></li></ul></div></div></div></div>
<div class="td-header-menu-wrap-full"><div class="td-header-main-menu"><ul id="menu-main" class="sf-menu">{menu}</ul></div></div></div>
<div class="td-trending-now-wrapper"><div class="td-trending-now-title">عاجل الآن</div><div class="td-trending-now-display-area"><div class="td_module_trending_now"><h3 class="entry-title td-module-title"><a href="/2024/05/tr/">{esc(ticker)}</a></h3></div></div></div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-3"><div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" class="entry-crumb" href="/">الصفحة الأولى</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a class="entry-crumb" href="/category/2/">محليات</a></span></div></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
<article id="post-{1000 + k}" class="post-{1000 + k} post type-post status-publish format-standard has-post-thumbnail category-local">
<div class="td-post-header"><header class="td-post-title"><ul class="td-category"><li class="entry-category"><a href="/category/2/">محليات</a></li></ul>
<h1 class="entry-title">{esc(title)}</h1><div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">بواسطة</div> <a href="/author/fahad/">فهد العتيبي</a><div class="td-author-line"> - </div></div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{date}T09:10:00+00:00">{visible}</time></span>
<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-{1000 + k}">{1234 + 17 * k}</span></div><div class="td-post-comments"><a href="#comments"><i class="td-icon-comments"></i>0</a></div></div></header></div>
<div class="td-post-sharing-top">{share}</div>
<div class="td-post-content tagdiv-type"><div class="td-post-featured-image"><figure><a href="/wp-content/uploads/{slug}.jpg" data-caption="أرشيفية"><img class="entry-thumb td-modal-image" src="/wp-content/uploads/{slug}.jpg" alt="" title="{esc(title)}"/></a><figcaption class="wp-caption-text">أرشيفية - تصوير: ماجد الشهري</figcaption></figure></div>
{body}</div>
<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>الوسوم</span></li><li><a href="/tag/a/">أمانة المنطقة</a></li><li><a href="/tag/b/">موسم الصيف</a></li></ul></div>
<div class="td-post-sharing-bottom">{share}</div>
<div class="td-block-row td-post-next-prev"><div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>المقال السابق</span><a href="/2024/05/p/">{esc(more[0])}</a></div></div>
<div class="td-next-prev-separator"></div><div class="td-block-span6 td-post-next-post"><div class="td-post-next-prev-content"><span>المقالة القادمة</span><a href="/2024/05/n/">{esc(more[1])}</a></div></div></div>
<div class="author-box-wrap"><a href="/author/fahad/"><img alt="" src="/avatar.jpg" class="avatar"/></a><div class="desc"><div class="td-author-name vcard author"><span class="fn"><a href="/author/fahad/">فهد العتيبي</a></span></div>
<div class="td-author-description">{esc(TD_BIO)}</div><div class="td-author-social"><span class="td-social-icon-wrap"><a href="https://x.example.com/fahad" title="Twitter"><i class="td-icon-font td-icon-twitter"></i></a></span></div></div></div></footer>
<div class="td_block_wrap td_block_related_posts tdi_5 td_with_ajax_pagination td-pb-border-top td_block_template_1"><h4 class="td-related-title td-block-title"><a class="td-related-left td-cur-simple-item" href="#">مقالات ذات صلة</a><a class="td-related-right" href="#">المزيد من المؤلف</a></h4>
<div class="td_block_inner"><div class="td-related-row">{''.join(module(r, f"r{i}", "td-related-span4") for i, r in enumerate(rel))}</div></div>
<div class="td-next-prev-wrap"><a href="#" class="td-ajax-prev-page ajax-page-disabled"><i class="td-icon-font td-icon-menu-left"></i></a><a href="#" class="td-ajax-next-page"><i class="td-icon-font td-icon-menu-right"></i></a></div></div>
<div class="comments" id="comments"><div id="respond" class="comment-respond"><h4 id="reply-title" class="comment-reply-title">اترك رد <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">إلغاء الرد</a></small></h4>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><div class="comment-form-input-wrap td-form-comment"><textarea placeholder="التعليق:" name="comment" cols="45" rows="8"></textarea><div class="td-warning-comment">الرجاء إدخال تعليقك!</div></div>
<div class="comment-form-input-wrap td-form-author"><input id="author" name="author" placeholder="الاسم:*" type="text"/><div class="td-warning-author">الرجاء إدخال اسمك هنا</div></div>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" type="checkbox"/><label for="wp-comment-cookies-consent">{esc(TD_SAVE)}</label></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="أضف التعليق"/></p></form></div></div>
</article></div></div>
<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar">
<div class="td_block_wrap td_block_7 td_block_widget"><div class="td-block-title-wrap"><h4 class="block-title td-block-title"><span class="td-pulldown-size">الأكثر قراءة هذا الأسبوع</span></h4></div><div class="td_block_inner">
{''.join(f'<div class="td-block-span12"><div class="td_module_6 td_module_wrap td-animation-stack"><div class="td-module-thumb"><a href="/2024/05/m{i}/" rel="bookmark" class="td-image-wrap" title="{esc(t)}"><img class="entry-thumb" src="{lazy}" alt="" title="{esc(t)}"/></a></div><div class="item-details"><h3 class="entry-title td-module-title"><a href="/2024/05/m{i}/" rel="bookmark" title="{esc(t)}">{esc(t)}</a></h3><div class="td-module-meta-info"><span class="td-post-date"><time class="entry-date updated td-module-date">{visible}</time></span></div></div></div></div>' for i, t in enumerate(most))}</div></div>
<div class="td_block_wrap td_block_author"><div class="td-block-title-wrap"><h4 class="block-title td-block-title"><span>المزيد من الكاتب</span></h4></div><div class="td_block_inner">{''.join(f'<div class="td_module_mx1"><h3 class="entry-title td-module-title"><a href="/2024/05/a{i}/">{esc(t)}</a></h3></div>' for i, t in enumerate(teasers))}</div></div>
<div class="td_block_wrap tdn_block_newsletter_subscribe"><div class="tdn-descr">{TD_NEWS}</div><form><input type="email" placeholder="بريدك الإلكتروني"/><button>اشتراك</button></form></div></div></div></div></div></div>
<div class="td-footer-wrapper td-container-wrap"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span4"><div class="block-title"><span>عن الموقع</span></div><div class="td-pb-padding-side">{esc(TD_ABOUT)}</div></div></div></div></div>
<div class="td-sub-footer-container"><div class="td-sub-footer-copy">{esc(TD_COPY)}</div></div></div>
<div id="cookie-law-info-bar" data-nosnippet="true"><span>{TD_COOKIE}<a role="button" class="cli_action_button">موافق</a></span></div></body></html>'''
        without += [TD_BIO, TD_ABOUT, TD_COPY, TD_COOKIE, TD_NEWS, TD_SAVE, 'Facebook Twitter WhatsApp', 'الرجاء إدخال تعليقك',
                    'أرشيفية - تصوير: ماجد الشهري', 'أمانة المنطقة موسم الصيف', more[0], more[1]] + teasers
        read_also = [inline, inline2]
    elif kind == 'webforms':
        hijri = f'1445/10/{21 + d}' if d < 9 else f'1445/11/{d - 8:02d}'
        dmy = f'{d:02d}/{m:02d}/{y}'
        state = ''.join(random.Random(k).choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') for _ in range(1600))
        body = ''.join(f'<p class="MsoNormal" dir="RTL" style="text-align:justify"><span lang="AR-SA" style="font-size:14.0pt;font-family:&quot;Traditional Arabic&quot;,serif">{esc(p)}</span></p>' for p in paras)
        menu = ''.join(f'<td class="MenuItem"><a id="ctl00_ucMenu_rptMenu_ctl0{i}_lnk" href="/Pages/{i}.aspx">{t}</a></td>'
                       for i, t in enumerate(['عن الوزارة', 'الخدمات الإلكترونية', 'المركز الإعلامي', 'الأنظمة واللوائح', 'البيانات المفتوحة', 'الوظائف']))
        page = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl"><head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	وزارة الشؤون البلدية - تفاصيل الخبر
</title><link href="/Styles/ar.css" rel="stylesheet" type="text/css" /></head>
<body><form name="aspnetForm" method="post" action="./NewsDetails.aspx?NewsID={4521 + k}" id="aspnetForm">
<div><input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" /><input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUK{state}" /></div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
function __doPostBack(eventTarget, eventArgument) {{ if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{ theForm.__EVENTTARGET.value = eventTarget; theForm.submit(); }} }}
//]]>
</script>
<table id="ctl00_tblMain" width="100%" cellpadding="0" cellspacing="0"><tr><td class="TopBar"><a id="ctl00_lnkEnglish" href="javascript:__doPostBack('ctl00$lnkEnglish','')">English</a> | <a href="/SiteMap.aspx">خريطة الموقع</a> | <a href="/ContactUs.aspx">تواصل معنا</a> | <span>حجم الخط:</span> <a href="#" onclick="return false;">أ+</a> <a href="#" onclick="return false;">أ-</a> <a href="#">تباين عالٍ</a></td></tr>
<tr><td class="Header"><a href="/Default.aspx"><img src="/images/logo.png" alt="شعار الوزارة" /></a></td></tr>
<tr><td><table class="MainMenu" cellpadding="0" cellspacing="0"><tr>{menu}</tr></table></td></tr>
<tr><td><table width="100%" cellpadding="0" cellspacing="0"><tr><td width="200" valign="top" class="SideMenu">
<table id="ctl00_ContentPlaceHolder1_dlSubMenu" cellspacing="0" border="0"><tr><td><a href="/News.aspx">الأخبار</a></td></tr><tr><td><a href="/Press.aspx">البيانات الصحفية</a></td></tr><tr><td><a href="/Gallery.aspx">معرض الصور</a></td></tr><tr><td><a href="/Events.aspx">الفعاليات</a></td></tr></table>
<table id="ctl00_ContentPlaceHolder1_dlOtherNews" cellspacing="0" border="0"><tr><td class="BoxHeader">أخبار أخرى</td></tr>{''.join(f'<tr><td><a id="ctl00_ContentPlaceHolder1_dlOtherNews_ctl0{i}_lnk" href="NewsDetails.aspx?NewsID={4400 + i}">{esc(t)}</a><br /><span class="SmallDate">{dmy}</span></td></tr>' for i, t in enumerate(teasers))}</table></td>
<td valign="top" class="ContentArea"><div class="BreadCrumb"><span id="ctl00_SiteMapPath1"><a href="#ctl00_SiteMapPath1_SkipLink"><img alt="Skip Navigation Links" height="0" width="0" src="/WebResource.axd?d=x" style="border-width:0px;" /></a><span><a href="/Default.aspx">الرئيسية</a></span><span> &gt; </span><span><a href="/MediaCenter.aspx">المركز الإعلامي</a></span><span> &gt; </span><span>تفاصيل الخبر</span><a id="ctl00_SiteMapPath1_SkipLink"></a></span></div>
<h1 class="PageTitle">أخبار الوزارة</h1>
<table id="ctl00_ContentPlaceHolder1_fvNews" cellspacing="0" border="0" style="border-collapse:collapse;"><tr><td colspan="2">
<h2 class="NewsTitle"><span id="ctl00_ContentPlaceHolder1_fvNews_lblTitle">{esc(title)}</span></h2>
<span id="ctl00_ContentPlaceHolder1_fvNews_lblDate" class="NewsDate">تاريخ النشر: {wd} {dmy}م الموافق {hijri}هـ</span>&nbsp;|&nbsp;<span id="ctl00_ContentPlaceHolder1_fvNews_lblViews">عدد المشاهدات: {1532 + 11 * k}</span><br />
<img id="ctl00_ContentPlaceHolder1_fvNews_imgNews" src="/Uploads/News/{4521 + k}.jpg" style="width:400px;border-width:0px;" />
<div id="ctl00_ContentPlaceHolder1_fvNews_divBody" class="NewsBody">{body}</div></td></tr></table>
<table class="NewsTools"><tr><td><a id="ctl00_ContentPlaceHolder1_lnkPrint" href="javascript:window.print()"><img src="/images/print.png" alt="طباعة" /> طباعة الصفحة</a></td><td><a href="mailto:?subject=x"><img src="/images/mail.png" alt="إرسال" /> إرسال بالبريد الإلكتروني</a></td><td>مشاركة: <a href="https://twitter.com/intent/tweet?url=x"><img src="/images/tw.png" alt="تويتر" /></a> <a href="https://www.linkedin.com/shareArticle?url=x"><img src="/images/in.png" alt="لينكدإن" /></a></td></tr></table>
<table id="ctl00_ContentPlaceHolder1_gvSimilar" class="Similar" cellspacing="0" border="0" style="border-collapse:collapse;"><tr><th scope="col">أخبار مشابهة</th></tr>{''.join(f'<tr><td><a id="ctl00_ContentPlaceHolder1_gvSimilar_ctl0{i + 2}_lnkTitle" href="NewsDetails.aspx?NewsID={4300 + i}">{esc(r)}</a> <span class="SmallDate">({dmy})</span></td></tr>' for i, r in enumerate(rel))}</table>
<div class="Feedback"><span>هل كانت هذه الصفحة مفيدة؟</span> <input type="submit" name="ctl00$ContentPlaceHolder1$btnYes" value="نعم" /> <input type="submit" name="ctl00$ContentPlaceHolder1$btnNo" value="لا" /></div>
<div class="LastUpdate">آخر تحديث للصفحة: {dmy} 11:42 ص</div></td></tr></table></td></tr>
<tr><td class="Footer"><a href="/Privacy.aspx">سياسة الخصوصية</a> | <a href="/Terms.aspx">شروط الاستخدام</a> | <a href="/Accessibility.aspx">إمكانية الوصول</a><br />{GOV_FOOTER}<br />{GOV_BROWSER}</td></tr></table>
<script src="/WebResource.axd?d=y" type="text/javascript"></script><script type="text/javascript">WebForm_InitCallback();</script></form></body></html>'''
        without += ['طباعة الصفحة', 'إرسال بالبريد الإلكتروني', 'هل كانت هذه الصفحة مفيدة', 'آخر تحديث للصفحة', 'عدد المشاهدات',
                    GOV_FOOTER, GOV_BROWSER, 'أخبار الوزارة', 'خريطة الموقع'] + teasers
        without = [w for w in without if w not in most[:2] and w != ticker]  # no ticker, no most-read here
        read_also, related = [], rel
    elif kind == 'mobile':
        def card(t, n, extra_html=''):
            return (f'<a class="card" href="/story/{n}"><img class="lazy" src="{lazy}" data-src="/img/{n}.jpg" alt="">'
                    f'<div class="card__text">{extra_html}<h3>{esc(t)}</h3></div></a>')
        body = (''.join(f'<p>{esc(p)}</p>' for p in paras[:2]) +
                f'<a class="inline-card" href="/story/77"><img class="lazy" src="{lazy}" data-src="/img/77.jpg" alt=""><span class="inline-card__kicker">طالع أيضا</span><strong>{esc(inline)}</strong></a>' +
                ''.join(f'<p>{esc(p)}</p>' for p in paras[2:]))
        ld = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': title, 'datePublished': f'{date}T14:30:00+02:00',
              'dateModified': f'{date}T16:05:00+02:00', 'author': {'@type': 'Person', 'name': 'ريم السيد'}, 'image': [f'https://news.example.com/img/{slug}.jpg']}
        page = f'''<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | خبرك</title><meta property="og:title" content="{esc(title)}"><meta property="og:image" content="https://news.example.com/img/{slug}.jpg">
<link rel="manifest" href="/manifest.json"><script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script></head>
<body class="m"><header class="topbar"><button class="burger" aria-label="القائمة"></button><a class="logo" href="/">خبرك</a><button class="search" aria-label="بحث"></button></header>
<nav class="chips"><a href="/top">الأهم</a><a href="/egypt">مصر</a><a href="/world">العالم</a><a href="/money">فلوس</a><a href="/sport">كورة</a><a href="/video">فيديو</a></nav>
<section class="alert-strip"><span>الآن</span> <a href="/story/1">{esc(ticker)}</a></section>
<main><section class="story-head"><a class="kicker" href="/c/local">محليات</a><h1>{esc(title)}</h1>
<div class="byline"><img class="lazy" src="{lazy}" data-src="/a/author.jpg" alt=""><span>بقلم ريم السيد</span> · <time datetime="{date}T14:30:00+02:00">منذ {3 + k} ساعات</time></div></section>
<section class="story-media"><img class="lazy" src="{lazy}" data-src="/img/{slug}.jpg" alt="{esc(title)}"><span class="credit">الصورة: وكالات</span></section>
<section class="story-body">{body}</section>
<section class="story-tools"><button class="share-native">مشاركة</button><button class="save">حفظ للقراءة لاحقا</button><button class="font">حجم الخط</button></section>
<section class="cards related"><h2 class="cards__title">أخبار متعلقة</h2>{''.join(card(r, f"r{i}", f'<span class="card__time">منذ {i + 1} ساعات</span>') for i, r in enumerate(rel))}</section>
<section class="cards trending"><h2 class="cards__title">الأكثر قراءة</h2>{''.join(card(t, f"m{i}", f'<span class="card__rank">{i + 1}</span>') for i, t in enumerate(most))}</section>
<section class="cards sponsored"><h2 class="cards__title">محتوى مدعوم</h2>{''.join(card(t, f"s{i}", '<span class="card__sponsor">برعاية شريكنا</span>') for i, t in enumerate(teasers[:2]))}</section>
<section class="cards latest" id="latest"><h2 class="cards__title">آخر الأخبار</h2>{''.join(card(t, f"l{i}") for i, t in enumerate(more[:3]))}<button class="more" data-page="2">المزيد</button></section></main>
<nav class="tabbar"><a href="/">الرئيسية</a><a href="/sections">الأقسام</a><a href="/video">فيديو</a><a href="/me">حسابي</a></nav>
<div class="install-prompt"><p>{MOB_APP}</p><button>تثبيت</button></div>
<div class="consent"><p>{MOB_CONSENT}</p><button>قبول</button><button>إدارة الخيارات</button></div>
<footer class="foot"><p>{MOB_FOOTER}</p></footer></body></html>'''
        without += [MOB_APP, MOB_CONSENT, MOB_FOOTER, 'الصورة: وكالات', 'حفظ للقراءة لاحقا', 'برعاية شريكنا'] + teasers[:2] + more[:3]
    elif kind == 'egyportal':
        ra = [inline, inline2, more[2]]
        body = (''.join(f'<p>{esc(p)}</p>' for p in paras[:2]) + '<p><strong>اقرأ أيضا:</strong></p>' +
                ''.join(f'<p><a href="/News/Details/2024/5/{d}/{77 + i}">{i + 1}- {esc(t)}</a></p>' for i, t in enumerate(ra)) +
                ''.join(f'<p>{esc(p)}</p>' for p in paras[2:4]) +
                '<div class="video-embed"><iframe src="https://www.youtube.com/embed/abcdEFGH" width="560" height="315" allowfullscreen></iframe></div>' +
                ''.join(f'<p>{esc(p)}</p>' for p in paras[4:]) +
                f'<p><strong>{EG_TELEGRAM} <a href="https://t.me/example">اضغط هنا</a></strong></p>')
        ad = ''.join(f'<li><span class="num">{ARABIC_DIGITS[i + 1]}</span><a href="/News/Details/2024/5/{d}/{200 + i}">{esc(t)}</a></li>' for i, t in enumerate(most))
        page = f'''<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{esc(title)} - بوابة النيل</title>
<meta name="description" content="{esc(paras[0][:150])}"><meta property="og:title" content="{esc(title)}"><meta property="og:type" content="article">
<meta property="article:published_time" content="{date}T12:30:00+03:00"><meta property="article:section" content="أخبار مصر"></head>
<body><div class="top-bar"><span class="today">{WEEKDAYS[later.weekday()]} {later.day} مايو {later.year}</span> <span class="weather">القاهرة 31°</span></div>
<header><div class="logo"><a href="/">بوابة النيل</a></div><ul class="main-nav">{''.join(f'<li><a href="/Section/{i}">{t}</a></li>' for i, t in enumerate(MENU_4))}</ul></header>
<div class="urgent"><b>عاجل</b> <a href="/News/Details/2024/5/{d}/1">{esc(ticker)}</a></div>
<div class="container"><div class="right-col"><div class="article-header"><div class="sec-name"><a href="/Section/egypt">أخبار مصر</a></div>
<h1 class="art-title">{esc(title)}</h1><div class="writer">كتب - محمود عبد الرحمن:</div><div class="art-date">{wd}، {d} مايو {y} 12:30 م</div></div>
<div class="share-icons"><a class="fb" href="https://facebook.com/sharer/x"></a><a class="tw" href="https://twitter.com/intent/x"></a><a class="wa" href="https://wa.me/?x"></a><a class="copy" href="#">نسخ الرابط</a></div>
<div class="main-img"><img src="/Upload/{slug}.jpg" alt=""><p class="img-caption">جانب من الاجتماع</p></div>
<div class="details-body" id="NewsStory">{body}</div>
<div class="tags"><span>كلمات البحث:</span> <a href="/Tags/1">محافظة الجيزة</a> <a href="/Tags/2">الطرق والكباري</a></div>
<div class="follow-us">تابعونا على <a href="https://facebook.com/x">فيسبوك</a> <a href="https://instagram.com/x">إنستجرام</a> <a href="https://youtube.com/x">يوتيوب</a> <a href="https://news.google.com/x">جوجل نيوز</a></div>
<div class="related-news"><div class="sec-title">موضوعات متعلقة</div><ul>{''.join(f'<li><a href="/News/Details/2024/5/{d}/{100 + i}"><img src="/Upload/r{i}.jpg" alt=""><h3>{esc(r)}</h3></a></li>' for i, r in enumerate(rel))}</ul></div>
<div class="fb-comments-box"><div class="sec-title">التعليقات</div><p class="note">{EG_COMMENTS}</p><div class="fb-comments" data-href="{url}"></div></div></div>
<div class="left-col"><div class="poll-box"><div class="sec-title">استطلاع الرأي</div><p class="q">{EG_POLL}</p><label><input type="radio" name="poll"> نعم</label><label><input type="radio" name="poll"> لا</label><label><input type="radio" name="poll"> غير متأكد</label><button>صوت الآن</button> <a href="/Poll/Results">النتائج</a></div>
<div class="most-read"><div class="tabs"><span class="active">الأكثر قراءة</span><span>الأكثر تعليقا</span></div><ul>{ad}</ul></div>
<div class="ad-slot"><span>إعلان</span></div></div></div>
<footer><ul><li><a href="/about">من نحن</a></li><li><a href="/advertise">اعلن معنا</a></li><li><a href="/privacy">سياسة الخصوصية</a></li></ul><p>{EG_FOOTER}</p></footer></body></html>'''
        without += [EG_TELEGRAM, EG_POLL, EG_COMMENTS, EG_FOOTER, 'تابعونا على فيسبوك', 'محافظة الجيزة الطرق والكباري', 'نسخ الرابط', 'جانب من الاجتماع']
        read_also = ra
    else:  # drupal9: a regional paper on Drupal 9 with the paragraphs module
        levant = f'{wd} {d} {MONTHS_LEVANT[m]} {y}'
        def text(ps):
            return ('<div class="field__item"><div class="paragraph paragraph--type--text paragraph--view-mode--default">'
                    '<div class="clearfix text-formatted field field--name-field-text field--type-text-long field--label-hidden field__item">' +
                    ''.join(f'<p>{esc(p)}</p>' for p in ps) + '</div></div></div>')
        body = (text(paras[:2]) +
                f'<div class="field__item"><div class="paragraph paragraph--type--image-caption paragraph--view-mode--default"><div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy" src="/sites/default/files/{slug}.jpg" width="800" height="450" alt="" /></div>'
                f'<div class="field field--name-field-caption field--type-string field--label-hidden field__item">{D9_CAPTION}</div></div></div>' +
                text(paras[2:3]) +
                f'<div class="field__item"><div class="paragraph paragraph--type--related-node paragraph--view-mode--default"><div class="field field--name-field-label field--type-string field--label-hidden field__item">ذات صلة</div>'
                f'<div class="field field--name-field-node field--type-entity-reference field--label-hidden field__item"><article class="node node--type-article node--view-mode-teaser"><h2 class="node__title"><a href="/node/77" rel="bookmark"><span class="field field--name-title field--type-string field--label-hidden">{esc(inline)}</span></a></h2></article></div></div></div>' +
                text(paras[3:]))
        ld = {'@context': 'https://schema.org', '@graph': [{'@type': 'NewsArticle', 'headline': title, 'datePublished': f'{date}T06:45:00+0300', 'isAccessibleForFree': 'True'}]}
        page = f'''<!DOCTYPE html><html lang="ar" dir="rtl" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8" /><meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />
<title>{esc(title)} | الرأي الشمالي</title><link rel="canonical" href="{url}" /><meta property="og:title" content="{esc(title)}" />
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">انتقل إلى المحتوى الرئيسي</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<header role="banner"><div class="region region-header"><div id="block-sitebranding"><a href="/" rel="home">الرأي الشمالي</a></div></div>
<div class="region region-primary-menu"><nav role="navigation" id="block-mainnavigation"><ul class="menu">{''.join(f'<li class="menu-item"><a href="/taxonomy/term/{i}">{t}</a></li>' for i, t in enumerate(MENU_4))}</ul></nav></div></header>
<div class="region region-highlighted"><div class="views-element-container block-views-blockbreaking-news-block-1"><div class="view-breaking-news"><div class="view-content"><div class="views-row"><span class="views-field views-field-title"><span class="field-content"><a href="/node/300">{esc(ticker)}</a></span></span></div></div></div></div></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<div id="block-breadcrumbs"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">مسار التصفح</h2><ol><li><a href="/">الصفحة الأولى</a></li><li><a href="/local">محليات</a></li></ol></nav></div>
<div id="block-mainpagecontent"><article role="article" about="/node/{900 + k}" class="node node--type-article node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{esc(title)}</span></h1>
<div class="node__meta"><span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>رنا الخطيب</span></span> <span class="field field--name-created field--type-created field--label-hidden"><time datetime="{date}T03:45:00Z">{levant}</time></span></div>
<div class="node__content"><div class="field field--name-field-paragraphs field--type-entity-reference-revisions field--label-hidden field__items">{body}</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">الوسوم</div><div class="field__items"><div class="field__item"><a href="/taxonomy/term/51" hreflang="ar">محافظة إربد</a></div><div class="field__item"><a href="/taxonomy/term/52" hreflang="ar">وادي الأردن</a></div></div></div>
<div class="addtoany"><span class="a2a_kit a2a_kit_size_32 addtoany_list"><a class="a2a_button_facebook" href="#"></a><a class="a2a_button_twitter" href="#"></a><a class="a2a_button_whatsapp" href="#"></a><a class="a2a_dd addtoany_share" href="https://www.addtoany.com/share">شارك هذا المقال</a></span></div>
<section class="comments"><div id="disqus_thread"></div><noscript>{D9_NOSCRIPT}</noscript></section></div></article></div>
<div class="views-element-container block-views-blockrelated-articles-block-1"><h2>في السياق نفسه</h2><div class="view-content">{''.join(f'<div class="views-row"><div class="views-field views-field-field-image"><img src="/sites/default/files/r{i}.jpg" alt="" /></div><div class="views-field views-field-title"><span class="field-content"><a href="/node/{500 + i}">{esc(r)}</a></span></div><div class="views-field views-field-created"><span class="field-content">{d} {MONTHS_LEVANT[m]} {y}</span></div></div>' for i, r in enumerate(rel))}</div></div></div></div>
<aside class="layout-sidebar-first" role="complementary"><div class="region region-sidebar-first">
<div class="views-element-container block-views-blockmost-read-block-1"><h2>الأخبار الأكثر قراءة</h2><div class="item-list"><ol>{''.join(f'<li><a href="/node/{600 + i}">{esc(t)}</a></li>' for i, t in enumerate(most))}</ol></div></div>
<div class="block-simplenews-subscription"><h2>النشرة الإخبارية</h2><p>{D9_NEWS}</p><form><input type="email" placeholder="البريد الإلكتروني" /><input type="submit" value="اشترك" /></form></div>
<div class="block-block-content"><h2>أسعار العملات</h2><table><tr><td>الدولار</td><td>0.709</td></tr><tr><td>اليورو</td><td>0.768</td></tr></table></div></div></aside></main>
<footer role="contentinfo"><div class="region region-footer"><nav><ul class="menu"><li><a href="/about">من نحن</a></li><li><a href="/board">هيئة التحرير</a></li><li><a href="/contact">تواصل معنا</a></li></ul></nav><p>{D9_FOOTER}</p></div></footer>
<div id="sliding-popup" class="sliding-popup-bottom"><div class="eu-cookie-compliance-banner"><div class="popup-content info"><div id="popup-text"><p>{D9_COOKIE}</p></div><div id="popup-buttons"><button type="button" class="agree-button">أوافق</button><button type="button" class="decline-button">لا، شكرًا</button></div></div></div></div>
</div></div></body></html>'''
        without += [D9_CAPTION, D9_NOSCRIPT, D9_NEWS, D9_COOKIE, D9_FOOTER, 'شارك هذا المقال', 'محافظة إربد وادي الأردن', 'أسعار العملات']
    label = {
        'title': title, 'published': date,
        'body_with': [opening(p) for p in paras],
        'body_without': without,
        'read_also': read_also, 'related': related,
        'note': f'synthetic {kind} page around {art[0]} (tests/html/make_templates.py) — held out, set 4',
    }
    return page, label


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('out')
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument('--corpus', default=os.path.join(here, '..', '..', '..', 'shared', 'corpus'))
    ap.add_argument('--per-template', type=int, default=4)
    ap.add_argument('--templates', default=','.join(TEMPLATES))
    args = ap.parse_args()
    kinds = args.templates.split(',')
    need = args.per_template * len(kinds)
    arts = articles(args.corpus, need * 2 + 20)
    if len(arts) < need + 11:
        raise SystemExit('make_templates: not enough articles in the corpus')
    rng = random.Random(14)
    os.makedirs(os.path.join(args.out, 'pages'), exist_ok=True)
    os.makedirs(os.path.join(args.out, 'labels'), exist_ok=True)
    i = 0
    for kind in kinds:
        for k in range(args.per_template):
            art = arts[i]
            others = [a[1] for a in arts[i + 1:] if a[1] != art[1]][:11]
            rng.shuffle(others)
            i += 1
            date = f'2024-05-{(i % 27) + 1:02d}'
            name = f'{kind}-{k}'
            encoding = 'utf-8'
            if kind in SET2 or kind in SET3 or kind in SET4:
                # Other stories for teaser grids and snippets, after the ones the older templates use.
                more = [a for a in arts[i + 11:] if a[1] != art[1] and a[1] not in others]
                extra = {'teasers': [a[1] for a in more[:3]], 'inline2': more[3][1], 'snippet': more[4][2][0],
                         'more': [a[1] for a in more[5:8]]}
                if kind in SET4:
                    page, label = render_set4(kind, art, others, extra, date, name, k)
                elif kind in SET3:
                    page, label = render_set3(kind, art, others, extra, date, name, k)
                else:
                    page, label, encoding = render_set2(kind, art, others, extra, date, name, k)
            else:
                page, label = render(kind, art, others, date, name)
            with open(os.path.join(args.out, 'pages', name + '.html'), 'w', encoding=encoding, errors='xmlcharrefreplace') as f:
                f.write(page)
            label['file'] = os.path.join('..', 'pages', name + '.html')
            with open(os.path.join(args.out, 'labels', name + '.json'), 'w', encoding='utf-8') as f:
                json.dump(label, f, ensure_ascii=False, indent=2)
    print(f'{i} pages in {args.out}')


if __name__ == '__main__':
    main()
