#!/usr/bin/env python3
"""Time ``ghatna ingest`` with the local engine and with ``--engine ray`` on the same input,
and check that the two stores give the same ``stats`` and the same ``export``.

Generates N news-like documents (bench/generate.py) into ``bench/out/``, then runs each
engine ``--repeats`` times into a fresh database, with ``--workers`` processes (local) or a
local Ray cluster of ``--workers`` CPUs (ray; its start-up is included). Needs
``pip install 'ghatna[ray]'``.

    python bench/bench_ray.py --docs 3000 --workers 2
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
sys.path.insert(0, str(HERE))

from generate import generate, write_jsonl  # noqa: E402  (bench/ on the path first)


def ghatna(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ghatna.cli", *args], capture_output=True,
                          text=True, check=False)


def ingest(corpus: Path, engine: str, workers: int, partition_bytes: int) -> tuple[float, Path]:
    db = OUT / f"bench_ray_{engine}.duckdb"
    for path in OUT.glob(db.name + "*"):
        shutil.rmtree(path) if path.is_dir() else path.unlink()
    extra = ["--partition-bytes", str(partition_bytes)] if engine == "ray" else []
    started = time.perf_counter()
    done = ghatna("ingest", str(corpus), "--db", str(db), "--engine", engine,
                  "--workers", str(workers), "--quiet", *extra)
    seconds = time.perf_counter() - started
    if done.returncode not in (0, 3):
        sys.exit(f"{engine} ingest failed:\n{done.stderr}")
    return seconds, db


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=3000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--partition-bytes", type=int, default=1_000_000)
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    corpus = OUT / f"bench_ray_{args.docs}.jsonl"
    with corpus.open("w", encoding="utf-8") as fh:
        write_jsonl(generate(args.docs, seed=5), fh)
    views: dict[str, tuple[str, str]] = {}
    for repeat in range(args.repeats):
        for engine in ("local", "ray"):
            seconds, db = ingest(corpus, engine, args.workers, args.partition_bytes)
            print(f"{engine:5} run {repeat + 1}: {seconds:6.1f} s "
                  f"({args.docs / seconds:,.0f} docs/s)", flush=True)
            views[engine] = (ghatna("stats", "--db", str(db), "--json").stdout,
                             ghatna("export", "--db", str(db)).stdout)
    same = views["local"] == views["ray"]
    print(f"same stats and export: {same}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
