"""PLOVER export: one JSON object per event in the layout of the PLOVER manual's "Data Fields"
chapter (draft 0.8): ``id``, ``date``/``enddate``, ``actor`` and ``recipient`` entity lists,
``event``, ``mode``, ``context``, ``quad_code``, ``event_scale``, ``event_loc`` (the location
object, with the place text as extracted), ``event_text``, ``text_info``, ``story_id`` and
``cite_info``.

Contexts come from the event's CAMEO code (``resources/cameo_plover.tsv``), plus the manual's
auxiliary modes: ``future`` for a planned event, ``negation`` and ``hypothetical``; so unlike
GDELT rows, every event can be exported without changing its meaning.
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Any

from .. import __version__
from ..ontology import contexts, event_code, goldstein, quad_class

#: PLOVER location ``resolution``: 5 sub-city, 4 city, 3 district, 2 province, 1 country.
_RESOLUTION = {"country": 1, "state": 2, "region": 2, "admin1": 2, "district": 3, "city": 4,
               "locality": 5}

CODEBOOK = "PLOVER manual draft 0.8 (2021-09-17)"


def _dates(row: dict[str, Any]) -> tuple[str | None, str | None]:
    """``date`` and ``enddate``: a day is itself; a month or year spans its days; an undated
    event is dated by its first report."""
    date = row.get("date") or ""
    if len(date) == 10:
        return date, None
    if len(date) == 7:
        year, month = int(date[:4]), int(date[5:])
        return f"{date}-01", f"{date}-{calendar.monthrange(year, month)[1]:02d}"
    if len(date) == 4:
        return f"{date}-01-01", f"{date}-12-31"
    first = row.get("first_seen")
    return (first.isoformat() if isinstance(first, dt.date) else None), None


def _entity(row: dict[str, Any], prefix: str) -> dict[str, Any] | None:
    if not row.get(f"{prefix}_key"):
        return None
    return {"code": row.get(f"{prefix}_country"), "sector": row.get(f"{prefix}_sector"),
            "entity_text": row.get(f"{prefix}_text"),
            "identifier_id": row.get(f"{prefix}_id"),
            "identifier_text": row.get(f"{prefix}_name")}


def _location(row: dict[str, Any]) -> dict[str, Any] | None:
    if not row.get("loc_key"):
        return None
    kind = row.get("loc_kind") or ""
    return {"extracted_place": row.get("loc_text"), "resolved_place": row.get("loc_name"),
            "geonameid": row.get("loc_geonameid"), "lat": row.get("loc_lat"),
            "lon": row.get("loc_lon"), "province": row.get("loc_admin1"),
            "country_code": row.get("loc_country"), "resolution": _RESOLUTION.get(kind)}


def auxiliary_modes(row: dict[str, Any]) -> list[str]:
    """The manual's auxiliary modes of an event, written into its context."""
    flags = (("planned", "future"), ("negated", "negation"), ("hypothetical", "hypothetical"))
    return [name for column, name in flags if row.get(column)]


def plover_record(row: dict[str, Any]) -> dict[str, Any]:
    """One ``events`` row, joined with its representative mention and document (see
    ``export._EVENTS_SQL``), as a PLOVER event record."""
    code = event_code(row.get("type"), row.get("mode"), row.get("cameo"))
    date, enddate = _dates(row)
    actor, recipient = _entity(row, "actor1"), _entity(row, "actor2")
    record: dict[str, Any] = {
        "id": row["event_id"], "date": date,
        "actor": [actor] if actor else [], "recipient": [recipient] if recipient else [],
        "event": [row.get("type")], "mode": [row["mode"]] if row.get("mode") else [],
        "context": contexts(code) + auxiliary_modes(row),
        "quad_code": quad_class(code), "event_scale": goldstein(code),
        "event_loc": _location(row),
        "event_text": [row["trigger"]] if row.get("trigger") else [],
        "text_info": {"start": row.get("span_start"), "end": row.get("span_end"),
                      "sentence_start": row.get("rep_sentence_start"),
                      "sentence_end": row.get("rep_sentence_end")},
        "story_id": row.get("rep_doc_id"),
        "cite_info": {"url": row.get("rep_url"), "title": row.get("rep_title"),
                      "language": row.get("rep_lang"), "publication": row.get("rep_outlet"),
                      "coder": f"ghatna {__version__}", "codebook": CODEBOOK},
        "cameo": code, "date_precision": row.get("date_precision"),
        "n_mentions": row.get("n_mentions"), "articles": row.get("articles") or [],
        "coder": f"ghatna {__version__}",
    }
    if enddate:
        record["enddate"] = enddate
    return record
