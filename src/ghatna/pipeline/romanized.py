"""Romanized Hindi: is a Latin-script word Hindi ("kiya", "sarkar") or English ("arrest")?

Hinglish writes Hindi in Latin script ("Police ne protesters ko arrest kiya"), so the script
alone does not tell the language of a Latin token. The classifier here works offline and is
built only from this package's own resources, in this order:

1. a hand-written lexicon, ``resources/romanized_hindi.tsv``: frequent romanized Hindi words
   and their spelling variants, frequent English words of Hinglish text, and words that are
   both ("to" = तो / to), whose reading the neighbouring words decide
   (:func:`tag_latin_tokens`);
2. English words of our English resources (predicate patterns and examples, verb forms,
   codemix, titles, groups, function words, country names and adjectives);
3. Hindi words of our Devanagari resources (function words, codemix, predicate patterns,
   verb forms, groups, titles, pronouns, ...), transliterated to Hinglish spelling
   (:func:`romanize`); looked up through a :func:`skeleton` that folds spelling variation
   (``nahiin``/``nahin``, ``woh``/``voh``, ``kiya``/``kia``, ``zyada``/``jyada``);
4. for any other word, a naive Bayes model over character 2-4-grams (``make train``: every
   Latin spelling of wordfreq's Hindi words and our own, chat spellings included, against
   wordfreq's English words; ``romanized_ngrams.tsv``), equal priors.

Everything is built at the first call that needs it (about 0.3 s) and cached; the hand lexicon
alone (:func:`hand_hindi_words`, used by the langtag stage to decide whether a sentence is
worth classifying) loads in a few milliseconds.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from ..rescache import compiled
from ..resources import DEVANAGARI_LETTERS, load_table, normalize, split_multi
from . import latin_lid, romanlex
from .latin_spelling import (
    chat_spellings,
    coarse_key,
    romanize,
    single_letters,
    skeleton,
    speller_variants,
)

__all__ = ["coarse_key", "romanize", "skeleton", "speller_variants"]

LEXICON_FILE = "romanized_hindi.tsv"
HI, EN = "hi", "en"
#: Character n-gram orders of the naive Bayes fallback.
NGRAM_ORDERS = (2, 3, 4)
#: Add-alpha smoothing of the n-gram counts.
SMOOTHING = 0.5
#: Sentence tagging (:func:`tag_latin_tokens`): the cost of a language switch between two
#: words, and the evidence of a reading for its language (:func:`evidence`): a sure reading
#: (never overruled), a word both languages have, and for a word no list knows its letters'
#: log-odds times NGRAM_WEIGHT plus UNKNOWN_PRIOR (chosen on our development sets and
#: HingLID's validation split, bench/langid_dev.py; flat between 0.5 and 1.5).
SWITCH_COST = 1.0
SURE_EVIDENCE = 100.0
AMBIGUOUS_EVIDENCE = 0.5
NGRAM_WEIGHT = 1.0
UNKNOWN_PRIOR = 1.0
#: Zipf points by which a word's Hindi reading must outrank its English one (a factor of 10:
#: English words typed in Hinglish are mostly loanwords that Hindi also writes, "film").
LOAN_MARGIN = 1.0
#: Within this many Zipf points of the margin, the neighbours decide.
CONTESTED = 1.0
#: Zipf points taken off a Hindi reading of a word that English also has when the word is not
#: one of the reading's own spellings but only shares its spelling key ("couch" ~ kuch, "thick"
#: ~ thik: a skeleton collision, level 1) or its loose key ("mean" ~ mein, "value" ~ wale,
#: level 2): people who type the Hindi word do not spell it that way, so the English word's
#: frequency should win.
SKELETON_PENALTY = 1.5
LOOSE_PENALTY = 3.0

_LATIN_WORD = re.compile(r"[a-z]+")
_DEVANAGARI_WORD = re.compile(DEVANAGARI_LETTERS + "+")
_DOUBLE = re.compile(r"(.)\1+")


# ---------------------------------------------------------------------------------------
# word lists
# ---------------------------------------------------------------------------------------

@compiled("romanized_hand_lexicon")
def hand_lexicon() -> dict[str, tuple[str, ...]]:
    """``romanized_hindi.tsv``: word -> its languages, the reading out of context first."""
    lexicon: dict[str, tuple[str, ...]] = {}
    for row in load_table(LEXICON_FILE):
        langs = tuple(lang for lang in split_multi(row["lang"]) if lang in (HI, EN))
        if langs:
            lexicon.setdefault(row["word"].lower(), langs)
    return lexicon


@lru_cache(maxsize=1)
def hand_hindi_words() -> frozenset[str]:
    """Words of the hand lexicon that are only Hindi ("kiya", "hai", "nahi")."""
    return frozenset(w for w, langs in hand_lexicon().items() if langs == (HI,))


def _latin_words(text: str) -> list[str]:
    return _LATIN_WORD.findall(text.lower())


def _deva_words(text: str) -> list[str]:
    return _DEVANAGARI_WORD.findall(text)


def _pattern_words(pattern: str) -> list[str]:
    return [w for tok in pattern.split() for alt in tok.lstrip("~").split("/")
            for w in re.split(r"[_\s]+", alt) if w and w != "*"]


#: (file, column) of resources whose Latin-script cells are English words (rows with a lang
#: column only where it is English; places only the country names).
ENGLISH_COLUMNS = (
    ("codemix.tsv", "english"), ("titles.tsv", "surface"), ("discourse.tsv", "word"),
    ("case_markers.tsv", "marker"), ("locatives.tsv", "marker"), ("pronouns.tsv", "surface"),
    ("calendar.tsv", "surface"), ("tense_markers.tsv", "marker"),
    ("boilerplate.tsv", "line_start"), ("groups.tsv", "name"), ("groups.tsv", "surface"),
    ("function_words.tsv", "word"), ("country_adjectives.tsv", "surface"), ("places.tsv", "name"),
)


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """English words of our English resources, lower-case."""
    words: set[str] = set()

    def add(text: str) -> None:
        words.update(_latin_words(text))

    for row in load_table("predicates_en.tsv"):
        for w in _pattern_words(row["pattern"]):
            add(w)
        # lower-case words of the example sentences: English vocabulary, no names
        words.update(w for w in re.findall(r"[A-Za-z]+", row["example"]) if w.islower())
    for row in load_table("verb_forms_en.tsv"):
        add(row["form"])
        add(row["class"].replace("_", " "))
    for name, column in ENGLISH_COLUMNS:
        for row in load_table(name):
            if row.get("lang") in (EN, None) and not _deva_words(row[column]) and (
                    name != "places.tsv" or row["kind"] == "country"):
                add(row[column])
    words.update(w for w, langs in hand_lexicon().items() if langs[0] == EN)
    return frozenset(w for w in words if len(w) > 1 or w in ("a", "i"))


@lru_cache(maxsize=1)
def _hindi_sources() -> tuple[frozenset[str], frozenset[str]]:
    """(Devanagari words read as vocabulary, Devanagari words seen only in names/examples)."""
    vocab: set[str] = set()
    other: set[str] = set()
    for row in load_table("function_words.tsv"):
        vocab.update(_deva_words(row["word"]))
    for row in load_table("codemix.tsv"):
        vocab.update(_deva_words(row["hindi"]))
    for row in load_table("predicates_hi.tsv"):
        vocab.update(_deva_words(row["pattern"]))
        other.update(_deva_words(row["example"]))
    for row in load_table("verb_forms_hi.tsv"):
        vocab.update(_deva_words(row["form"]))
        vocab.update(_deva_words(row["class"]))
    for name, column in (("groups.tsv", "surface"), ("titles.tsv", "surface"),
                         ("discourse.tsv", "word"), ("case_markers.tsv", "marker"),
                         ("locatives.tsv", "marker"), ("pronouns.tsv", "surface"),
                         ("calendar.tsv", "surface"), ("tense_markers.tsv", "marker")):
        for row in load_table(name):
            if name == "tense_markers.tsv" and row.get("kind") != "word":
                continue
            vocab.update(_deva_words(row[column]))
    for row in load_table("person_names.tsv"):
        other.update(_deva_words(row["surface"]))
    return frozenset(vocab), frozenset(other - vocab)


@lru_cache(maxsize=1)
def generated_hindi() -> frozenset[str]:
    """Romanized forms of the Devanagari vocabulary of our resources (no names)."""
    vocab, _ = _hindi_sources()
    return frozenset(form for word in vocab for form in romanize(word) if len(form) > 1)


# ---------------------------------------------------------------------------------------
# the classifier
# ---------------------------------------------------------------------------------------

def _ngrams(word: str) -> list[str]:
    padded = f"<{word}>"
    return [padded[i:i + n] for n in NGRAM_ORDERS for i in range(len(padded) - n + 1)]


@dataclass(frozen=True)
class NgramModel:
    """Naive Bayes over character n-grams, two classes, equal priors."""

    log_odds: dict[str, float]   # log P(g | hi) - log P(g | en) for every seen n-gram
    unseen: float                # the same for an n-gram neither list has

    @classmethod
    def train(cls, hindi: set[str] | frozenset[str],
              english: set[str] | frozenset[str]) -> NgramModel:
        counts = {HI: Counter(g for w in hindi for g in _ngrams(w)),
                  EN: Counter(g for w in english for g in _ngrams(w))}
        vocab = set(counts[HI]) | set(counts[EN])
        totals = {lang: sum(c.values()) + SMOOTHING * (len(vocab) + 1) for lang, c in counts.items()}
        log_odds = {g: math.log((counts[HI][g] + SMOOTHING) / totals[HI])
                    - math.log((counts[EN][g] + SMOOTHING) / totals[EN]) for g in vocab}
        unseen = math.log(SMOOTHING / totals[HI]) - math.log(SMOOTHING / totals[EN])
        return cls(log_odds, unseen)

    @classmethod
    def load(cls) -> NgramModel:
        """The letter model that ``make train`` builds from the generated lexicons
        (``romanized_ngrams.tsv``: every spelling of wordfreq's Hindi words, chat spellings
        included, against wordfreq's English words)."""
        log_odds = romanlex.ngram_log_odds()
        return cls(log_odds, log_odds.pop(romanlex.UNSEEN_NGRAM))

    def score(self, word: str) -> float:
        """Mean log-odds per n-gram that ``word`` is Hindi (> 0: Hindi)."""
        grams = _ngrams(word)
        return sum(self.log_odds.get(g, self.unseen) for g in grams) / max(1, len(grams))


@dataclass(frozen=True)
class _Lexicons:
    english: frozenset[str]
    hindi: frozenset[str]
    hindi_skeletons: frozenset[str]
    model: NgramModel


@compiled("romanized_lexicons")
def _lexicons() -> _Lexicons:
    hand = hand_lexicon()
    english = english_words()
    hand_hindi = {w for w, langs in hand.items() if langs[0] == HI}
    hindi = (generated_hindi() | hand_hindi) - (english - hand_hindi)
    skeletons = frozenset(skeleton(w) for w in hindi)
    return _Lexicons(english=english, hindi=frozenset(hindi), hindi_skeletons=skeletons,
                     model=NgramModel.load())


@dataclass(frozen=True)
class WordReading:
    """How one word was read: ``langs`` (one, or two for an ambiguous word, the default first),
    ``score`` (> 0 Hindi, < 0 English, 1 for a sure lexicon answer), ``source``."""

    langs: tuple[str, ...]
    score: float
    source: str

    @property
    def lang(self) -> str:
        return self.langs[0]


@lru_cache(maxsize=1 << 16)
def read_word(word: str) -> WordReading:
    """Classify one token without context (see the module docstring for the order)."""
    lower = word.lower()
    if _DEVANAGARI_WORD.search(word):
        return WordReading((HI,), 1.0, "script")
    letters = "".join(_LATIN_WORD.findall(lower))
    if not letters:
        return WordReading((EN,), -1.0, "no-letters")
    lex = hand_lexicon()
    if letters in lex:
        langs = lex[letters]
        if len(langs) > 1:
            return WordReading(langs, 0.0, "ambiguous")
        return WordReading(langs, 1.0 if langs[0] == HI else -1.0, "hand")
    elongated = _DOUBLE.sub(_twice, letters)  # "yaaaar" -> "yaar", "pleeease" -> "pleease"
    for form in (letters, elongated, single_letters(letters)):
        if form in lex and len(lex[form]) == 1:
            langs = lex[form]
            return WordReading(langs, 1.0 if langs[0] == HI else -1.0, "hand")
    frequent = _frequency_reading(letters)
    if frequent is not None:
        return frequent
    lexicons = _lexicons()
    if letters in lexicons.english or elongated in lexicons.english:
        return WordReading((EN,), -1.0, "english")
    if letters in lexicons.hindi:
        return WordReading((HI,), 1.0, "hindi")
    if skeleton(letters) in lexicons.hindi_skeletons:
        return WordReading((HI,), 0.9, "skeleton")
    english = _english_shape(letters)
    if english is not None:
        return english
    score = lexicons.model.score(letters)
    return WordReading((HI,) if score > 0 else (EN,), score, "ngram")


def _twice(match: re.Match[str]) -> str:
    """A run's character twice (``sub(_twice, ...)`` is ``sub(r"\\1\\1", ...)``, without the
    template's cost: see :func:`.latin_spelling.first_group`)."""
    return match.group(1) * 2


#: An English stem (:func:`_english_shape`) must be this frequent (Zipf) and this long.
STEM_ZIPF = 3.0
MIN_STEM = 3


def _english_shape(letters: str) -> WordReading | None:
    """English for a word no list knows when it is a frequent English word with an English
    ending ("overthinking", "retweeted": ``english_suffixes.tsv``) or two frequent English
    words run together, as hashtags write them ("staysafe", "goodmorning"); source
    "morphology". None otherwise: the letters decide."""
    for suffix, stem in english_suffixes():
        if letters.endswith(suffix) and len(letters) - len(suffix) >= MIN_STEM - len(stem):
            base = letters[: -len(suffix)] + stem
            forms = [base, base[:-1]] if len(base) > MIN_STEM and base[-1] == base[-2] else [base]
            if any(_english_word(form) for form in forms):
                return WordReading((EN,), -1.0, "morphology")
    for cut in range(MIN_STEM, len(letters) - MIN_STEM + 1):
        if _english_word(letters[:cut]) and _english_word(letters[cut:]):
            return WordReading((EN,), -1.0, "morphology")
    return None


def _english_word(word: str) -> bool:
    """A frequent English word that is not also a Hindi word (by its reading alone)."""
    if len(word) < MIN_STEM or romanlex.english_zipf(word) < STEM_ZIPF:
        return False
    reading = read_word(word)
    return reading.langs == (EN,) and reading.source in ("hand", "frequency", "english")


@lru_cache(maxsize=1)
def english_suffixes() -> tuple[tuple[str, str], ...]:
    """``english_suffixes.tsv``: (ending, stem replacement), longest ending first."""
    rows = [(row["suffix"], row["stem"] or "") for row in load_table("english_suffixes.tsv")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def _frequency_reading(letters: str) -> WordReading | None:
    """Hindi when the word's most frequent Hindi reading is well above its English frequency
    (Zipf scale; :data:`LOAN_MARGIN` keeps loanwords typed in English spelling English: "film"
    is फिल्म too); ``source`` "frequency", or "contested" when the two are close enough for the
    neighbours to decide ("to" = तो / to). None when neither list knows the word."""
    english = romanlex.english_zipf(letters)
    hindi = typed_hindi_zipf(letters) if english else romanlex.hindi_zipf(letters)
    if not hindi and not english:
        return None
    score = hindi - english - LOAN_MARGIN
    contested = bool(hindi and english) and abs(score) < CONTESTED
    langs = (HI, EN) if score > 0 else (EN, HI)
    return WordReading(langs if contested else langs[:1], score,
                       "contested" if contested else "frequency")


def typed_hindi_zipf(letters: str) -> float:
    """The frequency of the best Hindi reading of ``letters``, less :data:`SKELETON_PENALTY`
    or :data:`LOOSE_PENALTY` for a reading that ``letters`` is not a spelling of (0 when none)."""
    best = 0.0
    key = _typed_key(letters)
    for cand in romanlex.hindi_candidates(letters):
        if cand.zipf <= best:
            # its penalty only lowers it: it cannot raise the best, so its spellings (the
            # costly part of reading a new word) are not made
            continue
        if key in _spellings(cand.word):
            penalty = 0.0
        else:
            penalty = SKELETON_PENALTY if cand.level == 1 else LOOSE_PENALTY
        best = max(best, cand.zipf - penalty)
    return best


@lru_cache(maxsize=1 << 14)
def _spellings(word: str) -> frozenset[str]:
    """The :func:`_typed_key` of every Latin spelling of a Devanagari word that the spellers
    make (as the lexicon's), chat spellings without inner short "a" included ("krna")."""
    from ..translit import restore_flaps

    word = restore_flaps(word)
    forms = {form for latin in romanize(word) | romanize(word, medial_schwas=True)
             for form in speller_variants(latin)}
    forms.update(chat for form in list(forms) for chat in chat_spellings(form))
    return frozenset(_typed_key(form) for form in forms)


_HARD_C = re.compile(r"c(?!h)")


def _typed_key(word: str) -> str:
    """The :func:`skeleton` of a word, except that a "c" outside "ch" stays itself: people
    who type a Hindi word vary doubled letters, ee/i, w/v, z/j (ज़), q/k (क़), ph/f, but do not
    write क as "c" ("couch", "cart", "care" are English, "kuch", "karte", "kare" Hindi)."""
    return skeleton(_HARD_C.sub("\x03", word))


def latin_token_language(word: str) -> str:
    """``"hi"`` or ``"en"``: the language of one Latin-script word out of context.

    ``latin_token_language("kiya") == "hi"``, ``("arrest") == "en"``, ``("sarkaar") == "hi"``.
    A word that is both ("to", "me") gets its more frequent reading in Hinglish; a token
    without letters is ``"en"``, one with Devanagari ``"hi"``."""
    return read_word(word).lang


def tag_latin_tokens(words: list[str]) -> list[str]:
    """``"hi"``/``"en"`` for each word of one sentence, with context.

    Each word is read as by :func:`latin_token_language`; a word read without doubt keeps its
    reading, even alone among the other language's words (Hinglish inserts English words in
    Hindi sentences: "Please book a cab jaldi se"). A word that both languages have ("to",
    "me", "main") or that no list knows takes the language of the words around it unless its
    own evidence (:func:`evidence`) is strong enough: the sentence's languages are the best
    sequence (Viterbi over two states) that pays :data:`SWITCH_COST` for every switch, so "the
    main road" -> English, "kal main ghar gaya" -> Hindi. Tokens without letters have no say
    and keep their own reading. Then the learned model (:mod:`.latin_lid`, when shipped) may
    overrule the answer for the words not read without doubt."""
    langs = viterbi_tags(words)
    model = latin_lid.load_model()
    if model is None or not words:
        return langs
    readings = [read_word(w) for w in words]
    weights = [evidence(r) for r in readings]
    learned = latin_lid.learned_tags(
        words, lid_readings(readings), langs,
        [w is None or abs(w) >= SURE_EVIDENCE for w in weights], model)
    return [lang if weight is None else guess
            for lang, guess, weight in zip(langs, learned, weights, strict=True)]


def lid_readings(readings: list[WordReading]) -> list[latin_lid.Reading]:
    """The readings as the learned model's features see them."""
    return [latin_lid.Reading(r.lang, r.source, r.score) for r in readings]


def viterbi_tags(words: list[str]) -> list[str]:
    """:func:`tag_latin_tokens` without the learned model: the readings and the Viterbi.
    A name (:func:`is_known_name`) keeps its own reading and has no say over its neighbours'
    language, like a token without letters: "Punjab" is typed the same in Hindi and English."""
    says = [_word_say(w) for w in words]
    langs = iter(_best_sequence([weight for _, weight in says if weight is not None]))
    return [lang if weight is None else next(langs) for lang, weight in says]


@lru_cache(maxsize=1 << 16)
def _word_say(word: str) -> tuple[str, float | None]:
    """A word's own language and its say in the sentence (:func:`evidence`, None for a name
    or a token without letters), memoised per word: both depend on the word alone."""
    reading = read_word(word)
    return reading.lang, None if is_known_name(word) else evidence(reading)


#: Entity kinds whose capitalised Latin names have no say in the sentence's language.
NAME_KINDS = frozenset({"actor", "place", "country"})


@lru_cache(maxsize=1 << 14)
def is_known_name(word: str) -> bool:
    """A capitalised word that the entity lists know as a person, organisation, place or
    country ("Punjab", "Noida", "Putin") and that the hand lexicon does not list as a word."""
    if not word[:1].isupper() or not word.isalpha() or word.lower() in hand_lexicon():
        return False
    from .gazetteer import knowledge_base

    return any(entry.kind in NAME_KINDS for entry in knowledge_base().lookup(normalize(word)))


def evidence(reading: WordReading) -> float | None:
    """What one word's reading says for Hindi (> 0) or English (< 0): :data:`SURE_EVIDENCE`
    for a word read without doubt (a lexicon word that only one language has, a word much
    more frequent in one), so that context never overrules it; a weak
    :data:`AMBIGUOUS_EVIDENCE` for its usual reading for a word that both languages have
    ("to", "is", "main") or whose two frequencies are close; for a word no list knows, its
    letters' log-odds (:class:`NgramModel`) shifted by :data:`UNKNOWN_PRIOR` (romanized Hindi
    has no fixed spelling, English has: a word no list knows is more likely Hindi), times
    :data:`NGRAM_WEIGHT`; None for a token without letters (no say)."""
    if reading.source == "no-letters":
        return None
    sign = 1.0 if reading.lang == HI else -1.0
    if reading.source in ("ambiguous", "contested"):
        return sign * AMBIGUOUS_EVIDENCE
    if reading.source == "ngram":
        return NGRAM_WEIGHT * (reading.score + UNKNOWN_PRIOR)
    return sign * SURE_EVIDENCE


#: Two path scores further apart than this compare the same after rounding (``round(x, 9)``
#: is monotonic and moves a score by at most 0.5e-9), so only closer ones are rounded:
#: ``round`` was the Viterbi's costliest call.
_ROUNDING_SLACK = 1e-8


def _best_sequence(weights: list[float]) -> list[str]:
    """The languages maximising sum(+-w/2) - SWITCH_COST * switches (Viterbi, two states);
    between equally good sequences the one with fewer switches ("what to do": two words that
    lean Hindi do not outvote one switch)."""
    if not weights:
        return []
    if min(weights) >= 0.0:
        # no word leans English: the all-Hindi path scores at least every other path and has
        # no switch, so it is the Viterbi's answer (most romanized sentences: ~60 %)
        return [HI] * len(weights)
    # each state's best score and its switches (counted negative: more is better)
    hi, en = weights[0] / 2, -weights[0] / 2
    hi_switches = en_switches = 0
    back: list[tuple[str, str]] = []  # per word: the state before HI, the state before EN
    slack = _ROUNDING_SLACK
    for w in weights[1:]:
        to_hi, to_en = en - SWITCH_COST, hi - SWITCH_COST  # switching costs the same both ways
        # _not_worse, its clear cases inline (a call per word and state was half the loop)
        gap = hi - to_hi
        hi_stays = gap > slack or (
            gap >= -slack and _not_worse(hi, hi_switches, to_hi, en_switches - 1))
        gap = en - to_en
        en_stays = gap > slack or (
            gap >= -slack and _not_worse(en, en_switches, to_en, hi_switches - 1))
        back.append((HI if hi_stays else EN, EN if en_stays else HI))
        new_hi = (hi, hi_switches) if hi_stays else (to_hi, en_switches - 1)
        new_en = (en, en_switches) if en_stays else (to_en, hi_switches - 1)
        hi, hi_switches = new_hi[0] + w / 2, new_hi[1]
        en, en_switches = new_en[0] + -w / 2, new_en[1]
    lang = HI if _not_worse(hi, hi_switches, en, en_switches) else EN
    path = [lang]
    for before_hi, before_en in reversed(back):
        lang = before_hi if lang == HI else before_en
        path.append(lang)
    return path[::-1]


def _not_worse(score: float, switches: int, other: float, other_switches: int) -> bool:
    """``_rank((score, switches)) >= _rank((other, other_switches))``, rounding only scores
    within :data:`_ROUNDING_SLACK` of each other."""
    gap = score - other
    if gap > _ROUNDING_SLACK:
        return True
    if gap < -_ROUNDING_SLACK:
        return False
    return _rank((score, switches)) >= _rank((other, other_switches))


def _rank(scored: tuple[float, int]) -> tuple[float, int]:
    """A path's score rounded (float sums of the same evidence in another order must tie),
    then its switches (fewer first)."""
    return round(scored[0], 9), scored[1]


def looks_romanized_hindi(words: list[str]) -> bool:
    """Whether a Latin sentence is worth classifying: at least two of its words (or a
    quarter of them) are Hindi-only words of the hand lexicon ("Police ne ... ko ... kiya").
    Cheap: it loads only the hand lexicon, so English text costs nothing more."""
    hits = sum(map(hand_hindi_words().__contains__, map(str.lower, words)))  # loops in C
    return enough_hindi_words(hits, len(words))


def enough_hindi_words(hits: int, words: int) -> bool:
    """:func:`looks_romanized_hindi`'s threshold: ``hits`` Hindi-only words of ``words``."""
    return hits >= 2 or (hits >= 1 and 4 * hits >= words)
