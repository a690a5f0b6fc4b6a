"""Mention shards: the rows of a chunk of a partition as Parquet files, one per table.

A task writes ``<dir>/part-<partition>-<chunk>.<table>.parquet`` for the tables documents,
mentions and rejects, with the store's Arrow schema; the driver reads them back (rows in the
order they were written) and deletes them once loaded. ``<dir>`` is a local folder or a URL.
"""

from __future__ import annotations

import pyarrow.fs as pafs
import pyarrow.parquet as pq

from ...store import schema
from ...store.loader import ShardRows
from .paths import join, resolve

TABLES = ("documents", "mentions", "rejects")


def shard_name(seq: int, chunk: int) -> str:
    return f"part-{seq:06d}-{chunk:05d}"


def write_rows(shard_dir: str, name: str, rows: ShardRows) -> None:
    import pyarrow as pa

    fs, root = resolve(shard_dir)
    for table, data in zip(TABLES, (rows.documents, rows.mentions, rows.rejects)):
        arrow = pa.Table.from_pylist(data, schema=schema.arrow_schema(table))
        pq.write_table(arrow, join(root, f"{name}.{table}.parquet"), filesystem=fs)


def read_rows(shard_dir: str, name: str) -> ShardRows:
    fs, root = resolve(shard_dir)
    tables = [pq.read_table(join(root, f"{name}.{t}.parquet"), filesystem=fs,
                            schema=schema.arrow_schema(t)).to_pylist() for t in TABLES]
    return ShardRows(*tables)


def delete_rows(shard_dir: str, name: str) -> None:
    fs, root = resolve(shard_dir)
    for table in TABLES:
        fs.delete_file(join(root, f"{name}.{table}.parquet"))


def prepare(shard_dir: str) -> None:
    """Create the folder and delete the shards a killed run left (they are made again)."""
    fs, root = resolve(shard_dir)
    fs.create_dir(root, recursive=True)
    for info in fs.get_file_info(pafs.FileSelector(root)):
        if info.base_name.startswith("part-") and info.base_name.endswith(".parquet"):
            fs.delete_file(info.path)


def remove_if_empty(shard_dir: str) -> None:
    fs, root = resolve(shard_dir)
    try:
        if not fs.get_file_info(pafs.FileSelector(root)):
            fs.delete_dir(root)
    except OSError:
        pass
