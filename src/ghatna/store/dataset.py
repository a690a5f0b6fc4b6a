"""Reading a Parquet dataset written by ``ghatna export --format parquet --partition month``
(:mod:`ghatna.store.partition`) as if it were the store.

:func:`open_dataset` gives an in-memory DuckDB connection in which each table of the store
is a view over the dataset's Parquet files, cast to the store's column types, so every
read-only query of the project (``queries.py``, ``web/api.py``) runs on it unchanged. The
views list the files at each query, so a dataset replaced by a new export is read afresh.
Nothing is ever written to the dataset.
"""

from __future__ import annotations

import threading
from pathlib import Path

import duckdb

from ..errors import StoreError
from .locks import NO_DOWNLOADS
from .schema import READ_TABLES, TABLES, check_marker

_HOW = "write one with `ghatna export --db STORE --format parquet --partition month --out {}`"


def _view_sql(root: Path, table: str) -> str:
    """A view of ``table`` over its Parquet files (an empty typed view when it has none)."""
    folder = root / table
    columns = TABLES[table]
    if not any(folder.rglob("*.parquet")):
        cols = ", ".join(f'CAST(NULL AS {kind}) AS "{name}"' for name, kind in columns)
        return f"CREATE VIEW {table} AS SELECT {cols} WHERE false"
    cols = ", ".join(f'CAST("{name}" AS {kind}) AS "{name}"' for name, kind in columns)
    glob = str(folder / "**" / "*.parquet").replace("'", "''")
    return (f"CREATE VIEW {table} AS SELECT {cols} FROM read_parquet('{glob}', "
            "hive_partitioning = false, union_by_name = true)")


def open_dataset(path: str | Path) -> duckdb.DuckDBPyConnection:
    """A connection whose tables are views over the dataset at ``path``; raises
    :class:`StoreError` (naming the folder and what to do) when it is missing, no ghatna
    dataset, unreadable or of another schema version."""
    root = Path(path)
    if not root.is_dir():
        raise StoreError(f"{root}: no such Parquet dataset folder; " + _HOW.format(root))
    if not (root / "meta").is_dir() or not (root / "events").is_dir():
        raise StoreError(f"{root}: not a ghatna Parquet dataset (no meta/ or events/ "
                         "folder); " + _HOW.format(root))
    con = duckdb.connect(":memory:", config=dict(NO_DOWNLOADS))
    try:
        for table in READ_TABLES:
            con.execute(_view_sql(root, table))
        check_marker(con, root)
    except duckdb.Error as exc:
        con.close()
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise StoreError(f"{root}: the Parquet dataset cannot be read ({first}); "
                         "export it again") from exc
    except BaseException:
        con.close()
        raise
    return con


class Dataset:
    """A dataset opened once for a server: :meth:`cursor` gives each request its own
    connection to the same views (closing it leaves the others open)."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._con = open_dataset(self.path)
        self._lock = threading.Lock()

    def cursor(self) -> duckdb.DuckDBPyConnection:
        with self._lock:
            return self._con.cursor()

    def close(self) -> None:
        self._con.close()
