"""Loading the bundled linguistic resources (TSV files described in FORMAT.md).

Every file is read once per process and cached. ``normalize`` is the one normalisation
that both the text (clean/langtag stages) and every surface form in a resource go through,
so that they always compare equal.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

from ..errors import ResourceError

RESOURCE_DIR = Path(__file__).parent

# Characters folded away for matching: the nukta (spellings vary: ज़/ज), zero-width joiners,
# soft hyphen; chandrabindu is written as anusvara by many outlets (पहुँचे/पहुंचे).
_DROP = {0x093C: None, 0x200B: None, 0x200C: None, 0x200D: None, 0xFEFF: None, 0x00AD: None}
_FOLD = {
    0x0901: "\u0902",  # chandrabindu -> anusvara
    0x0958: "\u0915", 0x0959: "\u0916", 0x095A: "\u0917", 0x095B: "\u091C",
    0x095C: "\u0921", 0x095D: "\u0922", 0x095E: "\u092B", 0x095F: "\u092F",
    0x00A0: " ", 0x2019: "'", 0x2018: "'", 0x201C: '"', 0x201D: '"',
    0x2013: "-", 0x2014: "-", 0x2011: "-", 0x2010: "-",
}
CHAR_TABLE: dict[int, str | None] = {**_DROP, **_FOLD}

WORD_RE = re.compile(r"[A-Za-z0-9\u00C0-\u024F\u0900-\u0963\u0966-\u097F]+|[^\s]")


def normalize(text: str) -> str:
    """Matching form of a string: folded Devanagari, lower-case Latin."""
    return text.translate(CHAR_TABLE).lower()


def tokenize_surface(surface: str) -> tuple[str, ...]:
    """Tokens of a resource surface form, normalised the same way as sentence tokens."""
    return tuple(WORD_RE.findall(normalize(surface)))


def surface_key(surface: str) -> str:
    """The key a surface form is stored under in the matchers: its tokens joined by spaces."""
    return " ".join(tokenize_surface(surface))


def _clean_rows(lines: list[str]) -> list[str]:
    return [ln for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]


@lru_cache(maxsize=None)
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
