"""Dedup pairs over a kept store: false merges across stories and missed pairs within them.

Reads a store built by ``bench/eval_dedup.py GOLD --db STORE`` (it is only read) and the same
gold file, aligns each document's gold events to its mentions as ``eval_dedup`` does, and
prints:

- **cross-story merges** (a precision proxy for merges the pairwise figures cannot see): pairs
  of aligned gold events of two documents that are *not* of one labelled story (two stories,
  or a document without a ``cluster`` label) whose mentions share one event id. Such pairs are
  almost always false merges (some are right: one event told in two labelled stories);
- with ``--missed``: the gold-positive pairs of one story with two event ids, each with both
  mentions (type, actors, date, place, publication day, block key).

    python bench/dedup_pairs.py corpus/train.jsonl STORE.duckdb [--missed] [--merges]
"""

from __future__ import annotations

import argparse
import sys
from itertools import combinations
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_dedup as E  # noqa: E402


def _extra(db: Path) -> dict[tuple[str, int], dict[str, Any]]:
    """(doc id, position) -> block key, publication day, date text, place key of a mention."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute(
            "SELECT m.doc_id, m.position, m.block_key, d.published_day, m.date_text, m.loc_key,"
            " m.actor1_key, m.actor2_key FROM mentions m JOIN documents d USING (doc_key)").fetchall()
    finally:
        con.close()
    return {(r[0], r[1]): {"block": r[2], "published": r[3], "date_text": r[4], "loc_key": r[5],
                           "a1": r[6], "a2": r[7]} for r in rows}


def aligned_items(docs: list[dict[str, Any]], mentions: dict[str, list[dict[str, Any]]],
                  match: Any) -> list[tuple[str, int, int, dict[str, Any]]]:
    """(doc id, gold index, mention position, mention) of every aligned gold event."""
    out = []
    for doc in docs:
        did = str(doc["id"])
        ments = mentions.get(did, [])
        for i, hit in enumerate(E.align(doc.get("events") or [], ments, match)):
            if hit is not None:
                out.append((did, i, hit, ments[hit]))
    return out


def cross_story_merges(docs: list[dict[str, Any]], mentions: dict[str, list[dict[str, Any]]],
                       match: Any) -> list[tuple[tuple[str, int, int, dict[str, Any]], ...]]:
    story = {str(d["id"]): d.get("cluster") for d in docs}
    by_event: dict[str, list[tuple[str, int, int, dict[str, Any]]]] = {}
    for item in aligned_items(docs, mentions, match):
        by_event.setdefault(item[3]["event_id"], []).append(item)
    out = []
    for eid in sorted(by_event):
        for a, b in combinations(by_event[eid], 2):
            if a[0] != b[0] and (story[a[0]] is None or story[a[0]] != story[b[0]]):
                out.append((a, b))
    return out


def _show(item: tuple[str, int, int, dict[str, Any]], extra: dict[tuple[str, int], dict[str, Any]]
          ) -> str:
    did, _, pos, m = item
    x = extra.get((did, pos), {})
    loc = (m["location"] or {}).get("name") if m["location"] else None
    return (f"{did} pub={x.get('published')} {m['type']} {x.get('a1')} -> {x.get('a2')} "
            f"date={m['date']} ({x.get('date_text')!r}) loc={loc} ({x.get('loc_key')}) "
            f"planned={m['planned']} block={x.get('block')}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("db", type=Path)
    ap.add_argument("--missed", action="store_true", help="list the missed same-story pairs")
    ap.add_argument("--merges", action="store_true", help="list the cross-story merges")
    args = ap.parse_args(argv)
    match = E.load_event_match()
    docs = E.load_gold(args.gold)
    mentions, _ = E.read_store(args.db)
    extra = _extra(args.db)
    merges = cross_story_merges(docs, mentions, match)
    if args.merges:
        for a, b in merges:
            print("MERGE\n  " + _show(a, extra) + "\n  " + _show(b, extra))
    missed = 0
    for story, sdocs in E.stories_of(docs).items():
        ident = E.gold_identities(sdocs, match)
        items = aligned_items(list(sdocs), mentions, match)
        for a, b in combinations(items, 2):
            if (a[0] != b[0] and ident[(a[0], a[1])] == ident[(b[0], b[1])]
                    and a[3]["event_id"] != b[3]["event_id"]):
                missed += 1
                if args.missed:
                    print(f"MISSED {story}\n  " + _show(a, extra) + "\n  " + _show(b, extra))
    doc_pairs = {(a[0], b[0]) for a, b in merges}
    print(f"cross-story merges: {len(merges)} gold-event pairs ({len(doc_pairs)} document pairs);"
          f" missed same-story pairs: {missed}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
