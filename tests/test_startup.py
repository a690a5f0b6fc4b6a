"""Start-up stays light: the command line and extraction load no store or transliteration
libraries they do not use (each costs a tenth of a second or more at every start)."""

from __future__ import annotations

import subprocess
import sys

from testkit import REPO

HEAVY = ("duckdb", "pyarrow", "indic_transliteration", "trafilatura")


def _heavy_modules_after(code: str, stdin: str = "") -> str:
    probe = (f"import sys\n{code}\n"
             f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r})))\n")
    out = subprocess.run([sys.executable, "-c", probe], input=stdin, capture_output=True,
                         text=True, cwd=REPO, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip().splitlines()[-1]


def test_building_the_command_line_loads_no_heavy_library():
    assert _heavy_modules_after("from ghatna.cli import build_parser\nbuild_parser()") == "[]"


def test_extracting_english_loads_no_store_or_transliteration():
    code = ("import contextlib, io\n"
            "from ghatna.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            "    assert main(['extract', '-', '--format', 'events']) == 0")
    stdin = "Police arrested five protesters in Lucknow on Monday."
    assert _heavy_modules_after(code, stdin) == "[]"
