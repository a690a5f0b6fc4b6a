"""Pre-tests in the per-token scans (issue 12) must change no answer: each function is checked
against the plain form it replaced, kept here, on the sentences of the first corpus dev
documents (read, not copied) and on sentences written for the test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ghatna.data import Document, Mention, Sentence
from ghatna.pipeline import centre, spread
from ghatna.pipeline.clean import Clean
from ghatna.pipeline.dates import _match_at, date_starters, scan_dates
from ghatna.pipeline.gazetteer import knowledge_base
from ghatna.pipeline.langtag import (
    LangTag,
    codemix_starts,
    codemix_table,
    hindi_grammar_words,
    read_english_as_hindi,
    sentence_language,
)
from ghatna.pipeline.mentions import NAME_PARTS, _name_like, find_people
from ghatna.pipeline.pipeline import default_pipeline
from ghatna.pipeline.segment import Segment
from ghatna.resources import is_devanagari, normalize_word, word_class

ROOT = Path(__file__).resolve().parent.parent
OWN = [  # our own sentences: names in Latin letters, dates, a nationwide act, romanized Hindi
    "Later Jasmine Akhtar met Ramesh Kumar in Patna on Monday, 12 March 2024.",
    "देशभर में ट्रक चालकों ने 5 जनवरी को हड़ताल की और कई जिलों में प्रदर्शन हुए।",
    "PM Modi ne Tuesday ko Moscow mein Putin se mulakat ki.",
    "Prime Minister ने कहा कि Government की योजना पर 2025 में काम होगा।",
    "Governmentी Officialों met leaders.",  # Latin stems with Hindi endings: half Hindi
]


def _documents() -> list[Document]:
    pipeline = default_pipeline()
    texts = [json.loads(line)["text"] for line in
             (ROOT / "corpus" / "dev.jsonl").read_text(encoding="utf-8").splitlines()[:40]]
    return [pipeline.run(Document(id=f"d{k}", raw=text)) for k, text in enumerate(texts + OWN)]


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    return _documents()


def _plain_language(sentence: Sentence) -> str:
    deva = latn = 0
    hindi_grammar = False
    for tok in sentence.tokens:
        if tok.script in ("deva", "mixed"):
            deva += 1
            hindi_grammar = hindi_grammar or normalize_word(tok.text) in hindi_grammar_words()
        elif tok.script == "latn":
            latn += 1
    if deva + latn == 0:
        return "univ"
    return "hi" if hindi_grammar or deva / (deva + latn) >= 0.5 else "en"


def test_sentence_language_as_the_token_loop(docs: list[Document]) -> None:
    langs = [sentence_language(s) for d in docs for s in d.sentences]
    assert langs == [_plain_language(s) for d in docs for s in d.sentences]
    assert {"hi", "en"} <= set(langs)
    assert langs[-1] == "hi"  # the mixed words count as Hindi ones


def _plain_dates(sentence: Sentence) -> list[object]:
    tokens, norms = sentence.tokens, [t.norm for t in sentence.tokens]
    found: list[object] = []
    free = 0
    for i, tok in enumerate(tokens):
        if i >= free and (tok.script == "digit" or norms[i] in date_starters()
                          or " " in norms[i]):
            raw = _match_at(tokens, norms, i)
            if raw:
                found.append(raw)
                free = raw.last
    return found


def test_scan_dates_as_a_try_at_every_candidate(docs: list[Document]) -> None:
    sentences = [s for d in docs for s in d.sentences]
    assert [scan_dates(s.tokens) for s in sentences] == [_plain_dates(s) for s in sentences]
    assert sum(bool(scan_dates(s.tokens)) for s in sentences) >= 5
    assert any(not scan_dates(s.tokens) for s in sentences)


def test_name_likeness_needs_a_capital_or_a_name_part(docs: list[Document]) -> None:
    """What the pre-test in find_people skips (a Latin word without a capital that is no
    name part) is never name-like."""
    kb = knowledge_base()
    latin = [t for d in docs for s in d.sentences for t in s.tokens if t.script == "latn"]
    skipped = [t for t in latin if not t.text[:1].isupper()
               and kb.name_parts.get(t.norm) not in NAME_PARTS]
    assert len(skipped) > 100
    assert not any(_name_like(t, kb) for t in skipped)
    people = [m.text for d in docs[-len(OWN):] for s in d.sentences
              for m in find_people(s, [], kb)]
    assert "Ramesh Kumar" in people


def _retagged(doc: Document) -> list[Sentence]:
    """The document's sentences segmented afresh, norms and languages not yet set."""
    fresh = Segment()(Clean()(Document(id=doc.id, raw=doc.raw)))
    return fresh.sentences


