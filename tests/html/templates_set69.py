#!/usr/bin/env python3
"""Sealed HTML template set 69 (issue 14): seven more kinds of Arabic news pages, labelled by construction.

Written by a helper who did not change the HTML extractor's rules, did not read them (src/, include/, data/, bench/, nor
docs/segmenter.md, loader.md or markers.md), never ran akhbar on these pages (nor any other binary of that name, nor
anything under build* or bins), never built it and never ran git: the set stays sealed until it is scored once, and that
first score measures the rules on templates nobody tuned them for. The brief named Patreon, Ko-fi, Memberful, Kajabi,
Podia, Teachable and Thinkific; grep -il of "patreon", "ko-fi", "kofi", "memberful", "kajabi", "podia", "teachable" and
"thinkific" returned no file of make_templates.py or templates_set5..68.py, so the seven stay. Set 70, written at the
same time by another helper, was not read (only its strings, by the wording check, where it exists). Every chrome
sentence is new wording: --wording checks that no run of three Arabic words of a string of this file, docstrings aside,
appears, after templates_set5.fold()'s letter folding, in the string constants of make_templates.py,
templates_set5..68.py and templates_set70.py where it exists (templates_set21.wording_problems()). The chrome is Arabic
(a Riyadh podcast that reads the Moroccan press, a Tunis illustrator's page, a Dubai members' newsletter, a Doha writing
academy, an Algiers bookshop, a Shuwaikh digital media school, a Muscat reporters' training centre), with what the
platforms leave in English: Patreon's "Become a member", "Log in", "Public post", "Like", "Reply", "Share", "N
comments", "Load more comments", "Recent posts by NAME", "See all posts", its comment ages ("12h", "1d") and "© 2024
Patreon, Inc."; Ko-fi's tabs (Home, Posts, Gallery, Shop), "Support", "Follow", "Recent supporters", "NAME bought 3
coffees.", its ages ("5 hours ago"), "Like", "Share", "Report" and "© 2024 Ko-fi Labs Limited"; WordPress' "Home",
"Posted in", "Proudly powered by WordPress" and Memberful's "Sign in", "Account" and "Memberships by Memberful"; Kajabi's
"Store", "Blog", "Login", "Previous", "Next", "Recent Posts", "Categories", "Search", "Subscribe" and "Powered by
Kajabi"; Podia's "Home", "Blog", "Log in", "Products", "Free" and "Powered by Podia"; Teachable's "Previous Lecture",
"Complete and Continue", "41% COMPLETE", "N Comments" and its ages ("2 days ago"); Thinkific's "Free Preview", "Enroll
in Course", "0% COMPLETE", "Text", "Previous Lesson", "Complete & continue" and "Powered by Thinkific".

The kinds and what each page holds:
  patreon    a Riyadh podcast that reads the Moroccan press, its public post on Patreon (Asia/Riyadh), the Next.js post
             page: the creator header (the name, "is creating ...", "Become a member"); the post card
             (data-tag="post-card"): data-tag="post-published-at" "Mar 5, 2024" (English; the article's only visible
             date), "Public post", <h1 data-tag="post-title">, data-tag="post-content": the text (on odd pages "قبل هذه
             الحلقة نشرنا للأعضاء والعامة قصة تسبقها في الزمن:" and a link: read-also), the source line, page 0
             "غيّرنا في التدوينة كلمات قليلة بعد ملاحظة مستمع، DATE" (updated), "حلقات على باتريون تدور حول الحكاية
             نفسها" (four: related); the tags, likes; three comments with Patreon's short ages; "Recent posts by NAME"
             (five other headlines with earlier English days: not related); the footer with the year; __NEXT_DATA__
             holds the post whole again (its content, published_at in UTC, edited_at: the publication's but on pages 0
             and 2 the update's); article:published_time with the local offset (in UTC on page 1; page 2's update only
             in article:modified_time and edited_at)
  kofi       a Tunis illustrator's Ko-fi page, a blog post (Africa/Tunis), Ko-fi's kfds markup: the profile header (the
             name, the bio, the tabs, Support, Follow); the sidebar "Recent supporters" BEFORE the post in source order
             and longer than the text (supporters' Arabic messages under "NAME bought N coffees." with English ages);
             the post card: <h1>, "Mar 05, 2024" (the article's only visible date), div.fr-view: the text (on even pages
             "لمن فاته، شاركت هنا قبل مدة نصاً يضيء خلفية هذا:" and a link: read-also), the source line, page 1
             "أصلحت في المنشور جملة نقلتها ناقصة، يوم DATE" (Tunisian month names; updated), "منشورات من المرسم تتصل
             بهذا المقال" (four: related); Like, Share, Report; "كتبت أيضاً على الصفحة" (four other headlines with
             earlier days: not related); the footer with the year; JSON-LD BlogPosting (datePublished; dateModified on
             pages 1 and 3) and article:published_time with the local offset (both in UTC on page 2; page 3's update
             only in article:modified_time and dateModified)
  memberful  a Dubai members' newsletter on WordPress with the Memberful WP plugin (Asia/Dubai), a members' post opened
             to all: the header (the name, the tagline, "دبي، DAY DATE": the saved day, Home, Sign in, Account);
             article.memberful-protected: h1.entry-title, time.entry-date.published "D MONTH YYYY" (Gulf month names;
             the article's only visible date) beside an empty time.updated, the byline; the entry content SPLIT over
             sibling widgets: .memberful-global-teaser-content (the first paragraph), .memberful-global-marketing-content
             (the opened paywall's note "هذه المادة مخصصة عادة لأعضاء النشرة، وفتحناها هذا الأسبوع لكل الزوار." and the
             plans link), .memberful-content (the rest; on odd pages "في عدد أقدم من النشرة توقفنا عند ما يمهّد لهذا:" and
             a link: read-also), the source line, page 1 "راجع محررنا المادة فعدّل بعض جملها، DATE" (updated); Jetpack's
             related posts "أعداد سالفة للنشرة تقترب موضوعاتها منها" (four, with earlier days: related); the sidebar:
             the top posts "يقرؤه الأعضاء بكثرة هذا الشهر" (three: related, after the four), "جديدنا بترتيب النشر"
             (five other headlines: not related), "النشرة في شهورها السابقة" (four months: not related); the footer
             with the year; Yoast's JSON-LD (datePublished, dateModified: the publication's but on pages 1 and 3 the
             update's), time.updated likewise, article:published_time with the local offset (page 3's update only in
             article:modified_time, dateModified and time.updated's datetime)
  kajabi     a Doha writing academy's Kajabi site, a blog post in the Encore theme (Asia/Qatar): the header (the name,
             Store, Blog, Login); the blog hero section OUTSIDE <main>: the category, <h1 class="blog-hero__title">,
             "Mar 05, 2024" (the article's only visible date); <main>: .blog-post-body__content: the text (on even
             pages "ومن تدويناتنا السابقة نص يشرح ما قبل هذه القصة:" and a link: read-also), the source line, page 2
             "أجرت الأكاديمية تحديثاً على التدوينة، DATE" (updated); the tags; Previous and Next (two other headlines:
             not related); the sidebar: search, "Recent Posts" (four other headlines with earlier days: not related),
             "تدوينات يتناقلها قراؤنا أكثر" (four: related), Categories, the opt-in; the footer with the year and
             "Powered by Kajabi"; article:published_time with the local offset (page 0's update only in
             article:modified_time)
  podia      an Algiers bookshop's Podia storefront, a blog post (Africa/Algiers): the nav; article.blog-post: <h1>, the
             byline and <time> "March 31, 2019" (English; the article's only visible date); div.trix-content holds the
             text in ONE div whose paragraphs are separated ONLY by <br><br> (on odd pages cut in two by "ولمن يريد
             العودة إلى بداية القصة، نشرنا في المدونة سابقاً:" and a link: read-also), the source line, page 3 "غيّرنا
             سطراً من التدوينة لاحقاً، DATE" (Algerian month names; updated); "تدوينات تفتح أبواباً على الحكاية" (four:
             related); Products; "جديد مدونة المكتبة" (four other headlines with later English days: not related); the
             footer with the year and "Powered by Podia"; JSON-LD BlogPosting (datePublished; dateModified on pages 1
             and 3) and article:published_time with the local offset (page 1's update only in article:modified_time and
             dateModified)
  teachable  a Shuwaikh digital media school's Teachable course, a lecture page whose text is the article (Asia/Kuwait):
             the lecture nav (Previous Lecture, Complete and Continue); the course sidebar BEFORE the lecture in source
             order: the course's name, the progress, three sections of eleven lectures (ten other headlines and the
             lecture's own title: not related); the course mainbar: <h1 id="lecture_heading">, then the text SPLIT
             over four sibling text attachments (.lecture-attachment-type-text): "نُشر المقال الذي يبني عليه درس اليوم DAY
             DATE، الساعة HH:MM" (Gulf month names; the article's only visible date) and the first paragraph; the second
             (on even pages "راجعوا قبل الاختبار درساً سابقاً يرتبط به:" and a link: read-also); the rest, the source
             line, page 0 "أضاف المدرّس تصحيحاً إلى نص الدرس في DATE" (updated); "قراءات مساندة اختارها المدرّس لهذا
             الدرس" (four: related); three comments with English ages; the footer with the year; article:published_time
             with the local offset (page 2's update only in article:modified_time)
  thinkific  a Muscat reporters' training centre's Thinkific course, a free preview text lesson in the course player
             (Asia/Muscat): the header (the name, "مسقط، DAY DATE": the saved day, the course, Free Preview, Enroll in
             Course); the left drawer BEFORE the lesson in source order: two chapters of nine lessons (eight other
             headlines and the lesson's own title: not related); div.text-lesson.fr-view: <h1>, "أضيف هذا الدرس" and a
             relative Arabic age ("منذ 3 أيام") over a <time datetime> in UTC (the article's only date on the page), the
             text (on odd pages "وقبل الانتقال، اقرأ درساً مجانياً آخر يكمل الصورة:" and a link: read-also), the source
             line, page 2 "صوّب المدرب نص الدرس وأعاد رفعه في DATE" (updated), "دروس في الدورة تلتقي مع هذا الدرس" (four:
             related); Previous Lesson, Complete & continue; the footer with the year; the player's JSON state holds
             the lesson whole again (html_text, created_at in UTC, updated_at: the publication's but on pages 1 and 2
             the update's); article:published_time in UTC (page 1's update only in article:modified_time and
             updated_at)

The texts and how they were picked: Goud.ma's texts (CORPUS/marsum-goud) read as sets 46, 55 and 58 read them (the
first line the headline, templates_set31.goud_paragraphs(), the first eight kept, the text's own day where it gives one,
templates_set28.goud_own_date(); a file whose headline is a left-out file's or an earlier file's unusable; no line
holding a marker); as set 58 found, Goud's texts are of three paragraphs, so this set asks three (MIN_PARAGRAPHS);
after the left-out files Goud holds 135 files, 55 of them articles. The brief also named CORPUS/ant-jawharafm, read as
sets 50 and 54 read it (templates_set24.article_of(): a date, a usable headline, no marker line, at least six paragraphs
of its sentences): after its left-out records it holds 281 records and none of them is an article (set 60 found the
same), so all 28 pages take Goud texts; records() still reads it (source 'jawhara') and no kind takes it. A text of
fewer than six paragraphs gets, besides the openings, eight words from the middle of its longest paragraphs
(templates_set32.relabel(); a paragraph under 24 words gives none). None of the 28 Goud texts gives a day of its own, so
every page takes a drawn day of 2019 to 2024 at a drawn clock time (07:00 to 22:59), in the kind's zone. Page N
(counted over the whole set, kinds in the order above) has a generator, random.Random("templates_set69 page N"), that
draws, in this order, that day and clock time, the update's delay (1 to 2 days, 1 to 9 hours, 5 to 55 minutes), the
hours and minutes before the page was saved (its "today", comments, ages, supporters' messages and later lists fall
between publication and that moment or before it; a page is always saved after its own update) and a count. Zones (none
with summer time in 2019-2024): Dubai's and Muscat's +04:00, Riyadh's, Doha's and Kuwait's +03:00, Tunis' and Algiers'
+01:00; every page's publication and update times are checked against zoneinfo when the set is written. Three pages are
moved just after local midnight, keeping their day, for a UTC trap (MOVED): patreon-1 (00:20 in Riyadh;
article:published_time and __NEXT_DATA__'s published_at in UTC, the post's date the local day), kofi-2 (00:15 in Tunis;
article:published_time and JSON-LD's datePublished in UTC, the post's date the local day) and thinkific-3 (00:25 in
Muscat; its only date a relative age over a <time datetime> in UTC, article:published_time and the JSON state in UTC);
each is the day before in UTC (checked when the set is written) and the label holds the local day. Two pages of each
kind are updated (14 of 28): one shows the update, the other declares it only in metadata (article:modified_time, and
the JSON-LD, JSON state or time.updated where the platform has one); the other pages carry updated null and declare no
modified time later than their publication (where a JSON blob or time.updated carries one, it is the publication's).
Every page shows dates that are not the article's: comments' and supporters' ages, a header's "today", earlier and later
posts' days, related posts' days, archive months, footers' years.

Each kind carries a related list or a most-read box or both (labelled related, in page order: Memberful's four related
posts, then its three top posts) and lists that look related but are not (a creator's recent posts, a supporters' feed,
latest posts and archive months, previous and next posts, a course's curriculum, a player's lesson drawer), and every
other page (14) an inline read-also line or quote in new wording. Hard in structure, as real pages are: the Patreon
page's post is held whole again in __NEXT_DATA__; the Ko-fi page's supporters' feed, longer than the text, comes BEFORE
the post; the Memberful page's text is split over sibling widgets (the teaser, the opened paywall's note, the content);
the Kajabi page's headline and date stand in a hero OUTSIDE <main>; the Podia page's paragraphs are separated only by
<br><br>; the Teachable page's curriculum of other headlines comes BEFORE the lecture and its text is split over sibling
attachments; the Thinkific page's lesson drawer comes BEFORE the lesson, its only date is a relative age over a <time
datetime> in UTC and the lesson is held whole again in a JSON state.

Labels (the format of tests/html/labels): title (the <h1>), published (the local date in the kind's zone), updated (the
local date where the page shows or declares an update: 14 of the 28 pages; null elsewhere), body_with = the opening of
each paragraph (templates_set5.opening(); for a text of fewer than six paragraphs, eight words from the middle of its
longest paragraphs are added, templates_set32.relabel()), body_without = visible chrome texts, bylines, date lines and
ages, update notes, source lines, comments and supporters' messages and their ages, other stories' headlines, the first
two related headlines, read_also, related (headed related lists and most-read boxes only, in page order).

Left out (frozen, so that later labels do not shift the set): the files a label of tests/segmenter/labels,
tests/html/labels or ../shared/eval/dev names or a segmenter blind draw (tests/segmenter/blind*-draw.txt) lists: for
Goud set 58's GOUD_LEFT_OUT (set 55's, which holds set 51's and through it the lists of sets 18, 28, 31, 36, 41, 43 and
46, and set 58's own LABEL_NAMED and EARLIER_SETS_READ), for JawharaFM set 54's ja_left_out() (set 50's, which holds
the earlier sets' lists, and set 54's own lists), and LABEL_NAMED here for the names found in them when this set was
written that those lists did not hold (a Goud file by its number, from a "file" path or a name "marsum-goud-N"; a
JawharaFM record by its docno's prefix "JA-FOLDER-N"); and the texts earlier sets built pages around: those lists, and
EARLIER_SETS_READ here, set 58's twelve Goud files, read off its pick_articles() when this set was written (set 58 was
the last set to read Goud; set 54, the last to read JawharaFM, took windows-1256 files only; sets 59 to 68 read neither
folder). Page k of a kind takes the first text of FOLDERS[kind][k] or of the kind's next folders that no page took
before (templates_set24.pick_from_folders()). Other stories' headlines are the titles of the Goud files that follow the
text's, wrapping around (templates_set14.following()): the first 11 shuffled by random.Random(20261269), one shuffle a
page, then the rest in order (the read-also is the 12th, recent posts, feeds, curricula, drawers and the like from the
14th on; 24 are read a page).

Usage: templates_set69.py OUT_DIR [--corpus DIR] [--per-kind 4] [--kinds a,b] [--wording]
writes OUT_DIR/pages/KIND-N.html and OUT_DIR/labels/KIND-N.json (templates_set24.run_set()), checks every labelled text
against the page's visible text, the link and balance checks, the zones against zoneinfo; with --wording also the
wording check over make_templates.py, templates_set5..68.py and templates_set70.py where it exists. The output is the
same byte for byte from run to run."""
import datetime
import os
import random
import sys

