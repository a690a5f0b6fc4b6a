"""The mypyc-compiled build of the hot modules, used only while it matches the sources.

``tools/build_native.py`` (run by ``make setup``, or ``make native``) compiles the modules of
``COMPILED_PACKAGES`` with mypyc into extension modules beside their ``.py`` files and writes
``BUILD_FILE``: the modules it compiled with their sources' sizes and times. Python's import prefers an
extension module to a ``.py`` file, so a build is used as soon as it exists; ``use_fresh_build``
(called when ``ghatna`` is imported) keeps it only while its sources are unchanged since,
and otherwise puts a finder first on ``sys.meta_path`` that imports those modules from their
``.py`` files: an edited checkout runs its edits, never a stale build. The compiled modules call
one another directly, so they are used all together or not at all.

``GHATNA_PURE_PYTHON=1`` makes the same finder load the ``.py`` files whatever the build (to
compare both, see tests/test_native.py). The events are the same either way (docs/native.md).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Sequence
from importlib.machinery import ModuleSpec, SourceFileLoader
from types import ModuleType

# plain strings and os.path, not pathlib: this runs at every start, before anything else
PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))
BUILD_FILE = os.path.join(PACKAGE_DIR, "_native_build.tsv")
GROUP = "ghatna_native"  # mypyc's shared library: ``ghatna_native__mypyc.*.so`` beside ``ghatna``
#: the packages whose modules are compiled (each module but ``__init__``)
COMPILED_PACKAGES = ("pipeline", "ner", "learned")
#: modules left as Python, and why
LEFT_PURE = {
    # tests replace its ``detect`` as seen from the coder; a compiled coder would call the
    # compiled one directly (tests/test_learned_agent.py)
    "ghatna.pipeline.detector",
}


def compiled_modules(package_dir: str = PACKAGE_DIR) -> list[str]:
    """Dotted names of the modules to compile, sorted."""
    names = [f"ghatna.{package}.{name[:-3]}" for package in COMPILED_PACKAGES
             for name in os.listdir(os.path.join(package_dir, package))
             if name.endswith(".py") and name != "__init__.py"]
    return sorted(name for name in names if name not in LEFT_PURE)


def source_file(module: str, package_dir: str = PACKAGE_DIR) -> str:
    """The ``.py`` file of a dotted ``ghatna.…`` module name."""
    return os.path.join(package_dir, *module.split(".")[1:]) + ".py"


def source_stamps(modules: Iterable[str], package_dir: str = PACKAGE_DIR) -> list[str]:
    """One line per module, sorted: its name, its source's size and modification time (a
    stat each, ~0.5 ms in all where reading and hashing the sources took ~10 ms at every
    start). Any write to a source, even of the same bytes, makes the build stale: at worst
    a good build is left unused, never a stale one used."""
    lines = []
    for module in sorted(modules):
        stat = os.stat(source_file(module, package_dir))
        lines.append(f"{module}\t{stat.st_size}\t{stat.st_mtime_ns}")
    return lines


def _read_lines(path: str) -> list[str]:
    with open(path, encoding="utf-8") as fh:
        return fh.read().splitlines()


def build_is_fresh(build_file: str = BUILD_FILE, package_dir: str = PACKAGE_DIR) -> bool:
    """Whether the build recorded in ``build_file`` was made from the present sources."""
    try:
        recorded = _read_lines(build_file)
        modules = [line.split("\t")[0] for line in recorded]
        return bool(recorded) and recorded == source_stamps(modules, package_dir)
    except (OSError, ValueError):
        return False  # no build, an unreadable record, or a module gone since


class SourceFirst:
    """Imports the named modules from their ``.py`` files, passing over any extension."""

    def __init__(self, modules: Iterable[str]) -> None:
        self.modules = frozenset(modules)

    def find_spec(self, fullname: str, path: Sequence[str] | None,
                  target: ModuleType | None = None) -> ModuleSpec | None:
        if fullname not in self.modules:
            return None
        source = source_file(fullname)
        spec = ModuleSpec(fullname, SourceFileLoader(fullname, source), origin=source)
        spec.has_location = True  # sets ``__file__`` (and the bytecode cache), as a plain import
        return spec


def _built_modules() -> list[str]:
    """The modules of the recorded build and those of the present list (a record may be
    unreadable, or name a module since removed from the list)."""
    try:
        recorded = [line.split("\t")[0] for line in _read_lines(BUILD_FILE)]
    except (OSError, ValueError):
        recorded = []
    return sorted(set(recorded) | set(compiled_modules()))


def _anything_built() -> bool:
    parent = os.path.dirname(PACKAGE_DIR)
    return os.path.exists(BUILD_FILE) or any(
        name.startswith(f"{GROUP}__mypyc") for name in os.listdir(parent))


def use_fresh_build() -> bool:
    """Keep a fresh build in use; else make the compiled modules import from their sources.
    True when the compiled modules will be used."""
    if not _anything_built():
        return False  # nothing was built: the plain import is the pure one
    if os.environ.get("GHATNA_PURE_PYTHON", "") in ("", "0") and build_is_fresh():
        return True
    if not any(isinstance(finder, SourceFirst) for finder in sys.meta_path):
        sys.meta_path.insert(0, SourceFirst(_built_modules()))
    return False
