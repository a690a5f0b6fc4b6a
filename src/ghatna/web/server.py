"""The read-only web server: HTML pages and their JSON twins over one store.

Standard library only (``http.server``); one thread per request, and one read-only DuckDB
connection per request, closed before the answer is sent: between requests the server holds
no lock on the file, so ``ghatna ingest`` can add to the store while it is being served, and
the next request sees the new events.

Routes (GET and HEAD)::

    /                       dashboard               /api/stats
    /events?filters         events list             /api/events?filters&limit=&offset=
    /events/<event_id>      one event, its mentions /api/events/<event_id>
    /actors?q=              actors                  /api/actors?q=&limit=&offset=
                                                    /api/timeline?filters&by=day|month|auto
"""

from __future__ import annotations

import json
import sys
import traceback
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import duckdb

from ..errors import StoreError
from ..store.schema import connect
from . import api, pages

EVENT_PARAMS = (*api.FILTER_NAMES, "limit", "offset")
TIMELINE_PARAMS = (*api.FILTER_NAMES, "by")
ACTOR_PARAMS = ("q", "limit", "offset")

# No scripts, nothing from elsewhere: the pages are inline CSS and SVG only.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; "
                               "img-src 'self' data:; form-action 'self'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


def is_locked(exc: BaseException) -> bool:
    """Whether opening the store failed because a writer holds its lock."""
    return "lock" in str(exc).lower()


class Response:
    """Status, content type and body of an answer."""

    __slots__ = ("status", "content_type", "body")

    def __init__(self, status: int, content_type: str, body: bytes):
        self.status, self.content_type, self.body = status, content_type, body


def json_response(data: Any, status: int = 200) -> Response:
    body = json.dumps(data, ensure_ascii=False, default=str, indent=1).encode("utf-8")
    return Response(status, "application/json; charset=utf-8", body)


def html_response(text: str, status: int = 200) -> Response:
    return Response(status, "text/html; charset=utf-8", text.encode("utf-8"))


