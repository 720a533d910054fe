"""Shared by the leave-one-event-out scripts (loo.py, fit-likely.py): the table of in-sample and
held-out figures per event and in total, as text or Markdown."""


def figures(prf, c):
    """(P, R, F1, only-in F1) of a six-count tuple from eval_gold.score."""
    p, r, f = prf(*c[:3])
    return p, r, f, prf(*c[3:])[2]


def print_table(rows, prf, markdown, pick_label):
    """rows: (event, in-sample counts, held-out counts, what the fold picked or None)."""
    if markdown:
        print("| event | in-sample link P | R | F1 | only-in F1 | LOO link P | R | F1 | only-in F1 |")
        print("|---|---|---|---|---|---|---|---|---|")
    for e, ci, co, pick in rows:
        a, b = figures(prf, ci), figures(prf, co)
        if markdown:
            cells = " | ".join(f"{x:.2f}" for x in a + b)
            name = f"**{e}**" if e == "TOTAL" else f"`{e}`"
            print(f"| {name} | {cells} |")
        else:
            print(f"{e:42s} in P {a[0]:.2f} R {a[1]:.2f} F1 {a[2]:.2f} only {a[3]:.2f}   "
                  f"LOO P {b[0]:.2f} R {b[1]:.2f} F1 {b[2]:.2f} only {b[3]:.2f}"
                  + (f"   {pick_label} {pick}" if pick is not None else ""))
