#!/usr/bin/env python3
"""Incremental ingest: does adding a batch cost the same into a big store as into an empty one?
And how much memory does the loader hold as the store grows? Not a test; takes minutes.

The documents are shard records (what ingest workers write) made from the sample corpus: its
78 documents are extracted once with the real pipeline, then repeated under new ids with
their publication day and event dates moved by a different number of days each time (a
perturbed copy is a different document of another day: the same blocks, new events), so the
store side is measured without paying for extraction (``bench_extract.py`` measures that).

1. ``--big`` documents spread over the ``--days`` before 2026-01-01 are loaded into a store
   in shards of 200 and finalized once (as one ingest run does), in a child process whose
   peak RSS (``ru_maxrss``) is the loader's peak at that size;
2. a batch of ``--batch`` documents dated the next days is loaded and finalized (timed) into
   a copy of that store and into an empty store, each in its own child process, twice; the
   ratio of the best times is the figure (goal <= 1.5).

    .venv/bin/python bench/bench_incremental.py --big 100000 --batch 2000
    .venv/bin/python bench/bench_incremental.py --big 200000 --batch 2000   # peak RSS at 200k
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "sample_corpus.jsonl"
BASE_DAY = dt.date(2026, 1, 1)
SHARD = 200


def base_records(cache: Path) -> list[dict[str, Any]]:
    """The sample corpus as shard records (extracted once, cached in ``cache``)."""
    if cache.exists():
        return [json.loads(line) for line in cache.read_text(encoding="utf-8").splitlines()]
    from ghatna.executors.extract import pipeline_events
    from ghatna.readers import Reject, read_inputs
    from ghatna.store.records import doc_record

    out = []
    for item in read_inputs([str(SAMPLE)]):
        if isinstance(item, Reject):
            continue
        doc, events = pipeline_events(item)
        rec = doc_record(doc, events)
        rec["lang"] = doc.lang or None
        out.append(rec)
    cache.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out),
                     encoding="utf-8")
    return out


def _shift(value: str | None, days: int) -> str | None:
    """A date string moved by ``days`` (day precision), its month or year moved as a day's."""
    if not value:
        return value
    try:
        if len(value) >= 10:
            return (dt.date.fromisoformat(value[:10]) + dt.timedelta(days=days)).isoformat()
        if len(value) == 7:
            return (dt.date.fromisoformat(value + "-15") + dt.timedelta(days=days)).isoformat()[:7]
        if len(value) == 4:
            return (dt.date(int(value), 7, 1) + dt.timedelta(days=days)).isoformat()[:4]
    except ValueError:
        return value
    return value


def copy_record(base: dict[str, Any], index: int, day: dt.date) -> dict[str, Any]:
    """Record ``base`` as another document published on ``day`` (dates moved alike)."""
    rec = json.loads(json.dumps(base))
    published = dt.date.fromisoformat(str(base.get("published") or "2025-11-18")[:10])
    shift = (day - published).days
    rec["id"] = f"c{index:07d}-{base['id']}"
    rec["doc_key"] = f"c{index:07d}{base['doc_key']}"  # keys are alphanumeric
    rec["published"] = day.isoformat()
    for event in rec["events"]:
        event["date"] = _shift(event.get("date"), shift)
    return rec


