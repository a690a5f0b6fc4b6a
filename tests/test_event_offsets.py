"""Every span an event record gives (actors, place, trigger, sentence) points at its words in
the text the user gave, however much the cleaner folded, dropped or decoded before them."""

import json
import re

import pytest
from testkit import DEV, run_stages, span_mismatches

from ghatna.api import extract

NUKTA, ZWJ, ZWNJ, NBSP = "\u093c", "\u200d", "\u200c", "\u00a0"

# each puts something the cleaner changes (an agency tag, a nukta typed apart, an entity,
# joiners, a no-break space, doubled spaces) before the names the events carry
TEXTS = [
    # "both leaders agreed": the sides of the earlier meeting, carried to a later sentence
    "नई दिल्ली (आईएएनएस)। प्रधानमंत्री नरेंद्र मोदी ने सोमवार को नेपाल के प्रधानमंत्री "
    "पुष्प कमल दहल से मुलाकात की। दोनों नेताओं के बीच व्यापार बढ़ाने पर सहमति बनी।",
    # "they promised": the same, after an entity, a nukta typed apart and doubled spaces
    f"काठमांडू&nbsp;में  बड{NUKTA}ी बैठक। प्रधानमंत्री नरेंद्र मोदी ने सोमवार को नेपाल के "
    "प्रधानमंत्री पुष्प कमल दहल से मुलाकात की। उन्होंने व्यापार बढ़ाने का वादा किया।",
    # an event placed where the story is (a place named in another sentence)
    f"(पीटीआई) झारखंड के गुमला जिले के जंगलों में बड{NUKTA}ी मुठभेड़। नक्सलियों ने पुलिस "
    "पर हमला किया। गुमला के एसपी ने यह जानकारी दी।",
    # joiners and a no-break space inside and between words
    f"भारत{ZWJ} के विदेश{ZWNJ} मंत्री ने{NBSP}सोमवार को नेपाल के प्रधानमंत्री पुष्प कमल "
    "दहल से मुलाकात की। दोनों नेताओं के बीच व्यापार पर सहमति बनी।",
    # romanized Hindi: the spans point into the Latin text as typed
    "(PTI)  Pradhanmantri Narendra Modi ne somvar ko Nepal ke pradhanmantri Pushpa Kamal "
    "Dahal se mulakat ki. Dono netaon ke beech vyapar badhane par sahmati bani.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_every_span_points_at_its_words(text):
    events = extract(text, published="2024-03-04")
    assert events
    assert span_mismatches(text, events) == []


def test_a_carried_side_is_mapped_once():
    """The sides of "दोनों नेताओं" come from the meeting's event: before the spans were mapped
    once per document, the carried span was mapped again and pointed past the name."""
    events = extract(TEXTS[0], published="2024-03-04")
    agreed = [e for e in events if e["type"] == "AGREE"]
    assert agreed
    start, end = agreed[0]["actor1"]["span"]
    assert TEXTS[0][start:end] == "नरेंद्र मोदी"


def test_the_story_place_is_mapped():
    events = extract(TEXTS[2], published="2024-03-04")
    place = next(e["location"] for e in events if e["type"] == "ASSAULT")
    assert TEXTS[2][place["span"][0]:place["span"][1]] == "गुमला"


def test_cleaned_words_map_back_to_raw_words():
    raw = f"(पीटीआई)  बड{NUKTA}ी &quot;खबर&quot; राज{ZWJ}्य{NBSP}में ढ{NUKTA}ोल और पढ़ाई।"
    doc = run_stages(raw, "clean")
    for word in re.finditer(r"\S+", doc.text):
        start, end = doc.to_raw(word.span())
        assert span_mismatches(raw, [_record(word.group(), (start, end))]) == [], word.group()


def _record(text: str, span: tuple[int, int]) -> dict:
    return {"type": "-", "trigger": text, "span": span, "sentence": text, "sentence_span": span}


def test_shared_dev_spans_point_at_their_words():
    records = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines()]
    for record in records:
        events = extract(record["text"], doc_id=record["id"], published=record.get("published"))
        assert span_mismatches(record["text"], events) == [], record["id"]
