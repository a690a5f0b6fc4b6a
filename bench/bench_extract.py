#!/usr/bin/env python3
"""Benchmark ``ghatna extract``: throughput, peak memory and start-up time. Not a test.

Measured, on one CPU core (the process pins itself with ``sched_setaffinity`` where the OS
allows it):

* **throughput**: documents/second (and kB/second, events/document) of
  ``default_pipeline().extract`` over ``--docs`` generated documents (see ``generate.py``).
  Only the extraction calls are timed; generating the documents is not. The first document is
  timed on its own as ``first_doc_s``: it includes loading the language resources.
* **peak memory**: ``ru_maxrss`` of this process after the run (the generator streams, so
  the corpus is never held in memory), and before the first document (``rss_base_mb``).
* **start-up**: wall clock of ``ghatna --help`` and of ``ghatna extract`` on one small
  document, each run as a subprocess, best of 3.

With ``--cli`` the throughput is measured instead through the command line
(``ghatna extract corpus.jsonl --format docs``, wall clock, child ``ru_maxrss``), which adds
reading and writing JSON to the pipeline.

Prints a short table, then one JSON line with the same figures.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate, write_jsonl

SMALL_DOC = ("नई दिल्ली, 12 मार्च (भाषा) विदेश मंत्री एस जयशंकर ने मंगलवार को रूसी विदेश मंत्री "
             "सर्गेई लावरोव से मुलाकात की और द्विपक्षीय संबंधों पर चर्चा की।\n")


def pin_to_one_core() -> int | None:
    """Restrict this process (and its children) to one CPU; returns it, or None if unsupported."""
    if not hasattr(os, "sched_getaffinity"):
        return None
    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    return cpu


def maxrss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident set size in MB (Linux reports kB, macOS bytes)."""
    peak = resource.getrusage(who).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def ghatna_command() -> list[str]:
    """The ``ghatna`` console script beside this interpreter, else ``python -m ghatna.cli``."""
    beside = Path(sys.executable).parent / "ghatna"
    if beside.exists():
        return [str(beside)]
    found = shutil.which("ghatna")
    return [found] if found else [sys.executable, "-m", "ghatna.cli"]


def best_wall_time(cmd: list[str], repeats: int = 3) -> tuple[float, int]:
    """Fastest wall-clock time of ``repeats`` runs of ``cmd`` and the worst exit code."""
    best, worst_rc = float("inf"), 0
    for _ in range(repeats):
        start = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
        best = min(best, time.perf_counter() - start)
        if proc.returncode not in (0, 3):  # 3: finished with rejected documents
            worst_rc = proc.returncode
            print(f"warning: {' '.join(cmd)} exited {proc.returncode}: "
                  f"{proc.stderr.strip().splitlines()[-1:]}", file=sys.stderr)
    return best, worst_rc


def measure_startup(cmd: list[str], workdir: Path) -> dict[str, float | int]:
    """Start-up of ``ghatna --help`` and of ``ghatna extract`` on one small document."""
    small = workdir / "small.txt"
    small.write_text(SMALL_DOC, encoding="utf-8")
    help_s, help_rc = best_wall_time(cmd + ["--help"])
    extract_s, extract_rc = best_wall_time(cmd + ["extract", str(small), "--format", "events"])
    return {"startup_help_s": help_s, "startup_help_rc": help_rc,
            "startup_extract_s": extract_s, "startup_extract_rc": extract_rc}


def timed_extract(docs: Iterable[dict[str, Any]],
                  extract: Callable[[Any], list[Any]]) -> dict[str, Any]:
    """Run ``extract`` over every document, timing only the extraction calls."""
    from ghatna.data import Document

    count = events = chars = failures = 0
    busy = first = 0.0
    first_failure = ""
    for record in docs:
        doc = Document(id=str(record["id"]), raw=str(record["text"]),
                       published=record.get("published"))
        start = time.perf_counter()
        try:
            found = extract(doc)
        except Exception as exc:  # a pipeline bug: count it, keep measuring, report it
            found = []
            failures += 1
            first_failure = first_failure or f"{doc.id}: {type(exc).__name__}: {exc}"
        elapsed = time.perf_counter() - start
        if count == 0:
            first = elapsed
        busy += elapsed
        count += 1
        events += len(found)
        chars += len(record["text"].encode())
    rest = busy - first
    return {
        "docs": count,
        "first_doc_s": first,
        "extract_s": busy,
        # steady state: without the first document, which pays for loading the resources
        "docs_per_s": (count - 1) / rest if count > 1 and rest > 0 else 0.0,
        "kb_per_s": chars / 1024 / busy if busy else 0.0,
        "events_per_doc": events / count if count else 0.0,
        "failures": failures,
        "first_failure": first_failure,
    }


