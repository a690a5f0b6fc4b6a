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


def is_locative(sentence: Sentence, mention: Mention) -> bool:
    after, before = locative_markers()
    norms = [t.norm for t in sentence.tokens]
    for n in (1, 2, 3):
        if " ".join(norms[mention.tok_end:mention.tok_end + n]) in after:
            return True
        if mention.tok_start - n >= 0 and " ".join(norms[mention.tok_start - n:mention.tok_start]) in before:
            return True
    return False


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
