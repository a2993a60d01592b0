"""`akhbar parse` and the segmenter end to end: the dev-set scores and our own labels held at the
issue's bar, the seed article against its golden record, --explain, --markers and --now."""
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
import harness  # noqa: E402

SEED = os.path.join('samples', 'almustakilla-iraq-us-security-talks.txt')
BARS = ['--min-body-f1', '0.97', '--min-fields', '0.95', '--min-links-f1', '0.95']


def eval_dir(ctx):
    return ctx.shared('eval')


def run_score(ctx, label_dir, bars=BARS):
    score = os.path.join(eval_dir(ctx), 'score.py')
    r = subprocess.run([sys.executable, score, '--akhbar', ctx.akhbar, label_dir, *bars, '--verbose'],
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stdout + r.stderr
    return r.stdout


def test_dev_set_reaches_the_bar(ctx):
    dev = os.path.join(eval_dir(ctx), 'dev')
    out = run_score(ctx, dev)
    assert 'missing 0' in out, out


def label_set(name):
    """Which set a label belongs to: 'blind', 'blind2', 'blind3' ... (the draw it labels) or 'own'.
    A draw with no test of its own (a sealed one) belongs to no set that is scored."""
    m = re.match(r'(blind\d*)-', name)
    return m.group(1) if m else 'own'


def copy_labels(ctx, dst, which):
    # Our labels name inputs relative to a checkout next to ../shared; point them at --corpus.
    src = ctx.path('tests', 'segmenter', 'labels')
    os.makedirs(dst)
    names = sorted(n for n in os.listdir(src) if n.endswith('.json') and label_set(n) == which)
    for name in names:
        with open(os.path.join(src, name), encoding='utf-8') as f:
            lab = json.load(f)
        rel = lab['file'].split('shared/corpus/', 1)[1]
        lab['file'] = ctx.shared('corpus', rel)
        with open(os.path.join(dst, name), 'w', encoding='utf-8') as f:
            json.dump(lab, f, ensure_ascii=False)
    return names


def label_set_reaches_the_bar(ctx, kind, count=None, bars=BARS):
    """Scores one set of our labels ('own', 'blind', 'blind2' ... 'blind5') apart, at the issue's bar
    (or at the floor given)."""
    dst = os.path.join(ctx.tmp, kind)
    eval_dir(ctx)  # skips before any work when ../shared/eval is absent
    names = copy_labels(ctx, dst, kind)
    assert len(names) == count if count else len(names) >= 5, names
    out = run_score(ctx, dst, bars)
    assert f'documents {len(names)} (missing 0)' in out, out


def test_own_labels_reach_the_bar(ctx):
    label_set_reaches_the_bar(ctx, 'own')


# Each blind sample is held at a floor: the issue's bar where it reached it, else just under its figures, so that no
# later rule makes it worse. BLIND_SETS[n] = (labels, body F1, fields, links F1) for the nth draw's labels (blindN-*,
# the first draw's blind-*); the comment above an entry tells its history (first run, sealed run, what moved it).
BLIND_SETS = {}

# The blind sample (tests/segmenter/blind_sample.py, labelled before akhbar ran on it) is held at
# the issue's bar too, apart from our other labels, so that its figures stay visible on their own.
BLIND_SETS[1] = (20, 0.97, 0.95, 0.95)


# The second blind sample (blind_sample.py --second, 15 inputs, labels committed before the first
# run). Its first (blind) run gave body F1 0.971, fields 0.943, links F1 1.000; after the BBC
# app-footer marker and the lone-"و" title rule: 1.000 / 0.955 / 1.000.
BLIND_SETS[2] = (15, 0.97, 0.95, 0.95)


# The third blind sample (blind_sample.py --third, issue 13: 25 inputs from the sites least
# labelled, labels committed before the first run). Its first (blind) run gave body F1 0.952,
# fields 0.901, links F1 0.000 (5 expected related titles, none given), below the issue's bar
# (0.97 / 0.95 / 0.95), so the set is held at a floor at those figures: later rule changes may not
# make it worse. Raise the floor to the bar (BARS) once the misses in docs/segmenter.md are fixed.
# The date in the address (issue 13: SaudiNewsNet records have no date field) raised fields to
# 0.915 (published 24/24).
# The place of a byline in the author field ("واس - جدة") as the dateline: 0.930; the title's
# site part cut ("... - zaiocity.net | زايوسيتي.نت"): 0.937; the site's name in the author field
# no writer: 0.944 (134 of 142; the floor sits just under it, 0.943).
# The related list glued after the last sentence (Al-Jazirah's "مقالات أخرى للكاتب…"): body 0.965,
# links 1.000.
# Session 7: trafilatura's comments section skipped (body 0.986) and the glued "كفر الشيخ-NAME"
# byline (fields 0.965): at the issue's bar, so the set is held at it.
BLIND_SETS[3] = (25, 0.97, 0.95, 0.95)


# The fourth blind sample (blind_sample.py --fourth, issue 13 §3: 30 inputs from sites and formats
# not labelled before, labels committed before the first run). Its first (blind) run gave body F1
# 0.914, fields 0.905 (0.911 with one label aligned to the dev set's CNN convention), links F1
# 0.000 (5 related titles expected, none given): held at a floor just under those figures. Raise
# it to the bar (BARS) as the misses listed in docs/segmenter.md are fixed. The CSV text column
# chosen per row (the CNN row 566 got its body) raised it to body F1 0.935, fields 0.917.
# The related list glued after the last sentence (Capstone's "مقال ذات صله:- TITLE"): body 0.947,
# links 0.750 (3 of 5); the site's name in Arabic letters no writer ("عكاظ (المكاتب)"): fields 0.941;
# Al-Weeam's glued self-link removed: body 0.951.
# Session 7: "… اقرا المزيد" cut, Goud's long title, "جريدة الرياض | ..." and "Anwalpress - أنوال
# بريس" as the site (and the headline repeated under it), a bulleted "• كتب NAME --" credit: body
# 0.963, fields 0.970 (body still under the bar: the CNN record's unmarked headlines, Capstone's
# keyword list and contact prompts, a comment widget; links: the CNN headlines).
BLIND_SETS[4] = (30, 0.962, 0.969, 0.749)


# The fifth blind sample (blind_sample.py --fifth, session 6: 27 inputs drawn as the fourth, labels
# committed before the first run). Its first (blind) run gave body F1 0.942, fields 0.959, links F1
# 0.000 (9 related titles expected, none given). After the listing page's teaser pairs moved to
# related, a byline's "NAME (REGION)" read as a place and the site's name in Arabic letters no
# writer ("المدينة - جدة"): body 0.959, fields 0.980, links 1.000; held just under those figures
# Session 7: the shop's price and SKU lines and the CMS's related-box placeholder removed: body
# 0.976, fields 0.980, links 1.000, at the issue's bar, so the set is held at it.
BLIND_SETS[5] = (27, 0.97, 0.95, 0.95)


# The sixth blind sample (blind_sample.py --sixth, session 7: 27 inputs drawn as the fifth, labels
# committed before the first run). Its first (blind) run gave body F1 0.960, fields 0.927, links
# F1 0.000 (none expected, 8 related titles given). After the session's rules: body 0.987, fields
# 0.954, links 1.000 (docs/segmenter.md), at the issue's bar, so the set is held at it.
BLIND_SETS[6] = (27, 0.97, 0.95, 0.95)


# The seventh blind sample (blind_sample.py --seventh, session 7: 27 inputs drawn with the sixth and
# labelled from the raw input by a helper who did not change the rules, sealed until the session's
# rules were done). Its first (blind) run, at df7c4f5, gave body F1 0.913 (precision 0.839), fields
# 0.960, links F1 0.857, under the issue's bar. After the second round's rules (tatweel dash,
# "للمزيد:", photo credits, Latin site names, the site's welcome and sign-off, a writer glued to the
# lead, a login prompt, "اقرا المزيد في: SECTION"): body 0.954, fields 0.987, links 1.000; body still
# under the bar (a medical site's widgets on one page, docs/segmenter.md), so held at a floor just
# under those figures.
BLIND_SETS[7] = (27, 0.953, 0.986, 0.999)


# The eighth blind sample (blind_sample.py --eighth, session 7: labelled by a helper who did not
# change the rules, sealed until both rounds of the session's rules were merged). Its first run, at
# ae4ff8d, gave body F1 0.939 (precision 0.893), fields 0.918, links F1 0.000 (one CNN record's
# five unmarked related teasers), the same as before the session: held at a floor just under it.
# Session 8: a closing signature with the writer's posts under it: body 0.949, fields 0.925; a
# cookie banner is no title: fields 0.932. Session 9 (a place and an outlet split, the writer glued after
# them): fields 0.946.
BLIND_SETS[8] = (27, 0.948, 0.945, 0.0)


# The ninth blind sample (blind_sample.py --ninth: labelled at the end of session 7 by a helper who
# did not change the rules, sealed until session 8 began). Its first run, at 618ca8c, gave body F1
# 0.963 (precision 0.939), fields 0.959, links F1 1.000. Session 8: a genre word after the place
# ("الدمام، تقرير") is no part of the dateline, an author field with no letters no name: fields 0.972;
# a fact-check teaser's read-on prompt, a forum's clock and a shop's cart markers: body 0.981; a
# kicker ending in a colon above the headline: fields 0.979.
BLIND_SETS[9] = (27, 0.980, 0.985, 0.999)


# The tenth blind sample (blind_sample.py --tenth: labelled in session 8 by a helper who did not
# change the rules, sealed until the session's rules were merged). Its first run, at f49c769, gave
# body F1 0.879 (precision 0.784: a forum thread's member boxes and replies, a shop page's widgets,
# a search page, a contact footer glued to an e-mail), fields 0.966, links F1 0.333 (one shop
# page's related products); the session-start binary 618ca8c gives 0.874 / 0.959 / 0.333. Held at
# that first run's floor.
# Session 9 (forum member boxes and replies, a menu-only page, a contact footer glued to an e-mail, the
# Al-Weeam date line with its outlet): body 0.946, fields 0.980.
BLIND_SETS[10] = (27, 0.945, 0.979, 0.333)


# The eleventh blind sample (blind_sample.py --eleventh: labelled in session 9 by a helper who did not
# change the rules and did not run akhbar on it). Its first run, at the session-start rules (a6b7a63 =
# df42eef's rules), gave body F1 0.939 (precision 0.886: a menu-only page, a porn page, an audio page,
# a sports site's tagline), fields 0.951, links F1 0.952. After the session's rules (a colon dateline
# with its agency, 'Editor' no author, a read-also label's own words, a menu-only page, initials with a
# dash): body 0.954, fields 0.972, links 1.000. Held there.
BLIND_SETS[11] = (27, 0.953, 0.971, 0.999)


# The twelfth blind sample (blind_sample.py --twelfth: labelled in session 9 by a helper who did not
# change the rules, sealed until the session's rules were merged). Its first run, at d0ec196: body F1
# 0.960 (precision 0.923), fields 0.953, links F1 0.000 (one CNN page's five unmarked teasers); the
# session-start rules give the same. Held at that first run's floor.
BLIND_SETS[12] = (27, 0.97, 0.96, 0.79)


# The thirteenth blind sample (blind_sample.py --thirteenth: labelled in session 10 by a helper who
# did not change the rules and did not run akhbar on it). Its first run, at the session-start rules
# (1d4e754): body F1 0.996 (precision 1.000, recall 0.991: a hard-wrapped abstract's first line taken
# for a title), fields 0.959, links F1 1.000 — the issue's three bars met on first sight. After the
# session's rules (a hard-wrapped opening is no title, a team credit names no author): body 1.000,
# fields 0.973. Held there.
BLIND_SETS[13] = (27, 0.999, 0.972, 0.999)


# The fourteenth blind sample (blind_sample.py --fourteenth: labelled in session 10 by a helper who
# did not change the rules, sealed until the session's rules were merged). Its first run, at bd73999:
# body F1 0.930 (precision 0.877: a forum thread's chrome, a shop listing's sort options, an inline
# read-also line swallowing the article's next sections), fields 0.926, links F1 0.143; the session-
# start rules give the same. After the rules it opened (a bracketed place in a credit, a three-part
# opening byline, one letter no author, the article's next section after a read-also line, vBulletin's
# chrome): body 0.953, fields 0.946, links 0.444. Held there.
BLIND_SETS[14] = (27, 0.952, 0.945, 0.443)


# The fifteenth blind sample (blind_sample.py --fifteenth: labelled at the start of session 11 by a
# helper who did not change the rules, scored once at the session-start rules 663e491): body F1 0.934
# (precision 0.876: two boilerplate-only pages, an empty tag cell, an account's name line, a dateline
# under a title repeated without its site part), fields 0.940, links F1 0.400 (BBC's read-also box
# printed again without its marker, a "شائع الآن" box). After the rules it opened (a site part proven
# by the repeated headline, an input author that is a sentence, the text's Arabic name for a Latin
# source, the marker-less read-also box, more given names, interviewer credits): body 0.959, fields
# 0.973, links 1.000. Held there.
BLIND_SETS[15] = (27, 0.958, 0.972, 0.999)


# The sixteenth blind sample (blind_sample.py --sixteenth: labelled in session 11 by a helper who did not
# change the rules, sealed until the session's rules were merged, scored once at 73af2d0): body F1 0.991
# (0.987 / 0.994), fields 0.966 (two Hudood headlines, an ArCORE title's part, a category page's title, a
# Capstone list), links F1 1.000: the three bars met on first sight; the session-start rules give the same.
BLIND_SETS[16] = (27, 0.990, 0.965, 0.999)


# The seventeenth blind sample (blind_sample.py --seventeenth: labelled late in session 11 by a helper who
# did not change the rules, scored once at the session's final rules, ba6afbd): body F1 0.977 (0.955 /
# 1.000), fields 0.952 (two Hudood headlines, a site part in English, a "NAME (PLACE)" byline in a
# newspaper's text, AFP's initials as a writer), links F1 1.000: the three bars met on first sight.
BLIND_SETS[17] = (27, 0.976, 0.951, 0.999)


# The eighteenth blind sample (blind_sample.py --eighteenth: labelled at the start of session 12 by a helper
# who did not change the rules, scored once at the session-start rules, 928f39a): body F1 0.918 (0.848 /
# 1.000), fields 0.924, links F1 1.000. After the rules it opened (Saudi author fields "TOWN - NAME / تصوير
# - NAME", bylines ending in a colon, a site's Arabic name before "»", self-link tails, the writer's
# address glued to the text, a translator's note after a glued rule): 0.940 / 0.952 / 1.000 (a Hespress
# page's readers' comments, a Capstone home page and two Hudood headlines stay).
BLIND_SETS[18] = (27, 0.939, 0.951, 0.999)


# The nineteenth blind sample (blind_sample.py --nineteenth: drawn with the eighteenth and labelled at the
# start of session 12, sealed until the session's final rules, scored once at 65d4554): body F1 0.891
# (0.803 / 1.000), fields 0.951, links F1 0.154 (three expected items; a tag archive's nine teasers given);
# the session-start rules give the same. Non-article pages (an ArCORE sidebar, a Capstone tag archive, a
# classified ad) are most of its misses; after the name line over a handle: 0.895 / 0.958 / 0.154.
BLIND_SETS[19] = (27, 0.894, 0.957, 0.15)


# The twentieth blind sample (blind_sample.py --twentieth: labelled at the start of session 13 by a helper
# who did not change the rules, scored once at the session-start rules, 77cc65a): body F1 0.963 (0.929 /
# 1.000), fields 0.952, links F1 0.000 (one expected item: a BBC question line taken for a lost link).
# After the rules it opened (a credit verb in a byline glued to a date line, production credits, a
# directory's record rows, a sign-up button): 0.992 / 0.973 / 0.000.
BLIND_SETS[20] = (27, 0.991, 0.972, 0.0)


# The twenty-first blind sample (blind_sample.py --twenty-first: drawn with the twentieth, sealed until the
# session's rules were in, scored once at e9c5fb9): body F1 0.939 (0.891 / 0.991), fields 0.925, links F1
# 0.000 (none expected; a blog index's eight teasers given). Two non-article Capstone pages are most of its
# body misses; after the input author field rules (a web address, a website's name, a town alone): 0.939 /
# 0.952 / 0.000.
BLIND_SETS[21] = (27, 0.938, 0.951, 0.0)


# The twenty-second blind sample (blind_sample.py --twenty-second: labelled at the start of session 14 by a
# helper who did not change the rules, scored once at the session-start rules, 1f347e1): body F1 0.943
# (0.891 / 1.000), fields 0.980, links F1 0.444 (CNN's five unmarked teasers after the story missed). After
# a record's Latin title field and a "comments closed" notice: 0.945 / 0.987 / 0.444; after session 15's teasers
# that copy a clause of the story: 0.959 / 0.987 / 1.000.
BLIND_SETS[22] = (27, 0.958, 0.992, 0.99)


# The twenty-third blind sample (blind_sample.py --twenty-third: drawn with the twenty-second, sealed until
# the session's rules were in, scored once at 2507ac0): body F1 0.946 (0.898 / 1.000), fields 0.965, links
# F1 0.267 (a BBC headline block without a marker, a spam page's links). After a writer's name after a slash
# in a title: 0.946 / 0.979 / 0.267; after session 15's read-also box of question headlines: 0.961 / 0.979 /
# 0.632 (a spam listing's links stay related); after session 16's listing cards with a glued button label (no
# teasers): 0.961 / 0.979 / 0.923.
BLIND_SETS[23] = (27, 0.964, 0.992, 0.92)


# The twenty-fourth blind sample (blind_sample.py --twenty-fourth: labelled at the start of session 15 by a
# helper who did not change the rules, scored once at the session-start rules, 14f4aa2): body F1 0.982
# (0.965 / 1.000), fields 0.973, links F1 1.000. After the site's part of a ';'-joined author field: 0.982 /
# 0.980 / 1.000 (Al-Hudood's glued titles and a biography box stay).
BLIND_SETS[24] = (27, 0.985, 0.992, 0.99)


# The twenty-fifth blind sample (blind_sample.py --twenty-fifth: drawn with the twenty-fourth, sealed until
# the session's rules were in, scored once at af7cd2c): body F1 0.955 (0.913 / 1.000), fields 0.966, links
# F1 0.210 (an SEO blog's two unmarked boxes, a listing's links, CNN teasers before the echoing one). After
# other stories' leads before the echoing teaser, a news brand's title part and a crawl's time no publication
# date: 0.963 / 0.980 / 0.342; after session 16's boxes under a superlative heading and a portal's read
# counter: 0.988 / 0.980 / 0.654 (a doorway listing's cards stay related).
BLIND_SETS[25] = (27, 0.987, 0.985, 0.65)


# The twenty-sixth blind sample (blind_sample.py --twenty-sixth: labelled at the start of session 16 by a
# helper who did not change the rules, scored once at the session-start rules, b6ed521): body F1 0.982
# (0.964 / 1.000), fields 0.966, links F1 1.000. After a print paper's issue credit and a section label
# above the headline: 0.984 / 0.980 / 1.000; with Al-Hudood's headlines split off their leads: fields 0.993.
BLIND_SETS[26] = (27, 0.983, 0.992, 0.99)


# The twenty-seventh blind sample (blind_sample.py --twenty-seventh: drawn with the twenty-sixth, sealed until
# the session's rules were in, scored once at 4406ac3): body F1 0.968 (0.938 / 1.000), fields 0.980, links F1
# 1.000 (a demining site's running figures above an ArCORE page's news, a shop's browser notices, Al-Hudood's
# glued titles). The session-start rules give the same figures; after Al-Hudood's headline split (written
# after this scoring) and the browser notices and poll disclaimer opened after it: 0.976 / 0.993 / 1.000.
BLIND_SETS[27] = (27, 0.975, 0.992, 0.99)


# The twenty-eighth blind sample (blind_sample.py --twenty-eighth: labelled at the start of session 17 by a
# helper who did not change the rules, scored once at the session-start rules, 7ebfd5f): body F1 0.975
# (0.958 / 0.994), fields 0.974, links F1 1.000. After the title rules it opened (a lone dash and a byline
# above the headline, a site's name and slogan after it): fields 0.987.
BLIND_SETS[28] = (27, 0.974, 0.986, 0.99)


# The twenty-ninth blind sample (blind_sample.py --twenty-ninth: drawn with the twenty-eighth, sealed until
# the session's rules were in, scored once at ad16116): body F1 0.973 (0.946 / 1.000), fields 0.979, links F1
# 1.000 (a forum post's source stamp and signature, a property listing, a horoscope's glued title); the
# session-start rules give the same figures. After a slash between initials: body 0.976.
BLIND_SETS[29] = (27, 0.975, 0.978, 0.99)


# The thirtieth blind sample (blind_sample.py --thirtieth: labelled at the start of session 18 by a helper who
# did not change the rules, scored once at the session-start rules, 8054bc6): body F1 0.938 (0.888 / 0.995),
# fields 0.932, links F1 0.231 (a service site's read-also lines in its own wording, BBC's marker-less pair,
# glued captions). After the rules it opened (a one-word rubric, "وزير" as no conjunction, PAPER – NAME closing
# a text, "PLACE: NAME" author fields, a stripped headline's verb echoed in the past, a section's heading after
# a read-also line): body 0.980, fields 1.000, links 0.791.
BLIND_SETS[30] = (27, 0.975, 0.99, 0.78)


# The thirty-first blind sample (blind_sample.py --thirty-first: drawn with the thirtieth, sealed until the
# session's rules were in, scored once at b304e31): body F1 0.964 (0.934 / 0.995), fields 0.973, links F1
# 0.000 (Misbar's doubled read-also block glued after the text, a related label ending a sentence); the
# session-start rules give the same figures. After "أظهر" as a lead verb and Misbar's glued block: body 0.973,
# fields 0.980, links 0.667.
# Session 19: "لمواضيع مشابهة ... من الرابط التالي:" as a related label: body 0.980, links 1.000.
BLIND_SETS[31] = (27, 0.975, 0.975, 0.99)


# The thirty-second blind sample (blind_sample.py --thirty-second: labelled at the start of session 19 by a
# helper who did not change the rules, scored once at the session-start rules, 0a04e5c): body F1 0.930 (0.878 /
# 0.989), fields 0.939, links F1 0.000 (CNN's five teasers of other stories with none echoing the story, a
# theme's "skip to content" link as the title, a poem's "شعر : NAME", a byline repeated under the text). After
# the rules it opened: body 0.972, fields 0.973, links 1.000.
BLIND_SETS[32] = (27, 0.97, 0.97, 0.99)


# The thirty-third blind sample (blind_sample.py --thirty-third: drawn with the thirty-second, sealed until the
# session's final rules, scored once at c2089a9): body F1 0.994 (0.988 / 1.000), fields 0.973, links F1 1.000 —
# issue 13's bars met at first sight (the session-start rules give the same figures).
BLIND_SETS[33] = (27, 0.99, 0.97, 0.99)


# The thirty-fourth blind sample (blind_sample.py --thirty-fourth: labelled at the start of session 20 by a
# helper who did not change the rules, scored once at the session-start rules, 03b16bb): body F1 0.994 (0.987 /
# 1.000), fields 0.987, links F1 1.000 — issue 13's bars met at first sight (a cp1256 byline framed by dashes
# above the headline, "- NAME -", took the title with it). Session 21 read that byline: 0.997 / 1.000 / 1.000.
BLIND_SETS[34] = (27, 0.99, 0.99, 0.99)


# The thirty-fifth blind sample (blind_sample.py --thirty-fifth: drawn with the thirty-fourth, sealed until the
# session's final rules, scored once at 5b4c8f3): body F1 0.978 (0.957 / 1.000), fields 0.980, links F1 1.000 —
# issue 13's bars met at first sight (shop pages' chrome on two capstone pages, two Hudood headlines; the
# session-start rules give the same figures).
BLIND_SETS[35] = (27, 0.97, 0.97, 0.99)


# The thirty-sixth blind sample (blind_sample.py --thirty-sixth: labelled at the start of session 21 by a
# helper who did not change the rules, scored once at the session-start rules, 9bc9dab): body F1 0.992 (0.984 /
# 1.000), fields 0.980, links F1 1.000 — issue 13's bars met at first sight (a site's "NAME – خاص" credit, a
# shop's cart line, a paper's section taken for a dateline, a Mauritanian signature). After the session's
# rules: 0.997 / 0.993 / 1.000.
BLIND_SETS[36] = (27, 0.99, 0.99, 0.99)


# The thirty-seventh blind sample (blind_sample.py --thirty-seventh: drawn with the thirty-sixth, sealed until
# the session's final rules, scored once at 06e02b2; the rules after it, written from HTML sets 37 and 38,
# leave it as it was): body F1 0.964
# (0.931 / 1.000), fields 0.973, links F1 1.000 — below issue 13's body bar (a page's references with their
# access dates, a newspaper page's box of unrelated briefs after its article, two Hudood headlines); the
# session-start rules give the same figures. After its run, the references under "المراجع": 0.975 / 0.973 / 1.000.
BLIND_SETS[37] = (27, 0.97, 0.97, 0.99)


# The thirty-eighth blind sample (blind_sample.py --thirty-eighth: labelled at the start of session 22 by a
# helper who did not change the rules, scored once at the session-start rules, 9bafa63): body F1 0.944 (0.894 /
# 1.000), fields 0.946, links F1 1.000 — below issue 13's body and fields bars (WordPress's review form, an
# Instagram embed's credits inside a paragraph, a listing page's trail taken for its title, "صحيفة فلسطين" read as
# a place, Sabq's byline with a town the lists lack, a Hudood headline). After the session's rules: 0.976 /
# 0.973 / 1.000.
BLIND_SETS[38] = (27, 0.97, 0.97, 0.99)


# The thirty-ninth blind sample (blind_sample.py --thirty-ninth: drawn with the thirty-eighth, sealed until
# the session's final rules, scored once at 80d25d4): body F1 0.992 (0.983 / 1.000), fields 0.967, links F1
# 1.000 — issue 13's three bars met; the session-start rules give the same figures.
BLIND_SETS[39] = (27, 0.99, 0.96, 0.99)


# The fortieth blind sample (blind_sample.py --fortieth: labelled in the middle of session 22 by a helper who
# did not change the rules, scored once at the rules of 676faf1 before any rule changed): body F1 0.995 (0.990 /
# 1.000), fields 0.986, links F1 0.667 — the links bar missed on one page's "اقرا اكثر" read as a read-also item
# (one given, none expected). After: 0.995 / 0.993 / 1.000 (and CNN Arabic's scrape time the next evening).
BLIND_SETS[40] = (27, 0.99, 0.99, 0.99)


# The forty-first blind sample (blind_sample.py --forty-first: drawn with the fortieth, sealed until the
# session's final rules, scored once at 28b7cc9): body F1 0.980 (0.961 / 1.000), fields 0.966, links F1 1.000 —
# issue 13's three bars met; the session-start rules give the same figures.
BLIND_SETS[41] = (27, 0.98, 0.96, 0.99)


# The forty-second to forty-fifth blind samples (blind_sample.py --forty-second … --forty-fifth, drawn in pairs, up
# to four a folder; session 23). blind42 scored once at the session-start rules (9015fad): body F1 0.994 (0.987 /
# 1.000), fields 0.987, links F1 0.000 (a writer archive's menu as eleven related items on a page with none);
# blind44 at the rules of 3affd08: 0.977 / 0.967 / 0.444 (CNN's teasers); blind43 and blind45 sealed until the
# final rules (56d2c7f): 0.991 / 0.980 / 1.000 and 0.989 / 0.967 / 1.000. After: blind42 0.994 / 0.994 / 0.000
# (one menu item of five dashed words left), blind44 0.991 / 0.967 / 1.000.
BLIND_SETS[42] = (27, 0.99, 0.99, 0.0)
BLIND_SETS[43] = (27, 0.99, 0.97, 0.99)
BLIND_SETS[44] = (27, 0.99, 0.96, 0.99)
BLIND_SETS[45] = (27, 0.98, 0.96, 0.99)


# The forty-sixth to forty-ninth blind samples (blind_sample.py --forty-sixth … --forty-ninth, drawn in pairs, up to
# four a folder; session 24). blind46 scored once at the session-start rules (7d68c04): body F1 1.000, fields 0.987,
# links F1 1.000; blind48 at the rules of 2bbd7e6: 0.986 / 0.980 / 1.000; blind47 and blind49 sealed until the final
# rules (5dacc18): 0.979 / 0.974 / 0.750 (BBC's three unmarked headlines) and 0.979 / 0.981 / 0.545 (CNN's five
# teasers with no anchor). After: blind46 1.000 / 0.994 / 1.000, blind48 0.991 / 0.980 / 1.000.
BLIND_SETS[46] = (27, 0.99, 0.98, 0.99)
BLIND_SETS[47] = (27, 0.98, 0.97, 0.94)  # session 27: BBC's bare box
BLIND_SETS[48] = (27, 0.98, 0.97, 0.99)
BLIND_SETS[49] = (27, 0.97, 0.97, 0.54)


# The fiftieth to fifty-fifth blind samples (blind_sample.py --fiftieth … --fifty-fifth, drawn in pairs, up to four a
# folder; session 25). blind50 scored once at the session-start rules (152eb27): body F1 0.992, fields 0.954, links F1
# 1.000; blind52 at the rules of d2026c0: 0.994 / 0.974 / 1.000; blind54 at the rules of eba1466: 0.997 / 0.961 /
# 1.000; blind51, blind53 and blind55 sealed until the final rules (d73afdf): 0.992 / 0.967 / 0.000 (BBC's two
# unmarked headlines mid-text), 0.991 / 0.980 / 1.000 and 0.997 / 0.954 / 0.500 (a glued list of a writer's titles,
# a fourth read-also line). The session's rules left all six where they first stood.
BLIND_SETS[50] = (27, 0.99, 0.97, 0.99)
BLIND_SETS[51] = (27, 0.99, 0.96, 0.99)  # session 27: BBC's bare box
BLIND_SETS[52] = (27, 0.98, 0.97, 0.99)
BLIND_SETS[53] = (27, 0.98, 0.97, 0.99)
BLIND_SETS[54] = (27, 0.99, 0.97, 0.99)
BLIND_SETS[55] = (27, 0.99, 0.95, 0.49)


# The fifty-sixth to sixty-fifth blind samples (blind_sample.py --fifty-sixth … --sixty-fifth, drawn in pairs, up to four
# a folder; session 26, five rounds). First scores: blind56 at the session-start rules (3fd1122) 0.967 / 0.980 / 1.000;
# blind58 at bb84e65 1.000 / 1.000 / 1.000; blind60 at d9bb948 0.986 / 0.960 / 1.000; blind62 at bf43356 0.990 / 0.987 /
# 0.933; blind64 at 8288e2e 0.991 / 0.980 / 1.000; blind57, 59, 61, 63 and 65 sealed until the final rules (7648b21):
# 0.975 / 0.980 / 0.545, 0.987 / 0.960 / 1.000, 0.988 / 0.961 / 0.571, 0.976 / 0.961 / 0.769 and 0.995 / 0.980 / 0.667
# (the links misses: CNN's and BBC's unmarked headlines of other stories). The floors hold the final figures.
BLIND_SETS[56] = (27, 0.96, 0.99, 0.99)
BLIND_SETS[57] = (27, 0.97, 0.97, 0.54)
BLIND_SETS[58] = (27, 0.99, 0.99, 0.99)
BLIND_SETS[59] = (27, 0.98, 0.95, 0.99)
BLIND_SETS[60] = (27, 0.98, 0.95, 0.99)
BLIND_SETS[61] = (27, 0.99, 0.95, 0.99)  # session 27: BBC's bare box
BLIND_SETS[62] = (27, 0.98, 0.98, 0.93)
BLIND_SETS[63] = (27, 0.97, 0.95, 0.76)
BLIND_SETS[64] = (27, 0.98, 0.97, 0.99)
BLIND_SETS[65] = (27, 0.99, 0.97, 0.66)


# The sixty-sixth to seventy-seventh blind samples (--sixty-sixth … --seventy-seventh, drawn in pairs; session 27, six
# rounds). First scores: blind66 at d977b12 0.957 / 0.974 / 0.286 (CNN's box of five cut-off leads of other stories;
# after the rule written from it, 0.970 / 0.974 / 1.000); blind68 at a2269e0 0.987 / 0.987 / 1.000; blind70 at a36c264
# 0.987 / 0.966 / 1.000; blind72 at e6e01a0 0.984 / 0.967 / 1.000; blind74 at ab0fef9 0.990 / 0.980 / 1.000; blind76
# at bfd9c75 0.995 / 0.994 / 1.000. blind67 at the rules of 459f457 (the end of round one) 0.989 / 0.968 / 0.667;
# blind69, 71, 73, 75, 77 sealed until the final rules (fd7c03c): 0.985 / 0.967 / 1.000, 0.990 / 0.973 / 1.000,
# 0.990 / 0.993 / 0.800, 0.993 / 0.961 / 1.000, 0.981 / 0.993 / 0.286 (CNN's five teasers, on the story's subject).
# The floors hold the final figures.
BLIND_SETS[66] = (27, 0.96, 0.97, 0.99)
BLIND_SETS[67] = (27, 0.99, 0.97, 0.66)
BLIND_SETS[68] = (27, 0.98, 0.98, 0.99)
BLIND_SETS[69] = (27, 0.98, 0.96, 0.99)
BLIND_SETS[70] = (27, 0.98, 0.97, 0.99)
BLIND_SETS[71] = (27, 0.98, 0.97, 0.99)
BLIND_SETS[72] = (27, 0.98, 0.96, 0.99)
BLIND_SETS[73] = (27, 0.98, 0.99, 0.79)
BLIND_SETS[74] = (27, 0.98, 0.97, 0.99)
BLIND_SETS[75] = (27, 0.99, 0.96, 0.99)
BLIND_SETS[76] = (27, 0.99, 0.99, 0.99)
BLIND_SETS[77] = (27, 0.98, 0.99, 0.28)


# The seventy-eighth to eighty-seventh blind samples (--seventy-eighth … --eighty-seventh, drawn in pairs; session 28,
# five rounds). First scores: blind78 at b111518 0.985 / 0.959 / 1.000; blind80 at 8df0329 0.992 / 0.974 / 1.000;
# blind82 at 0934d18 0.972 / 0.974 / 0.571 (a BBC bare read-also line, CNN's teasers on the story's subject); blind84 at
# 909ef52 0.982 / 0.967 / 0.615 (CNN's teasers); blind86 at 3d1db64 0.993 / 0.961 / 0.000 (one closing headline of
# another story). blind79, 81, 83, 85, 87 sealed until the rules of 3d1db64 (the end of round five): 0.962 / 0.993 /
# 0.000, 0.995 / 0.987 / 1.000, 0.992 / 0.987 / 1.000, 0.990 / 0.961 / 0.800, 0.988 / 0.961 / 1.000. The floors hold
# the final figures.
BLIND_SETS[78] = (27, 0.98, 0.95, 0.99)
BLIND_SETS[79] = (27, 0.96, 0.99, 0.00)
BLIND_SETS[80] = (27, 0.99, 0.97, 0.99)
BLIND_SETS[81] = (27, 0.99, 0.98, 0.99)
BLIND_SETS[82] = (27, 0.97, 0.98, 0.57)
BLIND_SETS[83] = (27, 0.99, 0.98, 0.99)
BLIND_SETS[84] = (27, 0.98, 0.98, 0.61)
BLIND_SETS[85] = (27, 0.98, 0.96, 0.79)
BLIND_SETS[86] = (27, 0.99, 0.97, 0.00)
BLIND_SETS[87] = (27, 0.98, 0.96, 0.99)


# The eighty-eighth and eighty-ninth (session 28's sixth round): blind88 at 3d1db64 0.997 / 0.954 / 1.000; blind89
# sealed until the final rules (31f3da9) 0.997 / 0.987 / 1.000.
BLIND_SETS[88] = (27, 0.99, 0.96, 0.99)
BLIND_SETS[89] = (27, 0.99, 0.98, 0.99)


# Session 29 (issue 13 §3), three rounds drawn in pairs, labelled by helpers who did not read or run the extractor:
# blind90 first at 6275b34 0.994 / 0.980 / 1.000, after 0.997 / 0.987 / 1.000 (a bracketed country in a colon dateline);
# blind92 first at f92236c 0.987 / 0.980 / 1.000, after 0.994 / 0.993 / 1.000 (MAP's "و م ع" a known agency); blind94 first
# at 137a860 0.994 / 0.973 / 1.000, after 0.994 / 0.993 / 1.000 (an author field's "PLACE NAME", "NAME من PLACE");
# blind91, blind93 and blind95 sealed until the final rules (7f93e08): 0.971 / 0.987 / 1.000, 0.991 / 0.987 / 1.000,
# 0.991 / 0.993 / 0.667.
BLIND_SETS[90] = (27, 0.99, 0.98, 0.99)
BLIND_SETS[91] = (27, 0.97, 0.98, 0.99)
BLIND_SETS[92] = (27, 0.99, 0.99, 0.99)
BLIND_SETS[93] = (27, 0.99, 0.98, 0.99)
BLIND_SETS[94] = (27, 0.99, 0.99, 0.99)
BLIND_SETS[95] = (27, 0.99, 0.99, 0.66)


# Session 30 (issue 13 §3), three rounds drawn in pairs, labelled by helpers who did not read or run the extractor:
# blind96 first at 3345a70 0.991 / 1.000 / 1.000; blind98 first at 3345a70 0.981 / 0.987 / 0.700 (CNN's teasers, two of
# them on the story's subject); blind100 first at 2abfdfd 0.985 / 0.961 / 0.000 (BBC's three bare headlines), after
# 0.985 / 0.974 / 0.000 (an author field's closing colon, "TOWN - NAME"); blind97, blind99 and blind101 sealed until the
# final rules (f347d07): 0.995 / 0.986 / 1.000, 1.000 / 1.000 / 1.000, 0.987 / 0.993 / 0.000 (a read-also glued inside
# a paragraph, "اقراء ايضاً : …"). Session 30 also lifted blind95 (CNN's dotted read-also labels: links 0.667 ->
# 1.000) and blind79 (a sub-heading no paragraph of the story's: 0.976 / 0.993 / 1.000).
BLIND_SETS[79] = (27, 0.97, 0.99, 0.99)
BLIND_SETS[95] = (27, 0.99, 0.99, 0.99)
BLIND_SETS[96] = (27, 0.99, 0.99, 0.99)
BLIND_SETS[97] = (27, 0.99, 0.98, 0.99)
BLIND_SETS[98] = (27, 0.98, 0.98, 0.69)
BLIND_SETS[99] = (27, 0.99, 0.99, 0.99)
BLIND_SETS[100] = (27, 0.98, 0.97, 0.00)
BLIND_SETS[101] = (27, 0.98, 0.99, 0.00)


def blind_set_test(n, count, floor):
    kind = 'blind' if n == 1 else f'blind{n}'
    bars = [x for flag, v in zip(('--min-body-f1', '--min-fields', '--min-links-f1'), floor) for x in (flag, str(v))]
    return lambda ctx: label_set_reaches_the_bar(ctx, kind, count, bars)


for _n, (_count, *_floor) in BLIND_SETS.items():
    globals()[f'test_blind{_n}_labels_hold_their_floor'] = blind_set_test(_n, _count, _floor)


def parse_seed(ctx, *extra):
    r = ctx.run(['parse', *extra, SEED], cwd=ctx.source)
    assert r.returncode == 0, r.stderr
    assert r.stderr == '', r.stderr
    return r


def test_seed_matches_golden(ctx):
    r = parse_seed(ctx)
    lines = r.stdout.splitlines()
    assert len(lines) == 1, r.stdout
    with open(ctx.path('tests', 'cli', 'golden', 'seed.json'), encoding='utf-8') as f:
        golden = json.load(f)
    assert json.loads(lines[0]) == golden


def test_seed_gives_what_the_foundation_issue_asks(ctx):
    rec = json.loads(parse_seed(ctx).stdout)
    assert rec['published'] == '2024-07-23' and rec['updated'] == '2024-07-23'
    assert rec['dateline'] == 'المستقلة'
    assert rec['source'] == 'وكالة الصحافة المستقلة'
    assert rec['title'] is None
    heads = [b['text'] for b in rec['body'] if b['type'] == 'heading']
    assert heads == ['الموقف الأمريكي والاتفاقات المستقبلية', 'المحادثات الأمنية'], heads
    assert len(rec['body']) == 8, [b['text'][:30] for b in rec['body']]
    assert rec['body'][0]['text'].startswith('كشفت مصادر عراقية')
    [ra] = rec['read_also']
    assert ra['title'] == 'مندوب فلسطين لدى الأمم المتحدة يطالب المجتمع الدولي بوقف الهجوم الإسرائيلي'
    assert len(ra['body']) == 8 and ra['body'][0]['text'].startswith('بعث الوزير رياض منصور')
    assert not any('بايدن' in b['text'] for b in ra['body'])
    assert len(rec['related']) == 10
    assert rec['related'][0]['title'].startswith('واشنطن تايمز')
    assert rec['related'][-1]['title'].startswith('واشنطن بوست')
    body = '\n'.join(b['text'] for b in rec['body'])
    for gone in ('المصدر', 'إقرأ', 'مندوب فلسطين', 'مقالات مشابهة', 'بايدن', '\u00a0', '  '):
        assert gone not in body, gone
    kinds = {(r['kind'], r['text'][:12]) for r in rec['removed']}
    assert ('date', 'يوليو 23, 20') in kinds and ('dateline', 'المستقلة/-') in kinds, kinds
    assert any(r['kind'] == 'headline' and r['text'].startswith('بايدن') for r in rec['removed'])


def test_explain_labels_every_line(ctx):
    out = parse_seed(ctx, '--explain').stdout.splitlines()
    assert out[0].startswith('# ' + SEED)
    rows = [l.split('\t') for l in out[1:] if not l.startswith('# ')]
    with open(os.path.join(ctx.source, SEED), encoding='utf-8') as f:
        n = len(f.read().split('\n'))
    assert [int(r[0]) for r in rows] == list(range(1, n + 1))
    labels = {int(r[0]): r[1] for r in rows}
    assert labels[1] == 'removed:date' and labels[3] == 'body' and labels[9] == 'heading'
    assert labels[19] == 'removed:source' and labels[23] == 'read_also' and labels[25] == 'read_also:body'
    assert labels[27] == 'removed:headline' and labels[45] == 'related'
    assert all(r[1] for r in rows)
    # After the lines: the passes that changed something, then each field with its evidence.
    tail = [l for l in out[1:] if l.startswith('# ')]
    assert tail == [
        '# pass walk: changed (read_also, related, credit_labels, date_lines, body)',
        '# field dateline = "المستقلة" by dateline (line 3)',
        '# field source = "وكالة الصحافة المستقلة" by credit_label (line 19)',
        '# field published = "2024-07-23" by date_line (line 1)',
        '# field updated = "2024-07-23" by date_line (line 1)',
    ]


def test_markers_file_extends_and_errors_name_the_line(ctx):
    art = os.path.join(ctx.tmp, 'a.txt')
    with open(art, 'w', encoding='utf-8') as f:
        f.write('عنوان الخبر هنا\nقال الوزير إن المحادثات مستمرة بين الجانبين حتى نهاية الأسبوع.\n'
                'من أرشيفنا: عنوان قديم\nوأضاف أن الوفدين سيلتقيان مجددا.\n')
    mine = os.path.join(ctx.tmp, 'mine.txt')
    with open(mine, 'w', encoding='utf-8') as f:
        f.write('# site-specific\nread_also من أرشيفنا\nnavigation =مقالات مشابهة\n')
    with open(art, 'a', encoding='utf-8') as f:
        f.write('مقالات مشابهة\n')
    r = ctx.run(['parse', art])
    assert r.returncode == 0, r.stderr
    rec = json.loads(r.stdout)
    assert rec['read_also'] == [] and rec['removed'][-1]['kind'] == 'marker', rec
    r = ctx.run(['parse', '--markers', mine, art])
    assert r.returncode == 0, r.stderr
    rec = json.loads(r.stdout)
    assert [x['title'] for x in rec['read_also']] == ['عنوان قديم'], rec
    # A user's file overrides a built-in marker for the same phrase.
    assert rec['removed'][-1] == {'kind': 'navigation', 'text': 'مقالات مشابهة'}, rec['removed']
    bad = os.path.join(ctx.tmp, 'bad.txt')
    with open(bad, 'w', encoding='utf-8') as f:
        f.write('read_also اقرأ\nrelatd مقالات\n')
    r = ctx.run(['parse', '--markers', bad, art])
    assert r.returncode == 1 and r.stdout == '', r
    assert r.stderr.startswith(f"akhbar: error: {bad}:2: unknown marker kind 'relatd'"), r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_now_resolves_relative_dates(ctx):
    art = os.path.join(ctx.tmp, 'a.txt')
    with open(art, 'w', encoding='utf-8') as f:
        f.write('عنوان الخبر هنا\nمنذ 3 ساعات\nقال الوزير إن المحادثات مستمرة بين الجانبين حتى نهاية الأسبوع.\n')
    with open(art, encoding='utf-8') as f:
        text = f.read()
    # Standard input has no capture time: the date stays null, with a warning.
    r = ctx.run(['parse', '-'], stdin=text)
    assert r.returncode == 0 and json.loads(r.stdout)['published'] is None, r
    assert 'relative date' in r.stderr, r.stderr
    # A file's capture time (its mtime) is the reference...
    os.utime(art, (1721728800, 1721728800))  # 2024-07-23T10:00:00Z
    r = ctx.run(['parse', art])
    assert r.returncode == 0 and r.stderr == '', r.stderr
    assert json.loads(r.stdout)['published'].startswith('2024-07-23T07:00'), r.stdout
    # ... and --now overrides it.
    r = ctx.run(['parse', '--now', '2024-07-23T10:00:00+03:00', art])
    assert r.returncode == 0 and r.stderr == '', r.stderr
    assert json.loads(r.stdout)['published'] == '2024-07-23T07:00+03:00'


def test_url_date_when_the_text_gives_none(ctx):
    # SaudiNewsNet-style JSON Lines: no date field, the day in the address.
    lead = 'قال الوزير إن المحادثات مستمرة بين الجانبين حتى نهاية الأسبوع المقبل في العاصمة.'
    rows = [
        {'title': 'عنوان الخبر هنا', 'url': 'http://www.al-jazirah.com/2015/20150722/ln35.htm', 'content': lead},
        {'title': 'عنوان الخبر هنا', 'url': 'http://www.aleqt.com/2015/07/21/article_975147.html',
         'content': 'تاريخ النشر: 20/07/2015\n' + lead},
        {'title': 'عنوان الخبر هنا', 'url': 'http://example.com/news/article/975147.html', 'content': lead},
    ]
    art = os.path.join(ctx.tmp, 'url-dates.jsonl')
    with open(art, 'w', encoding='utf-8') as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + '\n')
    r = ctx.run(['parse', '--now', '2026-01-01T12:00:00Z', art])
    assert r.returncode == 0 and r.stderr == '', r
    got = [json.loads(line)['published'] for line in r.stdout.splitlines()]
    # The address's day; the page's own date wins over it; no date in the address, none at all.
    assert got == ['2015-07-22', '2015-07-20', None], got


if __name__ == '__main__':
    harness.main(globals())
