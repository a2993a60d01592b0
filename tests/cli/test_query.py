"""The query commands on a real archive: show, list, stats, sources, related, duplicates, export, import.

One archive is built once with `akhbar ingest` from samples/ and two folders of the ANT corpus (BBC
culture, CNN economy: they carry URLs, sources and dates), then copied into each test's folder.
Without ../shared/corpus it is built from samples/ alone, and the tests that count on the ANT
articles (many dates, months, two sources) are skipped.
"""
import atexit
import csv
import io
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import unicodedata

sys.path.insert(0, os.path.dirname(__file__))
import harness  # noqa: E402

_BUILT = {}
BIDI_CONTROLS = re.compile('[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]')


def inputs(ctx):
    """samples/, and two ANT folders when ../shared/corpus is there (a clone on its own builds the
    archive from samples/ alone; the tests that count on the ANT articles ask for the corpus)."""
    paths = [ctx.path('samples', 'almustakilla-iraq-us-security-talks.txt'),
             ctx.path('samples', 'saudinewsnet_00011.txt'),
             ctx.path('samples', 'trec-BB-culture-70-20180311.txt')]
    if ctx.has_shared('corpus'):
        paths += [ctx.shared('corpus', 'ant-multisource', 'BBC', 'culture'),
                  ctx.shared('corpus', 'ant-multisource', 'CNN', 'economy')]
    return paths


def archive(ctx):
    """A copy of the shared test archive in this test's folder."""
    if 'db' not in _BUILT:
        folder = tempfile.mkdtemp(prefix='akhbar-query-db-')
        atexit.register(shutil.rmtree, folder, True)  # shared by this file's tests; removed at exit
        db = os.path.join(folder, 'a.db')
        r = ctx.run(['ingest', '--db', db, '--quiet', *inputs(ctx)])
        assert r.returncode == 0, r.stderr
        _BUILT['db'] = db
    db = os.path.join(ctx.tmp, 'a.db')
    # A checkpointed copy: the WAL is folded in so that the one file is the whole archive.
    src = sqlite3.connect(_BUILT['db'])
    dst = sqlite3.connect(db)
    src.backup(dst)
    src.close()
    dst.close()
    return db


def ok(ctx, args, **kw):
    r = ctx.run(args, **kw)
    assert r.returncode == 0, f'{args}: exit {r.returncode}: {r.stderr}'
    assert not r.stderr, f'{args}: unexpected stderr: {r.stderr}'
    return r


def one_line_error(r, code, text):
    lines = r.stderr.strip().splitlines()
    assert r.returncode == code, (r.returncode, r.stderr)
    assert len(lines) == 1, r.stderr
    assert lines[0].startswith('akhbar: error: '), lines[0]
    assert text in lines[0], (text, lines[0])
    return lines[0]


def listing(ctx, db, *args):
    limit = [] if '--limit' in args else ['--limit', '0']
    r = ok(ctx, ['list', '--db', db, *limit, '--format', 'json', *args])
    return [json.loads(line) for line in r.stdout.splitlines()]


def exported(ctx, db, fmt, *args):
    return ok(ctx, ['export', '--db', db, '--format', fmt, *args], binary=True).stdout


# ---- errors ----------------------------------------------------------------------------------

QUERIES = [['show', '1'], ['list'], ['stats'], ['sources'], ['related', '1'], ['duplicates'], ['export']]


def test_missing_archive_is_one_line_and_creates_nothing(ctx):
    db = os.path.join(ctx.tmp, 'none.db')
    for args in QUERIES:
        r = ctx.run([*args, '--db', db])
        one_line_error(r, 1, f'no archive at {db} — create one with `akhbar ingest`')
        assert not os.path.exists(db), args
        assert os.listdir(ctx.tmp) == [], (args, os.listdir(ctx.tmp))


