"""AGREE, REQUEST and AID as unseen news phrases them (session 11): a request made by letter
or memorandum, an appointment asked for, plural pacts, an offer that belongs to someone, and
announced aid. Every sentence here was written for these tests."""
import pytest
from testkit import event_roles

from ghatna.data import Document
from ghatna.pipeline.pipeline import default_pipeline


@pytest.mark.parametrize("text,expected", [
    # the addressee of the letter is the addressee of the demand, marked with को, not से
    ("ममता बनर्जी ने प्रधानमंत्री को पत्र लिखकर राज्य का बकाया जारी करने की मांग की।",
     ("REQUEST", "Mamata Banerjee", "Narendra Modi")),
    # the को inside the demand ("किसानों को राहत") is not the addressee
    ("अखिलेश यादव ने प्रधानमंत्री को चिट्ठी लिखकर किसानों को राहत देने की मांग की।",
     ("REQUEST", "Akhilesh Yadav", "Narendra Modi")),
    ("भाजपा ने राज्यपाल को ज्ञापन सौंपकर विधानसभा का सत्र बुलाने की मांग की।",
     ("REQUEST", "Bharatiya Janata Party", "governor")),
    ("अखिलेश यादव ने गृह मंत्री से मुलाकात के लिए समय मांगा है।",
     ("REQUEST", "Akhilesh Yadav", "Amit Shah")),
])
def test_a_request_by_letter_or_for_an_appointment(text, expected):
    assert expected in event_roles(text)


def test_a_letter_without_a_request_is_none():
    assert not [r for r in event_roles("अखिलेश यादव ने प्रधानमंत्री को पत्र लिखकर बधाई दी।")
                if r[0] == "REQUEST"]


@pytest.mark.parametrize("text,expected", [
    ("India and Malaysia on Tuesday inked five pacts on trade and tourism.",
     ("AGREE", "India", "Malaysia")),
    ("Nepal and India signed six memorandums of understanding in Kathmandu.",
     ("AGREE", "Nepal", "India")),
    ("The rebel group accepted the government's offer of peace talks on Friday.",
     ("AGREE", "rebels", "government")),
])
def test_plural_pacts_and_an_offer_someone_made(text, expected):
    assert expected in event_roles(text)


def _events(text: str):
    return default_pipeline().extract(Document(id="t", raw=text))


@pytest.mark.parametrize("text", [
    "भारत श्रीलंका को राहत सामग्री भेजेगा।",
    "India will send 20 tonnes of medicines to Nepal next week.",
])
def test_announced_concrete_aid_stays_aid(text):
    # annotation.md: a promise of aid is AID, planned, when concrete (the gold codes it so)
    (event,) = [e for e in _events(text) if e.type in {"AID", "AGREE"}]
    assert event.type == "AID" and event.planned


@pytest.mark.parametrize("text,expected", [
    # an invitation told by the visit it brings: the inviter acts, the visitor is invited
    ("Sheikh Hasina reached New Delhi on Sunday on a state visit at the invitation of "
     "Narendra Modi.", ("AGREE", "Narendra Modi", "Sheikh Hasina")),
    ("शेख हसीना नरेंद्र मोदी के निमंत्रण पर दो दिन की भारत यात्रा पर आई हैं।",
     ("AGREE", "Narendra Modi", "Sheikh Hasina")),
    ("पुतिन के न्योते पर मोदी मॉस्को पहुंचे।", ("AGREE", "Vladimir Putin", "Narendra Modi")),
])
def test_a_visit_at_someones_invitation(text, expected):
    assert expected in event_roles(text)


def test_an_invitation_without_an_inviter_is_none():
    assert not [r for r in event_roles("सरकार ने निमंत्रण पर विचार किया।") if r[0] == "AGREE"]


@pytest.mark.parametrize("text,expected", [
    ("किसानों ने जिलाधिकारी के सामने अपनी मांगें रखीं।",
     ("REQUEST", "farmers", "district magistrate")),
    ("गृह मंत्री अमित शाह ने नीतीश कुमार को आश्वस्त किया कि केंद्र पूरी मदद करेगा।",
     ("AGREE", "Amit Shah", "Nitish Kumar")),
    ("भारत और नेपाल के बीच बिजली व्यापार पर सहमति हुई।", ("AGREE", "India", "Nepal")),
    ("भारत और जापान के बीच बुलेट ट्रेन की डील पक्की हो गई।", ("AGREE", "India", "Japan")),
    ("The Supreme Court directed the Government of India to file a reply in a week.",
     ("REQUEST", "Supreme Court of India", "Government of India")),
    ("India and Bhutan renewed their trade agreement on Monday.", ("AGREE", "India", "Bhutan")),
    # agreeing to release is AGREE; the release itself is RETREAT (annotation.md)
    ("Pakistan agreed to release 15 Indian fishermen on Friday.",
     ("AGREE", "Pakistan", "fishermen")),
])
def test_demands_laid_before_someone_and_agreements_reached(text, expected):
    assert expected in event_roles(text)


@pytest.mark.parametrize("text", [
    "भारत और अमेरिका के बीच इस मुद्दे पर सहमति नहीं हो पाई।",
    "The film was directed by a newcomer.",
])
def test_no_agreement_or_order_where_none_is_made(text):
    assert not [r for r in event_roles(text) if r[0] in {"AGREE", "REQUEST"}]


def test_a_future_passive_signing_is_planned():
    (event,) = [e for e in _events("भारत और मालदीव के बीच अगले सप्ताह तीन समझौतों पर हस्ताक्षर "
                                   "किए जाएंगे।") if e.type == "AGREE"]
    assert event.planned


@pytest.mark.parametrize("text,expected", [
    ("भाजपा ने अखिलेश यादव से माफी मांगने को कहा।",
     ("REQUEST", "Bharatiya Janata Party", "Akhilesh Yadav")),
    ("Mamata Banerjee wrote to Narendra Modi on Monday, urging him to release the dues.",
     ("REQUEST", "Mamata Banerjee", "Narendra Modi")),
    ("Six teams of the National Disaster Response Force were engaged in rescue operations "
     "in Bihar.", ("AID", "National Disaster Response Force", "civilians")),
])
def test_asked_to_apologise_urging_and_rescue_work(text, expected):
    assert expected in event_roles(text)
