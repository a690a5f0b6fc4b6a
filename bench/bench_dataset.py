"""A store against its Parquet dataset (``export --format parquet --partition month``):
export time, dataset size, and the time of the same queries over both (same answers).

Builds a store with the store tests' fake extractor (no language resources) from ``--docs``
generated documents of the web tests' corpus (events over 18 months), exports it and times
``search_events`` and ``stats`` over the store and over the dataset, best of ``--repeats``::

    .venv/bin/python bench/bench_dataset.py --docs 20000
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "web"))

from web_corpus import FAKE, many  # noqa: E402

from ghatna.cli import main  # noqa: E402

QUERIES: dict[str, dict[str, Any]] = {
    "newest 50": {},
    "actor पुतिन": {"actor": "पुतिन"},
    "type + month": {"type": "CONSULT", "since": "2025-03", "until": "2025-03"},
    "country PAK, page 5": {"country": "PAK", "offset": 200},
}


def _best(fn: Callable[[], Any], repeats: int) -> tuple[float, Any]:
    best, out = float("inf"), None
    for _ in range(repeats):
        t0 = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t0)
    return best, out


def _time_queries(open_: Callable[[], Any], repeats: int) -> dict[str, tuple[float, Any]]:
    from ghatna.store.queries import EventQuery, parse_date, search_events, stats

    out: dict[str, tuple[float, Any]] = {}
    for name, q in QUERIES.items():
        kw = dict(q)
        for key in ("since", "until"):
            if key in kw:
                kw[key] = parse_date(kw[key], end=key == "until")
        query = EventQuery(**kw)

        def run(query: EventQuery = query) -> Any:
            con = open_()
            try:
                return search_events(con, query)
            finally:
                con.close()
        out[name] = _best(run, repeats)

    def run_stats() -> Any:
        con = open_()
        try:
            return stats(con)
        finally:
            con.close()
    out["stats"] = _best(run_stats, repeats)
    return out


def main_() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=20000)
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    from ghatna.store.dataset import Dataset
    from ghatna.store.schema import open_reader

    with tempfile.TemporaryDirectory() as tmp:
        src, db, out = Path(tmp) / "c.jsonl", Path(tmp) / "s.duckdb", Path(tmp) / "by-month"
        src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n"
                               for r in many(args.docs)), encoding="utf-8")
        assert main(["ingest", str(src), "--db", str(db), "--extractor", FAKE, "--quiet"]) == 0
        t0 = time.perf_counter()
        assert main(["export", "--db", str(db), "--format", "parquet", "--partition", "month",
                     "--out", str(out)]) == 0
        export_s = time.perf_counter() - t0
        files = list(out.rglob("*.parquet"))
        report: dict[str, Any] = {
            "docs": args.docs, "export_s": round(export_s, 2), "files": len(files),
            "dataset_mb": round(sum(f.stat().st_size for f in files) / 2**20, 2),
            "store_mb": round(db.stat().st_size / 2**20, 2), "queries_ms": {}}
        on_store = _time_queries(lambda: open_reader(db), args.repeats)
        dataset = Dataset(out)
        on_dataset = _time_queries(dataset.cursor, args.repeats)
        for name, (t_store, answer) in on_store.items():
            t_data, theirs = on_dataset[name]
            assert theirs == answer, f"{name}: the dataset answers differently"
            report["queries_ms"][name] = {"store": round(t_store * 1000, 1),
                                          "dataset": round(t_data * 1000, 1)}
        dataset.close()
    print(json.dumps(report, ensure_ascii=False))


if __name__ == "__main__":
    main_()
