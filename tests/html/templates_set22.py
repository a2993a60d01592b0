#!/usr/bin/env python3
"""Sealed HTML template set 22 (issue 14): seven more kinds of Arabic news pages, labelled by construction.

Written by a helper who did not change the HTML extractor's rules, did not read them (src/, include/, data/), never ran
akhbar on these pages (nor any other binary of that name) and never ran git: the set stays sealed until it is scored
once, and that first score measures the rules on templates nobody tuned them for. None of these kinds is in
make_templates.py or templates_set5..20.py (a Contao 5 news reader, a Textpattern blog, an Eleventy static site, a Lemmy
community post, a LiveJournal repost, a Docusaurus blog post, a Magnolia portal: no earlier set names Contao,
Textpattern, Bludit, Eleventy, Lemmy, reddit, LiveJournal, WriteFreely, Docusaurus, Magnolia, Ibexa, eZ or Pimcore; set
12's TYPO3 page is another PHP CMS, set 20's MkDocs another static generator with a sidebar, and the forums and
social pages of the earlier sets were vBulletin, XenForo, Discourse, Moodle, phpBB, Flarum, Telegraph and Mastodon), and
every chrome sentence is new wording (no chrome constant of the earlier sets is imported; the wording was checked
automatically: no run of three Arabic words of a string of this file, docstrings aside, appears, after
templates_set5.fold()'s letter folding, in the string constants of make_templates.py or templates_set5..20.py,
docstrings included). The chrome is Arabic, with the English that such platforms leave in place (Textpattern's skip
link and credit, "Built with Eleventy", Lemmy's version line, LiveJournal's whole site chrome, Docusaurus' name in the
copyright, "Powered by Magnolia"). The articles are the windows-1256 newspaper files of 19 countries that no earlier set
read (below); they carry no publication date, so every page gets a day and a time of day drawn from a generator seeded
by its number, made local in the kind's own zone (Bahrain's, Baghdad's and Aden's +03:00; Algeria's +01:00; Amman's
+02:00/+03:00, +03:00 all year from 25 February 2022 (set 19's table, checked against zoneinfo); Khartoum's +02:00
(since November 2017); the Emirates' +04:00). The Magnolia portal serves its pages in windows-1256 itself (declared
in <meta http-equiv>), as the Gulf portals of its years did; the other kinds are UTF-8. The kinds vary where the dates
come from (Contao's <time datetime> in local time under four date formats, with Open Graph article:* times and a
NewsArticle JSON-LD; Textpattern's BlogPosting microdata with Algerian month names or a cached relative age; Eleventy's
<time> under Levantine month names beside a front-matter JSON-LD in UTC; Lemmy's relative ages over UTC times in a JSON
payload; LiveJournal's English or ISO entry times beside a UTC JSON-LD and UTC comments; Docusaurus' date-only front
matter as UTC midnight and Arabic-Indic Intl dates; Magnolia's dd.MM.yyyy and Arabic dates over an http-equiv
Last-Modified in GMT and a Dublin Core modified date), which dates are not the article's (the header's or a sidebar's
"today", a ticker's clock times, readers' comments and replies, webmentions, a static site's build time, a page
cache's time, the last git commit on the same day, an announced course, archives by month, later posts, footers'
years), and which pages are updated (two of each kind, shown or declared only in metadata). Each kind carries a related
list or a most-read box and lists that look related but are not (latest news, a ticker, recent posts or entries,
previous and next posts, a platform's trending entries, a comment linking another story), and every other page an
inline read-also line or card ("ومن صفحات العدد ذاته:", "كتبنا حول هذا قبل مدة:", "من أرشيفنا في السياق:", "وسبق أن
نشرت هنا بنفس الموضوع:", "ذات صلة بما سبق:", a Docusaurus tip admonition "قد يفيدك أيضاً", an STK teaser "للاطلاع
أيضاً"). Five kinds are built to be hard: the Lemmy post quotes the whole article inside a user's post between the
poster's own lines, above ten comments of a paragraph's length, and its server-side state repeats the text as JSON; the
Docusaurus post comes after a sidebar of recent posts; the Contao page puts its <h1> and date line in a layout section
above the main section that holds the text; the LiveJournal repost is one block of <br />-separated paragraphs inside
the reposter's entry; the Eleventy page has no <article> at all (the <h1> and the text are loose in <main>).

  contao      a Bahraini daily on Contao 5.3 (Asia/Bahrain, +03:00), its page layout in sections: the header section
              (skip link, the day 1 day 3 h later, logo and tagline, mod_navigation, mod_search), a custom section
              "ticker" ("الساعة الأخيرة": two later headlines with the next day's clock times), a custom section
              "pagehead" holding a second news reader whose template shows the category, the <h1> and p.info:
              <time datetime> in local time with the offset over Contao's formats "13.09.2023 20:57" (page 0), "الخميس
              17 أكتوبر 2024" (page 1), "15 نوفمبر 2024 | 3:13 م" (page 2), "9/10/2024" (page 3, day first), and "بقلم
              NAME"; page 1 adds "طرأت على الخبر إضافات بتاريخ ..." (1 day 5 h 20 later: the updated date); the main
              section's news reader without a headline: figure and caption, content-text elements (the first two
              paragraphs, on even pages a read-also element "ومن صفحات العدد ذاته:", the rest), the back link; the
              news list "متابعات سابقة للموضوع نفسه" with earlier dd.mm.yyyy dates (related); "قرّاؤنا علّقوا" with two
              or three comments hours later ("كتبه NAME بتاريخ DD.MM.YYYY HH:MM") and the comment form; the right
              column: "الأعلى قراءة طوال الأسبوع" (related: a most-read box), "أحدث ما نشرناه اليوم" with later clock
              times (not related), the archive menu by month with counts; the footer and the cookie bar; Open Graph
              article:published_time in local time, article:modified_time on page 3 only (2 days 2 h 35 later, declared
              only there: the updated date); Contao's JSON-LD at the end of <body> (a @graph with a NewsArticle whose
              datePublished is local, and the contao:Page)
  textpattern an Oran news blog on Textpattern 4.8's default theme (Africa/Algiers, +01:00): the site's name as <h3>
              and its slogan as <h4>, the section list and search, a WebSite JSON-LD without dates; article.article
              with BlogPosting microdata: <h1 itemprop="headline"> holding the bookmark link, "نُشرت" and <time
              itemprop="datePublished"> in local time with the offset over Algerian month names ("14 ديسمبر 2023",
              page 0; "الأربعاء 01 جويلية 2020، 18:07", page 1), the cache's relative age "منذ 5 ساعات" (page 2: the
              date only in the datetime; a comment after </html> gives the cache time) or "2022/04/15" (page 3); page 0
              shows "آخر مراجعة للتدوينة" with an itemprop dateModified <time> (1 day 7 h 5 later: the updated date),
              page 2's update (2 days 4 h 45 later) is only a dateModified meta (the updated date; elsewhere that meta
              is 11 to 14 minutes after publication); "حرّرها NAME"; the articleBody <p>s with, on odd pages, "كتبنا
              حول هذا قبل مدة:" and a link after the second (read-also); the category; the paginator with the older and
              newer titles (not related); "ردود الزوار (N)": Algerian readers' comments hours to a day later, the
              comment form; the sidebar: "تدوينات تشاركها الكلمات المفتاحية" (txp:related_articles: related), "جديد
              المدونة" with later dates (not related), Oran's prayer times under the next day's date, the archive, an
              about line; the footer's "Published with Textpattern CMS."
  eleventy    a Jordanian static news site built with Eleventy 3 on eleventy-base-blog's layout (Asia/Amman): no
              <article>: <main> holds the <h1>, ul.post-metadata and the text inside the <heading-anchors> element;
              the date only in the metadata's <time> and in the front matter's NewsArticle JSON-LD, whose datePublished
              (and dateModified) is JavaScript's toISOString() in UTC: <time datetime="YYYY-MM-DD"> "30 تشرين الثاني
              2019" (page 0, Levantine month names), <time datetime> with the offset "الجمعة 29 أيار 2020" (page 1, at
              00:40 local: the JSON-LD's date is the day before), "29/10/2024" (page 2), "28 نيسان (أبريل) 2023"
              (page 3, both month names); page 0 lists "عُدِّلت" and a second <time> (1 day 9 h 30 later: the updated
              date), page 2's update (3 days 1 h 10 later) is only the JSON-LD's dateModified (the updated date); "كتابة
              NAME" and the tag; an eleventy-img <picture> with its caption after the first paragraph and on even pages
              a p.callout "من أرشيفنا في السياق:" and a link after the second (read-also); "منشورات تحت الوسم ذاته"
              (related); the previous and next posts (not related); webmentions "تفاعلات من الشبكة" (counts, two
              replies hours to a day later, UTC datetimes); "أحدث ما أضفناه" with later dates (not related); the footer
              with the site's build time 6 days 2 h 17 later ("آخر بناء للموقع:") and "Built with Eleventy"
  lemmy       an Iraqi news community on a Lemmy instance, server-rendered by lemmy-ui 0.19.5 (Asia/Baghdad, +03:00;
              the pages fall between 07:00 and 20:59 local, so the UTC date is the local one): window.isoData in the
              <head> (serialize-javascript: <, > and / escaped) with the post (name, the story's URL, the Markdown body
              quoting the whole article, published and updated in UTC with microseconds) and every comment (content,
              published, path); og:title "TITLE - الرافدين"; the navbar; the post listing: the vote bar, <h1 class="h5">
              linking the paper's story, its domain, "بواسطة USER في COMMUNITY •" and date-fns' strict relative age in
              the 'ar' locale at the moment the page was saved ("منذ 3 ساعات", "منذ يومين", "منذ 9 ساعات", "منذ شهر
              واحد"; the UTC time only in a data-tippy-content attribute), the cross-post line; the post body: the
              poster's line ("الخبر كاملاً بدون تصرف:" and the like), a <blockquote> of the article's paragraphs, on odd
              pages "وسبق أن نشرت هنا بنفس الموضوع:" and a link (read-also), a bold "منشورات سابقة بالمجتمع عن الملف:"
              over a list of links (related), the poster's own opinion, on page 1 an italic "تعديل D/M/YYYY: ..." (1
              day 1 h 40 later: the updated date); page 3's edit (2 days 6 h 5 later) only in isoData's updated (the
              updated date); "التعليقات (10)" and the sort; the comment tree: a moderator's pinned note, eight readers'
              comments of 34 to 44 words in Iraqi Arabic with relative ages (two nested under a third), one linking
              another story (its headline: not related); the community's sidebar card (subscribe, counts, description,
              rules, moderators) and the instance's description; the footer (UI and BE versions, modlog, instances)
  livejournal a Sudanese journal's repost on LiveJournal (Africa/Khartoum, +02:00), the site's English chrome around an
              S2 journal style: og tags without dates, a BlogPosting JSON-LD with datePublished (and dateModified) in
              UTC ("Z"), the Site.entry object; the journal's title and subtitle (not headings), the entry: <h1
              class="entry-title"> linking the entry, the entry's time in the journal's local time: "March 20th, 2018,
              2:19 pm" (page 0), "2024-07-23 00:50:00" (page 1, at 00:50 local: the JSON-LD's date is the day before),
              "Feb. 7th, 2020 at 8:41 AM" (page 2), "الأحد، 4 أكتوبر 2020 - 07:17" (page 3, an Arabic custom layer);
              the poster's ljuser; the entry's text: the reposter's line, "Originally posted by SOURCE at TITLE", then
              the article as one block of paragraphs separated by two <br />s, on odd pages a bold "ذات صلة بما سبق:"
              and a link after the second paragraph (read-also), an italic "المصدر: صحيفة ..."; page 0 ends with a bold
              "UPD DD.MM.YYYY: ..." (1 day 10 h 15 later: the updated date), page 2's update (2 days 3 h 55 later) is
              only the JSON-LD's dateModified (the updated date); Current Mood, Tags, the interaction links, the
              Previous and Next Entry links (without titles); three comments hours later in UTC ("2018-03-20 02:22 pm
              (UTC)"); the sidebar: the profile, "أكثر تدوينات الدفتر قراءةً" (related: a most-read box), "آخر ما
              كُتب في الدفتر" with later ISO dates (not related), "رائج الآن في لايف جورنال" (not related); the
              footer
  docusaurus  a Yemeni media foundation's newsroom blog built with Docusaurus 3.5 (Asia/Aden, +03:00; date-only front
              matter, which Docusaurus reads as UTC midnight of the local day): article:published_time and a BlogPosting
              JSON-LD at "YYYY-MM-DDT00:00:00.000Z" (dateModified only on the updated pages), CSS-module class names,
              the skip link, an announcement bar (a course), the navbar with DocSearch; the blog sidebar "آخر تدوينات
              الغرفة" with its year groups BEFORE <main> in source order (recent posts: not related); <main><article>:
              the header's <h1>, the Intl date in Arabic-Indic digits ("١٧ يوليو ٢٠٢٢") and "تُقرأ في N دقائق", the
              author's avatar, name and role; the markdown container: the paragraphs, on even pages a tip admonition
              "قد يفيدك أيضاً" holding a link after the second (read-also), a note admonition "ملاحظة المحرر" naming
              the paper (not body), an <h2> "تقارير سابقة في الملف ذاته" with its hash link over a list of links
              (related); the footer: tags, "عدِّل هذه الصفحة" and "آخر تعديل في" the last git commit (the post's own
              day, or 2 days 6 h 50 and 1 day 3 h 20 later on pages 1 and 3: the updated dates); the paginator's newer
              and older titles (not related); the site footer and copyright
  magnolia    an Emirati media group's news portal on Magnolia 4.5's Standard Templating Kit (Asia/Dubai, +04:00;
              2011 to 2013), served in windows-1256: XHTML 1.0 Strict, <meta http-equiv> charset and last-modified (the
              page's Last-Modified in GMT: minutes after publication, or the update; page 3, published at 02:30 local,
              has it the day before), the canonical link; #branding (logo, the day 2 days 6 h later, the weather,
              nav-meta, the search box), #nav-global, the breadcrumb ending with the title; #main .text: <h1>,
              text-meta's p.date "21.01.2013 | 13:50" (page 0), "الخميس 28 يونيو 2012" (page 1) with "آخر تحديث للخبر:
              ..." (1 day 4 h 40 later: the updated date), "2013/11/17" (page 2, whose update 2 days 1 h 15 later is
              declared only in a DCTERMS.modified meta: the updated date), "29 فبراير 2012 - 2:30 ص" (page 3), and
              "المصدر: PAPER"; the lead alone in div.text-abstract, the image and its caption, the other paragraphs in
              two text-sections with, on odd pages, a teaser "للاطلاع أيضاً" and a link between them (read-also); the
              tools and the rating; #extras: "روابط تتصل بالخبر" (related), "الأكثر قراءة الآن" (related: a most-read
              box), "وصل الآن إلى البوابة" with later dates (not related); #site-info (links, copyright, the browsers
              note, "Powered by Magnolia")

Labels (the format of tests/html/labels): title (the <h1>), published (the local date in the kind's zone), updated (the
local date, where the page shows or declares an update of the article: 14 of the 28 pages, two of each kind; a page
without an update carries no updated key, as in sets 16 to 20), body_with = the opening of each paragraph
(templates_set5.opening()), body_without = visible chrome texts, posters', reposters' and readers' lines, comments and
other stories' headlines, read_also, related (headed related lists, a related list inside a Lemmy post under its bold
line, and most-read boxes only). A poster's or reposter's line, a source line, an editor's note and an update note
inside the text are not body.

Articles: CORPUS/arabic-newspapers-cp1256/FOLDER/CCcatN.txt (windows-1256, CRLF; CC the country, cat the category: P,
E, S, C, SC or R), read in (country, category, number) order. A file that a segmenter label or blind draw
(tests/segmenter), a unit or CLI test or ../shared/eval/dev named when the set was written is left out (LABEL_NAMED,
frozen). A file is an article when its first line is a headline (3 to 14 words, no final stop, colon or comma, no
year, byline, "/" column line or '?' that replaced a lost letter; not the headline of an earlier file), at most two
short meta lines follow it (a byline, a date or an agency's dateline: not shown), and every later line has 12 words or
more (its paragraphs, the first 8 kept; at least 3), none holding "اقرأ", "إقرأ", "للمزيد", "قد يهمك", "ذات صلة" or
"ذات علاقة" or a '?', none opening like a list item, and the lead does not open with a dateline or a credit (a colon,
a slash or a dash in its first six words); religious columns (R) are not taken. Each kind reads one country's files
(contao BH, textpattern DZ, eleventy JO, lemmy IQ, livejournal SD, docusaurus YE, magnolia AE): page k takes the first
article not yet taken of category P, E, S, C (k = 0 to 3), or of the categories after it. The title is the file's first
line as it stands; the paragraphs are its lines verbatim (white space made single spaces). Page n (counted over the
whole set, kinds in the order above) takes its local time from random.Random("templates_set22 page N"): a day of the
kind's span (contao 2023-03 to 2024, textpattern and livejournal 2018 to 2024, eleventy 2019 to 2024, lemmy 2023-07 to
2024, docusaurus 2022-06 to 2024, magnolia 2011-09 to 2013) and a time from 07:00 to 22:59 (20:59 for lemmy), except
eleventy-1 (00:40), livejournal-1 (00:50) and magnolia-3 (02:30), moved after midnight for their UTC traps. Other
stories' headlines (related, latest and the like) are the headlines of the files of the same country that follow the
article's, wrapping around: the first 11 shuffled, then the rest in order (the read-also is the 12th).

Usage: templates_set22.py OUT_DIR [--corpus DIR] [--per-kind 4] [--kinds a,b]
writes OUT_DIR/pages/KIND-N.html (magnolia's in windows-1256) and OUT_DIR/labels/KIND-N.json, checks every labelled
text against the page's visible text with templates_set5's check() (templates_set12.write_page()), checks with
templates_set9's link check that every read-also and related title is the whole text of a link and that each label has
the keys and types ../shared/eval/score.py reads, and with templates_set10's balance check that every non-void element
is closed in order (templates_set10.renderer() runs those two); fails if any check does. The pages' text was also
compared with headless Chromium's document.body.innerText once while writing them (every labelled text and title is in
it; magnolia's pages read as windows-1256). The output is the same byte for byte from run to run."""
import datetime
import email.utils
import glob
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
# Helpers and calendar data only; no chrome sentence of the earlier sets.
from templates_set5 import DAYS, GULF_MONTHS, LEVANT_MONTHS, esc  # noqa: E402
from templates_set10 import renderer  # noqa: E402
from templates_set12 import DZ_MONTHS, indic, set_arguments, write_page  # noqa: E402
from templates_set15 import iso_local, opening_words, upd_of  # noqa: E402
from templates_set18 import ar_date  # noqa: E402
from templates_set19 import (MARKERS, AMMAN_SUMMER, ampm, at, dmy, h12, hm, iso_z, lead_words, usable_title,  # noqa: E402
                             zone_helpers)
