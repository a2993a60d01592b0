#!/usr/bin/env python3
"""Sealed HTML template set 64 (issue 14): seven more kinds of Arabic news pages, labelled by construction.

Written by a helper who did not change the HTML extractor's rules, did not read them (src/, include/, data/, bench/, nor
docs/segmenter.md, loader.md or markers.md), never ran akhbar on these pages (nor any other binary of that name, nor
anything under build* or bins), never built it and never ran git: the set stays sealed until it is scored once, and that
first score measures the rules on templates nobody tuned them for. None of these platforms is named by make_templates.py
or templates_set5..62.py (grep -il of "proboards", "jcink", "mantis", "blocs", "feather", "pinegrow", "frog cms",
"frogcms" and "notion" returned no file; "frog" alone is in sets 17 and 50, as an animal's name, not the CMS), nor, as
far as this helper knows, by set 63, written at the same time by another helper: ProBoards (a hosted forum: a thread page
whose first post is the article), Jcink (a hosted Invision-style forum: a topic page with its "postcolor" posts), MantisBT
(a bug tracker's news page: the "news" entries of its front page, one expanded), Blocs (a Mac site builder: a page of its
"bloc" sections), Feather (a Notion-powered blog: a post page rendered from Notion blocks with notion-* classes),
Pinegrow (a visual web editor: a Bootstrap page it exported, with its pg- classes and data-pg-name attributes) and Frog
CMS (a PHP CMS: an article page with its sidebar snippets); the seven the brief named. Every chrome sentence is new
wording: --wording checks that no run of three Arabic words of a string of this file, docstrings aside, appears, after
templates_set5.fold()'s letter folding, in the string constants of make_templates.py, templates_set5..62.py and
templates_set63.py where it exists (templates_set21.wording_problems()). The chrome is Arabic (a Manama sea-anglers'
forum, an Amman poetry club's board, a Riyadh software team's tracker, a Khartoum architects' studio, a Dubai product
designer's notes, a Tunis cycling collective, a Kuwait pharmacists' bulletin), with what the platforms leave in English:
ProBoards' "Home", "Search", "Members", "Login", "Register", "Posts:", "Mar 4, 2024 14:30:22 GMT 3", "Last Edit: ... by
NAME", "Quote", "Reply" and "Powered by ProBoards"; Jcink's "Welcome Guest", "Log In", "Register", "Posted: Mar 4 2024,
02:30 PM", "Group:", "Posts:", "Member No.:", "Joined:", "This post has been edited by NAME: DATE", "Hosted for free by
Jcink.net"; MantisBT's "My View", "View Issues", "Change Log", "Roadmap", "Summary", "anonymous", "Login", "2024-03-04
14:30", "Archives" and "Powered by Mantis Bug Tracker"; Blocs' scroll-to-top button; Feather's "Published", "min read",
"Subscribe" and "Built with Feather"; Pinegrow's data-pg-name values; Frog's "Posted by NAME on Mon, 4 Mar 2024", "tags:"
and "Powered by Frog CMS".

The kinds and what each page holds:
  proboards   a Manama sea-anglers' forum on ProBoards (Asia/Bahrain; CNN Arabic's nahla files): the header (the forum's
              name, "المرفأ مفتوح للأعضاء منذ الفجر، DAY DATE": the saved day), the navigation menu (Home, Search,
              Members, Login, Register), the nav-tree (the forum, the board, the thread); the posts container: its
              title bar holds the <h1>; the first post (mini-profile, "Posts: N", the abbr o-timestamp "Mar 4, 2024
              14:30:22 GMT 3" with its data-timestamp in UTC milliseconds: the article's only visible date), the
              message: the text with its paragraphs separated only by <br><br> (on even pages "فتحنا قبلاً في ساحة
              المنتدى خيطاً يمهد لهذا:" and a link: read-also), the source line, page 1 "Last Edit: DATE by NAME"
              (updated); the replies (five, longer together than the text, with their timestamps); the similar-threads
              container "مواضيع من البحر نفسه" (four: related); "خيوط جديدة فتحها الأعضاء" (five other headlines with
              later timestamps: not related); the footer with the year and "Powered by ProBoards";
              article:published_time in UTC (page 3's update only in article:modified_time)
  jcink       an Amman poetry club's board on Jcink (Asia/Amman; the windows-1256 newspaper files): the logo strip, the
              submenu, "Welcome Guest ( Log In | Register )", the navstrip, "البيت الشعري يرحب بزواره في DAY DATE"
              (the saved day, Levant month names); the skin's side column BEFORE the topic in source order: "حديث
              الأعضاء الآن" (six other headlines with Jcink dates: not related) and "قاعات النادي" (four forums); the
              maintitle: the <h1> and the topic description; the first post's table: the member's name, "Posted: Mar
              4 2024, 02:30 PM" (the article's only visible date), the postdetails (Group, Posts, Member No., Joined:
              an earlier month), the postcolor div (on odd pages "وللمهتم، نقاش قديم في القاعة يكمل الصورة:" and a
              link: read-also), the source line, page 2 "This post has been edited by NAME: DATE" (updated), the
              signature; three replies with their dates; "نقاشات قريبة تحوم حول المسألة" (four: related); the board
              statistics (the year's count of members, the newest member); the copyright with the year and "Hosted for
              free by Jcink.net"; article:published_time with the local offset (page 0's update only in
              article:modified_time)
  mantis      a Riyadh software team's tracker on MantisBT 2 (Asia/Riyadh; CNN Arabic's nahla files): the navbar (the
              team's name, anonymous, Login); the sidebar BEFORE the content (My View, View Issues, Change Log, Roadmap,
              Summary); the breadcrumbs ("لوحة الفريق كما هي صباح DAY DATE": the saved day); the front page's news
              entries, newest first: ONE newer entry collapsed ABOVE the article's (another headline, its date and
              poster: not related), the expanded entry: its widget header with the <h1>, "2024-03-04 14:30" and the
              poster, its body as Mantis prints a news body: one div whose paragraphs are separated only by <br
              />\\n<br /> (on odd pages "لخلفية هذا الإعلان ارجعوا إلى:" and a link: read-also), the source line,
              page 2 "أضاف مدير المشروع تصحيحاً على الإعلان في DATE" (updated); then three older entries collapsed
              (other headlines with earlier dates: not related) and "Archives"; the widget "إعلانات تجاور موضوع
              هذا البلاغ" (four: related); the timeline widget "ما جرى في المتتبع مؤخراً" (four issue events with later
              stamps); the footer with "Powered by Mantis Bug Tracker" and "Copyright © 2000 - YEAR MantisBT Team";
              article:published_time with the local offset (page 0's update only in article:modified_time)
  blocs       a Khartoum architects' studio site built with Blocs (Africa/Khartoum; the windows-1256 newspaper files):
              bloc-0 the navbar (the studio's name, four links); bloc-1 the strip "مرسم النيل يفتح أبوابه اليوم DAY
              DATE" (the saved day); bloc-2 the hero bloc OUTSIDE the text's blocs: the <h1> and "كتبه فريق المرسم
              بتاريخ DATE، الساعة HH:MM" (the article's only visible date); the text split over SIBLING blocs: bloc-3
              the first half, bloc-4 a picture with its caption "من مشاريع المرسم على الضفة" and a call to action "هل
              لديك مشروع؟ حدّثنا عنه" between, bloc-5 the rest (on even pages "في مدونة المرسم مقال سابق يهمّ قارئ هذا:"
              and a link: read-also), the source line, page 3 "راجع المرسم هذه الصفحة ونقّح فقرات منها يوم DATE"
              (updated); bloc-6 "قراءات تكمّل هذه الصفحة" (four cards: related); bloc-7 "كتابات المرسم الأخيرة" (four other
              headlines with earlier dates: not related); the scroll-to-top button; bloc-8 the footer with the year;
              article:published_time with the local offset (page 1's update only in article:modified_time)
  feather     a Dubai product designer's notes on Feather (a Notion-powered blog on Next.js; Asia/Dubai; CNN Arabic's
              nahla files): the navbar (the name, three links, Subscribe); the notion-page: the cover, <h1
              class="notion-title">, the collection row "Published" with "March 4, 2024" (the local day) and "N min
              read"; the notion-page-content: each paragraph a notion-text block (on even pages a notion-callout "في
              صفحات أقدم كتبت ملاحظة تشرح الأساس:" and a link: read-also), the source line, page 3 "بدّلت بعض سطور
              الملاحظة بتاريخ DATE" (updated); "ملاحظات شقيقة لهذه" (four: related); the subscribe box
              "تصلك ملاحظة واحدة كل أحد" and Subscribe; "المنشور حديثاً في الدفتر" (four other headlines with later
              days: not related); the footer with the year and "Built with Feather"; __NEXT_DATA__ holds the post
              whole again (the recordMap's text blocks, publishedAt in UTC, updatedAt: the publication's, page 1's
              update only there and in article:modified_time); article:published_time in UTC
  pinegrow    a Tunis cycling collective's page exported from Pinegrow (Bootstrap 5; Africa/Tunis; the windows-1256
              newspaper files): the header (the collective's name, the nav), the strip "الدراجات تنطلق اليوم DAY DATE"
              (the saved day) and a ticker "على الطريق الآن" (three other headlines with clock times: not related); the
              row whose aside comes BEFORE the article in source order (order-md-2): "ما يتبادله راكبونا بكثرة"
              (four: related, a most-read box) and "دفاتر الأشهر الماضية" (five archive months: not related); the
              article: the <h1>, a <time datetime> showing "DAY DATE - HH:MM" (on page 3 only a relative age in Arabic
              over a <time datetime> in UTC), the text (on odd pages a card "قبل هذا المقال، كتبنا ما يشرح بدايته:" and
              a link: read-also), the source line, page 0 "أعاد المحرر ترتيب عبارات النص يوم DATE" (updated); a
              pg-empty-placeholder; the footer with the year; article:published_time with the local offset (in UTC on
              page 3; page 2's update only in article:modified_time)
  frogcms     a Kuwait pharmacists' bulletin on Frog CMS 0.9 (Asia/Kuwait; CNN Arabic's nahla files), its default
              layout: #header (the bulletin's name, its slogan, #nav), "نشرة اليوم: DAY DATE" (the saved day);
              #content: the <h1>, "Posted by NAME on Mon, 4 Mar 2024" (Frog's date, the article's only visible date),
              the entry (on odd pages "في عدد مضى كتبنا ما يلتقي بهذه المادة:" and a link: read-also), the source
              line, page 1 "نقّحت هيئة التحرير المادة يوم DATE" (updated), "tags:"; #sidebar's snippets: the about
              snippet, "مواد تشارك هذه موضوعها" (four: related), "جديد أعداد النشرة" (five other headlines:
              not related), "أرشيف النشرة" (six months: not related); #footer with the year and "Powered by Frog CMS";
              article:published_time with the local offset (page 3's update only in article:modified_time)

The texts and how they were picked: nahla-scraper's split files of CNN Arabic (CORPUS/nahla-scraper/split/
nahla_cnnarabic_*.txt; proboards, mantis, feather, frogcms) read as sets 56 and 61 read them (templates_set33.article_of(),
set 29's reading: CNN Arabic's day from its URL; at least six paragraphs; Misbar's files, which set 61 also read, hold no
file that reads as an article any more, and Aljazeera's and Fatabyyano's are not read); FOLDERS name CNN Arabic's
sections. The windows-1256 newspaper files (CORPUS/arabic-newspapers-cp1256, decoded as cp1256, every country; jcink,
blocs, pinegrow) read as sets 54 and 60 read them (templates_set37.article_of(): set 22's reading, no dateline as the
headline, at least six paragraphs each ending a sentence, the first eight kept; after the left-out ones they hold usable
texts in the science (SC, 21), economy (E, 11) and politics (P, 11) categories only); FOLDERS name their category
letters. A text of fewer than six paragraphs gets, besides the openings, eight words from the middle of its longest
paragraphs (templates_set32.relabel()); a CNN Arabic lead's dateline is metadata (set 29's relabel(), through
templates_set48.relabel() as sets 48 to 61 apply it). A nahla text keeps its day and takes a drawn clock time; a
windows-1256 file, which carries no date, takes a drawn day of 2023 to 2024 at a drawn clock time. Page N (counted over
the whole set, kinds in the order above) has a generator, random.Random("templates_set64 page N"), that draws, in this
order, a day, a clock time (07:00 to 22:59), the update's delay (1 to 2 days, 1 to 9 hours, 5 to 55 minutes), the hours
and minutes before the page was saved (its "today", replies, tickers, timelines and later lists fall between publication
and that moment; a page is always saved after its own update) and a count. Zones (none with summer time in 2023-2024):
Dubai's +04:00, Bahrain's, Amman's, Riyadh's and Kuwait's +03:00, Khartoum's +02:00, Tunis' +01:00; every page's
publication and update times are checked against zoneinfo when the set is written. Three pages are moved just after
local midnight, keeping their day, for a UTC trap (MOVED): proboards-2 (00:20 in Manama; the timestamp's data-timestamp
and article:published_time in UTC, its text the local day), feather-1 (00:15 in Dubai; __NEXT_DATA__'s publishedAt and
article:published_time in UTC, the Published row the local day) and pinegrow-3 (00:25 in Tunis; its only visible date a
relative age over a <time datetime> in UTC); each is the day before in UTC (checked when the set is written) and the
label holds the local day. Two pages of each kind are updated (14 of 28): one shows the update, the other declares it
only in metadata; the other pages carry updated null and declare no modified time later than their publication (where
a JSON state carries one, it is the publication's). Every page shows dates that are not the article's: a header's
"today", replies' timestamps, a member's joining month, a ticker's clock times, news entries' dates, a timeline's
stamps, latest lists' dates, archive months, a relative age's saving, footers' years.

Each kind carries a related list or a most-read box (labelled related, in page order) and lists that look related but
are not (latest threads, members' latest topics, other news entries, a tracker's timeline, latest posts, a ticker,
archive months, a forum list), and every other page (14) an inline read-also line, callout or card in new wording.
Five kinds are hard in structure: the ProBoards page's text is one message whose paragraphs are separated only by
<br><br>, followed by replies longer than it; the Jcink page's side column of members' latest topics with their dates
comes BEFORE the topic in source order; the MantisBT page's sidebar comes BEFORE the content, a newer news entry's
headline and date stand ABOVE the article's, and its body's paragraphs are separated only by <br />; the Blocs page's
headline and date stand in a hero bloc OUTSIDE the text's blocs, and the text is split over sibling blocs with a picture
bloc between them; the Feather page's text is held whole again in __NEXT_DATA__; the Pinegrow page's aside (most-read
box, archive) comes BEFORE the article and page 3's only date is a relative age.

Labels (the format of tests/html/labels): title (the <h1>), published (the local date in the kind's zone), updated (the
local date where the page shows or declares an update: 14 of the 28 pages; null elsewhere), body_with = the opening of
each paragraph (templates_set5.opening(); for a text of fewer than six paragraphs, eight words from the middle of its
longest paragraphs are added, templates_set32.relabel(); a CNN Arabic lead's dateline is metadata), body_without =
visible chrome texts, bylines, date lines and ages, update notes, source lines, replies and members' details, other
stories' headlines, read_also, related (headed related lists and most-read boxes only, in page order).

Left out (frozen, so that later labels do not shift the set): the files a label of tests/segmenter/labels,
tests/html/labels or ../shared/eval/dev names or a segmenter blind draw (tests/segmenter/blind*-draw.txt, blind58 to
blind61 included) lists: set 61's NAHLA_LEFT_OUT (set 58's, which holds set 56's and set 52's and through them those of
the earlier sets that read CNN Arabic and Misbar: 16, 17, 19, 23, 29, 33, 37, 38, 43, 45 and 48) and set 60's
CP_LEFT_OUT (set 54's, which holds the earlier sets' lists for the windows-1256 files: 11, 12, 20, 22, 28, 30, 34, 37,
42, 46 and 50), and LABEL_NAMED here for the names found in them when this set was written that those lists did not hold
(a nahla name by its number, a "csv-N" name or a CSV draw of record N standing for the split file N; a windows-1256 name
by its file); and the texts earlier sets built pages around: those lists, and EARLIER_SETS_READ here, set 61's sixteen
CNN Arabic files and set 60's sixteen windows-1256 files, read off their pick_articles() when this set was written (set
62 read neither folder; set 63, written at the same time, was not read). A nahla file whose headline is a left-out file's
is dropped; a windows-1256 file whose headline is a left-out file's or an earlier file's loses it. Page k of a kind takes
the first article of FOLDERS[kind][k] or of the kind's next folders that no page took before
(templates_set24.pick_from_folders()). Other stories' headlines are the titles of the records of the same source that
follow the text's, wrapping around (templates_set14.following()): the first 11 shuffled by random.Random(20261264), one
shuffle a page, then the rest in order (the read-also is the 12th, latest lists, tickers, news entries and the like from
the 14th on; 24 are read a page).

Usage: templates_set64.py OUT_DIR [--corpus DIR] [--per-kind 4] [--kinds a,b] [--wording]
writes OUT_DIR/pages/KIND-N.html and OUT_DIR/labels/KIND-N.json (templates_set24.run_set()), checks every labelled text
against the page's visible text, the link and balance checks, the zones against zoneinfo; with --wording also the
wording check over make_templates.py, templates_set5..62.py and templates_set63.py where it exists. The output is the
same byte for byte from run to run."""
import datetime
import glob
import os
import random
import sys

