#!/usr/bin/env python3
"""Sealed HTML template set 24 (issue 14): seven more kinds of Arabic news pages, labelled by construction.

Written by a helper who did not change the HTML extractor's rules, did not read them (src/, include/, data/, bench/),
never ran akhbar on these pages (nor any other binary of that name) and never ran git: the set stays sealed until it is
scored once, and that first score measures the rules on templates nobody tuned them for. None of these platforms is in
make_templates.py or templates_set5..22.py, nor in set 23 (Medium, Substack, Webflow, Wix, Squarespace, Liferay,
Sitefinity), written at the same time by another helper: WordPress on ThemeSphere's SmartMag, WordPress on BetterStudio's
Publisher, WordPress on MVP Themes' Zox News, Remix, Kentico's portal engine, Ruby on Rails with Turbolinks, Stimulus
and Trix, Pelican. The brief suggested Jannah, JNews, SmartMag, Laravel with Livewire, Nuxt 3, Astro and 1C-Bitrix; all
but SmartMag were taken (set 10's jannah, make_templates.py's JNews-like wordpress, set 15's Laravel + Inertia, set 8's
Vue/Nuxt and set 14's Nuxt 3, set 15's astro and bitrix) and were replaced by the other six. Every chrome sentence is
new wording (no chrome constant of the earlier sets is imported; --wording checks automatically that no run of three
Arabic words of a string of this file, docstrings aside, appears, after templates_set5.fold()'s letter folding, in the
string constants of make_templates.py or templates_set5..22.py, docstrings included). The chrome is Arabic (Egyptian,
Tunisian and Lebanese where the site speaks them), with the English that such platforms leave in place (SmartMag's and
Zox's credit lines, Rails' local_time dates, Pelican's "Built with").

The texts are Al Arabiya's TREC records (CORPUS/ant-multisource/Alarabia, 2018; five kinds) and JawharaFM's
(CORPUS/ant-jawharafm, 2013-2017; zoxnews and pelican), each page's headline the record's <TITLE> and its day the
record's <TIME> made local in the kind's zone: Al Arabiya's times carry their clock time ("+0400"), most of JawharaFM's
only a day ("19/01/2016"), whose clock time is then drawn by the page's generator, random.Random("templates_set24 page
N") (N counted over the whole set, kinds in the order below), which also draws each page's update delay (1 to 2 days, 1
to 9 hours, 5 to 55 minutes) and the delay before the page was saved (its "today", relative ages, the comments and
later lists fall between publication and that moment; a page is always saved after its own update). Zones: Riyadh's
and Doha's +03:00, Cairo's +02:00 (no summer time in 2018), Dubai's +04:00, Beirut's +02:00 and +03:00 from 25 March
2018 (set 19's table), Tunis' +01:00; every page's publication and update times are checked against zoneinfo when the
set is written. Four pages are moved just after local midnight for their UTC traps: smartmag-2 (01:40), publisher-3
(00:50), remix-1 (01:20), rails-2 (00:40); kentico-2's record is itself at 01:27 local. A rails page before 04:00 local
takes the drawn clock time instead (its visible dates are UTC). The kinds vary where the dates come from (Yoast's
graph and Open Graph times in UTC; BetterStudio's JSON-LD in local time with a visible date that is the update's;
Zox's microdata with a date-only datePublished and a 'Y-m-d g:i a' dateModified under a relative age; Intl forms over
UTC <time>s and a loader payload; .NET ar-QA forms and an SEO web part's JSON-LD; Rails' local_time printing UTC English
before its script runs, over local JSON-LD and Open Graph times; Pelican's ar_TN dates and Open Graph times with a space
before the clock), which dates are not the article's (the saved day in a header or a rates table, ticker and breaking
clock times, comments, later and latest lists, coming events, a portal's last update, a site's build, footers' years),
and which pages are updated (two of each kind: one shows it, one declares it only in metadata). Each kind carries a
related list and a most-read box (labelled related, in page order) and lists that look related but are not (latest
news, a trending or breaking ticker, previous and next posts, recent posts, an author's tab), and every other page an
inline read-also line or card ("سبق أن نشر المرقاب:", Publisher's inline box "اخترنا لك من أرشيفنا" of two posts, "اقرا
زادة على مرسى الساحل:", a card "يهمك من مدار:", "للاطلاع على تغطيتنا السابقة:", "على الشرفة أيضاً:", a blockquote
"كنّا كتبنا في الموضوع:"). Four kinds are built to be hard: SmartMag's large-image layout puts the <h1>, the author and
the date in a full-width header before and outside the column that holds <article> (which holds only the share bar,
the text and the tags); the Zox News page's comment thread (Tunisian readers, in derja) is longer than its text; the
Remix page holds the whole text again in window.__remixContext's loader data; the Rails page's text is Trix's one <div>
whose paragraphs are separated only by <br><br>, with an image attachment inside. Two more have twists: Kentico's text
is split over sibling web-part zones (the lead alone in the summary zone, a share zone, the rest in the text zone, the
<h1> in a header zone above an image zone), and Pelican's Flex sidebar, with a recent-posts list, comes before <main>.

  smartmag    a Riyadh business paper on WordPress 4.9 with SmartMag (Asia/Riyadh, +03:00): Yoast 7.8's graph (WebPage,
              Article, BreadcrumbList, WebSite, Person) with datePublished and dateModified in UTC ("+00:00"; modified =
              published unless the post was updated), article:published_time in UTC, article:modified_time on updated
              pages only; the top bar's h-date, the saved day without its year ("الاثنين، 5 مارس"), links and social; the
              logo and main menu; the trending ticker "يتصدر النقاش" (three headlines: not related); the large-image
              layout's header outside div.main: the image, the category, <h1 class="is-title post-title">, "كتبه NAME",
              <time class="post-date" datetime> (local, with the offset) showing "1 مارس، 2018" ('j F، Y', pages 0 and 1),
              SmartMag's relative date at the saving "منذ 6 ساعات" (page 2, published at 01:40: the day before in UTC) or
              the weekday's form "الجمعة 11 مايو 2018" (page 3), the read time, the caption; page 1 adds "آخر تحديث: DATE"
              (the updated date), page 3's update is only in Yoast's dateModified and article:modified_time (the updated
              date); the <article>: the share bar, the lead, an in-content ad "مساحة إعلانية", the other paragraphs with,
              on even pages, "سبق أن نشر المرقاب:" and a link after the second (read-also), the tags; the author box with
              a bio; navigate-posts "الخبر الذي سبقه"/"الخبر الذي تلاه" with titles (not related); "تقارير مرتبطة
              بالحدث" (four earlier posts with dates: related); "N تعليقات على الخبر" (two or three comments between
              publication and the saving, 'j F، Y g:i a') and the form; the sidebar: "الأعلى قراءة في المرقاب" (five
              earlier posts: related, a most-read box), the newsletter, "وصلنا للتو" (five posts dated between publication
              and the saving: not related); the footer ("Designed by ThemeSphere.") and the cookie notice
  publisher   a Cairo portal on WordPress with BetterStudio's Publisher 7 (Africa/Cairo, +02:00 in 2018): Yoast's
              article:published_time in UTC (article:modified_time and og:updated_time on updated pages), BetterStudio's
              Organization and NewsArticle JSON-LD with dateCreated, datePublished and dateModified in local time with the
              offset; the top bar with the saved day ("الثلاثاء 15 مايو 2018") and links; the header ad; the newsticker
              "عاجل" (three headlines: not related); post-tp-1's header: the breadcrumb ending with the title, the term
              badge, <h1 class="single-post-title"><span class="post-title">, "بواسطة NAME" and the time: "نشر في 7 أبريل،
              2018" (pages 1 and 2), "نشر في الثلاثاء 6 مارس، 2018 - 12:50 ص" (page 3, the day before in Yoast's UTC), and
              on page 0 Publisher's "show the last update" option, "آخر تحديث 16 مايو، 2018" over the modified datetime
              (the updated date; the published one only in the metadata); page 2's update only in dateModified and
              article:modified_time (the updated date); the image credit; the share bar (twice); the entry's <p>s with, on
              even pages, the inline related-posts box (bs-irp) "اخترنا لك من أرشيفنا" holding two posts after the second
              paragraph (read-also: both); "المقال السابق"/"المقال التالي" with titles (not related); the related tabs
              "أخبار تتقاطع مع الموضوع" (three posts: related) and "مقالات أخرى للكاتب" (deferred, empty); "N تعليقات"
              (two or three Egyptian readers' comments hours later, "DATE في TIME") and the form; the sidebar: "الأكثر
              مشاهدة بين قرائنا" (five: related, a most-read box), "جديد الكورنيش" (five dated between publication and the
              saving: not related), a currency table under the saved day; the footer and a push-notification prompt
  zoxnews     a Sousse news site on WordPress with Zox News (Africa/Tunis, +01:00; JawharaFM's texts, at most 350 words):
              no JSON-LD and no article:* metas: NewsArticle microdata, <time itemprop="datePublished"
              datetime="YYYY-MM-DD"> (the day only) and <meta itemprop="dateModified" content="2017-02-16 5:52 pm">
              (WordPress' 'Y-m-d g:i a'; the publication unless updated); a header strip with the saved day in Tunisian
              months ("الأحد 12 مارس 2017") and the weather; the post head: category, <h1 class="mvp-post-title">, Zox's
              "نُشر منذ N أيام في 10 مارس، 2017" (the relative age at the saving and 'j F، Y') and "بقلم NAME"; the image
              and its caption; #mvp-content-main: the paragraphs with, on odd pages, "اقرا زادة على مرسى الساحل:" and a
              link after the second (read-also); page 1 ends with an italic "تحيين DD/MM/YYYY على الساعة HH:MM: ..." (the
              updated date; not body), page 3's update is only in the dateModified meta (the updated date); "مواضيع
              الخبر:" and tags; "الخبر الموالي"/"ما يفوتكش" with titles (not related); "كمّل القراية"; "في نفس السياق"
              (four: related); "اضغط باش تعلّق"; "N تعليقات على الخبر": six to ten readers' comments of 36 to 43 words in
              Tunisian derja ("DATE على الساعة HH:MM", between publication and the saving, two to four days later), as
              many as it takes for the thread to outgrow the text; the form; the sidebar: "آخر ما نزل" (five with relative
              ages: not related), "الأكثر قراءة" (five: related); the footer ("Theme by MVP Themes, powered by WordPress.")
              and a OneSignal prompt
  remix       an Abu Dhabi digital outlet built with Remix (Asia/Dubai, +04:00): Tailwind classes, modulepreload links,
              article:published_time and a NewsArticle JSON-LD in UTC with milliseconds ("Z"; dateModified = published
              unless updated); a strip with the saved day in Intl's 'full' form, the weather and a live link; the nav; a
              red "الآن" strip (three headlines with clock times before the saving: not related); the breadcrumb;
              the header: section, <h1>, "إعداد: NAME", <time dateTime> in UTC over Intl ar-AE forms (Latin digits): "13
              مايو 2018 في 5:25 م" (page 0), "الاثنين، 14 مايو 2018" (page 1, published at 01:20: the day before in UTC),
              RelativeTimeFormat's "قبل ٣٥ ساعة" (page 2, Arabic-Indic digits), "20‏/3‏/2018" (page 3); page 0 "آخر تحديث
              DATE" (the updated date), page 2's update only in dateModified and the loader's updatedAt (the updated
              date); the prose: the lead, a figure and its caption, the paragraphs with, on odd pages, an aside card "يهمك
              من مدار:" and a link after the third (read-also); tags, share; "قصص ذات ارتباط بالحدث" (four earlier stories
              with dates: related); the aside: "الأكثر قراءة عند جمهور مدار" (five numbered: related), "أحدث القصص" (five
              with clock times: not related), the newsletter; the footer, a consent dialog; window.__remixContext (Remix's
              escaping of <, > and &) with the loader data: the article's paragraphs again, its title, publishedAt and
              updatedAt in UTC, the related and most-read titles, the breaking items; the route modules' script
  kentico     a Doha daily's portal on Kentico's portal engine (ASP.NET Web Forms; Asia/Qatar, +03:00): form#form,
              __CMSCsrfToken, __VIEWSTATE, WebResource.axd and GetResource.ashx, /getmedia/GUID/... .aspx images,
              CMSListMenu and CMSBreadCrumbs classes, p_lt_ctl ids; no Open Graph and no meta date; on pages 2 and 3 an SEO
              web part's NewsArticle JSON-LD in local time with the offset (page 3's dateModified is its update: the
              updated date); the top bar with the saved day; accessibility links, search, menu, the breadcrumb ending
              with the title; the web-part zones: header (category, <h1 class="NewsTitle">, "تاريخ النشر: dd/MM/yyyy
              hh:mm tt" or, page 2, .NET's "dddd dd MMMM yyyy" "الثلاثاء 20 فبراير 2018", the source), image (caption),
              summary (the lead alone), share (AddThis, print, send to a friend), text (the other paragraphs with, on even
              pages, "للاطلاع على تغطيتنا السابقة:" and a link after its second: read-also); page 1 "آخر تحديث:
              dd/MM/yyyy hh:mm tt" (the updated date); "أخبار ذات ارتباط" (four earlier with dd/MM/yyyy: related); a
              feedback poll; the side zone: "الأكثر قراءة أسبوعياً" (five numbered: related), "أضيف إلى البوابة للتو" (five
              dated between publication and the saving: not related), "فعاليات قادمة في الدوحة" (later dates); the footer
              with the copyright and "آخر تحديث للبوابة:" the saving (not the article's)
  rails       a Beirut news site on Ruby on Rails 5.2 with Turbolinks, Stimulus, Trix and the local_time gem (Asia/Beirut):
              csrf metas, turbolinks-cache-control, a webpacker pack, data-controller/data-action/data-target attributes;
              Open Graph article:published_time in local time with the offset (article:modified_time on updated pages), a
              NewsArticle JSON-LD with ActiveSupport's times (local, milliseconds); the header with the saved day in
              Levantine months and the weather; the nav; the "عاجل" ticker (two headlines with clock times: not related);
              the article header: section, <h1 class="article__title">, "كتبت NAME"/"كتب NAME" and local_time's <time
              data-local="time" datetime="...Z"> as the server renders it, in UTC and in English: "April 1, 2018 4:45pm"
              (pages 0 to 2; page 2, published at 00:40 local, shows "April 14, 2018 9:40pm", the day before), "Friday,
              February 2, 2018" (page 3); page 1 "حُدّث May 23, 2018 4:07am" (local_time too; the updated date), page 3's
              update only in dateModified and article:modified_time (the updated date); the Trix body: div.trix-content >
              one <div>, the paragraphs separated by <br><br>, an image attachment <figure> with its caption after the
              lead, on even pages a bold "على الشرفة أيضاً:" and a link after the second (read-also); tags, share; "بنفس
              الملف على الشرفة" (four: related); "آراء القرّاء (N)" (comments with local_time's UTC English times) and the
              form; the sidebar: "الأكثر قراءة بالشرفة" (five: related), "آخر الأخبار" (five with clock times: not
              related), the newsletter; the footer and the cookie banner
  pelican     a Sfax citizen-news collective's static site built with Pelican and the Flex theme (Africa/Tunis, +01:00;
              JawharaFM's texts): Flex's Open Graph with article:published_time and article:modified_time as str() of
              Pelican's datetimes ("2015-12-05 07:46:00+01:00", a space before the clock; modified = published unless
              updated); the <aside> before <main>: logo, the site's name in an <h2> (Flex's <h1>, changed so that the page
              has one), subtitle, links, social, "أحدث التدوينات" (five later posts with dd/mm/yyyy dates: not related);
              <main>: the nav, article.single: <h1 id="SLUG">, "نُشر يوم DATE في قسم CATEGORY • قراءة في N دقائق" with
              DATE '%A %d %B %Y' under ar_TN ("السبت 05 ديسمبر 2015", pages 0 and 2), "05/08/2016" (page 1), "2017-03-12"
              (page 3), "كتبه NAME"; page 0 "آخر تبديل يوم DATE" (the updated date), page 2's update only in
              article:modified_time (the updated date); the paragraphs with, on odd pages, a blockquote "كنّا كتبنا في
              الموضوع:" and a link after the second (read-also), a source note in <small>; the tag cloud; the previous and
              next buttons (their titles only in title attributes); "تدوينات تقترب من الموضوع" (four: related); "النقاش
              تحت التدوينة": Isso's postbox and two comments with relative ages at the build; the footer (the build's
              year, "Built with Pelican using Flex theme")

Labels (the format of tests/html/labels): title (the <h1>), published (the local date in the kind's zone), updated (the
local date where the page shows or declares an update: 14 of the 28 pages, two of each kind; every other page carries
updated null and declares no modified time later than its publication), body_with = the opening of each paragraph
(templates_set5.opening(); 6 to 8 a page, from the first paragraph to the last), body_without = visible chrome texts,
readers' comments and their dates, date lines and other stories' headlines, read_also, related (headed related lists
and most-read boxes only, in page order). An editor's update note, a source note and an image caption inside the text
are not body.

Articles: a record is an article when it has a date, its title has 3 to 20 words and no read-also marker ("اقرأ",
"إقرأ", "للمزيد", "قد يهمك"), no line of its text holds one, and it has at least 6 paragraphs (the first 8 kept): Al
Arabiya's paragraphs are its lines of 12 words or more; JawharaFM's records are a lead line and the rest of the text on
one line, so their paragraphs are their sentences, those under 12 words joined to the next (templates_set16's
sentences() and joined_paragraphs()). The records that a label of tests/ (segmenter, HTML or CLI) or ../shared/eval/dev
named, or that a segmenter blind draw listed (blind24 and blind25 included), when the set was written are left out
(LABEL_NAMED), and so are the records set 12 (its 28 JawharaFM pages) and set 14 (its 15 Al Arabiya pages) built
pages around (EARLIER_SETS_READ), both frozen. Page k of a kind takes the first article, in sorted path order, of the
folder FOLDERS[kind][k] (or of the kind's next folders) that no page took before, kinds in the order above (smartmag:
economy, technology, economy, internationalNews; publisher: internationalNews, sport, culture, economy; zoxnews:
localNews, economy, localNews, sport; remix: technology, internationalNews, sport, culture; kentico: economy, culture,
internationalNews, economy; rails: culture, internationalNews, sport, technology; pelican: localNews, diverse,
internationalNews, politic). Other stories' headlines (related, latest and the like) are the titles of the records of
the same source that follow the article's in sorted path order, wrapping around (templates_set14.following()): the
first 11 shuffled by random.Random(20261224), one shuffle a page, then the rest in order (the read-also is the 12th,
Publisher's second inline item the 13th, tickers, previous and next titles from the 14th on).

Usage: templates_set24.py OUT_DIR [--corpus DIR] [--per-kind 4] [--kinds a,b] [--wording]
writes OUT_DIR/pages/KIND-N.html and OUT_DIR/labels/KIND-N.json, checks every labelled text against the page's visible
text with templates_set5's check() (templates_set12.write_page()), checks with templates_set9's link check that every
read-also and related title is the whole text of a link and that each label has the keys and types
../shared/eval/score.py reads, and with templates_set10's balance check that every non-void element is closed in order
(templates_set10.renderer() runs those two), checks the pages' offsets against zoneinfo; with --wording it also runs
wording_problems(); fails if any check does. The output is the same byte for byte from run to run."""
import datetime
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
# Helpers, calendar data and the corpus readers only; no chrome sentence of the earlier sets.
from templates_set5 import DAYS, GULF_MONTHS, esc, fold  # noqa: E402
from templates_set10 import renderer  # noqa: E402
from templates_set12 import (TN_MONTHS, hm, indic, iso_local, records as jawhara_records, set_arguments,  # noqa: E402
                             trec_records, write_page)
from templates_set14 import following, usable_title  # noqa: E402
from templates_set15 import outside, upd_of  # noqa: E402
from templates_set16 import dmy, joined_paragraphs, lv_date, sentences  # noqa: E402
from templates_set17 import ar_date  # noqa: E402
from templates_set19 import BEIRUT_SUMMER, MARKERS, ampm, h12, iso_utc, iso_z, lead_words, wp_date, zone_helpers  # noqa: E402
from templates_set20 import hash_int, iso_ms_z  # noqa: E402
from templates_set21 import with_null_update, wording_problems as set21_wording  # noqa: E402

KINDS = ('smartmag', 'publisher', 'zoxnews', 'remix', 'kentico', 'rails', 'pelican')
# The kind's standard offset (hours east of UTC) and the UTC spans in which it is one hour ahead (set 19's Beirut
# table); TZ names the zone each kind's times are checked against with zoneinfo.
ZONES = {'smartmag': (3, []), 'publisher': (2, []), 'zoxnews': (1, []), 'remix': (4, []), 'kentico': (3, []),
         'rails': (2, BEIRUT_SUMMER), 'pelican': (1, [])}
TZ = {'smartmag': 'Asia/Riyadh', 'publisher': 'Africa/Cairo', 'zoxnews': 'Africa/Tunis', 'remix': 'Asia/Dubai',
      'kentico': 'Asia/Qatar', 'rails': 'Asia/Beirut', 'pelican': 'Africa/Tunis'}
# Where each kind's texts come from, and the record folders its pages take them from, page by page (a folder that has
# no article left gives way to the next one of the list).
SOURCE = {'smartmag': 'alarabia', 'publisher': 'alarabia', 'zoxnews': 'jawhara', 'remix': 'alarabia',
          'kentico': 'alarabia', 'rails': 'alarabia', 'pelican': 'jawhara'}
FOLDERS = {'smartmag': ('economy', 'technology', 'economy', 'internationalNews'),
           'publisher': ('internationalNews', 'sport', 'culture', 'economy'),
           'zoxnews': ('localNews', 'economy', 'localNews', 'sport'),
           'remix': ('technology', 'internationalNews', 'sport', 'culture'),
           'kentico': ('economy', 'culture', 'internationalNews', 'economy'),
           'rails': ('culture', 'internationalNews', 'sport', 'technology'),
           'pelican': ('localNews', 'diverse', 'internationalNews', 'politic')}
