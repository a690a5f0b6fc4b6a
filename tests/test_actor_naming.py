"""Who the actors of an event are: party members, bare offices, namesakes, accused crowds.
Sentences written for these tests."""

from testkit import event_roles

from ghatna.api import extract


def _actors(text: str, published: str = "2023-03-10") -> list[tuple[str, tuple, tuple]]:
    """(type, (name, country, sector) of actor1, the same of actor2) of every event."""
    def side(actor: dict | None) -> tuple:
        return (actor["name"], actor["country"], actor["sector"]) if actor else ()
    return [(e["type"], side(e["actor1"]), side(e["actor2"]))
            for e in extract(text, published=published)]


def test_a_party_right_before_a_singular_title_is_the_party_acting() -> None:
    assert ("COERCE", "police", "Bharatiya Janata Party") in event_roles(
        "पुलिस ने भाजपा नेता को गिरफ्तार किया।")
    assert ("ACCUSE", "Bharatiya Janata Party", "Indian National Congress") in event_roles(
        "भाजपा प्रवक्ता ने कांग्रेस पर आरोप लगाया।")
    assert ("COERCE", "police", "Bharatiya Janata Party") in event_roles(
        "Police arrested a BJP leader on Monday.")


def test_a_party_title_before_an_unknown_name_makes_that_person() -> None:
    assert ("COERCE", "police", "Ramesh Kumar Verma") in event_roles(
        "Police arrested Congress MLA Ramesh Kumar Verma on Monday.")


def test_a_bare_state_office_with_no_known_holder_is_the_story_country_s() -> None:
    events = _actors("नई दिल्ली: परिवहन मंत्री ने अधिकारियों से रिपोर्ट मांगी।")
    assert any(t == "REQUEST" and a1[1:] == ("IND", "GOV") for t, a1, _ in events)


def test_a_bare_security_rank_still_needs_a_country() -> None:
    # a police rank among casualties is nobody's agent: no country, no actor
    events = _actors("मुठभेड़ में एक दरोगा घायल हो गया।")
    assert all(a1 == () or a1[0] != "India police officer" for _, a1, _ in events)


def test_an_office_holder_on_the_event_date_acts_in_that_office() -> None:
    events = _actors("नरेंद्र मोदी ने टोक्यो में जापान के प्रधानमंत्री से मुलाकात की।",
                     published="2023-03-10")
    assert ("CONSULT", ("Narendra Modi", "IND", "GOV"), ("Fumio Kishida", "JPN", "GOV")) in events


def test_a_known_one_word_alias_opening_an_unknown_name_is_someone_else() -> None:
    names = {a2 for _, _, a2 in event_roles("The court denied bail to Shah Rukh Khan on Friday.")}
    assert "Shah Rukh Khan" in names and "Amit Shah" not in names


def test_an_accused_crowd_is_crm_whatever_its_trade() -> None:
    events = _actors("सीबीआई ने आरोपी अधिकारी को गिरफ्तार किया।")
    assert any(t == "COERCE" and a2[1:] == ("IND", "CRM") for t, _, a2 in events)
    # suspected militants stay militants
    events = _actors("सेना ने संदिग्ध आतंकियों को पकड़ा।")
    assert all(a2 == () or a2[2] != "CRM" for _, _, a2 in events)


def test_a_capitalised_name_after_an_apposition_cue_is_a_person() -> None:
    events = _actors("Police arrested social activist Ravi Thakre in Pune on Tuesday.")
    assert ("COERCE", ("police", "IND", "POL"), ("Ravi Thakre", None, "CVL")) in events
    # the possessor before the cue qualifies the person and is no target of its own
    assert [a2[0] for t, _, a2 in _actors("Police detained the mayor's wife Lorna Baptiste on "
                                           "Monday.") if t == "COERCE"] == ["Lorna Baptiste"]


def test_unknown_names_in_a_list_with_a_person_are_people() -> None:
    targets = {a2 for t, _, a2 in event_roles(
        "Rahul Verma, Tenzin Dorje and Kiran Lobo were arrested by the NCB on Monday.")
        if t == "COERCE"}
    assert {"Rahul Verma", "Tenzin Dorje", "Kiran Lobo"} <= targets


def test_two_names_joined_by_and_alone_are_not_a_list() -> None:
    # "and" after a lone person starts no list: a capitalised pair there may be anything
    roles = event_roles("Rahul Verma and Blue Star were fined by the court on Monday.")
    assert all(a2 != "Blue Star" for _, _, a2 in roles)


def test_the_minister_of_external_affairs_is_india_s() -> None:
    assert ("CONSULT", "S. Jaishankar", "Catherine Colonna") in event_roles(
        "The Minister of External Affairs met Catherine Colonna on Monday.", published="2023-03-10")


def test_a_short_name_defined_in_brackets_is_the_organisation_throughout() -> None:
    text = ("The HJM protested against the state government on Sunday. Himgiri Janata Morcha "
            "(HJM) general secretary Naresh Bisht said the strike would go on.")
    agents = {a1 for t, a1, _ in event_roles(text)}
    assert "Himgiri Janata Morcha" in agents


def test_plural_office_holders_are_a_group() -> None:
    events = _actors("नई दिल्ली: तीन मंत्रियों ने सोमवार को इस्तीफा दे दिया।")
    assert any(t == "RETREAT" and a1[0] == "ministers" and a1[2] == "GOV" for t, a1, _ in events)


def test_civilians_from_a_place_are_of_its_country() -> None:
    events = _actors("COLOMBO: The Sri Lankan Navy detained nine fishermen from Nagapattinam "
                     "on Friday.")
    assert any(t == "COERCE" and a2[1:] == ("IND", "CVL") for t, _, a2 in events)


def test_a_story_without_a_scene_is_at_home_where_its_places_are() -> None:
    # no dateline, no "in X": the places the story names still say whose police act
    text = "Protesters from Madurai blocked the highway. Police detained the protesters on Monday."
    events = _actors(text)
    assert any(t == "COERCE" and a1 == ("police", "IND", "POL") for t, a1, _ in events)


def test_a_story_that_names_no_place_is_at_home_where_its_known_actors_are() -> None:
    # no dateline, no place at all: the party and the chief minister say whose police act
    text = ("Activists of the Youth Congress were lathicharged by the police when they marched "
            "towards the office of Chief Minister Pinarayi Vijayan on Friday.")
    events = _actors(text)
    assert any(t == "COERCE" and a1 == ("police", "IND", "POL") for t, a1, _ in events)


def test_a_story_that_names_no_place_or_known_actor_has_no_home_country() -> None:
    events = _actors("Police detained the protesters on Monday.")
    assert any(t == "COERCE" and a1 == ("police", None, "POL") for t, a1, _ in events)