sys.dont_write_bytecode = True  # the set writes nothing beside itself (no __pycache__ of the sets it imports)
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
# Helpers, calendar data, the corpus readers and the frozen left-out lists only; no chrome sentence of the earlier sets.
import templates_set33 as set33  # noqa: E402
from templates_set5 import DAYS, GULF_MONTHS, LEVANT_MONTHS, esc  # noqa: E402
from templates_set10 import renderer  # noqa: E402
from templates_set12 import TN_MONTHS  # noqa: E402
from templates_set15 import outside, upd_of  # noqa: E402
from templates_set19 import iso_z, lead_words, zone_helpers  # noqa: E402
from templates_set21 import with_null_update  # noqa: E402
from templates_set21 import wording_problems as set21_wording  # noqa: E402
from templates_set23 import hex_id, spaced  # noqa: E402
from templates_set24 import moment_helpers, page_helpers, pick_from_folders, run_set  # noqa: E402
from templates_set32 import links  # noqa: E402
from templates_set37 import CP_FOLDER, FILE_NAME, article_of as cp_article_of, file_key, file_lines, headline  # noqa: E402
from templates_set48 import EN_DAYS, EN_SHORT, en_long, ld_json, month_list, relabel  # noqa: E402
from templates_set60 import CP_LEFT_OUT as SET60_CP_LEFT_OUT, also_line, gulf, hm, iso_local, with_block  # noqa: E402
from templates_set61 import NAHLA_LEFT_OUT as SET61_NAHLA_LEFT_OUT, ar_ago  # noqa: E402

KINDS = ('proboards', 'jcink', 'mantis', 'blocs', 'feather', 'pinegrow', 'frogcms')
UTC = datetime.timezone.utc
ZONES = {'proboards': (3, []), 'jcink': (3, []), 'mantis': (3, []), 'blocs': (2, []), 'feather': (4, []),
         'pinegrow': (1, []), 'frogcms': (3, [])}
