"""A side joined by "और" to a name no list knows (issue 8, helper frole15): "X और <unknown name>
को पुलिस ने हिरासत में लिया" -- the object marker after the unknown name closes a noun phrase
of its own, so X is detained with it; X is not joined to the police as a co-agent
(clauses.coordinated, word class adverb_postposition)."""
from testkit import event_actors


def test_a_name_joined_to_an_unknown_name_before_ko_is_the_target() -> None:
    events = event_actors("राहुल गांधी और लॉकेट चटर्जी को पुलिस ने सोमवार को हिरासत में ले लिया।",
                          "2024-03-04")
    assert [(e, (a1 or {}).get("name"), (a2 or {}).get("name")) for e, a1, a2 in events] == [
        ("COERCE", "police", "Rahul Gandhi")]


def test_a_short_adverb_after_aur_still_joins_two_sides() -> None:
    events = event_actors("पुलिस और मुख्य रूप से प्रदर्शनकारी छात्रों के बीच झड़प हुई।", "2024-03-04")
    sides = {((a1 or {}).get("name"), (a2 or {}).get("name")) for _, a1, a2 in events}
    assert ("police", "students") in sides
