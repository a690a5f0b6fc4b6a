"""The retelling filter (learned/retellings.py): of a document's events of one type, a worse
retelling of one act goes, distinct acts stay, and a type told once is never touched. The
shipped file is switched off (its out-of-fold gain is below the bar, docs/learned.md), so the
tests run its trained weights switched on. Texts written for this project."""

from __future__ import annotations

import json
from dataclasses import replace

from ghatna.data import Actor, Document, Event, parse_published
from ghatna.learned import retellings
from ghatna.pipeline.pipeline import default_pipeline

ARREST = ("Kanpur police arrest Ramesh Verma in fraud case\n"
          "Kanpur police arrested Ramesh Verma on Monday for cheating farmers. "
          "Inspector Anil Sharma told reporters about the case in detail.")
TWO_ATTACKS = ("Protesters clash with police in Lahore\n"
               "Hundreds of PTI supporters attacked police in Lahore on Sunday. Separately, "
               "gunmen attacked an army convoy in Waziristan, killing two soldiers.")


def _switched_on() -> dict:
    model = json.loads(retellings.MODEL_PATH.read_text(encoding="utf-8"))
    return {**model, "enabled": True}


def _coded(text: str) -> Document:
    doc = Document(id="t", raw=text, published=parse_published("2024-06-15"))
    return default_pipeline().run(doc)


def _sides(events: list[Event]) -> list[tuple]:
    return [(e.type, e.actor1 and e.actor1.name, e.actor2 and e.actor2.name) for e in events]


def _worse_retelling(doc: Document, told: Event) -> Event:
    """The act told again in the body: an unknown person as agent, no target, no date."""
    body = doc.sentences[-1]
    start, end = doc.to_raw((body.start, body.end))
    person = Actor(name="Anil Sharma", kind="person", text="Anil Sharma",
                   span=(start + 10, start + 21))
    return replace(told, actor1=person, actor2=None, date=None, date_precision=None,
                   sentence_span=(start, end), sentence=doc.raw[start:end], confidence=0.4)


def test_a_worse_body_retelling_of_the_headline_act_goes():
    doc = _coded(ARREST)
    told = [e for e in doc.events if e.type == "COERCE"]
    assert _sides(told) == [("COERCE", "Kanpur police", "Ramesh Verma")]
    events = [*doc.events, _worse_retelling(doc, told[0])]
    kept = retellings.drop_likely_retellings(events, doc, _switched_on())
    assert _sides([e for e in kept if e.type == "COERCE"]) == _sides(told)


def test_two_acts_of_one_type_with_different_sides_both_stay():
    doc = _coded(TWO_ATTACKS)
    assaults = [e for e in doc.events if e.type == "ASSAULT"]
    assert len(assaults) == 2
    kept = retellings.drop_likely_retellings(doc.events, doc, _switched_on())
    assert _sides(kept) == _sides(doc.events)


def test_a_type_told_once_and_the_best_of_a_group_are_never_dropped():
    doc = _coded(ARREST)
    told = [e for e in doc.events if e.type == "COERCE"]
    drop_all = {**_switched_on(), "threshold": 1.0}
    assert _sides(retellings.drop_likely_retellings(told, doc, drop_all)) == _sides(told)
    events = [*told, _worse_retelling(doc, told[0])]
    assert len(retellings.drop_likely_retellings(events, doc, drop_all)) == 1


def test_a_switched_off_model_changes_nothing():
    doc = _coded(ARREST)
    events = [*doc.events, _worse_retelling(doc, doc.events[0])]
    off = {**_switched_on(), "enabled": False}
    assert retellings.drop_likely_retellings(events, doc, off) == events
