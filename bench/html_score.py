#!/usr/bin/env python3
"""Scores HTML extraction the way ../shared/eval/score.py does, for bench/html-vs-readability.sh.

Usage: html_score.py NAME=PRED.jsonl[:SECONDS:BYTES] ... -- LABEL_DIR ...
Prints one row per tool: body recall/precision/F1 over snippets, title+published matched, related
and read-also headlines found (recall over both lists, with precision), items whose title is only
list numbering ("1", "٢"), and speed in MB/s when the run's seconds and bytes are given.
"""
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared', 'eval'))
import score  # noqa: E402  (the project's scorer: fold(), same_title(), load_labels())

NUMBERING = re.compile(r'^\W*[0-9٠-٩]{1,3}\W*$')


def figures(labels, records):
    tp = fp = fn = 0
    fields_ok = fields_n = 0
    link_tp = link_gold = link_pred = 0
    numbering = 0
    for lab in labels:
        rec = records.get((os.path.abspath(lab['_input']), lab['record']), {})
        body = f" {score.fold(score.block_text(rec.get('body'))) or ''} "
        for s in lab.get('body_with', []):
            if f' {score.fold(s)} ' in body:
                tp += 1
            else:
                fn += 1
        fp += sum(f' {score.fold(s)} ' in body for s in lab.get('body_without', []))
        for f in ('title', 'published'):
            if f in lab:
                fields_n += 1
                fields_ok += score.same_field(f, lab[f], rec.get(f))
        gold = score.titles(lab.get('read_also', [])) + score.titles(lab.get('related', []))
        items = (rec.get('read_also') or []) + (rec.get('related') or [])
        pred = score.titles(items)
        numbering += sum(bool(NUMBERING.match(l.get('title', '') if isinstance(l, dict) else str(l))) for l in items)
        link_tp += score.match_lists(gold, pred)
        link_gold += len(gold)
        link_pred += len(pred)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {
        'recall': r, 'precision': p, 'f1': 2 * p * r / (p + r) if p + r else 0.0,
        'fields': f'{fields_ok}/{fields_n}', 'fields_share': fields_ok / fields_n if fields_n else 1.0,
        'links': f'{link_tp}/{link_gold}', 'links_recall': link_tp / link_gold if link_gold else 1.0,
        'links_precision': link_tp / link_pred if link_pred else 1.0, 'numbering': numbering,
    }


def main():
    args = sys.argv[1:]
    cut = args.index('--')
    tools, dirs = args[:cut], args[cut + 1:]
    labels = score.load_labels(dirs)
    print(f'{len(labels)} pages')
    print('| | body recall | body precision | body F1 | title + published | related found (precision) '
          '| numbering as title | speed |')
    print('| --- | --- | --- | --- | --- | --- | --- | --- |')
    for t in tools:
        name, spec = t.split('=', 1)
        path, *speed = spec.split(':')
        with open(path, encoding='utf-8') as f:
            records = score.parse_records(f, path)
        r = figures(labels, records)
        # A run too short for the clock (0.00 s of CPU) has no speed to show.
        mbs = f'{float(speed[1]) / float(speed[0]) / 1e6:.1f} MB/s' if len(speed) == 2 and float(speed[0]) > 0 else ''
        print(f"| {name} | {r['recall']:.3f} | {r['precision']:.3f} | {r['f1']:.3f} | {r['fields']} "
              f"| {r['links']} = {r['links_recall']:.2f} ({r['links_precision']:.2f}) | {r['numbering']} | {mbs} |")


if __name__ == '__main__':
    main()
