#!/usr/bin/env bash
# Measured growth (issue 16): archives of 100,000 and 1,000,000 articles, each built three ways —
# one `akhbar ingest`, four shard ingests merged by `akhbar merge`, and a bare FTS5 insert of the
# same texts by the sqlite3 shell (the reference) — and for each: ingest rate (articles/s, MB/s),
# merge rate from 4 shards, search p50/p99 for 200 frequent and 200 rare words, archive size per
# article, peak RSS.
#
#   bench/growth.sh [AKHBAR_BINARY] [WORK_DIR] [SIZES...]      (default: build/akhbar,
#                                                                /tmp/akhbar-growth, 100000 1000000)
#
# The articles: every record of ../shared/corpus as `akhbar parse` reads it (parsed once), written
# again and again to JSON Lines ({title, content, url, source, date}) with a copy id: a made-up
# word ("ظق" + three letters from a set that no stemming rule strips, so it stays one distinct
# search token per copy) after the title's first word and after every 4th word of the body. Exact
# detection (a hash of the body's search form) then sees distinct bodies, and near-duplicate
# detection (SimHash over word bigrams, within 3 bits: src/archive/dedup.cpp) sees about 40 % of
# the bigrams differ between two copies, about 19 bits apart on average, so copies are neither
# dropped nor linked as near duplicates (the corpus's own duplicates stay duplicates in every
# copy, as they should). The records are cut into 4 consecutive shards of equal size; one ingest
# reads the 4 files in order, so the merged shards must equal it (counts checked). Order: one
# ingest, search on it, the 4 shards and their merge, and last the reference (NO_REFERENCE=1
# skips it), so that a long run reports the archive's own figures first.
#
# PHASES (default "ingest shards merge reference") runs a part of it, e.g. PHASES=merge with KEEP=1
# left from an earlier run measures a newer binary's merge of the same shards.
#
# Disk: about 9 KB per article for each archive alive at once (at most two, plus the JSON Lines:
# ~25 GB at 1,000,000); archives are deleted once measured unless KEEP=1.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
akhbar=$(realpath "${1:-$here/build/akhbar}")
work=${2:-/tmp/akhbar-growth}
shift $(( $# > 2 ? 2 : $# ))
sizes=(100000 1000000)
[ $# -eq 0 ] || sizes=("$@")
corpus=$here/../shared/corpus
py=/usr/bin/python3
mkdir -p "$work"
phases=" ${PHASES:-ingest shards merge reference} "
has() { [[ $phases == *" $1 "* ]]; }
timefmt='%e s wall, %U s user, %S s sys, %M KB max RSS'

echo "# $(date -u '+%F %H:%M UTC'); machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $("$akhbar" --version); sqlite3 $(sqlite3 --version | cut -d' ' -f1)"

# The corpus parsed once; its plain texts give the search words.
if [ ! -s "$work/corpus.jsonl" ]; then
  "$akhbar" parse -j 2 --quiet "$corpus" > "$work/corpus.tmp" 2>/dev/null || true
  mv "$work/corpus.tmp" "$work/corpus.jsonl"
fi
echo "# corpus: $(wc -l < "$work/corpus.jsonl") records parsed"

# Field of a JSON summary: json FILE KEY
json() { "$py" -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$1" "$2"; }
# Seconds of the first field of a /usr/bin/time -f "$timefmt" file, and its max RSS in MB.
wall() { cut -d' ' -f1 "$1"; }
rss() { "$py" -c 'import sys; print(round(int(open(sys.argv[1]).read().split()[-4]) / 1024))' "$1"; }
ratio() { "$py" -c "print(f'{$1 / $2:,.${3:-0}f}')"; }

for n in "${sizes[@]}"; do
  dir=$work/$n
  mkdir -p "$dir"
  echo
  echo "## $n articles"
  # --- the inputs --------------------------------------------------------------------------------
  if [ ! -f "$dir/inputs.done" ]; then
    "$py" - "$work/corpus.jsonl" "$dir" "$n" <<'PY'
import json, sys
src, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
records = []
for line in open(src, encoding="utf-8"):
    r = json.loads(line)
    body = [b["text"] for b in r["body"]]
    if body:
        records.append((r["title"] or "", body, r["input"]["url"] or r["input"]["path"], r["source"], r["published"]))
LETTERS = "ثجحخدذرزشصضطظعغق"  # 16 letters no prefix or suffix rule of the stemmer strips


def tag(k):
    return "ظق" + "".join(LETTERS[(k >> s) & 15] for s in (8, 4, 0))


def vary(text, t, every):
    words = text.split(" ")
    out = []
    for i, w in enumerate(words, 1):
        out.append(w)
        if i % every == 0:
            out.append(t)
    return " ".join(out)


per_shard = -(-n // 4)
files = [open(f"{out}/shard{s + 1}.jsonl", "w", encoding="utf-8") for s in range(4)]
k = i = 0
while i < n:
    t = tag(k)
    for title, body, url, source, date in records:
        if i >= n:
            break
        title_words = title.split(" ", 1)
        rec = {"title": " ".join([title_words[0], t] + title_words[1:]) if title else t,
               "content": "\n".join(vary(p, t, 4) for p in body),
               "url": f"{url}#copy{k}", "source": source, "date": date}
        files[i // per_shard].write(json.dumps(rec, ensure_ascii=False) + "\n")
        i += 1
    k += 1
for f in files:
    f.close()
print(f"# inputs: {n} records, {k} copies of {len(records)} corpus records, 4 shards of {per_shard}")
PY
    touch "$dir/inputs.done"
  fi
  inputs=("$dir"/shard1.jsonl "$dir"/shard2.jsonl "$dir"/shard3.jsonl "$dir"/shard4.jsonl)
  bytes=$(cat "${inputs[@]}" | wc -c)
  echo "inputs: $(cat "${inputs[@]}" | wc -l) records, $bytes bytes (JSON Lines)"

  # --- one ingest of everything ------------------------------------------------------------------
  if has ingest; then
  rm -f "$dir/one.db"*
  /usr/bin/time -f "$timefmt" -o "$dir/time-ingest.txt" \
    "$akhbar" ingest --db "$dir/one.db" --input-format jsonl -j 2 --quiet --summary json \
    "${inputs[@]}" > "$dir/ingest.json"
  stored=$(json "$dir/ingest.json" stored)
  records=$(json "$dir/ingest.json" records)
  t_ingest=$(wall "$dir/time-ingest.txt")
  size=$(stat -c %s "$dir/one.db")
  "$akhbar" stats --db "$dir/one.db" --format json > "$dir/stats-one.json"
  echo "ingest -j 2: $(cat "$dir/time-ingest.txt")"
  echo "  $records records, $stored stored, $(json "$dir/ingest.json" duplicates) exact duplicates, $(json "$dir/ingest.json" near_duplicates) near"
  echo "  rate: $(ratio "$records" "$t_ingest") records/s, $(ratio "$bytes / 1e6" "$t_ingest" 2) MB/s of JSON Lines"
  echo "  archive: $size bytes = $(ratio "$size" "$stored") bytes per article ($(ratio "$size" "$bytes" 2) x the input)"

  # --- search: 200 frequent and 200 rare words, each its own process -----------------------------
  "$py" "$here/bench/growth_search.py" "$akhbar" "$dir/one.db" "$work/corpus.jsonl"
  [ -n "${KEEP:-}" ] || rm -f "$dir/one.db"*
  fi
  t_ingest=$(wall "$dir/time-ingest.txt")

  # --- 4 shards, merged --------------------------------------------------------------------------
  if has shards; then
  rm -f "$dir"/s[1-4].db*
  shard_secs=0
  for s in 1 2 3 4; do
    /usr/bin/time -f "$timefmt" -o "$dir/time-s$s.txt" \
      "$akhbar" ingest --db "$dir/s$s.db" --input-format jsonl -j 2 --quiet "$dir/shard$s.jsonl"
    shard_secs=$("$py" -c "print(round($shard_secs + $(wall "$dir/time-s$s.txt"), 2))")
  done
  echo "4 shard ingests: $shard_secs s wall in all, max RSS $(for s in 1 2 3 4; do rss "$dir/time-s$s.txt"; done | sort -n | tail -1) MB"
  fi
  if has merge; then
  rm -f "$dir/merged.db"*
  /usr/bin/time -f "$timefmt" -o "$dir/time-merge.txt" \
    "$akhbar" merge --summary json "$dir/merged.db" "$dir"/s[1-4].db > "$dir/merge.json"
  t_merge=$(wall "$dir/time-merge.txt")
  echo "merge of 4 shards: $(cat "$dir/time-merge.txt")"
  echo "  rate: $(ratio "$(json "$dir/merge.json" records)" "$t_merge") records/s ($(ratio "$t_ingest" "$t_merge" 2) x one ingest's rate)"
  "$akhbar" stats --db "$dir/merged.db" --format json > "$dir/stats-merged.json"
  if cmp -s "$dir/stats-one.json" "$dir/stats-merged.json"; then
    echo "  merged archive: same stats as the one ingest ($(stat -c %s "$dir/merged.db") bytes)"
  else
    echo "  merged archive: STATS DIFFER from the one ingest:"
    "$py" - "$dir/stats-one.json" "$dir/stats-merged.json" <<'PY' || true
import json, sys
one, merged = (json.load(open(p)) for p in sys.argv[1:3])
for key in ("articles", "inputs", "words", "duplicates", "near_duplicates"):
    if one[key] != merged[key]:
        print(f"    {key}: {one[key]:,} in the one ingest, {merged[key]:,} merged")
a, b = ({s["source"]: s["articles"] for s in d["per_source"]} for d in (one, merged))
moved = sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))
print(f"    {len(moved)} sources differ, e.g. " + "; ".join(f"{k or '(none)'} {a.get(k, 0)} -> {b.get(k, 0)}" for k in moved[:3]))
PY
  fi
  [ -n "${KEEP:-}" ] || rm -f "$dir"/s[1-4].db* "$dir/merged.db"*
  fi

  # --- last, the reference: a bare FTS5 insert of the same texts by the sqlite3 shell -------------
  # jq turns the records into title/body separated by the ASCII unit and record separators (the
  # shell's `ascii` mode: no quoting, so every text goes in as it is) in a pipe beside it.
  if has reference && [ -z "${NO_REFERENCE:-}" ]; then
    rm -f "$dir/floor.db"
    printf '%s\n' "cat ${inputs[*]} | jq -j '[.title, .content] | join(\"\\u001f\") + \"\\u001e\"'" > "$dir/texts.sh"
    /usr/bin/time -f "$timefmt" -o "$dir/time-floor.txt" sqlite3 "$dir/floor.db" \
      "PRAGMA journal_mode=WAL;" "CREATE VIRTUAL TABLE t USING fts5(title, body);" \
      ".mode ascii" ".import '|sh $dir/texts.sh' t" > /dev/null
    floor_rows=$(sqlite3 "$dir/floor.db" "SELECT count(*) FROM t")
    floor_bytes=$(stat -c %s "$dir/floor.db")
    echo "reference (sqlite3 .import into fts5(title, body), $floor_rows rows): $(cat "$dir/time-floor.txt"); $floor_bytes bytes"
    echo "  one ingest took $(ratio "$t_ingest" "$(wall "$dir/time-floor.txt")" 2) x the reference's wall time"
    rm -f "$dir/floor.db"*
  fi

done
