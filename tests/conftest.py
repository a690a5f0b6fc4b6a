"""Shared fixtures: documents built by hand, and paths to the shared evaluation data."""

from __future__ import annotations

from pathlib import Path

import pytest

from ghatna.data import Document
from ghatna.pipeline.pipeline import Pipeline

from testpaths import SHARED


def run_stages(text: str, *stage_names: str, published: str | None = None) -> Document:
    """Run the default pipeline's stages up to (and including) the last name given."""
    from ghatna.pipeline.pipeline import default_pipeline

    stages = default_pipeline().stages
    last = max(i for i, s in enumerate(stages) if s.name in stage_names) if stage_names else len(stages) - 1
    return Pipeline(stages[: last + 1]).run(Document(id="t", raw=text, published=published))


@pytest.fixture
def shared() -> Path:
    if not SHARED.exists():
        pytest.fail(f"{SHARED} is missing: tests expect ../shared beside the repository")
    return SHARED
