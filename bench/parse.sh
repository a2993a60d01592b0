#!/usr/bin/env bash
# Whole-process benchmark of `akhbar parse -j N` (load + normalize + segment + JSON) over the UTF-8
# part of ../shared/corpus (everything but the windows-1256 folder and the non-UTF-8 encoding
# samples), with hyperfine, plus peak RSS from /usr/bin/time -v.
# Usage: bench/parse.sh [BUILD_DIR]   (prints MB/s for -j 1 and -j 2)
set -euo pipefail
cd "$(dirname "$0")/.."
akhbar=${1:-build}/akhbar
corpus=$(cd ../shared/corpus && pwd)
list=$(mktemp)
trap 'rm -f "$list"' EXIT
find "$corpus" -type f ! -path '*/arabic-newspapers-cp1256/*' ! -path '*/chardet-encodings/*' \
  ! -name '*.md' ! -name '*.tsv' | sort > "$list"
find "$corpus/chardet-encodings/utf-8-arabic" -type f | sort >> "$list"
bytes=$(tr '\n' '\0' < "$list" | du -cb --files0-from=- | tail -1 | cut -f1)
echo "inputs: $(wc -l < "$list") files, $bytes bytes"
for j in 1 2; do
  hyperfine --warmup 1 --runs 5 --export-json /tmp/akhbar-parse-j$j.json \
    "$akhbar parse -q -j $j --files-from $list > /dev/null" >/dev/null
  mean=$(python3 -c "import json;print(json.load(open('/tmp/akhbar-parse-j$j.json'))['results'][0]['mean'])")
  rss=$( { /usr/bin/time -v "$akhbar" parse -q -j $j --files-from "$list" > /dev/null; } 2>&1 | awk '/Maximum resident/ {print $6}')
  python3 -c "print(f'-j $j: {$mean:.3f} s, {$bytes/1e6/$mean:.1f} MB/s, peak RSS {$rss/1024:.1f} MiB')"
done
