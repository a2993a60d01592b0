#!/usr/bin/env bash
# Tests the Debian package, not only its build: makes the .deb from a build folder (cpack), installs
# it with apt as a user would, checks what it installed (files, dependencies, the binary on a real
# sample, `man akhbar-search`, bash and zsh completion), then removes it and every package apt
# pulled in for it, leaving the machine's package set as it found it.
#
#   scripts/package-test.sh [BUILD_DIR]     # as root; BUILD_DIR defaults to build (not an ASan build)
#
# Exits non-zero on the first failed check, after cleaning up.
set -euo pipefail
cd "$(dirname "$0")/.."
src=$(pwd)
build=${1:-build}
export DEBIAN_FRONTEND=noninteractive

fail() { echo "package-test: FAIL: $*" >&2; exit 1; }
ok() { echo "package-test: ok: $*"; }

[ "$(id -u)" -eq 0 ] || fail "run as root (it installs and removes the package)"
[ -f "$build/CMakeCache.txt" ] || fail "no build in $build (run scripts/setup.sh first)"
grep -q '^AKHBAR_SANITIZE:BOOL=ON' "$build/CMakeCache.txt" && fail "$build is a sanitizer build; package a normal one"
command -v dpkg-shlibdeps >/dev/null || fail "dpkg-shlibdeps missing: apt-get install dpkg-dev (scripts/setup.sh does)"
if dpkg-query -W -f='${Status}' akhbar 2>/dev/null | grep -q 'install ok installed'; then
  fail "a package akhbar is already installed; remove it first (apt-get remove akhbar)"
fi

echo "== build the package"
cmake --build "$build" --target akhbar akhbar_completions >/dev/null
# The man pages ship from docs/man: they must describe this binary.
python3 scripts/gen-man.py --akhbar "$build/akhbar" --check >/dev/null ||
  fail "docs/man is out of date: scripts/gen-man.py --akhbar $build/akhbar"
work=$(mktemp -d /tmp/akhbar-package-test.XXXXXX)
chmod 755 "$work"  # apt's sandbox user (_apt) reads the .deb from here
(cd "$build" && cpack -G DEB -B "$work" >/dev/null) || fail "cpack -G DEB failed"
deb=$(ls "$work"/akhbar_*.deb)
ok "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KB)"
dpkg-deb -f "$deb" Depends | grep -q 'libicu' || fail "Depends lacks ICU: $(dpkg-deb -f "$deb" Depends)"
ok "Depends: $(dpkg-deb -f "$deb" Depends)"

# What is installed now, so that cleanup removes exactly what this test added.
dpkg-query -W -f='${Package}\n' | sort >"$work/before"
cleanup() {
  local rc=$?
  set +e
  dpkg-query -W -f='${Package}\n' | sort >"$work/after"
  local added
  added=$(comm -13 "$work/before" "$work/after" | tr '\n' ' ')
  if [ -n "$added" ]; then
    echo "== remove: $added"
    apt-get purge -y -qq $added >/dev/null
  fi
  dpkg-query -W -f='${Package}\n' | sort >"$work/after"
  if ! cmp -s "$work/before" "$work/after"; then
    echo "package-test: FAIL: the package set differs from before:" >&2
    diff "$work/before" "$work/after" >&2
    rc=1
  elif [ -e /usr/bin/akhbar ]; then
    echo "package-test: FAIL: /usr/bin/akhbar is still there after removal" >&2
    rc=1
  else
    echo "package-test: ok: removed; the installed packages are as before"
  fi
  rm -rf "$work"
  exit $rc
}
trap cleanup EXIT

echo "== apt-get install ./$(basename "$deb")"
if ! apt-get install -y -qq "$deb" >"$work/apt.log" 2>&1; then
  # The runtime libraries may need package lists this machine has not fetched yet.
  apt-get update -qq && apt-get install -y -qq "$deb" >"$work/apt.log" 2>&1 || {
    cat "$work/apt.log" >&2
    fail "apt-get install failed"
  }
fi
pulled=$(comm -13 "$work/before" <(dpkg-query -W -f='${Package}\n' | sort) | grep -vx akhbar | tr '\n' ' ')
ok "installed; apt pulled in: ${pulled:-nothing (the libraries were already there)}"