from templates_set20 import iso_ms_z, iso_utc  # noqa: E402

KINDS = ('contao', 'textpattern', 'eleventy', 'lemmy', 'livejournal', 'docusaurus', 'magnolia')
# The kind's standard offset (hours east of UTC) and the UTC spans in which it is one hour ahead (set 19's tables):
# Bahrain, Algeria, Amman, Baghdad, Khartoum (+02:00 since November 2017), Aden and Sanaa, the Emirates.
ZONES = {'contao': (3, []), 'textpattern': (1, []), 'eleventy': (2, AMMAN_SUMMER), 'lemmy': (3, []),
         'livejournal': (2, []), 'docusaurus': (3, []), 'magnolia': (4, [])}
# The country whose newspaper files each kind takes its articles from (the corpus' file names begin with it).
COUNTRY = {'contao': 'BH', 'textpattern': 'DZ', 'eleventy': 'JO', 'lemmy': 'IQ', 'livejournal': 'SD',
           'docusaurus': 'YE', 'magnolia': 'AE'}
# The span each kind's pages are dated in (the platform's own years: Contao 5 from 2023, Lemmy's Arabic instances
# from mid-2023, Docusaurus 2 from 2022, and Magnolia 4.5's STK portal in the years of windows-1256 portals).
SPANS = {'contao': (datetime.date(2023, 3, 1), datetime.date(2024, 12, 31)),
         'textpattern': (datetime.date(2018, 1, 1), datetime.date(2024, 12, 31)),
         'eleventy': (datetime.date(2019, 1, 1), datetime.date(2024, 12, 31)),
         'lemmy': (datetime.date(2023, 7, 1), datetime.date(2024, 12, 31)),
         'livejournal': (datetime.date(2018, 1, 1), datetime.date(2024, 12, 31)),
         'docusaurus': (datetime.date(2022, 6, 1), datetime.date(2024, 12, 31)),
         'magnolia': (datetime.date(2011, 9, 1), datetime.date(2013, 12, 31))}
# Pages whose local time is moved to just after midnight, so that their UTC date is the day before (kind, page).
AFTER_MIDNIGHT = {('eleventy', 1): (0, 40), ('livejournal', 1): (0, 50), ('magnolia', 3): (2, 30)}
# The hours a kind's pages are drawn in (Lemmy shows UTC and relative times only: its pages keep the UTC day).
HOURS = {'lemmy': (7, 21)}
UTC = datetime.timezone.utc
offset_hours, zone, in_zone, later, earlier = zone_helpers(ZONES)
# The sections of the corpus' categories (P politics, E economy, S sport, C culture, SC science).
SECTIONS = {'P': 'سياسة', 'E': 'اقتصاد', 'S': 'رياضة', 'C': 'ثقافة', 'SC': 'علوم وتقنية', 'R': 'دين ومجتمع'}
EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
             'November', 'December']


def ordinal(n):
    return f'{n}{"th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")}'


def gmt(t):
    """RFC 1123 in GMT, as an HTTP Last-Modified header (and its http-equiv copy) writes it."""
    return email.utils.format_datetime(t.astimezone(UTC), usegmt=True)


