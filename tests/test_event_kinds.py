"""A politician's "attack" on a party is made of words; a mob's, or one with weapons, is force.
Sentences written for these tests."""

import pytest

from ghatna.api import extract


def _types(text: str) -> list[str]:
    return [e["type"] for e in extract(text, published="2024-11-16")]


@pytest.mark.parametrize("text", [
    "भाजपा ने कांग्रेस पर सीधा हमला बोला।",
    "मोदी ने रैली में कांग्रेस पार्टी पर जमकर हमला बोला।",
])
def test_political_attack_is_an_accusation(text: str) -> None:
    assert _types(text) == ["ACCUSE"]


@pytest.mark.parametrize("text", [
    "आतंकियों ने सेना के शिविर पर हमला बोला।",
    "कांग्रेस नेता ने भाजपा विधायक पर चाकू से हमला किया।",
])
def test_attack_by_gunmen_or_with_weapons_stays_force(text: str) -> None:
    assert _types(text) == ["ASSAULT"]


def test_an_emphatic_particle_inside_a_predicate_is_skipped() -> None:
    events = extract("कुछ किसान नेताओं को हिरासत में भी लिया गया।", published="2024-11-16")
    assert [(e["type"], e["actor1"]["name"]) for e in events] == [("COERCE", "police")]


def test_an_arrival_is_a_visit_only_abroad() -> None:
    visit = extract("Putin arrived in New Delhi on Thursday.", published="2018-06-06")
    assert [(e["type"], e["actor2"]["name"]) for e in visit] == [("CONSULT", "India")]
    assert extract("Police arrived in Srinagar on Monday.", published="2018-06-06") == []


@pytest.mark.parametrize("text", [
    "ट्रम्प ने व्हाइट हाउस के बाहर आकर मोदी का स्वागत किया।",
    "विदेश मंत्री जयशंकर ने हवाई अड्डे पर भूटान नरेश का स्वागत किया।",
])
def test_a_leader_welcoming_another_country_s_leader_hosts_a_visit(text: str) -> None:
    assert _types(text) == ["CONSULT"]


@pytest.mark.parametrize("text", [
    "मुख्यमंत्री धामी ने माला पहनाकर मजदूरों का स्वागत किया।",
    "Prime Minister Modi welcomed the decision of the US government.",
])
def test_welcoming_one_s_own_people_or_a_decision_stays_praise(text: str) -> None:
    assert _types(text) == ["SUPPORT"]
