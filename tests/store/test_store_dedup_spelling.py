"""Dedup rule 13: an unresolved name is compared by its spelling key
(``records.spelling_key``): a person the knowledge base does not hold, written one way by a
report transliterated from Hindi and another way by an English one, is one actor to dedup
(and, without a country, one block). Different names, or a final vowel that tells two names
apart, stay two actors. A store keyed by the older rule is re-keyed and re-clustered by its
next writer; batches in any order end as one pass."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from store_records import (
    doc_record,
    event_groups,
    groups_after_batches,
    groups_after_shuffled_batches,
)

from ghatna.store.loader import Store
from ghatna.store.records import block_side, spelling_key

POLICE = {"name": "police", "id": "group:police", "country": "IND", "sector": "POL"}
DAY = "2024-03-05"


def _person(name: str, country: str | None = "IND") -> dict[str, Any]:
    return {"name": name, "country": country, "sector": "CVL"}  # not a state peer (rule 8)


def _arrest(doc_id: str, target: dict[str, Any], place: str = "Kolkata") -> dict[str, Any]:
    event = {"type": "COERCE", "actor1": POLICE, "actor2": target, "date": DAY,
             "date_text": "5 March", "planned": False, "negated": False, "lang": "en",
             "location": {"name": place, "country": "IND", "kind": "city"},
             "confidence": 0.8, "sentence": "s", "span": [0, 1]}
    return doc_record(doc_id, DAY, [event])


@pytest.mark.parametrize("a, b, same", [
    ("name:satyendar jain|IND", "name:satyendra jain|IND", True),
    ("name:mushtaq ahmed|", "name:mushtak ahmad|", True),
    ("name:mohammad faisal|", "name:mohammad phaisal|", True),
    ("name:ram kumar|IND", "name:rama kumar|IND", True),  # a written schwa
    ("name:ram kumar|IND", "name:ram kumari|IND", False),  # a final vowel tells them apart
    ("name:satyendra jain|IND", "name:satyendra jain|PAK", False),
    ("name:satyendra jain|IND", "name:surendra jain|IND", False),
])
def test_spelling_key(a: str, b: str, same: bool) -> None:
    assert (spelling_key(a) == spelling_key(b)) is same


def test_what_the_spelling_key_leaves_alone() -> None:
    for key in ("id:person:satyendar-jain", "name:governor|IND", "name:jain|IND",
                "name:\u0928\u0935\u093e\u092c \u092e\u0932\u093f\u0915|"):
        assert spelling_key(key) == key
    # a country-less name's block side is its spelling key; with a country, the country
    assert block_side("name:mushtaq ahmed|", None) == block_side("name:mushtak ahmad|", None)
    assert block_side("name:mushtaq ahmed|IND", "IND") == "c:IND"


def test_two_spellings_of_one_unresolved_name_are_one_event(tmp_path: Path) -> None:
    docs = [_arrest("hi", _person("Satyendar Jain")), _arrest("en", _person("Satyendra Jain")),
            _arrest("other", _person("Surendra Jain")),
            # no country: a block of its own name, the same for both spellings
            _arrest("hi2", _person("Mushtak Ahmad", None), "Srinagar"),
            _arrest("en2", _person("Mushtaq Ahmed", None), "Srinagar")]
    one_pass = groups_after_batches(tmp_path / "one.duckdb", [docs])
    assert sorted(g[:-1] for g in one_pass) == [["en", "hi"], ["en2", "hi2"], ["other"]]
    for groups in groups_after_shuffled_batches(tmp_path, docs, seed=7):
        assert groups == one_pass


def test_store_rekeys_an_older_rules_blocks(tmp_path: Path) -> None:
    docs = [_arrest("hi2", _person("Mushtak Ahmad", None)),
            _arrest("en2", _person("Mushtaq Ahmed", None))]
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        store.load_records(docs)
        store.finalize()
        one_pass = event_groups(store)
        assert one_pass == [["en2", "hi2"]]
        # as rule 12 left it: each spelling its own block
        store.con.execute("UPDATE mentions SET block_key = 'COERCE|c:IND|' || actor2_key || "
                          "'|n0', event_id = 'old-' || doc_id")
        store.con.execute("UPDATE meta SET value = '12' WHERE key = 'dedup_rule'")
    with Store(db) as store:  # the next writer rebuilds the keys and re-clusters
        store.finalize()
        assert event_groups(store) == one_pass
