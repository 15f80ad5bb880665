#!/usr/bin/env bash
# Batch performance of `appeal`: check vs judge over generated corpora of 1 000 and 10 000 cases
# (wall, CPU, peak RSS), one small case end to end vs a bare process start, and the engine alone.
#
#   bash bench/run.sh               # on 2 cores: about a minute the first time (it builds), 20 s after
#
# Environment: CARGO_TARGET_DIR (default /tmp/target-bench), REPS (runs per corpus measurement,
# default 5; the median is reported), RUNS (runs of the single-case timing, default 200),
# SEED (corpus seed, default 7).
set -euo pipefail
cd "$(dirname "$0")/.."

export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-/tmp/target-bench}
REPS=${REPS:-5}
RUNS=${RUNS:-200}
SEED=${SEED:-7}
SIZES=(1000 10000)

if [ ! -x /usr/bin/time ]; then
  echo "installing GNU time" >&2
  apt-get install -y time > /dev/null
fi
if ! command -v hyperfine > /dev/null; then
  apt-get install -y hyperfine > /dev/null 2>&1 || echo "hyperfine unavailable: timing with a shell loop" >&2
fi

echo "== build (release)" >&2
cargo build --release -q --bin appeal --example corpus --example engine_time
bin=$CARGO_TARGET_DIR/release/appeal
examples=$CARGO_TARGET_DIR/release/examples

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
calc() { awk "BEGIN { printf \"$1\", $2 }"; }

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
  printf '%-12s wall %7.3f s   cpu %7.3f s   cpu/wall %4.2f   peak RSS %7.1f MiB   (%s runs: %s s)\n' \
    "$label" "$wall" "$cpu" "$(calc %.2f "$cpu / $wall")" "$(calc %.1f "$rss / 1024")" "$REPS" \
    "$(awk '{ printf "%s ", $1 }' "$work/$label.runs")"
}

echo "== machine: $(nproc) cores, $(uname -sr), $(appeal_v=$("$bin" --version); echo "$appeal_v")"

for n in "${SIZES[@]}"; do
  "$examples/corpus" --count "$n" --seed "$SEED" --out "$work/corpus-$n" 2> /dev/null
  # Every generated file must be valid; this also warms the page cache.
  "$bin" check "$work/corpus-$n" > "$work/check.out" 2> "$work/check.err" || {
    echo "generated corpus has invalid cases:" >&2; head -40 "$work/check.err" >&2; exit 1; }
  if [ -s "$work/check.err" ]; then echo "warnings on the generated corpus:" >&2; head -20 "$work/check.err" >&2; fi
  echo "== $n cases ($(tail -1 "$work/check.out"), $(du -sh "$work/corpus-$n" | cut -f1))"
  measure "check-$n" "$bin" check "$work/corpus-$n"
  measure "judge-$n" "$bin" judge --format json "$work/corpus-$n"
done

echo "== one small case end to end vs a bare start of the binary"
case_file=cases/buyer.1b-spec-example.yaml
if command -v hyperfine > /dev/null; then
  hyperfine -N --warmup 20 --runs "$RUNS" --export-csv "$work/hf.csv" \
    "$bin --version" "$bin judge $case_file" "/bin/true" > "$work/hf.txt" 2>&1 || {
    cat "$work/hf.txt" >&2; exit 1; }
  # rows: command,mean,stddev,median,user,system,min,max (seconds)
  bare=$(awk -F, 'NR == 2 { printf "%.3f", $2 * 1000 }' "$work/hf.csv")
  one=$(awk -F, 'NR == 3 { printf "%.3f", $2 * 1000 }' "$work/hf.csv")
  true_ms=$(awk -F, 'NR == 4 { printf "%.3f", $2 * 1000 }' "$work/hf.csv")
  sd_one=$(awk -F, 'NR == 3 { printf "%.3f", $3 * 1000 }' "$work/hf.csv")
  how="hyperfine -N, $RUNS runs, 20 warm-up"
