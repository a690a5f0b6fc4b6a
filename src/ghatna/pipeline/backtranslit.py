"""Back-transliteration: romanized Hindi words -> their Devanagari spelling, in context.

Each Latin word's readings come from the generated lexicon (:mod:`.romanlex`), keyed by its
spelling key so that the spellings people type all find the word ("mulakat", "mulaqat",
"mulaakat", "mulakaat" -> मुलाकात; "mein", "me", "main" -> में). Among several readings the
most frequent wins unless the spelling or the neighbouring words say otherwise: each reading
gets its Zipf frequency, :data:`SPELLING_BONUS` when the writer's distinctive letters agree
with it ("chh" for छ), plus :data:`CONTEXT_WEIGHT` times log(1 + n) for the n times it was seen next to
the neighbour's reading in the project's Hindi text ("main ghar" -> मैं, "Moscow main" -> में).
"""

from __future__ import annotations

import math
from functools import lru_cache

from ..resources import load_table, normalize
from .romanlex import hindi_candidates, roman_lexicon, spelt_alike

#: Zipf points for a reading that agrees with the letters the writer took care to type
#: ("chhura" -> छुड़ा over the more frequent चुरा; romanlex.spelt_alike).
SPELLING_BONUS = 1.5
#: Zipf points off a postposition as the first word of a sentence ("main ghar ja raha hun":
#: मैं, not में).
FIRST_WORD_PENALTY = 3.0
#: Weight of the neighbour evidence against the word frequency (Zipf points per log count).
CONTEXT_WEIGHT = 1.0


@lru_cache(maxsize=1)
def colloquial_forms() -> dict[str, str]:
    """``romanized_colloquial.tsv``: colloquial Devanagari -> the standard form (पे -> पर)."""
    return {normalize(r["colloquial"]): normalize(r["standard"])
            for r in load_table("romanized_colloquial.tsv")}


@lru_cache(maxsize=1)
def postpositions() -> frozenset[str]:
    """Hindi postpositions (function_words.tsv): they follow a noun, never open a sentence."""
    return frozenset(normalize(r["word"]) for r in load_table("function_words.tsv")
                     if r["role"] == "postposition")


_NO_COUNTS: dict[str, int] = {}


@lru_cache(maxsize=1 << 16)
def _best(word: str, left: str | None, right: str | None, first: bool) -> str:
    """The reading of ``word`` (several candidates) between the readings ``left`` and
    ``right``; memoised per word and neighbours: news repeats its phrases ("ke sath", "ne
    kaha"), and scoring every reading against the pair counts was a third of the romanized
    reading's time."""
    alike = spelt_alike(word)
    after_nothing = postpositions() if first else frozenset()
    lexicon = roman_lexicon()
    # the pair counts of the neighbours: (left, reading) and (reading, right)
    after_left = lexicon.after.get(left, _NO_COUNTS) if left else _NO_COUNTS
    before_right = lexicon.before.get(right, _NO_COUNTS) if right else _NO_COUNTS
    log1p = math.log1p
    # max(candidates, key=score) without a call per candidate: the first best one wins, as
    # with max; the score's terms are added in the same order
    best_word, best_score = "", -math.inf
    for cand in hindi_candidates(word):
        reading = cand.word
        seen = after_left.get(reading, 0) + before_right.get(reading, 0)
        score = cand.zipf + CONTEXT_WEIGHT * log1p(seen) + (
            SPELLING_BONUS if reading in alike else 0.0) - (
            FIRST_WORD_PENALTY if reading in after_nothing else 0.0)
        if score > best_score:
            best_word, best_score = reading, score
    return best_word


def to_devanagari(words: list[str | None], sentence: bool = True) -> list[str | None]:
    """The Devanagari reading of each lower-case romanized Hindi word of a sentence (None for
    a word given as None, i.e. not Hindi, or one the lexicon does not know). Left to right:
    a word's left neighbour is the reading already chosen, its right one the most frequent.
    ``sentence``: the words are a whole sentence (its first word opens it)."""
    cands = [hindi_candidates(w) if w else () for w in words]
    last = len(words) - 1
    out: list[str | None] = [None] * len(words)  # (a sentence's other tokens stay None)
    standard = colloquial_forms()
    left: str | None = None  # the reading chosen for the word before (not standardised)
    for i, options in enumerate(cands):
        if not options:
            left = None
            continue
        if len(options) == 1:
            left = options[0].word
        else:
            # its right neighbour: the most frequent reading of the next word, if any (only
            # a word with several readings asks)
            after = cands[i + 1] if i < last else ()
            word = words[i]
            assert word is not None
            left = _best(word, left, after[0].word if after else None, sentence and i == 0)
        out[i] = standard.get(left, left)
    return out


def word_to_devanagari(word: str) -> str | None:
    """The Devanagari reading of one romanized word out of context (the most frequent, unless
    the spelling says otherwise)."""
    return to_devanagari([word.lower()], sentence=False)[0]
