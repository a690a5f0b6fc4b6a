"""A test set for deduplication: reports of the same events in Hindi, English and mixed
wording, plus look-alike events that must stay apart (same pair on another day, same pair and
day but another type, a plan versus its occurrence, the same day with another counterpart).

Each report is one short news document (written for this test) and the event record the
extractor should produce for it, built by hand. ``gold`` names the real-world event.
Run ``python tests/store/store_dedup_set.py`` to print the clustering's pairwise precision and
recall on the hand-built records.
"""

from __future__ import annotations

from itertools import combinations
from typing import Any

JAI = {"name": "S. Jaishankar", "id": "person:s-jaishankar", "country": "IND", "sector": "GOV"}
PUTIN = {"name": "Vladimir Putin", "id": "person:vladimir-putin", "country": "RUS", "sector": "GOV"}
MODI = {"name": "Narendra Modi", "id": "person:narendra-modi", "country": "IND", "sector": "GOV"}
XI = {"name": "Xi Jinping", "id": "person:xi-jinping", "country": "CHN", "sector": "GOV"}
RAJNATH = {"name": "Rajnath Singh", "id": "person:rajnath-singh", "country": "IND", "sector": "GOV"}
DONG = {"name": "Dong Jun", "id": None, "country": "CHN", "sector": "GOV"}
BELOUSOV = {"name": "Andrei Belousov", "id": None, "country": "RUS", "sector": "GOV"}
POLICE = {"name": "Delhi Police", "id": "org:delhi-police", "country": "IND", "sector": "POL"}
PROTESTERS = {"name": "protesters", "id": None, "country": "IND", "sector": "CVL"}
FARMERS = {"name": "farmers", "id": None, "country": "IND", "sector": "CVL"}
INDIA = {"name": "India", "id": "country:IND", "country": "IND", "sector": None}

MOSCOW = {"name": "Moscow", "country": "RUS", "kind": "city", "geonameid": 524901}
RUSSIA = {"name": "Russia", "country": "RUS", "kind": "country", "id": "country:RUS"}
TIANJIN = {"name": "Tianjin", "country": "CHN", "kind": "city", "geonameid": 1792947}
DELHI = {"name": "New Delhi", "country": "IND", "kind": "city", "geonameid": 1261481,
         "admin1": "Delhi"}
LUDHIANA = {"name": "Ludhiana", "country": "IND", "kind": "city", "geonameid": 1264728,
            "admin1": "Punjab"}
PUNJAB = {"name": "Punjab", "country": "IND", "kind": "state"}
QINGDAO = {"name": "Qingdao", "country": "CHN", "kind": "city", "geonameid": 1797929}


def _ev(etype: str, a1: dict[str, Any] | None, a2: dict[str, Any] | None, date: str | None,
        loc: dict[str, Any] | None, lang: str, planned: bool = False) -> dict[str, Any]:
    return {"type": etype, "actor1": dict(a1) if a1 else None, "actor2": dict(a2) if a2 else None,
            "date": date, "location": dict(loc) if loc else None, "planned": planned,
            "negated": False, "lang": lang, "confidence": 0.8, "sentence": "", "span": [0, 1]}


