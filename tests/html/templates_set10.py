#!/usr/bin/env python3
"""Sealed HTML template set 10 (issue 14): seven more kinds of Arabic news pages, labelled by construction.

Written by a helper who did not change the HTML extractor's rules, did not read them, and never ran akhbar
on these pages: their first score, taken once after the session's rules are merged, measures the rules on
templates nobody looked at while writing them. None of these kinds is in make_templates.py or
templates_set5..9.py, and every chrome sentence is new wording (no chrome constant of the earlier sets is
imported). The kinds vary where the title and the dates come from and how the related list is shaped, and
each carries lists or links that look related but are not (latest posts, editors' picks, earlier
interviews, earlier episodes, the same section, today's press review, "read more" buttons, a link to the
original of a translation), so that precision is measured.

  jannah      WordPress Jannah (TieLabs) theme: today's date in the top bar, a "عاجل" breaking bar,
              category badge above h1.post-title, a relative "منذ N ساعات" date (even pages) or an
              absolute one with a visible "آخر تحديث" the next day (odd pages: the updated date);
              article:published_time in UTC (+00:00; on odd pages 01:2x local, the day before in UTC);
              an inline "اقرأ أيضًا:" line on even pages and the theme's sliding "شاهد أيضاً" box (both
              read-also); "مقالات ذات صلة" grid of cards whose thumbnail link holds the category name and
              whose meta holds a relative date (related), "الأكثر قراءة" widget (related), "أحدث ما
              نشرنا" widget and "اختيارات التحرير" picks (not related), author box, tags, comment form
  elementor   WordPress page built with Elementor Pro: nested elementor-widget-container divs, the
              menu twice (desktop and dropdown), the <h1> in an elementor-heading-title, a post-info list
              with the date as WordPress prints "F j, Y" ("مايو 12, 2024"), a Yoast JSON-LD @graph in UTC
              on odd pages only, an image caption, share buttons, previous/next post links (not related),
              "مواضيع مرتبطة" posts widget (related) and "جديد البوصلة" posts widget (not related), each
              card with an "اقرأ المزيد »" button, an author box and a newsletter popup in the DOM
  interview   a newspaper's Q&A interview: "حوار خاص" kicker, interviewer line, a guest card (name and
              post), an introduction then questions and answers ("س:" / "ج:" on even pages, bold "■"
              questions and bare answers on odd ones; the questions are the article's text, in
              body_with), a pull quote (not labelled), a dd-mm-yyyy date line and on odd pages a note of
              the print edition dated the next day (not the publication date), an "اقرأ أيضاً" box of
              two links between answers on even pages (read-also), "حوارات ذات صلة" (related), "حوارات
              سابقة" (earlier interviews of the section: not related)
  embeds      a social-media story: two embedded tweets inside the body (blockquote.twitter-tweet: another
              story's headline, the account and a date one or two days before the article's, in English
              on even pages and Arabic on odd ones), an Instagram embed (pages 0-1) or a YouTube iframe
              (pages 2-3), a screenshot caption; the date in <time datetime> and, on even pages, an
              update the same day; an inline "إقرأ ايضا:" line on odd pages (read-also); "المزيد عن هذه
              القضية" (related), "فيديوهات مختارة" and a trending-on-platforms box (not related)
  podcast     a podcast episode page of a news network: program card and breadcrumb, the episode's
              number and length, <audio> player, listen-on links, the article as "عن هذه الحلقة", the
              episode's chapters with timestamps, guest and credits lines (not the article); the date only
              in PodcastEpisode JSON-LD (a date-time on even pages, a bare date on odd ones), with a
              visible day and month without the year on even pages; "حلقات ذات صلة" (related, each with
              its episode number and length), earlier episodes of the program (not related)
  legacy      an old PHP portal in ISO-8859-6 (charset in <meta http-equiv>; characters outside it as
              character references): table layout, <font> tags, a marquee ticker, today's date in the
              header, the <h1> around a <font>, an "أضيف في: 2024/5/12" line (even pages) or a raw
              "2024-05-12 10:45:00" stamp (odd pages), <br><br> paragraphs (even) or <p><font> (odd),
              "أخبار لها علاقة" (related), "الأكثر قراءة" with its numbers in their own cells (related),
              "أخبار أخرى من نفس القسم" (not related), visitors counter and screen-resolution note
  translated  a translation of a foreign paper's report: "ترجمات" kicker, the original's English headline
              and paper under the <h1>, translator line, a visible date with a note of the original's
              earlier date (even pages) or only NewsArticle JSON-LD whose isBasedOn carries the
              original's earlier date (odd pages), a disclaimer, an "اقرأ التقرير الأصلي" link to the
              original (not read-also), "ترجمات ذات صلة" (related), today's foreign-press review (not)

Labels (the format of tests/html/labels): title (the <h1>), published (the local date), updated (the local
date, where the page shows or declares an update of the article), body_with = the opening of each paragraph
(for the interview also each question), body_without = visible chrome texts and other stories' headlines,
read_also, related (headed related and most-read lists only). Articles: make_templates.articles() after
skipping the first 1100: the corpus yields 1223 articles, so "after 1200" would leave 23 for 28 pages and
their other headlines; set 9 reads articles up to about the 1041st.

Usage: templates_set10.py OUT_DIR [--corpus DIR] [--per-kind 4] [--skip 1100] [--kinds a,b]
writes OUT_DIR/pages/KIND-N.html and OUT_DIR/labels/KIND-N.json, checks every labelled text against the
page's visible text with templates_set5's check() (its driver, templates_set5.drive(), is reused), checks
with templates_set9's link check that every read-also and related title is the whole text of a link and
that each label has the keys and types ../shared/eval/score.py reads, and checks that the page's elements
are balanced (every non-void element closed, in order).
"""
import datetime
import html.parser
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
# Helpers and calendar data only; no chrome sentence of the earlier sets.
from templates_set5 import DAYS, GULF_MONTHS, drive, esc, labelled_page  # noqa: E402
from templates_set9 import link_problems  # noqa: E402

KINDS = ('jannah', 'elementor', 'interview', 'embeds', 'podcast', 'legacy', 'translated')
LOCAL = datetime.timezone(datetime.timedelta(hours=3))


def anchors(items, href, cls=''):
    c = f' class="{cls}"' if cls else ''
    return ''.join(f'<li{c}><a href="{href}{i}">{esc(t)}</a></li>' for i, t in enumerate(items))


def ar_date(day):
    return f'{day.day} {GULF_MONTHS[day.month - 1]} {day.year}'


def before(day, n):
    return day - datetime.timedelta(days=n)


def utc_stamp(day, hour, minute):
    """The UTC form (+00:00, as Yoast prints it) of a local (+03:00) time on `day`."""
    local = datetime.datetime(day.year, day.month, day.day, hour, minute, tzinfo=LOCAL)
    return local.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%S+00:00')


def ps(paras, attrs=''):
    return ''.join(f'<p{attrs}>{esc(p)}</p>' for p in paras)


# --- jannah: WordPress Jannah (TieLabs) theme ---------------------------------------------------
JN_SITE = 'شبكة الأفق الإخبارية'
JN_MENU = ['الرئيسية', 'أخبار البلد', 'إقليمي ودولي', 'مال وأسواق', 'ملاعب', 'تكنولوجيا', 'صحة وجمال', 'فيديو']
JN_TOP_LINKS = ['من نحن', 'أعلن لدينا', 'راسل التحرير']
JN_BREAKING = 'عاجل'
JN_CATS = ['أخبار البلد', 'مال وأسواق', 'إقليمي ودولي', 'تكنولوجيا']
JN_AUTHORS = [('سلمى العتيبي', 'محررة الشؤون المحلية في الأفق، تتابع ملفات الخدمات والبلديات.'),
              ('ماجد الزهراني', 'صحافي يغطي الاقتصاد والأسواق الخليجية منذ عقد.'),
              ('هالة القحطاني', 'محررة أخبار المجتمع والتعليم، وكاتبة تقارير ميدانية.')]
JN_INLINE = 'اقرأ أيضًا:'
JN_READING = 'مدة القراءة'
JN_UPDATED = 'آخر تحديث'
JN_TAGS = 'الوسوم'
JN_SHARE = ['فيسبوك', 'منصة إكس', 'واتساب', 'تيليجرام', 'انسخ رابط الخبر']
JN_CHECK_ALSO = 'شاهد أيضاً'
JN_CLOSE = 'إغلاق'
JN_RELATED = 'مقالات ذات صلة'
JN_MOST = 'الأكثر قراءة'
JN_LATEST = 'أحدث ما نشرنا'
JN_PICKS = 'اختيارات التحرير'
JN_REPLY = 'أضف ردك على الخبر'
JN_REPLY_NOTE = 'لن ننشر بريدك الإلكتروني، والخانات المطلوبة معلّمة بعلامة *'
JN_SEND = 'أرسل الرد'
JN_FOOTER = 'حقوق النشر لشبكة الأفق الإخبارية، ولا يُسمح بإعادة النشر دون ذكر المصدر'
JN_BACK_TOP = 'العودة إلى أعلى الصفحة'


