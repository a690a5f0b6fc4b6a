import pytest
from testkit import run_stages


def dates(text: str, published: str | None = None) -> list[str]:
    doc = run_stages(text, "dates", published=published)
    return [m.date.value for ms in doc.mentions for m in ms if m.date is not None]


def test_dateline_year_from_the_text():
    doc = run_stages("मास्को, 18 नवंबर . इससे पहले वे 19-21 अगस्त 2025 को आए थे.", "dates")
    assert doc.dateline.value == "2025-11-18"
    assert dates("मास्को, 18 नवंबर . इससे पहले वे 19-21 अगस्त 2025 को आए थे.") == ["2025-08-19"]


def test_dateline_year_from_published_crossing_new_year():
    doc = run_stages("New Delhi, Dec 30 (PTI) Talks ended.", "dates", published="2026-01-02")
    assert doc.dateline.value == "2025-12-30"


@pytest.mark.parametrize("text,expected", [
    ("मास्को, 18 नवंबर . Monday को उन्होंने मुलाकात की.", ["2025-11-17"]),
    ("मास्को, 18 नवंबर . मंगलवार को उन्होंने मुलाकात की.", ["2025-11-18"]),
    ("मास्को, 18 नवंबर . शुक्रवार को वे मुलाकात करेंगे.", ["2025-11-21"]),
    ("मास्को, 18 नवंबर . कल उन्होंने बात की.", ["2025-11-17"]),
    ("मास्को, 18 नवंबर . कल वे बात करेंगे.", ["2025-11-19"]),
    ("मास्को, 18 नवंबर . दिसंबर में वे भारत का दौरा करने वाले हैं.", ["2025-12"]),
    ("मास्को, 18 नवंबर . पिछले साल वे आए थे.", ["2024"]),
    ("मास्को, 18 नवंबर . पिछले महीने वे मिले थे.", ["2025-10"]),
    ("Moscow, Jan 8 (PTI) They met last month.", ["2024-12"]),
    ("मास्को, 18 नवंबर . बीती रात हमला हुआ.", ["2025-11-17"]),
    ("Moscow, Jan 8 (PTI) Militants attacked a post last night.", ["2025-01-07"]),
    ("Moscow, Jan 8 (PTI) Police detained them this morning.", ["2025-01-08"]),
])
def test_relative_dates_resolve_by_tense(text, expected):
    assert dates(text, published="2025-11-18") == expected


def test_weekday_tense_is_its_own_clause():
    text = "Moscow, Nov 18 (PTI) The ministry said on Friday that the ministers will meet."
    assert dates(text, published="2025-11-18") == ["2025-11-14"]


def test_english_range_with_year():
    assert dates("He visited Russia on August 19-21, 2025.") == ["2025-08-19"]


def test_march_the_procession_is_not_march_the_month():
    assert dates("मार्च में शामिल होने वाले नेताओं को रोका गया.", published="2022-06-13") == []
    assert dates("इससे पहले मार्च में वे मिले थे.", published="2023-04-16") == ["2023-03"]


def test_scanning_only_date_like_tokens_finds_every_date():
    """scan_dates skips tokens no date starts at; trying every token finds nothing more."""
    import json
    from pathlib import Path

    from ghatna.pipeline.dates import RawDate, _match_at, scan_dates

    def every_token(tokens) -> list[RawDate]:
        norms, found, i = [t.norm for t in tokens], [], 0
        while i < len(tokens):
            raw = _match_at(tokens, norms, i)
            found.append(raw) if raw else None
            i = raw.last if raw else i + 1
        return found

    sample = Path(__file__).resolve().parents[1] / "examples" / "sample_corpus.jsonl"
    texts = [json.loads(line)["text"] for line in sample.read_text(encoding="utf-8").splitlines()]
    texts += ["Talks on Feb. 16, 2025 and in 2024; 19 से 21 अगस्त को, अगले सप्ताह, last month"]
    total = 0
    for text in texts:
        for sentence in run_stages(text, "langtag").sentences:
            expected = every_token(sentence.tokens)
            assert scan_dates(sentence.tokens) == expected, text
            total += len(expected)
    assert total > 50


@pytest.mark.parametrize("text", [
    # a date governed by a preposition or a postposition belongs to its sentence
    "Three men, two women and a driver were held by the police on October 3 after a search.",
    "नई दिल्ली : देश में हर साल 21 अक्टूबर को एक स्मृति दिवस मनाया जाता है।",
    "Lucknow, officials said on Tuesday (November 5) that the curfew had ended.",
])
def test_a_date_inside_a_sentence_is_no_dateline(text):
    doc = run_stages(text, "dates", published="2021-11-08")
    assert doc.dateline.value == "2021-11-08"  # the reference stays the publication date


def test_weekdays_count_from_publication_when_an_early_date_is_no_dateline():
    text = ("Mumbai: A court on Friday rejected the plea of the three accused.\n"
            "The three, a driver and a cook were arrested by the police on October 3 after a raid.")
    assert dates(text, published="2021-10-08") == ["2021-10-08", "2021-10-03"]


def test_a_hindi_acts_date_is_not_the_deadline_inside_its_object():
    from ghatna import extract

    text = "इलाहाबाद हाई कोर्ट ने गुरुवार को राज्य सरकार को 12 अक्टूबर को पेश होने का निर्देश दिया।"
    [event] = extract(text, published="2020-10-01")
    assert event["date"] == "2020-10-01"
