#!/usr/bin/env python3
"""English event typing against the PLOVER gold standard records (PLOVER_GSR_CAMEO.txt).

Data: ``../shared/external/plover/PLOVER_GSR_CAMEO.txt`` (CC BY-SA 4.0; read in place), a JSON
array of records with ``text`` (one English sentence), ``event`` (a PLOVER 0.5b1 type),
``date`` and ``language``. The ``DOCUMENT`` record is skipped. Old type names are mapped to
the current ones: DEMAND -> REQUEST, DISAPPROVE -> ACCUSE, INVESTIGATE -> ACCUSE,
FIGHT -> ASSAULT.

Each sentence is run through the full pipeline as a document of its own (``published`` = the
record's date). The **top event** is the predicted event with the highest confidence (the
first one on a tie). Reported:

* **accuracy** = sentences whose top event's type equals the gold type / all gold sentences
  (a sentence without any event counts as wrong);
* **any-type accuracy** = sentences where some predicted event has the gold type / all;
* **coverage** = sentences with at least one event / all;
* **accuracy when covered** = accuracy over the covered sentences only;
* per gold type: count, correct, recall and the most frequent wrong predictions;
* pipeline exceptions, if any (such a sentence counts as wrong).

The misses (gold type, predicted types, sentence) go to ``bench/out/plover_misses.tsv``.

Held-out part (session 12): the records are not training data (``training/train_events.py``
reads none of them), but earlier sessions read every miss and wrote patterns from them, so the
whole set is in-sample for the rules. A fixed third of the records (``held_out``: CRC-32 of the
record id, remainder 0 of 3) is therefore set apart: its accuracy is reported beside the
accuracy of the other two thirds (the *study* part), and only study misses are written to the
misses file. Read the study misses to find kinds of errors; the held figure says whether a fix
of a kind also holds where nobody looked (``--all-misses`` writes every miss, for a final check).
"""

from __future__ import annotations

import argparse
import json
import sys
import zlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "external" / "plover" / "PLOVER_GSR_CAMEO.txt"
OUT_DIR = ROOT / "bench" / "out"
OLD_TYPES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
             "FIGHT": "ASSAULT"}
NONE = "(none)"
HELD_MODULUS = 3  # one record in three is held out
ERROR = "(error)"


@dataclass(slots=True)
class Outcome:
    """What the pipeline did with one gold sentence."""

    id: str
    gold: str
    top: str  # NONE when no event
    predicted: list[str]
    text: str

    @property
    def correct(self) -> bool:
        return self.top == self.gold


@dataclass(slots=True)
class TypeStats:
    """Per gold type: how many, how many right, what the wrong ones became."""

    total: int = 0
    correct: int = 0
    confused_with: Counter[str] = field(default_factory=Counter)


def load_records(path: Path) -> list[dict[str, Any]]:
    """Gold sentences with a mapped type (the DOCUMENT record and untyped ones dropped)."""
    with path.open(encoding="utf-8") as fh:
        records = json.load(fh)
    gold = []
    for record in records:
        etype = OLD_TYPES.get(record.get("event", ""), record.get("event", ""))
        if etype and etype != "DOCUMENT" and record.get("text"):
            gold.append({**record, "gold_type": etype})
    return gold


def held_out(record_id: str) -> bool:
    """Is this record in the held-out third (stable: the CRC-32 of its id)?"""
    return zlib.crc32(record_id.encode("utf-8")) % HELD_MODULUS == 0


def top_event_type(events: list[Any]) -> str:
    """The type of the most confident event (first on a tie), or NONE."""
    if not events:
        return NONE
    best = max(range(len(events)), key=lambda i: (events[i].confidence, -i))
    return str(events[best].type)


def run_pipeline(records: list[dict[str, Any]]) -> list[Outcome]:
    """One :class:`Outcome` per gold sentence."""
    from ghatna.data import Document
    from ghatna.pipeline.pipeline import default_pipeline

    pipeline = default_pipeline()
    outcomes = []
    for record in records:
        doc = Document(id=str(record["id"]), raw=record["text"], published=record.get("date"))
        try:
            events = pipeline.extract(doc)
            top = top_event_type(events)
        except Exception as exc:  # a pipeline bug: scored as wrong and listed with the misses
            events, top = [], f"{ERROR} {type(exc).__name__}: {exc}"
        outcomes.append(Outcome(id=doc.id, gold=record["gold_type"], top=top,
                                predicted=[e.type for e in events], text=record["text"]))
    return outcomes


