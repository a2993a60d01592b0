#!/usr/bin/env python3
"""Sealed HTML template set 16 (issue 14): seven more kinds of Arabic news pages, labelled by construction.

Written by a helper who did not change the HTML extractor's rules, did not read them (src/, include/,
data/markers.txt), and never ran akhbar on these pages: their first score, taken once after the session's rules
are merged, measures the rules on templates nobody looked at while writing them. None of these kinds is in
make_templates.py or templates_set5..15.py (a hosted newsletter post, a Drupal 10 theme, a shop's blog, a
professional network's article, an Odoo blog, a Google Sites page, a Squarespace blog item), and every chrome
sentence is new wording (no chrome constant of the earlier sets is imported; the wording was checked automatically
against the earlier sets' files: no run of three Arabic words or more of a string of this file, docstrings aside,
appears in their string constants, docstrings included). The articles are Aljazeera's and Misbar's stories (the
nahla-scraper split files), which carry no date: every page gets a day of 2019-2023 and a time of day drawn from a
generator seeded by its number, made local in the kind's own time zone. The kinds vary where the dates come from
(English "Mar 14, 2023" or yearless "Mar 14" beside a NewsArticle JSON-LD with "+00:00" and a preloads blob in UTC,
Drupal's "medium" format with its month first ("ثلاثاء, 03/14/2023 - 10:05") in a <time datetime> in UTC,
Shopify's <time datetime> in UTC under a local date, a network's Article JSON-LD in UTC with milliseconds beside
an Arabic, a relative or an English line, Odoo's zone-less UTC "YYYY-MM-DD HH:MM:SS" Open Graph times, dates typed
by a municipality's editor in Tunisian month names or in French, Squarespace's "M/D/YY" or Levantine dates beside
its "+0200" microdata and JSON-LD and epoch milliseconds; and dates that are not the article's: an embedded older
post, readers' comments, later posts and wires, coming events, a page's last-edit stamp, municipal notices, an
archive's months) and how the related list is shaped (a Drupal Views block with dates, a shop's section of cards,
an Odoo dynamic snippet, an editor's bold line or <h3> over a bulleted list of links, a Squarespace summary block
inside the post's column or in a section after it), and each carries lists that look related but are not (a
newsletter's latest posts, more by the writer, trending posts, topic pills, latest news, coming events, quick
links, new books and best sellers, the most commented posts, the latest posts, "read next", previous and next
items, a municipality's notices and the news pages in its menu).

  substack     a Kuwaiti writer's newsletter post on Substack (+03:00): English chrome (Subscribe, Sign in, Share,
               "Discussion about this post", "Ready for more?", the footer's "Substack is the home for great
               culture"), the post-header's h1, on even pages an issue line as the subtitle <h3>, the byline and
               the date "Aug 20, 2021" (page 3: "Jul 4" without the year, Substack's form for the current year), the
               like, comment and restack counters above and below the body; the body in div.body.markup with the
               writer's Arabic subscription widget after the second paragraph, an embedded post card of an older
               issue (dated 23 or 37 days before) after the third on even pages (read-also: after an "اقرأ أيضاً
               ..." line on page 0, bare on page 2); a NewsArticle JSON-LD with "+00:00" times and
               window._preloads (JSON.parse of a JSON string) with post_date and updated_at in UTC; page 2 is
               published at 01:20 Kuwait time, the day before in UTC (the label keeps the local date); odd pages
               edited later, declared only in dateModified and updated_at (1 day 3 h 10 later on page 1, 6 h 40
               later on page 3: the updated date); readers' comments 9 h to 2 days later (not the article), the
               publication's latest posts under Latest/Top/Discussions tabs, dated the following weeks (not related)
  olivero      a Libyan university's news portal on Drupal 10 with the Olivero theme (+02:00): the skip link,
               site branding and slogan, the primary-nav menu, the narrow search form, the language switcher,
               visually-hidden block titles, the breadcrumb, h1.page-title around the title field, node__meta
               "بواسطة" and the created field as Drupal's timestamp formatter writes it (<time datetime> in UTC
               with "Z", the long date in its title attribute): the "medium" format with the month first
               ("أربعاء, 04/19/2023 - 13:36") on pages 0 and 1, the long format on page 2 (published at 00:50
               local, the day before in UTC), "dd/mm/yyyy" on page 3; the Metatag module's article:published_time
               on pages 0, 1 and 3 and article:modified_time on odd pages (the updated date: 1 day 1 h 25 later
               on page 1, also shown in a changed field "تاريخ مراجعة الخبر"; 3 h 20 later on page 3, declared
               only there); the body field with the lead's place dateline in <strong>, an inline "اقرأ أيضاً:"
               paragraph after the second paragraph on odd pages (read-also); tags; the Views block "أخبار جامعية
               ذات صلة" with earlier month-first dates under the article (related), "الأكثر تصفحاً من أخبار
               البوابة" (related, a most-read box), "جديد بوابة الجامعة" dated the next days (latest: not
               related), "مواعيد وفعاليات مقبلة" with coming events in dd/mm/yyyy (not related, not its date),
               quick links, the address, copyright and powered-by lines
  shopify      an Emirati bookshop's blog on Shopify with the Dawn theme (+04:00): content_for_header scripts
               (Shopify.theme, ShopifyAnalytics meta), the announcement bar, the header menu and icons with
               visually-hidden labels, the article-template hero image, h1.article-template__title, the date as
               Dawn's time_tag (<time datetime> in UTC with "Z") under a local "4 يونيو 2021", "يونيو 8, 2019"
               (page 1) or "13/05/2019" (page 3); page 2 is published at 02:10 local, the day before in UTC; odd
               pages carry an Article JSON-LD whose dateModified is later (1 day 30 min on page 1, 5 h on page 3:
               the updated date, declared there only); the share button, the rte body with an inline "اقرأ كذلك
               في مدونة الدار:" paragraph after the second paragraph on even pages (read-also), the back link,
               two readers' comments dated the next days (even pages) and the comment form with its moderation
               note; the section "تدوينات لها صلة بهذا الموضوع" of article cards with earlier dates (related),
               "الأكثر قراءة في المدونة" numbered (related, a most-read box), "وصل حديثاً إلى رفوف الدار" and
               "الأكثر مبيعاً هذا الشهر" product grids of books with prices and add-to-cart buttons (not related),
               the newsletter form, policy links and the powered-by line
  pulse        an article on a professional network's guest view, LinkedIn-like (UTC): the skip link, the search
               bar, the menu and the join and sign-in buttons, the cover image, h1.pulse-title, the author card
               (name, job headline, followers, follow button), the date line: "نُشر في 11 يونيو 2022" (page 0),
               a relative "نُشر قبل 5 أيام" and "· مُعدَّل" with no date (page 1), "Published Dec 27, 2020" in
               English (page 2), "نُشر في ..." and "· عُدّل في ..." (page 3); an Article JSON-LD in UTC with
               milliseconds on every page (dateModified 2 days 4 h later on page 1 and 2 days 1 h 15 later on page
               3: the updated date; equal elsewhere); the text in two publishing-text-block <div>s around an image
               block, an inline "اقرأ أيضاً: <a>" paragraph on page 2 (read-also); reaction and comment counts,
               two members' comments with relative ages, a sign-in prompt; "مقالات أخرى كتبها ..." (more by the
               writer: not related), "تصفّح مواضيع أخرى" topic pills, "رائج بين أعضاء الشبكة" with reaction
               counts (trending: not related), a sign-in modal in a hidden <div>, the footer; no related list
  odoo         a Bahraini business association's blog on Odoo 17's website_blog (+03:00): the odoo and
               __session_info__ scripts, the navbar with the language selector and a call-to-action button, the
               blog post cover with h1#o_wblog_post_name, the body in div.o_wblog_post_content_field (the lead's
               dateline in <strong> on even pages), an inline "طالع أيضاً:" paragraph after the second paragraph
               on pages 1 and 2 (read-also), "منشور في" and the blog's name; the sidebar's author with the date
               in Babel's "MMM d, yyyy" ("فبراير 7, 2023"; "dd/mm/yyyy" on page 2); article:published_time and
               article:modified_time as Odoo writes them, in UTC with no zone ("2023-02-06 22:40:00", the
               modification with microseconds): page 1 is published at 01:40 local, the day before in that UTC
               form; the modification time is 7 s after the publication except on page 0 (2 days 5 h 12 later,
               declared there only) and page 3 (1 day 2 h 40 later, also in an editor's note at the end of the
               text: "ملاحظة المحرر: حُدّث هذا المنشور في ..."; the updated date); a Blog Posts dynamic snippet
               "منشورات متصلة بالموضوع" with earlier dates after the text (related), "الأكثر مشاهدة في المدونة"
               with view counts (related, a most-read box), "الأكثر تعليقاً من الأعضاء" with comment counts
               (most commented: not related), "أحدث ما نشرته الجمعية" dated after the article (latest: not
               related), tags, the archive <select> of months, "اقرأ التالي" with the next post (not related), the
               footer, the cookies bar
  gsites       a Tunisian municipality's news page on Google Sites (+01:00): jscontroller/jsaction attributes and
               obfuscated class names, two skip links, the site's header and navigation (the news pages of the
               "الأخبار" menu in a hidden dropdown), the search box, the banner section with the <h1>, then one
               <section> per text box, every paragraph a <p class="zfr3Q CDt4Ke"> holding a span: first a date box
               typed by the editor ("الجمعة 6 أوت 2021" with the Tunisian month names on page 0; "Publié le 8
               septembre 2021" and "Mis à jour le 9 septembre 2021 à 19h33" in French on page 1; "وادي الزيتون
               في 22-10-2023" on page 2; "نُشر يوم ..." and "آخر تحيين للخبر: ..." on page 3: the updated dates
               of pages 1 and 3), the text in two boxes around an image and its caption box, an inline "اقرأ
               أيضا:" line whose link holds a span on page 2 (read-also); no meta date, no JSON-LD; the page's
               last-edit time as epoch milliseconds in data-last-updated-at-time, 9 days after the article or its
               update (not labelled); "أخبار البلدية المتصلة بالموضوع" as an <h3> (even pages) or a bold line
               (odd pages) over a bulleted list of links (related), "بلاغات وإعلانات" with dates days later (not
               related, not its date), the municipality's address and opening hours, Google's site-info menu in a
               hidden <div>
  squarespace  a Lebanese cultural foundation's news on Squarespace 7.1 (Beirut time): the "This is
               Squarespace." comment, Static.SQUARESPACE_CONTEXT (the item's publishOn and updatedOn in epoch
               milliseconds, the site's zone), itemprop datePublished and dateModified metas and an Article JSON-LD
               in local time with a colon-less offset ("+0300"), the announcement bar, the header with its donate
               button; blog-item meta above the title: the category and <time datetime="YYYY-MM-DD"> whose text is
               "8/19/23" (M/D/YY, pages 0 and 2), "16 تشرين الأول 2023" (page 1) or "30 حزيران" without the year
               (page 3); page 2 is published at 00:30 local, the day before in the epoch milliseconds; the body in
               sqs-block html-blocks around an image block with its caption, an inline "طالع أيضاً:" paragraph on
               odd pages (read-also), on page 3 an italic editor's note "أُضيفت إلى هذا الخبر تفاصيل جديدة في ..."
               (the updated date, also in dateModified), on page 1 a dateModified 1 day 2 h later (the updated
               date, declared only there); the summary block "قصص على صلة بهذا الخبر" with yearless earlier dates
               and "تابع القراءة ←" links (related: inside the post's column on even pages, in a page section
               after the item on odd pages), the author's bio, the previous and next items with their titles in
               <h2>s (not related), the summary block "جديد المؤسسة" dated after the article (latest: not
               related), the newsletter block, the footer

Labels (the format of tests/html/labels): title (the <h1>), published (the local date in the kind's time zone),
updated (the local date, where the page shows or declares an update of the article: 14 of the 28 pages),
body_with = the opening of each paragraph, body_without = visible chrome texts and other stories' headlines,
read_also, related (headed related and most-read lists only). A lead's place dateline ("القدس المحتلة- ...",
"نابلس- ...") is metadata, not body, as the development set labels it: the opening starts after it.

Articles: not the corpora of the earlier sets (SaudiNewsNet, ant-jawharafm, ant-multisource) but the files
CORPUS/nahla-scraper/split/nahla_aljazeera_*.txt and nahla_misbar_*.txt (plain text: the title on the first line,
then the text), sorted by name, Aljazeera's first. Every file that a label in tests/segmenter/labels/*.json named
in its "file" value when the set was written, and the one ../shared/eval/dev labels, is left out (SEGMENTER_NAMED
and DEV_NAMED, frozen, so that later labels do not shift the set), and so is a later file with the title of an
earlier one. These scrapes run an article's paragraphs together on one line (a few keep line breaks), so a file's
paragraphs are its lines of 12 words or more where it has three such lines, and otherwise the sentences of its
first text line (cut after ".", "!" or "؟" and any closing quote before a space, not at ".." nor after a
one-letter word such as "د."; a sentence under 12 words joined to the next one); Aljazeera's follow prompt "تابع
الجزيرة نت على:" at the end is cut off, and the paragraphs stop before a quoted social post (a tweet's link, a
URL, a handle, a hashtag or an emoji: the claim a Misbar fact-check quotes) or a repeated paragraph. A file is an
article when its title has 3 to 20 words, it has at least 3 such paragraphs (the page takes the first 8), none of
its lines holds "اقرأ", "إقرأ", "للمزيد" or "قد يهمك", and its lead does not open with a credit ("ترجمة وتحرير:
..."; where the credit ends is not in the text). Page n (counted over the whole set, kinds in the order above)
takes the next article of source n mod 2 (Aljazeera, Misbar), or of the other source when that one has none left:
Misbar's files are mostly a claim and the post it quotes, or carry a verdict ("مضلل") as their title line, so only
4 are articles (substack-1 and -3, olivero-1 and -3), and the other 24 pages are Aljazeera's. The page's local
time is drawn by random.Random("templates_set16 page N"): a day of 2019-01-01 to 2023-12-31 and a time from 07:00
to 22:59 in the kind's zone (Beirut's +02:00 or summer +03:00 for the foundation), except substack-2 (01:20),
olivero-2 (00:50), shopify-2 (02:10), odoo-1 (01:40) and squarespace-2 (00:30), for their UTC traps; the label's
published date is that local date. Other stories' headlines (related, latest and the like) are the titles of the
files that follow the page's article in the same order, wrapping around (any title of 3 to 20 words without such
a marker, the left-out files and the article's own title excepted): the first 11 shuffled, then the rest in order;
the embedded post's snippet is the opening of that file's text.

Usage: templates_set16.py OUT_DIR [--corpus DIR] [--per-kind 4] [--kinds a,b]
writes OUT_DIR/pages/KIND-N.html and OUT_DIR/labels/KIND-N.json, checks every labelled text against the
page's visible text with templates_set5's check() (templates_set12.write_page()), checks with templates_set9's
link check that every read-also and related title is the whole text of a link and that each label has the keys and
types ../shared/eval/score.py reads, and with templates_set10's balance check that every non-void element is
closed in order (templates_set10.renderer() runs those two); fails if any check does. The pages' text was also
compared with headless Chromium's document.body.innerText once while writing them (every labelled text is in it).
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
from templates_set5 import DAYS, FRENCH_MONTHS, GULF_MONTHS, LEVANT_MONTHS, esc, opening  # noqa: E402
from templates_set10 import renderer  # noqa: E402
from templates_set12 import set_arguments, epoch_ms, pick_articles as shared_pick_articles, TN_MONTHS, write_page  # noqa: E402
from templates_set15 import beirut, hm, iso_local, iso_ms_z, iso_z, opening_words, outside, upd_of  # noqa: E402

KINDS = ('substack', 'olivero', 'shopify', 'pulse', 'odoo', 'gsites', 'squarespace')
# Hours east of UTC; None: Beirut's zone (+02:00, or +03:00 in summer).
TZ_HOURS = {'substack': 3, 'olivero': 2, 'shopify': 4, 'pulse': 0, 'odoo': 3, 'gsites': 1, 'squarespace': None}
CORPUS_FOLDER = 'nahla-scraper/split'
SOURCES = ('aljazeera', 'misbar')
MARKERS = ('اقرأ', 'إقرأ', 'للمزيد', 'قد يهمك')
EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
# Drupal's Arabic abbreviations of the weekdays (date.weekday() order).
SHORT_DAYS = ['اثنين', 'ثلاثاء', 'أربعاء', 'خميس', 'جمعة', 'سبت', 'أحد']


def zone(kind, naive):
    """`naive` (a local wall-clock time) made aware in the kind's zone."""
    hours = TZ_HOURS[kind]
    if hours is not None:
        return naive.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=hours)))
    for off in (3, 2):
        t = naive.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off)))
        if beirut(t.astimezone(datetime.timezone.utc)).utcoffset() == datetime.timedelta(hours=off):
            return t
    return naive.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=2)))


def at(extra):
    """The page's local publication time."""
    return extra['at']


def moved(kind, pub, hour, minute):
    """The same local day at another clock time (for the pages whose UTC date is the day before)."""
    return zone(kind, pub.replace(tzinfo=None, hour=hour, minute=minute, second=0))


def later(kind, t, **delta):
    """A local time `delta` after `t`, in the kind's zone (Beirut's offset may change on the way)."""
    u = (t + datetime.timedelta(**delta)).astimezone(datetime.timezone.utc)
    return beirut(u) if TZ_HOURS[kind] is None else u.astimezone(t.tzinfo)


def en_date(t, year=True):
    return f'{EN_MONTHS[t.month - 1]} {t.day}, {t.year}' if year else f'{EN_MONTHS[t.month - 1]} {t.day}'


def ar_date(t):
    return f'{t.day} {GULF_MONTHS[t.month - 1]} {t.year}'


def lv_date(t, year=True):
    return f'{t.day} {LEVANT_MONTHS[t.month - 1]}' + (f' {t.year}' if year else '')


def dmy(t, sep='/'):
    return f'{t.day:02d}{sep}{t.month:02d}{sep}{t.year}'


def iso_plus(t):
    """UTC as '+00:00'."""
    return t.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%S+00:00')


def iso_compact(t):
    """Local time with a colon-less offset ('+0200'), as Squarespace writes it."""
    return t.strftime('%Y-%m-%dT%H:%M:%S%z')


