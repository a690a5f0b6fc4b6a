"""Person names the knowledge base does not know, written out: Latin spellings of Devanagari
names with their initials ("J. P. Dalal"), and namesakes of known people ("सुशील कुमार शिंदे"
is not Eknath Shinde, whom the knowledge base also knows by the surname alone)."""

from __future__ import annotations

from ..data import Actor, Mention, MentionAttrs, Token
from ..translit import devanagari_to_latin
from .romanlex import english_frequency


def is_initial_letter(tok: Token) -> bool:
    return tok.script == "latn" and len(tok.text) == 1 and tok.text.isupper()


def latin_name(tokens: list[Token]) -> str:
    words: list[str] = []
    for tok in tokens:
        if tok.text == "." and words:
            words[-1] += "."  # an initial: "J. P. Dalal"
        elif tok.script == "latn":
            words.append(tok.text)
        else:
            words.append(devanagari_to_latin(tok.text))
    return " ".join(words)


MAX_NAME_WORD_ZIPF = 3.5  # an English word this rare before a surname is a given name


def split_namesakes(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """"सुशील कुमार शिंदे", "Sushilkumar Shinde": a known person matched by the surname alone,
    right after a given name that is not theirs, is someone else of that surname."""
    out: list[Mention] = []
    for mention in mentions:
        actor = mention.actor
        prev = out[-1] if out else None
        if actor is None or actor.kind != "person" or actor.id is None \
                or len(actor.name.split()) < 2 or len(actor.text.split()) != 1:
            out.append(mention)
            continue
        own = {w.lower() for w in actor.name.split()}
        surname = tokens[mention.tok_end - 1]
        if prev is not None and prev.tok_end == mention.tok_start and prev.actor is not None \
                and prev.actor.kind == "person" and prev.actor.id is None \
                and not own & {w.lower() for w in prev.actor.name.split()}:
            out[-1] = _namesake(tokens, prev.tok_start, mention.tok_end,
                                f"{prev.actor.name} {latin_name([surname])}")
            continue
        before = tokens[mention.tok_end - 2] if mention.tok_end >= 2 else None
        if mention.attrs.title_span and before is not None and before.script == "latn" \
                and before.start >= mention.attrs.title_span[1] and before.text[:1].isupper() \
                and before.norm not in own \
                and english_frequency().get(before.norm, 0.0) <= MAX_NAME_WORD_ZIPF:
            out.append(_namesake(tokens, mention.tok_end - 2, mention.tok_end,
                                 f"{before.text} {surname.text}"))
            continue
        out.append(mention)
    return out


def _namesake(tokens: list[Token], first: int, last: int, name: str) -> Mention:
    run = tokens[first:last]
    text = " ".join(t.text for t in run)
    span = (run[0].start, run[-1].end)
    actor = Actor(name=name, id=None, country=None, sector=None, kind="person", text=text,
                  span=span)
    return Mention(kind="actor", tok_start=first, tok_end=last, start=span[0], end=span[1],
                   text=text, actor=actor, attrs=MentionAttrs(new=True))
