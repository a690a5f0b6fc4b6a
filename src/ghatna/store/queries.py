"""Read-only questions to the store: statistics and event search.

:class:`EventFilters` is the one event filter of the project: ``ghatna query`` and the web
server (``ghatna serve``) both turn it into SQL with :meth:`EventFilters.where` and page
through it with :func:`select_events`, so the same filters find the same events.
"""

from __future__ import annotations

import calendar
import datetime as dt
import os
import re
import threading
from dataclasses import dataclass, fields
from typing import Any

import duckdb

from ..ontology import contexts, event_code, goldstein, type_names, type_quad
from .records import norm_name


def _scalar(con: duckdb.DuckDBPyConnection, sql: str) -> Any:
    return con.execute(sql).fetchall()[0][0]


def stats(con: duckdb.DuckDBPyConnection, top: int = 10) -> dict[str, Any]:
    """Counts of every table, rejects by code, events by type, languages, top actors."""
    return {
        "documents": _scalar(con, "SELECT count(*) FROM documents"),
        "mentions": _scalar(con, "SELECT count(*) FROM mentions"),
        "events": _scalar(con, "SELECT count(*) FROM events"),
        "actors": _scalar(con, "SELECT count(*) FROM actors"),
        "rejects": _scalar(con, "SELECT count(*) FROM rejects"),
        "pending_mentions": _scalar(con, "SELECT count(*) FROM mentions WHERE event_id IS NULL"),
        "rejects_by_code": dict(con.execute(
            "SELECT code, count(*) FROM rejects GROUP BY code ORDER BY 2 DESC, 1").fetchall()),
        "events_by_type": dict(con.execute(
            "SELECT type, count(*) FROM events GROUP BY type ORDER BY 2 DESC, 1").fetchall()),
        "documents_by_lang": dict(con.execute(
            "SELECT coalesce(lang, '?'), count(*) FROM documents GROUP BY 1 ORDER BY 2 DESC, 1"
        ).fetchall()),
        "code_mixing_by_lang": {
            lang: {"documents": n, "cmi_mean": cmi, "cmi_sentences_mean": per_sentence,
                   "mixed_documents": mixed}
            for lang, n, cmi, per_sentence, mixed in con.execute(
                "SELECT coalesce(lang, '?'), count(*), round(avg(cmi), 1), "
                "round(avg(cmi_sentences), 1), count(*) FILTER (WHERE cmi > 0) "
                "FROM documents GROUP BY 1 ORDER BY 2 DESC, 1").fetchall()},
        "events_reported_more_than_once": _scalar(
            con, "SELECT count(*) FROM events WHERE n_mentions > 1"),
        "top_actors": [
            {"name": name, "id": aid, "country": country, "events": n}
            for name, aid, country, n in con.execute(
                "SELECT name, id, country, n_events FROM actors ORDER BY n_events DESC, name "
                "LIMIT ?", [top]).fetchall()
        ],
    }


#: PLOVER's 16 event types, in quad-class order (the order of the web's charts).
#: The PLOVER types and the GDELT quad class of each one's default CAMEO code (ontology.py).
PLOVER_TYPES = type_names()
TYPE_QUAD = type_quad()

# An event's date as an interval of days [EVENT_START_SQL, EVENT_END_SQL] over the events
# table ``e``: a day is itself, a month (``2025-03``) is its first to its last day, a year its
# 1 January to 31 December; an undated event is the day it was first reported. since/until
# keep the events whose interval overlaps [since, until]; lists sort by the start, and the
# web's timeline counts an event on its start (or on ``since`` when it starts before).
EVENT_START_SQL = """(
  CASE WHEN length(e.date) = 10 THEN try_cast(e.date AS DATE)
       WHEN length(e.date) = 7 THEN try_cast(e.date || '-01' AS DATE)
       WHEN length(e.date) = 4 THEN try_cast(e.date || '-01-01' AS DATE)
       ELSE e.first_seen END)"""

