"""``ghatna ingest --engine ray`` builds exactly the store the local engine builds (issue 12).

One local Ray cluster of 2 CPUs (this machine only: nothing is sent off it) serves the whole module: the command-line runs
reach it through ``RAY_ADDRESS``, the in-process run through this process's connection. Its
temporary files live in a folder under /tmp made here, removed at the end, and the module ends
by checking that no Ray process of it is left.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import dump

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "bench"))
from generate import generate  # noqa: E402  (bench/ on the path first)

#: JSONL bytes per Ray task: the generated corpus (about 600 kB) is cut into ~10 partitions.
PARTITION_BYTES = 60_000


def _ray_processes(marker: str) -> list[int]:
    """Processes whose command line names ``marker`` (the cluster's temporary folder)."""
    found = []
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and marker in (proc / "cmdline").read_text(errors="replace"):
                found.append(int(proc.name))
        except OSError:
            continue
    return found


@pytest.fixture(scope="module")
def ray_address() -> Iterator[str]:
    import ray

    temp = tempfile.mkdtemp(prefix="ghatna-ray-", dir="/tmp")  # short: Ray's socket paths
    ray.init(address="local", num_cpus=2, include_dashboard=False, _temp_dir=temp,
                   logging_level=logging.WARNING)
    try:
        yield str(ray.get_runtime_context().gcs_address)
    finally:
        ray.shutdown()
        deadline = time.monotonic() + 30
        while _ray_processes(temp) and time.monotonic() < deadline:
            time.sleep(0.2)
        left = _ray_processes(temp)
        shutil.rmtree(temp, ignore_errors=True)
        assert not left, f"Ray processes still running after shutdown: {left}"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """300 generated news-like documents, some given twice, one in a new version, a line that
    is no JSON and a record without text (rejects with their line numbers)."""
    docs: list[Any] = [{**d, "url": f"https://site{i % 5}.example/{i}", "source": f"wire{i % 3}"}
                       for i, d in enumerate(generate(300, seed=12))]
    lines = [json.dumps(d, ensure_ascii=False) for d in docs]
    lines[150:150] = ["{not json", json.dumps({"id": "no-text", "title": "x"})]
    lines += lines[:5]
    lines.append(json.dumps({**docs[20], "text": docs[20]["text"] + " Updated."},
                            ensure_ascii=False))
    path = tmp_path_factory.mktemp("corpus") / "generated.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _ghatna(*args: str, address: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "RAY_ADDRESS"}
    if address:
        env["RAY_ADDRESS"] = address
    return subprocess.run([sys.executable, "-m", "ghatna.cli", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=600)


def _ingest(db: Path, inputs: list[str], *extra: str, address: str | None = None) -> None:
    done = _ghatna("ingest", *inputs, "--db", str(db), "--quiet", *extra, address=address)
    assert done.returncode == 3, done.stderr  # 3: the two bad records are rejected


def _views(db: Path) -> tuple[str, str]:
    """What a user sees: ``ghatna stats --json`` and ``ghatna export`` (events JSONL)."""
    stats, export = _ghatna("stats", "--db", str(db), "--json"), _ghatna("export", "--db", str(db))
    assert stats.returncode == 0 and export.returncode == 0, stats.stderr + export.stderr
    return stats.stdout, export.stdout


@pytest.fixture(scope="module")
def local_store(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("local") / "local.duckdb"
    _ingest(db, ["examples", str(corpus)])
    return db


@pytest.fixture(scope="module")
def generated_store(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("local") / "generated.duckdb"
    _ingest(db, [str(corpus)])
    return db


def test_ray_engine_builds_the_local_store(ray_address: str, local_store: Path, corpus: Path,
                                           tmp_path: Path) -> None:
    db = tmp_path / "ray.duckdb"
    _ingest(db, ["examples", str(corpus)], "--engine", "ray", "--shard-size", "40",
            "--partition-bytes", str(PARTITION_BYTES), address=ray_address)
    stats, export = _views(db)
    assert json.loads(stats)["documents"] > 300 and len(export.splitlines()) > 100
    assert (stats, export) == _views(local_store)
    assert dump(db) == dump(local_store)  # every table, row for row
    assert not (tmp_path / "ray.duckdb.shards").exists()  # the shards were loaded and removed
    again = _ghatna("ingest", "examples", "--db", str(db), "--engine", "ray",
                    address=ray_address)
    assert again.returncode == 0 and "ingested 0 documents" in again.stderr, again.stderr
    assert dump(db) == dump(local_store)


def test_urls_and_clustering_in_parallel_tasks(ray_address: str, generated_store: Path,
                                               corpus: Path, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """In this process (already connected), input and shards named by URL (file://, as s3://
    would be), every clustering batch sent to the cluster: the same events."""
    from ghatna.executors.rayengine import engine

    calls: list[int] = []
    original = engine.BlockClusterer.__call__

    def counted(self: engine.BlockClusterer, items: list[Any]) -> dict[str, str]:
        calls.append(len(items))
        return original(self, items)

    monkeypatch.setattr(engine.BlockClusterer, "__call__", counted)
    db = tmp_path / "url.duckdb"
    executor = engine.RayExecutor(db, shard_dir=(tmp_path / "shards").as_uri(), cluster_min=0,
                                  partition_bytes=PARTITION_BYTES)
    summary = executor.ingest([corpus.as_uri()], progress=False)
    assert summary.documents == 301 and summary.rejects == 2  # 300 + a new version of one
    tables = dump(db)
    assert calls and sum(calls) == len(tables["mentions"])  # each clustered once, remotely
    assert _views(db) == _views(generated_store)
    assert not (tmp_path / "shards").exists()


def test_without_ray_the_error_names_the_extra(tmp_path: Path) -> None:
    fake = tmp_path / "noray"
    fake.mkdir()
    (fake / "ray.py").write_text("raise ImportError(\"No module named 'ray'\")\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(fake), str(REPO / "src")])}
    done = subprocess.run([sys.executable, "-m", "ghatna.cli", "ingest", "examples/story.txt",
                           "--db", str(tmp_path / "s.duckdb"), "--engine", "ray"],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert "pip install 'ghatna[ray]'" in done.stderr
    assert not (tmp_path / "s.duckdb").exists()
