"""LocalExecutor: extraction in N local processes, one loader writing the store.

The main process reads the inputs, drops documents the store already holds (same id and
text), and cuts the rest into shards of ``shard_size`` documents. Workers run the extractor on
a shard and write it to ``<db>.work/shard-*.jsonl`` (temporary name, fsync, rename). The main
process loads each finished shard into DuckDB in one transaction, deletes the file, and at the
end clusters the new mentions into events (``Store.finalize``). With one worker, extraction
runs in the main process (no pool to start), through the same shard files.

A run begins by finishing whatever a killed run left: complete shard files are loaded,
temporary ones deleted, unclustered mentions clustered.
"""

from __future__ import annotations

import os
import sys
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from ..codemix_index import document_cmi
from ..data import Document
from ..readers import DEFAULT_MAX_BYTES, Reject, read_inputs
from ..store.loader import LoadResult, Store, read_shard, write_shard
from ..store.records import content_hash, doc_key, doc_record, short_hash
from .extract import DEFAULT_EXTRACTOR, Extractor, load_extractor
from .lifeline import tie_to_parent

DEFAULT_SHARD_SIZE = 200


@dataclass(slots=True)
class IngestSummary:
    """What one ingest run did."""

    documents: int = 0        # new documents stored
    skipped: int = 0          # already in the store (same id and text)
    mentions: int = 0
    rejects: int = 0          # rejected in this run (stored once however often seen)
    events: int = 0           # events of the blocks this run touched
    recovered_shards: int = 0
    seconds: float = 0.0
    reject_lines: list[str] = field(default_factory=list)
    warning_lines: list[str] = field(default_factory=list)  # fields dropped from stored docs

    def add(self, result: LoadResult) -> int:
        """Count one load's documents, mentions and rejects; returns the input items it took."""
        self.documents += result.documents
        self.skipped += result.skipped
        self.mentions += result.mentions
        self.rejects += result.seen_rejects
        return result.documents + result.skipped + result.seen_rejects

    def line(self) -> str:
        rate = (self.documents + self.skipped) / self.seconds if self.seconds > 0 else 0.0
        return (f"ingested {self.documents:,} documents ({self.skipped:,} already stored), "
                f"{self.mentions:,} mentions, {self.events:,} events updated, "
                f"{self.rejects:,} rejected in {self.seconds:.1f}s ({rate:,.0f} docs/s)")


def reject_line(reject: Reject) -> str:
    """How a rejected input is reported on stderr."""
    return f"{reject.source}: {reject.doc_id or '-'}: {reject.code}: {reject.reason}"


@dataclass(slots=True)
class Shard:
    """A batch of input items: documents to extract and rejects to record."""

    seq: int
    docs: list[Document] = field(default_factory=list)
    rejects: list[dict[str, Any]] = field(default_factory=list)

    def name(self) -> str:
        keys = [d.id for d in self.docs] + [str(r.get("reason")) for r in self.rejects]
        return f"shard-{self.seq:06d}-{short_hash(*keys, size=12)}.jsonl"


# -- worker side -------------------------------------------------------------------------

_EXTRACTOR: Extractor | None = None


def _init_worker(spec: str, parent: int) -> None:
    global _EXTRACTOR
    tie_to_parent(parent)
    _EXTRACTOR = load_extractor(spec)


def bare_document(doc: Document) -> Document:
    """What the extractor is given of a read document (its fields, not the reader's notes)."""
    return Document(id=doc.id, raw=doc.raw, published=doc.published, url=doc.url,
                    source=doc.source, title=doc.title)


def extract_records(shard: Shard, extractor: Extractor) -> Iterator[dict[str, Any]]:
    for doc in shard.docs:
        try:
            processed, events = extractor(doc)
        except Exception as exc:  # noqa: BLE001 - one document must not lose the shard
            last = traceback.extract_tb(exc.__traceback__)[-1]
            yield {"kind": "reject", "source": doc.source or "", "doc_id": doc.id,
                   "code": "extract_error",
                   "reason": f"extraction failed: {type(exc).__name__}: {exc} "
                             f"({Path(last.filename).name}:{last.lineno})"}
            continue
        rec = doc_record(doc, events)
        rec["lang"] = processed.lang or None
        rec["cmi"], rec["cmi_sentences"] = document_cmi(processed)
        yield rec
    yield from shard.rejects


def run_shard(shard: Shard, workdir: Path, extractor: Extractor | None = None) -> Path:
    """Extract one shard and write its file; returns the file's path."""
    ext = extractor or _EXTRACTOR
    assert ext is not None, "worker not initialised"
    path = workdir / shard.name()
    write_shard(path, extract_records(shard, ext))
    return path


def _run_shard_in_worker(shard: Shard, workdir: Path) -> Path:
    return run_shard(shard, workdir)


# -- main side ---------------------------------------------------------------------------

def work_dir_for(db: Path) -> Path:
    return db.with_name(db.name + ".work")


