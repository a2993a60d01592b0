#!/usr/bin/env python3
"""Sealed HTML template set 65 (issue 14): seven more kinds of Arabic news pages, labelled by construction.

Written by a helper who did not change the HTML extractor's rules, did not read them (src/, include/, data/, bench/, nor
docs/segmenter.md, loader.md or markers.md), never ran akhbar on these pages (nor any other binary of that name, nor
anything under build* or bins), never built it and never ran git: the set stays sealed until it is scored once, and that
first score measures the rules on templates nobody tuned them for. None of these platforms is named by make_templates.py
or templates_set5..64.py (grep -il of "postnuke", "moinmoin", "wikka", "bluespice", "castopod", "open social" and
"opensocial" returned no file; "anchor" alone is in many sets, as the HTML word, never as Anchor CMS), nor, as far as
this helper knows, by set 66, written at the same time by another helper: PostNuke (an old PHP portal: a news article
page with its blocks left and right), MoinMoin (a Python wiki: a page of its modernist theme with its editbar and "last
edited" page info), WikkaWiki (a PHP wiki: a page with its header, page footer and revision line), BlueSpice (a
MediaWiki distribution: a page of its Calumma skin with its flyouts and page info), Anchor CMS (a PHP blog: a post page
of its default theme), Castopod (a podcast host: an episode page whose show notes are the article) and Open Social (a
Drupal distribution for communities: a topic page with its hero and comments); the seven the brief named. Every chrome
sentence is new wording: --wording checks that no run of three Arabic words of a string of this file, docstrings aside,
appears, after templates_set5.fold()'s letter folding, in the string constants of make_templates.py,
templates_set5..64.py and templates_set66.py where it exists (templates_set21.wording_problems()); the sources' names are
written in Latin letters in the source lines (Sky News Arabia, Al Arabiya, France 24), since their Arabic names are in
earlier sets' strings. The chrome is Arabic (a Jeddah classic-cars club, a Baghdad translators' wiki, a Gezira
beekeepers' wiki, an Abu Dhabi clinic's staff handbook, an Algiers calligrapher's blog, a Doha news-readings podcast, a
Muscat volunteers' community), with what the platforms leave in English: PostNuke's "Posted by: admin on Thursday, March
15 @ 14:38:03 AST (N Reads)", "Printer Friendly Page", "Send to a Friend", the comments' disclaimer, "Nickname",
"Password", "Login" and "This web site was made with PostNuke"; MoinMoin's "Search:", "Titles", "Text", "Login",
FrontPage, RecentChanges, FindPage, HelpContents, "Immutable Page", "Info", "Attachments", "More Actions:", the page
info "NAME (last edited 2018-05-15 14:30:22 by NAME)" and the credits ("MoinMoin Powered", "Python Powered", "GPL
licensed", "Valid HTML 4.01"); WikkaWiki's menu (Categories, PageIndex, RecentChanges, RecentlyCommented,
Login/Register), "Comment by NAME", "Edit page :: Page History :: 2018-07-06 14:30:22 :: Owner: NAME :: Edit ACLs",
"Search:", "Valid XHTML :: Valid CSS: :: Powered by WikkaWiki"; BlueSpice's "Search...", "Login", "Main Page",
"Created: 00:20, 18 May 2018 by NAME", "From SITE", "Categories", "Page information", "Page ID", "Revisions", "This page
was last edited on 16 May 2018, at 09:12.", "Powered by BlueSpice", "Powered by MediaWiki"; Anchor's "Search my blog:",
"Posts", "About", the footnote "This article is my Nth oldest. It is N words long, and it's got N comments for now. Why
not add one?", the comments' "2 days ago", the comment form's labels, "All rights reserved.", "RSS", "Admin area",
"Home"; Castopod's "Follow", "N followers", "Episode N", "May 18, 2018", "Powered by Castopod"; Open Social's "Skip to
main content", "N likes" and "Powered by Open Social".

The kinds and what each page holds:
  postnuke    a Jeddah classic-cars club's portal on PostNuke 0.726, PostNukeBlue's table layout (Asia/Riyadh; Al
              Arabiya): the header table (the club's name, its slogan, "يرحب النادي بضيوفه في DAY DATE": the saved
              day); the left column BEFORE the story in source order: "قائمة النادي" (four links), "أخبار طواها
              الأسبوع" (five other headlines with earlier MM/DD dates: not related), "من في الكراج الآن" (the
              visitors); the centre: the story table: <h1 class="pn-title">, "Posted by: admin on DAY, MONTH DD @
              HH:MM:SS AST (N Reads)" (the article's only visible date), the hometext row (the first two paragraphs)
              and a SIBLING bodytext row (the rest), paragraphs separated only by <br><br> (on even pages "وفي دفتر
              النادي خبر أقدم يضيء هذه المسألة:" and a link: read-also), the source line, page 1 "صحح المشرف صياغة
              الخبر ونشر التعديل في DATE" (updated); "Printer Friendly Page | Send to a Friend"; two comments with
              PostNuke dates; the right column: "روابط تتقاطع وهذا الخبر" (four: related), the login block, the poll;
              the footer with the year; article:published_time with the local offset (page 3's update only in
              article:modified_time)
  moinmoin    a Baghdad translators' wiki on MoinMoin 1.9, modernist theme (Asia/Baghdad; Sky News Arabia): #header:
              the logo, the search form, Login, the location line (the page's CamelCase name), the navibar, the
              #message "حفظ الويكي نسخته هذه من الصفحة يوم DAY DATE" (the saved day), the page trail "مررت مؤخراً
              بـ" (five other headlines: not related) BEFORE the page, the editbar; #content: <h1>, "نقلها إلى الويكي
              حيدر الجبوري يوم DAY DATE، الساعة HH:MM" (the article's visible date), each paragraph a <p class="line867">
              followed by MoinMoin's <span class="anchor" id="line-N"> anchors (on odd pages "ولمن يتابع ترجمتنا،
              صفحة قديمة من الويكي تسبق هذه:" and a link: read-also), the source line, page 2 "أدخل المحرر على الصفحة
              تنقيحاً في DATE" (updated), "صفحات ويكي تتصل بهذا النص" (four: related, inside the content), the
              category link; #pageinfo "NAME (last edited STAMP by NAME)" (the publication's stamp, page 2's update's);
              the footer editbar and credits; article:published_time in UTC (page 0's update only in
              article:modified_time)
  wikka       a Gezira beekeepers' wiki on WikkaWiki 1.3 (Africa/Khartoum; France 24): #page_header (the wiki's name
              and the page's tag, "الخلية تفتح للقراء نهار DAY DATE": the saved day, the menu); .page: <h1>, "دوّنت
              الصفحة آمنة عثمان يوم DAY DATE، الساعة HH:MM" (the article's visible date), the text as Wikka prints
              it: paragraphs separated only by <br />\n<br /> (on even pages "ومن صفحات الخلية السابقة ما يُقرأ قبل
              هذه:" and a link: read-also), the source line, page 3 "زادت آمنة على الصفحة تصويباً بتاريخ DATE"
              (updated); "صفحات تنتمي إلى هذا الموضوع" (four: related); "ما عُدِّل في الخلية هذه الأيام" (five other
              headlines with later stamps: not related); two comments with their stamps; the page footer with the
              revision line (the publication's stamp, page 3's update's) and "Owner:"; the small print "Powered by
              WikkaWiki"; article:published_time with the local offset (page 1's update only in
              article:modified_time)
  bluespice   an Abu Dhabi clinic's staff handbook on BlueSpice 3 (MediaWiki 1.31, Calumma skin; Asia/Dubai; Sky News
              Arabia): RLCONF (the page's name and title, its creation in UTC); the header (the logo, the search bar,
              "نوبة اليوم: DAY DATE": the saved day, Login); the primary sidebar BEFORE the content: "أبواب الدليل" (four
              links) and the flyout "تحريرات طرأت على الدليل" (five other headlines with later MediaWiki stamps: not
              related); the title section OUTSIDE #content: the breadcrumbs, <h1 id="firstHeading">, "Created: HH:MM,
              D MONTH YYYY by NAME" (the article's only visible date); #content: #mw-content-text's .mw-parser-output
              (on even pages "وللاطلاع على الخلفية، في الدليل صفحة أقدم منها:" and a link: read-also), the source line,
              page 0 "عدّلت مريم محتوى الصفحة في DATE" (updated), the NewPP comment, the category links; after the
              content "صفحات يحسن الرجوع إليها معها" (four: related); the secondary sidebar "Page information"; the
              footer "This page was last edited on ..." (the publication's moment, page 0's update's; page 2 has
              none) with the year; article:published_time in UTC (page 2's update only in article:modified_time)
  anchor      an Algiers calligrapher's blog on Anchor CMS 0.12, its default theme (Africa/Algiers; Al Arabiya): the
              slidey tray BEFORE the header: the search form, "رفوف المدونة" (three categories) and "شهور مضت" (five
              archive months, Algerian names: not related); header#top (the logo, the nav); section.content: <h1>,
              "نشرها في المدونة DATE على الساعة HH:MM" over a <time datetime> with the local offset (the article's
              only visible date), <article> (on odd pages "سبق أن نقلت إلى هنا تدوينة تمهّد لهذه:" and a link:
              read-also), the source line, page 1 "أصلحتُ بعض عبارات التدوينة الحاضرة في DATE" (updated); Anchor's
              footnote; "تدوينات ترافق هذه في موضوعها" (four: related); the comments (three, with Anchor's English
              relative ages) and the comment form; footer#bottom with the year; article:published_time with the local
              offset (page 2's update only in article:modified_time)
  castopod    a Doha news-readings podcast on Castopod 1.x (Asia/Qatar; Sky News Arabia): the nav bar (the show,
              Follow), the podcast header (the show's name, handle, followers); the podcast sidebar BEFORE <main> in
              source order: "عن البرنامج" and its description, "حلقات أُذيعت قبل هذه" (four other headlines with
              earlier dates as <relative-time>: not related), the footer with the year and "Powered by Castopod";
              <main>: "Episode N · MONTH D, YYYY · MM:SS" (the date a <relative-time datetime> in UTC whose text is the
              local day: the article's only visible date), <h1>, the player, the show notes (on odd pages "ومن أرشيف
              البرنامج حلقة سابقة تصلح مدخلاً لهذه:" and a link: read-also), the source line, page 3 "أعدنا تسجيل مقطع
              من الحلقة وحدّثنا ملاحظاتها في DATE" (updated); "استمع إلى ما يجاور هذه الحلقة" (four: related);
              "ردود المستمعين من الفيديفيرس" (two fediverse replies with Arabic relative ages); a PodcastEpisode
              JSON-LD holding the show notes whole again (its description), datePublished in UTC (dateModified on
              pages 0 and 3); article:published_time in UTC (page 0's update only in the JSON-LD and
              article:modified_time)
  opensocial  a Muscat volunteers' community on Open Social (Drupal 8, socialblue; Asia/Muscat; France 24): the navbar
              (the name, four links, login); the hero section OUTSIDE <main>: the topic type "مدونة", <h1
              class="page-title">, the hero footer: the author and "D MONTH YYYY - HH:MM" over a <time datetime> with
              the local offset (the article's only visible date; on page 3 only a relative age in Arabic over a <time
              datetime> in UTC); <main>: the topic card's body text (on even pages "وكنا قد طرحنا في الملتقى موضوعاً
              يمهد لهذا:" and a link: read-also), the source line, page 0 "حرّر سالم الموضوع وأضاف إليه في DATE"
              (updated), the likes; "التعليقات" (three comments with Arabic relative ages); the complementary region:
              "مواضيع يجمعها بهذا وسم واحد" (four: related), "فعاليات قادمة للمتطوعين" (three events with later
              dates: not related), "أحدث ما طرحه الأعضاء" (four other headlines with dates: not related); the footer
              with the year and "Powered by Open Social"; drupalSettings (no text); article:published_time with the
              local offset, in UTC on page 3 (page 2's update only in article:modified_time)

The texts and how they were picked: Al Arabiya's, Sky News Arabia's and France 24's TREC records
(CORPUS/ant-multisource/Alarabia, SkyNews, France24) read as sets 56, 60 and 62 read them (templates_set31.article_of():
a usable headline, a date, no marker line, at least six lines of 12 words or more, the first eight kept); FOLDERS name
the channels' sections (a section with no usable record left passes to the kind's next one, so France 24's pages are all
of internationalNews). A text of fewer than six paragraphs gets, besides the openings, eight words from the middle of its
longest paragraphs (templates_set32.relabel()). A record keeps its <TIME> made local in the kind's zone (one Al Arabiya
record is of 2014, the others of 2018). Page N (counted over the whole set, kinds in the order above) has a generator,
random.Random("templates_set65 page N"), that draws, in this order, a day and a clock time (unused: every record has its
time), the update's delay (1 to 2 days, 1 to 9 hours, 5 to 55 minutes), the hours and minutes before the page was saved
(its "today", ages, comments, recent lists and later lists fall between publication and that moment; a page is always
saved after its own update) and a count. Zones (none with summer time in 2014 or 2018): Dubai's and Muscat's +04:00,
Riyadh's, Baghdad's and Doha's +03:00, Khartoum's +02:00, Algiers' +01:00; every page's publication and update times are
checked against zoneinfo when the set is written. Three pages are moved just after local midnight, keeping their day,
for a UTC trap (MOVED): bluespice-1 (00:20 in Dubai; RLCONF's creation and article:published_time in UTC, the
"Created:" line the local day), castopod-2 (00:15 in Doha; the <relative-time datetime>, the JSON-LD and
article:published_time in UTC, its text the local day) and opensocial-3 (00:25 in Muscat; its only visible date a
relative age over a <time datetime> in UTC); each is the day before in UTC (checked when the set is written) and the
label holds the local day. Two pages of each kind are updated (14 of 28): one shows the update, the other declares it
only in metadata (article:modified_time, and Castopod's JSON-LD dateModified); the other pages carry updated null and
declare no modified time later than their publication (a "last edited" line or revision stamp there is the
publication's). Every page shows dates that are not the article's: a header's "today" or saved day, earlier news' and
episodes' dates, recent changes' stamps, comments' dates and ages, upcoming events' dates, archive months, footers'
years.

Each kind carries a related list (labelled related, in page order) and lists that look related but are not (past news,
a page trail, recent changes, archive months, earlier episodes, upcoming events, latest topics), and every other page
(14) an inline read-also line in new wording. Six kinds are hard in structure: the PostNuke page's left column (with
five other headlines and their dates) comes BEFORE the story, and the text is split over two sibling rows (hometext,
bodytext) whose paragraphs are separated only by <br><br>; the MoinMoin page's trail of five other headlines comes
BEFORE the content and every paragraph carries line anchors; the WikkaWiki page's paragraphs are separated only by <br
/>; the BlueSpice page's recent-changes flyout comes BEFORE the content and its headline and only date stand OUTSIDE
#content; the Castopod page's sidebar (earlier episodes with dates) comes BEFORE <main> and the show notes are held whole
again in the JSON-LD; the Open Social page's headline and date stand in the hero OUTSIDE <main>, and page 3's only date
is a relative age.

Labels (the format of tests/html/labels): title (the <h1>), published (the local date in the kind's zone), updated (the
local date where the page shows or declares an update: 14 of the 28 pages; null elsewhere), body_with = the opening of
each paragraph (templates_set5.opening(); for a text of fewer than six paragraphs, eight words from the middle of its
longest paragraphs are added, templates_set32.relabel()), body_without = visible chrome texts, bylines, date lines and
ages, update notes, source lines, comments, other stories' headlines, read_also, related (headed related lists only, in
page order).

Left out (frozen, so that later labels do not shift the set): the records a label of tests/segmenter/labels,
tests/html/labels or ../shared/eval/dev names or a segmenter blind draw (tests/segmenter/blind*-draw.txt) lists: set
62's MS_LEFT_OUT (set 60's, which holds set 56's, set 52's and, through set 48's, those of sets 24 to 46, and sets 60's
and 62's own LABEL_NAMED and EARLIER_SETS_READ), and LABEL_NAMED here for the names found in them when this set was
written that those lists did not hold (seventeen names: a name without its date stands for every record of that prefix;
six of them match records that were still read before); and the records earlier sets built pages around: those lists,
and EARLIER_SETS_READ here, set 62's twenty-eight picks, read off its pick_articles() when this set was written (sets 63
and 64 read no multisource channel; set 66, written at the same time, was not read). Page k of a kind takes the first
article of FOLDERS[kind][k] or of the kind's next folders that no page took before (templates_set24.pick_from_folders()).
Other stories' headlines are the titles of the records of the same source that follow the text's, wrapping around
(templates_set14.following()): the first 11 shuffled by random.Random(20261265), one shuffle a page, then the rest in
order (the read-also is the 12th, past news, trails, recent changes, earlier episodes and latest lists from the 14th on;
24 are read a page).

Usage: templates_set65.py OUT_DIR [--corpus DIR] [--per-kind 4] [--kinds a,b] [--wording]
writes OUT_DIR/pages/KIND-N.html and OUT_DIR/labels/KIND-N.json (templates_set24.run_set()), checks every labelled text
against the page's visible text, the link and balance checks, the zones against zoneinfo; with --wording also the
wording check over make_templates.py, templates_set5..64.py and templates_set66.py where it exists. The output is the
same byte for byte from run to run."""
import datetime
import os
import random
import sys

