#!/usr/bin/env python3
"""Sealed HTML template set 55 (issue 14): seven more kinds of Arabic news pages, labelled by construction.

Written by a helper who did not change the HTML extractor's rules, did not read them (src/, include/, data/, bench/, nor
docs/segmenter.md, loader.md or markers.md), never ran akhbar on these pages (nor any other binary of that name, nor
anything under build* or bins), never built it and never ran git: the set stays sealed until it is scored once, and that
first score measures the rules on templates nobody tuned them for. None of these platforms is named by make_templates.py
or templates_set5..54.py (grep -il of "wordpress.com", "quip", "readme", "sharkey", "ecwid", "gitlab" and "asciidoctor"
returned no file; WordPress itself, Misskey and AsciiDoc are named, its hosted service, this fork and this converter are
not), nor, as far as this helper knows, by set 56, written at the same time by another helper: WordPress.com (a hosted
blog on the platform's own theme and chrome: a post page with its likes, sharing buttons and the reblog action bar),
Quip (a collaborative document: a published document page with its conversation pane), ReadMe (a developer hub: a
changelog entry page carrying the story), Sharkey (a fediverse server forked from Misskey: a note page rendered
server-side), Ecwid (an online store's blog page on its Instant Site, the storefront widget embedded between the post's
tiles), GitLab (a self-managed forge: a project wiki page) and Asciidoctor (an AsciiDoc HTML5 article with its header,
toc and footer); the seven the brief named. Every chrome sentence is new wording: --wording checks that no run of three
Arabic words of a string of this file, docstrings aside, appears, after templates_set5.fold()'s letter folding, in the
string constants of make_templates.py, templates_set5..54.py and templates_set56.py where it exists
(templates_set21.wording_problems()). The chrome is Arabic (a Casablanca philosophy teacher's blog, a Riyadh economic
monitoring office, a Dubai data platform's developer hub, a Moroccan fediverse instance, an Essaouira argan shop, a
Wakra newsroom's GitLab, a Moroccan engineer's morning letter in Dubai), with what the platforms leave in English:
WordPress.com's "Skip to content", "Posted on", "Share this:", "Like this:", "Like", "Loading...", "Previous post",
"Next post", "N thoughts on", "says:", "Reply", "Leave a comment", "Recent Posts", "Archives", "Blog at WordPress.com."
and its action bar ("Comment", "Reblog", "Subscribe", "Log in", "Report this content", "View site in Reader",
"Manage subscriptions", "Collapse this bar"); Quip's "Sign In", "Get Started", "Recent", "Conversation", "created this
document.", "edited the document.", "Mar 14, 2:35 PM" and "Edited Mar 16"; ReadMe's menu ("Home", "Guides", "API
Reference", "Changelog", "Discussions"), "Log In", the entry type ("Added", "Improved"), "3 days ago", "Previous",
"Next", "Recent" and "Powered by ReadMe"; Sharkey's "Renote", "Reply", "Quote", "Edited", "2h ago", "2024/03/14 00:20",
"Trending", "Calendar" and "Powered by Sharkey"; Ecwid's "Shopping Bag", "Sign In", "Track Orders", "Favorites",
"Featured Products", "Add to Bag", "MAD" prices and "Powered by Ecwid"; GitLab's "Sign in", "Register", the project
menu ("Project information", "Repository", "Issues", "Merge requests", "Wiki"...), "Last edited by NAME 3 hours ago",
"Edit", "New page", "Page history", "Clone repository", "Pages", "View All Pages"; Asciidoctor's "Table of
Contents", "version 1.0,", "Tip", "Version 1.0" and "Last updated 2024-03-14 13:30:00 +0400".

The kinds and what each page holds:
  wordpresscom a Casablanca philosophy teacher's blog on WordPress.com (Africa/Casablanca; Goud): the skip link, the
               masthead (the site's name and description), the menu; the post: <h1 class="entry-title">, the text (on
               odd pages "لمن فاته أول الخيط، هذه تدوينتي السابقة عنه:" and a link: read-also), the source line, page
               0 "ألحقت بالتدوينة تصويباً صغيراً بتاريخ DATE" and the theme's <time class="updated"> (updated); Jetpack's
               "Share this:", "Like this:" and "Loading...", the related posts "تدوينات شقيقة في المذكرات" (three:
               related); the entry footer: the author, "Posted on March 14, 2024" over <time datetime>, the category;
               the post navigation (previous and next posts: not related); three comments with their dates; the
               sidebar AFTER the post: "ما يتصفحه زوار المذكرات بكثافة" (four: related, Jetpack's top posts widget),
               "Recent Posts" (five: not related), "Archives" (six months: not related); "Blog at WordPress.com."; the
               action bar (Reblog, Subscribe...); page 2's update only in article:modified_time (the others declare
               their publication there)
  quip         a Riyadh economic monitoring office's published Quip document (Asia/Riyadh; Ar-APT): the header (the
               folder and the document's name); the left nav's "Recent" (five documents: not related); the
               conversation pane BEFORE the document in source order: "NAME created this document." with its stamp,
               six members' messages with their stamps (after the publication), page 1 "NAME edited the document."
               with the update's stamp; the document: <h1> (Quip's first line), "أودعنا هذه المذكرة في المجلد يوم
               DATE", the text (on even pages "مذكرة قبلها في المجلد تضع الأرقام في إطارها:" and a link: read-also),
               the source line, page 1 "حدّث فريق المكتب المذكرة وأعاد صياغة فقرات منها في DATE" (updated), "مذكرات
               مجاورة تُقرأ جنباً إلى جنب مع هذه" (four: related); window.__QUIP_DOC__ holds the whole text again
               with created_usec and updated_usec (page 3's update only there)
  readme       a Dubai data platform's developer hub on ReadMe, a changelog entry carrying the story (Asia/Dubai;
               Ar-APT): the hub header and menu; the entry: the type ("Added" or "Improved"), <h1 class="ChangelogPost-
               title">, its only date a relative age ("3 days ago") over <time datetime> in UTC, the markdown body (on
               odd pages "مدخل أقدم في السجل يروي ما قبل ذلك:" and a link: read-also), the source line, page 3 a callout
               "عدّل المحررون هذا المدخل بعد نشره، في DATE" (updated), "مداخل يقصدها المطورون عقب هذا" (four: related);
               the previous and next entries (not related); "Recent" (five with ages: not related); the footer;
               <script id="ssr-props" type="application/json"> holds the whole text again with createdAt and
               updatedAt in UTC (page 1's update only there)
  sharkey      a Moroccan fediverse instance on Sharkey, a news account's note rendered server-side
               (Africa/Casablanca; Goud): the instance header; the account's header (name, @handle, bio); the note:
               the headline as the note's content warning (its summary, which this static copy renders as <h1>
               above the text, as a Misskey client shows the CW above "Show content"), the text as ONE span whose
               paragraphs are separated only by <br><br> (on even pages "ملاحظة أقدم للحساب تمنحك الخلفية:" and a
               link: read-also), the source line, page 0 "عدّل الحساب الملاحظة بعد نشرها يوم DATE" and Sharkey's
               "Edited" stamp (updated); the detail footer "2024/03/14 14:30" (local) and a relative age over <time
               datetime> in UTC; Renote, Reply, Quote, reactions; three replies with their ages; the widgets: the
               calendar (the saved day), "أكثر ملاحظات الحساب إعادة وتفاعلاً" (four: related, a most-read box),
               "Trending" (five hashtags: not related); the client context (script of type application/json) holds
               the note again with createdAt and updatedAt in UTC (page 2's update only there)
  ecwid        an Essaouira argan shop's Instant Site by Ecwid, a blog post with the storefront widget embedded
               (Africa/Casablanca; Goud): the announcement bar with the saved day, the header tile (logo, menu, the
               cart widget "Shopping Bag"); the cover tile with <h1> and "دوّنت الدار هذا في مدونتها يوم DATE"
               OUTSIDE the text; the text split over SIBLING text tiles with the storefront widget's "Featured
               Products" tile (three products, prices, "Add to Bag") between them (on even pages "كتبت الدار قبل هذا
               ما يوطّئ للخبر:" and a link: read-also), the source line, page 1 "راجعت الدار تدوينتها هذه يوم DATE"
               (updated); "قراءات من المدونة تتصل بالموضوع" (four: related); "أحدث تدوينات الدار" (four with dates:
               not related); the footer; the JSON-LD in UTC (page 3's update only in its dateModified)
  gitlab       a Wakra newsroom's project wiki on a self-managed GitLab (Asia/Qatar; Ar-APT): the broadcast message
               (a maintenance window on a later day), the header (Sign in, Register), the project's sidebar menu
               BEFORE the page; the breadcrumbs; the wiki header OUTSIDE the content: <h1> and "Last edited by NAME
               3 hours ago" over <time datetime> in UTC (the last edit: the publication, or the update on pages 0
               and 2), Edit, New page, Page history; the wiki content: "أُضيفت الصفحة إلى ويكي المشروع في DATE،
               HH:MM", the text (on odd pages a blockquote "صفحة ويكي أقدم تروي أول القصة:" and a link: read-also),
               the source line, page 0 "نقّح أحد المحررين الصفحة وصحّح أرقامها في DATE" (updated), "صفحات في الويكي
               قريبة المضمون" (four: related); the wiki sidebar after: "Pages" (six others: not related), "Clone
               repository"; page 2's update only in the last-edit age and its datetime
  asciidoctor  a Moroccan engineer's morning letter in Dubai, one AsciiDoc article converted by Asciidoctor 2
               (Asia/Dubai; Goud): #header OUTSIDE #content: <h1>, the author, the email, "version 1.0," and the
               revdate (ISO), page 1 also "version 1.1," and a revremark "أعيد تحرير العدد وتصويب عبارات فيه في
               DATE" (updated); the toc ("Table of Contents"); #content: the preamble holds the text (on even pages
               a TIP admonition "عدد سابق من الرسالة يعين على فهم هذا:" and a link: read-also), the section "مرجع
               النص المنقول" (the source line), "قراءات تتصل بخبر العدد" (four: related), "أعداد الرسالة في الشهور
               الماضية" (four issues with dates: not related); the footer "Version 1.0" and "Last updated" (the
               conversion time: the publication, the update on page 1; page 3's update only there)

The texts and how they were picked: Goud.ma's texts (CORPUS/marsum-goud; wordpresscom, sharkey, ecwid, asciidoctor)
read as sets 46 and 51 read them (the first line the headline, templates_set31.goud_paragraphs(), the first eight kept,
the text's own day where it gives one, templates_set28.goud_own_date()); Ar-APT's human texts (CORPUS/ar-apt-human;
quip, readme, gitlab) read as sets 47 and 51 read them (templates_set29.apt_recs(), set 51's article_of(): set 29's
headline, set 29's paragraphs, the first eight kept). After the left-out ones Goud holds 17 texts of four paragraphs or
more (this set takes 16) and Ar-APT 8, so this set asks four paragraphs of a Goud text and three of an Ar-APT text
(MIN_PARAGRAPHS); a text of fewer than six paragraphs gets, besides the openings, eight words from the middle of its
longest paragraphs (templates_set32.relabel()). FOLDERS name Ar-APT's categories (Bus, Pol, Fin, Sci, Spo, Med) or
Goud's folder. A page without a day of its own takes a drawn day of 2019 to 2024. Page N (counted over the whole set,
kinds in the order above) has a generator, random.Random("templates_set55 page N"), that draws, in this order, a day, a
clock time (07:00 to 22:59), the update's delay (1 to 2 days, 1 to 9 hours, 5 to 55 minutes), the hours and minutes
before the page was saved (its "today", lists, ages, messages, replies and comments fall between publication and that
moment; a page is always saved after its own update) and a count. Zones: Dubai's +04:00, Riyadh's and Doha's +03:00 (no
summer time in 2019-2024), Casablanca's +01:00 but +00:00 in Ramadan (set 28's MA_PLUS_ONE); every page's publication
and update times are checked against zoneinfo when the set is written. Three pages are moved just after local
midnight, keeping their day, for a UTC trap (MOVED): readme-2 (00:25 in Dubai; its only date a relative age over a
<time datetime> in UTC, and ssr-props' createdAt in UTC), sharkey-1 (00:20 in Casablanca; the relative age's datetime
and the client context in UTC, the detail footer the local stamp) and gitlab-3 (00:15 in Doha; the last-edit age's
datetime in UTC, the wiki's own date line the local day); each is the day before in UTC (checked when the set is
written) and the label holds the local day. Two pages of each kind are updated (14 of 28): one shows the update, the
other declares it only in metadata (GitLab's only in the last-edit age and its datetime, Asciidoctor's only in the
footer's "Last updated"); the other pages carry updated null and declare no modified time later than their publication
(where a JSON state, a JSON-LD, a meta tag or a footer carries one, it is the publication's). Every page shows dates
that are not the article's: comments' dates and archive months, conversation stamps, other entries' ages, replies'
ages and the calendar's day, the announcement bar's day and latest posts' dates, a broadcast's maintenance day, the
letter's archive of issues, footers' years.

Each kind carries a related list or a most-read box or both (labelled related, in page order) and lists that look
related but are not (recent posts, archives, prev/next posts, a folder's recent documents, previous and next entries
and recent entries, trending hashtags, featured products and latest posts, a wiki's pages list, a letter's archive), and
every other page (14) an inline read-also line, blockquote or admonition in new wording. Five kinds are hard in
structure: the Quip page's conversation pane comes BEFORE the document and its text is held whole again in JSON; the
ReadMe page's only date is a relative age over a <time datetime> in UTC and its text is held whole again in JSON; the
Sharkey page's headline is the note's content warning, its paragraphs are separated only by <br><br> and its text is held
whole again in JSON; the Ecwid page's headline and date stand in a cover tile OUTSIDE the text, which is split over
sibling tiles with the storefront's products between them; the GitLab page's project menu comes BEFORE the page and
its headline and last edit stand OUTSIDE the wiki content. The Asciidoctor page's headline and date stand in #header,
OUTSIDE #content.

Labels (the format of tests/html/labels): title (the <h1>; the note's content warning on Sharkey), published (the local
date in the kind's zone), updated (the local date where the page shows or declares an update: 14 of the 28 pages; null
elsewhere), body_with = the opening of each paragraph (templates_set5.opening(); for a text of fewer than six
paragraphs, eight words from the middle of its longest paragraphs are added, templates_set32.relabel()), body_without =
visible chrome texts, bylines, date lines and ages, update notes, source lines, readers' comments and messages, other
stories' headlines, read_also, related (headed related lists and most-read boxes only, in page order).

Left out (frozen, so that later labels do not shift the set): the files a label of tests/segmenter/labels,
tests/html/labels or ../shared/eval/dev names or a segmenter blind draw (tests/segmenter/blind*-draw.txt, blind50 to
blind53 included) lists (set 51's GOUD_LEFT_OUT and APT_LEFT_OUT, which hold the earlier sets' lists, and LABEL_NAMED
here for the names added since, read off them when this set was written), and the texts earlier sets built pages
around: the imported lists (sets 18, 19, 28, 29, 31, 33, 36, 38, 41, 43, 44, 46 and 47 through set 51's lists), and
EARLIER_SETS_READ here, set 51's own picks, read off its pick_articles() when this set was written (sets 52, 53 and 54
read neither folder). A Goud file whose headline is a left-out file's is unusable, an Ar-APT file whose headline is a
left-out file's dropped. Page k of a kind takes the first article of FOLDERS[kind][k] or of the kind's next folders
that no page took before (templates_set24.pick_from_folders()). Other stories' headlines are the titles of the files of
the same source that follow the text's, wrapping around (templates_set14.following()): the first 11 shuffled by
random.Random(20261255), one shuffle a page, then the rest in order (the read-also is the 12th, recent lists, documents,
entries, pages lists and the like from the 14th on; 24 are read a page).

Usage: templates_set55.py OUT_DIR [--corpus DIR] [--per-kind 4] [--kinds a,b] [--wording]
writes OUT_DIR/pages/KIND-N.html and OUT_DIR/labels/KIND-N.json (templates_set24.run_set()), checks every labelled text
against the page's visible text, the link and balance checks, the zones against zoneinfo; with --wording also the
wording check over make_templates.py, templates_set5..54.py and templates_set56.py where it exists. The output is the
same byte for byte from run to run."""
import datetime
import os
import random
import sys