def _plain_english_as_hindi(sentence: Sentence) -> list[tuple[str, str]]:
    """The Devanagari words read as the loop did before its fast path: norm and language."""
    out = []
    for tok in sentence.tokens:
        if tok.script == "deva" and not (tok.lang == "hi" and tok.norm):
            out.append((normalize_word(tok.text), "hi"))
        else:
            out.append((tok.norm, tok.lang))
    return out


def test_english_read_as_hindi_keeps_the_devanagari_reading(docs: list[Document]) -> None:
    table, starts = codemix_table(), codemix_starts()
    checked = 0
    for doc in docs:
        for sentence in _retagged(doc):
            if sentence_language(sentence) != "hi":
                continue
            before = _plain_english_as_hindi(sentence)
            read_english_as_hindi(sentence, table, starts)
            after = [(t.norm, t.lang) for t in sentence.tokens]
            assert [a for a, t in zip(after, sentence.tokens) if t.script == "deva"] == \
                [b for b, t in zip(before, sentence.tokens) if t.script == "deva"]
            checked += 1
    assert checked > 20
    # a romanized Hindi word keeps the Devanagari reading read_romanized_hindi gave it
    tagged = LangTag()(Segment()(Clean()(Document(id="r", raw=OWN[2]))))
    read = [t for t in tagged.sentences[0].tokens if t.text in ("ne", "ko", "mein")]
    assert len(read) == 3
    assert all(t.lang == "hi" and is_devanagari(t.norm) for t in read)


def test_is_spread_is_its_two_tests_on_every_asking(docs: list[Document]) -> None:
    sentences = [s for d in docs for s in d.sentences]
    for sentence in sentences + sentences[:5]:
        plain = spread._nationwide(sentence) or spread._many_places(sentence)
        assert spread.is_spread(sentence) == plain
        assert spread.is_spread(sentence) == plain  # asked again: the same answer
    assert any(spread.is_spread(s) for s in sentences)


CENTRE_OWN = [  # our own: the bare centre as a side, a centre of something else, none
    "राज्य सरकार ने केंद्र से बाढ़ राहत के लिए अतिरिक्त धन की मांग की।",
    "केंद्र ने सभी राज्यों को नई सलाह भेजी।",
    "गांव के मतदान केंद्र पर सुबह से लंबी कतारें लगीं।",
    "इस केंद्र में बच्चों को मुफ्त भोजन मिलता है।",
    "किसानों ने जिला मुख्यालय पर धरना दिया।",
]


def _plain_names_a_centre(sentence: Sentence, mentions: list[Mention]) -> bool:
    covered = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
    genitive = word_class("genitive", "hi")
    for i, tok in enumerate(sentence.tokens):
        if tok.norm in word_class("bare_centre", "hi") and i not in covered:
            before, _ = centre._neighbours(sentence.tokens, i, centre._side_ends(mentions))
            if before is not None and before not in centre._openers() and before not in genitive:
                return True
    return False


def _plain_bare_centres(sentence: Sentence, mentions: list[Mention]) -> list[int]:
    """Where the plain scan of add_bare_centre found a government: every word, not only the
    positions of the bare word."""
    covered = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
    return [i for i, tok in enumerate(sentence.tokens)
            if tok.norm in word_class("bare_centre", "hi") and i not in covered
            and centre._stands_alone(sentence.tokens, i, centre._side_ends(mentions))]


def test_bare_centre_scans_as_the_token_loop(docs: list[Document]) -> None:
    kb = knowledge_base()
    pipeline = default_pipeline()
    own = [pipeline.run(Document(id=f"c{k}", raw=t)) for k, t in enumerate(CENTRE_OWN)]
    bare = word_class("bare_centre", "hi")
    found = named = 0
    for doc in docs + own:
        for sentence, mentions in zip(doc.sentences, doc.mentions):
            if sentence.lang != "hi":
                continue
            # the mentions as before the centre step: without the bare word's own mention
            before = [m for m in mentions if not (m.tok_end - m.tok_start == 1
                                                  and sentence.tokens[m.tok_start].norm in bare)]
            assert centre.names_a_centre(sentence, before) == \
                _plain_names_a_centre(sentence, before)
            added = [m.tok_start for m in centre.add_bare_centre(sentence, before, kb)
                     if m not in before]
            assert added == _plain_bare_centres(sentence, before)
            found += bool(added)
            named += centre.names_a_centre(sentence, before)
    assert found >= 2 and named >= 1  # both scans find something in these sentences
