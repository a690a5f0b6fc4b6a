"""English participles that are not acts of their own.

"arrested for attacking a policeman", "optimism about finalizing the deal": a gerund after a
preposition of class ``gerund_preposition`` names a charge, a topic or a reason, not an act
the report states. "Protesters demanding her resignation stormed ...": a present participle
right after an actor, with no auxiliary, is a reduced relative clause describing that actor
(the demands of a protest are the protest, annotation guideline section 2). A participle
after an auxiliary ("are demanding") is progressive and stays an act; so does one opening a
sentence ("Accusing the BJP of ...") or following a comma (it shares the main subject), and
so does a noun of an act in -ing after its agent ("police firing", word class gerund_noun).
A headline drops its auxiliaries ("Modi meeting Biden today"), so only a sentence that ends
in a full stop is read for reduced relatives.
"""

from __future__ import annotations

from ..data import Mention, Sentence
from ..resources import word_class
from .predicates import Match, present_participles
from .segment import ends_with_stop


def _before(sentence: Sentence, at: int) -> int:
    """The token before ``at``, adverbs ("allegedly", "also") skipped; -1 at the start."""
    adverbs = word_class("passive_adverb")
    k = at - 1
    while k >= 0 and sentence.tokens[k].norm in adverbs:
        k -= 1
    return k


def unasserted(sentence: Sentence, mentions: list[Mention], match: Match) -> bool:
    """Is this English match a participle that only describes or names an act?"""
    if sentence.lang == "hi" or match.token_start >= len(sentence.tokens) or \
            sentence.tokens[match.token_start].norm not in present_participles():
        return False
    k = _before(sentence, match.token_start)
    if k < 0:
        return False
    if sentence.tokens[k].norm in word_class("gerund_preposition"):
        return True
    if sentence.tokens[match.token_start].norm in word_class("gerund_noun"):
        return False  # "police firing on the crowd": a noun of the act
    return ends_with_stop(sentence.tokens) and any(_describes(m, k) for m in mentions)


def _describes(mention: Mention, before: int) -> bool:
    """Does this actor end right before the participle (a noun it qualifies, not an
    adjective: "Pakistani shelling" is the act itself)?"""
    return mention.tok_end == before + 1 and mention.actor is not None \
        and mention.kind != "adjective"
