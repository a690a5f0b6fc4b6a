"""The HTML pages: the same data as the JSON API (:mod:`ghatna.web.api`), rendered by
:mod:`ghatna.web.pages`. Not in the OpenAPI document (they are for people)."""

from __future__ import annotations

from typing import Annotated

import duckdb
from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import HTMLResponse, Response

from . import api, dyads, pages, pages_analysis
from .app import read
from .params import Limit, Offset, event_filters

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

Filters = Annotated[api.Filters, Depends(event_filters)]


def html(text: str) -> HTMLResponse:
    return HTMLResponse(text)


@router.get("/")
def dashboard(request: Request) -> HTMLResponse:
    def build(con: duckdb.DuckDBPyConnection) -> str:
        data = api.overview(con, top=10)
        tl = api.timeline(con, api.Filters(), by="auto")
        return pages.dashboard(data, tl, request.app.state.db_name)

    return html(read(request, build))


@router.get("/events")
def events(request: Request, f: Filters, limit: Limit = api.DEFAULT_LIMIT,
           offset: Offset = 0) -> HTMLResponse:
    def build(con: duckdb.DuckDBPyConnection) -> str:
        result = api.list_events(con, f, limit=limit, offset=offset)
        tl = api.timeline(con, f, by="auto")
        return pages.events_page(result, tl, f, request.app.state.db_name)

    return html(read(request, build))


@router.get("/events/{event_id}")
def event(request: Request, event_id: Annotated[str, Path(max_length=64)]) -> HTMLResponse:
    ev = read(request, lambda con: api.get_event(con, event_id))
    return html(pages.event_page(ev, request.app.state.db_name))


@router.get("/actors")
def actors(request: Request, q: Annotated[str | None, Query(max_length=200)] = None,
           limit: Limit = 50, offset: Offset = 0) -> HTMLResponse:
    result = read(request, lambda con: api.actors(con, q, limit=limit, offset=offset))
    return html(pages.actors_page(result, q, request.app.state.db_name))


@router.get("/map")
def map_page(request: Request, f: Filters) -> HTMLResponse:
    return html(pages_analysis.map_page(f, request.app.state.db_name))


@router.get("/dyads")
def dyad_page(request: Request,
              a: Annotated[str | None, Query(max_length=200)] = None,
              b: Annotated[str | None, Query(max_length=200)] = None,
              directed: bool = False, since: Annotated[str | None, Query(max_length=40)] = None,
              until: Annotated[str | None, Query(max_length=40)] = None,
              lang: Annotated[str | None, Query(max_length=20)] = None) -> HTMLResponse:
    params = {"a": a, "b": b, "directed": directed or None, "since": since, "until": until,
              "lang": lang}
    data = None
    if a and b:
        given = {k: v for k, v in (("since", since), ("until", until), ("lang", lang)) if v}
        query = dyads.DyadQuery(a.strip(), b.strip(), directed, api.parse_filters(given))
        data = read(request, lambda con: dyads.dyad(con, query))
    return html(pages_analysis.dyad_page(data, params, request.app.state.db_name))


@router.get("/favicon.ico")
def favicon() -> Response:
    return Response(status_code=204)
