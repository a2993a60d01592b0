#!/usr/bin/env bash
# Whole-process benchmarks of the query side on a 100,000-article archive: `export` in each format
# (articles/s), `stats`, `show`, `list` and `sources` (ms, process start included), with hyperfine.
#
# The archive: the UTF-8 part of ../shared/corpus is ingested once, exported as jsonl, and repeated
# into 100,000 distinct records (copy k of article i keeps i's title with " (k)", its dates and
# source, and its body followed by the body of another article, so that copies are neither exact
# nor near duplicates of each other), which `akhbar import` stores. Built once and kept in
# $BENCH_DIR (default /tmp/akhbar-bench-query), records and archive both.
# Usage: bench/export.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
akhbar=$(cd "${1:-build}" && pwd)/akhbar
corpus=$(cd ../shared/corpus && pwd)
dir=${BENCH_DIR:-/tmp/akhbar-bench-query}
n=${BENCH_ARTICLES:-100000}
mkdir -p "$dir"
db=$dir/news-$n.db

if [ ! -f "$db" ] && [ ! -f "$dir/records-$n.jsonl" ]; then
  list=$dir/inputs.txt
  find "$corpus" -type f ! -path '*/arabic-newspapers-cp1256/*' ! -path '*/chardet-encodings/*' \
    ! -name '*.md' ! -name '*.tsv' | sort > "$list"
  rm -f "$dir/base.db"*
  "$akhbar" ingest --quiet --db "$dir/base.db" --files-from "$list" || true
  "$akhbar" export --quiet --db "$dir/base.db" --out "$dir/base.jsonl"
  python3 - "$dir/base.jsonl" "$dir/records-$n.jsonl" "$n" <<'EOF'
import hashlib, json, sys
src, dst, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
base = [json.loads(l) for l in open(src, encoding='utf-8')]
base = [r for r in base if r['body']]
with open(dst, 'w', encoding='utf-8') as out:
    for k in range(n):
        i = k % len(base)
        copy = k // len(base)
        r = json.loads(json.dumps(base[i]))
        if copy:
            other = base[(i + copy * 977 + 1) % len(base)]
            r['title'] = (r['title'] or '') + f' ({copy})'
            r['body'] = r['body'] + other['body']
            r['input']['path'] = f'copy-{copy}/' + r['input']['path']
            r['input']['sha256'] = hashlib.sha256((r['input']['sha256'] + str(copy)).encode()).hexdigest()
            if r['input']['url']:
                r['input']['url'] += f'#copy-{copy}'
            for item in r['read_also']:
                item.pop('body', None)  # a read-also article is stored once, with the original
        out.write(json.dumps(r, ensure_ascii=False, separators=(',', ':')) + '\n')
EOF
fi
if [ ! -f "$db" ]; then
  rm -f "$db.tmp"*
  start=$(date +%s.%N)
  "$akhbar" import --quiet --db "$db.tmp" "$dir/records-$n.jsonl"
  end=$(date +%s.%N)
  mv "$db.tmp" "$db"
  rm -f "$db.tmp-wal" "$db.tmp-shm"
  python3 -c "print(f'import of $n records: {$end - $start:.1f} s, {$n / ($end - $start):.0f} records/s')"
fi

articles=$("$akhbar" stats --db "$db" --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["articles"])')
size=$(du -b "$db" | cut -f1)
echo "archive: $db, $articles articles, $((size / 1024 / 1024)) MiB"
mid=$((articles / 2))
url=$("$akhbar" list --db "$db" --limit 1 --offset 1000 --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["url"] or "")')

for fmt in jsonl csv tei es-bulk; do
  hyperfine --warmup 1 --runs 3 --export-json "$dir/export-$fmt.json" \
    "$akhbar export --db $db --format $fmt > /dev/null" > /dev/null
  python3 - "$dir/export-$fmt.json" "$articles" "$fmt" <<'EOF'
import json, sys
r = json.load(open(sys.argv[1]))['results'][0]
n = int(sys.argv[2])
print(f"export --format {sys.argv[3]:8}: {r['mean']:.2f} s ± {r['stddev']:.2f}, {n / r['mean']:,.0f} articles/s")
EOF
done
rss=$( { /usr/bin/time -v "$akhbar" export --db "$db" > /dev/null; } 2>&1 | awk '/Maximum resident/ {print $6}')
echo "export --format jsonl: peak RSS $((rss / 1024)) MiB"

bench() {
  local name=$1
  shift
  hyperfine -N --warmup 3 --runs "${RUNS:-30}" --export-json "$dir/$name.json" "$@" > /dev/null
  python3 - "$dir/$name.json" "$name" <<'EOF'
import json, sys
r = json.load(open(sys.argv[1]))['results'][0]
print(f"{sys.argv[2]:16}: mean {r['mean'] * 1000:.1f} ms ± {r['stddev'] * 1000:.1f}, "
      f"min {r['min'] * 1000:.1f} ms, max {r['max'] * 1000:.1f} ms")
EOF
}
bench stats "$akhbar stats --db $db --format json"
bench stats-table "$akhbar stats --db $db --format table"
bench show-id "$akhbar show $mid --db $db"
bench show-json "$akhbar show $mid --db $db --format json"
[ -n "$url" ] && bench show-url "$akhbar show $url --db $db"
bench list-50 "$akhbar list --db $db"
bench sources "$akhbar sources --db $db"
bench version "$akhbar --version"
