"""A small corpus in the store tests' fake-extractor format (events written into the text).

``rows()`` gives the documents the web tests ingest: one meeting of Jaishankar and Putin
reported in Hindi, English and mixed Hindi-English (so पुतिन finds it), events of several
PLOVER types over several months, and an actor and a sentence full of HTML metacharacters.
``python tests/web/web_corpus.py OUT.jsonl [N]`` writes them, plus N extra generated
documents, for trying ``ghatna serve`` by hand.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
STORE_TESTS = HERE.parent / "store"
for _p in (HERE, STORE_TESTS):
    if str(_p) not in sys.path:
        sys.path.insert(0, str(_p))

from store_fake_extractor import make_text  # noqa: E402

FAKE = "store_fake_extractor:extract"

PEOPLE = {  # name -> (id, country, {lang: surface text})
    "S. Jaishankar": ("person:s-jaishankar", "IND",
                      {"hi": "जयशंकर", "en": "Jaishankar", "hi-en": "Jaishankar"}),
    "Vladimir Putin": ("person:vladimir-putin", "RUS",
                       {"hi": "पुतिन", "en": "Putin", "hi-en": "President पुतिन"}),
    "Narendra Modi": ("person:narendra-modi", "IND",
                      {"hi": "नरेंद्र मोदी", "en": "Modi", "hi-en": "PM मोदी"}),
    "Shehbaz Sharif": ("person:shehbaz-sharif", "PAK",
                       {"hi": "शहबाज शरीफ", "en": "Sharif", "hi-en": "शहबाज Sharif"}),
    "Farmers": (None, "IND", {"hi": "किसानों", "en": "farmers", "hi-en": "farmers"}),
    "Police": (None, "IND", {"hi": "पुलिस", "en": "police", "hi-en": "police"}),
    "Red Cross": (None, None, {"hi": "रेड क्रॉस", "en": "Red Cross", "hi-en": "Red Cross"}),
    "Tom & Jerry <script>": (None, "USA", {"hi": "Tom & Jerry <script>",
                                          "en": "Tom & Jerry <script>",
                                          "hi-en": "Tom & Jerry <script>"}),
}

TRIGGERS = {
    "CONSULT": {"hi": "मुलाकात की", "en": "met", "hi-en": "meeting की"},
    "ACCUSE": {"hi": "आरोप लगाया", "en": "accused", "hi-en": "blame किया"},
    "PROTEST": {"hi": "प्रदर्शन किया", "en": "protested", "hi-en": "protest किया"},
    "ASSAULT": {"hi": "लाठीचार्ज किया", "en": "lathicharged", "hi-en": "lathicharge किया"},
    "AID": {"hi": "राहत सामग्री भेजी", "en": "sent relief", "hi-en": "relief भेजी"},
    "AGREE": {"hi": "समझौता किया", "en": "agreed", "hi-en": "agreement किया"},
    "THREATEN": {"hi": "धमकी दी", "en": "threatened", "hi-en": "threat दी"},
}

PLACES = {"Moscow": ("RUS", "मास्को", 55.7558, 37.6173),
          "New Delhi": ("IND", "नई दिल्ली", 28.6139, 77.2090),
          "Lahore": ("PAK", "लाहौर", 31.5204, 74.3587)}


def _actor(name: str | None, lang: str) -> dict[str, Any] | None:
    if name is None:
        return None
    aid, country, texts = PEOPLE[name]
    return {"name": name, "id": aid, "country": country,
            "sector": "GOV" if aid else "CVL", "text": texts[lang]}


def event(etype: str, a1: str, a2: str | None, date: str | None, lang: str,
          place: str | None = None, **extra: Any) -> tuple[str, dict[str, Any]]:
    """A sentence naming the actors and the trigger, and its event record with spans."""
    actor1, actor2 = _actor(a1, lang), _actor(a2, lang)
    assert actor1 is not None
    t1 = actor1["text"]
    t2 = actor2["text"] if actor2 else ""
    trig = TRIGGERS[etype][lang]
    where = PLACES[place][1] if place and lang != "en" else (place or "")
    if lang == "en":
        sentence = f"{t1} {trig} {t2} in {where}." if where else f"{t1} {trig} {t2}."
    else:
        other = f"{t2} से " if t2 else ""
        sentence = f"{where} में {t1} ने {other}{trig}।" if where else f"{t1} ने {other}{trig}।"
    sentence = " ".join(sentence.split())
    record = {
        "type": etype, "actor1": _actor(a1, lang), "actor2": _actor(a2, lang), "date": date,
        "location": ({"name": place, "country": PLACES[place][0], "kind": "city",
                      "lat": PLACES[place][2], "lon": PLACES[place][3],
                      "text": where} if place else None),
        "lang": lang, "confidence": 0.8, "sentence": sentence,
        "sentence_span": [0, len(sentence)], "trigger": trig,
        "span": [sentence.index(trig), sentence.index(trig) + len(trig)], **extra,
    }
    for key, text in (("actor1", t1), ("actor2", t2)):
        if record[key]:
            start = sentence.index(text)
            record[key]["span"] = [start, start + len(text)]
    return sentence, record


def doc(doc_id: str, published: str, *events: tuple[str, dict[str, Any]],
        outlet: str = "samachar.example") -> dict[str, Any]:
    body = " ".join(s for s, _ in events)
    return {"id": doc_id, "published": published, "url": f"https://{outlet}/{doc_id}",
            "title": f"Story {doc_id}", "source": outlet,
            "text": make_text(body, [r for _, r in events])}


def rows() -> list[dict[str, Any]]:
    """The web tests' corpus: 11 documents, 8 events (one reported three times)."""
    meet = ("CONSULT", "S. Jaishankar", "Vladimir Putin", "2025-03-18")
    return [
        doc("m-hi", "2025-03-18", event(*meet, "hi", "Moscow"), outlet="samachar.example"),
        doc("m-en", "2025-03-18", event(*meet, "en", "Moscow"), outlet="dailywire.example"),
        doc("m-mx", "2025-03-19", event(*meet, "hi-en", "Moscow"), outlet="khabarmix.example"),
        doc("acc", "2025-01-10", event("ACCUSE", "Narendra Modi", "Shehbaz Sharif",
                                       "2025-01-09", "en")),
        doc("pro", "2025-02-02", event("PROTEST", "Farmers", None, "2025-02", "hi",
                                       "New Delhi")),
        doc("ass", "2025-02-03", event("ASSAULT", "Police", "Farmers", "2025-02-03", "hi",
                                       "New Delhi")),
        doc("aid", "2025-05-20", event("AID", "Red Cross", None, "2025-05-20", "en", "Lahore")),
        doc("agr", "2025-05-21", event("AGREE", "Narendra Modi", "Vladimir Putin", None,
                                       "hi-en")),
        doc("thr", "2025-06-01", event("THREATEN", "Shehbaz Sharif", "Narendra Modi",
                                       "2025-06-01", "en", planned=False)),
        doc("xss", "2025-06-02", event("ACCUSE", "Tom & Jerry <script>", "Narendra Modi",
                                       "2025-06-02", "en")),
        doc("empty", "2025-06-03", outlet="dailywire.example"),
    ]


def many(n: int) -> list[dict[str, Any]]:
    """n more generated documents over 2024-2025 (for trying the dashboard by hand)."""
    people = [p for p in PEOPLE if "<" not in p]
    types = list(TRIGGERS)
    out = []
    for i in range(n):
        k = (i * 7919) % 10007
        etype = types[k % len(types)]
        a1 = people[k % len(people)]
        a2: str | None = people[(k // 7 + 1) % len(people)]
        if a2 == a1:
            a2 = None
        month = 1 + (k // 3) % 18
        date = f"{2024 + (month - 1) // 12}-{(month - 1) % 12 + 1:02d}-{1 + k % 28:02d}"
        lang = ("hi", "en", "hi-en")[i % 3]
        place = list(PLACES)[k % 4] if k % 4 < 3 else None
        outlet = ("samachar.example", "dailywire.example", "khabarmix.example")[k % 3]
        out.append(doc(f"g{i:05d}", date, event(etype, a1, a2, date, lang, place), outlet=outlet))
    return out


if __name__ == "__main__":
    extra = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    Path(sys.argv[1]).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n"
                                         for r in rows() + many(extra)), encoding="utf-8")
