#!/usr/bin/env bash
# A new user's set-up, timed: the two commands at the top of the README, run on an empty target
# folder (cold), then both again (warm). The commands are read from the README itself, so what
# is timed is what the README says.
#
#   bash bench/cold-setup.sh
#
# Crates are taken from cargo's local cache when they are there (run `cargo fetch` first to
# leave downloads out of the figures). Environment: CARGO_TARGET_DIR (default: a new temporary
# folder, removed at the end). It needs GNU time (`apt-get install time`) and installs nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! /usr/bin/time --version 2>&1 | grep -q GNU; then
  echo "bench/cold-setup.sh needs GNU time at /usr/bin/time: apt-get install time" >&2
  exit 3
fi

# The first two commands of the README's first ```sh block, without their comments.
mapfile -t commands < <(awk '/^```sh/ { inside = 1; next } inside && /^```/ { exit }
  inside { sub(/[ \t]*#.*/, ""); if ($0 != "") print }' README.md | head -2)
if [ ${#commands[@]} -ne 2 ]; then
  echo "could not find the two set-up commands at the top of README.md" >&2
  exit 1
fi

if [ -z "${CARGO_TARGET_DIR:-}" ]; then
  CARGO_TARGET_DIR=$(mktemp -d /tmp/appeal-cold-XXXXXX)
  trap 'rm -rf "$CARGO_TARGET_DIR"' EXIT
elif [ -e "$CARGO_TARGET_DIR" ] && [ -n "$(ls -A "$CARGO_TARGET_DIR")" ]; then
  echo "CARGO_TARGET_DIR=$CARGO_TARGET_DIR is not empty: a cold set-up needs an empty one" >&2
  exit 1
fi
export CARGO_TARGET_DIR
log=$(mktemp)

# run LABEL COMMAND: runs it through bash, output discarded; prints wall and CPU seconds.
run() {
  local label=$1 command=$2
  /usr/bin/time -f "%e %U %S" -o "$log" bash -c "$command" > /dev/null 2>&1 || {
    echo "failed: $command" >&2; exit 1; }
  read -r wall user sys < "$log"
  printf '%-5s %-72s wall %7.1f s  CPU %7.1f s\n' "$label" "$command" "$wall" \
    "$(awk "BEGIN { print $user + $sys }")"
  echo "$wall" >> "$log.$label"
}

echo "== $(nproc) cores, $(rustc --version), load $(cut -d' ' -f1-3 /proc/loadavg)"
for command in "${commands[@]}"; do run cold "$command"; done
for command in "${commands[@]}"; do run warm "$command"; done
cold=$(awk '{ s += $1 } END { printf "%.0f", s }' "$log.cold")
warm=$(awk '{ s += $1 } END { printf "%.0f", s }' "$log.warm")
echo "cold set-up: $cold s ($(awk "BEGIN { printf \"%.1f\", $cold / 60 }") min); warm: $warm s;" \
  "target folder $(du -sh "$CARGO_TARGET_DIR" | cut -f1); load $(cut -d' ' -f1-3 /proc/loadavg)"
rm -f "$log" "$log.cold" "$log.warm"
