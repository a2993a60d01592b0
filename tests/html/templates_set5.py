#!/usr/bin/env python3
"""Sealed HTML template set 5 (issue 14): six more kinds of Arabic news pages, labelled by construction.

Written while the HTML extractor's rules were being changed, by someone who did not change them, and
kept sealed: akhbar was not run on these pages before the rules were merged, so that their first
score measures the rules on templates nobody looked at while writing them. None of these kinds is in
make_templates.py, and none of its chrome sentences is reused here.

  aspnet     Gulf newspaper on a custom ASP.NET WebForms CMS: the whole page inside <form id=aspnetForm>
             with __VIEWSTATE, ctl00_ ids, <br><br> paragraphs in a <span>, today's date in the header
             (not the article's), a visible "تاريخ النشر: DD/MM/YYYY" line only, a DataList of related
             news with dates, a GridView most-read table, prayer times, a poll, weather
  bilingual  Maghreb French/Arabic site: lang=fr dir=ltr page with French menu, breadcrumb, share bar,
             cookie banner and footer around an Arabic dir=rtl article; Moroccan month name ("ماي"), JSON-LD
             @graph with +01:00; the inline read-also and the related heading in Arabic on even pages and
             in French ("Lire aussi", "Sur le même sujet") on odd ones; "Les plus lus" most-read box
  gallery    Lebanese photo-gallery article: paragraphs between slides whose captions, "N / M" counters
             and photo credits are not the article; Levantine month names ("أيار"), published and
             updated lines, article:published_time; "إقرأ أيضاً" list, related and most-viewed lists
  voted      Moroccan portal (Hespress-like): tags, related topics, numbered readers' comments with up/down
             vote counts and relative times, posting rules, latest-news rail (not related), most-read
  column     opinion column: columnist box, OpinionNewsArticle JSON-LD on even pages and only a visible
             date line on odd ones, disclaimer, "عن الكاتب" bio, "مقالات الكاتب" (related), a box of other
             columnists with their names (not related)
  wire       news agency wire page (SPA/WAFA-like): the Hijri and Gregorian dateline with the agency's
             initials glued before the lead, "//انتهى//" and a "ت م" time after the text, no related list,
             a latest-wire list (not related); article:published_time in UTC, the day before the local
             date on odd pages (the label keeps the local date)

Labels (the format of tests/html/labels, read by ../shared/eval/score.py): title (the <h1>), published
(the local date), body_with = the opening of each paragraph, body_without = visible chrome texts and some
other stories' headlines, read_also, related (headed related / most-read lists only).

Usage: templates_set5.py OUT_DIR [--corpus DIR] [--per-kind 4] [--skip 200]
writes OUT_DIR/pages/KIND-N.html and OUT_DIR/labels/KIND-N.json, from make_templates.articles() after
skipping the first SKIP articles (make_templates uses fewer than 120), then checks every labelled text
against the page's visible text (html.parser) and fails if one is missing or a chrome text is in the body.
"""
import argparse
import datetime
import html
import html.parser
import json
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_templates  # noqa: E402  (articles() only: the corpus articles the pages wrap)

KINDS = ('aspnet', 'bilingual', 'gallery', 'voted', 'column', 'wire')

DAYS = ['الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد']  # date.weekday() order
GULF_MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر',
               'نوفمبر', 'ديسمبر']
LEVANT_MONTHS = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول',
                 'تشرين الثاني', 'كانون الأول']
MAGHREB_MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'ماي', 'يونيو', 'يوليوز', 'غشت', 'شتنبر', 'أكتوبر', 'نونبر',
                  'دجنبر']
FRENCH_DAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
FRENCH_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
                 'novembre', 'décembre']
# First days of the Hijri months around the pages' dates (Umm al-Qura): the wire and Gulf pages print both.
HIJRI_STARTS = [(datetime.date(2024, 4, 10), 'شوال', 1445), (datetime.date(2024, 5, 9), 'ذو القعدة', 1445),
                (datetime.date(2024, 6, 7), 'ذو الحجة', 1445), (datetime.date(2024, 7, 7), 'محرم', 1446)]


def esc(t):
    return html.escape(t, quote=True)


def opening(p, words=8):
    return ' '.join(p.split()[:words])


def hijri(day):
    """'7 ذو القعدة 1445' for a day inside HIJRI_STARTS' range, else ''."""
    for (start, name, year), (end, _, _) in zip(HIJRI_STARTS, HIJRI_STARTS[1:]):
        if start <= day < end:
            return f'{(day - start).days + 1} {name} {year}'
    return ''


def lis(items, href, cls=''):
    c = f' class="{cls}"' if cls else ''
    return ''.join(f'<li{c}><a href="{href}{i}">{esc(t)}</a></li>' for i, t in enumerate(items))


# --- aspnet: Gulf newspaper on ASP.NET WebForms ------------------------------------------------
ASP_SITE = 'صحيفة الساحل'
ASP_MENU = ['الصفحة الرئيسية', 'محليات', 'خليجيات', 'عربي وعالمي', 'مال وأعمال', 'الملاعب', 'ثقافة وفنون', 'الطقس']
ASP_READS = 'عدد القراءات'
ASP_FONT = 'حجم الخط'
ASP_TOOLS = ['طباعة الخبر', 'أرسل الخبر إلى صديق']
ASP_SOURCE = 'المصدر: الساحل - خاص'
ASP_SHARE = 'شارك هذا الخبر عبر'
ASP_COMMENT_HEAD = 'أضف تعليقك على الخبر'
ASP_COMMENT_NOTE = 'تخضع التعليقات للمراجعة قبل ظهورها، ويحق للصحيفة حذف ما يخالف شروط النشر دون إبداء الأسباب.'
ASP_PRAYER = 'مواقيت الصلاة حسب توقيت الدوحة'
ASP_POLL = 'هل تؤيد تعميم نظام العمل عن بعد في الجهات الحكومية خلال أشهر الصيف؟'
ASP_WEATHER = 'الطقس اليوم: حار نهاراً مع رياح شمالية غربية نشطة أحياناً'
ASP_FOOTER = 'جميع حقوق النشر محفوظة لصحيفة الساحل ولا يجوز نقل المواد أو اقتباسها دون إذن كتابي مسبق'
ASP_LINKS = ['من نحن', 'اتصل بنا', 'أعلن معنا', 'سياسة الخصوصية']


