"""Helpers of the sharded-ingest tests (test_dask.py, test_parallel.py): build WET files, split a
WARC file by record, and reduce an archive to what it holds independent of ids and of how its
inputs were cut into shards, so that shards ingested apart and merged can be compared with one
ingest of everything."""
import gzip
import json
import os
import sqlite3
import zlib


def wet_record(uri, text, date='2024-03-01T10:00:00Z'):
    """One WET `conversion` record (the extracted text of a page) as bytes."""
    body = text.encode('utf-8')
    head = (f'WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: {uri}\r\nWARC-Date: {date}\r\n'
            f'Content-Type: text/plain\r\nContent-Length: {len(body)}\r\n\r\n').encode('ascii')
    return head + body + b'\r\n\r\n'


def warcinfo():
    body = b'software: akhbar tests\r\n'
    return (b'WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Type: application/warc-fields\r\n'
            b'Content-Length: ' + str(len(body)).encode() + b'\r\n\r\n' + body + b'\r\n\r\n')


def write_wet(path, records, gz=False):
    """A WET file: a warcinfo record, then `records` [(uri, text)]. With gz, each record is its own
    gzip member, as crawls write them (a .warc.gz can then be cut at any member boundary)."""
    with open(path, 'wb') as f:
        for rec in [warcinfo()] + [wet_record(u, t) for u, t in records]:
            f.write(gzip.compress(rec, mtime=0) if gz else rec)


def warc_records(data):
    """A plain WARC file's records as byte strings, cut by each header's Content-Length."""
    out, pos = [], 0
    while pos < len(data):
        end = data.index(b'\r\n\r\n', pos) + 4
        length = next(int(line.split(b':', 1)[1]) for line in data[pos:end].split(b'\r\n')
                      if line.lower().startswith(b'content-length:'))
        stop = end + length
        while data[stop:stop + 2] == b'\r\n':  # the two CRLF after the block
            stop += 2
        out.append(data[pos:stop])
        pos = stop
    return out


def gzip_members(data):
    """A .warc.gz file's gzip members as byte strings (one record each in a crawl's files)."""
    out, pos = [], 0
    while pos < len(data):
        d = zlib.decompressobj(wbits=31)
        d.decompress(data[pos:])
        assert d.eof, 'truncated gzip member'
        end = len(data) - len(d.unused_data)
        out.append(data[pos:end])
        pos = end
    return out


