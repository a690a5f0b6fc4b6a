"""Checks for the actor knowledge base: actors.tsv, offices.tsv, titles.tsv, groups.tsv.

Every row is parsed and every column checked; the spot checks pin the entries the extractor
relies on most (India's and Russia's foreign ministers, SCO, BJP, Delhi Police ...).
"""
import csv
import datetime as dt
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pycountry
import pytest

RES = Path(__file__).parents[1] / "src" / "ghatna" / "resources"

SECTORS = {"GOV", "MIL", "POL", "JUD", "LEG", "PTY", "REB", "CVL", "BUS", "MED", "IGO",
           "NGO", "REL", "CRM", "OTH"}
HEADERS = {
    "actors.tsv": ["id", "name", "kind", "country", "sector", "aliases"],
    "offices.tsv": ["actor_id", "role", "country", "region", "start", "end"],
    "titles.tsv": ["surface", "role", "sector", "lang", "country"],
    "groups.tsv": ["surface", "name", "sector", "country"],
}
ALPHA3 = {c.alpha_3 for c in pycountry.countries}
REGIONAL_ROLES = {"chief_minister", "deputy_chief_minister", "governor", "lieutenant_governor"}

# Offices held by one person at a time per (country, region): their terms must not overlap.
SINGLE_HOLDER_ROLES = {
    "head_of_state", "head_of_government", "vice_president", "supreme_leader", "crown_prince",
    "foreign_minister", "defence_minister", "home_minister", "finance_minister",
    "commerce_minister", "railway_minister", "health_minister", "education_minister",
    "agriculture_minister", "law_minister", "chief_minister", "governor", "lieutenant_governor",
    "national_security_adviser", "foreign_secretary", "home_secretary", "central_bank_governor",
    "chief_election_commissioner", "speaker", "chief_justice", "army_chief", "navy_chief",
    "air_force_chief", "chief_of_defence_staff", "secretary_general", "nato_secretary_general",
    "eu_commission_president", "eu_council_president", "eu_foreign_policy_chief",
}

# Aliases deliberately shared by two actors (the coder must decide from context).
# Each entry: normalised alias -> the set of actor ids allowed to share it.
SHARED_ALIAS_ALLOW: dict[str, set[str]] = {
}

# Single words that must never be an alias on their own: pronouns, common nouns, shared surnames.
FORBIDDEN_ALIASES = {
    "आप", "हम", "राम", "सिंह", "कुमार", "गांधी", "यादव", "ठाकरे", "पवार", "नायडू", "रेड्डी",
    "अब्दुल्ला", "सोरेन", "प्रचंड", "दहल", "असद", "पन्नू", "सरकार", "पुलिस", "सेना", "लोग",
    "who", "sad", "cpi", "ham", "raw", "let", "inc", "eps", "mod", "pa", "ppp", "reliance",
    "apple", "public", "justice",
}


def _is_word_char(ch):
    return unicodedata.category(ch)[0] in "LMN"


def norm(text):
    """Normalise a surface form the way FORMAT.md says the loader does, then tokenise."""
    text = unicodedata.normalize("NFC", text)
    text = unicodedata.normalize("NFD", text)  # split precomposed nukta letters (क़ -> क + ़)
    text = text.replace("\u093c", "").replace("\u0901", "\u0902")
    text = unicodedata.normalize("NFC", text).lower()
    tokens, cur = [], ""
    for ch in text:
        if _is_word_char(ch):
            cur += ch
            continue
        if cur:
            tokens.append(cur)
            cur = ""
        if not ch.isspace():
            tokens.append(ch)
    if cur:
        tokens.append(cur)
    return " ".join(tokens)


def read(name):
    path = RES / name
    rows, header = [], None
    with path.open(encoding="utf-8", newline="") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    for _lineno, row in enumerate(csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)):
        if header is None:
            header = row
            continue
        assert len(row) == len(header), f"{name}: wrong column count in {row!r}"
        rows.append(dict(zip(header, row)))
    assert header == HEADERS[name], f"{name}: header {header}"
    return rows


