#!/usr/bin/env bash
# Benchmark: time, peak memory and alignment quality of `readout compare` on synthetic readout
# pairs with a known true alignment. The pairs and the scorer come from the shared measuring
# tools (gen_pair.py, eval_synth.py; not part of this project): TOOLS=/path/to/tools.
# Usage: scripts/bench.sh [SIZES...]   (default: 1000 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
tools=${TOOLS:-../shared/tools}
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
runs=${RUNS:-5}
[ -f "$tools/gen_pair.py" ] || { echo "bench: no $tools/gen_pair.py (set TOOLS)" >&2; exit 2; }
cargo build --release -q
bin=target/release/readout
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
printf '%-8s %-12s %-10s %-10s %-10s %s\n' statements bytes best_s median_s peak_MB link_F1
for n in "${sizes[@]}"; do
  python3 "$tools/gen_pair.py" "$n" "$tmp/p$n" 7 >/dev/null
  times=()
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %M' -o "$tmp/t" "$bin" compare "$tmp/p$n/a.txt" "$tmp/p$n/b.txt" \
      --format json -o "$tmp/r$n.json"
    times+=("$(cat "$tmp/t")")
  done
  best=$(printf '%s\n' "${times[@]}" | sort -n | head -1 | cut -d' ' -f1)
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p" | cut -d' ' -f1)
  peak=$(printf '%s\n' "${times[@]}" | awk '{ if ($2 > m) m = $2 } END { printf "%.0f", m / 1024 }')
  f1=$(python3 "$tools/eval_synth.py" "$tmp/r$n.json" "$tmp/p$n" | awk '/^precision/ { print $6 }')
  bytes=$(($(wc -c < "$tmp/p$n/a.txt") + $(wc -c < "$tmp/p$n/b.txt")))
  printf '%-8s %-12s %-10s %-10s %-10s %s\n' "$n" "$bytes" "$best" "$median" "$peak" "$f1"
done
