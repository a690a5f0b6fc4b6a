"""The pattern index tries, at each position, exactly the patterns that could match there:
matching through it finds what trying every pattern of the language at every position finds."""

from __future__ import annotations

from ghatna.data import Document
from ghatna.pipeline import predicates
from ghatna.pipeline.clean import Clean
from ghatna.pipeline.langtag import LangTag
from ghatna.pipeline.matching import stream
from ghatna.pipeline.noun_forms import frame_rows
from ghatna.pipeline.predicates import Match, find_predicates, lexicon, predicate_rows
from ghatna.pipeline.segment import Segment


def _every_pattern(stream_: list[str], lang: str) -> list[Match]:
    """find_predicates with an index that offers every pattern of the language at every word
    of the stream: one group holding them all, begun by each of the stream's words. A real
    ``PatternIndex``, not a look-alike: the compiled pipeline checks the types it is given."""
    _, patterns = lexicon()
    ordinals = tuple(i for i, p in enumerate(patterns) if p.lang == lang)
    words = set(stream_)
    everything = predicates.PatternIndex(
        by_sequence={(lang, (word,)): (0,) for word in words}, groups=((ordinals, {}),),
        longest={(lang, word): 1 for word in words}, patterns=patterns,
        heads={lang: frozenset(words)})
    original = predicates.lexicon
    predicates.lexicon = lambda: (everything, patterns)  # type: ignore[assignment]
    try:
        return find_predicates(stream_, lang)
    finally:
        predicates.lexicon = original  # type: ignore[assignment]


def _streams() -> list[tuple[list[str], str]]:
    """The token streams of every pattern's example sentence (and of a few pairs of them)."""
    examples = [row["example"] for row in predicate_rows() if row["example"]]
    texts = examples[::7] + [" ".join(examples[i:i + 2]) for i in range(0, len(examples), 53)]
    texts += list(dict.fromkeys(row["example"] for row in frame_rows()))  # generated patterns
    out = []
    for k, text in enumerate(texts):
        doc = Document(id=f"x{k}", raw=text)
        for stage in (Clean(), Segment(), LangTag()):
            doc = stage(doc)
        for sentence in doc.sentences:
            out.append((stream(sentence)[0], "hi" if sentence.lang == "hi" else "en"))
    return out


def _key(matches: list[Match]) -> list[tuple[str, int, int, str]]:
    return [(m.pattern.id, m.start, m.end, m.tense) for m in matches]


def test_index_finds_what_every_pattern_finds():
    streams = _streams()
    assert len(streams) > 100
    found = 0
    for stream_, lang in streams:
        indexed = find_predicates(stream_, lang)
        assert _key(indexed) == _key(_every_pattern(stream_, lang)), " ".join(stream_)
        found += len(indexed)
    assert found > 100


def test_second_token_narrows_the_candidates():
    """A first token shared by many patterns ("के", "was") offers only those whose second
    element can begin with the next token (or whose first is followed by a gap)."""
    index, patterns = lexicon()
    stream_ = ["was", "killed", "in", "an", "attack"]
    offered = index.candidates("en", stream_, 0)
    every = {i for (lang, seq), groups in index.by_sequence.items()
             if lang == "en" and seq[0] == "was" for group in groups
             for i in (*index.groups[group][0],
                       *(j for ordinals in index.groups[group][1].values() for j in ordinals))}
    ordinals = [patterns.index(p) for p in offered]
    assert offered and len(offered) < len(every) / 5
    assert set(ordinals) <= every
    assert ordinals == sorted(ordinals)  # file order: ties between equal matches need it


def test_auxiliary_offers_only_patterns_of_its_verb():
    index, _ = lexicon()
    offered = index.candidates("en", ["has", "been", "killed", "in", "an", "attack"], 0)
    assert offered, "a passive of a pattern verb is offered"
    assert len(offered) < 50
    assert all(p.lang == "en" for p in offered)
