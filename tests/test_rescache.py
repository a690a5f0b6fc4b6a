"""The compiled resource cache: built once, read back the same, rebuilt when a source changes
or the file is damaged, skipped when it cannot be written or is turned off."""

from __future__ import annotations

import pickle
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from ghatna import rescache
from ghatna.learned import event_types
from ghatna.ner import features as ner_features
from ghatna.ner import tagger as ner_tagger
from ghatna.pipeline import gazetteer, predicates


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("GHATNA_CACHE_DIR", str(folder))
    monkeypatch.delenv("GHATNA_CACHE", raising=False)
    return folder


def counting_builder(value: object) -> tuple[list[int], Callable[[], object]]:
    calls: list[int] = []

    def build() -> object:
        calls.append(1)
        return value
    return calls, build


def test_built_once_then_read_back(cache: Path) -> None:
    calls, build = counting_builder({"a": (1, 2.5, "x")})
    assert rescache.load_or_build("thing", build) == {"a": (1, 2.5, "x")}
    assert rescache.load_or_build("thing", build) == {"a": (1, 2.5, "x")}
    assert len(calls) == 1
    assert [p.name.split("-")[0] for p in cache.iterdir()] == ["thing"]


def test_a_damaged_file_is_rebuilt(cache: Path) -> None:
    calls, build = counting_builder([1, 2, 3])
    rescache.load_or_build("thing", build)
    (stored,) = cache.iterdir()
    stored.write_bytes(b"\x80\x05not a pickle")
    assert rescache.load_or_build("thing", build) == [1, 2, 3]
    assert len(calls) == 2
    assert pickle.loads(stored.read_bytes()) == [1, 2, 3]


