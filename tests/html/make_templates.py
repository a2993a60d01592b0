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
"""
import argparse
import glob
import html
import json
import os
import random

TEMPLATES = ('wordpress', 'drupal', 'amp', 'portal', 'bootstrap')
HELD_OUT = ('amp', 'portal', 'bootstrap')

MENU = ['الرئيسية', 'أخبار محلية', 'عربي ودولي', 'اقتصاد', 'رياضة', 'فن وثقافة', 'منوعات', 'اتصل بنا']
COOKIE = 'نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا، وبمتابعة التصفح فإنك توافق على ذلك'
COMMENT_RULES = 'يرجى الالتزام بآداب الحوار وعدم الإساءة، والتعليقات لا تعبر عن رأي الموقع'
COMMENT = 'تعليق من قارئ: هذا الخبر مهم جدا، ونتمنى أن تستمر المتابعة حتى النهاية.'
SHARE = 'شارك عبر فيسبوك تويتر واتساب'
FOOTER = 'جميع الحقوق محفوظة لمؤسسة الخبر للصحافة والنشر 2024'
NEWSLETTER = 'اشترك في النشرة البريدية ليصلك كل جديد'


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
            page, label = render(kind, art, others, date, f'{kind}-{k}')
            name = f'{kind}-{k}'
            with open(os.path.join(args.out, 'pages', name + '.html'), 'w', encoding='utf-8') as f:
                f.write(page)
            label['file'] = os.path.join('..', 'pages', name + '.html')
            with open(os.path.join(args.out, 'labels', name + '.json'), 'w', encoding='utf-8') as f:
                json.dump(label, f, ensure_ascii=False, indent=2)
    print(f'{i} pages in {args.out}')


if __name__ == '__main__':
    main()
