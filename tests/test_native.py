"""The mypyc build of the hot modules (ghatna/native.py, tools/build_native.py): used only while
its sources are unchanged, and giving the very events of the pure Python modules."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from testkit import REPO, SEED

import ghatna
from ghatna import native


def _package(root: Path) -> str:
    for package in native.COMPILED_PACKAGES:
        (root / package).mkdir(parents=True)
        (root / package / "__init__.py").write_text("")
        (root / package / "one.py").write_text("X = 1\n")
    (root / "pipeline" / "detector.py").write_text("Y = 2\n")
    return str(root)


def _record(package_dir: str, build_file: str) -> None:
    stamps = native.source_stamps(native.compiled_modules(package_dir), package_dir)
    Path(build_file).write_text("\n".join(stamps) + "\n")


def test_a_build_is_fresh_until_one_of_its_sources_is_written(tmp_path: Path) -> None:
    package_dir, build_file = _package(tmp_path / "ghatna"), str(tmp_path / "build.tsv")
    assert native.compiled_modules(package_dir) == [
        f"ghatna.{p}.one" for p in sorted(native.COMPILED_PACKAGES)]  # detector left pure
    assert not native.build_is_fresh(build_file, package_dir)  # nothing built
    _record(package_dir, build_file)
    assert native.build_is_fresh(build_file, package_dir)
    source = Path(package_dir) / "ner" / "one.py"
    time.sleep(0.01)
    source.write_text("X = 1\n")  # the same bytes, written again: stale all the same
    assert not native.build_is_fresh(build_file, package_dir)
    _record(package_dir, build_file)
    source.unlink()  # a module gone since the build
    assert not native.build_is_fresh(build_file, package_dir)
    Path(build_file).write_text("garbage\n")
    assert not native.build_is_fresh(build_file, package_dir)


def test_the_source_finder_imports_the_py_file_of_a_listed_module_only() -> None:
    finder = native.SourceFirst(["ghatna.pipeline.clean"])
    spec = finder.find_spec("ghatna.pipeline.clean", None)
    assert spec is not None and spec.origin == native.source_file("ghatna.pipeline.clean")
    assert spec.origin.endswith(os.path.join("pipeline", "clean.py")) and spec.has_location
    assert finder.find_spec("ghatna.pipeline.segment", None) is None


def _child(code: str, pure: bool) -> str:
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "GHATNA_PURE_PYTHON": "1" if pure else ""}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                          cwd=REPO, check=True)
    return done.stdout


EXTRACT = """
import json
import ghatna
from ghatna.data import Document
from ghatna.pipeline import code
from ghatna.pipeline.pipeline import default_pipeline
from ghatna.writers import event_line
print(ghatna.COMPILED, code.__file__.endswith(".py"))
pipeline = default_pipeline()
for name in ("corpus/dev.jsonl", "examples/sample_corpus.jsonl"):
    for line in open(name, encoding="utf-8").readlines()[:40]:
        record = json.loads(line)
        doc = Document(id=record["id"], raw=record["text"], published=record.get("published"))
        for event in pipeline.extract(doc):
            print(event_line(event))
"""


@pytest.mark.skipif(not ghatna.COMPILED, reason="no fresh mypyc build (tools/build_native.py)")
def test_the_compiled_modules_give_the_events_of_the_pure_ones() -> None:
    compiled, pure = _child(EXTRACT, pure=False), _child(EXTRACT, pure=True)
    assert compiled.splitlines()[0] == "True False"  # the build was used
    assert pure.splitlines()[0] == "False True"  # ... and passed over
    assert len(compiled.splitlines()) > 60
    assert compiled.splitlines()[1:] == pure.splitlines()[1:]


@pytest.mark.skipif(not ghatna.COMPILED, reason="no fresh mypyc build (tools/build_native.py)")
def test_monkeypatch_refuses_to_replace_a_compiled_function(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from ghatna.pipeline import code, segment

    with pytest.raises(pytest.fail.Exception, match="is compiled"):
        monkeypatch.setattr(segment, "_line_tokens", lambda line, offset: [])
    monkeypatch.setattr(code, "detect", code.detect)  # a pure module's function: read at run time


KEY_AND_LOAD = """
from ghatna import rescache
from ghatna.data import Document
from ghatna.pipeline.pipeline import default_pipeline
events = default_pipeline().extract(Document(id="k", raw=open("SEED", encoding="utf-8").read()))
print(rescache.source_key(), len(events))
"""


@pytest.mark.skipif(not ghatna.COMPILED, reason="no fresh mypyc build (tools/build_native.py)")
def test_a_pure_and_a_compiled_process_keep_apart_in_the_cache(tmp_path: Path) -> None:
    """A slotted class pickled by a pure process cannot be read back by a compiled one (the
    knowledge base's offices): each writes and reads its own files in one cache folder."""
    code = KEY_AND_LOAD.replace("SEED", str(SEED))
    os.environ["GHATNA_CACHE_DIR"], before = str(tmp_path), os.environ["GHATNA_CACHE_DIR"]
    try:
        pure_key, pure_events = _child(code, pure=True).split()
        compiled_key, compiled_events = _child(code, pure=False).split()
    finally:
        os.environ["GHATNA_CACHE_DIR"] = before
    assert pure_key != compiled_key and pure_events == compiled_events != "0"
