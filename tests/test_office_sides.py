"""Sides Indian news names by an office rather than a name (issue 8, helper actors13): a bare
police rank acts for its force ("एसएसपी ने", "the SHO"), and the bare Hindi "केंद्र" standing
alone as a side is the national government ("केंद्र से मांग की"), never a centre of anything
else ("स्वास्थ्य केंद्र", "आकर्षण का केंद्र", "केंद्र में")."""
from testkit import event_actors, read_before_coding, who


def test_a_bare_police_rank_meeting_people_is_the_police_of_the_story() -> None:
    [(etype, agent, target)] = event_actors(
        "पटना में थानाध्यक्ष ने सोमवार को पीड़ित परिवार से मुलाकात की।", "2024-03-04")
    assert etype == "CONSULT"
    assert who(agent) == ("police", "IND", "POL")
    assert target is not None and target["sector"] != "POL"


def test_an_english_police_rank_is_the_police_too() -> None:
    [(etype, agent, _)] = event_actors(
        "In Kanpur, the SHO met the protesting traders on Monday.", "2024-03-04")
    assert etype == "CONSULT"
    assert who(agent) == ("police", "IND", "POL")


def test_a_rank_acts_for_the_force_the_story_named() -> None:
    events = event_actors("दिल्ली पुलिस ने रविवार को शाहीन बाग में छापा मारा। "
                          "डीसीपी ने बाद में व्यापारियों से मुलाकात की।", "2024-03-04")
    assert ("CONSULT", "Delhi Police") in [(t, a1 and a1["name"]) for t, a1, _ in events]


def test_a_rank_with_its_name_stays_the_person() -> None:
    [(_, agent, _)] = event_actors(
        "लखनऊ में एसपी राजेश वर्मा ने पीड़ित परिवार से मुलाकात की।", "2024-03-04")
    assert agent is not None and agent["name"].startswith("Rajesh")


def test_a_rank_among_the_casualties_is_no_agent() -> None:
    assert event_actors("मुठभेड़ में एक दरोगा घायल हो गया।", "2024-03-04") == []
    events = event_actors("बारामूला में आतंकियों से मुठभेड़ में एक इंस्पेक्टर और दो जवान घायल "
                          "हो गए।", "2024-03-04")
    assert all(who(a1)[2] != "POL" for _, a1, _ in events)


def test_the_bare_centre_asked_by_a_state_is_the_government_of_india() -> None:
    [(etype, agent, target)] = event_actors(
        "केरल के मुख्यमंत्री ने बाढ़ राहत के लिए केंद्र से दो हजार करोड़ रुपये की मांग की।",
        "2024-03-04")
    assert etype == "REQUEST"
    assert agent is not None and agent["sector"] == "GOV"
    assert who(target) == ("Government of India", "IND", "GOV")


def test_the_bare_centre_as_agent() -> None:
    [(etype, agent, _)] = event_actors(
        "केंद्र ने हिंसा के बाद मणिपुर सरकार से विस्तृत रिपोर्ट मांगी।", "2024-03-04")
    assert etype == "REQUEST"
    assert who(agent) == ("Government of India", "IND", "GOV")


def _centre_mentions(text: str) -> list[str]:
    doc = read_before_coding(text, "2024-03-04")
    return [m.text for mentions in doc.mentions for m in mentions
            if m.actor is not None and m.actor.name == "Government of India"]


def test_a_centre_of_something_else_is_no_government() -> None:
    assert _centre_mentions("गांव के स्वास्थ्य केंद्र पर डॉक्टरों ने बच्चों को टीके लगाए।") == []
    assert _centre_mentions("नया पुल शहर के लोगों के आकर्षण का केंद्र बन गया है।") == []
    assert _centre_mentions("इस केंद्र ने किसानों को मुफ्त बीज बांटे।") == []
    assert _centre_mentions("यह मैदान विवाद के केंद्र में है।") == []
    assert _centre_mentions("किसानों ने केंद्र के खिलाफ नारे लगाए।") == ["केंद्र"]


def test_a_story_about_another_centre_keeps_its_bare_word() -> None:
    # the vaccination centre named first is "the centre" of the next sentence, not the Centre
    assert _centre_mentions("गांव में नया टीकाकरण केंद्र खोला गया। केंद्र पर सुबह से लोगों की "
                            "भीड़ जुटी और लोगों ने हंगामा किया।") == []
