#!/bin/sh
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for SECONDS (default 60):
#   tests/fuzz/run.sh [SECONDS] [BUILD_DIR] [TARGET...]
# Targets: loader, segmenter, import, query (all by default). Seeds are made from real files at
# run time (tests/data/loader, samples/, ../shared/corpus, the tests' queries and dates, and
# `akhbar parse`/`akhbar export --format tei` output when build/akhbar exists or AKHBAR names a
# binary); the inputs a run finds are left in BUILD_DIR/fuzz-corpus/. Stops with
# exit status 1 at the first crash, leak or timeout, printing the path of the input, which is
# kept in BUILD_DIR/fuzz-artifacts/; copy it to tests/fuzz/regressions/TARGET/ once fixed.
set -eu
seconds=${1:-60}
src=$(cd "$(dirname "$0")/../.." && pwd)
build=${2:-$src/build-fuzz}
[ $# -ge 2 ] && shift 2 || shift $#
targets=${*:-loader segmenter import query}

started=$(date +%s)
CC=clang CXX=clang++ cmake -S "$src" -B "$build" -G Ninja -DAKHBAR_BUILD_FUZZ=ON -DAKHBAR_BUILD_TESTS=OFF \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
set --
for t in $targets; do set -- "$@" "fuzz_$t"; done
cmake --build "$build" --target "$@"
echo "fuzz: built in $(($(date +%s) - started)) s"

seeds="$build/fuzz-seeds"
rm -rf "$seeds"
mkdir -p "$seeds/loader" "$build/fuzz-artifacts"
# Loader seeds: each crafted input once per format byte, so every reader starts with real input.
i=0
for f in "$src"/tests/data/loader/*; do
  for fmt in 0 1 2 3 4 5 6 7; do
    { printf "\\$(printf '%03o' "$fmt")"; head -c 4096 "$f"; } >"$seeds/loader/seed-$i-$fmt"
  done
  i=$((i + 1))
done
corpus="$src/../shared/corpus"
if [ -d "$corpus" ]; then
  for f in "$corpus"/chardet-encodings/*/* "$corpus"/seed/*; do
    { printf '\000'; head -c 4096 "$f"; } >"$seeds/loader/seed-$i-c"
    i=$((i + 1))
  done
fi
akhbar=${AKHBAR:-$src/build/akhbar}
[ -x "$akhbar" ] || akhbar=
python3 "$src/tests/fuzz/make_seeds.py" "$src" "$corpus" "$akhbar" "$seeds"

# A UBSan report is a crash too; leaks are checked by libFuzzer itself.
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export ASAN_OPTIONS=abort_on_error=1:detect_leaks=1
for t in $targets; do
  case $t in
    query) max_len=2048 ;;  # a pasted paragraph
    *) max_len=16384 ;;
  esac
  dict=
  [ -f "$src/tests/fuzz/$t.dict" ] && dict="-dict=$src/tests/fuzz/$t.dict"
  # Each run starts again from the seeds: libFuzzer first runs every input it is given, so a corpus
  # kept from run to run would eat more of the time each run (set FUZZ_KEEP_CORPUS=1 to keep it).
  found="$build/fuzz-corpus/$t"
  [ "${FUZZ_KEEP_CORPUS:-0}" = 1 ] || rm -rf "$found"
  mkdir -p "$found"
  log="$build/fuzz-$t.log"
  status=0
  # The first folder receives new inputs; seeds and the committed regressions are read only.
  # shellcheck disable=SC2086
  "$build/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -max_len=$max_len -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 $dict -artifact_prefix="$build/fuzz-artifacts/$t-" \
    "$found" "$seeds/$t" "$src/tests/fuzz/regressions/$t" >"$log" 2>&1 || status=$?
  # libFuzzer's last status line: executions, coverage (cov: edges, ft: features), corpus size.
  stats=$(grep -E '^#[0-9]+[[:space:]]' "$log" | tail -n 1 | tr -s '[:space:]' ' ' || true)
  echo "fuzz_$t: ${stats:-no stats} (log: $log)"
  if [ $status -ne 0 ]; then
    tail -n 60 "$log"
    artifact=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -n 1)
    echo "fuzz_$t: FAILED (exit $status); the input is ${artifact:-in $build/fuzz-artifacts/}"
    echo "  replay: $build/tests/fuzz/fuzz_$t ${artifact:-ARTIFACT}"
    exit 1
  fi
done
echo "fuzz: done in $(($(date +%s) - started)) s"
