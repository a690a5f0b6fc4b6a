"""Romanized Hindi (Hindi typed in Latin letters) reads like Devanagari Hindi: every PLOVER type
in sentences written for this project in several spelling habits (tests/data/romanized_events.tsv),
the issue-9 example with its date and place, and spans into the Latin text."""

from __future__ import annotations

from collections import Counter

import pytest
from test_regression import coded, rows

from ghatna.data import Document
from ghatna.ontology import type_names
from ghatna.pipeline.pipeline import default_pipeline

ROMANIZED_ROWS = rows("romanized_events.tsv")
EXAMPLE = "PM Modi ne Tuesday ko Moscow mein Russian President Putin se mulakat ki."


def test_every_plover_type_has_romanized_sentences():
    counts = Counter(r["type"] for r in ROMANIZED_ROWS)
    assert set(counts) == set(type_names())
    assert min(counts.values()) >= 2


@pytest.mark.parametrize("row", [pytest.param(r, id=r["id"]) for r in ROMANIZED_ROWS])
def test_romanized_sentence_is_coded(row: dict[str, str]):
    assert coded(row), f"{row['text']} -> expected {row['type']} {row['actor1']} -> {row['actor2']}"


def test_issue_example_meeting_in_moscow():
    doc = Document(id="ex", raw=EXAMPLE, published="2025-11-18")
    events = default_pipeline().extract(doc)
    assert len(events) == 1
    event = events[0]
    assert (event.type, event.actor1.name, event.actor2.name) == (
        "CONSULT", "Narendra Modi", "Vladimir Putin")
    assert event.date == "2025-11-18"
    assert event.location is not None and event.location.name == "Moscow"
    assert event.lang == "hi-Latn" and doc.lang == "hi-Latn"
    # evidence points into the Latin text as given
    assert EXAMPLE[slice(*event.span)] == "mulakat ki"
    assert EXAMPLE[slice(*event.actor2.span)] == "Putin"


def test_romanized_words_are_read_in_devanagari_and_english_words_as_english():
    doc = default_pipeline().run(Document(id="t", raw=EXAMPLE))
    tokens = {t.text: t for s in doc.sentences for t in s.tokens}
    assert tokens["mulakat"].lang == "hi" and tokens["mulakat"].norm == "\u092e\u0941\u0932\u093e\u0915\u093e\u0924"
    assert tokens["mein"].norm == "\u092e\u0947\u0902"
    assert tokens["Tuesday"].lang == "en"
    assert all(s.romanized for s in doc.sentences)


def test_english_and_devanagari_documents_keep_their_language():
    english = default_pipeline().run(Document(id="e", raw="Modi met Putin in Moscow on Tuesday."))
    assert english.lang == "en" and not any(s.romanized for s in english.sentences)
    hindi = default_pipeline().run(Document(
        id="h", raw="\u092e\u094b\u0926\u0940 \u0928\u0947 \u092a\u0941\u0924\u093f\u0928 "
                    "\u0938\u0947 \u092e\u0941\u0932\u093e\u0915\u093e\u0924 \u0915\u0940\u0964"))
    assert hindi.lang == "hi"
