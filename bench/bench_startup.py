#!/usr/bin/env python3
"""Start-up time of the command line: ``ghatna --help`` and a one-document ``extract``. Not a test.

Each command is run ``--runs`` times as a fresh process and the median and best wall-clock
times are printed. ``--before SRC`` also times the same commands with ``PYTHONPATH=SRC`` (the
``src`` folder of an export of an older commit), interleaved run by run with the current code
so that both see the same machine load::

    git archive <commit> | tar -x -C /tmp/before
    .venv/bin/python bench/bench_startup.py --before /tmp/before/src --runs 9

The current code runs with a fresh compiled-resource cache (``GHATNA_CACHE_DIR`` in a
temporary folder) that one untimed run fills first; ``--cold`` times it with the cache off
(``GHATNA_CACHE=off``) as well.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = {
    "en": "Police arrested five protesters in Lucknow on Monday.\n",
    # a one-sentence Hindi report, written with escapes (no Devanagari literals in code)
    "hi": "\u092a\u094d\u0930\u0927\u093e\u0928\u092e\u0902\u0924\u094d\u0930\u0940 "
          "\u092e\u094b\u0926\u0940 \u0928\u0947 \u0926\u093f\u0932\u094d\u0932\u0940 "
          "\u092e\u0947\u0902 \u092a\u0941\u0924\u093f\u0928 \u0938\u0947 "
          "\u092e\u0941\u0932\u093e\u0915\u093e\u0924 \u0915\u0940\u0964\n",
    # a Hindi report naming a listed name (transliterated) and an unlisted one (the NER tagger)
    "hi-names": "\u092a\u0941\u0932\u093f\u0938 \u0928\u0947 \u0938\u094b\u092e\u0935\u093e\u0930 "
                "\u0915\u094b \u0932\u0916\u0928\u090a \u092e\u0947\u0902 \u0930\u092e\u0947\u0936 "
                "\u092f\u093e\u0926\u0935 \u0914\u0930 \u0915\u0932\u094d\u0932\u0942\u0930\u093e\u092e "
                "\u092c\u0918\u0947\u0932\u093f\u092f\u093e \u0915\u094b \u0917\u093f\u0930\u092b"
                "\u094d\u0924\u093e\u0930 \u0915\u093f\u092f\u093e\u0964\n",
}


def timed(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run(argv, env=env, capture_output=True, check=False, cwd=ROOT)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 3):
        sys.exit(f"{' '.join(argv)} exited {proc.returncode}: {proc.stderr.decode()[-400:]}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--before", type=Path, default=None, help="src folder of older code")
    parser.add_argument("--cold", action="store_true", help="also time with the cache off")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ghatna-startup-") as tmp:
        folder = Path(tmp)
        commands = {"--help": ["--help"]}
        for lang, text in DOCS.items():
            (folder / f"one-{lang}.txt").write_text(text, encoding="utf-8")
            commands[f"extract one {lang}"] = ["extract", str(folder / f"one-{lang}.txt"),
                                               "--format", "events"]
        base = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "GHATNA_CACHE")}
        variants = {"now": {**base, "GHATNA_CACHE_DIR": str(folder / "cache")}}
        if args.cold:
            variants["now, cache off"] = {**base, "GHATNA_CACHE": "off"}
        if args.before:
            # its own cache folder: the two source trees have different cache keys, and each
            # replaces the other's files in a shared folder
            variants["before"] = {**base, "PYTHONPATH": str(args.before.resolve()),
                                  "GHATNA_CACHE_DIR": str(folder / "cache-before")}
        python = [sys.executable, "-m", "ghatna.cli"]
        times: dict[str, dict[str, list[float]]] = {c: {v: [] for v in variants} for c in commands}
        for argv in commands.values():  # fill the cache, warm the page cache and .pyc files
            for env in variants.values():
                timed([*python, *argv], env)
        for _ in range(args.runs):
            for name, argv in commands.items():
                for variant, env in variants.items():
                    times[name][variant].append(timed([*python, *argv], env))
    python_floor = statistics.median(timed([sys.executable, "-c", "pass"], base)
                                     for _ in range(args.runs))
    result = {"runs": args.runs, "python -c pass": round(python_floor, 3)}
    for name, by_variant in times.items():
        for variant, values in by_variant.items():
            result[f"{name} [{variant}] median"] = round(statistics.median(values), 3)
            result[f"{name} [{variant}] best"] = round(min(values), 3)
    for key, value in result.items():
        print(f"{key:<40} {value}")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
