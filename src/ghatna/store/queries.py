"""Read-only questions to the store: statistics and event search."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import duckdb

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
        "events_reported_more_than_once": _scalar(
            con, "SELECT count(*) FROM events WHERE n_mentions > 1"),
        "top_actors": [
            {"name": name, "id": aid, "country": country, "events": n}
            for name, aid, country, n in con.execute(
                "SELECT name, id, country, n_events FROM actors ORDER BY n_events DESC, name "
                "LIMIT ?", [top]).fetchall()
        ],
    }


@dataclass(slots=True)
class EventQuery:
    """Filters of ``ghatna query``; every given filter must hold."""

    actor: str | None = None
    type: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    country: str | None = None
    place: str | None = None
    limit: int = 50


def _date_bounds_sql() -> str:
    # An event's date as a day interval; undated events fall back to their first report.
    return """
      CASE WHEN length(e.date) = 10 THEN try_cast(e.date AS DATE)
           WHEN length(e.date) = 7 THEN try_cast(e.date || '-01' AS DATE)
           WHEN length(e.date) = 4 THEN try_cast(e.date || '-01-01' AS DATE)
           ELSE e.first_seen END"""


def find_events(con: duckdb.DuckDBPyConnection, q: EventQuery) -> list[dict[str, Any]]:
    """Events matching the query, most reported first within date order (newest first).

    ``actor`` matches an actor's name, id, or any surface text seen in a mention (so पुतिन
    finds Vladimir Putin), after the same normalisation dedup uses.
    """
    where: list[str] = []
    params: list[Any] = []
    if q.actor:
        keys = _matching_actor_keys(con, norm_name(q.actor), q.actor)
        where.append("(list_contains(?, e.actor1_key) OR list_contains(?, e.actor2_key))")
        params += [keys, keys]
    if q.type:
        where.append("e.type = ?")
        params.append(q.type.upper())
    start = _date_bounds_sql()
    if q.since:
        where.append(f"({start}) >= ?")
        params.append(q.since)
    if q.until:
        where.append(f"({start}) <= ?")
        params.append(q.until)
    if q.country:
        where.append("(e.actor1_country = ? OR e.actor2_country = ? OR e.loc_country = ?)")
        params += [q.country.upper()] * 3
    if q.place:
        where.append("(lower(e.loc_name) LIKE ? OR e.loc_key LIKE ? OR e.loc_country = ?)")
        params += [f"%{q.place.lower()}%", f"%{q.place.lower()}%", q.place.upper()]
    sql = (f"SELECT e.* FROM events e {'WHERE ' + ' AND '.join(where) if where else ''} "
           f"ORDER BY ({start}) DESC NULLS LAST, e.n_mentions DESC, e.event_id LIMIT ?")
    cur = con.execute(sql, params + [q.limit])
    names = [d[0] for d in cur.description]
    return [event_dict(dict(zip(names, row))) for row in cur.fetchall()]


def _matching_actor_keys(con: duckdb.DuckDBPyConnection, plain: str, raw: str) -> list[str]:
    """Actor keys whose name, id, key or any alias contains the normalised needle."""
    rows = con.execute("SELECT actor_key, id, name, aliases FROM actors").fetchall()
    raw_lower = raw.strip().lower()
    keys = []
    for key, aid, name, aliases in rows:
        texts = [name or "", *(aliases or [])]
        if (any(plain and plain in norm_name(t) for t in texts)
                or (aid and raw_lower == aid.lower()) or (plain and plain in key)):
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
    """An ``events`` row as a nested record (the event contract plus dedup counts)."""
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
