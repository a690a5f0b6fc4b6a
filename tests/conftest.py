"""Shared fixtures: documents built by hand, and paths to the shared evaluation data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from testkit import SHARED


@pytest.fixture
def shared() -> Path:
    if not SHARED.exists():
        pytest.fail(f"{SHARED} is missing: tests expect ../shared beside the repository")
    return SHARED


@pytest.fixture(scope="session", autouse=True)
def _compiled_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The compiled-resource cache goes to a session folder, never the user's ~/.cache (the
    command-line tests' subprocesses inherit it)."""
    os.environ["GHATNA_CACHE_DIR"] = str(tmp_path_factory.mktemp("ghatna-cache"))
