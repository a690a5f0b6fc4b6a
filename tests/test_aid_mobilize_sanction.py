"""AID, MOBILIZE, SANCTION and REQUEST as unseen news words them (session 12): money announced
for the kin of the dead, people rescued, alerts and forces sent with no agent named, party
expulsions, requests for a response or for forces. Every sentence here was written for these
tests."""
import pytest
from testkit import event_roles


def _types(text: str) -> set[str]:
    return {event_type for event_type, _, _ in event_roles(text)}


@pytest.mark.parametrize("text,expected", [
    # money for the kin of the dead, told as an announcement
    ("जिलाधिकारी ने हादसे में मारे गए मजदूरों के परिजनों को दो-दो लाख रुपये देने का ऐलान किया।",
     ("AID", "district magistrate", "workers")),
    ("राज्य सरकार ने मृतकों के आश्रितों को चार लाख रुपये का मुआवजा देने की घोषणा की।",
     ("AID", "government", "families of the deceased")),
    ("मुख्यमंत्री ने बस हादसे के घायलों को पचास-पचास हजार रुपये की आर्थिक मदद का ऐलान किया।",
     ("AID", "chief minister", "injured people")),
    ("Odisha Chief Minister Naveen Patnaik announced Rs 3 lakh each for the families of those "
     "killed in the boat capsize.", ("AID", "Naveen Patnaik", "families")),
    # people rescued: the group saved is the one helped
    ("एनडीआरएफ के जवानों ने मलबे से चार मजदूरों को जिंदा बचा लिया।",
     ("AID", "National Disaster Response Force", "workers")),
])
def test_help_announced_or_given_to_people(text, expected):
    assert expected in event_roles(text)


@pytest.mark.parametrize("text", [
    # a reward for information, and money saved, are no help to anyone
    "पुलिस ने आरोपी की सूचना देने वाले को 50 हजार रुपये देने की घोषणा की।",
    "उसने बैंक में हर महीने दो हजार रुपये बचाए।",
])
def test_money_that_is_no_help(text):
    assert "AID" not in _types(text)


def test_those_killed_are_no_attack_beside_the_help():
    roles = event_roles("The state government announced Rs 4 lakh each for the families of "
                        "those killed in the landslide.")
    assert [r[0] for r in roles] == ["AID"]


def test_a_rescue_told_in_the_passive_is_the_story_helpers():
    roles = event_roles("NDRF teams rescued 20 villagers from the flooded area on Monday. "
                        "Another 41 workers were rescued on Tuesday.")
    assert ("AID", "National Disaster Response Force", "workers") in roles


@pytest.mark.parametrize("text", [
    "राज्यभर में हाई अलर्ट जारी कर दिया गया है।",
    "सीमावर्ती इलाकों में गश्त बढ़ा दी गई है।",
    "दंगे की आशंका को देखते हुए जिले के सभी थानों की पुलिस को अलर्ट कर दिया गया है।",
    "तनाव वाले जिलों में अतिरिक्त पुलिस बल भेजे जा रहे हैं।",
    # the -यी/-ये spelling of the passive
    "गांव में भारी संख्या में पुलिस बल की तैनाती की गयी थी।",
    "Additional force was deployed in the town after the clashes.",
    "Intelligence units have been put on high alert.",
])
def test_alerts_and_forces_sent_with_no_agent_named_are_the_police(text):
    assert ("MOBILIZE", "police", None) in event_roles(text)


def test_a_weather_warning_to_people_is_no_mobilisation():
    assert "MOBILIZE" not in _types("मौसम विभाग ने लोगों को अलर्ट किया है।")


@pytest.mark.parametrize("text,expected", [
    ("Ravi Kumar was expelled from the Samajwadi Party for anti-party activities.",
     ("SANCTION", "Samajwadi Party", "Ravi Kumar")),
    ("The BJP expelled Ravi Kumar for six years for anti-party activities.",
     ("SANCTION", "Bharatiya Janata Party", "Ravi Kumar")),
    ("कांग्रेस ने पार्टी विरोधी बयान देने वाले दो नेताओं को बाहर का रास्ता दिखा दिया।",
     ("SANCTION", "Indian National Congress", "politicians")),
])
def test_a_party_expels_a_member(text, expected):
    assert expected in event_roles(text)


def test_refugees_expelled_are_deported():
    assert _types("Pakistan expelled thousands of Afghan refugees last year.") == {"COERCE"}


def test_a_student_expelled_from_college_is_no_event():
    assert event_roles("The university expelled three students for ragging.") == []


@pytest.mark.parametrize("text,expected", [
    ("पंजाब और हरियाणा हाईकोर्ट ने हरियाणा सरकार के खिलाफ नोटिस जारी कर जवाब मांगा है।",
     ("REQUEST", "Punjab and Haryana High Court", "Haryana Government")),
    ("राज्य सरकार ने चुनाव के लिए केंद्र सरकार से अर्धसैनिक बलों की 20 कंपनियां मांगी हैं।",
     ("REQUEST", "government", "Government of India")),
])
def test_a_request_for_a_response_or_for_forces(text, expected):
    assert expected in event_roles(text)


def test_a_lookout_notice_is_coercion():
    assert _types("पुलिस ने आरोपी कारोबारी के खिलाफ लुकआउट नोटिस जारी किया।") == {"COERCE"}
