"""Scuffles as real Hindi news tells them (धक्का-मुक्की, हाथापाई, "के बीच संघर्ष हुआ"), and
the other senses of संघर्ष that are no clash. Sentences written for these tests."""

from testkit import event_roles


def test_a_scuffle_between_police_and_a_crowd_is_an_assault_by_the_police():
    events = event_roles("धरने के दौरान शिक्षकों और पुलिस के बीच हाथापाई हो गई।")
    assert [(kind, agent) for kind, agent, _ in events] == [("ASSAULT", "police")]


def test_a_clash_between_two_sides_told_with_sangharsh():
    events = event_roles("मेले में पुलिस और ग्रामीणों के बीच संघर्ष हुआ।")
    assert [kind for kind, _, _ in events] == ["ASSAULT"]


def test_a_struggle_and_a_ceasefire_are_no_clash():
    assert event_roles("मजदूरों का संघर्ष अगले महीने भी जारी रहेगा।") == []
    events = event_roles("भारत और पाकिस्तान के बीच संघर्ष विराम लागू हुआ।")
    assert "ASSAULT" not in [kind for kind, _, _ in events]