# (gold event, document id, published, lang, text, hand-built event record)
REPORTS: list[tuple[str, str, str, str, str, dict[str, Any]]] = [
    ("jai-putin-nov", "r01", "2025-11-18", "hi",
     "मास्को, 18 नवंबर। विदेश मंत्री एस जयशंकर ने मंगलवार को मास्को में रूसी राष्ट्रपति व्लादिमीर पुतिन से मुलाकात की।",
     _ev("CONSULT", JAI, PUTIN, "2025-11-18", MOSCOW, "hi")),
    ("jai-putin-nov", "r02", "2025-11-18", "en",
     "Moscow, Nov 18 (PTI) Russian President Vladimir Putin met External Affairs Minister S. Jaishankar in Moscow on Tuesday.",
     _ev("CONSULT", PUTIN, JAI, "2025-11-18", MOSCOW, "en")),
    ("jai-putin-nov", "r03", "2025-11-18", "hi-en",
     "मास्को, 18 नवंबर। Foreign Minister एस जयशंकर ने Tuesday को मास्को में President पुतिन से मुलाकात की।",
     _ev("CONSULT", JAI, PUTIN, "2025-11-18", MOSCOW, "hi-en")),
    ("jai-putin-nov", "r04", "2025-11-25", "en",
     "New Delhi, Nov 25 (PTI) Earlier this month Jaishankar met Putin in Russia.",
     _ev("CONSULT", JAI, PUTIN, "2025-11", RUSSIA, "en")),
    ("jai-putin-nov", "r05", "2025-11-19", "hi",
     "नई दिल्ली, 19 नवंबर। जयशंकर ने पुतिन से मुलाकात की।",
     _ev("CONSULT", JAI, PUTIN, None, None, "hi")),
    ("jai-putin-aug", "r06", "2025-08-21", "hi",
     "मास्को, 21 अगस्त। विदेश मंत्री एस जयशंकर ने गुरुवार को मास्को में राष्ट्रपति पुतिन से मुलाकात की।",
     _ev("CONSULT", JAI, PUTIN, "2025-08-21", MOSCOW, "hi")),
    ("jai-putin-aug", "r07", "2025-08-21", "en",
     "Moscow, Aug 21 (PTI) Jaishankar met President Vladimir Putin in Moscow on Thursday.",
     _ev("CONSULT", JAI, PUTIN, "2025-08-21", MOSCOW, "en")),
    ("modi-xi-consult", "r08", "2025-08-31", "en",
     "Tianjin, Aug 31 (PTI) Prime Minister Narendra Modi held talks with Chinese President Xi Jinping in Tianjin on Sunday.",
     _ev("CONSULT", MODI, XI, "2025-08-31", TIANJIN, "en")),
    ("modi-xi-consult", "r09", "2025-08-31", "hi",
     "तियानजिन, 31 अगस्त। प्रधानमंत्री नरेंद्र मोदी ने रविवार को तियानजिन में चीनी राष्ट्रपति शी जिनपिंग से बातचीत की।",
     _ev("CONSULT", MODI, XI, "2025-08-31", TIANJIN, "hi")),
    ("modi-xi-consult", "r10", "2025-09-01", "hi-en",
     "नई दिल्ली, 1 सितंबर। PM मोदी ने Sunday को Tianjin में President शी जिनपिंग से मुलाकात की।",
     _ev("CONSULT", XI, MODI, "2025-08-31", TIANJIN, "hi-en")),
    ("modi-xi-agree", "r11", "2025-08-31", "en",
     "Tianjin, Aug 31 (PTI) Modi and Xi agreed to resume direct flights between India and China.",
     _ev("AGREE", MODI, XI, "2025-08-31", TIANJIN, "en")),
    ("modi-xi-agree", "r12", "2025-08-31", "hi",
     "तियानजिन, 31 अगस्त। मोदी और शी सीधी उड़ानें फिर शुरू करने पर सहमत हुए।",
     _ev("AGREE", XI, MODI, "2025-08-31", None, "hi")),
    ("police-protesters-10", "r13", "2025-11-10", "hi",
     "नई दिल्ली, 10 नवंबर। दिल्ली पुलिस ने सोमवार को जंतर मंतर पर प्रदर्शनकारियों को हिरासत में लिया।",
     _ev("COERCE", POLICE, PROTESTERS, "2025-11-10", DELHI, "hi")),
    ("police-protesters-10", "r14", "2025-11-10", "en",
     "New Delhi, Nov 10 (PTI) Delhi Police detained protesters at Jantar Mantar on Monday.",
     _ev("COERCE", POLICE, PROTESTERS, "2025-11-10", DELHI, "en")),
    ("police-protesters-12", "r15", "2025-11-12", "en",
     "New Delhi, Nov 12 (PTI) Delhi Police again detained protesters in the capital on Wednesday.",
     _ev("COERCE", POLICE, PROTESTERS, "2025-11-12", DELHI, "en")),
    ("farmers-punjab", "r16", "2025-11-05", "hi",
     "लुधियाना, 5 नवंबर। किसानों ने बुधवार को लुधियाना में प्रदर्शन किया।",
     _ev("PROTEST", FARMERS, None, "2025-11-05", LUDHIANA, "hi")),
    ("farmers-punjab", "r17", "2025-11-05", "en",
     "Chandigarh, Nov 5 (PTI) Farmers protested in Punjab on Wednesday.",
     _ev("PROTEST", FARMERS, None, "2025-11-05", PUNJAB, "en")),
    ("farmers-punjab", "r18", "2025-11-06", "hi-en",
     "चंडीगढ़, 6 नवंबर। Farmers ने Wednesday को protest किया।",
     _ev("PROTEST", FARMERS, None, "2025-11-05", None, "hi-en")),
    ("putin-visit-plan", "r19", "2025-11-20", "hi",
     "मास्को, 20 नवंबर। राष्ट्रपति पुतिन दिसंबर में भारत का दौरा करेंगे।",
     _ev("CONSULT", PUTIN, INDIA, "2025-12", None, "hi", planned=True)),
    ("putin-visit-plan", "r20", "2025-11-21", "en",
     "New Delhi, Nov 21 (PTI) Putin will visit India in December.",
     _ev("CONSULT", PUTIN, INDIA, "2025-12", None, "en", planned=True)),
    ("putin-visit", "r21", "2025-12-04", "en",
     "New Delhi, Dec 4 (PTI) Russian President Vladimir Putin visited India on Thursday.",
     _ev("CONSULT", PUTIN, INDIA, "2025-12-04", DELHI, "en")),
    ("putin-visit", "r22", "2025-12-04", "hi",
     "नई दिल्ली, 4 दिसंबर। रूसी राष्ट्रपति व्लादिमीर पुतिन ने गुरुवार को भारत का दौरा किया।",
     _ev("CONSULT", PUTIN, INDIA, "2025-12-04", DELHI, "hi")),
    ("rajnath-dong", "r23", "2025-06-26", "en",
     "Qingdao, Jun 26 (PTI) Defence Minister Rajnath Singh met Chinese Defence Minister Dong Jun in Qingdao on Thursday.",
     _ev("CONSULT", RAJNATH, DONG, "2025-06-26", QINGDAO, "en")),
    ("rajnath-dong", "r24", "2025-06-26", "hi",
     "चिंगदाओ, 26 जून। रक्षा मंत्री राजनाथ सिंह ने गुरुवार को चीनी रक्षा मंत्री डोंग जुन से मुलाकात की।",
     _ev("CONSULT", RAJNATH, DONG, "2025-06-26", QINGDAO, "hi")),
    ("rajnath-belousov", "r25", "2025-06-26", "en",
     "Qingdao, Jun 26 (PTI) Rajnath Singh also met Russian Defence Minister Andrei Belousov in Qingdao.",
     _ev("CONSULT", RAJNATH, BELOUSOV, "2025-06-26", QINGDAO, "en")),
]


