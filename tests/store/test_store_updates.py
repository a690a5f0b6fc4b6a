"""Update semantics (issue 10, finding 9): a later version of a document — the same id from
the same outlet with new text — replaces the earlier one's mentions; giving the earlier
version again changes nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from conftest import FAKE, dump, ev, write_jsonl
from store_fake_extractor import make_text

from ghatna.executors.local import LocalExecutor
from ghatna.store.schema import open_reader


def _doc(doc_id: str, body: str, *events: dict[str, Any], site: str = "a") -> dict[str, Any]:
    return {"id": doc_id, "published": "2025-03-01", "url": f"https://{site}.example/{doc_id}",
            "text": make_text(body, list(events))}


def _ingest(db: Path, *paths: Path) -> Any:
    return LocalExecutor(db, shard_size=2, extractor=FAKE).ingest([str(p) for p in paths],
                                                                  progress=False)


def _events(db: Path) -> list[tuple[Any, ...]]:
    with open_reader(db) as con:
        return con.execute("SELECT type, n_articles, articles FROM events ORDER BY type").fetchall()


MEET = ev("CONSULT", "Modi", "Putin", "2025-03-01")
MARCH = ev("PROTEST", "Farmers", None, "2025-03-01")


def test_a_corrected_story_replaces_the_first_version(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    first = write_jsonl(tmp_path / "v1.jsonl", [_doc("s1", "first", MEET),
                                                _doc("s2", "other", MEET)])
    _ingest(db, first)
    assert _events(db) == [("CONSULT", 2, ["s1", "s2"])]
    fixed = write_jsonl(tmp_path / "v2.jsonl", [_doc("s1", "corrected", MARCH)])
    summary = _ingest(db, fixed)
    assert summary.documents == 1
    assert _events(db) == [("CONSULT", 1, ["s2"]), ("PROTEST", 1, ["s1"])]
    with open_reader(db) as con:
        assert con.execute("SELECT count(*) FROM documents WHERE id = 's1'").fetchall() == [(1,)]
        names = {r[0] for r in con.execute("SELECT name FROM actors").fetchall()}
    assert "Farmers" in names and "Modi" in names
    before = dump(db)
    again = _ingest(db, first, fixed)  # the old version is not revived, nothing changes
    assert again.documents == 0 and dump(db) == before


def test_the_replaced_event_disappears_when_no_one_else_reports_it(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    both = write_jsonl(tmp_path / "both.jsonl", [_doc("s1", "first", MEET),
                                                 _doc("s1", "corrected", MARCH)])
    _ingest(db, both)  # within one input, the later line is the later version
    assert _events(db) == [("PROTEST", 1, ["s1"])]
    with open_reader(db) as con:
        assert "Modi" not in {r[0] for r in con.execute("SELECT name FROM actors").fetchall()}
    before = dump(db)
    _ingest(db, both)
    assert dump(db) == before


def test_the_same_id_from_another_outlet_is_another_document(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    _ingest(db, write_jsonl(tmp_path / "a.jsonl", [_doc("s1", "one", MEET, site="a"),
                                                   _doc("s1", "two", MEET, site="b")]))
    assert _events(db) == [("CONSULT", 2, ["s1"])]
    with open_reader(db) as con:
        assert con.execute("SELECT count(*) FROM documents").fetchall() == [(2,)]
