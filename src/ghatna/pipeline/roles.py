"""Who is who around a predicate: the agent (actor1) and the other participants (actor2).

Hindi is read by case markers (resources/case_markers.tsv): the actor marked by ने is the
agent; with no ने the first unmarked actor of the clause is the subject; the other
participant is the nearest actor before the predicate marked by से, के साथ, को, पर, का ...
(the pattern may restrict which). Actors joined by और share the role of the last one
("मंटुरोव और लावरोव के साथ" gives two partners).

English is read by word order: the subject is the nearest actor before the predicate that
no preposition governs, the other participant the first actor after it; in the passive
("was arrested by police") the two swap.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ..data import Mention, Sentence
from ..resources import load_table, surface_key
from .predicates import Match

PARTICIPANT_KINDS = ("actor", "group", "country", "title", "pronoun")


@lru_cache(maxsize=1)
def case_markers() -> dict[str, dict[str, str]]:
    """lang -> marker -> role."""
    table: dict[str, dict[str, str]] = {}
    for row in load_table("case_markers.tsv"):
        table.setdefault(row["lang"], {})[surface_key(row["marker"])] = row["role"]
    return table


@dataclass(slots=True)
class Roles:
    agent: Mention | None = None
    others: list[Mention] = field(default_factory=list)
    speaker: Mention | None = None  # the subject of a "said that" clause above this one
    clause_start: int = 0


def _marker_after(sentence: Sentence, mention: Mention, markers: dict[str, str]) -> tuple[str, str]:
    norms = [t.norm for t in sentence.tokens[mention.tok_end:mention.tok_end + 3] if t.norm]
    for n in (3, 2, 1):
        key = " ".join(norms[:n])
        if len(norms) >= n and key in markers:
            return key, markers[key]
    return "", ""


def _marker_before(sentence: Sentence, mention: Mention, markers: dict[str, str]) -> tuple[str, str]:
    norms = [t.norm for t in sentence.tokens[max(0, mention.tok_start - 2):mention.tok_start] if t.norm]
    for n in (2, 1):
        key = " ".join(norms[-n:])
        if len(norms) >= n and key in markers:
            return key, markers[key]
    return "", ""


def clause_start(sentence: Sentence, before: int, lang: str) -> tuple[int, int | None]:
    """(first token of the clause that ends at token ``before``, reporting boundary or None)."""
    markers = case_markers().get(lang, {})
    reporting = None
    for i in range(before - 1, -1, -1):
        role = markers.get(sentence.tokens[i].norm)
        if role == "boundary":
            return i + 1, reporting
        if role == "reporting" and reporting is None:
            return i + 1, i
    return 0, reporting


def _participants(mentions: list[Mention], lo: int, hi: int) -> list[Mention]:
    return [m for m in mentions if m.kind in PARTICIPANT_KINDS and m.tok_start >= lo and m.tok_end <= hi]


def hindi_roles(sentence: Sentence, mentions: list[Mention], match: Match,
                previous_end: int) -> Roles:
    markers = case_markers()["hi"]
    start, reporting = clause_start(sentence, match.token_start, "hi")
    roles = Roles(clause_start=start)
    candidates = _participants(mentions, start, match.token_start)
    marks = [_marker_after(sentence, m, markers) for m in candidates]
    # actors joined by "और" share the marker of the last of them
    for i in range(len(candidates) - 2, -1, -1):
        if marks[i][1] == "conj" and marks[i + 1][1] in ("obj", "agent", "passive_agent"):
            marks[i] = marks[i + 1]
    for mention, (marker, role) in zip(candidates, marks):
        if role == "agent" or (mention.kind == "pronoun" and mention.data.get("role") == "agent"
                               and not role):
            roles.agent = roles.agent or mention
    passive = "passive" in match.pattern.flags
    allowed = match.pattern.target_markers
    others: list[Mention] = []
    for mention, (marker, role) in reversed(list(zip(candidates, marks))):
        if mention is roles.agent or role == "locative":
            continue
        if role == "passive_agent":
            roles.agent = roles.agent or mention
            continue
        if role == "obj" and (allowed is None or marker in allowed):
            if others and not _coordinated(sentence, mention, others[-1]):
                break
            others.append(mention)
        elif others:
            break
    if roles.agent is None:
        for mention, (marker, role) in zip(candidates, marks):
            if not role:
                if passive:
                    if not others:
                        others.append(mention)
                    continue
                if mention not in others:
                    roles.agent = mention
                    break
    roles.others = list(reversed(others))
    if roles.agent is None and reporting is not None:
        before = _participants(mentions, 0, reporting)
        for mention in before:
            marker, role = _marker_after(sentence, mention, markers)
            if role == "agent" or mention.kind == "pronoun":
                roles.speaker = mention
                break
    return roles


def _coordinated(sentence: Sentence, left: Mention, right: Mention) -> bool:
    """Are two mentions joined only by a conjunction (and titles/commas)?"""
    markers = case_markers()
    between = [t.norm for t in sentence.tokens[left.tok_end:right.tok_start] if t.norm]
    return bool(between) and all(markers["hi"].get(w) == "conj" or markers["en"].get(w) == "conj"
                                 or w in ("and", "और") for w in between[:1])


def english_roles(sentence: Sentence, mentions: list[Mention], match: Match,
                  next_start: int) -> Roles:
    markers = case_markers()["en"]
    start, reporting = clause_start(sentence, match.token_start, "en")
    roles = Roles(clause_start=start)
    before = _participants(mentions, start, match.token_start)
    after = _participants(mentions, match.token_end, next_start)
    # stop the object search at the next clause boundary
    bounded: list[Mention] = []
    for mention in after:
        between = [t.norm for t in sentence.tokens[match.token_end:mention.tok_start]]
        if any(markers.get(w) in ("boundary", "reporting") for w in between):
            break
        bounded.append(mention)
    after = bounded
    passive = "passive" in match.pattern.flags
    subjects = [m for m in before if _marker_before(sentence, m, markers)[1]
                not in ("pre_obj", "pre_locative", "passive_agent")]
    objects = [m for m in after if _marker_before(sentence, m, markers)[1] != "pre_locative"]
    if passive:
        by = [m for m in after if _marker_before(sentence, m, markers)[1] == "passive_agent"]
        roles.agent = by[0] if by else None
        if subjects:
            roles.others = [subjects[-1]]
        return roles
    if subjects:
        roles.agent = subjects[-1]
        # "India and Russia signed ..." : the first of two joined subjects is the agent
        idx = before.index(subjects[-1])
        if idx > 0 and _coordinated(sentence, before[idx - 1], subjects[-1]) and not objects:
            roles.agent = before[idx - 1]
            roles.others = [subjects[-1]]
            return roles
    if objects:
        first = objects[0]
        roles.others = [first]
        for mention in objects[1:]:
            if _coordinated(sentence, roles.others[-1], mention):
                roles.others.append(mention)
            else:
                break
    if roles.agent is None and reporting is not None:
        for mention in _participants(mentions, 0, reporting):
            roles.speaker = mention
    return roles