def parse_date(value):
    if re.fullmatch(r"\d{4}", value):
        return dt.date(int(value), 1, 1)
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", value), value
    return dt.date.fromisoformat(value)


@pytest.fixture(scope="module")
def actors():
    return read("actors.tsv")


@pytest.fixture(scope="module")
def offices():
    return read("offices.tsv")


@pytest.fixture(scope="module")
def titles():
    return read("titles.tsv")


@pytest.fixture(scope="module")
def groups():
    return read("groups.tsv")


@pytest.fixture(scope="module")
def by_id(actors):
    return {a["id"]: a for a in actors}


@pytest.fixture(scope="module")
def alias_index(actors):
    index = defaultdict(set)
    for a in actors:
        for alias in a["aliases"].split("|"):
            index[norm(alias)].add(a["id"])
    return index


def holder(offices, by_id, role, country, day, region=""):
    day = parse_date(day)
    found = [o for o in offices
             if o["role"] == role and o["country"] == country and o["region"] == region
             and parse_date(o["start"]) <= day and (not o["end"] or day < parse_date(o["end"]))]
    return [by_id[o["actor_id"]]["name"] for o in found]


# ---------------------------------------------------------------- row checks

def test_sizes(actors, offices, titles, groups):
    assert len(actors) >= 600
    assert len(titles) >= 150
    assert len(groups) >= 120
    assert len(offices) >= 300


def test_actor_rows(actors):
    ids = [a["id"] for a in actors]
    dupes = {i for i in ids if ids.count(i) > 1}
    assert not dupes, dupes
    for a in actors:
        assert re.fullmatch(r"(person|org):[a-z0-9][a-z0-9-]*", a["id"]), a["id"]
        assert a["kind"] in {"person", "org"}, a
        assert a["id"].startswith(a["kind"] + ":"), a["id"]
        assert a["name"].strip() == a["name"] and a["name"], a
        assert a["sector"] in SECTORS, a
        assert a["country"] == "" or a["country"] in ALPHA3, a
        if a["sector"] == "IGO":
            assert a["country"] == "", a
        aliases = a["aliases"].split("|")
        assert all(x.strip() == x and x for x in aliases), a
        assert a["name"] in aliases, a
        normed = [norm(x) for x in aliases]
        assert len(set(normed)) == len(normed), f"duplicate alias after normalisation in {a['id']}"


def test_no_forbidden_aliases(alias_index):
    bad = {norm(w) for w in FORBIDDEN_ALIASES} & set(alias_index)
    assert not bad, bad


def test_no_alias_shared_between_actors(alias_index):
    shared = {alias: ids for alias, ids in alias_index.items() if len(ids) > 1}
    unexpected = {alias: ids for alias, ids in shared.items()
                  if SHARED_ALIAS_ALLOW.get(alias) != ids}
    assert not unexpected, unexpected


def test_office_rows(offices, by_id, titles):
    roles = {t["role"] for t in titles}
    for o in offices:
        assert o["actor_id"] in by_id, o
        assert o["role"] in roles, o
        assert o["country"] == "" or o["country"] in ALPHA3, o
        if o["country"] == "":
            assert by_id[o["actor_id"]]["sector"] == "IGO", o
        start = parse_date(o["start"])
        assert dt.date(1950, 1, 1) <= start <= dt.date(2026, 1, 1), o
        if o["end"]:
            assert start < parse_date(o["end"]), o
        if o["role"] in REGIONAL_ROLES:
            assert o["region"], o


