#!/usr/bin/env python3
"""Fits the aligner's last-pass model (src/compare/align/likely.rs) on the real readout pairs in
../shared/corpus (not part of the project; for developers), and measures it leave-one-event-out.

The model is a logistic regression of "this pair is a gold link" on the five pair features the
binary itself computes (`target/release/examples/align_debug --pairs` exports them for every
pair), fitted by Newton's method with a fixed L2 penalty. Its threshold (`attach`) is chosen from
a small grid by running the release binary (READOUT_TUNING) and scoring with the shared gold
scorer (../shared/tools/eval_gold.py), by micro link F1 + only-in F1.

With --grid "name=v1|v2,...", other aligner values (READOUT_TUNING names) are chosen jointly:
for each point of the grid the features are exported again, the weights fitted and the
threshold tried, and a fold picks the point and threshold best on its training events.

In-sample: weights fitted, point and threshold chosen on all events; these are the values to
put in tuning.rs. Leave-one-out: for each event, the same on the other events, then the
held-out event scored with them.

usage: scripts/fit-likely.py [--bin BIN] [--debug BIN] [--corpus DIR] [--tools DIR] [--jobs N]
                             [--grid SPEC] [--markdown]
Needs Python 3 with PyYAML, and `cargo build --release --examples`.
"""
import argparse
import itertools
import json
import math
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold_match import gmap, norm  # noqa: E402
from loo_table import figures, print_table  # noqa: E402

THRESHOLDS = [0.25, 0.3, 0.35, 0.4, 0.5, 99]
L2 = 1.0


