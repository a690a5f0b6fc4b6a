"""Stage 5, dates: the dateline, the document's year, and every date expression resolved.

- The dateline ("मास्को, 18 नवंबर", "New Delhi, Feb 16 (PTI)") gives the report date.
- Its year, when missing, comes from ``published`` (a dateline month after the publication
  month is last year's), else from the years the text itself writes next to a month (the
  seed's "19-21 अगस्त 2025"), else from any plausible four-digit year.
- Weekdays and relative words resolve against the report date by tense: "Monday को ... मुलाकात
  की" is the Monday on or before the report date; "will meet on Monday" the one on or after.
- A bare month gives month precision, in the report year, moved a year by tense when needed
  ("दिसंबर में ... दौरा करने वाले हैं" said in November is this December; said in January
  about a past December, last year's).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from itertools import accumulate
from operator import attrgetter

from ..data import DateValue, Document, Mention, Place, Sentence, Token
from ..resources import load_table, surface_key, word_class
from .base import Stage
from .calendar_words import CalendarWord, calendar_words
from .clauses import clause_bounds
from .dateline_town import unknown_town_dateline

DATELINE_WINDOW = 14  # tokens from the start of the document where a dateline may stand


@lru_cache(maxsize=1)
def joins_event_words() -> frozenset[str]:
    return frozenset(surface_key(r["word"]) for r in load_table("discourse.tsv")
                     if r["kind"] == "joins_event")


@lru_cache(maxsize=1)
def tense_markers() -> tuple[frozenset[str], tuple[str, ...]]:
    words = frozenset(surface_key(r["marker"]) for r in load_table("tense_markers.tsv")
                      if r["kind"] == "word")
    suffixes = tuple(r["marker"] for r in load_table("tense_markers.tsv") if r["kind"] == "suffix")
    return words, suffixes


@lru_cache(maxsize=1)
def marker_first_words() -> frozenset[str]:
    """The first word of every future marker: a word outside it starts no marker, so the
    joins of the words after it need not be looked up."""
    return frozenset(w.split(" ", 1)[0] for w in tense_markers()[0])


def is_future(tokens: list[Token]) -> bool:
    """Does this stretch of tokens speak of the future?"""
    words, suffixes = tense_markers()
    norms = [t.norm for t in tokens if t.norm]
    firsts = marker_first_words()
    # (a norm with neither a marker's suffix nor its first word starts none: not looked at)
    return any(_marker_length(norms, p, words, suffixes) for p, norm in enumerate(norms)
               if norm.endswith(suffixes) or norm.partition(" ")[0] in firsts)


#: The longest future marker, in words (tense_markers.tsv).
MAX_MARKER_WORDS = 4


class FutureMarks:
    """Where one sentence's future-tense markers are, read once, so that asking whether a
    clause of it speaks of the future costs O(1) instead of a rescan of the clause per date.
    ``within(start, end)`` answers exactly as ``is_future(tokens[start:end])``."""

    def __init__(self, tokens: list[Token]):
        words, suffixes = tense_markers()
        norms = [tok.norm for tok in tokens if tok.norm]
        # non-empty norms before each token (and at the end)
        self.before = list(accumulate([1 if tok.norm else 0 for tok in tokens], initial=0))
        # need[p]: the fewest words from norm p that make a marker (0: none does)
        # (only a word with a marker's suffix or first word is looked at closer)
        firsts = marker_first_words()
        self.need = [_marker_length(norms, p, words, suffixes)
                     if norm.endswith(suffixes) or norm.partition(" ")[0] in firsts else 0
                     for p, norm in enumerate(norms)]
        # found[p]: markers starting before norm p
        self.found = list(accumulate([1 if n else 0 for n in self.need], initial=0))

    def within(self, start: int, end: int) -> bool:
        first, stop = self.before[start], self.before[end]
        sure = max(first, stop - MAX_MARKER_WORDS)  # a marker starting before fits whole
        if self.found[sure] > self.found[first]:
            return True
        return any(0 < self.need[p] <= stop - p for p in range(sure, stop))


@lru_cache(maxsize=1)
def not_future_words() -> frozenset[str]:
    """Nouns with a future verb's ending ("योगी", "सहयोगी", "मेगा"): no future marker."""
    return frozenset(surface_key(r["marker"]) for r in load_table("tense_markers.tsv")
                     if r["kind"] == "not_word")


