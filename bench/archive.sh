#!/usr/bin/env bash
# Whole-process archive benchmarks (issue 6): ingest speed against the storage floor (a bare
# sqlite3 import of the same texts into a plain FTS5 table), archive size against the raw input,
# and search latency over 100 frequent-word queries, on ../shared/corpus and on a 100,000-article
# set made of the corpus repeated.
#
#   bench/archive.sh [AKHBAR_BINARY] [WORK_DIR]
#
# The 100,000-article set: every record of the corpus (as `akhbar parse` reads it) written to
# JSON Lines 8 times; copy K gets a last body line "نسخة K" so that the repeats are distinct
# articles rather than exact duplicates (they are still near duplicates of each other, which the
# archive links, as it would for an agency story republished by eight papers).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
akhbar=${1:-$here/build-archive/akhbar}
work=${2:-/tmp/akhbar-bench-archive}
corpus=$here/../shared/corpus
copies=${COPIES:-8}
mkdir -p "$work"
[ -n "${SEARCH_ONLY:-}" ] || rm -f "$work"/*.db "$work"/*.db-*

echo "# machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), sqlite $(sqlite3 --version | cut -d' ' -f1)"

# SEARCH_ONLY=1 reruns only step 4 on the archive that an earlier run left in WORK_DIR.
if [ -z "${SEARCH_ONLY:-}" ]; then
# --- 1. The corpus as it is --------------------------------------------------------------------
raw=$(du -sb "$corpus" | cut -f1)
/usr/bin/time -f '%e s wall, %U s user, %S s sys, %M KB max RSS' -o "$work/time.txt" \
  "$akhbar" ingest --db "$work/corpus.db" -j 2 --quiet --summary json "$corpus" > "$work/summary.json" || true
echo "## ingest -j 2 of the corpus ($raw bytes)"
cat "$work/summary.json"
cat "$work/time.txt"
size=$(stat -c %s "$work/corpus.db")
echo "archive: $size bytes = $(python3 -c "print(round($size / $raw, 2))") x the raw input"

# --- 2. Storage floor: the same texts into a plain FTS5 table by the sqlite3 shell ---------------
"$akhbar" parse -j 2 --quiet "$corpus" 2>/dev/null | python3 -c '
import csv, json, sys
w = csv.writer(sys.stdout)
for line in sys.stdin:
    r = json.loads(line)
    w.writerow([r["title"] or "", "\n".join(b["text"] for b in r["body"])])
' > "$work/texts.csv" || true
rows=$(python3 -c "import csv,sys; print(sum(1 for _ in csv.reader(open('$work/texts.csv'))))")
start=$(date +%s.%N)
/usr/bin/time -f 'floor: %e s wall, %U s user, %S s sys' sqlite3 "$work/floor.db" "PRAGMA journal_mode=WAL;" "CREATE VIRTUAL TABLE t USING fts5(title, body);" \
  ".import --csv $work/texts.csv t" > /dev/null
end=$(date +%s.%N)
echo "## storage floor: sqlite3 .import of $rows texts into fts5(title, body): $(python3 -c "print(round($end - $start, 2))") s, $(stat -c %s "$work/floor.db") bytes"

# --- 3. 100,000 articles: the corpus repeated, each copy marked -----------------------------------
big=$work/big
if [ ! -f "$big/done" ]; then
  rm -rf "$big" && mkdir -p "$big"
  "$akhbar" parse -j 2 --quiet "$corpus" 2>/dev/null | python3 -c '
import json, sys
copies = int(sys.argv[1]); out = sys.argv[2]
records = [json.loads(l) for l in sys.stdin]
for k in range(copies):
    with open(f"{out}/copy{k}.jsonl", "w", encoding="utf-8") as f:
        for r in records:
            body = "\n".join(b["text"] for b in r["body"]) + f"\nنسخة {k}"
            f.write(json.dumps({"title": r["title"], "content": body, "url": (r["input"]["url"] or r["input"]["path"]) + f"#{k}",
                                "source": r["source"]}, ensure_ascii=False) + "\n")
print(len(records) * copies, "records", file=sys.stderr)
' "$copies" "$big" || true
  touch "$big/done"
fi
bigraw=$(cat "$big"/copy*.jsonl | wc -c)
/usr/bin/time -f '%e s wall, %U s user, %S s sys, %M KB max RSS' -o "$work/time-big.txt" \
  "$akhbar" ingest --db "$work/big.db" -j 2 --quiet --summary json "$big"/copy*.jsonl > "$work/summary-big.json" || true
echo "## ingest -j 2 of the repeated corpus ($bigraw bytes)"
cat "$work/summary-big.json"
cat "$work/time-big.txt"
bsize=$(stat -c %s "$work/big.db")
echo "archive: $bsize bytes = $(python3 -c "print(round($bsize / $bigraw, 2))") x the raw input"

fi

# --- 4. Search latency: 100 frequent words, each run as its own `akhbar search` process ----------
python3 - "$akhbar" "$work/big.db" "$work/texts.csv" <<'PY'
import collections, csv, resource, subprocess, sys, time
akhbar, db, texts = sys.argv[1:4]
counts = collections.Counter()
for title, body in csv.reader(open(texts, encoding="utf-8")):
    counts.update(w for w in body.split() if len(w) >= 3 and w.isalpha())
words = [w for w, _ in counts.most_common(100)]
times, cpu = [], []
for w in words:
    t = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    r = subprocess.run([akhbar, "search", "--db", db, "--limit", "20", w], capture_output=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    times.append((time.perf_counter() - t) * 1000)
    cpu.append((after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) * 1000)
    assert r.returncode == 0, r.stderr
times.sort()
cpu.sort()
print(f"## search, 100 frequent words (e.g. {' '.join(words[:5])}), whole process, --limit 20")
print(f"wall: p50 {times[49]:.1f} ms, p90 {times[89]:.1f} ms, p99 {times[98]:.1f} ms, max {times[-1]:.1f} ms")
print(f"cpu (user+sys of the search process): p50 {cpu[49]:.1f} ms, p90 {cpu[89]:.1f} ms, p99 {cpu[98]:.1f} ms, max {cpu[-1]:.1f} ms")
PY
