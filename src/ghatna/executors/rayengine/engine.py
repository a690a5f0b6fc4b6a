"""RayExecutor: ``ghatna ingest --engine ray``, the driver side.

``RAY_ADDRESS`` names the cluster to use; without it a local one is started (``--workers``
CPUs, default all) and shut down at the end. The driver plans the partitions, submits one
task per partition (all at once: Ray queues them), then, in partition order, loads each
task's mention shards into the store in one transaction each and deletes them. Documents
already stored or already loaded in this run are skipped exactly as the local engine skips
them, so the store ends the same. Clustering runs as the local engine's ``finalize``, with
each batch's blocks clustered in parallel tasks.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ...errors import EngineError
from ...readers import DEFAULT_MAX_BYTES
from ...store.dedup import Item, cluster_items
from ...store.loader import ShardRows, Store
from ..extract import DEFAULT_EXTRACTOR, load_extractor
from ..local import DEFAULT_SHARD_SIZE, IngestSummary, progress_bar, recover, work_dir_for
from . import shards
from .partitions import DEFAULT_PARTITION_BYTES, plan
from .tasks import PartResult, TaskOptions, cluster_group, run_partition

INSTALL_HINT = "pip install 'ghatna[ray]'"
#: Fewer mentions than this in a clustering batch are clustered in the driver (a task round
#: trip costs more than clustering them).
CLUSTER_MIN_MENTIONS = 5_000


def import_ray() -> Any:
    """The ray module, or an EngineError saying how to install it."""
    try:
        import ray
    except ImportError as exc:
        raise EngineError(f"--engine ray needs the ray package ({exc}); install it with "
                          f"{INSTALL_HINT}, or use --engine local") from None
    return ray


@contextmanager
def ray_session(num_cpus: int | None) -> Iterator[Any]:
    """ray, connected to ``RAY_ADDRESS`` or to a new local cluster (shut down at the end);
    an already connected process (a test, a notebook) is used as it is."""
    ray = import_ray()
    started = False
    if not ray.is_initialized():
        address = os.environ.get("RAY_ADDRESS") or "local"
        extra = {} if address != "local" else {"num_cpus": num_cpus, "include_dashboard": False}
        try:
            ray.init(address=address, logging_level=logging.WARNING, **extra)
        except (ConnectionError, RuntimeError, ValueError) as exc:
            raise EngineError(f"cannot start or reach the Ray cluster {address!r}: {exc}; "
                              "check RAY_ADDRESS (unset it for a local cluster)") from None
        started = True
    try:
        yield ray
    finally:
        if started:
            ray.shutdown()


class BlockClusterer:
    """Store.cluster on the cluster: a batch's blocks in ``groups`` parallel tasks."""

    def __init__(self, ray: Any, groups: int, min_mentions: int = CLUSTER_MIN_MENTIONS):
        self.remote = ray.remote(cluster_group)
        self.get = ray.get
        self.groups = max(1, groups)
        self.min_mentions = min_mentions

    def __call__(self, items: list[Item]) -> dict[str, str]:
        if len(items) < self.min_mentions or self.groups == 1:
            return cluster_items(items)
        by_block: dict[str, list[Item]] = {}
        for item in items:
            by_block.setdefault(item.block_key, []).append(item)
        bins: list[list[Item]] = [[] for _ in range(self.groups)]
        for block in sorted(by_block, key=lambda b: (-len(by_block[b]), b)):
            min(bins, key=len).extend(by_block[block])  # largest blocks first: balanced
        assignment: dict[str, str] = {}
        for part in self.get([self.remote.remote(b) for b in bins if b]):
            assignment.update(part)
        return assignment


class RayExecutor:
    """Runs an ingest on Ray: partitions -> tasks -> mention shards -> one loader."""

    def __init__(self, db: str | Path, workers: int | None = None,
                 shard_size: int = DEFAULT_SHARD_SIZE, extractor: str = DEFAULT_EXTRACTOR,
                 shard_dir: str | None = None, partition_bytes: int = DEFAULT_PARTITION_BYTES,
                 cluster_min: int = CLUSTER_MIN_MENTIONS):
        self.db = Path(db)
        self.workers = workers
        self.shard_size = max(1, shard_size)
        self.extractor = extractor
        self.shard_dir = shard_dir or str(self.db.with_name(self.db.name + ".shards"))
        self.partition_bytes = max(1, partition_bytes)
        self.cluster_min = cluster_min

    def ingest(self, inputs: list[str], published: str | None = None,
               max_bytes: int = DEFAULT_MAX_BYTES, progress: bool | None = None) -> IngestSummary:
        """Ingest every input on the cluster; returns the summary (rejects do not raise)."""
        started = time.perf_counter()
        summary = IngestSummary()
        load_extractor(self.extractor)  # fail fast on a bad spec
        parts = plan(inputs, self.partition_bytes)
        opts = TaskOptions(self.shard_dir, os.getcwd(), published, max_bytes, self.shard_size,
                           self.extractor)
        with ray_session(self.workers) as ray, Store(self.db) as store:
            cpus = int(ray.cluster_resources().get("CPU", 1))
            store.cluster = BlockClusterer(ray, 2 * cpus, self.cluster_min)
            summary.recovered_shards = recover(store, work_dir_for(self.db))
            store.finalize()
            shards.prepare(self.shard_dir)
            task = ray.remote(run_partition)
            refs = [task.remote(p, opts) for p in parts]
            try:
                self._load_all(ray, refs, store, summary, progress)
            except BaseException:
                for ref in refs:
                    ray.cancel(ref, force=True)
                raise
            summary.events = store.finalize()
        shards.remove_if_empty(self.shard_dir)
        summary.seconds = time.perf_counter() - started
        return summary

    def _load_all(self, ray: Any, refs: list[Any], store: Store, summary: IngestSummary,
                  progress: bool | None) -> None:
        seen: set[str] = set()
        bar = progress_bar(progress)
        try:
            for ref in refs:
                part: PartResult = ray.get(ref)
                summary.reject_lines.extend(part.reject_lines)
                summary.warning_lines.extend(part.warning_lines)
                for name in part.shards:
                    rows = _first_seen(shards.read_rows(self.shard_dir, name), seen, summary)
                    result = store.load_rows(rows)
                    shards.delete_rows(self.shard_dir, name)
                    taken = summary.add(result)
                    if bar is not None:
                        bar.update(taken)
        finally:
            if bar is not None:
                bar.close()


def _first_seen(rows: ShardRows, seen: set[str], summary: IngestSummary) -> ShardRows:
    """The rows without the documents an earlier shard of this run held (the local engine
    drops a document given twice in one run before it reaches a shard)."""
    fresh = {r["doc_key"] for r in rows.documents if r["doc_key"] not in seen}
    summary.skipped += len(rows.documents) - len(fresh)
    seen |= fresh
    return ShardRows([r for r in rows.documents if r["doc_key"] in fresh],
                     [m for m in rows.mentions if m["doc_key"] in fresh], rows.rejects)
