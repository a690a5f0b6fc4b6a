"""A demand voiced through a protest is the protest (annotation.md, REQUEST: no separate
REQUEST for a protest's demands): an English bare participle of demand beside a protest act
codes no REQUEST of its own; a progressive "are demanding" and a demand beside any other act
stay. Sentences written for these tests."""

from __future__ import annotations

from ghatna.api import extract


def _types(text: str) -> list[str]:
    return sorted(e["type"] for e in extract(text, published="2024-05-10"))


def test_a_march_demanding_something_is_one_protest() -> None:
    assert _types("Thousands of farmers marched to Parliament on Monday demanding a legal "
                  "guarantee for crop prices.") == ["PROTEST"]


def test_a_sit_in_with_its_demand_after_a_comma_is_one_protest() -> None:
    assert _types("Students staged a sit-in outside the university on Tuesday, demanding "
                  "the vice-chancellor's resignation.") == ["PROTEST"]


def test_a_participle_before_the_protest_verb_is_its_demand_too() -> None:
    assert _types("The students, demanding the resignation of the vice-chancellor, blocked "
                  "the road.") == ["PROTEST"]


def test_a_demand_in_a_letter_stays_a_request() -> None:
    assert "REQUEST" in _types("The Congress on Monday wrote to the Election Commission "
                               "demanding action against the minister.")


def test_a_progressive_demand_stays_a_request() -> None:
    assert _types("Students are demanding the vice-chancellor's resignation.") == ["REQUEST"]


# A condemnation voiced through a protest is the protest too (annotation.md, ACCUSE: a street
# protest is PROTEST): a bare participle or a purpose "to" of condemnation beside a protest act
# codes no ACCUSE of its own (word class voiced_act_type).

def test_a_rally_held_to_denounce_something_is_one_protest() -> None:
    assert _types("About 400 teachers rallied in Patna on Monday to denounce the killing "
                  "of a union leader.") == ["PROTEST"]


def test_a_march_denouncing_something_is_one_protest() -> None:
    assert _types("Students marched through the campus on Friday denouncing the arrest of "
                  "their leader.") == ["PROTEST"]


def test_a_condemnation_stated_on_its_own_stays_an_accusation() -> None:
    types = _types("The Congress on Tuesday condemned the police action against the "
                   "students who marched to the Assembly.")
    assert "ACCUSE" in types
