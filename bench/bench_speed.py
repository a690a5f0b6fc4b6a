#!/usr/bin/env python3
"""Extraction speed on real news text, as a ratio to the cheapest possible pass. Not a test.

The texts are the real-news excerpts of the repository and the shared eval set
(``corpus/train.jsonl``, ``corpus/dev.jsonl``, ``../shared/eval/dev.jsonl``; never the locked
test split) and the sample corpus, repeated under fresh ids up to ``--docs`` documents and
written to a temporary JSONL file. On one pinned core, side by side in the same run:

* **floor**: read the file, ``json.loads`` each line, tokenize the text with ``\\w+``;
* **extract**: read and parse the same way, then ``default_pipeline().extract`` each document
  (in-process, the resources loaded before the clock starts).

Each is run ``--repeats`` times; the best run of each is reported with the ratio
extract/floor. ``--profile FILE`` also writes a cProfile of one extract pass (the summary is
printed: the top functions by own time and the time by pipeline stage). ``--stages`` times one
more extract pass stage by stage with the wall clock, no profiler (whose overhead inflates the
stages with many small calls): each stage's seconds and share of the pass.

    .venv/bin/python bench/bench_speed.py --docs 4000
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ["corpus/train.jsonl", "corpus/dev.jsonl", "../shared/eval/dev.jsonl",
           "examples/sample_corpus.jsonl"]
WORD = re.compile(r"\w+")


def real_texts() -> list[dict[str, str | None]]:
    """Every document of the sources present (text and publication date only)."""
    docs = []
    for name in SOURCES:
        path = ROOT / name
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    record = json.loads(line)
                    docs.append({"text": record["text"], "published": record.get("published")})
    if not docs:
        sys.exit("no source corpus found: run from a checkout with corpus/ and examples/")
    return docs


def write_corpus(path: Path, n_docs: int) -> int:
    """``n_docs`` documents cycling over the real texts; returns the file's size in bytes."""
    texts = real_texts()
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n_docs):
            base = texts[i % len(texts)]
            fh.write(json.dumps({"id": f"d{i}", **base}, ensure_ascii=False) + "\n")
    return path.stat().st_size


def floor_pass(path: Path) -> int:
    tokens = 0
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            tokens += len(WORD.findall(json.loads(line)["text"]))
    return tokens


def extract_pass(path: Path) -> int:
    from ghatna.data import Document
    from ghatna.pipeline.pipeline import default_pipeline

    pipeline = default_pipeline()
    events = 0
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            doc = Document(id=record["id"], raw=record["text"], published=record.get("published"))
            events += len(pipeline.extract(doc))
    return events


def best_of(repeats: int, func: Callable[[Path], int], path: Path) -> tuple[float, int]:
    best, result = float("inf"), 0
    for _ in range(repeats):
        start = time.perf_counter()
        result = func(path)
        best = min(best, time.perf_counter() - start)
    return best, result


def stage_times(stats: pstats.Stats) -> dict[str, float]:
    """Cumulative seconds of each pipeline stage's ``__call__``/``process``."""
    out: dict[str, float] = {}
    for (filename, _, func), (_, _, _, cumulative, _) in stats.stats.items():  # type: ignore[attr-defined]
        if "/ghatna/pipeline/" in filename and func in ("__call__", "process"):
            stage = Path(filename).stem
            out[stage] = max(out.get(stage, 0.0), cumulative)
    return dict(sorted(out.items(), key=lambda kv: -kv[1]))


def profile(path: Path, out: Path) -> None:
    profiler = cProfile.Profile()
    profiler.runcall(extract_pass, path)
    profiler.dump_stats(str(out))
    buffer = io.StringIO()
    stats = pstats.Stats(profiler, stream=buffer)
    stats.sort_stats("tottime").print_stats(25)
    print(buffer.getvalue())
    print("stage cumulative seconds (under the profiler):",
          json.dumps({k: round(v, 2) for k, v in stage_times(stats).items()}))


def stage_walltimes(path: Path) -> dict[str, float]:
    """Seconds in each stage over one extract pass (each stage's ``__call__`` timed)."""
    from ghatna.pipeline.base import Stage

    spent: dict[str, float] = {}
    original = Stage.__call__

    def timed(self: Stage, doc: Any) -> Any:
        start = time.perf_counter()
        try:
            return original(self, doc)
        finally:
            spent[self.name] = spent.get(self.name, 0.0) + time.perf_counter() - start

    Stage.__call__ = timed  # type: ignore[method-assign]
    try:
        extract_pass(path)
    finally:
        Stage.__call__ = original  # type: ignore[method-assign]
    return dict(sorted(spent.items(), key=lambda kv: -kv[1]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=4000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--profile", type=Path, default=None, help="write a cProfile here")
    parser.add_argument("--stages", action="store_true",
                        help="also time each stage over one more pass (no profiler)")
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    with tempfile.TemporaryDirectory(prefix="ghatna-speed-") as tmp:
        path = Path(tmp) / "real.jsonl"
        size = write_corpus(path, args.docs)
        from ghatna.data import Document
        from ghatna.pipeline.pipeline import default_pipeline

        default_pipeline().extract(Document(id="warm", raw="Modi met Putin in Delhi."))  # load resources
        floor_s, tokens = best_of(args.repeats, floor_pass, path)
        extract_s, events = best_of(args.repeats, extract_pass, path)
        stages = stage_walltimes(path) if args.stages else {}
        if args.profile:
            profile(path, args.profile)
    result = {"docs": args.docs, "mb": round(size / 1e6, 2), "tokens": tokens, "events": events,
              "floor_docs_per_s": round(args.docs / floor_s), "extract_docs_per_s":
              round(args.docs / extract_s, 1), "extract_mb_per_s": round(size / 1e6 / extract_s, 2),
              "ratio": round(extract_s / floor_s, 1)}
    print(f"floor   {result['floor_docs_per_s']:>9,} docs/s  ({tokens:,} tokens)")
    print(f"extract {result['extract_docs_per_s']:>9,} docs/s  ({events:,} events, "
          f"{result['extract_mb_per_s']} MB/s)")
    print(f"ratio   {result['ratio']:>9}x")
    if stages:
        total = sum(stages.values())
        print("stages  " + ", ".join(f"{name} {sec:.2f} s {100 * sec / total:.0f} %"
                                     for name, sec in stages.items()))
        result["stage_seconds"] = {name: round(sec, 3) for name, sec in stages.items()}
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