sys.dont_write_bytecode = True  # the set writes nothing beside itself (no __pycache__ of the sets it imports)
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
# Helpers, calendar data, the corpus readers and the frozen left-out lists only; no chrome sentence of the earlier sets.
import templates_set62 as set62  # noqa: E402
from templates_set5 import DAYS, GULF_MONTHS, esc  # noqa: E402
from templates_set10 import EN_MONTHS, renderer  # noqa: E402
from templates_set12 import DZ_MONTHS, trec_records  # noqa: E402
from templates_set15 import outside, upd_of  # noqa: E402
from templates_set19 import iso_z, lead_words, zone_helpers  # noqa: E402
from templates_set21 import with_null_update  # noqa: E402
from templates_set21 import wording_problems as set21_wording  # noqa: E402
from templates_set23 import hex_id, spaced  # noqa: E402
from templates_set24 import moment_helpers, page_helpers, pick_from_folders, run_set  # noqa: E402
from templates_set31 import article_of as set31_article_of  # noqa: E402
from templates_set32 import links, relabel  # noqa: E402
from templates_set48 import EN_DAYS, EN_SHORT, en_long, ld_json, month_list  # noqa: E402
from templates_set60 import also_line, gulf, hm, iso_local, with_block  # noqa: E402
from templates_set61 import ar_ago  # noqa: E402

KINDS = ('postnuke', 'moinmoin', 'wikka', 'bluespice', 'anchor', 'castopod', 'opensocial')
UTC = datetime.timezone.utc
ZONES = {'postnuke': (3, []), 'moinmoin': (3, []), 'wikka': (2, []), 'bluespice': (4, []), 'anchor': (1, []),
         'castopod': (3, []), 'opensocial': (4, [])}
TZ = {'postnuke': 'Asia/Riyadh', 'moinmoin': 'Asia/Baghdad', 'wikka': 'Africa/Khartoum', 'bluespice': 'Asia/Dubai',
      'anchor': 'Africa/Algiers', 'castopod': 'Asia/Qatar', 'opensocial': 'Asia/Muscat'}
MS_FOLDER = 'ant-multisource'
SOURCE = {'postnuke': 'Alarabia', 'moinmoin': 'SkyNews', 'wikka': 'France24', 'bluespice': 'SkyNews',
          'anchor': 'Alarabia', 'castopod': 'SkyNews', 'opensocial': 'France24'}
FOLDERS = {'postnuke': ('sport', 'economy', 'internationalNews', 'sport'),
           'moinmoin': ('technology', 'middleEast', 'economy', 'internationalNews'),
           'wikka': ('internationalNews', 'middleEast', 'internationalNews', 'internationalNews'),
           'bluespice': ('middleEast', 'internationalNews', 'sport', 'technology'),
           'anchor': ('internationalNews', 'culture', 'economy', 'sport'),
           'castopod': ('sport', 'technology', 'internationalNews', 'middleEast'),
           'opensocial': ('internationalNews', 'internationalNews', 'middleEast', 'internationalNews')}
MOVED = {('bluespice', 1): (0, 20), ('castopod', 2): (0, 15), ('opensocial', 3): (0, 25)}
offset_hours, zone, in_zone, later, earlier = zone_helpers(ZONES)
between, saved_after = moment_helpers(in_zone, later)
updates, saved, moments = page_helpers(later, between, saved_after, page_of=lambda k: k % 4)


