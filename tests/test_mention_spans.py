"""A mention widened over a qualifier, title or bracketed copy (or narrowed) keeps its token
range, character offsets and text in agreement (data.span_tokens)."""

import re

import pytest
from testkit import run_stages

from ghatna.data import Mention, Token, span_tokens


def _tokens(text: str) -> list[Token]:
    return [Token(text=m.group(), start=m.start(), end=m.end(), script="latn")
            for m in re.finditer(r"\w+|[^\w\s]", text)]


def test_widening_takes_offsets_and_words_from_the_tokens():
    text = "Yesterday the Nepali Prime Minister arrived."
    tokens = _tokens(text)
    title = Mention(kind="title", tok_start=3, tok_end=5, start=tokens[3].start,
                    end=tokens[4].end, text="Prime Minister")
    span_tokens(title, tokens, 2, title.tok_end)
    assert (title.tok_start, title.tok_end) == (2, 5)
    assert text[title.start:title.end] == title.text == "Nepali Prime Minister"


def test_narrowing_and_a_closing_bracket():
    text = "The CPN (Unified) rally began."
    tokens = _tokens(text)
    party = Mention(kind="actor", tok_start=0, tok_end=6, start=0, end=tokens[5].end, text="")
    span_tokens(party, tokens, 1, 5)
    # offsets cover the words as written; the text is the words joined, as a found mention's is
    assert text[party.start:party.end] == "CPN (Unified)"
    assert party.text == "CPN ( Unified )"


def _spaced(text: str) -> str:
    return " ".join(re.findall(r"\w+|[^\w\s]", text))


@pytest.mark.parametrize("text", [
    "रूस के राष्ट्रपति ने समझौते पर हस्ताक्षर किए",  # nationality folded into a title
    "जापान के प्रधानमंत्री ने भारत की यात्रा की",
    "भाजपा के प्रवक्ता ने कांग्रेस पर आरोप लगाया",  # organisation folded into a title
    "ईडी अधिकारियों ने व्यापारी के घर छापा मारा",  # organisation's officers
    "विदेश मंत्री एस जयशंकर ने बयान दिया",  # title folded into a name
    "The Chief Minister of Kerala met the farmers",  # owner after a title
    "The Canadian Prime Minister criticised the decision",
])
def test_every_mention_text_is_the_words_at_its_offsets(text):
    doc = run_stages(text, "mentions")
    spans = [m for ms in doc.mentions for m in ms if m.kind != "date"]
    assert spans
    for m in spans:
        assert _spaced(doc.text[m.start:m.end]) == _spaced(m.text), m