sys.dont_write_bytecode = True  # the set writes nothing beside itself (no __pycache__ of the sets it imports)
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
# Helpers, calendar data, the corpus readers and the frozen left-out lists only; no chrome sentence of the earlier sets.
import templates_set29 as set29  # noqa: E402
import templates_set51 as set51  # noqa: E402
from templates_set5 import DAYS, GULF_MONTHS, MAGHREB_MONTHS, esc  # noqa: E402
from templates_set10 import EN_MONTHS, renderer  # noqa: E402
from templates_set12 import hm  # noqa: E402
from templates_set14 import usable_title  # noqa: E402
from templates_set15 import outside, upd_of  # noqa: E402
from templates_set19 import MARKERS, iso_z, lead_words, zone_helpers  # noqa: E402
from templates_set21 import with_null_update  # noqa: E402
from templates_set21 import wording_problems as set21_wording  # noqa: E402
from templates_set23 import hex_id, spaced  # noqa: E402
from templates_set24 import moment_helpers, page_helpers, pick_from_folders, run_set  # noqa: E402
from templates_set28 import MA_PLUS_ONE, goud_own_date  # noqa: E402
from templates_set31 import goud_paragraphs  # noqa: E402
from templates_set32 import links, relabel  # noqa: E402
from templates_set48 import EN_SHORT, en_long, ld_json, month_list, paras_html  # noqa: E402
from templates_set50 import en_ago  # noqa: E402

KINDS = ('wordpresscom', 'quip', 'readme', 'sharkey', 'ecwid', 'gitlab', 'asciidoctor')
UTC = datetime.timezone.utc
ZONES = {'wordpresscom': (0, MA_PLUS_ONE), 'quip': (3, []), 'readme': (4, []), 'sharkey': (0, MA_PLUS_ONE),
         'ecwid': (0, MA_PLUS_ONE), 'gitlab': (3, []), 'asciidoctor': (4, [])}
TZ = {'wordpresscom': 'Africa/Casablanca', 'quip': 'Asia/Riyadh', 'readme': 'Asia/Dubai',
      'sharkey': 'Africa/Casablanca', 'ecwid': 'Africa/Casablanca', 'gitlab': 'Asia/Qatar', 'asciidoctor': 'Asia/Dubai'}
GOUD_FOLDER = 'marsum-goud'
APT_FOLDER = 'ar-apt-human'
SOURCE = {'wordpresscom': 'goud', 'quip': 'apt', 'readme': 'apt', 'sharkey': 'goud', 'ecwid': 'goud',
          'gitlab': 'apt', 'asciidoctor': 'goud'}
FOLDERS = {'wordpresscom': (GOUD_FOLDER,) * 4, 'sharkey': (GOUD_FOLDER,) * 4, 'ecwid': (GOUD_FOLDER,) * 4,
           'asciidoctor': (GOUD_FOLDER,) * 4,
           'quip': ('Bus', 'Pol', 'Fin', 'Bus'), 'readme': ('Sci', 'Spo', 'Sci', 'Med'),
           'gitlab': ('Pol', 'Spo', 'Fin', 'Spo')}
MOVED = {('readme', 2): (0, 25), ('sharkey', 1): (0, 20), ('gitlab', 3): (0, 15)}
offset_hours, zone, in_zone, later, earlier = zone_helpers(ZONES)
between, saved_after = moment_helpers(in_zone, later)
updates, saved, moments = page_helpers(later, between, saved_after, page_of=lambda k: k % 4)


def maroc(t):
    return f'{t.day} {MAGHREB_MONTHS[t.month - 1]} {t.year}'


def gulf(t):
    return f'{t.day} {GULF_MONTHS[t.month - 1]} {t.year}'


def iso_local(t):
    return t.isoformat(timespec='seconds')


def en_ampm(t):
    return f'{(t.hour % 12) or 12}:{t.minute:02d} {"am" if t.hour < 12 else "pm"}'


