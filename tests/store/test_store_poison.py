"""Poison metadata never blocks a store (issue 10, finding 1): bad url/title/source values in
JSONL or Parquet are dropped with a warning at the reader, and a shard line the loader cannot
store (written by an older ghatna, or damaged) is quarantined as a ``load_error`` reject while
the rest of the shard is stored; nothing is replayed forever."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from conftest import FAKE, dump, ev
from store_fake_extractor import make_text

from ghatna.executors.local import LocalExecutor, work_dir_for
from ghatna.store.loader import Store, write_shard
from ghatna.store.records import content_hash, doc_key

POISON: list[tuple[str, Any]] = [
    ("url", 12345), ("url", ["http://a.example"]), ("url", {"u": 1}), ("url", "http://[::1/x"),
    ("url", "javascript:alert(1)"), ("url", True), ("url", 1.5), ("title", 7),
    ("title", ["t"]), ("title", {"x": None}), ("source", 3), ("source", ["s"]),
    ("title", "\udc80 bad"), ("published", ["2025"]), ("published", 10 ** 30),
]


def _doc(i: int, **extra: Any) -> dict[str, Any]:
    text = make_text(f"story {i}", [ev("CONSULT", f"A{i}", "B", "2025-03-01")])
    return {"id": f"d{i}", "text": text, "published": "2025-03-01", **extra}


def _ingest(db: Path, path: Path) -> Any:
    return LocalExecutor(db, shard_size=50, extractor=FAKE).ingest([str(path)], progress=False)


def test_every_poison_value_in_jsonl_is_dropped_and_the_document_kept(tmp_path: Path) -> None:
    rows = [_doc(i, **{field: value}) for i, (field, value) in enumerate(POISON)]
    rows.append(_doc(99, url="https://ok.example/x", title="fine"))
    path = tmp_path / "p.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    db = tmp_path / "s.duckdb"
    summary = _ingest(db, path)
    assert summary.documents == len(rows) and summary.rejects == 0
    # every value is dropped with a warning, but a lone surrogate in a title is only replaced
    assert len(summary.warning_lines) == len(POISON) - 1
    again = _ingest(db, path)  # nothing left to replay, nothing new
    assert again.documents == 0 and again.recovered_shards == 0
    docs = {r[1]: r for r in dump(db)["documents"]}
    assert docs["d99"][5] == "https://ok.example/x" and docs["d3"][5] is None
    assert docs["d12"][6] == "\ufffd bad"


def test_poison_values_in_parquet_columns(tmp_path: Path) -> None:
    path = tmp_path / "p.parquet"
    pq.write_table(pa.table({"id": [1, 2], "text": [_doc(1)["text"], _doc(2)["text"]],
                             "url": [123, 456], "title": [1.5, None], "source": [7, 8]}), path)
    db = tmp_path / "s.duckdb"
    summary = _ingest(db, path)
    assert summary.documents == 2 and summary.rejects == 0
    assert {r[1] for r in dump(db)["documents"]} == {"1", "2"}


def _raw_record(i: int, **override: Any) -> dict[str, Any]:
    """A shard line as an older ghatna wrote it, without reader checks."""
    chash = content_hash(f"text {i}")
    rec = {"kind": "doc", "doc_key": doc_key(f"d{i}", chash), "id": f"d{i}",
           "content_hash": chash, "source": "s", "url": None, "title": None,
           "published": "2025-03-01", "lang": "en", "length": 6,
           "events": [ev("CONSULT", f"A{i}", "B", "2025-03-01")]}
    rec.update(override)
    return rec


@pytest.mark.parametrize(("field", "value"), [
    ("url", 12345), ("url", "http://[::1/x"), ("title", 7), ("source", ["s"]),
    ("title", "\udc80"), ("length", 10 ** 30), ("events", "not a list"), ("id", None)])
def test_loader_quarantines_a_record_it_cannot_store(tmp_path: Path, field: str,
                                                     value: Any) -> None:
    db = tmp_path / "s.duckdb"
    workdir = work_dir_for(db)
    workdir.mkdir()
    records = [_raw_record(i) for i in range(5)]
    records[2] = _raw_record(2, **{field: value})
    write_shard(workdir / "shard-000000-x.jsonl", records)
    (tmp_path / "empty.jsonl").write_text("", encoding="utf-8")
    summary = _ingest(db, tmp_path / "empty.jsonl")  # recovery loads the left-over shard
    assert summary.recovered_shards == 1
    tables = dump(db)
    kept = {r[1] for r in tables["documents"]}
    if field == "url" and value == "http://[::1/x":
        assert kept == {f"d{i}" for i in range(5)}  # the loader tolerates it (no outlet)
        return
    assert kept == {"d0", "d1", "d3", "d4"}
    assert [r[3] for r in tables["rejects"]] == ["load_error"]
    assert not any(workdir.glob("shard-*")) if workdir.exists() else True
    again = _ingest(db, tmp_path / "empty.jsonl")
    assert again.recovered_shards == 0 and dump(db) == tables


def test_a_damaged_shard_line_is_quarantined(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    path = tmp_path / "shard.jsonl"
    write_shard(path, [_raw_record(0), _raw_record(1)])
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join([lines[0], '{"kind": "doc", "id": ', lines[1], lines[2]]) + "\n",
                    encoding="utf-8")
    with Store(db) as store:
        result = store.load_shard(path)
    assert result.documents == 2 and result.rejects == 1
