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


def test_men_and_a_woman_arrested_are_a_target():
    assert ("COERCE", "police", "men") in event_roles(
        "Police arrested two men near the bus stand in Indore on Tuesday.")
    assert ("COERCE", "police", "women") in event_roles(
        "A woman was detained by the police at the airport in Kochi.")


def test_men_after_a_force_or_party_are_its_members():
    assert ("ASSAULT", "militants", "security forces") in event_roles(
        "Militants fired at security men guarding a bank in Tral.")
    assert ("ASSAULT", "Maoists", "Central Reserve Police Force") in event_roles(
        "Maoists attacked CRPF men near a camp in Sukma.")
