#!/usr/bin/env python3
"""Measures readout's speaker detection against hand-labelled speakers of a corpus of real readouts.

Usage: scripts/speaker-eval.py [--bin target/release/readout] [--corpus ../shared/corpus]
                               [--labels FILE] [--verbose]

The labels file is FILE, else $READOUT_SPEAKER_LABELS, else ../notes/speaker-labels.yaml (from
the project's root). It is not part of the project: it quotes the corpus.

For each labelled event it runs `BIN compare A B --format json` (A, B: the gold's side files) and
compares each statement's `speaker` with its label (see the labels file's header for the format).
It prints per event and overall:
  accuracy        statements whose speaker is the expected one or an acceptable alternative
  attributed      statements the tool gives a speaker (anything but `unattributed`)
  wrong           attributed statements whose speaker is neither expected nor acceptable
  wrong rate      wrong / attributed (precision = 1 - wrong rate)
  missed          statements labelled with a speaker the tool leaves unattributed
The labels are measurement data kept outside the project (they quote statement openings).
Needs Python 3 with PyYAML.
"""
import argparse
import json
import os
import re
import subprocess
import sys

import yaml

# Words by which a side's label ("The Chinese side", "U.S. side") names its country.
COUNTRY = {
    "china": ["china", "chinese", "prc", "beijing"],
    "russia": ["russia", "russian", "moscow", "kremlin"],
    "us": ["u.s.", "us", "united states", "american", "washington"],
    "ukraine": ["ukraine", "ukrainian", "kyiv"],
    "india": ["india", "indian", "new delhi"],
}


def words(s):
    return re.findall(r"[\w.]+", (s or "").lower())


def has_name(out_name, alts):
    ws = set(w.strip(".") for w in words(out_name)) | set(words(out_name))
    return any(a.lower() in ws for a in alts.split("|"))


def side_of(label):
    low = " " + " ".join(words(label)) + " "
    for key, names in COUNTRY.items():
        if any(" " + n + " " in low for n in names):
            return key
    return None


def matches(spec, sp):
    kind = sp.get("kind", "unattributed")
    name = sp.get("name") or sp.get("written") or ""
    what, _, arg = spec.partition(":")
    if what == "none":
        return kind == "unattributed"
    if what == "both":
        return kind == "both"
    if what == "person":
        return kind == "person" and has_name(name, arg)
    if what == "side":
        return kind == "side" and side_of(name) == side_of(arg)
    if what == "group":
        want = arg.split("+")
        members = [m.get("name") or m.get("written") or "" for m in sp.get("members", [])]
        return (
            kind == "group"
            and len(members) == len(want)
            and all(any(has_name(m, w) for m in members) for w in want)
        )
    raise SystemExit(f"unknown label {spec!r}")


def norm(s):
    return re.sub(r"\s+", " ", s.replace("’", "'").replace("“", '"').replace("”", '"')).strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default="target/release/readout")
    ap.add_argument("--corpus", default="../shared/corpus")
    ap.add_argument(
        "--labels",
        default=os.environ.get("READOUT_SPEAKER_LABELS") or "../notes/speaker-labels.yaml",
        help="hand labels (default: $READOUT_SPEAKER_LABELS, else ../notes/speaker-labels.yaml)",
    )
    ap.add_argument("--verbose", "-v", action="store_true")
    a = ap.parse_args()
    if not os.path.isfile(a.labels):
        sys.exit(
            f"speaker-eval: no speaker labels at {a.labels}: give the file with --labels FILE or "
            "READOUT_SPEAKER_LABELS=FILE (the labels quote the corpus, so they are kept outside "
            "the project, e.g. ../notes/speaker-labels.yaml)"
        )
    if not os.path.isdir(a.corpus):
        sys.exit(f"speaker-eval: no corpus at {a.corpus}: give it with --corpus DIR")
    if not os.access(a.bin, os.X_OK):
        sys.exit(f"speaker-eval: no readout binary at {a.bin}: run cargo build --release, or give --bin")
    labels = yaml.safe_load(open(a.labels, encoding="utf-8"))
    total = {"n": 0, "ok": 0, "attributed": 0, "wrong": 0, "missed": 0}
    print(f"{'event':45} {'n':>4} {'acc':>6} {'attr':>5} {'wrong':>6} {'missed':>6}")
    for event, files in labels.items():
        edir = os.path.join(a.corpus, event)
        gold = yaml.safe_load(open(os.path.join(edir, "gold.yaml"), encoding="utf-8"))
        sides = [gold["side_a"]["file"], gold["side_b"]["file"]]
        out = subprocess.run(
            [a.bin, "compare", *(os.path.join(edir, f) for f in sides), "--format", "json"],
            capture_output=True, text=True, check=True,
        )
        report = json.loads(out.stdout)
        by_file = {os.path.basename(r["path"]): r["statements"] for r in report["readouts"]}
        ev = {k: 0 for k in total}
        for file, cases in files.items():
            statements = by_file[file]
            for prefix, expect, *also in cases:
                found = [s for s in statements if norm(s["text"]).startswith(norm(prefix))]
                if len(found) != 1:
                    print(f"  {event}/{file}: {len(found)} statements start {prefix!r}", file=sys.stderr)
                    continue
                st = found[0]
                sp = st.get("speaker") or {"kind": "unattributed"}
                ok = any(matches(s, sp) for s in [expect, *also])
                attributed = sp.get("kind") != "unattributed"
                ev["n"] += 1
                ev["ok"] += ok
                ev["attributed"] += attributed
                ev["wrong"] += attributed and not ok
                ev["missed"] += not attributed and not ok
                if a.verbose and not ok:
                    got = sp.get("kind") + (":" + (sp.get("name") or "") if sp.get("name") else "")
                    if sp.get("members"):
                        got += " [" + ", ".join(m.get("name") or "" for m in sp["members"]) + "]"
                    tag = "WRONG " if attributed else "missed"
                    print(f"  {tag} {st['id']:6} want {expect:22} got {got:30} {st['text'][:60]}")
        for k in total:
            total[k] += ev[k]
        print(f"{event:45} {ev['n']:4} {ev['ok'] / max(ev['n'], 1):6.3f} {ev['attributed']:5} "
              f"{ev['wrong']:6} {ev['missed']:6}")
    t = total
    print(f"\nall: {t['n']} statements; accuracy {t['ok'] / t['n']:.3f} ({t['ok']}/{t['n']}); "
          f"attributed {t['attributed']}, wrong {t['wrong']} "
          f"(wrong-speaker rate {t['wrong'] / max(t['attributed'], 1):.3f}, "
          f"precision {1 - t['wrong'] / max(t['attributed'], 1):.3f}); missed {t['missed']}")


if __name__ == "__main__":
    main()
