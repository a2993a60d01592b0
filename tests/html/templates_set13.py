#!/usr/bin/env python3
"""Sealed HTML template set 13 (issue 14): seven more kinds of Arabic news pages, labelled by construction.

Written by a helper who did not change the HTML extractor's rules, did not read them (src/, include/,
data/markers.txt), and never ran akhbar on these pages: their first score, taken once after the session's rules
are merged, measures the rules on templates nobody looked at while writing them. None of these kinds is in
make_templates.py or templates_set5..12.py, and every chrome sentence is new wording (no chrome constant of the
earlier sets is imported; the wording was checked automatically against the earlier sets' files: no run of three
words or more of a chrome string here appears in their string constants). The articles are pan-Arab
broadcasters' stories (Sky News Arabia and France 24 in the antcorpus multi-source folders), each dated by its
own record, so the pages' dates run through 2018; every kind has its own time zone (the record's GMT time made
local). The kinds vary where the dates come from (WordPress block <time>s, Facebook Instant Articles'
op-published/op-modified in UTC or local form, a JSON-LD @graph, a Parse.ly meta, article:published_time, a
visible line only in Arabic-Indic digits, a compact <meta name="pubdate" content="YYYYMMDD"> with "lastmod", a
JSON-LD date with a space and no zone, Hugo's Open Graph and itemprop metas with its GitInfo line; relative
"منذ" dates; and dates that are not the article's: a case's last hearing, the paper's issue date in the
masthead, the dates of other posts and of funerals) and how the related list is shaped (Jetpack's related posts
inside the post's content with excerpts and context lines, Instant Articles' op-related-articles with a
sponsored item, cards, thumbnails whose alt text is the site's name, a numbered list, a plain headed list), and
each carries lists that look related but are not (the latest posts, prev/next links, a sponsored item, "for you"
picks, special reports, the latest ticker, today's opinion columns, recent court principles and laws, the
section's latest).

  gutenberg  a WordPress 6 block theme (full-site editing: wp-site-blocks, template parts, the navigation and
             search blocks), the category above h1.wp-block-post-title, the author, the date only in
             <div class="wp-block-post-date"><time datetime=...+03:00> (no meta date, no JSON-LD), on odd pages a
             wp-block-post-date__modified-date line (the updated date: 3h12 later on page 1, 2 days and an hour
             later on page 3); image block with caption; an inline "قد تودّ قراءة:" paragraph on odd pages
             (read-also); Jetpack's related posts (<div id="jp-relatedposts"> headed "ذات صلة", each with a
             thumbnail whose alt is not a title, an excerpt of the other story, its date and a «section» context
             line) INSIDE the entry-content after the text (related); tags, the post navigation's previous and
             next posts, the comments form with its note, the latest-posts block with dates and a tag cloud (not
             related)
  instant    a Facebook Instant Articles document served as a page (prefix op:, op:markup_version,
             fb:article_style, automatic ad placement): the cover figure with caption and <cite> credit, the
             <h1>, an op-kicker <h3>, the desk in <address>, <time class="op-published" datetime=...> with the
             Algerian month names in its text ("18 فيفري 2018 على الساعة 13:26"), op-ad iframes in the header and
             between paragraphs, an op-tracker; even pages: op-published in UTC ("Z"; page 2 is published at
             00:20 local, the day before in UTC: the label keeps the local date) and a <title>; odd pages: no
             <title>, op-published with +01:00 and an op-modified line (the updated date: 2h05 later on page 1,
             23h40 later on page 3); the footer's credits <aside> and <small> rights line, and
             <ul class="op-related-articles" title="..."> (related: its heading is the title attribute only),
             whose last item is data-sponsored="true" (a sponsored link: not related)
  flight     a Next.js App Router page: hashed CSS-module classes, font and chunk preloads, the article
             visible in the server HTML and again as escaped React Server Component rows in
             self.__next_f.push([1,"..."]) scripts (with the UTC publication time and the other stories'
             headlines), a Suspense skeleton for the comments; even pages: a visible absolute date "بتوقيت
             الإمارات" and a JSON-LD @graph (NewsArticle, WebPage, Organization) in the body, whose dateModified
             equals datePublished on page 0 and is 26 hours later on page 2 (the updated date); odd pages: a
             relative "منذ N ساعات" visible date and <meta name="parsely-pub-date"> in UTC (page 1) or
             article:published_time with +04:00 (page 3); "تغطيات متصلة" cards with section and relative date
             (related), "مختارات لك" personalised picks (not related)
  adslots    an Iraqi portal whose body paragraphs are <div class="paragraph"> (no <p>), cut by inline ad slots
             under an "إعلان" label, a "محتوى مموّل من شركائنا" box of two sponsored links with their brands, and an
             in-text "شاهد أيضا" video card (a thumbnail link holding the duration and a title link: read-also, as
             the markers count "شاهد أيضاً"); the date only in a visible line in Arabic-Indic digits (no meta,
             no JSON-LD): "وقت النشر: ١٨/٠٢/٢٠١٨ - ٠٣:٢٦ م" on even pages, the weekday and the Iraqi (Levantine)
             month name "الأحد ١٨ شباط ٢٠١٨" on odd pages, which also show a "وقت التعديل" line (the updated
             date: 1h25 later on page 1, 21h15 later on page 3); a news ticker (not related), "أخبار على صلة"
             thumbnails whose alt is the site's name (related), "الأكثر مشاهدة" numbered in Arabic-Indic digits
             (related, a most-read box), "تقارير خاصة" (not related)
  obits      a Kuwaiti daily's article page carrying the paper's obituaries board ("وفيات اليوم": names, ages,
             funeral and condolence sentences, the funeral on the weekday after the article's) and classified ads
             (sentences that are not the article), the masthead with the day's issue date and number (one or two
             days after the article: not its date), the date in <meta name="pubdate" content="YYYYMMDD"> and, on
             even pages, a visible date in the byline; odd pages have no visible article date and a
             <meta name="lastmod" content="YYYYMMDD"> a day later (the updated date); "متابعات ذات صلة" numbered
             (related), "الأكثر قراءة" (related, a most-read box), today's opinion columns with the columnists'
             names (not related)
  court      an Egyptian legal-news portal's report: breadcrumb and kicker, a case card (<table> with the court,
             the case number, the last hearing's date a few days before the article, the case's status), a link
             to the ruling's PDF with its size (an attachment: not read-also, not related), a glossary box of two
             legal terms with their definitions (not the article), a disclaimer and an ask-a-lawyer box; even
             pages: no visible article date, JSON-LD @graph [Organization, WebPage, NewsArticle] whose
             datePublished is "YYYY-MM-DD HH:MM:SS" (no zone, page 0) or ISO with +02:00 and a dateModified
             28 hours later (page 2: the updated date), and an "اقرأ أيضًا" box of two links after the second
             paragraph (read-also); odd pages: visible "أُدرج في" and (page 3) "جرى تحديثه في" lines (the
             updated date) with a breadcrumb-only JSON-LD; "أحكام وقضايا ذات صلة" (related), "مبادئ قضائية
             حديثة" and the latest laws (not related)
  hugo       a static site built with Hugo (generator meta, PaperMod-like theme): Hugo's internal Open Graph
             template (article:published_time, article:modified_time) and schema template (itemprop
             datePublished, dateModified, wordCount) in +04:00, equal to each other on even pages (no
             update) and a modified time 2 days 5 hours later on odd pages, which also show the GitInfo line
             "تاريخ المراجعة الأخيرة: YYYY-MM-DD" with the commit's short hash (the updated date); a visible
             <time datetime="YYYY-MM-DD"> line with reading time and word count, an inline "انظر كذلك:" line on
             odd pages (read-also), tags as "#tag" links, "محتوى ذو صلة" (related, Hugo's related-content
             list), the previous and next posts with their titles, and "أحدث مواد القسم" (not related), the
             licence and the Hugo credit

Labels (the format of tests/html/labels): title (the <h1>), published (the local date in the kind's time
zone), updated (the local date, where the page shows or declares an update of the article), body_with = the
opening of each paragraph, body_without = visible chrome texts and other stories' headlines, read_also, related
(headed related and most-read lists only; Instant Articles' op-related-articles too).

Articles: not make_templates.articles() (SaudiNewsNet) nor ant-jawharafm (set 12), but the TREC records of
CORPUS/ant-multisource/France24/*/*.txt and CORPUS/ant-multisource/SkyNews/*/*.txt (one <DOC> a file). Every
file that a label in tests/segmenter/labels/*.json named in its "file" value when the set was written is
left out (matched by file name; SEGMENTER_NAMED, frozen, so that later labels do not shift the set). A record is an article when its <TITLE> has 3 to 20 words, its <TIME> parses (an
RFC 2822 time in GMT), its <TEXT> has at least 3 lines of 12 words or more (its paragraphs, up to 8) and
neither the title nor any line of the text holds "اقرأ", "إقرأ" or "للمزيد". The ten folders are taken in
sorted path order (France24/culture, economy, internationalNews, middleEast, sport, then SkyNews/economy,
internationalNews, middleEast, sport, technology), each folder's files in sorted order; page n (counted over
the whole set, kinds in the order above) takes the next article of folder n mod 10, or of the next folder
that still has one. The page's dates come from the record's <TIME> made local in the kind's time zone (+03:00
gutenberg, adslots, obits; +01:00 instant; +04:00 flight, hugo; +02:00 court): the label's published date is
that local date, and the page's times are the record's local time except instant-2 (00:20 local on the same
day, for its UTC trap). Other stories' headlines (related, latest and the like) are the titles of the records
that follow the page's article in sorted path order over all the files, wrapping around (any record whose title
has 3 to 20 words and no such marker, the left-out files and the article's own title excepted): the first 11
shuffled, then the rest in order; Jetpack's excerpts are the first line of those records' texts.

Usage: templates_set13.py OUT_DIR [--corpus DIR] [--per-kind 4] [--kinds a,b]
writes OUT_DIR/pages/KIND-N.html and OUT_DIR/labels/KIND-N.json, checks every labelled text against the
page's visible text with templates_set5's check(), checks with templates_set9's link check that every
read-also and related title is the whole text of a link and that each label has the keys and types
../shared/eval/score.py reads, and with templates_set10's balance check that every non-void element is closed
in order (templates_set10.renderer() runs those two); fails if any check does. The pages' text was also
compared with headless Chromium's innerText once while writing them (every labelled text is in it).
"""
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
# Helpers and calendar data only; no chrome sentence of the earlier sets.
from templates_set5 import DAYS, LEVANT_MONTHS, esc  # noqa: E402
from templates_set10 import renderer  # noqa: E402
from templates_set12 import (  # noqa: E402
    set_arguments, at, dz_date, gulf_date, hm, indic, iso_local, iso_z, opening_words, pick_articles as shared_pick_articles,
    trec_records, write_page,
)

