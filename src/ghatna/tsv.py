"""Reading the bundled TSV tables (format: ``resources/FORMAT.md``), cached per process.

Kept apart from ``ghatna.resources`` (the language resources and their normalisation) so that
the ontology tables can be read by the store and the web, which load no language resources.
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

from .errors import ResourceError

RESOURCE_DIR = Path(__file__).parent / "resources"


def _clean_rows(lines: list[str]) -> list[str]:
    return [ln for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]


@cache
def load_table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of ``resources/<name>`` as dicts keyed by the header's column names."""
    path = RESOURCE_DIR / name
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError as exc:
        raise ResourceError(f"resource {name} is missing from the package ({path})") from exc
    rows = _clean_rows(lines)
    if not rows:
        return ()
    reader = csv.reader(rows, delimiter="\t", quoting=csv.QUOTE_NONE)
    header = [h.strip() for h in next(reader)]
    out: list[dict[str, str]] = []
    for lineno, cells in enumerate(reader, 2):
        if len(cells) > len(header):
            raise ResourceError(f"{name}: row {lineno} has {len(cells)} cells, "
                                f"header has {len(header)}: {cells[:3]}")
        cells = cells + [""] * (len(header) - len(cells))
        out.append({h: c.strip() for h, c in zip(header, cells)})
    return tuple(out)


def split_multi(cell: str) -> list[str]:
    """A ``|``-separated cell as a list without empty items."""
    return [part.strip() for part in cell.split("|") if part.strip()]
