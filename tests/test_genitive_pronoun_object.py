"""A genitive pronoun right before a noun predicate that takes a genitive object is its object:
"किसानों ने उनका घेराव किया" (the farmers surround him), not the subject of the act. Sentences
written for these tests."""

from testkit import event_roles as _events


def test_genitive_pronoun_is_the_target_of_a_protest():
    events = _events("मुख्यमंत्री मनोहर लाल खट्टर आज करनाल पहुंचे। नाराज किसानों ने उनका घेराव किया।")
    assert ("PROTEST", "farmers", "Manohar Lal Khattar") in events


def test_genitive_pronoun_is_the_one_welcomed():
    events = _events("प्रधानमंत्री नरेंद्र मोदी आज ढाका पहुंचे। शेख हसीना ने हवाई अड्डे पर उनका स्वागत किया।")
    assert any(a1 == "Sheikh Hasina" and a2 == "Narendra Modi" for _, a1, a2 in events)


def test_genitive_pronoun_before_another_noun_is_no_object_of_the_act():
    events = _events("मुख्यमंत्री मनोहर लाल खट्टर आज करनाल पहुंचे। उनका काफिला गुजरते समय किसानों ने नारेबाजी की।")
    assert all(a1 != "Manohar Lal Khattar" for _, a1, _ in events)


def test_one_addressed_keeps_the_target_of_a_demand():
    events = _events("पुलिस ने सपा नेता आजम खान को हिरासत में लिया। "
                     "सपा कार्यकर्ताओं ने उत्तर प्रदेश सरकार से उनकी रिहाई की मांग की।")
    assert ("REQUEST", "Samajwadi Party", "Uttar Pradesh Government") in events
