"""Readers: turn paths (files, folders, JSONL, JSONL.gz, Parquet, HTML, stdin) into Documents.

Every reader yields either a :class:`~ghatna.data.Document` or a :class:`Reject`; a bad
document never stops the stream. ``read_inputs`` is the one entry point.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..data import Document, parse_published
from ..defaults import DEFAULT_MAX_BYTES
from ..errors import InputError
from .fields import ReadResult, Reject, document_id, publication, utf8_safe
from .html import html_to_document
from .records import record_to_document
from .streams import (
    DECOMPRESS_ERRORS,
    capped_lines,
    is_regular,
    open_corpus,
    open_input,
    read_bounded,
)

__all__ = ["DEFAULT_MAX_BYTES", "LINE_SLACK", "ReadResult", "Reject", "check_inputs",
           "file_kind", "folder_files", "html_to_document", "publication", "read_inputs",
           "read_jsonl_lines", "read_path", "record_to_document"]

#: Documents larger than this are rejected (code ``too_large``); a news article is < 100 kB.
#: A JSONL line may hold escapes and metadata beyond its text: it is read up to this many
#: bytes over twice ``--max-bytes``; a longer line is rejected without being kept in memory.
LINE_SLACK = 1 << 20

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def _decode(data: bytes, source: str, doc_id: str, max_bytes: int) -> str | Reject:
    """Bytes to text, or the reason why not."""
    if len(data) > max_bytes:
        return Reject(source, doc_id, "too_large",
                      f"over the {max_bytes:,}-byte limit (--max-bytes)")
    if not data.strip():
        return Reject(source, doc_id, "empty", "no text at all")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return Reject(source, doc_id, "encoding",
                              f"starts like {encoding.upper()} but is not; re-encode it as UTF-8")
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


def _file_document(path: Path, published: str | None, max_bytes: int) -> ReadResult:
    source = utf8_safe(str(path))
    doc_id = document_id(utf8_safe(path.name.split(".")[0]), "file name")
    if isinstance(doc_id, tuple):  # "  .txt", "\u200b.txt": the whole name identifies it
        doc_id = document_id(utf8_safe(path.name), "file name")
    if isinstance(doc_id, tuple):
        return Reject(source, None, *doc_id)
    try:
        with open_input(path) as fh:
            data = read_bounded(fh, max_bytes)
    except OSError as exc:
        return Reject(source, doc_id, "unreadable", f"cannot read: {exc.strerror or exc}")
    text = _decode(data, source, doc_id, max_bytes)
    if isinstance(text, Reject):
        return text
    if path.suffix.lower() in HTML_SUFFIXES:
        return html_to_document(text, source, doc_id, published)
    return Document(id=doc_id, raw=text, published=parse_published(published), source=source)


def _parse_line(line: bytes) -> object:
    """A JSON value, or a ValueError saying why the line is none."""
    try:
        return json.loads(line)
    except RecursionError:
        return ValueError("JSON nested too deeply")
    except ValueError as exc:  # also bad UTF-8 and integer literals over 4,300 digits
        return ValueError(str(exc)[:200])


def read_jsonl_lines(lines: Iterable[bytes | int], source: str, published: str | None,
                     max_bytes: int, first_line: int = 1) -> Iterator[ReadResult]:
    """Records of JSON lines; an int stands for a line too long to read (its length).
    ``first_line`` numbers the first line (a part of a file read on its own)."""
    name = Path(source).name
    for lineno, raw_line in enumerate(lines, first_line):
        where = f"line {lineno}"
        if isinstance(raw_line, int):
            yield Reject(source, f"{name}:{lineno}", "too_large",
                         f"{where}: a line of {raw_line:,}+ bytes is over the limit "
                         f"(--max-bytes {max_bytes:,})")
            continue
        if not raw_line.strip():
            continue
        record = _parse_line(raw_line)
        if isinstance(record, ValueError):
            yield Reject(source, f"{name}:{lineno}", "bad_json", f"{where}: {record}")
            continue
        yield record_to_document(record, source, where, published, max_bytes)


def read_jsonl(path: Path, published: str | None, max_bytes: int) -> Iterator[ReadResult]:
    source = utf8_safe(str(path))
    lines = 0
    try:
        with open_corpus(path) as fh:
            stream = capped_lines(fh, 2 * max_bytes + LINE_SLACK, resync=is_regular(path))
            for item in read_jsonl_lines(stream, source, published, max_bytes):
                lines += 1
                yield item
    except DECOMPRESS_ERRORS as exc:
        kept = f"; the {lines:,} records before it were kept" if lines else ""
        yield Reject(source, None, "unreadable", f"cannot read: {exc}{kept}")


def read_parquet(path: Path, published: str | None, max_bytes: int) -> Iterator[ReadResult]:
    import pyarrow.parquet as pq  # heavy: imported only for Parquet input

    source = utf8_safe(str(path))
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
    for group in range(table.num_row_groups):
        # one row group at a time: a damaged page loses its group, not the file
        try:
            records = table.read_row_group(group, columns=wanted).to_pylist()
        except Exception as exc:  # noqa: BLE001 - pyarrow raises many types for bad pages
            yield Reject(source, f"row group {group}", "unreadable",
                         f"row group {group} is damaged ({exc}); the other groups were read")
            row += table.metadata.row_group(group).num_rows
            continue
        for record in records:
            row += 1
            yield record_to_document(record, source, f"row {row}", published, max_bytes)


def is_corpus_file(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith((".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz", ".parquet"))


def file_kind(name: str) -> str:
    """How a file is read, by its name: ``jsonl``, ``jsonl.gz``, ``parquet`` or ``file``."""
    name = name.lower()
    if name.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    if name.endswith((".jsonl.gz", ".ndjson.gz")):
        return "jsonl.gz"
    return "parquet" if name.endswith(".parquet") else "file"


def folder_files(path: Path) -> list[Path]:
    """The files a folder is read as, in reading order (recursively, no dot files)."""
    return sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))


def read_path(path: Path, published: str | None, max_bytes: int) -> Iterator[ReadResult]:
    """Documents from one path: a folder (recursively), a corpus file or a single document."""
    if path.is_dir():
        for child in folder_files(path):
            yield from read_path(child, published, max_bytes)
        return
    kind = file_kind(path.name)
    if kind.startswith("jsonl"):
        yield from read_jsonl(path, published, max_bytes)
    elif kind == "parquet":
        yield from read_parquet(path, published, max_bytes)
    else:
        yield _file_document(path, published, max_bytes)


def read_stdin(published: str | None, max_bytes: int, doc_id: str = "stdin") -> Iterator[ReadResult]:
    """Standard input: JSONL when it starts with ``{`` (streamed line by line), else one
    document of at most ``max_bytes``."""
    stream = sys.stdin.buffer
    peek = getattr(stream, "peek", None)
    head = peek(4096).lstrip()[:1] if peek is not None else b""
    if head == b"{":
        lines = capped_lines(stream, 2 * max_bytes + LINE_SLACK, resync=False)
        yield from read_jsonl_lines(lines, "-", published, max_bytes)
        return
    data = read_bounded(stream, max_bytes)
    if data.lstrip()[:1] == b"{" and len(data) <= max_bytes:
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