def pairwise_scores(gold: dict[str, str], predicted: dict[str, str | None]) -> tuple[float, float]:
    """Pairwise precision and recall of a clustering: item -> gold label / predicted cluster.

    An item whose prediction is None (no mention found) is in no predicted cluster.
    """
    tp = fp = fn = 0
    for a, b in combinations(sorted(gold), 2):
        same_gold = gold[a] == gold[b]
        same_pred = predicted.get(a) is not None and predicted.get(a) == predicted.get(b)
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall


def hand_built_scores() -> tuple[float, float, int, int]:
    """Cluster the hand-built records through the store; (precision, recall, events, gold)."""
    import tempfile
    from pathlib import Path

    from ghatna.store.loader import Store
    from ghatna.store.records import content_hash, doc_key

    records = []
    for _gold, doc_id, published, lang, text, event in REPORTS:
        chash = content_hash(text)
        records.append({"kind": "doc", "doc_key": doc_key(doc_id, chash), "id": doc_id,
                        "content_hash": chash, "source": f"src-{lang}", "url": None,
                        "title": None, "published": published, "lang": lang,
                        "length": len(text), "events": [dict(event, sentence=text)]})
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "d.duckdb") as store:
        store.load_records(records)
        store.finalize()
        predicted = dict(store.con.execute("SELECT doc_id, event_id FROM mentions").fetchall())
        n_events = store.con.execute("SELECT count(*) FROM events").fetchall()[0][0]
    gold_map = {r[1]: r[0] for r in REPORTS}
    precision, recall = pairwise_scores(gold_map, predicted)
    return precision, recall, n_events, len(set(gold_map.values()))


if __name__ == "__main__":
    p, r, n, g = hand_built_scores()
    print(f"hand-built records: {len(REPORTS)} reports, {g} gold events, {n} events stored; "
          f"pairwise precision {p:.3f} recall {r:.3f}")