def solve(a, b):
    """Gaussian elimination with partial pivoting: the Newton step."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(n):
            if r != c and m[c][c]:
                f = m[r][c] / m[c][c]
                for k in range(c, n + 1):
                    m[r][k] -= f * m[c][k]
    return [m[i][n] / m[i][i] if m[i][i] else 0.0 for i in range(n)]


def fit(rows):
    """rows: (features, label). Returns [intercept, w1..wk]."""
    k = len(rows[0][0]) + 1
    w = [0.0] * k
    for _ in range(50):
        h = [[L2 if (a == b and a) else 0.0 for b in range(k)] for a in range(k)]
        g = [L2 * w[a] if a else 0.0 for a in range(k)]
        for f, y in rows:
            x = [1.0] + f
            z = sum(a * b for a, b in zip(w, x))
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            for a in range(k):
                g[a] += (p - y) * x[a]
                for b in range(a, k):
                    h[a][b] += p * (1 - p) * x[a] * x[b]
        for a in range(k):
            for b in range(a):
                h[a][b] = h[b][a]
        d = solve(h, g)
        w = [wi - di for wi, di in zip(w, d)]
        if max(abs(x) for x in d) < 1e-7:
            break
    return w


def labelled_pairs(debug, d, gold, spec):
    """Every pair of the event with its features (from the binary, run with READOUT_TUNING=spec)
    and whether gold links it."""
    a, b = gold["side_a"]["file"], gold["side_b"]["file"]
    t = json.loads(subprocess.check_output([debug, "--pairs", os.path.join(d, a), os.path.join(d, b)],
                                           env=dict(os.environ, READOUT_TUNING=spec)))
    ga = [norm(x) for p in gold["pairs"] for x in p["a"]] + [norm(x) for x in gold.get("only_a") or []]
    gb = [norm(x) for p in gold["pairs"] for x in p["b"]] + [norm(x) for x in gold.get("only_b") or []]
    ma = gmap([s["text"] for s in t["left"]], ga)
    mb = gmap([s["text"] for s in t["right"]], gb)
    links = {(norm(x), norm(y)) for p in gold["pairs"] for x in p["a"] for y in p["b"]}
    out = []
    for pair in t["pairs"]:
        i, j, feats = pair[0], pair[1], pair[-1]
        y = any((x, z) in links for x in ma.get(i, ()) for z in mb.get(j, ()))
        out.append((feats, 1.0 if y else 0.0))
    return out, t["features"]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=os.path.join(root, "target/release/readout"))
    ap.add_argument("--debug", default=os.path.join(root, "target/release/examples/align_debug"))
    ap.add_argument("--corpus", default=os.path.join(root, "../shared/corpus"))
    ap.add_argument("--tools", default=os.path.join(root, "../shared/tools"))
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--grid", default="", help='other values to choose jointly: "name=v1|v2,..."')
    ap.add_argument("--markdown", action="store_true")
    args = ap.parse_args()
    sys.path.insert(0, args.tools)
    import eval_gold  # noqa: E402

    events = {}
    for name in sorted(os.listdir(args.corpus)):
        d = os.path.join(args.corpus, name)
        if os.path.isfile(os.path.join(d, "gold.yaml")):
            events[name] = (d, yaml.safe_load(open(os.path.join(d, "gold.yaml"))))
    if not events:
        sys.exit(f"fit-likely.py: no events with gold.yaml in {args.corpus}")
    grid = [(n.strip(), v.split("|")) for n, v in
            (item.split("=", 1) for item in filter(None, (x.strip() for x in args.grid.split(","))))]
    points = [",".join(f"{n}={v}" for n, v in zip([g[0] for g in grid], vs))
              for vs in itertools.product(*(g[1] for g in grid))] or [""]
    names = list(events)
    folds = {None: names, **{e: [x for x in names if x != e] for e in names}}
    weights = {}
    for pt in points:
        data = {}
        for name, (d, gold) in events.items():
            data[name], features = labelled_pairs(args.debug, d, gold, pt)
        for k, evs in folds.items():
            weights[(pt, k)] = fit([r for e in evs for r in data[e]])

    tmp = tempfile.mkdtemp(prefix="fit-likely.")

    def run(job):
        pt, fold, th, e = job
        d, gold = events[e]
        spec = ",".join(filter(None, [pt, f"attach={th}"] + [f"likely{i}={w:.6f}" for i, w in
                                                            enumerate(weights[(pt, fold)])]))
        out = os.path.join(tmp, f"{points.index(pt)}.{fold}.{th}.{e}.json")
        with open(out, "w") as f:
            subprocess.run([args.bin, "compare", os.path.join(d, gold["side_a"]["file"]),
                            os.path.join(d, gold["side_b"]["file"]), "--format", "json"],
                           stdout=f, env=dict(os.environ, READOUT_TUNING=spec), check=True)
        c = eval_gold.score(d, out)
        os.remove(out)
        return job, c

    jobs = [(pt, k, th, e) for pt in points for k in folds for th in THRESHOLDS for e in names]
    counts = {}
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as ex:
        for job, c in ex.map(run, jobs):
            counts[job] = c
    os.rmdir(tmp)

    def total(choice, fold, evs):
        t = [0] * 6
        for e in evs:
            t = [x + y for x, y in zip(t, counts[(choice[0], fold, choice[1], e)])]
        return t

    def objective(t):
        return eval_gold.prf(*t[:3])[2] + eval_gold.prf(*t[3:])[2]

    def pick(fold):
        """The (point, threshold) best on the fold's training events; ties go to the earlier
        point and the lower threshold."""
        choices = [(pt, th) for pt in points for th in THRESHOLDS]
        return max(choices, key=lambda c: (objective(total(c, fold, folds[fold])),
                                           -points.index(c[0]), -c[1]))

    c_in = pick(None)
    rows, t_in, t_loo = [], [0] * 6, [0] * 6
    for e in names:
        c = pick(e)
        ci, co = counts[(c_in[0], None, c_in[1], e)], counts[(c[0], e, c[1], e)]
        t_in = [x + y for x, y in zip(t_in, ci)]
        t_loo = [x + y for x, y in zip(t_loo, co)]
        rows.append((e, ci, co, ",".join(filter(None, [c[0], f"attach={c[1]}"]))))
    rows.append(("TOTAL", t_in, t_loo, None))

    def fmt(c):
        return figures(eval_gold.prf, c)

    w_in = [round(w, 3) for w in weights[(c_in[0], None)]]
    print("features:", ", ".join(features))
    print(f"in-sample: {c_in[0] or '(defaults)'} attach={c_in[1]} likely={w_in}")
    print_table(rows, eval_gold.prf, args.markdown, "picked")
    print(json.dumps({"in_sample": dict(zip(["P", "R", "F1", "only_F1"], fmt(t_in))),
                      "loo": dict(zip(["P", "R", "F1", "only_F1"], fmt(t_loo))),
                      "point": c_in[0], "attach": c_in[1], "likely": w_in}))


if __name__ == "__main__":
    main()
