#!/usr/bin/env python3
"""Held-out evaluation of the CRF named-entity tagger (src/ghatna/ner) on HiNER.

Data: ``../shared/external/hiner/validation.collapsed.conll`` (CC BY-SA 4.0; read in place).
The held-out part is the fixed 20 % of ``training/train_ner.py``'s ``is_heldout`` (never trained
on). Scores are entity-level: a predicted span counts only when a gold span has the same first
token, last token and label. Prints precision / recall / F1 per label and micro average, the
model file size and the tagging speed (feature extraction + Viterbi, one process).

Usage: .venv/bin/python bench/eval_ner.py [--hiner PATH] [--model PATH]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "training"))

from train_ner import DEFAULT_HINER, LABELS, prf, span_scores, split  # noqa: E402

from ghatna.ner.tagger import MODEL_PATH, NerTagger  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--hiner", type=Path, default=DEFAULT_HINER)
    ap.add_argument("--model", type=Path, default=MODEL_PATH)
    args = ap.parse_args(argv)
    if not args.hiner.is_file():
        print(f"error: HiNER file not found: {args.hiner}", file=sys.stderr)
        return 2
    _, held = split(args.hiner)
    tagger = NerTagger(args.model)
    tagger.tag(["x"])  # load the model and the word lists outside the timing
    t0 = time.perf_counter()
    pred = [tagger.tag(tokens) for tokens, _ in held]
    elapsed = time.perf_counter() - t0
    scores = span_scores([tags for _, tags in held], pred)

    ntok = sum(len(t) for t, _ in held)
    print(f"HiNER held-out part: {len(held)} sentences, {ntok} tokens (exact span + label)")
    print(f"{'label':<14}{'P':>8}{'R':>8}{'F1':>8}{'gold':>8}{'pred':>8}")
    for lab in (*LABELS, "ALL"):
        tp, npred, ngold = scores[lab]
        p, r, f = prf(tp, npred, ngold)
        name = "micro avg" if lab == "ALL" else lab
        print(f"{name:<14}{p:>8.4f}{r:>8.4f}{f:>8.4f}{ngold:>8}{npred:>8}")
    size = args.model.stat().st_size
    print(f"model: {args.model.relative_to(ROOT) if args.model.is_relative_to(ROOT) else args.model}"
          f" {size / 1e6:.2f} MB ({size} bytes)")
    print(f"speed: {len(held) / elapsed:,.0f} sentences/s, "
          f"{elapsed / len(held) * 1e6:.0f} µs/sentence (mean {ntok / len(held):.1f} tokens; "
          "features + Viterbi, first pass over the data)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
