"""Acts whose sentence has no agent before the verb (issue 8): which constructions name the
agent elsewhere, and which leave it unsaid. Every sentence is our own."""
from testkit import event_roles


def test_a_headline_names_its_subject_after_the_verb():
    # "राज्यपाल से मिले X, ...": the Hindi headline puts the subject after the verb, before a comma
    assert ("CONSULT", "Nitish Kumar", "Amit Shah") in event_roles(
        "गृह मंत्री से मिले नीतीश कुमार, बाढ़ राहत पर चर्चा की")


def test_an_agentless_evacuation_is_the_administrations():
    # pattern flag agent=administration: relief told in the passive is the government's
    assert event_roles("बाढ़ प्रभावित इलाकों से दो हजार लोगों को सुरक्षित स्थानों पर भेजा गया।") \
        == [("AID", "government", "civilians")]
    assert event_roles("प्रभावित किसानों को राहत राशि दी जाएगी।") == [
        ("AID", "government", "farmers")]


def test_an_agentless_passive_of_an_opinion_gets_no_invented_agent():
    assert event_roles("सरकार की नीतियों की कड़ी आलोचना की गई।") == []


def test_an_author_phrase_before_an_attack_noun_is_the_attacker():
    # "X द्वारा किए गए विस्फोट में", "X की ओर से की गई गोलाबारी में": the author of the noun
    assert event_roles("नक्सलियों द्वारा किए गए विस्फोट में सीआरपीएफ के तीन जवान घायल हो गए।") \
        == [("ASSAULT", "Maoists", "Central Reserve Police Force")]
    assert event_roles("पाकिस्तान की ओर से की गई गोलाबारी में बीएसएफ के दो जवान घायल हो गए।") \
        == [("ASSAULT", "Pakistan", "Border Security Force")]


def test_an_explosion_with_no_author_is_no_attack():
    assert event_roles("गैस सिलेंडर के विस्फोट में दो लोगों की मौत हो गई।") == []


def test_an_adjective_may_stand_between_a_meeting_noun_and_its_owner():
    roles = event_roles("भारतीय विदेश मंत्रालय के साथ नेपाल के प्रधानमंत्री की अहम बैठक होगी।")
    assert len(roles) == 1 and roles[0][0] == "CONSULT" and roles[0][1] is not None
    assert roles[0][2] == "Ministry of External Affairs"


def test_a_participle_after_an_article_is_no_first_verb():
    # "The dispersed protesters returned and clashed": "dispersed" qualifies the subject
    roles = event_roles("The dispersed protesters later returned and clashed with the police.")
    assert ("ASSAULT", "police", "protesters") in roles


def test_a_casualty_verb_is_done_by_the_other_side_of_the_fight():
    roles = event_roles("Three policemen were injured in a clash with Maoists in Sukma.")
    assert ("ASSAULT", "Maoists", "police") in roles


def test_a_casualty_with_no_fight_noun_has_no_agent():
    assert event_roles("Two workers were killed in an accident with a truck in Pune.") == []
    assert event_roles("Two workers were killed in a clash in Pune.") == []