TZ = {'proboards': 'Asia/Bahrain', 'jcink': 'Asia/Amman', 'mantis': 'Asia/Riyadh', 'blocs': 'Africa/Khartoum',
      'feather': 'Asia/Dubai', 'pinegrow': 'Africa/Tunis', 'frogcms': 'Asia/Kuwait'}
NAHLA_FOLDER = 'nahla-scraper/split'
SOURCE = {'proboards': 'nahla', 'jcink': 'texts', 'mantis': 'nahla', 'blocs': 'texts', 'feather': 'nahla',
          'pinegrow': 'texts', 'frogcms': 'nahla'}
FOLDERS = {'proboards': ('sport', 'travel', 'world', 'sport'),
           'jcink': ('P', 'SC', 'E', 'P'),
           'mantis': ('science-and-health', 'middle-east', 'style', 'science-and-health'),
           'blocs': ('SC', 'E', 'SC', 'P'),
           'feather': ('style', 'science-and-health', 'entertainment', 'style'),
           'pinegrow': ('SC', 'P', 'E', 'SC'),
           'frogcms': ('science-and-health', 'world', 'style', 'sport')}
MOVED = {('proboards', 2): (0, 20), ('feather', 1): (0, 15), ('pinegrow', 3): (0, 25)}
offset_hours, zone, in_zone, later, earlier = zone_helpers(ZONES)
between, saved_after = moment_helpers(in_zone, later)
updates, saved, moments = page_helpers(later, between, saved_after, page_of=lambda k: k % 4)


def modified_meta(k, pages, mod):
    return f'<meta property="article:modified_time" content="{iso_z(mod)}">\n' if k % 4 in pages else ''


def levant(t):
    return f'{t.day} {LEVANT_MONTHS[t.month - 1]} {t.year}'


def tunis(t):
    return f'{t.day} {TN_MONTHS[t.month - 1]} {t.year}'


def clock12(t):
    h = t.hour % 12 or 12
    return f'{h:02d}:{t.minute:02d} {"AM" if t.hour < 12 else "PM"}'


# --- proboards: a Manama sea-anglers' forum on ProBoards, a thread whose first post is the article ----------------
PB_SITE = 'منتدى صيادي المحرق'
PB_HOST = 'https://muharraq-anglers.proboards.com'
PB_BOARD = 'أخبار تهم رواد البحر'
PB_TODAY = 'المرفأ مفتوح للأعضاء منذ الفجر، {date}'
PB_AUTHOR = 'نوخذة_جاسم'
PB_ALSO = 'فتحنا قبلاً في ساحة المنتدى خيطاً يمهد لهذا:'
PB_SOURCE = 'النقل بحرفه عن CNN بالعربية، والرابط محفوظ لدى المشرفين'
PB_SIGN = 'البحر لا يعطي إلا للصبور'
PB_RELATED = 'مواضيع من البحر نفسه'
PB_LATEST = 'خيوط جديدة فتحها الأعضاء'
PB_FOOT = 'منتدى أهلي لهواة الصيد في البحرين'
PB_REPLIES = [
    ('بوحمد الصياد', 'يسلم ذراعك على النقل، قرأت كل كلمة وأنا أنتظر المد في الفسحة. الموضوع أكبر مما تصورت، '
                    'وأرجو أن يزيد الأعضاء ما يعرفونه عنه من تجاربهم، فالكلام المباشر أصدق من أي تقرير.'),
    ('سلمان القلاف', 'أول مرة أسمع بهذه التفاصيل. أحياناً ننشغل بأخبار الطقس والرياح وننسى أن العالم كله يتحرك من '
                     'حولنا، شكراً لأنك فتحت عيوننا على شيء جديد.'),
    ('أم يوسف', 'ابني هو الذي دلّني على المنتدى، وهذا أول رد أكتبه. أعجبني الموضوع وسأرسله لأخواتي في المجموعة '
                'العائلية حتى يقرأنه في المساء.'),
    ('راشد بن خليفة', 'عندي ملاحظة بسيطة: الأرقام يلزمها مصدر ثانٍ قبل أن نبني عليها رأياً. لا أشكك في الناقل، '
                      'لكن التثبت عادة قديمة عند أهل البحر، والعجلة لا تصيد سمكاً.'),
    ('فيصل المناعي', 'تسلم يا نوخذة. الأسبوع الماضي تكلمنا عن شيء يشبه ما نقلته في القهوة عند السيف، '
                     'وكان الشباب مختلفين فيه، الحين صارت الصورة أوضح عندي بكثير.'),
]


