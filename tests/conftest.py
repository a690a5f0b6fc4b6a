"""Shared fixtures: documents built by hand, and paths to the shared evaluation data."""

from __future__ import annotations

from pathlib import Path

import pytest
from testkit import SHARED


@pytest.fixture
def shared() -> Path:
    if not SHARED.exists():
        pytest.fail(f"{SHARED} is missing: tests expect ../shared beside the repository")
    return SHARED