def naive_utc(t, micro=None):
    """Odoo's form of a stored datetime: UTC without a zone ('2023-03-14 07:05:00'), with microseconds if given."""
    s = t.astimezone(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M:%S')
    return f'{s}.{micro:06d}' if micro is not None else s


DATELINE = re.compile(r'^([^\s\-\u2013\u2014,\u060c.:"\u00ab]+(?: [^\s\-\u2013\u2014,\u060c.:"\u00ab]+){0,2}) ?[-\u2013\u2014]\s+')


def split_dateline(p):
    """(dateline, rest) for a lead that opens with a place dateline ("القدس المحتلة- ..."), else ('', p)."""
    m = DATELINE.match(p)
    if m and len(p[m.end():].split()) >= 8:
        return p[:m.end()], p[m.end():]
    return '', p


def lead_html(p, bold=False):
    """A paragraph's inner HTML, a lead's dateline in <strong> where asked."""
    dl, rest = split_dateline(p)
    if dl and bold:
        return f'<strong>{esc(dl.strip())}</strong> {esc(rest)}'
    return esc(p)


# --- substack: a Kuwaiti writer's newsletter post on Substack -------------------------------------------------
SB_PUB = 'دفتر الخليج'
SB_HOST = 'https://daftar.substack.example'
SB_AUTHOR = 'دلال الفهد'
SB_HANDLE = 'dalalfahad'
SB_ABOUT = 'رسالة كل أحد عمّا لا تقوله العناوين، تُكتب من الكويت وتُقرأ في المنطقة كلها'
SB_ISSUE = 'العدد {n} من الدفتر: قراءة هادئة في خبر الأسبوع'
SB_CTA = 'شكراً لوصولك إلى هنا! الاشتراك في الدفتر مجاني، وبه تصلك رسالتي التالية فور صدورها.'
SB_ALSO = 'اقرأ أيضاً من أرشيف الدفتر'
SB_COMMENTS = [('نواف العتيبي', 'تحليل متوازن كعادتك، وكنت أتمنى لو توسعتِ قليلاً في خلفية القصة'),
               ('Reem A.', 'قرأت الرسالة مع فنجان الصباح وأرسلتها لزميلاتي في العمل'),
               ('مشاري', 'سؤال للكاتبة: هل ننتظر متابعة لهذا الملف في العدد المقبل؟')]
SB_UI = {'subscribe': 'Subscribe', 'signin': 'Sign in', 'share': 'Share', 'home': 'Home', 'archive': 'Archive',
         'about': 'About', 'discussion': 'Discussion about this post', 'comments': 'Comments', 'restacks': 'Restacks',
         'write': 'Write a comment...', 'ready': 'Ready for more?', 'email': 'Type your email...', 'latest': 'Latest',
         'top': 'Top', 'discussions': 'Discussions', 'readmore': 'Read full story', 'like': 'Like', 'reply': 'Reply',
         'privacy': 'Privacy', 'terms': 'Terms', 'notice': 'Collection notice', 'start': 'Start writing',
         'app': 'Get the app', 'footer': 'Substack is the home for great culture'}


def render_substack(art, others, extra, day, slug, k):
    _, title, paras = art
    latest = others[:4]
    odd = k % 2 == 1
    kind = 'substack'
    pub = at(extra)
    if k == 2:  # 01:20 in Kuwait: the day before in UTC (JSON-LD and the preloads)
        pub = moved(kind, pub, 1, 20)
    issue_no = 41 + 9 * k
    post_id = 102337410 + 7919 * k
    url = f'{SB_HOST}/p/{slug}'
    mod = pub
    upd_day = None
    if k == 1:
        mod = later(kind, pub, days=1, hours=3, minutes=10)
    elif k == 3:
        mod = later(kind, pub, hours=6, minutes=40)
    if mod != pub:
        upd_day = mod.date()
    # The visible date: the publication's zone; the year left out on page 3 (Substack's form for this year's posts).
    shown = en_date(pub, year=k != 3)
    subtitle = SB_ISSUE.format(n=issue_no) if not odd else ''
    likes, n_comments, restacks = 34 + 11 * k, len(SB_COMMENTS), 3 + k
    also = extra['also']
    also_day = pub - datetime.timedelta(days=23 + 7 * k)
    also_snip = opening_words(extra['lead'].get(also, ''), 18)
    body = []
    for i, p in enumerate(paras):
        body.append(f'<p>{lead_html(p) if i == 0 else esc(p)}</p>')
        if i == 1:
            body.append(f'''<div class="subscription-widget-wrap-editor" data-attrs="{{&quot;url&quot;:&quot;{SB_HOST}/subscribe?&quot;,&quot;text&quot;:&quot;Subscribe&quot;,&quot;language&quot;:&quot;ar&quot;}}" data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">{SB_CTA}</p></div><form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="{SB_UI['email']}" tabindex="-1"><input type="submit" class="button primary" value="{SB_UI['subscribe']}"><div class="fake-input-wrapper"><div class="fake-input"></div><div class="fake-button"></div></div></form></div></div>''')
        if i == 2 and not odd:
            if k == 0:
                body.append(f'<p><strong>{SB_ALSO}</strong></p>')
            attrs = esc(json.dumps({'id': post_id - 88113, 'url': f'{SB_HOST}/p/earlier-{k}', 'publication_name': SB_PUB, 'title': also,
                                    'truncated_body_text': also_snip, 'date': iso_ms_z(also_day), 'like_count': 12 + k,
                                    'comment_count': 2, 'bylines': [{'name': SB_AUTHOR, 'handle': SB_HANDLE}]}, ensure_ascii=False))
            snippet = f'<div class="embedded-post-body">{esc(also_snip)}</div>' if k == 0 else ''
            body.append(f'''<div class="embedded-post-wrap" data-attrs="{attrs}" data-component-name="EmbeddedPostToDOM"><div class="embedded-post"><div class="embedded-post-header"><img class="embedded-post-publication-logo" src="https://substackcdn.example/image/fetch/w_56,c_limit/daftar-logo.png" alt=""><span class="embedded-post-publication-name">{SB_PUB}</span></div><div class="embedded-post-title-wrapper"><a class="embedded-post-title" href="{SB_HOST}/p/earlier-{k}">{esc(also)}</a></div>{snippet}<div class="embedded-post-cta-wrapper"><a class="embedded-post-cta-button" href="{SB_HOST}/p/earlier-{k}"><span>{SB_UI['readmore']}</span></a></div><div class="embedded-post-meta">{en_date(also_day)} · {12 + k} likes · 2 comments · {SB_AUTHOR}</div></div></div>''')
    body.append(f'<p class="button-wrapper" data-attrs="{{&quot;url&quot;:&quot;{url}?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&quot;}}"><a class="button primary" href="{url}?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share"><span>{SB_UI["share"]}</span></a></p>')

    def ufi(cls):
        return (f'<div class="post-ufi {cls}"><div class="like-button-container post-ufi-button style-button"><button tabindex="0" type="button" class="post-ufi-button"><svg role="img" width="20" height="20" viewBox="0 0 24 24" fill="none"><path d="M20.84 4.61a5.5 5.5 0 0 0-7.78 0"/></svg><div class="label">{likes}</div></button></div>'
                f'<a href="{url}/comments" role="button" class="post-ufi-button post-ufi-comment-button"><div class="label">{n_comments}</div></a>'
                f'<div class="post-ufi-button restack-button"><div class="label">{restacks}</div></div>'
                f'<div class="post-ufi-button share-button"><div class="label">{SB_UI["share"]}</div></div></div>')
    comment_times = [later(kind, pub, hours=9 + 20 * i) for i in range(n_comments)]
    comments = ''.join(f'''<div class="comment" id="comment-{post_id + 40 + i}"><div class="comment-content"><div class="comment-meta"><span class="commentAuthor"><a href="https://substack.example/@reader{i}">{esc(n)}</a></span><a href="{url}/comment/{post_id + 40 + i}" class="comment-date">{en_date(t, year=False)}</a></div><div class="comment-body"><p>{esc(c)}</p></div><div class="comment-actions"><a role="button" class="comment-action">{SB_UI['like']} ({2 + i})</a><a role="button" class="comment-action">{SB_UI['reply']}</a></div></div></div>'''
                       for i, ((n, c), t) in enumerate(zip(SB_COMMENTS, comment_times)))
    latest_days = [pub + datetime.timedelta(days=7 * (i + 1)) for i in range(len(latest))]
    archive = ''.join(f'''<div class="post-preview portable-archive-post"><div class="post-preview-content"><a class="post-preview-title newsletter" href="{SB_HOST}/p/later-{k}{i}">{esc(t)}</a><div class="post-preview-meta"><time datetime="{iso_ms_z(d)}">{en_date(d)}</time> · <span>{SB_AUTHOR}</span></div></div></div>'''
                      for i, (t, d) in enumerate(zip(latest, latest_days)))
    ld = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'url': url, 'mainEntityOfPage': url, 'headline': title,
          'description': subtitle or opening_words(paras[0], 20), 'image': [{'@type': 'ImageObject', 'url': f'https://substackcdn.example/image/fetch/{slug}.jpg'}],
          'datePublished': iso_plus(pub), 'dateModified': iso_plus(mod), 'isAccessibleForFree': True,
          'author': [{'@type': 'Person', 'name': SB_AUTHOR, 'url': f'https://substack.example/@{SB_HANDLE}'}],
          'publisher': {'@type': 'Organization', 'name': SB_PUB, 'url': SB_HOST, 'description': SB_ABOUT}}
    preloads = {'isEU': False, 'language': 'ar', 'base_url': SB_HOST,
                'pub': {'id': 1480311, 'name': SB_PUB, 'subdomain': 'daftar', 'author_name': SB_AUTHOR, 'language': 'ar', 'hero_text': SB_ABOUT},
                'post': {'id': post_id, 'slug': slug, 'title': title, 'subtitle': subtitle, 'type': 'newsletter', 'audience': 'everyone',
                         'post_date': iso_ms_z(pub), 'updated_at': iso_ms_z(mod), 'reactions': {'❤': likes}, 'comment_count': n_comments,
                         'body_html': ''.join(f'<p>{esc(p)}</p>' for p in paras)},
                'canonicalUrl': url}
    sub_html = f'<h3 dir="auto" class="subtitle">{esc(subtitle)}</h3>' if subtitle else ''
    page = f'''<!DOCTYPE html>
<html lang="ar">
    <head>
        <meta charset="utf-8" />
        <meta name="norton-safeweb-site-verification" content="24usqpep0ejc5w6hod3dulxwciwp0djs6c6ufp96av3t4whuxovj72wfkdjxu82yacb7430qjm8adbd5ezlt4592dq4zrvadcn9j9n-0btgdzpiojfzno16-fnsnu7xd" />
        <link rel="preconnect" href="https://substackcdn.example" />
        <title data-preact-helmet="true">{esc(title)} - {SB_PUB}</title>
        <meta data-preact-helmet="true" property="og:type" content="article"/><meta data-preact-helmet="true" property="og:title" content="{esc(title)}"/><meta data-preact-helmet="true" name="twitter:title" content="{esc(title)}"/><meta data-preact-helmet="true" name="description" content="{esc(subtitle or opening_words(paras[0], 20))}"/><meta data-preact-helmet="true" property="og:description" content="{esc(subtitle or opening_words(paras[0], 20))}"/><meta data-preact-helmet="true" property="og:image" content="https://substackcdn.example/image/fetch/w_1200,h_600,c_fill/{slug}.jpg"/><meta data-preact-helmet="true" name="twitter:card" content="summary_large_image"/><meta data-preact-helmet="true" name="author" content="{SB_AUTHOR}"/>
        <script data-preact-helmet="true" type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
        <link rel="alternate" type="application/rss+xml" href="{SB_HOST}/feed" title="{SB_PUB}"/>
        <meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=0, viewport-fit=cover" />
        <link rel="stylesheet" type="text/css" href="https://substackcdn.example/bundle/theme/main.4b1e2c7d9a.css" />
    </head>
    <body class="pc-root">
        <div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="main-menu" data-testid="navbar"><div class="topbar-content"><div class="navbar-left"><a href="{SB_HOST}/" class="navbar-title-link">{SB_PUB}</a></div><div class="navbar-buttons"><button tabindex="0" type="button" class="button primary subscribe-btn">{SB_UI['subscribe']}</button><button tabindex="0" type="button" class="button sign-in-link">{SB_UI['signin']}</button></div></div>
<div class="topbar-nav"><a href="{SB_HOST}/" class="nav-link">{SB_UI['home']}</a><a href="{SB_HOST}/archive" class="nav-link">{SB_UI['archive']}</a><a href="{SB_HOST}/about" class="nav-link">{SB_UI['about']}</a></div></div>
<div class="single-post-container"><div class="container"><div class="single-post"><div class="post-header-container">
<article class="typography newsletter-post post">
<div class="post-header" role="region" aria-label="Post header">
<h1 dir="auto" class="post-title published title-X77sOw">{esc(title)}</h1>
{sub_html}
<div class="post-meta byline-wrapper"><div class="profile-hover-card-target"><a href="https://substack.example/@{SB_HANDLE}" class="frontend-pencraft-Text-module__decoration-hover-underline">{SB_AUTHOR}</a></div><div class="pencraft pc-reset color-pub-secondary-text-hGQ02T line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA">{shown}</div></div>
{ufi('post-ufi-top')}
</div>
<div class="available-content"><div dir="auto" class="body markup">{''.join(body)}</div></div>
<div class="post-footer">{ufi('post-ufi-bottom')}</div>
</article>
</div></div></div></div>
<div class="visibility-check"></div>
<div id="discussion" class="comments-page"><div class="container"><h4 class="comments-heading">{SB_UI['discussion']}</h4>
<div class="comments-tabs"><a class="tab active">{SB_UI['comments']}</a><a class="tab">{SB_UI['restacks']}</a></div>
<div class="comment-input"><textarea name="body" placeholder="{SB_UI['write']}"></textarea></div>
<div class="comment-list">{comments}</div></div></div>
<div class="post-page-bottom"><div class="subscribe-footer"><h3 class="subscribe-footer-title">{SB_UI['ready']}</h3>
<form class="subscription-widget-subscribe" action="/api/v1/free?nojs=true" method="post"><input type="email" class="email-input" name="email" placeholder="{SB_UI['email']}"><input type="submit" class="button primary" value="{SB_UI['subscribe']}"></form></div>
<div class="portable-archive"><div class="portable-archive-tabs"><a class="tab active" href="{SB_HOST}/archive?sort=new">{SB_UI['latest']}</a><a class="tab" href="{SB_HOST}/archive?sort=top">{SB_UI['top']}</a><a class="tab" href="{SB_HOST}/archive?sort=community">{SB_UI['discussions']}</a></div>
<div class="portable-archive-list">{archive}</div></div></div>
<div class="footer-wrap publication-footer"><div class="footer themed-background"><div class="container"><div class="footer-blurbs"><div class="footer-copyright-blurb">© {pub.year} {SB_AUTHOR}</div><div class="footer-terms-blurb"><a href="https://substack.example/privacy">{SB_UI['privacy']}</a> ∙ <a href="https://substack.example/tos">{SB_UI['terms']}</a> ∙ <a href="https://substack.example/ccpa">{SB_UI['notice']}</a></div></div>
<div class="footer-buttons"><a class="footer-substack-cta" href="https://substack.example/signup">{SB_UI['start']}</a><a class="footer-substack-cta" href="https://substack.example/app">{SB_UI['app']}</a></div>
<div class="footer-slogan-blurb"><a href="https://substack.example">{SB_UI['footer']}</a></div></div></div></div>
</div></div>
<script>window._preloads        = JSON.parse({json.dumps(json.dumps(preloads, ensure_ascii=False))})</script>
<script src="https://substackcdn.example/bundle/static/js/main.8d1c2b3a.js" charset="utf-8"></script>
    </body>
</html>'''
    without = [SB_CTA, SB_UI['discussion'], SB_UI['ready'], SB_UI['footer'], shown, f'© {pub.year} {SB_AUTHOR}'] + \
        [c for _, c in SB_COMMENTS] + latest + ([subtitle] if subtitle else [])
    if k == 0:
        without.append(opening_words(extra['lead'].get(also, ''), 10).rstrip('…'))
    read_also = [also] if not odd else []
    return page, title, read_also, [], without, upd_of(upd_day)


# --- olivero: a Libyan university's news portal on Drupal 10 with the Olivero theme ------------------------------
OL_SITE = 'جامعة الواحات'
OL_HOST = 'https://www.uwahat.edu.example'
OL_SLOGAN = 'منارة للعلم والمعرفة في الجنوب الليبي منذ 1983'
OL_SKIP = 'اقفز فوق القائمة إلى الخبر'
OL_MENU = ['الرئيسية', 'عن الجامعة', 'الكليات والمعاهد', 'القبول والتسجيل', 'البحث العلمي', 'أخبار الجامعة', 'تواصل معنا']
OL_MENU_BUTTON = 'القائمة'
OL_SEARCH = 'ابحث في موقع الجامعة'
OL_LANG = 'English'
OL_BY = 'بواسطة'
OL_AUTHORS = ['مكتب الإعلام الجامعي', 'إدارة العلاقات العامة', 'وحدة الإعلام والتوثيق', 'مكتب الإعلام الجامعي']
OL_CHANGED = 'تاريخ مراجعة الخبر'
OL_ALSO = 'اقرأ أيضاً:'
OL_TAGS = 'كلمات دالة'
OL_TAG_WORDS = ['الجامعة', 'أنشطة طلابية', 'شؤون عربية', 'متابعات']
OL_RELATED = 'أخبار جامعية ذات صلة'
OL_MOST = 'الأكثر تصفحاً من أخبار البوابة'
OL_LATEST = 'جديد بوابة الجامعة'
OL_EVENTS = 'مواعيد وفعاليات مقبلة'
OL_EVENT_NAMES = ['الملتقى العلمي الثالث لطلبة الدراسات العليا', 'ورشة تدريبية في إعداد المقترحات البحثية',
                  'حفل تخريج الدفعة السابعة عشرة من كلية الهندسة']
