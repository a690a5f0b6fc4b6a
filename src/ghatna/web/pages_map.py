"""The map (on the dashboard and at ``/map``): a Leaflet map drawn by ``static/map.js`` from
``/api/events.geojson`` over the country outlines of Natural Earth (``world-atlas``), every
asset served by ghatna (no tiles, nothing from elsewhere). The page gives the script its
inputs as ``data-`` attributes of the map element."""

from __future__ import annotations

import json
from html import escape
from urllib.parse import urlencode

from ..ontology import QUAD_NAMES
from .api import Filters
from .charts import QUAD_COLORS

VENDOR = "/static/vendor"
MAP_HEAD = (f'<link rel="stylesheet" href="{VENDOR}/leaflet/leaflet.css">'
            f'<script defer src="{VENDOR}/leaflet/leaflet.js"></script>'
            f'<script defer src="{VENDOR}/topojson-client/topojson-client.min.js"></script>'
            '<script defer src="/static/map.js"></script>')
OUTLINES = f"{VENDOR}/world-atlas/countries-50m.json"


def map_block(f: Filters, height: str = "520px") -> str:
    """The map element for the events matching ``f``, its legend and a status line."""
    params = f.params()
    geojson = "/api/events.geojson" + ("?" + urlencode(params) if params else "")
    names = {str(q): QUAD_NAMES[q] for q in (1, 2, 3, 4)} | {"0": "unknown class"}
    legend = "".join(f'<span><i style="background:{QUAD_COLORS[k]}"></i>{escape(v)}</span>'
                     for k, v in names.items() if k != "0")
    return (
        f'<div id="map" class="map" style="height:{escape(height)}" '
        f'data-events="{escape(geojson)}" data-outlines="{OUTLINES}" '
        f'data-colors="{escape(json.dumps(QUAD_COLORS))}" '
        f'data-names="{escape(json.dumps(names))}" role="region" '
        'aria-label="Map of the events"></div>'
        f'<div class="legend">{legend}<span><i class="ring"></i>dashed ring: planned or '
        'denied</span></div>'
        '<p class="muted small" id="map-status">The map needs JavaScript; the same events as '
        f'GeoJSON: <a href="{escape(geojson)}">{escape(geojson)}</a></p>')
