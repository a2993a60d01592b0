"""merge end to end: shards merged equal one ingest of the union (articles, inputs, exact and near
duplicate pairs, links, search), merging twice adds nothing, a killed merge resumes, bad shards are
refused with one line each while the others merge."""
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
}


def ingest(ctx, db, *paths):
    r = ctx.run(['ingest', '--db', db, '--summary', 'json', '-j', '2', *paths])
    assert r.returncode in (0, 1), r.stderr
    return json.loads(r.stdout)


def merge(ctx, out, *shards, extra=()):
    r = ctx.run(['merge', '--summary', 'json', *extra, out, *shards])
    return r, (json.loads(r.stdout) if r.stdout.strip() else None)


def body(blob, size):
    """The archive's compressed body as text (per block: a type byte, a 4-byte length, the text)."""
    if blob is None:
        return ''
    plain = zlib.decompress(blob)
    assert len(plain) == size
    return plain


def content(db):
    """What an archive holds, independent of ids: every article keyed by its original input (a
    read-also article by its parent's key and link), with its rows, inputs, links and pairs."""
    c = sqlite3.connect(db)
    assert c.execute('PRAGMA integrity_check').fetchone()[0] == 'ok'
    key = {}
    for aid, path, record, sha in c.execute(
            'SELECT article_id, path, record, sha256 FROM inputs WHERE duplicate = 0 ORDER BY id'):
        key.setdefault(aid, (sha, path, record))
    for cid, parent, kind, pos in c.execute(
            'SELECT child_id, article_id, kind, pos FROM links WHERE child_id IS NOT NULL'):
        key[cid] = (key[parent], kind, pos)
    articles = sorted((
        (key[aid], title or '', published or '', source or '', url or '', words, body(data, size), bh, sh)
        for aid, title, published, source, url, words, data, size, bh, sh in c.execute(
            'SELECT a.id, a.title, a.published, a.source, a.url, a.words, b.data, b.size, a.body_hash, a.simhash '
            'FROM articles a LEFT JOIN blocks b ON b.article_id = a.id')), key=repr)
    assert len(articles) == len(key), 'an article without an input'
    inputs = sorted(((path, record, sha, dup, key[aid], fmt, meta or '', ingested)
                    for path, record, sha, dup, aid, fmt, meta, ingested in c.execute(
                        'SELECT path, record, sha256, duplicate, article_id, format, meta, ingested FROM inputs')), key=repr)
    raws = sorted(c.execute('SELECT sha256, size, data FROM raws').fetchall())
    links = sorted(((key[aid], kind, pos, title, url or '', key.get(target))
                   for aid, kind, pos, title, url, target in c.execute(
                       'SELECT article_id, kind, pos, title, url, target_id FROM links')), key=repr)
    near = sorted((tuple(sorted((key[a], key[b]), key=repr)) + (d,)
                   for a, b, d in c.execute('SELECT a, b, distance FROM near_duplicates')), key=repr)
    indexed = c.execute("SELECT count(*) FROM fts WHERE fts MATCH '\"ال\" *'").fetchone()[0]
    c.close()
    return {'articles': articles, 'inputs': inputs, 'raws': raws, 'links': links, 'near': near,
            'indexed': indexed}


def same_content(a, b):
    # `ingested` is when a record was first ingested: the union was ingested at another moment.
    strip = [dict(x, inputs=[i[:-1] for i in x['inputs']]) for x in (a, b)]
    for k in strip[0]:
        assert strip[0][k] == strip[1][k], k


def search(ctx, db, query):
    r = ctx.run(['search', '--db', db, '--format', 'json', '--limit', '0', query])
    assert r.returncode == 0, r.stderr
    return [(h['title'], h.get('published'), h['snippet']) for h in map(json.loads, r.stdout.splitlines())]


