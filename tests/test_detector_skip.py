"""The coder skips the event-type model in a sentence with a pattern match when the model's
thresholds make its probabilities irrelevant there (every match kept, nothing added beside
one): the events are those of the model run in every sentence."""

from __future__ import annotations

from dataclasses import replace
from typing import cast

import pytest
from testkit import read_before_coding

from ghatna.data import Document, Event, parse_published
from ghatna.learned.event_types import EventTypeModel, event_type_model
from ghatna.pipeline import detector
from ghatna.pipeline.matching import sentence_matches
from ghatna.pipeline.pipeline import default_pipeline

# our own sentences: pattern acts in both languages, and one with no pattern match
STORIES = [
    "पुलिस ने बुधवार को कानपुर में चार तस्करों को गिरफ्तार किया। उन्होंने अदालत में कहा कि वे "
    "निर्दोष हैं।",
    "विदेश मंत्री ने सोमवार को नेपाल के प्रधानमंत्री से मुलाकात की और व्यापार पर बात की।",
    "Farmers blocked the highway near Ambala on Tuesday to protest the new crop law.",
    "The army shelled rebel hideouts near the border, officials said. Rain is expected "
    "in the hills this week.",
    "किसानों ने सरकार के खिलाफ धरना दिया, जबकि मौसम विभाग ने तेज बारिश का अनुमान जताया।",
    # a pattern that codes nothing here: the model, skipped beside it, is read for the retry
    "मुख्यमंत्री ने हमले में शहीद हुए पुलिसकर्मियों के प्रति दुख जताया और कहा कि दोषियों को "
    "छोड़ा नहीं जाएगा।",
]


def _events(text: str) -> list[Event]:
    published = parse_published("2026-03-04")
    return default_pipeline().extract(Document(id="skip", raw=text, published=published))


def test_the_thresholds_say_when_the_model_matters_beside_a_match() -> None:
    model = event_type_model()
    assert not replace(model, keep_threshold=0.0, add_beside_threshold=1.01) \
        .decides_beside_patterns()
    assert replace(model, keep_threshold=0.2, add_beside_threshold=1.01) \
        .decides_beside_patterns()  # a veto
    assert replace(model, keep_threshold=0.0, add_beside_threshold=0.9) \
        .decides_beside_patterns()  # a second type beside a match
    assert replace(model, keep_threshold=-0.5, add_beside_threshold=1.0) \
        .decides_beside_patterns()  # a probability of 1.0 reaches 1.0


def test_a_skipped_model_codes_what_the_model_run_everywhere_codes(
        monkeypatch: pytest.MonkeyPatch) -> None:
    model = replace(event_type_model(), keep_threshold=0.0, add_beside_threshold=1.01)
    monkeypatch.setattr(detector, "event_type_model", lambda: model)
    skipped = [_events(text) for text in STORIES]
    monkeypatch.setattr(EventTypeModel, "decides_beside_patterns", lambda self: True)
    assert [_events(text) for text in STORIES] == skipped
    assert all(skipped[:4])  # each pattern story codes something
    assert skipped[5]  # coded by the retry: the model read after the patterns coded nothing


def _read(text: str) -> Document:
    return cast(Document, read_before_coding(text))


def test_the_probabilities_read_later_are_those_read_at_once() -> None:
    """The retry of a sentence whose patterns coded nothing reads the model after the roles
    were read: its words and its mentions' kinds are unchanged, so are the probabilities."""
    document = _read(STORIES[5])
    sentence, mentions = document.sentences[0], document.mentions[0]
    before = detector.sentence_probabilities(sentence, mentions)
    default_pipeline().stages[-1](document)  # the coder, retry included
    assert detector.sentence_probabilities(sentence, mentions) == before


def test_detect_reads_the_sentence_only_where_it_may_matter(
        monkeypatch: pytest.MonkeyPatch) -> None:
    document = _read(STORIES[2])
    sentence, mentions = document.sentences[0], document.mentions[0]
    found = sentence_matches(sentence)
    assert found.matches
    off = replace(event_type_model(), keep_threshold=0.0, add_beside_threshold=1.01)
    monkeypatch.setattr(detector, "event_type_model", lambda: off)
    skipped = detector.detect(sentence, mentions, found.matches, found.negations)
    assert skipped.probabilities == {} and skipped.proposed == []
    assert all(skipped.keeps(m, off) for m in found.matches)
    veto = replace(off, keep_threshold=0.3)
    monkeypatch.setattr(detector, "event_type_model", lambda: veto)
    read = detector.detect(sentence, mentions, found.matches, found.negations)
    assert set(read.probabilities) == set(veto.types)
    # no match: the model is read whatever its thresholds (it may add a type)
    monkeypatch.setattr(detector, "event_type_model", lambda: off)
    alone = detector.detect(sentence, mentions, [], found.negations)
    assert set(alone.probabilities) == set(off.types)