OL_QUICK = 'روابط تهم الطلبة'
OL_QUICK_LINKS = ['منظومة الطالب الإلكترونية', 'التقويم الدراسي', 'المكتبة الرقمية']
OL_ADDRESS = 'جامعة الواحات، الحرم الجامعي الرئيسي، ص.ب 1127 — هاتف 071 262 4410'
OL_COPY = 'الحقوق كافة لجامعة الواحات'
OL_POWERED = 'الموقع مبني بنظام دروبال'


def ol_medium(t):
    """Drupal's 'medium' format (D, m/d/Y - H:i) with the Arabic translation of the day's abbreviation."""
    return f'{SHORT_DAYS[t.weekday()]}, {t.month:02d}/{t.day:02d}/{t.year} - {hm(t)}'


def ol_long(t):
    return f'{DAYS[t.weekday()]}، {t.day} {GULF_MONTHS[t.month - 1]} {t.year} - {hm(t)}'


def ol_time(t, text):
    """Drupal's timestamp formatter: <time datetime> in UTC with 'Z', the long date in the title."""
    return f'<time datetime="{iso_z(t)}" title="{ol_long(t)}" class="datetime">{text}</time>'


def render_olivero(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, most, latest = others[:4], others[4:8], others[8:11]
    odd = k % 2 == 1
    kind = 'olivero'
    pub = at(extra)
    if k == 2:  # 00:50 in Libya: the day before in UTC (the <time datetime>)
        pub = moved(kind, pub, 0, 50)
    nid = 2318 + 57 * k
    author = OL_AUTHORS[k]
    upd, upd_day, meta, changed = None, None, '', ''
    if k == 0:
        shown = ol_medium(pub)
        meta = f'<meta property="article:published_time" content="{iso_local(pub)}" />\n'
    elif k == 1:
        shown = ol_medium(pub)
        upd = later(kind, pub, days=1, hours=1, minutes=25)
        meta = (f'<meta property="article:published_time" content="{iso_local(pub)}" />\n'
                f'<meta property="article:modified_time" content="{iso_local(upd)}" />\n')
        changed = (f'<div class="field field--name-changed field--type-changed field--label-inline clearfix"><div class="field__label">{OL_CHANGED}</div>'
                   f'<div class="field__item">{ol_time(upd, ol_medium(upd))}</div></div>')
    elif k == 2:
        shown = ol_long(pub)
    else:
        shown = dmy(pub)
        upd = later(kind, pub, hours=3, minutes=20)
        meta = (f'<meta property="article:published_time" content="{iso_local(pub)}" />\n'
                f'<meta property="article:modified_time" content="{iso_local(upd)}" />\n')
    if upd:
        upd_day = upd.date()
    body = []
    for i, p in enumerate(paras):
        body.append(f'<p>{lead_html(p, bold=True) if i == 0 else esc(p)}</p>')
        if i == 1 and odd:
            body.append(f'<p><strong>{OL_ALSO}</strong> <a href="/ar/node/{nid - 31}">{esc(extra["also"])}</a></p>')
    tags = outside(OL_TAG_WORDS[k % 2:k % 2 + 3], paras)
    tag_html = ''.join(f'<li class="field--tags__item"><a href="/ar/taxonomy/term/{14 + i}" hreflang="ar">{t}</a></li>' for i, t in enumerate(tags))
    rel_days = [pub - datetime.timedelta(days=6 + 9 * i) for i in range(len(rel))]
    latest_days = [later(kind, pub, days=1 + i, hours=2) for i in range(len(latest))]
    event_days = [pub + datetime.timedelta(days=12 + 8 * i) for i in range(len(OL_EVENT_NAMES))]

    def view_block(ident, heading, items, dates, base, ordered=False):
        tag = 'ol' if ordered else 'ul'
        rows = []
        for i, t in enumerate(items):
            d = f'<div class="views-field views-field-created"><span class="field-content">{ol_time(dates[i], f"{dates[i].month:02d}/{dates[i].day:02d}/{dates[i].year}")}</span></div>' if dates else ''
            rows.append(f'<li><div class="views-field views-field-title"><span class="field-content"><a href="/ar/node/{base - 7 * i}" hreflang="ar">{esc(t)}</a></span></div>{d}</li>')
        return (f'<div class="views-element-container block block-views block-views-block{ident}" id="block-olivero-views-block-{ident.replace("_", "-")}">\n'
                f'<h2 class="block__title">{heading}</h2>\n<div class="block__content"><div><div class="view view-{ident.split("-")[0]} view-id-{ident.split("-")[0]} view-display-id-block_1">'
                f'<div class="view-content"><div class="item-list"><{tag}>{"".join(rows)}</{tag}></div></div></div></div></div>\n</div>')
    related = view_block('related_news-block-1', OL_RELATED, rel, rel_days, nid - 40)
    most_b = view_block('most_viewed-block-1', OL_MOST, most, None, nid - 300, ordered=True)
    latest_b = view_block('latest_news-block-1', OL_LATEST, latest, latest_days, nid + 3)
    events = ''.join(f'<li><span class="event-date">{dmy(d)}</span> <a href="/ar/events/{60 + i}">{n}</a></li>' for i, (n, d) in enumerate(zip(OL_EVENT_NAMES, event_days)))
    quick = ''.join(f'<li><a href="/ar/p/{i}">{t}</a></li>' for i, t in enumerate(OL_QUICK_LINKS))
    menu = ''.join(f'<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/ar/{i}" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1{" is-active" if i == 5 else ""}" data-drupal-link-system-path="node/{i}"><span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">{t}</span></a></li>\n'
                   for i, t in enumerate(OL_MENU))
    settings = {'path': {'baseUrl': '/', 'pathPrefix': 'ar/', 'currentPath': f'node/{nid}', 'currentPathIsAdmin': False, 'isFront': False,
                         'currentLanguage': 'ar'}, 'pluralDelimiter': '\u0003', 'suppressDeprecationErrors': True,
                'olivero': {'ariaLabelsExpand': 'expand'}, 'user': {'uid': 0, 'permissionsHash': '3f8c1e2d4b5a69788c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b'}}
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
  <head>
    <meta charset="utf-8" />
<meta name="description" content="{esc(opening_words(split_dateline(paras[0])[1], 26))}" />
<link rel="canonical" href="{OL_HOST}/ar/node/{nid}" />
<meta property="og:site_name" content="{OL_SITE}" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(title)}" />
{meta}<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="/core/themes/olivero/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="alternate" hreflang="en" href="{OL_HOST}/en/node/{nid}" />
    <title>{esc(title)} | {OL_SITE}</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xb3kP1q9wQm2a.css?delta=0&amp;language=ar&amp;theme=olivero&amp;include=eJxdjEEOwjAMBD-UxE-KnMYtRW6McA0qr4dWRS1c5rA7O1qIkmv" />
    <script type="application/json" data-drupal-selector="drupal-settings-json">{json.dumps(settings, ensure_ascii=True).replace('/', chr(92) + '/')}</script>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script>
<script src="/core/misc/drupal.js?v=10.1.6"></script>
  </head>
  <body class="path-node page-node-type-article">
        <a href="#main-content" class="visually-hidden focusable skip-link">{OL_SKIP}</a>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper" class="page-wrapper">
  <div id="page">
    <header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
      <div class="site-header__fixable" data-drupal-selector="site-header-fixable">
        <div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner">
          <div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block">
  <div class="site-branding__inner">
    <a href="/ar" rel="home" class="site-branding__logo"><img src="/sites/default/files/logo-uwahat.png" alt="الرئيسية" fetchpriority="high" /></a>
    <div class="site-branding__text"><div class="site-branding__name"><a href="/ar" rel="home">{OL_SITE}</a></div><div class="site-branding__slogan">{OL_SLOGAN}</div></div>
  </div>
</div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div>
<div class="mobile-buttons" data-drupal-selector="mobile-buttons"><button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="{OL_MENU_BUTTON}" aria-controls="header-nav" aria-expanded="false"><span class="mobile-nav-button__label">{OL_MENU_BUTTON}</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
  <h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
  <ul data-drupal-selector="primary-nav-menu--level-1" class="menu primary-nav__menu primary-nav__menu--level-1">
{menu}  </ul>
</nav>
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form" id="block-olivero-search-form-narrow" role="search">
  <form action="/ar/search/node" method="get" id="search-block-form" accept-charset="UTF-8" class="search-form search-block-form"><div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label"><input title="{OL_SEARCH}" placeholder="{OL_SEARCH}" data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search form-element form-element--type-search form-element--api-search" /></div></form>
</div>
<div class="language-switcher-language-url block block-language block-language-blocklanguage-interface" id="block-olivero-languageswitcher" role="navigation"><ul class="links"><li hreflang="en" data-drupal-link-system-path="node/{nid}" class="en"><a href="/en/node/{nid}" class="language-link" hreflang="en" data-drupal-link-system-path="node/{nid}">{OL_LANG}</a></li></ul></div>
</div>
          </div>
        </div>
      </div>
    </header>
    <div id="main-wrapper" class="layout-main-wrapper layout-container">
      <div id="main" class="layout-main">
        <div class="main-content">
          <a id="main-content" tabindex="-1"></a>
          <div class="region region--breadcrumb grid-full layout--pass--content-medium">
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block">
  <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><div class="breadcrumb__content"><ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/ar" class="breadcrumb__link">{OL_MENU[0]}</a></li><li class="breadcrumb__item"><a href="/ar/news" class="breadcrumb__link">{OL_MENU[5]}</a></li></ol></div></nav>
</div>
          </div>
          <div class="region region--content-above grid-full layout--pass--content-medium">
<div id="block-olivero-page-title" class="block block-core block-page-title-block">
  <h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">{esc(title)}</span></h1>
</div>
          </div>
          <div class="sidebar-grid grid-full">
            <main role="main" class="site-main">
              <div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block">
<article data-history-node-id="{nid}" class="node node--type-article node--promoted node--view-mode-full">
  <header class="">
    <div class="node__meta">
      <span>{OL_BY} <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>{author}</span></span></span>
      <span class="field field--name-created field--type-created field--label-hidden">{ol_time(pub, shown)}</span>
    </div>
    {changed}
  </header>
  <div class="node__content">
<div class="field field--name-field-image field--type-image field--label-hidden field__item">  <img loading="lazy" src="/sites/default/files/styles/wide/public/{pub.year}-{pub.month:02d}/{slug}.jpg?itok=Qz3{k}Lr8a" width="1200" height="675" alt="" class="image-style-wide" />
</div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">{''.join(body)}</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3 class="field__label field--tags__label">{OL_TAGS}</h3><ul class="links field__items field--tags__items">{tag_html}</ul></div>
  </div>
</article>
</div>
{related}
              </div>
            </main>
            <div class="region region--sidebar">
{most_b}
{latest_b}
<div id="block-olivero-upcomingevents" class="block block-block-content"><h2 class="block__title">{OL_EVENTS}</h2><div class="block__content"><div class="text-content clearfix field field--name-body"><ul>{events}</ul></div></div></div>
<div id="block-olivero-quicklinks" class="block block-menu navigation menu--quick-links"><h2 class="block__title">{OL_QUICK}</h2><ul class="menu">{quick}</ul></div>
            </div>
          </div>
        </div>
      </div>
    </div>
    <footer class="site-footer">
      <div class="site-footer__inner container">
        <div class="region region--footer-top grid-full"><div class="region--footer_top__inner"><div id="block-olivero-address" class="block block-block-content"><div class="block__content"><p>{OL_ADDRESS}</p></div></div></div></div>
        <div class="region region--footer-bottom grid-full"><div id="block-olivero-copyright" class="block block-block-content"><div class="block__content"><p>© {pub.year} {OL_COPY}</p></div></div>
<div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>{OL_POWERED}</span></div></div>
      </div>
    </footer>
    <div class="overlay" data-drupal-selector="overlay"></div>
  </div>
</div>
    </div>
<script src="/core/themes/olivero/js/navigation-utils.js?v=10.1.6"></script>
<script src="/core/themes/olivero/js/navigation.js?v=10.1.6"></script>
  </body>
</html>'''
    without = [OL_SLOGAN, OL_MENU[3], OL_MENU[4], f'{OL_BY} {author}', shown, OL_TAGS, OL_LATEST, OL_EVENTS, OL_QUICK, OL_ADDRESS, OL_COPY,
               OL_POWERED] + OL_EVENT_NAMES + OL_QUICK_LINKS + latest + rel[:2] + most[:2] + tags + ([OL_CHANGED, ol_medium(upd)] if k == 1 else [])
    read_also = [extra['also']] if odd else []
    return page, title, read_also, rel + most, without, upd_of(upd_day)


# --- shopify: an Emirati bookshop's blog on Shopify (Dawn theme) ---------------------------------------------
SH_STORE = 'دار الحبر للكتب'
SH_HOST = 'https://dar-alhibr.example'
SH_BLOG = 'أخبار وقراءات'
SH_SKIP = 'اقفز إلى نص التدوينة'
SH_ANNOUNCE = 'توصيل مجاني لكل طلب يتجاوز 150 درهماً داخل الدولة'
SH_MENU = ['الرئيسية', 'روايات', 'كتب الأطفال', 'فكر وتاريخ', 'قرطاسية وهدايا', 'المدونة', 'فروعنا']
SH_ICONS = ['بحث', 'حسابي', 'سلة المشتريات']
SH_BY = 'بقلم'
SH_AUTHORS = ['فريق تحرير الدار', 'شيخة المزروعي', 'فريق تحرير الدار', 'خليفة النعيمي']
SH_SHARE = 'شارك التدوينة'
SH_COPY = 'نسخ الرابط'
SH_ALSO = 'اقرأ كذلك في مدونة الدار:'
SH_BACK = f'العودة إلى {SH_BLOG}'
SH_COMMENT_COUNT = 'تعليقان'
SH_COMMENTERS = [('عائشة', 'شكراً على المتابعة، أسلوب العرض واضح ويختصر الكثير'),
                 ('Omar K.', 'هل في فروعكم كتب تتناول القضية نفسها؟ أبحث عن مرجع مفصل')]
SH_FORM = 'شاركنا رأيك في التدوينة'
SH_FORM_NOTE = 'لا يظهر التعليق على الصفحة إلا بعد أن يراجعه فريق الدار'
SH_FORM_FIELDS = ['الاسم', 'البريد الإلكتروني', 'التعليق', 'أرسل تعليقك']
SH_RELATED = 'تدوينات لها صلة بهذا الموضوع'
SH_MOST = 'الأكثر قراءة في المدونة'
SH_NEW = 'وصل حديثاً إلى رفوف الدار'
SH_BEST = 'الأكثر مبيعاً هذا الشهر'
SH_BOOKS = [('ظلال على رمل الساحل', '45.00'), ('حكايات الجدة في ليالي الشتاء', '32.00'),
            ('دليل الرحّالة إلى مدن الخليج القديمة', '68.00'), ('أطلس صغير لسماء الصحراء', '54.00'),
            ('دفتر يوميات بغلاف جلدي', '39.00'), ('معجم الأمثال الإماراتية', '75.00')]
SH_CURRENCY = 'د.إ'
SH_ADD = 'أضف إلى السلة'
SH_NEWSLETTER = 'انضم إلى قائمة الدار البريدية لتعرف بالإصدارات الجديدة قبل غيرك'
SH_NEWSLETTER_FIELDS = ['بريدك الإلكتروني', 'اشتراك']
SH_FOOTER_LINKS = ['سياسة الاسترجاع', 'الشحن والتوصيل', 'الشروط والأحكام', 'تواصل مع الدار']
SH_COPYRIGHT = 'دار الحبر للكتب، مشغّل بواسطة Shopify'


def sh_time(t, text):
    """Dawn's time_tag: <time datetime> in UTC with 'Z'."""
    return f'<time datetime="{iso_z(t)}">{text}</time>'


def render_shopify(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, most = others[:4], others[4:8]
    odd = k % 2 == 1
    kind = 'shopify'
    pub = at(extra)
    if k == 2:  # 02:10 in the Emirates: the day before in UTC (the <time datetime>)
        pub = moved(kind, pub, 2, 10)
    aid = 558120 + 4093 * k
    author = SH_AUTHORS[k]
    upd, upd_day, ld_html = None, None, ''
    if k == 0:
        shown = ar_date(pub)
    elif k == 1:
        shown = f'{GULF_MONTHS[pub.month - 1]} {pub.day}, {pub.year}'
        upd = later(kind, pub, days=1, minutes=30)
    elif k == 2:
        shown = ar_date(pub)
    else:
        shown = dmy(pub)
        upd = later(kind, pub, hours=5)
    if upd:
        upd_day = upd.date()
        ld = {'@context': 'http://schema.org/', '@type': 'Article', 'articleBody': ' '.join(opening_words(p, 12) for p in paras[:2]),
              'mainEntityOfPage': {'@type': 'WebPage', '@id': f'{SH_HOST}/blogs/news/{slug}'}, 'headline': title,
              'image': [f'https://dar-alhibr.example/cdn/shop/articles/{slug}.jpg?v=1678{k}&width=1920'],
              'datePublished': iso_z(pub), 'dateCreated': iso_z(pub), 'dateModified': iso_z(upd),
              'author': {'@type': 'Person', 'name': author}, 'publisher': {'@type': 'Organization', 'name': SH_STORE}}
        ld_html = f'<script type="application/ld+json">\n  {json.dumps(ld, ensure_ascii=False)}\n</script>'
    body = []
    for i, p in enumerate(paras):
        body.append(f'<p>{lead_html(p) if i == 0 else esc(p)}</p>')
        if i == 1 and not odd:
            body.append(f'<p><strong>{SH_ALSO}</strong> <a href="/blogs/news/also-{k}" title="{esc(extra["also"])}">{esc(extra["also"])}</a></p>')
    comment_times = [later(kind, pub, days=1 + 2 * i, hours=3) for i in range(len(SH_COMMENTERS))]
    comments = ''
    if not odd:
        comments = (f'<h2 id="Comments-{aid}" class="h2">{SH_COMMENT_COUNT}</h2><div class="article-template__comments">' +
                    ''.join(f'<div class="article-template__comments-comment"><div class="rte"><p>{esc(c)}</p></div><p class="caption-with-letter-spacing light"><span class="circle-divider">{esc(n)}</span>'
                            f'<span>{sh_time(t, ar_date(t))}</span></p></div>' for (n, c), t in zip(SH_COMMENTERS, comment_times)) + '</div>')
    form = (f'<form method="post" action="/blogs/news/{slug}/comments#comment_form" id="comment_form" accept-charset="UTF-8" class="comment-form"><input type="hidden" name="form_type" value="new_comment" /><input type="hidden" name="utf8" value="✓" />'
            f'<h2>{SH_FORM}</h2><div class="article-template__comment-fields"><div class="field field--with-error"><input type="text" name="comment[author]" id="CommentForm-author" class="field__input" placeholder="{SH_FORM_FIELDS[0]}"><label class="field__label" for="CommentForm-author">{SH_FORM_FIELDS[0]}</label></div>'
            f'<div class="field field--with-error"><input type="email" name="comment[email]" id="CommentForm-email" class="field__input" placeholder="{SH_FORM_FIELDS[1]}"><label class="field__label" for="CommentForm-email">{SH_FORM_FIELDS[1]}</label></div></div>'
            f'<div class="field field--with-error"><textarea rows="5" name="comment[body]" id="CommentForm-body" class="text-area field__input" placeholder="{SH_FORM_FIELDS[2]}"></textarea><label class="form__label field__label" for="CommentForm-body">{SH_FORM_FIELDS[2]}</label></div>'
            f'<p class="article-template__comment-warning caption">{SH_FORM_NOTE}</p><input type="submit" class="button" value="{SH_FORM_FIELDS[3]}"></form>')
    rel_days = [pub - datetime.timedelta(days=11 + 13 * i) for i in range(len(rel))]
    rel_cards = ''.join(f'''<li class="blog__post article slider__slide slider__slide--full-width"><div class="card-wrapper underline-links-hover"><div class="card article-card card--card"><div class="card__inner ratio" style="--ratio-percent: 60%;"><div class="article-card__image-wrapper card__media"><div class="article-card__image media media--hover-effect"><img srcset="//dar-alhibr.example/cdn/shop/articles/r{i}{k}.jpg?v=1677&amp;width=165 165w" src="//dar-alhibr.example/cdn/shop/articles/r{i}{k}.jpg?v=1677&amp;width=533" alt="" class="motion-reduce" loading="lazy" width="1200" height="720"></div></div></div><div class="card__content"><div class="card__information"><h3 class="card__heading h2"><a href="/blogs/news/r{aid - 70 - i}" class="full-unstyled-link">{esc(t)}</a></h3><div class="article-card__info caption-with-letter-spacing h5"><span class="circle-divider">{sh_time(d, ar_date(d))}</span></div></div></div></div></div></li>'''
                        for i, (t, d) in enumerate(zip(rel, rel_days)))
    most_html = ''.join(f'<li class="most-read__item"><span class="most-read__rank">{i + 1}</span> <a href="/blogs/news/m{aid - 900 - i}" class="link">{esc(t)}</a></li>' for i, t in enumerate(most))

    def product_grid(books, base):
        return ''.join(f'''<li class="grid__item"><div class="card-wrapper product-card-wrapper underline-links-hover"><div class="card card--standard card--media"><div class="card__inner ratio" style="--ratio-percent: 150%;"><div class="card__media"><div class="media media--transparent media--hover-effect"><img src="//dar-alhibr.example/cdn/shop/products/b{base + i}.jpg?v=1675&amp;width=533" alt="{esc(b)}" class="motion-reduce" loading="lazy" width="800" height="1200"></div></div></div><div class="card__content"><div class="card__information"><h3 class="card__heading h5"><a href="/products/b{base + i}" class="full-unstyled-link">{esc(b)}</a></h3><div class="card-information"><div class="price"><div class="price__container"><div class="price__regular"><span class="visually-hidden visually-hidden--inline">السعر العادي</span><span class="price-item price-item--regular">{price} {SH_CURRENCY}</span></div></div></div></div></div><div class="quick-add no-js-hidden"><button type="submit" name="add" class="quick-add__submit button button--full-width button--secondary">{SH_ADD}</button></div></div></div></div></li>'''
                       for i, (b, price) in enumerate(books))
    books = SH_BOOKS[k % 3:k % 3 + 4]
    new_grid = product_grid(books[:2], 40 + k)
    best_grid = product_grid(books[2:], 70 + k)
    menu = ''.join(f'<li><a href="/{["", "collections/novels", "collections/kids", "collections/history", "collections/gifts", "blogs/news", "pages/branches"][i]}" class="header__menu-item list-menu__item link link--text focus-inset"{" aria-current=&quot;page&quot;" if i == 5 else ""}><span{" class=&quot;header__active-menu-item&quot;" if i == 5 else ""}>{t}</span></a></li>'
                   for i, t in enumerate(SH_MENU)).replace('&quot;', '"')
    icons = ''.join(f'<a href="/{["search", "account/login", "cart"][i]}" class="header__icon link focus-inset"><svg class="icon" aria-hidden="true" focusable="false" viewBox="0 0 18 19"><path d="M11 11l5 5"/></svg><span class="visually-hidden">{t}</span></a>' for i, t in enumerate(SH_ICONS))
    flinks = ''.join(f'<li><a href="/policies/{i}" class="link link--text list-menu__item list-menu__item--link">{t}</a></li>' for i, t in enumerate(SH_FOOTER_LINKS))
    meta_json = {'page': {'pageType': 'article', 'resourceType': 'article', 'resourceId': aid}}
    page = f'''<!doctype html>
