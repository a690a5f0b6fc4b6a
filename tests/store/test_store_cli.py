"""The ingest/stats/query/export commands, bad input, and the GDELT export."""

from __future__ import annotations

import csv
import gzip
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from conftest import FAKE, ev, write_jsonl
from store_fake_extractor import make_text

from ghatna.cli import main
from ghatna.store.gdelt import EVENT_COLUMNS, cameo_for, cameo_table


def _putin(date: str, lang: str, text: str) -> dict:
    e = ev("CONSULT", "S. Jaishankar", "Vladimir Putin", date, "Moscow", lang)
    e["actor2"].update(id="person:vladimir-putin", text=text)
    e["cameo"] = "040"
    return e


@pytest.fixture
def store(tmp_path: Path) -> Path:
    rows = [
        {"id": "hi1", "text": make_text("हिंदी", [_putin("2025-11-18", "hi", "पुतिन")]),
         "published": "2025-11-18", "url": "https://hindi.example/1"},
        {"id": "en1", "text": make_text("english", [_putin("2025-11-18", "en", "Putin")]),
         "published": "2025-11-18", "url": "https://english.example/1"},
        {"id": "mx1", "text": make_text("mixed", [_putin("2025-11-18", "hi-en", "President पुतिन")]),
         "published": "2025-11-19", "url": "https://mixed.example/1"},
        {"id": "old", "text": make_text("aug", [_putin("2025-08-21", "en", "Putin")]),
         "published": "2025-08-21"},
    ]
    db = tmp_path / "s.duckdb"
    src = write_jsonl(tmp_path / "c.jsonl", rows)
    assert main(["ingest", str(src), "--db", str(db), "--extractor", FAKE]) == 0
    return db


def test_stats_json(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", "--db", str(store), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["documents"], data["mentions"], data["events"]) == (4, 4, 2)
    assert data["events_by_type"] == {"CONSULT": 2}
    assert main(["stats", "--db", str(store)]) == 0


@pytest.mark.parametrize("needle", ["पुतिन", "Putin", "vladimir putin", "person:vladimir-putin"])
def test_query_by_any_spelling(store: Path, capsys: pytest.CaptureFixture[str],
                               needle: str) -> None:
    assert main(["query", "--db", str(store), "--actor", needle, "--since", "2025-11-01",
                 "--type", "consult", "--json"]) == 0
    events = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(events) == 1
    assert events[0]["n_mentions"] == 3 and events[0]["languages"] == ["en", "hi", "hi-en"]


def test_query_filters(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["query", "--db", str(store), "--until", "2025-09-01", "--json"])
    assert len(capsys.readouterr().out.splitlines()) == 1
    main(["query", "--db", str(store), "--country", "RUS", "--place", "moscow", "--limit", "5"])
    assert capsys.readouterr().out.count(" mentions, ") == 2
    main(["query", "--db", str(store), "--actor", "nobody"])
    assert "no events" in capsys.readouterr().out


@pytest.mark.parametrize("table", ["events", "mentions"])
@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet", "gdelt"])
def test_export_formats(store: Path, tmp_path: Path, table: str, fmt: str) -> None:
    out = tmp_path / f"out.{fmt}"
    assert main(["export", "--db", str(store), "--table", table, "--format", fmt,
                 "--out", str(out)]) == 0
    n = 2 if table == "events" else 4
    if fmt == "parquet":
        assert pq.read_table(out).num_rows == n
    elif fmt == "csv":
        assert len(list(csv.DictReader(out.open(encoding="utf-8-sig")))) == n
    else:
        assert len(out.read_text(encoding="utf-8").splitlines()) == n


def test_gdelt_event_columns(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.tsv"
    main(["export", "--db", str(store), "--format", "gdelt", "--out", str(out), "--header"])
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == EVENT_COLUMNS and len(EVENT_COLUMNS) == 61
    rows = [dict(zip(EVENT_COLUMNS, ln.split("\t"))) for ln in lines[1:]]
    nov = next(r for r in rows if r["SQLDATE"] == "20251118")
    assert nov["EventCode"] == "040" and nov["EventRootCode"] == "04" and nov["QuadClass"] == "1"
    assert nov["NumMentions"] == "3" and nov["NumSources"] == "3"
    assert nov["Actor2Code"] == "RUSGOV" and nov["ActionGeo_CountryCode"] == "RS"
    assert nov["SOURCEURL"].startswith("https://")


def test_cameo_mapping_file() -> None:
    table = cameo_table()
    assert table["042"]["plover"] == "CONSULT" and table["042"]["mode"] == "visit"
    assert cameo_for("CONSULT", None, None) == "040"
    assert cameo_for("CONSULT", "visit", None) == "042"
    assert cameo_for("ASSAULT", None, None) == "190"
    assert cameo_for("AGREE", None, "036") == "036"
    plover = {r["plover"] for r in table.values()}
    assert len(plover) == 16


def test_bad_input_goes_to_rejects(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = make_text("ok", [ev("CONSULT", "A", "B", "2025-01-01")])
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.jsonl").write_text(json.dumps({"id": "a", "text": good}) + "\n{not json\n",
                                    encoding="utf-8")
    with gzip.open(folder / "b.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "b", "text": good + " "}) + "\n")
    pq.write_table(pa.table({"id": ["p1"], "body": ["no text column"]}), folder / "c.parquet")
    (folder / "latin1.txt").write_bytes("café naïve crème".encode("latin-1") + b"\xff\xfe\xfa")
    (folder / "huge.txt").write_bytes(b"x" * (50 * 1024 * 1024))
    db = tmp_path / "s.duckdb"
    code = main(["ingest", str(folder), "--db", str(db), "--extractor", FAKE])
    assert code == 3
    err = capsys.readouterr().err
    assert "bad_json" in err and "too_large" in err
    main(["stats", "--db", str(db), "--json"])
    data = json.loads(capsys.readouterr().out)
    assert data["documents"] == 2
    assert data["rejects_by_code"] == {"bad_json": 1, "encoding": 1, "missing_field": 1,
                                       "too_large": 1}


def test_missing_store_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", "--db", str(tmp_path / "none.duckdb")]) == 1
    assert "no such store" in capsys.readouterr().err
