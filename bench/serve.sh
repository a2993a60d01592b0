#!/usr/bin/env bash
# `akhbar serve` under load (issue 15): 32 connections for 20 s (wrk, 2 threads, keep-alive) on
# loopback against the search page of a 100,000-article archive, with frequent and rare Arabic
# words; latency measured in the server (--access-log: from the parsed request to the written
# response) and by wrk (client side), errors counted. The reference: the same words as bare FTS5
# queries (`SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rank LIMIT 20` on the same index,
# python's sqlite3, one client), so the page's cost is given as a ratio to SQLite's own.
#
#   bench/serve.sh [AKHBAR_BINARY] [WORK_DIR]
#
# The archive is made as bench/archive.sh makes its 100,000-record set: the corpus parsed and
# written to JSON Lines 9 times (COPIES), copy K's body ending in "نسخة K" and its URL in "#K", so
# that the copies are distinct articles (near duplicates of each other, as an agency story
# republished by nine papers): about 100,000 articles. WORK_DIR keeps the copies and big.db; a
# second run only adds what is missing.
# BUILD_ONLY=1 stops after making the archive; DURATION=S runs wrk for S seconds instead of 20;
# REUSE=1 skips the ingest when big.db exists. Two runs of wrk: a cold one over 2,000 distinct words
# drawn from the text, then the 20 words in turn; each reports the server's CPU time per page.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
akhbar=$(realpath "${1:-$here/build/akhbar}")
work=${2:-/tmp/akhbar-bench-archive}
corpus=$here/../shared/corpus
copies=${COPIES:-9}
duration=${DURATION:-20}
mkdir -p "$work"
echo "# machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)"

big=$work/big
if [ ! -f "$big/done" ]; then
  rm -rf "$big" && mkdir -p "$big"
  "$akhbar" parse -j 2 --quiet "$corpus" 2>/dev/null | python3 -c '
import json, sys
out = sys.argv[1]
with open(f"{out}/copy0.jsonl", "w", encoding="utf-8") as f:
    for line in sys.stdin:
        r = json.loads(line)
        body = "\n".join(b["text"] for b in r["body"]) + "\nنسخة 0"
        f.write(json.dumps({"title": r["title"], "content": body, "url": (r["input"]["url"] or r["input"]["path"]) + "#0",
                            "source": r["source"]}, ensure_ascii=False) + "\n")
' "$big" || true
  touch "$big/done"
fi
# Copy K is copy 0 with its mark and URL changed (written once; ingest skips copies it has).
python3 - "$big" "$copies" <<'PY'
import json, os, sys
big, copies = sys.argv[1], int(sys.argv[2])
records = None
for k in range(1, copies):
    path = f"{big}/copy{k}.jsonl"
    if os.path.exists(path):
        continue
    if records is None:
        records = [json.loads(l) for l in open(f"{big}/copy0.jsonl", encoding="utf-8")]
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            r = dict(r, content=r["content"][: -len("نسخة 0")] + f"نسخة {k}", url=r["url"][:-2] + f"#{k}")
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
PY
files=()
for k in $(seq 0 $((copies - 1))); do files+=("$big/copy$k.jsonl"); done
# REUSE=1 takes an existing big.db as it is (an ingest that skips every copy still reads them all).
if [ -z "${REUSE:-}" ] || [ ! -f "$work/big.db" ]; then
  "$akhbar" ingest --db "$work/big.db" -j 2 --quiet "${files[@]}" || true
fi
articles=$(sqlite3 "$work/big.db" 'SELECT count(*) FROM articles')
echo "archive: $work/big.db, $articles articles"

# The words: the 10 most frequent body words of the corpus and 10 rare ones (in 1 to 3 articles of
# one copy, so 9 to 27 matches in the set), each with its bare FTS5 expression (the stem quoted).
python3 - "$akhbar" "$big/copy0.jsonl" "$work" <<'PY'
import collections, json, random, subprocess, sys, urllib.parse
akhbar, copy0, work = sys.argv[1:4]
df = collections.Counter()
for line in open(copy0, encoding="utf-8"):
    words = {w for w in json.loads(line)["content"].split() if len(w) >= 4 and w.isalpha()}
    df.update(words)
