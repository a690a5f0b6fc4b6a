"""Hindi noun inflection and nominal frames for the predicate patterns (FORMAT.md).

A Hindi event noun is written in four forms (direct and oblique, singular and plural: "मामला",
"मामले", "मामलों"), and a pattern lists one. ``noun_forms_hi.tsv`` names the nouns and their
paradigm (``noun_paradigms_hi.tsv``): a pattern word that is any form of one matches every
form. ``nominal_frames_hi.tsv`` wraps the event nouns of ``event_nouns_hi.tsv`` in general verb
phrases ("NOUN का आयोजन ~कर"): each frame and noun it takes make one generated pattern row, typed
by the noun.
"""

from __future__ import annotations

from functools import lru_cache

from ..errors import ResourceError
from ..resources import load_table, split_multi, surface_key

NO_ENDING = "0"  # a paradigm cell for "the stem alone"
CASE_NUMBER_SLOTS = ("direct_singular", "oblique_singular", "direct_plural", "oblique_plural")
NOUN_SLOT = "NOUN"  # where a frame puts the event noun
PATTERN_COLUMNS = ("type", "mode", "cameo", "target")  # taken from the noun's row


def inflect(noun: str, paradigm: dict[str, str]) -> tuple[str, ...]:
    """The distinct forms of ``noun`` (normalised) in ``paradigm``, the written form first."""
    ending = "" if paradigm["ending"] == NO_ENDING else paradigm["ending"]
    if not noun.endswith(ending):
        raise ResourceError(f"noun_forms_hi: {noun} does not end in its paradigm's "
                            f"ending {ending} ({paradigm['paradigm']})")
    stem = noun[:len(noun) - len(ending)]
    forms = [surface_key(noun)]
    for slot in CASE_NUMBER_SLOTS:
        suffix = "" if paradigm[slot] == NO_ENDING else paradigm[slot]
        form = surface_key(stem + suffix)
        if form not in forms:
            forms.append(form)
    return tuple(forms)


@lru_cache(maxsize=1)
def noun_form_sets() -> dict[str, tuple[str, ...]]:
    """Every form of a listed noun -> all the forms of that noun."""
    paradigms = {row["paradigm"]: row for row in load_table("noun_paradigms_hi.tsv")}
    found: dict[str, tuple[str, ...]] = {}
    for row in load_table("noun_forms_hi.tsv"):
        if row["paradigm"] not in paradigms:
            raise ResourceError(f"noun_forms_hi: {row['noun']} has an unknown paradigm "
                                f"{row['paradigm']}")
        forms = inflect(row["noun"], paradigms[row["paradigm"]])
        for form in forms:
            found[form] = tuple(dict.fromkeys(found.get(form, ()) + forms))
    return found


def inflected(alternatives: set[tuple[str, ...]]) -> set[tuple[str, ...]]:
    """The alternatives of a pattern position with every form of the listed nouns among them
    (a one-word alternative only: "विरोध प्रदर्शन" inflects through its own words)."""
    forms = noun_form_sets()
    more = {(form,) for alt in alternatives if len(alt) == 1 for form in forms.get(alt[0], ())}
    return alternatives | more


def frame_rows() -> list[dict[str, str]]:
    """Pattern rows (the columns of predicates_hi.tsv) of every frame with every event noun of
    a type it takes."""
    nouns = load_table("event_nouns_hi.tsv")
    rows: list[dict[str, str]] = []
    for frame in load_table("nominal_frames_hi.tsv"):
        if frame["frame"].split()[0] != NOUN_SLOT:
            raise ResourceError(f"nominal_frames_hi: frame {frame['id']} must begin with "
                                f"{NOUN_SLOT} (the noun is the trigger)")
        types = set(split_multi(frame["types"]))
        rows += [_frame_row(frame, noun) for noun in nouns if not types or noun["type"] in types]
    return rows


def _frame_row(frame: dict[str, str], noun: dict[str, str]) -> dict[str, str]:
    flags = list(dict.fromkeys(split_multi(noun["flags"]) + split_multi(frame["flags"])))
    row = {column: noun[column] for column in PATTERN_COLUMNS}
    row.update(id=f"{frame['id']}.{noun['noun']}", lang="hi", flags="|".join(flags),
               pattern=" ".join(noun["noun"] if token == NOUN_SLOT else token
                                for token in frame["frame"].split()),
               example=frame["example"])
    return row
