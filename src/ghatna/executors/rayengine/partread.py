"""Reading one partition with the readers the local engine uses.

A local file is read by :func:`ghatna.readers.read_path` itself; lines of a JSONL file by
:func:`ghatna.readers.read_jsonl_lines` from the part's first line number; a whole remote file
is copied to a temporary folder under its own name and read there, its documents then named
by their URL.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ...readers import LINE_SLACK, ReadResult, Reject, read_jsonl_lines, read_path
from ...readers.fields import utf8_safe
from ...readers.streams import DECOMPRESS_ERRORS, capped_lines
from .partitions import Partition, open_file
from .paths import resolve

_BLOCK = 1 << 20


class _Range:
    """``readline`` over bytes ``[start, end)`` of a file (what capped_lines reads), buffered
    here: pyarrow's remote files have no line reading of their own."""

    def __init__(self, fh: BinaryIO, start: int, end: int):
        self.fh = fh
        self.left = end - start  # bytes not yet read from the file
        self.buf = b""
        fh.seek(start)

    def readline(self, size: int = -1) -> bytes:
        limit = size if size >= 0 else 1 << 62
        while b"\n" not in self.buf[:limit] and len(self.buf) < limit and self.left > 0:
            block = self.fh.read(min(_BLOCK, self.left))
            if not block:
                break
            self.left -= len(block)
            self.buf += block
        cut = self.buf.find(b"\n", 0, limit)
        end = min(limit, len(self.buf)) if cut < 0 else cut + 1
        line, self.buf = self.buf[:end], self.buf[end:]
        return line


def read_partition(part: Partition, published: str | None, max_bytes: int
                   ) -> Iterator[ReadResult]:
    """The documents and rejects of one partition, as the local engine reads them."""
    if part.end >= 0:
        yield from _read_lines(part, published, max_bytes)
    elif not part.location:
        yield from read_path(Path(part.path), published, max_bytes)
    else:
        yield from _read_copy(part, published, max_bytes)


def _read_lines(part: Partition, published: str | None, max_bytes: int
                ) -> Iterator[ReadResult]:
    source = utf8_safe(part.source)
    try:
        with open_file(part.location, part.path) as fh:
            lines = capped_lines(_Range(fh, part.start, part.end),  # type: ignore[arg-type]
                                 2 * max_bytes + LINE_SLACK, resync=True)
            yield from read_jsonl_lines(lines, source, published, max_bytes, part.first_line)
    except DECOMPRESS_ERRORS as exc:
        yield Reject(source, None, "unreadable", f"cannot read: {exc}")


def _read_copy(part: Partition, published: str | None, max_bytes: int
               ) -> Iterator[ReadResult]:
    fs, _ = resolve(part.location)
    with tempfile.TemporaryDirectory(prefix="ghatna-part-") as tmp:
        local = Path(tmp) / part.path.rsplit("/", 1)[-1]
        with fs.open_input_stream(part.path) as src, local.open("wb") as dst:
            shutil.copyfileobj(src, dst, 1 << 20)
        copied, source = utf8_safe(str(local)), utf8_safe(part.source)
        for item in read_path(local, published, max_bytes):
            if item.source == copied:
                item.source = source
            yield item
