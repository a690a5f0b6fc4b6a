"""`ghatna serve` itself: a missing store, a busy port, layering, serving while ingesting."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from web_corpus import FAKE, doc, event, rows
from web_helpers import build_store, serve, store  # noqa: F401

from ghatna.cli import main
from ghatna.web.api import PLOVER_TYPES, TYPE_QUAD

SRC = Path(__file__).resolve().parents[2] / "src"


def test_missing_store_is_a_clear_error(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "nope.duckdb"
    assert main(["serve", "--db", str(db), "--port", "0"]) == 1
    err = capsys.readouterr().err
    assert str(db) in err and "ghatna ingest" in err and "Traceback" not in err
    assert not db.exists()                      # serving never creates a store


def test_not_a_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import duckdb

    db = tmp_path / "other.duckdb"
    duckdb.connect(str(db)).close()
    assert main(["serve", "--db", str(db), "--port", "0"]) == 1
    assert "not a ghatna store" in capsys.readouterr().err


def test_busy_port(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        port = sock.getsockname()[1]
        assert main(["serve", "--db", str(store), "--port", str(port)]) == 1
    err = capsys.readouterr().err
    assert f"cannot listen on 127.0.0.1:{port}" in err and "--port" in err


def test_serving_loads_no_pipeline(store: Path) -> None:
    code = (
        "import sys, threading, time, urllib.request\n"
        "from urllib.parse import quote\n"
        "from ghatna.cli import build_parser\n"
        "build_parser()\n"
        "from ghatna.web.server import make_server\n"
        f"server = make_server({str(store)!r}, '127.0.0.1', 0, quiet=True)\n"
        "threading.Thread(target=server.serve_forever, daemon=True).start()\n"
        "while not server.server.started: time.sleep(0.01)\n"
        "base = f'http://127.0.0.1:{server.server_address[1]}'\n"
        "for path in ('/', '/events?actor=पुतिन', '/api/timeline', '/actors', '/map',\n"
        "             '/api/events.geojson', '/api/dyads?a=IND&b=PAK'):\n"
        "    with urllib.request.urlopen(base + quote(path, safe='/?&=')) as r:\n"
        "        assert r.status == 200, path\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('ghatna.pipeline', "
        "'ghatna.resources', 'ghatna.executors', 'ahocorasick', 'trafilatura')))\n"
        "print(bad)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={"PYTHONPATH": str(SRC)}, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_sources_never_import_pipeline() -> None:
    web = SRC / "ghatna" / "web"
    for path in [*web.glob("*.py"), SRC / "ghatna" / "commands" / "serve.py"]:
        text = path.read_text(encoding="utf-8")
        assert "pipeline" not in "".join(line for line in text.splitlines()
                                         if line.lstrip().startswith(("import", "from"))), path


def test_type_quads_match_the_cameo_table() -> None:
    from ghatna.store.gdelt import cameo_table

    table = cameo_table()
    defaults = {row["plover"]: int(row["quad_class"]) for row in table.values()
                if row.get("default") == "type"}
    assert defaults == TYPE_QUAD and set(PLOVER_TYPES) == set(TYPE_QUAD)


def test_ingest_while_serving(tmp_path: Path) -> None:
    """The server holds no lock between requests: ingest adds, the next request sees it."""
    db = build_store(tmp_path, rows()[:3])
    late = doc("late", "2025-07-01",
               event("PROTEST", "Farmers", None, "2025-07-01", "hi", "New Delhi"))
    src = tmp_path / "late.jsonl"
    src.write_text(json.dumps(late, ensure_ascii=False) + "\n", encoding="utf-8")
    for client in serve(db):
        assert client.json("/api/stats")["events"] == 1
        assert main(["ingest", str(src), "--db", str(db), "--extractor", FAKE, "--quiet"]) == 0
        assert client.json("/api/stats")["events"] == 2
        assert client.json("/api/events?type=protest")["events"][0]["date"] == "2025-07-01"
        assert client.json("/api/events?actor=किसानों")["total"] == 1   # new alias seen
