"""Crash safety: ``kill -9`` a real ingest process mid-run, re-run, get the same store."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import FAKE, HERE, corpus, dump, write_jsonl

ROOT = HERE.parent.parent


def _command(db: Path, src: Path, workers: int) -> list[str]:
    return [sys.executable, "-m", "ghatna.cli", "ingest", str(src), "--db", str(db),
            "--workers", str(workers), "--shard-size", "5", "--quiet", "--extractor", FAKE]


def _env(sleep: float) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(HERE), str(ROOT / "src"),
                                         env.get("PYTHONPATH", "")])
    env["GHATNA_FAKE_SLEEP"] = str(sleep)
    return env


def _run_and_kill(cmd: list[str], after: float, sleep: float) -> int:
    """Start the ingest in its own process group and SIGKILL the whole group after a delay."""
    proc = subprocess.Popen(cmd, env=_env(sleep), start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        proc.wait(timeout=after)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    return proc.returncode


@pytest.mark.parametrize("workers", [1, 2])
def test_kill_9_then_rerun_equals_uninterrupted(tmp_path: Path, workers: int) -> None:
    src = write_jsonl(tmp_path / "corpus.jsonl", corpus(240))
    reference = tmp_path / "ref.duckdb"
    done = subprocess.run(_command(reference, src, workers), env=_env(0), timeout=120,
                          check=False)
    assert done.returncode == 0

    db = tmp_path / "killed.duckdb"
    killed = 0
    for delay in (0.8, 1.0, 1.2, 1.4):
        code = _run_and_kill(_command(db, src, workers), delay, sleep=0.01)
        killed += code == -signal.SIGKILL
        time.sleep(0.05)
    assert killed >= 2, "the ingest finished before any kill: make the corpus slower"
    final = subprocess.run(_command(db, src, workers), env=_env(0), timeout=120, check=False)
    assert final.returncode == 0
    assert dump(db) == dump(reference)