<html class="no-js" lang="ar" dir="rtl">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <meta name="theme-color" content="">
    <link rel="canonical" href="{SH_HOST}/blogs/news/{slug}">
    <link rel="preconnect" href="https://cdn.shopify.example" crossorigin>
    <title>
      {esc(title)}
 &ndash; {SH_STORE}</title>
      <meta name="description" content="{esc(opening_words(split_dateline(paras[0])[1], 24))}">
<meta property="og:site_name" content="{SH_STORE}">
<meta property="og:url" content="{SH_HOST}/blogs/news/{slug}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="article">
<meta property="og:description" content="{esc(opening_words(split_dateline(paras[0])[1], 24))}">
<meta property="og:image" content="http://dar-alhibr.example/cdn/shop/articles/{slug}.jpg?v=1678{k}">
<meta name="twitter:card" content="summary_large_image">
    <script src="//dar-alhibr.example/cdn/shop/t/4/assets/constants.js?v=58251544750838685771" defer="defer"></script>
    <script src="//dar-alhibr.example/cdn/shop/t/4/assets/global.js?v=149496944046504657681" defer="defer"></script>
    <script>window.performance && window.performance.mark && window.performance.mark('shopify.content_for_header.start');</script><meta id="shopify-digital-wallet" name="shopify-digital-wallet" content="/61873405/digital_wallets/dialog">
<link rel="alternate" type="application/atom+xml" title="Feed" href="/blogs/news.atom" />
<script id="shopify-features" type="application/json">{{"accessToken":"9a1f0e2d3c4b5a69788796a5b4c3d2e1","betas":["rich-media-storefront-analytics"],"domain":"dar-alhibr.example","predictiveSearch":false,"shopId":61873405,"locale":"ar"}}</script>
<script>var Shopify = Shopify || {{}};
Shopify.shop = "dar-alhibr.myshopify.com";
Shopify.locale = "ar";
Shopify.currency = {{"active":"AED","rate":"1.0"}};
Shopify.country = "AE";
Shopify.theme = {{"name":"Dawn","id":131592978,"schema_name":"Dawn","schema_version":"9.0.0","theme_store_id":887,"role":"main"}};
Shopify.routes = Shopify.routes || {{}};
Shopify.routes.root = "/";</script>
<script>window.ShopifyAnalytics = window.ShopifyAnalytics || {{}};
window.ShopifyAnalytics.meta = window.ShopifyAnalytics.meta || {{}};
window.ShopifyAnalytics.meta.currency = 'AED';
var meta = {json.dumps(meta_json)};
for (var attr in meta) {{ window.ShopifyAnalytics.meta[attr] = meta[attr]; }}</script>
<script>window.performance && window.performance.mark && window.performance.mark('shopify.content_for_header.end');</script>
{ld_html}
    <link href="//dar-alhibr.example/cdn/shop/t/4/assets/base.css?v=144968985024194912401" rel="stylesheet" type="text/css" media="all" />
  </head>
  <body class="gradient">
    <a class="skip-to-content-link button visually-hidden" href="#MainContent">{SH_SKIP}</a>
<div id="shopify-section-announcement-bar" class="shopify-section"><div class="announcement-bar color-accent-1 gradient" role="region" aria-label="إعلان"><div class="page-width"><p class="announcement-bar__message center h5"><span>{SH_ANNOUNCE}</span></p></div></div>
</div>
<div id="shopify-section-header" class="shopify-section section-header"><sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-background-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width header--has-menu">
<a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">{SH_STORE}</span></a>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">{menu}</ul></nav>
<div class="header__icons">{icons}</div>
</header></sticky-header>
</div>
    <main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
      <section id="shopify-section-template--16032014__main" class="shopify-section section"><article class="article-template" itemscope itemtype="http://schema.org/BlogPosting">
  <div class="article-template__hero-container">
    <div class="article-template__hero-medium media" itemprop="image" style="padding-bottom: 52.5%;">
      <img srcset="//dar-alhibr.example/cdn/shop/articles/{slug}.jpg?v=1678{k}&amp;width=750 750w, //dar-alhibr.example/cdn/shop/articles/{slug}.jpg?v=1678{k}&amp;width=1500 1500w" src="//dar-alhibr.example/cdn/shop/articles/{slug}.jpg?v=1678{k}&amp;width=1100" loading="eager" fetchpriority="high" width="1100" height="578" alt="{esc(title)}">
    </div>
  </div>
  <header class="page-width page-width--narrow">
    <h1 class="article-template__title" itemprop="headline">{esc(title)}</h1>
    <span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished">{sh_time(pub, shown)}</span>
    <span class="caption-with-letter-spacing" itemprop="author">{SH_BY} {author}</span>
  </header>
  <div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-{aid}" class="share-button quick-add-hidden"><button class="share-button__button hidden"><svg width="13" height="12" viewBox="0 0 13 12" class="icon icon-share" fill="none" aria-hidden="true" focusable="false"><path d="M1.625 8.125V10.2917"/></svg>{SH_SHARE}</button><details id="Details-share-{aid}"><summary class="share-button__button">{SH_SHARE}</summary><div class="share-button__fallback motion-reduce"><div class="field"><span id="ShareMessage-{aid}" class="share-button__message hidden" role="status"></span><input type="text" class="field__input" id="ShareUrl-{aid}" value="{SH_HOST}/blogs/news/{slug}" placeholder="رابط" onclick="this.select();" readonly></div><button class="share-button__copy no-js-hidden">{SH_COPY}</button></div></details></share-button></div>
  <div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">{''.join(body)}</div>
  <div class="article-template__back element-margin-top center"><a href="/blogs/news" class="article-template__link link animate-arrow"><span class="icon-wrap"><svg viewBox="0 0 14 10" fill="none" aria-hidden="true" focusable="false" class="icon icon-arrow"><path d="M8.537.808a.5.5 0 01.817-.162"/></svg></span>{SH_BACK}</a></div>
  <div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow">{comments}{form}</div></div>
</article>
</section>
<section id="shopify-section-template--16032014__related" class="shopify-section section"><div class="blog page-width section-template--16032014__related-padding"><h2 class="blog__title inline-richtext h2">{SH_RELATED}</h2><slider-component class="slider-mobile-gutter"><ul class="blog__posts articles-wrapper contains-card contains-card--article grid grid--peek grid--2-col-tablet grid--4-col-desktop slider slider--mobile" role="list">{rel_cards}</ul></slider-component></div></section>
<section id="shopify-section-template--16032014__most_read" class="shopify-section section"><div class="page-width most-read"><h2 class="title inline-richtext h2">{SH_MOST}</h2><ol class="most-read__list">{most_html}</ol></div></section>
<section id="shopify-section-template--16032014__new_arrivals" class="shopify-section section"><div class="collection page-width"><div class="collection__title title-wrapper"><h2 class="title inline-richtext h2">{SH_NEW}</h2></div><ul class="grid product-grid contains-card contains-card--product grid--4-col-desktop" role="list">{new_grid}</ul></div></section>
<section id="shopify-section-template--16032014__bestsellers" class="shopify-section section"><div class="collection page-width"><div class="collection__title title-wrapper"><h2 class="title inline-richtext h2">{SH_BEST}</h2></div><ul class="grid product-grid contains-card contains-card--product grid--4-col-desktop" role="list">{best_grid}</ul></div></section>
    </main>
<div id="shopify-section-footer" class="shopify-section"><footer class="footer color-background-1 gradient section-footer-padding"><div class="footer__content-top page-width"><div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">{SH_NEWSLETTER}</h2><form method="post" action="/contact#ContactFooter" id="ContactFooter" accept-charset="UTF-8" class="footer__newsletter newsletter-form"><input type="hidden" name="form_type" value="customer" /><input type="hidden" name="contact[tags]" value="newsletter"><div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--footer" type="email" name="contact[email]" class="field__input" value="" aria-required="true" autocorrect="off" autocapitalize="off" autocomplete="email" placeholder="{SH_NEWSLETTER_FIELDS[0]}" required><label class="field__label" for="NewsletterForm--footer">{SH_NEWSLETTER_FIELDS[0]}</label><button type="submit" class="newsletter-form__button field__button" name="commit" id="Subscribe" aria-label="{SH_NEWSLETTER_FIELDS[1]}">{SH_NEWSLETTER_FIELDS[1]}</button></div></div></form></div></div>
<div class="footer-block__details-content"><ul class="list-unstyled">{flinks}</ul></div></div>
<div class="footer__content-bottom"><div class="footer__content-bottom-wrapper page-width"><div class="footer__copyright caption"><small class="copyright__content">&copy; {pub.year}, <a href="/" title="">{SH_STORE}</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.example?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">{SH_COPYRIGHT}</a></small></div></div></div></footer>
</div>
  </body>
</html>'''
    without = [SH_ANNOUNCE, SH_MENU[3], SH_MENU[4], f'{SH_BY} {author}', shown, SH_BACK, SH_FORM, SH_FORM_NOTE, SH_NEW, SH_BEST, SH_ADD,
               SH_NEWSLETTER, SH_COPYRIGHT] + [b for b, _ in books] + SH_FOOTER_LINKS[:3] + rel[:2] + most[:2] + \
        ([c for _, c in SH_COMMENTERS] if not odd else [])
    read_also = [extra['also']] if not odd else []
    return page, title, read_also, rel + most, without, upd_of(upd_day)


# --- pulse: an article on a professional network (LinkedIn-like, guest view) -----------------------------------
PU_SITE = 'روابط'
PU_HOST = 'https://www.rawabit.example'
PU_SKIP = 'تجاوز شريط التنقل'
PU_SEARCH = 'ابحث عن أشخاص وشركات ومقالات'
PU_NAV = ['مقالات', 'أشخاص', 'دورات', 'وظائف']
PU_JOIN, PU_SIGNIN = 'أنشئ حساباً', 'سجّل دخولك'
PU_WRITERS = [('هشام الدباغ', 'باحث في الشؤون الإقليمية ومدرّب صحافة رقمية'),
              ('رنا الخطيب', 'محررة أولى | كاتبة في قضايا المنطقة والاقتصاد السياسي'),
              ('Karim Haddad', 'Senior analyst | كاتب مستقل في الشأن العربي'),
              ('سلمى بن عمر', 'صحافية متخصصة في التحقق من المعلومات')]
PU_FOLLOWERS = 'متابِع'
PU_FOLLOW = '+ متابعة'
PU_PUBLISHED = 'نُشر في'
PU_AGO = 'نُشر قبل {n} أيام'
PU_EDITED_MARK = '· مُعدَّل'
PU_EDITED = 'عُدّل في'
PU_PUBLISHED_EN = 'Published'
PU_ALSO = 'اقرأ أيضاً'
PU_REACTIONS = ['أعجبني', 'تعليق', 'إعادة نشر', 'إرسال']
PU_COMMENTS_N = 'تعليقات'
PU_COMMENTERS = [('ماجد الشهري', 'مدير مشاريع', 'قراءة مفيدة ومختصرة، شكراً على المشاركة', 'أسبوعان'),
                 ('Lina S.', 'باحثة دكتوراه', 'أتفق مع الفكرة العامة، وإن كانت الأرقام تحتاج إلى تحديث', 'أسبوع')]
PU_SEE_MORE = 'سجّل دخولك لترى بقية التعليقات والمشاركة في النقاش'
PU_MORE_BY = 'مقالات أخرى كتبها {name}'
PU_TOPICS = 'تصفّح مواضيع أخرى'
PU_TOPIC_WORDS = ['القيادة', 'الإعلام', 'الاقتصاد', 'ريادة الأعمال', 'التحول الرقمي']
PU_TREND = 'رائج بين أعضاء الشبكة'
PU_MODAL = 'انضم إلى روابط لتتابع الكاتب وتقرأ كل ما ينشره'
PU_FOOTER = ['عن الشبكة', 'إمكانية الوصول', 'اتفاقية الاستخدام', 'سياسة الخصوصية', 'سياسة ملفات الارتباط']
PU_COPY = 'روابط © {year}'


def render_pulse(art, others, extra, day, slug, k):
    _, title, paras = art
    more_by, trend = others[:4], others[4:8]
    pub = at(extra)
    name, headline = PU_WRITERS[k]
    followers = f'{1520 + 377 * k:,} {PU_FOLLOWERS}'
    mod, upd_day = pub, None
    if k == 0:
        lines = [f'{PU_PUBLISHED} {ar_date(pub)}']
    elif k == 1:
        # Shown relative to the guest view's render, five days later; the date itself only in the JSON-LD.
        lines = [PU_AGO.format(n=5), PU_EDITED_MARK]
        mod = pub + datetime.timedelta(days=2, hours=4)
    elif k == 2:
        lines = [f'{PU_PUBLISHED_EN} {en_date(pub)}']
    else:
        mod = pub + datetime.timedelta(days=2, hours=1, minutes=15)
        lines = [f'{PU_PUBLISHED} {ar_date(pub)}', f'· {PU_EDITED} {ar_date(mod)}']
    if mod != pub:
        upd_day = mod.date()
    likes, n_comments = 52 + 17 * k, 4 + k
    blocks = []
    half = (len(paras) + 1) // 2
    for part, chunk in enumerate((paras[:half], paras[half:])):
        ps = []
        for i, p in enumerate(chunk):
            ps.append(f'<p>{lead_html(p) if part == 0 and i == 0 else esc(p)}</p>')
        if part == 0 and k == 2:
            ps.append(f'<p><strong>{PU_ALSO}</strong>: <a href="{PU_HOST}/pulse/also-{slug}" target="_blank">{esc(extra["also"])}</a></p>')
        blocks.append(f'<div data-test-id="publishing-text-block" class="article-main__content">{"".join(ps)}</div>')
        if part == 0:
            blocks.append(f'<div data-test-id="publishing-image-block"><figure><img class="publishing-image-block__image" data-delayed-url="https://media.rawabit.example/dms/image/{slug}-in.jpg" alt=""></figure></div>')
    ld = {'@context': 'http://schema.org', '@type': 'Article', 'name': title, 'headline': title,
          'author': {'@type': 'Person', 'name': name, 'url': f'{PU_HOST}/in/writer-{k}',
                     'interactionStatistic': {'@type': 'InteractionCounter', 'interactionType': 'https://schema.org/FollowAction',
                                              'name': 'Follows', 'userInteractionCount': 1520 + 377 * k}},
          'datePublished': iso_ms_z(pub).replace('Z', '+00:00'), 'dateModified': iso_ms_z(mod).replace('Z', '+00:00'),
          'mainEntityOfPage': f'{PU_HOST}/pulse/{slug}', 'publisher': {'@type': 'Organization', 'name': PU_SITE, 'url': PU_HOST},
          'commentCount': n_comments,
          'interactionStatistic': [{'@type': 'InteractionCounter', 'interactionType': 'http://schema.org/LikeAction', 'userInteractionCount': likes},
                                   {'@type': 'InteractionCounter', 'interactionType': 'http://schema.org/CommentAction', 'userInteractionCount': n_comments}]}
    comments = ''.join(f'''<section class="comment"><a class="comment__author" href="{PU_HOST}/in/c{i}{k}">{esc(cn)}</a><p class="comment__headline">{esc(ch)}</p><span class="comment__duration-since">{ago}</span><p class="comment__text attributed-text-segment-list__content">{esc(ct)}</p><div class="comment__actions"><button class="comment__action">{PU_REACTIONS[0]}</button></div></section>'''
                       for i, (cn, ch, ct, ago) in enumerate(PU_COMMENTERS))
    more_html = ''.join(f'<li class="more-articles__item"><h3 class="base-card__title"><a href="{PU_HOST}/pulse/by-{k}-{i}" class="base-card__full-link">{esc(t)}</a></h3><h4 class="base-card__subtitle">{name}</h4></li>' for i, t in enumerate(more_by))
    trend_html = ''.join(f'<li><a href="{PU_HOST}/pulse/trend-{k}{i}">{esc(t)}</a> · <span class="trend-count">{190 - 37 * i} {PU_REACTIONS[0]}</span></li>' for i, t in enumerate(trend))
    topics = outside(PU_TOPIC_WORDS, paras)
    topic_html = ''.join(f'<li><a class="pill" href="{PU_HOST}/pulse/topics/{i}">{t}</a></li>' for i, t in enumerate(topics))
    nav = ''.join(f'<li><a class="nav__link" href="{PU_HOST}/{i}">{t}</a></li>' for i, t in enumerate(PU_NAV))
    footer = ''.join(f'<li><a href="{PU_HOST}/legal/{i}">{t}</a></li>' for i, t in enumerate(PU_FOOTER))
    date_html = ''.join(f'<span class="article-main__date-item">{x}</span> ' for x in lines)
    page = f'''<!DOCTYPE html>
