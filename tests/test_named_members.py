"""A named person singled out of a generic group by "समेत"/"सहित" ("X समेत कई अधिकारियों") is the
side the act names; a bare office in the list, or a group of a known organisation, leaves the
group as it is. Sentences written for these tests."""

from testkit import event_roles as _events


def test_named_person_among_officials_is_the_target():
    events = _events("ईडी ने पूर्व मुख्यमंत्री लालू प्रसाद यादव समेत कई अधिकारियों के ठिकानों पर छापे मारे।")
    assert ("COERCE", "Enforcement Directorate", "Lalu Prasad Yadav") in events
    assert all(a2 != "officials" for _, _, a2 in events)


def test_named_person_among_world_leaders_is_the_partner():
    events = _events("जयशंकर ने रूसी विदेश मंत्री सर्गेई लावरोव सहित अन्य विश्व नेताओं से मुलाकात की।")
    assert [e for e in events if e[0] == "CONSULT"] == [
        ("CONSULT", "S. Jaishankar", "Sergei Lavrov")]


def test_named_person_among_leaders_is_the_agent():
    events = _events("अखिलेश यादव समेत कई नेताओं ने सरकार के खिलाफ धरना दिया।")
    assert ("PROTEST", "Akhilesh Yadav", "government") in events


def test_groups_joined_after_the_inclusion_give_no_second_event():
    events = _events("पुलिस ने सांसद संजय सिंह समेत कई नेताओं और कार्यकर्ताओं को हिरासत में लिया।")
    assert [e[2] for e in events if e[0] == "COERCE"] == ["Sanjay Singh"]


def test_a_bare_office_in_the_list_leaves_the_group():
    events = _events("पुलिस ने मुख्यमंत्री सहित कई नेताओं को हिरासत में लिया।")
    assert ("COERCE", "police", "politicians") in events


def test_a_group_of_a_known_party_names_its_side_already():
    events = _events("पुलिस ने लालू प्रसाद यादव समेत राजद के कई नेताओं को हिरासत में लिया।")
    assert ("COERCE", "police", "Rashtriya Janata Dal") in events
