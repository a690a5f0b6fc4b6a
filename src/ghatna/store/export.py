"""Export the events or mentions table as JSONL, CSV, Parquet or GDELT 2.0 TSV."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

import duckdb

from . import gdelt
from .queries import event_dict, mention_dict

FORMATS = ("jsonl", "csv", "parquet", "gdelt")
TABLES = ("events", "mentions")

_ORDER = {"events": "event_id", "mentions": "doc_id, position, mention_id"}

_GDELT_EVENTS_SQL = """
SELECT e.*, m.sentence_start AS rep_sentence_start
FROM events e LEFT JOIN mentions m ON m.mention_id = e.rep_mention_id
ORDER BY e.global_id, e.event_id
"""

_GDELT_MENTIONS_SQL = """
SELECT m.*, d.published_day, d.outlet, d.url, d.length, e.global_id, e.first_seen
FROM mentions m JOIN documents d USING (doc_key) LEFT JOIN events e USING (event_id)
ORDER BY e.global_id, m.doc_id, m.position
"""


def _dict_rows(con: duckdb.DuckDBPyConnection, sql: str, batch: int = 5000
               ) -> Iterator[dict[str, Any]]:
    cur = con.execute(sql)
    names = [d[0] for d in cur.description]
    while True:
        rows = cur.fetchmany(batch)
        if not rows:
            return
        for row in rows:
            yield dict(zip(names, row))


def _open_text(out: str) -> tuple[TextIO, bool]:
    if out == "-":
        return sys.stdout, False
    return open(out, "w", encoding="utf-8", newline=""), True


def export(con: duckdb.DuckDBPyConnection, table: str, fmt: str, out: str,
           header: bool = False) -> int:
    """Write ``table`` to ``out`` (``-`` is stdout for text formats); returns the row count."""
    if table not in TABLES:
        raise ValueError(f"unknown table {table!r}; choose {', '.join(TABLES)}")
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose {', '.join(FORMATS)}")
    if fmt in ("csv", "parquet"):
        if out == "-" and fmt == "parquet":
            raise ValueError("Parquet needs a file: give --out FILE")
        return _copy(con, table, fmt, out)
    fh, close = _open_text(out)
    try:
        if fmt == "jsonl":
            to_dict = event_dict if table == "events" else mention_dict
            n = 0
            for row in _dict_rows(con, f"SELECT * FROM {table} ORDER BY {_ORDER[table]}"):
                fh.write(json.dumps(to_dict(row), ensure_ascii=False, default=str) + "\n")
                n += 1
            return n
        if table == "events":
            rows = (gdelt.event_row(r) for r in _dict_rows(con, _GDELT_EVENTS_SQL))
            return gdelt.write_tsv(rows, fh, gdelt.EVENT_COLUMNS if header else None)
        rows = (gdelt.mention_row(r) for r in _dict_rows(con, _GDELT_MENTIONS_SQL))
        return gdelt.write_tsv(rows, fh, gdelt.MENTION_COLUMNS if header else None)
    finally:
        if close:
            fh.close()


def _copy(con: duckdb.DuckDBPyConnection, table: str, fmt: str, out: str) -> int:
    """CSV and Parquet straight from DuckDB (lists become ``a|b`` in CSV)."""
    n = int(con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0])
    if fmt == "parquet":
        select = f"SELECT * FROM {table} ORDER BY {_ORDER[table]}"
        con.execute(f"COPY ({select}) TO '{_quote(out)}' (FORMAT parquet)")
        return n
    cols = con.execute(f"SELECT column_name, data_type FROM information_schema.columns "
                       f"WHERE table_name = '{table}' ORDER BY ordinal_position").fetchall()
    exprs = [_csv_cell(c, t) for c, t in cols]
    select = f"SELECT {', '.join(exprs)} FROM {table} ORDER BY {_ORDER[table]}"
    if out == "-":
        import csv

        cur = con.execute(select)
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow([d[0] for d in cur.description])
        while rows := cur.fetchmany(5000):
            writer.writerows(rows)
        return n
    con.execute(f"COPY ({select}) TO '{_quote(out)}' (FORMAT csv, HEADER)")
    return n


#: A spreadsheet runs a cell starting with one of these as a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _csv_cell(column: str, kind: str) -> str:
    """The CSV expression of a column: lists joined with ``|``; a text starting like a formula
    gets a leading ``'`` so that a spreadsheet shows it as text (numbers are left alone)."""
    expr = f'"{column}"'
    if kind.endswith("[]"):
        expr = f"array_to_string({expr}, '|')"
    elif kind != "VARCHAR":
        return expr
    starts = ", ".join(f"chr({ord(ch)})" for ch in FORMULA_STARTS)
    return (f"CASE WHEN left({expr}, 1) IN ({starts}) THEN chr(39) || {expr} ELSE {expr} END "
            f'AS "{column}"')


def _quote(path: str) -> str:
    return str(Path(path)).replace("'", "''")