sys.dont_write_bytecode = True  # the set writes nothing beside itself (no __pycache__ of the sets it imports)
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
# Helpers, calendar data, the corpus readers and the frozen left-out lists only; no chrome sentence of the earlier sets.
from templates_set5 import DAYS, esc  # noqa: E402
from templates_set10 import EN_MONTHS, renderer  # noqa: E402
from templates_set12 import DZ_MONTHS, TN_MONTHS, records as jawhara_records  # noqa: E402
from templates_set14 import usable_title  # noqa: E402
from templates_set15 import upd_of  # noqa: E402
from templates_set19 import MARKERS, iso_z, lead_words, zone_helpers  # noqa: E402
from templates_set21 import with_null_update  # noqa: E402
from templates_set21 import wording_problems as set21_wording  # noqa: E402
from templates_set23 import hex_id, spaced  # noqa: E402
from templates_set24 import article_of as ja_article_of, moment_helpers, page_helpers, pick_from_folders, run_set  # noqa: E402
from templates_set28 import goud_own_date  # noqa: E402
from templates_set31 import goud_paragraphs  # noqa: E402
from templates_set32 import relabel  # noqa: E402
from templates_set48 import EN_SHORT, en_long, ld_json  # noqa: E402
from templates_set54 import ja_left_out as set54_ja_left_out  # noqa: E402
from templates_set58 import GOUD_LEFT_OUT as SET58_GOUD_LEFT_OUT  # noqa: E402
from templates_set60 import ar_age, gulf, hm, iso_local  # noqa: E402

KINDS = ('patreon', 'kofi', 'memberful', 'kajabi', 'podia', 'teachable', 'thinkific')
UTC = datetime.timezone.utc
ZONES = {'patreon': (3, []), 'kofi': (1, []), 'memberful': (4, []), 'kajabi': (3, []), 'podia': (1, []),
         'teachable': (3, []), 'thinkific': (4, [])}