def render_aspnet(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, most, ticker = others[:4], others[4:9], others[10]
    header_day = day + datetime.timedelta(days=2 + k)  # the day the page was saved: the header's date
    hd = f'{DAYS[header_day.weekday()]} {header_day.day} {GULF_MONTHS[header_day.month - 1]} {header_day.year}'
    hh = hijri(header_day)
    news_id = 48210 + k * 37
    stamp = f'{day.day:02d}/{day.month:02d}/{day.year} - {9 + k}:{12 + 7 * k:02d} ص'
    body = '<br /><br />'.join(esc(p) for p in paras)
    related_rows = ''.join(
        f'<tr><td><a id="ctl00_ContentPlaceHolder1_dlRelated_ctl{i:02d}_hlTitle" href="NewsDetails.aspx?NewsID={news_id - 11 * (i + 1)}">{esc(t)}</a>'
        f' <span id="ctl00_ContentPlaceHolder1_dlRelated_ctl{i:02d}_lblDate" class="rdate">{(day - datetime.timedelta(days=i + 1)).strftime("%d/%m/%Y")}</span></td></tr>'
        for i, t in enumerate(rel))
    most_rows = ''.join(
        f'<tr class="{"row" if i % 2 else "altrow"}"><td class="num">{i + 1}</td><td><a id="ctl00_ucMostRead_gvMost_ctl{i + 2:02d}_hl" href="NewsDetails.aspx?NewsID={news_id - 500 - i}">{esc(t)}</a></td></tr>'
        for i, t in enumerate(most))
    prayers = ''.join(f'<tr><td>{n}</td><td>{t}</td></tr>' for n, t in
                      (('الفجر', '03:19'), ('الشروق', '04:45'), ('الظهر', '11:27'), ('العصر', '14:49'), ('المغرب', '18:10'), ('العشاء', '19:40')))
    page = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	{ASP_SITE} | {esc(title)}
</title><link href="App_Themes/Default/Style.css" type="text/css" rel="stylesheet" />
<meta property="og:title" content="{esc(title)}" /><meta property="og:site_name" content="{ASP_SITE}" /><meta property="og:image" content="https://alsahel.example/Upload/News/{news_id}.jpg" />
<meta name="keywords" content="{ASP_SITE}, أخبار, محليات" /></head>
<body>
    <form name="aspnetForm" method="post" action="./NewsDetails.aspx?NewsID={news_id}" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWBgIBD2QWAmYPFgIeBFRleHQFEjIwMjQg2KfZhNiz2KfYrdmEZGQ{k}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
function __doPostBack(eventTarget, eventArgument) {{ if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{ theForm.__EVENTTARGET.value = eventTarget; theForm.submit(); }} }}
//]]>
</script>
<div id="ctl00_divPage" class="page">
  <div id="ctl00_ucHeader_divTop" class="topbar"><span id="ctl00_ucHeader_lblToday">{hd} م{' - ' + hh + ' هـ' if hh else ''}</span></div>
  <div id="ctl00_ucHeader_divLogo" class="logo"><a id="ctl00_ucHeader_hlLogo" href="Default.aspx"><img src="images/logo.png" alt="{ASP_SITE}" /></a>
    <div class="search"><input name="ctl00$ucHeader$txtSearch" type="text" id="ctl00_ucHeader_txtSearch" /><input type="submit" name="ctl00$ucHeader$btnSearch" value="بحث" id="ctl00_ucHeader_btnSearch" /></div></div>
  <div id="ctl00_ucHeader_divMenu" class="menu"><ul>{lis(ASP_MENU, 'Section.aspx?SecID=')}</ul></div>
  <div id="ctl00_ucTicker_divTicker" class="ticker"><span class="tlabel">عاجل</span><marquee direction="right" scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()"><a href="NewsDetails.aspx?NewsID={news_id + 3}">{esc(ticker)}</a></marquee></div>
  <table id="ctl00_tblMain" cellpadding="0" cellspacing="0" width="100%"><tr>
  <td id="ctl00_tdContent" valign="top">
    <div id="ctl00_ContentPlaceHolder1_divNews" class="newsdetails">
      <span id="ctl00_ContentPlaceHolder1_lblSection" class="secname">{ASP_MENU[1]}</span>
      <h1 class="ntitle"><span id="ctl00_ContentPlaceHolder1_lblTitle">{esc(title)}</span></h1>
      <div class="ninfo"><span id="ctl00_ContentPlaceHolder1_lblDate">تاريخ النشر: {stamp}</span> | <span id="ctl00_ContentPlaceHolder1_lblViews">{ASP_READS}: {1200 + 77 * k}</span></div>
      <div class="ntools">{ASP_FONT}: <a id="ctl00_ContentPlaceHolder1_lnkPlus" href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$lnkPlus','')">أ+</a> <a id="ctl00_ContentPlaceHolder1_lnkMinus" href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$lnkMinus','')">أ-</a> | <a id="ctl00_ContentPlaceHolder1_lnkPrint" href="Print.aspx?NewsID={news_id}" target="_blank">{ASP_TOOLS[0]}</a> | <a id="ctl00_ContentPlaceHolder1_lnkSend" href="SendToFriend.aspx?NewsID={news_id}">{ASP_TOOLS[1]}</a></div>
      <div class="nimage"><img id="ctl00_ContentPlaceHolder1_imgNews" src="Upload/News/{news_id}.jpg" alt="" style="border-width:0px;" /></div>
      <span id="ctl00_ContentPlaceHolder1_lblBody" class="nbody">{body}</span>
      <div id="ctl00_ContentPlaceHolder1_divSource" class="nsource">{ASP_SOURCE}</div>
      <div class="nshare">{ASP_SHARE}: <a href="https://www.facebook.com/sharer.php?u=NewsDetails.aspx%3fNewsID%3d{news_id}"><img src="images/fb.png" alt="فيسبوك" /></a> <a href="https://x.com/intent/tweet?url=NewsDetails.aspx%3fNewsID%3d{news_id}"><img src="images/x.png" alt="إكس" /></a> <a href="whatsapp://send?text={news_id}"><img src="images/wa.png" alt="واتساب" /></a></div>
      <div class="relbox"><div class="boxhead">أخبار ذات علاقة</div>
      <table id="ctl00_ContentPlaceHolder1_dlRelated" cellspacing="0" border="0" style="width:100%;border-collapse:collapse;">{related_rows}</table></div>
      <div id="ctl00_ContentPlaceHolder1_pnlComment" class="commentbox"><div class="boxhead">{ASP_COMMENT_HEAD}</div>
        <table><tr><td>الاسم:</td><td><input name="ctl00$ContentPlaceHolder1$txtName" type="text" id="ctl00_ContentPlaceHolder1_txtName" /></td></tr>
        <tr><td>البريد الإلكتروني:</td><td><input name="ctl00$ContentPlaceHolder1$txtMail" type="text" id="ctl00_ContentPlaceHolder1_txtMail" /></td></tr>
        <tr><td>التعليق:</td><td><textarea name="ctl00$ContentPlaceHolder1$txtComment" rows="5" cols="40" id="ctl00_ContentPlaceHolder1_txtComment"></textarea></td></tr></table>
        <p class="cnote">{ASP_COMMENT_NOTE}</p><input type="submit" name="ctl00$ContentPlaceHolder1$btnSend" value="إرسال" id="ctl00_ContentPlaceHolder1_btnSend" /></div>
    </div>
  </td>
  <td id="ctl00_tdSide" valign="top" width="300">
    <div id="ctl00_ucPrayer_divPrayer" class="sidebox"><div class="boxhead">{ASP_PRAYER}</div><table class="prayer">{prayers}</table></div>
    <div id="ctl00_ucMostRead_divMostRead" class="sidebox"><div class="boxhead">الأكثر قراءة</div>
    <table class="grid" cellspacing="0" rules="all" border="1" id="ctl00_ucMostRead_gvMost" style="border-collapse:collapse;">{most_rows}</table></div>
    <div id="ctl00_ucPoll_divPoll" class="sidebox"><div class="boxhead">استطلاع الرأي</div><p id="ctl00_ucPoll_lblQuestion">{ASP_POLL}</p>
      <table id="ctl00_ucPoll_rblAnswers"><tr><td><input id="ctl00_ucPoll_rblAnswers_0" type="radio" name="ctl00$ucPoll$rblAnswers" value="1" /><label for="ctl00_ucPoll_rblAnswers_0">نعم</label></td></tr>
      <tr><td><input id="ctl00_ucPoll_rblAnswers_1" type="radio" name="ctl00$ucPoll$rblAnswers" value="2" /><label for="ctl00_ucPoll_rblAnswers_1">لا</label></td></tr>
      <tr><td><input id="ctl00_ucPoll_rblAnswers_2" type="radio" name="ctl00$ucPoll$rblAnswers" value="3" /><label for="ctl00_ucPoll_rblAnswers_2">لا رأي لي</label></td></tr></table>
      <input type="submit" name="ctl00$ucPoll$btnVote" value="صوّت" id="ctl00_ucPoll_btnVote" /> <a href="PollResults.aspx">النتائج السابقة</a></div>
    <div id="ctl00_ucWeather_divWeather" class="sidebox"><div class="boxhead">الطقس</div><p>{ASP_WEATHER}</p><p>العظمى 41 - الصغرى 29</p></div>
  </td></tr></table>
  <div id="ctl00_ucFooter_divFooter" class="footer"><p>{' | '.join(f'<a href="Page.aspx?ID={i}">{t}</a>' for i, t in enumerate(ASP_LINKS))}</p><p>{ASP_FOOTER} &copy; {day.year}</p></div>
