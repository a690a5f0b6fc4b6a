""""X ने कहा, ..." with no "कि" and no quotation marks: the words after the comma are what was
said, and the speaker is no party to the acts told in them. Sentences written for these tests."""

from testkit import event_roles as _events


def test_speaker_is_not_the_agent_of_a_meeting_he_reports():
    events = _events("मुख्यमंत्री ममता बनर्जी ने कहा, भाजपा नेताओं ने राज्यपाल से मुलाकात की।")
    consults = [e for e in events if e[0] == "CONSULT"]
    assert consults and all("Mamata Banerjee" not in (a1, a2) for _, a1, a2 in consults)


def test_speaker_is_not_a_side_of_talks_he_describes():
    events = _events("विदेश सचिव विनय क्वात्रा ने कहा, यह क्वाड नेताओं की तीसरी बातचीत है।")
    assert all("Vinay Mohan Kwatra" not in (a1, a2) for _, a1, a2 in events)


def test_a_comma_after_an_act_is_no_report():
    events = _events("पुलिस ने दो आतंकियों को गिरफ्तार किया, बाद में उनसे पूछताछ की गई।")
    assert ("COERCE", "police", "militants") in events
