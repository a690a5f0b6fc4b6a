"""Cutting the inputs into partitions, each read and extracted by one Ray task.

A partition is a file (as the readers see it: a folder's files in their reading order) or, for
an uncompressed JSONL file larger than the target size, a run of whole lines of it: the
driver scans the file once for line ends (no parsing) so that a part knows the number of its
first line, which reject ids and messages carry. Partitions are numbered in input order, the
order in which the driver loads them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import pyarrow.fs as pafs

from ...errors import InputError
from ...readers import file_kind, folder_files
from .paths import is_url, resolve, url_prefix

#: Bytes of JSONL per partition (about 10,000 news articles).
DEFAULT_PARTITION_BYTES = 32 << 20
_SCAN = 1 << 20


@dataclass(frozen=True, slots=True)
class Partition:
    """A file, or lines ``[start, end)`` (bytes) of a JSONL file whose first is ``first_line``."""

    seq: int
    source: str          # the file as the local engine names it (its documents' ``source``)
    location: str        # what opens its filesystem: "" for a local path, else the input URL
    path: str            # the file's path in that filesystem
    kind: str            # jsonl | jsonl.gz | parquet | file (see readers.file_kind)
    start: int = 0
    end: int = -1        # -1: the whole file
    first_line: int = 1


def plan(inputs: list[str], target_bytes: int = DEFAULT_PARTITION_BYTES) -> list[Partition]:
    """The partitions of the inputs in input order (InputError for stdin or a missing path)."""
    files: list[tuple[str, str, str, int]] = []  # source, location, path, size
    for raw in inputs:
        if raw == "-":
            raise InputError("-: --engine ray reads files, folders and URLs, not stdin; "
                             "write the input to a file (or use --engine local)")
        files.extend(_remote_files(raw) if is_url(raw) else _local_files(raw))
    parts: list[Partition] = []
    for source, location, path, size in files:
        kind = file_kind(path.rsplit("/", 1)[-1])
        if kind == "jsonl" and (size > target_bytes or location):
            for start, end, first in _line_ranges(location, path, target_bytes):
                parts.append(Partition(len(parts), source, location, path, kind, start, end,
                                       first))
        else:
            parts.append(Partition(len(parts), source, location, path, kind))
    return parts


def _local_files(raw: str) -> list[tuple[str, str, str, int]]:
    path = Path(raw)
    if not os.path.exists(raw):
        raise InputError(f"{raw}: no such file or folder; give a .txt/.html file, a folder, "
                         "a .jsonl(.gz) or .parquet corpus, or a URL")
    found = folder_files(path) if path.is_dir() else [path]
    return [(str(p), "", str(p), _size(p)) for p in found]


def _size(path: Path) -> int:
    try:
        return path.stat().st_size if path.is_file() else 0
    except OSError:
        return 0


def _remote_files(url: str) -> list[tuple[str, str, str, int]]:
    fs, root = resolve(url)
    info = fs.get_file_info(root)
    prefix = url_prefix(url)
    if info.type == pafs.FileType.NotFound:
        raise InputError(f"{url}: not found (check the URL and the credentials)")
    if info.type == pafs.FileType.File:
        return [(prefix + root, url, root, info.size or 0)]
    found = sorted((i for i in fs.get_file_info(pafs.FileSelector(root, recursive=True))
                    if i.type == pafs.FileType.File and not i.base_name.startswith(".")),
                   key=lambda i: i.path)
    return [(prefix + i.path, url, i.path, i.size or 0) for i in found]


def open_file(location: str, path: str) -> BinaryIO:
    """A partition's file opened for random access."""
    if not location:
        return open(path, "rb")
    fs, _ = resolve(location)
    return fs.open_input_file(path)  # type: ignore[no-any-return]


def _line_ranges(location: str, path: str, target: int) -> list[tuple[int, int, int]]:
    """(start, end, first line number) of runs of whole lines of at least ``target`` bytes."""
    ranges: list[tuple[int, int, int]] = []
    start, first, newlines, pos = 0, 1, 0, 0
    with open_file(location, path) as fh:
        while chunk := fh.read(_SCAN):
            off = 0
            while (want := max(start + target - 1 - pos, off)) < len(chunk):
                cut = chunk.find(b"\n", want)
                if cut < 0:
                    break
                newlines += chunk.count(b"\n", off, cut + 1)
                ranges.append((start, pos + cut + 1, first))
                start, first, newlines, off = pos + cut + 1, first + newlines, 0, cut + 1
            newlines += chunk.count(b"\n", off)
            pos += len(chunk)
    if start < pos:
        ranges.append((start, pos, first))
    return ranges
