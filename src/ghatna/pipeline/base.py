"""The stage contract: every stage maps a Document to a Document and says what it needs."""

from __future__ import annotations

from typing import ClassVar

from ..data import Document


class Stage:
    """One step of the pipeline.

    ``requires`` names the stages that must have run before; ``provides`` is this stage's
    name, recorded in ``Document.done`` so that a pipeline can be checked when built and a
    document can be checked when processed.
    """

    name: ClassVar[str] = "stage"
    requires: ClassVar[tuple[str, ...]] = ()

    def process(self, doc: Document) -> Document:  # pragma: no cover - abstract
        raise NotImplementedError

    def __call__(self, doc: Document) -> Document:
        missing = [r for r in self.requires if r not in doc.done]
        if missing:
            raise ValueError(f"stage {self.name} needs {', '.join(missing)} to run first")
        doc = self.process(doc)
        doc.done.add(self.name)
        return doc