def _marker_length(norms: list[str], p: int, words: frozenset[str],
                   suffixes: tuple[str, ...]) -> int:
    """How many words from norm ``p`` make the shortest future marker there (0: none)."""
    if norms[p].endswith(suffixes) and len(norms[p]) > 3 and norms[p] not in not_future_words():
        return 1
    if norms[p].split(" ", 1)[0] not in marker_first_words():
        return 0
    for n in range(1, min(MAX_MARKER_WORDS, len(norms) - p) + 1):
        if " ".join(norms[p:p + n]) in words:
            return n
    return 0


def _number(tok: Token) -> int | None:
    if tok.script != "digit":
        return None
    try:
        return int(tok.text)
    except ValueError:
        return None


def _word(norms: list[str], i: int) -> tuple[CalendarWord | None, int]:
    """Longest calendar word starting at ``i``: (word, token count)."""
    table = calendar_words()
    for n in (2, 1):
        key = " ".join(norms[i:i + n])
        if i + n <= len(norms) and key in table:  # a cut slice at the end is no 2-word key
            return table[key], n
    return None, 0


@dataclass(slots=True)
class RawDate:
    """A date expression before resolution: what the text fixes, and where."""

    first: int
    last: int  # exclusive
    day: int | None = None
    day_end: int | None = None
    month: int | None = None
    year: int | None = None
    weekday: int | None = None
    relative: str | None = None
    year_relative: int | None = None
    month_relative: int | None = None


@lru_cache(maxsize=1)
def date_starters() -> frozenset[str]:
    """Norms a date expression can start at besides a number: a calendar word, the first word
    of a two-word one, or an English "in" (before a year)."""
    keys = calendar_words()
    return frozenset(keys) | {k.split(" ")[0] for k in keys} | word_class("locative_in", "en")


_SCRIPT = attrgetter("script")


def scan_dates(tokens: list[Token]) -> list[RawDate]:
    """Date expressions of a sentence, left to right, not overlapping; tried only at numbers
    and date-like words (a norm holding a space, read from English, is always tried)."""
    norms = [t.norm for t in tokens]
    scripts = list(map(_SCRIPT, tokens))
    starters = date_starters()
    if "digit" not in scripts and starters.isdisjoint(norms) and " " not in "".join(norms):
        return []  # (no number and no date word: each test in C, no loop over the tokens)
    found: list[RawDate] = []
    free = 0  # the first token after the last date found
    for i in [i for i, (script, norm) in enumerate(zip(scripts, norms))
              if script == "digit" or norm in starters or " " in norm]:
        if i < free:
            continue
        raw = _match_at(tokens, norms, i)
        if raw:
            found.append(raw)
            free = raw.last
    return found


def _plausible_year(n: int | None) -> bool:
    return n is not None and 1900 <= n <= 2100


def _day_range(tokens: list[Token], norms: list[str], j: int, first: int) -> tuple[int | None, int]:
    """"19-21", "19 से 21": (the last day or None, the token after the range)."""
    if j + 1 < len(tokens) and norms[j] in word_class("range_joiner"):
        last = _number(tokens[j + 1])
        if last is not None and first < last <= 31:
            return last, j + 2
    return None, j


def _year_at(tokens: list[Token], k: int) -> int | None:
    year = _number(tokens[k]) if k < len(tokens) else None
    return year if _plausible_year(year) else None


