"""Is a predicate's own clause hypothetical? (docs/annotation.md: a conditional or speculated
act is no event; docs/decisions.md, "A hypothetical event is kept apart".)

Two constructions make an act hypothetical, and each is read from the predicate itself, not
from a word anywhere in its sentence (a "would" or an "if" elsewhere in a sentence says
nothing about a threat or a meeting beside it):

- the predicate stands in a condition: after "if", "अगर", "यदि" (word class
  ``condition_opener``) and before the comma, "then" or "तो" that closes it (word class
  ``condition_clause_end``): "अगर भारत हमला करेगा तो" (an English one, "if India attacks",
  is not coded at all: nonfinite.py);
- the predicate carries a modal of possibility (word class ``possibility_modal``): English
  "may/might/could" before the verb ("could impose sanctions"), Hindi "सकता/सकते/सकती" after
  it ("मुलाकात कर सकती हैं"), with only the words of ``modal_bridge`` between ("could also
  be arrested", "की जा सकती है").

The consequent of a condition ("..., India will retaliate") is not the condition: an act of
conflict announced there is the speaker's threat (code.py retypes it THREATEN).

A third construction is speculation without a modal (the guideline: "is likely to" -> nothing;
"sources say the PM may visit" is no event): the act is only expected, by the writer or a third
party. It is read from the same places as a modal (word classes ``expectation_cue``,
``expectation_bridge``, ``expectation_opener``):

- an expectation word governs the predicate: English "expected/likely/unlikely to" before the
  verb ("is likely to visit China"), Hindi "की उम्मीद/संभावना/आशंका" after it ("बातचीत करने
  की संभावना है", "समझौते होने की उम्मीद है");
- the predicate's clause is the "कि"/"that" clause of an expectation ("माना जा रहा है कि ...",
  "संभावना है कि ...", "speculation that ...").

An act the text states beside such words stays an act ("talks began on Tuesday with the BSF
expected to raise ...": the talks are told, only the raising is expected).
"""

from __future__ import annotations

from ..data import Sentence, Token
from ..resources import word_class
from .clauses import (
    both_languages,
    clause_end_at,
    clause_start,
    clause_start_at,
    has_phrase,
)
from .detector import LEARNED
from .nonfinite import in_condition_clause
from .predicates import Match

#: Words a nominal predicate may stand behind its modal's verb: "could impose [fresh
#: sanctions]", "प्रतिबंध [लगा] सकता है" (the light verb is not part of a noun match).
NOUN_REACH = {"en": 3, "hi": 1}
#: A learned match stands at its type's most telling word, a noun as often as the verb:
#: "might send troops to the [border]".
LEARNED_REACH = 6


#: Words before a "कि"/"that" an expectation phrase may stand in: "[माना जा रहा है] कि",
#: "[there is intense speculation] that".
OPENER_REACH = 6


def is_hypothetical(sentence: Sentence, match: Match) -> bool:
    """Does the match's own clause hedge it: a condition, a modal of possibility or an
    expectation?"""
    return in_condition(sentence, match) or under_possibility_modal(sentence, match) \
        or under_expectation(sentence, match)


def in_condition(sentence: Sentence, match: Match) -> bool:
    """Does the match stand inside a conditional clause ("if X attacks", "अगर X हमला करेगा
    तो"), between its opener and the word that closes it? (An English one is dropped before
    it is coded: nonfinite.unasserted.)"""
    return in_condition_clause(sentence, match.token_start)


def under_possibility_modal(sentence: Sentence, match: Match) -> bool:
    """Is the match's verb worded with "may/might/could" (English, before it) or "सकता/सकते/
    सकती" (Hindi, after it), inside the match's clause?"""
    lang = "hi" if sentence.lang == "hi" else "en"
    reach = _reach(match, lang)
    tokens = sentence.tokens
    # (only the clause's side the modal stands on is found: after a Hindi verb, before an
    # English one)
    if lang == "hi":
        end = clause_end_at(sentence, match.token_start)
        return _modal_in(tokens[match.token_end:end], reach, "hi")
    start = clause_start_at(sentence, match.token_start)
    before = list(reversed(tokens[start:match.token_start]))
    return _modal_in(before, reach, "en", first_index=match.token_start - 1)


