"""Fuzzing the store: any shard record is stored or quarantined (never a crash that would be
replayed), and a randomly damaged store file gives exit 0 or 1, never a traceback."""

from __future__ import annotations

import itertools
import json
import random
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

HERE = Path(__file__).resolve().parent
for folder in (HERE, HERE.parent / "store"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from hostile import flip_bits, poison  # noqa: E402

from ghatna.cli import main  # noqa: E402
from ghatna.store.loader import Store  # noqa: E402
from ghatna.store.records import content_hash, doc_key  # noqa: E402

FAKE = "store_fake_extractor:extract"
FAST = settings(max_examples=25, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])
FIELDS = ["id", "url", "title", "source", "published", "lang", "length", "events", "doc_key",
          "content_hash"]


def record(i: int, **override: Any) -> dict[str, Any]:
    chash = content_hash(f"text {i}")
    rec = {"kind": "doc", "doc_key": doc_key(f"d{i}", chash), "id": f"d{i}",
           "content_hash": chash, "source": "s", "url": None, "title": None,
           "published": "2025-03-01", "lang": "en", "length": 6,
           "events": [{"type": "CONSULT", "actor1": {"name": f"A{i}"}, "date": "2025-03-01",
                       "sentence": "s", "span": [0, 1]}]}
    rec.update(override)
    return rec


event_values = st.fixed_dictionaries({}, optional={
    name: poison for name in ("type", "actor1", "actor2", "date", "location", "span",
                              "sentence_span", "confidence", "context", "planned")})


_serial = itertools.count()


def shard_case(store: Store, bad: dict[str, Any], events: list[dict[str, Any]],
               with_events: bool) -> None:
    base = 3 * next(_serial)
    poisoned = record(base + 1, **bad)
    if with_events:
        poisoned["events"] = events
    result = store.load_records([record(base), poisoned, record(base + 2)])
    ids = {r[0] for r in store.con.execute("SELECT id FROM documents").fetchall()}
    assert {f"d{base}", f"d{base + 2}"} <= ids
    # the poisoned record is stored, found stored already, or quarantined as a reject
    assert result.documents + result.skipped + result.seen_rejects == 3


def build_store(folder: Path) -> bytes:
    """A small real store (the fake extractor), as bytes to damage."""
    from store_fake_extractor import make_text

    src = folder / "c.jsonl"
    src.write_text("".join(json.dumps({"id": f"d{i}", "published": "2025-03-01", "text": make_text(
        f"story {i}", [{"type": "CONSULT", "actor1": {"name": f"Minister {i % 5}"},
                        "actor2": {"name": "Envoy"}, "date": f"2025-03-{1 + i % 28:02d}",
                        "sentence": "s", "span": [0, 1]}])}) + "\n" for i in range(60)),
                   encoding="utf-8")
    db = folder / "s.duckdb"
    assert main(["ingest", str(src), "--db", str(db), "--extractor", FAKE, "--quiet"]) == 0
    return db.read_bytes()


def damaged_store_case(folder: Path, store_bytes: bytes, seed: int, damage: str) -> None:
    rng = random.Random(seed)
    data = store_bytes
    if damage == "cut":
        data = data[:rng.randrange(len(data))]
    elif damage == "flip":
        data = flip_bits(data, rng, rng.randint(1, 64))
    else:
        start = rng.randrange(len(data))
        data = data[:start] + bytes(min(4096, len(data) - start)) + data[start + 4096:]
    db = folder / "s.duckdb"
    db.write_bytes(data)
    for argv in (["stats", "--json"], ["query", "--actor", "Minister 1"],
                 ["export", "--format", "jsonl", "--out", str(folder / "o.jsonl")]):
        assert main([*argv, "--db", str(db)]) in (0, 1)


SHARD_ARGS = (st.dictionaries(st.sampled_from(FIELDS), poison, min_size=1),
              st.lists(event_values, max_size=3), st.booleans())
DAMAGE_ARGS = (st.integers(0, 2**32), st.sampled_from(["cut", "flip", "zero"]))


def test_any_shard_record_is_stored_or_quarantined(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        @FAST
        @given(st.tuples(*SHARD_ARGS))
        def run(values: tuple[Any, ...]) -> None:
            shard_case(store, *values)

        run()


def test_a_damaged_store_never_gives_a_traceback(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    built = build_store(tmp_path_factory.mktemp("built"))

    @settings(FAST, max_examples=15)
    @given(st.tuples(*DAMAGE_ARGS))
    def run(values: tuple[Any, ...]) -> None:
        damaged_store_case(tmp_path_factory.mktemp("d"), built, *values)

    run()