def two_folders(ctx):
    """Folder a: the samples; folder b: two new articles, a copy of one sample (an exact duplicate
    across the shards) and another sample with one sentence changed (a near duplicate)."""
    a = os.path.join(ctx.tmp, 'a')
    shutil.copytree(ctx.path('samples'), a)
    b = os.path.join(ctx.tmp, 'b')
    os.makedirs(b)
    for name, text in ARTICLES.items():
        with open(os.path.join(b, name), 'w', encoding='utf-8') as f:
            f.write(text)
    shutil.copy(os.path.join(a, 'saudinewsnet_00011.txt'), os.path.join(b, 'copy.txt'))
    with open(os.path.join(a, 'saudinewsnet_00011.txt'), encoding='utf-8') as f:
        text = f.read()
    with open(os.path.join(b, 'edited.txt'), 'w', encoding='utf-8') as f:
        f.write(text.replace('أغلبهم سعوديون', 'أكثرهم سعوديون', 1))
    return a, b


def test_merged_shards_equal_one_ingest(ctx):
    a, b = two_folders(ctx)
    sa, sb, union, out = (os.path.join(ctx.tmp, n) for n in ('a.db', 'b.db', 'union.db', 'out.db'))
    ingest(ctx, sa, a)
    ingest(ctx, sb, b)
    u = ingest(ctx, union, a, b)
    assert u['duplicates'] == 1 and u['near_duplicates'] == 1, u
    r, s = merge(ctx, out, sa, sb)
    assert r.returncode == 0 and r.stderr == '', r.stderr
    assert s['shards'] == 2 and s['failed_shards'] == 0 and s['records'] == u['records'], s
    for k in ('stored', 'duplicates', 'near_duplicates', 'read_also_articles'):
        assert s[k] == u[k], (k, s, u)
    assert s['already_archived'] == 0, s
    same_content(content(out), content(union))
    for q in ('النفط', 'داعش', '"المحادثات ستستأنف"', 'العراق OR الذهب'):
        assert search(ctx, out, q) == search(ctx, union, q), q


def test_text_summary_and_usage(ctx):
    a, _ = two_folders(ctx)
    sa = os.path.join(ctx.tmp, 'a.db')
    ingest(ctx, sa, a)
    r = ctx.run(['merge', 'out.db', sa])
    assert r.returncode == 0 and r.stdout == '', r.stdout
    assert r.stderr.startswith('merge: 1 shards read, 0 failed, 4 records: 4 articles stored (+1 read-also), '
                               '0 exact duplicates, 0 near duplicates, 0 already archived; '), r.stderr
    r = ctx.run(['merge', '--quiet', 'out.db', sa])
    assert r.returncode == 0 and r.stdout == '' and r.stderr == '', r.stderr
    r = ctx.run(['merge', 'out.db'])
    assert r.returncode == 2
    assert r.stderr == 'akhbar: error: shards is required (see `akhbar merge --help`)\n', r.stderr


def test_merging_twice_adds_nothing(ctx):
    a, b = two_folders(ctx)
    sa, sb, out = (os.path.join(ctx.tmp, n) for n in ('a.db', 'b.db', 'out.db'))
    ingest(ctx, sa, a)
    ingest(ctx, sb, b)
    merge(ctx, out, sa, sb)
    before = content(out)
    r, s = merge(ctx, out, sb, sa, sb)
    assert r.returncode == 0, r.stderr
    assert s['stored'] == 0 and s['duplicates'] == 0 and s['already_archived'] == s['records'] == 12, s
    assert content(out) == before
    # A shard merged into an archive that ingested the same files adds nothing either.
    r, s = merge(ctx, sa, sb)
    r, s = merge(ctx, sa, sb)
    assert s['stored'] == 0 and s['already_archived'] == 4, s


