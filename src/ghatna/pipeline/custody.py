"""Who a release frees: the people its agent took into custody last.

News tells a release right after the arrest or detention it ends, and names the freed only by a
pronoun or not at all ("... को हिरासत में ले लिया गया. बाद में उन्हें छोड़ दिया गया.", "they
were released in the evening"). The coder keeps, per document, each custody act it coded (a
pattern mode of word class ``custody_mode``: arrest, abduction) with its holder and the held;
a release (word class ``custody_end_mode``) that names no one it frees frees whom the same agent
held last, within ``CUSTODY_WINDOW`` sentences. A verb that means release only after a custody
("छोड़ दिया गया": also "left", "spared"; pattern flag ``after_custody``) is no act without one.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..data import Actor
from ..resources import word_class
from .doc_facts import actor_key

CUSTODY_WINDOW = 3  # sentences: a release is told in the arrest's sentence or soon after it


@dataclass(frozen=True, slots=True)
class Custody:
    """One person or group held, by whom, and in which sentence the story told it."""

    sentence_no: int
    holder: Actor
    held: Actor


def holds(mode: str | None) -> bool:
    """Does an act of this PLOVER mode take someone into custody (an arrest, an abduction)?"""
    return mode is not None and mode in word_class("custody_mode")


def ends_custody(mode: str | None) -> bool:
    """Is an act of this PLOVER mode a release from custody?"""
    return mode is not None and mode in word_class("custody_end_mode")


def held_by(custody: list[Custody], holder: Actor, sentence_no: int) -> list[Actor]:
    """Everyone the holder took into custody in the latest sentence that told it doing so,
    within CUSTODY_WINDOW sentences ("मनीष सिसोदिया और कपिल मिश्रा को": both); [] if none."""
    key = actor_key(holder)
    latest = next((c.sentence_no for c in reversed(custody)
                   if actor_key(c.holder) == key
                   and sentence_no - c.sentence_no <= CUSTODY_WINDOW), None)
    if latest is None:
        return []
    held: list[Actor] = []
    for c in custody:
        if c.sentence_no == latest and actor_key(c.holder) == key \
                and all(actor_key(h) != actor_key(c.held) for h in held):
            held.append(c.held)
    return held
