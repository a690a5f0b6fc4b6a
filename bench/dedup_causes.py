"""Why the missed same-story pairs of a kept store were kept apart, by dedup's own checks.

Reads a store built by ``bench/eval_dedup.py GOLD --db STORE`` (only read) and the same gold
file. For every gold-positive pair of aligned gold events of one story whose mentions have two
event ids (``bench/dedup_pairs.py --missed`` lists them), the two mentions are put side by side
as ``store.dedup`` sees them (the store's own item query, so spelling keys and what each
document names are as clustering used them), the later one in clustering order against an
event seeded by the earlier one, and each failing check is named (a pair can have several):

- ``block``: two block keys (type, the actors' countries, the negated flag);
- ``timeless``: one of them has neither a date nor a publication day;
- ``actors``: the actors do not fit (``Cluster.orientation``);
- ``places``: they fit but the places do not (``dedup._fits``);
- ``dates``: both dated and neither interval holds the other (before snapping);
- ``planned``: an announcement against a report of what happened;
- ``other``: none of these alone (several events fit and the greedy order chose another).

    python bench/dedup_causes.py corpus/train.jsonl STORE.duckdb [-v]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import dedup_pairs as DP  # noqa: E402
import eval_dedup as E  # noqa: E402


def store_items(db: Path) -> dict[tuple[str, int], object]:
    """(doc id, position) -> the mention as dedup sees it."""
    import duckdb

    from ghatna.store import loader

    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute(loader._with_doc_names("TRUE")).fetchall()
    finally:
        con.close()
    items = [loader._item(row) for row in rows]
    return {(item.doc_id, item.position): item for item in items}


def causes(first: object, second: object) -> list[str]:
    """The checks that keep two mentions apart (see the module docstring)."""
    from ghatna.store import dedup as D

    a, b = sorted((first, second), key=D.Item.order_key)  # type: ignore[arg-type]
    if a.block_key != b.block_key:
        return ["block"]
    out = ["timeless"] if a.timeless or b.timeless else []
    event = D.Cluster(seed=a, place=a.place, members=[a], actor1=a.actor1, actor2=a.actor2)
    if event.orientation(b) is None:
        out.append("actors")
    elif not D._fits(b, event):
        out.append("places")
    if a.interval and b.interval and not D.intervals_compatible(a.interval, b.interval):
        out.append("dates")
    if a.planned != b.planned:
        out.append("planned")
    return out or ["other"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("db", type=Path)
    ap.add_argument("-v", "--verbose", action="store_true", help="list each pair")
    args = ap.parse_args(argv)
    match = E.load_event_match()
    docs = E.load_gold(args.gold)
    mentions, _ = E.read_store(args.db)
    items = store_items(args.db)
    single: Counter[str] = Counter()
    combined: Counter[str] = Counter()
    for story, sdocs in E.stories_of(docs).items():
        ident = E.gold_identities(sdocs, match)
        for x, y in combinations(DP.aligned_items(list(sdocs), mentions, match), 2):
            if (x[0] == y[0] or ident[(x[0], x[1])] != ident[(y[0], y[1])]
                    or x[3]["event_id"] == y[3]["event_id"]):
                continue
            found = causes(items[(x[0], x[2])], items[(y[0], y[2])])
            single.update(found)
            combined["+".join(found)] += 1
            if args.verbose:
                print(f"MISSED {story} {'+'.join(found)} {x[0]}:{x[2]} {y[0]}:{y[2]}")
    print(f"missed same-story pairs: {sum(combined.values())}; by cause: "
          + ", ".join(f"{k} {v}" for k, v in single.most_common()))
    print("as combinations: " + ", ".join(f"{k} {v}" for k, v in combined.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
