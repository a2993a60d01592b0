"""ingest, search and reparse end to end: idempotence, crash safety (SIGKILL at random points),
Ctrl-C, a locked archive, a read-only archive, a missing archive, malformed queries."""
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import zlib

sys.path.insert(0, os.path.dirname(__file__))
import harness  # noqa: E402

ARTICLES = {
    'oil.txt': 'ارتفاع أسعار النفط\nارتفعت أسعار النفط اليوم في الأسواق العالمية بعد قرار أوبك.\n',
    'gold.txt': 'تراجع الذهب\nتراجع سعر الذهب بينما استقرت أسعار النفط في التعاملات المبكرة.\n',
    'rain.txt': 'الطقس\nأمطار غزيرة على السواحل الشمالية والإنتخابات مؤجلة بسبب السيول.\n',
}


def write_inputs(ctx, files=ARTICLES):
    folder = os.path.join(ctx.tmp, 'in')
    os.makedirs(folder, exist_ok=True)
    for name, text in files.items():
        with open(os.path.join(folder, name), 'w', encoding='utf-8') as f:
            f.write(text)
    return folder


def ingest(ctx, db, *paths, extra=()):
    r = ctx.run(['ingest', '--db', db, '--summary', 'json', '-j', '2', *extra, *paths])
    summary = json.loads(r.stdout) if r.stdout.strip() else None
    return r, summary


def corpus_subset(ctx, n):
    """The first n files of SaudiNewsNet's split folder, copied so that paths are stable."""
    src = ctx.shared('corpus', 'saudinewsnet', 'split')
    names = sorted(os.listdir(src))[:n]
    dst = os.path.join(ctx.tmp, 'corpus')
    os.makedirs(dst, exist_ok=True)
    for name in names:
        shutil.copy(os.path.join(src, name), os.path.join(dst, name))
    return dst


def blocks(blob, size):
    """Decodes the archive's compressed body: per block a type byte, a 4-byte length, the text."""
    plain = zlib.decompress(blob)
    assert len(plain) == size
    out, i = [], 0
    while i < len(plain):
        n = int.from_bytes(plain[i + 1:i + 5], 'little')
        out.append((chr(plain[i]), plain[i + 5:i + 5 + n].decode('utf-8')))
        i += 5 + n
    return out


def content(db):
    """What an archive holds, independent of ids: each article's title and body, inputs, pairs."""
    c = sqlite3.connect(db)
    assert c.execute('PRAGMA integrity_check').fetchone()[0] == 'ok'
    articles = sorted(
        (t or '', repr(blocks(data, size)) if data is not None else '', parent is not None)
        for t, data, size, parent in c.execute(
            'SELECT a.title, b.data, b.size, a.parent_id FROM articles a LEFT JOIN blocks b ON b.article_id = a.id'))
    inputs = sorted(c.execute('SELECT path, record, sha256, duplicate FROM inputs').fetchall())
    fts = c.execute("SELECT count(*) FROM fts WHERE fts MATCH '\"ال\" *'").fetchone()[0]
    near = c.execute('SELECT count(*) FROM near_duplicates').fetchone()[0]
    c.close()
    return articles, inputs, fts, near


def test_ingest_then_search(ctx):
    folder = write_inputs(ctx)
    db = os.path.join(ctx.tmp, 'a.db')
    r, s = ingest(ctx, db, folder)
    assert r.returncode == 0, r.stderr
    assert s['files'] == 3 and s['stored'] == 3 and s['duplicates'] == 0 and s['errors'] == 0, s
    r = ctx.run(['search', '--db', db, 'النفط'])
    assert r.returncode == 0, r.stderr
    rows = [line.split('\t') for line in r.stdout.splitlines()]
    assert len(rows) == 2, r.stdout
    # Title weighted above body: the article with النفط in its title comes first.
    assert rows[0][4] == 'ارتفاع أسعار النفط', rows
    assert all(len(row) == 7 for row in rows), rows
    assert '[النفط]' in rows[1][6], rows[1]
    # Spelling variants meet: the query's hamza form finds the text's, and back.
    r = ctx.run(['search', '--db', db, 'الانتخابات'])
    assert r.returncode == 0 and len(r.stdout.splitlines()) == 1 and '[والإنتخابات]' in r.stdout, r.stdout
    r = ctx.run(['search', '--db', db, '--format', 'json', '"أسعار النفط" NOT الذهب'])
    hits = [json.loads(line) for line in r.stdout.splitlines()]
    assert len(hits) == 1 and hits[0]['title'] == 'ارتفاع أسعار النفط', hits
    r = ctx.run(['search', '--db', db, 'كلمةغيرموجودة'])
    assert r.returncode == 0 and r.stdout == '', (r.stdout, r.stderr)