<html lang="ar">
  <head>
    <meta name="pageKey" content="d_pulse_read_guest">
    <meta name="locale" content="ar_AE">
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{esc(title)} | {PU_SITE}</title>
    <meta name="description" content="{esc(opening_words(split_dateline(paras[0])[1], 25))}">
    <meta property="og:site_name" content="{PU_SITE}">
    <meta property="og:type" content="article">
    <meta property="og:title" content="{esc(title)}">
    <meta property="og:url" content="{PU_HOST}/pulse/{slug}">
    <meta name="twitter:card" content="summary_large_image">
    <link rel="canonical" href="{PU_HOST}/pulse/{slug}">
    <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
    <link rel="stylesheet" href="https://static.rawabit.example/sc/h/pulse-guest.6f1e2d.css">
  </head>
  <body dir="rtl" class="pulse-guest">
    <a href="#main-content" class="skip-link btn-md btn-primary">{PU_SKIP}</a>
    <header class="nav-header" role="banner"><nav class="nav" aria-label="Primary"><a href="{PU_HOST}/" class="nav__logo-link"><span class="sr-only">{PU_SITE}</span><img class="nav-logo" src="https://static.rawabit.example/logo.svg" alt=""></a>
      <form class="search-bar" role="search"><input class="search-input" placeholder="{PU_SEARCH}" aria-label="{PU_SEARCH}"></form>
      <ul class="top-nav-menu">{nav}</ul>
      <div class="nav__cta-container"><a class="nav__button-tertiary btn-md" href="{PU_HOST}/signup">{PU_JOIN}</a>
<a class="nav__button-secondary btn-md" href="{PU_HOST}/login">{PU_SIGNIN}</a></div></nav></header>
    <main class="main" id="main-content" role="main">
      <section class="core-rail">
        <div class="cover-img"><img class="cover-img__image" alt="" data-delayed-url="https://media.rawabit.example/dms/image/{slug}-cover.jpg"></div>
        <h1 class="pulse-title">{esc(title)}</h1>
        <div class="base-main-card flex flex-wrap author-info">
          <a class="base-card__full-link" href="{PU_HOST}/in/writer-{k}"><span class="sr-only">{esc(name)}</span></a>
          <div class="base-main-card__info"><h3 class="base-main-card__title">{esc(name)}</h3><h4 class="base-main-card__subtitle">{esc(headline)}</h4><p class="base-main-card__metadata">{followers}</p></div>
          <a class="follow-button" href="{PU_HOST}/login?session_redirect=follow">{PU_FOLLOW}</a>
        </div>
        <div class="article-main__date">{date_html}</div>
        {''.join(blocks)}
        <div class="social-action-bar"><span class="social-counts-reactions">{likes}</span> · <a class="social-counts-comments" href="#comments">{n_comments} {PU_COMMENTS_N}</a>
          <div class="social-action-bar__buttons">{''.join(f'<button class="social-action-bar__button">{t}</button>' for t in PU_REACTIONS)}</div></div>
        <section class="comments" id="comments">{comments}<p class="comments__see-more">{PU_SEE_MORE}</p></section>
        <section class="more-articles"><h2 class="more-articles__title">{PU_MORE_BY.format(name=esc(name))}</h2><ul class="more-articles__list">{more_html}</ul></section>
        <section class="explore-topics"><h2>{PU_TOPICS}</h2><ul class="pill-list">{topic_html}</ul></section>
      </section>
      <aside class="right-rail"><section class="trending"><h2>{PU_TREND}</h2><ol>{trend_html}</ol></section></aside>
    </main>
    <div class="contextual-sign-in-modal" hidden><p>{PU_MODAL}</p><a href="{PU_HOST}/signup">{PU_JOIN}</a></div>
    <footer class="li-footer"><ul class="li-footer__list">{footer}</ul><p class="li-footer__copy">{PU_COPY.format(year=pub.year)}</p></footer>
  </body>
</html>'''
    without = [headline, followers, PU_FOLLOW, PU_SEE_MORE, PU_MORE_BY.format(name=name), PU_TOPICS, PU_TREND,
               PU_COPY.format(year=pub.year)] + lines + [c[2] for c in PU_COMMENTERS] + more_by + trend + PU_FOOTER[1:] + topics
    read_also = [extra['also']] if k == 2 else []
    return page, title, read_also, [], without, upd_of(upd_day)


# --- odoo: a Bahraini business association's blog on Odoo 17 (website_blog) -------------------------------------
OD_SITE = 'جمعية رواد المحرق للأعمال'
OD_HOST = 'https://rowad-muharraq.example'
OD_BLOG = 'مستجدات ومتابعات'
OD_SKIP = 'انتقل إلى صلب الصفحة'
OD_MENU = ['الرئيسية', 'عن الجمعية', 'العضوية', 'الفعاليات', 'المدونة', 'تواصل معنا']
OD_LOGIN = 'دخول الأعضاء'
OD_LANG = 'English'
OD_CTA = 'قدّم طلب العضوية'
OD_AUTHORS = ['أمانة سر الجمعية', 'نورة البنعلي', 'فريق المحتوى', 'جاسم المناعي']
OD_IN = 'منشور في'
OD_NOTE = 'ملاحظة المحرر: حُدّث هذا المنشور في {date} بعد ورود معلومات إضافية.'
OD_ALSO = 'طالع أيضاً:'
OD_SHARE = 'انشر المقال'
OD_TAGS_HEAD = 'الوسوم'
OD_TAG_WORDS = ['اقتصاد البحرين', 'رواد الأعمال', 'قراءات', 'الخليج العربي']
OD_ARCHIVE = 'الأرشيف'
OD_ALL_DATES = '-- كل التواريخ'
OD_RELATED = 'منشورات متصلة بالموضوع'
OD_MOST = 'الأكثر مشاهدة في المدونة'
OD_VIEWS = 'مشاهدة'
OD_COMMENTED = 'الأكثر تعليقاً من الأعضاء'
OD_COMMENTS = 'تعليقات'
OD_LATEST = 'أحدث ما نشرته الجمعية'
OD_NEXT = 'اقرأ التالي'
OD_ABOUT_HEAD = 'نبذة عنا'
OD_ABOUT = 'جمعية مهنية مستقلة تجمع أصحاب المشاريع الصغيرة والمتوسطة في المحرق منذ 2011'
OD_CONTACT_HEAD = 'تواصل معنا'
OD_CONTACT = 'مبنى 1187، طريق 2415، المحرق، مملكة البحرين'
OD_COPY = 'كل الحقوق للجمعية'
OD_POWERED = 'الموقع مبني على منصة Odoo المفتوحة المصدر'
OD_COOKIES = 'يستعين موقع الجمعية بملفات الارتباط كي يعمل كما ينبغي ولقياس عدد زواره'
OD_COOKIE_BUTTONS = ['موافق', 'الضرورية وحدها']


def od_date(t):
    """Babel's 'MMM d, yyyy' in Arabic."""
    return f'{GULF_MONTHS[t.month - 1]} {t.day}, {t.year}'


def render_odoo(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, most, commented, latest = others[:3], others[3:6], others[6:8], others[8:11]
    kind = 'odoo'
    pub = at(extra)
    if k == 1:  # 01:40 in Bahrain: Odoo's zone-less UTC datetime is the day before
        pub = moved(kind, pub, 1, 40)
    pid = 57 + 13 * k
    author = OD_AUTHORS[k]
    mod, note = pub, ''
    if k == 0:
        mod = later(kind, pub, days=2, hours=5, minutes=12)
    elif k == 3:
        mod = later(kind, pub, days=1, hours=2, minutes=40)
        note = OD_NOTE.format(date=od_date(mod))
    upd_day = mod.date() if mod != pub else None
    shown = dmy(pub) if k == 2 else od_date(pub)
    # write_date, with its microseconds: a few seconds after the publication where the post was not edited since.
    modified = naive_utc(mod if mod != pub else pub + datetime.timedelta(seconds=7), 418339 + 1021 * k)
    body = []
    for i, p in enumerate(paras):
        body.append(f'<p>{lead_html(p, bold=k % 2 == 0) if i == 0 else esc(p)}</p>')
        if i == 1 and k in (1, 2):
            body.append(f'<p><b>{OD_ALSO}</b> <a href="/ar/blog/{OD_BLOG.replace(" ", "-")}-1/also-{pid - 9}">{esc(extra["also"])}</a></p>')
    if note:
        body.append(f'<p><em>{note}</em></p>')
    tags = outside(OD_TAG_WORDS[k % 2:k % 2 + 3], paras)
    tag_html = ''.join(f'<a href="/ar/blog/tag/t-{5 + i}" class="badge border post_link">{t}</a> ' for i, t in enumerate(tags))
    rel_days = [pub - datetime.timedelta(days=15 + 12 * i) for i in range(len(rel))]
    latest_days = [pub + datetime.timedelta(days=2 + 3 * i) for i in range(len(latest))]
    rel_html = ''.join(f'''<div class="s_dynamic_snippet_item col-12 col-lg-4 d-flex flex-column"><div class="card h-100"><a href="/ar/blog/r-{pid - 20 - i}" class="text-decoration-none"><div class="o_record_cover_container"><div class="o_record_cover_component o_record_cover_image" style="background-image: url(/web/image/blog.post/{pid - 20 - i}/cover)"></div></div></a><div class="card-body"><h5 class="card-title"><a href="/ar/blog/r-{pid - 20 - i}">{esc(t)}</a></h5><small class="text-muted">{od_date(d)}</small></div></div></div>'''
                       for i, (t, d) in enumerate(zip(rel, rel_days)))
    most_html = ''.join(f'<li><a href="/ar/blog/m-{pid + 100 + i}">{esc(t)}</a> <small class="text-muted">{2480 - 530 * i:,} {OD_VIEWS}</small></li>' for i, t in enumerate(most))
    commented_html = ''.join(f'<li><a href="/ar/blog/c-{pid + 200 + i}">{esc(t)}</a> <small class="text-muted">{27 - 8 * i} {OD_COMMENTS}</small></li>' for i, t in enumerate(commented))
    latest_html = ''.join(f'<li><a href="/ar/blog/l-{pid + 300 + i}">{esc(t)}</a> <small class="text-muted">{od_date(d)}</small></li>' for i, (t, d) in enumerate(zip(latest, latest_days)))
    months = ''.join(f'<option value="/ar/blog/archive?date_begin={(pub - datetime.timedelta(days=31 * i)).strftime("%Y-%m")}-01">{GULF_MONTHS[(pub - datetime.timedelta(days=31 * i)).month - 1]}</option>' for i in range(4))
    next_title = extra['more'][0]
    menu = ''.join(f'<li role="presentation" class="nav-item"><a role="menuitem" href="/ar/{i}" class="nav-link{" active" if i == 4 else ""}"><span>{t}</span></a></li>' for i, t in enumerate(OD_MENU))
    page = f'''<!DOCTYPE html>
