"""A headline restating a body event adds no second event; a place that is the seat of a topic
("the crisis in Ukraine") is not where the event happens. Sentences written for these tests."""

from ghatna.api import extract


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
