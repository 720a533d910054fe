#!/usr/bin/env bash
# Benchmark of `readout compare --format json -o FILE` on synthetic readout pairs with a known true
# alignment, beside two general word diffs on the same files.
#
# For each size it prints one row of a Markdown table (pasteable into the README):
#   - readout: best and median CPU seconds (user+sys), median wall seconds, peak resident memory,
#     and link F1 against the true alignment;
#   - `git diff --no-index --word-diff` and `dwdiff` on the same two files: median CPU seconds and
#     peak resident memory, and readout's figures as ratios to theirs (median CPU to median CPU,
#     peak to peak), which mean more than bare seconds on a noisy machine;
# then the 40,000/10,000 ratio of readout's median CPU time and a PASS/FAIL line per target of the
# issue: 10,000 statements in at most 0.6 s CPU (the median) and 90 MiB, that ratio at most 4.4,
# link F1 at least 0.99.
#
# CPU time, wall time and peak RSS come from `/usr/bin/time -f` (0.01 s resolution; a comparator
# faster than that gets no CPU ratio). Every command runs RUNS times, the three tools interleaved
# so they share the machine's noise; peak RSS is the largest of the runs. Each tool writes its
# output to a file. MiB = 1024 KiB.
#
# The pairs and the scorer come from the shared measuring tools (gen_pair.py N DIR SEED,
# eval_synth.py; not part of this project, they need python3).
#
# Usage: scripts/bench.sh [SIZES...]          (default: 1000 10000 40000)
#   RUNS=7        repetitions per tool and size (default 5)
#   TOOLS=DIR     where gen_pair.py and eval_synth.py are (default ../shared/tools)
#   BIN=PATH      a readout binary to measure instead of building target/release/readout
#   SEED=N        gen_pair.py's seed (default 7)
# Exit status: 0 when every target checked passes, 1 when one fails, 2 on an error.
set -euo pipefail
cd "$(dirname "$0")/.."
tools=${TOOLS:-../shared/tools}
runs=${RUNS:-5}
seed=${SEED:-7}
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 40000)
die() { echo "bench: $*" >&2; exit 2; }
for f in gen_pair.py eval_synth.py; do
  [ -f "$tools/$f" ] || die "no $tools/$f (set TOOLS)"
done
[ -x /usr/bin/time ] || die "no /usr/bin/time (apt-get install time)"
if [ -n "${BIN:-}" ]; then bin=$BIN; else cargo build --release -q; bin=target/release/readout; fi

# The comparators; one that is not installed is left out with a note.
comparators=() notes=()
if command -v git >/dev/null; then comparators+=(git); else notes+=("git not installed: no git column"); fi
if command -v dwdiff >/dev/null; then comparators+=(dwdiff); else notes+=("dwdiff not installed (apt-get install dwdiff): no dwdiff column"); fi

tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
# Other work on the machine slows every tool alike; the load average says how much there was.
load_before=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo '?')

# run TOOL SIZE OK_CODES CMD...: runs CMD once under /usr/bin/time (stdout to a file) and appends
# "cpu_s wall_s peak_KiB" to $tmp/TOOL.SIZE. OK_CODES lists the exit codes that mean success.
run() {
  local tool=$1 n=$2 ok=$3; shift 3
  /usr/bin/time -f '%U %S %e %M %x' -o "$tmp/time" "$@" >"$tmp/out" 2>"$tmp/err" || true
  # With a non-zero exit, time writes "Command exited with ..." first: the figures are the last line.
  local user sys wall rss code
  read -r user sys wall rss code < <(tail -n 1 "$tmp/time")
  case " $ok " in
    *" $code "*) ;;
    *) die "$tool on $n statements exited with $code: $(head -c 300 "$tmp/err")" ;;
  esac
  echo "$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }') $wall $rss" >>"$tmp/$tool.$n"
}

# summary TOOL SIZE: prints "best_cpu median_cpu median_wall peak_KiB" of the runs.
summary() {
  awk '{ c[NR] = $1; w[NR] = $2; if ($3 > m) m = $3 }
       function median(a, n,   i, j, t) {
         for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j > 0 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
         return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
       }
       END { mc = median(c, NR); best = c[1]; printf "%.2f %.2f %.2f %d\n", best, mc, median(w, NR), m }' \
    "$tmp/$1.$2"
}

# ratio A B: A/B, or "—" when B is below the timer's resolution.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 < 0.005) print "—"; else printf "%.1f×\n", a / b }'; }
mib() { awk -v k="$1" 'BEGIN { printf "%.0f\n", k / 1024 }'; }

