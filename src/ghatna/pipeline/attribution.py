"""Who a report is attributed to is not a party to what it reports.

"Bihar police raided a house in Araria and recovered arms, officials said": the officials
told the story; they are neither raided nor raiders. Likewise "according to police",
"बकौल अधिकारी", "पुलिस के मुताबिक". Such mentions are marked ``attrs.source`` and the role
rules never make them an agent or a target. A speaker at the head of the sentence ("Police
said they arrested ...") is not marked: there the speaker is often also the actor.

Likewise what a message is about is no side of it: "security forces received an input about
militants", "Lavrov apprised Jaishankar about the situation in Ukraine". An actor inside such a
topic phrase gets ``attrs.topic_from`` (the opener's token); the role rules pass over it unless
the pattern itself ends in the opener ("complained about X", where X is the target).
"""

from __future__ import annotations

from functools import lru_cache

from ..data import Mention, Sentence
from ..resources import word_class
from .calendar_words import calendar_words
from .clauses import may_hold

#: how far before a trailing attribution its comma or closing quote may stand
#: (", a senior police officer said")
ATTRIBUTION_REACH = 4
#: at most this many words after a trailing attribution ("... said on Monday in a statement.")
ATTRIBUTION_TAIL = 6
#: at most this many words from "according to" to the comma or sentence end that closes its
#: phrase ("According to Bijapur superintendent of police (SP), Jitendra Yadav, ...")
ATTRIBUTION_PHRASE = 14
_OPENERS = frozenset({",", '"', "”", "'", "’"})
#: at most this many words from a topic opener ("about") to an actor of its phrase
TOPIC_PHRASE = 12
#: quotes and hyphens stay inside a topic phrase ('about a "special military operation"')
_PHRASE_PUNCT = frozenset({'"', "“", "”", "'", "‘", "’", "-"})


def _joined(sentence: Sentence, lo: int, hi: int) -> str:
    return " ".join(t.norm for t in sentence.tokens[max(lo, 0):hi])


def _ends_sentence(sentence: Sentence, after: int) -> bool:
    """Do only a few words, and no clause of what was said, follow ``after``? (", Baghel
    added that ..." opens the main clause; ", officials said on Monday." closes the report)"""
    rest = sentence.tokens[after:]
    # ", Baghel said the session must go on": a tail that opens with a noun phrase is what was
    # said; a closing tail is punctuation, a time or a place ("on Monday", "in a statement")
    closing = word_class("date_governor", "en") | word_class("locative_in")
    return len(rest) <= ATTRIBUTION_TAIL and not any(
        t.norm in word_class("complementizer") for t in rest) and (
        not rest or rest[0].script == "punct" or rest[0].norm in closing
        or rest[0].norm in calendar_words())


def _trailing(sentence: Sentence, mention: Mention) -> bool:
    """", officials said." or ", said officials": attributed after the report."""
    tokens, verbs = sentence.tokens, word_class("attribution_verb")
    lo = max(0, mention.tok_start - ATTRIBUTION_REACH)
    if mention.tok_end < len(tokens) and tokens[mention.tok_end].norm in verbs:
        return any(t.text in _OPENERS for t in tokens[lo:mention.tok_start]) \
            and _ends_sentence(sentence, mention.tok_end + 1)
    before = mention.tok_start - 1
    return before >= 1 and tokens[before].norm in verbs and \
        tokens[before - 1].text in _OPENERS and _ends_sentence(sentence, mention.tok_end)


def _start_before_article(sentence: Sentence, mention: Mention) -> int:
    """Where the mention's noun phrase starts: before an article ("as per a PTI report")."""
    start = mention.tok_start
    if start > 0 and sentence.tokens[start - 1].norm in word_class("determiner", "en"):
        return start - 1
    return start


