#!/usr/bin/env python3
"""Leave-one-event-out choice of check's verdict knobs (src/check/verdict/levels.rs, `Knobs`).

For each point of a small grid of READOUT_CHECK_TUNING values, runs the shared claims scorer
(../shared/tools/eval_claims.py, not part of this project) on every corpus event with claims;
then, for each event, picks the point with the most right verdicts on the other events (ties go
to the shipped defaults, then to the strictest point: the highest thresholds that do as well) and scores the held-out event with it. Prints
per event and in total the in-sample accuracy (the point best on all events) and the
leave-one-out one.

Usage: cargo build --release && scripts/check-loo.py [--bin PATH] [--corpus DIR] [--tools DIR]
       scripts/check-loo.py --knob NAME=V1,V2,...   (one knob alone, the others at their defaults;
                                                      e.g. --knob evidence_slack=0,0.05,0.1,0.2,0.3)
"""
import argparse
import itertools
import os
import re
import subprocess
import sys
import tempfile

GRID = {
    "retranslation": ["0.45", "0.55", "0.65", "0.75"],
    "rewording_words": ["2", "3", "4"],
    "ordered_share": ["0.2", "0.3", "0.4", "0.5"],
}
DEFAULT = {"retranslation": "0.65", "rewording_words": "3", "ordered_share": "0.4"}
# Knobs measured alone (--knob), with their shipped defaults.
ALONE = {"evidence_slack": "0.1", "ordered_words": "3"}


def events_with_claims(corpus):
    return sorted(e for e in os.listdir(corpus) if os.path.isfile(os.path.join(corpus, e, "claims.yaml")))


def score(args, events, point):
    """Right verdicts and claims per event at one grid point."""
    env = dict(os.environ, READOUT_CHECK_TUNING=",".join(f"{k}={v}" for k, v in point.items()))
    with tempfile.TemporaryDirectory() as out:
        run = subprocess.run(
            [sys.executable, os.path.join(args.tools, "eval_claims.py"), args.bin, args.corpus, out, *events],
            env=env, capture_output=True, text=True, check=True)
    found = {}
    for line in run.stdout.splitlines():
        m = re.match(r"^(\S+)\s+(\d+)/(\d+)\s*$", line)
        if m and m.group(1) in events:
            found[m.group(1)] = (int(m.group(2)), int(m.group(3)))
    missing = set(events) - set(found)
    if missing:
        sys.exit(f"check-loo: no score for {sorted(missing)} in eval_claims.py's output")
    return found


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default="target/release/readout")
    ap.add_argument("--corpus", default="../shared/corpus")
    ap.add_argument("--tools", default="../shared/tools")
    ap.add_argument("--knob", help="NAME=V1,V2,...: measure this knob alone")
    args = ap.parse_args()
    events = events_with_claims(args.corpus)
    grid, default = GRID, DEFAULT
    if args.knob:
        name, _, values = args.knob.partition("=")
        shipped = {**DEFAULT, **ALONE}.get(name)
        if shipped is None or not values:
            sys.exit(f"check-loo: --knob wants NAME=V1,V2,... with NAME one of {sorted({**DEFAULT, **ALONE})}")
        grid = {name: sorted(set(values.split(",")) | {shipped}, key=float)}
        default = {name: shipped}
    names = list(grid)
    points = [dict(zip(names, vs)) for vs in itertools.product(*(grid[n] for n in names))]
    results = [score(args, events, p) for p in points]

    def best(on):
        def key(k):
            right = sum(results[k][e][0] for e in on)
            return (right, points[k] == default, k)
        return max(range(len(points)), key=key)

    ins = best(events)
    print(f"grid: {len(points)} points over {', '.join(names)}; in-sample pick {points[ins]}")
    tot_in = tot_loo = tot_n = 0
    for e in events:
        k = best([x for x in events if x != e])
        r_in, n = results[ins][e]
        r_loo, _ = results[k][e]
        tot_in, tot_loo, tot_n = tot_in + r_in, tot_loo + r_loo, tot_n + n
        print(f"{e:42} in {r_in:2}/{n:2}   LOO {r_loo:2}/{n:2}   pick {points[k]}")
    print(f"{'TOTAL':42} in {tot_in}/{tot_n} = {tot_in / tot_n:.3f}   LOO {tot_loo}/{tot_n} = {tot_loo / tot_n:.3f}")
    d = points.index(default)
    right = sum(results[d][e][0] for e in events)
    print(f"shipped defaults {default}: {right}/{tot_n} = {right / tot_n:.3f}")


if __name__ == "__main__":
    main()
