#!/usr/bin/env python3
"""Developer aid: for each corpus event, the similarity and rank of every gold pair among the
aligner's candidates, and the strongest non-gold candidates. Needs ../shared/corpus."""
import json, re, subprocess, sys, yaml, glob, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold_match import gmap, norm  # noqa: E402
corpus = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus"
for e in sorted(glob.glob(corpus + "/*/gold.yaml")):
    d = os.path.dirname(e); g = yaml.safe_load(open(e))
    a, b = g["side_a"]["file"], g["side_b"]["file"]
    res = json.loads(subprocess.check_output(["target/release/examples/align_debug", "--json", f"{d}/{a}", f"{d}/{b}"]))
    ga = [norm(x) for p in g["pairs"] for x in p["a"]] + [norm(x) for x in g.get("only_a") or []]
    gb = [norm(x) for p in g["pairs"] for x in p["b"]] + [norm(x) for x in g.get("only_b") or []]
    ma, mb = gmap(res["left"], ga), gmap(res["right"], gb)
    gold = set()
    for p in g["pairs"]:
        for x in p["a"]:
            for y in p["b"]:
                gold.add((norm(x), norm(y)))
    def is_gold(i, j):
        return any((x, y) in gold for x in ma.get(i, ()) for y in mb.get(j, ()))
    print("==", os.path.basename(d))
    for i, cs in enumerate(res["cands"]):
        marks = []
        for rank, (j, s) in enumerate(cs):
            if is_gold(i, j) or rank < 2:
                marks.append(f"{'*' if is_gold(i,j) else ''}B{j+1}:{s:.3f}")
        miss = [j for j in range(len(res["right"])) if is_gold(i, j) and j not in [c[0] for c in cs]]
        print(f"  A{i+1:<3} {' '.join(marks)} {'MISSING ' + str([m+1 for m in miss]) if miss else ''} | {res['left'][i][:50]}")
    print("  links:", [( [x+1 for x in l], [y+1 for y in r], round(s,3), all(is_gold(x,y) for x in l for y in r)) for l, r, s in res["links"]])
