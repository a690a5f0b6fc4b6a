"""Appositions: a second description of a person that the mention finder reads as another actor.

- *Joined titles before a name*: "पूर्व मुख्यमंत्री और कांग्रेस के वरिष्ठ नेता कमलनाथ ने", "Chhattisgarh
  Chief Minister and Congress leader Bhupesh Baghel on Friday ...": a bare title joined by
  "और"/"and" to a party title that stands before a name describes that same person (an office
  and the party he belongs to), so it is no participant of its own (it made a second event
  "former chief minister -> government" beside "Kamal Nath -> government", or the title was read
  as today's holder). Two government offices ("the Prime Minister and Home Minister Amit Shah")
  may be two people and stay apart.
- *An English apposition between commas*: "Rajnath Singh, the defence minister, met ...",
  "Mamata Banerjee, the chief minister of West Bengal, accused ...", "Ravi Kumar, a local
  farmer, was arrested": a title (or "a/an" + a group word) set off by commas right after a
  person's name says who that person is; the person, not the title, is the subject of the
  verb after the closing comma. Places and dates inside stay (the story's place).

- *A name's own short form in brackets*: "आम आदमी पार्टी (आप) के कार्यकर्ताओं को", "India and the
  United Kingdom (UK) signed ...": the bracketed copy of the actor just named is a gloss, not a
  second participant; the name's mention covers it, so the marker, the genitive or the verb after
  the closing bracket is the name's own (fold_bracketed_copies, after acronyms are linked).

The first two run after every mention of a sentence is known (the Hindi NER and Latin organisations
included), before participants are chosen.
"""

from __future__ import annotations

from ..data import Actor, Mention, Sentence, Token, span_tokens
from ..ontology import sector_group
from ..resources import word_class
from .clauses import both_languages
from .gazetteer import office_sector

#: Words an English apposition may hold between its commas ("the chief minister of West Bengal").
MAX_APPOSITION = 9
#: Plain words between "and" and a second title ("Former CM and senior Congress leader X").
MAX_MODIFIERS = 2
#: Sector of a title that names a party role ("नेता", "leader", "प्रदेश अध्यक्ष").
PARTY_SECTOR = "PTY"
#: Mention kinds that stay inside an apposition: where and when, not who.
KEPT_KINDS = frozenset({"place", "date"})


