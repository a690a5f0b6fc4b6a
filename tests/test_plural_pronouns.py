"""Plural pronouns ("them", "उन पर") stand for a group named before them, not for the salient
person or the agent. Sentences written for these tests."""

from testkit import event_roles as _events


def test_them_is_the_group_of_the_previous_sentence():
    events = _events("Thousands of farmers gathered outside the residence of the chief minister. "
                     "Police used water cannon against them.")
    assert ("COERCE", "police", "farmers") in events


def test_hindi_un_par_is_the_group_of_the_previous_sentence():
    events = _events("हजारों किसान मुख्यमंत्री आवास के बाहर जमा हुए। पुलिस ने उन पर लाठीचार्ज किया।")
    assert ("COERCE", "police", "farmers") in events


def test_them_after_two_groups_is_the_first_group():
    events = _events("As militants got trapped, security forces asked them to surrender.")
    assert ("REQUEST", "security forces", "militants") in events


def test_them_never_stands_for_the_agent_itself():
    events = _events("Police used water cannon against them.")
    assert all(a2 != "police" for _, _, a2 in events)


def test_a_possessive_pronoun_takes_the_marker_of_its_noun():
    from testkit import event_roles

    # "केजरीवाल और उनके साथियों को": Kejriwal is the one detained, with his associates
    assert event_roles("दिल्ली पुलिस ने मंगलवार सुबह अरविंद केजरीवाल और उनके साथियों को हिरासत "
                       "में ले लिया।") == [("COERCE", "Delhi Police", "Arvind Kejriwal")]


def test_they_after_two_groups_is_the_later_one():
    from testkit import event_roles

    # the farmers are who went to protest, not the police who baton-charged them
    roles = event_roles("In Panchkula, the police baton-charged farmers when they were going to "
                        "protest outside the legislator's home.")
    assert not any(t == "PROTEST" and a1 == "police" for t, a1, _ in roles)
    assert ("COERCE", "police", "farmers") in roles


def test_they_after_a_passive_is_not_the_group_after_by():
    # the detained students protested, not the police that detained them
    events = _events("Dozens of lawyers, students and activists were detained by the police "
                     "in Chennai as they continued to protest against the new law.")
    assert all(a1 != "police" for etype, a1, _ in events if etype == "PROTEST")
