"""Loading the bundled linguistic resources (TSV files described in FORMAT.md).

Every file is read once per process and cached. ``normalize`` is the one normalisation
that both the text (clean/langtag stages) and every surface form in a resource go through,
so that they always compare equal.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..errors import ResourceError
from ..tsv import RESOURCE_DIR, load_table, split_multi

__all__ = ["RESOURCE_DIR", "load_table", "split_multi", "normalize", "surface_key",
           "tokenize_surface", "word_class", "is_devanagari",
           "DEVANAGARI_LETTERS"]

# Characters folded away for matching: the nukta (spellings vary: ज़/ज), zero-width joiners,
# soft hyphen; chandrabindu is written as anusvara by many outlets (पहुँचे/पहुंचे).
_DROP = {0x093C: None, 0x200B: None, 0x200C: None, 0x200D: None, 0xFEFF: None, 0x00AD: None}
_FOLD = {
    0x0901: "\u0902",  # chandrabindu -> anusvara
    0x0958: "\u0915", 0x0959: "\u0916", 0x095A: "\u0917", 0x095B: "\u091C",
    0x095C: "\u0921", 0x095D: "\u0922", 0x095E: "\u092B", 0x095F: "\u092F",
    0x00A0: " ", 0x2019: "'", 0x2018: "'", 0x201C: '"', 0x201D: '"',
    0x2013: "-", 0x2014: "-", 0x2011: "-", 0x2010: "-",
}
CHAR_TABLE: dict[int, str | None] = {**_DROP, **_FOLD}

# A nasal consonant with virama before a stop of its own class is the anusvara written out
# (पञ्चमाक्षर): निन्दा/निंदा, सम्बन्ध/संबंध, ठण्डा/ठंडा are one word, spelt two ways by outlets.
_CLASS_NASAL = re.compile(
    "[\u0919](?=\u094D[\u0915-\u0918])|[\u091E](?=\u094D[\u091A-\u091D])"
    "|[\u0923](?=\u094D[\u091F-\u0922])|[\u0928](?=\u094D[\u0924-\u0927])"
    "|[\u092E](?=\u094D[\u092A-\u092D])")
_NASAL_VIRAMA = re.compile("(?<=\u0902)\u094D")

WORD_RE = re.compile(r"[A-Za-z0-9\u00C0-\u024F\u0900-\u0963\u0966-\u097F]+|[^\s]")


def normalize(text: str) -> str:
    """Matching form of a string: folded Devanagari, lower-case Latin."""
    if text.isascii():
        return text.lower()  # CHAR_TABLE folds no ASCII character (checked by a test)
    folded = text.translate(CHAR_TABLE).lower()
    if "\u094D" in folded:
        folded = _NASAL_VIRAMA.sub("", _CLASS_NASAL.sub("\u0902", folded))
    return folded


@lru_cache(maxsize=1 << 17)
def normalize_word(word: str) -> str:
    """:func:`normalize` of one token, memoised: news repeats its words, and every token of
    every sentence is normalised."""
    return normalize(word)


def tokenize_surface(surface: str) -> tuple[str, ...]:
    """Tokens of a resource surface form, normalised the same way as sentence tokens."""
    return tuple(WORD_RE.findall(normalize(surface)))


def surface_key(surface: str) -> str:
    """The key a surface form is stored under in the matchers: its tokens joined by spaces."""
    return " ".join(tokenize_surface(surface))



# Devanagari letters and signs (digits ० to ९ excluded): what makes a word Hindi in script.
DEVANAGARI_LETTERS = "[\u0900-\u0963\u0970-\u097F]"  # a regex class
_DEVANAGARI = re.compile(DEVANAGARI_LETTERS)


def is_devanagari(text: str) -> bool:
    """Does ``text`` contain a Devanagari letter or sign?"""
    return _DEVANAGARI.search(text) is not None


@cache
def word_class(name: str, lang: str | None = None) -> frozenset[str]:
    """The normalised words of one class of ``word_classes.tsv`` (every language, or ``lang``
    plus the rows marked ``any``)."""
    rows = [r for r in load_table("word_classes.tsv") if r["class"] == name]
    if not rows:
        raise ResourceError(f"word_classes.tsv has no class {name!r}")
    return frozenset(surface_key(r["word"]) for r in rows
                     if lang is None or r["lang"] in (lang, "any"))
