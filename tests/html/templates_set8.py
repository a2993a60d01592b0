#!/usr/bin/env python3
"""Sealed HTML template set 8 (issue 14): five more kinds of Arabic news pages, labelled by construction.

Written by someone who did not change the HTML extractor's rules and never ran akhbar on these pages:
their first score, taken after the next rules are merged, measures the rules on templates nobody looked
at while writing them. None of these kinds is in make_templates.py or templates_set5/6/7.py, and every
chrome sentence is new wording (no chrome constant of the earlier sets is imported).

  spa         Vue/Nuxt server-rendered single-page app: data-v-* attributes, the article in
              <div id="app" data-server-rendered="true">, a window.__INITIAL_STATE__ blob with the
              article and a feed of other stories, skeleton placeholders for comments and a "الأكثر
              تداولاً" feed (not related); the date only in the state blob and article:published_time;
              a "قصص ذات صلة" block (related)
  newsletter  the web view of an e-mail newsletter: nested layout tables with inline styles, a preheader,
              the lead story in full then "في عدد اليوم أيضاً" teasers (not related), a sponsor slot,
              unsubscribe and mailing-address footer; the visible date is the issue line only
  explainer   an explainer: "النقاط الرئيسية" bullet box above the text (not the article), the body cut by
              <h2> subheadings, a "أسئلة شائعة" accordion after it (not the article), Hijri + Gregorian
              date line; "للتعمق أكثر" (related)
  factcheck   a fact-checking page: claim box ("الادعاء"), a verdict badge, the source of the claim, the
              article as the verification, a "المصادر" list of links (not related), ClaimReview JSON-LD
              with the date; "تحققات سابقة" (related)
  aggregator  a news aggregator's reader view of a story from another site: the source's logo and name,
              "اقرأ الخبر من مصدره" button, a summary teaser box, the article, reactions bar, "المزيد من
              هذا المصدر" (not related) and "أخبار مشابهة من مصادر أخرى" (related); visible date line only

Labels (the format of tests/html/labels): title (the <h1>), published (the local date), body_with = the
opening of each paragraph, body_without = visible chrome texts and other stories' headlines, read_also,
related (headed related lists only). Articles: make_templates.articles() after skipping the first 800
(sets 5, 6 and 7 use fewer).

Usage: templates_set8.py OUT_DIR [--corpus DIR] [--per-kind 4] [--skip 800] [--kinds a,b]
writes OUT_DIR/pages/KIND-N.html and OUT_DIR/labels/KIND-N.json and checks every labelled text against
the page's visible text with templates_set5's check() (its driver, templates_set5.drive(), is reused).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
# Helpers and calendar data only; no chrome sentence of the earlier sets.
from templates_set5 import DAYS, GULF_MONTHS, drive, esc, labelled_page, hijri, opening  # noqa: E402

KINDS = ('spa', 'newsletter', 'explainer', 'factcheck', 'aggregator')


def links(items, href, cls=''):
    c = f' class="{cls}"' if cls else ''
    return ''.join(f'<li{c}><a href="{href}{i}">{esc(t)}</a></li>' for i, t in enumerate(items))


def paras_html(paras, attrs=''):
    return ''.join(f'<p{attrs}>{esc(p)}</p>' for p in paras)


def ar_date(day):
    return f'{day.day} {GULF_MONTHS[day.month - 1]} {day.year}'


# --- spa: a Vue/Nuxt server-rendered app with its state blob ----------------------------------------
SP_SITE = 'نبض الخبر'
SP_MENU = ['عاجل', 'محليات', 'دوليات', 'مال وأعمال', 'صحة', 'تقنية', 'منوعات']
SP_TRENDING = 'الأكثر تداولاً'
SP_RELATED = 'قصص ذات صلة'
SP_LOADING = 'جارٍ تحميل التعليقات، يرجى الانتظار'
SP_APP = 'حمّل تطبيق نبض الخبر واحصل على التنبيهات فور وقوعها'
SP_COOKIES = 'نستخدم ملفات تعريف الارتباط لتحسين تجربتك، ومتابعتك للتصفح تعني موافقتك'
SP_FOOTER = 'نبض الخبر منصة رقمية مستقلة تأسست لتقديم الأخبار بلا ضجيج'


def render_spa(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, trending = others[:4], others[4:9]
    published = f'{day.isoformat()}T{7 + k:02d}:20:00+02:00'
    state = {'route': {'path': f'/story/{slug}'}, 'story': {'id': 71000 + k, 'title': title, 'publishedAt': published,
             'blocks': [{'type': 'paragraph', 'text': p} for p in paras]},
             'feed': [{'id': 72000 + i, 'title': t} for i, t in enumerate(trending)], 'ui': {'theme': 'light'}}
    v = f'data-v-{0x3a9f1 + k:x}'
    skel = ''.join(f'<div {v} class="skeleton-line" style="width:{90 - 10 * i}%"></div>' for i in range(4))
    page = f'''<!doctype html>
<html lang="ar" dir="rtl" data-n-head-ssr><head><meta charset="utf-8"><title>{esc(title)} - {SP_SITE}</title>
<meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1">
<meta data-n-head="ssr" property="og:title" content="{esc(title)}">
<meta data-n-head="ssr" property="article:published_time" content="{published}">
<link rel="preload" href="/_nuxt/app.{k}f3c.js" as="script"><link rel="stylesheet" href="/_nuxt/css/{k}a1.css"></head>
<body><div data-server-rendered="true" id="__nuxt"><div id="__layout"><div {v} id="app" class="layout-default">
<header {v} class="top-bar"><a {v} href="/" class="brand">{SP_SITE}</a>
<nav {v}><ul {v}>{''.join(f'<li {v}><a {v} href="/section/{i}" class="nuxt-link">{t}</a></li>' for i, t in enumerate(SP_MENU))}</ul></nav></header>
<div {v} class="app-promo"><span {v}>{SP_APP}</span></div>
<main {v} class="story-page"><div {v} class="story-head"><h1 {v} class="story-title">{esc(title)}</h1>
<div {v} class="story-share"><button {v}>واتساب</button><button {v}>تويتر</button><button {v}>نسخ الرابط</button></div></div>
<div {v} class="story-cover"><img {v} src="/media/{slug}.webp" alt="" loading="lazy"></div>
<div {v} class="story-blocks">{''.join(f'<div {v} class="block block-paragraph"><p {v}>{esc(p)}</p></div>' for p in paras)}</div>
<section {v} class="story-related"><h3 {v}>{SP_RELATED}</h3><ul {v}>{links(rel, '/story/r')}</ul></section>
<section {v} class="comments"><div {v} class="comments-loading">{SP_LOADING}</div>{skel}</section></main>
<aside {v} class="feed"><h3 {v}>{SP_TRENDING}</h3><ol {v}>{links(trending, '/story/f')}</ol></aside>
<div {v} class="cookie-bar"><p {v}>{SP_COOKIES}</p><button {v}>موافق</button></div>
<footer {v} class="foot"><p {v}>{SP_FOOTER}</p></footer></div></div></div>
<script>window.__INITIAL_STATE__={json.dumps(state, ensure_ascii=False)}</script>
<script src="/_nuxt/runtime.{k}b2.js" defer></script><script src="/_nuxt/app.{k}f3c.js" defer></script>
<noscript>يتطلب هذا الموقع تفعيل جافاسكربت</noscript></body></html>'''
    without = [SP_MENU[2], SP_APP, SP_TRENDING, SP_LOADING, SP_COOKIES, SP_FOOTER] + trending + rel[:2]
    return page, title, [], rel, without


# --- newsletter: the web view of an e-mail newsletter -----------------------------------------------
NL_SITE = 'نشرة الصباح من الرصيف'
NL_PRE = 'خمس دقائق تكفيك لتعرف ما جرى أمس وما ينتظرك اليوم'
NL_VIEW = 'لا تظهر الرسالة بشكل صحيح؟ افتحها في المتصفح'
NL_ISSUE = 'العدد'
NL_ALSO = 'في عدد اليوم أيضاً'
NL_SPONSOR = 'برعاية'
NL_SPONSOR_TEXT = 'منصة دروب للتعليم عن بعد، دورات معتمدة بأسعار في المتناول'
NL_FORWARD = 'أرسل هذه النشرة إلى صديق يهمه الأمر'
NL_UNSUB = 'لإيقاف استلام هذه الرسائل اضغط هنا'
NL_ADDRESS = 'الرصيف للإعلام، صندوق بريد 4410، عمّان، الأردن'


def render_newsletter(art, others, extra, day, slug, k):
    _, title, paras = art
    teasers = others[:4]
    issue_line = f'{NL_ISSUE} {312 + k} · {DAYS[day.weekday()]} {ar_date(day)}'
    td = 'style="font-family:Tahoma,Arial,sans-serif;font-size:16px;line-height:26px;color:#222;padding:0 24px"'
    body = ''.join(f'<p style="margin:0 0 16px 0">{esc(p)}</p>' for p in paras)
    teas = ''.join(f'<tr><td {td}><p style="margin:0 0 10px 0"><a href="https://rasif.example/r/{slug}/{i}" style="color:#0b5;text-decoration:none">'
                   f'&#9679; {esc(t)}</a></p></td></tr>' for i, t in enumerate(teasers))
    page = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl" lang="ar"><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /><meta name="x-apple-disable-message-reformatting" />
<title>{esc(title)}</title><style type="text/css">body{{margin:0;padding:0}} table{{border-collapse:collapse}}</style></head>
<body style="margin:0;padding:0;background:#f1f1f1">
<div style="display:none;max-height:0;overflow:hidden">{NL_PRE}</div>
<table width="100%" border="0" cellpadding="0" cellspacing="0" bgcolor="#f1f1f1"><tr><td align="center">
<table width="600" border="0" cellpadding="0" cellspacing="0" bgcolor="#ffffff" class="container">
<tr><td align="center" style="font-size:11px;color:#888;padding:8px"><a href="https://rasif.example/nl/{slug}" style="color:#888">{NL_VIEW}</a></td></tr>
<tr><td align="center" style="padding:20px"><img src="https://rasif.example/nl/logo.png" width="180" alt="{NL_SITE}" /></td></tr>
<tr><td align="center" style="font-size:13px;color:#666;padding-bottom:14px">{issue_line}</td></tr>
<tr><td {td}><h1 style="font-size:24px;line-height:34px;margin:0 0 14px 0">{esc(title)}</h1></td></tr>
<tr><td {td}>{body}</td></tr>
<tr><td style="padding:10px 24px"><table width="100%" bgcolor="#fff7e0"><tr><td style="padding:14px;font-size:14px">
<b>{NL_SPONSOR}:</b> {NL_SPONSOR_TEXT}</td></tr></table></td></tr>
<tr><td {td}><h2 style="font-size:18px;margin:18px 0 10px 0">{NL_ALSO}</h2></td></tr>
{teas}
<tr><td align="center" style="padding:18px"><a href="https://rasif.example/forward" style="background:#0b5;color:#fff;padding:10px 18px;text-decoration:none">{NL_FORWARD}</a></td></tr>
<tr><td align="center" style="font-size:11px;color:#999;padding:16px"><p>{NL_ADDRESS}</p><p><a href="https://rasif.example/unsub" style="color:#999">{NL_UNSUB}</a></p></td></tr>
</table></td></tr></table></body></html>'''
    without = [NL_VIEW, issue_line, NL_SPONSOR_TEXT, NL_ALSO, NL_FORWARD, NL_ADDRESS, NL_UNSUB] + teasers
    return page, title, [], [], without


# --- explainer: key points, subheadings and an FAQ ---------------------------------------------------
EX_SITE = 'موقع الشارح'
EX_MENU = ['الرئيسية', 'شروحات', 'ملفات', 'خرائط', 'أرقام', 'من نحن']
EX_POINTS = 'النقاط الرئيسية'
EX_SUBHEADS = ['ما الذي حدث؟', 'لماذا يهم ذلك؟', 'ماذا بعد؟', 'الخلفية']
EX_FAQ = 'أسئلة شائعة'
EX_QA = [('هل تتغير هذه المعلومات لاحقاً؟', 'نحدّث هذا الشرح كلما ظهرت معطيات جديدة ونشير إلى موعد التحديث.'),
         ('من أين جاءت الأرقام؟', 'اعتمدنا على البيانات الرسمية المنشورة وعلى تقارير المراسلين الميدانيين.'),
         ('كيف أرسل سؤالاً؟', 'راسلنا عبر النموذج أسفل الصفحة وسيجيب فريق التحرير في أقرب فرصة.')]
EX_DEEPER = 'للتعمق أكثر'
EX_UPDATED = 'يُحدَّث هذا الشرح باستمرار'
EX_FOOTER = 'الشارح: نفكك الأخبار المعقدة لتفهمها في دقائق'


def render_explainer(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, ticker = others[:4], others[9]
    points = [p.split('.')[0][:90] for p in others[5:8]]
    h = hijri(day)
    date_line = f'{DAYS[day.weekday()]} {h}هـ الموافق {ar_date(day)}م' if h else f'{DAYS[day.weekday()]} {ar_date(day)}م'
    body, step = '', max(1, (len(paras) + 2) // 3)
    for i in range(0, len(paras), step):
        if i:
            body += f'<h2 class="subhead">{EX_SUBHEADS[(i // step - 1) % len(EX_SUBHEADS)]}</h2>'
        body += paras_html(paras[i:i + step])
    faq = ''.join(f'<details class="faq-item"{" open" if i == 0 else ""}><summary>{q}</summary><div class="faq-a"><p>{a}</p></div></details>'
                  for i, (q, a) in enumerate(EX_QA))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{esc(title)} | {EX_SITE}</title>
<meta property="og:title" content="{esc(title)}"><meta property="og:type" content="article"></head>
<body class="explainer-page"><header class="site-head"><a class="logo" href="/">{EX_SITE}</a><nav><ul>{links(EX_MENU, '/s/')}</ul></nav></header>
<div class="strip"><a href="/x/{k}">{esc(ticker)}</a></div>
<main><article class="explainer"><span class="kicker">شرح</span>
<h1>{esc(title)}</h1><div class="dates"><span class="date">{date_line}</span> · <span class="upd">{EX_UPDATED}</span></div>
<div class="key-points"><h3>{EX_POINTS}</h3><ul>{''.join(f'<li>{esc(p)}</li>' for p in points)}</ul></div>
<div class="explainer-body">{body}</div>
<section class="faq"><h2>{EX_FAQ}</h2>{faq}</section>
</article>
<section class="deeper"><h2>{EX_DEEPER}</h2><ul>{links(rel, '/e/')}</ul></section></main>
<footer><p>{EX_FOOTER}</p></footer></body></html>'''
    without = [EX_MENU[1], ticker, EX_POINTS, EX_FAQ, EX_QA[0][1], EX_UPDATED, EX_FOOTER] + points + rel[:2]
    return page, title, [], rel, without


# --- factcheck: claim, verdict, verification and sources ---------------------------------------------
FC_SITE = 'منصة تثبّت'
FC_MENU = ['أحدث التحققات', 'ادعاءات سياسية', 'صحة', 'صور وفيديو', 'منهجيتنا', 'أرسل ادعاءً']
FC_CLAIM = 'الادعاء'
FC_VERDICTS = ['مضلل', 'زائف', 'صحيح جزئياً', 'يفتقر إلى السياق']
FC_VERDICT = 'الحكم'
FC_SPREAD = 'تداولته حسابات على مواقع التواصل الاجتماعي'
FC_SOURCES = 'المصادر'
FC_SOURCE_ITEMS = ['البيان الرسمي المنشور على الموقع الحكومي', 'أرشيف وكالة الأنباء الوطنية', 'البحث العكسي عن الصور']
FC_PREVIOUS = 'تحققات سابقة'
FC_METHOD = 'نتبع في تحققاتنا مبادئ الشبكة الدولية لتقصي الحقائق ونصحح أخطاءنا علناً'
FC_FOOTER = 'تثبّت مبادرة غير ربحية لمكافحة المعلومات المضللة باللغة العربية'


def render_factcheck(art, others, extra, day, slug, k):
    _, title, paras = art
    rel = others[:4]
    claim = f'يزعم منشور متداول أن {others[6]}'
    verdict = FC_VERDICTS[k % len(FC_VERDICTS)]
    ld = {'@context': 'https://schema.org', '@type': 'ClaimReview', 'datePublished': day.isoformat(),
          'url': f'https://tathabbat.example/check/{slug}', 'claimReviewed': claim,
          'author': {'@type': 'Organization', 'name': FC_SITE},
          'reviewRating': {'@type': 'Rating', 'alternateName': verdict, 'ratingValue': 1 + k % 4, 'bestRating': 5}}
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{esc(title)} — {FC_SITE}</title>
<meta name="description" content="{esc(claim[:150])}"><meta property="og:title" content="{esc(title)}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script></head>
<body><header class="fc-head"><a href="/" class="logo">{FC_SITE}</a><nav><ul>{links(FC_MENU, '/c/')}</ul></nav></header>
<main class="fc-main"><article class="fact-check">
<h1 class="fc-title">{esc(title)}</h1>
<div class="claim-box"><div class="claim-label">{FC_CLAIM}</div><blockquote class="claim-text">{esc(claim)}</blockquote>
<div class="claim-spread">{FC_SPREAD}</div></div>
<div class="verdict verdict-{k}"><span class="v-label">{FC_VERDICT}:</span> <strong class="v-value">{verdict}</strong></div>
<div class="fc-body">{paras_html(paras)}</div>
<div class="fc-sources"><h4>{FC_SOURCES}</h4><ol>{links(FC_SOURCE_ITEMS, 'https://src.example/')}</ol></div>
<p class="method">{FC_METHOD}</p>
</article>
<section class="prev-checks"><h2>{FC_PREVIOUS}</h2><ul>{links(rel, '/check/p')}</ul></section></main>
<footer class="fc-foot"><p>{FC_FOOTER}</p></footer></body></html>'''
    without = [FC_MENU[0], claim, FC_SPREAD, FC_SOURCES, FC_SOURCE_ITEMS[1], FC_METHOD, FC_FOOTER, FC_PREVIOUS] + rel[:2]
    return page, title, [], rel, without


# --- aggregator: a reader view of another site's story ----------------------------------------------
AG_SITE = 'تطبيق زاجل للأخبار'
AG_SOURCES = ['صحيفة الضفة', 'بوابة الوادي', 'جريدة المرفأ', 'موقع السهل']
AG_ORIGINAL = 'اقرأ الخبر من مصدره'
AG_SUMMARY = 'باختصار'
AG_REACT = ['أعجبني', 'أحزنني', 'أغضبني', 'مفيد']
AG_MORE_SOURCE = 'المزيد من هذا المصدر'
AG_SIMILAR = 'أخبار مشابهة من مصادر أخرى'
AG_DISCLAIMER = 'زاجل يجمع الأخبار آلياً من مصادرها، والمحتوى مسؤولية الناشر الأصلي'
AG_DOWNLOAD = 'تابع مصادرك المفضلة في مكان واحد، نزّل زاجل الآن'


def render_aggregator(art, others, extra, day, slug, k):
    _, title, paras = art
    similar, more_src = others[:4], others[4:8]
    src = AG_SOURCES[k % len(AG_SOURCES)]
    date_line = f'{ar_date(day)} - {9 + k}:{10 + 7 * k:02d}'
    summary = ' '.join(extra['snippet'].split()[:25])
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{esc(title)} - {src} | {AG_SITE}</title><meta property="og:title" content="{esc(title)}">
<link rel="canonical" href="https://zajel.example/n/{8100 + k}"><meta name="robots" content="noindex"></head>
<body><div class="app-bar"><a href="/" class="zl">{AG_SITE}</a><a class="dl" href="/app">{AG_DOWNLOAD}</a></div>
<div class="reader"><div class="src-row"><img class="src-logo" src="/logos/{k}.png" alt=""><span class="src-name">{src}</span>
<span class="src-time">{date_line}</span></div>
<h1 class="reader-title">{esc(title)}</h1>
<div class="summary"><b>{AG_SUMMARY}:</b> <span>{esc(summary)}</span></div>
<div class="reader-text">{paras_html(paras)}</div>
<a class="orig-btn" href="https://source{k}.example/{slug}" rel="nofollow">{AG_ORIGINAL}</a>
<div class="reactions">{''.join(f'<button class="react"><span>{r}</span> <span class="n">{3 + 5 * i + k}</span></button>' for i, r in enumerate(AG_REACT))}</div>
<p class="disclaimer">{AG_DISCLAIMER}</p></div>
<section class="more-src"><h3>{AG_MORE_SOURCE} <small>{src}</small></h3><ul>{links(more_src, '/n/m')}</ul></section>
<section class="similar"><h3>{AG_SIMILAR}</h3><ul>{links(similar, '/n/s')}</ul></section>
</body></html>'''
    without = [AG_DOWNLOAD, AG_ORIGINAL, AG_DISCLAIMER, AG_MORE_SOURCE, AG_SIMILAR, opening(summary)] + more_src + similar[:2]
    return page, title, [], similar, without


RENDER = {'spa': render_spa, 'newsletter': render_newsletter, 'explainer': render_explainer,
          'factcheck': render_factcheck, 'aggregator': render_aggregator}


def render(kind, art, others, extra, date, slug, k):
    """One page of `kind` around `art` = (source name, title, paragraphs), with templates_set5.render()'s
    arguments. Returns (page_html, label, encoding)."""
    return labelled_page(RENDER[kind], kind, art, others, extra, date, slug, k, 'templates_set8.py', 8)


def main():
    return drive('templates_set8', __doc__, KINDS, render, 800, 20261208)


if __name__ == '__main__':
    sys.exit(main())
