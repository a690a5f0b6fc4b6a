"""The server's limits (a light module: the command line reads its defaults without
loading the web stack)."""

from __future__ import annotations

from typing import NamedTuple  # not a dataclass: `ghatna --help` need not import dataclasses


class Limits(NamedTuple):
    """What one server takes on at once (see ``ghatna.web.server``)."""

    concurrency: int = 200
    backlog: int = 512
    threads: int = 8
    keep_alive: float = 5.0
    head_timeout: float = 10.0
    max_head: int = 16 * 1024
