"""An act that is only expected or speculated, with no modal ("is likely to visit", "करने की
उम्मीद है", "माना जा रहा है कि ..."), is no event by the annotation guideline ("is likely to"
-> nothing; "sources say the PM may visit" is no event): it is kept apart as hypothetical, like
an act under "may" or "सकते हैं" (pipeline/hedges.py, word classes expectation_cue,
expectation_bridge, expectation_opener). An act the text states beside such words, and a plan
an actor announced ("will visit"), stay events. Sentences are our own."""

from __future__ import annotations

from testkit import scored_counts

from ghatna.api import extract

EXPECTED_DEAL_HI = "भारत और नेपाल के बीच अगले महीने व्यापार समझौते होने की उम्मीद है।"
EXPECTED_TALKS_HI = "प्रधानमंत्री मोदी के जापान के प्रधानमंत्री के साथ द्विपक्षीय वार्ता करने की भी " \
                    "उम्मीद है।"
BELIEVED_HI = "माना जा रहा है कि नीतीश कुमार ने अमित शाह से मुलाकात की।"
LIKELY_EN = "The Australian foreign minister is likely to visit India next week."
EXPECTED_EN = "Nitish Kumar is expected to meet Amit Shah in Patna on Friday."
SPECULATION_EN = "There is speculation that Nitish Kumar met Amit Shah in Delhi."
ANNOUNCED_EN = "The Japanese Prime Minister will visit India next week."


def _flags(text: str) -> list[tuple[str, bool]]:
    return [(e["type"], e["hypothetical"]) for e in extract(text, published="2024-05-10")]


def test_a_hindi_act_told_as_expected_is_hypothetical() -> None:
    # the pattern's own verb form holds the cue ("होने की उम्मीद है") ...
    assert _flags(EXPECTED_DEAL_HI) == [("AGREE", True)]
    # ... or the cue stands after the noun's light verb, behind "की भी"
    assert _flags(EXPECTED_TALKS_HI) == [("CONSULT", True)]


def test_an_english_act_told_as_likely_or_expected_is_hypothetical() -> None:
    assert _flags(LIKELY_EN) == [("CONSULT", True)]
    assert _flags(EXPECTED_EN) == [("CONSULT", True)]


def test_the_clause_of_an_expectation_phrase_is_hypothetical() -> None:
    assert _flags(BELIEVED_HI) == [("CONSULT", True)]
    assert _flags(SPECULATION_EN) == [("CONSULT", True)]


def test_what_follows_an_expected_infinitive_is_expected_but_the_told_act_stays() -> None:
    text = "Talks between India and China began on Monday, with India expected to raise the " \
           "attacks on its patrols by Chinese troops."
    assert sorted(_flags(text)) == [("ASSAULT", True), ("CONSULT", False)]


def test_a_stated_act_beside_an_expectation_word_stays_an_act() -> None:
    assert _flags("As expected, police arrested the two suspects in Kanpur on Friday.") == \
        [("COERCE", False)]
    # the expectation is another clause's
    assert _flags("पुलिस ने दो संदिग्धों को गिरफ्तार किया, और आगे और गिरफ्तारियों की संभावना "
                  "है।") == [("COERCE", False)]
    # the expected infinitive ends at a comma or at a finite verb
    for text in ("The accused, who is likely to be produced in court on Monday, was arrested by "
                 "Delhi Police on Sunday.",
                 "The accused who is expected to be produced in court on Monday was arrested by "
                 "Delhi Police on Sunday."):
        assert _flags(text) == [("COERCE", False)]
    # "उम्मीदवार" (a candidate) is no "उम्मीद"
    assert _flags("पुलिस ने निर्दलीय उम्मीदवार को गिरफ्तार किया।") == [("COERCE", False)]


def test_a_plan_an_actor_announced_stays_a_planned_event() -> None:
    events = extract(ANNOUNCED_EN, published="2024-05-10")
    assert [(e["type"], e["planned"], e["hypothetical"]) for e in events] == \
        [("CONSULT", True, False)]


def test_eval_does_not_count_an_expected_act() -> None:
    assert scored_counts([EXPECTED_DEAL_HI, LIKELY_EN, ANNOUNCED_EN]) == ([0, 0, 1], 1)
