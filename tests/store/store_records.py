"""Hand-built document records in the loader's input format, and the documents the store
gave each event: shared by the store's dedup tests."""

from __future__ import annotations

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
