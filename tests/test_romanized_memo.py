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


# --- back-transliteration: the memoised, indexed reading scores as the plain formula ------

def _reference_best(word: str, left: str | None, right: str | None, first: bool) -> str:
    """The reading as first written: every (neighbour, reading) pair looked up as a pair."""
    import math

    from ghatna.pipeline import backtranslit
    from ghatna.pipeline.romanlex import Candidate, hindi_candidates, pair_count, spelt_alike

    alike = spelt_alike(word)
    after_nothing = backtranslit.postpositions() if first else frozenset()

    def score(cand: Candidate) -> float:
        seen = (pair_count(left, cand.word) if left else 0) + (
            pair_count(cand.word, right) if right else 0)
        return cand.zipf + backtranslit.CONTEXT_WEIGHT * math.log1p(seen) + (
            backtranslit.SPELLING_BONUS if cand.word in alike else 0.0) - (
            backtranslit.FIRST_WORD_PENALTY if cand.word in after_nothing else 0.0)

    return max(hindi_candidates(word), key=score).word


def test_a_memoised_reading_in_context_is_the_plain_formulas_reading() -> None:
    from ghatna.pipeline import backtranslit
    from ghatna.pipeline.romanlex import hindi_candidates, roman_lexicon

    pairs = [(left, right) for left, rights in roman_lexicon().after.items() for right in rights]
    words = ["main", "me", "mein", "ki", "ke", "se", "par", "to", "kar", "ye", "wo", "sath",
             "bal", "din", "log", "kal", "ho", "na", "hi", "jab", "tab", "sir", "mat", "dal"]
    checked = 0
    for word in words:
        readings = {cand.word for cand in hindi_candidates(word)}
        if len(readings) < 2:
            continue
        lefts = sorted({left for left, right in pairs if right in readings})[:6]
        rights = sorted({right for left, right in pairs if left in readings})[:6]
        for left in [None, *lefts]:
            for right in [None, *rights]:
                for first in (False, True):
                    want = _reference_best(word, left, right, first)
                    assert backtranslit._best(word, left, right, first) == want
                    checked += 1
    assert checked > 100  # the words above do have several readings and counted neighbours


def test_the_phrase_start_pre_test_reads_every_codemix_phrase_as_before() -> None:
    from ghatna.data import Sentence, Token
    from ghatna.pipeline.langtag import codemix_starts, codemix_table, read_english_as_hindi
    from ghatna.resources import normalize_word

    table = codemix_table()

    def read(english: tuple[str, ...], starts: frozenset[str]) -> list[tuple[str, str]]:
        words = ["कल", "the", *(w.title() for w in english), "ने", "visit", "किया"]
        tokens = [Token(w, 0, 0, "deva" if "\u0900" <= w[0] <= "\u097f" else "latn")
                  for w in words]
        read_english_as_hindi(Sentence(0, 0, tokens), table, starts)
        return [(tok.norm, tok.lang) for tok in tokens]

    for english in table:
        every_word = frozenset(normalize_word(w) for w in ("the", "visit", *english))
        assert read(english, codemix_starts()) == read(english, every_word), english


# --- session 14: the shortcuts of the romanized reading give the plain answers ------------

def test_evidence_that_never_leans_english_is_read_all_hindi_as_the_plain_viterbi() -> None:
    rng = random.Random(14)
    pool = [100.0, 0.5, 0.1, 0.2, 0.3, 1.0, 2.0, 0.0, -0.0, 1e-12]
    for _ in range(2000):
        weights = [rng.choice(pool) if rng.random() < 0.6 else rng.uniform(0.0, 3.0)
                   for _ in range(rng.randint(1, 30))]
        assert romanized._best_sequence(weights) == _reference_sequence(weights), weights
    # one word leaning English is no longer the shortcut's: the sentence can switch
    weights = [100.0, -100.0, 100.0]
    assert romanized._best_sequence(weights) == _reference_sequence(weights) == [HI, EN, HI]


def _reference_typed_zipf(letters: str, first_only: bool = False) -> float:
    """typed_hindi_zipf as first written: every reading's spellings made and compared (with
    ``first_only``, the most frequent reading alone)."""
    from ghatna.pipeline import romanlex

    best = 0.0
    key = romanized._typed_key(letters)
    cands = romanlex.hindi_candidates(letters)
    for cand in cands[:1] if first_only else cands:
        if key in romanized._spellings(cand.word):
            penalty = 0.0
        else:
            penalty = romanized.SKELETON_PENALTY if cand.level == 1 else romanized.LOOSE_PENALTY
        best = max(best, cand.zipf - penalty)
    return best


