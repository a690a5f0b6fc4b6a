"""Readers: turn paths (files, folders, JSONL, JSONL.gz, Parquet, HTML, stdin) into Documents.

Every reader yields either a :class:`~ghatna.data.Document` or a :class:`Reject`; a bad
document never stops the stream. ``read_inputs`` is the one entry point.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..data import DateValue, Document, parse_published
from ..errors import InputError

#: Documents larger than this are rejected (code ``too_large``); a news article is < 100 kB.
DEFAULT_MAX_BYTES = 5_000_000

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}


@dataclass(slots=True)
class Reject:
    """A document that could not be read, with a machine code and a human reason."""

    source: str
    doc_id: str | None
    code: str  # empty | binary | encoding | too_large | bad_json | missing_field | no_text | unreadable
    reason: str

    def to_dict(self) -> dict[str, str | None]:
        return {"source": self.source, "doc_id": self.doc_id, "code": self.code, "reason": self.reason}


ReadResult = Document | Reject


def _decode(data: bytes, source: str, doc_id: str, max_bytes: int) -> str | Reject:
    """Bytes to text, or the reason why not."""
    if len(data) > max_bytes:
        return Reject(source, doc_id, "too_large",
                      f"{len(data):,} bytes is over the {max_bytes:,}-byte limit (--max-bytes)")
    if not data.strip():
        return Reject(source, doc_id, "empty", "no text at all")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:8192]:
        return Reject(source, doc_id, "binary", "contains NUL bytes: a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return Reject(source, doc_id, "encoding",
                      f"not valid UTF-8 at byte {exc.start}; re-encode the file as UTF-8")
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > 8:
        return Reject(source, doc_id, "binary", "too many control characters: not a text document")
    return text


def _check_text(text: str, source: str, doc_id: str, max_bytes: int) -> Reject | None:
    if len(text) > max_bytes:
        return Reject(source, doc_id, "too_large",
                      f"{len(text):,} characters is over the {max_bytes:,} limit (--max-bytes)")
    if not text.strip():
        return Reject(source, doc_id, "empty", "no text at all")
    return None


def publication(value: object, default: str | None) -> tuple[DateValue | None, list[str]]:
    """A document's publication date from its metadata, else the ``--published`` default; a
    value that is no date is dropped with a warning (the document is still read)."""
    if value is None or value == "":
        return parse_published(default), []
    parsed = parse_published(value)
    if parsed is None:
        shown = repr(value) if len(repr(value)) <= 40 else repr(value)[:37] + "..."
        return parse_published(default), [f"published {shown} is not a date (YYYY-MM-DD); "
                                           "ignored"]
    return parsed, []


def html_to_document(html: str, source: str, doc_id: str, published: str | None) -> ReadResult:
    """Article text, title and date from an HTML page, through trafilatura."""
    import trafilatura  # imported here: start-up stays fast for plain text

    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    text = getattr(extracted, "text", None) if extracted is not None else None
    if not text or not text.strip():
        return Reject(source, doc_id, "no_text", "HTML page without article text")
    title = getattr(extracted, "title", None)
    date = getattr(extracted, "date", None)
    pub, warnings = publication(published or date, None)
    return Document(id=doc_id, raw=text, published=pub, title=title,
                    url=getattr(extracted, "url", None), source=source, warnings=warnings)


def _file_document(path: Path, published: str | None, max_bytes: int) -> ReadResult:
    doc_id = path.name.split(".")[0] or path.name
    source = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return Reject(source, doc_id, "too_large",
                          f"{size:,} bytes is over the {max_bytes:,}-byte limit (--max-bytes)")
        data = path.read_bytes()
    except OSError as exc:
        return Reject(source, doc_id, "unreadable", f"cannot read: {exc.strerror or exc}")
    text = _decode(data, source, doc_id, max_bytes)
    if isinstance(text, Reject):
        return text
    if path.suffix.lower() in HTML_SUFFIXES:
        return html_to_document(text, source, doc_id, published)
    return Document(id=doc_id, raw=text, published=parse_published(published), source=source)


def record_to_document(record: object, source: str, where: str, published: str | None,
                       max_bytes: int) -> ReadResult:
    """One JSONL/Parquet record ``{id, text, published?, url?, source?, title?}``."""
    if not isinstance(record, dict):
        return Reject(source, None, "bad_json", f"{where}: a record must be a JSON object")
    doc_id = record.get("id")
    text = record.get("text")
    if doc_id is None or doc_id == "":
        return Reject(source, None, "missing_field", f"{where}: no 'id' field")
    doc_id = str(doc_id)
    if not isinstance(text, str):
        if text is None and isinstance(record.get("html"), str):
            return html_to_document(record["html"], source, doc_id, published)
        return Reject(source, doc_id, "missing_field", f"{where}: no 'text' string")
    bad = _check_text(text, source, doc_id, max_bytes)
    if bad:
        return bad
    pub, warnings = publication(record.get("published"), published)
    return Document(id=doc_id, raw=text, published=pub,
                    url=record.get("url"), source=record.get("source") or source,
                    title=record.get("title"), warnings=warnings)


def read_jsonl_lines(lines: Iterable[bytes], source: str, published: str | None,
                     max_bytes: int) -> Iterator[ReadResult]:
    for lineno, raw_line in enumerate(lines, 1):
        if not raw_line.strip():
            continue
        where = f"line {lineno}"
        try:
            record = json.loads(raw_line)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            yield Reject(source, f"{Path(source).name}:{lineno}", "bad_json", f"{where}: {exc}")
            continue
        yield record_to_document(record, source, where, published, max_bytes)


def _open_jsonl(path: Path) -> io.BufferedIOBase:
    if path.name.endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return path.open("rb")


def read_jsonl(path: Path, published: str | None, max_bytes: int) -> Iterator[ReadResult]:
    try:
        with _open_jsonl(path) as fh:
            yield from read_jsonl_lines(fh, str(path), published, max_bytes)
    except (OSError, EOFError) as exc:
        yield Reject(str(path), None, "unreadable", f"cannot read: {exc}")


def read_parquet(path: Path, published: str | None, max_bytes: int) -> Iterator[ReadResult]:
    import pyarrow.parquet as pq  # heavy: imported only for Parquet input

    source = str(path)
    try:
        table = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises many types for a bad file
        yield Reject(source, None, "unreadable", f"not a readable Parquet file: {exc}")
        return
    names = set(table.schema_arrow.names)
    missing = {"id", "text"} - names
    if missing:
        yield Reject(source, None, "missing_field",
                     f"Parquet file lacks column(s) {', '.join(sorted(missing))}; "
                     "it needs id and text (published, url, source, title optional)")
        return
    wanted = [c for c in ("id", "text", "published", "url", "source", "title") if c in names]
    row = 0
    for batch in table.iter_batches(columns=wanted, batch_size=2048):
        for record in batch.to_pylist():
            row += 1
            yield record_to_document(record, source, f"row {row}", published, max_bytes)


def is_corpus_file(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith((".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz", ".parquet"))


def read_path(path: Path, published: str | None, max_bytes: int) -> Iterator[ReadResult]:
    """Documents from one path: a folder (recursively), a corpus file or a single document."""
    name = path.name.lower()
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file()):
            if child.name.startswith("."):
                continue
            yield from read_path(child, published, max_bytes)
    elif name.endswith((".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")):
        yield from read_jsonl(path, published, max_bytes)
    elif name.endswith(".parquet"):
        yield from read_parquet(path, published, max_bytes)
    else:
        yield _file_document(path, published, max_bytes)


def read_stdin(published: str | None, max_bytes: int, doc_id: str = "stdin") -> Iterator[ReadResult]:
    data = sys.stdin.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        yield Reject("-", doc_id, "too_large", f"standard input is over {max_bytes:,} bytes")
        return
    head = data.lstrip()[:1]
    if head == b"{":
        yield from read_jsonl_lines(data.splitlines(), "-", published, max_bytes)
        return
    text = _decode(data, "-", doc_id, max_bytes)
    if isinstance(text, Reject):
        yield text
    else:
        yield Document(id=doc_id, raw=text, published=parse_published(published), source="-")


def check_inputs(paths: list[str], published: str | None = None) -> None:
    """Fail early (InputError) on a missing input path or a ``--published`` that is no date,
    before anything is opened or created."""
    for raw_path in paths:
        if raw_path != "-" and not os.path.exists(raw_path):
            raise InputError(f"{raw_path}: no such file or folder; give a .txt/.html file, "
                             "a folder, a .jsonl(.gz) or .parquet corpus, or - for stdin")
    if published is not None:
        parsed = parse_published(published)
        if parsed is None or parsed.precision != "day":
            raise InputError(f"--published {published!r}: give a date as YYYY-MM-DD")


def read_inputs(paths: list[str], published: str | None = None,
                max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[ReadResult]:
    """All documents of all inputs in order. A missing path is an :class:`InputError`."""
    check_inputs(paths, published)
    for raw_path in paths:
        if raw_path == "-":
            yield from read_stdin(published, max_bytes)
        else:
            yield from read_path(Path(raw_path), published, max_bytes)
