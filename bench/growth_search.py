#!/usr/bin/env python3
"""Search latency for bench/growth.sh: 200 frequent and 200 rare words of the corpus, each searched
by its own `akhbar search --limit 20` process (start-up included, as a user sees it); prints wall
and CPU p50/p99 per set.

    growth_search.py AKHBAR ARCHIVE CORPUS_JSONL

Frequent: the 200 words (3+ Arabic letters) in the most corpus records. Rare: 200 words, 6+
letters, that occur in exactly one corpus record (so in one article per copy), drawn with a fixed
seed. The archive may be written meanwhile (WAL readers see its last commit)."""
import collections, json, random, re, resource, subprocess, sys, time
akhbar, db, corpus = sys.argv[1:4]
df = collections.Counter()
for line in open(corpus, encoding="utf-8"):
    r = json.loads(line)
    words = re.findall(r"[\u0621-\u064a]{3,}", " ".join(b["text"] for b in r["body"]))
    df.update(set(words))
frequent = [w for w, _ in df.most_common(200)]
rare = sorted(w for w, c in df.items() if c == 1 and len(w) >= 6)
rare = random.Random(16).sample(rare, 200)
for name, words in (("frequent", frequent), ("rare", rare)):
    wall, cpu, hits = [], [], []
    for w in words:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        r = subprocess.run([akhbar, "search", "--db", db, "--limit", "20", "--format", "tsv", w],
                           capture_output=True, text=True)
        wall.append((time.perf_counter() - t) * 1000)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append((after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) * 1000)
        assert r.returncode == 0, r.stderr
        hits.append(r.stdout.count("\n"))
    wall.sort(); cpu.sort()
    print(f"search, 200 {name} words (e.g. {' '.join(words[:3])}; {sum(h > 0 for h in hits)} with hits), "
          f"one process each, --limit 20: wall p50 {wall[99]:.1f} ms, p99 {wall[197]:.1f} ms; "
          f"CPU p50 {cpu[99]:.1f} ms, p99 {cpu[197]:.1f} ms")
