#!/usr/bin/env python3
"""Sealed HTML template set 98 (issue 14): seven kinds of Arabic news pages forwarded by e-mail and read in a webmail
client or in a mail program's saved copy, labelled by construction.

Written by a helper who did not change the HTML extractor's rules, did not read them (src/, include/, data/, bench/, nor
docs/segmenter.md, loader.md or markers.md), never ran akhbar on these pages (nor any other binary of that name, nor
anything under build*, bins or ci-check), never built it and never ran git: the set stays sealed until it is scored
once, and that first score measures the rules on templates nobody tuned them for. The brief named Gmail, Outlook on
the web, Yahoo Mail, Proton Mail, Zoho Mail, Roundcube and Thunderbird (a message saved as .html); grep -il of "gmail",
"outlook", "yahoo", "proton", "zoho", "roundcube" and "thunderbird" over make_templates.py and templates_set5..97.py
returned templates_set93.py for "yahoo" (its yahoo kind, Yahoo News) and templates_set51.py (YUI's yahoo-dom-event.js),
and templates_set29.py and templates_set30.py for "zoho" (their zoho kind, Zoho Sites): Yahoo Mail is replaced by
Fastmail (another hosted webmail) and Zoho Mail by Zimbra's web client (another business suite's webmail); grep -il of
"fastmail" and "zimbra" returned no file. Set 99, written at the same time, was neither read nor run, nor its output
opened. Every chrome sentence is new wording: --wording checks that no run of three Arabic words of a string of this
file, docstrings aside, appears, after templates_set5.fold()'s letter folding, in the string constants of
make_templates.py and templates_set5..97.py (templates_set21.wording_problems()). The chrome is Arabic (the forwarding
readers' notes, their own folder and label names, the newsletter's list headings, source lines and update notes), with
what the platforms leave in English: Gmail's "Compose", "Inbox", "Starred", "Snoozed", "Sent", "Drafts", "More",
"Labels", "Primary", "Promotions", "Social", "to me", "Mon, Jun 18, 10:42 AM (5 hours ago)", "---------- Forwarded
message ---------" with From, "Date: Sat, Jun 16, 2018 at 9:12 PM", Subject and To, "Reply", "Forward" and "Last
account activity"; Outlook's folder pane (Favorites, Inbox, Junk Email, Drafts, Sent Items, Deleted Items, Archive,
Conversation History), "Focused", "Other", "Mon 6/18/2018 10:42 AM", the divRplyFwdMsg block with "Sent: Saturday,
June 16, 2018 9:12 PM"; Fastmail's "New Message", its mailboxes, "Mon 18 Jun 2018, 10:42", "Forwarded message · From:"
and "Show details"; Proton Mail's "New message", its folders, "Labels", "Proton verified", "Monday, June 18th, 2018 at
10:42 AM", "Sent with Proton Mail secure email." and "------- Forwarded Message -------" with "Date: On Saturday, June
16th, 2018 at 9:12 PM"; Zimbra's app chooser, "Folders", "Searches", "Tags", "Zimlets", "From:", "To:", "Sent: June 18,
2018 10:42 AM", "----- Forwarded Message -----" with "Sent: Saturday, June 16, 2018 9:12:00 PM", the inline
attachment's "Download | Briefcase | Remove" and "© 2005-YEAR Synacor, Inc."; Roundcube's Mail, Contacts, Settings,
Logout, its folders, "on 2018-06-18 10:42" and "-------- Original Message --------" with "Date: 2018-06-16 21:12";
Thunderbird's header tables (Subject, From, "Date: Mon, 18 Jun 2018 10:42:00 +0400", To) and "-------- Forwarded
Message --------" with "Date: Sat, 16 Jun 2018 21:12:00 +0400". The original's links are rewritten by a link checker:
Google's redirect (Gmail), Safe Links (Outlook), Barracuda LinkProtect (Fastmail), Mimecast (Proton Mail), Proofpoint
URL Defense (Zimbra), Cisco Secure Email (Roundcube) and Trend Micro's click-time check (Thunderbird). The forwarded
newsletter's Date is the article's publication (the labels' published); the forward's own date, later, is not.

The kinds and what each page holds:
  gmail        a Riyadh reader's Gmail with the reading pane right of the inbox (Asia/Riyadh): the bar, the folder list
               and the reader's labels ("متابعات يومية", "قصاصات للمجلس"); the inbox BEFORE the message in source order:
               eight rows of other headlines, each with a snippet (the first 16 words of that record's first two
               lines) and a "Jun 14" day (not related); the reading pane: <h1 class="hP"> (the subject: the headline),
               the forwarder and "Mon, Jun 18, 10:42 AM (5 hours ago)"; the note "أبا فهد، هذا ما حدثتك عنه …"; the
               gmail_quote: "---------- Forwarded message ---------" with "Date: Sat, Jun 16, 2018 at 9:12 PM" (the
               article's only date, English); the text as <div> lines with an empty <div><br></div> after each (on even
               pages "وقبل هذه الرسالة بعثت النشرة بما يشرح المنطلق:" and a link: read-also), the source line, page 0
               "أعادت النشرة إرسال الخبر بصيغة مصححة، DATE" (updated); "عناوين أرفقتها النشرة تتصل بالموضوع" (four:
               related); no article:published_time (page 2's update only in article:modified_time)
  outlook      a Dubai desk's Outlook on the web (Asia/Dubai): the folder pane (with "ملفات الرصد الإعلامي"); the message
               list (Focused / Other: six other headlines with "Sat 6/16/2018 9:12 PM" stamps: not related) BEFORE the
               reading pane; <h1> the subject, the forwarder and "Mon 6/18/2018 10:42 AM"; the note and signature; the
               divRplyFwdMsg block with "Sent: Saturday, June 16, 2018 9:12 PM" (the article's only date, English);
               the newsletter's layout table, ONE PARAGRAPH A ROW (td.x_content; on odd pages "نشرة الأسبوع الفائت
               مهّدت لهذا بتفاصيل:" and a link: read-also), the source line, page 1 "أخطرتنا رسالة تالية من الناشر
               …، DATE" (updated) in a later row; "أخبار يرشحها محررو النشرة لقراء هذا الخبر" (four: related) in
               the last rows; article:published_time (in UTC on page 1; page 3's update only in
               article:modified_time)
  fastmail     a Cairo reader's Fastmail (Africa/Cairo): the mailboxes (with "قراءات مؤجلة"); "رسائل مثبتة في أعلى
               الصندوق" (six other headlines with times: not related); <h1> the subject, the forwarder and "Mon 18 Jun
               2018, 10:42" (the forward's day); the note; the attached message with its headers COLLAPSED ("Forwarded
               message · From: Sky News Arabia · Show details"): NO visible date of the article and NO
               article:published_time; the text (on even pages "سبقته في صندوقي رسالة من النشرة تشرح الخلفية:" and a
               link: read-also), the source line, page 2 "تلقت هبة بعد ساعات تصويباً للخبر من الناشر، DATE" (updated);
               "تغطيات مرتبطة أرفقتها النشرة بالخبر" (four: related); the footer with the year; window.__FM_STATE__, a
               JMAP state: the forward's receivedAt in UTC, the attached e-mail's sentAt LOCAL (the article's date, only
               there), articleModified in UTC (page 0's update only there and in article:modified_time) and its
               bodyValues holding the text WHOLE again
  proton       a Manama reader's Proton Mail (Asia/Bahrain): the nav with folders and the reader's labels; the message
               list (six other headlines with "Jun 19" days: not related) BEFORE the message; <h1> the subject, the
               forwarder, "Proton verified", "Monday, June 18th, 2018 at 10:42 AM" in a <time data-time>; the note and
               "Sent with Proton Mail secure email."; "------- Forwarded Message -------" with "Date: On Saturday, June
               16th, 2018 at 9:12 PM" (the article's only visible date, data-time Unix seconds); blockquote
               .protonmail_quote: the text as composer <div> lines, an empty <div><br></div> BETWEEN them (on odd pages
               "رسالة تقدّمت على هذه من النشرة ذاتها:" and a link after the third: read-also), the source line, page 3
               "بعثت النشرة صيغة معدّلة للخبر فيما بعد، DATE" (updated); "قراءات أخرى اقترحتها النشرة في ذيل الرسالة"
               (four: related); article:published_time (in UTC on page 2; page 1's update only in
               article:modified_time)
  zimbra       a Kuwait newspaper's Zimbra Web Client (Asia/Kuwait): the app chooser, the folder tree (with "أرشيف قسم
               الرصد"); "محادثات القسم المفتوحة" BEFORE the message in source order (ten other headlines, each with a
               12-word fragment and a "Jun 14" day: not related); the header table: <h1> the subject, From, To, "Sent:
               June 18, 2018 10:42 AM" (the forward's); the note; "----- Forwarded Message -----" with "Sent: Saturday,
               June 16, 2018 9:12:00 PM" (the article's only visible date, English); the text SPLIT across two sibling
               MIME parts around an inline image attachment (on even pages "وللتوسع راجع ما أوردته النشرة قبل أيام:"
               and a link in the first: read-also), the source line, page 1 "ألحق الناشر بالرسالة تصحيحاً وصل إلى
               القسم، DATE" (updated); "عناوين يتهافت عليها مشتركو النشرة" (a most-read box of four: related); the
               footer with the years; article:published_time (page 2's update only in article:modified_time)
  roundcube    an Algiers reader's Roundcube, Elastic skin (Africa/Algiers): the menu, the folders; the message list (six
               other headlines with "2018-06-17 19:02" stamps: not related); "التنقل بين رسائل المجلد" with the previous
               and next messages (two other headlines: not related) ABOVE the headline; <h1 class="subject"> (its
               "Subject" voice label outside it), the forwarder "on 2018-06-18 10:42"; a PLAIN-TEXT part (div.pre): the
               note, the signature, "-------- Original Message --------" with "Date: 2018-06-16 21:12" (the article's
               only date) and the text in a blockquote, paragraphs separated ONLY by <br><br> (on odd pages "وهذا خبر
               أسبق من النشرة يوضح السياق:" and a link: read-also), the source line, page 3 "بلغنا من الناشر أنه
               بدّل صياغة الخبر يوم DATE" (Maghreb month names; updated); "روابط مقترحة في آخر النشرة" (four: related)
               in an HTML part after it; the footer with the year; article:published_time (page 0's update only in
               article:modified_time)
  thunderbird  a Muscat reader's forwarded message saved by Thunderbird as .html (Asia/Muscat): NO folder list; the
               moz-header tables: Subject (the headline), From, "Date: Mon, 18 Jun 2018 10:42:00 +0400" (the
               forward's), To; the note; the moz-forward-container: "-------- Forwarded Message --------" and its
               headers table with the Subject again and "Date: Sat, 16 Jun 2018 21:12:00 +0400" (RFC 2822; the
               article's only visible date) ABOVE the newsletter; the newsletter: the masthead, <h1 class="nl-headline">
               (the headline's third appearance and the only <h1>), the text (on even pages "في نشرة سبقت هذه تمهيد
               لما جرى:" and a link: read-also), the source line, page 0 "بعثت النشرة لاحقاً صيغة منقحة لهذه القصة،
               DATE" (updated); "القصص التي تداولها قراء النشرة بكثافة اليوم" (a most-read box of four: related);
               "مواضيع تشغل المنصات الآن" (five other headlines, trending: not related); the newsletter's footer with
               the year; article:published_time (in UTC on page 3; page 1's update only in article:modified_time)

The texts and how they were picked: Sky News Arabia's records are used up by earlier sets, so this set REUSES the 28
texts of set 83 (CORPUS/ant-multisource/SkyNews), read off templates_set83.pick_articles() when this set was written
and frozen in REUSED (each kind takes one kind of set 83's four texts, page k that kind's page k + 1, wrapping around:
Gmail LOFTER's, Outlook Douban's, Fastmail Bilibili's, Proton Mail cnblogs', Zimbra SegmentFault's, Roundcube sspai's,
Thunderbird Yuque's). Set 83 was scored in session 28; the kinds, the chrome and the structure here are all new (and
the zones but for Dubai's, Kuwait's and Muscat's). The records are read as set 83 reads them (templates_set83.records():
templates_set12.trec_records() with set 83's left-out lists, so the records, their order and the headlines after each
text are set 83's) and each text as set 83 reads it (templates_set31.article_of(): a usable headline, a date, no
marker line, at least six lines of 12 words or more, the first eight kept). A text of fewer than six paragraphs gets,
besides the openings, eight words from the middle of its longest paragraphs (templates_set32.relabel()). A record keeps
its <TIME> (2018) made local in the kind's zone (the newsletter's Date; every platform is shown as it is now). Page N
(counted over the whole set, kinds in the order above) has a generator, random.Random("templates_set98 page N"), that
draws, in this order, a day (2019 to 2024) and a clock time (07:00 to 22:59), both for a record without a time (none
here), the update's delay (1 to 2 days, 1 to 9 hours, 5 to 55 minutes), the hours and minutes before the page was
saved (the forward, halfway between the publication or the update and that moment, its age, other messages' days and
stamps fall before that moment; a page is always saved after its own update) and a count (unread counts, attachment
sizes). Page-time helpers are templates_set24.page_helpers()'s. Zones (none with summer time in 2018): Dubai's and
Muscat's +04:00, Riyadh's, Bahrain's and Kuwait's +03:00, Cairo's +02:00, Algiers' +01:00; every page's publication
and update times are checked against zoneinfo when the set is written. Three pages are moved just after local
midnight, keeping their day, for a UTC trap (MOVED): outlook-1 (00:20 in Dubai; article:published_time in UTC, "Sent:"
the local day), proton-2 (00:15 in Manama; article:published_time in UTC and data-time Unix seconds, "Date: On …" the
local day) and thunderbird-3 (00:25 in Muscat; article:published_time in UTC, the RFC 2822 Date the local day with its
+0400); each is the day before in UTC (checked when the set is written) and the label holds the local day. Two pages
of each kind are updated (14 of 28): one shows the update (an update note in the forwarded text), the other declares
it only in metadata (article:modified_time, and Fastmail's JMAP state); the other pages carry updated null and declare
no modified time later than their publication (their JSON's modified times are the publication's). Every page shows
dates that are not the article's: the forward's date and age, other messages' days and stamps, account activity,
footers' years.

Each kind carries a related list or a most-read box (labelled related: the newsletter's related links in Gmail,
Outlook, Fastmail, Proton Mail and Roundcube, its most-read box in Zimbra and Thunderbird) and lists that look related
but are not (the inbox and message lists of other headlines, with snippets in Gmail and Zimbra, Fastmail's pinned
messages, Roundcube's previous and next messages, Thunderbird's trending topics; the folders and the reader's labels),
and every other page (14) an inline read-also line in new wording. Hard in structure, as real pages are: the inbox
or message list comes BEFORE the text in source order (Gmail's and Zimbra's with snippets); the headline is the
message's subject, outside the text's container, and is repeated in the forwarded headers; every article date is an
English (or RFC 2822, or ISO) line in the forwarded header, beside the forward's own later date; Gmail's and Proton
Mail's text is composer lines with empty <div><br></div> between them; Outlook's text is a layout table, a paragraph a
row; Fastmail's date is only in a JMAP state blob that holds the text whole again; Zimbra's text is split in two MIME
parts around an attachment; Roundcube's text is a plain-text part whose paragraphs are separated only by <br><br>;
Thunderbird's saved copy has two header tables above the newsletter's own headline.

Labels (the format of tests/html/labels): title (the <h1>), published (the local date in the kind's zone), updated (the
local date where the page shows or declares an update: 14 of the 28 pages; null elsewhere), body_with = the opening of
each paragraph (templates_set5.opening(); for a text of fewer than six paragraphs, eight words from the middle of its
longest paragraphs are added, templates_set32.relabel()), body_without = the forwarders' names and notes, signatures,
the reader's folder and label names, list headings, date lines, stamps and ages, update notes, source lines, other
stories' headlines, their snippets, days and stamps, the first two related headlines, read_also, related (headed
related lists and most-read boxes only, in page order).

Left out: nothing beyond set 83's own left-out lists (templates_set83.records(): its MS_LEFT_OUT), which leave the
records out of the headline lists as they did there; the texts are REUSED's. Other stories' headlines are the titles
of the records of the same source that follow the text's, wrapping around (templates_set14.following()), as set 83
reads them: the first 11 shuffled by random.Random(20261298), one shuffle a page, then the rest in order (related
lists and most-read boxes come from the first 11, the read-also is the 12th, the other lists from the 14th on; 24 are
read a page); a headline that repeats the page's own title is left out, and a read-also that would repeat it takes the
13th (templates_set80.distinct()).

Usage: templates_set98.py OUT_DIR [--corpus DIR] [--per-kind 4] [--kinds a,b] [--wording]
writes OUT_DIR/pages/KIND-N.html and OUT_DIR/labels/KIND-N.json (templates_set24.run_set()), checks every labelled text
against the page's visible text, the link and balance checks, the zones against zoneinfo; with --wording also the
wording check over make_templates.py and templates_set5..97.py. The output is the same byte for byte from run to run."""
import datetime
import os
import random
import sys
import urllib.parse

