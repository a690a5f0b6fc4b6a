""""amid talks between India and the US": a noun predicate ending in "between" has its own two
sides, not the sentence's subject."""
from testkit import event_roles


def test_talks_between_two_sides_are_their_own_event():
    roles = event_roles("Piyush Goyal met Howard Lutnick in Washington amid talks between India "
                        "and the US.")
    assert ("CONSULT", "Piyush Goyal", "Howard Lutnick") in roles
    assert ("CONSULT", "India", "United States") in roles
    assert not any(a1 == "Piyush Goyal" and a2 in ("India", "United States") for _, a1, a2 in roles)


def test_a_verb_with_between_keeps_its_subject():
    assert event_roles("Qatar mediated between Israel and Hamas.")[0][1] == "Qatar"
