"""The romanized path's shortcuts (issue 9 speed) give the answers of the plain computation."""

from __future__ import annotations

import random

from ghatna.pipeline import romanized
from ghatna.pipeline.romanized import EN, HI, SWITCH_COST


def _reference_sequence(weights: list[float]) -> list[str]:
    """The Viterbi as first written: every comparison on rounded scores, then switches."""
    def rank(scored: tuple[float, int]) -> tuple[float, int]:
        return round(scored[0], 9), scored[1]

    if not weights:
        return []
    best = {HI: (weights[0] / 2, 0), EN: (-weights[0] / 2, 0)}
    back: list[dict[str, str]] = []
    for w in weights[1:]:
        step: dict[str, str] = {}
        new: dict[str, tuple[float, int]] = {}
        for lang, gain in ((HI, w / 2), (EN, -w / 2)):
            other = EN if lang == HI else HI
            stay = best[lang]
            switch = (best[other][0] - SWITCH_COST, best[other][1] - 1)
            step[lang] = lang if rank(stay) >= rank(switch) else other
            kept = max(stay, switch, key=rank)
            new[lang] = (kept[0] + gain, kept[1])
        back.append(step)
        best = new
    lang = HI if rank(best[HI]) >= rank(best[EN]) else EN
    path = [lang]
    for step in reversed(back):
        lang = step[lang]
        path.append(lang)
    return path[::-1]


def _sentence_weights(rng: random.Random) -> list[float]:
    """Evidence as real sentences give it: sure words, ambiguous words, letter scores, and
    sums that tie only after rounding (0.1 + 0.2 against 0.3)."""
    pool = [100.0, -100.0, 0.5, -0.5, 0.1, 0.2, -0.3, 0.3, 1.0, -1.0, 2.0, 0.0]
    return [rng.choice(pool) if rng.random() < 0.6 else rng.uniform(-3.0, 3.0)
            for _ in range(rng.randint(0, 30))]


def test_the_viterbi_shortcut_picks_the_plain_viterbi_path() -> None:
    rng = random.Random(7)
    for _ in range(3000):
        weights = _sentence_weights(rng)
        assert romanized._best_sequence(weights) == _reference_sequence(weights), weights


def test_evidence_that_sums_to_zero_only_after_rounding_is_a_tie() -> None:
    # -0.1 + 0.15 - 0.05 is not 0.0 in floats; rounded, both one-language paths tie and the
    # first state (Hindi) wins, as in the plain Viterbi
    weights = [-0.2, 0.3, -0.1]
    assert _reference_sequence(weights) == [HI, HI, HI]
    assert romanized._best_sequence(weights) == [HI, HI, HI]
