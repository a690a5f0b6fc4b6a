"""English forces in conflict news: a nationality before the bare word "forces" names that
state's armed forces (groups.tsv); a withdrawal names its own troops, not its target (pattern
flag own_force); fire a foreign force opens at no one named is aimed at the armed forces of the
story's country (flag opposing_forces). Sentences written for these tests."""

from ghatna.api import extract


def _sides(text: str, event_type: str) -> list[tuple[tuple, tuple]]:
    def side(actor: dict | None) -> tuple:
        return (actor["name"], actor["country"], actor["sector"]) if actor else ()
    return [(side(e["actor1"]), side(e["actor2"]))
            for e in extract(text, published="2023-09-06") if e["type"] == event_type]


def test_a_nationality_before_forces_is_that_states_army() -> None:
    sides = _sides("The Iranian forces shelled the border posts of Iraq on Tuesday.", "ASSAULT")
    assert sides and all(a1[1:] == ("IRN", "MIL") for a1, _ in sides)


def test_security_forces_keep_their_own_sector() -> None:
    sides = _sides("Security forces killed two Maoists in Sukma on Monday.", "ASSAULT")
    assert sides and sides[0][0][2] == "POL"


def test_withdrawn_troops_are_the_agents_own_not_its_target() -> None:
    sides = _sides("Russia withdrew its troops from Kherson after the Ukrainian offensive.",
                   "RETREAT")
    assert sides and all(a2 == () or a2[2] != "MIL" for _, a2 in sides)


def test_two_states_withdrawing_troops_withdraw_from_each_other() -> None:
    sides = {(a1[0], a2[0]) for a1, a2 in _sides(
        "India and China withdrew their troops from the friction points in Ladakh.", "RETREAT")
        if a2}
    assert sides == {("India", "China"), ("China", "India")}


def test_fire_opened_by_a_foreign_force_hits_the_home_forces() -> None:
    sides = _sides("PESHAWAR: The Afghan forces opened fire with small arms near Torkham on "
                   "Wednesday.", "ASSAULT")
    assert sides and sides[0][1][1:] == ("PAK", "MIL")


def test_initiated_fire_is_an_attack() -> None:
    sides = _sides("JAMMU: Pakistani Rangers initiated unprovoked firing on the border outposts "
                   "in Samba.", "ASSAULT")
    assert sides and sides[0][1][1:] == ("IND", "MIL")


def test_home_police_opening_fire_at_no_one_named_is_no_attack() -> None:
    assert _sides("PATNA: The police opened fire in the air on Monday.", "ASSAULT") == []
