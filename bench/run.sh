#!/usr/bin/env bash
# Performance of `appeal`, against the targets of bench/RESULTS.md:
#   - one small case end to end (`judge --format json`) against the process floor (a hello-world
#     program built by the same compiler and profile, examples/hello_world.rs), a bare start of
#     the same binary (`appeal --version`) and regorus evaluating MEXC buyer 1.b written in Rego
#     (bench/buyer_1b.rego) over the same case file, in one `hyperfine -N` run;
#   - `check` and `judge --format json` over generated corpora of 1 000, 10 000 and 100 000
#     cases: wall, CPU and peak RSS; and `check` of the baseline (appeal before this round's
#     speed work, BASELINE_COMMIT) over the 10 000, for the throughput target;
#   - the floor under reading: the raw YAML parser's events over the same files
#     (examples/yaml_floor.rs), and reading (`check`) as a multiple of it;
#   - the engine alone (examples/engine_time.rs).
#
#   bash bench/run.sh      # the first run makes three release builds (appeal with its examples,
#                          # regorus, the baseline); later runs reuse them
#
# It installs nothing on the system. It needs cargo, git, hyperfine and GNU time
# (`apt-get install hyperfine time` on Debian and Ubuntu); when one is missing it says so and
# exits with status 3. regorus and the baseline are built by cargo into a folder of the bench's
# own ($CARGO_TARGET_DIR/bench-tools), never on the PATH.
#
# Environment: CARGO_TARGET_DIR (default /tmp/target-bench), REPS (runs per corpus measurement,
# default 5; the median is reported), RUNS (runs of each single-case command, default 300),
# SEED (corpus seed, default 7), SIZES (corpus sizes, default "1000 10000 100000"),
# BASELINE_COMMIT (default 35536cb).
set -euo pipefail
cd "$(dirname "$0")/.."

export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-/tmp/target-bench}
REPS=${REPS:-5}
RUNS=${RUNS:-300}
SEED=${SEED:-7}
read -r -a SIZES <<< "${SIZES:-1000 10000 100000}"
REGORUS_VERSION=0.14.1
tools=$CARGO_TARGET_DIR/bench-tools

# The throughput target is twice that of `appeal` before this round's speed work: the last
# commit of the round before (2026-11-25), built once into the bench's folder and run beside
# the current binary on the same corpus, so that the comparison does not depend on the machine
# or the day (a figure taken on another day is not comparable: the same binary ran 10 600
# cases/s then and 4 800 on 2026-11-30).
BASELINE_COMMIT=${BASELINE_COMMIT:-35536cb}

# ---- what it needs
missing=()
command -v cargo > /dev/null || missing+=("cargo: install Rust with rustup (https://rustup.rs)")
command -v hyperfine > /dev/null || missing+=("hyperfine: apt-get install hyperfine (or cargo install hyperfine)")
command -v git > /dev/null || missing+=("git: apt-get install git (the baseline is built from the repository's history)")
command -v tar > /dev/null || missing+=("tar: part of every Unix (unpacks the baseline's sources)")
if ! /usr/bin/time --version 2>&1 | grep -q GNU; then
  missing+=("GNU time at /usr/bin/time (for CPU time and peak RSS): apt-get install time")
fi
for tool in awk sort date mktemp du; do
  command -v "$tool" > /dev/null || missing+=("$tool: part of coreutils/gawk")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "bench/run.sh needs, and did not find:" >&2
  printf '  - %s\n' "${missing[@]}" >&2
  echo "It installs nothing itself; install them and run it again." >&2
  exit 3
fi

echo "== build (release)" >&2
cargo build --release --locked -q --bin appeal --example corpus --example engine_time --example yaml_floor --example hello_world
bin=$CARGO_TARGET_DIR/release/appeal
examples=$CARGO_TARGET_DIR/release/examples
regorus=$tools/bin/regorus
if [ ! -x "$regorus" ] || ! "$regorus" --version 2> /dev/null | grep -q "$REGORUS_VERSION"; then
  echo "== build regorus $REGORUS_VERSION (its example CLI) into $tools" >&2
  cargo install -q --locked "regorus@$REGORUS_VERSION" --example regorus --root "$tools"
