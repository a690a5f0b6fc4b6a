"""The trigger lexicon: for each PLOVER type, the common ways Hindi and English news express it
(verbs, light-verb constructions, event nouns, passives, spelling variants), one sentence each,
written for this project (tests/data/lexicon_events.tsv; lang ``hi-en`` is Hindi with English
words in Latin letters, read through resources/codemix.tsv). Each must be coded as an event of
its type, whatever its actors: the suite guards the coverage of the pattern files
(resources/predicates_*.tsv, rows ``*.lex.*`` and older) against later edits."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from ghatna.data import Document
from ghatna.pipeline.pipeline import default_pipeline

DATA = Path(__file__).parent / "data" / "lexicon_events.tsv"


def _rows() -> list[dict[str, str]]:
    lines = [ln for ln in DATA.read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


ROWS = _rows()


def test_the_lexicon_covers_every_type_in_both_languages():
    covered = {(row["type"], row["lang"]) for row in ROWS}
    types = {row["type"] for row in ROWS}
    assert len(types) == 16
    assert {(t, lang) for t in types for lang in ("hi", "en")} <= covered


@pytest.mark.parametrize("row", [pytest.param(r, id=r["id"]) for r in ROWS])
def test_an_expression_of_a_type_is_coded_as_that_type(row: dict[str, str]):
    events = default_pipeline().extract(Document(id=row["id"], raw=row["text"]))
    assert any(e.type == row["type"] for e in events), \
        f"{row['expression']}: {[e.type for e in events]}"
