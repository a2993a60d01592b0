#!/usr/bin/env bash
# Set up, build, and run the whole test suite (unit, end-to-end, corpus, dev-set score); the
# corpus and dev-set tests skip when ../shared is not next to the checkout.
# Works as root and through sudo. AKHBAR_WERROR=ON adds -Werror; BUILD_DIR picks the folder.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
as_user=()
if [ "$(id -u)" -eq 0 ] && [ -n "${SUDO_USER:-}" ] && [ "$SUDO_USER" != root ]; then
  as_user=(sudo -u "$SUDO_USER")
fi
cd "${BUILD_DIR:-build}"
# A clone on its own (no ../shared beside it) runs everything else; say once why some tests skip.
corpus=$(sed -n 's/^AKHBAR_CORPUS:PATH=//p' CMakeCache.txt)
[ -d "$corpus" ] || echo "test: no shared corpus at $corpus: the tests that need ../shared are skipped" >&2
"${as_user[@]}" ctest --output-on-failure -j "$(nproc)" ${CTEST_ARGS:-}
