#!/usr/bin/env python3
"""Extraction speed of romanized Hindi documents vs their Devanagari originals (issue 9).

The Hindi documents of a gold file (default ``corpus/train.jsonl``) and their romanized twins
(``romanize_twins.make_twins``) are extracted in the same process, after one warm-up pass of
each, in alternating timed passes (the machine is shared: only ratios of runs side by side
mean much). With ``--learned`` the learned token-language model (``pipeline/latin_lid``,
shipped disabled) is used, to time what it costs.

    python bench/bench_romanized_speed.py [GOLD] [--passes 3] [--learned]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from romanize_twins import is_hindi, make_twins  # noqa: E402


def docs_per_second(docs: list, passes: int) -> list[float]:
    from ghatna.commands.eval import predict_all

    rates = []
    for _ in range(passes):
        t0 = time.perf_counter()
        predict_all(docs)
        rates.append(len(docs) / (time.perf_counter() - t0))
    return rates


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path, nargs="?", default=ROOT / "corpus" / "train.jsonl")
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--learned", action="store_true",
                        help="with the learned token-language model (shipped disabled)")
    args = parser.parse_args(argv)
    from ghatna.evaluate import load_gold
    from ghatna.pipeline import latin_lid

    latin_lid.set_enabled(args.learned)
    originals = [d for d in load_gold(args.gold) if is_hindi(d)]
    twins = make_twins(originals, args.seed, keep_english=False)
    docs_per_second(originals, 1)
    docs_per_second(twins, 1)
    orig: list[float] = []
    roman: list[float] = []
    for _ in range(args.passes):
        orig += docs_per_second(originals, 1)
        roman += docs_per_second(twins, 1)
    print(f"{args.gold}: {len(originals)} Hindi docs, {len(twins)} twins, "
          f"learned model {'on' if args.learned else 'off'}")
    print("originals docs/s " + " ".join(f"{r:.0f}" for r in orig))
    print("romanized docs/s " + " ".join(f"{r:.0f}" for r in roman))
    return 0


if __name__ == "__main__":
    sys.exit(main())
