"""Acts whose type depends on who does them to whom (resources/side_retypes.tsv).

"मोदी ने कांग्रेस पर जमकर हमला बोला": an attack by a politician on a party is made of words
(ACCUSE), while the same verb with party workers, a mob or gunmen as its agent, or with a
weapon or a wound in the sentence, is force (ASSAULT).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..data import Actor, Token
from ..resources import load_table, word_class


@dataclass(frozen=True, slots=True)
class SideRetype:
    trigger: str
    agent_kinds: frozenset[str]
    agent_sectors: frozenset[str]
    target_sectors: frozenset[str]
    unless: str
    becomes: str


@lru_cache(maxsize=1)
def side_retypes() -> dict[str, list[SideRetype]]:
    table: dict[str, list[SideRetype]] = {}
    for row in load_table("side_retypes.tsv"):
        table.setdefault(row["type"], []).append(SideRetype(
            row["trigger"], frozenset(row["agent_kinds"].split("|")),
            frozenset(row["agent_sectors"].split("|")),
            frozenset(filter(None, row["target_sectors"].split("|"))), row["unless"],
            row["becomes"]))
    return table


def retyped_by_sides(event_type: str, agent: Actor | None, target: Actor | None,
                     tokens: list[Token], trigger: list[Token]) -> str:
    """The type an act of ``event_type`` (matched on the ``trigger`` tokens) takes between
    these two sides in this sentence (a rule with no target sectors: whatever the target, if
    any)."""
    if agent is None:
        return event_type
    for rule in side_retypes().get(event_type, ()):
        if agent.kind in rule.agent_kinds and agent.sector in rule.agent_sectors \
                and (not rule.target_sectors
                     or target is not None and target.sector in rule.target_sectors) \
                and any(t.norm in word_class(rule.trigger) for t in trigger) \
                and not (rule.unless and any(t.norm in word_class(rule.unless) for t in tokens)):
            return rule.becomes
    return event_type
