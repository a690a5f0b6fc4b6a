"""Dyads: what two actors (or two countries) did to each other over time, as analysts plot
it from GDELT: events per week by quad class and the Goldstein sum.

A side is a country (three letters, ISO alpha-3: ``IND``; matched against each actor's
country) or an actor in any spelling (``पुतिन``, ``person:narendra-modi``; matched like the
``actor`` filter). Events count in both directions unless ``directed``. Planned events (and
negated ones, which did not happen) are counted apart from realised ones and never enter the
Goldstein sum; an event's Goldstein value is its representative mention's ``score``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Annotated, Any

import duckdb
from fastapi import Query

from ..store.queries import EVENT_ORDER_SQL, EVENT_START_SQL, QUAD_SQL, actor_keys, event_record
from .api import BadRequest, Filters, parse_filters

_COUNTRY = re.compile(r"^[A-Za-z]{3}$")
WEEK_SQL = f"date_trunc('week', {EVENT_START_SQL})::DATE"
RECENT = 20

Side = Annotated[str, Query(min_length=1, max_length=200,
                            description="country (ISO alpha-3, e.g. IND) or actor (any "
                                        "spelling, e.g. पुतिन)")]


@dataclass(slots=True)
class DyadQuery:
    a: str
    b: str
    directed: bool = False
    filters: Filters | None = None


async def dyad_query(a: Side, b: Side, directed: Annotated[bool, Query(
        description="only events with a as actor 1 and b as actor 2")] = False,
        type: Annotated[str | None, Query(max_length=40)] = None,
        since: Annotated[str | None, Query(max_length=40)] = None,
        until: Annotated[str | None, Query(max_length=40)] = None,
        lang: Annotated[str | None, Query(max_length=20, description="hi, en or hi-en")]
        = None) -> DyadQuery:
    given = {"type": type, "since": since, "until": until, "lang": lang}
    f = parse_filters({k: v for k, v in given.items() if v is not None})
    return DyadQuery(a.strip(), b.strip(), directed, f)


def side_sql(con: duckdb.DuckDBPyConnection, side: str, slot: str) -> tuple[str, list[Any]]:
    """SQL matching ``side`` as ``actor1`` or ``actor2`` (``slot``) of event ``e``."""
    if _COUNTRY.match(side):
        return f"e.{slot}_country = ?", [side.upper()]
    keys = actor_keys(con, side)
    if not keys:
        raise BadRequest(f"no actor or country {side!r} in this store (a country is an ISO "
                         "alpha-3 code such as IND; an actor any spelling seen, such as पुतिन)")
    return f"list_contains(?, e.{slot}_key)", [keys]


def dyad_where(con: duckdb.DuckDBPyConnection, q: DyadQuery) -> tuple[str, list[Any]]:
    a1, pa1 = side_sql(con, q.a, "actor1")
    b2, pb2 = side_sql(con, q.b, "actor2")
    clause, params = f"(({a1}) AND ({b2})", pa1 + pb2
    if not q.directed:
        b1, pb1 = side_sql(con, q.b, "actor1")
        a2, pa2 = side_sql(con, q.a, "actor2")
        clause, params = f"{clause} OR (({b1}) AND ({a2}))", params + pb1 + pa2
    clause += ")"
    where, fparams = (q.filters or Filters()).where(con)
    if where:
        return f"{where} AND {clause}", fparams + params
    return f"WHERE {clause}", params


def dyad(con: duckdb.DuckDBPyConnection, q: DyadQuery) -> dict[str, Any]:
    """Weeks from the dyad's first event to its last (empty weeks included)."""
    where, params = dyad_where(con, q)
    rows = con.execute(
        f"SELECT {WEEK_SQL} AS week, {QUAD_SQL} AS quad, coalesce(e.planned, false), "
        "coalesce(e.negated, false), count(*), sum(coalesce(m.score, 0)) "
        "FROM events e LEFT JOIN mentions m ON m.mention_id = e.rep_mention_id "
        f"{where} GROUP BY ALL", params).fetchall()
    weeks = _weeks([r[0] for r in rows if r[0] is not None])
    totals = {"realised": 0, "planned": 0, "negated": 0, "undated": 0, "goldstein": 0.0}
    for week, quad, planned, negated, n, score in rows:
        status = "negated" if negated else "planned" if planned else "realised"
        totals[status] += n
        if week is None:
            totals["undated"] += n
            continue
        w = weeks[week.isoformat()]
        w["total"] += n
        if status == "negated":
            w["negated"] += n
            continue
        w[status][str(quad)] = w[status].get(str(quad), 0) + n
        if status == "realised":
            w["goldstein"] = round(w["goldstein"] + float(score or 0), 3)
            totals["goldstein"] += float(score or 0)
    totals["goldstein"] = round(float(totals["goldstein"]), 3)
    return {"a": q.a, "b": q.b, "directed": q.directed,
            "filters": (q.filters or Filters()).params(), "totals": totals,
            "weeks": list(weeks.values()), "recent": _recent(con, where, params)}


def _weeks(starts: list[dt.date]) -> dict[str, dict[str, Any]]:
    if not starts:
        return {}
    first, last = min(starts), max(starts)
    out = {}
    for i in range((last - first).days // 7 + 1):
        week = (first + dt.timedelta(weeks=i)).isoformat()
        out[week] = {"week": week, "total": 0, "realised": {}, "planned": {}, "negated": 0,
                     "goldstein": 0.0}
    return out


def _recent(con: duckdb.DuckDBPyConnection, where: str, params: list[Any]) -> list[dict[str, Any]]:
    cur = con.execute(f"SELECT e.* FROM events e {where} ORDER BY {EVENT_ORDER_SQL} LIMIT ?",
                      params + [RECENT])
    names = [d[0] for d in cur.description]
    out = []
    for row in cur.fetchall():
        ev = event_record(dict(zip(names, row)))
        ev.pop("articles", None)
        out.append(ev)
    return out