frequent = [w for w, _ in df.most_common(10)]
arabic = lambda w: all("\u0621" <= c <= "\u064a" for c in w)
rare = sorted(w for w, n in df.items() if 1 <= n <= 3 and len(w) >= 6 and arabic(w))[::997][:10]
words = frequent + rare
stems = subprocess.run([akhbar, "normalize", "--tokens"], input="\n".join(words) + "\n", capture_output=True,
                       text=True, check=True).stdout.splitlines()
with open(f"{work}/words.tsv", "w", encoding="utf-8") as f:
    for kind, w, s in zip(["frequent"] * len(frequent) + ["rare"] * len(rare), words, stems):
        f.write(f"{kind}\t{w}\t{s}\n")
with open(f"{work}/serve.lua", "w", encoding="utf-8") as f:
    paths = ",\n".join('  "/search?q=%s"' % urllib.parse.quote(w) for w in words)
    f.write("paths = {\n%s\n}\ni = 0\nrequest = function()\n  i = i %% #paths + 1\n"
            "  return wrk.format(\"GET\", paths[i])\nend\n" % paths)
# The cold run: 2,000 distinct words drawn from the running text (a word's chance is its share of
# the text, so frequent words are drawn as often as people type them), each asked once per pass.
random.seed(15)
running = [w for line in open(copy0, encoding="utf-8") for w in json.loads(line)["content"].split()
           if len(w) >= 3 and w.isalpha()]
cold = []
seen = set()
while len(cold) < 2000:
    w = random.choice(running)
    if w not in seen:
        seen.add(w)
        cold.append(w)
with open(f"{work}/cold.lua", "w", encoding="utf-8") as f:
    paths = ",\n".join('  "/search?q=%s"' % urllib.parse.quote(w) for w in cold)
    f.write("paths = {\n%s\n}\ni = 0\nrequest = function()\n  i = i %% #paths + 1\n"
            "  return wrk.format(\"GET\", paths[i])\nend\n" % paths)
print("frequent:", " ".join(frequent))
print("rare:", " ".join(rare))
print("cold run: 2,000 words drawn from the text, e.g.", " ".join(cold[:8]))
PY

[ -z "${BUILD_ONLY:-}" ] || exit 0  # BUILD_ONLY=1: make the archive and the word list, measure later

log=$work/access.log
rm -f "$log"
rm -f "$work/serve.err"
"$akhbar" serve --db "$work/big.db" --port 0 --threads 32 --access-log "$log" 2> "$work/serve.err" &
server=$!
trap 'kill -INT $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do grep -qs "http://" "$work/serve.err" && break; sleep 0.1; done
port=$(grep -o ':[0-9][0-9]*/' "$work/serve.err" | tr -d ':/')
# Warm-up: every word once (the first search of a process also builds its normalizer).
python3 - "$port" "$work/words.tsv" <<'PY'
import sys, urllib.parse, urllib.request
port = sys.argv[1]
for line in open(sys.argv[2], encoding="utf-8"):
    w = line.split("\t")[1]
    urllib.request.urlopen(f"http://127.0.0.1:{port}/search?q={urllib.parse.quote(w)}").read()
PY
# The server's CPU time (user + sys, seconds) from /proc: per page it is the figure a loaded
# machine does not distort much, where latencies mostly measure the neighbours.
cpu() { awk -v hz="$(getconf CLK_TCK)" '{ sub(/.*\) /, ""); printf "%.2f", ($12 + $13) / hz }' "/proc/$server/stat"; }
lines() { wc -l < "$log"; }
# The cold run first: 2,000 distinct words, so that no page is asked twice in a row of 2,000.
: > "$log"
echo "## cold: wrk -t 2 -c 32 -d ${duration}s --latency, 2,000 distinct words"
c0=$(cpu)
wrk -t 2 -c 32 -d "${duration}s" --latency -s "$work/cold.lua" "http://127.0.0.1:$port" | sed -n '/Latency/,$p'
c1=$(cpu)
n=$(lines)
awk -v a="$c0" -v b="$c1" -v n="$n" 'BEGIN { printf "cold: %d pages, server CPU %.2f s, %.2f ms per page\n", n, b - a, 1000 * (b - a) / n }'
python3 - "$log" <<'PY'
import sys
t = sorted(float(l.split()[4]) for l in open(sys.argv[1]))
w = sorted(float(l.split()[5]) for l in open(sys.argv[1]))
p = lambda v, q: v[min(len(v) - 1, int(round(q / 100 * (len(v) - 1))))]
print(f"cold, in the server: p50 {p(t, 50):.1f} ms, p90 {p(t, 90):.1f} ms, p99 {p(t, 99):.1f} ms; "
      f"work: p50 {p(w, 50):.1f} ms, p99 {p(w, 99):.1f} ms")