TZ = {'patreon': 'Asia/Riyadh', 'kofi': 'Africa/Tunis', 'memberful': 'Asia/Dubai', 'kajabi': 'Asia/Qatar',
      'podia': 'Africa/Algiers', 'teachable': 'Asia/Kuwait', 'thinkific': 'Asia/Muscat'}
GOUD_FOLDER = 'marsum-goud'
JA_FOLDER = 'ant-jawharafm'
SOURCE = {kind: 'goud' for kind in KINDS}
FOLDERS = {kind: (GOUD_FOLDER,) * 4 for kind in KINDS}
MOVED = {('patreon', 1): (0, 20), ('kofi', 2): (0, 15), ('thinkific', 3): (0, 25)}
offset_hours, zone, in_zone, later, earlier = zone_helpers(ZONES)
between, saved_after = moment_helpers(in_zone, later)
updates, saved, moments = page_helpers(later, between, saved_after, page_of=lambda k: k % 4)


def modified_meta(k, pages, mod):
    return f'<meta property="article:modified_time" content="{iso_z(mod)}">\n' if k % 4 in pages else ''


def en_mdy(t, pad=False):
    """"Mar 5, 2024" (Patreon) or "Mar 05, 2024" (Ko-fi, Kajabi)."""
    return f'{EN_SHORT[t.month - 1]} {t.day:02d}, {t.year}' if pad else f'{EN_SHORT[t.month - 1]} {t.day}, {t.year}'


def tn(t):
    return f'{t.day} {TN_MONTHS[t.month - 1]} {t.year}'


def dz(t):
    return f'{t.day} {DZ_MONTHS[t.month - 1]} {t.year}'


def day_line(t, fmt=gulf):
    return f'{DAYS[t.weekday()]} {fmt(t)}'


def short_age(t, now):
    """Patreon's comment ages ("5h", "2d", "1w")."""
    s = int((now - t).total_seconds())
    if s < 3600:
        return f'{max(1, s // 60)}m'
    if s < 86400:
        return f'{s // 3600}h'
    if s < 86400 * 7:
        return f'{s // 86400}d'
    return f'{s // (86400 * 7)}w'


