"""Export the events, mentions or actors table as JSONL, CSV, Parquet, GDELT 2.0 TSV or PLOVER
JSONL, optionally filtered like ``ghatna query``.

Meaning is kept in every format: JSONL, CSV and Parquet carry the ``planned``/``negated``
flags, PLOVER writes them as auxiliary modes in ``context``, and GDELT rows, which have no
such flag, leave out planned, negated and hypothetical events unless ``include_unrealised``.
CSV written to a file starts with a UTF-8 byte-order mark so that Excel reads Devanagari.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

import duckdb

from . import EXPORT_FORMATS, EXPORT_TABLES, gdelt
from .plover import plover_record
from .queries import EventFilters, event_dict, mention_dict

FORMATS = EXPORT_FORMATS
TABLES = EXPORT_TABLES

#: The temporary table of the selected event ids every export query joins.
_SELECTED = "_export_selected"

_ORDER = {"events": "e.event_id", "mentions": "e.doc_id, e.position, e.mention_id",
          "actors": "e.actor_key"}

# An event every mention of which is hypothetical ("if India attacks ...") did not happen.
_REALISED_SQL = """NOT coalesce(e.planned, false) AND NOT coalesce(e.negated, false)
  AND EXISTS (SELECT 1 FROM mentions h WHERE h.event_id = e.event_id
              AND NOT coalesce(h.hypothetical, false))"""

# events joined with their representative mention and its document (GDELT and PLOVER)
_EVENTS_SQL = f"""
SELECT e.*, m.doc_id AS rep_doc_id, m.sentence_start AS rep_sentence_start,
  m.sentence_end AS rep_sentence_end, m.span_start, m.span_end, m.trigger, m.loc_text,
  m.actor1_text, m.actor2_text, m.lang AS rep_lang, d.url AS rep_url, d.title AS rep_title,
  d.outlet AS rep_outlet,
  NOT EXISTS (SELECT 1 FROM mentions h WHERE h.event_id = e.event_id
              AND NOT coalesce(h.hypothetical, false)) AS hypothetical
