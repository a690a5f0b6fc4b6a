"""Score predicted events against hand-labelled gold documents.

This is ghatna's own scorer. It implements the matching rules documented in
``../shared/eval/README.md`` so that ``ghatna eval`` and the shared ``score.py`` agree:

* a predicted event matches a gold event of the same document when the **types** are equal and
  **both actors** match; ``actor2`` may be absent on both sides;
* two actors match when their names share a *significant word* (three letters or more, not a
  title or filler word) and their countries do not contradict each other, or else when both
  carry the same country and the same sector;
* for the symmetric types (CONSULT, COOPERATE, AGREE) the actors may come in either order;
* every gold event is matched at most once: gold events are taken in file order and each takes
  the first unused predicted event that matches it;
* **date** and **location** accuracy are computed over matched events only. A date is right
  when the prediction starts with the gold date (it may be more precise) or the gold date starts
  with the prediction and the prediction has at least month precision. A location is right when
  the countries do not contradict and the names share a significant word (or the gold location
  has no name).

Events are plain dicts in the event-record shape (``Event.to_dict()`` or a gold event); only
``type``, ``actor1``, ``actor2``, ``date`` and ``location`` are read.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError
from .ontology import symmetric_types

EventDict = Mapping[str, Any]


#: Words that say nothing about *which* actor is meant: titles, honorifics, generic nouns.
INSIGNIFICANT_WORDS = frozenset(
    ["the", "of", "and", "mr", "ms", "mrs", "dr", "shri", "smt", "s", "govt", "government", "minister", "ministry", "president", "prime", "chief", "state", "republic", "india's", "national", "party", "police", "army", "force", "forces", "people", "group"]
)

_WORD = re.compile(r"\w+")
_MIN_WORD_LEN = 3


def significant_words(name: str | None) -> frozenset[str]:
    """The words of a name that can identify an actor or place (lower-cased, NFKC)."""
    if not name:
        return frozenset()
    folded = unicodedata.normalize("NFKC", name).lower()
    return frozenset(
        w for w in _WORD.findall(folded)
        if len(w) >= _MIN_WORD_LEN and w not in INSIGNIFICANT_WORDS
    )


def _countries_conflict(a: str | None, b: str | None) -> bool:
    """Two countries contradict each other only when both are known and differ."""
    return bool(a) and bool(b) and a != b


def actors_match(gold: Mapping[str, Any] | None, pred: Mapping[str, Any] | None) -> bool:
    """Whether a predicted actor stands for the gold actor (see the module docstring)."""
    if gold is None or pred is None:
        return gold is None and pred is None
    if significant_words(gold.get("name")) & significant_words(pred.get("name")):
        return not _countries_conflict(gold.get("country"), pred.get("country"))
    country, sector = gold.get("country"), gold.get("sector")
    return bool(country and sector) and (country, sector) == (
        pred.get("country"), pred.get("sector"))


def events_match(gold: EventDict, pred: EventDict) -> bool:
    """Same type and same actors (in either order for a symmetric type)."""
    etype = gold.get("type")
    if etype != pred.get("type"):
        return False
    g1, g2 = gold.get("actor1"), gold.get("actor2")
    p1, p2 = pred.get("actor1"), pred.get("actor2")
    if actors_match(g1, p1) and actors_match(g2, p2):
        return True
    return etype in symmetric_types() and actors_match(g1, p2) and actors_match(g2, p1)


def date_correct(gold: EventDict, pred: EventDict) -> bool:
    """A matched event's date agrees with gold (no gold date: nothing to check)."""
    want, got = gold.get("date"), pred.get("date")
    if not want:
        return True
    if not got:
        return False
    if got.startswith(want):
        return True
    # A coarser prediction is accepted down to month precision ("2025-08" for "2025-08-19").
    return want.startswith(got) and len(got) >= len("YYYY-MM")