def en_ago(t, now):
    """Ko-fi's and Teachable's English ages ("3 hours ago", "2 days ago")."""
    s = int((now - t).total_seconds())
    if s < 3600:
        n, unit = max(1, s // 60), 'minute'
    elif s < 86400:
        n, unit = s // 3600, 'hour'
    else:
        n, unit = s // 86400, 'day'
    return f'{n} {unit}{"s" if n != 1 else ""} ago'


def paras_p(paras):
    return ''.join(f'<p>{esc(p)}</p>' for p in paras)


def rel_ul(rel, href, cls=''):
    c = f' class="{cls}"' if cls else ''
    return f'<ul{c}>' + ''.join(f'<li><a href="{href(t)}">{esc(t)}</a></li>' for t in rel) + '</ul>'


# --- patreon: a Riyadh podcaster's public post on Patreon (its Next.js post page) -----------------------------------
PT_CREATOR = 'حكايات الدرب المغربي'
PT_VANITY = 'hikayat_darb'
PT_ABOUT = 'is creating بودكاست أسبوعي يقرأ الصحافة المغربية من الرياض'
PT_ALSO = 'قبل هذه الحلقة نشرنا للأعضاء والعامة قصة تسبقها في الزمن:'
PT_SOURCE = 'قرأنا النص بالدارجة حرفياً عن گود، الموقع الإخباري المغربي، دون تصرف'
PT_EDITED = 'غيّرنا في التدوينة كلمات قليلة بعد ملاحظة مستمع، {date}'
PT_RELATED = 'حلقات على باتريون تدور حول الحكاية نفسها'
PT_RECENT = 'Recent posts by حكايات الدرب المغربي'
PT_TAGS = ['دارجة', 'قراءة_الأسبوع', 'أخبار_المغرب']
PT_COMMENTS = [('Youssef R.', 'سمعت الحلقة في السيارة، قراءتك للدارجة ممتعة جداً'),
               ('نوف', 'أول مرة أفهم هذه اللهجة بهذا الوضوح، شكراً لكم'),
               ('Hamza B.', 'ننتظر الحلقة الجاية، ولو أمكن خلّوها أطول شوي')]


def render_patreon(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'patreon'
    pub, draw = extra['at'], extra['draw']
    rel, recent = others[:4], extra['more'][:5]
    moved = (kind, k % 4) in MOVED
    mod, upd_day = updates(kind, k, pub, draw, (0, 2))
    now = saved(kind, pub, draw, mod, upd_day, days=2, hours=draw['saved_hours'])
    pid = int(hex_id('pt ' + title)[:6], 16) % 90000000 + 10000000
    href = lambda t: f'https://www.patreon.com/posts/{hex_id("pt " + t)[:8]}-{int(hex_id("ptn " + t)[:6], 16) % 90000000 + 10000000}'  # noqa: E731
    shown = en_mdy(pub)
    edited = PT_EDITED.format(date=gulf(mod)) if k % 4 == 0 else ''
    also = f'<p>{PT_ALSO} <a href="{href(extra["also"])}">{esc(extra["also"])}</a></p>' if k % 2 == 1 else ''
    body = paras_p(paras[:2]) + also + paras_p(paras[2:])
    content = (body + f'<p><em>{PT_SOURCE}</em></p>' + (f'<p><strong>{edited}</strong></p>' if edited else '') +
               f'<h3>{PT_RELATED}</h3>' + rel_ul(rel, href))
    c_at = moments(kind, pub, now, len(PT_COMMENTS))
    c_ages = [short_age(d, now) for d in c_at]
    comments = ''.join(
        f'<div data-tag="comment-row"><div data-tag="comment-avatar-wrapper"><img src="https://c8.patreon.com/avatar/{hex_id("pta " + u)[:8]}" alt=""></div>'
        f'<div data-tag="comment-body"><a data-tag="commenter-name" href="#">{u}</a> <span data-tag="comment-timestamp" title="{iso_z(d)}">{a}</span>'
        f'<div data-tag="comment-text">{m}</div><button data-tag="comment-like">Like</button> <button data-tag="comment-reply">Reply</button></div></div>'
        for (u, m), d, a in zip(PT_COMMENTS, c_at, c_ages))
    r_at = [earlier(kind, pub, days=3 * (i + 1), hours=i) for i in range(len(recent))]
    r_lines = [en_mdy(d) for d in r_at]
    recent_html = ''.join(f'<li data-tag="recent-post"><a href="{href(t)}">{esc(t)}</a> <span>{dd}</span></li>' for t, dd in zip(recent, r_lines))
    meta_pub = iso_z(pub) if moved else iso_local(pub)
    post = {'data': {'id': str(pid), 'type': 'post', 'attributes': {
        'title': title, 'content': ''.join(f'<p>{esc(p)}</p>' for p in paras), 'post_type': 'text_only',
        'published_at': pub.astimezone(UTC).isoformat(timespec='milliseconds'),
        'edited_at': (mod if k % 4 in (0, 2) else pub).astimezone(UTC).isoformat(timespec='milliseconds'),
        'is_public': True, 'like_count': draw['count'] % 300, 'comment_count': len(PT_COMMENTS),
        'url': f'https://www.patreon.com/posts/{hex_id("pt " + title)[:8]}-{pid}'}}}
    nd = {'props': {'pageProps': {'bootstrapEnvelope': {'bootstrap': {'post': post}}}}, 'page': '/posts/[slug]',
          'query': {'slug': f'{hex_id("pt " + title)[:8]}-{pid}'}, 'buildId': 'pt-2024-03', 'isFallback': False}
    tags = ''.join(f'<a data-tag="post-tag" href="/{PT_VANITY}/posts?filters%5Btag%5D={t}">{t}</a> ' for t in PT_TAGS)
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>{esc(title)} | {PT_CREATOR} on Patreon</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{esc(lead_words(paras, 20))}">
<meta property="og:site_name" content="Patreon">
<meta property="og:title" content="{esc(title)} | {PT_CREATOR} on Patreon">
<meta property="og:type" content="article">
<meta property="og:url" content="https://www.patreon.com/posts/{hex_id("pt " + title)[:8]}-{pid}">
<meta property="og:image" content="https://c10.patreonusercontent.com/4/patreon-media/p/post/{pid}/1.png">
<meta property="article:published_time" content="{meta_pub}">
{modified_meta(k, (2,), mod)}<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="https://c5.patreon.com/external/fonts/fonts.css">
</head>
<body>
<div id="__next"><div id="reactTargetPage">
<header data-tag="creator-header" class="sc-jrQzAO"><a href="/{PT_VANITY}" data-tag="creator-name">{PT_CREATOR}</a> <span data-tag="creator-public-page-summary">{PT_ABOUT}</span> <a data-tag="join-button" href="/join/{PT_VANITY}">Become a member</a> <a href="/login">Log in</a></header>
<main id="main-app-container">
<div data-tag="post-card" class="sc-bdVaJa">
<div data-tag="post-details"><a data-tag="post-published-at" href="/posts/{hex_id("pt " + title)[:8]}-{pid}"><span>{shown}</span></a> <span data-tag="post-visibility">Public post</span></div>
<h1 data-tag="post-title" class="sc-AxjAm">{esc(title)}</h1>
<div data-tag="post-content" class="sc-1di2uql-1">{content}</div>
<div data-tag="post-tags">{tags}</div>
<div data-tag="post-details-row"><button data-tag="like-button">Like</button> <span data-tag="like-count">{draw["count"] % 300}</span> <button data-tag="share-button">Share</button></div>
</div>
<section data-tag="comments-section"><div data-tag="comments-header">{len(PT_COMMENTS)} comments</div>{comments}<button data-tag="load-more-comments">Load more comments</button></section>
<aside data-tag="recent-posts"><div data-tag="recent-posts-header">{PT_RECENT}</div><ul>{recent_html}</ul><a href="/{PT_VANITY}/posts">See all posts</a></aside>
</main>
<footer data-tag="footer"><span>© {now.year} Patreon, Inc.</span> <a href="/policy/legal">Terms of Use</a> <a href="/policy/privacy">Privacy Policy</a></footer>
</div></div>
<script id="__NEXT_DATA__" type="application/json">{ld_json(nd)}</script>
</body>
</html>
'''
    without = [PT_CREATOR, PT_ABOUT, shown, PT_SOURCE, PT_RELATED, PT_RECENT] + PT_TAGS + [m for _, m in PT_COMMENTS] + \
        sorted(set(c_ages)) + recent + r_lines + rel[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- kofi: a Tunis illustrator's Ko-fi page, a blog post under the supporters' feed ----------------------------------
KF_NAME = 'مرسم نهج الباشا'
KF_HANDLE = 'marsam_pacha'
KF_BIO = 'رسوم يدوية من تونس العتيقة، وبين الرسمة والأخرى نشارك ما نقرأ'
KF_FEED = 'Recent supporters'
KF_MSGS = [('Amel', 'رسمتك الأخيرة للسوق علّقتها في المكتب، كل الزملاء سألوني عنها وعن صاحبها'),
           ('Someone', 'قهوة صغيرة على نية الخطوط الجميلة، واصل ولا تنقطع عنا طويلاً'),
           ('Karim T.', 'أتابعك منذ معرض المدينة، وما زلت أنتظر سلسلة الأبواب الزرقاء كاملة'),
           ('Ines', 'بنتي تعلمت تمسك القلم من فيديوهاتك، شكراً على الصبر وطول البال'),
           ('Someone', 'من صفاقس مع المحبة، نحب المقالات اللي تشاركها بين الرسمات'),
           ('Walid', 'دوّرت على دفتر الرسم اللي تستعمله، ياريت تكتب عنه تدوينة'),
           ('Salma B.', 'ثلاث قهوات دفعة واحدة لأن الألوان في آخر لوحة تستحق أكثر'),
           ('Nour', 'القراءة عندك متنوعة، من تونس للمغرب، وهذا نادر في صفحات الرسامين')]
KF_ALSO = 'لمن فاته، شاركت هنا قبل مدة نصاً يضيء خلفية هذا:'
KF_SOURCE = 'المقال كما كتبه موقع گود بالدارجة المغربية، نقلته للمتابعين'
KF_EDITED = 'أصلحت في المنشور جملة نقلتها ناقصة، يوم {date}'
KF_RELATED = 'منشورات من المرسم تتصل بهذا المقال'
KF_MORE = 'كتبت أيضاً على الصفحة'


def render_kofi(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'kofi'
    pub, draw = extra['at'], extra['draw']
    rel, more = others[:4], extra['more'][:4]
    moved = (kind, k % 4) in MOVED
    mod, upd_day = updates(kind, k, pub, draw, (1, 3))
    now = saved(kind, pub, draw, mod, upd_day, days=3, hours=draw['saved_hours'])
    code = lambda t: hex_id('kf ' + t)[:10].upper()  # noqa: E731
    href = lambda t: f'https://ko-fi.com/post/{code(t)}'  # noqa: E731
    shown = en_mdy(pub, pad=True)
    edited = KF_EDITED.format(date=tn(mod)) if k % 4 == 1 else ''
    words = sum(len(p.split()) for p in paras)
    msgs, total = [], 0
    for m in KF_MSGS:
        msgs.append(m)
        total += len(m[1].split())
        if total > words + 20:
            break
    m_at = [earlier(kind, now, hours=5 * i + 2, minutes=7 * i) for i in range(len(msgs))]
    m_ages = [en_ago(d, now) for d in m_at]
    feed = ''.join(f'<div class="feeditem-unit"><div class="kfds-font-size-14"><span class="kfds-font-bold">{u}</span> bought {1 + i % 3} coffee{"s" if i % 3 else ""}.</div>'
                   f'<div class="kfds-c-feed-message">{m}</div><div class="kfds-c-text-muted kfds-font-size-12">{a}</div></div>'
                   for i, ((u, m), a) in enumerate(zip(msgs, m_ages)))
    also = f'<p>{KF_ALSO} <a href="{href(extra["also"])}">{esc(extra["also"])}</a></p>' if k % 2 == 0 else ''
    body = paras_p(paras[:1]) + also + paras_p(paras[1:])
    more_at = [earlier(kind, pub, days=4 * (i + 1)) for i in range(len(more))]
    more_lines = [en_mdy(d, pad=True) for d in more_at]
    more_html = ''.join(f'<div class="kfds-c-post-snippet"><a href="{href(t)}">{esc(t)}</a><div class="kfds-c-text-muted">{dd}</div></div>'
                        for t, dd in zip(more, more_lines))
    meta_pub = iso_z(pub) if moved else iso_local(pub)
    ld = {'@context': 'https://schema.org', '@type': 'BlogPosting', 'headline': title, 'datePublished': meta_pub,
          'author': {'@type': 'Person', 'name': KF_NAME, 'url': f'https://ko-fi.com/{KF_HANDLE}'}}
    if k % 4 in (1, 3):
        ld['dateModified'] = iso_z(mod)
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - Ko-fi ❤️ Where creators get support from fans through donations, memberships, shop sales and more! The original 'Buy Me a Coffee' Page.</title>
<meta property="og:title" content="{esc(title)}">
<meta property="og:description" content="{esc(lead_words(paras, 20))}">
<meta property="og:url" content="{href(title)}">
<meta property="og:site_name" content="Ko-fi">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{meta_pub}">
{modified_meta(k, (3,), mod)}<link rel="stylesheet" href="https://storage.ko-fi.com/cdn/kfds.css?v=2.3">
<script type="application/ld+json">{ld_json(ld)}</script>
</head>
<body class="kfds-srf-bg-light">
<div class="kfds-lyt-row kfds-c-profile-header"><div class="kfds-c-profile-avatar"><img src="https://storage.ko-fi.com/cdn/useruploads/{hex_id("kfa")[:12]}.png" alt=""></div>
<div class="kfds-font-size-22 kfds-font-bold kfds-c-profile-name">{KF_NAME}</div><div class="kfds-c-profile-bio">{KF_BIO}</div>
<div class="kfds-c-tabs"><a href="/{KF_HANDLE}">Home</a> <a href="/{KF_HANDLE}/posts" class="active">Posts</a> <a href="/{KF_HANDLE}/gallery">Gallery</a> <a href="/{KF_HANDLE}/shop">Shop</a></div>
<a class="kfds-btn kfds-btn-primary" href="/{KF_HANDLE}#checkoutModal">Support</a> <button class="kfds-btn">Follow</button></div>
<div class="kfds-lyt-row kfds-lyt-between">
<div class="kfds-lyt-width-33 kfds-c-sidebar"><div class="kfds-c-card"><div class="kfds-font-size-16 kfds-font-bold">{KF_FEED}</div>{feed}</div></div>
<div class="kfds-lyt-width-66">
<div class="kfds-c-card kfds-c-post-card">
<h1 class="kfds-font-size-22 kfds-font-bold kfds-c-post-title">{esc(title)}</h1>
<div class="kfds-c-text-muted kfds-font-size-14 kfds-c-post-date">{shown}</div>
<div class="fr-view kfds-c-post-text">{body}<p><em>{KF_SOURCE}</em></p>{f'<p><strong>{edited}</strong></p>' if edited else ''}</div>
<div class="kfds-c-post-related"><div class="kfds-font-bold">{KF_RELATED}</div>{rel_ul(rel, href)}</div>
<div class="kfds-c-post-actions"><button class="kfds-btn">Like</button> <button class="kfds-btn">Share</button> <a href="/Home/Report">Report</a></div>
</div>
<div class="kfds-c-card"><div class="kfds-font-bold">{KF_MORE}</div>{more_html}</div>
</div></div>
<footer class="kfds-c-footer">© {now.year} Ko-fi Labs Limited · <a href="https://more.ko-fi.com/terms">Terms</a> · <a href="https://more.ko-fi.com/privacy">Privacy</a></footer>
</body>
</html>
'''
    without = [KF_NAME, KF_BIO, KF_FEED, shown, KF_SOURCE, KF_RELATED, KF_MORE] + [m for _, m in msgs] + sorted(set(m_ages)) + \
        more + more_lines + rel[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- memberful: a Dubai newsletter's WordPress site with the Memberful plugin, a members' post opened to all ---------
MB_SITE = 'رسالة الخميس من دبي'
MB_HOST = 'https://risalat-alkhamis.example'
MB_TAGLINE = 'نشرة للمشتركين تجمع كل أسبوع ما يستحق القراءة من صحف المغرب العربي'
MB_TODAY = 'دبي، {date}'
MB_BY = 'بقلم فريق النشرة'
MB_OPEN = 'هذه المادة مخصصة عادة لأعضاء النشرة، وفتحناها هذا الأسبوع لكل الزوار.'
MB_JOIN = 'اختر خطة العضوية'
MB_ALSO = 'في عدد أقدم من النشرة توقفنا عند ما يمهّد لهذا:'
MB_SOURCE = 'الأصل لدى گود، ونعيد بثه هنا بحروفه الدارجة'
MB_EDITED = 'راجع محررنا المادة فعدّل بعض جملها، {date}'
MB_RELATED = 'أعداد سالفة للنشرة تقترب موضوعاتها منها'
MB_MOST = 'يقرؤه الأعضاء بكثرة هذا الشهر'
MB_RECENT = 'جديدنا بترتيب النشر'
MB_ARCHIVE = 'النشرة في شهورها السابقة'


def render_memberful(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'memberful'
    pub, draw = extra['at'], extra['draw']
    rel, most, recent = others[:4], others[4:7], extra['more'][:5]
    mod, upd_day = updates(kind, k, pub, draw, (1, 3))
    now = saved(kind, pub, draw, mod, upd_day, days=2, hours=draw['saved_hours'])
    pid = int(hex_id('mb ' + title)[:4], 16) % 9000 + 1000
    href = lambda t: f'{MB_HOST}/{hex_id("mb " + t)[:12]}/'  # noqa: E731
    today = MB_TODAY.format(date=day_line(now))
    shown = gulf(pub)
    edited = MB_EDITED.format(date=gulf(mod)) if k % 4 == 1 else ''
    also = f'<p class="mb-also">{MB_ALSO} <a href="{href(extra["also"])}">{esc(extra["also"])}</a></p>' if k % 2 == 1 else ''
    r_at = [earlier(kind, pub, days=2 * (i + 1), hours=3 * i) for i in range(len(rel))]
    rel_html = ''.join(f'<div class="jp-relatedposts-post jp-relatedposts-post{i}" data-post-id="{int(hex_id("mbr " + t)[:4], 16)}" data-post-format="false">'
                       f'<h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="{href(t)}" rel="nofollow">{esc(t)}</a></h4>'
                       f'<p class="jp-relatedposts-post-date">{gulf(d)}</p></div>' for i, (t, d) in enumerate(zip(rel, r_at)))
    r_lines = [gulf(d) for d in r_at]
    months = [earlier(kind, pub, days=31 * i) for i in range(1, 5)]
    month_lines = [f'{gulf(m).split(" ", 1)[1]}' for m in months]
    recent_html = ''.join(f'<li><a href="{href(t)}">{esc(t)}</a></li>' for t in recent)
    yoast = {'@context': 'https://schema.org', '@graph': [
        {'@type': 'Article', '@id': f'{href(title)}#article', 'headline': title, 'datePublished': iso_local(pub),
         'dateModified': iso_local(mod), 'author': {'name': 'فريق النشرة'}, 'isAccessibleForFree': 'False',
         'hasPart': {'@type': 'WebPageElement', 'isAccessibleForFree': 'False', 'cssSelector': '.memberful-content'}},
        {'@type': 'WebSite', '@id': f'{MB_HOST}/#website', 'url': f'{MB_HOST}/', 'name': MB_SITE}]}
    page = f'''<!DOCTYPE html>
<html dir="rtl" lang="ar">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} &#8211; {MB_SITE}</title>
<meta property="og:locale" content="ar_AR">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(title)}">
<meta property="og:url" content="{href(title)}">
<meta property="og:site_name" content="{MB_SITE}">
<meta property="article:published_time" content="{iso_local(pub)}">
{modified_meta(k, (1, 3), mod)}<script type="application/ld+json" class="yoast-schema-graph">{ld_json(yoast)}</script>
<link rel="stylesheet" id="memberful-wp-css" href="{MB_HOST}/wp-content/plugins/memberful-wp/stylesheets/all.css?ver=1.73.5" media="all">
<script type="text/javascript">window.MemberfulOptions = {{"site":["https:\\/\\/risalat.memberful.com"],"memberSignedIn":false,"capturedHash":null}};</script>
<script type="text/javascript" src="https://d35xxde4fgg0cx.cloudfront.net/assets/embedded.js" id="memberful-js"></script>
</head>
<body class="post-template-default single single-post postid-{pid} single-format-standard wp-embed-responsive">
<div id="page" class="site">
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="{MB_HOST}/" rel="home">{MB_SITE}</a></p><p class="site-description">{MB_TAGLINE}</p></div>
<div class="header-date">{today}</div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="{MB_HOST}/">Home</a></li><li><a href="{MB_HOST}/?memberful_endpoint=auth">Sign in</a></li><li><a href="{MB_HOST}/account/">Account</a></li></ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard hentry category-maghreb memberful-protected">
<header class="entry-header"><h1 class="entry-title">{esc(title)}</h1>
<div class="entry-meta"><span class="posted-on"><a href="{href(title)}" rel="bookmark"><time class="entry-date published" datetime="{iso_local(pub)}">{shown}</time><time class="updated" datetime="{iso_local(mod)}" hidden></time></a></span> <span class="byline">{MB_BY}</span></div></header>
<div class="entry-content">
<div class="memberful-global-teaser-content">{paras_p(paras[:1])}</div>
<div class="memberful-global-marketing-content memberful-open"><p>{MB_OPEN} <a href="{MB_HOST}/?memberful_endpoint=plans">{MB_JOIN}</a></p></div>
<div class="memberful-content">{paras_p(paras[1:2])}{also}{paras_p(paras[2:])}<p class="source"><em>{MB_SOURCE}</em></p>{f'<p class="edit-note"><strong>{edited}</strong></p>' if edited else ''}</div>
<div id="jp-relatedposts" class="jp-relatedposts" style="display: block;"><h3 class="jp-relatedposts-headline"><em>{MB_RELATED}</em></h3><div class="jp-relatedposts-items jp-relatedposts-items-minimal">{rel_html}</div></div>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="{MB_HOST}/category/maghreb/" rel="category tag">maghreb</a></span></footer>
</article>
</main></div>
<aside id="secondary" class="widget-area">
<section id="top-posts-2" class="widget widget_top-posts"><h2 class="widget-title">{MB_MOST}</h2>{rel_ul(most, href, "widgets-list-layout no-grav")}</section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">{MB_RECENT}</h2><ul>{recent_html}</ul></section>
<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">{MB_ARCHIVE}</h2><ul>{"".join(f'<li><a href="{MB_HOST}/{m.year}/{m.month:02d}/">{ml}</a></li>' for m, ml in zip(months, month_lines))}</ul></section>
</aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">© {now.year} {MB_SITE} · Proudly powered by WordPress · Memberships by <a href="https://memberful.com">Memberful</a></div></footer>
</div>
</body>
</html>
'''
    without = [MB_SITE, MB_TAGLINE, today, shown, MB_BY, MB_OPEN, MB_JOIN, MB_SOURCE, MB_RELATED, MB_MOST, MB_RECENT,
               MB_ARCHIVE] + r_lines + recent + month_lines + rel[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel + most, without, upd_of(upd_day)


# --- kajabi: a Doha coaching academy's Kajabi site, its blog post (Encore theme) ------------------------------------
KJ_SITE = 'أكاديمية الدوحة للكتابة الصحفية'
KJ_HOST = 'https://doha-kitaba.mykajabi.com'
KJ_CAT = 'قراءات من المغرب'
KJ_ALSO = 'ومن تدويناتنا السابقة نص يشرح ما قبل هذه القصة:'
KJ_SOURCE = 'نقلت الأكاديمية الخبر عن گود، وتعرضه بالدارجة تمريناً للمتدربين على القراءة'
KJ_EDITED = 'أجرت الأكاديمية تحديثاً على التدوينة، {date}'
KJ_MOST = 'تدوينات يتناقلها قراؤنا أكثر'
KJ_RECENT = 'Recent Posts'
KJ_CATS = ['قراءات من المغرب', 'دروس الكتابة', 'أخبار الأكاديمية']
KJ_OPTIN = 'اترك بريدك وتصلك تدوينة كل أحد'


def render_kajabi(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'kajabi'
    pub, draw = extra['at'], extra['draw']
    rel, recent, prev_next = others[:4], extra['more'][:4], extra['more'][4:6]
    mod, upd_day = updates(kind, k, pub, draw, (2, 0))
    now = saved(kind, pub, draw, mod, upd_day, days=2, hours=draw['saved_hours'])
    href = lambda t: f'{KJ_HOST}/blog/{hex_id("kj " + t)[:10]}'  # noqa: E731
    shown = en_mdy(pub, pad=True)
    edited = KJ_EDITED.format(date=gulf(mod)) if k % 4 == 2 else ''
    also = f'<blockquote><p>{KJ_ALSO} <a href="{href(extra["also"])}">{esc(extra["also"])}</a></p></blockquote>' if k % 2 == 0 else ''
    body = paras_p(paras[:2]) + also + paras_p(paras[2:])
    r_at = [earlier(kind, pub, days=5 * (i + 1)) for i in range(len(recent))]
    r_lines = [en_mdy(d, pad=True) for d in r_at]
    recent_html = ''.join(f'<div class="sidebar-recent-posts__item"><a class="sidebar-recent-posts__title" href="{href(t)}">{esc(t)}</a>'
                          f'<p class="sidebar-recent-posts__date">{dd}</p></div>' for t, dd in zip(recent, r_lines))
    most_html = ''.join(f'<div class="sidebar-popular-posts__item"><a href="{href(t)}">{esc(t)}</a></div>' for t in rel)
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>{esc(title)}</title>
<meta name="description" content="{esc(lead_words(paras, 20))}">
<meta property="og:type" content="website">
<meta property="og:title" content="{esc(title)}">
<meta property="og:url" content="{href(title)}">
<meta property="og:site_name" content="{KJ_SITE}">
<meta property="article:published_time" content="{iso_local(pub)}">
{modified_meta(k, (0,), mod)}<link rel="stylesheet" href="https://kajabi-app-assets.kajabi-cdn.com/assets/encore_core-5a8b3e2f.css">
<link rel="stylesheet" href="https://kajabi-storefronts-production.kajabi-cdn.com/kajabi-storefronts-production/themes/2149012345/assets/styles.css">
<script>var Kajabi = {{"theme":"encore","page_type":"blog_post","site_id":{int(hex_id("kjs")[:5], 16)}}};</script>
</head>
<body id="encore-theme" class="background-light">
<div id="section-header" data-section-id="header"><header class="header header--light"><div class="container header__container"><a class="logo" href="{KJ_HOST}">{KJ_SITE}</a>
<div class="header__block header__block--menu"><div class="link-list"><a class="link-list__link" href="{KJ_HOST}/store">Store</a> <a class="link-list__link" href="{KJ_HOST}/blog">Blog</a> <a class="link-list__link" href="{KJ_HOST}/login">Login</a></div></div></div></header></div>
<section class="section section--blog-hero background-dark"><div class="container"><div class="blog-hero__content"><a class="blog-post-body__category" href="{KJ_HOST}/blog?category={hex_id("kjc")[:6]}">{KJ_CAT}</a>
<h1 class="blog-hero__title">{esc(title)}</h1><p class="blog-post-body__date">{shown}</p></div></div></section>
<main><div data-section-id="blog_listings" id="section-blog_listings"><div class="section section--blog"><div class="container"><div class="row">
<div class="col-lg-8"><div class="blog-post-body">
<div class="blog-post-body__content">{body}<p><em>{KJ_SOURCE}</em></p>{f'<p><strong>{edited}</strong></p>' if edited else ''}</div>
<div class="blog-post-body__tags"><span class="tag">{KJ_CAT}</span></div>
<div class="blog-post-body__nav"><a class="blog-post-body__nav-link" href="{href(prev_next[0])}">Previous <span>{esc(prev_next[0])}</span></a> <a class="blog-post-body__nav-link" href="{href(prev_next[1])}">Next <span>{esc(prev_next[1])}</span></a></div>
</div></div>
<div class="col-lg-4"><div class="blog-sidebar">
<div class="sidebar-search"><form action="{KJ_HOST}/blog/search"><input type="search" name="q" placeholder="Search"></form></div>
<div class="sidebar-recent-posts"><h4 class="sidebar-recent-posts__heading">{KJ_RECENT}</h4>{recent_html}</div>
<div class="sidebar-popular-posts"><h4 class="sidebar-popular-posts__heading">{KJ_MOST}</h4>{most_html}</div>
<div class="sidebar-categories"><h4>Categories</h4>{"".join(f'<a class="sidebar-categories__link" href="{KJ_HOST}/blog?category={i}">{c}</a> ' for i, c in enumerate(KJ_CATS))}</div>
<div class="sidebar-opt-in"><p>{KJ_OPTIN}</p><form action="{KJ_HOST}/forms/2148765432/form_submissions"><input type="email" name="form_submission[email]"><button class="btn">Subscribe</button></form></div>
</div></div>
</div></div></div></div></main>
<footer class="footer"><div class="container"><span class="copyright">© {now.year} {KJ_SITE}</span> <a class="powered-by" href="https://kajabi.com">Powered by Kajabi</a></div></footer>
</body>
</html>
'''
    without = [KJ_SITE, KJ_CAT, shown, KJ_SOURCE, KJ_MOST, KJ_OPTIN] + KJ_CATS + recent + r_lines + prev_next + rel[:2] + \
        ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- podia: an Algiers bookshop's Podia storefront, its blog post (Trix content, <br><br> paragraphs) ---------------
PD_SITE = 'مكتبة باب الواد الرقمية'
PD_HOST = 'https://babelouedbooks.podia.com'
PD_BY = 'كتبته سهام، صاحبة المكتبة'
PD_ALSO = 'ولمن يريد العودة إلى بداية القصة، نشرنا في المدونة سابقاً:'
PD_SOURCE = 'مصدر النص موقع گود بالدارجة، وقد أبقينا ألفاظه على حالها'
PD_EDITED = 'غيّرنا سطراً من التدوينة لاحقاً، {date}'
PD_RELATED = 'تدوينات تفتح أبواباً على الحكاية'
PD_LATEST = 'جديد مدونة المكتبة'
PD_PRODUCTS = ['دورة القراءة السريعة', 'حزمة كتب الصيف المسموعة']


def render_podia(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'podia'
    pub, draw = extra['at'], extra['draw']
    rel, latest = others[:4], extra['more'][:4]
    mod, upd_day = updates(kind, k, pub, draw, (3, 1))
    now = saved(kind, pub, draw, mod, upd_day, days=4, hours=draw['saved_hours'])
    href = lambda t: f'{PD_HOST}/blog/{hex_id("pd " + t)[:12]}'  # noqa: E731
    shown = en_long(pub)
    edited = PD_EDITED.format(date=dz(mod)) if k % 4 == 3 else ''
    head, rest = paras[:2], paras[2:]
    if k % 2 == 1:
        body = (f'<div>{"<br><br>".join(esc(p) for p in head)}</div>'
                f'<blockquote>{PD_ALSO} <a href="{href(extra["also"])}">{esc(extra["also"])}</a></blockquote>'
                f'<div>{"<br><br>".join(esc(p) for p in rest)}</div>')
    else:
        body = f'<div>{"<br><br>".join(esc(p) for p in paras)}</div>'
    l_at = moments(kind, pub, now, len(latest))
    l_lines = [en_long(d) for d in l_at]
    latest_html = ''.join(f'<li class="blog-list__item"><a href="{href(t)}">{esc(t)}</a> <time datetime="{iso_z(d)}">{dd}</time></li>'
                          for t, d, dd in zip(latest, l_at, l_lines))
    ld = {'@context': 'https://schema.org', '@type': 'BlogPosting', 'headline': title, 'datePublished': iso_local(pub),
          'author': {'@type': 'Organization', 'name': PD_SITE}}
    if k % 4 in (1, 3):
        ld['dateModified'] = iso_local(mod)
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | {PD_SITE}</title>
<meta name="description" content="{esc(lead_words(paras, 20))}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{href(title)}">
<meta property="article:published_time" content="{iso_local(pub)}">
{modified_meta(k, (1,), mod)}<meta name="csrf-param" content="authenticity_token">
<link rel="stylesheet" href="https://app.podia.com/assets/storefront-3b1f9a.css" data-turbo-track="reload">
<script type="application/ld+json">{ld_json(ld)}</script>
</head>
<body class="storefront" data-controller="storefront">
<nav class="storefront-nav navbar"><a class="navbar-brand" href="{PD_HOST}">{PD_SITE}</a>
<div class="navbar-links"><a href="{PD_HOST}">Home</a> <a href="{PD_HOST}/blog">Blog</a> <a href="{PD_HOST}/login">Log in</a></div></nav>
<main class="storefront-main">
<article class="blog-post" data-controller="blog-post">
<header class="blog-post__header"><h1 class="blog-post__title">{esc(title)}</h1>
<div class="blog-post__meta"><span class="blog-post__author">{PD_BY}</span> · <time datetime="{iso_local(pub)}">{shown}</time></div></header>
<div class="blog-post__body trix-content">{body}</div>
<p class="blog-post__source">{PD_SOURCE}</p>{f'<p class="blog-post__edited">{edited}</p>' if edited else ''}
</article>
<section class="blog-post__related"><h2>{PD_RELATED}</h2>{rel_ul(rel, href)}</section>
<section class="storefront-products"><h2>Products</h2>{"".join(f'<div class="product-card"><a href="{PD_HOST}/{hex_id("pdp " + p)[:8]}">{p}</a> <span class="product-card__price">Free</span></div>' for p in PD_PRODUCTS)}</section>
<section class="blog-list"><h2>{PD_LATEST}</h2><ul>{latest_html}</ul></section>
</main>
<footer class="storefront-footer">© {now.year} {PD_SITE} · <a href="https://www.podia.com/?ref=storefront">Powered by Podia</a></footer>
</body>
</html>
'''
    without = [PD_SITE, PD_BY, shown, PD_SOURCE, PD_RELATED, PD_LATEST] + PD_PRODUCTS + latest + l_lines + rel[:2] + \
        ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- teachable: a Kuwait journalism school's Teachable course, a lecture whose text attachments are the article ------
TC_SCHOOL = 'مدرسة الشويخ للإعلام الرقمي'
TC_HOST = 'https://shuwaikh-media.teachable.com'
TC_COURSE = 'قراءة الصحافة المغاربية: مستوى أول'
TC_SECTIONS = ['الوحدة الأولى: نصوص قصيرة', 'الوحدة الثانية: نصوص بالدارجة', 'الوحدة الثالثة: مراجعة']
TC_WHEN = 'نُشر المقال الذي يبني عليه درس اليوم {date}، الساعة {time}'
TC_ALSO = 'راجعوا قبل الاختبار درساً سابقاً يرتبط به:'
TC_SOURCE = 'النص لموقع گود، أدرجناه في المقرر بلا حذف'
TC_EDITED = 'أضاف المدرّس تصحيحاً إلى نص الدرس في {date}'
TC_RELATED = 'قراءات مساندة اختارها المدرّس لهذا الدرس'
TC_COMMENTS = [('Fatma Al-Ajmi', 'الدارجة صعبة في البداية لكن الشرح في الفيديو السابق ساعدني كثيراً'),
               ('Abdullah', 'هل سيكون سؤال الاختبار من هذه الفقرة أم من الدرس التالي؟'),
               ('Maryam K.', 'أعجبني اختيار النص، قصير ومليء بالتعابير الجديدة')]


def render_teachable(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'teachable'
    pub, draw = extra['at'], extra['draw']
    rel, lectures = others[:4], extra['more'][:10]
    mod, upd_day = updates(kind, k, pub, draw, (0, 2))
    now = saved(kind, pub, draw, mod, upd_day, days=5, hours=draw['saved_hours'])
    cid = int(hex_id('tc course')[:5], 16)
    lid = lambda t: int(hex_id('tc ' + t)[:7], 16)  # noqa: E731
    href = lambda t: f'/courses/enrolled/{cid}/lectures/{lid(t)}'  # noqa: E731
    when = TC_WHEN.format(date=day_line(pub), time=hm(pub))
    edited = TC_EDITED.format(date=gulf(mod)) if k % 4 == 0 else ''
    listed = lectures[:5] + [title] + lectures[5:]
    sections = [listed[:4], listed[4:8], listed[8:]]
    side = ''.join(
        f'<div class="course-section"><div class="section-title">{sec}</div><ul class="section-list">' +
        ''.join(f'<li class="section-item {"next-lecture" if t == title else ("completed" if j < 5 else "incomplete")}" data-lecture-id="{lid(t)}">'
                f'<a class="item" href="{href(t)}"><span class="status-container"><span class="status-icon"></span></span>'
                f'<div class="title-container"><span class="lecture-icon"><i class="fa fa-file-text"></i></span><span class="lecture-name">{esc(t)}</span></div></a></li>'
                for j, t in ((listed.index(t), t) for t in items)) + '</ul></div>'
        for sec, items in zip(TC_SECTIONS, sections))
    also = f'<p>{TC_ALSO} <a href="{href(extra["also"])}">{esc(extra["also"])}</a></p>' if k % 2 == 0 else ''
    blocks = [f'<p><em>{when}</em></p>' + paras_p(paras[:1]), paras_p(paras[1:2]) + also,
              paras_p(paras[2:]) + f'<p>{TC_SOURCE}</p>' + (f'<p><strong>{edited}</strong></p>' if edited else ''),
              f'<h3>{TC_RELATED}</h3>' + rel_ul(rel, href)]
    attachments = ''.join(f'<div class="lecture-attachment lecture-attachment-type-text" id="lecture-attachment-{int(hex_id("tca " + title)[:6], 16) + i}">'
                          f'<div class="attachment-block-wrapper"><div class="lecture-text-container">{b}</div></div></div>' for i, b in enumerate(blocks))
    c_at = moments(kind, pub, now, len(TC_COMMENTS))
    c_ages = [en_ago(d, now) for d in c_at]
    comments = ''.join(f'<div class="comment"><div class="comment-author">{u}</div><div class="comment-body">{m}</div>'
                       f'<div class="comment-time" title="{iso_z(d)}">{a}</div></div>' for (u, m), d, a in zip(TC_COMMENTS, c_at, c_ages))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(title)} | {esc(TC_SCHOOL)}</title>
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{TC_SCHOOL}">
<meta property="article:published_time" content="{iso_local(pub)}">
{modified_meta(k, (2,), mod)}<link rel="stylesheet" href="https://fedora.teachablecdn.com/packs/student-8f2d1c.css">
<script>var currentSchool = {{"id":{int(hex_id("tcs")[:5], 16)},"name":"{TC_SCHOOL}"}}; var courseId = {cid};</script>
</head>
<body class="lecture-page" data-course-id="{cid}" data-lecture-id="{lid(title)}">
<header class="navbar-fedora lecture-nav"><a class="nav-icon-back" href="/courses/enrolled/{cid}">{TC_SCHOOL}</a>
<div class="lecture-left"><a class="nav-btn" id="lecture_previous_button" href="{href(lectures[4])}">Previous Lecture</a></div>
<div class="lecture-right"><a class="nav-btn complete" id="lecture_complete_button" href="{href(lectures[5])}">Complete and Continue</a></div></header>
<div class="course-sidebar lecture-page navbar-collapse navbar-sidebar-collapse" id="courseSidebar">
<h2>{TC_COURSE}</h2><div class="course-progress lecture-page"><div class="progressbar"><div class="progressbar-fill" style="min-width: 41%;"></div></div><div class="small course-progress-percentage"><span class="percentage">41%</span> COMPLETE</div></div>
<div class="row lecture-sidebar">{side}</div></div>
<div class="course-mainbar lecture-content">
<h1 id="lecture_heading" class="section-title" data-lecture-id="{lid(title)}"><i class="fa fa-file-text"></i> {esc(title)}</h1>
{attachments}
<div class="lecture-comments"><div class="comments-title">{len(TC_COMMENTS)} Comments</div>{comments}</div>
</div>
<footer class="school-footer">© {now.year} {TC_SCHOOL} · <a href="https://teachable.com">Teachable</a></footer>
</body>
</html>
'''
    without = [TC_SCHOOL, TC_COURSE, when, TC_SOURCE, TC_RELATED] + TC_SECTIONS + lectures + [m for _, m in TC_COMMENTS] + \
        sorted(set(c_ages)) + rel[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- thinkific: a Muscat training centre's Thinkific course, a free preview text lesson in the course player --------
TF_SITE = 'مركز مسقط لتدريب المراسلين'
TF_HOST = 'https://muscat-murasil.thinkific.com'
TF_COURSE = 'أساسيات تغطية الأخبار المحلية'
TF_TODAY = 'مسقط، {date}'
TF_CHAPTERS = ['الفصل ١: ما هو الخبر المحلي؟', 'الفصل ٢: أمثلة من صحافة الجوار']
TF_POSTED = 'أضيف هذا الدرس'
TF_ALSO = 'وقبل الانتقال، اقرأ درساً مجانياً آخر يكمل الصورة:'
TF_SOURCE = 'مادة الدرس مقال لموقع گود بالدارجة، نقدمه للمتدربين كما هو'
TF_EDITED = 'صوّب المدرب نص الدرس وأعاد رفعه في {date}'
TF_RELATED = 'دروس في الدورة تلتقي مع هذا الدرس'


def render_thinkific(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'thinkific'
    pub, draw = extra['at'], extra['draw']
    rel, lessons = others[:4], extra['more'][:8]
    mod, upd_day = updates(kind, k, pub, draw, (2, 1))
    now = saved(kind, pub, draw, mod, upd_day, days=3, hours=draw['saved_hours'])
    slug_of = lambda t: hex_id('tf ' + t)[:10]  # noqa: E731
    href = lambda t: f'{TF_HOST}/courses/take/usus-al-akhbar/texts/{int(hex_id("tfn " + t)[:6], 16)}-{slug_of(t)}'  # noqa: E731
    today = TF_TODAY.format(date=day_line(now))
    age = ar_age(pub, now)
    edited = TF_EDITED.format(date=gulf(mod)) if k % 4 == 2 else ''
    also = f'<p>{TF_ALSO} <a href="{href(extra["also"])}">{esc(extra["also"])}</a></p>' if k % 2 == 1 else ''
    body = paras_p(paras[:2]) + also + paras_p(paras[2:])
    listed = [lessons[:4], lessons[4:6] + [title] + lessons[6:]]
    drawer = ''.join(
        f'<div class="course-player__chapters-item"><div class="course-player__chapter-item__header"><span class="course-player__chapter-item__title">{ch}</span></div><ul>' +
        ''.join(f'<li class="course-player__content-item{" course-player__content-item--active" if t == title else ""}"><a class="course-player__content-item__link" href="{href(t)}">'
                f'<span class="content-item__title">{esc(t)}</span><span class="content-item__details">Text</span></a></li>' for t in items) + '</ul></div>'
        for ch, items in zip(TF_CHAPTERS, listed))
    state = {'course': {'id': int(hex_id('tfc')[:5], 16), 'name': TF_COURSE, 'slug': 'usus-al-akhbar'},
             'lesson': {'id': int(hex_id('tfn ' + title)[:6], 16), 'name': title, 'lesson_type': 'Text', 'free': True,
                        'html_text': ''.join(f'<p>{esc(p)}</p>' for p in paras), 'created_at': iso_z(pub),
                        'updated_at': iso_z(mod if k % 4 in (1, 2) else pub)}}
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | {TF_SITE}</title>
<meta name="description" content="{esc(lead_words(paras, 20))}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{TF_SITE}">
<meta property="article:published_time" content="{iso_z(pub)}">
{modified_meta(k, (1,), mod)}<link rel="stylesheet" href="https://course-player.thinkific.com/assets/course-player-2f9c1d.css">
</head>
<body class="course-player-body">
<div id="course-player" class="course-player">
<header class="course-player__header"><a class="course-player__site-name" href="{TF_HOST}">{TF_SITE}</a> <span class="course-player__today">{today}</span>
<span class="course-player__course-name">{TF_COURSE}</span> <span class="course-player__preview-badge">Free Preview</span> <a class="button button--primary" href="{TF_HOST}/enroll/{int(hex_id("tfc")[:5], 16)}">Enroll in Course</a></header>
<nav class="course-player__left-drawer" aria-label="Course outline"><div class="course-player__progress">0% COMPLETE</div>{drawer}</nav>
<main class="course-player__content" role="main"><div class="course-player__content-item">
<div class="text-lesson fr-view">
<h1 class="content-item__title">{esc(title)}</h1>
<p class="lesson-meta">{TF_POSTED} <time datetime="{iso_z(pub)}">{age}</time></p>
{body}<p><em>{TF_SOURCE}</em></p>{f'<p><strong>{edited}</strong></p>' if edited else ''}
<h3>{TF_RELATED}</h3>{rel_ul(rel, href)}
</div>
<footer class="course-player__content-footer"><a class="button" href="{href(lessons[5])}">Previous Lesson</a> <a class="button button--primary" href="{href(lessons[6])}">Complete &amp; continue</a></footer>
</div></main>
</div>
<footer class="site-footer">© {now.year} {TF_SITE} · Powered by Thinkific</footer>
<script id="course-player-state" type="application/json">{ld_json(state)}</script>
</body>
</html>
'''
    without = [TF_SITE, today, TF_COURSE, TF_POSTED, age, TF_SOURCE, TF_RELATED] + TF_CHAPTERS + lessons + rel[:2] + \
        ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


RENDER = {kind: spaced(fn) for kind, fn in (('patreon', render_patreon), ('kofi', render_kofi), ('memberful', render_memberful),
                                             ('kajabi', render_kajabi), ('podia', render_podia), ('teachable', render_teachable),
                                             ('thinkific', render_thinkific))}
render = with_null_update(renderer(RENDER, 'templates_set69.py', 69))  # updated: null where none is declared


# --- the corpus and the driver ----------------------------------------------------------------------------
# Named by a label of tests/segmenter/labels, tests/html/labels or ../shared/eval/dev, or listed by a segmenter blind
# draw (tests/segmenter/blind*-draw.txt), when this set was written, beyond what set 58's GOUD_LEFT_OUT (Goud) and set
# 54's ja_left_out() (JawharaFM, by docno prefix) hold. Frozen.
LABEL_NAMED = {
    'goud': ('00091', '00215', '00220', '00252', '00336', '00382', '00390', '00709', '00817', '00838', '00846', '01016',
             '01357', '01446', '01539', '01588', '01593', '01595', '01605', '01624', '01669', '01792', '01813', '01819',
             '01871', '01873', '01899'),
    'jawhara': ('JA-diverse-418', 'JA-economy-30', 'JA-internationalNews-235', 'JA-internationalNews-360',
                'JA-internationalNews-378', 'JA-internationalNews-384', 'JA-internationalNews-417',
                'JA-internationalNews-553', 'JA-localNews-1081', 'JA-localNews-1424', 'JA-localNews-1598',
                'JA-localNews-1733', 'JA-localNews-1798', 'JA-localNews-1827', 'JA-localNews-1869', 'JA-localNews-2568',
                'JA-localNews-2846', 'JA-localNews-295', 'JA-localNews-3223', 'JA-localNews-3510', 'JA-localNews-3525',
                'JA-localNews-3693', 'JA-localNews-4543', 'JA-localNews-4747', 'JA-localNews-658', 'JA-localNews-743',
                'JA-localNews-771', 'JA-localNews-842', 'JA-politic-1', 'JA-politic-83', 'JA-society-1081',
                'JA-society-363', 'JA-society-851', 'JA-society-936', 'JA-society-937', 'JA-society-975', 'JA-sport-1063',
                'JA-sport-1233', 'JA-sport-1356', 'JA-sport-215', 'JA-sport-259', 'JA-sport-367', 'JA-sport-467',
                'JA-sport-562', 'JA-sport-873', 'JA-sport-907')}
# The Goud files set 58 (the last set to read Goud) built its pages around, read off its pick_articles() when this set
# was written; the earlier sets' are in set 58's GOUD_LEFT_OUT. Set 54 (the last set to read JawharaFM) built no page
# around a JawharaFM record (its pick_articles() took windows-1256 files only); the earlier sets' are in its
# ja_left_out(). Sets 59 to 68 read neither folder (set 60 and set 62 looked at them and left them).
EARLIER_SETS_READ = {
    'goud': ('00279', '00331', '00336', '00352', '00361', '00390', '00399', '00416', '00426', '00428', '00456', '00467'),
    'jawhara': ()}
GOUD_LEFT_OUT = frozenset(SET58_GOUD_LEFT_OUT) | frozenset(
    f'marsum_goud_{n}.txt' for n in LABEL_NAMED['goud'] + EARLIER_SETS_READ['goud'])
JA_LEFT_PREFIX = frozenset(LABEL_NAMED['jawhara'] + EARLIER_SETS_READ['jawhara'])
MIN_PARAGRAPHS = 3
MAX_PARAGRAPHS = 8


def ja_left_out(docno):
    return set54_ja_left_out(docno) or docno.rsplit('-', 1)[0] in JA_LEFT_PREFIX


def records(corpus):
    """{'goud': [...], 'jawhara': [...]}: Goud's files in sorted order as sets 46, 55 and 58 read them (the first line
    the headline; when: the text's own day, templates_set28.goud_own_date(), or None), a file whose headline is a
    left-out file's or an earlier file's unusable, the left-out ones left out; and JawharaFM's records in sorted path
    order as sets 50 and 54 read them, the left-out ones left out (read, but no page takes one: none is an article)."""
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
    jawhara = []
    for r in jawhara_records(corpus):
        docno = r['name'].rsplit('/', 1)[1]
        if not ja_left_out(docno):
            jawhara.append(r | {'name': r['name'] + '.txt', 'folder': r['name'].split('/')[1]})
    return {'goud': goud, 'jawhara': jawhara}


def article_of(rec, source):
    """(name, title, paragraphs) when the record is an article (see the docstring), else None."""
    if source == 'jawhara':
        return ja_article_of(rec, 'jawhara')
    if not rec['usable'] or any(m in line for line in rec['lines'] for m in MARKERS):
        return None
    paras = goud_paragraphs(rec)
    if len(paras) < MIN_PARAGRAPHS:
        return None
    return rec['name'], rec['title'], paras[:MAX_PARAGRAPHS]


def pick_articles(sources, per_kind):
    """The pages' articles (templates_set24.pick_from_folders(); no kind's text is capped)."""
    return pick_from_folders(sys.modules[__name__], sources, per_kind, article_of, None, 0)


def page_time(n, kind, k, rec):
    """Page n's local publication time and the page's other draws (see the docstring)."""
    rng = random.Random(f'templates_set69 page {n}')
    first, last = datetime.date(2019, 1, 1), datetime.date(2024, 12, 31)
    drawn_day = first + datetime.timedelta(days=rng.randrange((last - first).days + 1))
    clock = (rng.randrange(7, 23), rng.randrange(60))
    draw = {'update': {'days': rng.randint(1, 2), 'hours': rng.randint(1, 9), 'minutes': rng.randint(5, 55)},
            'saved_hours': rng.randint(3, 9), 'saved_minutes': rng.randrange(60), 'count': rng.randint(300, 9000)}
    when = rec.get('when')
    if isinstance(when, datetime.date):
        local = zone(kind, datetime.datetime.combine(when, datetime.time(*clock)))
    else:
        local = zone(kind, datetime.datetime.combine(drawn_day, datetime.time(*clock)))
    if (kind, k) in MOVED:
        h, m = MOVED[kind, k]
        local = zone(kind, local.replace(tzinfo=None, hour=h, minute=m, second=0))
        if local.astimezone(UTC).date() >= local.date():
            raise SystemExit(f'templates_set69: {kind}-{k}: not the day before in UTC')
    return local, draw


def wording_problems():
    """templates_set21's wording check of this file against make_templates.py, templates_set5..68.py and
    templates_set70.py where it exists."""
    earlier_sets = ['make_templates.py'] + [f'templates_set{i}.py' for i in range(5, 69)]
    if os.path.exists(os.path.join(HERE, 'templates_set70.py')):
        earlier_sets.append('templates_set70.py')
    return set21_wording(os.path.basename(__file__), earlier_sets)


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    wording = '--wording' in argv
    code = run_set(sys.modules[__name__], [a for a in argv if a != '--wording'], f'{GOUD_FOLDER}/ and {JA_FOLDER}/',
                   20261269, 24, 69, relabel)
    if wording:
        problems = wording_problems()
        for problem in problems:
            print(f'templates_set69: {problem}', file=sys.stderr)
        if problems:
            print(f'{len(problems)} wording problems')
            return 1
    return code


if __name__ == '__main__':
    sys.exit(main())
