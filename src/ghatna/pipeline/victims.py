"""Attacks told only by their victims: "डीआरजी के 9 जवान शहीद हो गए", "एक पुलिसकर्मी को गोली
लग गई", "मुठभेड़ में चार आतंकियों के मारे जाने की खबर" (pattern flag victim_subject).

The one who died or was hit is the target; the attacker is the other side of the fight: the
nearest participant named before the victims in the sentence that is opposed to them ("सेना की
जवाबी कार्रवाई में उग्रवादी ढेर", "चीनी सैनिकों के साथ झड़प में 20 जवानों की जान चली गई"),
else the nearest such actor the story names before the sentence, else after it (a report that
names the Maoists only in its last line). Sides are opposed when one is a security force and the
other an armed group or criminals (sector group ``hostile``), or when two security forces
belong to two countries. Only the dead of such sides are read (the dead of a crowd or a
village are told of riots and accidents alike); with no opposed side anywhere in the story the
act codes nothing."""

from __future__ import annotations

from dataclasses import replace

from ..data import Actor, Document, Event, Mention, Sentence
from ..learned.implicit_targets import implicit_actor
from ..ontology import sector_group
from ..resources import word_class
from .clauses import has_phrase
from .roles import Roles, is_place

ACTOR_KINDS = ("actor", "group", "country")
VICTIM_FLAGS = frozenset({"victim_subject", "victim_object"})


def _country(mention: Mention) -> str | None:
    return (mention.actor.country if mention.actor is not None else None) or mention.attrs.country


def _sector(mention: Mention) -> str | None:
    """The sector of an actor, or of the holder of a title ("सिपाही": police)."""
    return mention.actor.sector if mention.actor is not None else mention.attrs.sector


def opposed(victim: Mention, other: Mention) -> bool:
    """Is ``other`` on the side that fights ``victim``'s side?"""
    first, second = _sector(victim), _sector(other)
    security, hostile = sector_group("security"), sector_group("hostile")
    countries = {_country(victim), _country(other)} - {None}
    if first in security:
        return second in hostile or (second in security and len(countries) == 2)
    return first in hostile and second in security


def _fighter(mention: Mention) -> bool:
    """Victims whose attacker a story implies: a security force's men, militants, criminals
    (the dead of a crowd or a village are told of riots and accidents alike)."""
    return _sector(mention) in sector_group("security") | sector_group("hostile")


def _fighters(mentions: list[Mention]) -> list[Mention]:
    """The actors and bare titles among ``mentions`` whose attacker a story implies."""
    return [m for m in mentions if m.kind in ACTOR_KINDS + ("title",) and _fighter(m)]


def _candidates(mentions: list[Mention], victim: Mention) -> list[Mention]:
    return [m for m in mentions if m.kind in ACTOR_KINDS and not is_place(m)
            and m is not victim and not m.attrs.source and opposed(victim, m)]


def story_attacker(doc: Document, sentence: Sentence, mentions: list[Mention],
                   victim: Mention) -> Mention | None:
    """The nearest opposed side before the victim in its sentence, else in the story before
    the sentence (the last one named), else after it (the first one named)."""
    before = _candidates([m for m in mentions if m.tok_end <= victim.tok_start], victim)
    if before:
        return before[-1]
    index = next((k for k, s in enumerate(doc.sentences) if s is sentence), None)
    if index is None:
        return None
    for k in range(index - 1, -1, -1):
        found = _candidates(doc.mentions[k], victim)
        if found:
            return found[-1]
    for k in range(index + 1, len(doc.sentences)):
        found = _candidates(doc.mentions[k], victim)
        if found:
            return found[0]
    return None


def victims_as_targets(doc: Document, sentence: Sentence, mentions: list[Mention],
                       flags: frozenset[str], roles: Roles) -> tuple[Roles, Mention | None]:
    """For an act told by its victims (flag victim_subject): the victims as the target and the
    attacker's mention (None when the story names no opposed side: the act is then dropped)."""
    if "casualty_subject" in flags and roles.agent is None and roles.others:
        # "हमले में 10 जवान शहीद हुए": an attack noun with no owner is the story's attacker's
        victims = _fighters(roles.others)
        attacker = story_attacker(doc, sentence, mentions, victims[0]) if victims else None
        return Roles(agent=attacker, others=roles.others, speaker=roles.speaker), attacker
    if not VICTIM_FLAGS & flags:
        return roles, None
    victims = [roles.agent] if roles.agent is not None else []
    if "victim_object" in flags or not victims:
        # "एक सिपाही को गोली लगी", "20 जवानों की जान चली गई": the marked one was hit
        victims = list(roles.others) + victims
    victims = _fighters(victims)
    if not victims:
        return Roles(speaker=roles.speaker), None
    attacker = story_attacker(doc, sentence, mentions, victims[0])
    return Roles(agent=attacker, others=[_as_group(victims[0])], speaker=roles.speaker), attacker


def _as_group(mention: Mention) -> Mention:
    """"एक सिपाही को गोली लगी": a bare title hit in a fight stands for its force's men, the
    generic group of its sector (sector_names.tsv: police)."""
    if mention.kind != "title" or mention.attrs.sector is None:
        return mention
    actor = implicit_actor(mention.attrs.sector, mention.attrs.country or "")
    group = Actor(name=actor.name, country=mention.attrs.country, sector=actor.sector,
                  kind="group", text=mention.text, span=(mention.start, mention.end))
    return replace(mention, kind="group", actor=group)


def _same_sector_and_country(first: Actor | None, second: Actor | None) -> bool:
    """Two targets of one sector, of one country where both are known."""
    return first is not None and second is not None and first.sector == second.sector \
        and (None in (first.country, second.country) or first.country == second.country)


def drop_retold_victims(events: list[Event], told_by_victims: list[Event]) -> list[Event]:
    """The events, less an attack told by its victims where the story tells, in another event,
    an attack on the same side ("आतंकियों ने सेना पर हमला किया ... सेना के 17 जवान शहीद हो
    गए": one attack, its casualties told twice)."""
    victim_ids = {id(e) for e in told_by_victims}
    kept: list[Event] = []
    for event in events:
        if id(event) in victim_ids and any(
                other is not event and other.type == event.type
                and other.planned == event.planned
                and _same_sector_and_country(other.actor2, event.actor2)
                and (id(other) not in victim_ids or any(k is other for k in kept))
                for other in events):
            continue
        kept.append(event)
    return kept


def fought_back(flags: frozenset[str], sentence: Sentence, victim: Actor | None) -> bool:
    """"मुठभेड़ में हुई फायरिंग में एक पुलिसकर्मी को गोली लग गई": a security force's man hit in
    an encounter (word class encounter_noun, a fight both sides wage) tells the force's own
    attack too; the victims' side also acts on the attacker."""
    return bool(VICTIM_FLAGS & flags) and victim is not None \
        and victim.sector in sector_group("security") \
        and has_phrase(sentence.tokens, word_class("encounter_noun"))
