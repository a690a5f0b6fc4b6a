"""The predicate lexicon: patterns of resources/predicates_*.tsv compiled and matched on tokens.

A pattern is a list of elements (see FORMAT.md): a set of words (a listed noun in every form
of it, ``noun_forms.py``), a verb-form class (``~कर``), a gap (``*`` up to 3 tokens, ``**`` up
to 8), or optional modifiers (``?noun_modifier``: words of a word class). The nominal frames
of ``noun_forms.py`` add generated patterns. Patterns are indexed by
language and the token sequences their first element can match, so a sentence costs a few
dictionary look-ups per token and only patterns that can match there are tried.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from functools import lru_cache

from ..errors import ResourceError
from ..rescache import compiled
from ..resources import (
    is_devanagari,
    load_table,
    split_multi,
    surface_key,
    tokenize_surface,
    word_class,
)
from .calendar_words import is_date_word
from .noun_forms import frame_rows, inflected

GAPS = {"*": 3, "**": 8}
OPTIONAL = "?"  # "?noun_modifier": up to OPTIONAL_MAX words of a word class, or numbers
OPTIONAL_MAX = 3


Alternatives = dict[str, tuple[tuple[tuple[str, ...], str], ...]]


@dataclass(frozen=True, slots=True)
class Element:
    """One pattern position. ``by_first`` maps a first token to the token sequences that may
    stand here (longest first) with the tense each gives ("" for plain words), so that a
    position is tried with one dictionary look-up."""

    kind: str  # word | class | gap | optional
    by_first: Alternatives = field(default_factory=dict)
    gap: int = 0

    def __reduce__(self) -> tuple[type[Element], tuple[str, Alternatives, int]]:
        return Element, (self.kind, self.by_first, self.gap)  # a third of dataclass unpickling


def _index_alternatives(sequences: list[tuple[tuple[str, ...], str]]) -> Alternatives:
    table: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for tokens, tense in sequences:
        table.setdefault(tokens[0], []).append((tokens, tense))
    return {k: tuple(sorted(v, key=lambda item: -len(item[0]))) for k, v in table.items()}


@dataclass(frozen=True, slots=True)
class Pattern:
    id: str
    lang: str
    elements: tuple[Element, ...]
    type: str
    mode: str | None
    cameo: str | None
    target_markers: frozenset[str] | None
    flags: frozenset[str]
    default_agent: str | None
    example: str
    text: str
    passive_form: bool = False  # a passive verb ("भेजी गई"): its agent is often left out
    default_target: str | None = None  # flag target=NAME: who the act is always addressed to

    def __reduce__(self) -> tuple[Callable[..., Pattern], tuple[object, ...]]:
        return Pattern, tuple(getattr(self, f.name) for f in fields(self))

    @property
    def nominal(self) -> bool:
        """A noun pattern ("शिखर बैठक", "talks between"): no verb form in it."""
        return not any(e.kind == "class" for e in self.elements)

    def ends_with(self, word_class_name: str) -> bool:
        """Is the last element one word, each of its alternatives in the word class?"""
        last = self.elements[-1]
        words = word_class(word_class_name)
        return last.kind == "word" and all(len(seq) == 1 and seq[0] in words
                                           for alts in last.by_first.values()
                                           for seq, _ in alts)

    @property
    def ends_in_charge(self) -> bool:
        """"~accuse ** of": a gap, then a preposition of the charge (word class
        charge_preposition): what is skipped is the accused, what follows the charge."""
        return len(self.elements) > 1 and self.elements[-2].kind == "gap" \
            and self.ends_with("charge_preposition")


@dataclass(slots=True)
class Match:
    pattern: Pattern
    start: int  # stream positions
    end: int
    tense: str
    negated: bool = False
    token_start: int = 0  # sentence token indices
    token_end: int = 0
    scene_from: int = 0  # places before this token belong to an earlier meeting noun


PREDICATE_FILES = ("predicates_hi.tsv", "predicates_en.tsv")
VERB_FORM_FILES = ("verb_forms_hi.tsv", "verb_forms_en.tsv")


def predicate_rows() -> list[dict[str, str]]:
    """Rows of every predicate file (one per language, same columns)."""
    return [row for name in PREDICATE_FILES for row in load_table(name)]


@lru_cache(maxsize=1)
def verb_classes() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    classes: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for row in (r for name in VERB_FORM_FILES for r in load_table(name)):
        cls = row["class"].lstrip("~")
        tokens = tokenize_surface(row["form"])
        if tokens:
            classes.setdefault(cls, []).append((tokens, row["tense"] or "past"))
    # longest forms first so that "करने वाले हैं" wins over "करने"
    return {k: tuple(sorted(v, key=lambda f: -len(f[0]))) for k, v in classes.items()}


@lru_cache(maxsize=1)
def present_participles() -> frozenset[str]:
    """English -ing forms of the pattern classes, read off their progressive forms ("is
    demanding" -> demanding) and their bare nonfinite rows ("accusing")."""
    auxiliaries = word_class("passive_auxiliary")
    found: set[str] = set()
    for forms in verb_classes().values():
        for form, tense in forms:
            if tense == "nonfinite" and len(form) == 1 and form[0].isascii():
                found.add(form[0])
            elif tense == "present" and len(form) == 2 and form[0] in auxiliaries:
                found.add(form[1])
    return frozenset(found)


@lru_cache(maxsize=1)
def hindi_participle_words() -> tuple[frozenset[str], frozenset[str]]:
    """(one-word Hindi nonfinite forms of the pattern classes: "कर", "भेजकर", "लेकर"; the first
    words of every Hindi form, which after such a word make it part of a finite verb: "कर
    दिया")."""
    hindi = [form for forms in verb_classes().values() for form, _ in forms
             if not form[0].isascii()]
    one_word = {form[0] for forms in verb_classes().values() for form, tense in forms
                if tense == "nonfinite" and len(form) == 1 and not form[0].isascii()}
    return frozenset(one_word), frozenset(form[0] for form in hindi)


@lru_cache(maxsize=1)
def english_verb_words() -> frozenset[str]:
    """One-word English verb forms of the pattern classes ("accused", "rescued", "met")."""
    return frozenset(form[0] for forms in verb_classes().values() for form, _ in forms
                     if len(form) == 1 and form[0].isascii())


_CLASS_ELEMENTS: dict[tuple[str, int], Element] = {}


def _class_element(name: str, classes: dict[str, tuple[tuple[tuple[str, ...], str], ...]]
                   ) -> Element:
    """One Element per verb class (for a given class table), shared by the patterns using it."""
    key = (name, id(classes))
    if key not in _CLASS_ELEMENTS:
        _CLASS_ELEMENTS[key] = Element("class", by_first=_index_alternatives(list(classes[name])))
    return _CLASS_ELEMENTS[key]


def compile_element(token: str, classes: dict[str, tuple[tuple[tuple[str, ...], str], ...]],
                    pattern_id: str) -> Element:
    if token in GAPS:
        return Element("gap", gap=GAPS[token])
    if token.startswith("~"):
        name = token[1:]
        if name not in classes:
            raise ResourceError(f"predicates: pattern {pattern_id} uses unknown class ~{name}")
        return _class_element(name, classes)
    if token.startswith(OPTIONAL):
        # "रैली का भव्य आयोजन", "बैठक में बढ़-चढ़कर हिस्सा": modifiers a pattern allows here
        words = [tokenize_surface(w) for w in word_class(token[1:])]
        return Element("optional", by_first=_index_alternatives([(w, "") for w in words if w]),
                       gap=OPTIONAL_MAX)
    alternatives = {t for t in (tokenize_surface(a) for a in token.split("/")) if t}
    if not alternatives:
        raise ResourceError(f"predicates: pattern {pattern_id} has an empty element {token!r}")
    # "मामला दर्ज": every form of a listed noun ("दो मामले दर्ज किए")
    alternatives = inflected(alternatives)
    return Element("word", by_first=_index_alternatives([(a, "") for a in sorted(alternatives)]))


def _parse_target(cell: str) -> frozenset[str] | None:
    if not cell or cell in ("obj", "default"):
        return None
    markers = cell.split(":", 1)[1] if ":" in cell else cell
    return frozenset(" ".join(tokenize_surface(m)) for m in split_multi(markers))


#: Windows of words whose candidates PatternIndex keeps (then it starts afresh).
MAX_CACHED_WINDOWS = 50_000

# the patterns of one group (one first element as written: "~be", "talks/talk"): those any
# token may follow (a gap or nothing after the first element), and the others by the tokens
# their second element can begin with
Offered = tuple[tuple[int, ...], dict[str, tuple[int, ...]]]


@dataclass(frozen=True, slots=True)
class PatternIndex:
    """Patterns by language and the whole token sequences their first element can match
    ("met", "has met", "is set to meet"), then by the token after that sequence: a position is
    tried only with the patterns whose first element matches there and whose second can begin
    right after it, not with the hundreds that begin with an auxiliary ("was", "has", "is") or
    a postposition ("के") followed by another word. Candidates come in file order (ties between
    equal matches are broken by it)."""

    by_sequence: dict[tuple[str, tuple[str, ...]], tuple[int, ...]]  # -> groups
    groups: tuple[Offered, ...]  # patterns sharing a first element, by the token after it
    longest: dict[tuple[str, str], int]  # (lang, first token) -> longest sequence
    patterns: tuple[Pattern, ...]
    heads: dict[str, frozenset[str]]  # lang -> the tokens a pattern can begin with
    # the candidates of each window of words seen (see candidates)
    windows: dict[tuple[str, tuple[str, ...]], tuple[Pattern, ...]] = field(
        default_factory=dict, compare=False, repr=False)

    def candidates(self, lang: str, stream: list[str], pos: int) -> tuple[Pattern, ...]:
        """The patterns to try at ``pos``. They depend only on the words from ``pos`` to one
        past the longest first element there (a stream's words are never empty, so a shorter
        window is the stream's end): kept per such window, as news repeats its word pairs
        ("ने कहा", "has been"); bounded like the other per-word memos."""
        size = self.longest.get((lang, stream[pos]), 0)
        window = (lang, tuple(stream[pos:pos + size + 1]))
        got = self.windows.get(window)
        if got is None:
            got = self._offered_at(lang, stream, pos, size)
            if len(self.windows) >= MAX_CACHED_WINDOWS:
                self.windows.clear()
            self.windows[window] = got
        return got

    def _offered_at(self, lang: str, stream: list[str], pos: int, size: int
                    ) -> tuple[Pattern, ...]:
        found: list[int] = []
        for length in range(1, size + 1):
            groups = self.by_sequence.get((lang, tuple(stream[pos:pos + length])), ())
            following = stream[pos + length] if pos + length < len(stream) else ""
            for group in groups:
                open_, by_next = self.groups[group]
                found += open_
                found += by_next.get(following, ())
        return tuple(self.patterns[i] for i in sorted(set(found)))


def _second_heads(pattern: Pattern) -> tuple[str, ...] | None:
    """The tokens the pattern's second element can begin with; None if any token can follow
    the first (a gap or optional modifiers, or a one-element pattern)."""
    if len(pattern.elements) < 2 or pattern.elements[1].kind in ("gap", "optional"):
        return None
    return tuple(pattern.elements[1].by_first)


def _offered(ordinals: list[int], patterns: tuple[Pattern, ...]) -> Offered:
    open_: list[int] = []
    by_next: dict[str, list[int]] = {}
    for ordinal in ordinals:
        heads = _second_heads(patterns[ordinal])
        if heads is None:
            open_.append(ordinal)
        for head in heads or ():
            by_next.setdefault(head, []).append(ordinal)
    return tuple(open_), {k: tuple(v) for k, v in by_next.items()}


def _build_index(patterns: tuple[Pattern, ...], first_tokens: list[str]) -> PatternIndex:
    """``first_tokens[k]`` is pattern k's first element as written ("~meet", "talks/talk"):
    patterns that share it share its alternatives, which are walked once per group."""
    groups: dict[tuple[str, str], list[int]] = {}
    for ordinal, (pattern, first) in enumerate(zip(patterns, first_tokens)):
        groups.setdefault((pattern.lang, first), []).append(ordinal)
    by_sequence: dict[tuple[str, tuple[str, ...]], list[int]] = {}
    longest: dict[tuple[str, str], int] = {}
    for group, ((lang, _), ordinals) in enumerate(groups.items()):
        for head, alternatives in patterns[ordinals[0]].elements[0].by_first.items():
            longest[(lang, head)] = max(longest.get((lang, head), 0), len(alternatives[0][0]))
            for tokens, _ in alternatives:
                by_sequence.setdefault((lang, tokens), []).append(group)
    heads: dict[str, set[str]] = {}
    for lang, head in longest:
        heads.setdefault(lang, set()).add(head)
    return PatternIndex({k: tuple(v) for k, v in by_sequence.items()},
                        tuple(_offered(ordinals, patterns) for ordinals in groups.values()),
                        longest, patterns,
                        {lang: frozenset(words) for lang, words in heads.items()})


def _compile_pattern(row: dict[str, str],
                     classes: dict[str, tuple[tuple[tuple[str, ...], str], ...]]) -> Pattern:
    pid = row["id"]
    elements = tuple(compile_element(tok, classes, pid) for tok in row["pattern"].split())
    if not elements or elements[0].kind in ("gap", "optional"):
        raise ResourceError(f"predicates: pattern {pid} must start with a word")
    flags = frozenset(split_multi(row.get("flags", "")))
    agent = next((f.split("=", 1)[1] for f in flags if f.startswith("agent=")), None)
    target = next((f.split("=", 1)[1] for f in flags if f.startswith("target=")), None)
    return Pattern(
        id=pid, lang=row["lang"], elements=elements, type=row["type"],
        mode=row.get("mode") or None, cameo=row.get("cameo") or None,
        target_markers=_parse_target(row.get("target", "")),
        flags=frozenset(f for f in flags if not f.startswith(("agent=", "target="))),
        default_agent=agent, example=row.get("example", ""), text=row["pattern"],
        passive_form="passive" in flags or any(
            tok.startswith("~") and surface_key(tok[1:]) in word_class("passive_verb_class")
            for tok in row["pattern"].split()),
        default_target=target,
    )


@compiled("predicates")
def lexicon() -> tuple[PatternIndex, tuple[Pattern, ...]]:
    """(the index of patterns by language and first tokens, all patterns)."""
    classes = verb_classes()
    rows = predicate_rows() + frame_rows()
    patterns = tuple(_compile_pattern(row, classes) for row in rows)
    return _build_index(patterns, [row["pattern"].split()[0] for row in rows]), patterns


def _match_elements(elements: tuple[Element, ...], stream: list[str], pos: int,
                    tense: str, at: int = 0) -> tuple[int, str] | None:
    """End position and tense if ``elements[at:]`` match ``stream`` from ``pos``
    (backtracking; the rest of the pattern is named by ``at``, not sliced off)."""
    if at == len(elements):
        return pos, tense
    head = elements[at]
    if head.kind == "optional":
        return _match_optional(elements, stream, pos, tense, at)
    if head.kind == "gap":
        # after a gap a word or class element is tried only where its first token stands
        after = elements[at + 1] if at + 1 < len(elements) else head
        for skip in range(min(head.gap, len(stream) - pos) + 1):
            if after.kind not in ("gap", "optional") and (pos + skip == len(stream)
                                        or stream[pos + skip] not in after.by_first):
                continue
            found = _match_elements(elements, stream, pos + skip, tense, at + 1)
            if found:
                return found
        return None
    if pos >= len(stream):
        return None
    for tokens, form_tense in head.by_first.get(stream[pos], ()):
        size = len(tokens)
        if size == 1 or tuple(stream[pos:pos + size]) == tokens:
            found = _match_elements(elements, stream, pos + size, form_tense or tense, at + 1)
            if found:
                return found
    return None




def _match_optional(elements: tuple[Element, ...], stream: list[str], pos: int,
                    tense: str, at: int) -> tuple[int, str] | None:
    """``elements[at]`` is optional: the rest matched right here, or after one more of its
    words (a number counts too: "रैली का भव्य आयोजन", "2 बड़ी रैलियों का"), up to its limit."""
    head = elements[at]
    for _ in range(head.gap + 1):
        found = _match_elements(elements, stream, pos, tense, at + 1)
        if found or pos >= len(stream):
            return found
        word = next((tokens for tokens, _ in head.by_first.get(stream[pos], ())
                     if tuple(stream[pos:pos + len(tokens)]) == tokens), None)
        if word is None and not stream[pos].isdigit():
            return None
        pos += len(word) if word else 1
    return None


def _genitive_not_verb(match: Match, stream: list[str]) -> bool:
    """"पत्थरबाजी की घटना": a Hindi pattern ending in की/के/का followed by a noun is a
    genitive phrase, not the light verb करना."""
    if match.pattern.lang != "hi" or stream[match.end - 1] not in word_class("genitive"):
        return False
    following = stream[match.end] if match.end < len(stream) else ""
    # after an auxiliary or a conjunction a final की/के is still the verb ("हत्या की थी")
    if not following or following in word_class("verb_follower") or \
            following in function_word_set():
        return False
    # a following Devanagari word (not the danda) is the noun the genitive qualifies
    return is_devanagari(following)


ORDER_REACH = 12  # tokens before an ordered act in which its order's addressee is looked for


def _order_to_another(match: Match, stream: list[str]) -> bool:
    """"हाईकोर्ट ने सरकार को छात्रों को रिहा करने का आदेश दिया": an ordered act (pattern flag
    ordered_act) whose clause marks an object besides the one the act is done to names the
    order's addressee ("सरकार को छात्रा की रिहाई का आदेश": the act's own object is a
    genitive); the order asks the addressee, and the order's own pattern codes that REQUEST.
    Without one the one who orders does the act."""
    if "ordered_act" not in match.pattern.flags:
        return False
    markers = word_class("order_object_marker", "hi")
    clause_end = word_class("order_clause_end", "hi")
    marked = 0
    for k in range(match.start - 1, max(0, match.start - ORDER_REACH) - 1, -1):
        if stream[k] in clause_end:
            break
        # "बुधवार को", "15 अगस्त को": a date's marker marks no object
        marked += stream[k] in markers and not (k and is_date_word(stream[k - 1]))
    own_object = not markers.isdisjoint(match.pattern.target_markers or ())
    return marked > (1 if own_object else 0)


@lru_cache(maxsize=1)
def function_word_set() -> frozenset[str]:
    """Pronouns, determiners, adverbs ...: after one of them a final की is still the verb
    ("जवाबी कार्रवाई की इसी दौरान")."""
    return frozenset(" ".join(tokenize_surface(r["word"])) for r in load_table("function_words.tsv"))


def find_predicates(stream: list[str], lang: str) -> list[Match]:
    """All pattern matches in a token stream, longest first, not overlapping."""
    index, _ = lexicon()
    heads = index.heads.get(lang, frozenset())  # a word that begins no pattern is skipped
    found: list[Match] = []
    for pos in [pos for pos, word in enumerate(stream) if word in heads]:
        if lang == "en" and pos and stream[pos - 1] == "-":
            continue  # "Iran-backed", "Pakistan-occupied": a compound adjective, not a verb
        for pattern in index.candidates(lang, stream, pos):
            result = _match_elements(pattern.elements, stream, pos, "")
            if result:
                end, tense = result
                found.append(Match(pattern, pos, end, tense or "past"))
    found = [m for m in found if not _genitive_not_verb(m, stream)
             and not _order_to_another(m, stream)]
    found.sort(key=lambda m: (-(m.end - m.start), m.start))
    chosen: list[Match] = []
    for match in found:
        if all(match.end <= c.start or match.start >= c.end for c in chosen):
            chosen.append(match)
    chosen.sort(key=lambda m: m.start)
    return chosen