def render_jannah(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, most, breaking, latest, picks = others[:4], others[4:8], others[8:10], others[8:11], extra['teasers']
    check_also, inline = extra['inline2'], extra['next'][0]
    name, bio = JN_AUTHORS[k % len(JN_AUTHORS)]
    today = day + datetime.timedelta(days=3 + k)
    odd = k % 2 == 1
    if odd:  # 01:2x local: the day before in UTC; updated the next day
        published = utc_stamp(day, 1, 20 + k)
        upd_day = day + datetime.timedelta(days=1)
        modified = utc_stamp(upd_day, 11, 5)
        shown = f'{day.day} {GULF_MONTHS[day.month - 1]}، {day.year}'
        upd_html = (f'<span class="meta-item last-updated">{JN_UPDATED}: {upd_day.day} {GULF_MONTHS[upd_day.month - 1]}، '
                    f'{upd_day.year}</span>')
    else:
        published = modified = utc_stamp(day, 9, 10 + k)
        upd_day = None
        shown = f'منذ {3 + k} ساعات'
        upd_html = ''
    body = [f'<p>{esc(p)}</p>' for p in paras]
    read_also = [check_also]
    if not odd:
        body.insert(2, f'<p><strong>{JN_INLINE} </strong><a href="/{day.year}/{day.month:02d}/{slug}-also/">{esc(inline)}</a></p>')
        read_also = [inline, check_also]
    cards = ''.join(
        f'<div class="related-item tie-standard"><a aria-label="{esc(t)}" href="/news/{5400 + i}/" class="post-thumb">'
        f'<span class="post-cat-wrap"><span class="post-cat tie-cat-{11 + i}">{JN_CATS[i]}</span></span>'
        f'<img width="390" height="220" src="/wp-content/uploads/2024/05/r{i}-390x220.jpg" class="attachment-jannah-image-large" alt="{esc(t)}" /></a>'
        f'<h3 class="post-title"><a href="/news/{5400 + i}/">{esc(t)}</a></h3>'
        f'<div class="post-meta clearfix"><span class="date meta-item tie-icon">منذ {2 + 3 * i} أيام</span></div></div>'
        for i, t in enumerate(rel))
    most_html = ''.join(
        f'<li class="widget-single-post-item widget-post-list"><div class="post-widget-thumbnail"><a aria-label="{esc(t)}" href="/news/{5600 + i}/" class="post-thumb">'
        f'<span class="tie-number">{i + 1}</span><img src="/wp-content/uploads/m{i}.jpg" alt="{esc(t)}" /></a></div>'
        f'<div class="post-widget-body"><a class="post-title the-subtitle" href="/news/{5600 + i}/">{esc(t)}</a>'
        f'<div class="post-meta"><span class="meta-views meta-item"><span class="tie-icon-fire"></span> {9100 - 1300 * i}</span></div></div></li>'
        for i, t in enumerate(most))
    latest_html = ''.join(
        f'<li class="widget-single-post-item"><div class="post-widget-body"><a class="post-title the-subtitle" href="/news/{5700 + i}/">{esc(t)}</a>'
        f'<div class="post-meta"><span class="date meta-item tie-icon">منذ {20 + 15 * i} دقيقة</span></div></div></li>'
        for i, t in enumerate(latest))
    picks_html = ''.join(
        f'<div class="slide tie-standard"><a href="/news/{5800 + i}/" class="all-over-thumb-link" aria-label="{esc(t)}"></a>'
        f'<div class="thumb-overlay"><div class="thumb-content"><h2 class="thumb-title"><a href="/news/{5800 + i}/">{esc(t)}</a></h2></div></div></div>'
        for i, t in enumerate(picks))
    tags = [JN_CATS[k % 4], 'أخبار اليوم', 'تقارير الأفق']
    page = f'''<!DOCTYPE html>
<html dir="rtl" lang="ar" data-skin="light"><head><meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{esc(title)} - {JN_SITE}</title>
<meta name="robots" content="index, follow, max-image-preview:large" />
<meta property="og:locale" content="ar_AR" /><meta property="og:type" content="article" />
<meta property="og:title" content="{esc(title)} - {JN_SITE}" /><meta property="og:site_name" content="{JN_SITE}" />
<meta property="article:published_time" content="{published}" /><meta property="article:modified_time" content="{modified}" />
<meta name="author" content="{name}" />
<link rel="stylesheet" id="tie-css-base-css" href="/wp-content/themes/jannah/assets/css/base.min.css?ver=7.1.0" type="text/css" media="all" />
<script type="text/javascript">var tie = {{"is_rtl":"1","ajaxurl":"/wp-admin/admin-ajax.php","lazyload":"true"}};</script></head>
<body id="tie-body" class="rtl post-template-default single single-post postid-{3700 + k} single-format-standard wrapper-has-shadow block-head-4 magazine2 is-thumb-overlay-disabled is-desktop is-header-layout-3 sidebar-left has-sidebar post-layout-1 narrow-title-narrow-media">
<div class="background-overlay"><div id="tie-container" class="site tie-container"><div id="tie-wrapper">
<nav id="top-nav" class="has-date-breaking-components top-nav header-nav has-breaking-news" aria-label="الشريط العلوي"><div class="container"><div class="topbar-wrapper">
<div class="topbar-today-date tie-icon">{DAYS[today.weekday()]}، {ar_date(today)}</div>
<div class="tie-alignleft"><div class="breaking controls-is-active"><span class="breaking-title"><span class="tie-icon-bolt breaking-icon" aria-hidden="true"></span><span class="breaking-title-text">{JN_BREAKING}</span></span>
<ul id="breaking-news-in-header" class="breaking-news" data-type="reveal">{''.join(f'<li class="news-item"><a href="/news/{5900 + i}/">{esc(t)}</a></li>' for i, t in enumerate(breaking))}</ul></div></div>
<div class="tie-alignright"><ul class="components">{anchors(JN_TOP_LINKS, '/page/')}</ul></div></div></div></nav>
<header id="theme-header" class="theme-header header-layout-3 main-nav-dark main-nav-default-dark main-nav-below"><div class="container header-container"><div class="tie-row logo-row">
<div class="logo-wrapper"><div class="tie-col-md-4 logo-container clearfix"><div id="logo" class="image-logo"><a title="{JN_SITE}" href="/"><picture class="tie-logo-default tie-logo-picture"><img class="tie-logo-img-default tie-logo-img" src="/wp-content/uploads/logo.png" alt="{JN_SITE}" width="300" height="60" /></picture></a></div></div></div></div></div>
<div class="main-nav-wrapper"><nav id="main-nav" class="main-nav header-nav" aria-label="القائمة الرئيسية"><div class="container"><div class="main-menu-wrapper"><div id="menu-components-wrap"><div class="main-menu main-menu-wrap tie-alignleft"><div id="main-nav-menu" class="main-menu header-menu"><ul id="menu-main" class="menu">{anchors(JN_MENU, '/category/c', 'menu-item menu-item-type-taxonomy')}</ul></div></div></div></div></div></nav></div></header>
<div id="content" class="site-content container"><div id="main-content-row" class="tie-row main-content-row">
<div class="main-content tie-col-md-8 tie-col-xs-12" role="main">
<article id="the-post" class="container-wrapper post-content tie-standard">
<header class="entry-header-outer"><nav id="breadcrumb"><a href="/"><span class="tie-icon-home" aria-hidden="true"></span> {JN_MENU[0]}</a><em class="delimiter">/</em><a href="/category/c{1 + k % 3}">{JN_CATS[k % 4]}</a><em class="delimiter">/</em><span class="current">{esc(title)}</span></nav>
<div class="entry-header"><span class="post-cat-wrap"><a class="post-cat tie-cat-{11 + k % 4}" href="/category/c{1 + k % 3}">{JN_CATS[k % 4]}</a></span>
<h1 class="post-title entry-title">{esc(title)}</h1>
<div class="single-post-meta post-meta clearfix"><span class="author-meta single-author with-avatars"><span class="meta-item meta-author-wrapper meta-author-{k}">
<span class="meta-author-avatar"><a href="/author/a{k % 3}/"><img alt="صورة {name}" src="/avatars/{k % 3}.jpg" class="avatar avatar-140 photo" height="140" width="140" /></a></span>
<span class="meta-author"><a href="/author/a{k % 3}/" class="author-name tie-icon" title="{name}">{name}</a></span></span></span>
<span class="date meta-item tie-icon">{shown}</span>{upd_html}
<div class="tie-alignright"><span class="meta-views meta-item warm"><span class="tie-icon-fire" aria-hidden="true"></span> {1200 + 211 * k} </span>
<span class="meta-reading-time meta-item"><span class="tie-icon-bookmark" aria-hidden="true"></span> {JN_READING}: {2 + k} دقائق</span></div></div></div></header>
<div class="featured-area"><div class="featured-area-inner"><figure class="single-featured-image"><img width="780" height="470" src="/wp-content/uploads/2024/05/{slug}.jpg" class="attachment-jannah-image-post size-jannah-image-post wp-post-image" alt="" /></figure></div></div>
<div class="entry-content entry clearfix">
<div class="stream-item stream-item-above-post-content"><div class="stream-item-size"><ins class="adsbygoogle" style="display:block" data-ad-slot="{4410 + k}"></ins></div></div>
{''.join(body)}
<div class="post-bottom-meta post-bottom-tags post-tags-modern"><div class="post-bottom-meta-title"><span class="tie-icon-tags" aria-hidden="true"></span> {JN_TAGS}</div><span class="tagcloud">{' '.join(f'<a href="/tag/t{i}/" rel="tag">{t}</a>' for i, t in enumerate(tags))}</span></div>
</div>
<div id="share-buttons-bottom" class="share-buttons share-buttons-bottom"><div class="share-links share-centered icons-text">{''.join(f'<a href="#" rel="external noopener nofollow" class="share-btn share-{i}"><span class="share-btn-icon tie-icon-{i}"></span> <span class="social-text">{t}</span></a>' for i, t in enumerate(JN_SHARE))}</div></div>
</article>
<div class="post-components">
<div class="about-author container-wrapper about-author-{k}"><div class="author-avatar"><a href="/author/a{k % 3}/"><img alt="صورة {name}" src="/avatars/{k % 3}.jpg" class="avatar" height="180" width="180" /></a></div>
<div class="author-info"><h3 class="author-name"><a href="/author/a{k % 3}/">{name}</a></h3><div class="author-bio">{bio}</div></div><div class="clearfix"></div></div>
<div id="related-posts" class="container-wrapper has-extra-post"><div class="mag-box-title the-global-title"><h3>{JN_RELATED}</h3></div>
<div class="related-posts-list">{cards}</div></div>
<div id="comments" class="comments-area"><div id="add-comment-block" class="container-wrapper"><div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title the-global-title">{JN_REPLY}</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">{JN_REPLY_NOTE}</p>
<p class="comment-form-comment"><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="{JN_SEND}" /></p></form></div></div></div>
</div>
<div id="check-also-box" class="container-wrapper check-also-right"><div class="widget-title the-global-title"><div class="the-subtitle">{JN_CHECK_ALSO}</div>
<a href="#" id="check-also-close" class="remove"><span class="screen-reader-text">{JN_CLOSE}</span></a></div>
<div class="widget posts-list-big-first has-first-big-post"><ul class="posts-list-items"><li class="widget-single-post-item widget-post-list tie-standard">
<div class="post-widget-thumbnail"><a aria-label="{esc(check_also)}" href="/news/{5500 + k}/" class="post-thumb"><img src="/wp-content/uploads/ca{k}.jpg" alt="" /></a></div>
<div class="post-widget-body"><a class="post-title the-subtitle" href="/news/{5500 + k}/">{esc(check_also)}</a>
<div class="post-meta"><span class="date meta-item tie-icon">منذ يومين</span></div></div></li></ul></div></div>
</div>
<aside class="sidebar tie-col-md-4 tie-col-xs-12 normal-side is-sticky" aria-label="القائمة الجانبية"><div class="theiaStickySidebar">
<div id="posts-list-widget-2" class="container-wrapper widget posts-list"><div class="widget-title the-global-title"><div class="the-subtitle">{JN_MOST}</div></div>
<div class="widget-posts-list-wrapper"><div class="widget-posts-list-container posts-list-counter"><ul class="posts-list-items widget-posts-wrapper">{most_html}</ul></div></div></div>
<div id="posts-list-widget-3" class="container-wrapper widget posts-list"><div class="widget-title the-global-title"><div class="the-subtitle">{JN_LATEST}</div></div>
<div class="widget-posts-list-wrapper"><ul class="posts-list-items">{latest_html}</ul></div></div>
</div></aside></div></div>
<section id="tie-block_1" class="slider-area mag-box"><div class="mag-box-title the-global-title"><h3>{JN_PICKS}</h3></div><div class="tie-slick-slider">{picks_html}</div></section>
<footer id="footer" class="site-footer dark-skin"><div id="site-info" class="site-info"><div class="container"><div class="copyright-text copyright-text-first">{JN_FOOTER} © {day.year}</div>
<ul class="social-icons"><li><a href="https://facebook.com/ofoq" rel="external noopener nofollow"><span class="screen-reader-text">فيسبوك</span></a></li></ul></div></div></footer>
<a id="go-to-top" class="go-to-top-button" href="#go-to-tie-body"><span class="tie-icon-angle-up"></span><span class="screen-reader-text">{JN_BACK_TOP}</span></a>
</div></div></div>
<script type="text/javascript" src="/wp-content/themes/jannah/assets/js/scripts.min.js?ver=7.1.0" id="tie-scripts-js"></script></body></html>'''
    without = [JN_MENU[2], JN_TOP_LINKS[1], f'{DAYS[today.weekday()]}، {ar_date(today)}', f'{JN_READING}: {2 + k} دقائق', JN_TAGS,
               JN_SHARE[4], bio, JN_REPLY, JN_REPLY_NOTE, JN_LATEST, JN_PICKS, JN_FOOTER, JN_BACK_TOP, tags[1]] + \
        breaking + latest + picks + rel[:2] + most[:2]
    info = {'updated': upd_day.isoformat() if upd_day else None}
    return page, title, read_also, rel + most, without, info


# --- elementor: a WordPress page built with Elementor Pro ---------------------------------------
EL_SITE = 'منصة البوصلة'
EL_MENU = ['الرئيسية', 'شؤون عربية', 'العالم', 'أعمال', 'علوم', 'ثقافة', 'رياضة', 'تواصل معنا']
EL_AUTHORS = [('طارق بن سالم', 'صحافي وباحث في الشؤون العربية، عمل في غرف أخبار بالقاهرة وتونس.'),
              ('دينا مصطفى', 'محررة في قسم الأعمال، تكتب عن الشركات الناشئة والتجارة الإلكترونية.'),
              ('يوسف المراغي', 'كاتب تقارير علمية، مهتم بالمناخ والطاقة المتجددة.')]
EL_NO_COMMENTS = 'لا توجد تعليقات'
EL_READ_TIME = 'وقت القراءة'
EL_CAPTION = 'صورة تعبيرية - من أرشيف البوصلة'
EL_SHARE_HEAD = 'شارك المقال مع أصدقائك'
EL_SHARE = ['فيسبوك', 'إكس', 'لينكدإن', 'واتساب']
EL_PREV = 'المقال السابق'
EL_NEXT = 'المقال التالي'
EL_RELATED = 'مواضيع مرتبطة'
EL_LATEST = 'جديد البوصلة'
EL_READ_MORE = 'اقرأ المزيد »'
EL_POPUP = 'لا تفوّت جديدنا: اشترك في رسالتنا البريدية الأسبوعية'
EL_POPUP_BTN = 'سجّلني'
EL_FOOTER = 'البوصلة منصة إعلامية تعنى بالشأن العربي، صُنعت بحب في القاهرة'


def el_date(day):
    """WordPress's "F j, Y" in Arabic."""
    return f'{GULF_MONTHS[day.month - 1]} {day.day}, {day.year}'


def el_widget(name, inner, eid):
    return (f'<div class="elementor-element elementor-element-{eid} elementor-widget elementor-widget-{name}" data-id="{eid}" '
            f'data-element_type="widget" data-widget_type="{name}.default"><div class="elementor-widget-container">{inner}</div></div>')


def el_container(inner, eid, cls=''):
    return (f'<div class="elementor-element elementor-element-{eid} e-flex e-con-boxed e-con e-parent {cls}" data-id="{eid}" '
            f'data-element_type="container"><div class="e-con-inner">{inner}</div></div>')


def el_posts(items, day, base, eid):
    cards = ''.join(
        f'<article class="elementor-post elementor-grid-item post-{base + i} post type-post status-publish format-standard has-post-thumbnail">'
        f'<a class="elementor-post__thumbnail__link" href="/{base + i}/" tabindex="-1"><div class="elementor-post__thumbnail"><img width="300" height="200" src="/wp-content/uploads/{base + i}.jpg" alt="" /></div></a>'
        f'<div class="elementor-post__text"><h3 class="elementor-post__title"><a href="/{base + i}/">{esc(t)}</a></h3>'
        f'<div class="elementor-post__meta-data"><span class="elementor-post-date">{el_date(before(day, 2 + 3 * i))}</span></div>'
        f'<a class="elementor-post__read-more" href="/{base + i}/" aria-label="اقرأ المزيد عن {esc(t)}" tabindex="-1">{EL_READ_MORE}</a></div></article>'
        for i, t in enumerate(items))
    return el_widget('posts', f'<div class="elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid">{cards}</div>', eid)


def render_elementor(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, latest = others[:4], others[4:8]
    prev_t, next_t = extra['teasers'][0], extra['teasers'][1]
    name, bio = EL_AUTHORS[k % len(EL_AUTHORS)]
    head_ld = ''
    if k % 2:
        url = f'https://bousla.example/{slug}/'
        ld = {'@context': 'https://schema.org', '@graph': [
            {'@type': 'Article', '@id': url + '#article', 'isPartOf': {'@id': url}, 'author': {'name': name, '@id': 'https://bousla.example/#/person/' + str(k)},
             'headline': title, 'datePublished': f'{day.isoformat()}T08:15:00+00:00', 'dateModified': f'{day.isoformat()}T08:15:00+00:00',
             'mainEntityOfPage': {'@id': url}, 'publisher': {'@id': 'https://bousla.example/#organization'}, 'inLanguage': 'ar'},
            {'@type': 'WebPage', '@id': url, 'url': url, 'name': f'{title} - {EL_SITE}', 'datePublished': f'{day.isoformat()}T08:15:00+00:00',
             'breadcrumb': {'@id': url + '#breadcrumb'}, 'inLanguage': 'ar'},
            {'@type': 'Organization', '@id': 'https://bousla.example/#organization', 'name': EL_SITE, 'url': 'https://bousla.example/'}]}
        head_ld = f'<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(ld, ensure_ascii=False)}</script>'
    menu = ''.join(f'<li class="menu-item menu-item-type-taxonomy menu-item-{900 + i}"><a href="/category/{i}/" class="elementor-item">{t}</a></li>' for i, t in enumerate(EL_MENU))
    menu_drop = ''.join(f'<li class="menu-item menu-item-type-taxonomy menu-item-{900 + i}"><a href="/category/{i}/" class="elementor-item" tabindex="-1">{t}</a></li>' for i, t in enumerate(EL_MENU))
    header = el_container(
        el_widget('theme-site-logo', f'<a href="/"><img width="220" height="64" src="/wp-content/uploads/bousla-logo.png" alt="{EL_SITE}" /></a>', 'a11f0c2') +
        el_widget('nav-menu', f'<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline">'
                  f'<ul id="menu-1-a2b" class="elementor-nav-menu">{menu}</ul></nav><div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="تبديل القائمة"></div>'
                  f'<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true"><ul id="menu-2-a2b" class="elementor-nav-menu">{menu_drop}</ul></nav>', 'b7e31d9'),
        '4c1e0a7', 'elementor-location-header')
    info = (f'<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">'
            f'<li class="elementor-icon-list-item elementor-repeater-item-5f1 elementor-inline-item" itemprop="author"><a href="/author/a{k % 3}/">'
            f'<span class="elementor-icon-list-icon"><i aria-hidden="true" class="far fa-user-circle"></i></span><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">{name}</span></a></li>'
            f'<li class="elementor-icon-list-item elementor-repeater-item-6a2 elementor-inline-item" itemprop="datePublished"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-calendar"></i></span>'
            f'<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date"><time>{el_date(day)}</time></span></li>'
            f'<li class="elementor-icon-list-item elementor-repeater-item-7b3 elementor-inline-item" itemprop="commentCount"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-comments">{EL_NO_COMMENTS}</span></li></ul>')
    share = ''.join(f'<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_{i}" role="button" tabindex="0" aria-label="مشاركة على {t}">'
                    f'<span class="elementor-share-btn__icon"><i class="fab fa-{i}" aria-hidden="true"></i></span><div class="elementor-share-btn__text"><span class="elementor-share-btn__title">{t}</span></div></div></div>'
                    for i, t in enumerate(EL_SHARE))
    nav = (f'<div class="elementor-post-navigation"><div class="elementor-post-navigation__prev elementor-post-navigation__link"><a href="/{7100 + k}/" rel="prev">'
           f'<span class="post-navigation__prev--label">{EL_PREV}</span>\n<span class="post-navigation__prev--title">{esc(prev_t)}</span></a></div>'
           f'<div class="elementor-post-navigation__separator-wrapper"><div class="elementor-post-navigation__separator"></div></div>'
           f'<div class="elementor-post-navigation__next elementor-post-navigation__link"><a href="/{7200 + k}/" rel="next">'
           f'<span class="post-navigation__next--label">{EL_NEXT}</span>\n<span class="post-navigation__next--title">{esc(next_t)}</span></a></div></div>')
    author_box = (f'<div class="elementor-author-box"><a href="/author/a{k % 3}/" class="elementor-author-box__avatar"><img src="/avatars/el{k % 3}.jpg" alt="{name}" loading="lazy" /></a>'
                  f'<div class="elementor-author-box__text"><a href="/author/a{k % 3}/"><h4 class="elementor-author-box__name">{name}</h4></a>'
                  f'<div class="elementor-author-box__bio">{bio}</div></div></div>')
    single = el_container(
        el_container(
            el_widget('theme-post-title', f'<h1 class="elementor-heading-title elementor-size-default">{esc(title)}</h1>', '1d0e4f3') +
            el_widget('post-info', info, '2e9a771') +
            el_widget('text-editor', f'<p>{EL_READ_TIME}: {3 + k} دقائق</p>', '33b1c05') +
            el_widget('theme-post-featured-image', f'<figure class="wp-caption"><img width="800" height="450" src="/wp-content/uploads/2024/05/{slug}.jpg" class="attachment-large size-large wp-image-{8800 + k}" alt="" />'
                      f'<figcaption class="widget-image-caption wp-caption-text">{EL_CAPTION}</figcaption></figure>', '4f2c6a8') +
            el_widget('theme-post-content', ps(paras), '5a7d3e1') +
            el_widget('heading', f'<h2 class="elementor-heading-title elementor-size-default">{EL_SHARE_HEAD}</h2>', '6c3b9f2') +
            el_widget('share-buttons', f'<div class="elementor-grid">{share}</div>', '7d4e0a3') +
            el_widget('post-navigation', nav, '8e5f1b4') +
            el_widget('author-box', author_box, '9f6a2c5'), 'a07b3d6', 'e-child') +
        el_container(
            el_widget('heading', f'<h2 class="elementor-heading-title elementor-size-default">{EL_RELATED}</h2>', 'b18c4e7') +
            el_posts(rel, day, 7300, 'c29d5f8') +
            el_widget('heading', f'<h2 class="elementor-heading-title elementor-size-default">{EL_LATEST}</h2>', 'd3ae6a9') +
            el_posts(latest, day + datetime.timedelta(days=4), 7400, 'e4bf7ba'), 'f5c08cb', 'e-child'),
        '06d19dc')
    popup = (f'<div data-elementor-type="popup" data-elementor-id="{990 + k}" class="elementor elementor-{990 + k} elementor-location-popup" '
             f'data-elementor-settings="{{&quot;triggers&quot;:{{&quot;scrolling&quot;:&quot;yes&quot;}}}}">'
             + el_container(el_widget('heading', f'<h3 class="elementor-heading-title elementor-size-default">{EL_POPUP}</h3>', '17e2aed') +
                            el_widget('form', f'<form class="elementor-form" method="post" name="newsletter"><input type="email" name="form_fields[email]" placeholder="بريدك الإلكتروني" />'
                                      f'<button type="submit" class="elementor-button"><span class="elementor-button-text">{EL_POPUP_BTN}</span></button></form>', '28f3bfe'), '39a4c0f')
             + '</div>')
    page = f'''<!doctype html>
<html dir="rtl" lang="ar"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - {EL_SITE}</title><meta property="og:title" content="{esc(title)}" /><meta property="og:type" content="article" />
{head_ld}<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend-rtl.min.css?ver=3.21.4" media="all" />
<link rel="stylesheet" id="elementor-post-{4200 + k}-css" href="/wp-content/uploads/elementor/css/post-{4200 + k}.css" media="all" /></head>
<body class="rtl post-template-default single single-post postid-{4200 + k} single-format-standard elementor-default elementor-template-full-width elementor-kit-6 elementor-page-812">
<a class="skip-link screen-reader-text" href="#content">تخطّ إلى المحتوى</a>
<div data-elementor-type="header" data-elementor-id="41" class="elementor elementor-41 elementor-location-header" data-elementor-post-type="elementor_library">{header}</div>
<div data-elementor-type="single-post" data-elementor-id="812" class="elementor elementor-812 elementor-location-single post-{4200 + k} post type-post status-publish format-standard has-post-thumbnail hentry" data-elementor-post-type="elementor_library">{single}</div>
<div data-elementor-type="footer" data-elementor-id="57" class="elementor elementor-57 elementor-location-footer" data-elementor-post-type="elementor_library">{el_container(el_widget('text-editor', f'<p>{EL_FOOTER} © {day.year}</p>', '4ab5d10'), '5bc6e21')}</div>
{popup}
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4" id="elementor-frontend-js"></script></body></html>'''
    without = [EL_MENU[1], EL_NO_COMMENTS, f'{EL_READ_TIME}: {3 + k} دقائق', EL_CAPTION, EL_SHARE_HEAD, EL_PREV, EL_NEXT, prev_t, next_t,
               bio, EL_LATEST, EL_READ_MORE, EL_POPUP, EL_FOOTER] + latest + rel[:2]
    return page, title, [], rel, without, {}


# --- interview: a newspaper's question-and-answer interview ---------------------------------------
IV_SITE = 'صحيفة الميثاق'
IV_MENU = ['الأولى', 'محليات', 'حوارات', 'اقتصاد', 'دوليات', 'ثقافة', 'الأخيرة']
IV_KICKER = 'حوار خاص'
IV_BY = 'أجرى الحوار'
IV_INTERVIEWERS = ['نوف الدوسري', 'بندر العمري', 'أمل الجهني', 'سعود المطيري']
IV_GUEST = 'ضيف الحوار'
IV_GUESTS = [('م. عبد الله الشهري', 'رئيس مجلس إدارة جمعية المهندسين'), ('د. ليلى الحربي', 'مديرة مركز الدراسات الاجتماعية'),
             ('خالد الرويلي', 'الرئيس التنفيذي لإحدى شركات التطوير'), ('د. فيصل الغامدي', 'أستاذ السياسات العامة')]
IV_QUESTIONS = ['بدايةً، كيف تصفون المرحلة التي تمرون بها اليوم؟',
                'ما الذي تغيّر فعلياً على الأرض خلال الأشهر الأخيرة؟',
                'يرى منتقدون أن الخطوات جاءت متأخرة، فبماذا تردون؟',
                'وما حجم الدعم الذي تلقيتموه من الجهات المعنية؟',
                'هل لديكم أرقام محددة تقيسون بها ما تحقق حتى الآن؟',
                'ما العقبات التي لا تزال قائمة برأيكم؟',
                'وماذا تعدون به في الفترة المقبلة؟',
                'كلمة أخيرة تودون توجيهها في ختام هذا اللقاء؟']
IV_PUBLISHED = 'نُشر في'
IV_PRINT_NOTE = 'نُشر هذا الحوار في النسخة الورقية، العدد'
IV_ALSO = 'اقرأ أيضاً'
IV_TOOLS = ['طباعة الحوار', 'تكبير الخط', 'تصغير الخط']
IV_TICKER = 'شريط الأخبار'
IV_RELATED = 'حوارات ذات صلة'
IV_EARLIER = 'حوارات سابقة'
IV_COMMENT_RULE = 'التعليقات المنشورة تعبّر عن أصحابها، ونحتفظ بحق حذف ما يتضمن إساءة أو تحريضاً'
IV_FOOTER = 'صحيفة الميثاق اليومية، تصدر عن مؤسسة الميثاق للصحافة والنشر'


def render_interview(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, earlier, ticker = others[:4], others[4:8], others[8]
    also = extra['teasers'][:2]
    interviewer = IV_INTERVIEWERS[k % len(IV_INTERVIEWERS)]
    guest, post = IV_GUESTS[k % len(IV_GUESTS)]
    odd = k % 2 == 1
    shown = [paras[0]]
    blocks = [f'<p class="intro">{esc(paras[0])}</p>']
    for i, a in enumerate(paras[1:]):
        q = IV_QUESTIONS[i]
        shown += [q, a]
        if odd:
            blocks += [f'<p class="question"><b>■ {esc(q)}</b></p>', f'<p>{esc(a)}</p>']
        else:
            blocks += [f'<p class="q"><strong>س: {esc(q)}</strong></p>', f'<p class="a"><strong>ج:</strong> {esc(a)}</p>']
        if i == 0:
            blocks.append(f'<blockquote class="pullquote"><p>«{esc(" ".join(a.split()[:10]))}»</p></blockquote>')
        if i == 1 and not odd:
            blocks.append(f'<div class="also-box"><h4>{IV_ALSO}</h4><ul>{anchors(also, "/interviews/also-")}</ul></div>')
    read_also = [] if odd else also  # articles have 3 paragraphs or more: the box always follows a 2nd answer
    print_day = day + datetime.timedelta(days=1)
    print_note = f'{IV_PRINT_NOTE} {7310 + k} بتاريخ {print_day.day:02d}-{print_day.month:02d}-{print_day.year}'
    date_line = f'{IV_PUBLISHED}: {day.day:02d}-{day.month:02d}-{day.year} | {9 + k:02d}:30 ص'
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{esc(title)} | {IV_SITE}</title>
<meta name="description" content="{esc(' '.join(paras[0].split()[:25]))}"><meta property="og:title" content="{esc(title)}">
<meta property="og:site_name" content="{IV_SITE}"><link rel="stylesheet" href="/assets/mithaq.css"></head>
<body class="article interview"><header class="mast"><div class="mast-logo"><a href="/">{IV_SITE}</a></div>
<nav class="mast-nav"><ul>{anchors(IV_MENU, '/section/')}</ul></nav></header>
<div class="news-strip"><span class="strip-label">{IV_TICKER}</span> <a href="/news/{6100 + k}">{esc(ticker)}</a></div>
<div class="page-grid"><main class="story">
<div class="kicker"><a href="/section/2">{IV_KICKER}</a></div>
<h1 class="story-title">{esc(title)}</h1>
<div class="story-byline"><span class="by">{IV_BY}: {interviewer}</span> <span class="date">{date_line}</span></div>
<div class="story-tools">{' | '.join(f'<a href="#" class="tool-{i}">{t}</a>' for i, t in enumerate(IV_TOOLS))}</div>
<div class="guest-card"><img src="/guests/{slug}.jpg" alt="{guest}"><div class="guest-info"><span class="guest-label">{IV_GUEST}</span>
<strong class="guest-name">{guest}</strong> <span class="guest-post">{post}</span></div></div>
<div class="story-body">{''.join(blocks)}</div>
{f'<p class="print-note">{print_note}</p>' if odd else ''}
<section class="rel-interviews"><h2>{IV_RELATED}</h2><ul>{anchors(rel, '/interviews/r')}</ul></section>
<div class="comments-box"><p class="rule">{IV_COMMENT_RULE}</p><textarea name="c"></textarea><button>نشر التعليق</button></div>
</main>
<aside class="rail"><section class="earlier"><h3>{IV_EARLIER}</h3><ul>{anchors(earlier, '/interviews/e')}</ul></section></aside></div>
<footer class="foot"><p>{IV_FOOTER}</p></footer></body></html>'''
    without = [IV_MENU[4], IV_TICKER, ticker, f'{IV_BY}: {interviewer}', IV_TOOLS[0], IV_GUEST, guest, post, IV_EARLIER,
               IV_COMMENT_RULE, IV_FOOTER] + earlier + rel[:2] + ([print_note] if odd else [])
    return page, title, shown, read_also, rel, without, {}


# --- embeds: a story told with embedded posts --------------------------------------------------------
SO_SITE = 'بوابة الشاشة'
SO_MENU = ['الرئيسية', 'ترند', 'سياسة', 'رياضة', 'فن', 'تقنية', 'فيديو']
SO_EDITOR = 'تحرير'
SO_EDITORS = ['منار الصالح', 'عمرو فؤاد', 'جنى الأيوبي', 'باسل حمدان']
SO_UPDATED = 'آخر تحديث'
SO_CAPTION = 'الصورة: لقطة شاشة من مقطع متداول على المنصات'
SO_ACCOUNTS = [('الوكالة الوطنية للأنباء', 'natl_newsagency'), ('مرصد المنصات', 'platforms_watch')]
SO_INSTA_VIEW = 'عرض هذا المنشور على إنستغرام'
SO_INSTA_BY = 'منشور مشترك بواسطة'
SO_INSTA_NAMES = [('نادي الشباب الرياضي', 'youth_club_official'), ('حديقة المدينة', 'city_garden')]
SO_INLINE = 'إقرأ ايضا:'
SO_SHARE = 'شارك الخبر على'
SO_RELATED = 'المزيد عن هذه القضية'
SO_VIDEOS = 'فيديوهات مختارة'
SO_TRENDING = 'الأكثر تداولاً على المنصات'
SO_FOLLOW = 'حساباتنا على المنصات الاجتماعية'
SO_FOOTER = 'بوابة الشاشة: أخبار المنصات الرقمية كما تحدث'
EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']


def render_embeds(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, trending, tweets, videos = others[:4], others[4:8], others[8:10], extra['teasers']
    editor = SO_EDITORS[k % len(SO_EDITORS)]
    odd = k % 2 == 1
    pub = f'{day.isoformat()}T{14 + k % 3}:05:00+03:00'

    def tweet_date(d):
        return f'{d.day} {GULF_MONTHS[d.month - 1]} {d.year}' if odd else f'{EN_MONTHS[d.month - 1]} {d.day}, {d.year}'

    def tweet(i):
        name, handle = SO_ACCOUNTS[i]
        d = before(day, i + 1)
        lang = 'ar' if odd else 'en'
        return (f'<blockquote class="twitter-tweet" data-lang="{lang}" data-dnt="true"><p lang="ar" dir="rtl">{esc(tweets[i])} '
                f'<a href="https://t.co/Q{k}x{i}Z">pic.twitter.com/Q{k}x{i}Z</a></p>&mdash; {name} (@{handle}) '
                f'<a href="https://twitter.com/{handle}/status/17895{k}{i}0021?ref_src=twsrc%5Etfw">{tweet_date(d)}</a></blockquote>'
                f'<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>')

    iname, ihandle = SO_INSTA_NAMES[k % 2]
    insta = (f'<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/C6x{k}Ab/?utm_source=ig_embed" data-instgrm-version="14">'
             f'<div style="padding:16px;"><a href="https://www.instagram.com/p/C6x{k}Ab/?utm_source=ig_embed" target="_blank">'
             f'<div style="padding:19% 0;"></div><div style="padding-top:8px;"><div style="color:#3897f0;font-weight:600;line-height:18px;">{SO_INSTA_VIEW}</div></div></a>'
             f'<p style="margin:8px 0 0 0;text-align:center;"><a href="https://www.instagram.com/p/C6x{k}Ab/?utm_source=ig_embed" target="_blank">{SO_INSTA_BY} {iname} (@{ihandle})</a></p></div></blockquote>'
             f'<script async src="//www.instagram.com/embed.js"></script>')
    youtube = (f'<figure class="wp-block-embed is-type-video is-provider-youtube"><div class="wp-block-embed__wrapper">'
               f'<iframe width="640" height="360" src="https://www.youtube.com/embed/dQ{k}w4Xq?feature=oembed" frameborder="0" allowfullscreen title="YouTube video player"></iframe></div></figure>')
    # after which paragraph each embed goes: the 1st tweet after the 2nd paragraph, the Instagram post or the
    # video after the 3rd, the 2nd tweet before the last paragraph (all after the 2nd one in a 3-paragraph text)
    n = len(paras)
    slots = {}
    slots.setdefault(1, []).append(tweet(0))
    slots.setdefault(min(2, n - 2), []).append(insta if k < 2 else youtube)
    slots.setdefault(max(n - 2, 1), []).append(tweet(1))
    read_also = []
    blocks = []
    for i, p in enumerate(paras):
        blocks.append(f'<p>{esc(p)}</p>')
        if i == 0 and odd:
            blocks.append(f'<p><strong>{SO_INLINE}</strong> <a href="/news/{8200 + k}">{esc(extra["next"][0])}</a></p>')
            read_also = [extra['next'][0]]
        blocks += slots.get(i, [])
    upd = ''
    updated = None
    if not odd:
        upd = f' <time class="modified" datetime="{day.isoformat()}T{18 + k % 3}:40:00+03:00">{SO_UPDATED}: {ar_date(day)} - {18 + k % 3}:40</time>'
        updated = day.isoformat()
    rel_html = ''.join(f'<li><a href="/news/{8300 + i}">{esc(t)}</a> <span class="when">{ar_date(before(day, 1 + 2 * i))}</span></li>' for i, t in enumerate(rel))
    vid_html = ''.join(f'<li class="vid"><a href="/video/{8400 + i}">{esc(t)}</a> <span class="dur">0{1 + i}:{25 + 11 * i}</span></li>' for i, t in enumerate(videos))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{esc(title)} | {SO_SITE}</title><meta property="og:title" content="{esc(title)}"><meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/static/shasha.css"></head>
<body class="story-page"><header class="hdr"><a class="hdr-logo" href="/">{SO_SITE}</a><nav class="hdr-nav"><ul>{anchors(SO_MENU, '/t/')}</ul></nav></header>
<main class="wrap"><article class="story">
<h1 class="story-h1">{esc(title)}</h1>
<div class="story-meta"><span class="editor">{SO_EDITOR}: {editor}</span> · <time class="published" datetime="{pub}">{ar_date(day)} - {14 + k % 3}:05</time>{upd}</div>
<figure class="lead-media"><img src="/media/{slug}.jpg" alt=""><figcaption>{SO_CAPTION}</figcaption></figure>
<div class="story-text">{''.join(blocks)}</div>
<div class="share-row"><span>{SO_SHARE}</span> <a href="#">فيسبوك</a> <a href="#">إكس</a> <a href="#">تيك توك</a></div>
</article>
<section class="story-related"><h2>{SO_RELATED}</h2><ul>{rel_html}</ul></section>
<section class="picked-videos"><h2>{SO_VIDEOS}</h2><ul>{vid_html}</ul></section>
<aside class="trend-box"><h3>{SO_TRENDING}</h3><ol>{anchors(trending, '/news/tr')}</ol></aside></main>
<footer class="ftr"><p>{SO_FOLLOW}: <a href="#">إكس</a> <a href="#">إنستغرام</a> <a href="#">يوتيوب</a></p><p>{SO_FOOTER}</p></footer></body></html>'''
    without = [SO_MENU[1], f'{SO_EDITOR}: {editor}', SO_CAPTION, SO_SHARE, SO_VIDEOS, SO_TRENDING, SO_FOLLOW, SO_FOOTER,
               f'{SO_ACCOUNTS[0][0]} (@{SO_ACCOUNTS[0][1]})'] + tweets + videos + trending + rel[:2] + \
        ([SO_INSTA_VIEW, f'{SO_INSTA_BY} {iname}'] if k < 2 else [])
    return page, title, read_also, rel, without, {'updated': updated}


# --- podcast: an episode page of a news network's podcast ---------------------------------------------
PC_SITE = 'شبكة مسموع'
PC_PROGRAM = 'بودكاست خارج الإطار'
PC_PROGRAM_SHORT = 'خارج الإطار'
PC_MENU = ['الرئيسية', 'البرامج', 'الحلقات', 'المقدمون', 'اشترك', 'عن الشبكة']
PC_SCHEDULE = 'حلقة جديدة كل أحد وأربعاء'
PC_EPISODE = 'الحلقة'
PC_MINUTES = 'دقيقة'
PC_DOWNLOAD = 'تنزيل الحلقة'
PC_SPEED = 'سرعة التشغيل'
PC_LISTEN = 'استمع عبر'
PC_PLATFORMS = ['سبوتيفاي', 'آبل بودكاست', 'أنغامي', 'يوتيوب']
PC_ABOUT = 'عن هذه الحلقة'
PC_CHAPTERS = 'محاور الحلقة'
PC_CHAPTER_ITEMS = [('00:00', 'تقديم الحلقة'), ('03:40', 'قراءة في الأرقام'), ('12:15', 'حديث الضيف'), ('24:50', 'أسئلة المستمعين')]
PC_GUEST = 'ضيف الحلقة'
PC_GUESTS = ['د. مروان الشامي، باحث في الاقتصاد', 'ريما النجار، صحافية استقصائية', 'أ. حسن البدوي، خبير في الإدارة المحلية',
             'د. سارة المهيري، أكاديمية في علم الاجتماع']
PC_CREDITS = 'إعداد وتقديم: وليد سمعان | هندسة صوتية: كنان عيد | إنتاج: شبكة مسموع'
PC_RELATED = 'حلقات ذات صلة'
PC_EARLIER = 'حلقات سابقة من خارج الإطار'
PC_SUBSCRIBE = 'تصلك الحلقات الجديدة فور صدورها حين تشترك في البودكاست'
PC_FOOTER = 'شبكة مسموع للبودكاست العربي، كل الحقوق محفوظة للمنتجين'


def render_podcast(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, earlier = others[:4], others[4:8]
    number, minutes = 45 + 3 * k, 31 + 2 * k
    odd = k % 2 == 1
    ld = {'@context': 'https://schema.org', '@type': 'PodcastEpisode', 'name': title, 'episodeNumber': number,
          'datePublished': day.isoformat() if odd else f'{day.isoformat()}T06:00:00+03:00', 'timeRequired': f'PT{minutes}M',
          'description': ' '.join(paras[0].split()[:30]),
          'associatedMedia': {'@type': 'MediaObject', 'contentUrl': f'https://masmoo.example/audio/{slug}.mp3'},
          'partOfSeries': {'@type': 'PodcastSeries', 'name': PC_PROGRAM, 'url': 'https://masmoo.example/shows/kharij'}}
    meta_line = f'<span class="ep-no">{PC_EPISODE} {number}</span> · <span class="ep-len">{minutes} {PC_MINUTES}</span>'
    if not odd:
        meta_line += f' · <span class="ep-date">{day.day} {GULF_MONTHS[day.month - 1]}</span>'
    rel_html = ''.join(
        f'<li class="ep-card"><span class="ep-show">{PC_PROGRAM_SHORT if i % 2 else "نقاش الأسبوع"}</span> <a href="/episodes/{900 + i}">{esc(t)}</a>'
        f' <span class="ep-info">{PC_EPISODE} {12 + 7 * i} · {22 + 4 * i} {PC_MINUTES}</span></li>' for i, t in enumerate(rel))
    earlier_html = ''.join(
        f'<li><span class="ep-no">{number - 1 - i}</span> <a href="/shows/kharij/{number - 1 - i}">{esc(t)}</a></li>' for i, t in enumerate(earlier))
    chapters = ''.join(f'<li><button class="seek" data-t="{t}">{t}</button> {name}</li>' for t, name in PC_CHAPTER_ITEMS)
    guest = PC_GUESTS[k % len(PC_GUESTS)]
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - {PC_PROGRAM} | {PC_SITE}</title><meta property="og:type" content="website"><meta property="og:title" content="{esc(title)}">
<meta property="og:audio" content="https://masmoo.example/audio/{slug}.mp3">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script></head>
<body class="episode"><header class="net-head"><a class="net-logo" href="/">{PC_SITE}</a><nav><ul>{anchors(PC_MENU, '/m/')}</ul></nav></header>
<div class="crumbs"><a href="/">{PC_MENU[0]}</a> › <a href="/shows">{PC_MENU[1]}</a> › <a href="/shows/kharij">{PC_PROGRAM_SHORT}</a></div>
<main class="episode-main"><div class="show-card"><img src="/shows/kharij.jpg" alt="{PC_PROGRAM}"><div><a class="show-name" href="/shows/kharij">{PC_PROGRAM}</a>
<p class="show-when">{PC_SCHEDULE}</p></div></div>
<h1 class="episode-title">{esc(title)}</h1>
<div class="episode-meta">{meta_line}</div>
<div class="player"><audio controls preload="none" src="https://masmoo.example/audio/{slug}.mp3"><a href="https://masmoo.example/audio/{slug}.mp3">{PC_DOWNLOAD}</a></audio>
<div class="player-tools"><span>{PC_SPEED}:</span> <button>1x</button> <button>1.5x</button> <button>2x</button> <a class="dl" href="https://masmoo.example/audio/{slug}.mp3" download>{PC_DOWNLOAD}</a></div></div>
<div class="listen-on"><span>{PC_LISTEN}:</span> {' '.join(f'<a href="https://listen.example/{i}/{slug}">{t}</a>' for i, t in enumerate(PC_PLATFORMS))}</div>
<section class="episode-notes"><h2>{PC_ABOUT}</h2>{ps(paras)}</section>
<section class="chapters"><h2>{PC_CHAPTERS}</h2><ol>{chapters}</ol></section>
<p class="guest-line">{PC_GUEST}: {guest}</p>
<p class="credits">{PC_CREDITS}</p>
<section class="related-episodes"><h2>{PC_RELATED}</h2><ul>{rel_html}</ul></section>
<section class="earlier-episodes"><h2>{PC_EARLIER}</h2><ul>{earlier_html}</ul></section>
<div class="subscribe"><p>{PC_SUBSCRIBE}</p><button>اشترك الآن</button></div></main>
<footer class="net-foot"><p>{PC_FOOTER}</p></footer></body></html>'''
    without = [PC_MENU[3], PC_SCHEDULE, PC_SPEED, PC_LISTEN, PC_PLATFORMS[2], PC_CHAPTERS, PC_CHAPTER_ITEMS[3][1],
               f'{PC_GUEST}: {guest}', PC_CREDITS, PC_EARLIER, PC_SUBSCRIBE, PC_FOOTER] + earlier + rel[:2]
    return page, title, [], rel, without, {}


# --- legacy: an old PHP portal in ISO-8859-6 ---------------------------------------------------------
LG_SITE = 'موقع النخيل نت'
LG_ENCODING = 'iso8859_6'
LG_MENU = ['الصفحة الرئيسية', 'أخبار محلية', 'أخبار عربية', 'أخبار عالمية', 'اقتصاد', 'رياضة', 'منوعات', 'سجل الزوار', 'راسلنا']
LG_TODAY = 'اليوم'
LG_TICKER = 'آخر الأنباء'
LG_ADDED = 'أضيف في'
LG_STAMP = 'نشر بتاريخ'
LG_READS = 'عدد القراءات'
LG_TOOLS = ['نسخة للطباعة', 'أخبر صديقك عن الخبر', 'علّق على الخبر']
LG_RELATED = 'أخبار لها علاقة'
LG_SAME = 'أخبار أخرى من نفس القسم'
LG_MOST = 'الأكثر قراءة'
LG_VISITORS = 'عدد زوار الموقع'
LG_BEST = 'أفضل عرض للموقع بدقة 1024x768'
LG_FOOTER = 'جميع المواد المنشورة ملك لموقع النخيل نت، والنقل مشروط بذكر المصدر'


def render_legacy(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, most, same, ticker = others[:4], others[4:8], others[8:11], extra['teasers'][:2]
    today = day + datetime.timedelta(days=5 + k)
    odd = k % 2 == 1
    font = '<font face="Simplified Arabic" size="3" color="#000000">'
    if odd:
        date_line = f'{LG_STAMP}: {day.isoformat()} {10 + k}:45:00'
        body = ''.join(f'<p align="justify">{font}{esc(p)}</font></p>' for p in paras)
    else:
        date_line = f'{LG_ADDED}: {day.year}/{day.month}/{day.day} - {10 + k}:45 ص'
        body = f'{font}' + '<br><br>'.join(esc(p) for p in paras) + '</font>'
    arrow = '<img src="images/arrow.gif" width="7" height="7" border="0" alt="">'
    rel_rows = ''.join(f'<tr><td width="10">{arrow}</td><td><font size="2"><a href="news.php?id={3900 - 7 * i}">{esc(t)}</a></font> '
                       f'<font size="1" color="#808080">({before(day, 2 + 3 * i).year}/{before(day, 2 + 3 * i).month}/{before(day, 2 + 3 * i).day})</font></td></tr>'
                       for i, t in enumerate(rel))
    same_rows = ''.join(f'<tr><td width="10">{arrow}</td><td><font size="2"><a href="news.php?id={4000 + i}">{esc(t)}</a></font></td></tr>'
                        for i, t in enumerate(same))
    most_rows = ''.join(f'<tr><td width="18" bgcolor="#EEEEEE" align="center"><font size="2"><b>{i + 1}</b></font></td>'
                        f'<td><font size="2"><a href="news.php?id={3500 + i}">{esc(t)}</a></font></td></tr>' for i, t in enumerate(most))
    menu = ''.join(f'<tr><td bgcolor="#E8F0E0"><font size="2"><b><a href="cat.php?id={i}">{t}</a></b></font></td></tr>' for i, t in enumerate(LG_MENU))
    today_line = f'{LG_TODAY}: {DAYS[today.weekday()]} {today.day}/{today.month}/{today.year}'
    tools = ' | '.join(f'<a href="javascript:popup(&#39;tool.php?t={i}&amp;id={3900 + k}&#39;)">{t}</a>' for i, t in enumerate(LG_TOOLS))
    page = f'''<html dir="rtl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-6">
<meta name="keywords" content="أخبار, النخيل, محليات">
<title>{LG_SITE} - {esc(title)}</title>
<link rel="stylesheet" type="text/css" href="style.css">
<script language="JavaScript" type="text/javascript">function popup(u){{window.open(u,'p','width=500,height=400');}}</script>
</head>
<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0" marginwidth="0" marginheight="0">
<table width="780" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="3" bgcolor="#336600"><a href="index.php"><img src="images/logo.gif" width="300" height="80" border="0" alt="{LG_SITE}"></a></td></tr>
<tr><td colspan="3" bgcolor="#EEEEEE"><font size="2" color="#333333">{today_line}</font></td></tr>
<tr><td colspan="3"><table width="100%"><tr><td width="90" bgcolor="#990000"><font color="#FFFFFF" size="2"><b>{LG_TICKER}</b></font></td>
<td><marquee direction="right" scrollamount="2">{' &nbsp;*&nbsp; '.join(f'<a href="news.php?id={4100 + i}">{esc(t)}</a>' for i, t in enumerate(ticker))}</marquee></td></tr></table></td></tr>
<tr>
<td width="150" valign="top" bgcolor="#F4F8F0"><table width="100%" border="0" cellspacing="1" cellpadding="3">{menu}</table></td>
<td width="460" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td><font size="2" color="#006600"><b>{LG_MENU[1]}</b></font></td></tr>
<tr><td><h1 style="font-size:18px;margin:4px 0"><font face="Simplified Arabic" color="#800000">{esc(title)}</font></h1></td></tr>
<tr><td><font size="1" color="#808080">{date_line} | {LG_READS}: {512 + 37 * k}</font></td></tr>
<tr><td align="center"><img src="news_images/{slug}.jpg" width="300" border="1" alt=""></td></tr>
<tr><td>{body}</td></tr>
<tr><td align="center" bgcolor="#F0F0F0"><font size="2">{tools}</font></td></tr>
<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="2"><tr><td colspan="2" bgcolor="#336600"><font color="#FFFFFF" size="2"><b>{LG_RELATED}</b></font></td></tr>{rel_rows}</table></td></tr>
<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="2"><tr><td colspan="2" bgcolor="#999999"><font color="#FFFFFF" size="2"><b>{LG_SAME}</b></font></td></tr>{same_rows}</table></td></tr>
</table></td>
<td width="170" valign="top"><table width="100%" border="0" cellspacing="1" cellpadding="2"><tr><td colspan="2" bgcolor="#990000"><font color="#FFFFFF" size="2"><b>{LG_MOST}</b></font></td></tr>{most_rows}</table></td>
</tr>
<tr><td colspan="3" align="center" bgcolor="#336600"><font size="1" color="#FFFFFF">{LG_VISITORS}: {1873421 + 977 * k}<br>{LG_BEST}<br>{LG_FOOTER}</font></td></tr>
</table>
</body>
</html>'''
    page = page.encode(LG_ENCODING, 'xmlcharrefreplace').decode(LG_ENCODING)
    without = [LG_MENU[7], today_line, LG_TICKER, date_line, f'{LG_READS}: {512 + 37 * k}', LG_TOOLS[1], LG_SAME, f'{LG_VISITORS}: {1873421 + 977 * k}',
               LG_BEST, LG_FOOTER] + ticker + same + rel[:2] + most[:2]
    return page, title, [], rel + most, without, {'encoding': LG_ENCODING}


# --- translated: a translation of a foreign paper's report -------------------------------------------
TR_SITE = 'صحيفة الجسر'
TR_MENU = ['الرئيسية', 'أخبار', 'ترجمات', 'تحليلات', 'رأي', 'منوعات']
TR_KICKER = 'ترجمات'
TR_ORIGINAL_LABEL = 'العنوان الأصلي'
TR_PAPERS = ['The Global Observer', 'Eastern Review', 'The Harbour Times', 'Meridian Weekly']
TR_EN_TITLES = ['Inside the quiet race to rebuild a region\'s public services',
                'Why a small policy change is reshaping local markets',
                'The long road from announcement to delivery',
                'What the numbers do not tell us about the new plan']
TR_BY = 'ترجمة وتحرير'
TR_TRANSLATORS = ['رامي العلي', 'هبة الصافي', 'جواد الكرمي', 'ندى الحسيني']
TR_ORIGINAL_DATE = 'نُشر التقرير الأصلي بالإنجليزية في'
TR_DISCLAIMER = 'المقال مترجم، والآراء الواردة فيه تعبّر عن الصحيفة الأصلية لا عن الجسر'
TR_READ_ORIGINAL = 'اقرأ التقرير الأصلي على موقع الصحيفة'
TR_RELATED = 'ترجمات ذات صلة'
TR_PRESS = 'من الصحافة العالمية اليوم'
TR_NEWSLETTER = 'أبرز ما تكتبه الصحافة الأجنبية عن منطقتنا، في رسالة واحدة كل مساء'
TR_FOOTER = 'صحيفة الجسر الإلكترونية، نافذة على ما يكتبه العالم عنا'


def render_translated(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, press = others[:4], others[4:8]
    paper, en_title = TR_PAPERS[k % 4], TR_EN_TITLES[k % 4]
    translator = TR_TRANSLATORS[k % 4]
    orig_day = before(day, 3 + k)
    odd = k % 2 == 1
    head_ld, date_html, orig_note = '', '', ''
    if odd:
        ld = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': title, 'inLanguage': 'ar',
              'datePublished': f'{day.isoformat()}T16:30:00+03:00', 'author': {'@type': 'Person', 'name': translator},
              'isBasedOn': {'@type': 'NewsArticle', 'headline': en_title, 'inLanguage': 'en', 'datePublished': f'{orig_day.isoformat()}T09:00:00-04:00',
                            'publisher': {'@type': 'Organization', 'name': paper}},
              'publisher': {'@type': 'NewsMediaOrganization', 'name': TR_SITE}}
        head_ld = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    else:
        date_html = f' · <span class="tr-date">{DAYS[day.weekday()]} {ar_date(day)}</span>'
        orig_note = f'{TR_ORIGINAL_DATE} {ar_date(orig_day)}'
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{esc(title)} - {TR_SITE}</title>
<meta property="og:title" content="{esc(title)}"><meta property="og:type" content="article">{head_ld}</head>
<body class="translation"><header class="top"><a class="brand" href="/">{TR_SITE}</a><nav><ul>{anchors(TR_MENU, '/s/')}</ul></nav></header>
<main class="layout"><article class="tr-article">
<a class="tr-kicker" href="/s/2">{TR_KICKER}</a>
<h1 class="tr-title">{esc(title)}</h1>
<div class="tr-original" lang="en" dir="ltr"><span class="lbl" lang="ar" dir="rtl">{TR_ORIGINAL_LABEL}:</span> <cite>{esc(en_title)}</cite> — <span class="paper">{paper}</span></div>
<div class="tr-meta"><span class="tr-by">{TR_BY}: {translator}</span>{date_html}</div>
<div class="tr-body">{ps(paras)}</div>
{f'<p class="tr-orig-date">{orig_note}</p>' if orig_note else ''}
<p class="tr-disclaimer"><em>{TR_DISCLAIMER}</em></p>
<p class="tr-source-link"><a href="https://paper{k}.example/{slug}" rel="nofollow noopener" target="_blank">{TR_READ_ORIGINAL}</a></p>
</article>
<section class="tr-related"><h2>{TR_RELATED}</h2><ul>{anchors(rel, '/translations/r')}</ul></section>
<aside class="press-review"><h3>{TR_PRESS}</h3><ul>{anchors(press, '/press/p')}</ul></aside>
<div class="nl-box"><p>{TR_NEWSLETTER}</p><input type="email"><button>اشتراك</button></div></main>
<footer class="bottom"><p>{TR_FOOTER}</p></footer></body></html>'''
    without = [TR_MENU[3], en_title, f'{TR_BY}: {translator}', TR_DISCLAIMER, TR_READ_ORIGINAL, TR_PRESS, TR_NEWSLETTER,
               TR_FOOTER] + press + rel[:2] + ([orig_note] if orig_note else [])
    return page, title, [], rel, without, {}


RENDER = {'jannah': render_jannah, 'elementor': render_elementor, 'interview': render_interview, 'embeds': render_embeds,
          'podcast': render_podcast, 'legacy': render_legacy, 'translated': render_translated}


# --- checks beyond templates_set5.check() and templates_set9.link_problems() -------------------------
VOID = {'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr'}


class Balance(html.parser.HTMLParser):
    """Elements left open or closed out of order (void elements aside)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.problems = [], []

    def handle_starttag(self, tag, attrs):
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f'</{tag}> closes <{self.stack[-1] if self.stack else "nothing"}>')
            if tag in self.stack:
                del self.stack[len(self.stack) - 1 - self.stack[::-1].index(tag):]
        else:
            self.stack.pop()

    def close(self):
        super().close()
        if self.stack:
            self.problems.append('left open: ' + ' '.join(self.stack))


def balance_problems(page):
    b = Balance()
    b.feed(page)
    b.close()
    return b.problems


def renderer(table, script, number):
    """The render() of a set whose renderers (in `table`, by kind) return templates_set5's tuple plus a dict
    of extras: 'updated' (the local date of an article update, or None) and 'encoding' (the page's, utf-8 if
    absent). The label gets 'updated' after 'published' where there is one; the page must pass set 9's link
    check and the balance check. Sets 10 and 11 share it."""
    def render(kind, art, others, extra, date, slug, k):
        """One page of `kind` around `art` = (source name, title, paragraphs), with templates_set5.render()'s
        arguments. Returns (page_html, label, encoding)."""
        extras = {}

        def run(*args):
            made = table[kind](*args)
            extras.update(made[-1])
            return made[:-1]
        page, label, _ = labelled_page(run, kind, art, others, extra, date, slug, k, script, number)
        if extras.get('updated'):
            keys = list(label)
            at = keys.index('published') + 1
            label = {key: label[key] for key in keys[:at]} | {'updated': extras['updated']} | {key: label[key] for key in keys[at:]}
        problems = link_problems(page, label) + balance_problems(page)
        if problems:
            raise SystemExit(f'{script[:-3]}: {slug}: ' + '; '.join(problems))
        return page, label, extras.get('encoding', 'utf-8')
    return render


render = renderer(RENDER, 'templates_set10.py', 10)


def main():
    return drive('templates_set10', __doc__, KINDS, render, 1100, 20261211)


if __name__ == '__main__':
    sys.exit(main())
