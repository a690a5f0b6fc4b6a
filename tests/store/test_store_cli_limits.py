"""Small findings of issue 10 (9): an absurd --limit is a clean error, and CSV cells that a
spreadsheet would run as a formula are neutralised."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from conftest import FAKE, ev, write_jsonl
from store_fake_extractor import make_text

from ghatna.cli import main


@pytest.fixture
def db(tmp_path: Path) -> Path:
    events = [ev("ACCUSE", "=HYPERLINK(\"http://x\")", "@SUM(A1)", "2025-03-01",
                 sentence="+cmd|' /C calc'!A0"),
              ev("CONSULT", "-2+3", "Plain Name", "2025-03-02", sentence="\tTabbed")]
    src = write_jsonl(tmp_path / "c.jsonl", [
        {"id": "=1+1", "published": "2025-03-01", "text": make_text("x", events)}])
    path = tmp_path / "s.duckdb"
    assert main(["ingest", str(src), "--db", str(path), "--extractor", FAKE, "--quiet"]) == 0
    return path


@pytest.mark.parametrize("args", [["--limit", "99999999999999999999"], ["--limit", "0"],
                                  ["--offset", "99999999999999999999"], ["--offset", "-1"]])
def test_absurd_limits_are_clean_errors(db: Path, args: list[str],
                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "--db", str(db), *args]) == 1
    err = capsys.readouterr().err
    assert "must be between" in err and "Traceback" not in err


def _cells(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [cell for row in csv.reader(fh) for cell in row]


@pytest.mark.parametrize("table", ["events", "mentions"])
def test_csv_cells_never_start_a_formula(db: Path, tmp_path: Path, table: str,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / f"{table}.csv"
    assert main(["export", "--db", str(db), "--format", "csv", "--table", table,
                 "--out", str(out)]) == 0
    cells = _cells(out)
    assert not [c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r")]
    assert "'=HYPERLINK(\"http://x\")" in cells and "'@SUM(A1)" in cells
    assert "'-2+3" in cells
    numbers = [c for c in cells if c.startswith("-") and c[1:2].isdigit()]
    assert all(float(c) < 0 for c in numbers)  # negative numbers are still numbers
    capsys.readouterr()
    assert main(["export", "--db", str(db), "--format", "csv", "--table", table,
                 "--out", "-"]) == 0
    piped = tmp_path / "piped.csv"
    piped.write_text(capsys.readouterr().out, encoding="utf-8")
    piped_cells = _cells(piped)
    assert "'@SUM(A1)" in piped_cells
    assert not [c for c in piped_cells if c[:1] in ("=", "+", "@", "\t", "\r")]
