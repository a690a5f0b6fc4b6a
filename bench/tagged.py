"""Reading ``token<TAB>tag`` files with a blank line between sentences (HiNER, HingLID)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path


def read_tagged_sentences(path: Path, limit: int | None = None,
                          empty_tag: str = "") -> Iterator[tuple[list[str], list[str]]]:
    """``(tokens, tags)`` per sentence; at most ``limit`` sentences. A token without a tag gets
    ``empty_tag``."""
    tokens: list[str] = []
    tags: list[str] = []
    count = 0
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                if tokens:
                    yield tokens, tags
                    count += 1
                    if limit is not None and count >= limit:
                        return
                tokens, tags = [], []
                continue
            token, _, tag = line.rpartition("\t") if "\t" in line else (line, "", "")
            tokens.append(token)
            tags.append(tag.strip() or empty_tag)
    if tokens and (limit is None or count < limit):
        yield tokens, tags
