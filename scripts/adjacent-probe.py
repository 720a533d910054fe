#!/usr/bin/env python3
"""Probe (for developers): would joining a statement left unlinked to the link of its neighbour
in its own readout, when a statement of that link is among its best candidates, recover the
split points (1:n) that gold links and readout misses? Scores the shipped links with such joins
added against ../shared/corpus gold (not part of the project) with the shared scorer.

usage: scripts/adjacent-probe.py [TOPK SMIN ...]   (pairs of values; default a small grid)
Needs `cargo build --release --examples` and PyYAML. Measured 2026-12-02: every grid point is
below the shipped links in-sample (link F1 0.556, only-in F1 0.714), so nothing was shipped.
"""
import json
import os
import subprocess
import sys
import tempfile

import yaml

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
corpus = os.path.join(root, "../shared/corpus")
sys.path.insert(0, os.path.join(root, "../shared/tools"))
import eval_gold  # noqa: E402
debug = os.path.join(root, "target/release/examples/align_debug")


def score(topk, smin, events):
    tot = [0] * 6
    for event_dir, d in events:
        nl, nr = len(d["left"]), len(d["right"])
        sc = {(i, j): s for i, cs in enumerate(d["cands"]) for j, s in cs}
        lc = [sorted([(j, s) for (a, j), s in sc.items() if a == i], key=lambda x: -x[1]) for i in range(nl)]
        rc = [sorted([(i, s) for (i, b), s in sc.items() if b == j], key=lambda x: -x[1]) for j in range(nr)]
        links = [[set(k[0]), set(k[1])] for k in d["links"]]
        used = ({i for k in links for i in k[0]}, {j for k in links for j in k[1]})
        adds = []
        for side, n, cands in ((0, nl, lc), (1, nr, rc)):
            for x in range(n):
                if topk == 0 or x in used[side]:
                    continue
                top = [c for c in cands[x][:topk] if c[1] >= smin]
                for k, link in enumerate(links):
                    if any(y in link[side] for y in (x - 1, x + 1)) and any(c[0] in link[1 - side] for c in top):
                        adds.append((side, x, k))
                        break
        for side, x, k in adds:
            links[k][side].add(x)
        # Scored by the shared scorer itself, on the links written as a compare result.
        la, lb = {i for k in links for i in k[0]}, {j for k in links for j in k[1]}
        res = {
            "readouts": [{"statements": [{"id": f"L{i}", "text": t} for i, t in enumerate(d["left"])]},
                         {"statements": [{"id": f"R{j}", "text": t} for j, t in enumerate(d["right"])]}],
            "comparisons": [{
                "links": [{"left": [f"L{i}" for i in k[0]], "right": [f"R{j}" for j in k[1]]} for k in links],
                "only_left": [f"L{i}" for i in range(nl) if i not in la],
                "only_right": [f"R{j}" for j in range(nr) if j not in lb],
            }],
        }
        with tempfile.NamedTemporaryFile("w", suffix=".json") as f:
            json.dump(res, f)
            f.flush()
            s = eval_gold.score(event_dir, f.name)
        tot = [a + b for a, b in zip(tot, s)]
    return eval_gold.prf(*tot[:3])[2], eval_gold.prf(*tot[3:])[2]


def main():
    events = []
    for name in sorted(os.listdir(corpus)):
        g = os.path.join(corpus, name, "gold.yaml")
        if not os.path.isfile(g):
            continue
        gold = yaml.safe_load(open(g))
        d = json.loads(subprocess.check_output([debug, "--json",
                                                os.path.join(corpus, name, gold["side_a"]["file"]),
                                                os.path.join(corpus, name, gold["side_b"]["file"])]))
        events.append((os.path.join(corpus, name), d))
    args = sys.argv[1:]
    grid = [(int(a), float(b)) for a, b in zip(args[0::2], args[1::2])] or \
        [(0, 0)] + [(k, s) for k in (1, 2, 3) for s in (0.0, 0.03, 0.06)]
    print("topk  smin   link F1  only-in F1   (topk 0: the shipped links)")
    for k, s in grid:
        lf, of = score(k, s, events)
        print(f"{k:4d}  {s:4.2f}   {lf:.3f}    {of:.3f}")


if __name__ == "__main__":
    main()
