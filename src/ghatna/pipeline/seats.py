"""Whose seat a protest is held at: "किसानों ने विधायक के आवास के बाहर धरना दिया", "students
protested outside the education minister's residence", "Congress workers protested outside
the BJP office". A protest told with no target of its own, at someone's residence, office or
headquarters (word class ``seat_noun``), is aimed at the owner of that seat: people protest
at the door of whom they protest against. The owner is the participant that governs the seat
noun: with a genitive ("X के आवास", "X's residence", "the residence of X") or as the first
word of a compound ("मुख्यमंत्री आवास", "the BJP office"). A seat left ("X के कार्यालय से",
"from the party office") is where a march starts, not its target.
"""

from __future__ import annotations

from ..data import Mention, Token
from ..resources import word_class

OWNER_KINDS = ("actor", "group", "title", "country")
MAX_SEAT_MODIFIERS = 1  # "प्रधानमंत्री के सरकारी आवास", "the minister's official residence"
MAX_OWNER_REACH = 3  # words between "of" and the owner ("the residence of Haryana CM X")


def seat_owner(tokens: list[Token], mentions: list[Mention], lang: str) -> Mention | None:
    """The participant whose seat the sentence names as a place of protest, or None."""
    seats = word_class("seat_noun", lang)
    for k, token in enumerate(tokens):
        if token.norm not in seats or _left_from(tokens, k, lang):
            continue
        owner = _owner_before(tokens, mentions, k, lang) or (
            _owner_after(tokens, mentions, k) if lang == "en" else None)
        if owner is not None:
            return owner
    return None


def _left_from(tokens: list[Token], k: int, lang: str) -> bool:
    """"X के कार्यालय से": the seat is where a march sets out from; English "from the office"."""
    if lang == "hi":
        return k + 1 < len(tokens) and tokens[k + 1].norm in word_class("seat_source_marker", "hi")
    before = [t.norm for t in tokens[max(0, k - 4):k]]
    return any(w in word_class("seat_source_marker", "en") for w in before)


def _owner_before(tokens: list[Token], mentions: list[Mention], k: int,
                  lang: str) -> Mention | None:
    """The owner written before its seat: "X के आवास", "X's residence", "मुख्यमंत्री आवास",
    "the BJP office" (a modifier word allowed before the seat)."""
    genitives = word_class("possessive", lang) | {"s"}
    for end in range(k, max(-1, k - MAX_SEAT_MODIFIERS - 1), -1):
        at = end
        while at > 0 and tokens[at - 1].norm in genitives:
            at -= 1
        owner = _mention_ending_at(mentions, at)
        if owner is not None:
            return owner
    return None


def _owner_after(tokens: list[Token], mentions: list[Mention], k: int) -> Mention | None:
    """"the residence of Chief Minister X": the first participant after "of"."""
    if k + 1 >= len(tokens) or tokens[k + 1].norm != "of":
        return None
    reach = k + 2 + MAX_OWNER_REACH
    return next((m for m in mentions if k + 2 <= m.tok_start < reach
                 and m.kind in OWNER_KINDS), None)


def _mention_ending_at(mentions: list[Mention], end: int) -> Mention | None:
    return next((m for m in mentions if m.tok_end == end and m.kind in OWNER_KINDS), None)