def _day_first(tokens: list[Token], norms: list[str], i: int, day: int) -> RawDate | None:
    """"19 अगस्त", "19-21 अगस्त 2025", "16 Feb., 2025"."""
    day_end, j = _day_range(tokens, norms, i + 1, day)
    word, size = _word(norms, j) if j < len(tokens) else (None, 0)
    if not word or word.kind != "month":
        return None
    k = j + size
    if k < len(tokens) and tokens[k].text == ".":
        k += 1
    if k < len(tokens) and tokens[k].text == ",":
        k += 1 if k + 1 < len(tokens) and _plausible_year(_number(tokens[k + 1])) else 0
    year = _year_at(tokens, k)
    if year is not None:
        return RawDate(i, k + 1, day=day, day_end=day_end, month=int(word.value), year=year)
    return RawDate(i, j + size, day=day, day_end=day_end, month=int(word.value))


def _month_first(tokens: list[Token], norms: list[str], i: int, word: CalendarWord,
                 end: int) -> RawDate | None:
    """"Feb 16", "February 16, 2025", "August 19-21, 2025", "अगस्त 2025", "दिसंबर में"."""
    month = int(word.value)
    k = end + (1 if end < len(tokens) and tokens[end].text == "." else 0)
    day = _number(tokens[k]) if k < len(tokens) else None
    if day is not None and 1 <= day <= 31:
        day_end, k = _day_range(tokens, norms, k + 1, day)
        comma = k + 1 < len(tokens) and tokens[k].text == ","
        year = _year_at(tokens, k + 1) if comma else _year_at(tokens, k)
        if year is not None:
            return RawDate(i, k + (2 if comma else 1), day=day, day_end=day_end, month=month,
                           year=year)
        return RawDate(i, k, day=day, day_end=day_end, month=month)
    year = _year_at(tokens, end)
    if year is not None:
        return RawDate(i, end + 1, month=month, year=year)
    # a bare month name: ambiguous ones ("मार्च" is also a march, "May" a verb) need a day
    # or a year; an English one needs "in"/"since"/... before it or "में" after it
    after = norms[end] if end < len(norms) else ""
    after_in = after in word_class("locative_in", "hi")
    if word.ambiguous and (not after_in or (end + 1 < len(norms)
                                            and norms[end + 1] in joins_event_words())):
        return None
    before = norms[i - 1] if i else ""
    if tokens[i].script == "deva" or before in word_class("month_preposition") or after_in:
        return RawDate(i, end, month=month)
    return None


def _match_at(tokens: list[Token], norms: list[str], i: int) -> RawDate | None:
    n = _number(tokens[i])
    if n is not None and 1 <= n <= 31:
        return _day_first(tokens, norms, i, n)
    if _plausible_year(n) and i + 1 < len(tokens) and norms[i + 1] in word_class("locative_in"):
        return RawDate(i, i + 1, year=n)
    word, size = _word(norms, i)
    if word is None:
        if norms[i] in word_class("locative_in", "en") and _year_at(tokens, i + 1):
            return RawDate(i + 1, i + 2, year=_number(tokens[i + 1]))
        return None
    end = i + size
    if word.kind == "month":
        return _month_first(tokens, norms, i, word, end)
    if word.kind == "weekday":
        return RawDate(i, end, weekday=int(word.value))
    if word.kind == "relative":
        return RawDate(i, end, relative=word.value)
    if word.kind == "year_relative":
        return RawDate(i, end, year_relative=int(word.value))
    if word.kind == "month_relative":
        return RawDate(i, end, month_relative=int(word.value))
    return None


