"""Acts told as spread over many places take the place that holds them all.

"देशभर में ट्रक चालक हड़ताल पर हैं", "a nationwide strike": the country. "बिहार के दर्जनों
जिलों में छात्रों का विरोध", "farmers in several cities such as Sonipat, Gohana and Rohtak in
Haryana", "अहमदाबाद, सूरत, बनासकांठा समेत कई शहरों में": the state named with them (else the
country). Such a place is not narrowed later to the one city the story names most.

Word classes (word_classes.tsv): ``nationwide`` (the whole country), or a
``spread_quantifier`` ("कई", "several") before a ``place_plural`` ("जिलों", "cities").
"""

from __future__ import annotations

from ..data import Mention, Place, Sentence
from ..resources import word_class
from .clauses import has_phrase

#: how far a quantifier may stand before its plural place noun ("कई अलग-अलग जिलों")
QUANTIFIER_REACH = 3


def _nationwide(sentence: Sentence) -> bool:
    return has_phrase(sentence.tokens, word_class("nationwide"))


def _many_places(sentence: Sentence) -> bool:
    tokens = sentence.tokens
    quantifiers, plurals = word_class("spread_quantifier"), word_class("place_plural")
    if plurals.isdisjoint([tok.norm for tok in tokens]):
        return False  # (most sentences: no plural place noun)
    for k, tok in enumerate(tokens):
        if tok.norm in plurals and any(t.norm in quantifiers
                                       for t in tokens[max(0, k - QUANTIFIER_REACH):k]):
            return True
    return False


def is_spread(sentence: Sentence) -> bool:
    """Does the sentence tell its act as spread over many places or the whole country?"""
    return _nationwide(sentence) or _many_places(sentence)


def spread_place(sentence: Sentence, mentions: list[Mention], countries: dict[str, Place],
                 home_country: str | None) -> Place | None:
    """The place holding every place of a spread act (None when the act is not spread; the
    coder asks once per sentence it codes, not once per event)."""
    nationwide = _nationwide(sentence)
    if not nationwide and not _many_places(sentence):
        return None  # (most sentences)
    places = [m.place for m in mentions if m.place is not None]
    named_countries = [p for p in places if p.kind == "country"]
    if nationwide:
        # "देशव्यापी हड़ताल के तहत गुजरात में ...": the state where this part of it happens
        scene_states = [m.place for m in mentions if m.place is not None
                        and m.place.kind == "state" and m.attrs.locative]
        if scene_states:
            return scene_states[0]
        if named_countries:
            return named_countries[0]
        return countries.get(home_country) if home_country else None
    states = [p for p in places if p.kind == "state"]
    if states:
        return states[0]
    if named_countries:
        return named_countries[0]
    # cities of several states and no state or country named: the home country holds them
    regions = {p.admin1 for p in places if p.kind in ("city", "district") and p.admin1}
    if len(regions) > 1 and home_country:
        return countries.get(home_country)
    return None
