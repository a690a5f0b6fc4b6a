"""Extraction in N local processes with the output kept in input order (``extract --workers``).

The main process reads the inputs and sends batches of documents to a pool of spawned workers
(as the ingest executor does; spawn, because a forked copy of a process holding threads is
unsafe); each worker runs the standard pipeline once loaded and returns, per document, what the
command writes for it. The main process writes the batches in the order it read them, so the
output is the same for any number of workers. At most ``2 * workers`` batches are in flight,
which bounds memory whatever the input size.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..data import Document
from ..errors import ResourceError

if TYPE_CHECKING:  # the pool is imported when used: the command line starts faster
    from concurrent.futures import Future

BATCH = 32  # documents per task: enough to amortise the pickling, small enough to balance


@dataclass(slots=True)
class Outcome:
    """What became of one document: its formatted output, or the error that failed it."""

    doc: Document
    output: str = ""
    error: str = ""  # "TypeName: message" of an exception in the pipeline


Formatter = Callable[[Document, list[Any]], str]
_FORMATTER: Formatter | None = None


def _init_worker(formatter: Formatter) -> None:
    global _FORMATTER
    _FORMATTER = formatter


def _light(doc: Document) -> Document:
    """The document as the main process needs it back (no sentences, tokens, mentions)."""
    return Document(id=doc.id, raw="", published=doc.published, url=doc.url,
                    source=doc.source, title=doc.title, lang=doc.lang, warnings=doc.warnings)


def _run_batch(docs: list[Document]) -> list[Outcome]:
    from ..pipeline.pipeline import default_pipeline

    assert _FORMATTER is not None, "worker not initialised"
    pipeline = default_pipeline()
    out: list[Outcome] = []
    for doc in docs:
        try:
            events = pipeline.extract(doc)
        except ResourceError:
            raise  # broken package data fails every document: the command stops
        except Exception as exc:  # noqa: BLE001 - one document must not lose the batch
            out.append(Outcome(_light(doc), error=f"{type(exc).__name__}: {exc}"))
            continue
        out.append(Outcome(_light(doc), output=_FORMATTER(doc, events)))
    return out


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Runs of consecutive documents; anything else (a reject) travels alone, in its place."""
    batch: list[Any] = []
    for item in items:
        if isinstance(item, Document):
            batch.append(item)
            if len(batch) >= size:
                yield batch
                batch = []
        else:
            if batch:
                yield batch
                batch = []
            yield [item]
    if batch:
        yield batch


def extract_ordered(items: Iterable[Any], workers: int, formatter: Formatter,
                    batch_size: int = BATCH) -> Iterator[Outcome | Any]:
    """Yield, in input order, an :class:`Outcome` per document and every other item (a
    reader's reject) as it is. ``formatter`` must be a module-level function (it is sent to
    the workers)."""
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    ctx = get_context("spawn")
    pending: deque[Future[list[Outcome]] | list[Any]] = deque()
    with ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init_worker,
                             initargs=(formatter,)) as pool:
        for batch in _batches(items, batch_size):
            if isinstance(batch[0], Document):
                pending.append(pool.submit(_run_batch, batch))
            else:
                pending.append(batch)
            while len(pending) > 2 * workers:
                yield from _resolve(pending.popleft())
        while pending:
            yield from _resolve(pending.popleft())


def _resolve(entry: Future[list[Outcome]] | list[Any]) -> list[Any]:
    return entry if isinstance(entry, list) else list(entry.result())
