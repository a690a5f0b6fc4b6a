"""The event ontology, read once from the bundled tables: PLOVER types and how the coder
treats them (``plover_types.tsv``), CAMEO root codes with their GDELT quad class
(``cameo_roots.tsv``), the Goldstein scale value of every CAMEO code as GDELT publishes it
(``cameo_goldstein.tsv``), the CAMEO <-> PLOVER map with PLOVER modes and contexts
(``cameo_plover.tsv``), and the groups of actor sectors (``sector_names.tsv``).

Pipeline, store, evaluation and web all ask this module; none of them types a list of
PLOVER types, quad classes or symmetric types of its own. It loads no language resources.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from types import MappingProxyType

from .data import Actor
from .errors import ResourceError
from .tsv import load_table, split_multi

#: GDELT QuadClass names (0: unknown).
QUAD_NAMES = {1: "Verbal cooperation", 2: "Material cooperation", 3: "Verbal conflict",
              4: "Material conflict", 0: "Unknown"}


@dataclass(frozen=True, slots=True)
class PloverType:
    name: str
    symmetric: bool  # the two actors play the same part (a meeting): either order
    needs_target: bool  # an event of this type without actor2 is dropped
    planned_as: str | None  # the type an announced act is coded as (a promise: AGREE)
    conditional_threat: bool  # announced on a condition, an act of this type is a threat
    target_in_that_clause: bool  # the target may be the subject of a following "that" clause
    # ... only where the "that" stands right after a pattern's match ("demanded that the
    # government withdraw"), not further on or after a learned event: a relative "that"
    that_clause_right_after_only: bool
    default_cameo: str  # the CAMEO code written for it when the coder gave none
    quad_class: int  # GDELT QuadClass of the default CAMEO code
    description: str


@dataclass(frozen=True, slots=True)
class CameoRoot:
    root: str
    name: str
    quad_class: int
    goldstein: float


@lru_cache(maxsize=1)
def cameo_roots() -> dict[str, CameoRoot]:
    """Two-digit CAMEO root -> its quad class and typical Goldstein score."""
    return {r["root"]: CameoRoot(r["root"], r["name"], int(r["quad"]), float(r["goldstein"]))
            for r in load_table("cameo_roots.tsv")}


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, dict[str, str]]:
    """Rows of ``cameo_plover.tsv`` by CAMEO code."""
    return {row["cameo"]: row for row in load_table("cameo_plover.tsv")}


def cameo_root(code: str | None) -> CameoRoot | None:
    """The root of a CAMEO code (``"046"`` -> root 04), None for no or an unknown code."""
    return cameo_roots().get((code or "")[:2]) if code else None


@lru_cache(maxsize=1)
def plover_types() -> dict[str, PloverType]:
    """PLOVER type name -> PloverType, in the table's order."""
    defaults = {row["plover"]: code for code, row in cameo_table().items()
                if row["default"] == "type"}
    types: dict[str, PloverType] = {}
    for r in load_table("plover_types.tsv"):
        code = defaults.get(r["type"], "")
        root = cameo_root(code)
        types[r["type"]] = PloverType(
            name=r["type"], symmetric=r["symmetric"] == "yes",
            needs_target=r["needs_target"] == "yes", planned_as=r["planned_as"] or None,
            conditional_threat=r["conditional_threat"] == "yes",
            target_in_that_clause=r["target_in_that_clause"] in ("yes", "right_after"),
            that_clause_right_after_only=r["target_in_that_clause"] == "right_after",
            default_cameo=code, quad_class=root.quad_class if root else 0,
            description=r["description"])
    return types


def type_names() -> tuple[str, ...]:
    return tuple(plover_types())


@lru_cache(maxsize=1)
def symmetric_types() -> frozenset[str]:
    """The symmetric PLOVER types (made once: the coder asks for every act)."""
    return frozenset(t for t, info in plover_types().items() if info.symmetric)


@lru_cache(maxsize=1)
def type_quad() -> Mapping[str, int]:
    """PLOVER type -> the GDELT quad class of its default CAMEO code (made once, read-only)."""
    return MappingProxyType({t: info.quad_class for t, info in plover_types().items()})


@lru_cache(maxsize=1)
def goldstein_table() -> dict[str, float]:
    """CAMEO code (2-4 digits) -> its Goldstein scale value (``cameo_goldstein.tsv``)."""
    return {r["cameo"]: float(r["goldstein"]) for r in load_table("cameo_goldstein.tsv")}


@lru_cache(maxsize=1)
def _default_codes() -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    by_type: dict[str, str] = {}
    by_mode: dict[tuple[str, str], str] = {}
    for code, row in cameo_table().items():
        if row["default"] == "type":
            by_type[row["plover"]] = code
        if row["default"] in ("type", "mode") and row["mode"]:
            by_mode.setdefault((row["plover"], row["mode"]), code)
    return by_type, by_mode


def event_code(plover_type: str | None, mode: str | None, cameo: str | None) -> str | None:
    """The CAMEO code of an event: the coder's if it gave one, else the default code of its
    (type, mode), else of its type (``cameo_plover.tsv``)."""
    if cameo and cameo.isdigit():
        return cameo
    by_type, by_mode = _default_codes()
    if plover_type and mode and (plover_type, mode) in by_mode:
        return by_mode[(plover_type, mode)]
    return by_type.get(plover_type or "")


def quad_class(code: str | None) -> int | None:
    """GDELT QuadClass of a CAMEO code, from its root (the one source: ``cameo_roots.tsv``)."""
    root = cameo_root(code)
    return root.quad_class if root else None


def goldstein(code: str | None) -> float | None:
    """Goldstein value of a CAMEO code: the code's own, else its base code's (first three
    digits), else its root's; None for no or an unknown code."""
    if not code:
        return None
    table = goldstein_table()
    for key in (code, code[:3], code[:2]):
        if key in table:
            return table[key]
    return None


def contexts(code: str | None) -> list[str]:
    """PLOVER contexts of a CAMEO code (``cameo_plover.tsv``; its base code's when the code
    itself is not listed)."""
    if not code:
        return []
    table = cameo_table()
    row = table.get(code) or table.get(code[:3])
    return [c for c in (row["context"].split("|") if row else []) if c]


@cache
def sector_group(name: str) -> frozenset[str]:
    """The sector codes of one group of ``sector_names.tsv`` (``state``, ``security``,
    ``policed``; FORMAT.md says what each is for)."""
    found = frozenset(row["sector"] for row in load_table("sector_names.tsv")
                      if name in split_multi(row.get("groups", "")))
    if not found:
        raise ResourceError(f"sector_names.tsv has no sector group {name!r}")
    return found


def sector_name(sector: str) -> str:
    """The generic English name of an unnamed actor of ``sector`` (``sector_names.tsv``:
    POL is "police")."""
    names = {row["sector"]: row["name"] for row in load_table("sector_names.tsv")}
    if sector not in names:
        raise ResourceError(f"sector_names.tsv has no sector {sector!r}")
    return names[sector]


def one_state(first: Actor | None, second: Actor | None) -> bool:
    """Is one of two actors a country acting as a whole and the other its own government
    (sector GOV of that country)? "India" and "Government of India", "Zelensky" and
    "Ukraine", "India" and its unnamed "government" are one side: an event between them is
    the state acting on itself, never a report of an act."""
    if first is None or second is None or not first.country \
            or first.country != second.country:
        return False
    country = next((a for a in (first, second) if a.kind == "country"), None)
    other = second if country is first else first
    return country is not None and (other.kind == "country" or other.sector == "GOV")
