"""A count of acts cited from statistics is no act (annotation.md: an event is specific, "a
who, a what, and a when"). "एनसीआरबी के ताजा आंकड़े के मुताबिक वर्ष 2015 में 36,790 लोगों को
पुलिस ने गिरफ्तार कर जेल भेजा", "a 31% increase in arrests ..., according to data released by
the NCRB": the sentence names its source as data (word class ``statistics_source``: "आंकड़ों के
मुताबिक", "according to data", "NCRB"; a bare "data" is not enough: "the report was based on
flawed data") and
dates the acts no closer than a year (or not at all), so it sums many acts over a period.

A single act told with data as its source keeps its day ("According to police data, 12
protesters were detained on Monday") and stays.
"""

from __future__ import annotations

from ..data import Event
from ..resources import tokenize_surface, word_class


def cites_statistics(event: Event) -> bool:
    """Is this act a count in a sentence citing statistics, dated no closer than a year? (A
    day taken from the publication date alone, with no date words, tells nothing.)"""
    if event.date_precision == "day" and event.date_text:
        return False
    words = f" {' '.join(tokenize_surface(event.sentence))} "
    return any(f" {phrase} " in words for phrase in word_class("statistics_source"))
