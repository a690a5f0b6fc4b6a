"""A person named in full once is later often named by one part of the name: "Kamal Nath
... Nath met the Governor", "अन्ना हजारे ... अन्ना ने", "गोतबाया राजपक्षे ... गोतबाया को".
This pass links such a word, in the same document and after the full name, to that person.

A part links only when it is unambiguous in the document (one person has it), is at least
three letters long and is rare in general text: a common surname ("Singh", "कुमार") or an
ordinary word is never read as someone's name, except in an agent slot: right before ने or
"said" ("राजनाथ सिंह ... सिंह ने भारतीय समुदाय से बातचीत की"), where a word no stage has
read as anything else names whoever acts, and the one person of the document with that name
part is who the text means.
"""

from __future__ import annotations

from dataclasses import replace

from ..data import Actor, Document, Mention, MentionAttrs, Token
from ..ner.features import word_zipf
from ..resources import word_class
from ..translit import devanagari_to_latin
from .gazetteer import KnowledgeBase
from .romanlex import english_frequency

MIN_PART_LETTERS = 3
MAX_HINDI_ZIPF = 4  # whole Zipf in general Hindi: names are rarer (पुतिन 3); सिंह is 6
MAX_ENGLISH_ZIPF = 4.5  # "Nath" 2.8, "Anna" 4.4 are rare English words; "Later" 5.5 is not


def link_name_parts(doc: Document, kb: KnowledgeBase) -> None:
    """Add or correct person mentions that are one part of a name given in full earlier."""
    owners: dict[str, Actor | None] = {}  # name part -> its person (None: two people share it)
    for s_idx, sentence in enumerate(doc.sentences):
        mentions = doc.mentions[s_idx]
        if owners:  # nobody named in full yet: nothing to link (most sentences)
            _relink_single_words(sentence.tokens, mentions, owners)
            added = _link_uncovered(sentence.tokens, mentions, owners, kb)
            if added:
                doc.mentions[s_idx] = sorted(mentions + added, key=lambda m: m.tok_start)
        for mention in doc.mentions[s_idx]:
            _register(sentence.tokens, mention, owners)
            _register_nickname(sentence.tokens, mention, owners, kb)


def _register(tokens: list[Token], mention: Mention, owners: dict[str, Actor | None]) -> None:
    actor = mention.actor
    if actor is None or actor.kind != "person":
        return
    title = mention.attrs.title_span
    parts = [t for t in tokens[mention.tok_start:mention.tok_end]
             if not (title and title[0] <= t.start < title[1])]
    if len(parts) < 2:
        return  # a one-word name is itself the short form
    for tok in parts:
        if len(tok.norm) >= MIN_PART_LETTERS and tok.script in ("latn", "deva"):
            known = owners.get(tok.norm, actor)
            same = known is not None and (known.id or known.name) == (actor.id or actor.name)
            owners[tok.norm] = actor if same else None


def _register_nickname(tokens: list[Token], mention: Mention, owners: dict[str, Actor | None],
                       kb: KnowledgeBase) -> None:
    """"पुष्प कमल दहल प्रचंड ... प्रचंड से मिलेंगे": a Devanagari word right after a person's
    full name that spells one of the person's Latin aliases ("Prachanda") is that person's
    name in this document (the same word elsewhere may be a plain adjective)."""
    actor = mention.actor
    at = mention.tok_end
    if actor is None or actor.kind != "person" or actor.id is None or at >= len(tokens) \
            or mention.tok_end - mention.tok_start < 2:
        return
    tok = tokens[at]
    if tok.script != "deva" or tok.norm in kb.function_words or len(tok.norm) < MIN_PART_LETTERS:
        return
    latin = devanagari_to_latin(tok.norm).lower()
    # a Latin spelling keeps the final vowel Hindi drops ("Prachanda", "प्रचंड")
    if any(e.actor is not None and e.actor.id == actor.id
           for key in (latin, latin + "a") for e in kb.lookup(key)):
        owners.setdefault(tok.norm, actor)


def _rare(tok: Token) -> bool:
    if tok.script == "latn":
        return tok.text[:1].isupper() and english_frequency().get(tok.norm, 0.0) <= MAX_ENGLISH_ZIPF
    zipf = word_zipf(tok.norm)
    return zipf is None or zipf <= MAX_HINDI_ZIPF


def _owner(tok: Token, owners: dict[str, Actor | None], agent_slot: bool = False) -> Actor | None:
    actor = owners.get(tok.norm)
    return actor if actor is not None and (agent_slot or _rare(tok)) else None


def _in_agent_slot(tokens: list[Token], i: int) -> bool:
    """Is token ``i`` right before an agent marker (word class agent_slot: ने, "said"), and,
    in Latin script, capitalised like a name?"""
    if i + 1 >= len(tokens) or tokens[i + 1].norm not in word_class("agent_slot"):
        return False
    return tokens[i].script != "latn" or tokens[i].text[:1].isupper()


def _relink_single_words(tokens: list[Token], mentions: list[Mention],
                         owners: dict[str, Actor | None]) -> None:
    """A one-word person the knowledge base does not know ("Nath" found by its name part)
    is the person named in full before."""
    for mention in mentions:
        actor = mention.actor
        if actor is None or actor.kind != "person" or actor.id is not None \
                or mention.tok_end - mention.tok_start != 1:
            continue
        owner = _owner(tokens[mention.tok_start], owners)
        if owner is not None:
            mention.actor = replace(owner, text=actor.text, span=actor.span)


def _link_uncovered(tokens: list[Token], mentions: list[Mention],
                    owners: dict[str, Actor | None], kb: KnowledgeBase) -> list[Mention]:
    covered = {i for m in mentions for i in range(m.tok_start, m.tok_end)}
    added = []
    for i, tok in enumerate(tokens):
        if i in covered or tok.norm in kb.function_words:
            continue
        owner = _owner(tok, owners, _in_agent_slot(tokens, i))
        if owner is None:
            continue
        span = (tok.start, tok.end)
        added.append(Mention(kind="actor", tok_start=i, tok_end=i + 1, start=tok.start,
                             end=tok.end, text=tok.text,
                             actor=replace(owner, text=tok.text, span=span),
                             attrs=MentionAttrs()))
    return added
