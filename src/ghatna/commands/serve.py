"""``ghatna serve``: a read-only web dashboard and JSON API over the event store."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..errors import EXIT_OK, InputError
from ..web.limits import Limits
from .source import add_source_args, source_name


def register(sub: Any) -> None:
    p = sub.add_parser(
        "serve", help="browse the event store in a web browser (read-only) and a JSON API",
        description="Serve the store read-only: a dashboard with a timeline, event lists "
                    "with their evidence sentences, one page per event with all its mentions, "
                    "and the same data as JSON under /api/. The store is opened per request and "
                    "never locked between requests: run `ghatna ingest` into it at any time "
                    "(while it writes, pages answer 503) and reload. --parquet DIR serves a "
                    "Parquet dataset written by `ghatna export --format parquet --partition "
                    "month` instead.")
    add_source_args(p)
    p.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default 127.0.0.1: this machine only; "
                        "0.0.0.0 for every interface)")
    p.add_argument("--port", type=int, default=8600, help="port (default 8600; 0: any free)")
    p.add_argument("--quiet", action="store_true", help="do not log each request")
    p.add_argument("--allow-host", action="append", default=[], metavar="NAME",
                   help="also answer requests for this Host name (repeatable; by default "
                        "only localhost names and the --host address: a guard against DNS "
                        "rebinding; '*' answers any)")
    limits = Limits()
    p.add_argument("--concurrency", type=int, default=limits.concurrency,
                   help=f"connections and requests at once; beyond: 503 (default "
                        f"{limits.concurrency})")
    p.add_argument("--threads", type=int, default=limits.threads,
                   help=f"queries run at once; the others wait (default {limits.threads})")
    p.add_argument("--backlog", type=int, default=limits.backlog,
                   help=f"connections waiting to be accepted (default {limits.backlog})")
    p.add_argument("--timeout", type=float, default=limits.head_timeout,
                   help=f"seconds a client has to send a request (default "
                        f"{limits.head_timeout:g}); idle connections close after "
                        f"{limits.keep_alive:g} s")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..web.server import make_server

    if not 0 <= args.port <= 65535:
        raise InputError(f"--port {args.port}: use 0-65535")
    for name in ("concurrency", "threads", "backlog", "timeout"):
        if getattr(args, name) <= 0:
            raise InputError(f"--{name} {getattr(args, name)}: use a number above 0")
    limits = Limits(concurrency=args.concurrency, threads=args.threads, backlog=args.backlog,
                    head_timeout=args.timeout)
    try:
        server = make_server(args.parquet or args.db, args.host, args.port, quiet=args.quiet,
                             limits=limits, allow_hosts=args.allow_host,
                             parquet=bool(args.parquet))
    except OSError as exc:
        raise InputError(f"cannot listen on {args.host}:{args.port}: "
                         f"{exc.strerror or exc}; choose another --port") from None
    if server.warning:
        print(f"ghatna: warning: {server.warning}", file=sys.stderr)
    host, port = str(server.server_address[0]), server.server_address[1]
    shown = "127.0.0.1" if host in ("0.0.0.0", "") else host
    print(f"ghatna: serving {source_name(args)} (read-only) at http://{shown}:{port}/  "
          f"(JSON: /api/stats, /api/events; Ctrl-C to stop)", file=sys.stderr, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("ghatna: stopped", file=sys.stderr)
    finally:
        server.server_close()
    return EXIT_OK
