"""Hindi verb agreement for subject pronouns: "वह इससे पहले भारत आई थीं" names a woman.

A Hindi verb agrees in gender with a subject in the direct case (वह, वे), not with a ने-marked
one (उन्होंने, उसने: the verb agrees with the object there). When the verb of a direct subject
pronoun's clause is feminine and the person the discourse would give it is not known to be a
woman, the pronoun stands for the woman the story named last (persons of person_gender.tsv).
A feminine verb may also have a feminine noun as subject (सरकार, पुलिस, पार्टी); those are
groups, which the discourse does not hand to a pronoun in the first place (_resolve_pronoun),
so only a person is ever replaced, and only by a woman.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Literal

from ..data import Actor, Mention, Sentence, Token
from ..resources import load_table, surface_key, word_class

Gender = Literal["f", "m"]

VERB_GROUP_SPAN = 3  # the last tokens of a clause that hold its verb and auxiliaries ("आ रही थीं")


@cache
def female_person_ids() -> frozenset[str]:
    """Knowledge-base ids of the persons a Hindi verb agrees with as feminine."""
    return frozenset(r["id"] for r in load_table("person_gender.tsv") if r["gender"] == "f")


def _word_gender(token: Token) -> Gender | None:
    """The gender a verb word agrees in, if it shows one."""
    norm = token.norm
    if norm in word_class("feminine_verb_form", "hi") or \
            norm.endswith(tuple(word_class("feminine_verb_ending", "hi"))):
        return "f"
    if norm in word_class("masculine_verb_form", "hi") or \
            norm.endswith(tuple(word_class("masculine_verb_ending", "hi"))):
        return "m"
    return None


def clause_verb_gender(tokens: Sequence[Token], subject_end: int) -> Gender | None:
    """The gender of the verb that closes the clause a subject ending at ``subject_end`` opens:
    the last word showing a gender among the clause's last few (the verb group is last in a
    Hindi clause; "हैं" after it shows none)."""
    breaks = word_class("agreement_clause_break", "hi") | word_class("sentence_end")
    end = subject_end
    while end < len(tokens) and tokens[end].norm not in breaks:
        end += 1
    for token in reversed(tokens[max(subject_end, end - VERB_GROUP_SPAN):end]):
        gender = _word_gender(token)
        if gender is not None:
            return gender
    return None


def is_female(actor: Actor | None) -> bool:
    return actor is not None and actor.kind == "person" and actor.id in female_person_ids()


def feminine_antecedents(sentence: Sentence, mentions: list[Mention],
                         default: Actor | None, recent: Sequence[Actor]) -> None:
    """Give each direct subject pronoun whose verb is feminine, and which has no antecedent yet,
    the woman named last before it (in the sentence, else in ``recent``), when the person the
    discourse would give it (``default``) is not known to be a woman."""
    if default is not None and (default.kind != "person" or is_female(default)):
        return
    pronouns = word_class("direct_subject_pronoun", "hi")
    women = [a for a in recent if is_female(a)]
    for m in mentions:
        if m.actor is not None and is_female(m.actor):
            women.append(m.actor)
        elif m.kind == "pronoun" and m.attrs.antecedent is None and women \
                and surface_key(m.text) in pronouns \
                and clause_verb_gender(sentence.tokens, m.tok_end) == "f":
            m.attrs.antecedent = women[-1]