def test_single_holder_offices_do_not_overlap(offices):
    terms = defaultdict(list)
    for o in offices:
        if o["role"] in SINGLE_HOLDER_ROLES:
            end = parse_date(o["end"]) if o["end"] else dt.date(9999, 1, 1)
            key = (o["role"], o["country"], o["region"])
            terms[key].append((parse_date(o["start"]), end, o["actor_id"]))
    for key, spans in terms.items():
        spans.sort()
        for (_s1, e1, a1), (s2, _e2, a2) in zip(spans, spans[1:]):
            assert e1 <= s2, f"{key}: {a1} until {e1} overlaps {a2} from {s2}"


def test_title_rows(titles):
    seen = set()
    for t in titles:
        assert t["surface"].strip() == t["surface"] and t["surface"], t
        assert re.fullmatch(r"[a-z_]+", t["role"]), t
        assert t["sector"] in SECTORS, t
        assert t["lang"] in {"hi", "en"}, t
        deva = any("\u0900" <= ch <= "\u097f" for ch in t["surface"])
        assert deva == (t["lang"] == "hi"), t
        key = norm(t["surface"])
        assert key not in seen, f"duplicate title {t['surface']!r}"
        seen.add(key)


def test_group_rows(groups):
    seen = set()
    for g in groups:
        assert g["surface"].strip() == g["surface"] and g["surface"], g
        assert g["name"] and g["name"] == g["name"].strip(), g
        assert g["sector"] in SECTORS, g
        assert g["country"] == "" or g["country"] in ALPHA3, g
        key = norm(g["surface"])
        assert key not in seen, f"duplicate group surface {g['surface']!r}"
        seen.add(key)


def test_surfaces_do_not_cross_files(alias_index, titles, groups):
    """A surface form is either a named actor, a title or a generic group, never two of them."""
    t = {norm(x["surface"]) for x in titles}
    g = {norm(x["surface"]) for x in groups}
    a = set(alias_index)
    assert not (t & g), t & g
    assert not (a & t), a & t
    assert not (a & g), a & g


# ---------------------------------------------------------------- spot checks

