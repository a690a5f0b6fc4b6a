"""examples/dyad_per_month.py: events per month for a country pair, from a store."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from conftest import FAKE, ev, write_jsonl
from store_fake_extractor import make_text

from ghatna.cli import main

SCRIPT = Path(__file__).resolve().parents[2] / "examples" / "dyad_per_month.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dyad_per_month", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def store(tmp_path: Path) -> Path:
    rows = [
        {"id": "a", "published": "2025-03-01", "text": make_text("a", [
            ev("CONSULT", "Modi", "Putin", "2025-03-01", cameo="046"),
            ev("ASSAULT", "Army", "Militants", "2025-03-05")])},
        {"id": "b", "published": "2025-04-10", "text": make_text("b", [
            ev("CONSULT", "Modi", "Lavrov", "2025-04-10"),
            ev("CONSULT", "Modi", "Shoigu", "2025-05", planned=True),
            ev("AGREE", "India", "Russia", "2025-05-02", negated=True)])},
    ]
    db = tmp_path / "s.duckdb"
    assert main(["ingest", str(write_jsonl(tmp_path / "c.jsonl", rows)), "--db", str(db),
                 "--extractor", FAKE]) == 0
    return db


def test_dyad_table(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _script().main(["ind", "rus", "--db", str(store)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "events per month, IND <-> RUS"
    rows = {ln.split()[0]: ln.split()[1:] for ln in lines[2:]}
    # verbal coop, material coop, verbal conflict, material conflict, planned, negated,
    # Goldstein sum (of what happened)
    assert rows == {"2025-03": ["1", "0", "0", "1", "0", "0", "-3.0"],  # 046 (+7), 190 (-10)
                    "2025-04": ["1", "0", "0", "0", "0", "0", "1.0"],
                    "2025-05": ["0", "0", "0", "0", "1", "1", "0.0"]}


def test_dyad_plot_or_fallback(store: Path, tmp_path: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "dyad.png"
    assert _script().main(["IND", "RUS", "--db", str(store), "--out", str(out)]) == 0
    printed = capsys.readouterr()
    if importlib.util.find_spec("matplotlib") is not None:
        assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    else:
        assert not out.exists() and "matplotlib is not installed" in printed.err
        assert "2025-03" in printed.out


def test_missing_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _script().main(["IND", "RUS", "--db", str(tmp_path / "none.duckdb")]) == 1
    assert "ghatna ingest" in capsys.readouterr().err
    assert "dyad_per_month" not in sys.modules
