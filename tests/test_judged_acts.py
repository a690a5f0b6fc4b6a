"""English roles around an act that another clause talks about: a participle qualifying the
subject, a condemnation or protest of an attack, an arrest or a killing, and "which" standing
for a thing. Sentences written for these tests."""

from testkit import event_roles


def _of_type(text: str, etype: str) -> list[tuple[str, str | None, str | None]]:
    return [e for e in event_roles(text) if e[0] == etype]


def test_actors_inside_a_participle_after_the_subject_are_not_its_subject():
    events = _of_type("Farmers demanding the resignation of the agriculture minister blocked "
                      "the highway near Karnal.", "PROTEST")
    assert [a1 for _, a1, _ in events] == ["farmers"]
    events = _of_type("Students opposing the BJP government gheraoed the registrar in Patna.",
                      "PROTEST")
    assert [a1 for _, a1, _ in events] == ["students"]


def test_a_gerund_noun_after_the_subject_is_the_act_not_a_participle():
    events = _of_type("Police firing on protesters killed two in Kolkata.", "ASSAULT")
    assert ("ASSAULT", "police", "protesters") in events


def test_who_condemns_an_attack_did_not_commit_it():
    for text in ("The Congress condemned the attack on its workers in Kolkata.",
                 "Pakistan strongly condemned the bomb attack on a mosque in Quetta."):
        assert not any(a1 in ("Indian National Congress", "Pakistan")
                       for _, a1, _ in _of_type(text, "ASSAULT"))


def test_the_victim_of_a_condemned_attack_is_not_the_accused():
    events = _of_type("Nepal condemned the attack on the Indian embassy in Kathmandu.", "ACCUSE")
    assert all(a2 not in ("embassy", "India") for _, _, a2 in events)


def test_a_protest_against_a_killing_is_aimed_at_the_killer_named_after_by():
    events = _of_type("Traders shut their shops in Anantnag in protest against the killing of "
                      "a shopkeeper by the police.", "PROTEST")
    assert [a2 for _, _, a2 in events] == ["police"]


def test_which_after_a_thing_gives_no_subject():
    events = _of_type("Bhutan condemned the blast at a temple in Paro which injured nine "
                      "pilgrims.", "ASSAULT")
    assert all(a1 != "Bhutan" for _, a1, _ in events)