def test_default_archive_is_akhbar_db_or_env(ctx):
    r = ctx.run(['stats'])
    one_line_error(r, 1, 'no archive at akhbar.db')
    r = ctx.run(['stats'], env={'AKHBAR_DB': os.path.join(ctx.tmp, 'x.db')})
    one_line_error(r, 1, 'x.db')


def test_malformed_dates_are_usage_errors(ctx):
    db = os.path.join(ctx.tmp, 'none.db')  # checked before the archive is opened: exit 2, not 1
    for bad in ['2024-13', '2024-02-30', '24', '2024/01/01', '2024-1-1', 'yesterday', '2023-02-29']:
        for cmd in (['list'], ['export'], ['duplicates']):
            r = ctx.run([*cmd, '--db', db, '--since', bad])
            one_line_error(r, 2, f"--since: not a date: '{bad}'")
    r = ctx.run(['list', '--db', db, '--until', '2024-02-30'])
    one_line_error(r, 2, '--until: not a date')
    r = ctx.run(['list', '--db', db, '--since', '2024-05', '--until', '2024-04-30'])
    one_line_error(r, 2, '--since 2024-05 is after --until 2024-04-30')
    r = ctx.run(['list', '--db', db, '--limit', '-3'])
    assert r.returncode == 2, r.stderr


def test_unknown_and_malformed_ids(ctx):
    db = archive(ctx)
    one_line_error(ctx.run(['show', '99999', '--db', db]), 1, 'no article with id 99999')
    one_line_error(ctx.run(['related', '99999', '--db', db]), 1, 'no article with id 99999')
    one_line_error(ctx.run(['show', 'https://example.com/none', '--db', db]), 1,
                   'no article with url https://example.com/none')
    one_line_error(ctx.run(['show', 'abc', '--db', db]), 2, "not an article id: 'abc'")
    one_line_error(ctx.run(['related', '-4', '--db', db]), 2, '')


def test_newer_schema_is_refused_naming_both_versions(ctx):
    db = archive(ctx)
    con = sqlite3.connect(db)
    con.execute('PRAGMA user_version = 999')
    con.close()
    for args in QUERIES:
        line = one_line_error(ctx.run([*args, '--db', db]), 1, '999')
        assert re.search(r'\b\d+\b.*\b999\b|\b999\b.*\b\d+\b', line), line


def test_not_an_archive(ctx):
    path = os.path.join(ctx.tmp, 'notes.txt')
    with open(path, 'w') as f:
        f.write('hello\n' * 100)
    r = ctx.run(['list', '--db', path])
    one_line_error(r, 1, path)
    with open(path) as f:
        assert f.read() == 'hello\n' * 100


# ---- show ------------------------------------------------------------------------------------

def test_show_json_is_parse_record(ctx):
    db = archive(ctx)
    parsed = ok(ctx, ['parse', *inputs(ctx)]).stdout.splitlines()
    shown = set()
    for row in listing(ctx, db):
        shown.add(ok(ctx, ['show', str(row['id']), '--db', db, '--format', 'json']).stdout.rstrip('\n'))
    # The trec sample is also in BBC/culture: the archive keeps the first input's provenance.
    def without_path(line):
        record = json.loads(line)
        record['input'].pop('path')
        return json.dumps(record, sort_keys=True)
    shown_any_path = {without_path(line) for line in shown}
    missing = [line for line in parsed if line not in shown and without_path(line) not in shown_any_path]
    assert len(shown) >= len(set(parsed)) - 1
    assert not missing, f'{len(missing)} of {len(parsed)} parse records not shown identically, e.g. {missing[0][:300]}'


def test_show_by_url(ctx):
    db = archive(ctx)
    rows = [r for r in listing(ctx, db) if r['url']]
    assert rows
    row = rows[0]
    by_url = ok(ctx, ['show', row['url'], '--db', db, '--format', 'json']).stdout
    by_id = ok(ctx, ['show', str(row['id']), '--db', db, '--format', 'json']).stdout
    assert by_url == by_id


