"""A hypothetical act (its own clause is a condition, or its verb carries a modal of
possibility) is no event by the annotation guideline: the extractor keeps it flagged, the docs
output lists it apart from the scored events, and ``ghatna eval`` does not count it. The flag
is read from the predicate's own clause, so an "if" or a "would" elsewhere in the sentence
leaves a stated act, and a threat made on a condition, in the scored list. Sentences are our
own."""

from __future__ import annotations

from testkit import docs_line, scored_counts

from ghatna.api import extract

SPECULATED_HI = "सूत्रों के अनुसार विदेश मंत्री अगले सप्ताह जापान के प्रधानमंत्री से मुलाकात कर सकते हैं।"
SPECULATED_EN = "Analysts say Russia might launch a fresh attack on Kharkiv."
CONDITION_HI = "अगर चीन ने सीमा पर हमला किया तो भारत जवाब देगा।"
THREAT_EN = "Farmers threatened to intensify their stir if the government does not repeal the new laws."
THREAT_HI = "किसान नेताओं ने चेतावनी दी कि अगर सरकार ने मांगें नहीं मानीं तो वे राजमार्ग जाम करेंगे।"
STATED_EN = "Police arrested five protesters in Lucknow on Monday."


def _flags(text: str) -> list[tuple[str, bool]]:
    return [(e["type"], e["hypothetical"]) for e in extract(text, published="2024-05-10")]


def test_a_hindi_modal_of_possibility_makes_the_act_hypothetical() -> None:
    assert _flags(SPECULATED_HI) == [("CONSULT", True)]


def test_an_english_modal_of_possibility_makes_the_act_hypothetical() -> None:
    assert _flags(SPECULATED_EN) == [("ASSAULT", True)]


def test_an_act_inside_a_condition_is_hypothetical_and_no_threat() -> None:
    # the condition is what the speaker fears, not what he threatens
    assert _flags(CONDITION_HI) == [("ASSAULT", True)]


def test_a_threat_made_on_a_condition_is_an_event() -> None:
    assert _flags(THREAT_EN) == [("THREATEN", False)]
    # the warning, and the blockade announced in the consequent: both the farmers' threat
    assert set(_flags(THREAT_HI)) == {("THREATEN", False)}


def test_a_would_in_another_clause_leaves_a_stated_act_alone() -> None:
    text = "Police arrested five protesters in Lucknow on Monday, although the organisers said " \
           "they would return."
    assert _flags(text) == [("COERCE", False)]


def test_a_could_in_another_clause_leaves_a_stated_meeting_alone() -> None:
    text = "The Prime Minister met the Japanese ambassador in Delhi, and officials said the two " \
           "sides could sign a pact later."
    assert _flags(text) == [("CONSULT", False)]


def test_the_month_may_is_no_modal() -> None:
    assert _flags("In May police arrested twelve protesters in Patna.") == [("COERCE", False)]


def test_the_docs_output_keeps_hypothetical_events_out_of_the_scored_list() -> None:
    line = docs_line(SPECULATED_HI)
    assert line["events"] == [] and line["negated_events"] == []
    assert [(e["type"], e["hypothetical"]) for e in line["hypothetical_events"]] == \
        [("CONSULT", True)]
    line = docs_line(THREAT_EN)
    assert [e["type"] for e in line["events"]] == ["THREATEN"]
    assert line["hypothetical_events"] == []


def test_eval_does_not_count_a_hypothetical_act() -> None:
    assert scored_counts([SPECULATED_HI, CONDITION_HI, STATED_EN]) == ([0, 0, 1], 1)