fi

baseline=$tools/baseline-$BASELINE_COMMIT/release/appeal
if [ ! -x "$baseline" ]; then
  echo "== build the baseline, appeal at $BASELINE_COMMIT, into $tools" >&2
  src=$tools/baseline-src-$BASELINE_COMMIT
  rm -rf "$src"; mkdir -p "$src"
  git archive "$BASELINE_COMMIT" | tar -x -C "$src"
  CARGO_TARGET_DIR=$tools/baseline-$BASELINE_COMMIT \
    cargo build --release --locked -q --bin appeal --manifest-path "$src/Cargo.toml"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
calc() { awk "BEGIN { printf \"$1\", $2 }"; }
verdict() { awk "BEGIN { print ($1) ? \"met\" : \"MISSED\" }"; }

# measure LABEL COMMAND...: REPS runs, stdout discarded; writes "wall cpu rss" medians
# (seconds, seconds, KiB) to $work/LABEL. Wall from the clock, CPU and RSS from GNU time.
measure() {
  local label=$1; shift
  : > "$work/$label.runs"
  for _ in $(seq "$REPS"); do
    local start end
    start=$(date +%s%N)
    /usr/bin/time -v -o "$work/time.txt" "$@" > /dev/null 2> "$work/stderr.txt" || {
      echo "failed: $*" >&2; cat "$work/stderr.txt" >&2; exit 1; }
    end=$(date +%s%N)
    awk -v wall="$(( end - start ))" -F': ' '
      /User time/ { user = $2 } /System time/ { sys = $2 } /Maximum resident/ { rss = $2 }
      END { printf "%.4f %.4f %d\n", wall / 1e9, user + sys, rss }' "$work/time.txt" >> "$work/$label.runs"
  done
  local wall cpu rss
  wall=$(awk '{ print $1 }' "$work/$label.runs" | median)
  cpu=$(awk '{ print $2 }' "$work/$label.runs" | median)
  rss=$(awk '{ print $3 }' "$work/$label.runs" | median)
  echo "$wall $cpu $rss" > "$work/$label"
  printf '%-14s wall %7.3f s   cpu %7.3f s   cpu/wall %4.2f   peak RSS %7.1f MiB   (%s runs: %s s)\n' \
    "$label" "$wall" "$cpu" "$(calc %.2f "$cpu / $wall")" "$(calc %.1f "$rss / 1024")" "$REPS" \
    "$(awk '{ printf "%s ", $1 }' "$work/$label.runs")"
}

echo "== machine: $(nproc) cores, $(uname -sr), $("$bin" --version), regorus $REGORUS_VERSION; load $(cut -d' ' -f1-3 /proc/loadavg)"

# ---- one small case end to end
echo "== one small case end to end: hello world, bare start, appeal judge, regorus eval (hyperfine -N, $RUNS runs each)"
case_file=cases/buyer.1b-spec-example.yaml
rego=bench/buyer_1b.rego
query=data.appeal.buyer_1b.ruling
"$bin" judge --format json "$case_file" > "$work/appeal.json"
"$regorus" eval -d "$rego" -i "$case_file" "$query" > "$work/regorus.json"
ruling_of() { tr -d ' \n' < "$1" | grep -o '"\(decision\|status\)":"[a-z_]*"' | sort | tr '\n' ' '; }
echo "appeal:  $(ruling_of "$work/appeal.json")"
echo "regorus: $(ruling_of "$work/regorus.json")"
if [ "$(ruling_of "$work/appeal.json")" != "$(ruling_of "$work/regorus.json")" ]; then
  echo "appeal and the Rego rule disagree on $case_file" >&2; exit 1
