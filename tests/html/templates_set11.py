#!/usr/bin/env python3
"""Sealed HTML template set 11 (issue 14): seven more kinds of Arabic news pages, labelled by construction.

Written by a helper who did not change the HTML extractor's rules, did not read them (src/loader/html*,
src/segmenter/, data/markers.txt), and never ran akhbar on these pages: their first score, taken once after
the session's rules are merged, measures the rules on templates nobody looked at while writing them. None of
these kinds is in make_templates.py or templates_set5..10.py, and every chrome sentence is new wording (no
chrome constant of the earlier sets is imported). The kinds vary where the dates come from (JSON-LD @graph
with a WebPage and a BreadcrumbList, microdata, MediaWiki's JSON-LD in UTC, a relative date beside a UTC
meta time, only a visible line, a Hijri + Gregorian line in Arabic-Indic digits) and how the related list
is shaped (cards, a <table>, a wiki section, numbered thumbnails), and each carries lists that look related
but are not (latest, most-commented, most-discussed, the same section's archive, sponsored links,
newsletter picks, trending, front-page headlines, a wiki's sources and its "related changes" tool), so that
precision is measured.

  longread   a long-form magazine piece: breadcrumb ending in the headline, "قراءة مطولة" kicker, only the
             month and year visible ("عدد مايو 2024"), writer and illustrator line, reading time, a table of
             contents of in-page links to <h2> sections, footnote references ([1]) at paragraph ends and a
             "الهوامش" list after the text (not the article), an inline "انظر أيضاً" card on odd pages
             (read-also); the dates only in a JSON-LD @graph of WebPage, BreadcrumbList and Article (even
             pages: the dates on the WebPage node only, no update; odd pages: on the Article too, with a
             dateModified the next day: the updated date); "قراءات مطولة ذات صلة" cards (related), the
             section's archive and a newsletter's picks (not related), writer bio, share line
  numbers    a data-journalism "بالأرقام" page: badge and "إنفوغرافيك" kicker, a visible "dd.mm.yyyy" date
             line only (no meta date), an infographic image with its design credit and a download link, three
             stat cards (figure + caption: not the article) above the text, the body as a bullet list (even
             pages: a lead <p> then <ul><li> paragraphs; odd pages: every paragraph an <li> of an <ol>), a
             data-source line and an embed-code prompt; "أرقام مرتبطة بالموضوع" (related), latest charts and
             a most-commented box with comment counts (not related)
  inlinediv  a small portal in windows-1256 declared only in <meta http-equiv> (no <meta charset>, no
             class names): every paragraph a <div style=...> (odd pages: text in a styled <span>), the <h1>
             styled inline, a "حُرّر يوم ... dd/mm/yyyy على الساعة" line only, an inline "ننصحك بقراءة:" line
             (read-also); related and most-visited lists as <table>s ("أخبار متعلقة بهذا الخبر", heading row in
             the table on even pages, in a div above it on odd ones; "الأكثر زيارة": related, as a most-read
             box), a latest table and sponsored ad links (not related), online counter
  wix        a neighbourhood news blog on Wix: data-hook attributes, hashed classes, the Ricos viewer's
             <p dir="rtl"> paragraphs with nested spans and empty <br> lines between them, the author line
             with a relative "قبل N ساعات" (even pages) or "14 مايو" without the year plus a "تم التحديث"
             line the next day (odd pages: the updated date); article:published_time in UTC with "Z" (odd
             pages 01:3x local: the day before in UTC); views, comments and like counters, "منشورات ذات صلة"
             cards (related), "أحدث المنشورات" with "عرض الكل" (not related), the Wix ads banner
  wikinews   an Arabic Wikinews article (MediaWiki, Vector skin): siteSub, jump links, page tabs, the date
             template as the first line of the text, an archived notice (odd pages), a floating "مستجدات ويكي
             الأخبار" box (not related), edit-section links, "مصادر الخبر" (other outlets' headlines: not
             related), "أخبار متصلة" (related), categories, the sidebar tools with "تغييرات ذات علاقة"
             (a wiki tool, not a list), footer last-edit stamp and licence; on even pages MediaWiki's Article
             JSON-LD with datePublished and a dateModified three days later in UTC (the updated date); on odd
             pages the footer stamp only (not labelled: the key is absent)
  premium    a financial daily's paywalled report: a market-quotes strip above the header, "حصري للمشتركين"
             badge, schema.org microdata on the <article> (<meta itemprop="datePublished"> and
             dateModified: the same on even pages, the next day on odd ones, the updated date), a visible
             d/m/yyyy date on even pages only, JSON-LD with isAccessibleForFree and no date, the first two
             paragraphs, then the subscription box, then the rest of the text in a "paywalled" div; "مرتبط
             بهذا التقرير" (related), "الأكثر اطلاعاً" numbered (related, a most-read box), "الأكثر نقاشاً",
             sponsored links and the morning newsletter's picks (not related), a disclaimer
  indic      a Gulf daily printing every number in Arabic-Indic digits: issue number, a Hijri + Gregorian
             date line ("٦ ذو القعدة ١٤٤٥هـ - ١٤ مايو ٢٠٢٤م" on even pages, Gregorian first with
             "الموافق" on odd ones; no meta date), reader counter, an inline "اقرأ في هذا السياق:" line on
             even pages (read-also), "في الموضوع نفسه" thumbnails with alt text and Indic dates (related),
             a trending box and the front page's headlines (not related), comment rules

Labels (the format of tests/html/labels): title (the <h1>), published (the local date), updated (the local
date, where the page shows or declares an update of the article), body_with = the opening of each paragraph,
body_without = visible chrome texts and other stories' headlines, read_also, related (headed related and
most-read lists only). Articles: make_templates.articles() after skipping the first 1160. The corpus yields
1223 articles; a page of the shared driver reads its own article and the next 17 or so (other headlines), so
set 10 (skip 1100, 28 pages) reads up to the 1145th and sets 5-9 stop before it; set 11 (28 pages) reads the
1161st to about the 1205th, none of which an earlier set reads (checked by replaying the driver's choice).

Usage: templates_set11.py OUT_DIR [--corpus DIR] [--per-kind 4] [--skip 1160] [--kinds a,b]
writes OUT_DIR/pages/KIND-N.html and OUT_DIR/labels/KIND-N.json, checks every labelled text against the
page's visible text with templates_set5's check() (its driver, templates_set5.drive(), is reused), checks
with templates_set9's link check that every read-also and related title is the whole text of a link and
that each label has the keys and types ../shared/eval/score.py reads, and with templates_set10's balance
check that every non-void element is closed in order.
"""
import datetime
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
# Helpers and calendar data only; no chrome sentence of the earlier sets.
from templates_set5 import DAYS, GULF_MONTHS, drive, esc, hijri  # noqa: E402
from templates_set10 import renderer  # noqa: E402

KINDS = ('longread', 'numbers', 'inlinediv', 'wix', 'wikinews', 'premium', 'indic')
LOCAL = datetime.timezone(datetime.timedelta(hours=3))
INDIC = str.maketrans('0123456789', '٠١٢٣٤٥٦٧٨٩')


def indic(x):
    return str(x).translate(INDIC)


def items(titles, href, cls=''):
    c = f' class="{cls}"' if cls else ''
    return ''.join(f'<li{c}><a href="{href}{i}">{esc(t)}</a></li>' for i, t in enumerate(titles))


def ar_date(day):
    return f'{day.day} {GULF_MONTHS[day.month - 1]} {day.year}'


def shift(day, n):
    return day + datetime.timedelta(days=n)


def local_stamp(day, hour, minute):
    return f'{day.isoformat()}T{hour:02d}:{minute:02d}:00+03:00'


def utc_z(day, hour, minute, millis=False):
    """The UTC form with a "Z" of a local (+03:00) time on `day`."""
    t = datetime.datetime(day.year, day.month, day.day, hour, minute, tzinfo=LOCAL).astimezone(datetime.timezone.utc)
    return t.strftime('%Y-%m-%dT%H:%M:%S') + ('.000Z' if millis else 'Z')


def paras_html(paras, attrs=''):
    return ''.join(f'<p{attrs}>{esc(p)}</p>' for p in paras)