def test_text_summary_and_quiet(ctx):
    folder = write_inputs(ctx)
    db = os.path.join(ctx.tmp, 'a.db')
    r = ctx.run(['ingest', '--db', db, folder])
    assert r.returncode == 0 and r.stdout == '', r.stdout
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith('ingest: 3 files read, 3 records: 3 articles stored'), r.stderr
    r = ctx.run(['ingest', '--db', db, '--quiet', folder])
    assert r.returncode == 0 and r.stdout == '' and r.stderr == '', r.stderr


def test_ingest_is_idempotent_and_dedups(ctx):
    folder = write_inputs(ctx)
    db = os.path.join(ctx.tmp, 'a.db')
    _, first = ingest(ctx, db, folder)
    before = content(db)
    r, again = ingest(ctx, db, folder)
    assert r.returncode == 0, r.stderr
    assert again['stored'] == 0 and again['already_archived'] == 3, again
    assert content(db) == before
    # The same article under another name is stored once, with the copy recorded as a source.
    copy = os.path.join(ctx.tmp, 'copy')
    os.makedirs(copy)
    shutil.copy(os.path.join(folder, 'oil.txt'), os.path.join(copy, 'oil-again.txt'))
    r, s = ingest(ctx, db, copy)
    assert s['stored'] == 0 and s['duplicates'] == 1, s
    articles, inputs, _, _ = content(db)
    assert len(articles) == 3 and len(inputs) == 4 and sum(i[3] for i in inputs) == 1, inputs


def test_missing_archive_is_not_created(ctx):
    db = os.path.join(ctx.tmp, 'none.db')
    r = ctx.run(['search', '--db', db, 'النفط'])
    assert r.returncode == 1
    assert r.stderr == f'akhbar: error: no archive at {db} — create one with `akhbar ingest`\n', r.stderr
    assert not os.path.exists(db)
    r = ctx.run(['search', 'النفط'], env={'AKHBAR_DB': db})
    assert r.returncode == 1 and 'no archive at' in r.stderr and not os.path.exists(db)


def test_bad_queries_are_one_line_usage_errors(ctx):
    folder = write_inputs(ctx)
    db = os.path.join(ctx.tmp, 'a.db')
    ingest(ctx, db, folder)
    for query, why in [('"النفط', 'a quote is not closed'), ('OR النفط', 'OR needs a word on each side'),
                       ('(النفط', "a '(' is not closed"), ('NOT النفط', 'NOT needs a word before it')]:
        r = ctx.run(['search', '--db', db, query])
        assert r.returncode == 2, (query, r.returncode, r.stderr)
        lines = r.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith(f'akhbar: error: bad query "{query}": {why}'), r.stderr
        assert 'sqlite' not in r.stderr.lower() and 'fts5' not in r.stderr.lower()
    r = ctx.run(['search', '--db', db, 'النفط', '--since', '2024-13'])
    assert r.returncode == 2 and len(r.stderr.splitlines()) == 1, r.stderr


def test_newer_schema_and_foreign_files_are_refused(ctx):
    folder = write_inputs(ctx)
    db = os.path.join(ctx.tmp, 'a.db')
    ingest(ctx, db, folder)
    c = sqlite3.connect(db)
    c.execute('PRAGMA user_version = 42')
    c.close()
    for args in (['search', 'النفط'], ['ingest', folder]):
        r = ctx.run([args[0], '--db', db, *args[1:]])
        assert r.returncode == 1, r.stderr
        assert r.stderr.startswith(f'akhbar: error: {db}: written by a newer akhbar (schema version 42); this akhbar '
                                   'reads schema versions up to '), r.stderr
    text = os.path.join(ctx.tmp, 'notes.txt')
    with open(text, 'w') as f:
        f.write('just some notes, not an archive\n' * 40)
    r = ctx.run(['ingest', '--db', text, folder])
    assert r.returncode == 1 and r.stderr.strip() == f'akhbar: error: {text}: not an akhbar archive (not an SQLite database)', r.stderr


