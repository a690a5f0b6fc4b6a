"""A dateline town the gazetteer lacks (issue 8, helper frole14): a regional Hindi report
opening "कोठीगांव। ...", "कोठीगांव, 12 मई। ..." or "कोठीगांव : ..." is filed from that town,
and its events happen there unless a sentence says otherwise."""
from ghatna.api import extract


def _places(text: str) -> list[str | None]:
    return [(e["location"] or {}).get("name") for e in extract(text, published="2024-05-14")]


SENTENCE = "पुलिस ने मुठभेड़ के बाद इनामी बदमाश को गिरफ्तार कर लिया।"


def test_a_one_word_dateline_before_the_danda_places_the_report() -> None:
    places = _places("कोठीगांव। " + SENTENCE)
    assert places and all(p is not None and p.startswith("Kothi") for p in places)


def test_a_dated_dateline_places_the_report() -> None:
    places = _places("कोठीगांव, 12 मई। " + SENTENCE)
    assert places and all(p is not None and p.startswith("Kothi") for p in places)


def test_a_common_word_before_a_colon_is_no_town() -> None:
    places = _places("व्यापार : " + SENTENCE)
    assert all(p is None for p in places)
