"""The reliability campaign: the fuzz cases run many more times, per class, printing how many
cases were tried and how many failed (a failure is any exception or broken property); the
first few failures are shown with their traceback.

    .venv/bin/python tests/fuzz/campaign.py --n 200

Not part of ``make test``: the tests in this folder run the same cases briefly.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import traceback
from collections import Counter
from collections.abc import Callable
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

HERE = Path(__file__).resolve().parent
for folder in (HERE, HERE.parent / "store"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

import test_fuzz_readers as readers  # noqa: E402
import test_fuzz_store as stores  # noqa: E402

from ghatna.store.loader import Store  # noqa: E402


def run_class(name: str, case: Callable[..., None], strategies: tuple[Any, ...], n: int,
              tally: Counter[str], shown: list[str]) -> None:
    """Run ``case`` on ``n`` generated inputs, counting failures instead of stopping."""

    @settings(max_examples=n, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(st.tuples(*strategies))
    def run(values: tuple[Any, ...]) -> None:
        tally[f"{name}|tried"] += 1
        try:
            with redirect_stdout(io.StringIO()), redirect_stderr(io.StringIO()):
                case(*values)  # the commands' own output and messages are not the result
        except Exception:  # noqa: BLE001 - every failure is counted, the first few shown
            tally[f"{name}|failed"] += 1
            if len(shown) < 5:
                shown.append(f"{name}: {traceback.format_exc(limit=5)}")

    run()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=200, help="cases per class (default 200)")
    args = parser.parse_args()
    tally: Counter[str] = Counter()
    shown: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        serial = iter(range(10**9))

        def fresh() -> Path:
            path = root / f"c{next(serial)}"
            path.mkdir()
            return path

        names = list(readers.CASES)
        for name in names:
            case, strategies = readers.CASES[name]
            run_class(name, lambda *v, c=case: c(fresh(), *v), strategies, args.n, tally, shown)
        with Store(root / "shared.duckdb") as store:
            names.append("poison shard records")
            run_class(names[-1], lambda *v: stores.shard_case(store, *v), stores.SHARD_ARGS,
                      args.n, tally, shown)
        built = stores.build_store(fresh())
        names.append("damaged stores (stats, query, export)")
        run_class(names[-1], lambda *v: stores.damaged_store_case(fresh(), built, *v),
                  stores.DAMAGE_ARGS, args.n, tally, shown)
    for name in names:
        print(f"{name:<50} tried {tally[name + '|tried']:>5}  failed "
              f"{tally[name + '|failed']:>3}")
    for text in shown:
        print(text, file=sys.stderr)


if __name__ == "__main__":
    main()
