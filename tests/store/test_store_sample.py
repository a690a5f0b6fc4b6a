"""The bundled sample corpus (examples/sample_corpus.jsonl) through the real pipeline into a store.

Document ids name the event a report belongs to (``e01-hi``, ``e01-en``, ``e01-mx`` report
event 01); ``neg-*`` documents are negatives (sports, weather, markets, film, recipes).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest
from conftest import dump

from ghatna.executors.local import LocalExecutor
from ghatna.store.queries import EventQuery, find_events
from ghatna.store.schema import connect


def _row(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> tuple:
    row = con.execute(sql, params or []).fetchone()
    assert row is not None, sql
    return row


def _one(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> Any:
    return _row(con, sql, params)[0]

SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "sample_corpus.jsonl"

#: Reports of one real-world event in Hindi, English and mixed Hindi-English: (type, doc ids).
SAME_EVENT = [
    ("CONSULT", ["e01-hi", "e01-en", "e01-mx", "e01-en-b"]),   # Jaishankar-Lavrov, Moscow
    ("CONSULT", ["e03-hi", "e03-en", "e03-mx", "e03-en-syndicated"]),  # Modi-Putin, Delhi
    ("CONSULT", ["e04-hi", "e04-en", "e04-mx"]),               # Modi-Xi, Tianjin
    ("ASSAULT", ["e08-hi", "e08-en", "e08-mx"]),               # encounter, Kupwara
    ("AID", ["e10-hi", "e10-en", "e10-mx"]),                   # relief to Myanmar
    ("REQUEST", ["e13-hi", "e13-en", "e13-mx"]),               # Mamata Banerjee's demand
]


def _rows() -> list[dict[str, Any]]:
    return [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines()
            if line.strip()]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sample") / "sample.duckdb"
    summary = LocalExecutor(path, workers=1).ingest([str(SAMPLE)], progress=False)
    assert summary.rejects == 0, summary.reject_lines
    return path


@pytest.fixture
def con(db: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    c = connect(db, read_only=True)
    yield c
    c.close()


def _event_ids(con: duckdb.DuckDBPyConnection, doc_id: str, etype: str) -> set[str]:
    return {r[0] for r in con.execute(
        "SELECT event_id FROM mentions WHERE doc_id = ? AND type = ?", [doc_id, etype]
    ).fetchall()}


def test_the_sample_is_well_formed() -> None:
    rows = _rows()
    assert 60 <= len(rows) <= 120
    assert len({r["id"] for r in rows}) == len(rows)
    assert all(r["text"].strip() and r.get("published") for r in rows)


def test_every_line_is_a_document(con: duckdb.DuckDBPyConnection) -> None:
    rows = _rows()
    assert _one(con, "SELECT count(*) FROM documents") == len(rows)
    assert _one(con, "SELECT count(*) FROM rejects") == 0
    langs = dict(con.execute("SELECT lang, count(*) FROM documents GROUP BY lang").fetchall())
    assert {"hi", "en", "hi-en"} <= set(langs), langs
    assert _one(con, "SELECT count(*) FROM mentions WHERE event_id IS NULL") == 0
    # Deduplication did something: fewer events than mentions.
    n_mentions, n_events = _row(
        con, "SELECT (SELECT count(*) FROM mentions), (SELECT count(*) FROM events)")
    assert 0 < n_events < n_mentions


@pytest.mark.parametrize(("etype", "doc_ids"), SAME_EVENT, ids=[d[0] for _, d in SAME_EVENT])
def test_reports_in_several_languages_are_one_event(con: duckdb.DuckDBPyConnection, etype: str,
                                                     doc_ids: list[str]) -> None:
    per_doc = {d: _event_ids(con, d, etype) for d in doc_ids}
    assert all(per_doc.values()), f"reports without a {etype} mention: {per_doc}"
    common = set.intersection(*per_doc.values())
    assert len(common) == 1, per_doc
    (event_id,) = common
    n_mentions, n_articles, articles, languages = _row(
        con, "SELECT n_mentions, n_articles, articles, languages FROM events WHERE event_id = ?",
        [event_id])
    assert n_mentions >= len(doc_ids) and n_articles >= len(doc_ids)
    assert set(doc_ids) <= set(articles)
    assert {"hi", "en"} <= set(languages)
    doc_langs = {r[0] for r in con.execute(
        "SELECT DISTINCT lang FROM documents WHERE list_contains(?, id)", [articles]).fetchall()}
    assert {"hi", "en", "hi-en"} <= doc_langs


def test_look_alikes_stay_apart(con: duckdb.DuckDBPyConnection) -> None:
    # Jaishankar and Lavrov in Moscow on 18 November and in New Delhi on 4 December.
    moscow = set.intersection(*(_event_ids(con, d, "CONSULT") for d in ("e01-hi", "e01-en")))
    delhi = set.intersection(*(_event_ids(con, d, "CONSULT") for d in ("e02-hi", "e02-en")))
    assert len(moscow) == 1 and len(delhi) == 1 and moscow != delhi
    # An announced visit is not the meeting itself.
    planned = _event_ids(con, "e20-hi-planned", "CONSULT")
    met = _event_ids(con, "e03-hi", "CONSULT")
    assert planned and met and not planned & met


def test_negatives_give_no_mentions(con: duckdb.DuckDBPyConnection) -> None:
    negatives = [r["id"] for r in _rows() if r["id"].startswith("neg-")]
    assert len(negatives) >= 10
    found = con.execute("SELECT doc_id, type, sentence FROM mentions WHERE list_contains(?, doc_id)",
                        [negatives]).fetchall()
    assert found == []
    assert _one(con, "SELECT sum(n_events) FROM documents WHERE list_contains(?, id)",
                [negatives]) == 0


def test_query_by_devanagari_alias(con: duckdb.DuckDBPyConnection) -> None:
    putin = find_events(con, EventQuery(actor="पुतिन", type="CONSULT", since=None))
    ids = {(e["actor1"] or {}).get("id") for e in putin} | {(e["actor2"] or {}).get("id")
                                                          for e in putin}
    assert "person:vladimir-putin" in ids
    summit = [e for e in putin if e["date"] == "2025-12-05"]
    assert len(summit) == 1 and summit[0]["n_mentions"] >= 4
    assert "e03-en-syndicated" in summit[0]["articles"]
    # The same events whatever the script of the needle.
    latin = find_events(con, EventQuery(actor="Putin", type="CONSULT"))
    assert [e["event_id"] for e in latin] == [e["event_id"] for e in putin]
    jaishankar = find_events(con, EventQuery(actor="जयशंकर", type="CONSULT"))
    places = {(e["location"] or {}).get("name") for e in jaishankar}
    assert {"Moscow", "New Delhi", "Beijing"} <= places


def test_ingesting_again_changes_nothing(db: Path, tmp_path: Path) -> None:
    before = dump(db)
    summary = LocalExecutor(db, workers=1).ingest([str(SAMPLE)], progress=False)
    assert summary.documents == 0 and summary.skipped == len(_rows())
    assert dump(db) == before