EVENT_END_SQL = """(
  CASE WHEN length(e.date) = 10 THEN try_cast(e.date AS DATE)
       WHEN length(e.date) = 7 THEN last_day(try_cast(e.date || '-01' AS DATE))
       WHEN length(e.date) = 4 THEN try_cast(e.date || '-12-31' AS DATE)
       ELSE e.first_seen END)"""

#: An event's quad class: the coder's, else its PLOVER type's (0 when unknown).
QUAD_SQL = "coalesce(e.quad_class, " + "CASE e.type " + " ".join(
    f"WHEN '{t}' THEN {q}" for t, q in TYPE_QUAD.items()) + " ELSE 0 END)"

EVENT_ORDER_SQL = f"{EVENT_START_SQL} DESC NULLS LAST, e.n_mentions DESC, e.event_id"


def parse_date(value: str, end: bool = False) -> dt.date:
    """``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` as a bound: a month or year is its first day,
    or its last day when ``end`` (so ``since=2025-03, until=2025-03`` is March 2025).
    Raises ValueError."""
    value = value.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return dt.date.fromisoformat(value)
        if re.fullmatch(r"\d{4}-\d{2}", value):
            year, month = int(value[:4]), int(value[5:])
            day = calendar.monthrange(year, month)[1] if end else 1
            return dt.date(year, month, day)
        if re.fullmatch(r"\d{4}", value):
            return dt.date(int(value), 12, 31) if end else dt.date(int(value), 1, 1)
    except ValueError:
        pass
    raise ValueError(f"{value!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")


@dataclass(slots=True)
class EventFilters:
    """Event filters shared by ``ghatna query`` and ``ghatna serve``; every given one must
    hold. ``since``/``until`` keep the events whose date interval overlaps them (see
    ``EVENT_START_SQL``); ``actor`` is matched by :func:`actor_keys`."""

    actor: str | None = None
    type: str | None = None
    country: str | None = None
    place: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    quad: int | None = None
    lang: str | None = None

    def params(self) -> dict[str, str]:
        """The given filters as query-string parameters (for links that keep them)."""
        out = {}
        for f in fields(EventFilters):
            value = getattr(self, f.name)
            if value is not None:
                out[f.name] = value.isoformat() if isinstance(value, dt.date) else str(value)
        return out

    def where(self, con: duckdb.DuckDBPyConnection) -> tuple[str, list[Any]]:
        """The ``WHERE`` clause (possibly empty) and its parameters for the events table
        ``e``."""
        where: list[str] = []
        params: list[Any] = []
        if self.actor:
            keys = actor_keys(con, self.actor)
            where.append("(list_contains(?, e.actor1_key) OR list_contains(?, e.actor2_key))")
            params += [keys, keys]
        if self.type:
            where.append("e.type = ?")
            params.append(self.type.upper())
        if self.since:
            where.append(f"{EVENT_END_SQL} >= ?")
            params.append(self.since)
        if self.until:
            where.append(f"{EVENT_START_SQL} <= ?")
            params.append(self.until)
        if self.country:
            where.append("(e.actor1_country = ? OR e.actor2_country = ? OR e.loc_country = ?)")
            params += [self.country.upper()] * 3
        if self.place:
            needle = f"%{self.place.lower()}%"
            where.append("(lower(e.loc_name) LIKE ? OR e.loc_key LIKE ? OR e.loc_country = ?)")
            params += [needle, needle, self.place.upper()]
        if self.quad:
            where.append(f"{QUAD_SQL} = ?")
            params.append(self.quad)
        if self.lang:
            # languages compare case-insensitively: "hi-Latn" (romanized Hindi) = "hi-latn"
            where.append("list_contains(string_split(lower(array_to_string(e.languages, '|')),"
                         " '|'), ?)")
            params.append(self.lang.lower())
        return ("WHERE " + " AND ".join(where) if where else ""), params

    def day_sql(self) -> str:
        """The day an event counts on in a chart: its start, or ``since`` when it starts
        before (a month-precision event overlapping ``since``), so no bar falls outside the
        filters."""
        if self.since:
            return f"greatest({EVENT_START_SQL}, DATE '{self.since.isoformat()}')"
        return EVENT_START_SQL