KINDS = ('gutenberg', 'instant', 'flight', 'adslots', 'obits', 'court', 'hugo')
TZ_HOURS = {'gutenberg': 3, 'instant': 1, 'flight': 4, 'adslots': 3, 'obits': 3, 'court': 2, 'hugo': 4}
CORPUS_FOLDER = 'ant-multisource'
SOURCES = ('France24', 'SkyNews')
MARKERS = ('اقرأ', 'إقرأ', 'للمزيد')


def li_links(titles, href, cls=''):
    c = f' class="{cls}"' if cls else ''
    return ''.join(f'<li{c}><a href="{href}{i}">{esc(t)}</a></li>' for i, t in enumerate(titles))


# --- gutenberg: a WordPress 6 block theme with Jetpack's related posts --------------------------------------
GB_SITE = 'نخلة الإخبارية'
GB_HOST = 'https://nakhla-news.example'
GB_TAGLINE = 'موقع إخباري مستقل يُحدَّث من الرياض على مدار اليوم'
GB_MENU = ['الرئيسية', 'حول العالم', 'شؤون خليجية', 'اقتصاد ومال', 'ملاعب', 'علوم وابتكار', 'راسلنا']
GB_SEARCH = 'ابحث'
GB_SECTIONS = ['حول العالم', 'شؤون خليجية', 'اقتصاد ومال', 'علوم وابتكار']
GB_WRITER = 'الكاتب'
GB_AUTHORS = ['سارة المطيري', 'فهد الشمري', 'نورة الدوسري', 'عبدالله الحربي']
GB_EDITED = 'عُدّل في'
GB_CAPTION = 'لقطة بثتها وكالات الأنباء العالمية للمكان الذي شهد الواقعة'
GB_ALSO = 'قد تودّ قراءة:'
GB_RELATED = 'ذات صلة'
GB_IN = 'في'
GB_THUMB_ALT = 'صورة توضيحية من أرشيف نخلة'
GB_TAGS = 'الوسوم:'
GB_TAG_WORDS = ['تقارير دولية', 'متابعات', 'نخلة تتابع', 'أخبار عاجلة']
GB_PREV = 'المقالة السابقة'
GB_NEXT = 'المقالة التالية'
GB_COMMENTS = 'دوّن رأيك في هذا الخبر'
GB_COMMENT_NOTE = 'بريدك الإلكتروني لن يظهر للقراء، وكل الحقول المعلّمة بنجمة مطلوبة'
GB_COMMENT_FIELDS = ['التعليق', 'الاسم', 'البريد الإلكتروني']
GB_SEND = 'أرسل التعليق'
GB_LATEST = 'جديد نخلة'
GB_CLOUD = 'وسوم يكثر البحث عنها'
GB_LETTER = 'اشترك في موجز نخلة المسائي ليصلك أهم ما جرى خلال يومك'
GB_FOOTER = 'نخلة الإخبارية © 2018 — الموقع يعمل بنظام ووردبريس'


