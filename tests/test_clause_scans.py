"""The clause scans' cheap forms equal their plain ones: clause_end asks the quotation test
only at a double quote, and each side of clause_bounds can be found alone."""

from __future__ import annotations

import json
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
