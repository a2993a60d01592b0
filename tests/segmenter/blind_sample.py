#!/usr/bin/env python3
"""Draw the blind sample of issue 5: 20 article inputs from the shared corpus, reproducibly.

The draw is made BEFORE the articles are read or parsed, so that labels written for it measure
how the rules generalize (labels picked from errors already fixed flatter the rules).

  random.seed(5291129); candidates are the corpus' article inputs, minus every file already
  named by a label in ../shared/eval/dev/ or tests/segmenter/labels/, minus destroyed text
  (Arabic letters turned to '?') and text without Arabic. Folders are visited round-robin in a
  shuffled order, one shuffled candidate at a time, at most 3 per top-level folder, until 20.
  A multi-record file (JSON array, CSV) gets one record index drawn at random among the records
  holding Arabic text.

Second draw (--second, session 3): random.seed(20261129), 15 inputs, at most 2 per top-level
folder, excluding every file named by any label so far (dev set, tests/segmenter/labels/*.json
including blind-*), and preferring single-article files: a folder's multi-record files are drawn
only when it has no single-article candidate left.

Usage: blind_sample.py [--corpus DIR] [--second]   prints one line per draw: folder, path, record
"""
import argparse
import csv
import glob
import io
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.normpath(os.path.join(HERE, '..', '..'))
SEED = 5291129
COUNT = 20
PER_FOLDER = 3
SECOND = {'seed': 20261129, 'count': 15, 'per_folder': 2}
ARABIC = re.compile('[\u0621-\u064a]')
CHARDET_CODECS = {'cp720-arabic': 'cp720', 'iso-8859-6-arabic': 'iso-8859-6', 'utf-16-arabic': 'utf-16',
                  'utf-16be-arabic': 'utf-16-be', 'utf-16le-arabic': 'utf-16-le', 'utf-32-arabic': 'utf-32',
                  'utf-32be-arabic': 'utf-32-be', 'utf-32le-arabic': 'utf-32-le',
                  'utf-8-arabic': 'utf-8', 'windows-1256-arabic': 'cp1256'}
INPUT_EXTENSIONS = ('.txt', '.html', '.xml', '.json', '.csv')


def codec_of(rel):
    parts = rel.split(os.sep)
    if parts[0] == 'arabic-newspapers-cp1256':
        return 'cp1256'
    if parts[0] == 'chardet-encodings':
        return CHARDET_CODECS.get(parts[1], 'utf-8')
    return 'utf-8'


def decode(path, rel):
    with open(path, 'rb') as f:
        data = f.read()
    return data.decode(codec_of(rel), errors='replace')


def is_arabic(text):
    """Enough Arabic letters, and not the destroyed kind where letters became '?'."""
    letters = len(ARABIC.findall(text))
    return letters >= 80 and text.count('?') < letters


def labelled_files():
    names = set()
    for pattern in (os.path.join(SOURCE, '..', 'shared', 'eval', 'dev', '*.json'),
                    os.path.join(SOURCE, 'tests', 'segmenter', 'labels', '*.json')):
        for label in glob.glob(pattern):
            with open(label, encoding='utf-8') as f:
                lab = json.load(f)
            names.add(os.path.realpath(os.path.join(os.path.dirname(label), lab['file'])))
    return names


def records(path, rel, text):
    """Texts of the records of a multi-record input, or None for a single-article file."""
    if rel.endswith('.csv'):
        rows = list(csv.reader(io.StringIO(text)))
        if rows and rows[0] and rows[0][0] == 'Category':  # the Aljazeera file has a header row
            rows = rows[1:]
        return [' '.join(r) for r in rows]
    if rel.endswith('.json'):
        try:
            data = json.loads(text)
        except json.JSONDecodeError:
            return None
        if isinstance(data, list):
            return [json.dumps(r, ensure_ascii=False) for r in data]
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--corpus', default=os.path.join(SOURCE, '..', 'shared', 'corpus'))
    ap.add_argument('--second', action='store_true', help='the second draw (seed 20261129, 15, 2 per folder)')
    args = ap.parse_args()
    corpus = os.path.realpath(args.corpus)
    seed, count_wanted, per_folder = SEED, COUNT, PER_FOLDER
    if args.second:
        seed, count_wanted, per_folder = SECOND['seed'], SECOND['count'], SECOND['per_folder']
    rng = random.Random(seed)
    taken = labelled_files()

    folders = {}
    for dirpath, dirnames, filenames in os.walk(corpus):
        dirnames.sort()
        for name in sorted(filenames):
            path = os.path.join(dirpath, name)
            rel = os.path.relpath(path, corpus)
            if os.sep not in rel or not name.endswith(INPUT_EXTENSIONS) or name.startswith('metadata__'):
                continue
            if os.path.realpath(path) in taken:
                continue
            folders.setdefault(rel.split(os.sep)[0], []).append(rel)
    order = sorted(folders)
    rng.shuffle(order)
    for name in order:
        rng.shuffle(folders[name])
        if args.second:
            # pop() takes from the end: multi-record files (.json/.csv) go first in the list so
            # that they are drawn only after the folder's single-article files
            folders[name].sort(key=lambda rel: not rel.endswith(('.json', '.csv')))

    picked = []
    count = {name: 0 for name in order}
    while len(picked) < count_wanted and any(folders[n] and count[n] < per_folder for n in order):
        for name in order:
            if len(picked) == count_wanted:
                break
            while folders[name] and count[name] < per_folder:
                rel = folders[name].pop()
                text = decode(os.path.join(corpus, rel), rel)
                recs = records(os.path.join(corpus, rel), rel, text)
                index = 0
                if recs is not None:
                    usable = [i for i, r in enumerate(recs) if is_arabic(r)]
                    if not usable:
                        continue
                    index = rng.choice(usable)
                elif not is_arabic(text):
                    continue
                picked.append((name, rel, index))
                count[name] += 1
                break
    for name, rel, index in picked:
        print(f'{name}\t{rel}\t{index}')
    return 0 if len(picked) == count_wanted else 1


if __name__ == '__main__':
    sys.exit(main())
