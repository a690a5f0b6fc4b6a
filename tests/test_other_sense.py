""""meet" in its sense of satisfying ("meet their needs", "meet the deadline") meets no one
(pattern flag other_sense_object, word class sense_object, nonfinite.other_sense); with an
actor as its object it stays a meeting. Sentences written for these tests."""

from __future__ import annotations

from ghatna.api import extract


def _consults(text: str) -> list[tuple[str | None, str | None]]:
    return [(e["actor1"] and e["actor1"]["name"], e["actor2"] and e["actor2"]["name"])
            for e in extract(text, published="2024-05-10") if e["type"] == "CONSULT"]


def test_meeting_a_deadline_set_by_a_court_is_no_meeting() -> None:
    assert _consults("The company failed to meet the deadline set by the court.") == []


def test_meeting_the_needs_of_neighbours_is_no_meeting() -> None:
    assert _consults("India sent more rice to Nepal and Bhutan to meet their food "
                     "requirements.") == []


def test_meeting_a_person_stays_a_meeting() -> None:
    assert _consults("Modi will meet Biden in Washington next week.") == [
        ("Narendra Modi", "Joe Biden")]


def test_a_sense_noun_after_the_person_met_does_not_undo_the_meeting() -> None:
    assert _consults("Jaishankar met Blinken to discuss the deadline for the trade deal.") == [
        ("S. Jaishankar", "Antony Blinken")]


def _protests(text: str) -> list[str | None]:
    return [e["actor1"] and e["actor1"]["name"]
            for e in extract(text, published="2024-05-10") if e["type"] == "PROTEST"]


def test_a_rated_performance_is_no_protest() -> None:
    # प्रदर्शन is a protest and a performance; a judging adjective (word class sense_modifier,
    # pattern flag other_sense_modifier) tells the performance of a team or a student
    assert _protests("मेधावी छात्रों ने इस साल की बोर्ड परीक्षा में शानदार प्रदर्शन किया।") == []
    assert _protests("नई फिल्म ने पहले हफ्ते में उम्मीद से बेहतर प्रदर्शन किया।") == []


def test_a_degree_word_may_stand_before_the_rating() -> None:
    assert _protests("इस बार छात्राओं ने बोर्ड परीक्षा में सबसे बेहतरीन प्रदर्शन किया।") == []


def test_a_vigorous_protest_stays_a_protest() -> None:
    assert _protests("बेरोजगार युवाओं ने कलेक्ट्रेट के बाहर सरकार के खिलाफ जोरदार "
                     "प्रदर्शन किया।") != []


def _coerces(text: str) -> list[tuple[str | None, str | None]]:
    return [(e["actor1"] and e["actor1"]["name"], e["actor2"] and e["actor2"]["name"])
            for e in extract(text, published="2024-05-10") if e["type"] == "COERCE"]


def test_the_banned_group_tells_its_standing_not_a_ban() -> None:
    # pattern flag attributive_status: a participle between a determiner and its actor
    assert _coerces("Two cadres of the banned CPI (Maoist) surrendered before the police "
                    "in Sukma.") == []
    assert _coerces("The dead men belonged to the outlawed Lashkar-e-Taiba, officials said.") == []
    assert _coerces("The woman killed in the forest was an area commander of outlawed "
                    "CPI (Maoist), the SP said.") == []


def test_banning_a_group_stays_a_ban() -> None:
    assert _coerces("The Centre banned the Popular Front of India for five years.") == [
        ("Government of India", "Popular Front of India")]
