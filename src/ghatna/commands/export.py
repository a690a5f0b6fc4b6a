"""``ghatna export``: events or mentions as JSONL, CSV, Parquet or GDELT 2.0 TSV."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..errors import EXIT_OK, InputError
from ..store import DEFAULT_DB
from ..store import EXPORT_FORMATS as FORMATS
from ..store import EXPORT_TABLES as TABLES


def register(sub: Any) -> None:
    p = sub.add_parser("export", help="write events or mentions to a file",
                       description="Export a table. gdelt writes the GDELT 2.0 event (or "
                                   "mentions) table columns, tab-separated; see docs/store.md "
                                   "for how the columns map.")
    p.add_argument("--db", default=DEFAULT_DB, help=f"database file (default {DEFAULT_DB})")
    p.add_argument("--format", choices=FORMATS, default="jsonl", help="default jsonl")
    p.add_argument("--table", choices=TABLES, default="events", help="default events")
    p.add_argument("--out", default="-", help="output file (default - : stdout)")
    p.add_argument("--header", action="store_true",
                   help="gdelt: write a header line (GDELT's own files have none)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..store.export import export
    from ..store.schema import connect

    con = connect(args.db, read_only=True)
    try:
        n = export(con, args.table, args.format, args.out, header=args.header)
    except ValueError as exc:
        raise InputError(str(exc)) from exc
    finally:
        con.close()
    if args.out != "-":
        print(f"ghatna: wrote {n:,} {args.table} to {args.out}", file=sys.stderr)
    return EXIT_OK
