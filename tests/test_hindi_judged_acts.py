"""Hindi condemnations and protests of an act done to someone ("X पर लाठीचार्ज की निंदा",
"X की गिरफ्तारी के विरोध में"): who suffered the act is not the target; its doer is, when named
or from the story. A charge ("X पर हत्या का आरोप") keeps the accused. Sentences written for these
tests."""

from testkit import event_roles as _events


def test_victims_of_a_baton_charge_are_not_the_accused():
    events = _events("लखनऊ में पुलिस ने कांग्रेस कार्यकर्ताओं पर लाठीचार्ज किया। "
                     "प्रियंका गांधी ने कार्यकर्ताओं पर हुए लाठीचार्ज की कड़ी निंदा की।")
    accusations = [e for e in events if e[0] == "ACCUSE"]
    assert accusations == [("ACCUSE", "Priyanka Gandhi Vadra", "police")]


def test_the_named_doer_is_the_target():
    events = _events("भाजपा ने पुलिस द्वारा कार्यकर्ताओं की पिटाई की निंदा की।")
    assert ("ACCUSE", "Bharatiya Janata Party", "police") in events
    assert all(a2 != "party workers" for _, _, a2 in events)


def test_the_arrested_are_not_the_target_of_a_protest_against_the_arrest():
    events = _events("छात्रों की गिरफ्तारी के विरोध में कांग्रेस कार्यकर्ताओं ने थाने के बाहर प्रदर्शन किया।")
    assert [e for e in events if e[0] == "PROTEST" and e[2] == "students"] == []


def test_a_charge_keeps_the_accused():
    events = _events("भाजपा ने कांग्रेस नेता पर हत्या का आरोप लगाया।")
    assert ("ACCUSE", "Bharatiya Janata Party", "Indian National Congress") in events


def test_who_denies_using_force_is_not_condemned_for_it():
    events = _events("बागपत में पुलिस ने धरना दे रहे किसानों पर लाठीचार्ज किया। जिलाधिकारी ने कहा कि "
                     "किसी तरह का बल प्रयोग नहीं किया गया। जयंत चौधरी ने किसानों पर लाठीचार्ज करने पर "
                     "नाराजगी जताई।")
    assert ("ACCUSE", "Jayant Chaudhary", "police") in events


def test_a_genitive_before_an_attack_is_the_attacker():
    events = _events("कांग्रेस ने आतंकियों के हमले की कड़ी निंदा की।")
    assert ("ACCUSE", "Indian National Congress", "militants") in events
