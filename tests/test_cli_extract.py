"""`ghatna extract` as a user runs it: formats, stdin, bad input and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from testkit import REPO

STORY_HI = "नई दिल्ली, 3 मार्च (भाषा) विदेश मंत्री एस जयशंकर ने सोमवार को मास्को में रूसी विदेश मंत्री सर्गेई लावरोव से मुलाकात की।"
STORY_EN = "New Delhi, March 3 (PTI) Police arrested five protesters in Lucknow on Monday."


def ghatna(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ghatna.cli", *args], input=stdin,
                          capture_output=True, text=True, cwd=REPO, timeout=120)


def test_docs_format_is_one_line_per_document(tmp_path: Path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in [
        {"id": "a", "text": STORY_HI, "published": "2025-03-03"},
        {"id": "b", "text": "आज मौसम सुहावना रहा।"}]) + "\n", encoding="utf-8")
    result = ghatna("extract", str(corpus), "--format", "docs")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["id"] for d in lines] == ["a", "b"]
    (event,) = lines[0]["events"]
    assert event["type"] == "CONSULT" and event["date"] == "2025-03-03"
    assert event["actor2"]["name"] == "Sergei Lavrov" and event["location"]["name"] == "Moscow"
    assert lines[1]["events"] == []


def test_stdin_with_published_date_and_events_format():
    result = ghatna("extract", "-", "--format", "events", "--published", "2025-03-05",
                    stdin="Police arrested five protesters in Lucknow on Monday.")
    assert result.returncode == 0, result.stderr
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["type"] == "COERCE" and record["date"] == "2025-03-03"
    assert record["doc_id"] == "stdin" and record["location"]["name"] == "Lucknow"


def test_a_folder_with_bad_files_rejects_them_and_keeps_the_rest(tmp_path: Path):
    (tmp_path / "good.txt").write_text(STORY_EN, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 10)
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 protest\xe9".encode("latin-1"))
    with (tmp_path / "huge.txt").open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # a 50 MB file
    result = ghatna("extract", str(tmp_path), "--format", "docs")
    assert result.returncode == 3
    assert "Traceback" not in result.stderr
    for name, reason in [("empty.txt", "no text"), ("binary.txt", "binary"),
                         ("latin1.txt", "UTF-8"), ("huge.txt", "limit")]:
        line = next(ln for ln in result.stderr.splitlines() if name in ln)
        assert reason in line
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["id"] for d in docs] == ["good"] and docs[0]["events"]


def test_missing_input_is_a_clear_fatal_error(tmp_path: Path):
    result = ghatna("extract", str(tmp_path / "missing.txt"))
    assert result.returncode == 1
    assert "no such file" in result.stderr and "Traceback" not in result.stderr


def test_bad_published_date_is_refused():
    result = ghatna("extract", "-", "--published", "yesterday", stdin="x")
    assert result.returncode == 1 and "YYYY-MM-DD" in result.stderr


def test_workers_give_the_same_output_in_input_order(tmp_path: Path):
    corpus = tmp_path / "c.jsonl"
    docs = [{"id": f"d{i}", "text": STORY_HI if i % 2 else STORY_EN} for i in range(40)]
    lines = [json.dumps(d, ensure_ascii=False) for d in docs]
    lines.insert(7, "{not json")  # a reader's reject, in the middle of the stream
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    one = ghatna("extract", str(corpus), "--format", "docs")
    two = ghatna("extract", str(corpus), "--format", "docs", "--workers", "2")
    assert one.returncode == two.returncode == 3, two.stderr
    assert two.stdout == one.stdout
    assert [json.loads(line)["id"] for line in two.stdout.splitlines()] == [d["id"] for d in docs]
    assert "bad_json" in two.stderr
    assert ghatna("extract", str(corpus), "--workers", "0").returncode == 1
