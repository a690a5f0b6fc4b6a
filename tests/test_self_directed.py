"""An event never has one and the same participant on both sides (two mentions of one named
entity, or both sides read from one mention); two generic groups may face each other."""

from __future__ import annotations

from ghatna.data import Actor, Event
from ghatna.pipeline.doc_facts import deduplicate


def _event(actor1: Actor, actor2: Actor, etype: str = "CONSULT") -> Event:
    return Event(doc_id="d", type=etype, actor1=actor1, actor2=actor2, sentence="s",
                 span=(0, 1), sentence_span=(0, 1))


G20 = Actor(name="G20", id="org:g20", sector="IGO", kind="org", span=(0, 3))
G20_AGAIN = Actor(name="G20", id="org:g20", sector="IGO", kind="org", span=(40, 43))
BIDEN = Actor(name="Joe Biden", id="person:joe-biden", country="USA", span=(10, 19))


def test_a_named_entity_on_both_sides_is_dropped() -> None:
    kept = deduplicate([_event(G20, G20_AGAIN), _event(BIDEN, G20)])
    assert [(e.actor1.name, e.actor2.name) for e in kept if e.actor1 and e.actor2] == [
        ("Joe Biden", "G20")]


def test_both_sides_from_one_unknown_mention_is_dropped() -> None:
    rao = Actor(name="Vidyasagar Rao", country=None, sector="GOV", span=(232, 246))
    rao_target = Actor(name="Vidyasagar Rao", country="IND", sector="GOV", span=(232, 246))
    assert deduplicate([_event(rao, rao_target, "REQUEST")]) == []


def test_two_generic_groups_may_clash() -> None:
    groups = Actor(name="armed groups", id="group:armed-groups", kind="group", span=(5, 17))
    others = Actor(name="armed groups", id="group:armed-groups", kind="group", span=(30, 42))
    assert len(deduplicate([_event(groups, others, "ASSAULT")])) == 1


def test_one_plural_group_mention_may_give_both_sides() -> None:
    communities = Actor(name="communities", id="group:communities", kind="group", span=(0, 12))
    assert len(deduplicate([_event(communities, communities, "ASSAULT")])) == 1
