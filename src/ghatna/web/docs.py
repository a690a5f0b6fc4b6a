"""Static files (``/static/``: the stylesheet, the map's script, vendored Leaflet, country
outlines and Swagger UI, see ``static/vendor/*/VERSION`` and ``tools/vendor_web_assets.sh``)
and the interactive API documentation at ``/docs``, which loads nothing from elsewhere (the
OpenAPI document is FastAPI's ``/openapi.json``)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from starlette.responses import Response
from starlette.staticfiles import StaticFiles
from starlette.types import Scope

STATIC_DIR = Path(str(resources.files("ghatna.web").joinpath("static")))

DOCS_HTML = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ghatna API · interactive documentation</title>
<link rel="stylesheet" href="/static/vendor/swagger-ui-dist/swagger-ui.css">
</head><body><div id="swagger-ui"></div>
<script src="/static/vendor/swagger-ui-dist/swagger-ui-bundle.js"></script>
<script src="/static/docs-init.js"></script>
</body></html>
"""


class CachedStatic(StaticFiles):
    """Static files a browser may keep for an hour (they change only with the package)."""

    async def get_response(self, path: str, scope: Scope) -> Response:
        response = await super().get_response(path, scope)
        if response.status_code == 200:
            response.headers["Cache-Control"] = "public, max-age=3600"
        return response


def mount(app: FastAPI) -> None:
    app.mount("/static", CachedStatic(directory=STATIC_DIR), name="static")

    @app.get("/docs", include_in_schema=False, response_class=HTMLResponse)
    def docs() -> HTMLResponse:
        return HTMLResponse(DOCS_HTML)
