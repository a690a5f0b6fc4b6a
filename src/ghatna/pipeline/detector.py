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
from ..learned.features import context_features, dense_features, words
from ..learned.word_vectors import word_vectors
from ..ontology import plover_types
from ..resources import word_class
from .calendar_words import only_a_date_word
from .clauses import clause_around
from .dates import is_future
from .matching import holds_obligation_modal
from .predicates import Element, Match, Pattern, function_word_set

LEARNED = "learned"  # pattern id prefix and flag of a learned match
MIN_ANCHOR = 3  # letters of the shortest word an event is anchored at (no particles)


@dataclass(slots=True)
class Detection:
    probabilities: dict[str, float]  # empty where detect did not read the model
    proposed: list[tuple[Match, float]]  # learned matches and their probability

    def keeps(self, match: Match, model: EventTypeModel) -> bool:
        return self.probabilities.get(match.pattern.type, 1.0) >= model.keep_threshold


@lru_cache(maxsize=64)
def learned_pattern(etype: str, lang: str) -> Pattern:
    return Pattern(id=f"{LEARNED}.{etype}.{lang}", lang=lang,
                   elements=(Element(kind="class"),), type=etype, mode=None,
                   cameo=plover_types()[etype].default_cameo or None, target_markers=None,
                   flags=frozenset({LEARNED}), default_agent=None, example="", text="")


@lru_cache(maxsize=1)
def _never_anchors() -> frozenset[str]:
    return function_word_set() | word_class("time_noun")


def _anchor(sentence: Sentence, mentions: list[Mention], etype: str,
            model: EventTypeModel) -> int | None:
    """The word that says this type, outside mentions, words of time and a date's words (by
    its own weight, else, when no word has one for the type, by its vector): of the words
    weighing at least half the strongest, the last in Hindi (the verb ends the clause, the
    roles are read before it) and the first in English (the subject stands before it, the
    object after). A dateline's month ("मास्को, 18 नवंबर") weighs for the types of the stories
    it heads, but an event anchored there takes the dateline's clause for its own."""
    covered = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
    grammar = _never_anchors()
    candidates = [(i, tok.norm) for i, tok in enumerate(sentence.tokens)
                  if i not in covered and len(tok.norm) >= MIN_ANCHOR
                  and tok.norm not in grammar and not only_a_date_word(tok.norm)
                  and tok.script in ("deva", "latn", "mixed")]
    weights = [(i, model.trigger_weight(etype, norm)) for i, norm in candidates]
    strongest = max((w for _, w in weights), default=0.0)
    if strongest <= 0.0 and model.vector_rows:
        # no word the model was trained on says it: the words whose vectors say it
        vector = word_vectors().vector
        weights = [(i, model.vector_weight(etype, vector(norm))) for i, norm in candidates]
        strongest = max((w for _, w in weights), default=0.0)
    if strongest <= 0.0:
        return None
    strong = [i for i, w in weights if w >= strongest / 2]
    return strong[-1] if sentence.lang == "hi" else strong[0]


def sentence_probabilities(sentence: Sentence, mentions: list[Mention]) -> dict[str, float]:
    """Each type's probability in the sentence (its words and its mentions' kinds, which the
    coder does not change: read now or later, the same)."""
    model = event_type_model()
    dense = dense_features(sentence, mentions, model.pools) if model.dense_rows else None
    return model.word_probabilities(words(sentence), context_features(sentence, mentions), dense)


def detect(sentence: Sentence, mentions: list[Mention], matches: list[Match],
           negations: set[int]) -> Detection:
    model = event_type_model()
    if matches and not model.decides_beside_patterns():
        # every match kept, nothing added beside one: the model is read only if the patterns
        # code nothing (code_sentence's retry, through sentence_probabilities)
        return Detection({}, [])
    probabilities = sentence_probabilities(sentence, mentions)
    # beside a pattern's event a second type needs more evidence: it is often the same act
    # read twice
    threshold = model.add_beside_threshold if matches else model.add_threshold
    found = {m.pattern.type for m in matches}
    return Detection(probabilities,
                     propose(sentence, mentions, probabilities, found, threshold, negations))


def propose(sentence: Sentence, mentions: list[Mention], probabilities: dict[str, float],
            exclude: set[str], threshold: float, negations: set[int]) -> list[tuple[Match, float]]:
    """Learned matches of the types at least ``threshold`` likely, but those in ``exclude``,
    most likely first, each anchored at its type's most indicative word; none at a negated
    word (``_negated_anchor``)."""
    model = event_type_model()
    lang = "hi" if sentence.lang == "hi" else "en"
    proposed: list[tuple[Match, float]] = []
    for etype, p in sorted(probabilities.items(), key=lambda kv: -kv[1]):
        if p < threshold or etype in exclude:
            continue
        at = _anchor(sentence, mentions, etype, model)
        if at is None:
            continue
        tense = "future" if is_future(clause_around(sentence, at)) else "past"
        match = Match(pattern=learned_pattern(etype, lang), start=at, end=at + 1, tense=tense,
                      token_start=at, token_end=at + 1)
        # "should not be allowed" asks for something: the negation is the demand's content
        if _negated_anchor(at, negations) and not holds_obligation_modal(sentence, match):
            continue
        proposed.append((match, p))
    return proposed


def _negated_anchor(at: int, negations: set[int]) -> bool:
    """Whether a negation stands at the anchor, as the coder reads a pattern's ("सहमति नहीं
    हो पाई", "did not meet"). A pattern's negated event is kept with its flag: the pattern
    knows its construction. The model reads words, not their scope: a proposal at a negated
    word would report, flag or no flag, an event the sentence says did not happen."""
    return any(at - 2 <= n <= at + 1 for n in negations)
