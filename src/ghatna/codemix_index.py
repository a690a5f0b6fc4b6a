"""The Code-Mixing Index (Das & Gambäck 2014) of sentences and documents.

For an utterance of ``n`` tokens of which ``u`` are language-independent (names, digits,
punctuation) and ``w`` are in its most frequent language,
``CMI = 100 * (1 - w / (n - u))`` when ``n > u``, else 0: 0 for a monolingual utterance, up to 50
for an even mix of two languages. Token languages are the langtag stage's: ``hi`` and ``en``
count as languages, ``ne`` (a name) and ``univ`` as language-independent.

A document gets two figures: its CMI over all its tokens at once, and the mean CMI of its
sentences (the per-utterance average of Das & Gambäck), which stays high when each sentence
mixes even if the document as a whole is mostly one language.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from .data import Document, Sentence

LANGUAGES = ("hi", "en")


def code_mixing_index(token_langs: Iterable[str]) -> float:
    """CMI of one utterance from its token languages: ``["hi", "hi", "en", "ne"]`` -> 33.3."""
    counts = Counter(token_langs)
    n_lang = sum(counts[lang] for lang in LANGUAGES)
    if n_lang == 0:
        return 0.0
    return 100.0 * (1.0 - max(counts[lang] for lang in LANGUAGES) / n_lang)


def sentence_cmi(sentence: Sentence) -> float:
    return code_mixing_index(tok.lang for tok in sentence.tokens)


def document_cmi(doc: Document) -> tuple[float | None, float | None]:
    """(CMI over the whole document, mean CMI of its sentences), rounded to 0.1; None for a
    document without sentences (not run through langtag)."""
    if not doc.sentences:
        return None, None
    whole = code_mixing_index(tok.lang for s in doc.sentences for tok in s.tokens)
    per_sentence = [sentence_cmi(s) for s in doc.sentences]
    return round(whole, 1), round(sum(per_sentence) / len(per_sentence), 1)
