#!/usr/bin/env python3
"""Sealed HTML template set 76 (issue 14): seven more kinds of Arabic news pages, labelled by construction.

Written by a helper who did not change the HTML extractor's rules, did not read them (src/, include/, data/, bench/, nor
docs/segmenter.md, loader.md or markers.md), never ran akhbar on these pages (nor any other binary of that name, nor
anything under build* or bins), never built it and never ran git: the set stays sealed until it is scored once, and that
first score measures the rules on templates nobody tuned them for. The brief named Perch, Flextype, Genially, Prezi,
Streamlit, Discord and Revolt; grep -il of "perch", "flextype", "genially", "prezi", "streamlit", "discord" and "revolt"
returned no file of make_templates.py or templates_set5..74.py, so the seven stay. Set 75, written at the same time by
another helper, was not read (only its strings, by the wording check, where it exists). Every chrome sentence is new
wording: --wording checks that no run of three Arabic words of a string of this file, docstrings aside, appears, after
templates_set5.fold()'s letter folding, in the string constants of make_templates.py, templates_set5..74.py and
templates_set75.py where it exists (templates_set21.wording_problems()). The chrome is Arabic (a Riyadh desk's blog, an
Algiers international-affairs site, a Doha heritage magazine's interactive pages, a Hawalli visual unit's presentations,
a Dubai story app, a Muharraq newsroom's Discord server, a Tunis reading circle's Revolt server), with what the
platforms leave in English: Perch Blog's "By NAME on 05 March 2018" (strftime "%d %B %Y" over <time class="dt-published"
datetime>, h-entry microformats), "Categories", "Archive" with English months and counts, "Filed under:", "Comments",
"Leave a comment", Name, Email, Website, "Post comment" and "Built with Perch"; Flextype's "d-m-Y H:i" dates
("05-03-2018 14:30"), "Recent entries" and "Powered by Flextype"; Genially's "Made with Genially"; Prezi's header
(Product, Solutions, Learn, Pricing, Log in, Sign up), "Present", "Updated Mar 5, 2018", "N views", Like, Share, Copy,
"Transcript", "More presentations by NAME", "More creations to inspire you" and "© YEAR Prezi Inc."; Streamlit's "You
need to enable JavaScript to run this app.", Share, "Made with Streamlit" and "Hosted with Streamlit"; Discord's "APP"
tag, its timestamps ("06/13/2018 11:15 PM", "Yesterday at 12:15 AM") over <time datetime> in UTC, its day dividers
("June 20, 2018"), "(edited)", "You do not have permission to send messages in this channel." and "Members — 4";
Revolt's dayjs calendar times ("Yesterday at 12:25 AM", "Last Wednesday at 2:18 PM") over <time datetime> in UTC,
"(edited)" and "You don't have permission to send messages in this channel.".

The kinds and what each page holds:
  perch      a Riyadh desk's blog built with Perch CMS and its Blog app, one post (Asia/Riyadh; Sky News Arabia): the
             header (the blog's name, "الرياض، DAY DATE": the saved day, the navigation); the sidebar BEFORE the post in
             source order: "جديد الدفتر" (five other headlines: not related), Categories, Archive (four earlier English
             months with counts: not related); div.post.h-entry: <h1 class="p-name">, "By NAME on 05 March 2018" (the
             article's only visible date, English), the e-content: the text (on odd pages "سبق أن دوّن تركي عن أول فصول
             هذه القضية هنا:" and a link: read-also), the source line, page 0 "أضاف تركي تنبيهاً إلى التدوينة وصوّب فيها
             تاريخاً، DATE" (updated); "Filed under:"; "تدوينات في الدفتر يشدّها إلى هذه خيط واحد" (four: related);
             Comments: three comments with English days over <time datetime>; the comment form; the footer with the
             year; article:published_time with the local offset (page 2's update only in article:modified_time)
  flextype   an Algiers international-affairs site built with Flextype, one entry (Africa/Algiers; France 24): the
             navbar; the hero section OUTSIDE the entry: the breadcrumb, <h1 class="hero-title">, the author and
             Flextype's "05-03-2018 14:30" date; article.entry: "أعدّت ليندة هذا المدخل ونشرته DAY DATE، في حدود
             HH:MM" (Algerian month names), the text (on even pages "مدخل أسبق في الموقع يوضّح بدايات المسألة:" and a
             link: read-also), the source line, page 1 "حيّنت ليندة المدخل بتصحيح اسم مدينة، DATE" (updated); the
             side column: "مداخل أخرى يرشّحها الموقع للقارئ بعد هذا" (four: related), "Recent entries" (five other
             headlines with "d-m-Y H:i" stamps before and after the entry's: not related); the footer with the year;
             window.Flextype holds the entry whole again (published_at, created_at, modified_at in Unix seconds:
             modified_at the update's on pages 1 and 2, page 2's update only there and in article:modified_time);
             article:published_time with the local offset
  genially   a Doha heritage magazine's Genially, an interactive page of absolutely positioned layers over three
             slides (Asia/Qatar; Aljazeera): slide 1: the layer "إصدار يوم DATE" (the saved day), the title layer
             (<h1>), the layer "صمّمت موزة هذه الصفحة التفاعلية وأتاحتها للقراء DAY DATE، HH:MM" (the article's only
             visible date), the cover image; slide 2: one text layer a paragraph (on odd pages a button layer "زر: صفحة
             تفاعلية سابقة من المجلة تضيء الخلفية" and a link: read-also), the source layer, page 2 "بدّلت موزة طبقة من
             النص بعد مراجعة لغوية، DATE" (updated); slide 3: "صفحات تفاعلية من المجلة تكمّل الحكاية" and four link
             layers (related), "صدر عن المجلة خلال الأسابيع الأخيرة" (four other headlines with earlier days: not
             related); the footer with the year and "Made with Genially"; article:published_time with the local offset
             (page 0's update only in article:modified_time)
  prezi      a Hawalli visual unit's Prezi presentation, its public page with the transcript (Asia/Kuwait; Al Arabiya):
             the header; the player; the info block OUTSIDE the transcript: <h1 class="viewer-info__title">, the owner
             and the unit, "Updated Mar 5, 2018" (the publication's, page 3's the update's) and the views; the
             description: "عرض أعدّه عبدالله ورفعه إلى حساب الوحدة DAY DATE، HH:MM" and "عروض للوحدة تدور حول الحدث
             ذاته" (four: related) BEFORE the transcript; Transcript: the text (on even pages "قبل هذا العرض رفعنا عرضاً
             يمهّد له:" and a link: read-also), the source line, page 3 "أعاد عبدالله ترتيب إطارين وصحّح رقماً في
             العرض، DATE" (updated); "More presentations by NAME" (three other headlines with earlier English days: not
             related); "More creations to inspire you" (four other headlines with views: not related); the footer with
             the year; article:published_time with the local offset (page 1's update only in article:modified_time)
  streamlit  a Dubai story app on Streamlit Community Cloud, one story among its widgets (Asia/Dubai; Aljazeera): the
             app header; the sidebar (section[data-testid=stSidebar]) BEFORE the main block: the app's name, a selectbox
             "اختر الباب", a radio "تصفح الشهور" (four earlier months "YYYY-MM": not related), the most-read box "قصص
             يتداولها مستخدمو المنصة بكثافة" (three: related), "أضيف إلى المنصة مؤخراً" (four other headlines: not
             related); the main block: the text SPLIT over sibling element-containers, one stMarkdown a paragraph, with
             st.title (<h1>), st.caption "أدرجت شما القصة في المنصة DAY DATE، HH:MM بتوقيت دبي" (the article's only
             visible date), an image after the first paragraph, an st.metric "القراءات حتى الآن" after the second (and
             on even pages an st.info "لفهم ما قبل القصة، افتحوا هذه في المنصة:" and a link: read-also), the source
             caption, page 0 an st.info "حدّثت شما القصة وأصلحت فيها اسماً، DATE" (updated), a button and "آخر تحديث
             للبيانات: HH:MM" (the saved time); the footer with the year; article:published_time with the local offset
             (in UTC on page 2; page 3's update only in article:modified_time)
  discord    a Muharraq newsroom's Discord server, its announcement channel as the web client shows it (Asia/Bahrain;
             Sky News Arabia): the servers bar, the channel list and the channel header (name, topic) BEFORE the
             messages; the message list: six earlier bot messages (other headlines and their links, each under its
             day divider "June 13, 2018" and its timestamp: not related), the article's day divider, the article's
             message: the bot's name, the "APP" tag and its timestamp (Discord's "MM/DD/YYYY h:mm AM" or "Yesterday at
             h:mm AM") over a <time datetime> in UTC, then div.markup: the heading (<h1>) and the text with paragraphs
             separated ONLY by blank lines in the text (Discord keeps newlines as text; on odd pages "ولمن فاته أصل
             القصة، هذا منشورنا الأسبق:" and a link: read-also), the source line, page 2 "تعديل من المشرفين: استُبدل رقم
             خاطئ في القصة، DATE" and "(edited)" over the update's <time datetime> (updated), "منشورات تتشابك وهذه
             القصة" (four: related), the reactions; two later bot messages (other headlines: not related); the member
             list; article:published_time with the local offset (in UTC on page 1; page 3's update only in
             article:modified_time)
  revolt     a Tunis reading circle's public Revolt server, one channel's messages (Africa/Tunis; Aljazeera): the
             server's name and channel list BEFORE the channel; the channel header; six chat messages BEFORE the post
             (members' Arabic lines, each with its dayjs calendar time); the post: the author's name and its time, ONLY
             a relative "Yesterday at 12:25 AM" / "Last Wednesday at 9:40 PM" over a <time datetime> in UTC (the
             article's only visible date), the markdown: <h1>, the text (on even pages "لمن يبحث عن البداية، منشوري
             الأقدم في القناة هنا:" and a link: read-also), the source line, page 1 "نقّحت ألفة المنشور وأضافت تصحيحاً،
             DATE" (Tunisian month names) and "(edited)" (updated), "منشورات سابقة في القناة لها صلة" (four: related);
             two later chat messages; article:published_time with the local offset (in UTC on page 3; page 0's update
             only in article:modified_time)

The texts and how they were picked: nahla-scraper's split files of Aljazeera
(CORPUS/nahla-scraper/split/nahla_aljazeera_*.txt; genially, streamlit, revolt) read as sets 33, 42, 45 and 72 read them
(templates_set33.article_of(), set 29's reading: the day from the article's URL, at least six paragraphs); FOLDERS name
Aljazeera's sections. After the left-out files Aljazeera holds 14 articles (turath 7, opinion 2, arts, science, midan,
lifestyle and family 1 each), enough for three kinds (12 pages) but not for four, so the other four kinds take the
multisource TREC records of Sky News Arabia, France 24 and Al Arabiya (CORPUS/ant-multisource/SkyNews, France24,
Alarabia; perch and discord, flextype, prezi) read as sets 56, 60, 62, 65, 67, 72 and 74 read them
(templates_set31.article_of(): a usable headline, a date, no marker line, at least six lines of 12 words or more, the
first eight kept); FOLDERS name the channels' sections (France 24's pages are all of internationalNews). After the
left-out records Al Arabiya holds 7 articles (internationalNews 6, sport 1) and France 24 10, enough for one kind each;
Sky News Arabia, with hundreds, takes two. A text of fewer than six paragraphs gets, besides the openings, eight words
from the middle of its longest paragraphs (templates_set32.relabel()); an Aljazeera lead's dateline is metadata (set
29's relabel(), through templates_set48.relabel()). A multisource record keeps its <TIME> made local in the kind's zone
(2018); an Aljazeera text keeps its day (2021, 2022 or 2024) and takes a drawn clock time. Page N (counted over the
whole set, kinds in the order above) has a generator, random.Random("templates_set76 page N"), that draws, in this
order, a day (2019 to 2024; used by no page here: every text has its day), a clock time (07:00 to 22:59), the update's
delay (1 to 2 days, 1 to 9 hours, 5 to 55 minutes), the hours and minutes before the page was saved (comments, later
messages, "today" lines and refresh times fall between publication and that moment or near it; a page is always saved
after its own update) and a count (views, reads). Zones (none with summer time in the texts' years): Dubai's +04:00,
Riyadh's, Doha's, Kuwait's and Bahrain's +03:00, Algiers' and Tunis' +01:00; every page's publication and update times
are checked against zoneinfo when the set is written. Three pages are moved just after local midnight, keeping their
day, for a UTC trap (MOVED): streamlit-2 (00:20 in Dubai; article:published_time in UTC, the caption the local day),
discord-1 (00:15 in Manama; article:published_time and the message's <time datetime> in UTC, the day divider and the
timestamp the local ones) and revolt-3 (00:25 in Tunis; article:published_time and the post's <time datetime> in UTC,
"Yesterday at 12:25 AM" the local time); each is the day before in UTC (checked when the set is written) and the label
holds the local day. Two pages of each kind are updated (14 of 28): one shows the update, the other declares it only in
metadata (article:modified_time, and Flextype's modified_at); the other pages carry updated null and declare no
modified time later than their publication (Flextype's modified_at and Prezi's "Updated" are the publication's there).
Every page shows dates that are not the article's: "today" lines and saved times, archive months, comments' days,
recent entries' stamps, a magazine shelf's days, other presentations' days, bot messages' dividers and timestamps, chat
times, footers' years.

Each kind carries a related list or a most-read box (labelled related, in page order: Streamlit's is its most-read box)
and lists that look related but are not (a blog's latest posts and archive months, recent entries, a magazine shelf,
other presentations and creations to inspire, an app's month picker and latest stories, earlier and later bot
messages), and every other page (14) an inline read-also line, button layer or alert in new wording. Hard in structure,
as real pages are: the Perch post's sidebar of other headlines and archive months comes BEFORE the post; the Flextype
entry's headline and date stand in the hero OUTSIDE the entry, and its text is held whole again in window.Flextype; the
Genially text is split over positioned sibling layers; the Prezi page's headline and date stand OUTSIDE the transcript
and the related list comes BEFORE it; the Streamlit story is split over sibling widgets after a sidebar of widgets and
lists; the Discord message comes after six other headlines' messages, its paragraphs are separated only by newlines in
the text and its date is Discord's timestamp over a UTC <time datetime>; the Revolt post comes after a chat thread and
its only date is a relative calendar time over a UTC <time datetime>.

Labels (the format of tests/html/labels): title (the <h1>), published (the local date in the kind's zone), updated (the
local date where the page shows or declares an update: 14 of the 28 pages; null elsewhere), body_with = the opening of
each paragraph (templates_set5.opening(); for a text of fewer than six paragraphs, eight words from the middle of its
longest paragraphs are added, templates_set32.relabel(); an Aljazeera lead's dateline is metadata), body_without =
visible chrome texts, bylines, date lines, timestamps and dividers, update notes, source lines, comments and chat
messages, sidebar, archive, shelf and message entries, other stories' headlines, the first two related headlines,
read_also, related (headed related lists and the most-read box only, in page order).

Left out (frozen, so that later labels do not shift the set): the records and files a label of tests/segmenter/labels,
tests/html/labels or ../shared/eval/dev names or a segmenter blind draw (tests/segmenter/blind*-draw.txt, blind72 and
blind73 included) lists: for the multisource channels set 74's MS_LEFT_OUT (set 72's, which holds set 67's and through
it those of the earlier sets that read them, and set 74's own LABEL_NAMED and EARLIER_SETS_READ), for Aljazeera set
72's ALJ_LEFT_OUT (set 45's, which holds the earlier sets' lists: 16, 19, 23, 29, 33 and 42, and set 72's own
LABEL_NAMED and EARLIER_SETS_READ), and LABEL_NAMED here for the names found in them when this set was written that
those lists did not hold (a multisource name without its date stands for every record of that prefix; an Aljazeera file
by its number, from a name "nahla-aljazeera-N", a "csv-N" name or a draw's CSV record N standing for the split file N,
or a "file" path); and the texts earlier sets built pages around: those lists, and EARLIER_SETS_READ here, set 74's
twelve multisource records and set 72's twelve Aljazeera files, read off their pick_articles() when this set was
written (set 74 was the last set to read the multisource channels and set 72 the last to read Aljazeera's files; set 73
read neither; set 75, written at the same time, was not read). An Aljazeera file whose headline is a left-out file's is
dropped. Page k of a kind takes the first text of FOLDERS[kind][k] or of the kind's next folders that no page took
before (templates_set24.pick_from_folders()). Other stories' headlines are the titles of the records of the same source
that follow the text's, wrapping around (templates_set14.following()): the first 11 shuffled by random.Random(20261276),
one shuffle a page, then the rest in order (the read-also is the 12th, sidebars, shelves, recent entries, other
presentations and messages from the 14th on; 24 are read a page).

Usage: templates_set76.py OUT_DIR [--corpus DIR] [--per-kind 4] [--kinds a,b] [--wording]
writes OUT_DIR/pages/KIND-N.html and OUT_DIR/labels/KIND-N.json (templates_set24.run_set()), checks every labelled text
against the page's visible text, the link and balance checks, the zones against zoneinfo; with --wording also the
wording check over make_templates.py, templates_set5..74.py and templates_set75.py where it exists. The output is the
same byte for byte from run to run."""
import datetime
import os
import random
import sys

