"""``ghatna export --format parquet --partition month`` and ``query``/``stats --parquet``:
the dataset's layout, and the same answers over the dataset as over the store."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from conftest import FAKE, corpus, ev, write_jsonl
from store_fake_extractor import make_text

from ghatna.cli import main


def _extra_rows() -> list[dict[str, Any]]:
    """Dates of every precision: a year only, none at all, and a document with no date."""
    return [
        {"id": "year", "text": make_text("y", [ev("AGREE", "Minister 9", "Envoy 9", "2024")]),
         "published": "2024-06-01"},
        {"id": "undated", "text": make_text("u", [ev("PROTEST", "Farmers", None, None)]),
         "published": "2025-04-02"},
        {"id": "nodate", "text": make_text("n", [ev("THREATEN", "Minister 8", "Envoy 8",
                                                    None, lang="hi")])},
        {"id": "quiet", "text": make_text("q", []), "published": "2025-05-05"},
    ]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("dataset")
    src = write_jsonl(tmp / "c.jsonl", corpus(60) + _extra_rows())
    db = tmp / "s.duckdb"
    assert main(["ingest", str(src), "--db", str(db), "--extractor", FAKE, "--quiet"]) == 0
    return db


@pytest.fixture(scope="module")
def dataset(store: Path) -> Path:
    out = store.parent / "by-month"
    assert main(["export", "--db", str(store), "--format", "parquet", "--partition", "month",
                 "--out", str(out)]) == 0
    return out


def _out(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    assert main(argv) == 0
    return capsys.readouterr().out


QUERIES = [[], ["--type", "CONSULT"], ["--actor", "minister 1"], ["--since", "2025-03-10"],
           ["--until", "2025-03"], ["--country", "RUS", "--place", "moscow"],
           ["--limit", "5", "--offset", "3"], ["--actor", "nobody"]]


@pytest.mark.parametrize("args", QUERIES)
def test_query_over_the_dataset_is_the_query_over_the_store(
        store: Path, dataset: Path, capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    for fmt in (["--json"], []):
        mine = _out(["query", "--db", str(store), *fmt, *args], capsys)
        theirs = _out(["query", "--parquet", str(dataset), *fmt, *args], capsys)
        assert theirs == mine
        assert mine or (fmt and args == ["--actor", "nobody"])


def test_stats_and_every_event_round_trip(store: Path, dataset: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    stats = _out(["stats", "--db", str(store), "--json"], capsys)
    assert _out(["stats", "--parquet", str(dataset), "--json"], capsys) == stats
    everything = ["--json", "--limit", "1000"]
    events = _out(["query", "--db", str(store), *everything], capsys).splitlines()
    assert len(events) == json.loads(stats)["events"] > 20
    assert _out(["query", "--parquet", str(dataset), *everything], capsys).splitlines() == events


def _partition(date: str | None) -> str:
    if date and len(date) >= 7:
        return f"month={date[:7]}"
    return f"month={date}" if date else "month=undated"


def _rows(folder: Path) -> list[tuple[str, dict[str, Any]]]:
    """(partition folder name, row) of every Parquet file under ``folder``."""
    out = []
    for file in sorted(folder.rglob("*.parquet")):
        for row in pq.read_table(file).to_pylist():
            out.append((file.parent.name, row))
    return out


def test_partition_layout(dataset: Path) -> None:
    assert sorted(p.name for p in dataset.iterdir()) == [
        "actors", "documents", "events", "mentions", "meta", "rejects"]
    events = _rows(dataset / "events")
    assert all(part == _partition(row["date"]) for part, row in events)
    parts = {part for part, _ in events}
    assert {"month=2025-03", "month=2024", "month=undated"} <= parts
    undated = {row["type"] for part, row in events if part == "month=undated"}
    assert undated == {"PROTEST", "THREATEN"}
    by_event = {row["event_id"]: part for part, row in events}
    mentions = _rows(dataset / "mentions")
    assert mentions and all(part == by_event[row["event_id"]] for part, row in mentions)
    for part, row in _rows(dataset / "documents"):
        published = row["published_day"]
        assert part == (f"month={published:%Y-%m}" if published else "month=undated")
    assert (dataset / "actors" / "actors.parquet").is_file()
    assert not list(dataset.parent.glob(".by-month.partial-*"))  # written aside, then renamed


def test_filtered_export_holds_the_selected_events(store: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "accuse"
    assert main(["export", "--db", str(store), "--format", "parquet", "--partition", "month",
                 "--type", "ACCUSE", "--out", str(out)]) == 0
    mine = _out(["query", "--db", str(store), "--json", "--type", "ACCUSE"], capsys)
    assert _out(["query", "--parquet", str(out), "--json"], capsys) == mine
    stats = json.loads(_out(["stats", "--parquet", str(out), "--json"], capsys))
    records = [json.loads(line) for line in mine.splitlines()]
    assert stats["events_by_type"] == {"ACCUSE": len(records)}
    assert stats["mentions"] == sum(r["n_mentions"] for r in records)
    assert stats["documents"] == len({a for r in records for a in r["articles"]})
    assert stats["rejects"] == 0


def test_export_refuses_what_it_cannot_write(store: Path, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    full = tmp_path / "full"
    full.mkdir()
    (full / "keep.txt").write_text("mine", encoding="utf-8")
    base = ["export", "--db", str(store), "--partition", "month"]
    assert main([*base, "--format", "parquet", "--out", str(full)]) == 1
    assert "not empty" in capsys.readouterr().err
    assert [p.name for p in full.iterdir()] == ["keep.txt"]
    assert main([*base, "--format", "jsonl", "--out", str(tmp_path / "x")]) == 1
    assert "--format parquet" in capsys.readouterr().err
    assert main([*base, "--format", "parquet", "--table", "actors",
                 "--out", str(tmp_path / "y")]) == 1
    assert main([*base, "--format", "parquet"]) == 1
    assert "--out DIR" in capsys.readouterr().err
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main([*base, "--format", "parquet", "--out", str(empty)]) == 0
    assert (empty / "events").is_dir()


def test_reading_what_is_no_dataset(store: Path, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nothing"
    assert main(["query", "--parquet", str(missing)]) == 1
    assert "no such Parquet dataset" in capsys.readouterr().err
    (tmp_path / "other").mkdir()
    assert main(["stats", "--parquet", str(tmp_path / "other")]) == 1
    assert "not a ghatna Parquet dataset" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["query", "--db", str(store), "--parquet", str(tmp_path)])
    assert exc.value.code == 2


def test_a_damaged_file_is_a_clear_error(dataset: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(dataset, copy)
    victim = next((copy / "events").rglob("*.parquet"))
    victim.write_bytes(b"not parquet at all")
    assert main(["query", "--parquet", str(copy)]) == 1
    err = capsys.readouterr().err
    assert str(copy) in err or "parquet" in err.lower()
