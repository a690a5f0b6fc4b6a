"""Stage 2, segment: paragraphs, sentences and tokens with their script.

A sentence ends at ``।``, ``॥``, ``?``, ``!`` or a ``.`` followed by space, unless the word
before the full stop is an initial (a single Latin letter ``U.`` or a Devanagari letter name ``एस.``) or a listed
abbreviation (``डॉ.``, ``Feb.``, resources/abbreviations.tsv). A line break always ends a
sentence: scraped news puts one paragraph per line.

A "sentence" longer than :data:`MAX_SENTENCE_TOKENS` (text without full stops: a scraped list,
a run-on transcript) is cut into pieces of at most that many tokens, at a comma or semicolon
where one is near the end, so that every later stage, whose work per sentence grows with the
square of its length (roles, clauses, dates), stays linear in the length of the document. The
longest sentence of the annotated corpora has 170 tokens.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..data import Document, Script, Sentence, Token
from ..resources import WORD_RE, is_devanagari, load_table, normalize, word_class
from .base import Stage


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    return frozenset(normalize(r["abbreviation"]) for r in load_table("abbreviations.tsv"))


_LATIN_LETTER = re.compile(r"[A-Za-z\u00C0-\u024F]")
_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=65536)
def token_script(text: str) -> Script:
    """deva | latn | mixed | digit | punct (memoised: news repeats its words)."""
    has_deva = is_devanagari(text)
    has_latn = _LATIN_LETTER.search(text) is not None
    if has_deva and has_latn:
        return "mixed"
    if has_deva:
        return "deva"
    if has_latn:
        return "latn"
    if _DIGIT.search(text):
        return "digit"
    return "punct"


#: The most tokens one sentence may have (see the module docstring).
MAX_SENTENCE_TOKENS = 400
_SOFT_BREAKS = frozenset({",", ";", ":", "|"})


def is_initial(word: str) -> bool:
    """A single Latin letter (``U``, ``S``). Devanagari initials (एस, डी) are listed in
    abbreviations.tsv: a rule on syllable length would also swallow verbs like ``की.``."""
    return len(word) == 1 and word.isalpha() and word.isascii()


class Segment(Stage):
    """Fill ``doc.sentences`` with tokens; sentences never cross a line break."""

    name = "segment"
    requires = ("clean",)

    def process(self, doc: Document) -> Document:
        doc.sentences = segment_text(doc.text)
        return doc


def segment_text(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    abbrev = abbreviations()
    paragraph = 0
    line_start = 0
    enders = word_class("sentence_end")
    for line in text.split("\n"):
        tokens = _line_tokens(line, line_start)
        if tokens:
            first = 0  # the line's sentences end after a full stop or an ender that ends one
            for i in [i for i, tok in enumerate(tokens) if tok.text == "." or tok.text in enders]:
                if _ends_sentence(tokens, i, text, abbrev):
                    sentences.extend(_make(piece, paragraph) for piece in _bounded(tokens[first:i + 1]))
                    first = i + 1
            if first < len(tokens):
                sentences.extend(_make(piece, paragraph) for piece in _bounded(tokens[first:]))
            paragraph += 1
        line_start += len(line) + 1
    return [s for s in sentences if any(t.script != "punct" for t in s.tokens)]


def _line_tokens(line: str, offset: int) -> list[Token]:
    """The tokens of one line, their offsets in the text (one loop, no call per token but the
    memoised script test: segmenting is a hot path)."""
    script = token_script
    tokens = []
    for match in WORD_RE.finditer(line):
        text = match.group()
        start = offset + match.start()
        tokens.append(Token(text, start, start + len(text), script(text)))
    return tokens


def _bounded(tokens: list[Token], limit: int = MAX_SENTENCE_TOKENS) -> list[list[Token]]:
    """A too long sentence as pieces of at most ``limit`` tokens, each ending after a comma or
    semicolon in the last quarter of its window when there is one."""
    if len(tokens) <= limit:
        return [tokens]
    pieces: list[list[Token]] = []
    start = 0
    while len(tokens) - start > limit:
        end = start + limit
        for i in range(end - 1, end - limit // 4, -1):
            if tokens[i].text in _SOFT_BREAKS:
                end = i + 1
                break
        pieces.append(tokens[start:end])
        start = end
    pieces.append(tokens[start:])
    return pieces


def _make(tokens: list[Token], paragraph: int) -> Sentence:
    return Sentence(start=tokens[0].start, end=tokens[-1].end, tokens=tokens, paragraph=paragraph)


def ends_with_stop(tokens: list[Token]) -> bool:
    """Does this sentence end with a full stop or another sentence end? A headline does not."""
    return bool(tokens) and (tokens[-1].text == "." or tokens[-1].text in word_class("sentence_end"))


def _ends_sentence(tokens: list[Token], i: int, text: str, abbrev: frozenset[str]) -> bool:
    tok = tokens[i]
    if tok.text in word_class("sentence_end"):
        # "?!" or "।।" run: end after the last one.
        return i + 1 >= len(tokens) or tokens[i + 1].text not in word_class("sentence_end")
    if tok.text != ".":
        return False
    glued_prev = i > 0 and tokens[i - 1].end == tok.start
    if glued_prev:
        prev = tokens[i - 1].text
        if tokens[i - 1].script in ("latn", "deva") and (is_initial(prev) or normalize(prev) in abbrev):
            return False
    if i + 1 < len(tokens) and tokens[i + 1].start == tok.end:
        # "U.S", "3.5", "..." : no space after the dot. Scraped Hindi news also loses the
        # space between two sentences ("...किया.अहमदाबाद में..."): a full stop glued between
        # two Devanagari words, the first no initial or abbreviation, still ends one.
        return glued_prev and tokens[i - 1].script == "deva" and tokens[i + 1].script == "deva"
    return not (i + 1 < len(tokens) and tokens[i + 1].text in (".", ","))
