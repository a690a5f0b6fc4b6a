"""The Python API: ``ghatna.extract`` and ``ghatna.Store`` (re-exported, lazily, by
``ghatna/__init__.py`` so that ``import ghatna`` loads neither the pipeline nor DuckDB).

    >>> import ghatna
    >>> events = ghatna.extract("Narendra Modi met Vladimir Putin in Moscow on Monday.",
    ...                         published="2025-11-18")
    >>> store = ghatna.Store("ghatna.duckdb")
    >>> store.events(actor="पुतिन", type="CONSULT", since="2025-01")       # list of dicts
    >>> store.events_df(country="PAK")                                      # pandas DataFrame
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import duckdb
    import pandas

#: Columns of the events table a DataFrame leaves out (internal bookkeeping).
_INTERNAL_COLUMNS = ("block_key", "rep_mention_id")


def extract(text: str, published: str | dt.date | None = None,
            doc_id: str = "text") -> list[dict[str, Any]]:
    """The events of one text as event records (dicts, the contract of ``ghatna extract
    --format events``). ``published`` (``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY`` or a date) fixes
    the years and weekdays of a text that does not give its own date."""
    from .data import Document, parse_published
    from .pipeline.pipeline import default_pipeline

    if not isinstance(text, str):
        raise TypeError(f"ghatna.extract takes the text as a str, not {type(text).__name__}")
    when = None
    if published is not None:
        value = published.isoformat() if isinstance(published, dt.date) else published
        when = parse_published(value)
        if when is None:
            raise ValueError(f"published={published!r} is not a date: give YYYY-MM-DD, "
                             "YYYY-MM, YYYY or a datetime.date")
    doc = Document(id=doc_id, raw=text, published=when)
    return [event.to_dict() for event in default_pipeline().extract(doc)]


def _bound(value: str | dt.date | None, end: bool) -> dt.date | None:
    from .store.queries import parse_date

    if value is None or isinstance(value, dt.date):
        return value
    return parse_date(str(value), end=end)


class Store:
    """A read-only view of an event store written by ``ghatna ingest``. Each call opens the
    file and closes it again (like ``ghatna serve``), so an ingest can go on meanwhile."""

    def __init__(self, path: str | Path = "ghatna.duckdb") -> None:
        self.path = Path(path)
        if not self.path.exists():
            raise FileNotFoundError(f"no ghatna store at {self.path}: create one with "
                                    f"`ghatna ingest FILES --db {self.path}`")

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r})"

    @contextmanager
    def _connection(self) -> Iterator[duckdb.DuckDBPyConnection]:
        from .store.schema import connect

        con = connect(self.path, read_only=True)
        try:
            yield con
        finally:
            con.close()

    def _rows(self, filters: dict[str, Any], limit: int | None) -> list[dict[str, Any]]:
        from .store.queries import EventFilters, select_events

        f = EventFilters(**filters)
        if f.since and f.until and f.since > f.until:
            raise ValueError(f"since ({f.since}) is after until ({f.until})")
        with self._connection() as con:
            if limit is None:
                where, params = f.where(con)
                limit = int(con.execute(f"SELECT count(*) FROM events e {where}",
                                        params).fetchall()[0][0])
            return select_events(con, f, limit=max(limit, 0), offset=0)[1]

    def events(self, *, actor: str | None = None, type: str | None = None,
               country: str | None = None, place: str | None = None,
               since: str | dt.date | None = None, until: str | dt.date | None = None,
               quad: int | None = None, lang: str | None = None, limit: int | None = None,
               as_frame: bool = False) -> Any:
        """The events matching every given filter (those of ``ghatna query``), newest first:
        a list of event records, or with ``as_frame=True`` a pandas DataFrame
        (:meth:`events_df`). ``since``/``until`` take ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY`` or a
        date; ``limit`` None means all."""
        from .store.queries import event_record

        filters = {"actor": actor, "type": type, "country": country, "place": place,
                   "since": _bound(since, False), "until": _bound(until, True), "quad": quad,
                   "lang": lang}
        rows = self._rows(filters, limit)
        if as_frame:
            return _frame(rows)
        return [event_record(row) for row in rows]

    def events_df(self, **filters: Any) -> pandas.DataFrame:
        """:meth:`events` as a DataFrame: one row per event with the store's flat columns
        (``actor1_name``, ``loc_lat``, ...), ``quad_class`` and ``score`` (Goldstein) filled
        from the CAMEO code, and ``start``: the first day of its date (the first report day
        when undated), as a datetime to group by week or month. Needs pandas
        (``pip install 'ghatna[pandas]'``)."""
        return self.events(as_frame=True, **filters)  # type: ignore[no-any-return]

    def stats(self) -> dict[str, Any]:
        """The counts ``ghatna stats --json`` prints."""
        from .store.queries import stats

        with self._connection() as con:
            return stats(con)


def _frame(rows: list[dict[str, Any]]) -> pandas.DataFrame:
    try:
        import pandas as pd
    except ImportError as exc:
        raise ImportError("a DataFrame needs pandas: pip install 'ghatna[pandas]' "
                          "(or use Store.events() for a list of dicts)") from exc
    from .ontology import event_code, goldstein, quad_class
    from .store.gdelt import event_day
    from .store.schema import EVENTS

    columns = [c for c, _ in EVENTS if c not in _INTERNAL_COLUMNS]
    records = []
    for row in rows:
        code = event_code(row.get("type"), row.get("mode"), row.get("cameo"))
        record = {c: row.get(c) for c in columns}
        record.update(quad_class=row.get("quad_class") or quad_class(code),
                      score=goldstein(code), start=event_day(row))
        records.append(record)
    frame = pd.DataFrame.from_records(records, columns=[*columns, "score", "start"])
    frame["start"] = pd.to_datetime(frame["start"])
    return frame
