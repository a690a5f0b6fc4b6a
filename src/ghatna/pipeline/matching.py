"""The predicate patterns that match in a sentence, placed on its tokens.

Shared by the coder and the training of the event-type model (which reads the types of the
patterns found in a sentence as features).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..data import Sentence
from ..resources import word_class
from .clauses import clause_around
from .dates import is_future
from .predicates import Match, find_predicates, present_participles


@dataclass(slots=True)
class SentenceMatches:
    norms: list[str]  # the pattern-matching stream
    owner: list[int]  # stream position -> sentence token index
    negations: set[int]  # token indices of negation words
    matches: list[Match]


def stream(sentence: Sentence) -> tuple[list[str], list[int], set[int]]:
    """Pattern-matching view of a sentence: norms, their token index, and the token indices
    of negations (verb classes carry their negated forms: "did not meet", "नहीं किया")."""
    negation = word_class("negation")
    # "हिरासत में भी लिया गया", "समझौते पर भी हस्ताक्षर किए": an emphatic particle inside a
    # predicate adds nothing to it (no pattern has one)
    particles = word_class("particle")
    tokens = sentence.tokens
    words = [tok.norm for tok in tokens]
    texts = [tok.text for tok in tokens]
    if "(" not in texts and ")" not in texts and " " not in "".join(words):
        # (most sentences: no brackets, no norm of several words)
        owner = [i for i, w in enumerate(words) if w and w not in particles]
        return [words[i] for i in owner], owner, _negations(words, owner, negation)
    norms: list[str] = []
    owner = []
    negations: set[int] = set()
    depth = 0
    for i, tok in enumerate(tokens):
        # "मुठभेड़ (Encounter) हो गई", "आयोग (आईआरआईजीसी) की": glosses and abbreviations in
        # brackets are not part of the predicate
        if tok.text == "(":
            depth += 1
            continue
        if tok.text == ")":
            depth = max(0, depth - 1)
            continue
        if depth or not tok.norm or tok.norm in particles:
            continue
        if tok.norm in negation:
            negations.add(i)
        if " " not in tok.norm:
            norms.append(tok.norm)
            owner.append(i)
            continue
        for part in tok.norm.split(" "):
            norms.append(part)
            owner.append(i)
    return norms, owner, _negations(words, sorted(negations), negation)


def _negations(words: list[str], candidates: list[int], negation: frozenset[str]
               ) -> set[int]:
    """The token indices among ``candidates`` that negate: a negation word not followed by a
    word of the class not_only ("not only arrested ... but also", "न केवल ... बल्कि": the act
    is stated)."""
    not_only = word_class("not_only")
    return {i for i in candidates if words[i] in negation
            and not (i + 1 < len(words) and words[i + 1] in not_only)}


def sentence_matches(sentence: Sentence) -> SentenceMatches:
    lang = "hi" if sentence.lang == "hi" else "en"
    norms, owner, negations = stream(sentence)
    matches = find_predicates(norms, lang)
    # "refused to meet", "agreed to release", "threatened to impose": the verb after "to" is
    # what the first one refuses, agrees or threatens; it is not an event of its own
    matches = [m for k, m in enumerate(matches)
               if not (k and lang == "en" and _governs_next(matches[k - 1], norms)
                       and m.start <= matches[k - 1].end + 1)]
    if lang == "en":
        matches = [m for m in matches if not any(_asked_or_threatened(r, m, norms) for r in matches)]
        matches = [m for m in matches if not _demand_of_a_protest(m, matches, norms)]
    for match in matches:
        match.token_start = owner[match.start]
        match.token_end = owner[match.end - 1] + 1
        # "शिखर सम्मेलन के लिए जापान जाएंगे": a noun has its clause's tense; a threat's future
        # is what it threatens (word class future_content_type), not when it is made
        if match.pattern.nominal and is_future(clause_around(sentence, match.token_start)) \
                and match.pattern.type.lower() not in word_class("future_content_type"):
            match.tense = "future"
    for match in matches:
        # "अलास्का में ... शिखर बैठक का स्वागत किया": a place before a meeting noun is where the
        # meeting was, not where it was welcomed
        nominal_before = [m.token_start for m in matches if m is not match and m.pattern.nominal
                          and m.token_end <= match.token_start]
        if nominal_before and not match.pattern.nominal:
            match.scene_from = max(nominal_before) + 1
    for match in matches:
        # "पुतिन से कोई बातचीत नहीं होगी": a refusal worded in the negative (flag
        # negative_wording) is made, not negated
        match.negated = "negative_wording" not in match.pattern.flags and (any(
            match.token_start - 2 <= n <= match.token_end + 1 for n in negations)
            or _under_correlative_negation(sentence, negations, match.token_start)) \
            and not holds_obligation_modal(sentence, match)
        if "negative_wording" in match.pattern.flags:
            match.tense = "past"  # its future is what is refused, not when
    _negate_denied(matches, lang)
    # "कहा कि सरकार किसी के साथ भेदभाव नहीं करेगी" reassures: a reported wrong (flag
    # affirmed_only) told in the negative accuses no one
    matches = [m for m in matches if not (m.negated and "affirmed_only" in m.pattern.flags)]
    return SentenceMatches(norms, owner, negations, matches)


def _under_correlative_negation(sentence: Sentence, negations: set[int], start: int) -> bool:
    """"न तो पुलिस किसी को इस मामले में गिरफ्तार कर पायी है, और न ही ...": a correlative
    negation (word class correlative_negation: "न तो", "न ही", neither ... nor) negates its
    whole clause, however far its verb stands, up to a clause break (word class
    order_clause_end: a comma, a danda, "कि") or a conjunction (word class
    correlative_clause_end). "नहीं तो" ("otherwise") is no such negation."""
    if not negations:  # most sentences: no token list to build
        return False
    words = [t.norm for t in sentence.tokens]
    openers = word_class("correlative_negation", "hi")
    breaks = word_class("order_clause_end", "hi") | word_class("correlative_clause_end", "hi")
    for i in negations:
        if i + 1 < start and f"{words[i]} {words[i + 1]}" in openers \
                and not any(w in breaks for w in words[i + 2:start]):
            return True
    return False


def holds_obligation_modal(sentence: Sentence, match: Match) -> bool:
    """Is the match worded with a modal of obligation ("must", "should", "चाहिए")? A demand's
    negation is what it asks ("Y should not ...": Y is asked not to act), so it is made,
    not negated."""
    modals = word_class("obligation_modal")
    return any(tok.norm in modals for tok in sentence.tokens[match.token_start:match.token_end])


def _governs_next(match: Match, norms: list[str]) -> bool:
    """Does the act right after this match belong to it: "refused to [meet]", or the charge
    of "accused Pakistan of [violating] the ceasefire" (an allegation, not an act)?"""
    return norms[match.end - 1] == "to" or match.pattern.ends_in_charge


COMPLEMENT_REACH = 8  # tokens between a demand or threat verb and the act it governs


def _asked_or_threatened(verb: Match, match: Match, norms: list[str]) -> bool:
    """Is ``match`` the act an English demand or threat (a verb or its noun, "the demand to")
    asks for or threatens, in its complement: "urged the UN to [condemn] X", "demanded that the
    EU [refuse] to ..."? The act
    comes after an infinitive "to" or in a "that" clause right after the verb, with no clause
    break (word class complement_break) between."""
    if verb is match or verb.pattern.type.lower() not in word_class("content_governing_type", "en"):
        return False
    between = norms[verb.end:match.start]
    if not 0 < match.start - verb.end <= COMPLEMENT_REACH or \
            not word_class("complement_break", "en").isdisjoint(between):
        return False
    that_clause = norms[verb.end - 1] == "that" or norms[verb.end] == "that"
    return that_clause or norms[match.start - 1] == "to"


def _demand_of_a_protest(match: Match, matches: list[Match], norms: list[str]) -> bool:
    """Is ``match`` a demand or a condemnation (word class voiced_act_type) told by a bare
    English participle ("demanding", "denouncing"; no "are" before it) or by a purpose "to"
    ("rallied ... to denounce"), in a sentence that tells a protest (word class
    demand_carrier_type)? "Farmers marched to Parliament demanding ...": the demand is voiced
    through the march, which is the event (annotation.md: no separate REQUEST for a protest's
    demands; ACCUSE: a street protest is PROTEST)."""
    if match.pattern.type.lower() not in word_class("voiced_act_type", "en"):
        return False
    purpose = match.start > 0 and norms[match.start - 1] == "to"
    if not purpose and norms[match.start] not in present_participles():
        return False
    if match.start and norms[match.start - 1] in word_class("passive_auxiliary", "en"):
        return False  # "are demanding": a demand made in its own right
    carriers = word_class("demand_carrier_type", "en")
    return any(m.pattern.type.lower() in carriers for m in matches if m is not match)


DENIED_WITHIN = 4  # tokens between a denial verb and the act it denies


def _negate_denied(matches: list[Match], lang: str) -> None:
    """"Pakistan denied attacking Indian posts", "हमला करने से इनकार किया": the act a denial
    governs did not happen as far as the speaker says (the denial stays a REJECT of its own).
    The governed act follows an English denial and precedes a Hindi one."""
    for denial in (m for m in matches if "denial" in m.pattern.flags):
        for match in matches:
            if match is denial or "denial" in match.pattern.flags:
                continue
            gap = match.token_start - denial.token_end if lang == "en" else \
                denial.token_start - match.token_end
            if 0 <= gap <= DENIED_WITHIN:
                match.negated = True
