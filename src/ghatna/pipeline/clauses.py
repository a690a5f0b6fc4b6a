"""Case markers and clause bounds: the grammar that roles and dates both read.

Hindi marks a noun phrase's role with a postposition after it (``ने`` agent, ``को``/``से``/
``पर`` the other participant, ``में`` a place); English with a preposition before it. Both
languages start a new clause at a conjunction or a "said that" (``resources/case_markers.tsv``
gives every word its role). Nothing here depends on another stage.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from ..data import Mention, Sentence, Token
from ..resources import load_table, normalize, surface_key, word_class

#: Tokens a marker may hide behind: "विदेश मंत्रालय (MEA) ने".
TRANSPARENT = frozenset({"(", ")", "[", "]", '"'})
MAX_ADVERB = 3  # words allowed after "और" before the second of two joined actors
QUOTE_MARKS = frozenset({"\"", "'"})  # quotation marks as the tokenizer normalises them

Mark = tuple[str, str]  # (marker, its role); ("", "") for none


@lru_cache(maxsize=1)
def case_markers() -> dict[str, dict[str, str]]:
    """lang -> marker -> role."""
    table: dict[str, dict[str, str]] = {}
    for row in load_table("case_markers.tsv"):
        table.setdefault(row["lang"], {})[surface_key(row["marker"])] = row["role"]
    return table


@lru_cache(maxsize=1)
def grammar_words() -> frozenset[str]:
    """Postpositions, auxiliaries and conjunctions (function_words.tsv): they end a noun
    phrase."""
    return frozenset(normalize(r["word"]) for r in load_table("function_words.tsv")
                     if r["role"] in ("postposition", "auxiliary", "conjunction"))


@lru_cache(maxsize=1)
def both_languages() -> dict[str, str]:
    """Markers of both languages: a date's clause is cut the same way in either."""
    return {**case_markers().get("en", {}), **case_markers().get("hi", {})}


@lru_cache(maxsize=1)
def _particle_suffixes() -> tuple[str, ...]:
    return tuple(" " + p for p in word_class("particle"))


def marker_at(norms: list[str], markers: dict[str, str]) -> Mark:
    """The longest marker (up to three words) at the start of ``norms``."""
    for n in (3, 2, 1):
        key = " ".join(norms[:n])
        if len(norms) >= n and key in markers:
            # "को भी", "से भी": the particle adds nothing to the case
            for suffix in _particle_suffixes():
                if key.endswith(suffix):
                    return key[:-len(suffix)], markers[key]
            return key, markers[key]
    return "", ""


def norms_from(sentence: Sentence, pos: int) -> list[str]:
    """The next three meaningful word forms from token ``pos`` (brackets skipped)."""
    return [t.norm for t in sentence.tokens[pos:pos + 6]
            if t.norm and t.norm not in TRANSPARENT][:3]


def marker_before(sentence: Sentence, mention: Mention, markers: dict[str, str]) -> Mark:
    """The preposition before a mention ("by the police" -> by), determiners skipped."""
    start = mention.tok_start
    determiners = word_class("determiner", "en")
    while start > 0 and sentence.tokens[start - 1].norm in determiners:
        start -= 1
    norms = [t.norm for t in sentence.tokens[max(0, start - 2):start] if t.norm]
    for n in (2, 1):
        key = " ".join(norms[-n:])
        if len(norms) >= n and key in markers:
            return key, markers[key]
    return "", ""


def clause_start(sentence: Sentence, before: int, lang: str,
                 markers: dict[str, str] | None = None) -> tuple[int, int | None]:
    """(first token of the clause that ends at token ``before``, reporting boundary or None)."""
    markers = case_markers().get(lang, {}) if markers is None else markers
    tokens, in_names = sentence.tokens, sentence.in_names
    i = before
    while i > 0:
        i -= 1
        if i in in_names:
            continue  # "जो बाइडेन": a name's word is no relative pronoun
        norm = tokens[i].norm
        # (the quotation tests only at a quotation mark: this loop runs back over most words)
        if norm in QUOTE_MARKS:
            opener = _inline_quotation_open(sentence, i)
            if opener is not None:
                i = opener  # 'India "firmly" rejected': a quoted word is no new clause
                continue
            if _opens_quotation(sentence, i):
                return i + 1, i  # "उन्होंने कहा, 'हम ...'": the words quoted after a comma
        if norm in (",", ":") and i > 0 and tokens[i - 1].norm in word_class("speech_verb", "hi"):
            return i + 1, i  # "उन्होंने कहा, यह ...": what was said, with no "कि" or quotes
        role = markers.get(norm)
        if role == "boundary":
            return i + 1, None
        if role == "reporting":
            return i + 1, i
    return 0, None


