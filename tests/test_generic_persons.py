"""Unnamed people as participants: "persons" counts like "people", and men described as
armed, masked or unidentified are attackers. Sentences written for these tests."""

from testkit import event_roles


def test_persons_arrested_are_a_target():
    events = event_roles("The NIA arrested three persons in Bhopal on Monday.")
    assert [(etype, a1) for etype, a1, _ in events] == [
        ("COERCE", "National Investigation Agency")]
    assert events[0][2] is not None


def test_unidentified_men_are_attackers_not_civilians():
    events = event_roles("Unidentified men shot dead a shopkeeper in Sopore on Friday.")
    assert [a1 for etype, a1, _ in events if etype == "ASSAULT"] == ["attackers"]


def test_security_men_are_security_forces():
    # bare "men" stays no actor: tests/data/negatives.tsv neg-en-wire-001 ("Police arrested
    # two men for ... the theft of a tractor") must code nothing
    assert ("ASSAULT", "militants", "security forces") in event_roles(
        "Militants fired at security men guarding a bank in Tral.")
