"""``ghatna serve``'s server: the FastAPI app of :mod:`ghatna.web.app` under uvicorn, with
limits that keep a busy or hostile client from taking the machine.

Routes (GET and HEAD; the OpenAPI document at ``/openapi.json``, interactive at ``/docs``)::

    /                       dashboard (with the map)    /api/stats
    /events?filters         events list                 /api/events?filters&limit=&offset=
                                                        /api/events.csv, /api/events.geojson
    /events/<event_id>      one event, its mentions     /api/events/<event_id>
    /actors?q=              actors                      /api/actors?q=  (.csv)
    /map?filters            events on a map             /api/timeline?filters&by=  (.csv)
    /dyads?a=&b=            a pair over time            /api/dyads?a=&b=  (.csv)

Limits (:class:`Limits`, options of ``ghatna serve``): the listen backlog; at most
``concurrency`` connections and requests at once (uvicorn's ``limit_concurrency``: beyond it
an immediate 503); ``threads`` queries at once (the rest wait); a request head must arrive
within ``head_timeout`` seconds and be at most ``max_head`` bytes (h11's
``max_incomplete_event_size``: a longer URL or header block is a 400); an idle keep-alive
connection is closed after ``keep_alive`` seconds; pages are capped (``limit`` ≤ 500,
downloads ≤ 5000 rows, lists carry at most 5 article ids and outlets per event).
"""

from __future__ import annotations

import contextlib
import logging
import socket
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import anyio.to_thread
import uvicorn
from fastapi import FastAPI

from .app import check_store, create_app
from .limits import Limits
from .protocol import GhatnaH11Protocol
from .security import SECURITY_HEADERS, allowed_hosts


class _QuietNetworkErrors(logging.Filter):
    """Drops asyncio's reports of clients that went away (not the server's fault)."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        return not isinstance(exc, ConnectionError | TimeoutError)


def _logging(quiet: bool) -> dict[str, object]:
    """uvicorn's log settings: requests logged unless quiet; errors always."""
    logging.getLogger("asyncio").addFilter(_QuietNetworkErrors())
    if quiet:
        for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
            logging.getLogger(name).setLevel(logging.CRITICAL)
        return {"log_config": None, "access_log": False, "log_level": "critical"}
    return {"log_level": "info", "access_log": True}


def _bind(host: str, port: int, backlog: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(backlog)
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


class GhatnaServer:
    """A uvicorn server for one store on an already bound socket (so a busy port fails
    before anything starts, and port 0 gives a known free port)."""

    def __init__(self, app: FastAPI, sock: socket.socket, limits: Limits, quiet: bool):
        self.app, self.sock, self.limits = app, sock, limits
        self.warning: str | None = None
        GhatnaH11Protocol.head_timeout = limits.head_timeout
        config = uvicorn.Config(
            app, http=GhatnaH11Protocol, lifespan="on", limit_concurrency=limits.concurrency,
            backlog=limits.backlog, timeout_keep_alive=int(limits.keep_alive),
            h11_max_incomplete_event_size=limits.max_head, server_header=False,
            headers=list(SECURITY_HEADERS.items()), timeout_graceful_shutdown=2,
            **_logging(quiet))  # type: ignore[arg-type]
        self.server = uvicorn.Server(config)

    @property
    def server_address(self) -> tuple[str, int]:
        host, port = self.sock.getsockname()[:2]
        return str(host), int(port)

    def serve_forever(self) -> None:
        self.server.run(sockets=[self.sock])

    def shutdown(self) -> None:
        self.server.should_exit = True

    def server_close(self) -> None:
        self.sock.close()


def _lifespan(threads: int) -> Callable[[FastAPI], contextlib.AbstractAsyncContextManager[None]]:
    """Sets how many queries run at once (FastAPI runs each in a worker thread)."""

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        anyio.to_thread.current_default_thread_limiter().total_tokens = threads
        yield

    return lifespan


def make_server(db: str | Path, host: str = "127.0.0.1", port: int = 8600,
                quiet: bool = False, limits: Limits | None = None,
                allow_hosts: list[str] | tuple[str, ...] = (),
                parquet: bool = False) -> GhatnaServer:
    """A server for ``db`` (checked first: a missing store raises StoreError; a locked one
    sets ``server.warning``), or with ``parquet`` for the Parquet dataset folder ``db``;
    port 0 picks a free port (see ``server.server_address``); OSError when the address
    cannot be used."""
    limits = limits or Limits()
    warning = check_store(db, parquet)
    hosts = None if "*" in allow_hosts else allowed_hosts(host, list(allow_hosts))
    app = create_app(db, hosts, parquet)
    app.router.lifespan_context = _lifespan(limits.threads)
    sock = _bind(host, port, limits.backlog)
    server = GhatnaServer(app, sock, limits, quiet)
    server.warning = warning
    return server
