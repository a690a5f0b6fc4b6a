"""The host of an actor's own diplomatic mission is the counterpart of what is done with it
(pipeline/places.py, seats_own_mission; pipeline/roles.py, the Hindi clause): "X ने <capital>
में अपना दूतावास बंद कर दिया" is a sanction of the capital's country, not an act in that city.
Sentences are our own."""

from __future__ import annotations

import pytest
from testkit import read_before_coding

from ghatna.pipeline.detector import learned_pattern
from ghatna.pipeline.places import seats_own_mission
from ghatna.pipeline.predicates import Match
from ghatna.pipeline.roles import hindi_roles


def _read(text: str):
    doc = read_before_coding(text, published="2025-03-12")
    return doc.sentences[0], doc.mentions[0]


def _hosts(text: str) -> list[str]:
    sentence, mentions = _read(text)
    return [m.text for m in mentions if seats_own_mission(sentence, m)]


@pytest.mark.parametrize(("text", "host"), [
    ("जापान ने सियोल में अपना दूतावास बंद कर दिया।", "सियोल"),
    ("कनाडा ने ईरान में अपना दूतावास अस्थायी तौर पर बंद किया।", "ईरान"),
    ("ब्रिटेन ने सोमवार को तेहरान में अपने देश के दूतावास को फिर से खोला।", "तेहरान"),
    ("भारत ने ढाका स्थित अपने उच्चायोग के कर्मचारियों की संख्या घटाई।", "ढाका"),
])
def test_the_host_of_the_actors_own_mission(text: str, host: str) -> None:
    assert _hosts(text) == [host]


@pytest.mark.parametrize("text", [
    # a mission that is not the actor's own: its owner is the other side, not the host
    "प्रदर्शनकारियों ने ढाका में भारतीय दूतावास के बाहर प्रदर्शन किया।",
    # the reflexive owns no mission: the capital is where the talks were
    "विदेश मंत्री ने सियोल में अपने समकक्ष से मुलाकात की।",
    "सियोल में प्रधानमंत्री ने दूतावास के अधिकारियों से बात की।",
])
def test_no_host_without_the_actors_own_mission(text: str) -> None:
    assert _hosts(text) == []


def _learned_roles(text: str, anchor_word: str) -> tuple[str | None, list[str]]:
    """The rules' agent and targets of a learned SANCTION anchored at ``anchor_word``."""
    sentence, mentions = _read(text)
    at = next(i for i, t in enumerate(sentence.tokens) if t.norm == anchor_word)
    match = Match(pattern=learned_pattern("SANCTION", "hi"), start=at, end=at + 1,
                  tense="past", token_start=at, token_end=at + 1)
    roles = hindi_roles(sentence, mentions, match)
    agent = roles.agent.text if roles.agent is not None else None
    return agent, [m.text for m in roles.others]


def test_the_rules_read_the_host_as_the_target() -> None:
    assert _learned_roles("जापान ने सियोल में अपना दूतावास बंद कर दिया।", "बंद") \
        == ("जापान", ["सियोल"])
    assert _learned_roles("कनाडा ने ईरान में अपना दूतावास बंद कर दिया।", "बंद") \
        == ("कनाडा", ["ईरान"])


def test_a_capital_that_is_the_scene_stays_no_target() -> None:
    assert _learned_roles("जापान ने सियोल में नए प्रतिबंधों का एलान किया।", "एलान") \
        == ("जापान", [])
