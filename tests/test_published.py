"""Publication dates are parsed once, where a document is read; a bad one is a warning."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ghatna.cli import main
from ghatna.data import Document, parse_published
from ghatna.readers import read_inputs


@pytest.mark.parametrize("text,value,precision", [
    ("2025-11-18", "2025-11-18", "day"),
    ("2025-11-18T09:30:00+05:30", "2025-11-18", "day"),
    ("2025-11-18 09:30", "2025-11-18", "day"),
    ("2025-11", "2025-11", "month"),
    ("2025", "2025", "year"),
])
def test_publication_dates_in_metadata_forms(text: str, value: str, precision: str) -> None:
    parsed = parse_published(text)
    assert parsed is not None and (parsed.value, parsed.precision, parsed.text) == \
        (value, precision, text)


@pytest.mark.parametrize("text", ["2025-02-30", "2025-13", "yesterday", "18/11/2025", "", 20251118])
def test_what_is_no_date_parses_to_none(text: object) -> None:
    assert parse_published(text) is None


def test_a_bad_date_in_a_record_is_dropped_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "भारत ने समझौता किया।", "published": "2025-02-30"})
                    + "\n", encoding="utf-8")
    [doc] = list(read_inputs([str(path)]))
    assert isinstance(doc, Document) and doc.published is None
    assert doc.warnings and "2025-02-30" in doc.warnings[0]


def test_a_bad_record_date_falls_back_to_the_given_default(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "x y", "published": "soon"}) + "\n")
    [doc] = list(read_inputs([str(path)], published="2025-03-01"))
    assert isinstance(doc, Document) and doc.published is not None
    assert doc.published.value == "2025-03-01"


def test_extract_reads_a_document_with_a_bad_date(tmp_path: Path, capsys) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "Modi met Putin in Moscow on Tuesday.",
                                "published": "2025-02-30"}) + "\n")
    assert main(["extract", str(path), "--format", "docs"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["id"] == "a"
    assert "warning" in err and "2025-02-30" in err


def test_ingest_of_a_missing_path_creates_no_store(tmp_path: Path, capsys) -> None:
    db = tmp_path / "new.duckdb"
    assert main(["ingest", str(tmp_path / "typo.jsonl"), "--db", str(db)]) == 1
    assert "no such file" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_ingest_refuses_a_bad_published_option_before_creating_the_store(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "x y"}) + "\n")
    assert main(["ingest", str(src), "--db", str(tmp_path / "s.duckdb"),
                 "--published", "2025-02-30"]) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]
