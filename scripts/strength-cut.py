#!/usr/bin/env python3
"""Developer aid: chooses the strong/weak cut of link confidence (src/compare/align/tuning.rs,
STRONG; a link's confidence is the aligner's model probability for its most likely pair) from
the corpus. For each event, every link the aligner makes is marked correct (all its statement
pairs are gold pairs) or not; the cut is the lowest confidence above which at least 95% of the
links are correct, chosen leave-one-event-out: picked on the other events, scored on each. The
same figures by the link's similarity score follow, for comparison.
Needs ../shared/corpus. Usage: scripts/strength-cut.py [CORPUS]"""
import glob, json, os, re, subprocess, sys, yaml
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold_match import gmap, norm  # noqa: E402

corpus = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus"

events = {}
for e in sorted(glob.glob(corpus + "/*/gold.yaml")):
    d = os.path.dirname(e); g = yaml.safe_load(open(e))
    a, b = g["side_a"]["file"], g["side_b"]["file"]
    res = json.loads(subprocess.check_output(["cargo", "run", "-q", "--release", "--example",
                                              "align_debug", "--", "--json", f"{d}/{a}", f"{d}/{b}"]))
    ga = [norm(x) for p in g["pairs"] for x in p["a"]] + [norm(x) for x in g.get("only_a") or []]
    gb = [norm(x) for p in g["pairs"] for x in p["b"]] + [norm(x) for x in g.get("only_b") or []]
    ma, mb = gmap(res["left"], ga), gmap(res["right"], gb)
    gold = {(norm(x), norm(y)) for p in g["pairs"] for x in p["a"] for y in p["b"]}
    ok = lambda i, j: any((x, y) in gold for x in ma.get(i, ()) for y in mb.get(j, ()))
    events[os.path.basename(d)] = [(p, all(ok(x, y) for x in l for y in r), s) for l, r, s, p in res["links"]]

cuts = [c / 100 for c in range(5, 102)]
def precision(links, cut):
    above = [good for s, good in links if s >= cut]
    return sum(above) / len(above) if above else 1.0
def best(links):
    # the lowest cut above which at least 95% of the links are correct: a strong link is one
    # to trust unchecked, so the cut is set by the wrong links, not by the count of errors
    return min(c for c in cuts if precision(links, c) >= 0.95)

def report(events, what, bands):
    allk = [x for v in events.values() for x in v]
    print(f"== by {what}")
    print(f"{'event':45} {'cut':>5} {'strong':>7} {'correct':>7} {'weak':>5} {'correct':>7}")
    held = []
    for name, links in events.items():
        rest = [x for n, v in events.items() if n != name for x in v]
        c = best(rest)
        strong = [g for s, g in links if s >= c]; weak = [g for s, g in links if s < c]
        held += [(s >= c, g) for s, g in links]
        print(f"{name:45} {c:5.2f} {len(strong):7} {sum(strong):7} {len(weak):5} {sum(weak):7}")
    c = best(allk)
    def line(pairs):
        st = [g for s, g in pairs if s]; wk = [g for s, g in pairs if not s]
        return f"strong {sum(st)}/{len(st)} correct, weak {sum(wk)}/{len(wk)} correct"
    print(f"in-sample cut {c:.2f}: {line([(s >= c, g) for s, g in allk])}")
    print(f"leave-one-out:       {line(held)}")
    for lab, sel in (("correct", True), ("wrong", False)):
        ss = sorted(s for s, g in allk if g == sel)
        if ss:
            q = lambda p: ss[min(len(ss) - 1, int(p * len(ss)))]
            print(f"{lab:8} links {len(ss):3}: min {ss[0]:.3f} q25 {q(.25):.3f} median {q(.5):.3f} max {ss[-1]:.3f}")
    for lo, hi in zip(bands, bands[1:]):
        inb = [g for s, g in allk if lo <= s < hi]
        print(f"  {what} {lo:.2f}-{hi:.2f}: {len(inb):3} links, {sum(inb):3} correct")

report({n: [(p, g) for p, g, s in v] for n, v in events.items()}, "confidence",
       (0, .2, .35, .5, .7, .9, 1.01))
# The shipped cut and score floor, as tuning.rs has them (STRONG, STRONG_SCORE).
tuning = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "compare",
                           "align", "tuning.rs")).read()
shipped = {k: float(re.search(rf"pub const {k}: f64 = ([0-9.]+);", tuning).group(1))
           for k in ("STRONG", "STRONG_SCORE")}
floor = shipped["STRONG_SCORE"]
for cut in (shipped["STRONG"],):
    both = [(p >= cut and s >= floor, g) for v in events.values() for p, g, s in v]
    st = [g for x, g in both if x]; wk = [g for x, g in both if not x]
    print(f"shipped: confidence >= {cut} and score >= {floor}: strong {sum(st)}/{len(st)} correct, "
          f"weak {sum(wk)}/{len(wk)} correct")
report({n: [(s, g) for p, g, s in v] for n, v in events.items()}, "score",
       (0, .1, .15, .2, .25, .3, .4, 1.01))
