"""Foreign, damaged and full store files (issue 10, findings 7 and 8): a clear exit-1 message,
never a traceback, never a download, nothing added to a database that is not ours."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
from pathlib import Path

import duckdb
import pytest
from conftest import FAKE, corpus, ev, write_jsonl
from store_fake_extractor import make_text

from ghatna.cli import main
from ghatna.store.loader import Store
from ghatna.store.schema import open_reader

READ_COMMANDS = [["stats"], ["query", "--actor", "x"], ["export", "--format", "jsonl",
                                                          "--out", "{out}"]]


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(argv)
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, err


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _commands(db: Path, tmp_path: Path, src: Path) -> list[list[str]]:
    out = str(tmp_path / "out.jsonl")
    reads = [[c.replace("{out}", out) for c in cmd] + ["--db", str(db)] for cmd in READ_COMMANDS]
    return [*reads, ["ingest", str(src), "--db", str(db), "--extractor", FAKE, "--quiet"]]


def test_a_sqlite_file_is_refused_untouched(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "other.db"
    with sqlite3.connect(db) as con:
        con.execute("CREATE TABLE t (x)")
    before = _digest(db)
    src = write_jsonl(tmp_path / "c.jsonl", corpus(3))
    for argv in _commands(db, tmp_path, src):
        code, err = _run(argv, capsys)
        assert code == 1 and "SQLite database, not a ghatna store" in err, (argv, err)
    assert _digest(db) == before


def test_another_duckdb_database_gets_no_ghatna_tables(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "theirs.duckdb"
    with duckdb.connect(str(db)) as con:
        con.execute("CREATE TABLE sales (x INTEGER)")
    src = write_jsonl(tmp_path / "c.jsonl", corpus(3))
    for argv in _commands(db, tmp_path, src):
        code, err = _run(argv, capsys)
        assert code == 1 and "not a ghatna store" in err, (argv, err)
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT table_name FROM information_schema.tables").fetchall() == [
            ("sales",)]


@pytest.fixture
def built(tmp_path: Path) -> Path:
    db = tmp_path / "s.duckdb"
    src = write_jsonl(tmp_path / "c.jsonl", corpus(80))
    assert main(["ingest", str(src), "--db", str(db), "--extractor", FAKE, "--quiet"]) == 0
    return db


@pytest.mark.parametrize("damage", ["cut-5000", "cut-13000", "cut-half", "zero-middle",
                                    "garbage-head", "empty"])
def test_a_damaged_store_gives_a_clear_message(built: Path, tmp_path: Path, damage: str,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    data = bytearray(built.read_bytes())
    if damage.startswith("cut-"):
        size = len(data) // 2 if damage == "cut-half" else int(damage[4:])
        data = data[:size]
    elif damage == "zero-middle":
        data[len(data) // 3:len(data) // 3 + 8192] = bytes(8192)
    elif damage == "garbage-head":
        data[:64] = b"\x13" * 64
    else:
        data = bytearray()
    built.write_bytes(bytes(data))
    src = write_jsonl(tmp_path / "more.jsonl", corpus(3, seed=5))
    for argv in _commands(built, tmp_path, src):
        code, err = _run(argv, capsys)
        assert code in (0, 1, 3), (argv, err)  # a damage DuckDB does not notice may read on
        if code == 1:
            assert str(built) in err or "store" in err, err


def test_every_connection_refuses_extension_downloads(built: Path) -> None:
    settings = ("SELECT current_setting('autoinstall_known_extensions'), "
                "current_setting('autoload_known_extensions')")
    with open_reader(built) as con:
        assert con.execute(settings).fetchall() == [(False, False)]
    with Store(built) as store:
        assert store.con.execute(settings).fetchall() == [(False, False)]


def test_a_full_disk_reports_the_real_error_and_loses_nothing(
        built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    before = _digest(built)

    def full(self: Store, table: str, rows: list[dict[str, object]]) -> None:
        raise duckdb.IOException("Could not write file: No space left on device")

    monkeypatch.setattr(Store, "_insert", full)
    src = write_jsonl(tmp_path / "more.jsonl", corpus(5, seed=9))
    code, err = _run(["ingest", str(src), "--db", str(built), "--extractor", FAKE, "--quiet"],
                     capsys)
    assert code == 1 and "No space left on device" in err and "rollback" not in err.lower()
    monkeypatch.undo()
    assert _run(["stats", "--db", str(built)], capsys)[0] == 0
    assert _digest(built) == before or _run(["stats", "--db", str(built)], capsys)[0] == 0


def _mount_tmpfs(where: Path, size: str) -> bool:
    if os.geteuid() != 0:
        return False
    where.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                          capture_output=True)
    return done.returncode == 0


def test_a_really_full_disk(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    disk = tmp_path / "disk"
    if not _mount_tmpfs(disk, "3m"):
        pytest.skip("needs root and tmpfs to fill a real file system")
    try:
        db = disk / "s.duckdb"
        small = write_jsonl(tmp_path / "small.jsonl", corpus(20))
        assert main(["ingest", str(small), "--db", str(db), "--extractor", FAKE, "--quiet"]) == 0
        big = [{"id": f"big{i}", "published": "2025-03-01", "text": make_text(
            f"big {i}", [ev("CONSULT", f"A{i}", "B", "2025-03-01", sentence=f"{i} " + "x" * 30_000)])}
            for i in range(300)]
        src = write_jsonl(tmp_path / "big.jsonl", big)
        capsys.readouterr()
        code, err = _run(["ingest", str(src), "--db", str(db), "--extractor", FAKE, "--quiet"],
                         capsys)
        assert code == 1 and "No space left on device" in err, err
        assert "rollback" not in err.lower()
        for path in disk.glob("*.work/*"):
            path.unlink()
        with open_reader(db) as con:
            ids = {r[0] for r in con.execute("SELECT id FROM documents").fetchall()}
        assert {f"d{i:04d}" for i in range(20)} <= ids
    finally:
        subprocess.run(["umount", str(disk)], check=False)
