"""Properties over generated input (hypothesis): reading and extracting never raise, whatever
the metadata or the text, and publication dates round-trip."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ghatna.data import Document, parse_published
from ghatna.pipeline.pipeline import default_pipeline
from ghatna.readers import Reject, record_to_document

JSON_SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
#: Devanagari, Latin, digits, danda and punctuation, as news mixes them
NEWS_CHARS = st.sampled_from(list("अआइकखगचजटडतदनपबमयरलवशसह़ािीुूेैोौंँ्।॥ ")
                             + list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ .,'-:()")
                             + list("0123456789\n"))


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_an_iso_date_parses_to_itself(day: dt.date) -> None:
    parsed = parse_published(day.isoformat())
    assert parsed is not None and parsed.as_date() == day


@given(JSON_SCALARS)
def test_parse_published_never_raises(value: object) -> None:
    parsed = parse_published(value)
    assert parsed is None or parsed.precision in ("day", "month", "year")


@given(st.dictionaries(st.sampled_from(["id", "text", "published", "url", "source", "title"]),
                       JSON_SCALARS))
def test_any_record_is_a_document_or_a_reject(record: dict[str, object]) -> None:
    result = record_to_document(record, "gen.jsonl", "line 1", None, 10_000)
    assert isinstance(result, Document | Reject)
    if isinstance(result, Document):
        assert result.published is None or result.published.value[:4].isdigit()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(NEWS_CHARS, min_size=1, max_size=400))
def test_the_pipeline_codes_any_text_with_spans_inside_it(text: str) -> None:
    doc = default_pipeline().run(Document(id="gen", raw=text))
    for event in doc.events:
        start, end = event.span
        assert 0 <= start <= end <= len(text)
        assert text[event.sentence_span[0]:event.sentence_span[1]] == event.sentence
