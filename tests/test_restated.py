"""A headline restating a body event adds no second event; a place that is the seat of a topic
("the crisis in Ukraine") is not where the event happens. Sentences written for these tests."""

from ghatna.api import extract
from ghatna.data import Actor, Event
from ghatna.pipeline.restated import (
    drop_host_countries,
    drop_unnamed_agents,
    drop_untargeted_retellings,
)


def _events(text: str) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    out = []
    for e in extract(text, published="2023-06-02"):
        a1, a2, place = e["actor1"], e["actor2"], e["location"]
        out.append((e["type"], a1 and a1["name"], a2 and a2["name"], e["date"],
                    place and place["name"]))
    return out


def test_headline_retold_by_the_body_gives_one_event_with_the_body_date() -> None:
    text = ("India, Nepal vow to resolve border row\n"
            "India and Nepal on Thursday agreed to resolve the boundary dispute.")
    events = _events(text)
    assert [e[:4] for e in events] == [("AGREE", "India", "Nepal", "2023-06-01")]


def test_headline_event_the_body_does_not_retell_stays() -> None:
    text = ("Modi meets Putin in Moscow\n"
            "Later, India and Russia agreed to expand cooperation in energy.")
    types = sorted(e[0] for e in _events(text))
    assert types == ["AGREE", "CONSULT"]


def test_a_line_ending_in_a_full_stop_is_no_headline() -> None:
    text = ("India and Nepal agreed to resolve the border row in 2019.\n"
            "India and Nepal on Thursday agreed to resolve the boundary dispute.")
    dates = sorted(e[3] or "" for e in _events(text) if e[0] == "AGREE")
    assert dates == ["2019", "2023-06-01"]


def test_english_topic_place_is_not_the_scene() -> None:
    events = _events("MOSCOW: Jaishankar held talks with Lavrov on Friday on the crisis in Ukraine.")
    assert [(e[0], e[4]) for e in events] == [("CONSULT", "Moscow")]


def test_hindi_topic_place_is_not_the_scene() -> None:
    events = _events("मास्को: जयशंकर ने शुक्रवार को लावरोव से यूक्रेन में जारी संघर्ष पर बातचीत की।")
    assert [(e[0], e[4]) for e in events] == [("CONSULT", "Moscow")]


def test_a_place_with_an_event_in_it_stays_the_scene() -> None:
    events = _events("Jaishankar held talks with Lavrov in Moscow on Friday.")
    assert [(e[0], e[4]) for e in events] == [("CONSULT", "Moscow")]


def _dated(text: str, published: str = "2022-01-27") -> list[tuple[str, str | None]]:
    return sorted((e["type"], e["date"]) for e in extract(text, published=published))


def test_an_act_dated_only_by_publication_gives_way_to_its_dated_retelling() -> None:
    text = ("The STF arrested one accused, an officer said. "
            "The STF team on Monday raided the house of the accused and arrested him.")
    assert _dated(text) == [("COERCE", "2022-01-24")]


def test_an_earlier_act_of_the_same_sides_is_another_fact() -> None:
    text = ("Police arrested the gangster. "
            "In 2019 the police had arrested the gangster in another case.")
    assert _dated(text) == [("COERCE", "2019"), ("COERCE", "2022-01-27")]


def _sides(text: str) -> list[tuple[str, str | None, str | None, bool]]:
    return [(e["type"], e["actor1"] and e["actor1"]["name"], e["actor2"] and e["actor2"]["name"],
             e["planned"]) for e in extract(text, published="2023-04-27")]


def test_an_act_told_again_without_a_target_by_the_same_side_is_one_event() -> None:
    # "Police" (IND, POL) is the side of "Haryana Police"; the raids name nobody: a retelling
    text = ("Haryana Police detained 40 farmers in Karnal on Monday. "
            "Police conducted raids at several places on Tuesday.")
    assert _sides(text) == [("COERCE", "Haryana Police", "farmers", False)]


def test_an_untargeted_act_of_another_side_stays() -> None:
    text = ("The army detained 40 militants in Kupwara on Monday. "
            "Police conducted raids at several places on Tuesday.")
    assert _sides(text) == [("COERCE", "army", "militants", False),
                            ("COERCE", "police", None, False)]


def test_an_untargeted_planned_act_is_not_a_retelling_of_a_past_one() -> None:
    text = ("Haryana Police detained 40 farmers in Karnal on Monday. "
            "Police will conduct raids at several places on Friday.")
    assert _sides(text) == [("COERCE", "Haryana Police", "farmers", False),
                            ("COERCE", "police", None, True)]


def _event(etype: str, agent: Actor, target: Actor | None) -> Event:
    return Event(doc_id="d", type=etype, actor1=agent, actor2=target, sentence="s", span=(0, 1),
                 sentence_span=(0, 1))


