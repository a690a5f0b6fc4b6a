"""Relief handed out, deployments and marches as local news words them (session 15): relief
goods and payments given with a general verb ("राहत सामग्री का वितरण किया", "चेक दिया गया"),
units of a named force ("four companies of the CRPF"), a force whose name ends in the
pattern's "force", a march by the police, a gherao of a party office. Every sentence here was
written for these tests."""
import pytest
from testkit import event_roles


def _types(text: str) -> set[str]:
    return {event_type for event_type, _, _ in event_roles(text)}


@pytest.mark.parametrize("text,expected", [
    # relief goods handed out with a general verb: the crowd they go to is helped
    ("तहसीलदार ने रविवार को बाढ़ पीड़ितों के बीच राहत सामग्री का वितरण किया।",
     ("AID", "tehsildar", "flood-affected people")),
    ("सामाजिक संगठन के अध्यक्ष रमेश वर्मा ने ठंड से परेशान ग्रामीणों को कंबल वितरित किए।",
     ("AID", "Ramesh Varma", "civilians")),
    ("एसडीआरएफ की टीम ने नाव से पानी में घिरे ग्रामीणों को राहत पैकेट पहुंचाए।",
     ("AID", "State Disaster Response Force", "civilians")),
    # payments to the kin of the dead: given, provided, sanctioned, also with no agent named
    ("कलेक्टर सुनीता शर्मा ने हादसे के मृतकों के परिजनों को आर्थिक सहायता स्वीकृत की।",
     ("AID", "Sunita Sharma", "families of the deceased")),
    ("नाव हादसे के मृतकों के परिजनों को सोमवार को चार-चार लाख रुपये का चेक दिया गया।",
     ("AID", "government", "families of the deceased")),
    # the kin of the dead named with the singular "परिवार": the help is not dropped
    ("मृतक के परिवार को चार लाख रुपये का मुआवजा दिया जाएगा।",
     ("AID", "government", "families of the deceased")),
    ("जिलाधिकारी ने पीड़ित परिवारों को सहायता राशि के चेक सौंपे।",
     ("AID", "district magistrate", "families")),
    # English: the amount before the relief words
    ("The Indian Air Force provided 20 tonnes of emergency relief materials to Myanmar on "
     "Monday.", ("AID", "Indian Air Force", "Myanmar")),
])
def test_relief_handed_out_with_a_general_verb(text, expected):
    assert expected in event_roles(text)


def test_help_among_a_crowd_is_for_that_crowd():
    # "के बीच" of a clash names both sides; of help handed out it names who receives it
    roles = event_roles("पंचायत के मुखिया ने बाढ़ प्रभावित परिवारों के बीच तिरपाल का वितरण किया।")
    assert all(not (kind == "AID" and agent == target) for kind, agent, target in roles)
    assert any(kind == "AID" and target == "families" for kind, _, target in roles)


@pytest.mark.parametrize("text", [
    # a prize cheque honours the winners: no relief
    "खेल मंत्री ने विजेता खिलाड़ियों को पुरस्कार राशि का चेक दिया।",
    # goods that are no relief, and a cheque that bounced
    "दुकानदार ने ग्राहकों को नए मोबाइल फोन दिए।",
    "उसका दिया हुआ चेक बैंक में बाउंस हो गया।",
])
def test_goods_and_cheques_that_are_no_relief(text):
    assert "AID" not in _types(text)


@pytest.mark.parametrize("text,expected", [
    # the units of a named force are that force, not a group of businesses
    ("Four companies of the Border Security Force were deployed in the district on Sunday.",
     ("MOBILIZE", "Border Security Force", None)),
    ("Two battalions of the Assam Rifles have been deployed along the highway.",
     ("MOBILIZE", "Assam Rifles", None)),
    # a force named with the pattern's own word ("force ... deployed")
    ("The Rapid Action Force has been deployed in the old city after the clashes.",
     ("MOBILIZE", "Rapid Action Force", None)),
    # with no force named the police deploy, as before
    ("Additional forces have been deployed in the area after the clashes.",
     ("MOBILIZE", "police", None)),
    # a march by the police is a flag march, also spelt with a hyphen
    ("त्योहार से पहले पुलिस ने शहर के संवेदनशील इलाकों में फ़्लैग-मार्च निकाला।",
     ("MOBILIZE", "police", None)),
])
def test_deployments_and_flag_marches(text, expected):
    assert expected in event_roles(text)


def test_companies_without_a_force_are_businesses():
    roles = event_roles("Four companies of the Tata group signed an agreement with the state "
                        "government on Monday.")
    assert not any(kind == "MOBILIZE" for kind, _, _ in roles)


def test_a_crowd_march_stays_a_protest():
    assert "PROTEST" in _types("किसानों ने कलेक्ट्रेट तक पैदल मार्च निकाला।")


def test_gherao_of_a_party_office_is_aimed_at_the_party():
    roles = event_roles("सैकड़ों छात्रों ने शुक्रवार को भाजपा ऑफिस का घेराव किया।")
    assert ("PROTEST", "students", "Bharatiya Janata Party") in roles


def test_relief_handed_over_after_a_long_measure_phrase_is_aid() -> None:
    # "handed over" is a release of custody only when no relief goods follow (session 16)
    assert event_roles("Japan handed over a consignment of emergency relief materials to "
                       "Nepal on Monday.") == [("AID", "Japan", "Nepal")]
