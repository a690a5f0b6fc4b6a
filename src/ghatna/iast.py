"""Devanagari to IAST, as ``indic_transliteration``'s ``sanscript.transliterate(text,
DEVANAGARI, IAST)`` does it, without importing that library at run time.

The library parses ~90 scheme files when imported (0.1-0.3 s: most of a one-document
``extract`` of a Hindi report that names someone). Its Devanagari-to-IAST tables are read from
it once per package state and kept in the compiled cache (``ghatna.rescache``) with a stamp of
the installed library's files; :func:`to_iast` runs the library's Brahmic-to-Roman algorithm
over them (``sanscript/brahmic_mapper.py``, MIT licence: the longest source token first, an
implicit ``a`` after a consonant not followed by a vowel sign or virama). An upgraded library
gives another stamp, and its tables are read again. ``tests/test_iast.py`` checks the two
agree on every Devanagari word of the resources and on random strings.
"""

from __future__ import annotations

import importlib.util
import os
import re
from functools import cache, lru_cache
from typing import NamedTuple

from .rescache import compiled

_STAMPED = ("sanscript/__init__.py", "sanscript/brahmic_mapper.py",
            "sanscript/schemes/__init__.py", "sanscript/schemes/brahmic/__init__.py")


class IastTables(NamedTuple):
    stamp: tuple[tuple[str, int, int], ...]  # the library files the tables were read from
    vowel_marks: dict[str, str]
    virama: dict[str, str]
    consonants: frozenset[str]
    non_marks_viraama: dict[str, str]
    max_key: int
    swap: str  # a regular expression: a yogavaha then an accent are swapped ("" for none)
    unapply: tuple[tuple[str, str], ...]  # the source scheme's shortcuts
    apply: tuple[tuple[str, str], ...]  # the target scheme's shortcuts


def library_stamp() -> tuple[tuple[str, int, int], ...]:
    """Size and modification time of the installed library's mapping code (no import)."""
    spec = importlib.util.find_spec("indic_transliteration")
    if spec is None or spec.origin is None:
        return ()
    root = os.path.dirname(spec.origin)
    out = []
    for name in _STAMPED:
        try:
            stat = os.stat(os.path.join(root, name))
        except OSError:
            continue
        out.append((name, stat.st_size, stat.st_mtime_ns))
    return tuple(out)


def read_tables() -> IastTables:
    """The library's Devanagari -> IAST scheme map as plain tables (imports the library)."""
    from indic_transliteration import sanscript

    scheme_map = sanscript.SchemeMap(sanscript.SCHEMES[sanscript.DEVANAGARI],
                                     sanscript.SCHEMES[sanscript.IAST])
    source, target = scheme_map.from_scheme, scheme_map.to_scheme
    if source.is_roman or not target.is_roman:  # pragma: no cover - fixed schemes
        raise ValueError("the IAST tables need a Brahmic source and a Roman target scheme")
    swap = ""
    if target.is_roman and scheme_map.accents:
        swap = "([{}])([{}])".format("".join(source["yogavaahas"]), "".join(scheme_map.accents))
    return IastTables(
        stamp=library_stamp(), vowel_marks=dict(scheme_map.vowel_marks),
        virama=dict(scheme_map.virama), consonants=frozenset(scheme_map.consonants),
        non_marks_viraama=dict(scheme_map.non_marks_viraama),
        max_key=scheme_map.max_key_length_from_scheme, swap=swap,
        unapply=tuple(source.get("shortcuts", {}).items()),
        apply=tuple(target.get("shortcuts", {}).items()))


@compiled("iast_tables")
def _cached_tables() -> IastTables:
    return read_tables()


@cache
def tables() -> IastTables:
    """The tables for the installed library: from the compiled cache unless it changed."""
    found = _cached_tables()
    return found if found.stamp == library_stamp() else read_tables()


@cache
def _swap_pattern(swap: str) -> re.Pattern[str]:
    return re.compile(swap)


def _unapply_shortcuts(data: str, shortcuts: tuple[tuple[str, str], ...]) -> str:
    for key, shortcut in shortcuts:
        if shortcut in key:
            data = data.replace(key, shortcut)
        data = data.replace(shortcut, key)
    return data


def _apply_shortcuts(data: str, shortcuts: tuple[tuple[str, str], ...]) -> str:
    for key, shortcut in shortcuts:
        if key in shortcut:
            data = data.replace(shortcut, key)
        data = data.replace(key, shortcut)
    return data


@lru_cache(maxsize=1 << 14)
def to_iast(data: str) -> str:
    """``data`` (Devanagari, anything else passes through) in IAST. Memoised per text
    (bounded): a new romanized word's spellings ask for the same readings again (with and
    without its medial schwas, one text when it has none; a name's Latin form), about a
    third of the calls on romanized news."""
    t = tables()
    data = _unapply_shortcuts(data, t.unapply)
    if t.swap:
        data = _swap_pattern(t.swap).sub("\\2\\1", data)
    return _apply_shortcuts(_brahmic_to_roman(data, t), t.apply)


def _read_token(token: str, t: IastTables) -> tuple[str, bool] | None:
    """What one source token is written as, and whether a pending consonant's implicit ``a``
    goes before it (not before a vowel sign or virama); None for an unknown longer token."""
    if len(token) == 1:
        if token in t.vowel_marks:
            return t.vowel_marks[token], False
        if token in t.virama:
            return t.virama[token], False
        return t.non_marks_viraama.get(token, token), True
    found = t.non_marks_viraama.get(token)
    return None if found is None else (found, True)


def _brahmic_to_roman(data: str, t: IastTables) -> str:
    """The library's ``_brahmic`` for a Roman target scheme: at each position the longest
    token the tables know (a single character always reads, as itself if unknown)."""
    buf: list[str] = []
    had_consonant = False
    i = 0
    while i <= len(data):
        token = data[i:i + t.max_key]
        read = None
        while token:
            read = _read_token(token, t)
            if read is not None:
                break
            token = token[:-1]
        if read is not None:
            if read[1] and had_consonant:
                buf.append("a")
            buf.append(read[0])
            had_consonant = token in t.consonants
            i += len(token)
            continue
        # nothing left to read (a single character always reads): the end of the text
        if had_consonant:
            buf.append(next(iter(t.virama.values())))
        i += 1
    if had_consonant:
        buf.append("a")
    return "".join(buf)