def summarize(outcomes: list[Outcome]) -> tuple[dict[str, float], dict[str, TypeStats]]:
    """Overall figures and per-type statistics."""
    n = len(outcomes)
    covered = [o for o in outcomes if o.top != NONE and not o.top.startswith(ERROR)]
    correct = sum(o.correct for o in outcomes)
    by_type: dict[str, TypeStats] = defaultdict(TypeStats)
    for o in outcomes:
        stats = by_type[o.gold]
        stats.total += 1
        if o.correct:
            stats.correct += 1
        else:
            stats.confused_with[ERROR if o.top.startswith(ERROR) else o.top] += 1
    figures = {
        "sentences": n,
        "accuracy": correct / n if n else 0.0,
        "any_type_accuracy": sum(o.gold in o.predicted for o in outcomes) / n if n else 0.0,
        "coverage": len(covered) / n if n else 0.0,
        "accuracy_when_covered": correct / len(covered) if covered else 0.0,
        "errors": sum(o.top.startswith(ERROR) for o in outcomes),
    }
    return figures, dict(sorted(by_type.items()))


def print_report(figures: dict[str, float], by_type: dict[str, TypeStats]) -> None:
    print(f"PLOVER GSR: {figures['sentences']} English sentences")
    print(f"  accuracy (top event type == gold)   {figures['accuracy']:.3f}")
    print(f"  any-type accuracy                    {figures['any_type_accuracy']:.3f}")
    print(f"  coverage (any event)                 {figures['coverage']:.3f}")
    print(f"  accuracy when covered                {figures['accuracy_when_covered']:.3f}")
    if figures["errors"]:
        print(f"  PIPELINE ERRORS                      {figures['errors']} (see the misses file)")
    print(f"\n{'gold type':10} {'n':>4} {'right':>5} {'recall':>6}  "
          "most frequent wrong predictions")
    for etype, s in by_type.items():
        wrong = ", ".join(f"{t} {c}" for t, c in s.confused_with.most_common(3))
        print(f"{etype:10} {s.total:4} {s.correct:5} {s.correct / s.total:6.2f}  {wrong}")


def write_misses(outcomes: list[Outcome], path: Path) -> int:
    """Tab-separated misses; returns how many."""
    path.parent.mkdir(parents=True, exist_ok=True)
    misses = [o for o in outcomes if not o.correct]
    with path.open("w", encoding="utf-8") as fh:
        fh.write("id\tgold\ttop\tall_predicted\ttext\n")
        for o in misses:
            text = " ".join(o.text.split())
            fh.write(f"{o.id}\t{o.gold}\t{o.top}\t{','.join(o.predicted) or NONE}\t{text}\n")
    return len(misses)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="PLOVER GSR file")
    parser.add_argument("--misses", type=Path, default=OUT_DIR / "plover_misses.tsv",
                        help="where to write the misses (of the study part)")
    parser.add_argument("--all-misses", action="store_true",
                        help="write the held-out part's misses too")
    args = parser.parse_args(argv)
    outcomes = run_pipeline(load_records(args.data))
    figures, by_type = summarize(outcomes)
    print_report(figures, by_type)
    study = [o for o in outcomes if not held_out(o.id)]
    held = [o for o in outcomes if held_out(o.id)]
    parts = {"study_accuracy": summarize(study)[0]["accuracy"],
             "held_accuracy": summarize(held)[0]["accuracy"]}
    print(f"  study part ({len(study)})  accuracy {parts['study_accuracy']:.3f}   "
          f"held-out part ({len(held)})  accuracy {parts['held_accuracy']:.3f}")
    count = write_misses(outcomes if args.all_misses else study, args.misses)
    print(f"\n{count} misses -> {args.misses}")
    print(json.dumps({k: round(v, 4) if isinstance(v, float) else v
                      for k, v in (figures | parts).items()}
                     | {"recall_by_type": {t: f"{s.correct}/{s.total}"
                                           for t, s in by_type.items()}}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
