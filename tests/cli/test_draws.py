"""The blind samples' draws (tests/segmenter/blind_sample.py): each committed draw still prints what was labelled.
Pure Python over the shared corpus (no akhbar run): its own script, so that the sanitizer build's run can leave it
out (ctest label `draws`)."""
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
import harness  # noqa: E402


# The draws are what make the blind figures blind: each committed blindN-draw.txt must still be what
# blind_sample.py prints (so later labels never shift an earlier sample), and every blindN- label must name an
# input of its own draw.
def committed_draws(seg):
    """The numbers of the committed draws (tests/segmenter/blindN-draw.txt), the third on."""
    return sorted(int(m.group(1)) for m in (re.fullmatch(r'blind(\d+)-draw\.txt', n) for n in os.listdir(seg)) if m)


# Each draw scans the corpus again, and the second of a pair draws its first as well: the draws are two tests of about
# equal work, pairs of numbers taken in turn (2-3, 6-7, … and 4-5, 8-9, …), which harness --shard runs apart.
def test_blind_draws_reproduce_and_hold_their_labels_a(ctx):
    blind_draws_reproduce_and_hold_their_labels(ctx, 0)


def test_blind_draws_reproduce_and_hold_their_labels_b(ctx):
    blind_draws_reproduce_and_hold_their_labels(ctx, 1)


def blind_draws_reproduce_and_hold_their_labels(ctx, half):
    corpus = ctx.shared('corpus')
    seg = ctx.path('tests', 'segmenter')
    labels = os.listdir(os.path.join(seg, 'labels'))
    draws = committed_draws(seg)
    assert draws[0] == 3 and len(draws) == draws[-1] - 2, draws  # none missing
    for n in draws:
        if (n // 2) % 2 != half:
            continue
        flag = ['--third'] if n == 3 else ['--fourth'] if n == 4 else ['--draw', str(n)]
        r = subprocess.run([sys.executable, os.path.join(seg, 'blind_sample.py'), '--corpus', corpus, *flag],
                           capture_output=True, text=True, timeout=300)
        assert r.returncode == 0, (n, r.stderr)
        with open(os.path.join(seg, f'blind{n}-draw.txt'), encoding='utf-8') as f:
            committed = [line for line in f.read().splitlines() if not line.startswith('#')]
        assert r.stdout.splitlines() == committed, n
        drawn = {(rel, int(record)) for _, rel, record in (line.split('\t') for line in committed)}
        for name in (n_ for n_ in labels if n_.startswith(f'blind{n}-')):
            with open(os.path.join(seg, 'labels', name), encoding='utf-8') as f:
                lab = json.load(f)
            rel = lab['file'].split('shared/corpus/', 1)[1]
            assert (rel, lab.get('record', 0)) in drawn, (name, rel)


harness.main(globals())