def records(bases: list[dict[str, Any]], start: int, count: int, first_day: dt.date,
            days: int) -> list[dict[str, Any]]:
    """``count`` copies, numbered from ``start``, spread evenly over ``days`` from first_day."""
    return [copy_record(bases[i % len(bases)], i, first_day + dt.timedelta(days=(i - start) * days // count))
            for i in range(start, start + count)]


def build(db: Path, bases: list[dict[str, Any]], n: int, days: int) -> dict[str, float]:
    """Load ``n`` copies in shards and finalize once, as one ingest run does; return its
    time, the loader's peak RSS and the file size."""
    from ghatna.store.loader import Store

    first = BASE_DAY - dt.timedelta(days=days)
    started = time.perf_counter()
    stored = 0
    with Store(db) as store:
        for start in range(0, n, SHARD):
            stored += store.load_records(records(bases, start, min(SHARD, n - start), first + dt.timedelta(
                days=start * days // n), max(1, SHARD * days // n))).documents
        store.finalize()
        store.con.execute("CHECKPOINT")
    if stored != n:
        raise SystemExit(f"only {stored} of {n} documents were stored")
    return {"build_s": time.perf_counter() - started, "peak_rss_mb": _rss_mb(),
            "file_mb": db.stat().st_size / 1e6}


def add_batch(db: Path, bases: list[dict[str, Any]], n_batch: int) -> dict[str, float]:
    """Load and finalize one batch of ``n_batch`` documents dated the next days (timed)."""
    from ghatna.store.loader import Store

    batch = records(bases, 10_000_000, n_batch, BASE_DAY, 7)
    before = db.stat().st_size if db.exists() else 0
    started = time.perf_counter()
    stored = 0
    with Store(db) as store:
        for start in range(0, n_batch, SHARD):
            stored += store.load_records(batch[start:start + SHARD]).documents
        events = store.finalize()
    seconds = time.perf_counter() - started
    if stored != n_batch:
        raise SystemExit(f"only {stored} of the batch's {n_batch} documents were stored")
    return {"batch_s": seconds, "events": events, "peak_rss_mb": _rss_mb(),
            "file_growth_mb": (db.stat().st_size - before) / 1e6}


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(args: list[str]) -> dict[str, Any]:
    """Run this script's ``--child`` mode in a fresh process; its last line is JSON."""
    out = subprocess.run([sys.executable, __file__, "--child", *args], capture_output=True,
                         text=True, check=False)
    if out.returncode != 0:
        sys.exit(f"child {args} failed: {out.stderr[-2000:]}")
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def run_child(argv: list[str]) -> int:
    mode, db, cache, n, days = argv[0], Path(argv[1]), Path(argv[2]), int(argv[3]), int(argv[4])
    bases = base_records(cache)
    result = build(db, bases, n, days) if mode == "build" else add_batch(db, bases, n)
    print(json.dumps(result))
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--child":
        return run_child(argv[1:])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--big", type=int, default=100_000, help="documents in the big store")
    parser.add_argument("--batch", type=int, default=2_000, help="documents in the batch")
    parser.add_argument("--days", type=int, default=730, help="days the big store spans")
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--keep", type=Path, default=None, help="keep the big store here")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="ghatna-incr-") as tmp:
        work = Path(tmp)
        cache = work / "base.jsonl"
        base_records(cache)
        big = args.keep or work / "big.duckdb"
        built = child(["build", str(big), str(cache), str(args.big), str(args.days)])
        print(f"big store: {args.big:,} documents in {built['build_s']:.0f} s, loader peak RSS "
              f"{built['peak_rss_mb']:.0f} MB, file {built['file_mb']:.1f} MB", flush=True)
        timings: dict[str, list[dict[str, Any]]] = {"empty": [], "big": []}
        for k in range(args.repeats):
            for label in ("empty", "big"):
                db = work / f"{label}-{k}.duckdb"
                if label == "big":
                    shutil.copyfile(big, db)
                timings[label].append(child(["batch", str(db), str(cache), str(args.batch), "0"]))
                db.unlink()
        best = {label: min(r["batch_s"] for r in runs) for label, runs in timings.items()}
        result = {"big_docs": args.big, "batch_docs": args.batch,
                  "build_peak_rss_mb": round(built["peak_rss_mb"]),
                  "big_file_mb": round(built["file_mb"], 1),
                  "batch_empty_s": round(best["empty"], 2), "batch_big_s": round(best["big"], 2),
                  "ratio": round(best["big"] / best["empty"], 2),
                  "big_file_growth_mb": round(timings["big"][0]["file_growth_mb"], 1),
                  "batch_peak_rss_mb": round(max(r["peak_rss_mb"] for r in timings["big"]))}
    print(f"batch of {args.batch:,}: {result['batch_empty_s']} s into an empty store, "
          f"{result['batch_big_s']} s into {args.big:,} documents: ratio {result['ratio']} "
          f"(file +{result['big_file_growth_mb']} MB)")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
