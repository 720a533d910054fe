"""Shared by the corpus scripts (gold-sims.py, strength-cut.py): which gold sentences a
statement of readout's output is, by word overlap (gold sentences are exact text of the side
files after whitespace normalisation; readout's statements may split or join them)."""
import re


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def words(s):
    return set(re.findall(r"\w+", s.lower()))


def gmap(stmts, gold):
    """For each statement index, the gold sentences sharing 80% of either's words with it."""
    out = {}
    for i, st in enumerate(stmts):
        tw = words(st)
        for g in gold:
            gw = words(g)
            inter = len(gw & tw)
            if gw and tw and (inter / len(gw) >= 0.8 or inter / len(tw) >= 0.8):
                out.setdefault(i, set()).add(g)
    return out
