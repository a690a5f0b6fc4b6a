"""Resignation stories: pattern flag also=TYPE (a resignation handed to someone is handed in
person, a meeting as well) and a resignation accepted (AGREE). Sentences written for these
tests."""

from testkit import event_roles


def test_a_resignation_handed_to_the_governor_is_a_meeting_too_in_hindi():
    events = event_roles("मुख्यमंत्री रमेश वर्मा ने राजभवन जाकर राज्यपाल अजय सिंह को अपना इस्तीफा सौंप दिया।")
    assert {kind for kind, _, _ in events} == {"RETREAT", "CONSULT"}
    assert len({(agent, target) for _, agent, target in events}) == 1


def test_a_resignation_submitted_to_the_governor_is_a_meeting_too_in_english():
    events = event_roles("Chief minister Ramesh Verma submitted his resignation to governor "
                         "Ajay Singh on Sunday.")
    assert {kind for kind, _, _ in events} == {"RETREAT", "CONSULT"}


def test_a_resignation_handed_to_no_one_named_is_no_meeting():
    assert {kind for kind, _, _ in event_roles("मुख्यमंत्री रमेश वर्मा ने अपना इस्तीफा सौंप दिया।")} \
        <= {"RETREAT"}


def test_a_resignation_from_a_party_is_no_meeting():
    events = event_roles("Ramesh Verma tendered his resignation from the Congress on Monday.")
    assert "CONSULT" not in {kind for kind, _, _ in events}


def test_a_meeting_the_story_tells_in_its_own_words_is_not_coded_twice():
    text = ("मुख्यमंत्री रमेश वर्मा ने सोमवार को राज्यपाल को इस्तीफा सौंप दिया। "
            "वर्मा ने सोमवार शाम राज्यपाल अजय सिंह से मुलाकात की।")
    assert [kind for kind, _, _ in event_roles(text)].count("CONSULT") == 1


def test_a_resignation_accepted_is_agreed_to_by_who_accepts_it():
    events = event_roles("राज्यपाल अजय सिंह ने मुख्यमंत्री रमेश वर्मा का इस्तीफा स्वीकार करते हुए "
                         "उन्हें कार्यवाहक मुख्यमंत्री बने रहने को कहा।")
    assert ("AGREE", "Ajay Singh", "Ramesh Varma") in events