echo "== files"
for f in /usr/bin/akhbar /usr/share/man/man1/akhbar.1 /usr/share/man/man1/akhbar-search.1 \
  /usr/share/bash-completion/completions/akhbar /usr/share/zsh/vendor-completions/_akhbar \
  /usr/share/doc/akhbar/README.md /usr/share/doc/akhbar/CHANGELOG.md /usr/share/doc/akhbar/copyright; do
  dpkg -L akhbar | grep -qx "$f" || fail "dpkg -L akhbar does not list $f"
done
ok "dpkg -L lists the binary, $(dpkg -L akhbar | grep -c '/man1/.*\.1$') man pages, both completions, README, CHANGELOG, copyright"

echo "== the binary"
version=$(/usr/bin/akhbar --version)
[ "$version" = "$("$build/akhbar" --version)" ] || fail "installed --version '$version' differs from the build's"
ok "$version"
/usr/bin/akhbar --help | grep -q '^  search ' || fail "--help does not list search"
ok "--help lists the commands"
(
  cd "$work"
  /usr/bin/akhbar parse "$src/samples/saudinewsnet_00011.txt" >parsed.jsonl
  grep -q '"title":"السعودية تطيح خلايا عنقودية مرتبطة ب«داعش».. وتديرها دول"' parsed.jsonl ||
    fail "parse of samples/saudinewsnet_00011.txt gave no title: $(head -c 300 parsed.jsonl)"
  /usr/bin/akhbar ingest -q --db t.db "$src/samples"
  /usr/bin/akhbar search --db t.db --format tsv 'داعش' | grep -q 'السعودية تطيح' || fail "search found nothing"
)
ok "parse, ingest and search work on samples/"

echo "== man akhbar-search"
excluded=$(grep -hs '^path-exclude.*/usr/share/man' /etc/dpkg/dpkg.cfg.d/* || true)
if [ -n "$excluded" ]; then
  # Docker-style Debian images tell dpkg not to unpack man pages: dpkg -L lists them, the disk
  # lacks them. Check the page inside the package instead, and say why.
  echo "package-test: note: dpkg skips man pages here ($excluded); reading the page from the .deb"
  page=$(dpkg-deb --fsys-tarfile "$deb" | tar -xO ./usr/share/man/man1/akhbar-search.1)
  command -v man >/dev/null || fail "man is not installed (apt-get install man-db)"
  text=$(printf '%s' "$page" | man -l -P cat - 2>/dev/null)
else
  if ! command -v man >/dev/null; then
    apt-get install -y -qq man-db >/dev/null  # removed again by cleanup
  fi
  text=$(MANPAGER=cat man -P cat akhbar-search 2>/dev/null) || fail "man akhbar-search failed"
fi
grep -q 'akhbar-search' <<<"$text" && grep -q -- '--format' <<<"$text" || fail "man akhbar-search: $text"
ok "man akhbar-search shows the page ($(wc -l <<<"$text") lines)"

echo "== bash completion"
bash_check='
  complete_line() {
    COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=()
    $(complete -p akhbar | sed "s/.*-F \([^ ]*\) .*/\1/")
    printf "%s\n" "${COMPREPLY[@]}"
  }
  complete_line akhbar se | grep -qx search || { echo "akhbar se<TAB>: no search"; exit 1; }
  complete_line akhbar search -- | grep -qx -- --format || { echo "akhbar search --<TAB>: no --format"; exit 1; }
  complete_line akhbar export --format "" | grep -qx tei || { echo "export --format <TAB>: no tei"; exit 1; }
'
bash -c "source /usr/share/bash-completion/completions/akhbar; $bash_check" || fail "bash completion"
ok "bash completion: akhbar se -> search, akhbar search -- -> --format, export --format -> tei"
if [ -f /usr/share/bash-completion/bash_completion ]; then
  # As an interactive shell finds it: bash-completion loads completions/akhbar on first use.
  bash -c "source /usr/share/bash-completion/bash_completion; __load_completion akhbar; $bash_check" ||
    fail "bash completion through bash-completion's loader"
  ok "bash-completion's loader finds the completion"
fi

echo "== zsh completion"
if command -v zsh >/dev/null; then
  zsh -n /usr/share/zsh/vendor-completions/_akhbar || fail "_akhbar does not parse"
  zsh -f -c 'fpath=(/usr/share/zsh/vendor-completions $fpath); autoload -Uz compinit; compinit -u -D
    [[ ${_comps[akhbar]} == _akhbar ]]' || fail "compinit did not register _akhbar for akhbar"
  ok "zsh: _akhbar parses and compinit binds it to akhbar"
else
  echo "package-test: note: zsh not installed; zsh completion not checked"
fi
