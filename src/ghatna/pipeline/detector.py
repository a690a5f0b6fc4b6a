"""The learned event detector in the coder: the event-type model (``learned/event_types.py``)
reads each sentence once; it vetoes pattern matches whose type it finds very unlikely there,
and, in sentences where no pattern matched, proposes the types it finds likely, each anchored
at the sentence's most indicative word.

A proposed type becomes a :class:`Match` of a pattern made for it (no flags, any target
marker, the type's default CAMEO code), so the role rules, dates, places and the rest of the
coder treat it like any other predicate.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..data import Mention, Sentence
from ..learned.event_types import EventTypeModel, event_type_model
from ..learned.features import sentence_features
from ..ontology import plover_types
from .clauses import clause_around
from .dates import is_future
from .predicates import Element, Match, Pattern

LEARNED = "learned"  # pattern id prefix and flag of a learned match


@dataclass(slots=True)
class Detection:
    probabilities: dict[str, float]
    proposed: list[tuple[Match, float]]  # learned matches and their probability

    def keeps(self, match: Match, model: EventTypeModel) -> bool:
        return self.probabilities.get(match.pattern.type, 1.0) >= model.keep_threshold


@lru_cache(maxsize=64)
def learned_pattern(etype: str, lang: str) -> Pattern:
    return Pattern(id=f"{LEARNED}.{etype}.{lang}", lang=lang,
                   elements=(Element(kind="class"),), type=etype, mode=None,
                   cameo=plover_types()[etype].default_cameo or None, target_markers=None,
                   flags=frozenset({LEARNED}), default_agent=None, example="", text="")


def _anchor(sentence: Sentence, mentions: list[Mention], etype: str,
            model: EventTypeModel) -> int | None:
    """The token that says this type most (a positive unigram weight), outside mentions."""
    covered = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
    best, best_weight = None, 0.0
    for i, tok in enumerate(sentence.tokens):
        if i in covered or not tok.norm:
            continue
        weight = model.trigger_weight(etype, tok.norm)
        if weight > best_weight:
            best, best_weight = i, weight
    return best


def detect(sentence: Sentence, mentions: list[Mention], matches: list[Match],
           negations: set[int]) -> Detection:
    model = event_type_model()
    features = sentence_features(sentence, mentions)
    probabilities = model.probabilities(features)
    lang = "hi" if sentence.lang == "hi" else "en"
    proposed: list[tuple[Match, float]] = []
    if matches:
        # where a pattern fired, the model only vetoes: a second type proposed next to a
        # pattern's is mostly the same act read twice
        return Detection(probabilities, proposed)
    for etype, p in sorted(probabilities.items(), key=lambda kv: -kv[1]):
        if p < model.add_threshold:
            continue
        at = _anchor(sentence, mentions, etype, model)
        if at is None:
            continue
        tense = "future" if is_future(clause_around(sentence, at)) else "past"
        match = Match(pattern=learned_pattern(etype, lang), start=at, end=at + 1, tense=tense,
                      token_start=at, token_end=at + 1)
        match.negated = any(at - 2 <= n <= at + 1 for n in negations)
        proposed.append((match, p))
    return Detection(probabilities, proposed)
