#!/usr/bin/env bash
# Scores `readout compare` against the hand-made gold alignments in ../shared/corpus (not part of
# the project; see DEVELOPERS notes). Usage: scripts/corpus-eval.sh [BIN]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-target/release/readout}
[ -n "${1:-}" ] || cargo build --release -q
corpus=${CORPUS:-../shared/corpus}
tools=${TOOLS:-../shared/tools}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
set --
for e in "$corpus"/*/; do
  [ -f "$e/gold.yaml" ] || continue
  a=$(python3 -c "import yaml;print(yaml.safe_load(open('$e/gold.yaml'))['side_a']['file'])")
  b=$(python3 -c "import yaml;print(yaml.safe_load(open('$e/gold.yaml'))['side_b']['file'])")
  "$bin" compare "$e/$a" "$e/$b" --format json > "$tmp/$(basename "$e").json"
  set -- "$@" "$e" "$tmp/$(basename "$e").json"
done
python3 "$tools/eval_gold.py" "$@"
