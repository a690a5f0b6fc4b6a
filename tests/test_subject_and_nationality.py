"""Who a later pronoun stands for after a sentence with two ने-subjects, and the country of an
unknown office holder joined to a foreign one (roles7, issue 8). All sentences are our own."""

from __future__ import annotations

from ghatna.data import Document
from ghatna.pipeline.pipeline import default_pipeline


def _events(text: str):
    return default_pipeline().extract(Document(id="t", raw=text))


def test_object_pronoun_stands_for_the_main_clause_subject():
    events = _events("चुनाव में कांग्रेस ने बड़ी जीत दर्ज करने के बाद आज पार्टी नेता राहुल गांधी ने "
                     "राष्ट्रपति द्रौपदी मुर्मू से मुलाकात की। राष्ट्रपति ने उनसे नई सरकार बनाने का "
                     "अनुरोध किया।")
    requests = [e for e in events if e.type == "REQUEST"]
    assert requests and requests[0].actor2 is not None
    assert requests[0].actor2.name == "Rahul Gandhi"


def test_unknown_minister_joined_to_a_foreign_one_shares_the_country():
    events = _events("Prime Minister Narendra Modi met Vietnamese Foreign Minister Tran Van Minh "
                     "and Defence Minister Nguyen Hoang Long on Tuesday.")
    targets = {e.actor2.name: e.actor2.country for e in events
               if e.type == "CONSULT" and e.actor2 is not None}
    assert targets.get("Nguyen Hoang Long") == "VNM"


def test_an_unknown_minister_alone_keeps_the_story_country():
    events = _events("Prime Minister Narendra Modi met Defence Minister Nguyen Hoang Long on "
                     "Tuesday.")
    targets = {e.actor2.name: e.actor2.country for e in events
               if e.type == "CONSULT" and e.actor2 is not None}
    assert targets.get("Nguyen Hoang Long") != "VNM"


def test_the_speaker_is_no_patient_of_a_reported_passive():
    events = _events("Home Minister Amit Shah said the guru was detained for a while and later "
                     "sent out of Delhi.")
    assert all(e.actor2 is None or e.actor2.name != "Amit Shah"
               for e in events if e.type == "COERCE")


def test_the_subject_of_the_next_verb_is_no_object_of_the_first():
    events = _events("Prime Minister Narendra Modi held talks with Foreign Minister S. Jaishankar "
                     "and Defence Minister Rajnath Singh met the army chiefs on Monday.")
    pairs = {(e.actor1.name, e.actor2.name) for e in events
             if e.type == "CONSULT" and e.actor1 is not None and e.actor2 is not None}
    assert ("Narendra Modi", "S. Jaishankar") in pairs
    assert ("Narendra Modi", "Rajnath Singh") not in pairs
    assert not any(a1 == "S. Jaishankar" for a1, _ in pairs)