FILTER_NAMES = tuple(f.name for f in fields(EventFilters))


@dataclass(slots=True)
class EventQuery(EventFilters):
    """:class:`EventFilters` plus a page: at most ``limit`` events after skipping
    ``offset``."""

    limit: int = 50
    offset: int = 0


def select_events(con: duckdb.DuckDBPyConnection, f: EventFilters, limit: int = 50,
                  offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
    """The number of events matching ``f`` and one page of them as raw ``events`` rows,
    newest first (by the start of their date), then most reported, then by id."""
    where, params = f.where(con)
    total = con.execute(f"SELECT count(*) FROM events e {where}", params).fetchall()[0][0]
    cur = con.execute(f"SELECT e.* FROM events e {where} ORDER BY {EVENT_ORDER_SQL} "
                      "LIMIT ? OFFSET ?", params + [limit, offset])
    names = [d[0] for d in cur.description]
    return total, [dict(zip(names, row)) for row in cur.fetchall()]


def event_record(row: dict[str, Any]) -> dict[str, Any]:
    """An ``events`` row as a search result: :func:`event_dict` with the quad class filled
    from the PLOVER type when the coder gave none (what ``query --json`` and the web show)."""
    ev = event_dict(row)
    ev["quad_class"] = ev["quad_class"] or TYPE_QUAD.get(ev["type"] or "")
    return ev


def search_events(con: duckdb.DuckDBPyConnection,
                  q: EventQuery) -> tuple[int, list[dict[str, Any]]]:
    """The number of matching events and one page of them as records (:func:`event_record`)."""
    total, rows = select_events(con, q, limit=q.limit, offset=q.offset)
    return total, [event_record(row) for row in rows]


def find_events(con: duckdb.DuckDBPyConnection, q: EventQuery) -> list[dict[str, Any]]:
    """One page of events matching the query (see :func:`search_events`)."""
    return search_events(con, q)[1]


# The actors table, normalised once per version of the database file: matching a needle
# against every alias is then a scan of short strings, not a query per call (the web server
# asks on every request).
_ACTOR_CACHE: dict[str, tuple[tuple[Any, ...], list[tuple[str, str, str, list[str]]]]] = {}
_ACTOR_LOCK = threading.Lock()


def _actor_index(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str, str, list[str]]]:
    path = con.execute("SELECT path FROM duckdb_databases() WHERE database_name = "
                       "current_database()").fetchall()
    file = path[0][0] if path and path[0][0] else None
    stamp: tuple[Any, ...] = ()
    if file:
        try:  # committed changes may still sit in the write-ahead log
            stamp = tuple((st.st_mtime_ns, st.st_size) for st in
                          (os.stat(p) for p in (file, file + ".wal") if os.path.exists(p)))
        except OSError:
            file = None
    with _ACTOR_LOCK:
        hit = _ACTOR_CACHE.get(file) if file else None
        if hit and hit[0] == stamp:
            return hit[1]
    rows = con.execute("SELECT actor_key, id, name, aliases FROM actors").fetchall()
    index = [(key, (aid or "").lower(), key.lower(),
              sorted({norm_name(t) for t in [name or "", *(aliases or [])]} - {""}))
             for key, aid, name, aliases in rows]
    if file:
        with _ACTOR_LOCK:
            _ACTOR_CACHE[file] = (stamp, index)
    return index


def actor_keys(con: duckdb.DuckDBPyConnection, needle: str) -> list[str]:
    """Keys of the actors a needle names: its id or key exactly (``person:vladimir-putin``,
    ``name:sergei lavrov|RUS``), or, after the store's name normalisation, a substring of
    its canonical name, of any alias seen in a mention (in any script: पुतिन finds Vladimir
    Putin) or of its key."""
    plain = norm_name(needle)
    raw = needle.strip().lower()
    keys = []
    for key, aid, key_lower, texts in _actor_index(con):
        if (raw in (aid, key_lower) or (plain and any(plain in t for t in texts))
                or (plain and plain in key_lower)):
            keys.append(key)
    return sorted(keys)


