"""One event per fact in a document: the same act told in several sentences, a less specific
retelling beside a full one, and misreadings (one entity on both sides; an arrest done by
civilians or criminals; a country that stands for its sports side; a count cited from
statistics) are dropped."""

from __future__ import annotations

from collections.abc import Sequence

from ..data import Actor, Event, Place
from ..ontology import symmetric_types
from ..resources import word_class
from .aggregates import cites_statistics
from .one_person import one_person
from .restated import drop_undated_retellings
from .sports_sides import plays_sport
from .unnamed_regions import regions_apart, unnamed_recipient, unnamed_region


def actor_key(actor: Actor | None) -> str:
    """Who an actor is: its knowledge-base id, else its name and country."""
    if actor is None:
        return ""
    return actor.id or f"{actor.name.lower()}|{actor.country or ''}"


def _fact_key(event: Event) -> tuple[str, ...]:
    """Type, sides (in a fixed order for a symmetric type), planned and negated; recipients
    nobody names ("civilians" or none) are one side (unnamed_regions.unnamed_recipient)."""
    a1, a2 = actor_key(event.actor1), actor_key(event.actor2)
    if unnamed_recipient(event):
        a2 = ""
    if event.type in symmetric_types() and a2 and a2 < a1:
        a1, a2 = a2, a1
    return (event.type, a1, a2, str(event.planned), str(event.negated))


def _self_directed(event: Event, people: Sequence[Actor] = ()) -> bool:
    """"G20 summit ... G20": one named entity on both sides (a person also when named in full
    on one side and by a part of the name on the other), or both sides read from one mention,
    is a misreading, never a fact; generic groups ("armed groups clashed with armed groups",
    "clashes between two communities": both sides from one plural mention) may be two
    parties. ``people``: the persons of the story, who keep an ambiguous name part apart."""
    a1, a2 = event.actor1, event.actor2
    if a1 is None or a2 is None or a1.kind == "group":
        return False
    if a1.span is not None and a1.span == a2.span:
        return True  # both sides read from the same words
    return (a1.id is not None and a1.id == a2.id) or one_person(a1, a2, people)


def _unfit_agent(event: Event) -> bool:
    """An act only an authority does (word class authority_type: an arrest, a raid) with a
    civilian or criminal agent (non_authority_sector) has its sides misread: "उसे गिरफ्तार कर"
    after "बदमाश", farmers protesting a lathi charge as those who charge."""
    agent = event.actor1
    return agent is not None and agent.sector is not None \
        and event.type.lower() in word_class("authority_type") \
        and agent.sector.lower() in word_class("non_authority_sector")


def deduplicate(events: list[Event], dateline: Place | None = None) -> list[Event]:
    """One event per (type, actors, date, planned) fact in a document, and per region for an
    act on unnamed people (``unnamed_regions``); the first report wins, with the highest
    confidence seen. ``dateline``: the document's dateline place, which names no region."""
    people = [a for e in events for a in (e.actor1, e.actor2) if a is not None]
    events = [e for e in events
              if not _self_directed(e, people) and not _unfit_agent(e) and not plays_sport(e)
              and not cites_statistics(e)]
    events = drop_undated_retellings(
        events, lambda e: _fact_key(e) + (unnamed_region(e, dateline),))
    events = _merge_reports(events, dateline)
    # "X protested" beside "X protested against Y" on the same day: one fact, told twice
    # (unless they are told of two regions)
    with_target: dict[tuple[str, ...], set[str]] = {}
    for e in events:
        if e.actor2 is not None:
            with_target.setdefault(_agent_key(e), set()).add(unnamed_region(e, dateline))
    events = [e for e in events if e.actor2 is not None or _agent_key(e) not in with_target
              or regions_apart(unnamed_region(e, dateline), with_target[_agent_key(e)])]
    # "NAB arrested Khan ... Khan was arrested": the agent a pattern assumes for an act told
    # without one (a group such as the police, with no words of its own in the text) gives way
    # to the one the text names for the same act on the same day
    def assumed(e: Event) -> bool:
        return e.actor1 is not None and e.actor1.span is None and e.actor1.kind == "group"

    named = {(e.type, actor_key(e.actor2), e.date) for e in events
             if e.actor1 is not None and not assumed(e) and e.actor2 is not None}
    return [e for e in events if not (assumed(e) and e.actor2 is not None
                                      and (e.type, actor_key(e.actor2), e.date) in named)]


def _agent_key(event: Event) -> tuple[str, ...]:
    return (event.type, actor_key(event.actor1), event.date or "")


def _merge_reports(events: list[Event], dateline: Place | None) -> list[Event]:
    """One event per fact key and date, and per region for acts on unnamed people; a report
    of no region is a retelling of a report of its fact that names one."""
    kept: dict[tuple[str, ...], Event] = {}
    regioned: dict[tuple[str, ...], Event] = {}
    for event in events:
        fact = _fact_key(event) + (event.date or "",)
        region = unnamed_region(event, dateline)
        twin = kept.get(fact + (region,))
        if twin is not None:
            twin.confidence = max(twin.confidence, event.confidence)
            continue
        kept[fact + (region,)] = event
        if region:
            regioned.setdefault(fact, event)
    for key, event in list(kept.items()):
        twin = regioned.get(key[:-1]) if not key[-1] else None
        if twin is not None:
            twin.confidence = max(twin.confidence, event.confidence)
            del kept[key]
    return list(kept.values())
