"""Hand-built document records in the loader's input format, and the documents the store
gave each event: shared by the store's dedup tests."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from ghatna.store.loader import Store
from ghatna.store.records import content_hash, doc_key


def doc_record(doc_id: str, published: str | None, events: list[dict[str, Any]],
               lang: str = "en") -> dict[str, Any]:
    """One document ("report DOC_ID") carrying these events."""
    text = f"report {doc_id}"
    chash = content_hash(text)
    return {"kind": "doc", "doc_key": doc_key(doc_id, chash), "id": doc_id,
            "content_hash": chash, "published": published, "lang": lang,
            "length": len(text), "events": events}


def docs_by_event(store: Store) -> dict[str, list[str]]:
    """The documents of each stored event, by event id."""
    by_event: dict[str, list[str]] = {}
    for doc_id, event_id in store.con.execute("SELECT doc_id, event_id FROM mentions").fetchall():
        by_event.setdefault(event_id, []).append(doc_id)
    return by_event


def event_groups(store: Store) -> list[list[str]]:
    """The documents of each stored event, sorted (event ids left out)."""
    return sorted(sorted(v) for v in docs_by_event(store).values())


def consult_record(doc_id: str, published: str | None, date: str | None, date_text: str | None,
                   actor1: dict[str, Any], actor2: dict[str, Any]) -> dict[str, Any]:
    """A report of one CONSULT between two actors, dated ``date`` by the words ``date_text``."""
    event = {"type": "CONSULT", "actor1": actor1, "actor2": actor2, "date": date,
             "date_text": date_text, "location": None, "planned": False, "negated": False,
             "lang": "en", "confidence": 0.8, "sentence": f"report {doc_id}", "span": [0, 1]}
    return doc_record(doc_id, published, [event])


def groups_after_batches(db: Path, batches: list[list[dict[str, Any]]]) -> list[list[str]]:
    """Load and finalize each batch in turn; the documents of each event (each list ends with
    the event's id). Checks on the way that the events table holds exactly those events."""
    with Store(db) as store:
        for batch in batches:
            store.load_records(batch)
            store.finalize()
        by_event = docs_by_event(store)
        events = store.con.execute("SELECT event_id, articles, n_mentions FROM events").fetchall()
    assert sorted((e, sorted(a), n) for e, a, n in events) == \
        sorted((e, sorted(d), len(d)) for e, d in by_event.items())
    return sorted(sorted(v) + [e] for e, v in by_event.items())


def groups_after_shuffled_batches(tmp_path: Path, docs: list[dict[str, Any]],
                                  seed: int) -> list[list[list[str]]]:
    """:func:`groups_after_batches` of three shuffles of ``docs`` (``random.Random(seed)``),
    each loaded as two batches cut after its first 1, 2 and 3 documents: what an order-free,
    incremental clustering must give as one pass does."""
    rng = random.Random(seed)
    results = []
    for n in range(3):
        shuffled = rng.sample(docs, len(docs))
        results.append(groups_after_batches(tmp_path / f"b{n}.duckdb",
                                            [shuffled[:n + 1], shuffled[n + 1:]]))
    return results
