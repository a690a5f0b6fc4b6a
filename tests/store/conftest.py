"""Helpers for the store tests: corpora in the fake extractor's format, ingest, table dumps."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:  # the fake extractor must import in spawned workers too
    sys.path.insert(0, str(HERE))

from store_fake_extractor import make_text  # noqa: E402  (after the path set-up)

FAKE = "store_fake_extractor:extract"


def ev(etype: str, a1: str, a2: str | None, date: str | None, place: str | None = None,
       lang: str = "en", **extra: Any) -> dict[str, Any]:
    """A hand-built event record (actors keyed by name + IND/RUS country)."""
    return {"type": etype,
            "actor1": {"name": a1, "id": None, "country": "IND", "sector": "GOV", "text": a1},
            "actor2": ({"name": a2, "id": None, "country": "RUS", "sector": "GOV", "text": a2}
                       if a2 else None),
            "date": date,
            "location": {"name": place, "country": "RUS", "kind": "city"} if place else None,
            "lang": lang, "confidence": 0.7, "sentence": f"{a1} {etype} {a2}", "span": [0, 3],
            **extra}


def corpus(n: int, seed: int = 0) -> list[dict[str, Any]]:
    """n JSONL records whose events repeat (so dedup has work) across three languages."""
    rows = []
    for i in range(n):
        k = (i * 7 + seed) % 23
        day = 1 + k % 28
        lang = ("hi", "en", "hi-en")[i % 3]
        events = [ev("CONSULT", f"Minister {k % 5}", f"Envoy {k % 3}", f"2025-03-{day:02d}",
                     "Moscow" if i % 2 else None, lang)]
        if i % 4 == 0:
            events.append(ev("ACCUSE", f"Minister {k % 5}", None, "2025-03", None, lang))
        rows.append({"id": f"d{i:04d}", "text": make_text(f"story {i}", events),
                     "published": f"2025-03-{day:02d}", "url": f"https://site{i % 4}.example/{i}",
                     "source": f"wire{i % 4}"})
    return rows


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                    encoding="utf-8")
    return path


def dump(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    from ghatna.store.loader import table_dump
    from ghatna.store.schema import connect

    con = connect(db, read_only=True)
    try:
        return table_dump(con)
    finally:
        con.close()


@pytest.fixture
def small_corpus(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "corpus.jsonl", corpus(60))