def test_turned_off_always_builds_and_writes_nothing(cache: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GHATNA_CACHE", "off")
    calls, build = counting_builder("v")
    assert rescache.load_or_build("thing", build) == "v"
    assert rescache.load_or_build("thing", build) == "v"
    assert len(calls) == 2 and not cache.exists()


def test_an_unwritable_folder_still_gives_the_result(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("GHATNA_CACHE_DIR", str(blocker / "cache"))
    calls, build = counting_builder(42)
    assert rescache.load_or_build("thing", build) == 42
    assert rescache.load_or_build("thing", build) == 42
    assert len(calls) == 2


def test_the_key_changes_with_any_package_file(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "pkg"
    (package / "resources").mkdir(parents=True)
    table = package / "resources" / "t.tsv"
    table.write_text("a\tb\n")
    monkeypatch.setattr(rescache, "PACKAGE_DIR", package)
    rescache.source_key.cache_clear()
    try:
        first = rescache.source_key()
        table.write_text("a\tb\nc\td\n")
        rescache.source_key.cache_clear()
        assert rescache.source_key() != first
    finally:
        rescache.source_key.cache_clear()


def test_a_new_key_replaces_the_stale_file(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rescache.load_or_build("thing", lambda: 1)
    monkeypatch.setattr(rescache, "source_key", lambda: "another")
    assert rescache.load_or_build("thing", lambda: 2) == 2
    assert [p.name for p in cache.iterdir()] == ["thing-another.pickle"]


def test_the_knowledge_base_read_back_finds_the_same_entries() -> None:
    built = gazetteer.knowledge_base.__wrapped__.__wrapped__()  # type: ignore[attr-defined]
    restored = pickle.loads(rescache.dumps(built))
    keys = [key for _, (key, _) in built.automaton.items()]
    assert len(keys) > 10_000
    assert all(restored.lookup(k) == built.lookup(k) for k in keys)
    text = " " + " ".join(keys[:300]) + " "
    assert list(restored.matches(text)) == list(built.matches(text))
    assert (restored.actors, restored.offices, restored.countries, restored.name_parts) == \
        (built.actors, built.offices, built.countries, built.name_parts)


def test_the_pattern_lexicon_read_back_is_equal() -> None:
    index, patterns = predicates.lexicon.__wrapped__.__wrapped__()  # type: ignore[attr-defined]
    index2, patterns2 = pickle.loads(rescache.dumps((index, patterns)))
    assert patterns2 == patterns and len(patterns) > 500
    assert index2.by_sequence == index.by_sequence and index2.longest == index.longest
    assert index2.groups == index.groups and index2.heads == index.heads


def test_the_event_type_model_read_back_is_equal() -> None:
    built = event_types._read_model(event_types.MODEL_PATH)
    restored = pickle.loads(rescache.dumps(built))
    assert restored == built and restored.offsets == built.offsets
    assert restored.matrix == built.matrix and len(restored.matrix) > 10_000
    features = ["w:police", "lang:en", "b:police_arrested"]
    assert restored.probabilities(features) == built.probabilities(features)


def test_the_ner_lexicon_read_back_is_equal() -> None:
    built = ner_features._lexicon.__wrapped__.__wrapped__()  # type: ignore[attr-defined]
    assert pickle.loads(rescache.dumps(built)) == built and len(built["gaz"]) > 1000


def test_the_shipped_ner_attributes_come_from_the_cache_and_others_from_their_file(
        cache: Path, tmp_path: Path) -> None:
    ner_tagger._shipped_attributes.cache_clear()  # type: ignore[attr-defined]
    try:
        shipped = ner_tagger.known_attributes(ner_tagger.MODEL_PATH)
        assert shipped == ner_tagger.model_attributes(ner_tagger.MODEL_PATH)
        assert [p.name.split("-")[0] for p in cache.iterdir()] == ["ner_attributes"]
        other = tmp_path / "other.crfsuite"
        other.write_bytes(b"not a crfsuite model" * 10)
        assert ner_tagger.known_attributes(other) is None  # read from that file, not the cache
    finally:
        ner_tagger._shipped_attributes.cache_clear()  # type: ignore[attr-defined]


def test_a_packed_table_read_back_decodes_each_value_on_use() -> None:
    table = rescache.PackedTable({"a": (1, 2), "b": ("x",), "c": ()})
    restored = pickle.loads(rescache.dumps(table))
    assert restored.get("a") == (1, 2) and restored["b"] == ("x",) and restored.get("c") == ()
    assert restored.get("zz") is None and restored.get("zz", ("d",)) == ("d",)
    with pytest.raises(KeyError):
        restored["zz"]
    assert len(restored) == 3
    again = pickle.loads(rescache.dumps(restored))  # half decoded, written again: all there
    assert [again.get(k) for k in "abc"] == [(1, 2), ("x",), ()]


def test_the_romanized_lexicons_read_back_give_the_same_readings() -> None:
    from ghatna.pipeline import romanized, romanlex

    built = romanlex.roman_lexicon.__wrapped__.__wrapped__()  # type: ignore[attr-defined]
    restored = pickle.loads(rescache.dumps(built))
    for key in ("mlkt", "sarkar", "kiya", "nahi", "police"):
        assert restored.strict.get(key) == built.strict.get(key)
        assert restored.loose.get(key, ()) == built.loose.get(key, ())
    assert len(restored.strict) == len(built.strict) > 1000
    lexicons = romanized._lexicons.__wrapped__.__wrapped__()  # type: ignore[attr-defined]
    again = pickle.loads(rescache.dumps(lexicons))
    assert again == lexicons and again.model.score("mulakat") == lexicons.model.score("mulakat")


@dataclass(frozen=True)
class _Frozen:
    name: str
    weights: tuple[float, ...]
    memo: dict[str, int] = field(default_factory=dict, init=False, compare=False)


def test_the_cache_writes_a_frozen_dataclass_as_a_call_of_its_constructor() -> None:
    """Compiled by mypyc, a frozen class cannot be restored field by field (it refuses
    setattr): the cache's pickler writes a call on the init fields instead, memos empty."""
    value = _Frozen("a", (1.0, 2.0))
    value.memo["seen"] = 1
    restored = pickle.loads(rescache.dumps({"k": [value]}))["k"][0]
    assert restored == value and restored.memo == {}
    assert b"memo" not in rescache.dumps(value) and b"memo" in pickle.dumps(value)
