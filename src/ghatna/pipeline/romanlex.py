"""The generated romanized-Hindi lexicons (``make train``): Latin spelling -> Devanagari words.

``romanized_lexicon.tsv`` files every Hindi word of wordfreq's Hindi list and of the project's
own Hindi text under the spelling keys of all the ways people type it (see
``training/build_romanized.py``); ``romanized_english.tsv`` gives English word frequencies;
``romanized_context.tsv`` counts neighbouring Devanagari words for the Latin spellings that
have several readings; ``romanized_ngrams.tsv`` is the letter model of words no list knows. Loaded once, on the first romanized sentence (about 0.3 s).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from ..errors import ResourceError
from ..rescache import PackedTable, compiled
from ..resources import RESOURCE_DIR
from .latin_spelling import coarse_key, light_key, skeleton

#: A loose (level-2) match must be this close (edits per letter) to a real spelling.
MAX_COARSE_EDITS = 0.25


class Candidate(NamedTuple):
    """A Devanagari reading of a Latin word: the word, its Zipf frequency, how loose (a
    named tuple: 100k of them are made at load)."""

    word: str
    zipf: float
    level: int


@dataclass(frozen=True)
class RomanLexicon:
    light: dict[str, frozenset[str]]
    # in the compiled cache, each key's candidates are pickled apart and decoded on first use
    strict: PackedTable[str, tuple[Candidate, ...]]
    loose: PackedTable[str, tuple[tuple[Candidate, str], ...]]
    english: dict[str, float]
    # the counts of word pairs (romanized_context.tsv) by their left word, then by their right
    # word: left -> {right: n} and right -> {left: n}, so that scoring a word's readings in
    # context looks up strings
    after: dict[str, dict[str, int]]
    before: dict[str, dict[str, int]]


@compiled("roman_lexicon")
def roman_lexicon() -> RomanLexicon:
    light: dict[str, set[str]] = {}
    strict: dict[str, list[Candidate]] = {}
    loose: dict[str, list[tuple[Candidate, str]]] = {}
    for key, level_text, word, zipf, spellings in _rows("romanized_lexicon.tsv", 5):
        level = int(level_text)
        if level == 0:
            light.setdefault(key, set()).add(word)
            continue
        cand = Candidate(word, float(zipf), level)
        if level == 1:
            strict.setdefault(key, []).append(cand)
        else:
            loose.setdefault(key, []).append((cand, spellings))
    english = {word: float(zipf) for word, zipf in _rows("romanized_english.tsv", 2)}
    after: dict[str, dict[str, int]] = {}
    before: dict[str, dict[str, int]] = {}
    for left, right, n in _rows("romanized_context.tsv", 3):
        after.setdefault(left, {})[right] = int(n)
        before.setdefault(right, {})[left] = int(n)
    return RomanLexicon({k: frozenset(v) for k, v in light.items()},
                        PackedTable({k: tuple(v) for k, v in strict.items()}),
                        PackedTable({k: tuple(v) for k, v in loose.items()}), english, after,
                        before)


def _rows(name: str, width: int) -> list[list[str]]:
    """The data rows of a generated table (header and comments skipped), as lists of cells:
    a plain split, several times faster than :func:`load_table`'s dicts on 100k rows."""
    path = RESOURCE_DIR / name
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError as exc:
        raise ResourceError(f"resource {name} is missing from the package ({path}); "
                            "rebuild it with `make train`") from exc
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")][1:]
    bad = next((r for r in rows if len(r) != width), None)
    if bad is not None:
        raise ResourceError(f"{name}: a row has {len(bad)} cells, not {width}: {bad[:3]}")
    return rows


def distance_within(a: str, b: str, limit: int) -> int:
    """The edit distance of ``a`` and ``b`` when it is at most ``limit``, else ``limit + 1``: a
    loose reading further than the limit is dropped whatever its distance, so the rows stop
    as soon as every cell is past it (and lengths too far apart are not compared)."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (ca != cb)))
        if min(current) > limit:  # a row's least cell never falls in the rows below it
            return limit + 1
        previous = current
    return min(previous[-1], limit + 1)


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
    scored = [(min(distance_within(key, form, limit) for form in spellings.split("|")),
               -cand.zipf, cand)
              for cand, spellings in lex.loose.get(coarse_key(word), ())]
    return tuple(cand for dist, _, cand in sorted(scored, key=lambda t: t[:2]) if dist <= limit)


@lru_cache(maxsize=1 << 16)
def spelt_alike(word: str) -> frozenset[str]:
    """Devanagari words one of whose spellings has the :func:`light_key` of ``word``: the
    readings that agree with what the writer took care to type ("chh", "sh")."""
    return roman_lexicon().light.get(light_key(word), frozenset())


def hindi_zipf(word: str) -> float:
    """Frequency of the most frequent Hindi reading of a Latin word (0 when none)."""
    cands = hindi_candidates(word)
    return cands[0].zipf if cands else 0.0


def english_zipf(word: str) -> float:
    return roman_lexicon().english.get(word, 0.0)


@compiled("english_frequency")
def english_frequency() -> dict[str, float]:
    """English word -> Zipf frequency, without the (much bigger) romanized Hindi lexicon:
    for readers of English text that only ask how common a word is."""
    return {word: float(zipf) for word, zipf in _rows("romanized_english.tsv", 2)}


#: The row of ``romanized_ngrams.tsv`` that gives the log-odds of an n-gram it does not list.
UNSEEN_NGRAM = "<unseen>"


def ngram_log_odds() -> dict[str, float]:
    """``romanized_ngrams.tsv``: character n-gram -> log P(n-gram | Hindi) - log P(n-gram |
    English), with :data:`UNSEEN_NGRAM` for the n-grams it does not list (a fresh dict)."""
    return {gram: float(odds) for gram, odds in _rows("romanized_ngrams.tsv", 2)}


def pair_count(left: str, right: str) -> int:
    return roman_lexicon().after.get(left, {}).get(right, 0)
