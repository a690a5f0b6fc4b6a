"""What the web server reads from the store: filters, event lists, one event, timeline, actors.

Every function takes an open (read-only) DuckDB connection and returns plain JSON-ready data;
the HTML pages and the JSON API are two views of the same results (datasette's twin views).
Query strings are validated here: a bad value raises :class:`BadRequest` with a message for the
user, which the server answers with status 400.

The event filters are ``ghatna query``'s own (``ghatna.store.queries.EventFilters``, with
its ``quad`` and ``lang``): this module only validates them. ``since``/``until`` keep the events
whose date overlaps them (a month-precise date is its whole month), and ``actor`` matches a
canonical name, a knowledge-base id, an actor key or any alias seen in a mention after the
store's name normalisation, so ``पुतिन`` finds Vladimir Putin.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import duckdb

from ..ontology import QUAD_NAMES
from ..store import queries
from ..store.queries import (
    EVENT_START_SQL,
    FILTER_NAMES,
    PLOVER_TYPES,
    QUAD_SQL,
    TYPE_QUAD,
    actor_keys,
    event_record,
    mention_dict,
    select_events,
    stats,
)
from ..store.queries import EventFilters as Filters

# Re-exported for the pages, the server and the tests, which name them ``api.X``.
__all__ = ["FILTER_NAMES", "PLOVER_TYPES", "QUAD_NAMES", "TYPE_QUAD", "BadRequest", "Filters",
           "NotFound", "actor_keys", "actors", "get_event", "list_events", "overview",
           "parse_filters", "sample_lists", "timeline"]


MAX_LIMIT = 500
DEFAULT_LIMIT = 50
#: Article ids (and outlets) an event carries in a list, as ``articles_sample`` and
#: ``sources_sample``: ``n_articles`` and ``n_sources`` count them all and the event's own
#: endpoint lists every one, so a list's size does not grow with a story's (one event was
#: reported by 625 articles).
ARTICLE_SAMPLE = 5
#: The largest GDELT GLOBALEVENTID (a signed 64-bit integer).
_MAX_GLOBAL_ID = 2**63 - 1


class BadRequest(ValueError):
    """A query parameter the server cannot use; the message says which and why (HTTP 400)."""


class NotFound(LookupError):
    """No such event (HTTP 404)."""


# --------------------------------------------------------------------------- filters


_COUNTRY = re.compile(r"^[A-Za-z]{3}$")
_LANG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z]{2,3})?$")


def parse_date(name: str, value: str, end: bool = False) -> dt.date:
    """``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``; a month or year is its first day (its last
    day when ``end``), so ``since=2025-03&until=2025-03`` is March 2025."""
    try:
        return queries.parse_date(value, end=end)
    except ValueError:
        raise BadRequest(f"{name}={value!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)") from None


def parse_int(name: str, value: str | None, default: int, low: int, high: int) -> int:
    """An integer parameter within [low, high]."""
    if value is None:
        return default
    try:
        n = int(value)
    except ValueError:
        raise BadRequest(f"{name}={value!r} is not a whole number") from None
    if not low <= n <= high:
        raise BadRequest(f"{name} must be between {low} and {high}, not {n}")
    return n


def clean_params(query: dict[str, list[str]], allowed: tuple[str, ...]) -> dict[str, str]:
    """One value per parameter, blanks dropped (HTML forms send empty fields); an unknown
    parameter is refused so that a typo (``actr=``) does not silently return everything."""
    out: dict[str, str] = {}
    for name, values in query.items():
        if name not in allowed:
            raise BadRequest(f"unknown parameter {name!r}; known: {', '.join(allowed)}")
        value = values[-1].strip() if values else ""
        if value:
            out[name] = value
    return out


def parse_filters(params: dict[str, str]) -> Filters:
    """Validated :class:`Filters` from cleaned parameters."""
    f = Filters()
    if "actor" in params:
        f.actor = params["actor"]
    if "type" in params:
        etype = params["type"].upper()
        if etype not in PLOVER_TYPES:
            raise BadRequest(f"type={params['type']!r} is not a PLOVER type; one of "
                             f"{', '.join(PLOVER_TYPES)}")
        f.type = etype
    if "country" in params:
        if not _COUNTRY.match(params["country"]):
            raise BadRequest(f"country={params['country']!r} is not an ISO 3166 alpha-3 code "
                             "(e.g. IND)")
        f.country = params["country"].upper()
    if "place" in params:
        f.place = params["place"]
    if "since" in params:
        f.since = parse_date("since", params["since"])
    if "until" in params:
        f.until = parse_date("until", params["until"], end=True)
    if f.since and f.until and f.since > f.until:
        raise BadRequest(f"since ({f.since}) is after until ({f.until})")
    if "quad" in params:
        f.quad = parse_int("quad", params["quad"], 0, 1, 4)
    if "lang" in params:
        if not _LANG.match(params["lang"]):
            raise BadRequest(f"lang={params['lang']!r} is not a language code (hi, en, hi-en)")
        f.lang = params["lang"].lower()
    return f


#: The day an event is listed and charted on when no filter moves it (see
#: ``queries.EVENT_START_SQL``): the first day of its date, else its first report.
EVENT_DAY_SQL = EVENT_START_SQL


# --------------------------------------------------------------------------- actors


def actors(con: duckdb.DuckDBPyConnection, q: str | None = None, limit: int = 50,
           offset: int = 0) -> dict[str, Any]:
    """The most active actors (by events), optionally those matching ``q`` like the filter."""
    where, params = "", []
    if q:
        where, params = "WHERE list_contains(?, actor_key)", [actor_keys(con, q)]
    total = con.execute(f"SELECT count(*) FROM actors {where}", params).fetchall()[0][0]
    cur = con.execute(
        f"SELECT actor_key, id, name, country, sector, aliases, n_mentions, n_events "
        f"FROM actors {where} ORDER BY n_events DESC, n_mentions DESC, name, actor_key "
        f"LIMIT ? OFFSET ?", params + [limit, offset])
    names = [d[0] for d in cur.description]
    rows = [dict(zip(names, row)) for row in cur.fetchall()]
    for row in rows:
        row["aliases"] = list(row["aliases"] or [])
        row["filter"] = actor_filter_value(row)
    return {"total": total, "limit": limit, "offset": offset, "actors": rows}


def actor_filter_value(actor: dict[str, Any]) -> str:
    """What to put in ``actor=`` to select exactly this actor: its id, else its key."""
    return actor.get("id") or actor["actor_key"]


# --------------------------------------------------------------------------- events


def list_events(con: duckdb.DuckDBPyConnection, f: Filters, limit: int = DEFAULT_LIMIT,
                offset: int = 0) -> dict[str, Any]:
    """One page of matching events, newest first (then most reported), and their total."""
    total, raw = select_events(con, f, limit=limit, offset=offset)
    reps = _rep_mentions(con, [r["rep_mention_id"] for r in raw if r.get("rep_mention_id")])
    events = []
    for row in raw:
        ev = event_record(row)
        rep_id = row.get("rep_mention_id")
        rep = reps.get(rep_id) if rep_id is not None else None
        ev["evidence"] = evidence(rep) if rep else {"sentence": row.get("sentence"),
                                                    "highlights": []}
        ev["first_url"] = row.get("first_url")
        events.append(sample_lists(ev))
    return {"total": total, "limit": limit, "offset": offset, "filters": f.params(),
            "events": events}


def sample_lists(ev: dict[str, Any]) -> dict[str, Any]:
    """A list's event: ``articles`` and ``sources`` replaced by their first
    :data:`ARTICLE_SAMPLE` values (``articles_sample``, ``sources_sample``; the counts
    ``n_articles``, ``n_sources`` and ``n_mentions`` stay)."""
    for key in ("articles", "sources"):
        values = ev.pop(key, None) or []
        ev[f"{key}_sample"] = list(values[:ARTICLE_SAMPLE])
    return ev


def _rep_mentions(con: duckdb.DuckDBPyConnection, ids: list[str]) -> dict[str, dict[str, Any]]:
    if not ids:
        return {}
    cur = con.execute("SELECT * FROM mentions WHERE list_contains(?, mention_id)", [ids])
    names = [d[0] for d in cur.description]
    return {row[0]: dict(zip(names, row)) for row in cur.fetchall()}


def get_event(con: duckdb.DuckDBPyConnection, event_id: str) -> dict[str, Any]:
    """An event with every mention of it: document, evidence sentence, language."""
    cur = con.execute("SELECT * FROM events WHERE event_id = ?", [event_id])
    row = cur.fetchone()
    if row is None and is_global_id(event_id):  # GDELT's GLOBALEVENTID works too
        cur = con.execute("SELECT * FROM events WHERE global_id = ?", [int(event_id)])
        row = cur.fetchone()
    if row is None:
        raise NotFound(f"no event {event_id!r} in this store")
    record = dict(zip([d[0] for d in cur.description], row))
    ev = event_record(record)
    ev["global_id"] = record.get("global_id")
    ev["first_url"] = record.get("first_url")
    cur = con.execute(
        "SELECT m.*, d.id AS d_id, d.url AS d_url, d.title AS d_title, "
        "d.published AS d_published, d.outlet AS d_outlet, d.source AS d_source, "
        "d.lang AS d_lang FROM mentions m LEFT JOIN documents d USING (doc_key) "
        "WHERE m.event_id = ? ORDER BY d.published_day NULLS LAST, m.doc_id, m.position",
        [ev["event_id"]])
    names = [d[0] for d in cur.description]
    mentions = []
    for values in cur.fetchall():
        m = dict(zip(names, values))
        item = mention_dict(m)
        item["document"] = {"id": m["d_id"], "url": m["d_url"], "title": m["d_title"],
                            "published": m["d_published"], "outlet": m["d_outlet"],
                            "source": m["d_source"], "lang": m["d_lang"]}
        item["evidence"] = evidence(m)
        mentions.append(item)
    ev["mentions"] = mentions
    return ev


def is_global_id(text: str) -> bool:
    """Whether ``text`` can be a GLOBALEVENTID: ASCII digits (``²`` is a digit to
    ``str.isdigit`` but no number) within a signed 64-bit integer."""
    return text.isascii() and text.isdigit() and int(text) <= _MAX_GLOBAL_ID


def evidence(m: dict[str, Any]) -> dict[str, Any]:
    """A mention's sentence and the parts to highlight in it: the predicate (``trigger``)
    and the two actors, as character ranges into the sentence (no overlaps, sorted)."""
    sentence = m.get("sentence") or ""
    start = m.get("sentence_start")
    base: int = start if start is not None else 0
    # Offsets point into the raw document; they fit the stored sentence only when the
    # sentence is that raw slice (same length).
    offsets_fit = (start is not None and m.get("sentence_end") is not None
                   and m["sentence_end"] - base == len(sentence))
    spans: list[tuple[int, int, str]] = []

    def add(start: int | None, end: int | None, text: str | None, kind: str) -> None:
        if offsets_fit and start is not None and end is not None:
            s, e = start - base, end - base
            if 0 <= s < e <= len(sentence):
                spans.append((s, e, kind))
                return
        if text:
            pos = sentence.find(text)
            if pos >= 0:
                spans.append((pos, pos + len(text), kind))

    add(m.get("span_start"), m.get("span_end"), m.get("trigger"), "trigger")
    add(m.get("actor1_start"), m.get("actor1_end"), m.get("actor1_text"), "actor1")
    add(m.get("actor2_start"), m.get("actor2_end"), m.get("actor2_text"), "actor2")
    kept: list[tuple[int, int, str]] = []
    for s, e, kind in sorted(spans):
        if not kept or s >= kept[-1][1]:
            kept.append((s, e, kind))
    return {"sentence": sentence,
            "highlights": [{"start": s, "end": e, "kind": k} for s, e, k in kept]}


# --------------------------------------------------------------------------- timeline


def timeline(con: duckdb.DuckDBPyConnection, f: Filters, by: str = "month") -> dict[str, Any]:
    """Events per period (``day`` or ``month``; ``auto`` picks days for spans up to 62 days)
    and PLOVER type, with quad-class totals and, apart, the quad classes of the events not
    realised (planned or negated: ``unrealised``); periods without events are included."""
    if by not in ("day", "month", "auto"):
        raise BadRequest(f"by={by!r}: use day, month or auto")
    where, params = f.where(con)
    rows = con.execute(
        f"SELECT {f.day_sql()} AS day, e.type, {QUAD_SQL} AS quad, "
        "coalesce(e.planned, false) OR coalesce(e.negated, false), count(*) "
        f"FROM events e {where} GROUP BY ALL", params).fetchall()
    days = [r[0] for r in rows if r[0] is not None]
    if by == "auto":
        by = "day" if days and (max(days) - min(days)).days <= 62 else "month"
    buckets: dict[str, dict[str, Any]] = {}
    for period in _periods(min(days), max(days), by) if days else []:
        buckets[period] = {"period": period, "total": 0, "by_type": {}, "by_quad": {},
                           "unrealised": {}}
    for day, etype, quad, unrealised, n in rows:
        if day is None:
            continue
        b = buckets[day.isoformat()[:10 if by == "day" else 7]]
        b["total"] += n
        b["by_type"][etype] = b["by_type"].get(etype, 0) + n
        b["by_quad"][str(quad)] = b["by_quad"].get(str(quad), 0) + n
        if unrealised:
            b["unrealised"][str(quad)] = b["unrealised"].get(str(quad), 0) + n
    types = sorted({r[1] for r in rows}, key=_type_order)
    return {"by": by, "filters": f.params(), "types": types,
            "undated": sum(r[4] for r in rows if r[0] is None),
            "total": sum(r[4] for r in rows), "buckets": list(buckets.values())}


def _type_order(etype: str) -> tuple[int, str]:
    return (PLOVER_TYPES.index(etype) if etype in PLOVER_TYPES else len(PLOVER_TYPES), etype)


def _periods(first: dt.date, last: dt.date, by: str) -> list[str]:
    if by == "day":
        return [(first + dt.timedelta(days=i)).isoformat() for i in range((last - first).days + 1)]
    out = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


# --------------------------------------------------------------------------- overview


def overview(con: duckdb.DuckDBPyConnection, top: int = 10) -> dict[str, Any]:
    """``ghatna stats`` plus what the dashboard shows: date range, events by quad class and
    by language."""
    data = stats(con, top=top)
    first, last = con.execute(
        f"SELECT min({EVENT_DAY_SQL}), max({EVENT_DAY_SQL}) FROM events e").fetchall()[0]
    data["first_day"] = first.isoformat() if first else None
    data["last_day"] = last.isoformat() if last else None
    data["events_by_quad"] = {str(q): n for q, n in con.execute(
        f"SELECT {QUAD_SQL}, count(*) FROM events e GROUP BY 1 ORDER BY 1").fetchall()}
    data["events_by_lang"] = dict(con.execute(
        "SELECT lang, count(*) FROM (SELECT unnest(languages) AS lang FROM events) "
        "GROUP BY 1 ORDER BY 2 DESC, 1").fetchall())
    top_actors = actors(con, limit=top)["actors"]
    data["top_actors"] = [{"name": a["name"], "id": a["id"], "key": a["actor_key"],
                           "country": a["country"], "events": a["n_events"],
                           "mentions": a["n_mentions"], "filter": a["filter"]}
                          for a in top_actors]
    return data
