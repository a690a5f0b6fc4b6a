#!/usr/bin/env python3
"""Compile the hot modules with mypyc (ghatna/native.py lists them), in place beside their
``.py`` files; ``make setup`` runs it, ``make native`` runs it again after editing them.

Where it cannot (no C compiler, no mypy or setuptools, a module mypyc refuses), it removes
what it made, says why and exits 0: the package then runs as pure Python, with the same
events. ``GHATNA_PURE_PYTHON=1`` skips the build; ``--clean`` only removes a build.

    .venv/bin/python tools/build_native.py
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"
sys.path.insert(0, str(SRC))

from ghatna import native  # noqa: E402

# run in a child process: mypyc and setuptools print much and may exit on their own
COMPILE = """
import sys
from setuptools import setup
from mypyc.build import mypycify
paths, group = sys.argv[1].split(","), sys.argv[2]
extensions = mypycify(paths, opt_level="3", group_name=group, target_dir="build/native")
setup(name=group, ext_modules=extensions,
      script_args=["build_ext", "--inplace", "--build-temp", "build/native/temp"])
"""


def clean() -> None:
    """Remove every compiled module, the shared library and the build record."""
    Path(native.BUILD_FILE).unlink(missing_ok=True)
    for package in native.COMPILED_PACKAGES:
        for path in (Path(native.PACKAGE_DIR) / package).glob("*.so"):
            os.unlink(path)
    for path in SRC.glob(f"{native.GROUP}__mypyc*"):
        os.unlink(path)
    shutil.rmtree(SRC / "build" / "native", ignore_errors=True)


def build() -> bool:
    """Compile; True when every module was compiled and the record written."""
    modules = native.compiled_modules()
    paths = [os.path.relpath(native.source_file(m), SRC) for m in modules]
    env = {**os.environ, "MYPYPATH": str(SRC)}
    done = subprocess.run([sys.executable, "-c", COMPILE, ",".join(paths), native.GROUP],
                          cwd=SRC, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        print(done.stdout[-3000:], done.stderr[-3000:], sep="\n", file=sys.stderr)
        return False
    stamps = native.source_stamps(modules)
    Path(native.BUILD_FILE).write_text("\n".join(stamps) + "\n", encoding="utf-8")
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="only remove a build")
    args = parser.parse_args(argv)
    clean()
    if args.clean:
        return 0
    if os.environ.get("GHATNA_PURE_PYTHON", "") not in ("", "0"):
        print("GHATNA_PURE_PYTHON is set: no compiled build, ghatna runs as pure Python")
        return 0
    start = time.monotonic()
    try:
        ok = build()
    except OSError as exc:
        print(f"cannot run the build: {exc}", file=sys.stderr)
        ok = False
    if not ok:
        clean()
        print("mypyc build failed (see above): ghatna runs as pure Python, same events")
        return 0
    print(f"compiled {len(native.compiled_modules())} modules with mypyc in "
          f"{time.monotonic() - start:.0f} s ({Path(native.BUILD_FILE).name})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
