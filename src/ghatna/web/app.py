"""The read-only web application (FastAPI): routes, error answers, middleware.

``create_app(db)`` builds it for one store; :mod:`ghatna.web.server` runs it under uvicorn with
the server limits. Every request opens the store read-only for as long as it reads (see
:func:`read`), so ``ghatna ingest`` can go on between requests. Nothing here imports the
language pipeline.

Errors: a bad parameter is 400, an unknown event or path 404, a method other than GET/HEAD
405, a store being written 503; under ``/api`` as JSON ``{"error": message, "status": N}``,
elsewhere as an HTML page.
"""

from __future__ import annotations

import json
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import duckdb
from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware

from ..errors import StoreBusy, StoreError
from ..store.schema import open_reader
from . import api, pages
from .middleware import RequestShaper
from .params import reject_unknown

T = TypeVar("T")


class JSON(JSONResponse):
    """UTF-8 JSON, Devanagari as is, dates as ISO strings, ``charset`` in the content type."""

    media_type = "application/json; charset=utf-8"

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=False, default=str).encode("utf-8")


def is_locked(exc: BaseException) -> bool:
    """Whether opening the store failed because a writer holds it."""
    return isinstance(exc, StoreBusy) or "lock" in str(exc).lower()


Opener = Callable[[], duckdb.DuckDBPyConnection]


def opener(db: Path, parquet: bool = False) -> Opener:
    """How a request opens what the app serves: the DuckDB store ``db`` read-only (its one
    read entry point: while it is open an ingest waits, so it is never held between
    requests), or, with ``parquet``, a connection to the views of the Parquet dataset
    folder ``db`` (opened once; files never locked)."""
    if parquet:
        from ..store.dataset import Dataset

        return Dataset(db).cursor
    return lambda: open_reader(db)


@contextmanager
def open_store(open_: Opener) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection for one request, closed right after."""
    con = open_()
    try:
        yield con
    finally:
        con.close()


def read(request: Request, fn: Callable[[duckdb.DuckDBPyConnection], T]) -> T:
    """``fn`` over the store of this app, opened read-only for just this call."""
    with open_store(request.app.state.opener) as con:
        return fn(con)


def check_store(db: str | Path, parquet: bool = False) -> str | None:
    """Fail early (StoreError) when the store is missing or not a ghatna store; a store
    locked by a writer (an ingest in progress) is only a warning, returned."""
    if parquet:
        from ..store.dataset import open_dataset

        open_dataset(db).close()
        return None
    try:
        open_reader(Path(db)).close()
    except StoreError as exc:
        if is_locked(exc):
            return (f"{db} is being written by another process (an ingest?); pages "
                    "answer 503 until it finishes")
        raise
    return None


# --------------------------------------------------------------------------- errors


def is_api(request: Request) -> bool:
    path = request.url.path
    return path == "/api" or path.startswith(("/api/", "/openapi"))


def error_response(request: Request, status: int, title: str, message: str,
                   headers: dict[str, str] | None = None) -> Response:
    if is_api(request):
        return JSON({"error": message, "status": status}, status, headers=headers)
    db_name = request.app.state.db_name
    return HTMLResponse(pages.error_page(status, title, message, db_name), status,
                        headers=headers)


def describe_validation(exc: RequestValidationError) -> str:
    """One line per bad parameter: ``limit=0: Input should be greater than or equal to 1``."""
    parts = []
    for err in exc.errors():
        name = str(err.get("loc", ("", "?"))[-1])
        value = err.get("input")
        shown = f"{name}={value!r}" if isinstance(value, str | int) else name
        parts.append(f"{shown}: {err.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid parameters"


async def validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    return error_response(request, 400, "Bad request", describe_validation(exc))


async def bad_request(request: Request, exc: Exception) -> Response:
    return error_response(request, 400, "Bad request", str(exc))


async def not_found(request: Request, exc: Exception) -> Response:
    return error_response(request, 404, "Not found", str(exc))


async def http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    if exc.status_code == 404:
        return error_response(request, 404, "Not found", f"no page {request.url.path!r}")
    if exc.status_code == 405:
        return error_response(request, 405, "Method not allowed",
                              f"{request.method} is not allowed here: this server is "
                              "read-only (GET and HEAD)", {"Allow": "GET, HEAD"})
    return error_response(request, exc.status_code, "Error", str(exc.detail),
                          dict(exc.headers or {}))


async def store_error(request: Request, exc: Exception) -> Response:
    db = request.app.state.db
    if is_locked(exc):
        return error_response(request, 503, "Store busy",
                              f"{db} is being written by another process (probably "
                              "`ghatna ingest`); try again when it has finished",
                              {"Retry-After": "2"})
    return error_response(request, 503, "Store unavailable", str(exc))


async def server_error(request: Request, exc: Exception) -> Response:
    traceback.print_exception(exc, file=sys.stderr)
    return error_response(request, 500, "Server error",
                          "the server failed on this request (details in its log)")


# --------------------------------------------------------------------------- app


def create_app(db: str | Path, hosts: list[str] | None = None, parquet: bool = False) -> FastAPI:
    """The application for store ``db`` (with ``parquet``: a Parquet dataset folder);
    ``hosts``: the Host names it answers (None: any)."""
    from . import docs, routes_api, routes_pages

    app = FastAPI(title="ghatna", version="0.1.0", default_response_class=JSON,
                  docs_url=None, redoc_url=None,
                  description="Read-only API over a ghatna event store: PLOVER events "
                              "from Hindi, English and mixed Hindi-English news.",
                  dependencies=[Depends(reject_unknown)])
    app.state.db = Path(db)
    app.state.opener = opener(Path(db), parquet)
    app.state.db_name = Path(db).name
    for exc_type, handler in ((RequestValidationError, validation_error),
                              (api.BadRequest, bad_request), (api.NotFound, not_found),
                              (StarletteHTTPException, http_error), (StoreError, store_error),
                              (duckdb.IOException, store_error), (Exception, server_error)):
        app.add_exception_handler(exc_type, handler)
    app.include_router(routes_api.router)
    app.include_router(routes_pages.router)
    docs.mount(app)
    app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "HEAD"],
                       allow_headers=[], allow_credentials=False, max_age=3600)
    if hosts is not None:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=hosts)
    app.add_middleware(RequestShaper)
    return app