else
  loop_ms() {
    local start end
    for _ in $(seq 20); do "$@" > /dev/null 2>&1 || true; done
    start=$(date +%s%N)
    for _ in $(seq "$RUNS"); do "$@" > /dev/null 2>&1 || true; done
    end=$(date +%s%N)
    calc %.3f "($end - $start) / $RUNS / 1e6"
  }
  bare=$(loop_ms "$bin" --version)
  one=$(loop_ms "$bin" judge "$case_file")
  true_ms=$(loop_ms /bin/true)
  sd_one="?"
  how="shell loop, $RUNS runs"
fi
printf '/bin/true %s ms, appeal --version %s ms, appeal judge %s %s ms (± %s)   [%s]\n' \
  "$true_ms" "$bare" "$case_file" "$one" "$sd_one" "$how"

echo "== engine alone (parse once, engine::judge in a loop)"
engine_one=$("$examples/engine_time" "$case_file")
engine_corpus=$("$examples/engine_time" "$work/corpus-1000")
echo "spec example: $engine_one"
echo "corpus 1 000: $engine_corpus"
ns_one=$(echo "$engine_one" | sed -E 's/^engine::judge: ([0-9]+) ns.*/\1/')
ns_corpus=$(echo "$engine_corpus" | sed -E 's/^engine::judge: ([0-9]+) ns.*/\1/')
read_corpus=$(echo "$engine_corpus" | sed -E 's/.*once: ([0-9]+) ns.*/\1/')

# ---- summary
read -r cw1 cc1 cr1 < "$work/check-1000"
read -r jw1 jc1 jr1 < "$work/judge-1000"
read -r cw cc cr < "$work/check-10000"
read -r jw jc jr < "$work/judge-10000"
verdict() { awk "BEGIN { print ($1) ? \"met\" : \"MISSED\" }"; }
overhead=$(calc %.1f "($jw / $cw - 1) * 100")
overhead1=$(calc %.1f "($jw1 / $cw1 - 1) * 100")
ratio=$(calc %.2f "$jc / $jw")
ratio_c=$(calc %.2f "$cc / $cw")
single=$(calc %.2f "$one - $bare")
rss_growth=$(calc %.1f "($jr / $jr1 - 1) * 100")
rss_growth_c=$(calc %.1f "($cr / $cr1 - 1) * 100")

cat <<EOF

== summary ($(nproc) cores; medians of $REPS runs; corpus seed $SEED)

| measure | 1 000 cases | 10 000 cases |
|---|---|---|
| \`check\` wall / CPU (user+sys) / peak RSS | $(calc %.3f "$cw1") s / $(calc %.3f "$cc1") s / $(calc %.1f "$cr1 / 1024") MiB | $(calc %.3f "$cw") s / $(calc %.3f "$cc") s / $(calc %.1f "$cr / 1024") MiB |
| \`judge --format json\` wall / CPU / peak RSS | $(calc %.3f "$jw1") s / $(calc %.3f "$jc1") s / $(calc %.1f "$jr1 / 1024") MiB | $(calc %.3f "$jw") s / $(calc %.3f "$jc") s / $(calc %.1f "$jr / 1024") MiB |
| \`check\` cases/s | $(calc %.0f "1000 / $cw1") | $(calc %.0f "10000 / $cw") |
| \`judge\` cases/s | $(calc %.0f "1000 / $jw1") | $(calc %.0f "10000 / $jw") |

| target | figure | result |
|---|---|---|
| judge / check wall-time overhead ≤ 25 % (10 000) | ${overhead} % (1 000: ${overhead1} %) | $(verdict "$overhead <= 25") |
| CPU / wall ≥ 1.6 on 2 cores (judge 10 000) | ${ratio} (check: ${ratio_c}) | $(verdict "$ratio >= 1.6") |
| one small case minus bare start ≤ 1.5 ms | ${one} − ${bare} = ${single} ms (/bin/true ${true_ms} ms) | $(verdict "$single <= 1.5") |
| peak RSS 10 000 vs 1 000 within 10 % (judge) | ${rss_growth} % (check: ${rss_growth_c} %) | $(verdict "$rss_growth <= 10 && $rss_growth >= -10") |
| engine::judge per case (no target) | ${ns_one} ns spec example; ${ns_corpus} ns corpus mean; read + validate ${read_corpus} ns | — |
EOF