def location_correct(gold: EventDict, pred: EventDict) -> bool:
    """A matched event's location agrees with gold (no gold location: nothing to check)."""
    want, got = gold.get("location"), pred.get("location")
    if not want:
        return True
    if not got:
        return False
    if _countries_conflict(want.get("country"), got.get("country")):
        return False
    if not want.get("name"):
        return True
    return bool(significant_words(want.get("name")) & significant_words(got.get("name")))


@dataclass(slots=True)
class ScoreError:
    """An unmatched event: ``kind`` is ``missed`` (gold only) or ``spurious`` (predicted only)."""

    kind: str
    doc_id: str
    event: dict[str, Any]

    def describe(self, evidence: bool = False) -> str:
        """One line (two with ``evidence``) for a human reader."""
        ev = self.event
        loc = (ev.get("location") or {}).get("name")
        line = (f"{self.kind:8} {self.doc_id}: {ev.get('type')} "
                f"{_actor_label(ev.get('actor1'))} -> {_actor_label(ev.get('actor2'))} "
                f"date={ev.get('date')} loc={loc}"
                + (" planned" if ev.get("planned") else ""))
        text = ev.get("evidence") or ev.get("sentence")
        if evidence and text:
            line += f"\n         | {' '.join(str(text).split())[:200]}"
        return line

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "doc_id": self.doc_id, "event": self.event}


def _actor_label(actor: Mapping[str, Any] | None) -> str:
    if not actor:
        return "-"
    extra = "/".join(str(x) for x in (actor.get("country"), actor.get("sector")) if x)
    return f"{actor.get('name')}({extra})" if extra else str(actor.get("name"))


@dataclass(slots=True)
class TypeCount:
    """Gold events of one type and how many of them were found."""

    gold: int = 0
    found: int = 0


@dataclass(slots=True)
class ScoreReport:
    """The figures of one scoring run plus the unmatched events."""

    documents: int = 0
    documents_without_prediction: int = 0
    matched: int = 0
    missed: int = 0
    spurious: int = 0
    dates_right: int = 0
    locations_right: int = 0
    by_type: dict[str, TypeCount] = field(default_factory=dict)
    errors: list[ScoreError] = field(default_factory=list)

    @property
    def gold_events(self) -> int:
        return self.matched + self.missed

    @property
    def predicted_events(self) -> int:
        return self.matched + self.spurious

    @property
    def precision(self) -> float:
        return _ratio(self.matched, self.predicted_events)

    @property
    def recall(self) -> float:
        return _ratio(self.matched, self.gold_events)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def date_accuracy(self) -> float:
        return _ratio(self.dates_right, self.matched)

    @property
    def location_accuracy(self) -> float:
        return _ratio(self.locations_right, self.matched)

    def recall_by_type(self) -> dict[str, str]:
        """``{"CONSULT": "3/4", ...}`` in type order."""
        return {t: f"{c.found}/{c.gold}" for t, c in sorted(self.by_type.items())}

    def to_dict(self, digits: int = 3) -> dict[str, Any]:
        """The figures, rounded, with the same keys as ``score.py --json``."""
        return {
            "documents": self.documents,
            "documents_without_prediction": self.documents_without_prediction,
            "gold_events": self.gold_events,
            "predicted_events": self.predicted_events,
            "matched": self.matched,
            "precision": round(self.precision, digits),
            "recall": round(self.recall, digits),
            "f1": round(self.f1, digits),
            "date_accuracy": round(self.date_accuracy, digits),
            "location_accuracy": round(self.location_accuracy, digits),
            "recall_by_type": self.recall_by_type(),
        }


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def first_unused_match(gold: EventDict, preds: Sequence[EventDict], used: set[int]) -> int | None:
    """Index of the first predicted event not yet used that matches ``gold``."""
    for index, pred in enumerate(preds):
        if index not in used and events_match(gold, pred):
            return index
    return None


