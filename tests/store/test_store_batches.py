"""Clustering in batches of blocks (bounded memory) gives the same store as one single pass."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Any

import pytest
from conftest import dump, ev
from store_fake_extractor import extract, make_text

from ghatna.data import Document, parse_published
from ghatna.store.dedup import cluster_items
from ghatna.store.loader import _BLOCK_MENTIONS_SQL, Store, _item
from ghatna.store.records import doc_record

COUNTRIES = ("IND", "NPL", "BGD", "LKA", "PAK", "CHN")


def _records(n: int, seed: int = 7) -> list[dict[str, Any]]:
    """Shard records of a generated corpus: many blocks of very different sizes, with day,
    month, year and undated mentions, places and no places, plans and denials."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        published = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(90))
        events = []
        for _ in range(rng.choice((1, 1, 2, 3))):
            day = published - dt.timedelta(days=rng.randrange(4))
            date = rng.choice((day.isoformat(), day.isoformat(), day.isoformat()[:7],
                               str(day.year), None))
            etype = rng.choice(("CONSULT", "CONSULT", "ACCUSE", "AGREE", "THREATEN"))
            a1 = f"Minister {int(rng.paretovariate(1.2)) % 12}"  # a few very large blocks
            a2 = rng.choice((f"Envoy {rng.randrange(4)}", None))
            place = rng.choice((None, "Moscow", "Sochi"))
            extra = {"planned": True} if rng.random() < 0.1 else {}
            events.append(ev(etype, a1, a2, date, place, rng.choice(("hi", "en", "hi-en")),
                             **extra))
            # ministers of several countries: blocks are by country (store/records.py)
            events[-1]["actor1"]["country"] = COUNTRIES[int(a1.split()[1]) % len(COUNTRIES)]
        doc = Document(id=f"g{i:05d}", raw=make_text(f"story {i}", events),
                       published=parse_published(published.isoformat()), url=f"https://s{i % 5}.example/{i}",
                       source=f"wire{i % 5}")
        doc, evs = extract(doc)
        rec = doc_record(doc, evs)
        rec["lang"] = doc.lang
        out.append(rec)
    return out


def _single_pass(db: Path) -> dict[str, str]:
    """mention_id -> event_id clustering every mention of the store at once (the reference)."""
    with Store(db) as store:
        con = store.con
        con.execute("CREATE TEMP TABLE batch_blocks AS SELECT DISTINCT block_key FROM mentions")
        items = [_item(r) for r in con.execute(_BLOCK_MENTIONS_SQL).fetchall()]
    return cluster_items(items)


@pytest.fixture(scope="module")
def generated() -> list[dict[str, Any]]:
    return _records(600)


def test_batches_equal_one_pass(tmp_path: Path, generated: list[dict[str, Any]]) -> None:
    dumps = []
    for size in (1, 37, 10**9):  # one block per batch, a few blocks, everything at once
        db = tmp_path / f"b{size}.duckdb"
        with Store(db) as store:
            for start in range(0, len(generated), 50):
                store.load_records(generated[start:start + 50])
            n_events = store.finalize(batch_mentions=size)
            assert store.pending() == 0
        tables = dump(db)
        assert n_events == len(tables["events"])
        dumps.append(tables)
    assert dumps[0] == dumps[1] == dumps[2]
    mentions = dumps[0]["mentions"]
    assert len({m[5] for m in mentions}) > 20  # many blocks
    with Store(tmp_path / "b1.duckdb") as store:
        stored = dict(store.con.execute("SELECT mention_id, event_id FROM mentions").fetchall())
    assert stored == _single_pass(tmp_path / "b1.duckdb")


def test_incremental_batches_equal_one_ingest(tmp_path: Path,
                                              generated: list[dict[str, Any]]) -> None:
    """Finalize after every load (blocks re-clustered as they grow) = one finalize at the end."""
    one, many = tmp_path / "one.duckdb", tmp_path / "many.duckdb"
    with Store(one) as store:
        store.load_records(generated)
        store.finalize()
    with Store(many) as store:
        for start in range(0, len(generated), 120):
            store.load_records(generated[start:start + 120][::-1])
            store.finalize(batch_mentions=25)
    assert dump(one) == dump(many)


def test_interrupted_finalize_is_finished_by_the_next(tmp_path: Path,
                                                      generated: list[dict[str, Any]],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """A failure (or kill) after some batches committed: the next finalize ends the same."""
    reference = tmp_path / "ref.duckdb"
    with Store(reference) as store:
        store.load_records(generated)
        store.finalize()
    db = tmp_path / "s.duckdb"
    calls = {"n": 0}
    original = Store._cluster_batch

    def flaky(self: Store) -> int:
        calls["n"] += 1
        if calls["n"] == 4:
            raise KeyboardInterrupt
        return original(self)

    with Store(db) as store:
        store.load_records(generated)
        monkeypatch.setattr(Store, "_cluster_batch", flaky)
        with pytest.raises(KeyboardInterrupt):
            store.finalize(batch_mentions=60)
        monkeypatch.setattr(Store, "_cluster_batch", original)
        left = store.pending()
        assert 0 < left < len(dump(reference)["mentions"])  # some batches were committed
    with Store(db) as store:
        store.finalize(batch_mentions=60)
    assert dump(db) == dump(reference)


def test_shuffled_small_batches_equal_one_pass(tmp_path: Path,
                                               generated: list[dict[str, Any]]) -> None:
    """Re-clustering only the runs of overlapping dates a batch touches = clustering all."""
    shuffled = generated[:]
    random.Random(3).shuffle(shuffled)
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        for start in range(0, len(shuffled), 45):
            store.load_records(shuffled[start:start + 45])
            store.finalize()
        stored = dict(store.con.execute("SELECT mention_id, event_id FROM mentions").fetchall())
    assert stored == _single_pass(db)


def test_a_batch_of_new_days_reclusters_only_itself(tmp_path: Path,
                                                    generated: list[dict[str, Any]],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    later = [r for r in _records(60, seed=11)]
    # the same blocks, two years later (a year later, an undated report of early January
    # could join an event dated only "2025": its week overlaps that year)
    for rec in later:
        rec["published"] = "2027" + rec["published"][4:] if rec.get("published") else None
        for event in rec["events"]:
            if event.get("date"):
                event["date"] = "2027" + event["date"][4:]
        rec["id"] = "late-" + rec["id"]
        rec["doc_key"] = "late" + rec["doc_key"]
    seen: list[int] = []
    original = cluster_items

    def counting(items: list[Any]) -> dict[str, str]:
        seen.append(len(items))
        return original(items)

    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        store.load_records(generated)
        store.finalize()
        monkeypatch.setattr("ghatna.store.loader.cluster_items", counting)
        store.load_records(later)
        store.finalize()
        new = store.con.execute("SELECT count(*) FROM mentions m JOIN documents d "
                                "USING (doc_key) WHERE d.id LIKE 'late-%'").fetchall()[0][0]
        stored = dict(store.con.execute("SELECT mention_id, event_id FROM mentions").fetchall())
    assert sum(seen) == new > 0
    assert stored == _single_pass(db)
