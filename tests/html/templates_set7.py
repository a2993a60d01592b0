#!/usr/bin/env python3
"""Sealed HTML template set 7 (issue 14): six more kinds of Arabic news pages, labelled by construction.

Written while the HTML extractor's rules were being changed, by someone who did not change them and did
not run akhbar on these pages: their first score, taken after the rules are merged, measures the rules on
templates nobody looked at while writing them. None of these kinds is in make_templates.py,
templates_set5.py or templates_set6.py, and every chrome sentence is new wording (no chrome constant of
the earlier sets is imported).

  video      video-first page: the article's lead as a short description under a player (duration, views,
             channel and subscribe button), the rest as a transcript under its own heading; the date only
             in a VideoObject's uploadDate (no NewsArticle); an up-next autoplay playlist (not related),
             "مقاطع في السياق نفسه" (related)
  platform   Medium/Tumblr-like blogging platform: author card with a follow button above the headline,
             "N دقائق قراءة · date" line (the visible date only), claps and responses counters, highlight
             toolbar, a responses section with readers' replies, "المزيد من كتابات المؤلف" and the
             platform's recommendations (neither is related)
  forum      vBulletin forum thread reposting a news story: the headline as thread title, the body in
             <div id="post_message_N"> with <br /><br /> paragraphs, the post's date cell (visible only),
             the poster's user info and signature, readers' replies below (not the article), "مواضيع مشابهة"
             similar-threads table (related)
  wayback    Wayback Machine capture: the archive's toolbar (capture date months after the publication,
             capture counts) injected above an old news page whose date line is Hijri + Gregorian (no meta
             date), an inline "طالع أيضاً" line (read-also), "على صلة بالموضوع" (related), a news ticker
  printview  the "print this article" view of a news site: no menus, a print button, the site's logo line,
             the date only in article:published_time while the visible line is the print date (today), the
             article's URL and copyright after the text; no lists at all
  paginated  article split over two pages ("الصفحة 1 من 2"): even pages show the first half of the text
             with a "التالي" link, odd pages the second half; JSON-LD @graph NewsArticle with the date, an
             inline "طالع أيضاً" card on the first half, "تغطية متصلة" (related), a trending box (not)

Labels (the format of tests/html/labels): title (the <h1>), published (the local date), body_with = the
opening of each paragraph shown on the page, body_without = visible chrome texts and other stories'
headlines, read_also, related (headed related lists only). Articles: make_templates.articles() after
skipping the first 600 (sets 5 and 6 use fewer).

Usage: templates_set7.py OUT_DIR [--corpus DIR] [--per-kind 4] [--skip 600] [--kinds a,b]
writes OUT_DIR/pages/KIND-N.html and OUT_DIR/labels/KIND-N.json and checks every labelled text against
the page's visible text with templates_set5's check() (its driver, templates_set5.drive(), is reused).
"""
import datetime
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
# Helpers and calendar data only; no chrome sentence of the earlier sets.
from templates_set5 import DAYS, GULF_MONTHS, drive, esc, labelled_page, hijri  # noqa: E402

KINDS = ('video', 'platform', 'forum', 'wayback', 'printview', 'paginated')


def links(items, href, cls=''):
    c = f' class="{cls}"' if cls else ''
    return ''.join(f'<li{c}><a href="{href}{i}">{esc(t)}</a></li>' for i, t in enumerate(items))


def paras_html(paras):
    return ''.join(f'<p>{esc(p)}</p>' for p in paras)


def ar_date(day):
    return f'{day.day} {GULF_MONTHS[day.month - 1]} {day.year}'


