"""Pair references: "both sides", "the two leaders", "दोनों देशों" name the two parties a story
has been about. The coder keeps the actors named so far, most recent last
(:func:`remember`), and reads a pair reference as the last two different actors of its kind
(:func:`resolve_pair`): countries, persons, parties, or for "sides" countries first, else
anyone. Which phrases are pair references, and of which kind, is data
(``resources/pair_references.tsv``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..data import Actor, Mention, Token
from ..resources import word_class

RECENT_LIMIT = 16  # actors remembered: a story's parties are named within a few sentences

Keep = Callable[[Actor], bool]


def _is_country(actor: Actor) -> bool:
    return actor.kind == "country"


def _is_person(actor: Actor) -> bool:
    return actor.kind == "person"


def _is_party(actor: Actor) -> bool:
    return actor.kind == "org" and actor.sector == "PTY"


def _is_named(actor: Actor) -> bool:
    return actor.kind in ("country", "person", "org")


KINDS: dict[str, tuple[Keep, ...]] = {
    "country": (_is_country,),
    "person": (_is_person,),
    "party": (_is_party,),
    "side": (_is_country, _is_named),
}


def _key(actor: Actor) -> str:
    return actor.id or f"{actor.name.lower()}|{actor.country or ''}"


def remember(recent: list[Actor], actors: Iterable[Actor | None]) -> None:
    """Move each actor to the end of ``recent`` (most recent last), keeping it short."""
    for actor in actors:
        if actor is None or actor.kind == "group":
            continue
        recent[:] = [a for a in recent if _key(a) != _key(actor)] + [actor]
    del recent[:-RECENT_LIMIT]


def resolve_pair(mention: Mention, recent: list[Actor],
                 country_actor: Callable[[str], Actor | None]) -> tuple[Actor, Actor] | None:
    """The two actors a pair reference stands for, in the order they were named. Countries
    are also named through their people ("Modi met Hasina ... both countries")."""
    for keep in KINDS.get(mention.attrs.pair or "", ()):
        if keep is _is_country:
            chosen = _last_two_countries(recent, country_actor)
        else:
            chosen = [a for a in recent if keep(a)][-2:]
        if len(chosen) == 2:
            return chosen[0], chosen[1]
    return None


def _last_two_countries(recent: list[Actor],
                        country_actor: Callable[[str], Actor | None]) -> list[Actor]:
    codes: list[str] = []
    for actor in recent:
        if actor.country and actor.kind in ("country", "person", "org"):
            codes = [c for c in codes if c != actor.country] + [actor.country]
    countries = [country_actor(code) for code in codes[-2:]]
    return [c for c in countries if c is not None]


def is_pair(mention: Mention | None) -> bool:
    return mention is not None and mention.attrs.pair is not None


def drop_qualifying_pairs(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """"दोनों देशों के मंत्री", "fishermen from both countries": a pair reference before a
    genitive or after "from" qualifies a noun; it is no participant of its own. "The leaders
    of the two countries" (after "of", word class pair_of) are the two sides themselves: the
    group or title before "of" gives way to the pair."""
    genitive, of, of_from = word_class("genitive"), word_class("pair_of"), word_class("pair_from")
    dropped: set[int] = set()
    for i, m in enumerate(mentions):
        if m.attrs.pair is None:
            continue
        k = m.tok_start - 1
        k -= 1 if k >= 0 and tokens[k].norm == "the" else 0
        before = tokens[k].norm if k >= 0 else ""
        if (m.tok_end < len(tokens) and tokens[m.tok_end].norm in genitive) or before in of_from:
            dropped.add(i)
        elif before in of and i > 0 and mentions[i - 1].tok_end == k \
                and mentions[i - 1].kind in ("group", "title"):
            dropped.add(i - 1)
    return [m for i, m in enumerate(mentions) if i not in dropped]