def test_locked_archive_waits_then_fails(ctx):
    folder = write_inputs(ctx)
    db = os.path.join(ctx.tmp, 'a.db')
    ingest(ctx, db, folder)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute('BEGIN IMMEDIATE')
    try:
        t0 = time.monotonic()
        extra = os.path.join(ctx.tmp, 'more')
        write_inputs(ctx, {})
        os.makedirs(extra)
        with open(os.path.join(extra, 'x.txt'), 'w', encoding='utf-8') as f:
            f.write('خبر جديد\nنص خبر جديد عن الاقتصاد.\n')
        r = ctx.run(['ingest', '--db', db, '--wait', '1', extra])
        waited = time.monotonic() - t0
        assert r.returncode == 1, r.stderr
        assert f'akhbar: error: {db}: the archive is locked by another writer' in r.stderr, r.stderr
        assert waited >= 0.9, waited
        # Searching is not blocked by the writer.
        r = ctx.run(['search', '--db', db, 'النفط'])
        assert r.returncode == 0 and len(r.stdout.splitlines()) == 2, r.stderr
    finally:
        holder.execute('ROLLBACK')
        holder.close()
    r, s = ingest(ctx, db, extra)
    assert r.returncode == 0 and s['stored'] == 1, r.stderr


def test_read_only_archive(ctx):
    folder = write_inputs(ctx)
    db = os.path.join(ctx.tmp, 'a.db')
    ingest(ctx, db, folder)
    more = os.path.join(ctx.tmp, 'more')
    os.makedirs(more)
    with open(os.path.join(more, 'x.txt'), 'w', encoding='utf-8') as f:
        f.write('خبر جديد\nنص خبر جديد عن الاقتصاد.\n')
    os.chmod(db, 0o444)
    os.chmod(ctx.tmp, 0o755)
    os.chmod(more, 0o755)
    # root ignores file modes: run the binary as nobody then.
    prefix = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] if os.geteuid() == 0 else []
    env = dict(os.environ)
    env.pop('AKHBAR_DB', None)
    r = subprocess.run([*prefix, ctx.akhbar, 'ingest', '--db', db, more], capture_output=True, text=True, env=env,
                       cwd=ctx.tmp)
    assert r.returncode == 1, (r.returncode, r.stderr)
    assert r.stderr.strip().startswith(f'akhbar: error: {db}: cannot write to the archive'), r.stderr
    assert 'sqlite' not in r.stderr.lower()
    r = subprocess.run([*prefix, ctx.akhbar, 'search', '--db', db, 'النفط'], capture_output=True, text=True, env=env,
                       cwd=ctx.tmp)
    assert r.returncode == 0 and len(r.stdout.splitlines()) == 2, r.stderr
    os.chmod(db, 0o644)
    assert len(content(db)[0]) == 3


def test_disk_full_keeps_committed_batches(ctx):
    src = corpus_subset(ctx, 300)
    db = os.path.join(ctx.tmp, 'a.db')
    ingest(ctx, db, os.path.join(src, sorted(os.listdir(src))[0]))
    import resource

    def limit():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (300_000, 300_000))
    env = dict(os.environ)
    env.pop('AKHBAR_DB', None)
    r = subprocess.run([ctx.akhbar, 'ingest', '--db', db, '--batch', '20', src], capture_output=True, text=True,
                       env=env, preexec_fn=limit)
    assert r.returncode == 1, r.stderr
    assert f'akhbar: error: {db}: cannot write to the archive' in r.stderr, r.stderr
    assert 'everything committed before is kept' in r.stderr, r.stderr
    articles, inputs, _, _ = content(db)
    assert 0 < len(inputs) < 300, len(inputs)
    r, s = ingest(ctx, db, src)
    assert r.returncode == 0, r.stderr
    assert s['already_archived'] == len(inputs), s


