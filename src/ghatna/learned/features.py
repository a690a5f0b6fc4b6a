"""Features of a sentence for the event-type model, shared by training and run time (any
change here needs ``make train``).

A sentence is read as the matchers read it: token norms (English words inside Hindi already
mapped to the Hindi they replace, so code-mixed text looks like Hindi), word pairs, and the
kinds of mentions it holds. The patterns that match are deliberately not a feature: the model
is a second, independent reader, which is what lets it veto a pattern or find what none
matches.
"""

from __future__ import annotations

from ..data import Mention, Sentence

STEM = 4  # letters of a word's stem feature
MAX_TOKENS = 120  # longer sentences: only their first tokens count (the cost stays linear)


def words(sentence: Sentence) -> list[str]:
    """The sentence's word norms (punctuation and digits dropped), bounded."""
    return [t.norm for t in sentence.tokens[:MAX_TOKENS]
            if t.norm and t.script in ("deva", "latn", "mixed")]


def sentence_features(sentence: Sentence, mentions: list[Mention]) -> list[str]:
    norms = words(sentence)
    feats = [f"w:{w}" for w in norms]
    feats += [f"b:{a}_{b}" for a, b in zip(norms, norms[1:])]
    # a word's first letters: a stem for inflected forms (हमला/हमले/हमलों, attack/attacked)
    feats += [f"p:{w[:STEM]}" for w in norms if len(w) > STEM]
    feats += [f"m:{m.kind}" for m in mentions]
    feats.append(f"lang:{'hi' if sentence.lang == 'hi' else 'en'}")
    return sorted(set(feats))
