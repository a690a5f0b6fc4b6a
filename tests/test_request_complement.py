"""English demands and threats and the acts they govern (pipeline/matching.py,
``_asked_or_threatened``; plover_types.tsv, REQUEST ``target_in_that_clause`` right_after).
The act a demand asks for is no event of its own, and the subject of a "that" clause right
after a demand verb is who is asked. Sentences written for these tests."""

from ghatna.api import extract


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e["type"], e["actor1"] and e["actor1"]["name"], e["actor2"] and e["actor2"]["name"])
            for e in extract(text, published="2024-03-05")]


def test_the_act_asked_for_after_to_is_no_event() -> None:
    events = _events("Japan urged the European Union to condemn Russia on Monday.")
    assert [e[0] for e in events] == ["REQUEST"]


def test_the_act_asked_for_in_a_that_clause_is_no_event() -> None:
    events = _events("Turkey demanded that Sweden refuse to extradite the journalists.")
    assert [e[0] for e in events] == ["REQUEST"]


def test_the_subject_of_the_that_clause_is_who_is_asked() -> None:
    events = _events("The opposition demanded that the government withdraw the farm laws.")
    assert events == [("REQUEST", "opposition", "government")]


def test_an_act_after_a_clause_break_is_an_act_of_its_own() -> None:
    events = _events("Japan urged restraint, and Russia attacked Kyiv on Monday.")
    assert "ASSAULT" in [e[0] for e in events]
