#!/usr/bin/env bash
# Runs two akhbar binaries over the whole corpus and says what changed between them: the gate for
# refactors (which must change nothing) and the measure of a rule change (what exactly moved).
# Compared, each with a fixed --now so relative dates do not move with the clock:
#   parse      the JSON Lines records (with the warnings and errors on stderr), matched by line
#   explain    parse --explain (every input line with its label and rule)
#   normalize  the display form, the search form and the search tokens
#   export     ingest into a fresh archive, then export jsonl, es-bulk, csv and tei (--no-export skips)
# Usage: bench/corpus-diff.sh [-n N] [--keep DIR] [--no-export] OLD_AKHBAR NEW_AKHBAR [CORPUS...]
#   -n N        show the first N changed records / lines of each part (default 5)
#   --keep DIR  leave both binaries' outputs in DIR (old.*, new.*) for a closer look
# CORPUS defaults to ../shared/corpus (every folder, html/ included, read recursively).
# Prints one summary line per part and the first differences; exits 0 when everything is
# identical, 1 when something differs, 2 on a usage error.
set -euo pipefail
shown=5 keep="" export=1
while [ $# -gt 0 ]; do
  case $1 in
    -n) shown=$2; shift 2 ;;
    --keep) keep=$2; shift 2 ;;
    --no-export) export=0; shift ;;
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "corpus-diff: unknown option $1" >&2; exit 2 ;;
    *) break ;;
  esac
done
if [ $# -lt 2 ]; then
  echo "usage: bench/corpus-diff.sh [-n N] [--keep DIR] [--no-export] OLD_AKHBAR NEW_AKHBAR [CORPUS...]" >&2
  exit 2
fi
old=$(realpath "$1") new=$(realpath "$2")
shift 2
if [ $# -eq 0 ]; then set -- "$(cd "$(dirname "$0")/../../shared/corpus" && pwd)"; fi
for b in "$old" "$new"; do [ -x "$b" ] || { echo "corpus-diff: $b is not executable" >&2; exit 2; }; done
dir=${keep:-$(mktemp -d)}
mkdir -p "$dir"
[ -n "$keep" ] || trap 'rm -rf "$dir"' EXIT
now=2026-01-01T12:00:00Z

run() {  # run TAG BINARY: every output of one binary into $dir/TAG.*
  local tag=$1 bin=$2
  "$bin" parse --now "$now" "${inputs[@]}" > "$dir/$tag.parse" 2> "$dir/$tag.parse.err" || true
  "$bin" parse --now "$now" --explain "${inputs[@]}" > "$dir/$tag.explain" 2>/dev/null || true
  "$bin" normalize "${inputs[@]}" > "$dir/$tag.display" 2>/dev/null || true
  "$bin" normalize --form search "${inputs[@]}" > "$dir/$tag.search" 2>/dev/null || true
  "$bin" normalize --tokens "${inputs[@]}" > "$dir/$tag.tokens" 2>/dev/null || true
  if [ "$export" = 1 ]; then
    rm -f "$dir/$tag.db"
    "$bin" ingest -q -j 2 --now "$now" --db "$dir/$tag.db" "${inputs[@]}" 2>/dev/null || true
    for f in jsonl es-bulk csv tei; do
      "$bin" export -q --db "$dir/$tag.db" --format "$f" > "$dir/$tag.export-$f" 2>/dev/null || true
    done
    rm -f "$dir/$tag.db"
  fi
}
inputs=("$@")
run old "$old"
run new "$new"

python3 - "$dir" "$shown" "$export" <<'PY'
import json, sys
d, shown, export = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "1"

def lines(name):
    with open(f"{d}/{name}", encoding="utf-8", errors="surrogateescape") as f:
        return f.read().split("\n")

def around(a, b, before=50, n=150):
    """Both values as text, cut to a window that starts just before their first difference."""
    a, b = (v if isinstance(v, str) else json.dumps(v, ensure_ascii=False) for v in (a, b))
    p = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    start = max(0, p - before)
    cut = lambda s: ("…" if start else "") + s[start:start + n] + ("…" if len(s) > start + n else "")
    return cut(a), cut(b)

def record_diff(a, b):
    """The top-level keys that differ between two JSON lines, with old and new values."""
    try:
        x, y = json.loads(a), json.loads(b)
    except ValueError:
        return [("(line)", a, b)]
    where = x.get("input", {}) if isinstance(x, dict) else {}
    out = [(k, x.get(k), y.get(k)) for k in dict.fromkeys(list(x) + list(y)) if x.get(k) != y.get(k)]
    if not out:
        out = [("(bytes only)", a, b)]
    return [(f"{where.get('path', '?')}#{where.get('record', '?')} {k}", v, w) for k, v, w in out]

def compare(part, old, new, records=False):
    a, b = lines(f"old.{old}"), lines(f"new.{new}")
    changed = [i for i in range(min(len(a), len(b))) if a[i] != b[i]]
    extra = abs(len(a) - len(b))
    unit = "records" if records else "lines"
    if not changed and not extra:
        print(f"{part:16} identical ({len(a) - 1} {unit})")
        return True
    print(f"{part:16} {len(changed)} of {len(a) - 1} {unit} changed" +
          (f", {len(a) - 1} -> {len(b) - 1} {unit}" if extra else ""))
    for i in changed[:shown]:
        if records:
            for k, v, w in record_diff(a[i], b[i]):
                print("  {}\n    - {}\n    + {}".format(k, *around(v, w)))
        else:
            print("  line {}\n    - {}\n    + {}".format(i + 1, *around(a[i], b[i])))
    if len(changed) > shown:
        print(f"  ... and {len(changed) - shown} more")
    return False

same = all([compare("parse", "parse", "parse", records=True),
            compare("parse stderr", "parse.err", "parse.err"),
            compare("parse --explain", "explain", "explain"),
            compare("normalize", "display", "display"),
            compare("normalize search", "search", "search"),
            compare("normalize tokens", "tokens", "tokens")] +
           ([compare("export " + f, "export-" + f, "export-" + f, records=f == "jsonl")
             for f in ("jsonl", "es-bulk", "csv", "tei")] if export else []))
print("identical" if same else "DIFFERENT")
sys.exit(0 if same else 1)
PY
