"""Token features for the CRF named-entity tagger (crfsuite string features).

Used by both training and run time: any change here requires retraining the shipped model.

Word lists come from the bundled resources (no Devanagari in code): case markers and function
words (postpositions after a name), titles (a title before a name), given names and surnames,
generic groups, country adjectives, and the place / actor gazetteers (single tokens and
multi-token aliases matched longest-first over the sentence). How common a word is in general
Hindi (its whole Zipf frequency, ``z=none`` when unlisted) comes from ``model/hi_ner_zipf.tsv``,
written by ``training/train_ner.py`` next to the model (format: docs/ner.md).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, cast

from ..errors import ResourceError
from ..rescache import compiled
from ..resources import load_table, normalize, split_multi, tokenize_surface

#: word -> whole Zipf frequency in general Hindi (generated with the model, see train_ner.py)
ZIPF_PATH = Path(__file__).parent / "model" / "hi_ner_zipf.tsv"

# How far a multi-token alias may reach (tokens).
_MAX_ALIAS = 6
_PUNCT_STRIP = "\"'`()[]{}<>.,;:!?-|/\\" + chr(0x0964) + chr(0x0965)  # + danda, double danda


# Devanagari vowel signs, virama, anusvara, visarga: dropped to get a spelling-tolerant skeleton.
_SKELETON = {c: None for c in [*range(0x093E, 0x094E), 0x0901, 0x0902, 0x0903]}


def _dev(ch: str) -> bool:
    return 0x0900 <= ord(ch) <= 0x097F


def _first_word_roles(name: str, column: str, role: str) -> dict[str, str]:
    """First token of each surface form -> its role (multi-word "के साथ" cues on "के")."""
    out: dict[str, str] = {}
    for row in load_table(name):
        toks = tokenize_surface(row[column])
        if toks:
            out.setdefault(toks[0], row[role])
    return out


def _word_roles(name: str, column: str, role: str) -> dict[str, str]:
    """Whole surface form (tokens joined by spaces) -> its role; the first row wins."""
    out: dict[str, str] = {}
    for row in load_table(name):
        key = " ".join(tokenize_surface(row[column]))
        if key:
            out.setdefault(key, row[role])
    return out


def _words(name: str, column: str) -> frozenset[str]:
    return frozenset(k for k in (" ".join(tokenize_surface(r[column])) for r in load_table(name)) if k)


def _gazetteer() -> dict[tuple[str, ...], set[str]]:
    """Alias token sequences -> kinds (LOC_<place kind>, PER, ORG, ACT, ADJ)."""
    gaz: dict[tuple[str, ...], set[str]] = {}
    entries: list[tuple[str, str]] = []
    for row in load_table("places.tsv"):
        kind = "LOC_" + (row.get("kind") or "place")
        entries += [(alias, kind) for alias in split_multi(row.get("aliases", ""))]
    for row in load_table("actors.tsv"):
        kind = {"person": "PER", "org": "ORG"}.get(row.get("kind", ""), "ACT")
        entries += [(alias, kind) for alias in split_multi(row.get("aliases", ""))]
    entries += [(row["surface"], "ADJ") for row in load_table("country_adjectives.tsv")]
    for surface, kind in entries:
        toks = tokenize_surface(surface)
        if toks and len(toks) <= _MAX_ALIAS:
            gaz.setdefault(toks, set()).add(kind)
    return gaz


@compiled("ner_lexicon")
def _lexicon() -> dict[str, Any]:
    """Every word list the features use, as dicts and sets (built once per package state and
    kept in the compiled cache, see ``ghatna.rescache``: building it reads seven tables)."""
    gaz = _gazetteer()
    starts: dict[str, set[int]] = {}
    part_of: dict[str, set[str]] = {}  # any token of an alias, by kind
    for toks, kinds in gaz.items():
        starts.setdefault(toks[0], set()).add(len(toks))
        for t in toks:
            part_of.setdefault(t, set()).update(kinds)
    return {
        "case": _first_word_roles("case_markers.tsv", "marker", "role"),
        "func": _word_roles("function_words.tsv", "word", "role"),
        "gaz": {k: tuple(sorted(v)) for k, v in gaz.items()},
        "starts": {k: sorted(v, reverse=True) for k, v in starts.items()},
        "part": {k: tuple(sorted(v)) for k, v in part_of.items()},
        "names": _word_roles("person_names.tsv", "surface", "part"),
        "titles": _words("titles.tsv", "surface"),
        "groups": _words("groups.tsv", "surface"),
    }


@compiled("ner_zipf")
def _zipf() -> dict[str, str]:
    """``hi_ner_zipf.tsv``: normalised word -> its whole Zipf frequency (as text)."""
    try:
        lines = ZIPF_PATH.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError as exc:
        raise ResourceError(f"NER word-frequency table {ZIPF_PATH} is missing: build it with "
                            "`.venv/bin/python training/train_ner.py`") from exc
    table: dict[str, str] = {}
    for line in lines:
        if line and not line.startswith("#"):
            word, _, zipf = line.partition("\t")
            table[word] = zipf
    return table


#: a Devanagari word this common in general Hindi (whole Zipf) is a word, not an unknown place's
#: name: "समुद्री क्षेत्र में" is the maritime sector (4), "मंदिर में" a temple (5), "त्राल में" a
#: place (2)
COMMON_WORD_ZIPF = 4


def word_zipf(word: str) -> int | None:
    """The whole Zipf frequency of a normalised Hindi word in general text, None if unlisted
    (names are rare: पुतिन 3, गोतबाया 1; common words are not: शासन 5, सिंह 6)."""
    zipf = _zipf().get(word)
    return int(zipf) if zipf else None


def _shape(tok: str) -> str:
    if not tok:
        return "empty"
    dev = lat = dig = oth = 0
    for ch in tok:
        if _dev(ch):
            if 0x0966 <= ord(ch) <= 0x096F:  # a Devanagari digit
                dig += 1
            else:
                dev += 1
        elif ch.isdigit():
            dig += 1
        elif ch.isalpha():
            lat += 1
        else:
            oth += 1
    kinds = (dev > 0) + (lat > 0) + (dig > 0) + (oth > 0)
    if kinds > 1:
        if oth and kinds == 2:
            base = "dev" if dev else "lat" if lat else "dig"
            return base + "+p"
        return "mixed"
    return "dev" if dev else "lat" if lat else "dig" if dig else "punct"


def _form_features(raw: str, core: str, shape: str) -> list[str]:
    """Spelling features: affixes, skeleton, Latin capitalisation."""
    f: list[str] = []
    n = len(core)
    if shape in ("dev", "lat", "dev+p", "lat+p", "mixed"):
        for k in (1, 2, 3):
            if n > k:
                f.append(f"s{k}=" + core[-k:])
                f.append(f"p{k}=" + core[:k])
        if shape.startswith("dev"):
            skel = core.translate(_SKELETON)
            if skel != core:
                f.append("sk=" + skel)
    if raw[:1].isupper() and raw[:1].isascii():
        f.append("cap")
        if raw.isupper() and len(raw) > 1:
            f.append("allcap")
    return f


def _list_features(core: str) -> list[str]:
    """Word-list cues of a token (also used, prefixed, for its neighbours)."""
    lex = _lexicon()
    out: list[str] = []
    for key, prefix in (("case", "case="), ("func", "func="), ("names", "name=")):
        role = lex[key].get(core)
        if role:
            out.append(prefix + role)
    # keep the historical order: case, func, title, group, name
    name = out.pop() if out and out[-1].startswith("name=") else None
    out += [flag for flag in ("title", "group") if core in lex[flag + "s"]]
    if name:
        out.append(name)
    return out


@lru_cache(maxsize=200_000)
def _token_static(raw: str) -> tuple[str, tuple[str, ...], tuple[str, ...], str]:
    """(normalised core word, features of the token itself, short features for neighbours, its
    frequency feature, which the ±1 neighbours see too but not the ±2 ones)."""
    lex = _lexicon()
    w = normalize(raw)
    core = w.strip(_PUNCT_STRIP) or w
    shape = _shape(raw)
    f = ["w=" + core, "sh=" + shape, "len=" + str(min(len(core), 8))]
    if core != w:
        f.append("punctattached")
    f += _form_features(raw, core, shape)
    cues = _list_features(core)
    f += cues
    ctx = ["w=" + core, *cues]
    f += ["gpart=" + kind for kind in lex["part"].get(core, ())]
    single = ["g1=" + kind for kind in lex["gaz"].get((core,), ())]
    f += single
    ctx += single
    if shape == "punct":
        ctx.append("punct")
    elif shape == "lat" and "cap" in f:
        ctx.append("cap")
    freq = "z=" + _zipf().get(core, "none")
    f.append(freq)
    return core, tuple(f), tuple(ctx), freq


def _gazetteer_spans(words: list[str]) -> list[list[str]]:
    """Longest alias matches over the sentence: per token, ``gB=KIND`` / ``gI=KIND`` features."""
    lex = _lexicon()
    starts = lex["starts"]
    gaz = lex["gaz"]
    out: list[list[str]] = [[] for _ in words]
    n = len(words)
    i = 0
    while i < n:
        lengths = starts.get(words[i])
        matched = 0
        if lengths:
            for length in lengths:
                if length == 1 or i + length > n:
                    continue
                kinds = gaz.get(tuple(words[i:i + length]))
                if kinds:
                    for kind in kinds:
                        out[i].append("gB=" + kind)
                        for j in range(i + 1, i + length):
                            out[j].append("gI=" + kind)
                    matched = length
                    break
        i += matched or 1
    return out


@lru_cache(maxsize=200_000)
def _neighbour_views(raw: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...],
                                        tuple[str, ...]]:
    """A token's features as its neighbours see them, prefixed once per word form:
    (``-1:`` context, ``+1:`` context, ``-2:`` and ``+2:`` context without the word)."""
    _, _, ctx, freq = _token_static(raw)
    return (tuple("-1:" + x for x in (*ctx, freq)), tuple("+1:" + x for x in (*ctx, freq)),
            tuple("-2:" + x for x in ctx[1:]), tuple("+2:" + x for x in ctx[1:]))


# an attribute name: text in training, its UTF-8 bytes for the tagger (see FeatureBuilder)
Attr = str | bytes
# word form -> (core word, own features, -1 view, +1 view, -2 view with its "-2:w=" word,
# +2 view with its "+2:w=" word): everything about a token its sentence does not change
Views = tuple[str, tuple[Attr, ...], tuple[Attr, ...], tuple[Attr, ...], tuple[Attr, ...],
              tuple[Attr, ...]]
_MAX_CACHED = 200_000


PAIR_PREFIXES = ("-1|0=", "0|+1=", "-1|+1=")  # word pairs: i-1 and i, i and i+1, i-1 and i+1
PairTables = dict[str, dict[tuple[str, str], bytes]]  # prefix -> (word, word) -> attribute


class FeatureBuilder:
    """Sentence features, optionally restricted to the attributes ``known`` to a model.

    crfsuite ignores an attribute its model has no weight for, so the restricted lists (same
    order, hence the same floating-point sums and the same tags) spare it converting and looking
    up about a quarter of the strings. Training uses the unrestricted builder
    (``sentence_features``), the tagger the restricted one: both are this code. Per word form
    the (restricted) own and neighbour features are cached, so a sentence costs a few tuple
    concatenations plus the three word-pair features and any multi-token gazetteer match.
    The restricted builder gives each attribute as its UTF-8 bytes, encoded once per word
    form: crfsuite takes bytes as they are but encodes every text anew (the same attributes,
    about a fifth less of its time).
    """

    def __init__(self, known: frozenset[str] | None = None,
                 pairs: PairTables | None = None) -> None:
        self.known = known
        self._pair_tables = pairs  # the known word pairs (pair_tables), made on first use
        self._cache: dict[str, Views] = {}
        self._edge = {x: self._keep([x]) for x in ("bias", "BOS", "EOS", "-2:w=<s>", "+2:w=</s>")}

    def _keep(self, feats: tuple[str, ...] | list[str]) -> tuple[Attr, ...]:
        known = self.known
        return tuple(feats) if known is None else tuple(x.encode() for x in feats if x in known)

    def views(self, raw: str) -> Views:
        """The (restricted) features of one word form, cached."""
        got = self._cache.get(raw)
        if got is None:
            core, own, _, _ = _token_static(raw)
            m1, p1, m2, p2 = _neighbour_views(raw)
            got = (core, self._keep(own), self._keep(m1), self._keep(p1),
                   self._keep(("-2:w=" + core, *m2)), self._keep(("+2:w=" + core, *p2)))
            if len(self._cache) >= _MAX_CACHED:
                self._cache.clear()
            self._cache[raw] = got
        return got

    def sentence(self, tokens: list[str]) -> list[list[Attr]]:
        """crfsuite string features, one list per token: its own, then its left-hand and its
        right-hand neighbours' (one loop over lists made per sentence: a hot path)."""
        cached = list(map(self._cache.get, tokens))  # cached word forms without a call each
        views = cast(list[Views], cached) if None not in cached else \
            [self.views(t) if v is None else v for v, t in zip(cached, tokens)]
        words = [v[0] for v in views]
        spans = _gazetteer_spans(words)
        left_spans = [self._keep(["-1:" + x for x in s]) if s else () for s in spans]
        right_spans = [self._keep(["+1:" + x for x in s]) if s else () for s in spans]
        # word pairs, the model's only: pair_01[i] joins words i and i + 1, skip_pair[i]
        # words i and i + 2 (None where the model has no weight for it)
        pair_10 = self._pairs("-1|0=", words, words[1:])
        pair_01 = self._pairs("0|+1=", words, words[1:])
        skip_pair = self._pairs("-1|+1=", words, words[2:])
        edge = self._edge
        bias, bos, eos = edge["bias"], edge["BOS"], edge["EOS"]
        start, end = edge["-2:w=<s>"], edge["+2:w=</s>"]
        last = len(views) - 1
        feats: list[list[Attr]] = []
        for i, view in enumerate(views):
            f = [*bias, *view[1]]
            if spans[i]:
                f += self._keep(spans[i])
            if i == 0:
                f += bos
            else:
                f += views[i - 1][2]
                f += left_spans[i - 1]
                if pair := pair_10[i - 1]:
                    f.append(pair)
                f += views[i - 2][4] if i > 1 else start
            if i == last:
                f += eos
            else:
                f += views[i + 1][3]
                f += right_spans[i + 1]
                if pair := pair_01[i]:
                    f.append(pair)
                if i > 0 and (pair := skip_pair[i - 1]):
                    f.append(pair)
                f += views[i + 2][5] if i < last - 1 else end
            feats.append(f)
        return feats

    def _pairs(self, prefix: str, firsts: list[str], seconds: list[str]) -> list[Attr | None]:
        """``prefix + first|second`` of each pair, None where the model has no such feature
        (restricted: looked up by the pair of words, no string made)."""
        if self.known is None:
            return [prefix + a + "|" + b for a, b in zip(firsts, seconds)]
        if self._pair_tables is None:
            self._pair_tables = pair_tables(self.known)
        return list(map(self._pair_tables[prefix].get, zip(firsts, seconds)))


def pair_tables(known: frozenset[str]) -> PairTables:
    """The model's word-pair attributes by prefix and their two words: every split of
    ``prefix + first|second`` at a "|" (a word holding one gives the same attribute)."""
    tables: PairTables = {prefix: {} for prefix in PAIR_PREFIXES}
    for attr in known:
        if not attr.startswith(PAIR_PREFIXES):
            continue
        prefix = next(p for p in PAIR_PREFIXES if attr.startswith(p))
        rest = attr[len(prefix):]
        at = rest.find("|")
        while at >= 0:
            tables[prefix][(rest[:at], rest[at + 1:])] = attr.encode()
            at = rest.find("|", at + 1)
    return tables


_ALL = FeatureBuilder()


def sentence_features(tokens: list[str]) -> list[list[str]]:
    """crfsuite string features, one list per token (every attribute: training uses these)."""
    return cast(list[list[str]], _ALL.sentence(tokens))  # unrestricted: text, not bytes
