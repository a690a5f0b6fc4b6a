"""Protests told the way unseen news tells them (session 11, helper protest11). The sentences
are our own; each names a construction that real Hindi and English reports use and that the
coder missed or mis-read before."""

from __future__ import annotations

import pytest
from testkit import event_roles, read_before_coding


def _protests(text: str) -> list[tuple[str | None, str | None]]:
    return [(a1, a2) for etype, a1, a2 in event_roles(text) if etype == "PROTEST"]


def test_an_unknown_name_in_the_direct_case_is_tagged_before_the_next_phrase():
    # a subject with no ने is followed by the next phrase, not by a postposition: the tagger
    # must still run when the name ends in a known surname
    doc = read_before_coding("बबलू हजारे अनशन पर बैठ गए।", published="2024-05-01")
    assert [m.text for m in doc.mentions[0] if m.kind == "actor"] == ["बबलू हजारे"]
    assert [a1 for a1, _ in _protests("छोटू यादव धरने पर बैठ गए।")] == ["Chhotu Yadav"]


@pytest.mark.parametrize("text", [
    "संसद के सामने किसान संगठनों के नेताओं ने जमकर नारेबाजी की।",
    "विधानसभा के बाहर कांग्रेस के विधायकों ने धरना दिया।",
])
def test_a_place_before_a_compound_postposition_is_no_one_s_owner(text: str):
    # "X के सामने/बाहर" says where; the group after it is not X's members
    agents = [a1 for a1, _ in _protests(text)]
    assert agents and not any(a in ("Parliament of India", "state assembly") for a in agents)


@pytest.mark.parametrize(("text", "party"), [
    ("कांग्रेसियों ने कलेक्ट्रेट पर मुख्यमंत्री का पुतला फूंका।", "Indian National Congress"),
    ("भाजपाइयों ने थाने के सामने धरना दिया।", "Bharatiya Janata Party"),
])
def test_a_party_member_word_is_the_party(text: str, party: str):
    assert party in [a1 for a1, _ in _protests(text)]


@pytest.mark.parametrize("text", [
    "टिकट कटने से नाराज कार्यकर्ताओं ने पार्टी दफ्तर में बवाल मचाया।",
    "विपक्षी सदस्य नारेबाजी के बाद सदन से बहिर्गमन कर गए।",
    "Hundreds of teachers joined the strike outside the secretariat on Monday.",
    "Nurses of the district hospital joined the protest.",
    "Thousands of students poured into the streets of Dhaka.",
    "Angry villagers chanted slogans denouncing the police action in Ranchi.",
    "Opposition parties enforced a dawn-to-dusk hartal in Kottayam.",
    "Hundreds of supporters of the party obstructed the highway near Lahore.",
    "हजारों प्रदर्शनकारी मंगलवार को राष्ट्रपति के आवास तक पहुंच गए।",
    "नाराज आंदोलनकारी नारे लगाते हुए सचिवालय में घुस गए।",
    "अतिथि शिक्षक मानदेय की मांग को लेकर धरने पर डटे हुए हैं।",
    "नाराज छात्र पूरी रात धरना स्थल पर डटे रहे।",
    "आंगनबाड़ी कार्यकर्ता एक बार फिर आंदोलन की राह पर हैं।",
])
def test_protest_wordings_of_unseen_news(text: str):
    assert _protests(text)


@pytest.mark.parametrize("text", [
    "इस बयान पर सियासी बवाल मच गया।",  # a row told without anyone doing it
    "The government announced its decision on the strike demand.",
    "Bank employees announced a decision on the strike.",
    "पुलिस के जवान आरोपी के घर में घुस गए।",
    "पदयात्रा ने शाम को कस्बे में पड़ाव डाला।",  # a journey's halt, no protest camp
])
def test_no_protest_where_none_is_held(text: str):
    assert _protests(text) == []


def test_a_strike_not_joined_is_negated():
    from ghatna.api import extract

    events = [e for e in extract("The opposition did not join the strike.", published="2024-05-01")
              if e["type"] == "PROTEST"]
    assert events and all(e["negated"] for e in events)
