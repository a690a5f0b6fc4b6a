"""Former office holders and offices that states have too (issue 8): a title after "former",
"ex-" or "पूर्व" names a past holder, never today's; a bare "Speaker" in a state story is the
state assembly's speaker, in a national story the Lok Sabha's."""
from testkit import event_actors, who


def test_a_former_prime_minister_in_hindi_is_not_todays_holder():
    [(etype, agent, target)] = event_actors(
        "नेपाल के पूर्व प्रधानमंत्री ने भारत के विदेश मंत्री से मुलाकात की।", "2025-03-05")
    assert etype == "CONSULT"
    assert agent["name"] != "K.P. Sharma Oli"  # Nepal's prime minister on that date
    assert agent["country"] == "NPL" and agent["name"].startswith("former")
    assert target["name"] == "S. Jaishankar"


def test_a_former_prime_minister_in_english_is_not_todays_holder():
    [(_, agent, _)] = event_actors("Nepal's former Prime Minister met Jaishankar in Kathmandu.",
                              "2025-03-05")
    assert agent["name"] == "former Nepal head of government"
    assert agent["country"] == "NPL"


def test_a_bare_former_chief_minister_is_a_former_official_of_the_storys_state():
    [(_, agent, _)] = event_actors("लखनऊ में पूर्व मुख्यमंत्री ने सरकार की आलोचना की।", "2025-03-05")
    assert who(agent) == ("former Uttar Pradesh chief minister", "IND", "GOV")


def test_a_former_title_with_a_name_is_the_named_person():
    [(_, agent, target)] = event_actors(
        "पूर्व मुख्यमंत्री अखिलेश यादव ने योगी आदित्यनाथ की आलोचना की।", "2025-03-05")
    assert agent["name"] == "Akhilesh Yadav"
    assert target["name"] == "Yogi Adityanath"
    [(_, agent, _)] = event_actors("Ex-Prime Minister of Pakistan Imran Khan criticised the army.",
                              "2025-03-05")
    assert agent["name"] == "Imran Khan"


def test_a_former_holder_named_earlier_is_the_former_not_the_current_holder():
    found = event_actors("पूर्व मुख्यमंत्री अखिलेश यादव ने लखनऊ में धरना दिया। "
                    "पूर्व मुख्यमंत्री ने सरकार की आलोचना की। "
                    "मुख्यमंत्री ने अखिलेश यादव पर पलटवार किया।", "2025-03-05")
    agents = [agent["name"] for _, agent, _ in found]
    # the bare "मुख्यमंत्री" is today's holder, not the former one named with the title
    assert agents == ["Akhilesh Yadav", "Akhilesh Yadav", "Yogi Adityanath"]


def test_a_bare_speaker_in_a_state_story_is_the_assemblys_speaker():
    [(etype, agent, _)] = event_actors(
        "लखनऊ में विधानसभा का सत्र शुरू हुआ। स्पीकर ने सपा विधायकों को निलंबित कर दिया।",
        "2025-03-05")
    # a member suspended by the house is sanctioned by it (docs/decisions.md, session 11)
    assert etype == "SANCTION"
    assert who(agent) == ("Satish Mahana", "IND", "LEG")
    [(_, agent, _)] = event_actors("The Maharashtra assembly met in Mumbai. "
                              "The Speaker suspended two Shiv Sena MLAs.", "2025-03-05")
    assert agent["name"] == "Rahul Narwekar"


def test_a_bare_speaker_in_a_national_story_is_the_lok_sabha_speaker():
    [(_, agent, _)] = event_actors("नई दिल्ली में संसद का सत्र शुरू हुआ। "
                              "स्पीकर ने विपक्षी सांसदों को निलंबित कर दिया।", "2025-03-05")
    assert agent["name"] == "Om Birla"
    # the Lok Sabha's speaker named as such stays the Union's in a state story
    [(_, agent, _)] = event_actors("मुंबई में लोकसभा अध्यक्ष ने उद्धव ठाकरे से मुलाकात की।",
                              "2025-03-05")
    assert agent["name"] == "Om Birla"


def test_a_state_speaker_is_the_holder_on_the_event_date():
    [(_, agent, _)] = event_actors("पटना में विधानसभा का सत्र शुरू हुआ। "
                              "स्पीकर ने राजद विधायकों को निलंबित कर दिया।", "2021-03-05")
    assert agent["name"] == "Vijay Kumar Sinha"
