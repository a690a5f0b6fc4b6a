"""Where a story is set: its home country, the scene of its lead, the place it names most,
and the finer place a broad one ("Punjab") stands for in it. The coder reads these once per
document (``code.Code``) to place events that name no place of their own and to give local
crowds and forces their country.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from ..data import DateValue, Document, Event, Mention, Place, Span
from ..resources import load_table, surface_key
from .spread import is_spread


@lru_cache(maxsize=1)
def discourse_words() -> dict[str, set[str]]:
    table: dict[str, set[str]] = {}
    for row in load_table("discourse.tsv"):
        table.setdefault(row["kind"], set()).add(surface_key(row["word"]))
    return table


LEAD_SENTENCES = 3


def lead_scene_at(doc: Document) -> tuple[Place, int] | None:
    """The lead's scene, the first place the lead sentences put something in (a better guess
    for an undated-place event than the reporter's dateline), and the first sentence it holds
    for: the one that names it, or the first when that sentence tells where the meeting was
    ("The meeting took place in Munich" speaks of the event the headline told)."""
    meeting_words = discourse_words().get("meeting_noun", set())
    count = LEAD_SENTENCES + (1 if doc.dateline_place else 0)
    for s_idx, (sentence, mentions) in enumerate(zip(doc.sentences[:count], doc.mentions[:count])):
        for m in mentions:
            # "क्वाड समिट के लिए टोक्यो जाएंगे": where the trip of the lead goes counts too
            if m.place is not None and (m.attrs.locative or m.attrs.destination) \
                    and m.kind == "place":
                # "अलास्का में ... शिखर बैठक": the place of a meeting the story is about, not
                # necessarily where the story happens
                # ("The meeting took place in Munich", with the meeting named first, is)
                meeting_before = any(t.norm in meeting_words
                                     for t in sentence.tokens[:m.tok_start])
                if not meeting_before and any(t.norm in meeting_words
                                              for t in sentence.tokens[m.tok_end:]):
                    continue
                return finer_in_phrase(mentions, m.tok_start, m.place), \
                    0 if meeting_before else s_idx
    return None


def story_place(doc: Document) -> Place | None:
    """The place the document names most often (the first of a tie): where its story happens,
    and the best guess for an event whose own sentences place it nowhere. Cities, districts
    and states come first: a country is mostly named as an actor or an actor's nationality
    (train places 0.744 -> 0.778). (A scene-only count, "X में", was tried: it places fewer
    events right, train 0.686 against 0.712.)"""
    return _most_named_place(doc, lambda place: place.kind != "country") \
        or _most_named_place(doc, lambda place: True)


def _most_named_place(doc: Document, keep: Callable[[Place], bool]) -> Place | None:
    """Of the places the document names that ``keep`` accepts, the one named most often
    (the first of a tie)."""
    counts: Counter[str] = Counter()
    first: dict[str, Place] = {}
    for mentions in doc.mentions:
        for m in mentions:
            if m.place is not None and keep(m.place):
                key = f"{m.place.name}|{m.place.country}"
                counts[key] += 1
                first.setdefault(key, m.place)
    if not counts:
        return None
    best = max(counts.values())
    return next(place for key, place in first.items() if counts[key] == best)


def place_unplaced(events: list[Event], place: Place | None) -> list[Event]:
    """Events no sentence, scene or dateline placed happen where the story happens."""
    if place is None:
        return events
    return [e if e.location is not None else replace(e, location=place) for e in events]


FINE_PLACE_KINDS = frozenset({"city", "district"})


def _inside(fine: Place, broad: Place) -> bool:
    if fine.kind not in FINE_PLACE_KINDS or fine.country != broad.country:
        return False
    return broad.kind == "country" or (broad.kind == "state" and fine.admin1 == broad.name) \
        or (broad.kind == "region" and broad.admin1 is not None and fine.admin1 == broad.admin1)


#: how far after a broad place its finer part may follow in one phrase ("south Kashmir's
#: Anantnag district", "पुलवामा के त्राल")
PHRASE_REACH = 3


def finer_in_phrase(mentions: list[Mention], at: int, place: Place) -> Place:
    """"in south Kashmir's Anantnag district": the finest place of a phrase of places, each
    inside the one before it."""
    for m in mentions:
        if m.place is not None and at < m.tok_start <= at + PHRASE_REACH + 1 \
                and _inside(m.place, place):
            place = m.place
            at = m.tok_start
    return place


def _finer_place(doc: Document, broad: Place) -> Place | None:
    """The city or district of ``broad`` (a country or state) that the document is about: its
    dateline, else the one it names most often (the first of a tie)."""
    if doc.dateline_place is not None and _inside(doc.dateline_place, broad):
        return doc.dateline_place
    return _most_named_place(doc, lambda place: _inside(place, broad))


CURRENT_DAYS = 7  # an event this close to publication is the story's news, not background


def _story_day(events: list[Event], published: DateValue | None) -> str | None:
    """The day the story tells: its publication day, else its latest dated event's day."""
    if published is not None and published.precision == "day":
        return published.value
    days = [e.date for e in events if e.date is not None and len(e.date) == len("YYYY-MM-DD")]
    return max(days, default=None)


def _current(date: str | None, story_day: str | None) -> bool:
    """Is an event of this date part of the story told (not an earlier trip recalled)?"""
    if date is None or story_day is None:
        return True
    if len(date) < len(story_day):
        return story_day.startswith(date)
    gap = dt.date.fromisoformat(date[:10]) - dt.date.fromisoformat(story_day)
    return abs(gap.days) <= CURRENT_DAYS


def refine_broad_places(events: list[Event], doc: Document) -> list[Event]:
    """"India" or "Bihar" as an event's place, in a story that names the city or district
    it happens in: that finer place (a report places its events where its story is)."""
    refined = []
    story_day = _story_day(events, doc.published)
    finer_of: dict[tuple[str, str | None], Place | None] = {}  # one count per broad place
    spread_spans: set[Span] | None = None  # found once, and only when a broad place asks
    for event in events:
        place = event.location
        if place is not None and place.kind in ("country", "state") \
                and _current(event.date, story_day):
            if spread_spans is None:
                spread_spans = {doc.to_raw((s.start, s.end)) for s in doc.sentences
                                if is_spread(s)}
            key = (place.name, place.country)
            if key not in finer_of:
                finer_of[key] = _finer_place(doc, place)
            finer = finer_of[key]
            if finer is not None and event.sentence_span not in spread_spans:
                event = replace(event, location=finer)
        refined.append(event)
    return refined


def home_country(doc: Document) -> str | None:
    if doc.dateline_place is not None and doc.dateline_place.country:
        return doc.dateline_place.country
    counts: Counter[str] = Counter()
    named: Counter[str] = Counter()  # every place named, scene or not ("the Chennai Police")
    for mentions in doc.mentions:
        for m in mentions:
            if m.place is not None and m.place.country and m.attrs.locative:
                counts[m.place.country] += 1
            if m.place is not None and m.place.country and m.place.kind != "country":
                named[m.place.country] += 1
    if counts:
        return counts.most_common(1)[0][0]
    if named:
        return named.most_common(1)[0][0]
    if doc.lang.startswith("hi"):
        return "IND"
    # a report that names no place: the country its known people and organisations belong to
    # ("the Youth Congress ... Chief Minister Pinarayi Vijayan": India)
    members = Counter(m.actor.country for mentions in doc.mentions for m in mentions
                      if m.kind == "actor" and m.actor is not None and m.actor.country
                      and m.actor.kind in ("person", "org"))
    return members.most_common(1)[0][0] if members else None
