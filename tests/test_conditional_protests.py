"""A protest the speakers say they will step up, or be driven to, if their demands are not met:
announced on a condition it is a threat (THREATEN); said plainly it is the protest itself.
Sentences written for these tests."""

from testkit import event_roles


def test_a_protest_stepped_up_on_a_condition_is_a_threat():
    events = event_roles("शिक्षकों का कहना है कि यदि उनकी मांगें नहीं मानी गईं तो वे अपना आंदोलन "
                         "और तेज करेंगे।")
    assert [(kind, agent) for kind, agent, _ in events] == [("THREATEN", "teachers")]


def test_a_protest_the_speakers_are_driven_to_on_a_condition_is_a_threat():
    events = event_roles("कर्मचारियों ने कहा कि अगर वेतन नहीं बढ़ा तो वे हड़ताल करने को "
                         "मजबूर होंगे।")
    assert [kind for kind, _, _ in events] == ["THREATEN"]


def test_we_in_reported_speech_is_the_speaker():
    events = event_roles("किसान नेताओं ने कहा कि यदि फसल का दाम नहीं मिला तो हम धरना देंगे।")
    assert [(kind, agent) for kind, agent, _ in events] == [("THREATEN", "farmers")]


def test_a_protest_stepped_up_with_no_condition_stays_a_protest():
    events = event_roles("मजदूरों ने ठेकेदार के खिलाफ अपना धरना तेज कर दिया।")
    assert [kind for kind, _, _ in events] == ["PROTEST"]