</div>
<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZA2&amp;t=638250000000000000" type="text/javascript"></script>
</form>
</body>
</html>'''
    without = [ASP_MENU[2], ticker, hd, f'{ASP_READS}: {1200 + 77 * k}', ASP_FONT, ASP_TOOLS[0], ASP_SOURCE, ASP_SHARE,
               ASP_COMMENT_HEAD, ASP_COMMENT_NOTE, ASP_PRAYER, ASP_POLL, ASP_WEATHER, ASP_FOOTER] + rel[:2] + most[:2]
    return page, title, [], rel + most, without


# --- bilingual: Maghreb French/Arabic site ----------------------------------------------------
BI_SITE = 'Maghreb Actu'
BI_MENU = ['Accueil', 'Politique', 'Économie', 'Société', 'Régions', 'Sport', 'Culture', 'Vidéos']
BI_LANG = 'Version française'
BI_SHARE = 'Partager cet article'
BI_TAGS = 'Mots-clés'
BI_NEWSLETTER = "Recevez chaque matin l'essentiel de l'actualité du Maghreb dans votre boîte mail."
BI_COOKIE = ("Nous utilisons des cookies pour mesurer l'audience et adapter les contenus. En poursuivant votre "
             "navigation, vous acceptez leur dépôt.")
BI_FOOTER = '© Maghreb Actu – Tous droits réservés. Toute reproduction est interdite sans autorisation écrite.'
BI_APP = "Téléchargez l'application Maghreb Actu sur Android et iOS"
BI_AUTHOR = ['سعاد الإدريسي', 'كريم بنشقرون', 'هند العلوي', 'ياسين الفاسي']


def render_bilingual(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, most, inline, ticker = others[:4], others[4:9], others[9], others[10]
    teasers, snippet = extra['teasers'], extra['snippet']
    french = k % 2 == 1
    today = day + datetime.timedelta(days=1)
    fr_today = f'{FRENCH_DAYS[today.weekday()]} {today.day} {FRENCH_MONTHS[today.month - 1]} {today.year}'
    url = f'https://maghrebactu.example/ar/societe/{slug}-{day.strftime("%Y%m%d")}'
    published = f'{day.isoformat()}T{10 + k}:3{k}:00+01:00'
    visible = f'{day.day} {MAGHREB_MONTHS[day.month - 1]} {day.year} - {10 + k}:3{k}'
    author = BI_AUTHOR[k % len(BI_AUTHOR)]
    ld = {'@context': 'https://schema.org', '@graph': [
        {'@type': 'WebSite', '@id': 'https://maghrebactu.example/#website', 'name': BI_SITE, 'inLanguage': 'fr-FR'},
        {'@type': 'WebPage', '@id': url, 'url': url, 'name': f'{title} | {BI_SITE}', 'isPartOf': {'@id': 'https://maghrebactu.example/#website'}},
        {'@type': 'NewsArticle', 'headline': title, 'inLanguage': 'ar', 'datePublished': published, 'dateModified': published,
         'author': {'@type': 'Person', 'name': author}, 'publisher': {'@type': 'Organization', 'name': BI_SITE},
         'mainEntityOfPage': {'@id': url}}]}
    if french:
        inline_html = f'<p class="lire-aussi" dir="ltr"><strong>Lire aussi :</strong> <a href="https://maghrebactu.example/ar/societe/a77" dir="rtl">{esc(inline)}</a></p>'
        rel_head = 'Sur le même sujet'
    else:
        inline_html = f'<p class="lire-aussi"><strong>اقرأ أيضا:</strong> <a href="https://maghrebactu.example/ar/societe/a77">{esc(inline)}</a></p>'
        rel_head = 'في نفس الموضوع'
    body = ''.join(f'<p>{esc(p)}</p>' for p in paras[:2]) + inline_html + ''.join(f'<p>{esc(p)}</p>' for p in paras[2:])
    page = f'''<!DOCTYPE html>
