#!/usr/bin/env python3
"""Compares the evidence two builds of readout give the same claims: how many statements each
claim's evidence spans, and which claims' evidence got smaller, larger or moved.

It reads the claim files the shared claims scorer writes (../shared/tools/eval_claims.py BIN
CORPUS OUT EVENT…, one OUT/EVENT.claims.yaml each; not part of this project) and each event's
sources from CORPUS/EVENT/claims.yaml, runs `check --format json` with both binaries and prints
one line per claim whose evidence differs, then the totals.

Usage: scripts/evidence-size.py --before BIN --after BIN [--tuning SPEC] [--corpus DIR]
       --claims-dir OUT EVENT…   (SPEC: READOUT_CHECK_TUNING for the --after run)
"""
import argparse
import json
import os
import subprocess
import sys

import yaml


def evidence(bin_, claims, sources, tuning=None):
    """Claim id -> (verdict, evidence source, evidence statement ids) for one run."""
    env = dict(os.environ)
    env.pop("READOUT_CHECK_TUNING", None)
    if tuning:
        env["READOUT_CHECK_TUNING"] = tuning
    p = subprocess.run([bin_, "check", claims, "--against", *sources, "--format", "json"],
                       capture_output=True, text=True, env=env)
    if p.returncode not in (0, 1):
        sys.exit(f"evidence-size: {bin_} check {claims} failed (exit {p.returncode}): {p.stderr[:200]}")
    out = {}
    for c in json.loads(p.stdout)["claims"]:
        e = c.get("evidence") or {}
        out[c["id"]] = (c["verdict"], e.get("source"), tuple(e.get("statements") or ()))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--before", required=True)
    ap.add_argument("--after", required=True)
    ap.add_argument("--corpus", default="../shared/corpus")
    ap.add_argument("--claims-dir", required=True)
    ap.add_argument("--tuning", help="READOUT_CHECK_TUNING for the --after run only")
    ap.add_argument("events", nargs="+")
    a = ap.parse_args()
    totals = {"claims": 0, "smaller": 0, "larger": 0, "moved": 0, "verdict": 0}
    size = {"before": 0, "after": 0}
    multi = {"before": 0, "after": 0}
    for ev in a.events:
        claims = os.path.join(a.claims_dir, ev + ".claims.yaml")
        if not os.path.isfile(claims):
            sys.exit(f"evidence-size: {claims} not found; run eval_claims.py with that OUT first")
        g = yaml.safe_load(open(os.path.join(a.corpus, ev, "claims.yaml")))
        sources = [os.path.join(a.corpus, ev, f) for f in g["sources"].values()]
        b, f = evidence(a.before, claims, sources), evidence(a.after, claims, sources, a.tuning)
        for cid in b:
            totals["claims"] += 1
            (vb, sb, eb), (va, sa, ea) = b[cid], f.get(cid, ("missing", None, ()))
            size["before"] += len(eb)
            size["after"] += len(ea)
            multi["before"] += len(eb) > 1
            multi["after"] += len(ea) > 1
            if vb != va:
                totals["verdict"] += 1
            if (sb, eb) == (sa, ea) and vb == va:
                continue
            if sb == sa and set(ea) < set(eb):
                kind = "smaller"
            elif sb == sa and set(ea) > set(eb):
                kind = "larger"
            else:
                kind = "moved"
            totals[kind] += 1
            print(f"{ev} {cid}: {kind}: {vb} {sb} {list(eb)} -> {va} {sa} {list(ea)}")
    print(f"claims {totals['claims']}: evidence smaller {totals['smaller']}, larger {totals['larger']}, "
          f"moved {totals['moved']}; verdicts changed {totals['verdict']}")
    print(f"evidence statements in all: {size['before']} -> {size['after']}; "
          f"claims with evidence from several statements: {multi['before']} -> {multi['after']}")


if __name__ == "__main__":
    main()