def split_warc(path, pieces, outdir):
    """Cut a WARC file (plain or .gz) into `pieces` files of consecutive records, the warcinfo
    record in the first. Returns [(piece path, number of article records in it)]."""
    with open(path, 'rb') as f:
        data = f.read()
    gz = path.endswith('.gz')
    records = gzip_members(data) if gz else warc_records(data)
    articles = [not (gzip.decompress(r) if gz else r).startswith(b'WARC/1.0\r\nWARC-Type: warcinfo')
                for r in records]
    os.makedirs(outdir, exist_ok=True)
    base = os.path.basename(path)
    stem, ext = base.split('.', 1)
    size = -(-len(records) // pieces)
    out = []
    for k in range(pieces):
        chunk = records[k * size:(k + 1) * size]
        piece = os.path.join(outdir, f'{stem}-{k + 1}.{ext}')
        with open(piece, 'wb') as f:
            f.write(b''.join(chunk))
        out.append((piece, sum(articles[k * size:(k + 1) * size])))
    return out


def piece_map(whole, pieces):
    """{piece path: (whole path, offset of its first record)} for split_warc's pieces."""
    out, offset = {}, 0
    for piece, n in pieces:
        out[piece] = (whole, offset)
        offset += n
    return out


def export_canon(ctx, db, pieces):
    """`akhbar export --format jsonl`, each record's input path and number given as in the whole
    file its piece came from, sorted: equal for any two archives that hold the same articles."""
    r = ctx.run(['export', '--db', db, '--format', 'jsonl'])
    assert r.returncode == 0, r.stderr
    out = []
    for line in r.stdout.splitlines():
        rec = json.loads(line)
        inp = rec['input']
        if inp['path'] in pieces:
            inp['path'], offset = pieces[inp['path']]
            inp['record'] += offset
        out.append(json.dumps(rec, ensure_ascii=False, sort_keys=True))
    return sorted(out)


def links_canon(ctx, db, pieces):
    """Every input with the article it points to (exact duplicates: `duplicate` = 1) and every
    near-duplicate pair, each article named by its first input (a read-also article by its
    parent's and its place), all independent of ids and of the shard cut."""
    def where(path, record):
        if path in pieces:
            path, offset = pieces[path]
            record += offset
        return path, record

    c = sqlite3.connect(f'file:{db}?mode=ro', uri=True)
    key = {}
    for aid, path, record in c.execute(
            'SELECT article_id, path, record FROM inputs WHERE duplicate = 0 ORDER BY id'):
        key.setdefault(aid, where(path, record))
    for cid, parent, pos in c.execute('SELECT child_id, article_id, pos FROM links WHERE child_id IS NOT NULL'):
        key[cid] = (key[parent], pos)
    inputs = sorted((where(path, record), sha, url or '', dup, key[aid]) for path, record, sha, url, dup, aid in
                    c.execute('SELECT path, record, sha256, url, duplicate, article_id FROM inputs'))
    c.close()
    r = ctx.run(['duplicates', '--db', db, '--format', 'json', '--limit', '0'])
    assert r.returncode == 0, r.stderr
    near = []
    for line in r.stdout.splitlines():
        d = json.loads(line)
        near.append(tuple(sorted((key[d['a']], key[d['b']]), key=repr)) + (d['distance'],))
    return inputs, sorted(near, key=repr)


def stats(ctx, db):
    r = ctx.run(['stats', '--db', db, '--format', 'json'])
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def assert_same_archive(ctx, got, want, pieces):
    """The merged archive `got` holds what the one ingest `want` holds: the same stats, articles
    (canonical export), inputs with their exact-duplicate links, and near-duplicate pairs."""
    assert stats(ctx, got) == stats(ctx, want), (stats(ctx, got), stats(ctx, want))
    a, b = export_canon(ctx, got, pieces), export_canon(ctx, want, pieces)
    assert len(a) == len(b), (len(a), len(b))
    for x, y in zip(a, b):
        at = next((i for i, (p, q) in enumerate(zip(x, y)) if p != q), min(len(x), len(y)))
        assert x == y, (x[max(0, at - 150):at + 150], y[max(0, at - 150):at + 150])
    ia, na = links_canon(ctx, got, pieces)
    ib, nb = links_canon(ctx, want, pieces)
    assert ia == ib
    assert na == nb, (na, nb)


# Short articles of their own for the samples' WET file (under 40 words: no near-duplicate check).
SHORT = [
    'ارتفاع أسعار النفط\nارتفعت أسعار النفط اليوم في الأسواق العالمية بعد قرار أوبك خفض الإنتاج.\n',
    'تراجع الذهب\nتراجع سعر الذهب بينما استقرت أسعار النفط في التعاملات المبكرة.\n',
    'القاهرة - أعلنت وزارة الصحة المصرية اليوم عن افتتاح مستشفى جديد في العاصمة.\n',
    'الرياض - قال مسؤول سعودي إن الاجتماع انتهى دون اتفاق على موعد الجولة المقبلة.\n',
    'تونس - انطلقت صباح اليوم فعاليات مهرجان قرطاج الدولي بحضور جمهور كبير.\n',
    'الرباط - افتتح معرض الكتاب الدولي أبوابه أمام الزوار بمشاركة ستين دولة.\n',
]


def edited(text):
    """The text with the last word of its first long line (a body paragraph) changed: one word
    bigram of the body differs, a near duplicate (SimHash within 3 bits) of a long enough body."""
    lines = text.split('\n')
    n = next(i for i, line in enumerate(lines) if len(line.split()) >= 40)
    words = lines[n].rstrip().split(' ')
    words[-1] = 'تعديل.'
    lines[n] = ' '.join(words)
    return '\n'.join(lines)


def samples_shards(ctx):
    """Shards of the repository's samples alone: the samples folder, and a WET file of short
    articles, a copy of one sample (an exact duplicate across shards), another sample with one
    word changed (a near duplicate) and a repeat of one of its own records, cut into 3 pieces.
    Returns (shards: [[input...]...], union inputs, piece map)."""
    samples = os.path.realpath(ctx.path('samples'))  # as shard-ingest.sh gives paths
    with open(os.path.join(samples, 'saudinewsnet_00011.txt'), encoding='utf-8') as f:
        saudi = f.read()
    with open(os.path.join(samples, 'almustakilla-iraq-us-security-talks.txt'), encoding='utf-8') as f:
        iraq = f.read()
    records = [(f'http://example.com/short/{i}', t) for i, t in enumerate(SHORT)]
    records.insert(2, ('http://example.com/saudi-copy', saudi))
    records.insert(5, ('http://example.com/iraq-edited', edited(iraq)))
    records.append(('http://example.com/short/again', SHORT[1]))
    wet = os.path.join(os.path.realpath(ctx.tmp), 'news.wet')
    write_wet(wet, records)
    pieces = split_warc(wet, 3, os.path.join(os.path.dirname(wet), 'pieces'))
    return [[samples]] + [[p] for p, _ in pieces], [samples, wet], piece_map(wet, pieces)


def corpus_shards(ctx):
    """Shards of the shared corpus: three folders (BBC in TREC files, satirical-hudood's one-line
    texts, marsum-goud's longer ones), and a .warc.gz of the 100 Common Crawl texts of
    commoncrawl-arcore with exact copies of 10 marsum-goud and 5 satirical-hudood texts and 5
    of the longest marsum-goud texts with one word changed, cut into 4 pieces at gzip member boundaries.
    Returns what samples_shards() returns."""
    folders = [os.path.realpath(ctx.shared('corpus', *f.split('/')))  # as shard-ingest.sh gives paths
               for f in ('ant-multisource/BBC', 'satirical-hudood', 'marsum-goud')]

    def texts(folder, n):
        for name in sorted(os.listdir(folder))[:n]:
            with open(os.path.join(folder, name), encoding='utf-8') as f:
                yield name, f.read()

    records = [(f'http://arcore.example/{name}', text)
               for name, text in texts(ctx.shared('corpus', 'commoncrawl-arcore', 'text'), 100)]
    goud = list(texts(folders[2], 40))
    longest = sorted(goud[10:], key=lambda t: -len(t[1]))[:5]
    copies = [(f'http://goud.example/{name}', text) for name, text in goud[:10]]
    copies += [(f'http://goud.example/edited/{name}', edited(text)) for name, text in longest]
    copies += [(f'http://hudood.example/{name}', text) for name, text in texts(folders[1], 5)]
    for i, rec in enumerate(copies):
        records.insert(5 * i + 2, rec)
    wet = os.path.join(os.path.realpath(ctx.tmp), 'crawl.warc.wet.gz')
    write_wet(wet, records, gz=True)
    pieces = split_warc(wet, 4, os.path.join(os.path.dirname(wet), 'pieces'))
    return [[f] for f in folders] + [[p] for p, _ in pieces], folders + [wet], piece_map(wet, pieces)
