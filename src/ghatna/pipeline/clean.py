"""Stage 1, clean: normalise Unicode and strip scraping debris, keeping a map to the raw input.

What goes: markdown images and link targets, HTML tags and entities, "यह भी पढ़ें" / "Also
Read" lines, agency tags such as ``(आईएएनएस)`` or ``(PTI)``, and a closing desk-initials line
such as ``एमएस/डीकेपी``. Characters are folded as :data:`ghatna.resources.CHAR_TABLE` says
(nukta, chandrabindu, zero-width joiners) and clusters are composed to NFC.

``doc.offset_map[i]`` is the raw offset of ``doc.text[i]`` (with one extra entry for the end),
so any span found later can be reported against the text the user gave.
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

from ..data import Document
from ..resources import CHAR_TABLE, load_table
from .base import Stage

_MARKDOWN_IMAGE = r"!\[[^\]\n]*\]\([^)\n]*\)"
_MARKDOWN_LINK_TARGET = r"(?<=\])\([^)\s]*\)"
_HTML_TAG = r"<(?:script|style)\b[^>]*>.*?</(?:script|style)>|<!--.*?-->|</?[A-Za-z][^>\n]{0,500}>"
_DESK_LINE = (
    r"^[ \t]*(?:[\u0900-\u097F]{1,8}(?:[ \t]*/[ \t]*[\u0900-\u097F]{1,8})+"
    r"|[A-Za-z]{1,5}(?:[ \t]*/[ \t]*[A-Za-z]{1,5})+|[–—-]+)[ \t]*$"
)
_HTML_ENTITY = r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,30});"


# base consonant -> its precomposed nukta letter, so patterns accept every spelling.
_NUKTA_FORMS = {base: chr(code) for code, base in CHAR_TABLE.items()
                if 0x0958 <= code <= 0x095F and isinstance(base, str)}


def _spelling_tolerant(literal: str) -> str:
    """A regex for ``literal`` that also accepts nukta and chandrabindu spellings of it."""
    folded = literal.translate(CHAR_TABLE)
    parts: list[str] = []
    for ch in folded:
        if ch in _NUKTA_FORMS:
            parts.append(f"(?:{ch}\u093C?|{_NUKTA_FORMS[ch]})")
        elif ch == "\u0902":
            parts.append("[\u0901\u0902]")
        else:
            parts.append(re.escape(ch))
    return "".join(parts)


def _agency_pattern() -> str:
    names = sorted({row["tag"] for row in load_table("agencies.tsv")}, key=len, reverse=True)
    alternation = "|".join(_spelling_tolerant(n) for n in names)
    return rf"\(\s*(?:{alternation})\s*\)"


def _readmore_pattern() -> str:
    starts = sorted({row["line_start"] for row in load_table("boilerplate.tsv")}, key=len,
                    reverse=True)
    alternation = "|".join(_spelling_tolerant(s) for s in starts)
    return rf"^[ \t*#>-]*(?:{alternation})[^\n]*$"


class Clean(Stage):
    """Normalise and strip debris; fill ``doc.text`` and ``doc.offset_map``."""

    name = "clean"

    def __init__(self) -> None:
        self._debris = re.compile(
            "|".join(f"(?:{p})" for p in (
                _MARKDOWN_IMAGE, _MARKDOWN_LINK_TARGET, _HTML_TAG, _readmore_pattern(),
                _DESK_LINE, _agency_pattern(),
            )),
            re.DOTALL | re.IGNORECASE | re.MULTILINE,
        )
        self._entity = re.compile(_HTML_ENTITY)

    def process(self, doc: Document) -> Document:
        text, offsets = clean_text(doc.raw, self._debris, self._entity)
        doc.text = text
        doc.offset_map = offsets
        return doc


def clean_text(raw: str, debris: re.Pattern[str], entity: re.Pattern[str]) -> tuple[str, list[int]]:
    """The cleaned text and its offset map (see module docstring)."""
    out: list[str] = []
    offsets: list[int] = []
    pos = 0
    for match in debris.finditer(raw):
        _emit(raw, pos, match.start(), out, offsets, entity)
        # A removed piece becomes one space so that words on either side stay apart.
        out.append(" ")
        offsets.append(match.start())
        pos = match.end()
    _emit(raw, pos, len(raw), out, offsets, entity)
    offsets.append(len(raw))
    return "".join(out), offsets


def _emit(raw: str, start: int, end: int, out: list[str], offsets: list[int],
          entity: re.Pattern[str]) -> None:
    """Copy raw[start:end] folding characters and decoding entities, recording offsets."""
    pos = start
    for match in entity.finditer(raw, start, end):
        _emit_chars(raw, pos, match.start(), out, offsets)
        decoded = html.unescape(match.group()).translate(CHAR_TABLE)
        for ch in decoded:
            out.append(ch)
            offsets.append(match.start())
        pos = match.end()
    _emit_chars(raw, pos, end, out, offsets)


def _emit_chars(raw: str, start: int, end: int, out: list[str], offsets: list[int]) -> None:
    chunk = raw[start:end]
    if chunk.isascii():
        out.append(chunk)
        offsets.extend(range(start, end))
        return
    folded = _fold_composed(chunk, start)
    if folded is not None:
        out.append(folded[0])
        offsets.extend(folded[1])
        return
    # Compose per cluster (a base character with its combining marks) so that offsets of
    # unchanged characters stay exact and a recomposed cluster maps to its first character.
    i = start
    while i < end:
        j = i + 1
        while j < end and unicodedata.combining(raw[j]):
            j += 1
        cluster = raw[i:j]
        if j - i > 1:
            cluster = unicodedata.normalize("NFC", cluster)
        for ch in cluster.translate(CHAR_TABLE):
            out.append(ch)
            offsets.append(i)  # spans start and end on cluster boundaries
        i = j


# the fast path assumes folding maps a character to at most one
_ONE_TO_ONE = all(v is None or len(v) == 1 for v in CHAR_TABLE.values())


@lru_cache(maxsize=4096)
def _is_mark(ch: str) -> bool:
    return unicodedata.combining(ch) != 0


@lru_cache(maxsize=256)
def _mark_runs(marks: frozenset[str]) -> re.Pattern[str]:
    """A run of the given combining marks (the few a text uses: virama, nukta, ...)."""
    return re.compile("[" + re.escape("".join(sorted(marks))) + "]+")


_DROPPED = re.compile("[" + re.escape("".join(chr(c) for c, v in CHAR_TABLE.items() if v is None))
                      + "]")
# any character CHAR_TABLE folds or drops: a chunk without one is its own folding (one regex
# scan in C instead of a dictionary look-up per character in translate)
_FOLDED = re.compile("[" + re.escape("".join(chr(c) for c in CHAR_TABLE)) + "]")


def _fold_composed(chunk: str, start: int) -> tuple[str, list[int]] | None:
    """What the per-cluster loop of _emit_chars gives, computed on the whole chunk, for text
    already in NFC (almost all news): folding maps one character to at most one, and each
    character of a cluster (a base and its combining marks) maps to the cluster's start.
    None where the chunk needs composing."""
    if not _ONE_TO_ONE or not chunk or not unicodedata.is_normalized("NFC", chunk):
        return None
    offsets = list(range(start, start + len(chunk)))
    marks = frozenset(filter(_is_mark, set(chunk)))
    for match in _mark_runs(marks).finditer(chunk) if marks else ():
        first, end = match.span()
        base = first if first == 0 else first - 1  # a leading mark is its own cluster
        offsets[base + 1:end] = [start + base] * (end - base - 1)
    dropped = [m.start() for m in _DROPPED.finditer(chunk)]
    if dropped:
        kept: list[int] = []
        previous = 0
        for at in dropped:
            kept.extend(offsets[previous:at])
            previous = at + 1
        kept.extend(offsets[previous:])
        offsets = kept
    # the few folded characters replaced where they stand (translate looks up every one)
    return _FOLDED.sub(_fold_match, chunk), offsets


_FOLDS = {chr(c): v or "" for c, v in CHAR_TABLE.items()}  # CHAR_TABLE as str.translate reads it


def _fold_match(match: re.Match[str]) -> str:
    return _FOLDS[match[0]]