def test_show_text(ctx):
    db = archive(ctx)
    parsed = [json.loads(line) for line in ok(ctx, ['parse', ctx.path('samples', 'almustakilla-iraq-us-security-talks.txt')]).stdout.splitlines()]
    record = parsed[0]
    row = next(r for r in listing(ctx, db) if r['title'] == record['title'])
    text = ok(ctx, ['show', str(row['id']), '--db', db]).stdout
    lines = text.splitlines()
    assert lines[0] == (record['title'] or '(untitled)')
    assert f"ID: {row['id']}" in lines
    if record['published']:
        assert f"Published: {record['published']}" in lines
    for block in record['body']:
        assert block['text'].replace('\t', ' ') in lines, block['text']
    assert record['read_also'], 'the seed article has a read-also block'
    assert 'Read also' in lines
    for item in record['read_also']:
        assert any(l.startswith('  • ' + item['title']) for l in lines), item['title']
        for block in item.get('body', []):
            assert '    ' + block['text'] in lines
    if record['related']:
        assert 'Related' in lines
    assert '\x1b' not in text
    assert not BIDI_CONTROLS.search(text)
    colored = ok(ctx, ['show', str(row['id']), '--db', db, '--color', 'always']).stdout
    assert '\x1b[1m' in colored and re.sub(r'\x1b\[[0-9;]*m', '', colored) == text


# ---- list, stats, sources --------------------------------------------------------------------

def test_list_is_newest_first_with_filters(ctx):
    ctx.shared('corpus')  # 40 articles over several months
    db = archive(ctx)
    rows = listing(ctx, db)
    assert len(rows) >= 40, len(rows)
    dates = [r['published'] for r in rows if r['published']]
    assert dates == sorted(dates, reverse=True)
    undated = [i for i, r in enumerate(rows) if not r['published']]
    assert all(i >= len(dates) for i in undated), 'articles without a date come last'

    bbc = listing(ctx, db, '--source', 'BBC')
    assert bbc and all(r['source'] == 'BBC' for r in bbc)
    assert len(bbc) == sum(1 for r in rows if r['source'] == 'BBC')

    april = listing(ctx, db, '--since', '2018-04', '--until', '2018-04')
    assert april and all(r['published'][:7] == '2018-04' for r in april)
    assert len(april) == sum(1 for r in rows if (r['published'] or '')[:7] == '2018-04')
    day = april[0]['published'][:10]
    on_day = listing(ctx, db, '--since', day, '--until', day)
    assert on_day and all(r['published'][:10] == day for r in on_day)

    page = listing(ctx, db, '--limit', '5', '--offset', '3')
    assert [r['id'] for r in page] == [r['id'] for r in rows[3:8]]
    default = ok(ctx, ['list', '--db', db, '--format', 'tsv']).stdout.splitlines()
    assert len(default) == min(50, len(rows))


def test_list_tsv_when_piped_and_table_on_request(ctx):
    db = archive(ctx)
    rows = listing(ctx, db)
    tsv = ok(ctx, ['list', '--db', db, '--limit', '0']).stdout.splitlines()
    assert len(tsv) == len(rows)
    for line, row in zip(tsv, rows):
        cells = line.split('\t')
        assert cells == [str(row['id']), row['published'] or '', row['source'] or '', row['title'] or '',
                         row['url'] or ''], cells
    assert '\x1b' not in '\n'.join(tsv)

    table = ok(ctx, ['list', '--db', db, '--format', 'table', '--limit', '0'], env={'COLUMNS': '300'}).stdout
    lines = table.splitlines()
    assert lines[0].split() == ['ID', 'DATE', 'SOURCE', 'TITLE']
    assert len(lines) == len(rows) + 1
    assert not BIDI_CONTROLS.search(table)
    # Columns line up by display width: the TITLE column starts at the same column on every line.
    title_col = display_width(lines[0][:lines[0].index('TITLE')])
    for line, row in zip(lines[1:], rows):
        if row['title']:
            at = line.index(row['title'][:10])
            assert display_width(line[:at]) == title_col, line


