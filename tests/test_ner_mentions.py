"""The learned Hindi NER tagger inside the mentions stage: names the gazetteer does not know
become actors and places (sentences written for this test, not taken from news)."""

from __future__ import annotations

from testkit import run_stages

from ghatna.data import Mention


def _mentions(text: str, *stages: str) -> list[Mention]:
    doc = run_stages(text, *stages, published="2025-03-12")
    return [m for ms in doc.mentions for m in ms]


def test_unknown_person_is_an_actor_with_a_latin_name_in_a_coded_event() -> None:
    text = ("नई दिल्ली, 12 मार्च (भाषा) प्रधानमंत्री नरेंद्र मोदी ने बुधवार को हेमकांत बरुआ से "
            "मुलाकात की।")
    (new,) = [m for m in _mentions(text, "mentions") if m.attrs.new]
    assert new.kind == "actor" and new.actor is not None
    assert new.actor.name == "Hemkant Barua" and new.actor.kind == "person"
    assert new.actor.id is None and new.text == "हेमकांत बरुआ"
    doc = run_stages(text, published="2025-03-12")
    assert [(e.type, e.actor1 and e.actor1.name, e.actor2 and e.actor2.name)
            for e in doc.events] == [("CONSULT", "Narendra Modi", "Hemkant Barua")]


def test_unknown_town_is_a_place_with_the_country_of_a_known_place() -> None:
    text = "पटना, 3 मई (भाषा) बिहार पुलिस ने बुधवार को सिमरीबख्तियारपुर में छापा मारा।"
    (new,) = [m for m in _mentions(text, "mentions") if m.attrs.new]
    assert new.kind == "place" and new.place is not None
    assert new.place.name == "Simribakhtiyarpur" and new.place.country == "IND"
    assert new.place.id is None


def test_known_entities_are_left_as_the_gazetteer_gives_them() -> None:
    found = _mentions("रूसी राष्ट्रपति व्लादिमीर पुतिन ने मास्को में बैठक की।", "mentions")
    assert not any(m.attrs.new for m in found)
    (putin,) = [m.actor for m in found if m.actor is not None]
    assert putin.name == "Vladimir Putin" and putin.id is not None
    (moscow,) = [m.place for m in found if m.place is not None]
    assert moscow.name == "Moscow" and moscow.country == "RUS"
