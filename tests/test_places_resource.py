"""Checks for the places gazetteer and the nationality adjectives.

Parses every row of ``places.tsv`` and ``country_adjectives.tsv`` with the csv module and
checks each column, then spot-checks that real news spellings resolve to the right place.
"""
from __future__ import annotations

import csv
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest

RES = Path(__file__).parents[1] / "src" / "ghatna" / "resources"
PLACES = RES / "places.tsv"
ADJECTIVES = RES / "country_adjectives.tsv"

PLACE_COLUMNS = ["id", "name", "kind", "country", "admin1", "lat", "lon", "geonameid",
                 "population", "aliases"]
KINDS = {"country", "state", "district", "city", "region"}
KIND_RANK = {"country": 0, "state": 1, "region": 2, "district": 3, "city": 4}


def norm(s: str) -> str:
    """The loader's normalisation (FORMAT.md): NFC, no nukta, ँ -> ं, lower case."""
    s = unicodedata.normalize("NFD", s).replace("\u093c", "").replace("\u0901", "\u0902")
    return unicodedata.normalize("NFC", s).lower().strip()


def read_tsv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader)
    rows = []
    for i, r in enumerate(reader, start=2):
        assert len(r) == len(header), f"{path.name} row {i}: {len(r)} cells: {r}"
        rows.append(dict(zip(header, r)))
    return header, rows


@pytest.fixture(scope="module")
def places() -> list[dict[str, str]]:
    header, rows = read_tsv(PLACES)
    assert header == PLACE_COLUMNS
    return rows


@pytest.fixture(scope="module")
def adjectives() -> list[dict[str, str]]:
    header, rows = read_tsv(ADJECTIVES)
    assert header == ["surface", "country"]
    return rows


@pytest.fixture(scope="module")
def alpha3(places: list[dict[str, str]]) -> set[str]:
    codes = {r["country"] for r in places if r["kind"] == "country"}
    try:
        import pycountry
    except ImportError:                                       # pragma: no cover
        return codes
    iso = {c.alpha_3 for c in pycountry.countries}
    assert codes - iso <= {"XKX"}, codes - iso                # Kosovo: user-assigned
    return codes


@pytest.fixture(scope="module")
def index(places: list[dict[str, str]]) -> dict[str, list[dict[str, str]]]:
    idx: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r in places:
        for a in r["aliases"].split("|"):
            idx[norm(a)].append(r)
    return idx


def resolve(index: dict[str, list[dict[str, str]]], surface: str) -> dict[str, str]:
    """What the loader does: country rows first, then the bigger population."""
    cands = index.get(norm(surface))
    assert cands, f"{surface!r} is not an alias of any place"
    return min(cands, key=lambda r: (r["kind"] != "country", -int(r["population"] or 0)))


def test_places_columns(places: list[dict[str, str]], alpha3: set[str]) -> None:
    assert len(places) > 1000
    ids = set()
    for r in places:
        pid = r["id"]
        assert pid not in ids, f"duplicate id {pid}"
        ids.add(pid)
        assert pid.split(":")[0] in {"country", "geo", "place"}, pid
        assert r["name"].strip() == r["name"] and r["name"], pid
        assert r["kind"] in KINDS, pid
        assert r["country"] in alpha3, (pid, r["country"])
        if r["kind"] == "country":
            assert pid == f"country:{r['country']}"
            assert r["admin1"] == ""
        if pid.startswith("geo:"):
            assert r["geonameid"] == pid[4:]
        if r["geonameid"]:
            assert r["geonameid"].isdigit(), pid
        lat, lon = float(r["lat"]), float(r["lon"])
        assert -90 <= lat <= 90 and -180 <= lon <= 180, pid
        if r["population"]:
            assert r["population"].isdigit(), pid
        aliases = r["aliases"].split("|")
        assert aliases and all(a.strip() == a and a for a in aliases), pid
        assert len({norm(a) for a in aliases}) == len(aliases), f"duplicate alias in {pid}"


def test_country_rows(places: list[dict[str, str]]) -> None:
    countries = [r for r in places if r["kind"] == "country"]
    assert len(countries) >= 240
    owner: dict[str, str] = {}
    for r in countries:
        for a in r["aliases"].split("|"):
            k = norm(a)
            assert owner.setdefault(k, r["country"]) == r["country"], \
                f"{a!r} on {owner[k]} and {r['country']}"


