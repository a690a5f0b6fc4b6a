"""The generated romanized-Hindi lexicons (``make train``): Latin spelling -> Devanagari words.

``romanized_lexicon.tsv`` files every Hindi word of wordfreq's Hindi list and of the project's
own Hindi text under the spelling keys of all the ways people type it (see
``training/build_romanized.py``); ``romanized_english.tsv`` gives English word frequencies;
``romanized_context.tsv`` counts neighbouring Devanagari words for the Latin spellings that
have several readings. Loaded once, on the first romanized sentence (about 0.3 s).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..resources import load_table
from .latin_spelling import coarse_key, skeleton

#: A loose (level-2) match must be this close (edits per letter) to a real spelling.
MAX_COARSE_EDITS = 0.25


@dataclass(frozen=True)
class Candidate:
    """A Devanagari reading of a Latin word: the word, its Zipf frequency, how loose."""

    word: str
    zipf: float
    level: int


@dataclass(frozen=True)
class RomanLexicon:
    strict: dict[str, tuple[Candidate, ...]]
    loose: dict[str, tuple[tuple[Candidate, str], ...]]
    english: dict[str, float]
    pairs: dict[tuple[str, str], int]


@lru_cache(maxsize=1)
def roman_lexicon() -> RomanLexicon:
    strict: dict[str, list[Candidate]] = {}
    loose: dict[str, list[tuple[Candidate, str]]] = {}
    for row in load_table("romanized_lexicon.tsv"):
        level = int(row["level"])
        cand = Candidate(row["devanagari"], float(row["zipf"]), level)
        if level == 1:
            strict.setdefault(row["key"], []).append(cand)
        else:
            loose.setdefault(row["key"], []).append((cand, row["spelling"]))
    english = {r["word"]: float(r["zipf"]) for r in load_table("romanized_english.tsv")}
    pairs = {(r["left"], r["right"]): int(r["count"]) for r in load_table("romanized_context.tsv")}
    return RomanLexicon({k: tuple(v) for k, v in strict.items()},
                        {k: tuple(v) for k, v in loose.items()}, english, pairs)


def edit_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


@lru_cache(maxsize=1 << 16)
def hindi_candidates(word: str) -> tuple[Candidate, ...]:
    """Devanagari readings of a lower-case Latin word, most frequent first: those whose
    spelling key is the word's, else (for words of 4+ letters) those of its coarse key whose
    nearest spelling is within a few edits ("mulaaqaat" -> मुलाकात), the closest first."""
    lex = roman_lexicon()
    key = skeleton(word)
    found = lex.strict.get(key)
    if found:
        return found
    if len(word) < 4:
        return ()
    limit = max(1, int(len(key) * MAX_COARSE_EDITS))
    scored = [(min(edit_distance(key, form) for form in spellings.split("|")), -cand.zipf, cand)
              for cand, spellings in lex.loose.get(coarse_key(word), ())]
    return tuple(cand for dist, _, cand in sorted(scored, key=lambda t: t[:2]) if dist <= limit)


def hindi_zipf(word: str) -> float:
    """Frequency of the most frequent Hindi reading of a Latin word (0 when none)."""
    cands = hindi_candidates(word)
    return cands[0].zipf if cands else 0.0


def english_zipf(word: str) -> float:
    return roman_lexicon().english.get(word, 0.0)


def pair_count(left: str, right: str) -> int:
    return roman_lexicon().pairs.get((left, right), 0)