def test_bad_shards_are_refused_and_the_others_merge(ctx):
    a, b = two_folders(ctx)
    sa, sb, out = (os.path.join(ctx.tmp, n) for n in ('a.db', 'b.db', 'out.db'))
    ingest(ctx, sa, a)
    ingest(ctx, sb, b)
    corrupt = os.path.join(ctx.tmp, 'corrupt.db')
    with open(corrupt, 'w') as f:
        f.write('not a database at all, just text\n' * 100)
    older, newer = os.path.join(ctx.tmp, 'older.db'), os.path.join(ctx.tmp, 'newer.db')
    for path, version in ((older, 1), (newer, 4)):
        shutil.copy(sa, path)
        c = sqlite3.connect(path)
        c.execute(f'PRAGMA user_version = {version}')
        c.close()
    missing = os.path.join(ctx.tmp, 'missing.db')
    r, s = merge(ctx, out, missing, sa, corrupt, older, newer, out, sb)
    assert r.returncode == 1
    assert r.stderr.splitlines() == [
        f'akhbar: error: {missing}: no such file',
        f'akhbar: error: {corrupt}: not an akhbar archive (not an SQLite database)',
        f'akhbar: error: {older}: schema version 1 is older than this akhbar\'s 3; upgrade it once with a '
        'writing command such as `akhbar reparse`',
        f'akhbar: error: {newer}: written by a newer akhbar (schema version 4); this akhbar reads schema '
        'versions up to 3 — upgrade akhbar',
        f'akhbar: error: {out}: is the archive being merged into',
    ], r.stderr
    assert s['shards'] == 2 and s['failed_shards'] == 5 and s['stored'] == 7, s
    # The shards that could be read are merged in full.
    union = os.path.join(ctx.tmp, 'union.db')
    ingest(ctx, union, a, b)
    same_content(content(out), content(union))


def test_damaged_body_stops_the_merge_only_where_it_is_needed(ctx):
    a, b = two_folders(ctx)
    sa, sb, out = (os.path.join(ctx.tmp, n) for n in ('a.db', 'b.db', 'out.db'))
    ingest(ctx, sa, a)
    ingest(ctx, sb, b)
    c = sqlite3.connect(sb)
    ids = {os.path.basename(p): i for p, i in c.execute('SELECT path, article_id FROM inputs')}
    # copy.txt's body is archived already (an exact duplicate): merge never needs its text.
    c.executemany('UPDATE blocks SET data = ?1 WHERE article_id = ?2',
                  [(b'damaged', ids['copy.txt']), (b'damaged', ids['gold.txt'])])
    c.commit()
    c.close()
    assert sorted(ids, key=ids.get) == ['copy.txt', 'edited.txt', 'gold.txt', 'oil.txt']
    r, s = merge(ctx, out, sa, sb, extra=('--batch', '1'))
    assert r.returncode == 1
    gold = ids['gold.txt']
    assert r.stderr == (f'akhbar: error: {sb}: merge stopped at article {gold} of the shard: the stored text of '
                        f'article {gold} is damaged\n'), r.stderr
    # The batches before it are kept: the duplicate's input and the edited article.
    c = sqlite3.connect(out)
    paths = sorted(os.path.basename(p) for (p,) in c.execute('SELECT path FROM inputs'))
    assert 'copy.txt' in paths and 'edited.txt' in paths and 'gold.txt' not in paths, paths


def corpus_folders(ctx, n):
    """n files of each of two corpus folders with near duplicates, copied so that paths are stable."""
    out = []
    for folder in ('saudinewsnet/split', 'arabic-newspapers-cp1256/اقتصاديه'):
        src = ctx.shared('corpus', *folder.split('/'))
        dst = os.path.join(ctx.tmp, folder.split('/')[0])
        os.makedirs(dst)
        for name in sorted(os.listdir(src))[:n]:
            shutil.copy(os.path.join(src, name), os.path.join(dst, name))
        out.append(dst)
    return out


def test_corpus_shards_equal_one_ingest(ctx):
    a, b = corpus_folders(ctx, 600)
    sa, sb, union, out = (os.path.join(ctx.tmp, n) for n in ('a.db', 'b.db', 'union.db', 'out.db'))
    ingest(ctx, sa, a)
    ingest(ctx, sb, b)
    u = ingest(ctx, union, a, b)
    r, s = merge(ctx, out, sa, sb)
    assert r.returncode == 0, r.stderr
    for k in ('records', 'stored', 'duplicates', 'near_duplicates', 'read_also_articles'):
        assert s[k] == u[k], (k, s, u)
    merged = content(out)
    assert merged['near'], 'the sample should hold near duplicates'
    same_content(merged, content(union))
    for q in ('النفط', 'الاقتصاد', '"وزارة الداخلية"'):
        assert search(ctx, out, q) == search(ctx, union, q), q


