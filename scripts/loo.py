#!/usr/bin/env python3
"""Leave-one-event-out measurement of the aligner on the real readout pairs in ../shared/corpus
(not part of the project; for developers). For each point of a small grid of tuning values
(passed to the release binary through the READOUT_TUNING development knob, see
src/compare/align/tuning.rs) it compares every event's two sides and scores the result with the
shared gold scorer (../shared/tools/eval_gold.py). Then, for each event, it picks the point best
on the other events and scores the held-out event with it (leave-one-out), and prints per event
and in total the in-sample figures (the point best on all events) beside the leave-one-out ones.

The objective a point is picked by is micro link F1 + only-in F1 over the events it is picked on;
ties go to the earlier point, and the first point is the binary's defaults.

usage: scripts/loo.py [--bin BIN] [--corpus DIR] [--tools DIR] [--base name=v,...]
                      [--grid "name=v1|v2|v3,name2=..."] [--jobs N] [--markdown]
Needs Python 3 with PyYAML.
"""
import argparse
import itertools
import json
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from loo_table import figures, print_table  # noqa: E402

# The parameters that matter most, a few values each, the defaults of tuning.rs first (99 turns a
# threshold off): the anchor threshold, the matter share that lifts the speaker factor, the idf
# from which a plain word is specific to a matter, and the role prior.
DEFAULT_GRID = "anchor=0.08|0.12,matter=0.03|99,specific_idf=2.0|2.5,role=0|0.1"


def parse_grid(spec):
    grid = []
    for item in filter(None, (x.strip() for x in spec.split(","))):
        name, values = item.split("=", 1)
        grid.append((name.strip(), [v.strip() for v in values.split("|")]))
    return grid


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=os.path.join(root, "target/release/readout"))
    ap.add_argument("--corpus", default=os.path.join(root, "../shared/corpus"))
    ap.add_argument("--tools", default=os.path.join(root, "../shared/tools"))
    ap.add_argument("--base", default="", help="fixed overrides added to every point")
    ap.add_argument("--grid", default=DEFAULT_GRID)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--markdown", action="store_true", help="the table as Markdown")
    args = ap.parse_args()

    sys.path.insert(0, args.tools)
    import eval_gold  # noqa: E402  (the shared scorer: same mapping and counting as eval_gold.py)

    events = []
    for name in sorted(os.listdir(args.corpus)):
        d = os.path.join(args.corpus, name)
        g = os.path.join(d, "gold.yaml")
        if os.path.isfile(g):
            gold = yaml.safe_load(open(g))
            events.append((name, d, gold["side_a"]["file"], gold["side_b"]["file"]))
    if not events:
        sys.exit(f"loo.py: no events with gold.yaml in {args.corpus}")

    grid = parse_grid(args.grid)
    names = [n for n, _ in grid]
    points = [dict(zip(names, vs)) for vs in itertools.product(*(v for _, v in grid))]
    tmp = tempfile.mkdtemp(prefix="loo.")

    def run(job):
        k, point, (name, d, a, b) = job
        spec = ",".join(filter(None, [args.base] + [f"{n}={v}" for n, v in point.items()]))
        out = os.path.join(tmp, f"{k}.{name}.json")
        env = dict(os.environ, READOUT_TUNING=spec)
        with open(out, "w") as f:
            subprocess.run([args.bin, "compare", os.path.join(d, a), os.path.join(d, b),
                            "--format", "json"], stdout=f, env=env, check=True)
        counts = eval_gold.score(d, out)
        os.remove(out)
        return k, name, counts

    jobs = [(k, p, e) for k, p in enumerate(points) for e in events]
    # counts[k][event] = (tp, tool links, gold links, only tp, only tool, only gold)
    counts = [dict() for _ in points]
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as ex:
        for k, name, c in ex.map(run, jobs):
            counts[k][name] = c
    os.rmdir(tmp)

    def total(k, evs):
        t = [0] * 6
        for e in evs:
            t = [x + y for x, y in zip(t, counts[k][e])]
        return t

    def objective(t):
        return eval_gold.prf(*t[:3])[2] + eval_gold.prf(*t[3:])[2]

    def best(evs):
        return max(range(len(points)), key=lambda k: (objective(total(k, evs)), -k))

    all_names = [e[0] for e in events]
    k_in = best(all_names)
    rows = []
    t_in, t_loo = [0] * 6, [0] * 6
    for e in all_names:
        k_out = best([x for x in all_names if x != e])
        ci, co = counts[k_in][e], counts[k_out][e]
        t_in = [x + y for x, y in zip(t_in, ci)]
        t_loo = [x + y for x, y in zip(t_loo, co)]
        rows.append((e, ci, co, points[k_out]))
    rows.append(("TOTAL", t_in, t_loo, None))

    def fmt(c):
        return figures(eval_gold.prf, c)

    print(f"grid: {len(points)} points over {', '.join(names)}; base: {args.base or '(none)'}")
    print(f"in-sample pick: {points[k_in]}")
    print_table(rows, eval_gold.prf, args.markdown, "pick")
    print(json.dumps({"in_sample_pick": points[k_in],
                      "in_sample": dict(zip(["P", "R", "F1", "only_F1"], fmt(t_in))),
                      "loo": dict(zip(["P", "R", "F1", "only_F1"], fmt(t_loo)))}))


if __name__ == "__main__":
    main()
