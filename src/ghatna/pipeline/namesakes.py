"""Person names the knowledge base does not know, written out: Latin spellings of Devanagari
names with their initials ("J. P. Dalal"), and namesakes of known people ("सुशील कुमार शिंदे"
is not Eknath Shinde, whom the knowledge base also knows by the surname alone)."""

from __future__ import annotations

from ..data import Actor, Mention, MentionAttrs, Token
from ..translit import devanagari_to_latin
from .romanlex import english_frequency


def is_initial_letter(tok: Token) -> bool:
    """A single upper-case Latin letter: an initial ("J" of "J. P. Dalal")."""
    return tok.script == "latn" and len(tok.text) == 1 and tok.text.isupper()


def latin_name(tokens: list[Token]) -> str:
    """A name's Latin spelling: Latin words as written, Devanagari ones transliterated, an
    initial's full stop kept on its letter, a hyphen joining the words on either side
    ("Jean-Bertrand")."""
    words: list[str] = []
    glue = False
    for tok in tokens:
        if tok.text == "." and words:
            words[-1] += "."  # an initial: "J. P. Dalal"
        elif tok.text == "-" and words:
            words[-1] += "-"
            glue = True
            continue
        elif glue:
            words[-1] += tok.text if tok.script == "latn" else devanagari_to_latin(tok.text)
        elif tok.script == "latn":
            words.append(tok.text)
        else:
            words.append(devanagari_to_latin(tok.text))
        glue = False
    return " ".join(words)


MAX_NAME_WORD_ZIPF = 3.5  # an English word this rare before a surname is a given name


def split_namesakes(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """"सुशील कुमार शिंदे", "Sushilkumar Shinde": a known person matched by the surname alone,
    right after a given name that is not theirs, is someone else of that surname."""
    out: list[Mention] = []
    for mention in mentions:
        actor = mention.actor
        if out and _known_word_before(out[-1], mention):
            # "Shah Rukh Khan": a known person's one-word alias opening an unknown name
            out[-1] = _namesake(tokens, out[-1].tok_start, mention.tok_end,
                                latin_name(tokens[out[-1].tok_start:mention.tok_end]))
            continue
        if actor is None or actor.kind != "person" or actor.id is None \
                or len(actor.name.split()) < 2 or len(actor.text.split()) != 1:
            out.append(mention)
            continue
        own = {w.lower() for w in actor.name.split()}
        given = _other_given_name(out[-1], mention, own) if out else None
        if given is not None:
            surname = tokens[mention.tok_end - 1]
            out[-1] = _namesake(tokens, out[-1].tok_start, mention.tok_end,
                                f"{given} {latin_name([surname])}")
        else:
            out.append(_titled_namesake(tokens, mention, own) or mention)
    return out


def _other_given_name(prev: Mention, mention: Mention, own: set[str]) -> str | None:
    """The name of ``prev`` when it is an unknown person right before the surname, sharing no
    word with the known person's name ("सुशील कुमार" before "शिंदे"); else None."""
    given = prev.actor
    if prev.tok_end == mention.tok_start and given is not None and given.kind == "person" \
            and given.id is None and not own & {w.lower() for w in given.name.split()}:
        return given.name
    return None


def _known_word_before(prev: Mention, mention: Mention) -> bool:
    """Is ``prev`` a known person matched by one word of their name, right before an unknown
    person ``mention`` whose name shares no word with theirs?"""
    known, unknown = prev.actor, mention.actor
    if known is None or unknown is None or known.kind != "person" or known.id is None \
            or unknown.kind != "person" or unknown.id is not None \
            or prev.tok_end != mention.tok_start or prev.tok_end - prev.tok_start != 1 \
            or prev.attrs.title_span is not None or len(known.name.split()) < 2:
        return False
    return not {w.lower() for w in known.name.split()} & {w.lower() for w in unknown.name.split()}


def _titled_namesake(tokens: list[Token], mention: Mention, own: set[str]) -> Mention | None:
    """"Home Minister Sushilkumar Shinde": a rare capitalised Latin word between a title and
    the surname, not part of the known person's name, is another person's given name."""
    before = tokens[mention.tok_end - 2] if mention.tok_end >= 2 else None
    if mention.attrs.title_span and before is not None and before.script == "latn" \
            and before.start >= mention.attrs.title_span[1] and before.text[:1].isupper() \
            and before.norm not in own \
            and english_frequency().get(before.norm, 0.0) <= MAX_NAME_WORD_ZIPF:
        surname = tokens[mention.tok_end - 1]
        return _namesake(tokens, mention.tok_end - 2, mention.tok_end,
                         f"{before.text} {surname.text}")
    return None


def _namesake(tokens: list[Token], first: int, last: int, name: str) -> Mention:
    run = tokens[first:last]
    text = " ".join(t.text for t in run)
    span = (run[0].start, run[-1].end)
    actor = Actor(name=name, id=None, country=None, sector=None, kind="person", text=text,
                  span=span)
    return Mention(kind="actor", tok_start=first, tok_end=last, start=span[0], end=span[1],
                   text=text, actor=actor, attrs=MentionAttrs(new=True))