<html lang="fr" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | {BI_SITE}</title><link rel="canonical" href="{url}">
<link rel="alternate" hreflang="ar" href="{url}"><link rel="alternate" hreflang="fr" href="https://maghrebactu.example/fr/">
<meta property="og:locale" content="ar_MA"><meta property="og:locale:alternate" content="fr_FR"><meta property="og:type" content="article">
<meta property="og:site_name" content="{BI_SITE}"><meta property="og:title" content="{esc(title)}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script></head>
<body class="post-template-default single single-post lang-ar">
<div class="top-bar"><span class="today">{fr_today}</span> <a class="lang" href="https://maghrebactu.example/fr/">{BI_LANG}</a> <a class="lang" href="https://maghrebactu.example/ar/">العربية</a></div>
<header class="site-header"><a class="logo" href="/">{BI_SITE}</a><nav class="main-nav"><ul>{lis(BI_MENU, '/fr/rubrique/')}</ul></nav></header>
<div class="breaking-news"><span>Dernière minute</span> <a href="/ar/flash/1" dir="rtl">{esc(ticker)}</a></div>
<div class="container"><main class="content">
<nav class="breadcrumb"><a href="/">Accueil</a> › <a href="/fr/rubrique/3">Société</a> › <span dir="rtl">{esc(' '.join(title.split()[:4]))}…</span></nav>
<article class="post" dir="rtl" lang="ar"><span class="post-cat">مجتمع</span>
<h1 class="post-title">{esc(title)}</h1>
<div class="post-meta"><span class="by">{esc(author)}</span> <time datetime="{published}">{visible}</time></div>
<div class="share-bar" dir="ltr"><span>{BI_SHARE}</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">LinkedIn</a></div>
<figure class="featured"><img src="/img/{slug}.jpg" alt=""></figure>
<div class="entry-content">{body}</div>
<div class="post-tags" dir="ltr"><span>{BI_TAGS} :</span> <a href="/tag/1" dir="rtl">الحكومة</a> <a href="/tag/2" dir="rtl">الجهات</a></div>
</article>
<section class="related" dir="rtl"><h2 class="section-title">{rel_head}</h2><ul>{lis(rel, '/ar/societe/r')}</ul></section>
</main>
<aside class="sidebar"><section class="widget most-read"><h3 class="widget-title">Les plus lus</h3><ol dir="rtl">{''.join(f'<li><span class="rank">{i + 1}</span><a href="/ar/m{i}">{esc(t)}</a></li>' for i, t in enumerate(most))}</ol></section>
<section class="widget une"><h3 class="widget-title">À la une</h3><article dir="rtl"><a href="/ar/une/0"><h4>{esc(teasers[0])}</h4></a><p>{esc(snippet)}</p></article>
{''.join(f'<article dir="rtl"><a href="/ar/une/{i + 1}"><h4>{esc(t)}</h4></a></article>' for i, t in enumerate(teasers[1:]))}</section>
<section class="widget newsletter"><p>{esc(BI_NEWSLETTER)}</p><form><input type="email" placeholder="Votre adresse e-mail"><button>S'inscrire</button></form></section></aside></div>
<footer class="site-footer"><p class="app">{esc(BI_APP)}</p><p>{esc(BI_FOOTER)}</p></footer>
<div id="cookie-notice" role="dialog"><p>{esc(BI_COOKIE)}</p><button>Accepter</button><button>Paramétrer</button></div>
</body></html>'''
    without = [BI_MENU[1], ticker, fr_today, BI_LANG, BI_SHARE, BI_TAGS, BI_NEWSLETTER, BI_COOKIE, BI_FOOTER, BI_APP,
               opening(snippet)] + rel[:2] + most[:2] + teasers
    return page, title, [inline], rel + most, without


# --- gallery: Lebanese photo-gallery article ---------------------------------------------------
GA_SITE = 'الأرز برس'
GA_MENU = ['الرئيسية', 'لبنان', 'إقليمي', 'دولي', 'اقتصاد', 'رياضة', 'صور', 'فيديو']
GA_CAPTIONS = ['جانب من الحضور خلال الجولة الميدانية', 'لقطة عامة للموقع قبل انطلاق الأعمال',
               'مشاركون يتبادلون الحديث على هامش اللقاء', 'المسؤولون يتفقدون سير التحضيرات',
               'صورة تذكارية في ختام الزيارة', 'زوار يتجمعون عند المدخل الرئيسي', 'أحد المتطوعين يشرح آلية العمل']
GA_CREDITS = ['تصوير: حسن شعيب', '© رويترز', '(أ ف ب)', 'تصوير: ريتا خوري', 'الصورة من المكتب الإعلامي']
GA_ALL = 'عرض الألبوم كاملاً'
GA_NAV = ['الصورة السابقة', 'الصورة التالية']
GA_WHATSAPP = 'انضم إلى قناتنا على واتساب لتصلك آخر الأخبار أولاً بأول'
GA_FOOTER = 'جميع الحقوق محفوظة لموقع الأرز برس، ويُمنع نسخ المحتوى أو إعادة نشره من دون إذن خطي'
GA_DISCLAIMER = 'الموقع غير مسؤول عن التعليقات المنشورة، وهي تعبّر عن آراء أصحابها فقط'


def render_gallery(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, most, inline, ticker = others[:4], others[4:9], others[9], others[10]
    teasers, inline2 = extra['teasers'], extra['inline2']
    n = len(paras) - 1
    visible = f'{DAYS[day.weekday()]} {day.day} {LEVANT_MONTHS[day.month - 1]} {day.year} - {11 + k}:0{k}'
    updated = f'{day.day} {LEVANT_MONTHS[day.month - 1]} {day.year} - {14 + k}:2{k}'
    published = f'{day.isoformat()}T{11 + k:02d}:0{k}:00+03:00'
    parts = [f'<p>{esc(paras[0])}</p>']
    captions, credits = [], []
    for j, p in enumerate(paras[1:]):
        cap = GA_CAPTIONS[(j + k) % len(GA_CAPTIONS)]
        cred = GA_CREDITS[(j + 2 * k) % len(GA_CREDITS)]
        captions.append(cap)
        credits.append(cred)
        parts.append(f'<div class="gallery-slide" data-index="{j + 1}"><figure><img src="/uploads/{slug}/{j + 1}.jpg" alt="{esc(cap)}" loading="lazy">'
                     f'<figcaption><span class="slide-count">{j + 1} / {n}</span> <span class="caption">{esc(cap)}</span> '
                     f'<span class="credit">{esc(cred)}</span></figcaption></figure>'
                     f'<div class="slide-nav"><button class="prev">{GA_NAV[0]}</button><button class="next">{GA_NAV[1]}</button></div></div>')
        parts.append(f'<p>{esc(p)}</p>')
    page = f'''<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{esc(title)} - {GA_SITE}</title>
