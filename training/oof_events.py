"""Out-of-fold event F1 of the event-type model on the corpus train split.

    .venv/bin/python training/oof_events.py [--train corpus/train.jsonl] [--folds 5]
                                            [--add 0.6 0.8 ...] [--keep P] [--c C]
                                            [--own-weight W]

The shipped model is trained on corpus train, so train F1 is in-sample for everything the
model decides (docs/learned.md). Out of fold, the train documents are split into ``--folds``
folds by story cluster (``story_folds.story_fold``, as the role trainer's check); each fold is coded by a model
fitted (``train_events.fit``) on the other folds' sentences and the project's own sentences,
so every document is coded by a model that never saw it: a picture of unseen news (it reads
like corpus dev). Only the coder runs per setting (the reading stages once). The thresholds
default to the shipped file's; ``--add`` tries several add thresholds. Prints event F1 per
setting. Used to choose the model's settings (docs/measurements.md, helper ``etm9``).
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "training"))

import train_events  # noqa: E402
from story_folds import story_fold  # noqa: E402

from ghatna.data import Document, asserted_events  # noqa: E402
from ghatna.evaluate import load_gold, score  # noqa: E402
from ghatna.learned import event_types  # noqa: E402
from ghatna.pipeline import code, detector  # noqa: E402
from ghatna.pipeline.pipeline import default_pipeline  # noqa: E402

Read = tuple[dict, Document, int]  # gold line, read document, fold


def read_folds(path: Path, folds: int) -> list[Read]:
    """Every gold document read (not coded) with its fold, by story cluster."""
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            gold = json.loads(line)
            doc = train_events._read(Document(id=gold["id"], raw=gold["text"],
                                              published=gold.get("published")))
            fold = story_fold(gold, folds)
            out.append((gold, doc, fold))
    return out


def fold_models(docs: list[Read], folds: int) -> list[dict]:
    """One model file's content per fold, fitted without that fold's documents."""
    examples = {gold["id"]: train_events.doc_examples(gold, doc) for gold, doc, _ in docs}
    own = train_events.own_examples()
    return [train_events.fit([e for gold, _, f in docs if f != k for e in examples[gold["id"]]]
                             + own) for k in range(folds)]


def code_fold(docs: list[Read], k: int, model: event_types.EventTypeModel) -> dict[str, list]:
    """Fold ``k``'s documents coded with ``model`` in place of the shipped one."""
    stage = default_pipeline().stages[-1]
    out: dict[str, list] = {}
    with mock.patch.object(detector, "event_type_model", lambda *_: model), \
            mock.patch.object(code, "event_type_model", lambda *_: model):
        for gold, doc, fold in docs:
            if fold == k:
                out[gold["id"]] = [e.to_dict() for e in
                                   asserted_events(stage(copy.deepcopy(doc)).events)]
    return out


def as_model(content: dict, thresholds: dict[str, float]) -> event_types.EventTypeModel:
    return event_types.EventTypeModel.from_weights(
        types=tuple(content["types"]), bias=content["bias"], weights=content["weights"],
        keep_threshold=thresholds["keep_threshold"], add_threshold=thresholds["add_threshold"],
        add_beside_threshold=thresholds["add_beside_threshold"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train", type=Path, default=ROOT / "corpus" / "train.jsonl")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--add", type=float, nargs="+", default=None,
                    help="add thresholds to try (default: the shipped file's)")
    ap.add_argument("--keep", type=float, default=None, help="keep threshold (default: shipped)")
    ap.add_argument("--c", type=float, default=train_events.C, help="inverse regularisation")
    ap.add_argument("--own-weight", type=float, default=None,
                    help="sample weight of the project's own sentences (default: as trained)")
    args = ap.parse_args()
    train_events.C = args.c
    if args.own_weight is not None:
        train_events.OWN_WEIGHT = args.own_weight
    shipped = json.loads(event_types.MODEL_PATH.read_text(encoding="utf-8"))
    thresholds = {k: shipped[k] for k in ("keep_threshold", "add_threshold",
                                          "add_beside_threshold")}
    if args.keep is not None:
        thresholds["keep_threshold"] = args.keep
    docs = read_folds(args.train, args.folds)
    models = fold_models(docs, args.folds)
    gold = {g.id: g.events for g in load_gold(args.train)}
    for add in args.add or [thresholds["add_threshold"]]:
        predictions: dict[str, list] = {}
        for k, content in enumerate(models):
            model = as_model(content, {**thresholds, "add_threshold": add})
            predictions.update(code_fold(docs, k, model))
        report = score(gold, predictions)
        print(f"add {add:.2f} keep {thresholds['keep_threshold']:.2f}: out-of-fold F1 "
              f"{report.f1:.4f} (P {report.precision:.3f} R {report.recall:.3f})")


if __name__ == "__main__":
    main()
