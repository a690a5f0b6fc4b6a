"""Cheap scans equal their plain forms: clause_end asks the quotation test only at a double
quote, each side of clause_bounds can be found alone, and find_people jumps to the next
name-like word with ``next_true``."""

from __future__ import annotations

import json
import random
from pathlib import Path

from ghatna.data import Document, Sentence
from ghatna.pipeline.clauses import (
    _inline_quotation_close,
    both_languages,
    clause_bounds,
    clause_end,
    clause_end_at,
    clause_start,
    clause_start_at,
)
from ghatna.pipeline.gazetteer import knowledge_base
from ghatna.pipeline.mentions import find_people, next_true
from ghatna.pipeline.pipeline import Pipeline, default_pipeline

ROOT = Path(__file__).resolve().parent.parent
OWN_TEXTS = [
    'The minister "strongly" condemned the attack, and the police said that "we will act now".',
    'उन्होंने कहा, "हम पीछे नहीं हटेंगे" और किसानों ने सड़क जाम कर दी।',
    'Officials called it a "violent face-off" but the union denied it.',
]


def _plain_clause_end(sentence: Sentence, after: int, markers: dict[str, str]) -> tuple[int, str]:
    """clause_end as it was written before: the quotation test at every word."""
    i = after
    while i < len(sentence.tokens):
        closer = _inline_quotation_close(sentence, i)
        if closer is not None:
            i = closer + 1
            continue
        role = "" if i in sentence.in_names else markers.get(sentence.tokens[i].norm, "")
        if role in ("boundary", "reporting"):
            return i, role
        i += 1
    return len(sentence.tokens), ""


def _sentences() -> list[Sentence]:
    """The sentences of our own texts and of corpus dev (read, not copied) after mentions."""
    texts = list(OWN_TEXTS)
    with (ROOT / "corpus" / "dev.jsonl").open(encoding="utf-8") as fh:
        texts += [json.loads(line)["text"] for line in fh if line.strip()][:60]
    upto_mentions = Pipeline(default_pipeline().stages[:4])
    return [s for i, text in enumerate(texts)
            for s in upto_mentions.run(Document(id=f"s{i}", raw=text)).sentences]


def test_clause_scans_equal_their_plain_forms() -> None:
    markers = both_languages()
    sentences = _sentences()
    quoted = 0
    for sentence in sentences:
        quoted += any(t.norm == '"' for t in sentence.tokens)
        for first in range(len(sentence.tokens)):
            assert clause_end(sentence, first, markers) == \
                _plain_clause_end(sentence, first, markers)
            start, end = clause_bounds(sentence, first)
            assert start == clause_start(sentence, first, "", markers)[0] \
                == clause_start_at(sentence, first)
            assert end == clause_end_at(sentence, first)
    assert len(sentences) > 100 and quoted >= 3  # quotes were read, not only plain words


def test_a_short_quote_does_not_end_the_clause() -> None:
    sentence = _sentences()[0]
    norms = [t.norm for t in sentence.tokens]
    closing_quote = norms.index('"', norms.index('"') + 1)
    end = clause_end_at(sentence, 0)
    assert end > closing_quote  # read on past '"strongly"'
    assert norms[end] == "that"  # the reporting word ends it


def test_next_true_is_the_first_true_flag_from_start() -> None:
    rng = random.Random(16)
    for _ in range(300):
        flags = [rng.random() < 0.2 for _ in range(rng.randrange(0, 12))]
        for start in range(len(flags) + 1):
            plain = next((k for k in range(start, len(flags)) if flags[k]), len(flags))
            assert next_true(flags, start) == plain


def test_find_people_still_reads_a_name_after_plain_words() -> None:
    upto_mentions = Pipeline(default_pipeline().stages[:4])
    doc = upto_mentions.run(Document(id="p", raw="Later in the evening Ramesh Kumar Sharma spoke."))
    people = find_people(doc.sentences[0], [], knowledge_base())
    assert [m.text for m in people] == ["Ramesh Kumar Sharma"]
