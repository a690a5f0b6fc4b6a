"""A learned event whose sentence names no agent is the same act told again: it takes the last
agent of its type in the story, as an agentless passive does (pipeline/code.py, _event_agent;
issue 8). The event-type model is replaced here by one that proposes AID at a chosen word, so
the test reads the coder, not the model's weights. Sentences are our own."""

from __future__ import annotations

import pytest

from ghatna.data import Document, Event, Mention, Sentence, parse_published
from ghatna.pipeline import code
from ghatna.pipeline.detector import Detection, learned_pattern
from ghatna.pipeline.matching import Match
from ghatna.pipeline.pipeline import default_pipeline

PUBLISHED = parse_published("2024-05-02")
ANCHORS = frozenset({"consignment", "सौंपी"})


@pytest.fixture
def aid_at_anchor(monkeypatch: pytest.MonkeyPatch) -> None:
    """The model proposes AID at an anchor word, beside what it would propose itself."""
    original = code.detect

    def detect(sentence: Sentence, mentions: list[Mention], matches: list[Match],
               negations: set[int]) -> Detection:
        found = original(sentence, mentions, matches, negations)
        at = next((i for i, t in enumerate(sentence.tokens) if t.norm in ANCHORS), None)
        if at is None:
            return found
        lang = "hi" if sentence.lang == "hi" else "en"
        match = Match(pattern=learned_pattern("AID", lang), start=at, end=at + 1,
                      tense="past", token_start=at, token_end=at + 1)
        return Detection(found.probabilities, [*found.proposed, (match, 0.99)])

    monkeypatch.setattr(code, "detect", detect)


def _aid(text: str) -> list[tuple[str | None, str | None]]:
    events: list[Event] = default_pipeline().extract(
        Document(id="learned-agent", raw=text, published=PUBLISHED))
    return [(e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None)
            for e in events if e.type == "AID"]


def test_an_agentless_learned_event_in_english_is_the_last_helpers(aid_at_anchor: None) -> None:
    text = ("India sent relief material to flood-hit Sri Lanka on Monday. A second consignment "
            "of medicines reached the fishermen of Sri Lanka on Tuesday.")
    assert ("India", "fishermen") in _aid(text)


def test_an_agentless_learned_event_in_hindi_is_the_last_helpers(aid_at_anchor: None) -> None:
    text = ("भारत ने बाढ़ प्रभावित श्रीलंका को राहत सामग्री भेजी। दवाइयों की दूसरी खेप बुधवार को "
            "वहां के मछुआरों को सौंपी गई।")
    assert ("India", "fishermen") in _aid(text)


def test_with_no_earlier_act_of_its_type_it_still_codes_nothing(aid_at_anchor: None) -> None:
    assert _aid("A second consignment of medicines reached the fishermen of Sri Lanka on "
                "Tuesday.") == []
    assert _aid("दवाइयों की दूसरी खेप बुधवार को वहां के मछुआरों को सौंपी गई।") == []
