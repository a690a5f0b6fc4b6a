"""A dateline town the gazetteer lacks: "तराना। ...", "मोरना, 12 मई (बु.)। ...", "अलीनगर :
थाना क्षेत्र की पुलिस ...".

Regional Hindi reports open with the town they are filed from, and many such towns are too
small for the gazetteer. The report's events happen there unless a sentence says otherwise,
so the town is the dateline place, named by its own word read in Latin letters; its country
is left unsaid (the story's country still comes from what it names).
"""

from __future__ import annotations

from ..data import Document, Place, Token
from ..ner.features import COMMON_WORD_ZIPF, word_zipf
from ..resources import word_class
from ..translit import devanagari_to_latin
from .gazetteer import knowledge_base


def _town_word(token: Token) -> bool:
    """A Devanagari word that is neither a function word nor a common word."""
    return token.script == "deva" and len(token.norm) >= 2 \
        and token.norm not in knowledge_base().function_words \
        and (word_zipf(token.norm) or 0) < COMMON_WORD_ZIPF


def unknown_town_dateline(doc: Document, dated_at: int | None) -> Place | None:
    """The town of a dateline that opens the document with one unknown word: alone before
    the danda ("तराना।"), before a colon ("अलीनगर :"), or before a comma and the dateline's
    date (``dated_at``: the token where a dateline date of the first sentence begins)."""
    if not doc.sentences or not doc.mentions or any(m.tok_start == 0 for m in doc.mentions[0]):
        return None
    tokens = doc.sentences[0].tokens
    if len(tokens) < 2 or not _town_word(tokens[0]):
        return None
    after = tokens[1].text
    alone = len(tokens) == 2 and after in word_class("dateline_punct", "hi")
    dated = after == "," and dated_at == 2
    if not (alone or dated or after == ":"):
        return None
    town = tokens[0]
    return Place(name=devanagari_to_latin(town.text).capitalize(), kind="locality",
                 text=town.text, span=(town.start, town.end))
