#!/usr/bin/env bash
# akhbar and Mozilla Readability (Firefox's Reader View: @mozilla/readability + jsdom, as Firefox
# runs it on a parsed page) on the same labelled HTML pages in one run: both scores with the
# snippet method of ../shared/eval and both speeds. Node stays out of the build and the tests: the
# two npm packages are installed once into a cache folder outside the checkout.
# Usage: bench/html-vs-readability.sh [BUILD_DIR] [LABEL_DIR ...]
#   default labels: tests/html/labels (the 15 real pages); REPEAT=N passes over the pages for
#   the speed figures (default 20); AKHBAR_NODE_CACHE overrides ~/.cache/akhbar-bench-node.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
shift || true
dirs=("$@")
[ ${#dirs[@]} -gt 0 ] || dirs=(tests/html/labels)
repeat=${REPEAT:-20}
cache=${AKHBAR_NODE_CACHE:-$HOME/.cache/akhbar-bench-node}
if [ ! -d "$cache/node_modules/@mozilla/readability" ] || [ ! -d "$cache/node_modules/jsdom" ]; then
  mkdir -p "$cache"
  (cd "$cache" && npm init -y >/dev/null && npm install --silent @mozilla/readability jsdom >/dev/null)
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# The labelled inputs, named as the labels name them (score.py matches records by path).
python3 - "${dirs[@]}" > "$tmp/pages" <<'PY'
import glob, json, os, sys
seen = set()
for d in sys.argv[1:]:
    for p in sorted(glob.glob(os.path.join(d, '**', '*.json'), recursive=True)):
        f = os.path.normpath(os.path.join(os.path.dirname(p), json.load(open(p, encoding='utf-8'))['file']))
        if f not in seen:
            seen.add(f)
            print(f)
PY
mapfile -t pages < "$tmp/pages"
bytes=$(cat "${pages[@]}" | wc -c)

# Speeds are per core: CPU seconds (user + system), not wall time, so that a busy machine does
# not count against either tool. Each tool reads the pages REPEAT times in one process.
# akhbar: one process over all pages, one thread; the best of three runs.
"$build/akhbar" parse -q -j 1 "${pages[@]}" > "$tmp/akhbar.jsonl" || true
# The passes read copies in folders of their own, as a crawl's pages would be: a path given twice
# would be read twice, where parse extracts each page once (its site-template pass keeps them).
reps=()
for r in $(seq "$repeat"); do
  mkdir -p "$tmp/pass$r"
  for i in "${!pages[@]}"; do
    cp "${pages[$i]}" "$tmp/pass$r/$i-$(basename "${pages[$i]}")"
    reps+=("$tmp/pass$r/$i-$(basename "${pages[$i]}")")
  done
done
best=
for _ in 1 2 3; do
  /usr/bin/time -f '%U %S' -o "$tmp/time" "$build/akhbar" parse -q -j 1 "${reps[@]}" > /dev/null || true
  t=$(awk '{print $1 + $2}' "$tmp/time")
  if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
done
akhbar_s=$best

# Readability: one Node process, jsdom parse + Readability.parse() per page, repeated.
NODE_PATH="$cache/node_modules" node bench/readability.mjs 1 "${pages[@]}" > "$tmp/readability.jsonl" 2>/dev/null
read_s=$(NODE_PATH="$cache/node_modules" node bench/readability.mjs "$repeat" "${pages[@]}" 2>&1 >/dev/null |
  sed -n 's/^cpu //p')

total=$((bytes * repeat))
echo "pages: ${#pages[@]} ($bytes bytes); speed: MB per CPU second over $repeat passes, one thread"
python3 bench/html_score.py "akhbar $("$build/akhbar" --version | sed -n "s/.*commit \([0-9a-f]*\).*/\1/p")=$tmp/akhbar.jsonl:$akhbar_s:$total" \
  "Readability $(node -p "require('$cache/node_modules/@mozilla/readability/package.json').version") + jsdom $(node -p "require('$cache/node_modules/jsdom/package.json').version")=$tmp/readability.jsonl:$read_s:$total" \
  -- "${dirs[@]}"
