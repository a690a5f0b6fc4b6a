"""Stage 3, langtag: token and sentence languages, and English words read as Hindi.

Hindi news mixes English words into Hindi sentences ("Tuesday को", "रूसी President"), even
inside a Hindi word ("अंतर-Governmentी"). In a Hindi sentence such a word gets, as its
``norm``, the Hindi word it stands for (resources/codemix.tsv), so that every later stage
reads one language. Token languages: ``hi``, ``en``, ``ne`` (a Latin name kept as is) and
``univ`` (digits, punctuation). Document language: ``hi``, ``en`` or ``hi-en``.

Latin script is not always English: in a sentence that reads as romanized Hindi ("Police ne
protesters ko arrest kiya", see :mod:`.romanized`) the Latin tokens the romanized-Hindi
classifier reads as Hindi get ``lang`` ``hi`` (their ``norm`` stays the lower-cased text).
"""

from __future__ import annotations

from functools import lru_cache
from operator import attrgetter

from ..data import ROMANIZED, Document, Sentence, Token, TokenLang
from ..resources import (
    is_devanagari,
    load_table,
    normalize,
    normalize_word,
    tokenize_surface,
    word_class,
)
from .backtranslit import to_devanagari
from .base import Stage
from .gazetteer import knowledge_base
from .romanized import (
    enough_hindi_words,
    hand_hindi_words,
    latin_token_language,
    looks_romanized_hindi,
    tag_latin_tokens,
)

#: Share of Devanagari word tokens from which a sentence counts as Hindi.
HINDI_SHARE = 0.5
MAX_PHRASE = 4


@lru_cache(maxsize=1)
def codemix_table() -> dict[tuple[str, ...], tuple[str, ...]]:
    """English token sequence -> Hindi token sequence."""
    table: dict[tuple[str, ...], tuple[str, ...]] = {}
    for row in load_table("codemix.tsv"):
        english = tokenize_surface(row["english"])
        hindi = tokenize_surface(row["hindi"])
        if english and hindi:
            table.setdefault(english, hindi)
    return table


@lru_cache(maxsize=1)
def codemix_starts() -> frozenset[str]:
    """The first words of the English phrases of :func:`codemix_table`: a word that starts
    none of them starts no phrase, and most English words of a Hindi sentence start none."""
    return frozenset(english[0] for english in codemix_table())


@lru_cache(maxsize=1)
def hindi_grammar_words() -> frozenset[str]:
    """Postpositions and auxiliaries: a sentence that has one is built on Hindi grammar, however
    many English names and words it carries ("Prime Minister Narendra Modi का अभिवादन")."""
    return frozenset(normalize(r["word"]) for r in load_table("function_words.tsv")
                     if r["role"] in ("postposition", "auxiliary")
                     and is_devanagari(r["word"]))


_SCRIPT = attrgetter("script")


def sentence_language(sentence: Sentence) -> str:
    # (the scripts counted in C; the grammar test stops at the first grammar word)
    scripts = list(map(_SCRIPT, sentence.tokens))
    deva = scripts.count("deva") + scripts.count("mixed")
    latn = scripts.count("latn")
    if deva + latn == 0:
        return "univ"
    grammar = hindi_grammar_words()
    if deva and any(normalize_word(tok.text) in grammar for tok in sentence.tokens
                    if tok.script in ("deva", "mixed")):
        return "hi"
    return "hi" if deva / (deva + latn) >= HINDI_SHARE else "en"


class LangTag(Stage):
    """Fill token ``norm``/``lang``, sentence ``lang`` and ``doc.lang``."""

    name = "langtag"
    requires = ("segment",)

    def process(self, doc: Document) -> Document:
        table, starts = codemix_table(), codemix_starts()
        mixed_words = 0
        langs: dict[str, int] = {}
        for sentence in doc.sentences:
            sentence.lang = sentence_language(sentence)
            # an English sentence that is not romanized Hindi has no romanized Hindi word
            # either (the same test decides both): it is not tested twice
            checked = sentence.lang == "en"
            if checked and read_romanized_hindi(sentence):
                sentence.lang, sentence.romanized = "hi", True
                langs[ROMANIZED] = langs.get(ROMANIZED, 0) + len(sentence.tokens)
            langs[sentence.lang] = langs.get(sentence.lang, 0) + len(sentence.tokens)
            if sentence.lang == "hi":
                mixed_words += read_english_as_hindi(sentence, table, starts)
                read_complementizer_spelling(sentence)
            else:
                hindi_latin = set() if checked else romanized_hindi_tokens(sentence)
                for k, tok in enumerate(sentence.tokens):
                    tok.norm = normalize_word(tok.text)
                    tok.lang = "univ" if tok.script in ("punct", "digit") else (
                        "hi" if tok.script == "deva" or k in hindi_latin else "en")
        main = max(("hi", "en"), key=lambda lang: langs.get(lang, 0))
        if main == "hi" and 2 * langs.get(ROMANIZED, 0) > langs.get("hi", 0) > 0:
            doc.lang = ROMANIZED
        elif main == "hi" and (mixed_words or langs.get("en", 0)):
            doc.lang = "hi-en"
        else:
            doc.lang = main if langs else "univ"
        return doc


