"""Organisations the knowledge base does not know, named in Latin script: a run of
capitalised words ending in an organisation's head noun ("District Reserve Guard", "Gorkha
Janmukti Morcha", "Chin National Defence Force"). The head noun gives the sector
(resources/org_heads.tsv); a country or nationality inside the name gives the country, else
the dateline's. English has no learned tagger here: capitalisation and the head noun are the
evidence, and a run needs two words, so "Police" alone stays the generic group it is.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ..data import Actor, Document, Mention, MentionAttrs, Sentence, Token
from ..resources import load_table, normalize, word_class
from .gazetteer import knowledge_base
from .predicates import function_word_set

#: mention kinds a name may swallow: "Chin" or "Pakistan" inside a name only say its country
ABSORBABLE = frozenset({"place", "country", "adjective"})
MIN_WORDS = 2


@lru_cache(maxsize=1)
def org_heads() -> dict[str, str]:
    """Head noun (normalised) -> sector."""
    return {normalize(r["head"]): r["sector"] for r in load_table("org_heads.tsv")}


@lru_cache(maxsize=1)
def _never_first() -> frozenset[str]:
    """Words a name does not start with ("The", "Of"): grammar words and articles."""
    return frozenset(function_word_set() | word_class("determiner"))


def _starts_title(tok: Token) -> bool:
    return any(entry.kind == "title" for entry in knowledge_base().lookup(tok.norm))


def _capitalised(tok: Token) -> bool:
    return tok.script == "latn" and tok.text[:1].isupper() and tok.text[1:2] != "."


def _country_of(mentions: list[Mention]) -> str | None:
    for m in mentions:
        if m.attrs.country:
            return m.attrs.country
        if m.place is not None and m.place.country:
            return m.place.country
        if m.actor is not None and m.actor.country:
            return m.actor.country
    return None


def _run_end(tokens: list[Token], start: int, owner: dict[int, Mention]) -> int:
    """End (exclusive) of the capitalised run starting at ``start``, glue words inside."""
    end = j = start
    while j < len(tokens):
        tok = tokens[j]
        free = j not in owner or owner[j].kind in ABSORBABLE
        if _capitalised(tok) and free:
            j += 1
            end = j
        elif tok.norm in word_class("name_glue") and j + 1 < len(tokens) and _capitalised(tokens[j + 1]):
            j += 1
        else:
            break
    return end


def _head_end(tokens: list[Token], start: int, end: int) -> int | None:
    """End of the name: the last head noun of the run, with at least one word before it."""
    heads = org_heads()
    for k in range(end - 1, start, -1):
        if tokens[k].norm in heads:
            return k + 1
    return None


def _org_mention(tokens: list[Token], start: int, end: int, swallowed: list[Mention],
                 home: str | None) -> Mention:
    run = tokens[start:end]
    text = " ".join(t.text for t in run)
    span = (run[0].start, run[-1].end)
    actor = Actor(name=text, id=None, country=_country_of(swallowed) or home,
                  sector=org_heads()[run[-1].norm], kind="org", text=text, span=span)
    return Mention(kind="actor", tok_start=start, tok_end=end, start=span[0], end=span[1],
                   text=text, actor=actor, attrs=MentionAttrs(new=True))


def add_latin_organisations(sentence: Sentence, mentions: list[Mention],
                            home: str | None) -> list[Mention]:
    """The sentence's mentions with unknown Latin-script organisations added (and the
    place or nationality mentions inside their names removed)."""
    tokens = sentence.tokens
    # (_capitalised's test inline: it is asked of every word)
    capitalised = {i for i, tok in enumerate(tokens) if tok.script == "latn"
                   and tok.text[:1].isupper() and tok.text[1:2] != "."}
    if not capitalised:
        return mentions  # (most Hindi sentences)
    owner = {i: m for m in mentions for i in range(m.tok_start, m.tok_end)}
    skip = _never_first()
    found: list[Mention] = []
    i = 0
    while i < len(tokens):
        if i not in capitalised or tokens[i].norm in skip or (
                i in owner and owner[i].kind not in ABSORBABLE):
            i += 1
            continue
        end = _head_end(tokens, i, _run_end(tokens, i, owner))
        # "Former Union minister": a head noun before a title qualifies the title
        if end is not None and end < len(tokens) and _starts_title(tokens[end]):
            end = None
        if end is None or end - i < MIN_WORDS or any(
                m.tok_start < i < m.tok_end or m.tok_start < end < m.tok_end for m in mentions):
            i += 1
            continue
        swallowed = [m for m in mentions if i <= m.tok_start and m.tok_end <= end]
        found.append(_org_mention(tokens, i, end, swallowed, home))
        i = end
    if not found:
        return mentions
    gone = {id(m) for f in found for m in mentions if f.tok_start <= m.tok_start
            and m.tok_end <= f.tok_end}
    kept = [m for m in mentions if id(m) not in gone]
    return sorted(kept + found, key=lambda m: m.tok_start)


def _defined_acronyms(doc: Document) -> dict[str, Mention]:
    """"Gorkha Janamukti Morcha (GJM)": an organisation followed by an upper-case word in
    brackets defines that word as its short name for the whole story."""
    defined: dict[str, Mention] = {}
    for sentence, mentions in zip(doc.sentences, doc.mentions):
        tokens = sentence.tokens
        for mention in mentions:
            if mention.actor is None or mention.actor.kind != "org":
                continue
            k = mention.tok_end
            if k + 2 < len(tokens) and tokens[k].text == "(" and tokens[k + 2].text == ")" \
                    and _acronym(tokens[k + 1]):
                defined.setdefault(tokens[k + 1].text, mention)
    return defined


def _acronym(tok: Token) -> bool:
    return tok.script == "latn" and len(tok.text) >= 2 and tok.text.isupper() \
        and tok.text.isalpha()


def link_acronyms(doc: Document) -> None:
    """Every free occurrence of a defined short name, before or after its definition, is the
    organisation it was defined for ("The GJM called a strike ... Gorkha Janamukti Morcha
    (GJM) general secretary ...")."""
    defined = _defined_acronyms(doc)
    if not defined:
        return
    for s_idx, sentence in enumerate(doc.sentences):
        mentions = doc.mentions[s_idx]
        covered = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
        added: list[Mention] = []
        for i, tok in enumerate(sentence.tokens):
            org = defined.get(tok.text) if i not in covered else None
            if org is None or org.actor is None or (
                    i > 0 and sentence.tokens[i - 1].text == "(" and any(
                        m.tok_end == i - 1 and m.actor is org.actor for m in mentions)):
                continue  # not a defined short name, or the definition itself
            actor = replace(org.actor, text=tok.text, span=(tok.start, tok.end))
            added.append(Mention(kind="actor", tok_start=i, tok_end=i + 1, start=tok.start,
                                 end=tok.end, text=tok.text, actor=actor,
                                 attrs=MentionAttrs(new=org.attrs.new)))
        if added:
            doc.mentions[s_idx] = sorted(mentions + added, key=lambda m: m.tok_start)
