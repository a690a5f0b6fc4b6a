"""Extractors: what a worker runs on one document.

An extractor is named by ``"module:function"`` (a string, so that it reaches spawned worker
processes) and maps a :class:`~ghatna.data.Document` to the processed document (its ``lang``
set) and its event records. The default runs the standard pipeline; tests and benchmarks can
name another one.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from ..data import Document
from ..store.records import event_record

Extractor = Callable[[Document], tuple[Document, list[dict[str, Any]]]]

DEFAULT_EXTRACTOR = "ghatna.executors.extract:pipeline_events"


def pipeline_events(doc: Document) -> tuple[Document, list[dict[str, Any]]]:
    """Run the standard pipeline (built once per process) on one document."""
    from ..pipeline.pipeline import default_pipeline

    doc = default_pipeline().run(doc)
    return doc, [event_record(e) for e in doc.events]


def load_extractor(spec: str) -> Extractor:
    """Resolve ``"module:function"``; a bad spec is a ValueError naming it."""
    module_name, _, func_name = spec.partition(":")
    if not module_name or not func_name:
        raise ValueError(f"extractor {spec!r}: expected 'module:function'")
    func = getattr(importlib.import_module(module_name), func_name, None)
    if not callable(func):
        raise ValueError(f"extractor {spec!r}: {func_name} is not a function of {module_name}")
    return func  # type: ignore[no-any-return]