def _opens_quotation(sentence: Sentence, i: int) -> bool:
    """Is token ``i`` a quotation mark that opens a quotation after a comma or colon?"""
    tokens = sentence.tokens
    return 0 < i < len(tokens) - 1 and tokens[i].norm in QUOTE_MARKS \
        and tokens[i - 1].norm in (",", ":")


def clause_end(sentence: Sentence, after: int, markers: dict[str, str]) -> tuple[int, str]:
    """(first token after the clause that starts at ``after``, the role that ends it)."""
    tokens, in_names, role_of = sentence.tokens, sentence.in_names, markers.get
    i, n_tokens = after, len(tokens)
    while i < n_tokens:
        norm = tokens[i].norm
        # (the quotation test only at a double quote, its own first test: this loop runs on
        # over most of the sentence's words)
        if norm == '"':
            closer = _inline_quotation_close(sentence, i)
            if closer is not None:
                i = closer + 1  # 'condemned the "cowardly" attack by X': read on past the quote
                continue
        role = "" if i in in_names else role_of(norm, "")
        if role in ("boundary", "reporting"):
            return i, role
        i += 1
    return n_tokens, ""


#: the most words a quotation inside a clause may hold ('"strongly"', '"violent face-off"');
#: a longer one is quoted speech, a clause of its own
MAX_INLINE_QUOTE = 4
#: tokens that end or split a clause: a quotation holding one is speech, not a quoted phrase
_QUOTE_STOPS = frozenset({",", ":", ";", ".", "?", "!"})


def _inline_quotation_open(sentence: Sentence, close: int) -> int | None:
    """The opening mark of a short quoted phrase that token ``close`` ends, or None: a
    quoted word or phrase inside a clause (scare quotes, a quoted name: 'India "firmly"
    rejected', "'आप' विधायक ने") is no clause boundary, unlike quoted speech, which is
    longer, holds a comma or full stop, or opens after a comma or colon ('said, "we ...').
    Only double quotes: a single one is also the English apostrophe."""
    tokens = sentence.tokens
    if tokens[close].norm != '"':
        return None
    for j in range(close - 1, max(-1, close - MAX_INLINE_QUOTE - 2), -1):
        norm = tokens[j].norm
        if norm == '"':
            inside = close - j - 1
            opens_speech = j > 0 and tokens[j - 1].norm in (",", ":")
            return j if inside and not opens_speech else None
        if norm in _QUOTE_STOPS:
            return None
    return None


def _inline_quotation_close(sentence: Sentence, open_: int) -> int | None:
    """The closing mark of a short quoted phrase that token ``open_`` opens, or None (the
    same test as ``_inline_quotation_open``, read forwards)."""
    tokens = sentence.tokens
    if tokens[open_].norm != '"' or (open_ > 0 and tokens[open_ - 1].norm in (",", ":")):
        return None
    for k in range(open_ + 1, min(len(tokens), open_ + MAX_INLINE_QUOTE + 2)):
        norm = tokens[k].norm
        if norm == '"':
            return k if k > open_ + 1 else None
        if norm in _QUOTE_STOPS:
            return None
    return None


def clause_bounds(sentence: Sentence, first: int) -> tuple[int, int]:
    """(start, end) token indices of the clause token ``first`` stands in, cut by the markers
    of both languages."""
    return clause_start_at(sentence, first), clause_end_at(sentence, first)


def clause_start_at(sentence: Sentence, first: int) -> int:
    """``clause_bounds(sentence, first)[0]`` alone: a reader of one side need not scan the
    other."""
    return clause_start(sentence, first, "", both_languages())[0]