def test_untargeted_retelling_needs_the_same_type_and_a_known_side() -> None:
    police = Actor("police", country="IND", sector="POL", kind="group")
    cbi = Actor("Central Bureau of Investigation", country="IND", sector="POL",
                kind="org")
    maoists = Actor("Maoists", country=None, sector="REB", kind="group")
    rebels = Actor("rebels", country=None, sector="REB", kind="group")
    accused = Actor("accused", country="IND", sector="CRM", kind="group")
    full = _event("COERCE", cbi, accused)
    assert drop_untargeted_retellings([full, _event("COERCE", police, None)]) == [full]
    other_type = _event("ASSAULT", police, None)
    assert drop_untargeted_retellings([full, other_type]) == [full, other_type]
    # no country: only the same actor is the same side
    attack = _event("ASSAULT", maoists, police)
    untargeted_rebels = _event("ASSAULT", rebels, None)
    assert drop_untargeted_retellings([attack, untargeted_rebels]) == [attack, untargeted_rebels]
    assert drop_untargeted_retellings([attack, _event("ASSAULT", maoists, None)]) == [attack]


def test_a_visited_country_beside_its_named_host_is_one_consult_english() -> None:
    text = "Modi visited Bangladesh on Friday and held talks with Sheikh Hasina."
    assert _sides(text) == [("CONSULT", "Narendra Modi", "Sheikh Hasina", False)]


def test_a_visited_country_beside_its_named_host_is_one_consult_hindi() -> None:
    text = "प्रधानमंत्री मोदी ने शुक्रवार को बांग्लादेश का दौरा किया और शेख हसीना से मुलाकात की।"
    assert _sides(text) == [("CONSULT", "Narendra Modi", "Sheikh Hasina", False)]


def test_a_visited_country_without_a_named_host_stays() -> None:
    assert _sides("Jaishankar visited Russia on Monday.") == [
        ("CONSULT", "S. Jaishankar", "Russia", False)]


def test_a_country_target_gives_way_only_to_a_party_of_that_country() -> None:
    modi = Actor("Narendra Modi", id="person:narendra-modi", country="IND", sector="GOV")
    hasina = Actor("Sheikh Hasina", id="person:sheikh-hasina", country="BGD", sector="GOV")
    bangladesh = Actor("Bangladesh", id="country:BGD", country="BGD", sector="GOV",
                       kind="country")
    nepal = Actor("Nepal", id="country:NPL", country="NPL", sector="GOV", kind="country")
    host, visit = _event("CONSULT", modi, hasina), _event("CONSULT", modi, bangladesh)
    assert drop_host_countries([visit, host]) == [host]
    other_country = _event("CONSULT", modi, nepal)
    assert drop_host_countries([other_country, host]) == [other_country, host]
    other_sentence = _event("CONSULT", modi, bangladesh)
    other_sentence.sentence_span = (5, 9)
    assert drop_host_countries([other_sentence, host]) == [other_sentence, host]
    other_type = _event("SUPPORT", modi, bangladesh)
    assert drop_host_countries([other_type, host]) == [other_type, host]


def test_a_protest_told_by_its_noun_gives_way_to_its_named_doers() -> None:
    text = ("Bus drivers staged a statewide strike on Monday against the new fuel tax. "
            "In Nagpur, the protests turned violent.")
    assert [e[:2] for e in _events(text)] == [("PROTEST", "drivers")]


def test_a_protest_told_only_by_its_noun_has_the_protesters_as_agent() -> None:
    events = _events("Protests erupted in several towns of Bihar on Friday after the verdict.")
    assert [e[:2] for e in events] == [("PROTEST", "protesters")]


def test_an_unnamed_agent_gives_way_only_when_no_one_is_named() -> None:
    protesters = Actor("protesters", id="group:protesters", country="IND", sector="CVL",
                       kind="group")
    drivers = Actor("drivers", id="group:drivers", country="IND", sector="CVL", kind="group",
                    text="drivers", span=(0, 7))
    government = Actor("government", id="implicit:gov:IND", country="IND", sector="GOV",
                       kind="group")
    named = _event("PROTEST", drivers, government)
    unnamed = _event("PROTEST", protesters, government)
    assert drop_unnamed_agents([named, unnamed]) == [named]
    # another day is another protest
    unnamed.date, named.date = "2024-03-02", "2024-03-01"
    assert drop_unnamed_agents([named, unnamed]) == [named, unnamed]
    # an act with a named target is a fact of its own ("Several people were detained")
    police = Actor("police", id="group:police", country="IND", sector="POL", kind="group")
    delhi_police = Actor("Delhi Police", id="org:delhi-police", country="IND", sector="POL",
                         kind="org", text="Delhi Police", span=(0, 12))
    youths = Actor("youths", id="group:youths", country="IND", sector="CVL", kind="group",
                   text="youths", span=(20, 26))
    leaders = Actor("leaders", id="group:leaders", country="IND", sector="PTY", kind="group",
                    text="leaders", span=(30, 37))
    arrest = _event("COERCE", police, youths)
    other = _event("COERCE", delhi_police, leaders)
    assert drop_unnamed_agents([other, arrest]) == [other, arrest]
