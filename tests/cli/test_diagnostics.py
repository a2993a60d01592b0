"""Diagnostics over many inputs (issue 12, "speaks calmly"): ingest, parse and reparse print every
error but only the first 3 warnings of each kind, then one line counting warnings by kind;
--all-warnings prints them all; --log FILE keeps every diagnostic as JSON Lines; --summary json has
the counts by kind; -q prints errors only."""
import json
import os
import sqlite3
import sys

sys.path.insert(0, os.path.dirname(__file__))
import harness  # noqa: E402

SHOWN = 3  # Reporter::shown_per_kind
ARTICLE = 'القاهرة - أعلنت وزارة الصحة المصرية اليوم عن افتتاح مستشفى جديد في العاصمة بحضور عدد من المسؤولين.\n'
LOG_KEYS = ['severity', 'kind', 'file', 'record', 'line', 'byte', 'message']


def make_inputs(ctx):
    """A folder with 7 English-only files, 5 JSON Lines records with an identifier as author, one
    malformed JSON Lines record, one binary file and one good article. Returns (folder, paths)."""
    d = os.path.join(ctx.tmp, 'in')
    os.makedirs(d)
    paths = {}

    def write(name, data):
        p = os.path.join(d, name)
        with open(p, 'wb') as f:
            f.write(data if isinstance(data, bytes) else data.encode('utf-8'))
        paths[name] = p
        return p

    for i in range(7):
        write(f'english{i}.txt', f'This is an English page number {i}, with no Arabic letter in it.\n')
    lines = [json.dumps({'title': 'خبر رقم %d' % i, 'body': ARTICLE + 'رقم %d' % i,
                         'author': '658c12ed-70e2-45ce-a111-3f759f60%04d' % i}, ensure_ascii=False)
             for i in range(5)]
    lines.insert(2, '{"title": "broken", ')
    write('feed.jsonl', '\n'.join(lines) + '\n')
    write('image.png', b'\x89PNG\r\n\x1a\n' + bytes(range(256)) * 8)
    write('good.txt', ARTICLE)
    return d, paths


def warnings_and_errors(stderr):
    lines = stderr.splitlines()
    return ([l for l in lines if l.startswith('akhbar: warning: ')],
            [l for l in lines if l.startswith('akhbar: error: ')])


def read_log(path):
    with open(path, encoding='utf-8') as f:
        rows = [json.loads(line) for line in f]
    for row in rows:
        assert list(row) == LOG_KEYS, row
    return rows


def test_ingest_shows_the_first_of_each_kind_and_counts_the_rest(ctx):
    d, paths = make_inputs(ctx)
    db = os.path.join(ctx.tmp, 'a.db')
    log = os.path.join(ctx.tmp, 'run.log')
    r = ctx.run(['ingest', '--db', db, '--log', log, d])
    assert r.returncode == 1, r.stderr  # an input failed (the binary file, the malformed line)
    warnings, errors = warnings_and_errors(r.stderr)
    no_arabic = [w for w in warnings if w.endswith(': no Arabic text')]
    author = [w for w in warnings if 'ignored the input\'s author field' in w]
    assert no_arabic == [f'akhbar: warning: {paths[f"english{i}.txt"]}: no Arabic text' for i in range(SHOWN)], r.stderr
    assert len(author) == SHOWN and len(warnings) == 2 * SHOWN, r.stderr
    assert author[0] == (f'akhbar: warning: {paths["feed.jsonl"]}:0: ignored the input\'s author field '
                         '"658c12ed-70e2-45ce-a111-3f759f600000": an identifier, not a name'), r.stderr
    assert errors == [f'akhbar: error: {paths["feed.jsonl"]}:3: malformed JSON record: '
                      + errors[0].split(': malformed JSON record: ')[1],
                      f'akhbar: error: {paths["image.png"]}: binary file, skipped'], r.stderr
    assert errors[0].endswith(', skipped'), errors
    last = r.stderr.splitlines()[-1]
    assert last == (f'ingest: warnings: 7 no-arabic-text, 5 input-author-ignored '
                    f'(first {SHOWN} of each kind shown; all in {log})'), r.stderr
    assert '; 12 warnings, 2 errors;' in r.stderr.splitlines()[-2], r.stderr

    rows = read_log(log)
    assert len(rows) == 14, rows
    kinds = {}
    for row in rows:
        kinds[row['kind']] = kinds.get(row['kind'], 0) + 1
    assert kinds == {'no-arabic-text': 7, 'input-author-ignored': 5, 'malformed-json': 1, 'binary-file': 1}, kinds
    bad = [row for row in rows if row['kind'] == 'malformed-json'][0]
    assert bad == {'severity': 'error', 'kind': 'malformed-json', 'file': paths['feed.jsonl'], 'record': 2,
                   'line': 3, 'byte': None, 'message': bad['message']}, bad
    assert bad['message'].startswith('malformed JSON record: '), bad
    english = [row for row in rows if row['kind'] == 'no-arabic-text'][6]
    assert english == {'severity': 'warning', 'kind': 'no-arabic-text', 'file': paths['english6.txt'],
                       'record': None, 'line': None, 'byte': None, 'message': 'no Arabic text'}, english
    author_rows = [row for row in rows if row['kind'] == 'input-author-ignored']
    # The malformed line keeps its place in the numbering, as record 2.
    assert [row['record'] for row in author_rows] == [0, 1, 3, 4, 5], author_rows
    assert all(row['file'] == paths['feed.jsonl'] and row['line'] is None for row in author_rows), author_rows


