#!/usr/bin/env python3
"""Writes the seed inputs of the fuzz targets from real files, at run time (nothing is committed).

    make_seeds.py SRC CORPUS AKHBAR OUT

SRC is the source tree, CORPUS the shared corpus (may be missing), AKHBAR an akhbar binary (may
be empty: no parse/export seeds then), OUT the folder that gets one sub-folder per target.
"""
import ast
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

MAX_SEED = 8192  # bytes of a file a seed keeps: long enough for whole articles, short to mutate


def head(path, n=MAX_SEED):
    with open(path, 'rb') as f:
        return f.read(n)


def every(folder, pattern, count):
    """Up to `count` files of `folder` matching `pattern`, spread over the sorted list."""
    files = sorted(p for p in Path(folder).glob(pattern) if p.is_file()) if Path(folder).is_dir() else []
    step = max(1, len(files) // count) if files else 1
    return files[::step][:count]


class Seeds:
    def __init__(self, out, target):
        self.dir = Path(out) / target
        self.dir.mkdir(parents=True, exist_ok=True)
        self.n = 0
        self.seen = set()

    def add(self, data):
        if isinstance(data, str):
            data = data.encode()
        if data in self.seen:
            return
        self.seen.add(data)
        (self.dir / f'seed-{self.n:04d}').write_bytes(data)
        self.n += 1


def c_strings(text):
    """The string literals of C++ source, unescaped (UTF-8 kept)."""
    out = []
    for m in re.finditer(r'"((?:[^"\\\n]|\\.)*)"', text):
        try:
            out.append(ast.literal_eval('"' + m.group(1) + '"'))
        except (SyntaxError, ValueError):
            pass
    return out


def text_files(corpus):
    """Real article texts of the corpus, a few per collection."""
    files = []
    for sub, pattern, n in [('ar-apt-human', '*.txt', 6), ('marsum-goud', '*.txt', 6), ('satirical-hudood', '*.txt', 6),
                            ('commoncrawl-capstone', '*.txt', 6), ('commoncrawl-arcore/text', '*', 4),
                            ('ant-multisource', '*/*/*', 6), ('ant-jawharafm', '*/*', 4), ('seed', '*', 1),
                            ('newspaper4k-html', '*.txt', 1)]:
        files += every(Path(corpus) / sub, pattern, n)
    return files


def segmenter_seeds(src, corpus, out):
    s = Seeds(out, 'segmenter')
    # Shape byte: 0x00 plain text, 0x80 with a capture time (relative dates resolve), 0x88 also a
    # date field on the first line, 0x18 date and title fields, 0x01 an HTML page's text.
    for f in text_files(corpus) + sorted(Path(src, 'samples').glob('*.txt')):
        body = head(f)
        for shape in (0x00, 0x80):
            s.add(bytes([shape]) + body)
    # The date expressions of the date tests, all in one input and a few per input.
    dates = [t for t in c_strings(Path(src, 'tests/unit/segmenter/dates_test.cpp').read_text())
             if t and not re.fullmatch(r'[0-9T:+\-]+|\(none\)', t)]
    s.add(bytes([0x80]) + '\n'.join(dates).encode())
    for i in range(0, len(dates), 12):
        s.add(bytes([0x80]) + '\n'.join(dates[i:i + 12]).encode())
    for d in dates[:40]:
        s.add(bytes([0x98]) + (d + '\nعنوان الخبر\nنص الخبر الأول.\n').encode())
    html = '\n'.join(['عنوان', 'نص الخبر.', 'اقرأ أيضاً\thttps://example.com/', 'خبر آخر\thttps://example.com/a',
                      'خبر ثالث\thttps://example.com/b'])
    s.add(bytes([0x01]) + html.encode())
    return s.n


def query_seeds(src, corpus, out):
    s = Seeds(out, 'query')
    unit = Path(src, 'tests/unit/archive/archive_test.cpp').read_text()
    for m in re.finditer(r'search\(("(?:[^"\\\n]|\\.)*")', unit):
        s.add(ast.literal_eval(m.group(1)))
    for q in c_strings(unit):  # the bad-query table and the injection attempts
        if len(q) < 60 and not q.startswith(('bad query', 'in/', 'SELECT', 'INSERT')):
            s.add(q)
    for f in [Path(src, 'tests/cli/test_archive.py'), Path(src, 'tests/cli/test_query.py')]:
        if f.exists():
            for m in re.finditer(r"\['search'[^\]]*?'([^']*)'\]", f.read_text()):
                s.add(m.group(1))
    for f in [Path(src, 'docs/cli.md'), Path(src, 'README.md')]:
        for m in re.finditer(r"akhbar search[^\n']*'([^']+)'", f.read_text()):
            s.add(m.group(1))
    # Real titles as queries: words, punctuation, quotes and digits as people paste them.
    for f in text_files(corpus)[:20]:
        first = head(f, 600).decode('utf-8', 'replace').strip().split('\n')[0]
        s.add(first[:120])
        words = first.split()
        if len(words) >= 3:
            s.add(f'"{words[0]} {words[1]}" OR {words[2][:4]}* NOT ({words[-1]} -{words[1]})')
    return s.n


def import_seeds(src, corpus, akhbar, out):
    s = Seeds(out, 'import')
    if akhbar and os.access(akhbar, os.X_OK):
        inputs = [str(p) for p in sorted(Path(src, 'samples').glob('*.txt'))]
        inputs += [str(p) for p in every(Path(corpus) / 'html', '*.html', 3)]
        inputs += [str(p) for p in text_files(corpus)[:8]]
        parsed = subprocess.run([akhbar, 'parse', *inputs], capture_output=True).stdout
        # Whole records only (a cut line is just bad JSON): each alone, and the short ones together.
        lines = [line for line in parsed.splitlines() if len(line) <= 2 * MAX_SEED]
        for line in lines:
            s.add(line)
        s.add(b'\n'.join(line for line in lines if len(line) < 3000) + b'\n')
        with tempfile.TemporaryDirectory() as tmp:
            db = os.path.join(tmp, 'a.db')
            subprocess.run([akhbar, 'ingest', '--db', db, '-q', *inputs], capture_output=True)
            tei = subprocess.run([akhbar, 'export', '--db', db, '--format', 'tei'], capture_output=True).stdout
            s.add(tei[:MAX_SEED * 2])
            # One <TEI> per seed, inside its corpus, as a short export would be.
            start = tei.find(b'<TEI ')
            opening, body = tei[:start], tei[start:]
            for part in body.split(b'</TEI>')[:-1][:12]:
                s.add(opening + part.strip() + b'</TEI>\n</teiCorpus>\n')
    # Real XML of the corpus: not TEI, but elements, attributes and entities to mutate from.
    for f in every(Path(corpus) / 'commoncrawl-arcore/xml', '*.xml', 4):
        s.add(head(f))
    for f in every(Path(corpus) / 'saudinewsnet/split', '*', 2) + every(Path(corpus) / 'newspaper4k-html', '*.json', 1):
        s.add(head(f))
    return s.n


def main():
    src, corpus, akhbar, out = sys.argv[1:5]
    counts = {
        'segmenter': segmenter_seeds(src, corpus, out),
        'query': query_seeds(src, corpus, out),
        'import': import_seeds(src, corpus, akhbar, out),
    }
    print('seeds: ' + ', '.join(f'{k} {v}' for k, v in counts.items()))


if __name__ == '__main__':
    main()
