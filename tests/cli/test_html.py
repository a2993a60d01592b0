"""HTML pages end to end (issue 14): the 15 labelled real pages of ../shared/corpus/html and the
synthetic CMS templates of tests/html/make_templates.py held at floors with the scorer of
../shared/eval, list numbering never a title, and --explain naming the elements it chose."""
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
import harness  # noqa: E402

# Real pages: first run after the rules (bench/html-vs-readability.sh, docs/benchmarks.md) gave
# body F1 0.994, title + published 29/29, headlines found 0.99 (links F1 0.79: most-read and
# latest-news boxes the markers keep as related but the labels leave out); after the second round
# body F1 1.000 and links precision 0.82 (latest news, picks and trending boxes left out); after
# the third round 0.88 (topic links, readers' picks and sponsored cards left out).
REAL_FLOOR = {'body_f1': 0.98, 'fields': 0.95, 'links_recall': 0.90, 'links_precision': 0.85}
# Templates: AMP, table portal and Bootstrap were held out while the first rules were written;
# sets 2 (Joomla, Blogger, Next.js, Arc, font portal) and 3 (Ghost, live blog) were run blind
# (body F1 0.953 and 0.977, docs/benchmarks.md) before the rules that brought all 48 pages to
# body F1 0.997, fields 1.00, headlines found 0.985.
TEMPLATE_FLOOR = {'body_f1': 0.98, 'fields': 0.95, 'links_recall': 0.95}
HELD_OUT_LATE = ('joomla', 'blogger', 'nextjs', 'arc', 'oldfont', 'ghost', 'liveblog')
LATE_FLOOR = {'body_f1': 0.97, 'fields': 0.95, 'links_recall': 0.90}
# Set 4 (tagDiv, WebForms, mobile cards, Egyptian portal, Drupal 9; chrome in new wording) ran
# blind at body F1 0.961 per page, fields 0.90, headlines found 0.68; after the third round of
# rules 1.000, 1.00 and 1.00 (docs/benchmarks.md).
SET4 = ('tagdiv', 'webforms', 'mobile', 'egyportal', 'drupal9')
SET4_FLOOR = {'body_f1': 0.98, 'fields': 0.95, 'links_recall': 0.95}
# Each sealed template set is held at a floor under its figures at the rules that last moved it, so that no later
# rule makes it worse. HTML_SETS[n] = (pages, body F1, fields, links recall, links precision) for
# tests/html/templates_setN.py; the comment above an entry tells its history (first run, sealed run, what moved it).
HTML_SETS = {}


# Set 5 (tests/html/templates_set5.py: ASP.NET Gulf paper, French/Arabic site, photo gallery,
# voted comments, opinion column, wire page), sealed until the third round was merged: first run
# body F1 0.935, fields 1.00, headlines found 0.886 (precision 0.975); after the fourth round
# 0.986, 1.00 and 1.00 (1.00); what is left is the wire's Hijri dateline glued before the lead.
# Session 8: the wire's dateline in both calendars with its agency in brackets is read (dateline,
# source, date) and cut from the lead: body F1 1.000.
HTML_SETS[5] = (24, 0.99, 0.95, 0.97, 0.97)
# Set 6 (tests/html/templates_set6.py: body cut by ads, print edition in <pre>, match box,
# infinite scroll, Joomla 1.5 table, press release, hero overlay), sealed until the second round of
# session 7 was merged: first run body F1 0.984, fields 0.929, headlines found 0.50 (precision
# 0.95); after the round that followed 1.000, 1.000 and 1.00 (1.00). No sealed set follows it.
HTML_SETS[6] = (28, 0.99, 0.97, 0.97, 0.97)
# Set 7 (tests/html/templates_set7.py: video page with transcript, blogging platform, vBulletin
# thread, Wayback capture, print view, article over two pages), sealed until rounds 1-5 of session 7
# were merged: first run body F1 0.961, fields 0.917, headlines found 0.31 (precision 0.63); the
# round after it (a VideoObject's uploadDate) brought fields to 1.000, the rest unchanged: its
# related lists are headed in words no other page uses, or placed where set 6's print page keeps a
# list the labels leave out (docs/benchmarks.md).
# Session 8: a page that names no related list takes the first headed list of stories below its text
# (the Wayback and paginated lists): headlines found 0.71 (precision 0.79). Then (h14b) every such
# list is handed over and the segmenter takes the first whose heading no site_list marker names, a
# list ranked, counted or on another site is none, a table's spanning title cell heads the forum's
# similar threads, and an archive's path is on the page's site: 0.94 (precision 0.84); what is left
# is the platform's "more by the author" list, which set 5's opinion column labels related.
HTML_SETS[7] = (24, 0.95, 0.97, 0.9, 0.8)
# Set 8 (tests/html/templates_set8.py: Vue/Nuxt app, newsletter web view, explainer, fact-check,
# aggregator reader view), written at the end of session 7 and sealed until session 8 began: first
# run, at 618ca8c, body F1 0.965, fields 0.775 (published 11/20: a Hijri + Gregorian line above the
# headline, a ClaimReview's date), headlines found 0.25 (precision 1.00). Reading the ClaimReview
# (published 20/20) also gives the fact-check pages their URL, so they are a site of four pages, under
# the five a site template needs: two lines of the claim box the folder's template took out stay in
# (body F1 0.955). The first headed list below the text of a page that names none is its related
# list, unless its heading names where the stories are kept ("في عدد اليوم أيضاً", "المزيد من هذا
# المصدر"): headlines found 1.00 (precision 1.00).
# A box before the text with a label of its own (the claim, "باختصار:") is not the lead: body F1 1.000.
HTML_SETS[8] = (20, 0.99, 0.97, 0.97, 0.97)
# Set 9 (tests/html/templates_set9.py: a sidebar before the article, an hAtom/hCard blog theme, a
# SharePoint ministry portal, an AMP Web Story, a TV channel's news page, a developing story), written
# sealed in session 8 and scored once after the session's rules were merged (at f49c769): body F1
# 0.907 (Readability 0.864), title 24/24, published 22/24, updated 0/8, headlines found 0.73 at
# precision 0.67 (links). The page's modification time as `updated` followed: updated 4/8. Session 9:
# a <time> in a story list's item dates no article, hAtom's <time class=updated>, "لمتابعة القصة" names
# the story's thread, "من الكاتب نفسه" is the writer's list, a related heading keeps its box related
# above a portal's page counters, web-story and portal chrome markers: body F1 0.970, fields 1.000,
# headlines found 1.00 (precision 1.00).
HTML_SETS[9] = (24, 0.96, 0.99, 0.99, 0.99)
# Set 10 (tests/html/templates_set10.py: Jannah and Elementor WordPress themes, a Q&A interview, embedded
# posts, a podcast episode, an ISO-8859-6 table portal, a translation), written sealed in session 9 by a
# helper who did not change the rules, first run at a6b7a63 (the session's start rules): body F1 0.933
# (Readability 0.831), title 28/28, published 22/28, headlines found 0.82 at precision 0.93. The rules
# that followed (the update beside the date is no date line, PodcastEpisode dates, embedded posts
# dropped, a translation's notes, related cards' dates are no headings, "لها علاقة", read-more prompts):
# body F1 0.982, fields 1.000, headlines found 1.00 (precision 0.975).
HTML_SETS[10] = (28, 0.98, 0.99, 0.99, 0.97)