def ar_ago(delta):
    """date-fns formatDistanceStrict(..., {addSuffix: true}) in its 'ar' locale: "منذ 3 ساعات", "منذ يومين"."""
    minutes = int(delta.total_seconds() // 60)
    if minutes < 60:
        n, forms = max(1, minutes), ('دقيقة واحدة', 'دقيقتين', 'دقائق', 'دقيقة')
    elif minutes < 24 * 60:
        n, forms = round(minutes / 60), ('ساعة واحدة', 'ساعتين', 'ساعات', 'ساعة')
    elif minutes < 30 * 24 * 60:
        n, forms = round(minutes / 1440), ('يوم واحد', 'يومين', 'أيام', 'يوم')
    else:
        n, forms = round(minutes / 43200), ('شهر واحد', 'شهرين', 'أشهر', 'شهر')
    if n == 1:
        return f'منذ {forms[0]}'
    if n == 2:
        return f'منذ {forms[1]}'
    return f'منذ {n} {forms[2] if n <= 10 else forms[3]}'


def serialized(value):
    """serialize-javascript's output for a page's state (<, >, / and the line separators escaped)."""
    s = json.dumps(value, ensure_ascii=False, separators=(',', ':'))
    return (s.replace('<', '\\u003C').replace('>', '\\u003E').replace('/', '\\u002F')
            .replace('\u2028', '\\u2028').replace('\u2029', '\\u2029'))


def section_of(extra):
    return SECTIONS[extra['category']]


# --- contao: a Bahraini daily's news reader on Contao 5 (layout sections) --------------------------------------------
CT_SITE = 'صحيفة اللؤلؤة'
CT_HOST = 'https://www.lulua-daily.bh.example'
CT_TAGLINE = 'جريدة بحرينية يومية، مقرها المنامة'
CT_SKIP = 'تخطَّ قائمة الأقسام'
CT_MENU = ['الأولى', 'محليات', 'خليج وعرب', 'دوليات', 'اقتصاد', 'رياضة', 'ثقافة', 'كتّاب']
CT_SECTIONS = {'P': 'دوليات', 'E': 'اقتصاد', 'S': 'رياضة', 'C': 'ثقافة', 'SC': 'ثقافة'}
CT_SEARCH = 'عن ماذا تبحث في أعدادنا؟'
CT_SEARCH_BUTTON = 'بحث'
CT_TICKER = 'الساعة الأخيرة'
CT_BY = 'بقلم'
CT_WRITERS = ['حسين عبدالله الستري', 'مريم خليل العرادي', 'علي أحمد المحاري', 'فاطمة جعفر البلادي']
CT_UPDATED = 'طرأت على الخبر إضافات بتاريخ'
CT_CAPTION = 'صورة من ملفات قسم التصوير باللؤلؤة'
CT_ALSO = 'ومن صفحات العدد ذاته:'
CT_BACK = 'عودة'
CT_BACK_TITLE = 'ارجع إلى الصفحة السابقة'
CT_COMMENTS = 'قرّاؤنا علّقوا'
CT_COMMENT_BY = 'كتبه {name} بتاريخ {date}'
CT_COMMENTERS = [('بو محمد', 'ننتظر توضيحاً رسمياً من الوزارة، فالخبر يهم شريحة كبيرة من المواطنين والمقيمين في المملكة'),
                 ('زهراء', 'شكراً للصحيفة على المتابعة الدقيقة، وياليت تنشرون رأي المختصين في عدد الغد'),
                 ('متابع من سترة', 'الموضوع يستاهل ملف كامل مو خبر واحد، عسى تتوسعون فيه الأسبوع الجاي')]
CT_FORM_HEAD = 'شاركنا برأيك'
CT_FORM = ['اسمك', 'بريدك (لا يُنشر)', 'تعليقك', 'أرسل']
CT_FORM_NOTE = 'تُنشر التعليقات بعد مراجعتها، ويُحذف منها ما يمس الأشخاص أو الطوائف'
CT_RELATED = 'متابعات سابقة للموضوع نفسه'
CT_MOST = 'الأعلى قراءة طوال الأسبوع'
CT_LATEST = 'أحدث ما نشرناه اليوم'
CT_ARCHIVE = 'تصفح الأخبار بحسب الشهر'
CT_FOOTER = ['من نحن', 'هيئة التحرير', 'الاشتراكات والتوزيع', 'الإعلان في اللؤلؤة', 'راسلونا']
CT_COPY = 'صحيفة اللؤلؤة، المنامة. الاقتباس متاح بشرط الإحالة إلى الصحيفة'
CT_COOKIE = 'يستعمل موقع اللؤلؤة ملفات تعريف لإحصاء الزيارات ولحفظ تفضيلاتك في التصفح'
CT_COOKIE_BUTTONS = ['موافقة على الكل', 'الضروري فقط']


def ct_news_item(cls, title, href, when, date_text, extra_html=''):
    """A news list item (Contao's news_latest / news_short templates)."""
    return (f'<div class="layout_latest arc_2 block {cls}"><p class="info"><time datetime="{iso_local(when)}">{date_text}</time></p>'
            f'<h3><a href="{href}" title="{esc(title)}">{esc(title)}</a></h3>{extra_html}</div>')


def render_contao(art, others, extra, day, slug, k):
    name, title, paras = art
    rel, most, latest = others[:3], others[3:8], others[8:11] + extra['more'][:2]
    ticker = extra['more'][2:4]
    kind = 'contao'
    pub = at(extra)
    nid = 8310 + 127 * k
    section = CT_SECTIONS[extra['category']]
    writer = CT_WRITERS[k]
    alias = f'{section_alias(extra["category"])}/{pub.year}/{nid}'
    url = f'{CT_HOST}/news/{alias}.html'
    mod, upd_day, upd_line = None, None, ''
    if k == 1:
        mod = later(kind, pub, days=1, hours=5, minutes=20)
        upd_line = f'{CT_UPDATED} {ar_date(mod)} - {hm(mod)}'
    elif k == 3:
        mod = later(kind, pub, days=2, hours=2, minutes=35)
    if mod:
        upd_day = mod.date()
    shown = (f'{dmy(pub, ".")} {hm(pub)}', f'{DAYS[pub.weekday()]} {ar_date(pub)}', f'{ar_date(pub)} | {h12(pub)} {ampm(pub)}',
             f'{pub.day}/{pub.month}/{pub.year}')[k]
    today = later(kind, pub, days=1, hours=3)
    paras_html = [f'<p>{esc(p)}</p>' for p in paras]
    cut = 2 if len(paras) > 3 else 1
    texts = [f'<div class="content-text"><div class="rte">{"".join(paras_html[:cut])}</div></div>']
    if k % 2 == 0:
        texts.append(f'<div class="content-text read-also"><div class="rte"><p><strong>{CT_ALSO}</strong> <a href="{CT_HOST}/news/{pub.year}/{nid - 43}.html">{esc(extra["also"])}</a></p></div></div>')
    texts.append(f'<div class="content-text"><div class="rte">{"".join(paras_html[cut:])}</div></div>')
    rel_days = [earlier(kind, pub, days=4 + 6 * i, hours=i) for i in range(len(rel))]
    rel_html = ''.join(ct_news_item('related', t, f'{CT_HOST}/news/{d.year}/{nid - 200 - 17 * i}.html', d, dmy(d, '.'))
                       for i, (t, d) in enumerate(zip(rel, rel_days)))
    most_html = ''.join(f'<li><a href="{CT_HOST}/news/m/{nid - 500 - i}.html">{esc(t)}</a></li>' for i, t in enumerate(most))
    latest_days = [later(kind, pub, hours=2 + 3 * i, minutes=9 * i) for i in range(len(latest))]
    latest_html = ''.join(ct_news_item('latest', t, f'{CT_HOST}/news/n/{nid + 5 + i}.html', d, hm(d)) for i, (t, d) in enumerate(zip(latest, latest_days)))
    ticker_days = [later(kind, today, hours=-2 - i) for i in range(len(ticker))]
    ticker_html = ''.join(f'<div class="layout_simple block"><time datetime="{iso_local(d)}">{hm(d)}</time> <a href="{CT_HOST}/news/t/{nid + 90 + i}.html">{esc(t)}</a></div>'
                          for i, (t, d) in enumerate(zip(ticker, ticker_days)))
    months = []
    y, m = today.year, today.month
    for i in range(4):
        months.append(f'<li><a href="{CT_HOST}/archiv.html?month={y}{m:02d}">{GULF_MONTHS[m - 1]} {y}</a> ({48 - 7 * i})</li>')
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    comments = (CT_COMMENTERS[k % 3:] + CT_COMMENTERS[:k % 3])[:2 + k % 2]
    comment_days = [later(kind, pub, hours=3 + 8 * i, minutes=14 + i) for i in range(len(comments))]
    comment_lines = [CT_COMMENT_BY.format(name=n, date=f'{dmy(d, ".")} {hm(d)}') for (n, _), d in zip(comments, comment_days)]
    comments_html = ''.join(f'<div class="comment_default {"odd" if i % 2 == 0 else "even"}" id="c{nid * 10 + i}"><p class="info">{esc(line)}</p><div class="comment"><p>{esc(c)}</p></div></div>'
                            for i, ((n, c), line) in enumerate(zip(comments, comment_lines)))
    menu = ''.join(f'<li class="{"active" if t == section else "sibling"}"><a href="{CT_HOST}/{i}.html" title="{t}">{t}</a></li>' for i, t in enumerate(CT_MENU))
    foot = ''.join(f'<li><a href="{CT_HOST}/info/{i}.html" title="{t}">{t}</a></li>' for i, t in enumerate(CT_FOOTER))
    metas = f'<meta property="article:published_time" content="{iso_local(pub)}">\n'
    if k == 3:
        metas += f'<meta property="article:modified_time" content="{iso_local(mod)}">\n'
    upd_html = f'<p class="modified">{upd_line}</p>' if upd_line else ''
    schema = {'@context': 'https://schema.org', '@graph': [
        {'@type': 'WebPage'},
        {'@type': 'NewsArticle', 'identifier': f'#/schema/news/{nid}', 'url': url, 'headline': title,
         'datePublished': iso_local(pub), 'description': lead_words(paras, 30)}]}
    page_schema = {'@context': {'contao': 'https://schema.contao.org/'}, '@type': 'contao:Page', 'contao:title': title,
                   'contao:pageId': 31, 'contao:noSearch': False, 'contao:protected': False, 'contao:groups': [], 'contao:fePreview': False}
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>{esc(title)} - {CT_SITE}</title>
<base href="{CT_HOST}/">
<meta name="robots" content="index,follow">
<meta name="description" content="{esc(lead_words(paras, 30))}">
<meta name="generator" content="Contao Open Source CMS">
<link rel="canonical" href="{url}">
<meta name="viewport" content="width=device-width,initial-scale=1.0">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(title)}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="{CT_SITE}">
<meta property="og:image" content="{CT_HOST}/files/news/{pub.year}/{nid}.jpg">
{metas}<link rel="stylesheet" href="assets/css/layout.min.css,responsive.min.css,lulua.scss-4a1f2c3d.css">
<script src="assets/js/jquery.min.js-8b3c1d2e.js"></script>
</head>
<body id="top" class="rtl news-reader">
<div id="wrapper">
<header id="header">
<div class="inside">
<!-- indexer::stop -->
<a href="{url}#skipNavigation{k + 2}" class="invisible">{CT_SKIP}</a>
<div class="ce_html today"><p>{DAYS[today.weekday()]} {ar_date(today)}</p></div>
<div class="ce_image logo block"><figure class="image_container"><a href="{CT_HOST}/"><img src="files/layout/lulua-logo.svg" width="240" height="64" alt="{CT_SITE}"></a></figure><p class="tagline">{CT_TAGLINE}</p></div>
<nav class="mod_navigation block" id="nav-main"><ul class="level_1">{menu}</ul></nav>
<span id="skipNavigation{k + 2}" class="invisible"></span>
<div class="mod_search block"><form action="{CT_HOST}/suche.html" method="get"><div class="formbody"><input type="search" name="keywords" class="text" placeholder="{CT_SEARCH}" aria-label="{CT_SEARCH}"> <button type="submit" class="submit">{CT_SEARCH_BUTTON}</button></div></form></div>
<!-- indexer::continue -->
</div>
</header>
<div class="custom">
<div id="ticker">
<div class="inside">
<!-- indexer::stop -->
<div class="mod_newslist ticker block"><span class="ticker-label">{CT_TICKER}</span>{ticker_html}</div>
<!-- indexer::continue -->
</div>
</div>
<div id="pagehead">
<div class="inside">
<div class="mod_newsreader news-head block">
<div class="layout_header block">
<p class="category"><a href="{CT_HOST}/{CT_MENU.index(section)}.html">{section}</a></p>
<h1>{esc(title)}</h1>
<p class="info"><time datetime="{iso_local(pub)}">{shown}</time> <span class="author">{CT_BY} {writer}</span></p>
{upd_html}
</div>
</div>
</div>
</div>
</div>
<div id="container">
<main id="main">
<div class="inside">
<div class="mod_newsreader block">
<div class="layout_full block">
<figure class="image_container float_above"><img src="assets/images/{nid % 7}/{nid}-800x450.jpg" width="800" height="450" alt=""><figcaption class="caption">{CT_CAPTION}</figcaption></figure>
{"".join(texts)}
</div>
<!-- indexer::stop -->
<p class="back"><a href="javascript:history.go(-1)" title="{CT_BACK_TITLE}">{CT_BACK}</a></p>
<!-- indexer::continue -->
</div>
<div class="mod_newslist related-news block"><h2>{CT_RELATED}</h2>{rel_html}</div>
<div class="ce_comments block"><h2>{CT_COMMENTS}</h2>{comments_html}
<div class="form"><h3>{CT_FORM_HEAD}</h3><form action="{url}" method="post"><div class="formbody"><input type="hidden" name="FORM_SUBMIT" value="com_tl_news_{nid}"><input type="hidden" name="REQUEST_TOKEN" value="Xq{nid}Lm8cV2pZ"><p class="note">{CT_FORM_NOTE}</p><label for="ctrl_name">{CT_FORM[0]}</label> <input type="text" name="name" id="ctrl_name"> <label for="ctrl_email">{CT_FORM[1]}</label> <input type="email" name="email" id="ctrl_email"> <label for="ctrl_comment">{CT_FORM[2]}</label> <textarea name="comment" id="ctrl_comment" rows="4" cols="40"></textarea> <button type="submit" class="submit">{CT_FORM[3]}</button></div></form></div>
</div>
</div>
</main>
<aside id="right">
<div class="inside">
<!-- indexer::stop -->
<div class="mod_newslist most-read block"><h3>{CT_MOST}</h3><ol>{most_html}</ol></div>
<div class="mod_newslist latest block"><h3>{CT_LATEST}</h3>{latest_html}</div>
<div class="mod_newsmenu block"><h3>{CT_ARCHIVE}</h3><ul class="level_1">{"".join(months)}</ul></div>
<!-- indexer::continue -->
</div>
</aside>
</div>
<footer id="footer">
<div class="inside">
<!-- indexer::stop -->
<nav class="mod_customnav block"><ul class="level_1">{foot}</ul></nav>
<p class="copyright">© {today.year} {CT_COPY}</p>
<!-- indexer::continue -->
</div>
</footer>
</div>
<div class="contao-cookiebar cc-bottom" role="complementary"><div class="cc-inner"><p class="cc-message">{CT_COOKIE}</p><button class="cc-btn success" type="button">{CT_COOKIE_BUTTONS[0]}</button> <button class="cc-btn" type="button">{CT_COOKIE_BUTTONS[1]}</button></div></div>
<script src="assets/js/cookiebar.min.js-1c2d3e4f.js"></script>
<script type="application/ld+json">
{json.dumps(schema, ensure_ascii=False, indent=4)}
</script>
<script type="application/ld+json">
{json.dumps(page_schema, ensure_ascii=False, indent=4)}
</script>
</body>
</html>
'''
    without = [CT_TAGLINE, f'{DAYS[today.weekday()]} {ar_date(today)}', CT_TICKER, f'{CT_BY} {writer}', shown, CT_CAPTION, CT_BACK,
               CT_RELATED, CT_COMMENTS, CT_FORM_HEAD, CT_FORM_NOTE, CT_MOST, CT_LATEST, CT_ARCHIVE, CT_COOKIE, CT_FOOTER[2],
               f'© {today.year} {CT_COPY}'] + [c for _, c in comments] + comment_lines + latest + ticker + rel[:2] + most[:2] + \
        ([upd_line] if upd_line else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel + most, without, upd_of(upd_day)


def section_alias(category):
    return {'P': 'politics', 'E': 'economy', 'S': 'sport', 'C': 'culture', 'SC': 'science', 'R': 'religion'}[category]


# --- textpattern: an Oran news blog on Textpattern 4.8 (the default theme) -----------------------------------------
TX_SITE = 'حبر الباهية'
TX_HOST = 'https://hibr-elbahia.example'
TX_SLOGAN = 'مدونة إخبارية صغيرة يحررها صحافيان من وهران'
TX_SKIP = 'Go to content'
TX_MENU = ['الرئيسية', 'وطني', 'اقتصاد', 'رياضة', 'ثقافة', 'من نحن']
TX_SEARCH = 'فتّش في المدونة'
TX_POSTED = 'نُشرت'
TX_MODIFIED = 'آخر مراجعة للتدوينة'
TX_BY = 'حرّرها'
TX_AUTHORS = ['سمير بن عودة', 'نسيمة قادري', 'سمير بن عودة', 'نسيمة قادري']
TX_ALSO = 'كتبنا حول هذا قبل مدة:'
TX_CATEGORIES = 'في تصنيف'
TX_PREV, TX_NEXT = 'التدوينة الأقدم', 'التدوينة الأحدث'
TX_COMMENTS = 'ردود الزوار'
TX_WROTE = 'قال'
TX_COMMENTERS = [('رضا من السانية', 'المقال مليح بزاف وشرح الأمور ببساطة، ربي يعاونكم وكملوا هكا'),
                 ('أمينة', 'كنت نستنى واحد يكتب على هذا الموضوع بالتفصيل، صح والله'),
                 ('ولد الحمري', 'الأرقام هادي لازم نتأكدو منها، بصح شكرا على المجهود تاع النقل')]
TX_FORM_HEAD = 'اترك رداً'
TX_FORM = ['الاسم', 'البريد', 'موقعك', 'الرسالة', 'معاينة', 'أرسل']
TX_FORM_NOTE = 'البريد لن يظهر لأحد، والردود تُراجع يدوياً قبل نشرها'
TX_RELATED = 'تدوينات تشاركها الكلمات المفتاحية'
TX_RECENT = 'جديد المدونة'
TX_ARCHIVE = 'الأرشيف'
TX_PRAYER = 'مواقيت الصلاة لمدينة وهران'
TX_PRAYERS = [('الفجر', '05:12'), ('الظهر', '13:04'), ('العصر', '16:41'), ('المغرب', '19:28'), ('العشاء', '20:55')]
TX_ABOUT = 'لا نتلقى تمويلاً من أي جهة، ونعيد نشر ما نراه مفيداً من الصحافة الوطنية مع ذكر مصدره'
TX_CREDIT = 'Published with Textpattern CMS.'
TX_SINCE = 'منذ {n} ساعات'


def tx_long(t):
    """Textpattern's %d %B %Y under the ar_DZ locale (the Algerian month names)."""
    return ar_date(t, DZ_MONTHS)


def render_textpattern(art, others, extra, day, slug, k):
    name, title, paras = art
    rel, recent = others[:4], others[4:9]
    prev_t, next_t = extra['more'][0], extra['more'][1]
    kind = 'textpattern'
    pub = at(extra)
    aid = 412 + 29 * k
    author = TX_AUTHORS[k]
    section = section_of(extra)
    url = f'{TX_HOST}/{section_alias(extra["category"])}/{aid}/{slug}'
    mod, upd_day, mod_html, mod_text = later(kind, pub, minutes=11 + k), None, '', ''
    if k == 0:
        mod = later(kind, pub, days=1, hours=7, minutes=5)
        mod_text = f'{TX_MODIFIED} {tx_long(mod)}'
        mod_html = f'<p class="modified"><strong>{TX_MODIFIED}</strong> <time datetime="{iso_local(mod)}" itemprop="dateModified">{tx_long(mod)}</time></p>'
    elif k == 2:
        mod = later(kind, pub, days=2, hours=4, minutes=45)
        mod_html = f'<meta itemprop="dateModified" content="{iso_local(mod)}">'
    else:
        mod_html = f'<meta itemprop="dateModified" content="{iso_local(mod)}">'
    if k in (0, 2):
        upd_day = mod.date()
    cached = later(kind, pub, hours=5, minutes=12)  # page 2: the cache plugin kept the page rendered at this time
    shown = (tx_long(pub), f'{DAYS[pub.weekday()]} {pub.day:02d} {DZ_MONTHS[pub.month - 1]} {pub.year}، {hm(pub)}',
             TX_SINCE.format(n=5), f'{pub.year}/{pub.month:02d}/{pub.day:02d}')[k]
    body = []
    for i, p in enumerate(paras):
        body.append(f'<p>{esc(p)}</p>')
        if i == 1 and k % 2 == 1:
            body.append(f'<p class="see-also"><strong>{TX_ALSO}</strong> <a href="{TX_HOST}/{section_alias(extra["category"])}/{aid - 37}/also">{esc(extra["also"])}</a></p>')
    comments = (TX_COMMENTERS[k % 3:] + TX_COMMENTERS[:k % 3])[:2 + (k + 1) % 2]
    comment_days = [later(kind, pub, hours=6 + 15 * i, minutes=21) for i in range(len(comments))]
    comments_html = ''.join(f'<li class="comments-author" id="c{aid * 100 + i:06d}"><article class="comment"><h4 class="comment-author">{esc(n)} <span class="is-said">{TX_WROTE}:</span></h4>'
                            f'<div class="comment-content"><p>{esc(c)}</p></div><p class="comment-footer"><a href="{url}#c{aid * 100 + i:06d}"><time datetime="{iso_local(d)}">{tx_long(d)} {hm(d)}</time></a></p></article></li>'
                            for i, ((n, c), d) in enumerate(zip(comments, comment_days)))
    rel_html = ''.join(f'<li><a href="{TX_HOST}/{section_alias(extra["category"])}/{aid - 60 - 7 * i}/r">{esc(t)}</a></li>' for i, t in enumerate(rel))
    recent_days = [later(kind, pub, days=1 + i, hours=3 * i) for i in range(len(recent))]
    recent_html = ''.join(f'<li><a href="{TX_HOST}/watani/{aid + 3 + i}/n">{esc(t)}</a> <time datetime="{iso_local(d)}">{tx_long(d)}</time></li>' for i, (t, d) in enumerate(zip(recent, recent_days)))
    today = later(kind, pub, days=1, hours=2)
    archive = []
    y, m = today.year, today.month
    for i in range(3):
        archive.append(f'<li><a href="{TX_HOST}/?month={y}-{m:02d}">{DZ_MONTHS[m - 1]} {y}</a></li>')
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    prayers = ''.join(f'<li>{n} <span>{t}</span></li>' for n, t in TX_PRAYERS)
    menu = ''.join(f'<li{" class=" + chr(34) + "active" + chr(34) if t == section else ""}><a href="{TX_HOST}/{i}/">{t}</a></li>' for i, t in enumerate(TX_MENU))
    ld = {'@context': 'https://schema.org', '@type': 'WebSite', 'name': TX_SITE, 'url': TX_HOST + '/',
          'potentialAction': {'@type': 'SearchAction', 'target': TX_HOST + '/?q={search_term_string}', 'query-input': 'required name=search_term_string'}}
    page = f'''<!DOCTYPE html>
