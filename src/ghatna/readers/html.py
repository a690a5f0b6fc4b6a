"""HTML pages to Documents through trafilatura (imported only when a page is read)."""

from __future__ import annotations

from ..data import Document
from .fields import ReadResult, Reject, meta_text, publication, url_field


def html_to_document(html: str, source: str, doc_id: str, published: str | None) -> ReadResult:
    """Article text, title and date from an HTML page."""
    import trafilatura  # imported here: start-up stays fast for plain text

    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    text = getattr(extracted, "text", None) if extracted is not None else None
    if not isinstance(text, str) or not text.strip():
        return Reject(source, doc_id, "no_text", "HTML page without article text")
    date = getattr(extracted, "date", None)
    pub, warnings = publication(published or date, None)
    return Document(id=doc_id, raw=text, published=pub,
                    title=meta_text("title", getattr(extracted, "title", None), warnings),
                    url=url_field(getattr(extracted, "url", None), warnings), source=source,
                    warnings=warnings)
