"""When every pattern of a sentence codes nothing, the event-type model may still add the types
the patterns did not read, at its own add threshold (pipeline/code.py, code_sentence; issue 8).
Beside a pattern event that was coded, the stricter add-beside threshold still holds.
Sentences are our own."""

from __future__ import annotations

from typing import cast

from testkit import read_before_coding

from ghatna.data import Document, Event, parse_published
from ghatna.learned.event_types import event_type_model
from ghatna.pipeline.detector import LEARNED, propose
from ghatna.pipeline.matching import sentence_matches
from ghatna.pipeline.pipeline import default_pipeline

PUBLISHED = parse_published("2024-05-02")


def _events(text: str) -> list[Event]:
    return default_pipeline().extract(Document(id="retry", raw=text, published=PUBLISHED))


def _read(text: str) -> Document:
    return cast(Document, read_before_coding(text, published="2024-05-02"))


def test_a_pattern_that_codes_nothing_leaves_room_for_the_models_type() -> None:
    # "hailed the friendship" (SUPPORT) has no one it is aimed at and codes nothing; the
    # talks with Kishida are the act the sentence reports
    text = ("Prime Minister Narendra Modi hailed the deep friendship between the two nations "
            "during bilateral talks with Japanese Prime Minister Fumio Kishida in Tokyo.")
    sentence = _read(text).sentences[0]
    assert {m.pattern.type for m in sentence_matches(sentence).matches} == {"SUPPORT"}
    consults = [e for e in _events(text) if e.type == "CONSULT"]
    sides = [{e.actor1.name, e.actor2.name} for e in consults if e.actor1 and e.actor2]
    assert {"Narendra Modi", "Fumio Kishida"} in sides


def test_beside_a_coded_pattern_event_the_model_adds_no_second_type() -> None:
    # the pattern codes the attack; PROTEST, likely to the model here, is not added beside it
    text = "विपक्षी दलों ने महंगाई पर केंद्र सरकार के खिलाफ हमला बोलना शुरू कर दिया है।"
    types = {e.type for e in _events(text)}
    assert types and "PROTEST" not in types


def test_propose_leaves_out_the_excluded_types_and_those_below_the_threshold() -> None:
    doc = _read("Hundreds of farmers sat on a dharna outside the collectorate in Ranchi on Monday.")
    sentence, mentions = doc.sentences[0], doc.mentions[0]
    probabilities = {"ASSAULT": 0.95, "PROTEST": 0.9, "COERCE": 0.5}
    proposed = propose(sentence, mentions, probabilities, {"ASSAULT"}, 0.8, set())
    assert [m.pattern.type for m, _ in proposed] == ["PROTEST"]
    match, p = proposed[0]
    assert LEARNED in match.pattern.flags and p == 0.9
    assert propose(sentence, mentions, probabilities, set(), 1.01, set()) == []
    assert event_type_model().add_threshold <= 1.0


def test_no_type_is_proposed_at_a_negated_word() -> None:
    # the pattern of a negated predicate is coded with its flag; the model does not read the
    # negation's scope, so it proposes nothing at a word the negation stands beside
    said, denied = (_read("भारत और जापान के बीच इस मुद्दे पर सहमति बनी।"),
                    _read("भारत और जापान के बीच इस मुद्दे पर सहमति नहीं बनी।"))
    probabilities = {"AGREE": 0.9}
    for doc, expected in ((said, ["AGREE"]), (denied, [])):
        sentence, mentions = doc.sentences[0], doc.mentions[0]
        negations = sentence_matches(sentence).negations
        proposed = propose(sentence, mentions, probabilities, set(), 0.8, negations)
        assert [m.pattern.type for m, _ in proposed] == expected
