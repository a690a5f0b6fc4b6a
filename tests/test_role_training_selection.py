"""The role trainer's choice of where to consult the model (training/train_roles.py)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training"))
import train_roles  # noqa: E402
from story_folds import story_fold  # noqa: E402

DEV = [Path("corpus-dev"), Path("shared-dev")]
LEARNED = (("learned",), 0.7, 0.7)
WEAK = (("learned", "fill"), 0.3, 0.3)


class FakeHeldOut:
    """Out-of-fold F1 by setting: what the train split would say."""

    def __init__(self, f1: dict[tuple[Any, ...], float]) -> None:
        self.scores = f1
        self.asked: list[tuple[Any, ...]] = []

    def f1(self, setting: dict[str, Any], out: Path) -> float:
        key = _key(setting)
        self.asked.append(key)
        return self.scores.get(key, 0.0)


def _key(setting: dict[str, Any]) -> tuple[Any, ...]:
    return (tuple(setting["use_for"]), setting["agent_threshold"], setting["target_threshold"])


@pytest.fixture
def dev_scores(monkeypatch: pytest.MonkeyPatch) -> dict[tuple[Any, ...], float]:
    """Pooled dev F1 by setting; every single dev file scores 0.6 for the kept settings, so
    they all pass the floor, and 0.5 for the others, which fail it."""
    pooled: dict[tuple[Any, ...], float] = {((), 0.3, 0.3): 0.638, LEARNED: 0.637, WEAK: 0.600}
    current: dict[str, Any] = {}
    monkeypatch.setattr(train_roles, "write", lambda model, out: current.update(model))

    def dev_f1(paths: list[Path]) -> float:
        key = _key(current)
        if key not in pooled:
            return 0.5
        return pooled[key] if len(paths) > 1 else 0.6

    monkeypatch.setattr(train_roles, "dev_f1", dev_f1)
    return pooled


def test_a_tie_on_dev_is_decided_by_the_train_split_out_of_fold(dev_scores: Any,
                                                                tmp_path: Path) -> None:
    held_out = FakeHeldOut({((), 0.3, 0.3): 0.659, LEARNED: 0.665, WEAK: 0.9})
    chosen = train_roles.choose_use({}, tmp_path / "m.json", DEV, [], held_out)
    assert _key(chosen) == LEARNED
    # only the settings within the tie are scored out of fold: a clear dev loser is never
    # brought back by the train split, however well it does there
    assert sorted(held_out.asked) == sorted([((), 0.3, 0.3), LEARNED])


def test_without_a_tie_or_held_out_data_the_best_dev_setting_wins(dev_scores: Any,
                                                                 tmp_path: Path) -> None:
    assert _key(train_roles.choose_use({}, tmp_path / "m.json", DEV, [])) == ((), 0.3, 0.3)
    dev_scores[LEARNED] = 0.630  # 0.008 below the best: no tie
    held_out = FakeHeldOut({LEARNED: 0.9})
    chosen = train_roles.choose_use({}, tmp_path / "m.json", DEV, [], held_out)
    assert _key(chosen) == ((), 0.3, 0.3) and held_out.asked == []


def test_reports_of_one_story_share_a_fold() -> None:
    one = story_fold({"id": "a-1", "cluster": "s-9"}, train_roles.FOLDS)
    assert story_fold({"id": "b-7", "cluster": "s-9"}, train_roles.FOLDS) == one
    folds = {story_fold({"id": f"d{k}"}, train_roles.FOLDS) for k in range(40)}
    assert folds == set(range(train_roles.FOLDS))


def test_where_the_detector_proposes_the_reference_reads_learned_events_cautiously() -> None:
    first = train_roles.settings(proposes=True)[0]
    assert _key(first) == (("learned",), max(train_roles.AGENT_GRID),
                           max(train_roles.TARGET_GRID))
    assert _key(train_roles.settings(proposes=False)[0]) == ((), 0.3, 0.3)
    every = train_roles.settings(proposes=True)
    assert len(every) == len({_key(s) for s in every})  # the reference is not tried twice


def test_a_setting_that_loses_a_guard_rows_learned_event_is_not_chosen(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # the model off scores best on both dev files, but leaves the learned events of the
    # regression guard without their sides
    guard = Path("regression-learned")
    current: dict[str, Any] = {}
    monkeypatch.setattr(train_roles, "write", lambda model, out: current.update(model))

    def dev_f1(paths: list[Path]) -> float:
        off = not current["use_for"]
        if paths == [guard]:
            return 0.4 if off else 1.0
        return 0.7 if off else 0.6

    monkeypatch.setattr(train_roles, "dev_f1", dev_f1)
    chosen = train_roles.choose_use({}, tmp_path / "m.json", DEV, [guard], proposes=True)
    assert chosen["use_for"] == ["learned"]
    # where the detector proposes nothing, the model off is the reference and wins on dev
    chosen = train_roles.choose_use({}, tmp_path / "m.json", DEV, [guard], proposes=False)
    assert chosen["use_for"] == []
