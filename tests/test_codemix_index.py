"""The Code-Mixing Index (Das & Gambäck 2014) of sentences and documents, and in the store."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from testkit import run_stages

from ghatna.codemix_index import code_mixing_index, document_cmi


@pytest.mark.parametrize("langs,expected", [
    (["hi", "hi", "hi"], 0.0),                 # monolingual
    (["hi", "en"], 50.0),                      # an even mix of two languages
    (["hi", "hi", "en", "ne", "univ"], 100 / 3),  # names and punctuation do not count
    (["ne", "univ"], 0.0),                     # no language token at all
    ([], 0.0),
])
def test_code_mixing_index(langs: list[str], expected: float):
    assert code_mixing_index(langs) == pytest.approx(expected)


def test_documents_get_whole_text_and_mean_sentence_cmi():
    english = run_stages("Police arrested two men. They were released.", "langtag")
    assert document_cmi(english) == (0.0, 0.0)
    mixed = run_stages("Police ne protesters ko arrest kiya. Police arrested two men.", "langtag")
    whole, per_sentence = document_cmi(mixed)
    assert whole is not None and per_sentence is not None
    # the first sentence mixes (3 English of 6 words), the second does not
    assert 0 < per_sentence < 50 and 0 < whole < 50
    assert document_cmi(run_stages("", "segment")) == (None, None)


def test_ingest_stores_cmi_and_stats_shows_it(tmp_path: Path):
    src = tmp_path / "docs.jsonl"
    src.write_text("\n".join(json.dumps(d) for d in [
        {"id": "rom", "text": "Police ne protesters ko arrest kiya."},
        {"id": "en", "text": "Police arrested two protesters."}]) + "\n", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    ghatna = [sys.executable, "-m", "ghatna.cli"]
    subprocess.run(ghatna + ["ingest", str(src), "--db", str(db)], check=True,
                   capture_output=True)
    out = subprocess.run(ghatna + ["stats", "--db", str(db), "--json"], check=True,
                         capture_output=True, text=True).stdout
    by_lang = json.loads(out)["code_mixing_by_lang"]
    assert by_lang["hi-Latn"]["cmi_mean"] == 50.0 and by_lang["hi-Latn"]["mixed_documents"] == 1
    assert by_lang["en"]["cmi_mean"] == 0.0
    text = subprocess.run(ghatna + ["stats", "--db", str(db)], check=True,
                          capture_output=True, text=True).stdout
    assert "code-mixing index by language" in text and "hi-Latn" in text