def score(ctx, label_dir):
    script = os.path.join(ctx.shared('eval'), 'score.py')
    r = subprocess.run([sys.executable, script, '--akhbar', ctx.akhbar, label_dir, '--json', '--verbose'],
                       capture_output=True, text=True, timeout=600)
    assert r.returncode in (0, 1), r.stdout + r.stderr
    figures = json.loads(r.stdout.strip().splitlines()[-1])
    assert figures['missing'] == 0, r.stdout
    return figures, r.stdout


def hold(figures, floor, out):
    for key, bar in floor.items():
        assert figures[key] >= bar, f'{key} {figures[key]} < {bar}\n{out}'


def real_labels(ctx):
    src = ctx.path('tests', 'html', 'labels')
    dst = os.path.join(ctx.tmp, 'labels')
    os.makedirs(dst)
    names = sorted(n for n in os.listdir(src) if n.endswith('.json'))
    for name in names:
        with open(os.path.join(src, name), encoding='utf-8') as f:
            lab = json.load(f)
        lab['file'] = ctx.shared('corpus', 'html', os.path.basename(lab['file']))
        with open(os.path.join(dst, name), 'w', encoding='utf-8') as f:
            json.dump(lab, f, ensure_ascii=False)
    return dst, names


def test_real_pages_hold_their_floor(ctx):
    ctx.shared('eval')
    dst, names = real_labels(ctx)
    assert len(names) == 15, names
    figures, out = score(ctx, dst)
    hold(figures, REAL_FLOOR, out)


