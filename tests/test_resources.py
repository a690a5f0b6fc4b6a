"""Every row of every resource file parses, and the entries that can be exercised are."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from ghatna.data import Document
from ghatna.ontology import cameo_roots, plover_types
from ghatna.pipeline.pipeline import default_pipeline
from ghatna.pipeline.predicates import lexicon, predicate_rows, verb_classes
from ghatna.resources import RESOURCE_DIR, load_table, tokenize_surface

PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                "COERCE", "ASSAULT"}
TSV_FILES = sorted(p.name for p in RESOURCE_DIR.glob("*.tsv"))


@pytest.mark.parametrize("name", TSV_FILES)
def test_every_row_has_the_header_columns(name: str):
    lines = [ln for ln in (RESOURCE_DIR / name).read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.lstrip().startswith("#")]
    rows = list(csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    header, body = rows[0], rows[1:]
    assert body, f"{name} has no rows"
    for lineno, cells in enumerate(body, 2):
        assert len(cells) <= len(header), f"{name}:{lineno}: {cells}"
        assert cells[0].strip(), f"{name}:{lineno}: empty first column"
    assert len(load_table(name)) == len(body)


@pytest.mark.parametrize("name", TSV_FILES)
def test_every_file_is_documented_in_format_md(name: str):
    documented = (RESOURCE_DIR / "FORMAT.md").read_text(encoding="utf-8")
    assert name in documented, f"{name} is not described in resources/FORMAT.md"


def test_verb_forms_have_known_tenses():
    for row in load_table("verb_forms_hi.tsv") + load_table("verb_forms_en.tsv"):
        assert row["tense"] in {"past", "present", "future", "nonfinite"}, row
        assert tokenize_surface(row["form"]), row


PATTERN_KNOWN_MISSES = {ln.strip() for ln in (Path(__file__).parent / "data" /
                        "pattern_known_misses.txt").read_text(encoding="utf-8").splitlines()
                        if ln.strip() and not ln.startswith("#")}


@pytest.mark.parametrize("row", [
    pytest.param(r, id=r["id"], marks=pytest.mark.xfail(strict=True, reason="known miss"))
    if r["id"] in PATTERN_KNOWN_MISSES else pytest.param(r, id=r["id"])
    for r in predicate_rows()])
def test_predicate_row_is_well_formed_and_codes_its_example(row: dict[str, str]):
    assert row["type"] in PLOVER_TYPES
    assert row["lang"] in {"hi", "en"}
    if row["cameo"]:
        assert row["cameo"][:2] in cameo_roots(), row["cameo"]
    classes = verb_classes()
    for token in row["pattern"].split():
        if token.startswith("~"):
            assert token[1:] in classes
    assert row["example"], "every pattern carries an example sentence"
    index, patterns = lexicon()
    assert any(p.id == row["id"] for p in patterns)
    # the example is coded as an event of the row's type (or, announced, as its promise or
    # its threat): a pattern that matches but codes nothing does not pass
    expected = {row["type"], "THREATEN", plover_types()[row["type"]].planned_as}
    if "promise" in row["flags"].split("|"):
        expected.add("AGREE")  # "will work together": a promise to cooperate
    events = default_pipeline().extract(Document(id=row["id"], raw=row["example"]))
    assert any(e.type in expected for e in events), f"{row['id']}: {row['example']}"


def test_every_pattern_known_miss_is_a_pattern():
    assert set(PATTERN_KNOWN_MISSES).issubset({r["id"] for r in predicate_rows()})


def test_calendar_values():
    for row in load_table("calendar.tsv"):
        if row["kind"] == "month":
            assert 1 <= int(row["value"]) <= 12
        elif row["kind"] == "weekday":
            assert 0 <= int(row["value"]) <= 6
        else:
            assert row["kind"] in {"relative", "year_relative", "month_relative"}
            int(row["value"].lstrip("±"))


def test_case_marker_roles():
    roles = {"agent", "obj", "passive_agent", "conj", "locative", "boundary", "reporting",
             "pre_obj", "pre_locative"}
    for row in load_table("case_markers.tsv"):
        assert row["role"] in roles and row["lang"] in {"hi", "en"}, row


def test_codemix_rows_map_latin_to_devanagari():
    for row in load_table("codemix.tsv"):
        assert row["english"].isascii(), row
        assert any(0x0900 <= ord(c) <= 0x097F for c in row["hindi"]), row


def test_cameo_roots_cover_all_twenty():
    assert sorted(cameo_roots()) == [f"{i:02d}" for i in range(1, 21)]


@pytest.mark.parametrize("name,column", [("agencies.tsv", "tag"), ("boilerplate.tsv", "line_start"),
                                         ("abbreviations.tsv", "abbreviation"),
                                         ("not_entities.tsv", "surface"),
                                         ("locatives.tsv", "marker"), ("pronouns.tsv", "surface"),
                                         ("tense_markers.tsv", "marker"),
                                         ("function_words.tsv", "word"), ("discourse.tsv", "word"),
                                         ("word_classes.tsv", "word")])
def test_word_lists_have_no_duplicates(name: str, column: str):
    values = [r[column] for r in load_table(name)]
    keys = [(r[column], r.get("kind", ""), r.get("lang", ""), r.get("class", ""))
            for r in load_table(name)]
    assert len(keys) == len(set(keys)), [v for v in values if values.count(v) > 1]


def test_agency_tags_are_stripped():
    from ghatna.pipeline.clean import Clean

    for row in load_table("agencies.tsv"):
        doc = Clean()(Document(id="x", raw=f"नई दिल्ली ({row['tag']}) सेना ने अभ्यास किया."))
        assert row["tag"] not in doc.text, row


def test_boilerplate_lines_are_stripped():
    from ghatna.pipeline.clean import Clean

    for row in load_table("boilerplate.tsv"):
        doc = Clean()(Document(id="x", raw=f"पहली पंक्ति.\n{row['line_start']} कुछ और\nआखिरी."))
        assert row["line_start"] not in doc.text, row


def test_every_resource_file_is_packaged():
    from tomllib import loads

    data = loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text())
    assert "resources/*.tsv" in data["tool"]["setuptools"]["package-data"]["ghatna"]


def test_normalize_folds_no_ascii_so_ascii_text_is_only_lower_cased():
    from ghatna.resources import CHAR_TABLE, normalize

    assert all(code > 0x7F for code in CHAR_TABLE)
    for text in ("Police ARRESTED 5", "U.S.-backed", "", "a\tb\n", "\u092e\u094b\u0926\u0940 Modi\u00a0"):
        assert normalize(text) == text.translate(CHAR_TABLE).lower()


def test_the_type_tables_made_once_are_the_plover_tables() -> None:
    """symmetric_types and type_quad are made once (the coder asks for every act) and read
    only."""
    from ghatna.ontology import plover_types, symmetric_types, type_quad

    assert symmetric_types() is symmetric_types()
    assert symmetric_types() == {t for t, info in plover_types().items() if info.symmetric}
    assert "CONSULT" in symmetric_types() and "ASSAULT" not in symmetric_types()
    assert dict(type_quad()) == {t: info.quad_class for t, info in plover_types().items()}
    with pytest.raises(TypeError):
        type_quad()["CONSULT"] = 4  # type: ignore[index]
