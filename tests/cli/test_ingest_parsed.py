"""`akhbar ingest` of parse's own JSON Lines (akhbar.article/1 records): every field the record carries
is kept, nothing is segmented again, so `parse X > x.jsonl; ingest x.jsonl` stores what `ingest X`
stores (the recipe of docs/scaling.md: parse on many machines, ingest the JSON Lines on one)."""
import json
import os
import sqlite3
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402


def run_ok(ctx, args, stdin=None):
    r = ctx.run(args, stdin=stdin)
    assert r.returncode == 0, (args, r.returncode, r.stderr)
    return r


def records(ctx, db):
    """Articles (read-also children included) as `show --format json` prints them, by id: every one of a
    small archive, every 25th of a large one (one process each), and all of them as `export` prints them."""
    with sqlite3.connect(db) as c:
        ids = [i for (i,) in c.execute('SELECT id FROM articles ORDER BY id')]
    shown = ids if len(ids) <= 60 else ids[::25]
    out = {i: run_ok(ctx, ['show', str(i), '--db', db, '--format', 'json']).stdout for i in shown}
    out['export'] = run_ok(ctx, ['export', '--db', db, '--format', 'jsonl']).stdout
    return out


def inputs(db):
    with sqlite3.connect(db) as c:
        return c.execute('SELECT article_id, duplicate, path, record, url, encoding, sha256 FROM inputs '
                         'ORDER BY id').fetchall()


def same_as_ingest(ctx, paths):
    """Parses `paths` to JSON Lines, ingests those, and checks the archive against one ingest of `paths`."""
    jsonl = os.path.join(ctx.tmp, 'parsed.jsonl')
    with open(jsonl, 'w', encoding='utf-8') as out:
        out.write(run_ok(ctx, ['parse', '-q', *paths]).stdout)
    direct, parsed = os.path.join(ctx.tmp, 'direct.db'), os.path.join(ctx.tmp, 'parsed.db')
    run_ok(ctx, ['ingest', '-q', '--db', direct, *paths])
    r = run_ok(ctx, ['ingest', '--db', parsed, '--input-format', 'jsonl', '--summary', 'json', jsonl])
    summary = json.loads(r.stdout)
    want, got = records(ctx, direct), records(ctx, parsed)
    assert want.keys() == got.keys(), (len(want), len(got))
    for i in want:
        assert got[i] == want[i], (i, want[i][:300], got[i][:300])
    # Provenance is the original input's (path, record, URL, encoding, SHA-256), not the JSON line's.
    assert inputs(parsed) == inputs(direct)
    stats = [run_ok(ctx, ['stats', '--db', db, '--format', 'json']).stdout for db in (direct, parsed)]
    assert stats[0] == stats[1]
    # No raw copy: the original bytes are not in the record (reparse keeps these articles as they are).
    with sqlite3.connect(parsed) as c:
        assert c.execute('SELECT count(*) FROM raws').fetchone() == (0,)
        assert {f for (f,) in c.execute('SELECT DISTINCT format FROM inputs')} == {'jsonl'}
    # Ingesting the JSON Lines again, or the inputs themselves, finds everything archived.
    again = json.loads(run_ok(ctx, ['ingest', '--db', parsed, '--summary', 'json', jsonl]).stdout)
    assert again['already_archived'] == summary['records'] and again['stored'] == 0, again
    direct_too = json.loads(run_ok(ctx, ['ingest', '--db', parsed, '--summary', 'json', *paths]).stdout)
    assert direct_too['already_archived'] == direct_too['records'], direct_too
    return [json.loads(line) for line in want['export'].splitlines()], summary


def test_samples_equal_one_ingest(ctx):
    recs, summary = same_as_ingest(ctx, [ctx.path('samples')])
    assert summary['records'] == 4 and summary['read_also_articles'] == 1, summary
    # What a second segmentation lost before: the dateline, the updated date, the headings.
    assert any(r['dateline'] for r in recs) and any(r['updated'] for r in recs)
    assert any(b['type'] == 'heading' for r in recs for b in r['body'])
    assert any(item.get('body') for r in recs for item in r['read_also'])


def test_corpus_folders_equal_one_ingest(ctx):
    corpus = ctx.shared('corpus')
    # HTML pages (related links with addresses), BBC texts with read-also, web text, a radio's news.
    paths = [os.path.join(corpus, *d.split('/'))
             for d in ('html', 'newspaper4k-html', 'ant-multisource/BBC', 'commoncrawl-arcore/text', 'ant-jawharafm')]
    recs, _ = same_as_ingest(ctx, paths)
    assert len(recs) > 100, len(recs)
    assert any(r['related'] for r in recs)


def test_parse_of_parse_output_is_the_same(ctx):
    first = run_ok(ctx, ['parse', '-q', ctx.path('samples')]).stdout
    again = run_ok(ctx, ['parse', '-q', '--input-format', 'jsonl', '-'], stdin=first).stdout
    assert again == first


def test_explain_says_the_record_was_not_segmented(ctx):
    sample = ctx.path('samples', 'saudinewsnet_00011.txt')
    jsonl = os.path.join(ctx.tmp, 'one.jsonl')
    with open(jsonl, 'w', encoding='utf-8') as out:
        out.write(run_ok(ctx, ['parse', '-q', sample]).stdout)
    r = run_ok(ctx, ['parse', '--explain', jsonl])
    assert r.stdout == (f'# {jsonl} record 0 (UTF-8)\n'
                        f'# an akhbar.article/1 record of {sample} record 0: kept as it is, not segmented\n'), r.stdout


def test_malformed_article_record_is_an_error_with_its_line(ctx):
    good = run_ok(ctx, ['parse', '-q', ctx.path('samples', 'almustakilla-iraq-us-security-talks.txt')]).stdout
    bad = json.loads(good)
    bad['title'] = 5
    no_input = json.loads(good)
    del no_input['input']
    path = os.path.join(ctx.tmp, 'mixed.jsonl')
    with open(path, 'w', encoding='utf-8') as out:
        out.write(good + json.dumps(bad, ensure_ascii=False) + '\n' + json.dumps(no_input, ensure_ascii=False) + '\n')
    db = os.path.join(ctx.tmp, 'a.db')
    r = ctx.run(['ingest', '-q', '--db', db, path])
    assert r.returncode == 1, (r.returncode, r.stderr)
    assert r.stderr == (f'akhbar: error: {path}:2: malformed akhbar.article/1 record: "title" is not a string, '
                        'skipped\n'
                        f'akhbar: error: {path}:3: malformed akhbar.article/1 record: "input" is not an object, '
                        'skipped\n'), r.stderr
    with sqlite3.connect(db) as c:
        assert c.execute('SELECT count(*) FROM articles WHERE parent_id IS NULL').fetchone() == (1,)


if __name__ == '__main__':
    harness.main(globals())
