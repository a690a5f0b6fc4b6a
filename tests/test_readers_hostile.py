"""Hostile inputs (issue 10, finding 2): each is a reject with a code, the rest of the batch
is read, nothing raises and nothing unwritable (a lone surrogate) gets through."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from ghatna.data import Document
from ghatna.readers import Reject, read_inputs, streams

GOOD = json.dumps({"id": "good", "text": "The army held an exercise."})


def outcome(paths: list[Path], max_bytes: int = 5_000_000) -> list[str]:
    return [f"doc:{i.id}" if isinstance(i, Document) else i.code
            for i in read_inputs([str(p) for p in paths], max_bytes=max_bytes)]


def jsonl(tmp_path: Path, name: str, *lines: str) -> Path:
    path = tmp_path / name
    path.write_text("\n".join([GOOD, *lines, GOOD.replace("good", "after")]) + "\n",
                    encoding="utf-8")
    return path


@pytest.mark.parametrize(("line", "code"), [
    ("[" * 5000 + "]" * 5000, "bad_json"),
    ('{"id": "x", "text": "t", "n": ' + "9" * 5000 + "}", "bad_json"),
    ('{"id": "x\\udc80", "text": "t"}', "encoding"),
    ('{"id": "x", "text": "a \\ud800 b"}', "encoding"),
    ('{"id": "   ", "text": "t"}', "missing_field"),
    ('{"id": "\\u200b\\u200d\\ufeff", "text": "t"}', "missing_field"),
    ('{"id": "a\\u0000b", "text": "t"}', "bad_field"),
    ('{"id": [1], "text": "t"}', "bad_field"),
    ('{"id": true, "text": "t"}', "bad_field"),
    ('{"id": "x", "text": "  \\n "}', "empty"),
    ('{"id": "x", "text": 5}', "missing_field"),
    ('"just a string"', "bad_json"),
])
def test_bad_lines_are_rejects_between_good_documents(tmp_path: Path, line: str,
                                                      code: str) -> None:
    assert outcome([jsonl(tmp_path, "a.jsonl", line)]) == ["doc:good", code, "doc:after"]


def test_nested_json_inside_a_field_is_no_crash(tmp_path: Path) -> None:
    deep = '{"id": "x", "text": "t", "published": ' + "[" * 900 + "]" * 900 + "}"
    assert outcome([jsonl(tmp_path, "a.jsonl", deep)]) == ["doc:good", "doc:x", "doc:after"]


def test_bit_flipped_gzip_keeps_what_came_before(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl.gz"
    rows = [json.dumps({"id": f"d{i}", "text": f"story number {i} " * 20}) for i in range(400)]
    data = bytearray(gzip.compress(("\n".join(rows) + "\n").encode()))
    data[len(data) // 2] ^= 0x10
    path.write_bytes(bytes(data))
    later = jsonl(tmp_path, "later.jsonl")
    got = outcome([path, later])
    assert got[-3:] == ["unreadable", "doc:good", "doc:after"]
    # a flipped bit may garble a few lines before the checksum fails: those are bad_json
    assert {g for g in got[:-3] if not g.startswith("doc:d")} <= {"bad_json", "encoding"}
    assert sum(g.startswith("doc:d") for g in got) > 100


def test_a_corrupt_parquet_page_loses_only_its_row_group(tmp_path: Path) -> None:
    path = tmp_path / "c.parquet"
    table = pa.table({"id": [f"d{i}" for i in range(20)], "text": [f"text {i}" for i in range(20)]})
    pq.write_table(table, path, row_group_size=10, compression="none")
    offset = pq.ParquetFile(path).metadata.row_group(0).column(1).data_page_offset
    data = bytearray(path.read_bytes())
    data[offset:offset + 16] = b"\xff" * 16
    path.write_bytes(bytes(data))
    got = outcome([path])
    assert got == ["unreadable"] + [f"doc:d{i}" for i in range(10, 20)]


def test_utf32_text_is_read_and_broken_utf32_rejected(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes("सेना ने अभ्यास किया.".encode("utf-32"))
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe\x00\x00" + b"\xff\xff\xff\xff" * 4)
    items = list(read_inputs([str(tmp_path)]))
    assert isinstance(items[0], Document) and items[0].raw == "सेना ने अभ्यास किया."
    assert isinstance(items[1], Reject) and items[1].code == "encoding"


def test_dev_zero_is_bounded(tmp_path: Path) -> None:
    assert outcome([Path("/dev/zero")], max_bytes=10_000) == ["too_large"]


def test_fifo_without_writer_does_not_hang_and_with_one_streams(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(streams, "FIFO_WAIT_SECONDS", 0.3)
    idle = tmp_path / "idle.txt"
    os.mkfifo(idle)
    assert outcome([idle]) == ["unreadable"]
    fed = tmp_path / "fed.jsonl"
    os.mkfifo(fed)

    def feed() -> None:
        time.sleep(0.05)  # the writer comes after the reader opened the FIFO
        with fed.open("w", encoding="utf-8") as fh:
            fh.write(GOOD + "\n")

    writer = threading.Thread(target=feed)
    writer.start()
    got = outcome([fed])
    writer.join(5)
    assert got == ["doc:good"]


def test_one_huge_gzip_line_is_rejected_while_streaming(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl.gz"
    huge = json.dumps({"id": "huge", "text": "a" * 4_000_000})
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write(GOOD + "\n" + huge + "\n" + GOOD.replace("good", "after") + "\n")
    assert outcome([path], max_bytes=1_000) == ["doc:good", "too_large", "doc:after"]


def test_max_bytes_counts_utf8_bytes_of_a_record_text(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "x", "text": "क" * 400}) + "\n", encoding="utf-8")
    assert outcome([path], max_bytes=1_000) == ["too_large"]  # 400 characters, 1,200 bytes
    assert outcome([path], max_bytes=1_200) == ["doc:x"]


def test_extract_never_writes_invalid_utf8(tmp_path: Path) -> None:
    name = os.fsdecode(b"story-\xff.txt")
    (tmp_path / name).write_text("The army held an exercise.", encoding="utf-8")
    bad = jsonl(tmp_path, "b.jsonl", '{"id": "s\\udc80", "text": "x"}',
                '{"id": "t", "text": "Army \\udc80 held.", "title": "\\udc80"}')
    proc = subprocess.run([sys.executable, "-m", "ghatna.cli", "extract", str(tmp_path),
                           str(bad), "--format", "docs"], capture_output=True, timeout=120)
    assert proc.returncode == 3, proc.stderr
    proc.stdout.decode("utf-8")  # strict: raises on invalid UTF-8
    proc.stderr.decode("utf-8")
    assert b"Traceback" not in proc.stderr


def test_a_file_whose_name_before_the_dot_is_blank_is_named_by_its_whole_name(
        tmp_path: Path) -> None:
    (tmp_path / "\u200b .txt").write_text("The army held an exercise.", encoding="utf-8")
    (tmp_path / "\u200b.txt").write_text("The army held an exercise.", encoding="utf-8")
    assert sorted(outcome([tmp_path])) == ["doc:\u200b .txt", "doc:\u200b.txt"]
