"""Recomputes the blind ratings of the practice items' options (docs/habits.md).

usage: python3 scripts/practice-ratings.py [docs/blind/practice-1]

The folder holds key.json (which option of the rating sheet belongs to which habit;
never shown to the raters) and ratings/*.json, one file per rater as written:
{"rater": "r1", "good": {"P1A": 3, ...}, "skilled": {"P1A": 4, ...}, "right_answer": {"P1": null, ...}}.
"good" is how good, admirable or sensible an option sounds; "skilled" how much choosing it
makes a person look like a skilled, successful networker (what a reader told to look good
is after). Prints each habit's mean on both, per rater and over all raters, the widest gap
between two habits' means, in how many items each habit's option has the top mean alone,
and how often each habit's option was named the right answer.
Targets (as for the scenes): no gap above 0.5; no habit the sole top option in more than
2 of the 5 items.
"""
import json
import sys
from pathlib import Path

HABITS = ["Expectations", "FollowUp", "GivingFirst", "EventChoice", "GoalRoi"]
folder = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/blind/practice-1")
key = json.loads((folder / "key.json").read_text())
habit_of = {o: h for item in key for o, h in item["habits"].items()}
raters = [json.loads(p.read_text()) for p in sorted((folder / "ratings").glob("*.json"))]


def mean(xs):
    return sum(xs) / len(xs) if xs else float("nan")


print(f"{len(raters)} raters, {len(key)} items\n")
gaps = {}
for scale in ["good", "skilled"]:
    print(f"## {scale}\n")
    print("| rater | " + " | ".join(HABITS) + " | widest gap |")
    print("|---|---|---|---|---|---|---|")
    for r in raters + [None]:
        rows = raters if r is None else [r]
        means = [mean([x[scale][o] for x in rows for o, h in habit_of.items() if h == hb and o in x[scale]])
                 for hb in HABITS]
        name = "all" if r is None else r["rater"]
        print(f"| {name} | " + " | ".join(f"{m:.2f}" for m in means) + f" | {max(means) - min(means):.2f} |")
        if r is None:
            gaps[scale] = max(means) - min(means)
    top = {h: 0 for h in HABITS}
    print()
    for item in key:
        opt_mean = {h: mean([x[scale][o] for x in raters if o in x[scale]]) for o, h in item["habits"].items()}
        best = max(opt_mean.values())
        leaders = [h for h, m in opt_mean.items() if m == best]
        if len(leaders) == 1:
            top[leaders[0]] += 1
        print(f"- {item['s']} ({item['id']}): " + ", ".join(f"{h} {opt_mean[h]:.2f}" for h in HABITS)
              + (f"; top alone: {leaders[0]}" if len(leaders) == 1 else "; top shared"))
    print(f"\nsole top option, items per habit ({scale}): " + ", ".join(f"{h} {top[h]}" for h in HABITS) + "\n")
    gaps[scale + "_top"] = max(top.values())

named = {h: 0 for h in HABITS}
for x in raters:
    for s, pick in x.get("right_answer", {}).items():
        if pick in habit_of:
            named[habit_of[pick]] += 1
print("named the right answer (rater x item): " + ", ".join(f"{h} {named[h]}" for h in HABITS))
for scale in ["good", "skilled"]:
    ok = gaps[scale] <= 0.5 and gaps[scale + "_top"] <= 2
    print(f"targets on {scale}: widest gap {gaps[scale]:.2f} (at most 0.50); most sole-top items "
          f"{gaps[scale + '_top']} (at most 2): {'met' if ok else 'NOT met'}")
