import gzip
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from ghatna.data import Document
from ghatna.errors import InputError
from ghatna.readers import Reject, read_inputs


def codes(items) -> list[str]:
    return [i.code if isinstance(i, Reject) else "doc" for i in items]


def test_bad_files_in_a_folder_are_rejected_with_reasons(tmp_path: Path):
    (tmp_path / "a_good.txt").write_text("सेना ने अभ्यास किया.", encoding="utf-8")
    (tmp_path / "b_empty.txt").write_text("   \n", encoding="utf-8")
    (tmp_path / "c_binary.txt").write_bytes(b"\x89PNG\x00\x00\x01\x02" * 20)
    (tmp_path / "d_latin1.txt").write_bytes("Caf\xe9 d\xe9j\xe0 vu".encode("latin-1"))
    (tmp_path / "e_huge.txt").write_bytes(b"a" * 2_000)
    items = list(read_inputs([str(tmp_path)], max_bytes=1_000))
    assert codes(items) == ["doc", "empty", "binary", "encoding", "too_large"]
    assert all(i.reason for i in items if isinstance(i, Reject))
    assert isinstance(items[0], Document) and items[0].id == "a_good"


def test_jsonl_keeps_going_after_a_corrupt_line(tmp_path: Path):
    path = tmp_path / "c.jsonl.gz"
    lines = [json.dumps({"id": "1", "text": "one", "published": "2025-01-02"}), "{not json",
             json.dumps({"text": "no id"}), json.dumps({"id": "4", "text": "four"})]
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    items = list(read_inputs([str(path)]))
    assert codes(items) == ["doc", "bad_json", "missing_field", "doc"]
    first = items[0]
    assert isinstance(first, Document) and first.published is not None
    assert first.published.value == "2025-01-02"


def test_parquet_with_and_without_required_columns(tmp_path: Path):
    good = tmp_path / "good.parquet"
    pq.write_table(pa.table({"id": ["x", "y"], "text": ["a b", "c d"], "url": ["u1", None]}), good)
    bad = tmp_path / "bad.parquet"
    pq.write_table(pa.table({"id": ["x"], "body": ["a"]}), bad)
    assert codes(read_inputs([str(good)])) == ["doc", "doc"]
    rejected = list(read_inputs([str(bad)]))
    assert codes(rejected) == ["missing_field"]
    assert isinstance(rejected[0], Reject) and "text" in rejected[0].reason


def test_html_goes_through_the_article_extractor(tmp_path: Path):
    page = tmp_path / "story.html"
    body = " ".join(["The army held an exercise near the border on Monday."] * 8)
    page.write_text(f"<html><head><title>Drill</title></head><body><nav>Home | Menu</nav>"
                    f"<article><p>{body}</p></article></body></html>", encoding="utf-8")
    (doc,) = list(read_inputs([str(page)]))
    assert isinstance(doc, Document)
    assert "exercise near the border" in doc.raw and "Menu" not in doc.raw


def test_missing_path_is_an_input_error(tmp_path: Path):
    with pytest.raises(InputError, match="no such file"):
        list(read_inputs([str(tmp_path / "nope.txt")]))
