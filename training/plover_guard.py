"""English PLOVER type accuracy as a guard of the learned models' selection (``train_events.py``,
``train_roles.py``): a setting is chosen only if it keeps the accuracy of ``bench/eval_plover.py``
over all records, and over its fixed held-out third, at least where the reference setting (the one
that changes least) has it.

Why: the model files are chosen on event F1 over the dev files (mostly Hindi news). In session 14
the retrained event-type file chose a veto threshold (``keep`` 0.02) that gained a little pooled
dev F1 and vetoed 53 of the 386 pattern matches of the English PLOVER records, most of them right
(every SUPPORT among them): accuracy 0.733 -> 0.661, held-out third 0.682 -> 0.617
(docs/learned.md, session 15). The records are no training data of any model; they only check
the choice. Without ``../shared/external/plover`` the guard is empty and lets every setting pass.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "bench") not in sys.path:
    sys.path.insert(0, str(ROOT / "bench"))  # the PLOVER bench's reader and scorer

from eval_plover import DEFAULT_DATA, held_out, load_records, run_pipeline  # noqa: E402

#: accuracy over all records and over the held-out third
Scores = tuple[float, float]


@dataclass(slots=True)
class PloverGuard:
    """The PLOVER records, read once; :meth:`scores` codes them with the model files as they
    are now written."""

    records: list[dict[str, Any]]

    @classmethod
    def load(cls, path: Path = DEFAULT_DATA) -> PloverGuard:
        return cls(load_records(path) if path.is_file() else [])

    def scores(self) -> Scores:
        if not self.records:
            return (1.0, 1.0)
        outcomes = run_pipeline(self.records)
        held = [o for o in outcomes if held_out(o.id)]
        return (sum(o.correct for o in outcomes) / len(outcomes),
                sum(o.correct for o in held) / len(held) if held else 1.0)


def keeps(scores: Scores, floors: Scores) -> bool:
    """Does a setting keep both accuracies at least at the reference's?"""
    return all(value >= floor for value, floor in zip(scores, floors))


def describe(scores: Scores) -> str:
    return f"PLOVER {scores[0]:.3f} (held {scores[1]:.3f})"
