"""An attack on someone's house or office is aimed at its owner (issue 8, helper frole14):
"X के आवास में आग लगा दी" (word class seat_target_type now holds assault beside protest;
"X के घर पर पथराव" and "the residence of X" were read before by their patterns)."""
from testkit import event_actors


def test_arson_of_a_leaders_residence_is_aimed_at_the_leader() -> None:
    events = event_actors("प्रदर्शनकारियों ने सोमवार को मुख्यमंत्री नीतीश कुमार के आवास में आग "
                          "लगा दी।", "2024-03-04")
    assert [(t, a2 and a2["name"]) for t, _, a2 in events] == [("ASSAULT", "Nitish Kumar")]


def test_an_attack_on_the_attackers_own_office_keeps_no_owner() -> None:
    events = event_actors("भाजपा कार्यकर्ताओं ने भाजपा के कार्यालय में आग लगा दी।", "2024-03-04")
    assert all(a2 is None or a2["name"] != "Bharatiya Janata Party" for _, _, a2 in events)
