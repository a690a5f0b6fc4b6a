"""CSV downloads of the lists: UTF-8 with a byte-order mark (so Excel reads Devanagari), one
row per item, nested values flattened, and text that a spreadsheet would run as a formula
(``=``, ``+``, ``-``, ``@`` first) prefixed with an apostrophe."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import Any

from fastapi.responses import Response

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell(value: Any) -> Any:
    """A value as a CSV cell: lists joined with ``;``, None empty, formula text defused
    (numbers stay numbers: -2.5 is not a formula)."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        value = ";".join(str(v) for v in value)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def render(rows: Iterable[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer: csv.DictWriter[str] | None = None
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(row), lineterminator="\r\n")
            writer.writeheader()
        writer.writerow({k: cell(v) for k, v in row.items()})
    return "\ufeff" + out.getvalue()


def response(rows: Iterable[dict[str, Any]], filename: str) -> Response:
    return Response(render(rows).encode("utf-8"), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


def _actor_cells(prefix: str, actor: dict[str, Any] | None) -> dict[str, Any]:
    actor = actor or {}
    return {f"{prefix}_name": actor.get("name"), f"{prefix}_id": actor.get("id"),
            f"{prefix}_country": actor.get("country"), f"{prefix}_sector": actor.get("sector")}


def event_rows(events: list[dict[str, Any]]) -> Iterable[dict[str, Any]]:
    for ev in events:
        loc = ev.get("location") or {}
        yield {"event_id": ev["event_id"], "date": ev.get("date"), "type": ev.get("type"),
               "quad_class": ev.get("quad_class"), "cameo": ev.get("cameo"),
               **_actor_cells("actor1", ev.get("actor1")),
               **_actor_cells("actor2", ev.get("actor2")),
               "place": loc.get("name"), "place_country": loc.get("country"),
               "lat": loc.get("lat"), "lon": loc.get("lon"), "planned": ev.get("planned"),
               "negated": ev.get("negated"), "n_mentions": ev.get("n_mentions"),
               "n_articles": ev.get("n_articles"), "n_sources": ev.get("n_sources"),
               "languages": ev.get("languages"), "first_seen": ev.get("first_seen"),
               "last_seen": ev.get("last_seen"), "sentence": ev.get("sentence"),
               "first_url": ev.get("first_url")}


def actor_rows(actors: list[dict[str, Any]]) -> Iterable[dict[str, Any]]:
    for a in actors:
        yield {k: a.get(k) for k in ("actor_key", "id", "name", "country", "sector",
                                     "n_events", "n_mentions", "aliases")}


def timeline_rows(tl: dict[str, Any]) -> Iterable[dict[str, Any]]:
    for b in tl["buckets"]:
        yield {"period": b["period"], "total": b["total"],
               **{f"quad_{q}": b["by_quad"].get(str(q), 0) for q in (1, 2, 3, 4)},
               **{t: b["by_type"].get(t, 0) for t in tl["types"]}}


def dyad_rows(data: dict[str, Any]) -> Iterable[dict[str, Any]]:
    for w in data["weeks"]:
        yield {"week": w["week"], "total": w["total"],
               **{f"realised_quad_{q}": w["realised"].get(str(q), 0) for q in (1, 2, 3, 4)},
               **{f"planned_quad_{q}": w["planned"].get(str(q), 0) for q in (1, 2, 3, 4)},
               "negated": w["negated"], "goldstein": w["goldstein"]}
