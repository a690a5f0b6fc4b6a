"""A negated event (the text says the act did not happen) is no event by the annotation
guideline: it stays flagged in what the extractor returns (store, dashboard), but the docs
output keeps it apart from the event list a scorer reads, and ``ghatna eval`` does not count
it. A modal of obligation's negation is what a demand asks, not its denial. Sentences are
our own."""

from __future__ import annotations

from testkit import docs_line, scored_counts

from ghatna.api import extract

NEGATED_HI = "पुलिस ने प्रदर्शनकारियों पर लाठीचार्ज नहीं किया।"
NEGATED_EN = "Nepal has not condemned the attack on the embassy."
REALISED_EN = "Police arrested five protesters in Lucknow on Monday."


def test_the_extractor_keeps_a_negated_act_flagged() -> None:
    events = extract(NEGATED_HI, published="2024-05-10")
    assert [(e["type"], e["negated"]) for e in events] == [("COERCE", True)]


def test_the_docs_output_keeps_negated_events_out_of_the_scored_list() -> None:
    line = docs_line(NEGATED_HI)
    assert line["events"] == []
    assert [(e["type"], e["negated"]) for e in line["negated_events"]] == [("COERCE", True)]


def test_a_realised_act_stays_in_the_scored_list() -> None:
    line = docs_line(REALISED_EN)
    assert [e["type"] for e in line["events"]] == ["COERCE"]
    assert line["negated_events"] == []


def test_eval_does_not_count_a_negated_act() -> None:
    assert scored_counts([NEGATED_HI, NEGATED_EN, REALISED_EN]) == ([0, 0, 1], 1)


def test_a_demand_worded_must_not_is_made_not_negated() -> None:
    events = extract("The opposition said the government must not sell the airline.",
                     published="2024-05-10")
    assert [(e["type"], e["negated"]) for e in events] == [("REQUEST", False)]


def test_a_plain_negation_still_negates_the_act() -> None:
    events = extract(NEGATED_EN, published="2024-05-10")
    assert events and all(e["negated"] for e in events if e["type"] == "ACCUSE")


def test_not_only_states_the_act() -> None:
    events = extract("Police not only arrested the protesters but also seized their vehicles.",
                     published="2024-05-10")
    assert ("COERCE", False) in [(e["type"], e["negated"]) for e in events]


def test_a_plain_did_not_still_negates_an_arrest() -> None:
    events = extract("Police did not arrest the protesters.", published="2024-05-10")
    assert [(e["type"], e["negated"]) for e in events] == [("COERCE", True)]


def _negation_flags(text: str) -> list[tuple[str, bool]]:
    return [(e["type"], e["negated"]) for e in extract(text, published="2024-05-10")]


def test_a_correlative_negation_negates_a_far_verb_of_its_clause() -> None:
    # word class correlative_negation: "न तो" scopes over its whole clause
    assert _negation_flags("न तो थाने की पुलिस इस लूट के मामले में अब तक किसी भी आरोपी को "
                           "गिरफ्तार कर सकी है।") == [("COERCE", True)]


def test_the_clause_after_a_conjunction_is_not_under_the_correlative_negation() -> None:
    flags = _negation_flags("न तो जिला प्रशासन के अधिकारी मौके पर पहुंचे और पुलिस ने "
                            "प्रदर्शनकारी छात्रों को हिरासत में ले लिया।")
    assert ("COERCE", False) in flags


def test_otherwise_is_no_correlative_negation() -> None:
    # "नहीं तो" (otherwise): the act after it is what the speaker will do
    flags = _negation_flags("किसानों ने कहा कि सरकार मांगें माने, नहीं तो वे अगले सप्ताह "
                            "राजमार्ग जाम करेंगे।")
    assert flags and not any(negated for _, negated in flags)
