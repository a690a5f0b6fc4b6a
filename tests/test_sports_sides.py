"""A country named for its sports side is no party to an event (annotation.md: sports results
are not events; pipeline/sports_sides.py, word classes sports_player, sport_name, side_noun,
national_side_name). A country's team that is no sports side keeps its act. Sentences written
for these tests."""

from __future__ import annotations

from ghatna.api import extract


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e["type"], e["actor1"] and e["actor1"]["name"], e["actor2"] and e["actor2"]["name"])
            for e in extract(text, published="2024-05-10")]


def test_a_nationality_before_a_player_is_no_state() -> None:
    assert _events("मैच से पहले एक पाकिस्तानी क्रिकेटर ने टीम इंडिया को खुली चुनौती दी।") == []


def test_a_national_side_named_as_such_is_no_state() -> None:
    assert _events("Team India thrashed Pakistan by eight wickets in the final.") == []


def test_a_country_through_a_genitive_before_its_bowlers() -> None:
    assert _events("मैच के बाद पाकिस्तान के गेंदबाजों ने भारतीय कप्तान पर निशाना साधा।") == []


def test_a_state_acting_on_a_side_keeps_its_act() -> None:
    assert [(t, a1) for t, a1, _ in _events(
        "चीन ने भारतीय खिलाड़ियों को प्रवेश देने से मना कर दिया।")] == [("REJECT", "China")]


def test_a_team_in_a_named_sport_is_a_sports_side() -> None:
    assert _events("भारतीय फुटबॉल टीम ने नेपाल के खिलाफ शानदार खेल दिखाते हुए "
                   "जोरदार प्रदर्शन किया।") == []


def test_a_rescue_team_of_a_country_still_brings_relief() -> None:
    assert [(t, a1) for t, a1, _ in _events(
        "India sent two rescue teams to Nepal with relief material on Monday.")] == [
        ("AID", "India")]


def test_the_state_beside_a_player_word_elsewhere_keeps_its_act() -> None:
    assert ("ACCUSE", "India", "Pakistan") in [
        (t, a1, a2) for t, a1, a2 in _events(
            "India accused Pakistan of sponsoring terrorism, a day after the cricket "
            "players met in Dubai.")]
