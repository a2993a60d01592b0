#!/usr/bin/env python3
"""Sealed HTML template set 18 (issue 14): seven more kinds of Arabic news pages, labelled by construction.

Written by a helper who did not change the HTML extractor's rules, did not read them (src/, include/, data/), and
never ran akhbar on these pages: the set stays sealed until the session's final rules, and its first score, taken
once then, measures the rules on templates nobody looked at while writing them. None of these kinds is in
make_templates.py, templates_set5..16.py or templates_set17.py (written at the same time) (a Jekyll blog, a Tumblr
post, a Moodle forum discussion, a Gatsby site, a Hexo blog, a SvelteKit site, a bilingual PHP portal; set 7's
"Medium/Tumblr-like" platform followed Medium, with an author card and responses, where this Tumblr kind is a
tumblelog theme with notes and reblogs), and every chrome sentence is new wording (no chrome constant of the earlier
sets is imported; the wording was checked automatically against the earlier sets' files: no run of three Arabic
words or more of a string of this file, docstrings aside, appears in the string constants of make_templates.py or
templates_set5..16.py, docstrings included). Much of the chrome is in Moroccan Darija, some in French or English, as
these sites write it. The articles are Goud.ma's stories, which carry no date: every page gets a day of 2018-2024
and a time of day drawn from a generator seeded by its number, made local in the kind's own zone (Morocco's: +01:00,
but +00:00 in the Ramadan months and before 25 March 2018; Algeria's +01:00; Mauritania's +00:00, UTC all year). The
kinds vary where the dates come from (minima's <time class="dt-published"> over the site's date_format with
jekyll-seo-tag's metas and BlogPosting in local time, a Tumblr theme's English, numeric or relative dates beside a
script holding the post's Unix timestamp and its "GMT" date, Moodle's Arabic day-and-date line whose time is the
last edit's, date-fns' ar-MA dates with the Moroccan month names over a NewsArticle JSON-LD in UTC, Hexo's UTC Open
Graph times beside NexT's YYYY-MM-DD <time itemprop>, Intl.DateTimeFormat('ar') dates in Arabic-Indic digits (full,
long with the time, relative, short with right-to-left marks) over a <time datetime> in UTC and a Strapi API's JSON
in the page, French "publié le 8 octobre 2022 à 21h37" lines over Open Graph times in UTC) and which dates are not
the article's (readers' replies and comments, an edit note's original date, a draft's creation the evening before,
later posts and announcements, coming events, a section's archive by month, a masthead's day, a ticker's times, a
footer's years); each kind carries a related list or a most-read box and lists that look related but are not (latest
posts, a blog's recent posts, recommendations, trending, previous and next posts or discussions, opinion columns,
most commented, videos), and some pages an inline read-also line ("قرا حتى:", "شوف حتى:", "شوفو حتى:", "طالع كذلك:",
"طالع في الأفق:", "Lire aussi :").

  jekyll     a Casablanca data-journalism collective's blog on GitHub Pages, Jekyll 4 with the minima theme
             (Morocco): jekyll-seo-tag's block (article:published_time and a BlogPosting JSON-LD in local time with
             its offset; dateModified equal to datePublished unless the post has a later date), minima's header
             (site title, nav trigger, page links), h1.post-title, the post-meta <time class="dt-published"
             datetime> showing the site's date_format (minima's default on pages 0 and 1: "Nov 19, 2019", "Jun 12,
             2023"; "18 May 2021" on page 2, "10/12/2023" on page 3) and the author; page 1 shows minima's modified
             date after a "~" (<time class="dt-modified">, 2 days 3 h 25 later, also the dateModified: the updated
             date), page 3 declares one 20 h 50 later (the next day) only in the dateModified (the updated date);
             the body with a Datawrapper chart iframe and its caption after the second paragraph and, on even pages,
             a kramdown blockquote "قرا حتى:" with a link (read-also); "تدوينات قريبة من هاد الموضوع" with earlier
             dates (related), the previous and next posts (not related), the heading and note of utterances'
             comments, "جديد الكناش" dated the following days (latest: not related), minima's footer
  tumblr     a Casablanca street-news blog on Tumblr with a custom theme (Morocco): Tumblr's pre_tumblelog script,
             og:type tumblr-feed:entry and app-link metas, the logged-out controls <iframe>, the sidebar before the
             post in source order (avatar, the blog's title in an <h2>, description, ask and submit links, "آخر
             البوستات فالبلوگ": latest, not related), the text post's title in an <h1> around its permalink, the
             theme's date: "Wednesday, January 30th, 2019" (page 0), "30/12/2021" (page 1), "Sun 12 May 2024 ·
             12:25am" (page 2, at 00:25 local: the day before in UTC), "N years ago" (page 3, {TimeAgo}: the date
             only in the script), the note count, "Source: goud.ma", tags, reblog and like, the notes in English
             (reblogged this from, liked this, a reader's reply after "said:", posted this); a theme script
             window.zqPost holding the API's post: its Unix "timestamp" and its "date" in UTC ("2024-05-11 23:25:00
             GMT" for page 2); an inline "شوف حتى:" paragraph on even pages (read-also); on odd pages an italic edit
             note at the end of the text, "تحديث DD/MM/YYYY: ..." (page 1, 2 days 1 h later) or "EDIT DD/MM/YYYY:
             ..." (page 3, 1 day 6 h 30 later): the updated dates, not body; "بوستات عندها علاقة بهادي" (related),
             Tumblr's "More you might like" on odd pages (recommendations: not related), older and newer post links,
             the theme's footer. Page 3 (11 March 2024) falls in Ramadan: +00:00.
  moodle     a Moroccan journalism institute's learning platform on Moodle 3.x with the Boost theme (Morocco): M.cfg
             with the user's zone, the skip link, the navbar with the language menu and the guest line, the page
             header with the discussion's name in the <h1> and the forum in the breadcrumb, the display-mode select,
             the previous and next discussions by name (not related), the first post (div.forumpost: its subject,
             then "بواسطة NAME - الجمعة، 16 فبراير 2024، 10:10 م", Moodle's strftimedaydatetime without leading
             zeros), the text with an inline "شوفو حتى:" line on even pages (read-also), two students' replies hours
             to days later (not the article); on odd pages another user edited the post: the byline shows the time
             of that edit (1 day 2 h 10 later on page 1, 3 days 5 h 45 later on page 3: the updated date) and the
             note "(عدّل ... هذه المشاركة - نُشرت أول مرة يوم DATE)" at the end of the text gives the original date
             (the published date); blocks: an HTML block "قصاصات تتقاطع مع هذا الموضوع" (related), Latest
             announcements "آخر القصاصات المنشورة" dated after the post (not related), Upcoming events "مواعيد
             المعهد المقبلة" (dates not the article's), the footer (help line, login info, data retention summary,
             the mobile app link); no meta date, no JSON-LD, no <time>
  gatsby     a Darija youth news site built with Gatsby 5 on Contentful (Morocco): the Head API's tags, a
             NewsArticle JSON-LD in UTC with milliseconds, preload links of the page's page-data.json, the static
             queries' data and app-data.json, #___gatsby and #gatsby-focus-wrapper, styled-components classes,
             gatsby-image wrappers with placeholders and <noscript>, the skip link, the category pill, the <h1>, the
             meta line "كتبها NAME · DATE" in date-fns' ar-MA format with the Moroccan month names ("16 يونيو 2023";
             "الأربعاء 16 أكتوبر 2019 - 00:40" on page 1, at 00:40 local: the day before in the JSON-LD;
             "09/06/2022" on page 2) and a reading time; page 0 shows "تحدّث نهار DATE" (1 day 4 h 20 later, also
             the dateModified), page 2 declares a dateModified 26 h 5 later only in the JSON-LD (the updated dates);
             the hero's caption, the rich text with a Contentful embedded-entry card "شوف حتى" on odd pages
             (read-also), the share bar; "مواضيع مرتبطة" cards with a category and earlier dates (related), "الأكثر
             قراية" numbered (related: a most-read box), "جديد نقرة" with later times (latest: not related), "اللي
             كيدور دابا" (trending: not related), the newsletter form, the footer, a Darija cookie consent,
             gatsby-announcer, gatsby-script-loader and the chunk mapping
  hexo       an Algerian developer's blog on Hexo 6 with NexT 8, Gemini scheme (+01:00): next-config JSON scripts,
             Hexo's Open Graph tags with article:published_time and article:modified_time in UTC ("Z" with
             milliseconds: page 3, published at 00:15 local, is the day before there), the header (site title in a
             <p>, subtitle, menu, search popup), the sidebar before the post in source order (TOC and overview tabs,
             the author, the state counts, "كُتب مؤخراً" with later dates: not related; "الأكثر زيارة" on even
             pages: related, a most-read box), the post with schema.org Article microdata, h1.post-title, the
             post-meta "نُشر في" <time itemprop="dateCreated datePublished" datetime="...+01:00"> showing YYYY-MM-DD
             and, on page 0, "عُدّل في" <time itemprop="dateModified"> (2 days 2 h 5 later: the updated date); page
             2's update (1 day 1 h 40 later) is declared only in article:modified_time (the theme's updated_at
             display off), elsewhere modified_time equals published_time; category, an empty visitors counter, word
             count and reading time; the body with a blockquote "طالع كذلك:" on odd pages (read-also), the
             post-copyright box, tags, NexT's related posts "تدوينات على صلة" (related), the previous and next posts
             (not related), the comments' heading with a <noscript>, the footer (copyright years, powered by)
  sveltekit  a Nouakchott news site built with SvelteKit on a Strapi backend (Mauritania, +00:00 all year):
             modulepreload links of _app/immutable chunks, the head's svelte markers, no meta date, the body's
             data-sveltekit-preload-data and "display: contents" root, svelte-* classes, the header (brand, language
             link, search form), the section's kicker, the <h1>, the byline "تحرير: NAME · DATE" in a <time
             datetime> in UTC ("Z" with milliseconds) whose text is Intl.DateTimeFormat('ar') in Arabic-Indic
             digits: "الثلاثاء، ٣ يناير ٢٠٢٣" (page 0, dateStyle full), "١٥ مارس ٢٠١٩ في ٨:١٦ ص" (page 1, a long
             date and a short time), "قبل ٥ أيام" (page 2, relative, the full date only in the title attribute),
             "١٣‏/١١‏/٢٠٢٤" (page 3, short, with right-to-left marks); page 1 shows "حُدّث الخبر ..." (1 day 5 h 30
             later: the updated date), page 3's update (2 days 2 h 15 later) is declared only in the API's
             updatedAt; the figure's caption, the {@html} content between HTML_TAG_START and HTML_TAG_END comments
             with an inline "طالع في الأفق:" aside on even pages (read-also), the share bar; "أخبار تتصل بهذا الخبر"
             with earlier short dates (related); the rail: "الآن في الأفق" with relative ages (latest: not related),
             "أعمدة الرأي" with the columnists' names (not related), "أرشيف القسم" by month (not related), the
             newsletter form; the footer, a consent dialog; the sveltekit-fetched JSON of the Strapi API (the
             article's attributes in a JSON string: createdAt the evening before, a draft's creation, not the
             article's date; publishedAt; updatedAt, equal to publishedAt unless the article was updated) and the
             page's data in devalue's form (the same attributes) in the kit.start() script
  portal     a Casablanca news portal on a custom PHP CMS (XHTML 1.0 Transitional, article.php?id=, jQuery) with
             Darija and French chrome (Morocco): the top bar with the day's date in French ("Samedi 15 octobre
             2022", six days after the article: not its date) and the weather, AR | FR, the bilingual tagline, a
             mixed menu, the "Flash · عاجل" ticker with times, the breadcrumb, the <h1>, the info line "Par AUTHOR |
             publié le 8 octobre 2022 à 21h37" ("1er" for a first day; on page 2 in Arabic: "نُشر 23 شتنبر 2019 على
             13:54" with the Moroccan month names), on page 0 "| mis à jour le ... à ..." (1 day 2 h 35 later: the
             updated date), views, A+ A-; article:published_time in UTC with "+00:00" (the server's zone: page 1,
             published at 00:35 local, is the day before there) and on page 2 an article:modified_time 9 h 50 later
             (the same local day: the updated date, declared there only); the text with an inline "شوف حتى:" (pages
             1 and 3) or "Lire aussi :" (page 2) line (read-also), the share links, "Articles similaires · مقالات
             مشابهة" with thumbnails (related), readers' comments of the following hours ("le DD/MM/YYYY à HHhMM":
             not the article), the comment rules and form; the right column's tabs "Les plus lus · الأكثر قراءة"
             (related: a most-read box) and "Les plus commentés · الأكثر تعليقا" (a hidden tab, not labelled),
             "Dernières infos · آخر ما نشرنا" (latest: not related), "Vidéos · فيديوهات الدرب" (not related), the
             app link, the footer, a bilingual cookie banner

Labels (the format of tests/html/labels): title (the <h1>), published (the local date in the kind's zone), updated
(the local date, where the page shows or declares an update of the article: 14 of the 28 pages, two of each kind; as
in set 16, a page without an update carries no updated key, so that only the updates are scored), body_with = the
opening of each paragraph, body_without = visible chrome texts and other stories' headlines, read_also, related
(headed related lists and most-read boxes only). A lead's writer credit cut off by slashes ("أنس العمري/// ...") or
place dateline ("الرباط- ...", templates_set16.split_dateline()) is metadata, not body: the opening starts after it
(none of the 28 leads has one when the set was written).

Articles: not the corpora of the earlier sets but Goud.ma's stories, CORPUS/marsum-goud/marsum_goud_*.txt (plain
text, largely Moroccan Darija: the title on the first line, then the text, mostly one long line), sorted by name.
Every file that a label in tests/segmenter/labels/*.json named in its "file" value when the set was written is left
out (SEGMENTER_NAMED, frozen so that later labels do not shift the set; ../shared/eval/dev names none of these
files: DEV_NAMED is empty), and so is a later file with the title of an earlier one. A file's paragraphs are its
text lines of 12 words or more where it has three such lines, and otherwise the sentences of its text lines
(templates_set16.sentences(): cut after ".", "!" or "؟" and any closing quote before a space, not at ".." nor after
a one-letter word; a sentence under 12 words joined to the next one), stopping before a quoted social post (a link,
a handle, a hashtag or an emoji) or a repeated paragraph. A file is an article when its title has 3 to 20 words,
none of its lines holds "اقرأ", "إقرأ", "للمزيد", "قد يهمك", "شوف حتى", "قرا حتى" or "Lire aussi", and it has at
least 3 such paragraphs (the page takes the first 8). Page n (counted over the whole set, kinds in the order above)
takes the n-th article: marsum_goud_00009.txt to marsum_goud_00183.txt. (Fatabyyano's fact-checks were not needed:
the Goud files give 236 articles, and few fact-checks have three paragraphs.) Page n's local time is drawn by
random.Random("templates_set18 page N"): a day of 2018-01-01 to 2024-12-31 and a time from 07:00 to 22:59 in the
kind's zone, except tumblr-2 (00:25), gatsby-1 (00:40), hexo-3 (00:15) and portal-1 (00:35), moved after midnight
for their UTC traps; Morocco's offset follows MA_ZERO (tzdata's Africa/Casablanca, checked against zoneinfo). Other
stories' headlines (related, latest and the like) are the titles of the files that follow the page's article in the
same order, wrapping around (any title of 3 to 20 words without such a marker, the left-out files and the article's
own title excepted): the first 11 shuffled, then the rest in order (the read-also is the 12th).

Usage: templates_set18.py OUT_DIR [--corpus DIR] [--per-kind 4] [--kinds a,b]
writes OUT_DIR/pages/KIND-N.html and OUT_DIR/labels/KIND-N.json, checks every labelled text against the page's
visible text with templates_set5's check() (templates_set12.write_page()), checks with templates_set9's link check
that every read-also and related title is the whole text of a link and that each label has the keys and types
../shared/eval/score.py reads, and with templates_set10's balance check that every non-void element is closed in
order (templates_set10.renderer() runs those two); fails if any check does. The pages' text was also compared with
headless Chromium's document.body.innerText once while writing them (every labelled text and title is in it).
"""
import datetime
import glob
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
# Helpers and calendar data only; no chrome sentence of the earlier sets.
from templates_set5 import DAYS, FRENCH_DAYS, FRENCH_MONTHS, GULF_MONTHS, MAGHREB_MONTHS, esc, opening  # noqa: E402
from templates_set10 import renderer  # noqa: E402
from templates_set12 import indic, set_arguments, pick_articles as shared_pick_articles, write_page  # noqa: E402
from templates_set15 import clock12, iso_local, iso_ms_z, opening_words, outside, upd_of  # noqa: E402
from templates_set16 import dmy, en_date, joined_paragraphs, sentences, split_dateline  # noqa: E402

