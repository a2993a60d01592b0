#!/bin/sh
# Builds the loader's libFuzzer target with clang and runs it for N seconds (default 60).
#   tests/fuzz/run.sh [SECONDS] [BUILD_DIR]
# The corpus starts from tests/data/loader and a few files of ../shared/corpus; crashes are
# written to BUILD_DIR/fuzz-artifacts/.
set -eu
seconds=${1:-60}
src=$(cd "$(dirname "$0")/../.." && pwd)
build=${2:-$src/build-fuzz}
CC=clang CXX=clang++ cmake -S "$src" -B "$build" -G Ninja -DAKHBAR_BUILD_FUZZ=ON -DAKHBAR_BUILD_TESTS=OFF \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --target fuzz_loader
seeds="$build/fuzz-seeds"
mkdir -p "$seeds" "$build/fuzz-artifacts"
# Seed files: each crafted input once per format byte, so every reader starts with real input.
i=0
for f in "$src"/tests/data/loader/*; do
  for fmt in 0 1 2 3 4 5 6 7; do
    { printf "\\$(printf '%03o' "$fmt")"; head -c 4096 "$f"; } > "$seeds/seed-$i-$fmt"
  done
  i=$((i + 1))
done
corpus="$src/../shared/corpus"
if [ -d "$corpus" ]; then
  for f in "$corpus"/chardet-encodings/*/* "$corpus"/seed/*; do
    { printf '\000'; head -c 4096 "$f"; } > "$seeds/seed-$i-c"
    i=$((i + 1))
  done
fi
"$build/tests/fuzz/fuzz_loader" -max_total_time="$seconds" -max_len=16384 -timeout=10 -rss_limit_mb=2048 \
  -artifact_prefix="$build/fuzz-artifacts/" "$seeds"
