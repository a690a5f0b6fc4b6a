"""Demands told as reported speech (issue 8, request10): "X ने कहा कि Y ... छोड़ दें" (a
subjunctive in the "कि" clause) and "X ने Y से ... रहने को कहा". Sentences written for this
project."""

from __future__ import annotations

from testkit import event_actors, who


def _requests(text: str) -> list[tuple]:
    return [(who(a1)[0], who(a2)[0]) for t, a1, a2 in event_actors(text, "2024-05-01")
            if t == "REQUEST"]


def test_a_subjunctive_in_reported_speech_is_the_speakers_demand_of_its_subject():
    found = _requests("पाकिस्तान ने कहा कि भारत सिंधु नदी का पानी लौटाएं।")
    assert found == [("Pakistan", "India")]


def test_a_statement_of_fact_in_reported_speech_demands_nothing():
    assert _requests("पाकिस्तान ने कहा कि भारत ने सिंधु नदी का पानी रोक दिया है।") == []


def test_asked_to_stay_on_is_a_request_to_the_one_asked():
    found = _requests("राष्ट्रपति ने प्रधानमंत्री से नई सरकार के शपथ लेने तक पद पर बने रहने को कहा।")
    assert len(found) == 1


def test_a_demand_noun_before_that_clause_is_made_of_its_subject():
    assert _requests("कांग्रेस ने मांग उठाई कि सरकार सदन में महंगाई पर बयान दे।") == [
        ("Indian National Congress", "government")]
