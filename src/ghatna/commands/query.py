"""``ghatna query``: find events by actor, type, date, country, place."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Callable
from typing import Any

from ..errors import EXIT_OK, InputError
from .source import add_source_args, open_source

#: The most events one query prints (``export`` writes them all); offsets stay in 64 bits.
MAX_LIMIT = 1_000_000
MAX_OFFSET = 2**62


def _bound(end: bool) -> Callable[[str], dt.date]:
    # The web's since/until parsing: YYYY-MM-DD, YYYY-MM or YYYY (a month or year is its first
    # day as a lower bound, its last day as an upper one).
    def parse(value: str) -> dt.date:
        from ..store.queries import parse_date

        try:
            return parse_date(value, end=end)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None
    return parse


def register(sub: Any) -> None:
    p = sub.add_parser("query", help="find events in the store",
                       description="Events matching every given filter, newest first.")
    add_source_args(p)
    p.add_argument("--actor", help="name, id or any spelling seen (पुतिन finds Vladimir Putin)")
    p.add_argument("--type", help="PLOVER type, e.g. CONSULT")
    p.add_argument("--since", type=_bound(False), metavar="DATE",
                   help="events dated on or after YYYY-MM-DD, YYYY-MM or YYYY (an event dated "
                        "to a month or year matches when any of it is in range)")
    p.add_argument("--until", type=_bound(True), metavar="DATE",
                   help="events dated on or before YYYY-MM-DD, YYYY-MM (its last day) or YYYY")
    p.add_argument("--country", help="ISO alpha-3 of either actor or the place")
    p.add_argument("--place", help="place name (substring) or country code")
    p.add_argument("--limit", type=int, default=50, help="at most this many (default 50)")
    p.add_argument("--offset", type=int, default=0, help="skip this many first (default 0)")
    p.add_argument("--json", action="store_true", help="one JSON event per line")
    p.set_defaults(func=run)


def _fmt_actor(actor: dict[str, Any] | None) -> str:
    if not actor:
        return "-"
    return f"{actor['name'] or actor['id']} ({actor['country'] or '?'})"


def run(args: argparse.Namespace) -> int:
    from ..store.queries import EventQuery, search_events

    if not 1 <= args.limit <= MAX_LIMIT:
        raise InputError(f"--limit must be between 1 and {MAX_LIMIT:,} (use `ghatna export` "
                         "for every event)")
    if not 0 <= args.offset <= MAX_OFFSET:
        raise InputError(f"--offset must be between 0 and {MAX_OFFSET:,}")
    if args.since and args.until and args.since > args.until:
        raise InputError(f"--since ({args.since}) is after --until ({args.until})")
    con = open_source(args)
    try:
        total, events = search_events(con, EventQuery(
            actor=args.actor, type=args.type, since=args.since, until=args.until,
            country=args.country, place=args.place, limit=args.limit, offset=args.offset))
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
        print("no events match" if not total else f"no events past the first {total}")
    elif len(events) < total:
        print(f"({len(events)} of {total} events from #{args.offset + 1}; "
              "see --limit and --offset)")
    return EXIT_OK
