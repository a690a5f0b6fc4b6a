"""Loader and executor: idempotency, republished stories, order independence, workers."""

from __future__ import annotations

from pathlib import Path

from conftest import FAKE, corpus, dump, ev, write_jsonl
from store_fake_extractor import make_text

from ghatna.executors.local import LocalExecutor, work_dir_for
from ghatna.store.loader import Store, write_shard


def ingest(db: Path, *inputs: Path, workers: int = 1, shard_size: int = 7):
    return LocalExecutor(db, workers=workers, shard_size=shard_size,
                         extractor=FAKE).ingest([str(p) for p in inputs], progress=False)


def test_reingest_changes_nothing(tmp_path: Path, small_corpus: Path) -> None:
    db = tmp_path / "s.duckdb"
    first = ingest(db, small_corpus)
    assert first.documents == 60 and first.mentions > 60
    before = dump(db)
    again = ingest(db, small_corpus)
    assert again.documents == 0 and again.skipped == 60
    assert dump(db) == before
    assert not work_dir_for(db).exists()


def test_republished_story_is_a_new_document_joining_events(tmp_path: Path) -> None:
    text = make_text("story", [ev("CONSULT", "A", "B", "2025-03-01", "Moscow")])
    src = write_jsonl(tmp_path / "a.jsonl", [{"id": "one", "text": text, "published": "2025-03-01"}])
    again = write_jsonl(tmp_path / "b.jsonl", [{"id": "two", "text": text,
                                               "published": "2025-03-02"}])
    db = tmp_path / "s.duckdb"
    ingest(db, src)
    ingest(db, again)
    tables = dump(db)
    assert len(tables["documents"]) == 2
    assert len(tables["events"]) == 1
    from ghatna.store.schema import connect

    con = connect(db, read_only=True)
    n, articles, last = con.execute(
        "SELECT n_mentions, articles, last_seen::VARCHAR FROM events").fetchall()[0]
    con.close()
    assert (n, articles, last) == (2, ["one", "two"], "2025-03-02")


def test_store_is_independent_of_input_order_and_batching(tmp_path: Path) -> None:
    rows = corpus(40)
    whole = write_jsonl(tmp_path / "all.jsonl", rows)
    first = write_jsonl(tmp_path / "first.jsonl", rows[20:])
    second = write_jsonl(tmp_path / "second.jsonl", rows[:20][::-1])
    ingest(tmp_path / "a.duckdb", whole, shard_size=40)
    ingest(tmp_path / "b.duckdb", first, shard_size=3)
    ingest(tmp_path / "b.duckdb", second, shard_size=5)
    assert dump(tmp_path / "a.duckdb") == dump(tmp_path / "b.duckdb")


def test_one_and_two_workers_give_the_same_store(tmp_path: Path, small_corpus: Path) -> None:
    ingest(tmp_path / "w1.duckdb", small_corpus, workers=1)
    ingest(tmp_path / "w2.duckdb", small_corpus, workers=2, shard_size=4)
    one, two = dump(tmp_path / "w1.duckdb"), dump(tmp_path / "w2.duckdb")
    assert one == two
    assert len(one["events"]) < len(one["mentions"])  # dedup did merge reports


def test_leftover_shard_and_unclustered_mentions_are_finished(tmp_path: Path,
                                                               small_corpus: Path) -> None:
    """What a killed run leaves (a written shard, a committed but unclustered load)."""
    reference = tmp_path / "ref.duckdb"
    ingest(reference, small_corpus)
    db = tmp_path / "s.duckdb"
    rows = corpus(60)
    from store_fake_extractor import extract

    from ghatna.data import Document
    from ghatna.store.records import doc_record

    def records(part: list[dict]) -> list[dict]:
        out = []
        for r in part:
            doc, events = extract(Document(id=r["id"], raw=r["text"], published=r["published"],
                                           url=r["url"], source=r["source"]))
            rec = doc_record(doc, events)
            rec["lang"] = doc.lang
            out.append(rec)
        return out

    with Store(db) as store:  # loaded, never clustered: a kill before finalize
        store.load_records(records(rows[:25]))
    work = work_dir_for(db)
    work.mkdir()
    write_shard(work / "shard-000009-x.jsonl", records(rows[25:40]))  # extracted, not loaded
    (work / "shard-000010-y.jsonl.tmp").write_text('{"kind": "doc"', encoding="utf-8")
    ingest(db, small_corpus)
    assert dump(db) == dump(reference)


def test_rejects_are_recorded_once(tmp_path: Path) -> None:
    src = tmp_path / "bad.jsonl"
    src.write_text('{"id": "x", "text": "ok\\n@@\\n[]"}\n{broken\n{"id": "y"}\n', encoding="utf-8")
    db = tmp_path / "s.duckdb"
    first = ingest(db, src)
    assert first.rejects == 2 and first.documents == 1
    ingest(db, src)
    assert len(dump(db)["rejects"]) == 2


def test_extractor_failure_is_a_reject_not_a_crash(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "c.jsonl", [
        {"id": "ok", "text": make_text("fine", [ev("CONSULT", "A", "B", "2025-01-01")])},
        {"id": "bad", "text": "@@BOOM"}])
    summary = ingest(tmp_path / "s.duckdb", src)
    assert summary.documents == 1 and summary.rejects == 1
    codes = [r[3] for r in dump(tmp_path / "s.duckdb")["rejects"]]
    assert codes == ["extract_error"]
