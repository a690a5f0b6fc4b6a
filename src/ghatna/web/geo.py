"""Events as GeoJSON points (``/api/events.geojson``, the map): one feature per event that
has coordinates, with what the map's popups and colours need."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import duckdb

from ..store.queries import EVENT_ORDER_SQL, QUAD_SQL
from .api import Filters

_COLUMNS = ("e.event_id, e.type, e.date, e.actor1_name, e.actor2_name, e.loc_name, "
            "e.loc_country, e.loc_lat, e.loc_lon, e.n_mentions, e.planned, e.negated")


def feature_collection(con: duckdb.DuckDBPyConnection, f: Filters,
                       limit: int = 2000) -> dict[str, Any]:
    """The newest ``limit`` located events matching ``f``, plus how many match in all and
    how many of those have no coordinates (so a map can say what it leaves out)."""
    where, params = f.where(con)
    located = "e.loc_lat IS NOT NULL AND e.loc_lon IS NOT NULL"
    where_located = f"{where} AND {located}" if where else f"WHERE {located}"
    total, with_coords = con.execute(
        f"SELECT count(*), count(*) FILTER (WHERE {located}) FROM events e {where}",
        params).fetchall()[0]
    rows = con.execute(
        f"SELECT {_COLUMNS}, {QUAD_SQL} AS quad FROM events e {where_located} "
        f"ORDER BY {EVENT_ORDER_SQL} LIMIT ?", params + [limit]).fetchall()
    features = [_feature(row) for row in rows]
    return {"type": "FeatureCollection", "features": features,
            "properties": {"filters": f.params(), "matching": total, "located": with_coords,
                           "unlocated": total - with_coords, "shown": len(features),
                           "limit": limit}}


def _feature(row: tuple[Any, ...]) -> dict[str, Any]:
    (event_id, etype, date, a1, a2, place, country, lat, lon, n_mentions, planned, negated,
     quad) = row
    return {"type": "Feature", "id": event_id,
            "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": {"event_id": event_id, "type": etype, "quad_class": quad,
                           "date": date, "actor1": a1, "actor2": a2, "place": place,
                           "country": country, "n_mentions": n_mentions,
                           "planned": bool(planned), "negated": bool(negated),
                           "url": "/events/" + quote(str(event_id))}}
