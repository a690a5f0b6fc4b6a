"""No common Hindi or English word is a place or a named actor.

The word lists are the most frequent Devanagari and Latin words of the project's own news
corpus (train + dev + examples, never test), made by ``tools/common_words.py``. Each word is
looked up as a one-token text the way ``match_gazetteer`` / ``compose`` take it: the first
entry for its surface key, case-exact entries ("US", "UP") only as written. A hit is a
``place``, ``country`` or ``actor`` entry. Group nouns (पुलिस, सेना, protesters), titles,
pronouns and nationality adjectives are generic words by design and are not hits. Every hit
must be a real name listed in ``tests/data/common_word_names.tsv``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from ghatna.data import Document
from ghatna.pipeline.gazetteer import knowledge_base
from ghatna.pipeline.pipeline import default_pipeline
from ghatna.resources import is_devanagari, normalize

DATA = Path(__file__).parent / "data"
HIT_KINDS = ("place", "country", "actor")


def words(lang: str) -> list[str]:
    lines = (DATA / f"common_words_{lang}.txt").read_text(encoding="utf-8").splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")]


def allowed() -> dict[tuple[str, str], str]:
    lines = [ln for ln in (DATA / "common_word_names.tsv").read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    return {(r["word"], r["lang"]): r["why"]
            for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)}


def hit(word: str) -> str | None:
    """What a one-token text ``word`` resolves to, when that is a place / country / actor."""
    entries = [e for e in knowledge_base().lookup(word) if e.exact is None or e.exact == word]
    if not entries or entries[0].kind not in HIT_KINDS:
        return None
    e = entries[0]
    named = e.place or e.actor
    assert named is not None, e
    return f"{e.kind} {named.name}"


@pytest.mark.parametrize("lang", ["hi", "en"])
def test_word_lists_are_normalised_words_of_one_script(lang: str) -> None:
    ws = words(lang)
    assert len(ws) >= 3000, len(ws)  # the corpus has ~4,000 / ~3,200 distinct words
    assert len(set(ws)) == len(ws)
    for w in ws:
        assert w == normalize(w), w
        assert is_devanagari(w) == (lang == "hi"), w


@pytest.mark.parametrize("lang", ["hi", "en"])
def test_no_common_word_is_a_place_or_actor_unless_a_real_name(lang: str) -> None:
    names = allowed()
    bad = {w: what for w in words(lang) if (what := hit(w)) and (w, lang) not in names}
    assert not bad, f"common {lang} words taken for names (fix the alias, or list a real " \
                    f"name in common_word_names.tsv): {bad}"


def test_allowed_names_are_reviewed_hits() -> None:
    """Every allowed row is still a hit of its list, with a reason (no stale entries)."""
    lists = {lang: set(words(lang)) for lang in ("hi", "en")}
    for (word, lang), why in allowed().items():
        assert why.strip(), word
        assert word in lists[lang], (word, lang)
        assert hit(word), (word, lang)


@pytest.mark.parametrize("word", ["बारे", "श्रम", "मैं", "बात", "काम", "about", "labour"])
def test_known_common_words_are_not_in_the_gazetteer_as_names(word: str) -> None:
    assert hit(normalize(word)) is None


def places_in(text: str) -> list[str]:
    doc = Document(id="common-words", raw=text)
    default_pipeline().extract(doc)
    return [m.text for ms in doc.mentions for m in ms if m.place is not None]


@pytest.mark.parametrize("text,word", [
    pytest.param("केंद्र सरकार ने नए श्रम कानूनों के बारे में राज्यों से बात की।", "श्रम",
                 id="shram-kanoon-bare-mein"),
    pytest.param("मंत्री ने श्रम मंत्रालय के बारे में जानकारी दी।", "बारे", id="bare-mein"),
])
def test_common_words_give_no_place(text: str, word: str) -> None:
    places = places_in(text)
    assert not [p for p in places if word in p.split()], places


@pytest.mark.parametrize("text,word", [
    pytest.param("प्रधानमंत्री मोदी ने भारत के बारे में कहा कि देश तेजी से आगे बढ़ेगा।", "बारे",
                 id="bharat-ke-bare-mein"),
    pytest.param("सरकार ने बताया कि भारत के श्रम में सुधार हुआ है।", "श्रम",
                 id="bharat-ke-shram-mein"),
])
def test_common_words_after_a_place_give_no_place(text: str, word: str) -> None:
    places = places_in(text)
    assert not [p for p in places if word in p.split()], places
