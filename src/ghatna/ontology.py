"""The event ontology, read once from the bundled tables: PLOVER types and how the coder
treats them (``plover_types.tsv``), CAMEO root codes with their GDELT quad class and Goldstein
score (``cameo_roots.tsv``), and the CAMEO <-> PLOVER map (``cameo_plover.tsv``).

Pipeline, store, evaluation and web all ask this module; none of them types a list of
PLOVER types, quad classes or symmetric types of its own. It loads no language resources.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .tsv import load_table

#: GDELT QuadClass names (0: unknown).
QUAD_NAMES = {1: "Verbal cooperation", 2: "Material cooperation", 3: "Verbal conflict",
              4: "Material conflict", 0: "Unknown"}


@dataclass(frozen=True, slots=True)
class PloverType:
    name: str
    symmetric: bool  # the two actors play the same part (a meeting): either order
    needs_target: bool  # an event of this type without actor2 is dropped
    planned_as: str | None  # the type an announced act is coded as (a promise: AGREE)
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
            default_cameo=code, quad_class=root.quad_class if root else 0,
            description=r["description"])
    return types


def type_names() -> tuple[str, ...]:
    return tuple(plover_types())


def symmetric_types() -> frozenset[str]:
    return frozenset(t for t, info in plover_types().items() if info.symmetric)


def type_quad() -> dict[str, int]:
    """PLOVER type -> the GDELT quad class of its default CAMEO code."""
    return {t: info.quad_class for t, info in plover_types().items()}
