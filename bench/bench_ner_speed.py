#!/usr/bin/env python3
"""NER tagging speed, side by side in one process: full features vs the tagger's own path.

* **full**: ``crfsuite.tag(sentence_features(tokens))``, every attribute string (what the tagger
  did before it learned which attributes its model knows);
* **tagger**: ``NerTagger.tag(tokens)``: the same features minus those the model has no weight
  for, cached per word form (``ner.features.FeatureBuilder``).

Both run over the same sentences (the HiNER held-out part), alternating, ``--repeats`` times;
the best pass of each is reported, and the tags of the two paths are checked to be identical.
One process, one core. Not a test.

    .venv/bin/python bench/bench_ner_speed.py --repeats 5
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "training"))

from train_ner import DEFAULT_HINER, split  # noqa: E402

from ghatna.ner.features import sentence_features  # noqa: E402
from ghatna.ner.tagger import MODEL_PATH, NerTagger  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--hiner", type=Path, default=DEFAULT_HINER)
    ap.add_argument("--model", type=Path, default=MODEL_PATH)
    ap.add_argument("--repeats", type=int, default=5)
    args = ap.parse_args(argv)
    if not args.hiner.is_file():
        print(f"error: HiNER file not found: {args.hiner}", file=sys.stderr)
        return 2
    import pycrfsuite

    sents = [tokens for tokens, _ in split(args.hiner)[1]]
    crf = pycrfsuite.Tagger()
    crf.open(str(args.model))
    tagger = NerTagger(args.model)
    tagger.tag(["x"])  # load the model and the word lists outside the timing
    full_tags = [crf.tag(sentence_features(t)) for t in sents]  # warm the word caches
    same = full_tags == [tagger.tag(t) for t in sents]
    best = {"full": float("inf"), "tagger": float("inf")}
    for _ in range(args.repeats):
        t0 = time.perf_counter()
        for tokens in sents:
            crf.tag(sentence_features(tokens))
        t1 = time.perf_counter()
        for tokens in sents:
            tagger.tag(tokens)
        t2 = time.perf_counter()
        best["full"] = min(best["full"], t1 - t0)
        best["tagger"] = min(best["tagger"], t2 - t1)
    ntok = sum(len(t) for t in sents)
    print(f"{len(sents)} sentences ({ntok / len(sents):.1f} tokens each), best of {args.repeats}")
    for name, secs in best.items():
        print(f"  {name:<7} {secs / len(sents) * 1e6:6.0f} µs/sentence  "
              f"{len(sents) / secs:8,.0f} sentences/s")
    print(f"  speed-up {best['full'] / best['tagger']:.2f}x; identical tags: {same}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