# --- longread: a long-form magazine piece --------------------------------------------------------------
LR_SITE = 'مجلة المسافة'
LR_HOST = 'https://almasafa.example'
LR_MENU = ['الرئيسية', 'قراءات مطولة', 'تحقيقات', 'بورتريه', 'مدن', 'أعداد المسافة', 'عن المجلة']
LR_SECTION = 'قراءات مطولة'
LR_KICKER = 'قراءة مطولة'
LR_ISSUE = 'عدد'
LR_TEXT = 'نص'
LR_ART = 'رسوم'
LR_WRITERS = [('نادين الحاج', 'تكتب عن المدن الصغيرة وتحوّلاتها البطيئة، وتعمل على كتاب عن الأسواق القديمة.'),
              ('عمر الزين', 'صحافي مستقل يتتبع قصص العمل والهجرة، ونُشرت نصوصه في عدة منابر عربية.'),
              ('ريم الفارس', 'باحثة في التاريخ الاجتماعي، تكتب للمسافة منذ عددها الأول.'),
              ('زياد القاسم', 'مراسل سابق في الخليج، يكتب اليوم القصص الطويلة عن الاقتصاد اليومي للناس.')]
LR_ARTISTS = ['لينا سرحان', 'مازن عيسى', 'دانة الكبيسي', 'فراس حمود']
LR_READ = 'زمن القراءة'
LR_TOC = 'محطات هذا النص'
LR_SECTIONS = ['من أين تبدأ الحكاية', 'ما تقوله الوثائق', 'أصوات من الميدان', 'ما لم يُحسم بعد']
LR_SEE = 'انظر أيضاً'
LR_NOTES = 'الهوامش'
LR_NOTE_TEXTS = ['التقرير السنوي للهيئة، الفصل الثالث، الصفحة الحادية والأربعون.',
                 'مقابلة هاتفية أجراها الكاتب، وطلب المتحدث عدم ذكر اسمه لأنه غير مخوّل بالتصريح.',
                 'الأرقام من النشرة الإحصائية الفصلية، مقرّبة إلى أقرب عدد صحيح.']
LR_BIO_HEAD = 'سيرة مختصرة'
LR_SHARE = 'شارك هذه القراءة'
LR_SHARE_LINKS = ['واتساب', 'إكس', 'فيسبوك', 'انسخ الرابط']
LR_RELATED = 'قراءات مطولة ذات صلة'
LR_ARCHIVE = 'من أرشيف القراءات المطولة'
LR_PICKS = 'مختارات رسالة الأحد'
LR_LETTER = 'رسالة الأحد: قراءة طويلة واحدة كل أسبوع، تصلك مع قهوة الصباح'
LR_LETTER_BTN = 'أرسلوها إليّ'
LR_FOOTER = 'مجلة المسافة للصحافة المتأنية، تصدر شهرياً على الإنترنت منذ 2019'


