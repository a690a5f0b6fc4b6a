"""A learned event is never anchored at a date's words (a number, a month or weekday that is no
ordinary word): a dateline's month weighs for the types of the stories it heads, but an event
anchored there reads the dateline as its clause (pipeline/detector.py, _anchor). The model is a
stand-in whose word weights the test chooses, so the test reads the anchor rule, not a trained
file. Sentences are our own."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import cast

from testkit import read_before_coding

from ghatna.learned.event_types import EventTypeModel
from ghatna.pipeline import detector
from ghatna.pipeline.calendar_words import only_a_date_word


@dataclass
class WordWeights:
    """What ``_anchor`` asks of the model: each word's weight for a type."""

    weights: dict[str, float]
    vector_rows: dict[str, object] = field(default_factory=dict)

    def trigger_weight(self, etype: str, norm: str) -> float:
        return self.weights.get(norm, 0.0)


def _anchored_word(text: str, weights: dict[str, float]) -> str | None:
    doc = read_before_coding(text, "2025-11-20")
    sentence, mentions = doc.sentences[0], doc.mentions[0]
    model = cast(EventTypeModel, WordWeights(weights))
    at = detector._anchor(sentence, mentions, "CONSULT", model)
    return None if at is None else sentence.tokens[at].norm


def test_a_datelines_month_is_no_anchor_however_much_it_weighs() -> None:
    text = "काठमांडू, 12 दिसंबर (एजेंसी) विदेश सचिव ने नेपाली अधिकारियों से बातचीत की।"
    assert _anchored_word(text, {"दिसंबर": 2.0, "बातचीत": 0.9}) == "बातचीत"
    # where only the date weighs, no event is anchored at all
    assert _anchored_word(text, {"दिसंबर": 2.0, "12": 1.5}) is None


def test_an_english_weekday_is_no_anchor_either() -> None:
    text = "The two delegations held talks in Geneva on Thursday."
    assert _anchored_word(text, {"thursday": 1.0, "talks": 0.4}) == "talks"


def test_a_month_that_is_also_an_ordinary_word_stays_a_candidate() -> None:
    # मार्च is March and "a march": the calendar marks it ambiguous
    assert not only_a_date_word("मार्च")
    assert only_a_date_word("दिसंबर") and only_a_date_word("2025")
    text = "छात्रों ने शहर में पैदल मार्च निकाला।"
    assert _anchored_word(text, {"मार्च": 1.0}) == "मार्च"
