"""Participles that are not acts of their own.

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

A Hindi perfective passive participle used as an adjective before an actor describes that
actor by an act told as background ("गिरफ्तार किए गए मुख्यमंत्री को अदालत लाया गया"): a
match that ends in a participle of class ``attributive_participle`` ("किए गए"), with an actor
starting right after it, is no act the report states. Casualties are exempt (victim flags,
word class ``casualty``): "मारे गए नक्सली" is how a killing is told. (English "the arrested
fishermen" was measured too: the train gold codes some of those, "the dispersed activists".)

An English act inside a condition ("... will boycott the polls unless the president agrees to
step down", "if they block the roads, ..."): the clause after a word of class
``condition_opener``, up to one of ``condition_clause_end``, states no act (annotation.md:
conditional events are not events; the act announced on the condition is the threat).

An English participle of a row flagged ``attributive_status`` between a determiner or a
preposition (word class ``standing_opener``) and the
actor it qualifies ("the banned CPI (Maoist)", "the outlawed LeT") tells the actor's standing,
not a ban the report states.

A past participle after "those" ("the families of those killed in the blast") names people.

A verb with another sense told by its object ("to meet their food security needs", "failed to
meet the deadline": satisfy, pattern flag ``other_sense_object``, word class ``sense_object``)
meets no one. A Hindi noun with another sense told by a judging adjective before it ("टीम ने
शानदार प्रदर्शन किया": a performance, pattern flag ``other_sense_modifier``, word class
``sense_modifier``) is no protest.
"""

from __future__ import annotations

from ..data import Mention, Sentence
from ..resources import word_class
from .predicates import Match, present_participles
from .segment import ends_with_stop
from .victims import VICTIM_FLAGS


def _before(sentence: Sentence, at: int) -> int:
    """The token before ``at``, adverbs ("allegedly", "also") skipped; -1 at the start."""
    adverbs = word_class("passive_adverb")
    k = at - 1
    while k >= 0 and sentence.tokens[k].norm in adverbs:
        k -= 1
    return k


def in_condition_clause(sentence: Sentence, at: int) -> bool:
    """Does the token ``at`` stand in a condition clause ("unless X agrees", "अगर X हमला
    करेगा तो")?"""
    lang = "hi" if sentence.lang == "hi" else "en"
    openers = word_class("condition_opener", lang)
    ends = word_class("condition_clause_end", lang)
    for k in range(at - 1, -1, -1):
        word = sentence.tokens[k].norm
        if word in ends:
            return False
        if word in openers:
            return True
    return False


def unasserted(sentence: Sentence, mentions: list[Mention], match: Match) -> bool:
    """Is this match a participle that only describes or names an act, an English act told
    as a condition, or a verb in another sense ("meet their needs")?"""
    if match.token_start >= len(sentence.tokens):
        return False
    if sentence.lang != "hi" and in_condition_clause(sentence, match.token_start):
        return True
    if _attributive(sentence, mentions, match) or _names_people(sentence, match) \
            or other_sense(sentence, mentions, match) or _standing(sentence, mentions, match):
        return True
    if sentence.lang == "hi" or \
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


SENSE_OBJECT_REACH = 4  # words after the verb that may hold the noun giving it another sense


def other_sense(sentence: Sentence, mentions: list[Mention], match: Match) -> bool:
    """Is this a verb of pattern flag other_sense_object used in another sense, told by its
    object (word class sense_object): "to meet their food security needs", "failed to meet the
    deadline" satisfy and meet no one? An actor or a clause break before the noun ends the
    object ("met the minister to discuss the deadline" is a meeting)."""
    if "other_sense_modifier" in match.pattern.flags and _judged_performance(sentence, match):
        return True
    if "other_sense_object" not in match.pattern.flags:
        return False
    objects = word_class("sense_object", "en")
    breaks = word_class("complement_break", "en")
    actor_starts = {m.tok_start for m in mentions if m.actor is not None}
    tokens = sentence.tokens
    for k in range(match.token_end, min(len(tokens), match.token_end + SENSE_OBJECT_REACH)):
        if k in actor_starts or tokens[k].norm in breaks:
            return False
        if tokens[k].norm in objects:
            return True
    return False