header="| statements A/B | bytes A+B | CPU s best | CPU s median | wall s median | peak MiB | link F1 |"
rule="|---|---|---|---|---|---|---|"
for c in "${comparators[@]}"; do
  header+=" $c CPU s | $c MiB | CPU ×$c | RSS ×$c |"
  rule+="---|---|---|---|"
done
rows=()
declare -A cpu rss f1
for n in "${sizes[@]}"; do
  echo "bench: $n statements, $runs runs of readout ${comparators[*]}" >&2
  pair=$tmp/p$n
  counts=$(python3 "$tools/gen_pair.py" "$n" "$pair" "$seed") || die "gen_pair.py $n failed"
  # "10000 sentences in A, 9890 in B, ..."
  statements=$(awk '{ sub(",", "", $5); print $1 "/" $5 }' <<<"$counts")
  bytes=$(($(wc -c <"$pair/a.txt") + $(wc -c <"$pair/b.txt")))
  for _ in $(seq "$runs"); do
    run readout "$n" 0 "$bin" compare "$pair/a.txt" "$pair/b.txt" --format json -o "$tmp/r$n.json"
    for c in "${comparators[@]}"; do
      case $c in
        git) run git "$n" "0 1" git --no-pager diff --no-index --word-diff "$pair/a.txt" "$pair/b.txt" ;;
        dwdiff) run dwdiff "$n" "0 1" dwdiff "$pair/a.txt" "$pair/b.txt" ;;
      esac
    done
  done
  read -r best median wall peak < <(summary readout "$n")
  score=$(python3 "$tools/eval_synth.py" "$tmp/r$n.json" "$pair") || die "eval_synth.py failed on $n"
  f=$(awk '/^precision/ { print $6 }' <<<"$score")
  cpu[$n]=$median rss[$n]=$(mib "$peak") f1[$n]=$f
  row="| $statements | $bytes | $best | $median | $wall | ${rss[$n]} | $f |"
  for c in "${comparators[@]}"; do
    read -r _ cmedian _ cpeak < <(summary "$c" "$n")
    row+=" $cmedian | $(mib "$cpeak") | $(ratio "$median" "$cmedian") | $(ratio "$peak" "$cpeak") |"
  done
  rows+=("$row")
done

echo "$header"
echo "$rule"
printf '%s\n' "${rows[@]}"
echo
if [ -n "${BIN:-}" ]; then
  versions="$("$bin" --version) ($bin)"
else
  versions="readout $(git rev-parse --short HEAD 2>/dev/null || echo '(no git)')"
  git diff --quiet HEAD -- src Cargo.toml Cargo.lock 2>/dev/null || versions+=" with uncommitted changes"
fi
for c in "${comparators[@]}"; do
  case $c in
    git) versions+=", $(git --version)" ;;
    dwdiff) versions+=", $(dwdiff --version | head -n 1)" ;;
  esac
done
load_after=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo '?')
echo "Measured: $versions; RUNS=$runs on $(nproc) cores, load average $load_before before and" \
  "$load_after after; CPU = user+sys seconds, MiB = peak resident set."
for note in "${notes[@]}"; do echo "Note: $note."; done

# check NAME VALUE OP LIMIT: one PASS/FAIL line; VALUE empty means the size was not measured.
failed=0
check() {
  if [ -z "$2" ]; then echo "SKIP  $1 (not measured: run with that size)"; return; fi
  if awk -v v="$2" -v l="$4" -v op="$3" 'BEGIN { exit !(op == "<=" ? v <= l : v >= l) }'; then
    echo "PASS  $1: $2 $3 $4"
  else
    echo "FAIL  $1: $2, target $3 $4"; failed=1
  fi
}
scaling=""
if [ -n "${cpu[10000]:-}" ] && [ -n "${cpu[40000]:-}" ]; then
  scaling=$(awk -v a="${cpu[40000]}" -v b="${cpu[10000]}" 'BEGIN { printf "%.2f", a / b }')
  echo "40,000/10,000 CPU-time ratio (medians): $scaling"
fi
check "10,000 statements, median CPU s" "${cpu[10000]:-}" "<=" 0.6
check "10,000 statements, peak RSS MiB" "${rss[10000]:-}" "<=" 90
check "40,000/10,000 CPU-time ratio" "$scaling" "<=" 4.4
check "10,000 statements, link F1" "${f1[10000]:-}" ">=" 0.99
exit $failed
