#!/usr/bin/env bash
# Installs akhbar's Debian packages (when missing) and builds it in build/.
# Works as root and through sudo (the build then runs as the invoking user).
# Environment: AKHBAR_WERROR=ON adds -Werror; BUILD_DIR (default build); CMAKE_ARGS extra flags.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(build-essential cmake ninja-build pkg-config git
  libicu-dev icu-devtools libpugixml-dev libsqlite3-dev sqlite3 libcli11-dev
  libgtest-dev libgmock-dev libbenchmark-dev nlohmann-json3-dev libsimdjson-dev zlib1g-dev libdeflate-dev libssl-dev
  libgumbo-dev python3 python3-jsonschema python3-distributed parallel openssh-server libxml2-utils time hyperfine
  clang libclang-rt-14-dev
  dpkg-dev man-db zsh
  libcpp-httplib-dev chromium chromium-driver python3-selenium fonts-noto-core fonts-hosny-amiri wrk)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  as_root=()
  [ "$(id -u)" -eq 0 ] || as_root=(sudo)
  echo "setup: installing ${missing[*]}" >&2
  "${as_root[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Under sudo, build as the user who called it so that build/ is theirs.
as_user=()
if [ "$(id -u)" -eq 0 ] && [ -n "${SUDO_USER:-}" ] && [ "$SUDO_USER" != root ]; then
  as_user=(sudo -u "$SUDO_USER" --preserve-env=PATH)
fi
build=${BUILD_DIR:-build}
"${as_user[@]}" cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DAKHBAR_WERROR="${AKHBAR_WERROR:-OFF}" ${CMAKE_ARGS:-} >/dev/null
"${as_user[@]}" cmake --build "$build"
