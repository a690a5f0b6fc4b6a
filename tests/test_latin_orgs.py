"""Organisations the knowledge base does not know, named in Latin script (pipeline/latin_orgs.py).
Sentences written for these tests."""

from testkit import run_stages

from ghatna.api import extract
from ghatna.pipeline.latin_orgs import org_heads


def _actors(text: str) -> list[tuple[str | None, str | None, str | None]]:
    found = []
    for e in extract(text, published="2024-05-01"):
        for actor in (e["actor1"], e["actor2"]):
            if actor is not None:
                found.append((actor["name"], actor.get("country"), actor.get("sector")))
    return found


def test_a_capitalised_name_ending_in_a_head_noun_is_an_organisation_with_its_sector():
    # an organisation the knowledge base does not list
    actors = _actors("Maoists ambushed a team of the Special Tiger Protection Force in Dantewada.")
    assert ("Special Tiger Protection Force", None, "POL") in actors


def test_glue_words_stay_inside_the_name_and_a_country_inside_gives_its_country():
    actors = _actors("Police arrested two members of the Popular Front of India in Kochi.")
    assert any(name == "Popular Front of India" and country == "IND"
               for name, country, _ in actors)


def test_a_party_name_is_a_party():
    actors = _actors("Activists of the Gorkha Janmukti Morcha clashed with police in Mirik.")
    assert any(name == "Gorkha Janmukti Morcha" and sector == "PTY" for name, _, sector in actors)


def test_a_head_noun_alone_is_no_new_organisation():
    names = {name for name, _, _ in _actors("Police arrested two men in Ludhiana on Monday.")}
    assert not any(name and name.startswith("Police ") for name in names)


def test_lower_case_words_make_no_name():
    names = {name for name, _, _ in _actors(
        "The special tiger protection force was attacked by Maoists.")}
    assert "special tiger protection force" not in {n.lower() for n in names if n}


def test_every_head_has_a_known_sector():
    sectors = {"GOV", "MIL", "POL", "JUD", "LEG", "PTY", "REB", "CVL", "BUS", "MED", "IGO",
               "NGO", "REL", "CRM", "OTH"}
    assert org_heads() and set(org_heads().values()) <= sectors


def test_a_head_noun_before_a_title_qualifies_the_title() -> None:
    # "Union minister": the Union government's minister, not an organisation "Former Union"
    found = [m.actor.name for ms in run_stages(
        "Former Union minister Ram Kumar was detained by the police.", "mentions").mentions
        for m in ms if m.actor is not None and m.actor.kind == "org"]
    assert found == []


def test_an_international_office_or_forum_is_an_organisation():
    actors = _actors("The International Refugee Office urged Greece to stop the deportations.")
    assert ("International Refugee Office", None, "GOV") in actors
    actors = _actors("The Global Water Forum urged India to fund water projects.")
    assert any(name == "Global Water Forum" for name, _, _ in actors)
