"""Implicit targets: an event whose text names no target gets the usual one for its type."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from ghatna import extract
from ghatna.data import Actor, Event, Place
from ghatna.learned.implicit_targets import (
    fill_implicit_targets,
    implicit_target_sectors,
    implicit_targets_by_agent,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training"))
from train_implicit_targets import build_agent_entries, build_model  # noqa: E402


def _event(etype: str, target: Actor | None = None, place: Place | None = None,
           agent_sector: str = "CVL") -> Event:
    farmers = Actor(name="farmers", country="IND", sector=agent_sector, kind="group")
    return Event(doc_id="d", type=etype, actor1=farmers, actor2=target, location=place,
                 sentence="", span=(0, 0), sentence_span=(0, 0))


def test_a_type_rarely_without_target_gets_one_in_the_events_country() -> None:
    # an agent sector with no by-agent entry for PROTEST (the train split gives civilians and
    # parties one since session 14), so that the by-type guess is what is tested
    assert "PROTEST|BUS" not in implicit_targets_by_agent()
    sector = implicit_target_sectors()["PROTEST"]
    [event] = fill_implicit_targets([_event("PROTEST", place=Place(name="Dhaka", country="BGD"),
                                            agent_sector="BUS")], "IND")
    assert event.actor2 is not None
    assert (event.actor2.sector, event.actor2.country) == (sector, "BGD")
    assert event.actor2.span is None and event.actor2.text == ""  # nothing in the text names it
    assert event.actor2.id == f"implicit:{sector.lower()}:BGD"


def test_a_named_target_is_kept_and_a_type_without_usual_target_stays_empty() -> None:
    police = Actor(name="police", country="IND", sector="POL", kind="group")
    kept, mobilised = fill_implicit_targets([_event("PROTEST", police), _event("MOBILIZE")], None)
    assert kept.actor2 is police
    assert "MOBILIZE" not in implicit_target_sectors() and mobilised.actor2 is None


def test_no_country_anywhere_leaves_the_target_empty() -> None:
    stateless = Event(doc_id="d", type="PROTEST", actor1=Actor(name="protesters", kind="group"), actor2=None,
                      sentence="", span=(0, 0), sentence_span=(0, 0))
    [event] = fill_implicit_targets([stateless], None)
    assert event.actor2 is None


def test_training_keeps_types_whose_events_mostly_have_a_target() -> None:
    counts = {"PROTEST": Counter({"GOV": 6, "POL": 2, "": 2}),
              "MOBILIZE": Counter({"": 9, "MIL": 1}),
              "AID": Counter({"CVL": 4, "GOV": 4}),
              "ASSAULT": Counter({"MIL": 4, "POL": 3, "REB": 3})}
    model = build_model(counts, min_share=0.8, min_sector_share=0.5, min_events=5)
    assert model["types"]["PROTEST"]["sector"] == "GOV"
    assert model["types"]["PROTEST"]["target_share"] == 0.8
    assert "MOBILIZE" not in model["types"]  # 10 % with a target
    assert model["types"]["AID"]["sector"] == "CVL"  # a tie goes to the first name
    assert "ASSAULT" not in model["types"]  # no sector is the usual one: 40 % at most
    assert build_model(counts, min_share=0.8, min_sector_share=0.5, min_events=11)["types"] == {}


def test_a_protest_without_a_target_is_against_the_government_in_both_languages() -> None:
    for text in ("Farmers protested in Karnal on Monday.",
                 "किसानों ने सोमवार को करनाल में प्रदर्शन किया।"):
        [event] = [e for e in extract(text, published="2021-09-01") if e["type"] == "PROTEST"]
        assert event["actor2"] is not None
        assert (event["actor2"]["name"], event["actor2"]["country"]) == ("government", "IND")
        assert event["actor2"]["span"] is None


def test_training_learns_the_target_an_agent_sector_usually_has() -> None:
    counts = {"ASSAULT|MIL": Counter({"MIL|other": 8, "REB|same": 1, "": 1}),
              "ASSAULT|REB": Counter({"POL|same": 3, "POL|other": 3, "CVL|same": 3}),
              "ACCUSE|POL": Counter({"CRM|same": 2})}
    entries = build_agent_entries(counts, min_share=0.8, min_side_share=0.6, min_events=5)
    assert entries["ASSAULT|MIL"] == {"sector": "MIL", "side": "other", "share": 0.8,
                                      "events": 10}
    assert "ASSAULT|REB" not in entries  # a third each: no usual target
    assert "ACCUSE|POL" not in entries  # too few events


def test_a_foreign_armys_attack_without_target_hits_the_home_countrys_army() -> None:
    assert implicit_targets_by_agent()["ASSAULT|MIL"] == ("MIL", "other")
    army = {"PAK": Actor(name="Pakistan Army", country="PAK", sector="MIL", kind="org"),
            "IND": Actor(name="Indian Army", country="IND", sector="MIL", kind="org")}
    events = [Event(doc_id="d", type="ASSAULT", actor1=army[c], actor2=None, sentence="",
                    span=(0, 0), sentence_span=(0, 0)) for c in ("PAK", "IND")]
    foreign, home = fill_implicit_targets(events, "IND")
    assert foreign.actor2 is not None
    assert (foreign.actor2.sector, foreign.actor2.country) == ("MIL", "IND")
    # the home army's other side is the other country the story names
    assert home.actor2 is not None and home.actor2.country == "PAK"
    [alone] = fill_implicit_targets(events[1:], "IND")
    assert alone.actor2 is None  # no other country in the story: no guess


def test_a_learned_event_of_a_type_with_an_implicit_target_keeps_its_agent():
    # no pattern reads "gathered ... raising slogans"; the event-type model does, and a protest
    # with no named target gets the usual one (a government) instead of being dropped
    from ghatna.api import extract

    events = extract("Thousands of farmers gathered outside the collectorate in Karnal on "
                     "Monday, raising slogans.", published="2024-05-01")
    assert [(e["type"], e["actor1"]["name"]) for e in events] == [("PROTEST", "farmers")]
    assert events[0]["actor2"]["id"].startswith("implicit:")


def _gov_event(etype: str, agent: Actor, target: Actor | None = None) -> Event:
    return Event(doc_id="d", type=etype, actor1=agent, actor2=target, sentence="",
                 span=(0, 0), sentence_span=(0, 0))


def test_a_home_governments_threat_is_aimed_at_the_other_country_of_the_story() -> None:
    assert implicit_targets_by_agent()["THREATEN|GOV"] == ("GOV", "other")
    brazil = Actor(name="Brazil", country="BRA", sector="GOV", kind="country")
    canada = Actor(name="Justin Trudeau", country="CAN", sector="GOV", kind="person")
    tariff = _gov_event("SANCTION", canada, brazil)  # a named act of the same story
    consult = _gov_event("CONSULT", canada, Actor(name="Mexico", country="MEX", sector="GOV",
                                                  kind="country"))
    threat = _gov_event("THREATEN", canada)
    *_, filled = fill_implicit_targets([tariff, tariff, consult, threat], "CAN")
    assert filled.actor2 is not None
    assert (filled.actor2.sector, filled.actor2.country) == ("GOV", "BRA")


def test_a_home_governments_threat_with_no_other_country_gets_no_target() -> None:
    # never the agent's own government (the type's usual sector in the event's country)
    agent = Actor(name="Justin Trudeau", country="CAN", sector="GOV", kind="person")
    [threat] = fill_implicit_targets([_gov_event("THREATEN", agent)], "CAN")
    assert threat.actor2 is None


def test_a_threat_told_without_target_is_aimed_at_the_country_the_story_names() -> None:
    text = ("WASHINGTON: US President Donald Trump on Monday imposed a 50 per cent tariff on "
            "Brazil. In the order, Trump further threatened to act again.")
    [threat] = [e for e in extract(text, published="2025-08-01") if e["type"] == "THREATEN"]
    assert (threat["actor1"]["name"], threat["actor2"]["country"]) == ("Donald Trump", "BRA")
    assert threat["actor2"]["span"] is None


def test_a_state_ban_with_no_one_named_is_not_aimed_at_its_own_government() -> None:
    events = extract("मणिपुर सरकार ने राजधानी में ड्रोन के इस्तेमाल पर प्रतिबंध लगा दिया।",
                     published="2025-08-01")
    assert [(e["type"], e["actor2"]) for e in events] == [("SANCTION", None)]
