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
from .clauses import case_markers, marker_at
from .doc_facts import actor_key

RECENT_LIMIT = 16  # actors remembered: a story's parties are named within a few sentences

Pick = Callable[[list[Actor], Callable[[str], "Actor | None"]], list[Actor]]
NAMED_KINDS = ("country", "person", "org")


def _last_two(keep: Callable[[Actor], bool]) -> Pick:
    """The last two remembered actors that ``keep`` accepts."""
    return lambda recent, _country_actor: [a for a in recent if keep(a)][-2:]


def _last_two_countries(recent: list[Actor],
                        country_actor: Callable[[str], Actor | None]) -> list[Actor]:
    """The last two countries named, also through their people and organisations."""
    codes: list[str] = []
    for actor in recent:
        if actor.country and actor.kind in NAMED_KINDS:
            codes = [c for c in codes if c != actor.country] + [actor.country]
    countries = [country_actor(code) for code in codes[-2:]]
    return [c for c in countries if c is not None]


# per kind, the ways to find the two actors, tried in order
KINDS: dict[str, tuple[Pick, ...]] = {
    "country": (_last_two_countries,),
    "person": (_last_two(lambda a: a.kind == "person"),),
    "party": (_last_two(lambda a: a.kind == "org" and a.sector == "PTY"),),
    "side": (_last_two_countries, _last_two(lambda a: a.kind in NAMED_KINDS)),
}


def remember(recent: list[Actor], actors: Iterable[Actor | None]) -> None:
    """Move each actor to the end of ``recent`` (most recent last), keeping it short."""
    for actor in actors:
        if actor is None or actor.kind == "group":
            continue
        key = actor_key(actor)  # (once, not once per remembered actor)
        recent[:] = [a for a in recent if actor_key(a) != key] + [actor]
    del recent[:-RECENT_LIMIT]


def resolve_pair(mention: Mention, recent: list[Actor],
                 country_actor: Callable[[str], Actor | None]) -> tuple[Actor, Actor] | None:
    """The two actors a pair reference stands for, in the order they were named. Countries
    are also named through their people ("Modi met Hasina ... both countries")."""
    for pick in KINDS.get(mention.attrs.pair or "", ()):
        chosen = pick(recent, country_actor)
        if len(chosen) == 2:
            return chosen[0], chosen[1]
    return None


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
        k -= 1 if k >= 0 and tokens[k].norm in word_class("determiner", "en") else 0
        before = tokens[k].norm if k >= 0 else ""
        if (m.tok_end < len(tokens) and tokens[m.tok_end].norm in genitive
                and not _compound_postposition(tokens, m.tok_end)) or before in of_from:
            dropped.add(i)
        elif before in of and i > 0 and mentions[i - 1].tok_end == k \
                and mentions[i - 1].kind in ("group", "title"):
            dropped.add(i - 1)
    return [m for i, m in enumerate(mentions) if i not in dropped]


def _compound_postposition(tokens: list[Token], at: int) -> bool:
    """"दोनों देशों के बीच", "दोनों दलों के साथ": the genitive at ``at`` opens a compound
    postposition (a longer case marker), so the pair is a participant, not a qualifier."""
    norms = [t.norm for t in tokens[at:at + 3] if t.norm]
    marker, _ = marker_at(norms, case_markers()["hi"])
    return " " in marker