sys.dont_write_bytecode = True  # the set writes nothing beside itself (no __pycache__ of the sets it imports)
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
# Helpers, calendar data, the corpus readers and set 83's record list only; no chrome sentence of the earlier sets.
import templates_set80 as set80  # noqa: E402
import templates_set83 as set83  # noqa: E402
from templates_set5 import esc  # noqa: E402
from templates_set10 import renderer  # noqa: E402
from templates_set15 import upd_of  # noqa: E402
from templates_set19 import iso_z, lead_words, zone_helpers  # noqa: E402
from templates_set21 import with_null_update  # noqa: E402
from templates_set21 import wording_problems as set21_wording  # noqa: E402
from templates_set23 import hex_id, spaced  # noqa: E402
from templates_set24 import moment_helpers, page_helpers, run_set  # noqa: E402
from templates_set31 import article_of as set31_article_of  # noqa: E402
from templates_set32 import relabel  # noqa: E402
from templates_set48 import ld_json  # noqa: E402
from templates_set60 import gulf, hm, iso_local, tunis  # noqa: E402
from templates_set81 import ul  # noqa: E402
from templates_set83 import head  # noqa: E402
from templates_set88 import clock12, en_ago  # noqa: E402
from templates_set89 import EN_LONG, EN_WEEK, en_long, en_short  # noqa: E402

