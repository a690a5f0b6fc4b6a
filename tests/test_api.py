"""The Python API: ``import ghatna`` stays cheap, ``ghatna.extract`` returns event records."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

import ghatna


def test_import_ghatna_loads_nothing_heavy() -> None:
    code = ("import sys, ghatna; heavy = [m for m in ('duckdb', 'pyarrow', 'ahocorasick', "
            "'ghatna.pipeline', 'ghatna.api', 'pandas') if m in sys.modules]; print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "[]"
    assert callable(ghatna.extract) and ghatna.Store.__name__ == "Store"


def test_extract_returns_event_records() -> None:
    events = ghatna.extract("Narendra Modi met Vladimir Putin in Moscow on Monday.",
                            published="2025-11-18")
    assert [(e["type"], e["actor1"]["name"], e["actor2"]["name"]) for e in events] == [
        ("CONSULT", "Narendra Modi", "Vladimir Putin")]
    meeting = events[0]
    assert meeting["date"] == "2025-11-17"  # the Monday before the publication day
    assert meeting["location"]["name"] == "Moscow" and meeting["location"]["text"] == "Moscow"
    assert meeting["score"] == 1.0 and meeting["quad_class"] == 1  # CAMEO 040


def test_extract_takes_a_date_object_and_hindi() -> None:
    events = ghatna.extract("प्रधानमंत्री नरेंद्र मोदी ने सोमवार को मास्को में राष्ट्रपति पुतिन से मुलाकात की।",
                            published=dt.date(2025, 11, 18))
    assert [e["type"] for e in events] == ["CONSULT"] and events[0]["date"] == "2025-11-17"
    assert ghatna.extract("") == []


def test_extract_rejects_bad_arguments() -> None:
    with pytest.raises(ValueError, match="not a date"):
        ghatna.extract("India met China.", published="yesterday")
    with pytest.raises(TypeError, match="as a str"):
        ghatna.extract(b"India met China.")  # type: ignore[arg-type]
    with pytest.raises(AttributeError):
        ghatna.nothing_here  # noqa: B018