def test_ingest_summary_json_counts_by_kind(ctx):
    d, _ = make_inputs(ctx)
    db = os.path.join(ctx.tmp, 'a.db')
    r = ctx.run(['ingest', '--db', db, '--summary', 'json', d])
    assert r.returncode == 1, r.stderr
    s = json.loads(r.stdout)
    assert s['warnings'] == 12 and s['errors'] == 2, s
    assert s['warnings_by_kind'] == {'input-author-ignored': 5, 'no-arabic-text': 7}, s
    assert s['errors_by_kind'] == {'binary-file': 1, 'malformed-json': 1}, s


def test_quiet_prints_errors_only(ctx):
    d, paths = make_inputs(ctx)
    db = os.path.join(ctx.tmp, 'a.db')
    log = os.path.join(ctx.tmp, 'run.log')
    r = ctx.run(['ingest', '--db', db, '-q', '--log', log, d])
    assert r.returncode == 1, r.stderr
    lines = r.stderr.splitlines()
    assert len(lines) == 2 and all(l.startswith('akhbar: error: ') for l in lines), r.stderr
    assert len(read_log(log)) == 14  # the log keeps everything, quiet or not
    r = ctx.run(['parse', '-q', d])
    assert r.returncode == 1
    lines = r.stderr.splitlines()
    assert len(lines) == 2 and all(l.startswith('akhbar: error: ') for l in lines), r.stderr


def test_all_warnings_prints_every_one(ctx):
    d, _ = make_inputs(ctx)
    r = ctx.run(['parse', '--all-warnings', d])
    assert r.returncode == 1, r.stderr
    warnings, errors = warnings_and_errors(r.stderr)
    assert len(warnings) == 12 and len(errors) == 2, r.stderr
    assert 'parse: warnings:' not in r.stderr, r.stderr


def test_parse_summarizes_and_logs_too(ctx):
    d, _ = make_inputs(ctx)
    log = os.path.join(ctx.tmp, 'parse.log')
    r = ctx.run(['parse', '--log', log, d])
    assert r.returncode == 1, r.stderr
    assert len(r.stdout.splitlines()) == 6, r.stdout  # 5 JSON Lines records and good.txt
    warnings, errors = warnings_and_errors(r.stderr)
    assert len(warnings) == 2 * SHOWN and len(errors) == 2, r.stderr
    assert r.stderr.splitlines()[-1] == (f'parse: warnings: 7 no-arabic-text, 5 input-author-ignored '
                                         f'(first {SHOWN} of each kind shown; all in {log})'), r.stderr
    assert len(read_log(log)) == 14


def test_few_warnings_print_as_before(ctx):
    p = os.path.join(ctx.tmp, 'en.txt')
    with open(p, 'w') as f:
        f.write('English only.\n')
    r = ctx.run(['parse', p])
    assert r.returncode == 0
    assert r.stderr == f'akhbar: warning: {p}: no Arabic text\n', r.stderr


def test_log_that_cannot_be_written_is_a_usage_error(ctx):
    d, _ = make_inputs(ctx)
    bad = os.path.join(ctx.tmp, 'no-such-folder', 'run.log')
    db = os.path.join(ctx.tmp, 'a.db')
    for args in (['ingest', '--db', db], ['parse'], ['reparse', '--db', db]):
        r = ctx.run(args + ['--log', bad] + ([d] if args[0] != 'reparse' else []))
        assert r.returncode == 2, (args, r.stderr)
        assert r.stderr == f"akhbar: error: --log: cannot write '{bad}': No such file or directory\n", r.stderr
        assert r.stdout == ''
    assert not os.path.exists(db)  # ingest stopped before creating the archive


def test_reparse_logs_its_warnings(ctx):
    d, _ = make_inputs(ctx)
    db = os.path.join(ctx.tmp, 'a.db')
    r = ctx.run(['ingest', '--db', db, '-q', d])
    assert r.returncode == 1, r.stderr
    log = os.path.join(ctx.tmp, 'reparse.log')
    r = ctx.run(['reparse', '--db', db, '--log', log])
    assert r.returncode == 0, r.stderr
    rows = read_log(log)
    assert [row['kind'] for row in rows] == ['input-author-ignored'] * 5, rows
    warnings, _ = warnings_and_errors(r.stderr)
    assert len(warnings) == SHOWN, r.stderr
    assert r.stderr.splitlines()[-1] == (f'reparse: warnings: 5 input-author-ignored '
                                         f'(first {SHOWN} of each kind shown; all in {log})'), r.stderr
    r = ctx.run(['reparse', '--db', db, '-q'])
    assert r.returncode == 0 and r.stderr == '', r.stderr


def test_archive_write_failure_is_counted_and_logged(ctx):
    d, _ = make_inputs(ctx)
    db = os.path.join(ctx.tmp, 'a.db')
    r = ctx.run(['ingest', '--db', db, '-q', os.path.join(d, 'good.txt')])
    assert r.returncode == 0, r.stderr
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute('BEGIN IMMEDIATE')  # another writer holds the lock
    try:
        log = os.path.join(ctx.tmp, 'run.log')
        r = ctx.run(['ingest', '--db', db, '--wait', '0', '--summary', 'json', '--log', log, d])
    finally:
        holder.execute('ROLLBACK')
        holder.close()
    assert r.returncode == 1, r.stderr
    message = f'{db}: the archive is locked by another writer'
    assert f'akhbar: error: {message}' in r.stderr, r.stderr
    s = json.loads(r.stdout)
    assert s['errors_by_kind'].get('archive-write') == 1, s
    rows = [row for row in read_log(log) if row['kind'] == 'archive-write']
    assert len(rows) == 1 and rows[0]['severity'] == 'error', rows
    assert f"{rows[0]['file']}: {rows[0]['message']}".startswith(message), rows


harness.main(globals())