def infer_anchor_year(doc: Document, dateline: RawDate | None,
                      scanned: list[list[RawDate]]) -> int | None:
    """The year the report was written in (see module docstring)."""
    if dateline and dateline.year:
        return dateline.year
    if doc.published is not None:
        year, pub_month = doc.published.year, doc.published.month
        if dateline and dateline.month and pub_month and dateline.month > pub_month:
            return year - 1
        return year
    with_month = [r.year for sent in scanned for r in sent if r.year and r.month]
    if with_month:
        return max(with_month)
    bare = [r.year for sent in scanned for r in sent if r.year]
    return max(bare) if bare else None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def resolve(raw: RawDate, tokens: list[Token], reference: date | None, year: int | None,
            future: bool) -> DateValue | None:
    """A calendar date for a raw expression, or None when the text does not fix one."""
    text = " ".join(t.text for t in tokens[raw.first:raw.last])
    span = (tokens[raw.first].start, tokens[raw.last - 1].end)
    if raw.weekday is not None or raw.relative is not None or raw.month_relative is not None \
            or raw.year_relative is not None:
        return _resolve_relative(raw, reference, year, future, text, span)
    return _resolve_absolute(raw, reference, year, future, text, span)


def _resolve_relative(raw: RawDate, reference: date | None, year: int | None, future: bool,
                      text: str, span: tuple[int, int]) -> DateValue | None:
    """Weekdays, "yesterday", "next month", "last year": counted from the report date."""
    if raw.year_relative is not None:
        base = reference.year if reference else year
        return DateValue(str(base + raw.year_relative), "year", text, span) if base else None
    if reference is None:
        return None
    if raw.month_relative is not None:
        months = reference.year * 12 + reference.month - 1 + raw.month_relative
        return DateValue(f"{months // 12:04d}-{months % 12 + 1:02d}", "month", text, span)
    if raw.weekday is not None:
        # the named weekday on or after the report date when future, else on or before
        if future:
            day = reference + timedelta(days=(raw.weekday - reference.weekday()) % 7)
        else:
            day = reference - timedelta(days=(reference.weekday() - raw.weekday) % 7)
    else:
        assert raw.relative is not None
        if raw.relative.startswith("±"):
            offset = int(raw.relative[1:]) * (1 if future else -1)
        else:
            offset = int(raw.relative)
        day = reference + timedelta(days=offset)
    return DateValue(day.isoformat(), "day", text, span)


def _resolve_absolute(raw: RawDate, reference: date | None, year: int | None, future: bool,
                      text: str, span: tuple[int, int]) -> DateValue | None:
    """Days, months and years named in the calendar, the year from the document if missing."""
    y = raw.year or year
    if y is None:
        return None
    if raw.month is None:
        return DateValue(f"{y:04d}", "year", text, span)
    if raw.year is None and reference is not None:
        # a month without a year: the nearest such month in the direction of the tense
        if future and raw.month < reference.month:
            y = reference.year + 1
        elif not future and raw.month > reference.month:
            y = reference.year - 1
        else:
            y = reference.year
    if raw.day is None:
        return DateValue(f"{y:04d}-{raw.month:02d}", "month", text, span)
    start = _safe_date(y, raw.month, raw.day)
    if start is None:
        return None
    end = _safe_date(y, raw.month, raw.day_end) if raw.day_end else None
    return DateValue(start.isoformat(), "day", text, span, end.isoformat() if end else None)


def find_dateline(sentences: list[Sentence], scanned: list[list[RawDate]]) -> tuple[int, RawDate] | None:
    """(sentence index, expression) of a dateline near the start of the document."""
    for s_idx, sentence in enumerate(sentences[:2]):
        for raw in scanned[s_idx]:
            if raw.first > DATELINE_WINDOW or raw.day is None or raw.month is None:
                continue
            before = [t.text for t in sentence.tokens[:raw.first]]
            if ("," in before or ":" in before or raw.first == 0) \
                    and not _governed(sentence.tokens, raw, scanned[s_idx]):
                return s_idx, raw
    return None