def _reach(match: Match, lang: str) -> int:
    """How many other words (a noun's verb, a learned event's words) may stand between a
    match and the modal or expectation word that hedges it."""
    return LEARNED_REACH if LEARNED in match.pattern.flags else \
        NOUN_REACH[lang] if match.pattern.nominal else 0


def _modal_in(tokens: list[Token], reach: int, lang: str, first_index: int = -1) -> bool:
    """Is the first word of ``tokens`` that is neither a bridge word nor one of ``reach``
    other words (a noun's verb) a modal of possibility? ``first_index``: the sentence index
    of ``tokens[0]`` when they run backwards (English), so that "May" opening a date is told
    from the modal."""
    k = _governing_word(tokens, reach, word_class("possibility_modal", lang),
                        word_class("modal_bridge", lang))
    # "In May, ..." / "on May 5": the month is capitalised inside a sentence
    return k is not None and not (tokens[k].text[:1].isupper() and first_index - k > 0)


def _governing_word(tokens: list[Token], reach: int, cues: frozenset[str],
                    bridges: frozenset[str]) -> int | None:
    """The index of the first word of ``tokens`` that is neither a bridge word nor one of
    ``reach`` other words (a noun's verb), when it is one of ``cues``; else None."""
    for k, tok in enumerate(tokens):
        if tok.norm in cues:
            return k
        if tok.norm in bridges:
            continue
        if reach > 0 and tok.norm[:1].isalpha():  # (a Hindi vowel sign is no letter)
            reach -= 1
            continue
        return None
    return None


def under_expectation(sentence: Sentence, match: Match) -> bool:
    """Is the match only expected or speculated: governed by an expectation word ("is likely
    to visit", "बातचीत करने की संभावना है") or in the "कि"/"that" clause of an expectation
    phrase ("माना जा रहा है कि ...")?"""
    return _expectation_governs(sentence, match) or _in_expected_clause(sentence, match)


def _expectation_governs(sentence: Sentence, match: Match) -> bool:
    """An expectation word before an English verb, after a Hindi one, within the clause, or
    inside the match (a pattern may hold it: "is likely to visit", "होने की उम्मीद है")."""
    lang = "hi" if sentence.lang == "hi" else "en"
    cues = word_class("expectation_cue", lang)
    bridges = word_class("expectation_bridge", lang) | word_class("modal_bridge", lang)
    reach = _reach(match, lang)
    tokens = sentence.tokens
    if any(t.norm in cues for t in tokens[match.token_start:match.token_end]):
        return True
    # (only the clause's side the word stands on, as under_possibility_modal)
    if lang == "hi":
        end = clause_end_at(sentence, match.token_start)
        return _governing_word(tokens[match.token_end:end], reach, cues, bridges) is not None
    start = clause_start_at(sentence, match.token_start)
    before = tokens[start:match.token_start]
    return _in_expected_infinitive(tokens[start:match.token_start + 1], cues) or \
        _governing_word(before[::-1], reach, cues, bridges) is not None


def _in_expected_infinitive(upto: list[Token], cues: frozenset[str]) -> bool:
    """Does the match (the last of ``upto``) stand in the infinitive phrase of an English
    expectation word ("expected to put across issues related to ... attacks on its
    personnel"), which a comma or a finite verb ends ("X, who is likely to be produced in
    court, was arrested", the match's own "was" included)?"""
    to, ends = word_class("infinitive_marker", "en"), word_class("expectation_scope_end", "en")
    for k in range(len(upto) - 3, -1, -1):
        if upto[k].norm in cues and upto[k + 1].norm in to:
            return not any(t.norm in ends for t in upto[k + 2:])
    return False


def _in_expected_clause(sentence: Sentence, match: Match) -> bool:
    """Does the match's clause open with the "कि"/"that" of an expectation phrase?"""
    _, reporting = clause_start(sentence, match.token_start, "", both_languages())
    if reporting is None:
        return False
    lang = "hi" if sentence.lang == "hi" else "en"
    opening = sentence.tokens[max(0, reporting - OPENER_REACH):reporting]
    return has_phrase(opening, word_class("expectation_opener", lang))
