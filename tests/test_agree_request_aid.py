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
