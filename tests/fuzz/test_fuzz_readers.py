"""Fuzzing the readers: whatever a line, a file or its bytes are, reading never raises, the
good documents around the bad input are kept, and each bad input is a reject with a code.

Each case is a plain function of a fresh folder and the generated values, so that
``campaign.py`` runs the same cases many more times and counts the failures."""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from hostile import (  # noqa: E402  (after the path set-up)
    bad_records,
    check_between_good,
    check_document,
    encoded_text,
    flip_bits,
    good_line,
    gz_corpus,
    parquet_corpus,
    read_all,
)

from ghatna.data import Document  # noqa: E402
from ghatna.readers import Reject  # noqa: E402

FAST = settings(max_examples=40, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])
SEEDS = st.integers(0, 2**32)


def jsonl_case(folder: Path, lines: list[str]) -> None:
    path = folder / "c.jsonl"
    path.write_text("\n".join([good_line("first"), *lines, good_line("last")]) + "\n",
                    encoding="utf-8", errors="surrogatepass")
    items = read_all([path])
    assert check_between_good(items, "first", "last") == ""
    assert len(items) <= len(lines) + 2


def _around(folder: Path, name: str, data: bytes) -> list[Document | Reject]:
    (folder / "a.jsonl").write_text(good_line("first") + "\n", encoding="utf-8")
    (folder / name).write_bytes(data)
    (folder / "c.jsonl").write_text(good_line("last") + "\n", encoding="utf-8")
    return read_all([folder])


def gzip_case(folder: Path, seed: int, flips: int) -> None:
    data = flip_bits(gz_corpus(50), random.Random(seed), flips)
    assert check_between_good(_around(folder, "b.jsonl.gz", data), "first", "last") == ""


def parquet_case(folder: Path, seed: int, flips: int) -> None:
    data = flip_bits(parquet_corpus(40, 4), random.Random(seed), flips)
    assert check_between_good(_around(folder, "b.parquet", data), "first", "last") == ""


def text_case(folder: Path, seed: int, noise: bytes) -> None:
    (folder / "a.txt").write_bytes(encoded_text(random.Random(seed)))
    (folder / "b.txt").write_bytes(noise)
    (folder / "c.html").write_bytes(noise)
    items = read_all([folder])
    assert len(items) == 3
    for item in items:
        assert isinstance(item, Reject) or check_document(item) == ""


#: name -> (case, strategies of its arguments after the folder); campaign.py runs these too
CASES: dict[str, tuple[Callable[..., None], tuple[st.SearchStrategy[Any], ...]]] = {
    "jsonl lines (poison fields, deep, bigint, bytes)": (
        jsonl_case, (st.lists(bad_records(), min_size=1, max_size=4),)),
    "bit-flipped .jsonl.gz": (gzip_case, (SEEDS, st.integers(1, 8))),
    "damaged Parquet": (parquet_case, (SEEDS, st.integers(1, 40))),
    "text files: encodings and noise": (text_case, (SEEDS, st.binary(max_size=300))),
}


@pytest.mark.parametrize("name", list(CASES))
def test_hostile_input_class(name: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    case, strategies = CASES[name]

    @FAST
    @given(st.tuples(*strategies))
    def run(values: tuple[Any, ...]) -> None:
        case(tmp_path_factory.mktemp("f"), *values)

    run()
