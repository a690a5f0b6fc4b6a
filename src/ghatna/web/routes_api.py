"""The JSON API under ``/api`` (and its CSV and GeoJSON downloads): every list the pages
show, validated by FastAPI and :mod:`ghatna.web.params`, read by :mod:`ghatna.web.api`."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import Response

from . import api, csvout, dyads, geo, schemas
from .app import JSON, read
from .params import DownloadLimit, Limit, Offset, event_filters

router = APIRouter(prefix="/api", tags=["api"])

Filters = Annotated[api.Filters, Depends(event_filters)]
By = Annotated[Literal["day", "month", "auto"], Query(description="period of a bucket")]
ActorQ = Annotated[str | None, Query(description="name or any spelling", max_length=200)]
EventId = Annotated[str, Path(description="event id, or GDELT GLOBALEVENTID",
                              max_length=64)]

ENDPOINTS = {
    "/api/stats": "counts, events by type / quad class / language, top actors",
    "/api/events": "events; filters: " + ", ".join(api.FILTER_NAMES)
                   + f"; limit (1-{api.MAX_LIMIT}), offset; each event with its counts and "
                   f"at most {api.ARTICLE_SAMPLE} article ids and outlets",
    "/api/events.csv": "the same list as CSV (limit up to 5000)",
    "/api/events.geojson": "events with coordinates as GeoJSON points; same filters",
    "/api/events/<event_id>": "one event with all its mentions and articles",
    "/api/timeline": "events per period and type; same filters; by=day|month|auto",
    "/api/timeline.csv": "the timeline as CSV",
    "/api/actors": "actors by events; q (any spelling), limit, offset",
    "/api/actors.csv": "the actors as CSV",
    "/api/dyads": "two actors or countries (a, b): events per week by quad class, "
                  "realised and planned apart, and the Goldstein sum",
    "/api/dyads.csv": "the dyad's weeks as CSV",
    "/openapi.json": "this API as OpenAPI 3; interactive at /docs",
}


@router.get("", summary="The list of endpoints")
def index() -> JSON:
    return JSON({"endpoints": ENDPOINTS})


@router.get("/stats", summary="Store statistics")
def stats(request: Request,
          top: Annotated[int, Query(ge=1, le=1000, description="top actors")] = 10) -> JSON:
    return JSON(read(request, lambda con: api.overview(con, top=top)))


@router.get("/events", summary="Events matching the filters, newest first",
            responses=schemas.json_response(
                schemas.EVENT_LIST, "one page of events; each with its counts and a sample of "
                f"at most {api.ARTICLE_SAMPLE} article ids and outlets"))
def events(request: Request, f: Filters, limit: Limit = api.DEFAULT_LIMIT,
           offset: Offset = 0) -> JSON:
    return JSON(read(request, lambda con: api.list_events(con, f, limit=limit, offset=offset)))


@router.get("/events.csv", summary="Events matching the filters as CSV",
            response_class=Response)
def events_csv(request: Request, f: Filters, limit: DownloadLimit = 1000,
               offset: Offset = 0) -> Response:
    data = read(request, lambda con: api.list_events(con, f, limit=limit, offset=offset))
    return csvout.response(csvout.event_rows(data["events"]), "events.csv")


@router.get("/events.geojson", summary="Events with coordinates as GeoJSON points",
            response_class=Response)
def events_geojson(request: Request, f: Filters, limit: DownloadLimit = 2000) -> Response:
    data = read(request, lambda con: geo.feature_collection(con, f, limit=limit))
    return JSON(data, media_type="application/geo+json; charset=utf-8")


@router.get("/events/{event_id}", summary="One event with every mention",
            responses=schemas.json_response(
                schemas.EVENT, "the event with every article id, outlet and mention"))
def event(request: Request, event_id: EventId) -> JSON:
    return JSON(read(request, lambda con: api.get_event(con, event_id)))


@router.get("/timeline", summary="Events per period by type and quad class")
def timeline(request: Request, f: Filters, by: By = "month") -> JSON:
    return JSON(read(request, lambda con: api.timeline(con, f, by=by)))


@router.get("/timeline.csv", summary="The timeline as CSV", response_class=Response)
def timeline_csv(request: Request, f: Filters, by: By = "month") -> Response:
    data = read(request, lambda con: api.timeline(con, f, by=by))
    return csvout.response(csvout.timeline_rows(data), "timeline.csv")


@router.get("/actors", summary="Actors by number of events")
def actors(request: Request, q: ActorQ = None, limit: Limit = 50, offset: Offset = 0) -> JSON:
    return JSON(read(request, lambda con: api.actors(con, q, limit=limit, offset=offset)))


@router.get("/actors.csv", summary="Actors as CSV", response_class=Response)
def actors_csv(request: Request, q: ActorQ = None, limit: DownloadLimit = 1000,
               offset: Offset = 0) -> Response:
    data = read(request, lambda con: api.actors(con, q, limit=limit, offset=offset))
    return csvout.response(csvout.actor_rows(data["actors"]), "actors.csv")


@router.get("/dyads", summary="A pair of actors or countries over time")
def dyad(request: Request, query: Annotated[dyads.DyadQuery, Depends(dyads.dyad_query)]) -> JSON:
    return JSON(read(request, lambda con: dyads.dyad(con, query)))


@router.get("/dyads.csv", summary="A dyad's weeks as CSV", response_class=Response)
def dyad_csv(request: Request,
             query: Annotated[dyads.DyadQuery, Depends(dyads.dyad_query)]) -> Response:
    data: dict[str, Any] = read(request, lambda con: dyads.dyad(con, query))
    return csvout.response(csvout.dyad_rows(data), "dyad.csv")
