"""Police stations as scenes: "इंदौर के पलासिया थाने पर प्रदर्शन कर रहे ... पर पुलिस ने लाठीचार्ज
किया", "मेरठ कोतवाली में धरना", "protested at the Meerut police station".

groups.tsv reads a police station as the force in it (word class ``station_noun``), and a place
before it ("इंदौर के ... थाने") qualifies that force ("Indore police"). Where the station is
where something happens (a locative marker right after it: पर, में, के बाहर, "at"), that place
is also the scene; before, it was folded into the group and the event had no place. A protest
held there with no target of its own is aimed at the station's force, as a protest at
someone's residence is aimed at its owner (seats.py).
"""

from __future__ import annotations

from ..data import Mention, Place, Sentence
from ..resources import word_class
from .places import locative_markers, past_gloss

#: words of a station name: "थाने", "police station" (the longest station noun)
MAX_STATION_WORDS = 2


def _is_station(sentence: Sentence, mention: Mention) -> bool:
    norms = [t.norm for t in sentence.tokens[mention.tok_start:mention.tok_end]]
    stations = word_class("station_noun")
    return mention.kind == "group" and any(
        " ".join(norms[-n:]) in stations for n in range(1, MAX_STATION_WORDS + 1))


def _at_station(sentence: Sentence, mention: Mention) -> bool:
    """A station followed by a locative marker ("थाने पर", "थाने के बाहर") or preceded by one
    ("at the police station")."""
    after, before = locative_markers()
    norms = [t.norm for t in sentence.tokens]
    end, start = past_gloss(norms, mention.tok_end), mention.tok_start
    return any(" ".join(norms[end:end + n]) in after for n in (1, 2, 3)) or any(
        norms[k] in before for k in range(max(0, start - 2), start))


def stations_at(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """The police stations the sentence tells something happening at."""
    return [m for m in mentions if _is_station(sentence, m) and _at_station(sentence, m)]


def station_scenes(sentence: Sentence, mentions: list[Mention]) -> list[tuple[int, Place]]:
    """(token, place) for each station something happens at that a place qualifies: the finest
    such place (a city before its country)."""
    scenes: list[tuple[int, Place]] = []
    for station in stations_at(sentence, mentions):
        places = [q.place for q in station.attrs.qualifiers
                  if q.place is not None and q.place.kind != "country"]
        if places:
            scenes.append((station.tok_start, places[-1]))
    return scenes