sys.dont_write_bytecode = True  # the set writes nothing beside itself (no __pycache__ of the sets it imports)
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
# Helpers, calendar data, the corpus readers and the frozen left-out lists only; no chrome sentence of the earlier sets.
import templates_set33 as set33  # noqa: E402
import templates_set72 as set72  # noqa: E402
import templates_set74 as set74  # noqa: E402
from templates_set5 import DAYS, esc  # noqa: E402
from templates_set10 import EN_MONTHS, renderer  # noqa: E402
from templates_set12 import DZ_MONTHS, TN_MONTHS, trec_records  # noqa: E402
from templates_set15 import upd_of  # noqa: E402
from templates_set19 import iso_z, lead_words, zone_helpers  # noqa: E402
from templates_set21 import with_null_update  # noqa: E402
from templates_set21 import wording_problems as set21_wording  # noqa: E402
from templates_set23 import hex_id, spaced  # noqa: E402
from templates_set24 import moment_helpers, page_helpers, pick_from_folders, run_set  # noqa: E402
from templates_set31 import article_of as set31_article_of  # noqa: E402
from templates_set48 import EN_DAYS, EN_SHORT, ld_json, relabel  # noqa: E402
from templates_set60 import also_line, gulf, hm, iso_local, with_block  # noqa: E402

KINDS = ('perch', 'flextype', 'genially', 'prezi', 'streamlit', 'discord', 'revolt')
UTC = datetime.timezone.utc
ZONES = {'perch': (3, []), 'flextype': (1, []), 'genially': (3, []), 'prezi': (3, []), 'streamlit': (4, []),
         'discord': (3, []), 'revolt': (1, [])}
