#!/usr/bin/env bash
# Batch performance of appeal: per-case engine time, check vs judge over generated corpora,
# CPU use across cores, peak memory, and one small case against a bare process start.
# Usage: bash bench/run.sh            (takes about two minutes on 2 cores)
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cargo build --release --locked -q --bin appeal --example corpus --example engine_time
bin=target/release/appeal

echo "== per-case engine time (parse once, judge in a loop)"
target/release/examples/engine_time cases/

measure() { # label, command...: wall s, user+sys s, peak RSS KiB
  local label=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" > /dev/null 2> "$work/stderr" || true
  read -r wall user sys rss < "$work/time"
  printf '%-28s wall %6.2f s  cpu %6.2f s  cpu/wall %4.2f  peak RSS %6d KiB\n' \
    "$label" "$wall" "$(echo "$user + $sys" | bc)" "$(echo "($user + $sys) / $wall" | bc -l)" "$rss"
  echo "$wall $(echo "$user + $sys" | bc) $rss" > "$work/$label"
}

for n in 1000 10000; do
  target/release/examples/corpus --count "$n" --seed 7 --out "$work/corpus-$n" 2> /dev/null
  # Warm the page cache so the first measurement does not pay for disk reads.
  cat "$work/corpus-$n"/*.yaml > /dev/null
  echo "== $n cases"
  measure "check-$n" "$bin" check "$work/corpus-$n"
  measure "judge-$n" "$bin" judge --format json "$work/corpus-$n"
done

echo "== summary"
read -r cw cc crss < "$work/check-10000"
read -r jw jc jrss < "$work/judge-10000"
read -r _ _ jrss1k < "$work/judge-1000"
printf 'judge over check (10 000 cases): %+.1f %% wall   (target ≤ +25 %%)\n' "$(echo "($jw / $cw - 1) * 100" | bc -l)"
printf 'judge cases/s (10 000 cases):    %.0f\n' "$(echo "10000 / $jw" | bc -l)"
printf 'CPU / wall, judge 10 000:        %.2f   (target ≥ 1.6 on 2 cores)\n' "$(echo "$jc / $jw" | bc -l)"
printf 'peak RSS 10 000 vs 1 000:        %+.1f %%   (target within 10 %%)\n' "$(echo "($jrss / $jrss1k - 1) * 100" | bc -l)"

echo "== one small case end to end vs a bare process start (200 runs each)"
runs=200
time_loop() {
  local start end
  start=$(date +%s%N)
  for _ in $(seq $runs); do "$@" > /dev/null 2>&1 || true; done
  end=$(date +%s%N)
  echo "scale=3; ($end - $start) / $runs / 1000000" | bc
}
bare=$(time_loop "$bin" --version)
one=$(time_loop "$bin" judge cases/buyer.1b-spec-example.yaml)
printf 'bare start %s ms, one case %s ms, difference %s ms   (target ≤ 1.5 ms)\n' "$bare" "$one" "$(echo "$one - $bare" | bc)"
