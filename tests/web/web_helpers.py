"""Fixtures of the web tests: a small store built by the real ingest path (with the store
tests' fake extractor, so no language resources are loaded) and a server on a free port.

Not a ``conftest.py`` on purpose: the store tests import their helpers with ``from conftest
import ...``, which breaks when another directory's conftest is loaded after theirs (e.g.
``pytest tests/store tests/web``). Test modules import the fixtures from here instead.
"""

from __future__ import annotations

import json
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from web_corpus import FAKE, rows  # noqa: E402  (also puts tests/store on sys.path)

from ghatna.cli import main  # noqa: E402
from ghatna.web.server import make_server  # noqa: E402


def build_store(directory: Path, records: list[dict[str, Any]]) -> Path:
    """Ingest ``records`` (fake-extractor JSONL) into ``directory/web.duckdb``."""
    src = directory / "corpus.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                   encoding="utf-8")
    db = directory / "web.duckdb"
    assert main(["ingest", str(src), "--db", str(db), "--extractor", FAKE, "--quiet"]) == 0
    return db


@pytest.fixture(scope="session")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("webstore"), rows())


class Client:
    """GET requests to a running server: (status, content type, body text)."""

    def __init__(self, base: str):
        self.base = base

    def get(self, path: str, method: str = "GET") -> tuple[int, str, str]:
        # Percent-encode non-ASCII (पुतिन) the way a browser does; keep the URL syntax.
        url = self.base + quote(path, safe="/?&=%:+,;@")
        req = urllib.request.Request(url, method=method)
        try:
            with urllib.request.urlopen(req, timeout=10) as resp:
                return resp.status, resp.headers["Content-Type"], resp.read().decode("utf-8")
        except urllib.error.HTTPError as exc:
            return exc.code, exc.headers["Content-Type"], exc.read().decode("utf-8")

    def json(self, path: str, status: int = 200) -> Any:
        code, ctype, body = self.get(path)
        assert code == status, body
        assert ctype == "application/json; charset=utf-8"
        return json.loads(body)

    def json_any(self, path: str) -> Any:
        """A JSON answer of status 200 whatever its JSON content type (GeoJSON, OpenAPI)."""
        code, ctype, body = self.get(path)
        assert code == 200, body
        assert "json" in ctype
        return json.loads(body)

    def html(self, path: str, status: int = 200) -> str:
        code, ctype, body = self.get(path)
        assert code == status, body
        assert ctype == "text/html; charset=utf-8"
        return body


def serve(db: Path, **options: Any) -> Iterator[Client]:
    """A server for ``db`` on a free port in a thread (``options``: make_server's)."""
    server = make_server(db, "127.0.0.1", 0, quiet=True, **options)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.server.started and thread.is_alive() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert server.server.started, "the server did not start"
    try:
        yield Client(f"http://127.0.0.1:{server.server_address[1]}")
    finally:
        server.shutdown()
        thread.join(5)
        server.server_close()


@pytest.fixture(scope="session")
def client(store: Path) -> Iterator[Client]:
    yield from serve(store)
