"""A count of acts cited from statistics is no act; a single act told with data as its
source keeps its day and stays (pipeline/aggregates.py, word class statistics_source).
Sentences written for these tests."""

from __future__ import annotations

from ghatna.api import extract


def _types(text: str) -> list[str]:
    return [e["type"] for e in extract(text, published="2024-05-10")]


def test_a_yearly_count_from_data_is_no_arrest() -> None:
    assert _types("सरकारी आंकड़ों के मुताबिक वर्ष 2022 में राज्य पुलिस ने 18,450 लोगों को "
                  "गिरफ्तार किया।") == []


def test_a_rise_in_arrests_from_data_is_no_arrest() -> None:
    assert _types("There was a 25% rise in arrests of criminals across the district over "
                  "three years, according to data from the NCRB.") == []


def test_a_dated_act_told_from_data_stays() -> None:
    assert _types("According to police data, officers detained fourteen protesters in "
                  "Srinagar on Monday.") == ["COERCE"]
