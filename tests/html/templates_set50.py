#!/usr/bin/env python3
"""Sealed HTML template set 50 (issue 14): seven more kinds of Arabic news pages, labelled by construction.

Written by a helper who did not change the HTML extractor's rules, did not read them (src/, include/, data/, bench/, nor
docs/segmenter.md, loader.md or markers.md), never ran akhbar on these pages (nor any other binary of that name, nor
anything under build* or bins), never built it and never ran git: the set stays sealed until it is scored once, and that
first score measures the rules on templates nobody tuned them for. None of these platforms is named by make_templates.py
or templates_set5..48.py (each name was searched for with grep -il; "fusion" returns only ColdFusion and Arc's Fusion,
not PHP-Fusion), nor, as far as this helper knows, by set 49, written at the same time by another helper: PHP-Fusion (a
PHP portal: a news item with its side panels and comments), Geeklog (a PHP weblog/portal: a story with its blocks),
HumHub (a social network: a space's stream entry), Potion (a Notion-backed site builder: a Notion page rendered with
notion-* blocks), Hydejack (a Jekyll theme: a post with its sidebar and hy-push-state wrapper), Zenn (a Japanese
tech-writing platform: an article, Next.js and __NEXT_DATA__) and Dendron (a notes tool's published site: a note with
its tree navigation and backlinks). The brief named Super.so for the Notion-backed kind, but set 17's "notion" kind is a
Notion workspace published with Super, so Potion (potion.so), another builder of the same family, takes its place. Every
chrome sentence is new wording: --wording checks that no run of three Arabic words of a string of this file, docstrings
aside, appears, after templates_set5.fold()'s letter folding, in the string constants of make_templates.py or
templates_set5..49.py (templates_set24.wording_problems(); set 49 is included when its file exists). The chrome is
Arabic (a Tunis neighbourhood portal, a Baghdad booksellers' weblog, a Manama accountants' network, a Doha research
centre, a Muscat writer, an Arabic-writing engineer in Tokyo, an Algiers reading group), with what the platforms leave
in English or Japanese: PHP-Fusion's "Posted by NAME on March 14 2024 14:30:00", "N Comments", "N Reads", "Guests
Online:", "Post Comment" and its copyright line; Geeklog's "Thursday, March 14 2024 @ 02:30 PM +03", "Story Options",
"Mail Story to a Friend", "Printable Story Format", "Trackback" and "Powered By Geeklog"; HumHub's menu ("Dashboard",
"People", "Spaces", "Directory"), jquery.timeago's "3 hours ago", "Updated", "Like", "Comment", "Permalink", "Latest
activities", "Space members" and "Powered by HumHub"; Potion's "Name", "Date" and "Built with Potion"; Hydejack's "14
Mar 2024", "Other Posts", "Previous", "Next" and "Powered by Jekyll & Hydejack"; Zenn's "2024/03/14に公開",
"2024/03/16に更新", "目次", "いいね", "ディスカッション" and "Trending"; Dendron's "Backlinks", "On this page" and its
footer.

The kinds and what each page holds:
  phpfusion  a Tunis neighbourhood portal on PHP-Fusion (Africa/Tunis): the banner, the sub-header with the saved day
             ("زيارتكم لبوابتنا بتاريخ DAY DATE"); the left side panels BEFORE the news item in source order: the
             portal's sections, "أنباء فاق عدد قرّائها سواها" (four: related, a most-read box), "أُدرج مؤخراً في أنباء
             الحي" (six with "dd/mm/YYYY HH:MM": not related), the month's poll, the online users; the centre: the
             headline in its own capmain box OUTSIDE the main-body that holds the text, the text (on odd pages
             "للاطلاع على خلفية الخبر، عودوا إلى ما نشرناه بعنوان:" and a link: read-also), the source line, page 0
             "أجرت إدارة البوابة تغييراً طفيفاً بالنص في DATE" (updated), the news footer AFTER the text with its only
             date ("Posted by NAME on March 14 2024 14:30:00 | N Comments | N Reads"); "أنباء تنسج خيوطها حول المسألة"
             (four: related); four readers' comments with their dates; the comment form; page 2's update only in
             article:modified_time
  geeklog    a Baghdad booksellers' weblog on Geeklog, its Denim theme with the left blocks first (Asia/Baghdad): the
             header with the saved day; the left blocks BEFORE the story: the topics, "مواد تقادم عليها العهد" (Older
             Stories: six headlines under their days: not related); the story: <h1>, the story information (author,
             "Thursday, March 14 2024 @ 02:30 PM +03", topic), the text split over two sibling divs, the introtext (a
             third of the paragraphs) and the bodytext (the rest; on even pages "سبقت لنا في المدونة ورقة تمهّد لهذه:"
             and a link: read-also), the source line, page 1 "حرّر المشرف صياغة المادة مجدداً في DATE" (updated); "قراءات
             تتصل بالمادة من قريب" (What's Related, five: related); "Story Options", the trackback URL, three visitors'
             comments with their dates; page 3's update only in article:modified_time
  humhub     a Manama accountants' network on HumHub (Asia/Bahrain): the top bars, the space's header; the stream entry:
             the author, a relative age ("6 hours ago") over <time datetime> in UTC (its only date; the local stamp only
             in the title attribute), page 2 the "Updated" label (updated), the post's markdown: <h1>, the text (on odd
             pages a blockquote "أشار الزميل إلى منشور أقدم في المساحة:" and a link: read-also), the source line; the
             controls and three or four comments with their ages; the sidebar: "منشورات نالت أكبر قدر من التفاعل" (four:
             related, a most-read box), "ربطها المشرف بهذا المنشور" (three: related), "Latest activities" (four with
             ages: not related), "فعاليات الشبكة المقبلة" (three events with dates: not related); page 0's update only
             in article:modified_time
  potion     a Doha research centre's site built with Potion from Notion pages (Asia/Qatar): the navbar; the Notion
             header: <h1 class="notion-header__title">, the page properties ("تاريخ الرصد": "March 14, 2024", "المحور",
             page 0 "آخر مراجعة": "March 16, 2024 9:40 PM": updated); the text as notion-text blocks (on odd pages a
             notion-callout "ورقة رصد سابقة نرى أنها تكمل الصورة:" and a link: read-also), the source block; a
             notion-h3 "أوراق رصد تتقاطع مع هذه الورقة" and four bulleted-list blocks (related); an inline collection
             "سجل الرصد الأحدث" (five rows with dates: not related); page 3's update only in the JSON-LD (dateModified)
  hydejack   a Muscat writer's Jekyll site on Hydejack 9 (Asia/Muscat): the hy-push-state wrapper; the hy-drawer sidebar
             BEFORE the post (the site's name, its tagline, the navigation); <main id="_main">: <h1 class="post-title">,
             "14 Mar 2024" over <time datetime> with the local offset, the text (on even pages a blockquote "إن شئت العودة
             إلى نقطة البداية، فقد كتبت قبل ذلك:" and a link: read-also), the source line, page 2 "رجعتُ لاحقاً فأصلحت
             مواضع منها يوم DATE" (updated); the author's note, "تدوينات تمضي في الاتجاه عينه" (four: related); "Other
             Posts" (Previous and Next with their dates: not related); article:published_time and the JSON-LD in UTC;
             page 1's update only in article:modified_time, og:updated_time and the JSON-LD
  zenn       an Arabic-writing engineer's articles on Zenn (Asia/Tokyo, +09:00): the header; the cover: the emoji, <h1>,
             "2024/03/14に公開" (page 1 also "2024/03/16に更新": updated); the body (on odd pages a message box "وفي
             مقال سابق على الحساب نفسه تفصيل يسبق هذا:" and a link: read-also), the source line, the author's own
             heading "مقالات لي تدور حول المسألة" and four links (related); the likes, the author's bio, the
             discussion (two comments with their days), the table of contents; "Trending" (four: not related);
             __NEXT_DATA__ holds the whole text again (bodyHtml) with publishedAt and bodyUpdatedAt in UTC (page 3's
             update only there)
  dendron    an Algiers reading group's notes published with Dendron's Next.js template (Africa/Algiers): the header;
             the tree navigation BEFORE the note (five sections, the open one with three other notes' titles and this
             one: not related); the note: <h1>, "دُوّنت الملاحظة في DATE", the text (on even pages "ملاحظة أقدم في
             الشجرة تمهّد لهذه:" and a link: read-also), the source line, page 3 "أعاد أحد الأعضاء ترتيب هذه الملاحظة
             في DATE" (updated), "ملاحظات شقيقة في المعنى" (four: related), "Backlinks" (two: not related); "On this
             page"; __NEXT_DATA__ holds the whole text again with the note's created and updated in epoch milliseconds
             (page 2's update only there)

The texts and how they were picked: the windows-1256 newspaper files (CORPUS/arabic-newspapers-cp1256, decoded as
cp1256, every country; all seven kinds) read as sets 42 and 46 read them (templates_set37.article_of(): set 22's
reading, no dateline as the headline, at least six paragraphs each ending a sentence, the first eight kept); JawharaFM's
TREC records (CORPUS/ant-jawharafm) read as sets 42 and 46 read them (templates_set24.article_of(), its day the record's
<TIME>). After the left-out ones JawharaFM holds a single usable record (JA-localNews-943), which phpfusion's page 0
takes; so all kinds share one source: the windows-1256 files in templates_set22.file_key() order, then JawharaFM's
records in sorted path order (the headlines following the JawharaFM text are JawharaFM's). FOLDERS name a windows-1256
file's category letters (P politics, E economy, C culture, S sport, SC science) or JawharaFM's folder. A text of fewer
than six paragraphs gets, besides the openings, eight words from the middle of its longest paragraphs
(templates_set32.relabel()). The windows-1256 files carry no date: a page takes a drawn day of 2019 to 2024 at a drawn
clock time; the JawharaFM record keeps its day. Page N (counted over the whole set, kinds in the order above) has a
generator, random.Random("templates_set50 page N"), that draws, in this order, a day, a clock time (07:00 to 22:59, used
where the record has none), the update's delay (1 to 2 days, 1 to 9 hours, 5 to 55 minutes), the hours and minutes
before the page was saved (its "today", lists, ages and comments fall between publication and that moment; a page is
always saved after its own update) and a count. Zones (none with summer time in 2016-2024): Muscat's +04:00, Baghdad's,
Manama's and Doha's +03:00, Tunis' and Algiers' +01:00, Tokyo's +09:00; every page's publication and update times are
checked against zoneinfo when the set is written. Three pages are moved just after local midnight, keeping their day,
for a UTC trap (MOVED): humhub-3 (00:15, its only date a relative age over a <time datetime> in UTC), hydejack-1 (00:25,
article:published_time and the JSON-LD in UTC) and zenn-2 (00:40, __NEXT_DATA__'s publishedAt and
article:published_time in UTC); each is the day before in UTC and the label holds the local day (a Zenn page before
09:00 is the day before in UTC too). Two pages of each kind are updated (14 of 28): one shows the update, the other
declares it only in metadata; the other pages carry updated null and declare no modified time later than their
publication (where a JSON-LD or __NEXT_DATA__ carries one, it is the publication's). Every page shows dates that are not
the article's: a header's "today", the latest news' stamps, older stories' days, comments' dates and ages, events'
dates, a collection's dates, previous/next posts' dates, footers' years.

Each kind carries a related list or a most-read box or both (labelled related, in page order) and lists that look
related but are not (latest news, older stories, latest activities, upcoming events, a collection of recent entries,
previous/next posts, trending articles, a tree navigation, backlinks), and every other page (14) an inline read-also
line, blockquote, callout or message box in new wording. Six kinds are hard in structure: the PHP-Fusion page's side
panels (its most-read box among them) come BEFORE the item, its headline stands in a capmain box OUTSIDE the body that
holds the text and its only date comes AFTER the text; the Geeklog page's blocks come BEFORE the story and its text is
split over the sibling introtext and bodytext; the HumHub page's only date is a relative age over a <time datetime> in
UTC; the Zenn page holds the whole text again in __NEXT_DATA__; the Dendron page's tree navigation comes BEFORE the note
and __NEXT_DATA__ holds the whole text again; the Hydejack page's sidebar comes BEFORE the post.

Labels (the format of tests/html/labels): title (the <h1>), published (the local date in the kind's zone), updated (the
local date where the page shows or declares an update: 14 of the 28 pages; null elsewhere), body_with = the opening of
each paragraph (templates_set5.opening(); for a text of fewer than six paragraphs, eight words from the middle of its
longest paragraphs are added, templates_set32.relabel()), body_without = visible chrome texts, bylines, date lines and
ages, update notes, source lines, readers' comments, other stories' headlines, read_also, related (headed related
lists and most-read boxes only, in page order).

Left out (frozen, so that later labels do not shift the set): the files and records a label of tests/segmenter/labels,
tests/html/labels or ../shared/eval/dev names or a segmenter blind draw (tests/segmenter/blind*-draw.txt, blind46 and
blind47 included) lists (set 46's CP_LEFT_OUT and ja_left_out(), which hold the earlier sets' lists, and LABEL_NAMED
here for the newer ones, read off them when this set was written; a JawharaFM name without its date leaves out every
record of that prefix), and the texts earlier sets built pages around: the imported lists, and EARLIER_SETS_READ here,
read off set 46's pick_articles() when this set was written (sets 42 and 46 are the last to read these folders; sets 43,
44, 45, 47 and 48 read neither). A windows-1256 file whose headline is a left-out file's or an earlier file's loses it.
Page k of a kind takes the first article of FOLDERS[kind][k] or of the kind's next folders that no page took before
(templates_set24.pick_from_folders()). Other stories' headlines are the titles of the records of the same source that
follow the text's, wrapping around (templates_set14.following()): the first 11 shuffled by random.Random(20261250), one
shuffle a page, then the rest in order (the read-also is the 12th, latest lists, older stories, activities, trending
articles, the tree and backlinks from the 14th on; 24 are read a page).

Usage: templates_set50.py OUT_DIR [--corpus DIR] [--per-kind 4] [--kinds a,b] [--wording]
writes OUT_DIR/pages/KIND-N.html and OUT_DIR/labels/KIND-N.json (templates_set24.run_set()), checks every labelled text
against the page's visible text, the link and balance checks, the zones against zoneinfo; with --wording also the
wording check over make_templates.py and templates_set5..49.py. The output is the same byte for byte from run to run."""
import datetime
import glob
import os
import random
import sys