def read_complementizer_spelling(sentence: Sentence) -> None:
    """"उन्होंने कहा की ...": news Hindi often writes the complementizer कि as की. Right after
    a verb of saying (word class speech_verb) की owns nothing (a genitive follows a noun), so
    it is read as the complementizer (word class complementizer_spelling), and what follows
    is the clause of what was said, with its own subject."""
    spellings, speech = word_class("complementizer_spelling", "hi"), word_class("speech_verb", "hi")
    that = min(word_class("complementizer", "hi"))  # the one Hindi complementizer
    tokens = sentence.tokens
    for k in range(1, len(tokens) - 1):
        if tokens[k].norm in spellings and tokens[k - 1].norm in speech:
            tokens[k].norm = that


def read_romanized_hindi(sentence: Sentence) -> bool:
    """Read a Latin sentence that is romanized Hindi as Hindi ("PM Modi ne Tuesday ko Moscow
    mein ... mulakat ki"): each word tagged Hindi that has a Devanagari reading
    (:mod:`.backtranslit`) gets that reading as its ``norm``, ``lang`` ``hi`` and script
    ``deva``, so that every later stage reads it as it reads Devanagari; the other Latin words
    are then read as English words in a Hindi sentence. False (nothing changed) for a sentence
    that is not romanized Hindi."""
    tokens = sentence.tokens
    latin = [k for k, tok in enumerate(tokens) if tok.script == "latn"]
    words = [tokens[k].text for k in latin]
    if not words or not _looks_romanized_without_names(tokens, latin, words):
        return False
    hindi: list[str | None] = [None] * len(tokens)
    for k, word, lang in zip(latin, words, tag_latin_tokens(words), strict=True):
        if lang == "hi" and not (word[:1].isupper() and _kept_as_name(tokens, k)):
            hindi[k] = word.lower()
    for tok, deva in zip(tokens, to_devanagari(hindi)):
        if deva is not None:
            tok.norm, tok.lang, tok.script = normalize_word(deva), "hi", "deva"
    return True


def _looks_romanized_without_names(tokens: list[Token], latin: list[int],
                                   words: list[str]) -> bool:
    """:func:`.looks_romanized_hindi` of the Latin ``words`` (at indexes ``latin``), and again
    of those that are neither a name nor a fragment (:func:`_name_or_fragment`). The second
    test asks only the Hindi-only words whether they are names (most sentences keep two of
    them, and two decide), and every word only when exactly one is kept (then the number of
    words decides): the same answer as testing every word (a fifth of reading a romanized
    sentence). English sentences stop at the first test, which loops in C."""
    if not looks_romanized_hindi(words):
        return False
    hand_hindi = hand_hindi_words()
    kept_hits = 0
    for k, word in zip(latin, words):
        if word.lower() in hand_hindi and not _name_or_fragment(tokens, k):
            kept_hits += 1
            if kept_hits == 2:  # two decide, whatever the rest
                return True
    if not kept_hits:
        return False
    kept = sum(1 for k in latin if not _name_or_fragment(tokens, k))
    return enough_hindi_words(kept_hits, kept)


def _name_or_fragment(tokens: list[Token], k: int) -> bool:
    """A Latin word that says nothing of the sentence's language: part of a name the entity
    lists know ("Janata" of "Janata Dal") or a piece of a hyphenated word ("de" of
    "de-facto"). An English sentence about Indian parties is no romanized Hindi for them."""
    hyphens = ("-", "\u2010")
    # (a hyphen written against the word: "de-facto"; a spaced dash is punctuation, "din – ...")
    return _kept_as_name(tokens, k) or (
        k > 0 and tokens[k - 1].text in hyphens and tokens[k - 1].end == tokens[k].start) or (
        k + 1 < len(tokens) and tokens[k + 1].text in hyphens
        and tokens[k].end == tokens[k + 1].start)


