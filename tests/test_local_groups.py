"""Generic groups in context: groups that reach an event without a country (an agent carried
over from an earlier sentence) are of the event's country, else of the story's, and armed
groups keep none; the soldiers of a story that named its force are that force. Sentences
written for these tests."""

from ghatna.data import Actor, Event, Place
from ghatna.pipeline.code import _localise_groups


def _event(actor1: Actor, actor2: Actor | None, location: Place | None) -> Event:
    return Event(doc_id="d", type="ACCUSE", actor1=actor1, actor2=actor2, sentence="s",
                 span=(0, 1), sentence_span=(0, 1), location=location)


POLICE = Actor(name="police", id="group:police", sector="POL", kind="group")
MILITANTS = Actor(name="militants", id="group:militants", sector="REB", kind="group")
SARAN = Place(name="Saran", country="IND", kind="city")


def test_a_police_team_without_a_country_is_of_the_event_s_place() -> None:
    event = _localise_groups(_event(POLICE, None, SARAN), home="NPL")
    assert event.actor1 is not None and event.actor1.country == "IND"


def test_without_a_place_the_story_s_home_country_is_used() -> None:
    event = _localise_groups(_event(POLICE, None, None), home="NPL")
    assert event.actor1 is not None and event.actor1.country == "NPL"


def test_armed_groups_and_known_countries_are_left_as_they_are() -> None:
    pakistani_police = Actor(name="police", id="group:police", country="PAK", sector="POL",
                             kind="group")
    event = _localise_groups(_event(pakistani_police, MILITANTS, SARAN), home="IND")
    assert event.actor1 is not None and event.actor1.country == "PAK"
    assert event.actor2 is not None and event.actor2.country is None


def test_nothing_changes_without_a_place_or_a_home_country() -> None:
    event = _event(POLICE, None, None)
    assert _localise_groups(event, home=None) is event


def test_the_soldiers_of_a_story_that_named_its_force_are_that_force() -> None:
    from testkit import event_actors

    text = "सुकमा में सीआरपीएफ की टीम गश्त पर थी। तभी नक्सलियों ने जवानों पर हमला कर दिया।"
    events = event_actors(text, published="2022-03-11")
    assert [(kind, a2["name"], a2["sector"]) for kind, _, a2 in events if a2] == [
        ("ASSAULT", "Central Reserve Police Force", "POL")]


def test_soldiers_of_another_country_or_an_investigating_agency_do_not_count() -> None:
    from testkit import event_actors

    foreign = "Pakistani troops fired at BSF posts on Monday."
    assert [(a1["name"], a1["country"]) for _, a1, _ in event_actors(foreign, "2022-03-11")
            if a1][0] == ("soldiers", "PAK")
    agency = "सुकमा में ईडी की टीम पहुंची। तभी नक्सलियों ने जवानों पर हमला कर दिया।"
    # not the ED's men: the security forces a Maoist story's soldiers are (_police_war_force)
    assert [a2["name"] for _, _, a2 in event_actors(agency, "2022-03-11") if a2] == [
        "security forces"]