# Pages whose local clock is moved to just after midnight, so that their UTC date is the day before (kind, page).
AFTER_MIDNIGHT = {('smartmag', 2): (1, 40), ('publisher', 3): (0, 50), ('remix', 1): (1, 20), ('rails', 2): (0, 40)}
# Kinds whose visible dates are rendered in UTC (Rails' local_time before its script runs): their other pages are kept
# between 04:00 and 23:59 local, so that the UTC day shown is the local one.
UTC_SHOWN = ('rails',)
# The zoxnews pages' comment thread is longer than their text: their texts have at most this many words.
ZOX_MAX_WORDS = 350
UTC = datetime.timezone.utc
offset_hours, zone, in_zone, later, earlier = zone_helpers(ZONES)


def moment_helpers(in_zone, later):
    """The moment helpers of a set, bound to its zones (zone_helpers' in_zone and later): between(kind, start, end, i,
    n), the i-th (from 0) of n moments spread evenly between `start` and `end`, both left out, in the kind's zone; and
    saved_after(kind, now, mod, draw), the moment a page was saved: `now`, or, where the article was updated after it,
    the update plus the page's drawn delay (a page shows or declares no update later than its own saving)."""
    def between(kind, start, end, i, n):
        return in_zone(kind, start + (end - start) * (i + 1) / (n + 1))

    def saved_after(kind, now, mod, draw):
        if mod is not None and mod >= now:
            return later(kind, mod, hours=draw['saved_hours'], minutes=draw['saved_minutes'])
        return now

    return between, saved_after


def page_helpers(later, between, saved_after, page_of=lambda k: k):
    """The page-time helpers later sets share, bound to their zones (zone_helpers' later, moment_helpers' between and
    saved_after): updates(kind, k, pub, draw, pages), the update moment and day of page k when page_of(k) is among the
    updated `pages` (else the publication and None); saved(kind, pub, draw, mod, upd_day, **delta), the moment the
    page was saved `delta` after publication, after its update where it shows one; moments(kind, start, end, n), n
    moments spread evenly between `start` and `end`."""
    def updates(kind, k, pub, draw, pages):
        if page_of(k) in pages:
            mod = later(kind, pub, **draw['update'])
            return mod, mod.date()
        return pub, None

    def saved(kind, pub, draw, mod, upd_day, **delta):
        return saved_after(kind, later(kind, pub, **delta), mod if upd_day else None, draw)

    def moments(kind, start, end, n):
        return [between(kind, start, end, i, n) for i in range(n)]

    return updates, saved, moments


between, saved_after = moment_helpers(in_zone, later)


