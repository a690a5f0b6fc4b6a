"""JSONL and Parquet records to Documents: the id and text checked, metadata normalised."""

from __future__ import annotations

from ..data import Document
from .fields import (
    ReadResult,
    Reject,
    document_id,
    meta_text,
    publication,
    text_problem,
    url_field,
)
from .html import html_to_document


def record_to_document(record: object, source: str, where: str, published: str | None,
                       max_bytes: int) -> ReadResult:
    """One JSONL/Parquet record ``{id, text, published?, url?, source?, title?}``."""
    if not isinstance(record, dict):
        return Reject(source, None, "bad_json", f"{where}: a record must be a JSON object")
    doc_id = document_id(record.get("id"), where)
    if isinstance(doc_id, tuple):
        return Reject(source, None, *doc_id)
    text = record.get("text")
    if not isinstance(text, str):
        html = record.get("html")
        if text is None and isinstance(html, str):
            problem = text_problem(html, where, max_bytes)
            if problem:
                return Reject(source, doc_id, *problem)
            return html_to_document(html, source, doc_id, published)
        return Reject(source, doc_id, "missing_field", f"{where}: no 'text' string")
    problem = text_problem(text, where, max_bytes)
    if problem:
        return Reject(source, doc_id, *problem)
    pub, warnings = publication(record.get("published"), published)
    return Document(id=doc_id, raw=text, published=pub, url=url_field(record.get("url"), warnings),
                    source=meta_text("source", record.get("source"), warnings) or source,
                    title=meta_text("title", record.get("title"), warnings), warnings=warnings)