<html lang="ar-001" data-website-id="1" data-main-object="blog.post({pid},)" data-oe-company-name="{OD_SITE}" dir="rtl">
    <head>
        <meta charset="utf-8"/>
        <meta http-equiv="X-UA-Compatible" content="IE=edge"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="Odoo"/>
        <meta name="description" content="{esc(opening_words(split_dateline(paras[0])[1], 24))}"/>
            <meta property="og:type" content="article"/>
            <meta property="og:title" content="{esc(title)}"/>
            <meta property="og:site_name" content="{OD_SITE}"/>
            <meta property="og:url" content="{OD_HOST}/ar/blog/mstjdt-1/{slug}-{pid}"/>
            <meta property="og:image" content="{OD_HOST}/web/image/blog.post/{pid}/cover"/>
            <meta property="og:description" content="{esc(opening_words(split_dateline(paras[0])[1], 24))}"/>
            <meta property="article:published_time" content="{naive_utc(pub)}"/>
            <meta property="article:modified_time" content="{modified}"/>
            <meta name="twitter:card" content="summary_large_image"/>
            <meta name="twitter:title" content="{esc(title)}"/>
        <link rel="canonical" href="{OD_HOST}/ar/blog/mstjdt-1/{slug}-{pid}"/>
        <link rel="preconnect" href="https://fonts.gstatic.com/" crossorigin=""/>
        <title>{esc(title)} | {OD_SITE}</title>
        <link type="image/x-icon" rel="shortcut icon" href="/web/image/website/1/favicon?unique=4c1d2e9"/>
        <link rel="preload" href="/web/static/src/libs/fontawesome/fonts/fontawesome-webfont.woff2?v=4.7.0" as="font" crossorigin=""/>
        <link type="text/css" rel="stylesheet" href="/web/assets/1/8e1f2a3/web.assets_frontend.rtl.min.css"/>
        <script id="web.layout.odooscript" type="text/javascript">
            var odoo = {{
                csrf_token: "5c1f8a9e2b3d4c6e7f8a9b0c1d2e3f4a5b6c7d8eo1722345600",
                debug: "",
            }};
        </script>
        <script type="text/javascript">
            odoo.__session_info__ = {{"is_admin": false, "is_system": false, "is_public": true, "is_website_user": true, "user_id": false, "is_frontend": true, "profile_session": null, "profile_collectors": null, "profile_params": null, "show_effect": true, "bundle_params": {{"lang": "ar_001", "website_id": 1}}, "test_mode": false, "websocket_worker_version": "17.0-1", "translationURL": "/website/translations", "cache_hashes": {{"translations": "a9c3e1f07b2d"}}, "geoip_country_code": "BH", "geoip_phone_code": 973, "lang_url_code": "ar"}};
            if (!/(^|;\\s)tz=/.test(document.cookie)) {{
                const userTZ = Intl.DateTimeFormat().resolvedOptions().timeZone;
                document.cookie = `tz=${{userTZ}}; path=/`;
            }}
        </script>
        <script type="text/javascript" defer="defer" src="/web/assets/1/3a7c9d1/web.assets_frontend_minimal.min.js" onerror="__odooAssetError=1"></script>
        <script type="text/javascript" defer="defer" data-src="/web/assets/1/b2e4f60/web.assets_frontend_lazy.min.js" onerror="__odooAssetError=1"></script>
    </head>
    <body>
        <div id="wrapwrap" class="blog_post_page   ">
                <a class="o_skip_to_content btn btn-primary rounded-0 visually-hidden-focusable position-absolute start-0" href="#wrap">{OD_SKIP}</a>
            <header id="top" data-anchor="true" data-name="Header" class="   o_header_standard" style=" ">
    <nav data-name="Navbar" aria-label="Main" class="navbar navbar-expand-lg navbar-light o_colored_level o_cc d-none d-lg-block shadow-sm ">
        <div id="o_main_nav" class="container">
    <a data-name="Navbar Logo" href="/ar" class="navbar-brand logo me-4"><span role="img" aria-label="Logo of {OD_SITE}" title="{OD_SITE}"><img src="/web/image/website/1/logo/rowad?unique=4c1d2e9" class="img img-fluid" width="95" height="40" alt="{OD_SITE}" loading="lazy"/></span></a>
    <ul id="top_menu" role="menu" class="nav navbar-nav top_menu o_menu_loading me-auto">{menu}</ul>
    <ul class="navbar-nav align-items-center gap-2 flex-shrink-0 justify-content-end ps-3">
        <li class=" o_no_autohide_item"><a href="/web/login" class="btn btn-outline-secondary">{OD_LOGIN}</a></li>
        <li class=""><div class="js_language_selector  dropdown d-print-none"><button type="button" data-bs-toggle="dropdown" aria-haspopup="true" aria-expanded="true" class="btn border-0 dropdown-toggle btn-sm btn-outline-secondary"><img class="o_lang_flag" src="/base/static/img/country_flags/bh.png?height=25" alt="" loading="lazy"/></button><div role="menu" class="dropdown-menu dropdown-menu-end"><a class="dropdown-item js_change_lang" role="menuitem" href="/en/blog/mstjdt-1/{slug}-{pid}" data-url_code="en" title="{OD_LANG}"><span class="align-middle">{OD_LANG}</span></a></div></div></li>
        <li class=""><div class="oe_structure oe_structure_solo"><section class="oe_unremovable oe_unmovable s_text_block o_colored_level" data-snippet="s_text_block" data-name="Text"><div class="container"><a href="/ar/membership" class="oe_unremovable btn btn-primary btn_cta">{OD_CTA}</a></div></section></div></li>
    </ul>
        </div>
    </nav>
            </header>
            <main>
    <div id="wrap" class="js_blog website_blog">
        <section id="o_wblog_post_top">
            <div id="title" class="blog_header">
    <div data-name="Blog Post Cover" style="" data-use_filters="True" data-res-model="blog.post" data-res-id="{pid}" class="o_record_cover_container d-flex flex-column h-100 o_colored_level o_cc o_cc3 o_cc o_half_screen_height o_record_has_cover  o_wblog_post_page_cover">
        <div style="background-image: url(/web/image/{1890 + pid}-{slug[:3]}/cover.jpg);" class="o_record_cover_component o_record_cover_image "></div>
        <div style="opacity: 0.2;" class="o_record_cover_component o_record_cover_filter oe_black"></div>
        <div class="container text-center position-relative h-100 d-flex flex-column flex-grow-1 justify-content-around">
            <div class="o_wblog_post_title  ">
                <h1 id="o_wblog_post_name" class="o_editable_no_shadow o_wblog_post_name" data-oe-expression="blog_post.name" placeholder="Blog Post Title" data-blog-id="{pid}">{esc(title)}</h1>
                <div id="o_wblog_post_subtitle" class="o_editable_no_shadow" data-oe-expression="blog_post.subtitle" placeholder="Subtitle"></div>
            </div>
            <a id="o_wblog_post_content_jump" href="#o_wblog_post_main" class="css_editable_mode_hidden justify-content-center align-items-center rounded-circle mx-auto mb-5 text-decoration-none"><i class="fa fa-angle-down fa-3x text-white" aria-label="إلى المحتوى" title="إلى المحتوى" role="img"></i></a>
        </div>
    </div>
            </div>
        </section>
        <section id="o_wblog_post_main" class="container pt-4 pb-5 ">
            <div class="o_container_small">
                <div class="d-flex flex-column flex-lg-row">
                    <div id="o_wblog_post_content" class=" o_container_small w-100 flex-shrink-0">
                        <div data-editor-message="WRITE HERE OR DRAG BUILDING BLOCKS" class="o_wblog_post_content_field  o_wblog_read_text">{''.join(body)}</div>
                        <div class="css_editable_mode_hidden text-muted"><div>{OD_IN} <a href="/ar/blog/mstjdt-1">{OD_BLOG}</a></div></div>
                        <div class="oe_structure" id="oe_structure_blog_post_content_after"><section class="s_dynamic_snippet s_blog_posts o_colored_level" data-snippet="s_blog_posts" data-name="Blog Posts" data-filter-id="2" data-number-of-records="3"><div class="container"><h4 class="s_blog_posts_title">{OD_RELATED}</h4><div class="dynamic_snippet_template row g-3">{rel_html}</div></div></section></div>
                    </div>
                    <div id="o_wblog_post_sidebar_col" class="ps-lg-5 ">
                        <div id="o_wblog_post_sidebar">
                            <div class="o_wblog_sidebar_block pb-5"><div class="d-flex align-items-center"><div class="o_avatar o_wblog_author_avatar me-2"><img src="/web/image/res.partner/{30 + k}/avatar_128" class="img rounded-circle" alt="" loading="lazy"/></div><div style="line-height:1"><span>{author}</span><br/><span class="text-muted">{shown}</span></div></div></div>
                            <div class="o_wblog_sidebar_block pb-5"><h6 class="text-uppercase pb-2 mb-4 border-bottom fw-bold">{OD_SHARE}</h6><div class="o_wblog_social_links d-flex flex-wrap mx-n1"><a href="#" aria-label="Facebook" class="o_facebook mx-1"><i class="fa fa-facebook-square text-facebook fa-2x"></i></a><a href="#" aria-label="X" class="o_twitter mx-1"><i class="fa fa-twitter text-twitter fa-2x"></i></a><a href="#" aria-label="LinkedIn" class="o_linkedin mx-1"><i class="fa fa-linkedin text-linkedin fa-2x"></i></a></div></div>
                            <div class="o_wblog_sidebar_block pb-5"><h6 class="text-uppercase pb-2 mb-4 border-bottom fw-bold">{OD_MOST}</h6><ol class="list-unstyled">{most_html}</ol></div>
                            <div class="o_wblog_sidebar_block pb-5"><h6 class="text-uppercase pb-2 mb-4 border-bottom fw-bold">{OD_COMMENTED}</h6><ul class="list-unstyled">{commented_html}</ul></div>
                            <div class="o_wblog_sidebar_block pb-5"><h6 class="text-uppercase pb-2 mb-4 border-bottom fw-bold">{OD_LATEST}</h6><ul class="list-unstyled">{latest_html}</ul></div>
                            <div class="o_wblog_sidebar_block pb-5"><h6 class="text-uppercase pb-2 mb-4 border-bottom fw-bold">{OD_TAGS_HEAD}</h6><div class="h5">{tag_html}</div></div>
                            <div class="o_wblog_sidebar_block pb-5"><h6 class="text-uppercase pb-2 mb-4 border-bottom fw-bold">{OD_ARCHIVE}</h6><select name="archive" oninput="location = this.value;" class="form-select"><option value="/ar/blog/mstjdt-1" selected="true" disabled="true">{OD_ALL_DATES}</option><optgroup label="{pub.year}">{months}</optgroup></select></div>
                        </div>
                    </div>
                </div>
            </div>
        </section>
        <section id="o_wblog_post_footer">
            <div class="mt-5 css_editable_mode_hidden"><div class="o_wblog_next_wrapper"><div class="o_record_cover_container d-flex flex-column h-100 o_colored_level o_cc o_cc3 o_record_has_cover o_wblog_post_page_cover o_wblog_post_page_cover_footer"><div style="background-image: url(/web/image/blog.post/{pid + 1}/cover);" class="o_record_cover_component o_record_cover_image"></div><a id="o_wblog_next_post_info" class="d-none" data-size="o_half_screen_height" data-url="/ar/blog/mstjdt-1/next-{pid + 1}?anim"></a>
                <div class="container text-center position-relative mt-5"><span class="o_wblog_read_next_badge h6 text-uppercase">{OD_NEXT}</span><div class="o_wblog_toggle"><a href="/ar/blog/mstjdt-1/next-{pid + 1}" class="o_wblog_next_post h3 d-block mt-2 o_wblog_post_name">{esc(next_title)}</a></div></div></div></div></div>
        </section>
    </div>
            </main>
            <footer id="bottom" data-anchor="true" data-name="Footer" class="o_footer o_colored_level o_cc ">
                <div id="footer" class="oe_structure oe_structure_solo">
                    <section class="s_text_block pt40 pb16" data-snippet="s_text_block" data-name="Text"><div class="container"><div class="row">
                        <div class="col-lg-5 pt24 pb24"><h5 class="mb-3">{OD_ABOUT_HEAD}</h5><p>{OD_ABOUT}</p></div>
                        <div class="col-lg-5 offset-lg-1 pt24 pb24"><h5 class="mb-3">{OD_CONTACT_HEAD}</h5><p>{OD_CONTACT}</p></div>
                    </div></div></section>
                </div>
                <div class="o_footer_copyright o_colored_level o_cc" data-name="Copyright"><div class="container py-3"><div class="row"><div class="col-sm text-center text-sm-start text-muted"><span class="o_footer_copyright_name me-2">{OD_COPY} {pub.year}</span></div>
                    <div class="col-sm text-center text-sm-end o_not_editable"><div class="o_brand_promotion">{OD_POWERED}</div></div></div></div></div>
            </footer>
        <div id="website_cookies_bar" class="s_popup o_snippet_invisible o_no_save" data-name="Cookies Bar" data-vcss="001" data-invisible="1"><div class="modal s_popup_bottom s_popup_no_backdrop o_cookies_discrete" data-show-after="500" data-display="afterDelay" data-consents-duration="999" data-bs-focus="false" data-bs-backdrop="false" data-bs-keyboard="false" tabindex="-1" role="dialog"><div class="modal-dialog d-flex s_popup_size_full"><div class="modal-content oe_structure"><section class="o_colored_level o_cc o_cc1"><div class="container"><div class="row"><div class="col-lg-8 pt16"><p>{OD_COOKIES}</p></div><div class="col-lg-3 offset-lg-1 s_popup_no_backdrop"><a href="#" id="cookies-consent-essential" role="button" class="js_close_popup btn btn-outline-primary rounded-circle btn-sm px-2">{OD_COOKIE_BUTTONS[1]}</a> <a href="#" id="cookies-consent-all" role="button" class="js_close_popup btn btn-outline-primary rounded-circle btn-sm">{OD_COOKIE_BUTTONS[0]}</a></div></div></div></section></div></div></div></div>
        </div>
    </body>
</html>'''
    without = [OD_SKIP, OD_MENU[2], OD_MENU[3], OD_LOGIN, OD_CTA, author, shown, OD_BLOG, OD_SHARE, OD_COMMENTED, OD_LATEST, OD_NEXT,
               next_title, OD_ABOUT, OD_CONTACT, OD_POWERED, OD_COOKIES] + commented + latest + rel[:2] + most[:2] + tags + \
        ([note] if note else [])
    read_also = [extra['also']] if k in (1, 2) else []
    return page, title, read_also, rel + most, without, upd_of(upd_day)


# --- gsites: a Tunisian municipality's news page on Google Sites ------------------------------------------------
GS_SITE = 'بلدية وادي الزيتون'
GS_HOST = 'https://sites.google.example'
GS_PATH = '/view/wadi-zitoun'
GS_SKIP = ['التخطي نحو محتوى الصفحة', 'الانتقال إلى قائمة التنقل']
GS_NAV = ['الرئيسية', 'المجلس البلدي', 'الخدمات الإدارية', 'الأخبار', 'المشاريع البلدية', 'اتصل بنا']
GS_SEARCH = 'ابحث في موقع البلدية'
GS_TN_PLACE = 'وادي الزيتون في'
GS_FR_PUBLISHED = 'Publié le'
GS_FR_UPDATED = 'Mis à jour le'
GS_AR_PUBLISHED = 'نُشر يوم'
GS_AR_UPDATED = 'آخر تحيين للخبر:'
GS_CAPTION = 'صورة من المصلحة الإعلامية بالبلدية'
GS_ALSO = 'اقرأ أيضا:'
GS_RELATED = 'أخبار البلدية المتصلة بالموضوع'
GS_NOTICES = 'بلاغات وإعلانات'
GS_NOTICE_LINES = ['تنطلق الحملة الشاملة لرفع الفضلات بالأحياء الشمالية يوم {date}',
                   'يُعلم المواطنون أن شبّاك الحالة المدنية يعمل صباح كل سبت إلى غاية {date}']
GS_CONTACT = 'مقر البلدية: ساحة الاستقلال، وادي الزيتون — الهاتف 76 410 205'
GS_HOURS = 'نستقبلكم من الاثنين إلى الجمعة، من الثامنة صباحاً إلى الرابعة والنصف مساءً'
GS_MENU = ['Google Sites', 'الإبلاغ عن محتوى مسيء', 'تفاصيل هذه الصفحة']


def tn_date(t):
    return f'{t.day} {TN_MONTHS[t.month - 1]} {t.year}'


def gs_p(inner, extra_cls=''):
    return f'<p dir="rtl" class="zfr3Q CDt4Ke {extra_cls}" style=""><span class="C9DxTc " style="">{inner}</span></p>'


def gs_box(ident, inner, cls='yaqOZd'):
    """One section of a new Google Sites page with its text box (the tile divs around the content)."""
    return (f'<section id="h.{ident}" class="{cls}"><div class="IFuOkc"></div><div class="mYVXT"><div class="LS81yb VICjCf j5pSsc db35Fc" tabindex="-1">'
            f'<div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd purZT-AhqUyc-II5mzb ZcASvf-AhqUyc-II5mzb pSzOP-AhqUyc-qWD73c Ktthjf-AhqUyc-qWD73c JNdkSc SQVYQc">'
            f'<div class="JNdkSc-SmKAyb LkDMRd"><div class="" jscontroller="sGwD4d" jsaction="zXBUYb:zTPCnb;zQF9Uc:Qxe3nd;" jsname="F57UId"><div class="oKdM2c ZZyype Kzv0Me">'
            f'<div id="h.{ident}_l" class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec OjCsFc dmUFtb wHaque g5GTcb"><div class="jXK9ad-SmKAyb">'
            f'<div class="tyJCtd mGzaTb Depvyb baZpAe">{inner}</div></div></div></div></div></div></div></div></div></section>')


def render_gsites(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, subpages = others[:4], others[4:8]
    kind = 'gsites'
    pub = at(extra)
    upd, upd_day = None, None
    if k == 0:
        lines = [f'{DAYS[pub.weekday()]} {tn_date(pub)}']
    elif k == 1:
        upd = later(kind, pub, days=1, hours=2, minutes=5)
        lines = [f'{GS_FR_PUBLISHED} {pub.day} {FRENCH_MONTHS[pub.month - 1]} {pub.year}',
                 f'{GS_FR_UPDATED} {upd.day} {FRENCH_MONTHS[upd.month - 1]} {upd.year} à {upd.hour:02d}h{upd.minute:02d}']
    elif k == 2:
        lines = [f'{GS_TN_PLACE} {dmy(pub, "-")}']
    else:
        upd = later(kind, pub, days=2, hours=4)
        lines = [f'{GS_AR_PUBLISHED} {tn_date(pub)}', f'{GS_AR_UPDATED} {tn_date(upd)}']
    if upd:
        upd_day = upd.date()
    # The page's last edit (Google Sites' "page updated" stamp, in an attribute): days later, not an article date.
    edited = later(kind, upd or pub, days=9, hours=3)
    date_box = ''.join(gs_p(esc(x), 'C9DxTc') if i else f'<p dir="{"ltr" if k == 1 else "rtl"}" class="zfr3Q CDt4Ke" style=""><span class="C9DxTc " style="font-weight: 700;">{esc(x)}</span></p>'
                       for i, x in enumerate(lines))
    half = 2 if len(paras) > 3 else len(paras)
    first = ''.join(gs_p(esc(p)) for p in paras[:half])
    rest = []
    for i, p in enumerate(paras[half:]):
        rest.append(gs_p(esc(p)))
        if i == 0 and k == 2:
            rest.append(f'<p dir="rtl" class="zfr3Q CDt4Ke" style=""><span class="C9DxTc " style="font-weight: 700;">{GS_ALSO} </span><a class="XqQF9c" href="{GS_PATH}/الأخبار/also-{k}"><span class="C9DxTc aw5Odc ">{esc(extra["also"])}</span></a></p>')
    rest_html = ''.join(rest)
    image = (f'<div class="t3iYD"><img src="https://lh3.googleusercontent.example/sitesv/AA5AbUC{k}x{slug.replace("-", "")}=w1280" class="CENy8b" role="img"></div>'
             f'<div class="hJDwNd-AhqUyc-II5mzb"></div>{gs_p(GS_CAPTION)}')
    heading = (f'<h3 id="h.rel_{k}" dir="rtl" class="zfr3Q OmQG5e CDt4Ke " style=""><span class="C9DxTc " style="">{GS_RELATED}</span></h3>' if k % 2 == 0 else
               f'<p dir="rtl" class="zfr3Q CDt4Ke " style=""><span class="C9DxTc " style="font-weight: 700;">{GS_RELATED}</span></p>')
    rel_list = '<ul class="n8H08c UVNKR " style="margin-left:0;margin-right:0;padding-right:0">' + ''.join(
        f'<li class="zfr3Q TYR86d eD0qOd ftS3kf" style="margin-right:15pt;"><p dir="rtl" class="zfr3Q CDt4Ke " style=""><a class="XqQF9c" href="{GS_PATH}/الأخبار/n-{30 + i}"><span class="C9DxTc aw5Odc ">{esc(t)}</span></a></p></li>'
        for i, t in enumerate(rel)) + '</ul>'
    notice_days = [pub + datetime.timedelta(days=5 + 6 * i) for i in range(len(GS_NOTICE_LINES))]
    notices = [line.format(date=f'{d.day} {TN_MONTHS[d.month - 1]}') for line, d in zip(GS_NOTICE_LINES, notice_days)]
    notice_html = (f'<p dir="rtl" class="zfr3Q CDt4Ke " style=""><span class="C9DxTc " style="font-weight: 700;">{GS_NOTICES}</span></p>' +
                   ''.join(gs_p(esc(n)) for n in notices))
    sub = ''.join(f'<li jsname="ibnC6b" data-nav-level="2"><div class="PsKE7e r8s4j-R6PoUb IKA38e baH5ib oNsfjf"><div class="I35ICb" jsaction="keydown:mPuKz(QwLHlb); click:vHQTA(QwLHlb);"><a class="aJHbb dk90Ob hDrhEe HlqNPb" jsname="QwLHlb" role="link" tabindex="0" data-navtype="1" href="{GS_PATH}/الأخبار/s-{i}">{esc(t)}</a></div></div></li>'
                  for i, t in enumerate(subpages))
    nav = []
    for i, t in enumerate(GS_NAV):
        cur = ' aria-selected="true"' if i == 3 else ''
        inner = (f'<li jsname="ibnC6b" data-nav-level="1"><div class="PsKE7e r8s4j-R6PoUb IKA38e baH5ib oNsfjf"><div class="I35ICb" jsaction="keydown:mPuKz(QwLHlb); click:vHQTA(QwLHlb);">'
                 f'<a class="aJHbb dk90Ob hDrhEe HlqNPb" jsname="QwLHlb" role="link" tabindex="0" data-navtype="1"{cur} href="{GS_PATH}/{t.replace(" ", "-")}">{t}</a></div></div>')
        if i == 3:
            inner += f'<div class="oGuwee eWDljc RPRy1e Mkt3Tc" style="display:none;" jsname="QXE97" jsaction="transitionend:UdOwlb" data-level="2"><ul class="VcS63b">{sub}</ul></div>'
        nav.append(inner + '</li>')
    page = f'''<!DOCTYPE html><html lang="ar" dir="rtl" itemscope itemtype="http://schema.org/WebPage"><head><script nonce="Xq3mT9">var DOCS_timing={{}}; DOCS_timing['sl']=new Date().getTime();</script><script nonce="Xq3mT9">function _DumpException(e) {{throw e;}}</script><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="origin"><link rel="icon" href="https://ssl.gstatic.example/atari/images/public/favicon.ico"><meta property="og:title" content="{GS_SITE} - {esc(title)}"><meta property="og:type" content="website"><meta property="og:url" content="{GS_HOST}{GS_PATH}/الأخبار/{slug}"><meta property="og:description" content="{esc(opening_words(paras[0], 24))}"><meta itemprop="name" content="{GS_SITE} - {esc(title)}"><meta itemprop="description" content="{esc(opening_words(paras[0], 24))}"><meta itemprop="url" content="{GS_HOST}{GS_PATH}/الأخبار/{slug}"><meta itemprop="thumbnailUrl" content="https://lh3.googleusercontent.example/sitesv/AA5AbUC{k}x=w16383"><meta property="og:image" content="https://lh3.googleusercontent.example/sitesv/AA5AbUC{k}x=w16383"><link href="https://fonts.googleapis.example/css?family=Cairo%3A400%2C700&display=swap" rel="stylesheet" nonce="Xq3mT9"><link href="https://www.gstatic.example/_/atari/_/ss/k=atari.vw.7dBKzqc9_4Q.L.W.O/am=MBiA/d=1/rs=AGEqA5kD7JcA0AAMh3W0dsgvTqL" data-id="_cl" rel="stylesheet" nonce="Xq3mT9"><title>{GS_SITE} - {esc(title)}</title></head>
