"""Events per month between two countries (a dyad), by quad class, from a ghatna store.

    .venv/bin/python examples/dyad_per_month.py IND RUS --db ghatna.duckdb
    .venv/bin/python examples/dyad_per_month.py IND PAK --db ghatna.duckdb --out ind_pak.png

An event belongs to the dyad when one actor is of country A and the other of country B (either
way round). Without ``--out`` it prints a text table; with ``--out FILE.png`` it draws stacked
bars with matplotlib (``pip install matplotlib``), or says it cannot and prints the table.
Planned and negated events are counted apart: they have not happened.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from typing import Any

import ghatna

QUADS = {1: "verbal coop", 2: "material coop", 3: "verbal conflict", 4: "material conflict"}


def in_dyad(event: dict[str, Any], a: str, b: str) -> bool:
    countries = {(event.get(role) or {}).get("country") for role in ("actor1", "actor2")}
    return countries == {a, b} if a != b else countries == {a}


def _unrealised(event: dict[str, Any]) -> str:
    """``negated`` ("did not sign"), ``planned`` ("will visit") or "" for what happened."""
    return "negated" if event.get("negated") else "planned" if event.get("planned") else ""


def per_month(events: list[dict[str, Any]]) -> dict[str, Counter[str]]:
    """Month (``YYYY-MM``) -> counts by quad class name, ``planned``, ``negated``, and
    ``goldstein``: the sum of the Goldstein scores of the events that happened."""
    months: dict[str, Counter[str]] = {}
    for event in events:
        month = (event.get("date") or event.get("first_seen") or "")[:7]
        if len(month) != 7:
            continue  # a year-only date has no month
        unrealised = _unrealised(event)
        label = unrealised or QUADS.get(event.get("quad_class") or 0, "unknown")
        counts = months.setdefault(month, Counter())
        counts[label] += 1
        if not unrealised:
            counts["goldstein"] += event.get("score") or 0  # type: ignore[assignment]
    return dict(sorted(months.items()))


def print_table(months: dict[str, Counter[str]], a: str, b: str) -> None:
    labels = [*QUADS.values(), "planned", "negated"]
    print(f"events per month, {a} <-> {b}")
    print(f"{'month':<8} " + " ".join(f"{label:>17}" for label in labels) + "  goldstein")
    for month, counts in months.items():
        print(f"{month:<8} " + " ".join(f"{counts[label]:>17}" for label in labels)
              + f"  {counts['goldstein']:>9.1f}")
    if not months:
        print("(no events)")


def plot(months: dict[str, Counter[str]], a: str, b: str, out: str) -> bool:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("matplotlib is not installed (pip install matplotlib): printing instead",
              file=sys.stderr)
        return False
    fig, ax = plt.subplots(figsize=(8, 4))
    bottom = [0] * len(months)
    # colour-blind safe (Okabe-Ito), planned hatched: it has not happened
    colours = ["#0072B2", "#56B4E9", "#E69F00", "#D55E00", "#FFFFFF", "#BBBBBB"]
    for label, colour in zip([*QUADS.values(), "planned", "negated"], colours):
        heights = [counts[label] for counts in months.values()]
        ax.bar(list(months), heights, bottom=bottom, label=label, color=colour,
               edgecolor="black", hatch="//" if label in ("planned", "negated") else None)
        bottom = [x + y for x, y in zip(bottom, heights)]
    ax.set_title(f"Events per month, {a} - {b}")
    ax.set_ylabel("events")
    ax.legend(fontsize="small")
    fig.tight_layout()
    fig.savefig(out)
    print(f"wrote {out}")
    return True


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("a", help="ISO alpha-3 country code, e.g. IND")
    ap.add_argument("b", help="ISO alpha-3 country code, e.g. RUS")
    ap.add_argument("--db", default="ghatna.duckdb", help="store (default ghatna.duckdb)")
    ap.add_argument("--out", help="draw a PNG here (needs matplotlib)")
    args = ap.parse_args(argv)
    a, b = args.a.upper(), args.b.upper()
    try:
        store = ghatna.Store(args.db)
    except FileNotFoundError as exc:
        print(f"dyad_per_month: {exc}", file=sys.stderr)
        return 1
    events = [e for e in store.events(country=a) if in_dyad(e, a, b)]
    months = per_month(events)
    if not (args.out and plot(months, a, b, args.out)):
        print_table(months, a, b)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
