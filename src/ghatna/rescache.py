"""A compiled cache of the parsed resources: each costly loader's result pickled once, so a
later start reads one file instead of parsing TSV tables and model JSON again.

A loader decorated with ``@compiled("name")`` (a function of no arguments) is looked up in
``<cache dir>/<name>-<key>.pickle``. The key hashes the package version, the Python version,
whether the mypyc build is in use (a pure and a compiled process write slotted classes
differently, docs/native.md) and the path, size and modification time of every file of the
``ghatna`` package (code, resources, models): editing, reinstalling or upgrading any of them gives a new key, and the
stale file is replaced when the new one is written. A missing, unreadable or corrupt file is
rebuilt from the sources; a cache directory that cannot be written is skipped (the result is
then built at every start, as without the cache).

The cache directory is ``$GHATNA_CACHE_DIR``, else ``$XDG_CACHE_HOME/ghatna``, else
``~/.cache/ghatna``. ``GHATNA_CACHE=off`` turns the cache off (always build). The files are
pickles: like the package itself, they must be writable only by their user.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from functools import cache, wraps
from pathlib import Path
from typing import Any, Generic, TypeVar, overload

from . import __version__

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
PACKAGE_DIR = Path(__file__).parent
_SKIP_DIRS = {"__pycache__", "web"}


def cache_dir() -> Path | None:
    """Where the compiled files go, or None when the cache is turned off."""
    if os.environ.get("GHATNA_CACHE", "").lower() in ("off", "0", "no", "false"):
        return None
    if os.environ.get("GHATNA_CACHE_DIR"):
        return Path(os.environ["GHATNA_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "ghatna"


def _file_stats(folder: str, out: list[str]) -> None:
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                if entry.name not in _SKIP_DIRS:
                    _file_stats(entry.path, out)
            elif not entry.name.endswith((".pyc", ".pyo")):
                stat = entry.stat()
                out.append(f"{entry.path}\t{stat.st_size}\t{stat.st_mtime_ns}")


@cache
def source_key() -> str:
    """Hash of the version, the Python version and every package file's path, size and
    modification time (a few hundred ``stat`` calls: about a millisecond)."""
    stats: list[str] = []
    _file_stats(str(PACKAGE_DIR), stats)
    digest = hashlib.blake2b(digest_size=12)
    from . import COMPILED

    digest.update(f"{__version__}\t{sys.version}\t{pickle.HIGHEST_PROTOCOL}\t{COMPILED}\n"
                  .encode())
    digest.update("\n".join(sorted(stats)).encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def _read(path: Path) -> tuple[bool, object]:
    try:
        with path.open("rb") as fh:
            return True, pickle.load(fh)
    except FileNotFoundError:
        return False, None
    except Exception:  # noqa: BLE001 - a truncated or foreign file is rebuilt, never fatal
        return False, None


class _Pickler(pickle.Pickler):
    """Pickles a frozen dataclass as a call of its constructor on its ``init`` fields (memos
    made after ``__init__`` start empty again). Why: compiled by mypyc (docs/native.md), a
    frozen class is restored field by field with ``setattr``, which it refuses; a call restores
    it the same way compiled or not, so one cache file serves both."""

    def reducer_override(self, obj: Any) -> Any:
        params = getattr(type(obj), "__dataclass_params__", None)
        if params is None or not params.frozen or isinstance(obj, type):
            return NotImplemented
        fields = dataclasses.fields(obj)
        return type(obj), tuple(getattr(obj, f.name) for f in fields if f.init)


def dumps(value: object) -> bytes:
    """``value`` pickled for the cache (see ``_Pickler``)."""
    buffer = io.BytesIO()
    _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    return buffer.getvalue()


def _write(folder: Path, name: str, path: Path, value: object) -> None:
    """Write atomically (temporary file, then rename); drop this loader's stale files."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{name}-", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "wb") as fh:
                _Pickler(fh, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
        for stale in folder.glob(f"{name}-*.pickle"):
            if stale != path:
                stale.unlink(missing_ok=True)
    except (OSError, pickle.PicklingError):
        return  # a read-only or full cache directory: build at every start instead


def load_or_build(name: str, build: Callable[[], T]) -> T:
    """The cached result of ``build`` for the current sources, building and storing it once."""
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{name}-{source_key()}.pickle"
    found, value = _read(path)
    if found:
        return value  # type: ignore[return-value]
    result = build()
    _write(folder, name, path, result)
    return result


_LOADERS: list[Callable[[], object]] = []


def compiled(name: str) -> Callable[[Callable[[], T]], Callable[[], T]]:
    """Decorate a no-argument resource loader: cached on disk (see the module) and in memory."""
    def decorate(build: Callable[[], T]) -> Callable[[], T]:
        @cache
        @wraps(build)
        def load() -> T:
            return load_or_build(name, build)
        _LOADERS.append(load)
        return load
    return decorate


def forget() -> None:
    """Drop what this process holds (the key and every loaded result): for a process that
    rewrites a resource or model file and must read the new one (training)."""
    source_key.cache_clear()
    for load in _LOADERS:
        load.cache_clear()  # type: ignore[attr-defined]


class PackedTable(Generic[K, V]):
    """A read-only table whose values are pickled one by one in the compiled cache and
    decoded on first use: a start reads the whole file but rebuilds only the entries its text
    looks up (a table of 100,000 small objects costs seconds to unpickle, its keys and bytes
    milliseconds)."""

    __slots__ = ("_decoded", "_packed")

    def __init__(self, table: dict[K, V]) -> None:
        self._decoded: dict[K, V] = dict(table)
        self._packed: dict[K, bytes] = {}

    @overload
    def get(self, key: K) -> V | None: ...

    @overload
    def get(self, key: K, default: V) -> V: ...

    def get(self, key: K, default: V | None = None) -> V | None:
        found = self._decoded.get(key)
        if found is None:
            packed = self._packed.get(key)
            if packed is None:
                return default
            found = self._decoded[key] = pickle.loads(packed)
        return found

    def __getitem__(self, key: K) -> V:
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found

    def __len__(self) -> int:
        return len(self._packed.keys() | self._decoded.keys())

    def __getstate__(self) -> dict[K, bytes]:
        packed = dict(self._packed)
        packed.update((key, dumps(value))
                      for key, value in self._decoded.items())
        return packed

    def __setstate__(self, packed: dict[K, bytes]) -> None:
        self._packed = packed
        self._decoded = {}