<html lang="ar-dz" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>{esc(title)} | {TX_SITE}</title>
<meta name="description" content="{esc(lead_words(paras, 22))}">
<meta name="generator" content="Textpattern CMS">
<meta name="robots" content="index, follow">
<link rel="canonical" href="{url}">
<link rel="alternate" type="application/atom+xml" title="Atom feed" href="{TX_HOST}/?atom=1">
<link rel="stylesheet" href="{TX_HOST}/css.php?n=default&amp;t=four-point-eight">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article-page" itemscope itemtype="https://schema.org/WebPage">
<a class="skip-link" href="#main">{TX_SKIP}</a>
<div class="wrapper">
<header class="site-header">
<h3 itemprop="name"><a rel="home" href="{TX_HOST}/">{TX_SITE}</a></h3>
<h4 itemprop="description">{TX_SLOGAN}</h4>
</header>
</div>
<div class="site-navigation">
<nav class="wrapper" aria-label="{TX_MENU[0]}" itemscope itemtype="https://schema.org/SiteNavigationElement">
<ul class="section_list">{menu}</ul>
<form class="search-form" role="search" method="get" action="{TX_HOST}/"><input name="q" type="search" placeholder="{TX_SEARCH}" aria-label="{TX_SEARCH}"></form>
</nav>
</div>
<div class="wrapper">
<div class="container">
<main id="main" aria-label="Main content">
<article class="article" itemprop="mainEntity" itemscope itemtype="https://schema.org/BlogPosting">
<meta itemprop="mainEntityOfPage" content="{url}">
<h1 itemprop="headline"><a href="{url}" rel="bookmark">{esc(title)}</a></h1>
<p><strong>{TX_POSTED}</strong> <time datetime="{iso_local(pub)}" itemprop="datePublished">{shown}</time></p>
{mod_html}
<p class="author"><strong>{TX_BY}</strong> <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name"><a rel="author" href="{TX_HOST}/author/{k % 2}">{author}</a></span></span></p>
<div itemprop="articleBody">
{"".join(body)}
</div>
<p class="article-tags"><strong>{TX_CATEGORIES}</strong> <a rel="tag" href="{TX_HOST}/category/{section_alias(extra["category"])}/">{section}</a></p>
</article>
<nav class="paginator" aria-label="{TX_PREV}"><ul><li class="prev"><a rel="prev" href="{TX_HOST}/watani/{aid - 1}/p"><span>{TX_PREV}</span> {esc(prev_t)}</a></li><li class="next"><a rel="next" href="{TX_HOST}/watani/{aid + 1}/n"><span>{TX_NEXT}</span> {esc(next_t)}</a></li></ul></nav>
<section class="comments" id="comments">
<h2>{TX_COMMENTS} ({len(comments)})</h2>
<ol class="comments-list" itemprop="comment">{comments_html}</ol>
<form id="txpCommentInputForm" method="post" action="{url}#cpreview"><fieldset><legend>{TX_FORM_HEAD}</legend><p class="comment-note">{TX_FORM_NOTE}</p><p><label for="name">{TX_FORM[0]}</label> <input id="name" name="name" type="text" size="32"></p><p><label for="email">{TX_FORM[1]}</label> <input id="email" name="email" type="email" size="32"></p><p><label for="web">{TX_FORM[2]}</label> <input id="web" name="web" type="url" size="32"></p><p><label for="message">{TX_FORM[3]}</label> <textarea id="message" name="message" cols="25" rows="5"></textarea></p><p><input type="submit" class="button" name="preview" value="{TX_FORM[4]}"> <input type="submit" class="button" name="submit" value="{TX_FORM[5]}"></p></fieldset></form>
</section>
</main>
<aside class="complementary-content">
<h4>{TX_RELATED}</h4>
<ul class="related_articles">{rel_html}</ul>
<h4>{TX_RECENT}</h4>
<ul class="recent_articles">{recent_html}</ul>
<h4>{TX_PRAYER}</h4>
<p class="prayer-day">{DAYS[today.weekday()]} {tx_long(today)}</p>
<ul class="prayer-times">{prayers}</ul>
<h4>{TX_ARCHIVE}</h4>
<ul class="archive_list">{"".join(archive)}</ul>
<p class="about">{TX_ABOUT}</p>
</aside>
</div>
</div>
<footer class="site-footer">
<div class="wrapper">
<p><small>{TX_CREDIT}</small></p>
<p><small>© {today.year} {TX_SITE}</small></p>
</div>
</footer>
</body>
</html>
'''
    if k == 2:
        page += f'<!-- page cache: stored {iso_local(cached)}, served as is until the next comment -->\n'
    without = [TX_SLOGAN, f'{TX_POSTED} {shown}', f'{TX_BY} {author}', TX_RELATED, TX_RECENT, TX_PRAYER, f'{DAYS[today.weekday()]} {tx_long(today)}',
               TX_ABOUT, TX_CREDIT, f'{TX_PREV} {prev_t}', f'{TX_NEXT} {next_t}', f'{TX_COMMENTS} ({len(comments)})', TX_FORM_NOTE] + \
        [c for _, c in comments] + recent + rel[:2] + ([mod_text] if mod_text else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- eleventy: a Jordanian static news site built with Eleventy 3 (eleventy-base-blog's layout) ----------------------
EL_SITE = 'سطر أول'
EL_HOST = 'https://satr-awwal.jo.example'
EL_SKIP = 'إلى النص مباشرة'
EL_NAV_HEAD = 'التنقل في الموقع'
EL_NAV = ['الرئيسية', 'الأرشيف', 'الوسوم', 'عن المشروع', 'الخلاصة']
EL_UPDATED = 'عُدِّلت'
EL_AUTHORS = ['هبة الزعبي', 'يزن العمري', 'رند الطراونة', 'أنس الخوالدة']
EL_BY = 'كتابة'
EL_CAPTION = 'الصورة: فريق سطر أول'
EL_ALSO = 'من أرشيفنا في السياق:'
EL_RELATED = 'منشورات تحت الوسم ذاته'
EL_PREV, EL_NEXT = 'السابق', 'التالي'
EL_MENTIONS = 'تفاعلات من الشبكة'
EL_LIKES = '{n} إعجاباً و{r} إعادة نشر'
EL_REPLIERS = [('ليث م.', 'تلخيص ممتاز، لكن أين المصدر الأصلي للأرقام؟ أحب أن أقرأ التقرير كاملاً'),
               ('دانا', 'شاركته مع مجموعة الجامعة، الموضوع يستحق نقاشاً أوسع من مجرد خبر عابر'),
               ('عمر ك.', 'أتابعكم منذ البداية، والفكرة بسيطة وجميلة: نص نظيف بلا إعلانات ولا نوافذ منبثقة')]
EL_LATEST = 'أحدث ما أضفناه'
EL_BUILT = 'آخر بناء للموقع:'
EL_FOOTER = 'موقع ساكن بلا قواعد بيانات ولا متتبعات، يُبنى من ملفات نصية وتحفظه مستودعات مفتوحة'
EL_CREDIT = 'Built with Eleventy'


def el_date(t):
    """The site's readableDate filter: luxon in the 'ar-JO' locale with its Levantine month names."""
    return ar_date(t, LEVANT_MONTHS)


def render_eleventy(art, others, extra, day, slug, k):
    name, title, paras = art
    rel, latest = others[:4], others[4:8]
    prev_t, next_t = extra['more'][0], extra['more'][1]
    kind = 'eleventy'
    pub = at(extra)
    author = EL_AUTHORS[k]
    tag = section_of(extra)
    url = f'{EL_HOST}/posts/{pub.year}/{slug}/'
    mod, upd_day, upd_li, upd_text = None, None, '', ''
    if k == 0:
        mod = later(kind, pub, days=1, hours=9, minutes=30)
        upd_text = f'{EL_UPDATED} {el_date(mod)}'
        upd_li = f'<li>{EL_UPDATED} <time datetime="{mod.date().isoformat()}">{el_date(mod)}</time></li>'
    elif k == 2:
        mod = later(kind, pub, days=3, hours=1, minutes=10)
    if mod:
        upd_day = mod.date()
    if k == 0:
        time_html = f'<time datetime="{pub.date().isoformat()}">{el_date(pub)}</time>'
    elif k == 1:
        time_html = f'<time datetime="{iso_local(pub)}">{DAYS[pub.weekday()]} {el_date(pub)}</time>'
    elif k == 2:
        time_html = f'<time datetime="{pub.date().isoformat()}">{dmy(pub)}</time>'
    else:
        time_html = f'<time datetime="{iso_local(pub)}">{pub.day} {LEVANT_MONTHS[pub.month - 1]} ({GULF_MONTHS[pub.month - 1]}) {pub.year}</time>'
    shown = re.sub(r'<[^>]+>', '', time_html)
    body = []
    for i, p in enumerate(paras):
        body.append(f'<p>{esc(p)}</p>')
        if i == 0:
            body.append(f'<figure><picture><source type="image/avif" srcset="/img/{slug}-600w.avif 600w, /img/{slug}-1200w.avif 1200w" sizes="auto"><img loading="lazy" decoding="async" src="/img/{slug}-600w.jpeg" alt="" width="1200" height="675"></picture><figcaption>{EL_CAPTION}</figcaption></figure>')
        if i == 1 and k % 2 == 0:
            body.append(f'<p class="callout"><strong>{EL_ALSO}</strong> <a href="/posts/{pub.year}/also-{k}/">{esc(extra["also"])}</a></p>')
    rel_html = ''.join(f'<li class="postlist-item"><a href="/posts/r{k}{i}/" class="postlist-link">{esc(t)}</a></li>' for i, t in enumerate(rel))
    latest_days = [later(kind, pub, days=2 + i, hours=5 * i) for i in range(len(latest))]
    latest_html = ''.join(f'<li class="postlist-item"><a href="/posts/n{k}{i}/" class="postlist-link">{esc(t)}</a> <time class="postlist-date" datetime="{d.date().isoformat()}">{el_date(d)}</time></li>'
                          for i, (t, d) in enumerate(zip(latest, latest_days)))
    replies = (EL_REPLIERS[k % 3:] + EL_REPLIERS[:k % 3])[:2]
    reply_days = [later(kind, pub, hours=7 + 20 * i, minutes=5) for i in range(len(replies))]
    replies_html = ''.join(f'<li class="webmention"><a class="webmention-author" href="https://social.example/@u{k}{i}">{esc(n)}</a> <time datetime="{iso_utc(d)}">{el_date(d)}</time><p>{esc(c)}</p></li>'
                           for i, ((n, c), d) in enumerate(zip(replies, reply_days)))
    built = later(kind, pub, days=6, hours=2, minutes=17)
    ld = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': title, 'url': url,
          'datePublished': iso_ms_z(pub), 'author': {'@type': 'Person', 'name': author},
          'publisher': {'@type': 'Organization', 'name': EL_SITE, 'url': EL_HOST + '/'}, 'inLanguage': 'ar-JO',
          'image': f'{EL_HOST}/img/{slug}-1200w.jpeg', 'keywords': [tag]}
    if mod:
        ld['dateModified'] = iso_ms_z(mod)
    nav = ''.join(f'<li class="nav-item"><a href="/{["", "archive/", "tags/", "about/", "feed/feed.xml"][i]}"{" aria-current=" + chr(34) + "page" + chr(34) if i == 1 else ""}>{t}</a></li>' for i, t in enumerate(EL_NAV))
    likes = EL_LIKES.format(n=14 + 6 * k, r=3 + k)
    page = f'''<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(title)} — {EL_SITE}</title>