def render_longread(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, archive, picks = others[:4], others[4:7], others[7:10]
    writer, bio = LR_WRITERS[k % 4]
    artist = LR_ARTISTS[k % 4]
    odd = k % 2 == 1
    n = len(paras)
    url = f'{LR_HOST}/longreads/{slug}/'
    published = local_stamp(day, 6, 0)
    upd_day = shift(day, 1) if odd else None
    modified = local_stamp(upd_day, 13, 20) if odd else published
    article = {'@type': 'Article', '@id': url + '#article', 'isPartOf': {'@id': url}, 'headline': title,
               'author': {'@type': 'Person', 'name': writer}, 'publisher': {'@id': LR_HOST + '/#org'},
               'mainEntityOfPage': {'@id': url}, 'articleSection': LR_SECTION, 'inLanguage': 'ar'}
    if odd:
        article.update({'datePublished': published, 'dateModified': modified})
    graph = [{'@type': 'Organization', '@id': LR_HOST + '/#org', 'name': LR_SITE, 'url': LR_HOST + '/'},
             {'@type': 'WebSite', '@id': LR_HOST + '/#website', 'url': LR_HOST + '/', 'name': LR_SITE, 'inLanguage': 'ar'},
             {'@type': 'WebPage', '@id': url, 'url': url, 'name': f'{title} | {LR_SITE}', 'isPartOf': {'@id': LR_HOST + '/#website'},
              'datePublished': published, 'dateModified': modified, 'breadcrumb': {'@id': url + '#breadcrumb'}, 'inLanguage': 'ar'},
             {'@type': 'BreadcrumbList', '@id': url + '#breadcrumb', 'itemListElement': [
                 {'@type': 'ListItem', 'position': 1, 'name': LR_MENU[0], 'item': LR_HOST + '/'},
                 {'@type': 'ListItem', 'position': 2, 'name': LR_SECTION, 'item': LR_HOST + '/longreads/'},
                 {'@type': 'ListItem', 'position': 3, 'name': title}]},
             article]
    ld = {'@context': 'https://schema.org', '@graph': graph}
    # <h2> sections before the 2nd, 4th and 6th paragraphs (those the text has); footnotes after the 1st and
    # 3rd paragraphs and, in a text of five paragraphs or more, after the last
    starts = [i for i in (1, 3, 5) if i < n]
    notes = [0, 2] + ([n - 1] if n >= 5 else [])
    blocks = []
    for i, p in enumerate(paras):
        if i in starts:
            s = starts.index(i)
            blocks.append(f'<h2 id="part-{s + 1}" class="lr-part">{LR_SECTIONS[s]}</h2>')
        ref = ''
        if i in notes:
            j = notes.index(i) + 1
            ref = f'<sup class="lr-ref"><a href="#note-{j}" id="ref-{j}">[{j}]</a></sup>'
        blocks.append(f'<p>{esc(p)}{ref}</p>')
        if odd and i == 1:
            blocks.append(f'<aside class="lr-see"><span class="lr-see__label">{LR_SEE}</span> '
                          f'<a href="/longreads/{8800 + k}/">{esc(extra["inline2"])}</a></aside>')
    read_also = [extra['inline2']] if odd else []
    toc = ''.join(f'<li><a href="#part-{s + 1}">{LR_SECTIONS[s]}</a></li>' for s in range(len(starts)))
    note_list = ''.join(f'<li id="note-{j + 1}">{LR_NOTE_TEXTS[j]} <a href="#ref-{j + 1}" class="lr-back" aria-label="عودة">↩</a></li>'
                        for j in range(len(notes)))
    cards = ''.join(
        f'<div class="lr-card"><a class="lr-card__img" href="/longreads/{8600 + i}/"><img src="/img/lr{8600 + i}.jpg" alt="{esc(t)}" loading="lazy"></a>'
        f'<h3 class="lr-card__title"><a href="/longreads/{8600 + i}/">{esc(t)}</a></h3>'
        f'<span class="lr-card__meta">{LR_ISSUE} {GULF_MONTHS[(day.month - 2 - i) % 12]}</span></div>' for i, t in enumerate(rel))
    issue_line = f'{LR_ISSUE} {GULF_MONTHS[day.month - 1]} {day.year}'
    credit_line = f'{LR_TEXT}: {writer} | {LR_ART}: {artist}'
    read_line = f'{LR_READ}: {11 + k} دقيقة'
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | {LR_SITE}</title><link rel="canonical" href="{url}">
<meta property="og:type" content="article"><meta property="og:title" content="{esc(title)}"><meta property="og:site_name" content="{LR_SITE}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel="stylesheet" href="/assets/masafa.css"></head>
<body class="longread single"><div class="lr-progress" role="progressbar" aria-valuemin="0" aria-valuemax="100"></div>
<header class="lr-head"><a class="lr-logo" href="/">{LR_SITE}</a><nav class="lr-nav"><ul>{items(LR_MENU, '/section/')}</ul></nav></header>
<nav class="lr-crumbs" aria-label="مسار الصفحة"><ol><li><a href="/">{LR_MENU[0]}</a></li><li><a href="/longreads/">{LR_SECTION}</a></li><li aria-current="page">{esc(title)}</li></ol></nav>
<article class="lr-article">
<header class="lr-article__head"><a class="lr-kicker" href="/longreads/">{LR_KICKER}</a>
<h1 class="lr-title">{esc(title)}</h1>
<div class="lr-meta"><span class="lr-credit">{credit_line}</span> <span class="lr-issue">{issue_line}</span> <span class="lr-time">{read_line}</span></div></header>
<figure class="lr-cover"><img src="/img/covers/{slug}.jpg" alt="" width="1200" height="700"><figcaption>{LR_ART}: {artist}</figcaption></figure>
<nav class="lr-toc"><h2 class="lr-toc__head">{LR_TOC}</h2><ol>{toc}</ol></nav>
<div class="lr-body">{''.join(blocks)}</div>
<section class="lr-notes"><h2>{LR_NOTES}</h2><ol>{note_list}</ol></section>
<div class="lr-share"><span>{LR_SHARE}</span> {' '.join(f'<a href="#" class="share-{i}">{t}</a>' for i, t in enumerate(LR_SHARE_LINKS))}</div>
<section class="lr-bio"><h2>{LR_BIO_HEAD}</h2><p><strong>{writer}</strong> {bio}</p></section>
</article>
<section class="lr-related"><h2>{LR_RELATED}</h2><div class="lr-cards">{cards}</div></section>
<section class="lr-archive"><h2>{LR_ARCHIVE}</h2><ul>{items(archive, '/longreads/a')}</ul></section>
<section class="lr-letter"><h2>{LR_PICKS}</h2><ul>{items(picks, '/letter/pick-')}</ul>
<p>{LR_LETTER}</p><form><input type="email" placeholder="بريدك الإلكتروني"><button type="submit">{LR_LETTER_BTN}</button></form></section>
<footer class="lr-foot"><p>{LR_FOOTER}</p></footer></body></html>'''
    without = [LR_MENU[5], issue_line, credit_line, read_line, LR_TOC, LR_NOTES, LR_SHARE, LR_BIO_HEAD, bio, LR_ARCHIVE,
               LR_PICKS, LR_LETTER, LR_FOOTER] + LR_NOTE_TEXTS[:len(notes)] + archive + picks + rel[:2]
    return page, title, read_also, rel, without, {'updated': upd_day.isoformat() if upd_day else None}


# --- numbers: a data-journalism "بالأرقام" page ------------------------------------------------------
NU_SITE = 'بوابة المؤشر'
NU_MENU = ['الرئيسية', 'بالأرقام', 'اقتصاد محلي', 'مجتمع', 'طاقة', 'بيانات مفتوحة', 'عن البوابة']
NU_BADGE = 'بالأرقام'
NU_KICKER = 'إنفوغرافيك'
NU_STATS = [('37%', 'نسبة التغيّر مقارنة بالعام الماضي'), ('2.4 مليار', 'حجم الإنفاق المعلن بالريال'),
            ('18', 'عدد الجهات المشاركة في التنفيذ'), ('6 أشهر', 'المدة المتوقعة للمرحلة الأولى'),
            ('1 من كل 4', 'نسبة المستفيدين من الفئة المستهدفة')]
NU_CREDIT = 'تصميم: وحدة الرسوم البيانية في المؤشر'
NU_DOWNLOAD = 'نزّل الإنفوغرافيك بجودة عالية'
NU_SOURCE = 'مصدر البيانات: جهات رسمية وحسابات فريق المؤشر'
NU_EMBED = 'انسخ كود التضمين لتنشر الرسم على موقعك'
NU_RELATED = 'أرقام مرتبطة بالموضوع'
NU_LATEST = 'أحدث الرسوم البيانية'
NU_COMMENTED = 'الأكثر تعليقاً'
NU_COMMENT_WORD = 'تعليقاً'
NU_FOOTER = 'بوابة المؤشر لصحافة البيانات بالعربية، ورسومها متاحة لإعادة النشر مع ذكر المصدر'


def render_numbers(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, latest, commented = others[:4], others[4:7], others[7:11]
    odd = k % 2 == 1
    stats = [NU_STATS[(k + j) % len(NU_STATS)] for j in range(3)]
    cards = ''.join(f'<div class="stat"><div class="stat__num">{esc(num)}</div><div class="stat__cap">{cap}</div></div>' for num, cap in stats)
    if odd:
        body = '<ol class="facts">' + ''.join(f'<li>{esc(p)}</li>' for p in paras) + '</ol>'
    else:
        body = f'<p class="lead">{esc(paras[0])}</p><ul class="facts">' + ''.join(f'<li>{esc(p)}</li>' for p in paras[1:]) + '</ul>'
    date_line = f'{DAYS[day.weekday()]} {day.day:02d}.{day.month:02d}.{day.year} | {9 + k}:{15 + 7 * k}'
    rel_html = ''.join(f'<li class="rel-chart"><a href="/numbers/{6300 + i}"><img src="/charts/t{6300 + i}.png" alt=""></a> '
                       f'<a href="/numbers/{6300 + i}" class="rel-chart__title">{esc(t)}</a></li>' for i, t in enumerate(rel))
    counts = [f'{41 - 9 * i} {NU_COMMENT_WORD}' for i in range(len(commented))]
    com_html = ''.join(f'<li><a href="/news/{6500 + i}">{esc(t)}</a> <span class="cc">{c}</span></li>' for i, (t, c) in enumerate(zip(commented, counts)))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{NU_BADGE}.. {esc(title)} - {NU_SITE}</title><meta property="og:title" content="{NU_BADGE}.. {esc(title)}">
<meta property="og:image" content="https://almoasher.example/charts/{slug}.png"><link rel="stylesheet" href="/css/moasher.css"></head>
<body class="infographic-page"><header class="top"><a class="logo" href="/">{NU_SITE}</a><nav><ul>{items(NU_MENU, '/c/')}</ul></nav></header>
<main class="container"><article class="ig">
<div class="ig-labels"><span class="badge">{NU_BADGE}</span> <a class="kicker" href="/c/1">{NU_KICKER}</a></div>
<h1 class="ig-title">{esc(title)}</h1>
<div class="ig-date"><span class="icon-clock"></span> {date_line}</div>
<div class="stats">{cards}</div>
<figure class="ig-figure"><img src="/charts/{slug}.png" alt="إنفوغرافيك: {esc(title)}" width="1080" height="1920">
<figcaption>{NU_CREDIT}</figcaption></figure>
<p class="ig-download"><a href="/charts/{slug}-hd.png" download>{NU_DOWNLOAD}</a></p>
<div class="ig-text">{body}</div>
<p class="ig-source">{NU_SOURCE}</p>
<div class="ig-embed"><p>{NU_EMBED}</p><textarea readonly>&lt;img src="https://almoasher.example/charts/{slug}.png"&gt;</textarea></div>
</article>
<section class="ig-related"><h2>{NU_RELATED}</h2><ul>{rel_html}</ul></section>
<aside class="side"><section class="latest-charts"><h3>{NU_LATEST}</h3><ul>{items(latest, '/numbers/l')}</ul></section>
<section class="most-commented"><h3>{NU_COMMENTED}</h3><ol>{com_html}</ol></section></aside></main>
<footer class="bottom"><p>{NU_FOOTER}</p></footer></body></html>'''
    without = [NU_MENU[5], date_line, NU_CREDIT, NU_DOWNLOAD, NU_SOURCE, NU_EMBED, NU_LATEST, NU_COMMENTED, NU_FOOTER,
               counts[0]] + [cap for _, cap in stats] + latest + commented + rel[:2]
    return page, title, [], rel, without, {}


# --- inlinediv: a windows-1256 portal of inline-styled divs ---------------------------------------------
ID_ENCODING = 'cp1256'
ID_SITE = 'شبكة الواحة الإخبارية'
ID_MENU = ['الرئيسية', 'محليات', 'عربي', 'دولي', 'اقتصاد', 'رياضة', 'فن', 'مقالات', 'راسلونا']
ID_DATE = 'حُرّر يوم'
ID_AT = 'على الساعة'
ID_DESK = 'المحرر: قسم الأخبار المحلية'
ID_HITS = 'مرات العرض'
ID_TOOLS = ['أرسل الخبر لمعارفك', 'نسخة صالحة للطباعة', 'أبلغ عن خطأ في الخبر']
ID_ALSO = 'ننصحك بقراءة:'
ID_RELATED = 'أخبار متعلقة بهذا الخبر'
ID_MOST = 'الأكثر زيارة'
ID_LATEST = 'آخر ما نُشر في الموقع'
ID_SPONSORED = 'روابط إعلانية'
ID_ADS = ['وفّر حتى 40% على تذاكر الطيران هذا الصيف', 'دورة معتمدة في إدارة المشاريع عن بعد',
          'شقق للبيع بالتقسيط المريح في الأحياء الجديدة']
ID_ONLINE = 'الزوار المتصلون حالياً'
ID_FOOTER = 'جميع الحقوق محفوظة لشبكة الواحة الإخبارية، والمقالات تعبّر عن آراء كتّابها'


def render_inlinediv(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, most, latest = others[:4], others[4:8], others[8:11]
    inline = extra['inline2']
    odd = k % 2 == 1
    pstyle = 'margin:0 0 14px 0;line-height:1.9;text-align:justify;font-size:15px;color:#222'
    blocks = []
    for i, p in enumerate(paras):
        if odd:
            blocks.append(f'<div style="{pstyle}"><span style="font-family:Tahoma,Arial;font-size:14px">{esc(p)}</span></div>')
        else:
            blocks.append(f'<div style="{pstyle}">{esc(p)}</div>')
        if i == 1:
            blocks.append(f'<div style="margin:10px 0 16px 0;padding:8px;border-right:3px solid #c00;background:#f7f7f7">'
                          f'<b style="color:#c00">{ID_ALSO}</b> <a href="news.php?id={7700 + k}" style="color:#036">{esc(inline)}</a></div>')
    date_line = f'{ID_DATE} {DAYS[day.weekday()]} {day.day:02d}/{day.month:02d}/{day.year} {ID_AT} {10 + k}:{20 + 5 * k}'
    hits = f'{ID_HITS}: {2310 + 143 * k}'
    cell = 'padding:5px;border-bottom:1px dotted #ccc;font-size:13px'
    head_cell = 'background:#036;color:#fff;padding:6px;font-size:14px;font-weight:bold'
    rel_rows = ''.join(f'<tr><td style="{cell}"><a href="news.php?id={7300 + i}" style="color:#036">{esc(t)}</a></td>'
                       f'<td style="{cell};color:#999;width:80px">{shift(day, -2 - 3 * i).day:02d}/{shift(day, -2 - 3 * i).month:02d}/{day.year}</td></tr>'
                       for i, t in enumerate(rel))
    if odd:
        rel_html = (f'<div style="{head_cell};margin-top:18px">{ID_RELATED}</div>'
                    f'<table width="100%" cellpadding="0" cellspacing="0" style="border-collapse:collapse">{rel_rows}</table>')
    else:
        rel_html = (f'<table width="100%" cellpadding="0" cellspacing="0" style="border-collapse:collapse;margin-top:18px">'
                    f'<tr><th colspan="2" style="{head_cell};text-align:right">{ID_RELATED}</th></tr>{rel_rows}</table>')
    most_rows = ''.join(f'<tr><td style="{cell};width:22px;color:#c00;font-weight:bold">{i + 1}</td>'
                        f'<td style="{cell}"><a href="news.php?id={7400 + i}" style="color:#333">{esc(t)}</a></td></tr>' for i, t in enumerate(most))
    latest_rows = ''.join(f'<tr><td style="{cell}"><a href="news.php?id={7500 + i}" style="color:#333">{esc(t)}</a></td></tr>' for i, t in enumerate(latest))
    ads = ''.join(f'<div style="padding:6px 0;border-bottom:1px solid #eee;font-size:12px"><a href="https://ads.example/c?{i}" rel="nofollow sponsored" style="color:#060">{a}</a></div>'
                  for i, a in enumerate(ID_ADS))
    menu = ' | '.join(f'<a href="cat.php?id={i}" style="color:#fff;text-decoration:none">{t}</a>' for i, t in enumerate(ID_MENU))
    tools = ' - '.join(f'<a href="tools.php?do={i}&amp;id={7200 + k}" style="color:#555">{t}</a>' for i, t in enumerate(ID_TOOLS))
    online = f'{ID_ONLINE}: {87 + 13 * k}'
    page = f'''<html dir="rtl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">
<title>{esc(title)} :: {ID_SITE}</title>
<meta name="description" content="{esc(' '.join(paras[0].split()[:20]))}">
<script type="text/javascript">var newsId = {7200 + k};</script>
</head>
<body style="margin:0;background:#e9e9e9;font-family:Tahoma,Arial">
<div style="width:960px;margin:0 auto;background:#fff">
<div style="height:90px;background:#036"><a href="index.php"><img src="images/wahah_logo.gif" alt="{ID_SITE}" style="border:0;margin:10px"></a></div>
<div style="background:#024;padding:8px;font-size:13px">{menu}</div>
<div style="overflow:hidden;padding:10px">
<div style="float:right;width:640px">
<h1 style="font-size:22px;color:#036;margin:10px 0;line-height:1.5">{esc(title)}</h1>
<div style="color:#888;font-size:12px;margin-bottom:4px">{date_line}</div>
<div style="color:#888;font-size:12px;margin-bottom:10px">{ID_DESK} | {hits}</div>
<div style="text-align:center;margin-bottom:12px"><img src="uploads/news/{slug}.jpg" width="600" alt="" style="border:1px solid #ddd"></div>
{''.join(blocks)}
<div style="background:#f2f2f2;padding:6px;font-size:12px;margin-top:10px">{tools}</div>
{rel_html}
<div style="margin-top:18px"><div style="font-size:12px;color:#999;margin-bottom:4px">{ID_SPONSORED}</div>{ads}</div>
</div>
<div style="float:left;width:280px">
<table width="100%" cellpadding="0" cellspacing="0" style="border-collapse:collapse;margin-bottom:14px"><tr><td colspan="2" style="{head_cell}">{ID_MOST}</td></tr>{most_rows}</table>
<table width="100%" cellpadding="0" cellspacing="0" style="border-collapse:collapse"><tr><td style="{head_cell}">{ID_LATEST}</td></tr>{latest_rows}</table>
<div style="margin-top:14px;font-size:12px;color:#666;text-align:center">{online}</div>
</div>
</div>
<div style="background:#036;color:#fff;font-size:11px;text-align:center;padding:10px">{ID_FOOTER}</div>
</div>
</body>
</html>'''
    page = page.encode(ID_ENCODING, 'xmlcharrefreplace').decode(ID_ENCODING)
    without = [ID_MENU[8], date_line, ID_DESK, hits, ID_TOOLS[2], ID_LATEST, ID_SPONSORED, online, ID_FOOTER] + ID_ADS + latest + rel[:2] + most[:2]
    return page, title, [inline], rel + most, without, {'encoding': ID_ENCODING}


# --- wix: a neighbourhood news blog on Wix ----------------------------------------------------------------
WX_SITE = 'نبض الحي'
WX_MENU = ['الرئيسية', 'أخبار الحي', 'فعاليات', 'مدارس', 'راسل المدونة']
WX_LOGIN = 'دخول سكان الحي'
WX_ALL = 'جميع المنشورات'
WX_CATS = ['أخبار الحي', 'خدمات', 'مبادرات', 'لقاءات']
WX_AUTHORS = ['سامية الشريف', 'حمد البلوشي', 'رنا العكايلة', 'معاذ يوسف']
WX_AGO = 'قبل'
WX_HOURS = 'ساعات'
WX_READ = 'قراءة لمدة'
WX_MINUTES = 'دقائق'
WX_UPDATED = 'تم التحديث'
WX_CAPTION = 'الصورة من صفحة البلدية على فيسبوك'
WX_VIEWS = 'مشاهدة'
WX_COMMENTS_N = 'تعليقات'
WX_RECENT = 'أحدث المنشورات'
WX_SEE_ALL = 'عرض الكل'
WX_RELATED = 'منشورات ذات صلة'
WX_COMMENTS = 'التعليقات'
WX_WRITE = 'اكتب تعليقًا...'
WX_BANNER = 'أُنشئ هذا الموقع على منصة Wix. ابدأ موقعك الآن'
WX_FOOTER = '© 2024 نبض الحي، مدونة أهلية يكتبها سكان الحي لجيرانهم'


def render_wix(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, recent = others[:3], others[3:6]
    author = WX_AUTHORS[k % 4]
    odd = k % 2 == 1
    if odd:  # 01:3x local: the day before in UTC; updated the next day
        published = utc_z(day, 1, 30 + k, True)
        upd_day = shift(day, 1)
        modified = utc_z(upd_day, 12, 10, True)
        shown = f'{day.day} {GULF_MONTHS[day.month - 1]}'
        upd_line = f'{WX_UPDATED}: {upd_day.day} {GULF_MONTHS[upd_day.month - 1]}'
    else:
        published = modified = utc_z(day, 9, 5 + k, True)
        upd_day = None
        shown = f'{WX_AGO} {3 + k} {WX_HOURS}'
        upd_line = ''
    read_line = f'{WX_READ} {2 + k} {WX_MINUTES}'

    def para(i, text):
        return (f'<p class="mm8Nw _1j-51 roLFQS _1FoOD Xb2xC public-DraftStyleDefault-block-depth0 fixed-tab-size public-DraftStyleDefault-text-rtl" '
                f'dir="rtl" id="viewer-{slug}{i}"><span class="_2PHJq public-DraftStyleDefault-rtl"><span>{esc(text)}</span></span></p>')
    blank = ('<p class="mm8Nw _1j-51 roLFQS _1FoOD Xb2xC public-DraftStyleDefault-block-depth0 fixed-tab-size public-DraftStyleDefault-text-rtl" dir="rtl">'
             '<span class="_2PHJq public-DraftStyleDefault-rtl"><br></span></p>')
    blocks = []
    for i, p in enumerate(paras):
        if i:
            blocks.append(blank)
        blocks.append(para(i, p))
        if i == 0 and not odd:
            blocks.append(f'<div class="_3CWa- _2kKeU" data-hook="figure-IMAGE"><figure class="_2vKeU"><div class="_3WJnn"><img src="https://static.wixstatic.example/media/{slug}.jpg" alt="" loading="lazy"></div>'
                          f'<figcaption class="_1zaxs" dir="auto"><span class="_2ndpl">{WX_CAPTION}</span></figcaption></figure></div>')

    def card(i, t, base):
        return (f'<div class="gl2v3 blog-post-homepage-description-font" data-hook="post-list-item"><a href="/post/{base + i}" class="O16KGI" tabindex="-1">'
                f'<div class="gallery-item-container" data-hook="cover-image"><img src="https://static.wixstatic.example/media/c{base + i}.jpg" alt="" loading="lazy"></div></a>'
                f'<div class="_1bfj5"><a href="/post/{base + i}" class="bD0vt9 blog-link-hover-color" data-hook="post-title"><p class="_3fl0P blog-post-title-font">{esc(t)}</p></a></div>'
                f'<div class="_3f7Qx" data-hook="post-footer"><span data-hook="view-count">{18 + 7 * i} {WX_VIEWS}</span> '
                f'<span data-hook="comment-count">{i} {WX_COMMENTS_N}</span> <button class="like-button" data-hook="like-button" aria-label="إعجاب">♡ {3 + i}</button></div></div>')
    rel_html = ''.join(card(i, t, 1200) for i, t in enumerate(rel))
    recent_html = ''.join(card(i, t, 1300) for i, t in enumerate(recent))
    cats = ''.join(f'<li><a href="/blog/categories/{i}" class="_1rCOA">{t}</a></li>' for i, t in enumerate(WX_CATS))
    views = f'{64 + 21 * k} {WX_VIEWS}'
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>{esc(title)}</title>
<meta property="og:title" content="{esc(title)}"><meta property="og:type" content="article"><meta property="og:site_name" content="{WX_SITE}">
<meta property="article:published_time" content="{published}"><meta property="article:modified_time" content="{modified}">
<meta property="article:author" content="{author}"><link rel="canonical" href="https://nabdalhay.example/post/{slug}">
<script type="text/javascript">window.viewerModel = {{"siteFeaturesConfigs":{{"platform":{{"bootstrapData":{{}}}}}},"language":"ar"}};</script></head>
<body class="responsive"><div id="SITE_CONTAINER"><div id="main_MF"><div id="WIX_ADS" class="ijrqZ"><a href="https://www.wix.example/lpviral" class="Gk0O_">{WX_BANNER}</a></div>
<header id="SITE_HEADER" class="xU8fqS"><div class="_1OAFR"><a href="/" class="_2cfl5" data-testid="linkElement"><span class="_3Cu3h">{WX_SITE}</span></a>
<nav id="comp-menu" aria-label="الموقع"><ul class="_2aHWX">{items(WX_MENU, '/page-')}</ul></nav>
<div class="_1lp8A" data-hook="login-button"><button>{WX_LOGIN}</button></div></div></header>
<main id="PAGES_CONTAINER"><div id="SITE_PAGES"><div class="blog-post-page-font" data-hook="post-page">
<nav class="_3pSIx" data-hook="blog-desktop-header"><ul><li><a href="/blog">{WX_ALL}</a></li>{cats}</ul></nav>
<article class="_2Ze-a blog-post-page-font" data-hook="post"><div class="_1HD6a">
<div class="_3Jl7R" data-hook="post-header"><div class="_1pE-K"><span class="_2SXBo" data-hook="avatar-image"><img src="https://static.wixstatic.example/media/avatar{k % 4}.png" alt="{author}" width="32" height="32"></span>
<span class="iYG_V user-name _4AzY3" data-hook="user-name">{author}</span></div>
<ul class="_3Ahk5"><li><span class="post-metadata__date time-ago" data-hook="time-ago">{shown}</span></li>
{f'<li><span class="post-metadata__updated" data-hook="updated-date">{upd_line}</span></li>' if upd_line else ''}<li><span class="post-metadata__readTime" data-hook="time-to-read">{read_line}</span></li></ul></div>
<div class="_1ORFG"><h1 class="H3vOVf blog-post-title-font blog-post-title-color" data-hook="post-title"><span class="post-title__text blog-post-title-font">{esc(title)}</span></h1></div>
<div class="_6SyeS" data-hook="post-description"><div class="_1hN1O" data-id="rich-content-viewer"><div class="public-DraftEditor-content">{''.join(blocks)}</div></div></div>
<div class="_2fJ4S" data-hook="post-footer"><ul class="_1RhGk"><li><a href="/blog/categories/{k % 4}">{WX_CATS[k % 4]}</a></li></ul>
<div class="_2T4Bs" data-hook="post-main-actions-desktop"><button data-hook="share-button-facebook" aria-label="مشاركة عبر فيسبوك">f</button> <button data-hook="share-button-x" aria-label="مشاركة عبر إكس">x</button> <button data-hook="share-button-link" aria-label="انسخ الرابط">🔗</button></div>
<div class="_3rBCe"><span data-hook="views-count">{views}</span> <span data-hook="comments-count">0 {WX_COMMENTS_N}</span> <button data-hook="like-button" aria-label="أعجبني المنشور">♡ {5 + k}</button></div></div>
</div></article>
<section class="_2VHqV" data-hook="recent-posts"><div class="_17pGR"><h2 class="_2qfP4">{WX_RECENT}</h2><a href="/blog" data-hook="see-all">{WX_SEE_ALL}</a></div><div class="_2kOL4">{recent_html}</div></section>
<section class="_2VHqV" data-hook="related-posts"><h2 class="_2qfP4">{WX_RELATED}</h2><div class="_2kOL4">{rel_html}</div></section>
<section class="_1cQbL" data-hook="comments"><h2>{WX_COMMENTS}</h2><div class="_2iGs0" data-hook="comment-box"><div contenteditable="true" role="textbox" aria-label="{WX_WRITE}">{WX_WRITE}</div></div></section>
</div></div></main>
<footer id="SITE_FOOTER"><p class="font_8">{WX_FOOTER}</p></footer></div></div></body></html>'''
    without = [WX_BANNER, WX_LOGIN, WX_ALL, author, read_line, WX_RECENT, WX_SEE_ALL, WX_WRITE, WX_FOOTER, views] + recent + rel[:2] + \
        ([WX_CAPTION] if not odd else [])
    return page, title, [], rel, without, {'updated': upd_day.isoformat() if upd_day else None}


# --- wikinews: an Arabic Wikinews article (MediaWiki) --------------------------------------------------
WN_SITE = 'ويكي الأخبار'
WN_SUB = 'من ويكي الأخبار'
WN_JUMP = ['اذهب إلى التنقل', 'اذهب إلى البحث']
WN_TABS = ['مقالة', 'نقاش', 'اقرأ', 'عدل', 'تاريخ']
WN_USER = ['لست والجاً', 'نقاش', 'مساهمات', 'إنشاء حساب', 'دخول']
WN_SEARCH = 'ابحث في ويكي الأخبار'
WN_NAV = ['الصفحة الرئيسية', 'الأحداث الجارية', 'مقالة عشوائية', 'اكتب خبراً جديداً', 'الميدان', 'تبرع لويكيميديا']
WN_TOOLS_HEAD = 'أدوات'
WN_TOOLS = ['ماذا يصل هنا', 'تغييرات ذات علاقة', 'رفع ملف', 'صفحات خاصة', 'وصلة دائمة', 'معلومات الصفحة', 'استشهد بهذه الصفحة']
WN_NOTICE = 'هل شهدت حدثاً في مدينتك؟ اكتب عنه خبراً وشارك في ويكي الأخبار'
WN_ARCHIVED = 'أُرشفت هذه المقالة، ولم تعد متاحة للتحرير العام'
WN_LATEST = 'مستجدات ويكي الأخبار'
WN_EDIT = 'عدل'
WN_SOURCES = 'مصادر الخبر'
WN_OUTLETS = ['وكالة الأنباء الرسمية', 'صحيفة المساء']
WN_RELATED = 'أخبار متصلة'
WN_SHARE = 'أرسل هذا الخبر إلى معارفك عبر'
WN_CATS = 'تصنيفات'
WN_TOPICS = ['السعودية', 'اقتصاد', 'مجتمع', 'الشرق الأوسط']
WN_PUBLISHED_CAT = 'منشور'
WN_LASTMOD = 'عُدّلت هذه الصفحة آخر مرة في'
WN_LICENSE = 'النصوص متاحة بموجب رخصة المشاع الإبداعي نَسب المُصنَّف 2.5، وقد تنطبق شروط إضافية.'
WN_FOOT_LINKS = ['سياسة خصوصية ويكيميديا', 'حول ويكي الأخبار', 'إخلاء مسؤولية', 'نسخة المحمول']


def render_wikinews(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, latest, sources = others[:4], others[4:8], others[8:10]
    odd = k % 2 == 1
    page_name = title.replace(' ', '_')
    mod_day = shift(day, 3)
    head_ld = ''
    upd = None
    if not odd:  # MediaWiki's own JSON-LD: page creation and last edit, in UTC
        ld = {'@context': 'https://schema.org', '@type': 'Article', 'name': title, 'url': f'https://ar.wikinews.example/wiki/{page_name}',
              'author': {'@type': 'Organization', 'name': 'المساهمون في مشاريع ويكيميديا'},
              'publisher': {'@type': 'Organization', 'name': 'مؤسسة ويكيميديا'},
              'datePublished': utc_z(day, 8, 1 + k), 'dateModified': utc_z(mod_day, 8, 12 + k), 'headline': title}
        head_ld = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
        upd = mod_day.isoformat()
        date_p = (f'<p><strong class="published"><span id="publishDate" class="value-title" title="{day.isoformat()}"></span>'
                  f'{DAYS[day.weekday()]} {ar_date(day)}</strong></p>')
    else:
        date_p = f'<p><strong class="published">{ar_date(day)}</strong></p>'
    notice = f'<div class="archived-box" style="border:1px solid #aaa;background:#f8f9fa;padding:4px">{WN_ARCHIVED}</div>' if odd else ''
    latest_box = (f'<table class="infobox latest-news" style="float:left;width:260px;margin:0 1em 1em 0"><tbody><tr><th>{WN_LATEST}</th></tr>'
                  + ''.join(f'<tr><td><a href="/wiki/n{4400 + i}" title="{esc(t)}">{esc(t)}</a></td></tr>' for i, t in enumerate(latest)) + '</tbody></table>')
    share_box = (f'<div class="sharebox" style="float:left;clear:left">{WN_SHARE}: <a class="external text" href="https://facebook.example/sharer?u=x">فيسبوك</a> '
                 f'<a class="external text" href="https://x.example/intent?u=x">إكس</a></div>')

    def heading(text, anchor, sec):
        return (f'<h2><span class="mw-headline" id="{anchor}">{text}</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>'
                f'<a href="/w/index.php?title={esc(page_name)}&amp;action=edit&amp;section={sec}" title="عدل القسم: {text}">{WN_EDIT}</a>'
                f'<span class="mw-editsection-bracket">]</span></span></h2>')
    src_items = ''.join(f'<li><span class="sourceTemplate"><a rel="nofollow" class="external text" href="https://source{i}.example/{slug}">«{esc(t)}»</a> — '
                        f'<i>{WN_OUTLETS[i]}</i>، {ar_date(shift(day, -1 + i))}</span></li>' for i, t in enumerate(sources))
    rel_items = ''.join(f'<li><a href="/wiki/r{4500 + i}" title="{esc(t)}">{esc(t)}</a></li>' for i, t in enumerate(rel))
    topics = [WN_TOPICS[k % 4], WN_TOPICS[(k + 1) % 4]]
    cats = ''.join(f'<li><a href="/wiki/تصنيف:{esc(c)}" title="تصنيف:{esc(c)}">{esc(c)}</a></li>' for c in [ar_date(day)] + topics + [WN_PUBLISHED_CAT])
    lastmod = f'{WN_LASTMOD} {ar_date(mod_day)}، الساعة 08:{12 + k:02d}.'
    nav = ''.join(f'<li id="n-{i}"><a href="/wiki/p{i}">{t}</a></li>' for i, t in enumerate(WN_NAV))
    tools = ''.join(f'<li id="t-{i}"><a href="/wiki/special{i}">{t}</a></li>' for i, t in enumerate(WN_TOOLS))
    tabs = ''.join(f'<li id="ca-{i}"><a href="/w/index.php?title={esc(page_name)}&amp;tab={i}"><span>{t}</span></a></li>' for i, t in enumerate(WN_TABS))
    user = ''.join(f'<li id="pt-{i}"><a href="/wiki/u{i}">{t}</a></li>' if i else f'<li id="pt-anon">{t}</li>' for i, t in enumerate(WN_USER))
    page = f'''<!DOCTYPE html>
<html class="client-nojs" lang="ar" dir="rtl"><head><meta charset="UTF-8"><title>{esc(title)} - {WN_SITE}</title>
<script>document.documentElement.className="client-js";RLCONF={{"wgPageName":{json.dumps(page_name, ensure_ascii=False)},"wgNamespaceNumber":0,"wgAction":"view"}};</script>
<link rel="stylesheet" href="/w/load.php?lang=ar&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector">
<meta name="generator" content="MediaWiki 1.42.0-wmf.5"><meta property="og:title" content="{esc(title)} - {WN_SITE}">
<link rel="canonical" href="https://ar.wikinews.example/wiki/{esc(page_name)}">{head_ld}</head>
<body class="mediawiki rtl sitedir-rtl mw-hide-empty-elt ns-0 ns-subject page-{esc(page_name)} rootpage-{esc(page_name)} skin-vector action-view skin-vector-legacy">
<div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main"><a id="top"></a>
<div id="siteNotice"><div id="localNotice" class="sitenotice" lang="ar" dir="rtl"><p>{WN_NOTICE}</p></div></div>
<div class="mw-indicators"></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">{esc(title)}</span></h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">{WN_SUB}</div><div id="contentSub"></div>
<a class="mw-jump-link" href="#mw-head">{WN_JUMP[0]}</a> <a class="mw-jump-link" href="#searchInput">{WN_JUMP[1]}</a>
<div id="mw-content-text" class="mw-body-content mw-content-rtl" lang="ar" dir="rtl"><div class="mw-parser-output">
{notice}{latest_box}{date_p}
{paras_html(paras)}
{share_box}
{heading(WN_RELATED, 'أخبار_متصلة', 1)}<ul>{rel_items}</ul>
{heading(WN_SOURCES, 'مصادر_الخبر', 2)}<ul>{src_items}</ul>
</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/خاص:تصنيفات" title="خاص:تصنيفات">{WN_CATS}</a>: <ul>{cats}</ul></div></div>
</div></div>
<div id="mw-navigation"><div id="mw-head"><nav id="p-personal" class="vector-menu mw-portlet" aria-label="أدوات شخصية"><ul>{user}</ul></nav>
<div id="left-navigation"><nav id="p-namespaces" class="vector-menu vector-menu-tabs"><ul>{tabs}</ul></nav></div>
<div id="right-navigation"><div id="p-search" role="search"><form action="/w/index.php" id="searchform"><input type="search" name="search" placeholder="{WN_SEARCH}" id="searchInput"></form></div></div></div>
<div id="mw-panel"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/wiki/الصفحة_الرئيسية" title="زر الصفحة الرئيسية"></a></div>
<nav id="p-navigation" class="vector-menu mw-portlet portal" aria-label="تصفح"><div class="vector-menu-content"><ul class="vector-menu-content-list">{nav}</ul></div></nav>
<nav id="p-tb" class="vector-menu mw-portlet portal" aria-labelledby="p-tb-label"><h3 id="p-tb-label" class="vector-menu-heading"><span>{WN_TOOLS_HEAD}</span></h3>
<div class="vector-menu-content"><ul class="vector-menu-content-list">{tools}</ul></div></nav></div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod">{lastmod}</li><li id="footer-info-copyright">{WN_LICENSE}</li></ul>
<ul id="footer-places">{''.join(f'<li><a href="/wiki/f{i}">{t}</a></li>' for i, t in enumerate(WN_FOOT_LINKS))}</ul></footer>
</body></html>'''
    without = [WN_NOTICE, WN_SUB, WN_JUMP[0], WN_NAV[3], WN_TOOLS[1], WN_TOOLS[6], WN_LATEST, WN_SOURCES, WN_SHARE,
               WN_CATS, lastmod, WN_LICENSE, WN_FOOT_LINKS[1]] + latest + sources + rel[:2] + ([WN_ARCHIVED] if odd else [])
    return page, title, [], rel, without, {'updated': upd}


# --- premium: a financial daily's paywalled report ------------------------------------------------------
PR_SITE = 'صحيفة الرصيد'
PR_MENU = ['الرئيسية', 'أسواق', 'شركات', 'طاقة', 'عقار', 'اقتصاد كلي', 'رأي', 'الاشتراكات']
PR_QUOTES = [('المؤشر العام', '12,418.35', '▲ 0.62%'), ('نفط برنت', '83.41', '▼ 1.10%'), ('الذهب', '2,351.20', '▲ 0.20%'),
             ('اليورو / الدولار', '1.0793', '▲ 0.05%')]
PR_QUOTES_NOTE = 'الأسعار متأخرة 15 دقيقة'
PR_SUBSCRIBE = 'اشترك اليوم'
PR_BADGE = 'حصري للمشتركين'
PR_REPORTERS = ['وحدة التحليل المالي', 'منيرة السبيعي', 'عادل بن حمدان', 'لمى الشمري']
PR_BY = 'كتب'
PR_LISTEN = 'استمع إلى التقرير'
PR_SAVE = 'احفظ للقراءة لاحقاً'
PR_WALL_HEAD = 'تابع القراءة مع اشتراكك الرقمي'
PR_WALL_TEXT = 'تحليلات يومية للأسواق وبيانات حصرية، بأقل من ريال واحد في اليوم'
PR_WALL_BTN = 'ابدأ اشتراكك'
PR_WALL_LOGIN = 'مشترك بالفعل؟ سجّل دخولك'
PR_DISCLAIMER = 'المعلومات الواردة لأغراض إعلامية فقط، ولا تُعد توصية بشراء أي ورقة مالية أو بيعها'
PR_RELATED = 'مرتبط بهذا التقرير'
PR_MOST = 'الأكثر اطلاعاً'
PR_DISCUSSED = 'الأكثر نقاشاً'
PR_SPONSORED = 'روابط برعاية شركائنا'
PR_ADS = ['كيف تبني محفظة استثمارية متوازنة؟ دليل مجاني للمبتدئين', 'حساب توفير بعائد شهري ومن دون رسوم إدارية',
          'منصة تداول مرخّصة تتيح لك الاستثمار في الأسهم العالمية']
PR_LETTER = 'من النشرة الصباحية'
PR_LETTER_BOX = 'النشرة الصباحية: خمس قصص تحتاج إلى معرفتها قبل افتتاح السوق'
PR_FOOTER = 'صحيفة الرصيد الاقتصادية، جميع الحقوق محفوظة، ولا يجوز إعادة نشر البيانات دون ترخيص'


def render_premium(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, most, discussed, letter = others[:3], others[3:8], others[8:11], extra['teasers']
    reporter = PR_REPORTERS[k % 4]
    odd = k % 2 == 1
    published = local_stamp(day, 7, 30 + k)
    upd_day = shift(day, 1) if odd else None
    modified = local_stamp(upd_day, 10, 5) if odd else published
    ld = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'isAccessibleForFree': False,
          'hasPart': {'@type': 'WebPageElement', 'isAccessibleForFree': False, 'cssSelector': '.paywalled'},
          'publisher': {'@type': 'NewsMediaOrganization', 'name': PR_SITE}}
    quotes = ''.join(f'<li class="q"><span class="q-name">{n}</span> <span class="q-val">{v}</span> <span class="q-chg">{c}</span></li>' for n, v, c in PR_QUOTES)
    visible_date = f'<span class="a-date">{day.day}/{day.month}/{day.year}</span>' if not odd else ''
    locked = paras_html(paras[2:])
    rel_html = ''.join(f'<li><span class="rel-sec">{PR_MENU[1 + i % 4]}</span> <a href="/article/{9100 + i}">{esc(t)}</a></li>' for i, t in enumerate(rel))
    most_html = ''.join(f'<li><span class="num">{i + 1}</span> <a href="/article/{9200 + i}">{esc(t)}</a></li>' for i, t in enumerate(most))
    disc_html = ''.join(f'<li><a href="/article/{9300 + i}">{esc(t)}</a> <span class="cc">{27 - 6 * i}</span></li>' for i, t in enumerate(discussed))
    ads = ''.join(f'<li class="sp"><a href="https://partner{i}.example/landing" rel="sponsored nofollow">{a}</a></li>' for i, a in enumerate(PR_ADS))
    quote_line = ' '.join(f'{n} {v} {c}' for n, v, c in PR_QUOTES[:1])
    byline = f'{PR_BY}: {reporter}'
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - {PR_SITE}</title><meta property="og:title" content="{esc(title)}"><meta property="og:site_name" content="{PR_SITE}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script><link rel="stylesheet" href="/static/raseed.css"></head>
<body class="article premium"><div class="quotes-strip"><ul>{quotes}</ul><span class="q-note">{PR_QUOTES_NOTE}</span></div>
<header class="site-head"><a class="logo" href="/">{PR_SITE}</a><nav><ul>{items(PR_MENU, '/sec/')}</ul></nav><a class="btn-sub" href="/subscribe">{PR_SUBSCRIBE}</a></header>
<div class="grid"><main class="main-col">
<article class="a" itemscope itemtype="https://schema.org/NewsArticle">
<meta itemprop="datePublished" content="{published}"><meta itemprop="dateModified" content="{modified}">
<div itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="{PR_SITE}"></div>
<div class="a-top"><a class="a-section" href="/sec/1">{PR_MENU[1]}</a> <span class="a-badge">{PR_BADGE}</span></div>
<h1 class="a-title" itemprop="headline">{esc(title)}</h1>
<div class="a-meta"><span class="a-by" itemprop="author" itemscope itemtype="https://schema.org/Person">{PR_BY}: <span itemprop="name">{reporter}</span></span> {visible_date}</div>
<div class="a-tools"><button class="listen">{PR_LISTEN}</button> <button class="save">{PR_SAVE}</button></div>
<div class="a-body" itemprop="articleBody">{paras_html(paras[:2])}
<div class="wall"><h3>{PR_WALL_HEAD}</h3><p>{PR_WALL_TEXT}</p><a class="wall-btn" href="/subscribe?from={slug}">{PR_WALL_BTN}</a> <a class="wall-login" href="/login">{PR_WALL_LOGIN}</a></div>
<div class="paywalled">{locked}</div></div>
<p class="a-disclaimer">{PR_DISCLAIMER}</p>
</article>
<section class="rel"><h2>{PR_RELATED}</h2><ul>{rel_html}</ul></section>
<section class="sponsored"><h2>{PR_SPONSORED}</h2><ul>{ads}</ul></section>
</main>
<aside class="side-col"><section class="most"><h3>{PR_MOST}</h3><ol>{most_html}</ol></section>
<section class="discussed"><h3>{PR_DISCUSSED}</h3><ul>{disc_html}</ul></section>
<section class="letter"><h3>{PR_LETTER}</h3><ul>{items(letter, '/letter/')}</ul><p>{PR_LETTER_BOX}</p><button>اشترك في النشرة</button></section></aside></div>
<footer class="site-foot"><p>{PR_FOOTER}</p></footer></body></html>'''
    without = [quote_line, PR_QUOTES_NOTE, PR_SUBSCRIBE, PR_BADGE, byline, PR_LISTEN, PR_SAVE, PR_WALL_HEAD, PR_WALL_TEXT, PR_WALL_BTN,
               PR_WALL_LOGIN, PR_DISCLAIMER, PR_DISCUSSED, PR_SPONSORED, PR_LETTER, PR_LETTER_BOX, PR_FOOTER] + PR_ADS + discussed + \
        letter + rel[:2] + most[:2]
    return page, title, [], rel + most, without, {'updated': upd_day.isoformat() if upd_day else None}


# --- indic: a Gulf daily in Arabic-Indic digits -----------------------------------------------------------
IN_SITE = 'جريدة الديرة'
IN_MENU = ['الرئيسية', 'محليات', 'الوطن العربي', 'دوليات', 'اقتصاد', 'رياضة', 'ثقافة اليوم', 'حروف وأفكار', 'الأخيرة']
IN_ISSUE = 'العدد'
IN_AGREES = 'الموافق'
IN_PREP = 'إعداد'
IN_WRITERS = ['فهد العنزي', 'نورة القحطاني', 'تركي السبيعي', 'مها الدوسري']
IN_READERS = 'قرأه'
IN_READERS_UNIT = 'قارئاً'
IN_TOOLS = ['نسخة الجوال', 'صفحة العدد PDF', 'طباعة المادة']
IN_ALSO = 'اقرأ في هذا السياق:'
IN_RELATED = 'في الموضوع نفسه'
IN_TRENDING = 'يتداوله القرّاء الآن'
IN_FRONT = 'عناوين الصفحة الأولى'
IN_COMMENT_HEAD = 'شاركنا رأيك'
IN_COMMENT_RULE = 'نرحب بتعليقاتكم على أن تلتزم باحترام الآخرين وتبتعد عن التجريح والإساءة'
IN_FOOTER = 'جريدة الديرة، صحيفة يومية تصدر عن مؤسسة الديرة للصحافة والطباعة والنشر'


def render_indic(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, trending, front = others[:4], others[4:8], others[8:11]
    also = extra['inline2']
    odd = k % 2 == 1
    greg = f'{indic(day.day)} {GULF_MONTHS[day.month - 1]} {indic(day.year)}م'
    hij = indic(hijri(day)) + 'هـ'
    if odd:
        date_line = f'{DAYS[day.weekday()]} {greg} {IN_AGREES} {hij}'
    else:
        date_line = f'{DAYS[day.weekday()]} {hij} - {greg}'
    issue = f'{IN_ISSUE} {indic(20538 + (day - datetime.date(2024, 5, 1)).days)}'
    writer = IN_WRITERS[k % 4]
    readers = f'{IN_READERS} {indic(1870 + 233 * k)} {IN_READERS_UNIT}'
    blocks = []
    for i, p in enumerate(paras):
        blocks.append(f'<p>{esc(p)}</p>')
        if i == 1 and not odd:
            blocks.append(f'<p class="siyaq"><strong>{IN_ALSO}</strong> <a href="/article/{2040000 + k}">{esc(also)}</a></p>')
    read_also = [] if odd else [also]

    def rel_item(i, t):
        d = shift(day, -1 - 2 * i)
        return (f'<li class="rel-item"><a class="rel-thumb" href="/article/{2039000 + i}"><img src="/media/thumbs/{2039000 + i}.jpg" alt="{esc(t)}" width="120" height="80"></a>'
                f'<div class="rel-text"><a class="rel-title" href="/article/{2039000 + i}">{esc(t)}</a> '
                f'<span class="rel-date">{indic(d.day)}/{indic(d.month)}/{indic(d.year)}</span></div></li>')
    rel_html = ''.join(rel_item(i, t) for i, t in enumerate(rel))
    trend_html = ''.join(f'<li><span class="rank">{indic(i + 1)}</span> <a href="/article/{2038000 + i}">{esc(t)}</a></li>' for i, t in enumerate(trending))
    front_html = ''.join(f'<li><a href="/article/{2037000 + i}">{esc(t)}</a></li>' for i, t in enumerate(front))
    tools = ' '.join(f'<a href="/tools/{i}" class="tool">{t}</a>' for i, t in enumerate(IN_TOOLS))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{IN_SITE} | {esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="{esc(' '.join(paras[0].split()[:20]))}">
<link rel="stylesheet" href="/styles/dirah.css"></head>
<body class="article-page"><div class="masthead"><div class="mh-date">{date_line}</div><a class="mh-logo" href="/">{IN_SITE}</a><div class="mh-issue">{issue}</div></div>
<nav class="sections"><ul>{items(IN_MENU, '/section/')}</ul></nav>
<div class="columns"><main class="article-col"><article class="article">
<div class="art-section"><a href="/section/1">{IN_MENU[1]}</a></div>
<h1 class="art-title">{esc(title)}</h1>
<div class="art-info"><span class="art-writer">{IN_PREP}: {writer}</span> <span class="art-date">{date_line}</span> <span class="art-readers">{readers}</span></div>
<div class="art-tools">{tools} <button class="fs-up">أ+</button> <button class="fs-down">أ-</button></div>
<div class="art-photo"><img src="/media/{slug}.jpg" alt="" width="640" height="400"></div>
<div class="art-text">{''.join(blocks)}</div>
</article>
<section class="related"><h2 class="block-title">{IN_RELATED}</h2><ul class="rel-list">{rel_html}</ul></section>
<section class="comments"><h2 class="block-title">{IN_COMMENT_HEAD}</h2><p class="rules">{IN_COMMENT_RULE}</p>
<form><input type="text" placeholder="الاسم"><textarea placeholder="التعليق"></textarea><button type="submit">إرسال</button></form></section></main>
<aside class="side-col"><section class="trending"><h3 class="block-title">{IN_TRENDING}</h3><ol>{trend_html}</ol></section>
<section class="front-page"><h3 class="block-title">{IN_FRONT}</h3><ul>{front_html}</ul></section></aside></div>
<footer class="foot"><p>{IN_FOOTER}</p></footer></body></html>'''
    without = [IN_MENU[7], issue, f'{IN_PREP}: {writer}', readers, IN_TOOLS[1], IN_TRENDING, IN_FRONT, IN_COMMENT_HEAD, IN_COMMENT_RULE,
               IN_FOOTER] + trending + front + rel[:2]
    return page, title, read_also, rel, without, {}


RENDER = {'longread': render_longread, 'numbers': render_numbers, 'inlinediv': render_inlinediv, 'wix': render_wix,
          'wikinews': render_wikinews, 'premium': render_premium, 'indic': render_indic}


render = renderer(RENDER, 'templates_set11.py', 11)


def main():
    return drive('templates_set11', __doc__, KINDS, render, 1160, 20261212)


if __name__ == '__main__':
    sys.exit(main())
