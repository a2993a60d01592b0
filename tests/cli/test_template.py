"""Site templates end to end: lines a site repeats on its pages are removed as `template` in one
parse of a folder, a syndicated lead repeated in two copies of a story is kept, an archive's counts
serve a later `parse --db` of one page on stdin and `reparse`, `merge` carries the counts, and
--site-key none turns it off."""
import json
import os
import sqlite3
import sys

sys.path.insert(0, os.path.dirname(__file__))
import harness  # noqa: E402

WORDS = ('الحكومة أعلنت اليوم خطة جديدة لدعم الاقتصاد الوطني وتحسين الخدمات العامة في المدن والقرى '
         'خلال العام').split()
SHARE = 'شاركونا آراءكم عبر صفحتنا على فيسبوك'
FOOTER = 'للتواصل مع التحرير راسلونا على البريد الإلكتروني'


def sentence(seed, n=14):
    return ' '.join(WORDS[(seed * 7 + i * (seed % 5 + 1)) % 16] for i in range(n)) + f' {seed}.'


def page(i):
    return f'عنوان الخبر رقم {i}\n\n{sentence(i * 3)}\n\n{sentence(i * 3 + 1)}\n\n{SHARE}\n\n{FOOTER}\n'


def write_site(ctx, folder, count, first=0):
    d = os.path.join(ctx.tmp, folder)
    os.makedirs(d, exist_ok=True)
    for i in range(first, first + count):
        with open(os.path.join(d, f'p{i:02d}.txt'), 'w', encoding='utf-8') as f:
            f.write(page(i))
    return d


def parse(ctx, *args, stdin=None):
    r = ctx.run(['parse', '--now', '2026-01-01T12:00:00Z', *args], stdin=stdin)
    assert r.returncode == 0, r.stderr
    return [json.loads(line) for line in r.stdout.splitlines()]


def template_lines(rec):
    return [x['text'] for x in rec['removed'] if x['kind'] == 'template']


def body(rec):
    return [b['text'] for b in rec['body']]


def test_a_folder_of_one_site_loses_its_repeated_lines(ctx):
    write_site(ctx, 'site', 6)
    recs = parse(ctx, 'site')
    assert len(recs) == 6
    for i, rec in enumerate(recs):
        assert template_lines(rec) == [SHARE, FOOTER], rec['removed']
        assert body(rec) == [sentence(i * 3), sentence(i * 3 + 1)]
        assert rec['title'] == f'عنوان الخبر رقم {i}'
    r = ctx.run(['parse', '--explain', 'site'])
    assert f'7\tremoved:template\tsite template (folder:site)\t{SHARE}' in r.stdout, r.stdout


def test_site_key_none_and_small_sites_keep_them(ctx):
    write_site(ctx, 'site', 6)
    write_site(ctx, 'small', 3)
    write_site(ctx, 'four', 4)
    recs = parse(ctx, '--site-key', 'none', 'site')
    assert all(template_lines(r) == [] and SHARE in body(r) for r in recs)
    # Three pages are not a site's template yet (docs/segmenter.md: at least 5 counted documents, or
    # 4 with the short line on every one of them).
    recs = parse(ctx, 'small')
    assert all(template_lines(r) == [] and SHARE in body(r) for r in recs)
    recs = parse(ctx, 'four')
    assert all(template_lines(r) == [SHARE, FOOTER] and SHARE not in body(r) for r in recs), recs[0]['removed']
    # Every file of the run in one folder each is a site of one page: nothing learned.
    recs = parse(ctx, '--site-key', 'host', 'site')
    assert all(template_lines(r) == [] for r in recs)


def test_a_syndicated_lead_in_two_copies_is_kept(ctx):
    d = os.path.join(ctx.tmp, 'site')
    os.makedirs(d)
    lead, more = sentence(90, 20), sentence(91, 16)
    stories = {'a.txt': f'خبر الوكالة\n\n{lead}\n\n{more}\n\nنرحب بآرائكم حول هذا الموضوع\n',
               'b.txt': f'خبر الوكالة محدثا\n\n{lead}\n\n{more}\n\nنرحب بآرائكم حول هذا الموضوع\n'}
    for i in range(4):
        stories[f'o{i}.txt'] = f'عنوان {i}\n\n{sentence(i * 11)}\n\nنرحب بآرائكم حول هذا الموضوع\n'
    for name, text in stories.items():
        with open(os.path.join(d, name), 'w', encoding='utf-8') as f:
            f.write(text)
    recs = {os.path.basename(r['input']['path']): r for r in parse(ctx, 'site')}
    for name in ('a.txt', 'b.txt'):
        assert body(recs[name]) == [lead, more], recs[name]
        assert template_lines(recs[name]) == ['نرحب بآرائكم حول هذا الموضوع']


def jsonl_page(i, host='news.example.com'):
    return json.dumps({'url': f'https://{host}/a/{i}', 'title': f'عنوان الخبر رقم {i}', 'body': page(i)},
                      ensure_ascii=False)


