#!/bin/sh
# Whole-process loader benchmark: load() alone (bench_loader --load, no segmenter) beside `cat`
# and `uconv -f utf-8 -t utf-8` on the same bytes, with peak RSS from /usr/bin/time.
#   bench/loader.sh [BUILD_DIR] [SIZE_MB]
# Inputs are generated under /tmp/akhbar-bench by repeating the shared corpus (SaudiNewsNet's
# split articles): a JSON Lines file and a WET file of SIZE_MB (default 2048) each (named by their
# size, so that runs of different sizes do not mix), and a folder of 100,000 small text files.
# The "MB/s cpu" column is bytes / (user + sys): per core, meaningful on a shared machine.
# Needs a build with -DAKHBAR_BUILD_BENCH=ON.
set -eu
src=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$src/build}
size_mb=${2:-2048}
corpus=${AKHBAR_CORPUS:-$src/../shared/corpus}
bench="$build/bench/bench_loader"
out=/tmp/akhbar-bench
mkdir -p "$out"
[ -x "$bench" ] || { echo "no $bench: configure with -DAKHBAR_BUILD_BENCH=ON and build bench_loader" >&2; exit 2; }

python3 - "$corpus" "$out" "$size_mb" <<'PY'
import json, os, sys
corpus, out, size_mb = sys.argv[1], sys.argv[2], int(sys.argv[3])
target = size_mb * 1024 * 1024
split = os.path.join(corpus, 'saudinewsnet', 'split')
texts = [open(os.path.join(split, f), encoding='utf-8').read() for f in sorted(os.listdir(split))]
def fill(path, make):
    if os.path.exists(path) and os.path.getsize(path) >= target:
        return
    with open(path, 'wb') as f:
        n = i = 0
        while n < target:
            b = make(i, texts[i % len(texts)])
            f.write(b)
            n += len(b)
            i += 1
fill(os.path.join(out, f'big-{size_mb}M.jsonl'), lambda i, t: (json.dumps(
    {'url': f'http://example.com/{i}', 'title': t.split('\n', 1)[0], 'content': t}, ensure_ascii=False) + '\n').encode())
def wet(i, t):
    body = t.encode()
    head = (f'WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: http://example.com/{i}\r\n'
            f'WARC-Date: 2024-10-01T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:{i:032x}>\r\n'
            f'Content-Type: text/plain\r\nContent-Length: {len(body)}\r\n\r\n').encode()
    return head + body + b'\r\n\r\n'
fill(os.path.join(out, f'big-{size_mb}M.wet'), wet)
many = os.path.join(out, 'many')
if not os.path.isdir(os.path.join(many, '099')):
    for d in range(100):
        sub = os.path.join(many, f'{d:03d}')
        os.makedirs(sub, exist_ok=True)
        for k in range(1000):
            i = d * 1000 + k
            with open(os.path.join(sub, f'{i:06d}.txt'), 'w', encoding='utf-8') as f:
                f.write(texts[i % len(texts)])
PY

measure() {  # label, bytes, command...
  label=$1
  bytes=$2
  shift 2
  /usr/bin/time -f "%e %U %S %M" -o "$out/time.txt" "$@" >"$out/stdout.txt" 2>/dev/null || true
  read -r secs user sys rss <"$out/time.txt"
  cpu=$(echo "$user + $sys" | bc)
  rate=$(echo "scale=1; $bytes / 1048576 / ($cpu + 0.001)" | bc)
  printf '%-36s %7.2f s wall %7.2f s cpu %8.1f MB/s cpu %7d KB peak RSS  %s\n' "$label" "$secs" "$cpu" "$rate" \
    "$rss" "$(head -c 200 "$out/stdout.txt" | tr '\n' ' ')"
}

echo "# bench_loader prints MB/s of wall time; the cpu columns are user+sys"
echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) $(uname -m), $(nproc) cores; inputs in $out"
for f in "big-${size_mb}M.jsonl" "big-${size_mb}M.wet"; do
  bytes=$(stat -c %s "$out/$f")
  echo "## $f ($((bytes / 1024 / 1024)) MB)"
  cat "$out/$f" >/dev/null  # warm the page cache
  measure "cat" "$bytes" sh -c "cat '$out/$f' >/dev/null"
  measure "uconv -f utf-8 -t utf-8" "$bytes" uconv -f utf-8 -t utf-8 -o /dev/null "$out/$f"
  measure "bench_loader --load (load() only)" "$bytes" "$bench" --load "$out/$f"
done
bytes=$(find "$out/many" -type f -printf '%s\n' | awk '{s += $1} END {print s}')
echo "## many/ (100,000 files, $((bytes / 1024 / 1024)) MB)"
measure "cat (find | xargs cat)" "$bytes" sh -c "find '$out/many' -type f | sort | xargs cat >/dev/null"
measure "uconv (find | xargs cat | uconv)" "$bytes" sh -c "find '$out/many' -type f | sort | xargs cat | uconv -f utf-8 -t utf-8 >/dev/null"
measure "bench_loader --load (load() only)" "$bytes" "$bench" --load "$out/many"