<meta name="description" content="{esc(paras[0][:150])}"><meta property="og:type" content="article"><meta property="og:site_name" content="{GA_SITE}">
<meta property="og:title" content="{esc(title)}"><meta property="article:published_time" content="{published}"><meta property="article:section" content="صور">
<link rel="stylesheet" href="/themes/arz/css/gallery.css"></head>
<body class="node-type-gallery">
<header class="site-header"><div class="logo"><a href="/">{GA_SITE}</a></div><nav class="primary"><ul>{lis(GA_MENU, '/section/')}</ul></nav></header>
<div class="urgent-bar"><span class="urgent-label">عاجل</span> <a href="/news/u1">{esc(ticker)}</a></div>
<div class="layout"><main class="main-column"><article class="node node-gallery">
<div class="node-kicker">ألبوم صور</div><h1 class="node-title">{esc(title)}</h1>
<div class="node-dates"><span class="created">نُشر في {visible}</span> <span class="changed">آخر تحديث: {updated}</span></div>
<div class="gallery-tools"><a href="#album" class="all">{GA_ALL} ({n})</a> <a href="#fullscreen">ملء الشاشة</a></div>
<div class="field-body">{''.join(parts)}</div>
<div class="read-also-block"><h3>إقرأ أيضاً</h3><ul><li><a href="/news/x{k}1">{esc(inline)}</a></li><li><a href="/news/x{k}2">{esc(inline2)}</a></li></ul></div>
<div class="whatsapp-channel"><a href="https://whatsapp.com/channel/x">{GA_WHATSAPP}</a></div>
<section class="related-articles"><h2>مقالات ذات صلة</h2>{''.join(f'<div class="card"><a href="/news/r{i}"><img src="/r{i}.jpg" alt=""><h3>{esc(t)}</h3></a></div>' for i, t in enumerate(rel))}</section>
<section class="comments"><h2>التعليقات</h2><p class="comments-disclaimer">{GA_DISCLAIMER}</p><div class="fb-comments" data-href="/news/{slug}"></div></section>
</article></main>
<aside class="side-column"><section class="block most-viewed"><h2>الأكثر مشاهدة</h2><ul>{''.join(f'<li><span class="num">{i + 1}</span> <a href="/news/m{i}">{esc(t)}</a></li>' for i, t in enumerate(most))}</ul></section>
<section class="block latest"><h2>آخر الأخبار</h2><ul>{''.join(f'<li><time>{12 + i}:1{i}</time> <a href="/news/l{i}">{esc(t)}</a></li>' for i, t in enumerate(teasers))}</ul></section></aside></div>
<footer class="site-footer"><p>{GA_FOOTER} © {day.year}</p></footer>
</body></html>'''
    without = [GA_MENU[1], ticker, f'آخر تحديث: {updated}', GA_ALL, GA_NAV[1], GA_WHATSAPP, GA_DISCLAIMER, GA_FOOTER,
               f'1 / {n}'] + sorted(set(captions)) + sorted(set(credits)) + rel[:2] + most[:2] + teasers
    return page, title, [inline, inline2], rel + most, without


# --- voted: Moroccan portal with numbered, voted comments ---------------------------------------
VO_SITE = 'أنباء الأطلس'
VO_MENU = ['الرئيسية', 'سياسة', 'مجتمع', 'اقتصاد', 'جهات', 'رياضة', 'فن وثقافة', 'مغاربة العالم', 'كتاب وآراء']
VO_TAGS = 'كلمات مفتاحية'
VO_SHARE = 'انشر الخبر على'
VO_COMMENTS = [('مواطن من فاس', 'المشكل ماشي فالقوانين، المشكل فالتطبيق ديالها على أرض الواقع، وهادشي كيعرفو الجميع.', 34, 3),
               ('ابن الجنوب', 'نتمنى أن تصل هذه الإجراءات إلى المناطق البعيدة، لأن سكان القرى هم أول من يعاني في مثل هذه الظروف.', 21, 2),
               ('متتبع', 'كلام جميل على الورق، لكن التجارب السابقة علّمتنا أن ننتظر النتائج قبل أن نصفق.', 17, 9),
               ('رشيد', 'شكراً للصحفي على التوضيح، المقال أجاب على أسئلة كثيرة كانت تشغلنا.', 8, 1)]
VO_RULES = ('شروط النشر: يُرجى تجنّب السب والقذف والعبارات العنصرية، وعدم نشر أرقام الهواتف أو الروابط، '
            'والالتزام بموضوع المقال؛ كل تعليق مخالف لا يُنشر.')
VO_FORM = ['اسمك', 'اكتب تعليقك هنا', 'إرسال التعليق']
VO_APP = 'حمّل تطبيق أنباء الأطلس وتابع الأحداث لحظة وقوعها'
VO_CONSENT = 'يعتمد موقعنا على ملفات تعريف الارتباط لقياس عدد الزيارات وتحسين الخدمة، ويمكنك رفضها من إعدادات المتصفح.'
VO_FOOTER = 'أنباء الأطلس جريدة إلكترونية مغربية مستقلة - جميع الحقوق محفوظة'


def render_voted(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, most, ticker = others[:4], others[4:9], others[10]
    teasers = extra['teasers']
    published = f'{day.isoformat()}T{8 + k:02d}:4{k}:00+01:00'
    visible = f'{DAYS[day.weekday()]} {day.day} {MAGHREB_MONTHS[day.month - 1]} {day.year} - {8 + k:02d}:4{k}'
    comments = VO_COMMENTS[k % 2:] + VO_COMMENTS[:k % 2]
    ages = ['منذ 5 ساعات', 'منذ 4 ساعات', 'منذ 3 ساعات', 'منذ ساعتين']
    ld = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': title, 'datePublished': published,
          'dateModified': published, 'publisher': {'@type': 'Organization', 'name': VO_SITE},
          'author': {'@type': 'Person', 'name': 'يوسف بنعلي'}, 'commentCount': len(comments),
          'articleSection': VO_MENU[2]}
    comment_html = ''.join(
        f'<li class="comment" id="comment-{900 + i}"><div class="comment-head"><span class="comment-number">{i + 1}</span> '
        f'<span class="comment-author">{esc(a)}</span> <span class="comment-date">{ages[i]}</span></div>'
        f'<div class="comment-text"><p>{esc(t)}</p></div><div class="comment-votes">'
        f'<button class="vote-up" aria-label="أعجبني">👍 <span>{up}</span></button> '
        f'<button class="vote-down" aria-label="لم يعجبني">👎 <span>{down}</span></button></div></li>'
        for i, (a, t, up, down) in enumerate(comments))
    page = f'''<!DOCTYPE html>
