"""Stage 6, places: which place mentions are where something happens.

A place becomes a *scene* candidate when a locative marks it ("मास्को में", "in Moscow",
"मास्को पहुंचे"; resources/locatives.tsv). The coder then places an event at the scene
of its own clause, else at the scene the discourse is in, else at the dateline city
(see code.py). Places carry name, country, admin1 and coordinates from the gazetteer.
"""

from __future__ import annotations

from functools import lru_cache

from ..data import Document, Mention, Sentence
from ..resources import load_table, surface_key
from .base import Stage


@lru_cache(maxsize=1)
def locative_markers() -> tuple[frozenset[str], frozenset[str]]:
    """(markers written after a place, markers written before one)."""
    rows = load_table("locatives.tsv")
    after = frozenset(surface_key(r["marker"]) for r in rows if r["position"] == "after")
    before = frozenset(surface_key(r["marker"]) for r in rows if r["position"] == "before")
    return after, before


#: Words that may stand between a locative marker and its place: "in Khandipora area of
#: south Kashmir's Kulgam district", "अवंतीपोरा के त्राल में".
PLACE_PHRASE_WORDS = frozenset({"area", "of", "district", "the", "'", "s", "south", "north",
                                "east", "west", "central", "village", "town", "city", "region",
                                "sector", "के", "की", "का", "जिले", "जिला", "गांव", "इलाके",
                                "क्षेत्र", "शहर"})
MAX_PLACE_PHRASE = 6


def is_locative(sentence: Sentence, mention: Mention) -> bool:
    after, before = locative_markers()
    tokens = sentence.tokens
    norms = [t.norm for t in tokens]
    for n in (1, 2, 3):
        if " ".join(norms[mention.tok_end:mention.tok_end + n]) in after:
            return True
        if mention.tok_start - n >= 0 and " ".join(norms[mention.tok_start - n:mention.tok_start]) in before:
            return True
    # the marker may stand a few place-phrase words away (unknown village names included)
    for i in range(mention.tok_start - 1, max(-1, mention.tok_start - MAX_PLACE_PHRASE - 1), -1):
        if norms[i] in before:
            return True
        if not _place_phrase_word(tokens[i]):
            break
    for i in range(mention.tok_end, min(len(tokens), mention.tok_end + MAX_PLACE_PHRASE)):
        if norms[i] in after and i > mention.tok_end:
            return True
        if not _place_phrase_word(tokens[i]):
            break
    return False


def _place_phrase_word(tok) -> bool:
    return tok.norm in PLACE_PHRASE_WORDS or (tok.script == "latn" and tok.text[:1].isupper())


class Places(Stage):
    """Mark scene candidates (``mention.data["locative"]``)."""

    name = "places"
    requires = ("mentions", "dates")

    def process(self, doc: Document) -> Document:
        for sentence, mentions in zip(doc.sentences, doc.mentions):
            for mention in mentions:
                if mention.place is not None:
                    mention.data["locative"] = is_locative(sentence, mention)
        return doc
