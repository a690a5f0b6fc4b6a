"""``ghatna export --format parquet --partition month``: the store as a hive-partitioned
Parquet dataset, one folder per table, which ``ghatna query --parquet`` and ``ghatna serve
--parquet`` read back (:mod:`ghatna.store.dataset`).

Layout (every table of the store a reader needs, with the store's columns)::

    OUT/events/month=2025-03/data_0.parquet     events by the month of their date
    OUT/events/month=2025/...                   dated to a year only
    OUT/events/month=undated/...                no date
    OUT/mentions/month=.../                     each mention in its event's partition
    OUT/documents/month=.../                    by publication month (or undated)
    OUT/actors/actors.parquet, OUT/rejects/rejects.parquet, OUT/meta/meta.parquet

With filters, the dataset holds the selected events, their mentions, the documents these
come from and their actors (no rejects). The folder is written beside ``OUT`` and renamed
into place when complete, so a reader never sees half a dataset; ``OUT`` must not exist or
be empty.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import duckdb

from .queries import EventFilters

#: Partition names of rows without a month: no date, or (mentions) not clustered yet.
UNDATED = "undated"
#: The tables a dataset holds, each partitioned by month or written as one file.
PARTITIONED = ("events", "mentions", "documents")
SINGLE = ("actors", "rejects", "meta")

_SELECTED = "_dataset_selected"

# The partition of an events row ``e``: YYYY-MM of a day or month date, YYYY of a year.
_EVENT_MONTH = f"""CASE
  WHEN regexp_matches(e.date, '^[0-9]{{4}}-[0-9]{{2}}') THEN left(e.date, 7)
  WHEN regexp_matches(e.date, '^[0-9]{{4}}$') THEN e.date
  ELSE '{UNDATED}' END"""

_DOC_MONTH = f"coalesce(strftime(d.published_day, '%Y-%m'), '{UNDATED}')"


def _table_sql(table: str, filtered: bool) -> str:
    """The rows of ``table`` to write (with a ``month`` column when partitioned)."""
    sel = f"(SELECT event_id FROM {_SELECTED})"
    docs = f"(SELECT doc_key FROM mentions WHERE event_id IN {sel})"
    keys = (f"(SELECT actor1_key FROM events WHERE event_id IN {sel} "
            f"UNION SELECT actor2_key FROM events WHERE event_id IN {sel})")
    sql = {
        "events": f"SELECT e.*, {_EVENT_MONTH} AS month FROM events e",
        "mentions": f"""SELECT m.*, CASE WHEN e.event_id IS NULL THEN '{UNDATED}'
                        ELSE {_EVENT_MONTH} END AS month
                        FROM mentions m LEFT JOIN events e ON e.event_id = m.event_id""",
        "documents": f"SELECT d.*, {_DOC_MONTH} AS month FROM documents d",
        "actors": "SELECT a.* FROM actors a",
        "rejects": "SELECT r.* FROM rejects r",
        "meta": "SELECT * FROM meta",
    }[table]
    if filtered:
        sql += {"events": f" WHERE e.event_id IN {sel}", "mentions": f" WHERE m.event_id IN {sel}",
                "documents": f" WHERE d.doc_key IN {docs}", "actors": f" WHERE a.actor_key IN {keys}",
                "rejects": " WHERE false", "meta": ""}[table]
    order = {"events": "event_id", "mentions": "doc_id, position, mention_id",
             "documents": "doc_key", "actors": "actor_key", "rejects": "reject_id",
             "meta": "key"}[table]
    return f"{sql} ORDER BY {order}"


def _quote(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def _write_table(con: duckdb.DuckDBPyConnection, table: str, filtered: bool, root: Path) -> int:
    select = _table_sql(table, filtered)
    n = int(con.execute(f"SELECT count(*) FROM ({select})").fetchall()[0][0])
    folder = root / table
    folder.mkdir(parents=True, exist_ok=True)
    if table in PARTITIONED:
        con.execute(f"COPY ({select}) TO {_quote(folder)} "
                    "(FORMAT parquet, PARTITION_BY (month), OVERWRITE_OR_IGNORE)")
    else:
        con.execute(f"COPY ({select}) TO {_quote(folder / (table + '.parquet'))} "
                    "(FORMAT parquet)")
    return n


def check_out(out: Path) -> None:
    """Raises ValueError unless ``out`` can receive a dataset (missing, or an empty folder)."""
    if out.is_dir() and any(out.iterdir()):
        raise ValueError(f"{out} is a folder that is not empty: give a new or empty folder "
                         "(an export never writes over files)")
    if out.exists() and not out.is_dir():
        raise ValueError(f"{out} is a file: give a new or empty folder for the dataset")


def write_dataset(con: duckdb.DuckDBPyConnection, out: str | Path,
                  filters: EventFilters | None = None) -> dict[str, int]:
    """Write the dataset of the events matching ``filters`` (every row of every table when
    none is given) to the folder ``out``; returns the rows written per table."""
    out = Path(out)
    check_out(out)
    filters = filters or EventFilters()
    filtered = bool(filters.params())
    where, params = filters.where(con)
    con.execute(f"CREATE OR REPLACE TEMP TABLE {_SELECTED} AS "
                f"SELECT e.event_id FROM events e {where}", params)
    partial = out.with_name(f".{out.name}.partial-{os.getpid()}")
    shutil.rmtree(partial, ignore_errors=True)
    try:
        counts = {t: _write_table(con, t, filtered, partial) for t in PARTITIONED + SINGLE}
        if out.is_dir():
            out.rmdir()
        partial.rename(out)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    finally:
        con.execute(f"DROP TABLE IF EXISTS {_SELECTED}")
    return counts
