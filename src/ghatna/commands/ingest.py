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
    p.add_argument("--engine", choices=("local", "ray"), default="local",
                   help="local processes (default) or a Ray cluster: RAY_ADDRESS, else a local "
                        "one (pip install 'ghatna[ray]'); the store is the same")
    p.add_argument("--workers", type=int, default=None,
                   help="extraction processes (default 1); with --engine ray the CPUs of the "
                        "local cluster (default all). The store is the same for any N")
    p.add_argument("--shard-dir", metavar="DIR",
                   help="--engine ray: folder or URL (s3://...) for the mention shards, shared "
                        "by the workers and this process (default <db>.shards)")
    p.add_argument("--partition-bytes", type=int, default=None, metavar="N",
                   help="--engine ray: JSONL bytes per task (default 32 MiB)")
    p.add_argument("--shard-size", type=int, default=None,
                   help="documents per shard file (default 200)")
    p.add_argument("--published", help="publication date (YYYY-MM-DD) for inputs without one")
    p.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES,
                   help=f"reject documents larger than this (default {DEFAULT_MAX_BYTES:,})")
    p.add_argument("--quiet", action="store_true", help="no progress bar and no summary")
    # Testing and benchmarking hook: another "module:function" extractor.
    p.add_argument("--extractor", help=argparse.SUPPRESS)
    p.set_defaults(func=run)


def _executor(args: argparse.Namespace) -> Any:
    """The engine's executor; inputs are checked before the store is created."""
    from ..executors.extract import DEFAULT_EXTRACTOR
    from ..executors.local import DEFAULT_SHARD_SIZE
    from ..readers import check_inputs

    if args.workers is not None and args.workers < 1:
        raise InputError("--workers must be at least 1")
    shard_size = args.shard_size or DEFAULT_SHARD_SIZE
    extractor = args.extractor or DEFAULT_EXTRACTOR
    if args.engine == "ray":
        from ..executors.rayengine.engine import RayExecutor, import_ray
        from ..executors.rayengine.partitions import DEFAULT_PARTITION_BYTES

        import_ray()  # the install hint before anything else
        check_inputs([], args.published)
        return RayExecutor(args.db, workers=args.workers, shard_size=shard_size,
                           extractor=extractor, shard_dir=args.shard_dir,
                           partition_bytes=args.partition_bytes or DEFAULT_PARTITION_BYTES)
    from ..executors.local import LocalExecutor

    if args.shard_dir or args.partition_bytes:
        raise InputError("--shard-dir and --partition-bytes are options of --engine ray")
    check_inputs(args.inputs, args.published)
    return LocalExecutor(args.db, workers=args.workers or 1, shard_size=shard_size,
                         extractor=extractor)


def run(args: argparse.Namespace) -> int:
    executor = _executor(args)
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