def score_document(doc_id: str, gold: Sequence[EventDict], preds: Sequence[EventDict],
                   report: ScoreReport) -> None:
    """Match one document's events and add the outcome to ``report``."""
    used: set[int] = set()
    for g in gold:
        counts = report.by_type.setdefault(str(g.get("type")), TypeCount())
        counts.gold += 1
        hit = first_unused_match(g, preds, used)
        if hit is None:
            report.missed += 1
            report.errors.append(ScoreError("missed", doc_id, dict(g)))
            continue
        used.add(hit)
        counts.found += 1
        report.matched += 1
        report.dates_right += date_correct(g, preds[hit])
        report.locations_right += location_correct(g, preds[hit])
    for index, pred in enumerate(preds):
        if index not in used:
            report.spurious += 1
            report.errors.append(ScoreError("spurious", doc_id, dict(pred)))


def score(gold: Mapping[str, Sequence[EventDict]],
          pred: Mapping[str, Sequence[EventDict]]) -> ScoreReport:
    """Score every gold document; predicted documents absent from gold are ignored."""
    report = ScoreReport(documents=len(gold))
    for doc_id, gold_events in gold.items():
        if doc_id not in pred:
            report.documents_without_prediction += 1
        score_document(doc_id, gold_events, pred.get(doc_id, ()), report)
    return report


@dataclass(slots=True)
class GoldDocument:
    """One labelled document: what to run the extractor on and the events it should find."""

    id: str
    text: str
    published: str | None
    events: list[dict[str, Any]]
    lang: str | None = None


def score_by_language(gold_docs: Sequence[GoldDocument],
                      pred: Mapping[str, Sequence[EventDict]]) -> dict[str, ScoreReport]:
    """One report per document language (the gold file's ``lang``; ``?`` where it has none),
    so that a language the extractor reads worse is seen apart from the total."""
    groups: dict[str, dict[str, Sequence[EventDict]]] = {}
    for doc in gold_docs:
        groups.setdefault(doc.lang or "?", {})[doc.id] = doc.events
    return {lang: score(gold, pred) for lang, gold in sorted(groups.items())}


def _parse_gold_line(line: str, where: str) -> GoldDocument:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: not JSON ({exc.msg}); each line must be one gold "
                         "document object") from None
    if not isinstance(record, dict) or record.get("id") in (None, ""):
        raise InputError(f"{where}: a gold document needs an 'id'")
    events = record.get("events") or []
    if not isinstance(events, list) or not all(isinstance(e, dict) and e.get("type")
                                               for e in events):
        raise InputError(f"{where}: 'events' must be a list of objects with a 'type'")
    text = record.get("text")
    return GoldDocument(
        id=str(record["id"]),
        text=text if isinstance(text, str) else "",
        published=str(record["published"]) if record.get("published") else None,
        events=events,
        lang=record.get("lang"),
    )


def iter_jsonl_lines(path: str | Path) -> Iterable[tuple[str, str]]:
    """``(where, line)`` for every non-blank line, ``where`` being ``path:lineno``."""
    try:
        with open(path, encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                if line.strip():
                    yield f"{path}:{lineno}", line
    except FileNotFoundError:
        raise InputError(f"{path}: no such file; give a gold JSONL file") from None
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text ({exc.reason})") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None


def load_gold(path: str | Path) -> list[GoldDocument]:
    """Every document of a gold JSONL file (format: ``../shared/eval/README.md``)."""
    docs = [_parse_gold_line(line, where) for where, line in iter_jsonl_lines(path)]
    seen: set[str] = set()
    for doc in docs:
        if doc.id in seen:
            raise InputError(f"{path}: document id {doc.id!r} appears twice")
        seen.add(doc.id)
    return docs


def load_predictions(path: str | Path) -> dict[str, list[dict[str, Any]]]:
    """``{id: events}`` from a file of ``{"id": ..., "events": [...]}`` lines."""
    preds: dict[str, list[dict[str, Any]]] = {}
    for where, line in iter_jsonl_lines(path):
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: not JSON ({exc.msg})") from None
        if not isinstance(record, dict) or "id" not in record:
            raise InputError(f"{where}: a prediction line needs an 'id'")
        preds[str(record["id"])] = list(record.get("events") or [])
    return preds
