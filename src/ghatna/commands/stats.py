"""``ghatna stats``: what the event store holds."""

from __future__ import annotations

import argparse
import json
from typing import Any

from ..errors import EXIT_OK
from .source import add_source_args, open_source


def register(sub: Any) -> None:
    p = sub.add_parser("stats", help="counts of documents, mentions, events, rejects",
                       description="Documents, mentions, events, actors and rejects (by code) "
                                   "in the store; events by type; the most active actors.")
    add_source_args(p)
    p.add_argument("--top", type=int, default=10, help="how many top actors (default 10)")
    p.add_argument("--json", action="store_true", help="one JSON object")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..store.queries import stats

    con = open_source(args)
    try:
        data = stats(con, top=args.top)
    finally:
        con.close()
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    for key in ("documents", "mentions", "events", "actors", "rejects"):
        print(f"{key:<10} {data[key]:>10,}")
        if key == "events" and data["events"]:
            print(f"  {data['events_reported_more_than_once']:,} of them reported by more than "
                  "one mention (deduplicated)")
    if data["pending_mentions"]:
        print(f"unclustered mentions: {data['pending_mentions']:,} (re-run ingest to finish)")
    for title, key in (("rejects by code", "rejects_by_code"), ("events by type", "events_by_type"),
                       ("documents by language", "documents_by_lang")):
        if data[key]:
            print(f"\n{title}:")
            for name, n in data[key].items():
                print(f"  {name:<16} {n:>8,}")
    _print_code_mixing(data["code_mixing_by_lang"])
    if data["top_actors"]:
        print("\ntop actors (events):")
        for a in data["top_actors"]:
            print(f"  {a['name'] or a['id'] or '?':<32} {a['country'] or '':<4} {a['events']:>8,}")
    return EXIT_OK


def _print_code_mixing(by_lang: dict[str, dict[str, Any]]) -> None:
    """Code-Mixing Index (Das & Gambäck) by document language: mean over the documents of
    their whole-text CMI and of their sentences' mean CMI, and how many mix at all."""
    if not any(row["cmi_mean"] is not None for row in by_lang.values()):
        return
    print("\ncode-mixing index by language (mean CMI, mean sentence CMI, documents mixed):")
    for lang, row in by_lang.items():
        cmi, per_sentence = row["cmi_mean"], row["cmi_sentences_mean"]
        print(f"  {lang:<16} {_num(cmi):>6} {_num(per_sentence):>6}  "
              f"{row['mixed_documents']:,} of {row['documents']:,}")


def _num(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"
