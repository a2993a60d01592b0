#!/usr/bin/env bash
# Sharded ingest with GNU parallel (issue 16; docs/scaling.md): one `akhbar ingest` per input (a
# file or a folder) into its own shard archive, run here (-j N) or on other machines over ssh
# (-S SSHLOGIN, repeatable), then one `akhbar merge` of the shards, in the order the inputs were
# given, into OUT. The result is the archive one `akhbar ingest OUT INPUT...` would make.
#
#   scripts/shard-ingest.sh [-j N] [-S SSHLOGIN]... [--shards DIR] [--keep-shards]
#                           [--akhbar PATH] OUT.db INPUT...
#
#   -j N           jobs at once per machine (default: parallel's, one per core)
#   -S SSHLOGIN    run the ingests on this machine over ssh ("host", "user@host", "ssh -p 2222
#                  host", ":" for this machine); repeat for more. The inputs, the shard folder and
#                  the akhbar binary must be at the same paths there (a shared filesystem)
#   --shards DIR   where the shard archives go (default: OUT.shards/); on another machine, a
#                  folder it shares with this one
#   --keep-shards  keep the shards after a complete merge (they are deleted by default)
#   --akhbar PATH  the akhbar binary (default: `akhbar` on PATH, made absolute)
#
# Safe to re-run: an interrupted run, run again with the same arguments, completes (ingest and
# merge both skip what is already archived). Exit code: 0 when every shard was ingested and
# merged; otherwise 1 (the shards that did ingest are merged, and kept).
set -euo pipefail

usage() {
  echo "usage: shard-ingest.sh [-j N] [-S SSHLOGIN]... [--shards DIR] [--keep-shards] [--akhbar PATH] OUT.db INPUT..." >&2
  exit 2
}
jobs=() logins=() shards='' keep=0 akhbar=akhbar
while (($#)); do
  case $1 in
    -j) jobs=(-j "$2"); shift 2 ;;
    -S) logins+=(-S "$2"); shift 2 ;;
    --shards) shards=$2; shift 2 ;;
    --keep-shards) keep=1; shift ;;
    --akhbar) akhbar=$2; shift 2 ;;
    -h|--help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    --) shift; break ;;
    -*) echo "shard-ingest: unknown option $1" >&2; usage ;;
    *) break ;;
  esac
done
(($# >= 2)) || usage
out=$1
shift
akhbar=$(command -v "$akhbar") || { echo "shard-ingest: no akhbar binary found" >&2; exit 2; }
akhbar=$(realpath "$akhbar")
shards=$(realpath -m "${shards:-$out.shards}")
inputs=()
for i in "$@"; do
  [ -e "$i" ] || { echo "shard-ingest: no such file or folder: $i" >&2; exit 1; }
  inputs+=("$(realpath "$i")")  # absolute: the same path on every machine of a shared filesystem
done
mkdir -p "$shards"

# {#} is the input's place (1, 2, ...): shard-{#}.db whichever machine ingests it. An ingest
# exits 1 when some of its inputs failed but the rest are stored; its shard is merged either way.
# -q: parallel quotes each word of the command (paths with spaces), here and over ssh.
status=0
parallel --will-cite -q ${jobs[@]+"${jobs[@]}"} ${logins[@]+"${logins[@]}"} --joblog "$shards/joblog" \
  "$akhbar" ingest --quiet --db "$shards/shard-{#}.db" {} ::: "${inputs[@]}" || status=1

dbs=()
for ((k = 1; k <= ${#inputs[@]}; k++)); do
  [ -f "$shards/shard-$k.db" ] && dbs+=("$shards/shard-$k.db")
done
((${#dbs[@]})) || { echo "shard-ingest: no shard was ingested" >&2; exit 1; }
"$akhbar" merge "$out" "${dbs[@]}" || status=1
if ((status == 0 && keep == 0)); then
  rm -rf "$shards"
fi
exit "$status"
