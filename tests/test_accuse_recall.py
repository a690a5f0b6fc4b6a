"""Mechanisms behind accusations the coder used to miss (issue 8, session 6): who accuses whom
when the sentence leaves the agent, the target or the country unsaid. Sentences written for
this project."""

from __future__ import annotations

from testkit import event_actors, event_roles, run_stages, who

from ghatna.resources import normalize


def _accusations(text: str, published: str = "2024-05-01") -> list[tuple]:
    return [(who(a1), who(a2)) for t, a1, a2 in event_actors(text, published) if t == "ACCUSE"]


def test_a_carried_crowd_agent_is_of_the_story_country():
    # the questioning names no subject: the police team of the last sentence, Indian as it
    # would be if the sentence named it
    found = _accusations("पुलिस टीम शाम को गांव पहुंची। फिर दो घंटे तक आरोपी से पूछताछ की।")
    assert (("police", "IND", "POL"), ("accused", "IND", "CRM")) in found


def test_an_english_story_without_places_is_set_where_its_named_actors_belong():
    text = ("Activists of the Youth Congress marched against Chief Minister Pinarayi Vijayan. "
            "The activists alleged that the police used water cannon against them.")
    found = _accusations(text)
    assert any(a2 == ("police", "IND", "POL") for _, a2 in found)


def test_a_written_out_class_nasal_is_the_anusvara():
    assert normalize("निन्दा") == normalize("निंदा")
    assert normalize("सम्बन्ध") == normalize("संबंध")
    assert normalize("ठण्डा") == normalize("ठंडा")
    # a nasal before a consonant of another class is no anusvara
    assert normalize("अन्य") != normalize("अंय") and normalize("जन्म") != normalize("जंम")
    found = _accusations("विपक्षी दलों की तरफ से पुलिस की कार्रवाई की कड़ी निन्दा की जा रही है।")
    assert (("opposition", "IND", "PTY"), ("police", "IND", "POL")) in found


def test_a_verb_after_a_conjunctive_participle_acts_on_its_object():
    roles = event_roles("पुलिस ने तीन युवकों को गिरफ्तार कर पूछताछ की।")
    assert ("COERCE", "police", "youths") in roles
    assert ("ACCUSE", "police", "youths") in roles
    roles = event_roles("भारत ने पाकिस्तान के उच्चायुक्त को समन कर कड़ा विरोध दर्ज कराया।")
    assert ("ACCUSE", "India", "Pakistan ambassador") in roles


def test_only_the_participles_own_object_is_shared():
    # "हिरासत में लेकर" has no object of its own before it: the request after it does not take
    # the accused; a custody request is addressed to a court (pattern flag target=court)
    roles = event_roles("पुलिस ने पांच दिन हिरासत में लेकर पूछताछ करने के बाद राजेश कुमार को "
                        "अदालत में पेश किया और न्यायिक हिरासत में भेजने का अनुरोध किया।")
    assert ("COERCE", "police", "Rajesh Kumar") in roles
    assert not any(t == "REQUEST" and b == "Rajesh Kumar" for t, _, b in roles)
    assert ("REQUEST", "police", "court") in roles


def test_generic_parties_attack_with_words_and_party_workers_with_force():
    assert ("ACCUSE", "opposition", "Government of India") in event_roles(
        "विरोधी दलों ने महंगाई को लेकर केंद्र सरकार पर हमला बोला।")
    assert not any(t == "ACCUSE" for t, _, _ in event_roles(
        "कार्यकर्ताओं ने कांग्रेस कार्यालय पर हमला किया।"))


def test_an_inquiry_ordered_into_an_accident_needs_no_accused():
    assert ("ACCUSE", "district magistrate", None) in event_roles(
        "जिलाधिकारी ने हादसे की मजिस्ट्रेटी जांच के आदेश दिए।")
    # an inquiry with someone inquired into keeps its target
    assert ("ACCUSE", "chief minister", "police") in event_roles(
        "मुख्यमंत्री ने पुलिस की भूमिका की जांच के आदेश दिए।")


def test_has_accused_is_a_verb_and_the_accused_a_crowd():
    assert ("ACCUSE", "Pakistan", "India") in event_roles(
        "Pakistan has accused India of violating the ceasefire along the Line of Control.")
    doc = run_stages("The three accused were produced before the court on Monday.", "mentions")
    assert any(m.kind == "group" and m.text == "accused" for m in doc.mentions[0])


def test_an_owned_allegation_accuses_the_subject_of_its_that_clause():
    assert ("ACCUSE", "Pakistan", "India") in event_roles(
        "The ministry rejected Pakistan's allegations that India was behind the blast.")
    # allegations with no owner name no accuser
    assert not any(t == "ACCUSE" for t, _, _ in event_roles(
        "The minister denied allegations that he took bribes."))


def test_a_show_cause_notice_and_the_poll_panel():
    assert ("ACCUSE", "Election Commission of India", "Bharatiya Janata Party") in event_roles(
        "चुनाव आयोग ने भाजपा सांसद को कारण बताओ नोटिस जारी किया।")
    assert ("ACCUSE", "Election Commission of India", "Navjot Singh Sidhu") in event_roles(
        "The poll panel issued a notice to Navjot Singh Sidhu for allegedly violating the "
        "model code.")


def test_a_one_word_participle_shares_its_object_with_the_next_verb():
    # "पत्र भेजकर" is no pattern: the participle word alone carries the object over
    assert ("ACCUSE", "Election Commission of India", "Rahul Gandhi") in event_roles(
        "चुनाव आयोग ने राहुल गांधी को पत्र भेजकर शिकायत पर जवाब मांगा।")
    # another case between the participle and an earlier object: the reply asked has no object;
    # the notice "के खिलाफ" the government is addressed to it (session 12, as the gold codes a
    # High Court's notice), so one REQUEST reaches the government, not two
    roles = event_roles("हाईकोर्ट ने हिरासत को लेकर राज्य सरकार के खिलाफ नोटिस जारी कर जवाब मांगा।")
    assert [r for r in roles if r[0] == "REQUEST" and r[2] == "government"] == \
        [("REQUEST", "court", "government")]


def test_a_reply_sought_on_a_complaint_is_an_accusation():
    assert ("ACCUSE", "Election Commission of India", "Indian National Congress") in event_roles(
        "चुनाव आयोग ने कांग्रेस से शिकायत पर जवाब मांगा।")
    assert ("REQUEST", "Supreme Court of India", "Government of India") in event_roles(
        "सुप्रीम कोर्ट ने केंद्र सरकार से याचिका पर जवाब मांगा।")