@pytest.mark.parametrize("alias,name,country,sector", [
    ("जयशंकर", "S. Jaishankar", "IND", "GOV"),
    ("एस जयशंकर", "S. Jaishankar", "IND", "GOV"),
    ("डॉ. एस. जयशंकर", "S. Jaishankar", "IND", "GOV"),
    ("S Jaishankar", "S. Jaishankar", "IND", "GOV"),
    ("पुतिन", "Vladimir Putin", "RUS", "GOV"),
    ("व्लादिमीर पुतिन", "Vladimir Putin", "RUS", "GOV"),
    ("लावरोव", "Sergei Lavrov", "RUS", "GOV"),
    ("मंटुरोव", "Denis Manturov", "RUS", "GOV"),
    ("नरेन्द्र मोदी", "Narendra Modi", "IND", "GOV"),
    ("ट्रंप", "Donald Trump", "USA", "GOV"),
    ("ट्रम्प", "Donald Trump", "USA", "GOV"),
    ("जिनपिंग", "Xi Jinping", "CHN", "GOV"),
    ("शरीफ", "Shehbaz Sharif", "PAK", "GOV"),
    ("असीम मुनीर", "Asim Munir", "PAK", "MIL"),
    ("जेलेंस्की", "Volodymyr Zelensky", "UKR", "GOV"),
    ("ज़ेलेंस्की", "Volodymyr Zelensky", "UKR", "GOV"),
    ("राहुल गांधी", "Rahul Gandhi", "IND", "PTY"),
    ("प्रियंका गांधी", "Priyanka Gandhi Vadra", "IND", "PTY"),
    ("अनुरा कुमार दिसानायके", "Anura Kumara Dissanayake", "LKA", "GOV"),
    ("शेख हसीना", "Sheikh Hasina", "BGD", "GOV"),
    ("एंटनी ब्लिंकन", "Antony Blinken", "USA", "GOV"),
    ("Josep Borrell", "Josep Borrell", "", "IGO"),
    ("शंघाई सहयोग संगठन", "Shanghai Cooperation Organisation", "", "IGO"),
    ("SCO", "Shanghai Cooperation Organisation", "", "IGO"),
    ("भाजपा", "Bharatiya Janata Party", "IND", "PTY"),
    ("BJP", "Bharatiya Janata Party", "IND", "PTY"),
    ("कांग्रेस", "Indian National Congress", "IND", "PTY"),
    ("आम आदमी पार्टी", "Aam Aadmi Party", "IND", "PTY"),
    ("सपा", "Samajwadi Party", "IND", "PTY"),
    ("दिल्ली पुलिस", "Delhi Police", "IND", "POL"),
    ("यूपी पुलिस", "Uttar Pradesh Police", "IND", "POL"),
    ("सीमा सुरक्षा बल", "Border Security Force", "IND", "POL"),
    ("प्रवर्तन निदेशालय", "Enforcement Directorate", "IND", "POL"),
    ("विदेश मंत्रालय", "Ministry of External Affairs", "IND", "GOV"),
    ("रूसी विदेश मंत्रालय", "Russian Foreign Ministry", "RUS", "GOV"),
    ("गृह मंत्रालय", "Ministry of Home Affairs", "IND", "GOV"),
    ("भारतीय वायुसेना", "Indian Air Force", "IND", "MIL"),
    ("भारतीय सेना", "Indian Army", "IND", "MIL"),
    ("पाकिस्तानी सेना", "Pakistan Army", "PAK", "MIL"),
    ("पाकिस्तान रेंजर्स", "Pakistan Rangers", "PAK", "POL"),
    ("मोदी सरकार", "Government of India", "IND", "GOV"),
    ("सुप्रीम कोर्ट", "Supreme Court of India", "IND", "JUD"),
    ("इलाहाबाद हाईकोर्ट", "Allahabad High Court", "IND", "JUD"),
    ("लोकसभा", "Lok Sabha", "IND", "LEG"),
    ("लश्कर-ए-तैयबा", "Lashkar-e-Taiba", "PAK", "REB"),
    ("हिजबुल मुजाहिदीन", "Hizbul Mujahideen", "", "REB"),
    ("तालिबान", "Taliban", "AFG", "GOV"),
    ("संयुक्त राष्ट्र", "United Nations", "", "IGO"),
    ("PTI", "Press Trust of India", "IND", "MED"),
])
def test_alias_spot_checks(alias_index, by_id, alias, name, country, sector):
    ids = alias_index.get(norm(alias))
    assert ids and len(ids) == 1, (alias, ids)
    actor = by_id[next(iter(ids))]
    assert (actor["name"], actor["country"], actor["sector"]) == (name, country, sector)


@pytest.mark.parametrize("role,country,region,day,name", [
    ("foreign_minister", "IND", "", "2025-11-18", "S. Jaishankar"),
    ("foreign_minister", "IND", "", "2018-01-01", "Sushma Swaraj"),
    ("foreign_minister", "RUS", "", "2025-11-18", "Sergei Lavrov"),
    ("foreign_minister", "USA", "", "2024-02-16", "Antony Blinken"),
    ("foreign_minister", "USA", "", "2025-11-18", "Marco Rubio"),
    ("foreign_minister", "GBR", "", "2024-02-01", "David Cameron"),
    ("head_of_state", "RUS", "", "2025-11-18", "Vladimir Putin"),
    ("head_of_state", "USA", "", "2025-11-18", "Donald Trump"),
    ("head_of_state", "USA", "", "2019-06-01", "Donald Trump"),
    ("head_of_state", "USA", "", "2023-06-01", "Joe Biden"),
    ("head_of_state", "LKA", "", "2025-01-01", "Anura Kumara Dissanayake"),
    ("head_of_government", "IND", "", "2025-11-18", "Narendra Modi"),
    ("head_of_government", "PAK", "", "2025-11-18", "Shehbaz Sharif"),
    ("head_of_government", "BGD", "", "2024-07-20", "Sheikh Hasina"),
    ("head_of_government", "BGD", "", "2025-11-18", "Muhammad Yunus"),
    ("defence_minister", "IND", "", "2025-11-18", "Rajnath Singh"),
    ("home_minister", "IND", "", "2025-11-18", "Amit Shah"),
    ("army_chief", "PAK", "", "2025-11-18", "Asim Munir"),
    ("chief_minister", "IND", "Uttar Pradesh", "2025-11-18", "Yogi Adityanath"),
    ("chief_minister", "IND", "Delhi", "2025-11-18", "Rekha Gupta"),
    ("chief_minister", "IND", "Delhi", "2020-01-01", "Arvind Kejriwal"),
    ("chief_minister", "IND", "West Bengal", "2025-11-18", "Mamata Banerjee"),
    ("chief_minister", "IND", "Jammu and Kashmir", "2025-11-18", "Omar Abdullah"),
    ("secretary_general", "", "", "2025-11-18", "Antonio Guterres"),
])
def test_office_holders(offices, by_id, role, country, region, day, name):
    assert holder(offices, by_id, role, country, day, region) == [name]


