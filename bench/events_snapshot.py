#!/usr/bin/env python3
"""Snapshot ``ghatna extract INPUT --format events`` and check later output is byte-identical.

A speed change must not change a single event. Before the change::

    .venv/bin/python bench/events_snapshot.py save /tmp/events-before

after each change::

    .venv/bin/python bench/events_snapshot.py check /tmp/events-before

``check`` exits 1 and prints the first differing lines of each input whose events differ.
The inputs are the shared eval dev set, the corpus train/dev splits, the sample corpus and the
seed report (never the locked test split). The snapshots hold news text: keep them outside the
repository.
"""

from __future__ import annotations

import argparse
import difflib
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INPUTS = [
    "../shared/eval/dev.jsonl",
    "corpus/train.jsonl",
    "corpus/dev.jsonl",
    "examples/sample_corpus.jsonl",
    "../shared/seed/000_06019d068f654b61.txt",
]
GENERATED_DOCS = 1000


def ghatna() -> list[str]:
    beside = Path(sys.executable).parent / "ghatna"
    return [str(beside)] if beside.exists() else [sys.executable, "-m", "ghatna.cli"]


def events_of(path: str, extra: list[str]) -> bytes:
    """The events output of one input, as bytes (exit 3, some rejects, is fine)."""
    proc = subprocess.run([*ghatna(), "extract", path, "--format", "events", *extra],
                          cwd=ROOT, capture_output=True, check=False)
    if proc.returncode not in (0, 3):
        sys.exit(f"ghatna extract {path} exited {proc.returncode}: {proc.stderr.decode()[-500:]}")
    return proc.stdout


def lines(data: bytes) -> int:
    return data.count(b"\n")


def snapshot_name(path: str) -> str:
    name = Path(path).name if Path(path).is_absolute() else path.replace("../", "").replace("/", "__")
    return name + ".events"


def available(folder: Path) -> list[str]:
    """The inputs present here, plus 1,000 generated documents written into ``folder``."""
    sys.path.insert(0, str(ROOT / "bench"))
    from generate import generate, write_jsonl

    generated = folder.resolve() / "generated-1000.jsonl"
    if not generated.exists():
        with generated.open("w", encoding="utf-8") as fh:
            write_jsonl(generate(GENERATED_DOCS, 3), fh)
    return [p for p in INPUTS if (ROOT / p).exists()] + [str(generated)]


def save(folder: Path, extra: list[str]) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    for path in available(folder):
        out = events_of(path, extra)
        (folder / snapshot_name(path)).write_bytes(out)
        print(f"saved {path}: {lines(out)} events")
    return 0


def check(folder: Path, extra: list[str]) -> int:
    failed = 0
    for path in available(folder):
        want_file = folder / snapshot_name(path)
        if not want_file.exists():
            print(f"no snapshot for {path} in {folder}: run 'save' first", file=sys.stderr)
            failed += 1
            continue
        want, got = want_file.read_bytes(), events_of(path, extra)
        if want == got:
            print(f"identical {path}: {lines(got)} events")
            continue
        failed += 1
        print(f"DIFFERENT {path}: {lines(want)} events before, {lines(got)} now")
        diff = difflib.unified_diff(want.decode().splitlines(), got.decode().splitlines(),
                                    "before", "now", n=0, lineterm="")
        for line in list(diff)[:8]:
            print("   ", line[:300])
    return 1 if failed else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("action", choices=["save", "check"])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--workers", type=int, default=None,
                        help="pass --workers N to extract (check that N workers change nothing)")
    args = parser.parse_args()
    extra = ["--workers", str(args.workers)] if args.workers else []
    return save(args.folder, extra) if args.action == "save" else check(args.folder, extra)


if __name__ == "__main__":
    sys.exit(main())
