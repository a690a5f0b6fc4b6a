"""What the Ray tasks run (plain functions: :mod:`.engine` wraps them with ``ray.remote``).

:func:`run_partition` reads one partition, cuts it into chunks of ``chunk_size`` items (as the
local engine cuts shards), runs the extractor on each chunk, turns the records into table
rows (:func:`ghatna.store.loader.shard_rows`) and writes them as a mention shard.
:func:`cluster_group` clusters the mentions of whole blocks.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache

from ...readers import ReadResult, Reject
from ...store.dedup import Item, cluster_items
from ...store.loader import shard_rows
from ..extract import Extractor, load_extractor
from ..local import Shard, bare_document, extract_records, reject_line
from .partitions import Partition
from .partread import read_partition
from .shards import shard_name, write_rows


@dataclass(frozen=True, slots=True)
class TaskOptions:
    """What every partition task is given."""

    shard_dir: str
    cwd: str              # the driver's: local input paths are relative to it
    published: str | None
    max_bytes: int
    chunk_size: int
    extractor: str


@dataclass(slots=True)
class PartResult:
    """What a partition task did: its shards in order, the readers' rejects and warnings."""

    seq: int
    shards: list[str] = field(default_factory=list)
    reject_lines: list[str] = field(default_factory=list)
    warning_lines: list[str] = field(default_factory=list)


@cache
def _extractor(spec: str) -> Extractor:
    return load_extractor(spec)


def run_partition(part: Partition, opts: TaskOptions) -> PartResult:
    """Read, extract and write one partition's mention shards."""
    if not part.location and os.path.isdir(opts.cwd):
        os.chdir(opts.cwd)  # a worker on the driver's machine (or a shared file system)
    extractor = _extractor(opts.extractor)
    result = PartResult(part.seq)
    items = read_partition(part, opts.published, opts.max_bytes)
    for number, chunk in enumerate(_chunks(items, opts.chunk_size, result)):
        name = shard_name(part.seq, number)
        write_rows(opts.shard_dir, name, shard_rows(extract_records(chunk, extractor)))
        result.shards.append(name)
    return result


def _chunks(items: Iterable[ReadResult], size: int, result: PartResult) -> Iterator[Shard]:
    """Shards of ``size`` items (documents and rejects), noting rejects and warnings."""
    shard = Shard(0)
    for item in items:
        if isinstance(item, Reject):
            shard.rejects.append({"kind": "reject", **item.to_dict()})
            result.reject_lines.append(reject_line(item))
        else:
            result.warning_lines.extend(f"{item.source}: {item.id}: {w}" for w in item.warnings)
            shard.docs.append(bare_document(item))
        if len(shard.docs) + len(shard.rejects) >= size:
            yield shard
            shard = Shard(shard.seq + 1)
    if shard.docs or shard.rejects:
        yield shard


def cluster_group(items: list[Item]) -> dict[str, str]:
    """mention id -> event id for the mentions of whole blocks (see ``dedup.py``)."""
    return cluster_items(items)