def _governed(tokens: list[Token], raw: RawDate, raws: list[RawDate]) -> bool:
    """Whether a preposition before the date ("arrested on October 3", "on Tuesday (November
    5)") or a postposition after it ("21 अक्टूबर को") makes it part of a sentence: a
    dateline's date governs nothing. Punctuation and other dates (a weekday) are skipped."""
    governors = word_class("date_governor")
    if raw.last < len(tokens) and tokens[raw.last].norm in governors:
        return True
    other_dates = {i for r in raws if r is not raw for i in range(r.first, r.last)}
    for i in range(raw.first - 1, -1, -1):
        if tokens[i].script == "punct" or i in other_dates:
            continue
        return tokens[i].norm in governors
    return False


def _place_dateline(doc: Document) -> Place | None:
    """A dateline with a place and no date: "नयी दिल्ली।", "नई दिल्ली: ...", "LUCKNOW -"."""
    for s_idx in range(min(2, len(doc.sentences))):  # a headline may come first
        tokens = doc.sentences[s_idx].tokens
        for mention in doc.mentions[s_idx]:
            if mention.place is None or mention.tok_start > 1:
                continue
            at_end = mention.tok_end >= len(tokens)
            if at_end or tokens[mention.tok_end].text in word_class("dateline_punct"):
                mention.attrs.dateline = True
                return mention.place
    return None


class Dates(Stage):
    """Add date mentions to every sentence and set ``doc.dateline`` / ``doc.anchor_year``."""

    name = "dates"
    requires = ("mentions",)

    def process(self, doc: Document) -> Document:
        scanned = [scan_dates(s.tokens) for s in doc.sentences]
        found = find_dateline(doc.sentences, scanned)
        dateline_raw = found[1] if found else None
        doc.anchor_year = infer_anchor_year(doc, dateline_raw, scanned)
        reference: date | None = None
        if dateline_raw and doc.anchor_year and dateline_raw.month and dateline_raw.day:
            reference = _safe_date(doc.anchor_year, dateline_raw.month, dateline_raw.day)
        if reference is None and doc.published is not None:
            reference = doc.published.as_date()
        if reference is not None:
            doc.dateline = DateValue(reference.isoformat(), "day",
                                     "" if not found else "dateline")
        if not found:
            doc.dateline_place = _place_dateline(doc)
        if found:
            s_idx, raw = found
            tokens = doc.sentences[s_idx].tokens
            if doc.dateline is not None:
                doc.dateline.text = " ".join(t.text for t in tokens[raw.first:raw.last])
            for mention in doc.mentions[s_idx]:
                if mention.tok_end <= raw.first and mention.place is not None:
                    doc.dateline_place = mention.place
                    mention.attrs.dateline = True
            scanned[s_idx] = [r for r in scanned[s_idx] if r is not raw]
        if doc.dateline_place is None:
            doc.dateline_place = unknown_town_dateline(
                doc, found[1].first if found and found[0] == 0 else None)
        for s_idx, raws in enumerate(scanned):
            if raws:
                _add_dates(doc, s_idx, raws, reference)
        return doc


def _add_dates(doc: Document, s_idx: int, raws: list[RawDate], reference: date | None) -> None:
    """The date mentions of one sentence, resolved against the report date."""
    sentence = doc.sentences[s_idx]
    marks = FutureMarks(sentence.tokens)
    for raw in raws:
        future = marks.within(*clause_bounds(sentence, raw.first))
        value = resolve(raw, sentence.tokens, reference, doc.anchor_year, future)
        if value is None and reference is None and raw.weekday is not None and len(raws) == 1:
            # "शनिवार को" with no day to count from, the sentence's only date: kept as text
            # (the store matches such a report only with events on that weekday)
            doc.weekdays.setdefault(sentence.start, " ".join(
                t.text for t in sentence.tokens[raw.first:raw.last]))
        if value is None or value.span is None:
            continue
        doc.mentions[s_idx].append(Mention(
            kind="date", tok_start=raw.first, tok_end=raw.last, start=value.span[0],
            end=value.span[1], text=value.text, date=value))
    doc.mentions[s_idx].sort(key=lambda m: m.tok_start)
