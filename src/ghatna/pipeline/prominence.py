"""Which act an English sentence reports as its news: its first act, the main clause's verb
("Rebels rejected the plan, saying ..."; "Police evacuated the wounded ..."). Acts told
after it are background or what it governs: a participle ("..., calling for his removal"),
a relative clause ("..., whom they had taken hostage"), the content of a demand or a
statement ("demanded an admission that forces murdered ..."). An opening adverbial phrase
("After the attack on X, police arrested ...", word class ``fronted_subordinator``, up to
its comma) is background too, so the main act is the first one after it.

The coder's confidence says how sure an event is; a later act of the sentence keeps its own
confidence unless that is higher than the main act's: then it is set just below, so the
sentence's most confident event is its main act (what a sentence-level reader, such as the
PLOVER typing bench, takes as the sentence's type). Hindi puts the main verb last: untouched.
"""

from __future__ import annotations

from ..data import Document, Event, Sentence
from ..resources import word_class

BELOW_MAIN = 0.01  # how far below the main act a later act's confidence is set
MIN_CONFIDENCE = 0.05


def _background_end(doc: Document, sentence: Sentence) -> int:
    """Raw offset where an opening adverbial phrase ends (its comma), or -1 when none."""
    tokens = sentence.tokens
    if not tokens or tokens[0].norm not in word_class("fronted_subordinator", "en"):
        return -1
    comma = next((t for t in tokens if t.norm == ","), None)
    return doc.to_raw((comma.start, comma.end))[0] if comma is not None else -1


def rank_below_main(doc: Document, sentence: Sentence, events: list[Event]) -> None:
    """Lower, in place, the confidence of an English sentence's later acts that are more
    confident than its main act."""
    if sentence.lang == "hi" or sentence.romanized or len(events) < 2:
        return
    background = _background_end(doc, sentence)
    foreground = [e for e in events if e.span[0] > background] or events
    main = min(foreground, key=lambda e: e.span[0])
    for event in events:
        if event is not main and event.confidence >= main.confidence:
            event.confidence = round(max(MIN_CONFIDENCE, main.confidence - BELOW_MAIN), 3)
