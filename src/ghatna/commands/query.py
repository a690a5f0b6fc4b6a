"""``ghatna query``: find events by actor, type, date, country, place."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import Any

from ..errors import EXIT_OK, InputError
from ..store.schema import DEFAULT_DB


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a YYYY-MM-DD date") from None


def register(sub: Any) -> None:
    p = sub.add_parser("query", help="find events in the store",
                       description="Events matching every given filter, newest first.")
    p.add_argument("--db", default=DEFAULT_DB, help=f"database file (default {DEFAULT_DB})")
    p.add_argument("--actor", help="name, id or any spelling seen (पुतिन finds Vladimir Putin)")
    p.add_argument("--type", help="PLOVER type, e.g. CONSULT")
    p.add_argument("--since", type=_date, help="events on or after YYYY-MM-DD")
    p.add_argument("--until", type=_date, help="events on or before YYYY-MM-DD")
    p.add_argument("--country", help="ISO alpha-3 of either actor or the place")
    p.add_argument("--place", help="place name (substring) or country code")
    p.add_argument("--limit", type=int, default=50, help="at most this many (default 50)")
    p.add_argument("--json", action="store_true", help="one JSON event per line")
    p.set_defaults(func=run)


def _fmt_actor(actor: dict[str, Any] | None) -> str:
    if not actor:
        return "-"
    return f"{actor['name'] or actor['id']} ({actor['country'] or '?'})"


def run(args: argparse.Namespace) -> int:
    from ..store.queries import EventQuery, find_events
    from ..store.schema import connect

    if args.limit < 1:
        raise InputError("--limit must be at least 1")
    con = connect(args.db, read_only=True)
    try:
        events = find_events(con, EventQuery(actor=args.actor, type=args.type, since=args.since,
                                             until=args.until, country=args.country,
                                             place=args.place, limit=args.limit))
    finally:
        con.close()
    if args.json:
        for ev in events:
            print(json.dumps(ev, ensure_ascii=False, default=str))
        return EXIT_OK
    for ev in events:
        place = (ev["location"] or {}).get("name") or "-"
        flags = "".join(f" [{f}]" for f in ("planned", "negated") if ev.get(f))
        print(f"{ev['date'] or '?':<10} {ev['type']:<10} {_fmt_actor(ev['actor1'])} -> "
              f"{_fmt_actor(ev['actor2'])} @ {place}{flags}  "
              f"[{ev['n_mentions']} mentions, {ev['n_sources']} sources, "
              f"{'/'.join(ev['languages'] or [])}]")
        print(f"    {(ev['sentence'] or '').strip()[:200]}")
    if not events:
        print("no events match")
    return EXIT_OK