fi
hyperfine -N --warmup 30 --runs "$RUNS" --export-csv "$work/hf.csv" \
  "$examples/hello_world" "$bin --version" "$bin judge --format json $case_file" \
  "$regorus eval -d $rego -i $case_file $query" > "$work/hf.txt" 2>&1 || {
  cat "$work/hf.txt" >&2; exit 1; }
# rows: command,mean,stddev,median,user,system,min,max (seconds)
row() { awk -F, -v r="$1" -v c="$2" 'NR == r + 1 { printf "%.3f", $c * 1000 }' "$work/hf.csv"; }
hello=$(row 1 4); bare=$(row 2 4); one=$(row 3 4); rego_ms=$(row 4 4)
hello_mean=$(row 1 2); bare_mean=$(row 2 2); one_mean=$(row 3 2); rego_mean=$(row 4 2)
one_sd=$(row 3 3)
vs_hello=$(calc %.2f "$one / $hello"); vs_bare=$(calc %.2f "$one / $bare"); vs_rego=$(calc %.2f "$one / $rego_ms")
vs_hello_mean=$(calc %.2f "$one_mean / $hello_mean"); vs_rego_mean=$(calc %.2f "$one_mean / $rego_mean")
bare_vs_hello=$(calc %.2f "$bare / $hello")
printf 'median (mean) ms: hello world %s (%s), appeal --version %s (%s), appeal judge --format json %s (%s ± %s), regorus eval %s (%s)\n' \
  "$hello" "$hello_mean" "$bare" "$bare_mean" "$one" "$one_mean" "$one_sd" "$rego_ms" "$rego_mean"
echo "judge / hello world ${vs_hello}× (mean ${vs_hello_mean}×); judge / bare start ${vs_bare}×; judge / regorus ${vs_rego}× (mean ${vs_rego_mean}×)"

# ---- corpora
for n in "${SIZES[@]}"; do
  "$examples/corpus" --count "$n" --seed "$SEED" --out "$work/corpus-$n" 2> /dev/null
  # Every generated file must be valid; this also warms the page cache.
  "$bin" check "$work/corpus-$n" > "$work/check.out" 2> "$work/check.err" || {
    echo "generated corpus has invalid cases:" >&2; head -40 "$work/check.err" >&2; exit 1; }
  if [ -s "$work/check.err" ]; then echo "warnings on the generated corpus:" >&2; head -20 "$work/check.err" >&2; fi
  echo "== $n cases ($(tail -1 "$work/check.out"), $(du -sh "$work/corpus-$n" | cut -f1))"
  if [ "$n" = 10000 ]; then
    measure "floor-$n" "$examples/yaml_floor" "$work/corpus-$n"
    measure "baseline-check-$n" "$baseline" check "$work/corpus-$n"
  fi
  measure "check-$n" "$bin" check "$work/corpus-$n"
  measure "judge-$n" "$bin" judge --format json "$work/corpus-$n"
  if [ "$n" != 1000 ] && [ "$n" != 10000 ]; then rm -rf "$work/corpus-$n"; fi
done

echo "== engine alone (parse once, engine::judge in a loop)"
engine_one=$("$examples/engine_time" "$case_file")
engine_corpus=$("$examples/engine_time" "$work/corpus-1000")
echo "spec example: $engine_one"
echo "corpus 1 000: $engine_corpus"
ns_one=$(echo "$engine_one" | sed -E 's/^engine::judge: ([0-9]+) ns.*/\1/')
ns_corpus=$(echo "$engine_corpus" | sed -E 's/^engine::judge: ([0-9]+) ns.*/\1/')
read_corpus=$(echo "$engine_corpus" | sed -E 's/.*once: ([0-9]+) ns.*/\1/')

