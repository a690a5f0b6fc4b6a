"""Token features for the CRF named-entity tagger (crfsuite string features).

Used by both training and run time: any change here requires retraining the shipped model.

Word lists come from the bundled resources (no Devanagari in code): case markers and function
words (postpositions after a name), titles (a title before a name), given names and surnames,
generic groups, country adjectives, and the place / actor gazetteers (single tokens and
multi-token aliases matched longest-first over the sentence).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from ..resources import load_table, normalize, split_multi, tokenize_surface

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


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, Any]:
    """Every word list the features use, as dicts and sets (built once per process)."""
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
def _token_static(raw: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """(normalised core word, features of the token itself, short features for neighbours)."""
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
    return core, tuple(f), tuple(ctx)


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
    ctx = _token_static(raw)[2]
    return (tuple("-1:" + x for x in ctx), tuple("+1:" + x for x in ctx),
            tuple("-2:" + x for x in ctx[1:]), tuple("+2:" + x for x in ctx[1:]))


def sentence_features(tokens: list[str]) -> list[list[str]]:
    """crfsuite string features, one list per token."""
    static = [_token_static(t) for t in tokens]
    views = [_neighbour_views(t) for t in tokens]
    words = [s[0] for s in static]
    spans = _gazetteer_spans(words)
    n = len(tokens)
    feats: list[list[str]] = []
    for i in range(n):
        w, own, _ = static[i]
        f = ["bias", *own, *spans[i]]
        if i == 0:
            f.append("BOS")
        else:
            prev = words[i - 1]
            f.extend(views[i - 1][0])
            f.extend(["-1:" + x for x in spans[i - 1]])
            f.append("-1|0=" + prev + "|" + w)
            if i > 1:
                f.append("-2:w=" + words[i - 2])
                f.extend(views[i - 2][2])
            else:
                f.append("-2:w=<s>")
        if i == n - 1:
            f.append("EOS")
        else:
            nxt = words[i + 1]
            f.extend(views[i + 1][1])
            f.extend(["+1:" + x for x in spans[i + 1]])
            f.append("0|+1=" + w + "|" + nxt)
            if i > 0:
                f.append("-1|+1=" + words[i - 1] + "|" + nxt)
            if i < n - 2:
                f.append("+2:w=" + words[i + 2])
                f.extend(views[i + 2][3])
            else:
                f.append("+2:w=</s>")
        feats.append(f)
    return feats