def test_a_new_words_hindi_frequency_skips_only_readings_that_cannot_win() -> None:
    from ghatna.pipeline import romanlex

    # English words that share a spelling key with Hindi words, and Hinglish words that have
    # several readings (the penalty cases of typed_hindi_zipf and the plain ones)
    words = ["couch", "thick", "mean", "value", "to", "me", "main", "the", "film", "par", "kal",
             "hai", "ki", "se", "the", "band", "mat", "dal", "sir", "jab", "log", "bal", "call",
             "cart", "care", "ban", "pass", "bus", "car", "jail", "seat", "hit", "table",
             # the first reading only loosely spelt: a later one decides
             "development", "ministry", "pointing", "monetary", "freed", "cow", "shining"]
    several = later = 0
    for word in words:
        cands = romanlex.hindi_candidates(word)
        several += len(cands) > 1
        later += _reference_typed_zipf(word) != _reference_typed_zipf(word, first_only=True)
        assert romanized.typed_hindi_zipf(word) == _reference_typed_zipf(word), word
    assert several >= 10 and later >= 3  # the skip has readings to skip, and some that win


def test_a_capitalised_word_is_kept_as_a_name_as_the_three_joined_windows_say() -> None:
    from ghatna.data import Token
    from ghatna.pipeline.langtag import _kept_as_name, _known_surface
    from ghatna.resources import normalize_word

    def plain(tokens: list[Token], k: int) -> bool:
        for first, last in ((k, k + 1), (k - 1, k + 1), (k, k + 2)):
            if first >= 0 and last <= len(tokens) and _known_surface(
                    " ".join(normalize_word(t.text) for t in tokens[first:last])):
                return True
        return False

    sentences = ["Kal Sri Lanka ke President ne Delhi mein Modi se mulakat ki",
                 "Putin Ne Kaha Ki Amerika Ko Jawab Milega",
                 "New Delhi mein Rahul Gandhi aur Sonia Gandhi Mile",
                 "Hamas ne Gaza Par Hamla Kiya"]
    kept = 0
    for text in sentences:
        tokens = [Token(w, 0, 0, "latn") for w in text.split()]
        for k, tok in enumerate(tokens):
            if tok.text[:1].isupper():
                kept += plain(tokens, k)
                assert _kept_as_name(tokens, k) == plain(tokens, k), (text, tok.text)
    assert kept >= 6  # names alone and with a neighbour are among them


def _reference_to_devanagari(words: list[str | None]) -> list[str | None]:
    """to_devanagari as first written: every word's right neighbour made beforehand."""
    from ghatna.pipeline import backtranslit
    from ghatna.pipeline.romanlex import hindi_candidates

    cands = [hindi_candidates(w) if w else () for w in words]
    rights = [options[0].word if options else None for options in cands[1:]] + [None]
    out: list[str | None] = []
    left: str | None = None
    for i, (word, options, right) in enumerate(zip(words, cands, rights, strict=True)):
        if not options:
            left = None
        elif len(options) == 1:
            left = options[0].word
        else:
            assert word is not None
            left = backtranslit._best(word, left, right, i == 0)
        out.append(left)
    standard = backtranslit.colloquial_forms()
    return [standard.get(w, w) if w else None for w in out]


def test_the_readings_of_a_sentence_are_the_plain_left_to_right_readings() -> None:
    from ghatna.pipeline.backtranslit import to_devanagari

    sentences = ["main kal ghar par tha", "police ne unhe jail me dal diya", "wo to sir ke sath hai",
                 "sarkar ne kaha ki log ghar par rahe", "ye mat karo main", "kal",
                 "unhone dal diya", "bal ki kami hai", "wo hai sath", "hamare ki bharatiya",
                 # colloquial readings (पे -> पर) standardised in the output, not as context
                 "ghar pe main tha", "wo pe hai", "chhat pe ke sath"]
    for text in sentences:
        words: list[str | None] = [w if w != "jail" else None for w in text.split()]
        assert to_devanagari(words) == _reference_to_devanagari(words), text