TZ = {'perch': 'Asia/Riyadh', 'flextype': 'Africa/Algiers', 'genially': 'Asia/Qatar', 'prezi': 'Asia/Kuwait',
      'streamlit': 'Asia/Dubai', 'discord': 'Asia/Bahrain', 'revolt': 'Africa/Tunis'}
MS_FOLDER = 'ant-multisource'
NAHLA_FOLDER = 'nahla-scraper/split'
SOURCE = {'perch': 'SkyNews', 'flextype': 'France24', 'genially': 'aljazeera', 'prezi': 'Alarabia',
          'streamlit': 'aljazeera', 'discord': 'SkyNews', 'revolt': 'aljazeera'}
FOLDERS = {'perch': ('middleEast', 'economy', 'technology', 'sport'),
           'flextype': ('internationalNews',) * 4,
           'genially': ('turath', 'arts', 'turath', 'science'),
           'prezi': ('internationalNews', 'sport', 'internationalNews', 'internationalNews'),
           'streamlit': ('family', 'turath', 'lifestyle', 'turath'),
           'discord': ('internationalNews', 'sport', 'middleEast', 'technology'),
           'revolt': ('opinion', 'turath', 'midan', 'opinion')}
MOVED = {('streamlit', 2): (0, 20), ('discord', 1): (0, 15), ('revolt', 3): (0, 25)}
offset_hours, zone, in_zone, later, earlier = zone_helpers(ZONES)
between, saved_after = moment_helpers(in_zone, later)
updates, saved, moments = page_helpers(later, between, saved_after, page_of=lambda k: k % 4)


def modified_meta(k, pages, mod):
    return f'<meta property="article:modified_time" content="{iso_z(mod)}">\n' if k % 4 in pages else ''


def day_line(t, fmt=gulf):
    return f'{DAYS[t.weekday()]} {fmt(t)}'


def tn(t):
    return f'{t.day} {TN_MONTHS[t.month - 1]} {t.year}'


def dz(t):
    return f'{t.day} {DZ_MONTHS[t.month - 1]} {t.year}'


def en_clock(t):
    return f'{(t.hour + 11) % 12 + 1}:{t.minute:02d} {"AM" if t.hour < 12 else "PM"}'


def en_dmy(t):
    """"05 March 2018" (Perch's strftime("%d %B %Y"))."""
    return f'{t.day:02d} {EN_MONTHS[t.month - 1]} {t.year}'


def en_md(t):
    """"Mar 5, 2018" (Prezi's dates)."""
    return f'{EN_SHORT[t.month - 1]} {t.day}, {t.year}'


def en_long(t):
    return f'{EN_MONTHS[t.month - 1]} {t.day}, {t.year}'


def dmy_dash(t):
    """"05-03-2018 14:30" (Flextype's display_date_format "d-m-Y H:i")."""
    return f'{t.day:02d}-{t.month:02d}-{t.year} {hm(t)}'


def mdy_slash(t):
    """"03/05/2018 9:12 AM" (Discord's timestamps older than yesterday)."""
    return f'{t.month:02d}/{t.day:02d}/{t.year} {en_clock(t)}'


def calendar(t, now):
    """Revolt's dayjs calendar() as of `now`: "Today at 9:12 AM", "Yesterday at ...", "Last Monday at ...",
    else "05/03/2018"."""
    days = (now.date() - t.date()).days
    if days == 0:
        return f'Today at {en_clock(t)}'
    if days == 1:
        return f'Yesterday at {en_clock(t)}'
    if days < 7:
        return f'Last {EN_DAYS[t.weekday()]} at {en_clock(t)}'
    return f'{t.day:02d}/{t.month:02d}/{t.year}'


def months_before(t, n):
    """The n calendar months before t's, newest first, as (year, month)."""
    out, y, m = [], t.year, t.month
    for _ in range(n):
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
        out.append((y, m))
    return out


def ul(items, href, li='<li><a href="{h}">{t}</a></li>'):
    return ''.join(li.format(h=href(t), t=esc(t)) for t in items)


# --- perch: a Riyadh desk's blog, built with Perch CMS and its Blog app, one post ----------------------------------
PE_HOST = 'https://malaz-desk.example.sa'
PE_SITE = 'دفتر محرري الملز'
PE_TODAY = 'الرياض، {date}'
PE_NAV = ['الرئيسة', 'التدوينات', 'عن الدفتر', 'راسلونا']
PE_AUTHOR = 'Turki Al-Dosari'
PE_ALSO = 'سبق أن دوّن تركي عن أول فصول هذه القضية هنا:'
PE_SOURCE = 'أخذ تركي هذه التدوينة من تقرير على Sky News Arabia دون تحوير'
PE_EDITED = 'أضاف تركي تنبيهاً إلى التدوينة وصوّب فيها تاريخاً، {date}'
PE_RELATED = 'تدوينات في الدفتر يشدّها إلى هذه خيط واحد'
PE_LATEST = 'جديد الدفتر'
PE_CATS = 'Categories'
PE_ARCHIVE = 'Archive'
PE_COMMENTS = [('Nawaf', 'أحسنت النقل يا تركي، أتنتظر متابعة أخرى للموضوع؟'),
               ('Reem', 'الفقرة الثالثة ينقصها مصدر ثانٍ برأيي'),
               ('Turki Al-Dosari', 'سأضيف الرابط الثاني حين يصلني من الزميل')]


