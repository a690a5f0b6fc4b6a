"""``ghatna export``: events, mentions or actors as JSONL, CSV, Parquet, GDELT 2.0 TSV or
PLOVER JSONL, filtered like ``ghatna query``."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..errors import EXIT_OK, InputError
from ..store import DEFAULT_DB
from ..store import EXPORT_FORMATS as FORMATS
from ..store import EXPORT_TABLES as TABLES
from .query import _bound


def register(sub: Any) -> None:

    p = sub.add_parser(
        "export", help="write events, mentions or actors to a file",
        description="Export a table. gdelt writes the GDELT 2.0 event (or mentions) table "
                    "columns, tab-separated, leaving out planned, negated and hypothetical "
                    "events (GDELT rows cannot mark them) unless --include-unrealised; plover "
                    "writes PLOVER event records (JSONL) with those as auxiliary modes in "
                    "context. --format parquet --partition month --out DIR writes the whole "
                    "store (or the filtered events with their mentions, documents and actors) "
                    "as a hive-partitioned Parquet dataset that `ghatna query --parquet DIR` "
                    "and `ghatna serve --parquet DIR` read. See docs/store.md for how the "
                    "columns map and the dataset's layout.")
    p.add_argument("--db", default=DEFAULT_DB, help=f"database file (default {DEFAULT_DB})")
    p.add_argument("--format", choices=FORMATS, default="jsonl", help="default jsonl")
    p.add_argument("--table", choices=TABLES, default=None,
                   help="default events (actors: those of the selected events)")
    p.add_argument("--partition", choices=("month",),
                   help="parquet: a dataset folder (--out DIR) of every table, events and "
                        "mentions by the event's month, documents by publication month")
    p.add_argument("--out", default="-", help="output file (default - : stdout)")
    p.add_argument("--header", action="store_true",
                   help="gdelt: write a header line (GDELT's own files have none)")
    p.add_argument("--include-unrealised", action="store_true",
                   help="gdelt: also write planned, negated and hypothetical events")
    p.add_argument("--since", type=_bound(False), metavar="DATE",
                   help="events dated on or after YYYY-MM-DD, YYYY-MM or YYYY")
    p.add_argument("--until", type=_bound(True), metavar="DATE",
                   help="events dated on or before YYYY-MM-DD, YYYY-MM or YYYY")
    p.add_argument("--country", help="ISO alpha-3 of either actor or the place")
    p.add_argument("--type", help="PLOVER type, e.g. PROTEST")
    p.add_argument("--actor", help="name, id or any spelling seen")
    p.set_defaults(func=run)


def _options(args: argparse.Namespace) -> Any:
    from ..ontology import type_names
    from ..store.export import ExportOptions
    from ..store.queries import EventFilters

    if args.type and args.type.upper() not in type_names():
        raise InputError(f"--type {args.type!r} is not a PLOVER type; choose one of "
                         f"{', '.join(type_names())}")
    if args.since and args.until and args.since > args.until:
        raise InputError(f"--since ({args.since}) is after --until ({args.until})")
    filters = EventFilters(actor=args.actor, type=args.type, country=args.country,
                           since=args.since, until=args.until)
    return ExportOptions(table=args.table or "events", fmt=args.format, out=args.out,
                         header=args.header, filters=filters,
                         include_unrealised=args.include_unrealised)


def _check_partition(args: argparse.Namespace) -> None:
    if args.format != "parquet":
        raise InputError("--partition writes a Parquet dataset: add --format parquet")
    if args.table is not None:
        raise InputError("--partition writes every table (events, mentions, documents, "
                         "actors, rejects): leave out --table")
    if args.out == "-":
        raise InputError("--partition writes a folder: give --out DIR")
    if args.header or args.include_unrealised:
        raise InputError("--header and --include-unrealised are options of --format gdelt")


def _run_partitioned(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..store.partition import check_out, write_dataset
    from ..store.schema import connect

    _check_partition(args)
    filters = _options(args).filters
    try:
        check_out(Path(args.out))
    except ValueError as exc:
        raise InputError(str(exc)) from exc
    con = connect(args.db, read_only=True)
    try:
        counts = write_dataset(con, args.out, filters)
    except OSError as exc:
        raise InputError(f"cannot write {args.out}: {exc.strerror or exc}") from exc
    finally:
        con.close()
    print(f"ghatna: wrote {counts['events']:,} events, {counts['mentions']:,} mentions and "
          f"{counts['documents']:,} documents by month to {args.out}", file=sys.stderr)
    return EXIT_OK


def run(args: argparse.Namespace) -> int:
    from ..store.export import export
    from ..store.schema import connect

    if args.partition:
        return _run_partitioned(args)
    args.table = args.table or "events"
    opts = _options(args)
    try:
        opts.check()
    except ValueError as exc:
        raise InputError(str(exc)) from exc
    con = connect(args.db, read_only=True)
    try:
        n = export(con, opts)
    except OSError as exc:
        raise InputError(f"cannot write {args.out}: {exc.strerror or exc}") from exc
    finally:
        con.close()
    if args.out != "-":
        print(f"ghatna: wrote {n:,} {args.table} to {args.out}", file=sys.stderr)
    return EXIT_OK
