"""The regression suite's rows that only a learned event codes, as a gold file: a guard of the
role trainer (``train_roles.py``). Its other guards, the seed and its retellings, hold no
learned event, so a setting that leaves learned events without their sides passed them while
the suite's learned rows (``tests/test_regression.py``) failed (docs/learned.md, session 13).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from ghatna.commands.eval import predict_all
from ghatna.evaluate import events_match, load_gold
from ghatna.learned.event_types import event_type_model
from ghatna.pipeline import code, detector

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
NO_PROPOSAL = 1.01  # an add threshold no probability reaches


def _rows(name: str) -> list[dict[str, str]]:
    lines = [ln for ln in (DATA / name).read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def _gold_rows() -> list[dict[str, Any]]:
    """The suite's rows as gold documents: those the coder is expected to get (not a known
    miss), asserted, with both sides named (the scorer cannot say "no actor or an implicit
    one", which the suite accepts for an unnamed side)."""
    misses = {ln.split()[0] for ln in (DATA / "regression_known_misses.txt").read_text(
        encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")}
    return [{"id": row["id"], "lang": row["lang"], "text": row["text"],
             "events": [{"type": row["type"], "actor1": {"name": row["actor1"]},
                         "actor2": {"name": row["actor2"]}}]}
            for row in _rows("regression_events.tsv")
            if row["id"] not in misses and row["negated"] != "true"
            and row["actor1"] and row["actor2"]]


@contextmanager
def _proposals_off() -> Iterator[None]:
    """The coder with the event-type model adding no type (first pass and retry)."""
    quiet = replace(event_type_model(), add_threshold=NO_PROPOSAL,
                    add_beside_threshold=NO_PROPOSAL)
    saved = detector.event_type_model, code.event_type_model
    detector.event_type_model = code.event_type_model = lambda: quiet  # type: ignore[assignment]
    try:
        yield
    finally:
        detector.event_type_model, code.event_type_model = saved  # type: ignore[assignment]


def _coded(path: Path) -> set[str]:
    """The ids of the rows whose event the coder finds (type and both sides)."""
    gold = load_gold(path)
    predictions, _ = predict_all(gold, warn=lambda _msg: None)
    return {g.id for g in gold
            if any(events_match(g.events[0], p) for p in predictions.get(g.id, []))}


def learned_rows(folder: Path) -> Path | None:
    """A gold file of the rows coded with the model's proposals and not without them (with the
    role model file as it is now written), or None when there are none."""
    records = _gold_rows()
    every = folder / "regression_rows.jsonl"
    every.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                     encoding="utf-8")
    with_proposals = _coded(every)
    with _proposals_off():
        without = _coded(every)
    learned = [r for r in records if r["id"] in with_proposals - without]
    if not learned:
        return None
    out = folder / "regression_learned.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in learned),
                   encoding="utf-8")
    return out