class App:
    """Routing and rendering, independent of the HTTP plumbing (so it is easy to test)."""

    def __init__(self, db: str | Path):
        self.db = Path(db)
        self.db_name = self.db.name

    def check(self) -> str | None:
        """Fail early (StoreError) when the store is missing or not a ghatna store; a store
        locked by a writer (an ingest in progress) is only a warning, returned."""
        try:
            connect(self.db, read_only=True).close()
        except StoreError as exc:
            if is_locked(exc):
                return (f"{self.db} is being written by another process (an ingest?); pages "
                        "answer 503 until it finishes")
            raise
        return None

    # -- dispatch

    def handle(self, target: str) -> Response:
        parts = urlsplit(target)
        path = unquote(parts.path).rstrip("/") or "/"
        query = parse_qs(parts.query, keep_blank_values=True)
        is_api = path == "/api" or path.startswith("/api/")
        try:
            route = self._route(path)
            if route is None:
                raise api.NotFound(f"no page {path!r}")
            handler, arg = route
            con = connect(self.db, read_only=True)
            try:
                return handler(con, query, arg)
            finally:
                con.close()
        except api.BadRequest as exc:
            return self._error(is_api, 400, "Bad request", str(exc))
        except api.NotFound as exc:
            return self._error(is_api, 404, "Not found", str(exc))
        except (StoreError, duckdb.IOException) as exc:
            if is_locked(exc):
                return self._error(is_api, 503, "Store busy",
                                   f"{self.db} is being written by another process (probably "
                                   "`ghatna ingest`); try again when it has finished")
            return self._error(is_api, 503, "Store unavailable", str(exc))
        except Exception:  # a bug: log it, answer 500 without internals
            traceback.print_exc(file=sys.stderr)
            return self._error(is_api, 500, "Server error",
                               "the server failed on this request (details in its log)")

    def _route(self, path: str) -> tuple[Callable[..., Response], str] | None:
        fixed: dict[str, Callable[..., Response]] = {
            "/": self.page_dashboard, "/events": self.page_events, "/actors": self.page_actors,
            "/api": self.api_index, "/api/stats": self.api_stats,
            "/api/events": self.api_events, "/api/timeline": self.api_timeline,
            "/api/actors": self.api_actors,
        }
        if path in fixed:
            return fixed[path], ""
        for prefix, handler in (("/api/events/", self.api_event), ("/events/", self.page_event)):
            if path.startswith(prefix) and "/" not in path[len(prefix):]:
                return handler, path[len(prefix):]
        return None

    def _error(self, is_api: bool, status: int, title: str, message: str) -> Response:
        if is_api:
            return json_response({"error": message, "status": status}, status)
        return html_response(pages.error_page(status, title, message, self.db_name), status)

    # -- JSON

    def api_index(self, con: Any, query: dict[str, list[str]], _: str) -> Response:
        api.clean_params(query, ())
        return json_response({"endpoints": {
            "/api/stats": "counts, events by type / quad class / language, top actors",
            "/api/events": "events; filters: " + ", ".join(api.FILTER_NAMES)
                           + "; limit (1-500), offset",
            "/api/events/<event_id>": "one event with all its mentions",
            "/api/timeline": "events per period and type; same filters; by=day|month|auto",
            "/api/actors": "actors by events; q (any spelling), limit, offset",
        }})

    def api_stats(self, con: Any, query: dict[str, list[str]], _: str) -> Response:
        params = api.clean_params(query, ("top",))
        return json_response(api.overview(con, top=api.parse_int("top", params.get("top"), 10,
                                                                  1, 1000)))

    def _events(self, con: Any, query: dict[str, list[str]]) -> tuple[dict[str, Any], api.Filters]:
        params = api.clean_params(query, EVENT_PARAMS)
        f = api.parse_filters(params)
        limit = api.parse_int("limit", params.get("limit"), api.DEFAULT_LIMIT, 1, api.MAX_LIMIT)
        offset = api.parse_int("offset", params.get("offset"), 0, 0, 10**9)
        return api.list_events(con, f, limit=limit, offset=offset), f

    def api_events(self, con: Any, query: dict[str, list[str]], _: str) -> Response:
        return json_response(self._events(con, query)[0])

    def api_event(self, con: Any, query: dict[str, list[str]], event_id: str) -> Response:
        api.clean_params(query, ())
        return json_response(api.get_event(con, event_id))

    def api_timeline(self, con: Any, query: dict[str, list[str]], _: str) -> Response:
        params = api.clean_params(query, TIMELINE_PARAMS)
        return json_response(api.timeline(con, api.parse_filters(params),
                                          by=params.get("by", "month")))

    def _actors(self, con: Any, query: dict[str, list[str]]) -> tuple[dict[str, Any], str | None]:
        params = api.clean_params(query, ACTOR_PARAMS)
        limit = api.parse_int("limit", params.get("limit"), 50, 1, api.MAX_LIMIT)
        offset = api.parse_int("offset", params.get("offset"), 0, 0, 10**9)
        return api.actors(con, params.get("q"), limit=limit, offset=offset), params.get("q")

    def api_actors(self, con: Any, query: dict[str, list[str]], _: str) -> Response:
        return json_response(self._actors(con, query)[0])

    # -- HTML

    def page_dashboard(self, con: Any, query: dict[str, list[str]], _: str) -> Response:
        api.clean_params(query, ())
        data = api.overview(con, top=10)
        tl = api.timeline(con, api.Filters(), by="auto")
        return html_response(pages.dashboard(data, tl, self.db_name))

    def page_events(self, con: Any, query: dict[str, list[str]], _: str) -> Response:
        result, f = self._events(con, query)
        tl = api.timeline(con, f, by="auto")
        return html_response(pages.events_page(result, tl, f, self.db_name))

    def page_event(self, con: Any, query: dict[str, list[str]], event_id: str) -> Response:
        api.clean_params(query, ())
        return html_response(pages.event_page(api.get_event(con, event_id), self.db_name))

    def page_actors(self, con: Any, query: dict[str, list[str]], _: str) -> Response:
        result, q = self._actors(con, query)
        return html_response(pages.actors_page(result, q, self.db_name))


class Handler(BaseHTTPRequestHandler):
    """Hands GET/HEAD requests to the :class:`App` of its server."""

    server: GhatnaServer
    server_version = "ghatna"
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self._answer(head=False)

    def do_HEAD(self) -> None:  # noqa: N802
        self._answer(head=True)

    def _answer(self, head: bool) -> None:
        if self.path == "/favicon.ico":
            resp = Response(204, "image/x-icon", b"")
        else:
            resp = self.server.app.handle(self.path)
        self.send_response(resp.status)
        self.send_header("Content-Type", resp.content_type)
        self.send_header("Content-Length", str(len(resp.body)))
        self.send_header("Cache-Control", "no-store")
        for name, value in SECURITY_HEADERS.items():
            self.send_header(name, value)
        self.end_headers()
        if not head:
            self.wfile.write(resp.body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        if not self.server.quiet:
            sys.stderr.write(f"ghatna serve: {self.address_string()} {format % args}\n")


class GhatnaServer(ThreadingHTTPServer):
    """A threading HTTP server bound to one store."""

    daemon_threads = True

    def __init__(self, app: App, host: str = "127.0.0.1", port: int = 8600, quiet: bool = False):
        self.app = app
        self.quiet = quiet
        self.warning: str | None = None
        super().__init__((host, port), Handler)


def make_server(db: str | Path, host: str = "127.0.0.1", port: int = 8600,
                quiet: bool = False) -> GhatnaServer:
    """A server for ``db`` (checked first: a missing store raises StoreError; a locked one
    sets ``server.warning``); port 0 picks a free port (see ``server.server_address``)."""
    app = App(db)
    warning = app.check()
    server = GhatnaServer(app, host, port, quiet=quiet)
    server.warning = warning
    return server
