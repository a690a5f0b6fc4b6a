"""A second description of a named person is no actor of its own: two titles joined before a
name ("पूर्व मुख्यमंत्री और कांग्रेस नेता X") and an English apposition between commas ("X, the
defence minister, met ..."). Sentences written for these tests."""

from testkit import event_roles


def test_office_and_party_title_before_one_name_is_one_hindi_agent():
    events = event_roles("पूर्व मुख्यमंत्री और कांग्रेस के वरिष्ठ नेता कमलनाथ ने सरकार पर भ्रष्टाचार का आरोप लगाया।")
    assert [e[1] for e in events if e[0] == "ACCUSE"] == ["Kamal Nath"]


def test_minister_and_party_leader_before_one_name_is_one_hindi_agent():
    events = event_roles("केंद्रीय मंत्री और भाजपा नेता गिरिराज सिंह ने कांग्रेस पर निशाना साधा।")
    assert [e[1] for e in events if e[0] == "ACCUSE"] == ["Giriraj Singh"]


def test_office_and_party_title_before_one_english_name():
    events = event_roles("Former Chief Minister and senior Congress leader Kamal Nath accused "
                         "the state government of corruption.")
    assert [e[1] for e in events if e[0] == "ACCUSE"] == ["Kamal Nath"]


def test_two_government_offices_before_a_name_stay_two_people():
    events = event_roles("प्रधानमंत्री और गृह मंत्री अमित शाह ने राष्ट्रपति से मुलाकात की।",
                         published="2024-05-01")
    assert {e[1] for e in events if e[0] == "CONSULT"} >= {"Narendra Modi", "Amit Shah"}


def test_title_between_commas_leaves_the_name_as_subject():
    events = event_roles("Rajnath Singh, the defence minister, met Dong Jun in Qingdao.")
    assert ("CONSULT", "Rajnath Singh", "Dong Jun") in events


def test_title_of_a_state_between_commas_is_no_agent():
    events = event_roles("Mamata Banerjee, the chief minister of West Bengal, accused the BJP "
                         "of spreading lies.")
    assert [e[1] for e in events if e[0] == "ACCUSE"] == ["Mamata Banerjee"]


def test_a_group_word_after_a_between_commas_describes_the_name():
    events = event_roles("The police arrested Imran Sheikh, a resident of Baramulla, on Monday.")
    assert [e[2] for e in events if e[0] == "COERCE"] == ["Imran Sheikh"]


def test_a_list_of_people_is_no_apposition():
    events = event_roles("Narendra Modi, Amit Shah and Rajnath Singh met the President.",
                         published="2024-05-01")
    assert {e[1] for e in events if e[0] == "CONSULT"} >= {"Narendra Modi", "Amit Shah"}


def test_short_name_in_brackets_keeps_joined_english_subjects():
    events = event_roles("India and the United Kingdom (UK) signed a free trade agreement.")
    assert [(e[1], e[2]) for e in events if e[0] == "AGREE"] == [("India", "United Kingdom")]


def test_short_name_in_brackets_before_a_hindi_genitive_names_the_members():
    for text in ("पुलिस ने राष्ट्रीय जनता दल (राजद) के कई कार्यकर्ताओं को गिरफ्तार किया।",
                 "पुलिस ने आम आदमी पार्टी (आप) के कई कार्यकर्ताओं को हिरासत में लिया।"):
        targets = [e[2] for e in event_roles(text) if e[0] == "COERCE"]
        assert targets and all(t in ("Rashtriya Janata Dal", "Aam Aadmi Party") for t in targets)


def test_owner_after_an_english_title_names_the_office():
    events = event_roles("Narendra Modi met the Foreign Minister of Japan in New Delhi.")
    targets = [e[2] for e in events if e[0] == "CONSULT"]
    assert targets and "S. Jaishankar" not in targets


def test_state_after_an_english_title_names_its_chief_minister():
    events = event_roles("The Chief Minister of West Bengal met the Prime Minister in Delhi.")
    assert [e[1] for e in events if e[0] == "CONSULT"] == ["Mamata Banerjee"]


def test_bracketed_short_name_changes_nothing_a_plain_name_does_not():
    plain = event_roles("मंगलवार को शंघाई सहयोग संगठन के राष्ट्राध्यक्ष परिषद की बैठक संपन्न हुई।")
    glossed = event_roles("मंगलवार को शंघाई सहयोग संगठन (एससीओ) के राष्ट्राध्यक्ष परिषद की बैठक संपन्न हुई।")
    assert glossed == plain


def test_a_bare_comma_after_a_fronted_phrase_joins_no_subjects():
    events = event_roles("To disperse the crowd, police used tear gas near the assembly.")
    assert [e[1] for e in events if e[0] == "COERCE"] == ["police"]


def test_a_list_closed_by_and_still_joins_subjects():
    events = event_roles("India, Japan and Australia signed an agreement on supply chains.")
    assert {e[2] for e in events if e[0] == "AGREE"} == {"Japan", "Australia"}


def test_a_count_between_a_participle_and_its_noun_keeps_the_noun_its_subject():
    for text in ("पुलिस ने नारेबाजी कर रहे सैकड़ों किसानों को हिरासत में लिया।",
                 "पुलिस ने प्रदर्शन कर रहे तीन पार्षदों सहित करीब 40 किसानों को हिरासत में लिया।"):
        protests = [e for e in event_roles(text) if e[0] == "PROTEST"]
        assert protests and all(e[1] == "farmers" for e in protests)
