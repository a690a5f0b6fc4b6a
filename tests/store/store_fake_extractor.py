"""A stand-in extractor for store tests: the events are written into the document.

A test document is free text, then a line ``@@`` and a JSON list of event records. This lets
the store be tested (dedup, idempotency, crash safety, workers) without the language pipeline
and fast. ``GHATNA_FAKE_SLEEP`` (seconds per document) slows it down for the kill test;
a document containing ``@@BOOM`` makes it raise.
"""

from __future__ import annotations

import json
import os
import time
from typing import Any

from ghatna.data import Document

MARK = "\n@@\n"


def make_text(body: str, events: list[dict[str, Any]]) -> str:
    return body + MARK + json.dumps(events, ensure_ascii=False)


def extract(doc: Document) -> tuple[Document, list[dict[str, Any]]]:
    delay = float(os.environ.get("GHATNA_FAKE_SLEEP", "0") or 0)
    if delay:
        time.sleep(delay)
    if "@@BOOM" in doc.raw:
        raise RuntimeError("boom")
    _, _, payload = doc.raw.partition(MARK)
    events = json.loads(payload) if payload.strip() else []
    for ev in events:
        ev.setdefault("doc_id", doc.id)
    doc.lang = events[0].get("lang", "en") if events else "en"
    return doc, events