def _shards(items: Iterable[Document | Reject], stored: Callable[[list[str]], set[str]],
            size: int, summary: IngestSummary) -> Iterator[Shard]:
    """Cut the input into shards, dropping documents already stored (``stored`` says which of
    a shard's keys are: the store is asked per shard, never read whole) or already seen in
    this run."""
    seen: set[str] = set()  # keys of this run's input: bounded by the input, not the store
    seq = 0
    shard, keys = Shard(seq), []
    for item in items:
        if isinstance(item, Reject):
            shard.rejects.append({"kind": "reject", **item.to_dict()})
            summary.reject_lines.append(reject_line(item))
        else:
            key = doc_key(item.id, content_hash(item.raw))
            if key in seen:
                summary.skipped += 1
                continue
            seen.add(key)
            keys.append(key)
            summary.warning_lines.extend(f"{item.source}: {item.id}: {w}" for w in item.warnings)
            shard.docs.append(bare_document(item))
        if len(shard.docs) + len(shard.rejects) >= size:
            if _drop_stored(shard, keys, stored, summary):
                yield shard
                seq += 1
            shard, keys = Shard(seq), []
    if _drop_stored(shard, keys, stored, summary):
        yield shard


def _drop_stored(shard: Shard, keys: list[str], stored: Callable[[list[str]], set[str]],
                 summary: IngestSummary) -> bool:
    """Remove the shard's documents the store holds; is anything left to do?"""
    present = stored(keys)
    if present:
        shard.docs = [d for d, k in zip(shard.docs, keys) if k not in present]
        summary.skipped += len(present)
    return bool(shard.docs or shard.rejects)


def recover(store: Store, workdir: Path) -> int:
    """Load the complete shard files a killed run left and delete the rest."""
    loaded = 0
    if not workdir.is_dir():
        return 0
    for path in sorted(workdir.iterdir()):
        if path.name.startswith("shard-") and path.name.endswith(".jsonl"):
            try:
                records = list(read_shard(path))
            except (ValueError, OSError, UnicodeDecodeError):
                path.unlink()  # cannot happen after an atomic rename; be safe anyway
                continue
            store.load_records(records)
            loaded += 1
        path.unlink(missing_ok=True)
    return loaded


ProgressFn = Callable[[LoadResult, int], None]


class LocalExecutor:
    """Runs an ingest: readers -> shards -> workers -> shard files -> one loader."""

    def __init__(self, db: str | Path, workers: int = 1, shard_size: int = DEFAULT_SHARD_SIZE,
                 extractor: str = DEFAULT_EXTRACTOR):
        self.db = Path(db)
        self.workers = max(1, workers)
        self.shard_size = max(1, shard_size)
        self.extractor = extractor
        self.workdir = work_dir_for(self.db)

    def ingest(self, inputs: list[str], published: str | None = None,
               max_bytes: int = DEFAULT_MAX_BYTES, progress: bool | None = None) -> IngestSummary:
        """Ingest every input; returns the summary (rejects do not raise)."""
        started = time.perf_counter()
        summary = IngestSummary()
        extractor = load_extractor(self.extractor)  # fail fast on a bad spec
        items = read_inputs(inputs, published=published, max_bytes=max_bytes)
        with Store(self.db) as store:
            self.workdir.mkdir(parents=True, exist_ok=True)
            summary.recovered_shards = recover(store, self.workdir)
            store.finalize()
            shards = _shards(items, store.stored_keys, self.shard_size, summary)
            bar = progress_bar(progress)

            def loaded(result: LoadResult, n_items: int) -> None:
                taken = summary.add(result)
                if bar is not None:
                    bar.update(taken)
                    bar.set_postfix(rejects=summary.rejects, refresh=False)

            try:
                if self.workers == 1:
                    for shard in shards:
                        path = run_shard(shard, self.workdir, extractor)
                        self._load(store, path, loaded)
                else:
                    self._parallel(store, shards, loaded)
            finally:
                if bar is not None:
                    bar.close()
            summary.events = store.finalize()
        _remove_if_empty(self.workdir)
        summary.seconds = time.perf_counter() - started
        return summary

    def _load(self, store: Store, path: Path, loaded: ProgressFn) -> None:
        records = list(read_shard(path))
        result = store.load_records(records)
        path.unlink()  # after the commit: a crash in between reloads it, which adds nothing
        loaded(result, len(records))

    def _parallel(self, store: Store, shards: Iterator[Shard], loaded: ProgressFn) -> None:
        # spawn, not fork: the parent holds a DuckDB connection and its threads.
        ctx = get_context("spawn")
        limit = 2 * self.workers  # shards in flight: bounds memory, keeps workers busy
        with ProcessPoolExecutor(self.workers, mp_context=ctx, initializer=_init_worker,
                                 initargs=(self.extractor, os.getpid())) as pool:
            pending: set[Future[Path]] = set()
            for shard in shards:
                pending.add(pool.submit(_run_shard_in_worker, shard, self.workdir))
                while len(pending) >= limit:
                    done, pending = wait(pending, return_when=FIRST_COMPLETED)
                    for fut in sorted(done, key=lambda f: str(f.result())):
                        self._load(store, fut.result(), loaded)
            while pending:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for fut in sorted(done, key=lambda f: str(f.result())):
                    self._load(store, fut.result(), loaded)


def progress_bar(progress: bool | None) -> Any:
    """A tqdm bar on a terminal (documents, docs/s, rejects); None when not wanted."""
    if progress is None:
        progress = sys.stderr.isatty()
    if not progress:
        return None
    from tqdm import tqdm

    return tqdm(unit="doc", unit_scale=True, file=sys.stderr, mininterval=0.2,
                desc="ingest")


def _remove_if_empty(path: Path) -> None:
    try:
        path.rmdir()
    except OSError:
        pass