def display_width(s):
    w = 0
    for ch in s:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ('Mn', 'Me', 'Cf'):
            continue
        w += 2 if unicodedata.east_asian_width(ch) in ('W', 'F') else 1
    return w


def test_table_fits_the_terminal_width(ctx):
    db = archive(ctx)
    out = ok(ctx, ['list', '--db', db, '--format', 'table'], env={'COLUMNS': '60'}).stdout
    for line in out.splitlines():
        assert display_width(line) <= 60, (display_width(line), line)
    assert '…' in out


def test_color_switch(ctx):
    db = archive(ctx)
    always = ok(ctx, ['list', '--db', db, '--format', 'table', '--color', 'always']).stdout
    assert '\x1b[' in always
    never = ok(ctx, ['list', '--db', db, '--format', 'table', '--color', 'never']).stdout
    assert '\x1b' not in never
    assert re.sub(r'\x1b\[[0-9;]*m', '', always) == never
    auto = ok(ctx, ['list', '--db', db, '--format', 'table']).stdout  # not a terminal: no colour
    assert '\x1b' not in auto
    r = ctx.run(['list', '--db', db, '--color', 'sometimes'])
    assert r.returncode == 2


def test_stats(ctx):
    ctx.shared('corpus')  # 40 inputs, April 2018
    db = archive(ctx)
    rows = listing(ctx, db)
    s = json.loads(ok(ctx, ['stats', '--db', db, '--format', 'json']).stdout)
    assert s['articles'] >= len([r for r in rows])
    assert s['words'] > 1000 and s['inputs'] >= 40
    assert sum(x['articles'] for x in s['per_source']) <= s['articles']
    counts = [x['articles'] for x in s['per_source']]
    assert counts == sorted(counts, reverse=True)
    months = [x['month'] for x in s['per_month']]
    assert months == sorted(months) and '2018-04' in months
    dates = sorted(r['published'] for r in rows if r['published'])
    assert s['first_date'] <= dates[0][:len(s['first_date'])] and s['last_date'][:10] >= dates[-1][:10]
    tsv = ok(ctx, ['stats', '--db', db]).stdout.splitlines()
    facts = dict(line.split('\t') for line in tsv if line.count('\t') == 1)
    assert int(facts['articles']) == s['articles'] and int(facts['words']) == s['words']
    assert [l for l in tsv if l.startswith('source\t')]
    table = ok(ctx, ['stats', '--db', db, '--format', 'table']).stdout
    assert 'Articles' in table and 'SOURCE' in table and 'MONTH' in table


def test_sources(ctx):
    ctx.shared('corpus')  # BBC and CNN
    db = archive(ctx)
    rows = listing(ctx, db)
    sources = [json.loads(l) for l in ok(ctx, ['sources', '--db', db, '--format', 'json']).stdout.splitlines()]
    names = {s['source']: s['articles'] for s in sources}
    assert 'BBC' in names and 'CNN' in names
    assert names['BBC'] == sum(1 for r in rows if r['source'] == 'BBC')
    tsv = ok(ctx, ['sources', '--db', db]).stdout.splitlines()
    assert [l.split('\t')[0] for l in tsv] == [s['source'] for s in sources]


def test_related_and_duplicates_print_rows(ctx):
    db = archive(ctx)
    for row in listing(ctx, db)[:10]:
        r = ok(ctx, ['related', str(row['id']), '--db', db, '--format', 'json'])
        for line in r.stdout.splitlines():
            item = json.loads(line)
            assert set(item) == {'id', 'published', 'source', 'title', 'url'}
            assert item['id'] != row['id']
    d = ok(ctx, ['duplicates', '--db', db, '--format', 'json'])
    for line in d.stdout.splitlines():
        pair = json.loads(line)
        assert pair['a'] != pair['b'] and 0 <= pair['distance']