def _kept_as_name(tokens: list[Token], k: int) -> bool:
    """A capitalised word that the entity lists know in Latin letters
    alone or with a neighbour ("Putin", "Sri Lanka") stays a name, even when a Hindi word is
    spelt the same."""
    if not tokens[k].text[:1].isupper():
        return False
    before = tokens[k - 1].text if k > 0 else None
    after = tokens[k + 1].text if k + 1 < len(tokens) else None
    return _name_with_neighbours(before, tokens[k].text, after)


@lru_cache(maxsize=1 << 16)
def _name_with_neighbours(before: str | None, word: str, after: str | None) -> bool:
    """:func:`_kept_as_name` on the texts of the word and its neighbours (None at a sentence
    edge), memoised: names recur with the same neighbours, and the three joined keys were
    made for every capitalised Hindi-tagged word."""
    text = normalize_word(word)
    return _known_surface(text) or (
        before is not None and _known_surface(f"{normalize_word(before)} {text}")) or (
        after is not None and _known_surface(f"{text} {normalize_word(after)}"))


@lru_cache(maxsize=1 << 16)
def _known_surface(key: str) -> bool:
    """Does the knowledge base list this normalised surface form (memoised per form)?"""
    return bool(knowledge_base().lookup(key))


def romanized_hindi_tokens(sentence: Sentence) -> set[int]:
    """Indexes of the Latin tokens of a non-Hindi sentence that are romanized Hindi ("ne",
    "kiya" in "Police ne protesters ko arrest kiya"); none unless the sentence has Hindi-only
    words of the hand lexicon (so English text is not classified word by word)."""
    words = [tok.text for tok in sentence.tokens if tok.script == "latn"]
    if not words or not looks_romanized_hindi(words):
        return set()
    return {k for k, tok in enumerate(sentence.tokens)
            if tok.script == "latn" and latin_token_language(tok.text) == "hi"}


def read_english_as_hindi(sentence: Sentence, table: dict[tuple[str, ...], tuple[str, ...]],
                          starts: frozenset[str]) -> int:
    """Give English words of a Hindi sentence their Hindi norms; return how many were read.
    ``starts``: the first words of the table's phrases (:func:`codemix_starts`)."""
    tokens = sentence.tokens
    replaced = 0
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        script = tok.script
        if script == "deva":
            # (most words; one already read from romanized Hindi, read_romanized_hindi, stays)
            if not (tok.lang == "hi" and tok.norm):
                tok.norm, tok.lang = normalize_word(tok.text), "hi"
            i += 1
            continue
        tok.norm = normalize_word(tok.text)
        if script in ("punct", "digit"):
            tok.lang = "univ"
        elif script == "mixed":
            tok.norm, tok.lang = _read_glued(tok.text, table)
            replaced += tok.lang == "en"
        else:
            span = _longest_phrase(tokens, i, table) if tok.norm in starts else 0
            if span:
                hindi = table[tuple(normalize_word(t.text) for t in tokens[i:i + span])]
                _assign(tokens[i:i + span], hindi)
                replaced += span
                i += span
                continue
            tok.lang = "ne" if tok.text[:1].isupper() else "en"
        i += 1
    return replaced


def _longest_phrase(tokens: list, i: int, table: dict) -> int:
    for span in range(min(MAX_PHRASE, len(tokens) - i), 0, -1):
        words = tokens[i:i + span]
        if any(t.script != "latn" for t in words):
            continue
        if tuple(normalize_word(t.text) for t in words) in table:
            return span
    return 0


def _assign(words: list, hindi: tuple[str, ...]) -> None:
    """Spread the Hindi tokens over the English ones; extra English tokens read as nothing."""
    for k, tok in enumerate(words):
        tok.lang = "en"
        if len(hindi) == len(words):
            tok.norm = hindi[k]
        elif k == 0:
            tok.norm = " ".join(hindi)
        else:
            tok.norm = ""


def _read_glued(text: str, table: dict[tuple[str, ...], tuple[str, ...]]
                ) -> tuple[str, TokenLang]:
    """"Governmentी" -> ("सरकारी", "en"): a Latin stem with a Devanagari suffix."""
    cut = 0
    while cut < len(text) and not is_devanagari(text[cut]):
        cut += 1
    stem, suffix = text[:cut], text[cut:]
    hindi = table.get((normalize(stem),)) if stem else None
    if hindi and len(hindi) == 1:
        return hindi[0] + normalize(suffix), "en"
    return normalize(text), "hi"
