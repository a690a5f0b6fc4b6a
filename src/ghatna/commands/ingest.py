"""``ghatna ingest``: read inputs, extract events in N processes, store them deduplicated."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..defaults import DEFAULT_MAX_BYTES
from ..errors import EXIT_OK, EXIT_REJECTS, InputError
from ..store import DEFAULT_DB

#: Rejects printed on stderr before "... and N more"; all of them are in the `rejects` table.
MAX_REJECT_LINES = 20


def register(sub: Any) -> None:
    p = sub.add_parser(
        "ingest", help="extract events from inputs into the event store (DuckDB)",
        description="Extract events from files, folders, JSONL(.gz), Parquet or stdin (-) and "
                    "store them, deduplicated, in an embedded DuckDB database. Re-running with "
                    "the same inputs changes nothing; an interrupted run is finished by the "
                    "next one. Exit 3 when some documents were rejected (see `ghatna stats`).")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="file, folder, corpus or -")
    p.add_argument("--db", default=DEFAULT_DB, help=f"database file (default {DEFAULT_DB})")
    p.add_argument("--workers", type=int, default=1,
                   help="extraction processes (default 1); the store is the same for any N")
    p.add_argument("--shard-size", type=int, default=None,
                   help="documents per shard file (default 200)")
    p.add_argument("--published", help="publication date (YYYY-MM-DD) for inputs without one")
    p.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES,
                   help=f"reject documents larger than this (default {DEFAULT_MAX_BYTES:,})")
    p.add_argument("--quiet", action="store_true", help="no progress bar and no summary")
    # Testing and benchmarking hook: another "module:function" extractor.
    p.add_argument("--extractor", help=argparse.SUPPRESS)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..executors.extract import DEFAULT_EXTRACTOR
    from ..executors.local import DEFAULT_SHARD_SIZE, LocalExecutor

    if args.workers < 1:
        raise InputError("--workers must be at least 1")
    from ..readers import check_inputs

    check_inputs(args.inputs, args.published)  # before the store is created
    executor = LocalExecutor(args.db, workers=args.workers,
                             shard_size=args.shard_size or DEFAULT_SHARD_SIZE,
                             extractor=args.extractor or DEFAULT_EXTRACTOR)
    summary = executor.ingest(args.inputs, published=args.published, max_bytes=args.max_bytes,
                              progress=False if args.quiet else None)
    if not args.quiet:
        for line in summary.warning_lines[:MAX_REJECT_LINES]:
            print(f"ghatna: warning {line}", file=sys.stderr)
        for line in summary.reject_lines[:MAX_REJECT_LINES]:
            print(f"ghatna: rejected {line}", file=sys.stderr)
        extra = len(summary.reject_lines) - MAX_REJECT_LINES
        if extra > 0:
            print(f"ghatna: ... and {extra:,} more rejects (see `ghatna stats --db {args.db}`)",
                  file=sys.stderr)
        print(f"ghatna: {summary.line()} -> {args.db}", file=sys.stderr)
    return EXIT_REJECTS if summary.rejects else EXIT_OK
