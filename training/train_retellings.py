"""Train the retelling filter (``src/ghatna/learned/retellings.py``) on the corpus train split.

    .venv/bin/python training/train_retellings.py [--train corpus/train.jsonl] [--folds 5]
                                                  [--c C] [--dry-run]

The rows are the events of every train document that share their type with another asserted
event of the document; the label says whether the scorer matches the event to a gold event
(``evaluate.score_document``'s greedy matching). The events are coded out of fold, as on unseen
news: each story fold by an event-type model fitted without it (``oof_events``), so the
filter learns from the errors the coder makes on documents it never saw.

The threshold is chosen out of fold as well: for each fold, a filter fitted on the other
folds' rows is applied to that fold's events, and the threshold with the best out-of-fold
event F1 wins. The filter is switched on only when that F1 gains at least ``MIN_GAIN`` over
no filter. The final weights are fitted on every row. Deterministic: the folds are fixed by
story (``story_folds``), and the solver is liblinear.
"""

from __future__ import annotations

import argparse
import copy
import json
import pickle
import sys
from pathlib import Path
from typing import Any
from unittest import mock

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "training"))

import oof_events  # noqa: E402

from ghatna.data import Document, Event, asserted_events  # noqa: E402
from ghatna.evaluate import events_match, load_gold, score  # noqa: E402
from ghatna.learned import retellings  # noqa: E402
from ghatna.learned.event_types import MODEL_PATH as EVENT_MODEL_PATH  # noqa: E402
from ghatna.pipeline import code, detector  # noqa: E402
from ghatna.pipeline.pipeline import default_pipeline  # noqa: E402

C = 0.3
MIN_GAIN = 0.005  # out-of-fold F1 the filter must gain to be switched on
THRESHOLDS = [round(0.05 * k, 2) for k in range(2, 13)]
OFF: dict[str, Any] = {"enabled": False, "bias": 0.0, "weights": {}, "threshold": 0.0}

Coded = tuple[str, int, Document, list[Event]]  # doc id, fold, coded document, asserted events


def code_out_of_fold(path: Path, folds: int) -> list[Coded]:
    """Every train document coded by an event model fitted without its fold, unfiltered."""
    docs = oof_events.read_folds(path, folds)
    models = oof_events.fold_models(docs, folds)
    shipped = json.loads(EVENT_MODEL_PATH.read_text(encoding="utf-8"))
    thresholds = {k: shipped[k] for k in ("keep_threshold", "add_threshold",
                                          "add_beside_threshold")}
    stage = default_pipeline().stages[-1]
    out: list[Coded] = []
    for k, content in enumerate(models):
        model = oof_events.as_model(content, thresholds)
        with mock.patch.object(detector, "event_type_model", lambda *_, m=model: m), \
                mock.patch.object(code, "event_type_model", lambda *_, m=model: m), \
                mock.patch.object(retellings, "retelling_model", lambda: OFF):
            for gold, doc, fold in docs:
                if fold == k:
                    coded = stage(copy.deepcopy(doc))
                    out.append((gold["id"], fold, coded, asserted_events(coded.events)))
    return out


def matched(gold: list[dict], events: list[Event]) -> set[int]:
    """Indexes of the events the scorer matches to a gold event (its greedy order)."""
    preds = [e.to_dict() for e in events]
    used: set[int] = set()
    for g in gold:
        hit = next((k for k, p in enumerate(preds) if k not in used and events_match(g, p)), None)
        if hit is not None:
            used.add(hit)
    return used


def rows(coded: list[Coded], gold: dict[str, list[dict]]) -> list[tuple[int, dict, int]]:
    """(fold, features, label) of every event told beside another of its type."""
    out = []
    for doc_id, fold, doc, events in coded:
        hits = matched(gold[doc_id], events)
        for k, feats in sorted(retellings.group_features(events, doc).items()):
            out.append((fold, feats, int(k in hits)))
    return out


def fit(examples: list[tuple[dict, int]]) -> dict[str, Any]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer(sort=True, sparse=False)
    x = vec.fit_transform([f for f, _ in examples])
    clf = LogisticRegression(C=C, solver="liblinear", max_iter=1000)
    clf.fit(x, [y for _, y in examples])
    weights = {name: round(float(w), 4) for name, w in zip(vec.feature_names_, clf.coef_[0])
               if abs(w) >= 1e-4}
    return {"bias": round(float(clf.intercept_[0]), 4), "weights": weights}


def oof_f1(coded: list[Coded], gold: dict[str, list[dict]], models: list[dict],
           threshold: float | None) -> Any:
    """Event F1 of the train split with each fold filtered by its own out-of-fold filter."""
    preds = {}
    for doc_id, fold, doc, events in coded:
        if threshold is not None:
            model = {**models[fold], "enabled": True, "threshold": threshold}
            events = retellings.drop_likely_retellings(events, doc, model)
        preds[doc_id] = [e.to_dict() for e in events]
    return score(gold, preds)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train", type=Path, default=ROOT / "corpus" / "train.jsonl")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--dry-run", action="store_true", help="print, do not write the model")
    ap.add_argument("--cache", type=Path, default=None,
                    help="keep the coded documents in this pickle (reused when present)")
    args = ap.parse_args()
    gold = {g.id: g.events for g in load_gold(args.train)}
    if args.cache is not None and args.cache.exists():
        coded = pickle.loads(args.cache.read_bytes())
    else:
        coded = code_out_of_fold(args.train, args.folds)
        if args.cache is not None:
            args.cache.write_bytes(pickle.dumps(coded))
    table = rows(coded, gold)
    print(f"{len(table)} events told beside another of their type, "
          f"{sum(y for _, _, y in table)} matched")
    models = [fit([(f, y) for fold, f, y in table if fold != k]) for k in range(args.folds)]
    base = oof_f1(coded, gold, models, None)
    print(f"no filter: out-of-fold F1 {base.f1:.4f} (P {base.precision:.3f} "
          f"R {base.recall:.3f}, {base.matched}/{base.predicted_events})")
    best = (base.f1, None)
    for threshold in THRESHOLDS:
        report = oof_f1(coded, gold, models, threshold)
        print(f"threshold {threshold:.2f}: out-of-fold F1 {report.f1:.4f} (P "
              f"{report.precision:.3f} R {report.recall:.3f}, "
              f"{report.matched}/{report.predicted_events})")
        best = max(best, (report.f1, threshold), key=lambda b: b[0])
    gain, threshold = best[0] - base.f1, best[1]
    enabled = threshold is not None and gain >= MIN_GAIN
    model = {"enabled": enabled, **fit([(f, y) for _, f, y in table]),
             "threshold": threshold if threshold is not None else 0.0}
    print(f"best threshold {threshold}, gain {gain:+.4f}: filter "
          f"{'on' if enabled else 'off'}")
    if not args.dry_run:
        retellings.MODEL_PATH.write_text(json.dumps(model, ensure_ascii=False, indent=1,
                                                    sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
