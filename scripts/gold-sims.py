#!/usr/bin/env python3
"""Developer aid: for each corpus event, the similarity and rank of every gold pair among the
aligner's candidates, and the strongest non-gold candidates; last, how many gold pairs are the
best candidate of both statements, of one, or of neither (what a pass choosing each statement's
best partner could reach). Needs ../shared/corpus and `cargo build --release --examples`.
usage: scripts/gold-sims.py [CORPUS]"""
import json, re, subprocess, sys, yaml, glob, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold_match import gmap, norm  # noqa: E402
corpus = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus"
ranks = {"both": 0, "one": 0, "neither": 0, "not a candidate": 0}
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
    print("  links (left, right, score, confidence, all gold):",
          [([x+1 for x in l], [y+1 for y in r], round(s, 3), round(c, 2), all(is_gold(x, y) for x in l for y in r))
           for l, r, s, c in res["links"]])
    # Each right statement's candidates, from the left statements' lists (the scores are the same
    # whichever side is asked).
    best_l = {i: cs[0][0] for i, cs in enumerate(res["cands"]) if cs}
    by_right = {}
    for i, cs in enumerate(res["cands"]):
        for j, s in cs:
            by_right.setdefault(j, []).append((s, i))
    best_r = {j: max(v)[1] for j, v in by_right.items()}
    for i in range(len(res["left"])):
        for j in range(len(res["right"])):
            if is_gold(i, j):
                cand = any(c[0] == j for c in res["cands"][i])
                n = (best_l.get(i) == j) + (best_r.get(j) == i)
                ranks["not a candidate" if not cand else ("neither", "one", "both")[n]] += 1
print("gold pairs by whether each statement has the other as its best candidate:", ranks)