sys.dont_write_bytecode = True  # the set writes nothing beside itself (no __pycache__ of the sets it imports)
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
# Helpers, calendar data, the corpus readers and the frozen left-out lists only; no chrome sentence of the earlier sets.
from templates_set5 import DAYS, GULF_MONTHS, esc  # noqa: E402
from templates_set10 import EN_MONTHS, renderer  # noqa: E402
from templates_set12 import TN_MONTHS, hm, records as jawhara_records  # noqa: E402
from templates_set15 import outside, upd_of  # noqa: E402
from templates_set19 import iso_z, lead_words, zone_helpers  # noqa: E402
from templates_set21 import with_null_update  # noqa: E402
from templates_set23 import hex_id, spaced  # noqa: E402
from templates_set24 import article_of as ja_article_of, moment_helpers, page_helpers, pick_from_folders, run_set  # noqa: E402
from templates_set32 import links, relabel  # noqa: E402
from templates_set37 import CP_FOLDER, FILE_NAME, article_of as cp_article_of, file_key, file_lines, headline  # noqa: E402
from templates_set46 import CP_LEFT_OUT as SET46_CP_LEFT_OUT, ja_left_out as set46_ja_left_out  # noqa: E402
from templates_set48 import EN_SHORT, en_long, epoch_ms, ld_json, paras_html  # noqa: E402

KINDS = ('phpfusion', 'geeklog', 'humhub', 'potion', 'hydejack', 'zenn', 'dendron')
UTC = datetime.timezone.utc
ZONES = {'phpfusion': (1, []), 'geeklog': (3, []), 'humhub': (3, []), 'potion': (3, []), 'hydejack': (4, []),
         'zenn': (9, []), 'dendron': (1, [])}
TZ = {'phpfusion': 'Africa/Tunis', 'geeklog': 'Asia/Baghdad', 'humhub': 'Asia/Bahrain', 'potion': 'Asia/Qatar',
      'hydejack': 'Asia/Muscat', 'zenn': 'Asia/Tokyo', 'dendron': 'Africa/Algiers'}
SOURCE = {kind: 'texts' for kind in KINDS}
FOLDERS = {'phpfusion': ('localNews', 'P', 'E', 'P'),
           'geeklog': ('P', 'E', 'C', 'P'),
           'humhub': ('E', 'S', 'P', 'E'),
           'potion': ('C', 'SC', 'E', 'C'),
           'hydejack': ('SC', 'P', 'C', 'S'),
           'zenn': ('SC', 'SC', 'SC', 'SC'),
           'dendron': ('E', 'SC', 'P', 'S')}
MOVED = {('humhub', 3): (0, 15), ('hydejack', 1): (0, 25), ('zenn', 2): (0, 40)}
offset_hours, zone, in_zone, later, earlier = zone_helpers(ZONES)
between, saved_after = moment_helpers(in_zone, later)
updates, saved, moments = page_helpers(later, between, saved_after, page_of=lambda k: k % 4)


def maghreb(t):
    return f'{t.day} {TN_MONTHS[t.month - 1]} {t.year}'


def gulf(t):
    return f'{t.day} {GULF_MONTHS[t.month - 1]} {t.year}'