PY
: > "$log"
echo "## wrk -t 2 -c 32 -d ${duration}s --latency, 20 search pages in turn"
c0=$(cpu)
wrk -t 2 -c 32 -d "${duration}s" --latency -s "$work/serve.lua" "http://127.0.0.1:$port" | sed -n '/Latency/,$p'
c1=$(cpu)
n=$(lines)
awk -v a="$c0" -v b="$c1" -v n="$n" 'BEGIN { printf "20 words: %d pages, server CPU %.2f s, %.2f ms per page\n", n, b - a, 1000 * (b - a) / n }'
kill -INT $server
wait $server
trap - EXIT

python3 - "$log" "$work/words.tsv" "$work/big.db" <<'PY'
import sqlite3, statistics, sys, time, urllib.parse
log, words, db = sys.argv[1:4]
kinds = {}
for line in open(words, encoding="utf-8"):
    kind, w, stem = line.rstrip("\n").split("\t")
    kinds[urllib.parse.quote(w)] = (kind, stem)
ms = {"frequent": [], "rare": []}
work = {"frequent": [], "rare": []}
status = {}
for line in open(log, encoding="utf-8"):
    method, target, code, size, t, w = line.split()
    status[code] = status.get(code, 0) + 1
    q = target.split("q=", 1)[1]
    ms[kinds[q][0]].append(float(t))
    work[kinds[q][0]].append(float(w))
def pct(v, p):
    v = sorted(v)
    return v[min(len(v) - 1, int(round(p / 100 * (len(v) - 1))))]
every = ms["frequent"] + ms["rare"]
print(f"## server side (--access-log), {len(every)} requests, status {status}")
for name, v in (("all", every), ("frequent words", ms["frequent"]), ("rare words", ms["rare"])):
    print(f"in the server, {name}: p50 {pct(v, 50):.1f} ms, p90 {pct(v, 90):.1f} ms, p99 {pct(v, 99):.1f} ms, max {max(v):.1f} ms")
allwork = work["frequent"] + work["rare"]
for name, v in (("all", allwork), ("frequent words", work["frequent"]), ("rare words", work["rare"])):
    print(f"work (after the --jobs gate), {name}: p50 {pct(v, 50):.1f} ms, p90 {pct(v, 90):.1f} ms, p99 {pct(v, 99):.1f} ms")
# The reference: bare FTS5 ranking of the same stems on the same index, one client.
con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
ref = {"frequent": [], "rare": []}
for _ in range(5):
    for kind, stem in kinds.values():
        t = time.perf_counter()
        con.execute("SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rank LIMIT 20", ('"%s"' % stem,)).fetchall()
        ref[kind].append((time.perf_counter() - t) * 1000)
allref = ref["frequent"] + ref["rare"]
print(f"## reference: bare FTS5 MATCH ... ORDER BY rank LIMIT 20, same stems, one client, 5 rounds")
for name, v in (("all", allref), ("frequent words", ref["frequent"]), ("rare words", ref["rare"])):
    print(f"{name}: p50 {pct(v, 50):.1f} ms, p99 {pct(v, 99):.1f} ms")
print(f"ratio, work p50 / bare FTS5 p50: {pct(allwork, 50) / pct(allref, 50):.2f}; in the server p50 / bare: {pct(every, 50) / pct(allref, 50):.2f}")
PY
