"""JSON Schemas of the event answers, for the OpenAPI document (``/openapi.json``).

The routes answer plain dicts (:mod:`ghatna.web.api`), so FastAPI cannot infer their shape;
these schemas say it, in particular that a list's event carries counts and a capped sample of
its article ids and outlets while ``/api/events/<event_id>`` carries every one.
"""

from __future__ import annotations

from typing import Any

from .api import ARTICLE_SAMPLE

_STR: dict[str, Any] = {"type": "string"}
_STRS: dict[str, Any] = {"type": "array", "items": _STR}
_COUNT: dict[str, Any] = {"type": "integer", "minimum": 0}
_ACTOR: dict[str, Any] = {"type": ["object", "null"], "properties": {
    "name": _STR, "id": _STR, "country": _STR, "sector": _STR}}

#: The fields a list's event and a single event share (``ghatna query --json``'s record).
_EVENT_FIELDS: dict[str, Any] = {
    "event_id": _STR, "type": _STR, "mode": _STR, "cameo": _STR,
    "quad_class": {"type": "integer"}, "score": {"type": ["number", "null"]},
    "context": _STRS, "actor1": _ACTOR, "actor2": _ACTOR,
    "date": {"type": ["string", "null"], "description": "YYYY-MM-DD, YYYY-MM or YYYY"},
    "location": {"type": ["object", "null"]}, "planned": {"type": "boolean"},
    "negated": {"type": "boolean"}, "sentence": _STR, "first_seen": _STR, "last_seen": _STR,
    "n_mentions": {**_COUNT, "description": "mentions of the event (all reports)"},
    "n_articles": {**_COUNT, "description": "documents reporting it"},
    "n_sources": {**_COUNT, "description": "outlets reporting it"},
    "languages": _STRS, "first_url": {"type": ["string", "null"]},
    "evidence": {"type": "object", "description": "sentence and highlights [{start, end, kind}]"},
}

LIST_EVENT: dict[str, Any] = {"type": "object", "properties": {
    **_EVENT_FIELDS,
    "articles_sample": {**_STRS, "maxItems": ARTICLE_SAMPLE,
                        "description": f"the first {ARTICLE_SAMPLE} document ids (sorted) "
                                       "of n_articles; all of them: /api/events/<event_id>"},
    "sources_sample": {**_STRS, "maxItems": ARTICLE_SAMPLE,
                       "description": f"the first {ARTICLE_SAMPLE} outlets (sorted) of "
                                      "n_sources"},
}}

EVENT_LIST: dict[str, Any] = {"type": "object", "properties": {
    "total": _COUNT, "limit": _COUNT, "offset": _COUNT, "filters": {"type": "object"},
    "events": {"type": "array", "items": LIST_EVENT}}}

EVENT: dict[str, Any] = {"type": "object", "properties": {
    **_EVENT_FIELDS,
    "global_id": {"type": "integer", "description": "GDELT GLOBALEVENTID"},
    "articles": {**_STRS, "description": "every document id reporting it (sorted)"},
    "sources": {**_STRS, "description": "every outlet reporting it (sorted)"},
    "mentions": {"type": "array", "items": {"type": "object"},
                 "description": "every mention: the mention record, its document and evidence"},
}}


def json_response(schema: dict[str, Any], description: str) -> dict[int | str, dict[str, Any]]:
    """A route's ``responses=`` declaring its 200 answer's JSON schema."""
    return {200: {"description": description,
                  "content": {"application/json": {"schema": schema}}}}