def en_ago(t, now):
    """jquery.timeago's English wording, as HumHub's stream prints it."""
    s = int((now - t).total_seconds())
    if s < 3600:
        m = max(1, s // 60)
        return 'about a minute ago' if m == 1 else f'{m} minutes ago'
    if s < 86400:
        h = s // 3600
        return 'about an hour ago' if h == 1 else f'{h} hours ago'
    d = s // 86400
    return 'a day ago' if d == 1 else f'{d} days ago'


def also_line(cls, lead, href, title, tag='p'):
    return f'<{tag} class="{cls}">{lead} <a href="{href}">{esc(title)}</a></{tag}>'


# --- phpfusion: a Tunis neighbourhood portal on PHP-Fusion, the side panels first, the title in the capmain --------
PF_SITE = 'بوابة حي النصر'
PF_HOST = 'https://ennasr-portal.example'
PF_NAV = ['الاستقبال', 'أنباء الحي', 'مقالات السكان', 'المنتدى', 'دليل الخدمات', 'مراسلة الإدارة']
PF_TODAY = 'زيارتكم لبوابتنا بتاريخ {date}'
PF_PANEL_NAV = 'أقسام البوابة'
PF_PANEL_MOST = 'أنباء فاق عدد قرّائها سواها'
PF_PANEL_LATEST = 'أُدرج مؤخراً في أنباء الحي'
PF_PANEL_POLL = 'سؤال الشهر للسكان'
PF_POLL_Q = 'هل تكفي مواقف السيارات المتوفرة قرب السوق البلدية؟'
PF_POLL_A = ['نعم تكفي', 'لا تكفي إطلاقاً', 'تكفي صباحاً فقط']
PF_PANEL_ONLINE = 'من يتصفح البوابة'
PF_ALSO = 'للاطلاع على خلفية الخبر، عودوا إلى ما نشرناه بعنوان:'
PF_SOURCE = 'النص منقول إلى البوابة عن الصحافة المكتوبة'
PF_EDITED = 'أجرت إدارة البوابة تغييراً طفيفاً بالنص في {date}'
PF_RELATED = 'أنباء تنسج خيوطها حول المسألة'
PF_COMMENTS = 'Comments'
PF_READERS = [('سنية.ب', 'يعطيكم الصحة، ننتظر متابعة للموضوع قريباً'),
              ('Hamdi_Nasr', 'المعلومة مهمة لكن العنوان يوحي بأكثر مما في النص'),
              ('أم ياسين', 'هل من تفاصيل أخرى؟ سمعنا كلاماً مختلفاً في المقهى'),
              ('وليد الكافي', 'نشرت الرابط في مجموعة سكان العمارة حتى يطلع عليه الجميع')]
PF_FORM = 'أضف تعليقاً'
PF_FOOT = 'Powered by PHP-Fusion copyright © 2002 - {year} by Nick Jones. Released as free software without warranties under GNU Affero GPL v3.'


def pf_long(t):
    """PHP-Fusion's default longdate, "%B %d %Y %H:%M:%S"."""
    return f'{EN_MONTHS[t.month - 1]} {t.day:02d} {t.year} {hm(t)}:00'


def pf_short(t):
    """PHP-Fusion's default shortdate, "%d/%m/%Y %H:%M"."""
    return f'{t.day:02d}/{t.month:02d}/{t.year} {hm(t)}'


def pf_panel(title, body):
    return (f'<div class="panel"><div class="scapmain"><span>{title}</span></div>'
            f'<div class="side-body">{body}</div></div>')


def render_phpfusion(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'phpfusion'
    pub, draw = extra['at'], extra['draw']
    most, rel, latest = others[:4], others[4:8], extra['more'][:6]
    mod, upd_day = updates(kind, k, pub, draw, (0, 2))
    now = saved(kind, pub, draw, mod, upd_day, days=1, hours=draw['saved_hours'])
    nid = draw['count'] % 800 + 100
    path = lambda t: f'{PF_HOST}/news.php?readmore={int(hex_id("pf " + t)[:4], 16) % 900 + 10}'  # noqa: E731
    today = PF_TODAY.format(date=f'{DAYS[now.weekday()]} {maghreb(now)}')
    edited = PF_EDITED.format(date=maghreb(mod)) if k % 4 == 0 else ''
    lat_at = moments(kind, pub, now, len(latest))
    c_at = moments(kind, pub, now, len(PF_READERS))
    reads = draw['count']
    posted = f'Posted by {["admin", "Rim_Edit", "admin", "Sami.N"][k % 4]} on {pf_long(pub)}'
    also = also_line('news-also', PF_ALSO, path(extra['also']), extra['also']) if k % 2 == 1 else ''
    body = paras_html(paras, also, 1) + f'<p class="small">{PF_SOURCE}</p>' + (f'<p><em>{edited}</em></p>' if edited else '')
    mod_meta = f'<meta property="article:modified_time" content="{mod.isoformat(timespec="seconds")}">\n' if k % 4 == 2 else ''
    nav = ''.join(f'<div class="side-nav-item"><img src="themes/Gillette/images/bullet.gif" alt="&gt;"> <a href="{PF_HOST}/p{i}.php" class="side">{t}</a></div>'
                  for i, t in enumerate(PF_NAV))
    lat = ''.join(f'<div class="side-small"><a href="{path(t)}" class="side">{esc(t)}</a><br><span class="small2">{pf_short(d)}</span></div>'
                  for t, d in zip(latest, lat_at))
    poll = f'<div class="poll"><b>{PF_POLL_Q}</b>' + ''.join(f'<br><label><input type="radio" name="voteoption" value="{i}"> {a}</label>' for i, a in enumerate(PF_POLL_A)) + \
        '<br><input type="submit" name="cast_vote" value="Vote" class="button"></div>'
    online = f'Guests Online: {reads % 17 + 3}<br>Members Online: {reads % 5 + 1}<br>Total Members: {reads % 700 + 240}'
    comments = ''.join(f'<div class="tbl2 comment" id="c{i + 1}"><span class="comment-name">{esc(who)}</span> <span class="small">{pf_short(d)}</span></div>'
                       f'<div class="tbl1 comment-message">{esc(txt)}</div>' for i, ((who, txt), d) in enumerate(zip(PF_READERS, c_at)))
    page = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="ar" lang="ar" dir="rtl">
<head>
<title>{PF_SITE} - الأنباء: {esc(title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="description" content="{esc(lead_words(paras, 20))}" />
<meta property="og:title" content="{esc(title)}" />
<meta property="og:type" content="article" />
<meta property="article:published_time" content="{pub.isoformat(timespec='seconds')}" />
{mod_meta}<link rel="stylesheet" href="themes/Gillette/styles.css" type="text/css" media="screen" />
<script type="text/javascript" src="includes/jscript.js"></script>
</head>
<body>
<div id="main-wrapper">
<div id="header"><a href="{PF_HOST}/" class="banner">{PF_SITE}</a></div>
<div class="sub-header"><span class="sub-header-date">{today}</span></div>
<div id="main-body">
<div class="side-border-left" id="side-left">
{pf_panel(PF_PANEL_NAV, nav)}
{pf_panel(PF_PANEL_MOST, f'<ul class="most-read">{links(most, path)}</ul>')}
{pf_panel(PF_PANEL_LATEST, lat)}
{pf_panel(PF_PANEL_POLL, poll)}
{pf_panel(PF_PANEL_ONLINE, online)}
</div>
<div class="main-bg" id="main-center">
<div class="capmain"><h1 class="news-subject">{esc(title)}</h1></div>
<div class="main-body news-item">
<div class="news_news">{body}</div>
<div class="news-footer">{posted} | <a href="#comments">{len(PF_READERS)} {PF_COMMENTS}</a> | {reads} Reads</div>
</div>
<div class="capmain"><span>{PF_RELATED}</span></div>
<div class="main-body related-news"><ul>{links(rel, path)}</ul></div>
<a id="comments"></a><div class="capmain"><span>{PF_COMMENTS}</span></div>
<div class="main-body comments">{comments}</div>
<div class="capmain"><span>{PF_FORM}</span></div>
<div class="main-body"><form name="inputform" method="post" action="news.php?readmore={nid}"><textarea name="comment_message" rows="6" cols="50" class="textbox"></textarea><br /><input type="submit" name="post_comment" value="Post Comment" class="button" /></form></div>
</div>
</div>
<div id="footer" class="footer">{PF_FOOT.format(year=now.year)}</div>
</div>
</body>
</html>
'''
    without = [PF_SITE, today, PF_PANEL_NAV, PF_PANEL_MOST, PF_PANEL_LATEST, PF_PANEL_POLL, PF_POLL_Q, PF_PANEL_ONLINE,
               PF_SOURCE, PF_RELATED, posted, PF_FORM, PF_FOOT.format(year=now.year)] + outside(PF_NAV[1:], paras) + \
        latest + [pf_short(d) for d in lat_at[:2]] + [t for _, t in PF_READERS] + most[:2] + rel[:2] + \
        ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, most + rel, without, upd_of(upd_day)


# --- geeklog: a Baghdad cultural weblog on Geeklog, the blocks first, the story split into intro and body ---------
GL_SITE = 'مدونة رصيف الكتبيين'
GL_SLOGAN = 'أوراق ثقافية وسياسية يكتبها أصدقاء الكتاب'
GL_HOST = 'https://mutanabbi-log.example'
GL_MENU = ['الصفحة الرئيسية', 'الأقسام', 'بحث متقدم', 'أرسل مادة', 'التقويم']
GL_TODAY = 'يوم تصفحكم المدونة: {date}'
GL_TOPICS_HEAD = 'موضوعات المدونة'
GL_TOPICS = ['شؤون عراقية', 'اقتصاد ومال', 'ثقافة وكتب', 'العالم']
GL_OLDER = 'مواد تقادم عليها العهد'
GL_WHATS = 'قراءات تتصل بالمادة من قريب'
GL_OPTIONS = 'Story Options'
GL_OPTIONS_LINKS = ['Mail Story to a Friend', 'Printable Story Format']
GL_ALSO = 'سبقت لنا في المدونة ورقة تمهّد لهذه:'
GL_SOURCE = 'أعادت المدونة نشر الورقة نقلاً عن جريدة مطبوعة'
GL_EDITED = 'حرّر المشرف صياغة المادة مجدداً في {date}'
GL_TRACK = 'Trackback'
GL_TRACK_NOTE = 'Trackback URL for this entry:'
GL_COMMENTS_HEAD = 'تعقيبات زوار الرصيف'
GL_READERS = [('أبو زينب', 'مادة رصينة، وأرجو أن يتواصل نشر أوراق بهذا العمق'),
              ('hasan_k', 'نقطة الفقرة الثالثة تحتاج إلى مصدر أوضح في رأيي'),
              ('نادية', 'قرأتها مرتين، الأسلوب جميل والمعلومات مكثفة')]
GL_FOOT = 'جميع الحقوق لأصحابها © {year} {site} | Powered By Geeklog'


def gl_date(t, offset):
    """Geeklog's default date format, "%A, %B %d %Y @ %I:%M %p %Z"."""
    return f'{t.strftime("%A")}, {EN_MONTHS[t.month - 1]} {t.day:02d} {t.year} @ {(t.hour % 12) or 12:02d}:{t.minute:02d} {"AM" if t.hour < 12 else "PM"} +{offset:02d}'


def gl_block(title, body, cls):
    return f'<div class="block-left {cls}"><div class="block-title"><h2>{title}</h2></div><div class="block-content">{body}</div></div>'


def render_geeklog(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'geeklog'
    pub, draw = extra['at'], extra['draw']
    rel, older = others[:5], extra['more'][:6]
    mod, upd_day = updates(kind, k, pub, draw, (1, 3))
    now = saved(kind, pub, draw, mod, upd_day, days=2, hours=draw['saved_hours'])
    sid = f'{pub.strftime("%Y%m%d%H%M")}{draw["count"] % 900 + 100}'
    path = lambda t: f'{GL_HOST}/article.php/{hex_id("gl " + t)[:14]}'  # noqa: E731
    today = GL_TODAY.format(date=gulf(now))
    shown = gl_date(pub, 3)
    edited = GL_EDITED.format(date=gulf(mod)) if k % 4 == 1 else ''
    old_at = moments(kind, earlier(kind, pub, days=6), pub, len(older))
    c_at = moments(kind, pub, now, len(GL_READERS))
    topic = GL_TOPICS[k % 4]
    cut = max(1, len(paras) // 3)
    intro, rest = paras[:cut], paras[cut:]
    also = also_line('story-also', GL_ALSO, path(extra['also']), extra['also']) if k % 2 == 0 else ''
    mod_meta = f'<meta property="article:modified_time" content="{mod.isoformat(timespec="seconds")}">\n' if k % 4 == 3 else ''
    menu = ''.join(f'<li><a href="{GL_HOST}/m{i}.php">{t}</a></li>' for i, t in enumerate(GL_MENU))
    topics = ''.join(f'<li><a href="{GL_HOST}/index.php?topic=t{i}">{t}</a></li>' for i, t in enumerate(GL_TOPICS))
    days = []
    for t, d in zip(older, old_at):
        if not days or days[-1][0] != d.date():
            days.append((d.date(), []))
        days[-1][1].append(t)
    old_html = ''.join(f'<h3>{d.strftime("%A")} {d.month:02d}/{d.day:02d}</h3><ul>{links(ts, path)}</ul>' for d, ts in days)
    opts = ''.join(f'<li><a href="{GL_HOST}/profiles.php?sid={sid}&amp;what=o{i}" rel="nofollow">{t}</a></li>' for i, t in enumerate(GL_OPTIONS_LINKS))
    comments = ''.join(f'<li class="comment" id="comment{i + 1}"><div class="comment-title">{esc(who)}</div><div class="comment-meta">{gl_date(d, 3)}</div>'
                       f'<div class="comment-body">{esc(txt)}</div></li>' for i, ((who, txt), d) in enumerate(zip(GL_READERS, c_at)))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>{esc(title)} - {GL_SITE}</title>
<meta name="generator" content="Geeklog">
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{iso_z(pub)}">
{mod_meta}<link rel="stylesheet" href="{GL_HOST}/layout/denim/style.css.php">
</head>
<body dir="rtl" class="left-center">
<div id="container">
<header id="header" class="brand-image"><div id="header-content"><p class="site_name"><a href="{GL_HOST}/">{GL_SITE}</a></p><p class="site_slogan">{GL_SLOGAN}</p></div>
<nav id="navigation"><ul>{menu}</ul></nav><div class="header-date">{today}</div></header>
<div id="wrapper">
<aside id="left">
{gl_block(GL_TOPICS_HEAD, f'<ul>{topics}</ul>', 'topics')}
{gl_block(GL_OLDER, old_html, 'older-stories')}
</aside>
<main id="centerblocks">
<article class="storytext" id="{sid}">
<h1 class="story_title">{esc(title)}</h1>
<ul class="story-information"><li><span class="story_author">{["rasha", "admin", "m.jawad", "admin"][k % 4]}</span></li><li><span class="story_date">{shown}</span></li><li><a href="{GL_HOST}/index.php?topic=t{k % 4}">{topic}</a></li></ul>
<div class="story_introtext">{paras_html(intro)}</div>
<div class="story_bodytext">{paras_html(rest, also, 0)}<p class="story-source">{GL_SOURCE}</p>{f'<p class="story-edited">{edited}</p>' if edited else ''}</div>
</article>
<div class="block-center whats-related"><h2>{GL_WHATS}</h2><ul class="list-whats-related">{links(rel, path)}</ul></div>
<div class="block-center story-options"><h2>{GL_OPTIONS}</h2><ul class="list-story-options">{opts}</ul></div>
<div class="trackback"><h2>{GL_TRACK}</h2><p>{GL_TRACK_NOTE} {GL_HOST}/trackback.php/{sid}</p></div>
<section id="comments"><h2>{GL_COMMENTS_HEAD}</h2><ul class="commentbar">{comments}</ul></section>
</main>
</div>
<footer id="footer"><p class="copyright">{GL_FOOT.format(year=now.year, site=GL_SITE)}</p></footer>
</div>
</body>
</html>
'''
    without = [GL_SITE, GL_SLOGAN, today, GL_TOPICS_HEAD, GL_OLDER, shown, GL_SOURCE, GL_WHATS, GL_OPTIONS,
               GL_COMMENTS_HEAD, GL_FOOT.format(year=now.year, site=GL_SITE)] + outside(GL_MENU + GL_TOPICS, paras) + \
        GL_OPTIONS_LINKS + older + [t for _, t in GL_READERS] + rel[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- humhub: a Manama professional network's space on HumHub, a post whose only date is an age ------------------
HH_SITE = 'شبكة محاسبي المنامة'
HH_HOST = 'https://network.manama-accountants.example'
HH_SPACE = 'مساحة متابعة الأخبار'
HH_SPACE_ABOUT = 'يشارك الأعضاء هنا ما يقرؤونه من صحف المنطقة ويتناقشون فيه'
HH_TOP = ['Dashboard', 'People', 'Spaces', 'Directory']
HH_ALSO = 'أشار الزميل إلى منشور أقدم في المساحة:'
HH_SOURCE = 'المنشور نص صحفي شاركه العضو كما ورد'
HH_EDITED = 'Updated'
HH_MOST = 'منشورات نالت أكبر قدر من التفاعل'
HH_RELATED = 'ربطها المشرف بهذا المنشور'
HH_ACTIVITY = 'Latest activities'
HH_MEMBERS = 'Space members'
HH_EVENTS = 'فعاليات الشبكة المقبلة'
HH_EVENT_NAMES = ['ورشة معايير التقارير المالية', 'لقاء الأعضاء الجدد', 'ندوة الضريبة الانتقائية']
HH_READERS = [('فاطمة الجودر', 'شكراً للمشاركة، الخبر يهم من يتابع أسواق المنطقة'),
              ('Ali Hasan', 'هل من تعليق رسمي صدر لاحقاً؟'),
              ('يوسف عبدالله', 'أتفق، وأقترح أن نخصص له نقاشاً في لقاء الشهر'),
              ('مروة', 'أرسلته لفريق التدقيق عندنا')]
HH_FOOT = 'Powered by HumHub'


def hh_title(t):
    """HumHub's <time title> in en-US, "Mar 14, 2024 - 2:30 PM"."""
    return f'{EN_SHORT[t.month - 1]} {t.day}, {t.year} - {(t.hour % 12) or 12}:{t.minute:02d} {"AM" if t.hour < 12 else "PM"}'


def hh_iso(t):
    return t.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S+00:00')


def render_humhub(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'humhub'
    pub, draw = extra['at'], extra['draw']
    most, rel, activity = others[:4], others[4:7], extra['more'][:4]
    mod, upd_day = updates(kind, k, pub, draw, (2, 0))
    now = saved(kind, pub, draw, mod, upd_day, hours=draw['saved_hours'] + 2)
    cid = draw['count'] % 5000 + 1000
    path = lambda t: f'{HH_HOST}/s/news/post/post/view?id={int(hex_id("hh " + t)[:5], 16) % 9000 + 1000}'  # noqa: E731
    age = en_ago(pub, now)
    author = ['Hussain Al-Aali', 'ريم الصالح', 'Khalid M.', 'سارة المحمود'][k % 4]
    readers = HH_READERS[:3 + k % 2]
    c_at = moments(kind, pub, now, len(readers))
    act_at = moments(kind, pub, now, len(activity))
    ev_at = [later(kind, now, days=3 + 4 * i, hours=1) for i in range(len(HH_EVENT_NAMES))]
    edited = (f'<span class="label label-default" title="{hh_title(mod)}">{HH_EDITED}</span>' if k % 4 == 2 else '')
    also = f'<blockquote><p>{HH_ALSO} <a href="{path(extra["also"])}">{esc(extra["also"])}</a></p></blockquote>' if k % 2 == 1 else ''
    md = f'<h1>{esc(title)}</h1>' + paras_html(paras, also, 1) + f'<p><em>{HH_SOURCE}</em></p>'
    mod_meta = f'<meta property="article:modified_time" content="{iso_z(mod)}">\n' if k % 4 == 0 else ''
    top = ''.join(f'<li><a href="{HH_HOST}/{t.lower()}"><i class="fa fa-circle"></i><br>{t}</a></li>' for t in HH_TOP)
    comments = ''.join(f'<div class="media" id="comment_{cid + i}"><div class="media-body"><h4 class="media-heading"><a href="{HH_HOST}/u/m{i}">{esc(who)}</a> '
                       f'<small><time class="time" datetime="{hh_iso(d)}" title="{hh_title(d)}">{en_ago(d, now)}</time></small></h4>'
                       f'<div class="comment-message" data-ui-markdown>{esc(txt)}</div></div></div>' for i, ((who, txt), d) in enumerate(zip(readers, c_at)))
    act = ''.join(f'<li class="media"><div class="media-body"><a href="{path(t)}">{esc(t)}</a> <time class="time" datetime="{hh_iso(d)}">{en_ago(d, now)}</time></div></li>'
                  for t, d in zip(activity, act_at))
    events = ''.join(f'<li>{n} <span class="event-date">{e.day:02d}.{e.month:02d}.{e.year}</span></li>' for n, e in zip(HH_EVENT_NAMES, ev_at))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="UTF-8">
<title>{HH_SPACE} | {HH_SITE}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{iso_z(pub)}">
{mod_meta}<link href="{HH_HOST}/assets/8e2f1a/css/humhub.css" rel="stylesheet">
</head>
<body>
<div id="topbar-first" class="topbar"><div class="container"><div class="topbar-brand"><a class="navbar-brand" href="{HH_HOST}/dashboard">{HH_SITE}</a></div></div></div>
<div id="topbar-second" class="topbar"><div class="container"><ul class="nav" id="top-menu-nav">{top}</ul></div></div>
<div class="container space-layout-container">
<div class="row"><div class="col-md-12"><div class="panel panel-default panel-profile"><div class="panel-profile-header"><div class="img-profile-header-background"></div>
<div class="img-profile-data"><h2 class="space">{HH_SPACE}</h2><p>{HH_SPACE_ABOUT}</p></div></div></div></div></div>
<div class="row space-content">
<div class="col-md-9 layout-content-container">
<div class="s2_streamContent" data-stream-content>
<div class="wall-entry" data-stream-entry data-content-key="{cid}">
<div class="panel panel-default wall_humhubmodulespostmodelsPost_{cid}">
<div class="panel-body"><div class="media">
<div class="media-heading wall-entry-header"><div class="wall-entry-header-info"><a href="{HH_HOST}/u/a{k}" class="wall-entry-author">{esc(author)}</a>
<div class="wall-entry-meta"><a href="{HH_HOST}/s/news/post/post/view?id={cid}" class="wall-entry-content-link"><time class="time" datetime="{hh_iso(pub)}" title="{hh_title(pub)}">{age}</time></a>
{edited} · <a href="{HH_HOST}/s/news">{HH_SPACE}</a></div></div></div>
<div class="wall-entry-body"><div class="content" id="post-content-{cid}"><div data-ui-markdown data-ui-show-more class="markdown-render">{md}</div></div></div>
<div class="wall-entry-controls"><a href="#" class="like likeAnchor">Like</a> · <a href="#" class="comment-link">Comment</a> · <a href="#" class="permalink">Permalink</a></div>
<div class="comment-container"><div class="comment" id="comments_area_Post_{cid}">{comments}</div></div>
</div></div></div></div>
</div>
</div>
<div class="col-md-3 layout-sidebar-container">
<div class="panel panel-default" id="panel-most"><div class="panel-heading"><strong>{HH_MOST}</strong></div><div class="panel-body"><ul>{links(most, path)}</ul></div></div>
<div class="panel panel-default" id="panel-related"><div class="panel-heading"><strong>{HH_RELATED}</strong></div><div class="panel-body"><ul>{links(rel, path)}</ul></div></div>
<div class="panel panel-default panel-activities"><div class="panel-heading"><strong>{HH_ACTIVITY}</strong></div><div class="panel-body"><ul class="media-list">{act}</ul></div></div>
<div class="panel panel-default"><div class="panel-heading"><strong>{HH_EVENTS}</strong></div><div class="panel-body"><ul>{events}</ul></div></div>
<div class="panel panel-default members"><div class="panel-heading"><strong>{HH_MEMBERS}</strong> ({draw["count"] % 90 + 25})</div></div>
</div>
</div>
</div>
<footer class="footer"><p>{HH_FOOT}</p></footer>
<script>humhub.config.set({{"stream":{{"contentId":{cid}}},"user":{{"isGuest":true}},"timeZone":"Asia/Bahrain"}});</script>
</body>
</html>
'''
    without = [HH_SITE, HH_SPACE, HH_SPACE_ABOUT, age, HH_SOURCE, HH_MOST, HH_RELATED, HH_ACTIVITY, HH_EVENTS,
               HH_MEMBERS, HH_FOOT] + [author] + HH_EVENT_NAMES + activity + [t for _, t in readers] + \
        most[:2] + rel[:2] + ([HH_EDITED] if edited else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, most + rel, without, upd_of(upd_day)


# --- potion: a Doha research centre's site built with Potion from Notion pages (notion-* blocks) -----------------
PO_SITE = 'مرصد الخليج للدراسات'
PO_HOST = 'https://gulf-observatory.example'
PO_NAV = ['عن المرصد', 'الأوراق', 'الرصد اليومي', 'تواصل']
PO_PROP_DATE = 'تاريخ الرصد'
PO_PROP_SECTION = 'المحور'
PO_PROP_EDITED = 'آخر مراجعة'
PO_SECTIONS = ['ثقافة', 'علوم', 'اقتصاد', 'ثقافة']
PO_ALSO = 'ورقة رصد سابقة نرى أنها تكمل الصورة:'
PO_SOURCE = 'مادة الرصد مأخوذة كما هي من جريدة مطبوعة'
PO_RELATED = 'أوراق رصد تتقاطع مع هذه الورقة'
PO_DB = 'سجل الرصد الأحدث'
PO_DB_COLS = ['Name', 'Date']
PO_FOOT = 'Built with Potion'


def po_block(cls, inner, seed):
    return f'<div class="notion-block {cls}" data-block-id="{hex_id(seed)[:8]}-{hex_id(seed + "x")[:4]}">{inner}</div>'


def render_potion(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'potion'
    pub, draw = extra['at'], extra['draw']
    rel, dbrows = others[:4], extra['more'][:5]
    mod, upd_day = updates(kind, k, pub, draw, (0, 3))
    now = saved(kind, pub, draw, mod, upd_day, days=1, hours=draw['saved_hours'])
    path = lambda t: f'{PO_HOST}/{hex_id("po " + t)[:32]}'  # noqa: E731
    shown = en_long(pub)
    db_at = moments(kind, pub, now, len(dbrows))[::-1]
    blocks = []
    for i, p in enumerate(paras):
        blocks.append(po_block('notion-text', f'<p class="notion-text__content">{esc(p)}</p>', f'{title} {i}'))
        if i == 1 and k % 2 == 1:
            blocks.append(po_block('notion-callout', f'<div class="notion-callout__icon">📎</div><div class="notion-callout__content">{PO_ALSO} '
                                   f'<a class="notion-link" href="{path(extra["also"])}">{esc(extra["also"])}</a></div>', title + 'c'))
    blocks.append(po_block('notion-text', f'<p class="notion-text__content"><em>{PO_SOURCE}</em></p>', title + 's'))
    blocks.append(po_block('notion-divider', '<hr>', title + 'd'))
    blocks.append(po_block('notion-heading notion-h3', f'<h3 class="notion-heading__content">{PO_RELATED}</h3>', title + 'h'))
    blocks.extend(po_block('notion-bulleted-list', f'<ul class="notion-bulleted-list__content"><li><a class="notion-link" href="{path(t)}">{esc(t)}</a></li></ul>', title + t)
                  for t in rel)
    rows = ''.join(f'<tr><td class="notion-collection-table__cell"><a href="{path(t)}">{esc(t)}</a></td><td class="notion-collection-table__cell">{en_long(d)}</td></tr>'
                   for t, d in zip(dbrows, db_at))
    blocks.append(po_block('notion-heading notion-h3', f'<h3 class="notion-heading__content">{PO_DB}</h3>', title + 'db'))
    blocks.append(po_block('notion-collection inline', f'<table class="notion-collection-table"><thead><tr>{"".join(f"<th>{c}</th>" for c in PO_DB_COLS)}</tr></thead><tbody>{rows}</tbody></table>', title + 'tb'))
    props = [(PO_PROP_DATE, f'<span class="notion-property__date">{shown}</span>'),
             (PO_PROP_SECTION, f'<span class="notion-pill select-value-color-blue">{PO_SECTIONS[k % 4]}</span>')]
    shown_edit = f'{en_long(mod)} {(mod.hour % 12) or 12}:{mod.minute:02d} {"AM" if mod.hour < 12 else "PM"}'
    if k % 4 == 0:
        props.append((PO_PROP_EDITED, f'<span class="notion-property__date">{shown_edit}</span>'))
    prop_html = ''.join(f'<div class="notion-page__property"><div class="notion-page__property-name"><span>{n}</span></div>'
                        f'<div class="notion-page__property-content">{v}</div></div>' for n, v in props)
    ld = {'@context': 'https://schema.org', '@type': 'Article', 'headline': title, 'datePublished': iso_z(pub),
          'dateModified': iso_z(mod if k % 4 in (0, 3) else pub), 'publisher': {'@type': 'Organization', 'name': PO_SITE}}
    nav = ''.join(f'<a class="notion-navbar__link" href="{PO_HOST}/n{i}">{t}</a>' for i, t in enumerate(PO_NAV))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} – {PO_SITE}</title>
<meta name="description" content="{esc(lead_words(paras, 22))}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:site_name" content="{PO_SITE}">
<link rel="stylesheet" href="https://cdn.potion.so/styles/notion.css">
<script type="application/ld+json">{ld_json(ld)}</script>
</head>
<body class="notion-body">
<div id="__potion">
<nav class="notion-navbar"><a class="notion-navbar__title" href="{PO_HOST}/">{PO_SITE}</a><div class="notion-navbar__links">{nav}</div></nav>
<main class="notion-root max-width has-footer">
<div class="notion-header page"><div class="notion-header__cover no-cover"></div><div class="notion-header__content max-width no-cover no-icon">
<div class="notion-header__title-wrapper"><h1 class="notion-header__title">{esc(title)}</h1></div>
<div class="notion-page__properties">{prop_html}</div></div></div>
<article id="block-root" class="notion-page-content">
{''.join(blocks)}
</article>
</main>
<footer class="notion-footer"><span>© {now.year} {PO_SITE}</span> · <a href="https://potion.so">{PO_FOOT}</a></footer>
</div>
</body>
</html>
'''
    without = [PO_SITE, PO_PROP_DATE, PO_PROP_SECTION, shown, PO_SOURCE, PO_RELATED, PO_DB, PO_FOOT] + \
        outside(PO_NAV, paras) + dbrows + [en_long(d) for d in db_at[:2]] + rel[:2] + \
        ([PO_PROP_EDITED, shown_edit] if k % 4 == 0 else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- hydejack: a Muscat writer's Jekyll site on the Hydejack theme, the sidebar first, the push-state wrapper ------
HJ_SITE = 'دفاتر مطرح'
HJ_HOST = 'https://matrah-notebooks.example'
HJ_TAGLINE = 'قراءات أسبوعية في أخبار الصحف العربية يدوّنها كاتب من مسقط'
HJ_NAV = ['التدوينات', 'الأرشيف', 'عن الكاتب']
HJ_ALSO = 'إن شئت العودة إلى نقطة البداية، فقد كتبت قبل ذلك:'
HJ_SOURCE = 'أنقل النص هنا كما طبعته جريدته، والعنوان عنوانها'
HJ_EDITED = 'رجعتُ لاحقاً فأصلحت مواضع منها يوم {date}'
HJ_RELATED = 'تدوينات تمضي في الاتجاه عينه'
HJ_OTHER = 'Other Posts'
HJ_PREV, HJ_NEXT = 'Previous', 'Next'
HJ_AUTHOR = 'كاتب من مسقط يقرأ الصحف العربية كل صباح ويدوّن ما استوقفه منها'
HJ_FOOT = '© {year}. All rights reserved. Powered by Jekyll & Hydejack'


def hj_date(t):
    """Hydejack's date_formats.date, "%d %b %Y"."""
    return f'{t.day:02d} {EN_SHORT[t.month - 1]} {t.year}'


def render_hydejack(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'hydejack'
    pub, draw = extra['at'], extra['draw']
    rel, prevnext = others[:4], extra['more'][:2]
    mod, upd_day = updates(kind, k, pub, draw, (2, 1))
    now = saved(kind, pub, draw, mod, upd_day, days=2, hours=draw['saved_hours'])
    path = lambda t: f'{HJ_HOST}/posts/{hex_id("hj " + t)[:10]}/'  # noqa: E731
    shown = hj_date(pub)
    edited = HJ_EDITED.format(date=gulf(mod)) if k % 4 == 2 else ''
    pn_at = [earlier(kind, pub, days=3), later(kind, pub, days=2)]
    also = f'<blockquote class="lead"><p>{HJ_ALSO} <a href="{path(extra["also"])}">{esc(extra["also"])}</a></p></blockquote>' if k % 2 == 0 else ''
    mod_meta = (f'<meta property="article:modified_time" content="{iso_z(mod)}">\n'
                f'<meta property="og:updated_time" content="{iso_z(mod)}">\n') if k % 4 == 1 else ''
    ld = {'@context': 'https://schema.org', '@type': 'BlogPosting', 'headline': title,
          'datePublished': iso_z(pub), 'dateModified': iso_z(mod if k % 4 in (1, 2) else pub),
          'url': path(title), 'author': {'@type': 'Person', 'name': HJ_SITE}}
    nav = ''.join(f'<li><a class="sidebar-nav-item" href="{HJ_HOST}/{i}/">{t}</a></li>' for i, t in enumerate(HJ_NAV))
    pn = ''.join(f'<div class="related-post"><small class="heading faded">{lab}</small><h4 class="h6 m0"><a href="{path(t)}" class="flip-title">{esc(t)}</a></h4>'
                 f'<time class="faded fine" datetime="{d.isoformat(timespec="seconds")}">{hj_date(d)}</time></div>' for lab, t, d in zip((HJ_PREV, HJ_NEXT), prevnext, pn_at))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | {HJ_SITE}</title>
<meta name="generator" content="Jekyll v4.3.2">
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{iso_z(pub)}">
{mod_meta}<script type="application/ld+json">{ld_json(ld)}</script>
<link rel="stylesheet" href="/assets/css/hydejack-9.1.6.css">
</head>
<body class="no-break-layout">
<hy-push-state id="_pushState" replace-selector="#_main" link-selector="a[href]:not([href^='/assets/']):not(.external):not(.no-push)" script-selector="script" duration="500" hashchange>
<div id="_navbar" class="navbar fixed-top"><div class="content"><span class="sr-only">Jump to:</span><div class="nav-btn-bar"><a id="_menu" class="nav-btn no-hover" href="#_drawer--opened"><span class="sr-only">Navigation</span></a></div></div></div>
<hy-drawer id="_drawer" class="" side="left" threshold="10" noscroll>
<header id="_sidebar" class="sidebar" role="banner">
<div class="sidebar-bg sidebar-overlay" style="background-color:rgb(25,55,71)"></div>
<div class="sidebar-sticky"><div class="sidebar-about">
<a class="no-hover" href="{HJ_HOST}/" tabindex="-1"><img src="/assets/icons/icon.png" class="avatar" alt="{HJ_SITE}"></a>
<a class="sidebar-title" href="{HJ_HOST}/"><h2 class="h1">{HJ_SITE}</h2></a>
<p class="fine mb0">{HJ_TAGLINE}</p></div>
<nav class="sidebar-nav heading" role="navigation"><span class="sr-only">Navigation:</span><ul>{nav}</ul></nav>
</div></header></hy-drawer>
<hr class="sr-only" hidden>
<main id="_main" class="content layout-post" role="main">
<article id="post-{hex_id(title)[:8]}" class="page post mb6" role="article">
<header><h1 class="post-title flip-project-title">{esc(title)}</h1>
<div class="post-date"><span class="ellipsis mr1"><time datetime="{pub.isoformat(timespec='seconds')}">{shown}</time></span></div></header>
{paras_html(paras, also, 2)}<p class="faded"><small>{HJ_SOURCE}</small></p>{f'<p class="note-sm">{edited}</p>' if edited else ''}
</article>
<hr class="dingbat related mb6">
<aside class="about related mt4 mb4" role="complementary"><div class="author mt4"><p class="fine">{HJ_AUTHOR}</p></div></aside>
<aside class="related mb4" role="complementary"><h2 class="hr-bottom">{HJ_RELATED}</h2><ul class="related-posts">{links(rel, path)}</ul></aside>
<aside class="other-posts" role="complementary"><h2 class="hr-bottom">{HJ_OTHER}</h2>{pn}</aside>
<footer class="content" role="contentinfo"><hr><p><small class="copyright">{HJ_FOOT.format(year=now.year)}</small></p></footer>
</main>
</hy-push-state>
<script>window._clapConfig={{}};window._noPushEvent=!1;</script>
<script src="/assets/js/hydejack-9.1.6.js" type="module"></script>
</body>
</html>
'''
    without = [HJ_SITE, HJ_TAGLINE, shown, HJ_SOURCE, HJ_AUTHOR, HJ_RELATED, HJ_OTHER, HJ_FOOT.format(year=now.year)] + \
        outside(HJ_NAV, paras) + prevnext + [hj_date(d) for d in pn_at] + rel[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- zenn: an Arabic-writing engineer's articles on Zenn (Tokyo), Next.js markup and __NEXT_DATA__ --------------
ZN_HOST = 'https://zenn.dev'
ZN_USER = 'karim_lab'
ZN_NAME = 'كريم | مهندس عربي في طوكيو'
ZN_BIO = 'أترجم وأعلّق على أخبار العلوم والتقنية من الصحف العربية'
ZN_PUBLISHED, ZN_UPDATED = '{date}に公開', '{date}に更新'
ZN_TOC = '目次'
ZN_ALSO = 'وفي مقال سابق على الحساب نفسه تفصيل يسبق هذا:'
ZN_SOURCE = 'ما تقرؤونه أعلاه نقل لا تغيير فيه لمقال جريدة'
ZN_RELATED = 'مقالات لي تدور حول المسألة'
ZN_TRENDS = 'Trending'
ZN_DISCUSSION = 'ディスカッション'
ZN_DISCUSS = [('takeshi_s', 'مقال مفيد، ممتن للتلخيص الواضح 🙏'),
              ('نور', 'أين أجد النسخة الأصلية المنشورة في الجريدة؟')]
ZN_LIKES = 'いいね'
ZN_FOOT = '© {year} Classmethod, Inc.'


def zn_day(t):
    return f'{t.year}/{t.month:02d}/{t.day:02d}'


def zn_iso(t):
    return t.isoformat(timespec='milliseconds')


def render_zenn(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'zenn'
    pub, draw = extra['at'], extra['draw']
    rel, trend = others[:4], extra['more'][:4]
    mod, upd_day = updates(kind, k, pub, draw, (1, 3))
    now = saved(kind, pub, draw, mod, upd_day, days=1, hours=draw['saved_hours'])
    aslug = hex_id('zn ' + title)[:14]
    path = lambda t: f'{ZN_HOST}/{ZN_USER}/articles/{hex_id("zn " + t)[:14]}'  # noqa: E731
    shown = ZN_PUBLISHED.format(date=zn_day(pub))
    upd_shown = ZN_UPDATED.format(date=zn_day(mod)) if k % 4 == 1 else ''
    d_at = moments(kind, pub, now, len(ZN_DISCUSS))
    likes = draw['count'] % 120 + 3
    also = f'<aside class="msg message"><div class="msg-content"><p>{ZN_ALSO} <a href="{path(extra["also"])}">{esc(extra["also"])}</a></p></div></aside>' if k % 2 == 1 else ''
    body_html = (paras_html(paras, also, 1) + f'<p><em>{ZN_SOURCE}</em></p>'
                 + f'<h2 id="rel">{ZN_RELATED}</h2><ul>{links(rel, path)}</ul>')
    trend_html = ''.join(f'<article class="ArticleCard_container__3qUYt"><a href="{path(t)}" class="ArticleCard_mainLink__X2TOE"><h3 class="ArticleCard_title__UnBHE">{esc(t)}</h3></a></article>' for t in trend)
    disc = ''.join(f'<div class="ThreadItem_container__bQ2rX"><div class="ThreadItem_header__d1j5l"><a href="{ZN_HOST}/{who}">{esc(who)}</a> '
                   f'<time datetime="{zn_iso(d.astimezone(UTC))}">{zn_day(d)}</time></div><div class="znc"><p>{esc(txt)}</p></div></div>'
                   for (who, txt), d in zip(ZN_DISCUSS, d_at))
    body_updated = mod if k % 4 in (1, 3) else pub
    data = {'props': {'pageProps': {'article': {'id': draw['count'] * 37 + 11, 'postType': 'Article', 'title': title, 'slug': aslug,
                                                'emoji': '📰', 'articleType': 'idea', 'likedCount': likes,
                                                'publishedAt': zn_iso(pub.astimezone(UTC)).replace('+00:00', 'Z'),
                                                'bodyUpdatedAt': zn_iso(body_updated.astimezone(UTC)).replace('+00:00', 'Z'),
                                                'bodyHtml': ''.join(f'<p>{esc(p)}</p>' for p in paras),
                                                'user': {'username': ZN_USER, 'name': ZN_NAME}, 'topics': [{'name': 'news'}, {'name': 'science'}]}}},
            'page': '/[username]/articles/[slug]', 'query': {'username': ZN_USER, 'slug': aslug}, 'buildId': hex_id(title)[:21],
            'isFallback': False, 'gssp': True, 'scriptLoader': []}
    page = f'''<!DOCTYPE html>
<html lang="ja">
<head>
<meta charSet="utf-8">
<meta name="viewport" content="width=device-width">
<title>{esc(title)}</title>
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Zenn">
<meta property="article:published_time" content="{iso_z(pub)}">
<link rel="canonical" href="{path(title)}">
</head>
<body>
<div id="__next">
<header class="Header_container__r8hv1"><div class="Container_default__8PdNJ"><a href="{ZN_HOST}/" class="Header_logo__4Azly">Zenn</a><div class="Header_search__e9MZD">検索</div><a href="{ZN_HOST}/enter">ログイン</a></div></header>
<main class="View_main__Bfk8W">
<div class="View_cover__CS3VR"><div class="View_emoji__A0m5E">📰</div>
<h1 class="View_title__ASFih" dir="auto">{esc(title)}</h1>
<div class="ArticleHeader_meta__lc8AX"><span class="ArticleHeader_type__iwJ0E">💡 Idea</span> <span class="ArticleHeader_date__9MFgW">{shown}</span>{f' <span class="ArticleHeader_date__9MFgW">{upd_shown}</span>' if upd_shown else ''}</div></div>
<div class="Container_default__8PdNJ View_container__fMTGz">
<section class="View_content__2gJ7d"><div class="BodySection_container__Tlrsc"><div class="znc BodyContent_anchorToHeadings__uGxNv" dir="rtl">{body_html}</div></div>
<div class="ArticleLikes_container__ejDsL"><span>{ZN_LIKES} {likes}</span></div>
<div class="SidebarUserBio_container__n7sOB"><a href="{ZN_HOST}/{ZN_USER}" class="SidebarUserBio_name__Hdl3h">{esc(ZN_NAME)}</a><p class="SidebarUserBio_bio__OxTgL">{ZN_BIO}</p></div>
<section id="discuss" class="ArticleDiscussion_container__O47mK"><h3>{ZN_DISCUSSION}</h3>{disc}</section>
</section>
<aside class="View_sidebar__JLkEm"><div class="Toc_container__kmWnt"><div class="Toc_title__2Cm6C">{ZN_TOC}</div><ol><li><a href="#rel">{ZN_RELATED}</a></li></ol></div></aside>
</div>
<section class="TrendSection_container__1SL2l"><h2 class="TrendSection_title__pvbOo">{ZN_TRENDS}</h2>{trend_html}</section>
</main>
<footer class="Footer_container__R3oUT"><p>{ZN_FOOT.format(year=now.year)}</p></footer>
</div>
<script id="__NEXT_DATA__" type="application/json">{ld_json(data)}</script>
</body>
</html>
'''
    without = [ZN_NAME, ZN_BIO, ZN_SOURCE, ZN_RELATED, ZN_TRENDS, ZN_FOOT.format(year=now.year)] + trend + \
        [t for _, t in ZN_DISCUSS] + rel[:2] + [shown] + ([upd_shown] if upd_shown else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- dendron: an Algiers reading group's notes published with Dendron (Next.js), the tree first ------------------
DN_SITE = 'ملاحظات حلقة القراءة بالقبة'
DN_HOST = 'https://kouba-notes.example'
DN_TREE_ROOT = ['أخبار', 'اقتصاد', 'علوم', 'سياسة', 'رياضة']
DN_DATE = 'دُوّنت الملاحظة في {date}'
DN_ALSO = 'ملاحظة أقدم في الشجرة تمهّد لهذه:'
DN_SOURCE = 'نص الملاحظة مقتطف بحرفه من جريدة ورقية'
DN_EDITED = 'أعاد أحد الأعضاء ترتيب هذه الملاحظة في {date}'
DN_RELATED = 'ملاحظات شقيقة في المعنى'
DN_BACKLINKS = 'Backlinks'
DN_CHILDREN = 'Children'
DN_TOC = 'On this page'
DN_FOOT = '🌱 with 💕 using Dendron 🌲'


def dn_id(t):
    return hex_id('dn ' + t)[:23]


def render_dendron(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'dendron'
    pub, draw = extra['at'], extra['draw']
    rel, tree, backs = others[:4], extra['more'][:6], extra['more'][6:8]
    mod, upd_day = updates(kind, k, pub, draw, (3, 2))
    now = saved(kind, pub, draw, mod, upd_day, days=2, hours=draw['saved_hours'])
    section = DN_TREE_ROOT[k % 4 + 1]
    fname = f'news.{["economy", "science", "politics", "sport"][k % 4]}.{hex_id("dn " + title)[:6]}'
    path = lambda t: f'{DN_HOST}/notes/{dn_id(t)}'  # noqa: E731
    shown = DN_DATE.format(date=maghreb(pub))
    edited = DN_EDITED.format(date=maghreb(mod)) if k % 4 == 3 else ''
    also = f'<p class="note-ref">{DN_ALSO} <a class="wiki-link" href="{path(extra["also"])}">{esc(extra["also"])}</a></p>' if k % 2 == 0 else ''
    tree_items = ''.join(f'<li class="ant-menu-item" role="menuitem"><a href="{path(t)}">{esc(t)}</a></li>' for t in tree[:3])
    tree_html = ''.join(f'<li class="ant-menu-submenu {"ant-menu-submenu-open" if s == section else ""}" role="menuitem"><div class="ant-menu-submenu-title">{s}</div>'
                        + (f'<ul class="ant-menu ant-menu-sub ant-menu-inline" role="menu">{tree_items}<li class="ant-menu-item ant-menu-item-selected"><a href="{path(title)}">{esc(title)}</a></li></ul>' if s == section else '')
                        + '</li>' for s in DN_TREE_ROOT)
    back_html = ''.join(f'<li><a href="{path(t)}">{esc(t)}</a></li>' for t in backs)
    created = pub
    updated = mod if k % 4 in (2, 3) else pub
    data = {'props': {'pageProps': {'note': {'id': dn_id(title), 'title': title, 'fname': fname, 'desc': '',
                                             'created': epoch_ms(created), 'updated': epoch_ms(updated),
                                             'custom': {}, 'parent': dn_id(section), 'children': []},
                                    'body': f'<h1 id="{dn_id(title)[:6]}">{esc(title)}</h1>' + ''.join(f'<p>{esc(p)}</p>' for p in paras),
                                    'config': {'site': {'siteUrl': DN_HOST, 'title': DN_SITE}}}},
            'page': '/notes/[id]', 'query': {'id': dn_id(title)}, 'buildId': hex_id('dn' + title)[:21], 'isFallback': False, 'gsp': True}
    toc = ''.join(f'<li><a href="#{a}">{t}</a></li>' for a, t in (('rel', DN_RELATED), ('backlinks', DN_BACKLINKS)))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charSet="utf-8">
<meta name="viewport" content="width=device-width">
<title>{esc(title)} - {DN_SITE}</title>
<meta name="description" content="{esc(lead_words(paras, 20))}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{iso_z(pub)}">
<link rel="stylesheet" href="/_next/static/css/{hex_id(DN_SITE)[:16]}.css">
</head>
<body>
<div id="__next" data-reactroot="">
<section class="ant-layout" style="width:100%;min-height:100%">
<header class="ant-layout-header" style="position:fixed;z-index:1;width:100%"><div class="ant-row"><a href="{DN_HOST}/" class="site-title">{DN_SITE}</a></div></header>
<section class="ant-layout site-layout" style="margin-top:64px">
<aside class="ant-layout-sider ant-layout-sider-dark" style="position:fixed;overflow:auto;height:calc(100vh - 64px)"><div class="ant-layout-sider-children">
<ul class="ant-menu ant-menu-root ant-menu-inline dendron-tree-menu" role="menu">{tree_html}</ul>
</div></aside>
<section class="ant-layout side-layout-main" style="margin-right:200px"><main class="ant-layout-content main-content" role="main" style="padding:0 24px">
<div class="ant-row"><div class="ant-col ant-col-xs-24 ant-col-md-18">
<div class="main-content"><h1 id="{dn_id(title)[:6]}">{esc(title)}</h1>
<p class="note-date"><em>{shown}</em></p>
{paras_html(paras, also, 1)}<p><em>{DN_SOURCE}</em></p>{f'<p>{edited}</p>' if edited else ''}
<h2 id="rel">{DN_RELATED}</h2><ul>{links(rel, path)}</ul>
<hr><strong>{DN_BACKLINKS}</strong><ul id="backlinks">{back_html}</ul>
</div></div>
<div class="ant-col ant-col-md-6"><div class="dendron-toc"><div class="ant-anchor-wrapper"><div class="ant-anchor"><span>{DN_TOC}</span><ul>{toc}</ul></div></div></div></div>
</div>
</main>
<footer class="ant-layout-footer" style="text-align:center"><p>© {now.year} {DN_SITE} · {DN_FOOT}</p></footer>
</section></section></section>
</div>
<script id="__NEXT_DATA__" type="application/json">{ld_json(data)}</script>
</body>
</html>
'''
    without = [DN_SITE, shown, DN_SOURCE, DN_RELATED, DN_BACKLINKS, DN_TOC] + outside(DN_TREE_ROOT, paras) + tree[:3] + \
        backs + rel[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


RENDER = {kind: spaced(fn) for kind, fn in (('phpfusion', render_phpfusion), ('geeklog', render_geeklog),
                                             ('humhub', render_humhub), ('potion', render_potion),
                                             ('hydejack', render_hydejack), ('zenn', render_zenn),
                                             ('dendron', render_dendron))}
render = with_null_update(renderer(RENDER, 'templates_set50.py', 50))  # updated: null where none is declared


# --- the corpus and the driver ----------------------------------------------------------------------------
JA_FOLDER = 'ant-jawharafm'
# Named by a label of tests/segmenter/labels, tests/html/labels or ../shared/eval/dev, or listed by a segmenter blind
# draw (tests/segmenter/blind*-draw.txt, blind44 to blind47 included), when this set was written, beyond what set 46's
# CP_LEFT_OUT and ja_left_out() hold. Frozen.
LABEL_NAMED = {
    'cp': ('BHE33', 'DZC4', 'EGSC17', 'IQE24', 'JOC8', 'KWR29', 'LBS2', 'LYC1', 'MAP2', 'OMP16', 'PSSC25', 'QASC32',
           'SAP3', 'SAR1', 'SDR10', 'SYE11', 'YESC20'),
    'jawhara': ('JA-internationalNews-437', 'JA-internationalNews-940', 'JA-localNews-1473', 'JA-localNews-1928',
                'JA-localNews-3104', 'JA-localNews-4523', 'JA-localNews-736', 'JA-politic-379', 'JA-society-636',
                'JA-society-666', 'JA-sport-205')}
# The files and records set 46 built its pages around (read off its pick_articles() when this set was written); the
# earlier sets' are in set 46's lists; sets 47 and 48 read neither source.
EARLIER_SETS_READ = {
    'cp': ('AEP8', 'AEP9', 'AEP11', 'AEP12', 'AEP30', 'AESC6', 'AESC7', 'BHE26', 'BHE27', 'BHE30', 'BHE32', 'BHS16',
           'DZE12', 'IQS24', 'JOC14', 'JOC19', 'JOC22', 'JOC23', 'JOC25', 'JOS32'),
    'jawhara': ('JA-internationalNews-755', 'JA-internationalNews-791', 'JA-localNews-4511', 'JA-localNews-4553',
                'JA-localNews-4723', 'JA-localNews-808')}
CP_LEFT_OUT = frozenset(SET46_CP_LEFT_OUT) | frozenset(f'{n}.txt' for n in LABEL_NAMED['cp'] + EARLIER_SETS_READ['cp'])
JA_LEFT_PREFIX = frozenset(LABEL_NAMED['jawhara'] + EARLIER_SETS_READ['jawhara'])


def ja_left_out(docno):
    return set46_ja_left_out(docno) or docno.rsplit('-', 1)[0] in JA_LEFT_PREFIX


def records(corpus):
    """{'texts': [...]}: the windows-1256 files of every country in templates_set22.file_key() order (as sets 42 and 46
    read them; a file whose headline is a left-out file's or an earlier file's loses it), then JawharaFM's records in
    sorted path order (when: (day, clock or None)), the left-out ones left out."""
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
    jawhara = []
    for r in jawhara_records(corpus):
        docno = r['name'].rsplit('/', 1)[1]
        if ja_left_out(docno):
            continue
        jawhara.append(r | {'name': r['name'] + '.txt', 'folder': r['name'].split('/')[1]})
    return {'texts': cp + jawhara}


def article_of(rec, source):
    """(name, title, paragraphs) when the record is an article (see the docstring), else None."""
    if rec['name'].startswith(CP_FOLDER):
        return cp_article_of(rec, 'cp')
    return ja_article_of(rec, 'jawhara')


def pick_articles(sources, per_kind):
    """The pages' articles (templates_set24.pick_from_folders(); no kind's text is capped)."""
    return pick_from_folders(sys.modules[__name__], sources, per_kind, article_of, None, 0)


def page_time(n, kind, k, rec):
    """Page n's local publication time and the page's other draws (see the docstring)."""
    rng = random.Random(f'templates_set50 page {n}')
    first, last = datetime.date(2019, 1, 1), datetime.date(2024, 12, 31)
    drawn_day = first + datetime.timedelta(days=rng.randrange((last - first).days + 1))
    clock = (rng.randrange(7, 23), rng.randrange(60))
    draw = {'update': {'days': rng.randint(1, 2), 'hours': rng.randint(1, 9), 'minutes': rng.randint(5, 55)},
            'saved_hours': rng.randint(3, 9), 'saved_minutes': rng.randrange(60), 'count': rng.randint(300, 9000)}
    when = rec.get('when')
    if isinstance(when, tuple):
        day_, at_clock = when
        local = zone(kind, datetime.datetime.combine(day_, datetime.time(*(at_clock or clock))))
    else:
        local = zone(kind, datetime.datetime.combine(drawn_day, datetime.time(*clock)))
    if (kind, k) in MOVED:
        h, m = MOVED[kind, k]
        local = zone(kind, local.replace(tzinfo=None, hour=h, minute=m, second=0))
    return local, draw


def main(argv=None):
    return run_set(sys.modules[__name__], argv, f'{CP_FOLDER}/ and {JA_FOLDER}', 20261250, 24,
                   50 if os.path.exists(os.path.join(HERE, 'templates_set49.py')) else 49, relabel)


if __name__ == '__main__':
    sys.exit(main())