def test_indian_states(places: list[dict[str, str]]) -> None:
    states = {r["name"] for r in places if r["kind"] == "state" and r["country"] == "IND"}
    assert len(states) == 36, sorted(states)
    for r in places:
        if r["country"] == "IND" and r["kind"] in {"city", "district"}:
            assert r["admin1"] in states, (r["id"], r["admin1"])


def test_no_common_words(index: dict[str, list[dict[str, str]]]) -> None:
    for w in ["देश", "नगर", "गांव", "राज", "सागर", "बस", "आज", "कल", "पार", "मन", "दल",
              "वार", "गया", "of", "the", "male", "nice", "along", "most", "bar"]:
        assert norm(w) not in index, w
    for a in index:
        if a.isascii() and a.isalpha():
            assert len(a) > 3 or a in {"us", "usa", "uk", "uae", "up", "pok", "ncr", "drc",
                                       "prc", "ksa", "kpk", "nyc", "pak", "tn", "leh", "goa",
                                       "mau", "nuh", "una", "ufa", "qom", "uri"}, a


@pytest.mark.parametrize("surface,name,kind,country", [
    ("मास्को", "Moscow", "city", "RUS"),
    ("मॉस्को", "Moscow", "city", "RUS"),
    ("Moscow", "Moscow", "city", "RUS"),
    ("नई दिल्ली", "New Delhi", "city", "IND"),
    ("उत्तर प्रदेश", "Uttar Pradesh", "state", "IND"),
    ("यूपी", "Uttar Pradesh", "state", "IND"),
    ("जम्मू-कश्मीर", "Jammu and Kashmir", "state", "IND"),
    ("रूस", "Russia", "country", "RUS"),
    ("अमेरिका", "United States", "country", "USA"),
    ("U.S.", "United States", "country", "USA"),
    ("ब्रिटेन", "United Kingdom", "country", "GBR"),
    ("पाक", "Pakistan", "country", "PAK"),
    ("इज़राइल", "Israel", "country", "ISR"),
    ("इस्राइल", "Israel", "country", "ISR"),
    ("आस्ट्रेलिया", "Australia", "country", "AUS"),
    ("यूएई", "United Arab Emirates", "country", "ARE"),
    ("बेंगलुरू", "Bengaluru", "city", "IND"),
    ("इलाहाबाद", "Prayagraj", "city", "IND"),
    ("गुड़गांव", "Gurugram", "city", "IND"),
    ("पुंछ", "Poonch", "city", "IND"),
    ("गोरखपुर", "Gorakhpur", "city", "IND"),
    ("ग़ज़ा", "Gaza Strip", "region", "PSE"),
    ("क्रीमिया", "Crimea", "region", "UKR"),
    ("लद्दाख", "Ladakh", "state", "IND"),
    ("कीव", "Kyiv", "city", "UKR"),
])
def test_spellings_resolve(index: dict[str, list[dict[str, str]]], surface: str, name: str,
                           kind: str, country: str) -> None:
    r = resolve(index, surface)
    assert (r["name"], r["kind"], r["country"]) == (name, kind, country)


def test_gorakhpur_is_in_up(index: dict[str, list[dict[str, str]]]) -> None:
    assert resolve(index, "Gorakhpur")["admin1"] == "Uttar Pradesh"


def test_adjectives(adjectives: list[dict[str, str]], alpha3: set[str]) -> None:
    seen: dict[str, str] = {}
    for r in adjectives:
        assert r["surface"] and r["surface"].strip() == r["surface"]
        assert r["country"] in alpha3, r
        k = norm(r["surface"])
        assert seen.setdefault(k, r["country"]) == r["country"], f"{r['surface']} twice"
    want = {"रूसी": "RUS", "Russian": "RUS", "भारतीय": "IND", "पाकिस्तानी": "PAK",
            "अमेरिकी": "USA", "चीनी": "CHN", "Indian": "IND", "American": "USA",
            "US": "USA", "Chinese": "CHN", "British": "GBR", "इजरायली": "ISR",
            "फिलिस्तीनी": "PSE", "Ukrainian": "UKR"}
    for surface, cc in want.items():
        assert seen.get(norm(surface)) == cc, surface
