"""Verbal acts (accusations, demands, refusals, agreements, praise, threats): who says what to
whom. Every sentence here was written for these tests."""
import pytest
from testkit import event_roles


@pytest.mark.parametrize("text,forbidden", [
    ("Prime Minister Narendra Modi hailed the agreement as a historic moment for India.",
     ("SUPPORT", "Narendra Modi", "India")),
    ("Volodymyr Zelensky praised Ukraine for its courage.",
     ("SUPPORT", "Volodymyr Zelensky", "Ukraine")),
])
def test_a_state_does_not_act_on_itself(text, forbidden):
    # a country and its own government are one side: no event between them
    assert forbidden not in event_roles(text)


def test_a_leader_still_addresses_another_state():
    assert ("SUPPORT", "Volodymyr Zelensky", "Narendra Modi") in event_roles(
        "Volodymyr Zelensky praised Narendra Modi for his support.")


@pytest.mark.parametrize("text,expected", [
    ('राज्यपाल से मिलने के बाद अखिलेश यादव ने कहा, "हमने राज्यपाल से सरकार बनाने का अनुरोध किया है।"',
     ("REQUEST", "Akhilesh Yadav", "governor")),
    ("अखिलेश यादव ने कहा कि प्रधानमंत्री ने मुझे जीत की बधाई दी।",
     ("SUPPORT", "Narendra Modi", "Akhilesh Yadav")),
])
def test_the_speakers_first_person_is_the_speaker(text, expected):
    assert expected in event_roles(text)
