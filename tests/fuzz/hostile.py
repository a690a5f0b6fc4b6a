"""Generators of hostile inputs for the fuzz tests and the campaign (``campaign.py``): poison
metadata, bad JSON lines, damaged compressed and Parquet files, bytes in any encoding, damaged
stores, bad shard records. Each class has a hypothesis strategy (the tests) and a seeded
builder (the campaign), and one checker that says what went wrong ("" when nothing did)."""

from __future__ import annotations

import gzip
import io
import json
import random
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from ghatna.data import Document
from ghatna.readers import Reject, read_inputs

GOOD_TEXT = "The army held an exercise near the border."
SURROGATES = ["\udc80", "\ud800", "a\udfffb", "\ud83d"]
ODD_STRINGS = ["", " ", "\u200b", "\u200b\u200d\ufeff", "\t\n", "http://[::1/x",
               "javascript:alert(1)", "//x", "http://", "https://ok.example/a b", "a\x00b",
               "=cmd()", "x" * 5000, *SURROGATES]

json_scalars = st.one_of(
    st.none(), st.booleans(), st.floats(allow_nan=False), st.integers(),
    st.integers(min_value=10**300, max_value=10**400), st.text(max_size=20),
    st.sampled_from(ODD_STRINGS))
json_values = st.recursive(json_scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=5), inner, max_size=3)),
    max_leaves=8)
poison = st.one_of(json_values, st.sampled_from(ODD_STRINGS))


def dumps(value: Any) -> str:
    """JSON with lone surrogates escaped (as a producer would write them)."""
    return json.dumps(value, ensure_ascii=True)


def good_line(doc_id: str) -> str:
    return dumps({"id": doc_id, "text": GOOD_TEXT, "url": "https://ok.example/x"})


@st.composite
def bad_records(draw: st.DrawFn) -> str:
    """One JSONL line: a record with poison in any field, or no record at all."""
    kind = draw(st.sampled_from(["fields", "value", "deep", "bigint", "bytes"]))
    if kind == "fields":
        record: dict[str, Any] = {"id": "mid", "text": GOOD_TEXT}
        for name in draw(st.sets(st.sampled_from(["id", "text", "url", "title", "source",
                                                  "published", "html"]), min_size=1)):
            record[name] = draw(poison)
        return dumps(record)
    if kind == "value":
        return dumps(draw(json_values))
    if kind == "deep":
        depth = draw(st.integers(500, 5000))
        return '{"id": "d", "text": "t", "x": ' + "[" * depth + "]" * depth + "}"
    if kind == "bigint":
        return '{"id": ' + "7" * draw(st.integers(4000, 6000)) + ', "text": "t"}'
    raw = draw(st.binary(max_size=200)).replace(b"\n", b" ")
    return raw.decode("latin-1")


def check_document(item: Document) -> str:
    """What is wrong with a Document that passed the readers ("" when nothing)."""
    for name in ("id", "raw", "url", "title", "source"):
        value = getattr(item, name)
        if value is None:
            continue
        if not isinstance(value, str):
            return f"{name} is a {type(value).__name__}"
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return f"{name} holds a lone surrogate"
    if not item.id.strip():
        return "blank id"
    if item.url is not None and not item.url.lower().startswith(("http://", "https://")):
        return f"url {item.url!r}"
    return ""


def check_between_good(items: list[Document | Reject], before: str, after: str) -> str:
    """The first and last results are the good documents and all are well-formed."""
    ids = [i.id if isinstance(i, Document) else None for i in items]
    if not ids or ids[0] != before or ids[-1] != after:
        return f"good documents lost: {ids}"
    for item in items:
        if isinstance(item, Document):
            why = check_document(item)
            if why:
                return why
        elif not (item.code and item.reason):
            return "reject without code or reason"
        else:
            try:
                json.dumps(item.to_dict(), ensure_ascii=False).encode("utf-8")
            except UnicodeEncodeError:
                return "reject not writable as UTF-8"
    return ""


def read_all(paths: list[Path], max_bytes: int = 100_000) -> list[Document | Reject]:
    return list(read_inputs([str(p) for p in paths], max_bytes=max_bytes))


def flip_bits(data: bytes, rng: random.Random, flips: int) -> bytes:
    out = bytearray(data)
    for _ in range(flips):
        pos = rng.randrange(len(out))
        out[pos] ^= 1 << rng.randrange(8)
    return bytes(out)


def gz_corpus(n: int) -> bytes:
    lines = "".join(good_line(f"g{i}") + "\n" for i in range(n))
    return gzip.compress(lines.encode("utf-8"))


def parquet_corpus(n: int, groups: int) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    sink = io.BytesIO()
    table = pa.table({"id": [f"p{i}" for i in range(n)], "text": [GOOD_TEXT] * n,
                      "url": ["https://ok.example/x"] * n})
    pq.write_table(table, sink, row_group_size=max(1, n // groups))
    return sink.getvalue()


ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-32", "utf-32-be", "latin-1",
             "cp1252"]


def encoded_text(rng: random.Random) -> bytes:
    text = rng.choice([GOOD_TEXT, "सेना ने अभ्यास किया।", "Café déjà vu", "\u200b", " ", ""])
    encoding = rng.choice(ENCODINGS)
    try:
        return text.encode(encoding)
    except UnicodeEncodeError:
        return text.encode("utf-8")
