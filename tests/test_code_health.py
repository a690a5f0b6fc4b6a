"""Linguistic knowledge lives in resources/, not in the reading code: no Devanagari string
literal in the pipeline (or the NER tagger) except clean.py's spelling-variant regex, which
is about characters, not words. Docstrings and comments are free to show examples."""

from __future__ import annotations

import ast
import re
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "ghatna"
DEVANAGARI = re.compile(r"[\u0900-\u097F]")
#: file -> how many Devanagari literals it may hold, and why
ALLOWED = {"clean.py": 3}  # nukta/chandrabindu spelling variants of agency and desk tags


def _docstrings(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def devanagari_literals(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _docstrings(tree)
    return [node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and id(node) not in skip and DEVANAGARI.search(node.value)]


def test_no_word_lists_in_pipeline_code() -> None:
    files = sorted([*(SRC / "pipeline").glob("*.py"), *(SRC / "ner").glob("*.py")])
    assert files
    found = {p.name: devanagari_literals(p) for p in files}
    over = {name: lits for name, lits in found.items() if len(lits) > ALLOWED.get(name, 0)}
    assert over == {}, "move these words into a resources/*.tsv file (FORMAT.md)"


def test_the_check_sees_a_literal(tmp_path: Path) -> None:
    sample = tmp_path / "x.py"
    sample.write_text('"""डॉक्स"""\nWORDS = {"का", "the"}\n', encoding="utf-8")
    assert devanagari_literals(sample) == ["का"]