<body dir="rtl" itemscope itemtype="http://schema.org/WebPage" id="yDmH0d" css="yDmH0d"><div jscontroller="pc62j" jsmodel="iTeaXe" jsaction="rcuQ6b:WYd;GvneHb:og1FDd;vbaUQc:uAM5ec;"><div id="docs-banner-container"><div id="docs-banners"><div id="HB1eCd-mzNpsf-r8s4j-ORHb"></div><div id="HB1eCd-TZk80d-r8s4j-ORHb" aria-live="assertive" aria-atomic="true"></div></div><div class="HB1eCd-Vkfede-NBtyUd-PvRhvb-LwH6nd"></div></div>
<div jscontroller="X4BaPc" jsaction="rcuQ6b:WYd;o6xM5b:Pg9eo;HuL2Hd:mHeCvf;VMhF5:FFYy5e;sk3Qmb:HI1Mdd;"><div jscontroller="o1L5Wb" data-sitename="wadi-zitoun" data-search-scope="1" data-universe="1" jsmodel="fNFZH" jsaction="Pe9H6d:cZFEp;WMZaJ:VsGN3;hJluRd:UADL7b;" jsname="G0jgYd" data-last-updated-at-time="{epoch_ms(edited)}" data-is-preview="false"><div jsname="gYwusb" class="p9b27"></div>
<div class="JpY6Fd"><a class="TlfmSc-oNlDAe" href="#h.{slug}_main">{GS_SKIP[0]}</a>
<a class="TlfmSc-oNlDAe" href="#WDxLfe">{GS_SKIP[1]}</a></div>
<header id="atIdViewHeader"><div class="BbxBP HP6J1d K5Zlne" jsname="WA9qLc" jscontroller="RQOkef" jsaction="rcuQ6b:JdcaS;MxH79b:JdcaS;VbOlFf:ywL4Jf;FaOgy:ywL4Jf;" data-has-scroll-hook-listener="true"><div class="VLoccc K5Zlne QDWEj U8eYrb" jsname="rtFGi"><div class="Pvc6xe"><div jsname="I8J07e" class="TlfmSc YSH9J"><a class="GAuSPc" jsname="jIujaf" href="{GS_PATH}/الرئيسية"><img src="https://lh6.googleusercontent.example/logo-wadi=w16383" class="lzy1Td" role="img" aria-label="شعار البلدية" jsname="SwcDWb"><span class="QTKDff">{GS_SITE}</span></a></div>
<nav class="plFg0c" jscontroller="HXO1uc" jsaction="rcuQ6b:rcuQ6b;MxH79b:CfS0pe;" id="WDxLfe" data-is-preview="false"><ul class="jYxBte Fpy8Db" tabindex="-1">{''.join(nav)}</ul></nav>
<div jscontroller="gK4msf" class="RBEWZc" jsname="h04Zod" jsaction="rcuQ6b:WYd;JIbuQc:AT95Ub;VbOlFf:HgE5D;FaOgy:HgE5D;MxH79b:JdcaS;" data-side="1" data-default-edge="1"><div class="DXsoRd YTv4We oNsfjf" role="button" tabindex="0" jsaction="click:LUvzV" jsname="lV5oke" aria-haspopup="true" aria-label="{GS_SEARCH}"><input class="zuVV3d" placeholder="{GS_SEARCH}" aria-label="{GS_SEARCH}"></div></div>
</div></div></div></header>
<div role="main" tabindex="-1" class="UtePc RCETm" dir="rtl">
<section id="h.{slug}_main" class="yaqOZd LB7kq cJgDec tpmmCb O13XJf nyKByd" style=""><div class="IFuOkc" style="background-size: cover; background-position: center center; background-image: url(https://lh4.googleusercontent.example/banner-wadi=w16383);"></div><div class="mYVXT"><div class="LS81yb VICjCf j5pSsc db35Fc" tabindex="-1"><div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd JNdkSc SQVYQc"><div class="JNdkSc-SmKAyb LkDMRd"><div class="oKdM2c ZZyype Kzv0Me"><div class="tyJCtd mGzaTb Depvyb baZpAe lkHyyc"><h1 id="h.p_title_{k}" dir="rtl" class="zfr3Q duRjpb CDt4Ke " style=""><span class="C9DxTc " style="">{esc(title)}</span></h1></div></div></div></div></div></div></section>
{gs_box(f'date_{k}', date_box)}
{gs_box(f'text1_{k}', first)}
{gs_box(f'img_{k}', image) if rest_html else ''}
{gs_box(f'text2_{k}', rest_html) if rest_html else ''}
{gs_box(f'rel_{k}', heading + rel_list)}
{gs_box(f'notices_{k}', notice_html)}
{gs_box(f'footer_{k}', gs_p(GS_CONTACT) + gs_p(GS_HOURS), cls='yaqOZd O13XJf')}
</div>
<div jscontroller="j1RDQb" jsaction="rcuQ6b:rcuQ6b;MxH79b:JdcaS;FaOgy:XuHpsb;" class="dZA9kd ynRLnc" data-last-updated-at-time="{epoch_ms(edited)}"><div role="button" class="U26fgb JRtysb WzwrXb I12f0b K2mXPb zXBiaf ynRLnc" jscontroller="iSvg6e" jsaction="click:cOuCgd;" aria-label="معلومات الموقع" aria-disabled="false" tabindex="0" aria-haspopup="true" aria-expanded="false" data-menu-corner="bottom-start" data-anchor-corner="top-start"><div class="NWlf3e MbhUzd" jsname="ksKsZd"></div><span jsslot="" class="MhXXcc oJeWuf"><span class="Lw7GHd snByac"><svg width="24" height="24" viewBox="0 0 24 24" focusable="false" class="hCdrY"><path d="M11 17h2v-6h-2v6z"/></svg></span></span>
<div jsname="xl07Ob" style="display:none" aria-hidden="true"><div class="JPdR6b hVNH5c" jscontroller="uY3Nvd" jsaction="IpSVtb:TvD9Pc;fEN2Ze:xzS4ub;" role="menu" tabindex="0"><div class="XvhY1d" jsaction="mousedown:p8EH2c; touchstart:p8EH2c;"><div class="JAPqpe K0NPx"><span jsslot="" class="z80M1 FeRvI" role="menuitem" tabindex="-1"><div class="aBBjbd MbhUzd" jsname="ksKsZd"></div><div class="PCdOIb Ce1Y1c" aria-hidden="true"></div><span jsname="K4r5Ff" class="uyYuVb oJeWuf"><a class="jgXgSe" href="https://sites.google.example/new/">{GS_MENU[0]}</a></span></span><span jsslot="" class="z80M1 FeRvI" role="menuitem" tabindex="-1"><span class="uyYuVb oJeWuf">{GS_MENU[1]}</span></span><span jsslot="" class="z80M1 FeRvI" role="menuitem" tabindex="-1"><span class="uyYuVb oJeWuf">{GS_MENU[2]}</span></span></div></div></div></div></div></div>
</div></div></div>
<script nonce="Xq3mT9">DOCS_timing['sl']=new Date().getTime();</script><script id="base-js" src="https://www.gstatic.example/_/atari/_/js/k=atari.vw.ar.abc/am=MBiA/d=1/rs=AGEqA5mF" nonce="Xq3mT9"></script>
</body></html>'''
    without = [GS_SKIP[0], GS_NAV[1], GS_NAV[2], GS_CAPTION if rest_html else '', GS_NOTICES, GS_CONTACT, GS_HOURS] + lines + notices + rel[:2]
    read_also = [extra['also']] if k == 2 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- squarespace: a Lebanese cultural foundation's news on Squarespace 7.1 -------------------------------------
SQ_SITE = 'مؤسسة جسور للثقافة والفنون'
SQ_HOST = 'https://www.jusour-culture.example'
SQ_ANNOUNCE = 'المعرض الفوتوغرافي «وجوه المدينة» يستقبل زواره حتى آخر الشهر'
SQ_NAV = ['من نحن', 'برامجنا', 'الأخبار', 'إصدارات', 'تواصل']
SQ_DONATE = 'ساهِم في دعمنا'
SQ_BY_CAT = ['أخبار', 'تقارير', 'أخبار', 'متابعات']
SQ_AUTHORS = ['مكتب التواصل', 'ليال حداد', 'مكتب التواصل', 'طوني صفير']
SQ_CAPTION = 'عدسة فريق جسور'
SQ_NOTE = 'أُضيفت إلى هذا الخبر تفاصيل جديدة في {date}.'
SQ_ALSO = 'طالع أيضاً:'
SQ_RELATED = 'قصص على صلة بهذا الخبر'
SQ_READMORE = 'تابع القراءة ←'
SQ_LATEST = 'جديد المؤسسة'
SQ_BIO = 'يتابع فريق التواصل في المؤسسة أخبار المشهد الثقافي في لبنان والمنطقة'
SQ_PREV, SQ_NEXT = 'المنشور السابق', 'المنشور التالي'
SQ_NEWSLETTER = 'رسالتنا الشهرية'
SQ_NEWSLETTER_TEXT = 'سجّل بريدك لتصلك مواعيد الأمسيات والمعارض مرة في الشهر'
SQ_FIELDS = ['الاسم', 'البريد الإلكتروني', 'سجّلني']
SQ_THANKS = 'تم تسجيل بريدك، أهلاً بك!'
SQ_ADDRESS = 'بيروت، الحمرا، شارع المكحول، بناية النجمة، الطابق الثاني'
SQ_COPY = 'مؤسسة جسور للثقافة والفنون، جمعية لا تبغي الربح'


def sq_short(t):
    """Squarespace's short date in an English-language site setting: M/D/YY."""
    return f'{t.month}/{t.day}/{t.year % 100:02d}'


def render_squarespace(art, others, extra, day, slug, k):
    _, title, paras = art
    rel, latest = others[:3], others[3:6]
    prev_next = extra['more'][:2]
    odd = k % 2 == 1
    kind = 'squarespace'
    pub = at(extra)
    if k == 2:  # 00:30 in Beirut: the day before in UTC (the context's epoch milliseconds)
        pub = moved(kind, pub, 0, 30)
    item = f'64{k}1c{pub.year}a{pub.month:02d}f{pub.day:02d}e7d{k}'
    author = SQ_AUTHORS[k]
    mod, note = pub, ''
    if k == 0:
        shown = sq_short(pub)
    elif k == 1:
        shown = lv_date(pub)
        mod = later(kind, pub, days=1, hours=2)
    elif k == 2:
        shown = sq_short(pub)
    else:
        shown = lv_date(pub, year=False)
        mod = later(kind, pub, days=1, hours=6, minutes=30)
        note = SQ_NOTE.format(date=lv_date(mod))
    upd_day = mod.date() if mod != pub else None
    block_n = [0]

    def block(inner):
        block_n[0] += 1
        return (f'<div class="sqs-block html-block sqs-block-html" data-block-type="2" data-border-radii="&#123;&quot;topLeft&quot;:&#123;&quot;unit&quot;:&quot;px&quot;,&quot;value&quot;:0.0&#125;&#125;" id="block-yui_3_17_2_1_{1678700000 + k}_{block_n[0] * 311}">'
                f'<div class="sqs-block-content"><div class="sqs-html-content">{inner}</div></div></div>')
    ps = [f'<p class="" style="white-space:pre-wrap;">{lead_html(p, bold=True) if i == 0 else esc(p)}</p>' for i, p in enumerate(paras)]
    cut = min(3, len(ps))
    blocks = [block(''.join(ps[:cut]))]
    blocks.append(f'<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-yui_3_17_2_1_{1678700000 + k}_9021"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic" style="max-width:1500px;"><div class="image-block-outer-wrapper layout-caption-below design-layout-inline"><div class="intrinsic" style="max-width:1500.0px;"><div style="padding-bottom:66.6%;overflow: hidden;" class="image-block-wrapper" data-animation-role="image"><noscript><img src="https://images.squarespace-cdn.example/content/v1/{item}/{slug}.jpg" alt=""></noscript><img class="thumb-image" data-src="https://images.squarespace-cdn.example/content/v1/{item}/{slug}.jpg" data-image-dimensions="1500x1000" data-image-focal-point="0.5,0.5" alt="" data-load="false" data-type="image"></div></div><figcaption class="image-caption-wrapper"><div class="image-caption"><p class="" style="white-space:pre-wrap;">{SQ_CAPTION}</p></div></figcaption></div></figure></div></div>')
    rest = ps[cut:]
    if odd and rest:
        rest.insert(1 if len(rest) > 1 else 0, f'<p class="" style="white-space:pre-wrap;"><strong>{SQ_ALSO}</strong> <a href="/news/also-{slug}">{esc(extra["also"])}</a></p>')
    elif odd:
        rest.append(f'<p class="" style="white-space:pre-wrap;"><strong>{SQ_ALSO}</strong> <a href="/news/also-{slug}">{esc(extra["also"])}</a></p>')
    if rest:
        blocks.append(block(''.join(rest)))
    if note:
        blocks.append(block(f'<p class="" style="white-space:pre-wrap;"><em>{note}</em></p>'))
    rel_days = [pub - datetime.timedelta(days=18 + 21 * i) for i in range(len(rel))]
    latest_days = [pub + datetime.timedelta(days=3 + 5 * i) for i in range(len(latest))]

    def summary(ident, heading, items, days, base):
        cards = ''.join(f'''<div class="summary-item summary-item-record-type-text sqs-gallery-design-autogrid-slide summary-item-has-thumbnail summary-item-has-date"><div class="summary-thumbnail-outer-container"><a href="/news/s{base + i}" class="summary-thumbnail-container sqs-gallery-image-container" data-title="{esc(t)}" data-description="" data-animation-role="image"><div class="summary-thumbnail img-wrapper"><img data-src="https://images.squarespace-cdn.example/content/v1/s{base + i}.jpg" alt="" class="summary-thumbnail-image" data-load="false"></div></a></div><div class="summary-content sqs-gallery-meta-container"><div class="summary-metadata-container summary-metadata-container--above-title"><div class="summary-metadata summary-metadata--primary"><time class="summary-metadata-item summary-metadata-item--date" datetime="{d.isoformat()[:10]}">{lv_date(d, year=False)}</time></div></div><div class="summary-title"><a href="/news/s{base + i}" class="summary-title-link">{esc(t)}</a></div><div class="summary-read-more-link-wrapper"><a href="/news/s{base + i}" class="summary-read-more-link">{SQ_READMORE}</a></div></div></div>'''
                        for i, (t, d) in enumerate(zip(items, days)))
        return (f'<div class="sqs-block summary-v2-block sqs-block-summary-v2" data-block-type="55" id="block-yui_{ident}"><div class="sqs-block-content">'
                f'<div class="summary-block-wrapper summary-block-collection-type-blog-basic summary-block-setting-text-alignment-right summary-block-setting-design-autogrid" data-controller="SummaryCarouselController" data-block-json="&#123;&quot;collectionId&quot;:&quot;5f3a{k}&quot;,&quot;pageSize&quot;:3&#125;">'
                f'<div class="summary-block-header"><div class="summary-heading"><span class="summary-header-text">{heading}</span></div></div>'
                f'<div class="summary-item-list-container sqs-gallery-container"><div class="summary-item-list sqs-gallery">{cards}</div></div></div></div></div>')
    related = summary(f'rel_{k}', SQ_RELATED, rel, rel_days, 200 + 10 * k)
    latest_b = summary(f'new_{k}', SQ_LATEST, latest, latest_days, 400 + 10 * k)
    in_body = related if not odd else ''
    after = '' if not odd else f'<section class="page-section layout-engine-section" data-section-id="rel{k}"><div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section"><div class="row sqs-row"><div class="col sqs-col-12 span-12">{related}</div></div></div></div></div></section>'
    nav = ''.join(f'<div class="header-nav-item header-nav-item--collection{" header-nav-item--active" if i == 2 else ""}"><a href="/{["about", "programs", "news", "publications", "contact"][i]}" data-animation-role="header-element"{" aria-current=&quot;page&quot;" if i == 2 else ""}>{t}</a></div>'
                  for i, t in enumerate(SQ_NAV)).replace('&quot;', '"')
    ld = {'url': f'{SQ_HOST}/news/{slug}', 'name': f'{title} — {SQ_SITE}', 'datePublished': iso_compact(pub), 'dateModified': iso_compact(mod),
          'headline': title, 'author': SQ_SITE, 'publisher': {'name': SQ_SITE, 'logo': {'url': 'https://images.squarespace-cdn.example/logo.png', '@type': 'ImageObject'},
                                                              '@context': 'http://schema.org', '@type': 'Organization'},
          '@context': 'http://schema.org', '@type': 'Article'}
    context = {'facebookAppId': '314192535267336', 'pageType': 50, 'website': {'id': f'5f3a{k}e1', 'identifier': 'jusour', 'websiteType': 1,
               'language': 'ar-LB', 'timeZone': 'Asia/Beirut', 'timeZoneOffset': int(pub.utcoffset().total_seconds()) * 1000},
               'collection': {'title': SQ_NAV[2], 'id': '5f3a0c77', 'fullUrl': '/news', 'type': 1},
               'item': {'title': title, 'id': item, 'fullUrl': f'/news/{slug}', 'publishOn': epoch_ms(pub), 'updatedOn': epoch_ms(mod) + 41000,
                        'recordType': 1}}
    page = f'''<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="ar-LB" dir="rtl">
  <head>
    <meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <!-- This is Squarespace. --><!-- jusour -->
