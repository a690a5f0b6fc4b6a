"""Linear time (issue 10, finding 4): a sentence is at most MAX_SENTENCE_TOKENS tokens, and
the tense of a date's clause is read from marks computed once per sentence."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ghatna.data import Document, Token, parse_published
from ghatna.pipeline.dates import FutureMarks, is_future
from ghatna.pipeline.pipeline import default_pipeline
from ghatna.pipeline.segment import MAX_SENTENCE_TOKENS, segment_text

# words that make markers alone, in pairs/triples, with a suffix, and words that do not
VOCAB = ["is", "set", "to", "will", "are", "scheduled", "expected", "plans", "जा", "रहा", "है",
         "करेंगे", "कहा", "met", "the", "", "वाले", "हैं", "visit", "shall"]


def _tokens(norms: list[str]) -> list[Token]:
    return [Token(text=n or ",", start=i, end=i + 1, script="latn", norm=n)
            for i, n in enumerate(norms)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(VOCAB), max_size=30), st.data())
def test_future_marks_answer_as_a_rescan_does(norms: list[str], data: st.DataObject) -> None:
    tokens = _tokens(norms)
    marks = FutureMarks(tokens)
    start = data.draw(st.integers(0, len(tokens)))
    end = data.draw(st.integers(start, len(tokens)))
    assert marks.within(start, end) == is_future(tokens[start:end])


def test_a_sentence_without_full_stops_is_cut_into_bounded_pieces() -> None:
    words = [f"word{i}" + ("," if i % 97 == 0 else "") for i in range(2_000)]
    sentences = segment_text(" ".join(words))
    assert len(sentences) > 1
    assert all(len(s.tokens) <= MAX_SENTENCE_TOKENS for s in sentences)
    texts = [t.text for s in sentences for t in s.tokens]
    assert texts == [t for w in words for t in ([w[:-1], ","] if w.endswith(",") else [w])]
    assert all(s.tokens[-1].text == "," for s in sentences[:-1])  # cut after a comma


def test_normal_sentences_are_not_cut() -> None:
    text = "The army held an exercise near the border on Monday, officials said. " * 3
    assert [len(s.tokens) for s in segment_text(text)] == [14, 14, 14]


def test_a_sentence_ending_in_a_weekday_codes_its_event() -> None:
    # a cut two-word slice at the end of a sentence once read past its last token
    doc = default_pipeline().run(Document(id="x", raw="Modi met Putin in Delhi on Thursday",
                                          published=parse_published("2025-11-18")))
    assert [e.type for e in doc.events] == ["CONSULT"]
    assert doc.events[0].date == "2025-11-13"


def test_a_long_run_on_document_is_processed() -> None:
    text = " ".join(["Modi met Putin in Delhi on Thursday and"] * 3_000)
    doc = default_pipeline().run(Document(id="x", raw=text, published=parse_published("2025-11-18")))
    assert len(doc.sentences) > 1 and max(len(s.tokens) for s in doc.sentences) <= 400
    assert doc.events
