"""Query parameters of the web server, declared once for FastAPI (so ``/openapi.json`` and
``/docs`` describe them) and validated by :mod:`ghatna.web.api` (so the messages are the same
as before the move to FastAPI, and ``ghatna query``'s filters stay the one source).

FastAPI answers a value of the wrong type or out of range (``limit=0``) with 400 and a
message naming the parameter (see ``app.validation_error``); the middleware in
:mod:`ghatna.web.middleware` drops blank values (HTML forms send ``actor=&type=``) before
FastAPI sees them, and :func:`reject_unknown` refuses a parameter a route does not take, so a
typo (``actr=``) never silently returns everything.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Query, Request

from . import api

MAX_LIMIT = api.MAX_LIMIT
#: Downloads (CSV, GeoJSON) may be longer than a page, but are capped as well.
MAX_DOWNLOAD = 5000

Actor = Annotated[str | None, Query(
    description="either actor: canonical name, id, key or any spelling seen (पुतिन, Putin)",
    examples=["पुतिन"], max_length=200)]
EventType = Annotated[str | None, Query(
    description="PLOVER type, any case: " + ", ".join(api.PLOVER_TYPES), max_length=40)]
Country = Annotated[str | None, Query(
    description="ISO 3166 alpha-3 code of either actor or of the place", examples=["PAK"],
    max_length=40)]
Place = Annotated[str | None, Query(description="place name (substring) or country code",
                                    max_length=200)]
Since = Annotated[str | None, Query(description="YYYY-MM-DD, YYYY-MM or YYYY (first day)",
                                    max_length=40)]
Until = Annotated[str | None, Query(description="YYYY-MM-DD, YYYY-MM or YYYY (last day)",
                                    max_length=40)]
Quad = Annotated[int | None, Query(ge=1, le=4, description="GDELT quad class 1-4")]
Lang = Annotated[str | None, Query(
    description="a language the event was reported in: hi, en or hi-en", max_length=20)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"page size, 1-{MAX_LIMIT}")]
DownloadLimit = Annotated[int, Query(ge=1, le=MAX_DOWNLOAD,
                                     description=f"rows, 1-{MAX_DOWNLOAD}")]
Offset = Annotated[int, Query(ge=0, le=10**9, description="rows to skip")]


async def event_filters(actor: Actor = None, type: EventType = None,
                  country: Country = None, place: Place = None, since: Since = None,
                  until: Until = None, quad: Quad = None, lang: Lang = None) -> api.Filters:
    """The event filters of every list, chart and map (``ghatna query``'s)."""
    given = {"actor": actor, "type": type, "country": country, "place": place,
             "since": since, "until": until, "quad": quad, "lang": lang}
    return api.parse_filters({k: str(v) for k, v in given.items() if v is not None})


def _query_names(dependant: Any) -> set[str]:
    """Query parameter names of a FastAPI dependant and of its dependencies."""
    names = {p.alias for p in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


_ROUTE_PARAMS: dict[int, frozenset[str]] = {}


def _route_params(route: Any) -> frozenset[str]:
    names = _ROUTE_PARAMS.get(id(route))
    if names is None:  # routes live as long as the app: one walk each
        names = _ROUTE_PARAMS[id(route)] = frozenset(_query_names(route.dependant))
    return names


async def reject_unknown(request: Request) -> None:
    """Refuse a query parameter the route does not declare (HTTP 400)."""
    route = request.scope.get("route")
    if route is None or not hasattr(route, "dependant"):
        return
    allowed = _route_params(route)
    for name in request.query_params:
        if name not in allowed:
            known = ", ".join(sorted(allowed)) or "none"
            raise api.BadRequest(f"unknown parameter {name!r}; known: {known}")
