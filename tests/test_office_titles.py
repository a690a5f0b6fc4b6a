"""Office titles resolved to the people who hold them (issue 8): a title that names one
country's office, a title before a name the knowledge base lacks (an honorific between them),
a bare state office in a story set in one state, and a known person in office on the date."""
from testkit import event_actors, who

from ghatna.api import extract


def test_a_title_naming_one_countrys_office_is_its_holder_not_the_country():
    [(etype, agent, target)] = event_actors(
        "भूटान नरेश ने सोमवार को नई दिल्ली में प्रधानमंत्री नरेंद्र मोदी से मुलाकात की।",
        "2024-03-04")
    assert etype == "CONSULT"
    assert who(agent) == ("Jigme Khesar Namgyel Wangchuck", "BTN", "GOV")
    assert target["name"] == "Narendra Modi"


def test_the_emir_of_qatar_in_hindi_is_qatars_not_the_indian_president():
    [(_, agent, _)] = event_actors("कतर के अमीर ने सोमवार को प्रधानमंत्री मोदी से मुलाकात की।",
                              "2024-03-04")
    assert who(agent) == ("Tamim bin Hamad Al Thani", "QAT", "GOV")


def test_an_honorific_between_a_title_and_an_unknown_name_is_skipped():
    # the name after "डॉ." is a person of the title's office, in the story's country
    [(etype, agent, target)] = event_actors(
        "देहरादून में राज्यपाल डॉ. रमेश चंद्र ठाकुर ने सोमवार को मुख्यमंत्री से मुलाकात की।",
        "2016-03-21")
    assert etype == "CONSULT"
    assert agent["name"].startswith("Ramesh") and agent["name"].endswith("Thakur")
    assert (agent["country"], agent["sector"]) == ("IND", "GOV")


def test_an_honorific_that_is_also_a_given_name_stays_in_the_name():
    [(_, agent, _)] = event_actors(
        "पूर्व मंत्री बाबू राम यादव ने सोमवार को सरकार की आलोचना की।", "2016-03-21")
    assert agent["name"].startswith("Babu")


def test_a_bare_governor_in_a_state_story_is_that_states_governor_on_the_date():
    # Raipur lies in Chhattisgarh, whose governor in October 2020 was Anusuiya Uikey
    events = event_actors("रायपुर में राज्यपाल ने सोमवार को मुख्यमंत्री से मुलाकात की।", "2020-10-19")
    assert [(t, who(a1)) for t, a1, _ in events] == [
        ("CONSULT", ("Anusuiya Uikey", "IND", "GOV"))]


def test_a_bare_chief_minister_in_an_english_state_story_is_the_holder():
    events = event_actors("The Chief Minister met the Prime Minister in Patna on Monday.", "2012-06-04")
    assert [(who(a1)[0], who(a2)[0]) for _, a1, a2 in events] == [
        ("Nitish Kumar", "Manmohan Singh")]


def test_a_party_politician_named_by_the_office_he_holds_acts_for_the_state():
    # Manmohan Singh is a party politician today; in 2010 the title is his office
    events = event_actors("प्रधानमंत्री मनमोहन सिंह ने सोमवार को बराक ओबामा से मुलाकात की। "
                     "प्रधानमंत्री ने ओबामा की प्रशंसा की।", "2010-04-12")
    assert ("Manmohan Singh", "IND", "GOV") in [who(a1) for _, a1, _ in events]


def test_a_vice_chancellor_is_no_head_of_government():
    # "Chancellor" alone is a head of government; a university's vice chancellor is not
    events = event_actors("Students gheraoed the vice chancellor in Patna on Monday.",
                          "2024-03-04")
    assert all(who(target)[0] != "Narendra Modi" for _, _, target in events if target)


def test_ranks_with_full_stops_and_religious_titles_introduce_a_person() -> None:
    # sentences written for this test: wire-style ranks and religious titles
    events = extract("Lt. Gen. Moussa Traore resigned on Monday.", published="2024-03-05")
    assert [(e["type"], e["actor1"]["name"], e["actor1"]["sector"]) for e in events] == \
        [("RETREAT", "Moussa Traore", "MIL")]
    events = extract("Archbishop Paul Mensah criticised the government of Ghana.",
                     published="2024-03-05")
    assert events and events[0]["actor1"]["name"] == "Paul Mensah" \
        and events[0]["actor1"]["sector"] == "REL"
