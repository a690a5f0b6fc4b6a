"""Linear time: extraction time of one long sentence against the same amount of normal text.

Builds ``--kb`` kilobytes of normal news text from the project's own sample corpus
(``examples/sample_corpus.jsonl``: many sentences) and the same words as ONE sentence (every
sentence end removed; ``--bare`` removes every punctuation mark too), runs the pipeline on each
and prints both times and their ratio, per stage. A ratio near 1 means time grows with the length of the text, not with the
length of its longest sentence. Not a test: timings are noisy; compare ratios of one run.

    .venv/bin/python bench/bench_linear.py --kb 1024
"""

from __future__ import annotations

import argparse
import json
import re
import time
from pathlib import Path

from ghatna.data import Document
from ghatna.pipeline.pipeline import default_pipeline

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "sample_corpus.jsonl"
ENDS = re.compile(r"[.!?\u0964\u0965]")


def normal_text(size: int) -> str:
    texts = [json.loads(line)["text"] for line in SAMPLE.open(encoding="utf-8")]
    parts: list[str] = []
    total = 0
    while total < size:
        for text in texts:
            parts.append(text)
            total += len(text.encode("utf-8")) + 2
            if total >= size:
                break
    return "\n\n".join(parts)


BARE = re.compile(r"[^\w\s]")


def one_sentence(text: str, bare: bool = False) -> str:
    text = BARE.sub(" ", text) if bare else ENDS.sub(" ", text)
    return " ".join(text.split())


def timed(text: str, name: str) -> tuple[float, dict[str, float], int]:
    doc = Document(id=name, raw=text, published="2025-11-18")
    stages: dict[str, float] = {}
    for stage in default_pipeline().stages:
        started = time.perf_counter()
        doc = stage(doc)
        stages[stage.name] = time.perf_counter() - started
    return sum(stages.values()), stages, len(doc.events)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kb", type=int, default=1024, help="size of each text (default 1024)")
    parser.add_argument("--bare", action="store_true", help="no punctuation at all")
    args = parser.parse_args()
    normal = normal_text(args.kb * 1024)
    single = one_sentence(normal, args.bare)
    timed(normal[:5000], "warm-up")  # load the resources outside the measurement
    n_time, n_stages, n_events = timed(normal, "normal")
    s_time, s_stages, s_events = timed(single, "one-sentence")
    print(f"normal text   {len(normal.encode()):>9,} bytes {n_time:8.2f} s  {n_events} events")
    print(f"one sentence  {len(single.encode()):>9,} bytes {s_time:8.2f} s  {s_events} events")
    for name in n_stages:
        print(f"  {name:<10} {n_stages[name]:8.3f} s  {s_stages[name]:8.3f} s")
    print(f"ratio one-sentence / normal: {s_time / n_time:.2f}")


if __name__ == "__main__":
    main()