SENSE_MODIFIER_REACH = 2  # words before the noun: "शानदार प्रदर्शन", "सबसे अच्छा प्रदर्शन"


def _judged_performance(sentence: Sentence, match: Match) -> bool:
    """Is the noun judged good or bad by an adjective right before it (word class
    sense_modifier: "शानदार प्रदर्शन", "बेहतरीन प्रदर्शन", "खराब प्रदर्शन")? A protest is
    not rated so; a team's, a student's, a film's or a company's performance is. A quantity
    or degree word may stand between ("सबसे अच्छा प्रदर्शन")."""
    modifiers = word_class("sense_modifier", "hi")
    tokens = sentence.tokens
    start = match.token_start
    return any(tokens[k].norm in modifiers
               for k in range(max(0, start - SENSE_MODIFIER_REACH), start))


def _standing(sentence: Sentence, mentions: list[Mention], match: Match) -> bool:
    """Is this English match of pattern flag attributive_status an adjective of the actor
    right after it, after a determiner or a preposition (word class standing_opener: "members
    of the banned CPI (Maoist)", "a member of outlawed CPI (Maoist)")? A participle that is
    the act has its subject before it and its object after "the": "banned the PFI"."""
    if sentence.lang == "hi" or "attributive_status" not in match.pattern.flags:
        return False
    before = match.token_start - 1
    if before < 0 or sentence.tokens[before].norm not in word_class("standing_opener", "en"):
        return False
    return any(m.tok_start == match.token_end and m.actor is not None for m in mentions)


def _names_people(sentence: Sentence, match: Match) -> bool:
    """"compensation for the families of those killed in the landslide": a participle right
    after "those" (word class participle_pronoun) names people by what befell them."""
    k = match.token_start - 1
    return sentence.lang != "hi" and k >= 0 \
        and sentence.tokens[k].norm in word_class("participle_pronoun", "en")


def _describes(mention: Mention, before: int) -> bool:
    """Does this actor end right before the participle (a noun it qualifies, not an
    adjective: "Pakistani shelling" is the act itself)?"""
    return mention.tok_end == before + 1 and mention.actor is not None \
        and mention.kind != "adjective"


def _attributive(sentence: Sentence, mentions: list[Mention], match: Match) -> bool:
    """Is this Hindi match a perfective participle qualifying the actor right after it
    ("गिरफ्तार किए गए मुख्यमंत्री")? Casualties stay ("मारे गए नक्सली")."""
    tokens = sentence.tokens
    words = [t.norm for t in tokens[match.token_start:match.token_end]]
    if VICTIM_FLAGS & match.pattern.flags or set(words) & word_class("casualty"):
        return False
    end = _hindi_participle_end(sentence, match) if sentence.lang == "hi" else None
    if end is None:
        return False
    skip = word_class("former")  # "गिरफ्तार किए गए पूर्व मंत्री", "हिरासत में लिए गए 40 किसान"
    while end < len(tokens):
        if any(_starts_at(m, tokens[end].start, end) for m in mentions):
            return True
        if tokens[end].norm not in skip and not tokens[end].norm.isdigit():
            return False
        end += 1
    return False


TITLE_WORDS = 2  # "पूर्व मंत्री": the most words a title found before a new name may have


def _starts_at(mention: Mention, char: int, token: int) -> bool:
    """Is this an actor (not an adjective) whose name, or the title before it, starts here?"""
    title = mention.attrs.title_span
    return mention.actor is not None and mention.kind != "adjective" and (
        mention.tok_start == token or title is not None and title[0] == char
        or mention.attrs.title is not None and token < mention.tok_start <= token + TITLE_WORDS)


def _hindi_participle_end(sentence: Sentence, match: Match) -> int | None:
    """The token after a perfective participle (two words of class attributive_participle,
    "किए गए") that ends the match or follows its last word; None if there is none."""
    norms = [t.norm for t in sentence.tokens]
    participles = word_class("attributive_participle", "hi")
    for k in (match.token_end, match.token_end + 1):
        if match.token_start <= k - 2 and k <= len(norms) and " ".join(norms[k - 2:k]) in participles:
            return k
    return None

