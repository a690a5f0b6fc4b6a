"""Events a report tells twice: once in short, once in full.

A report's headline tells, in short, an event its body tells in full. "India, Nepal vow
to resolve border dispute" above "India and Nepal on Thursday agreed to resolve the boundary
issues": the headline has no date of its own (it takes the publication day) and often names
the sides differently, so the two readings of one fact survive deduplication as two events
with different dates. An event read in a headline gives way to
an event of the same type in the body whose sides are the same participants or of the same
countries; a headline event the body does not retell stays.

Likewise in the body: "The STF arrested one accused ..." and later "The STF team on Monday
raided the house of the accused": the first telling has no date of its own (it takes the
discourse's or the publication's), the second states one. A telling dated only by the
publication day gives way to a dated one of the same type and sides.

And without a target: "Maoists ambushed the DRG convoy on Wednesday ... the Maoists carried out
this attack while the team was returning" tells one attack twice, the second time with no
target (and often another date, the discourse's). An event left without a target, after the
implicit targets are filled, gives way to an event of the same type and planned state whose
agent is the same side (the same actor, or one of the same country and sector: "the police"
beside "Haryana Police", "CBI" beside "the police") and that names a target, anywhere in the
document.

And within a sentence: "Modi held talks with Starmer in Britain" / "Modi met his Bhutanese
counterpart in Thimphu" read the country or its capital as a second target beside the named
host. A visit to a country is coded with the country only when no host is named (the
annotation guideline, CONSULT): an event whose target is a country or a place gives way to
an event of the same sentence, type, planned state and agent whose target is a party (not a
place) of that country. Likewise an act whose agent the text does not name (a pattern's
default, "Some protests turned violent": the protesters) gives way to the same act of the
same day told with a named agent of that country and sector ("truck drivers staged a strike"):
one protest, told once by its noun and once by its doers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from ..data import Actor, Document, Event
from ..ontology import symmetric_types
from .segment import ends_with_stop

#: a headline is a short line: longer first lines are a lead paragraph without a full stop
MAX_HEADLINE_TOKENS = 30


def has_headline(doc: Document) -> bool:
    """Is the first sentence a line of its own, without a full stop, above a body?"""
    sentences = doc.sentences
    if len(sentences) < 2 or sentences[0].paragraph == sentences[1].paragraph:
        return False
    tokens = sentences[0].tokens
    if not tokens or len(tokens) > MAX_HEADLINE_TOKENS:
        return False
    return not ends_with_stop(tokens)


def _same_actor(a: Actor, b: Actor) -> bool:
    """One participant: the same knowledge-base id, or the same name when either has none."""
    return (a.id or a.name.lower()) == (b.id or b.name.lower())


def _same_side(a: Actor | None, b: Actor | None) -> bool:
    """The same participant, or two of one country (a headline's "India" for the body's PM)."""
    if a is None or b is None:
        return a is None and b is None
    if _same_actor(a, b):
        return True
    return a.country is not None and a.country == b.country


def _retells(body: Event, headline: Event) -> bool:
    if body.type != headline.type:
        return False
    if _same_side(body.actor1, headline.actor1) and _same_side(body.actor2, headline.actor2):
        return True
    return body.type in symmetric_types() and _same_side(body.actor1, headline.actor2) \
        and _same_side(body.actor2, headline.actor1)


def drop_restated_headline(events: list[Event], doc: Document) -> list[Event]:
    """The events, less those of the headline that the body tells again."""
    if not events or not has_headline(doc):
        return events
    headline_end = doc.to_raw((doc.sentences[0].start, doc.sentences[0].end))[1]
    body = [e for e in events if e.sentence_span[0] >= headline_end]
    return [e for e in events if e.sentence_span[0] >= headline_end
            or not any(_retells(b, e) for b in body)]


def _stated_date(event: Event) -> bool:
    """Does the event's own sentence say its date?"""
    return bool(event.date and event.date_text and event.date_text in event.sentence)


def _publication_date(event: Event) -> bool:
    """Has the event only the publication day, no date any sentence gave? (A date an earlier
    sentence gave, "On Thursday night ... The same night ...", is the text's own.)"""
    return not event.date_text


def drop_undated_retellings(events: list[Event], key: Callable[[Event], tuple[str, ...]]
                            ) -> list[Event]:
    """The events, less those dated only by the publication day that an event of the same
    ``key`` (type, sides, planned, negated) tells with a date of its own sentence, in the
    same week."""
    dated: dict[tuple[str, ...], list[str]] = {}
    for event in events:
        if _stated_date(event):
            dated.setdefault(key(event), []).append(event.date or "")
    return [e for e in events if not _publication_date(e)
            or not any(_near(day, e.date) for day in dated.get(key(e), []))]


#: a retelling's stated date lies within a week of the publication day ("on Monday"); an
#: act of the same sides years before ("in 2020 the gang had shot a policeman") is another
RETELLING_DAYS = 7


def _near(stated: str, published: str | None) -> bool:
    if published is None or len(stated) != len("YYYY-MM-DD") or len(published) != len(stated):
        return False
    gap = dt.date.fromisoformat(stated) - dt.date.fromisoformat(published)
    return abs(gap.days) <= RETELLING_DAYS