RELATED_A = '''اجتماع وزراء الخارجية العرب في القاهرة لبحث الأزمة
القاهرة - عقد وزراء الخارجية العرب اجتماعا طارئا اليوم في مقر الجامعة العربية لبحث تطورات الأزمة الإقليمية وسبل التهدئة.
وقال الأمين العام إن الاجتماع خرج بتوصيات واضحة بشأن وقف التصعيد ودعم الحلول السياسية.
مقالات مشابهة
  • ارتفاع أسعار النفط بعد قرار أوبك خفض الإنتاج
'''
RELATED_B = '''ارتفاع أسعار النفط بعد قرار أوبك خفض الإنتاج
فيينا - ارتفعت أسعار النفط في الأسواق العالمية بعد أن قررت منظمة أوبك وحلفاؤها خفض الإنتاج خلال الأشهر المقبلة.
وقال محللون إن القرار يهدف إلى دعم الأسعار في ظل تراجع الطلب العالمي على الخام.
'''


def test_related_resolves_link_titles_to_archived_articles(ctx):
    paths = []
    for name, text in (('b.txt', RELATED_B), ('a.txt', RELATED_A)):
        paths.append(os.path.join(ctx.tmp, name))
        with open(paths[-1], 'w', encoding='utf-8') as f:
            f.write(text)
    db = os.path.join(ctx.tmp, 'r.db')
    assert ctx.run(['ingest', '--db', db, '--quiet', *paths]).returncode == 0
    records = [json.loads(l) for l in ok(ctx, ['parse', paths[1]]).stdout.splitlines()]
    links = {item['title'] for item in records[0]['read_also'] + records[0]['related']}
    rows = listing(ctx, db)
    by_title = {r['title']: r['id'] for r in rows}
    a_id = next(r['id'] for r in rows if r['title'] and r['title'].startswith('اجتماع'))
    b_id = by_title[RELATED_B.splitlines()[0]]
    related = [json.loads(l) for l in ok(ctx, ['related', str(a_id), '--db', db, '--format', 'json']).stdout.splitlines()]
    if RELATED_B.splitlines()[0] in links:  # the segmenter saw the list: the archive must resolve it
        assert b_id in [r['id'] for r in related], related
        back = [json.loads(l) for l in ok(ctx, ['related', str(b_id), '--db', db, '--format', 'json']).stdout.splitlines()]
        assert a_id in [r['id'] for r in back], back


TRICKY_TITLES = [
    'كَتَبَ الصَّحَفِيُّ مَقَالًا عَنِ الانْتِخَابَاتِ',   # harakat: no width of their own
    '東京で会議 مؤتمر في طوكيو',                      # East Asian wide: two columns each
    'عنوان \x1b[31mأحمر\x1b[0m بلون',                  # terminal escapes in the data
    '\u202eعنوان مقلوب\u202c بعلامة اتجاه',             # a right-to-left override
    '=HYPERLINK("http://example.com") خبر',           # a spreadsheet formula
]


def tricky_archive(ctx):
    """An archive with titles that test widths, escapes and formulas, built through import."""
    path = os.path.join(ctx.tmp, 'tricky.jsonl')
    with open(path, 'w', encoding='utf-8') as f:
        for i, title in enumerate(TRICKY_TITLES):
            record = {'schema': 'akhbar.article/1',
                      'input': {'path': f'tricky/{i}.txt', 'record': 0, 'url': None, 'encoding': 'UTF-8',
                                'sha256': f'{i:064x}'},
                      'title': title, 'published': f'2020-01-{i + 10}', 'updated': None, 'dateline': None,
                      'source': 'مصدر' if i % 2 else 'Source', 'author': None,
                      'body': [{'type': 'paragraph', 'text': f'فقرة رقم {i} من نص المقال التجريبي ' * (i + 1)}],
                      'read_also': [], 'related': [], 'removed': []}
            f.write(json.dumps(record, ensure_ascii=False) + '\n')
    db = os.path.join(ctx.tmp, 'tricky.db')
    ok(ctx, ['import', path, '--db', db, '--quiet'])
    return db