def modified_meta(k, pages, mod, end='>'):
    return f'<meta property="article:modified_time" content="{iso_z(mod)}"{end}\n' if k % 4 in pages else ''


def dz(t):
    return f'{t.day} {DZ_MONTHS[t.month - 1]} {t.year}'


def stamp(t):
    return t.strftime('%Y-%m-%d %H:%M:%S')


# --- postnuke: a Jeddah classic-cars club's portal on PostNuke 0.7, a news article with its left and right blocks ---
PN_SITE = 'نادي السيارات الكلاسيكية بجدة'
PN_HOST = 'https://www.jeddah-classics.example'
PN_SLOGAN = 'هواة المحركات القديمة على ساحل البحر الأحمر'
PN_TODAY = 'يرحب النادي بضيوفه في {date}'
PN_MENU_HEAD = 'قائمة النادي'
PN_MENU = ['الصفحة الرئيسية', 'المواضيع', 'ألبوم الصور', 'راسلنا']
PN_PAST = 'أخبار طواها الأسبوع'
PN_ONLINE_HEAD = 'من في الكراج الآن'
PN_ONLINE = 'يتجول في البوابة {g} زائراً و{m} من الأعضاء'
PN_AUTHOR = 'admin'
PN_ALSO = 'وفي دفتر النادي خبر أقدم يضيء هذه المسألة:'
PN_SOURCE = 'أخذنا الخبر عن قناة العربية بحروفه لأعضاء النادي'
PN_EDITED = 'صحح المشرف صياغة الخبر ونشر التعديل في {date}'
PN_RELATED = 'روابط تتقاطع وهذا الخبر'
PN_LOGIN_HEAD = 'دخول الأعضاء'
PN_POLL_HEAD = 'تصويت الشهر'
PN_POLL = 'أي محرك تفضّل لرحلة الطائف؟'
PN_COMMENTS = [('أبو_ريان', 'قرأت الخبر قبل صيانة المرسيدس الصباحية، نقل موفق ويستحق النقاش في لقاء الخميس.'),
               ('مازن_الحربي', 'جزاك الله خيراً يا مشرف، الأخبار العامة تكسر رتابة أحاديث قطع الغيار.')]
PN_FOOT = 'الردود ملك أصحابها، وبقية المحتوى يعود للنادي'


def pn_date(t):
    """PostNuke's "%A, %B %d @ %H:%M:%S %Z": "Monday, March 05 @ 14:30:00 AST"."""
    return f'{EN_DAYS[t.weekday()]}, {EN_MONTHS[t.month - 1]} {t.day:02d} @ {t.hour:02d}:{t.minute:02d}:{t.second:02d} AST'


def pn_block(head, inner, side):
    return (f'<table class="pn-block-{side}" width="100%" border="0" cellspacing="0" cellpadding="3"><tr><td class="pn-title">'
            f'<b>{head}</b></td></tr><tr><td class="pn-normal">{inner}</td></tr></table><br>\n')


