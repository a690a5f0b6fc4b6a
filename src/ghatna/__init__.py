"""ghatna: event data (PLOVER/CAMEO records) from Hindi, English and mixed Hindi-English news.

``ghatna.extract(text, published=None)`` returns the events of a text as dicts;
``ghatna.Store(path).events(**filters)`` reads a store written by ``ghatna ingest`` (a list, or
a pandas DataFrame with ``as_frame=True`` / ``events_df``). Both load lazily: ``import ghatna``
itself imports nothing heavy (see ``ghatna/api.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .native import use_fresh_build

__version__ = "0.1.0"
__all__ = ["Store", "__version__", "extract"]

#: whether the mypyc-compiled hot modules are in use (a fresh build: ghatna/native.py)
COMPILED = use_fresh_build()

if TYPE_CHECKING:
    from .api import Store, extract


def __getattr__(name: str) -> Any:
    if name in ("extract", "Store"):
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'ghatna' has no attribute {name!r}")
