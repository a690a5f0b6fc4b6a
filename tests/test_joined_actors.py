"""Sentences that state several events: actors joined by a conjunction ("A और B", "A, B and C")
each act, or are each acted on; an organisation before a role word and a name only says whose
the person is; attending an international body's summit is a meeting with that body.
Sentences written for these tests."""

from testkit import event_roles as _events


def _of_type(text: str, etype: str) -> list[tuple[str, str | None, str | None]]:
    return [e for e in _events(text) if e[0] == etype]


def test_joined_agents_of_a_visit_each_visit():
    events = _of_type("Antony Blinken and Lloyd Austin will visit India next month.", "CONSULT")
    assert sorted(a1 for _, a1, _ in events) == ["Antony Blinken", "Lloyd Austin"]
    assert {a2 for _, _, a2 in events} == {"India"}


def test_joined_hindi_agents_each_accuse():
    events = _of_type("मोदी और शाह ने कांग्रेस पर निशाना साधा।", "ACCUSE")
    assert sorted(a1 for _, a1, _ in events) == ["Amit Shah", "Narendra Modi"]


def test_two_joined_subjects_that_meet_are_one_meeting():
    for text in ("Modi and Biden met in Delhi.", "मोदी और बाइडेन ने दिल्ली में मुलाकात की।"):
        events = _of_type(text, "CONSULT")
        assert len(events) == 1
        assert {events[0][1], events[0][2]} == {"Narendra Modi", "Joe Biden"}


def test_a_joint_material_operation_is_one_act():
    events = _of_type("Police and CRPF arrested two militants in Sopore.", "COERCE")
    assert len(events) == 1


def test_a_comma_alone_joins_no_agents():
    events = _of_type("Before meeting Joe Biden, Narendra Modi held talks with Sheikh Hasina.",
                      "CONSULT")
    assert ("CONSULT", "Joe Biden", "Sheikh Hasina") not in events


def test_the_two_sides_after_between_are_no_joint_agents():
    # "between" governs the pair: it is no list of subjects, so it adds no events
    assert len(_of_type("Talks between Russia and Ukraine blamed Turkey for the delay.",
                        "ACCUSE")) <= 1


def test_an_organisation_and_role_word_before_a_name_qualify_the_name():
    for text in ("देउबा ने जयशंकर और भाजपा अध्यक्ष जेपी नड्डा से मुलाकात की।",
                 "Deuba met Jaishankar and BJP chief JP Nadda."):
        targets = {a2 for _, _, a2 in _of_type(text, "CONSULT")}
        assert targets == {"S. Jaishankar", "J.P. Nadda"}


def test_the_body_before_a_summit_is_the_forum_not_the_subject():
    events = _of_type("एससीओ शिखर सम्मेलन में भाग लेने रूसी राष्ट्रपति पुतिन चीन पहुंचे।", "CONSULT")
    assert ("CONSULT", "Vladimir Putin", "Shanghai Cooperation Organisation") in events
    assert all(a1 != "Shanghai Cooperation Organisation" for _, a1, _ in events)


def test_travelling_to_attend_a_summit_meets_its_body():
    events = _of_type("Xi Jinping arrived in Johannesburg to participate in the BRICS summit.",
                      "CONSULT")
    assert ("CONSULT", "Xi Jinping", "BRICS") in events


def test_refusing_to_attend_is_no_meeting():
    events = _events("Modi refused to attend the SAARC summit in Islamabad.")
    assert [e[0] for e in events] == ["REJECT"]


def test_places_joined_before_an_office_each_have_it():
    targets = {a2 for _, _, a2 in _of_type(
        "राजनाथ सिंह ने पंजाब और हरियाणा के मुख्यमंत्रियों से बातचीत की।", "CONSULT")}
    assert targets == {"Punjab chief ministers", "Haryana chief ministers"}


def test_joined_crowd_words_stay_one_crowd():
    assert len(_of_type("पुलिस ने नेताओं और कार्यकर्ताओं को हिरासत में लिया।", "COERCE")) == 1


def test_a_dateline_comma_shares_no_office():
    events = _of_type("देहरादून, नैनीताल उच्च न्यायालय ने राज्य सरकार को नोटिस जारी किया।", "REQUEST")
    assert [a1 for _, a1, _ in events] == ["Nainital court"]


def test_the_first_of_joined_forces_leads_a_joint_operation():
    # "the nearest subject" would make the second force the agent
    for text in ("The NDRF and the SDRF rescued 300 villagers in Assam.",
                 "The Army and the ITBP have been carrying out rescue operations in Leh."):
        events = _of_type(text, "AID")
        assert len(events) == 1
        assert events[0][1] in ("National Disaster Response Force", "army")


def test_joined_signatories_are_the_two_sides_whatever_the_pacts_are_about():
    events = _of_type("Modi and Putin signed six pacts, including on cooperation on India's "
                      "nuclear programme.", "AGREE")
    assert [{a1, a2} for _, a1, a2 in events] == [{"Narendra Modi", "Vladimir Putin"}]


def test_an_object_right_after_the_verb_stays_the_third_party_of_a_meeting():
    events = _of_type("Modi and Shah met the President on Monday.", "CONSULT")
    assert {a1 for _, a1, _ in events} == {"Narendra Modi", "Amit Shah"}
    assert {a2 for _, _, a2 in events} == {"Droupadi Murmu"}


def test_joined_visitors_of_a_thing_are_not_host_and_guest():
    events = _of_type("Rahul Gandhi and his sister Priyanka Gandhi Vadra visited the relief "
                      "camps in Wayanad on Thursday.", "CONSULT")
    assert ("CONSULT", "Rahul Gandhi", "Priyanka Gandhi Vadra") not in events


def test_an_actor_a_preposition_governs_before_a_comma_is_no_side_of_the_subject():
    # "with Prime Minister Modi," opens the sentence: von der Leyen signs, not Modi
    events = _of_type("After her talks with Prime Minister Modi, President von der Leyen signed "
                      "six agreements, including on India's green hydrogen mission.", "AGREE")
    assert [a1 for _, a1, _ in events] == ["Ursula von der Leyen"]
