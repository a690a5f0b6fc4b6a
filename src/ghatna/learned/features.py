"""Features of a sentence for the event-type model, shared by training and run time (any
change here needs ``make train``).

A sentence is read as the matchers read it: token norms (English words inside Hindi already
mapped to the Hindi they replace, so code-mixed text looks like Hindi), word pairs, and the
kinds of mentions it holds. The patterns that match are deliberately not a feature: the model
is a second, independent reader, which is what lets it veto a pattern or find what none
matches.
"""

from __future__ import annotations

from functools import lru_cache

from ..data import Mention, Sentence
from ..resources import load_table, tokenize_surface
from .word_vectors import word_vectors

STEM = 4  # letters of a word's stem feature
MAX_TOKENS = 120  # longer sentences: only their first tokens count (the cost stays linear)


def words(sentence: Sentence) -> list[str]:
    """The sentence's word norms (punctuation and digits dropped), bounded."""
    return [t.norm for t in sentence.tokens[:MAX_TOKENS]
            if t.norm and t.script in ("deva", "latn", "mixed")]


def word_features(word: str) -> tuple[str, ...]:
    """What one word says alone: its form and, past STEM letters, its first letters (a stem for
    inflected forms: हमला/हमले/हमलों, attack/attacked)."""
    return (f"w:{word}", f"p:{word[:STEM]}") if len(word) > STEM else (f"w:{word}",)


def pair_feature(first: str, second: str) -> str:
    """Two neighbouring words."""
    return f"b:{first}_{second}"


def context_features(sentence: Sentence, mentions: list[Mention]) -> list[str]:
    """The features not made of words: the kinds of mentions and the sentence's language."""
    return [*(f"m:{m.kind}" for m in mentions), f"lang:{'hi' if sentence.lang == 'hi' else 'en'}"]


def sentence_features(sentence: Sentence, mentions: list[Mention]) -> list[str]:
    """Every feature of the sentence, sorted, each once (the model's sums follow this order;
    ``EventTypeModel.word_probabilities`` reads the same features word by word)."""
    norms = words(sentence)
    feats = [f for w in norms for f in word_features(w)]
    feats += [pair_feature(a, b) for a, b in zip(norms, norms[1:])]
    feats += context_features(sentence, mentions)
    return sorted(set(feats))


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    return frozenset(" ".join(tokenize_surface(r["word"])) for r in load_table("function_words.tsv"))


POOLS = ("mean", "max")  # the poolings of the content words' vectors, in feature order


@lru_cache(maxsize=8)
def dense_names(pools: tuple[str, ...] = POOLS) -> tuple[str, ...]:
    """The dense features' names, in the order of :func:`dense_features`' values."""
    dim = word_vectors().dim
    return tuple(f"d:{pool}:{i}" for pool in pools for i in range(dim))


def content_vectors(sentence: Sentence, mentions: list[Mention]) -> list[tuple[float, ...]]:
    """The vectors of the sentence's content words (bounded like :func:`words`)."""
    covered = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
    grammar = _function_words()
    vector = word_vectors().vector
    out = []
    for i, tok in enumerate(sentence.tokens[:MAX_TOKENS]):
        if i in covered or tok.norm in grammar or tok.script not in ("deva", "latn", "mixed"):
            continue
        vec = vector(tok.norm)
        if vec:
            out.append(vec)
    return out


def dense_features(sentence: Sentence, mentions: list[Mention],
                   pools: tuple[str, ...] = POOLS) -> list[float]:
    """The content words' vectors pooled dimension by dimension, one block per pooling
    (``mean``, ``max``) in ``pools`` order; zeros when no word has a vector."""
    vecs = content_vectors(sentence, mentions)
    if not vecs:
        return [0.0] * len(dense_names(pools))
    n = len(vecs)
    columns = list(zip(*vecs))
    out: list[float] = []
    for pool in pools:
        out += [sum(c) / n for c in columns] if pool == "mean" else [max(c) for c in columns]
    return out
