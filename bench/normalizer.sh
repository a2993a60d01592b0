#!/usr/bin/env bash
# Whole-process speed of `akhbar normalize` on the UTF-8 text of ../shared/corpus concatenated into
# one file, beside ICU's own `uconv -x Any-NFC` on the same bytes (Debian icu-devtools).
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
echo "input: $text, $bytes bytes, $(wc -l < "$text") lines"

hyperfine --warmup 1 --runs 5 --export-markdown /tmp/akhbar-normalizer-hyperfine.md \
  -n "uconv -x Any-NFC" "uconv -f utf-8 -t utf-8 -x Any-NFC $text > /dev/null" \
  -n "akhbar normalize (display)" "$akhbar normalize $text > /dev/null" \
  -n "akhbar normalize --digits ascii" "$akhbar normalize --digits ascii $text > /dev/null" \
  -n "akhbar normalize --form search" "$akhbar normalize --form search $text > /dev/null" \
  -n "akhbar normalize --tokens" "$akhbar normalize --tokens $text > /dev/null"
cat /tmp/akhbar-normalizer-hyperfine.md

echo "peak memory (display form):"
/usr/bin/time -v "$akhbar" normalize "$text" 2>&1 >/dev/null | grep -E "Maximum resident|Elapsed"