def fold_appositions(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """The sentence's mentions without the titles that only describe a named person."""
    mentions = _fold_joined_titles(sentence.tokens, mentions)
    if sentence.lang == "en":
        mentions = _fold_comma_appositions(sentence.tokens, mentions)
        mentions = _fold_named_groups(sentence.tokens, mentions)
    return mentions


def _is_person(mention: Mention) -> bool:
    return mention.kind == "actor" and mention.actor is not None and mention.actor.kind == "person"


def _bare_title(mention: Mention) -> bool:
    """A title with no name of its own ("पूर्व मुख्यमंत्री"; "भाजपा सांसद" made its party)."""
    return mention.attrs.office is not None and (
        mention.actor is None or mention.actor.kind == "org")


def _party_described(person: Mention) -> bool:
    """A name with a party title before it ("कांग्रेस नेता X", "BJP president X")."""
    own = person.attrs.title
    if own is not None and not person.attrs.former and office_sector(own) == PARTY_SECTOR:
        return True
    return any(q.actor is not None and q.actor.sector == PARTY_SECTOR
               for q in person.attrs.qualifiers)


def _modifiers_only(gap: list[Token]) -> bool:
    """At most MAX_MODIFIERS plain words between "and" and the second title ("senior"); an
    article ("the Prime Minister and the BJP leader X") may start another person."""
    return len(gap) <= MAX_MODIFIERS and all(
        t.script != "punct" and t.norm not in word_class("determiner", "en") for t in gap)


def _fold_joined_titles(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    conj = both_languages()
    out: list[Mention] = []
    for idx, mention in enumerate(mentions):
        nxt = mentions[idx + 1] if idx + 1 < len(mentions) else None
        at = mention.tok_end
        if nxt is not None and _bare_title(mention) and _is_person(nxt) \
                and _modifiers_only(tokens[at + 1:nxt.tok_start]) and tokens[at].script != "punct" \
                and conj.get(tokens[at].norm) == "conj" and _party_described(nxt):
            # the person's mention now covers both titles, as _attach_titles does for one
            span_tokens(nxt, tokens, mention.tok_start, nxt.tok_end)
            continue
        out.append(mention)
    return out


def _closing_comma(tokens: list[Token], opening: int) -> int | None:
    """The comma that closes an apposition opened at ``opening`` (only words between)."""
    for k in range(opening + 1, min(len(tokens), opening + 2 + MAX_APPOSITION)):
        if tokens[k].text == ",":
            return k if k > opening + 1 else None
        if tokens[k].script == "punct" and tokens[k].text not in ".'’-":
            return None
    return None


def _describes(tokens: list[Token], inside: list[Mention], opening: int) -> bool:
    """Is what stands between the commas a description of a person: a title, or "a/an" and a
    group word ("a local farmer"), and nobody else's name?"""
    if any(_is_person(m) for m in inside):
        return False
    if any(m.attrs.office is not None for m in inside):
        return True
    indefinite = tokens[opening + 1].norm in word_class("indefinite_article", "en")
    return indefinite and any(m.kind == "group" for m in inside)


def _fold_comma_appositions(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    dropped: set[int] = set()
    for idx, person in enumerate(mentions):
        opening = person.tok_end
        if not _is_person(person) or opening >= len(tokens) or tokens[opening].text != ",":
            continue
        closing = _closing_comma(tokens, opening)
        if closing is None:
            continue
        inside = [k for k in range(idx + 1, len(mentions))
                  if mentions[k].tok_start > opening and mentions[k].tok_end <= closing]
        if not inside or not _describes(tokens, [mentions[k] for k in inside], opening):
            continue
        title = next((mentions[k].attrs.office for k in inside
                      if mentions[k].attrs.office is not None), None)
        if person.attrs.title is None and title is not None:
            person.attrs.title = title  # the office the apposition gives him
        dropped.update(k for k in inside if mentions[k].kind not in KEPT_KINDS)
    return [m for k, m in enumerate(mentions) if k not in dropped]


def _fold_named_groups(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """"arrested the accused, Ramesh Kumar Purohit (30) and Chhota Ram": a generic group named
    right after a comma (word class group_naming_glue may stand between: "identified as") is
    those people; the group is no second participant, and its sector is theirs."""
    dropped: set[int] = set()
    glue = word_class("group_naming_glue", "en")
    for idx, group in enumerate(mentions[:-1]):
        person = mentions[idx + 1]
        gap = [t.norm for t in tokens[group.tok_end:person.tok_start]]
        if group.kind != "group" or group.actor is None or not _is_person(person) \
                or not gap or gap[0] != "," or " ".join(gap[1:]) not in glue | {""}:
            continue
        dropped.add(idx)
        if person.actor is not None and person.actor.sector is None:
            person.actor.sector = group.actor.sector
    return [m for k, m in enumerate(mentions) if k not in dropped]


def _same_actor(first: Actor | None, second: Actor | None) -> bool:
    return first is not None and second is not None and (
        first.id or first.name, first.country) == (second.id or second.name, second.country)


def fold_bracketed_copies(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each bracketed copy of the actor right before it folded into it."""
    tokens = sentence.tokens
    out: list[Mention] = []
    for mention in mentions:
        prev = out[-1] if out else None
        if prev is not None and mention.tok_start == prev.tok_end + 1 \
                and tokens[prev.tok_end].text == "(" and mention.tok_end < len(tokens) \
                and tokens[mention.tok_end].text == ")" and _same_actor(prev.actor, mention.actor):
            span_tokens(prev, tokens, prev.tok_start, mention.tok_end + 1)
            continue
        out.append(mention)
    return out


#: Place kinds whose name after "of" says whose office a title is (not a city's mayor).
OWNER_PLACE_KINDS = frozenset({"country", "state"})


def _owner_after(tokens: list[Token], title: Mention, nxt: Mention) -> bool:
    """Does ``nxt`` follow ``title`` as "of [the] X"?"""
    k = title.tok_end
    if k >= len(tokens) or tokens[k].norm not in word_class("title_owner_marker", "en"):
        return False
    k += 1
    if k < len(tokens) and tokens[k].norm in word_class("determiner", "en"):
        k += 1
    return nxt.tok_start == k


def fold_owners_after_titles(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """"the Chief Minister of West Bengal", "the Foreign Minister of Japan", "the head of the
    Congress": English names whose office a title is after it, as "West Bengal Chief
    Minister" does before it. The title covers its owner (who is then no scene and no
    participant of its own) and holds its country, state or organisation; a title already
    qualified before it ("India's Minister of State") is left as it is."""
    out: list[Mention] = []
    skip = -1
    for idx, title in enumerate(mentions):
        if idx == skip:
            continue
        out.append(title)
        nxt = mentions[idx + 1] if idx + 1 < len(mentions) else None
        if nxt is None or title.kind != "title" or title.attrs.qualifiers \
                or title.attrs.country or not _owner_after(tokens, title, nxt):
            continue
        place = nxt.place
        if nxt.kind in ("country", "place") and place is not None and place.country \
                and place.kind in OWNER_PLACE_KINDS:
            title.attrs.country = place.country
            title.attrs.region = place.name if place.kind == "state" else None
        elif nxt.kind == "actor" and nxt.actor is not None and nxt.actor.kind == "org":
            title.attrs.org = nxt.actor
            title.attrs.country = nxt.actor.country
        else:
            continue
        title.attrs.qualifiers.append(nxt)
        span_tokens(title, tokens, title.tok_start, nxt.tok_end)
        skip = idx + 1
    return out


def fold_units_of_forces(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """"Four companies of the CRPF were deployed", "two battalions of the Assam Rifles": the
    units of a security force are that force (as "सीआरपीएफ की चार कंपनियां" is). The unit word
    (word class force_unit; "companies" is otherwise a group of businesses) gives way to the
    force, whose mention then covers the phrase."""
    out: list[Mention] = []
    units = word_class("force_unit", "en")
    for idx, unit in enumerate(mentions):
        nxt = mentions[idx + 1] if idx + 1 < len(mentions) else None
        if nxt is not None and unit.kind == "group" and tokens[unit.tok_end - 1].norm in units \
                and _security_force(nxt) and _owner_after(tokens, unit, nxt):
            span_tokens(nxt, tokens, unit.tok_start, nxt.tok_end)
            continue
        out.append(unit)
    return out


def _security_force(mention: Mention) -> bool:
    """A named army, police or paramilitary force (a generic "team of forces" is left: the
    team may be police and army together)."""
    actor = mention.actor
    return actor is not None and actor.sector in sector_group("security") \
        and mention.kind == "actor"