def read_minutes(paras, pace=200):
    return max(3, words_of(paras) // pace + 1)


def words_of(paras):
    return sum(len(p.split()) for p in paras)


def after(paras, block, where=1, wrap='<p>{}</p>'):
    """The paragraphs in `wrap` with `block` (HTML, or '') after paragraph `where` (the last one if the text is
    shorter)."""
    out = []
    for i, p in enumerate(paras):
        out.append(wrap.format(esc(p)))
        if block and i == min(where, len(paras) - 1):
            out.append(block)
    return ''.join(out)


def tn_long(t):
    return f'{t.day} {TN_MONTHS[t.month - 1]} {t.year}'


def en_clock(t):
    """Ruby's '%l:%M%P' without the padding: '3:46pm'."""
    return f'{t.hour % 12 or 12}:{t.minute:02d}{"am" if t.hour < 12 else "pm"}'


# --- smartmag: a Riyadh business paper on WordPress with ThemeSphere's SmartMag (Bunyad) ---------------------------
SM_SITE = 'المرقاب'
SM_HOST = 'https://www.almirqab.sa.example'
SM_TOP = ['عن المرقاب', 'أعلن معنا', 'راسل التحرير']
SM_MENU = ['الرئيسية', 'محليات', 'أسواق', 'طاقة', 'عقار', 'تقنية', 'دوليات', 'رياضة']
SM_SECTIONS = {'economy': 'أسواق', 'technology': 'تقنية', 'internationalNews': 'دوليات'}
SM_TRENDING = 'يتصدر النقاش'
SM_AUTHORS = [('عبدالعزيز الدوسري', 'محرر الأسواق، يغطي البورصة والشركات المدرجة من مكتب الرياض'),
              ('نوف القحطاني', 'محررة التقنية والاقتصاد الرقمي في المرقاب'),
              ('فريق المرقاب', 'حساب التحرير المشترك لمحرري الصحيفة'),
              ('ماجد العنزي', 'يكتب عن الطاقة والعلاقات الاقتصادية الدولية')]
SM_BY = 'كتبه'
SM_UPDATED = 'آخر تحديث:'
SM_READ = '{n} دقائق للقراءة'
SM_CAPTION = 'صورة أرشيفية يستعملها المرقاب للتوضيح'
SM_ALSO = 'سبق أن نشر المرقاب:'
SM_AD = 'مساحة إعلانية'
SM_SHARE = ['فيسبوك', 'تويتر', 'لينكدإن', 'واتساب', 'البريد']
SM_SHARE_HEAD = 'انشر الخبر'
SM_TAG_WORDS = {'economy': ['الاقتصاد السعودي', 'الأسواق'], 'technology': ['التقنية', 'الشركات الناشئة'],
                'internationalNews': ['العالم', 'الشرق الأوسط']}
SM_PREV, SM_NEXT = 'الخبر الذي سبقه', 'الخبر الذي تلاه'
SM_RELATED = 'تقارير مرتبطة بالحدث'
SM_COMMENTS = '{n} تعليقات على الخبر'
SM_COMMENTERS = [('أبو فيصل', 'المهم أن ينعكس هذا على المواطن البسيط، الأرقام وحدها ما تكفي إذا ما شفنا أثرها في السوق'),
                 ('سارة م.', 'تقرير مرتب، وأتمنى تكتبون عن أثر القرار على المنشآت الصغيرة بعد أشهر من تطبيقه'),
                 ('محلل مالي', 'القراءة الأولية إيجابية، لكن الحكم الحقيقي يكون بعد نتائج الربع القادم')]
SM_REPLY = 'رُد عليه'
SM_FORM_HEAD = 'دوّن تعليقك هنا'
SM_FORM_NOTE = 'بريدك يبقى مخفياً عن القراء، وما عليه نجمة لا بد من تعبئته'
SM_FORM = ['التعليق', 'الاسم *', 'البريد *', 'أرسل رأيك']
SM_POPULAR = 'الأعلى قراءة في المرقاب'
SM_LATEST = 'وصلنا للتو'
SM_LETTER_HEAD = 'نشرة المرقاب الصباحية'
SM_LETTER = 'ملخص الأسواق ومؤشر تاسي في بريدك قبل افتتاح التداول'
SM_LETTER_BUTTON = 'اشترك الآن'
SM_FOOT_ABOUT = 'المرقاب صحيفة إلكترونية تصدر من الرياض، مرخصة من وزارة الإعلام، وتهتم بالمال والأعمال'
SM_FOOT = ['سياسة الخصوصية', 'شروط الاستخدام', 'الإعلانات', 'تواصل معنا']
SM_COPY = '© {year} المرقاب. Designed by ThemeSphere.'
SM_COOKIE = 'يحفظ المرقاب بعض الملفات الصغيرة في متصفحك ليعرف عدد زواره ويحسّن صفحاته'
SM_COOKIE_BUTTON = 'حسناً'


def sm_post(t, href, d, cls='small'):
    """A SmartMag loop item: the title's link, then its date."""
    return (f'<article class="l-post {cls}-post {cls}-a-post m-pos-left"><div class="media"><a href="{href}" class="image-link media-ratio ratio-1-1" title="{esc(t)}">'
            f'<span data-bgsrc="{SM_HOST}/wp-content/uploads/{hash_int(t) % 89}-150x150.jpg" class="img bg-cover wp-post-image attachment-thumbnail size-thumbnail lazyload"></span></a></div>'
            f'<div class="content"><div class="post-meta post-meta-a post-meta-left has-below"><h4 class="is-title post-title"><a href="{href}">{esc(t)}</a></h4>'
            f'<div class="post-meta-items meta-below"><span class="meta-item date"><span class="date-link"><time class="post-date" datetime="{iso_local(d)}">{wp_date(d)}</time></span></span></div></div></div></article>')


def sm_ago(t, now):
    """SmartMag's relative date (Bunyad's human_time_diff under the Arabic locale)."""
    n = max(1, int((now - t).total_seconds() // 3600))
    return {1: 'منذ ساعة', 2: 'منذ ساعتين'}.get(n, f'منذ {n} ساعات' if n <= 10 else f'منذ {n} ساعة')


def render_smartmag(art, others, extra, day, slug, k):
    name, title, paras = art
    rel, popular, latest = others[:4], others[4:9], others[9:11] + extra['more'][:3]
    trending = extra['more'][3:6]
    prev_t, next_t = extra['more'][6], extra['more'][7]
    kind = 'smartmag'
    pub = extra['at']
    draw = extra['draw']
    post_id = 41820 + 613 * k
    author, bio = SM_AUTHORS[k]
    section = SM_SECTIONS.get(extra['folder'], 'أسواق')
    now = later(kind, pub, hours=draw['saved_hours'], minutes=draw['saved_minutes'])  # the moment the page was saved
    mod, upd_day, upd_html, upd_text = pub, None, '', ''
    if k == 1:
        mod = later(kind, pub, **draw['update'])
        upd_day = mod.date()
        upd_text = f'{SM_UPDATED} {wp_date(mod)}'
        upd_html = (f'<span class="meta-item has-next-icon date-modified"><span class="updated-on">{SM_UPDATED}</span> '
                    f'<time class="post-date" datetime="{iso_local(mod)}">{wp_date(mod)}</time></span>')
    elif k == 3:
        mod = later(kind, pub, **draw['update'])
        upd_day = mod.date()
    now = saved_after(kind, now, mod if upd_day else None, draw)
    # The date the theme prints: WordPress' "j F، Y" (pages 0 and 1), the relative date of the saved moment (page 2,
    # published at 01:40: the day before in UTC), the weekday's form (page 3).
    shown = (wp_date(pub), wp_date(pub), sm_ago(pub, now), f'{DAYS[pub.weekday()]} {ar_date(pub)}')[k]
    minutes = read_minutes(paras)
    also = ''
    if k % 2 == 0:
        also = f'<p class="has-background"><strong>{SM_ALSO}</strong> <a href="{SM_HOST}/{pub.year}/{pub.month:02d}/{post_id - 97}/">{esc(extra["also"])}</a></p>'
    ad = f'<div class="a-wrap a-wrap-base a-wrap-2"><span class="label">{SM_AD}</span><a href="{SM_HOST}/ads/in-content"><img src="{SM_HOST}/wp-content/uploads/ads/300x250-{k}.jpg" width="300" height="250" alt=""></a></div>'
    body = f'<p>{esc(paras[0])}</p>{ad}' + after(paras[1:], also, 0)
    tags = outside(SM_TAG_WORDS.get(extra['folder'], SM_TAG_WORDS['economy']), paras)
    tags_html = ''.join(f'<a href="{SM_HOST}/tag/t{i}/" rel="tag">{t}</a>' for i, t in enumerate(tags))
    share = ' '.join(f'<a href="#" class="cf service s-{c} service-lg" title="{t}" target="_blank" rel="nofollow noopener"><i class="tsi tsi-{c}"></i><span class="label">{t}</span></a>'
                    for c, t in zip(('facebook', 'twitter', 'linkedin', 'whatsapp', 'email'), SM_SHARE))
    rel_days = [earlier(kind, pub, days=3 + 8 * i, hours=2 * i) for i in range(len(rel))]
    rel_html = ''.join(f'<article class="l-post grid-post grid-sm-post"><div class="media"><a href="{SM_HOST}/r/{post_id - 40 - 9 * i}/" class="image-link media-ratio ratio-16-9" title="{esc(t)}"><span data-bgsrc="{SM_HOST}/wp-content/uploads/rel-{i}-450x253.jpg" class="img bg-cover lazyload"></span></a></div>'
                       f'<div class="content"><div class="post-meta post-meta-a has-below"><h2 class="is-title post-title"><a href="{SM_HOST}/r/{post_id - 40 - 9 * i}/">{esc(t)}</a></h2><div class="post-meta-items meta-below"><span class="meta-item date"><span class="date-link"><time class="post-date" datetime="{iso_local(d)}">{wp_date(d)}</time></span></span></div></div></div></article>'
                       for i, (t, d) in enumerate(zip(rel, rel_days)))
    popular_days = [earlier(kind, pub, days=2 + 3 * i, hours=5) for i in range(len(popular))]
    popular_html = ''.join(sm_post(t, f'{SM_HOST}/p/{post_id - 300 - i}/', d) for i, (t, d) in enumerate(zip(popular, popular_days)))
    latest_days = [between(kind, pub, now, i, len(latest)) for i in range(len(latest))]
    latest_html = ''.join(sm_post(t, f'{SM_HOST}/n/{post_id + 3 + i}/', d) for i, (t, d) in enumerate(zip(latest, latest_days)))
    trending_html = ''.join(f'<li><a href="{SM_HOST}/t/{post_id + 50 + i}/" class="post-link">{esc(t)}</a></li>' for i, t in enumerate(trending))
    comments = SM_COMMENTERS[k % 3:] + SM_COMMENTERS[:k % 3]
    comments = comments[:2 + k % 2]
    comment_days = [between(kind, pub, now, i, len(comments)) for i in range(len(comments))]
    comment_lines = [f'{wp_date(d)} {h12(d)} {ampm(d)}' for d in comment_days]
    comments_html = ''.join(f'<li class="comment {"even" if i % 2 == 0 else "odd"} thread-{"even" if i % 2 == 0 else "odd"} depth-1" id="li-comment-{post_id * 5 + i}"><article id="comment-{post_id * 5 + i}" class="comment the-comment" itemscope itemtype="http://schema.org/UserComments">'
                            f'<div class="comment-avatar"><img alt="" src="{SM_HOST}/avatar/{i}.png" class="avatar avatar-45 photo" height="45" width="45" loading="lazy"></div><div class="comment-content"><div class="comment-meta">'
                            f'<span class="comment-author" itemprop="creator" itemscope itemtype="http://schema.org/Person"><span itemprop="name">{esc(n)}</span></span> '
                            f'<a href="#comment-{post_id * 5 + i}" class="comment-time"><time itemprop="commentTime" datetime="{iso_local(d)}">{line}</time></a> '
                            f'<span class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{post_id * 5 + i}">{SM_REPLY}</a></span></div>'
                            f'<div class="text"><div itemprop="commentText" class="comment-text"><p>{esc(c)}</p></div></div></div></article></li>'
                            for i, ((n, c), d, line) in enumerate(zip(comments, comment_days, comment_lines)))
    today = f'{DAYS[now.weekday()]}، {now.day} {GULF_MONTHS[now.month - 1]}'
    top = ''.join(f'<li class="menu-item"><a href="{SM_HOST}/page-{i}/">{t}</a></li>' for i, t in enumerate(SM_TOP))
    menu = ''.join(f'<li class="menu-item{" current-post-ancestor current-menu-parent" if t == section else ""}"><a href="{SM_HOST}/category/c{i}/"><span>{t}</span></a></li>' for i, t in enumerate(SM_MENU))
    foot = ''.join(f'<li class="menu-item"><a href="{SM_HOST}/info-{i}/">{t}</a></li>' for i, t in enumerate(SM_FOOT))
    url = f'{SM_HOST}/{pub.year}/{pub.month:02d}/{pub.day:02d}/{post_id}/'
    image = f'{SM_HOST}/wp-content/uploads/{pub.year}/{pub.month:02d}/{post_id}-1200x675.jpg'
    graph = {'@context': 'https://schema.org', '@graph': [
        {'@type': 'WebPage', '@id': url, 'url': url, 'name': f'{title} - {SM_SITE}', 'isPartOf': {'@id': SM_HOST + '/#website'},
         'datePublished': iso_utc(pub), 'dateModified': iso_utc(mod), 'inLanguage': 'ar', 'breadcrumb': {'@id': url + '#breadcrumb'}},
        {'@type': 'Article', '@id': url + '#article', 'isPartOf': {'@id': url}, 'author': {'@id': f'{SM_HOST}/#/schema/person/{k}'},
         'headline': title, 'datePublished': iso_utc(pub), 'dateModified': iso_utc(mod), 'mainEntityOfPage': {'@id': url},
         'wordCount': words_of(paras), 'commentCount': len(comments), 'publisher': {'@id': SM_HOST + '/#organization'},
         'image': {'@id': url + '#primaryimage'}, 'articleSection': [section], 'inLanguage': 'ar'},
        {'@type': 'BreadcrumbList', '@id': url + '#breadcrumb', 'itemListElement': [
            {'@type': 'ListItem', 'position': 1, 'name': SM_MENU[0], 'item': SM_HOST + '/'},
            {'@type': 'ListItem', 'position': 2, 'name': title}]},
        {'@type': 'WebSite', '@id': SM_HOST + '/#website', 'url': SM_HOST + '/', 'name': SM_SITE, 'inLanguage': 'ar'},
        {'@type': 'Person', '@id': f'{SM_HOST}/#/schema/person/{k}', 'name': author}]}
    modified_meta = f'<meta property="article:modified_time" content="{iso_utc(mod)}" />\n' if upd_day else ''
    letter = (f'<div class="spc-newsletter spc-newsletter-b spc-newsletter-center spc-newsletter-sm"><div class="bg-wrap"></div><div class="inner">'
              f'<h3 class="heading">{SM_LETTER_HEAD}</h3><div class="base-text message"><p>{SM_LETTER}</p></div>'
              f'<form method="post" action="" class="form fields-style fields-full" target="_blank"><div class="main-fields"><p class="field-email"><input type="email" name="EMAIL" placeholder="you@example.com" required></p>'
              f'<p class="field-submit"><input type="submit" value="{SM_LETTER_BUTTON}"></p></div></form></div></div>')
    page = f'''<!DOCTYPE html>
<html dir="rtl" lang="ar" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)} - {SM_SITE}</title>
<!-- This site is optimized with the Yoast SEO plugin v7.8 - https://yoast.com/wordpress/plugins/seo/ -->
<meta name="description" content="{esc(lead_words(paras, 26))}" />
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="ar_AR" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(title)} - {SM_SITE}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="{SM_SITE}" />
<meta property="article:section" content="{section}" />
<meta property="article:published_time" content="{iso_utc(pub)}" />
{modified_meta}<meta property="og:image" content="{image}" />
<meta name="twitter:card" content="summary_large_image" />
<script type='application/ld+json' class='yoast-schema-graph'>{json.dumps(graph, ensure_ascii=False)}</script>
<!-- / Yoast SEO plugin. -->
<link rel='stylesheet' id='smartmag-core-css' href='{SM_HOST}/wp-content/themes/smart-mag/style.css?ver=5.0.2' type='text/css' media='all' />
<link rel='stylesheet' id='smartmag-rtl-css' href='{SM_HOST}/wp-content/themes/smart-mag/css/rtl.css?ver=5.0.2' type='text/css' media='all' />
<script type='text/javascript' src='{SM_HOST}/wp-includes/js/jquery/jquery.js?ver=1.12.4'></script>
<meta name="generator" content="WordPress 4.9.7" />
</head>
<body class="rtl post-template-default single single-post postid-{post_id} single-format-standard right-sidebar post-layout-large-image post-cat-{3 + k} has-lb has-lb-sm layout-normal">
<div class="main-wrap">
<div class="off-canvas-backdrop"></div>
<header id="smart-head" class="smart-head smart-head-a smart-head-main" data-sticky="auto" data-sticky-type="smart">
<div class="smart-head-row smart-head-top s-dark smart-head-row-full"><div class="inner wrap"><div class="items items-left">
<span class="h-date">{today}</span>
<div class="nav-wrap"><nav class="navigation navigation-small nav-hov-a"><ul id="menu-top-links" class="menu">{top}</ul></nav></div>
</div><div class="items items-right"><div class="spc-social-block spc-social spc-social-a smart-head-social"><a href="https://twitter.example/almirqab" class="link service s-twitter" target="_blank" rel="nofollow noopener"><i class="icon tsi tsi-twitter"></i><span class="visuallyhidden">Twitter</span></a> <a href="https://instagram.example/almirqab" class="link service s-instagram" target="_blank" rel="nofollow noopener"><i class="icon tsi tsi-instagram"></i><span class="visuallyhidden">Instagram</span></a></div></div></div></div>
<div class="smart-head-row smart-head-mid is-light smart-head-row-full"><div class="inner wrap"><div class="items items-left"><a href="{SM_HOST}/" title="{SM_SITE}" rel="home" class="logo-link ts-logo logo-is-image"><span><img src="{SM_HOST}/wp-content/uploads/logo-almirqab.png" class="logo-image" alt="{SM_SITE}" width="260" height="64" /></span></a></div>
<div class="items items-right"><div class="nav-wrap"><nav class="navigation navigation-main nav-hov-a"><ul id="menu-main-menu" class="menu">{menu}</ul></nav></div>
<a href="#" class="search-icon has-icon-only is-icon" title="بحث"><i class="tsi tsi-search"></i></a></div></div></div>
</header>
<div class="trending-ticker" data-delay="8"><span class="heading">{SM_TRENDING}</span><ul>{trending_html}</ul></div>
<div class="post-top cf">
<div class="s-head-large-image the-post-header s-head-modern s-head-modern-a">
<div class="image-link media-ratio ar-bunyad-full"><img width="1200" height="675" src="{image}" class="attachment-bunyad-full size-bunyad-full wp-post-image" alt="" /></div>
<div class="ts-contain"><div class="post-meta post-meta-a post-meta-left post-meta-single has-below">
<div class="post-meta-items meta-above"><span class="meta-item cat-labels"><a href="{SM_HOST}/category/c{SM_MENU.index(section)}/" class="category term-color-{3 + k}" rel="category">{section}</a></span></div>
<h1 class="is-title post-title">{esc(title)}</h1>
<div class="post-meta-items meta-below has-author-img"><span class="meta-item post-author has-img"><img alt="" src="{SM_HOST}/avatar/a{k}.png" class="avatar avatar-32 photo" height="32" width="32" /><span class="by">{SM_BY}</span> <a href="{SM_HOST}/author/a{k}/" rel="author">{esc(author)}</a></span>
<span class="meta-item has-next-icon date"><time class="post-date" datetime="{iso_local(pub)}">{shown}</time></span>{upd_html}
<span class="meta-item read-time has-icon"><i class="tsi tsi-clock"></i>{SM_READ.format(n=minutes)}</span></div>
</div>
<div class="wp-caption-text">{SM_CAPTION}</div></div>
</div>
</div>
<div class="main ts-contain cf right-sidebar">
<div class="ts-row">
<div class="col-8 main-content">
<div class="the-post s-post-large-image">
<article id="post-{post_id}" class="post-{post_id} post type-post status-publish format-standard has-post-thumbnail">
<div class="post-share post-share-b spc-social-colors post-share-b1"><span class="share-text">{SM_SHARE_HEAD}</span>{share}</div>
<div class="post-content-wrap"><div class="post-content cf entry-content content-spacious">
{body}
</div></div>
<div class="the-post-tags">{tags_html}</div>
</article>
<div class="author-box"><section class="author-info"><img alt="" src="{SM_HOST}/avatar/a{k}.png" class="avatar avatar-95 photo" height="95" width="95" /><div class="description"><a href="{SM_HOST}/author/a{k}/" title="{esc(author)}" rel="author">{esc(author)}</a><p class="bio">{bio}</p></div></section></div>
<section class="navigate-posts"><div class="previous"><span class="main-color title"><i class="tsi tsi-chevron-right"></i> {SM_PREV}</span><span class="link"><a href="{SM_HOST}/p/{post_id - 1}/" rel="prev">{esc(prev_t)}</a></span></div>
<div class="next"><span class="main-color title">{SM_NEXT} <i class="tsi tsi-chevron-left"></i></span><span class="link"><a href="{SM_HOST}/p/{post_id + 1}/" rel="next">{esc(next_t)}</a></span></div></section>
<section class="related-posts"><div class="block-head block-head-ac block-head-c is-left"><h4 class="heading">{SM_RELATED}</h4></div>
<section class="block-wrap block-grid cols-gap-sm mb-none"><div class="block-content"><div class="loop loop-grid loop-grid-sm grid grid-2 md:grid-2 xs:grid-1">{rel_html}</div></div></section></section>
<div class="comments"><div id="comments" class="comments-area"><div class="block-head block-head-ac block-head-c is-left"><h4 class="heading">{SM_COMMENTS.format(n=len(comments))}</h4></div>
<ol class="comments-list">{comments_html}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">{SM_FORM_HEAD}</h3><form action="{SM_HOST}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">{SM_FORM_NOTE}</p><p><textarea name="comment" id="comment" cols="45" rows="8" placeholder="{SM_FORM[0]}" aria-required="true"></textarea></p><p class="form-field comment-form-author"><input id="author" name="author" type="text" placeholder="{SM_FORM[1]}" size="30" /></p><p class="form-field comment-form-email"><input id="email" name="email" type="email" placeholder="{SM_FORM[2]}" size="30" /></p><p class="form-submit"><input name="submit" type="submit" id="comment-submit" class="submit" value="{SM_FORM[3]}" /></p></form></div>
</div></div>
</div>
</div>
<aside class="col-4 main-sidebar has-sep" data-sticky="1"><div class="inner theiaStickySidebar">
<div id="smartmag-block-posts-small-2" class="widget ts-block-widget smartmag-widget-posts-small"><div class="block"><section class="block-wrap block-posts-small block-sc mb-none"><div class="widget-title block-head block-head-ac block-head-g is-left has-style"><h5 class="heading">{SM_POPULAR}</h5></div><div class="block-content"><div class="loop loop-small loop-small-a loop-sep loop-small-sep grid grid-1">{popular_html}</div></div></section></div></div>
<div id="bunyad-newsletter-2" class="widget widget-newsletter">{letter}</div>
<div id="smartmag-block-posts-small-3" class="widget ts-block-widget smartmag-widget-posts-small"><div class="block"><section class="block-wrap block-posts-small block-sc mb-none"><div class="widget-title block-head block-head-ac block-head-g is-left has-style"><h5 class="heading">{SM_LATEST}</h5></div><div class="block-content"><div class="loop loop-small loop-small-a loop-sep loop-small-sep grid grid-1">{latest_html}</div></div></section></div></div>
</div></aside>
</div>
</div>
<footer class="main-footer cols-gap-lg footer-bold s-dark">
<div class="upper-footer bold-footer-upper"><div class="ts-contain wrap"><div class="widgets row cf"><div class="widget col-6 widget-about"><div class="base-text about-text"><p>{SM_FOOT_ABOUT}</p></div></div><div class="widget col-6 widget_nav_menu"><ul class="menu">{foot}</ul></div></div></div></div>
<div class="lower-footer bold-footer-lower"><div class="ts-contain inner"><div class="copyright">{SM_COPY.format(year=now.year)}</div></div></div>
</footer>
</div>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice"><div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">{SM_COOKIE}</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button">{SM_COOKIE_BUTTON}</a></span></div></div>
<script type='text/javascript'>/* <![CDATA[ */ var Bunyad = {{"ajaxurl":"{SM_HOST}\\/wp-admin\\/admin-ajax.php"}}; /* ]]> */</script>
<script type='text/javascript' src='{SM_HOST}/wp-content/themes/smart-mag/js/theme.js?ver=5.0.2'></script>
</body>
</html>
'''
    without = [today, SM_TRENDING, f'{SM_BY} {author}', shown, SM_READ.format(n=minutes), SM_CAPTION, SM_AD, SM_SHARE_HEAD, bio, SM_PREV, SM_NEXT,
               prev_t, next_t, SM_RELATED, SM_COMMENTS.format(n=len(comments)), SM_FORM_HEAD, SM_FORM_NOTE, SM_POPULAR, SM_LETTER_HEAD, SM_LETTER,
               SM_LATEST, SM_FOOT_ABOUT, SM_COPY.format(year=now.year), SM_COOKIE] + outside([SM_TOP[2], SM_FOOT[1]], paras) + [c for _, c in comments] + comment_lines + trending + \
        latest + rel[:2] + popular[:2] + ([upd_text] if upd_text else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel + popular, without, upd_of(upd_day)


# --- publisher: a Cairo portal on WordPress with BetterStudio's Publisher ------------------------------------------
PB_SITE = 'بوابة الكورنيش'
PB_HOST = 'https://www.korniche-eg.example'
PB_TOP = ['من نحن', 'اتصل بنا', 'سياسة الخصوصية']
PB_MENU = ['الرئيسية', 'أخبار مصر', 'عربي ودولي', 'اقتصاد وبورصة', 'رياضة', 'فن وثقافة', 'منوعات', 'فيديو']
PB_SECTIONS = {'internationalNews': 'عربي ودولي', 'sport': 'رياضة', 'culture': 'فن وثقافة', 'economy': 'اقتصاد وبورصة'}
PB_TICKER = 'عاجل'
PB_BREADCRUMB = 'الرئيسية'
PB_BY = 'بواسطة'
PB_AUTHORS = ['أحمد سمير', 'دينا الشناوي', 'محمود عبد الحليم', 'إسراء فؤاد']
PB_PUBLISHED = 'نشر في'
PB_UPDATED = 'آخر تحديث'
PB_CREDIT = 'تصوير: أرشيف الكورنيش'
PB_IRP = 'اخترنا لك من أرشيفنا'
PB_SHARE = 'شارك مع أصحابك'
PB_SHARE_LINKS = ['فيسبوك', 'تويتر', 'واتساب', 'تيليجرام']
PB_PREV, PB_NEXT = 'المقال السابق', 'المقال التالي'
PB_RELATED = 'أخبار تتقاطع مع الموضوع'
PB_AUTHOR_TAB = 'مقالات أخرى للكاتب'
PB_COMMENTS = '{n} تعليقات'
PB_COMMENTERS = [('محمد عادل', 'ربنا يستر، الموضوع محتاج متابعة وأتمنى نعرف التطورات أول بأول منكم'),
                 ('أم مريم', 'تغطية محترمة كالعادة، لكن ياريت يتكتب مصدر الصور تحت كل صورة'),
                 ('كريم من طنطا', 'الكلام ده اتقال قبل كده كتير، نستنى نشوف التنفيذ على الأرض')]
PB_REPLY = 'الرد على التعليق'
PB_FORM_HEAD = 'اكتب تعليقك'
PB_FORM_NOTE = 'بريدك الإلكتروني مش هيظهر، والتعليقات بتتراجع قبل النشر'
PB_FORM = ['الاسم', 'البريد الإلكتروني', 'أرسل']
PB_MOST = 'الأكثر مشاهدة بين قرائنا'
PB_LATEST = 'جديد الكورنيش'
PB_RATES = 'أسعار العملات في البنوك المصرية'
PB_RATE_ROWS = [('الدولار الأمريكي', '17.86', '17.96'), ('اليورو', '20.81', '20.99'), ('الريال السعودي', '4.75', '4.79')]
PB_RATE_COLS = ['العملة', 'شراء', 'بيع']
PB_NOTIFY = 'فعّل الإشعارات علشان توصلك الأخبار أول بأول'
PB_NOTIFY_BUTTONS = ['تفعيل', 'لاحقاً']
PB_FOOT_ABOUT = 'بوابة الكورنيش موقع إخباري مصري مستقل، يغطي أخبار المحافظات والعالم ليلاً ونهاراً'
PB_COPY = '© {year} بوابة الكورنيش. يحظر النقل دون إذن مكتوب'
PB_DEV = 'تطوير فريق الكورنيش الرقمي'


def pb_date(t):
    return wp_date(t)


def pb_listing(t, href, d=None, cls='listing-item-tb-1'):
    """A Publisher listing item: the thumbnail's link (no text), the title's link, the date where asked."""
    date = f'<div class="post-meta"><span class="time"><time class="post-published updated" datetime="{iso_local(d)}">{pb_date(d)}</time></span></div>' if d else ''
    return (f'<div class="listing-item listing-item-thumbnail {cls} clearfix"><div class="item-inner clearfix"><div class="featured featured-type-featured-image">'
            f'<a class="img-holder" href="{href}" data-src="{PB_HOST}/wp-content/uploads/{hash_int(t) % 83}-86x64.jpg"></a></div>'
            f'<p class="title"><a href="{href}" class="post-title post-url">{esc(t)}</a></p>{date}</div></div>')


def render_publisher(art, others, extra, day, slug, k):
    name, title, paras = art
    rel, most, latest = others[:3], others[3:8], others[8:11] + extra['more'][:2]
    ticker = extra['more'][2:5]
    prev_t, next_t = extra['more'][5], extra['more'][6]
    irp = [extra['also'], extra['also2']]
    kind = 'publisher'
    pub = extra['at']
    draw = extra['draw']
    post_id = 118204 + 419 * k
    author = PB_AUTHORS[k]
    section = PB_SECTIONS.get(extra['folder'], 'عربي ودولي')
    now = later(kind, pub, hours=draw['saved_hours'] + 20, minutes=draw['saved_minutes'])  # the moment the page was saved
    mod, upd_day = pub, None
    if k in (0, 2):
        mod = later(kind, pub, **draw['update'])
        upd_day = mod.date()
    now = saved_after(kind, now, mod if upd_day else None, draw)
    # Publisher's post meta shows the modified date instead of the published one where the editor ticked "show last
    # update" (page 0): the published date is then only in the metadata.
    if k == 0:
        time_html = f'<time class="post-published updated" datetime="{iso_local(mod)}"><b>{PB_UPDATED}</b> {pb_date(mod)}</time>'
        shown = f'{PB_UPDATED} {pb_date(mod)}'
    elif k == 3:
        time_html = f'<time class="post-published updated" datetime="{iso_local(pub)}">{PB_PUBLISHED} <b>{DAYS[pub.weekday()]} {pb_date(pub)} - {h12(pub)} {ampm(pub)}</b></time>'
        shown = f'{PB_PUBLISHED} {DAYS[pub.weekday()]} {pb_date(pub)} - {h12(pub)} {ampm(pub)}'
    else:
        time_html = f'<time class="post-published updated" datetime="{iso_local(pub)}">{PB_PUBLISHED} <b>{pb_date(pub)}</b></time>'
        shown = f'{PB_PUBLISHED} {pb_date(pub)}'
    box = ''
    if k % 2 == 0:
        items = ''.join(pb_listing(t, f'{PB_HOST}/{pub.year}/{post_id - 61 - 13 * i}/', cls='listing-item-tb-1 main-term-none') for i, t in enumerate(irp))
        box = (f'<div class="bs-irp left bs-irp-thumbnail-1-full"><div class="bs-irp-heading"><span class="h-text heading-typo">{PB_IRP}</span></div>'
               f'<div class="bs-pagination-wrapper main-term-none none"><div class="listing listing-thumbnail listing-tb-1 clearfix columns-2">{items}</div></div></div>')
    body = after(paras, box, 1)
    share = ' '.join(f'<a href="#" target="_blank" rel="nofollow noreferrer" class="bs-button-el" onclick="window.open(this.href, \'share-{c}\',\'left=50,top=50,width=600,height=320,toolbar=0\'); return false;"><span class="icon"><i class="bf-icon fa fa-{c}"></i></span><span class="item-title">{t}</span></a>'
                    for c, t in zip(('facebook', 'twitter', 'whatsapp', 'telegram'), PB_SHARE_LINKS))
    rel_html = ''.join(f'<article class="post-{post_id - 200 - i} type-post format-standard has-post-thumbnail listing-item listing-item-grid listing-item-grid-1 main-term-{3 + i}"><div class="item-inner"><div class="featured clearfix"><a title="{esc(t)}" data-src="{PB_HOST}/wp-content/uploads/rel{i}-210x136.jpg" class="img-holder" href="{PB_HOST}/{pub.year}/{post_id - 200 - i}/"></a></div>'
                       f'<p class="title"><a class="post-url post-title" href="{PB_HOST}/{pub.year}/{post_id - 200 - i}/">{esc(t)}</a></p></div></article>' for i, t in enumerate(rel))
    most_html = ''.join(pb_listing(t, f'{PB_HOST}/m/{post_id - 500 - i}/') for i, t in enumerate(most))
    latest_days = [between(kind, pub, now, i, len(latest)) for i in range(len(latest))]
    latest_html = ''.join(pb_listing(t, f'{PB_HOST}/n/{post_id + 4 + i}/', d, 'listing-item-text-2') for i, (t, d) in enumerate(zip(latest, latest_days)))
    ticker_html = ''.join(f'<li><a class="limit-line" href="{PB_HOST}/b/{post_id + 80 + i}/">{esc(t)}</a></li>' for i, t in enumerate(ticker))
    comments = (PB_COMMENTERS[k % 3:] + PB_COMMENTERS[:k % 3])[:2 + (k + 1) % 2]
    comment_days = [later(kind, pub, hours=2 + 5 * i, minutes=17 + 3 * i) for i in range(len(comments))]
    comment_lines = [f'{pb_date(d)} في {h12(d)} {ampm(d)}' for d in comment_days]
    comments_html = ''.join(f'<li class="comment {"even" if i % 2 == 0 else "odd"} thread-even depth-1 clearfix" id="li-comment-{post_id * 4 + i}"><div id="comment-{post_id * 4 + i}" class="clearfix"><div class="comment-avatar"><img alt="" src="{PB_HOST}/avatar/{i}.png" class="avatar avatar-60 photo" height="60" width="60" /></div>'
                            f'<div class="comment-meta"><cite class="comment-author">{esc(n)}</cite> <time class="comment-published" datetime="{iso_local(d)}">{line}</time></div>'
                            f'<div class="comment-content"><p>{esc(c)}</p></div><div class="comment-footer clearfix"><a rel="nofollow" class="comment-reply-link" href="#comment-{post_id * 4 + i}">{PB_REPLY}</a></div></div></li>'
                            for i, ((n, c), d, line) in enumerate(zip(comments, comment_days, comment_lines)))
    today = f'{DAYS[now.weekday()]} {ar_date(now)}'
    rates = ''.join(f'<tr><td>{c}</td><td>{b}</td><td>{s}</td></tr>' for c, b, s in PB_RATE_ROWS)
    top = ''.join(f'<li class="menu-item"><a href="{PB_HOST}/page-{i}/">{t}</a></li>' for i, t in enumerate(PB_TOP))
    menu = ''.join(f'<li class="menu-item menu-term-{3 + i}{" current-post-ancestor" if t == section else ""}"><a href="{PB_HOST}/category/c{i}/">{t}</a></li>' for i, t in enumerate(PB_MENU))
    foot_menu = ''.join(f'<li class="menu-item"><a href="{PB_HOST}/category/c{i}/">{t}</a></li>' for i, t in enumerate(PB_MENU[1:6], 1))
    url = f'{PB_HOST}/{pub.year}/{pub.month:02d}/{pub.day:02d}/{post_id}/'
    image = f'{PB_HOST}/wp-content/uploads/{pub.year}/{pub.month:02d}/{post_id}-750x430.jpg'
    modified_meta = f'<meta property="article:modified_time" content="{iso_utc(mod)}" />\n<meta property="og:updated_time" content="{iso_utc(mod)}" />\n' if upd_day else ''
    # BetterStudio's JSON-LD (Better Framework): the dates in local time with the offset.
    ld = {'@context': 'http://schema.org/', '@type': 'NewsArticle', 'dateCreated': iso_local(pub), 'datePublished': iso_local(pub),
          'dateModified': iso_local(mod), 'url': url, 'headline': title, 'name': title, 'description': lead_words(paras, 24),
          'image': {'@type': 'ImageObject', 'url': image, 'width': 750, 'height': 430},
          'author': {'@type': 'Person', '@id': f'#person-{author.replace(" ", "")}', 'name': author},
          'interactionStatistic': [{'@type': 'InteractionCounter', 'interactionType': 'http://schema.org/CommentAction',
                                    'userInteractionCount': str(len(comments))}],
          'publisher': {'@id': '#organization'}, 'mainEntityOfPage': url}
    org = {'@context': 'http://schema.org/', '@type': 'Organization', '@id': '#organization',
           'logo': {'@type': 'ImageObject', 'url': f'{PB_HOST}/wp-content/uploads/logo.png'}, 'url': PB_HOST + '/', 'name': PB_SITE}
    page = f'''<!DOCTYPE html>
<!--[if IE 8]><html class="ie ie8" dir="rtl" lang="ar"> <![endif]-->
<!--[if IE 9]><html class="ie ie9" dir="rtl" lang="ar"> <![endif]-->
<!--[if gt IE 9]><!--><html dir="rtl" lang="ar"> <!--<![endif]-->
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(title)} - {PB_SITE}</title>
<!-- This site is optimized with the Yoast SEO plugin v7.8 - https://yoast.com/wordpress/plugins/seo/ -->
<meta name="description" content="{esc(lead_words(paras, 24))}"/>
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="ar_AR" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(title)} - {PB_SITE}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="{PB_SITE}" />
<meta property="article:section" content="{section}" />
<meta property="article:published_time" content="{iso_utc(pub)}" />
{modified_meta}<meta property="og:image" content="{image}" />
<!-- / Yoast SEO plugin. -->
<link rel='stylesheet' id='publisher-child-css' href='{PB_HOST}/wp-content/themes/publisher/style-7.css?ver=7.0.1' type='text/css' media='all' />
<link rel='stylesheet' id='publisher-rtl-css' href='{PB_HOST}/wp-content/themes/publisher/rtl.min.css?ver=7.0.1' type='text/css' media='all' />
<meta name="generator" content="Powered by WPBakery Page Builder - drag and drop page builder for WordPress."/>
<script type="application/ld+json">{json.dumps(org, ensure_ascii=False)}</script>
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="rtl post-template-default single single-post postid-{post_id} single-format-standard bs-theme bs-publisher bs-publisher-pure-magazine active-light-box active-top-line close-rh page-layout-2-col-right full-width main-menu-sticky-smart active-ajax-search single-prim-cat-{3 + k} single-cat-{3 + k} bs-ll-a" dir="rtl">
<div class="main-wrap content-main-wrap">
<header id="header" class="site-header header-style-2 boxed" itemscope="itemscope" itemtype="https://schema.org/WPHeader">
<section class="topbar topbar-style-1 hidden-xs"><div class="content-wrap"><div class="container"><div class="topbar-inner clearfix">
<div class="section-links"><div class="better-social-counter style-button not-colored in-vertical"><ul class="social-list bs-social-list"><li class="social-item facebook"><a href="https://facebook.example/korniche" target="_blank"><i class="item-icon bsfi-facebook"></i><span class="item-title">فيسبوك</span></a></li><li class="social-item youtube"><a href="https://youtube.example/korniche" target="_blank"><i class="item-icon bsfi-youtube"></i><span class="item-title">يوتيوب</span></a></li></ul></div></div>
<div class="section-menu"><div id="menu-top" class="menu top-menu-wrapper" role="navigation"><nav class="top-menu-container"><ul id="top-navigation" class="top-menu menu clearfix bsm-pure"><li id="topbar-date" class="menu-item menu-item-date"><span class="topbar-date">{today}</span></li>{top}</ul></nav></div></div>
</div></div></div></section>
<div class="header-inner"><div class="content-wrap"><div class="container"><div class="row"><div class="row-height"><div class="logo-col col-xs-12"><div class="col-inside"><div id="site-branding" class="site-branding"><p id="site-title" class="logo h1 img-logo"><a href="{PB_HOST}/" itemprop="url" rel="home"><img id="site-logo" src="{PB_HOST}/wp-content/uploads/logo.png" alt="{PB_SITE}" /></a></p></div></div></div></div></div></div></div></div>
<div id="menu-main" class="menu main-menu-wrapper show-search-item menu-actions-btn-width-1" role="navigation" itemscope="itemscope" itemtype="https://schema.org/SiteNavigationElement"><div class="main-menu-inner"><div class="content-wrap"><div class="container"><nav class="main-menu-container"><ul id="main-navigation" class="main-menu menu bsm-pure clearfix">{menu}</ul></nav></div></div></div></div>
</header>
<div class="container adcontainer"><div class="bsac bsac-clearfix bsac-after-header bsac-align-center"><a href="{PB_HOST}/ads/header"><img src="{PB_HOST}/wp-content/uploads/ads/970x90.jpg" alt="" width="970" height="90" /></a></div></div>
<div class="content-wrap"><div class="container"><div class="better-newsticker bnt-newsticker" data-speed="12000"><p class="heading">{PB_TICKER}</p><ul class="news-list">{ticker_html}</ul></div></div>
<main id="content" class="content-container">
<div class="container layout-2-col layout-2-col-1 layout-right-sidebar post-template-1">
<div class="row main-section">
<div class="col-sm-8 content-column">
<div class="single-container">
<article id="post-{post_id}" class="post-{post_id} post type-post status-publish format-standard has-post-thumbnail single-post-content has-thumbnail">
<div class="post-header post-tp-1-header">
<nav role="navigation" aria-label="Breadcrumbs" class="bf-breadcrumb clearfix bc-top-style"><ul class="bf-breadcrumb-items" itemscope itemtype="http://schema.org/BreadcrumbList"><li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem" class="bf-breadcrumb-item bf-breadcrumb-begin"><a itemprop="item" href="{PB_HOST}/" rel="home"><span itemprop="name">{PB_BREADCRUMB}</span></a><meta itemprop="position" content="1" /></li><li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem" class="bf-breadcrumb-item"><a itemprop="item" href="{PB_HOST}/category/c{PB_MENU.index(section)}/"><span itemprop="name">{section}</span></a><meta itemprop="position" content="2" /></li><li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem" class="bf-breadcrumb-item bf-breadcrumb-end"><span itemprop="name">{esc(title)}</span><meta itemprop="position" content="3" /></li></ul></nav>
<div class="post-header-title"><div class="term-badges floated"><span class="term-badge term-{3 + k}"><a href="{PB_HOST}/category/c{PB_MENU.index(section)}/">{section}</a></span></div>
<h1 class="single-post-title"><span class="post-title" itemprop="headline">{esc(title)}</span></h1>
<div class="post-meta-wrap clearfix"><div class="post-meta single-post-meta"><a href="{PB_HOST}/author/a{k}/" title="{esc(author)}" class="post-author-a post-author-avatar"><img alt="" src="{PB_HOST}/avatar/a{k}.png" class="avatar avatar-26 photo" height="26" width="26" /><span class="post-author-name">{PB_BY} <b>{esc(author)}</b></span></a>
<span class="time">{time_html}</span></div></div>
<div class="single-featured"><a class="post-thumbnail open-lightbox" href="{image}"><img width="750" height="430" alt="" data-src="{image}" /></a><span class="image-credit">{PB_CREDIT}</span></div>
</div>
</div>
<div class="post-share single-post-share top-share clearfix style-1"><div class="post-share-btn-group"><span class="share-handler post-share-btn rank-default"><i class="bf-icon fa fa-share-alt"></i><b class="text">{PB_SHARE}</b></span></div>{share}</div>
<div class="entry-content clearfix single-post-content">
{body}
</div>
<div class="post-share single-post-share bottom-share clearfix style-1">{share}</div>
</article>
<section class="next-prev-post clearfix"><div class="prev-post"><p class="pre-title heading-typo"><i class="fa fa-arrow-right"></i> {PB_PREV}</p><p class="title heading-typo"><a href="{PB_HOST}/p/{post_id - 1}/" rel="prev">{esc(prev_t)}</a></p></div>
<div class="next-post"><p class="pre-title heading-typo">{PB_NEXT} <i class="fa fa-arrow-left"></i></p><p class="title heading-typo"><a href="{PB_HOST}/p/{post_id + 1}/" rel="next">{esc(next_t)}</a></p></div></section>
</div>
<div class="post-related">
<div class="section-heading sh-t1 sh-s1 multi-tab"><a href="#relatedposts_{post_id}_1" class="main-link active" data-toggle="tab"><span class="h-text related-posts-heading">{PB_RELATED}</span></a> <a href="#relatedposts_{post_id}_2" class="other-link" data-toggle="tab" data-deferred-event="shown" data-deferred-init="relatedposts_{post_id}_2"><span class="h-text related-posts-heading">{PB_AUTHOR_TAB}</span></a></div>
<div class="tab-content"><div class="tab-pane bs-tab-anim bs-tab-animated active" id="relatedposts_{post_id}_1"><div class="bs-pagination-wrapper main-term-none next_prev"><div class="listing listing-grid listing-grid-1 clearfix columns-3">{rel_html}</div></div></div>
<div class="tab-pane bs-tab-anim bs-deferred-container" id="relatedposts_{post_id}_2"><div class="bs-pagination-wrapper main-term-none next_prev"><div class="bs-deferred-load-wrapper" id="bsd_relatedposts_{post_id}_2"><script>var bs_deferred_loading_bsd_relatedposts_{post_id}_2 = '{post_id:x}a7c';</script></div></div></div></div>
</div>
<section id="comments-template-{post_id}" class="comments-template">
<div id="comments" class="comments-wrap"><div class="section-heading sh-t1 sh-s1"><span class="h-text">{PB_COMMENTS.format(n=len(comments))}</span></div>
<ol class="comment-list">{comments_html}</ol></div>
<div id="respond" class="comment-respond"><p id="reply-title" class="comment-reply-title"><span class="h-title">{PB_FORM_HEAD}</span></p><form action="{PB_HOST}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><div class="note-before"><p>{PB_FORM_NOTE}</p></div><p class="comment-wrap"><textarea name="comment" class="comment" id="comment" cols="45" rows="10" aria-required="true"></textarea></p><p class="author-wrap"><input class="author" name="author" type="text" placeholder="{PB_FORM[0]}" /></p><p class="email-wrap"><input class="email" name="email" type="text" placeholder="{PB_FORM[1]}" /></p><p class="form-submit"><input name="submit" type="submit" id="comment-submit" class="comment-submit" value="{PB_FORM[2]}" /></p></form></div>
</section>
</div>
<div class="col-sm-4 sidebar-column sidebar-column-primary">
<aside id="sidebar-primary-sidebar" class="sidebar" role="complementary" aria-label="Primary Sidebar Sidebar" itemscope="itemscope" itemtype="https://schema.org/WPSideBar">
<div id="bs-thumbnail-listing-1-2" class="primary-sidebar-widget widget widget_bs-thumbnail-listing-1"><div class="section-heading sh-t1 sh-s1"><span class="h-text">{PB_MOST}</span></div><div class="bs-listing bs-listing-listing-thumbnail-1 bs-listing-single-tab"><div class="listing listing-thumbnail listing-tb-1 clearfix columns-1">{most_html}</div></div></div>
<div id="bs-text-listing-2-3" class="primary-sidebar-widget widget widget_bs-text-listing-2"><div class="section-heading sh-t1 sh-s1"><span class="h-text">{PB_LATEST}</span></div><div class="bs-listing bs-listing-listing-text-2 bs-listing-single-tab"><div class="listing listing-text listing-text-2 clearfix columns-1">{latest_html}</div></div></div>
<div id="custom_html-4" class="widget_text primary-sidebar-widget widget widget_custom_html"><div class="section-heading sh-t1 sh-s1"><span class="h-text">{PB_RATES}</span></div><div class="textwidget custom-html-widget"><p class="rates-date">{today}</p><table class="rates"><thead><tr>{"".join(f"<th>{c}</th>" for c in PB_RATE_COLS)}</tr></thead><tbody>{rates}</tbody></table></div></div>
</aside>
</div>
</div>
</div>
</main>
</div>
<footer id="site-footer" class="site-footer full-width">
<div class="footer-widgets light-text"><div class="content-wrap"><div class="container"><div class="row"><div class="col-sm-6"><div class="footer-column footer-column-1"><div class="widget widget_text"><div class="textwidget"><p>{PB_FOOT_ABOUT}</p></div></div></div></div><div class="col-sm-6"><div class="footer-column footer-column-2"><div class="widget widget_nav_menu"><ul class="menu">{foot_menu}</ul></div></div></div></div></div></div></div>
<div class="copy-footer"><div class="content-wrap"><div class="container"><div class="row footer-copy-row"><div class="copy-1 col-lg-6 col-md-6 col-sm-6 col-xs-12">{PB_COPY.format(year=now.year)}</div><div class="copy-2 col-lg-6 col-md-6 col-sm-6 col-xs-12">{PB_DEV}</div></div></div></div></div>
</footer>
</div>
<div class="bs-push-noti bs-push-noti-wrapper-style-1 bs-push-noti-style-1"><p class="bs-push-noti-message">{PB_NOTIFY}</p><a class="btn btn-light bs-push-noti-button">{PB_NOTIFY_BUTTONS[0]}</a> <a class="btn bs-push-noti-close">{PB_NOTIFY_BUTTONS[1]}</a></div>
<span class="back-top"><i class="fa fa-arrow-up"></i></span>
<script type='text/javascript' src='{PB_HOST}/wp-content/themes/publisher/includes/libs/better-framework/assets/js/element-query.min.js?ver=3.9.1'></script>
<script type='text/javascript'>/* <![CDATA[ */ var pubilsher_theme_global_loc = {{"page":{{"boxed":"full-width"}},"header":{{"style":"style-2"}},"ajax_url":"{PB_HOST}\\/wp-admin\\/admin-ajax.php"}}; /* ]]> */</script>
<script type='text/javascript' src='{PB_HOST}/wp-content/themes/publisher/includes/libs/better-framework/assets/js/bf.min.js?ver=3.9.1'></script>
</body>
</html>
'''
    without = [today, PB_TICKER, f'{PB_BY} {author}', shown, PB_CREDIT, PB_SHARE, PB_PREV, PB_NEXT, prev_t, next_t, PB_RELATED, PB_AUTHOR_TAB,
               PB_COMMENTS.format(n=len(comments)), PB_FORM_HEAD, PB_FORM_NOTE, PB_MOST, PB_LATEST, PB_RATES, PB_RATE_ROWS[0][0], PB_NOTIFY,
               PB_FOOT_ABOUT, PB_COPY.format(year=now.year), PB_DEV] + outside([PB_MENU[3], PB_TOP[2]], paras) + [c for _, c in comments] + comment_lines + ticker + latest + \
        rel[:2] + most[:2] + ([PB_IRP] if box else [])
    read_also = irp if k % 2 == 0 else []
    return page, title, read_also, rel + most, without, upd_of(upd_day)


# --- zoxnews: a Sousse news site on WordPress with MVP Themes' Zox News --------------------------------------------
ZX_SITE = 'مرسى الساحل'
ZX_HOST = 'https://www.marsa-sahel.tn.example'
ZX_TODAY_CITY = 'سوسة'
ZX_MENU = ['الرئيسية', 'جهات', 'وطنية', 'اقتصاد', 'رياضة', 'مجتمع', 'ثقافة', 'فيديو']
ZX_SECTIONS = {'localNews': 'جهات', 'economy': 'اقتصاد', 'sport': 'رياضة', 'society': 'مجتمع'}
ZX_PUBLISHED, ZX_ON, ZX_BY = 'نُشر', 'في', 'بقلم'
ZX_AUTHORS = ['هيثم الغرسلي', 'أميرة بن سالم', 'التحرير', 'وائل الدريدي']
ZX_CAPTION = 'أرشيف مرسى الساحل (صورة للتوضيح)'
ZX_ALSO = 'اقرا زادة على مرسى الساحل:'
ZX_EDIT_NOTE = 'تحيين {date} على الساعة {time}: أضفنا تفاصيل وردت علينا بعد النشر'
ZX_TOPICS = 'مواضيع الخبر:'
ZX_TAG_WORDS = {'localNews': ['سوسة', 'الساحل'], 'economy': ['الاقتصاد التونسي'], 'sport': ['الرياضة التونسية'],
                'society': ['المجتمع']}
ZX_UP_NEXT, ZX_DONT_MISS = 'الخبر الموالي', 'ما يفوتكش'
ZX_CONTINUE = 'كمّل القراية'
ZX_MAY_LIKE = 'في نفس السياق'
ZX_CLICK = 'اضغط باش تعلّق'
ZX_COMMENTS = '{n} تعليقات على الخبر'
ZX_AT = 'على الساعة'
ZX_COMMENTERS = [
    ('ولد بوجعفر', 'والله الخبر هذا يستاهل متابعة من قريب، خاطر ياسر مرات نسمعو بقرارات كبار وبعد شهرين ما نلقاو حتى شي تبدّل في حياتنا. نتمنى المرة هذي تكون غير، ونحبو الصحفيين يرجعو للموضوع بعد مدة ويقولولنا شنوة صار بالضبط وشكون المسؤول كان فما تعطيل.'),
    ('سنية من القلعة الكبرى', 'يعطيكم الصحة على السرعة في النقل، أما كان تنجمو تزيدو شوية تفاصيل على الأرقام وعلى المصدر متاعها يكون أحسن برشا. الناس الكل تحكي في الفيسبوك وكل واحد عندو رواية، واحنا نستناو منكم المعلومة الصحيحة باش نفهمو شنوة يصير في البلاد.'),
    ('نزار', 'ما نتفقش مع اللي يقولو إنو ما تبدّل شي، الحق يتقال: فما حاجات ولات أحسن في السنوات الأخيرة حتى كان بالشوية. المشكل الكبير هو البيروقراطية والإدارة اللي تعطّل كل شي، وهذا موش جديد علينا، لازم إصلاح من الداخل موش كان تصريحات في التلفزة.'),
    ('أم ياسين', 'نحب نسأل كان فما حد يعرف كيفاش المواطن العادي ينجم يستفيد من هذا الإجراء، خاطر المقال ما وضّحش الشروط والأوراق المطلوبة. ياريت الموقع يعمل مقال ثاني يشرح فيه الخطوات بالتفصيل، وخاصة للكبار اللي ما يعرفوش يستعملو الإنترنت.'),
    ('صابر الساحلي', 'كالعادة الولايات الداخلية هي آخر من يستفيد، وكل شي يتركّز في العاصمة والساحل. نحب نشوف نفس الاهتمام بسيدي بوزيد والقصرين وقفصة، خاطر الشباب غادي يستنّى في الفرصة من سنين وما جاتش. العدالة بين الجهات لازم تولّي حقيقة في الميزانية موش شعار.'),
    ('مهندس متقاعد', 'تابعت الملف هذا من لوّل وعندي ملاحظة صغيرة: الأرقام اللي تذكرت في المقال قريبة من اللي نشرتها الوزارة الشهر اللي فات، أما فما فرق في بعض التفاصيل. ممكن تحيين جديد وممكن غلطة في النقل، فالأحسن ترجعو للبلاغ الرسمي قبل ما تنشرو.'),
    ('هالة', 'برافو على المتابعة، الموقع هذا ولّى من أحسن المواقع الجهوية وأنا نقرا فيه كل صباح مع القهوة. أما ياريت تنقصو شوية من الإشهارات اللي تطلع في وسط المقال، خاطرها تقلّق برشا في التليفون وساعات تغطي على النص الكل وما نجمش نكمّل.'),
    ('فتحي ب.', 'اللي قالو إنو المشكل في الإدارة عندهم الحق، أما ما لازمش ننساو إنو المواطن زادة عندو دور، وكان كل واحد عمل واجبو في بلاصتو الأمور تتحسّن بالشوية. نحبو الدولة تعمل كل شي واحنا قاعدين نتفرجو، وهذا ما يمشيش في حتى بلاد.'),
    ('طالبة من المنستير', 'الموضوع هذا يهمّنا برشا كطلبة، وحتى في الكلية الأساتذة حكاو عليه الجمعة هذي. نتمنى يصير يوم دراسي ولا جلسة مفتوحة مع المسؤولين باش نسألو ونفهمو، خاطر المعلومة توصلنا ديما ناقصة ومتأخرة وكل واحد يفسّرها على كيفو.'),
    ('سي محمد', 'ربي يهدي الجميع، البلاد محتاجة للخدمة والصبر موش للكلام الفارغ والتشكيك في كل شي. الخبر باهي والمقال واضح، واللي عندو حاجة يزيدها خليه يقولها بالحجة والمصدر، موش بالسب كيف نشوفو في برشا تعليقات هنا وفي الفيسبوك.'),
]
ZX_REPLY = 'ردّ'
ZX_FORM_HEAD = 'خلّي تعليقك'
ZX_FORM_NOTE = 'عنوان بريدك ما يتنشرش. التعليقات اللي فيها سبّ ما تتعدّاش'
ZX_FORM = ['التعليق', 'الاسم', 'البريد', 'ابعث التعليق']
ZX_TABS = ['آخر ما نزل', 'الأكثر قراءة']
ZX_WEATHER = 'سوسة 17° صحو'
ZX_FOOT_ABOUT = 'مرسى الساحل جريدة إلكترونية جهوية تغطي ولايات سوسة والمنستير والمهدية، ويعمل فيها صحفيون شبان من الجهة'
ZX_COPY = 'Copyright © {year} مرسى الساحل. Theme by MVP Themes, powered by WordPress.'
ZX_PUSH = 'تحب توصلك أخبار الساحل أول بأول؟'
ZX_PUSH_BUTTONS = ['إيه', 'موش توا']


def zx_date(t):
    """WordPress' "j F، Y" under the site's Arabic locale."""
    return wp_date(t)


def zx_ago(t, now):
    """Zox's "Published N ago" (human_time_diff, Arabic)."""
    hours = int((now - t).total_seconds() // 3600)
    if hours < 24:
        return {0: 'منذ دقائق', 1: 'منذ ساعة', 2: 'منذ ساعتين'}.get(hours, f'منذ {hours} ساعات' if hours <= 10 else f'منذ {hours} ساعة')
    days = hours // 24
    return {1: 'منذ يوم', 2: 'منذ يومين'}.get(days, f'منذ {days} أيام')


def zx_modified(t):
    """Zox's dateModified meta: WordPress' 'Y-m-d g:i a'."""
    return f'{t.year}-{t.month:02d}-{t.day:02d} {h12(t)} {"am" if t.hour < 12 else "pm"}'


def zx_side_item(t, href, extra_html=''):
    return (f'<div class="mvp-feat1-list-cont left relative"><a href="{href}" rel="bookmark"><div class="mvp-feat1-list-out relative"><div class="mvp-feat1-list-img left relative">'
            f'<img width="80" height="80" src="{ZX_HOST}/wp-content/uploads/{hash_int(t) % 71}-80x80.jpg" class="mvp-reg-img wp-post-image" alt="" /></div></div></a>'
            f'<div class="mvp-feat1-list-in"><div class="mvp-feat1-list-text">{extra_html}<h2><a href="{href}">{esc(t)}</a></h2></div></div></div>')


def render_zoxnews(art, others, extra, day, slug, k):
    name, title, paras = art
    rel, popular, latest = others[:4], others[4:9], others[9:11] + extra['more'][:3]
    up_next, dont_miss = extra['more'][3], extra['more'][4]
    kind = 'zoxnews'
    pub = extra['at']
    draw = extra['draw']
    post_id = 23710 + 283 * k
    author = ZX_AUTHORS[k]
    section = ZX_SECTIONS.get(extra['folder'], 'جهات')
    # The moment the page was saved: two to four days after publication (the thread went on meanwhile).
    now = later(kind, pub, days=2 + k % 3, hours=draw['saved_hours'])
    mod, upd_day, note = pub, None, ''
    if k in (1, 3):
        mod = later(kind, pub, **draw['update'])
        upd_day = mod.date()
    now = saved_after(kind, now, mod if upd_day else None, draw)
    if k == 1:
        note = ZX_EDIT_NOTE.format(date=dmy(mod), time=hm(mod))
    also = ''
    if k % 2 == 1:
        also = f'<p><strong>{ZX_ALSO}</strong> <a href="{ZX_HOST}/{pub.year}/{pub.month:02d}/{post_id - 77}/">{esc(extra["also"])}</a></p>'
    body = after(paras, also) + (f'<p><em>{esc(note)}</em></p>' if note else '')
    # The thread: readers' comments, as many as it takes to outgrow the text (at least six), spread over the days
    # between publication and the saving.
    thread, total = [], 0
    for i in range(len(ZX_COMMENTERS)):
        who, text = ZX_COMMENTERS[(k * 3 + i) % len(ZX_COMMENTERS)]
        thread.append((who, text))
        total += len(text.split())
        if len(thread) >= 6 and total > words_of(paras) + 60:
            break
    if total <= words_of(paras):
        raise SystemExit(f'templates_set24: {slug}: the comment thread ({total} words) is not longer than the text')
    comment_days = [between(kind, pub, now, i, len(thread)) for i in range(len(thread))]
    comment_lines = [f'{zx_date(d)} {ZX_AT} {hm(d)}' for d in comment_days]
    comments_html = ''.join(f'<li class="comment {"even" if i % 2 == 0 else "odd"} thread-{"even" if i % 2 == 0 else "odd"} depth-1" id="li-comment-{post_id * 20 + i}"><div class="comment-wrapper" id="comment-{post_id * 20 + i}"><div class="comment-inner">'
                            f'<div class="comment-avatar"><img alt="" src="{ZX_HOST}/avatar/c{i}.png" class="avatar avatar-46 photo" height="46" width="46" /></div>'
                            f'<div class="commentmeta"><p class="comment-meta-1"><cite class="fn">{esc(n)}</cite></p><p class="comment-meta-2">{line}</p></div>'
                            f'<div class="text"><div class="c"><p>{esc(c)}</p></div></div><div class="clear"></div><div class="comment-reply"><span class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{post_id * 20 + i}">{ZX_REPLY}</a></span></div></div></div></li>'
                            for i, ((n, c), line) in enumerate(zip(thread, comment_lines)))
    rel_html = ''.join(f'<li><div class="mvp-related-img left relative"><a href="{ZX_HOST}/r/{post_id - 30 - 5 * i}/" rel="bookmark"><img width="400" height="240" src="{ZX_HOST}/wp-content/uploads/rel{i}-400x240.jpg" class="mvp-reg-img wp-post-image" alt="" /></a></div>'
                       f'<div class="mvp-related-text left relative"><a href="{ZX_HOST}/r/{post_id - 30 - 5 * i}/">{esc(t)}</a></div></li>' for i, t in enumerate(rel))
    latest_days = [between(kind, pub, now, i, len(latest)) for i in range(len(latest))]
    latest_html = ''.join(zx_side_item(t, f'{ZX_HOST}/n/{post_id + 3 + i}/', f'<div class="mvp-cat-date-wrap left relative"><span class="mvp-cd-date left relative">{zx_ago(d, now)}</span></div>')
                          for i, (t, d) in enumerate(zip(latest, latest_days)))
    popular_html = ''.join(zx_side_item(t, f'{ZX_HOST}/m/{post_id - 400 - i}/') for i, t in enumerate(popular))
    tags = outside(ZX_TAG_WORDS.get(extra['folder'], ['تونس']), paras)
    tags_html = ''.join(f'<a href="{ZX_HOST}/tag/t{i}/" rel="tag">{t}</a>' for i, t in enumerate(tags))
    menu = ''.join(f'<li class="menu-item{" current-post-ancestor" if t == section else ""}"><a href="{ZX_HOST}/category/c{i}/">{t}</a></li>' for i, t in enumerate(ZX_MENU))
    today = f'{DAYS[now.weekday()]} {tn_long(now)}'
    url = f'{ZX_HOST}/{pub.year}/{pub.month:02d}/{pub.day:02d}/{post_id}/'
    image = f'{ZX_HOST}/wp-content/uploads/{pub.year}/{pub.month:02d}/{post_id}-1000x600.jpg'
    ago = zx_ago(pub, now)
    page = f'''<!DOCTYPE html>
<html dir="rtl" lang="ar">
<head>
<meta charset="UTF-8" >
<meta name="viewport" id="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, minimum-scale=1.0, user-scalable=no" />
<link rel="pingback" href="{ZX_HOST}/xmlrpc.php" />
<meta property="og:type" content="article" />
<meta property="og:image" content="{image}" />
<meta property="og:url" content="{url}" />
<meta property="og:title" content="{esc(title)}" />
<meta property="og:description" content="{esc(lead_words(paras, 22))}" />
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="{esc(title)}">
<title>{esc(title)} &#8211; {ZX_SITE}</title>
<link rel='stylesheet' id='mvp-custom-style-css' href='{ZX_HOST}/wp-content/themes/zox-news/style.css?ver=4.9.8' type='text/css' media='all' />
<link rel='stylesheet' id='mvp-rtl-style-css' href='{ZX_HOST}/wp-content/themes/zox-news/css/rtl.css?ver=4.9.8' type='text/css' media='all' />
<meta name="generator" content="WordPress 4.9.8" />
<link rel="canonical" href="{url}" />
</head>
<body class="rtl post-template-default single single-post postid-{post_id} single-format-standard">
<div id="mvp-fly-wrap"><div id="mvp-fly-menu-top" class="left relative"><div class="mvp-fly-top-out left relative"><div class="mvp-fly-top-in"><div id="mvp-fly-logo" class="left relative"><a href="{ZX_HOST}/"><img src="{ZX_HOST}/wp-content/uploads/logo-nav.png" alt="{ZX_SITE}" /></a></div></div><div class="mvp-fly-but-wrap mvp-fly-but-menu mvp-fly-but-click"><span></span><span></span><span></span><span></span></div></div></div></div>
<div id="mvp-site" class="left relative">
<div id="mvp-search-wrap"><div id="mvp-search-box"><form method="get" id="searchform" action="{ZX_HOST}/"><input type="text" name="s" id="s" value="ابحث" onfocus='if (this.value == "ابحث") {{ this.value = ""; }}' onblur='if (this.value == "") {{ this.value = "ابحث"; }}' /><input type="hidden" id="searchsubmit" value="ابحث" /></form></div></div>
<div id="mvp-site-wall" class="left relative">
<div id="mvp-site-main" class="left relative">
<header id="mvp-main-head-wrap" class="left relative">
<div class="mvp-head-top-strip left relative"><span class="mvp-head-date">{today}</span> <span class="mvp-head-weather">{ZX_WEATHER}</span></div>
<div id="mvp-main-nav-top" class="left relative"><div class="mvp-main-box"><div id="mvp-nav-top-wrap" class="left relative"><div class="mvp-nav-top-right-out left relative"><div class="mvp-nav-top-right-in"><div class="mvp-nav-top-cont left relative"><div class="mvp-nav-top-left-out relative"><div class="mvp-nav-top-left-in"><div class="mvp-nav-top-mid left relative" itemscope itemtype="http://schema.org/Organization"><a class="mvp-nav-logo-reg" itemprop="url" href="{ZX_HOST}/"><img itemprop="logo" src="{ZX_HOST}/wp-content/uploads/logo.png" alt="{ZX_SITE}" data-rjs="2" /></a></div></div></div></div></div></div></div></div></div>
<div id="mvp-main-nav-bot" class="left relative"><div id="mvp-main-nav-bot-cont" class="left"><div class="mvp-main-box"><div id="mvp-nav-bot-wrap" class="left"><div class="mvp-nav-bot-right-out left"><div class="mvp-nav-bot-right-in"><div class="mvp-nav-bot-cont left"><div class="mvp-nav-menu left"><div class="menu-main-menu-container"><ul id="menu-main-menu" class="menu">{menu}</ul></div></div></div></div></div></div></div></div></div>
</header>
<div id="mvp-main-body-wrap" class="left relative">
<article id="mvp-article-wrap" itemscope itemtype="http://schema.org/NewsArticle">
<meta itemscope itemprop="mainEntityOfPage" itemType="https://schema.org/WebPage" itemid="{url}"/>
<div id="mvp-article-cont" class="left relative"><div class="mvp-main-box"><div id="mvp-post-main" class="left relative">
<header id="mvp-post-head" class="left relative">
<h3 class="mvp-post-cat left relative"><a class="mvp-post-cat-link" href="{ZX_HOST}/category/c{ZX_MENU.index(section)}/"><span class="mvp-post-cat left">{section}</span></a></h3>
<h1 class="mvp-post-title left entry-title" itemprop="headline">{esc(title)}</h1>
<div class="mvp-author-info-wrap left relative"><div class="mvp-author-info-thumb left relative"><img alt="" src="{ZX_HOST}/avatar/a{k}.png" class="avatar avatar-46 photo" height="46" width="46" /></div>
<div class="mvp-author-info-text left relative"><div class="mvp-author-info-date left relative"><p>{ZX_PUBLISHED}</p> <span class="mvp-post-date">{ago}</span> <p>{ZX_ON}</p> <span class="mvp-post-date updated"><time class="post-date updated" itemprop="datePublished" datetime="{pub.date().isoformat()}">{zx_date(pub)}</time></span>
<meta itemprop="dateModified" content="{zx_modified(mod)}"/></div>
<div class="mvp-author-info-name left relative" itemprop="author" itemscope itemtype="https://schema.org/Person"><p>{ZX_BY}</p> <span class="author-name vcard fn author" itemprop="name"><a href="{ZX_HOST}/author/a{k}/" title="{esc(author)}" rel="author">{esc(author)}</a></span></div></div></div>
</header>
<div id="mvp-post-content" class="left relative">
<div id="mvp-post-feat-img" class="left relative mvp-post-feat-img-wide2" itemprop="image" itemscope itemtype="https://schema.org/ImageObject"><img width="1000" height="600" src="{image}" class="attachment- size- wp-post-image" alt="" /><meta itemprop="url" content="{image}"><meta itemprop="width" content="1000"><meta itemprop="height" content="600"></div>
<span class="mvp-post-img-cap">{ZX_CAPTION}</span>
<div id="mvp-content-wrap" class="left relative"><div class="mvp-post-soc-out right relative"><div class="mvp-post-soc-wrap left relative"><ul class="mvp-post-soc-list left relative"><a href="#" class="mvp-share-fb"><li class="mvp-post-soc-fb"><span class="mvp-post-soc-icon"></span></li></a><a href="#" class="mvp-share-tw"><li class="mvp-post-soc-twit"><span class="mvp-post-soc-icon"></span></li></a></ul></div>
<div class="mvp-post-soc-in"><div id="mvp-content-body" class="left relative"><div id="mvp-content-body-top" class="left relative">
<div id="mvp-content-main" class="left relative">
{body}
</div>
<div id="mvp-content-bot" class="left">
<div class="mvp-post-tags"><span class="mvp-post-tags-header">{ZX_TOPICS}</span><span itemprop="keywords">{tags_html}</span></div>
<div id="mvp-prev-next-wrap" class="left relative"><div class="mvp-next-post-wrap right relative"><a href="{ZX_HOST}/p/{post_id + 1}/" rel="bookmark"><div class="mvp-prev-next-cont left relative"><div class="mvp-prev-next-text left relative"><span class="mvp-prev-next-label left relative">{ZX_UP_NEXT}</span><p>{esc(up_next)}</p></div></div></a></div>
<div class="mvp-prev-post-wrap right relative"><a href="{ZX_HOST}/p/{post_id - 1}/" rel="bookmark"><div class="mvp-prev-next-cont left relative"><div class="mvp-prev-next-text left relative"><span class="mvp-prev-next-label left relative">{ZX_DONT_MISS}</span><p>{esc(dont_miss)}</p></div></div></a></div></div>
<div class="mvp-org-wrap" itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><div class="mvp-org-logo" itemprop="logo" itemscope itemtype="https://schema.org/ImageObject"><img src="{ZX_HOST}/wp-content/uploads/logo.png" alt="" /><meta itemprop="url" content="{ZX_HOST}/wp-content/uploads/logo.png"></div><meta itemprop="name" content="{ZX_SITE}"></div>
</div>
</div>
<div id="mvp-cont-read-wrap"><div class="mvp-cont-read-but-wrap left relative"><span class="mvp-cont-read-but">{ZX_CONTINUE}</span></div>
<div class="mvp-related-posts left relative"><h4 class="mvp-widget-home-title"><span class="mvp-widget-home-title">{ZX_MAY_LIKE}</span></h4><ul class="mvp-related-posts-list left related">{rel_html}</ul></div>
<div id="mvp-comments-button" class="left relative mvp-com-click"><span class="mvp-comment-but-text">{ZX_CLICK}</span></div>
<div id="comments" class="mvp-comments-wrap left relative"><h4 class="mvp-widget-home-title"><span class="mvp-widget-home-title">{ZX_COMMENTS.format(n=len(thread))}</span></h4>
<ol class="commentlist">{comments_html}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title"><h4 class="mvp-widget-home-title"><span class="mvp-widget-home-title">{ZX_FORM_HEAD}</span></h4></h3><form action="{ZX_HOST}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">{ZX_FORM_NOTE}</p><p class="comment-form-comment"><label for="comment">{ZX_FORM[0]}</label><textarea id="comment" name="comment" cols="45" rows="8" aria-required="true"></textarea></p><p class="comment-form-author"><label for="author">{ZX_FORM[1]}</label> <input id="author" name="author" type="text" value="" size="30" /></p><p class="comment-form-email"><label for="email">{ZX_FORM[2]}</label> <input id="email" name="email" type="text" value="" size="30" /></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="{ZX_FORM[3]}" /></p></form></div>
</div>
</div>
</div></div></div></div>
</div>
</div>
<div id="mvp-side-wrap" class="left relative theiaStickySidebar">
<section id="mvp_tabber_widget-2" class="mvp-side-widget mvp_tabber_widget"><div class="mvp-widget-tab-wrap left relative"><div class="mvp-feat1-list-wrap left relative"><div class="mvp-feat1-list-head-wrap left relative"><ul class="mvp-feat1-list-buts left relative"><li class="mvp-feat-col-tab"><a href="#mvp-tab-col1"><span class="mvp-feat1-list-but">{ZX_TABS[0]}</span></a></li></ul></div>
<div id="mvp-tab-col1" class="mvp-feat1-list left relative mvp-tab-col-cont">{latest_html}</div></div></div></section>
<section id="mvp_pop_widget-3" class="mvp-side-widget mvp_pop_widget"><div class="mvp-widget-home-head"><h4 class="mvp-widget-home-title"><span class="mvp-widget-home-title">{ZX_TABS[1]}</span></h4></div><div class="mvp-feat1-list left relative">{popular_html}</div></section>
</div>
</div></div>
</article>
</div>
<footer id="mvp-foot-wrap" class="left relative"><div id="mvp-foot-top" class="left relative"><div class="mvp-main-box"><div id="mvp-foot-logo" class="left relative"><a href="{ZX_HOST}/"><img src="{ZX_HOST}/wp-content/uploads/logo-foot.png" alt="{ZX_SITE}" /></a></div><div class="mvp-foot-about left relative"><p>{ZX_FOOT_ABOUT}</p></div></div></div>
<div id="mvp-foot-bot" class="left relative"><div class="mvp-main-box"><div id="mvp-foot-copy" class="left relative"><p>{ZX_COPY.format(year=now.year)}</p></div></div></div></footer>
</div>
</div>
</div>
<div class="onesignal-slidedown-container"><div id="onesignal-slidedown-dialog" class="slidedown-body"><div class="slidedown-body-message">{ZX_PUSH}</div><div class="slidedown-footer"><button class="align-right primary slidedown-button" id="onesignal-slidedown-allow-button">{ZX_PUSH_BUTTONS[0]}</button><button class="align-right secondary slidedown-button" id="onesignal-slidedown-cancel-button">{ZX_PUSH_BUTTONS[1]}</button></div></div></div>
<script type='text/javascript' src='{ZX_HOST}/wp-content/themes/zox-news/js/mvpcustom.js?ver=4.9.8'></script>
</body>
</html>
'''
    without = [today, ZX_WEATHER, ago, zx_date(pub), f'{ZX_BY} {author}', ZX_CAPTION, ZX_TOPICS, ZX_UP_NEXT, ZX_DONT_MISS, up_next, dont_miss,
               ZX_CONTINUE, ZX_MAY_LIKE, ZX_CLICK, ZX_COMMENTS.format(n=len(thread)), ZX_FORM_HEAD, ZX_FORM_NOTE, ZX_TABS[0], ZX_TABS[1],
               ZX_FOOT_ABOUT, ZX_COPY.format(year=now.year), ZX_PUSH] + outside([ZX_MENU[5], ZX_PUSH_BUTTONS[1]], paras) + [c for _, c in thread] + comment_lines + latest + rel[:2] + \
        popular[:2] + ([note] if note else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel + popular, without, upd_of(upd_day)


# --- remix: an Abu Dhabi digital outlet built with Remix (React, server-rendered) ----------------------------------
RX_SITE = 'مدار 24'
RX_HOST = 'https://www.madar24.ae.example'
RX_NAV = ['الأخبار', 'الإمارات', 'العالم', 'اقتصاد', 'تكنولوجيا', 'رياضة', 'ثقافة', 'فيديو']
RX_SECTIONS = {'technology': ('tech', 'تكنولوجيا'), 'internationalNews': ('world', 'العالم'), 'sport': ('sport', 'رياضة'),
               'culture': ('culture', 'ثقافة')}
RX_WEATHER = 'أبوظبي 41° مشمس'
RX_LIVE = 'البث المباشر'
RX_BREAKING = 'الآن'
RX_CRUMB = 'الرئيسية'
RX_BY = 'إعداد:'
RX_AUTHORS = ['شيخة المهيري', 'غرفة الأخبار', 'راشد الكعبي', 'ليلى عبدالله']
RX_READ = 'قراءة في {n} دقائق'
RX_UPDATED = 'آخر تحديث'
RX_CAPTION = 'صورة تعبيرية - أرشيف مدار 24'
RX_ALSO = 'يهمك من مدار:'
RX_TAGS = 'موضوعات'
RX_TAG_WORDS = {'tech': ['تطبيقات', 'هواتف ذكية'], 'world': ['سياسة دولية', 'نزاعات'], 'sport': ['كرة القدم العالمية'],
                'culture': ['نجوم', 'سينما وتلفزيون']}
RX_SHARE = 'انشر القصة'
RX_COPY_LINK = 'انسخ الرابط'
RX_RELATED = 'قصص ذات ارتباط بالحدث'
RX_MOST = 'الأكثر قراءة عند جمهور مدار'
RX_LATEST = 'أحدث القصص'
RX_LETTER_HEAD = 'موجز مدار المسائي'
RX_LETTER = 'أهم خمس قصص في يومك، تصلك في السابعة مساءً بتوقيت الإمارات'
RX_LETTER_BUTTON = 'سجّلني'
RX_FOOT = ['من نحن', 'سياسة الخصوصية', 'شروط الاستخدام', 'أعلن معنا', 'وظائف']
RX_COPY = '© {year} مدار 24، إحدى منصات مدار للإعلام الرقمي في أبوظبي'
RX_CONSENT = 'نعتمد على الكوكيز وأدوات قياس مشابهة لتخصيص ما تراه ولقياس أداء الإعلانات'
RX_CONSENT_BUTTONS = ['قبول الكل', 'الإعدادات']


def rx_json(value):
    """Remix's serialization of the loader data into the page (JSON with <, >, & and the line separators escaped)."""
    s = json.dumps(value, ensure_ascii=False, separators=(',', ':'))
    return (s.replace('&', '\\u0026').replace('<', '\\u003c').replace('>', '\\u003e').replace('\u2028', '\\u2028')
            .replace('\u2029', '\\u2029'))


def rx_long(t, time=True):
    """Intl.DateTimeFormat('ar-AE-u-nu-latn', {dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Dubai'})."""
    out = f'{t.day} {GULF_MONTHS[t.month - 1]} {t.year}'
    return f'{out} في {h12(t)} {ampm(t)}' if time else out


def rx_full(t):
    """The same with dateStyle 'full' and no time."""
    return f'{DAYS[t.weekday()]}، {rx_long(t, False)}'


def rx_relative(t, now):
    """Intl.RelativeTimeFormat('ar', {numeric: 'auto'}) in hours (Arabic-Indic digits)."""
    n = max(1, int((now - t).total_seconds() // 3600))
    return {1: 'قبل ساعة واحدة', 2: 'قبل ساعتين'}.get(n, f'قبل {indic(n)} ساعات' if n <= 10 else f'قبل {indic(n)} ساعة')


def rx_short(t):
    """dateStyle 'short' (ar-AE, Latin digits): d‏/M‏/y with right-to-left marks."""
    return f'{t.day}\u200f/{t.month}\u200f/{t.year}'


def render_remix(art, others, extra, day, slug, k):
    name, title, paras = art
    rel, most, latest = others[:4], others[4:9], others[9:11] + extra['more'][:3]
    breaking = extra['more'][3:6]
    kind = 'remix'
    pub = extra['at']
    draw = extra['draw']
    aid = 70412 + 389 * k
    author = RX_AUTHORS[k]
    section_slug, section = RX_SECTIONS.get(extra['folder'], ('world', 'العالم'))
    now = later(kind, pub, hours=draw['saved_hours'], minutes=draw['saved_minutes'])  # the server's render
    mod, upd_day, upd_html, upd_text = None, None, '', ''
    if k in (0, 2):
        mod = later(kind, pub, **draw['update'])
        upd_day = mod.date()
        now = saved_after(kind, now, mod, draw)
    if k == 0:
        upd_text = f'{RX_UPDATED} {rx_long(mod)}'
        upd_html = f'<p class="text-xs text-zinc-500">{RX_UPDATED} <time dateTime="{iso_ms_z(mod)}">{rx_long(mod)}</time></p>'
    # The date the component prints: long with the time (page 0), full (page 1, published at 01:20: the day before in
    # UTC), relative at the render (page 2), short (page 3).
    shown = (rx_long(pub), rx_full(pub), rx_relative(pub, now), rx_short(pub))[k]
    minutes = read_minutes(paras, 180)
    slug_path = f'/{section_slug}/{pub.year}/{pub.month:02d}/{pub.day:02d}/{aid}'
    url = RX_HOST + slug_path
    card = ''
    if k % 2 == 1:
        card = (f'<aside class="not-prose my-6 rounded-xl border-s-4 border-red-600 bg-zinc-50 p-4"><p class="text-xs font-bold text-red-700">{RX_ALSO}</p>'
                f'<a class="mt-1 block font-bold hover:underline" href="/{section_slug}/{pub.year}/{aid - 58}">{esc(extra["also"])}</a></aside>')
    body = (f'<p>{esc(paras[0])}</p><figure class="not-prose my-6"><img class="w-full rounded-lg" src="{RX_HOST}/cdn/images/{aid}-1280.webp" alt="" width="1280" height="720" loading="lazy"/>'
            f'<figcaption class="mt-2 text-xs text-zinc-500">{RX_CAPTION}</figcaption></figure>' + after(paras[1:], card, 1))
    tags = outside(RX_TAG_WORDS.get(section_slug, []), paras)
    tags_html = ''.join(f'<a class="rounded-full bg-zinc-100 px-3 py-1 text-sm" href="/tags/t{i}">{t}</a>' for i, t in enumerate(tags))
    tags_row = f'<div class="mt-8 flex flex-wrap items-center gap-2"><span class="text-sm font-bold">{RX_TAGS}</span>{tags_html}</div>' if tags else ''
    rel_days = [earlier(kind, pub, days=2 + 5 * i, hours=3 * i) for i in range(len(rel))]
    rel_html = ''.join(f'<li class="flex flex-col gap-1"><a class="font-semibold leading-snug hover:text-red-700" href="/{section_slug}/r/{aid - 100 - 7 * i}">{esc(t)}</a>'
                       f'<time class="text-xs text-zinc-500" dateTime="{iso_ms_z(d)}">{rx_long(d, False)}</time></li>' for i, (t, d) in enumerate(zip(rel, rel_days)))
    most_html = ''.join(f'<li class="flex gap-3"><span class="text-2xl font-black text-red-600">{i + 1}</span><a class="font-semibold hover:underline" href="/m/{aid - 600 - i}">{esc(t)}</a></li>'
                        for i, t in enumerate(most))
    latest_days = [between(kind, pub, now, i, len(latest)) for i in range(len(latest))]
    latest_html = ''.join(f'<li class="border-b py-2"><time class="block text-xs text-zinc-500" dateTime="{iso_ms_z(d)}">{hm(d)}</time><a class="font-medium hover:underline" href="/n/{aid + 5 + i}">{esc(t)}</a></li>'
                          for i, (t, d) in enumerate(zip(latest, latest_days)))
    breaking_days = [later(kind, now, minutes=-25 - 40 * i) for i in range(len(breaking))]
    breaking_html = ''.join(f'<li class="flex items-center gap-2"><span class="font-mono text-xs opacity-80">{hm(d)}</span><a href="/b/{aid + 90 + i}" class="hover:underline">{esc(t)}</a></li>'
                            for i, (t, d) in enumerate(zip(breaking, breaking_days)))
    nav = ''.join(f'<li><a class="px-3 py-2 text-sm font-semibold{" text-red-700" if t == section else ""}" href="/{["news", "uae", "world", "business", "tech", "sport", "culture", "video"][i]}">{t}</a></li>' for i, t in enumerate(RX_NAV))
    foot = ''.join(f'<li><a href="/p/{i}" class="hover:underline">{t}</a></li>' for i, t in enumerate(RX_FOOT))
    today = rx_full(now)
    image = f'{RX_HOST}/cdn/images/{aid}-1600.jpg'
    route_id = 'routes/$section.$year.$month.$day.$id'
    article = {'id': aid, 'slug': slug, 'title': title, 'excerpt': lead_words(paras, 30), 'section': {'slug': section_slug, 'name': section},
               'author': {'name': author}, 'publishedAt': iso_ms_z(pub), 'updatedAt': iso_ms_z(mod) if mod else None,
               'readingMinutes': minutes, 'image': {'url': image, 'caption': RX_CAPTION},
               'body': [{'type': 'paragraph', 'html': esc(p)} for p in paras] +
                       ([{'type': 'readAlso', 'label': RX_ALSO, 'title': extra['also']}] if card else []),
               'tags': tags}
    loader = {'root': {'locale': 'ar-AE', 'timeZone': 'Asia/Dubai', 'breaking': [{'title': t, 'time': iso_ms_z(d)} for t, d in zip(breaking, breaking_days)],
                       'ENV': {'CDN_URL': RX_HOST + '/cdn', 'GA_ID': 'G-MDR24X'}},
              route_id: {'article': article, 'related': [{'title': t, 'publishedAt': iso_ms_z(d)} for t, d in zip(rel, rel_days)],
                         'mostRead': [{'title': t} for t in most]}}
    context = {'basename': '/', 'future': {'v3_fetcherPersist': False, 'v3_relativeSplatPath': False, 'v3_throwAbortReason': False},
               'isSpaMode': False, 'state': {'loaderData': loader, 'actionData': None, 'errors': None}}
    ld = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': title, 'url': url, 'image': [image],
          'datePublished': iso_ms_z(pub), 'dateModified': iso_ms_z(mod or pub), 'articleSection': section,
          'author': [{'@type': 'Person', 'name': author}], 'publisher': {'@type': 'NewsMediaOrganization', 'name': RX_SITE,
                                                                       'logo': {'@type': 'ImageObject', 'url': RX_HOST + '/logo.png'}}}
    h = f'{hash_int(title + str(k)):05x}'
    page = f'''<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width,initial-scale=1"/><title>{esc(title)} | {RX_SITE}</title><meta name="description" content="{esc(lead_words(paras, 26))}"/><meta property="og:title" content="{esc(title)}"/><meta property="og:type" content="article"/><meta property="og:url" content="{url}"/><meta property="og:image" content="{image}"/><meta property="article:published_time" content="{iso_ms_z(pub)}"/><meta name="twitter:card" content="summary_large_image"/><link rel="canonical" href="{url}"/><link rel="modulepreload" href="/build/manifest-{h}A1.js"/><link rel="modulepreload" href="/build/entry.client-{h}B2.js"/><link rel="modulepreload" href="/build/root-{h}C3.js"/><link rel="stylesheet" href="/build/_assets/tailwind-{h}D4.css"/><script type="application/ld+json">{rx_json(ld)}</script></head><body class="bg-white font-sans text-zinc-900 antialiased"><div class="flex min-h-screen flex-col">
<header class="sticky top-0 z-40 border-b bg-white/95 backdrop-blur"><div class="hidden border-b bg-zinc-50 text-xs text-zinc-600 md:block"><div class="mx-auto flex max-w-6xl items-center justify-between px-4 py-1"><span>{today}</span><span>{RX_WEATHER}</span><a href="/live" class="font-bold text-red-700">{RX_LIVE}</a></div></div>
<div class="mx-auto flex max-w-6xl items-center justify-between px-4 py-3"><a href="/" aria-label="{RX_SITE}"><img src="/logo.svg" alt="{RX_SITE}" width="140" height="36"/></a><button type="button" aria-label="search" class="rounded-full p-2"><svg width="20" height="20" viewBox="0 0 24 24"><path d="M21 21l-4.35-4.35"></path></svg></button></div>
<nav class="mx-auto max-w-6xl overflow-x-auto px-2"><ul class="flex whitespace-nowrap">{nav}</ul></nav></header>
<div class="bg-red-600 text-white"><div class="mx-auto flex max-w-6xl items-center gap-4 px-4 py-2 text-sm"><strong class="shrink-0 rounded bg-white px-2 text-red-700">{RX_BREAKING}</strong><ul class="flex gap-6 overflow-hidden">{breaking_html}</ul></div></div>
<main class="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
<nav aria-label="breadcrumb" class="mb-4 text-sm text-zinc-500"><ol class="flex gap-2"><li><a href="/">{RX_CRUMB}</a></li><li aria-hidden="true">/</li><li><a href="/{section_slug}">{section}</a></li></ol></nav>
<div class="grid gap-10 lg:grid-cols-[minmax(0,1fr)_320px]">
<article class="min-w-0">
<header class="mb-6 space-y-3"><a class="text-sm font-bold text-red-700" href="/{section_slug}">{section}</a><h1 class="text-3xl font-extrabold leading-tight md:text-4xl">{esc(title)}</h1>
<div class="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-zinc-500"><span>{RX_BY} {esc(author)}</span> <span aria-hidden="true"> · </span><time dateTime="{iso_ms_z(pub)}">{shown}</time><span aria-hidden="true"> · </span><span>{RX_READ.format(n=minutes)}</span></div>{upd_html}</header>
<div class="prose prose-lg prose-zinc max-w-none" data-testid="article-body">{body}</div>
{tags_row}
<div class="mt-6 flex items-center gap-3 border-y py-3" data-share=""><span class="text-sm font-bold">{RX_SHARE}</span><a href="https://wa.example/send?text={url}" aria-label="WhatsApp" class="rounded-full bg-green-600 p-2 text-white">WhatsApp</a><a href="https://x.example/intent/post?url={url}" aria-label="X" class="rounded-full bg-black p-2 text-white">X</a><button type="button" class="rounded-full border px-3 py-1 text-sm">{RX_COPY_LINK}</button></div>
<section aria-labelledby="related-heading" class="mt-10"><h2 id="related-heading" class="mb-4 text-xl font-extrabold">{RX_RELATED}</h2><ul class="grid gap-4 sm:grid-cols-2">{rel_html}</ul></section>
</article>
<aside class="space-y-10">
<section><h2 class="mb-3 border-b-2 border-red-600 pb-1 text-lg font-extrabold">{RX_MOST}</h2><ol class="space-y-3">{most_html}</ol></section>
<section><h2 class="mb-3 border-b-2 border-zinc-900 pb-1 text-lg font-extrabold">{RX_LATEST}</h2><ul>{latest_html}</ul></section>
<section class="rounded-xl bg-zinc-900 p-5 text-white"><h2 class="text-lg font-extrabold">{RX_LETTER_HEAD}</h2><p class="mt-1 text-sm text-zinc-300">{RX_LETTER}</p><form method="post" action="/newsletter" class="mt-3 flex gap-2"><input type="email" name="email" required="" class="min-w-0 flex-1 rounded px-2 text-zinc-900"/><button type="submit" class="rounded bg-red-600 px-3 py-1 font-bold">{RX_LETTER_BUTTON}</button></form></section>
</aside>
</div>
</main>
<footer class="mt-12 bg-zinc-950 py-10 text-sm text-zinc-400"><div class="mx-auto max-w-6xl px-4"><ul class="flex flex-wrap gap-4">{foot}</ul><p class="mt-6">{RX_COPY.format(year=now.year)}</p></div></footer>
</div>
<div role="dialog" aria-live="polite" class="fixed inset-x-0 bottom-0 z-50 border-t bg-white p-4 shadow-lg"><div class="mx-auto flex max-w-6xl flex-wrap items-center gap-3"><p class="flex-1 text-sm">{RX_CONSENT}</p><button type="button" class="rounded bg-zinc-900 px-4 py-2 text-white">{RX_CONSENT_BUTTONS[0]}</button><button type="button" class="rounded border px-4 py-2">{RX_CONSENT_BUTTONS[1]}</button></div></div>
<script>window.__remixContext = {rx_json(context)};</script><script type="module" async="">import "/build/manifest-{h}A1.js";
import * as route0 from "/build/root-{h}C3.js";
import * as route1 from "/build/routes/$section.$year.$month.$day.$id-{h}E5.js";
window.__remixRouteModules = {{"root":route0,"{route_id}":route1}};

import("/build/entry.client-{h}B2.js");</script></body></html>
'''
    without = [today, RX_WEATHER, RX_LIVE] + outside([RX_BREAKING], paras) + [f'{RX_BY} {author}', shown, RX_READ.format(n=minutes), RX_CAPTION, RX_SHARE,
               RX_COPY_LINK, RX_RELATED, RX_MOST, RX_LATEST, RX_LETTER_HEAD, RX_LETTER, RX_COPY.format(year=now.year), RX_CONSENT] + ([RX_TAGS] if tags else []) + outside([RX_FOOT[1], RX_CONSENT_BUTTONS[0]], paras) + breaking + \
        latest + rel[:2] + most[:2] + ([upd_text] if upd_text else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel + most, without, upd_of(upd_day)


# --- kentico: a Doha daily's portal on Kentico CMS (portal engine, ASP.NET Web Forms) ------------------------------
KT_SITE = 'الدفنة اليوم'
KT_HOST = 'https://www.aldafna-today.qa.example'
KT_ACCESS = ['English', 'تكبير الخط', 'تصغير الخط', 'التباين']
KT_SEARCH_LABEL = 'بحث عن:'
KT_SEARCH = 'بحث'
KT_MENU = ['الرئيسية', 'محليات', 'اقتصاد', 'ثقافة', 'عربي ودولي', 'رياضة', 'آراء', 'الأرشيف']
KT_SECTIONS = {'economy': 'اقتصاد', 'culture': 'ثقافة', 'internationalNews': 'عربي ودولي'}
KT_PUBLISHED = 'تاريخ النشر:'
KT_UPDATED = 'آخر تحديث:'
KT_SOURCE = 'المصدر: {desk}'
KT_DESKS = ['قسم الاقتصاد', 'القسم الثقافي', 'وكالات', 'قسم الاقتصاد']
KT_CAPTION = 'أرشيف الدفنة اليوم'
KT_SHARE = 'انشره على حساباتك'
KT_PRINT = ['طباعة', 'إرسال لصديق']
KT_ALSO = 'للاطلاع على تغطيتنا السابقة:'
KT_RELATED = 'أخبار ذات ارتباط'
KT_FEEDBACK = 'هل كان الخبر مفيداً لك؟'
KT_FEEDBACK_BUTTONS = ['نعم', 'لا']
KT_MOST = 'الأكثر قراءة أسبوعياً'
KT_LATEST = 'أضيف إلى البوابة للتو'
KT_EVENTS = 'فعاليات قادمة في الدوحة'
KT_EVENT_NAMES = ['معرض الدوحة للكتاب', 'مهرجان الربيع في كتارا', 'ملتقى الشركات الناشئة القطرية']
KT_FOOT = ['من نحن', 'هيئة التحرير', 'الاشتراكات', 'الإعلانات', 'اتصل بنا', 'خريطة الموقع']
KT_COPY = 'حقوق النشر لدار الدفنة للصحافة والنشر © {year}'
KT_UPDATED_SITE = 'آخر تحديث للبوابة: {when}'


def kt_id(*parts):
    """A Web Forms client id of the portal engine's placeholder tree."""
    return 'p_lt_' + '_'.join(parts)


def kt_long(t):
    """.NET's "dddd dd MMMM yyyy" under ar-QA (Gregorian)."""
    return f'{DAYS[t.weekday()]} {t.day:02d} {GULF_MONTHS[t.month - 1]} {t.year}'


def kt_time(t):
    """.NET's "hh:mm tt" under ar-QA."""
    return f'{t.hour % 12 or 12:02d}:{t.minute:02d} {ampm(t)}'


def kt_guid(n):
    h = f'{(n * 2654435761) % (1 << 64):016x}{(n * 40503) % (1 << 64):016x}'
    return f'{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}'


def render_kentico(art, others, extra, day, slug, k):
    name, title, paras = art
    rel, most, latest = others[:4], others[4:9], others[9:11] + extra['more'][:3]
    kind = 'kentico'
    pub = extra['at']
    draw = extra['draw']
    doc_id = 18230 + 457 * k
    section = KT_SECTIONS.get(extra['folder'], 'عربي ودولي')
    desk = KT_DESKS[k]
    now = later(kind, pub, days=1, hours=draw['saved_hours'])
    mod, upd_day, upd_html, upd_text = pub, None, '', ''
    if k in (1, 3):
        mod = later(kind, pub, **draw['update'])
        upd_day = mod.date()
    now = saved_after(kind, now, mod if upd_day else None, draw)
    if k == 1:
        upd_text = f'{KT_UPDATED} {dmy(mod)} {kt_time(mod)}'
        upd_html = f'<span class="NewsUpdated">{upd_text}</span>'
    # The news transformation's date: dd/MM/yyyy and the time (pages 0, 1 and 3), the long ar-QA form (page 2).
    shown_date = kt_long(pub) if k == 2 else f'{dmy(pub)} {kt_time(pub)}'
    shown = f'{KT_PUBLISHED} {shown_date}'
    # The text over sibling web parts: the summary (the lead) in its own part, the share bar, then the text part.
    also = ''
    if k % 2 == 0:
        also = f'<p class="ReadAlso"><strong>{KT_ALSO}</strong> <a href="/ar/News/{pub.year}/{doc_id - 71}">{esc(extra["also"])}</a></p>'
    text_html = after(paras[1:], also, 1)
    rel_days = [earlier(kind, pub, days=5 + 7 * i) for i in range(len(rel))]
    rel_html = ''.join(f'<li class="RelatedDoc"><a href="/ar/News/{d.year}/{doc_id - 150 - 11 * i}">{esc(t)}</a> <span class="RelatedDate">{dmy(d)}</span></li>'
                       for i, (t, d) in enumerate(zip(rel, rel_days)))
    most_html = ''.join(f'<li><span class="Rank">{i + 1}</span> <a href="/ar/News/m/{doc_id - 700 - i}">{esc(t)}</a></li>' for i, t in enumerate(most))
    latest_days = [between(kind, pub, now, i, len(latest)) for i in range(len(latest))]
    latest_html = ''.join(f'<li><a href="/ar/News/n/{doc_id + 6 + i}">{esc(t)}</a> <span class="NewsListDate">{dmy(d)} {kt_time(d)}</span></li>'
                          for i, (t, d) in enumerate(zip(latest, latest_days)))
    event_days = [later(kind, now, days=6 + 9 * i) for i in range(len(KT_EVENT_NAMES))]
    events_html = ''.join(f'<li><span class="EventDate">{dmy(d)}</span> {n}</li>' for n, d in zip(KT_EVENT_NAMES, event_days))
    menu = ''.join(f'<li class="{"CMSListMenuHighlightedLI" if t == section else "CMSListMenuLI"}" id="listMenu_{i}"><a class="{"CMSListMenuLinkHighlighted" if t == section else "CMSListMenuLink"}" href="/ar/{["Home", "Local", "Economy", "Culture", "World", "Sport", "Opinion", "Archive"][i]}">{t}</a></li>'
                   for i, t in enumerate(KT_MENU))
    access = ''.join(f'<li><a href="#" class="Access{i}">{t}</a></li>' for i, t in enumerate(KT_ACCESS))
    foot = ''.join(f'<li><a href="/ar/Info/{i}">{t}</a></li>' for i, t in enumerate(KT_FOOT))
    share = ''.join(f'<a class="addthis_button_{c}" title="{c}"></a>' for c in ('facebook', 'twitter', 'whatsapp', 'email'))
    today = f'{DAYS[now.weekday()]}، {ar_date(now)}'
    site_updated = KT_UPDATED_SITE.format(when=f'{dmy(now)} {kt_time(now)}')
    path = f'/ar/News/{pub.year}/{pub.month:02d}/{slug}'
    guid = kt_guid(doc_id)
    ld = ''
    if k in (2, 3):
        # The SEO web part added to the news template in the site's later years (pages 2 and 3): local times with the
        # offset; page 3's dateModified is its update.
        data = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': title, 'datePublished': iso_local(pub),
                'dateModified': iso_local(mod), 'articleSection': section, 'inLanguage': 'ar-QA',
                'image': f'{KT_HOST}/getmedia/{guid}/news-{doc_id}.jpg.aspx',
                'publisher': {'@type': 'Organization', 'name': KT_SITE}}
        ld = f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>\n'
    page = f'''<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="ar-qa" dir="rtl">
<head id="head"><title>
	{esc(title)} | {KT_SITE}
</title><meta name="description" content="{esc(lead_words(paras, 24))}" />
<meta http-equiv="content-type" content="text/html; charset=UTF-8" />
<meta http-equiv="pragma" content="no-cache" />
<meta http-equiv="content-style-type" content="text/css" />
<meta http-equiv="content-script-type" content="text/javascript" />
<meta name="keywords" content="{section}, {KT_SITE}" />
<link href="/CMSPages/GetResource.ashx?stylesheetname=DafnaRTL" type="text/css" rel="stylesheet"/>
<link href="/favicon.ico" type="image/x-icon" rel="shortcut icon"/>
<link href="/favicon.ico" type="image/x-icon" rel="icon"/>
{ld}</head>
<body class="RTL Chrome Chrome67 ARQA ContentBody">
<form method="post" action="{path}" id="form">
<div class="aspNetHidden">
<input type="hidden" name="__CMSCsrfToken" id="__CMSCsrfToken" value="Lk{doc_id:x}Qz7pWm2R8vYc4tN0aE6sJ3uH1dF9gB5xK" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTk{doc_id}MzE2ODAyMA9kFgJmD2QWAmYPZBYCAgEPZBYCZg9kFgJmD2QWBAIBD2QWAgIBD2QWAmYPZBYCAgEPFgIeBFRleHQF" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['form'];
if (!theForm) {{ theForm = document.form; }}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZC{doc_id}&amp;t=636271743501517547" type="text/javascript"></script>
<script src="/CMSPages/GetResource.ashx?scriptfile=%7e%2fCMSScripts%2fjquery%2fjquery-core.js" type="text/javascript"></script>
<script src="/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvt{doc_id}&amp;t=ffffffffad4b7194" type="text/javascript"></script>
<div class="aspNetHidden">
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="A5343185" />
<input type="hidden" name="lng" id="lng" value="ar-QA" />
</div>
<script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('manScript', 'form', ['tctxM',''], [], [], 90, '');
//]]>
</script>
<div id="ctxM"></div>
<div class="TopBar"><div class="container"><span id="{kt_id("ctl00", "TodayDate")}" class="TodayDate">{today}</span><ul class="AccessLinks">{access}</ul></div></div>
<div class="Header"><div class="container">
<div class="Logo"><a href="/ar/Home"><img id="{kt_id("ctl01", "Logo_imgLogo")}" src="/getmedia/{kt_guid(7)}/logo-ar.png.aspx" alt="{KT_SITE}" /></a></div>
<div id="{kt_id("ctl02", "SmartSearchBox_pnlSearch")}" class="searchBox" onkeypress="javascript:return WebForm_FireDefaultButton(event, '{kt_id("ctl02", "SmartSearchBox_btnSearch")}')"><label for="{kt_id("ctl02", "SmartSearchBox_txtWord")}" id="{kt_id("ctl02", "SmartSearchBox_lblSearch")}" class="Hidden">{KT_SEARCH_LABEL}</label><input type="text" maxlength="1000" id="{kt_id("ctl02", "SmartSearchBox_txtWord")}" class="form-control" /><input type="submit" value="{KT_SEARCH}" id="{kt_id("ctl02", "SmartSearchBox_btnSearch")}" class="btn btn-default" /></div>
</div></div>
<div class="MainMenu"><div class="container"><ul id="menuElem" class="CMSListMenuUL">{menu}</ul></div></div>
<div class="container"><div class="Breadcrumbs"><a href="/ar/Home" class="CMSBreadCrumbsLink">{KT_MENU[0]}</a> <span class="BreadcrumbSep">&gt;</span> <a href="/ar/{section}" class="CMSBreadCrumbsLink">{section}</a> <span class="BreadcrumbSep">&gt;</span> <span class="CMSBreadCrumbsCurrentItem">{esc(title)}</span></div></div>
<div class="container"><div class="row">
<div class="col-md-8 MainZone">
<div id="{kt_id("ctl04", "pageplaceholder_p_lt_ctl00_NewsDetail")}" class="WebPartZone NewsHeaderZone">
<div class="NewsDetail"><span class="NewsCategory">{section}</span><h1 class="NewsTitle">{esc(title)}</h1>
<div class="NewsMeta"><span class="NewsDate">{shown}</span> {upd_html} <span class="NewsSource">{KT_SOURCE.format(desk=desk)}</span></div></div>
</div>
<div id="{kt_id("ctl04", "pageplaceholder_p_lt_ctl01_NewsImage")}" class="WebPartZone NewsImageZone"><div class="NewsImage"><img src="/getmedia/{guid}/news-{doc_id}.jpg.aspx?width=760&amp;height=428" alt="" width="760" height="428" /><span class="ImageCaption">{KT_CAPTION}</span></div></div>
<div id="{kt_id("ctl04", "pageplaceholder_p_lt_ctl02_NewsSummary")}" class="WebPartZone NewsSummaryZone"><div class="NewsSummary"><p>{esc(paras[0])}</p></div></div>
<div id="{kt_id("ctl04", "pageplaceholder_p_lt_ctl03_ShareTools")}" class="WebPartZone ShareZone"><div class="ShareTools"><span class="ShareLabel">{KT_SHARE}</span><div class="addthis_toolbox addthis_default_style">{share}</div><ul class="PrintTools"><li><a href="javascript:window.print();">{KT_PRINT[0]}</a></li><li><a href="/ar/SendToFriend?doc={doc_id}">{KT_PRINT[1]}</a></li></ul></div></div>
<div id="{kt_id("ctl04", "pageplaceholder_p_lt_ctl04_NewsText")}" class="WebPartZone NewsTextZone"><div class="NewsText">{text_html}</div></div>
<div id="{kt_id("ctl04", "pageplaceholder_p_lt_ctl05_RelatedDocuments")}" class="WebPartZone RelatedZone"><div class="RelatedDocuments"><h2 class="BoxTitle">{KT_RELATED}</h2><ul>{rel_html}</ul></div></div>
<div id="{kt_id("ctl04", "pageplaceholder_p_lt_ctl06_PageFeedback")}" class="WebPartZone FeedbackZone"><div class="PollPanel"><span class="PollQuestion">{KT_FEEDBACK}</span> <input type="submit" name="{kt_id("ctl04", "btnYes")}" value="{KT_FEEDBACK_BUTTONS[0]}" class="btn" /> <input type="submit" name="{kt_id("ctl04", "btnNo")}" value="{KT_FEEDBACK_BUTTONS[1]}" class="btn" /></div></div>
</div>
<div class="col-md-4 SideZone">
<div class="SideBox MostRead"><h3 class="BoxTitle">{KT_MOST}</h3><ol>{most_html}</ol></div>
<div class="SideBox LatestNews"><h3 class="BoxTitle">{KT_LATEST}</h3><ul>{latest_html}</ul></div>
<div class="SideBox Events"><h3 class="BoxTitle">{KT_EVENTS}</h3><ul>{events_html}</ul></div>
</div>
</div></div>
<div class="Footer"><div class="container"><ul class="FooterLinks">{foot}</ul><p class="Copyright">{KT_COPY.format(year=now.year)}</p><p class="SiteUpdated">{site_updated}</p></div></div>
<script type="text/javascript">
//<![CDATA[
WebForm_InitCallback();
//]]>
</script>
</form>
<script type="text/javascript" src="//s7.addthis.com/js/300/addthis_widget.js#pubid=ra-5a1b2c3d4e5f6a7b"></script>
</body>
</html>
'''
    without = [today, KT_ACCESS[1], shown, KT_SOURCE.format(desk=desk), KT_CAPTION, KT_SHARE, KT_RELATED, KT_FEEDBACK, KT_MOST, KT_LATEST, KT_EVENTS,
               KT_EVENT_NAMES[0], KT_COPY.format(year=now.year), site_updated] + outside([KT_FOOT[1], KT_PRINT[1]], paras) + latest + rel[:2] + most[:2] + ([upd_text] if upd_text else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel + most, without, upd_of(upd_day)


# --- rails: a Beirut news site on Ruby on Rails 5.2 (Turbolinks, Stimulus, Trix, local_time) -----------------------
RL_SITE = 'شرفة بيروت'
RL_HOST = 'https://www.shurfa-beirut.lb.example'
RL_WEATHER = 'بيروت 29°'
RL_NAV = ['الرئيسية', 'لبنان', 'المنطقة', 'العالم', 'اقتصاد', 'رياضة', 'ثقافة وفنون', 'تكنولوجيا']
RL_SECTIONS = {'culture': 'ثقافة وفنون', 'internationalNews': 'العالم', 'sport': 'رياضة', 'technology': 'تكنولوجيا'}
RL_URGENT = 'عاجل'
RL_BY = ['كتبت', 'كتب', 'كتبت', 'كتب']  # the author's verb, by page
RL_AUTHORS = ['ريتا شمعون', 'جاد الأسمر', 'هبة فخر الدين', 'سامر نصر']
RL_UPDATED = 'حُدّث'
RL_CAPTION = 'من أرشيف شرفة بيروت'
RL_ALSO = 'على الشرفة أيضاً:'
RL_SHARE = 'شارك'
RL_TAGS = 'كلمات مفتاحية'
RL_TAG_WORDS = {'culture': ['فنون تشكيلية', 'سينما'], 'internationalNews': ['شؤون دولية'], 'sport': ['كرة القدم'],
                'technology': ['إنترنت', 'تطبيقات']}
RL_RELATED = 'بنفس الملف على الشرفة'
RL_COMMENTS = 'آراء القرّاء'
RL_COMMENTERS = [('إيلي من جونية', 'تغطية دقيقة، وهيدا الموضوع بدو متابعة لأنو الناس ما عندها كل المعطيات'),
                 ('رنا', 'شكراً على الترجمة الواضحة، نطلب منكم تكتبوا أكتر عن انعكاس هيك أخبار على لبنان'),
                 ('أبو علي - صور', 'خبر مهم بس العنوان فيه شوية مبالغة، يا ريت تنتبهوا للعناوين')]
RL_COMMENT_FORM = 'اكتب رأيك بهدوء واحترام'
RL_COMMENT_BUTTON = 'أرسل'
RL_MOST = 'الأكثر قراءة بالشرفة'
RL_LATEST = 'آخر الأخبار'
RL_LETTER = 'اشترك بنشرة الشرفة اليومية'
RL_LETTER_BUTTON = 'اشترك'
RL_FOOT = ['من نحن', 'فريق التحرير', 'شروط النشر', 'اتصل بنا']
RL_COPY = '© {year} شرفة بيروت. النصوص والصور ملك أصحابها'
RL_COOKIE = 'منستعمل الكوكيز حتى نحسّن تجربتك على الموقع'
RL_COOKIE_BUTTON = 'موافق'


def rl_local_time(t, fmt='%B %e, %Y %l:%M%P', cls=''):
    """local_time's helper as the server renders it (before its script runs): the time in UTC, Ruby's strftime in
    English; data-local tells the script what to do with it."""
    u = t.astimezone(UTC)
    if fmt == '%A, %B %e, %Y':
        text = f'{u.strftime("%A")}, {EN_MONTHS[u.month - 1]} {u.day}, {u.year}'
    else:
        text = f'{EN_MONTHS[u.month - 1]} {u.day}, {u.year} {en_clock(u)}'
    c = f' class="{cls}"' if cls else ''
    return text, f'<time{c} data-format="{fmt}" data-local="time" datetime="{iso_z(t)}">{text}</time>'


EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
             'December']


def rails_json_time(t):
    """ActiveSupport's JSON time: the app's zone (Beirut) with milliseconds."""
    return t.strftime('%Y-%m-%dT%H:%M:%S.000') + iso_local(t)[-6:]


def render_rails(art, others, extra, day, slug, k):
    name, title, paras = art
    rel, most, latest = others[:4], others[4:9], others[9:11] + extra['more'][:3]
    urgent = extra['more'][3:5]
    kind = 'rails'
    pub = extra['at']
    draw = extra['draw']
    aid = 9412 + 131 * k
    author = RL_AUTHORS[k]
    section = RL_SECTIONS.get(extra['folder'], 'العالم')
    now = later(kind, pub, hours=draw['saved_hours'] + 6, minutes=draw['saved_minutes'])
    mod, upd_day, upd_html, upd_text = pub, None, '', ''
    if k in (1, 3):
        mod = later(kind, pub, **draw['update'])
        if mod.hour < 4:  # local_time prints the UTC day: keep the shown update on its local day
            mod = later(kind, mod, hours=5)
        upd_day = mod.date()
    now = saved_after(kind, now, mod if upd_day else None, draw)
    if k == 1:
        text, tag = rl_local_time(mod)
        upd_text = f'{RL_UPDATED} {text}'
        upd_html = f'<p class="article__updated">{RL_UPDATED} {tag}</p>'
    shown, time_tag = rl_local_time(pub, '%A, %B %e, %Y' if k == 3 else '%B %e, %Y %l:%M%P', 'article__date')
    # The body as Trix stored it: one <div>, the paragraphs separated by two <br>s, an image attachment after the
    # first, on even pages a bold read-also line after the second.
    parts = [esc(paras[0]),
             f'<figure data-trix-attachment="{esc(json.dumps({"contentType": "image/jpeg", "url": f"{RL_HOST}/rails/active_storage/blobs/{aid}/photo.jpg"}))}" data-trix-content-type="image/jpeg" class="attachment attachment--preview attachment--jpg"><img src="{RL_HOST}/rails/active_storage/blobs/{aid}/photo.jpg" width="1024" height="576"><figcaption class="attachment__caption">{RL_CAPTION}</figcaption></figure>']
    for i, p in enumerate(paras[1:]):
        parts.append(esc(p))
        if i == 0 and k % 2 == 0:
            parts.append(f'<strong>{RL_ALSO}</strong> <a href="/articles/{aid - 64}">{esc(extra["also"])}</a>')
    trix = '<br><br>'.join(parts)
    comments = (RL_COMMENTERS[k % 3:] + RL_COMMENTERS[:k % 3])[:2 + k % 2]
    comment_days = [between(kind, pub, now, i, len(comments)) for i in range(len(comments))]
    comment_times = [rl_local_time(d) for d in comment_days]
    comments_html = ''.join(f'<div class="comment" id="comment_{aid * 10 + i}"><p class="comment__meta"><strong>{esc(n)}</strong> · {tag}</p><p class="comment__body">{esc(c)}</p></div>'
                            for i, ((n, c), (_, tag)) in enumerate(zip(comments, comment_times)))
    rel_html = ''.join(f'<li class="card"><a href="/articles/{aid - 200 - 13 * i}" class="card__title">{esc(t)}</a></li>' for i, t in enumerate(rel))
    most_html = ''.join(f'<li><a href="/articles/{aid - 500 - i}">{esc(t)}</a></li>' for i, t in enumerate(most))
    latest_days = [between(kind, pub, now, i, len(latest)) for i in range(len(latest))]
    latest_html = ''.join(f'<li><span class="latest__time">{hm(d)}</span> <a href="/articles/{aid + 3 + i}">{esc(t)}</a></li>' for i, (t, d) in enumerate(zip(latest, latest_days)))
    urgent_days = [later(kind, now, minutes=-15 - 35 * i) for i in range(len(urgent))]
    urgent_html = ''.join(f'<li><span class="ticker__time">{hm(d)}</span> <a href="/articles/{aid + 40 + i}">{esc(t)}</a></li>' for i, (t, d) in enumerate(zip(urgent, urgent_days)))
    tags = outside(RL_TAG_WORDS.get(extra['folder'], []), paras)
    tags_html = ' '.join(f'<a href="/tags/{i}" class="tag">{t}</a>' for i, t in enumerate(tags))
    tags_row = f'<div class="article__tags"><span>{RL_TAGS}</span> {tags_html}</div>' if tags else ''
    nav = ''.join(f'<li><a href="/sections/{i}"{" class=" + chr(34) + "is-active" + chr(34) if t == section else ""}>{t}</a></li>' for i, t in enumerate(RL_NAV))
    foot = ''.join(f'<li><a href="/pages/{i}">{t}</a></li>' for i, t in enumerate(RL_FOOT))
    today = f'{DAYS[now.weekday()]} {lv_date(now)}'
    url = f'{RL_HOST}/articles/{aid}-{slug}'
    image = f'{RL_HOST}/rails/active_storage/blobs/{aid}/photo.jpg'
    modified_meta = f'<meta property="article:modified_time" content="{iso_local(mod)}">\n' if upd_day else ''
    ld = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': title, 'url': url, 'image': image,
          'datePublished': rails_json_time(pub), 'dateModified': rails_json_time(mod), 'articleSection': section,
          'author': {'@type': 'Person', 'name': author}, 'publisher': {'@type': 'Organization', 'name': RL_SITE}}
    token = f'{hash_int(title):x}Zq{aid}Lw8=='
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<title>{esc(title)} — {RL_SITE}</title>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-param" content="authenticity_token" />
<meta name="csrf-token" content="{token}" />
<meta name="turbolinks-cache-control" content="no-preview">
<meta name="description" content="{esc(lead_words(paras, 24))}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{image}">
<meta property="article:published_time" content="{iso_local(pub)}">
{modified_meta}<link rel="canonical" href="{url}">
<link rel="stylesheet" media="all" href="/assets/application-{hash_int(RL_SITE):x}e2f1.css" data-turbolinks-track="reload" />
<script src="/packs/js/application-{hash_int(RL_HOST):x}9c0d.js" data-turbolinks-track="reload"></script>
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="articles show" data-controller="cookie-banner">
<header class="site-header">
<div class="site-header__top"><span class="site-header__date">{today}</span><span class="site-header__weather">{RL_WEATHER}</span></div>
<a href="/" class="site-header__logo"><img src="/assets/logo-{hash_int(RL_SITE):x}.svg" alt="{RL_SITE}" width="180" height="48"></a>
<nav class="site-nav" data-controller="menu"><button type="button" class="site-nav__toggle" data-action="menu#toggle" aria-label="menu">☰</button><ul class="site-nav__list" data-target="menu.list">{nav}</ul></nav>
</header>
<div class="ticker" data-controller="ticker" data-ticker-interval="6000"><strong class="ticker__label">{RL_URGENT}</strong><ul class="ticker__list">{urgent_html}</ul></div>
<div class="layout">
<main class="layout__main">
<article class="article" data-controller="reading-progress" id="article_{aid}">
<header class="article__header">
<a class="article__section" href="/sections/{RL_NAV.index(section)}">{section}</a>
<h1 class="article__title">{esc(title)}</h1>
<p class="article__byline">{RL_BY[k]} <a href="/authors/{k + 1}">{esc(author)}</a></p>
<p class="article__meta">{time_tag}</p>
{upd_html}
</header>
<div class="article__body">
<div class="trix-content">
  <div>{trix}</div>
</div>
</div>
<footer class="article__footer">{tags_row}
<div class="share" data-controller="share" data-share-url-value="{url}"><span class="share__label">{RL_SHARE}</span> <a href="https://www.facebook.example/sharer/sharer.php?u={url}" data-action="share#open" class="share__link">Facebook</a> <a href="https://x.example/intent/tweet?url={url}" data-action="share#open" class="share__link">X</a> <a href="whatsapp://send?text={url}" class="share__link">WhatsApp</a></div></footer>
</article>
<section class="related"><h2 class="related__title">{RL_RELATED}</h2><ul class="cards">{rel_html}</ul></section>
<section class="comments" id="comments" data-controller="comments"><h2 class="comments__title">{RL_COMMENTS} ({len(comments)})</h2>
{comments_html}
<form class="new_comment" id="new_comment" action="/articles/{aid}/comments" accept-charset="UTF-8" data-remote="true" method="post"><input name="utf8" type="hidden" value="&#x2713;" /><input type="hidden" name="authenticity_token" value="{token}" /><textarea placeholder="{RL_COMMENT_FORM}" name="comment[body]" id="comment_body"></textarea><input type="submit" name="commit" value="{RL_COMMENT_BUTTON}" data-disable-with="{RL_COMMENT_BUTTON}" /></form>
</section>
</main>
<aside class="layout__side">
<section class="box box--most-read"><h3 class="box__title">{RL_MOST}</h3><ol>{most_html}</ol></section>
<section class="box box--latest"><h3 class="box__title">{RL_LATEST}</h3><ul>{latest_html}</ul></section>
<section class="box box--newsletter"><form action="/subscriptions" accept-charset="UTF-8" method="post"><label for="subscription_email">{RL_LETTER}</label><input type="email" name="subscription[email]" id="subscription_email" /><input type="submit" name="commit" value="{RL_LETTER_BUTTON}" /></form></section>
</aside>
</div>
<footer class="site-footer"><ul class="site-footer__links">{foot}</ul><p class="site-footer__copy">{RL_COPY.format(year=now.year)}</p></footer>
<div class="cookie-banner" data-target="cookie-banner.banner"><p>{RL_COOKIE}</p><button type="button" data-action="cookie-banner#accept">{RL_COOKIE_BUTTON}</button></div>
</body>
</html>
'''
    without = [today, RL_WEATHER, RL_URGENT, f'{RL_BY[k]} {author}', shown, RL_CAPTION, RL_RELATED, f'{RL_COMMENTS} ({len(comments)})',
               RL_MOST, RL_LETTER, RL_COPY.format(year=now.year), RL_COOKIE] + ([RL_TAGS] if tags else []) + outside([RL_FOOT[1], RL_FOOT[2]], paras) + [c for _, c in comments] + [t for t, _ in comment_times] + \
        urgent + latest + rel[:2] + most[:2] + ([upd_text] if upd_text else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel + most, without, upd_of(upd_day)


# --- pelican: a Sfax citizen-news collective's static site built with Pelican (the Flex theme) ---------------------
PL_SITE = 'عين صفاقس'
PL_HOST = 'https://ayn-sfax.tn.example'
PL_SUBTITLE = 'تدوين جماعي لأخبار صفاقس والجهات، يكتبه متطوعون منذ 2014'
PL_LINKS = ['من نحن', 'اكتب معنا', 'ميثاق النشر']
PL_RECENT = 'أحدث التدوينات'
PL_NAV = ['الرئيسية', 'الأرشيف', 'الأقسام', 'الوسوم']
PL_POSTED = 'نُشر يوم {date} في قسم'
PL_CATEGORIES = {'localNews': 'جهويات', 'diverse': 'منوعات', 'internationalNews': 'من العالم', 'politic': 'سياسة'}
PL_READ = 'قراءة في {n} دقائق'
PL_MODIFIED = 'آخر تبديل يوم {date}'
PL_AUTHORS = ['محمد علي الفراتي', 'إيناس الطرابلسي', 'بلال الجربي', 'نور الهدى الشعري']
PL_BY = 'كتبه'
PL_ALSO = 'كنّا كتبنا في الموضوع:'
PL_SOURCE = 'عن إذاعة محلية، بتصرّف طفيف في العنوان'
PL_PREV, PL_NEXT = 'التدوينة السابقة', 'التدوينة اللاحقة'
PL_RELATED = 'تدوينات تقترب من الموضوع'
PL_COMMENTS = 'النقاش تحت التدوينة'
PL_ISSO = ['اكتب تعليقك (بالعربية أو بالفرنسية)', 'اسمك (اختياري)', 'أرسل']
PL_COMMENTERS = [('كريم', 'معلومة مهمة، يعطيكم الصحة. هل من جديد بعد الاجتماع؟'),
                 ('Amel S.', 'ربي يحفظكم، الموقع صار مرجعي في أخبار الجهة'),
                 ('متابع من ساقية الزيت', 'ياريت تحطو رابط الإذاعة في آخر التدوينة')]
PL_COPY = '© {year} عين صفاقس — يمكن إعادة نشر النصوص بشرط الإحالة (CC BY 4.0)'
PL_BUILT = 'Built with Pelican using Flex theme'


def pl_long(t):
    """Pelican's DEFAULT_DATE_FORMAT '%A %d %B %Y' under the ar_TN.UTF-8 locale."""
    return f'{DAYS[t.weekday()]} {t.day:02d} {TN_MONTHS[t.month - 1]} {t.year}'


def pl_meta_time(t):
    """Flex's Open Graph times: str() of Pelican's datetime (a space, not a "T", before the time)."""
    return t.strftime('%Y-%m-%d %H:%M:%S') + iso_local(t)[-6:]


def isso_ago(t, now):
    days = (now.date() - t.date()).days
    if days <= 0:
        hours = max(1, int((now - t).total_seconds() // 3600))
        return {1: 'منذ ساعة', 2: 'منذ ساعتين'}.get(hours, f'منذ {hours} ساعات' if hours <= 10 else f'منذ {hours} ساعة')
    return {1: 'أمس', 2: 'منذ يومين'}.get(days, f'منذ {days} أيام')


def render_pelican(art, others, extra, day, slug, k):
    name, title, paras = art
    rel, recent = others[:4], others[4:9]
    prev_t, next_t = extra['more'][0], extra['more'][1]
    kind = 'pelican'
    pub = extra['at']
    draw = extra['draw']
    author = PL_AUTHORS[k]
    category = PL_CATEGORIES.get(extra['folder'], 'جهويات')
    built = later(kind, pub, days=3, hours=draw['saved_hours'])  # the site's last build, when the page was fetched
    mod, upd_day, mod_html, mod_text = pub, None, '', ''
    if k in (0, 2):
        mod = later(kind, pub, **draw['update'])
        upd_day = mod.date()
    if k == 0:
        mod_text = PL_MODIFIED.format(date=pl_long(mod))
        mod_html = f'<p class="modified">{mod_text}</p>'
    # The post's date as the theme prints it: '%A %d %B %Y' (pages 0 and 2), '%d/%m/%Y' (page 1), ISO (page 3).
    shown_date = (pl_long(pub), dmy(pub), pl_long(pub), pub.date().isoformat())[k]
    posted = PL_POSTED.format(date=shown_date)
    minutes = read_minutes(paras, 180)
    also = ''
    if k % 2 == 1:
        also = f'<blockquote><p>{PL_ALSO} <a href="{PL_HOST}/{pub.year}/also-{k}.html">{esc(extra["also"])}</a></p></blockquote>'
    body = after(paras, also) + f'<p><small>{PL_SOURCE}</small></p>'
    recent_days = [later(kind, pub, days=1 + i, hours=4 * i) for i in range(len(recent))]
    recent_html = ''.join(f'<li><a href="{PL_HOST}/{d.year}/n{k}{i}.html">{esc(t)}</a> <small>{dmy(d)}</small></li>' for i, (t, d) in enumerate(zip(recent, recent_days)))
    rel_html = ''.join(f'<li><a href="{PL_HOST}/r{k}{i}.html">{esc(t)}</a></li>' for i, t in enumerate(rel))
    comments = (PL_COMMENTERS[k % 3:] + PL_COMMENTERS[:k % 3])[:2]
    comment_days = [later(kind, pub, hours=5 + 22 * i, minutes=12) for i in range(len(comments))]
    comments_html = ''.join(f'<div class="isso-comment" id="isso-{hash_int(title) % 900 + i}"><div class="avatar"><svg width="48" height="48"></svg></div><div class="text-wrapper"><div class="isso-comment-header" role="meta">'
                            f'<span class="author">{esc(n)}</span><span class="spacer">•</span><a class="permalink" href="#isso-{hash_int(title) % 900 + i}"><time title="{pl_long(d)} {hm(d)}" datetime="{iso_ms_z(d)}">{isso_ago(d, built)}</time></a></div>'
                            f'<div class="text"><p>{esc(c)}</p></div><div class="isso-comment-footer"><a class="reply" href="#">رد</a></div></div></div>'
                            for i, ((n, c), d) in enumerate(zip(comments, comment_days)))
    links = ''.join(f'<li><a href="{PL_HOST}/pages/p{i}.html">{t}</a></li>' for i, t in enumerate(PL_LINKS))
    nav = ' '.join(f'<a href="{PL_HOST}/{["", "archives.html", "categories.html", "tags.html"][i]}">{t}</a>' for i, t in enumerate(PL_NAV))
    tag = outside([category], paras)
    tags_html = ''.join(f'<a href="{PL_HOST}/tag/t{i}.html">{t}</a> ' for i, t in enumerate(tag))
    url = f'{PL_HOST}/{pub.year}/{slug}.html'
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
  <link rel="stylesheet" type="text/css" href="{PL_HOST}/theme/stylesheet/style.min.css">
  <link id="pygments-light-theme" rel="stylesheet" type="text/css" href="{PL_HOST}/theme/pygments/github.min.css">
  <link rel="stylesheet" type="text/css" href="{PL_HOST}/theme/font-awesome/css/fontawesome.css">
  <link href="{PL_HOST}/feeds/all.atom.xml" type="application/atom+xml" rel="alternate" title="{PL_SITE} Atom">
  <meta charset="utf-8" />
  <meta http-equiv="X-UA-Compatible" content="IE=edge" />
  <meta name="HandheldFriendly" content="True" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0" />
  <meta name="robots" content="index, follow" />
  <meta name="author" content="{author}" />
  <meta name="description" content="{esc(lead_words(paras, 24))}" />
  <meta property="og:site_name" content="{PL_SITE}"/>
  <meta property="og:title" content="{esc(title)}"/>
  <meta property="og:description" content="{esc(lead_words(paras, 24))}"/>
  <meta property="og:locale" content="ar_TN"/>
  <meta property="og:url" content="{url}"/>
  <meta property="og:type" content="article"/>
  <meta property="article:published_time" content="{pl_meta_time(pub)}"/>
  <meta property="article:modified_time" content="{pl_meta_time(mod)}"/>
  <meta property="article:author" content="{PL_HOST}/author/a{k}.html">
  <meta property="article:section" content="{category}"/>
  <meta property="og:image" content="{PL_HOST}/images/logo.png">
  <title>{PL_SITE} &ndash; {esc(title)}</title>
</head>
<body class="light-theme">
  <aside>
    <div>
      <a href="{PL_HOST}/"><img src="{PL_HOST}/images/logo.png" alt="{PL_SITE}" title="{PL_SITE}"></a>
      <h2><a href="{PL_HOST}/">{PL_SITE}</a></h2>
      <p>{PL_SUBTITLE}</p>
      <nav><ul class="list">{links}</ul></nav>
      <ul class="social"><li><a class="sc-facebook" href="https://facebook.example/aynsfax" target="_blank"><i class="fa-brands fa-facebook"></i></a></li><li><a class="sc-rss" href="{PL_HOST}/feeds/all.atom.xml" target="_blank"><i class="fa-solid fa-rss"></i></a></li></ul>
      <div class="recent-posts"><h3>{PL_RECENT}</h3><ul>{recent_html}</ul></div>
    </div>
  </aside>
  <main>
    <nav>{nav}</nav>
<article class="single">
  <header>
    <h1 id="{slug}">{esc(title)}</h1>
    <p>{posted} <a href="{PL_HOST}/category/c{k}.html">{category}</a> &#8226; {PL_READ.format(n=minutes)}</p>
    <p class="byline">{PL_BY} <a href="{PL_HOST}/author/a{k}.html">{author}</a></p>
    {mod_html}
  </header>
  <div>
    {body}
  </div>
  <div class="tag-cloud"><p>{tags_html}</p></div>
  <div class="neighbors">
    <a class="btn float-left" href="{PL_HOST}/{pub.year}/p{k}.html" title="{esc(prev_t)}"><i class="fa fa-angle-left"></i> {PL_PREV}</a>
    <a class="btn float-right" href="{PL_HOST}/{pub.year}/x{k}.html" title="{esc(next_t)}">{PL_NEXT} <i class="fa fa-angle-right"></i></a>
  </div>
  <div class="related-posts"><h4>{PL_RELATED}</h4><ul>{rel_html}</ul></div>
  <div class="comments"><h2>{PL_COMMENTS}</h2>
    <section id="isso-thread" data-title="{esc(title)}"><h4>{len(comments)} تعليقات</h4><div class="isso-postbox"><div class="form-wrapper"><div class="textarea-wrapper"><div class="textarea placeholder" contenteditable="true">{PL_ISSO[0]}</div></div><section class="auth-section"><p class="input-wrapper"><input type="text" name="author" placeholder="{PL_ISSO[1]}"></p><p class="post-action"><input type="submit" value="{PL_ISSO[2]}"></p></section></div></div>
    <div id="isso-root">{comments_html}</div></section>
    <script data-isso="{PL_HOST}/isso/" data-isso-lang="ar" src="{PL_HOST}/isso/js/embed.min.js"></script>
  </div>
</article>
    <footer>
<p>{PL_COPY.format(year=built.year)}</p>
<p>{PL_BUILT.replace("Pelican", '<a href="https://getpelican.com" target="_blank">Pelican</a>').replace("Flex", '<a href="https://github.com/alexandrevicenzi/flex" target="_blank">Flex</a>')}</p>
    </footer>
  </main>
</body>
</html>
'''
    without = [PL_SUBTITLE, PL_RECENT, posted, PL_READ.format(n=minutes), f'{PL_BY} {author}', PL_SOURCE, PL_PREV, PL_NEXT, PL_RELATED, PL_COMMENTS,
               PL_ISSO[0], PL_COPY.format(year=built.year), PL_BUILT] + outside(PL_LINKS[1:], paras) + [c for _, c in comments] + recent + rel[:2] + ([mod_text] if mod_text else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


RENDER = {'smartmag': render_smartmag, 'publisher': render_publisher, 'zoxnews': render_zoxnews, 'remix': render_remix,
          'kentico': render_kentico, 'rails': render_rails, 'pelican': render_pelican}
render = with_null_update(renderer(RENDER, 'templates_set24.py', 24))  # updated: null where none is declared


# --- the corpus and the driver ----------------------------------------------------------------------------
CORPUS_FOLDER = 'ant-multisource'
ALARABIA = 'Alarabia'
JAWHARA_FOLDER = 'ant-jawharafm'
# The records (file names without ".txt") that a label of tests/ (segmenter, HTML or CLI) or ../shared/eval/dev named,
# or that a segmenter blind draw (tests/segmenter/blind*-draw.txt, blind24 and blind25 included) listed, when the set
# was written: frozen, so that later labels do not shift the set's articles.
LABEL_NAMED = (
    'AL-culture-153-20180311', 'AL-culture-458-20180605', 'AL-culture-73-20180219', 'AL-economy-828-20180614',
    'AL-internationalNews-1193-20180516', 'AL-internationalNews-1318-20180525', 'AL-internationalNews-1457-20180604',
    'AL-sport-1156-20180407', 'AL-sport-1762-20180531', 'AL-sport-1947-20180613', 'AL-sport-2350-20180713',
    'AL-sport-469-20180307', 'AL-sport-507-20180309', 'AL-sport-60-20180217', 'AL-sport-87-20180212',
    'AL-technology-15-20180209', 'AL-technology-295-20180611', 'JA-diverse-180-20160801', 'JA-diverse-238-20170405',
    'JA-diverse-257-20170414', 'JA-diverse-27-20170107', 'JA-diverse-423-20170605', 'JA-economy-93-20160527',
    'JA-internationalNews-1247-20170619', 'JA-internationalNews-339-20161120', 'JA-internationalNews-364-20161213',
    'JA-internationalNews-484-20161203', 'JA-internationalNews-513-20170314', 'JA-internationalNews-632-20170322',
    'JA-internationalNews-736-20161030', 'JA-internationalNews-82-23122016', 'JA-internationalNews-836-20150811',
    'JA-internationalNews-956-20170524', 'JA-localNews-1075-20170210', 'JA-localNews-1135-20160421',
    'JA-localNews-1295-20150510', 'JA-localNews-2145-20131109', 'JA-localNews-2394-20170308', 'JA-localNews-2518-20170309',
    'JA-localNews-2603-20140404', 'JA-localNews-2695-20160702', 'JA-localNews-3384-20140801', 'JA-localNews-3871-20170423',
    'JA-localNews-3947-20170510', 'JA-localNews-3995-20170516', 'JA-localNews-4190-20170522', 'JA-localNews-440-20170130',
    'JA-localNews-4474-20170510', 'JA-localNews-4646-20170519', 'JA-localNews-4818-20131129', 'JA-localNews-740-20141126',
    'JA-politic-276-20170317', 'JA-politic-367-20160804', 'JA-politic-409-20160821', 'JA-society-1035-20170613',
    'JA-society-1073-20160511', 'JA-society-60-20170128', 'JA-society-849-20140913', 'JA-sport-1173-20161209',
    'JA-sport-1177-20160627', 'JA-sport-1414-20170617', 'JA-sport-190-20170204', 'JA-sport-2-20170121',
    'JA-sport-233-20170207', 'JA-sport-533-20170224', 'JA-sport-973-20161010')
# The records the earlier sets built pages around, as they read them when they were frozen: set 12 (the first 28
# JawharaFM articles) and set 14 (its 15 Al Arabiya pages).
EARLIER_SETS_READ = (
    'JA-culture-59-20160119', 'JA-diverse-257-20170414', 'JA-diverse-392-20170521', 'JA-economy-93-20160527',
    'JA-localNews-1150-20161229', 'JA-localNews-2128-20170303', 'JA-localNews-2252-20161205', 'JA-localNews-2991-20161020',
    'JA-localNews-3209-20170321', 'JA-localNews-3602-20140305', 'JA-localNews-3693-20131221', 'JA-localNews-4646-20170519',
    'JA-localNews-4656-20170607', 'JA-localNews-654-20161207', 'JA-localNews-740-20141126', 'JA-localNews-858-20161013',
    'JA-politic-127-20150902', 'JA-politic-210-20150308', 'JA-politic-279-20161102', 'JA-politic-443-20160119',
    'JA-politic-83-29102013', 'JA-society-1078-20170620', 'JA-society-849-20140913', 'JA-society-851-20151111',
    'JA-sport-1197-20170515', 'JA-sport-1249-20170527', 'JA-sport-233-20170207', 'JA-sport-533-20170224',
    'AL-culture-112-20180302', 'AL-culture-118-20180303', 'AL-culture-14-20180215', 'AL-economy-1004-20180711',
    'AL-economy-1011-20180712', 'AL-economy-102-20180225', 'AL-internationalNews-1050-20180507',
    'AL-internationalNews-1053-20180508', 'AL-internationalNews-1055-20180508', 'AL-sport-100-20180219',
    'AL-sport-1053-20180402', 'AL-sport-1063-20180403', 'AL-technology-125-20180328', 'AL-technology-141-20180404',
    'AL-technology-15-20180209')
LEFT_OUT = frozenset(LABEL_NAMED + EARLIER_SETS_READ)
MIN_PARAGRAPHS = 6


def records(corpus):
    """The records of both sources in sorted path order, the LEFT_OUT ones left out: {'alarabia': [...], 'jawhara':
    [...]}, each a dict with name (the file's path under CORPUS), folder (its category folder), title, lines and when
    (Al Arabiya's: an aware datetime; JawharaFM's: (date, (hour, minute) or None), templates_set12.record_date())."""
    alarabia = trec_records(corpus, CORPUS_FOLDER, (ALARABIA,), {f'{n}.txt' for n in LEFT_OUT})
    for r in alarabia:
        r['folder'] = os.path.basename(r['folder'])
    jawhara = []
    for r in jawhara_records(corpus):
        docno = r['name'].rsplit('/', 1)[1]
        if docno in LEFT_OUT:
            continue
        jawhara.append(r | {'name': r['name'] + '.txt', 'folder': r['name'].split('/')[1]})
    return {'alarabia': alarabia, 'jawhara': jawhara}


def article_of(rec, source):
    """(name, title, paragraphs) when the record is an article: it has a date, its title is a usable headline (3 to 20
    words, no read-also marker), no line holds a marker, and it has at least MIN_PARAGRAPHS paragraphs (the first 8
    kept). Al Arabiya's paragraphs are its lines of 12 words or more; JawharaFM's (a lead line, then the rest of the
    text on one line) are its sentences, those under 12 words joined to the next (templates_set16's helpers)."""
    if not rec['when'] or not usable_title(rec['title']) or any(m in line for line in rec['lines'] for m in MARKERS):
        return None
    if source == 'alarabia':
        paras = [line for line in rec['lines'] if len(line.split()) >= 12]
    else:
        paras = joined_paragraphs([s for line in rec['lines'] for s in sentences(line)])
    if len(paras) < MIN_PARAGRAPHS:
        return None
    return rec['name'], rec['title'], paras[:8]


def pick_from_folders(module, sources, per_kind, article, capped, max_words):
    """{kind: [(index, article), ...]}: page k of a kind takes the first article (in sorted path order) of folder
    module.FOLDERS[kind][k mod 4], else of the kind's next folders, that no page took before (kinds in module.KINDS
    order); `article(rec, source)` reads a record (None when it is no article), and a `capped` kind's text has at most
    `max_words` words. Sets 24 to 26 pick so."""
    out, taken = {}, set()
    for kind in module.KINDS:
        recs = sources[module.SOURCE[kind]]
        folders = module.FOLDERS[kind]
        chosen = []
        for k in range(per_kind):
            hit = None
            for step in range(len(folders)):
                folder = folders[(k + step) % len(folders)]
                for i, r in enumerate(recs):
                    if r['folder'] != folder or (module.SOURCE[kind], i) in taken:
                        continue
                    art = article(r, module.SOURCE[kind])
                    if art and (kind != capped or words_of(art[2]) <= max_words):
                        hit = (i, art)
                        break
                if hit:
                    break
            if not hit:
                name = os.path.splitext(os.path.basename(module.__file__))[0]
                raise SystemExit(f'{name}: {len(chosen)} articles for {kind}, {per_kind} needed')
            taken.add((module.SOURCE[kind], hit[0]))
            chosen.append(hit)
        out[kind] = chosen
    return out


def pick_articles(sources, per_kind):
    """The pages' articles (pick_from_folders()); a zoxnews page's text has at most ZOX_MAX_WORDS words."""
    return pick_from_folders(sys.modules[__name__], sources, per_kind, article_of, 'zoxnews', ZOX_MAX_WORDS)


def page_time(n, kind, k, rec):
    """Page n's local publication time and the page's other draws. The generator random.Random("templates_set24 page
    N") draws, in this order, a clock time (07:00 to 22:59), the update's delay (1 to 2 days, 1 to 9 hours, 5 to 55
    minutes) and the hours and minutes before the page was saved. The day is the record's own (its <TIME> made
    local in the kind's zone): Al Arabiya's records carry their time, JawharaFM's mostly only a day, which takes the
    drawn clock time. The pages of AFTER_MIDNIGHT take their clock time; a page of a UTC_SHOWN kind before 04:00
    takes the drawn one."""
    rng = random.Random(f'templates_set24 page {n}')
    clock = (rng.randrange(7, 23), rng.randrange(60))
    draw = {'update': {'days': rng.randint(1, 2), 'hours': rng.randint(1, 9), 'minutes': rng.randint(5, 55)},
            'saved_hours': rng.randint(3, 9), 'saved_minutes': rng.randrange(60)}
    if isinstance(rec['when'], datetime.datetime):
        local = in_zone(kind, rec['when'])
    else:
        day, at_clock = rec['when']
        h, m = at_clock or clock
        local = zone(kind, datetime.datetime.combine(day, datetime.time(h, m)))
    if (kind, k) in AFTER_MIDNIGHT:
        h, m = AFTER_MIDNIGHT[kind, k]
        local = zone(kind, local.replace(tzinfo=None, hour=h, minute=m, second=0))
    elif kind in UTC_SHOWN and local.hour < 4:
        local = zone(kind, local.replace(tzinfo=None, hour=clock[0], minute=clock[1], second=0))
    return local, draw


def zone_problems(tz_names, kind, times):
    """The times whose offset differs from zoneinfo's for the kind's zone in `tz_names` (none when zoneinfo is
    missing)."""
    try:
        import zoneinfo
        tz = zoneinfo.ZoneInfo(tz_names[kind])
    except Exception:  # noqa: BLE001 (no tz database: nothing to compare with)
        return []
    return [f'{kind}: {t.isoformat()} is {t.astimezone(tz).utcoffset()} in {tz_names[kind]}'
            for t in times if t.utcoffset() != t.astimezone(tz).utcoffset()]


def wording_problems(script=__file__, before=23):
    """The strings of `script` (docstrings aside) that hold a run of three Arabic words which, after
    templates_set5.fold(), a string constant of make_templates.py or templates_set5..(before-1).py holds
    (docstrings included): the check that keeps the chrome's wording new (--wording; templates_set21's check)."""
    return set21_wording(os.path.basename(script),
                         ['make_templates.py'] + [f'templates_set{i}.py' for i in range(5, before)])


def run_set(module, argv, corpus_text, seed, heads_count, before, relabel=None):
    """The driver sets 24 to 26 share: writes `module`'s pages (its KINDS, RENDER, SOURCE, TZ, records(),
    pick_articles(), page_time(), later() and render()), one page per kind and index, with the headlines of
    `heads_count` records after the page's own; `relabel(label, art)` may amend a label; --wording runs
    wording_problems() over the sets before `before`. Returns the exit code."""
    name = os.path.splitext(os.path.basename(module.__file__))[0]
    argv = list(sys.argv[1:] if argv is None else argv)
    wording = '--wording' in argv
    args = set_arguments(module.__doc__, name, module.KINDS, module.RENDER, corpus_text,
                         [a for a in argv if a != '--wording'])
    sources = module.records(args.corpus)
    # Articles and headlines are drawn over the whole set (kinds in KINDS order, one shuffle a page), so that --kinds
    # picks the same ones.
    chosen = module.pick_articles(sources, args.per_kind)
    shuffler = random.Random(seed)
    bad = written = 0
    for n, kind in enumerate(kd for kd in module.KINDS for _ in range(args.per_kind)):
        k = n % args.per_kind
        recs = sources[module.SOURCE[kind]]
        at_, art = chosen[kind][k]
        heads = following(recs, at_, art[1], heads_count)
        others = heads[:11]
        shuffler.shuffle(others)
        if kind not in args.kinds:
            continue
        local, draw = module.page_time(n, kind, k, recs[at_])
        for problem in zone_problems(module.TZ, kind, [local, module.later(kind, local, **draw['update'])]):
            print(f'{name}: {kind}-{k}: {problem}', file=sys.stderr)
            bad += 1
        extra = {'at': local, 'draw': draw, 'also': heads[11], 'also2': heads[12], 'more': heads[13:], 'folder': recs[at_]['folder']}
        page, label, encoding = module.render(kind, art, others, extra, local.date().isoformat(), f'{kind}-{k}', k)
        if relabel:
            relabel(label, art)
        bad += write_page(args.out, f'{kind}-{k}', page, label, encoding, art[2], name)
        written += 1
    if wording:
        for problem in wording_problems(module.__file__, before):
            print(f'{name}: {problem}', file=sys.stderr)
            bad += 1
    print(f'{written} pages in {args.out}' + (f', {bad} problems' if bad else ''))
    return 1 if bad else 0


def main(argv=None):
    return run_set(sys.modules[__name__], argv, f'{CORPUS_FOLDER}/{ALARABIA}/ and {JAWHARA_FOLDER}', 20261224, 24, 23)


if __name__ == '__main__':
    sys.exit(main())