<base href="">
<meta charset="utf-8" />
<title>{esc(title)} &mdash; {SQ_SITE}</title>
<link rel="icon" type="image/x-icon" href="https://images.squarespace-cdn.example/content/v1/favicon.ico?format=100w"/>
<link rel="canonical" href="{SQ_HOST}/news/{slug}"/>
<meta property="og:site_name" content="{SQ_SITE}"/>
<meta property="og:title" content="{esc(title)} &mdash; {SQ_SITE}"/>
<meta property="og:url" content="{SQ_HOST}/news/{slug}"/>
<meta property="og:type" content="article"/>
<meta property="og:description" content="{esc(opening_words(split_dateline(paras[0])[1], 22))}"/>
<meta itemprop="name" content="{esc(title)} — {SQ_SITE}"/>
<meta itemprop="url" content="{SQ_HOST}/news/{slug}"/>
<meta itemprop="author" content="{SQ_SITE}"/>
<meta itemprop="datePublished" content="{iso_compact(pub)}"/>
<meta itemprop="dateModified" content="{iso_compact(mod)}"/>
<meta itemprop="headline" content="{esc(title)}"/>
<meta itemprop="publisher" content="{SQ_SITE}"/>
<meta name="twitter:title" content="{esc(title)} — {SQ_SITE}"/>
<meta name="twitter:card" content="summary"/>
<meta name="description" content="{esc(opening_words(split_dateline(paras[0])[1], 22))}" />
<link rel="preconnect" href="https://images.squarespace-cdn.example">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.example/@sqs/polyfiller/1.6/legacy.js"></script>
<script type="text/javascript" crossorigin="anonymous" defer="true" src="//assets.squarespace.example/@sqs/polyfiller/1.6/modern.js"></script>
<script>Static = window.Static || {{}}; Static.SQUARESPACE_CONTEXT = {json.dumps(context, ensure_ascii=False)};</script>
<script type="application/ld+json">{json.dumps({'url': SQ_HOST, 'name': SQ_SITE, 'description': '', '@context': 'http://schema.org', '@type': 'WebSite'}, ensure_ascii=False)}</script>
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.example/static/versioned-site-css/5f3a{k}e1/41/site.css"/>
  </head>
  <body id="item-{item}" class="header-overlay-alignment-center tweak-blog-item-width-medium tweak-blog-item-alignment-center tweak-blog-item-meta-position-above-title tweak-blog-item-show-categories tweak-blog-item-show-date tweak-blog-item-show-author-name tweak-blog-item-show-author-bio tweak-blog-item-pagination-show-titles view-item collection-type-blog-basic collection-layout-default sqs-seven-one" tabindex="-1">
    <div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles="&#123;&quot;layout&quot;:&quot;navRight&quot;&#125;" data-section-id="header" data-header-style="solid" data-first-focusable-element tabindex="-1">
  <div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content"><div class="sqs-announcement-bar-text"><div class="sqs-announcement-bar-text-inner"><p>{SQ_ANNOUNCE}</p></div></div></div></div></div>
  <div class="header-announcement-bar-wrapper"><div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
    <div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a id="site-title" href="/" data-animation-role="header-element">{SQ_SITE}</a></div></div>
      <div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">{nav}</nav></div></div></div>
    <div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta" data-animation-role="header-element"><a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/donate">{SQ_DONATE}</a></div></div>
  </div></div></div>
</header>
      <main id="page" class="container" role="main">
<article class="sections" id="sections" data-page-sections="5f3a{k}">
  <section data-test="page-section" data-section-theme="" class="page-section content-collection full-bleed-section collection-type-blog-basic" data-section-id="5f3a{k}s" data-controller="SectionWrapperController" data-animation="none">
  <div class="section-border"><div class="section-background"></div></div>
  <div class="content-wrapper"><div class="content"><div class="blog-basic-grid collection-content-wrapper" data-controller="BlogImageLoader">
<article class="blog-item">
  <div class="blog-item-top-wrapper">
    <div class="blog-item-meta-wrapper"><div class="blog-meta-section"><span class="blog-categories-list"><a href="/news/category/{k}" class="blog-categories">{SQ_BY_CAT[k]}</a></span>
      <span class="blog-date"><time class="dt-published date-highlight" datetime="{pub.date().isoformat()}" pubdate data-animation-role="date">{shown}</time></span></div></div>
    <div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title" style="white-space: pre-wrap;">{esc(title)}</h1></div>
    <div class="blog-item-author-name-wrapper"><a href="/news?author=a{k}" class="blog-author-name">{author}</a></div>
  </div>
  <div class="blog-item-content-wrapper" data-content-field="main-content" data-item-id="{item}">
    <div class="blog-item-content e-content" data-layout-label="Post Body" data-type="item" data-updated-on="{epoch_ms(mod)}" id="item-{item}">
      <div class="sqs-layout sqs-grid-12 columns-12" data-type="item" data-layout-label="Post Body" data-updated-on="{epoch_ms(mod)}" id="item-{item}x"><div class="row sqs-row"><div class="col sqs-col-12 span-12">{''.join(blocks)}{in_body}</div></div></div>
    </div>
  </div>
  <div class="blog-item-author-profile-wrapper"><a href="/news?author=a{k}" class="author-avatar"><img src="https://images.squarespace-cdn.example/avatar{k}.png" alt=""></a><div class="author-name"><a href="/news?author=a{k}">{author}</a></div><div class="author-bio"><p>{SQ_BIO}</p></div></div>
  <section class="item-pagination item-pagination--prev-next" data-item-pagination>
    <a class="item-pagination-link item-pagination-link--prev" href="/news/prev-{k}"><div class="item-pagination-icon icon icon--stroke"><svg class="caret-left-icon--small" viewBox="0 0 9 16"><polyline fill="none" stroke-miterlimit="10" points="7.3,14.7 2.5,8 7.3,1.2"></polyline></svg></div><div class="item-pagination-prev-next">{SQ_PREV}</div><h2 class="item-pagination-title">{esc(prev_next[0])}</h2></a>
    <a class="item-pagination-link item-pagination-link--next" href="/news/next-{k}"><div class="item-pagination-prev-next">{SQ_NEXT}</div><h2 class="item-pagination-title">{esc(prev_next[1])}</h2><div class="item-pagination-icon icon icon--stroke"><svg class="caret-right-icon--small" viewBox="0 0 9 16"><polyline fill="none" stroke-miterlimit="10" points="1.6,1.2 6.5,7.9 1.6,14.7"></polyline></svg></div></a>
  </section>
</article>
  </div></div></div>
  </section>
  {after}
  <section class="page-section layout-engine-section" data-section-id="latest{k}"><div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section"><div class="row sqs-row"><div class="col sqs-col-8 span-8">{latest_b}</div>
    <div class="col sqs-col-4 span-4"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat"><form class="newsletter-form" data-form-id="nl{k}" autocomplete="on" method="POST" novalidate><header class="newsletter-form-header"><h2>{SQ_NEWSLETTER}</h2><div class="newsletter-form-header-description"><p>{SQ_NEWSLETTER_TEXT}</p></div></header><div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields"><div class="newsletter-form-field-wrapper form-item field"><input class="newsletter-form-field-element field-element" name="name" type="text" placeholder="{SQ_FIELDS[0]}"></div><div class="newsletter-form-field-wrapper form-item field email required"><input class="newsletter-form-field-element field-element" name="email" type="email" spellcheck="false" placeholder="{SQ_FIELDS[1]}"></div></div><div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-editable-button-style sqs-editable-button-shape sqs-button-element--primary" type="submit" value="{SQ_FIELDS[2]}"><span class="newsletter-form-button-label">{SQ_FIELDS[2]}</span></button></div></div><div class="form-submission-text hidden">{SQ_THANKS}</div></form></div></div></div></div>
  </div></div></div></div></section>
</article>
      </main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section" data-section-id="footer"><div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content"><p class="" style="white-space:pre-wrap;">{SQ_ADDRESS}</p><p class="" style="white-space:pre-wrap;">© {pub.year} {SQ_COPY}</p></div></div></div></div></div></div></div></div></section></footer>
    </div>
<script defer="defer" src="https://static1.squarespace.example/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.2f1e3d4c.js" type="text/javascript"></script>
  </body>
</html>'''
    without = [SQ_ANNOUNCE, SQ_NAV[1], SQ_NAV[3], SQ_DONATE, shown, author, SQ_CAPTION, SQ_BIO, SQ_PREV, SQ_NEXT, SQ_LATEST, SQ_NEWSLETTER,
               SQ_NEWSLETTER_TEXT, SQ_ADDRESS, SQ_COPY] + prev_next + latest + rel[:2] + ([note] if note else [])
    read_also = [extra['also']] if odd else []
    return page, title, read_also, rel, without, upd_of(upd_day)


RENDER = {'substack': render_substack, 'olivero': render_olivero, 'shopify': render_shopify, 'pulse': render_pulse,
          'odoo': render_odoo, 'gsites': render_gsites, 'squarespace': render_squarespace}


render = renderer(RENDER, 'templates_set16.py', 16)


# --- the corpus and the driver ----------------------------------------------------------------------------
# The Aljazeera and Misbar files that a segmenter label named when the set was written (and the one the development
# set ../shared/eval/dev labels), frozen so that later labels do not shift the set's articles.
SEGMENTER_NAMED = frozenset((
    'nahla_aljazeera_00014.txt', 'nahla_aljazeera_00051.txt', 'nahla_aljazeera_00065.txt', 'nahla_aljazeera_00081.txt',
    'nahla_aljazeera_00100.txt', 'nahla_aljazeera_00125.txt', 'nahla_aljazeera_00150.txt', 'nahla_misbar_00008.txt',
    'nahla_misbar_00038.txt', 'nahla_misbar_00188.txt', 'nahla_misbar_00315.txt', 'nahla_misbar_00380.txt',
    'nahla_misbar_00381.txt', 'nahla_misbar_00426.txt', 'nahla_misbar_00704.txt', 'nahla_misbar_00819.txt'))
DEV_NAMED = frozenset(('nahla_aljazeera_00034.txt',))
# Aljazeera's scrape ends every text with the site's follow prompt, glued after spaces: not the article.
FOLLOW_PROMPT = 'تابع الجزيرة نت على'
# A sentence ends at '.', '!' or '؟' (with any closing quotes or brackets) before a space; not at '..', nor after a
# one-letter word ("د." for a doctor).
SENTENCE_END = re.compile(r'(?<!\.)[.!؟]+["”»’)\]]*\s+')
# A lead that opens with a credit ("ترجمة وتحرير: ..."): where the credit ends is not in the text, so the record is left out.
CREDIT = re.compile(r'^(?:ترجمة|إعداد|تحرير)[^:.]{0,20}:')
# Traces of an embedded social post (the claim a fact-check quotes): the article stops before them.
SOCIAL = re.compile(r'pic\.twitter|https?:|www\.|@\w|#\w|[\U0001F300-\U0001FAFF\u2600-\u27BF]')


def usable_title(title):
    return 3 <= len(title.split()) <= 20 and not any(m in title for m in MARKERS)


def sentences(text):
    out, start = [], 0
    for m in SENTENCE_END.finditer(text):
        if '..' in m.group(0):
            continue
        words = text[start:m.start()].split()
        last = re.sub(r'\W', '', words[-1]) if words else ''
        if len(last) <= 1 and not last.isdigit():
            continue
        out.append(' '.join(text[start:m.end()].split()))
        start = m.end()
    if text[start:].strip():
        out.append(' '.join(text[start:].split()))
    return out


def records(corpus):
    """Every file of CORPUS/nahla-scraper/split/nahla_{aljazeera,misbar}_*.txt in sorted path order (Aljazeera's,
    then Misbar's), the files that a segmenter or development label names left out, as dicts: name, folder (the
    source), title (the first line), lines (the others), dup (a later file with the same title)."""
    root = os.path.join(corpus, CORPUS_FOLDER)
    files = sorted(f for src in SOURCES for f in glob.glob(os.path.join(root, f'nahla_{src}_*.txt')))
    out, seen = [], set()
    for f in files:
        base = os.path.basename(f)
        if base in SEGMENTER_NAMED or base in DEV_NAMED:
            continue
        with open(f, encoding='utf-8') as fh:
            raw = fh.read()
        lines = [' '.join(line.split()) for line in raw.split('\n') if line.strip()]
        title = lines[0] if lines else ''
        out.append({'name': f'{CORPUS_FOLDER}/{base}', 'folder': base.split('_')[1], 'title': title, 'lines': lines[1:],
                    'dup': title in seen})
        seen.add(title)
    return out



def joined_paragraphs(units):
    """The paragraphs of a file's units (lines or sentences): one under 12 words joined to the next, up to a
    quoted social post or a repeated paragraph (shared with templates_set18)."""
    out, carry = [], ''
    for u in units:
        if SOCIAL.search(u) or u in out:
            break
        u = f'{carry} {u}'.strip()
        if len(u.split()) < 12:
            carry = u
            continue
        carry = ''
        out.append(u)
    return out

def paragraphs(rec):
    """The record's paragraphs (see the docstring): its lines of 12 words or more where it has three, else the
    sentences of its first text line (those under 12 words joined to the next), up to a quoted social post."""
    lines = [line.split(FOLLOW_PROMPT)[0].strip() for line in rec['lines']]
    long_lines = [line for line in lines if len(line.split()) >= 12]
    if len(long_lines) >= 3:
        units = long_lines
    else:
        units = sentences(lines[0]) if lines else []
    return joined_paragraphs(units)


def article_of(rec):
    """(name, title, paragraphs) when the record is an article (see the docstring), else None."""
    if rec['dup'] or not usable_title(rec['title']) or any(m in l for l in rec['lines'] for m in MARKERS):
        return None
    paras = paragraphs(rec)
    if len(paras) < 3 or CREDIT.match(paras[0]):
        return None
    return rec['name'], rec['title'], paras[:8]


def following(recs, at_, title, n):
    """The titles (with their records' first lines) of the n records after recs[at_] (wrapping around) that are
    usable headlines, without `title` (each title once)."""
    out, lead = [], {}
    for j in range(1, len(recs)):
        r = recs[(at_ + j) % len(recs)]
        t = r['title']
        if usable_title(t) and t != title and t not in lead:
            out.append(t)
            lead[t] = split_dateline(r['lines'][0])[1].split(FOLLOW_PROMPT)[0] if r['lines'] else ''
            if len(out) == n:
                break
    return out, lead


def pick_articles(recs, need):
    """`need` (index, article) pairs, round robin over the two sources (templates_set12.pick_articles)."""
    return shared_pick_articles(recs, need, article_of, 'templates_set16', CORPUS_FOLDER)


def page_time(n, kind):
    """Page n's local publication time: a day of 2019-2023 and a time of day drawn from a generator seeded by n."""
    rng = random.Random(f'templates_set16 page {n}')
    day = datetime.date(2019, 1, 1) + datetime.timedelta(days=rng.randrange(1826))
    naive = datetime.datetime.combine(day, datetime.time(rng.randrange(7, 23), rng.randrange(60)))
    return zone(kind, naive)


def main(argv=None):
    args = set_arguments(__doc__, 'templates_set16', KINDS, RENDER, CORPUS_FOLDER, argv)
    kinds = args.kinds
    recs = records(args.corpus)
    # Pages are counted over the whole set (kinds in KINDS order), so that --kinds picks the same articles.
    chosen = pick_articles(recs, args.per_kind * len(KINDS))
    rng = random.Random(20261217)
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
        local = page_time(n, kind)
        extra = {'at': local, 'also': heads[11], 'also2': heads[12], 'more': heads[13:], 'lead': lead,
                 'src': recs[at_]['folder']}
        name = f'{kind}-{k}'
        page, label, encoding = render(kind, art, others, extra, local.date().isoformat(), name, k)
        # A lead's place dateline is metadata, not the paragraph's opening (the development set's convention).
        label['body_with'] = [opening(split_dateline(p)[1]) for p in art[2]]
        bad += write_page(args.out, name, page, label, encoding, art[2], 'templates_set16')
        written += 1
    print(f'{written} pages in {args.out}' + (f', {bad} problems' if bad else ''))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
