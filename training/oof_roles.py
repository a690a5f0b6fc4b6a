"""Out-of-fold event F1 of the role model's settings on the corpus train split.

    .venv/bin/python training/oof_roles.py [--train corpus/train.jsonl]
                                           [--use learned learned,fill ...]
                                           [--agent 0.5 0.7] [--target 0.5 0.7] [--grid]

The role model is fitted on corpus train, so train F1 with it is in-sample. Here the train
documents are cut into ``train_roles.FOLDS`` folds by story cluster (``story_folds``); the
role model that codes a fold is fitted on the other folds' examples only, so every side it
gives is one it never saw: the measure ``train_roles.py`` chooses its setting by. The
reading stages run once per document, the coder once per fold and setting. Prints event F1
per setting: the model off, and each ``--use`` set at each threshold pair (``--grid``: the
trainer's whole grid).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "training"))

import train_roles  # noqa: E402

from ghatna.evaluate import score  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train", type=Path, default=ROOT / "corpus" / "train.jsonl")
    ap.add_argument("--use", nargs="+", default=["learned"],
                    help="use_for sets to try, each comma-joined (learned,fill,fill_agent)")
    ap.add_argument("--agent", type=float, nargs="+", default=[0.7])
    ap.add_argument("--target", type=float, nargs="+", default=[0.7])
    ap.add_argument("--grid", action="store_true", help="the trainer's whole grid")
    args = ap.parse_args()
    docs = train_roles.read_folds(args.train)
    examples = {gold["id"]: train_roles.doc_examples(gold, doc) for gold, doc, _ in docs}
    held_out = train_roles.OutOfFold(args.train, docs, examples)
    grid = train_roles.settings(True)[1:] if args.grid else [
        {"use_for": use.split(","), "agent_threshold": a, "target_threshold": t}
        for use in args.use for a in args.agent for t in args.target]
    for setting in [{"use_for": [], "agent_threshold": 1.0, "target_threshold": 1.0}] + grid:
        report = score(held_out.gold, held_out.predictions(setting))
        print(f"{','.join(setting['use_for']) or 'off'} agent {setting['agent_threshold']} "
              f"target {setting['target_threshold']}: out-of-fold F1 {report.f1:.4f} "
              f"(P {report.precision:.3f} R {report.recall:.3f})", flush=True)


if __name__ == "__main__":
    main()
