"""Serving and ingesting at once (issue 10, finding 3): busy readers never make an ingest
fail; while an ingest writes, readers get StoreBusy (503 in the server), never an error."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import FAKE, corpus, write_jsonl

from ghatna.errors import StoreBusy, StoreError
from ghatna.store.loader import Store
from ghatna.store.schema import open_reader

HERE = Path(__file__).resolve().parent
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join([str(HERE), *sys.path])}


def _ingest_cmd(db: Path, src: Path) -> list[str]:
    return [sys.executable, "-m", "ghatna.cli", "ingest", str(src), "--db", str(db),
            "--extractor", FAKE, "--quiet"]


def _batches(tmp_path: Path, n: int) -> list[Path]:
    rows = corpus(12 * n)
    return [write_jsonl(tmp_path / f"b{i}.jsonl", rows[12 * i:12 * i + 12]) for i in range(n)]


def _hammer(stop: threading.Event, work: Callable[[], str], seen: Counter[str]) -> None:
    while not stop.is_set():
        seen[work()] += 1


def test_busy_readers_never_make_ingest_fail(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    first, *rest = _batches(tmp_path, 5)
    assert subprocess.run(_ingest_cmd(db, first), env=ENV, timeout=120).returncode == 0

    def read() -> str:
        try:
            with open_reader(db) as con:
                con.execute("SELECT count(*) FROM events").fetchall()
                time.sleep(0.002)  # a request's work
            return "ok"
        except StoreBusy:
            return "busy"

    stop, seen = threading.Event(), Counter[str]()
    readers = [threading.Thread(target=_hammer, args=(stop, read, seen)) for _ in range(6)]
    for t in readers:
        t.start()
    try:
        codes = [subprocess.run(_ingest_cmd(db, src), env=ENV, timeout=120,
                                capture_output=True, text=True) for src in rest]
    finally:
        stop.set()
        for t in readers:
            t.join(10)
    assert [c.returncode for c in codes] == [0] * len(rest), [c.stderr for c in codes]
    assert seen["ok"] > 50 and set(seen) <= {"ok", "busy"}
    with open_reader(db) as con:
        assert con.execute("SELECT count(*) FROM documents").fetchall()[0][0] == 60


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _get(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=10) as resp:
            resp.read()
            return str(resp.status)
    except urllib.error.HTTPError as exc:
        return str(exc.code)
    except OSError:
        return "refused"


def test_busy_server_never_makes_ingest_fail(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    first, *rest = _batches(tmp_path, 4)
    assert subprocess.run(_ingest_cmd(db, first), env=ENV, timeout=120).returncode == 0
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "ghatna.cli", "serve", "--db", str(db),
                               "--port", str(port), "--quiet"], env=ENV,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while _get(base + "/api/stats") != "200" and time.monotonic() < deadline:
            time.sleep(0.1)
        stop, seen = threading.Event(), Counter[str]()
        paths = ["/api/events?limit=50", "/api/stats", "/", "/api/timeline"]
        clients = [threading.Thread(target=_hammer, args=(
            stop, lambda p=p: _get(base + p), seen)) for p in paths]
        for t in clients:
            t.start()
        try:
            codes = [subprocess.run(_ingest_cmd(db, src), env=ENV, timeout=120,
                                    capture_output=True, text=True) for src in rest]
        finally:
            stop.set()
            for t in clients:
                t.join(15)
    finally:
        server.terminate()
        server.wait(10)
    assert [c.returncode for c in codes] == [0] * len(rest), [c.stderr for c in codes]
    assert seen["200"] > 20 and set(seen) <= {"200", "503"}, seen
    assert _read_count(db) == 48


def _read_count(db: Path) -> int:
    with open_reader(db) as con:
        return int(con.execute("SELECT count(*) FROM documents").fetchall()[0][0])


def test_a_second_writer_fails_at_once_and_readers_get_busy(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    with Store(db):
        started = time.monotonic()
        with pytest.raises(StoreError, match="another ingest"):
            Store(db)
        assert time.monotonic() - started < 5
        with pytest.raises(StoreBusy):
            open_reader(db)
    open_reader(db).close()


def test_ingest_gives_up_when_readers_never_let_go(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "s.duckdb"
    Store(db).close()
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time\nfrom ghatna.store.schema import open_reader\n"
        f"con = open_reader({str(db)!r})\nprint('open', flush=True)\ntime.sleep(30)\n")],
        env=ENV, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        monkeypatch.setenv("GHATNA_LOCK_TIMEOUT", "1")
        with pytest.raises(StoreError, match="still locked"):
            Store(db)
    finally:
        holder.kill()
        holder.wait()
