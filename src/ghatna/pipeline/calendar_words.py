"""The calendar's words (months, weekdays, relative days: resources/calendar.tsv), read once.

A module of its own because readers below the date stage (predicates, mentions, roles,
attribution) ask whether a word is a calendar word; importing it from ``dates`` would tie them
to everything the date stage needs (the dateline town reader needs the gazetteer, and the
gazetteer's vocabulary needs the predicates).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..resources import load_table, surface_key


@dataclass(frozen=True, slots=True)
class CalendarWord:
    kind: str
    value: str
    ambiguous: bool = False


@lru_cache(maxsize=1)
def calendar_words() -> dict[str, CalendarWord]:
    return {surface_key(r["surface"]): CalendarWord(r["kind"], r["value"], r["ambiguous"] == "yes")
            for r in load_table("calendar.tsv")}


def is_date_word(word: str) -> bool:
    """A number or a calendar word: what a date's words are made of ("15 अगस्त", "Monday")."""
    return word.isdigit() or word in calendar_words()


def only_a_date_word(word: str) -> bool:
    """A number or a calendar word that is no ordinary word too ("नवंबर", not मार्च "march"):
    it says when, never what happened."""
    if word.isdigit():
        return True
    entry = calendar_words().get(word)
    return entry is not None and not entry.ambiguous
