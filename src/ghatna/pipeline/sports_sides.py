"""A country named for its sports side is no party to an event (annotation.md: sports results
are not events). "पाकिस्तानी क्रिकेटर ने टीम इंडिया को चुनौती दी", "Team India thrashed
Pakistan", "भारतीय राष्ट्रीय फुटबॉल टीम ने ... प्रदर्शन करते हुए", "पाकिस्तान के गेंदबाजों ने
... निशाना साधा": the nationality or the country names a team or a player, and the act that
side does is a game's, not the state's. Only the agent counts: what a state does to a side
(refusing athletes entry, arresting players) is the state's act.

A country side is a sports side when the words right after it (through a genitive) name a
player (word class ``sports_player``: cricketer, bowler, खिलाड़ियों) or a team after the name
of a sport (``sport_name`` then ``side_noun``: "फुटबॉल टीम", "cricket team"), or when a side
name is a national side's (``national_side_name``: "Team India", "टीम इंडिया"). A team alone is not enough: "India's
rescue teams", "भारत की एक टीम" carry relief (gold codes them AID by India).
"""

from __future__ import annotations

from ..data import Actor, Event
from ..resources import surface_key, tokenize_surface, word_class
from .clauses import grammar_words

SIDE_REACH = 3  # words after the country that may still describe it ("राष्ट्रीय फुटबॉल टीम")
_GENITIVE_ENDING = ("'", "s")  # "India's", as the tokenizer splits it


def _words(text: str) -> list[str]:
    """The normalised words at the start of ``text``, up to the first punctuation mark (a
    comma, a danda, a bracket: the noun phrase ends there); the genitive ending of "India's"
    is skipped."""
    tokens = tokenize_surface(text)
    if tokens[:2] == _GENITIVE_ENDING:
        tokens = tokens[2:]
    words: list[str] = []
    for token in tokens:
        if not any(ch.isalnum() for ch in token):
            break
        words.append(token)
    return words


def _names_a_side_after(following: list[str]) -> bool:
    """Do the words after the country name one of its players or its team in a sport?"""
    players = word_class("sports_player")
    sports = word_class("sport_name")
    sides = word_class("side_noun")
    stops = grammar_words()  # the country's noun phrase ends there ("चीन ने भारतीय खिलाड़ियों को")
    seen_sport = False
    for k, word in enumerate(following[:SIDE_REACH + 1]):
        if k == 0 and word in word_class("genitive"):
            continue
        if word in stops:
            return False
        if word in players or (seen_sport and word in sides):
            return True
        seen_sport = seen_sport or word in sports
    return False


def names_a_sports_side(actor: Actor | None, event: Event) -> bool:
    """Is this side of the event a country that stands for its sports side here?"""
    if actor is None or actor.kind != "country" or actor.span is None:
        return False
    start = actor.span[0] - event.sentence_span[0]
    end = actor.span[1] - event.sentence_span[0]
    if not 0 <= start <= end <= len(event.sentence):
        return False
    before = tokenize_surface(event.sentence[:start])
    if before and surface_key(f"{before[-1]} {actor.text}") in word_class("national_side_name"):
        return True  # "Team India", "टीम इंडिया"
    return _names_a_side_after(_words(event.sentence[end:]))


def plays_sport(event: Event) -> bool:
    """Is the agent of the event a sports side? A state's act on a side stays an act: "चीन ने
    भारतीय खिलाड़ियों को प्रवेश से मना कर दिया" refuses entry to athletes (REJECT)."""
    return names_a_sports_side(event.actor1, event)
