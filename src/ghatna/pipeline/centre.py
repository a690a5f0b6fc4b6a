"""The Centre: Hindi news names the national government by the bare word for "centre"
("केंद्र ने राज्यों को निर्देश दिया", "केंद्र से पैकेज की मांग की"), as English news says "the
Centre". The same word is any other centre ("स्वास्थ्य केंद्र", "आकर्षण का केंद्र", "केंद्र में"),
so it is the government only where it stands alone as a side of the clause: after a clause
edge, a case marker or a subject pronoun, never after a noun it would head or a genitive, and
before a case marker that gives it a role (not the locative "in the centre")."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from ..data import Mention, Sentence, Token
from ..resources import load_table, surface_key, word_class
from .gazetteer import KnowledgeBase


@cache
def _markers(lang: str) -> dict[str, str]:
    """One-word case markers of ``lang`` (case_markers.tsv) and their roles."""
    return {surface_key(r["marker"]): r["role"] for r in load_table("case_markers.tsv")
            if r["lang"] == lang and " " not in r["marker"].strip()}


@cache
def _openers() -> frozenset[str]:
    """Words after which a noun phrase begins: the clause-level markers (not a genitive,
    whose noun is "the centre of" something), particles, subject pronouns and the ends of
    postpositions ("के लिए")."""
    genitive = word_class("genitive", "hi")
    markers = frozenset(m for m in _markers("hi") if m not in genitive)
    pronouns = frozenset(surface_key(r["surface"]) for r in load_table("pronouns.tsv")
                         if r.get("lang") == "hi" and r.get("role") == "agent")
    return markers | pronouns | word_class("particle", "hi") \
        | word_class("bare_centre_opener", "hi")


def _followers() -> frozenset[str]:
    """Markers that make the word a participant (agent, object, genitive owner, one of two
    joined sides); the locative ("केंद्र में": at the centre of) does not."""
    return frozenset(m for m, role in _markers("hi").items() if role != "locative")


def _neighbours(tokens: list[Token], at: int, sides: set[int]) -> tuple[str | None, str]:
    """The word right before token ``at`` (None after a clause edge: the sentence start, a
    punctuation mark, or the last token of a side named before it, ``sides``: "कई राज्य केंद्र
    के रवैये पर", an unmarked subject) and the word right after it."""
    words = [i for i, t in enumerate(tokens) if t.norm]
    place = words.index(at)
    before = tokens[words[place - 1]].norm \
        if place > 0 and words[place - 1] == at - 1 and at - 1 not in sides else None
    after = tokens[words[place + 1]].norm if place + 1 < len(words) else ""
    return before, after


def _side_ends(mentions: list[Mention]) -> set[int]:
    """The last tokens of the actors, groups and titles a sentence names."""
    return {m.tok_end - 1 for m in mentions if m.actor is not None or m.kind == "title"}


def _stands_alone(tokens: list[Token], at: int, sides: set[int]) -> bool:
    before, after = _neighbours(tokens, at, sides)
    return (before is None or before in _openers()) and after in _followers()


def _centre_words(tokens: list[Token]) -> list[int]:
    """The positions of the word for "centre" (word class bare_centre), in order: both scans
    below look only there, and a sentence without one is done at once."""
    bare = word_class("bare_centre", "hi")
    return [i for i, tok in enumerate(tokens) if tok.norm in bare]


def names_a_centre(sentence: Sentence, mentions: list[Mention]) -> bool:
    """Does the sentence name some other centre, the word headed by a noun or a demonstrative
    before it ("टीकाकरण केंद्र", "इस केंद्र")? A story about one then calls it "the centre"
    bare too ("केंद्र पर भीड़ जुटी"), so its bare word is no government."""
    at = _centre_words(sentence.tokens)
    if not at:
        return False  # (most sentences: the scans below need the word)
    covered = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
    genitive = word_class("genitive", "hi")
    for i in at:
        if i not in covered:
            before, _ = _neighbours(sentence.tokens, i, _side_ends(mentions))
            if before is not None and before not in _openers() and before not in genitive:
                return True
    return False


def add_bare_centre(sentence: Sentence, mentions: list[Mention],
                    kb: KnowledgeBase) -> list[Mention]:
    """The national government for each bare "केंद्र" that stands alone as a side (word class
    bare_centre; the actor is the one the knowledge base gives its full name, word class
    bare_centre_name: "केंद्र सरकार")."""
    tokens = sentence.tokens
    at = _centre_words(tokens)
    if not at:
        return mentions  # (most sentences: no bare word, no knowledge-base look-up)
    covered = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
    names = sorted(word_class("bare_centre_name", "hi"))
    entries = [e for name in names for e in kb.lookup(name) if e.actor is not None]
    if not entries:
        return mentions
    government = entries[0].actor
    assert government is not None
    found = []
    for i in at:
        tok = tokens[i]
        if i not in covered and _stands_alone(tokens, i, _side_ends(mentions)):
            found.append(Mention(kind="actor", tok_start=i, tok_end=i + 1, start=tok.start,
                                 end=tok.end, text=tok.text,
                                 actor=replace(government, text=tok.text,
                                               span=(tok.start, tok.end))))
    return sorted(mentions + found, key=lambda m: m.tok_start) if found else mentions

