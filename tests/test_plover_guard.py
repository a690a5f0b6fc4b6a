"""English PLOVER type accuracy as a guard of the learned models' selection
(training/plover_guard.py, train_events.choose_thresholds, train_roles.choose_use)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training"))
import plover_guard  # noqa: E402
import train_events  # noqa: E402
import train_roles  # noqa: E402
from plover_guard import PloverGuard, Scores  # noqa: E402
from testkit import record_trial_models  # noqa: E402

DEV = [Path("corpus-dev"), Path("shared-dev")]


class FakePlover(PloverGuard):
    """PLOVER accuracies by the model file as last written."""

    def __init__(self, by_setting: Callable[[dict[str, Any]], Scores],
                 current: dict[str, Any]) -> None:
        super().__init__([])
        self.by_setting = by_setting
        self.current = current

    def scores(self) -> Scores:
        return self.by_setting(self.current)


@pytest.fixture
def written(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The event-type settings as last written; pooled dev F1 rises with a veto (keep) and
    with a low add threshold, by more than the trainer's margin."""
    current: dict[str, Any] = {}
    monkeypatch.setattr(train_events, "write", lambda model, out: current.update(model))

    def dev_f1(paths: list[Path]) -> float:
        return (0.6 + (0.02 if current["keep_threshold"] > 0 else 0.0)
                + (0.02 if current["add_threshold"] < 0.5 else 0.0))

    monkeypatch.setattr(train_events, "dev_f1", dev_f1)
    return current


def _vetoes_cost_english(setting: dict[str, Any]) -> Scores:
    return (0.66, 0.62) if setting["keep_threshold"] > 0 else (0.73, 0.68)


def test_a_veto_that_costs_english_plover_accuracy_is_not_chosen(written: dict[str, Any],
                                                                 tmp_path: Path) -> None:
    unguarded = train_events.choose_thresholds({}, tmp_path / "m.json", DEV)
    assert unguarded["keep_threshold"] > 0  # the dev files alone would take the veto
    guard = FakePlover(_vetoes_cost_english, written)
    chosen = train_events.choose_thresholds({}, tmp_path / "m.json", DEV, guard)
    assert chosen["keep_threshold"] == 0.0
    # the guard keeps what the additions gain (the most cautious add within the margin)
    assert chosen["add_threshold"] == max(v for v in train_events.ADD_GRID if v < 0.5)


def test_a_loss_on_the_held_out_third_alone_is_enough(written: dict[str, Any],
                                                      tmp_path: Path) -> None:
    def held_falls(setting: dict[str, Any]) -> Scores:
        return (0.74, 0.67) if setting["keep_threshold"] > 0 else (0.73, 0.68)

    guard = FakePlover(held_falls, written)
    assert train_events.choose_thresholds({}, tmp_path / "m.json", DEV,
                                          guard)["keep_threshold"] == 0.0


def test_where_no_add_threshold_keeps_english_the_model_adds_nothing(written: dict[str, Any],
                                                                     tmp_path: Path) -> None:
    def additions_cost(setting: dict[str, Any]) -> Scores:
        return (0.70, 0.68) if setting["add_threshold"] <= 1.0 else (0.73, 0.68)

    chosen = train_events.choose_thresholds({}, tmp_path / "m.json", DEV,
                                            FakePlover(additions_cost, written))
    assert chosen["add_threshold"] > 1.0


class FillWinsOutOfFold(train_roles.HeldOut):
    """Out-of-fold train F1: filling the targets of pattern events scores best."""

    def f1(self, setting: dict[str, Any]) -> float:
        return 0.70 if "fill" in setting["use_for"] else 0.66


def test_a_role_setting_that_costs_english_plover_accuracy_is_not_chosen(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # filling the targets of pattern events scores best out of fold and keeps both dev
    # files, but costs the English records their top type
    current = record_trial_models(monkeypatch, train_roles)
    monkeypatch.setattr(train_roles, "dev_f1", lambda paths: 0.6)

    def fill_costs(setting: dict[str, Any]) -> Scores:
        return (0.70, 0.66) if "fill" in setting["use_for"] else (0.73, 0.68)

    unguarded = train_roles.choose_use({}, DEV, [], FillWinsOutOfFold())
    assert "fill" in unguarded["use_for"]
    chosen = train_roles.choose_use({}, DEV, [], FillWinsOutOfFold(),
                                    plover=FakePlover(fill_costs, current))
    assert "fill" not in chosen["use_for"]


def test_the_guard_scores_the_top_event_type_over_all_records_and_the_held_out_third() -> None:
    records = [{"id": f"own-{k}", "text": text, "date": "2024-03-05", "gold_type": etype}
               for k, (text, etype) in enumerate([
                   ("Thousands of farmers protested outside the parliament in Delhi on Monday.",
                    "PROTEST"),
                   ("Indian Foreign Minister S. Jaishankar met Japanese Foreign Minister Yoko "
                    "Kamikawa in Tokyo on Tuesday.", "CONSULT"),
                   ("The weather stayed dry over the capital all week.", "ASSAULT")])]
    held = [r for r in records if plover_guard.held_out(r["id"])]
    assert held and len(held) < len(records)  # both parts hold records
    accuracy, held_accuracy = PloverGuard(records).scores()
    assert accuracy == pytest.approx(2 / 3)  # the sentence with no event is a miss
    assert held_accuracy == sum(r["gold_type"] != "ASSAULT" for r in held) / len(held)


def test_without_the_records_every_setting_passes() -> None:
    assert PloverGuard.load(Path("/nonexistent/plover.txt")).scores() == (1.0, 1.0)
    assert plover_guard.keeps((0.7, 0.6), (0.7, 0.6))
    assert not plover_guard.keeps((0.71, 0.59), (0.7, 0.6))
