"""Acts on people the text does not name, told for several regions, are several facts.

"NDRF teams rescued people in Assam ... In Bihar, 19 teams were deployed": each report names
its recipients by the same generic group ("civilians") or by none, yet flood victims of Assam
and of Bihar are other people, and annotators code one event per region (corpus c16-011,
c16-043, fresh c19-010, c21-004). A document's dedup therefore tells apart reports of the
types of word class regional_recipient_type by the state or province of their place; a
report placed only by the dateline, or not at all, names no region and is a retelling of any
of them.
"""

from __future__ import annotations

from ..data import Actor, Event, Place
from ..resources import word_class

#: place kinds that are a region themselves rather than a place inside one
REGION_KINDS = frozenset({"state", "country"})


def unnamed_recipient(event: Event) -> bool:
    """An act of a regional_recipient_type (word_classes.tsv) for no one named: no target, or
    a group named only by what its people are ("civilians", "flood victims")."""
    target: Actor | None = event.actor2
    return (target is None or target.kind == "group") \
        and event.type.lower() in word_class("regional_recipient_type")


def unnamed_region(event: Event, dateline: Place | None) -> str:
    """The state or province of an act for unnamed recipients; "" for another act, or one
    with no place or only the dateline's."""
    place = event.location
    if place is None or not unnamed_recipient(event):
        return ""
    if dateline is not None and place.name == dateline.name:
        return ""
    return place.name if place.kind in REGION_KINDS else (place.admin1 or place.name)


def regions_apart(region: str, others: set[str]) -> bool:
    """Is a report of ``region`` another fact than every report of ``others`` (each of a
    known region, all other than its own)?"""
    return bool(region) and bool(others) and "" not in others and region not in others
