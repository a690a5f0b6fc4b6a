"""The retelling filter: which of a document's events of one type are one act told again.

A news story tells its main act in the headline, again in the lead and again in the body,
each time with other words, and the coder reads each telling with its own sides: a named
minister once, "the two leaders" once, no target once. The annotators code the act once per
side pair, so the worse readings are false events. Merging retellings by a rule (same type,
same sides) was tried and rejected four times (docs/measurements.md: spur, prec13, fprec14,
fprec15): the gold codes many same-type acts of one story as separate events.

So this is learned. For every event of a document that shares its type with another asserted
event, a logistic model scores how likely it is to be a true event, from features that carry
to unseen news without word identity: where its sentence stands (headline, lead, body), how
its sides are known (named in the knowledge base, a new name, a group, assumed with no words,
none), how they compare with the other events of the type (equal, one shared, a missing
target the others have), date and plan agreement, and the coder's own confidence. An event
below the threshold is dropped, but never the best-scored of its type: a type told once in
a document is never touched, and neither is the last of a group.

The model file (``model/retellings.json``) is written by ``training/train_retellings.py``:
``{"enabled": bool, "bias": b, "weights": {feature: w}, "threshold": p}``; the threshold is
chosen out of fold on the train split by story folds.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..data import Actor, Document, Event
from .modelfile import read_model_file, sigmoid

MODEL_PATH = Path(__file__).parent / "model" / "retellings.json"
IMPLICIT_PREFIX = "implicit:"
BODY_FROM = 3  # sentence 0 is the headline, 1-2 the lead; the rest is body


@lru_cache(maxsize=1)
def retelling_model() -> dict[str, Any]:
    return read_model_file(MODEL_PATH, "retelling model")


def _side_kind(actor: Actor | None) -> str:
    """How a side is known: none, assumed or implicit (no words), in the knowledge base, or a
    name or group found in the text only."""
    if actor is None:
        return "none"
    if actor.id and actor.id.startswith(IMPLICIT_PREFIX):
        return "implicit"
    if actor.span is None:
        return "assumed"
    return "kb" if actor.id else f"new_{actor.kind}"


def _key(actor: Actor | None) -> str:
    if actor is None:
        return ""
    return actor.id or f"{actor.name.lower()}|{actor.country or ''}"


def _side(actor: Actor | None) -> tuple[str, str]:
    return (actor.country or "", actor.sector or "") if actor is not None else ("", "")


def _sentence_numbers(doc: Document) -> dict[int, int]:
    """Raw start offset of every sentence -> its number in the document."""
    return {doc.to_raw((s.start, s.end))[0]: k for k, s in enumerate(doc.sentences)}


def _place_features(event: Event, group: Sequence[Event], at: int,
                    sentence_no: int) -> dict[str, float]:
    where = "head" if sentence_no == 0 else "lead" if sentence_no < BODY_FROM else "body"
    same_sentence = any(o.sentence_span == event.sentence_span for k, o in enumerate(group)
                        if k != at)
    return {f"sent={where}": 1.0, "first_of_type": float(at == 0),
            "last_of_type": float(at == len(group) - 1), "same_sentence_other": float(same_sentence),
            "group_log": math.log(len(group))}


def _side_features(event: Event, group: Sequence[Event], at: int) -> dict[str, float]:
    """The event's sides, and how they stand beside the other events of its type."""
    others = [o for k, o in enumerate(group) if k != at]
    a1, a2 = _key(event.actor1), _key(event.actor2)
    feats = {f"a1={_side_kind(event.actor1)}": 1.0, f"a2={_side_kind(event.actor2)}": 1.0}
    flags = {
        "both_equal_earlier": any(_key(o.actor1) == a1 and _key(o.actor2) == a2
                                  for o in group[:at]),
        "both_equal_later": any(_key(o.actor1) == a1 and _key(o.actor2) == a2
                                for o in group[at + 1:]),
        "a1_shared": any(_key(o.actor1) == a1 for o in others),
        "a2_shared": any(_key(o.actor2) == a2 for o in others),
        "a2_same_side_other_name": any(_key(o.actor2) != a2 and _side(o.actor2) == _side(
            event.actor2) for o in others),
        "a1_same_side_other_name": any(_key(o.actor1) != a1 and _side(o.actor1) == _side(
            event.actor1) for o in others),
        "untargeted_beside_targeted": event.actor2 is None and any(o.actor2 is not None
                                                                  for o in others),
        "targets_conflict": event.actor2 is not None and any(
            o.actor2 is not None and _side(o.actor2) != _side(event.actor2)
            and _key(o.actor1) == a1 for o in others),
    }
    feats.update({name: 1.0 for name, on in flags.items() if on})
    return feats


def _state_features(event: Event, group: Sequence[Event], at: int) -> dict[str, float]:
    others = [o for k, o in enumerate(group) if k != at]
    flags = {
        "date_none": event.date is None,
        "date_shared": any(o.date == event.date for o in others),
        "planned": event.planned,
        "planned_differs": any(o.planned != event.planned for o in others),
        "mode": event.mode is not None,
        "lang_en": event.lang == "en",
    }
    feats = {name: 1.0 for name, on in flags.items() if on}
    feats["confidence"] = event.confidence
    feats["confidence_below_best"] = max(o.confidence for o in group) - event.confidence
    return feats


def retelling_features(event: Event, group: Sequence[Event], at: int,
                       sentence_no: int) -> dict[str, float]:
    """The features of ``group[at]`` (``event``), one of a document's events of one type."""
    return {**_place_features(event, group, at, sentence_no),
            **_side_features(event, group, at), **_state_features(event, group, at)}


def same_type_groups(events: Sequence[Event]) -> list[list[int]]:
    """Indexes of the asserted events of each type told more than once, in document order."""
    by_type: dict[str, list[int]] = defaultdict(list)
    for k, event in enumerate(events):
        if not (event.negated or event.hypothetical):
            by_type[event.type].append(k)
    return [group for group in by_type.values() if len(group) > 1]


def group_features(events: Sequence[Event], doc: Document) -> dict[int, dict[str, float]]:
    """Index of every event told beside another of its type -> its features."""
    numbers = _sentence_numbers(doc)
    out: dict[int, dict[str, float]] = {}
    for group in same_type_groups(events):
        members = [events[k] for k in group]
        for at, k in enumerate(group):
            out[k] = retelling_features(members[at], members, at,
                                        numbers.get(members[at].sentence_span[0], BODY_FROM))
    return out


def _probability(model: dict[str, Any], features: dict[str, float]) -> float:
    weights = model["weights"]
    return sigmoid(model["bias"] + sum(weights.get(f, 0.0) * v for f, v in features.items()))


def drop_likely_retellings(events: list[Event], doc: Document,
                           model: dict[str, Any] | None = None) -> list[Event]:
    """The events without those the model takes for a worse retelling of an act of its type
    (never the best-scored event of a type)."""
    model = retelling_model() if model is None else model
    if not model.get("enabled"):
        return events
    features = group_features(events, doc)
    if not features:
        return events
    scores = {k: _probability(model, f) for k, f in features.items()}
    drop: set[int] = set()
    for group in same_type_groups(events):
        best = max(group, key=lambda k: (scores[k], -k))
        drop.update(k for k in group if k != best and scores[k] < model["threshold"])
    return [e for k, e in enumerate(events) if k not in drop]
