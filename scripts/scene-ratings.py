"""Recomputes the blind scene ratings (docs/scenes.md and docs/habits.md).

usage: python3 scripts/scene-ratings.py [--max-top N] [docs/blind/scenes-2 ...]

The folder holds key.json (which option of the rating sheet belongs to which style;
never shown to the raters) and ratings/*.json, one file per rater as written:
{"rater": "r1", "ratings": {"S1A": 3, ...}, "right_answer": {"S1": null, ...}}.
Prints each style's mean rating, per rater and over all raters, the widest gap
between two styles' means, in how many scenes each style's option has the top mean
rating alone, and how often each style's option was named the right answer.
Targets: no gap above 0.5; no style the sole top option in more than 4 of 12 scenes
(--max-top 5 for the translated banks, as the languages' target says). Where the raters
also judged the four style names (names-key.json beside key.json, "names" in each
rating), prints how often each name was read as an insult.
"""
import json
import re
import sys
from pathlib import Path

STYLES = ["Pro", "Rookie", "Imposter", "Mensch"]
args = sys.argv[1:]
max_top = 4
if args[:1] == ["--max-top"]:
    max_top, args = int(args[1]), args[2:]
folders = [Path(f) for f in args] or [Path("docs/blind/scenes-3")]


def sheet(folder):
    """Option label -> text, as the raters of this round read it."""
    text = (folder / "rating-sheet.md").read_text()
    return dict(re.findall(r"^- (S\d+[A-D])\. (.+)$", text, re.M))


key = json.loads((folders[-1] / "key.json").read_text())
current = sheet(folders[-1])
style_of = {opt: style for scene in key for opt, style in scene["styles"].items()}
raters = []
for folder in folders:
    round_key = json.loads((folder / "key.json").read_text())
    round_style = {o: s for scene in round_key for o, s in scene["styles"].items()}
    round_text = sheet(folder)
    same = {o for o in style_of if round_style.get(o) == style_of[o] and round_text.get(o) == current[o]}
    for p in sorted((folder / "ratings").glob("*.json")):
        r = json.loads(p.read_text())
        r["rater"] = f"{folder.name}/{r['rater']}"
        r["ratings"] = {o: v for o, v in r["ratings"].items() if o in same}
        r["right_answer"] = {s: a for s, a in r.get("right_answer", {}).items() if a in same}
        raters.append(r)


def mean(xs):
    return sum(xs) / len(xs) if xs else float("nan")


print(f"{len(raters)} raters from {', '.join(str(f) for f in folders)}, {len(key)} scenes\n")
print("| rater | " + " | ".join(STYLES) + " | widest gap |")
print("|---|---|---|---|---|---|")
for r in raters + [None]:
    rows = raters if r is None else [r]
    means = [
        mean([x["ratings"][o] for x in rows for o, s in style_of.items() if s == st and o in x["ratings"]])
        for st in STYLES
    ]
    name = "all" if r is None else r["rater"]
    print(f"| {name} | " + " | ".join(f"{m:.2f}" for m in means) + f" | {max(means) - min(means):.2f} |")
    if r is None:
        gap = max(means) - min(means)

top = {s: 0 for s in STYLES}
named = {s: 0 for s in STYLES}
print("\nper scene, mean rating of each style's option:")
for scene in key:
    opt_mean = {
        style: mean([x["ratings"][o] for x in raters if o in x["ratings"]])
        for o, style in scene["styles"].items()
    }
    best = max(opt_mean.values())
    leaders = [s for s, m in opt_mean.items() if m == best]
    if len(leaders) == 1:
        top[leaders[0]] += 1
    for x in raters:
        pick = x.get("right_answer", {}).get(scene["s"])
        if pick in scene["styles"]:
            named[scene["styles"][pick]] += 1
    print(f"- {scene['s']} ({scene['id']}): " + ", ".join(f"{s} {opt_mean[s]:.2f}" for s in STYLES)
          + (f"; top alone: {leaders[0]}" if len(leaders) == 1 else "; top shared"))
print("\nsole top-rated option, scenes per style: " + ", ".join(f"{s} {top[s]}" for s in STYLES))
print("named the right answer (rater x scene): " + ", ".join(f"{s} {named[s]}" for s in STYLES))
fewest = min(sum(1 for x in raters if o in x["ratings"]) for o in style_of)
ok = gap <= 0.5 and max(top.values()) <= max_top and fewest >= 3
names_key = folders[-1] / "names-key.json"
if names_key.exists():
    names = json.loads(names_key.read_text())
    print("\nstyle names read as an insult (raters of the last folder):")
    last = [json.loads(p.read_text()) for p in sorted((folders[-1] / "ratings").glob("*.json"))]
    for code, name in sorted(names.items(), key=lambda kv: STYLES.index(kv[1])):
        said = [x["names"][code] for x in last if code in x.get("names", {})]
        yes = sum(1 for n in said if n.get("insult"))
        print(f"- {name}: {yes} of {len(said)}" + "".join(f"\n  - {n.get('reads_as', '')}" for n in said))
print(f"\ntargets: widest gap {gap:.2f} (at most 0.50); most sole-top scenes {max(top.values())} (at most {max_top}); "
      f"fewest raters of one option {fewest} (at least 3): {'met' if ok else 'NOT met'}")