KINDS = ('gmail', 'outlook', 'fastmail', 'proton', 'zimbra', 'roundcube', 'thunderbird')
UTC = datetime.timezone.utc
ZONES = {'gmail': (3, []), 'outlook': (4, []), 'fastmail': (2, []), 'proton': (3, []), 'zimbra': (3, []),
         'roundcube': (1, []), 'thunderbird': (4, [])}
TZ = {'gmail': 'Asia/Riyadh', 'outlook': 'Asia/Dubai', 'fastmail': 'Africa/Cairo', 'proton': 'Asia/Bahrain',
      'zimbra': 'Asia/Kuwait', 'roundcube': 'Africa/Algiers', 'thunderbird': 'Asia/Muscat'}
MS_FOLDER = set83.MS_FOLDER
SOURCE = {kind: 'SkyNews' for kind in KINDS}
# Set 83's twenty-eight texts, read off its pick_articles() when this set was written (set 83's kind in the comment;
# page k here takes that kind's page k + 1, wrapping around). Frozen.
REUSED = {
    'gmail': ('SK-sport-2163-20180714', 'SK-technology-244-20180324', 'SK-internationalNews-2081-20180611',
              'SK-middleEast-2428-20180616'),  # lofter
    'outlook': ('SK-middleEast-2449-20180618', 'SK-economy-67-20180224', 'SK-sport-2203-20180715',
                'SK-internationalNews-2253-20180621'),  # douban
    'fastmail': ('SK-technology-283-20180330', 'SK-internationalNews-2263-20180621', 'SK-middleEast-246-20180312',
                 'SK-sport-2221-20180716'),  # bilibili
    'proton': ('SK-internationalNews-2304-20180624', 'SK-middleEast-2509-20180621', 'SK-economy-712-20180602',
               'SK-technology-31-20180220'),  # cnblogs
    'zimbra': ('SK-economy-725-20180604', 'SK-sport-2225-20180716', 'SK-internationalNews-233-20180309',
               'SK-technology-319-20180403'),  # segmentfault
    'roundcube': ('SK-middleEast-2541-20180622', 'SK-sport-2229-20180716', 'SK-technology-347-20180406',
                  'SK-economy-768-20180612'),  # sspai
    'thunderbird': ('SK-sport-227-20180311', 'SK-middleEast-2547-20180622', 'SK-technology-355-20180407',
                    'SK-internationalNews-2450-20180703')}  # yuque
MOVED = {('outlook', 1): (0, 20), ('proton', 2): (0, 15), ('thunderbird', 3): (0, 25)}
offset_hours, zone, in_zone, later, earlier = zone_helpers(ZONES)
between, saved_after = moment_helpers(in_zone, later)
updates, saved, moments = page_helpers(later, between, saved_after, page_of=lambda k: k % 4)
NEWS = 'newsletter@skynewsarabia.com'
SK_HOST = 'https://www.skynewsarabia.com'


def modified_meta(k, pages, mod):
    return f'<meta property="article:modified_time" content="{iso_z(mod)}">\n' if k % 4 in pages else ''


# --- dates as the mail programs print them, the link checkers' rewriting, the forward's moment ----------------------
def ymd(t):
    return f'{t.year}-{t.month:02d}-{t.day:02d}'