@pytest.mark.parametrize("surface,role", [
    ("विदेश मंत्री", "foreign_minister"), ("External Affairs Minister", "foreign_minister"),
    ("राष्ट्रपति", "head_of_state"), ("प्रधानमंत्री", "head_of_government"),
    ("PM", "head_of_government"), ("मुख्यमंत्री", "chief_minister"), ("सीएम", "chief_minister"),
    ("रक्षा मंत्री", "defence_minister"), ("प्रथम उप प्रधानमंत्री", "deputy_prime_minister"),
    ("सांसद", "legislator"), ("जज", "judge"),
])
def test_title_spot_checks(titles, surface, role):
    found = [t for t in titles if norm(t["surface"]) == norm(surface)]
    assert [t["role"] for t in found] == [role]


@pytest.mark.parametrize("surface,name,sector", [
    ("प्रदर्शनकारियों", "protesters", "CVL"), ("किसानों", "farmers", "CVL"),
    ("आतंकियों", "militants", "REB"), ("आतंकवादियों", "militants", "REB"),
    ("पुलिस", "police", "POL"), ("सुरक्षाबलों", "security forces", "POL"),
    ("जवानों", "soldiers", "MIL"), ("सेना", "army", "MIL"), ("militants", "militants", "REB"),
    ("बदमाशों", "criminals", "CRM"), ("पत्रकारों", "journalists", "MED"),
    ("सरकार", "government", "GOV"),
])
def test_group_spot_checks(groups, surface, name, sector):
    found = [g for g in groups if norm(g["surface"]) == norm(surface)]
    assert [(g["name"], g["sector"]) for g in found] == [(name, sector)]


def test_the_knowledge_base_answers_office_questions_from_offices_tsv(offices):
    """per_state, office_on and ever_held read offices.tsv's rows (here read independently)."""
    from ghatna.pipeline.gazetteer import knowledge_base

    kb = knowledge_base()
    # chief ministers are held in many states; a foreign minister in none
    assert kb.per_state("chief_minister", "IND")
    assert not kb.per_state("foreign_minister", "IND")
    khattar = [r for r in offices if r["actor_id"] == "person:manohar-lal-khattar"
               and r["role"] == "chief_minister"]
    assert khattar and khattar[0]["start"] == "2014-10-26"
    assert kb.office_on("person:manohar-lal-khattar", "2020-01-01") == "chief_minister"
    assert kb.office_on("person:manohar-lal-khattar", "2010-01-01") is None
    assert kb.ever_held("person:manohar-lal-khattar", "chief_minister")
    assert not kb.ever_held("person:manohar-lal-khattar", "prime_minister")
    assert not kb.ever_held("person:nobody-known", "chief_minister")
