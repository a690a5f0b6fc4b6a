"""Workers die with their parent (issue 10, finding 6): ``kill -9`` of ``ingest --workers 2``
leaves no process running."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import FAKE, HERE, corpus, write_jsonl

if not Path("/proc/self/task").is_dir():
    pytest.skip("reads process children from /proc (Linux)", allow_module_level=True)


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found |= {int(c) for c in (task / "children").read_text().split()}
        except OSError:
            continue
    return found


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] not in ("Z", "X")


def _env() -> dict[str, str]:
    return {**os.environ, "GHATNA_FAKE_SLEEP": "0.05",
            "PYTHONPATH": os.pathsep.join([str(HERE), *sys.path])}


@pytest.mark.parametrize("attempt", range(3))
def test_kill_9_of_ingest_leaves_no_worker(tmp_path: Path, attempt: int) -> None:
    src = write_jsonl(tmp_path / "c.jsonl", corpus(400, seed=attempt))
    cmd = [sys.executable, "-m", "ghatna.cli", "ingest", str(src), "--db",
           str(tmp_path / "s.duckdb"), "--workers", "2", "--shard-size", "5", "--quiet",
           "--extractor", FAKE]
    proc = subprocess.Popen(cmd, env=_env(), start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: set[int] = set()
    try:
        deadline = time.monotonic() + 60
        while len(workers) < 3 and time.monotonic() < deadline:  # 2 workers + resource tracker
            workers = {c for c in _children(proc.pid) if _alive(c)}
            time.sleep(0.1)
        assert len(workers) >= 2, "the workers never started"
        time.sleep(0.3 * attempt)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
        deadline = time.monotonic() + 15
        while any(_alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [w for w in workers if _alive(w)]
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # only this test's processes
        except ProcessLookupError:
            pass
        proc.wait(10)


def test_a_worker_whose_parent_already_died_ends_at_once() -> None:
    code = ("import os\nfrom ghatna.executors.lifeline import tie_to_parent\n"
            "tie_to_parent(os.getppid() + 1)\nprint('still here')\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=_env(), timeout=60)
    assert done.returncode == 1 and "still here" not in done.stdout


def test_the_watch_thread_ends_a_worker_without_the_kernel_lifeline() -> None:
    code = ("import os, time\nfrom ghatna.executors import lifeline\n"
            "lifeline._kernel_lifeline = lambda: False\nlifeline.WATCH_SECONDS = 0.05\n"
            "parent = os.getppid()\nlifeline.tie_to_parent(parent)\n"
            "os.getppid = lambda: parent + 1\ntime.sleep(5)\nprint('still here')\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=_env(), timeout=60)
    assert done.returncode == 1 and "still here" not in done.stdout
