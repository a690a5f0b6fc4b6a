"""Benchmark ``ghatna ingest``: documents/second, peak memory and database size.

Generates N news-like documents (Hindi, English and mixed Hindi-English, written from
templates here; default 100,000) into ``bench/out/``, then ingests them into a fresh database
with 1 and with 2 workers. Each ingest runs in its own child process so that peak memory is
measured per run: ``ru_maxrss`` of the loader (RUSAGE_SELF) and of its workers
(RUSAGE_CHILDREN, the largest worker).

    python bench/bench_ingest.py                 # 100,000 documents, real pipeline
    python bench/bench_ingest.py --docs 5000     # quicker
    python bench/bench_ingest.py --store-only    # extractor replaced by the generator's own
                                                 # events: measures the store alone
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"

# (English name, Hindi name, knowledge-base id or None, country, title en, title hi)
PEOPLE = [
    ("Narendra Modi", "नरेंद्र मोदी", "person:narendra-modi", "IND", "Prime Minister", "प्रधानमंत्री"),
    ("S. Jaishankar", "एस जयशंकर", "person:s-jaishankar", "IND", "External Affairs Minister", "विदेश मंत्री"),
    ("Rajnath Singh", "राजनाथ सिंह", "person:rajnath-singh", "IND", "Defence Minister", "रक्षा मंत्री"),
    ("Vladimir Putin", "व्लादिमीर पुतिन", "person:vladimir-putin", "RUS", "Russian President", "रूसी राष्ट्रपति"),
    ("Sergei Lavrov", "सर्गेई लावरोव", "person:sergei-lavrov", "RUS", "Russian Foreign Minister", "रूसी विदेश मंत्री"),
    ("Xi Jinping", "शी जिनपिंग", "person:xi-jinping", "CHN", "Chinese President", "चीनी राष्ट्रपति"),
    ("Wang Yi", "वांग यी", "person:wang-yi", "CHN", "Chinese Foreign Minister", "चीनी विदेश मंत्री"),
    ("Antony Blinken", "एंटनी ब्लिंकन", "person:antony-blinken", "USA", "US Secretary of State", "अमेरिकी विदेश मंत्री"),
    ("Shehbaz Sharif", "शहबाज शरीफ", "person:shehbaz-sharif", "PAK", "Pakistani Prime Minister", "पाकिस्तानी प्रधानमंत्री"),
    ("Sheikh Hasina", "शेख हसीना", None, "BGD", "Bangladeshi Prime Minister", "बांग्लादेशी प्रधानमंत्री"),
]
# (English, Hindi, country, lat, lon)
PLACES = [
    ("New Delhi", "नई दिल्ली", "IND", 28.61, 77.21), ("Moscow", "मास्को", "RUS", 55.75, 37.62),
    ("Beijing", "बीजिंग", "CHN", 39.90, 116.40), ("Washington", "वाशिंगटन", "USA", 38.90, -77.04),
    ("Islamabad", "इस्लामाबाद", "PAK", 33.69, 73.06), ("Dhaka", "ढाका", "BGD", 23.81, 90.41),
    ("Mumbai", "मुंबई", "IND", 19.08, 72.88), ("Tianjin", "तियानजिन", "CHN", 39.34, 117.36),
]
MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_HI = ["जनवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर",
             "अक्टूबर", "नवंबर", "दिसंबर"]
FILLER_EN = [
    "The two sides discussed trade, energy and regional security.",
    "Officials said the talks were held in a cordial atmosphere.",
    "Both leaders agreed to meet again later this year.",
    "The ministry said more details would be shared soon.",
]
FILLER_HI = [
    "दोनों पक्षों ने व्यापार, ऊर्जा और क्षेत्रीय सुरक्षा पर चर्चा की।",
    "अधिकारियों ने बताया कि बातचीत सौहार्दपूर्ण माहौल में हुई।",
    "दोनों नेताओं ने इस वर्ष के अंत में फिर मिलने पर सहमति जताई।",
    "मंत्रालय ने कहा कि और जानकारी जल्द साझा की जाएगी।",
]


def make_doc(i: int) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Document i (deterministic) and the CONSULT event it reports."""
    rng = random.Random(i // 3)  # three reports (hi, en, mixed) of each meeting
    a, b = rng.sample(PEOPLE, 2)
    place = rng.choice(PLACES)
    day = 1 + rng.randrange(28)
    month = rng.randrange(12)
    date = f"2025-{month + 1:02d}-{day:02d}"
    lang = ("hi", "en", "hi-en")[i % 3]
    fill = random.Random(i)
    if lang == "en":
        text = (f"{place[0]}, {MONTHS_EN[month]} {day} (PTI) {a[4]} {a[0]} met {b[4]} {b[0]} in "
                f"{place[0]} on Tuesday. " + " ".join(fill.sample(FILLER_EN, 3)))
    elif lang == "hi":
        text = (f"{place[1]}, {day} {MONTHS_HI[month]}। {a[5]} {a[1]} ने मंगलवार को {place[1]} में "
                f"{b[5]} {b[1]} से मुलाकात की। " + " ".join(fill.sample(FILLER_HI, 3)))
    else:
        text = (f"{place[1]}, {day} {MONTHS_HI[month]}। {a[4]} {a[1]} ने Tuesday को {place[1]} में "
                f"{b[4]} {b[1]} से मुलाकात की। " + " ".join(fill.sample(FILLER_HI, 2)))
    record = {"id": f"bench-{i:06d}", "text": text, "published": date,
              "url": f"https://news{i % 7}.example/{i}", "source": f"news{i % 7}"}

    def actor(p: tuple[Any, ...]) -> dict[str, Any]:
        return {"name": p[0], "id": p[2], "country": p[3], "sector": "GOV",
                "text": p[1] if lang != "en" else p[0], "span": [0, 1]}

    event = {"type": "CONSULT", "actor1": actor(a), "actor2": actor(b), "date": date,
             "date_precision": "day",
             "location": {"name": place[0], "country": place[2], "lat": place[3],
                          "lon": place[4], "kind": "city"},
             "sentence": text.split("। ")[1] if lang != "en" else text.split(". ")[0], "span": [0, 10], "lang": lang, "confidence": 0.8,
             "cameo": "040", "quad_class": 1}
    return record, [event]


def store_only(doc: Any) -> tuple[Any, list[dict[str, Any]]]:
    """Extractor for --store-only: the generator's own events (no language processing)."""
    i = int(doc.id.split("-")[1])
    _, events = make_doc(i)
    doc.lang = events[0]["lang"]
    return doc, events


def generate(n: int) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"corpus-{n}.jsonl"
    if not path.exists():
        tmp = path.with_suffix(".tmp")
        with tmp.open("w", encoding="utf-8") as fh:
            for i in range(n):
                fh.write(json.dumps(make_doc(i)[0], ensure_ascii=False) + "\n")
        tmp.replace(path)
    return path


def child(args: argparse.Namespace) -> None:
    """One ingest in this process; prints a JSON line of measurements."""
    from ghatna.executors.local import LocalExecutor

    kwargs = {"extractor": "bench_ingest:store_only"} if args.store_only else {}
    started = time.perf_counter()
    workers = args.workers[0]
    summary = LocalExecutor(args.db, workers=workers, **kwargs).ingest(
        [args.corpus], progress=False)
    seconds = time.perf_counter() - started
    db = Path(args.db)
    print(json.dumps({
        "workers": workers, "documents": summary.documents, "mentions": summary.mentions,
        "events": summary.events, "seconds": round(seconds, 2),
        "docs_per_s": round(summary.documents / seconds, 1),
        "loader_peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "worker_peak_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
        "db_mb": round(db.stat().st_size / 2**20, 1),
    }))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--store-only", action="store_true",
                        help="skip language processing: measure the store alone")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--corpus", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return
    t0 = time.perf_counter()
    corpus = generate(args.docs)
    print(f"corpus: {args.docs:,} documents, {corpus.stat().st_size / 2**20:.1f} MB "
          f"({time.perf_counter() - t0:.1f}s) -> {corpus}")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(HERE), env.get("PYTHONPATH", "")])
    for workers in args.workers:
        db = OUT / f"bench-{args.docs}-w{workers}.duckdb"
        for p in (db, db.with_name(db.name + ".wal")):
            p.unlink(missing_ok=True)
        cmd = [sys.executable, str(Path(__file__).resolve()), "--child", "--db", str(db),
               "--corpus", str(corpus), "--workers", str(workers)]
        if args.store_only:
            cmd.append("--store-only")
        out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
        if out.returncode != 0:
            print(out.stderr[-3000:], file=sys.stderr)
            sys.exit(out.returncode)
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"workers={r['workers']}: {r['documents']:,} docs in {r['seconds']}s = "
              f"{r['docs_per_s']:,} docs/s; {r['mentions']:,} mentions -> {r['events']:,} events; "
              f"peak RSS loader {r['loader_peak_mb']} MB, largest worker {r['worker_peak_mb']} MB; "
              f"database {r['db_mb']} MB")


if __name__ == "__main__":
    main()
