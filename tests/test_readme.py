"""Every command of the README (and of examples/README.md) runs on the files the repository
ships, in a scratch folder laid out like a checkout.

Each ```` ```sh ```` block is read line by line (``\\`` continues a line) and run in order with
bash; each ```` ```python ```` block is run with the project's Python. Commands that take
minutes or rewrite shipped files are checked for what makes them runnable instead of being run:
``make X`` must be a target (``make -n X``), and a script under ``bench/``, ``tools/``,
``training/`` or ``tests/`` must exist (and compile, for Python). Lines that read ``../shared`` run where it lies.
"""

from __future__ import annotations

import py_compile
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
LINKED = (".venv", "examples", "corpus", "bench", "tools", "training", "tests")
SLOW_SCRIPT = re.compile(r"(?:^|\s)((?:bench|tools|training|tests)/[\w/]+\.(?:py|sh))")


def blocks(readme: Path) -> list[tuple[str, str]]:
    """``(language, text)`` of every fenced block."""
    return [(m.group(1), m.group(2)) for m in
            re.finditer(r"^```(\w*)\n(.*?)^```", readme.read_text(encoding="utf-8"),
                        flags=re.M | re.S)]


def command_lines(text: str) -> list[str]:
    lines: list[str] = []
    pending = ""
    for raw in text.splitlines():
        if raw.rstrip().endswith("\\"):
            pending += raw.rstrip()[:-1] + " "
            continue
        line = (pending + raw).strip()
        pending = ""
        if line and not line.startswith("#"):
            lines.append(line)
    return lines


def _workspace(tmp: Path) -> Path:
    """``tmp/work`` with the checkout's folders linked in, and ``tmp/shared`` (= ../shared)."""
    work = tmp / "work"
    work.mkdir()
    for name in LINKED:
        if (ROOT / name).exists():
            (work / name).symlink_to(ROOT / name)
    if SHARED.exists():
        (tmp / "shared").symlink_to(SHARED)
    return work


def _check_slow(line: str) -> None:
    for target in re.findall(r"(?:^|&&\s*)make (\w+)", line):
        done = subprocess.run(["make", "-n", target], cwd=ROOT, capture_output=True, text=True)
        assert done.returncode == 0, f"`{line}`: make has no target {target}: {done.stderr}"
    for script in SLOW_SCRIPT.findall(line):
        assert (ROOT / script).is_file(), f"`{line}`: {script} does not exist"
        if script.endswith(".py"):
            py_compile.compile(str(ROOT / script), doraise=True)
    for extra in re.findall(r"\.\[(\w+)\]", line):
        assert f"\n{extra} = [" in (ROOT / "pyproject.toml").read_text(), \
            f"`{line}`: pyproject.toml has no extra {extra}"


def _run(line: str, work: Path) -> None:
    done = subprocess.run(["bash", "-o", "pipefail", "-c", line], cwd=work, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, f"`{line}` exited {done.returncode}:\n{done.stderr[-2000:]}"


def run_readme(readme: Path, work: Path) -> int:
    """Runs (or checks) every command of ``readme`` in ``work``; returns how many it ran."""
    ran = 0
    for lang, text in blocks(readme):
        if lang == "python":
            done = subprocess.run([sys.executable, "-c", text], cwd=work, capture_output=True,
                                  text=True, timeout=300)
            assert done.returncode == 0, f"python block failed:\n{done.stderr[-2000:]}"
            ran += 1
            continue
        if lang != "sh":
            continue
        for line in command_lines(text):
            if line.startswith("make ") or SLOW_SCRIPT.search(line) or "pip install" in line:
                _check_slow(line)
            elif "../shared" not in line or SHARED.exists():
                _run(line, work)
                ran += 1
    return ran


def test_command_lines_join_continuations() -> None:
    text = 'echo "a" \\\n  | cat   # comment\n\n# only a comment\nls -l\n'
    assert command_lines(text) == ['echo "a"    | cat   # comment', "ls -l"]
    assert [lang for lang, _ in blocks(ROOT / "README.md")].count("") == 0, \
        "every README block says what it is (sh, python, text)"


@pytest.mark.parametrize("readme", ["README.md", "examples/README.md"])
def test_every_readme_command_runs(readme: str, tmp_path: Path) -> None:
    work = _workspace(tmp_path)
    ran = run_readme(ROOT / readme, work)
    assert ran >= (10 if readme == "README.md" else 5)
    if readme == "README.md":
        assert (work / "events.plover.jsonl").stat().st_size > 0
        assert (work / "actors.csv").read_bytes().startswith(b"\xef\xbb\xbf")
