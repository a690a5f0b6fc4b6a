"""A report's headline tells, in short, an event its body tells in full.

"India, Nepal vow to resolve border dispute" above "India and Nepal on Thursday agreed to
resolve the boundary issues": the headline has no date of its own (it takes the publication
day) and often names the sides differently, so the two readings of one fact survive
deduplication as two events with different dates. An event read in a headline gives way to
an event of the same type in the body whose sides are the same participants or of the same
countries; a headline event the body does not retell stays.
"""

from __future__ import annotations

from ..data import Actor, Document, Event
from ..ontology import symmetric_types
from ..resources import word_class

#: a headline is a short line: longer first lines are a lead paragraph without a full stop
MAX_HEADLINE_TOKENS = 30


def has_headline(doc: Document) -> bool:
    """Is the first sentence a line of its own, without a full stop, above a body?"""
    sentences = doc.sentences
    if len(sentences) < 2 or sentences[0].paragraph == sentences[1].paragraph:
        return False
    tokens = sentences[0].tokens
    if not tokens or len(tokens) > MAX_HEADLINE_TOKENS:
        return False
    return tokens[-1].text not in word_class("sentence_end") and tokens[-1].text != "."


def _same_side(a: Actor | None, b: Actor | None) -> bool:
    """The same participant, or two of one country (a headline's "India" for the body's PM)."""
    if a is None or b is None:
        return a is None and b is None
    if (a.id or a.name.lower()) == (b.id or b.name.lower()):
        return True
    return a.country is not None and a.country == b.country


def _retells(body: Event, headline: Event) -> bool:
    if body.type != headline.type:
        return False
    if _same_side(body.actor1, headline.actor1) and _same_side(body.actor2, headline.actor2):
        return True
    return body.type in symmetric_types() and _same_side(body.actor1, headline.actor2) \
        and _same_side(body.actor2, headline.actor1)


def drop_restated_headline(events: list[Event], doc: Document) -> list[Event]:
    """The events, less those of the headline that the body tells again."""
    if not events or not has_headline(doc):
        return events
    headline_end = doc.to_raw((doc.sentences[0].start, doc.sentences[0].end))[1]
    body = [e for e in events if e.sentence_span[0] >= headline_end]
    return [e for e in events if e.sentence_span[0] >= headline_end
            or not any(_retells(b, e) for b in body)]