def test_tables_measure_display_width_and_drop_controls(ctx):
    db = tricky_archive(ctx)
    table = ok(ctx, ['list', '--db', db, '--format', 'table', '--color', 'never'], env={'COLUMNS': '300'}).stdout
    lines = table.splitlines()
    assert len(lines) == 1 + len(TRICKY_TITLES)
    assert '\x1b' not in table and not BIDI_CONTROLS.search(table)
    title_col = display_width(lines[0][:lines[0].index('TITLE')])
    for line in lines[1:]:
        at = next(i for i, ch in enumerate(line) if i >= title_col - 5 and display_width(line[:i]) == title_col)
        assert line[at] != ' ' and line[at - 1] == ' ' and line[at - 2] == ' ', line
    # Cut to a narrow terminal, no line is wider than it, wide characters included.
    narrow = ok(ctx, ['list', '--db', db, '--format', 'table'], env={'COLUMNS': '40'}).stdout
    assert all(display_width(l) <= 40 for l in narrow.splitlines()), narrow
    # tsv keeps the text (bidi controls included) but never control characters; json keeps all.
    tsv = ok(ctx, ['list', '--db', db]).stdout
    assert '\x1b' not in tsv and '\u202e' in tsv and 'أحمر' in tsv
    titles = {json.loads(l)['title'] for l in ok(ctx, ['list', '--db', db, '--format', 'json']).stdout.splitlines()}
    assert titles == set(TRICKY_TITLES)
    text = ok(ctx, ['show', '3', '--db', db]).stdout
    assert '\x1b' not in text and 'أحمر' in text


def test_csv_export_defuses_formulas(ctx):
    db = tricky_archive(ctx)
    rows = list(csv.reader(io.StringIO(exported(ctx, db, 'csv').decode(), newline='')))
    titles = [r[rows[0].index('title')] for r in rows[1:]]
    assert "'" + TRICKY_TITLES[4] in titles
    assert TRICKY_TITLES[0] in titles


# ---- export ----------------------------------------------------------------------------------

