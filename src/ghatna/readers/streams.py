"""Bounded reading: what is read is limited, not the file's size, so that ``/dev/zero``, a
gzip bomb or a 400 MB line cost at most the limit in memory, and a FIFO no one writes to is
given up after a while instead of hanging.
"""

from __future__ import annotations

import fcntl
import gzip
import os
import select
import stat
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

#: What a damaged compressed stream raises (gzip raises both, and EOFError when cut short).
DECOMPRESS_ERRORS = (OSError, EOFError, zlib.error)
_CHUNK = 1 << 20
#: How long a FIFO given as input may stay without data before it is given up.
FIFO_WAIT_SECONDS = 10.0


def is_regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False


def open_input(path: Path) -> BinaryIO:
    """Open a file for reading; a FIFO is waited on for a writer for at most
    :data:`FIFO_WAIT_SECONDS` (then OSError), never for ever. A pipe that already has its
    writer (``<(zcat x)``) streams as usual."""
    try:
        mode = path.stat().st_mode
    except OSError:
        mode = 0
    if not stat.S_ISFIFO(mode):
        return path.open("rb")
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        poller = select.poll()
        poller.register(fd, select.POLLIN | select.POLLHUP)
        if not poller.poll(FIFO_WAIT_SECONDS * 1000):
            raise OSError(f"no one wrote to this FIFO within {FIFO_WAIT_SECONDS:g} s")
        flags = fcntl.fcntl(fd, fcntl.F_GETFL)
        fcntl.fcntl(fd, fcntl.F_SETFL, flags & ~os.O_NONBLOCK)
    except BaseException:
        os.close(fd)
        raise
    return os.fdopen(fd, "rb")


def open_corpus(path: Path) -> BinaryIO:
    """A JSONL file, decompressed when its name ends in ``.gz``."""
    fh = open_input(path)
    if path.name.lower().endswith(".gz"):
        return gzip.GzipFile(fileobj=fh, mode="rb")  # type: ignore[return-value]
    return fh


def read_bounded(fh: BinaryIO, limit: int) -> bytes:
    """At most ``limit + 1`` bytes: one more than allowed tells that the input is too large."""
    parts: list[bytes] = []
    left = limit + 1
    while left > 0:
        chunk = fh.read(min(left, _CHUNK))
        if not chunk:
            break
        parts.append(chunk)
        left -= len(chunk)
    return b"".join(parts)


def _skip_line(fh: BinaryIO, seen: int) -> int:
    """Read (without keeping) up to the end of the current line; its full length."""
    while True:
        chunk = fh.readline(_CHUNK)
        seen += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return seen


def capped_lines(fh: BinaryIO, max_line: int, resync: bool) -> Iterator[bytes | int]:
    """Lines of at most ``max_line`` bytes; a longer line yields its length (an int) instead
    of its bytes. ``resync`` (a regular file) reads on to the next line; otherwise (a device,
    a pipe: it may never end) the input stops after the long line."""
    while True:
        line = fh.readline(max_line + 1)
        if not line:
            return
        if line.endswith(b"\n") or len(line) <= max_line:
            yield line
            continue
        if not resync:
            yield len(line)
            return
        yield _skip_line(fh, len(line))