def _actor(row: dict[str, Any], prefix: str) -> dict[str, Any] | None:
    if not row.get(f"{prefix}_key"):
        return None
    return {"name": row.get(f"{prefix}_name"), "id": row.get(f"{prefix}_id"),
            "country": row.get(f"{prefix}_country"), "sector": row.get(f"{prefix}_sector")}


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


def event_dict(row: dict[str, Any]) -> dict[str, Any]:
    """An ``events`` row as a nested record (the event contract plus dedup counts); the
    Goldstein score and PLOVER contexts follow its CAMEO code."""
    code = event_code(row.get("type"), row.get("mode"), row.get("cameo"))
    location = None
    if row.get("loc_key"):
        location = {"name": row.get("loc_name"), "country": row.get("loc_country"),
                    "admin1": row.get("loc_admin1"), "lat": row.get("loc_lat"),
                    "lon": row.get("loc_lon"), "geonameid": row.get("loc_geonameid")}
    return {
        "event_id": row["event_id"],
        "type": row.get("type"),
        "mode": row.get("mode"),
        "cameo": row.get("cameo"),
        "quad_class": row.get("quad_class"),
        "score": goldstein(code),
        "context": contexts(code),
        "actor1": _actor(row, "actor1"),
        "actor2": _actor(row, "actor2"),
        "date": row.get("date"),
        "date_precision": row.get("date_precision"),
        "location": location,
        "planned": row.get("planned"),
        "negated": row.get("negated"),
        "confidence": row.get("confidence"),
        "sentence": row.get("sentence"),
        "first_seen": _iso(row.get("first_seen")),
        "last_seen": _iso(row.get("last_seen")),
        "n_mentions": row.get("n_mentions"),
        "n_articles": row.get("n_articles"),
        "n_sources": row.get("n_sources"),
        "articles": row.get("articles"),
        "sources": row.get("sources"),
        "languages": row.get("languages"),
    }


def mention_dict(row: dict[str, Any]) -> dict[str, Any]:
    """A ``mentions`` row as the event record of the contract (plus its event_id)."""

    def actor(prefix: str) -> dict[str, Any] | None:
        if not row.get(f"{prefix}_key"):
            return None
        start, end = row.get(f"{prefix}_start"), row.get(f"{prefix}_end")
        return {"name": row.get(f"{prefix}_name"), "id": row.get(f"{prefix}_id"),
                "country": row.get(f"{prefix}_country"), "sector": row.get(f"{prefix}_sector"),
                "text": row.get(f"{prefix}_text"),
                "span": [start, end] if start is not None else None}

    location = None
    if row.get("loc_key"):
        location = {"name": row.get("loc_name"), "country": row.get("loc_country"),
                    "admin1": row.get("loc_admin1"), "lat": row.get("loc_lat"),
                    "lon": row.get("loc_lon"), "geonameid": row.get("loc_geonameid"),
                    "text": row.get("loc_text")}
    return {
        "mention_id": row["mention_id"],
        "event_id": row.get("event_id"),
        "doc_id": row.get("doc_id"),
        "type": row.get("type"),
        "mode": row.get("mode"),
        "context": row.get("context") or [],
        "cameo": row.get("cameo"),
        "quad_class": row.get("quad_class"),
        "score": row.get("score"),
        "actor1": actor("actor1"),
        "actor2": actor("actor2"),
        "date": row.get("date"),
        "date_precision": row.get("date_precision"),
        "date_text": row.get("date_text"),
        "location": location,
        "planned": row.get("planned"),
        "negated": row.get("negated"),
        "hypothetical": row.get("hypothetical"),
        "sentence": row.get("sentence"),
        "span": [row.get("span_start"), row.get("span_end")],
        "sentence_span": [row.get("sentence_start"), row.get("sentence_end")],
        "trigger": row.get("trigger"),
        "lang": row.get("lang"),
        "confidence": row.get("confidence"),
        "coder": row.get("coder"),
    }