<html dir="rtl" lang="ar"><head><meta charset="UTF-8"><title>{esc(title)} | {VO_SITE}</title>
<meta property="og:site_name" content="{VO_SITE}"><meta property="og:title" content="{esc(title)}"><meta property="og:type" content="article">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script></head>
<body class="single-post">
<div class="consent-bar"><p>{esc(VO_CONSENT)}</p><button>حسناً</button></div>
<header id="header"><div class="header-top"><a href="/" class="logo">{VO_SITE}</a></div><nav id="main-menu"><ul>{lis(VO_MENU, '/category/')}</ul></nav></header>
<div class="ticker-wrap"><span>آخر الأخبار</span><ul class="ticker"><li><a href="/ticker-1.html">{esc(ticker)}</a></li></ul></div>
<div id="content" class="container"><div class="row"><div class="col-main">
<article class="post"><div class="post-category"><a href="/category/2">{VO_MENU[2]}</a></div>
<h1 class="post-title">{esc(title)}</h1>
<div class="post-info"><span class="author-name">يوسف بنعلي</span> <span class="date-post">{visible}</span></div>
<div class="post-thumb"><img src="/images/{slug}.jpg" alt="صورة: {VO_SITE}"><span class="caption">صورة: {VO_SITE}</span></div>
<div class="article-content">{''.join(f'<p>{esc(p)}</p>' for p in paras)}</div>
<div class="tags"><span>{VO_TAGS}</span> <a href="/tag/a">الحكومة</a> <a href="/tag/b">البرلمان</a> <a href="/tag/c">الجهات</a></div>
<div class="share-post"><span>{VO_SHARE}</span> <a href="#">فيسبوك</a> <a href="#">إكس</a> <a href="#">واتساب</a> <a href="#">تيليغرام</a></div>
</article>
<section class="related-posts"><h3 class="box-title">مواضيع ذات صلة</h3><div class="grid">{''.join(f'<div class="item"><a href="/rel-{i}.html"><img src="/r{i}.jpg" alt=""></a><h4><a href="/rel-{i}.html">{esc(t)}</a></h4></div>' for i, t in enumerate(rel))}</div></section>
<section id="comments" class="comments-area"><h3 class="box-title">تعليقات الزوار ({len(comments)})</h3><ol class="comment-list">{comment_html}</ol>
<div class="comment-form"><p class="rules">{esc(VO_RULES)}</p><form><input type="text" placeholder="{VO_FORM[0]}"><textarea placeholder="{VO_FORM[1]}"></textarea><button type="submit">{VO_FORM[2]}</button></form></div></section>
</div><aside class="col-side"><section class="widget"><h3 class="box-title">الأكثر قراءة</h3><ul class="popular">{''.join(f'<li><em>{i + 1}</em><a href="/most-{i}.html">{esc(t)}</a></li>' for i, t in enumerate(most))}</ul></section>
<section class="widget latest"><h3 class="box-title">آخر الأخبار</h3><ul>{''.join(f'<li><span class="time">{9 + i}:0{i}</span> <a href="/latest-{i}.html">{esc(t)}</a></li>' for i, t in enumerate(teasers))}</ul></section>
<div class="app-box"><p>{VO_APP}</p><a href="#">Google Play</a> <a href="#">App Store</a></div></aside></div></div>
<footer id="footer"><p>{VO_FOOTER} © {day.year}</p></footer>
</body></html>'''
    without = [VO_MENU[1], ticker, VO_TAGS, VO_SHARE, VO_RULES, VO_APP, VO_CONSENT, VO_FOOTER, f'صورة: {VO_SITE}',
               f'تعليقات الزوار ({len(comments)})'] + [c[1] for c in comments] + [c[0] for c in comments] + rel[:2] + most[:2] + teasers
    return page, title, [], rel + most, without


# --- column: opinion column page -------------------------------------------------------------
CO_SITE = 'صحيفة المدار'
CO_MENU = ['الرئيسية', 'أخبار', 'تقارير', 'اقتصاد', 'رأي', 'ثقافة', 'رياضة', 'ملفات']
CO_WRITERS = [('د. سامر الخطيب', 'أستاذ العلوم السياسية في الجامعة اللبنانية، وباحث في شؤون الحكم المحلي والتنمية.'),
              ('منى الشريف', 'كاتبة وصحافية، تكتب عن قضايا التعليم والأسرة في الصحافة العربية منذ عقدين.'),
              ('عادل السويدي', 'اقتصادي ومستشار سابق في التخطيط، له مؤلفات في السياسات المالية والخليج.')]
CO_DISCLAIMER = 'ما يرد في مقالات الرأي يعبّر عن وجهة نظر كاتبه، ولا يعكس بالضرورة موقف الصحيفة.'
CO_FOLLOW = 'تابع الكاتب على منصة إكس'
CO_OTHERS = [('نوال بن عيسى', 'حين تصبح المدينة ذاكرة مفقودة'), ('خالد المنصوري', 'في الحاجة إلى نقاش هادئ'),
             ('ريم العبدالله', 'أسئلة الجيل الجديد بلا أجوبة')]
CO_NEWSLETTER = 'احصل على مختارات الرأي الأسبوعية في بريدك كل يوم جمعة'
CO_FOOTER = 'صحيفة المدار - تصدر عن دار المدار للإعلام. جميع الحقوق محفوظة'


def render_column(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, ticker = others[:5], others[10]
    name, bio = CO_WRITERS[k % len(CO_WRITERS)]
    with_ld = k % 2 == 0
    visible = f'{DAYS[day.weekday()]}، {day.day} {GULF_MONTHS[day.month - 1]} {day.year}'
    published = f'{day.isoformat()}T06:00:00+03:00'
    head_extra = ''
    if with_ld:
        ld = {'@context': 'https://schema.org', '@type': 'OpinionNewsArticle', 'headline': title, 'datePublished': published,
              'author': {'@type': 'Person', 'name': name, 'description': bio},
              'publisher': {'@type': 'NewsMediaOrganization', 'name': CO_SITE}}
        head_extra = (f'<meta property="article:published_time" content="{published}">'
                      f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    others_html = ''.join(f'<li><a href="/opinion/w{i}"><span class="writer">{esc(w)}</span> <span class="otitle">{esc(t)}</span></a></li>'
                          for i, (w, t) in enumerate(CO_OTHERS))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{esc(title)} - بقلم {esc(name)} - {CO_SITE}</title>
<meta property="og:title" content="{esc(title)}"><meta property="og:site_name" content="{CO_SITE}"><meta name="author" content="{esc(name)}">{head_extra}</head>
<body class="opinion-page"><header class="masthead"><a class="brand" href="/">{CO_SITE}</a><nav><ul>{lis(CO_MENU, '/section/')}</ul></nav></header>
<div class="flash"><b>الآن</b> <a href="/news/f1">{esc(ticker)}</a></div>
<main class="opinion"><div class="opinion-section-name"><a href="/section/4">مقالات الرأي</a></div>
<div class="columnist-card"><img src="/writers/{k % 3}.jpg" alt="{esc(name)}"><a class="columnist-name" href="/writer/{k % 3}">{esc(name)}</a></div>
<h1 class="opinion-title">{esc(title)}</h1>
<div class="opinion-date">{visible}</div>
<div class="opinion-body">{''.join(f'<p>{esc(p)}</p>' for p in paras)}</div>
<p class="opinion-disclaimer"><em>{CO_DISCLAIMER}</em></p>
<div class="about-writer"><h3>عن الكاتب</h3><p>{esc(bio)}</p><a href="https://x.com/writer{k}">{CO_FOLLOW}</a></div>
<section class="writer-articles"><h2>مقالات الكاتب</h2><ul>{lis(rel, '/opinion/a')}</ul><a href="/writer/{k % 3}" class="more">كل مقالات {esc(name)}</a></section>
<section class="other-writers"><h2>كتّاب الرأي</h2><ul>{others_html}</ul></section>
<div class="newsletter-inline"><p>{CO_NEWSLETTER}</p><input type="email"><button>اشترك</button></div></main>
<footer><p>{CO_FOOTER} © {day.year}</p></footer></body></html>'''
    without = [CO_MENU[2], ticker, CO_DISCLAIMER, bio, CO_FOLLOW, CO_NEWSLETTER, CO_FOOTER, 'مقالات الرأي'] + \
        [w for w, _ in CO_OTHERS] + [t for _, t in CO_OTHERS] + rel[:2]
    return page, title, [], rel, without