def _edit_distance(a: str, b: str) -> int:
    """Levenshtein distance, the full table (as romanlex computed it before session 14)."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def test_a_bounded_distance_is_the_distance_or_one_past_the_limit() -> None:
    from ghatna.pipeline.romanlex import distance_within

    rng = random.Random(3)
    close = far = 0
    for _ in range(20000):
        a = "".join(rng.choice("abkhm") for _ in range(rng.randint(0, 8)))
        b = "".join(rng.choice("abkhm") for _ in range(rng.randint(0, 8)))
        limit = rng.randint(0, 3)
        plain = _edit_distance(a, b)
        close += plain <= limit
        far += plain > limit
        assert distance_within(a, b, limit) == min(plain, limit + 1), (a, b, limit)
    assert close > 1000 and far > 1000


# --- the romanized-sentence test asks the names only of the words that can decide -----------

def _tokens_of(pieces: list[str]) -> list:
    """Tokens of a sentence written as pieces; a piece "-" is glued to both neighbours (a
    hyphenated word: "de-facto"), every other piece stands apart."""
    from ghatna.data import Script, Token

    tokens, at = [], 0
    for i, piece in enumerate(pieces):
        glued = piece == "-" or (i > 0 and pieces[i - 1] == "-")
        at += 0 if glued or i == 0 else 1
        script: Script = "punct" if piece == "-" else "latn"
        tokens.append(Token(piece, at, at + len(piece), script))
        at += len(piece)
    return tokens


def test_the_romanized_sentence_test_answers_as_testing_every_word_for_a_name() -> None:
    from ghatna.pipeline.langtag import _looks_romanized_without_names, _name_or_fragment
    from ghatna.pipeline.romanized import looks_romanized_hindi

    def plain(tokens: list, latin: list[int]) -> bool:
        words = [tokens[k].text for k in latin]
        return looks_romanized_hindi(words) and looks_romanized_hindi(
            [tokens[k].text for k in latin if not _name_or_fragment(tokens, k)])

    # Hindi-only words, the same words capitalised where the entity lists know them as
    # names ("Gaya", "Puri"), English words, names, and hyphens that make fragments
    pool = ["ne", "ko", "kiya", "hai", "aur", "gaya", "Gaya", "Puri", "puri", "Aap", "the",
            "police", "met", "arrest", "Putin", "Delhi", "Modi", "de", "facto", "-", "Ne"]
    rng = random.Random(11)
    outcomes: dict[tuple[bool, int], int] = {}
    for _ in range(4000):
        pieces = [rng.choice(pool) for _ in range(rng.randint(1, 9))]
        while pieces and pieces[0] == "-" or pieces and pieces[-1] == "-":
            pieces = pieces[1:] if pieces[0] == "-" else pieces[:-1]
        tokens = _tokens_of(pieces)
        latin = [k for k, tok in enumerate(tokens) if tok.script == "latn"]
        if not latin:
            continue
        want = plain(tokens, latin)
        words = [tokens[k].text for k in latin]
        assert _looks_romanized_without_names(tokens, latin, words) == want, pieces
        kept_hits = sum(1 for k in latin if tokens[k].text.lower() in romanized.hand_hindi_words()
                        and not _name_or_fragment(tokens, k))
        outcomes[want, min(kept_hits, 2)] = outcomes.get((want, min(kept_hits, 2)), 0) + 1
    # every branch was taken: no kept Hindi word, one (the word count decides, both ways),
    # two or more (romanized, or not when the whole sentence fails the first test)
    assert {(False, 0), (True, 1), (False, 1), (True, 2)} <= set(outcomes), outcomes


def test_between_readings_that_score_the_same_the_first_wins_as_with_max() -> None:
    # words whose two best readings tie (same frequency, no spelling bonus): "may" मय / माय
    from ghatna.pipeline import backtranslit
    from ghatna.pipeline.romanized import hand_lexicon
    from ghatna.pipeline.romanlex import hindi_candidates, spelt_alike

    tied = []
    for word in sorted(hand_lexicon()):
        cands = hindi_candidates(word)
        scores = [c.zipf + (backtranslit.SPELLING_BONUS if c.word in spelt_alike(word) else 0.0)
                  for c in cands]
        if len(cands) > 1 and scores.count(max(scores)) > 1:
            tied.append(word)
            for first in (False, True):
                want = _reference_best(word, None, None, first)
                assert backtranslit._best(word, None, None, first) == want, word
    assert tied  # the lexicon does have such words
