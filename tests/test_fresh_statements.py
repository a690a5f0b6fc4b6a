"""Statements on fresh news (session 16, helper fstate16): a notice the Election Commission
serves is a show-cause notice, an accusation, even where the sentence does not say over what;
a court's notice still asks for an answer. The other forms of the relative pronoun (जिस,
जिससे, जिसे ...) open a clause of their own, so the verb after one does not take the first
clause's subject. Sentences written for this project."""

from __future__ import annotations

from testkit import event_roles


def _of_type(text: str, event_type: str) -> list[tuple[str | None, str | None]]:
    return [(a1, a2) for t, a1, a2 in event_roles(text) if t == event_type]


def test_an_election_commission_notice_accuses_with_no_breach_named():
    text = "चुनाव आयोग ने भाजपा सांसद अनुराग ठाकुर को नोटिस भेजा है।"
    assert _of_type(text, "ACCUSE") == [("Election Commission of India", "Anurag Thakur")]
    assert _of_type(text, "REQUEST") == []
    english = "The Election Commission issued a notice to Anurag Thakur on Monday."
    assert _of_type(english, "ACCUSE") == [("Election Commission of India", "Anurag Thakur")]


def test_a_court_notice_still_asks_for_an_answer():
    text = "सुप्रीम कोर्ट ने याचिका पर केंद्र सरकार को नोटिस जारी किया।"
    assert _of_type(text, "ACCUSE") == []
    assert [a1 for a1, _ in _of_type(text, "REQUEST")] == ["Supreme Court of India"]


def test_a_relative_pronoun_opens_a_clause_of_its_own():
    # "जिससे" opens the second clause: the police's act is coded with the police as agent,
    # and the farmers' blockade stays theirs
    text = "किसानों ने राजमार्ग जाम कर दिया जिससे नाराज होकर पुलिस ने लाठीचार्ज किया।"
    assert _of_type(text, "COERCE") == [("police", None)]
    assert [a1 for a1, _ in _of_type(text, "PROTEST")] == ["farmers"]
