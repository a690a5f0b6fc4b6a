"""Document fields checked and normalised where they are read: past this boundary every
Document has a usable id and text and its metadata is ``str | None`` (never a number, a
list, an unparsable URL or a lone surrogate that cannot be written as UTF-8).

A bad id or text rejects the record (with a code); bad metadata only drops that field, with a
warning kept on the Document (``ingest`` prints it).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import urlsplit

from ..data import DateValue, Document, parse_published

#: Longest id, title, source and URL kept (characters); longer ids are rejected, longer
#: metadata dropped with a warning.
MAX_ID_CHARS = 512
MAX_META_CHARS = 4096

_SURROGATE = re.compile("[\ud800-\udfff]")
URL_SCHEMES = ("http", "https")


def utf8_safe(text: str) -> str:
    """``text`` with every lone surrogate (a file name's undecodable byte, a JSON ``\\udc80``)
    replaced by U+FFFD, so that it can always be written as UTF-8."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


@dataclass(slots=True)
class Reject:
    """A document that could not be read, with a machine code and a human reason."""

    source: str
    doc_id: str | None
    # empty | binary | encoding | too_large | bad_json | missing_field | bad_field | no_text
    # | unreadable (readers); extract_error | load_error (ingest)
    code: str
    reason: str

    def __post_init__(self) -> None:
        # A reject names its input as given, which may hold undecodable bytes: keep it writable.
        self.source = utf8_safe(str(self.source))
        self.doc_id = None if self.doc_id is None else utf8_safe(str(self.doc_id))
        self.reason = utf8_safe(str(self.reason))

    def to_dict(self) -> dict[str, str | None]:
        return {"source": self.source, "doc_id": self.doc_id, "code": self.code, "reason": self.reason}


ReadResult = Document | Reject


def shown(value: object, limit: int = 40) -> str:
    """A short, safe picture of a bad value for a message (no repr of deep or huge values)."""
    if isinstance(value, str):
        text = repr(utf8_safe(value[:limit + 1]))
        return text if len(value) <= limit else text[:limit] + "...'"
    if isinstance(value, (bool, float)) or value is None:
        return repr(value)
    if isinstance(value, int):
        return "an integer" if value.bit_length() > 64 else str(value)
    return f"a {type(value).__name__}"


def _visible(text: str) -> bool:
    """Whether a string has a character that shows (not only spaces, controls, zero-width)."""
    return any(not ch.isspace() and unicodedata.category(ch)[0] not in "CZ" for ch in text)


def document_id(value: object, where: str) -> str | tuple[str, str]:
    """The id as a string, or ``(code, reason)`` when it cannot identify a document."""
    if value is None or value == "":
        return "missing_field", f"{where}: no 'id' field"
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return "bad_field", f"{where}: 'id' is {shown(value)}; give a string or an integer"
    doc_id = str(value).strip()
    if _SURROGATE.search(doc_id):
        return "encoding", f"{where}: 'id' holds a lone surrogate (not valid Unicode text)"
    if not _visible(doc_id):
        return "missing_field", f"{where}: 'id' {shown(value)} has no visible character"
    if len(doc_id) > MAX_ID_CHARS:
        return "bad_field", f"{where}: 'id' is {len(doc_id):,} characters long (at most " \
                            f"{MAX_ID_CHARS})"
    if any(unicodedata.category(ch) == "Cc" for ch in doc_id):
        return "bad_field", f"{where}: 'id' {shown(doc_id)} contains control characters"
    return doc_id


def text_problem(text: str, where: str, max_bytes: int) -> tuple[str, str] | None:
    """``(code, reason)`` when a document text cannot be processed; the limit is on its
    UTF-8 size, as for files."""
    if _SURROGATE.search(text):
        return "encoding", f"{where}: text holds a lone surrogate (not valid Unicode text)"
    size = len(text) if len(text) * 4 <= max_bytes else len(text.encode("utf-8"))
    if size > max_bytes:
        return "too_large", f"{where}: text of {size:,} bytes is over the {max_bytes:,}-byte " \
                            "limit (--max-bytes)"
    if not text.strip():
        return "empty", f"{where}: no text at all"
    return None


def meta_text(name: str, value: object, warnings: list[str]) -> str | None:
    """A metadata string (title, source), else None with a warning saying why it was dropped."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        warnings.append(f"{name} {shown(value)} is not a string; ignored")
        return None
    text = " ".join(utf8_safe(value).split())
    if len(text) > MAX_META_CHARS:
        warnings.append(f"{name} of {len(text):,} characters is too long; ignored")
        return None
    return text or None


def url_field(value: object, warnings: list[str]) -> str | None:
    """An ``http(s)://host/...`` URL, else None with a warning (a link must be safe to follow
    and have a host to count as an outlet)."""
    url = meta_text("url", value, warnings)
    if url is None:
        return None
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        host, parts = None, None
    if parts is None or parts.scheme.lower() not in URL_SCHEMES or not host or " " in url:
        warnings.append(f"url {shown(url)} is not an http(s) URL with a host; ignored")
        return None
    return url


def publication(value: object, default: str | None) -> tuple[DateValue | None, list[str]]:
    """A document's publication date from its metadata, else the ``--published`` default; a
    value that is no date is dropped with a warning (the document is still read)."""
    if value is None or value == "":
        return parse_published(default), []
    parsed = parse_published(value)
    if parsed is None:
        return parse_published(default), [f"published {shown(value)} is not a date "
                                           "(YYYY-MM-DD); ignored"]
    return parsed, []
