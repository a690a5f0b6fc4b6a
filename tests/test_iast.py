"""ghatna.iast: indic_transliteration's Devanagari -> IAST without importing the library at run
time; the same output as the library, the tables re-read when the library changes."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from indic_transliteration import sanscript

from ghatna import iast
from ghatna.resources import load_table

RESOURCES = Path(iast.__file__).parent / "resources"


def library(text: str) -> str:
    return str(sanscript.transliterate(text, sanscript.DEVANAGARI, sanscript.IAST))


def resource_words() -> list[str]:
    """Every Devanagari word of the bundled tables."""
    words: set[str] = set()
    for path in sorted(RESOURCES.glob("*.tsv")):
        for row in load_table(path.name):
            for value in row.values():
                words.update(w for w in (value or "").split()
                             if any(0x0900 <= ord(c) <= 0x097F for c in w))
    return sorted(words)


def test_every_resource_word_reads_as_the_library_reads_it() -> None:
    words = resource_words()
    assert len(words) > 5000
    assert [iast.to_iast(w) for w in words] == [library(w) for w in words]


def test_random_strings_read_as_the_library_reads_them() -> None:
    rng = random.Random(7)
    alphabet = [chr(c) for c in range(0x0900, 0x0980)] + list("ab .,-1") + ["\u0951", "\u1cf5"]
    for _ in range(3000):
        text = "".join(rng.choices(alphabet, k=rng.randint(0, 12)))
        assert iast.to_iast(text) == library(text), text.encode("unicode_escape")


def test_the_cached_tables_are_the_library_ones() -> None:
    fresh = iast.read_tables()
    assert iast.tables() == fresh
    assert fresh.stamp == iast.library_stamp() and fresh.stamp
    assert fresh.virama and fresh.consonants <= fresh.non_marks_viraama.keys()


def test_tables_of_another_library_version_are_read_again(
        monkeypatch: pytest.MonkeyPatch) -> None:
    stale = iast.read_tables()._replace(stamp=(("sanscript/__init__.py", 1, 2),),
                                        non_marks_viraama={})
    monkeypatch.setattr(iast, "_cached_tables", lambda: stale)
    iast.tables.cache_clear()
    try:
        assert iast.tables().non_marks_viraama == iast.read_tables().non_marks_viraama
        assert iast.tables().stamp == iast.library_stamp()
    finally:
        iast.tables.cache_clear()


def test_a_remembered_reading_is_the_reading_and_the_memory_is_bounded() -> None:
    iast.to_iast.cache_clear()
    words = resource_words()[:300]
    first = [iast.to_iast(w) for w in words]  # read
    again = [iast.to_iast(w) for w in words]  # remembered
    info = iast.to_iast.cache_info()
    assert first == again == [library(w) for w in words]
    assert info.hits >= len(words) and info.misses == len(set(words))
    assert info.maxsize is not None and info.maxsize <= 1 << 16  # bounded: ingests run long