# --- video: a video-first page with a description and a transcript ------------------------------
VI_SITE = 'قناة الأفق المرئية'
VI_MENU = ['البث المباشر', 'أحدث المقاطع', 'برامج', 'وثائقيات', 'تقارير مصورة', 'بودكاست']
VI_VIEWS = 'مشاهدة'
VI_SUBSCRIBE = 'اشترك في القناة وفعّل الجرس ليصلك كل مقطع جديد'
VI_TRANSCRIPT = 'النص الكامل للمقطع'
VI_AUTOPLAY = 'يبدأ المقطع التالي تلقائياً'
VI_UPNEXT = 'قائمة التشغيل'
VI_RELATED = 'مقاطع في السياق نفسه'
VI_REPORT = 'الإبلاغ عن مشكلة في التشغيل'
VI_FOOTER = 'جميع المقاطع المنشورة ملك لشبكة الأفق ولا يجوز تنزيلها أو إعادة بثها دون ترخيص'


def render_video(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, upnext, ticker = others[:4], others[4:8], others[10]
    duration = f'{3 + k:02d}:{17 + 9 * k:02d}'
    views = f'{12 + 7 * k} ألف {VI_VIEWS}'
    upload = f'{day.isoformat()}T{10 + k:02d}:00:00+03:00'
    ld = {'@context': 'https://schema.org', '@type': 'VideoObject', 'name': title, 'description': paras[0][:200],
          'uploadDate': upload, 'duration': f'PT{3 + k}M{17 + 9 * k}S',
          'thumbnailUrl': f'https://ofuq.example/thumbs/{slug}.jpg', 'contentUrl': f'https://ofuq.example/v/{slug}.mp4'}
    up_html = ''.join(f'<li class="up-item"><a href="/watch/u{i}"><img src="/thumbs/u{i}.jpg" alt=""><span class="dur">0{2 + i}:4{i}</span>'
                      f'<span class="t">{esc(t)}</span></a></li>' for i, t in enumerate(upnext))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{esc(title)} | {VI_SITE}</title>
<meta property="og:type" content="video.other"><meta property="og:title" content="{esc(title)}">
<meta property="og:video" content="https://ofuq.example/v/{slug}.mp4"><meta property="og:site_name" content="{VI_SITE}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script></head>
<body class="watch"><header class="vh"><a class="logo" href="/">{VI_SITE}</a><nav><ul>{links(VI_MENU, '/c/')}</ul></nav>
<form class="search" action="/search"><input name="q" placeholder="ابحث في المقاطع"></form></header>
<div class="flash"><a href="/watch/f{k}">{esc(ticker)}</a></div>
<div class="watch-grid"><div class="primary">
<div class="player-wrap"><video controls preload="none" poster="/thumbs/{slug}.jpg"><source src="/v/{slug}.mp4" type="video/mp4"></video>
<div class="player-bar"><span class="time">00:00 / {duration}</span></div></div>
<h1 class="video-title">{esc(title)}</h1>
<div class="video-stats"><span class="views">{views}</span> <button class="like">إعجاب</button> <button class="share">مشاركة</button></div>
<div class="channel-row"><img src="/ch.png" alt=""><span class="ch-name">{VI_SITE}</span><button class="sub">اشتراك</button></div>
<p class="sub-note">{VI_SUBSCRIBE}</p>
<div class="video-description">{paras_html(paras[:1])}</div>
<section class="transcript"><h2>{VI_TRANSCRIPT}</h2><div class="transcript-text">{paras_html(paras[1:])}</div></section>
<a class="report" href="/report">{VI_REPORT}</a>
<section class="video-related"><h2>{VI_RELATED}</h2><ul>{links(rel, '/watch/r')}</ul></section>
</div><aside class="secondary"><div class="upnext-head"><h3>{VI_UPNEXT}</h3><span class="autoplay">{VI_AUTOPLAY}</span></div>
<ol class="upnext">{up_html}</ol></aside></div>
<footer><p>{VI_FOOTER}</p></footer></body></html>'''
    without = [VI_MENU[1], ticker, views, VI_SUBSCRIBE, VI_AUTOPLAY, VI_UPNEXT, VI_REPORT, VI_FOOTER] + upnext + rel[:2]
    return page, title, paras, [], rel, without


# --- platform: Medium/Tumblr-like blogging platform ---------------------------------------------
PL_SITE = 'منصة مداد'
PL_AUTHORS = [('ريم السالم', 'صحفية مستقلة تكتب عن المدن والناس'), ('عمر الدباغ', 'محرر سابق ومهتم بالشأن الاقتصادي'),
              ('نور الهدى قاسم', 'باحثة في الإعلام الرقمي'), ('خالد المطيري', 'يكتب من الخليج عن السياسة والمجتمع')]
PL_FOLLOW = 'متابعة'
PL_MEMBER = 'هذه القصة متاحة لأعضاء المنصة مجاناً هذا الشهر'
PL_RESPONSES = 'الردود'
PL_REPLIES = ['قراءة ممتعة وتحليل هادئ، أتمنى أن تكتبي جزءاً ثانياً عن الموضوع نفسه.',
              'أختلف مع الخلاصة الأخيرة لكن الأرقام الواردة مفيدة جداً.',
              'شكراً على هذا الجهد، شاركت الرابط مع زملائي في العمل.']
PL_MORE_AUTHOR = 'المزيد من كتابات المؤلف'
PL_RECOMMENDED = 'اقترحنا لك من المنصة'
PL_SIGNUP = 'أنشئ حساباً مجانياً لتحفظ القصص وتتابع كتّابك المفضلين'
PL_FOOTER = ['عن مداد', 'المساعدة', 'الشروط', 'الخصوصية', 'اكتب على مداد']


def render_platform(art, others, extra, day, slug, k):
    _, title, paras = art
    more_author, recommended = others[:3], others[3:7]
    name, bio = PL_AUTHORS[k % len(PL_AUTHORS)]
    minutes = 3 + len(paras) // 2
    meta_line = f'{minutes} دقائق قراءة · {ar_date(day)}'
    claps = f'{140 + 37 * k}'
    replies = PL_REPLIES[:1 + k % 3]
    resp = ''.join(f'<div class="response"><div class="r-author">قارئ {i + 1}</div><p class="r-text">{esc(r)}</p></div>'
                   for i, r in enumerate(replies))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{esc(title)} | بقلم {esc(name)} | {PL_SITE}</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="article"><meta name="author" content="{esc(name)}">
<meta property="og:site_name" content="{PL_SITE}"></head>
<body><div id="root"><div class="metabar"><a class="brand" href="/">{PL_SITE}</a><a class="write" href="/new-story">اكتب</a>
<a class="signin" href="/signin">تسجيل الدخول</a></div>
<div class="member-banner"><span>{PL_MEMBER}</span></div>
<main role="main"><article><div class="post-wrap">
<div class="author-card"><a href="/@u{k}"><img class="avatar" src="/avatars/{k}.jpg" alt="{esc(name)}"></a>
<div><a class="author-name" href="/@u{k}">{esc(name)}</a> <button class="follow">{PL_FOLLOW}</button>
<div class="post-meta"><span>{meta_line}</span></div></div></div>
<section class="post-body"><div class="section-inner"><h1 class="graf graf--title">{esc(title)}</h1>
<figure class="graf graf--figure"><img src="/img/{slug}.jpeg" alt=""></figure>
{''.join(f'<p class="graf graf--p" name="{i:04x}">{esc(p)}</p>' for i, p in enumerate(paras))}
</div></section>
<div class="post-actions"><button class="clap" aria-label="تصفيق"></button><span class="claps">{claps}</span>
<button class="responses-btn">{len(replies)} {PL_RESPONSES}</button><button class="bookmark" aria-label="حفظ"></button></div>
<div class="author-footer"><p class="bio">{esc(bio)}</p></div>
</div></article>
<section class="responses"><h2>{PL_RESPONSES} ({len(replies)})</h2>{resp}</section>
<section class="more-from"><h2>{PL_MORE_AUTHOR}</h2><ul>{links(more_author, f'/@u{k}/p')}</ul></section>
<section class="recommended"><h2>{PL_RECOMMENDED}</h2><ul>{links(recommended, '/p/rec')}</ul></section>
</main>
<div class="signup-nudge"><p>{PL_SIGNUP}</p></div>
<footer class="pl-footer"><ul>{''.join(f'<li><a href="/{i}">{t}</a></li>' for i, t in enumerate(PL_FOOTER))}</ul></footer>
<div class="highlight-menu" hidden><button>تظليل</button><button>رد</button></div></div></body></html>'''
    without = [PL_MEMBER, meta_line.split(' · ')[0], bio, PL_MORE_AUTHOR, PL_RECOMMENDED, PL_SIGNUP] + replies + \
        more_author + recommended
    return page, title, paras, [], [], without


# --- forum: a vBulletin thread reposting a news story ---------------------------------------------
FO_SITE = 'منتديات واحة الخليج'
FO_NAV = ['المنتديات', 'الأخبار العامة والسياسية', 'المشاركات الجديدة', 'التقويم', 'قائمة الأعضاء']
FO_USERS = [('أبو فيصل', 'عضو ذهبي', 'تاريخ التسجيل: مارس 2011', 'المشاركات: 8,412'),
            ('ناقل الخبر', 'مشرف قسم الأخبار', 'تاريخ التسجيل: يناير 2009', 'المشاركات: 21,930'),
            ('بنت الشمال', 'عضو مميز', 'تاريخ التسجيل: أغسطس 2015', 'المشاركات: 2,117'),
            ('صقر نجد', 'عضو نشيط', 'تاريخ التسجيل: مايو 2018', 'المشاركات: 964')]
FO_SIGNATURE = 'اللهم اغفر لوالدي وارحمهما كما ربياني صغيراً'
FO_SOURCE = 'منقول للفائدة'
FO_REPLIES = ['الله يعطيك العافية على النقل يا أبو فيصل', 'خبر مهم ومتابعين معك أول بأول',
              'شكراً لك، بانتظار المزيد من التفاصيل', 'موضوع في الصميم جزاك الله خير']
FO_SIMILAR = 'مواضيع مشابهة'
FO_SIMILAR_COLS = ['الموضوع', 'كاتب الموضوع', 'المنتدى', 'الردود']
FO_RULES = 'لا تستطيع إضافة مواضيع جديدة ولا الرد على المواضيع ما لم تسجل دخولك'
FO_FOOTER = 'جميع المشاركات تعبر عن وجهة نظر كاتبها فقط ولا تمثل رأي إدارة المنتدى'
FO_TIMEZONE = 'جميع الأوقات بتوقيت GMT +3'


def render_forum(art, others, extra, day, slug, k):
    _, title, paras = art
    similar = others[:4]
    user = FO_USERS[k % len(FO_USERS)]
    hour = 1 + (k * 3) % 11
    post_date = f'{day.day:02d}-{day.month:02d}-{day.year}, {hour:02d}:{14 + k:02d} {"م" if k % 2 else "ص"}'
    thread = 58000 + 17 * k
    post = 910000 + 101 * k
    body = '<br />\n<br />\n'.join(esc(p) for p in paras)
    replies = FO_REPLIES[:2 + k % 3]
    rep_html = ''
    for i, r in enumerate(replies):
        rd = day + datetime.timedelta(days=i // 2)
        rep_html += f'''<table class="tborder" id="post{post + i + 1}" cellpadding="6" cellspacing="1" border="0" width="100%" align="center">
<tr><td class="thead"><a name="post{post + i + 1}"></a>{rd.day:02d}-{rd.month:02d}-{rd.year}, 0{i + 2}:3{i} م <span style="float:left">#{i + 2}</span></td></tr>
<tr><td class="alt1"><div class="bigusername">{esc(FO_USERS[(k + i + 1) % 4][0])}</div>
<div id="post_message_{post + i + 1}">{esc(r)}</div></td></tr></table>\n'''
    sim_rows = ''.join(f'<tr><td class="alt1"><a href="/showthread.php?t={thread - 40 - i}">{esc(t)}</a></td><td class="alt2">{esc(FO_USERS[i % 4][0])}</td>'
                       f'<td class="alt1">{FO_NAV[1]}</td><td class="alt2">{3 + 4 * i}</td></tr>' for i, t in enumerate(similar))
    page = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl" lang="ar">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="generator" content="vBulletin 3.8.7" /><meta name="keywords" content="أخبار, منتدى" />
<title>{esc(title)} - {FO_SITE}</title>
<link rel="stylesheet" type="text/css" href="clientscript/vbulletin_css/style-rtl.css" />
<script type="text/javascript" src="clientscript/vbulletin_global.js"></script></head>
<body><a name="top"></a>
<table border="0" width="100%" cellpadding="0" cellspacing="0" align="center"><tr><td align="right"><a href="index.php"><img src="images/misc/logo.gif" border="0" alt="{FO_SITE}" /></a></td></tr></table>
<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%" align="center"><tr>
{''.join(f'<td class="vbmenu_control"><a href="/f{i}">{t}</a></td>' for i, t in enumerate(FO_NAV))}</tr></table>
<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%" align="center"><tr><td class="alt1" width="100%">
<span class="navbar"><a href="index.php" accesskey="1">{FO_SITE}</a></span> <span class="navbar">&gt; <a href="forumdisplay.php?f=12">{FO_NAV[1]}</a></span>
<h1 class="threadtitle">{esc(title)}</h1></td></tr></table>
<div class="smallfont">{FO_RULES}</div>
<div id="posts">
<table class="tborder" id="post{post}" cellpadding="6" cellspacing="1" border="0" width="100%" align="center">
<tr><td class="thead" colspan="2"><a name="post{post}"></a><span class="postdate">{post_date}</span> <span style="float:left">#1</span></td></tr>
<tr valign="top"><td class="alt2" width="175" style="border-left:1px solid #fff">
<div id="postmenu_{post}"><a class="bigusername" href="member.php?u={300 + k}">{esc(user[0])}</a></div>
<div class="smallfont">{user[1]}</div><div class="smallfont"><div>{user[2]}</div><div>{user[3]}</div></div></td>
<td class="alt1" id="td_post_{post}"><div class="smallfont"><strong>{esc(title)}</strong></div><hr size="1" style="color:#fff" />
<div id="post_message_{post}">{body}<br />
<br />
<font color="gray">{FO_SOURCE}</font></div>
<div>__________________<br /><div class="signature">{FO_SIGNATURE}</div></div></td></tr></table>
{rep_html}</div>
<br /><table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%" align="center">
<thead><tr><td class="tcat" colspan="4">{FO_SIMILAR}</td></tr>
<tr>{''.join(f'<td class="thead">{c}</td>' for c in FO_SIMILAR_COLS)}</tr></thead><tbody>{sim_rows}</tbody></table>
<div class="smallfont" align="center">{FO_TIMEZONE}</div>
<div class="smallfont" align="center">{FO_FOOTER}</div>
<div class="smallfont" align="center">Powered by vBulletin® Version 3.8.7</div></body></html>'''
    without = [FO_NAV[2], user[2], user[3], FO_SIGNATURE, FO_SOURCE, FO_RULES, FO_SIMILAR, FO_TIMEZONE, FO_FOOTER] + \
        replies + similar[:2]
    return page, title, paras, [], similar, without


# --- wayback: an archived news page under the Wayback Machine's toolbar ---------------------------
WB_SITE = 'صحيفة البيان المسائي'
WB_MENU = ['الرئيسية', 'الأخبار المحلية', 'العالم العربي', 'الاقتصاد', 'الرياضة', 'المنوعات', 'الكاريكاتير']
WB_TICKER = 'شريط الأخبار'
WB_READALSO = 'طالع أيضاً:'
WB_RELATED = 'على صلة بالموضوع'
WB_VISITS = 'عدد الزوار منذ الإطلاق'
WB_FOOTER = 'البيان المسائي - صحيفة يومية شاملة - الموقع يعرض بدقة 1024×768'


def render_wayback(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, ticker_items = others[:4], others[6:9]
    inline = extra['inline2']
    captured = day + datetime.timedelta(days=40 + 11 * k)
    ts = f'{captured:%Y%m%d}0{k}2231'
    orig = f'http://www.albayan-masai.example/news/{slug}.htm'
    h = hijri(day)
    date_line = (f'{DAYS[day.weekday()]} {h}هـ - الموافق {ar_date(day)}م' if h else f'{DAYS[day.weekday()]} {ar_date(day)}م')
    toolbar_caps = f'{7 + 3 * k} captures'
    cut = max(1, len(paras) // 2)
    body = paras_html(paras[:cut]) + f'<p class="also"><b>{WB_READALSO}</b> <a href="/web/{ts}/http://www.albayan-masai.example/news/a{k}.htm">{esc(inline)}</a></p>' + paras_html(paras[cut:])
    page = f'''<!DOCTYPE html>
<html dir="rtl"><head>
<script src="//archive.org/includes/athena.js" type="text/javascript"></script>
<script type="text/javascript">window.RufflePlayer=window.RufflePlayer||{{}};__wm.init("https://web.archive.org/web");</script>
<link rel="stylesheet" type="text/css" href="/_static/css/banner-styles.css">
<!-- End Wayback Rewrite JS Include -->
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{WB_SITE} :: {esc(title)}</title>
<link href="/web/{ts}cs_/http://www.albayan-masai.example/style.css" rel="stylesheet" type="text/css"></head>
<body topmargin="0" leftmargin="0">
<!-- BEGIN WAYBACK TOOLBAR INSERT -->
<div id="wm-ipp-base" lang="en" style="display:block;direction:ltr"><div id="wm-ipp" style="position:fixed;left:0;top:0;right:0">
<div id="wm-ipp-inside"><div id="wm-logo"><a href="/web/" title="Wayback Machine home page">Wayback Machine</a></div>
<div class="c"><form target="_top" method="get" action="/web/submit" name="wmtb" id="wmtb"><input type="text" name="url" id="wmtbURL" value="{orig}"></form>
<div id="wm-nav-captures"><a class="t" href="/web/{ts}*/{orig}">{toolbar_caps}</a>
<div class="r">{captured.day} {captured:%b} {captured.year} - {captured.day + 2} {captured:%b} {captured.year + 1 + k}</div></div></div>
<div id="wm-btns"><a href="https://archive.org/account/login.php">Log in</a> <a href="https://help.archive.org/">About this capture</a></div>
</div></div></div>
<!-- END WAYBACK TOOLBAR INSERT -->
<table width="980" align="center" border="0" cellspacing="0" cellpadding="0" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="/web/{ts}im_/http://www.albayan-masai.example/images/banner.jpg" width="980" height="120" alt="{WB_SITE}"></td></tr>
<tr><td colspan="2" class="menu">{' | '.join(f'<a href="/web/{ts}/http://www.albayan-masai.example/sec{i}.htm">{t}</a>' for i, t in enumerate(WB_MENU))}</td></tr>
<tr><td colspan="2" class="ticker"><b>{WB_TICKER}:</b> <marquee direction="right" scrollamount="3">{' ••• '.join(f'<a href="/web/{ts}/http://www.albayan-masai.example/t{i}.htm">{esc(t)}</a>' for i, t in enumerate(ticker_items))}</marquee></td></tr>
<tr><td width="740" valign="top" class="main">
<div class="datel">{date_line}</div>
<h1 class="ntitle">{esc(title)}</h1>
<div class="ntext">{body}</div>
<div class="rel"><h3>{WB_RELATED}</h3><ul>{links(rel, f'/web/{ts}/http://www.albayan-masai.example/news/r')}</ul></div>
</td><td width="240" valign="top" class="side"><div class="counter">{WB_VISITS}: {184000 + 977 * k}</div>
<img src="/web/{ts}im_/http://www.albayan-masai.example/ads/side.gif" width="240" alt=""></td></tr>
<tr><td colspan="2" class="foot">{WB_FOOTER}</td></tr></table>
<!--
     FILE ARCHIVED ON {ts[8:10]}:{ts[10:12]}:{ts[12:14]} {captured:%b} {captured.day:02d}, {captured.year} AND RETRIEVED FROM THE
     INTERNET ARCHIVE ON 04:12:55 Dec 01, 2026.
-->
</body></html>'''
    without = [WB_MENU[1], WB_TICKER, WB_VISITS, WB_FOOTER, toolbar_caps, 'About this capture'] + ticker_items + rel[:2]
    return page, title, paras, [inline], rel, without


# --- printview: the "print this article" view ------------------------------------------------------
PV_SITE = 'الوطن اليوم'
PV_PRINT = 'اطبع هذه الصفحة'
PV_CLOSE = 'إغلاق النافذة'
PV_PRINTED = 'تاريخ الطباعة'
PV_URL = 'رابط المادة'
PV_COPY = 'هذه النسخة مخصصة للطباعة والاستخدام الشخصي، وتبقى حقوق النص والصور محفوظة للوطن اليوم'
PV_WRITERS = ['إعداد: قسم التحرير', 'كتب: فهد العتيبي', 'متابعة: ليلى حداد', 'تقرير: مراسلنا في عمّان']


def render_printview(art, others, extra, day, slug, k):
    _, title, paras = art
    published = f'{day.isoformat()}T{6 + 2 * k:02d}:45:00+03:00'
    printed = datetime.date(2026, 12, 1 + k)
    printed_line = f'{PV_PRINTED}: {printed.day:02d}/{printed.month:02d}/{printed.year}'
    url = f'https://alwatan-today.example/article/{8800 + k}/{slug}'
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{esc(title)} - نسخة للطباعة</title>
<meta name="robots" content="noindex, follow"><link rel="canonical" href="{url}">
<meta property="article:published_time" content="{published}">
<style>@media print {{ .noprint {{ display: none }} }} body {{ font-family: 'Times New Roman', serif; max-width: 720px; margin: auto }}</style></head>
<body onload="window.print()"><div class="noprint tools"><a href="javascript:window.print()">{PV_PRINT}</a> | <a href="javascript:window.close()">{PV_CLOSE}</a></div>
<div class="print-head"><img src="/img/logo-bw.png" alt="" height="40"> <b>{PV_SITE}</b> <span class="printed">{printed_line}</span></div>
<hr>
<h1>{esc(title)}</h1>
<div class="writer">{PV_WRITERS[k % len(PV_WRITERS)]}</div>
<div class="print-body">{paras_html(paras)}</div>
<hr>
<div class="print-foot"><p>{PV_URL}: {url}</p><p>{PV_COPY}</p></div></body></html>'''
    without = [PV_PRINT, PV_CLOSE, printed_line, PV_COPY]
    return page, title, paras, [], [], without


# --- paginated: an article split over two pages --------------------------------------------------
PA_SITE = 'شبكة المدار الإخبارية'
PA_MENU = ['الرئيسية', 'سياسة', 'اقتصاد', 'علوم وتقنية', 'ثقافة', 'رياضة', 'آراء', 'فيديو']
PA_PAGE = 'الصفحة'
PA_OF = 'من'
PA_NEXT = 'التالي'
PA_PREV = 'السابق'
PA_CONTINUE = 'تابع القراءة في الصفحة التالية'
PA_READALSO = 'طالع أيضاً'
PA_RELATED = 'تغطية متصلة'
PA_TRENDING = 'يتصدر النقاش الآن'
PA_FOOTER = 'المدار شبكة إخبارية عربية، والمحتوى متاح للاقتباس مع الإشارة إلى المصدر'


def render_paginated(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, trending, ticker = others[:4], others[4:8], others[10]
    inline = extra['inline2']
    first = k % 2 == 0
    cut = max(1, (len(paras) + 1) // 2)
    shown = paras[:cut] if first else paras[cut:] or paras[-1:]
    published = f'{day.isoformat()}T{11 + k:02d}:05:00+03:00'
    ld = {'@context': 'https://schema.org', '@graph': [
        {'@type': 'Organization', '@id': 'https://madar.example/#org', 'name': PA_SITE},
        {'@type': 'NewsArticle', 'headline': title, 'datePublished': published, 'publisher': {'@id': 'https://madar.example/#org'},
         'pagination': '1-2', 'url': f'https://madar.example/news/{slug}'}]}
    here = 1 if first else 2
    pager = (f'<div class="pager"><span class="count">{PA_PAGE} {here} {PA_OF} 2</span> '
             + (f'<a rel="next" href="/news/{slug}?page=2">{PA_NEXT}</a>' if first else f'<a rel="prev" href="/news/{slug}">{PA_PREV}</a>')
             + ' <a href="/news/{0}">1</a> <a href="/news/{0}?page=2">2</a></div>'.format(slug))
    if first:
        half = max(1, len(shown) // 2)
        card = f'<div class="also-card"><span class="lbl">{PA_READALSO}</span> <a href="/news/also{k}">{esc(inline)}</a></div>'
        body = paras_html(shown[:half]) + card + paras_html(shown[half:]) + f'<p class="cont"><a href="/news/{slug}?page=2">{PA_CONTINUE}</a></p>'
        read_also = [inline]
    else:
        body = paras_html(shown)
        read_also = []
    trend_html = ''.join(f'<li><span class="n">{i + 1}</span><a href="/news/t{i}">{esc(t)}</a></li>' for i, t in enumerate(trending))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{esc(title)}{'' if first else f' - {PA_PAGE} 2'} | {PA_SITE}</title>
<link rel="canonical" href="https://madar.example/news/{slug}{'' if first else '?page=2'}">
{f'<link rel="next" href="https://madar.example/news/{slug}?page=2">' if first else f'<link rel="prev" href="https://madar.example/news/{slug}">'}
<meta property="og:title" content="{esc(title)}"><meta property="og:site_name" content="{PA_SITE}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script></head>
<body class="single"><header class="mh"><a class="logo" href="/">{PA_SITE}</a><nav class="menu"><ul>{links(PA_MENU, '/cat/')}</ul></nav></header>
<div class="urgent"><a href="/news/u{k}">{esc(ticker)}</a></div>
<div class="layout"><main class="content"><article class="entry">
<h1 class="entry-title">{esc(title)}</h1>
{pager}
<div class="entry-content">{body}</div>
{pager}
</article>
<section class="coverage"><h2>{PA_RELATED}</h2><ul>{links(rel, '/news/c')}</ul></section></main>
<aside class="rail"><div class="trending"><h3>{PA_TRENDING}</h3><ol>{trend_html}</ol></div></aside></div>
<footer class="mf"><p>{PA_FOOTER}</p></footer></body></html>'''
    without = [PA_MENU[3], ticker, PA_TRENDING, PA_FOOTER] + ([PA_CONTINUE] if first else []) + trending + rel[:2]
    return page, title, shown, read_also, rel, without


RENDER = {'video': render_video, 'platform': render_platform, 'forum': render_forum, 'wayback': render_wayback,
          'printview': render_printview, 'paginated': render_paginated}


def render(kind, art, others, extra, date, slug, k):
    """One page of `kind` around `art` = (source name, title, paragraphs), with templates_set5.render()'s
    arguments. Returns (page_html, label, encoding); body_with holds only the paragraphs the page shows
    (the paginated kind shows half of them)."""
    return labelled_page(RENDER[kind], kind, art, others, extra, date, slug, k, 'templates_set7.py', 7)


def main():
    return drive('templates_set7', __doc__, KINDS, render, 600, 20261207)


if __name__ == '__main__':
    sys.exit(main())