def test_the_archive_serves_parse_on_stdin_and_reparse(ctx):
    with open(os.path.join(ctx.tmp, 'crawl.jsonl'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(jsonl_page(i) for i in range(8)) + '\n')
    r = ctx.run(['ingest', '-q', '--db', 'a.db', 'crawl.jsonl'])
    assert r.returncode == 0, r.stderr
    c = sqlite3.connect(os.path.join(ctx.tmp, 'a.db'))
    assert c.execute('PRAGMA user_version').fetchone()[0] == 3
    assert c.execute('SELECT site, docs FROM sites').fetchall() == [('host:news.example.com', 8)]
    # The ingest removed the template from what it stored.
    r = ctx.run(['show', '--db', 'a.db', '--format', 'json', '1'])
    assert r.returncode == 0, r.stderr
    shown = json.loads(r.stdout)
    assert body(shown) == [sentence(0), sentence(1)] and template_lines(shown) == [SHARE, FOOTER], shown

    # One new page of the same site on stdin: nothing to learn from, the archive knows the template.
    one = jsonl_page(50) + '\n'
    alone = parse(ctx, '--input-format', 'jsonl', '-', stdin=one)[0]
    assert SHARE in body(alone)
    known = parse(ctx, '--db', 'a.db', '--input-format', 'jsonl', '-', stdin=one)[0]
    assert template_lines(known) == [SHARE, FOOTER]
    assert body(known) == [sentence(150), sentence(151)]
    # Another site's page is left alone.
    other = parse(ctx, '--db', 'a.db', '--input-format', 'jsonl', '-', stdin=jsonl_page(51, 'other.example') + '\n')[0]
    assert SHARE in body(other)

    # Reparse reads the counts: the same records again.
    before = ctx.run(['export', '--db', 'a.db', '--format', 'jsonl']).stdout
    r = ctx.run(['reparse', '-q', '--db', 'a.db'])
    assert r.returncode == 0, r.stderr
    assert ctx.run(['export', '--db', 'a.db', '--format', 'jsonl']).stdout == before
    r = ctx.run(['reparse', '-q', '--site-key', 'none', '--db', 'a.db'])
    assert r.returncode == 0, r.stderr
    recs = [json.loads(line) for line in ctx.run(['export', '--db', 'a.db', '--format', 'jsonl']).stdout.splitlines()]
    assert all(SHARE in body(r) and not template_lines(r) for r in recs)


def test_a_later_ingest_benefits_from_what_was_seen(ctx):
    # 5 pages first, then 1 page alone: the second run removes the template from it.
    with open(os.path.join(ctx.tmp, 'first.jsonl'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(jsonl_page(i) for i in range(5)) + '\n')
    with open(os.path.join(ctx.tmp, 'second.jsonl'), 'w', encoding='utf-8') as f:
        f.write(jsonl_page(9) + '\n')
    for name in ('first.jsonl', 'second.jsonl'):
        r = ctx.run(['ingest', '-q', '--db', 'a.db', name])
        assert r.returncode == 0, r.stderr
    recs = [json.loads(line) for line in ctx.run(['export', '--db', 'a.db', '--format', 'jsonl']).stdout.splitlines()]
    assert len(recs) == 6
    assert all(SHARE not in body(r) for r in recs)
    # Ingesting the same inputs again counts nothing twice.
    c = sqlite3.connect(os.path.join(ctx.tmp, 'a.db'))
    counts = c.execute('SELECT docs FROM sites').fetchall()
    r = ctx.run(['ingest', '-q', '--db', 'a.db', 'first.jsonl', 'second.jsonl'])
    assert r.returncode == 0, r.stderr
    assert c.execute('SELECT docs FROM sites').fetchall() == counts == [(6,)]


def site_rows(db):
    c = sqlite3.connect(db)
    return (sorted(c.execute('SELECT site, docs FROM sites WHERE docs > 0')),
            sorted(c.execute('SELECT s.site, l.key, l.docs FROM site_lines l JOIN sites s ON s.id = l.site_id')))


def test_merge_carries_the_counts(ctx):
    with open(os.path.join(ctx.tmp, 'one.jsonl'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(jsonl_page(i) for i in range(4)) + '\n')
    with open(os.path.join(ctx.tmp, 'two.jsonl'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(jsonl_page(i) for i in range(4, 9)) + '\n')
    write_site(ctx, 'site', 6, first=20)  # other stories than the crawl's (no exact duplicates)
    for db, inputs in (('a.db', ['one.jsonl']), ('b.db', ['two.jsonl', 'site']),
                       ('all.db', ['one.jsonl', 'two.jsonl', 'site'])):
        r = ctx.run(['ingest', '-q', '--db', db, *inputs])
        assert r.returncode == 0, r.stderr
    r = ctx.run(['merge', '-q', 'out.db', 'a.db', 'b.db'])
    assert r.returncode == 0, r.stderr
    merged = site_rows(os.path.join(ctx.tmp, 'out.db'))
    assert merged == site_rows(os.path.join(ctx.tmp, 'all.db'))
    assert ('host:news.example.com', 9) in merged[0] and ('folder:site', 6) in merged[0]
    r = ctx.run(['merge', '-q', 'out.db', 'a.db', 'b.db'])
    assert r.returncode == 0, r.stderr
    assert site_rows(os.path.join(ctx.tmp, 'out.db')) == merged


def test_corpus_template_lines_are_never_article_text(ctx):
    """Over the shared corpus, every line removed as template is short or recurs on most of its
    site's pages, and no record loses its whole body to it."""
    corpus = ctx.shared('corpus')
    r = ctx.run(['parse', '-q', '--now', '2026-01-01T12:00:00Z', os.path.join(corpus, 'nahla-scraper'),
                 os.path.join(corpus, 'ant-multisource'), os.path.join(corpus, 'commoncrawl-capstone')], timeout=600)
    assert r.returncode in (0, 1), r.stderr
    for line in r.stdout.splitlines():
        rec = json.loads(line)
        for text in template_lines(rec):
            assert len(text.split()) < 12, text
        if template_lines(rec):
            assert rec['body'], rec['input']


if __name__ == '__main__':
    harness.main(globals())
