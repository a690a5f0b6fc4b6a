"""Shared fixtures: documents built by hand, and paths to the shared evaluation data."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

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


class _CompiledAwareMonkeyPatch(pytest.MonkeyPatch):  # type: ignore[misc]  # final to type checkers only
    """``monkeypatch`` that refuses to replace a function inside a mypyc-compiled module
    (ghatna/native.py): compiled callers call it directly, so the test would read the real
    function while believing it replaced. Leave the module pure (``native.LEFT_PURE``) or
    replace something read at run time (a decorated loader, a pure module's name)."""

    def setattr(self, target: Any, name: Any, *args: Any, **kwargs: Any) -> None:  # type: ignore[override]
        if isinstance(target, ModuleType) and isinstance(name, str):
            old = getattr(target, name, None)
            compiled_module = str(getattr(target, "__file__", "")).endswith(".so")
            if compiled_module and type(old).__name__ == "builtin_function_or_method" \
                    and str(getattr(old, "__module__", "")).startswith("ghatna."):
                pytest.fail(f"{target.__name__}.{name} is compiled: replacing it changes "
                            "nothing for its compiled callers (see tests/conftest.py)")
        super().setattr(target, name, *args, **kwargs)


@pytest.fixture
def monkeypatch() -> Iterator[pytest.MonkeyPatch]:
    patcher = _CompiledAwareMonkeyPatch()
    yield patcher
    patcher.undo()
