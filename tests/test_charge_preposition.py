""""X accused Y of Z": Y is the one accused; what follows "of" (or "for", "over") is the charge."""
import pytest
from testkit import event_roles


@pytest.mark.parametrize("text,expected", [
    ("Nitish Kumar accused the BJP of misleading farmers.",
     [("ACCUSE", "Nitish Kumar", "Bharatiya Janata Party")]),
    ("Nitish Kumar accused the BJP for misleading farmers.",
     [("ACCUSE", "Nitish Kumar", "Bharatiya Janata Party")]),
    ("Mamata Banerjee criticised the Centre over the arrest of farmers.",
     [("ACCUSE", "Mamata Banerjee", "Government of India")]),
])
def test_the_accused_stands_before_the_charge(text, expected):
    assert event_roles(text) == expected


def test_a_group_named_in_the_charge_is_not_the_accused():
    # the accused is a name nobody knows: better no target than the farmers of the charge
    roles = event_roles("Nitish Kumar accused Ramkripal Dubeyji of misleading farmers.")
    assert all(actor2 is None or "farmer" not in actor2.lower() for _, _, actor2 in roles)


def test_the_charge_is_no_event_of_its_own():
    # "violating the ceasefire" is what India alleges, not an attack the text reports
    assert event_roles("India accused Pakistan of violating the ceasefire.") == [
        ("ACCUSE", "India", "Pakistan")]


def test_a_country_before_accused_is_its_subject_not_a_group():
    roles = event_roles("India accused Pakistan of sponsoring terrorism.")
    assert roles == [("ACCUSE", "India", "Pakistan")]