KINDS = ('jekyll', 'tumblr', 'moodle', 'gatsby', 'hexo', 'sveltekit', 'portal')
# The kind's zone: 'MA' is Morocco's (+01:00, +00:00 in Ramadan and before 25 March 2018), else hours east of UTC.
TZ = {'jekyll': 'MA', 'tumblr': 'MA', 'moodle': 'MA', 'gatsby': 'MA', 'hexo': 1, 'sveltekit': 0, 'portal': 'MA'}
CORPUS_FOLDER = 'marsum-goud'
# Lines holding one of these are a read-also or a teaser of the scrape itself: such a file is left out.
MARKERS = ('اقرأ', 'إقرأ', 'للمزيد', 'قد يهمك', 'شوف حتى', 'قرا حتى', 'Lire aussi')
# UTC spans in which Morocco's clock is at +00:00 (tzdata's Africa/Casablanca from 2018 to 2025: winter time before
# 25 March 2018, then the Ramadan months, the clock set back at 03:00 local and forward again at 02:00 local).
MA_ZERO = [(datetime.datetime(1970, 1, 1), datetime.datetime(2018, 3, 25, 2)),
           (datetime.datetime(2018, 5, 13, 2), datetime.datetime(2018, 6, 17, 2)),
           (datetime.datetime(2019, 5, 5, 2), datetime.datetime(2019, 6, 9, 2)),
           (datetime.datetime(2020, 4, 19, 2), datetime.datetime(2020, 5, 31, 2)),
           (datetime.datetime(2021, 4, 11, 2), datetime.datetime(2021, 5, 16, 2)),
           (datetime.datetime(2022, 3, 27, 2), datetime.datetime(2022, 5, 8, 2)),
           (datetime.datetime(2023, 3, 19, 2), datetime.datetime(2023, 4, 23, 2)),
           (datetime.datetime(2024, 3, 10, 2), datetime.datetime(2024, 4, 14, 2)),
           (datetime.datetime(2025, 2, 23, 2), datetime.datetime(2025, 4, 6, 2))]
EN_FULL_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
                  'November', 'December']
EN_FULL_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def offset_hours(kind, utc):
    """The kind's offset (hours) at the UTC instant `utc`."""
    z = TZ[kind]
    if z != 'MA':
        return z
    naive = utc.astimezone(datetime.timezone.utc).replace(tzinfo=None)
    return 0 if any(a <= naive < b for a, b in MA_ZERO) else 1


def tz_of(hours):
    return datetime.timezone(datetime.timedelta(hours=hours))


def zone(kind, naive):
    """`naive` (a local wall-clock time) made aware in the kind's zone."""
    for off in (1, 0) if TZ[kind] == 'MA' else (TZ[kind],):
        t = naive.replace(tzinfo=tz_of(off))
        if offset_hours(kind, t) == off:
            return t
    return naive.replace(tzinfo=tz_of(1))


def in_zone(kind, t):
    """The instant `t` in the kind's zone."""
    return t.astimezone(tz_of(offset_hours(kind, t)))


def at(extra):
    """The page's local publication time."""
    return extra['at']


def moved(kind, pub, hour, minute):
    """The same local day at another clock time (for the pages whose UTC date is the day before)."""
    return zone(kind, pub.replace(tzinfo=None, hour=hour, minute=minute, second=0))


def later(kind, t, **delta):
    """A local time `delta` after `t`, in the kind's zone (Morocco's offset may change on the way)."""
    return in_zone(kind, t + datetime.timedelta(**delta))


def earlier(kind, t, **delta):
    return in_zone(kind, t - datetime.timedelta(**delta))


def ymd(t):
    return f'{t.year}-{t.month:02d}-{t.day:02d}'


def hm(t):
    return f'{t.hour:02d}:{t.minute:02d}'


def ar_date(t, months=GULF_MONTHS):
    return f'{t.day} {months[t.month - 1]} {t.year}'


def ma_date(t):
    """A date with the Moroccan month names ("12 مارس 2021", "3 غشت 2020")."""
    return ar_date(t, MAGHREB_MONTHS)


def fr_date(t):
    """"12 mars 2021" ("1er" for the first of the month)."""
    return f'{"1er" if t.day == 1 else t.day} {FRENCH_MONTHS[t.month - 1]} {t.year}'


def fr_clock(t):
    return f'{t.hour:02d}h{t.minute:02d}'


def epoch(t):
    return int(t.timestamp())


def lead_parts(p):
    """(credit, rest) for a lead that opens with a writer's credit cut off by slashes ("أنس العمري/// ...") or a
    place dateline ("الرباط- ..."), else ('', p)."""
    m = CREDIT_SLASHES.match(p)
    if m and len(p[m.end():].split()) >= 8:
        return p[:m.end()], p[m.end():]
    return split_dateline(p)


CREDIT_SLASHES = re.compile(r'^(.{2,40}?)\s*/{2,}\s*')


def lead_html(p, bold=False):
    """A paragraph's inner HTML, a lead's credit or dateline in <strong> where asked."""
    credit, rest = lead_parts(p)
    if credit and bold:
        return f'<strong>{esc(credit.strip())}</strong> {esc(rest)}'
    return esc(p)


def links(titles, href, cls=''):
    c = f' class="{cls}"' if cls else ''
    return ''.join(f'<li><a{c} href="{href}{i}">{esc(t)}</a></li>' for i, t in enumerate(titles))


# --- jekyll: a Casablanca data-journalism collective's blog on GitHub Pages (Jekyll, minima) ------------------
JK_SITE = 'كناش الداتا'
JK_HOST = 'https://kennash-data.github.io'
JK_ABOUT = 'جماعة ديال الصحافيين الشباب فكازا، كنقراو الأرقام اللي ورا الأخبار وكنشرحوها بالدارجة'
JK_NAV = ['على الكناش', 'الأرشيف', 'المعطيات المفتوحة', 'كتب معانا']
JK_AUTHORS = ['سكينة بنعلي', 'يونس الإدريسي', 'Hamza Elfassi', 'مريم أيت علي']
JK_ALSO = 'قرا حتى:'
JK_CHART_TITLE = 'مبيان تفاعلي'
JK_CHART = 'المبيان من إنجاز الكناش، والأرقام من مصادر رسمية منشورة'
JK_RELATED = 'تدوينات قريبة من هاد الموضوع'
JK_LATEST = 'جديد الكناش'
JK_PREV, JK_NEXT = 'التدوينة اللي قبل', 'التدوينة اللي من بعد'
JK_DISCUSS = 'دير رأيك'
JK_DISCUSS_NOTE = 'التعليقات كتمشي عبر حساب GitHub ديالك، وكنقراوها كاملة قبل ما نجاوبو'
JK_RSS = 'تبع الكناش بـ RSS'
JK_LICENSE = 'تقدر تعاود تنشر نصوصنا بشرط تذكر المصدر، والكود ديال الموقع مفتوح'


def jk_date(t, k):
    """The site's date_format (minima's "%b %-d, %Y" on pages 0 and 1)."""
    if k == 2:
        return f'{t.day} {EN_FULL_MONTHS[t.month - 1]} {t.year}'
    if k == 3:
        return dmy(t)
    return en_date(t)


