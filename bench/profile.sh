#!/usr/bin/env bash
# Where the time goes, in instructions counted by valgrind's callgrind: a measure that does not
# move with the load of a shared machine, unlike the timings of bench/run.sh. It counts
#   - a bare start (`appeal --version`), one small case end to end (`judge --format json`) and
#     regorus evaluating MEXC buyer 1.b in Rego over the same file;
#   - `check` and `judge --format json` over 100 generated cases on one thread, and the raw YAML
#     parser's events over the same files (the floor under reading);
# and prints the ratios the targets of bench/RESULTS.md are stated in, then the functions that
# cost the most (inclusive) in the one-case run and in the 100-case `check`.
#
#   bash bench/profile.sh     # after bench/run.sh has built everything
#
# It uses the builds of bench/run.sh (CARGO_TARGET_DIR, default /tmp/target-bench) and needs
# valgrind (`apt-get install valgrind`); it installs nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-/tmp/target-bench}
bin=$CARGO_TARGET_DIR/release/appeal
examples=$CARGO_TARGET_DIR/release/examples
regorus=$CARGO_TARGET_DIR/bench-tools/bin/regorus
COUNT=${COUNT:-100}

if ! command -v valgrind > /dev/null || ! command -v callgrind_annotate > /dev/null; then
  echo "bench/profile.sh needs valgrind (callgrind): apt-get install valgrind" >&2
  exit 3
fi
for built in "$bin" "$examples/corpus" "$examples/yaml_floor" "$regorus"; do
  if [ ! -x "$built" ]; then
    echo "missing $built: run bash bench/run.sh first (it builds everything this uses)" >&2
    exit 3
  fi
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$examples/corpus" --count "$COUNT" --seed 7 --out "$work/corpus" 2> /dev/null

# count LABEL COMMAND...: instructions of the whole process tree (one thread for rayon).
count() {
  local label=$1; shift
  RAYON_NUM_THREADS=1 valgrind --tool=callgrind --trace-children=no \
    --callgrind-out-file="$work/$label.out" "$@" > /dev/null 2> "$work/$label.err" || {
    echo "failed: $*" >&2; tail -20 "$work/$label.err" >&2; exit 1; }
  grep -m1 '^summary:' "$work/$label.out" | awk '{ print $2 }' > "$work/$label"
}
ir() { cat "$work/$1"; }
ratio() { awk -v a="$(ir "$1")" -v b="$(ir "$2")" 'BEGIN { printf "%.2f", a / b }'; }
mega() { awk -v a="$(ir "$1")" 'BEGIN { printf "%.2f M", a / 1e6 }'; }

case_file=cases/buyer.1b-spec-example.yaml
count bare "$bin" --version
count one "$bin" judge --format json "$case_file"
count rego "$regorus" eval -d bench/buyer_1b.rego -i "$case_file" data.appeal.buyer_1b.ruling
count floor "$examples/yaml_floor" "$work/corpus"
count check "$bin" check "$work/corpus"
count judge "$bin" judge --format json "$work/corpus"

per_case() { awk -v a="$(ir "$1")" -v n="$COUNT" 'BEGIN { printf "%.0f k", a / n / 1e3 }'; }
cat <<EOF
== instructions (callgrind, one thread)

| run | instructions |
|---|---|
| \`appeal --version\` | $(mega bare) |
| \`appeal judge --format json\` one small case | $(mega one) |
| \`regorus eval\` buyer 1.b in Rego | $(mega rego) |
| YAML parser events, $COUNT cases | $(mega floor) ($(per_case floor) a case) |
| \`check\`, $COUNT cases | $(mega check) ($(per_case check) a case) |
| \`judge --format json\`, $COUNT cases | $(mega judge) ($(per_case judge) a case) |

| ratio | figure |
|---|---|
| one case / bare start | $(ratio one bare)× |
| one case / regorus | $(ratio one rego)× |
| \`judge\` / \`check\` | $(ratio judge check)× |
| \`check\` / parser floor | $(ratio check floor)× |
EOF

for label in one check; do
  echo
  echo "== top inclusive costs: $label"
  callgrind_annotate --inclusive=yes "$work/$label.out" 2> /dev/null \
    | grep -E '^ *[0-9,]+ \(' | head -25 | cut -c1-160
done