def test_templates_hold_their_floor(ctx):
    ctx.shared('eval')
    out_dir = os.path.join(ctx.tmp, 'templates')
    r = subprocess.run([sys.executable, ctx.path('tests', 'html', 'make_templates.py'), out_dir,
                        '--corpus', ctx.shared('corpus')], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    figures, out = score(ctx, os.path.join(out_dir, 'labels'))
    assert figures['documents'] == 68, out
    hold(figures, TEMPLATE_FLOOR, out)
    # The sets written after the first rules, and set 4, on their own.
    for kinds, floor, count in ((HELD_OUT_LATE, LATE_FLOOR, 28), (SET4, SET4_FLOOR, 20)):
        part = os.path.join(out_dir, kinds[0])
        os.makedirs(part)
        for name in sorted(os.listdir(os.path.join(out_dir, 'labels'))):
            if name.split('-')[0] in kinds:
                with open(os.path.join(out_dir, 'labels', name), encoding='utf-8') as f:
                    lab = json.load(f)
                lab['file'] = os.path.join(out_dir, 'pages', os.path.basename(lab['file']))
                with open(os.path.join(part, name), 'w', encoding='utf-8') as f:
                    json.dump(lab, f, ensure_ascii=False)
        figures, out = score(ctx, part)
        assert figures['documents'] == count, out
        hold(figures, floor, out)


def sealed_set_holds_its_floor(ctx, name, pages, floor):
    """Writes a sealed template set with its own driver (tests/html/templates_NAME.py) and holds it at
    its floor."""
    ctx.shared('eval')
    out_dir = os.path.join(ctx.tmp, name)
    r = subprocess.run([sys.executable, ctx.path('tests', 'html', f'templates_{name}.py'), out_dir,
                        '--corpus', ctx.shared('corpus')], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    figures, out = score(ctx, os.path.join(out_dir, 'labels'))
    assert figures['documents'] == pages, out
    hold(figures, floor, out)


# Set 11 (tests/html/templates_set11.py: a long read with footnotes, a "بالأرقام" infographic, a
# windows-1256 portal of inline-styled <div>s, a Wix blog post, an Arabic Wikinews article, a paywalled
# financial report, a Gulf daily in Arabic-Indic digits), written sealed in session 9 and scored once
# after the session's rules were merged (at d0ec196): body F1 0.825 (precision 0.701; Readability
# 0.708), title 28/28, published 24/28, updated 8/8, headlines found 0.70 (precision 0.71). The rules
# that followed (a wiki's headings before its lists, "متصلة", sources lists, Yoast's WebPage date,
# MediaWiki chrome, paywall and counter markers, a yearless date in the post's header): body F1 0.884,
# fields 1.000, headlines found 0.95 (precision 0.99). Session 10 (the title repeated under a page's
# header, reading-time and view counters inside a line, a heading going with its dropped list,
# footnotes and a writer's bio by class): body F1 0.955. Session 11 (a paywall's pitch inside its box,
# a wiki's archived notice, a related table under a bold-styled <div>): body 0.974, links 1.000. Session 24:
# 0.967 — two SaudiNewsNet texts close with Al-Weeam's link to the story itself ("رابط الخبر بصحيفة الوئام:
# TITLE"), which this set's labels, built from the corpus text whole, count as body and the blind labels
# (blind11, blind15, blind18, … blind48) do not; the segmenter now removes it on a line of its own too.
HTML_SETS[11] = (28, 0.96, 0.99, 0.99, 0.99)


# Set 12 (tests/html/templates_set12.py: a Tunisian radio's news page, a SPIP 3 article with its
# "forum" and attached photos, a regional sheet saved from Microsoft Word, an agency copy on a
# republishing daily, a Dreamweaver page with no charset, a weekly magazine's feature with a fact box,
# a TYPO3 news page; JawharaFM's records), written sealed in session 10 and scored once at the
# session-start rules (1d4e754): body F1 0.830 (precision 0.709; Readability 0.641), title 24/28,
# published 27/28, updated 4/8, links F1 0.992. After the session's rules (hAtom's <abbr> dates,
# "آخر تحيين", a letterhead's <title> yielding to the <h1>, a header over the repeated headline,
# contact and reprint footers, SPIP's comment thread and gallery, an unmeasured <aside>'s links):
# body F1 0.995, fields 1.000, links 1.000.
HTML_SETS[12] = (28, 0.99, 0.99, 0.99, 0.99)


# Set 13 (tests/html/templates_set13.py: a WordPress block theme with Jetpack's related posts,
# Facebook Instant Articles, a Next.js App Router page, an Iraqi portal of ad-cut <div> paragraphs in
# Arabic-Indic digits, a Kuwaiti daily with an obituaries board, an Egyptian court report, a Hugo
# site; France24 and SkyNews records), written sealed in session 10 and scored once after the
# session's rules were merged (bd73999): body F1 0.971 (precision 0.943; Readability 0.876), title
# 28/28, published 20/28, updated 7/13, headlines found 0.92 (precision 1.00). After the rules it
# opened (YYYYMMDD and "lastmod" metas, dates by their labels and their boxes, "المحرر:" with a
# relative date, a header between the headline and its date line, a titled related list in the
# article's footer, data-sponsored items): body 1.000, fields 1.000, headlines 1.00.
HTML_SETS[13] = (28, 0.99, 0.99, 0.99, 0.99)


def test_numbering_and_thumbnails_are_never_titles(ctx):
    pages = ctx.shared('corpus', 'html')
    r = ctx.run(['parse', '-q', pages])
    assert r.returncode == 0, r.stderr
    records = [json.loads(l) for l in r.stdout.splitlines()]
    assert len(records) == 15
    for rec in records:
        for item in rec['read_also'] + rec['related']:
            assert not re.fullmatch(r'\W*[0-9٠-٩]{1,3}\W*', item['title']), (rec['input']['path'], item)
            assert item['url'] is None or item['url'].startswith('http'), item


def test_explain_names_the_elements(ctx):
    page = ctx.shared('corpus', 'html', 'youm7-irrigation-groundwater.html')
    r = ctx.run(['parse', '--explain', page])
    assert r.returncode == 0, r.stderr
    html = [l.split('\t') for l in r.stdout.splitlines() if l.startswith('# html\t')]
    kept = [l for l in html if l[1] == 'kept']
    assert kept and kept[0][2].endswith('div#articleBody'), html
    assert 'paragraphs' in kept[0][3], kept
    assert any(l[1] == 'published' and l[2] == 'article:published_time' for l in html), html
    assert any(l[1] == 'published' and l[2] == 'cross-check' and 'agrees' in l[3] for l in html), html
    assert any(l[1] == 'links' and l[2] == 'الموضوعات المتعلقة' for l in html), html


# Set 14 (tests/html/templates_set14.py: Joomla 4 Cassiopeia, a broadcaster's text-block service
# page, a Nuxt 3 app web view, Lit web components with declarative shadow roots, Webflow, Sitefinity,
# ExpressionEngine; Alarabia and BBC records), written sealed at the start of session 11 and scored
# once at the session-start rules (663e491): body F1 0.982 (precision 0.964; Readability 0.878), title
# 28/28, published 26/28, updated 12/14, headlines found 0.83 (precision 1.00). After the rules it
# opened (a month-first page's numeric dates, a slot-named list heading, a picture's wrapper with its
# credit, an author box, a hit counter, "الأكثر مطالعة" and "مرتبطة"): body, fields and links 1.000.
HTML_SETS[14] = (28, 0.99, 0.99, 0.99, 0.99)


# Set 15 (tests/html/templates_set15.py: a Liferay 7 agency, 1C-Bitrix, Angular Universal, Astro islands,
# Laravel + Inertia, a pdf2htmlEX e-paper clip, Discourse's crawler view; CNN records), written sealed in
# session 11 and scored once after the session's rules were merged (73af2d0): body F1 0.854 as first
# labelled (recall 0.825: the openings held CNN's lead dateline, which the development set labels as no
# body; 0.950 with the labels as they are now; Readability 0.808), title and published 56/56, updated
# 12/14, headlines found 0.99 (precision 0.94). After the rules it opened (a byline row, "عُدّل" as an
# update, a read-also label before its link, "في الصفحة نفسها" as no relation, a photo class): body
# 0.976, fields 1.000, links 1.000 (an e-paper's next-column brief stays).
HTML_SETS[15] = (28, 0.97, 0.99, 0.99, 0.99)


# Set 16 (tests/html/templates_set16.py: Substack, Drupal 10 Olivero, Shopify Dawn, a LinkedIn-like
# article, Odoo 17, Google Sites, Squarespace 7.1; Aljazeera and Misbar texts), written sealed in session
# 11 and scored once at the session's final rules (8ae6fab): body F1 0.952 (precision 0.974, recall 0.930:
# Google Sites' text spread over sibling sections, Olivero's main region inside its "sidebar-grid";
# Readability 0.785), title + published 53/56, updated 13/14, headlines found 1.00 (precision 0.96). After
# the rules it opened (a box climbs to its section among sections, a weak class hint never prunes the
# main landmark, French date labels): body 0.985, fields 0.971, links 0.981.
HTML_SETS[16] = (28, 0.98, 0.96, 0.99, 0.95)


# Set 17 (tests/html/templates_set17.py: a XenForo thread, a Telegraph page of a Telegram channel, Notion on
# Super, DNN/EasyDNNnews, Plone 6, Tilda, Jimdo; CNN Arabic's nahla texts), written sealed at the start of
# session 12 and scored once at the session-start rules (928f39a): body F1 0.799 (precision 0.740, recall
# 0.868; Readability 0.770), title + published 52/56, updated 8/14, headlines found 0.74 (precision 0.86).
# After the rules it opened (a forum thread in a comments-hinted container, Next.js's root, an <article>
# with a weak hint, Tilda's far-away near-best records, Plone's <header> heading, "على صلة", update notes,
# a UTC time localized by a <time> of the same moment): body 0.974, fields 0.986, links 0.960.
HTML_SETS[17] = (28, 0.98, 0.99, 0.99, 0.99)  # session 13


# Set 18 (tests/html/templates_set18.py: Jekyll, Tumblr, Moodle, Gatsby, Hexo, SvelteKit, a Moroccan PHP
# portal; Goud.ma texts), written sealed at the start of session 12 and scored once at the session's final
# rules of that time (65d4554): body F1 0.811 (precision 0.681; Readability 0.808), title + published 49/56,
# updated 9/14, headlines found 0.91 (precision 1.00). After the rules it opened (Moodle's role=region posts,
# arrow-marked prev/next links, a permalink date in the article's footer, "بواسطة", "Par" and "كتبها"
# credit rows, the inline state object naming the page): body 0.991, fields 0.914, links 0.958.
HTML_SETS[18] = (28, 0.99, 0.92, 0.99, 0.99)  # session 13


# Set 19 (tests/html/templates_set19.py: Wagtail, Sitecore, Adobe Experience Manager, WordPress Newspack,
# Umbraco, Craft CMS, a Mastodon status page; Fatabyyano and Ar-APT texts), written sealed at the start of
# session 13 and scored once at the session-start rules (77cc65a): body F1 0.902 (precision 0.821;
# Readability 0.868), fields 0.886 (title 24/28, updated 11/14), links F1 0.759. After the rules it opened
# (a metadata row of named inline items read a line per item, donation boxes, a title cut with an ellipsis,
# microformats' dt-updated, a wrapped heading over its list, a rail of headed boxes, names_relation's
# "للقصة نفسها"): body 1.000, fields 0.971, links 1.000.
HTML_SETS[19] = (28, 0.99, 0.97, 0.99, 0.99)


# Set 20 (tests/html/templates_set20.py: phpBB, Flarum, Brightspot, Divi, YOOtheme, Material for MkDocs, uCoz;
# SaudiNewsNet texts), written sealed during session 13 and scored once at that session's rules (e9c5fb9):
# body F1 0.845 (0.897 / 0.799; Readability 0.832), fields 0.829 (published 22/28, updated 8/14), links F1
# 0.426. After the rules it opened (page-builder sections, most-read and relation wordings, rel=prev/next,
# a details row after the text, a clock's minutes in the cross-check, Flarum's posts): body 0.954, fields
# 0.900, links 0.888 (phpBB's related table, edit notices and Flarum's payload-only edits stay).
HTML_SETS[20] = (28, 0.99, 0.92, 0.8, 0.99)  # body: session 19


# Set 21 (tests/html/templates_set21.py: Shorthand, MyBB, Invision Community, Concrete CMS, Hashnode, Zola,
# TieLabs Sahifa; Al-Hudood texts), written sealed at the start of session 14 and scored once at the
# session-start rules (1f347e1): body F1 0.735 (0.593 / 0.966; Readability 0.702), fields 0.929 (published
# 25/28, updated 25/28), links F1 0.635. After the rules it opened (a layout wrapper winning on its class
# alone, story cards as near-best blocks, a relative day titled with its date, tabs named by id, edit
# notices, reposters' notes, a heading's id naming its list, a grid's layout class, a builder's text
# sections, a bare update label): body 0.888, fields 0.964, links 0.967.
HTML_SETS[21] = (28, 0.95, 0.97, 0.97, 0.96)


# Set 22 (tests/html/templates_set22.py: Contao, Textpattern, Eleventy, Lemmy, LiveJournal, Docusaurus,
# Magnolia in windows-1256; the cp1256 newspapers' texts), written sealed at the start of session 14 and
# scored once at the session's rules (2507ac0): body F1 0.957 (0.917 / 1.000; Readability 0.842), fields
# 0.857 (title 26/28, published 23/28, updated 11/14), links F1 0.822. After a <title>-named <h1> kept over
# a tagline and the inline state read with escaped slashes: fields 0.943 (LiveJournal's and Lemmy's
# lists stay).
HTML_SETS[22] = (28, 0.98, 0.94, 0.9, 0.85)


# Set 23 (tests/html/templates_set23.py: beehiiv, Framer, Weebly, eZ Publish, Escenic, WebSphere Portal,
# Optimizely; Aljazeera's and Misbar's texts), written sealed at the start of session 15 and scored once at
# the session-start rules (14f4aa2): body F1 0.952 (0.909 / 1.000), fields 0.941 (published 26/28, updated
# 25/28), links F1 0.760. After the rules it opened (UTC times in the page's zone, Framer's layer names, a
# relation word after what the stories are, a bold label and one link, reposters' and editors' notes):
# body 0.983, fields 0.988, links 1.000.
HTML_SETS[23] = (28, 0.99, 0.98, 0.99, 0.99)


# Set 24 (tests/html/templates_set24.py: SmartMag, Publisher, Zox News, Remix, Kentico, Rails, Pelican; Al
# Arabiya's and JawharaFM's texts), written sealed at the same time and scored once at 479991d: body F1 0.957
# (0.943 / 0.971), fields 0.952 (updated 24/28), links F1 0.966. After the rules it opened (a <time>'s own
# clock for the zone, Bootstrap's tab links, itemprop over an "updated" class, no same-day update of a
# day-only publication, a bold label and one link): body 1.000, fields 0.988, links 1.000.
HTML_SETS[24] = (28, 0.99, 0.98, 0.99, 0.99)


# Set 25 (tests/html/templates_set25.py: Soledad, HubSpot CMS, BLOX, Statamic, Kirby, ProcessWire, Polopoly;
# Sky News Arabia's and France 24's texts), written sealed at the start of session 16 and scored once at the
# session-start rules (b6ed521): body F1 0.958 (0.944 / 0.971), fields 1.000, links F1 1.000. After the rules
# it opened (a paywall's preview inside the article body, a metadata row with a <time>, "Posted by NAME on
# DATE"): body 0.998, fields 1.000, links 1.000.
HTML_SETS[25] = (28, 0.99, 0.99, 0.99, 0.99)


# Set 26 (tests/html/templates_set26.py: Typecho, Discuz!, Duda, Ektron, Dotclear, Mura, SITE123; BBC's and
# CNN's texts), written sealed at the same time and scored once at the session-start rules: body F1 0.959
# (0.959 / 0.959), fields 0.952 (published 25/28), links F1 0.871. After the rules it opened (typography
# classes no content hint, .NET's month-first dates, relation headings, a reposter's note naming an outlet,
# an update notice anywhere): body 0.982, fields 1.000, links 0.960 (Duda's "قصص تكمل الصورة" stays unread).
HTML_SETS[26] = (28, 0.98, 0.99, 0.92, 0.99)


# Set 27 (tests/html/templates_set27.py: Serendipity, b2evolution, SilverStripe, MODX, Neos, e107, XOOPS; Al
# Arabiya's and JawharaFM's texts), written sealed at the start of session 17 and scored once at the
# session-start rules (7ebfd5f): body F1 0.993 (0.990 / 0.995), fields 0.929 (published 25/28), links F1 0.876.
# After the rules it opened (an old portal's caption cell over its box, Arabic commas in headings, a date row
# that links its section, "حُيّن", a page's host told by its links): body 0.993, fields 0.976, links 0.990.
HTML_SETS[27] = (28, 0.99, 0.97, 0.99, 0.99)


# Set 28 (tests/html/templates_set28.py: PHP-Nuke, django CMS, Strikingly, GoDaddy, Halo, Storyblok, Forem;
# SaudiNewsNet's and Goud's texts), written sealed at the same time and scored once at the session-start
# rules: body F1 0.866 (0.851 / 0.883), fields 0.905 (published 23/28), links F1 0.931. After the rules it
# opened (a "widget" class yielding to prose, a header marked role=main over one line, reposters' notes
# naming a newspaper, PHP-Nuke's "أرسله NAME في DATE", a lead above the content): body 0.977, fields 0.964,
# links 0.937 (Halo's "تدوينات في الخانة نفسها", a same-category list, stays unread as related).
HTML_SETS[28] = (28, 0.97, 0.96, 0.91, 0.95)


# Set 29 (tests/html/templates_set29.py: Tiki, Mambo, Nucleus, NodeBB, Bloomreach, dotCMS, Sanity; Nahla's
# CNN Arabic, Al Jazeera and Misbar texts and Ar-APT's), written sealed at the start of session 18 and scored
# once at the session-start rules (8054bc6): body F1 0.811 (0.790 / 0.833), fields 0.881, links F1 0.838
# (Readability: body 0.753, title + published 37/56). After the rules it opened (a thread whose every post is
# marked a comment, definition terms heading boxes, NodeBB's threads and titled ages, Tiki's lead past its
# tools row, credit rows parted by dashes, Mambo's modifydate row): body 0.962, fields 1.000, links 1.000.
HTML_SETS[29] = (28, 0.95, 0.99, 0.99, 0.99)


# Set 30 (tests/html/templates_set30.py: Jahia, Fork CMS, Webnode, Zoho Sites, Prismic, Directus, Nikola;
# windows-1256 papers' texts and BBC's, CNN's and France24's), written sealed at the same time and scored once
# at the session-start rules: body F1 0.931 (0.897 / 0.968), fields 0.976, links F1 0.942 (Readability: body
# 0.859, title + published 48/56). After the rules it opened (reposters' notes, tags under their label, text in
# layout rows, the lead in the headline's block, "more" beside reading, Nikola's dateUpdated): body 0.995,
# fields 1.000, links 1.000.
HTML_SETS[30] = (28, 0.99, 0.99, 0.99, 0.99)


# Set 31 (tests/html/templates_set31.py: Stibo DX CUE, Naviga Web, Eidos Méthode, Payload CMS + Next.js,
# Keystone 6, Hostinger Website Builder, DokuWiki; Al Arabiya, Sky News and Goud texts), written sealed at the
# start of session 19 and scored once at the session-start rules (0a04e5c): body F1 0.971 (0.944 / 1.000),
# fields 0.941, links F1 0.853 (Readability: body 0.854, title + published 39/56). After the rules it opened
# (a desk's notes on where the text came from, most-read boxes by other reading deeds, a tag box's related
# heading, DokuWiki's dates): body 1.000, fields 1.000, links 0.996.
HTML_SETS[31] = (28, 0.99, 0.99, 0.98, 0.99)


# Set 32 (tests/html/templates_set32.py: Yola, Ucraft, Micro.blog, WriteFreely, Textcube, VuePress, Deno Fresh;
# SaudiNewsNet, Hudood and JawharaFM texts), written sealed at the same time and scored once at the session-start
# rules: body F1 0.923 (0.860 / 0.995), fields 0.988, links F1 0.721 (Readability: body 0.731, title + published
# 49/56). After the rules it opened (a metadata row of bare spans, bloggers' update notes, the site's tagline,
# "أخبار تتقاطع معه"): body 0.988, fields 0.988, links 1.000.
HTML_SETS[32] = (28, 0.98, 0.98, 0.99, 0.99)


# Set 33 (tests/html/templates_set33.py: Apostrophe, DatoCMS, Mezzanine, Mobirise, Tistory, Bear Blog, XWiki;
# Nahla and Ar-APT texts), written sealed at the start of session 20 and scored once at the session-start rules
# (03b16bb): body F1 0.927 (0.907 / 0.949), fields 0.845, links F1 0.798, headlines 152/226 (Readability: body
# 0.870, title + published 43/56). After the rules it opened (a builder's parts set aside by a weak class hint,
# metadata in Korean time, a date in the headline's <body>-level section, "القسم: ..." closing a date row, most-read
# and related headings in new words): body 0.970, fields 0.964, links 0.993.
HTML_SETS[33] = (28, 0.96, 0.96, 0.99, 0.98)


# Set 34 (tests/html/templates_set34.py: Sitejet, Readymag, Posthaven, Plume, Elgg, Hygraph, Quarto; cp1256,
# France24, BBC and ArCORE texts), written sealed with set 33 and scored once at 03b16bb: body F1 0.860 (0.828 /
# 0.895), fields 0.941, links F1 0.772, headlines 117/186 (Readability: body 0.757, 46/56). After the rules (a
# citation lifted by "entry" in its class, a paged story's counts, "PHRASE:" photo labels, ActivityStreams
# dates): body 0.946 (Quarto's section headings, labelled not body, stay), fields 1.000, links 1.000.
HTML_SETS[34] = (28, 0.94, 0.99, 0.99, 0.99)


# Set 35 (tests/html/templates_set35.py: Movable Type, Dreamwidth, OpenCms, Vanilla Forums, Publii, Kontent.ai +
# Nuxt 3, Carrd; SaudiNewsNet and Al-Hudood texts), written sealed at the start of session 21 and scored once at
# the session-start rules (9bc9dab): body F1 0.916 (0.845 / 1.000), fields 0.976, links F1 0.950. After the rules
# it opened (reposters' and credits' notes closing the text, a caption under a picture, a date alone under the
# headline past the text's own subheadings, "إرسال بالبريد", an update as late in its UTC day): 1.000 / 1.000 /
# 0.950 (a forum's box of what its members follow, in words no rule reads, stays).
HTML_SETS[35] = (28, 0.99, 0.99, 0.9, 0.99)


# Set 36 (tests/html/templates_set36.py: Naver Blog, Wiki.js, Confluence, Cargo, ClassicPress, Lektor, Agility CMS +
# Gatsby; Sky News, Al Arabiya, CNN, JawharaFM and Marsum-Goud texts), written with set 35 and scored once at
# 9bc9dab: body F1 0.954 (0.929 / 0.980), fields 0.964, links F1 0.881. After the rules: 0.968 / 0.988 / 1.000
# (the labels keep CNN's dateline in the first paragraph, which akhbar cuts into its field, and call Wiki.js's
# section headings chrome).
HTML_SETS[36] = (28, 0.96, 0.98, 0.99, 0.99)


# Sets 37 and 38 (templates_set37.py: Contentstack + Qwik City, Frappe, GetSimple, Blot, HTMLy, Svbtle, Squidex +
# Razor; windows-1256 and Nahla CNN texts; templates_set38.py: GitBook, BookStack, PmWiki, Docsify, Buttondown,
# Teletype, Friendica; BBC, France 24 and Ar-APT texts), written sealed in the middle of session 21 and scored once
# at its final rules (06e02b2): set 37 body F1 0.960, fields 0.976, links F1 0.934; set 38 0.940 / 0.905 / 0.645.
# After the rules they opened (a single-page site's hash routes, a heading's own anchor, "with this" and clicks,
# re-drafting and correction notes, the town's people as a public): set 37 0.965 / 0.988 / 1.000, set 38 0.959 /
# 0.917 / 0.932.
HTML_SETS[37] = (28, 0.96, 0.98, 0.99, 0.99)
HTML_SETS[38] = (28, 0.98, 0.94, 0.87, 0.99)


# Sets 39 and 40 (templates_set39.py: Sphinx, Misskey, Sulu, Bridgetown, Pixelfed, DedeCMS, Nextra; SaudiNewsNet
# texts; templates_set40.py: Gridsome, Hubzilla, WebGUI, Typlog, Chyrp, Mataroa, NukeViet; Al Arabiya and Sky
# News texts), written at the start of session 22 and scored once at its start rules (9bafa63): set 39 body F1
# 0.923 (0.857 / 1.000), fields 0.881, links F1 0.801; set 40 0.976 / 0.941 / 0.703. After the rules they opened
# (a meta row set apart by dots, a four-page site's motto, a rubric paragraph over a list that ends the text, a
# calendar icon's date, edit stamps, counters, tickers): set 39 0.998 / 0.964 / 0.991, set 40 1.000 / 0.976 / 0.884.
HTML_SETS[39] = (28, 0.99, 0.96, 0.98, 0.99)
HTML_SETS[40] = (28, 0.99, 0.97, 0.79, 0.99)


# Sets 41 and 42 (templates_set41.py: Pico, WonderCMS, CouchCMS, Cockpit, Middleman, Quartz, Emlog; Ar-APT and
# Goud texts; templates_set42.py: Pagecloud, Coda, Bricolage, Prepr, Nibbleblog, Kbin, EmpireCMS; windows-1256,
# Al Jazeera and JawharaFM texts), written sealed in the middle of session 22 and scored once at its final rules
# (80d25d4): set 41 body F1 0.986 (0.977 / 0.994), fields 0.941, links F1 0.782; set 42 0.991 (0.982 / 1.000) /
# 0.893 / 0.746 — body over the 0.97 bar at first sight for both. After: set 41 0.988 / 0.941 / 0.883, set 42
# 0.998 / 0.929 / 0.887 (Kbin's top-voted box, EmpireCMS's "من رحم الحدث نفسه").
HTML_SETS[41] = (28, 0.99, 0.97, 0.99, 0.99)
HTML_SETS[42] = (28, 0.99, 0.92, 0.88, 0.88)


# Sets 43 and 44 (templates_set43.py: Orchard Core, Piranha, FeinCMS, Crafter + Next.js, PyroCMS, Pagekit,
# FlatPress; BBC, CNN and Goud texts; templates_set44.py: Pleroma, PeerTube, TiddlyWiki, Docmost, Webiny,
# Builder.io, ButterCMS; SaudiNewsNet and Ar-APT texts), written in the middle of session 22 and scored once at
# the rules of 676faf1: set 43 body F1 0.970 (0.942 / 1.000), fields 0.893, links F1 0.750; set 44 0.982 /
# 0.893 / 0.673. After the rules they opened (a header's dated line above the headline, "صدارة المشاهدة", more
# among the readers, "من ذات الدفتر", "تشترك معه", a builder's wrapped heading): set 43 0.982 / 0.893 / 0.984, set 44 0.982 /
# 0.893 / 0.910 (set 43's CNN datelines, now cut into their field, are labelled inside the first paragraph).
HTML_SETS[43] = (28, 0.98, 0.89, 0.99, 0.96)
HTML_SETS[44] = (28, 0.98, 0.94, 0.87, 0.96)


# Sets 45 and 46 (templates_set45.py: Z-Blog, PHPCMS, GoToSocial, Funkwhale, WordPress VIP, Decap, KeystoneJS; BBC
# and Al Jazeera texts; templates_set46.py: Crownpeak, Ellington, HostCMS, CMS Made Simple, Metalsmith, Gridea,
# PluXml; windows-1256, JawharaFM and Goud texts), written at the start of session 23. Set 46 scored once at the
# session-start rules (9015fad): body F1 0.964 (0.930 / 1.000), fields 0.941, links F1 1.000; set 45, sealed until
# the final rules (56d2c7f): 0.811 (0.682 / 1.000) / 0.893 / 0.832 (GoToSocial's thread left nothing scored). After:
# set 45 0.983 / 0.941 / 1.000, set 46 1.000 / 0.976 / 1.000.
HTML_SETS[45] = (28, 0.99, 0.96, 0.99, 0.99)
HTML_SETS[46] = (28, 0.99, 0.97, 0.99, 0.99)


# Sets 47 and 48 (templates_set47.py: CoreMedia, FirstSpirit, Habari, Typemill, Automad, Listmonk, Memos;
# SaudiNewsNet and Ar-APT texts; templates_set48.py: Scrivito, Zenphoto, PivotX, LifeType, Mautic, VitePress,
# Logseq; Sky News, Al Arabiya, France 24, CNN Arabic and Misbar texts), written in the middle of session 23. Set 48
# scored once at the rules of b0bd468: body F1 0.943 (0.990 / 0.900), fields 0.929, links F1 0.833 (Logseq's nested
# blocks); set 47, sealed until the final rules (56d2c7f): 0.937 (0.972 / 0.905) / 0.964 / 0.940 (Automad's row of
# columns). After: set 47 0.984 / 0.964 / 0.997, set 48 1.000 / 0.952 / 0.992.
HTML_SETS[47] = (28, 0.98, 0.96, 0.99, 0.99)
HTML_SETS[48] = (28, 0.99, 0.95, 0.98, 0.99)


# Sets 49 to 52, written in session 24 by helpers who did not read or run the extractor (templates_set49.py: Bolt,
# Winter CMS, ImpressPages, UMI.CMS, NetCat, mojoPortal, Ibexa; Hudood and SaudiNewsNet texts; templates_set50.py:
# PHP-Fusion, Geeklog, HumHub, Potion, Hydejack, Zenn, Dendron; windows-1256 and JawharaFM texts;
# templates_set51.py: TypePad, Akkoma, BookWyrm, Mailchimp, Alfresco, Antora, Hakyll; Goud and Ar-APT texts;
# templates_set52.py: Posterous, Firefish, Cohost, Revue, PrestaShop, Bookdown, Xanga; Nahla and multi-source
# texts). Set 50 scored once at the session-start rules (7d68c04): body F1 0.982, fields 0.905, links F1 0.642; set
# 52 at the rules of 2bbd7e6: 0.986 / 0.941 / 0.602; sets 49 and 51 sealed until the final rules (5dacc18): 0.969 /
# 0.952 / 0.887 and 0.926 / 0.976 / 0.678 (Mailchimp's paragraphs each in its own nested table). After: set 49
# 0.969 / 0.952 / 1.000, set 50 0.993 / 0.964 / 0.913, set 51 0.926 / 0.976 / 0.924, set 52 0.991 / 0.964 / 0.899.
HTML_SETS[49] = (28, 0.96, 0.95, 0.99, 0.99)
HTML_SETS[50] = (28, 0.99, 0.96, 0.85, 0.97)
# (Set 51 raised in session 25: Mailchimp's footer named by its camelCase id, body 0.926 -> 0.988, headlines 0.986.)
HTML_SETS[51] = (28, 0.98, 0.97, 0.97, 0.99)
HTML_SETS[52] = (28, 0.99, 0.96, 0.81, 0.99)


# Sets 53 to 58, written in session 25 by helpers who did not read or run the extractor, in three rounds
# (templates_set53.py: Postach.io, Pligg, Magento, Foswiki, Telescope, Distill, Wintersmith; Hudood and SaudiNewsNet;
# templates_set54.py: Qiita, OpenCart, Gitea, Jupyter, Observable, ConvertKit, Joplin; windows-1256;
# templates_set55.py: WordPress.com, Quip, ReadMe, Sharkey, Ecwid, GitLab, Asciidoctor; Goud and Ar-APT;
# templates_set56.py: Typedream, Plasmic, Docz, Franklin, Documenter, Sendy, Nuxeo; Nahla and multi-source;
# templates_set57.py: Forgejo, Octopress, Concrete5, Misago, Lobsters, Tildes, Slashcode; Ar-APT and SaudiNewsNet;
# templates_set58.py: Nanoc, Scully, Piwigo, Movim, Acquia Site Studio, IONOS, Chevereto; Goud and CNN Arabic).
# First runs: set 54 at the session-start rules (152eb27) 0.955 / 0.893 / 0.940; set 56 at d2026c0 0.970 / 0.893 /
# 0.940; set 58 at eba1466 0.937 / 0.929 / 0.899; sets 53, 55, 57 sealed until the final rules (d73afdf): 0.977 /
# 0.881 / 0.946, 0.836 / 0.833 / 0.828 and 0.986 / 0.833 / 1.000. After: 0.977 / 0.881 / 0.946, 1.000 / 0.988 /
# 1.000, 0.931 / 0.774 / 0.828 (Quip's conversation pane no longer text; its first timestamp had dated the pages),
# 0.991 / 0.964 / 1.000, 0.986 / 0.881 / 1.000, 1.000 / 0.988 / 1.000.
HTML_SETS[53] = (28, 0.97, 0.89, 0.89, 0.99)
HTML_SETS[54] = (28, 0.99, 0.98, 0.99, 0.99)
HTML_SETS[55] = (28, 0.96, 0.79, 0.88, 0.99)
HTML_SETS[56] = (28, 0.98, 0.96, 0.99, 0.99)
HTML_SETS[57] = (28, 0.99, 0.95, 0.99, 0.99)
HTML_SETS[58] = (28, 0.99, 0.98, 0.99, 0.99)


# Sets 59 to 68, written in session 26 by helpers who did not read or run the extractor, in five rounds
# (templates_set59.py: Gollum, Redmine, Phabricator, Fossil, sourcehut, BigCommerce, Sculpin; Hudood and SaudiNewsNet;
# templates_set60.py: Jigsaw, Mintlify, R Markdown, BuddyPress, Kunena, Microweber, RapidWeaver; cp1256 and multi-source;
# templates_set61.py: Scoop, Gallery 3, Keila, phpList, Saleor, Sylius, Cobalt; Nahla and SaudiNewsNet JSON;
# templates_set62.py: iWeb, FrontPage, NetObjects Fusion, Sandvox, Oxwall, Dolphin, Subrion; multi-source;
# templates_set63.py: Harp, Sapper, Assemble, Gogs, Spree, Elder.js, Wolf CMS; Hudood and SaudiNewsNet;
# templates_set64.py: ProBoards, Jcink, MantisBT, Blocs, Feather, Pinegrow, Frog CMS; Nahla and cp1256;
# templates_set65.py: PostNuke, MoinMoin, WikkaWiki, BlueSpice, Anchor CMS, Castopod, Open Social; multi-source;
# templates_set66.py: Trilium, Craft.do, Softr, Zendesk Guide, Freshdesk, Document360, Nuclino; SaudiNewsNet JSON, Nahla;
# templates_set67.py: Tapatalk, Mattermost, Zulip, Rocket.Chat, Intercom, Help Scout Docs, Tettra; multi-source;
# templates_set68.py: cgit, Gitiles, Gitweb, Slidev, Marp, Owncast, Ponzu; cp1256 and SaudiNewsNet;
# templates_set69.py: Patreon, Ko-fi, Memberful, Kajabi, Podia, Teachable, Thinkific; Goud;
# templates_set70.py: HedgeDoc, Etherpad, Jupyter Book, Starlight, Archbee, Helpjuice, KnowledgeOwl; Nahla, Ar-APT;
# templates_set71.py: Stack Exchange, Askbot, Question2Answer, Hacker News, GNU social, Bugzilla, Jira; SaudiNewsNet, cp1256;
# templates_set72.py: Sway, Atavist, Ceros, Anytype, AppFlowy, AFFiNE, Heptabase; multi-source, Aljazeera;
# templates_set73.py: Open edX, Chamilo, ILIAS, Sakai, Blackboard Learn, Gumroad, TinyLetter; SaudiNewsNet;
# templates_set74.py: Trello, Basecamp, Asana, YouTrack, Bitbucket, Nextcloud, CryptPad; CNN Arabic, multi-source;
# templates_set75.py: Salesforce Knowledge, ServiceNow, Guru, Bloomfire, ProProfs, Viva Engage, Slack; SaudiNewsNet;
# templates_set76.py: Perch, Flextype, Genially, Prezi, Streamlit, Discord, Revolt; multi-source, Aljazeera;
# templates_set77.py: Kallithea, RhodeCode, Pagure, Phorge, Taiga, Kanboard, Wekan; SaudiNewsNet, Goud;
# templates_set78.py: OneNote, Seafile, ownCloud, HackMD, Roam Research, Brunch, Ech0; SaudiNewsNet JSON, cp1256;
# templates_set79.py: esoTalk, FluxBB, PunBB, YaBB, UBB.threads, WoltLab Burning Board, miniBB; SaudiNewsNet;
# templates_set80.py: Pika, Scribbles, HEY World, Silvrback, Smallweb, Known, Simple:Press; Goud, SaudiNewsNet, multi-source).
# First runs: set 60 at the session-start rules (3fd1122) 0.893 / 0.952 / 0.826; set 62 at 93bf89d 0.924 / 0.929 /
# 0.515; set 64 at d9bb948 0.946 / 0.952 / 0.797; set 66 at 335938a 0.940 / 0.941 / 0.821; set 68 at 8288e2e 0.751 /
# 0.917 / 0.638; sets 59, 61, 63, 65, 67 sealed until the final rules (7648b21): 0.842 / 0.750 / 0.766, 0.942 / 0.952 /
# 0.752, 0.957 / 0.941 / 0.887, 0.972 / 0.964 / 0.869, 0.855 / 0.905 / 0.897. The floors hold the final figures (set 59
# after the two rules written from it: 0.938 / 0.845 / 0.854). Session 27: set 67 after the Help Scout rules (1e1ee14)
# 0.936 / 0.929 / 0.914, set 68 0.782 / 0.941 / 0.752; set 70 first at 1e1ee14 0.858 / 0.833 / 0.806, set 69 sealed
# at the rules of 459f457 (the end of round one) 0.875 / 0.976 / 0.922. Later rounds, first runs: set 72 at a2269e0
# 0.959 / 0.976 / 0.722; set 74 at a36c264 0.861 / 0.976 / 0.844; set 76 at e6e01a0 0.963 / 0.964 / 0.768; set 78 at
# ab0fef9 0.970 / 0.952 / 0.914; set 80 at bfd9c75 0.899 / 0.941 / 0.967; sets 71, 73, 75, 77, 79 sealed until the final
# rules (fd7c03c): 0.895 / 0.952 / 0.821, 0.931 / 0.976 / 0.928, 0.973 / 0.941 / 1.000, 0.963 / 0.976 / 0.932, 0.848 /
# 0.952 / 0.926. The floors hold the final figures (sets 55, 60, 65, 67, 68, 69 raised to theirs).
HTML_SETS[59] = (28, 0.93, 0.84, 0.75, 0.97)
HTML_SETS[60] = (28, 0.99, 0.97, 0.99, 0.99)
HTML_SETS[61] = (28, 0.94, 0.95, 0.6, 0.99)
HTML_SETS[62] = (28, 0.98, 0.97, 0.86, 0.87)
HTML_SETS[63] = (28, 0.95, 0.95, 0.87, 0.9)
HTML_SETS[64] = (28, 0.99, 0.98, 0.99, 0.99)
HTML_SETS[65] = (28, 0.99, 0.98, 0.86, 0.87)
HTML_SETS[66] = (28, 0.99, 0.97, 0.99, 0.99)
HTML_SETS[67] = (28, 0.93, 0.94, 0.84, 0.99)
HTML_SETS[68] = (28, 0.92, 0.99, 0.67, 0.99)
HTML_SETS[69] = (28, 0.95, 0.98, 0.97, 0.99)
HTML_SETS[70] = (28, 0.93, 0.88, 0.86, 0.99)
HTML_SETS[71] = (28, 0.99, 0.95, 0.78, 0.85)
HTML_SETS[72] = (28, 0.98, 0.97, 0.99, 0.99)
HTML_SETS[73] = (28, 0.94, 0.97, 0.86, 0.99)
HTML_SETS[74] = (28, 0.96, 0.98, 0.99, 0.99)
HTML_SETS[75] = (28, 0.98, 0.94, 0.99, 0.99)
HTML_SETS[76] = (28, 0.97, 0.97, 0.98, 0.99)
HTML_SETS[77] = (28, 0.96, 0.97, 0.87, 0.99)
HTML_SETS[78] = (28, 0.97, 0.96, 0.98, 0.99)
HTML_SETS[79] = (28, 0.93, 0.97, 0.96, 0.99)
HTML_SETS[80] = (28, 0.97, 0.95, 0.99, 0.99)
# Session 28 (templates_set81.py: WeChat, Zhihu, Jianshu, CSDN, Juejin, Toutiao, Weibo; templates_set82.py: note, Hatena
# Blog, Ameba Blog, velog, Postype, Dzen, VK; templates_set83.py: Lofter, Douban, Bilibili, Cnblogs, SegmentFault, sspai,
# Yuque; templates_set84.py: Livedoor, Seesaa, Excite Blog, PIXNET, Vocus, Matters, Steemit; templates_set85.py: Sohu,
# NetEase, ifeng, The Paper, Baijiahao, Xiaohongshu, Mail.ru; templates_set86.py: Blogfa, Mihanblog, Blogsky, Virgool,
# Persianblog, LiveInternet, JUGEM; templates_set87.py: Hive, Mirror, Paragraph, Minds, TWiki, Rambler, goo blog;
# templates_set88.py: Muck Rack, Authory, JournoPortfolio, Contently, Issuu, Scribd, Calameo; templates_set89.py: Pocket,
# Instapaper, Omnivore, wallabag, Feedly, Inoreader, NewsBlur; templates_set90.py: Flipboard, NewsBreak, SmartNews, LINE
# TODAY, Opera News, upday, Google News). First runs: set 82 at b111518 0.995 / 0.929 / 0.961, set 84 at 8df0329 1.000 /
# 0.976 / 0.932, set 86 at 0934d18 0.990 / 0.929 / 1.000, set 88 at 909ef52 0.945 / 0.952 / 0.871, set 90 at 3d1db64
# 0.995 / 0.988 / 1.000; sets 81, 83, 85, 87, 89 sealed until the rules of 3d1db64 (the end of round five): 0.988 / 0.988
# / 0.757, 0.983 / 0.964 / 0.812, 0.967 / 0.833 / 0.688, 0.956 / 0.929 / 0.979, 0.998 / 0.976 / 0.696. The floors hold
# the final figures (the sets this session's rules moved raised to theirs).
HTML_SETS[81] = (28, 0.99, 0.99, 0.85, 0.79)
HTML_SETS[82] = (28, 0.99, 0.98, 0.99, 0.99)
HTML_SETS[83] = (28, 0.98, 0.98, 0.98, 0.99)
HTML_SETS[84] = (28, 0.99, 0.98, 0.99, 0.99)
HTML_SETS[85] = (28, 0.96, 0.9, 0.72, 0.86)
HTML_SETS[86] = (28, 0.99, 0.96, 0.99, 0.99)
HTML_SETS[87] = (28, 0.95, 0.92, 0.98, 0.97)
HTML_SETS[88] = (28, 0.98, 0.97, 0.99, 0.77)
HTML_SETS[89] = (28, 0.99, 0.98, 0.99, 0.99)
HTML_SETS[90] = (28, 0.99, 0.99, 0.99, 0.99)
# Round six: set 92 (Wattpad, Penzu, Royal Road, AO3, FanFiction.Net, Webnovel, Inkitt) first at 3d1db64 0.977 / 0.917 /
# 0.910; set 91 (Zenodo, Figshare, OSF, Academia.edu, ResearchGate, SSRN, arXiv) sealed until the final rules (31f3da9)
# 0.993 / 0.964 / 0.806.
HTML_SETS[91] = (28, 0.99, 0.99, 0.99, 0.96)
HTML_SETS[92] = (28, 0.98, 0.94, 0.84, 0.99)


# Sets 93 to 97 (session 29, written by helpers who did not read or run the extractor): set 93 (MSN, Yahoo News,
# PressReader, Magzter, Zinio, Readly, Apple News) first at 6275b34 0.973 / 0.917 / links F1 0.829; set 95 (podcast pages)
# first at f92236c 0.852 / 0.988 / 0.945; set 97 (annotation tools, set 81's texts) first at 137a860 1.000 / 0.964 / 0.855;
# sets 94 (campaign pages) and 96 (slide and photo pages, 18 pages) sealed until the final rules (7f93e08): 0.856 / 0.905 /
# 0.926 and 0.946 / 0.963 / 0.685, after the rules they opened (70c5604, 5348ff3) 0.978 / 0.905 / 0.926 and 0.984 / 0.963 / 1.000.
# Floors under their figures at the final rules.
HTML_SETS[93] = (28, 0.99, 0.99, 0.99, 0.99)
HTML_SETS[94] = (28, 0.97, 0.9, 0.99, 0.86)
HTML_SETS[95] = (28, 0.98, 0.98, 0.99, 0.99)
HTML_SETS[96] = (18, 0.98, 0.96, 0.99, 0.99)
HTML_SETS[97] = (28, 0.99, 0.96, 0.99, 0.86)


# Sets 98 to 103 (session 30, written by helpers who did not read or run the extractor; older sets' texts reused in new
# kinds): set 98 (webmail: Gmail, Outlook, Fastmail, Proton Mail, Zimbra, Roundcube, Thunderbird; set 83's texts) first
# at 3345a70 0.677 / 0.941 / links F1 0.709, after 0.990 / 1.000 / 0.980 (pass mail_thread, a client's message list, link
# protection unwrapped, "sentAt"); set 100 (learning platforms, set 87's texts) first at 3345a70 0.946 / 0.917 / 0.557,
# after 0.946 / 0.917 / 0.996 (further reading beside a lesson); set 102 (short video and stories, set 90's texts) first
# at 2abfdfd 0.964 / 0.917 / 0.996, after 0.966 / 0.976 / 0.996 ("createTime"); sets 99 (curation boards, set 85's
# texts), 101 (note apps, set 89's) and 103 (forms and sheets, set 92's) sealed until the final rules (f347d07): 0.983 /
# 1.000 / 0.854, 0.998 / 0.917 / 0.913, 0.902 / 0.988 / 0.846, after the rules they opened 0.983 / 1.000 / 0.925 (a story
# filed under a topic), 1.000 / 0.964 / 0.913 ("creationDate"), 0.938 / 0.988 / 0.873 (a grid's excerpts).
HTML_SETS[98] = (28, 0.99, 0.99, 0.96, 0.99)
HTML_SETS[99] = (28, 0.98, 0.99, 0.99, 0.86)
HTML_SETS[100] = (28, 0.94, 0.91, 0.99, 0.99)
HTML_SETS[101] = (28, 0.99, 0.96, 0.88, 0.94)
HTML_SETS[102] = (28, 0.96, 0.97, 0.99, 0.99)
HTML_SETS[103] = (28, 0.93, 0.98, 0.87, 0.87)
# Session 30's rules lifted older sets: lists on the host most links of an addressless page lead to (61, 62, 63, 65,
# 68) and "قراءات إضافية" further reading (52, 68).
HTML_SETS[52] = (28, 0.99, 0.96, 0.90, 0.99)
HTML_SETS[61] = (28, 0.94, 0.95, 0.73, 0.99)
HTML_SETS[62] = (28, 0.98, 0.97, 0.99, 0.88)
HTML_SETS[63] = (28, 0.95, 0.95, 0.99, 0.91)
HTML_SETS[65] = (28, 0.99, 0.98, 0.99, 0.88)
HTML_SETS[68] = (28, 0.92, 0.99, 0.80, 0.99)


def sealed_set_test(n, pages, floor):
    """The test that holds sealed template set n at its floor (named for the set, as ctest lists it)."""
    keys = ('body_f1', 'fields', 'links_recall', 'links_precision')
    return lambda ctx: sealed_set_holds_its_floor(ctx, f'set{n}', pages, dict(zip(keys, floor)))


for _n, (_pages, *_floor) in HTML_SETS.items():
    globals()[f'test_sealed_set{_n}_holds_its_floor'] = sealed_set_test(_n, _pages, _floor)


harness.main(globals())
