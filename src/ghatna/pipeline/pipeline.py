"""A pipeline is an ordered list of stages, checked when it is built."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ..data import Document, Event
from .base import Stage


class Pipeline:
    """Runs stages in order; refuses an order where a stage would miss its inputs."""

    def __init__(self, stages: Sequence[Stage]):
        seen: set[str] = set()
        for stage in stages:
            missing = [r for r in stage.requires if r not in seen]
            if missing:
                raise ValueError(f"stage {stage.name} needs {', '.join(missing)} before it")
            seen.add(stage.name)
        self.stages = list(stages)

    def run(self, doc: Document) -> Document:
        for stage in self.stages:
            doc = stage(doc)
        return doc

    def extract(self, doc: Document) -> list[Event]:
        """Run the whole pipeline and return the document's events."""
        return self.run(doc).events


@lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    """The standard pipeline, built once per process (resources load lazily and are cached)."""
    from .clean import Clean
    from .code import Code
    from .dates import Dates
    from .langtag import LangTag
    from .mentions import Mentions
    from .places import Places
    from .segment import Segment

    return Pipeline([Clean(), Segment(), LangTag(), Mentions(), Dates(), Places(), Code()])