def measure_library(n_docs: int, seed: int, romanized: bool = False) -> dict[str, Any]:
    """Throughput and memory of the library call, in this process; with ``romanized`` the
    Hindi documents are first retyped in Latin letters (romanize_twins.py; not timed)."""
    from ghatna.pipeline.pipeline import default_pipeline

    rss_base = maxrss_mb()
    pipeline = default_pipeline()
    docs: Iterable[dict[str, Any]] = generate(n_docs, seed)
    if romanized:
        from romanize_twins import romanized_records

        docs = romanized_records(docs, seed)
    result = timed_extract(docs, pipeline.extract)
    result.update(rss_base_mb=rss_base, peak_rss_mb=maxrss_mb())
    return result


def measure_cli(cmd: list[str], n_docs: int, seed: int, workdir: Path) -> dict[str, float]:
    """Throughput and memory of ``ghatna extract corpus.jsonl --format docs`` (wall clock)."""
    corpus = workdir / "corpus.jsonl"
    with corpus.open("w", encoding="utf-8") as fh:
        write_jsonl(generate(n_docs, seed), fh)
    start = time.perf_counter()
    with open(os.devnull, "w") as sink:
        proc = subprocess.run(cmd + ["extract", str(corpus), "--format", "docs"],
                              stdout=sink, stderr=subprocess.PIPE, text=True, check=False)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 3):
        raise RuntimeError(f"ghatna extract exited {proc.returncode}: {proc.stderr[-500:]}")
    return {"docs": n_docs, "extract_s": elapsed, "docs_per_s": n_docs / elapsed,
            "kb_per_s": corpus.stat().st_size / 1024 / elapsed,
            "peak_rss_mb": maxrss_mb(resource.RUSAGE_CHILDREN)}


def print_table(result: dict[str, Any]) -> None:
    """The figures as an aligned two-column table."""
    rows = [
        ("mode", result["mode"]),
        ("documents", f"{result['docs']:,}"),
        ("cpu", "one core" if result.get("cpu") is not None else "not pinned"),
        ("throughput", f"{result['docs_per_s']:.1f} docs/s  ({result['kb_per_s']:.0f} kB/s)"),
        ("extraction time", f"{result['extract_s']:.2f} s"),
    ]
    if "first_doc_s" in result:
        rows.append(("first document", f"{result['first_doc_s'] * 1000:.0f} ms (loads resources)"))
        rows.append(("events / document", f"{result['events_per_doc']:.2f}"))
        rows.append(("rss before pipeline", f"{result['rss_base_mb']:.0f} MB"))
    if result.get("failures"):
        rows.append(("FAILED documents",
                     f"{result['failures']} (first: {result['first_failure']})"))
    rows.append(("peak memory", f"{result['peak_rss_mb']:.0f} MB (ru_maxrss)"))
    if "startup_help_s" in result:
        for label, key in (("ghatna --help", "startup_help"),
                           ("ghatna extract 1 doc", "startup_extract")):
            failed = f"  FAILED: exit {result[key + '_rc']}" if result[key + "_rc"] else ""
            rows.append((label, f"{result[key + '_s']:.3f} s (best of 3){failed}"))
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000, help="documents (default 10,000)")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed")
    parser.add_argument("--cli", action="store_true",
                        help="measure throughput through `ghatna extract` instead of the library")
    parser.add_argument("--no-startup", action="store_true", help="skip the start-up timings")
    parser.add_argument("--romanized", action="store_true",
                        help="retype the Hindi documents in Latin letters first (issue 9)")
    args = parser.parse_args(argv)

    cpu = pin_to_one_core()
    cmd = ghatna_command()
    with tempfile.TemporaryDirectory(prefix="ghatna-bench-") as tmp:
        workdir = Path(tmp)
        if args.cli:
            result: dict[str, Any] = measure_cli(cmd, args.docs, args.seed, workdir)
        else:
            result = measure_library(args.docs, args.seed, args.romanized)
        result.update(mode="cli" if args.cli else "library", cpu=cpu, seed=args.seed)
        if not args.no_startup:
            result.update(measure_startup(cmd, workdir))
    print_table(result)
    print(json.dumps({k: round(v, 4) if isinstance(v, float) else v
                      for k, v in result.items()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