# ---- summary
first=${SIZES[0]}; last=${SIZES[${#SIZES[@]} - 1]}
read -r fw fc _ < "$work/floor-10000"
read -r bw _ _ < "$work/baseline-check-10000"
read -r cw cc _ < "$work/check-10000"
read -r jw jc _ < "$work/judge-10000"
read -r _ _ cr1 < "$work/check-$first"; read -r _ _ crn < "$work/check-$last"
read -r _ _ jr1 < "$work/judge-$first"; read -r _ _ jrn < "$work/judge-$last"
check_rate=$(calc %.0f "10000 / $cw")
judge_rate=$(calc %.0f "10000 / $jw")
baseline_rate=$(calc %.0f "10000 / $bw")
speedup=$(calc %.2f "$bw / $cw")
judge_over=$(calc %.2f "$jw / $cw")
floor_cpu=$(calc %.2f "$cc / $fc"); floor_wall=$(calc %.2f "$cw / $fw")
rss_c=$(calc %.1f "($crn / $cr1 - 1) * 100"); rss_j=$(calc %.1f "($jrn / $jr1 - 1) * 100")
cpu_wall=$(calc %.2f "$jc / $jw")

row_of() {
  local line="| $1 |"
  for n in "${SIZES[@]}"; do
    read -r w c r < "$work/$2-$n"
    line+=" $(calc %.3f "$w") s / $(calc %.3f "$c") s / $(calc %.1f "$r / 1024") MiB |"
  done
  echo "$line"
}
header="| measure |"; rule="|---|"
for n in "${SIZES[@]}"; do header+=" $n cases |"; rule+="---|"; done

cat <<EOF

== summary ($(nproc) cores; medians of $REPS runs; corpus seed $SEED; hyperfine medians of $RUNS runs)

$header
$rule
$(row_of '`check`: wall / CPU (user+sys) / peak RSS' check)
$(row_of '`judge --format json`: wall / CPU / peak RSS' judge)

| measure | figure |
|---|---|
| hello world, same compiler and profile (the process floor) | $hello ms (mean $hello_mean) |
| \`appeal --version\` (bare start) | $bare ms (mean $bare_mean; ${bare_vs_hello}× hello world) |
| \`appeal judge --format json\` one small case | $one ms (mean $one_mean ± $one_sd) |
| \`regorus eval\` of buyer 1.b in Rego, same file | $rego_ms ms (mean $rego_mean) |
| YAML parser events only, 10 000 cases (floor) | $(calc %.3f "$fw") s wall / $(calc %.3f "$fc") s CPU |
| throughput, 10 000 cases: \`check\` / \`judge\` | $check_rate / $judge_rate cases/s |
| throughput, 10 000 cases: \`check\` of the baseline ($BASELINE_COMMIT) | $baseline_rate cases/s |
| CPU / wall, \`judge\` 10 000 cases | $cpu_wall |
| \`engine::judge\` alone | $ns_one ns spec example; $ns_corpus ns corpus mean; reading + validating $read_corpus ns |

| target | figure | result |
|---|---|---|
| one case end to end ≤ 1.5× hello world | ${vs_hello}× (mean ${vs_hello_mean}×) | $(verdict "$vs_hello <= 1.5") |
| one case end to end ≤ 0.6× regorus | ${vs_rego}× (mean ${vs_rego_mean}×) | $(verdict "$vs_rego <= 0.6") |
| \`check\` throughput ≥ 2× the baseline's, 10 000 cases | $check_rate against $baseline_rate cases/s = ${speedup}× | $(verdict "$speedup >= 2") |
| \`judge\` wall ≤ 1.1× \`check\` (10 000 cases) | ${judge_over}× | $(verdict "$judge_over <= 1.1") |
| both cores used, \`judge\` 10 000 cases (CPU / wall ≥ 0.8 × cores) | $cpu_wall on $(nproc) cores | $(verdict "$cpu_wall >= 0.8 * $(nproc)") |
| reading (\`check\`) ≤ 2× the parser floor, CPU (10 000 cases) | ${floor_cpu}× (wall ${floor_wall}×) | $(verdict "$floor_cpu <= 2") |
| peak RSS flat $first → $last cases, within 10 % | \`judge\` ${rss_j} %, \`check\` ${rss_c} % | $(verdict "$rss_j <= 10 && $rss_j >= -10 && $rss_c <= 10 && $rss_c >= -10") |
EOF