def test_killed_ingest_resumes_without_duplicates(ctx):
    src = corpus_subset(ctx, 400)
    clean = os.path.join(ctx.tmp, 'clean.db')
    r, s = ingest(ctx, clean, src)
    assert r.returncode == 0 and s['files'] == 400, (r.stderr, s)
    expected = content(clean)
    records = s['records']
    elapsed = s['seconds']
    db = os.path.join(ctx.tmp, 'crash.db')
    rng = random.Random(6)
    env = dict(os.environ)
    env.pop('AKHBAR_DB', None)
    for attempt in range(5):
        p = subprocess.Popen([ctx.akhbar, 'ingest', '--db', db, '-j', '2', '--batch', '25', '--quiet', src],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        time.sleep(rng.uniform(0.02, max(0.1, elapsed * 0.8)))
        p.send_signal(signal.SIGKILL)
        p.wait()
        if os.path.exists(db) and harness.schema_version(db) > 0:
            content(db)  # consistent after every kill (integrity check inside)
    r, s = ingest(ctx, db, src)
    assert r.returncode == 0, r.stderr
    assert content(db) == expected
    r, s = ingest(ctx, db, src)
    assert s['stored'] == 0 and s['already_archived'] == records, s


def test_ctrl_c_stops_after_the_batch(ctx):
    src = corpus_subset(ctx, 400)
    db = os.path.join(ctx.tmp, 'a.db')
    env = dict(os.environ)
    env.pop('AKHBAR_DB', None)
    p = subprocess.Popen([ctx.akhbar, 'ingest', '--db', db, '-j', '1', '--batch', '10', '--summary', 'json', src],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        time.sleep(0.05)
        if os.path.exists(db):
            try:
                c = sqlite3.connect(db)
                n = c.execute('SELECT count(*) FROM inputs').fetchone()[0]
                c.close()
                if n >= 20:
                    break
            except sqlite3.Error:
                pass
    p.send_signal(signal.SIGINT)
    out, err = p.communicate(timeout=60)
    if p.returncode == 0:
        return  # finished before the signal arrived: nothing to check
    assert p.returncode == 130, (p.returncode, err)
    assert 'interrupted' in err, err
    s = json.loads(out)
    assert s['interrupted'] is True, s
    _, inputs, _, _ = content(db)
    assert len(inputs) == s['stored'] + s['duplicates'], (len(inputs), s)
    r, s2 = ingest(ctx, db, src)
    assert r.returncode == 0 and s2['already_archived'] == len(inputs), s2
    assert len(content(db)[1]) == s2['records']


def test_search_while_ingesting(ctx):
    src = corpus_subset(ctx, 300)
    db = os.path.join(ctx.tmp, 'a.db')
    ingest(ctx, db, os.path.join(src, sorted(os.listdir(src))[0]))
    env = dict(os.environ)
    env.pop('AKHBAR_DB', None)
    p = subprocess.Popen([ctx.akhbar, 'ingest', '--db', db, '--batch', '20', '--quiet', src],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    searches = 0
    while p.poll() is None:
        r = ctx.run(['search', '--db', db, 'السعودية'])
        assert r.returncode == 0, r.stderr
        searches += 1
    assert p.returncode == 0, p.stderr.read()
    assert searches >= 1


def test_reparse_keeps_ids_and_content(ctx):
    src = corpus_subset(ctx, 60)
    db = os.path.join(ctx.tmp, 'a.db')
    ingest(ctx, db, src)
    before = content(db)
    c = sqlite3.connect(db)
    ids = c.execute('SELECT id, title FROM articles WHERE parent_id IS NULL ORDER BY id').fetchall()
    c.close()
    r = ctx.run(['reparse', '--db', db])
    assert r.returncode == 0, r.stderr
    assert r.stderr.startswith('reparse: 60 inputs re-segmented, 0 articles changed'), r.stderr
    assert content(db) == before
    c = sqlite3.connect(db)
    assert c.execute('SELECT id, title FROM articles WHERE parent_id IS NULL ORDER BY id').fetchall() == ids
    c.close()
    r = ctx.run(['search', '--db', db, 'السعودية'])
    assert r.returncode == 0 and r.stdout, r.stderr


def sql_dump(db):
    r = subprocess.run(['sqlite3', db, '.dump'], capture_output=True, text=True, check=True)
    return r.stdout


def test_failed_reparse_is_one_line_and_changes_nothing(ctx):
    folder = write_inputs(ctx)
    db = os.path.join(ctx.tmp, 'a.db')
    r, _ = ingest(ctx, db, folder)
    assert r.returncode == 0, r.stderr
    before = sql_dump(db)
    shown = ctx.run(['show', '--db', db, '2', '--format', 'json']).stdout
    assert json.loads(shown)['title'], shown
    rolled_back = 'and was rolled back, the archive is unchanged: archive operation failed: constraint failed'
    cases = [  # a trigger that makes one of reparse's updates fail, and what akhbar says
        ("BEFORE UPDATE ON articles BEGIN SELECT RAISE(ABORT, 'boom'); END",
         f'reparse failed {rolled_back} (boom)'),
        ("BEFORE UPDATE OF title ON articles WHEN old.id = 2 BEGIN SELECT RAISE(ABORT, 'boom'); END",
         f'reparse stopped at article 2 {rolled_back} (boom)'),
    ]
    for trigger, message in cases:
        c = sqlite3.connect(db)
        c.execute('CREATE TRIGGER fail_reparse ' + trigger)
        c.close()
        r = ctx.run(['reparse', '--db', db])
        assert r.returncode == 1, (trigger, r.returncode, r.stderr)
        assert r.stderr == f'akhbar: error: {db}: {message}\n', r.stderr
        assert r.stdout == ''
        c = sqlite3.connect(db)
        c.execute('DROP TRIGGER fail_reparse')
        c.close()
        assert sql_dump(db) == before, trigger
        r = ctx.run(['search', '--db', db, 'النفط', '--format', 'tsv'])
        assert r.returncode == 0 and len(r.stdout.splitlines()) == 2, r.stdout + r.stderr
        assert ctx.run(['show', '--db', db, '2', '--format', 'json']).stdout == shown
    r = ctx.run(['reparse', '--db', db])
    assert r.returncode == 0, r.stderr
    assert r.stderr.startswith('reparse: 3 inputs re-segmented, 0 articles changed'), r.stderr


def test_html_link_addresses_survive_ingest_and_reparse(ctx):
    page = ('<html><head><meta charset="utf-8"><link rel="canonical" href="https://news.example.com/eco/oil">'
            '<title>ارتفاع أسعار النفط | صحيفة الأخبار</title></head><body><article>'
            '<h1>ارتفاع أسعار النفط</h1><p>لندن (رويترز) - ارتفعت أسعار النفط اليوم بعد تراجع مخزونات الخام في '
            'الولايات المتحدة أكثر من المتوقع.</p><h3>اقرأ أيضا</h3><ul><li><a href="/a1">الذهب يتراجع مع صعود '
            'الدولار</a></li></ul><p>وقال محللون إن الطلب القوي على الوقود في الصيف يدعم الأسعار.</p>'
            '</article><div><h4>الأكثر قراءة</h4><ul><li><a href="/a2">البورصة المصرية تربح 10 مليارات</a></li>'
            '<li><a href="/a3">حالة الطقس غدا في القاهرة</a></li></ul></div></body></html>')
    path = os.path.join(ctx.tmp, 'oil.html')
    with open(path, 'w', encoding='utf-8') as f:
        f.write(page)
    r = ctx.run(['parse', path])
    assert r.returncode == 0, r.stderr
    rec = json.loads(r.stdout)
    assert rec['title'] == 'ارتفاع أسعار النفط'
    want = [{'title': 'الذهب يتراجع مع صعود الدولار', 'url': 'https://news.example.com/a1'}]
    assert rec['read_also'] == want, rec['read_also']
    related = [{'title': 'البورصة المصرية تربح 10 مليارات', 'url': 'https://news.example.com/a2'},
               {'title': 'حالة الطقس غدا في القاهرة', 'url': 'https://news.example.com/a3'}]
    assert rec['related'] == related, rec['related']
    db = os.path.join(ctx.tmp, 'a.db')
    for args in (['ingest', '--db', db, '-q', path], ['reparse', '--db', db, '-q']):
        r = ctx.run(args)
        assert r.returncode == 0, r.stderr
        r = ctx.run(['show', '--db', db, '1', '--format', 'json'])
        assert r.returncode == 0, r.stderr
        shown = json.loads(r.stdout)
        assert shown['read_also'] == want and shown['related'] == related, r.stdout


harness.main(globals())
