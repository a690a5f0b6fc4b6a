"""Where the reading commands (``query``, ``stats``, ``serve``) read: a DuckDB store
(``--db``) or a Parquet dataset written by ``ghatna export --format parquet --partition
month`` (``--parquet DIR``), read through the same queries."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from ..store import DEFAULT_DB

if TYPE_CHECKING:
    import duckdb


def add_source_args(p: Any) -> None:
    """``--db FILE`` or ``--parquet DIR`` (not both)."""
    group = p.add_mutually_exclusive_group()
    group.add_argument("--db", default=DEFAULT_DB, help=f"database file (default {DEFAULT_DB})")
    group.add_argument("--parquet", metavar="DIR",
                       help="read a Parquet dataset written by `ghatna export --format parquet "
                            "--partition month --out DIR` instead of a database file")


def open_source(args: argparse.Namespace) -> duckdb.DuckDBPyConnection:
    """A read-only connection to what ``args`` names; close it when done."""
    if args.parquet:
        from ..store.dataset import open_dataset

        return open_dataset(args.parquet)
    from ..store.schema import connect

    return connect(args.db, read_only=True)


def source_name(args: argparse.Namespace) -> str:
    return f"{args.parquet} (Parquet dataset)" if args.parquet else str(args.db)
