"""One person named two ways on the two sides of an event: "Piyush Goyal" and a bare "Goyal"
the resolver did not join to him (a headline naming him before the full name does), "S.
Jaishankar" and "Subrahmanyam Jaishankar", a title read as its holder and his name given
alone. Such an event is a misreading, as one entity on both sides is.

Only a side whose every name word is a word of the other's name (an initial standing for a
word with its letter) is the same person: "Rahul Gandhi" and "Sonia Gandhi" share a surname
and are two people, and two people the knowledge base knows apart (two ids) stay two. A part that fits a third
person of the story as well ("Gandhi" where both Rahul and Sonia Gandhi are named) decides
nothing.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..data import Actor

MIN_NAME_LETTERS = 2  # a shared whole word decides ("Xi"), an initial alone does not


def _words(name: str) -> list[str]:
    """A name's words in lower case, an initial's full stop dropped ("S. Jaishankar")."""
    words = (word.strip(".").lower() for word in name.replace(".", ". ").split())
    return [word for word in words if word]


def _stands_for(word: str, full: str) -> bool:
    """Does a word of one form of a name stand for a word of the other form?"""
    return word == full or (len(word) == 1 and full.startswith(word))


def _part_of(short: list[str], full: list[str]) -> bool:
    """Is every word of ``short`` a distinct word of ``full`` (in order, an initial for a word),
    with at least one whole word the two share?"""
    rest = iter(full)
    if not all(any(_stands_for(word, other) for other in rest) for word in short):
        return False
    return any(len(word) >= MIN_NAME_LETTERS and word in full for word in short)


def one_person(first: Actor, second: Actor, story_people: Iterable[Actor] = ()) -> bool:
    """Are two person actors one person, one named by a part of the other's name? Both known
    to the knowledge base as two ids, or of two countries, they are two people; a part that
    fits a third person of the story as well ("Gandhi" beside Rahul and Sonia Gandhi) is
    left undecided (not one person)."""
    if first.kind != "person" or second.kind != "person":
        return False
    if first.id is not None and second.id is not None and first.id != second.id:
        return False
    if first.country and second.country and first.country != second.country:
        return False
    words1, words2 = _words(first.name), _words(second.name)
    short, full = (words1, words2) if len(words1) <= len(words2) else (words2, words1)
    if not short or not _part_of(short, full):
        return False
    return not any(_namesake(short, full, other) for other in story_people)


def _namesake(short: list[str], full: list[str], other: Actor) -> bool:
    """Is ``other`` a third person whose name ``short`` is a part of as well (not one more
    form of the ``full`` name)?"""
    words = _words(other.name)
    return other.kind == "person" and _part_of(short, words) \
        and not _part_of(words, full) and not _part_of(full, words)