<meta name="description" content="{esc(lead_words(paras, 24))}">
<link rel="alternate" href="/feed/feed.xml" type="application/atom+xml" title="{EL_SITE}">
<meta name="generator" content="Eleventy v3.0.0">
<style>:root{{--color-gray-20:#e0e0e0;--syntax-tab-size:2}}body{{font-family:"IBM Plex Sans Arabic",system-ui,sans-serif;max-width:42em;margin:0 auto}}.visually-hidden{{clip:rect(0 0 0 0);clip-path:inset(50%);height:1px;overflow:hidden;position:absolute;white-space:nowrap;width:1px}}.links-nextprev{{display:flex;justify-content:space-between;list-style:none;padding:0}}</style>
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
<a href="#skip" class="visually-hidden">{EL_SKIP}</a>
<header>
<a href="/" class="home-link">{EL_SITE}</a>
<nav>
<h2 class="visually-hidden">{EL_NAV_HEAD}</h2>
<ul class="nav">{nav}</ul>
</nav>
</header>
<main id="skip">
<h1 id="{slug}">{esc(title)}</h1>
<ul class="post-metadata">
<li>{time_html}</li>
{upd_li}
<li>{EL_BY} {author}</li>
<li><a href="/tags/{section_alias(extra["category"])}/" class="post-tag">{tag}</a></li>
</ul>
<heading-anchors>
{"".join(body)}
</heading-anchors>
<section class="related-posts">
<h2>{EL_RELATED}</h2>
<ul class="postlist">{rel_html}</ul>
</section>
<ul class="links-nextprev"><li class="links-nextprev-prev">{EL_PREV}<br> <a href="/posts/p{k}/">{esc(prev_t)}</a></li><li class="links-nextprev-next">{EL_NEXT}<br> <a href="/posts/x{k}/">{esc(next_t)}</a></li></ul>
<section class="webmentions">
<h2>{EL_MENTIONS}</h2>
<p class="webmention-counts">{likes}</p>
<ol class="webmention-replies">{replies_html}</ol>
</section>
<section class="latest">
<h2>{EL_LATEST}</h2>
<ol class="postlist" reversed>{latest_html}</ol>
</section>
</main>
<footer>
<p>{EL_FOOTER}</p>
<p>{EL_BUILT} <time datetime="{iso_ms_z(built)}">{el_date(built)} {hm(built)}</time> · <a href="https://www.11ty.dev/">{EL_CREDIT}</a></p>
</footer>
<script type="module" src="/js/heading-anchors.js"></script>
</body>
</html>
'''
    without = [EL_SITE, f'{EL_BY} {author}', shown, EL_CAPTION, EL_RELATED, prev_t, next_t, EL_MENTIONS, likes, EL_LATEST, EL_FOOTER,
               f'{EL_BUILT} {el_date(built)} {hm(built)}'] + [c for _, c in replies] + latest + rel[:2] + ([upd_text] if upd_text else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- lemmy: an Iraqi news community on a Lemmy instance (lemmy-ui 0.19, server-rendered) ----------------------------
LM_INSTANCE = 'rafidain.example'
LM_HOST = f'https://{LM_INSTANCE}'
LM_SITE = 'الرافدين'
LM_SITE_DESC = 'خادم لِمي عراقي للنقاش الحر، يديره متطوعون ولا يبيع بيانات أعضائه'
LM_COMMUNITY = ('akhbar_iraq', 'أخبار العراق كل يوم')
LM_COMMUNITY_DESC = 'ننقل هنا أخبار الصحف العراقية بنصها الكامل مع رابط المصدر، ونتناقش فيها بهدوء'
LM_RULES_HEAD = 'قواعد المجتمع'
LM_RULES = ['انشر النص بأكمله مع اسم الجريدة ورابطها', 'لا شتائم ولا طائفية في التعليقات', 'العنوان هو عنوان الصحيفة نفسه بلا تحوير']
LM_NAV = ['المجتمعات', 'أنشئ منشوراً', 'أنشئ مجتمعاً', 'ادعم لِمي']
LM_LOGIN, LM_SIGNUP = 'تسجيل الدخول', 'أنشئ حساباً'
LM_SEARCH = 'بحث'
LM_BY, LM_TO = 'بواسطة', 'في'
LM_POSTERS = ['abu_zainab', 'noor_albasra', 'karrada_reader', 'mosuli_2023']
LM_INTRO = ['نص الخبر كما نشرته الجريدة، للي ما يگدر يفتح الرابط:', 'منقول بالحرف من موقع الصحيفة:',
            'الخبر كاملاً بدون تصرف:', 'هذا النص الكامل حتى ما تضطرون تفتحون الموقع:']
LM_ALSO = 'وسبق أن نشرت هنا بنفس الموضوع:'
LM_RELATED = 'منشورات سابقة بالمجتمع عن الملف:'
LM_OPINION = ['رأيي الشخصي: الخبر جيد بس العبرة بالتنفيذ.', 'شنو رأيكم؟ هل تتوقعون يتطبق فعلاً؟',
              'أتمنى نسمع رأي أهل الاختصاص بالتعليقات.', 'المهم نتابع ونشوف شنو يصير الأسابيع الجاية.']
LM_EDIT_NOTE = 'تعديل {date}: صححت رابط المصدر بعد ما نبهني أحد الأعضاء'
LM_COMMENTERS = ['hayder_k', 'um_ali', 'baghdadi_eng', 'zaid.h', 'rusafa_teacher', 'samarra_dev', 'lina_najaf', 'mustafa_a', 'kut_news', 'farah']
LM_COMMENTS = [
    'والله الخبر مهم بس الناس ما تصدّق إلا تشوف النتيجة على الأرض، كم مرة سمعنا وعوداً مثل هاي وبعدين انتهت بلا شي. نتمنى هالمرة تكون غير وتتابعون الموضوع وتنشرون وين وصل بعد شهر. وإذا ما صار شي فعلى الأقل نعرف منو المسؤول عن التأخير.',
    'أنا أشتغل بنفس المجال من سنين وأگدر أگول إن الأرقام المذكورة قريبة من الواقع، لكن المشكلة بالتنفيذ وبالروتين اللي يأخر كل معاملة أسابيع. لو ينحل الروتين نص المشاكل تنتهي بدون قرارات جديدة، والباقي يحتاج ناس تشتغل بضمير مو بس كتب رسمية.',
    'شكراً على النقل الكامل للنص، كثير من الصفحات تحط عنوان ورابط بس والرابط ينفتح بصعوبة عندنا بسبب ضعف الإنترنت. هيچ منشورات تفيد اللي يتابع من الموبايل بالأقضية والنواحي، وخصوصاً كبار السن اللي ما يعرفون يتنقلون بين المواقع.',
    'ما أتفق مع التعليقات المتشائمة، صار تحسن واضح خلال السنتين الأخيرة حتى لو بطيء، والمقارنة لازم تكون مع وضعنا قبل عشر سنين مو مع دول الجوار اللي ظروفها مختلفة تماماً عن ظروفنا. التشاؤم الدائم ما يفيد أحد.',
    'سؤال للمشرفين: ممكن تثبتون منشور يجمع كل الأخبار المتعلقة بهذا الملف حتى ما تتشتت النقاشات بين عشرين منشور؟ صارت المتابعة صعبة من كثر ما ينعاد نفس الموضوع بعناوين مختلفة، وكل منشور بيه نص النقاش السابق.',
    'فكرة التثبيت حلوة، بس الأفضل يكون بيه روابط للمصادر الأصلية مو بس منشورات المجتمع، لأن بعض الأخبار تنتشر بلا مصدر ونكتشف بعدين إنها غلط أو إنها قديمة من سنين، وهاي مشكلة تتكرر كل أسبوع تقريباً.',
    'الجريدة نفسها نشرت تصحيح بسيط على رقم ورد بالفقرة الثالثة حسب ما أتذكر، ياريت أحد يتأكد ويعدل المنشور إذا صح الكلام، حتى ما ينتشر الرقم القديم بالتعليقات والمشاركات، لأن الناس تنقل من هنا لمجموعات الواتساب.',
    'جماعة خلونا نركز على الموضوع وما نحوله لنقاش سياسي، المجتمع مخصص للأخبار والتعليق عليها بهدوء، والمشرفين نبهوا أكثر من مرة على هالشي بقواعد المجتمع الموجودة على اليسار. اللي عنده رأي سياسي خل ينشره بالمجتمع المخصص إله.',
    'حسب خبرتي هيچ قرارات تحتاج متابعة من مجالس المحافظات، لأن التطبيق يختلف من محافظة لمحافظة، وبالبصرة مثلاً الوضع يختلف تماماً عن بغداد أو أربيل من ناحية الإمكانيات، فلازم تكون المتابعة محلية وتنشرها الصحف المحلية.',
    'قريت الخبر بالجريدة الورقية الصبح وهو نفس النص بالضبط، يعني النقل دقيق. بس العنوان بالورقية كان مختلف شوية وأقوى من عنوان الموقع، ويمكن غيروه بعد النشر. أحياناً الصحف تعدل العناوين بالموقع حتى تجيب قراء أكثر.',
]
LM_LINK_COMMENT = 'بنفس الموضوع نشروا اليوم هذا التقرير:'
LM_MOD = ('mod_rafidain', 'ثبّتنا المنشور مؤقتاً لأهميته. نذكّركم بأن الإساءة الشخصية تؤدي إلى حذف التعليق دون إنذار.')
LM_SUBSCRIBE = 'اشترك'
LM_STATS = '{n} مشترك · {d} مستخدماً نشطاً يومياً'
LM_MODS = 'المشرفون'
LM_ACTIONS = ['رد', 'المزيد']
LM_SORT = 'الأكثر تفاعلاً'
LM_CROSSPOST = 'نُشر أيضاً في:'
LM_PAPERS = ['almada-paper.example', 'alsabah-iq.example']
LM_COMMENT_COUNT = 'التعليقات ({n})'
LM_FOOTER = ['سجل الإشراف', 'الخوادم المتصلة', 'التوثيق', 'الشيفرة', 'join-lemmy.org']


def lm_time(t, now):
    """lemmy-ui's MomentTime: the relative age (date-fns, 'ar') with the absolute time in a tooltip, rendered by
    the server in UTC."""
    u = t.astimezone(UTC)
    tip = f'{DAYS[u.weekday()]} {ar_date(u)} {hm(u)} (UTC)'
    return f'<span class="moment-time pointer unselectable" data-tippy-content="{tip}">{ar_ago(now - t)}</span>'


def lm_person(handle):
    return (f'<a class="person-listing d-inline-flex align-items-baseline text-info" title="{handle}" href="/u/{handle}">'
            f'<img class="overflow-hidden pictrs-image object-fit-cover rounded-circle img-icon me-1" src="{LM_HOST}/pictrs/image/{sum(map(ord, handle)) % 997}.webp?format=webp&amp;thumbnail=96" alt="" loading="lazy"><span>{handle}</span></a>')


def lm_comment(cid, handle, when, now, text_html, score, children=''):
    kids = f'<ul class="comments">{children}</ul>' if children else ''
    return (f'<li class="comment list-unstyled" role="comment"><article id="comment-{cid}" class="details comment-node py-2">'
            f'<div class="ms-2"><div class="d-flex flex-wrap align-items-center text-muted small"><button type="button" class="btn btn-sm btn-link text-muted me-2" aria-label="طي">[-]</button>'
            f'<span class="me-2">{lm_person(handle)}</span><span class="me-1 fw-bold" aria-label="النقاط">{score}</span> <span class="me-1">•</span> {lm_time(when, now)}</div>'
            f'<div class="md-div">{text_html}</div>'
            f'<div class="d-flex justify-content-between justify-content-lg-start flex-wrap text-muted fw-bold"><button type="button" class="btn btn-link btn-animate text-muted">{LM_ACTIONS[0]}</button> <button type="button" class="btn btn-link btn-animate text-muted">{LM_ACTIONS[1]}</button></div></div>'
            f'</article>{kids}</li>')


def render_lemmy(art, others, extra, day, slug, k):
    name, title, paras = art
    rel = others[:3]
    paper_host = LM_PAPERS[k % 2]
    kind = 'lemmy'
    pub = at(extra)
    pid = 1184022 + 7919 * k
    poster = LM_POSTERS[k]
    # The moment the page was saved: the relative ages are computed against it.
    now = later(kind, pub, **({'hours': 3, 'minutes': 10} if k == 0 else {'days': 2, 'hours': 4} if k == 1 else
                              {'hours': 8, 'minutes': 40} if k == 2 else {'days': 33, 'hours': 1}))
    story_url = f'https://{paper_host}/news/{pub.year}/{pid % 100000}'
    edited, upd_day, edit_note = None, None, ''
    if k == 1:
        edited = later(kind, pub, days=1, hours=1, minutes=40)
        edit_note = LM_EDIT_NOTE.format(date=f'{edited.day}/{edited.month}/{edited.year}')
    elif k == 3:
        edited = later(kind, pub, days=2, hours=6, minutes=5)
    if edited:
        upd_day = edited.date()
    # The post's Markdown: an intro, the article quoted paragraph by paragraph, the poster's lines and links.
    md = [LM_INTRO[k], '']
    for p in paras:
        md += [f'> {p}', '>']
    md.pop()
    md.append('')
    html_parts = [f'<p>{esc(LM_INTRO[k])}</p>', '<blockquote>' + ''.join(f'<p>{esc(p)}</p>' for p in paras) + '</blockquote>']
    if k % 2 == 1:
        md += [f'{LM_ALSO} [{extra["also"]}]({LM_HOST}/post/{pid - 4410})', '']
        html_parts.append(f'<p>{LM_ALSO} <a href="{LM_HOST}/post/{pid - 4410}">{esc(extra["also"])}</a></p>')
    md += [f'**{LM_RELATED}**', ''] + [f'- [{t}]({LM_HOST}/post/{pid - 9000 - 311 * i})' for i, t in enumerate(rel)] + ['']
    html_parts.append(f'<p><strong>{LM_RELATED}</strong></p><ul>' + ''.join(f'<li><a href="{LM_HOST}/post/{pid - 9000 - 311 * i}">{esc(t)}</a></li>' for i, t in enumerate(rel)) + '</ul>')
    md.append(LM_OPINION[k])
    html_parts.append(f'<p>{esc(LM_OPINION[k])}</p>')
    if edit_note:
        md += ['', f'*{edit_note}*']
        html_parts.append(f'<p><em>{esc(edit_note)}</em></p>')
    post_md = '\n'.join(md)
    post_html = ''.join(html_parts)
    # The comment tree: ten comments of a paragraph's length, a reply chain, a moderator's note and a link to another story.
    order = [(k * 3 + i) % len(LM_COMMENTS) for i in range(8)]
    times = [later(kind, pub, minutes=25 + 47 * i + 13 * k) for i in range(len(order) + 2)]
    flat = []
    for j, (ci, t) in enumerate(zip(order, times)):
        flat.append({'id': pid * 3 + j, 'handle': LM_COMMENTERS[ci], 'text': LM_COMMENTS[ci], 'when': t, 'score': 31 - 3 * j + k, 'path': None})
    link_text = f'{LM_LINK_COMMENT} {extra["also2"]}'
    flat.insert(3, {'id': pid * 3 + 20, 'handle': 'kut_news', 'text': LM_LINK_COMMENT, 'link': extra['also2'], 'when': times[-2], 'score': 6, 'path': None})
    mod_comment = {'id': pid * 3 + 21, 'handle': LM_MOD[0], 'text': LM_MOD[1], 'when': times[-1], 'score': 12, 'path': None}

    def body_html(c):
        if c.get('link'):
            return f'<p>{esc(c["text"])} <a href="https://{paper_host}/news/l{k}" rel="nofollow">{esc(c["link"])}</a></p>'
        return f'<p>{esc(c["text"])}</p>'

    # Comments 4 and 5 reply to comment 3 (the thread of the pinning request); the rest are top-level.
    tree = ''
    top = [mod_comment] + flat
    for j, c in enumerate(top):
        if j in (6, 7):
            continue
        kids = ''
        if j == 5:
            kids = ''.join(lm_comment(d['id'], d['handle'], d['when'], now, body_html(d), d['score']) for d in top[6:8])
        tree += lm_comment(c['id'], c['handle'], c['when'], now, body_html(c), c['score'], kids)
    comment_texts = [c['text'] for c in top if not c.get('link')] + [link_text]
    community, community_title = LM_COMMUNITY
    counts = {'comments': len(top), 'score': 212 + 17 * k, 'upvotes': 230 + 17 * k, 'downvotes': 18}

    def api_comment(c, parent=None):
        path = f'0.{parent}.{c["id"]}' if parent else f'0.{c["id"]}'
        content = c['text'] + (f' [{c["link"]}](https://{paper_host}/news/l{k})' if c.get('link') else '')
        return {'comment': {'id': c['id'], 'creator_id': 9000 + sum(map(ord, c['handle'])) % 900, 'post_id': pid, 'content': content,
                            'removed': False, 'published': c['when'].astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S.%fZ'),
                            'deleted': False, 'ap_id': f'{LM_HOST}/comment/{c["id"]}', 'local': True, 'path': path, 'distinguished': c is mod_comment,
                            'language_id': 31},
                'creator': {'name': c['handle'], 'actor_id': f'{LM_HOST}/u/{c["handle"]}', 'local': True},
                'counts': {'comment_id': c['id'], 'score': c['score'], 'upvotes': c['score'] + 2, 'downvotes': 2, 'child_count': 2 if c is top[5] else 0}}
    api_comments = [api_comment(c) for j, c in enumerate(top) if j not in (6, 7)] + [api_comment(c, top[5]['id']) for c in top[6:8]]

    def lemmy_time(t):
        return t.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S.%fZ')
    post_view = {'post': {'id': pid, 'name': title, 'url': story_url, 'body': post_md, 'creator_id': 7000 + k, 'community_id': 18,
                          'removed': False, 'locked': False, 'published': lemmy_time(pub), 'updated': lemmy_time(edited) if edited else None,
                          'deleted': False, 'nsfw': False, 'embed_title': title, 'embed_description': opening_words(paras[0], 30),
                          'ap_id': f'{LM_HOST}/post/{pid}', 'local': True, 'language_id': 31, 'featured_community': True, 'featured_local': False},
                 'creator': {'name': poster, 'actor_id': f'{LM_HOST}/u/{poster}', 'local': True},
                 'community': {'name': community, 'title': community_title, 'description': LM_COMMUNITY_DESC, 'actor_id': f'{LM_HOST}/c/{community}'},
                 'counts': counts}
    iso_data = {'path': f'/post/{pid}', 'site_res': {'site_view': {'site': {'name': LM_SITE, 'sidebar': LM_SITE_DESC, 'actor_id': LM_HOST + '/'},
                                                                    'local_site': {'default_theme': 'browser', 'registration_mode': 'RequireApplication'}},
                                                      'version': '0.19.5'},
                'routeData': {'postRes': {'state': 'success', 'data': {'post_view': post_view, 'cross_posts': []}},
                              'commentsRes': {'state': 'success', 'data': {'comments': api_comments}}},
                'errorPageData': None, 'showAdultConsentModal': False}
    rules = ''.join(f'<li>{r}</li>' for r in LM_RULES)
    nav = ''.join(f'<li class="nav-item"><a class="nav-link" href="/{["communities", "create_post", "create_community", "donate"][i]}">{t}</a></li>' for i, t in enumerate(LM_NAV))
    foot = ''.join(f'<li class="nav-item"><a class="nav-link" href="/{["modlog", "instances", "docs", "code", "join"][i]}">{t}</a></li>' for i, t in enumerate(LM_FOOTER))
    cross = ', '.join(f'<a href="/post/{pid + 11 + i}">!{c}@{host}</a>' for i, (c, host) in enumerate([('iraq', 'lemmy.world.example'), ('arabic_news', 'feddit.example')]))
    stats = LM_STATS.format(n=f'{3120 + 411 * k:,}'.replace(',', '٬'), d=87 + 9 * k)
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<script nonce="{pid:x}c9a1">window.isoData = {serialized(iso_data)};</script>
<meta name="Description" content="Lemmy">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link id="favicon" rel="shortcut icon" type="image/x-icon" href="/static/assets/icons/favicon.svg">
<link rel="manifest" href="/manifest.webmanifest">
<link rel="stylesheet" type="text/css" href="/static/styles/styles.css">
<link rel="stylesheet" type="text/css" href="/css/themes/browser.css">
<title>{esc(title)} - {LM_SITE}</title>
<meta property="og:title" content="{esc(title)} - {LM_SITE}">
<meta property="og:url" content="{LM_HOST}/post/{pid}">
<meta property="og:description" content="{esc(LM_INTRO[k] + ' ' + opening_words(paras[0], 20))}">
<meta property="og:image" content="{LM_HOST}/pictrs/image/thumb-{pid}.jpeg">
<meta name="twitter:card" content="summary_large_image">
</head>
<body>
<noscript><div class="alert alert-danger rounded-0" role="alert"><b>Javascript is disabled. Actions will not work.</b></div></noscript>
<div id="root"><div id="app" class="lemmy-site">
<nav class="navbar navbar-expand-md navbar-light shadow-sm p-0 px-3 container-lg">
<a title="{LM_SITE_DESC}" class="d-flex align-items-center navbar-brand me-md-3" href="/"><img class="overflow-hidden pictrs-image img-icon me-1" src="{LM_HOST}/pictrs/image/site-icon.png" alt="" loading="lazy">{LM_SITE}</a>
<ul id="navbarLinks" class="me-auto navbar-nav">{nav}</ul>
<ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/search" title="{LM_SEARCH}">{LM_SEARCH}</a></li><li class="nav-item"><a class="nav-link" href="/login">{LM_LOGIN}</a></li><li class="nav-item"><a class="nav-link" href="/signup">{LM_SIGNUP}</a></li></ul>
</nav>
<div class="mt-4 p-0 fl-1">
<div class="post container-lg">
<div class="row">
<main class="col-12 col-md-8 col-lg-9 mb-3">
<div class="post-container"><div class="post-listing mt-2"><div class="row">
<div class="col flex-grow-0"><div class="vote-bar small text-center"><button type="button" class="btn-animate btn btn-link p-0" aria-label="تأييد">▲</button><div class="unselectable pointer text-muted post-score">{counts["score"]}</div><button type="button" class="btn-animate btn btn-link p-0" aria-label="معارضة">▼</button></div></div>
<div class="col flex-grow-1">
<div class="post-title overflow-hidden"><h1 class="h5 d-inline text-break"><a class="d-inline link-dark" href="{story_url}" title="{story_url}" rel="noopener nofollow">{esc(title)}</a></h1> <small class="d-inline-block"><a class="fst-italic link-dark link-opacity-75 link-opacity-100-hover" href="{story_url}" title="{story_url}">{paper_host}</a></small></div>
<div class="small mb-1 mb-md-0">{LM_BY} <span>{lm_person(poster)}</span> {LM_TO} <a class="community-link" title="{community_title}" href="/c/{community}">{community_title}</a> • {lm_time(pub, now)}</div>
<div class="small text-muted">{LM_CROSSPOST} {cross}</div>
</div>
</div></div>
<div class="md-div mt-3 mb-3 post-body">{post_html}</div>
</div>
<div class="d-flex align-items-center mb-2"><span class="me-2 text-muted">{LM_COMMENT_COUNT.format(n=counts["comments"])}</span> <span class="btn btn-outline-secondary btn-sm">{LM_SORT}</span></div>
<div><ul class="comments" aria-label="التعليقات">{tree}</ul></div>
</main>
<aside class="d-none d-md-block col-md-4 col-lg-3">
<div class="card border-secondary mb-3"><div class="card-body"><h2 class="h5 mb-0">{community_title}</h2><p class="small text-muted">!{community}@{LM_INSTANCE}</p><button type="button" class="btn btn-secondary d-block mb-2 w-100">{LM_SUBSCRIBE}</button><p class="small">{stats}</p><div class="md-div"><p>{LM_COMMUNITY_DESC}</p><p><strong>{LM_RULES_HEAD}</strong></p><ol>{rules}</ol></div><p class="small">{LM_MODS}: <a href="/u/{LM_MOD[0]}">{LM_MOD[0]}</a></p></div></div>
<div class="card border-secondary mb-3"><div class="card-body"><p class="small">{LM_SITE_DESC}</p></div></div>
</aside>
</div>
</div>
</div>
<nav class="container-lg navbar navbar-expand-md navbar-light navbar-bg p-3"><div class="navbar-collapse"><ul class="navbar-nav ms-auto"><li class="nav-item"><span class="nav-link">UI: 0.19.5</span></li><li class="nav-item"><span class="nav-link">BE: 0.19.5</span></li>{foot}</ul></div></nav>
</div></div>
<script defer src="/static/js/client.js"></script>
</body>
</html>
'''
    without = [LM_SITE, LM_INTRO[k], LM_RELATED, LM_OPINION[k], f'{LM_BY} {poster}', LM_CROSSPOST, LM_COMMUNITY_DESC, LM_RULES[0], LM_RULES[2],
               stats, LM_SITE_DESC, LM_COMMENT_COUNT.format(n=counts['comments']), extra['also2']] + comment_texts + rel[:1] + ([edit_note] if edit_note else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- livejournal: a Sudanese journal's repost of a newspaper article on LiveJournal ----------------------------------
LJ_HOST = 'livejournal.example'
LJ_JOURNALS = [('nile_notebook', 'دفتر على ضفة النيل', 'يوميات موظف خرطومي، ومنقولات من صحف الصباح'),
               ('omdurman_days', 'أيام أم درمان', 'ما يستحق أن يُحفظ من أخبار البلد'),
               ('kassala_pen', 'قلم من كسلا', 'مدونة شخصية: قراءات وأخبار وتعليقات قصيرة'),
               ('blue_nile_desk', 'مكتب النيل الأزرق', 'أرشيف شخصي للأخبار الاقتصادية والرياضية')]
LJ_SOURCES = ['sudan_papers', 'khartoum_press', 'sudan_papers', 'khartoum_press']
LJ_PAPERS = ['صحيفة ملتقى النيلين', 'صحيفة الخرطوم المسائية']
LJ_INTROS = ['أنقل هذا الخبر من مجتمع الصحف لأهميته، وأرجو أن تقرأوه حتى آخره:', 'وجدته في شريط الأصدقاء فأعدت نشره هنا للتوثيق:',
             'نقلته كما هو ليبقى في أرشيف الدفتر:', 'للقراءة والنقاش، منقول بلا تصرف:']
LJ_SOURCE_LINE = 'المصدر: {paper}'
LJ_ALSO = 'ذات صلة بما سبق:'
LJ_UPD = 'UPD {date}: أضفت اسم الصحيفة بعد أن سألني عنه أحد الأصدقاء في التعليقات'
LJ_MOODS = ['متفائل', 'قلق', 'مشغول', 'متأمل']
LJ_TAGS = ['أخبار', 'منقول', 'السودان']
LJ_MOST = 'أكثر تدوينات الدفتر قراءةً'
LJ_RECENT = 'آخر ما كُتب في الدفتر'
LJ_POPULAR = 'رائج الآن في لايف جورنال'
LJ_PROFILE = 'عن صاحب الدفتر'
LJ_COMMENTERS = [('wad_madani', 'ممتن لك يا صديقي، ما كنت لأعرف بالخبر لولا شريط الأصدقاء'),
                 ('sitt_alnafar', 'قرأته صباحاً في الجريدة الورقية، والنص هنا مطابق له'),
                 ('atbara_boy', 'من أي صحيفة هذا؟ أريد أن أتابع بقية الملف عندهم'),
                 ('halfa_girl', 'موضوع مهم، ليته يصل إلى من بيدهم القرار')]
LJ_SITE_NAV = ['LiveJournal', 'Shop', 'Top', 'Create blog', 'Log in']
LJ_FOOTER = ['User Agreement', 'Privacy Policy', 'Help', '© LiveJournal']


def lj_user(user):
    return (f'<span class="ljuser ljuser-name_{user}" lj:user="{user}" style="white-space: nowrap;"><a href="https://{user}.{LJ_HOST}/profile" target="_self">'
            f'<img src="https://l-stat.{LJ_HOST}/img/userinfo_v8.svg?v=17080&amp;v=794" class="i-ljuser-userhead" alt="[info]" width="17" height="17"></a>'
            f'<a href="https://{user}.{LJ_HOST}/" class="i-ljuser-username" target="_self"><b>{user}</b></a></span>')


def lj_utc(t):
    """A comment's time as LiveJournal prints it: the server's UTC with "(UTC)"."""
    u = t.astimezone(UTC)
    return f'{u.year}-{u.month:02d}-{u.day:02d} {u.hour % 12 or 12:02d}:{u.minute:02d} {"am" if u.hour < 12 else "pm"} (UTC)'


def lj_english(t, style):
    if style == 0:
        return f'{EN_MONTHS[t.month - 1]} {ordinal(t.day)}, {t.year}, {h12(t)} {"am" if t.hour < 12 else "pm"}'
    return f'{EN_MONTHS[t.month - 1][:3]}. {ordinal(t.day)}, {t.year} at {h12(t)} {"AM" if t.hour < 12 else "PM"}'


def render_livejournal(art, others, extra, day, slug, k):
    name, title, paras = art
    most, recent, popular = others[:4], others[4:8], others[8:11]
    kind = 'livejournal'
    pub = at(extra)
    user, journal, subtitle = LJ_JOURNALS[k]
    source = LJ_SOURCES[k]
    paper = LJ_PAPERS[k % 2]
    ditem = 183211 + 4093 * k
    src_item = 91442 + 733 * k
    url = f'https://{user}.{LJ_HOST}/{ditem}.html'
    mod, upd_day, upd_line = None, None, ''
    if k == 0:
        mod = later(kind, pub, days=1, hours=10, minutes=15)
        upd_line = LJ_UPD.format(date=dmy(mod, '.'))
    elif k == 2:
        mod = later(kind, pub, days=2, hours=3, minutes=55)
    if mod:
        upd_day = mod.date()
    if k == 0:
        shown = lj_english(pub, 0)
    elif k == 1:
        shown = f'{pub.year}-{pub.month:02d}-{pub.day:02d} {hm(pub)}:00'
    elif k == 2:
        shown = lj_english(pub, 2)
    else:
        shown = f'{DAYS[pub.weekday()]}، {ar_date(pub)} - {hm(pub)}'
    # The repost: the reposter's line, the original entry's header, then the article as the source typed it: one
    # block of text whose paragraphs are separated by two <br />s.
    items = [esc(p) for p in paras]
    if k % 2 == 1:
        items.insert(2, f'<b>{LJ_ALSO}</b> <a href="https://{source}.{LJ_HOST}/{src_item - 97}.html">{esc(extra["also"])}</a>')
    source_line = LJ_SOURCE_LINE.format(paper=paper)
    items.append(f'<i>{esc(source_line)}</i>')
    content = (f'{esc(LJ_INTROS[k])}<br /><br />'
               f'<div class="repost-header"><b>Originally posted by</b> {lj_user(source)} at <a href="https://{source}.{LJ_HOST}/{src_item}.html">{esc(title)}</a></div>'
               f'<div class="repost-content">' + '<br /><br />'.join(items) + '</div>')
    if upd_line:
        content += f'<br /><b>{esc(upd_line)}</b>'
    comments = (LJ_COMMENTERS[k:] + LJ_COMMENTERS[:k])[:3]
    comment_days = [later(kind, pub, hours=2 + 9 * i, minutes=7 * i + 3) for i in range(len(comments))]
    comments_html = ''.join(f'<div class="comment-wrap" id="t{ditem * 10 + i}"><div class="comment-head">{lj_user(u)} <span class="comment-datetimelink"><a href="{url}?thread={ditem * 10 + i}#t{ditem * 10 + i}">{lj_utc(d)}</a></span></div>'
                            f'<div class="comment-text">{esc(c)}</div><ul class="comment-interaction-links"><li><a href="{url}?replyto={ditem * 10 + i}">Reply</a></li><li><a href="{url}?thread={ditem * 10 + i}">Thread</a></li><li><a href="{url}?thread={ditem * 10 + i}#t{ditem * 10 + i}">Link</a></li></ul></div>'
                            for i, ((u, c), d) in enumerate(zip(comments, comment_days)))
    most_html = ''.join(f'<li><a href="https://{user}.{LJ_HOST}/{ditem - 3000 - 211 * i}.html">{esc(t)}</a></li>' for i, t in enumerate(most))
    recent_days = [later(kind, pub, days=1 + 2 * i, hours=i) for i in range(len(recent))]
    recent_html = ''.join(f'<li><a href="https://{user}.{LJ_HOST}/{ditem + 400 + 17 * i}.html">{esc(t)}</a> <span class="date">{d.year}-{d.month:02d}-{d.day:02d}</span></li>' for i, (t, d) in enumerate(zip(recent, recent_days)))
    popular_html = ''.join(f'<li><a href="https://top.{LJ_HOST}/p{k}{i}">{esc(t)}</a></li>' for i, t in enumerate(popular))
    tags = ', '.join(f'<a rel="tag" href="https://{user}.{LJ_HOST}/tag/{t}">{t}</a>' for t in LJ_TAGS)
    nav = ' '.join(f'<a href="https://www.{LJ_HOST}/{t.lower().replace(" ", "")}">{t}</a>' for t in LJ_SITE_NAV)
    foot = ' · '.join(f'<a href="https://www.{LJ_HOST}/legal/{i}">{t}</a>' for i, t in enumerate(LJ_FOOTER))
    ld = {'@context': 'https://schema.org', '@type': 'BlogPosting', 'headline': title, 'url': url,
          'datePublished': iso_z(pub), 'author': {'@type': 'Person', 'name': user}, 'commentCount': len(comments),
          'isPartOf': {'@type': 'Blog', 'name': journal}}
    if mod:
        ld['dateModified'] = iso_z(mod)
    site_entry = {'ditemid': ditem, 'journal': user, 'subject': title, 'is_repost': True, 'repost_from': source,
                  'comments': len(comments), 'remote': None, 'locale': 'en_US'}
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl" class="html-schemius html-s2 html-adaptive">
<head>
<meta charset="UTF-8">
<title>{user}: {esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{esc(title)}">
<meta property="og:description" content="{esc(opening_words(paras[0], 25))}">
<meta property="og:url" content="{url}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{journal}">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="https://l-stat.{LJ_HOST}/??schemius_v4/headerfooter.css,s2-journal/flexiblesquares.css?v=17080">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<script>Site = window.Site || {{}}; Site.entry = {json.dumps(site_entry, ensure_ascii=False)}; Site.currentJournal = "{user}";</script>
</head>
<body class="page-entry s2-journal">
<div class="s-header" role="banner"><nav class="s-nav">{nav}</nav></div>
<div id="container">
<div id="header"><p class="journal-title"><a href="https://{user}.{LJ_HOST}/">{journal}</a></p><p class="journal-subtitle">{subtitle}</p></div>
<div id="content">
<div class="entry" id="entry-{ditem}">
<div class="entry-header">
<h1 class="entry-title"><a href="{url}">{esc(title)}</a></h1>
<div class="entry-date"><abbr class="datetime">{shown}</abbr></div>
<div class="entry-poster">{lj_user(user)}</div>
</div>
<div class="entry-content">{content}</div>
<div class="entry-metadata"><span class="metadata-label metadata-label-mood">Current Mood:</span> <span class="metadata-item metadata-item-mood">{LJ_MOODS[k]}</span></div>
<div class="ljtags"><b>Tags:</b> {tags}</div>
<ul class="entry-interaction-links text-links"><li class="entry-readlink"><a href="{url}#comments">{len(comments)} comments</a></li><li class="entry-replylink"><a href="{url}?mode=reply">Reply</a></li><li class="entry-permalink"><a href="{url}">Link</a></li></ul>
</div>
<div class="entry-nav"><a href="https://www.{LJ_HOST}/go.bml?journal={user}&amp;itemid={ditem}&amp;dir=prev">« Previous Entry</a> | <a href="https://www.{LJ_HOST}/go.bml?journal={user}&amp;itemid={ditem}&amp;dir=next">Next Entry »</a></div>
<div id="comments" class="b-tree">{comments_html}</div>
</div>
<div id="sidebar">
<div class="module module-userprofile"><h2 class="module-header">{LJ_PROFILE}</h2><div class="module-content"><img src="https://l-userpic.{LJ_HOST}/{ditem % 9973}/{k + 1}" width="100" height="100" alt=""><p>{lj_user(user)}</p></div></div>
<div class="module module-toplist"><h2 class="module-header">{LJ_MOST}</h2><ul class="module-list">{most_html}</ul></div>
<div class="module module-recent"><h2 class="module-header">{LJ_RECENT}</h2><ul class="module-list">{recent_html}</ul></div>
<div class="module module-popular"><h2 class="module-header">{LJ_POPULAR}</h2><ul class="module-list">{popular_html}</ul></div>
</div>
</div>
<div class="s-footer" role="contentinfo"><p>{foot}</p></div>
</body>
</html>
'''
    without = [journal, subtitle, LJ_INTROS[k], source_line, shown, f'Current Mood: {LJ_MOODS[k]}', LJ_PROFILE, LJ_MOST, LJ_RECENT,
               LJ_POPULAR] + [c for _, c in comments] + [lj_utc(d) for d in comment_days] + recent + popular + most[:2] + \
        ([upd_line] if upd_line else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, most, without, upd_of(upd_day)


# --- docusaurus: a Yemeni media foundation's newsroom blog built with Docusaurus 3 -----------------------------------
DS_ORG = 'مؤسسة منبر للإعلام المستقل'
DS_SITE = 'غرفة أخبار منبر'
DS_HOST = 'https://newsroom.minbar-media.example'
DS_REPO = 'https://github.example/minbar-media/newsroom'
DS_ANNOUNCE = 'التسجيل مفتوح لدورة التحقق الرقمي للصحافيات والصحافيين في عدن وتعز'
DS_SKIP = 'اقفز إلى متن الصفحة'
DS_NAV = ['النشرة', 'تقاريرنا', 'عن المؤسسة', 'English']
DS_SEARCH = 'ابحث في الغرفة'
DS_RECENT = 'آخر تدوينات الغرفة'
DS_READING = 'تُقرأ في {n} دقائق'
DS_AUTHORS = [('أروى الشرعبي', 'محررة النشرة'), ('منير الحكيمي', 'مراسل تعز'), ('سماح باعلوي', 'محررة الاقتصاد'),
              ('عبدالكريم الأغبري', 'منسق غرفة الأخبار')]
DS_ALSO = 'قد يفيدك أيضاً'
DS_NOTE = 'ملاحظة المحرر'
DS_NOTE_TEXT = 'ننشر هذا التقرير ضمن برنامج إعادة نشر المحتوى الصحفي اليمني، ويعود نصه إلى {paper}'
DS_PAPERS = ['صحيفة الثورة', 'صحيفة 14 أكتوبر', 'صحيفة الجمهورية', 'صحيفة الوحدة']
DS_RELATED = 'تقارير سابقة في الملف ذاته'
DS_ANCHOR = 'رابط مباشر إلى العنوان'
DS_TAGS = 'الوسوم:'
DS_EDIT = 'عدِّل هذه الصفحة'
DS_LAST = 'آخر تعديل'
DS_ON = 'في'
DS_NEWER, DS_OLDER = 'تدوينة أحدث', 'تدوينة أقدم'
DS_PAGINATION = 'التنقل بين تدوينات المدونة'
DS_FOOTER_HEADS = ['المؤسسة', 'تابعونا', 'المزيد']
DS_FOOTER_LINKS = [['من نحن', 'برامج التدريب', 'التمويل والشفافية'], ['فيسبوك', 'إكس', 'تيليغرام'], ['النشرة البريدية', 'المستودع']]
DS_COPY = 'حقوق النشر © {year} مؤسسة منبر. بُني بأداة Docusaurus.'


def ds_date(t):
    """Intl.DateTimeFormat('ar', {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'}) (Arabic-Indic digits)."""
    return indic(ar_date(t))


def ds_hash(text, n=4):
    """The CSS-module suffix of a class (a stable short hash)."""
    h = sum((i + 7) * ord(c) for i, c in enumerate(text))
    return ''.join('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'[(h >> (3 * j)) % 63] for j in range(n))


def render_docusaurus(art, others, extra, day, slug, k):
    name, title, paras = art
    rel, recent = others[:3], others[3:10]
    newer, older = extra['more'][0], extra['more'][1]
    kind = 'docusaurus'
    pub = at(extra)
    author, role = DS_AUTHORS[k]
    post_day = pub.date()
    midnight = datetime.datetime.combine(post_day, datetime.time(0, 0), tzinfo=UTC)  # the front matter's date, read as UTC
    # The post's last git commit (Docusaurus' showLastUpdateTime): the same day unless the post was updated.
    last = later(kind, pub, hours=2, minutes=25)
    upd_day = None
    if k == 1:
        last = later(kind, pub, days=2, hours=6, minutes=50)
        upd_day = last.date()
    elif k == 3:
        last = later(kind, pub, days=1, hours=3, minutes=20)
        upd_day = last.date()
    minutes = max(2, sum(len(p.split()) for p in paras) // 180 + 1)
    path = f'/blog/{post_day.isoformat().replace("-", "/")}/{slug}'
    url = DS_HOST + path
    paper = DS_PAPERS[k]
    note_text = DS_NOTE_TEXT.format(paper=paper)
    body = []
    for i, p in enumerate(paras):
        body.append(f'<p>{esc(p)}</p>')
        if i == 1 and k % 2 == 0:
            body.append(f'<div class="theme-admonition theme-admonition-tip admonition_{ds_hash("adm")} alert alert--success"><div class="admonitionHeading_{ds_hash("head")}"><span class="admonitionIcon_{ds_hash("icon")}"><svg viewBox="0 0 12 16"><path fill-rule="evenodd" d="M6.5 0C3.48 0 1 2.19 1 5c0 .92.55 2.25 1 3 1.34 2.25 1.78 2.78 2 4v1h5v-1c.22-1.22.66-1.75 2-4 .45-.75 1-2.08 1-3 0-2.81-2.48-5-5.5-5z"></path></svg></span>{DS_ALSO}</div><div class="admonitionContent_{ds_hash("content")}"><p><a href="/blog/also-{k}">{esc(extra["also"])}</a></p></div></div>')
    body.append(f'<div class="theme-admonition theme-admonition-note admonition_{ds_hash("adm")} alert alert--secondary"><div class="admonitionHeading_{ds_hash("head")}">{DS_NOTE}</div><div class="admonitionContent_{ds_hash("content")}"><p>{esc(note_text)}</p></div></div>')
    anchor = f'rel-{k}'
    body.append(f'<h2 class="anchor anchorWithStickyNavbar_{ds_hash("anchor")}" id="{anchor}">{DS_RELATED}<a href="#{anchor}" class="hash-link" aria-label="{DS_ANCHOR}" title="{DS_ANCHOR}">\u200b</a></h2>')
    body.append('<ul>' + ''.join(f'<li><a href="/blog/r{k}{i}">{esc(t)}</a></li>' for i, t in enumerate(rel)) + '</ul>')
    year_groups = {}
    for i, t in enumerate(recent):
        year_groups.setdefault(pub.year if i < 5 else pub.year - 1, []).append((i, t))
    sidebar = ''.join(f'<div role="group"><h3 class="yearGroupHeading_{ds_hash("year")}">{y}</h3><ul class="sidebarItemList_{ds_hash("list")} clean-list">'
                      + ''.join(f'<li class="sidebarItem_{ds_hash("item")}"><a class="sidebarItemLink_{ds_hash("link")}" href="/blog/s{k}{i}">{esc(t)}</a></li>' for i, t in items)
                      + '</ul></div>' for y, items in year_groups.items())
    ld = {'@context': 'https://schema.org', '@type': 'BlogPosting', '@id': url, 'mainEntityOfPage': url, 'url': url,
          'headline': title, 'name': title, 'description': lead_words(paras, 30), 'datePublished': midnight.strftime('%Y-%m-%dT%H:%M:%S.000Z'),
          'author': {'@type': 'Person', 'name': author, 'description': role}, 'keywords': [section_of(extra)],
          'isPartOf': {'@type': 'Blog', '@id': f'{DS_HOST}/blog', 'name': DS_SITE}}
    if upd_day:
        ld['dateModified'] = iso_ms_z(last)
    nav = ''.join(f'<a class="navbar__item navbar__link" href="/{["blog", "reports", "about", "en"][i]}">{t}</a>' for i, t in enumerate(DS_NAV))
    foot = ''.join(f'<div class="col footer__col"><div class="footer__title">{h}</div><ul class="footer__items clean-list">'
                   + ''.join(f'<li class="footer__item"><a class="footer__link-item" href="/f/{j}{i}">{t}</a></li>' for i, t in enumerate(items)) + '</ul></div>'
                   for j, (h, items) in enumerate(zip(DS_FOOTER_HEADS, DS_FOOTER_LINKS)))
    tag = section_of(extra)
    copy = DS_COPY.format(year=later(kind, pub, days=60).year)
    page = f'''<!doctype html>
<html lang="ar" dir="rtl" data-theme="light" data-has-hydrated="false">
<head>
<meta charset="UTF-8">
<meta name="generator" content="Docusaurus v3.5.2">
<title data-rh="true">{esc(title)} | {DS_SITE}</title>
<meta data-rh="true" name="viewport" content="width=device-width,initial-scale=1">
<meta data-rh="true" name="twitter:card" content="summary_large_image">
<meta data-rh="true" property="og:image" content="{DS_HOST}/img/social-card.jpg">
<meta data-rh="true" property="og:url" content="{url}">
<meta data-rh="true" property="og:locale" content="ar">
<meta data-rh="true" name="docusaurus_locale" content="ar">
<meta data-rh="true" name="docusaurus_tag" content="default">
<meta data-rh="true" property="og:title" content="{esc(title)} | {DS_SITE}">
<meta data-rh="true" name="description" content="{esc(lead_words(paras, 30))}">
<meta data-rh="true" property="og:type" content="article">
<meta data-rh="true" property="article:published_time" content="{midnight.strftime('%Y-%m-%dT%H:%M:%S.000Z')}">
<meta data-rh="true" property="article:author" content="{author}">
<meta data-rh="true" property="article:tag" content="{tag}">
<link data-rh="true" rel="canonical" href="{url}">
<link rel="alternate" type="application/rss+xml" href="/blog/rss.xml" title="{DS_SITE} RSS Feed">
<script data-rh="true" type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel="stylesheet" href="/assets/css/styles.4f1e9b2c.css">
<script src="/assets/js/runtime~main.a81c3d07.js" defer="defer"></script>
<script src="/assets/js/main.6e2d91f4.js" defer="defer"></script>
</head>
<body class="navigation-with-keyboard">
<script>!function(){{var t=function(){{try{{return new URLSearchParams(window.location.search).get("docusaurus-theme")}}catch(t){{}}}}()||function(){{try{{return window.localStorage.getItem("theme")}}catch(t){{}}}}();document.documentElement.setAttribute("data-theme",t||"light")}}()</script>
<div id="__docusaurus"><div role="region" aria-label="{DS_SKIP}"><a class="skipToContent_{ds_hash("skip")}" href="#__docusaurus_skipToContent_fallback">{DS_SKIP}</a></div>
<div class="theme-announcement-bar announcementBar_{ds_hash("bar")}" role="banner"><div class="content_{ds_hash("bar")} announcementBarContent_{ds_hash("barc")}">{DS_ANNOUNCE}</div></div>
<nav aria-label="Main" class="navbar navbar--fixed-top"><div class="navbar__inner"><div class="navbar__items"><a class="navbar__brand" href="/"><div class="navbar__logo"><img src="/img/logo.svg" alt="{DS_ORG}" class="themedComponent_{ds_hash("logo")} themedComponent--light_{ds_hash("light")}"></div><b class="navbar__title text--truncate">{DS_SITE}</b></a>{nav}</div><div class="navbar__items navbar__items--right"><a href="{DS_REPO}" target="_blank" rel="noopener noreferrer" class="navbar__item navbar__link header-github-link" aria-label="GitHub"></a><div class="navbarSearchContainer_{ds_hash("search")}"><button type="button" class="DocSearch DocSearch-Button" aria-label="{DS_SEARCH}"><span class="DocSearch-Button-Placeholder">{DS_SEARCH}</span></button></div></div></div></nav>
<div id="__docusaurus_skipToContent_fallback" class="main-wrapper mainWrapper_{ds_hash("main")}">
<div class="container margin-vert--lg"><div class="row">
<aside class="col col--3"><nav class="sidebar_{ds_hash("sidebar")} thin-scrollbar" aria-label="{DS_RECENT}"><div class="sidebarItemTitle_{ds_hash("title")} margin-bottom--md">{DS_RECENT}</div>{sidebar}</nav></aside>
<main class="col col--7">
<article class="">
<header><h1 class="title_{ds_hash("h1")}">{esc(title)}</h1><div class="container_{ds_hash("meta")} margin-vert--md"><time datetime="{midnight.strftime('%Y-%m-%dT%H:%M:%S.000Z')}">{ds_date(pub)}</time> · <!-- -->{DS_READING.format(n=minutes)}</div>
<div class="margin-top--md margin-bottom--sm row"><div class="col col--6 authorCol_{ds_hash("author")}"><div class="avatar margin-bottom--sm"><a href="/blog/authors/a{k}" class="avatar__photo-link"><img class="avatar__photo authorImage_{ds_hash("img")}" src="/img/authors/a{k}.jpg" alt="{author}"></a><div class="avatar__intro authorDetails_{ds_hash("details")}"><div class="avatar__name"><a href="/blog/authors/a{k}"><span class="authorName_{ds_hash("name")}">{author}</span></a></div><small class="authorTitle_{ds_hash("role")}" title="{role}">{role}</small></div></div></div></div></header>
<div id="__blog-post-container" class="markdown">{"".join(body)}</div>
<footer class="docusaurus-mt-lg"><div class="row margin-top--sm theme-blog-footer-edit-meta-row"><div class="col"><b>{DS_TAGS}</b><ul class="tags_{ds_hash("tags")} padding--none margin-left--sm"><li class="tag_{ds_hash("tag")}"><a class="tag_{ds_hash("taglink")} tagRegular_{ds_hash("tagr")}" href="/blog/tags/{section_alias(extra["category"])}">{tag}</a></li></ul></div></div>
<div class="row margin-top--sm theme-blog-footer-edit-meta-row"><div class="col"><a href="{DS_REPO}/edit/main/blog/{post_day.isoformat()}-{slug}.md" target="_blank" rel="noopener noreferrer" class="theme-edit-this-page">{DS_EDIT}</a></div><div class="col lastUpdated_{ds_hash("last")}"><span class="theme-last-updated">{DS_LAST} {DS_ON} <b><time datetime="{iso_ms_z(last)}">{ds_date(last)}</time></b></span></div></div></footer>
</article>
<nav class="pagination-nav docusaurus-mt-lg" aria-label="{DS_PAGINATION}"><a class="pagination-nav__link pagination-nav__link--prev" href="/blog/newer-{k}"><div class="pagination-nav__sublabel">{DS_NEWER}</div><div class="pagination-nav__label">{esc(newer)}</div></a><a class="pagination-nav__link pagination-nav__link--next" href="/blog/older-{k}"><div class="pagination-nav__sublabel">{DS_OLDER}</div><div class="pagination-nav__label">{esc(older)}</div></a></nav>
</main>
</div></div>
</div>
<footer class="footer footer--dark"><div class="container container-fluid"><div class="row footer__links">{foot}</div><div class="footer__bottom text--center"><div class="footer__copyright">{esc(copy)}</div></div></div></footer>
</div>
</body>
</html>
'''
    last_text = f'{DS_LAST} {DS_ON} {ds_date(last)}'
    without = [DS_ANNOUNCE, DS_RECENT, f'{ds_date(pub)} · {DS_READING.format(n=minutes)}', author, role, DS_NOTE, note_text, DS_RELATED,
               f'{DS_TAGS} {tag}', DS_EDIT, last_text, DS_NEWER, DS_OLDER, newer, older, copy] + recent + rel[:1]
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- magnolia: an Emirati media group's news portal on Magnolia 4.5 (STK), served in windows-1256 --------------------
MG_SITE = 'بوابة القصباء الإخبارية'
MG_GROUP = 'مجموعة القصباء للإعلام'
MG_HOST = 'http://www.qasba-news.ae.example'
MG_ENCODING = 'cp1256'
MG_SKIP = 'اذهب إلى نص الخبر'
MG_META_NAV = ['English', 'خريطة البوابة', 'اتصل بنا', 'الأرشيف']
MG_SEARCH = 'بحث'
MG_NAV = ['الرئيسية', 'الإمارات', 'الخليج', 'العالم العربي', 'دولي', 'اقتصاد', 'رياضة', 'ثقافة وفنون', 'علوم']
MG_SECTIONS = {'P': 'العالم العربي', 'E': 'اقتصاد', 'S': 'رياضة', 'C': 'ثقافة وفنون', 'SC': 'علوم'}
MG_HERE = 'موقعك في البوابة:'
MG_UPDATED = 'آخر تحديث للخبر:'
MG_SOURCE = 'المصدر: {paper}'
MG_PAPERS = ['الخليج', 'البيان', 'الاتحاد', 'الخليج']
MG_CAPTION = 'الصورة: أرشيف القصباء'
MG_ALSO = 'للاطلاع أيضاً'
MG_TOOLS = ['اطبع الخبر', 'أرسله لصديق', 'كبّر الخط', 'صغّر الخط']
MG_RATE = 'قيّم هذا الخبر:'
MG_RELATED = 'روابط تتصل بالخبر'
MG_MOST = 'الأكثر قراءة الآن'
MG_LATEST = 'وصل الآن إلى البوابة'
MG_WEATHER = 'طقس أبوظبي: مشمس، العظمى 34'
MG_FOOTER_LINKS = ['عن المجموعة', 'شروط الاستخدام', 'سياسة الخصوصية', 'أعلن معنا', 'وظائف']
MG_COPY = 'لمجموعة القصباء للإعلام حقوق ما يُنشر هنا، ويُشترط لإعادة نشره إذن مكتوب منها'
MG_POWERED = 'Powered by Magnolia'
MG_BEST = 'تُشاهد البوابة بأفضل صورة بدقة 1024×768 ومتصفح إنترنت إكسبلورر 8 أو ما بعده'


def render_magnolia(art, others, extra, day, slug, k):
    name, title, paras = art
    rel, most, latest = others[:3], others[3:8], others[8:11] + extra['more'][:2]
    kind = 'magnolia'
    pub = at(extra)
    section = MG_SECTIONS[extra['category']]
    nid = 20431 + 611 * k
    paper = MG_PAPERS[k]
    handle = f'/ar/{section_alias(extra["category"])}/{pub.year}/{pub.month:02d}/{pub.day:02d}/news-{nid}'
    url = MG_HOST + handle + '.html'
    # The page's last modification (the Last-Modified header, copied into an http-equiv meta in GMT): minutes after
    # publication unless the story was updated.
    mod, upd_day, upd_line, dc_modified = later(kind, pub, minutes=11 + 4 * k), None, '', ''
    if k == 1:
        mod = later(kind, pub, days=1, hours=4, minutes=40)
        upd_line = f'{MG_UPDATED} {DAYS[mod.weekday()]} {ar_date(mod)} - {hm(mod)}'
    elif k == 2:
        mod = later(kind, pub, days=2, hours=1, minutes=15)
        dc_modified = f'<meta name="DCTERMS.modified" scheme="DCTERMS.W3CDTF" content="{mod.strftime("%Y-%m-%dT%H:%M")}{iso_local(mod)[-6:]}" />\n'
    if k in (1, 2):
        upd_day = mod.date()
    if k == 0:
        shown = f'{dmy(pub, ".")} | {hm(pub)}'
    elif k == 1:
        shown = f'{DAYS[pub.weekday()]} {ar_date(pub)}'
    elif k == 2:
        shown = f'{pub.year}/{pub.month:02d}/{pub.day:02d}'
    else:
        shown = f'{ar_date(pub)} - {h12(pub)} {ampm(pub)}'
    today = later(kind, pub, days=2, hours=6)
    lead, rest = paras[0], paras[1:]
    half = (len(rest) + 1) // 2
    sections = [f'<div class="text-section">{"".join(f"<p>{esc(p)}</p>" for p in rest[:half])}</div>']
    if k % 2 == 1:
        sections.append(f'<div class="teaser-inline"><h3>{MG_ALSO}</h3><p><a href="{MG_HOST}/ar/news-{nid - 88}.html">{esc(extra["also"])}</a></p></div>')
    sections.append(f'<div class="text-section">{"".join(f"<p>{esc(p)}</p>" for p in rest[half:])}</div>')
    source_line = MG_SOURCE.format(paper=paper)
    rel_html = ''.join(f'<li><a href="{MG_HOST}/ar/news-{nid - 150 - 9 * i}.html">{esc(t)}</a></li>' for i, t in enumerate(rel))
    most_html = ''.join(f'<li><a href="{MG_HOST}/ar/news-{nid - 700 - i}.html">{esc(t)}</a></li>' for i, t in enumerate(most))
    latest_days = [later(kind, pub, hours=3 + 6 * i, minutes=4 * i) for i in range(len(latest))]
    latest_html = ''.join(f'<li><a href="{MG_HOST}/ar/news-{nid + 12 + i}.html">{esc(t)}</a> <span class="date">{dmy(d, ".")} {hm(d)}</span></li>' for i, (t, d) in enumerate(zip(latest, latest_days)))
    nav = ''.join(f'<li{" class=" + chr(34) + "on" + chr(34) if t == section else ""}><a href="{MG_HOST}/ar/{i}.html">{t}</a></li>' for i, t in enumerate(MG_NAV))
    meta_nav = ''.join(f'<li><a href="{MG_HOST}/ar/meta/{i}.html">{t}</a></li>' for i, t in enumerate(MG_META_NAV))
    foot = ''.join(f'<li><a href="{MG_HOST}/ar/info/{i}.html">{t}</a></li>' for i, t in enumerate(MG_FOOTER_LINKS))
    tools = ''.join(f'<li><a href="#" class="tool-{i}">{t}</a></li>' for i, t in enumerate(MG_TOOLS))
    stars = ''.join(f'<a href="#" class="star-{i}" title="{i}">{i}</a> ' for i in range(1, 6))
    upd_html = f'<p class="date-modified">{upd_line}</p>' if upd_line else ''
    page = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="ar" lang="ar" dir="rtl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1256" />
<meta http-equiv="last-modified" content="{gmt(mod)}" />
<title>{MG_SITE} | {esc(title)}</title>
<meta name="keywords" content="{section}, {MG_SITE}" />
<meta name="description" content="{esc(lead_words(paras, 20))}" />
{dc_modified}<link rel="canonical" href="{url}" />
<link rel="stylesheet" type="text/css" href="/.resources/templating-kit/themes/pop/css/styles.css" media="screen, projection" />
<link rel="stylesheet" type="text/css" href="/.resources/templating-kit/themes/pop/css/rtl.css" media="screen, projection" />
<link rel="stylesheet" type="text/css" href="/.resources/templating-kit/themes/pop/css/print.css" media="print" />
<script type="text/javascript" src="/.resources/templating-kit/themes/pop/js/all.js"></script>
</head>
<body id="article" class="col-2 lang-ar">
<div id="wrapper">
<p class="jump"><a href="#main">{MG_SKIP}</a></p>
<div id="branding">
<div id="logo"><a href="{MG_HOST}/ar.html" title="{MG_SITE}"><img src="/docroot/qasba/logo-ar.gif" alt="{MG_SITE}" width="260" height="70" /></a></div>
<p id="date-today">{DAYS[today.weekday()]} {ar_date(today)}</p>
<p id="weather">{MG_WEATHER}°</p>
<div id="nav-meta"><ul>{meta_nav}</ul></div>
<div id="search-box"><form action="{MG_HOST}/ar/search-result.html" method="get"><fieldset><label for="searchbar">{MG_SEARCH}</label><input id="searchbar" name="queryStr" type="text" value="" /><input class="button" type="submit" value="{MG_SEARCH}" /></fieldset></form></div>
</div>
<div id="nav-global"><ul>{nav}</ul></div>
<div id="breadcrumb"><p>{MG_HERE}</p><ol><li><a href="{MG_HOST}/ar.html">{MG_NAV[0]}</a></li><li><a href="{MG_HOST}/ar/{MG_NAV.index(section)}.html">{section}</a></li><li><strong>{esc(title)}</strong></li></ol></div>
<div id="wrapper-2">
<div id="main">
<div class="text">
<h1>{esc(title)}</h1>
<div class="text-meta"><p class="date">{shown}</p>{upd_html}<p class="source">{esc(source_line)}</p></div>
<div class="text-abstract"><p>{esc(lead)}</p></div>
<div class="text-image"><img src="/dms/qasba/news/{pub.year}/{nid}/document/{nid}.jpg" alt="" width="460" height="300" /><p class="caption">{MG_CAPTION}</p></div>
{"".join(sections)}
<ul class="text-tools">{tools}</ul>
<div class="rating"><p>{MG_RATE}</p><p class="stars">{stars}</p></div>
</div>
</div>
<div id="extras">
<div class="box box-links"><h2>{MG_RELATED}</h2><ul class="link-list">{rel_html}</ul></div>
<div class="box box-most"><h2>{MG_MOST}</h2><ol>{most_html}</ol></div>
<div class="box box-latest"><h2>{MG_LATEST}</h2><ul>{latest_html}</ul></div>
</div>
</div>
<div id="site-info">
<ul>{foot}</ul>
<p class="copyright">© {today.year} {MG_COPY}</p>
<p class="browsers">{MG_BEST}</p>
<p class="powered">{MG_POWERED}</p>
</div>
</div>
</body>
</html>
'''
    without = [f'{DAYS[today.weekday()]} {ar_date(today)}', MG_WEATHER, MG_HERE, shown, source_line, MG_CAPTION, MG_TOOLS[0], MG_RATE,
               MG_RELATED, MG_MOST, MG_LATEST, MG_COPY, MG_BEST, MG_POWERED] + latest + rel[:2] + most[:2] + ([upd_line] if upd_line else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel + most, without, upd_of(upd_day) | {'encoding': MG_ENCODING}


RENDER = {'contao': render_contao, 'textpattern': render_textpattern, 'eleventy': render_eleventy, 'lemmy': render_lemmy,
          'livejournal': render_livejournal, 'docusaurus': render_docusaurus, 'magnolia': render_magnolia}
render = renderer(RENDER, 'templates_set22.py', 22)

# --- the corpus and the driver ----------------------------------------------------------------------------
CORPUS_FOLDER = 'arabic-newspapers-cp1256'
# The files of CORPUS_FOLDER that a segmenter label or blind draw (tests/segmenter), a unit or CLI test or
# ../shared/eval/dev named when the set was written: frozen, so that later labels do not shift the set's articles.
LABEL_NAMED = frozenset((
    'AER20.txt', 'AES14.txt', 'AES25.txt', 'AESC4.txt', 'BHC14.txt', 'BHC19.txt', 'BHC25.txt', 'BHS18.txt',
    'DZC19.txt', 'DZE42.txt', 'DZP2.txt', 'DZP36.txt', 'DZS18.txt', 'EGR7.txt', 'EGR8.txt', 'EGR11.txt', 'EGS24.txt',
    'IQC20.txt', 'IQP4.txt', 'IQS32.txt', 'IQSC9.txt', 'JOC7.txt', 'JOE12.txt', 'JOP13.txt', 'JOP21.txt',
    'KWE26.txt', 'KWR2.txt', 'KWSC6.txt', 'KWSC15.txt', 'LBC14.txt', 'LBE20.txt', 'LBR18.txt', 'LBS27.txt',
    'LYC2.txt', 'LYP8.txt', 'LYP10.txt', 'LYP17.txt', 'MAC22.txt', 'MAR16.txt', 'MAS17.txt', 'MAS40.txt', 'MRP1.txt',
    'MRP2.txt', 'MRP4.txt', 'MRP18.txt', 'OMP10.txt', 'OMP23.txt', 'OMS5.txt', 'OMSC8.txt', 'PSC12.txt', 'PSE2.txt',
    'PSE5.txt', 'PSS19.txt', 'QAC7.txt', 'QAS17.txt', 'QASC11.txt', 'QASC29.txt', 'SAC19.txt', 'SAP2.txt',
    'SAP24.txt', 'SAR11.txt', 'SDSC12.txt', 'SDSC18.txt', 'SDSC24.txt', 'SDSC35.txt', 'SYC12.txt', 'SYC15.txt',
    'SYP5.txt', 'SYSC6.txt', 'TMC10.txt', 'TMC15.txt', 'TMC28.txt', 'TME3.txt', 'YEC27.txt', 'YEP21.txt',
    'YER12.txt', 'YER13.txt'))
# Files that pass the tests below but are not one article (read by hand): filled when the set was written.
NOT_ARTICLES = frozenset(())
# A file's name: its country, its category (P politics, E economy, S sport, C culture, SC science, R religion), a number.
FILE_NAME = re.compile(r'^([A-Z]{2})([A-Z]+)(\d+)\.txt$')
CATEGORY_ORDER = ('P', 'E', 'S', 'C', 'SC', 'R')
YEAR = re.compile(r'(?:19|20)\d\d')
BYLINE = re.compile(r'^(?:بقلم|كتب|كتبت|إعداد|اعداد|حوار|تصوير|بريشة)')
SEPARATOR = re.compile(r'\s[-–—/]|[-–—/]\s')
TITLE_END = re.compile(r'[.:،,؛]$')
LEAD_MARK = re.compile(r'[:/–—]|\s-\s')
LIST_ITEM = re.compile(r'^(?:[*•\-.]|\d+\s*[.)\-])')
TEASERS = MARKERS + ('ذات صلة', 'ذات علاقة')


def file_key(path):
    country, category, number = FILE_NAME.match(os.path.basename(path)).groups()
    return country, CATEGORY_ORDER.index(category), int(number)


def file_lines(path):
    """A file's non-empty lines: windows-1256 decoded, CR LF or CR ends, NUL bytes and runs of white space made one space."""
    with open(path, 'rb') as fh:
        text = fh.read().decode('cp1256').replace('\r\n', '\n').replace('\r', '\n')
    return [line for line in (' '.join(raw.replace('\x00', ' ').split()) for raw in text.split('\n')) if line]


def headline(line):
    """The first line is a headline when it has 3 to 14 words, ends without a stop, a colon or a comma, and is not a
    date, a byline, a column's "NAME / COLUMN / TITLE" line or a line whose letters the corpus lost to '?'."""
    return (usable_title(line) and len(line.split()) <= 14 and not TITLE_END.search(line) and not YEAR.search(line)
            and not BYLINE.match(line) and '|' not in line and ' / ' not in line and '?' not in line)


def meta_line(line):
    """A short line between a headline and the text that is a byline, a date or an agency's dateline."""
    return len(line.split()) < 8 and bool(YEAR.search(line) or BYLINE.match(line) or SEPARATOR.search(line))


def records(corpus):
    """Every file of CORPUS/CORPUS_FOLDER (in file_key() order, the named ones left out) as dicts: name, base, country,
    category, title (the first line when it is a headline, else ''), article ((name, title, paragraphs) or None)."""
    out, seen = [], set()
    paths = [p for p in glob.glob(os.path.join(corpus, CORPUS_FOLDER, '*', '*.txt')) if FILE_NAME.match(os.path.basename(p))]
    for path in sorted(paths, key=file_key):
        base = os.path.basename(path)
        if base in LABEL_NAMED:
            continue
        lines = file_lines(path)
        title = lines[0] if lines and headline(lines[0]) and lines[0] not in seen else ''
        seen.add(lines[0] if lines else '')
        country, category, _ = FILE_NAME.match(base).groups()
        rec = {'name': f'{CORPUS_FOLDER}/{os.path.basename(os.path.dirname(path))}/{base}', 'base': base,
               'country': country, 'category': category, 'title': title, 'article': None}
        rec['article'] = article_of(rec, lines)
        out.append(rec)
    return out


def article_of(rec, lines):
    """(name, title, paragraphs) when the file is one article: a headline, at most two meta lines (meta_line()), then
    only lines of 12 words or more (the first 8 are the paragraphs; at least 3), none holding a read-also or a related
    marker or a '?' that replaced a lost letter, none opening like a list item, and a lead that does not open with a
    dateline or a credit (a colon, a slash or a dash in its first six words); else None."""
    if not rec['title'] or rec['base'] in NOT_ARTICLES or rec['category'] == 'R':
        return None
    i = 1
    while i < len(lines) and len(lines[i].split()) < 12:
        i += 1
    head, body = lines[1:i], lines[i:]
    if len(head) > 2 or not all(meta_line(h) for h in head):
        return None
    if len(body) < 3 or any(len(p.split()) < 12 or '?' in p or LIST_ITEM.match(p) for p in body):
        return None
    if any(m in line for line in lines for m in TEASERS) or LEAD_MARK.search(' '.join(body[0].split()[:6])):
        return None
    return rec['name'], rec['title'], body[:8]


def pick_articles(recs, kinds, per_kind):
    """For each kind, `per_kind` (index, article) pairs from its country's files: page k takes the first article of
    category CATEGORY_ORDER[k mod 4] (then of the categories after it) that no page took before."""
    out, taken = {}, set()
    for kind in kinds:
        chosen = []
        for k in range(per_kind):
            for step in range(len(CATEGORY_ORDER) - 1):
                cat = CATEGORY_ORDER[(k + step) % (len(CATEGORY_ORDER) - 1)]
                hit = next((i for i, r in enumerate(recs) if r['country'] == COUNTRY[kind] and r['category'] == cat
                            and r['article'] and i not in taken), None)
                if hit is not None:
                    taken.add(hit)
                    chosen.append((hit, recs[hit]['article']))
                    break
            else:
                raise SystemExit(f'templates_set22: {len(chosen)} articles for {kind}, {per_kind} needed')
        out[kind] = chosen
    return out


def following(recs, at_, title, n):
    """The headlines of the n files of recs[at_]'s country that follow it (wrapping around), each once, without
    `title`."""
    same = [r for r in recs if r['country'] == recs[at_]['country']]
    pos = same.index(recs[at_])
    out = []
    for j in range(1, len(same)):
        t = same[(pos + j) % len(same)]['title']
        if t and t != title and t not in out:
            out.append(t)
            if len(out) == n:
                break
    return out


def page_time(n, kind, k):
    """Page n's local publication time: a day of the kind's SPANS and a time of day from 07:00 to 22:59 (HOURS for
    Lemmy), drawn from a generator seeded by n, in the kind's zone; the pages of AFTER_MIDNIGHT keep the day and
    take their clock time."""
    rng = random.Random(f'templates_set22 page {n}')
    first, last = SPANS[kind]
    day = first + datetime.timedelta(days=rng.randrange((last - first).days + 1))
    lo, hi = HOURS.get(kind, (7, 23))
    hour, minute = rng.randrange(lo, hi), rng.randrange(60)
    hour, minute = AFTER_MIDNIGHT.get((kind, k), (hour, minute))
    return zone(kind, datetime.datetime.combine(day, datetime.time(hour, minute)))


def main(argv=None):
    args = set_arguments(__doc__, 'templates_set22', KINDS, RENDER, CORPUS_FOLDER, argv)
    recs = records(args.corpus)
    # Articles are chosen over the whole set (kinds in KINDS order), so that --kinds picks the same ones.
    chosen = pick_articles(recs, KINDS, args.per_kind)
    rng = random.Random(20261222)
    bad = written = 0
    for n, kind in enumerate(kd for kd in KINDS for _ in range(args.per_kind)):
        k = n % args.per_kind
        at_, art = chosen[kind][k]
        heads = following(recs, at_, art[1], 20)
        others = heads[:11]
        rng.shuffle(others)
        if kind not in args.kinds:
            continue
        local = page_time(n, kind, k)
        extra = {'at': local, 'also': heads[11], 'also2': heads[12], 'more': heads[13:], 'category': recs[at_]['category']}
        name = f'{kind}-{k}'
        page, label, encoding = render(kind, art, others, extra, local.date().isoformat(), name, k)
        bad += write_page(args.out, name, page, label, encoding, art[2], 'templates_set22')
        written += 1
    print(f'{written} pages in {args.out}' + (f', {bad} problems' if bad else ''))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
