#!/usr/bin/env bash
# The main job on samples/: set up and build, ingest into the default archive (./akhbar.db),
# then search it. Works as root and through sudo.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
as_user=()
if [ "$(id -u)" -eq 0 ] && [ -n "${SUDO_USER:-}" ] && [ "$SUDO_USER" != root ]; then
  as_user=(sudo -u "$SUDO_USER")
fi
echo "\$ akhbar ingest samples/"
"${as_user[@]}" ./build/akhbar ingest samples/
echo
echo "\$ akhbar search العراق"
"${as_user[@]}" ./build/akhbar search العراق
