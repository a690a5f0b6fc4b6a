"""Who may open the store file when: one writer (``ingest``) and many short readers (``serve``,
``stats``, ``query``, ``export``), with the writer never starved by busy readers.

DuckDB itself allows one writing process or any number of reading ones. A busy server keeps
some read connection open almost all the time, so an ingest that only tried to open the file
would rarely get in. A gate file ``<db>.lock`` orders them (``flock``):

* a reader holds the gate *shared* only while it opens its connection, and gives up at once
  (:class:`StoreBusy`) when a writer holds it;
* the writer takes the gate *exclusively* (waiting while only readers hold it, failing at once
  when another writer does) and keeps it until it closes the store; with the gate held no new
  reader opens, so the readers already open finish their request and the writer's open, retried
  with backoff, gets in.

Every connection is opened with extension auto-install/auto-load off: a foreign file never
makes DuckDB reach the network.
"""

from __future__ import annotations

import fcntl
import os
import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from ..errors import StoreBusy, StoreError

NO_DOWNLOADS = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}
#: Seconds an ingest waits for readers to let go (environment ``GHATNA_LOCK_TIMEOUT``).
DEFAULT_LOCK_TIMEOUT = 30.0
#: A DuckDB file starts with a checksum, then this magic; it is at least three 4 KiB headers.
DUCKDB_MAGIC = b"DUCK"
DUCKDB_MIN_SIZE = 3 * 4096

T = TypeVar("T")


def lock_timeout() -> float:
    try:
        return max(0.0, float(os.environ.get("GHATNA_LOCK_TIMEOUT") or DEFAULT_LOCK_TIMEOUT))
    except ValueError:
        return DEFAULT_LOCK_TIMEOUT


def is_lock_error(exc: BaseException) -> bool:
    """Whether DuckDB refused to open a file because another process holds its lock (not
    any message with "lock" in it: a damaged file's says "block")."""
    text = str(exc).lower()
    return "could not set lock" in text or "conflicting lock" in text


def check_file(path: Path) -> None:
    """Refuse, with a clear message, a path that is no DuckDB file before DuckDB sees it (a
    SQLite file would make it look for an extension; a cut file gives internal errors)."""
    if not path.exists():
        return
    if not path.is_file():
        raise StoreError(f"{path}: not a file; give the --db file of a ghatna store")
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise StoreError(f"{path}: cannot read the store: {exc.strerror or exc}") from exc
    if size == 0:
        return  # an empty file: the writer makes it a new store, readers find no tables
    if head.startswith(b"SQLite format 3\x00"):
        raise StoreError(f"{path}: a SQLite database, not a ghatna store (DuckDB); "
                         "give another --db file")
    if head[8:12] != DUCKDB_MAGIC:
        raise StoreError(f"{path}: not a DuckDB file (another format, or damaged); "
                         "give the --db file of a ghatna store")
    if size < DUCKDB_MIN_SIZE:
        raise StoreError(f"{path}: a truncated DuckDB file ({size:,} bytes); restore it from "
                         "a copy or ingest into a new --db file")


def _gate_fd(path: Path) -> int | None:
    """The gate file's descriptor; None where it cannot be made (a read-only folder: the
    store is then only read, and DuckDB's own lock is enough)."""
    gate = path.with_name(path.name + ".lock")
    for flags in (os.O_RDWR | os.O_CREAT, os.O_RDONLY):
        try:
            return os.open(gate, flags, 0o644)
        except OSError:
            continue
    return None


@contextmanager
def reader_gate(path: Path) -> Iterator[None]:
    """Hold the gate shared while a reader opens the store; StoreBusy while a writer has it."""
    fd = _gate_fd(path)
    try:
        if fd is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
            except BlockingIOError:
                raise StoreBusy(f"{path}: the store is locked: an ingest is writing it; try "
                                "again when it has finished") from None
        yield
    finally:
        if fd is not None:
            os.close(fd)  # closing releases the lock


class WriterGate:
    """The writer's exclusive hold on the gate, from construction to :meth:`close`."""

    def __init__(self, path: Path):
        self.fd = _gate_fd(path)
        if self.fd is None:
            return
        try:
            retry_locked(self._take, path)
        except BaseException:
            self.close()
            raise

    def _take(self) -> None:
        assert self.fd is not None
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            pass
        try:  # shared is possible when only readers hold it: wait for them
            fcntl.flock(self.fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            raise StoreError("the store is locked by another ingest; wait for it to finish "
                             "or use another --db") from None
        fcntl.flock(self.fd, fcntl.LOCK_UN)
        raise StoreBusy("readers are opening the store")

    def close(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None


def retry_locked(attempt: Callable[[], T], path: Path) -> T:
    """``attempt()`` again, with growing randomised pauses, while it raises StoreBusy, for at
    most :func:`lock_timeout` seconds."""
    deadline = time.monotonic() + lock_timeout()
    pause = 0.005
    while True:
        try:
            return attempt()
        except StoreBusy as exc:
            if time.monotonic() + pause > deadline:
                raise StoreError(f"{path}: still locked after {lock_timeout():.0f}s ({exc}); "
                                 "readers (a busy `ghatna serve`?) or another ingest hold it; "
                                 "try again, or raise GHATNA_LOCK_TIMEOUT") from exc
        time.sleep(pause * (0.5 + random.random()))
        pause = min(pause * 2, 0.25)