def pb_stamp(t):
    """ProBoards' o-timestamp text: "Mar 4, 2024 14:30:22 GMT 3"."""
    off = int(t.utcoffset().total_seconds() // 3600)
    return f'{EN_SHORT[t.month - 1]} {t.day}, {t.year} {t.hour:02d}:{t.minute:02d}:{t.second:02d} GMT {off}'


def pb_abbr(t):
    ms = int(t.timestamp()) * 1000
    return f'<abbr class="o-timestamp time" data-timestamp="{ms}" title="{pb_stamp(t)}">{pb_stamp(t)}</abbr>'


def render_proboards(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'proboards'
    pub, draw = extra['at'], extra['draw']
    rel, latest = others[:4], extra['more'][:5]
    mod, upd_day = updates(kind, k, pub, draw, (1, 3))
    now = saved(kind, pub, draw, mod, upd_day, days=1, hours=draw['saved_hours'])
    tid = 1000 + int(hex_id('pb ' + title)[:4], 16) % 8000
    path = lambda t: f'{PB_HOST}/thread/{1000 + int(hex_id("pb " + t)[:4], 16) % 8000}/'  # noqa: E731
    today = PB_TODAY.format(date=f'{DAYS[now.weekday()]} {gulf(now)}')
    edited = f'Last Edit: {pb_stamp(mod)} by {PB_AUTHOR}' if k % 4 == 1 else ''
    parts = [esc(p) for p in paras]
    if k % 2 == 0:
        parts.insert(min(2, len(parts)), f'{PB_ALSO} <a href="{path(extra["also"])}">{esc(extra["also"])}</a>')
    message = '<br><br>'.join(parts) + f'<br><br><i>{PB_SOURCE}</i>'
    r_at = moments(kind, pub, now, len(PB_REPLIES))
    l_at = [between(kind, pub, now, i, 7) for i in range(len(latest))]
    nav = ''.join(f'<li><a href="{PB_HOST}/{h}">{t}</a></li>' for h, t in
                  (('', 'Home'), ('search', 'Search'), ('members', 'Members'), ('login', 'Login'), ('register', 'Register')))

    def post(pid, who, count, at, body, first=False, tail=''):
        return (f'<tr class="item post{" first" if first else ""}" id="post-{pid}"><td class="left-panel"><div class="mini-profile">'
                f'<a class="user-link" href="{PB_HOST}/user/{pid % 97}">{who}</a><div class="info">Posts: {count}</div></div></td>'
                f'<td class="content"><div class="info"><div class="date">{pb_abbr(at)}</div></div><article><div class="message">{body}</div>'
                f'{tail}</article><div class="controls"><a href="#" class="button">Quote</a> <a href="#" class="button">Reply</a></div></td></tr>\n')
    tail = (f'<div class="edited_by">{edited}</div>' if edited else '') + f'<div class="signature">{PB_SIGN}</div>'
    rows = post(tid * 10, PB_AUTHOR, 1204, pub, message, True, tail)
    rows += ''.join(post(tid * 10 + i + 1, who, 40 + 37 * i, at, esc(text)) for i, ((who, text), at) in enumerate(zip(PB_REPLIES, r_at)))
    lat = ''.join(f'<tr class="item thread"><td class="main"><a href="{path(t)}" class="thread-link">{esc(t)}</a></td>'
                  f'<td class="last-post">{pb_abbr(d)}</td></tr>' for t, d in zip(latest, l_at))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>{esc(title)} | {PB_SITE}</title>
<meta name="description" content="{esc(lead_words(paras, 20))}">
<meta property="og:site_name" content="{PB_SITE}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{PB_HOST}/thread/{tid}/">
<meta property="article:published_time" content="{iso_z(pub)}">
{modified_meta(k, (3,), mod)}<link rel="stylesheet" href="//storage.proboards.com/forum/css/base.css">
<script>proboards.data('route', {{"name":"thread","params":{{"thread_id":{tid}}}}});</script>
</head>
<body>
<div id="wrapper">
<div id="header"><div class="logo"><a href="{PB_HOST}/">{PB_SITE}</a></div><div class="today">{today}</div></div>
<div id="navigation-menu"><ul>{nav}</ul></div>
<div id="nav-tree"><ul><li class="nav-tree-branch"><a href="{PB_HOST}/">{PB_SITE}</a></li><li class="nav-tree-branch"><a href="{PB_HOST}/board/3/">{PB_BOARD}</a></li></ul></div>
<div id="content">
<div class="container posts">
<div class="title-bar"><h1>{esc(title)}</h1></div>
<div class="content"><table class="list"><tbody>
{rows}</tbody></table></div>
</div>
<div class="container similar-threads"><div class="title-bar"><h2>{PB_RELATED}</h2></div><div class="content"><ul>{links(rel, path)}</ul></div></div>
<div class="container recent-threads"><div class="title-bar"><h2>{PB_LATEST}</h2></div><div class="content"><table class="list"><tbody>{lat}</tbody></table></div></div>
</div>
<div id="footer"><div class="copyright">© {now.year} {PB_SITE}. {PB_FOOT}</div><div class="powered">Powered by <a href="https://www.proboards.com">ProBoards</a></div></div>
</div>
</body>
</html>
'''
    without = [PB_SITE, today, PB_BOARD, PB_AUTHOR, pb_stamp(pub), PB_SOURCE, PB_SIGN, PB_RELATED, PB_LATEST, PB_FOOT] + \
        [w for w, _ in PB_REPLIES] + [t for _, t in PB_REPLIES] + [pb_stamp(d) for d in r_at] + latest + rel[:2] + \
        ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- jcink: an Amman poetry club's board on Jcink (an Invision Power Board 1.3 style host), a topic page -----------
JC_SITE = 'نادي القصيد في جبل اللويبدة'
JC_HOST = 'https://qaseed-club.jcink.net'
JC_TODAY = 'البيت الشعري يرحب بزواره في {date}'
JC_FORUM = 'ركن الصحافة والرأي'
JC_DESC = 'نص وافد يتداوله الأعضاء'
JC_SIDE = 'حديث الأعضاء الآن'
JC_ROOMS_HEAD = 'قاعات النادي'
JC_ROOMS = ['قاعة العمودي', 'قاعة التفعيلة', 'ركن النثر', 'استراحة الأعضاء']
JC_AUTHOR = 'سنديانة'
JC_ALSO = 'وللمهتم، نقاش قديم في القاعة يكمل الصورة:'
JC_SOURCE = 'العضوة جلبت النص بتمامه وأصله جريدة عربية، وبدّلت عنوانه فقط'
JC_SIGN = 'وما الشعر إلا ما تبقى من الصمت'
JC_RELATED = 'نقاشات قريبة تحوم حول المسألة'
JC_STATS = 'إحصاءات المنتدى: {n} عضواً مسجلاً، وأحدث المنضمين إلينا غيمة'
JC_FOOT = 'جميع ما يكتبه الأعضاء يعبّر عن أصحابه'
JC_REPLIES = [('ناي الغور', 'مادة ثقيلة بالمعنى الجيد، تحتاج قراءة ثانية على مهل، شكراً يا سنديانة'),
              ('أبو فراس', 'لو جاءت في قصيدة لاختصرت نصف السطور، لكن للنثر الصحفي ضروراته'),
              ('ريم السلط', 'وضعت الموضوع في المفضلة، وسأعود بتعليق أطول بعد الأمسية')]


def jc_date(t):
    """Jcink's "Mar 4 2024, 02:30 PM"."""
    return f'{EN_SHORT[t.month - 1]} {t.day} {t.year}, {clock12(t)}'


def render_jcink(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'jcink'
    pub, draw = extra['at'], extra['draw']
    rel, side = others[:4], extra['more'][:6]
    mod, upd_day = updates(kind, k, pub, draw, (2, 0))
    now = saved(kind, pub, draw, mod, upd_day, days=2, hours=draw['saved_hours'])
    path = lambda t: f'{JC_HOST}/index.php?showtopic={int(hex_id("jc " + t)[:4], 16)}'  # noqa: E731
    today = JC_TODAY.format(date=f'{DAYS[now.weekday()]} {levant(now)}')
    edited = f'This post has been edited by {JC_AUTHOR}: {jc_date(mod)}' if k % 4 == 2 else ''
    joined = month_list(pub, 9)[-1]
    joined_text = f'Joined: {joined.day:02d}-{EN_SHORT[joined.month - 1]} {joined.year % 100:02d}'
    also = also_line('jc-also', JC_ALSO, path(extra['also']), extra['also']) if k % 2 == 1 else ''
    body = ''.join(with_block(paras, also, 1, '<p>{}</p>')) + \
        f'<p><i>{JC_SOURCE}</i></p>' + (f'<br /><br /><span class="edit">{edited}</span>' if edited else '')
    s_at = [between(kind, pub, now, i, 6) for i in range(len(side))][::-1]
    r_at = moments(kind, pub, now, len(JC_REPLIES))
    sidebar = ''.join(f'<li><a href="{path(t)}">{esc(t)}</a><br /><span class="desc">{jc_date(d)}</span></li>' for t, d in zip(side, s_at))
    rooms = ''.join(f'<li><a href="{JC_HOST}/index.php?showforum={i + 2}">{t}</a></li>' for i, t in enumerate(JC_ROOMS))
    stats = JC_STATS.format(n=180 + draw['count'] % 300)

    def post_table(pid, who, at, inner, group, count, member):
        return (f'<table class="ipbtable" cellspacing="1"><tr><td class="row4" width="1%"><a name="entry{pid}"></a>'
                f'<span class="normalname"><a href="{JC_HOST}/index.php?showuser={member}">{who}</a></span></td>'
                f'<td class="row4" width="99%"><div style="float: left;"><span class="postdetails"><b>Posted:</b> {jc_date(at)}</span></div></td></tr>'
                f'<tr><td class="post2" valign="top"><span class="postdetails">Group: {group}<br />Posts: {count}<br />Member No.: {member}<br />{joined_text}</span></td>'
                f'<td class="post2" valign="top"><div class="postcolor" id="pid_{pid}">{inner}</div></td></tr></table>\n')
    first = post_table(5000 + k, JC_AUTHOR, pub, body + f'<div class="signature">{JC_SIGN}</div>', 'Members', 412, 14)
    replies = ''.join(post_table(5010 + k * 4 + i, who, at, esc(text), 'Members', 30 + 11 * i, 20 + i)
                      for i, ((who, text), at) in enumerate(zip(JC_REPLIES, r_at)))
    page = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xml:lang="ar" lang="ar" dir="rtl" xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>{esc(title)} - {JC_SITE}</title>
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="description" content="{esc(lead_words(paras, 20))}" />
<meta property="og:title" content="{esc(title)}" />
<meta property="article:published_time" content="{iso_local(pub)}" />
{modified_meta(k, (0,), mod)}<link rel="stylesheet" type="text/css" href="https://files.jcink.net/html/jcink-5.css" />
<script type="text/javascript">var ipb_var_session_id = ""; var ipb_var_base_url = "{JC_HOST}/index.php?";</script>
</head>
<body>
<div id="ipbwrapper">
<div id="logostrip"><a href="{JC_HOST}/index.php?act=idx">{JC_SITE}</a></div>
<div id="submenu"><a href="{JC_HOST}/index.php?act=Help">Help</a> <a href="{JC_HOST}/index.php?act=Search">Search</a> <a href="{JC_HOST}/index.php?act=Members">Members</a> <a href="{JC_HOST}/index.php?act=calendar">Calendar</a></div>
<div id="userlinksguest"><p class="pcen"><b>Welcome Guest</b> ( <a href="{JC_HOST}/index.php?act=Login">Log In</a> | <a href="{JC_HOST}/index.php?act=Reg">Register</a> )</p></div>
<div id="navstrip"><a href="{JC_HOST}/index.php?act=idx">{JC_SITE}</a> &gt; <a href="{JC_HOST}/index.php?showforum=9">{JC_FORUM}</a></div>
<div class="jc-today">{today}</div>
<table class="jc-layout" width="100%"><tr>
<td class="jc-side" valign="top" width="22%">
<div class="tableborder"><div class="maintitle">{JC_SIDE}</div><ul class="jc-recent">{sidebar}</ul></div>
<div class="tableborder"><div class="maintitle">{JC_ROOMS_HEAD}</div><ul>{rooms}</ul></div>
</td>
<td class="jc-main" valign="top">
<div class="tableborder">
<div class="maintitle"><h1 class="topic-title">{esc(title)}</h1><span class="topic-desc">{JC_DESC}</span></div>
{first}{replies}</div>
<div class="tableborder jc-related"><div class="maintitle">{JC_RELATED}</div><ul>{links(rel, path)}</ul></div>
</td></tr></table>
<div class="tableborder"><div class="pformstrip">Board Statistics</div><div class="row2">{stats}</div></div>
<div class="copyright">© {now.year} {JC_SITE}. {JC_FOOT}<br />Hosted for free by <a href="https://jcink.com">Jcink.net</a></div>
</div>
</body>
</html>
'''
    without = [JC_SITE, today, JC_FORUM, JC_SIDE, JC_ROOMS_HEAD, JC_DESC, JC_AUTHOR, jc_date(pub), joined_text, JC_SOURCE,
               JC_SIGN, JC_RELATED, stats, JC_FOOT] + outside(JC_ROOMS, paras) + side + [jc_date(d) for d in s_at] + \
        [w for w, _ in JC_REPLIES] + [t for _, t in JC_REPLIES] + rel[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- mantis: a Riyadh software team's tracker on MantisBT 2, the front page's news entries, one expanded -------------
MT_SITE = 'متتبع فريق وادي حنيفة للبرمجيات'
MT_HOST = 'https://bugs.hanifa-dev.example'
MT_TODAY = 'لوحة الفريق كما هي صباح {date}'
MT_POSTER = 'administrator'
MT_ALSO = 'لخلفية هذا الإعلان ارجعوا إلى:'
MT_SOURCE = 'ننشر نص CNN بالعربية هذا ليطّلع عليه المطورون'
MT_EDITED = 'أضاف مدير المشروع تصحيحاً على الإعلان في {date}'
MT_RELATED = 'إعلانات تجاور موضوع هذا البلاغ'
MT_TIMELINE = 'ما جرى في المتتبع مؤخراً'
MT_EVENTS = ['أنشأ سعود البلاغ رقم {n}', 'علّقت نورة على البلاغ رقم {n}', 'أغلق ماجد البلاغ رقم {n}',
             'أسند بندر البلاغ رقم {n} إلى نفسه']
MT_SIDEBAR = ['My View', 'View Issues', 'Change Log', 'Roadmap', 'Summary']


def mt_date(t):
    return t.strftime('%Y-%m-%d %H:%M')


def render_mantis(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'mantis'
    pub, draw = extra['at'], extra['draw']
    rel, newer, older = others[:4], extra['more'][0], extra['more'][1:4]
    mod, upd_day = updates(kind, k, pub, draw, (2, 0))
    now = saved(kind, pub, draw, mod, upd_day, days=1, hours=draw['saved_hours'])
    nid = 40 + k * 3
    path = lambda t: f'{MT_HOST}/news_view_page.php?news_id={int(hex_id("mt " + t)[:3], 16) % 300}'  # noqa: E731
    today = MT_TODAY.format(date=f'{DAYS[now.weekday()]} {gulf(now)}')
    edited = MT_EDITED.format(date=gulf(mod)) if k % 4 == 2 else ''
    parts = [esc(p) for p in paras]
    if k % 2 == 1:
        parts.insert(min(2, len(parts)), f'{MT_ALSO} <a href="{path(extra["also"])}">{esc(extra["also"])}</a>')
    parts.append(f'<i>{MT_SOURCE}</i>')
    if edited:
        parts.append(f'<b>{edited}</b>')
    body = '<br />\n<br />\n'.join(parts)
    newer_at = between(kind, pub, now, 0, 3)
    older_at = [earlier(kind, pub, days=3 * (i + 1), hours=i) for i in range(len(older))]
    ev_at = moments(kind, pub, now, len(MT_EVENTS))
    events = [e.format(n=f'{1200 + 7 * i + k:07d}') for i, e in enumerate(MT_EVENTS)]
    side = ''.join(f'<li><a href="{MT_HOST}/{h}"><i class="menu-icon fa fa-{ic}"></i> <span class="menu-text">{t}</span></a><b class="arrow"></b></li>'
                   for t, h, ic in zip(MT_SIDEBAR, ('my_view_page.php', 'view_all_bug_page.php', 'changelog_page.php',
                                                   'roadmap_page.php', 'summary_page.php'), ('dashboard', 'list-alt', 'retweet', 'road', 'signal')))

    def collapsed(t, at, n):
        return (f'<div class="space-10"></div><div class="widget-box widget-color-blue2 collapsed" id="news-{n}"><div class="widget-header widget-header-small">'
                f'<h4 class="widget-title lighter"><i class="ace-icon fa fa-edit"></i> <a href="{path(t)}">{esc(t)}</a></h4>'
                f'<div class="widget-toolbar"><span class="news-date-posted">{mt_date(at)}</span> - <a class="user" href="{MT_HOST}/view_user_page.php?id=1">{MT_POSTER}</a></div></div></div>\n')
    timeline = ''.join(f'<div class="timeline-item clearfix"><div class="widget-box transparent"><div class="widget-body"><div class="widget-main">'
                       f'<span class="timestamp">{mt_date(at)}</span> {ev}</div></div></div></div>' for ev, at in zip(events, ev_at))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta http-equiv="Content-type" content="text/html; charset=utf-8" />
<title>{esc(title)} - {MT_SITE}</title>
<meta name="description" content="{esc(lead_words(paras, 20))}" />
<meta property="og:title" content="{esc(title)}" />
<meta property="article:published_time" content="{iso_local(pub)}" />
{modified_meta(k, (0,), mod)}<link rel="stylesheet" type="text/css" href="{MT_HOST}/css/ace.min.css?cache_key=2.25.7" />
<link rel="stylesheet" type="text/css" href="{MT_HOST}/css/default.css" />
<script type="text/javascript" src="{MT_HOST}/javascript_config.php"></script>
</head>
<body class="skin-3">
<div id="navbar" class="navbar navbar-default navbar-collapse navbar-fixed-top noprint"><div id="navbar-container" class="navbar-container">
<div class="navbar-header"><a href="{MT_HOST}/my_view_page.php" class="navbar-brand"><span class="smaller-75">{MT_SITE}</span></a></div>
<div class="navbar-buttons navbar-header navbar-collapse collapse"><ul class="nav ace-nav"><li class="grey"><a href="#"><i class="ace-icon fa fa-user"></i> <span class="user-info">anonymous</span></a></li><li><a href="{MT_HOST}/login_page.php">Login</a></li></ul></div>
</div></div>
<div class="main-container" id="main-container">
<div id="sidebar" class="sidebar sidebar-fixed responsive compact"><ul class="nav nav-list">{side}</ul></div>
<div class="main-content">
<div id="breadcrumbs" class="breadcrumbs noprint"><ul class="breadcrumb"><li><i class="fa fa-user home-icon active"></i> anonymous</li></ul><div class="nav-today">{today}</div></div>
<div class="page-content"><div class="row">
<div class="col-md-7 col-xs-12">
{collapsed(newer, newer_at, nid + 1)}<div class="space-10"></div>
<div class="widget-box widget-color-orange" id="news-{nid}">
<div class="widget-header widget-header-small"><h1 class="widget-title lighter"><i class="ace-icon fa fa-edit"></i> {esc(title)}</h1>
<div class="widget-toolbar"><span class="news-date-posted">{mt_date(pub)}</span> - <a class="user" href="{MT_HOST}/view_user_page.php?id=1">{MT_POSTER}</a></div></div>
<div class="widget-body"><div class="widget-main">{body}</div></div>
</div>
{''.join(collapsed(t, at, nid - i - 1) for i, (t, at) in enumerate(zip(older, older_at)))}<div class="space-10"></div>
<div class="center"><a class="btn btn-primary btn-white btn-round" href="{MT_HOST}/news_list_page.php">Archives</a></div>
</div>
<div class="col-md-5 col-xs-12">
<div class="widget-box widget-color-blue2"><div class="widget-header widget-header-small"><h4 class="widget-title lighter">{MT_RELATED}</h4></div>
<div class="widget-body"><div class="widget-main"><ul>{links(rel, path)}</ul></div></div></div>
<div class="space-10"></div>
<div id="timeline" class="widget-box widget-color-blue2"><div class="widget-header widget-header-small"><h4 class="widget-title lighter">{MT_TIMELINE}</h4></div>
<div class="widget-body"><div class="widget-main no-padding"><div class="timeline-container">{timeline}</div></div></div></div>
</div>
</div></div>
<div class="footer noprint"><div class="footer-inner"><div class="footer-content"><address>Powered by <a href="https://www.mantisbt.org">Mantis Bug Tracker</a><br />Copyright © 2000 - {now.year} MantisBT Team</address></div></div></div>
</div>
</div>
</body>
</html>
'''
    without = [MT_SITE, today, mt_date(pub), MT_SOURCE, MT_RELATED, MT_TIMELINE, newer, mt_date(newer_at)] + \
        outside(MT_SIDEBAR, paras) + older + [mt_date(d) for d in older_at] + events + [mt_date(d) for d in ev_at] + \
        rel[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- blocs: a Khartoum architects' studio site built with Blocs, a page of bloc sections -------------------------
BL_SITE = 'مرسم النيل للعمارة'
BL_HOST = 'https://marsam-nile.example'
BL_NAV = ['المرسم', 'مشاريعنا', 'المدونة', 'تواصل']
BL_STRIP = 'مرسم النيل يفتح أبوابه اليوم {date}'
BL_BYLINE = 'كتبه فريق المرسم بتاريخ {date}، الساعة {time}'
BL_CAPTION = 'من مشاريع المرسم على الضفة'
BL_CTA = 'هل لديك مشروع؟ حدّثنا عنه'
BL_ALSO = 'في مدونة المرسم مقال سابق يهمّ قارئ هذا:'
BL_SOURCE = 'اخترنا النص لقيمة موضوعه، وأصله صحافة عربية'
BL_EDITED = 'راجع المرسم هذه الصفحة ونقّح فقرات منها يوم {date}'
BL_RELATED = 'قراءات تكمّل هذه الصفحة'
BL_LATEST = 'كتابات المرسم الأخيرة'
BL_FOOT = 'شارع النيل، الخرطوم'


def bloc(n, cls, inner, container='bloc-lg'):
    return (f'<!-- bloc-{n} -->\n<div class="bloc {cls}" id="bloc-{n}"><div class="container {container}"><div class="row">'
            f'{inner}</div></div></div>\n<!-- bloc-{n} END -->\n')


def render_blocs(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'blocs'
    pub, draw = extra['at'], extra['draw']
    rel, latest = others[:4], extra['more'][:4]
    mod, upd_day = updates(kind, k, pub, draw, (3, 1))
    now = saved(kind, pub, draw, mod, upd_day, days=1, hours=draw['saved_hours'])
    path = lambda t: f'{BL_HOST}/blog/{hex_id("bl " + t)[:8]}.html'  # noqa: E731
    strip = BL_STRIP.format(date=f'{DAYS[now.weekday()]} {gulf(now)}')
    byline = BL_BYLINE.format(date=f'{DAYS[pub.weekday()]} {gulf(pub)}', time=hm(pub))
    edited = BL_EDITED.format(date=gulf(mod)) if k % 4 == 3 else ''
    half = (len(paras) + 1) // 2
    wrap = '<p class="mg-md">{}</p>'
    first = ''.join(wrap.format(esc(p)) for p in paras[:half])
    rest = [wrap.format(esc(p)) for p in paras[half:]]
    if k % 2 == 0:
        rest.insert(min(1, len(rest)), f'<p class="mg-md also-line">{BL_ALSO} <a href="{path(extra["also"])}" class="ltc-bronze">{esc(extra["also"])}</a></p>')
    rest = ''.join(rest) + f'<p class="mg-sm"><em>{BL_SOURCE}</em></p>' + (f'<p class="mg-sm"><strong>{edited}</strong></p>' if edited else '')
    l_at = [earlier(kind, pub, days=2 * (i + 1), hours=i + 1) for i in range(len(latest))]
    nav = ''.join(f'<li class="nav-item"><a href="{BL_HOST}/{i}.html" class="nav-link">{t}</a></li>' for i, t in enumerate(BL_NAV))
    cards = ''.join(f'<div class="col-md-6 col-lg-3"><div class="card"><div class="card-body"><h4 class="mg-md"><a href="{path(t)}" class="ltc-bronze">{esc(t)}</a></h4></div></div></div>'
                    for t in rel)
    lat = ''.join(f'<li><a href="{path(t)}">{esc(t)}</a> <span class="date">{gulf(d)}</span></li>' for t, d in zip(latest, l_at))
    blocs = bloc(0, 'l-bloc none', f'<div class="col"><nav class="navbar navbar-light row navbar-expand-md" role="navigation"><div class="container-fluid">'
                 f'<a class="navbar-brand" href="{BL_HOST}/">{BL_SITE}</a><div class="collapse navbar-collapse navbar-22891"><ul class="site-navigation nav navbar-nav ml-auto">{nav}</ul></div></div></nav></div>', 'bloc-sm')
    blocs += bloc(1, 'bgc-bronze d-bloc', f'<div class="col text-center"><p class="mg-clear">{strip}</p></div>', 'bloc-sm')
    blocs += bloc(2, 'bg-hero-nile d-bloc bg-center', f'<div class="col-lg-10 offset-lg-1"><h1 class="mg-md h1-style tc-white">{esc(title)}</h1>'
                  f'<p class="mg-sm tc-white">{byline}</p></div>', 'bloc-xl')
    blocs += bloc(3, 'l-bloc', f'<div class="col-lg-10 offset-lg-1">{first}</div>')
    blocs += bloc(4, 'bgc-white l-bloc', f'<div class="col-md-6"><img src="img/placeholder-image.png" data-src="img/riverside.jpg" class="img-fluid mx-auto d-block lazyload" alt="riverside" width="540" height="360">'
                  f'<p class="mg-sm text-center">{BL_CAPTION}</p></div><div class="col-md-6 align-self-center"><h3 class="mg-md">{BL_CTA}</h3>'
                  f'<a href="{BL_HOST}/contact.html" class="btn btn-d btn-lg">{BL_NAV[3]}</a></div>')
    blocs += bloc(5, 'l-bloc', f'<div class="col-lg-10 offset-lg-1">{rest}</div>')
    blocs += bloc(6, 'bgc-white l-bloc', f'<div class="col-12"><h2 class="mg-md">{BL_RELATED}</h2></div>{cards}')
    blocs += bloc(7, 'l-bloc', f'<div class="col-12"><h3 class="mg-md">{BL_LATEST}</h3><ul class="list-unstyled">{lat}</ul></div>')
    page = f'''<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0, viewport-fit=cover">
<link rel="stylesheet" type="text/css" href="./css/bootstrap.min.css?7351">
<link rel="stylesheet" type="text/css" href="style.css?3417">
<title>{esc(title)} | {BL_SITE}</title>
<meta name="description" content="{esc(lead_words(paras, 20))}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{iso_local(pub)}">
{modified_meta(k, (1,), mod)}</head>
<body>
<!-- Preloader -->
<div id="page-loading-blocs-notifaction" class="page-preloader"></div>
<!-- Preloader END -->
<!-- Main container -->
<div class="page-container">
{blocs}<!-- ScrollToTop Button -->
<button aria-label="Scroll to top button" class="bloc-button btn btn-d scrollToTop" onclick="scrollToTarget('1',this)"><svg xmlns="http://www.w3.org/2000/svg" width="22" height="22" viewBox="0 0 32 32"><path class="scroll-to-top-btn-icon" d="M30,22.656l-14-13-14,13"/></svg></button>
<!-- ScrollToTop Button END-->
<!-- Footer - bloc-8 -->
<div class="bloc bgc-bronze d-bloc" id="bloc-8"><div class="container bloc-md"><div class="row"><div class="col"><p class="mg-clear text-center">© {now.year} {BL_SITE}، {BL_FOOT}</p></div></div></div></div>
<!-- Footer - bloc-8 END -->
</div>
<!-- Main container END -->
<script src="./js/jquery.min.js?9405"></script>
<script src="./js/bootstrap.bundle.min.js?4021"></script>
<script src="./js/blocs.min.js?9024"></script>
<script src="./js/lazysizes.min.js" defer></script>
</body>
</html>
'''
    without = [BL_SITE, strip, byline, BL_CAPTION, BL_CTA, BL_SOURCE, BL_RELATED, BL_LATEST, BL_FOOT] + outside(BL_NAV, paras) + \
        latest + [gulf(d) for d in l_at] + rel[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- feather: a Dubai product designer's notes on Feather, a Notion-powered blog (Next.js), a post page -------------
FT_SITE = 'دفتر ملاحظات سلمى'
FT_HOST = 'https://salma-notes.feather.blog'
FT_NAV = ['الملاحظات', 'عنّي', 'النشرة']
FT_ALSO = 'في صفحات أقدم كتبت ملاحظة تشرح الأساس:'
FT_SOURCE = 'احتفظت بنص CNN بالعربية هذا للرجوع إليه لاحقاً'
FT_EDITED = 'بدّلت بعض سطور الملاحظة بتاريخ {date}'
FT_RELATED = 'ملاحظات شقيقة لهذه'
FT_SUBSCRIBE = 'تصلك ملاحظة واحدة كل أحد'
FT_LATEST = 'المنشور حديثاً في الدفتر'
FT_FOOT = 'مصممة منتجات تكتب من دبي'


def render_feather(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'feather'
    pub, draw = extra['at'], extra['draw']
    rel, latest = others[:4], extra['more'][:4]
    mod, upd_day = updates(kind, k, pub, draw, (3, 1))
    now = saved(kind, pub, draw, mod, upd_day, days=3, hours=draw['saved_hours'])
    slug_of = lambda t: hex_id('ft ' + t)[:12]  # noqa: E731
    path = lambda t: f'{FT_HOST}/{slug_of(t)}'  # noqa: E731
    shown = en_long(pub)
    minutes = max(1, sum(len(p.split()) for p in paras) // 200)
    edited = FT_EDITED.format(date=gulf(mod)) if k % 4 == 3 else ''
    ids = [f'{hex_id(f"ft block {title} {i}")[:8]}-{hex_id(f"ft b2 {title} {i}")[:4]}' for i in range(len(paras) + 3)]
    also = ''
    if k % 2 == 0:
        also = (f'<div class="notion-callout notion-gray_background_co notion-block-{ids[-1]}"><div class="notion-page-icon-inline notion-page-icon-span">💡</div>'
                f'<div class="notion-callout-text">{FT_ALSO} <a class="notion-link" href="{path(extra["also"])}">{esc(extra["also"])}</a></div></div>')
    blocks = ''.join(f'<div class="notion-text notion-block-{b}">{esc(p)}</div>' for b, p in zip(ids, paras))
    if also:
        cut = blocks.find('</div>', blocks.find(f'notion-block-{ids[min(1, len(paras) - 1)]}')) + len('</div>')
        blocks = blocks[:cut] + also + blocks[cut:]
    blocks += f'<div class="notion-text notion-block-{ids[-3]}"><i>{FT_SOURCE}</i></div>'
    if edited:
        blocks += f'<div class="notion-text notion-block-{ids[-2]}"><b>{edited}</b></div>'
    l_at = [between(kind, pub, now, i, 5) for i in range(len(latest))][::-1]
    nav = ''.join(f'<a class="nav-link" href="{FT_HOST}/{i}">{t}</a>' for i, t in enumerate(FT_NAV))
    lat = ''.join(f'<li class="post-item"><a href="{path(t)}">{esc(t)}</a><span class="post-date">{en_long(d)}</span></li>' for t, d in zip(latest, l_at))
    updated_at = iso_z(mod) if k % 4 in (1, 3) else iso_z(pub)
    record = {pid: {'value': {'id': pid, 'type': 'text', 'properties': {'title': [[p]]}}} for pid, p in zip(ids, paras)}
    data = {'props': {'pageProps': {'post': {'title': title, 'slug': slug_of(title), 'publishedAt': iso_z(pub), 'updatedAt': updated_at,
                                             'readingTime': minutes, 'recordMap': {'block': record}},
                                    'site': {'name': FT_SITE, 'domain': FT_HOST[8:]}}},
            'page': '/[slug]', 'query': {'slug': slug_of(title)}, 'buildId': hex_id('ft build ' + title)[:21], 'isFallback': False,
            'gssp': True, 'scriptLoader': []}
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{esc(title)} - {FT_SITE}</title>
<meta name="description" content="{esc(lead_words(paras, 20))}"/>
<meta property="og:title" content="{esc(title)}"/>
<meta property="og:type" content="article"/>
<meta property="og:url" content="{path(title)}"/>
<meta property="article:published_time" content="{iso_z(pub)}"/>
{modified_meta(k, (1,), mod)}<meta name="next-head-count" content="9"/>
<link rel="preload" href="/_next/static/css/8f2d1c0b7e.css" as="style"/>
<link rel="stylesheet" href="/_next/static/css/8f2d1c0b7e.css" data-n-g=""/>
</head>
<body>
<div id="__next">
<div class="feather-site">
<nav class="navbar"><a class="navbar-brand" href="{FT_HOST}/">{FT_SITE}</a><div class="navbar-links">{nav}<a class="btn-subscribe" href="#subscribe">Subscribe</a></div></nav>
<main class="notion notion-app light-mode notion-block-{ids[0][:8]}"><div class="notion-viewport"></div><div class="notion-frame"><div class="notion-page-scroller">
<div class="notion-page-cover-wrapper"><img class="notion-page-cover" src="https://images.feather.blog/cover-{hex_id('ft cover ' + title)[:8]}.jpg" alt="{esc(title)}"/></div>
<div class="notion-page notion-page-has-cover notion-full-width">
<h1 class="notion-title">{esc(title)}</h1>
<div class="notion-collection-page-properties"><div class="notion-collection-row"><div class="notion-collection-row-body">
<div class="notion-collection-row-property"><div class="notion-collection-column-title"><span class="notion-collection-column-title-body">Published</span></div><div class="notion-collection-row-value"><span class="notion-property notion-property-date">{shown}</span></div></div>
<div class="notion-collection-row-property"><div class="notion-collection-row-value"><span class="notion-property notion-property-text">{minutes} min read</span></div></div>
</div></div></div>
<div class="notion-page-content"><article class="notion-page-content-inner">{blocks}</article></div>
</div>
</div></div></main>
<section class="related-posts"><h2>{FT_RELATED}</h2><ul>{links(rel, path)}</ul></section>
<section class="subscribe-box" id="subscribe"><p>{FT_SUBSCRIBE}</p><form action="{FT_HOST}/api/subscribe" method="post"><input type="email" name="email" placeholder="you@example.com"/><button type="submit">Subscribe</button></form></section>
<section class="latest-posts"><h3>{FT_LATEST}</h3><ul>{lat}</ul></section>
<footer class="footer"><p>© {now.year} {FT_SITE} · {FT_FOOT}</p><p>Built with <a href="https://feather.so">Feather</a></p></footer>
</div>
</div>
<script id="__NEXT_DATA__" type="application/json">{ld_json(data)}</script>
</body>
</html>
'''
    without = [FT_SITE, shown, f'{minutes} min read', FT_SOURCE, FT_RELATED, FT_SUBSCRIBE, FT_LATEST, FT_FOOT] + \
        outside(FT_NAV, paras) + latest + [en_long(d) for d in l_at] + rel[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- pinegrow: a Tunis cycling collective's page exported from Pinegrow (Bootstrap 5) ------------------------------
PG_SITE = 'جماعة الدراجة التونسية'
PG_HOST = 'https://velo-tounsi.example'
PG_NAV = ['من نحن', 'الرحلات', 'المقالات', 'انضم إلينا']
PG_STRIP = 'الدراجات تنطلق اليوم {date}'
PG_TICKER = 'على الطريق الآن'
PG_MOST = 'ما يتبادله راكبونا بكثرة'
PG_ARCHIVE = 'دفاتر الأشهر الماضية'
PG_ALSO = 'قبل هذا المقال، كتبنا ما يشرح بدايته:'
PG_SOURCE = 'أعدنا نشر النص، وأصله صحافة عربية، لينتفع به أعضاء الجماعة'
PG_EDITED = 'أعاد المحرر ترتيب عبارات النص يوم {date}'
PG_FOOT = 'نركب معاً من باب سويقة إلى قرطاج'


def render_pinegrow(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'pinegrow'
    pub, draw = extra['at'], extra['draw']
    most, ticker = others[4:8], extra['more'][:3]
    mod, upd_day = updates(kind, k, pub, draw, (0, 2))
    now = saved(kind, pub, draw, mod, upd_day, hours=draw['saved_hours'] + 6)
    path = lambda t: f'{PG_HOST}/articles/{hex_id("pg " + t)[:8]}.html'  # noqa: E731
    strip = PG_STRIP.format(date=f'{DAYS[now.weekday()]} {tunis(now)}')
    relative = k % 4 == 3
    shown = ar_ago(pub, now) if relative else f'{DAYS[pub.weekday()]} {tunis(pub)} - {hm(pub)}'
    dt = iso_z(pub) if relative else iso_local(pub)
    edited = PG_EDITED.format(date=tunis(mod)) if k % 4 == 0 else ''
    also = (f'<div class="card pg-also my-3" data-pg-name="ReadAlso"><div class="card-body">{PG_ALSO} <a href="{path(extra["also"])}" class="card-link">{esc(extra["also"])}</a></div></div>'
            if k % 2 == 1 else '')
    body = ''.join(with_block(paras, also, 2, '<p class="lead-sm">{}</p>')) + f'<p class="text-muted small"><em>{PG_SOURCE}</em></p>' + \
        (f'<p class="text-danger small">{edited}</p>' if edited else '')
    t_at = moments(kind, pub, now, len(ticker))
    t_items = [f'{hm(d)} {t}' for t, d in zip(ticker, t_at)]
    months = month_list(pub, 5)
    month_names = [f'{TN_MONTHS[m.month - 1]} {m.year}' for m in months]
    nav = ''.join(f'<li class="nav-item"><a class="nav-link" href="{PG_HOST}/{i}.html">{t}</a></li>' for i, t in enumerate(PG_NAV))
    tick = ''.join(f'<li class="list-inline-item"><span class="badge bg-warning text-dark">{hm(d)}</span> <a href="{path(t)}">{esc(t)}</a></li>' for t, d in zip(ticker, t_at))
    most_l = ''.join(f'<li class="list-group-item"><a href="{path(t)}">{esc(t)}</a></li>' for t in most)
    arch = ''.join(f'<li><a href="{PG_HOST}/archive/{m.year}-{m.month:02d}.html">{t}</a></li>' for t, m in zip(month_names, months))
    script = ('<script>document.querySelectorAll("time.pg-ago").forEach(function(el){el.textContent=agoAr(new Date(el.dateTime));});</script>\n'
              if relative else '')
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{esc(lead_words(paras, 20))}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{dt}">
{modified_meta(k, (2,), mod)}<title>{esc(title)} - {PG_SITE}</title>
<link href="bootstrap_theme/bootstrap.rtl.css" rel="stylesheet" type="text/css">
<link href="style.css" rel="stylesheet" type="text/css">
</head>
<body data-pg-name="Page">
<header class="bg-dark pg-header" data-pg-name="Header"><nav class="navbar navbar-dark navbar-expand-lg container"><a class="navbar-brand fw-bold" href="{PG_HOST}/">{PG_SITE}</a>
<div class="collapse navbar-collapse" id="navbarNav"><ul class="navbar-nav ms-auto">{nav}</ul></div></nav></header>
<div class="bg-light border-bottom small py-1" data-pg-name="TopStrip"><div class="container d-flex justify-content-between"><span>{strip}</span>
<div class="pg-ticker"><strong>{PG_TICKER}</strong> <ul class="list-inline d-inline mb-0">{tick}</ul></div></div></div>
<main class="container py-4" data-pg-name="Main"><div class="row">
<aside class="col-md-4 order-md-2" data-pg-name="Sidebar">
<div class="card mb-3"><div class="card-header fw-bold">{PG_MOST}</div><ol class="list-group list-group-flush list-group-numbered">{most_l}</ol></div>
<div class="card"><div class="card-header fw-bold">{PG_ARCHIVE}</div><ul class="card-body list-unstyled mb-0">{arch}</ul></div>
</aside>
<article class="col-md-8 order-md-1" data-pg-name="Article">
<h1 class="display-6 fw-bold">{esc(title)}</h1>
<p class="text-muted"><time class="{'pg-ago' if relative else 'pg-date'}" datetime="{dt}">{shown}</time></p>
<div class="pg-body">{body}</div>
<div class="pg-empty-placeholder" data-pg-name="Comments"></div>
</article>
</div></main>
<footer class="bg-dark text-white-50 py-4" data-pg-name="Footer"><div class="container"><p class="mb-0">© {now.year} {PG_SITE}. {PG_FOOT}</p></div></footer>
<script src="assets/js/popper.min.js"></script>
<script src="bootstrap/js/bootstrap.min.js"></script>
<script src="pgia/lib/pgia.js"></script>
{script}</body>
</html>
'''
    without = [PG_SITE, strip, PG_TICKER, PG_MOST, PG_ARCHIVE, shown, PG_SOURCE, PG_FOOT] + outside(PG_NAV, paras) + \
        ticker + [hm(d) for d in t_at] + month_names + most[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, most, without, upd_of(upd_day)


# --- frogcms: a Kuwait pharmacists' bulletin on Frog CMS, an article page with its sidebar snippets -----------------
FG_SITE = 'نشرة صيادلة الكويت'
FG_SLOGAN = 'ما يهم أهل المهنة، كل صباح'
FG_HOST = 'https://pharma-bulletin.example'
FG_NAV = ['الرئيسية', 'الأعداد', 'عن النشرة']
FG_TODAY = 'نشرة اليوم: {date}'
FG_AUTHOR = 'Administrator'
FG_ALSO = 'في عدد مضى كتبنا ما يلتقي بهذه المادة:'
FG_SOURCE = 'أوردنا نص CNN بالعربية دون تغيير'
FG_EDITED = 'نقّحت هيئة التحرير المادة يوم {date}'
FG_ABOUT_HEAD = 'عن النشرة'
FG_ABOUT = 'نشرة تطوعية يحررها صيادلة من حولي والفروانية'
FG_RELATED = 'مواد تشارك هذه موضوعها'
FG_RECENT = 'جديد أعداد النشرة'
FG_ARCHIVE = 'أرشيف النشرة'
FG_TAGS = ['صحة عامة', 'متابعات']


def fg_date(t):
    """Frog's default article date, "%a, %e %b %Y": "Mon, 4 Mar 2024"."""
    return f'{EN_DAYS[t.weekday()][:3]}, {t.day} {EN_SHORT[t.month - 1]} {t.year}'


def render_frogcms(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'frogcms'
    pub, draw = extra['at'], extra['draw']
    rel, recent = others[:4], extra['more'][:5]
    mod, upd_day = updates(kind, k, pub, draw, (1, 3))
    now = saved(kind, pub, draw, mod, upd_day, days=2, hours=draw['saved_hours'])
    path = lambda t: f'{FG_HOST}/articles/{pub.year}/{hex_id("fg " + t)[:10]}.html'  # noqa: E731
    today = FG_TODAY.format(date=f'{DAYS[now.weekday()]} {gulf(now)}')
    info = f'Posted by {FG_AUTHOR} on {fg_date(pub)}'
    edited = FG_EDITED.format(date=gulf(mod)) if k % 4 == 1 else ''
    also = also_line('also', FG_ALSO, path(extra['also']), extra['also']) if k % 2 == 1 else ''
    body = ''.join(with_block(paras, also, 1, '<p>{}</p>')) + f'<p><em>{FG_SOURCE}</em></p>' + (f'<p><strong>{edited}</strong></p>' if edited else '')
    months = month_list(now, 6)
    month_names = [f'{EN_SHORT[m.month - 1]} {m.year}' for m in months]
    current = ' class="current"'
    nav = ''.join(f'<li><a href="{FG_HOST}/{i}"{current if i == 1 else ""}>{t}</a></li>' for i, t in enumerate(FG_NAV))
    tags = ', '.join(f'<a href="{FG_HOST}/tags/{hex_id(t)[:6]}">{t}</a>' for t in FG_TAGS)
    arch = ''.join(f'<li><a href="{FG_HOST}/articles/{m.year}/{m.month:02d}/">{t}</a></li>' for t, m in zip(month_names, months))
    page = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="ar" lang="ar" dir="rtl">
<head>
<title>{esc(title)} | {FG_SITE}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="robots" content="index, follow" />
<meta name="description" content="{esc(lead_words(paras, 20))}" />
<meta name="keywords" content="{', '.join(FG_TAGS)}" />
<meta property="og:title" content="{esc(title)}" />
<meta property="article:published_time" content="{iso_local(pub)}" />
{modified_meta(k, (3,), mod).replace('">', '" />')}<link rel="stylesheet" href="{FG_HOST}/public/themes/normal/screen.css" media="screen" type="text/css" />
<link rel="alternate" type="application/rss+xml" title="{FG_SITE}" href="{FG_HOST}/rss.xml" />
</head>
<body>
<div id="page">
<div id="header">
<h2 id="site-title"><a href="{FG_HOST}/">{FG_SITE}</a> <span>{FG_SLOGAN}</span></h2>
<div id="nav"><ul>{nav}</ul></div>
<p class="today">{today}</p>
</div>
<div id="content">
<h1>{esc(title)}</h1>
<p class="info">{info}</p>
<div class="entry">{body}</div>
<p class="tags">tags: {tags}</p>
</div>
<div id="sidebar">
<h3>{FG_ABOUT_HEAD}</h3>
<p>{FG_ABOUT}</p>
<h3>{FG_RELATED}</h3>
<ul>{links(rel, path)}</ul>
<h3>{FG_RECENT}</h3>
<ul>{links(recent, path)}</ul>
<h3>{FG_ARCHIVE}</h3>
<ul>{arch}</ul>
</div>
<div id="footer"><div id="footer-inner">
<p>© {now.year} {FG_SITE} | Powered by <a href="http://www.madebyfrog.com/" title="Frog">Frog CMS</a></p>
</div></div>
</div>
</body>
</html>
'''
    without = [FG_SITE, FG_SLOGAN, today, info, FG_SOURCE, FG_ABOUT_HEAD, FG_ABOUT, FG_RELATED, FG_RECENT, FG_ARCHIVE] + \
        outside(FG_NAV + FG_TAGS, paras) + recent + month_names + rel[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


RENDER = {kind: spaced(fn) for kind, fn in (('proboards', render_proboards), ('jcink', render_jcink),
                                             ('mantis', render_mantis), ('blocs', render_blocs),
                                             ('feather', render_feather), ('pinegrow', render_pinegrow),
                                             ('frogcms', render_frogcms))}
render = with_null_update(renderer(RENDER, 'templates_set64.py', 64))  # updated: null where none is declared


# --- the corpus and the driver ----------------------------------------------------------------------------
# Named by a label of tests/segmenter/labels, tests/html/labels or ../shared/eval/dev, or listed by a segmenter blind
# draw (tests/segmenter/blind*-draw.txt, blind58 to blind61 included), when this set was written, beyond what set 61's
# NAHLA_LEFT_OUT (a number is the nahla split file of that source; a "csv-N" name or a CSV draw of record N leaves out
# the split file N) and set 60's CP_LEFT_OUT hold. Frozen.
LABEL_NAMED = {
    'cnnarabic': (191, 192, 365, 649),
    'misbar': (105, 343),
    'cp': ('AER11', 'DZSC6', 'IQP11', 'LBR19', 'MASC39', 'MRC3', 'OME19', 'PSC23', 'QAP14', 'SAP20', 'SAS6', 'SDP16',
           'SYE7', 'TMP18', 'YEC12')}
# The files set 61 (the last set to read nahla's CNN Arabic files) and set 60 (the last to read the windows-1256 files)
# built their pages around, read off their pick_articles() when this set was written; the earlier sets' are in their
# lists (set 62 read neither folder).
EARLIER_SETS_READ = {
    'cnnarabic': (191, 571, 399, 194, 710, 106, 572, 715, 573, 495, 576, 277, 405, 295, 416, 579),
    'misbar': (),
    'cp': ('MAP7', 'JOE35', 'JOSC10', 'MAP9', 'JOSC13', 'YEC22', 'JOE37', 'MAP17', 'JOE38', 'MAP22', 'JOSC24', 'JOE39',
           'JOSC27', 'MAP23', 'MAE4', 'KWSC16')}
NAHLA_LEFT_OUT = frozenset(SET61_NAHLA_LEFT_OUT) | frozenset(
    f'nahla_{src}_{n:05d}.txt' for table in (LABEL_NAMED, EARLIER_SETS_READ) for src in ('cnnarabic', 'misbar') for n in table[src])
CP_LEFT_OUT = frozenset(SET60_CP_LEFT_OUT) | frozenset(f'{n}.txt' for n in LABEL_NAMED['cp'] + EARLIER_SETS_READ['cp'])


def records(corpus):
    """{'nahla': [...], 'texts': [...]}: nahla's CNN Arabic and Misbar files as sets 33, 58 and 61 read them (a file
    whose headline is a left-out file's dropped), and the windows-1256 files of every country in
    templates_set22.file_key() order as sets 54 and 60 read them (a file whose headline is a left-out file's or an
    earlier file's loses it); the left-out ones left out."""
    nahla = set33.records(corpus)
    recs = nahla['cnn'] + [r for r in nahla['factcheck'] if r['folder'] == 'misbar']
    gone = {r['title'] for r in recs if os.path.basename(r['name']) in NAHLA_LEFT_OUT}
    cp, seen = [], set()
    paths = [p for p in glob.glob(os.path.join(corpus, CP_FOLDER, '*', '*.txt')) if FILE_NAME.match(os.path.basename(p))]
    for path in sorted(paths, key=file_key):
        base = os.path.basename(path)
        lines = file_lines(path)
        if base in CP_LEFT_OUT:
            seen.add(lines[0] if lines else '')
            continue
        title = lines[0] if lines and headline(lines[0]) and lines[0] not in seen else ''
        seen.add(lines[0] if lines else '')
        country, category, _ = FILE_NAME.match(base).groups()
        cp.append({'name': f'{CP_FOLDER}/{os.path.basename(os.path.dirname(path))}/{base}', 'base': base,
                   'country': country, 'category': category, 'folder': category, 'title': title, 'lines': lines,
                   'when': None})
    return {'nahla': [r for r in recs if os.path.basename(r['name']) not in NAHLA_LEFT_OUT and r['title'] not in gone],
            'texts': cp}


def article_of(rec, source):
    """(name, title, paragraphs) when the record is an article (see the docstring), else None."""
    if source == 'texts':
        return cp_article_of(rec, 'cp')
    return set33.article_of(rec, 'factcheck' if rec['folder'] == 'misbar' else 'cnn')


def pick_articles(sources, per_kind):
    """The pages' articles (templates_set24.pick_from_folders(); no kind's text is capped)."""
    return pick_from_folders(sys.modules[__name__], sources, per_kind, article_of, None, 0)


def page_time(n, kind, k, rec):
    """Page n's local publication time and the page's other draws (see the docstring)."""
    rng = random.Random(f'templates_set64 page {n}')
    first, last = datetime.date(2023, 1, 1), datetime.date(2024, 12, 31)
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
            raise SystemExit(f'templates_set64: {kind}-{k}: not the day before in UTC')
    return local, draw


def wording_problems():
    """templates_set21's wording check of this file against make_templates.py, templates_set5..62.py and
    templates_set63.py where it exists."""
    earlier_sets = ['make_templates.py'] + [f'templates_set{i}.py' for i in range(5, 63)]
    if os.path.exists(os.path.join(HERE, 'templates_set63.py')):
        earlier_sets.append('templates_set63.py')
    return set21_wording(os.path.basename(__file__), earlier_sets)


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    wording = '--wording' in argv
    code = run_set(sys.modules[__name__], [a for a in argv if a != '--wording'],
                   f'{NAHLA_FOLDER} and {CP_FOLDER}', 20261264, 24, 64, relabel)
    if wording:
        problems = wording_problems()
        for problem in problems:
            print(f'templates_set64: {problem}', file=sys.stderr)
        if problems:
            print(f'{len(problems)} wording problems')
            return 1
    return code


if __name__ == '__main__':
    sys.exit(main())