def _in_attribution_phrase(sentence: Sentence, mention: Mention) -> bool:
    """"According to Bijapur superintendent of police (SP), Jitendra Yadav, there was ...",
    "according to a statement issued by the MEA.": every actor of the phrase, up to the comma
    after the last name or the end of the sentence, is who told the story. A comma that a
    name follows right away (an apposition, "(SP), Jitendra Yadav,") does not close it."""
    tokens, before = sentence.tokens, word_class("attribution_before")
    for k in range(mention.tok_start - 1, max(-1, mention.tok_start - ATTRIBUTION_PHRASE), -1):
        if tokens[k].text == "," and not _apposition_comma(sentence, k):
            return False
        if any(_joined(sentence, k, k + n) in before for n in (1, 2)):
            return _phrase_closes(sentence, mention.tok_end, k + ATTRIBUTION_PHRASE)
    return False


def _apposition_comma(sentence: Sentence, k: int) -> bool:
    """A comma inside the phrase: right after a bracketed short form, before the name."""
    return k > 0 and sentence.tokens[k - 1].text == ")"


def _phrase_closes(sentence: Sentence, start: int, limit: int) -> bool:
    """Does a comma or the sentence end close the phrase by ``limit``, with no clause of what
    was said (a "that") in between?"""
    for t in sentence.tokens[start:limit]:
        if t.norm in word_class("complementizer"):
            return False
        if t.text == "," or t.text in (".", "?", "!"):
            return True
    return len(sentence.tokens) <= limit


def is_attribution(sentence: Sentence, mention: Mention) -> bool:
    before, after = word_class("attribution_before"), word_class("attribution_after")
    start = _start_before_article(sentence, mention)
    if any(_joined(sentence, start - n, start) in before for n in (1, 2)):
        return True
    if _in_attribution_phrase(sentence, mention):
        return True
    if any(_joined(sentence, mention.tok_end, mention.tok_end + n) in after for n in (1, 2)):
        return True
    return _trailing(sentence, mention)


@lru_cache(maxsize=1)
def _attribution_words() -> frozenset[str]:
    """Every word class the tests above compare with a sentence's words, as one set."""
    return word_class("attribution_before") | word_class("attribution_after") \
        | word_class("attribution_verb")


def mark_sources(sentence: Sentence, mentions: list[Mention]) -> None:
    # each test needs a word of an attribution phrase or verb: most sentences have none
    if not mentions or not may_hold([t.norm for t in sentence.tokens], _attribution_words()):
        return
    for mention in mentions:
        if mention.kind != "date" and is_attribution(sentence, mention):
            mention.attrs.source = True


def topic_opener_before(sentence: Sentence, mention: Mention) -> int | None:
    """The token of "about"/"regarding" (word class topic_opener) whose phrase holds the
    mention, or None: the phrase runs on, within TOPIC_PHRASE words, until punctuation or a
    word that opens another clause (word class topic_phrase_stop)."""
    tokens = sentence.tokens
    openers, stops = word_class("topic_opener", "en"), word_class("topic_phrase_stop", "en")
    for k in range(mention.tok_start - 1, max(-1, mention.tok_start - 1 - TOPIC_PHRASE), -1):
        token = tokens[k]
        if token.norm in openers:
            return None if _before_count(sentence, k + 1) else k
        if token.norm in stops or (token.script == "punct" and token.text not in _PHRASE_PUNCT):
            return None
    return None


def _before_count(sentence: Sentence, k: int) -> bool:
    """"about 300 students", "about a dozen men": "about" before a number is "nearly"."""
    counts = word_class("count_word", "en")
    words = [t.norm for t in sentence.tokens[k:k + 2]]
    return bool(words) and (words[0].replace(",", "").isdigit() or words[0] in counts
                            or (words[0] in ("a", "an") and words[1:2] != []
                                and words[1] in counts))


def mark_topics(sentence: Sentence, mentions: list[Mention]) -> None:
    """Mark the actors of an English topic phrase (module doc); places and dates stay."""
    if not mentions or not may_hold([t.norm for t in sentence.tokens],
                                    word_class("topic_opener", "en")):
        return
    for mention in mentions:
        if mention.kind not in ("date", "place"):
            mention.attrs.topic_from = topic_opener_before(sentence, mention)