def also_line(cls, lead, href, title, tag='p'):
    return f'<{tag} class="{cls}">{lead} <a href="{href}">{esc(title)}</a></{tag}>'


# --- wordpresscom: a Casablanca teacher's blog on WordPress.com, Jetpack's likes and related posts, the action bar --
WP_SITE = 'مذكرات حي الأحباس'
WP_DESC = 'أستاذة فلسفة بيضاوية تقرأ أخبار المدينة وتسائلها'
WP_HOST = 'https://habousnotes.wordpress.example'
WP_AUTHOR = 'Nadia H.'
WP_MENU = ['الرئيسية', 'عني', 'مراسلة']
WP_CATS = ['يوميات', 'مدينة', 'مجتمع', 'فنون']
WP_ALSO = 'لمن فاته أول الخيط، هذه تدوينتي السابقة عنه:'
WP_SOURCE = 'حروف الخبر لكود، وما عداها فرأيي الخاص'
WP_EDITED = 'ألحقت بالتدوينة تصويباً صغيراً بتاريخ {date}'
WP_RELATED = 'تدوينات شقيقة في المذكرات'
WP_TOP = 'ما يتصفحه زوار المذكرات بكثافة'
WP_READERS = [('Karim', 'سمعت الحكاية من جارنا قبل ما تخرج فالجرائد، عجيبة'),
              ('أمينة الزياني', 'مقال مفيد، وكنتسناو رأيك فالموضوع أستاذة'),
              ('Youssef B.', 'يعطيك الصحة، الأحباس ديما حاضرة فالأخبار')]
WP_BAR = ['Comment', 'Reblog', 'Subscribe', 'Log in now.', 'Report this content', 'View site in Reader',
          'Manage subscriptions', 'Collapse this bar']