FROM events e JOIN {_SELECTED} s USING (event_id)
LEFT JOIN mentions m ON m.mention_id = e.rep_mention_id
LEFT JOIN documents d ON d.doc_key = m.doc_key
ORDER BY e.global_id, e.event_id
"""

_GDELT_MENTIONS_SQL = f"""
SELECT m.*, d.published_day, d.outlet, d.url, d.length, e.global_id, e.first_seen
FROM mentions m JOIN documents d USING (doc_key) JOIN events e USING (event_id)
JOIN {_SELECTED} s USING (event_id)
ORDER BY e.global_id, m.doc_id, m.position
"""

# the rows of each table that belong to the selected events
_TABLE_SQL = {
    "events": f"SELECT e.* FROM events e JOIN {_SELECTED} s USING (event_id)",
    "mentions": f"SELECT e.* FROM mentions e JOIN {_SELECTED} s USING (event_id)",
    "actors": f"""SELECT e.* FROM actors e WHERE e.actor_key IN (
        SELECT actor1_key FROM events JOIN {_SELECTED} USING (event_id)
        UNION SELECT actor2_key FROM events JOIN {_SELECTED} USING (event_id))""",
}


@dataclass(slots=True)
class ExportOptions:
    """What to write: a table in a format, to a path (``-`` is stdout for text formats)."""

    table: str = "events"
    fmt: str = "jsonl"
    out: str = "-"
    header: bool = False  # gdelt: a header line (GDELT's own files have none)
    filters: EventFilters = field(default_factory=EventFilters)
    include_unrealised: bool = False  # gdelt: planned, negated and hypothetical events too

    def check(self) -> None:
        """Raises ValueError for an option combination that cannot be written."""
        if self.table not in TABLES:
            raise ValueError(f"unknown table {self.table!r}; choose {', '.join(TABLES)}")
        if self.fmt not in FORMATS:
            raise ValueError(f"unknown format {self.fmt!r}; choose {', '.join(FORMATS)}")
        if self.fmt == "parquet" and self.out == "-":
            raise ValueError("Parquet needs a file: give --out FILE")
        if self.fmt == "plover" and self.table != "events":
            raise ValueError("--format plover writes events: use --table events")
        if self.fmt == "gdelt" and self.table == "actors":
            raise ValueError("--format gdelt has no actors table: use jsonl, csv or parquet")


def _dict_rows(con: duckdb.DuckDBPyConnection, sql: str, batch: int = 5000
               ) -> Iterator[dict[str, Any]]:
    cur = con.execute(sql)
    names = [d[0] for d in cur.description]
    while rows := cur.fetchmany(batch):
        for row in rows:
            yield dict(zip(names, row))


def _select_events(con: duckdb.DuckDBPyConnection, opts: ExportOptions) -> None:
    """Fill the temporary table of the events to export (the filters, and for GDELT only
    realised events)."""
    where, params = opts.filters.where(con)
    if opts.fmt == "gdelt" and not opts.include_unrealised:
        where = f"{where} AND {_REALISED_SQL}" if where else f"WHERE {_REALISED_SQL}"
    con.execute(f"DROP TABLE IF EXISTS {_SELECTED}")
    con.execute(f"CREATE TEMP TABLE {_SELECTED} AS SELECT e.event_id FROM events e {where}",
                params)


def export(con: duckdb.DuckDBPyConnection, opts: ExportOptions) -> int:
    """Write what ``opts`` asks for; returns the number of rows written."""
    opts.check()
    _select_events(con, opts)
    select = f"{_TABLE_SQL[opts.table]} ORDER BY {_ORDER[opts.table]}"
    if opts.fmt == "parquet":
        return _parquet(con, select, opts.out)
    fh, close = _open_text(opts.out, bom=opts.fmt == "csv")
    try:
        if opts.fmt == "csv":
            return _csv(con, select, fh)
        if opts.fmt == "jsonl":
            to_dict = {"events": event_dict, "mentions": mention_dict}.get(opts.table, _plain)
            return _jsonl((to_dict(r) for r in _dict_rows(con, select)), fh)
        if opts.fmt == "plover":
            return _jsonl((plover_record(r) for r in _dict_rows(con, _EVENTS_SQL)), fh)
        if opts.table == "events":
            rows = (gdelt.event_row(r) for r in _dict_rows(con, _EVENTS_SQL))
            return gdelt.write_tsv(rows, fh, gdelt.EVENT_COLUMNS if opts.header else None)
        rows = (gdelt.mention_row(r) for r in _dict_rows(con, _GDELT_MENTIONS_SQL))
        return gdelt.write_tsv(rows, fh, gdelt.MENTION_COLUMNS if opts.header else None)
    finally:
        if close:
            fh.close()


def _open_text(out: str, bom: bool) -> tuple[TextIO, bool]:
    if out == "-":
        return sys.stdout, False
    # utf-8-sig: a byte-order mark, without which Excel reads UTF-8 CSV as a legacy code page
    return open(out, "w", encoding="utf-8-sig" if bom else "utf-8", newline=""), True


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    return row


def _jsonl(records: Iterator[dict[str, Any]], fh: TextIO) -> int:
    n = 0
    for record in records:
        fh.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
        n += 1
    return n


#: A spreadsheet runs a cell starting with one of these as a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _csv_cell(value: Any) -> Any:
    """Lists joined with ``|``; a text starting like a formula gets a leading ``'`` so that a
    spreadsheet shows it as text (numbers are left alone)."""
    if value is None:
        return ""
    if isinstance(value, list):
        value = "|".join(map(str, value))
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _csv(con: duckdb.DuckDBPyConnection, select: str, fh: TextIO) -> int:
    """CSV with a header, cells made safe by :func:`_csv_cell`."""
    cur = con.execute(select)
    writer = csv.writer(fh, lineterminator="\n")
    writer.writerow([d[0] for d in cur.description])
    n = 0
    while rows := cur.fetchmany(5000):
        writer.writerows([[_csv_cell(v) for v in row] for row in rows])
        n += len(rows)
    return n


def _parquet(con: duckdb.DuckDBPyConnection, select: str, out: str) -> int:
    n = int(con.execute(f"SELECT count(*) FROM ({select})").fetchall()[0][0])
    path = str(Path(out)).replace("'", "''")
    con.execute(f"COPY ({select}) TO '{path}' (FORMAT parquet)")
    return n
