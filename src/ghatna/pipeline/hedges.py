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
"""

from __future__ import annotations

from ..data import Sentence, Token
from ..resources import word_class
from .clauses import clause_end_at, clause_start_at
from .detector import LEARNED
from .nonfinite import in_condition_clause
from .predicates import Match

#: Words a nominal predicate may stand behind its modal's verb: "could impose [fresh
#: sanctions]", "प्रतिबंध [लगा] सकता है" (the light verb is not part of a noun match).
NOUN_REACH = {"en": 3, "hi": 1}
#: A learned match stands at its type's most telling word, a noun as often as the verb:
#: "might send troops to the [border]".
LEARNED_REACH = 6


def is_hypothetical(sentence: Sentence, match: Match) -> bool:
    """Does the match's own clause hedge it: a condition or a modal of possibility?"""
    return in_condition(sentence, match) or under_possibility_modal(sentence, match)


def in_condition(sentence: Sentence, match: Match) -> bool:
    """Does the match stand inside a conditional clause ("if X attacks", "अगर X हमला करेगा
    तो"), between its opener and the word that closes it? (An English one is dropped before
    it is coded: nonfinite.unasserted.)"""
    return in_condition_clause(sentence, match.token_start)


def under_possibility_modal(sentence: Sentence, match: Match) -> bool:
    """Is the match's verb worded with "may/might/could" (English, before it) or "सकता/सकते/
    सकती" (Hindi, after it), inside the match's clause?"""
    lang = "hi" if sentence.lang == "hi" else "en"
    reach = LEARNED_REACH if LEARNED in match.pattern.flags else \
        NOUN_REACH[lang] if match.pattern.nominal else 0
    tokens = sentence.tokens
    # (only the clause's side the modal stands on is found: after a Hindi verb, before an
    # English one)
    if lang == "hi":
        end = clause_end_at(sentence, match.token_start)
        return _modal_in(tokens[match.token_end:end], reach, "hi")
    start = clause_start_at(sentence, match.token_start)
    before = list(reversed(tokens[start:match.token_start]))
    return _modal_in(before, reach, "en", first_index=match.token_start - 1)


def _modal_in(tokens: list[Token], reach: int, lang: str, first_index: int = -1) -> bool:
    """Is the first word of ``tokens`` that is neither a bridge word nor one of ``reach``
    other words (a noun's verb) a modal of possibility? ``first_index``: the sentence index
    of ``tokens[0]`` when they run backwards (English), so that "May" opening a date is told
    from the modal."""
    modals, bridges = word_class("possibility_modal", lang), word_class("modal_bridge", lang)
    for k, tok in enumerate(tokens):
        if tok.norm in modals:
            # "In May, ..." / "on May 5": the month is capitalised inside a sentence
            return not (tok.text[:1].isupper() and first_index - k > 0)
        if tok.norm in bridges:
            continue
        if reach > 0 and tok.norm[:1].isalpha():  # (a Hindi vowel sign is no letter)
            reach -= 1
            continue
        return False
    return False