def off(t):
    """"+0400" (RFC 2822)."""
    mins = int(t.utcoffset().total_seconds() // 60)
    return f'{"+" if mins >= 0 else "-"}{abs(mins) // 60:02d}{abs(mins) % 60:02d}'


def gm_date(t):
    """Gmail's forwarded header "Sat, Jun 16, 2018 at 9:12 PM"."""
    return f'{EN_WEEK[t.weekday()][:3]}, {en_short(t)} at {clock12(t)}'


def ol_sent(t):
    """Outlook's "Saturday, June 16, 2018 9:12 PM"."""
    return f'{EN_WEEK[t.weekday()]}, {en_long(t)} {clock12(t)}'


def ol_list(t):
    """Outlook's message list and reading pane "Mon 6/18/2018 10:42 AM"."""
    return f'{EN_WEEK[t.weekday()][:3]} {t.month}/{t.day}/{t.year} {clock12(t)}'


def ordinal(n):
    return f'{n}{"th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")}'


def pm_date(t):
    """Proton Mail's "Saturday, June 16th, 2018 at 9:12 PM"."""
    return f'{EN_WEEK[t.weekday()]}, {EN_LONG[t.month - 1]} {ordinal(t.day)}, {t.year} at {clock12(t)}'


def zm_sent(t):
    """Zimbra's "Saturday, June 16, 2018 9:12:00 PM"."""
    return f'{EN_WEEK[t.weekday()]}, {en_long(t)} {clock12(t).replace(" ", f":{t.second:02d} ")}'


def rfc(t):
    """Thunderbird's header "Sat, 16 Jun 2018 21:12:00 +0400"."""
    return f'{EN_WEEK[t.weekday()][:3]}, {t.day} {EN_LONG[t.month - 1][:3]} {t.year} {hm(t)}:{t.second:02d} {off(t)}'


def fm_day(t):
    """Fastmail's "Mon 18 Jun 2018, 10:42"."""
    return f'{EN_WEEK[t.weekday()][:3]} {t.day} {EN_LONG[t.month - 1][:3]} {t.year}, {hm(t)}'


def sk_url(t):
    return f'{SK_HOST}/world/{int(hex_id("sk " + t)[:6], 16) % 900000 + 1000000}-{hex_id("sk2 " + t)[:10]}'


def q(url):
    return urllib.parse.quote(url, safe='')


def wrapped(kind):
    """The original's links as the kind's link checker rewrites them."""
    if kind == 'gmail':
        return lambda t: f'https://www.google.com/url?q={q(sk_url(t))}&amp;source=gmail&amp;ust={int(hex_id("ust " + t)[:8], 16)}&amp;usg={hex_id("usg " + t)[:20]}'
    if kind == 'outlook':
        return lambda t: f'https://eur02.safelinks.protection.outlook.com/?url={q(sk_url(t))}&amp;data=05%7C02%7C{hex_id("old " + t)[:24]}&amp;sdata={hex_id("ols " + t)[:30]}&amp;reserved=0'
    if kind == 'fastmail':
        return lambda t: f'https://linkprotect.cudasvc.com/url?a={q(sk_url(t))}&amp;c=E,1,{hex_id("cuda " + t)[:28]}&amp;typo=1'
    if kind == 'proton':
        return lambda t: f'https://protect-eu.mimecast.com/s/{hex_id("mc " + t)[:16]}?domain=skynewsarabia.com'
    if kind == 'zimbra':
        return lambda t: f'https://urldefense.com/v3/__{sk_url(t)}__;!!{hex_id("pp " + t)[:20]}$'
    if kind == 'roundcube':
        return lambda t: f'https://secure-web.cisco.com/{hex_id("cs " + t)[:24]}/{q(sk_url(t))}'
    return lambda t: f'https://imsva91-ctp.trendmicro.com:443/wis/clicktime/v1/query?url={q(sk_url(t))}&amp;umid={hex_id("um " + t)[:8]}-{hex_id("um2 " + t)[:4]}&amp;auth={hex_id("au " + t)[:24]}'


def forwarded_at(kind, mod, now):
    """The moment the reader forwarded the newsletter: between the update (or publication) and the saving."""
    return between(kind, mod, now, 0, 1)


def teaser(t, n=16):
    return ' '.join(OPENINGS.get(t, t).split()[:n]) + ' …'


def also_p(lead, t, href, tag='p'):
    return f'<{tag}>{lead} <a href="{href(t)}">{esc(t)}</a></{tag}>'


def paragraphs(paras, also, where=1, wrap='<p>{}</p>'):
    out = []
    for i, p in enumerate(paras):
        out.append(wrap.format(esc(p)))
        if also and i == min(where, len(paras) - 1):
            out.append(also)
    return out


# --- gmail: a Riyadh reader's Gmail with the reading pane beside the inbox ------------------------------------------
GM_HOST = 'https://mail.google.com/mail/u/0/'
GM_WHO = 'عبدالله القحطاني'
GM_FROM = 'abdullah.alqahtani.ruh@gmail.com'
GM_ME = 'fahad.alotaibi.ruh@gmail.com'
GM_NOTE = 'أبا فهد، هذا ما حدثتك عنه في المجلس البارحة، اقرأه على مهل'
GM_LABELS = ['متابعات يومية', 'قصاصات للمجلس']
GM_ALSO = 'وقبل هذه الرسالة بعثت النشرة بما يشرح المنطلق:'
GM_SOURCE = 'وصلت هذه المادة ضمن النشرة البريدية لـ Sky News Arabia'
GM_EDITED = 'أعادت النشرة إرسال الخبر بصيغة مصححة، {date}'
GM_RELATED = 'عناوين أرفقتها النشرة تتصل بالموضوع'


def render_gmail(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'gmail'
    pub, draw = extra['at'], extra['draw']
    rel, inbox = others[:4], extra['more'][:8]
    mod, upd_day = updates(kind, k, pub, draw, (0, 2))
    now = saved(kind, pub, draw, mod, upd_day, days=2, hours=draw['saved_hours'])
    fwd = forwarded_at(kind, mod, now)
    href = wrapped(kind)
    edited = GM_EDITED.format(date=gulf(mod)) if k % 4 == 0 else ''
    stamp = f'Date: {gm_date(pub)}'
    sent = f'{EN_WEEK[fwd.weekday()][:3]}, {en_short(fwd)[:-6]}, {clock12(fwd)} ({en_ago(fwd, now)})'
    in_days = [en_short(t)[:-6] for t in reversed(moments(kind, earlier(kind, now, days=4), earlier(kind, now, hours=1), len(inbox)))]
    snippets = [teaser(t) for t in inbox]
    also = also_p(GM_ALSO, extra['also'], href, 'div') if k % 2 == 0 else ''
    body = ''.join(paragraphs(paras, also, 1, '<div>{}</div><div><br></div>'))
    rows = ''.join(f'<tr class="zA zE"><td class="yX xY"><span class="zF">Sky News Arabia</span></td><td class="xY a4W"><span class="bog">{esc(t)}</span>'
                   f' <span class="y2">{esc(s)}</span></td><td class="xW xY"><span>{d}</span></td></tr>' for t, s, d in zip(inbox, snippets, in_days))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
{head(title, lead_words(paras, 20), 'Gmail', GM_HOST + '#inbox/' + hex_id('gm ' + title)[:16], '', modified_meta(k, (2,), mod))}</head>
<body class="aAU">
<div class="nH w-asV aiw"><header class="gb_Aa" role="banner"><a class="gb_ke" href="{GM_HOST}#inbox">Gmail</a> <form class="gb_Ie" role="search"><input aria-label="Search mail" placeholder="Search mail"></form> <a class="gb_d" href="https://accounts.google.com/">{GM_ME}</a></header>
<div class="aeN" role="navigation"><div class="T-I T-I-KE L3">Compose</div>
<div class="TK"><a href="{GM_HOST}#inbox">Inbox <span class="bsU">{draw["count"] % 90 + 4}</span></a> <a href="{GM_HOST}#starred">Starred</a> <a href="{GM_HOST}#snoozed">Snoozed</a> <a href="{GM_HOST}#sent">Sent</a> <a href="{GM_HOST}#drafts">Drafts</a> <a href="{GM_HOST}#all">More</a></div>
<div class="aAw"><h2 class="aAv">Labels</h2>{"".join(f'<a href="{GM_HOST}#label/{hex_id(g)[:8]}">{g}</a> ' for g in GM_LABELS)}</div></div>
<div class="AO" role="main">
<div class="Cp"><div class="aKh"><span class="aKz">Primary</span> <span class="aKz">Promotions</span> <span class="aKz">Social</span></div>
<table class="F cf zt"><tbody>{rows}</tbody></table></div>
<div class="nH g id" role="region" aria-label="Reading pane">
<div class="ha"><h1 class="hP">{esc(title)}</h1> <span class="ar as">Inbox</span></div>
<div class="adn ads"><div class="gE iv gt"><span class="gD" email="{GM_FROM}">{GM_WHO}</span> <span class="go">&lt;{GM_FROM}&gt;</span> <span class="hb">to me</span> <span class="g3" title="{sent}">{sent}</span></div>
<div class="ii gt"><div class="a3s aiL" dir="rtl"><div dir="rtl">{GM_NOTE}</div><br>
<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <strong class="gmail_sendername" dir="auto">Sky News Arabia</strong> <span dir="auto">&lt;{NEWS}&gt;</span><br>{stamp}<br>Subject: {esc(title)}<br>To: &lt;{GM_FROM}&gt;<br></div><br><br>
<div dir="rtl">
{body}
<div><i>{GM_SOURCE}</i></div>
{f'<div><b>{edited}</b></div>' if edited else ''}<div><br></div>
<div><b>{GM_RELATED}</b></div><ul>{ul(rel, href)}</ul>
<div><a href="{href('unsubscribe')}">Unsubscribe</a></div>
</div></div></div></div></div>
<div class="amn"><span class="ams bkH">Reply</span> <span class="ams bkG">Forward</span></div>
</div>
</div>
<div class="aeG">Terms · Privacy · Program Policies · Last account activity: {en_ago(earlier(kind, now, minutes=draw["saved_minutes"] + 2), now)}</div>
</div>
</body>
</html>
'''
    without = [GM_WHO, GM_NOTE, stamp, sent, GM_SOURCE, GM_RELATED] + GM_LABELS + inbox + snippets + in_days + rel[:2] + \
        ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- outlook: a Dubai reader's Outlook on the web, the message list beside the reading pane --------------------------
OL_HOST = 'https://outlook.office.com/mail'
OL_WHO = 'Mariam Al Mansoori'
OL_WHO_AR = 'مريم المنصوري'
OL_FROM = 'mariam.almansoori@dxbmedia.ae'
OL_NOTE = 'أهلاً بالزملاء، أحوّل إليكم الخبر بحاله لنتداوله في اجتماع العاشرة'
OL_FOLDER = 'ملفات الرصد الإعلامي'
OL_ALSO = 'نشرة الأسبوع الفائت مهّدت لهذا بتفاصيل:'
OL_SOURCE = 'النص كما حملته رسالة Sky News Arabia الإخبارية إلى المشتركين'
OL_EDITED = 'أخطرتنا رسالة تالية من الناشر بتبديل طال الخبر، {date}'
OL_RELATED = 'أخبار يرشحها محررو النشرة لقراء هذا الخبر'


def render_outlook(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'outlook'
    pub, draw = extra['at'], extra['draw']
    rel, inbox = others[:4], extra['more'][:6]
    moved = (kind, k % 4) in MOVED
    mod, upd_day = updates(kind, k, pub, draw, (1, 3))
    now = saved(kind, pub, draw, mod, upd_day, days=1, hours=draw['saved_hours'])
    fwd = forwarded_at(kind, mod, now)
    href = wrapped(kind)
    edited = OL_EDITED.format(date=gulf(mod)) if k % 4 == 1 else ''
    stamp = f'Sent: {ol_sent(pub)}'
    sent = ol_list(fwd)
    in_days = [ol_list(t) for t in reversed(moments(kind, earlier(kind, now, days=3), earlier(kind, now, hours=1), len(inbox)))]
    pub_meta = iso_z(pub) if moved else iso_local(pub)
    also = also_p(OL_ALSO, extra['also'], href) if k % 2 == 1 else ''
    cells = ''.join(f'<tr><td class="x_content" style="padding:0 24px 14px">{c}</td></tr>' for c in paragraphs(paras, also, 1, '<p>{}</p>'))
    rows = ''.join(f'<div class="hcptT" role="option"><span class="OZZZK">Sky News Arabia</span> <span class="TtcXM">{esc(t)}</span> <span class="_rWRU">{d}</span></div>'
                   for t, d in zip(inbox, in_days))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
{head(title, lead_words(paras, 20), 'Outlook', f'{OL_HOST}/inbox/id/{hex_id("ol " + title)[:24]}', pub_meta, modified_meta(k, (3,), mod))}</head>
<body>
<div id="app"><div class="o365sx-appName">Outlook</div> <input aria-label="Search" placeholder="Search"> <span class="o365cs-me">{OL_FROM}</span>
<div class="folderPane" role="tree"><div role="treeitem">Favorites</div><div role="treeitem">Inbox <span>{draw["count"] % 70 + 3}</span></div><div role="treeitem">Junk Email</div><div role="treeitem">Drafts</div><div role="treeitem">Sent Items</div><div role="treeitem">Deleted Items</div><div role="treeitem">Archive</div><div role="treeitem">{OL_FOLDER}</div><div role="treeitem">Conversation History</div></div>
<div class="messageList" role="listbox"><div class="pivot"><span>Focused</span> <span>Other</span></div>{rows}</div>
<div class="readingPane" role="main">
<div class="subjectLine"><h1 class="allowTextSelection">{esc(title)}</h1></div>
<div class="senderRow"><span class="OZZZK">{OL_WHO}</span> &lt;{OL_FROM}&gt; <span class="toLine">To: newsroom-desk@dxbmedia.ae</span> <span class="AL_OQ">{sent}</span></div>
<div class="rps_body" dir="rtl"><div class="x_elementToProof">{OL_NOTE}</div><div class="x_elementToProof">{OL_WHO_AR}</div>
<hr style="display:inline-block;width:98%" tabindex="-1">
<div id="x_divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt"><b>From:</b> Sky News Arabia &lt;{NEWS}&gt;<br><b>{stamp.split(": ")[0]}:</b> {ol_sent(pub)}<br><b>To:</b> {OL_FROM}<br><b>Subject:</b> {esc(title)}</font></div>
<div class="x_newsletter">
<table class="x_wrapper" role="presentation" width="600" cellpadding="0" cellspacing="0" dir="rtl">
<tr><td class="x_masthead"><img src="https://outlook.office.com/mail/safelink-img/{hex_id("logo")[:10]}.png" alt="Sky News Arabia" width="180"></td></tr>
{cells}
<tr><td class="x_content"><p><em>{OL_SOURCE}</em></p>{f'<p><strong>{edited}</strong></p>' if edited else ''}</td></tr>
<tr><td class="x_more"><h3>{OL_RELATED}</h3><ul>{ul(rel, href)}</ul></td></tr>
<tr><td class="x_footer"><a href="{href('preferences')}">Manage preferences</a> · <a href="{href('unsubscribe')}">Unsubscribe</a></td></tr>
</table></div></div>
<div class="replyBar"><button>Reply</button> <button>Reply all</button> <button>Forward</button></div>
</div></div>
</body>
</html>
'''
    without = [OL_WHO, OL_NOTE, OL_WHO_AR, OL_FOLDER, ol_sent(pub), sent, OL_SOURCE, OL_RELATED] + inbox + in_days + rel[:2] + \
        ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- fastmail: a Cairo reader's Fastmail, the date of the forwarded message only in the JMAP state -------------------
FM_HOST = 'https://app.fastmail.com/mail'
FM_WHO = 'هبة عبد الرحمن'
FM_FROM = 'heba.abdelrahman@fastmail.com'
FM_ME = 'sherif.nassar@fastmail.com'
FM_NOTE = 'شريف، القصة التي ذكرتها لك على الهاتف، أحببت أن تطالعها كاملة'
FM_FOLDERS = ['Inbox', 'Drafts', 'Sent', 'Archive', 'Spam', 'Trash', 'قراءات مؤجلة']
FM_ALSO = 'سبقته في صندوقي رسالة من النشرة تشرح الخلفية:'
FM_SOURCE = 'نص منقول من نشرة Sky News Arabia البريدية بلا تحرير'
FM_EDITED = 'تلقت هبة بعد ساعات تصويباً للخبر من الناشر، {date}'
FM_RELATED = 'تغطيات مرتبطة أرفقتها النشرة بالخبر'
FM_PINNED = 'رسائل مثبتة في أعلى الصندوق'


def render_fastmail(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'fastmail'
    pub, draw = extra['at'], extra['draw']
    rel, pinned = others[:4], extra['more'][:6]
    mod, upd_day = updates(kind, k, pub, draw, (2, 0))
    now = saved(kind, pub, draw, mod, upd_day, days=1, hours=draw['saved_hours'])
    fwd = forwarded_at(kind, mod, now)
    href = wrapped(kind)
    edited = FM_EDITED.format(date=gulf(mod)) if k % 4 == 2 else ''
    sent = fm_day(fwd)
    pin_times = [hm(t) if t.date() == now.date() else fm_day(t)[:-7]
                 for t in reversed(moments(kind, earlier(kind, now, days=2), earlier(kind, now, hours=1), len(pinned)))]
    also = also_p(FM_ALSO, extra['also'], href) if k % 2 == 0 else ''
    body = ''.join(paragraphs(paras, also, 1, '<p>{}</p>'))
    eid = hex_id('fm ' + title)[:12]
    state = {'accountId': 'u' + hex_id(FM_ME)[:8], 'emails': [
        {'id': 'M' + eid, 'threadId': 'T' + eid, 'subject': title, 'from': [{'name': FM_WHO, 'email': FM_FROM}],
         'receivedAt': iso_z(fwd), 'mailboxIds': {'inbox': True},
         'attachedEmails': [{'subject': title, 'from': [{'name': 'Sky News Arabia', 'email': NEWS}],
                             'sentAt': iso_local(pub), 'articleModified': iso_z(mod if k % 4 in (2, 0) else pub),
                             'bodyValues': {'1': {'value': '\n\n'.join(paras)}}}]}]}
    rows = ''.join(f'<li class="v-MailboxItem"><span class="v-MailboxItem-name">Sky News Arabia</span> <span class="v-MailboxItem-subject">{esc(t)}</span> <time class="v-MailboxItem-time">{d}</time></li>'
                   for t, d in zip(pinned, pin_times))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
{head(title, lead_words(paras, 20), 'Fastmail', f'{FM_HOST}/Inbox/M{eid}', '', modified_meta(k, (0,), mod))}</head>
<body class="v-App">
<div class="v-Sidebar" role="navigation"><a class="v-Logo" href="{FM_HOST}/Inbox">Fastmail</a> <button>New Message</button><ul>{"".join(f'<li>{f}</li>' for f in FM_FOLDERS)}</ul></div>
<div class="v-MailboxList"><h2>{FM_PINNED}</h2><ul>{rows}</ul></div>
<div class="v-Message" role="main">
<h1 class="v-Message-subject">{esc(title)}</h1>
<div class="v-MessageHeader"><span class="v-MessageHeader-name">{FM_WHO}</span> <span class="v-MessageHeader-email">{FM_FROM}</span> <span class="v-MessageHeader-to">To: {FM_ME}</span> <time class="v-MessageHeader-date">{sent}</time></div>
<div class="v-Message-body" dir="rtl"><p>{FM_NOTE}</p>
<div class="v-AttachedMessage"><div class="v-AttachedMessage-header">Forwarded message · From: Sky News Arabia · <a href="{FM_HOST}/Inbox/M{eid}?details=1">Show details</a></div>
<div class="v-AttachedMessage-body" dir="rtl">
{body}
<p><em>{FM_SOURCE}</em></p>
{f'<p><strong>{edited}</strong></p>' if edited else ''}<h3>{FM_RELATED}</h3><ul>{ul(rel, href)}</ul>
</div></div></div>
<div class="v-Message-actions"><button>Reply</button> <button>Forward</button> <button>Archive</button></div>
</div>
<footer class="v-Footer">© {now.year} Fastmail Pty Ltd</footer>
<script>window.__FM_STATE__ = {ld_json(state)};</script>
</body>
</html>
'''
    without = [FM_WHO, FM_NOTE, sent, FM_SOURCE, FM_RELATED, FM_PINNED, FM_FOLDERS[-1]] + pinned + pin_times + rel[:2] + \
        ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- proton: a Manama reader's Proton Mail, the forwarded text as composer lines -----------------------------------------
PM_HOST = 'https://mail.proton.me/u/0'
PM_WHO = 'يوسف الجودر'
PM_FROM = 'yousif.aljowder@proton.me'
PM_NOTE = 'عمّي العزيز، أرسل لك التقرير الذي سألت عنه أمس، وفيه ما يهمك'
PM_SIGN = 'Sent with Proton Mail secure email.'
PM_LABELS = ['أخبار للعائلة', 'للرجوع إليه']
PM_ALSO = 'رسالة تقدّمت على هذه من النشرة ذاتها:'
PM_SOURCE = 'هذا نص رسالة Sky News Arabia البريدية كما وصلت يوسف'
PM_EDITED = 'بعثت النشرة صيغة معدّلة للخبر فيما بعد، {date}'
PM_RELATED = 'قراءات أخرى اقترحتها النشرة في ذيل الرسالة'


def render_proton(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'proton'
    pub, draw = extra['at'], extra['draw']
    rel, inbox = others[:4], extra['more'][:6]
    moved = (kind, k % 4) in MOVED
    mod, upd_day = updates(kind, k, pub, draw, (3, 1))
    now = saved(kind, pub, draw, mod, upd_day, days=1, hours=draw['saved_hours'])
    fwd = forwarded_at(kind, mod, now)
    href = wrapped(kind)
    edited = PM_EDITED.format(date=gulf(mod)) if k % 4 == 3 else ''
    stamp = f'Date: On {pm_date(pub)}'
    sent = pm_date(fwd)
    in_times = [en_short(t)[:-6] for t in reversed(moments(kind, earlier(kind, now, days=3), earlier(kind, now, hours=2), len(inbox)))]
    pub_meta = iso_z(pub) if moved else iso_local(pub)
    lines = paragraphs(paras, also_p(PM_ALSO, extra['also'], href, 'div') if k % 2 == 1 else '', 2, '<div>{}</div>')
    body = '<div><br></div>'.join(lines)
    rows = ''.join(f'<div class="item-container" data-shortcut-target="item-container"><span class="item-senders">Sky News Arabia</span> <span class="item-subject">{esc(t)}</span> <time class="item-date">{d}</time></div>'
                   for t, d in zip(inbox, in_times))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
{head(title, lead_words(paras, 20), 'Proton Mail', f'{PM_HOST}/inbox/{hex_id("pm " + title)[:22]}', pub_meta, modified_meta(k, (1,), mod))}</head>
<body>
<div class="app-root"><header class="header"><a class="logo" href="{PM_HOST}/inbox">Proton Mail</a> <input placeholder="Search messages"> <button>Upgrade</button></header>
<nav class="navigation"><button>New message</button><ul><li>Inbox</li><li>Drafts</li><li>Sent</li><li>Starred</li><li>Archive</li><li>Spam</li><li>Trash</li><li>All mail</li></ul><h3>Labels</h3><ul>{"".join(f'<li>{g}</li>' for g in PM_LABELS)}</ul></nav>
<div class="items-column-list" data-time="{int(fwd.timestamp())}">{rows}</div>
<main class="view-column-detail">
<h1 class="message-conversation-summary-header" data-testid="conversation-header:subject">{esc(title)}</h1>
<article class="message-container" data-testid="message-view"><div class="message-header"><span class="message-recipient-item-label">{PM_WHO}</span> &lt;{PM_FROM}&gt; <span class="message-header-verified">Proton verified</span> <time class="message-header-date" data-time="{int(fwd.timestamp())}">{sent}</time></div>
<div class="message-content" dir="rtl"><div>{PM_NOTE}</div><div><br></div><div class="protonmail_signature_block"><div class="protonmail_signature_block-proton">{PM_SIGN}</div></div><div><br></div>
<div class="protonmail_quote" dir="ltr">------- Forwarded Message -------<br>From: Sky News Arabia &lt;{NEWS}&gt;<br><span class="pm-date" data-time="{int(pub.timestamp())}">{stamp}</span><br>Subject: {esc(title)}<br>To: {PM_FROM}<br><br>
<blockquote class="protonmail_quote" type="cite" dir="rtl">{body}<div><br></div><div><i>{PM_SOURCE}</i></div>{f'<div><br></div><div><b>{edited}</b></div>' if edited else ''}<div><br></div>
<div><b>{PM_RELATED}</b></div><ul>{ul(rel, href)}</ul></blockquote></div></div>
<div class="message-actions"><button>Reply</button> <button>Forward</button></div></article>
</main></div>
</body>
</html>
'''
    without = [PM_WHO, PM_NOTE, PM_SIGN, stamp, sent, PM_SOURCE, PM_RELATED] + PM_LABELS + inbox + in_times + rel[:2] + \
        ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- zimbra: a Kuwait office's Zimbra Web Client, the text in two MIME parts around an inline image ----------------------
ZM_HOST = 'https://mail.q8press.com.kw/zimbra/'
ZM_WHO = 'خالد العنزي'
ZM_FROM = 'k.alenezi@q8press.com.kw'
ZM_NOTE = 'للعلم والمتابعة، نرجو تلخيص المضمون في تقرير الظهيرة'
ZM_FOLDERS = ['Inbox', 'Sent', 'Drafts', 'Junk', 'Trash', 'أرشيف قسم الرصد']
ZM_ALSO = 'وللتوسع راجع ما أوردته النشرة قبل أيام:'
ZM_SOURCE = 'نشرة Sky News Arabia البريدية هي مصدر هذه المادة'
ZM_EDITED = 'ألحق الناشر بالرسالة تصحيحاً وصل إلى القسم، {date}'
ZM_RELATED = 'عناوين يتهافت عليها مشتركو النشرة'
ZM_CONV = 'محادثات القسم المفتوحة'


def render_zimbra(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'zimbra'
    pub, draw = extra['at'], extra['draw']
    rel, conv = others[:4], extra['more'][:10]
    mod, upd_day = updates(kind, k, pub, draw, (1, 2))
    now = saved(kind, pub, draw, mod, upd_day, days=1, hours=draw['saved_hours'])
    fwd = forwarded_at(kind, mod, now)
    href = wrapped(kind)
    edited = ZM_EDITED.format(date=gulf(mod)) if k % 4 == 1 else ''
    stamp = f'Sent: {zm_sent(pub)}'
    sent = f'{en_long(fwd)} {clock12(fwd)}'
    cv_days = [f'{EN_LONG[t.month - 1][:3]} {t.day}' for t in reversed(moments(kind, earlier(kind, now, days=5), earlier(kind, now, hours=1), len(conv)))]
    snippets = [teaser(t, 12) for t in conv]
    half = (len(paras) + 1) // 2
    also = also_p(ZM_ALSO, extra['also'], href) if k % 2 == 0 else ''
    first = ''.join(paragraphs(paras[:half], also, 1, '<p>{}</p>'))
    rest = ''.join(f'<p>{esc(p)}</p>' for p in paras[half:])
    img = f'image{hex_id("zm img " + title)[:3]}.png'
    rows = ''.join(f'<li class="ZmConvListItem"><span class="ZmMsgListCol-from">Sky News Arabia</span> <span class="ZmConvListFragment"><b>{esc(t)}</b> - {esc(s)}</span> <span class="ZmMsgListDate">{d}</span></li>'
                   for t, s, d in zip(conv, snippets, cv_days))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
{head(title, lead_words(paras, 20), 'Zimbra', f'{ZM_HOST}#1?id={int(hex_id("zm " + title)[:6], 16)}', iso_local(pub), modified_meta(k, (2,), mod))}</head>
<body class="user_font_system">
<div id="skin_outer"><div id="skin_container_logo"><a href="{ZM_HOST}">Zimbra</a></div> <div id="skin_container_search"><input placeholder="Search"></div> <div id="skin_container_username">{ZM_FROM}</div>
<div id="skin_container_app_chooser"><span>Mail</span> <span>Contacts</span> <span>Calendar</span> <span>Tasks</span> <span>Briefcase</span> <span>Preferences</span></div>
<div id="zov__main_Mail" class="ZmOverview"><h3>Folders</h3><ul>{"".join(f'<li>{f}</li>' for f in ZM_FOLDERS)}</ul><h3>Searches</h3><h3>Tags</h3><h3>Zimlets</h3></div>
<div id="zl__CLV-main" class="ZmConvListView"><h3>{ZM_CONV}</h3><ul>{rows}</ul></div>
<div id="zv__CLV-main__MSG" class="ZmMailMsgView">
<table class="MsgHeaderTable"><tr><td class="SubjectCol"><h1 class="LabelColValue">{esc(title)}</h1></td></tr>
<tr><td class="LabelColName">From:</td><td>{ZM_WHO} &lt;{ZM_FROM}&gt;</td></tr><tr><td class="LabelColName">To:</td><td>monitoring@q8press.com.kw</td></tr>
<tr><td class="LabelColName">Sent:</td><td class="DateCol">{sent}</td></tr></table>
<div class="MsgBody MsgBody-html" dir="rtl"><div>{ZM_NOTE}</div><br>
<div dir="ltr">----- Forwarded Message -----<br>From: "Sky News Arabia" &lt;{NEWS}&gt;<br>To: {ZM_FROM}<br>{stamp}<br>Subject: {esc(title)}</div><br>
<div class="MsgBody-part" dir="rtl">
{first}
</div>
<div class="ZmInlineAttachment"><img src="{ZM_HOST}service/home/~/?id={int(hex_id("zm " + title)[:6], 16)}&amp;part=2" alt="{img}"><table class="attachments"><tr><td>{img} ({draw["count"] % 90 + 8} KB)</td><td><a href="{ZM_HOST}service/home/~/?part=2&amp;disp=a">Download</a> | <a href="{ZM_HOST}#briefcase">Briefcase</a> | <a href="{ZM_HOST}#remove">Remove</a></td></tr></table></div>
<div class="MsgBody-part" dir="rtl">
{rest}
<p><em>{ZM_SOURCE}</em></p>
{f'<p><strong>{edited}</strong></p>' if edited else ''}<div class="newsletter-box"><h3>{ZM_RELATED}</h3><ol>{ul(rel, href)}</ol></div>
</div></div>
</div>
<div id="skin_footer">Zimbra Collaboration · © 2005-{now.year} Synacor, Inc. All rights reserved.</div>
</div>
</body>
</html>
'''
    without = [ZM_WHO, ZM_NOTE, ZM_FOLDERS[-1], ZM_CONV, stamp, sent, ZM_SOURCE, ZM_RELATED] + conv + snippets + cv_days + rel[:2] + \
        ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- roundcube: an Algiers reader's Roundcube (Elastic), a plain-text forward -------------------------------------------
RC_HOST = 'https://webmail.alger-info.dz/'
RC_WHO = 'Amine Benali'
RC_WHO_AR = 'أمين بن علي'
RC_FROM = 'amine.benali@alger-info.dz'
RC_NOTE = 'سلام يا ليلى، هاكِ الخبر بنصه لتضمّيه إلى أوراق الجمعة'
RC_ALSO = 'وهذا خبر أسبق من النشرة يوضح السياق:'
RC_SOURCE = 'نص هذه الرسالة مأخوذ من نشرة Sky News Arabia كما هو'
RC_EDITED = 'بلغنا من الناشر أنه بدّل صياغة الخبر يوم {date}'
RC_RELATED = 'روابط مقترحة في آخر النشرة'
RC_NAV = 'التنقل بين رسائل المجلد'


def render_roundcube(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'roundcube'
    pub, draw = extra['at'], extra['draw']
    rel, inbox, nav = others[:4], extra['more'][:6], extra['more'][6:8]
    mod, upd_day = updates(kind, k, pub, draw, (3, 0))
    now = saved(kind, pub, draw, mod, upd_day, days=1, hours=draw['saved_hours'])
    fwd = forwarded_at(kind, mod, now)
    href = wrapped(kind)
    edited = RC_EDITED.format(date=tunis(mod)) if k % 4 == 3 else ''
    stamp = f'Date: {ymd(pub)} {hm(pub)}'
    sent = f'{ymd(fwd)} {hm(fwd)}'
    in_days = [f'{ymd(t)} {hm(t)}' for t in reversed(moments(kind, earlier(kind, now, days=3), earlier(kind, now, hours=1), len(inbox)))]
    chunks = [esc(p) for p in paras]
    if k % 2 == 1:
        chunks.insert(min(2, len(chunks)), f'{RC_ALSO} <a href="{href(extra["also"])}" rel="noreferrer" target="_blank">{esc(extra["also"])}</a>')
    chunks.append(f'<i>{RC_SOURCE}</i>')
    if edited:
        chunks.append(f'<b>{edited}</b>')
    rows = ''.join(f'<tr class="message"><td class="subject"><span class="fromto">Sky News Arabia</span> <a href="{RC_HOST}?_task=mail&amp;_uid={int(hex_id(t)[:4], 16)}&amp;_action=show">{esc(t)}</a> <span class="date">{d}</span></td></tr>'
                   for t, d in zip(inbox, in_days))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
{head(title, lead_words(paras, 20), 'Roundcube Webmail', f'{RC_HOST}?_task=mail&amp;_uid={int(hex_id("rc " + title)[:4], 16)}&amp;_mbox=INBOX&amp;_action=show', iso_local(pub), modified_meta(k, (0,), mod))}</head>
<body class="task-mail action-show">
<div id="layout">
<div id="layout-menu"><a class="logo" href="{RC_HOST}">Roundcube Webmail</a><nav><a href="{RC_HOST}?_task=mail">Mail</a> <a href="{RC_HOST}?_task=addressbook">Contacts</a> <a href="{RC_HOST}?_task=settings">Settings</a> <a href="{RC_HOST}?_task=logout">Logout</a></nav></div>
<div id="layout-sidebar"><ul id="mailboxlist"><li class="inbox">Inbox</li><li class="drafts">Drafts</li><li class="sent">Sent</li><li class="junk">Junk</li><li class="trash">Trash</li></ul></div>
<div id="layout-list"><table id="messagelist"><tbody>{rows}</tbody></table></div>
<div id="layout-content" role="main">
<div class="pagenav"><h4>{RC_NAV}</h4><a class="prevpage" href="{RC_HOST}?_task=mail&amp;_action=show&amp;_uid=prev">{esc(nav[0])}</a> <a class="nextpage" href="{RC_HOST}?_task=mail&amp;_action=show&amp;_uid=next">{esc(nav[1])}</a></div>
<div id="message-header"><span class="voice">Subject</span><h1 class="subject">{esc(title)}</h1>
<div class="header"><span class="adr">{RC_WHO}</span> on <span class="text-nowrap">{sent}</span></div></div>
<div id="messagebody"><div class="message-part" id="message-part1"><div class="pre" dir="rtl">{RC_NOTE}<br>{RC_WHO_AR}<br><br>-------- Original Message --------<br>Subject: {esc(title)}<br>{stamp}<br>From: Sky News Arabia &lt;{NEWS}&gt;<br>To: {RC_FROM}<br><br>
<blockquote type="cite">{"<br><br>".join(chunks)}</blockquote></div></div>
<div class="message-htmlpart"><h3>{RC_RELATED}</h3><ul>{ul(rel, href)}</ul></div></div>
</div>
</div>
<div id="footer">Roundcube Webmail · © {now.year}</div>
</body>
</html>
'''
    without = [RC_WHO, RC_NOTE, RC_WHO_AR, RC_NAV, stamp, sent, RC_SOURCE, RC_RELATED] + inbox + in_days + nav + rel[:2] + \
        ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 1 else []
    return page, title, read_also, rel, without, upd_of(upd_day)


# --- thunderbird: a Muscat reader's forwarded message saved by Thunderbird as .html -------------------------------------
TB_WHO = 'Salim Al Harthy'
TB_FROM = 'salim.alharthy@omantel.net.om'
TB_ME = 'badr.alharthy@omantel.net.om'
TB_NOTE = 'يا بدر، خبر يستحق أن تقرأه قبل سفرك، حفظته لك كما وصلني'
TB_ALSO = 'في نشرة سبقت هذه تمهيد لما جرى:'
TB_SOURCE = 'جاءت القصة بالبريد ضمن نشرة Sky News Arabia'
TB_EDITED = 'بعثت النشرة لاحقاً صيغة منقحة لهذه القصة، {date}'
TB_MOST = 'القصص التي تداولها قراء النشرة بكثافة اليوم'
TB_TREND = 'مواضيع تشغل المنصات الآن'


def render_thunderbird(art, others, extra, day, slug, k):
    name, title, paras = art
    kind = 'thunderbird'
    pub, draw = extra['at'], extra['draw']
    most, trend = others[:4], extra['more'][:5]
    moved = (kind, k % 4) in MOVED
    mod, upd_day = updates(kind, k, pub, draw, (0, 1))
    now = saved(kind, pub, draw, mod, upd_day, days=1, hours=draw['saved_hours'])
    fwd = forwarded_at(kind, mod, now)
    href = wrapped(kind)
    edited = TB_EDITED.format(date=gulf(mod)) if k % 4 == 0 else ''
    stamp, sent = rfc(pub), rfc(fwd)
    pub_meta = iso_z(pub) if moved else iso_local(pub)
    also = also_p(TB_ALSO, extra['also'], href) if k % 2 == 0 else ''
    body = ''.join(paragraphs(paras, also, 1, '<p>{}</p>'))
    page = f'''<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
{head(title, lead_words(paras, 20), 'Thunderbird', 'file:///home/salim/' + hex_id('tb ' + title)[:8] + '.html', pub_meta, modified_meta(k, (1,), mod))}<meta http-equiv="content-type" content="text/html; charset=UTF-8">
</head>
<body>
<table class="moz-header-part1 moz-main-header" width="100%" border="0" cellspacing="0" cellpadding="0"><tbody>
<tr><td><div class="moz-header-display-name" style="display:inline">Subject: </div>{esc(title)}</td></tr>
<tr><td><div class="moz-header-display-name" style="display:inline">From: </div>{TB_WHO} &lt;{TB_FROM}&gt;</td></tr>
<tr><td><div class="moz-header-display-name" style="display:inline">Date: </div>{sent}</td></tr></tbody></table>
<table class="moz-header-part2 moz-main-header" width="100%" border="0" cellspacing="0" cellpadding="0"><tbody>
<tr><td><div class="moz-header-display-name" style="display:inline">To: </div>{TB_ME}</td></tr></tbody></table><br>
<div dir="rtl"><p>{TB_NOTE}</p>
<div class="moz-forward-container"><br>-------- Forwarded Message --------
<table class="moz-email-headers-table" border="0" cellspacing="0" cellpadding="0"><tbody>
<tr><th valign="BASELINE" nowrap="nowrap" align="RIGHT">Subject: </th><td>{esc(title)}</td></tr>
<tr><th valign="BASELINE" nowrap="nowrap" align="RIGHT">Date: </th><td>{stamp}</td></tr>
<tr><th valign="BASELINE" nowrap="nowrap" align="RIGHT">From: </th><td>Sky News Arabia <a class="moz-txt-link-rfc2396E" href="mailto:{NEWS}">&lt;{NEWS}&gt;</a></td></tr>
<tr><th valign="BASELINE" nowrap="nowrap" align="RIGHT">To: </th><td>{TB_FROM}</td></tr></tbody></table><br>
<div class="nl-wrapper" dir="rtl">
<div class="nl-masthead"><a href="{href('home')}">Sky News Arabia</a></div>
<h1 class="nl-headline">{esc(title)}</h1>
<div class="nl-story">
{body}
<p><em>{TB_SOURCE}</em></p>
{f'<p><strong>{edited}</strong></p>' if edited else ''}</div>
<div class="nl-most"><h3>{TB_MOST}</h3><ol>{ul(most, href)}</ol></div>
<div class="nl-trend"><h3>{TB_TREND}</h3><ul>{ul(trend, href)}</ul></div>
<div class="nl-footer"><a href="{href('unsubscribe')}">Unsubscribe</a> · © {now.year} Sky News Arabia</div>
</div></div></div>
</body>
</html>
'''
    without = [TB_WHO, TB_NOTE, stamp, sent, TB_SOURCE, TB_MOST, TB_TREND] + trend + most[:2] + ([edited] if edited else [])
    read_also = [extra['also']] if k % 2 == 0 else []
    return page, title, read_also, most, without, upd_of(upd_day)


RENDER = {kind: spaced(set80.distinct(fn)) for kind, fn in (('gmail', render_gmail), ('outlook', render_outlook),
                                                             ('fastmail', render_fastmail), ('proton', render_proton),
                                                             ('zimbra', render_zimbra), ('roundcube', render_roundcube),
                                                             ('thunderbird', render_thunderbird))}
render = with_null_update(renderer(RENDER, 'templates_set98.py', 98))  # updated: null where none is declared


# --- the corpus and the driver ----------------------------------------------------------------------------
OPENINGS = {}  # a record's title: its first two lines (Gmail's and Zimbra's list snippets), filled by records()


def records(corpus):
    """{'SkyNews': [...]}: the multisource TREC records of Sky News Arabia exactly as set 83 read them
    (templates_set83.records(): its left-out lists), so that the texts and the headlines after them are set 83's."""
    out = set83.records(corpus)
    for r in out['SkyNews']:
        OPENINGS.setdefault(r['title'], ' '.join(r['lines'][:2]) or r['title'])
    return out


def article_of(rec, source):
    """(name, title, paragraphs) when the record is an article (see the docstring), else None."""
    return set31_article_of(rec, source)


def pick_articles(sources, per_kind):
    """{kind: [(index, article), ...]}: page k of a kind takes REUSED[kind][k]."""
    out = {}
    for kind in KINDS:
        if per_kind > len(REUSED[kind]):
            raise SystemExit(f'templates_set98: {len(REUSED[kind])} articles for {kind}, {per_kind} needed')
        recs, chosen = sources[SOURCE[kind]], []
        for want in REUSED[kind][:per_kind]:
            hits = [(i, r) for i, r in enumerate(recs) if os.path.basename(r['name'])[:-4] == want]
            art = article_of(hits[0][1], SOURCE[kind]) if len(hits) == 1 else None
            if art is None:
                raise SystemExit(f'templates_set98: {want} is not an article of {SOURCE[kind]} here')
            chosen.append((hits[0][0], art))
        out[kind] = chosen
    return out


def page_time(n, kind, k, rec):
    """Page n's local publication time and the page's other draws (see the docstring)."""
    rng = random.Random(f'templates_set98 page {n}')
    first, last = datetime.date(2019, 1, 1), datetime.date(2024, 12, 31)
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
            raise SystemExit(f'templates_set98: {kind}-{k}: not the day before in UTC')
    return local, draw


def wording_problems():
    """templates_set21's wording check of this file against make_templates.py and templates_set5..97.py (set 99, written
    at the same time, is not read)."""
    earlier_sets = ['make_templates.py'] + [f'templates_set{i}.py' for i in range(5, 98)]
    return set21_wording(os.path.basename(__file__), earlier_sets)


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    wording = '--wording' in argv
    code = run_set(sys.modules[__name__], [a for a in argv if a != '--wording'], f'{MS_FOLDER}/SkyNews', 20261298, 24, 98,
                   relabel)
    if wording:
        problems = wording_problems()
        for problem in problems:
            print(f'templates_set98: {problem}', file=sys.stderr)
        if problems:
            print(f'{len(problems)} wording problems')
            return 1
    return code


if __name__ == '__main__':
    sys.exit(main())
