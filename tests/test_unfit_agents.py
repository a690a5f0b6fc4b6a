"""An act only an authority does (word class authority_type: COERCE) read with a civilian or
criminal agent (non_authority_sector) is a misreading of its sides and is dropped
(pipeline/doc_facts.py): the arrested thief as the one who arrests, farmers protesting a lathi
charge as those who charge. The same acts by the police stay, and help (AID) by volunteers
too. Sentences written for these tests."""

from ghatna.api import extract


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e["type"], e["actor1"] and e["actor1"]["name"], e["actor2"] and e["actor2"]["name"])
            for e in extract(text, published="2024-07-15")]


def test_volunteers_do_help() -> None:
    # help is no act of authorities only: volunteers and villagers give it too
    events = _events("स्वयंसेवकों ने बाढ़ पीड़ितों को भोजन बांटा।")
    assert [e[0] for e in events] == ["AID"]


def test_a_wounded_thief_does_not_arrest() -> None:
    events = _events("चोर के हाथ में चोट लगी है, फिलहाल उसे पकड़कर गिरफ्तार कर थाने लाया गया है।")
    assert [e for e in events if e[0] == "COERCE"] == []


def test_farmers_protesting_a_lathi_charge_do_not_charge() -> None:
    events = _events("Farmers in several districts blocked highways in protest at police using "
                     "lathi-charge on their leaders.")
    assert ("PROTEST", "farmers", "police") in events
    assert [e for e in events if e[0] == "COERCE" and e[1] == "farmers"] == []


def test_authorities_still_arrest_and_relief_forces_rescue() -> None:
    assert _events("Police arrested 12 protesters in Jaipur on Monday.") == [
        ("COERCE", "police", "protesters")]
    events = _events("एनडीआरएफ की टीमों ने सोमवार को बाढ़ में फंसे 300 लोगों को सुरक्षित निकाला।")
    assert [e[:2] for e in events] == [("AID", "National Disaster Response Force")]