def render_gutenberg(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, latest, prev_next = others[:3], others[3:8], others[8:10]
    odd = k % 2 == 1
    pub = at(extra)
    pid = 48200 + 311 * k
    section, author = GB_SECTIONS[k % 4], GB_AUTHORS[k % 4]
    upd_day, upd_html = None, ''
    if odd:
        upd = pub + (datetime.timedelta(hours=3, minutes=12) if k == 1 else datetime.timedelta(days=2, hours=1))
        upd_day = upd.date()
        upd_html = (f'<div class="wp-block-post-date__modified-date wp-block-post-date">{GB_EDITED} '
                    f'<time datetime="{iso_local(upd)}">{gulf_date(upd_day)}</time></div>')
    blocks = []
    for i, p in enumerate(paras):
        blocks.append(f'<p>{esc(p)}</p>')
        if i == 0 and odd:
            blocks.append(f'<p><strong>{GB_ALSO}</strong> <a href="{GB_HOST}/{day.year}/{pid - 40}/">{esc(extra["also"])}</a></p>')
        if i == 1:
            blocks.append(f'<figure class="wp-block-image size-large"><img decoding="async" src="{GB_HOST}/wp-content/uploads/{day.year}/{day.month:02d}/{slug}-1.jpg" alt="" class="wp-image-{pid + 1}"/>'
                          f'<figcaption class="wp-element-caption">{GB_CAPTION}</figcaption></figure>')

    def jp_item(i, t):
        d = day - datetime.timedelta(days=3 + 4 * i)
        href = f'{GB_HOST}/{d.year}/{d.month:02d}/{d.day:02d}/{pid - 100 - i}/'
        excerpt = opening_words(extra['lead'].get(t, ''), 14)
        return (f'<div class="jp-relatedposts-post jp-relatedposts-post{i} jp-relatedposts-post-thumbs" data-post-id="{pid - 100 - i}" data-post-format="false">'
                f'<a class="jp-relatedposts-post-a" href="{href}" rel="nofollow" data-origin="{pid}" data-position="{i}"><img class="jp-relatedposts-post-img" loading="lazy" src="{GB_HOST}/wp-content/uploads/r{i}.jpg" width="350" height="200" alt="{GB_THUMB_ALT}" /></a>'
                f'<h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="{href}" rel="nofollow" data-origin="{pid}" data-position="{i}">{esc(t)}</a></h4>'
                f'<p class="jp-relatedposts-post-excerpt">{esc(excerpt)}</p>'
                f'<p class="jp-relatedposts-post-date">{gulf_date(d)}</p>'
                f'<p class="jp-relatedposts-post-context">{GB_IN} «{GB_SECTIONS[(k + i + 1) % 4]}»</p></div>')
    jetpack = (f"<div id='jp-relatedposts' class='jp-relatedposts'><h3 class=\"jp-relatedposts-headline\"><em>{GB_RELATED}</em></h3>"
               f"<div class=\"jp-relatedposts-items jp-relatedposts-items-visual jp-relatedposts-grid\">{''.join(jp_item(i, t) for i, t in enumerate(rel))}</div></div>")
    excerpts = [opening_words(extra['lead'].get(t, ''), 14) for t in rel]
    latest_html = ''.join(f'<li><a class="wp-block-latest-posts__post-title" href="{GB_HOST}/{day.year}/{pid + 20 + i}/">{esc(t)}</a> '
                          f'<time datetime="{(day + datetime.timedelta(days=1)).isoformat()}T09:{10 + i:02d}:00+03:00" class="wp-block-latest-posts__post-date">{gulf_date(day + datetime.timedelta(days=1))}</time></li>'
                          for i, t in enumerate(latest))
    nav = ''.join(f'<li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="{GB_HOST}/category/c{i}/"><span class="wp-block-navigation-item__label">{t}</span></a></li>'
                  for i, t in enumerate(GB_MENU))
    tags = ''.join(f'<a href="{GB_HOST}/tag/t{i}/" rel="tag">{t}</a>' + ('<span class="wp-block-post-terms__separator">، </span>' if i < 2 else '')
                   for i, t in enumerate(GB_TAG_WORDS[(k % 2):(k % 2) + 3]))
    cloud = ' '.join(f'<a href="{GB_HOST}/tag/c{i}/" class="tag-cloud-link tag-link-{i}" style="font-size: {10 + 3 * i}pt;">{t}</a>'
                     for i, t in enumerate(GB_TAG_WORDS))
    fields = ''.join(f'<p class="comment-form-{n}"><label for="f{n}">{lab}</label> <input id="f{n}" name="f{n}" type="text" /></p>'
                     for n, lab in zip(('comment', 'author', 'email'), GB_COMMENT_FIELDS))
    page = f'''<!DOCTYPE html>
<html dir="rtl" lang="ar">
<head>
	<meta charset="UTF-8" />
	<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name='robots' content='max-image-preview:large' />
<title>{esc(title)} &#8211; {GB_SITE}</title>
<link rel="alternate" type="application/rss+xml" title="{GB_SITE} &laquo; الخلاصة" href="{GB_HOST}/feed/" />
<style id='wp-block-library-inline-css'>
:root{{--wp-admin-theme-color:#007cba;}}.wp-element-button{{cursor:pointer;}}
</style>
<link rel='stylesheet' id='jetpack_related-posts-css' href='{GB_HOST}/wp-content/plugins/jetpack/modules/related-posts/related-posts.css?ver=20211209' media='all' />
<link rel="https://api.w.org/" href="{GB_HOST}/wp-json/" /><link rel="alternate" type="application/json" href="{GB_HOST}/wp-json/wp/v2/posts/{pid}" />
<meta name="generator" content="WordPress 6.4.3" />
<link rel="canonical" href="{GB_HOST}/{day.year}/{day.month:02d}/{day.day:02d}/{pid}/" />
</head>
<body class="post-template-default single single-post postid-{pid} single-format-standard wp-embed-responsive rtl">
<div class="wp-site-blocks"><header class="wp-block-template-part">
<div class="wp-block-group alignwide is-layout-flex wp-block-group-is-layout-flex">
<p class="wp-block-site-title"><a href="{GB_HOST}" target="_self" rel="home">{GB_SITE}</a></p>
<p class="wp-block-site-tagline">{GB_TAGLINE}</p>
<nav class="is-responsive items-justified-right wp-block-navigation is-layout-flex" aria-label="القائمة"><ul class="wp-block-navigation__container">{nav}</ul></nav>
<form role="search" method="get" action="{GB_HOST}/" class="wp-block-search__button-outside wp-block-search__text-button wp-block-search"><label class="wp-block-search__label screen-reader-text" for="wp-block-search__input-1">{GB_SEARCH}</label><div class="wp-block-search__inside-wrapper"><input class="wp-block-search__input" id="wp-block-search__input-1" value="" type="search" name="s" required /><button aria-label="{GB_SEARCH}" class="wp-block-search__button wp-element-button" type="submit">{GB_SEARCH}</button></div></form>
</div>
</header>

<main class="wp-block-group is-layout-constrained wp-block-group-is-layout-constrained">
<div class="wp-block-group alignwide">
<div class="taxonomy-category wp-block-post-terms"><a href="{GB_HOST}/category/s{k}/" rel="tag">{section}</a></div>
<h1 class="wp-block-post-title">{esc(title)}</h1>
<div class="wp-block-group is-content-justification-right is-layout-flex">
<div class="wp-block-post-author-name">{GB_WRITER}: <a href="{GB_HOST}/author/a{k}/" target="_self" class="wp-block-post-author-name__link">{author}</a></div>
<div class="wp-block-post-date"><time datetime="{iso_local(pub)}">{gulf_date(day)}</time></div>
{upd_html}
</div>
<figure class="wp-block-post-featured-image"><img decoding="async" src="{GB_HOST}/wp-content/uploads/{day.year}/{day.month:02d}/{slug}.jpg" alt="" /></figure>
</div>
<div class="entry-content wp-block-post-content is-layout-constrained wp-block-post-content-is-layout-constrained">
{''.join(blocks)}
{jetpack}
</div>
<div class="wp-block-group"><div class="taxonomy-post_tag wp-block-post-terms"><span class="wp-block-post-terms__prefix">{GB_TAGS} </span>{tags}</div></div>
<nav class="wp-block-group post-navigation is-layout-flex" aria-label="التنقل بين المقالات">
<div class="post-navigation-link-previous wp-block-post-navigation-link"><span class="wp-block-post-navigation-link__label">{GB_PREV}</span> <a href="{GB_HOST}/{day.year}/{pid - 1}/" rel="prev">{esc(prev_next[0])}</a></div>
<div class="post-navigation-link-next wp-block-post-navigation-link"><span class="wp-block-post-navigation-link__label">{GB_NEXT}</span> <a href="{GB_HOST}/{day.year}/{pid + 1}/" rel="next">{esc(prev_next[1])}</a></div>
</nav>
<div class="wp-block-comments"><div id="respond" class="comment-respond wp-block-post-comments-form">
<h3 id="reply-title" class="comment-reply-title">{GB_COMMENTS}</h3>
<form action="{GB_HOST}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">{GB_COMMENT_NOTE}</span></p>
{fields}<p class="form-submit wp-block-button"><input name="submit" type="submit" id="submit" class="wp-block-button__link wp-element-button" value="{GB_SEND}" /></p></form>
</div></div>
</main>

<footer class="wp-block-template-part">
<div class="wp-block-columns is-layout-flex">
<div class="wp-block-column"><h2 class="wp-block-heading">{GB_LATEST}</h2><ul class="wp-block-latest-posts__list has-dates wp-block-latest-posts">{latest_html}</ul></div>
<div class="wp-block-column"><h2 class="wp-block-heading">{GB_CLOUD}</h2><p class="wp-block-tag-cloud">{cloud}</p></div>
<div class="wp-block-column"><p>{GB_LETTER}</p></div>
</div>
<p class="has-text-align-center">{GB_FOOTER}</p>
</footer></div>
<script src="{GB_HOST}/wp-includes/js/comment-reply.min.js?ver=6.4.3" id="comment-reply-js" async="async" data-wp-strategy="async"></script>
</body>
</html>'''
    without = [GB_TAGLINE, GB_MENU[2], f'{GB_WRITER}: {author}', GB_CAPTION, excerpts[0], GB_PREV, GB_NEXT, GB_COMMENTS, GB_COMMENT_NOTE,
               GB_LATEST, GB_CLOUD, GB_LETTER, GB_FOOTER] + latest + prev_next + rel[:2] + ([f'{GB_EDITED} {gulf_date(upd_day)}'] if odd else [])
    read_also = [extra['also']] if odd else []
    return page, title, read_also, rel, without, {'updated': upd_day.isoformat() if upd_day else None}


# --- instant: a Facebook Instant Articles document ----------------------------------------------------------
IA_SITE = 'صدى الأوراس'
IA_HOST = 'https://sada-aures.example'
IA_KICKERS = ['شؤون دولية', 'من العالم', 'متابعات', 'اقتصاد وأعمال']
IA_CAPTION = 'من مكان الحدث، بحسب ما تناقلته وسائل الإعلام'
IA_CREDIT = 'الصورة: أرشيف صدى الأوراس'
IA_DESKS = ['القسم الدولي', 'مكتب قسنطينة', 'مكتب وهران', 'القسم الاقتصادي']
IA_AT = 'على الساعة'
IA_MODIFIED = 'تم تحيين المقال'
IA_CREDITS = 'أعدّ المادة للنسخة السريعة فريق النشر الرقمي في صدى الأوراس'
IA_RIGHTS = 'يحتفظ صدى الأوراس بملكية هذه المادة نصاً وصوراً، ولا تُعاد إذاعتها إلا بترخيص منه'
IA_RELATED = 'قراءات مرتبطة'
IA_SPONSORED = ['عروض الربيع على رحلات الجزائر وإسطنبول بأسعار مخفضة لمدة محدودة',
                'شقق جاهزة للسكن في الضاحية الشرقية للعاصمة بتسهيلات في الدفع',
                'تعلّم الإنجليزية عبر الإنترنت مع مدرّسين معتمدين وابدأ مجاناً',
                'خدمة توصيل جديدة تغطي ولايات الشرق الجزائري خلال أربع وعشرين ساعة']


def render_instant(art, others, extra, day, slug, k):
    _, title, paras = art
    rel = others[:3]
    odd = k % 2 == 1
    pub = at(extra)
    if k == 2:  # 00:20 local: the day before in UTC
        pub = pub.replace(hour=0, minute=20, second=0)
    kicker, desk = IA_KICKERS[k % 4], IA_DESKS[k % 4]
    shown = f'{dz_date(day)} {IA_AT} {hm(pub)}'
    url = f'{IA_HOST}/{day.year}/{day.month:02d}/{slug}.html'
    upd_day, modified, mod_text = None, '', ''
    if odd:
        upd = pub + (datetime.timedelta(hours=2, minutes=5) if k == 1 else datetime.timedelta(hours=23, minutes=40))
        upd_day = upd.date()
        mod_text = f'{IA_MODIFIED} {dz_date(upd_day)} {IA_AT} {hm(upd)}'
        modified = f'\n<time class="op-modified" dateTime="{iso_local(upd)}">{mod_text}</time>'
        published = f'<time class="op-published" datetime="{iso_local(pub)}">{shown}</time>'
    else:
        published = f'<time class="op-published" datetime="{iso_z(pub)}">{shown}</time>'
    ad = ('<figure class="op-ad{extra}"><iframe width="300" height="250" style="border:0; margin:0;" '
          'src="https://www.facebook.com/adnw_request?placement=1429{n}_{m}&amp;adtype=banner300x250"></iframe></figure>')
    body = []
    for i, p in enumerate(paras):
        body.append(f'<p>{esc(p)}</p>')
        if i == 1:
            body.append(ad.format(extra='', n=k, m=i))
    sponsored = IA_SPONSORED[k % 4]
    page = f'''<!doctype html>
<html lang="ar" dir="rtl" prefix="op: http://media.facebook.com/op#">
<head>
<meta charset="utf-8">
<link rel="canonical" href="{url}">
<meta property="op:markup_version" content="v1.0">
<meta property="fb:article_style" content="sada_default">
<meta property="fb:use_automatic_ad_placement" content="enable=true ad_density=default">
{'' if odd else f'<title>{esc(title)} - {IA_SITE}</title>'}
</head>
<body>
<article>
<header>
<figure><img src="{IA_HOST}/media/{slug}.jpg"><figcaption>{IA_CAPTION} <cite>{IA_CREDIT}</cite></figcaption></figure>
<h1>{esc(title)}</h1>
<h3 class="op-kicker">{kicker}</h3>
<address><a href="{IA_HOST}/desk/{k}">{desk}</a></address>
{published}{modified}
{ad.format(extra=' op-ad-default', n=k, m=0)}
</header>
{''.join(body)}
<figure class="op-tracker"><iframe><script>var _sa = window._sa || []; _sa.push(["ia", "{slug}"]);</script></iframe></figure>
<footer>
<aside><p>{IA_CREDITS}</p></aside>
<small>{IA_RIGHTS}</small>
<ul class="op-related-articles" title="{IA_RELATED}">{''.join(f'<li><a href="{IA_HOST}/{day.year}/r{i}.html">{esc(t)}</a></li>' for i, t in enumerate(rel))}<li data-sponsored="true"><a href="https://partners.example/c/{k}">{sponsored}</a></li></ul>
</footer>
</article>
</body>
</html>'''
    without = [IA_CAPTION, IA_CREDIT, kicker, desk, shown, IA_CREDITS, IA_RIGHTS, sponsored] + rel[:2] + ([mod_text] if odd else [])
    return page, title, [], rel, without, {'updated': upd_day.isoformat() if upd_day else None}


# --- flight: a Next.js App Router page with React Server Component rows ------------------------------------
FL_SITE = 'مدار 24'
FL_HOST = 'https://madar24.example'
FL_MENU = ['الرئيسية', 'الإمارات', 'الشرق الأوسط', 'العالم', 'أعمال', 'رياضة', 'تكنولوجيا', 'مرئيات']
FL_LIVE = 'شاهد البث الحي'
FL_SECTIONS = ['العالم', 'الشرق الأوسط', 'أعمال', 'تكنولوجيا']
FL_EDITOR = 'المحرر'
FL_EDITORS = ['ليلى الكعبي', 'حمد النعيمي', 'ريم السويدي', 'خالد الظاهري']
FL_UAE = 'بتوقيت الإمارات'
FL_AGO = 'منذ'
FL_HOURS = 'ساعات'
FL_DAYS_AGO = ['منذ يومين', 'منذ 3 أيام', 'منذ 4 أيام', 'منذ أسبوع']
FL_CAPTION = 'صورة تعبيرية - المصدر: وكالات'
FL_SHARE = 'انشر هذه القصة'
FL_COPY = 'انسخ رابط القصة'
FL_RELATED = 'تغطيات متصلة'
FL_FORYOU = 'مختارات لك'
FL_FORYOU_NOTE = 'اقتراحات مبنية على ما تصفحته مؤخراً في مدار'
FL_COMMENTS = 'آراء القراء'
FL_LOADING = 'جارٍ تحميل آراء القراء…'
FL_APP = 'حمّل تطبيق مدار 24 وفعّل الإشعارات لتصلك القصص لحظة نشرها'
FL_LINKS = ['سياسة الخصوصية', 'شروط الاستخدام', 'أعلن في مدار', 'انضم إلى فريقنا']
FL_FOOTER = '© 2018 مدار 24. المحتوى محمي بموجب قوانين الملكية الفكرية'


def flight_push(row):
    """A self.__next_f.push() script of one RSC row, escaped as Next.js writes it."""
    s = json.dumps(row + '\n', ensure_ascii=False).replace('<', '\\u003c')
    return f'<script>self.__next_f.push([1,{s}])</script>'


def render_flight(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, foryou = others[:4], others[4:8]
    odd = k % 2 == 1
    pub = at(extra)
    aid = 1029400 + 57 * k
    url = f'{FL_HOST}/article/{aid}'
    section, editor = FL_SECTIONS[k % 4], FL_EDITORS[k % 4]
    upd_day, head_meta, ld_html = None, '', ''
    if odd:
        when = f'{FL_AGO} {2 + k} {FL_HOURS}'
        if k == 1:
            head_meta = f'<meta name="parsely-pub-date" content="{iso_z(pub)}"/>'
        else:
            head_meta = f'<meta property="article:published_time" content="{iso_local(pub)}"/>'
    else:
        when = f'{gulf_date(day)} - {hm(pub)} {FL_UAE}'
        mod = pub + datetime.timedelta(days=1, hours=2) if k == 2 else pub
        if k == 2:
            upd_day = mod.date()
        ld = {'@context': 'https://schema.org', '@graph': [
            {'@type': 'NewsArticle', '@id': url + '#article', 'headline': title, 'datePublished': iso_local(pub),
             'dateModified': iso_local(mod), 'articleSection': section, 'author': {'@type': 'Person', 'name': editor},
             'publisher': {'@id': FL_HOST + '/#organization'}, 'mainEntityOfPage': {'@id': url}},
            {'@type': 'WebPage', '@id': url, 'url': url, 'name': title, 'inLanguage': 'ar'},
            {'@type': 'Organization', '@id': FL_HOST + '/#organization', 'name': FL_SITE,
             'logo': {'@type': 'ImageObject', 'url': FL_HOST + '/logo.png'}}]}
        ld_html = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    nav = ''.join(f'<li class="Nav_item__u4Qe2"><a class="Nav_link__Xc81p" href="/section/{i}">{t}</a></li>' for i, t in enumerate(FL_MENU))
    body = ''.join(f'<p class="ArticleBody_p__3kd9Q">{esc(p)}</p>' for p in paras)
    cards = ''.join(
        f'<article class="Card_card__b7Tn1"><a class="Card_media__0Pq2s" href="/article/{aid - 30 - i}"><img alt="" loading="lazy" width="320" height="180" decoding="async" data-nimg="1" src="/_next/image?url=%2Fm%2F{aid - 30 - i}.jpg&amp;w=640&amp;q=75"/></a>'
        f'<div class="Card_text__h2LmR"><span class="Card_section__Zq0w8">{FL_SECTIONS[(k + i + 1) % 4]}</span><h3 class="Card_title__p9Tq3"><a href="/article/{aid - 30 - i}">{esc(t)}</a></h3>'
        f'<span class="Card_time__Lk3vX">{FL_DAYS_AGO[i % 4]}</span></div></article>' for i, t in enumerate(rel))
    picks = ''.join(f'<li class="ForYou_item__8hG2c"><a href="/article/{aid + 40 + i}">{esc(t)}</a></li>' for i, t in enumerate(foryou))
    footer_links = ''.join(f'<li><a href="/p/{i}">{t}</a></li>' for i, t in enumerate(FL_LINKS))
    rows = [
        '1:HL["/_next/static/css/6f1c2a9e4b7d0c33.css","style"]',
        '2:I[5613,["613","static/chunks/613-9a8b1f0e.js","931","static/chunks/app/article/%5Bid%5D/page-4f2e7d1c.js"],""]',
        '3:"$Sreact.suspense"',
        '4:' + json.dumps(['$', 'article', None, {'className': 'Article_article__k2Pz0', 'children': [
            ['$', 'h1', None, {'className': 'Article_title__9xYt1', 'children': title}],
            ['$', 'div', None, {'className': 'ArticleBody_body__Zz81m', 'children': [
                ['$', 'p', str(i), {'className': 'ArticleBody_p__3kd9Q', 'children': p}] for i, p in enumerate(paras)]}]]}],
            ensure_ascii=False, separators=(',', ':')),
        '5:' + json.dumps({'article': {'id': aid, 'title': title, 'section': section, 'publishedAt': iso_z(pub),
                                       'related': [{'id': aid - 30 - i, 'title': t} for i, t in enumerate(rel)],
                                       'forYou': [{'id': aid + 40 + i, 'title': t} for i, t in enumerate(foryou)]}},
                          ensure_ascii=False, separators=(',', ':')),
        '0:["$","$L2",null,{"buildId":"xK2pQm9vTn4","children":"$4","data":"$5"}]',
    ]
    flight = ''.join(flight_push(r) for r in rows)
    page = f'''<!DOCTYPE html><html lang="ar" dir="rtl" class="__variable_a1c9e3"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><link rel="stylesheet" href="/_next/static/css/6f1c2a9e4b7d0c33.css" data-precedence="next"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-8c1f55ad.js"/><script src="/_next/static/chunks/fd9d1056-2a1b7c3d.js" async=""></script><script src="/_next/static/chunks/main-app-0b1e2f3a.js" async=""></script><link rel="preload" href="/_next/static/media/a34f9d1faa5f3315-s.p.woff2" as="font" crossorigin="" type="font/woff2"/><title>{esc(title)} | {FL_SITE}</title><meta name="description" content="{esc(opening_words(paras[0], 22))}"/><meta property="og:title" content="{esc(title)}"/><meta property="og:url" content="{url}"/><meta property="og:site_name" content="{FL_SITE}"/><meta property="og:type" content="article"/>{head_meta}<script src="/_next/static/chunks/polyfills-78c92fac.js" noModule=""></script></head><body class="__className_3a0388"><header class="Header_header__Qx1bW"><a class="Header_logo__c0Rk2" href="/">{FL_SITE}</a><nav class="Nav_nav__T5mYz"><ul class="Nav_list__mR2ka">{nav}</ul></nav><a class="Header_live__nB3xw" href="/live">{FL_LIVE}</a></header><main class="page_main__GfSa1"><article class="Article_article__k2Pz0"><nav aria-label="breadcrumb" class="Crumbs_crumbs__w8Hy1"><a href="/">{FL_MENU[0]}</a> <span>/</span> <a href="/section/{k}">{section}</a></nav><h1 class="Article_title__9xYt1">{esc(title)}</h1><div class="Article_meta__p1LsQ"><span class="Article_editor__Vb0aD">{FL_EDITOR}: {editor}</span> <time class="Article_time__e9Rk1">{when}</time></div><figure class="Article_figure__Hq2xA"><img alt="" fetchPriority="high" width="1200" height="675" decoding="async" data-nimg="1" src="/_next/image?url=%2Fm%2F{aid}.jpg&amp;w=1200&amp;q=75"/><figcaption class="Article_caption__s3Lw0">{FL_CAPTION}</figcaption></figure><div class="ArticleBody_body__Zz81m">{body}</div>{ld_html}<div class="Share_bar__yT6Gd"><span class="Share_label__Ml1cE">{FL_SHARE}</span> <button type="button" class="Share_btn__aa9Q1">{FL_COPY}</button></div></article><section class="Related_related__Wq5nE"><h2 class="Related_title__cC0vB">{FL_RELATED}</h2><div class="Related_grid__Jt6pR">{cards}</div></section><aside class="ForYou_box__Rr2mT"><h2 class="ForYou_title__Kx1yG">{FL_FORYOU}</h2><p class="ForYou_note__dP3zU">{FL_FORYOU_NOTE}</p><ul class="ForYou_list__P0z9s">{picks}</ul></aside><section class="Comments_wrap__f3Jp0"><h2 class="Comments_title__nQ8rS">{FL_COMMENTS}</h2><!--$?--><template id="B:0"></template><div class="Skeleton_box__Gm6Zx" aria-busy="true"><p class="Skeleton_text__V0nKq">{FL_LOADING}</p></div><!--/$--></section></main><div class="AppBanner_banner__d2Wc9"><p>{FL_APP}</p></div><footer class="Footer_footer__oQ4tS"><ul class="Footer_links__r9Cw2">{footer_links}</ul><p class="Footer_copy__Ew5yN">{FL_FOOTER}</p></footer><script src="/_next/static/chunks/webpack-8c1f55ad.js" async=""></script><script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([2,null])</script>{flight}</body></html>'''
    without = [FL_LIVE, f'{FL_EDITOR}: {editor}', when, FL_CAPTION, FL_SHARE, FL_COPY, FL_FORYOU, FL_FORYOU_NOTE, FL_COMMENTS,
               FL_LOADING, FL_APP, FL_FOOTER] + foryou + rel[:2]
    return page, title, [], rel, without, {'updated': upd_day.isoformat() if upd_day else None}


# --- adslots: an Iraqi portal of <div class="paragraph"> blocks cut by ads ---------------------------------
AD_SITE = 'دجلة الإخبارية'
AD_HOST = 'https://dijla-news.example'
AD_MENU = ['الرئيسية', 'محليات', 'سياسة', 'اقتصاد', 'عرب وعالم', 'رياضة', 'منوعات', 'فيديو']
AD_TICKER = 'يحدث الآن'
AD_PUBLISHED = 'وقت النشر'
AD_EDITED = 'وقت التعديل'
AD_PM, AD_AM = 'م', 'ص'
AD_VIEWS = 'المشاهدات'
AD_AD = 'إعلان'
AD_SPONSORED = 'محتوى مموّل من شركائنا'
AD_BY_SPONSOR = 'برعاية'
AD_SPONSOR_ITEMS = [('تطبيق سَفَري', 'احجز رحلتك القادمة وادفع ثمن التذكرة على ثلاث دفعات من دون فوائد'),
                    ('متجر بيتنا', 'تخفيضات نهاية الموسم على الأجهزة المنزلية تصل إلى نصف السعر')]
AD_WATCH = 'شاهد أيضا'
AD_SOURCE = 'المصدر: دجلة الإخبارية + وكالات'
AD_SHARE = 'انشر الخبر عبر'
AD_RELATED = 'أخبار على صلة'
AD_MOST = 'الأكثر مشاهدة'
AD_REPORTS = 'تقارير خاصة'
AD_FOOTER = 'دجلة الإخبارية شبكة عراقية مستقلة، وكتّاب الأعمدة وحدهم مسؤولون عن آرائهم'


def ar_clock(t):
    h = t.hour % 12 or 12
    return f'{indic(f"{h:02d}")}:{indic(f"{t.minute:02d}")} {AD_PM if t.hour >= 12 else AD_AM}'


def indic_dmy(day):
    return f'{indic(f"{day.day:02d}")}/{indic(f"{day.month:02d}")}/{indic(day.year)}'


def render_adslots(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, most, ticker, reports = others[:4], others[4:8], others[8:11], extra['more'][:3]
    video = extra['also']
    odd = k % 2 == 1
    pub = at(extra)
    nid = 90210 + 137 * k
    upd_day, edit_line = None, ''
    if odd:
        pub_line = f'{AD_PUBLISHED}: {DAYS[day.weekday()]} {indic(day.day)} {LEVANT_MONTHS[day.month - 1]} {indic(day.year)} - {ar_clock(pub)}'
        upd = pub + (datetime.timedelta(hours=1, minutes=25) if k == 1 else datetime.timedelta(hours=21, minutes=15))
        upd_day = upd.date()
        edit_line = f'{AD_EDITED}: {DAYS[upd_day.weekday()]} {indic(upd_day.day)} {LEVANT_MONTHS[upd_day.month - 1]} {indic(upd_day.year)} - {ar_clock(upd)}'
    else:
        pub_line = f'{AD_PUBLISHED}: {indic_dmy(day)} - {ar_clock(pub)}'
    views = f'{AD_VIEWS}: {indic(2345 + 611 * k)}'
    slot = ('<div class="ad-slot ad-inread"><span class="ad-label">{label}</span>'
            '<div id="div-gpt-ad-1519{k}{n}-0" class="gpt-slot" style="min-height:250px"></div></div>')
    sponsor_box = ('<div class="sponsored-box"><div class="sb-head">' + AD_SPONSORED + '</div>' +
                   ''.join(f'<div class="sb-item"><a class="sb-title" href="https://ads.example/click/{k}{i}" rel="sponsored nofollow">{t}</a>'
                           f' <span class="sb-brand">{AD_BY_SPONSOR} {b}</span></div>' for i, (b, t) in enumerate(AD_SPONSOR_ITEMS)) + '</div>')
    card = (f'<div class="video-card"><span class="vc-label">{AD_WATCH}</span> '
            f'<a class="vc-thumb" href="/video/{nid - 9}"><img src="/media/v{nid - 9}.jpg" alt="" width="240" height="135"><span class="vc-time">{indic("02:14")}</span></a> '
            f'<a class="vc-title" href="/video/{nid - 9}">{esc(video)}</a></div>')
    blocks = []
    for i, p in enumerate(paras):
        blocks.append(f'<div class="paragraph" data-index="{i + 1}">{esc(p)}</div>')
        if i == 0:
            blocks.append(slot.format(label=AD_AD, k=k, n=i))
        elif i == 1:
            blocks.append(card)
        elif i == 2 and len(paras) > 3:
            blocks.append(sponsor_box)
        elif i == 4 and len(paras) > 5:
            blocks.append(slot.format(label=AD_AD, k=k, n=i))
    if len(paras) == 3:
        blocks.append(sponsor_box)
    rel_html = ''.join(f'<li class="rel-item"><a class="rel-thumb" href="/news/{nid - 50 - i}"><img src="/media/t{nid - 50 - i}.jpg" alt="{AD_SITE}" width="150" height="100"></a>'
                       f'<a class="rel-title" href="/news/{nid - 50 - i}">{esc(t)}</a></li>' for i, t in enumerate(rel))
    most_html = ''.join(f'<li><span class="num">{indic(i + 1)}</span> <a href="/news/{nid - 400 - i}">{esc(t)}</a></li>' for i, t in enumerate(most))
    report_html = ''.join(f'<div class="report"><a href="/reports/{i}"><img src="/media/rp{i}.jpg" alt=""></a><h4><a href="/reports/{i}">{esc(t)}</a></h4></div>'
                          for i, t in enumerate(reports))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | {AD_SITE}</title>
<meta property="og:title" content="{esc(title)}"><meta property="og:site_name" content="{AD_SITE}">
<link rel="stylesheet" href="/assets/css/dijla.min.css?v=3.4">
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
<script>window.googletag = window.googletag || {{cmd: []}};</script>
</head>
<body class="news-details">
<div class="topbar"><a class="logo" href="/">{AD_SITE}</a></div>
<nav class="navbar"><ul>{li_links(AD_MENU, '/cat/')}</ul></nav>
<div class="news-ticker"><span class="nt-head">{AD_TICKER}</span><ul>{li_links(ticker, '/news/t')}</ul></div>
<div class="ad-slot ad-leaderboard"><span class="ad-label">{AD_AD}</span><div id="div-gpt-ad-1519-top" style="min-height:90px"></div></div>
<div class="container"><div class="main-col">
<div class="news-head">
<h1 class="news-title">{esc(title)}</h1>
<div class="news-info"><span class="pub">{pub_line}</span>{f' <span class="edit">{edit_line}</span>' if odd else ''} <span class="views">{views}</span></div>
</div>
<div class="news-image"><img src="/media/{slug}.jpg" alt="{esc(title)}" width="800" height="450"></div>
<div class="article-body" id="articleBody">
{''.join(blocks)}
</div>
<div class="news-source">{AD_SOURCE}</div>
<div class="news-share"><span>{AD_SHARE}</span> <a href="https://www.facebook.com/sharer/sharer.php?u={AD_HOST}/news/{nid}">فيسبوك</a> <a href="https://t.me/share/url?url={AD_HOST}/news/{nid}">تلغرام</a> <a href="whatsapp://send?text={AD_HOST}/news/{nid}">واتساب</a></div>
<section class="related-news"><h3 class="sec-title">{AD_RELATED}</h3><ul class="rel-list">{rel_html}</ul></section>
<section class="special-reports"><h3 class="sec-title">{AD_REPORTS}</h3><div class="reports">{report_html}</div></section>
</div>
<aside class="side-col">
<div class="ad-slot ad-mpu"><span class="ad-label">{AD_AD}</span><div id="div-gpt-ad-1519-side" style="min-height:250px"></div></div>
<section class="most-viewed"><h3 class="sec-title">{AD_MOST}</h3><ol>{most_html}</ol></section>
</aside></div>
<footer class="site-footer"><p>{AD_FOOTER}</p></footer>
</body>
</html>'''
    without = [AD_TICKER, pub_line, views, AD_SPONSORED, AD_SOURCE, AD_SHARE, AD_REPORTS, AD_FOOTER] + \
        [t for _, t in AD_SPONSOR_ITEMS] + [f'{AD_BY_SPONSOR} {b}' for b, _ in AD_SPONSOR_ITEMS] + ticker + reports + rel[:2] + most[:2] + \
        ([edit_line] if odd else [])
    return page, title, [video], rel + most, without, {'updated': upd_day.isoformat() if upd_day else None}


# --- obits: a Kuwaiti daily's article page with the obituaries board ---------------------------------------
OB_SITE = 'جريدة النوخذة'
OB_HOST = 'https://alnokhetha.example'
OB_ISSUE = 'العدد'
OB_MENU = ['الأولى', 'محليات', 'مجلس الأمة', 'اقتصاد', 'دوليات', 'رياضة', 'وفيات', 'آراء وقضايا']
OB_WRITER = 'كتب'
OB_WRITERS = ['محرر الشؤون الدولية', 'أحمد العازمي', 'دانة الرومي', 'يوسف الصالح']
OB_FONT = 'كبّر حجم النص'
OB_PRINT = 'اطبع الصفحة'
OB_RELATED = 'متابعات ذات صلة'
OB_MOST = 'الأكثر قراءة'
OB_OPINION = 'مقالات اليوم'
OB_COLUMNISTS = ['د. فيصل الهاجري', 'منى العبدالله', 'بدر الخالدي']
OB_OBITS = 'وفيات اليوم'
OB_DIED = 'انتقل إلى رحمة الله تعالى'
OB_DIED_F = 'انتقلت إلى رحمة الله تعالى'
OB_DEAD = [('سالم عبدالله العنزي', 81, False, 'ديوان العائلة في الروضة، قطعة 2، شارع 24، منزل 11'),
           ('مريم حمد الرشيدي', 74, True, 'منزل ابنها في مشرف، قطعة 5، شارع 9، منزل 30'),
           ('عيسى جاسم البدر', 67, False, 'ديوان البدر في كيفان، قطعة 4، شارع 41')]
OB_AGE = 'عن عمر ناهز'
OB_YEARS = 'عاماً'
OB_BURIAL = 'ويُشيّع جثمانه بعد صلاة العصر من يوم'
OB_BURIAL_F = 'ويُشيّع جثمانها بعد صلاة العصر من يوم'
OB_CEMETERY = 'في مقبرة الصليبخات'
OB_CONDOLENCE = 'العزاء للرجال في'
OB_PHONE = 'للتواصل'
OB_CLASSIFIED = 'إعلانات مبوّبة'
OB_ADS = ['للإيجار شقة من ثلاث غرف وصالة في السالمية قريبة من الخدمات والمدارس',
          'مطلوب سائق خاص بإقامة سارية ورخصة قيادة كويتية للعمل لدى عائلة',
          'دروس تقوية في الرياضيات للمرحلة الثانوية على يد مدرّس ذي خبرة طويلة']
OB_FOOTER = 'النوخذة صحيفة كويتية تطبعها دار النوخذة وتوزَّع صباح كل يوم عدا الجمعة'


def render_obits(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, most, columns = others[:4], others[4:8], others[8:11]
    odd = k % 2 == 1
    issue_day = day + datetime.timedelta(days=1 + k % 2)
    issue_no = 3980 + (day - datetime.date(2018, 1, 1)).days + 1 + k % 2
    masthead = f'{DAYS[issue_day.weekday()]} {gulf_date(issue_day)} - {OB_ISSUE} {issue_no}'
    writer = OB_WRITERS[k % 4]
    byline = f'{OB_WRITER}: {writer}'
    upd_day, head = None, f'<meta name="pubdate" content="{day.strftime("%Y%m%d")}">'
    date_html = ''
    if odd:
        upd_day = day + datetime.timedelta(days=1)
        head += f'\n<meta name="lastmod" content="{upd_day.strftime("%Y%m%d")}">'
    else:
        date_html = f' <span class="art-date">{gulf_date(day)}</span>'
    funeral = day + datetime.timedelta(days=1)
    notices, notice_texts = [], []
    for i, (name, age, female, hall) in enumerate(OB_DEAD):
        died = OB_DIED_F if female else OB_DIED
        burial = OB_BURIAL_F if female else OB_BURIAL
        text = f'{died} {name} {OB_AGE} {age} {OB_YEARS}، {burial} {DAYS[funeral.weekday()]} {OB_CEMETERY}'
        cond = f'{OB_CONDOLENCE} {hall}، {OB_PHONE}: 9{k}{i}7 45{i}8'
        notice_texts += [text, cond]
        notices.append(f'<div class="obit"><h4 class="obit-name">{name}</h4><p>{text}</p><p class="obit-cond">{cond}</p></div>')
    rel_html = ''.join(f'<li><a href="/article/{70500 + 9 * i}">{esc(t)}</a></li>' for i, t in enumerate(rel))
    most_html = ''.join(f'<li><a href="/article/{70100 + i}">{esc(t)}</a></li>' for i, t in enumerate(most))
    col_html = ''.join(f'<li><span class="columnist">{c}</span> <a href="/opinion/{i}">{esc(t)}</a></li>' for i, (c, t) in enumerate(zip(OB_COLUMNISTS, columns)))
    ads = ''.join(f'<li class="cl-ad">{a}</li>' for a in OB_ADS)
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{OB_SITE} - {esc(title)}</title>
{head}
<meta name="description" content="{esc(opening_words(paras[0], 20))}">
<link rel="stylesheet" href="/css/nokhetha.css">
</head>
<body>
<div id="masthead"><div class="mh-date">{masthead}</div><a class="mh-logo" href="/">{OB_SITE}</a></div>
<div id="menu"><ul>{li_links(OB_MENU, '/section/')}</ul></div>
<div id="wrapper">
<div id="content">
<div class="article">
<div class="art-section"><a href="/section/4">{OB_MENU[4]}</a></div>
<h1 class="art-title">{esc(title)}</h1>
<div class="art-byline"><span class="art-writer">{byline}</span>{date_html}</div>
<div class="art-tools"><a href="#" class="font-up">{OB_FONT}</a> | <a href="javascript:print()">{OB_PRINT}</a></div>
<div class="art-photo"><img src="/photos/{slug}.jpg" alt="" width="620" height="400"></div>
<div class="art-text">{''.join(f'<p>{esc(p)}</p>' for p in paras)}</div>
</div>
<div class="box related"><h3>{OB_RELATED}</h3><ol>{rel_html}</ol></div>
<div class="box opinion"><h3>{OB_OPINION}</h3><ul>{col_html}</ul></div>
</div>
<div id="sidebar">
<div class="box obits"><h3>{OB_OBITS}</h3>{''.join(notices)}</div>
<div class="box most"><h3>{OB_MOST}</h3><ul>{most_html}</ul></div>
<div class="box classified"><h3>{OB_CLASSIFIED}</h3><ul>{ads}</ul></div>
</div>
</div>
<div id="footer"><p>{OB_FOOTER}</p></div>
</body>
</html>'''
    without = [masthead, OB_MENU[2], byline, OB_FONT, OB_PRINT, OB_OPINION, OB_OBITS, OB_CLASSIFIED, OB_FOOTER] + \
        [n for n, _, _, _ in OB_DEAD] + notice_texts + OB_ADS + OB_COLUMNISTS + columns + rel[:2] + most[:2]
    return page, title, [], rel + most, without, {'updated': upd_day.isoformat() if upd_day else None}


# --- court: an Egyptian legal-news portal's report ---------------------------------------------------------
CT_SITE = 'الميزان القانوني'
CT_HOST = 'https://almizan-law.example'
CT_MENU = ['الرئيسية', 'قضايا وأحكام', 'تشريعات', 'الدستورية العليا', 'استشارات', 'أخبار المحامين', 'المكتبة']
CT_KICKER = 'قضايا وأحكام'
CT_CARD = 'بطاقة القضية'
CT_FIELDS = ('جهة النظر', 'رقم القيد', 'آخر جلسة', 'حالة الملف')
CT_COURTS = ['الدائرة الأولى جنايات', 'محكمة القضاء الإداري', 'المحكمة الاقتصادية', 'محكمة الاستئناف العالي']
CT_STATES = ['صدر فيها حكم أول درجة', 'مؤجلة للاطلاع والمذكرات', 'محجوزة للنطق بالحكم', 'صدر فيها حكم نهائي']
CT_YEAR = 'لسنة'
CT_PDF = 'تحميل نص الحكم كاملاً'
CT_PDF_SIZE = 'ملف PDF بحجم 1.3 ميغابايت'
CT_ALSO = 'اقرأ أيضًا'
CT_GLOSSARY = 'مصطلحات وردت في الخبر'
CT_TERMS = [('الحكم الحضوري', 'حكم يصدر بعد أن يحضر الخصوم أو وكلاؤهم جلسات المرافعة'),
            ('الطعن بالنقض', 'طريق استثنائي للطعن يُرفع إلى محكمة النقض لمراجعة تطبيق القانون')]
CT_DISCLAIMER = 'ما يُنشر في هذا الباب للإعلام فقط ولا يغني عن استشارة محامٍ مختص'
CT_ASK = 'هل لديك سؤال قانوني؟ أرسله ويجيب عنه محامون متطوعون خلال أيام'
CT_ASK_BTN = 'أرسل سؤالك'
CT_PUBLISHED = 'أُدرج في'
CT_UPDATED = 'جرى تحديثه في'
CT_RELATED = 'أحكام وقضايا ذات صلة'
CT_PRINCIPLES = 'مبادئ قضائية حديثة'
CT_LAWS = 'أحدث التشريعات'
CT_LAW_NAMES = ['تعديل بعض أحكام قانون الإجراءات الجنائية', 'اللائحة التنفيذية لقانون تنظيم التعاقدات الحكومية',
                'قرار وزير العدل بإنشاء دوائر متخصصة لنظر قضايا الأسرة']
CT_FOOTER = 'الميزان القانوني موقع متخصص في أخبار القضاء والتشريع، ولا يمثل أي جهة قضائية'


def render_court(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, principles = others[:4], others[4:8]
    also = [extra['also'], extra['also2']]
    odd = k % 2 == 1
    pub = at(extra)
    cid = 3310 + 71 * k
    url = f'{CT_HOST}/cases/{cid}'
    hearing = day - datetime.timedelta(days=3 + k)
    card_rows = [(CT_FIELDS[0], CT_COURTS[k % 4]), (CT_FIELDS[1], f'{1432 + 97 * k} {CT_YEAR} {day.year}'),
                 (CT_FIELDS[2], f'{DAYS[hearing.weekday()]} {gulf_date(hearing)}'), (CT_FIELDS[3], CT_STATES[k % 4])]
    card = ''.join(f'<tr><th scope="row">{a}</th><td>{b}</td></tr>' for a, b in card_rows)
    crumbs = {'@type': 'BreadcrumbList', 'itemListElement': [
        {'@type': 'ListItem', 'position': 1, 'name': CT_MENU[0], 'item': CT_HOST + '/'},
        {'@type': 'ListItem', 'position': 2, 'name': CT_KICKER, 'item': CT_HOST + '/cases/'}]}
    upd_day, lines_html, lines = None, '', []
    if odd:
        lines.append(f'{CT_PUBLISHED} {day.day}/{day.month}/{day.year} - {hm(pub)}')
        if k == 3:
            upd = pub + datetime.timedelta(days=1, hours=1, minutes=30)
            upd_day = upd.date()
            lines.append(f'{CT_UPDATED} {upd_day.day}/{upd_day.month}/{upd_day.year} - {hm(upd)}')
        lines_html = '<div class="dates">' + ' '.join(f'<span>{x}</span>' for x in lines) + '</div>'
        ld = {'@context': 'https://schema.org', **crumbs}
    else:
        article = {'@type': 'NewsArticle', '@id': url + '#article', 'headline': title, 'isPartOf': {'@id': url},
                   'publisher': {'@id': CT_HOST + '/#org'}, 'articleSection': CT_KICKER}
        if k == 0:
            article['datePublished'] = pub.strftime('%Y-%m-%d %H:%M:%S')
        else:
            upd = pub + datetime.timedelta(days=1, hours=4)
            upd_day = upd.date()
            article['datePublished'] = iso_local(pub)
            article['dateModified'] = iso_local(upd)
        ld = {'@context': 'https://schema.org', '@graph': [
            {'@type': 'Organization', '@id': CT_HOST + '/#org', 'name': CT_SITE, 'url': CT_HOST + '/'},
            {'@type': 'WebPage', '@id': url, 'url': url, 'name': title, 'breadcrumb': crumbs},
            article]}
    body = []
    for i, p in enumerate(paras):
        body.append(f'<p>{esc(p)}</p>')
        if i == 1 and not odd:
            body.append(f'<div class="also-box"><h4>{CT_ALSO}</h4><ul>' +
                        ''.join(f'<li><a href="/cases/{cid - 12 - j}">{esc(t)}</a></li>' for j, t in enumerate(also)) + '</ul></div>')
    glossary = ''.join(f'\n<dt>{a}</dt>\n<dd>{b}</dd>' for a, b in CT_TERMS)
    laws = ''.join(f'<li><a href="/laws/{i}">{t}</a></li>' for i, t in enumerate(CT_LAW_NAMES))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | {CT_SITE}</title>
<link rel="canonical" href="{url}">
<meta property="og:title" content="{esc(title)}"><meta property="og:type" content="article">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel="stylesheet" href="/static/mizan.css">
</head>
<body class="case-page">
<header class="site-head"><a class="brand" href="/">{CT_SITE}</a><nav><ul>{li_links(CT_MENU, '/sec/')}</ul></nav></header>
<div class="page-wrap"><main class="content">
<ol class="breadcrumb"><li><a href="/">{CT_MENU[0]}</a></li><li><a href="/cases/">{CT_KICKER}</a></li></ol>
<article class="case-report">
<span class="kicker">{CT_KICKER}</span>
<h1 class="report-title">{esc(title)}</h1>
{lines_html}
<table class="case-card"><caption>{CT_CARD}</caption><tbody>{card}</tbody></table>
<p class="attachment"><a href="/files/ruling-{cid}-{day.year}.pdf" type="application/pdf">{CT_PDF}</a> <span class="size">({CT_PDF_SIZE})</span></p>
<div class="report-body">{''.join(body)}</div>
<aside class="glossary"><h4>{CT_GLOSSARY}</h4><dl>{glossary}</dl></aside>
<p class="disclaimer">{CT_DISCLAIMER}</p>
</article>
<section class="related"><h2>{CT_RELATED}</h2><ul>{li_links(rel, '/cases/r')}</ul></section>
<div class="ask-box"><p>{CT_ASK}</p><a class="btn" href="/ask">{CT_ASK_BTN}</a></div>
</main>
<aside class="rail"><section class="principles"><h3>{CT_PRINCIPLES}</h3><ul>{li_links(principles, '/principles/')}</ul></section>
<section class="laws"><h3>{CT_LAWS}</h3><ul>{laws}</ul></section></aside></div>
<footer class="site-foot"><p>{CT_FOOTER}</p></footer>
</body>
</html>'''
    without = [CT_MENU[5], CT_CARD, CT_COURTS[k % 4], CT_STATES[k % 4], f'{DAYS[hearing.weekday()]} {gulf_date(hearing)}', CT_PDF, CT_PDF_SIZE,
               CT_GLOSSARY, CT_DISCLAIMER, CT_ASK, CT_PRINCIPLES, CT_LAWS, CT_FOOTER] + [b for _, b in CT_TERMS] + CT_LAW_NAMES + \
        principles + rel[:2] + lines
    read_also = [] if odd else also
    return page, title, read_also, rel, without, {'updated': upd_day.isoformat() if upd_day else None}


# --- hugo: a static site built with Hugo -------------------------------------------------------------------
HG_SITE = 'المرفأ'
HG_HOST = 'https://almarfa.example'
HG_DESC = 'مجلة رقمية مستقلة تُكتب في مسقط وتُنشر بلا إعلانات'
HG_MENU = ['تقارير', 'تحليلات', 'الأرشيف', 'عن المرفأ', 'بحث']
HG_HOME = 'الرئيسية'
HG_SECTION = 'تقارير'
HG_AUTHORS = ['سلطان البلوشي', 'مها الحارثية', 'ناصر الرواحي', 'بشرى اللواتية']
HG_BY = 'بقلم'
HG_MINUTES = 'وقت القراءة المتوقع'
HG_MINUTE = 'دقيقة'
HG_WORDS = 'كلمة'
HG_SEE = 'انظر كذلك:'
HG_REVISED = 'تاريخ المراجعة الأخيرة:'
HG_TAG_WORDS = ['الخليج', 'العالم', 'سياسة', 'اقتصاد', 'مجتمع']
HG_RELATED = 'محتوى ذو صلة'
HG_PREV = 'السابق'
HG_NEXT = 'التالي'
HG_SECTION_LATEST = 'أحدث مواد القسم'
HG_RSS = 'تابع المرفأ عبر RSS'
HG_LICENSE = 'النصوص منشورة برخصة المشاع الإبداعي: نسب المصنف 4.0 الدولية'
HG_FOOTER = 'صُنع باستخدام Hugo وقالب PaperMod'


def render_hugo(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, latest, prev_next = others[:4], others[4:8], others[8:10]
    odd = k % 2 == 1
    pub = at(extra)
    author = HG_AUTHORS[k % 4]
    words = sum(len(p.split()) for p in paras)
    minutes = max(1, round(words / 200))
    tags = HG_TAG_WORDS[k % 3:k % 3 + 3]
    link = f'{HG_HOST}/posts/{day.year}/{slug}/'
    mod = pub
    upd_day, revised = None, ''
    if odd:
        mod = pub + datetime.timedelta(days=2, hours=5)
        upd_day = mod.date()
        commit = f'{0x3fa91c2 + 4099 * k:07x}'
        revised = (f'<div class="post-lastmod">{HG_REVISED} {upd_day.isoformat()} '
                   f'<a href="https://git.example/almarfa/site/commit/{commit}" rel="nofollow">({commit})</a></div>')
    body = []
    for i, p in enumerate(paras):
        body.append(f'<p>{esc(p)}</p>')
        if i == 0 and odd:
            body.append(f'<p><strong>{HG_SEE}</strong> <a href="/posts/{day.year}/also-{k}/">{esc(extra["also"])}</a></p>')
    tag_html = ''.join(f'<li><a href="/tags/{i}/">#{t}</a></li>' for i, t in enumerate(tags))
    desc = esc(opening_words(paras[0], 24))
    meta_line = f'{minutes} {HG_MINUTE}'
    word_line = f'{words} {HG_WORDS}'
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="robots" content="index, follow">
<title>{esc(title)} | {HG_SITE}</title>
<meta name="keywords" content="{', '.join(tags)}">
<meta name="description" content="{desc}">
<meta name="author" content="{author}">
<link rel="canonical" href="{link}">
<meta name="generator" content="Hugo 0.37.1" />
<link rel="alternate" type="application/rss+xml" href="{HG_HOST}/index.xml">
<meta property="og:title" content="{esc(title)}" />
<meta property="og:description" content="{desc}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{link}" />
<meta property="article:section" content="posts" />
<meta property="article:published_time" content="{iso_local(pub)}" />
<meta property="article:modified_time" content="{iso_local(mod)}" />
<meta name="twitter:card" content="summary"/>
<meta name="twitter:title" content="{esc(title)}"/>
<meta itemprop="name" content="{esc(title)}">
<meta itemprop="description" content="{desc}">
<meta itemprop="datePublished" content="{iso_local(pub)}" />
<meta itemprop="dateModified" content="{iso_local(mod)}" />
<meta itemprop="wordCount" content="{words}">
<meta itemprop="keywords" content="{','.join(tags)}" />
<link crossorigin="anonymous" href="/assets/css/stylesheet.6a98292fb8fa8cf0f3ba4042d4b75515c04267550f3ad49ff6271b5af9562443.css" rel="preload stylesheet" as="style">
</head>
<body class="list rtl" id="top">
<header class="header"><nav class="nav">
<div class="logo"><a href="{HG_HOST}/" accesskey="h" title="{HG_SITE} (Alt + H)">{HG_SITE}</a></div>
<ul id="menu">{''.join(f'<li><a href="/{i}/" title="{t}"><span>{t}</span></a></li>' for i, t in enumerate(HG_MENU))}</ul>
</nav></header>
<main class="main">
<article class="post-single">
<header class="post-header">
<div class="breadcrumbs"><a href="{HG_HOST}/">{HG_HOME}</a>&nbsp;»&nbsp;<a href="{HG_HOST}/posts/">{HG_SECTION}</a></div>
<h1 class="post-title">{esc(title)}</h1>
<div class="post-meta"><time datetime="{day.isoformat()}">{DAYS[day.weekday()]} {gulf_date(day)}</time>&nbsp;·&nbsp;<span>{HG_MINUTES}: {meta_line}</span>&nbsp;·&nbsp;<span>{word_line}</span>&nbsp;·&nbsp;<span>{HG_BY} {author}</span></div>
{revised}
</header>
<div class="post-content">{''.join(body)}</div>
<footer class="post-footer">
<ul class="post-tags">{tag_html}</ul>
<div class="related"><h2>{HG_RELATED}</h2><ul>{li_links(rel, '/posts/r')}</ul></div>
<nav class="paginav">
<a class="prev" href="/posts/p{k}/"><span class="title">« {HG_PREV}</span><br><span>{esc(prev_next[0])}</span></a>
<a class="next" href="/posts/n{k}/"><span class="title">{HG_NEXT} »</span><br><span>{esc(prev_next[1])}</span></a>
</nav>
</footer>
</article>
<aside class="section-latest"><h3>{HG_SECTION_LATEST}</h3><ul>{li_links(latest, '/posts/l')}</ul></aside>
</main>
<footer class="footer">
<span>{HG_LICENSE}</span> · <span>{HG_FOOTER}</span> · <a href="{HG_HOST}/index.xml">{HG_RSS}</a>
<p class="site-desc">{HG_DESC}</p>
</footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g">↑</a>
</body>
</html>'''
    without = [HG_MENU[3], f'{HG_MINUTES}: {meta_line}', word_line, f'{HG_BY} {author}', HG_RELATED, HG_SECTION_LATEST, HG_RSS,
               HG_LICENSE, HG_FOOTER, HG_DESC] + prev_next + latest + rel[:2] + ([f'{HG_REVISED} {upd_day.isoformat()}'] if odd else [])
    read_also = [extra['also']] if odd else []
    return page, title, read_also, rel, without, {'updated': upd_day.isoformat() if upd_day else None}


RENDER = {'gutenberg': render_gutenberg, 'instant': render_instant, 'flight': render_flight, 'adslots': render_adslots,
          'obits': render_obits, 'court': render_court, 'hugo': render_hugo}


render = renderer(RENDER, 'templates_set13.py', 13)


# --- the corpus and the driver ----------------------------------------------------------------------------
# The France24 and SkyNews files that a segmenter label named when the set was written (blind14
# included), frozen so that later labels do not shift the set's articles.
SEGMENTER_NAMED = frozenset((
    'FR-economy-75-20180808.txt', 'FR-internationalNews-1230-20180514.txt', 'FR-internationalNews-1242-20180514.txt',
    'FR-internationalNews-1662-20180606.txt', 'FR-middleEast-428-20180508.txt', 'FR-middleEast-446-20180512.txt',
    'FR-middleEast-581-20180604.txt', 'FR-middleEast-874-20180803.txt', 'FR-middleEast-96-20180303.txt',
    'FR-sport-154-20180615.txt', 'SK-economy-337-20180411.txt', 'SK-economy-77-20180227.txt',
    'SK-internationalNews-1454-20180509.txt', 'SK-internationalNews-1565-20180514.txt',
    'SK-middleEast-2769-20180705.txt', 'SK-middleEast-3307-20180809.txt', 'SK-sport-233-20180312.txt',
    'SK-sport-2376-20180802.txt', 'SK-sport-496-20180330.txt', 'SK-technology-594-20180506.txt'))


def usable_title(title):
    return 3 <= len(title.split()) <= 20 and not any(m in title for m in MARKERS)


def records(corpus):
    """Every record of CORPUS/ant-multisource/{France24,SkyNews}/*/*.txt in sorted path order, the files that a segmenter label
    names left out (templates_set12.trec_records)."""
    return trec_records(corpus, CORPUS_FOLDER, SOURCES, SEGMENTER_NAMED)


def article_of(rec):
    """(name, title, paragraphs) when the record is an article (see the docstring), else None."""
    lines = rec['lines']
    if not rec['when'] or not usable_title(rec['title']) or any(m in l for l in lines for m in MARKERS):
        return None
    paras = [l for l in lines if len(l.split()) >= 12]
    if len(paras) < 3:
        return None
    return rec['name'], rec['title'], paras[:8]


def following(recs, at_, title, n):
    """The titles (with their records' first lines) of the n records after recs[at_] (wrapping around) that are
    usable headlines, without `title`."""
    out, lead = [], {}
    for j in range(1, len(recs)):
        r = recs[(at_ + j) % len(recs)]
        t = r['title']
        if usable_title(t) and t != title and t not in lead:
            out.append(t)
            lead[t] = r['lines'][0] if r['lines'] else ''
            if len(out) == n:
                break
    return out, lead


def pick_articles(recs, need):
    """`need` (index, article) pairs, round robin over the set's folders (templates_set12.pick_articles)."""
    return shared_pick_articles(recs, need, article_of, 'templates_set13', CORPUS_FOLDER)


def main(argv=None):
    args = set_arguments(__doc__, 'templates_set13', KINDS, RENDER, CORPUS_FOLDER, argv)
    kinds = args.kinds
    recs = records(args.corpus)
    # Pages are counted over the whole set (kinds in KINDS order), so that --kinds picks the same articles.
    chosen = pick_articles(recs, args.per_kind * len(KINDS))
    rng = random.Random(20261214)
    bad = 0
    written = 0
    for n, kind in ((n, kind) for n, kind in enumerate(k for k in KINDS for _ in range(args.per_kind))):
        k = n % args.per_kind
        at_, art = chosen[n]
        heads, lead = following(recs, at_, art[1], 20)
        others = heads[:11]
        rng.shuffle(others)
        if kind not in kinds:
            continue
        local = recs[at_]['when'].astimezone(datetime.timezone(datetime.timedelta(hours=TZ_HOURS[kind])))
        extra = {'at': local, 'also': heads[11], 'also2': heads[12], 'more': heads[13:], 'lead': lead}
        name = f'{kind}-{k}'
        page, label, encoding = render(kind, art, others, extra, local.date().isoformat(), name, k)
        bad += write_page(args.out, name, page, label, encoding, art[2], 'templates_set13')
        written += 1
    print(f'{written} pages in {args.out}' + (f', {bad} problems' if bad else ''))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