def clause_end_at(sentence: Sentence, first: int) -> int:
    """``clause_bounds(sentence, first)[1]`` alone."""
    return clause_end(sentence, first, both_languages())[0]


@lru_cache(maxsize=256)
def phrase_keys(phrases: frozenset[str]) -> frozenset[str] | None:
    """One word of each (space-joined) phrase, its longest (the rarest, as a rule: "अनुसार" of
    "के अनुसार"); None when a phrase has no word (then no word test can rule it out)."""
    keys = [max((w for w in phrase.split(" ") if w), key=len, default="") for phrase in phrases]
    return None if not all(keys) else frozenset(keys)


def may_hold(norms: list[str], phrases: frozenset[str]) -> bool:
    """Could a phrase be made of these token norms (joined by spaces)? False when no norm is
    the key word of a phrase and no norm holds a space: a phrase found in the joined norms is
    then made of whole norms, one of which would be its key. A cheap pre-test."""
    keys = phrase_keys(phrases)
    return keys is None or not keys.isdisjoint(norms) or " " in "".join(norms)


def has_phrase(tokens: list[Token], phrases: Iterable[str]) -> bool:
    """Does one of the (normalised, space-joined) phrases stand in these tokens?"""
    norms = [t.norm for t in tokens]
    if isinstance(phrases, frozenset) and not may_hold(norms, phrases):
        return False
    joined = f" {' '.join(norms)} "
    return any(f" {phrase} " in joined for phrase in phrases)


def clause_around(sentence: Sentence, first: int) -> list[Token]:
    """The tokens of the clause token ``first`` stands in."""
    start, end = clause_bounds(sentence, first)
    return sentence.tokens[start:end]


def phrase_in_clause(sentence: Sentence, first: int, phrases: frozenset[str]) -> bool:
    """``has_phrase(clause_around(sentence, first), phrases)``, the clause found only when the
    sentence may hold a phrase at all (``may_hold``: most sentences do not, and finding a
    clause's bounds scans the sentence both ways)."""
    return may_hold([t.norm for t in sentence.tokens], phrases) \
        and has_phrase(clause_around(sentence, first), phrases)


def _joining_role(tok: Token) -> str:
    markers = case_markers()
    return markers["hi"].get(tok.norm) or markers["en"].get(tok.norm) or ""


def coordinated(sentence: Sentence, left: Mention, right: Mention) -> bool:
    """Are two mentions joined only by a conjunction or a comma?"""
    between = [t for t in sentence.tokens[left.tok_end:right.tok_start] if t.norm]
    if len(between) == 2 and between[0].script == "latn" and between[0].text[:1].isupper():
        between = between[1:]  # a name's unknown last part: "Josep Borrell Fontelles, ..."
    # the longest joining phrase: "और", ",", "and", "as well as"
    joined, role = marker_at([t.norm for t in between], both_languages())
    if not between or role != "conj":
        return False
    # "पुलिस और मुख्य रूप से प्रदर्शनकारी छात्रों": a short adverb may follow the conjunction;
    # an article may follow it or a comma ("X, the Congress and the BJP")
    rest = [t for t in between[len(joined.split(" ")):]
            if t.norm not in word_class("determiner", "en")]
    if len(rest) > 1 and rest[-1].text == "," and between[0].norm != ",":
        # "the men as well as a handler, Ravi Kumar": a common noun in apposition before the name
        rest = rest[:-1]
    return len(rest) <= MAX_ADVERB and all(_adverb_word(t) for t in rest) \
        and (not rest or between[0].norm != ",")


def _adverb_word(tok: Token) -> bool:
    """A word of a short adverb after a conjunction ("और मुख्य रूप से"): a bare word or, in
    Hindi, only an adverb-making postposition; a Hindi object marker such as को closes a noun
    phrase of its own ("X और लॉकेट चटर्जी को पुलिस ने": X is that phrase's conjunct, not the
    police's)."""
    role = _joining_role(tok)
    if tok.script == "deva" and role == "obj":
        return tok.norm in word_class("adverb_postposition", "hi")
    return tok.script in ("deva", "latn") and role in ("", "obj")
