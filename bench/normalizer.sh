#!/usr/bin/env bash
# Whole-process speed of `akhbar normalize` on the UTF-8 text of ../shared/corpus concatenated into
# one file, beside ICU's own `uconv -x Any-NFC` on the same bytes (Debian icu-devtools); and what a
# short-lived process pays for its first Normalizer.
# Usage: bench/normalizer.sh [path/to/akhbar] [corpus folder]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
akhbar="${1:-$here/../build/akhbar}"
corpus="${2:-$here/../../shared/corpus}"
text=/tmp/akhbar-corpus-utf8.txt

# Every file that is valid UTF-8 (the windows-1256 and UTF-16 samples are left out), sorted.
find "$corpus" -type f -print0 | sort -z | while IFS= read -r -d '' f; do
  if iconv -f UTF-8 -t UTF-8 "$f" >/dev/null 2>&1; then cat "$f"; printf '\n'; fi
done > "$text"
bytes=$(stat -c %s "$text")
echo "input: $text, $bytes bytes, $(wc -l < "$text") lines; load average $(cut -d' ' -f1-3 /proc/loadavg)"

hyperfine --warmup 1 --runs 5 --export-markdown /tmp/akhbar-normalizer-hyperfine.md \
  -n "uconv -x Any-NFC" "uconv -f utf-8 -t utf-8 -x Any-NFC $text > /dev/null" \
  -n "akhbar normalize (display)" "$akhbar normalize $text > /dev/null" \
  -n "akhbar normalize --digits ascii" "$akhbar normalize --digits ascii $text > /dev/null" \
  -n "akhbar normalize --form search" "$akhbar normalize --form search $text > /dev/null" \
  -n "akhbar normalize --tokens" "$akhbar normalize --tokens $text > /dev/null"
cat /tmp/akhbar-normalizer-hyperfine.md

# CPU time (user + sys), the figure that holds on a shared machine: the median of 5 runs each.
cpu() {
  for _ in 1 2 3 4 5; do
    /usr/bin/time -f '%U %S' "$@" 2>&1 >/dev/null | tail -1 | awk '{ printf "%.3f\n", $1 + $2 }'
  done | sort -n | sed -n 3p
}
echo "CPU seconds (user + sys, median of 5):"
u=$(cpu uconv -f utf-8 -t utf-8 -x Any-NFC "$text")
echo "  uconv -x Any-NFC                $u"
for mode in "" "--digits ascii" "--form search" "--tokens"; do
  # shellcheck disable=SC2086
  a=$(cpu "$akhbar" normalize $mode "$text")
  printf '  akhbar normalize %-15s %s  (%sx uconv)\n' "$mode" "$a" "$(python3 -c "print(round($u / max($a, 0.001), 1))")"
done

# First use: a process that normalizes nothing against one that does nothing at all.
hyperfine -N --warmup 3 --runs 30 "$akhbar --version" "$akhbar normalize /dev/null"

echo "peak memory (display form):"
/usr/bin/time -v "$akhbar" normalize "$text" 2>&1 >/dev/null | grep -E "Maximum resident|Elapsed"