def render_perch(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'perch'
    pub, draw = extra['at'], extra['draw']
    rel, latest = others[:4], extra['more'][:5]
    mod, upd_day = updates(kind, k, pub, draw, (0, 2))
    now = saved(kind, pub, draw, mod, upd_day, days=2, hours=draw['saved_hours'])
    slug_of = lambda t: hex_id('pe ' + t)[:10]  # noqa: E731
    href = lambda t: f'{PE_HOST}/blog/post.php?s={slug_of(t)}'  # noqa: E731
    today = PE_TODAY.format(date=day_line(now))
    edited = PE_EDITED.format(date=gulf(mod)) if k % 4 == 0 else ''
    also = also_line('post-also', PE_ALSO, href(extra['also']), extra['also']) if k % 2 == 1 else ''
    body = ''.join(with_block(paras, also, 2, '<p>{}</p>'))
    cm_at = moments(kind, pub, now, len(PE_COMMENTS))
    cm_lines = [en_dmy(d) for d in cm_at]
    months = months_before(pub, 4)
    arch = [f'{EN_MONTHS[m - 1]} {y}' for y, m in months]
    arch_lines = [f'{a} ({3 + (i * 5 + len(title)) % 9})' for i, a in enumerate(arch)]
    cats = [extra['folder'], 'Gulf', 'Reports']
    comments = ''.join(
        f'<li class="comment h-cite" id="comment{i + 1}"><div class="comment-meta"><span class="p-author h-card">{who}</span> '
        f'<time class="dt-published" datetime="{iso_local(d)}">{line}</time></div><div class="comment-body e-content"><p>{txt}</p></div></li>'
        for i, ((who, txt), d, line) in enumerate(zip(PE_COMMENTS, cm_at, cm_lines)))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - {PE_SITE}</title>
<meta name="description" content="{esc(lead_words(paras, 20))}">
<meta name="generator" content="Perch">
<meta property="og:site_name" content="{PE_SITE}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{href(title)}">
<meta property="article:published_time" content="{iso_local(pub)}">
{modified_meta(k, (2,), mod)}<link rel="alternate" type="application/rss+xml" title="RSS" href="{PE_HOST}/blog/rss.php">
<link rel="stylesheet" href="{PE_HOST}/css/screen.css">
</head>
<body class="blog-post">
<header class="site-header"><p class="site-title"><a href="{PE_HOST}/">{PE_SITE}</a></p><p class="today">{today}</p>
<nav class="site-nav"><ul>{"".join(f'<li><a href="{PE_HOST}/#{i}">{n_}</a></li>' for i, n_ in enumerate(PE_NAV))}</ul></nav></header>
<div class="wrapper">
<aside class="sidebar">
<div class="widget widget-latest"><h2>{PE_LATEST}</h2><ul class="h-feed">{ul(latest, href, '<li class="h-entry"><a class="u-url p-name" href="{h}">{t}</a></li>')}</ul></div>
<div class="widget widget-categories"><h2>{PE_CATS}</h2><ul>{"".join(f'<li><a href="{PE_HOST}/blog/archive.php?cat={c}">{esc(c)}</a></li>' for c in cats)}</ul></div>
<div class="widget widget-archive"><h2>{PE_ARCHIVE}</h2><ul>{"".join(f'<li><a href="{PE_HOST}/blog/archive.php?year={y}&amp;month={m:02d}">{a}</a></li>' for (y, m), a in zip(months, arch_lines))}</ul></div>
</aside>
<main class="main">
<div class="post h-entry">
<h1 class="p-name">{esc(title)}</h1>
<p class="meta">By <span class="p-author h-card">{PE_AUTHOR}</span> on <time class="dt-published" datetime="{iso_local(pub)}">{en_dmy(pub)}</time></p>
<div class="description e-content">
{body}
<p class="source"><em>{PE_SOURCE}</em></p>
{f'<p class="note"><strong>{edited}</strong></p>' if edited else ''}</div>
<p class="categories">Filed under: <a class="p-category" href="{PE_HOST}/blog/archive.php?cat={esc(extra['folder'])}">{esc(extra['folder'])}</a></p>
</div>
<section class="related-posts"><h2>{PE_RELATED}</h2><ul>{ul(rel, href)}</ul></section>
<section class="comments"><h2>Comments</h2><ol class="comment-list">{comments}</ol>
<form class="comment-form" method="post" action="{href(title)}"><h3>Leave a comment</h3><label>Name <input type="text" name="commentName"></label> <label>Email <input type="email" name="commentEmail"></label> <label>Website <input type="url" name="commentURL"></label> <textarea name="commentHTML"></textarea> <button type="submit">Post comment</button></form></section>
</main>
</div>
<footer class="site-footer"><p>&copy; {now.year} {PE_SITE} · Built with Perch</p></footer>
</body>
</html>
'''
    without = [PE_SITE, today, PE_AUTHOR, en_dmy(pub), PE_SOURCE, PE_RELATED, PE_LATEST] + PE_NAV + latest + arch_lines + \
        [c for _, c in PE_COMMENTS] + cm_lines + rel[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- flextype: an Algiers newsletter's Flextype site, one entry ------------------------------------------------------
FX_HOST = 'https://rassd-alger.example.dz'
FX_SITE = 'رصد العاصمة للشؤون الدولية'
FX_NAV = ['الواجهة', 'المداخل', 'حول الموقع']
FX_BY = 'أعدّت ليندة هذا المدخل ونشرته {date}، في حدود {time}'
FX_ALSO = 'مدخل أسبق في الموقع يوضّح بدايات المسألة:'
FX_SOURCE = 'مصدر المدخل فرانس 24 بلغتها العربية، وأبقت ليندة النص على حاله'
FX_EDITED = 'حيّنت ليندة المدخل بتصحيح اسم مدينة، {date}'
FX_RELATED = 'مداخل أخرى يرشّحها الموقع للقارئ بعد هذا'
FX_RECENT = 'Recent entries'
FX_AUTHOR = 'Linda Benaissa'


def render_flextype(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'flextype'
    pub, draw = extra['at'], extra['draw']
    rel, recent = others[:4], extra['more'][:5]
    mod, upd_day = updates(kind, k, pub, draw, (1, 2))
    now = saved(kind, pub, draw, mod, upd_day, days=1, hours=draw['saved_hours'])
    path = lambda t: f'entries/{hex_id("fx " + t)[:12]}'  # noqa: E731
    href = lambda t: f'{FX_HOST}/{path(t)}'  # noqa: E731
    by = FX_BY.format(date=day_line(pub, dz), time=hm(pub))
    edited = FX_EDITED.format(date=dz(mod)) if k % 4 == 1 else ''
    stored = mod if k % 4 in (1, 2) else pub
    rc_at = [later(kind, pub, hours=7 * i + 2) if i % 2 else earlier(kind, pub, days=i + 1, hours=3) for i in range(len(recent))]
    rc_lines = [dmy_dash(d) for d in rc_at]
    also = also_line('entry-also', FX_ALSO, href(extra['also']), extra['also']) if k % 2 == 0 else ''
    body = ''.join(with_block(paras, also, 1, '<p>{}</p>'))
    entry = {'title': title, 'description': lead_words(paras, 20), 'content': '\n\n'.join(paras),
             'template': 'entry', 'visibility': 'visible', 'routable': True, 'id': path(title),
             'published_by': hex_id('fx-user ' + FX_AUTHOR)[:32], 'published_at': int(pub.timestamp()),
             'created_at': int(pub.timestamp()), 'modified_at': int(stored.timestamp())}
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | {FX_SITE}</title>
<meta name="description" content="{esc(lead_words(paras, 20))}">
<meta name="generator" content="Flextype">
<meta property="og:site_name" content="{FX_SITE}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{href(title)}">
<meta property="article:published_time" content="{iso_local(pub)}">
{modified_meta(k, (2,), mod)}<link rel="stylesheet" href="{FX_HOST}/project/themes/noir/assets/dist/css/theme.min.css">
</head>
<body class="entry-page">
<nav class="navbar"><a class="navbar-brand" href="{FX_HOST}/">{FX_SITE}</a><ul class="navbar-nav">{"".join(f'<li class="nav-item"><a class="nav-link" href="{FX_HOST}/#{i}">{n_}</a></li>' for i, n_ in enumerate(FX_NAV))}</ul></nav>
<section class="hero"><div class="container">
<ol class="breadcrumb"><li class="breadcrumb-item"><a href="{FX_HOST}/">{FX_NAV[0]}</a></li><li class="breadcrumb-item"><a href="{FX_HOST}/entries">{FX_NAV[1]}</a></li></ol>
<h1 class="hero-title">{esc(title)}</h1>
<div class="entry-meta"><span class="entry-author">{FX_AUTHOR}</span> · <span class="entry-date">{dmy_dash(pub)}</span></div>
</div></section>
<main class="container"><div class="row">
<article class="entry col-md-8">
<p class="entry-by"><em>{by}</em></p>
{body}
<p class="entry-source"><em>{FX_SOURCE}</em></p>
{f'<p class="entry-update"><strong>{edited}</strong></p>' if edited else ''}</article>
<aside class="col-md-4">
<div class="entries-related"><h2>{FX_RELATED}</h2><ul>{ul(rel, href)}</ul></div>
<div class="entries-recent"><h2>{FX_RECENT}</h2><ul>{"".join(f'<li><a href="{href(t)}">{esc(t)}</a> <small>{dd}</small></li>' for t, dd in zip(recent, rc_lines))}</ul></div>
</aside>
</div></main>
<footer class="footer"><div class="container">{FX_SITE} © {now.year} · Powered by <a href="https://flextype.org">Flextype</a></div></footer>
<script>window.Flextype = {{"entry": {ld_json(entry)}}};</script>
<script src="{FX_HOST}/project/themes/noir/assets/dist/js/theme.min.js"></script>
</body>
</html>
'''
    without = [FX_SITE, FX_AUTHOR, dmy_dash(pub), by, FX_SOURCE, FX_RELATED] + FX_NAV + recent + rc_lines + rel[:2] + \
        ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- genially: a Doha heritage magazine's Genially, an interactive page of positioned text layers --------------------
GN_HOST = 'https://view.genial.ly'
GN_OWNER = 'مجلة الموروث التفاعلية - الدوحة'
GN_TODAY = 'إصدار يوم {date}'
GN_WHEN = 'صمّمت موزة هذه الصفحة التفاعلية وأتاحتها للقراء {date}، {time}'
GN_ALSO = 'زر: صفحة تفاعلية سابقة من المجلة تضيء الخلفية'
GN_SOURCE = 'النص للجزيرة نت، وأعادت موزة توزيعه على طبقات الصفحة'
GN_EDITED = 'بدّلت موزة طبقة من النص بعد مراجعة لغوية، {date}'
GN_RELATED = 'صفحات تفاعلية من المجلة تكمّل الحكاية'
GN_SHELF = 'صدر عن المجلة خلال الأسابيع الأخيرة'


def render_genially(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'genially'
    pub, draw = extra['at'], extra['draw']
    rel, shelf = others[:4], extra['more'][:4]
    mod, upd_day = updates(kind, k, pub, draw, (2, 0))
    now = saved(kind, pub, draw, mod, upd_day, days=1, hours=draw['saved_hours'])
    gid = hex_id('gn ' + title)[:24]
    href = lambda t: f'{GN_HOST}/{hex_id("gn " + t)[:24]}'  # noqa: E731
    today = GN_TODAY.format(date=gulf(now))
    when = GN_WHEN.format(date=day_line(pub), time=hm(pub))
    edited = GN_EDITED.format(date=gulf(mod)) if k % 4 == 2 else ''
    sh_at = [earlier(kind, now, days=4 * i + 3) for i in range(len(shelf))]
    sh_lines = [gulf(d) for d in sh_at]
    counter = [0]

    def layer(inner, top, cls='genially-view-text', h=60):
        counter[0] += 1
        return (f'<div class="genially-view-item {cls}" id="{hex_id(f"gni {gid} {counter[0]}")[:24]}" '
                f'style="position:absolute;left:80px;top:{top}px;width:800px;height:{h}px">{inner}</div>\n')
    slides = []
    s1 = layer(f'<p class="genially-text">{today}</p>', 20, h=30)
    s1 += layer(f'<h1 class="genially-text genially-title">{esc(title)}</h1>', 80, h=120)
    s1 += layer(f'<p class="genially-text"><em>{when}</em></p>', 220, h=40)
    s1 += layer(f'<img src="https://img.genial.ly/{gid}/cover.jpg" alt="">', 280, 'genially-view-image', 300)
    slides.append(s1)
    s2, top = '', 20
    for i, p in enumerate(paras):
        s2 += layer(f'<p class="genially-text">{esc(p)}</p>', top, h=140)
        top += 160
        if i == 1 and k % 2 == 1:
            s2 += layer(f'<div class="genially-button"><p>{GN_ALSO}</p><a class="genially-link" href="{href(extra["also"])}">{esc(extra["also"])}</a></div>',
                        top, 'genially-view-button', 70)
            top += 90
    s2 += layer(f'<p class="genially-text"><em>{GN_SOURCE}</em></p>', top, h=40)
    if edited:
        s2 += layer(f'<p class="genially-text"><strong>{edited}</strong></p>', top + 50, h=40)
    slides.append(s2)
    s3 = layer(f'<h2 class="genially-text">{GN_RELATED}</h2>', 20, h=40)
    s3 += ''.join(layer(f'<a class="genially-link" href="{href(t)}">{esc(t)}</a>', 80 + 60 * i, 'genially-view-button', 50) for i, t in enumerate(rel))
    s3 += layer(f'<h3 class="genially-text">{GN_SHELF}</h3>', 340, h=40)
    s3 += ''.join(layer(f'<a class="genially-link" href="{href(t)}">{esc(t)}</a> <span class="genially-text">{dd}</span>', 400 + 50 * i, 'genially-view-button', 40)
                  for i, (t, dd) in enumerate(zip(shelf, sh_lines)))
    slides.append(s3)
    view = ''.join(f'<div class="genially-view-slide" data-slide="{i + 1}" style="position:relative;width:960px;height:{1600 if i == 1 else 600}px">\n{s}</div>\n'
                   for i, s in enumerate(slides))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} by {GN_OWNER} on Genially</title>
<meta name="description" content="{esc(lead_words(paras, 20))}">
<meta property="og:site_name" content="Genially">
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{GN_HOST}/{gid}">
<meta property="og:image" content="https://img.genial.ly/{gid}/cover.jpg">
<meta property="article:published_time" content="{iso_local(pub)}">
{modified_meta(k, (0,), mod)}<link rel="stylesheet" href="https://static.genial.ly/view/main.css">
</head>
<body class="genially-view-body">
<div id="genially-view" class="genially-view genially-view--scroll" data-genially-id="{gid}">
{view}</div>
<div class="genially-view-footer"><span class="genially-owner">{GN_OWNER}</span> · <a class="genially-brand" href="https://genially.com">Made with Genially</a> · © {now.year}</div>
<script src="https://static.genial.ly/view/main.js"></script>
</body>
</html>
'''
    without = [GN_OWNER, today, when, GN_SOURCE, GN_RELATED, GN_SHELF] + shelf + sh_lines + rel[:2] + \
        ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- prezi: a Kuwait desk's Prezi presentation, its public page with the transcript --------------------------------
PZ_HOST = 'https://prezi.com'
PZ_OWNER = 'Abdullah Al-Enezi'
PZ_TEAM = 'وحدة العروض المرئية في حولي'
PZ_WHEN = 'عرض أعدّه عبدالله ورفعه إلى حساب الوحدة {date}، {time}'
PZ_ALSO = 'قبل هذا العرض رفعنا عرضاً يمهّد له:'
PZ_SOURCE = 'كتابة الإطارات لموقع Al Arabiya، نقلها عبدالله بحرفها'
PZ_EDITED = 'أعاد عبدالله ترتيب إطارين وصحّح رقماً في العرض، {date}'
PZ_RELATED = 'عروض للوحدة تدور حول الحدث ذاته'


def render_prezi(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'prezi'
    pub, draw = extra['at'], extra['draw']
    rel, more, inspire = others[:4], extra['more'][:3], extra['more'][3:7]
    mod, upd_day = updates(kind, k, pub, draw, (3, 1))
    now = saved(kind, pub, draw, mod, upd_day, days=2, hours=draw['saved_hours'])
    pid = hex_id('pz ' + title)[:12]
    href = lambda t: f'{PZ_HOST}/p/{hex_id("pz " + t)[:12]}/'  # noqa: E731
    when = PZ_WHEN.format(date=day_line(pub), time=hm(pub))
    edited = PZ_EDITED.format(date=gulf(mod)) if k % 4 == 3 else ''
    last = mod if k % 4 == 3 else pub
    updated = f'Updated {en_md(last)}'
    mo_at = [earlier(kind, pub, days=6 * i + 5) for i in range(len(more))]
    mo_lines = [en_md(d) for d in mo_at]
    in_lines = [f'{(draw["count"] * (i + 3)) % 9000 + 120} views' for i in range(len(inspire))]
    views = f'{draw["count"]} views'
    also = also_line('transcript-also', PZ_ALSO, href(extra['also']), extra['also']) if k % 2 == 0 else ''
    body = ''.join(with_block(paras, also, 2, '<p>{}</p>'))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} by {PZ_OWNER} on Prezi</title>
<meta name="description" content="{esc(lead_words(paras, 20))}">
<meta property="og:site_name" content="prezi.com">
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{PZ_HOST}/p/{pid}/">
<meta property="og:image" content="https://0701.static.prezi.com/preview/v2/{pid}_0_0.png">
<meta property="article:published_time" content="{iso_local(pub)}">
{modified_meta(k, (1,), mod)}<link rel="stylesheet" href="https://assets.prezicdn.net/viewer/viewer.css">
</head>
<body class="viewer-page">
<header class="prezi-header"><a class="prezi-logo" href="{PZ_HOST}/">Prezi</a> <nav><a href="{PZ_HOST}/product/">Product</a> <a href="{PZ_HOST}/solutions/">Solutions</a> <a href="{PZ_HOST}/learn/">Learn</a> <a href="{PZ_HOST}/pricing/">Pricing</a></nav> <a href="{PZ_HOST}/login/">Log in</a> <a class="button" href="{PZ_HOST}/signup/">Sign up</a></header>
<main class="viewer-layout">
<div class="viewer-player" id="prezi-player"><div class="viewer-player__placeholder"><img src="https://0701.static.prezi.com/preview/v2/{pid}_0_0.png" alt=""></div><button class="viewer-player__present" type="button">Present</button></div>
<section class="viewer-info">
<h1 class="viewer-info__title">{esc(title)}</h1>
<div class="viewer-info__owner"><a class="viewer-info__owner-name" href="{PZ_HOST}/user/{hex_id("pz-user")[:10]}/">{PZ_OWNER}</a> <span class="viewer-info__team">{PZ_TEAM}</span></div>
<div class="viewer-info__stats"><span class="viewer-info__updated">{updated}</span> · <span class="viewer-info__views">{views}</span></div>
<div class="viewer-info__actions"><a href="#">Like</a> <a href="#">Share</a> <a href="#">Copy</a></div>
</section>
<section class="viewer-description"><p><em>{when}</em></p><h2>{PZ_RELATED}</h2><ul>{ul(rel, href)}</ul></section>
<section class="viewer-transcript"><h2 class="viewer-transcript__title">Transcript</h2><div class="viewer-transcript__text">
{body}
<p><em>{PZ_SOURCE}</em></p>
{f'<p><strong>{edited}</strong></p>' if edited else ''}</div></section>
<section class="viewer-more"><h2>More presentations by {PZ_OWNER}</h2><ul>{"".join(f'<li><a href="{href(t)}">{esc(t)}</a> <span class="date">{dd}</span></li>' for t, dd in zip(more, mo_lines))}</ul></section>
<section class="viewer-inspire"><h2>More creations to inspire you</h2><ul>{"".join(f'<li><a href="{href(t)}">{esc(t)}</a> <span class="views">{vv}</span></li>' for t, vv in zip(inspire, in_lines))}</ul></section>
</main>
<footer class="prezi-footer">© {now.year} Prezi Inc. · <a href="{PZ_HOST}/legal/terms-of-use/">Terms &amp; Privacy</a></footer>
<script src="https://assets.prezicdn.net/viewer/viewer.js"></script>
</body>
</html>
'''
    without = [PZ_OWNER, PZ_TEAM, updated, views, when, PZ_SOURCE, PZ_RELATED] + more + mo_lines + inspire + rel[:2] + \
        ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- streamlit: a Dubai data desk's Streamlit app, rendering one story among its widgets -----------------------------
ST_HOST = 'https://qisas-deira.streamlit.app'
ST_APP = 'منصة قصص ديرة المصوّرة'
ST_SECTION = 'اختر الباب'
ST_ARCHIVE = 'تصفح الشهور'
ST_MOST = 'قصص يتداولها مستخدمو المنصة بكثافة'
ST_LATEST = 'أضيف إلى المنصة مؤخراً'
ST_WHEN = 'أدرجت شما القصة في المنصة {date}، {time} بتوقيت دبي'
ST_READS = 'القراءات حتى الآن'
ST_ALSO = 'لفهم ما قبل القصة، افتحوا هذه في المنصة:'
ST_SOURCE = 'جلبت شما القصة بتمامها دون حذف، وأصلها للجزيرة'
ST_EDITED = 'حدّثت شما القصة وأصلحت فيها اسماً، {date}'
ST_REFRESH = 'آخر تحديث للبيانات: {time}'


def render_streamlit(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'streamlit'
    pub, draw = extra['at'], extra['draw']
    most, latest = others[:3], extra['more'][:4]
    moved = (kind, k % 4) in MOVED
    mod, upd_day = updates(kind, k, pub, draw, (0, 3))
    now = saved(kind, pub, draw, mod, upd_day, days=1, hours=draw['saved_hours'])
    href = lambda t: f'{ST_HOST}/?story={hex_id("st " + t)[:10]}'  # noqa: E731
    when = ST_WHEN.format(date=day_line(pub), time=hm(pub))
    edited = ST_EDITED.format(date=gulf(mod)) if k % 4 == 0 else ''
    refresh = ST_REFRESH.format(time=hm(now))
    mo_lines = [f'{y}-{m:02d}' for y, m in months_before(pub, 4)]
    reads = f'{draw["count"]:,}'
    block = 0

    def el(inner, testid='stMarkdown', cls='stMarkdown'):
        nonlocal block
        block += 1
        return (f'<div class="element-container st-emotion-cache-{hex_id(f"st-el {block}")[:6]} e1f1d6gn4" data-testid="element-container" data-stale="false">'
                f'<div class="{cls}" data-testid="{testid}">{inner}</div></div>\n')

    def md(inner):
        return el(f'<div data-testid="stMarkdownContainer" class="st-emotion-cache-1rsyhoq e1nzilvr5">{inner}</div>')
    main = el(f'<div data-testid="stMarkdownContainer"><h1 id="{hex_id("st " + title)[:10]}">{esc(title)}</h1></div>', 'stHeading', 'stHeading')
    main += el(f'<div data-testid="stCaptionContainer"><p>{when}</p></div>', 'stCaption', 'stCaption')
    for i, p in enumerate(paras):
        main += md(f'<p>{esc(p)}</p>')
        if i == 0:
            main += el(f'<div data-testid="stImage"><img src="{ST_HOST}/~/+/media/{hex_id("st-img " + title)[:16]}.jpg" alt=""></div>', 'stImage', 'stImage')
        if i == 1:
            main += el(f'<label data-testid="stMetricLabel"><div data-testid="stMarkdownContainer"><p>{ST_READS}</p></div></label>'
                       f'<div data-testid="stMetricValue">{reads}</div>', 'stMetric', 'stMetric')
            if k % 2 == 0:
                main += el(f'<div role="alert" data-baseweb="notification"><div data-testid="stMarkdownContainer"><p>{ST_ALSO} '
                           f'<a href="{href(extra["also"])}" target="_self">{esc(extra["also"])}</a></p></div></div>', 'stAlert', 'stAlert')
    main += el(f'<div data-testid="stCaptionContainer"><p>{ST_SOURCE}</p></div>', 'stCaption', 'stCaption')
    if edited:
        main += el(f'<div role="alert" data-baseweb="notification"><div data-testid="stMarkdownContainer"><p>{edited}</p></div></div>', 'stAlert', 'stAlert')
    main += el(f'<button kind="secondary" data-testid="stBaseButton-secondary" class="st-emotion-cache-b0y9n5 em9zgd02"><p>🔄</p></button>', 'stButton', 'stButton')
    main += el(f'<div data-testid="stCaptionContainer"><p>{refresh}</p></div>', 'stCaption', 'stCaption')
    side = (f'<div data-testid="stMarkdownContainer"><h2>{ST_APP}</h2></div>'
            f'<div class="stSelectbox" data-testid="stSelectbox"><label data-testid="stWidgetLabel"><p>{ST_SECTION}</p></label>'
            f'<div data-baseweb="select"><div class="st-ak">{esc(extra["folder"])}</div></div></div>'
            f'<div class="stRadio" data-testid="stRadio"><label data-testid="stWidgetLabel"><p>{ST_ARCHIVE}</p></label><div role="radiogroup">'
            + ''.join(f'<label data-baseweb="radio"><input type="radio" name="month" value="{m}"><div data-testid="stMarkdownContainer"><p>{m}</p></div></label>' for m in mo_lines)
            + '</div></div>'
            f'<div data-testid="stMarkdownContainer"><h3>{ST_MOST}</h3><ol>{ul(most, href)}</ol></div>'
            f'<div data-testid="stMarkdownContainer"><h3>{ST_LATEST}</h3><ul>{ul(latest, href)}</ul></div>')
    meta_pub = iso_z(pub) if moved else iso_local(pub)
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>{esc(title)} · Streamlit</title>
<meta name="description" content="{esc(lead_words(paras, 20))}">
<meta property="og:site_name" content="Streamlit">
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{href(title)}">
<meta property="article:published_time" content="{meta_pub}">
{modified_meta(k, (3,), mod)}<link rel="shortcut icon" href="./favicon.png">
<script type="module" crossorigin src="./static/js/index.js"></script>
<link rel="stylesheet" crossorigin href="./static/css/index.css">
</head>
<body>
<noscript>You need to enable JavaScript to run this app.</noscript>
<div id="root"><div class="withScreencast"><div tabindex="-1"><div class="stApp stAppEmbeddingId-{hex_id("st-app")[:12]} st-emotion-cache-1r4qj8v erw9t6i1" data-testid="stApp" data-test-script-state="notRunning" data-test-connection-state="CONNECTED">
<header class="stAppHeader st-emotion-cache-12fmjuu ezrtsby2" data-testid="stHeader"><div class="stAppToolbar" data-testid="stToolbar"><div data-testid="stToolbarActions"><button kind="header" data-testid="stBaseButton-header">Share</button></div><div class="stMainMenu" data-testid="stMainMenu"><button kind="header" data-testid="stBaseButton-headerNoPadding">⋮</button></div></div></header>
<div class="stAppViewContainer appview-container st-emotion-cache-1yiq2ps ea3mdgi9" data-testid="stAppViewContainer" data-layout="narrow">
<section class="stSidebar st-emotion-cache-1wqrzgl eczjsme18" data-testid="stSidebar" aria-expanded="true"><div data-testid="stSidebarContent"><div data-testid="stSidebarUserContent"><div data-testid="stVerticalBlock">{side}</div></div></div></section>
<section class="stMain st-emotion-cache-bm2z3a ea3mdgi8" data-testid="stMain"><div class="stMainBlockContainer block-container st-emotion-cache-1jicfl2 ea3mdgi5" data-testid="stMainBlockContainer">
<div class="stVerticalBlock st-emotion-cache-1n76uvr e1f1d6gn2" data-testid="stVerticalBlock">
{main}</div></div>
<footer class="st-emotion-cache-cio0dv ea3mdgi6">Made with <a href="https://streamlit.io" target="_blank">Streamlit</a> · {ST_APP} {now.year}</footer></section>
</div></div></div></div></div>
<div class="viewerBadge_container__r5tak"><a href="https://streamlit.io/cloud" class="viewerBadge_link__qRIco">Hosted with Streamlit</a></div>
</body>
</html>
'''
    without = [ST_APP, ST_SECTION, ST_ARCHIVE, ST_MOST, ST_LATEST, when, ST_READS, reads, ST_SOURCE, refresh] + mo_lines + latest + \
        most[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, most, without, upd_of(upd_day)


# --- discord: a Muharraq newsroom's Discord server, its announcement channel --------------------------------------------
DC_SERVER = 'غرفة أخبار المحرق'
DC_CHANNELS = [('📢', 'إعلانات-الغرفة'), ('💬', 'دردشة-عامة'), ('🗳', 'اقتراحات-القراء'), ('🎧', 'غرفة-صوتية')]
DC_TOPIC = 'ينشر هنا بوت الغرفة القصص كاملة، والتعليق في الدردشة العامة'
DC_BOT = 'بوت المحرق'
DC_ALSO = 'ولمن فاته أصل القصة، هذا منشورنا الأسبق:'
DC_SOURCE = 'المصدر Sky News Arabia، والنص منشور بلا اختصار'
DC_EDITED = 'تعديل من المشرفين: استُبدل رقم خاطئ في القصة، {date}'
DC_RELATED = 'منشورات تتشابك وهذه القصة'
DC_MEMBERS = 'Members'
DC_PEOPLE = ['Fatima', 'Hamad', 'بوت المحرق', 'Sara']


def dc_message(mid, cid, who, when, content, now, bot=True, extra_html='', head=True):
    stamp = mdy_slash(when) if (now.date() - when.date()).days > 1 else \
        (f'Today at {en_clock(when)}' if now.date() == when.date() else f'Yesterday at {en_clock(when)}')
    aria = f'{EN_DAYS[when.weekday()]}, {en_long(when)} at {en_clock(when)}'
    tag = '<span class="botTag__82f07 botTagRegular__82f07"><span class="botText__82f07">APP</span></span>' if bot else ''
    return (f'<li id="chat-messages-{cid}-{mid}" class="messageListItem__5126c" aria-setsize="-1">'
            f'<div class="message__5126c cozyMessage__5126c groupStart__5126c wrapper_c19a55 cozy_c19a55" role="article" data-list-item-id="chat-messages___chat-messages-{cid}-{mid}" aria-labelledby="message-username-{mid} message-content-{mid}">'
            f'<div class="contents_c19a55"><img class="avatar_c19a55" src="https://cdn.discordapp.com/avatars/{hex_id("dc-av " + who)[:18]}/a.webp" alt="">'
            f'<h3 class="header_c19a55" aria-labelledby="message-username-{mid} message-timestamp-{mid}"><span id="message-username-{mid}" class="headerText_c19a55"><span class="username_c19a55" role="button">{who}</span>{tag}</span>'
            f'<span class="timestamp_c19a55 timestampInline_c19a55"><time aria-label="{aria}" id="message-timestamp-{mid}" datetime="{when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")}">'
            f'<i class="separator_c19a55" aria-hidden="true"> — </i>{stamp}</time></span></h3>'
            f'<div id="message-content-{mid}" class="markup__75297 messageContent_c19a55">{content}</div></div>{extra_html}</div></li>\n'), stamp


def render_discord(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'discord'
    pub, draw = extra['at'], extra['draw']
    rel, before, after = others[:4], extra['more'][:6], extra['more'][6:8]
    mod, upd_day = updates(kind, k, pub, draw, (2, 3))
    now = saved(kind, pub, draw, mod, upd_day, days=1, hours=draw['saved_hours'])
    gid = 1000000000000000000 + int(hex_id('dc ' + DC_SERVER)[:12], 16)
    cid = 1100000000000000000 + int(hex_id('dc-ch')[:12], 16)
    mid_of = lambda t: 1200000000000000000 + int(hex_id('dc ' + t)[:13], 16)  # noqa: E731
    href = lambda t: f'https://discord.com/channels/{gid}/{cid}/{mid_of(t)}'  # noqa: E731
    edited = DC_EDITED.format(date=gulf(mod)) if k % 4 == 2 else ''
    bf_at = [earlier(kind, pub, days=len(before) - i, hours=i + 1) for i in range(len(before))]
    af_at = moments(kind, pub, now, len(after))
    msgs, stamps = '', []
    last_day = None
    for t, d in list(zip(before, bf_at)):
        if d.date() != last_day:
            msgs += f'<div class="divider__5126c hasContent__5126c" role="separator" aria-label="{en_long(d)}"><span class="content__5126c">{en_long(d)}</span></div>\n'
            stamps.append(en_long(d))
            last_day = d.date()
        html_, st = dc_message(mid_of(t), cid, DC_BOT, d, f'<strong>{esc(t)}</strong>\n<a class="anchor_edefb8" href="{href(t)}" rel="noreferrer noopener" target="_blank">{href(t)}</a>', now)
        msgs += html_
        stamps.append(st)
    if pub.date() != last_day:
        msgs += f'<div class="divider__5126c hasContent__5126c" role="separator" aria-label="{en_long(pub)}"><span class="content__5126c">{en_long(pub)}</span></div>\n'
        stamps.append(en_long(pub))
    text = '\n\n'.join(esc(p) for p in paras)
    if k % 2 == 1:
        text += f'\n\n{DC_ALSO} <a class="anchor_edefb8" href="{href(extra["also"])}" rel="noreferrer noopener" target="_blank">{esc(extra["also"])}</a>'
    text += f'\n\n<em>{DC_SOURCE}</em>'
    if edited:
        text += f'\n\n<strong>{edited}</strong>'
    rel_li = '<li><a class="anchor_edefb8" href="{h}" rel="noreferrer noopener" target="_blank">{t}</a></li>'
    content = f'<h1>{esc(title)}</h1>\n{text}\n\n<strong>{DC_RELATED}</strong>\n<ul>{ul(rel, href, rel_li)}</ul>'
    if k % 4 == 2:
        content += (f'<span class="timestamp_c19a55"><time aria-label="{EN_DAYS[mod.weekday()]}, {en_long(mod)} at {en_clock(mod)}" '
                    f'datetime="{mod.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")}"><span class="edited_c19a55">(edited)</span></time></span>')
    reacts = '<div class="reactions_ec6b19" role="group"><div class="reaction_ec6b19"><span>👍</span> <span class="reactionCount_ec6b19">24</span></div><div class="reaction_ec6b19"><span>📰</span> <span class="reactionCount_ec6b19">9</span></div></div>'
    art_html, art_stamp = dc_message(mid_of(title), cid, DC_BOT, pub, content, now, extra_html=reacts)
    msgs += art_html
    for t, d in zip(after, af_at):
        if d.date() != pub.date() and en_long(d) not in stamps:
            msgs += f'<div class="divider__5126c hasContent__5126c" role="separator" aria-label="{en_long(d)}"><span class="content__5126c">{en_long(d)}</span></div>\n'
            stamps.append(en_long(d))
        html_, st = dc_message(mid_of(t), cid, DC_BOT, d, f'<strong>{esc(t)}</strong>\n<a class="anchor_edefb8" href="{href(t)}" rel="noreferrer noopener" target="_blank">{href(t)}</a>', now)
        msgs += html_
        stamps.append(st)
    chans = ''.join(f'<li class="containerDefault_f6f816"><a class="link_d8bfb3" href="https://discord.com/channels/{gid}/{cid + i}" aria-label="{n_} (text channel)">'
                    f'<span class="icon_d8bfb3">{ic}</span><span class="name_d8bfb3">{n_}</span></a></li>' for i, (ic, n_) in enumerate(DC_CHANNELS))
    members = ''.join(f'<div class="member_cbd271"><span class="username_cbd271">{p}</span></div>' for p in DC_PEOPLE)
    meta_pub = iso_z(pub) if (kind, k % 4) in MOVED else iso_local(pub)
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl" class="theme-dark">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Discord | #{DC_CHANNELS[0][1]} | {DC_SERVER}</title>
<meta name="description" content="{esc(lead_words(paras, 20))}">
<meta property="og:site_name" content="Discord">
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{href(title)}">
<meta property="article:published_time" content="{meta_pub}">
{modified_meta(k, (3,), mod)}<link rel="stylesheet" href="https://discord.com/assets/web.css">
</head>
<body>
<div id="app-mount" class="appMount_ea7e65"><div class="app_a01fb1"><div class="layers_a01fb1 layers_d4b6c5">
<nav class="guilds_a4d4d9" aria-label="Servers sidebar"><div class="listItem_c96c45"><div class="blobContainer_a5ad63" data-dnd-name="{DC_SERVER}"><img class="icon_f34534" src="https://cdn.discordapp.com/icons/{gid}/i.webp" alt="{DC_SERVER}"></div></div></nav>
<div class="sidebar_a4d4d9"><nav class="container_ee69e0" aria-label="{DC_SERVER} (server)"><header class="header_f37cb1"><h2 class="name_f37cb1">{DC_SERVER}</h2></header>
<ul aria-label="Channels" class="content_eed6a8">{chans}</ul></nav></div>
<main class="chatContent_a7d72e" aria-label="#{DC_CHANNELS[0][1]}">
<section class="title_f75fb0" aria-label="Channel header"><h3 class="title_fc4f04">{DC_CHANNELS[0][1]}</h3><div class="topic_fc4f04">{DC_TOPIC}</div></section>
<div class="messagesWrapper__36d07" role="group"><div class="scroller__36d07" role="log"><ol class="scrollerInner__36d07" data-list-id="chat-messages" aria-label="Messages in {DC_CHANNELS[0][1]}">
{msgs}</ol></div></div>
<form class="form_f75fb0"><div class="channelTextArea_f75fb0 channelTextAreaDisabled_f75fb0">You do not have permission to send messages in this channel.</div></form>
</main>
<aside class="membersWrap_cbd271" aria-label="{DC_MEMBERS}"><h3 class="membersGroup_cbd271">{DC_MEMBERS} — {len(DC_PEOPLE)}</h3>{members}</aside>
</div></div></div>
<script src="https://discord.com/assets/web.js"></script>
</body>
</html>
'''
    without = [DC_SERVER, DC_TOPIC, DC_BOT, DC_SOURCE, DC_RELATED, art_stamp] + [n_ for _, n_ in DC_CHANNELS] + before + after + \
        stamps + rel[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- revolt: a Tunis reading circle's public Revolt server, one channel's messages ---------------------------------
RV_HOST = 'https://app.revolt.chat'
RV_SERVER = 'حلقة قراءة نهج الباشا'
RV_CHANNELS = ['مقالات-الأسبوع', 'نقاش-حر', 'مقترحات']
RV_AUTHOR = 'Olfa'
RV_ALSO = 'لمن يبحث عن البداية، منشوري الأقدم في القناة هنا:'
RV_SOURCE = 'نقلت ألفة المقال حرفاً بحرف، وأصله منشور في الجزيرة'
RV_EDITED = 'نقّحت ألفة المنشور وأضافت تصحيحاً، {date}'
RV_RELATED = 'منشورات سابقة في القناة لها صلة'
RV_CHAT = [('Hatem', 'صباح الخير، ما مقال هذا الأسبوع يا ألفة؟'),
           ('Olfa', 'مقال طويل نسبياً، سأنشره كاملاً بعد قليل'),
           ('Ines', 'ليتنا نقرأ شيئاً عن التراث هذه المرة'),
           ('Mehdi', 'أنا موافق، وموعد اللقاء يبقى مساء السبت؟'),
           ('Olfa', 'نعم، السبت في المقهى المعتاد بعد المغرب'),
           ('Hatem', 'سأحضر ومعي نسخة مطبوعة للجميع')]
RV_LATER = [('Ines', 'قرأته للتو، الفقرة الأخيرة جميلة جداً'),
            ('Mehdi', 'سأدوّن ملاحظاتي وأحملها معي يوم اللقاء')]


def rv_message(mid, who, when, now, inner):
    rel_ = calendar(when, now)
    return (f'<div class="_message_1fs7d_1" id="{mid}" data-message-id="{mid}"><div class="_avatar_1fs7d_30"><img src="https://autumn.revolt.chat/avatars/{hex_id("rv-av " + who)[:16]}" alt=""></div>'
            f'<div class="_content_1fs7d_60"><span class="_detail_1fs7d_80"><span class="_username_1fs7d_85">{who}</span> '
            f'<time class="_timestamp_1fs7d_90" datetime="{iso_z(when)}">{rel_}</time></span>'
            f'<div class="_markdown_1fs7d_100">{inner}</div></div></div>\n'), rel_


def render_revolt(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'revolt'
    pub, draw = extra['at'], extra['draw']
    rel = others[:4]
    moved = (kind, k % 4) in MOVED
    mod, upd_day = updates(kind, k, pub, draw, (1, 0))
    now = saved(kind, pub, draw, mod, upd_day, days=1, hours=draw['saved_hours'])
    sid = hex_id('rv ' + RV_SERVER)[:26].upper()
    cid = hex_id('rv-ch')[:26].upper()
    mid_of = lambda t: hex_id('rv ' + t)[:26].upper()  # noqa: E731
    href = lambda t: f'{RV_HOST}/server/{sid}/channel/{cid}/{mid_of(t)}'  # noqa: E731
    edited = RV_EDITED.format(date=tn(mod)) if k % 4 == 1 else ''
    ch_at = [earlier(kind, pub, hours=2 * (len(RV_CHAT) - i), minutes=7 * i) for i in range(len(RV_CHAT))]
    lt_at = moments(kind, pub, now, len(RV_LATER))
    msgs, stamps = '', []
    for i, ((who, txt), d) in enumerate(zip(RV_CHAT, ch_at)):
        h_, st = rv_message(mid_of(f'chat {title} {i}'), who, d, now, f'<p>{txt}</p>')
        msgs += h_
        stamps.append(st)
    also = f'<p>{RV_ALSO} <a href="{href(extra["also"])}">{esc(extra["also"])}</a></p>' if k % 2 == 0 else ''
    inner = f'<h1>{esc(title)}</h1>' + ''.join(with_block(paras, also, 2, '<p>{}</p>')) + f'<p><em>{RV_SOURCE}</em></p>'
    if edited:
        inner += f'<p><strong>{edited}</strong></p>'
    inner += f'<h3>{RV_RELATED}</h3><ul>{ul(rel, href)}</ul>'
    if edited:
        inner += f'<span class="_edited_1fs7d_120"><time datetime="{iso_z(mod)}" title="{en_long(mod)} {en_clock(mod)}">(edited)</time></span>'
    art_html, art_stamp = rv_message(mid_of(title), RV_AUTHOR, pub, now, inner)
    msgs += art_html
    for i, ((who, txt), d) in enumerate(zip(RV_LATER, lt_at)):
        h_, st = rv_message(mid_of(f'later {title} {i}'), who, d, now, f'<p>{txt}</p>')
        msgs += h_
        stamps.append(st)
    chans = ''.join(f'<a class="_item_ch_1" href="{RV_HOST}/server/{sid}/channel/{hex_id("rv-c " + c)[:26].upper()}"><span>#</span> <span class="_name_ch_2">{c}</span></a>' for c in RV_CHANNELS)
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | #{RV_CHANNELS[0]} | Revolt</title>
<meta name="description" content="{esc(lead_words(paras, 20))}">
<meta property="og:site_name" content="Revolt">
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{href(title)}">
<meta property="article:published_time" content="{iso_z(pub) if moved else iso_local(pub)}">
{modified_meta(k, (0,), mod)}<link rel="stylesheet" href="{RV_HOST}/assets/index.css">
</head>
<body>
<div id="app"><div class="_app_root_1"><div class="_sidebar_base_1"><div class="_server_header_1"><div class="_server_name_1" role="heading" aria-level="2">{RV_SERVER}</div></div>
<nav class="_channels_1" aria-label="Channels">{chans}</nav></div>
<div class="_channel_1"><div class="_channel_header_1"><span class="_channel_name_1"># {RV_CHANNELS[0]}</span></div>
<div class="_messages_1" role="log">
{msgs}</div>
<div class="_composition_1">You don't have permission to send messages in this channel.</div></div></div></div>
<script type="module" src="{RV_HOST}/assets/index.js"></script>
</body>
</html>
'''
    without = [RV_SERVER, RV_SOURCE, RV_RELATED, art_stamp] + RV_CHANNELS + [t for _, t in RV_CHAT + RV_LATER] + stamps + rel[:2] + \
        ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


RENDER = {kind: spaced(fn) for kind, fn in (('perch', render_perch), ('flextype', render_flextype),
                                             ('genially', render_genially), ('prezi', render_prezi),
                                             ('streamlit', render_streamlit), ('discord', render_discord),
                                             ('revolt', render_revolt))}
render = with_null_update(renderer(RENDER, 'templates_set76.py', 76))  # updated: null where none is declared


# --- the corpus and the driver ----------------------------------------------------------------------------
MS_SOURCES = ('Alarabia', 'SkyNews', 'France24')
# Named by a label of tests/segmenter/labels, tests/html/labels or ../shared/eval/dev (a label's file name, "file" or
# name; an Aljazeera "csv-N" standing for the split file N), or listed by a segmenter blind draw
# (tests/segmenter/blind*-draw.txt, blind72 and blind73 included), when this set was written, beyond what set 74's
# MS_LEFT_OUT (multisource; a name without its date stands for every record of that prefix) and set 72's ALJ_LEFT_OUT
# (Aljazeera's split files, by number) hold. Frozen.
LABEL_NAMED = {
    'multisource': ('AL-economy-48', 'AL-sport-732', 'FR-middleEast-515', 'FR-sport-98', 'SK-economy-1207',
                    'SK-sport-1764-20180619', 'SK-sport-1919-20180628'),
    'aljazeera': (61, 112, 162)}
# The records set 74 (the last set to read the multisource channels) and the files set 72 (the last to read Aljazeera's
# split files) built their pages around, read off their pick_articles() when this set was written; the earlier sets'
# are in the imported lists (set 73 read neither; set 75, written at the same time, was not read).
EARLIER_SETS_READ = {
    'multisource': ('SK-middleEast-1976-20180527', 'SK-economy-193-20180322', 'SK-technology-1625-20181012',
                    'SK-sport-1720-20180618', 'AL-internationalNews-722-20180331', 'AL-sport-962-20180329',
                    'AL-economy-990-20180710', 'AL-internationalNews-74-20140105',
                    'FR-internationalNews-512-20180319', 'FR-internationalNews-515-20180319',
                    'FR-internationalNews-562-20180405', 'FR-internationalNews-583-20180406'),
    'aljazeera': (136, 86, 148, 105, 159, 121, 77, 137, 149, 106, 87, 160)}
MS_LEFT_OUT = frozenset(set74.MS_LEFT_OUT) | frozenset(LABEL_NAMED['multisource'] + EARLIER_SETS_READ['multisource'])
ALJ_LEFT_OUT = frozenset(set72.ALJ_LEFT_OUT) | frozenset(
    f'nahla_aljazeera_{n:05d}.txt' for n in LABEL_NAMED['aljazeera'] + EARLIER_SETS_READ['aljazeera'])


def ms_left_out(base):
    """A multisource record left out: by its full name (without ".txt") or by its name without the date."""
    stem = base[:-4] if base.endswith('.txt') else base
    return stem in MS_LEFT_OUT or stem.rsplit('-', 1)[0] in MS_LEFT_OUT


def records(corpus):
    """{'Alarabia': [...], 'SkyNews': [...], 'France24': [...], 'aljazeera': [...]}: the multisource TREC records of
    each channel in sorted path order as sets 56 to 74 read them, and Aljazeera's split files as sets 33, 42, 45 and 72
    read them (an Aljazeera file whose headline is a left-out file's is dropped); the left-out ones left out."""
    out = {}
    for src in MS_SOURCES:
        recs = trec_records(corpus, MS_FOLDER, (src,), set())
        recs = [r for r in recs if not ms_left_out(os.path.basename(r['name']))]
        for r in recs:
            r['folder'] = os.path.basename(r['folder'])
        out[src] = recs
    nahla = set33.records(corpus)['aljazeera']
    gone = {r['title'] for r in nahla if os.path.basename(r['name']) in ALJ_LEFT_OUT}
    out['aljazeera'] = [r for r in nahla if os.path.basename(r['name']) not in ALJ_LEFT_OUT and r['title'] not in gone]
    return out


def article_of(rec, source):
    """(name, title, paragraphs) when the record is an article (see the docstring), else None."""
    if source == 'aljazeera':
        return set33.article_of(rec, 'aljazeera')
    return set31_article_of(rec, source)


def pick_articles(sources, per_kind):
    """The pages' articles (templates_set24.pick_from_folders(); no kind's text is capped)."""
    return pick_from_folders(sys.modules[__name__], sources, per_kind, article_of, None, 0)


def page_time(n, kind, k, rec):
    """Page n's local publication time and the page's other draws (see the docstring)."""
    rng = random.Random(f'templates_set76 page {n}')
    first, last = datetime.date(2019, 1, 1), datetime.date(2024, 12, 31)
    drawn_day = first + datetime.timedelta(days=rng.randrange((last - first).days + 1))
    clock = (rng.randrange(7, 23), rng.randrange(60))
    draw = {'update': {'days': rng.randint(1, 2), 'hours': rng.randint(1, 9), 'minutes': rng.randint(5, 55)},
            'saved_hours': rng.randint(3, 9), 'saved_minutes': rng.randrange(60), 'count': rng.randint(300, 9000)}
    when = rec.get('when')
    if isinstance(when, datetime.datetime):
        local = in_zone(kind, when)
    elif isinstance(when, datetime.date):
        local = zone(kind, datetime.datetime.combine(when, datetime.time(*clock)))
    else:
        local = zone(kind, datetime.datetime.combine(drawn_day, datetime.time(*clock)))
    if (kind, k) in MOVED:
        h, m = MOVED[kind, k]
        local = zone(kind, local.replace(tzinfo=None, hour=h, minute=m, second=0))
        if local.astimezone(UTC).date() >= local.date():
            raise SystemExit(f'templates_set76: {kind}-{k}: not the day before in UTC')
    return local, draw


def wording_problems():
    """templates_set21's wording check of this file against make_templates.py, templates_set5..74.py and
    templates_set75.py where it exists."""
    earlier_sets = ['make_templates.py'] + [f'templates_set{i}.py' for i in range(5, 75)]
    if os.path.exists(os.path.join(HERE, 'templates_set75.py')):
        earlier_sets.append('templates_set75.py')
    return set21_wording(os.path.basename(__file__), earlier_sets)


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    wording = '--wording' in argv
    code = run_set(sys.modules[__name__], [a for a in argv if a != '--wording'],
                   f'{MS_FOLDER}/Alarabia, SkyNews, France24 and {NAHLA_FOLDER}/nahla_aljazeera_*', 20261276, 24, 76, relabel)
    if wording:
        problems = wording_problems()
        for problem in problems:
            print(f'templates_set76: {problem}', file=sys.stderr)
        if problems:
            print(f'{len(problems)} wording problems')
            return 1
    return code


if __name__ == '__main__':
    sys.exit(main())