def render_jekyll(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, latest = others[:4], others[4:8]
    prev_next = extra['more'][:2]
    kind = 'jekyll'
    pub = at(extra)
    author = JK_AUTHORS[k]
    mod = pub
    if k == 1:  # minima shows page.modified_date after a "~"; jekyll-seo-tag's dateModified follows it
        mod = later(kind, pub, days=2, hours=3, minutes=25)
    elif k == 3:  # last_modified_at in the front matter: only jekyll-seo-tag's dateModified shows it
        mod = later(kind, pub, hours=20, minutes=50)
    upd_day = mod.date() if mod != pub else None
    path = f'/{pub.year}/{pub.month:02d}/{pub.day:02d}/{slug}.html'
    url = JK_HOST + path
    shown = jk_date(pub, k)
    body = []
    for i, p in enumerate(paras):
        body.append(f'<p>{lead_html(p, bold=True) if i == 0 else esc(p)}</p>')
        if i == 1:
            body.append(f'<figure class="chart"><iframe title="{JK_CHART_TITLE}" aria-label="{JK_CHART_TITLE}" src="https://datawrapper.example/_/k{k}Qz/1/" scrolling="no" frameborder="0" style="width: 0; min-width: 100% !important; border: none;" height="420" data-external="1"></iframe>'
                        f'<figcaption>{JK_CHART}</figcaption></figure>')
        if i == 1 and k % 2 == 0:
            also_day = earlier(kind, pub, days=12 + 5 * k)
            body.append(f'<blockquote>\n<p><strong>{JK_ALSO}</strong> <a href="/{also_day.year}/{also_day.month:02d}/{also_day.day:02d}/also-{k}.html">{esc(extra["also"])}</a></p>\n</blockquote>')
    rel_days = [earlier(kind, pub, days=9 + 11 * i) for i in range(len(rel))]
    latest_days = [later(kind, pub, days=3 + 4 * i) for i in range(len(latest))]

    def post_list(items, days, base):
        return ''.join(f'<li><span class="post-meta">{en_date(d)}</span>\n<h3><a class="post-link" href="/{d.year}/{d.month:02d}/{d.day:02d}/{base}-{i}.html">{esc(t)}</a></h3></li>'
                       for i, (t, d) in enumerate(zip(items, days)))
    modified = ''
    if k == 1:
        modified = f' ~ <time class="dt-modified" datetime="{iso_local(mod)}" itemprop="dateModified">{jk_date(mod, k)}</time>'
    ld = {'@context': 'https://schema.org', '@type': 'BlogPosting', 'author': {'@type': 'Person', 'name': author},
          'dateModified': iso_local(mod), 'datePublished': iso_local(pub), 'description': opening_words(lead_parts(paras[0])[1], 24),
          'headline': title, 'mainEntityOfPage': {'@type': 'WebPage', '@id': url}, 'url': url,
          'publisher': {'@type': 'Organization', 'logo': {'@type': 'ImageObject', 'url': f'{JK_HOST}/assets/logo.png'}, 'name': JK_SITE}}
    nav = '\n'.join(f'<a class="page-link" href="/{i}/">{t}</a>' for i, t in enumerate(JK_NAV))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl"><head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="viewport" content="width=device-width, initial-scale=1"><!-- Begin Jekyll SEO tag v2.8.0 -->
<title>{esc(title)} | {JK_SITE}</title>
<meta name="generator" content="Jekyll v4.3.2" />
<meta property="og:title" content="{esc(title)}" />
<meta name="author" content="{author}" />
<meta property="og:locale" content="ar_MA" />
<meta name="description" content="{esc(opening_words(lead_parts(paras[0])[1], 24))}" />
<link rel="canonical" href="{url}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="{JK_SITE}" />
<meta property="og:type" content="article" />
<meta property="article:published_time" content="{iso_local(pub)}" />
<meta name="twitter:card" content="summary" />
<meta property="twitter:title" content="{esc(title)}" />
<script type="application/ld+json">
{json.dumps(ld, ensure_ascii=False, separators=(',', ':'))}</script>
<!-- End Jekyll SEO tag -->
<link rel="stylesheet" href="/assets/main.css"><link type="application/atom+xml" rel="alternate" href="{JK_HOST}/feed.xml" title="{JK_SITE}" /></head>
<body><header class="site-header" role="banner">

  <div class="wrapper"><a class="site-title" rel="author" href="/">{JK_SITE}</a><nav class="site-nav">
        <input type="checkbox" id="nav-trigger" class="nav-trigger" />
        <label for="nav-trigger">
          <span class="menu-icon">
            <svg viewBox="0 0 18 15" width="18px" height="15px">
              <path d="M18,1.484c0,0.82-0.665,1.484-1.484,1.484H1.484C0.665,2.969,0,2.304,0,1.484l0,0C0,0.665,0.665,0,1.484,0 h15.032C17.335,0,18,0.665,18,1.484L18,1.484z"/>
            </svg>
          </span>
        </label>

        <div class="trigger">{nav}</div>
      </nav></div>
</header>
<main class="page-content" aria-label="Content">
      <div class="wrapper">
        <article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">

  <header class="post-header">
    <h1 class="post-title p-name" itemprop="name headline">{esc(title)}</h1>
    <p class="post-meta">
      <time class="dt-published" datetime="{iso_local(pub)}" itemprop="datePublished">{shown}
      </time>{modified} • <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="p-author h-card" itemprop="name">{author}</span></span></p>
  </header>

  <div class="post-content e-content" itemprop="articleBody">
    {''.join(body)}
  </div>

  <aside class="related-posts"><h2>{JK_RELATED}</h2>
  <ul class="post-list">{post_list(rel, rel_days, 'rel')}</ul></aside>

  <nav class="post-nav"><a class="prev" href="/p/{k}a.html"><span class="post-nav-label">{JK_PREV}</span> {esc(prev_next[0])}</a>
  <a class="next" href="/p/{k}b.html"><span class="post-nav-label">{JK_NEXT}</span> {esc(prev_next[1])}</a></nav>

  <section class="comments"><h2>{JK_DISCUSS}</h2><p class="comments-note">{JK_DISCUSS_NOTE}</p>
  <script src="https://utteranc.es/client.js" repo="kennash-data/kennash-data.github.io" issue-term="pathname" label="تعليق" theme="github-light" crossorigin="anonymous" async></script></section>

  <a class="u-url" href="{path}" hidden></a>
</article>

<section class="latest-posts"><h2 class="post-list-heading">{JK_LATEST}</h2>
<ul class="post-list">{post_list(latest, latest_days, 'new')}</ul></section>
      </div>
    </main><footer class="site-footer h-card">
  <data class="u-url" href="/"></data>

  <div class="wrapper">

    <h2 class="footer-heading">{JK_SITE}</h2>

    <div class="footer-col-wrapper">
      <div class="footer-col footer-col-1">
        <ul class="contact-list">
          <li class="p-name">{JK_SITE}</li><li><a class="u-email" href="mailto:kennash.data@example.org">kennash.data@example.org</a></li></ul>
      </div>

      <div class="footer-col footer-col-2"><ul class="social-media-list"><li><a href="https://github.com/kennash-data"><svg class="svg-icon"><use xlink:href="/assets/minima-social-icons.svg#github"></use></svg> <span class="username">kennash-data</span></a></li><li><a href="/feed.xml">{JK_RSS}</a></li></ul>
</div>

      <div class="footer-col footer-col-3">
        <p>{JK_ABOUT}</p>
        <p class="license">{JK_LICENSE}</p>
      </div>
    </div>

  </div>

</footer>
</body>

</html>
'''
    without = [JK_NAV[0], JK_NAV[2], shown, author, JK_CHART, JK_RELATED, JK_LATEST, JK_PREV, JK_NEXT, JK_DISCUSS,
               JK_DISCUSS_NOTE, JK_ABOUT, JK_LICENSE] + latest + prev_next + rel[:2]
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- tumblr: a Casablanca street-news blog on Tumblr with a custom theme --------------------------------------------
TB_NAME = 'zanqa-casa'
TB_HOST = 'https://zanqa-casa.tumblr.example'
TB_TITLE = 'زنقة كازا'
TB_ABOUT = 'أخبار الدرب والمدينة كيف كتوصلنا، بالدارجة وبلا تزواق'
TB_LINKS = ['سولنا على أي حاجة', 'صيفط لينا خبر', 'Archive']
TB_SOURCE = 'Source:'
TB_NOTES = 'notes'
TB_REBLOG, TB_LIKE = 'Reblog', 'Like'
TB_NOTE_USERS = ['casa-vibes', 'nour-rbt', 'derb-ghallef', 'tangerine-mood', 'hay-mohammadi-kid']
TB_REPLY = 'والله حتى شفتها فالفيسبوك البارح، شكرا على التوضيح ديالكم'
TB_EDIT = {1: 'تحديث {date}: صححنا سمية واحد المسؤول اللي كانت مكتوبة غالطة فالنسخة الأولى',
           3: 'EDIT {date}: زدنا رابط المصدر وصححنا غلطة فالعنوان'}
TB_ALSO = 'شوف حتى:'
TB_RELATED = 'بوستات عندها علاقة بهادي'
TB_MORE_LIKE = 'More you might like'
TB_LATEST = 'آخر البوستات فالبلوگ'
TB_OLDER, TB_NEWER = '← بوست أقدم', 'بوست أحدث →'
TB_TAG_WORDS = ['كازا', 'دارجة', 'أخبار المغرب', 'الدرب']
TB_FOOTER = 'Theme: Derb by zanqa-casa · Powered by Tumblr'


def tb_ordinal(n):
    return f'{n}{"th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")}'


def tb_clock(t):
    """Tumblr's {12Hour}:{Minutes}{AmPm}."""
    return f'{t.hour % 12 or 12}:{t.minute:02d}{"am" if t.hour < 12 else "pm"}'


def render_tumblr(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, latest, more_like = others[:4], others[4:8], others[8:11]
    kind = 'tumblr'
    pub = at(extra)
    post_id = 612480339170033664 + 7919315 * k * (k + 3)
    url = f'{TB_HOST}/post/{post_id}/{slug}'
    notes = 41 + 23 * k
    # The theme's date: {DayOfWeek}, {Month} {DayOfMonthWithSuffix}, {Year}; {DayOfMonthWithZero}/{MonthNumberWithZero}/{Year};
    # {ShortDayOfWeek} {DayOfMonth} {ShortMonth} {Year} · the clock; {TimeAgo} (page 3).
    if k == 0:
        shown = f'{EN_FULL_DAYS[pub.weekday()]}, {EN_FULL_MONTHS[pub.month - 1]} {tb_ordinal(pub.day)}, {pub.year}'
    elif k == 1:
        shown = dmy(pub)
    elif k == 2:
        shown = f'{EN_FULL_DAYS[pub.weekday()][:3]} {pub.day} {EN_FULL_MONTHS[pub.month - 1][:3]} {pub.year} · {tb_clock(pub)}'
    else:
        shown = f'{2 + pub.day % 3} years ago'
    note, upd_day = '', None
    if k in TB_EDIT:
        edit = later(kind, pub, days=2, hours=1) if k == 1 else later(kind, pub, days=1, hours=6, minutes=30)
        upd_day = edit.date()
        note = TB_EDIT[k].format(date=dmy(edit))
    body = []
    for i, p in enumerate(paras):
        body.append(f'<p>{esc(p)}</p>')
        if i == 1 and k % 2 == 0:
            body.append(f'<p><b>{TB_ALSO}</b> <a href="{TB_HOST}/post/{post_id - 88 - k}/also">{esc(extra["also"])}</a></p>')
    if note:
        body.append(f'<p><i>{esc(note)}</i></p>')
    tags = outside(TB_TAG_WORDS, paras)
    tag_html = ''.join(f'<a class="tag" href="{TB_HOST}/tagged/{i}">#{t}</a> ' for i, t in enumerate(tags))
    utc = pub.astimezone(datetime.timezone.utc)
    post_json = {'id': str(post_id), 'post_url': url, 'slug': slug, 'type': 'text', 'timestamp': epoch(pub),
                 'date': utc.strftime('%Y-%m-%d %H:%M:%S GMT'), 'format': 'html', 'reblog_key': f'Zq{k}r8Lk', 'tags': tags,
                 'note_count': notes, 'title': title, 'source_url': f'https://www.goud.example/{slug}/', 'source_title': 'goud.ma'}
    note_rows = [f'<li class="note reblog"><a class="avatar_frame" href="https://{TB_NOTE_USERS[0]}.tumblr.example/" title="{TB_NOTE_USERS[0]}"><img src="https://64.media.tumblr.example/avatar_1_16.png" class="avatar" alt=""></a><span class="action"><a href="https://{TB_NOTE_USERS[0]}.tumblr.example/" class="tumblelog">{TB_NOTE_USERS[0]}</a> reblogged this from <a href="{TB_HOST}/" class="source_tumblelog">{TB_NAME}</a></span></li>',
                 f'<li class="note like"><span class="action"><a href="https://{TB_NOTE_USERS[1]}.tumblr.example/" class="tumblelog">{TB_NOTE_USERS[1]}</a> liked this</span></li>',
                 f'<li class="note reply"><span class="action"><a href="https://{TB_NOTE_USERS[2]}.tumblr.example/" class="tumblelog">{TB_NOTE_USERS[2]}</a> said: <span class="answer_content">{TB_REPLY}</span></span></li>',
                 f'<li class="note like"><span class="action"><a href="https://{TB_NOTE_USERS[3]}.tumblr.example/" class="tumblelog">{TB_NOTE_USERS[3]}</a> liked this</span></li>',
                 f'<li class="note original_post"><span class="action"><a href="{TB_HOST}/" class="tumblelog">{TB_NAME}</a> posted this</span></li>']
    rel_html = ''.join(f'<li><a href="{TB_HOST}/post/{post_id - 1000 * (i + 1)}/rel">{esc(t)}</a></li>' for i, t in enumerate(rel))
    latest_html = ''.join(f'<li><a href="{TB_HOST}/post/{post_id + 1000 * (i + 1)}/new">{esc(t)}</a></li>' for i, t in enumerate(latest))
    more_html = ''.join(f'<div class="recommended-post"><a href="https://blog{i}.tumblr.example/post/{880 + i}"><div class="rec-blog">blog-{i + 1}</div><div class="rec-title">{esc(t)}</div></a></div>' for i, t in enumerate(more_like))
    related = f'<section class="related-posts"><h3>{TB_RELATED}</h3><ul>{rel_html}</ul></section>'
    recommended = f'<section class="more-you-might-like"><h3>{TB_MORE_LIKE}</h3>{more_html}</section>' if k % 2 == 1 else ''
    menu = ''.join(f'<li><a href="{TB_HOST}/{i}">{t}</a></li>' for i, t in enumerate(TB_LINKS))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head><script type="text/javascript" language="javascript" src="https://assets.tumblr.example/assets/scripts/pre_tumblelog.js?_v=38b5e9d1e4c2"></script>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{TB_TITLE} — {esc(title)}</title>
<meta name="description" content="{esc(opening_words(paras[0], 22))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="shortcut icon" href="https://64.media.tumblr.example/avatar_3f1b2c_128.pnj">
<link rel="alternate" type="application/rss+xml" href="{TB_HOST}/rss">
<meta name="twitter:card" content="summary"><meta name="twitter:title" content="{esc(title)}">
<meta property="og:type" content="tumblr-feed:entry"><meta property="og:url" content="{url}"><meta property="og:title" content="{esc(title)}"><meta property="og:site_name" content="{TB_NAME}">
<meta property="al:android:url" content="tumblr://x-callback-url/blog?blogName={TB_NAME}&amp;postID={post_id}">
<meta property="al:ios:url" content="tumblr://x-callback-url/blog?blogName={TB_NAME}&amp;postID={post_id}">
<link rel="canonical" href="{url}">
<style type="text/css">body{{background:#f4efe6;font-family:"Noto Naskh Arabic",serif}}#sidebar{{float:right;width:260px}}#posts{{margin-right:290px}}</style>
<script>window.zqPost = {json.dumps(post_json, ensure_ascii=False)};</script>
</head>
<body class="permalink-page">
<iframe id="tumblr_controls" class="tmblr-iframe tmblr-iframe--desktop-loggedout-controls iframe-controls--desktop" src="https://www.tumblr.example/dashboard/iframe?tumblelogName={TB_NAME}&amp;pid={post_id}&amp;src={url}" scrolling="no" width="1" height="1" frameborder="0" title="Tumblr" style="background-color:transparent; overflow:hidden; position:absolute; top:0; right:0; z-index:2147483647;" allowtransparency="true"></iframe>
<div id="container">
  <div id="sidebar">
    <a href="{TB_HOST}/" class="blog-avatar"><img src="https://64.media.tumblr.example/avatar_3f1b2c_128.pnj" alt=""></a>
    <h2 class="blog-title"><a href="{TB_HOST}/">{TB_TITLE}</a></h2>
    <div class="blog-description">{TB_ABOUT}</div>
    <ul class="blog-links">{menu}</ul>
    <div class="sidebar-box"><h3>{TB_LATEST}</h3><ul>{latest_html}</ul></div>
  </div>
  <div id="posts">
    <article class="post text" id="post-{post_id}">
      <h1 class="post-title"><a href="{url}">{esc(title)}</a></h1>
      <div class="post-body">{''.join(body)}</div>
      <footer class="post-meta">
        <a class="date" href="{url}">{shown}</a>
        <a class="notecount" href="{url}#notes">{notes} {TB_NOTES}</a>
        <div class="source">{TB_SOURCE} <a href="https://www.goud.example/{slug}/">goud.ma</a></div>
        <div class="tags">{tag_html}</div>
        <div class="post-controls"><a class="reblog" href="https://www.tumblr.example/reblog/{post_id}/Zq{k}r8Lk">{TB_REBLOG}</a> <a class="like" href="#">{TB_LIKE}</a></div>
      </footer>
      <ol class="notes" id="notes">{''.join(note_rows)}</ol>
    </article>
    {related}
    {recommended}
    <nav class="pagination"><a class="older" href="{TB_HOST}/post/{post_id - 5}">{TB_OLDER}</a> <a class="newer" href="{TB_HOST}/post/{post_id + 5}">{TB_NEWER}</a></nav>
  </div>
  <footer id="footer"><p>{TB_FOOTER}</p></footer>
</div>
<script type="text/javascript" src="https://assets.tumblr.example/assets/scripts/tumblelog_post_message_queue.js?_v=2f6e1c"></script>
<script type="text/javascript">!function(s){{s.src="https://px.srvcs.tumblr.example/impixu?T="+(new Date).getTime()+"&J=1&U=ALNQEJNLKC&K=5e3f&R="+encodeURIComponent(document.referrer).substr(0,200).replace(/[-.!~*'()]/g,"");}}(new Image);</script>
</body>
</html>
'''
    without = [TB_ABOUT, TB_LINKS[0], TB_LINKS[1], shown, f'{notes} {TB_NOTES}', TB_REPLY, TB_RELATED, TB_LATEST, TB_OLDER,
               TB_NEWER, TB_FOOTER] + latest + rel[:2] + ([TB_MORE_LIKE] + more_like if recommended else []) + ([note] if note else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- moodle: a Moroccan journalism institute's Moodle (3.x, Boost), a news forum's discussion ------------------------
MD_SITE = 'منصة التكوين عن بعد - المعهد العالي للإعلام والصحافة'
MD_SHORT = 'منصة المعهد'
MD_HOST = 'https://elearning.isjm.example'
MD_FORUM = 'قصاصات الأسبوع'
MD_SKIP = 'القفز إلى لب الصفحة'
MD_NAV = ['الصفحة الرئيسية', 'التقويم', 'مقرراتي', 'الدعم التقني']
MD_LANGS = ['العربية \u200e(ar)\u200e', 'Français \u200e(fr)\u200e']
MD_GUEST = 'أنت تتصفح المنصة كزائر.'
MD_LOGIN = 'ولوج'
MD_DISPLAY = ['عرض الردود متداخلة', 'عرض الردود مسطحة، الأقدم أولا', 'عرض الردود مسطحة، الأحدث أولا']
MD_PREV, MD_NEXT = 'المناقشة السابقة', 'المناقشة الموالية'
MD_BY = 'بواسطة'
MD_POSTERS = ['ذ. رشيد العلوي', 'خلية التواصل', 'ذة. نادية بنسعيد', 'خلية التواصل']
MD_EDITOR = 'مصلحة الإعلاميات'
MD_EDITED = '(عدّل {name} هذه المشاركة - نُشرت أول مرة يوم {date})'
MD_PERMALINK = 'رابط ثابت'
MD_REPLY_RE = 'رد:'
MD_REPLIES = [('ياسمين الحداوي', 'شكرا أستاذ، واش نقدرو نعتمدو هاد الخبر فتمرين التحرير ديال هاد الأسبوع؟'),
              ('Omar Benkirane', 'كنقترح نخصصو ليه حصة نقاش فالورشة الجاية، فيه زوايا كثيرة للمعالجة')]
MD_ALSO = 'شوفو حتى:'
MD_LATEST = 'آخر القصاصات المنشورة'
MD_OLDER = 'قصاصات أقدم...'
MD_EVENTS = 'مواعيد المعهد المقبلة'
MD_EVENT_NAMES = ['آخر أجل لإيداع مشاريع التخرج', 'ندوة حول أخلاقيات التحرير الرقمي', 'انطلاق امتحانات الدورة الربيعية']
MD_CALENDAR = 'فتح اليومية...'
MD_RELATED = 'قصاصات تتقاطع مع هذا الموضوع'
MD_HELP = 'محتاج مساعدة؟ راسل فريق الدعم التقني للمنصة'
MD_FOOT_GUEST = 'لم تقم بالولوج بعد.'
MD_DATA = 'ملخص سياسة الاحتفاظ بالمعطيات'
MD_APP = 'نزّل تطبيق المنصة على هاتفك'


def md_date(t):
    """Moodle's strftimedaydatetime in Arabic, with the day's and the hour's leading zero removed."""
    return f'{DAYS[t.weekday()]}، {t.day} {GULF_MONTHS[t.month - 1]} {t.year}، {clock12(t, pad=False)}'


def md_post(pid, subject, name, uid, when, content, first, actions):
    cls = 'forumpost clearfix firstpost starter' if first else 'forumpost clearfix lastpost'
    return (f'<div id="p{pid}" class="{cls}" role="region" aria-label="{esc(subject)} {MD_BY} {esc(name)}">'
            f'<div class="row header clearfix"><div class="left picture"><a href="{MD_HOST}/user/view.php?id={uid}&amp;course=1"><img src="{MD_HOST}/theme/image.php/boost/core/1612188003/u/f2" class="userpicture defaultuserpic" width="35" height="35" alt="" /></a></div>'
            f'<div class="topic{" firstpost starter" if first else ""}"><div class="subject" role="heading" aria-level="2">{esc(subject)}</div>'
            f'<div class="author" role="heading" aria-level="2">{MD_BY} <a href="{MD_HOST}/user/view.php?id={uid}&amp;course=1">{esc(name)}</a> - {md_date(when)}</div></div></div>'
            f'<div class="row maincontent clearfix"><div class="left"><div class="grouppictures">&nbsp;</div></div><div class="no-overflow"><div class="content"><div class="posting fullpost">{content}</div></div></div></div>'
            f'<div class="row side"><div class="left">&nbsp;</div><div class="options clearfix"><div class="commands">{actions}</div></div></div></div>')


def render_moodle(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, latest = others[:3], others[3:7]
    prev_next = extra['more'][:2]
    kind = 'moodle'
    pub = at(extra)
    d = 8140 + 31 * k
    pid = 21877 + 97 * k
    poster = MD_POSTERS[k]
    mod, upd_day = pub, None
    if k == 1:
        mod = later(kind, pub, days=1, hours=2, minutes=10)
    elif k == 3:
        mod = later(kind, pub, days=3, hours=5, minutes=45)
    # The discussion's byline shows the post's time of modification; an edit by another user adds the original date.
    edited = ''
    if mod != pub:
        upd_day = mod.date()
        edited = MD_EDITED.format(name=MD_EDITOR, date=md_date(pub))
    body = []
    for i, p in enumerate(paras):
        body.append(f'<p dir="rtl" style="text-align: right;">{esc(p)}</p>')
        if i == 1 and k % 2 == 0:
            body.append(f'<p dir="rtl" style="text-align: right;">{MD_ALSO} <a href="{MD_HOST}/mod/forum/discuss.php?d={d - 9}">{esc(extra["also"])}</a></p>')
    if edited:
        body.append(f'<p class="edited-note"><em>{edited}</em></p>')
    first = md_post(pid, title, poster, 3 + k, mod, ''.join(body), True,
                    f'<a href="{MD_HOST}/mod/forum/discuss.php?d={d}#p{pid}" title="{MD_PERMALINK}">{MD_PERMALINK}</a>')
    replies = ''.join(
        '<div class="indent">' + md_post(pid + 1 + i, f'{MD_REPLY_RE} {title}', n, 200 + i, later(kind, mod, hours=5 + 19 * i, minutes=12),
                                         f'<p>{esc(c)}</p>', False,
                                         f'<a href="{MD_HOST}/mod/forum/discuss.php?d={d}#p{pid + 1 + i}">{MD_PERMALINK}</a>') + '</div>'
        for i, (n, c) in enumerate(MD_REPLIES))
    latest_days = [later(kind, mod, days=2 + 3 * i, hours=i) for i in range(len(latest))]
    event_days = [later(kind, mod, days=9 + 6 * i) for i in range(len(MD_EVENT_NAMES))]
    latest_html = ''.join(f'<li class="post"><div class="head clearfix"><div class="date">{md_date(t)}</div><div class="name">{MD_POSTERS[(i + 1) % 4]}</div></div>'
                          f'<div class="info"><a href="{MD_HOST}/mod/forum/discuss.php?d={d + 3 + i}">{esc(h)}</a></div></li>' for i, (h, t) in enumerate(zip(latest, latest_days)))
    events_html = ''.join(f'<div class="event"><span><img class="icon" alt="" src="{MD_HOST}/theme/image.php/boost/core/1612188003/i/siteevent" /></span> '
                          f'<a href="{MD_HOST}/calendar/view.php?view=day&amp;time={epoch(t)}#event_{40 + i}">{n}</a>'
                          f'<div class="date">{ar_date(t)}، {clock12(t, pad=False)}</div></div>' for i, (n, t) in enumerate(zip(MD_EVENT_NAMES, event_days)))
    rel_html = ''.join(f'<li><a href="{MD_HOST}/mod/forum/discuss.php?d={d - 40 - 7 * i}">{esc(h)}</a></li>' for i, h in enumerate(rel))
    nav = ''.join(f'<a class="list-group-item list-group-item-action" href="{MD_HOST}/{i}"><div class="ml-{i}"><div class="media"><span class="media-body">{t}</span></div></div></a>' for i, t in enumerate(MD_NAV))
    options = ''.join(f'<option value="{i}"{" selected" if i == 0 else ""}>{t}</option>' for i, t in enumerate(MD_DISPLAY))
    cfg = {'wwwroot': MD_HOST, 'sesskey': f'Xq{k}9LmT2pa', 'themerev': '1612188003', 'slasharguments': 1, 'theme': 'boost',
           'iconsystemmodule': 'core/icon_system_fontawesome', 'jsrev': '1612188003', 'admin': 'admin', 'svgicons': True,
           'usertimezone': 'أفريقيا/الدار البيضاء', 'contextid': 1290 + k, 'langrev': 1612188003, 'templaterev': '1612188003'}
    page = f'''<!DOCTYPE html>

<html  dir="rtl" lang="ar" xml:lang="ar">
<head>
    <title>{MD_SHORT}: {MD_FORUM}: {esc(title)}</title>
    <link rel="shortcut icon" href="{MD_HOST}/theme/image.php/boost/theme/1612188003/favicon" />
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="keywords" content="moodle, {MD_SHORT}: {MD_FORUM}: {esc(title)}" />
<link rel="stylesheet" type="text/css" href="{MD_HOST}/theme/yui_combo.php?rollup/3.17.2/yui-moodlesimple-min.css" /><script id="firstthemesheet" type="text/css">/** Required in order to fix style inclusion problems in IE with YUI **/</script><link rel="stylesheet" type="text/css" href="{MD_HOST}/theme/styles.php/boost/1612188003_1/all-rtl" />
<script>
//<![CDATA[
var M = {{}}; M.yui = {{}};
M.pageloadstarttime = new Date();
M.cfg = {json.dumps(cfg, ensure_ascii=True).replace('/', chr(92) + '/')};var yui1ConfigFn = function(me) {{if(/-skin|reset|fonts|grids|base/.test(me.name)){{me.type='css';me.path=me.path.replace(/\\.js/,'.css');me.path=me.path.replace(/\\/yui2-skin/,'/assets/skins/sam/yui2-skin')}}}};
//]]>
</script>

    <meta name="viewport" content="width=device-width, initial-scale=1.0">
</head>
<body  id="page-mod-forum-discuss" class="format-site  path-mod path-mod-forum chrome dir-rtl lang-ar yui-skin-sam yui3-skin-sam elearning-isjm-example pagelayout-incourse course-1 context-{1290 + k} cmid-2 notloggedin ">

<div id="page-wrapper">

    <div>
    <a class="sr-only sr-only-focusable" href="#maincontent">{MD_SKIP}</a>
</div>

    <nav class="fixed-top navbar navbar-light bg-white navbar-expand moodle-has-zindex" aria-label="التصفح في الموقع">

            <div data-region="drawer-toggle" class="d-inline-block mr-3">
                <button aria-expanded="false" aria-controls="nav-drawer" type="button" class="btn nav-link float-sm-left mr-1 btn-light bg-gray" data-action="toggle-drawer" data-side="left" data-preference="drawer-open-nav"><i class="icon fa fa-bars fa-fw " aria-hidden="true"  ></i></button>
            </div>

            <a href="{MD_HOST}" class="navbar-brand 
                    d-none d-sm-inline
                    ">
                <span class="site-name d-none d-md-inline">{MD_SHORT}</span>
            </a>

            <ul class="navbar-nav d-none d-md-flex">
                <!-- custom_menu -->
                <li class="dropdown nav-item">
    <a class="dropdown-toggle nav-link" id="drop-down-{k}" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false" href="#" title="اللغة">{MD_LANGS[0]}</a>
    <div class="dropdown-menu" aria-labelledby="drop-down-{k}">
                <a class="dropdown-item" href="{MD_HOST}/mod/forum/discuss.php?d={d}&amp;lang=fr" title="{MD_LANGS[1]}">{MD_LANGS[1]}</a>
    </div>
</li>
            </ul>
            <ul class="nav navbar-nav ml-auto">
                <li class="d-none d-lg-block">
                </li>
            </ul>
            <div id="usernavigation" class="navbar-nav ml-auto"><div class="d-flex align-items-stretch usermenu-container" data-region="usermenu"><div class="usermenu"><span class="login">{MD_GUEST} (<a href="{MD_HOST}/login/index.php">{MD_LOGIN}</a>)</span></div></div></div>
    </nav>

<div id="page" class="container-fluid">
    <header id="page-header" class="row">
    <div class="col-12 pt-3 pb-3">
        <div class="card ">
            <div class="card-body ">
                <div class="d-flex align-items-center">
                    <div class="mr-auto">
                    <div class="page-context-header"><div class="page-header-headings"><h1>{esc(title)}</h1></div></div>
                    </div>
                </div>
                <div class="d-flex flex-wrap">
                    <div id="page-navbar">
                        <nav role="navigation" aria-label="شريط التصفح">
    <ol class="breadcrumb">
                <li class="breadcrumb-item">
                    <a href="{MD_HOST}/mod/forum/view.php?id=2" >{MD_FORUM}</a>
                </li>
    </ol>
</nav>
                    </div>
                </div>
            </div>
        </div>
    </div>
</header>

    <div id="page-content" class="row  blocks-pre  ">
        <div id="region-main-box" class="col-12">
            <section id="region-main" class="has-blocks mb-3" aria-label="المحتوى">

                <span class="notifications" id="user-notifications"></span>
                <div role="main"><span id="maincontent"></span><div class="discussioncontrols clearfix"><div class="controlscontainer m-b-1"><div class="discussioncontrol displaymode"><div class="singleselect d-inline-block">
    <form method="get" action="{MD_HOST}/mod/forum/discuss.php" class="form-inline" id="mode">
            <input type="hidden" name="d" value="{d}">
            <label for="single_select{k}" class="accesshide">وضع العرض</label>
        <select  id="single_select{k}" class="custom-select singleselect" name="mode">{options}</select>
    </form>
</div></div></div></div>
<div class="discussion-nav clearfix"><ul><li class="prev-discussion"><a aria-label="{MD_PREV}: {esc(prev_next[0])}" class="btn btn-link" href="{MD_HOST}/mod/forum/discuss.php?d={d - 1}">◄&nbsp;{esc(prev_next[0])}</a></li><li class="next-discussion"><a aria-label="{MD_NEXT}: {esc(prev_next[1])}" class="btn btn-link" href="{MD_HOST}/mod/forum/discuss.php?d={d + 1}">{esc(prev_next[1])}&nbsp;►</a></li></ul></div>
<a id="p{pid}"></a>{first}{replies}
<div class="discussion-nav clearfix"><ul><li class="prev-discussion"><a aria-label="{MD_PREV}" class="btn btn-link" href="{MD_HOST}/mod/forum/discuss.php?d={d - 1}">◄&nbsp;{MD_PREV}</a></li><li class="next-discussion"><a aria-label="{MD_NEXT}" class="btn btn-link" href="{MD_HOST}/mod/forum/discuss.php?d={d + 1}">{MD_NEXT}&nbsp;►</a></li></ul></div></div>

            </section>
            <section data-region="blocks-column" class="d-print-none" aria-label="الكتل">
                <aside id="block-region-side-pre" class="block-region" data-blockregion="side-pre" data-droptarget="1">
<section id="inst{31 + k}" class="block_html block mb-3" role="complementary" data-block="html">
    <div class="card-body p-3"><h5 id="instance-{31 + k}-header" class="card-title d-inline">{MD_RELATED}</h5>
        <div class="card-text content mt-3"><div class="no-overflow"><ul>{rel_html}</ul></div></div></div>
</section>
<section id="inst4" class="block_news_items block mb-3" role="complementary" data-block="news_items">
    <div class="card-body p-3"><h5 id="instance-4-header" class="card-title d-inline">{MD_LATEST}</h5>
        <div class="card-text content mt-3"><ul class="unlist">{latest_html}</ul><div class="footer"><a href="{MD_HOST}/mod/forum/view.php?f=1">{MD_OLDER}</a></div></div></div>
</section>
<section id="inst5" class="block_calendar_upcoming block mb-3" role="complementary" data-block="calendar_upcoming">
    <div class="card-body p-3"><h5 id="instance-5-header" class="card-title d-inline">{MD_EVENTS}</h5>
        <div class="card-text content mt-3">{events_html}<div class="footer"><div class="gotocal"><a href="{MD_HOST}/calendar/view.php?view=upcoming&amp;course=1">{MD_CALENDAR}</a></div></div></div></div>
</section>
                </aside>
            </section>
        </div>
    </div>
</div>
<div id="nav-drawer" data-region="drawer" class="d-print-none moodle-has-zindex closed" aria-hidden="true" tabindex="-1">
    <nav class="list-group" aria-label="الموقع">{nav}</nav>
</div>
<footer id="page-footer" class="py-3 bg-dark text-light">
    <div class="container">
        <div id="course-footer"></div>
        <p class="helplink">{MD_HELP}</p>
        <div class="logininfo">{MD_FOOT_GUEST} (<a href="{MD_HOST}/login/index.php">{MD_LOGIN}</a>)</div>
        <div class="tool_dataprivacy"><a href="{MD_HOST}/admin/tool/dataprivacy/summary.php">{MD_DATA}</a></div><a href="https://download.moodle.example/mobile?version=2020061507&amp;lang=ar&amp;iosappid=633359593&amp;androidappid=com.moodle.moodlemobile">{MD_APP}</a>
        <div class="sitelink"><a title="Moodle" href="http://moodle.example/"><img src="{MD_HOST}/theme/image.php/boost/core/1612188003/moodlelogo_grayhat" alt="Moodle logo" /></a></div>
    </div>
</footer>
</div>
<script>
//<![CDATA[
M.str = {{"moodle":{{"lastmodified":"آخر تعديل","name":"الاسم","error":"خطأ","info":"معلومات","yes":"نعم","no":"لا","cancel":"إلغاء","confirm":"تأكيد"}},"repository":{{"type":"النوع","size":"الحجم"}}}};
//]]>
</script>
</body>
</html>
'''
    without = [MD_SKIP, MD_GUEST, MD_RELATED, MD_LATEST, MD_OLDER, MD_EVENTS, MD_CALENDAR, MD_HELP, MD_FOOT_GUEST, MD_DATA,
               MD_APP, md_date(mod), MD_PERMALINK, MD_PREV, MD_NEXT] + [c for _, c in MD_REPLIES] + MD_EVENT_NAMES + latest + \
        prev_next + rel[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- gatsby: a Darija youth news site built with Gatsby 5 on a headless CMS (Contentful) ------------------------------
GB_SITE = 'نقرة'
GB_HOST = 'https://www.naqra.example'
GB_NAV = ['الرئيسية', 'مجتمع', 'سياسة', 'رياضة', 'فن وشوبيز', 'فيديو', 'جهات']
GB_CATS = ['مجتمع', 'سياسة', 'فن وشوبيز', 'جهات']
GB_SKIP = 'دوز نيشان للمقال'
GB_BY = 'كتبها'
GB_WRITERS = ['زكرياء المودن', 'سلمى الشرقاوي', 'فريق نقرة', 'أيوب الحيحي']
GB_READ = '{n} دقايق ديال القراية'
GB_UPDATED = 'تحدّث نهار'
GB_CAPTION = 'التصويرة من أرشيف نقرة'
GB_ALSO = 'شوف حتى'
GB_SHARE = 'بارطاجي المقال'
GB_COPY_LINK = 'نسخ الرابط'
GB_RELATED = 'مواضيع مرتبطة'
GB_MOST = 'الأكثر قراية'
GB_LATEST = 'جديد نقرة'
GB_TREND = 'اللي كيدور دابا'
GB_NEWSLETTER = 'بغيتي توصلك الأخبار فالإيميل كل صباح؟'
GB_NEWSLETTER_BUTTON = 'سجلني'
GB_EMAIL = 'الإيميل ديالك'
GB_COOKIE = 'كنستعملو الكوكيز باش نعرفو شنو كيعجبكم فالموقع ونحسنو التجربة ديالكم'
GB_COOKIE_BUTTONS = ['موافق', 'لا، شكرا']
GB_FOOTER = ['شكون حنا', 'تواصل معانا', 'شروط الاستعمال', 'المعطيات الشخصية']
GB_COPY = 'نقرة ميديا، الحقوق ديالنا محفوظة'


def gb_date(t, k):
    """date-fns' format() with the ar-MA locale (Moroccan month names)."""
    if k == 1:
        return f'{DAYS[t.weekday()]} {ma_date(t)} - {hm(t)}'
    if k == 2:
        return dmy(t)
    return ma_date(t)


def render_gatsby(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, most, latest, trend = others[:3], others[3:7], others[7:10], [others[10]] + extra['more'][:2]
    kind = 'gatsby'
    pub = at(extra)
    cat = GB_CATS[k]
    writer = GB_WRITERS[k]
    mod, upd_line = pub, ''
    if k == 0:
        mod = later(kind, pub, days=1, hours=4, minutes=20)
        upd_line = f'{GB_UPDATED} {gb_date(mod, k)}'
    elif k == 2:
        mod = later(kind, pub, hours=26, minutes=5)
    upd_day = mod.date() if mod != pub else None
    minutes = max(2, sum(len(p.split()) for p in paras) // 120 + 1)
    path = f'/{cat}/{slug}/'
    url = GB_HOST + path
    sc = ['sc-bczRLJ', 'sc-gsnTZi', 'sc-dkzDqf', 'sc-hKMtZM', 'sc-eCYdqJ', 'sc-jSMfEi', 'sc-ftvSup']
    body = []
    for i, p in enumerate(paras):
        body.append(f'<p class="{sc[3]} kXqRtb">{lead_html(p) if i == 0 else esc(p)}</p>')
        if i == 1 and k % 2 == 1:
            body.append(f'<aside class="{sc[4]} embedded-entry"><span class="{sc[4]} label">{GB_ALSO}</span> <a class="{sc[4]} card-link" href="/{GB_CATS[(k + 1) % 4]}/also-{k}/"><img src="https://images.ctfassets.example/also{k}.jpg?w=160&amp;h=90&amp;fit=fill" alt="" loading="lazy"/><span class="card-title">{esc(extra["also"])}</span></a></aside>')
    ld = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': title, 'url': url,
          'datePublished': iso_ms_z(pub), 'dateModified': iso_ms_z(mod), 'inLanguage': 'ar-MA',
          'author': [{'@type': 'Person', 'name': writer}], 'articleSection': cat,
          'image': [f'https://images.ctfassets.example/{slug}.jpg?w=1200&h=675'],
          'publisher': {'@type': 'NewsMediaOrganization', 'name': GB_SITE, 'logo': {'@type': 'ImageObject', 'url': f'{GB_HOST}/logo.png'}}}
    rel_days = [earlier(kind, pub, days=4 + 6 * i) for i in range(len(rel))]
    rel_html = ''.join(f'<article class="{sc[5]} card"><a class="{sc[5]} card-link" href="/{GB_CATS[(i + k) % 4]}/rel-{k}{i}/"><div data-gatsby-image-wrapper="" class="gatsby-image-wrapper gatsby-image-wrapper-constrained"><img aria-hidden="true" data-placeholder-image="" style="opacity:1" decoding="async" src="data:image/jpeg;base64,/9j/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P" alt=""/></div><h3 class="card-title">{esc(t)}</h3></a><span class="card-cat">{GB_CATS[(i + k) % 4]}</span> · <time class="card-date" datetime="{iso_ms_z(d)}">{ma_date(d)}</time></article>'
                       for i, (t, d) in enumerate(zip(rel, rel_days)))
    most_html = ''.join(f'<li><span class="rank">{i + 1}</span> <a href="/{GB_CATS[i % 4]}/most-{k}{i}/">{esc(t)}</a></li>' for i, t in enumerate(most))
    latest_days = [later(kind, pub, hours=3 + 7 * i) for i in range(len(latest))]
    latest_html = ''.join(f'<li><time datetime="{iso_ms_z(d)}">{hm(d)}</time> <a href="/{GB_CATS[i % 4]}/new-{k}{i}/">{esc(t)}</a></li>' for i, (t, d) in enumerate(zip(latest, latest_days)))
    trend_html = ''.join(f'<li><a class="trend" href="/trend/{k}{i}/">{esc(t)}</a></li>' for i, t in enumerate(trend))
    current = ' aria-current="page"'
    nav = ''.join(f'<li><a class="{sc[1]} nav-link" href="/{i}/"{current if t == cat else ""}>{t}</a></li>' for i, t in enumerate(GB_NAV))
    foot = ''.join(f'<li><a href="/p/{i}/">{t}</a></li>' for i, t in enumerate(GB_FOOTER))
    meta_line = f'<span class="author">{GB_BY} <a href="/kottab/{k}/">{writer}</a></span> · <time datetime="{iso_ms_z(pub)}">{gb_date(pub, k)}</time>'
    if upd_line:
        meta_line += f' · <span class="updated"><time datetime="{iso_ms_z(mod)}">{upd_line}</time></span>'
    meta_line += f' · <span class="reading">{GB_READ.format(n=minutes)}</span>'
    page = f'''<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charSet="utf-8"/><meta http-equiv="x-ua-compatible" content="ie=edge"/><meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"/><style data-styled="" data-styled-version="5.3.11">.{sc[0]}{{max-width:1180px;margin:0 auto;}}.{sc[3]}{{font-size:1.15rem;line-height:1.9;}}.{sc[4]}{{border-right:4px solid #e4002b;padding:8px 14px;}}</style><meta name="generator" content="Gatsby 5.12.4"/><title data-gatsby-head="true">{esc(title)} | {GB_SITE}</title><meta data-gatsby-head="true" name="description" content="{esc(opening_words(lead_parts(paras[0])[1], 24))}"/><meta data-gatsby-head="true" property="og:title" content="{esc(title)}"/><meta data-gatsby-head="true" property="og:type" content="article"/><meta data-gatsby-head="true" property="og:url" content="{url}"/><meta data-gatsby-head="true" property="og:image" content="https://images.ctfassets.example/{slug}.jpg?w=1200&amp;h=630"/><meta data-gatsby-head="true" name="twitter:card" content="summary_large_image"/><link data-gatsby-head="true" rel="canonical" href="{url}"/><script data-gatsby-head="true" type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script><link rel="sitemap" type="application/xml" href="/sitemap-index.xml"/><link as="script" rel="preload" href="/webpack-runtime-4f0c1be2a7d3e9c81a55.js"/><link as="script" rel="preload" href="/framework-8e1d2a7b3c4f5e6d7a8b.js"/><link as="script" rel="preload" href="/app-1b6e9f0a2c3d4e5f6a7b.js"/><link as="script" rel="preload" href="/component---src-templates-article-tsx-9c8d7e6f5a4b3c2d1e0f.js"/><link as="fetch" rel="preload" href="/page-data{path}page-data.json" crossorigin="anonymous"/><link as="fetch" rel="preload" href="/page-data/sq/d/2744905544.json" crossorigin="anonymous"/><link as="fetch" rel="preload" href="/page-data/app-data.json" crossorigin="anonymous"/></head><body><div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper"><a class="{sc[2]} skip" href="#main">{GB_SKIP}</a><header class="{sc[0]} site-header"><a class="logo" href="/" aria-label="{GB_SITE}"><svg viewBox="0 0 120 32" width="120" height="32" role="img"><path d="M4 28V4h6l10 14V4h6v24h-6L10 14v14z"></path></svg></a><nav class="{sc[1]} main-nav"><ul>{nav}</ul></nav></header><main id="main" class="{sc[0]} layout"><article class="{sc[2]} article"><a class="{sc[2]} cat-pill" href="/{cat}/">{cat}</a><h1 class="{sc[2]} article-title">{esc(title)}</h1><div class="{sc[2]} meta">{meta_line}</div><figure class="{sc[2]} hero"><div data-gatsby-image-wrapper="" class="gatsby-image-wrapper gatsby-image-wrapper-constrained"><div style="max-width:1200px;display:block"><img alt="" role="presentation" aria-hidden="true" src="data:image/svg+xml;charset=utf-8,%3Csvg%20height=&#x27;675&#x27;%20width=&#x27;1200&#x27;%20xmlns=&#x27;http://www.w3.org/2000/svg&#x27;%20version=&#x27;1.1&#x27;%3E%3C/svg%3E" style="max-width:100%;display:block;position:static"/></div><picture><source type="image/webp" data-srcset="https://images.ctfassets.example/{slug}.jpg?w=1200&amp;h=675&amp;fm=webp 1200w" sizes="(min-width: 1200px) 1200px, 100vw"/><img data-gatsby-image-ssr="" data-main-image="" style="opacity:0" sizes="(min-width: 1200px) 1200px, 100vw" decoding="async" loading="lazy" data-src="https://images.ctfassets.example/{slug}.jpg?w=1200&amp;h=675" alt=""/></picture><noscript><picture><img loading="lazy" decoding="async" src="https://images.ctfassets.example/{slug}.jpg?w=1200&amp;h=675" alt="" style="position:absolute;top:0;left:0;opacity:1;width:100%;height:100%;object-fit:cover"/></picture></noscript></div><figcaption>{GB_CAPTION}</figcaption></figure><div class="{sc[3]} rich-text">{''.join(body)}</div><div class="{sc[2]} share"><span>{GB_SHARE}</span> <a href="https://www.facebook.example/sharer/sharer.php?u={url}" aria-label="Facebook">f</a> <a href="https://wa.example/?text={url}" aria-label="WhatsApp">w</a> <button type="button">{GB_COPY_LINK}</button></div></article><section class="{sc[5]} related"><h2>{GB_RELATED}</h2><div class="grid">{rel_html}</div></section><aside class="{sc[6]} rail"><section class="most-read"><h2>{GB_MOST}</h2><ol>{most_html}</ol></section><section class="latest"><h2>{GB_LATEST}</h2><ul>{latest_html}</ul></section><section class="trending"><h2>{GB_TREND}</h2><ul>{trend_html}</ul></section></aside><section class="{sc[2]} newsletter"><p>{GB_NEWSLETTER}</p><form><input type="email" placeholder="{GB_EMAIL}" aria-label="{GB_EMAIL}"/><button type="submit">{GB_NEWSLETTER_BUTTON}</button></form></section></main><footer class="{sc[0]} site-footer"><ul>{foot}</ul><p>© {pub.year} {GB_COPY}</p></footer><div class="{sc[6]} consent" role="dialog" aria-live="polite"><p>{GB_COOKIE}</p><button type="button">{GB_COOKIE_BUTTONS[0]}</button> <button type="button">{GB_COOKIE_BUTTONS[1]}</button></div></div><div id="gatsby-announcer" style="position:absolute;top:0;width:1px;height:1px;padding:0;overflow:hidden;clip:rect(0, 0, 0, 0);white-space:nowrap;border:0" aria-live="assertive" aria-atomic="true"></div></div><script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="{path}";window.___webpackCompilationHash="7b2c5e1f0a9d8c3b4e6f";/*]]>*/</script><script id="gatsby-chunk-mapping">/*<![CDATA[*/window.___chunkMapping="{{\\"app\\":[\\"/app-1b6e9f0a2c3d4e5f6a7b.js\\"],\\"component---src-templates-article-tsx\\":[\\"/component---src-templates-article-tsx-9c8d7e6f5a4b3c2d1e0f.js\\"]}}";/*]]>*/</script><script src="/webpack-runtime-4f0c1be2a7d3e9c81a55.js" async=""></script><script src="/framework-8e1d2a7b3c4f5e6d7a8b.js" async=""></script><script src="/app-1b6e9f0a2c3d4e5f6a7b.js" async=""></script></body></html>'''
    without = [GB_SKIP, gb_date(pub, k), f'{GB_BY} {writer}', GB_READ.format(n=minutes), GB_CAPTION, GB_SHARE, GB_COPY_LINK,
               GB_RELATED, GB_MOST, GB_LATEST, GB_TREND, GB_NEWSLETTER, GB_COOKIE, GB_FOOTER[0], GB_FOOTER[3],
               f'© {pub.year} {GB_COPY}'] + latest + trend + rel[:2] + most[:2] + ([upd_line] if upd_line else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel + most, without, upd_of(upd_day)


# --- hexo: an Algerian blogger's Hexo site with the NexT theme (Gemini scheme) ------------------------------------
HX_SITE = 'سطر الأوامر'
HX_HOST = 'https://satr.dz.example'
HX_SUB = 'ملاحظات مطوّر من قسنطينة عن التقنية وأخبار الجيران'
HX_AUTHOR = 'نسيم بوعلام'
HX_AUTHOR_ABOUT = 'مطوّر ويب يقرأ صحافة المغرب الكبير ويعلّق عليها'
HX_MENU = ['الرئيسية', 'التصنيفات', 'الوسوم', 'الأرشيف', 'عني', 'بحث']
HX_SEARCH = 'اكتب كلمة وابدأ البحث...'
HX_TOGGLE = 'إظهار القائمة'
HX_TOC, HX_OVERVIEW = 'فهرس التدوينة', 'لمحة عن المدونة'
HX_STATE = ['تدوينات', 'تصنيفات', 'وسوم']
HX_RECENT = 'كُتب مؤخراً'
HX_MOST = 'الأكثر زيارة'
HX_PUB, HX_MOD, HX_IN = 'نُشر في', 'عُدّل في', 'ضمن'
HX_CREATED_TITLE, HX_MODIFIED_TITLE = 'تاريخ الإنشاء', 'تاريخ التعديل'
HX_CATS = ['صحافة الجيران', 'المغرب', 'قراءات', 'صحافة الجيران']
HX_VIEWS = 'قراءات:'
HX_WORDS = 'عدد الكلمات:'
HX_READ = 'وقت القراءة ≈'
HX_MIN = 'دقائق'
HX_ALSO = 'طالع كذلك:'
HX_COPY_AUTHOR, HX_COPY_LINK, HX_COPY_LICENSE = 'كاتب التدوينة:', 'الرابط الدائم:', 'الترخيص:'
HX_LICENSE_TEXT = 'ما لم يُذكر غير ذلك، فكل ما في المدونة متاح برخصة'
HX_TAG_WORDS = ['المغرب', 'الدارجة', 'صحافة', 'مجتمع']
HX_RELATED = 'تدوينات على صلة'
HX_COMMENTS = 'التعليقات'
HX_NOSCRIPT = 'يلزم تفعيل جافاسكريبت لقراءة التعليقات وكتابتها'
HX_POWERED = 'بُنيت المدونة بـ'
HX_TOP = 'العودة إلى الأعلى'


def render_hexo(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, recent, most = others[:4], others[4:8], others[8:11]
    prev_next = extra['more'][:2]
    kind = 'hexo'
    pub = at(extra)
    mod, shown_mod = pub, False
    if k == 0:  # NexT shows "عُدّل في" when the post was updated another day
        mod, shown_mod = later(kind, pub, days=2, hours=2, minutes=5), True
    elif k == 2:  # updated_at hidden in the theme's config: only Hexo's article:modified_time declares it
        mod = later(kind, pub, days=1, hours=1, minutes=40)
    upd_day = mod.date() if mod != pub else None
    words = sum(len(p.split()) for p in paras)
    path = f'/{pub.year}/{pub.month:02d}/{pub.day:02d}/{slug}/'
    url = HX_HOST + path
    cat = HX_CATS[k]
    tags = outside(HX_TAG_WORDS[k % 2:k % 2 + 3], paras)
    body = []
    for i, p in enumerate(paras):
        body.append(f'<p>{lead_html(p, bold=True) if i == 0 else esc(p)}</p>')
        if i == 1 and k % 2 == 1:
            also_day = earlier(kind, pub, days=17 + k)
            body.append(f'<blockquote>\n<p>{HX_ALSO} <a href="/{also_day.year}/{also_day.month:02d}/{also_day.day:02d}/also-{k}/">{esc(extra["also"])}</a></p>\n</blockquote>')

    def meta_item(icon, text, inner, title_attr=''):
        t = f' title="{title_attr}"' if title_attr else ''
        return (f'<span class="post-meta-item"{t}>\n      <span class="post-meta-item-icon">\n        <i class="{icon}"></i>\n      </span>\n'
                f'      <span class="post-meta-item-text">{text}</span>\n      {inner}\n    </span>\n')
    meta = meta_item('far fa-calendar', HX_PUB, f'<time title="{HX_CREATED_TITLE}: {ymd(pub)} {hm(pub)}:00" itemprop="dateCreated datePublished" datetime="{iso_local(pub)}">{ymd(pub)}</time>')
    if shown_mod:
        meta += meta_item('far fa-calendar-check', HX_MOD, f'<time title="{HX_MODIFIED_TITLE}: {ymd(mod)} {hm(mod)}:00" itemprop="dateModified" datetime="{iso_local(mod)}">{ymd(mod)}</time>')
    meta += meta_item('far fa-folder', HX_IN, f'<span itemprop="about" itemscope itemtype="http://schema.org/Thing"><a href="/categories/{k}/" itemprop="url" rel="index"><span itemprop="name">{cat}</span></a></span>')
    meta += meta_item('far fa-eye', HX_VIEWS, '<span id="busuanzi_value_page_pv"></span>', 'قراءات')
    meta += '<span class="post-meta-break"></span>\n'
    meta += meta_item('far fa-file-word', HX_WORDS, f'<span>{words}</span>', HX_WORDS.rstrip(':'))
    meta += meta_item('far fa-clock', HX_READ, f'<span>{max(1, words // 200 + 1)} {HX_MIN}</span>', HX_READ.rstrip(' ≈'))
    rel_days = [earlier(kind, pub, days=20 + 13 * i) for i in range(len(rel))]
    rel_html = ''.join(f'<li class="popular-posts-item">\n  <div class="popular-posts-title"><a href="/{d.year}/{d.month:02d}/{d.day:02d}/rel-{k}{i}/" rel="bookmark">{esc(t)}</a></div>\n</li>\n' for i, (t, d) in enumerate(zip(rel, rel_days)))
    recent_days = [later(kind, pub, days=4 + 5 * i) for i in range(len(recent))]
    recent_html = ''.join(f'<li class="links-of-blogroll-item"><a href="/{d.year}/{d.month:02d}/{d.day:02d}/new-{k}{i}/" title="{esc(t)}">{esc(t)}</a> <span class="recent-date">{ymd(d)}</span></li>' for i, (t, d) in enumerate(zip(recent, recent_days)))
    most_html = ''.join(f'<li class="links-of-blogroll-item"><a href="/most/{k}{i}/">{esc(t)}</a></li>' for i, t in enumerate(most))
    most_block = (f'<div class="links-of-blogroll motion-element most-visited"><div class="links-of-blogroll-title"><i class="fa fa-fire fa-fw"></i>{HX_MOST}</div><ul class="links-of-blogroll-list">{most_html}</ul></div>'
                  if k % 2 == 0 else '')
    tag_html = ''.join(f'<a href="/tags/{i}/" rel="tag"># {t}</a>\n' for i, t in enumerate(tags))
    menu = ''.join(f'<li class="menu-item menu-item-{i}"><a href="/{i}/" rel="section"><i class="fa fa-fw"></i>{t}</a></li>' for i, t in enumerate(HX_MENU))
    config = {'hostname': 'satr.dz.example', 'root': '/', 'images': '/images', 'scheme': 'Gemini', 'darkmode': False, 'version': '8.18.2',
              'exturl': False, 'sidebar': {'position': 'right', 'display': 'post', 'padding': 18, 'offset': 12}, 'copycode': {'enable': True},
              'bookmark': {'enable': False}, 'mediumzoom': False, 'lazyload': True, 'pangu': False, 'comments': {'style': 'tabs', 'active': 'waline'},
              'motion': {'enable': True, 'async': False}, 'path': '/search.xml', 'localsearch': {'enable': True, 'trigger': 'auto', 'top_n_per_article': 1}}
    page_cfg = {'sidebar': '', 'isHome': False, 'isPost': True, 'lang': 'ar', 'comments': True, 'permalink': url, 'path': path.lstrip('/'), 'title': title}
    page = f'''<!DOCTYPE html>
<html lang="ar">
<head>
  <meta charset="UTF-8">
<meta name="viewport" content="width=device-width">
<meta name="theme-color" content="#222"><meta name="generator" content="Hexo 6.3.0">
  <link rel="apple-touch-icon" sizes="180x180" href="/images/apple-touch-icon-next.png">
  <link rel="icon" type="image/png" sizes="32x32" href="/images/favicon-32x32-next.png">
<link rel="stylesheet" href="/css/main.css">
<link rel="stylesheet" href="https://cdnjs.example/ajax/libs/font-awesome/6.4.2/css/all.min.css" integrity="sha256-CTSx/A06dm1B063156EVh15m6Y67pAjZZaQc89LLSrU=" crossorigin="anonymous">
<script class="next-config" data-name="main" type="application/json">{json.dumps(config)}</script>
<meta name="description" content="{esc(opening_words(lead_parts(paras[0])[1], 24))}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(title)}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="{HX_SITE}">
<meta property="og:description" content="{esc(opening_words(lead_parts(paras[0])[1], 24))}">
<meta property="og:locale" content="ar_DZ">
<meta property="article:published_time" content="{iso_ms_z(pub)}">
<meta property="article:modified_time" content="{iso_ms_z(mod)}">
<meta property="article:author" content="{HX_AUTHOR}">
{''.join(f'<meta property="article:tag" content="{t}">' for t in tags)}
<meta name="twitter:card" content="summary">
<link rel="canonical" href="{url}">
<script class="next-config" data-name="page" type="application/json">{json.dumps(page_cfg, ensure_ascii=False)}</script>
<script class="next-config" data-name="calendar" type="application/json">""</script>
<title>{esc(title)} | {HX_SITE}</title>
<link rel="alternate" href="/atom.xml" title="{HX_SITE}" type="application/atom+xml">
</head>
<body itemscope itemtype="http://schema.org/WebPage" class="use-motion">
  <div class="headband"></div>
  <main class="main">
    <div class="column">
      <header class="header" itemscope itemtype="http://schema.org/WPHeader"><div class="site-brand-container">
  <div class="site-nav-toggle">
    <div class="toggle" aria-label="{HX_TOGGLE}" role="button">
        <span class="toggle-line"></span>
        <span class="toggle-line"></span>
        <span class="toggle-line"></span>
    </div>
  </div>
  <div class="site-meta">
    <a href="/" class="brand" rel="start">
      <i class="logo-line"></i>
      <p class="site-title">{HX_SITE}</p>
      <i class="logo-line"></i>
    </a>
      <p class="site-subtitle" itemprop="description">{HX_SUB}</p>
  </div>
</div>
<nav class="site-nav">
  <ul class="main-menu menu">{menu}</ul>
</nav>
  <div class="search-pop-overlay">
    <div class="popup search-popup"><div class="search-header">
  <span class="search-icon">
    <i class="fa fa-search"></i>
  </span>
  <div class="search-input-container">
    <input autocomplete="off" autocapitalize="off" maxlength="80" placeholder="{HX_SEARCH}" spellcheck="false" type="search" class="search-input">
  </div>
  <span class="popup-btn-close" role="button">
    <i class="fa fa-times-circle"></i>
  </span>
</div>
<div class="search-result-container no-result">
  <div class="search-result-icon">
    <i class="fa fa-spinner fa-pulse fa-5x"></i>
  </div>
</div>
    </div>
  </div>
</header>
        <aside class="sidebar">
    <div class="sidebar-inner sidebar-nav-active sidebar-toc-active">
      <ul class="sidebar-nav">
        <li class="sidebar-nav-toc">{HX_TOC}</li>
        <li class="sidebar-nav-overview">{HX_OVERVIEW}</li>
      </ul>
      <div class="sidebar-panel-container">
        <div class="post-toc-wrap sidebar-panel"></div>
        <div class="site-overview-wrap sidebar-panel">
          <div class="site-author animated" itemprop="author" itemscope itemtype="http://schema.org/Person">
    <img class="site-author-image" itemprop="image" alt="{HX_AUTHOR}" src="/images/avatar.png">
  <p class="site-author-name" itemprop="name">{HX_AUTHOR}</p>
  <div class="site-description" itemprop="description">{HX_AUTHOR_ABOUT}</div>
</div>
<div class="site-state-wrap animated">
  <nav class="site-state">
      <div class="site-state-item site-state-posts"><a href="/archives/"><span class="site-state-item-count">{187 + 3 * k}</span><span class="site-state-item-name">{HX_STATE[0]}</span></a></div>
      <div class="site-state-item site-state-categories"><a href="/categories/"><span class="site-state-item-count">9</span><span class="site-state-item-name">{HX_STATE[1]}</span></a></div>
      <div class="site-state-item site-state-tags"><a href="/tags/"><span class="site-state-item-count">64</span><span class="site-state-item-name">{HX_STATE[2]}</span></a></div>
  </nav>
</div>
        </div>
      </div>
        <div class="links-of-blogroll motion-element recent-posts"><div class="links-of-blogroll-title"><i class="fa fa-history fa-fw"></i>{HX_RECENT}</div><ul class="links-of-blogroll-list">{recent_html}</ul></div>
        {most_block}
    </div>
  </aside>
    </div>

    <div class="main-inner post posts-expand">
  <div class="post-block">
<article itemscope itemtype="http://schema.org/Article" class="post-content" lang="ar">
    <link itemprop="mainEntityOfPage" href="{url}">
    <span hidden itemprop="author" itemscope itemtype="http://schema.org/Person">
      <meta itemprop="image" content="/images/avatar.png">
      <meta itemprop="name" content="{HX_AUTHOR}">
    </span>
    <span hidden itemprop="publisher" itemscope itemtype="http://schema.org/Organization">
      <meta itemprop="name" content="{HX_SITE}">
      <meta itemprop="description" content="{HX_SUB}">
    </span>
      <header class="post-header">
        <h1 class="post-title" itemprop="name headline">{esc(title)}</h1>
        <div class="post-meta-container">
          <div class="post-meta">
    {meta}</div>
        </div>
      </header>
    <div class="post-body" itemprop="articleBody">{''.join(body)}</div>
    <footer class="post-footer">
          <div class="post-copyright">
<ul>
  <li class="post-copyright-author"><strong>{HX_COPY_AUTHOR} </strong>{HX_AUTHOR}</li>
  <li class="post-copyright-link"><strong>{HX_COPY_LINK} </strong><a href="{url}" title="{esc(title)}">{url}</a></li>
  <li class="post-copyright-license"><strong>{HX_COPY_LICENSE} </strong>{HX_LICENSE_TEXT} <a href="https://creativecommons.org/licenses/by-nc-sa/4.0/deed.ar" rel="noopener" target="_blank"><i class="fab fa-fw fa-creative-commons"></i>BY-NC-SA</a></li>
</ul>
</div>
          <div class="post-tags">{tag_html}</div>
    <div class="popular-posts-header">{HX_RELATED}</div>
    <ul class="popular-posts">
{rel_html}    </ul>
        <div class="post-nav">
            <div class="post-nav-item">
                <a href="/p/{k}/prev/" rel="prev" title="{esc(prev_next[0])}">
                  <i class="fa fa-angle-right"></i> {esc(prev_next[0])}
                </a>
            </div>
            <div class="post-nav-item">
                <a href="/p/{k}/next/" rel="next" title="{esc(prev_next[1])}">
                  {esc(prev_next[1])} <i class="fa fa-angle-left"></i>
                </a>
            </div>
        </div>
    </footer>
  </article>
</div>
<div class="comments" id="waline"><h2 class="comments-title">{HX_COMMENTS}</h2><noscript>{HX_NOSCRIPT}</noscript></div>
    </div>
  </main>

  <footer class="footer">
    <div class="footer-inner">
<div class="copyright">
  &copy; 2019 –
  <span itemprop="copyrightYear">{pub.year + 1}</span>
  <span class="with-love">
    <i class="fa fa-heart"></i>
  </span>
  <span class="author" itemprop="copyrightHolder">{HX_AUTHOR}</span>
</div>
<div class="busuanzi-count">
    <span class="post-meta-item" id="busuanzi_container_site_uv">
      <span class="post-meta-item-icon">
        <i class="fa fa-user"></i>
      </span>
      <span class="site-uv" title="الزوار">
        <span id="busuanzi_value_site_uv"></span>
      </span>
    </span>
</div>
  <div class="powered-by">{HX_POWERED} <a href="https://hexo.io/" rel="noopener" target="_blank">Hexo</a> &amp; <a href="https://theme-next.js.org/" rel="noopener" target="_blank">NexT.Gemini</a>
  </div>
    </div>
  </footer>
  <div class="back-to-top" role="button" aria-label="{HX_TOP}">
    <i class="fa fa-arrow-up fa-lg"></i>
    <span>0%</span>
  </div>
<noscript>
  <div class="noscript-warning">Theme NexT works best with JavaScript enabled</div>
</noscript>
  <script src="https://cdnjs.example/ajax/libs/animejs/3.2.1/anime.min.js" integrity="sha256-XL2inqUJaslATFnHdJOi9GfQ60on8Wx1C2H8DYiN1xY=" crossorigin="anonymous"></script>
<script src="/js/comments.js"></script><script src="/js/utils.js"></script><script src="/js/motion.js"></script><script src="/js/next-boot.js"></script>
  <script async src="https://busuanzi.example/busuanzi/2.3/busuanzi.pure.mini.js"></script>
</body>
</html>
'''
    without = [HX_SUB, HX_AUTHOR_ABOUT, HX_TOC, HX_OVERVIEW, HX_RECENT, ymd(pub), HX_WORDS, HX_READ, HX_COPY_AUTHOR, HX_LICENSE_TEXT,
               HX_RELATED, HX_COMMENTS, HX_POWERED] + recent + prev_next + rel[:2] + \
        ([HX_MOST] + most[:1] if most_block else []) + ([ymd(mod)] if shown_mod else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    related = rel + (most if most_block else [])
    return page, title, read_also, related, without, upd_of(upd_day)


# --- sveltekit: a Nouakchott news site built with SvelteKit on a Strapi backend ----------------------------------
SK_SITE = 'الأفق الموريتاني'
SK_HOST = 'https://alofoq.mr.example'
SK_CMS = 'https://cms.alofoq.mr.example'
SK_NAV = ['الرئيسية', 'وطني', 'المغرب العربي', 'اقتصاد', 'ثقافة', 'رأي']
SK_SECTION = 'المغرب العربي'
SK_LANG = 'Français'
SK_SEARCH = 'عمّ تبحث؟'
SK_BY = 'تحرير:'
SK_WRITERS = ['أحمد سالم ولد محمد', 'مريم بنت الشيخ', 'قسم المغرب العربي', 'سيدي محمد ولد اباه']
SK_UPDATED = 'حُدّث الخبر'
SK_CAPTION = 'الصورة من الأرشيف ولا تخص الخبر مباشرة'
SK_ALSO = 'طالع في الأفق:'
SK_SHARE = 'شارك الخبر'
SK_COPY_LINK = 'انسخ الرابط'
SK_RELATED = 'أخبار تتصل بهذا الخبر'
SK_LATEST = 'الآن في الأفق'
SK_OPINION = 'أعمدة الرأي'
SK_COLUMNISTS = ['محمد الأمين ولد الفاضل', 'عيشة بنت أحمدو']
SK_ARCHIVE = 'أرشيف القسم'
SK_NEWSLETTER = 'رسالة الأفق الصباحية تصلك مجاناً كل يوم عمل'
SK_SUBSCRIBE = 'اشترك'
SK_FOOTER = ['من نحن', 'هيئة التحرير', 'شروط النشر', 'راسلنا']
SK_COPY = 'الأفق الموريتاني، صحيفة رقمية حرة تصدر من نواكشوط'
SK_CONSENT = 'نحفظ على جهازك ملفات صغيرة لتذكّر تفضيلاتك وقياس عدد القراء'
SK_CONSENT_BUTTONS = ['قبول', 'الإعدادات']


def intl_full(t):
    """Intl.DateTimeFormat('ar', {dateStyle: 'full'}) as Node's ICU writes it (Arabic-Indic digits)."""
    return f'{DAYS[t.weekday()]}، {indic(t.day)} {GULF_MONTHS[t.month - 1]} {indic(t.year)}'


def intl_long_time(t):
    """{dateStyle: 'long', timeStyle: 'short'}."""
    return f'{indic(t.day)} {GULF_MONTHS[t.month - 1]} {indic(t.year)} في {indic(clock12(t, pad=False).split()[0])} {"م" if t.hour >= 12 else "ص"}'


def intl_numeric(t):
    """{dateStyle: 'short'}: day/month/year with right-to-left marks."""
    return f'{indic(t.day)}\u200f/{indic(t.month)}\u200f/{indic(t.year)}'


def devalue(value):
    """SvelteKit's serialization of a page's data (devalue): JSON with bare identifier keys."""
    return re.sub(r'"([A-Za-z_][A-Za-z0-9_]*)":', r'\1:', json.dumps(value, ensure_ascii=False))


def render_sveltekit(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, latest, opinion_titles = others[:4], others[4:8], others[8:10]
    kind = 'sveltekit'
    pub = at(extra)
    writer = SK_WRITERS[k]
    aid = 3310 + 59 * k
    # The draft was created the evening before (Strapi's createdAt): not the article's date.
    created = zone(kind, datetime.datetime.combine(pub.date() - datetime.timedelta(days=1), datetime.time(19 + k, 12 + 9 * k)))
    mod, upd_line = pub, ''
    if k == 1:
        mod = later(kind, pub, days=1, hours=5, minutes=30)
        upd_line = f'{SK_UPDATED} {intl_long_time(mod)}'
    elif k == 3:  # declared only in the API's updatedAt (the fetched JSON and the page's data)
        mod = later(kind, pub, days=2, hours=2, minutes=15)
    upd_day = mod.date() if mod != pub else None
    if k == 0:
        shown = intl_full(pub)
    elif k == 1:
        shown = intl_long_time(pub)
    elif k == 2:  # relative, rendered five days later; the full date only in the title attribute
        shown = f'قبل {indic(5)} أيام'
    else:
        shown = intl_numeric(pub)
    path = f'/akhbar/{slug}'
    url = SK_HOST + path
    cls = ['svelte-1u4k2xq', 'svelte-8g3ja1', 'svelte-x7d2m0', 'svelte-qw91zf']
    body = []
    for i, p in enumerate(paras):
        body.append(f'<p>{lead_html(p) if i == 0 else esc(p)}</p>')
        if i == 1 and k % 2 == 0:
            body.append(f'<aside class="inline-related"><strong>{SK_ALSO}</strong> <a href="/akhbar/also-{aid - 21}">{esc(extra["also"])}</a></aside>')
    content = ''.join(body)
    attrs = {'title': title, 'slug': slug, 'section': SK_SECTION, 'author': writer, 'content': ''.join(f'<p>{esc(p)}</p>' for p in paras),
             'createdAt': iso_ms_z(created), 'updatedAt': iso_ms_z(mod), 'publishedAt': iso_ms_z(pub), 'locale': 'ar'}
    fetched = {'status': 200, 'statusText': 'OK', 'headers': {},
               'body': json.dumps({'data': [{'id': aid, 'attributes': attrs}], 'meta': {'pagination': {'page': 1, 'pageSize': 25, 'pageCount': 1, 'total': 1}}}, ensure_ascii=False)}
    data = [None, {'type': 'data', 'data': {'article': dict(attrs, id=aid), 'related': [{'title': t, 'slug': f'rel-{aid}-{i}'} for i, t in enumerate(rel)]},
                   'uses': {'params': ['slug']}}]
    rel_days = [earlier(kind, pub, days=3 + 8 * i, hours=i) for i in range(len(rel))]
    rel_html = ''.join(f'<li class="{cls[2]}"><a href="/akhbar/rel-{aid}-{i}" class="{cls[2]}">{esc(t)}</a> <time class="{cls[2]}" datetime="{iso_ms_z(d)}">{intl_numeric(d)}</time></li>' for i, (t, d) in enumerate(zip(rel, rel_days)))
    latest_ago = [2 + 3 * i for i in range(len(latest))]
    latest_html = ''.join(f'<li class="{cls[3]}"><span class="ago {cls[3]}">قبل {indic(h)} ساعات</span> <a href="/akhbar/new-{aid}-{i}" class="{cls[3]}">{esc(t)}</a></li>' for i, (t, h) in enumerate(zip(latest, latest_ago)))
    opinion_html = ''.join(f'<li class="{cls[3]}"><span class="columnist {cls[3]}">{n}</span> <a href="/ray/{aid}-{i}" class="{cls[3]}">{esc(t)}</a></li>' for i, (n, t) in enumerate(zip(SK_COLUMNISTS, opinion_titles)))
    months = [pub.replace(day=1) - datetime.timedelta(days=1 + 31 * i) for i in range(3)]
    archive_html = ''.join(f'<li class="{cls[3]}"><a href="/archive/{d.year}/{d.month}" class="{cls[3]}">{GULF_MONTHS[d.month - 1]} {indic(d.year)}</a></li>' for d in months)
    nav = ''.join(f'<li class="{cls[0]}"><a href="/q/{i}" class="{cls[0]}"{" aria-current=" + chr(34) + "page" + chr(34) if t == SK_SECTION else ""}>{t}</a></li>' for i, t in enumerate(SK_NAV))
    foot = ''.join(f'<li class="{cls[0]}"><a href="/p/{i}" class="{cls[0]}">{t}</a></li>' for i, t in enumerate(SK_FOOTER))
    upd_html = f' <span class="updated {cls[1]}"><time datetime="{iso_ms_z(mod)}" class="{cls[1]}">{upd_line}</time></span>' if upd_line else ''
    title_attr = f' title="{intl_long_time(pub)}"' if k == 2 else ''
    page = f'''<!doctype html>
<html lang="ar" dir="rtl">
	<head>
		<meta charset="utf-8" />
		<link rel="icon" href="/favicon.png" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		
		<link href="/_app/immutable/assets/0.3f2a1c7e.css" rel="stylesheet">
		<link href="/_app/immutable/assets/4.9b8e7d21.css" rel="stylesheet">
		<link rel="modulepreload" href="/_app/immutable/entry/start.8c2d1e44.js">
		<link rel="modulepreload" href="/_app/immutable/chunks/scheduler.5b1a0f93.js">
		<link rel="modulepreload" href="/_app/immutable/chunks/singletons.71c2aa0e.js">
		<link rel="modulepreload" href="/_app/immutable/entry/app.2e9f4a16.js">
		<link rel="modulepreload" href="/_app/immutable/nodes/0.a1b2c3d4.js">
		<link rel="modulepreload" href="/_app/immutable/nodes/4.d4e5f6a7.js"><!-- HEAD_svelte-1w3pk8q_START --><title>{esc(title)} | {SK_SITE}</title><meta name="description" content="{esc(opening_words(lead_parts(paras[0])[1], 24))}"><meta property="og:title" content="{esc(title)}"><meta property="og:type" content="article"><meta property="og:url" content="{url}"><meta property="og:image" content="{SK_CMS}/uploads/large_{slug[:8]}_{k}.jpg"><meta property="og:locale" content="ar_MR"><meta name="twitter:card" content="summary_large_image"><link rel="canonical" href="{url}"><!-- HEAD_svelte-1w3pk8q_END -->
	</head>
	<body data-sveltekit-preload-data="hover">
		<div style="display: contents">  <header class="site-header {cls[0]}"><div class="bar {cls[0]}"><a href="/" class="brand {cls[0]}">{SK_SITE}</a> <a href="/fr" class="lang {cls[0]}" hreflang="fr">{SK_LANG}</a> <form class="search {cls[0]}" action="/search"><input type="search" name="q" placeholder="{SK_SEARCH}" class="{cls[0]}"></form></div>
<nav class="{cls[0]}"><ul class="{cls[0]}">{nav}</ul></nav></header>
<main class="{cls[0]}"><div class="layout {cls[1]}"><article class="post {cls[1]}"><a href="/q/2" class="kicker {cls[1]}">{SK_SECTION}</a>
<h1 class="{cls[1]}">{esc(title)}</h1>
<div class="byline {cls[1]}"><span class="author {cls[1]}">{SK_BY} {writer}</span> · <time datetime="{iso_ms_z(pub)}"{title_attr} class="{cls[1]}">{shown}</time>{upd_html}</div>
<figure class="{cls[1]}"><img src="{SK_CMS}/uploads/large_{slug[:8]}_{k}.jpg" alt="" width="1000" height="562" class="{cls[1]}"> <figcaption class="{cls[1]}">{SK_CAPTION}</figcaption></figure>
<div class="content {cls[1]}"><!-- HTML_TAG_START -->{content}<!-- HTML_TAG_END --></div>
<div class="share {cls[1]}"><span class="{cls[1]}">{SK_SHARE}</span> <a href="https://www.facebook.example/sharer/sharer.php?u={url}" class="{cls[1]}">Facebook</a> <a href="https://wa.example/?text={url}" class="{cls[1]}">WhatsApp</a> <button class="{cls[1]}">{SK_COPY_LINK}</button></div></article>
<section class="related {cls[2]}"><h2 class="{cls[2]}">{SK_RELATED}</h2><ul class="{cls[2]}">{rel_html}</ul></section></div>
<aside class="rail {cls[3]}"><section class="{cls[3]}"><h2 class="{cls[3]}">{SK_LATEST}</h2><ul class="{cls[3]}">{latest_html}</ul></section>
<section class="{cls[3]}"><h2 class="{cls[3]}">{SK_OPINION}</h2><ul class="{cls[3]}">{opinion_html}</ul></section>
<section class="{cls[3]}"><h2 class="{cls[3]}">{SK_ARCHIVE}</h2><ul class="{cls[3]}">{archive_html}</ul></section>
<form class="newsletter {cls[3]}"><p class="{cls[3]}">{SK_NEWSLETTER}</p><input type="email" class="{cls[3]}"> <button class="{cls[3]}">{SK_SUBSCRIBE}</button></form></aside></main>
<footer class="{cls[0]}"><ul class="{cls[0]}">{foot}</ul><p class="{cls[0]}">© {pub.year} {SK_COPY}</p></footer>
<div class="consent {cls[0]}" role="dialog"><p class="{cls[0]}">{SK_CONSENT}</p><button class="{cls[0]}">{SK_CONSENT_BUTTONS[0]}</button> <button class="{cls[0]}">{SK_CONSENT_BUTTONS[1]}</button></div>
			<script type="application/json" data-sveltekit-fetched data-url="{SK_CMS}/api/articles?filters[slug][$eq]={slug}&amp;populate=*">{json.dumps(fetched, ensure_ascii=False).replace('</', '<' + chr(92) + '/')}</script>
			<script>
				{{
					__sveltekit_1x9ab2q = {{
						base: new URL("..", location).pathname.slice(0, -1),
						env: {{"PUBLIC_CMS_URL":"{SK_CMS}"}}
					}};

					const element = document.currentScript.parentElement;

					const data = {devalue(data).replace('</', '<' + chr(92) + '/')};

					Promise.all([
						import("../_app/immutable/entry/start.8c2d1e44.js"),
						import("../_app/immutable/entry/app.2e9f4a16.js")
					]).then(([kit, app]) => {{
						kit.start(app, element, {{
							node_ids: [0, 4],
							data,
							form: null,
							error: null
						}});
					}});
				}}
			</script>
		</div>
	</body>
</html>
'''
    without = [f'{SK_BY} {writer}', shown, SK_CAPTION, SK_SHARE, SK_COPY_LINK, SK_RELATED, SK_LATEST, SK_OPINION,
               SK_ARCHIVE, SK_NEWSLETTER, SK_CONSENT, SK_FOOTER[1], f'© {pub.year} {SK_COPY}'] + latest + opinion_titles + \
        SK_COLUMNISTS + rel[:2] + ([upd_line] if upd_line else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- portal: a Casablanca news portal on a custom PHP CMS, with Darija and French chrome ------------------------------
PP_SITE = 'درب أنفو'
PP_SITE_FR = 'Derb Info'
PP_HOST = 'https://www.derbinfo.ma.example'
PP_TAGLINE = 'Le quotidien en ligne de Casablanca · الخبر من قلب كازا'
PP_WEATHER = 'Casablanca'
PP_MENU = ['الرئيسية', 'Politique', 'مجتمع', 'Économie', 'رياضة', 'Culture', 'فيديو', 'جهات']
PP_SECTION = 'مجتمع'
PP_FLASH = 'Flash · عاجل'
PP_PUBLISHED = 'publié le {date} à {clock}'
PP_UPDATED = 'mis à jour le {date} à {clock}'
PP_AR_LINE = 'نُشر {date} على {clock}'
PP_BY = 'Par'
PP_AUTHORS = ['Rédaction Derb Info', 'خديجة الزاكي', 'Rédaction Derb Info', 'مصطفى الحمري']
PP_VIEWS = 'vues'
PP_FONT = ['A+', 'A-']
PP_ALSO = {1: 'شوف حتى:', 2: 'Lire aussi :', 3: 'شوف حتى:'}
PP_SHARE = 'Partagez · بارطاجي'
PP_RELATED = 'Articles similaires · مقالات مشابهة'
PP_TABS = ['Les plus lus · الأكثر قراءة', 'Les plus commentés · الأكثر تعليقا']
PP_LATEST = 'Dernières infos · آخر ما نشرنا'
PP_VIDEOS = 'Vidéos · فيديوهات الدرب'
PP_COMMENTS_HEAD = 'Commentaires · التعليقات'
PP_COMMENT_RULES = 'كنراجعو التعليقات قبل ما تبان. Les commentaires injurieux ou hors sujet ne seront pas publiés.'
PP_COMMENT_FIELDS = ['Votre nom', 'Votre commentaire', 'Envoyer']
PP_COMMENTS = [('Karim', 'هادشي اللي كنقولو من زمان، خاص المسؤولين يتحركو'),
               ('بنت الدرب', 'Merci pour l\'info، ولكن فين كانت السلطات قبل؟')]
PP_COOKIE = 'Derb Info utilise des cookies pour mesurer son audience. هاد الموقع كيخدم بالكوكيز باش يعرف شحال من واحد كيزورو.'
PP_COOKIE_BUTTONS = ['Accepter', 'Refuser']
PP_APP = 'حمّل التطبيق ديال درب أنفو'
PP_FOOTER = ['Qui sommes-nous', 'Contact', 'Mentions légales', 'Publicité']
PP_ADDRESS = '27, bd Zerktouni, Casablanca · الهاتف 0522 48 17 30'
PP_COPY = 'Derb Info — Tous droits réservés'


def fr_day(t):
    """The masthead's "Vendredi 19 mars 2021"."""
    return f'{FRENCH_DAYS[t.weekday()].capitalize()} {fr_date(t)}'


def render_portal(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, most, commented, latest = others[:3], others[3:6], others[6:8], others[8:11]
    videos = extra['more'][:2]
    kind = 'portal'
    pub = at(extra)
    aid = 41277 + 389 * k
    author = PP_AUTHORS[k]
    mod, upd_line = pub, ''
    if k == 0:
        mod = later(kind, pub, days=1, hours=2, minutes=35)
        upd_line = PP_UPDATED.format(date=fr_date(mod), clock=fr_clock(mod))
    elif k == 2:  # declared only in article:modified_time (the server writes UTC)
        mod = later(kind, pub, hours=9, minutes=50)
    upd_day = mod.date() if mod != pub else None
    if k == 2:
        date_line = PP_AR_LINE.format(date=ma_date(pub), clock=hm(pub))
    else:
        date_line = PP_PUBLISHED.format(date=fr_date(pub), clock=fr_clock(pub))
    today = later(kind, pub, days=6, hours=3)
    views = 1200 + 731 * k
    url = f'{PP_HOST}/article.php?id={aid}'
    body = []
    for i, p in enumerate(paras):
        body.append(f'<p>{lead_html(p, bold=True) if i == 0 else esc(p)}</p>')
        if i == 1 and k in PP_ALSO:
            body.append(f'<p class="lire-aussi"><span>{PP_ALSO[k]}</span> <a href="{PP_HOST}/article.php?id={aid - 17}">{esc(extra["also"])}</a></p>')
    utc = pub.astimezone(datetime.timezone.utc)
    metas = f'<meta property="article:published_time" content="{utc.isoformat(timespec="seconds")}" />\n'
    if k == 2:
        metas += f'<meta property="article:modified_time" content="{mod.astimezone(datetime.timezone.utc).isoformat(timespec="seconds")}" />\n'
    flash_days = [later(kind, pub, days=6, hours=-i) for i in range(3)]
    flash = ''.join(f'<li><span class="heure">{fr_clock(d)}</span> <a href="{PP_HOST}/article.php?id={aid + 900 + i}">{esc(t)}</a></li>' for i, (t, d) in enumerate(zip(latest, flash_days)))
    rel_html = ''.join(f'<li><a href="{PP_HOST}/article.php?id={aid - 50 - 11 * i}"><img src="{PP_HOST}/upload/thumbs/r{k}{i}.jpg" alt="" width="120" height="80" /></a><a class="titre" href="{PP_HOST}/article.php?id={aid - 50 - 11 * i}">{esc(t)}</a></li>' for i, t in enumerate(rel))
    most_html = ''.join(f'<li><span class="num">{i + 1}</span> <a href="{PP_HOST}/article.php?id={aid - 300 - i}">{esc(t)}</a></li>' for i, t in enumerate(most))
    commented_html = ''.join(f'<li><span class="num">{i + 1}</span> <a href="{PP_HOST}/article.php?id={aid - 400 - i}">{esc(t)}</a> <span class="nb">({37 - 9 * i})</span></li>' for i, t in enumerate(commented))
    latest_days = [later(kind, pub, days=6, hours=-2 * i - 1) for i in range(len(latest))]
    latest_html = ''.join(f'<li><span class="date">{dmy(d)} {fr_clock(d)}</span> <a href="{PP_HOST}/article.php?id={aid + 800 + i}">{esc(t)}</a></li>' for i, (t, d) in enumerate(zip(latest, latest_days)))
    videos_html = ''.join(f'<div class="video-item"><a href="{PP_HOST}/video.php?id={330 + i}"><span class="duree">0{2 + i}:{17 + 9 * i}</span></a> <a class="titre" href="{PP_HOST}/video.php?id={330 + i}">{esc(t)}</a></div>' for i, t in enumerate(videos))
    comment_days = [later(kind, pub, hours=7 + 15 * i, minutes=12) for i in range(len(PP_COMMENTS))]
    comments_html = ''.join(f'<div class="commentaire"><div class="c-entete"><b>{esc(n)}</b> · le {dmy(d)} à {fr_clock(d)}</div><div class="c-texte">{esc(c)}</div></div>' for (n, c), d in zip(PP_COMMENTS, comment_days))
    menu = ''.join(f'<li{" class=actif" if t == PP_SECTION else ""}><a href="{PP_HOST}/rubrique.php?id={i}">{t}</a></li>' for i, t in enumerate(PP_MENU))
    upd_html = f'<span class="maj">{upd_line}</span>' if upd_line else ''
    page = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="ar" dir="rtl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)} - {PP_SITE} | {PP_SITE_FR}</title>
<meta name="description" content="{esc(opening_words(lead_parts(paras[0])[1], 25))}" />
<meta name="keywords" content="{PP_SITE}, Casablanca, كازا, {PP_SECTION}" />
<meta property="og:site_name" content="{PP_SITE_FR}" />
<meta property="og:title" content="{esc(title)}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{url}" />
<meta property="og:image" content="{PP_HOST}/upload/articles/{aid}_big.jpg" />
{metas}<link rel="stylesheet" type="text/css" href="{PP_HOST}/css/style.css?v=3.2" />
<script type="text/javascript" src="{PP_HOST}/js/jquery-1.12.4.min.js"></script>
<script type="text/javascript">var id_article = {aid}; var rubrique = "societe"; var base_url = "{PP_HOST}/";</script>
</head>
<body>
<div id="fb-root"></div>
<div id="topbar"><div class="wrap"><span class="date-jour">{fr_day(today)}</span> · <span class="meteo">{PP_WEATHER} {14 + k}°C</span> <span class="langues"><a href="{PP_HOST}/">AR</a> | <a href="{PP_HOST}/fr/">FR</a></span></div></div>
<div id="header"><div class="wrap"><a href="{PP_HOST}/" id="logo"><img src="{PP_HOST}/images/logo-derbinfo.png" alt="{PP_SITE}" /></a><p class="tagline">{PP_TAGLINE}</p></div></div>
<div id="menu"><div class="wrap"><ul>{menu}</ul></div></div>
<div id="flash"><div class="wrap"><span class="label">{PP_FLASH}</span><ul class="defilant">{flash}</ul></div></div>
<div id="contenu" class="wrap">
<div id="colonne-gauche">
<div class="article" id="article-{aid}">
<div class="fil-ariane"><a href="{PP_HOST}/">{PP_MENU[0]}</a> » <a href="{PP_HOST}/rubrique.php?id=2">{PP_SECTION}</a></div>
<h1 class="titre-article">{esc(title)}</h1>
<div class="infos-article"><span class="auteur">{PP_BY} {author}</span> | <span class="date">{date_line}</span>{" | " + upd_html if upd_html else ""} | <span class="vues">{views} {PP_VIEWS}</span> <span class="taille"><a href="#" onclick="taille(1);return false;">{PP_FONT[0]}</a> <a href="#" onclick="taille(-1);return false;">{PP_FONT[1]}</a></span></div>
<div class="image-article"><img src="{PP_HOST}/upload/articles/{aid}_big.jpg" alt="{esc(title)}" width="640" height="360" /></div>
<div class="texte-article">
{''.join(body)}
</div>
<div class="partage"><span>{PP_SHARE}</span> <a href="https://www.facebook.example/sharer.php?u={url}" class="fb">Facebook</a> <a href="https://twitter.example/intent/tweet?url={url}" class="tw">Twitter</a> <a href="whatsapp://send?text={url}" class="wa">WhatsApp</a></div>
<div class="articles-similaires"><h3>{PP_RELATED}</h3><ul>{rel_html}</ul></div>
<div class="commentaires"><h3>{PP_COMMENTS_HEAD} ({len(PP_COMMENTS)})</h3>{comments_html}
<p class="regles">{PP_COMMENT_RULES}</p>
<form method="post" action="{PP_HOST}/commenter.php"><input type="hidden" name="id" value="{aid}" /><input type="text" name="nom" placeholder="{PP_COMMENT_FIELDS[0]}" /><textarea name="texte" placeholder="{PP_COMMENT_FIELDS[1]}"></textarea><input type="submit" value="{PP_COMMENT_FIELDS[2]}" /></form></div>
</div>
</div>
<div id="colonne-droite">
<div class="bloc onglets"><ul class="onglets-titres"><li class="actif"><a href="#tab-lus">{PP_TABS[0]}</a></li><li><a href="#tab-commentes">{PP_TABS[1]}</a></li></ul>
<div id="tab-lus" class="onglet"><ol>{most_html}</ol></div>
<div id="tab-commentes" class="onglet" style="display:none"><ol>{commented_html}</ol></div></div>
<div class="bloc"><h3>{PP_LATEST}</h3><ul>{latest_html}</ul></div>
<div class="bloc videos"><h3>{PP_VIDEOS}</h3>{videos_html}</div>
<div class="bloc app"><a href="{PP_HOST}/app/">{PP_APP}</a></div>
</div>
</div>
<div id="footer"><div class="wrap"><ul>{''.join(f'<li><a href="{PP_HOST}/page.php?id={i}">{t}</a></li>' for i, t in enumerate(PP_FOOTER))}</ul>
<p class="adresse">{PP_ADDRESS}</p><p class="copyright">© 2012-{today.year} {PP_COPY}</p></div></div>
<div id="cookies"><p>{PP_COOKIE}</p><a href="#" class="btn accepter">{PP_COOKIE_BUTTONS[0]}</a> <a href="#" class="btn refuser">{PP_COOKIE_BUTTONS[1]}</a></div>
<script type="text/javascript">$(function(){{$(".onglets-titres a").click(function(){{var t=$(this).attr("href");$(".onglet").hide();$(t).show();return false;}});}});</script>
</body>
</html>
'''
    without = [fr_day(today), PP_TAGLINE, PP_FLASH, f'{PP_BY} {author}', date_line, f'{views} {PP_VIEWS}', PP_SHARE, PP_RELATED,
               PP_COMMENTS_HEAD, PP_COMMENT_RULES, PP_TABS[1], PP_LATEST, PP_VIDEOS, PP_APP, PP_ADDRESS, PP_COOKIE, PP_FOOTER[2],
               f'© 2012-{today.year} {PP_COPY}'] + [c for _, c in PP_COMMENTS] + latest + videos + rel[:2] + most[:1] + \
        ([upd_line] if upd_line else [])
    read_also = [extra['also']] if k in PP_ALSO else []
    return page, title, read_also, rel + most, without, upd_of(upd_day)


RENDER = {'jekyll': render_jekyll, 'tumblr': render_tumblr, 'moodle': render_moodle, 'gatsby': render_gatsby, 'hexo': render_hexo, 'sveltekit': render_sveltekit, 'portal': render_portal}
render = renderer(RENDER, 'templates_set18.py', 18)


# --- the corpus and the driver ----------------------------------------------------------------------------
# The Goud files that a segmenter label named when the set was written (tests/segmenter/labels/*.json), frozen so that
# later labels do not shift the set's articles; ../shared/eval/dev labels none of them.
SEGMENTER_NAMED = frozenset((
    'marsum_goud_00066.txt', 'marsum_goud_00115.txt', 'marsum_goud_00124.txt', 'marsum_goud_00154.txt',
    'marsum_goud_00189.txt', 'marsum_goud_00276.txt', 'marsum_goud_00295.txt', 'marsum_goud_00343.txt',
    'marsum_goud_00375.txt', 'marsum_goud_00424.txt', 'marsum_goud_00446.txt', 'marsum_goud_00476.txt',
    'marsum_goud_00497.txt', 'marsum_goud_00572.txt', 'marsum_goud_00618.txt', 'marsum_goud_00621.txt',
    'marsum_goud_00721.txt', 'marsum_goud_00745.txt', 'marsum_goud_00839.txt', 'marsum_goud_01044.txt',
    'marsum_goud_01083.txt', 'marsum_goud_01109.txt', 'marsum_goud_01199.txt', 'marsum_goud_01436.txt',
    'marsum_goud_01502.txt', 'marsum_goud_01517.txt', 'marsum_goud_01519.txt', 'marsum_goud_01534.txt',
    'marsum_goud_01690.txt', 'marsum_goud_01721.txt', 'marsum_goud_01727.txt', 'marsum_goud_01769.txt',
    'marsum_goud_01786.txt', 'marsum_goud_01878.txt', 'marsum_goud_01927.txt'))
DEV_NAMED = frozenset()


def usable_title(title):
    return 3 <= len(title.split()) <= 20 and not any(m in title for m in MARKERS)


def records(corpus):
    """Every file of CORPUS/marsum-goud/marsum_goud_*.txt in sorted order, the files that a segmenter or development
    label names left out, as dicts: name, folder, title (the first line), lines (the others), dup (a later file with
    the title of an earlier one)."""
    files = sorted(glob.glob(os.path.join(corpus, CORPUS_FOLDER, 'marsum_goud_*.txt')))
    out, seen = [], set()
    for f in files:
        base = os.path.basename(f)
        if base in SEGMENTER_NAMED or base in DEV_NAMED:
            continue
        with open(f, encoding='utf-8') as fh:
            raw = fh.read()
        lines = [' '.join(line.split()) for line in raw.split('\n') if line.strip()]
        title = lines[0] if lines else ''
        out.append({'name': f'{CORPUS_FOLDER}/{base}', 'folder': CORPUS_FOLDER, 'title': title, 'lines': lines[1:],
                    'dup': title in seen})
        seen.add(title)
    return out


def paragraphs(rec):
    """The record's paragraphs (see the docstring): its lines of 12 words or more where it has three, else the
    sentences of its text lines (those under 12 words joined to the next), up to a quoted social post."""
    long_lines = [line for line in rec['lines'] if len(line.split()) >= 12]
    if len(long_lines) >= 3:
        units = long_lines
    else:
        units = [s for line in rec['lines'] for s in sentences(line)]
    return joined_paragraphs(units)


def article_of(rec):
    """(name, title, paragraphs) when the record is an article (see the docstring), else None."""
    if rec['dup'] or not usable_title(rec['title']) or any(m in line for line in rec['lines'] for m in MARKERS):
        return None
    paras = paragraphs(rec)
    if len(paras) < 3:
        return None
    return rec['name'], rec['title'], paras[:8]


def following(recs, at_, title, n):
    """The titles (with their records' first text lines) of the n records after recs[at_] (wrapping around) that are
    usable headlines, without `title` (each title once)."""
    out, lead = [], {}
    for j in range(1, len(recs)):
        r = recs[(at_ + j) % len(recs)]
        t = r['title']
        if usable_title(t) and t != title and t not in lead:
            out.append(t)
            lead[t] = lead_parts(r['lines'][0])[1] if r['lines'] else ''
            if len(out) == n:
                break
    return out, lead


def pick_articles(recs, need):
    """`need` (index, article) pairs: the articles in the files' order (templates_set12.pick_articles, one folder)."""
    return shared_pick_articles(recs, need, article_of, 'templates_set18', CORPUS_FOLDER)


# Pages whose local time is moved to just after midnight, so that their UTC date is the day before (kind, page).
AFTER_MIDNIGHT = {('tumblr', 2): (0, 25), ('gatsby', 1): (0, 40), ('hexo', 3): (0, 15), ('portal', 1): (0, 35)}


def page_time(n, kind, k):
    """Page n's local publication time: a day of 2018-2024 and a time of day (07:00 to 22:59) drawn from a generator
    seeded by n, in the kind's zone; the pages of AFTER_MIDNIGHT keep the day and take their clock time."""
    rng = random.Random(f'templates_set18 page {n}')
    day = datetime.date(2018, 1, 1) + datetime.timedelta(days=rng.randrange(2557))
    hour, minute = rng.randrange(7, 23), rng.randrange(60)
    hour, minute = AFTER_MIDNIGHT.get((kind, k), (hour, minute))
    return zone(kind, datetime.datetime.combine(day, datetime.time(hour, minute)))


def main(argv=None):
    args = set_arguments(__doc__, 'templates_set18', KINDS, RENDER, CORPUS_FOLDER, argv)
    kinds = args.kinds
    recs = records(args.corpus)
    # Pages are counted over the whole set (kinds in KINDS order), so that --kinds picks the same articles.
    chosen = pick_articles(recs, args.per_kind * len(KINDS))
    rng = random.Random(20261218)
    bad = 0
    written = 0
    for n, kind in enumerate(k for k in KINDS for _ in range(args.per_kind)):
        k = n % args.per_kind
        at_, art = chosen[n]
        heads, lead = following(recs, at_, art[1], 20)
        others = heads[:11]
        rng.shuffle(others)
        if kind not in kinds:
            continue
        local = page_time(n, kind, k)
        extra = {'at': local, 'also': heads[11], 'also2': heads[12], 'more': heads[13:], 'lead': lead}
        name = f'{kind}-{k}'
        page, label, encoding = render(kind, art, others, extra, local.date().isoformat(), name, k)
        # A lead's credit or place dateline is metadata, not the paragraph's opening (the development set's convention).
        label['body_with'] = [opening(lead_parts(p)[1]) for p in art[2]]
        bad += write_page(args.out, name, page, label, encoding, art[2], 'templates_set18')
        written += 1
    print(f'{written} pages in {args.out}' + (f', {bad} problems' if bad else ''))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