def render_wordpresscom(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'wordpresscom'
    pub, draw = extra['at'], extra['draw']
    top, rel, recent = others[:4], others[4:7], extra['more'][:5]
    prev_next = extra['more'][5:7]
    mod, upd_day = updates(kind, k, pub, draw, (0, 2))
    now = saved(kind, pub, draw, mod, upd_day, days=2, hours=draw['saved_hours'])
    pid = draw['count'] + 1000
    path = lambda t: f'{WP_HOST}/{pub.year}/{pub.month:02d}/{pub.day:02d}/{hex_id("wp " + t)[:10]}/'  # noqa: E731
    posted = en_long(pub)
    edited = WP_EDITED.format(date=maroc(mod)) if k % 4 == 0 else ''
    also = also_line('wp-also', WP_ALSO, path(extra['also']), extra['also']) if k % 2 == 1 else ''
    months = [f'{EN_MONTHS[m.month - 1]} {m.year}' for m in month_list(now, 6)]
    c_at = moments(kind, pub, now, len(WP_READERS))
    c_shown = [f'{en_long(d)} at {en_ampm(d)}' for d in c_at]
    comments = ''.join(f'<li id="comment-{pid + i}" class="comment even thread-even depth-1"><article id="div-comment-{pid + i}" class="comment-body">'
                       f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{esc(who)}</b> <span class="says">says:</span></div>'
                       f'<div class="comment-metadata"><a href="{path(title)}#comment-{pid + i}"><time datetime="{iso_local(d)}">{shown}</time></a></div></footer>'
                       f'<div class="comment-content"><p>{esc(txt)}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{pid + i}">Reply</a></div></article></li>'
                       for i, ((who, txt), d, shown) in enumerate(zip(WP_READERS, c_at, c_shown)))
    menu = ''.join(f'<li class="menu-item"><a href="{WP_HOST}/{i}/">{m}</a></li>' for i, m in enumerate(WP_MENU))
    arch = ''.join(f'<li><a href="{WP_HOST}/{hex_id(mo)[:4]}/">{mo}</a></li>' for mo in months)
    rp = ''.join(f'<div class="jp-relatedposts-post jp-relatedposts-post{i}"><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="{path(t)}">{esc(t)}</a></h4></div>'
                 for i, t in enumerate(rel))
    upd_time = f' <time class="updated" datetime="{iso_local(mod)}">{en_long(mod)}</time>' if k % 4 == 0 else ''
    cat = WP_CATS[k % 4]
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} &#8211; {WP_SITE}</title>
<link rel="dns-prefetch" href="//s0.wp.com">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(title)}">
<meta property="og:url" content="{path(title)}">
<meta property="og:description" content="{esc(lead_words(paras, 20))}">
<meta property="article:published_time" content="{iso_z(pub)}">
<meta property="article:modified_time" content="{iso_z(mod if k % 4 in (0, 2) else pub)}">
<meta property="og:site_name" content="{WP_SITE}">
<meta name="generator" content="WordPress.com">
<link rel="stylesheet" id="all-css-0" href="https://s0.wp.com/_static/??-eJx9jtEKwjAMRX/IGgbK8EH8lpplXbY2LU3q8O93=" type="text/css" media="all">
</head>
<body class="rtl post-template-default single single-post postid-{pid} single-format-standard wp-embed-responsive customizer-styles-applied jetpack-reblog-enabled has-marketing-bar">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="{WP_HOST}/" rel="home">{WP_SITE}</a></p><p class="site-description">{WP_DESC}</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">{menu}</ul></nav></header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard hentry category-{k % 4}">
<header class="entry-header"><h1 class="entry-title">{esc(title)}</h1></header>
<div class="entry-content">
{paras_html(paras, also, 1)}<p><em>{WP_SOURCE}</em></p>{f'<p class="wp-edited"><strong>{edited}</strong></p>' if edited else ''}
<div id="jp-post-flair" class="sharedaddy sd-like-enabled sd-sharing-enabled">
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li class="share-twitter"><a class="share-twitter sd-button" href="{path(title)}?share=twitter"><span>Twitter</span></a></li><li class="share-facebook"><a class="share-facebook sd-button" href="{path(title)}?share=facebook"><span>Facebook</span></a></li></ul></div></div></div>
<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded" id="like-post-wrapper-{pid}"><h3 class="sd-title">Like this:</h3><div class="likes-widget-placeholder post-likes-widget-placeholder"><span class="button"><span>Like</span></span> <span class="loading">Loading...</span></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>{WP_RELATED}</em></h3><div class="jp-relatedposts-items jp-relatedposts-items-minimal">{rp}</div></div>
</div>
</div>
<footer class="entry-footer"><span class="byline"><span class="author vcard"><span class="screen-reader-text">Author </span><a class="url fn n" href="{WP_HOST}/author/nadia/">{WP_AUTHOR}</a></span></span>
<span class="posted-on"><span class="screen-reader-text">Posted on </span><a href="{path(title)}" rel="bookmark"><time class="entry-date published" datetime="{iso_local(pub)}">{posted}</time>{upd_time}</a></span>
<span class="cat-links"><a href="{WP_HOST}/category/{k % 4}/" rel="category tag">{cat}</a></span></footer>
</article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous"><a href="{path(prev_next[0])}" rel="prev"><span class="meta-nav">Previous post</span> <span class="post-title">{esc(prev_next[0])}</span></a></div><div class="nav-next"><a href="{path(prev_next[1])}" rel="next"><span class="meta-nav">Next post</span> <span class="post-title">{esc(prev_next[1])}</span></a></div></div></nav>
<div id="comments" class="comments-area"><h2 class="comments-title">{len(WP_READERS)} thoughts on &ldquo;<span>{esc(title)}</span>&rdquo;</h2>
<ol class="comment-list">{comments}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a comment</h3></div></div>
</main></div>
<aside id="secondary" class="widget-area">
<section id="top-posts-2" class="widget widget_top-posts"><h2 class="widget-title">{WP_TOP}</h2><ul class="widgets-list-layout no-grav">{links(top, path)}</ul></section>
<section id="recent-posts-3" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>{links(recent, path)}</ul></section>
<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul>{arch}</ul></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info"><a href="https://wordpress.com/?ref=footer_blog" rel="nofollow">Blog at WordPress.com.</a></div></footer>
</div>
<div id="actionbar" dir="ltr" class="actnbr-pub-independent-publisher-2 actnbr-has-follow actnbr-has-actions"><ul>
<li class="actnbr-btn actnbr-hidden"><a class="actnbr-action actnbr-actn-comment" href="{path(title)}#respond"><span>{WP_BAR[0]}</span></a></li>
<li class="actnbr-btn actnbr-hidden"><a class="actnbr-action actnbr-actn-reblog" href=""><span>{WP_BAR[1]}</span></a></li>
<li class="actnbr-btn actnbr-hidden"><a class="actnbr-action actnbr-actn-follow" href=""><span>{WP_BAR[2]}</span></a>
<div class="actnbr-popover tip tip-top-left actnbr-notice"><div class="tip-inner"><div class="actnbr-follow-bubble"><ul><li class="actnbr-sitename"><a href="{WP_HOST}">{WP_SITE}</a></li>
<li class="actnbr-login-nudge"><div>Already have a WordPress.com account? <a href="https://wordpress.com/log-in">{WP_BAR[3]}</a></div></li></ul></div></div></div></li>
<li class="actnbr-ellipsis actnbr-hidden"><div class="actnbr-popover tip tip-top-left actnbr-more"><div class="tip-inner"><ul>
<li class="actnbr-reportthis"><a href="https://wordpress.com/abuse/">{WP_BAR[4]}</a></li><li class="actnbr-reader"><a href="https://wordpress.com/read/feeds/{pid}">{WP_BAR[5]}</a></li>
<li class="actnbr-subs"><a href="https://subscribe.wordpress.com/">{WP_BAR[6]}</a></li><li class="actnbr-fold"><a href="">{WP_BAR[7]}</a></li></ul></div></div></li>
</ul></div>
</body>
</html>
'''
    without = [WP_SITE, WP_DESC, WP_AUTHOR, posted, WP_SOURCE, WP_RELATED, WP_TOP, 'Recent Posts', 'Archives',
               'Blog at WordPress.com.'] + outside(WP_CATS[k % 4:k % 4 + 1], paras) + recent + prev_next + months[:2] + \
        [t for _, t in WP_READERS] + c_shown[:2] + rel[:2] + top[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel + top, without, upd_of(upd_day)


# --- quip: a Riyadh monitoring office's published Quip document, the conversation pane first ----------------------
QP_ORG = 'مكتب الرصد الاقتصادي بالرياض'
QP_HOST = 'https://rasd-riyadh.quip.example'
QP_FOLDER = 'مذكرات الرصد الأسبوعية'
QP_AUTHOR = 'Faisal Al-Otaibi'
QP_EDITOR = 'Reem Alshehri'
QP_DATE = 'أودعنا هذه المذكرة في المجلد يوم {date}'
QP_ALSO = 'مذكرة قبلها في المجلد تضع الأرقام في إطارها:'
QP_SOURCE = 'نص المذكرة مقتبس بلا تصرف من إحدى الصحف العربية'
QP_EDITED = 'حدّث فريق المكتب المذكرة وأعاد صياغة فقرات منها في {date}'
QP_RELATED = 'مذكرات مجاورة تُقرأ جنباً إلى جنب مع هذه'
QP_MEMBERS = [('Mohammed Q.', 'هل نضيف جدول المقارنة بالربع السابق قبل العرض على الإدارة؟'),
              ('Sara A.', 'أرى الفقرة الثالثة محتاجة إلى رقم أحدث، سأبحث عنه في تقارير الهيئة'),
              ('Mohammed Q.', 'وجدت الرقم، أرسلته لك في الرسائل الخاصة ومعه الرابط'),
              ('Abdulaziz K.', 'اطلعت عليها، صالحة للنشرة الداخلية صباح الأحد بعد تدقيق لغوي سريع'),
              ('Sara A.', 'تم التدقيق، وغيّرت عنوان الجدول ليتسق مع بقية مذكرات الشهر'),
              ('Noura M.', 'شكراً للجميع، سأرسل الرابط المنشور إلى فريق العلاقات العامة اليوم')]


def qp_stamp(t):
    """Quip's conversation stamp, "Mar 14, 2:35 PM"."""
    return f'{EN_SHORT[t.month - 1]} {t.day}, {(t.hour % 12) or 12}:{t.minute:02d} {"AM" if t.hour < 12 else "PM"}'


def qp_msg(cls, who, body, t):
    return (f'<div class="message {cls}"><div class="message-author"><a class="author-name" href="{QP_HOST}/{hex_id(who)[:8]}">{esc(who)}</a></div>'
            f'<div class="message-body">{body}</div><div class="message-timestamp"><span title="{iso_local(t)}">{qp_stamp(t)}</span></div></div>')


def render_quip(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'quip'
    pub, draw = extra['at'], extra['draw']
    rel, recent = others[:4], extra['more'][:5]
    mod, upd_day = updates(kind, k, pub, draw, (1, 3))
    now = saved(kind, pub, draw, mod, upd_day, days=1, hours=draw['saved_hours'])
    tid = hex_id('qp ' + title)[:12]
    path = lambda t: f'{QP_HOST}/{hex_id("qp " + t)[:12]}'  # noqa: E731
    line_id = lambda i: f'temp:C:{tid[:3].upper()}{hex_id(tid + str(i))[:10]}'  # noqa: E731
    shown = QP_DATE.format(date=gulf(pub))
    edited = QP_EDITED.format(date=gulf(mod)) if k % 4 == 1 else ''
    also = also_line('line', QP_ALSO, path(extra['also']), extra['also']) if k % 2 == 0 else ''
    m_at = moments(kind, pub, mod if k % 4 == 1 else now, len(QP_MEMBERS) + 1)[1:]
    msgs = [qp_msg('message-event', QP_AUTHOR, 'created this document.', pub)] + \
        [qp_msg('message-text', who, f'<p>{esc(txt)}</p>', d) for (who, txt), d in zip(QP_MEMBERS, m_at)]
    if k % 4 == 1:
        msgs.append(qp_msg('message-event', QP_EDITOR, 'edited the document.', mod))
    r_at = moments(kind, earlier(kind, pub, days=9), earlier(kind, pub, hours=5), len(recent))[::-1]
    rec = ''.join(f'<li class="nav-thread"><a href="{path(t)}"><span class="nav-thread-title">{esc(t)}</span></a><span class="nav-thread-time">{EN_SHORT[d.month - 1]} {d.day}</span></li>'
                  for t, d in zip(recent, r_at))
    body = paras_html(paras, also, 2, ' class="line"')
    lines = (f'<h1 id="{line_id(0)}">{esc(title)}</h1><p id="{line_id(1)}" class="line"><i>{shown}</i></p>{body}'
             f'<p id="{line_id(2)}" class="line"><i>{QP_SOURCE}</i></p>' + (f'<p id="{line_id(3)}" class="line"><b>{edited}</b></p>' if edited else '') +
             f'<h2 id="{line_id(4)}">{QP_RELATED}</h2><ul id="{line_id(5)}">{links(rel, path)}</ul>')
    doc = {'thread': {'id': tid, 'title': title, 'link': path(title), 'type': 'document',
                      'created_usec': int(pub.timestamp()) * 1000000,
                      'updated_usec': int((mod if k % 4 in (1, 3) else pub).timestamp()) * 1000000,
                      'author_id': hex_id(QP_AUTHOR)[:11]},
           'markdown': f'# {title}\n\n' + '\n\n'.join(paras) + f'\n\n*{QP_SOURCE}*'}
    page = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - Quip</title>
<meta property="og:title" content="{esc(title)}">
<meta property="og:site_name" content="Quip">
<meta property="og:description" content="{esc(lead_words(paras, 20))}">
<link rel="stylesheet" href="https://quip-cdn.example/-bUeTNFM5-4aiJ8_gMmA4w-static.css">
</head>
<body class="quip-public-doc platform-web">
<div id="app" class="navigation-controller">
<header class="nav-header"><a class="quip-logo" href="{QP_HOST}/">Quip</a> <span class="nav-org">{QP_ORG}</span>
<div class="document-title-header"><a href="{QP_HOST}/folder/{hex_id(QP_FOLDER)[:10]}">{QP_FOLDER}</a> / <span>{esc(title)}</span></div>
<a class="button" href="{QP_HOST}/account/login">Sign In</a> <a class="button primary" href="https://quip.example/signup">Get Started</a></header>
<div class="parts-screen">
<nav class="nav-sidebar"><div class="nav-section-title">Recent</div><ul class="nav-threads">{rec}</ul></nav>
<div class="conversation-pane" dir="auto"><div class="conversation-header">Conversation</div>
<div class="messages">{''.join(msgs)}</div></div>
<div class="document-pane"><div class="document" data-thread-id="{tid}"><div class="document-content" dir="rtl">
<div class="section-container">{lines}</div>
</div></div>
<div class="document-footer">{f'Edited {EN_SHORT[mod.month - 1]} {mod.day}' if k % 4 == 1 else f'{EN_SHORT[pub.month - 1]} {pub.day}'} · © {now.year} {QP_ORG}</div></div>
</div>
</div>
<script>window.__QUIP_DOC__ = {ld_json(doc)};</script>
</body>
</html>
'''
    without = [QP_ORG, QP_FOLDER, shown, QP_SOURCE, QP_RELATED, QP_AUTHOR] + recent + [t for _, t in QP_MEMBERS] + \
        [qp_stamp(d) for d in m_at[:2]] + rel[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- readme: a Dubai data platform's developer hub on ReadMe, a changelog entry carrying the story ------------------
RM_HUB = 'مركز مطوري واحة البيانات'
RM_HOST = 'https://developers.wahat-data.example'
RM_MENU = ['Home', 'Guides', 'API Reference', 'Changelog', 'Discussions']
RM_TYPES = ['Added', 'Improved']
RM_ALSO = 'مدخل أقدم في السجل يروي ما قبل ذلك:'
RM_SOURCE = 'نقلنا نص الخبر إلى هذا المدخل حرفاً بحرف من جريدة ناطقة بالعربية'
RM_EDITED = 'عدّل المحررون هذا المدخل بعد نشره، في {date}'
RM_RELATED = 'مداخل يقصدها المطورون عقب هذا'
RM_AUTHOR = 'Hamdan from Wahat'
RM_FOOT = 'Powered by ReadMe'


def render_readme(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'readme'
    pub, draw = extra['at'], extra['draw']
    rel, recent = others[:4], extra['more'][:5]
    prev_next = extra['more'][5:7]
    mod, upd_day = updates(kind, k, pub, draw, (1, 3))
    now = saved(kind, pub, draw, mod, upd_day, days=3, hours=draw['saved_hours'])
    slug_ = hex_id('rm ' + title)[:14]
    path = lambda t: f'{RM_HOST}/changelog/{hex_id("rm " + t)[:14]}'  # noqa: E731
    ago = en_ago(pub, now)
    edited = RM_EDITED.format(date=gulf(mod)) if k % 4 == 3 else ''
    also = also_line('rm-also', RM_ALSO, path(extra['also']), extra['also']) if k % 2 == 1 else ''
    r_at = moments(kind, earlier(kind, pub, days=30), earlier(kind, pub, days=2), len(recent))[::-1]
    r_ago = [en_ago(d, now) for d in r_at]
    rec = ''.join(f'<li class="ChangelogRecent-item"><a href="{path(t)}">{esc(t)}</a> <time datetime="{iso_z(d)}">{a}</time></li>'
                  for t, d, a in zip(recent, r_at, r_ago))
    menu = ''.join(f'<a class="Button Button_slate_text Header-bottom-link{" active" if m == "Changelog" else ""}" href="{RM_HOST}/{m.lower().replace(" ", "-")}">{m}</a>' for m in RM_MENU)
    callout = f'<blockquote class="callout callout_info" theme="📘"><h3 class="callout-heading">📘</h3><p>{edited}</p></blockquote>' if edited else ''
    body = paras_html(paras, also, 1) + f'<p><em>{RM_SOURCE}</em></p>' + callout + \
        f'<h2 class="heading heading-2"><div class="heading-text">{RM_RELATED}</div></h2><ul>{links(rel, path)}</ul>'
    kind_type = RM_TYPES[k % 2]
    props = {'changelog': {'_id': hex_id('rmid' + title)[:24], 'title': title, 'slug': slug_, 'type': kind_type.lower(),
                           'body': '\n\n'.join(paras) + f'\n\n*{RM_SOURCE}*', 'hidden': False,
                           'createdAt': iso_z(pub).replace('Z', '.000Z'),
                           'updatedAt': iso_z(mod if k % 4 in (1, 3) else pub).replace('Z', '.000Z'),
                           'author': {'name': RM_AUTHOR}},
             'config': {'subdomain': 'wahat-data', 'name': RM_HUB}}
    page = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta name="description" content="{esc(lead_words(paras, 20))}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:site_name" content="{RM_HUB}">
<meta property="og:type" content="article">
<meta name="readme-deploy" content="5.88.2">
<link rel="stylesheet" href="https://cdn.readme.example/public/hub/web/ssr.7c3bd2ab.css">
</head>
<body class="body-none theme-light header-solid">
<div id="ssr-top"></div>
<div id="ssr-main"><div class="App ThemeContext ThemeContext_light">
<header class="rm-Header"><div class="rm-Header-top"><div class="rm-Container rm-Container_flex"><a class="rm-Logo" href="{RM_HOST}/"><span class="rm-Logo-name">{RM_HUB}</span></a>
<a class="Button Button_md rm-Header-top-link" href="{RM_HOST}/login">Log In</a></div></div>
<div class="rm-Header-bottom"><div class="rm-Container rm-Container_flex"><nav class="Header-left-nav">{menu}</nav><button class="rm-SearchToggle">Search</button></div></div></header>
<main class="rm-Changelog"><div class="rm-Container rm-Container_flex">
<article class="ChangelogPost ChangelogPost_full" dir="rtl">
<header class="ChangelogPost-header"><span class="ChangelogPost-type ChangelogPost-type_{kind_type.lower()}" dir="ltr">{kind_type}</span>
<h1 class="ChangelogPost-title">{esc(title)}</h1>
<time class="ChangelogPost-date" datetime="{iso_z(pub)}" title="{iso_local(pub)}">{ago}</time></header>
<div class="ChangelogPost-body"><div class="markdown-body rm-Markdown">{body}</div></div>
<div class="ChangelogPost-author"><span class="ChangelogPost-author-name">{RM_AUTHOR}</span></div>
</article>
<aside class="ChangelogRecent"><h3 class="ChangelogRecent-title">Recent</h3><ul>{rec}</ul></aside>
</div>
<nav class="ChangelogPost-nav rm-Container rm-Container_flex"><a class="ChangelogPost-nav-link ChangelogPost-nav-link_prev" href="{path(prev_next[0])}"><span>Previous</span> {esc(prev_next[0])}</a>
<a class="ChangelogPost-nav-link ChangelogPost-nav-link_next" href="{path(prev_next[1])}"><span>Next</span> {esc(prev_next[1])}</a></nav>
</main>
<footer class="rm-Footer"><p>© {now.year} {RM_HUB}</p><a class="rm-Footer-powered" href="https://readme.example?ref_src=hub">{RM_FOOT}</a></footer>
</div></div>
<script id="ssr-props" type="application/json">{ld_json(props)}</script>
</body>
</html>
'''
    without = [RM_HUB, ago, RM_SOURCE, RM_RELATED, RM_AUTHOR, RM_FOOT] + recent + prev_next + r_ago[:2] + rel[:2] + \
        ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- sharkey: a Moroccan fediverse instance on Sharkey, a news account's note rendered server-side ------------------
SK_SITE = 'نزل الأطلس'
SK_HOST = 'https://noukhba-atlas.example'
SK_ACCOUNT = 'أخبار درب غلف'
SK_NICK = 'derbghallef'
SK_BIO = 'حساب آلي يحمل أخبار كود بنصها الكامل لمتابعيه على الفيديفيرس'
SK_ALSO = 'ملاحظة أقدم للحساب تمنحك الخلفية:'
SK_SOURCE = 'هكذا ورد الخبر على موقع كود، بلا حذف'
SK_EDITED = 'عدّل الحساب الملاحظة بعد نشرها يوم {date}'
SK_MOST = 'أكثر ملاحظات الحساب إعادة وتفاعلاً'
SK_TAGS = ['#الدار_البيضاء', '#المغرب', '#كورة', '#طقس', '#فن']
SK_REPLIES = [('Ilham', 'ilham_m', 'واش هاد الخبر تأكد من جهة رسمية ولا غير إشاعة؟'),
              ('Omar', 'omar_t', 'الله يحفظ، تبارك الله على هاد النقل كامل'),
              ('Zineb', 'zineb', 'شاركتها مع الواليدة، كانت كتسول على هادشي من البارح')]
SK_FOOT = 'Powered by Sharkey'


def sk_ago(t, now):
    """Misskey's and Sharkey's short relative time, "2h ago"."""
    s = int((now - t).total_seconds())
    if s < 3600:
        return f'{max(1, s // 60)}m ago'
    if s < 86400:
        return f'{s // 3600}h ago'
    return f'{s // 86400}d ago'


def sk_stamp(t):
    return f'{t.year}/{t.month:02d}/{t.day:02d} {t.hour:02d}:{t.minute:02d}'


def render_sharkey(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'sharkey'
    pub, draw = extra['at'], extra['draw']
    most = others[:4]
    mod, upd_day = updates(kind, k, pub, draw, (0, 2))
    now = saved(kind, pub, draw, mod, upd_day, days=1, hours=draw['saved_hours'])
    nid = hex_id('sk ' + title)[:10]
    path = lambda t: f'{SK_HOST}/notes/{hex_id("sk " + t)[:10]}'  # noqa: E731
    edited = SK_EDITED.format(date=maroc(mod)) if k % 4 == 0 else ''
    chunks = [esc(p) for p in paras]
    if k % 2 == 0:
        chunks.insert(2, f'{SK_ALSO} <a class="mfm-url" href="{path(extra["also"])}" rel="nofollow noopener" target="_blank">{esc(extra["also"])}</a>')
    chunks += [SK_SOURCE] + ([edited] if edited else []) + \
        ['<a class="mfm-hashtag" href="/tags/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1">#أخبار</a>']
    text = '<br><br>'.join(chunks)
    ago = sk_ago(pub, now)
    stamp = sk_stamp(pub)
    r_at = moments(kind, pub, now, len(SK_REPLIES))
    r_ago = [sk_ago(d, now) for d in r_at]
    replies = ''.join(f'<article class="xAOWB _note"><header class="xsVBx"><a class="xt5jH" href="{SK_HOST}/@{nick}"><bdi>{esc(who)}</bdi></a> <span class="xaoLX">@{nick}</span> '
                      f'<a href="{SK_HOST}/notes/{hex_id(nick + nid)[:10]}"><time datetime="{iso_z(d)}" title="{sk_stamp(d)}">{a}</time></a></header>'
                      f'<div class="xdFXS"><span><a class="mfm-mention" href="{SK_HOST}/@{SK_NICK}">@{SK_NICK}</a> {esc(txt)}</span></div></article>'
                      for (who, nick, txt), d, a in zip(SK_REPLIES, r_at, r_ago))
    tags = ''.join(f'<li class="xbg4M"><a href="/tags/{hex_id(t)[:6]}">{t}</a> <span class="xl7Ls">{(draw["count"] >> i) % 40 + 3}</span></li>' for i, t in enumerate(SK_TAGS))
    weekday = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'][now.weekday()]
    calendar = f'<div class="xc1Xm"><span class="xyAqK">{now.year}/{now.month}</span> <span class="xwB9x">{now.day}</span> <span class="x7yEU">{weekday}</span></div>'
    note = {'id': nid, 'createdAt': iso_z(pub).replace('Z', '.000Z'),
            'updatedAt': iso_z(mod).replace('Z', '.000Z') if k % 4 in (0, 2) else None,
            'user': {'username': SK_NICK, 'name': SK_ACCOUNT, 'host': None},
            'cw': title, 'text': '\n\n'.join(paras) + f'\n\n{SK_SOURCE}\n\n#أخبار',
            'visibility': 'public', 'renoteCount': draw['count'] % 60 + 2, 'repliesCount': len(SK_REPLIES),
            'reactions': {'❤': draw['count'] % 30 + 4, '👍': draw['count'] % 17 + 1}}
    edited_mark = f'<span class="x8Wz3"><i class="ti ti-pencil"></i> Edited <time datetime="{iso_z(mod)}">{sk_stamp(mod)}</time></span>' if k % 4 == 0 else ''
    page = f'''<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="application-name" content="Sharkey">
<meta name="referrer" content="origin">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{SK_ACCOUNT} (@{SK_NICK}) | {SK_SITE}</title>
<meta name="description" content="{esc(title)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{SK_ACCOUNT} (@{SK_NICK})">
<meta property="og:description" content="{esc(title)}">
<meta property="og:site_name" content="{SK_SITE}">
<meta name="misskey:user-username" content="{SK_NICK}">
<meta name="misskey:user-id" content="{hex_id(SK_NICK)[:10]}">
<meta name="misskey:note-id" content="{nid}">
<link rel="alternate" href="{SK_HOST}/notes/{nid}" type="application/activity+json">
<link rel="stylesheet" href="/vite/assets/app-8f2c1d.css">
</head>
<body>
<noscript><p>JavaScript is disabled in your browser. The page below is a static copy.</p></noscript>
<div id="sharkey_app" class="ssr">
<header class="xHqsK"><a class="xmRbo" href="{SK_HOST}/"><img src="/static-assets/icons/192.png" alt=""> {SK_SITE}</a> <a class="_button" href="{SK_HOST}/signup">Sign Up</a> <a class="_button" href="{SK_HOST}/signin">Sign In</a></header>
<div class="xrHqS">
<main class="xE9pL">
<div class="xrDJ1 _panel"><a class="x8jYp" href="{SK_HOST}/@{SK_NICK}"><bdi class="xnLhU">{SK_ACCOUNT}</bdi> <span class="xpGfX">@{SK_NICK}</span></a><p class="xt9lR">{SK_BIO}</p></div>
<article class="x5yeR _panel" tabindex="-1" dir="rtl">
<header class="xnKlS"><a class="xc8cL" href="{SK_HOST}/@{SK_NICK}"><bdi>{SK_ACCOUNT}</bdi></a> <span class="xe4jB">@{SK_NICK}</span> <a class="x3Ko1" href="{SK_HOST}/notes/{nid}"><time datetime="{iso_z(pub)}" title="{stamp}">{ago}</time></a></header>
<div class="xgShs"><h1 class="xd2Cn cw"><span class="mfm">{esc(title)}</span></h1><div class="xcF2i"><span class="mfm">{text}</span></div></div>
<footer class="xhAPG"><div class="xnKb4"><a href="{SK_HOST}/notes/{nid}"><span>{stamp}</span></a> {edited_mark}</div>
<div class="xjDaF"><span class="xfdBg">❤ {note["reactions"]["❤"]}</span> <span class="xfdBg">👍 {note["reactions"]["👍"]}</span></div>
<div class="xfHZc"><button class="_button">Reply</button> <button class="_button">Renote {note["renoteCount"]}</button> <button class="_button">Quote</button></div></footer>
</article>
<section class="x9xi5 _panel">{replies}</section>
</main>
<aside class="xwgCq widgets">
<div class="mkw-calendar _panel"><div class="_panel-header">Calendar</div>{calendar}</div>
<div class="mkw-notes _panel"><div class="_panel-header">{SK_MOST}</div><ul>{links(most, path)}</ul></div>
<div class="mkw-trends _panel"><div class="_panel-header">Trending</div><ul>{tags}</ul></div>
</aside>
</div>
<footer class="xFooter"><p>© {now.year} {SK_SITE} · {SK_FOOT}</p></footer>
</div>
<script type="application/json" id="misskey_clientCtx">{ld_json({'note': note})}</script>
</body>
</html>
'''
    without = [SK_SITE, SK_ACCOUNT, SK_BIO, ago, stamp, SK_SOURCE, SK_MOST, SK_FOOT] + outside(SK_TAGS[:3], paras) + \
        [t for _, _, t in SK_REPLIES] + r_ago[:2] + most[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, most, without, upd_of(upd_day)


# --- ecwid: an Essaouira argan shop's Instant Site by Ecwid, the post's tiles around the storefront widget ----------
EC_SHOP = 'دار أركان الصويرة'
EC_HOST = 'https://daraargan.company.example'
EC_STORE = 87041263
EC_BAR = 'نشحن طلبات {date} إلى جميع مدن المملكة'
EC_MENU = ['Store', 'Blog', 'About', 'Contact']
EC_DATE = 'دوّنت الدار هذا في مدونتها يوم {date}'
EC_ALSO = 'كتبت الدار قبل هذا ما يوطّئ للخبر:'
EC_SOURCE = 'نص التدوينة مأخوذ من موقع كود بحروفه'
EC_EDITED = 'راجعت الدار تدوينتها هذه يوم {date}'
EC_RELATED = 'قراءات من المدونة تتصل بالموضوع'
EC_LATEST = 'أحدث تدوينات الدار'
EC_PRODUCTS = [('زيت أركان تجميلي معصور على البارد', '185.00'), ('أملو باللوز والعسل', '95.00'),
               ('صابون بلدي بزيت الزيتون', '40.00')]
EC_FOOT = 'Powered by Ecwid'


def render_ecwid(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'ecwid'
    pub, draw = extra['at'], extra['draw']
    rel, latest = others[:4], extra['more'][:4]
    mod, upd_day = updates(kind, k, pub, draw, (1, 3))
    now = saved(kind, pub, draw, mod, upd_day, days=2, hours=draw['saved_hours'])
    path = lambda t: f'{EC_HOST}/blog/{hex_id("ec " + t)[:12]}'  # noqa: E731
    bar = EC_BAR.format(date=f'{DAYS[now.weekday()]} {maroc(now)}')
    shown = EC_DATE.format(date=maroc(pub))
    edited = EC_EDITED.format(date=maroc(mod)) if k % 4 == 1 else ''
    also = also_line('ins-also', EC_ALSO, path(extra['also']), extra['also']) if k % 2 == 0 else ''
    cut = (len(paras) + 1) // 2
    l_at = moments(kind, earlier(kind, pub, days=40), earlier(kind, pub, days=3), len(latest))[::-1]
    lat = ''.join(f'<div class="ins-tile__item"><a class="ins-tile__item-title" href="{path(t)}">{esc(t)}</a><div class="ins-tile__item-date">{maroc(d)}</div></div>'
                  for t, d in zip(latest, l_at))
    prods = ''.join(f'<div class="grid-product grid-product--id-{600 + i}"><div class="grid-product__wrap"><a class="grid-product__title" href="{EC_HOST}/products/p{600 + i}"><div class="grid-product__title-inner">{n}</div></a>'
                    f'<div class="grid-product__price"><div class="grid-product__price-amount"><div class="grid-product__price-value ec-price-item">MAD {p}</div></div></div>'
                    f'<div class="grid-product__button"><button class="form-control__button">Add to Bag</button></div></div></div>'
                    for i, (n, p) in enumerate(EC_PRODUCTS))
    menu = ''.join(f'<a class="ins-header__menu-link" href="{EC_HOST}/{m.lower()}">{m}</a>' for m in EC_MENU)
    tile_text = lambda ps, extra_html='', wh=-1: f'<div class="ins-tile ins-tile--text ins-tile--right"><div class="ins-tile__wrap ins-tile__animated"><div class="ins-tile__body ins-tile__format">{paras_html(ps, also if wh >= 0 else "", wh)}{extra_html}</div></div></div>'  # noqa: E731
    tail = f'<p><em>{EC_SOURCE}</em></p>' + (f'<p><strong>{edited}</strong></p>' if edited else '')
    ld = {'@context': 'https://schema.org', '@type': 'BlogPosting', 'headline': title, 'datePublished': iso_z(pub),
          'dateModified': iso_z(mod if k % 4 in (1, 3) else pub), 'publisher': {'@type': 'Organization', 'name': EC_SHOP}}
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | {EC_SHOP}</title>
<meta name="description" content="{esc(lead_words(paras, 20))}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{EC_SHOP}">
<meta name="generator" content="Ecwid Instant Site">
<script type="application/ld+json">{ld_json(ld)}</script>
<link rel="stylesheet" href="https://d1oxsl77a1kjht.cloudfront.example/instantsite/css/instant-site.min.css">
</head>
<body class="ins-body">
<div class="ins-tiles ins-tiles--main">
<div class="ins-tile ins-tile--announcement-bar"><div class="ins-tile__wrap"><div class="ins-tile__text">{bar}</div></div></div>
<div class="ins-tile ins-tile--header"><div class="ins-header__row"><a class="ins-header__logo" href="{EC_HOST}/">{EC_SHOP}</a><nav class="ins-header__menu">{menu}</nav>
<div class="ec-cart-widget"><a class="ec-minicart ec-minicart--m" href="{EC_HOST}/cart"><span class="ec-minicart__label">Shopping Bag</span> <span class="ec-minicart__counter">0</span></a></div>
<a class="ins-header__link" href="{EC_HOST}/account">Sign In</a> <a class="ins-header__link" href="{EC_HOST}/account/orders">Track Orders</a> <a class="ins-header__link" href="{EC_HOST}/account/favorites">Favorites</a></div></div>
<div class="ins-tile ins-tile--cover ins-tile--blog-post"><div class="ins-tile__wrap"><h1 class="ins-tile__title">{esc(title)}</h1><div class="ins-tile__description">{shown}</div></div></div>
{tile_text(paras[:cut], '', 1 if k % 2 == 0 else -1)}
<div class="ins-tile ins-tile--store"><div class="ins-tile__wrap"><div id="my-store-{EC_STORE}"><div class="ec-size ec-size--xxs ec-size--xs ec-size--s ec-wrapper ec-store ec-store__category-page">
<div class="ec-grid"><div class="ec-grid__title"><h2 class="page-title__name ec-header-h1">Featured Products</h2></div><div class="grid__products">{prods}</div></div></div></div>
<script data-cfasync="false" type="text/javascript" src="https://app.ecwid.example/script.js?{EC_STORE}&amp;data_platform=code&amp;data_date={now.year}-01-01" charset="utf-8"></script></div></div>
{tile_text(paras[cut:], tail)}
<div class="ins-tile ins-tile--links"><div class="ins-tile__wrap"><h2 class="ins-tile__title">{EC_RELATED}</h2><ul class="ins-tile__list">{links(rel, path)}</ul></div></div>
<div class="ins-tile ins-tile--blog-feed"><div class="ins-tile__wrap"><h2 class="ins-tile__title">{EC_LATEST}</h2><div class="ins-tile__items">{lat}</div></div></div>
<div class="ins-tile ins-tile--footer"><div class="ins-tile__wrap"><div class="ins-tile__copyright">© {now.year} {EC_SHOP}</div><a class="ins-tile__ecwid" href="https://www.ecwid.example/">{EC_FOOT}</a></div></div>
</div>
</body>
</html>
'''
    without = [EC_SHOP, bar, shown, EC_SOURCE, EC_RELATED, EC_LATEST, 'Featured Products', EC_FOOT] + latest + \
        [maroc(d) for d in l_at[:2]] + [n for n, _ in EC_PRODUCTS] + rel[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- gitlab: a Wakra newsroom's project wiki on a self-managed GitLab, the project menu first -------------------
GL_HOST = 'https://git.wakra-newsroom.example'
GL_GROUP = 'غرفة أخبار الوكرة'
GL_PROJECT = 'أرشيف المتابعات'
GL_BROADCAST = 'صيانة مجدولة لخادم المستودعات يوم {date} من الثانية حتى الرابعة فجراً'
GL_MENU = ['Project information', 'Repository', 'Issues', 'Merge requests', 'CI/CD', 'Deployments', 'Packages and registries',
           'Monitor', 'Analytics', 'Wiki', 'Snippets', 'Settings']
GL_EDITOR = 'Maryam Al-Kuwari'
GL_DATE = 'أُضيفت الصفحة إلى ويكي المشروع في {date}، {clock}'
GL_ALSO = 'صفحة ويكي أقدم تروي أول القصة:'
GL_SOURCE = 'النص منسوخ على حاله من جريدة صادرة بالعربية'
GL_EDITED = 'نقّح أحد المحررين الصفحة وصحّح أرقامها في {date}'
GL_RELATED = 'صفحات في الويكي قريبة المضمون'


def gl_title_time(t):
    """GitLab's timeago tooltip, "Mar 14, 2024 1:30pm GMT+0300"."""
    return f'{EN_SHORT[t.month - 1]} {t.day}, {t.year} {(t.hour % 12) or 12}:{t.minute:02d}{"am" if t.hour < 12 else "pm"} GMT+0{offset_hours("gitlab", t)}00'


def render_gitlab(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'gitlab'
    pub, draw = extra['at'], extra['draw']
    rel, pages = others[:4], extra['more'][:6]
    mod, upd_day = updates(kind, k, pub, draw, (0, 2))
    now = saved(kind, pub, draw, mod, upd_day, hours=draw['saved_hours'] + 2)
    last = mod if k % 4 in (0, 2) else pub
    proj = f'{GL_HOST}/wakra/mutabaat'
    path = lambda t: f'{proj}/-/wikis/{hex_id("gl " + t)[:12]}'  # noqa: E731
    maint = later(kind, now, days=draw['count'] % 9 + 2)
    broadcast = GL_BROADCAST.format(date=gulf(maint))
    shown = GL_DATE.format(date=gulf(pub), clock=hm(pub))
    edited = GL_EDITED.format(date=gulf(mod)) if k % 4 == 0 else ''
    also = also_line('gl-also', GL_ALSO, path(extra['also']), extra['also'], 'blockquote') if k % 2 == 1 else ''
    ago = en_ago(last, now)
    menu = ''.join(f'<li class="{"active" if m == "Wiki" else ""}"><a href="{proj}/-/{m.lower().replace(" ", "_").replace("/", "")}"><span class="nav-item-name">{m}</span></a></li>' for m in GL_MENU)
    side = ''.join(f'<li class="wiki-page"><a href="{path(t)}">{esc(t)}</a></li>' for t in pages)
    content = f'<p data-sourcepos="1:1-1:80" dir="auto"><em>{shown}</em></p>' + paras_html(paras, also, 1, ' dir="auto"') + \
        f'<p dir="auto"><em>{GL_SOURCE}</em></p>' + (f'<p dir="auto"><strong>{edited}</strong></p>' if edited else '') + \
        f'<h2 data-sourcepos="20:1-20:40" dir="auto"><a id="user-content-related" class="anchor" href="#related" aria-hidden="true"></a>{GL_RELATED}</h2><ul dir="auto">{links(rel, path)}</ul>'
    page = f'''<!DOCTYPE html>
<html class="" lang="en">
<head prefix="og: http://ogp.me/ns#">
<meta charset="utf-8">
<meta content="IE=edge" http-equiv="X-UA-Compatible">
<meta content="width=device-width, initial-scale=1" name="viewport">
<title>{esc(title)} · Wiki · {GL_GROUP} / {GL_PROJECT} · GitLab</title>
<meta content="GitLab" property="og:site_name">
<meta content="{esc(title)} · Wiki · {GL_GROUP} / {GL_PROJECT}" property="og:title">
<meta content="{esc(lead_words(paras, 20))}" property="og:description">
<meta content="object" property="og:type">
<meta content="{path(title)}" property="og:url">
<meta name="csrf-param" content="authenticity_token">
<link rel="stylesheet" href="{GL_HOST}/assets/application-4c5d1d2a.css">
</head>
<body class="ui-indigo tab-width-8 gl-browser-firefox gl-platform-linux" data-find-file="{proj}/-/find_file/main" data-group="wakra" data-page="projects:wikis:show" data-project="mutabaat" data-project-id="{draw['count']}">
<div class="gl-broadcast-message broadcast-banner-message banner js-broadcast-notification-{draw['count'] % 50}" role="alert" dir="rtl"><div class="gl-broadcast-message-content"><div class="gl-broadcast-message-text"><p>{broadcast}</p></div></div></div>
<header class="navbar navbar-gitlab navbar-expand-sm js-navbar" data-qa-selector="navbar"><div class="container-fluid"><div class="header-content"><a class="gl-display-flex" href="{GL_HOST}/" title="Homepage"><span class="logo-text">GitLab</span></a></div>
<ul class="nav navbar-nav"><li class="nav-item"><a href="{GL_HOST}/explore">Explore</a></li><li class="nav-item"><a class="gl-button btn btn-default" href="{GL_HOST}/users/sign_in?redirect_to_referer=yes">Sign in</a></li><li class="nav-item"><a class="gl-button btn btn-confirm" href="{GL_HOST}/users/sign_up">Register</a></li></ul></div></header>
<div class="layout-page page-with-contextual-sidebar">
<aside aria-label="Project navigation" class="nav-sidebar"><div class="nav-sidebar-inner-scroll"><div class="context-header"><a href="{proj}" title="{GL_PROJECT}"><span class="sidebar-context-title">{GL_PROJECT}</span></a></div>
<ul class="sidebar-top-level-items">{menu}</ul><a class="toggle-sidebar-button js-toggle-sidebar" role="button"><span class="collapse-text">Collapse sidebar</span></a></div></aside>
<div class="content-wrapper">
<div class="mobile-overlay"></div>
<div class="alert-wrapper gl-force-block-formatting-context"></div>
<div class="top-bar-fixed container-fluid"><nav aria-label="Breadcrumbs" class="breadcrumbs"><ul class="list-unstyled breadcrumbs-list"><li><a href="{GL_HOST}/wakra">{GL_GROUP}</a></li><li><a href="{proj}">{GL_PROJECT}</a></li><li><a href="{proj}/-/wikis/home">Wiki</a></li></ul></nav></div>
<div class="container-fluid container-limited">
<main class="content" id="content-body" itemscope itemtype="http://schema.org/SoftwareSourceCode">
<div class="wiki-page-header top-area has-sidebar-toggle flex-column flex-lg-row">
<div class="gl-mt-5 gl-mb-3"><h1 class="gl-font-size-h-display gl-m-0" data-testid="wiki-page-title" dir="auto">{esc(title)}</h1>
<div class="wiki-last-edit-by" data-testid="wiki-page-last-version">Last edited by <strong>{GL_EDITOR}</strong> <time class="js-timeago" datetime="{iso_z(last)}" data-container="body" data-placement="top" data-toggle="tooltip" title="{gl_title_time(last)}">{ago}</time></div></div>
<div class="js-wiki-page-actions"><a class="gl-button btn btn-default" href="{path(title)}/edit">Edit</a> <a class="gl-button btn btn-default" href="{proj}/-/wikis/new">New page</a> <a class="gl-button btn btn-default" href="{path(title)}?view=history">Page history</a></div>
</div>
<div class="js-wiki-page-content md" data-testid="wiki-page-content">{content}</div>
<aside aria-label="Wiki" class="right-sidebar right-sidebar-expanded wiki-sidebar js-wiki-sidebar js-right-sidebar"><div class="sidebar-container"><div class="block wiki-sidebar-header gl-mb-3"><a class="gl-button btn btn-default" href="{proj}/-/wikis/git_access">Clone repository</a></div>
<h2 class="gl-font-lg">Pages <span class="badge badge-pill">{len(pages) + 2}</span></h2><ul class="wiki-pages">{side}</ul><a class="gl-button btn btn-block" href="{proj}/-/wikis/pages">View All Pages</a></div></aside>
</main>
</div>
</div>
</div>
</body>
</html>
'''
    without = [broadcast, GL_GROUP, GL_PROJECT, GL_EDITOR, ago, shown, GL_SOURCE, GL_RELATED] + pages + rel[:2] + \
        ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- asciidoctor: a Moroccan engineer's morning letter in Dubai, one AsciiDoc article converted by Asciidoctor -------
AD_AUTHOR = 'هشام العلوي'
AD_EMAIL = 'hicham@sabah-letter.example'
AD_HOST = 'https://sabah-letter.example'
AD_REMARK = 'أعيد تحرير العدد وتصويب عبارات فيه في {date}'
AD_ALSO = 'عدد سابق من الرسالة يعين على فهم هذا:'
AD_SOURCE_HEAD = 'مرجع النص المنقول'
AD_SOURCE = 'اقتبست هذا الخبر كاملاً من موقع كود المغربي'
AD_RELATED = 'قراءات تتصل بخبر العدد'
AD_ARCHIVE = 'أعداد الرسالة في الشهور الماضية'


def render_asciidoctor(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'asciidoctor'
    pub, draw = extra['at'], extra['draw']
    rel, archive = others[:4], extra['more'][:4]
    mod, upd_day = updates(kind, k, pub, draw, (1, 3))
    built = mod if k % 4 in (1, 3) else pub
    path = lambda t: f'{AD_HOST}/{hex_id("ad " + t)[:10]}.html'  # noqa: E731
    remark = AD_REMARK.format(date=gulf(mod)) if k % 4 == 1 else ''
    version = '1.1' if k % 4 == 1 else '1.0'
    a_months = month_list(pub, len(archive))
    arch = ''.join(f'<li><p><a href="{path(t)}">{esc(t)}</a> ({m.year}-{m.month:02d})</p></li>' for t, m in zip(archive, a_months))
    tip = (f'<div class="admonitionblock tip"><table><tr><td class="icon"><div class="title">Tip</div></td><td class="content">{AD_ALSO} '
           f'<a href="{path(extra["also"])}">{esc(extra["also"])}</a></td></tr></table></div>') if k % 2 == 0 else ''
    pre = ''.join(f'<div class="paragraph"><p>{esc(p)}</p></div>' + (tip if i == min(1, len(paras) - 1) else '') for i, p in enumerate(paras))
    sid = ['_' + hex_id(s)[:8] for s in (AD_SOURCE_HEAD, AD_RELATED, AD_ARCHIVE)]
    toc = ''.join(f'<li><a href="#{i}">{s}</a></li>' for i, s in zip(sid, (AD_SOURCE_HEAD, AD_RELATED, AD_ARCHIVE)))
    ul = lambda items: '<div class="ulist"><ul>' + ''.join(f'<li><p><a href="{path(t)}">{esc(t)}</a></p></li>' for t in items) + '</ul></div>'  # noqa: E731
    stamp = f'{built.year}-{built.month:02d}-{built.day:02d} {built.hour:02d}:{built.minute:02d}:{built.second:02d} +0{offset_hours(kind, built)}00'
    details = (f'<span id="author" class="author">{AD_AUTHOR}</span><br>\n<span id="email" class="email"><a href="mailto:{AD_EMAIL}">{AD_EMAIL}</a></span><br>\n'
               f'<span id="revnumber">version {version},</span>\n<span id="revdate">{pub.year}-{pub.month:02d}-{pub.day:02d}</span>' +
               (f'<br>\n<span id="revremark">{remark}</span>' if remark else ''))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="generator" content="Asciidoctor 2.0.20">
<meta name="description" content="{esc(lead_words(paras, 20))}">
<meta name="author" content="{AD_AUTHOR}">
<title>{esc(title)}</title>
<link rel="stylesheet" href="https://fonts.googleapis.example/css?family=Open+Sans:300,300italic,400,400italic,600,600italic%7CNoto+Serif:400,400italic,700,700italic%7CDroid+Sans+Mono:400,700">
<style>
/*! Asciidoctor default stylesheet | MIT License | https://asciidoctor.org */
body{{margin:0;font-family:"Noto Serif","DejaVu Serif",serif}}#header,#content,#footnotes,#footer{{max-width:62.5em;margin:0 auto}}
</style>
</head>
<body class="article toc2 toc-left">
<div id="header">
<h1>{esc(title)}</h1>
<div class="details">
{details}
</div>
<div id="toc" class="toc2">
<div id="toctitle">Table of Contents</div>
<ul class="sectlevel1">
{toc}
</ul>
</div>
</div>
<div id="content">
<div id="preamble">
<div class="sectionbody">
{pre}
</div>
</div>
<div class="sect1">
<h2 id="{sid[0]}">{AD_SOURCE_HEAD}</h2>
<div class="sectionbody"><div class="paragraph"><p><em>{AD_SOURCE}</em></p></div></div>
</div>
<div class="sect1">
<h2 id="{sid[1]}">{AD_RELATED}</h2>
<div class="sectionbody">{ul(rel)}</div>
</div>
<div class="sect1">
<h2 id="{sid[2]}">{AD_ARCHIVE}</h2>
<div class="sectionbody"><div class="ulist"><ul>{arch}</ul></div></div>
</div>
</div>
<div id="footer">
<div id="footer-text">
Version {version}<br>
Last updated {stamp}
</div>
</div>
</body>
</html>
'''
    without = [AD_AUTHOR, AD_SOURCE_HEAD, AD_SOURCE, AD_RELATED, AD_ARCHIVE, 'Table of Contents', f'Last updated {stamp}'] + \
        archive + rel[:2] + ([remark] if remark else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


RENDER = {kind: spaced(fn) for kind, fn in (('wordpresscom', render_wordpresscom), ('quip', render_quip),
                                             ('readme', render_readme), ('sharkey', render_sharkey),
                                             ('ecwid', render_ecwid), ('gitlab', render_gitlab),
                                             ('asciidoctor', render_asciidoctor))}
render = with_null_update(renderer(RENDER, 'templates_set55.py', 55))  # updated: null where none is declared


# --- the corpus and the driver ----------------------------------------------------------------------------
# Named by a label of tests/segmenter/labels, tests/html/labels or ../shared/eval/dev, or listed by a segmenter blind
# draw (tests/segmenter/blind*-draw.txt, blind50 to blind53 included), when this set was written, beyond what set 51's
# GOUD_LEFT_OUT and APT_LEFT_OUT hold. Frozen.
LABEL_NAMED = {
    'goud': ('00837', '00915', '01305', '01379', '01430', '01526', '01529', '01836', '01923'),
    'apt': ('Bus-11', 'Bus-33', 'Med-40', 'Med-41', 'Med-8', 'Pol-13', 'Pol-38', 'Sci-4', 'Sci-47', 'Spo-22', 'Tech-13',
            'Tech-24', 'Tour-34', 'Tour-43')}
# The files set 51 built its pages around (read off its pick_articles() when this set was written); the earlier sets'
# are in set 51's lists; sets 52, 53 and 54 read neither folder.
EARLIER_SETS_READ = {
    'goud': ('00241', '00275', '00304', '00325', '00359', '00398', '00427', '00493', '00494', '00549', '00565', '00583',
             '00650', '00690', '00703', '00736'),
    'apt': ('Fin-49', 'Bus-15', 'Pol-9', 'Fin-50', 'Tour-21', 'Spo-14', 'Tech-28', 'Pol-26', 'Sci-19', 'Tech-39',
            'Sci-39', 'Spo-31')}
GOUD_LEFT_OUT = frozenset(set51.GOUD_LEFT_OUT) | frozenset(f'marsum_goud_{n}.txt' for n in LABEL_NAMED['goud'] + EARLIER_SETS_READ['goud'])
APT_LEFT_OUT = frozenset(set51.APT_LEFT_OUT) | frozenset(f'{n}.txt' for n in LABEL_NAMED['apt'] + EARLIER_SETS_READ['apt'])
MIN_PARAGRAPHS = {'goud': 4, 'apt': 3}
MAX_PARAGRAPHS = 8


def records(corpus):
    """{'goud': [...], 'apt': [...]}: Goud's files in sorted order as sets 46 and 51 read them (the first line the
    headline; when: the text's own day, templates_set28.goud_own_date(), or None), a file whose headline is a left-out
    file's or an earlier file's unusable; Ar-APT's files as sets 47 and 51 read them (templates_set29.apt_recs()), a
    file whose headline is a left-out file's dropped; the left-out ones (GOUD_LEFT_OUT, APT_LEFT_OUT) left out."""
    goud, seen = [], set()
    folder = os.path.join(corpus, GOUD_FOLDER)
    for base in sorted(f for f in os.listdir(folder) if f.startswith('marsum_goud_') and f.endswith('.txt')):
        with open(os.path.join(folder, base), encoding='utf-8') as fh:
            lines = [' '.join(line.split()) for line in fh.read().split('\n') if line.strip()]
        title = lines[0] if lines else ''
        if base in GOUD_LEFT_OUT:
            seen.add(title)
            continue
        goud.append({'name': f'{GOUD_FOLDER}/{base}', 'folder': GOUD_FOLDER, 'title': title, 'lines': lines[1:],
                     'when': goud_own_date(lines[1:]), 'usable': title not in seen and usable_title(title)})
        seen.add(title)
    apt = set29.apt_recs(corpus)
    apt_gone = {r['title'] for r in apt if r['base'] in APT_LEFT_OUT}
    return {'goud': goud, 'apt': [r for r in apt if r['base'] not in APT_LEFT_OUT and r['title'] not in apt_gone]}


def article_of(rec, source):
    """(name, title, paragraphs) when the record is an article (see the docstring), else None."""
    if source == 'apt':
        if not rec['title'] or rec['dup'] or rec['wrapped'] or rec['base'] in set29.CUT_LEADS | set29.NOT_ARTICLES \
                or not usable_title(rec['title']) or any(m in line for line in rec['lines'] for m in MARKERS):
            return None
        paras = set29.apt_paragraphs(rec)
        if not paras or len(paras[0].split()[0]) <= 1 or any('\\' in p for p in paras):
            return None
    else:
        if not rec['usable'] or any(m in line for line in rec['lines'] for m in MARKERS):
            return None
        paras = goud_paragraphs(rec)
    if len(paras) < MIN_PARAGRAPHS[source]:
        return None
    return rec['name'], rec['title'], paras[:MAX_PARAGRAPHS]


def pick_articles(sources, per_kind):
    """The pages' articles (templates_set24.pick_from_folders(); no kind's text is capped)."""
    return pick_from_folders(sys.modules[__name__], sources, per_kind, article_of, None, 0)


def page_time(n, kind, k, rec):
    """Page n's local publication time and the page's other draws (see the docstring)."""
    rng = random.Random(f'templates_set55 page {n}')
    first, last = datetime.date(2019, 1, 1), datetime.date(2024, 12, 31)
    drawn_day = first + datetime.timedelta(days=rng.randrange((last - first).days + 1))
    clock = (rng.randrange(7, 23), rng.randrange(60))
    draw = {'update': {'days': rng.randint(1, 2), 'hours': rng.randint(1, 9), 'minutes': rng.randint(5, 55)},
            'saved_hours': rng.randint(3, 9), 'saved_minutes': rng.randrange(60), 'count': rng.randint(300, 9000)}
    when = rec.get('when')
    day_ = when if isinstance(when, datetime.date) else drawn_day
    local = zone(kind, datetime.datetime.combine(day_, datetime.time(*clock)))
    if (kind, k) in MOVED:
        h, m = MOVED[kind, k]
        local = zone(kind, local.replace(tzinfo=None, hour=h, minute=m, second=0))
        if local.astimezone(UTC).date() >= local.date():
            raise SystemExit(f'templates_set55: {kind}-{k}: not the day before in UTC')
    return local, draw


def wording_problems():
    """templates_set21's wording check of this file against make_templates.py, templates_set5..54.py and
    templates_set56.py where it exists."""
    earlier_sets = ['make_templates.py'] + [f'templates_set{i}.py' for i in range(5, 55)]
    if os.path.exists(os.path.join(HERE, 'templates_set56.py')):
        earlier_sets.append('templates_set56.py')
    return set21_wording(os.path.basename(__file__), earlier_sets)


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    wording = '--wording' in argv
    code = run_set(sys.modules[__name__], [a for a in argv if a != '--wording'],
                   f'{GOUD_FOLDER}/ and {APT_FOLDER}/', 20261255, 24, 55, relabel)
    if wording:
        problems = wording_problems()
        for problem in problems:
            print(f'templates_set55: {problem}', file=sys.stderr)
        if problems:
            print(f'{len(problems)} wording problems')
            return 1
    return code


if __name__ == '__main__':
    sys.exit(main())