def test_killed_merge_resumes_without_duplicates(ctx):
    a, b = corpus_folders(ctx, 400)
    sa, sb, clean = (os.path.join(ctx.tmp, n) for n in ('a.db', 'b.db', 'clean.db'))
    ingest(ctx, sa, a)
    ingest(ctx, sb, b)
    r, s = merge(ctx, clean, sa, sb)
    assert r.returncode == 0, r.stderr
    expected = content(clean)
    elapsed = s['seconds']
    db = os.path.join(ctx.tmp, 'crash.db')
    rng = random.Random(16)
    env = dict(os.environ)
    env.pop('AKHBAR_DB', None)
    for attempt in range(5):
        p = subprocess.Popen([ctx.akhbar, 'merge', '--batch', '7', '--quiet', db, sa, sb],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        time.sleep(rng.uniform(0.02, max(0.1, elapsed * 0.8)))
        p.send_signal(signal.SIGKILL)
        p.wait()
        if os.path.exists(db) and harness.schema_version(db) > 0:
            content(db)  # consistent after every kill (integrity check inside)
    r, s = merge(ctx, db, sa, sb)
    assert r.returncode == 0, r.stderr
    same_content(content(db), expected)
    r, s = merge(ctx, db, sa, sb)
    assert s['stored'] == 0 and s['already_archived'] == s['records'], s


def test_several_archives_answer_together(ctx):
    a, b = two_folders(ctx)
    sa, sb, out = (os.path.join(ctx.tmp, n) for n in ('a.db', 'b.db', 'out.db'))
    ingest(ctx, sa, a)
    ingest(ctx, sb, b)
    merge(ctx, out, sa, sb)

    def stats(*dbs):
        r = ctx.run(['stats', '--format', 'json', *[x for db in dbs for x in ('--db', db)]])
        assert r.returncode == 0, r.stderr
        return json.loads(r.stdout)

    both, merged = stats(sa, sb), stats(out)
    # Figures are summed: the article both shards hold counts twice until they are merged.
    assert both['articles'] == merged['articles'] + 1 and both['inputs'] == merged['inputs'], (both, merged)
    assert both['duplicates'] == merged['duplicates'] - 1, (both, merged)
    for k in ('first_date', 'last_date'):
        assert both[k] == merged[k], k
    assert sum(s['articles'] for s in both['per_source']) == both['articles'], both

    def rows(cmd, *args):
        paging = () if '--limit' in args else ('--limit', '0')
        r = ctx.run([cmd, '--format', 'json', *paging, *args])
        assert r.returncode == 0, r.stderr
        return [json.loads(line) for line in r.stdout.splitlines()]

    listed = rows('list', '--db', sa, '--db', sb)
    assert {h['db'] for h in listed} == {sa, sb}, listed
    titles = sorted(h['title'] or '' for h in listed)
    merged_titles = sorted(h['title'] or '' for h in rows('list', '--db', out))
    assert len(titles) == len(merged_titles) + 1 and 'نسخة' not in titles, titles
    dates = [h['published'] for h in listed if h['published']]
    assert dates == sorted(dates, reverse=True), dates
    # Paging over several archives cuts the page from the merged order.
    page = rows('list', '--db', sa, '--db', sb, '--offset', '2', '--limit', '3')
    assert [(h['id'], h['db']) for h in page] == [(h['id'], h['db']) for h in listed[2:5]], page
    hits = rows('search', '--db', sa, '--db', sb, 'داعش')
    assert {h['db'] for h in hits} == {sa, sb}, hits
    scores = [h['score'] for h in hits]
    assert scores == sorted(scores), scores
    assert [h['id'] for h in hits if h['db'] == sa] == [h['id'] for h in rows('search', '--db', sa, 'داعش')]
    # One archive: no db field, output unchanged.
    assert 'db' not in rows('search', '--db', sa, 'داعش')[0]
    r = ctx.run(['search', '--db', sa, '--db', os.path.join(ctx.tmp, 'none.db'), 'داعش'])
    assert r.returncode == 1 and r.stderr.startswith('akhbar: error: no archive at '), r.stderr


if __name__ == '__main__':
    harness.main(globals())