def _one_side(a: Actor | None, b: Actor | None) -> bool:
    """The same actor, or two of one country and sector (both known)."""
    if a is None or b is None:
        return False
    if _same_actor(a, b) and a.country == b.country:
        return True
    return a.country is not None and a.sector is not None \
        and (a.country, a.sector) == (b.country, b.sector)


def drop_untargeted_retellings(events: list[Event]) -> list[Event]:
    """The events, less those without a target that an event of the same type, planned state
    and agent's side tells with a target."""
    full = [e for e in events if e.actor2 is not None]
    return [e for e in events if e.actor2 is not None or not any(
        f.type == e.type and f.planned == e.planned and _one_side(f.actor1, e.actor1)
        for f in full)]


#: actor kinds that stand for a country as a whole: the country, or a place read as its seat
PLACE_KINDS = frozenset({"country", "place"})


def _host_of(event: Event, other: Event) -> bool:
    """Is ``other`` the same act as ``event`` (sentence, type, planned state, agent) with a
    party of the country that ``event`` names as its target?"""
    a1, a2, b1, b2 = event.actor1, event.actor2, other.actor1, other.actor2
    if a1 is None or a2 is None or b1 is None or b2 is None or b2.kind in PLACE_KINDS:
        return False
    return (other.sentence_span == event.sentence_span and other.type == event.type
            and other.planned == event.planned and _same_actor(a1, b1)
            and a2.country is not None and b2.country == a2.country)


def drop_host_countries(events: list[Event]) -> list[Event]:
    """The events, less those whose target is a country or a place beside the same act with a
    named party of that country."""
    return [e for e in events if e.actor2 is None or e.actor2.kind not in PLACE_KINDS
            or not any(_host_of(e, o) for o in events)]


def _unnamed(actor: Actor | None) -> bool:
    """A group the text does not name: a pattern's default agent ("protesters" of "Protests
    erupted") or an implicit target. Countries and people the text refers to ("दोनों देशों":
    a pair resolved to two countries) are named, though by another word."""
    return actor is not None and actor.kind == "group" and actor.span is None and not actor.text


def _named_retelling(event: Event, other: Event) -> bool:
    """Is ``other`` the act that ``event`` tells naming no one, told on the same day (or an
    undated one) with a named agent of the same side ("arrested" with no one named is not
    dropped for another arrest: its target is named)?"""
    return (other is not event and _same_day(other, event)
            and other.type == event.type and other.planned == event.planned
            and not _unnamed(other.actor1) and _one_side(other.actor1, event.actor1)
            and (event.actor2 is None or _unnamed(event.actor2))
            and (other.actor2 is None or _unnamed(other.actor2)
                 or _same_side(other.actor2, event.actor2)))


def drop_unnamed_agents(events: list[Event]) -> list[Event]:
    """The events, less those with an unnamed agent that the story tells with a named one."""
    return [e for e in events if not _unnamed(e.actor1)
            or not any(_named_retelling(e, o) for o in events)]


def drop_covered_arrivals(events: list[Event], arrivals: list[Event]) -> list[Event]:
    """The events, less a bare arrival abroad ("जयशंकर रूस पहुंचे हुए हैं", pattern flag
    abroad) whose visitor the story shows meeting a party of that country, or a forum, on the
    same day: the meetings are the visit told (annotation.md: the country is actor2 only
    when no host is named); and less a journey told again on its day ("UAE के लिए रवाना हुए
    ... अबू धाबी के लिए रवाना होंगे", said and then announced)."""
    arrival_ids = {id(e) for e in arrivals}
    kept: list[Event] = []
    for event in events:
        if id(event) in arrival_ids and any(
                _met_there(event, o) for o in events if id(o) not in arrival_ids):
            continue
        if id(event) in arrival_ids and any(
                id(k) in arrival_ids and _same_journey(event, k) for k in kept):
            continue
        kept.append(event)
    return kept


def drop_retold_second_acts(events: list[Event], second: list[Event]) -> list[Event]:
    """The events, less an act read as a second one (pattern flag ``also=TYPE``: the meeting
    of a resignation handed to the governor) where the story tells an act of that type by the
    same agent on that day itself ("... ने राज्यपाल से मुलाकात की"): that is the act, told
    with its own words (and often its other side's name, where the handover says "the
    governor" alone)."""
    second_ids = {id(e) for e in second}
    return [e for e in events if id(e) not in second_ids or not any(
        id(o) not in second_ids and o.type == e.type and _same_day(o, e)
        and o.actor1 is not None and e.actor1 is not None and _same_actor(o.actor1, e.actor1)
        for o in events)]


def _same_day(event: Event, other: Event) -> bool:
    return event.date == other.date or None in (event.date, other.date)


def _same_journey(event: Event, other: Event) -> bool:
    a1, a2, b1, b2 = event.actor1, event.actor2, other.actor1, other.actor2
    return a1 is not None and a2 is not None and b1 is not None and b2 is not None \
        and event.date == other.date and _same_actor(a1, b1) and a2.country == b2.country


def _met_there(arrival: Event, other: Event) -> bool:
    a1, a2, b1, b2 = arrival.actor1, arrival.actor2, other.actor1, other.actor2
    if a1 is None or a2 is None or b1 is None or b2 is None or other.type != "CONSULT" \
            or other.date is None or other.date != arrival.date:
        return False
    return _same_actor(a1, b1) and (b2.country == a2.country or b2.country is None)