def test_export_jsonl_is_show_json_in_id_order(ctx):
    db = archive(ctx)
    lines = exported(ctx, db, 'jsonl').decode().splitlines()
    ids = sorted(r['id'] for r in listing(ctx, db))
    assert len(lines) == len(ids)
    for i in (0, len(ids) // 2, len(ids) - 1):
        shown = ok(ctx, ['show', str(ids[i]), '--db', db, '--format', 'json']).stdout.rstrip('\n')
        assert lines[i] == shown
    bbc = exported(ctx, db, 'jsonl', '--source', 'BBC').decode().splitlines()
    assert bbc and all(json.loads(l)['source'] == 'BBC' for l in bbc)
    assert len(exported(ctx, db, 'jsonl', '--limit', '3').decode().splitlines()) == 3


def test_export_csv(ctx):
    db = archive(ctx)
    data = exported(ctx, db, 'csv')
    assert data.endswith(b'\r\n')
    # Every record ends with CRLF; LF alone appears only inside quoted fields.
    rows = list(csv.reader(io.StringIO(data.decode('utf-8'), newline='')))
    header = rows[0]
    assert header[:8] == ['id', 'url', 'title', 'published', 'updated', 'source', 'dateline', 'author']
    assert 'body' in header and 'read_also' in header and 'related' in header
    records = rows[1:]
    assert len(records) == len(listing(ctx, db))
    assert all(len(r) == len(header) for r in records)
    for r in records:
        for cell in r:
            assert not cell or cell[0] not in '=+-@\t\r', cell
    by_id = {int(r[0]): r for r in records}
    sample = listing(ctx, db, '--source', 'BBC')[0]
    assert by_id[sample['id']][header.index('title')] == sample['title']


def test_export_tei_is_well_formed_and_valid(ctx):
    db = archive(ctx)
    path = os.path.join(ctx.tmp, 'out.xml')
    ok(ctx, ['export', '--db', db, '--format', 'tei', '--out', path, '--quiet'])
    rng = ctx.path('tests', 'data', 'export', 'akhbar-tei.rng')
    for args in (['--noout'], ['--noout', '--relaxng', rng]):
        r = subprocess.run(['xmllint', *args, path], capture_output=True, text=True)
        assert r.returncode == 0, r.stderr[-2000:]
    with open(path, encoding='utf-8') as f:
        text = f.read()
    assert '<teiCorpus xmlns="http://www.tei-c.org/ns/1.0">' in text
    assert text.count('<TEI ') == len(listing(ctx, db))


def test_export_es_bulk_and_mapping(ctx):
    db = archive(ctx)
    lines = exported(ctx, db, 'es-bulk', '--index', 'news').decode().splitlines()
    assert len(lines) == 2 * len(listing(ctx, db))
    mapping = json.loads(ok(ctx, ['export', '--es-mapping']).stdout)
    props = mapping['mappings']['properties']
    assert props['body']['analyzer'] == 'arabic' and props['title']['analyzer'] == 'arabic'
    for action, doc in zip(lines[::2], lines[1::2]):
        a = json.loads(action)['index']
        d = json.loads(doc)
        assert a['_index'] == 'news' and a['_id'] == str(d['id'])
        assert set(d) <= set(props), set(d) - set(props)


def files(ctx):
    """The test folder's files but the archive (and SQLite's -wal/-shm next to it)."""
    return sorted(f for f in os.listdir(ctx.tmp) if not f.startswith('a.db'))


def test_export_out_is_atomic(ctx):
    db = archive(ctx)
    out = os.path.join(ctx.tmp, 'out.jsonl')
    r = ok(ctx, ['export', '--db', db, '--out', out, '--quiet'])
    assert r.stdout == ''
    with open(out, 'rb') as f:
        assert f.read() == exported(ctx, db, 'jsonl')
    assert files(ctx) == ['out.jsonl']
    r = ctx.run(['export', '--db', db, '--out', out])
    assert r.returncode == 0 and 'exported' in r.stderr and out in r.stderr
    # A failing export leaves the old file alone and no temporary file behind.
    with open(out, 'w') as f:
        f.write('old\n')
    one_line_error(ctx.run(['export', '--db', os.path.join(ctx.tmp, 'none.db'), '--out', out]), 1, 'no archive')
    with open(out) as f:
        assert f.read() == 'old\n'
    one_line_error(ctx.run(['export', '--db', db, '--out', os.path.join(ctx.tmp, 'no', 'such', 'dir.jsonl')]), 1,
                   'cannot create')
    assert files(ctx) == ['out.jsonl']


def test_export_to_full_disk_fails_cleanly(ctx):
    if not os.path.exists('/dev/full'):
        return
    db = archive(ctx)
    with open('/dev/full', 'wb') as full:
        p = subprocess.run([ctx.akhbar, 'export', '--db', db], stdout=full, stderr=subprocess.PIPE, text=True)
    assert p.returncode == 1, p.stderr
    assert p.stderr.startswith('akhbar: error: cannot write output') and len(p.stderr.splitlines()) == 1, p.stderr


# ---- import ----------------------------------------------------------------------------------

def roundtrip(ctx, db, fmt):
    first = os.path.join(ctx.tmp, 'first.' + fmt)
    ok(ctx, ['export', '--db', db, '--format', fmt, '--out', first, '--quiet'])
    new_db = os.path.join(ctx.tmp, fmt + '.db')
    r = ctx.run(['import', first, '--db', new_db])
    assert r.returncode == 0, r.stderr
    again = exported(ctx, new_db, fmt)
    with open(first, 'rb') as f:
        original = f.read()
    return original, again, new_db, r


def test_jsonl_export_import_export_gives_the_same_bytes(ctx):
    db = archive(ctx)
    original, again, new_db, r = roundtrip(ctx, db, 'jsonl')
    assert again == original
    assert r.stderr.startswith('akhbar: imported ')
    # The imported archive answers queries like the original.
    assert listing(ctx, new_db) == listing(ctx, db)


def test_tei_export_import_export_gives_the_same_bytes(ctx):
    db = archive(ctx)
    original, again, new_db, _ = roundtrip(ctx, db, 'tei')
    assert again == original
    assert exported(ctx, new_db, 'jsonl') == exported(ctx, db, 'jsonl')


def test_import_twice_adds_nothing(ctx):
    db = archive(ctx)
    path = os.path.join(ctx.tmp, 'x.jsonl')
    ok(ctx, ['export', '--db', db, '--out', path, '--quiet'])
    new_db = os.path.join(ctx.tmp, 'n.db')
    ok(ctx, ['import', path, '--db', new_db, '--quiet'])
    before = exported(ctx, new_db, 'jsonl')
    ok(ctx, ['import', path, '--db', new_db, '--quiet'])
    assert exported(ctx, new_db, 'jsonl') == before


def test_import_errors(ctx):
    db = archive(ctx)
    path = os.path.join(ctx.tmp, 'x.jsonl')
    ok(ctx, ['export', '--db', db, '--out', path, '--quiet', '--limit', '3'])
    with open(path, 'a') as f:
        f.write('{"title": 5}\n')
    new_db = os.path.join(ctx.tmp, 'n.db')
    r = ctx.run(['import', path, '--db', new_db, '--quiet'])
    one_line_error(r, 1, f'{path}:4: "title" is not a string (the 3 records before it imported)')
    assert len(exported(ctx, new_db, 'jsonl').splitlines()) == 3, 'the records before the bad one stay'
    r = ctx.run(['import', os.path.join(ctx.tmp, 'missing.jsonl'), '--db', new_db, '--quiet'])
    one_line_error(r, 1, 'missing.jsonl: cannot open')
    csv_path = os.path.join(ctx.tmp, 'x.csv')
    ok(ctx, ['export', '--db', db, '--format', 'csv', '--out', csv_path, '--quiet'])
    one_line_error(ctx.run(['import', csv_path, '--db', new_db, '--quiet']), 1, 'neither a jsonl nor a TEI export')


def test_import_from_stdin(ctx):
    db = archive(ctx)
    data = exported(ctx, db, 'jsonl', '--limit', '2').decode()
    new_db = os.path.join(ctx.tmp, 'n.db')
    r = ctx.run(['import', '-', '--db', new_db], stdin=data)
    assert r.returncode == 0, r.stderr
    assert r.stderr == 'akhbar: imported 2 articles\n' or r.stderr.startswith('akhbar: imported '), r.stderr
    assert exported(ctx, new_db, 'jsonl').decode() == data


# ---- docs ------------------------------------------------------------------------------------

def test_every_command_is_documented(ctx):
    top = ok(ctx, ['--help']).stdout
    commands = []
    for line in top.split('Subcommands:')[1].strip('\n').splitlines():
        if not line.strip():
            break
        commands.append(line.split()[0])
    with open(ctx.path('docs', 'cli.md'), encoding='utf-8') as f:
        doc = f.read()
    for c in commands:
        assert f'\n## akhbar {c}\n' in doc, f'docs/cli.md has no section for {c}'
        page = ctx.path('docs', 'man', f'akhbar-{c}.1')
        assert os.path.exists(page), f'no man page for {c}: run scripts/gen-man.py --akhbar BUILD/akhbar'
        with open(page, encoding='utf-8') as f:
            assert f'akhbar {c}' in f.read().replace('\\-', '-')


harness.main(globals())
