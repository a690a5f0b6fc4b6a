"""The hand-labelled Hinglish development sets (tests/data/hinglish_lid_dev.tsv, real web text,
tests/data/hinglish_chat_dev.tsv, chat-style sentences written for the project, and
tests/data/hinglish_real_dev2.tsv, real web text labelled twice and adjudicated; issue 9)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ghatna.pipeline.romanized import tag_latin_tokens

DEV = Path(__file__).parent / "data" / "hinglish_lid_dev.tsv"
CHAT = Path(__file__).parent / "data" / "hinglish_chat_dev.tsv"
REAL2 = Path(__file__).parent / "data" / "hinglish_real_dev2.tsv"
LABELS = {"hi", "en", "ne", "univ"}


def _sentences(path: Path = DEV) -> list[tuple[list[str], list[str]]]:
    out: list[tuple[list[str], list[str]]] = []
    tokens: list[str] = []
    tags: list[str] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.startswith("#") or not line.strip():
            if tokens:
                out.append((tokens, tags))
            tokens, tags = [], []
            continue
        token, tag = line.split("\t")
        tokens.append(token)
        tags.append(tag)
    return out


def test_every_token_has_a_known_label_and_every_group_a_source() -> None:
    sentences = _sentences()
    assert len(sentences) >= 30
    assert {tag for _, tags in sentences for tag in tags} <= LABELS
    lines = DEV.read_text(encoding="utf-8").splitlines()
    first_token = next(i for i, line in enumerate(lines) if "\t" in line)
    assert any(line.startswith("# source http") for line in lines[:first_token])


def test_the_chat_set_is_well_formed() -> None:
    sentences = _sentences(CHAT)
    assert len(sentences) >= 100
    assert {tag for _, tags in sentences for tag in tags} <= LABELS


def test_every_page_of_the_second_real_set_is_in_one_half() -> None:
    lines = REAL2.read_text(encoding="utf-8").splitlines()
    sources = [line for line in lines if line.startswith("# source ")]
    halves = [line.rsplit("[", 1)[-1] for line in sources]
    assert len(sources) >= 50
    assert set(halves) == {"tune]", "heldout]"}
    assert {tag for _, tags in _sentences(REAL2) for tag in tags} <= LABELS
    assert sum(len(tokens) for tokens, _ in _sentences(REAL2)) == 3028


@pytest.mark.parametrize("path", [DEV, CHAT, REAL2], ids=["real", "chat", "real2"])
def test_the_tagger_reads_most_hindi_and_english_tokens_right(path: Path) -> None:
    right = total = 0
    for tokens, tags in _sentences(path):
        for tag, lang in zip(tags, tag_latin_tokens(tokens), strict=True):
            if tag in ("hi", "en"):
                total += 1
                right += tag == lang
    assert right / total >= 0.95
