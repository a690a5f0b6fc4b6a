"""Fuzzing the readers: whatever a line, a file or its bytes are, reading never raises, the
good documents around the bad input are kept, and each bad input is a reject with a code."""

from __future__ import annotations

import random
import sys
from pathlib import Path

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


@FAST
@given(st.lists(bad_records(), min_size=1, max_size=4))
def test_bad_jsonl_lines_between_good_ones(tmp_path_factory: object, lines: list[str]) -> None:
    path = Path(str(tmp_path_factory.mktemp("j"))) / "c.jsonl"  # type: ignore[attr-defined]
    path.write_text("\n".join([good_line("first"), *lines, good_line("last")]) + "\n",
                    encoding="utf-8", errors="surrogatepass")
    items = read_all([path])
    assert check_between_good(items, "first", "last") == ""
    assert len(items) <= len(lines) + 2


@FAST
@given(st.integers(0, 2**32), st.integers(1, 8))
def test_bit_flipped_gzip(tmp_path_factory: object, seed: int, flips: int) -> None:
    rng = random.Random(seed)
    folder = Path(str(tmp_path_factory.mktemp("g")))  # type: ignore[attr-defined]
    (folder / "a.jsonl").write_text(good_line("first") + "\n", encoding="utf-8")
    (folder / "b.jsonl.gz").write_bytes(flip_bits(gz_corpus(50), rng, flips))
    (folder / "c.jsonl").write_text(good_line("last") + "\n", encoding="utf-8")
    items = read_all([folder])
    assert check_between_good(items, "first", "last") == ""


@FAST
@given(st.integers(0, 2**32), st.integers(1, 40))
def test_damaged_parquet(tmp_path_factory: object, seed: int, flips: int) -> None:
    rng = random.Random(seed)
    folder = Path(str(tmp_path_factory.mktemp("p")))  # type: ignore[attr-defined]
    (folder / "a.jsonl").write_text(good_line("first") + "\n", encoding="utf-8")
    (folder / "b.parquet").write_bytes(flip_bits(parquet_corpus(40, 4), rng, flips))
    (folder / "c.jsonl").write_text(good_line("last") + "\n", encoding="utf-8")
    items = read_all([folder])
    assert check_between_good(items, "first", "last") == ""


@FAST
@given(st.integers(0, 2**32), st.binary(max_size=300))
def test_text_files_in_any_encoding_or_none(tmp_path_factory: object, seed: int,
                                            noise: bytes) -> None:
    rng = random.Random(seed)
    folder = Path(str(tmp_path_factory.mktemp("t")))  # type: ignore[attr-defined]
    (folder / "a.txt").write_bytes(encoded_text(rng))
    (folder / "b.txt").write_bytes(noise)
    (folder / "c.html").write_bytes(noise)
    items = read_all([folder])
    assert len(items) == 3
    for item in items:
        assert isinstance(item, Reject) or check_document(item) == ""
    assert all(isinstance(i, (Document, Reject)) for i in items)