def render_postnuke(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'postnuke'
    pub, draw = extra['at'], extra['draw']
    rel, past = others[:4], extra['more'][:5]
    mod, upd_day = updates(kind, k, pub, draw, (1, 3))
    now = saved(kind, pub, draw, mod, upd_day, days=2, hours=draw['saved_hours'])
    sid = 200 + int(hex_id('pn ' + title)[:3], 16) % 700
    path = lambda t: f'{PN_HOST}/modules.php?op=modload&amp;name=News&amp;file=article&amp;sid={200 + int(hex_id("pn " + t)[:3], 16) % 700}'  # noqa: E731
    today = PN_TODAY.format(date=f'{DAYS[now.weekday()]} {gulf(now)}')
    posted = f'Posted by: {PN_AUTHOR} on {pn_date(pub)}'
    reads = f'({draw["count"]} Reads)'
    edited = PN_EDITED.format(date=gulf(mod)) if k % 4 == 1 else ''
    cut = min(2, len(paras) - 1)
    home = ''.join(f'{esc(p)}<br><br>' for p in paras[:cut])
    rest = [f'{esc(p)}<br><br>' for p in paras[cut:]]
    if k % 2 == 0:
        rest.insert(min(1, len(rest)), f'<span class="pn-also">{PN_ALSO} <a href="{path(extra["also"])}">{esc(extra["also"])}</a></span><br><br>')
    body = ''.join(rest) + f'<i>{PN_SOURCE}</i>' + (f'<br><br><b>{edited}</b>' if edited else '')
    p_at = [earlier(kind, pub, days=i + 1, hours=2 * i + 1) for i in range(len(past))]
    c_at = moments(kind, pub, now, len(PN_COMMENTS))
    online = PN_ONLINE.format(g=10 + draw['count'] % 40, m=2 + draw['count'] % 7)
    menu = ''.join(f'<strong><big>&middot;</big></strong> <a href="{PN_HOST}/{i}.php">{t}</a><br>' for i, t in enumerate(PN_MENU))
    past_l = ''.join(f'<strong><big>&middot;</big></strong> <a href="{path(t)}">{esc(t)}</a> <span class="pn-sub">({d.month:02d}/{d.day:02d})</span><br>'
                     for t, d in zip(past, p_at))
    rel_l = ''.join(f'<strong><big>&middot;</big></strong> <a href="{path(t)}">{esc(t)}</a><br>' for t in rel)
    comments = ''.join(f'<table width="99%" border="0" cellspacing="1" cellpadding="4" class="pn-comment"><tr><td class="pn-normal">'
                       f'<b>{who}</b> on {pn_date(at)}<br>{esc(text)}</td></tr></table>\n' for (who, text), at in zip(PN_COMMENTS, c_at))
    left = pn_block(PN_MENU_HEAD, menu, 'left') + pn_block(PN_PAST, past_l, 'left') + pn_block(PN_ONLINE_HEAD, online, 'left')
    right = pn_block(PN_RELATED, rel_l, 'right') + \
        pn_block(PN_LOGIN_HEAD, f'<form action="{PN_HOST}/user.php" method="post">Nickname <input type="text" name="uname" size="10"><br>'
                 f'Password <input type="password" name="pass" size="10"><br><input type="submit" value="Login"></form>', 'right') + \
        pn_block(PN_POLL_HEAD, f'{PN_POLL}<br><input type="radio" name="voteID" value="1"> V8<br><input type="radio" name="voteID" value="2"> V6', 'right')
    page = f'''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="ar" dir="rtl">
<head>
<title>{PN_SITE} :: {esc(title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="DESCRIPTION" content="{esc(lead_words(paras, 20))}">
<meta name="KEYWORDS" content="{PN_SITE}">
<meta name="GENERATOR" content="PostNuke 0.726 - http://postnuke.com">
<meta property="og:title" content="{esc(title)}">
<meta property="article:published_time" content="{iso_local(pub)}">
{modified_meta(k, (3,), mod)}<link rel="StyleSheet" href="themes/PostNukeBlue/style/styleNN.css" type="text/css">
<style type="text/css">@import url("themes/PostNukeBlue/style/style.css");</style>
</head>
<body bgcolor="#ffffff" text="#000000" link="#363636" vlink="#363636" alink="#d5ae83">
<table class="pn-header" width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
<td><a href="{PN_HOST}/index.php"><img src="themes/PostNukeBlue/images/logo.gif" alt="{PN_SITE}" border="0"></a></td>
<td class="pn-logo"><span class="pn-logo">{PN_SITE}</span><br><span class="pn-sub">{PN_SLOGAN}</span></td>
<td align="left" class="pn-normal">{today}</td></tr></table>
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr valign="top">
<td class="pn-left" width="160" valign="top">
{left}</td>
<td class="pn-center" width="100%" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="4" class="pn-story"><tr><td>
<h1 class="pn-title">{esc(title)}</h1>
<span class="pn-sub">{posted} <span class="pn-reads">{reads}</span></span>
</td></tr>
<tr><td class="pn-normal hometext">{home}</td></tr>
<tr><td class="pn-normal bodytext">{body}</td></tr>
<tr><td class="pn-sub" align="center">[ <a href="{PN_HOST}/print.php?sid={sid}">Printer Friendly Page</a> | <a href="{PN_HOST}/modules.php?name=Recommend_Us&amp;sid={sid}">Send to a Friend</a> ]</td></tr>
</table>
<div class="pn-comments"><span class="pn-sub">The comments are owned by the poster. We aren't responsible for their content.</span>
{comments}</div>
</td>
<td class="pn-right" width="170" valign="top">
{right}</td>
</tr></table>
<table class="pn-footer" width="100%"><tr><td class="pn-sub" align="center">{PN_FOOT} &copy; {now.year} {PN_SITE}<br>
This web site was made with <a href="http://www.postnuke.com" target="_blank">PostNuke</a>, a web portal system written in PHP.</td></tr></table>
</body>
</html>
'''
    without = [PN_SITE, PN_SLOGAN, today, PN_MENU_HEAD, PN_PAST, PN_ONLINE_HEAD, online, posted, PN_SOURCE, PN_RELATED,
               PN_LOGIN_HEAD, PN_POLL_HEAD, PN_POLL, PN_FOOT] + outside(PN_MENU, paras) + past + \
        [w for w, _ in PN_COMMENTS] + [t for _, t in PN_COMMENTS] + [pn_date(d) for d in c_at] + rel[:2] + \
        ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- moinmoin: a Baghdad translators' wiki on MoinMoin 1.9 (modernist theme), a page with its editbar and pageinfo ---
MM_SITE = 'ويكي مترجمي دجلة'
MM_HOST = 'https://wiki.tigris-translators.example'
MM_MESSAGE = 'حفظ الويكي نسخته هذه من الصفحة يوم {date}'
MM_TRAIL_HEAD = 'مررت مؤخراً بـ'
MM_ADDED = 'نقلها إلى الويكي حيدر الجبوري يوم {date}، الساعة {time}'
MM_EDITOR = 'HaiderAlJubouri'
MM_ALSO = 'ولمن يتابع ترجمتنا، صفحة قديمة من الويكي تسبق هذه:'
MM_SOURCE = 'النص العربي منقول بلفظه عن Sky News Arabia لتمارين الترجمة'
MM_EDITED = 'أدخل المحرر على الصفحة تنقيحاً في {date}'
MM_RELATED = 'صفحات ويكي تتصل بهذا النص'
MM_CATEGORY = 'CategoryNewsTexts'


def render_moinmoin(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'moinmoin'
    pub, draw = extra['at'], extra['draw']
    rel, trail = others[:4], extra['more'][:5]
    mod, upd_day = updates(kind, k, pub, draw, (2, 0))
    now = saved(kind, pub, draw, mod, upd_day, days=1, hours=draw['saved_hours'])
    page_name = 'NewsText' + hex_id('mm ' + title)[:6].upper()
    path = lambda t: f'{MM_HOST}/NewsText{hex_id("mm " + t)[:6].upper()}'  # noqa: E731
    message = MM_MESSAGE.format(date=f'{DAYS[now.weekday()]} {gulf(now)}')
    added = MM_ADDED.format(date=f'{DAYS[pub.weekday()]} {gulf(pub)}', time=hm(pub))
    edited = MM_EDITED.format(date=gulf(mod)) if k % 4 == 2 else ''
    last = mod if k % 4 == 2 else pub
    info = f'{page_name}  (last edited {stamp(last)} by {MM_EDITOR})'
    line = [3]

    def anchored(inner, cls='line867'):
        line[0] += 2
        return f'<p class="{cls}">{inner} <span class="anchor" id="line-{line[0]}"></span></p>\n<span class="anchor" id="line-{line[0] + 1}"></span>'
    parts = [anchored(esc(p)) for p in paras]
    if k % 2 == 1:
        parts.insert(min(2, len(parts)), anchored(f'{MM_ALSO} <a href="{path(extra["also"])}">{esc(extra["also"])}</a>', 'line862'))
    parts.append(anchored(f'<em>{MM_SOURCE}</em>', 'line862'))
    if edited:
        parts.append(anchored(f'<strong>{edited}</strong>', 'line862'))
    rel_l = ''.join(f'<li style="list-style-type:none"><a href="{path(t)}">{esc(t)}</a></li>' for t in rel)
    trail_l = ''.join(f'<li><a href="{path(t)}">{esc(t)}</a></li>' for t in trail)
    nav = ''.join(f'<li class="wikilink"><a href="{MM_HOST}/{t}">{t}</a></li>' for t in ('FrontPage', 'RecentChanges', 'FindPage', 'HelpContents'))
    editbar = (f'<ul class="editbar"><li><span class="disabled">Immutable Page</span></li><li class="toggleCommentsButton" style="display:none;">'
               f'<a href="#" class="nbcomment" onClick="toggleComments();return false;">Comments</a></li><li><a class="nbinfo" href="/{page_name}?action=info" rel="nofollow">Info</a></li>'
               f'<li><a class="nbattachments" href="/{page_name}?action=AttachFile" rel="nofollow">Attachments</a></li><li><form class="actionsmenu" method="GET" action="/{page_name}">'
               f'<div><label>More Actions:</label><select name="action"><option value="raw">Raw Text</option><option value="print">Print View</option></select></div></form></li></ul>')
    page = f'''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd">
<html>
<head>
<meta http-equiv="X-UA-Compatible" content="IE=Edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Type" content="text/html;charset=utf-8">
<meta name="robots" content="index,nofollow">
<meta name="description" content="{esc(lead_words(paras, 20))}">
<meta property="og:title" content="{esc(title)}">
<meta property="article:published_time" content="{iso_z(pub)}">
{modified_meta(k, (0,), mod)}<title>{page_name} - {MM_SITE}</title>
<script type="text/javascript" src="/moin_static198/common/js/common.js"></script>
<link rel="stylesheet" type="text/css" charset="utf-8" media="all" href="/moin_static198/modernist/css/common.css">
<link rel="stylesheet" type="text/css" charset="utf-8" media="screen" href="/moin_static198/modernist/css/screen.css">
<link rel="alternate" title="{MM_SITE}: {page_name}" href="/{page_name}?diffs=1&amp;show_att=1&amp;action=rss_rc&amp;unique=0&amp;page={page_name}&amp;ddiffs=1" type="application/rss+xml">
</head>
<body lang="ar" dir="rtl">
<div id="header">
<div id="logo"><a href="{MM_HOST}/FrontPage">{MM_SITE}</a></div>
<form id="searchform" method="get" action="/{page_name}"><div><input type="hidden" name="action" value="fullsearch"><input type="hidden" name="context" value="180">
<label for="searchinput">Search:</label><input id="searchinput" type="text" name="value" value="" size="20">
<input id="titlesearch" name="titlesearch" type="submit" value="Titles"><input id="fullsearch" name="fullsearch" type="submit" value="Text"></div></form>
<div id="username"><a href="/{page_name}?action=login" id="login" rel="nofollow">Login</a></div>
<div id="locationline"><span id="pagelocation"><a href="/{page_name}">{page_name}</a></span></div>
<ul id="navibar">{nav}<li class="current"><a href="/{page_name}">{page_name}</a></li></ul>
<div id="pageline"><hr style="display:none;"></div>
<div id="message"><p>{message}</p></div>
<div id="pagetrail-box"><span>{MM_TRAIL_HEAD}</span><ul id="pagetrail">{trail_l}</ul></div>
{editbar}
</div>
<div id="page" lang="ar" dir="rtl">
<div dir="rtl" id="content" lang="ar"><span class="anchor" id="top"></span>
<span class="anchor" id="line-1"></span><h1 id="head-{hex_id('mm h ' + title)[:40]}">{esc(title)}</h1>
<span class="anchor" id="line-2"></span><p class="line862"><em>{added}</em> <span class="anchor" id="line-3"></span></p>
{''.join(parts)}
<h2 id="head-{hex_id('mm r ' + title)[:40]}">{MM_RELATED}</h2>
<ul>{rel_l}</ul>
<span class="anchor" id="line-{line[0] + 2}"></span><p class="line867"><a href="{MM_HOST}/{MM_CATEGORY}">{MM_CATEGORY}</a></p>
<span class="anchor" id="bottom"></span></div>
<p id="pageinfo" class="info" lang="en" dir="ltr">{info}</p>
</div>
<div id="footer">
{editbar}
<ul id="credits"><li><a href="http://moinmo.in/" title="This site uses the MoinMoin Wiki software.">MoinMoin Powered</a></li><li><a href="http://moinmo.in/Python" title="MoinMoin is written in Python.">Python Powered</a></li>
<li><a href="http://moinmo.in/GPL" title="MoinMoin is GPL licensed.">GPL licensed</a></li><li><a href="http://validator.w3.org/check?uri=referer" title="Click here to validate this page.">Valid HTML 4.01</a></li></ul>
</div>
</body>
</html>
'''
    without = [MM_SITE, message, MM_TRAIL_HEAD, added, MM_SOURCE, MM_RELATED, info] + trail + rel[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- wikka: a Khartoum beekeepers' wiki on WikkaWiki 1.3, a page with its header, page footer and revision line ------
WK_SITE = 'ويكي نحّالي الجزيرة'
WK_HOST = 'https://wikka.nahhaleen.example'
WK_TODAY = 'الخلية تفتح للقراء نهار {date}'
WK_BYLINE = 'دوّنت الصفحة آمنة عثمان يوم {date}، الساعة {time}'
WK_OWNER = 'AminaOsman'
WK_ALSO = 'ومن صفحات الخلية السابقة ما يُقرأ قبل هذه:'
WK_SOURCE = 'النص بلفظه عن فرانس 24 عربي، نقلته الخلية لأعضائها'
WK_EDITED = 'زادت آمنة على الصفحة تصويباً بتاريخ {date}'
WK_RELATED = 'صفحات تنتمي إلى هذا الموضوع'
WK_RECENT = 'ما عُدِّل في الخلية هذه الأيام'
WK_COMMENTS = [('YousifBashir', 'معلومة مفيدة، سأطبعها وأعلقها في مقر الجمعية بود مدني.'),
               ('SaraIdris', 'نرجو من المشرفين إضافة صفحة تشرح المصطلحات الواردة هنا.')]


def render_wikka(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'wikka'
    pub, draw = extra['at'], extra['draw']
    rel, recent = others[:4], extra['more'][:5]
    mod, upd_day = updates(kind, k, pub, draw, (3, 1))
    now = saved(kind, pub, draw, mod, upd_day, days=2, hours=draw['saved_hours'])
    tag = 'Khabar' + hex_id('wk ' + title)[:5].upper()
    path = lambda t: f'{WK_HOST}/Khabar{hex_id("wk " + t)[:5].upper()}'  # noqa: E731
    today = WK_TODAY.format(date=f'{DAYS[now.weekday()]} {gulf(now)}')
    byline = WK_BYLINE.format(date=f'{DAYS[pub.weekday()]} {gulf(pub)}', time=hm(pub))
    edited = WK_EDITED.format(date=gulf(mod)) if k % 4 == 3 else ''
    last = mod if k % 4 == 3 else pub
    parts = [esc(p) for p in paras]
    if k % 2 == 0:
        parts.insert(min(2, len(parts)), f'{WK_ALSO} <a class="missingpage" href="{path(extra["also"])}">{esc(extra["also"])}</a>')
    parts.append(f'<em class="emphasis">{WK_SOURCE}</em>')
    if edited:
        parts.append(f'<strong>{edited}</strong>')
    body = '<br />\n<br />\n'.join(parts)
    r_at = moments(kind, pub, now, len(recent))[::-1]
    c_at = moments(kind, pub, now, len(WK_COMMENTS) + 1)[1:]
    recent_l = ''.join(f'<li><span class="datetime">{stamp(d)}</span> <a href="{path(t)}">{esc(t)}</a></li>' for t, d in zip(recent, r_at))
    comments = ''.join(f'<div class="comment"><div class="commentheader">Comment by <a href="{WK_HOST}/{who}">{who}</a></div>'
                       f'<div class="commentbody">{esc(text)}</div><div class="commentinfo">{stamp(at)}</div></div>\n'
                       for (who, text), at in zip(WK_COMMENTS, c_at))
    page = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="ar" lang="ar" dir="rtl">
<head>
<title>{WK_SITE}: {tag}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="generator" content="WikkaWiki" />
<meta name="description" content="{esc(lead_words(paras, 20))}" />
<meta property="og:title" content="{esc(title)}" />
<meta property="article:published_time" content="{iso_local(pub)}" />
{modified_meta(k, (1,), mod, ' />')}<link rel="stylesheet" type="text/css" href="{WK_HOST}/templates/light/css/light.css" />
<link rel="alternate" type="application/rss+xml" title="{tag}: revisions (RSS)" href="{path(title)}/revisions.xml" />
</head>
<body>
<div id="page_header">
<h2><a id="homepage_link" href="{WK_HOST}/HomePage">{WK_SITE}</a> : <a href="{path(title)}/backlinks" title="Display a list of pages linking to {tag}">{tag}</a></h2>
<div id="wikka_today">{today}</div>
<div id="menu"><a href="{WK_HOST}/CategoryCategory">Categories</a> :: <a href="{WK_HOST}/PageIndex">PageIndex</a> :: <a href="{WK_HOST}/RecentChanges">RecentChanges</a> :: <a href="{WK_HOST}/RecentlyCommented">RecentlyCommented</a> :: <a href="{WK_HOST}/UserSettings">Login/Register</a></div>
</div>
<div id="content">
<div class="page">
<h1>{esc(title)}</h1>
<br />
<em class="emphasis">{byline}</em><br />
<br />
{body}<br />
<br />
<h3>{WK_RELATED}</h3>
<ul>{links(rel, path)}</ul>
<h3>{WK_RECENT}</h3>
<ul class="recentchanges">{recent_l}</ul>
</div>
<div class="clear"></div>
<div id="comments">
<div id="commentheader">Comments [<a href="{path(title)}?show_comments=0">Hide comments/form</a>]</div>
{comments}</div>
</div>
<div id="footer">
<div class="footer"><a href="{path(title)}/edit" title="Click to edit this page">Edit page</a> :: <a href="{path(title)}/history" title="Click to view recent edits to this page">Page History</a> :: <a class="datetime" href="{path(title)}/revisions" title="Click to view recent revisions list for this page">{stamp(last)}</a> <a href="{path(title)}/revisions.xml" title="Click to display a feed with the latest revisions to this page."><img src="images/feed.png" class="icon" width="16" height="16" alt="feed icon" /></a> :: Owner: <a href="{WK_HOST}/{WK_OWNER}">{WK_OWNER}</a> :: <a href="{path(title)}/acls" title="Click to edit access control list for this page">Edit ACLs</a>
<form action="{WK_HOST}/TextSearch" id="form_search" method="get">Search: <input name="phrase" size="12" class="searchbox" /></form></div>
<div class="smallprint"><a class="ext" href="http://validator.w3.org/check/referer">Valid XHTML</a> :: <a class="ext" href="http://jigsaw.w3.org/css-validator/check/referer">Valid CSS:</a> :: Powered by <a class="ext" href="http://wikkawiki.org/">WikkaWiki</a></div>
</div>
<!--Page was generated in 0.{int(hex_id('wk t ' + title)[:4], 16) % 9000 + 1000} seconds-->
</body>
</html>
'''
    without = [WK_SITE, today, byline, WK_SOURCE, WK_RELATED, WK_RECENT, stamp(last)] + recent + [stamp(d) for d in r_at] + \
        [w for w, _ in WK_COMMENTS] + [t for _, t in WK_COMMENTS] + rel[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- bluespice: an Abu Dhabi clinic's staff handbook on BlueSpice 3 (MediaWiki, Calumma skin), a wiki page -----------
BS_SITE = 'دليل طاقم عيادة الكورنيش'
BS_HOST = 'https://handbook.corniche-clinic.example'
BS_TODAY = 'نوبة اليوم: {date}'
BS_NAV_HEAD = 'أبواب الدليل'
BS_NAV = ['الصفحة الرئيسية', 'السياسات', 'الأقسام', 'المستجدات']
BS_RC_HEAD = 'تحريرات طرأت على الدليل'
BS_INFO_HEAD = 'Page information'
BS_AUTHOR = 'Mariam.Suwaidi'
BS_ALSO = 'وللاطلاع على الخلفية، في الدليل صفحة أقدم منها:'
BS_SOURCE = 'النص كما أوردته Sky News Arabia، أُدرج هنا لاطلاع الطاقم'
BS_EDITED = 'عدّلت مريم محتوى الصفحة في {date}'
BS_RELATED = 'صفحات يحسن الرجوع إليها معها'
BS_CATS = ['أخبار عامة', 'مواد منقولة']


def mw_date(t):
    """MediaWiki's default date format: "00:20, 12 May 2018"."""
    return f'{hm(t)}, {t.day} {EN_MONTHS[t.month - 1]} {t.year}'


def render_bluespice(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'bluespice'
    pub, draw = extra['at'], extra['draw']
    rel, rc = others[:4], extra['more'][:5]
    mod, upd_day = updates(kind, k, pub, draw, (0, 2))
    now = saved(kind, pub, draw, mod, upd_day, days=1, hours=draw['saved_hours'])
    page_name = title.replace(' ', '_')
    path = lambda t: f'{BS_HOST}/wiki/{hex_id("bs " + t)[:10]}'  # noqa: E731
    today = BS_TODAY.format(date=f'{DAYS[now.weekday()]} {gulf(now)}')
    created = f'Created: {mw_date(pub)} by {BS_AUTHOR}'
    edited = BS_EDITED.format(date=gulf(mod)) if k % 4 == 0 else ''
    lastmod = f'This page was last edited on {mod.day} {EN_MONTHS[mod.month - 1]} {mod.year}, at {hm(mod)}.' if k % 4 != 2 else ''
    also = also_line('bs-also', BS_ALSO, path(extra['also']), extra['also']) if k % 2 == 0 else ''
    body = ''.join(with_block(paras, also, 1, '<p>{}</p>\n')) + f'<p><i>{BS_SOURCE}</i></p>\n' + (f'<p><b>{edited}</b></p>\n' if edited else '')
    rc_at = moments(kind, pub, now, len(rc))[::-1]
    rc_l = ''.join(f'<li><a href="{path(t)}">{esc(t)}</a> <span class="bs-rc-time">{mw_date(d)}</span></li>' for t, d in zip(rc, rc_at))
    nav = ''.join(f'<li><a href="{BS_HOST}/wiki/{i}" class="bs-nav-item">{t}</a></li>' for i, t in enumerate(BS_NAV))
    cats = ''.join(f'<li><a href="{BS_HOST}/wiki/Category:{hex_id(c)[:6]}">{c}</a></li>' for c in BS_CATS)
    rlconf = ld_json({'wgCanonicalNamespace': '', 'wgNamespaceNumber': 0, 'wgPageName': page_name, 'wgTitle': title,
                      'wgCurRevisionId': 4000 + draw['count'], 'wgArticleId': 300 + k, 'wgIsArticle': True,
                      'wgUserName': None, 'wgPageContentLanguage': 'ar', 'wgRelevantPageName': page_name,
                      'bsgPageInfoCreated': iso_z(pub)})
    page = f'''<!DOCTYPE html>
<html class="client-nojs" lang="ar" dir="rtl">
<head>
<meta charset="UTF-8"/>
<title>{esc(title)} – {BS_SITE}</title>
<script>document.documentElement.className="client-js";RLCONF={rlconf};RLSTATE={{"site.styles":"ready","user.styles":"ready"}};</script>
<meta name="generator" content="MediaWiki 1.31.16"/>
<meta name="description" content="{esc(lead_words(paras, 20))}"/>
<meta property="og:title" content="{esc(title)}"/>
<meta property="article:published_time" content="{iso_z(pub)}"/>
{modified_meta(k, (2,), mod, '/>')}<link rel="stylesheet" href="/load.php?lang=ar&amp;modules=skins.bluespicecalumma.styles&amp;only=styles&amp;skin=bluespicecalumma"/>
</head>
<body class="mediawiki rtl sitedir-rtl mw-hide-empty-elt ns-0 ns-subject page-{hex_id(page_name)[:8]} rootpage-{hex_id(page_name)[:8]} skin-bluespicecalumma action-view">
<div class="bs-skin-calumma">
<div id="bs-header" class="navbar bs-navbar-header">
<div class="bs-logo"><a href="{BS_HOST}/wiki/Main_Page" title="{BS_SITE}">{BS_SITE}</a></div>
<div class="bs-extended-search-bar"><form action="{BS_HOST}/index.php" id="bs-extendedsearch-box"><input type="text" name="search" class="bs-extendedsearch-searchfield" placeholder="Search..." autocomplete="off"/></form></div>
<div class="bs-today">{today}</div>
<div class="bs-personal-info"><a href="{BS_HOST}/index.php?title=Special:UserLogin" class="bs-usermenu-login">Login</a></div>
</div>
<div id="sb-pri" class="sidebar-primary">
<div class="bs-nav-section"><h3 class="bs-nav-heading">{BS_NAV_HEAD}</h3><ul>{nav}</ul></div>
<div class="bs-flyout bs-recentchanges-flyout" data-flyout="recentchanges"><div class="bs-flyout-title">{BS_RC_HEAD}</div><div class="bs-flyout-content"><ul>{rc_l}</ul></div></div>
</div>
<div class="wrapper">
<div id="bs-title-section">
<div class="bs-breadcrumbs"><a href="{BS_HOST}/wiki/Main_Page">Main Page</a> / <span>{esc(title)}</span></div>
<div class="bs-page-title"><h1 id="firstHeading" class="firstHeading" lang="ar">{esc(title)}</h1></div>
<div class="bs-data-before-content"><div class="bs-pageinfo-element bs-pageinfo-created">{created}</div></div>
</div>
<div id="content" class="mw-body" role="main">
<div id="bodyContent" class="mw-body-content">
<div id="siteSub" class="noprint">From {BS_SITE}</div>
<div id="mw-content-text" lang="ar" dir="rtl" class="mw-content-rtl"><div class="mw-parser-output">
{body}
<!-- NewPP limit report
Cached time: {iso_z(now)[:-1].replace('-', '').replace('T', '').replace(':', '')}
CPU time usage: 0.0{draw['count'] % 90 + 10} seconds
-->
</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="{BS_HOST}/wiki/Special:Categories" title="Special:Categories">Categories</a>: <ul>{cats}</ul></div></div>
</div>
</div>
<div class="bs-data-after-content">
<div class="bs-similarpages"><h4>{BS_RELATED}</h4><ul>{links(rel, path)}</ul></div>
</div>
</div>
<div id="sb-sec" class="sidebar-secondary">
<div class="bs-flyout bs-pageinfo-flyout" data-flyout="pageinfo"><div class="bs-flyout-title">{BS_INFO_HEAD}</div><div class="bs-flyout-content"><ul><li>Page ID: {300 + k}</li><li>Revisions: {1 + (k % 4 in (0, 2))}</li></ul></div></div>
</div>
<div id="footer" class="bs-footer">
<ul id="footer-info">{f'<li id="footer-info-lastmod">{lastmod}</li>' if lastmod else ''}<li id="footer-info-copyright">© {now.year} {BS_SITE}</li></ul>
<ul id="footer-poweredbyico"><li><a href="https://bluespice.com">Powered by BlueSpice</a></li><li><a href="https://www.mediawiki.org/">Powered by MediaWiki</a></li></ul>
</div>
</div>
</body>
</html>
'''
    without = [BS_SITE, today, BS_NAV_HEAD, BS_RC_HEAD, created, BS_SOURCE, BS_RELATED, BS_INFO_HEAD] + \
        outside(BS_NAV + BS_CATS, paras) + rc + [mw_date(d) for d in rc_at] + rel[:2] + \
        ([edited] if edited else []) + ([lastmod] if lastmod else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- anchor: an Algiers calligrapher's blog on Anchor CMS 0.12, a post page of its default theme ----------------------
AN_SITE = 'حبر وقصبة'
AN_HOST = 'https://hibr-wa-qasaba.example'
AN_TRAY_HEAD = 'رفوف المدونة'
AN_CATEGORIES = ['خطوط', 'ورشات', 'قراءات منقولة']
AN_MONTHS_HEAD = 'شهور مضت'
AN_POSTED = 'نشرها في المدونة {date} على الساعة {time}'
AN_ALSO = 'سبق أن نقلت إلى هنا تدوينة تمهّد لهذه:'
AN_SOURCE = 'المادة منقولة بتمامها عن Al Arabiya، والعنوان عنوانها'
AN_EDITED = 'أصلحتُ بعض عبارات التدوينة الحاضرة في {date}'
AN_RELATED = 'تدوينات ترافق هذه في موضوعها'
AN_COMMENTS = [('ياسمينة', 'جزيل الامتنان يا أستاذ، أحب أن تنقل لنا ما تقرأ بين ورشة وأخرى.'),
               ('كريم من وهران', 'موضوع يستحق الوقفة، وخطك في رأس الصفحة أجمل من العنوان نفسه.'),
               ('نسيمة', 'هل ستعيد الورشة الخاصة بالخط المغربي في الربيع القادم؟')]
AN_FORM = 'أضف كلمتك هنا'
AN_FOOT = 'أوراق خطاط يقيم بالقصبة'


def en_ago(t, now):
    """Anchor's relative_time(): "3 days ago"."""
    s = int((now - t).total_seconds())
    for unit, size in (('day', 86400), ('hour', 3600), ('minute', 60)):
        if s >= size:
            n = s // size
            return f'{n} {unit}{"s" if n > 1 else ""} ago'
    return 'just now'


def render_anchor(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'anchor'
    pub, draw = extra['at'], extra['draw']
    rel = others[:4]
    mod, upd_day = updates(kind, k, pub, draw, (1, 2))
    now = saved(kind, pub, draw, mod, upd_day, days=3, hours=draw['saved_hours'])
    aid = 10 + int(hex_id('an ' + title)[:2], 16) % 80
    path = lambda t: f'{AN_HOST}/posts/{hex_id("an " + t)[:10]}'  # noqa: E731
    posted = AN_POSTED.format(date=dz(pub), time=hm(pub))
    edited = AN_EDITED.format(date=dz(mod)) if k % 4 == 1 else ''
    also = also_line('also', AN_ALSO, path(extra['also']), extra['also']) if k % 2 == 1 else ''
    body = ''.join(with_block(paras, also, 2, '<p>{}</p>\n')) + f'<p><em>{AN_SOURCE}</em></p>\n' + (f'<p><strong>{edited}</strong></p>\n' if edited else '')
    words = sum(len(p.split()) for p in paras)
    footnote = f'This article is my {aid}th oldest. It is {words} words long, and it’s got {len(AN_COMMENTS)} comments for now.'
    c_at = moments(kind, pub, now, len(AN_COMMENTS))
    ages = [en_ago(d, now) for d in c_at]
    months = month_list(pub, 5)
    month_names = [dz(m).split(' ', 1)[1] for m in months]
    cats = ''.join(f'<li><a href="{AN_HOST}/category/{hex_id(c)[:6]}" title="{c}">{c} <span>{3 + i}</span></a></li>' for i, c in enumerate(AN_CATEGORIES))
    arch = ''.join(f'<li><a href="{AN_HOST}/archive/{m.year}/{m.month:02d}">{t}</a></li>' for t, m in zip(month_names, months))
    comments = ''.join(f'<li class="comment" id="comment-{aid * 10 + i}"><div class="wrap"><h2>{who}</h2><time>{age}</time>'
                       f'<div class="content">{esc(text)}</div></div></li>\n' for i, ((who, text), age) in enumerate(zip(AN_COMMENTS, ages)))
    page = f'''<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>{esc(title)} - {AN_SITE}</title>
<meta name="description" content="{esc(lead_words(paras, 20))}">
<meta name="viewport" content="width=device-width">
<meta name="generator" content="Anchor CMS">
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{path(title)}">
<meta property="og:site_name" content="{AN_SITE}">
<meta property="article:published_time" content="{iso_local(pub)}">
{modified_meta(k, (2,), mod)}<link rel="stylesheet" href="{AN_HOST}/themes/default/css/reset.css">
<link rel="stylesheet" href="{AN_HOST}/themes/default/css/style.css">
<link rel="alternate" type="application/rss+xml" title="RSS" href="{AN_HOST}/feeds/rss">
<script src="{AN_HOST}/anchor/views/assets/js/zepto.js"></script>
</head>
<body class="article-{aid}">
<div class="main-wrap">
<div class="slidey" id="tray">
<div class="wrap">
<form id="search" action="{AN_HOST}/search" method="post"><label for="term">Search my blog:</label><input type="search" id="term" name="term" placeholder="To search, type and hit enter&hellip;" value=""></form>
<aside><b>{AN_TRAY_HEAD}</b><ul>{cats}</ul></aside>
<aside><b>{AN_MONTHS_HEAD}</b><ul>{arch}</ul></aside>
</div>
</div>
<header id="top">
<a id="logo" href="{AN_HOST}/">{AN_SITE}</a>
<nav id="main" role="navigation"><ul><li class="active"><a href="{AN_HOST}/posts" title="Posts">Posts</a></li><li><a href="{AN_HOST}/about" title="About">About</a></li><li class="tray"><a href="#tray" class="linky"><img src="{AN_HOST}/themes/default/img/categories.png" alt="Categories" title="View my posts by category"></a></li></ul></nav>
</header>
<section class="content wrap" id="article-{aid}">
<h1>{esc(title)}</h1>
<p class="meta"><time datetime="{iso_local(pub)}">{posted}</time></p>
<article>
{body}</article>
<section class="footnote">
<!-- Unfortunately, CSS means everything's got to be inline. -->
<p>{footnote} <a href="{path(title)}#comment">Why not add one?</a></p>
</section>
<section class="related-posts"><h2>{AN_RELATED}</h2><ul>{links(rel, path)}</ul></section>
</section>
<section class="comments">
<ul class="commentlist">
{comments}</ul>
<form id="comment" class="commentform wrap" method="post" action="{path(title)}#comment">
<p class="name"><label for="name">Your name:</label><input name="name" id="name" type="text"></p>
<p class="email"><label for="email">Your email address:</label><input name="email" id="email" type="text"></p>
<p class="textarea"><label for="text">Your comment:</label><textarea name="text" id="text" placeholder="{AN_FORM}"></textarea></p>
<p class="submit"><button class="btn" type="submit">Post Comment</button></p>
</form>
</section>
<footer id="bottom">
<small>&copy; {now.year} {AN_SITE}. All rights reserved. {AN_FOOT}</small>
<ul role="navigation"><li><a href="{AN_HOST}/feeds/rss">RSS</a></li><li><a href="{AN_HOST}/admin" title="Administer your site!">Admin area</a></li><li><a href="{AN_HOST}/" title="Return to my website.">Home</a></li></ul>
</footer>
</div>
</body>
</html>
'''
    without = [AN_SITE, AN_TRAY_HEAD, AN_MONTHS_HEAD, posted, AN_SOURCE, footnote, AN_RELATED, AN_FOOT] + \
        outside(AN_CATEGORIES, paras) + month_names + [w for w, _ in AN_COMMENTS] + [t for _, t in AN_COMMENTS] + ages + \
        rel[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- castopod: a Doha news-readings podcast on Castopod 1.x, an episode page whose show notes are the article ---------
CP_SHOW = 'نشرة على مهل'
CP_HOST = 'https://podcast.ala-mahal.example'
CP_HANDLE = '@ala_mahal'
CP_ABOUT_HEAD = 'عن البرنامج'
CP_ABOUT = 'نقرأ لكم كل مساء خبراً واحداً بصوت هادئ، من استوديو صغير في الدوحة'
CP_EPISODES_HEAD = 'حلقات أُذيعت قبل هذه'
CP_ALSO = 'ومن أرشيف البرنامج حلقة سابقة تصلح مدخلاً لهذه:'
CP_SOURCE = 'نص الحلقة منقول عن Sky News Arabia وتقرؤه ريم بصوتها'
CP_EDITED = 'أعدنا تسجيل مقطع من الحلقة وحدّثنا ملاحظاتها في {date}'
CP_RELATED = 'استمع إلى ما يجاور هذه الحلقة'
CP_COMMENTS_HEAD = 'ردود المستمعين من الفيديفيرس'
CP_COMMENTS = [('@nawal@mastodon.example', 'صوت ريم يجعل الأخبار الثقيلة أخف على القلب، شكراً لكم.'),
               ('@fahad@fosstodon.example', 'استمعت إليها في الطريق إلى الوكرة، حلقة موفقة.')]
CP_FOOT = 'بودكاست مستقل يُبث من الدوحة'


def render_castopod(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'castopod'
    pub, draw = extra['at'], extra['draw']
    rel, prior = others[:4], extra['more'][:4]
    mod, upd_day = updates(kind, k, pub, draw, (3, 0))
    now = saved(kind, pub, draw, mod, upd_day, days=2, hours=draw['saved_hours'])
    ep_slug = hex_id('cp ' + title)[:12]
    path = lambda t: f'{CP_HOST}/{CP_HANDLE}/episodes/{hex_id("cp " + t)[:12]}'  # noqa: E731
    number = 40 + draw['count'] % 60
    shown = en_long(pub)
    duration = f'{12 + draw["count"] % 20}:{draw["count"] % 60:02d}'
    edited = CP_EDITED.format(date=gulf(mod)) if k % 4 == 3 else ''
    also = also_line('episode-also', CP_ALSO, path(extra['also']), extra['also']) if k % 2 == 1 else ''
    notes = ''.join(with_block(paras, also, 1, '<p>{}</p>\n')) + f'<p><em>{CP_SOURCE}</em></p>\n' + (f'<p><strong>{edited}</strong></p>\n' if edited else '')
    p_at = [earlier(kind, pub, days=i + 1, hours=1) for i in range(len(prior))]
    c_at = moments(kind, pub, now, len(CP_COMMENTS))
    ages = [ar_ago(d, now) for d in c_at]
    prior_l = ''.join(f'<article class="episode-card"><a href="{path(t)}" class="font-semibold">{esc(t)}</a>'
                      f'<relative-time datetime="{iso_z(d)}" class="text-xs text-skin-muted">{en_long(d)}</relative-time></article>' for t, d in zip(prior, p_at))
    comments = ''.join(f'<article class="comment"><header><span class="font-semibold">{who}</span> '
                       f'<relative-time datetime="{iso_z(at)}" class="text-xs">{age}</relative-time></header><div class="comment-body">{esc(text)}</div></article>\n'
                       for (who, text), at, age in zip(CP_COMMENTS, c_at, ages))
    ld = {'@context': 'https://schema.org', '@type': 'PodcastEpisode', 'url': path(title), 'name': title,
          'datePublished': iso_z(pub), 'timeRequired': f'PT{duration.replace(":", "M")}S', 'description': '\n'.join(paras),
          'associatedMedia': {'@type': 'MediaObject', 'contentUrl': f'{CP_HOST}/audio/{ep_slug}.mp3'},
          'partOfSeries': {'@type': 'PodcastSeries', 'name': CP_SHOW, 'url': f'{CP_HOST}/{CP_HANDLE}'}}
    if k % 4 in (0, 3):
        ld['dateModified'] = iso_z(mod)
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="UTF-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1.0"/>
<title>{esc(title)} - {CP_SHOW}</title>
<meta name="description" content="{esc(lead_words(paras, 20))}"/>
<link rel="icon" type="image/x-icon" href="/favicon.ico"/>
<link rel="alternate" type="application/activity+json" href="{path(title)}"/>
<meta property="og:type" content="website"/>
<meta property="og:title" content="{esc(title)}"/>
<meta property="og:site_name" content="{CP_SHOW}"/>
<meta property="og:audio" content="{CP_HOST}/audio/{ep_slug}.mp3"/>
<meta property="article:published_time" content="{iso_z(pub)}"/>
{modified_meta(k, (0,), mod, '/>')}<link rel="stylesheet" href="/assets/index.css"/>
<script type="application/ld+json">{ld_json(ld)}</script>
</head>
<body class="flex flex-col min-h-screen mx-auto md:min-h-full md:grid md:grid-cols-podcast bg-base theme-pine">
<nav class="sticky top-0 z-20 flex justify-between w-full px-2 py-4 text-white col-span-full bg-header"><a href="{CP_HOST}/{CP_HANDLE}" class="inline-flex items-center"><span>{CP_SHOW}</span></a><a href="{CP_HOST}/{CP_HANDLE}/follow" class="inline-flex items-center justify-center px-4 py-2 font-semibold rounded-full">Follow</a></nav>
<header class="relative z-50 flex flex-col col-start-2 bg-cover bg-header-inverted"><div class="flex items-center gap-x-2"><img src="{CP_HOST}/media/podcasts/ala_mahal/cover_thumbnail.webp" alt="{CP_SHOW}" class="rounded-full w-16 h-16"/>
<div class="flex flex-col"><p class="text-lg font-bold">{CP_SHOW}</p><p class="text-sm">{CP_HANDLE}</p><p class="text-xs">{200 + draw['count'] % 800} followers</p></div></div></header>
<aside id="podcast-sidebar" class="sticky flex flex-col items-start col-start-3 row-span-2 gap-y-4">
<section class="about"><h2 class="font-bold font-display">{CP_ABOUT_HEAD}</h2><p>{CP_ABOUT}</p></section>
<section class="latest-episodes"><h2 class="font-bold font-display">{CP_EPISODES_HEAD}</h2>{prior_l}</section>
<footer class="text-xs text-center">© {now.year} {CP_SHOW}، {CP_FOOT}<br/>Powered by <a href="https://castopod.org/" class="underline">Castopod</a></footer>
</aside>
<main class="w-full max-w-3xl px-2 py-6 mx-auto col-start-2 md:px-4">
<header class="flex flex-col gap-y-2 episode-header">
<div class="text-sm"><span class="episode-number">Episode {number}</span> · <relative-time tense="past" datetime="{iso_z(pub)}" title="{iso_local(pub)}" class="episode-date">{shown}</relative-time> · <span class="duration">{duration}</span></div>
<h1 class="text-2xl font-bold font-display">{esc(title)}</h1>
</header>
<div class="my-4 player"><audio controls preload="none" src="{CP_HOST}/audio/{ep_slug}.mp3"></audio></div>
<section class="prose prose-sm md:prose episode-notes">
{notes}</section>
<section class="related-episodes"><h2 class="font-bold font-display">{CP_RELATED}</h2><ul>{links(rel, path)}</ul></section>
<section class="comments"><h2 class="font-bold font-display">{CP_COMMENTS_HEAD}</h2>
{comments}</section>
</main>
</body>
</html>
'''
    without = [CP_SHOW, CP_HANDLE, CP_ABOUT_HEAD, CP_ABOUT, CP_EPISODES_HEAD, shown, CP_SOURCE, CP_RELATED, CP_COMMENTS_HEAD,
               CP_FOOT] + prior + [en_long(d) for d in p_at] + [w for w, _ in CP_COMMENTS] + [t for _, t in CP_COMMENTS] + \
        ages + rel[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- opensocial: a Muscat volunteers' community on Open Social (Drupal), a topic page with its hero and comments -------
OS_SITE = 'ملتقى متطوعي مسقط'
OS_HOST = 'https://community.muscat-volunteers.example'
OS_NAV = ['استكشف', 'المجموعات', 'الفعاليات', 'المواضيع']
OS_TYPE = 'مدونة'
OS_AUTHOR = 'سالم الحارثي'
OS_ALSO = 'وكنا قد طرحنا في الملتقى موضوعاً يمهد لهذا:'
OS_SOURCE = 'أوردنا نص France 24 بلا تصرف، ليتناقش فيه المتطوعون'
OS_EDITED = 'حرّر سالم الموضوع وأضاف إليه في {date}'
OS_RELATED = 'مواضيع يجمعها بهذا وسم واحد'
OS_EVENTS = 'فعاليات قادمة للمتطوعين'
OS_EVENT_NAMES = ['حملة تنظيف شاطئ القرم', 'يوم التبرع بالدم في بوشر', 'تدريب على إنعاش القلب في الخوض']
OS_LATEST = 'أحدث ما طرحه الأعضاء'
OS_COMMENTS_HEAD = 'التعليقات'
OS_COMMENTS = [('عائشة البلوشية', 'موضوع في وقته، وأرى أن نفرد له جلسة في لقائنا الشهري بالخوير، فكثير من الأعضاء '
                                  'لم يطلعوا على تفاصيله بعد، والنقاش المباشر يفتح أبواباً لا تفتحها القراءة وحدها.'),
               ('خالد الرواحي', 'شكراً يا سالم. نقل أمين، وأتمنى أن نصل أخباراً كهذه بما يمكن أن يفعله المتطوع هنا '
                                'في عمان، ولو بخطوة صغيرة، حتى لا يبقى الخبر مجرد قراءة عابرة.'),
               ('مريم الهنائية', 'قرأته مرتين، وأرسلته إلى فريق الطالبات في الجامعة، فهن يحضرن عرضاً عن مثل هذه القضايا.')]
OS_FOOT = 'منصة مجتمعية لمتطوعي سلطنة عمان'


def os_date(t):
    return f'{t.day} {GULF_MONTHS[t.month - 1]} {t.year} - {hm(t)}'


def render_opensocial(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'opensocial'
    pub, draw = extra['at'], extra['draw']
    rel, latest = others[:4], extra['more'][:4]
    mod, upd_day = updates(kind, k, pub, draw, (0, 2))
    now = saved(kind, pub, draw, mod, upd_day, days=2, hours=draw['saved_hours'])
    nid = 1000 + int(hex_id('os ' + title)[:3], 16) % 3000
    path = lambda t: f'{OS_HOST}/node/{1000 + int(hex_id("os " + t)[:3], 16) % 3000}'  # noqa: E731
    relative = k % 4 == 3
    shown = ar_ago(pub, now) if relative else os_date(pub)
    dt = iso_z(pub) if relative else iso_local(pub)
    edited = OS_EDITED.format(date=gulf(mod)) if k % 4 == 0 else ''
    also = also_line('os-also', OS_ALSO, path(extra['also']), extra['also']) if k % 2 == 0 else ''
    body = ''.join(with_block(paras, also, 1, '<p>{}</p>\n')) + f'<p><em>{OS_SOURCE}</em></p>\n' + (f'<p><strong>{edited}</strong></p>\n' if edited else '')
    c_at = moments(kind, pub, now, len(OS_COMMENTS))
    ages = [ar_ago(d, now) for d in c_at]
    e_at = [later(kind, now, days=3 + 4 * i, hours=i) for i in range(len(OS_EVENT_NAMES))]
    l_at = moments(kind, pub, now, len(latest))[::-1]
    nav = ''.join(f'<li><a href="{OS_HOST}/{i}" class="nav-link">{t}</a></li>' for i, t in enumerate(OS_NAV))
    events = ''.join(f'<div class="card__block teaser--small"><a href="{OS_HOST}/events/{i}">{t}</a><div class="teaser__content-text">{gulf(d)}</div></div>'
                     for i, (t, d) in enumerate(zip(OS_EVENT_NAMES, e_at)))
    lat = ''.join(f'<div class="card__block teaser--small"><a href="{path(t)}">{esc(t)}</a><div class="teaser__content-text">{os_date(d)}</div></div>'
                  for t, d in zip(latest, l_at))
    comments = ''.join(f'<div class="comment js-comment" id="comment-{nid * 3 + i}"><div class="comment__avatar"><img src="/sites/default/files/avatar-{i}.png" alt=""/></div>'
                       f'<div class="comment__content"><div class="comment__author"><a href="{OS_HOST}/user/{40 + i}">{who}</a></div>'
                       f'<div class="comment__metadata"><time datetime="{iso_z(at)}">{age}</time></div>'
                       f'<div class="comment__text">{esc(text)}</div></div></div>\n' for i, ((who, text), at, age) in enumerate(zip(OS_COMMENTS, c_at, ages)))
    settings = ld_json({'path': {'baseUrl': '/', 'currentPath': f'node/{nid}', 'currentLanguage': 'ar', 'isFront': False},
                        'ajaxPageState': {'theme': 'socialblue', 'libraries': 'socialbase/base,socialblue/brand'},
                        'user': {'uid': 0}, 'socialbase': {'nodeId': nid}})
    script = ('<script>document.querySelectorAll("time.os-ago").forEach(function(el){el.textContent=Drupal.formatTimeDiffSince(el.dateTime);});</script>\n'
              if relative else '')
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl" prefix="content: http://purl.org/rss/1.0/modules/content/ dc: http://purl.org/dc/terms/ og: http://ogp.me/ns# schema: http://schema.org/">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 8 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta name="description" content="{esc(lead_words(paras, 20))}" />
<meta property="og:title" content="{esc(title)}" />
<meta property="og:type" content="article" />
<meta property="article:published_time" content="{dt}" />
{modified_meta(k, (2,), mod, ' />')}<title>{esc(title)} | {OS_SITE}</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_socialblue.css" />
</head>
<body class="path-node page-node-type-topic socialblue--sky">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<nav class="navbar navbar-default navbar-fixed-top" role="banner"><div class="container"><a class="navbar-brand" href="{OS_HOST}/">{OS_SITE}</a>
<ul class="nav navbar-nav">{nav}</ul><ul class="nav navbar-nav navbar-user"><li><a href="{OS_HOST}/user/login">تسجيل الدخول</a></li></ul></div></nav>
<section class="hero-section"><div class="cover"><div class="cover-wrap">
<header class="page-title"><span class="badge badge--large">{OS_TYPE}</span><h1 class="page-title">{esc(title)}</h1></header>
<div class="hero-footer"><div class="hero-footer__text"><span class="hero-footer__author"><a href="{OS_HOST}/user/12">{OS_AUTHOR}</a></span> · <time class="{'os-ago' if relative else 'os-date'}" datetime="{dt}">{shown}</time></div></div>
</div></div></section>
<main id="content" class="main-container container" role="main">
<section class="layout--with-complementary">
<div class="region--content">
<a id="main-content" tabindex="-1"></a>
<article class="card node--topic node--full" data-history-node-id="{nid}">
<div class="card__body"><div class="body-text clearfix">
{body}</div></div>
<div class="card__actionbar"><div class="vote-widget">{3 + draw['count'] % 40} likes</div></div>
</article>
<section id="comments" class="card"><h3 class="card__title">{OS_COMMENTS_HEAD}</h3><div class="card__body">
{comments}</div></section>
</div>
<aside class="region--complementary" role="complementary">
<div class="card block-related"><h3 class="card__title">{OS_RELATED}</h3><div class="card__body"><ul>{links(rel, path)}</ul></div></div>
<div class="card block-events"><h3 class="card__title">{OS_EVENTS}</h3>{events}</div>
<div class="card block-latest"><h3 class="card__title">{OS_LATEST}</h3>{lat}</div>
</aside>
</section>
</main>
<footer class="site-footer"><div class="container"><p>© {now.year} {OS_SITE} · {OS_FOOT}</p><p>Powered by <a href="https://www.getopensocial.com">Open Social</a></p></div></footer>
</div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{settings}</script>
{script}</body>
</html>
'''
    without = [OS_SITE, OS_TYPE, OS_AUTHOR, shown, OS_SOURCE, OS_COMMENTS_HEAD, OS_RELATED, OS_EVENTS, OS_LATEST, OS_FOOT] + \
        outside(OS_NAV, paras) + OS_EVENT_NAMES + [gulf(d) for d in e_at] + latest + [os_date(d) for d in l_at] + \
        [w for w, _ in OS_COMMENTS] + [t for _, t in OS_COMMENTS] + ages + rel[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


RENDER = {kind: spaced(fn) for kind, fn in (('postnuke', render_postnuke), ('moinmoin', render_moinmoin),
                                             ('wikka', render_wikka), ('bluespice', render_bluespice),
                                             ('anchor', render_anchor), ('castopod', render_castopod),
                                             ('opensocial', render_opensocial))}
render = with_null_update(renderer(RENDER, 'templates_set65.py', 65))  # updated: null where none is declared


# --- the corpus and the driver ----------------------------------------------------------------------------
MS_SOURCES = ('Alarabia', 'SkyNews', 'France24')
# Named by a label of tests/segmenter/labels, tests/html/labels or ../shared/eval/dev, or listed by a segmenter blind
# draw (tests/segmenter/blind*-draw.txt), when this set was written, beyond what set 62's MS_LEFT_OUT holds (a name
# without its date stands for every record of that prefix). Frozen.
LABEL_NAMED = {
    'multisource': ('AL-economy-1011', 'AL-economy-774', 'AL-economy-774-20180607', 'AL-sport-145', 'AL-sport-2034',
                    'AL-sport-274-20180226', 'FR-internationalNews-1205', 'FR-internationalNews-1205-20180512',
                    'FR-middleEast-122', 'FR-middleEast-433', 'FR-middleEast-895', 'SK-economy-168',
                    'SK-economy-168-20180318', 'SK-internationalNews-3495', 'SK-middleEast-765',
                    'SK-middleEast-765-20180404', 'SK-technology-1472-20180912')}
# The records set 62 (the last set to read these channels) built its pages around, read off its pick_articles() when
# this set was written; the earlier sets' are in set 62's MS_LEFT_OUT (sets 63 and 64 read no multisource channel).
EARLIER_SETS_READ = {
    'multisource': ('SK-technology-1356-20180818', 'SK-sport-1349-20180527', 'SK-economy-1445-20181014',
                    'SK-middleEast-1618-20180512', 'AL-internationalNews-396-20180307', 'AL-economy-758-20180606',
                    'AL-sport-32-20180217', 'AL-internationalNews-42-20180216', 'FR-internationalNews-2007-20180625',
                    'FR-internationalNews-2027-20180627', 'FR-middleEast-925-20180813',
                    'FR-internationalNews-2061-20180629', 'SK-middleEast-1637-20180512',
                    'SK-internationalNews-1503-20180510', 'SK-sport-1394-20180530', 'SK-technology-1380-20180902',
                    'AL-sport-340-20180301', 'AL-economy-764-20180606', 'AL-internationalNews-442-20180312',
                    'AL-culture-591-20180716', 'SK-internationalNews-1541-20180512', 'SK-middleEast-1694-20180514',
                    'SK-economy-1458-20181016', 'SK-sport-1420-20180601', 'FR-internationalNews-2079-20180630',
                    'FR-internationalNews-2128-20180703', 'FR-internationalNews-2171-20180705',
                    'FR-internationalNews-2183-20180706')}
MS_LEFT_OUT = frozenset(set62.MS_LEFT_OUT) | frozenset(LABEL_NAMED['multisource'] + EARLIER_SETS_READ['multisource'])


def ms_left_out(base):
    """A multisource record left out: by its full name (without ".txt") or by its name without the date."""
    stem = base[:-4] if base.endswith('.txt') else base
    return stem in MS_LEFT_OUT or stem.rsplit('-', 1)[0] in MS_LEFT_OUT


def records(corpus):
    """{'Alarabia': [...], 'SkyNews': [...], 'France24': [...]}: the multisource TREC records of each channel in sorted
    path order as sets 56, 60 and 62 read them; the left-out ones left out."""
    out = {}
    for src in MS_SOURCES:
        recs = trec_records(corpus, MS_FOLDER, (src,), set())
        recs = [r for r in recs if not ms_left_out(os.path.basename(r['name']))]
        for r in recs:
            r['folder'] = os.path.basename(r['folder'])
        out[src] = recs
    return out


def article_of(rec, source):
    """(name, title, paragraphs) when the record is an article (see the docstring), else None."""
    return set31_article_of(rec, source)


def pick_articles(sources, per_kind):
    """The pages' articles (templates_set24.pick_from_folders(); no kind's text is capped)."""
    return pick_from_folders(sys.modules[__name__], sources, per_kind, article_of, None, 0)


def page_time(n, kind, k, rec):
    """Page n's local publication time and the page's other draws (see the docstring)."""
    rng = random.Random(f'templates_set65 page {n}')
    first, last = datetime.date(2018, 1, 1), datetime.date(2018, 12, 31)
    drawn_day = first + datetime.timedelta(days=rng.randrange((last - first).days + 1))
    clock = (rng.randrange(7, 23), rng.randrange(60))
    draw = {'update': {'days': rng.randint(1, 2), 'hours': rng.randint(1, 9), 'minutes': rng.randint(5, 55)},
            'saved_hours': rng.randint(3, 9), 'saved_minutes': rng.randrange(60), 'count': rng.randint(300, 9000)}
    when = rec.get('when')
    if isinstance(when, datetime.datetime):
        local = in_zone(kind, when)
    else:
        local = zone(kind, datetime.datetime.combine(drawn_day, datetime.time(*clock)))
    if (kind, k) in MOVED:
        h, m = MOVED[kind, k]
        local = zone(kind, local.replace(tzinfo=None, hour=h, minute=m, second=0))
        if local.astimezone(UTC).date() >= local.date():
            raise SystemExit(f'templates_set65: {kind}-{k}: not the day before in UTC')
    return local, draw


def wording_problems():
    """templates_set21's wording check of this file against make_templates.py, templates_set5..64.py and
    templates_set66.py where it exists."""
    earlier_sets = ['make_templates.py'] + [f'templates_set{i}.py' for i in range(5, 65)]
    if os.path.exists(os.path.join(HERE, 'templates_set66.py')):
        earlier_sets.append('templates_set66.py')
    return set21_wording(os.path.basename(__file__), earlier_sets)


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    wording = '--wording' in argv
    code = run_set(sys.modules[__name__], [a for a in argv if a != '--wording'],
                   f'{MS_FOLDER}/Alarabia, SkyNews, France24', 20261265, 24, 65, relabel)
    if wording:
        problems = wording_problems()
        for problem in problems:
            print(f'templates_set65: {problem}', file=sys.stderr)
        if problems:
            print(f'{len(problems)} wording problems')
            return 1
    return code


if __name__ == '__main__':
    sys.exit(main())
