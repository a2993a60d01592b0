#!/usr/bin/env bash
# Whole-process benchmark of `akhbar parse -j N` (load + normalize + segment + JSON) over the UTF-8
# part of ../shared/corpus (everything but the windows-1256 folder and the non-UTF-8 encoding
# samples), with hyperfine, plus peak RSS and CPU (user + sys) from /usr/bin/time -v; then the same
# texts as one JSON Lines file (one loader: the case where workers must share one input).
# Usage: bench/parse.sh [BUILD_DIR]   (prints wall, MB/s, CPU and speed-up for -j 1 and -j 2)
set -euo pipefail
cd "$(dirname "$0")/.."
akhbar=${1:-build}/akhbar
corpus=$(cd ../shared/corpus && pwd)
list=$(mktemp)
jsonl=$(mktemp --suffix=.jsonl)
trap 'rm -f "$list" "$jsonl"' EXIT
find "$corpus" -type f ! -path '*/arabic-newspapers-cp1256/*' ! -path '*/chardet-encodings/*' \
  ! -name '*.md' ! -name '*.tsv' | sort > "$list"
find "$corpus/chardet-encodings/utf-8-arabic" -type f | sort >> "$list"
bytes=$(tr '\n' '\0' < "$list" | du -cb --files0-from=- | tail -1 | cut -f1)
python3 - "$list" "$jsonl" <<'PY'
import json, sys
with open(sys.argv[2], 'w', encoding='utf-8') as out:
    for p in open(sys.argv[1], encoding='utf-8').read().split('\n'):
        if p.endswith('.txt'):
            try:
                out.write(json.dumps({'url': 'file://' + p, 'body': open(p, encoding='utf-8').read()},
                                     ensure_ascii=False) + '\n')
            except (UnicodeDecodeError, OSError):
                pass
PY
jbytes=$(stat -c %s "$jsonl")

run() {  # run NAME BYTES ARGS...
  local name=$1 size=$2 j1=0
  shift 2
  echo "$name: $size bytes"
  for j in 1 2; do
    hyperfine --warmup 1 --runs 5 --export-json /tmp/akhbar-parse-j$j.json \
      "$akhbar parse -q -j $j $* > /dev/null" >/dev/null
    mean=$(python3 -c "import json;print(json.load(open('/tmp/akhbar-parse-j$j.json'))['results'][0]['mean'])")
    [ "$j" = 1 ] && j1=$mean
    out=$( { /usr/bin/time -v "$akhbar" parse -q -j $j "$@" > /dev/null; } 2>&1)
    rss=$(awk '/Maximum resident/ {print $6}' <<< "$out")
    cpu=$(awk '/User time|System time/ {s += $4} END {print s}' <<< "$out")
    python3 -c "print(f'  -j $j: {$mean:.3f} s, {$size/1e6/$mean:.1f} MB/s, CPU {$cpu:.2f} s, peak RSS {$rss/1024:.1f} MiB, speed-up {$j1/$mean:.2f}x')"
  done
}
run "folder walk, $(wc -l < "$list") files" "$bytes" --files-from "$list"
run "one JSON Lines file" "$jbytes" "$jsonl"