# --- wire: news agency wire page ---------------------------------------------------------------
WI_SITE = 'وكالة الأنباء الوطنية'
WI_TAG = 'وكا'
WI_CITIES = ['الرياض', 'جدة', 'الدمام', 'أبها']
WI_MENU = ['الرئيسية', 'الأخبار المحلية', 'الأخبار الدولية', 'الاقتصاد', 'الرياضة', 'الثقافة', 'الصور', 'الفيديو']
WI_LANGS = ['English', 'Français', 'Español']
WI_TOOLS = ['طباعة', 'إرسال بالبريد', 'تكبير الخط', 'تصغير الخط']
WI_FOOTER = 'جميع الحقوق محفوظة لوكالة الأنباء الوطنية، ويسمح بالنقل مع ذكر المصدر'


def render_wire(art, others, extra, day, slug, k):
    _, title, paras = art
    teasers, ticker = extra['teasers'], others[10]
    latest = [ticker] + teasers + others[4:6]
    city = WI_CITIES[k % len(WI_CITIES)]
    h = hijri(day)
    local = datetime.datetime(day.year, day.month, day.day, 1 if k % 2 else 13, 20, tzinfo=datetime.timezone(datetime.timedelta(hours=3)))
    utc = local.astimezone(datetime.timezone.utc)
    clock = f'{local.hour % 12 or 12:02d}:{local.minute:02d} {"ص" if local.hour < 12 else "م"}'
    dateline = (f'{city} {h} هـ الموافق {day.day} {GULF_MONTHS[day.month - 1]} {day.year} م ({WI_TAG})' if h else
                f'{city} {day.day} {GULF_MONTHS[day.month - 1]} {day.year} م ({WI_TAG})')
    body = (f'<p>{esc(dateline)} - {esc(paras[0])}</p>' + ''.join(f'<p>{esc(p)}</p>' for p in paras[1:]) +
            '<p class="end">//انتهى//</p>' + f'<p class="time">{clock[:5]} ت م</p>')
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{WI_SITE} - {esc(title)}</title>
<meta property="og:title" content="{esc(title)}"><meta property="og:site_name" content="{WI_SITE}">
<meta property="article:published_time" content="{utc.strftime('%Y-%m-%dT%H:%M:%SZ')}"><meta name="twitter:card" content="summary">
<base href="https://wire.example/"></head>
<body><div class="langbar">{' | '.join(f'<a href="/{l[:2].lower()}/">{l}</a>' for l in WI_LANGS)}</div>
<header><a class="agency" href="/ar/">{WI_SITE}</a><nav><ul>{lis(WI_MENU, '/ar/cat/')}</ul></nav></header>
<div id="app"><div class="newsDetails"><div class="category">{WI_MENU[1]}</div>
<h1 class="newsTitle">{esc(title)}</h1>
<div class="newsDate">{day.day:02d}/{day.month:02d}/{day.year} {clock}</div>
<div class="newsTools">{' '.join(f'<a href="#">{t}</a>' for t in WI_TOOLS)}</div>
<div class="newsBody">{body}</div>
<div class="newsShare"><a href="https://x.com/share">غرّد الخبر</a> <a href="#">نسخ رابط الخبر</a></div></div>
<aside class="latestWire"><h2>آخر الأخبار</h2><ul>{''.join(f'<li><span>{(local - datetime.timedelta(minutes=9 * (i + 1))).strftime("%H:%M")}</span> <a href="/ar/news/{4100 + i}">{esc(t)}</a></li>' for i, t in enumerate(latest))}</ul></aside></div>
<footer><p>{WI_FOOTER}</p></footer></body></html>'''
    without = [WI_MENU[2], WI_LANGS[0], WI_TOOLS[2], 'غرّد الخبر', 'نسخ رابط الخبر', WI_FOOTER, dateline, '//انتهى//',
               f'{clock[:5]} ت م'] + latest
    return page, title, [], [], without


RENDER = {'aspnet': render_aspnet, 'bilingual': render_bilingual, 'gallery': render_gallery, 'voted': render_voted,
          'column': render_column, 'wire': render_wire}


def labelled_page(render_kind, kind, art, others, extra, date, slug, k, module, number):
    """Runs one kind's renderer (arguments as render() below, `date` made a datetime.date) and labels
    its page by construction; the label's note names the generator `module` and the set `number`. A renderer
    returns (page, title, read_also, related, without), or with the paragraphs the page shows after
    the title when it shows fewer than the article has. Returns (page_html, label, encoding)."""
    y, m, d = (int(x) for x in date.split('-'))
    made = render_kind(art, others, extra, datetime.date(y, m, d), slug, k)
    if len(made) == 6:
        page, title, shown, read_also, related, without = made
    else:
        (page, title, read_also, related, without), shown = made, art[2]
    label = {
        'title': title, 'published': date,
        'body_with': [opening(p) for p in shown],
        'body_without': [w for w in dict.fromkeys(without) if w],
        'read_also': read_also, 'related': related,
        'note': f'synthetic {kind} page around {art[0]} (tests/html/{module}) — sealed set {number}',
    }
    return page, label, 'utf-8'


def render(kind, art, others, extra, date, slug, k):
    """One page of `kind` around `art` = (source name, title, paragraphs), with the arguments of
    make_templates.render_set3: `others` = 11 other headlines, `extra` = {'teasers': 3 headlines,
    'inline2': a headline, 'snippet': a paragraph of another story}, `date` = 'YYYY-MM-DD' (local).
    Returns (page_html, label, encoding)."""
    return labelled_page(RENDER[kind], kind, art, others, extra, date, slug, k, 'templates_set5.py', 5)


# --- checks ----------------------------------------------------------------------------------
DIACRITICS = re.compile('[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]')
FOLD = str.maketrans({'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه', 'ؤ': 'و', 'ئ': 'ي'})


def fold(text):
    """Close to ../shared/eval/score.py's fold(), enough to check that a labelled text is on the page."""
    text = DIACRITICS.sub('', unicodedata.normalize('NFKC', text)).translate(FOLD)
    return ' '.join(''.join(ch if ch.isalnum() else ' ' for ch in text).split()).lower()


class Visible(html.parser.HTMLParser):
    """Visible text of a page, block by block; with `body_of`, also the text of the element whose
    class contains that word (the article body as the template writes it)."""
    SKIP = {'script', 'style', 'head', 'title', 'noscript', 'template'}
    BLOCK = {'p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'td', 'tr', 'section', 'article', 'figure', 'figcaption',
             'header', 'footer', 'nav', 'aside', 'main', 'ul', 'ol', 'table', 'br', 'form', 'span', 'time', 'a', 'button'}
    VOID = {'br', 'img', 'input', 'meta', 'link', 'hr', 'base'}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        if tag in self.BLOCK:
            self.parts.append('\n')

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1
        if tag in self.BLOCK:
            self.parts.append('\n')

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)

    def text(self):
        return ''.join(self.parts)


def check(page, label, paras):
    """Problems of one page: a labelled text that is not visible, a chrome text inside the article's
    paragraphs, or an <h1> that is not the title."""
    v = Visible()
    v.feed(page)
    visible = ' ' + fold(v.text()) + ' '
    article = ' ' + ' | '.join(fold(p) for p in paras) + ' '
    problems = []
    for key in ('body_with', 'body_without', 'read_also', 'related'):
        for s in label[key]:
            if ' ' + fold(s) + ' ' not in visible:
                problems.append(f'{key} not visible: {s[:60]}')
    for s in label['body_without']:
        if ' ' + fold(s) + ' ' in article:
            problems.append(f'body_without inside the article: {s[:60]}')
    h1 = re.findall(r'<h1[^>]*>(.*?)</h1>', page, re.S)
    if len(h1) != 1 or fold(re.sub(r'<[^>]+>', '', html.unescape(h1[0]))) != fold(label['title']):
        problems.append(f'h1 is not the title: {h1}')
    return problems


def drive(prog, doc, kinds_all, render_fn, skip, seed, argv=None):
    """The command line of a sealed template set: writes OUT_DIR/pages and OUT_DIR/labels with `render_fn`
    (the signature of render() above) from make_templates.articles() after `skip` articles, and checks each
    page with check(). Shared by templates_set5.py and the later sets; `prog` prefixes its messages."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('out')
    ap.add_argument('--corpus', default=os.path.join(HERE, '..', '..', '..', 'shared', 'corpus'))
    ap.add_argument('--per-kind', type=int, default=4)
    ap.add_argument('--skip', type=int, default=skip, help=f'corpus articles left to earlier sets (default {skip})')
    ap.add_argument('--kinds', default=','.join(kinds_all))
    args = ap.parse_args(argv)
    kinds = args.kinds.split(',')
    need = args.per_kind * len(kinds)
    arts = make_templates.articles(args.corpus, args.skip + need * 2 + 30)[args.skip:]
    if len(arts) < need + 20:
        raise SystemExit(f'{prog}: not enough articles in the corpus')
    rng = random.Random(seed)
    os.makedirs(os.path.join(args.out, 'pages'), exist_ok=True)
    os.makedirs(os.path.join(args.out, 'labels'), exist_ok=True)
    bad = 0
    i = 0
    for kind in kinds:
        for k in range(args.per_kind):
            art = arts[i]
            pool = [a for a in arts[i + 1:] if a[1] != art[1]]
            others = [a[1] for a in pool[:11]]
            rng.shuffle(others)
            more = pool[11:]
            # 'next' (a later set's addition): another story's headline and paragraphs, for pages that append it.
            extra = {'teasers': [a[1] for a in more[:3]], 'inline2': more[3][1], 'snippet': more[4][2][0],
                     'next': (more[5][1], more[5][2])}
            i += 1
            date = f'2024-05-{(i * 5) % 27 + 1:02d}'
            name = f'{kind}-{k}'
            page, label, encoding = render_fn(kind, art, others, extra, date, name, k)
            for p in check(page, label, art[2]):
                print(f'{prog}: {name}: {p}', file=sys.stderr)
                bad += 1
            with open(os.path.join(args.out, 'pages', name + '.html'), 'w', encoding=encoding) as f:
                f.write(page)
            label['file'] = os.path.join('..', 'pages', name + '.html')
            with open(os.path.join(args.out, 'labels', name + '.json'), 'w', encoding='utf-8') as f:
                json.dump(label, f, ensure_ascii=False, indent=2)
    print(f'{i} pages in {args.out}' + (f', {bad} problems' if bad else ''))
    return 1 if bad else 0


def main():
    return drive('templates_set5', __doc__, KINDS, render, 200, 20261205)


if __name__ == '__main__':
    sys.exit(main())
